"""Keep the cached course structure fresh: any save, deletion or move of a
course page (course index, course, module, lesson) starts a new structure
version, so every cached structure and ancestor list is read again."""

import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

STRUCTURE_VERSION_KEY = "modules:structure-version"


def structure_version() -> str:
    version = cache.get(STRUCTURE_VERSION_KEY)
    if version is None:
        cache.add(STRUCTURE_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(STRUCTURE_VERSION_KEY) or "0"
    return version


def bump_structure_version(**kwargs) -> None:
    cache.set(STRUCTURE_VERSION_KEY, uuid.uuid4().hex, None)


def connect() -> None:
    from modules.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

    for model in (CourseIndexPage, CoursePage, ModulePage, LessonPage):
        post_save.connect(bump_structure_version, sender=model, dispatch_uid=f"modules-structure-save-{model.__name__}")
        post_delete.connect(
            bump_structure_version, sender=model, dispatch_uid=f"modules-structure-delete-{model.__name__}"
        )
    post_page_move.connect(bump_structure_version, dispatch_uid="modules-structure-move")
