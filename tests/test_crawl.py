"""Crawl the demo site (the run's one seed: the `demo` fixture in conftest.py) like a reader and like an attacker: no public URL answers 5xx, none reflects input unescaped,
and no public page carries inline script or inline style (the Content Security Policy would block them)."""

import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest

pytestmark = pytest.mark.django_db

MAX_PAGES = 400
SKIP_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/")
MARKER = "<script>alert('tnp')</script>"
HOSTILE_QUERIES = [
    "page=-1",
    "page=abc",
    "page=999999999999999999999",
    "page=1.5",
    "date=2026-13-45",
    "from=2026-02-31&to=abc",
    "year=-5&month=13",
    "q=" + MARKER,
    "q=" + "chè" * 3400,
    "q=%00%01%02%1b",
    "q=%27%20OR%201%3D1%20--",
    'q="unbalanced',
    "q=%E2%80%AE%F0%9F%8D%B5",
    "type=<b>x</b>&section=-1&sort=;DROP TABLE",
    "format=json",
]


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.inline_scripts = 0
        self.inline_styles = 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "form" and attrs.get("action") and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs["action"])  # a reader's search or filter form, sent empty
        if tag == "script":
            kind = (attrs.get("type") or "text/javascript").lower()
            if "src" not in attrs and "json" not in kind:
                self.inline_scripts += 1
        if tag == "style" or "style" in attrs:
            self.inline_styles += 1
        for name in attrs:
            if name.startswith("on"):
                self.inline_scripts += 1


def internal_paths(html):
    parser = LinkParser()
    parser.feed(html)
    paths = []
    for href in parser.links:
        href, _ = urldefrag(href)
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths, parser


def kind_of(response):
    """What answered: the view, and for a page its type and the template it rendered (a routable page's sub-pages,
    its feed or its print view, render their own). Two addresses of one kind parse a query string the same way."""
    match = response.resolver_match
    templates = [template.name for template in response.templates if template.name]
    page = response.context.get("page") if response.context is not None else None
    return (
        match.view_name if match else "",
        type(page).__name__ if page is not None else "",
        templates[0] if templates else response.get("Content-Type", ""),
    )


_crawled = {}


def crawl(client):
    """Every public page reachable from the two home pages (at most MAX_PAGES): {path: (html, kind)}. Crawled once
    per test session and worker (the demo is seeded once and committed); each page must answer below 500."""
    if _crawled:
        return _crawled
    seen, queue, pages = set(), ["/", "/en/"], {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen or path.startswith(SKIP_PREFIXES):
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code < 500, f"{path} answered {response.status_code}"
        content_type = response.get("Content-Type", "")
        if response.status_code == 200 and content_type.startswith("text/html"):
            html = response.content.decode()
            pages[path] = (html, kind_of(response))
            links, _ = internal_paths(html)
            queue.extend(link for link in links if link not in seen)
    _crawled.update(pages)
    return pages


def test_a_reader_reaches_every_kind_of_page_from_the_home_pages(client, demo):
    """Following links and search forms from the two home pages, a reader reaches a page of every type the demo
    publishes: no section (the petitions, the work calendar, the press digest, the tea directory) is found only by
    searching for it."""
    from wagtail.models import Page

    reached = {kind[1] for _html, kind in crawl(client).values()}
    published = {
        page.specific_class.__name__
        for page in Page.objects.live().public().filter(depth__gt=1).defer_streamfields()
        if page.specific_class is not None
    }
    assert published - reached == set()


def test_every_public_page_answers_and_is_csp_clean(client, demo):
    pages = crawl(client)
    assert "/" in pages and "/en/" in pages
    assert len(pages) >= 8
    for path, (html, _kind) in pages.items():
        _, parser = internal_paths(html)
        assert parser.inline_scripts == 0, f"{path} has inline script"
        assert parser.inline_styles == 0, f"{path} has inline style"
        assert re.search(r'<html lang="(vi|en)"', html), path


def one_address_of_each_kind(pages):
    """The first address (in crawl order, so the shallowest) of every kind of page the crawl met, without its query."""
    kinds = {}
    for path, (_html, kind) in pages.items():
        kinds.setdefault(kind, path.split("?")[0])
    return kinds


def test_hostile_query_strings_never_fail_nor_reflect(client, demo):
    """Every kind of public page (each view, page type and template the crawl met) gets every hostile query string.
    One address per kind: the query string is read by the view, the same for every page it serves."""
    kinds = one_address_of_each_kind(crawl(client))
    assert len(kinds) >= 30, sorted(kinds)  # the demo's page types, their sub-routes and the portal's own views
    for path in kinds.values():
        for query in HOSTILE_QUERIES:
            url = f"{path}?{query}"
            response = client.get(url)
            assert response.status_code < 500, f"{url[:120]} answered {response.status_code}"
            assert MARKER.encode() not in response.content, f"{url[:120]} reflects input unescaped"


@pytest.mark.parametrize(
    "path",
    ["/%00", "/..%2f..%2fetc/passwd", "/en/../admin/", "/" + "a" * 3000 + "/", "/tim-kiem/%ff%fe", "/%e2%80%ae/"],
)
def test_hostile_paths_never_fail(client, demo, path):
    assert client.get(path).status_code < 500
