"""Slots of the home page that the content areas fill.

An area declares a function in its ``area.py`` (``Area.home_slots``), which goes on the ``portal_home_slots`` Wagtail
hook (core/wagtail_hooks.py); the home page calls each with ``(request, home_page)`` and shows the :class:`HomeSlot`
it returns (or nothing for ``None``), ordered by ``order``. A slot's ``feeds`` are announced in the home page's
``<head>`` (``<link rel="alternate">``), so that readers and partner portals find the area's feeds from the front
page. The home app never imports the areas, and the areas never import home.

The home page is the busiest page of the portal: a slot keeps what it shows in the cache (:func:`cached`, no query)
under a generation of its area's, which the area moves when its content changes (:func:`renew`, after the
change's transaction commits and before the page cache's own generations, core/publishing/pagecache.py), or for ten
minutes.
"""

from dataclasses import dataclass, field

from django.core.cache import cache

from . import pagecache

HOME_SLOTS_HOOK = "portal_home_slots"
SLOT_TIMEOUT = 600  # seconds: the longest a slot's data outlives a change its generation missed


@dataclass
class FeedLink:
    title: str
    url: str
    type: str = "application/rss+xml"


@dataclass
class HomeSlot:
    key: str
    title: str
    template: str
    order: int = 100
    items: list = field(default_factory=list)
    more_url: str | None = None
    feeds: list[FeedLink] = field(default_factory=list)


def cached(generation, home_page, compute, part=""):
    """What ``compute()`` returns for `home_page` (plain data: dictionaries, lists, model instances), from the
    cache until the `generation` moves or for :data:`SLOT_TIMEOUT` seconds. `part` tells apart the slots of one
    area that share a generation."""
    version = pagecache.current_generations((generation,))[0]
    key = f"slot:{generation}:{part}:{version}:{home_page.pk}"
    data = cache.get(key)
    if data is None:
        data = compute()
        cache.set(key, data, SLOT_TIMEOUT)
    return data


def renew(generation):
    """Move `generation` once the current transaction commits: the slots cached under it are computed again."""
    pagecache.renew_after_commit(data=[generation])
