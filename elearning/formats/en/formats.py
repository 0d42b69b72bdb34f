"""How dates read in English: "4 December 2026", "4 Dec 2026", "Thursday
4 December 2026, 10:00"; British order and a 24-hour clock, as the
Norwegian service keeps one clock in every language (elearning/formats/nb
says why templates name formats). Django's own en module supplies the rest."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
WEEKDAY_DATE_FORMAT = "l j F Y"
WEEKDAY_DATETIME_FORMAT = "l j F Y, H:i"
# The autosave status: each save within a minute reads differently, so a screen reader announces it.
TIME_SECONDS_FORMAT = "H:i:s"
