"""The newsroom's public endpoints (not under /admin/). Mounted in the project's urls.py:
``path("newsroom/", include("thainguyen_portal.editorial.urls"))``."""

from django.urls import path

from . import zalo

app_name = "editorial_public"
urlpatterns = [
    path("zalo/", zalo.webhook, name="zalo_webhook"),
]
