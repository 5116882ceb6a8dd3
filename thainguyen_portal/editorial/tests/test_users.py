"""An administrator (the newsroom's role, not a superuser) creates a reporter and chooses the reporter's admin
language on the same form; the reporter then meets the admin in that language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom

PASSWORD = "chè-Tân-Cương-2026"


def test_an_administrator_creates_a_reporter_with_the_admin_language(client, site_tree):
    setup_newsroom()
    client.force_login(UserFactory(username="quantri", role="administrators"))
    form = client.get("/admin/users/new/")
    assert form.status_code == 200
    assert 'name="admin_language"' in form.content.decode()
    reporters = Group.objects.get(name="Phóng viên")
    response = client.post(
        "/admin/users/new/",
        {
            "username": "phongvien.lan",
            "email": "lan@thainguyen.gov.vn",
            "first_name": "Lan",
            "last_name": "Trần Thị",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "admin_language": "vi",
            "groups": [reporters.pk],
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = get_user_model().objects.get(username="phongvien.lan")
    assert UserProfile.get_for_user(user).preferred_language == "vi"
    assert list(user.groups.all()) == [reporters]

    client.force_login(user)
    dashboard = client.get("/admin/").content.decode()
    assert 'lang="vi"' in dashboard


def test_the_edit_form_shows_and_changes_the_admin_language(client, site_tree):
    setup_newsroom()
    client.force_login(UserFactory(username="quantri", role="administrators"))
    user = UserFactory(username="bientap.en", role="english_editors")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    html = client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    assert '<option value="en" selected>' in html
    response = client.post(
        f"/admin/users/edit/{user.pk}/",
        {
            "username": user.username,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "admin_language": "vi",
            "groups": [g.pk for g in user.groups.all()],
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert UserProfile.get_for_user(user).preferred_language == "vi"


def test_a_user_added_without_the_field_gets_the_portals_language(client, site_tree):
    setup_newsroom()
    client.force_login(UserFactory(username="quantri", role="administrators"))
    response = client.post(
        "/admin/users/new/",
        {
            "username": "congtacvien.minh",
            "email": "minh@thainguyen.gov.vn",
            "first_name": "Minh",
            "last_name": "Lê Văn",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "groups": [Group.objects.get(name="Cộng tác viên").pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    user = get_user_model().objects.get(username="congtacvien.minh")
    assert UserProfile.get_for_user(user).preferred_language == "vi"
