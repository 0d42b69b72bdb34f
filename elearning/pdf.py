"""Every PDF the site makes goes through `render_pdf`: tagged PDF/UA-1 (WeasyPrint), so a screen reader
follows headings, lists, tables and image alt texts.

Guarantees: the document language (`/Lang`) is the language the PDF was written in (the reader's own
nb/nn/en, passed by the caller), the title metadata comes from the template's `<title>` and is shown instead
of the file name, and a PDF without a title is refused rather than made. Templates extend `pdf/base.html`.
Nothing in a PDF is fetched but `data:` URIs (the QR code): an `<img>`, `<link>` or CSS `url()` pointing at a
local file or a web address -- should text a person typed ever reach the HTML unescaped -- is left out, so the
renderer can neither read the server's files into a PDF nor call other hosts (`data_only_fetcher`).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

PDF_VARIANT = "pdf/ua-1"


def data_only_fetcher():
    """WeasyPrint's fetcher, allowed the data: scheme only (a refused URL is a warning and the resource is
    left out). One per document: the fetcher keeps state between calls."""
    # deferred: weasyprint takes about half a second to import; only rendering a PDF needs it, not every
    # process that loads the apps (Wagtail imports every wagtail_hooks, which reach this module)
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False, fail_on_errors=False)


class UntitledPdfError(ValueError):
    """A PDF/UA document needs a title; the template rendered an empty `<title>`."""


def render_pdf(template_name: str, context: dict, *, language: str | None) -> bytes:
    """Render `template_name` in `language` (the site's default when None or unknown) as a tagged PDF."""
    known = {code for code, _name in settings.LANGUAGES}
    language = language if language in known else settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string(template_name, {**context, "pdf_language": language})
    # deferred: weasyprint takes about half a second to import; only rendering a PDF needs it
    from weasyprint import HTML

    document = HTML(string=html, base_url=str(settings.BASE_DIR), url_fetcher=data_only_fetcher()).render(
        pdf_variant=PDF_VARIANT, pdf_tags=True
    )
    if not (document.metadata.title or "").strip():
        raise UntitledPdfError(template_name)
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)
