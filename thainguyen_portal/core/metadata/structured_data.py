"""What a page tells machines and social networks: JSON-LD (schema.org) and plain share links.

Every page type says what it is by a ``structured_data(request)`` method that returns a dict (or a list of
dicts, or None); the ``page_json_ld`` template tag in base.html's <head> serialises it with ``json_script``.
No JSON is written by hand in a template. Everything here works from what the page has already loaded: no
query (the portal's settings come from the request's cache, images as their original files, no rendition).
"""

import json
from urllib.parse import quote, urlencode

from django.templatetags.static import static
from django.utils.html import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

SCHEMA = "https://schema.org"


def json_script(data):
    """JSON for a <script type="application/ld+json"> element, safe against "</script>" in the text (the same
    escaping as Django's ``json_script`` filter)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def absolute(request, url):
    """`url` (a path or an absolute address) as an absolute address."""
    if not url:
        return ""
    if request is None:
        return url
    return request.build_absolute_uri(url)


def image_url(request, image):
    """The absolute address of an image's original file (no rendition is made or looked up)."""
    if image is None:
        return ""
    try:
        return absolute(request, image.file.url)
    except ValueError:
        return ""


def loaded(instance, field):
    """The object of a foreign key only when `instance` has already loaded it (else None: no query)."""
    return instance._state.fields_cache.get(field)


def share_links(request, page=None, url="", title=""):
    """Plain share URLs: the reader's browser goes to the network only when they click. For a page, or for
    something else shown at an absolute `url` (a gazette document)."""
    if page is not None:
        url = url or page.get_full_url(request)
        title = title or page.title
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


def organisation_name(request):
    from ..models import PortalSettings

    portal = PortalSettings.for_request(request) if request is not None else None
    return portal.localized("organisation_name", get_language()) if portal else ""


def organisation(request, with_context=False):
    """The portal's publisher as a schema.org Organization."""
    data = {
        "@type": "Organization",
        "name": organisation_name(request),
        "logo": {"@type": "ImageObject", "url": absolute(request, static("img/emblem.svg"))},
    }
    if request is not None:
        data["url"] = absolute(request, "/")
    if with_context:
        data = {"@context": SCHEMA, **data}
    return data


def creative_work(request, page, schema_type, **fields):
    """The fields every content page shares, for a schema.org CreativeWork subtype; `fields` add or override."""
    url = page.get_full_url(request)
    data = {
        "@context": SCHEMA,
        "@type": schema_type,
        "name": page.title,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": get_language(),
        "publisher": organisation(request),
    }
    description = page.meta_description() if hasattr(page, "meta_description") else ""
    if description:
        data["description"] = description
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    data.update({key: value for key, value in fields.items() if value not in (None, "", [])})
    return data


def iso_duration(seconds):
    """ISO 8601 duration ("PT1H2M3S") of a number of seconds, or None."""
    if not seconds:
        return None
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds}S"


def page_json_ld(request, page, context=None):
    """The page's JSON-LD blocks, ready for <script type="application/ld+json"> elements. `context` is the
    template context: what the page's view has already loaded."""
    method = getattr(page, "structured_data", None)
    if method is None:
        return []
    data = method(request, context or {})
    if not data:
        return []
    return [json_script(item) for item in (data if isinstance(data, list) else [data])]
