"""Template tags of the portal's frame: menus, breadcrumbs, the language switcher and hreflang alternates.

Each tag makes at most one query and keeps what it found on the request, so a page that uses a tag twice
(the switcher in the header and the alternates in <head>) pays once. Menus come from the cache and breadcrumbs
from the router (no query).
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from ..pages import routing
from ..publishing import frame

register = template.Library()

_LANGUAGE_NAMES = dict(settings.LANGUAGES)


def _request_memo(request, key, compute):
    memo = request.__dict__.setdefault("_portal_tag_memo", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


@register.simple_tag(takes_context=True)
def portal_menu(context, handle):
    """The entries of a menu in the active language: a list of {label, url, active, external}.

    The entries come from the cache (core/publishing/frame.py), renewed when a menu, or a page it links to, changes."""
    request = context.get("request")
    language = translation.get_language()

    entries = frame.menu_entries(request, handle, language)
    path = request.path if request else ""
    home_paths = {"/", f"/{language}/"}
    return [
        {**entry, "active": entry["url"] not in home_paths and not entry["external"] and path.startswith(entry["url"])}
        for entry in entries
    ]


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """The live ancestors of `page` from its home page down, then the page itself (from the router, else one
    query)."""
    if page is None or page.depth <= 2:
        return []  # a home page has no trail
    request = context.get("request")
    ancestors = routing.trail(request, page)
    crumbs = [
        {
            "title": _("Home") if ancestor.depth == 2 else ancestor.title,
            "url": ancestor.get_url(request),
        }
        for ancestor in ancestors
    ]
    if page.depth > 2:
        crumbs.append({"title": page.title, "url": None})
    return crumbs


def _alternates(request, page):
    """{language_code: page} for the live translations of `page` and of the site's home page.

    The home pages come from the cached Site (core/publishing/frame.py keeps the root page's live translations with it),
    so a home page costs no query and another page one: its own translations."""
    site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}, {}
    root = site.root_page
    cached_homes = root.__dict__.get("_portal_localized")
    if cached_homes is None:
        return _alternates_from_database(site, page)
    codes = {locale_id: code for code, locale_id in frame.locale_ids(request).items()}
    homes = dict(cached_homes)  # live ones only
    if root.locale_id in codes:
        homes[codes[root.locale_id]] = root
    page_key = getattr(page, "translation_key", None)
    if page_key is None:
        return {}, homes
    if page_key == root.translation_key:
        return dict(homes), homes
    pages = (
        Page.objects.filter(translation_key=page_key)
        .live()
        .only("id", "title", "url_path", "depth", "path", "translation_key", "locale_id")
    )
    translations = {codes[candidate.locale_id]: candidate for candidate in pages if candidate.locale_id in codes}
    return translations, homes


def _alternates_from_database(site, page):
    """`_alternates` for a Site that did not come from the frame cache: the home pages and the page's translations
    in one query."""
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    condition = Q(translation_key__in=root_key)
    if page is not None and getattr(page, "translation_key", None):
        condition |= Q(translation_key=page.translation_key)
    pages = (
        Page.objects.filter(condition)
        .live()
        .select_related("locale")
        .only("id", "title", "url_path", "depth", "translation_key", "locale__language_code")
    )
    translations, homes = {}, {}
    page_key = getattr(page, "translation_key", None)
    for candidate in pages:
        code = candidate.locale.language_code
        if page_key is not None and candidate.translation_key == page_key:
            translations[code] = candidate
        if candidate.depth == 2 or candidate.pk == site.root_page_id:
            homes[code] = candidate
    return translations, homes


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """For each language: where the switcher goes (the translation, else that language's home page).

    Returns a list of {code, name, url, full_url, current, translated}. Only live translations count, so the
    English edition never links to a page that does not exist in English.
    """
    request = context.get("request")
    page = page if page is not None else context.get("page")
    current = translation.get_language()

    def compute():
        translations, homes = _alternates(request, page)
        links = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code) or homes.get(code)
            if target is None:
                continue
            with translation.override(code):
                url = target.get_url(request)
                full_url = target.get_full_url(request)
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "full_url": full_url,
                    "current": code == current,
                    "translated": code in translations,
                }
            )
        return links

    key = ("languages", getattr(page, "pk", None), current)
    return _request_memo(request, key, compute) if request else compute()


@register.filter
def localized_setting(portal_settings, field):
    """A site-setting text in the active language.

    ``{{ settings.core.PortalSettings|localized_setting:"address" }}``
    """
    if not portal_settings:
        return ""
    return portal_settings.localized(field, translation.get_language())


@register.simple_tag
def language_name(code):
    return _LANGUAGE_NAMES.get(code, code)


@register.simple_tag(takes_context=True)
def stats_section(context, page):
    """The section (first path segment) a page is counted under in the visit statistics."""
    from ..publishing.pagecache import split_path

    request = context.get("request")
    url = page.get_url(request) if page is not None else None
    return split_path(url)[1] if url else ""


@register.simple_tag
def visit_totals():
    """(views today, views in all), for the footer."""
    from ..operations import stats

    try:
        return stats.totals_for_footer()
    except Exception:  # statistics must never break a page
        return None


@register.simple_tag
def most_read(language=None, days=1, limit=5):
    from ..operations import stats

    return stats.most_read(language or translation.get_language(), days=days, limit=limit)


def _home_page(request, language):
    """The home page of `language` from the cached Site (core/publishing/frame.py keeps the root page's live
    translations with it): no query; None when the Site did not come from the frame cache."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    homes = root.__dict__.get("_portal_localized")
    if homes is None:
        return None
    if frame.locale_ids(request).get(language) == root.locale_id:
        return root
    return homes.get(language)


def site_description(request):
    """The portal's description in the reader's language: its home page's description (search description or
    introduction), else a sentence about the portal."""
    language = translation.get_language()
    home = _home_page(request, language)
    text = home.meta_description() if home is not None and hasattr(home, "meta_description") else ""
    return text or _(
        "The electronic information portal of Thai Nguyen province: official news, the electronic gazette, "
        "multimedia and the Trà Việt magazine."
    )


@register.simple_tag(takes_context=True)
def meta_description(context, page=None):
    """The ``<meta name="description">`` of a page: its own (BasePage.meta_description), else the site's."""
    page = page if page is not None else context.get("page")
    request = context.get("request")
    text = ""
    if hasattr(page, "meta_description"):
        text = page.meta_description()
    elif page is not None:
        text = getattr(page, "search_description", "")
    if text:
        return text
    key = ("site_description", translation.get_language())
    return _request_memo(request, key, lambda: site_description(request)) if request else site_description(request)


@register.simple_tag(takes_context=True)
def page_json_ld(context, page=None):
    """The page's JSON-LD (its ``structured_data`` method, core/metadata/structured_data.py) as
    <script type="application/ld+json"> elements; nothing for a page type that has none."""
    from django.utils.html import format_html_join

    from ..metadata.structured_data import page_json_ld as blocks

    page = page if page is not None else context.get("page")
    if page is None:
        return ""
    return format_html_join(
        "\n  ",
        '<script type="application/ld+json">{}</script>',
        ((block,) for block in blocks(context.get("request"), page, context.flatten())),
    )


@register.inclusion_tag("includes/share.html", takes_context=True)
def share_bar(context, page=None, print_url="", url="", title=""):
    """The share bar of a content page (or of what a route shows at the absolute `url`): plain links to
    Facebook, Zalo, X and e-mail, copy link, and print when the page has a print view."""
    from ..metadata.structured_data import share_links

    page = page if page is not None else context.get("page")
    request = context.get("request")
    url = url or page.get_full_url(request)
    return {
        "share_links": share_links(request, page, url=url, title=title),
        "canonical_url": url,
        "print_url": print_url,
    }
