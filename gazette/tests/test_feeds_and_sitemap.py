"""The gazette seen from outside: its legal documents in the portal's sitemap, its feeds dated by the documents."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from gazette.factories import LegalDocumentFactory
from gazette.models import LegalDocument

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in root.iter(f"{SITEMAP}url")}


def test_sitemap_lists_the_published_documents_and_not_the_others(client, documents):
    unpublished = LegalDocumentFactory(number="99/2026/QĐ-UBND")
    assert not unpublished.is_published
    entries = sitemap_entries(client)
    land = LegalDocument.objects.get(pk=documents.land.pk)
    url = f"http://testserver/cong-bao/van-ban/{land.slug}/"
    assert url in entries, sorted(entries)
    assert entries[url] == timezone.localdate(land.updated_at).isoformat()  # the document's own last change
    assert not [loc for loc in entries if unpublished.slug in loc]
    # The pages are still there.
    assert "http://testserver/cong-bao/" in entries


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_items_are_dated_by_the_documents_signing_date(client, documents, kind):
    # Imported today, signed months ago: the feed says when they were signed.
    root = ET.fromstring(client.get(f"/cong-bao/{kind}/").content)
    if kind == "rss":
        dates = {item.findtext("title").split(":")[0]: item.findtext("pubDate") for item in root.iter("item")}
        assert dates["15/2026/QĐ-UBND"] == "Fri, 20 Feb 2026 12:00:00 +0700"
        assert dates["12/2024/CT-UBND"] == "Mon, 06 May 2024 12:00:00 +0700"
    else:
        entries = {
            entry.findtext(f"{ATOM}title").split(":")[0]: (
                entry.findtext(f"{ATOM}published"),
                entry.findtext(f"{ATOM}updated"),
            )
            for entry in root.iter(f"{ATOM}entry")
        }
        assert entries["15/2026/QĐ-UBND"] == ("2026-02-20T12:00:00+07:00", "2026-02-20T12:00:00+07:00")
        assert entries["05/2026/NQ-HĐND"][0] == "2026-01-15T12:00:00+07:00"


def test_every_gazette_page_announces_the_gazette_feeds(client, documents):
    for url in ("/cong-bao/", "/cong-bao/so-05-nam-2026/", f"/cong-bao/van-ban/{documents.land.slug}/"):
        html = client.get(url).content.decode()
        head = html[: html.index("</head>")]
        assert 'type="application/rss+xml" title="Văn bản mới (RSS)" href="/cong-bao/rss/">' in head, url
        assert 'type="application/atom+xml" title="Văn bản mới (Atom)" href="/cong-bao/atom/">' in head, url
