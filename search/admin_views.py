from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import stats
from .models import QueryStat

TOP = 50


def query_report(request):
    # Wagtail's admin URLs already send anonymous visitors to the admin's sign-in; a signed-in editor who is not a
    # superuser is refused as Wagtail refuses (PermissionDenied: back to the dashboard with a message); Django's
    # user_passes_test sent them to /accounts/login/, which does not exist.
    if not request.user.is_superuser:
        raise PermissionDenied
    stats.flush()  # this process's pending counts, so the report is as fresh as it can be here
    context = {
        "page_title": _("Search queries"),
        "header_title": _("Search queries"),
        "top_queries": QueryStat.objects.order_by("-hits", "query")[:TOP],
        "zero_queries": QueryStat.objects.filter(zero_hits__gt=0).order_by("-zero_hits", "query")[:TOP],
    }
    return render(request, "search/admin/query_report.html", context)
