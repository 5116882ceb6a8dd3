"""The views a routable page serves besides itself (a form, its notice, a lookup, a print view), rendered as the
page's own templates are: with ``page``, ``self`` and ``request`` in the context.

Not ``page.render()``: that runs the page's ``get_context`` first (a listing's queries) for a template that does not
show it. A view that shows what one reader typed or was given (a form bound to their input, its CSRF token, a
tracking code) is ``private``: neither the page cache (core/publishing/pagecache.py) nor a browser, nginx or a CDN keeps
it.
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .pagecache import never_page_cache


def render_route(request, page, template, context=None, status=200, private=False):
    if private:
        never_page_cache(request)
    response = TemplateResponse(
        request, template, {"page": page, "self": page, "request": request, **(context or {})}, status=status
    )
    if private:
        add_never_cache_headers(response)
    return response
