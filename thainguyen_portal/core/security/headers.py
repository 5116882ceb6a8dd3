"""Security headers on every response: the Content Security Policy (strict for the public site, looser
for the admin) and the Permissions-Policy, both from settings (CSP_PUBLIC, CSP_ADMIN, PERMISSIONS_POLICY)."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Content Security Policy and Permissions-Policy.

    The public site gets a strict policy: scripts and styles only from our own files (no inline script, no inline
    style), frames only from the video and social services editors embed. The Wagtail admin cannot run under it
    (inline scripts and styles), so `/admin/` — and public pages seen by signed-in editors, which carry the
    admin's user bar — get a looser one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            signed_in = getattr(getattr(request, "user", None), "is_authenticated", False)
            admin = request.path_info.startswith("/admin/") or signed_in
            response["Content-Security-Policy"] = settings.CSP_ADMIN if admin else settings.CSP_PUBLIC
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
