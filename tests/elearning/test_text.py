import pytest
from allauth.account.fields import EmailField

from accounts.models import User
from elearning.text import comparable, multiline, normalise_email, single_line


def test_comparable_folds_case_width_and_whitespace():
    assert comparable("  Brukermedvirkning\n  i  PRAKSIS ") == "brukermedvirkning i praksis"
    assert comparable("STRASSE") == comparable("straße")  # casefold, not lower
    assert comparable("ｆａｇ") == "fag"  # NFKC
    assert comparable(None) == ""


def test_multiline_keeps_lines_and_tabs_but_drops_control_characters():
    assert multiline("a\r\nb\rc\x00d\x07\te") == "a\nb\ncd\te"
    assert multiline("  indented\n\n") == "  indented\n\n"  # stored as typed
    assert multiline(None) == ""


def test_single_line_makes_one_trimmed_line():
    assert single_line("  Kurs\r\nBcc: x@example.com \x00 ") == "Kurs Bcc: x@example.com"
    assert single_line("a\u2028b\u2029c") == "a b c"
    assert single_line("👩\u200d⚕️ lege") == "👩\u200d⚕️ lege"  # the zero-width joiner stays
    assert single_line(None) == ""


def test_normalise_email_trims_and_lowers_the_whole_address():
    assert normalise_email("  Kari.Nordmann@Example.NO \n") == "kari.nordmann@example.no"
    assert normalise_email("STRAßE@example.no") == "straße@example.no"  # lower, not casefold: as stored
    assert normalise_email(None) == ""


@pytest.mark.parametrize("typed", [" Kari.Nordmann@Example.NO ", "KARI.NORDMANN@EXAMPLE.NO"])
def test_normalise_email_is_what_allauth_cleans_to(typed):
    assert normalise_email(typed) == EmailField().clean(typed)


@pytest.mark.django_db
def test_normalise_email_is_how_accounts_store_an_address():
    user = User.objects.create_user(email=" Kari.Nordmann@Example.NO ", password="Et-langt-passord-2026")
    assert user.email == normalise_email(" Kari.Nordmann@Example.NO ") == "kari.nordmann@example.no"
