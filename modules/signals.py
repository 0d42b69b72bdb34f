"""Keep the cached course structure fresh: any save, deletion or move of a
course page (course index, course, module, lesson) starts a new structure
version (modules.cache), so every cached structure and ancestor list is read
again."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from modules.cache import structure_version_bump
from modules.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def bump_structure_version(**kwargs) -> None:
    structure_version_bump()


def connect() -> None:
    for model in (CourseIndexPage, CoursePage, ModulePage, LessonPage):
        post_save.connect(bump_structure_version, sender=model, dispatch_uid=f"modules-structure-save-{model.__name__}")
        post_delete.connect(
            bump_structure_version, sender=model, dispatch_uid=f"modules-structure-delete-{model.__name__}"
        )
    post_page_move.connect(bump_structure_version, dispatch_uid="modules-structure-move")
