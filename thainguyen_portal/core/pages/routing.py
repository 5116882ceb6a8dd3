"""Routing a URL to a page in two queries, whatever its depth.

Wagtail's own routing costs two queries per level (the child, then its specific object): six for an article in a
subsection. Here the pages of the URL are found at once by their ``url_path`` (with the ancestors of the page
routing, for the breadcrumbs), then the deepest one is fetched as its specific type. Routable pages
(RoutablePageMixin) keep their precedence: a page whose own routes match the rest of the URL takes it, as in
Wagtail. The ancestors are kept on the request (``trail``) for the breadcrumbs and the JSON-LD.

It re-implements Wagtail's ``Page.route`` (Wagtail 8.0.1): ``core/tests/test_upstream_parity.py`` checks that it gives
Wagtail's result for every page of a representative tree, and ``PORTAL_FAST_ROUTING = False`` falls back to Wagtail's
own routing (docs/upstream.md).
"""

from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from ..upstream.wagtail import set_cached_parent

# At most this many URL components are looked up at once; a deeper URL continues from the deepest page found.
MAX_COMPONENTS = 12


def _own_routes_match(page_class, components):
    if not issubclass(page_class, RoutablePageMixin):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(components) + "/")
    except Http404:
        return False
    return True


def route_by_url_path(page, request, path_components):
    """Route `path_components` below `page`; None when no page below it matches the first component."""
    components = path_components[:MAX_COMPONENTS]
    candidates = [page.url_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]
    steplen = page.steplen
    ancestor_paths = [page.path[: steplen * depth] for depth in range(2, page.depth)]
    condition = Q(url_path__in=candidates, path__startswith=page.path)
    if ancestor_paths:
        condition |= Q(path__in=ancestor_paths)
    rows = list(Page.objects.filter(condition).order_by("depth"))
    ancestors = [row for row in rows if row.depth < page.depth]
    below = {row.url_path: row for row in rows if row.depth > page.depth}
    chain = []
    for candidate in candidates:
        row = below.get(candidate)
        if row is None or (chain and row.depth != chain[-1].depth + 1):
            break
        chain.append(row)
    if not chain:
        return None
    # Walk down like Wagtail: a routable page on the way takes the rest of the URL if its own routes match it.
    stop = len(chain) - 1
    for index, row in enumerate(chain[:-1]):
        remaining = path_components[index + 1 :]
        if row.live and _own_routes_match(row.specific_class, remaining):
            stop = index
            break
    row = chain[stop]
    remaining = path_components[stop + 1 :]
    model = row.specific_class or Page
    queryset = model.routing_queryset() if hasattr(model, "routing_queryset") else model.objects.all()
    target = queryset.get(pk=row.pk)
    parent = chain[stop - 1] if stop else page
    set_cached_parent(target, parent)
    # The next component is not a child of the target (or there is none): its own routes or a 404 decide.
    target._portal_children_known = stop == len(chain) - 1 and len(components) == len(path_components)
    request._portal_trail = ancestors + [page] + chain[:stop]
    return target.route(request, remaining)


def trail(request, page):
    """The live ancestors of `page` from its home page down: from the router when it served `page`, else one
    query."""
    found = getattr(request, "_portal_trail", None) if request is not None else None
    if found and found[-1].path == page.path[: -page.steplen] and found[0].depth <= 2:
        return [ancestor for ancestor in found if ancestor.live and ancestor.depth >= 2]
    return list(page.get_ancestors().filter(depth__gte=2).live().only("id", "title", "url_path", "depth", "path"))
