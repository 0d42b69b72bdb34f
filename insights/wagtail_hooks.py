from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from insights.dashboard import add_panels
from insights.views import REPORTS


class ReportMenuItem(MenuItem):
    def __init__(self, *args, report, **kwargs):
        super().__init__(*args, **kwargs)
        self.report = report

    def is_shown(self, request):
        return self.report.can_access(request.user)


@hooks.register("register_admin_urls")
def report_urls():
    return [url for report in REPORTS for url in report.urls()]


def _menu_item(report):
    return ReportMenuItem(
        report.page_title, reverse(report.url_name()), icon_name="table", order=report.menu_order, report=report
    )


for _report in REPORTS:
    hooks.register("register_reports_menu_item", lambda report=_report: _menu_item(report))


@hooks.register("register_permissions")
def report_permissions():
    """Lets administrators give the report permissions to a group in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="insights", content_type__model="report")


hooks.register("construct_homepage_panels", add_panels)
