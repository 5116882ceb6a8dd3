"""What an article tells machines and networks: share links (no third-party script) and JSON-LD."""

import json
from urllib.parse import quote, urlencode

from django.templatetags.static import static
from django.utils.html import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from thainguyen_portal.core.models import PortalSettings

SOCIAL_RENDITION = "fill-1200x630"


def share_links(request, page):
    """Plain share URLs: the reader's browser goes to the network only when they click."""
    url = page.get_full_url(request)
    title = page.title
    return [
        {
            "key": "facebook",
            "label": "Facebook",
            "url": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {"key": "zalo", "label": "Zalo", "url": "https://sp.zalo.me/share_inline?" + urlencode({"d": url})},
        {"key": "x", "label": "X", "url": "https://x.com/intent/post?" + urlencode({"url": url, "text": title})},
        {
            "key": "email",
            "label": _("Email"),
            "url": f"mailto:?subject={quote(title)}&body={quote(url)}",
        },
    ]


def _json_script(data):
    """JSON for a <script type="application/ld+json"> element, safe against "</script>" in the text."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _absolute(request, url):
    return request.build_absolute_uri(url)


def article_json_ld(request, page, ancestors):
    """NewsArticle and BreadcrumbList for an article; `ancestors` are its live ancestors from the home page down."""
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
    return [_json_script(article), _json_script(breadcrumbs)]
