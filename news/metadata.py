"""What an article tells machines and networks: share links (no third-party script) and JSON-LD."""

from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from thainguyen_portal.core.models import PortalSettings
from thainguyen_portal.core.structured_data import absolute as _absolute
from thainguyen_portal.core.structured_data import share_links  # noqa: F401 (the article view imports it here)

SOCIAL_RENDITION = "fill-1200x630"


def article_json_ld(request, page, ancestors):
    """NewsArticle and BreadcrumbList (dicts) for an article; `ancestors` are its live ancestors from the home page
    down. Serialised by base.html's JSON-LD block (ArticlePage.structured_data)."""
    portal = PortalSettings.for_request(request)
    language = get_language()
    publisher_name = portal.localized("organisation_name", language) if portal else ""
    url = page.get_full_url(request)
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.sapo,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": language,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.updated_at or page.last_published_at or page.date).isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": publisher_name,
            "logo": {"@type": "ImageObject", "url": _absolute(request, static("img/emblem.svg"))},
        },
    }
    authors = page.author_list
    article["author"] = (
        [{"@type": "Person", "name": name} for name in authors]
        if authors
        else [{"@type": "Organization", "name": publisher_name}]
    )
    if page.featured_image is not None:
        rendition = page.featured_image.get_rendition(SOCIAL_RENDITION)
        article["image"] = [_absolute(request, rendition.url)]
    items = []
    for position, ancestor in enumerate(list(ancestors) + [page], start=1):
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": _("Home") if ancestor.depth == 2 else ancestor.title,
                "item": _absolute(request, ancestor.get_url(request)),
            }
        )
    breadcrumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    return [article, breadcrumbs]
