from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views
from thainguyen_portal.alerts import urls as alerts_urls
from thainguyen_portal.core import views as core_views
from thainguyen_portal.core.areas import areas
from thainguyen_portal.core.metadata.sitemaps import sitemap_view
from thainguyen_portal.ratings import urls as ratings_urls

handler500 = "thainguyen_portal.core.views.server_error"

# Not language-prefixed: the admin (its language is each user's preference), documents, health and sitemap.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", core_views.healthz, name="healthz"),
    path("ping", core_views.ping, name="ping"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("_/hit", core_views.hit, name="stats-hit"),
    path("_/hit.gif", core_views.hit, name="stats-hit-pixel"),
    path("_/visits", core_views.visits, name="stats-visits"),
    *ratings_urls.counts_urlpatterns,  # the rating counts pages may show (docs/ratings.md)
    # The newsroom's public endpoints (the Zalo Official Account webhook).
    path("newsroom/", include("thainguyen_portal.editorial.urls")),
    # Both languages' trees (Wagtail's default sitemap has only the Vietnamese one) and what the areas add through
    # their area.py (Area.sitemaps: the gazette's legal documents).
    path("sitemap.xml", sitemap_view, name="sitemap"),
    # The read-only JSON API for partner portals (articles, multimedia, gazette documents; ninjs).
    path("api/v1/", include("thainguyen_portal.syndication.urls")),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Vietnamese at /, English at /en/. The language comes from the path alone (core.publishing.locale).
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    # What the areas serve beside the page tree (Area.public_urls in their area.py: the news' Google News sitemap).
    *(pattern for area in areas() for urls in area.public_urls for pattern in urls()),
    # Readers' ratings of pages (docs/ratings.md).
    path("", include(ratings_urls)),
    # Readers' alerts by e-mail: subscribe, confirm, unsubscribe (docs/alerts.md).
    path("", include(alerts_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
