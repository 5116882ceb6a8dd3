"""The admin page listing what is late under the publication schedule."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.utils.translation import gettext as _

from .schedule import late_items


@permission_required("gazette.change_legaldocument", raise_exception=True)
def late_items_view(request):
    return render(
        request,
        "gazette/admin/late_items.html",
        {
            "late": late_items(),
            "page_title": _("Gazette: late items"),
            "working_days": settings.GAZETTE_PUBLISH_WITHIN_WORKING_DAYS,
        },
    )
