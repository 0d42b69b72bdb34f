"""The admin sidebar cuts a menu label at about 20 characters at 1280 px:
no two of our top-level items may read the same there ("Legg til deltakere
i …" twice, for courses and for cohorts)."""

import pytest
from django.utils import translation
from wagtail import hooks

from tests.elearning.admin_urls import OUR_APPS

VISIBLE = 20


def _our_menu_labels():
    for hook in hooks.get_hooks("register_admin_menu_item"):
        if hook.__module__.split(".")[0] in OUR_APPS:
            yield str(hook().label)


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_our_sidebar_items_differ_where_the_sidebar_cuts_them(language):
    with translation.override(language):
        labels = list(_our_menu_labels())
    beginnings = [label[:VISIBLE] for label in labels]
    assert len(labels) >= 2
    assert len(set(beginnings)) == len(beginnings), labels
    with translation.override("nb"):
        assert {"Meld på kurs", "Plasser i kull"} <= set(_our_menu_labels())
