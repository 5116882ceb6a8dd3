"""Slots of the home page that the content areas fill.

An area declares a function in its ``area.py`` (``Area.home_slots``), which goes on the ``portal_home_slots`` Wagtail
hook (core/wagtail_hooks.py); the home page calls each with ``(request, home_page)`` and shows the :class:`HomeSlot`
it returns (or nothing for ``None``), ordered by ``order``. A slot's ``feeds`` are announced in the home page's
``<head>`` (``<link rel="alternate">``), so that readers and partner portals find the area's feeds from the front
page. The home app never imports the areas, and the areas never import home.
"""

from dataclasses import dataclass, field

HOME_SLOTS_HOOK = "portal_home_slots"


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
