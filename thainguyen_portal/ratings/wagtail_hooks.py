from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import report


@hooks.register("register_admin_urls")
def register_ratings_urls():
    view = report.RatingReportView
    return [
        path("reports/ratings/", view.as_view(), name="ratings_report"),
        path("reports/ratings/results/", view.as_view(results_only=True), name="ratings_report_results"),
    ]


class RatingsMenuItem(MenuItem):
    def is_shown(self, request):
        return report.can_view(request.user)


@hooks.register("register_reports_menu_item")
def ratings_report_item():
    return RatingsMenuItem(_("Readers' ratings"), reverse("ratings_report"), icon_name="pick", order=8000)
