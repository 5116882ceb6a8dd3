"""The admin makes the same Vietnamese slug in the browser as the server does."""

from django.contrib.auth import get_user_model

from .admin import sign_in
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-bien-tap-2026"


def test_typing_a_vietnamese_title_fills_an_ascii_slug(browser, demo_site):
    from playwright.sync_api import expect

    from home.models import HomePage

    get_user_model().objects.create_superuser("bientap", "bt@example.invalid", PASSWORD)
    home = HomePage.objects.get(locale__language_code="vi")
    context, page = sign_in(browser, demo_site.url, "bientap", PASSWORD, locale=None)
    try:
        page.goto(f"{demo_site.url}/admin/pages/add/home/standardpage/{home.pk}/")
        page.click("#id_title")
        page.keyboard.type("Đường lên Tân Cương")
        page.keyboard.press("Tab")
        # The title is synced to the slug after a short debounce.
        expect(page.locator("#id_slug")).to_have_value("duong-len-tan-cuong")
    finally:
        context.close()
