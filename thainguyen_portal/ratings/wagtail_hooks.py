from thainguyen_portal.core.operations.reports import register_report

from .report import RatingReportView

register_report(RatingReportView, order=8000, route="reports/ratings/")
