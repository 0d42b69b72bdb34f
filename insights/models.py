"""The reports read other apps' tables and keep none of their own. This
model has no table: it only carries the permissions that Settings → Groups
can give."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        permissions = [
            ("view_reports", _("Can view statistics (groups of at least the minimum size)")),
            ("view_person_reports", _("Can view reports about one person")),
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
