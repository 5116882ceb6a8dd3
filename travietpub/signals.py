"""Keep the home page's list of latest issues current: any change of an issue's public state clears it."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from .models import MagazineIssuePage


def clear_latest_issues(sender, instance, **kwargs):
    from .wagtail_hooks import latest_issues_cache_key

    cache.delete(latest_issues_cache_key(instance.locale_id))


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(clear_latest_issues, sender=MagazineIssuePage, dispatch_uid=f"traviet-home-{id(signal)}")
