"""The Vietnamese admin is Vietnamese (#20 item 4): every screen of the newsroom's day, walked as each role with the
admin language set to Vietnamese, shows no English interface string, Wagtail's and wagtail-localize's included.

An interface string is a visible text node or an attribute a user reads (title, aria-label, placeholder, alt, the
value of a button). It is "English" when it is still the msgid of a catalogue (Django's, Wagtail's,
wagtail-localize's, wagtailmedia's or ours) — a string nobody translated. Proper names, brand names, codes and the
English content the test itself creates are allowed (ALLOWED).
"""

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.core import mail
from django.utils import translation
from wagtail.models import Collection
from wagtail.users.models import UserProfile
from wagtail_factories import ImageFactory

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[1]
PACKAGES = ("django", "wagtail", "wagtail_localize", "wagtailmedia")

# Not translated on purpose: proper names, brand names, codes, and the English edition's own content.
ALLOWED = {
    "Wagtail",
    "Zalo",
    "YouTube",
    "Facebook",
    "Vimeo",
    "Google",
    "Google Analytics",
    "DeepL",
    "English",
    "Tiếng Việt",
    "Home",  # the English home page's title (content)
    "ID",
    "URL",
    "URL:",
    "OK",
    "PDF",
    "CSV",
    "XLSX",
    "HTML",
    "JSON",
    "API",
    "SVG",
    "GIF",
    "JPEG",
    "PNG",
    "WebP",
    "AVIF",
    "HEIC",
    "video",  # Vietnamese too
    "None",  # Wagtail's hidden side-panel counter, Python's None until its script writes a number (never shown)
}


def _catalogue_files():
    for package in PACKAGES:
        root = Path(__import__(package).__file__).parent
        # The English catalogues hold every msgid (the Vietnamese ones only those a translator ever saw).
        for language in ("en", "vi"):
            yield from root.glob(f"**/locale/{language}/LC_MESSAGES/django.po")
            yield from root.glob(f"**/locale/{language}/LC_MESSAGES/djangojs.po")
    yield from (p for p in BASE_DIR.glob("**/locale/vi/LC_MESSAGES/django.po") if ".venv" not in p.parts)


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


def _english_msgids():
    exact, patterns, same = set(), {}, set()
    for path in _catalogue_files():
        for entry in polib.pofile(str(path)):
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                text = " ".join(msgid.split())
                if not re.search(r"[A-Za-z]{2}", text) or "<" in text:
                    continue
                if PLACEHOLDER.search(text):
                    parts = PLACEHOLDER.split(text)
                    if not re.search(r"[A-Za-z]{3}", "".join(parts)):
                        continue  # "%(class_name)s %(instance)s", "%(field_label)s:": no English of their own
                    patterns[text] = re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$")
                else:
                    exact.add(text)
            # Translated into the same words ("%(size)d byte": Vietnamese says "byte" too) is translated.
            if entry.msgstr == entry.msgid or entry.msgstr_plural.get(0) == entry.msgid:
                same.add(" ".join(entry.msgid.split()))
    for text in same:
        exact.discard(text)
        patterns.pop(text, None)
    return exact, patterns


_MSGIDS = None


def english_msgids():
    global _MSGIDS
    if _MSGIDS is None:
        _MSGIDS = _english_msgids()
    return _MSGIDS


class InterfaceStrings(HTMLParser):
    # A <template>'s content is the interface too (Wagtail's dialogs, the schedule one among them, are teleported
    # from one); a <textarea>'s is what the user typed.
    SKIP = {"script", "style", "textarea"}
    READ_ATTRS = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.SKIP:
            self.skipping += 1
        for name in self.READ_ATTRS:
            if attrs.get(name):
                self.strings.append(attrs[name])
        if tag in ("input", "button") and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.strings.append(attrs["value"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.SKIP:
            self.skipping -= 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.strings.append(data)


def english_strings(text, is_html=True, content=()):
    if is_html:
        parser = InterfaceStrings()
        parser.feed(text)
        strings = parser.strings
    else:
        strings = text.splitlines()
    exact, patterns = english_msgids()
    found = []
    for string in strings:
        string = " ".join(string.split())
        if not string or string in ALLOWED or string in content:
            continue
        candidates = {string, string.rstrip(":").strip(), string.rstrip(".…").strip()}
        if candidates & exact or re.search(r"[A-Za-z]{3}", string) and any(p.match(string) for p in patterns.values()):
            found.append(string)
    return sorted(set(found))


# --- Wagtail's templates that hard-code an English string, overridden with it translated ---------------------------
OVERRIDES = {
    "wagtailadmin/home.html": ('value="Search"', "value=\"{% trans 'Search' %}\""),
    "wagtailadmin/shared/header.html": ('value="Search"', "value=\"{% trans 'Search' %}\""),
    "wagtailadmin/shared/headers/_actions.html": ('aria-label="Actions"', "aria-label=\"{% trans 'Actions' %}\""),
}


@pytest.mark.parametrize("name", OVERRIDES)
def test_overridden_wagtail_templates_differ_from_wagtails_only_by_the_translation(name):
    """A Wagtail upgrade that changes one of these templates fails here: copy it again, translating the string."""
    import wagtail.admin

    upstream = (Path(wagtail.admin.__file__).parent / "templates" / name).read_text()
    ours = (BASE_DIR / "thainguyen_portal/editorial/templates" / name).read_text()
    english, translated = OVERRIDES[name]
    ours_lines = [line for line in ours.splitlines() if "#20 item 4" not in line]
    if "{% load i18n %}" in ours_lines and "{% load i18n %}" not in upstream.splitlines():
        ours_lines.remove("{% load i18n %}")
    assert ours_lines == upstream.replace(english, translated).splitlines()


# --- The newsroom and its day -------------------------------------------------------------------------------------


@pytest.fixture
def newsroom_vi(settings, site_tree):
    from gazette.factories import LegalDocumentFactory
    from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.roles import roles
    from thainguyen_portal.editorial.setup import setup_newsroom

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "https://cms.thainguyen.example"
    news_index = NewsIndexPageFactory(parent=site_tree.home)
    section = SectionPageFactory(parent=news_index, title="Thời sự", slug="thoi-su")
    live = ArticlePageFactory(parent=section, title="Bài đã đăng", slug="bai-da-dang")
    setup_newsroom()
    users = {role.key: UserFactory(username=role.key, role=role.key) for role in roles()}
    UserProfile.objects.filter(user__in=users.values()).update(preferred_language="vi")
    for user in users.values():
        UserProfile.get_for_user(user)
        UserProfile.objects.filter(user=user).update(preferred_language="vi")
    draft = ArticlePageFactory(parent=section, title="Bài nháp", slug="bai-nhap", live=False)
    draft.save_revision(user=users["reporters"])
    moderated = ArticlePageFactory(parent=section, title="Bài chờ duyệt", slug="bai-cho-duyet", live=False)
    revision = moderated.save_revision(user=users["reporters"])
    mail.outbox.clear()
    workflow = moderated.get_workflow()
    assert workflow is not None
    workflow.start(moderated, users["reporters"])
    # One at the approvers' step (the editors passed it), one sent back to its author.
    at_approvers = ArticlePageFactory(parent=section, title="Bài chờ lãnh đạo", slug="bai-cho-lanh-dao", live=False)
    at_approvers.save_revision(user=users["reporters"])
    workflow.start(at_approvers, users["reporters"])
    at_approvers.current_workflow_task_state.approve(user=users["editors"])
    sent_back = ArticlePageFactory(parent=section, title="Bài cần sửa", slug="bai-can-sua", live=False)
    sent_back.save_revision(user=users["reporters"])
    workflow.start(sent_back, users["reporters"])
    sent_back.current_workflow_task_state.reject(user=users["editors"], comment="Cần thêm nguồn tin.")
    legal = LegalDocumentFactory()
    image = ImageFactory(title="Đồi chè Tân Cương", collection=Collection.get_first_root_node())
    return {
        "section": section,
        "live": live,
        "draft": draft,
        "moderated": moderated,
        "revision": revision,
        "users": users,
        "legal": legal,
        "image": image,
        "at_approvers": at_approvers,
        "sent_back": sent_back,
        "news_index": news_index,
        "site_tree": site_tree,
    }


def screens(n):
    """(role, screen name, url) of each role's day."""
    section, draft, moderated, live = n["section"], n["draft"], n["moderated"], n["live"]
    common = [
        ("dashboard", "/admin/"),
        ("account", "/admin/account/"),
        ("images", "/admin/images/"),
        ("image add", "/admin/images/multiple/add/"),
        ("documents", "/admin/documents/"),
        ("document add", "/admin/documents/multiple/add/"),
        ("media", "/admin/media/"),
        ("media add", "/admin/media/audio/add/"),
    ]
    newsroom = [
        ("explorer", f"/admin/pages/{section.pk}/"),
        ("add article", f"/admin/pages/add/news/articlepage/{section.pk}/"),
        ("edit draft", f"/admin/pages/{draft.pk}/edit/"),
        ("history", f"/admin/pages/{draft.pk}/history/"),
        ("revisions", f"/admin/pages/{live.pk}/history/"),
        ("workflow history", f"/admin/pages/{moderated.pk}/workflow_history/"),
    ]
    yield from (("reporters", name, url) for name, url in common + newsroom)
    yield from (("editors", name, url) for name, url in common + newsroom)
    yield ("editors", "edit in moderation", f"/admin/pages/{moderated.pk}/edit/")
    yield ("editors", "field reports", "/admin/newsroom/reports/")
    yield ("editors", "schedule", "/admin/newsroom/schedule/")
    yield ("approvers", "dashboard", "/admin/")
    yield ("approvers", "edit in moderation", f"/admin/pages/{moderated.pk}/edit/")
    yield ("approvers", "edit at their step", f"/admin/pages/{n['at_approvers'].pk}/edit/")
    yield ("approvers", "workflow history", f"/admin/pages/{n['at_approvers'].pk}/workflow_history/")
    yield ("reporters", "edit sent back", f"/admin/pages/{n['sent_back'].pk}/edit/")
    yield ("approvers", "unpublish", f"/admin/pages/{live.pk}/unpublish/")
    yield ("approvers", "delete", f"/admin/pages/{live.pk}/delete/")
    yield ("approvers", "move", f"/admin/pages/{live.pk}/move/")
    yield ("editors", "copy", f"/admin/pages/{live.pk}/copy/")
    yield ("editors", "image edit", f"/admin/images/{n['image'].pk}/")
    yield ("approvers", "explorer", f"/admin/pages/{section.pk}/")
    yield ("collaborators", "field report", "/admin/newsroom/reports/new/")
    yield ("gazette_officers", "dashboard", "/admin/")
    yield ("gazette_officers", "legal documents", "/admin/snippets/gazette/legaldocument/")
    yield ("gazette_officers", "legal document add", "/admin/snippets/gazette/legaldocument/add/")
    yield ("gazette_officers", "legal document edit", f"/admin/snippets/gazette/legaldocument/edit/{n['legal'].pk}/")
    yield ("gazette_officers", "documents", "/admin/documents/")
    yield ("magazine_editors", "dashboard", "/admin/")
    yield ("translators", "dashboard", "/admin/")
    yield ("english_editors", "dashboard", "/admin/")
    yield ("english_editors", "pages to translate", "/admin/english-edition/to-translate/")
    yield ("english_editors", "out-of-date translations", "/admin/english-edition/out-of-date/")
    yield ("translators", "glossary", "/admin/snippets/translation/glossaryterm/")
    yield ("editors", "page search", "/admin/pages/search/?q=b%C3%A0i")
    yield ("english_editors", "explorer", f"/admin/pages/{n['site_tree'].home_en.pk}/")


OPTIONAL = {"images", "image add", "documents", "document add", "media", "media add"}


def walk(client, n):
    found = {}
    for role, name, url in screens(n):
        client.force_login(n["users"][role])
        response = client.get(url)
        if response.status_code in (302, 403) and name in OPTIONAL:
            continue  # the role has no access to that library (its permissions are tested in editorial)
        assert response.status_code == 200, f"{role} {url}: {response.status_code}"
        strings = english_strings(response.content.decode())
        if os.environ.get("ADMIN_VI_DUMP") and strings:
            Path(os.environ["ADMIN_VI_DUMP"], f"{role}-{name}.html".replace(" ", "_")).write_bytes(response.content)
        if strings:
            found[f"{role}: {name} ({url})"] = strings
    return found


def report(found):
    return "\n".join(f"{screen}: {len(strings)}\n    " + "\n    ".join(strings) for screen, strings in found.items())


def test_every_screen_of_the_newsroom_day_is_vietnamese(client, newsroom_vi):
    found = walk(client, newsroom_vi)
    if os.environ.get("ADMIN_VI_REPORT"):
        Path(os.environ["ADMIN_VI_REPORT"]).write_text(report(found))
    assert not found, "English interface strings:\n" + report(found)


def test_translation_editor_is_vietnamese(client, newsroom_vi, locales):
    """wagtail-localize's editor, as the translator and the English editor see it (its React app's own strings, in
    the JSON of its props, are not walked)."""
    from wagtail_localize.operations import translate_object

    translate_object(newsroom_vi["live"], [locales.en])
    english = newsroom_vi["live"].get_translation(locales.en)
    found = {}
    for role in ("translators", "english_editors"):
        client.force_login(newsroom_vi["users"][role])
        response = client.get(f"/admin/pages/{english.pk}/edit/")
        assert response.status_code == 200, role
        html = response.content.decode()
        assert "translation-editor" in html
        if strings := english_strings(html):
            found[role] = strings
    if os.environ.get("ADMIN_VI_REPORT"):
        Path(os.environ["ADMIN_VI_REPORT"] + ".localize").write_text(report(found))
    assert not found, "English interface strings:\n" + report(found)


SUCCESS_MESSAGES = (
    "Page '%(page_title)s' has been updated.",
    "Page '%(page_title)s' has been submitted for moderation.",
    "Page '%(page_title)s' has been published.",
    "Page '%(page_title)s' has been scheduled for publishing.",
    "Page '%(page_title)s' created and scheduled for publishing.",
    "Page '%(page_title)s' unpublished.",
    "Image '%(image_title)s' added.",
    "Image '%(image_title)s' updated.",
    "Document '%(document_title)s' updated",
)


@pytest.mark.parametrize("message", SUCCESS_MESSAGES)
def test_success_messages_are_vietnamese(message):
    assert message in english_msgids()[1] or message in english_msgids()[0], "Wagtail's msgid changed"
    with translation.override("vi"):
        vietnamese = translation.gettext(message)
    assert vietnamese != message
    assert sorted(PLACEHOLDER.findall(vietnamese)) == sorted(PLACEHOLDER.findall(message))


def test_workflow_emails_are_in_the_recipients_language(client, newsroom_vi):
    """Wagtail renders each notification under the recipient's preferred language (wagtail/admin/mail.py)."""
    messages = list(mail.outbox)
    assert messages, "submitting for moderation e-mails the editors"
    for message in messages:
        text = message.subject + "\n" + message.body
        found = english_strings(text, is_html=False)
        assert not found, f"English in the e-mail to {message.to}: {found}"
        if message.alternatives:
            assert not english_strings(message.alternatives[0][0]), f"English in the HTML e-mail to {message.to}"
    subjects = [message.subject for message in messages]
    assert any("Bài chờ duyệt" in subject for subject in subjects)  # submitted
    assert any("Bài chờ lãnh đạo" in subject for subject in subjects)  # approved at a step
    assert any("Bài cần sửa" in subject for subject in subjects)  # sent back


def test_comment_emails_are_in_the_recipients_language(newsroom_vi):
    """The e-mail Wagtail sends a page's comment subscribers, rendered as for a Vietnamese reporter."""
    from types import SimpleNamespace

    from wagtail.admin.mail import send_notification

    mail.outbox.clear()
    comment = SimpleNamespace(text="Ảnh thiếu chú thích.")
    send_notification(
        [newsroom_vi["users"]["reporters"]],
        "updated_comments",
        {
            "page": newsroom_vi["draft"],
            "editor": newsroom_vi["users"]["editors"],
            "new_comments": [comment],
            "resolved_comments": [comment],
            "deleted_comments": [comment],
            "replied_comments": [SimpleNamespace(comment=comment, replies=[comment])],
        },
    )
    (message,) = mail.outbox
    assert "đã cập nhật bình luận" in message.subject
    assert "Bình luận mới:" in message.body and "Bạn có thể sửa trang tại đây:" in message.body
    assert not english_strings(message.subject + "\n" + message.body, is_html=False)
    for html, _mimetype in message.alternatives:  # when WAGTAILADMIN_NOTIFICATION_USE_HTML
        assert not english_strings(html)


# --- The sign-in page, before the user is known -------------------------------------------------------------------


@pytest.mark.parametrize("accept_language", [None, "en-US,en;q=0.9", "vi-VN,vi;q=0.9"])
def test_sign_in_page_is_vietnamese_whatever_the_browser_asks(client, site_tree, accept_language):
    """The request's language comes from the URL only (core/publishing/locale.py): /admin/ is Vietnamese, LANGUAGE_CODE.
    Wagtail's password field had no label, so Django showed its name, "Password" (editorial/login.py)."""
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/admin/login/", **headers)
    assert response.status_code == 200
    html = response.content.decode()
    assert english_strings(html) == []
    assert 'lang="vi"' in html and "Mật khẩu" in html and "Đăng nhập" in html
    assert 'placeholder="Nhập Tên đăng nhập của bạn"' in html


def test_a_wrong_password_is_told_in_vietnamese(client, site_tree):
    response = client.post("/admin/login/", {"username": "khong-co-ai", "password": "sai-mat-khau"})
    assert response.status_code == 200
    assert english_strings(response.content.decode()) == []


# --- Wagtail's JavaScript strings (the djangojs domain, /admin/jsi18n/) --------------------------------------------
JS_STRINGS = BASE_DIR / "thainguyen_portal/locale_wagtail/vi/LC_MESSAGES/djangojs.po"


def _wagtail_js_msgids():
    import wagtail.admin

    path = Path(wagtail.admin.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}


def _localize_js_msgids():
    """wagtail-localize's translation editor calls the same global gettext() on /admin/jsi18n/ (it ships no
    Vietnamese: ours is the only one)."""
    import wagtail_localize

    path = Path(wagtail_localize.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}


def _served_catalogue(client):
    import json

    response = client.get("/admin/jsi18n/")
    assert response.status_code == 200
    script = response.content.decode()
    assert "django.gettext = function" in script, "Django's catalogue script changed"
    match = re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)
    return json.loads(match.group(1)) if match else {}  # English: no catalogue at all


def test_javascript_strings_catalogue_is_complete_and_compiled():
    catalogue = polib.pofile(str(JS_STRINGS))
    assert catalogue.untranslated_entries() == [] and catalogue.fuzzy_entries() == []
    assert {(e.msgctxt, e.msgid) for e in catalogue} == _wagtail_js_msgids() | _localize_js_msgids(), (
        "Wagtail's or wagtail-localize's JavaScript msgids changed"
    )
    source = {(e.msgctxt, e.msgid, e.msgstr or str(e.msgstr_plural)) for e in catalogue}
    compiled = {
        (e.msgctxt, e.msgid, e.msgstr or str(e.msgstr_plural))
        for e in polib.mofile(str(JS_STRINGS.with_suffix(".mo")))
        if e.msgid
    }
    assert source == compiled, "djangojs.mo is out of date: `manage.py compilemessages -l vi` and commit it"
    wrong = [
        e.msgid
        for e in catalogue
        for msgstr in ([e.msgstr] if not e.msgid_plural else list(e.msgstr_plural.values()))
        if sorted(set(PLACEHOLDER.findall(msgstr))) != sorted(set(PLACEHOLDER.findall(e.msgid_plural or e.msgid)))
    ]
    assert wrong == []


@pytest.mark.parametrize("signed_in", [False, True])
def test_javascript_catalogue_serves_every_wagtail_string_in_vietnamese(client, signed_in):
    """Wagtail's scripts (the minimap's "Collapse all", autosave, comments, the StreamField…) call gettext() on the
    catalogue /admin/jsi18n/ serves: Wagtail's own Vietnamese, with ours (locale_wagtail's djangojs.mo, in
    LOCALE_PATHS) merged over it."""
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    if signed_in:
        setup_newsroom()
        user = UserFactory(username="bien-tap-js", role="editors")
        UserProfile.objects.filter(user=user).update(preferred_language="vi")
        client.force_login(user)
    served = _served_catalogue(client)
    ours = {e.msgid: e for e in polib.pofile(str(JS_STRINGS))}
    missing = []
    for _context, msgid in _wagtail_js_msgids() | _localize_js_msgids():
        value = served.get(msgid)
        expected = ours[msgid].msgstr_plural[0] if ours[msgid].msgid_plural else ours[msgid].msgstr
        if (value[0] if isinstance(value, list) else value) != expected:
            missing.append(f"{msgid!r}: {value!r}")
    assert missing == [], "\n".join(missing)
    assert served["Collapse all"] == "Thu gọn tất cả" and served["Edit"] == "Sửa"
    assert served["Download PO file"] == "Tải tệp PO"  # wagtail-localize's translation editor


def test_javascript_catalogue_follows_the_users_admin_language(client):
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    user = UserFactory(username="editor-en-js", role="editors")
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    client.force_login(user)
    assert "Collapse all" not in _served_catalogue(client)


# --- The document chooser's upload tab ----------------------------------------------------------------------------


def test_document_chooser_upload_without_a_title_takes_the_files_name(client, site_tree):
    """Wagtail's script copies the file's name into the title 100 ms after the file is chosen; an upload sent
    before (or without the script) came back with "This field is required." (#20). The form fills it."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail.documents import get_document_model

    from gazette.pdf import make_pdf
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    officer = UserFactory(username="can-bo-tai-lieu", role="gazette_officers")
    UserProfile.get_for_user(officer)
    UserProfile.objects.filter(user=officer).update(preferred_language="vi")
    client.force_login(officer)
    chooser = client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 200
    prefix = "document-chooser-upload-"
    title_input = re.search(rf'<input[^>]*name="{prefix}title"[^>]*>', chooser.json()["html"]).group(0)
    # Not `required` in the page: the chooser's script refuses a form with an empty required input.
    assert " required" not in title_input
    url = reverse("wagtaildocs_chooser:create")
    pdf = make_pdf(["QUYẾT ĐỊNH"], ["Có hiệu lực kể từ ngày ký."])
    response = client.post(
        url,
        {
            f"{prefix}title": "",
            f"{prefix}file": SimpleUploadedFile("Quyết định 982 bản ký số.pdf", pdf, "application/pdf"),
            f"{prefix}collection": str(Collection.get_first_root_node().pk),
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen", response.json().get("html", "")[:2000]
    document = get_document_model().objects.get(title="Quyết định 982 bản ký số")
    assert document.file.name.endswith(".pdf")
    # A title typed by the user is kept; an edit that sends no new file still needs one.
    response = client.post(
        url,
        {
            f"{prefix}title": "Bản ký số QĐ 983",
            f"{prefix}file": SimpleUploadedFile("qd-983.pdf", pdf, "application/pdf"),
            f"{prefix}collection": str(Collection.get_first_root_node().pk),
        },
    )
    assert response.json()["step"] == "chosen"
    assert get_document_model().objects.filter(title="Bản ký số QĐ 983").exists()
    response = client.post(f"/admin/documents/edit/{document.pk}/", {"title": "", "collection": document.collection_id})
    assert response.status_code == 200 and "Trường này là bắt buộc." in response.content.decode()
