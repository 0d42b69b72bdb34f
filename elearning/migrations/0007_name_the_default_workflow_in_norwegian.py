"""Wagtail's default workflow and its task are named "Moderators approval",
which the page editor shows as it is ("Send inn til Moderators approval").
The editors here work in Norwegian; a name staff have changed is kept."""

from django.db import migrations

WAGTAIL_NAME = "Moderators approval"
NORWEGIAN_NAME = "Redaktørgodkjenning"


def rename(old: str, new: str):
    def run(apps, schema_editor):
        for model in ("Workflow", "Task"):
            apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("elearning", "0006_one_heading_and_paragraph_block"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [
        migrations.RunPython(rename(WAGTAIL_NAME, NORWEGIAN_NAME), rename(NORWEGIAN_NAME, WAGTAIL_NAME)),
    ]
