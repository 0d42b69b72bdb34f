"""Wagtail admin strings that Wagtail's own bokmål catalogue lacks (Wagtail 8 ships an older nb catalogue),
and that the admin screens our editors use show; wagtailmedia's (no nb catalogue) and Django's (a msgid
changed in Django 5.2 that its nb catalogue still has in the old form) likewise. Listed here so `make messages` puts them in our catalogues,
which Django reads before Wagtail's (LOCALE_PATHS come first). tests/elearning/test_admin_strings.py walks the
admin and names any such string still shown in English. Nothing imports this module."""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_CATALOGUE_GAPS = [
    gettext_noop("Add or show comments"),
    gettext_noop("Aging pages"),
    gettext_noop("All keyboard shortcuts"),
    gettext_noop("Application"),
    gettext_noop("Close dialog"),
    gettext_noop("Close modal dialogs (like this one)"),
    gettext_noop("Cut"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Editor Guide"),
    gettext_noop("Help"),
    gettext_noop("Insert or edit a link"),
    gettext_noop("Keyboard shortcut"),
    gettext_noop("Keyboard shortcuts"),
    gettext_noop("Locales"),
    gettext_noop("Locked pages"),
    gettext_noop("Monospace (code)"),
    gettext_noop("Page types usage"),
    gettext_noop("Paste"),
    gettext_noop("Paste without formatting"),
    gettext_noop("Search all pages…"),
    gettext_noop("Section"),
    gettext_noop("Shortcuts"),
    gettext_noop("Show keyboard shortcuts"),
    gettext_noop("Site history"),
    gettext_noop("Strike-through"),
    gettext_noop("Text editing"),
    gettext_noop("Text formatting"),
    gettext_noop("Toggle minimap"),
    gettext_noop("Toggle section"),
    gettext_noop("Toggle sidebar"),
    gettext_noop("Toggle breadcrumbs"),
    gettext_noop("Wagtail upgrade available"),
    gettext_noop("Workflow tasks"),
    gettext_noop("Workflows"),
    gettext_noop("account"),
    gettext_noop("Go to the first error"),
    gettext_noop("Back"),
    gettext_noop("Filter by"),
    gettext_noop("Show filters"),
    gettext_noop("Choose when this page should go live and/or expire"),
    gettext_noop("Save schedule"),
    gettext_noop("Set publishing schedule"),
    gettext_noop("The descriptive text displayed underneath a headline in search engine results."),
    gettext_noop("The name of the page displayed on search engine results as the clickable headline."),
    gettext_noop('This publishing schedule will only take effect after you select the "Schedule to publish" option'),
    gettext_noop('Multi-word tags with spaces will automatically be enclosed in double quotes (").'),
]
# A listing's count ("8 items"), wagtail.admin.paginator, and its sortable headers, wagtail.admin.ui.tables.
WAGTAIL_CATALOGUE_GAPS += [
    gettext_noop("item"),
    gettext_noop("items"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
]

WAGTAILMEDIA_CATALOGUE_GAPS = [gettext_noop("Choose video")]

# django.contrib.auth.password_validation.MinimumLengthValidator (at sign-up and on a new password).
DJANGO_CATALOGUE_GAPS = [
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    )
]
