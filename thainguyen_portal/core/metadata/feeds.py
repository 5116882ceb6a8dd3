"""The portal's feeds: one base, on Django's syndication framework, for every RSS 2.0 and Atom 1.0 feed.

A feed belongs to a page (the news index, a section, the gazette index, a podcast) and is served by one of its
routes: ``NewsFeed(page, request, "atom")(request)``. The base handles what the portal's feeds share:

* the language of the request (``/`` Vietnamese, ``/en/`` English: Django's ``get_language()``);
* absolute addresses: the channel's link is the page's full URL on its Wagtail site, ``absolute()`` makes any
  path absolute on the request's host (Django's ``add_domain`` then leaves them as they are);
* enclosures (``enclosure()``), with the length in bytes and the media type;
* dates in the portal's time zone (Asia/Ho_Chi_Minh): ``local_moment(day, hour)`` keeps a date on its day in
  every reader's time zone; naive datetimes are read in that zone by Django;
* conditional requests: every answer has an ``ETag`` and a ``Last-Modified`` (the newest item's date), and a feed
  reader asking again with ``If-None-Match`` or ``If-Modified-Since`` gets a ``304 Not Modified``.

Caching is the page cache's (core/publishing/pagecache.py): a feed is a route of its page, purged with its listings.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import feedgenerator, timezone
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe

FLAVOURS = {"rss": feedgenerator.Rss201rev2Feed, "atom": feedgenerator.Atom1Feed}


def local_moment(day, hour=12):
    """`day` at `hour` o'clock in the portal's time zone (an aware datetime)."""
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=timezone.get_default_timezone())


class PortalFeed(Feed):
    """A page's feed. Subclasses give ``items()`` and the ``item_*`` methods of Django's ``Feed``; the channel's
    title, link, address and id come from the page."""

    flavours = FLAVOURS

    def __init__(self, page, request, flavour="rss"):
        super().__init__()
        if flavour not in self.flavours:
            raise ValueError(f"unknown feed flavour {flavour!r}")
        self.page = page
        self.request = request
        self.feed_type = self.flavours[flavour]

    def absolute(self, url):
        """`url` (a path or an absolute address) as an absolute address on the request's host."""
        return self.request.build_absolute_uri(url) if url else ""

    @staticmethod
    def enclosure(url, length, mime_type):
        return feedgenerator.Enclosure(url, str(length or 0), mime_type)

    def title(self):
        return self.page.seo_title or self.page.title

    def link(self):
        return self.page.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri()

    def feed_guid(self):
        return self.link()

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        set_response_etag(response)
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
