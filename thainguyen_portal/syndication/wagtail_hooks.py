"""Syndication in the admin: partner feeds, social posts, and the "Social networks" view of each page."""

from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_urls
from .models import FeedSource, IngestedItem, SocialPost, SocialShare
from .social import configured_networks


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


def sharing_note(page):
    """What publishing `page` does on the social networks, in one line, or None when there is nothing to say.

    Whether a page will be shared is kept outside its revisions (SocialShare), so a workflow's review does not show
    it: the edit view, where approvers review and approve, says it. A page marked for sharing always gets the line;
    while the page is in a workflow, so does one that will not be shared."""
    share = SocialShare.objects.filter(page_id=page.pk, enabled=True).first()
    in_review = page.workflow_in_progress
    if share is None:
        return gettext("Social networks: publishing this page does not share it.") if in_review else None
    networks = configured_networks()
    if not networks:
        return gettext(
            "Social networks: this page is marked for sharing, but no social network is configured, so publishing it "
            "shares nothing."
        )
    # As queue_posts(): a network the page was already posted to is not posted to again on publish.
    posted = set(SocialPost.objects.filter(page_id=page.pk).values_list("network", flat=True))
    pending = [network for network in networks if network not in posted]
    if not pending:
        if not in_review:
            return None
        return gettext(
            "Social networks: this page has already been shared; publishing it again does not share it again."
        )
    labels = ", ".join(str(SocialPost.Network(network).label) for network in pending)
    note = gettext("Social networks: publishing this page shares it on %(networks)s.") % {"networks": labels}
    if share.message:
        return note + " " + gettext("Message: “%(message)s”") % {"message": share.message}
    return note + " " + gettext("Message: the page's social text or summary.")


@hooks.register("before_edit_page")
def show_social_sharing(request, page):
    if request.method != "GET" or page.depth <= 2:
        return None
    note = sharing_note(page)
    if note:
        url = reverse("syndication_admin:page_social", args=[page.pk])
        messages.info(request, note, buttons=[messages.button(url, gettext("Social networks"))])
    return None
