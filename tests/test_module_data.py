"""tests/module_data.py: data built once for a module, each test in a
savepoint on top of it, with a copy of the objects of its own."""

import types

import pytest
from django.db import transaction

from accounts.models import User
from tests.factories.accounts import UserFactory
from tests.module_data import built_once, can_share, for_test

CALLBACKS = []


@built_once
def _people():
    # Never run: the module's transaction is rolled back, as a test's is.
    transaction.on_commit(lambda: CALLBACKS.append("built"))
    return [UserFactory(first_name="Delt"), UserFactory(first_name="Delt")]


@pytest.fixture
def people(_people, db):
    return for_test(_people)


@pytest.mark.django_db
@pytest.mark.parametrize("turn", [1, 2])
def test_each_test_starts_from_the_data_as_built(_people, people, turn):
    assert _people.shared
    assert list(User.objects.filter(first_name="Delt").order_by("pk")) == people
    assert [person.first_name for person in people] == ["Delt", "Delt"]
    # Whichever turn runs second sees nothing of what the first wrote, to the database or to its objects.
    people[0].first_name = "Endret"
    people[0].save()
    UserFactory(first_name="Delt")
    assert User.objects.filter(first_name="Delt").count() == 2


@pytest.mark.django_db
def test_a_test_sees_and_runs_only_its_own_on_commit_callbacks(people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        transaction.on_commit(lambda: CALLBACKS.append("test"))
    assert len(callbacks) == 1
    assert CALLBACKS == ["test"]
    CALLBACKS.clear()


def _item(module, *fixtures, marks=()):
    markers = {mark.name: mark for mark in (decorator.mark for decorator in marks)}
    return types.SimpleNamespace(
        module=module, fixturenames=["django_db_setup", *fixtures], get_closest_marker=markers.get
    )


def test_a_module_shares_only_if_every_database_test_takes_the_data_and_none_commits():
    here, elsewhere = object(), object()
    uses = _item(here, "_people")
    assert can_share([uses, uses, _item(elsewhere, "live_server")], here, "_people")
    assert not can_share([uses, _item(here)], here, "_people")  # would find the data all the same
    assert not can_share([uses, _item(here, "_people", "live_server")], here, "_people")
    assert not can_share(
        [uses, _item(here, "_people", marks=[pytest.mark.django_db(transaction=True)])], here, "_people"
    )
    assert not can_share([uses, _item(here, "_people", marks=[pytest.mark.search_index])], here, "_people")
    no_database = types.SimpleNamespace(module=here, fixturenames=[], get_closest_marker=lambda name: None)
    assert can_share([uses, no_database], here, "_people")
