import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_add_time_limit_extensions"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuizSnapshot",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("digest", models.CharField(editable=False, max_length=64, unique=True)),
                ("questions", models.JSONField()),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "verbose_name": "question snapshot",
                "verbose_name_plural": "question snapshots",
            },
        ),
        migrations.AddField(
            model_name="attempt",
            name="snapshot",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="attempts",
                to="quizzes.quizsnapshot",
            ),
        ),
    ]
