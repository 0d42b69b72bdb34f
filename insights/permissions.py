"""Who may see the reports: staff given "Can view statistics" in Settings →
Groups (superusers have it), and, for a report about one person, "Can view
reports about one person" as well."""

from wagtail.permission_policies import ModelPermissionPolicy

from insights.models import Report

VIEW_REPORTS = "view_reports"
VIEW_PERSON_REPORTS = "view_person_reports"


class ReportPermissionPolicy(ModelPermissionPolicy):
    """The actions are the codenames of Report's permissions."""

    def _get_permission_name(self, action):
        return f"insights.{action}"


permission_policy = ReportPermissionPolicy(Report)


def can_view_reports(user) -> bool:
    return permission_policy.user_has_permission(user, VIEW_REPORTS)


def can_view_person_reports(user) -> bool:
    return can_view_reports(user) and permission_policy.user_has_permission(user, VIEW_PERSON_REPORTS)
