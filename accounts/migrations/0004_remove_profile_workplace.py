from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0003_profile_organisation_and_municipality"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="profile",
            name="workplace",
        ),
    ]
