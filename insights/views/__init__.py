"""Staff reports in the Wagtail admin (Reports menu), all on one base
(insights.views.base)."""

from insights.views.courses import CompletionReportView, FunnelReportView

REPORTS = [FunnelReportView, CompletionReportView]

__all__ = ["REPORTS", "CompletionReportView", "FunnelReportView"]
