from elearning.text import comparable, multiline, single_line


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
