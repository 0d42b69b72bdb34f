"""Norwegian dates: "3. des. 2026", never "3. Des 2026".

Templates write short dates as ``|date:"j. N Y"``: ``N`` is the month's
abbreviation with its full stop. Django's bokmål and nynorsk catalogues
abbreviate some months unlike Språkrådet (mar., jun., jul., sept.); the
project's catalogues, which come first in LOCALE_PATHS, give the
recommended forms (mars, apr., juni, juli, sep.). The messages are named
here so that ``make messages`` keeps their translations."""

from django.utils.translation import pgettext_lazy

SHORT_DATE = "j. N Y"
SHORT_DATETIME = "j. N Y, H:i"

MONTH_ABBREVIATIONS = [
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Sept."),
]
