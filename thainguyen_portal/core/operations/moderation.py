"""What readers send, handled by staff in the admin: the shape of an area's moderation viewset.

The petitions received (news/petitions/admin_views.py) and the comments on drafts (gazette/consultations/
wagtail_hooks.py) are both a Wagtail ``ModelViewSet`` of the area's model, made by :class:`ModerationViewSet`:

- a row of the list opens the item to read (the inspect view), not the edit form;
- no copy view; the search runs in the ORM (a short table, where a code or a name must match as typed);
- the viewset's own actions (publish a comment, turn a petition into a page, download an attachment), declared as
  :class:`Action` and served at ``<pk>/<route>``: views refused to anyone without one of their ``permissions`` on
  the model (the viewset's permission policy), given the viewset's index and inspect URL names to go back to. The
  inspect view finds each action's URL with ``action_url(name)``, to show its button or link.

The area gives the model, the actions and the templates: nothing here knows an area.
"""

from typing import NamedTuple

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.views import View
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from ..upstream import wagtail as upstream


class ModerationIndexView(upstream.TitleLinksToInspectMixin, IndexView):
    """A row opens the item to read (the inspect view), not the edit form."""


class ModerationInspectView(InspectView):
    """The item to read; ``action_url(name, *args)``: the URL of one of the viewset's actions on it."""

    action_url_names = {}

    def action_url(self, name, *args):
        return reverse(self.action_url_names[name], args=[self.object.pk, *args])


class ActionView(View):
    """One of the viewset's own views: staff with one of ``permissions`` on the model only."""

    permission_policy = None
    permissions = ("change",)
    index_url_name = None
    inspect_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, self.permissions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class Action(NamedTuple):
    """An action of the viewset: ``view`` (an :class:`ActionView`) at ``<pk>/<route>``, its URL named ``name``."""

    name: str
    route: str
    view: type[ActionView]


class ModerationViewSet(ModelViewSet):
    index_view_class = ModerationIndexView
    inspect_view_enabled = True
    inspect_view_class = ModerationInspectView
    copy_view_enabled = False
    search_backend_name = None
    actions = ()

    def get_inspect_view_kwargs(self, **kwargs):
        names = {action.name: self.get_url_name(action.name) for action in self.actions}
        return super().get_inspect_view_kwargs(action_url_names=names, **kwargs)

    def get_urlpatterns(self):
        url_names = {"index_url_name": self.get_url_name("index"), "inspect_url_name": self.get_url_name("inspect")}
        return super().get_urlpatterns() + [
            path(
                f"<int:pk>/{action.route}",
                action.view.as_view(permission_policy=self.permission_policy, **url_names),
                name=action.name,
            )
            for action in self.actions
        ]
