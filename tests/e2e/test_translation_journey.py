"""The English edition in a browser: a translator (English editor: translates and publishes) finds a Vietnamese
page in "Pages to translate", translates it in wagtail-localize's editor with the dummy machine translator and
publishes it; a reader reads it at /en/… and switches between the languages. axe on the public pages."""

import uuid

from wagtail.rich_text import RichText

from .admin import make_role_user, sign_in
from .conftest import E2E, serious_violations, watch_console

pytestmark = E2E

PASSWORD = "mat-khau-bien-dich-2026"


def test_translator_translates_and_publishes_reader_switches_languages(browser, demo_site, settings):
    from thainguyen_portal.editorial.roles import ENGLISH_EDITORS

    source, code = page_to_translate(
        settings,
        "Hợp tác quốc tế",
        "hop-tac-quoc-te",
        intro="Thái Nguyên mở rộng hợp tác với các địa phương nước ngoài.",
        body=[("paragraph", RichText("<p>Tỉnh đã ký kết thỏa thuận hợp tác với nhiều đối tác.</p>"))],
    )
    user = make_role_user(f"bientapanh{code}", ENGLISH_EDITORS, PASSWORD, language="en")

    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD, locale=None)
    try:
        # Reports → Pages to translate → the Vietnamese page → "Translate into English".
        page.goto(f"{demo_site.url}/admin/english-edition/to-translate/")
        row = page.locator("tr", has_text=source.title)
        row.get_by_role("link", name="Translate into English").click()
        page.wait_for_url("**/admin/localize/submit/page/*/**")
        assert page.locator("input[name=locales]:checked").count() == 1
        page.get_by_role("button", name="Submit").click()
        # wagtail-localize's editor opens on the English draft, with the glossary beside it.
        page.wait_for_url("**/admin/pages/*/edit/")
        page.wait_for_selector(".js-translation-editor button")
        assert page.locator("[data-translation-glossary]").count() == 1
        page.get_by_role("button", name="Translate with Dummy translator").click()
        page.wait_for_load_state("load")
        page.get_by_role("button", name="Publish in English").click()
        page.wait_for_load_state("load")
    finally:
        context.close()

    english = source.get_translation(source.locale.__class__.objects.get(language_code="en"))
    assert english.live
    assert english.url.startswith("/en/")

    reader = browser.new_context(viewport={"width": 390, "height": 844})
    page = reader.new_page()
    errors = watch_console(page)
    try:
        page.goto(f"{demo_site.url}{english.url}")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator("h1").first.inner_text().strip() == english.title
        assert serious_violations(page) == []
        page.locator(".language-switcher a[hreflang=vi]").click()
        page.wait_for_url(f"**{source.url}")
        assert page.locator("html").get_attribute("lang") == "vi"
        assert source.title in page.locator("h1").first.inner_text()
        assert serious_violations(page) == []
        page.locator(".language-switcher a[hreflang=en]").click()
        page.wait_for_url(f"**{english.url}")
        # The English home page and its curated sections.
        page.goto(f"{demo_site.url}/en/")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.get_by_role("link", name="Invest in Thai Nguyen").count() == 1
        assert serious_violations(page) == []
    finally:
        reader.close()
    assert errors == []


def page_to_translate(settings, title, slug, **fields):
    """The dummy machine translator on, and a live Vietnamese page under the home page, its title and slug made
    unique with a code (returned too: the users of the test are named with it)."""
    from home.factories import StandardPageFactory
    from home.models import HomePage
    from thainguyen_portal.editorial.setup import setup_newsroom
    from thainguyen_portal.settings.base import machine_translator_from_env

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env("dummy")
    code = uuid.uuid4().hex[:6]
    home = HomePage.objects.get(locale__language_code="vi")
    source = StandardPageFactory(parent=home, title=f"{title} {code}", slug=f"{slug}-{code}", **fields)
    source.save_revision().publish()
    setup_newsroom()
    return source, code


def test_translator_hands_off_english_editor_sees_it_waiting(browser, demo_site, settings):
    """The hand-off: a translator translates and marks the page "Ready for review" in wagtail-localize's editor;
    the English editor's dashboard lists it as waiting for review."""
    from thainguyen_portal.editorial.roles import ENGLISH_EDITORS, TRANSLATORS

    source, code = page_to_translate(
        settings, "Du lịch hồ Núi Cốc", "du-lich-ho-nui-coc", intro="Hồ Núi Cốc đón khách quanh năm."
    )
    translator = make_role_user(f"biendich{code}", TRANSLATORS, PASSWORD, language="en")
    editor = make_role_user(f"bientapanh{code}", ENGLISH_EDITORS, PASSWORD, language="en")

    context, page = sign_in(browser, demo_site.url, translator.username, PASSWORD, locale=None)
    try:
        page.goto(f"{demo_site.url}/admin/english-edition/to-translate/")
        page.locator("tr", has_text=source.title).get_by_role("link", name="Translate into English").click()
        page.wait_for_url("**/admin/localize/submit/page/*/**")
        page.get_by_role("button", name="Submit").click()
        page.wait_for_url("**/admin/pages/*/edit/")
        page.wait_for_selector(".js-translation-editor button")
        page.get_by_role("button", name="Translate with Dummy translator").click()
        page.wait_for_load_state("load")
        page.locator("[data-translation-handoff]").get_by_role("button", name="Ready for review").click()
        page.wait_for_url("**/admin/pages/*/edit/")
        assert "is ready for review" in page.content()
    finally:
        context.close()

    english = source.get_translation(source.locale.__class__.objects.get(language_code="en"))
    assert not english.live and english.workflow_in_progress

    context, page = sign_in(browser, demo_site.url, editor.username, PASSWORD, locale=None)
    try:
        waiting = page.locator("[data-translation-awaiting-review]")
        assert english.get_admin_display_title() in waiting.inner_text()
    finally:
        context.close()
