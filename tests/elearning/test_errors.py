"""elearning.errors: what every app's refusals share."""

from django.utils import translation

from elearning.errors import length_and_limit


def test_a_length_and_its_limit_are_grouped_as_the_language_writes_numbers():
    with translation.override("nb"):
        assert length_and_limit(10_050, 10_000) == {"length": "10\xa0050", "limit": "10\xa0000"}
    with translation.override("en"):
        assert length_and_limit(10_050, 10_000) == {"length": "10,050", "limit": "10,000"}
