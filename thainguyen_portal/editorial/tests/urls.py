"""The project's URLs plus the newsroom's public ones, until the project's urls.py mounts them (see docs/editorial.md:
the same ``path("newsroom/", include(...))`` line)."""

from django.urls import include, path

from thainguyen_portal.urls import handler500  # noqa: F401
from thainguyen_portal.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("newsroom/", include("thainguyen_portal.editorial.urls"))] + project_urlpatterns
