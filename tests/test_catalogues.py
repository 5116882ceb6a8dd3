"""Every interface string has its Vietnamese translation, and the committed .mo files match their .po files."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

BASE_DIR = Path(__file__).resolve().parents[1]
CATALOGUES = sorted(p for p in BASE_DIR.glob("**/locale/vi/LC_MESSAGES/django.po") if ".venv" not in p.parts)


def test_there_is_a_vietnamese_catalogue():
    assert BASE_DIR / "thainguyen_portal/locale/vi/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {po_path}"
    assert fuzzy == [], f"fuzzy in {po_path}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(BASE_DIR)))
def test_compiled_catalogue_matches_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages` and commit it"
    source = {(e.msgid, e.msgstr or str(e.msgstr_plural)) for e in polib.pofile(str(po_path)) if e.translated()}
    compiled = {(e.msgid, e.msgstr or str(e.msgstr_plural)) for e in polib.mofile(str(mo_path)) if e.msgid}
    assert source == compiled, f"{mo_path} is out of date: run `make messages` and commit it"


def test_interface_strings_are_vietnamese_by_default_and_english_under_en():
    with translation.override("vi"):
        assert translation.gettext("Skip to main content") == "Chuyển đến nội dung chính"
    with translation.override("en"):
        assert translation.gettext("Skip to main content") == "Skip to main content"


# --- No project msgid shadows Wagtail's with another meaning ---------------------------------------------------------
# Django merges every catalogue: a msgid of ours without a context also translates Wagtail's own string of that msgid
# in the admin (our "Pages" once made Wagtail's main menu read "Phân trang", pagination). A word with a meaning of
# its own here goes under a context ({% translate "Pages" context "pagination" %}, pgettext_lazy("petition", ...)).
UPSTREAM = sorted(
    path
    for package in ("wagtail", "wagtail_localize", "wagtailmedia")
    for path in (Path(__import__(package).__file__).parent).glob("**/locale/vi/LC_MESSAGES/django.po")
)
# Where ours deliberately differs from Wagtail's Vietnamese, for Wagtail's screens too, and why.
DELIBERATE = {
    "document": "the newsroom glossary: Wagtail's documents are 'tài liệu'; 'văn bản' is a legal document",
    "embed": "Wagtail's 'file đính kèm' (attachment) is wrong for an embed",
    "Table": "Wagtail's 'Bảnh' is a typo",
    "Email": "'Thư điện tử', as the portal writes it everywhere",
    "Page not found": "the same meaning, shorter",
    "Time": "'Thời gian' (the time of an event), Wagtail's 'Giờ' (hour) is narrower",
    "requested by": "the same meaning, plainer",
}
# Short words that mean something of our own in some area: never without a context in our catalogues.
AMBIGUOUS = ("Pages", "Type", "Field", "Fields", "Document", "Summary", "All types", "Published", "Status", "name")


def _upstream_translations():
    translations = {}
    for path in UPSTREAM:
        for entry in polib.pofile(str(path)):
            if not entry.msgctxt and entry.msgstr:
                translations.setdefault(entry.msgid, entry.msgstr)
    return translations


def test_no_project_msgid_shadows_wagtails_with_another_meaning():
    upstream = _upstream_translations()
    assert len(upstream) > 200  # Wagtail's catalogues were found (its Vietnamese is far from complete)
    shadowing = []
    for po_path in CATALOGUES:
        for entry in polib.pofile(str(po_path)):
            if entry.msgctxt or entry.msgid not in upstream or entry.msgid in DELIBERATE:
                continue
            if entry.msgstr.strip().lower() != upstream[entry.msgid].strip().lower():
                shadowing.append(
                    f"{po_path.relative_to(BASE_DIR)}: {entry.msgid!r} → {entry.msgstr!r}, Wagtail's "
                    f"{upstream[entry.msgid]!r}"
                )
    assert not shadowing, "\n".join(shadowing)


def test_ambiguous_words_have_a_context():
    found = []
    for po_path in CATALOGUES:
        for entry in polib.pofile(str(po_path)):
            if (
                not entry.msgctxt
                and entry.msgid in AMBIGUOUS
                and entry.msgstr.strip().lower()
                not in (
                    "tất cả các loại",
                    "trang",
                    "loại",
                    "trạng thái",
                    "đã xuất bản",
                    "tên",
                )
            ):
                found.append(f"{po_path.relative_to(BASE_DIR)}: {entry.msgid!r} → {entry.msgstr!r}")
    assert not found, "\n".join(found)


def test_wagtails_main_menu_reads_right_in_vietnamese():
    with translation.override("vi"):
        assert translation.gettext("Pages") == "Trang"
        assert translation.pgettext("pagination", "Pages") == "Phân trang"


# --- Our Vietnamese of upstream strings (thainguyen_portal/locale_wagtail) --------------------------------------------
# Wagtail's, wagtail-localize's, wagtailmedia's and Django's msgids the newsroom meets in the admin, where upstream's
# Vietnamese is missing or wrong (tests/test_admin_vietnamese.py finds them; docs/glossary.md has the words).
UPSTREAM_STRINGS = BASE_DIR / "thainguyen_portal/locale_wagtail/vi/LC_MESSAGES/django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


def _upstream_msgids():
    msgids = set()
    for package in ("django", "wagtail", "wagtail_localize", "wagtailmedia"):
        for path in Path(__import__(package).__file__).parent.glob("**/locale/en/LC_MESSAGES/django.po"):
            msgids |= {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
    return msgids


def test_upstream_strings_catalogue_is_loaded_after_the_projects():
    assert [Path(path).name for path in settings.LOCALE_PATHS] == ["locale", "locale_wagtail"]
    assert UPSTREAM_STRINGS.parent.parent.parent == Path(settings.LOCALE_PATHS[1])


def test_upstream_strings_catalogue_is_complete_and_compiled():
    catalogue = polib.pofile(str(UPSTREAM_STRINGS))
    assert len(catalogue) > 300
    assert catalogue.untranslated_entries() == [] and catalogue.fuzzy_entries() == []
    mo_path = UPSTREAM_STRINGS.with_suffix(".mo")
    source = {(e.msgctxt, e.msgid, e.msgstr or str(e.msgstr_plural)) for e in catalogue}
    compiled = {(e.msgctxt, e.msgid, e.msgstr or str(e.msgstr_plural)) for e in polib.mofile(str(mo_path)) if e.msgid}
    assert source == compiled, f"{mo_path} is out of date: compile it (polib save_as_mofile) and commit it"


def test_upstream_strings_catalogue_holds_only_upstream_msgids():
    """Only upstream's strings: the project's own go to thainguyen_portal/locale (where contexts are the rule)."""
    upstream = _upstream_msgids()
    strangers = [
        entry.msgid for entry in polib.pofile(str(UPSTREAM_STRINGS)) if (entry.msgctxt, entry.msgid) not in upstream
    ]
    assert strangers == []


def test_every_wagtail_localize_string_is_translated():
    """wagtail-localize ships no Vietnamese: every msgid of its English catalogues (the translation editor, the
    locales' screens, its messages) is translated in ours, the Python ones in django.po, the JavaScript ones in
    djangojs.po. Fails on a new or changed msgid after an upgrade: translate it there and compile."""
    import wagtail_localize

    root = Path(wagtail_localize.__file__).parent
    missing = []
    for domain in ("django", "djangojs"):
        ours = polib.pofile(str(UPSTREAM_STRINGS.with_name(f"{domain}.po")))
        translated = {(e.msgctxt, e.msgid, e.msgid_plural) for e in ours.translated_entries()}
        sources = sorted(root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po"))
        assert sources, f"wagtail-localize's English {domain}.po not found"
        for path in sources:
            for entry in polib.pofile(str(path)):
                if (entry.msgctxt, entry.msgid, entry.msgid_plural) not in translated:
                    missing.append(f"{path.relative_to(root)}: {entry.msgid!r}")
    assert not missing, "\n".join(missing)
    with translation.override("vi"):
        assert translation.gettext("Translate this page") == "Dịch trang này"
        assert translation.gettext("Sync translated pages") == "Đồng bộ các trang dịch"
        assert translation.gettext("Add a locale") == "Thêm ngôn ngữ"


def test_upstream_strings_keep_their_placeholders():
    wrong = []
    for entry in polib.pofile(str(UPSTREAM_STRINGS)):
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        wanted = sorted(set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid)))
        for msgstr in translations:
            if sorted(set(PLACEHOLDER.findall(msgstr))) != wanted:
                wrong.append(f"{entry.msgid!r} → {msgstr!r}")
    assert not wrong, "\n".join(wrong)


def test_upstream_strings_agree_with_the_projects():
    """The project's catalogue comes first: an entry of ours that it also has would be dead, or mean another thing."""
    ours = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(UPSTREAM_STRINGS)) if not e.msgid_plural}
    differing = []
    for po_path in CATALOGUES:
        for entry in polib.pofile(str(po_path)):
            key = (entry.msgctxt, entry.msgid)
            if key in ours and ours[key].strip().lower() != entry.msgstr.strip().lower():
                differing.append(
                    f"{po_path.relative_to(BASE_DIR)}: {entry.msgid!r} → {entry.msgstr!r}, ours {ours[key]!r}"
                )
    assert not differing, "\n".join(differing)


def test_upstream_mistakes_are_corrected():
    with translation.override("vi"):
        assert translation.gettext("Resubmit to %(task_name)s") == "Gửi lại bước %(task_name)s"
        assert translation.gettext("Table") == "Bảng"
        assert translation.gettext("documents") == "tài liệu"
        assert translation.gettext("Edit this document") == "Sửa tài liệu này"
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert "văn bản" not in translation.gettext("Delete document").lower()


# The newsroom glossary (docs/glossary.md), as Wagtail's screens show it.
GLOSSARY = {
    "Pages": "Trang",
    "Save draft": "Lưu bản nháp",
    "Publish": "Xuất bản",
    "Unpublish": "Gỡ xuống",
    "Delete": "Xóa",
    "Submit for moderation": "Gửi duyệt",
    "Workflow": "Quy trình duyệt",
    "Task": "Bước duyệt",
    "Approve": "Duyệt",
    "Request changes": "Yêu cầu sửa",
    "Set schedule": "Hẹn giờ",
    "Locked": "Đã khóa",
    "Edit": "Sửa",
    "Comments": "Bình luận",
    "Images": "Ảnh",
    "Documents": "Tài liệu",
    "Media": "Video và âm thanh",
    "Snippets": "Dữ liệu dùng chung",
    "Settings": "Cài đặt",
    "Locale": "Ngôn ngữ",
}


@pytest.mark.parametrize("english", GLOSSARY)
def test_wagtails_words_follow_the_glossary(english):
    with translation.override("vi"):
        assert translation.gettext(english) == GLOSSARY[english]
    assert GLOSSARY[english] in (BASE_DIR / "docs/glossary.md").read_text()
