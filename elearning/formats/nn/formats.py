"""How dates read in nynorsk: "4. desember 2026", "4. des. 2026", "torsdag
4. desember 2026, 10:00". Templates and code name these formats
(``|date:"SHORT_DATE_FORMAT"``), never a pattern, so this file and its
bokmål and English siblings decide the shape per language. Django's own
nn module supplies what is not set here (input formats, separators).
``N`` is the month's abbreviation with its full stop; the project's
catalogues give Språkrådet's forms (elearning.dates)."""

DATE_FORMAT = "j. F Y"
DATETIME_FORMAT = "j. F Y, H:i"
SHORT_DATE_FORMAT = "j. N Y"
SHORT_DATETIME_FORMAT = "j. N Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j. F"
YEAR_MONTH_FORMAT = "F Y"
# Not Django's names: the date filter finds them in this module all the same
# (django.utils.formats.get_format), and every language here defines them.
WEEKDAY_DATE_FORMAT = "l j. F Y"
WEEKDAY_DATETIME_FORMAT = "l j. F Y, H:i"
# The autosave status: each save within a minute reads differently, so a screen reader announces it.
TIME_SECONDS_FORMAT = "H:i:s"
