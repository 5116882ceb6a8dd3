"""Keep the page cache and the frontend cache (nginx / CDN) true when content changes.

Connected in CoreConfig.ready(). Everything here runs inside the request that publishes, unpublishes, moves or
deletes, so the reader's next request already sees the change.
"""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import pagecache

logger = logging.getLogger(__name__)

# Pages this close to the root (home pages and top-level sections) are named in menus and on every page.
STRUCTURAL_DEPTH = 3


def _page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def _listing_pages(page):
    """The pages whose listings show `page`: its live ancestors below the root (home page, section, …)."""
    return list(page.get_ancestors().filter(depth__gte=2).live().specific(defer=True))


def _changed(page, structural=False):
    path = _page_path(page)
    if path:
        pagecache.bump_for_path(path)
    if structural or page.depth <= STRUCTURAL_DEPTH:
        pagecache.bump("site")
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(_listing_pages(page))
    batch.purge()


def on_page_published(sender, instance, **kwargs):
    _changed(instance)


def on_page_unpublished(sender, instance, **kwargs):
    _changed(instance)


def on_page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    _changed(instance, structural=True)


def on_page_created(sender, instance, created=False, raw=False, **kwargs):
    """A page created already live (an import, a script) shows at once, like a published one."""
    if created and not raw and isinstance(instance, Page) and instance.live and instance.path:
        _changed(instance)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pagecache.bump("site")


_snippet_models = None


def on_model_saved(sender, instance, **kwargs):
    """Menus, site settings and other snippets appear on many pages: a new generation of everything."""
    global _snippet_models
    if _snippet_models is None:
        _snippet_models = set(get_snippet_models())
    if sender in _snippet_models or isinstance(instance, BaseSiteSetting):
        pagecache.bump("site")


def connect():
    page_published.connect(on_page_published, dispatch_uid="portal-pagecache-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="portal-pagecache-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="portal-pagecache-moved")
    post_delete.connect(on_page_deleted, dispatch_uid="portal-pagecache-deleted")
    post_save.connect(on_model_saved, dispatch_uid="portal-pagecache-snippet-saved")
    post_save.connect(on_page_created, dispatch_uid="portal-pagecache-page-created")
    post_delete.connect(on_model_saved, dispatch_uid="portal-pagecache-snippet-deleted")
