"""What the gazette hands to the full-text layer (gazette/searching.py): one entry per published document, written
once per save, without the boilerplate, dated by its signing, found by its number in any spelling."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazette.factories import LegalDocumentFactory
from gazette.lookup import SOURCE, Lookup
from gazette.searching import document_keys, query_keys, strip_boilerplate
from thainguyen_portal.core.models import TextEntry

from .conftest import publish

pytestmark = pytest.mark.django_db


def entry_of(document):
    return TextEntry.objects.get(source=SOURCE, object_key=str(document.pk))


def index_writes(queries):
    return [q["sql"] for q in queries if q["sql"].startswith(("INSERT", "UPDATE")) and "core_textentry" in q["sql"]]


def test_a_published_document_is_one_entry_with_its_own_date_and_keys(documents):
    entry = entry_of(documents.land)
    assert entry.kind == "gazette" and entry.url.endswith("/van-ban/15-2026-qd-ubnd/")
    assert entry.date.date() == datetime.date(2026, 2, 20)  # the signing date, not the publication's
    assert entry.keys.split() == sorted(document_keys(documents.land))
    assert {"15", "15-2026", "15-2026-qd", "qd-15", "15-2026-qd-ubnd"} == set(entry.keys.split())


def test_each_save_writes_the_index_once_and_an_unpublished_document_leaves_it(gazette):
    document = LegalDocumentFactory(number="31/2026/QĐ-UBND", summary="Quy định về quản lý chợ")
    assert not TextEntry.objects.filter(source=SOURCE, object_key=str(document.pk)).exists()  # not published
    publish(document, gazette.issue)
    assert entry_of(document).title.startswith("31/2026/QĐ-UBND")
    with CaptureQueriesContext(connection) as queries:
        document.summary = "Quy định về quản lý, kinh doanh chợ"
        document.save()
    assert len(index_writes(queries.captured_queries)) == 1
    assert "kinh doanh chợ" in entry_of(document).title
    gazette.issue.unpublish()
    assert not TextEntry.objects.filter(source=SOURCE, object_key=str(document.pk)).exists()


def test_the_boilerplate_of_legal_documents_is_left_out():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc "
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025; "
        "Theo đề nghị của Sở Tài chính. Điều 1. Ban hành quy định về phí chợ. "
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành. "
        "Nơi nhận: Như Điều 3; Lưu: VT."
    )
    kept = " ".join(strip_boilerplate(text).split())
    assert "Điều 1. Ban hành quy định về phí chợ." in kept
    for gone in ("CỘNG HÒA", "Hạnh phúc", "Căn cứ", "Theo đề nghị", "Chánh Văn phòng", "Nơi nhận", "Lưu"):
        assert gone not in kept


@pytest.mark.parametrize(
    "typed, keys",
    [
        ("68/2026/QĐ-UBND", ["68-2026-qd-ubnd"]),
        ("68/2026/qd-ubnd", ["68-2026-qd-ubnd"]),
        ("qd 68 2026", ["68-2026-qd"]),
        ("QĐ 68/2026", ["68-2026-qd"]),
        ("quyết định 68", ["qd-68"]),
        ("số 68", ["68"]),
        ("68/2026", ["68-2026"]),
        ("100.000 lượt khách", []),
        ("kiến trúc đô thị", []),
    ],
)
def test_a_number_in_any_spelling_names_its_key(typed, keys):
    assert query_keys(typed) == keys


def test_the_lookup_counts_only_documents_holding_the_phrase(documents):
    # "đất đai" side by side is in two summaries; "đất ... đai" apart would not count.
    lookup = Lookup({"q": "quản lý đất đai"})
    assert lookup.count() == 1
    assert [d.pk for d in lookup.page(1, 10).object_list] == [documents.old.pk]


def test_the_order_list_shows_the_order_used(client, documents, gazette):
    lookup_url = gazette.index.url + "tra-cuu/"
    words = client.get(lookup_url, {"q": "đất đai"}).content.decode()
    assert '<option value="relevance" selected>' in words
    plain = client.get(lookup_url).content.decode()
    assert '<option value="newest" selected>' in plain
