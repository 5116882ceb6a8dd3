"""The public petition routes of the petitions page: the submission form, its thank-you page and the tracking page.

Vietnamese URLs under the Vietnamese page (`/tin-tuc/phan-anh-kien-nghi/gui/`, `.../gui/cam-on/`,
`.../tra-cuu/`), English ones under an English translation (`/en/.../submit/`, `.../submit/thanks/`,
`.../track/`). Both spellings resolve everywhere; links use the one of the active language. The views are in
views.py (imported when called: this module is imported by models.py).
"""

from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

ROUTES = {
    # name: (Vietnamese route, English route)
    "submit": ("gui/", "submit/"),
    "thanks": ("gui/cam-on/", "submit/thanks/"),
    "track": ("tra-cuu/", "track/"),
}


class PetitionRoutesMixin(RoutablePageMixin):
    @path(ROUTES["submit"][0], name="petition_submit")
    @path(ROUTES["submit"][1], name="petition_submit_en")
    def petition_submit(self, request):
        from .views import submit

        return submit(request, self)

    @path(ROUTES["thanks"][0], name="petition_thanks")
    @path(ROUTES["thanks"][1], name="petition_thanks_en")
    def petition_thanks(self, request):
        from .views import thanks

        return thanks(request, self)

    @path(ROUTES["track"][0], name="petition_track")
    @path(ROUTES["track"][1], name="petition_track_en")
    def petition_track(self, request):
        from .views import track

        return track(request, self)

    def petition_url(self, name, request=None):
        """The URL of one of the routes ("submit", "thanks", "track") in the active language."""
        english = (translation.get_language() or "").startswith("en")
        return self.get_url(request) + ROUTES[name][1 if english else 0]

    def submit_url(self):
        return self.petition_url("submit")

    def track_url(self):
        return self.petition_url("track")
