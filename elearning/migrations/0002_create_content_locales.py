"""The site's content languages: bokmål (the default), nynorsk and English
(wagtail-localize translates pages between them). The site owns them, not
one app; this took over from modules' migration 0002, which is kept as a
no-op for the migration history. Idempotent: databases that ran that one
already have the locales."""

from django.db import migrations

LANGUAGES = ["nb", "nn", "en"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("elearning", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
