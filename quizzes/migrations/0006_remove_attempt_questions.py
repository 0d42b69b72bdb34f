import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_attempt_snapshots_stored_once"),
    ]

    operations = [
        migrations.RemoveField(model_name="attempt", name="questions"),
        migrations.AlterField(
            model_name="attempt",
            name="snapshot",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="attempts", to="quizzes.quizsnapshot"
            ),
        ),
    ]
