"""Keep the home page's list of latest issues current: any change of an issue's public state clears it, once the
change's transaction has committed (and before the home page's page-cache generation moves,
core/publishing/pagecache.py)."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from thainguyen_portal.core.publishing import slots

from .models import MagazineIssuePage


def clear_latest_issues(sender, instance, **kwargs):
    from .wagtail_hooks import HOME_SLOT_GENERATION

    slots.renew(HOME_SLOT_GENERATION)


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(clear_latest_issues, sender=MagazineIssuePage, dispatch_uid=f"traviet-home-{id(signal)}")
