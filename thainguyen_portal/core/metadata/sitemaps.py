"""The sitemap of every language: the site's root page and its translations (the English home page and below).

Wagtail's own sitemap lists the descendants of the site's root page only, which leaves out the English tree (a
sibling of the Vietnamese home page). Untranslated pages have no English URL, so they appear once, in Vietnamese.

What is not a page (the gazette's legal documents) comes from the areas: each declares in its area.py
``Area(sitemaps=(fn,))``, ``fn()`` returning ``{name: Sitemap class}``, each instantiated with the request like
Wagtail's own. The declared functions are read through the ``portal_sitemaps`` hook (core/wagtail_hooks.py
registers them).
"""

from django.db.models import Q
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page

SITEMAPS_HOOK = "portal_sitemaps"


class PortalSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True)
        in_trees = Q()
        for path in roots:
            in_trees |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(in_trees, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def portal_sitemaps():
    """{name: Sitemap class}: every language's pages, then what the areas contribute."""
    sitemaps = {"pages": PortalSitemap}
    for contribute in hooks.get_hooks(SITEMAPS_HOOK):
        sitemaps.update(contribute())
    return sitemaps


def sitemap_view(request):
    """/sitemap.xml: one list of every URL (the hooks are read per request, after every app has registered)."""
    return sitemap(request, sitemaps=portal_sitemaps())
