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


def crawl(client):
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
            pages[path] = html
            links, _ = internal_paths(html)
            queue.extend(link for link in links if link not in seen)
    return pages


def test_every_public_page_answers_and_is_csp_clean(client, demo):
    pages = crawl(client)
    assert "/" in pages and "/en/" in pages
    assert len(pages) >= 8
    for path, html in pages.items():
        _, parser = internal_paths(html)
        assert parser.inline_scripts == 0, f"{path} has inline script"
        assert parser.inline_styles == 0, f"{path} has inline style"
        assert re.search(r'<html lang="(vi|en)"', html), path


def test_hostile_query_strings_never_fail_nor_reflect(client, demo):
    pages = crawl(client)
    for path in list(pages)[:120]:
        base = path.split("?")[0]
        for query in HOSTILE_QUERIES:
            url = f"{base}?{query}"
            response = client.get(url)
            assert response.status_code < 500, f"{url[:120]} answered {response.status_code}"
            assert MARKER.encode() not in response.content, f"{url[:120]} reflects input unescaped"


@pytest.mark.parametrize(
    "path",
    ["/%00", "/..%2f..%2fetc/passwd", "/en/../admin/", "/" + "a" * 3000 + "/", "/tim-kiem/%ff%fe", "/%e2%80%ae/"],
)
def test_hostile_paths_never_fail(client, demo, path):
    assert client.get(path).status_code < 500
