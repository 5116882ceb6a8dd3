from django.utils.translation import gettext as _
from wagtail import hooks

from thainguyen_portal.core.slots import HOME_SLOTS_HOOK, HomeSlot

from .models import MagazineIssuePage

LATEST_ISSUES = 4


@hooks.register(HOME_SLOTS_HOOK)
def latest_issues(request, home_page):
    """The latest Trà Việt issues of this language, covers first (one query, covers joined)."""
    issues = list(
        MagazineIssuePage.objects.live()
        .public()
        .descendant_of(home_page)
        .filter(locale_id=home_page.locale_id)
        .select_related("cover")
        .defer_streamfields()
        .order_by("-issue_date", "-number")[:LATEST_ISSUES]
    )
    if not issues:
        return None
    index_url = issues[0].url.rsplit("/", 2)[0] + "/"
    return HomeSlot(
        key="traviet",
        title=_("Trà Việt special magazine"),
        template="travietpub/slots/latest_issues.html",
        order=50,
        items=issues,
        more_url=index_url,
    )
