from thainguyen_portal.core.operations.reports import register_report

from .report import AlertsReportView

register_report(AlertsReportView, order=8100, route="reports/alerts/")
