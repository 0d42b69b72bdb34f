"""quizzes.answers: from a form to a value and back, refusing bad input with a message."""

import pytest
from django.http import QueryDict

from quizzes.answers import (
    REFLECTION_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
    AnswerRefused,
    form_state,
    posted_state,
    value_from_form,
)
from tests.quizzes.test_grading import MATCH, MULTI, ORDER, SHORT, SINGLE, spec


def form(**fields):
    data = QueryDict(mutable=True)
    for name, values in fields.items():
        for value in values if isinstance(values, list) else [values]:
            data.appendlist(name.replace("_", "-"), value)
    return data


def test_single_choice_by_key():
    assert value_from_form(SINGLE, form(choice="k2")) == 2
    assert value_from_form(SINGLE, form()) is None
    assert value_from_form(SINGLE, form(choice="")) is None


@pytest.mark.parametrize(
    "data",
    [
        form(choice="k99"),  # another question's option
        form(choice="2"),  # a database id is not a key
        form(choice="k1\x00"),
        form(choice="x" * 500),
    ],
)
def test_foreign_or_malformed_choices_are_refused(data):
    with pytest.raises(AnswerRefused) as error:
        value_from_form(SINGLE, data)
    assert error.value.message


def test_single_choice_refuses_two_choices():
    with pytest.raises(AnswerRefused):
        value_from_form(SINGLE, form(choice=["k1", "k2"]))


def test_multiple_choice():
    assert value_from_form(MULTI, form(choice=["k2", "k1"])) == [1, 2]
    assert value_from_form(MULTI, form(choice=["k2", "k2"])) == [2]
    assert value_from_form(MULTI, form()) is None
    with pytest.raises(AnswerRefused):
        value_from_form(MULTI, form(choice=["k1", "k99"]))
    with pytest.raises(AnswerRefused):
        value_from_form(MULTI, form(choice=["k1"] * 50))


def test_ordering_places():
    data = form(position_k1="2", position_k2="1", position_k3="4", position_k4="3")
    assert value_from_form(ORDER, data) == [2, 1, 4, 3]
    assert value_from_form(ORDER, form()) is None
    for bad in (
        form(position_k1="1", position_k2="1", position_k3="2", position_k4="3"),  # two items in one place
        form(position_k1="1", position_k2="2"),  # not all placed
        form(position_k1="0", position_k2="1", position_k3="2", position_k4="3"),
        form(position_k1="x", position_k2="1", position_k3="2", position_k4="3"),
        form(position_k1="9", position_k2="1", position_k3="2", position_k4="3"),
    ):
        with pytest.raises(AnswerRefused):
            value_from_form(ORDER, bad)


def test_refused_input_is_shown_as_it_was_sent():
    refused = form(position_k1="1", position_k2="1", position_k3="x", position_k4="9")
    assert posted_state(ORDER, refused)["places"] == {"k1": 1, "k2": 1}  # what names no place is left out
    assert posted_state(SINGLE, form(choice=["k1", "k2", "k99"]))["chosen"] == {"k1", "k2"}
    assert posted_state(MATCH, form(match_k1="1", match_k2="7"), targets=[3, 1, 4, 2])["matches"] == {"k1": 1}
    assert posted_state(SHORT, form(text="a\r\nb" * 200))["text"] == "a\nb" * 200  # kept whole, however long


def test_matching_by_target_index():
    targets = [3, 1, 4, 2]  # the attempt's shuffled order of the matches
    data = form(match_k1="1", match_k2="3", match_k3="0")
    assert value_from_form(MATCH, data, targets=targets) == {"1": 1, "2": 2, "3": 3}
    assert value_from_form(MATCH, form(), targets=targets) is None
    for bad in (form(match_k1="4"), form(match_k1="-1"), form(match_k1="a")):
        with pytest.raises(AnswerRefused):
            value_from_form(MATCH, bad, targets=targets)


def test_text_answers_strip_nul_bytes_and_cap_their_length():
    assert value_from_form(SHORT, form(text="Salu\x00togenese")) == "Salutogenese"
    assert value_from_form(SHORT, form(text="   ")) is None
    with pytest.raises(AnswerRefused) as error:
        value_from_form(SHORT, form(text="a" * (SHORT_TEXT_MAX_LENGTH + 1)))
    assert str(SHORT_TEXT_MAX_LENGTH) in error.value.message
    reflection = spec("reflection")
    assert value_from_form(reflection, form(text="Linje 1\r\nLinje 2")) == "Linje 1\nLinje 2"
    with pytest.raises(AnswerRefused):
        value_from_form(reflection, form(text="a" * (REFLECTION_MAX_LENGTH + 1)))


def test_form_state_round_trips():
    targets = [3, 1, 4, 2]
    cases = [
        (SINGLE, form(choice="k2")),
        (MULTI, form(choice=["k1", "k2"])),
        (ORDER, form(position_k1="2", position_k2="1", position_k3="4", position_k4="3")),
        (MATCH, form(match_k1="1", match_k2="3")),
        (SHORT, form(text="Salutogenese")),
    ]
    for question, data in cases:
        value = value_from_form(question, data, targets=targets)
        state = form_state(question, value, targets=targets)
        rebuilt = form(
            choice=sorted(state["chosen"]),
            text=state["text"] or [],
            **{f"position_{k}": str(v) for k, v in state["places"].items()},
            **{f"match_{k}": str(v) for k, v in state["matches"].items()},
        )
        assert value_from_form(question, rebuilt, targets=targets) == value
    assert form_state(SINGLE, None)["chosen"] == set()
