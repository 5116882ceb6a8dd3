"""core/operations/moderation.py on a model of no area (auth's groups): the viewset's own actions are served at
<pk>/<route>, refused to anyone without one of their permissions, told the viewset's URL names, and found by the inspect
view."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.http import HttpResponse
from django.urls import include, path, reverse

from thainguyen_portal.core.operations.moderation import Action, ActionView, ModerationViewSet

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


class Echo(ActionView):
    permissions = ("view", "change")

    def get(self, request, pk, number):
        return HttpResponse(f"{pk} {number} {self.index_url_name} {self.inspect_url_name}")


class Touch(ActionView):
    def post(self, request, pk):
        return HttpResponse(f"touched {pk}")


class GroupModeration(ModerationViewSet):
    model = Group
    name = "test_group_moderation"
    url_prefix = "groups"
    form_fields = ["name"]
    actions = [Action("echo", "echo/<int:number>/", Echo), Action("touch", "touch/", Touch)]


viewset = GroupModeration()
urlpatterns = [path("groups/", include((viewset.get_urlpatterns(), viewset.name), namespace=viewset.name))]


def user_with(*codenames):
    user = get_user_model().objects.create_user(username="-".join(codenames))
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="auth", codename__in=codenames))
    return user


def test_an_action_is_served_under_the_item_with_the_viewsets_url_names(client):
    group = Group.objects.create(name="Ban biên tập")
    client.force_login(user_with("view_group"))
    response = client.get(f"/groups/{group.pk}/echo/7/")
    assert response.status_code == 200
    assert response.content.decode() == f"{group.pk} 7 test_group_moderation:index test_group_moderation:inspect"


def test_an_action_is_refused_without_one_of_its_permissions(client):
    group = Group.objects.create(name="Ban biên tập")
    client.force_login(user_with("add_group"))
    assert client.get(f"/groups/{group.pk}/echo/7/").status_code == 403
    client.force_login(user_with("view_group"))
    assert client.post(f"/groups/{group.pk}/touch/").status_code == 403  # "change" only
    client.force_login(user_with("change_group"))
    assert client.post(f"/groups/{group.pk}/touch/").content == f"touched {group.pk}".encode()


def test_the_inspect_view_finds_the_actions_urls():
    group = Group.objects.create(name="Ban biên tập")
    view = viewset.inspect_view_class(**viewset.get_inspect_view_kwargs())
    view.object = group
    assert view.action_url("touch") == reverse("test_group_moderation:touch", args=[group.pk])
    assert view.action_url("echo", 3) == f"/groups/{group.pk}/echo/3/"
