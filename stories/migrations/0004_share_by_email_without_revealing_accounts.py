import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models


def copy_emails(apps, schema_editor):
    StoryShare = apps.get_model("stories", "StoryShare")
    for share in StoryShare.objects.select_related("user").iterator():
        share.email = share.user.email.lower()
        share.save(update_fields=["email"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_refuse_a_double_submit_by_its_key"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="storyshare",
            name="email",
            field=models.EmailField(default="", max_length=254, verbose_name="e-mail address"),
            preserve_default=False,
        ),
        migrations.RunPython(copy_emails, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="storyshare",
            name="user",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="shared_stories",
                to=settings.AUTH_USER_MODEL,
                verbose_name="co-teacher",
            ),
        ),
        migrations.AddConstraint(
            model_name="storyshare",
            constraint=models.UniqueConstraint(
                models.F("story"),
                django.db.models.functions.text.Lower("email"),
                name="stories_share_unique_story_email",
            ),
        ),
    ]
