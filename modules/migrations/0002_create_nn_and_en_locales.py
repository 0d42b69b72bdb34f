"""Created the nynorsk and English locales. The site's languages belong to
the site: elearning's migration 0002 creates them now (idempotently, so
databases that ran this one are unchanged). Kept, empty, because modules'
migration 0003 depends on it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("modules", "0001_course_pages_and_progress"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = []
