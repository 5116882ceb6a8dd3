from django.contrib.admin.views.decorators import user_passes_test
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import stats
from .models import QueryStat

TOP = 50


@user_passes_test(lambda user: user.is_superuser)
def query_report(request):
    stats.flush()  # this process's pending counts, so the report is as fresh as it can be here
    context = {
        "page_title": _("Search queries"),
        "header_title": _("Search queries"),
        "top_queries": QueryStat.objects.order_by("-hits", "query")[:TOP],
        "zero_queries": QueryStat.objects.filter(zero_hits__gt=0).order_by("-zero_hits", "query")[:TOP],
    }
    return render(request, "search/admin/query_report.html", context)
