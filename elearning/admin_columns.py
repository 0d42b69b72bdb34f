"""Listing columns for our admin screens."""

from django.utils.translation import gettext as _
from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A yes/no field as "Ja"/"Nei" in the active language: Wagtail's
    BooleanColumn shows an icon titled "True" or "False", in English."""

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")
