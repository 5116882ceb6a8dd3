"""The sitemap of every language: the site's root page and its translations (the English home page and below).

Wagtail's own sitemap lists the descendants of the site's root page only, which leaves out the English tree (a
sibling of the Vietnamese home page). Untranslated pages have no English URL, so they appear once, in Vietnamese.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


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
