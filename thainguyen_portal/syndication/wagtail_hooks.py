"""Syndication in the admin: partner feeds, social posts, and the "Social networks" view of each page."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_urls
from .models import FeedSource, IngestedItem, SocialPost


# Model viewsets rather than snippets: the page cache starts a new generation of everything when a snippet is
# saved, and feeds record their last run every few minutes.
class FeedSourceViewSet(ModelViewSet):
    model = FeedSource
    icon = "rss"
    menu_label = _("Partner feeds")
    add_to_admin_menu = False
    list_display = [
        "name",
        "url",
        "section",
        "enabled",
        "publish_live",
        "last_success_at",
        "last_item_count",
        "last_error",
    ]
    list_filter = ["enabled", "publish_live"]
    search_fields = ["name", "url"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "url",
        "section",
        "publish_live",
        "fetch_images",
        "enabled",
        "last_run_at",
        "last_success_at",
        "last_item_count",
        "last_error",
        "last_error_at",
    ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Records the system writes: people may look at them (and delete them), not add or change them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in ("add", "change")]
        return super().users_with_any_permission(actions)


# Ingested items are made by ingest_feeds only, social posts on publish and by "post again" only.
register_permission_policy(IngestedItem, ReadOnlyPolicy(IngestedItem))
register_permission_policy(SocialPost, ReadOnlyPolicy(SocialPost))


class IngestedItemViewSet(ModelViewSet):
    model = IngestedItem
    icon = "download"
    menu_label = _("Ingested items")
    list_display = ["title", "kind", "source", "link", "page", "created_at"]
    list_filter = ["kind", "source"]
    search_fields = ["title", "guid", "link"]
    form_fields = ["title"]
    inspect_view_enabled = True
    copy_view_enabled = False


class SocialPostViewSet(ModelViewSet):
    model = SocialPost
    icon = "globe"
    menu_label = _("Social posts")
    list_display = [
        "page",
        "network",
        "status",
        "attempts",
        "external_url",
        "last_error",
        "next_attempt_at",
        "created_at",
    ]
    list_filter = ["network", "status"]
    form_fields = ["message"]
    inspect_view_enabled = True
    copy_view_enabled = False


class SyndicationGroup(ViewSetGroup):
    menu_label = _("Syndication")
    menu_icon = "rss"
    menu_order = 260
    items = (FeedSourceViewSet, IngestedItemViewSet, SocialPostViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return SyndicationGroup()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("syndication/", include(admin_urls, namespace="syndication_admin"))]


class SocialNetworksButton(PageMenuItem):
    """In the page's header menu (edit view, explorer): sharing on publish, the posts and their status."""

    label = _("Social networks")
    icon_name = "globe"
    url_name = "syndication_admin:page_social"

    def is_shown(self, user):
        return self.page.depth > 2 and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def social_networks_button(page, user, view_name, next_url=None):
    yield SocialNetworksButton(page=page, priority=80)
