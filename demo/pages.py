"""Publishing demo pages only when a load changed them, so that loading the
demo again adds no revisions."""

from wagtail.fields import StreamField
from wagtail.models import Page

# Stream blocks get new ids and child objects (speakers, chapters) new
# primary keys each time a loader sets them, whatever their content.
VOLATILE_KEYS = frozenset({"id", "pk"})


def without_ids(data):
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: without_ids(value) for key, value in data.items() if key not in VOLATILE_KEYS}
    return data


def content(page: Page) -> dict:
    """The page's content as a revision stores it, without volatile ids
    (stream fields as data, not the JSON text a revision holds)."""
    data = page.serializable_data()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            data[field.name] = getattr(page, field.name).get_prep_value()
    return without_ids(data)


def publish_if_changed(page: Page, before: dict | None) -> Page:
    """Publish ``page`` if it is new (``before`` is None), changed since
    ``before = content(page)`` was taken, not live or has a draft."""
    if before is None or not page.live or page.has_unpublished_changes or content(page) != before:
        page.save_revision().publish()
    return page
