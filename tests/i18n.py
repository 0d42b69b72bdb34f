from django.utils import translation


def nb(message: str) -> str:
    """The bokmål text users see for a source string."""
    with translation.override("nb"):
        return translation.gettext(message)


def en(message: str) -> str:
    with translation.override("en"):
        return translation.gettext(message)
