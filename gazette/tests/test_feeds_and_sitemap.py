"""The gazette seen from outside: its legal documents in the portal's sitemap, its feeds dated by the documents."""

import xml.etree.ElementTree as ET

from django.utils import timezone

from gazette.factories import LegalDocumentFactory
from gazette.models import LegalDocument

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


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
