"""Courses are translated into nynorsk and English (wagtail-localize): the
locales must exist beside the default bokmål one."""

from django.db import migrations

LANGUAGES = ["nb", "nn", "en"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("modules", "0001_course_pages_and_progress"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
