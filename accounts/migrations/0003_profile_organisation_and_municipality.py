"""The profile's free-text workplace becomes two fields: the organisation
(free text, where the workplace goes) and the municipality (a number from
accounts.municipalities). Reversible: going back puts the organisation into
the workplace again (0004 removes the workplace)."""

import accounts.municipalities
from django.db import migrations, models
from django.db.models import F


def workplace_to_organisation(apps, schema_editor):
    Profile = apps.get_model("accounts", "Profile")
    Profile.objects.exclude(workplace="").update(organisation=F("workplace"))


def organisation_to_workplace(apps, schema_editor):
    Profile = apps.get_model("accounts", "Profile")
    Profile.objects.exclude(organisation="").update(workplace=F("organisation"))


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0002_role_values_in_english"),
    ]

    operations = [
        migrations.AddField(
            model_name="profile",
            name="organisation",
            field=models.CharField(
                blank=True,
                help_text="The hospital, municipal service or association, for example a learning and mastery centre.",
                max_length=200,
                verbose_name="organisation",
            ),
        ),
        migrations.AddField(
            model_name="profile",
            name="municipality",
            field=models.CharField(
                blank=True,
                choices=accounts.municipalities.choices,
                help_text="The municipality you work in (or live in, if you take part as a user or relative).",
                max_length=4,
                verbose_name="municipality",
            ),
        ),
        migrations.AddConstraint(
            model_name="profile",
            constraint=models.CheckConstraint(
                condition=models.Q(("municipality", ""), ("municipality__regex", "^[0-9]{4}$"), _connector="OR"),
                name="accounts_profile_municipality_number",
            ),
        ),
        migrations.RunPython(workplace_to_organisation, organisation_to_workplace),
    ]
