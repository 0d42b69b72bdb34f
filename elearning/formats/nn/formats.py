"""How dates read in nynorsk: the same shapes as bokmål ("4. desember 2026",
"4. des. 2026", "torsdag 4. desember 2026, 10:00"), so this module takes
elearning/formats/nb's formats; the month and weekday names come from the
nynorsk catalogue. Django's own nn module supplies what is not set here."""

from elearning.formats.nb.formats import *  # noqa: F403
