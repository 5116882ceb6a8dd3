"""The newsroom's sections, found at run time through Wagtail's page-type registry.

editorial imports no content app: the areas declare their sections in their ``area.py`` (``Area.sections``: a
section key and a list of page types, "app_label" or "app_label.modelname"; ``EDITORIAL_SECTIONS`` in the
settings replaces them all, as the tests do), and a section's roots are the topmost live-or-draft pages of those types in the Vietnamese tree. An area whose
app is not installed, or has no page yet, simply has no roots: ``setup_newsroom`` run again later completes it.
The English edition is an area of its own: the English home page(s).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, get_page_models

from thainguyen_portal.core import areas

ENGLISH = "english"


def area_page_types():
    """Section key -> the page types whose topmost pages are that section's roots."""
    configured = getattr(settings, "EDITORIAL_SECTIONS", None)
    return configured if configured is not None else areas.sections()


def section_keys():
    return [*area_page_types(), ENGLISH]


def _matches(model, specs):
    label = model._meta.app_label
    name = f"{label}.{model._meta.model_name}"
    return any(spec.lower() in (label, name) for spec in specs)


def content_types_for(specs):
    models = [model for model in get_page_models() if _matches(model, specs)]
    return list(ContentType.objects.get_for_models(*models).values()) if models else []


def topmost(pages):
    """Keep only the pages that have no ancestor among `pages` (they come ordered by path)."""
    kept = []
    for page in pages:
        if not any(page.path.startswith(root.path) for root in kept):
            kept.append(page)
    return kept


def section_roots(area):
    """The pages under which `area`'s permissions and workflow apply (a list, maybe empty)."""
    if area == ENGLISH:
        english = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        return list(Page.objects.filter(depth=2, locale__language_code__in=english).order_by("path"))
    specs = area_page_types().get(area, [])
    content_types = content_types_for(specs)
    if not content_types:
        return []
    pages = Page.objects.filter(content_type__in=content_types, locale__language_code=settings.LANGUAGE_CODE)
    return topmost(pages.order_by("path"))


def area_of(page):
    """The area a page belongs to (or None): the area of the closest section root above or at it."""
    best = None
    for area in section_keys():
        for root in section_roots(area):
            if page.path.startswith(root.path) and (best is None or len(root.path) > len(best[1].path)):
                best = (area, root)
    return best[0] if best else None
