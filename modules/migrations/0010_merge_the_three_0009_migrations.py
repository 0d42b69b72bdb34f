# Three modules migrations numbered 0009 landed on main from three branches at
# once (content: sources; evaluations: the course evaluation moved out; design:
# open reading). They touch
# different things; this merge makes the graph one line again.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("modules", "0009_add_sources_to_modules_and_lessons"),
        ("modules", "0009_remove_course_evaluation_for_evaluations_app"),
        ("modules", "0009_add_open_reading"),
    ]

    operations = []
