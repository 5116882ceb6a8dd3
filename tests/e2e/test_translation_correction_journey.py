"""A corrected Vietnamese article into the English edition, in Chromium and in Vietnamese (issue #20).

The administrator creates a translator, a second translator (the reviewer of the first step: nobody approves their
own submission) and an English editor through the admin's "add user" form, in the groups `setup_newsroom` makes.
The translator translates a published Vietnamese article that carries a correction (đính chính) in
wagtail-localize's editor, writing the correction's English themselves, and hands it off ("Sẵn sàng, gửi duyệt"):
the page enters "Biên dịch tiếng Anh". The second translator approves "Biên dịch" and the English editor approves
"Duyệt bản tiếng Anh", which publishes: the English article at /en/… shows the English correction, not the
Vietnamese one.
"""

import uuid

from .admin import awaiting_review, create_user_in_admin, english_interface_strings, make_administrator, sign_in
from .conftest import E2E

pytestmark = E2E

CORRECTION_VI = "Bài viết đã sửa số liệu: diện tích chè là 22.500 ha chứ không phải 25.200 ha."
CORRECTION_EN = "Corrected: the tea area is 22,500 ha, not 25,200 ha."


def approve_on_dashboard(browser, url, username, title, label):
    """`username` approves `title` from the dashboard's "Đang chờ bạn duyệt" panel (the translation editor has no
    workflow actions of its own)."""
    context, page = sign_in(browser, url, username)
    try:
        row = awaiting_review(page).locator("tr", has_text=title)
        row.locator("[data-w-dropdown-target='toggle']").click()  # the row's "Thao tác" menu
        approve = row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])")
        assert approve.inner_text().strip() == label
        approve.click()  # posted, then the dashboard again, without the row
        row.wait_for(state="detached")
        assert english_interface_strings(page) == []
    finally:
        context.close()


def test_translator_translates_a_correction_english_editor_publishes(browser, demo_site, settings):
    from wagtail.models import Locale

    from news.factories import ArticleCorrectionFactory, ArticlePageFactory
    from news.models import SectionPage
    from thainguyen_portal.editorial.setup import setup_newsroom
    from thainguyen_portal.settings.base import machine_translator_from_env

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env("dummy")
    code = uuid.uuid4().hex[:6]
    section = SectionPage.objects.get(locale__language_code="vi", slug="kinh-te")
    source = ArticlePageFactory(
        parent=section, title=f"Diện tích chè toàn tỉnh tăng ({code})", slug=f"dien-tich-che-tang-{code}"
    )
    ArticleCorrectionFactory(page=source, text=CORRECTION_VI)
    source.save_revision().publish()
    setup_newsroom()
    administrator = make_administrator(f"quantri-dich-{code}")
    context, page = sign_in(browser, demo_site.url, administrator.username)
    try:
        translator = create_user_in_admin(page, demo_site.url, f"biendich-{code}", "Biên dịch viên")
        reviewer = create_user_in_admin(page, demo_site.url, f"biendich2-{code}", "Biên dịch viên", "Phạm", "Lan")
        english_editor = create_user_in_admin(
            page, demo_site.url, f"bientapanh-{code}", "Biên tập viên tiếng Anh", "Đỗ", "Hà"
        )
    finally:
        context.close()

    # The translator: "Trang cần dịch" → "Dịch sang tiếng Anh" → wagtail-localize's editor.
    context, page = sign_in(browser, demo_site.url, translator.username)
    try:
        page.goto(f"{demo_site.url}/admin/english-edition/to-translate/")
        page.locator("tr", has_text=source.title).get_by_role("link", name="Dịch sang tiếng Anh").click()
        page.wait_for_url("**/admin/localize/submit/page/*/**")
        assert page.locator("input[name=locales]:checked").count() == 1
        page.locator("main input[type=submit], main button[type=submit]").first.click()
        page.wait_for_url("**/admin/pages/*/edit/")
        page.wait_for_selector(".js-translation-editor button")
        # Every segment by the machine translator, then the correction in the translator's own words.
        page.locator(".js-translation-editor").get_by_role("button", name="Dịch bằng Trình dịch thử").first.click()
        assert english_interface_strings(page) == []
        page.wait_for_load_state("load")
        correction = page.locator(".js-translation-editor li", has=page.get_by_text(CORRECTION_VI, exact=True)).last
        correction.locator("button").first.click()  # "Sửa", the machine's English being there
        correction.locator("textarea").fill(CORRECTION_EN)
        correction.get_by_role("button", name="Lưu").click()
        correction.get_by_text(CORRECTION_EN).wait_for()
        correction.locator(".icon-spinner").wait_for(state="detached")  # "Đang lưu..." until it is stored
        handoff = page.locator("[data-translation-handoff]").get_by_role("button", name="Sẵn sàng, gửi duyệt")
        handoff.click()
        page.wait_for_url("**/admin/pages/*/edit/")
        assert "Biên dịch tiếng Anh" in page.locator(".messages").inner_text()
    finally:
        context.close()

    english = source.get_translation(Locale.objects.get(language_code="en"))
    assert not english.live and english.workflow_in_progress
    assert english.current_workflow_task.name == "Biên dịch"
    assert [c.text for c in english.get_latest_revision_as_object().corrections.all()] == [CORRECTION_EN]
    title = english.get_admin_display_title()

    # The second translator approves "Biên dịch"; the English editor approves "Duyệt bản tiếng Anh" and publishes.
    approve_on_dashboard(browser, demo_site.url, reviewer.username, title, "Duyệt")
    english.refresh_from_db()
    assert english.current_workflow_task.name == "Duyệt bản tiếng Anh" and not english.live
    approve_on_dashboard(browser, demo_site.url, english_editor.username, title, "Duyệt")
    english.refresh_from_db()
    assert english.live and english.url.startswith("/en/")

    # A reader of the English edition sees the English correction, and no Vietnamese one.
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    try:
        response = page.goto(f"{demo_site.url}{english.url}")
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == "en"
        corrections = page.locator(".article__corrections")
        assert CORRECTION_EN in corrections.inner_text()
        assert CORRECTION_VI not in page.content()
        assert "22.500 ha chứ không phải" not in page.locator("body").inner_text()
    finally:
        context.close()
