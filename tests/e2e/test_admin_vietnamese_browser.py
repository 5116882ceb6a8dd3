"""The Vietnamese admin in a browser (#20): what Wagtail's JavaScript renders is Vietnamese too.

tests/test_admin_vietnamese.py reads the HTML the server sends; here Chromium runs Wagtail's scripts and the test
reads what a Vietnamese newsroom user then sees: the rendered text (``innerText``) and the labels a screen reader
reads (title, aria-label, placeholder, alt) of the visible elements, on the screens the journeys visit where
scripts write text — the page editor with its minimap, status panel, schedule dialog and comments, the page
explorer, the image, document and media choosers (the document chooser's upload tab too). A string is "English"
by the same rule as there (``english_strings``: still the msgid of a catalogue, Wagtail's JavaScript catalogue
included); proper names and the demo's content aside.

The users are made as an administrator makes them: a role in the groups ``setup_newsroom`` sets up, not a
superuser, with Vietnamese as their admin language. The sign-in page, shown before the user is known, is
Vietnamese whatever the browser asks for (editorial/login.py).
"""

import re
from pathlib import Path

from tests.test_admin_vietnamese import english_strings

from .admin import make_role_user, open_side_panel, sign_in
from .conftest import E2E

pytestmark = E2E

PASSWORD = "mat-khau-giao-dien-2026"
LABELS = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")

# What the user reads: the rendered text, and the labels of the visible elements.
READ_SCREEN = """(labels) => {
    const strings = [document.body.innerText];
    for (const element of document.querySelectorAll(labels.map((name) => `[${name}]`).join(","))) {
        if (element.checkVisibility && !element.checkVisibility()) continue;
        for (const name of labels) {
            const value = element.getAttribute(name);
            if (value) strings.push(value.replace(/\\s+/g, " "));
        }
    }
    return strings.join("\\n");
}"""


def english_on(page, where=None):
    """The English interface strings on the page (or in one part of it)."""
    if where is None:
        text = page.evaluate(READ_SCREEN, list(LABELS))
    else:
        text = where.evaluate(
            "(root, labels) => [root.innerText, ...[...root.querySelectorAll(labels.map((n) => `[${n}]`).join(','))]"
            ".filter((e) => !e.checkVisibility || e.checkVisibility())"
            ".flatMap((e) => labels.map((n) => e.getAttribute(n)).filter(Boolean))].join('\\n')",
            list(LABELS),
        )
    return english_strings(text, is_html=False)


def make_user(username, role):
    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    return make_role_user(username, role, PASSWORD)


def test_sign_in_page_is_vietnamese_whatever_the_browser_asks(browser, demo_site):
    for locale in ("vi-VN", "en-US"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
        page = context.new_page()
        try:
            page.goto(f"{demo_site.url}/admin/login/")
            page.locator("#id_password").wait_for()
            assert page.locator("h1").inner_text() == "Đăng nhập trang quản trị Wagtail"
            assert page.get_by_label("Mật khẩu").count() == 1
            assert page.get_by_role("button", name="Đăng nhập").count() == 1
            assert english_on(page) == [], locale
            # A wrong password: the error is Vietnamese too.
            page.fill("#id_username", "khong-co-ai")
            page.fill("#id_password", "sai-mat-khau")
            page.click("button[type=submit]")
            page.locator(".messages, .help-critical, [role=alert]").first.wait_for()
            assert english_on(page) == [], f"{locale}, after a wrong password"
        finally:
            context.close()


def test_page_editor_and_explorer_are_vietnamese(browser, demo_site, screenshots):
    """An approver (who may publish, so the status panel offers the schedule) on a news article of the demo."""
    from news.models import ArticlePage

    user = make_user("lanh-dao-giao-dien-e2e", "approvers")
    article = (
        ArticlePage.objects.live().filter(locale__language_code="vi", kind="news").order_by("-first_published_at")
    ).first()
    assert article is not None
    found = {}
    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD)
    try:
        page.goto(f"{demo_site.url}/admin/pages/{article.get_parent().pk}/")
        page.locator("table.listing, .listing").first.wait_for()
        found["explorer"] = english_on(page)

        page.goto(f"{demo_site.url}/admin/pages/{article.pk}/edit/")
        page.locator("[data-minimap-container] button").first.wait_for()
        found["editor"] = english_on(page)

        # The image chooser, from the featured image field.
        page.locator("#id_featured_image-chooser [data-chooser-action-choose]:visible").first.click()
        modal = page.locator(".modal-dialog")
        modal.locator("table, .listing, [data-chooser-modal-choice]").first.wait_for()
        found["image chooser"] = english_on(page, modal)
        modal.get_by_role("tab").nth(1).click()
        found["image chooser upload"] = english_on(page, modal)
        page.keyboard.press("Escape")
        modal.wait_for(state="hidden")

        # The minimap, drawn by React: opened, with its "Collapse all" / "Expand all" button.
        page.locator("[data-minimap-container] button").first.click()
        page.locator(".w-minimap__header, [data-minimap-container] [aria-expanded]").first.wait_for()
        found["minimap"] = english_on(page)

        # The status side panel, then the schedule dialog it opens.
        status = open_side_panel(page, "status")
        found["status panel"] = english_on(page, status)
        page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
        dialog = page.locator("#schedule-publishing-dialog")
        dialog.locator("input").first.wait_for()
        found["schedule dialog"] = english_on(page, dialog)
        page.screenshot(path=str(screenshots / "admin-vi-schedule-dialog-1280.png"))
        page.keyboard.press("Escape")

        # The comments panel, and a new comment's form on the title field.
        open_side_panel(page, "comments")
        page.locator("[data-component='add-comment-button'], .w-field__comment-button").first.click()
        page.locator(".comment textarea, textarea[placeholder]").first.wait_for()
        found["comments"] = english_on(page)
        page.screenshot(path=str(screenshots / "admin-vi-comments-1280.png"))

    finally:
        context.close()
    found = {screen: strings for screen, strings in found.items() if strings}
    assert not found, "English interface strings:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())


def test_media_chooser_is_vietnamese(browser, demo_site):
    from multimedia.models import MultimediaIndexPage

    user = make_user("phong-vien-giao-dien-e2e", "reporters")
    hub = MultimediaIndexPage.objects.get(locale__language_code="vi")
    found = {}
    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD)
    try:
        page.goto(f"{demo_site.url}/admin/pages/add/multimedia/videopage/{hub.pk}/")
        found["video page editor"] = english_on(page)
        page.get_by_role("button", name="Chọn video").first.click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab").first.wait_for()
        found["media chooser"] = english_on(page, modal)
        modal.get_by_role("tab").nth(1).click()
        modal.locator("input[type=file]").first.wait_for()
        found["media chooser upload"] = english_on(page, modal)
    finally:
        context.close()
    found = {screen: strings for screen, strings in found.items() if strings}
    assert not found, "English interface strings:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())


def test_document_chooser_uploads_at_once_and_is_vietnamese(browser, demo_site, screenshots, tmp_path):
    """A gazette officer picks a file in the document chooser's upload tab and presses "Tải lên" at once, before
    Wagtail's script (100 ms later) copies the file's name into the title: the document is made, titled by the
    file's name, instead of the tab coming back with "This field is required." (#20)."""
    from wagtail.documents import get_document_model

    from gazette.pdf import make_pdf

    user = make_user("can-bo-giao-dien-e2e", "gazette_officers")
    pdf = Path(tmp_path) / "Quyết định 981 bản ký số.pdf"
    pdf.write_bytes(make_pdf(["QUYẾT ĐỊNH"], ["Quyết định này có hiệu lực kể từ ngày ký."]))
    found = {}
    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD)
    try:
        page.goto(f"{demo_site.url}/admin/snippets/gazette/legaldocument/add/")
        found["legal document editor"] = english_on(page)
        page.get_by_role("button", name="Thêm tệp").click()
        page.locator("#id_files-0-file-chooser [data-chooser-action-choose]").first.click()
        modal = page.locator(".modal-dialog")
        modal.get_by_role("tab", name="Tải lên").wait_for()
        found["document chooser"] = english_on(page, modal)
        modal.get_by_role("tab", name="Tải lên").click()
        modal.locator("input[type=file]").wait_for()
        found["document chooser upload"] = english_on(page, modal)
        title = modal.get_by_role("textbox", name="Tiêu đề")
        assert title.input_value() == ""
        # The file, then the upload at once: the title is still empty when the form leaves.
        modal.locator("input[type=file]").evaluate(
            """(input, file) => {
                const data = new DataTransfer();
                data.items.add(new File([new Uint8Array(file.bytes)], file.name, {type: "application/pdf"}));
                input.files = data.files;
                input.dispatchEvent(new Event("input", {bubbles: true}));
                input.dispatchEvent(new Event("change", {bubbles: true}));
                input.form.requestSubmit();
            }""",
            {"bytes": list(pdf.read_bytes()), "name": pdf.name},
        )
        try:
            modal.wait_for(state="hidden")
        except Exception:
            raise AssertionError("the upload tab stayed open: " + modal.inner_text()) from None
        chosen = page.locator("#id_files-0-file-chooser")
        assert "Quyết định 981 bản ký số" in chosen.inner_text()
        found["legal document editor, file chosen"] = english_on(page)
        page.screenshot(path=str(screenshots / "admin-vi-document-uploaded-1280.png"))
    finally:
        context.close()
    assert get_document_model().objects.filter(title="Quyết định 981 bản ký số").count() == 1
    found = {screen: strings for screen, strings in found.items() if strings}
    assert not found, "English interface strings:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())


def test_translation_editor_is_vietnamese(browser, demo_site, settings, screenshots):
    """A translator opens a page from "Trang cần dịch" in wagtail-localize's editor: its own strings (two of which it
    writes in English outside gettext: the section title and the action menu's "More actions") and the locales'
    names ("Tiếng Anh", not "English") are Vietnamese."""
    from thainguyen_portal.settings.base import machine_translator_from_env

    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env("dummy")
    user = make_user("bien-dich-giao-dien-e2e", "translators")
    found = {}
    context, page = sign_in(browser, demo_site.url, user.username, PASSWORD)
    try:
        page.goto(f"{demo_site.url}/admin/english-edition/to-translate/")
        found["pages to translate"] = english_on(page)
        page.get_by_role("link", name="Dịch sang tiếng Anh").first.click()
        page.wait_for_url("**/admin/localize/submit/page/*/**")
        found["translate this page"] = english_on(page)
        page.locator("main input[type=submit], main button[type=submit]").first.click()
        page.wait_for_url("**/admin/pages/*/edit/")
        editor = page.locator(".js-translation-editor")
        editor.get_by_role("button", name="Dịch bằng Trình dịch thử").first.wait_for()
        found["translation editor"] = english_on(page)
        page.screenshot(path=str(screenshots / "admin-vi-translation-editor-1280.png"))
        text = page.evaluate(READ_SCREEN, list(LABELS))
        assert "Bản dịch từ Tiếng Việt sang Tiếng Anh" in editor.inner_text()
        assert not re.search(r"\bto \S+ translation\b|More actions", text), text
        assert "Tiếng Anh" in page.locator(".header-meta--locales").inner_text()
        assert "sang Tiếng Anh" in page.locator(".messages").inner_text()
    finally:
        context.close()
    found = {screen: strings for screen, strings in found.items() if strings}
    assert not found, "English interface strings:\n" + "\n".join(f"{k}: {v}" for k, v in found.items())
