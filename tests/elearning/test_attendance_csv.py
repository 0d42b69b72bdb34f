"""The one attendance import: every row reported, nothing marked when a row is wrong."""

from elearning.attendance_csv import attendance_import

UNKNOWN = "Row %(row)s: nobody has %(email)s."


def _import(data: bytes, known: dict[str, int]):
    marked: list[list[int]] = []

    def mark(values):
        marked.append(values)
        return len(values)

    return attendance_import(data, known=known, unknown_message=UNKNOWN, mark=mark), marked


def test_every_row_matched_is_marked_once_in_file_order():
    data = b"Name,Email\nB,b@example.no\nA,A@Example.no\nB again,b@example.no\n"
    report, marked = _import(data, {"a@example.no": 1, "b@example.no": 2})
    assert report.ok
    assert marked == [[2, 1]]
    assert report.imported == 2
    assert [(row, email) for row, email, _message in report.rows] == [(2, "b@example.no"), (3, "a@example.no")]


def test_an_unknown_row_marks_nobody_and_says_which_row():
    data = b"Email\na@example.no\nx@example.no\n"
    report, marked = _import(data, {"a@example.no": 1})
    assert marked == []
    assert report.imported == 0
    assert report.errors == ["Row 3: nobody has x@example.no."]
    assert report.rows[1] == (3, "x@example.no", "Row 3: nobody has x@example.no.")


def test_a_file_without_an_email_column_marks_nobody():
    report, marked = _import(b"Name\nA\n", {"a@example.no": 1})
    assert marked == []
    assert not report.ok
