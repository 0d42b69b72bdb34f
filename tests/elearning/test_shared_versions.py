"""Entries of elearning.user_cache that read shared versions: kept while
the user's, the content's and each shared version hold; a write to a
connected model, bump_shared() or bump_all_shared() (after bulk inserts)
makes them read afresh, for every user."""

import pytest

from elearning import content_cache, user_cache
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _entry(value, **kwargs):
    return user_cache.Entry("probe", lambda: value, **kwargs)


def test_an_entry_holds_until_one_of_its_versions_changes():
    user = UserFactory()
    assert user_cache.get_all(user.pk, [_entry(1, shared=("cohorts",), content=True)]) == [1]
    assert user_cache.get_all(user.pk, [_entry(2, shared=("cohorts",), content=True)]) == [1]
    user_cache.bump_shared("stories")  # another shared version
    assert user_cache.get_all(user.pk, [_entry(3, shared=("cohorts",), content=True)]) == [1]
    user_cache.bump_shared("cohorts")
    assert user_cache.get_all(user.pk, [_entry(4, shared=("cohorts",), content=True)]) == [4]
    content_cache.bump()
    assert user_cache.get_all(user.pk, [_entry(5, shared=("cohorts",), content=True)]) == [5]
    user_cache.bump(user.pk)
    assert user_cache.get_all(user.pk, [_entry(6, shared=("cohorts",), content=True)]) == [6]
    user_cache.bump_all_shared()
    assert user_cache.get_all(user.pk, [_entry(7, shared=("cohorts",), content=True)]) == [7]


def test_an_entry_no_longer_valid_is_read_afresh():
    user = UserFactory()
    assert user_cache.get_all(user.pk, [_entry("old", valid=lambda value: value != "old")]) == ["old"]
    assert user_cache.get_all(user.pk, [_entry("new", valid=lambda value: value != "old")]) == ["new"]
    assert user_cache.get_all(user.pk, [_entry("newer", valid=lambda value: value != "old")]) == ["new"]
