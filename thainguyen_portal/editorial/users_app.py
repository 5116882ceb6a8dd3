"""wagtail.users with the newsroom's user forms: INSTALLED_APPS names this instead of "wagtail.users" (users.py)."""

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "thainguyen_portal.editorial.users.NewsroomUserViewSet"
