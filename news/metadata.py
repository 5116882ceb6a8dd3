"""What an article tells machines and networks: share links (no third-party script) and JSON-LD."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from thainguyen_portal.core.metadata import structured_data as ld
from thainguyen_portal.core.metadata.structured_data import share_links  # noqa: F401 (the article view imports it here)

SOCIAL_RENDITION = "fill-1200x630"


def article_json_ld(request, page, ancestors):
    """NewsArticle and BreadcrumbList (dicts) for an article; `ancestors` are its live ancestors from the home page
    down. Serialised by base.html's JSON-LD block (ArticlePage.structured_data, core/metadata/structured_data.py)."""
    publisher = ld.organisation(request)
    url = page.get_full_url(request)
    article = {
        "@context": ld.SCHEMA,
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.sapo,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": get_language(),
        "datePublished": page.date.isoformat(),
        "dateModified": (page.updated_at or page.last_published_at or page.date).isoformat(),
        "publisher": publisher,
    }
    authors = page.author_list
    article["author"] = (
        [{"@type": "Person", "name": name} for name in authors]
        if authors
        else [{"@type": "Organization", "name": publisher["name"]}]
    )
    if page.featured_image is not None:
        rendition = page.featured_image.get_rendition(SOCIAL_RENDITION)
        article["image"] = [ld.absolute(request, rendition.url)]
    items = []
    for position, ancestor in enumerate(list(ancestors) + [page], start=1):
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if ancestor.depth == 2 else ancestor.title,
                "item": ld.absolute(request, ancestor.get_url(request)),
            }
        )
    breadcrumbs = {"@context": ld.SCHEMA, "@type": "BreadcrumbList", "itemListElement": items}
    return [article, breadcrumbs]
