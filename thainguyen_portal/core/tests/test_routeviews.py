"""core/publishing/routeviews.py: a routable page's own view is rendered with the page as the page's templates see it,
and a private one is kept by no cache (neither the page cache nor a browser, nginx or a CDN)."""

from django.template import engines
from django.test import RequestFactory

from thainguyen_portal.core.publishing.routeviews import render_route

TEMPLATE = engines["django"].from_string("{{ page }}/{{ self }}/{{ request.path }}/{{ note }}")


def test_a_route_is_rendered_with_the_page_and_may_be_cached():
    request = RequestFactory().get("/gop-y/da-gui/")
    response = render_route(request, "Dự thảo", TEMPLATE, {"note": "ok"}).render()
    assert response.status_code == 200
    assert response.content.decode() == "Dự thảo/Dự thảo//gop-y/da-gui//ok"
    assert not response.has_header("Cache-Control")
    assert not getattr(request, "_portal_no_page_cache", False)


def test_a_private_route_is_kept_by_no_cache():
    request = RequestFactory().get("/gop-y/")
    response = render_route(request, "Dự thảo", TEMPLATE, status=404, private=True).render()
    assert response.status_code == 404
    assert {"no-cache", "no-store", "private"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert request._portal_no_page_cache is True
