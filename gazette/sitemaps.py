"""The gazette's legal documents in the portal's sitemap (``portal_sitemaps`` hook, see core/metadata/sitemaps.py).

Documents are not pages: each published one has its permanent URL under the gazette index of the site's
Vietnamese tree (``/cong-bao/van-ban/<slug>/``). Its ``lastmod`` is the day the document itself last changed
(``updated_at``), as a page's is the day it was last published.
"""

from wagtail.contrib.sitemaps import Sitemap

from .models import GazetteIndexPage, LegalDocument


class LegalDocumentSitemap(Sitemap):
    def _gazette_index(self):
        if not hasattr(self, "_index"):
            site = self.get_wagtail_site()
            self._index = (
                GazetteIndexPage.objects.live().public().descendant_of(site.root_page).order_by("path").first()
            )
        return self._index

    def items(self):
        if self._gazette_index() is None:
            return LegalDocument.objects.none()
        return LegalDocument.objects.published().only("slug", "updated_at").order_by("-issue_date", "-pk")

    def lastmod(self, obj):
        return obj.updated_at

    def _urls(self, page, protocol, domain):
        """Absolute URLs from the Wagtail site's root URL, like the pages' (not from the request's host)."""
        index = self._gazette_index()
        if index is None:
            return []
        base = index.get_full_url(self.request)
        urls = []
        for document in self.paginator.page(page).object_list:
            location = base + index.reverse_subpage("document_detail", args=[document.slug]).lstrip("/")
            urls.append({"item": document, "location": location, "lastmod": self.lastmod(document)})
        if urls:
            self.latest_lastmod = max(url["lastmod"] for url in urls)
        return urls


def sitemaps():
    return {"legal-documents": LegalDocumentSitemap}
