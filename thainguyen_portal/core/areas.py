"""Areas describe, the platform does.

An *area* is a content app (home, news, petitions, multimedia, gazette, travietpub): it owns page types and
everything about them. The *platform* (core, editorial, search, syndication, translation, the sitemap, the demo
command, backup) owns the services every area uses, and knows the areas only through what they declare here.

Each area keeps one module, ``<app>/area.py``, that calls :func:`register` with one :class:`Area`: the newsroom
sections its page types make, the roles and permissions it adds, the workflow its sections go through, its
dashboard panels, home slots, search sources, API resources, feed and video importers, sitemaps, extra public URLs,
private files to back up, its demo seeders (Vietnamese and English) and their order. :func:`areas` finds those
modules the way Django finds ``admin.py`` (``autodiscover_modules("area")``) on first use, in the order of
``INSTALLED_APPS``.

No platform module names an area, its models or its page types (``core/tests/test_area_boundaries.py`` checks it);
an area may import the platform (``thainguyen_portal.*``), never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.module_loading import autodiscover_modules

# The Wagtail hooks the platform reads; an area's declared callables are registered on them (core/wagtail_hooks.py),
# so the platform code that reads the hooks stays as it is.
HOOK_HOME_SLOTS = "portal_home_slots"
HOOK_SEARCH_SOURCES = "portal_search_sources"
HOOK_SEARCH_QUERY_KEYS = "portal_search_query_keys"
HOOK_API_RESOURCES = "portal_api_resources"
HOOK_FEED_ARTICLE_MAKER = "portal_feed_article_maker"
HOOK_VIDEO_IMPORTER = "portal_video_importer"
HOOK_SITEMAPS = "portal_sitemaps"

# Where demo seeders run (DemoStep.order): the platform's dictionary first, the base area (the home pages every
# other area hangs under), the areas, then the newsroom (roles on the sections the areas made), then the English
# edition (it translates the areas' pages).
DEMO_ORDER_FIRST = 0
DEMO_ORDER_BASE = 100
DEMO_ORDER_AREAS = 200
DEMO_ORDER_NEWSROOM = 800
DEMO_ORDER_ENGLISH = 900
DEMO_ORDER_LAST = 1000  # what reads the whole site: the readers' ratings of its pages


@dataclass(frozen=True)
class Grant:
    """Permissions an area gives to a role it does not own (a platform role such as the editors, or another
    area's): page permission kinds on the area's sections, and model permissions as (app_label, codename)."""

    role: str  # the role's key (editorial/roles.py)
    pages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # section key -> page permission kinds
    model_perms: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PrivateFiles:
    """A directory of files kept outside MEDIA_ROOT that ``manage.py backup`` archives (core/operations/backup.py): its
    name in the archive, the setting holding the directory, the model whose rows are counted, and the count's key."""

    name: str
    setting: str
    model: str  # "app_label.ModelName" of the area's own model
    count: str


@dataclass(frozen=True)
class DraftTarget:
    """Where the newsroom turns a field report into a draft (editorial/services.py): a page type of the area, made
    under the first root of `section`, its text in `body_field`."""

    page_type: str  # "app_label.modelname" of the area's own page type
    section: str
    body_field: str = "body"


@dataclass(frozen=True)
class AlertItem:
    """One thing new for a followed topic, in a digest (thainguyen_portal/alerts): a title, an absolute URL, a date
    and an optional note (a document's new status of force)."""

    title: str
    url: str
    date: Any = None
    note: str = ""


@dataclass(frozen=True)
class AlertTopic:
    """A kind of topic readers can follow by e-mail (thainguyen_portal/alerts, docs/alerts.md). A topic is written
    ``"<kind>:<value>"`` ("section:12", "tag:che", "doc-type:quyet-dinh", "doc-field:dat-dai", "document:<slug>").

    * ``describe(value, language)`` -> the topic's name for readers, or None when there is no such topic;
    * ``news(value, since, until, language)`` -> the AlertItem list of what appeared in [since, until);
    * ``state(value)`` -> a JSON-able state of a followed object (a document's status of force and the documents
      amending it), recorded when a digest is sent; ``changes(value, old, new, language)`` -> AlertItem list of
      what differs from the state last sent (so a change reaches each subscriber once);
    * ``label``: the kind as editors read it (a lazy translation, e.g. ``pgettext_lazy("alerts topic kind", "Tag")``),
      shown in the alerts report.
    """

    kind: str
    describe: Callable[[str, str], str | None]
    news: Callable[..., list] | None = None
    state: Callable[[str], Any] | None = None
    changes: Callable[..., list] | None = None
    label: Any = None


@dataclass(frozen=True)
class DemoStep:
    """A demo seeder: ``seed(builder)`` (and ``reset()``, called by ``seed_demo --reset`` in the reverse order),
    run by ``seed_demo`` in ``order`` (the DEMO_ORDER_* bands above)."""

    seed: Callable[[Any], None]
    order: int = DEMO_ORDER_AREAS
    reset: Callable[[], None] | None = None


@dataclass(frozen=True)
class Area:
    label: str  # the app's label
    # The newsroom's sections: section key -> page types ("app_label" or "app_label.modelname") whose topmost
    # Vietnamese pages are the section's roots (editorial/sections.py).
    sections: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple = ()  # editorial.roles.Role: roles the area brings (the gazette's officers)
    grants: tuple[Grant, ...] = ()  # permissions the area adds to roles it does not own
    workflows: tuple = ()  # editorial.roles.WorkflowSpec: workflows the area brings, with its sections
    # section key -> the name of a platform workflow (editorial/roles.py WORKFLOWS) its pages go through
    workflow_sections: Mapping[str, str] = field(default_factory=dict)
    # ``panel(request)`` -> a dashboard Component or None (not for this user); editorial's dashboard shows them
    dashboard_panels: tuple[Callable, ...] = ()
    home_slots: tuple[Callable, ...] = ()  # ``slot(request, home_page)`` -> core.publishing.slots.HomeSlot or None
    search_sources: tuple[Callable, ...] = ()  # non-page objects in the portal's search (core/fulltext)
    search_query_keys: tuple[Callable, ...] = ()
    search_recency: bool = False  # the area's pages are news: a recent date lifts them in the search's ranking
    api_resources: tuple[Callable, ...] = ()  # partner API resources (syndication)
    feed_article_makers: tuple[Callable, ...] = ()  # partner feeds into articles (syndication)
    feed_section_types: tuple[str, ...] = ()  # "app_label.ModelName" of the pages a partner feed's articles go under
    video_importers: tuple[Callable, ...] = ()  # the YouTube channel into draft videos (syndication)
    sitemaps: tuple[Callable, ...] = ()  # ``fn()`` -> {name: Sitemap class} in /sitemap.xml (core/metadata/sitemaps.py)
    # ``fn()`` -> URL patterns served under each language's prefix (/, /en/), beside the page tree
    public_urls: tuple[Callable, ...] = ()
    private_files: tuple[PrivateFiles, ...] = ()
    field_report_drafts: DraftTarget | None = None
    alert_topics: tuple[AlertTopic, ...] = ()  # what readers may follow by e-mail (thainguyen_portal/alerts)
    demo: DemoStep | None = None  # the Vietnamese demo
    english_demo: DemoStep | None = None  # its English edition (after every area's demo; translation/demo.py)
    # The base area: every other area's pages hang under its home pages, so ``seed_demo --only X`` seeds it too.
    base: bool = False

    def hook_contributions(self):
        """(hook name, callable) of everything the area contributes through the platform's hooks."""
        for hook_name, functions in (
            (HOOK_HOME_SLOTS, self.home_slots),
            (HOOK_SEARCH_SOURCES, self.search_sources),
            (HOOK_SEARCH_QUERY_KEYS, self.search_query_keys),
            (HOOK_API_RESOURCES, self.api_resources),
            (HOOK_FEED_ARTICLE_MAKER, self.feed_article_makers),
            (HOOK_VIDEO_IMPORTER, self.video_importers),
            (HOOK_SITEMAPS, self.sitemaps),
        ):
            for function in functions:
                yield hook_name, function


_registry: dict[str, Area] = {}
_discovered = False


def register(area: Area) -> Area:
    """Called once by each ``<app>/area.py``; a second area with the same label is a mistake."""
    if area.label in _registry and _registry[area.label] != area:
        raise ValueError(f"Area {area.label!r} is declared twice.")
    _registry[area.label] = area
    return area


def areas() -> list[Area]:
    """Every declared area, in the order of ``INSTALLED_APPS`` (``area.py`` modules imported on first call)."""
    global _discovered
    if not _discovered:
        autodiscover_modules("area")
        _discovered = True
    from django.apps import apps

    order = {config.label: index for index, config in enumerate(apps.get_app_configs())}
    return sorted(_registry.values(), key=lambda area: order.get(area.label, len(order)))


def area(label: str) -> Area | None:
    return next((found for found in areas() if found.label == label), None)


def alert_topics() -> dict[str, AlertTopic]:
    """Every area's followable topic kinds (Area.alert_topics): kind -> AlertTopic."""
    return {topic.kind: topic for declared in areas() for topic in declared.alert_topics}


def sections() -> dict[str, tuple[str, ...]]:
    """Every area's newsroom sections: section key -> page type specs."""
    result = {}
    for declared in areas():
        for key, specs in declared.sections.items():  # an area may add its page types to another's section
            result[key] = (*result.get(key, ()), *specs)
    return result
