"""What the partner API serves: the resources content apps register with the ``portal_api_resources`` hook.

This app never imports a content app. Each content app describes what it offers in a plain dict, returned by a
function registered in its ``wagtail_hooks.py`` (see docs/syndication.md)::

    @hooks.register("portal_api_resources")
    def api_articles():
        return {
            "name": "articles",                  # the URL segment: /api/v1/articles/
            "label": _("Articles"),
            "queryset": lambda: ArticlePage.objects.live().public(),   # public objects, every language
            "date_field": "date",                # what ?from= and ?to= filter on (DateField or DateTimeField)
            "language_field": "locale__language_code",  # None: everything is Vietnamese
            "order_by": ("-date", "-pk"),
            "type_field": "kind",                # what ?type= filters on (or "type_filter": (queryset, value) -> qs)
            "types": ArticlePage.Kind.choices,
            "section": filter_by_section,        # (queryset, value) -> queryset; ValueError: unknown section
            "items": to_dicts,                   # (objects, request, detail) -> list of plain dicts (public fields)
            "filters": extra_filters,            # optional: (queryset, params) -> queryset for the resource's own
            "parameters": {"q": _("words")},     #   parameters (described in the API's index); ValueError: 400
            "slug_field": "slug",                # optional: the detail also answers at /<resource>/<slug>/
            "ninjs": "text",                     # the ninjs type, when the resource is served in ninjs too
            "order": 10,                         # where it comes in the API's index
        }

The dicts ``items`` returns carry, besides anything of their own, the keys ``id``, ``url`` (absolute),
``language``, ``title``, ``summary``, ``published`` and ``updated`` (datetimes or dates), ``type``, and
optionally ``authors`` (list), ``section`` ({title, url}), ``image`` ({url, width, height, alt}), ``tags``,
``body_html`` (detail only). The API turns dates into ISO strings; the ninjs view maps these keys to ninjs.
"""

from dataclasses import dataclass, field

from wagtail import hooks

RESOURCES_HOOK = "portal_api_resources"


@dataclass(frozen=True)
class Resource:
    name: str
    label: str
    queryset: object
    items: object
    date_field: str
    order_by: tuple = ("-pk",)
    language_field: str | None = None
    type_field: str | None = None
    type_filter: object = None
    types: list = field(default_factory=list)
    section: object = None
    ninjs: str | None = None
    order: int = 100
    filters: object = None
    parameters: dict = field(default_factory=dict)
    slug_field: str | None = None

    @property
    def type_values(self):
        return [value for value, _label in self.types]


def registered_resources():
    """{name: Resource} of every resource the content apps register, in their order."""
    resources = [Resource(**spec) for spec in (fn() for fn in hooks.get_hooks(RESOURCES_HOOK)) if spec]
    return {resource.name: resource for resource in sorted(resources, key=lambda r: (r.order, r.name))}
