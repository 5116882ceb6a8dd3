"""Language from the URL alone.

Django's LocaleMiddleware, with ``prefix_default_language=False``, still consults cookies and Accept-Language
for unprefixed URLs and adds ``Vary: Accept-Language`` to every Vietnamese page, which splits shared caches
(nginx, a CDN) into one copy per browser language. On this portal the URL alone decides: ``/en/...`` is
English, everything else Vietnamese, so a cached page is the same for everyone.
"""

from django.conf import settings
from django.utils import translation


class PathLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
