from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from thainguyen_portal.core.models import Menu, PortalSettings

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live_pages": Page.objects.live().count(),
        "home_pages": HomePage.objects.count(),
        "standard_pages": StandardPage.objects.count(),
        "images": get_image_model().objects.count(),
        "menus": Menu.objects.count(),
        "settings": PortalSettings.objects.count(),
        "sites": Site.objects.count(),
        "locales": Locale.objects.count(),
    }


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


# Idempotency and --reset are the demo framework's (DemoBuilder, seed_demo): tried on the home area alone, which
# costs seconds; every area's own demo test checks that seeding it again over the whole demo changes nothing.
def test_seed_demo_is_idempotent():
    seed("--only", "home")
    first = counts()
    seed("--only", "home")
    assert counts() == first
    assert first["home_pages"] == 2  # Vietnamese and English
    assert first["standard_pages"] >= 4
    assert first["menus"] == 4  # main and footer, in both languages


def test_seed_demo_reset_rebuilds_the_same_site():
    seed("--only", "home")
    first = counts()
    seed("--reset", "--only", "home")
    assert counts() == first


def test_seed_demo_only_seeds_the_areas_asked_for_and_refuses_unknown_ones():
    seed("--only", "home")
    assert HomePage.objects.count() == 2
    assert not Page.objects.filter(depth__gt=2).exclude(content_type__model="standardpage").exists()
    with pytest.raises(CommandError, match="No demo content for nowhere"):
        seed("--only", "nowhere")


def test_seed_demo_builds_a_bilingual_site(client, demo):
    vi_home = HomePage.objects.get(locale__language_code="vi")
    en_home = HomePage.objects.get(locale__language_code="en")
    assert en_home.translation_key == vi_home.translation_key
    assert Site.objects.get(is_default_site=True).root_page_id == vi_home.pk
    assert not Page.objects.filter(title__startswith="Welcome to").exists()
    home = client.get("/").content.decode()
    assert "Giới thiệu" in home and "Liên hệ" in home
    english = client.get("/en/").content.decode()
    assert "About Thai Nguyen" in english
    assert "Giới thiệu" not in english
    for page in StandardPage.objects.live():
        assert client.get(page.url).status_code == 200, page.url


def test_seed_demo_refuses_production_settings():
    with override_settings(PORTAL_ENVIRONMENT="production"), pytest.raises(CommandError, match="production"):
        seed()
    assert not HomePage.objects.exists()


def test_seed_demo_prints_the_demo_login_once_in_development():
    with override_settings(PORTAL_ENVIRONMENT="development"):
        first = seed("--only", "home")
        second = seed("--only", "home")
    assert "username: admin" in first and "password: " in first
    assert "password: " not in second
    password = first.split("password: ", 1)[1].split()[0]
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)


def test_seed_demo_makes_no_admin_outside_development():
    seed("--only", "home")
    assert not get_user_model().objects.exists()


def test_seed_demo_names_the_address_the_portal_is_served_on():
    with override_settings(PORTAL_ENVIRONMENT="development", WAGTAILADMIN_BASE_URL="http://127.0.0.1:8765"):
        out = seed("--only", "home")
    assert "Demo administrator (shown once): http://127.0.0.1:8765/admin/" in out
    assert "8000" not in out
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8765)
