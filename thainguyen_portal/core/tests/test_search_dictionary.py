"""The search dictionary as the newsroom keeps it (docs/search.md): synonyms and abbreviations, former place names.

An editor is made the way the portal's administrator makes one (Wagtail's "Add user" form, the "Biên tập viên"
group), signs in with a password and works in the Vietnamese admin; a reporter and an anonymous reader cannot reach
the lists. The demo's dictionary is seeded by core's own demo function, twice.
"""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.search.index import class_is_indexed

from thainguyen_portal.core import demo
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.demos.dictionary import PLACES, SYNONYMS, reset_dictionary
from thainguyen_portal.core.fulltext.admin import PlaceNameForm, SynonymGroupForm
from thainguyen_portal.core.management.commands.seed_demo import demo_areas
from thainguyen_portal.core.models import PlaceName, PlaceUnit, SynonymGroup
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.roles import ADMINISTRATORS, APPROVERS, EDITORS, REPORTERS, role
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db

PASSWORD = "chè-Tân-Cương-2026"
SYNONYMS_URL = "/admin/snippets/core/synonymgroup/"
PLACES_URL = "/admin/snippets/core/placename/"


@pytest.fixture
def newsroom(site_tree):
    """The newsroom's groups, the portal's administrator and a reporter (both with the admin in Vietnamese)."""
    setup_newsroom()
    return SimpleNamespace(
        administrator=UserFactory(username="quantri", role=ADMINISTRATORS),
        reporter=UserFactory(username="phongvien", role=REPORTERS),
    )


def add_user_as_the_administrator(client, administrator, username, role_key):
    """The administrator adds the user in Wagtail's "Add user" form and ticks the role's group."""
    client.force_login(administrator)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": username,
            "email": f"{username}@thainguyen.gov.vn",
            "first_name": "Lê Thị",
            "last_name": "Hoa",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "groups": [Group.objects.get(name=role(role_key).name).pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor(client, newsroom):
    """A signed-in editor ("Biên tập viên"), added by the administrator; the admin speaks Vietnamese (the default)."""
    user = add_user_as_the_administrator(client, newsroom.administrator, "bientapvien", EDITORS)
    assert not user.is_superuser
    response = client.post("/admin/login/", {"username": "bientapvien", "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_the_dictionary_stays_out_of_wagtails_search_index():
    assert not class_is_indexed(SynonymGroup)
    assert not class_is_indexed(PlaceName)


def test_an_editor_lists_and_searches_both_lists_in_vietnamese(editor):
    SynonymGroup.objects.create(terms="UBND, Ủy ban nhân dân")
    SynonymGroup.objects.create(terms="KCN, khu công nghiệp")
    PlaceName.objects.create(
        name="Phú Bình", unit=PlaceUnit.DISTRICT, until="2025-06-30", now_part_of="xã Phú Bình, xã Kha Sơn"
    )
    PlaceName.objects.create(name="Thịnh Đức", unit=PlaceUnit.COMMUNE, until="2025-06-30", now_part_of="xã Tân Cương")

    html = editor.get(SYNONYMS_URL).content.decode()
    assert "Từ đồng nghĩa và viết tắt" in html
    assert "UBND, Ủy ban nhân dân" in html and "KCN, khu công nghiệp" in html
    # The search ignores tone marks and capitals, as the site search does.
    found = editor.get(SYNONYMS_URL, {"q": "uy ban"}).content.decode()
    assert "UBND, Ủy ban nhân dân" in found and "khu công nghiệp" not in found

    html = editor.get(PLACES_URL).content.decode()
    assert "Địa danh cũ" in html
    assert "Phú Bình" in html and "xã Phú Bình, xã Kha Sơn" in html
    assert re.search(r"<td[^>]*>\s*huyện\s*</td>", html)  # the unit's Vietnamese label
    assert "30/06/2025" in html  # Vietnamese dates
    found = editor.get(PLACES_URL, {"q": "kha son"}).content.decode()
    assert "Phú Bình" in found and "Thịnh Đức" not in found
    communes = editor.get(PLACES_URL, {"unit": "commune"}).content.decode()
    assert "Thịnh Đức" in communes and "xã Phú Bình, xã Kha Sơn" not in communes


def test_an_editor_adds_edits_and_deletes_a_synonym_group(editor):
    one_term = editor.post(SYNONYMS_URL + "add/", {"terms": "UBND", "note": ""})
    assert one_term.status_code == 200
    assert "Một nhóm cần ít nhất hai từ khác nhau" in one_term.content.decode()
    same_term = editor.post(SYNONYMS_URL + "add/", {"terms": "Ủy ban, uy ban, ỦY BAN", "note": ""})
    assert "Một nhóm cần ít nhất hai từ khác nhau" in same_term.content.decode()
    assert not SynonymGroup.objects.exists()

    added = editor.post(SYNONYMS_URL + "add/", {"terms": " UBND ,Ủy ban nhân dân,\nủy ban nhân dân ", "note": ""})
    assert added.status_code == 302
    group = SynonymGroup.objects.get()
    assert group.terms == "UBND, Ủy ban nhân dân"  # tidied; the repeat in other marks dropped

    edited = editor.post(
        f"{SYNONYMS_URL}edit/{group.pk}/", {"terms": "UBND, Ủy ban nhân dân, UB", "note": "Cơ quan hành chính"}
    )
    assert edited.status_code == 302
    group.refresh_from_db()
    assert group.term_list() == ["UBND", "Ủy ban nhân dân", "UB"]
    assert group.note == "Cơ quan hành chính"

    assert editor.post(f"{SYNONYMS_URL}delete/{group.pk}/").status_code == 302
    assert not SynonymGroup.objects.exists()


def test_an_editor_adds_edits_and_deletes_a_former_place(editor):
    data = {"name": "Phú Bình", "unit": "district", "until": "2025-06-30", "now_part_of": "", "note": ""}
    without_successor = editor.post(PLACES_URL + "add/", data)
    assert without_successor.status_code == 200
    assert "Trường này là bắt buộc." in without_successor.content.decode()
    only_commas = editor.post(PLACES_URL + "add/", {**data, "now_part_of": " , ,\n"})
    assert "Cần ít nhất một đơn vị mà nó đã trở thành hoặc được sáp nhập vào" in only_commas.content.decode()
    without_kind = editor.post(PLACES_URL + "add/", {**data, "now_part_of": "xã Phú Bình, Kha Sơn"})
    assert "Ghi loại đơn vị trước mỗi tên" in without_kind.content.decode()
    assert "“Kha Sơn”" in without_kind.content.decode()
    unit_in_name = editor.post(PLACES_URL + "add/", {**data, "name": "huyện Phú Bình", "now_part_of": "xã Kha Sơn"})
    assert "Ghi tên không kèm loại đơn vị" in unit_in_name.content.decode()
    assert not PlaceName.objects.exists()

    added = editor.post(PLACES_URL + "add/", {**data, "now_part_of": "xã Phú Bình,\nxã Kha Sơn"})
    assert added.status_code == 302
    place = PlaceName.objects.get()
    assert place.successor_list() == ["xã Phú Bình", "xã Kha Sơn"]
    assert str(place) == "huyện Phú Bình"

    edited = editor.post(
        f"{PLACES_URL}edit/{place.pk}/",
        {**data, "now_part_of": "xã Phú Bình, xã Kha Sơn, xã Điềm Thụy", "note": "Nghị quyết 1683/NQ-UBTVQH15"},
    )
    assert edited.status_code == 302
    place.refresh_from_db()
    assert place.successor_list()[-1] == "xã Điềm Thụy"
    assert place.note == "Nghị quyết 1683/NQ-UBTVQH15"

    assert editor.post(f"{PLACES_URL}delete/{place.pk}/").status_code == 302
    assert not PlaceName.objects.exists()


def test_readers_and_reporters_cannot_reach_the_dictionary(client, newsroom):
    group = SynonymGroup.objects.create(terms="UBND, Ủy ban nhân dân")
    for url in (SYNONYMS_URL, PLACES_URL, SYNONYMS_URL + "add/", f"{SYNONYMS_URL}edit/{group.pk}/"):
        response = client.get(url)  # an anonymous reader
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
    client.force_login(newsroom.reporter)
    for url in (SYNONYMS_URL, PLACES_URL, SYNONYMS_URL + "add/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "UBND, Ủy ban nhân dân" not in response.content.decode()
    client.post(f"{SYNONYMS_URL}delete/{group.pk}/")
    client.post(SYNONYMS_URL + "add/", {"terms": "HĐND, Hội đồng nhân dân", "note": ""})
    assert list(SynonymGroup.objects.values_list("terms", flat=True)) == ["UBND, Ủy ban nhân dân"]


def test_editors_approvers_and_administrators_keep_the_dictionary_reporters_do_not(newsroom):
    keep = {
        f"core.{action}_{model}" for model in ("synonymgroup", "placename") for action in ("add", "change", "delete")
    }
    for role_key in (EDITORS, APPROVERS, ADMINISTRATORS):
        user = UserFactory(username=f"kiemtra-{role_key}", role=role_key)
        assert keep <= user.get_all_permissions(), role_key
    assert not keep & newsroom.reporter.get_all_permissions()


def _counts():
    return SynonymGroup.objects.count(), PlaceName.objects.count()


def test_the_demo_dictionary_is_seeded_once_and_keeps_what_editors_changed():
    assert "core" in demo_areas()  # seed_demo --only core
    demo.seed(DemoBuilder())
    first = _counts()
    assert first == (len(SYNONYMS), len(PLACES))
    assert first[0] >= 25
    district = PlaceName.objects.get(name="Phú Bình", unit=PlaceUnit.DISTRICT)
    assert "xã Kha Sơn" in district.successor_list()
    assert PlaceName.objects.get(name="Bắc Kạn", unit=PlaceUnit.PROVINCE).successor_list() == ["tỉnh Thái Nguyên"]

    # An editor's change survives a second seeding, and nothing is added twice.
    ubnd = SynonymGroup.objects.get(terms__startswith="UBND")
    ubnd.terms = "UBND, Ủy ban nhân dân, UB"
    ubnd.save()
    district.now_part_of = "xã Phú Bình"
    district.save()
    demo.seed(DemoBuilder())
    assert _counts() == first
    assert SynonymGroup.objects.get(pk=ubnd.pk).terms == "UBND, Ủy ban nhân dân, UB"
    assert PlaceName.objects.get(pk=district.pk).now_part_of == "xã Phú Bình"

    # `seed_demo --reset` removes the demo's entries and leaves the editors' own.
    own = SynonymGroup.objects.create(terms="VNeID, định danh điện tử")
    reset_dictionary()
    assert list(SynonymGroup.objects.all()) == [own]
    assert not PlaceName.objects.exists()


def test_every_demo_entry_passes_the_admin_forms():
    # The admin's own form classes (the viewsets' panels over SynonymGroupForm and PlaceNameForm).
    synonym_form, place_form = (model.get_edit_handler().get_form_class() for model in (SynonymGroup, PlaceName))
    assert issubclass(synonym_form, SynonymGroupForm) and issubclass(place_form, PlaceNameForm)
    for terms, note in SYNONYMS:
        form = synonym_form(data={"terms": terms, "note": note}, instance=SynonymGroup())
        assert form.is_valid(), (terms, form.errors)
        assert form.cleaned_data["terms"] == terms
    for name, unit, successors, note in PLACES:
        data = {"name": name, "unit": unit, "until": "2025-06-30", "now_part_of": successors, "note": note}
        form = place_form(data=data, instance=PlaceName())
        assert form.is_valid(), (name, form.errors)
        assert len(note) <= 255
