"""Keep the page cache and the frontend cache (nginx / CDN) true when content changes.

Connected in CoreConfig.ready(). The handlers run inside the transaction that publishes, unpublishes, moves or
deletes (Wagtail wraps workflow approvals, bulk actions and moves in ``transaction.atomic()``): there they work out
which generations and URLs the change touches, while the page's old ancestors and addresses are still at hand, and
hand them to `pagecache.renew_after_commit`, which moves the generations and sends the purges once the transaction
has committed. Never before: a reader served between a move and the commit would keep the old page under the new
generation. Each generation and each URL is renewed once per transaction, however many pages a bulk action touches.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from ..upstream.wagtail import site_root_paths
from . import frame, pagecache, renditions

logger = logging.getLogger(__name__)

# Pages this close to the root (home pages and top-level sections) are named in menus and on every page.
STRUCTURAL_DEPTH = 3


def _page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def _listing_pages(page):
    """The pages whose listings show `page`: its live ancestors below the root (home page, section, …)."""
    return list(page.get_ancestors().filter(depth__gte=2).live().specific(defer=True))


def _translations(page):
    """The live pages of the other languages that translate `page`. Each one names `page` in its language switcher
    and its hreflang alternates (or, while `page` is not live, points to the other home page instead), so it
    changes when `page` is published, unpublished, moved or deleted."""
    if not getattr(page, "translation_key", None) or not page.pk:
        return []
    return list(
        Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk).live().specific(defer=True)
    )


def _translation_names(translations):
    """The generations of the translations' own pages (not their listings: they show no language links)."""
    names = []
    for other in translations:
        path = _page_path(other)
        if path:
            names.extend(pagecache.names_for_page(path))
    return names


def _changed(page, structural=False, old_urls=()):
    path = _page_path(page)
    names = pagecache.names_for_path(path) if path else []
    translations = _translations(page)
    names.extend(_translation_names(translations))
    # Pages near the root and the pages a menu links to are named on every page (core/publishing/frame.py caches the
    # menus).
    if structural or page.depth <= STRUCTURAL_DEPTH or page.pk in frame.menu_page_ids():
        names.append("site")
    urls = ()
    # With no frontend cache in front (`make run`, the tests that do not test purges), nothing is purged: the URLs
    # and the queries that find them are spared.
    if settings.WAGTAILFRONTENDCACHE:
        try:
            urls = _purge_urls(page, old_urls, translations)
        except Exception:  # a page without a site must not stop a publish
            logger.warning("could not list the URLs to purge for %s", page.url_path, exc_info=True)
    pagecache.renew_after_commit(names, urls)


def _purge_urls(page, extra_urls=(), translations=()):
    """The URLs to purge from the frontend cache (nginx, Varnish, Cloudflare): the page, the listings that show it
    (its ancestors with their feeds, the page's own related listings such as tag pages), its translations (their
    language links) and the sitemap."""
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(translations)
    listings = _listing_pages(page)
    batch.add_pages(listings)
    for url in extra_urls:
        batch.add_url(url)
    specific = page.specific_deferred if type(page) is Page else page
    if hasattr(specific, "related_listing_urls"):
        for url in specific.related_listing_urls():
            batch.add_url(url)
    home = next((ancestor for ancestor in listings if ancestor.depth == 2), None)
    root_url = home.get_site().root_url if home is not None and home.get_site() else None
    if root_url:
        batch.add_url(root_url + "/sitemap.xml")
    return batch.urls


def _old_url(page, url_path_before, url_path_after):
    """The address a moved page had before (for the frontend cache to forget it)."""
    new_url = page.get_full_url()
    if not new_url or not url_path_before or not url_path_after:
        return None
    for _site_id, root_path, _root_url, _language in site_root_paths(page):
        if url_path_after.startswith(root_path) and url_path_before.startswith(root_path):
            new_tail, old_tail = url_path_after[len(root_path) :], url_path_before[len(root_path) :]
            if new_url.endswith(new_tail):
                return new_url[: len(new_url) - len(new_tail)] + old_tail
    return None


def on_page_published(sender, instance, **kwargs):
    _changed(instance)
    _enqueue(renditions.make_page_renditions, instance.pk)


def _enqueue(task, *args):
    """Hand work to the task backend; a queue that is down must not stop a publish or an upload."""
    try:
        task.enqueue(*args)
    except Exception:
        logger.warning("could not enqueue %s%r", task.name, args, exc_info=True)


def on_image_saved(sender, instance, created=False, raw=False, **kwargs):
    """A new image gets the sizes nearly every image is shown in, before anyone reads it: once its transaction is
    committed, so that an upload rolled back (an import failing half way) leaves no rendition files behind."""
    if created and not raw and instance.file:
        image_id = instance.pk
        transaction.on_commit(lambda: _enqueue(renditions.make_image_renditions, image_id), robust=True)


def on_page_unpublished(sender, instance, **kwargs):
    _changed(instance)


def on_page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    old_url = _old_url(instance, url_path_before, url_path_after)
    _changed(instance, structural=True, old_urls=[old_url] if old_url else [])


def on_page_created(sender, instance, created=False, raw=False, **kwargs):
    """A page created already live (an import, a script) shows at once, like a published one."""
    if created and not raw and isinstance(instance, Page) and instance.live and instance.path:
        _changed(instance)
        _enqueue(renditions.make_page_renditions, instance.pk)
    if created and not raw and isinstance(instance, Page) and instance.alias_of_id:
        pagecache.renew_after_commit(["site"])  # the view restrictions of aliases are checked another way (BasePage)


def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pagecache.renew_after_commit(["site"])


def on_page_deleting(sender, instance, **kwargs):
    """Before a live page goes, the frontend cache is told to forget it, the listings that showed it (its ancestors
    still exist now) and its translations, whose language links named it (all sent after the commit)."""
    if isinstance(instance, Page) and instance.live and instance.path:
        translations = _translations(instance)
        try:
            urls = _purge_urls(instance, translations=translations)
        except Exception:  # a page without a site must not stop a deletion
            logger.warning("could not list the URLs to purge for %s", instance.url_path, exc_info=True)
            urls = ()
        pagecache.renew_after_commit(_translation_names(translations), urls)


_snippet_models = None


def on_model_saved(sender, instance, **kwargs):
    """Menus, site settings and other snippets appear on many pages, and sites, locales and view restrictions
    decide how every page is served: a new generation of everything."""
    global _snippet_models
    if _snippet_models is None:
        _snippet_models = set(get_snippet_models())
    if sender in _snippet_models or isinstance(instance, (BaseSiteSetting, Site, Locale, PageViewRestriction)):
        pagecache.renew_after_commit(["site"])


def connect():
    from wagtail.images import get_image_model

    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="portal-renditions-image-saved")
    page_published.connect(on_page_published, dispatch_uid="portal-pagecache-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="portal-pagecache-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="portal-pagecache-moved")
    post_delete.connect(on_page_deleted, dispatch_uid="portal-pagecache-deleted")
    pre_delete.connect(on_page_deleting, dispatch_uid="portal-pagecache-deleting")
    post_save.connect(on_model_saved, dispatch_uid="portal-pagecache-snippet-saved")
    post_save.connect(on_page_created, dispatch_uid="portal-pagecache-page-created")
    post_delete.connect(on_model_saved, dispatch_uid="portal-pagecache-snippet-deleted")
