import elearning.tokens
from django.db import migrations, models


def fill_tokens(apps, schema_editor):
    Participant = apps.get_model("cohorts", "Participant")
    for participant in Participant.objects.filter(calendar_token__isnull=True):
        participant.calendar_token = elearning.tokens.new_token()
        participant.save(update_fields=["calendar_token"])


class Migration(migrations.Migration):

    dependencies = [
        ("cohorts", "0001_add_cohorts_days_groups_participants"),
        ("modules", "0006_remove_old_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="calendar_token",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(fill_tokens, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="participant",
            name="calendar_token",
            field=models.CharField(default=elearning.tokens.new_token, editable=False, max_length=64, unique=True),
        ),
    ]
