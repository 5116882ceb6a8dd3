"""The partner API at /api/v1/: resources, filters, pagination, language, bad input, privacy, cache, rate limit."""

import datetime
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import TestCase, override_settings
from django.utils import timezone
from jsonschema import Draft202012Validator, FormatChecker

from thainguyen_portal.core.publishing import pagecache

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).parent / "data" / "ninjs-schema_2.1.json").read_text())


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(data):
    return [item["title"] for item in data["results"]]


def test_the_root_lists_the_resources_with_absolute_urls(client, portal):
    data = get(client, "/api/v1/")
    names = [resource["name"] for resource in data["resources"]]
    assert names == ["articles", "multimedia", "gazette-documents"]
    articles = data["resources"][0]
    assert articles["url"] == "http://testserver/api/v1/articles/"
    assert articles["ninjs"] == "http://testserver/api/v1/ninjs/articles/"
    # Labels come in the language asked for (Vietnamese by default).
    assert {"value": "statement", "label": "Phát ngôn báo chí"} in articles["types"]
    english = get(client, "/api/v1/?lang=en")["resources"][0]
    assert {"value": "statement", "label": "Spokesperson statement"} in english["types"]


def test_articles_are_live_public_and_published_versions_only(client, portal):
    data = get(client, "/api/v1/articles/")
    found = titles(data)
    assert "Thái Nguyên khai mạc Festival Trà quốc tế" in found
    assert "Thai Nguyen opens the International Tea Festival" in found
    # Never a draft, a page behind a view restriction, nor the unpublished changes of a live page.
    assert "Bản nháp chưa duyệt" not in found
    assert "Tin nội bộ không công khai" not in found
    assert "Tiêu đề bản nháp mới chưa xuất bản" not in json.dumps(data, ensure_ascii=False)
    assert data["count"] == 4


def test_no_private_field_is_ever_exposed(client, portal):
    from news.factories import SpokespersonFactory

    spokesperson = SpokespersonFactory(phone="0912 345 678", email="phatngon@thainguyen.gov.vn")
    portal.a2.kind = "statement"
    portal.a2.spokesperson = spokesperson
    portal.a2.save_revision().publish()
    listing = json.dumps(get(client, "/api/v1/articles/"), ensure_ascii=False)
    detail = json.dumps(get(client, f"/api/v1/articles/{portal.a2.pk}/"), ensure_ascii=False)
    for text in (listing, detail):
        for private in (
            "0912 345 678",
            "phatngon@thainguyen.gov.vn",
            "draft_title",
            "latest_revision",
            "owner",
            "locked",
            "has_unpublished_changes",
            "password",
        ):
            assert private not in text
    assert json.loads(detail)["spokesperson"] == {"name": spokesperson.name, "position": spokesperson.position}


def test_an_article_in_detail_has_its_body_and_absolute_urls(client, portal):
    data = get(client, f"/api/v1/articles/{portal.a1.pk}/")
    assert data["url"] == "http://testserver/tin-tuc/thoi-su/" + portal.a1.slug + "/"
    assert data["section"] == {"title": "Thời sự", "url": "http://testserver/tin-tuc/thoi-su/"}
    assert "100% thủ tục hành chính" in data["body_html"]
    assert data["language"] == "vi"
    assert data["authors"] == ["Minh Anh"]
    assert data["image"] is None or data["image"]["url"].startswith("http://testserver/")


def test_a_draft_or_private_article_is_not_found_in_detail(client, portal):
    assert get(client, f"/api/v1/articles/{portal.draft.pk}/", status=404)["status"] == 404
    get(client, f"/api/v1/articles/{portal.hidden.pk}/", status=404)
    get(client, "/api/v1/articles/abc/", status=404)
    get(client, "/api/v1/nothing-here/", status=404)


def test_filters_by_language_type_section_and_dates(client, portal):
    assert titles(get(client, "/api/v1/articles/?lang=en")) == ["Thai Nguyen opens the International Tea Festival"]
    assert "Thai Nguyen opens the International Tea Festival" not in titles(get(client, "/api/v1/articles/?lang=vi"))
    assert titles(get(client, "/api/v1/articles/?section=kinh-te")) == ["Kinh tế Thái Nguyên tăng trưởng 8,5%"]
    assert get(client, "/api/v1/articles/?type=direction")["count"] == 0
    day = timezone.localdate(portal.a2.date)  # the province's calendar day, as the filters read it
    recent = titles(get(client, f"/api/v1/articles/?lang=vi&from={day.isoformat()}"))
    assert recent == ["Thái Nguyên khai mạc Festival Trà quốc tế", "Kinh tế Thái Nguyên tăng trưởng 8,5%"]
    older = titles(get(client, f"/api/v1/articles/?lang=vi&to={day.isoformat()}"))
    assert older == ["Kinh tế Thái Nguyên tăng trưởng 8,5%", "Chỉ đạo phòng chống lũ"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("from=2026-13-45", "“from” is not a date"),
        ("to=hôm-qua", "“to” is not a date"),
        ("from=2026-03-01&to=2026-02-01", "“from” comes after “to”"),
        ("lang=de", "Không có ngôn ngữ"),
        ("type=gossip", "Unknown type"),
        ("section=khong-co", "Unknown section"),
        ("limit=0", "“limit” must be between"),
        ("limit=1000", "“limit” must be between"),
        ("limit=abc", "“limit” must be a whole number"),
        ("offset=-5", "“offset” must be a whole number"),
        ("page=0", "“page” must be between"),
        ("page=99999999999999999999", "“page” must be a whole number"),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, portal, query, message):
    if "lang=" not in query:
        query += "&lang=en"  # messages in English; Vietnamese by default (below)
    data = get(client, f"/api/v1/articles/?{query}", status=400)
    assert message in data["error"]
    assert data["status"] == 400


def test_messages_are_vietnamese_by_default(client, portal):
    assert get(client, "/api/v1/articles/?from=2026-13-45", status=400)["error"].startswith("“from” không phải là ngày")
    assert "Không có ngôn ngữ “de”" in get(client, "/api/v1/articles/?lang=de", status=400)["error"]


def test_pagination_with_limit_offset_and_page(client, portal):
    first = get(client, "/api/v1/articles/?limit=2")
    assert first["count"] == 4 and len(first["results"]) == 2
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/articles/?limit=2&offset=2"
    second = get(client, first["next"])
    assert len(second["results"]) == 2 and second["next"] is None
    assert second["previous"] == "http://testserver/api/v1/articles/?limit=2&offset=0"
    assert titles(get(client, "/api/v1/articles/?limit=2&page=2")) == titles(second)
    beyond = get(client, "/api/v1/articles/?limit=2&page=50")
    assert beyond["results"] == [] and beyond["count"] == 4


def test_multimedia_and_gazette_documents(client, portal):
    media = get(client, "/api/v1/multimedia/?type=video")
    assert media["count"] == 1
    video = media["results"][0]
    assert video["embed_url"].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    assert get(client, "/api/v1/multimedia/?type=podcast")["count"] == 0
    assert "no sections" in get(client, "/api/v1/multimedia/?section=x&lang=en", status=400)["error"]
    documents = get(client, "/api/v1/gazette-documents/")
    assert [d["number"] for d in documents["results"]] == ["15/2026/QĐ-UBND"]  # 16/2026 is in no issue
    document = documents["results"][0]
    assert document["url"] == "http://testserver/cong-bao/van-ban/15-2026-qd-ubnd/"
    assert document["appearances"][0]["pages"] == "3–9"
    assert get(client, "/api/v1/gazette-documents/?lang=en")["count"] == 0
    assert get(client, "/api/v1/gazette-documents/?from=2026-02-21")["count"] == 0
    assert get(client, "/api/v1/gazette-documents/?type=quyet-dinh&to=2026-02-20")["count"] == 1


def check_formats(item):
    """jsonschema checks the "uri" and "date-time" formats only with optional packages we do not install (it
    answers "conforms" without them): check them here. URIs are absolute http(s) addresses, dates RFC 3339."""
    uris = [item["uri"], item["standard"]["schema"]]
    uris += [r["href"] for r in item.get("renditions", [])] + [s["uri"] for s in item.get("subjects", []) if "uri" in s]
    for uri in uris:
        parts = urlsplit(uri)
        assert parts.scheme in ("http", "https") and parts.netloc, uri
    for key in ("firstcreated", "versioncreated"):
        moment = datetime.datetime.fromisoformat(item[key])
        assert moment.tzinfo is not None and "T" in item[key], item[key]


def test_ninjs_validates_against_the_official_schema(client, portal):
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    listing = get(client, "/api/v1/ninjs/articles/")
    assert listing["count"] == 4
    items = listing["results"] + [
        get(client, f"/api/v1/ninjs/articles/{portal.a1.pk}/"),
        get(client, f"/api/v1/ninjs/multimedia/{portal.video.pk}/"),
    ]
    for item in items:
        errors = sorted(validator.iter_errors(item), key=str)
        assert errors == [], errors
        check_formats(item)
    detail = items[-2]
    assert detail["uri"] == portal.a1.get_full_url()
    assert detail["representationtype"] == "full"
    assert detail["bodies"][0]["contenttype"] == "text/html"
    assert detail["headlines"] == [{"role": "main", "value": "Thái Nguyên khai mạc Festival Trà quốc tế"}]
    assert detail["subjects"][0] == {"name": "Thời sự", "uri": "http://testserver/tin-tuc/thoi-su/", "rel": "section"}
    assert items[-1]["type"] == "video"
    # The schema really checks: an unknown property is refused.
    assert list(validator.iter_errors({**detail, "private_note": "x"}))
    # Gazette documents are not news items: no ninjs for them.
    get(client, "/api/v1/ninjs/gazette-documents/", status=404)


@override_settings(PAGE_CACHE_ENABLED=True)
def test_answers_are_cached_and_renewed_by_a_publish(client, portal):
    first = client.get("/api/v1/articles/?lang=vi")
    assert first["X-Cache"] == "MISS"
    assert "s-maxage" in first["Cache-Control"] and "public" in first["Cache-Control"]
    assert client.get("/api/v1/articles/?lang=vi")["X-Cache"] == "HIT"
    portal.a3.title = "Chỉ đạo phòng chống lũ (cập nhật)"
    with TestCase.captureOnCommitCallbacks(execute=True):  # the answers are renewed once the publish is committed
        portal.a3.save_revision().publish()
    fresh = client.get("/api/v1/articles/?lang=vi")
    assert fresh["X-Cache"] == "MISS"
    assert "Chỉ đạo phòng chống lũ (cập nhật)" in titles(fresh.json())
    # Publishing in English renews the answers too, whatever the path's language.
    client.get("/api/v1/articles/?lang=en")
    pagecache.bump("listings:en")
    assert client.get("/api/v1/articles/?lang=en")["X-Cache"] == "MISS"
    # Errors are never cached.
    assert "X-Cache" not in client.get("/api/v1/articles/?from=x")


def test_the_rate_limit_answers_429_in_json(client, portal, settings):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "api": "3/m"}
    for _ in range(3):
        assert client.get("/api/v1/").status_code == 200
    response = client.get("/api/v1/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Quá nhiều yêu cầu" in response.json()["error"]


def test_only_get_is_allowed(client, portal):
    response = client.post("/api/v1/articles/")
    assert response.status_code == 405


def test_article_listing_query_count(client, portal, django_assert_max_num_queries):
    client.get("/api/v1/articles/")  # renditions are made on the first request
    with django_assert_max_num_queries(9):
        data = get(client, "/api/v1/articles/?limit=100")
    assert data["count"] == 4


def test_multimedia_and_gazette_query_counts(client, portal, django_assert_max_num_queries):
    client.get("/api/v1/multimedia/")
    with django_assert_max_num_queries(8, info="multimedia"):
        get(client, "/api/v1/multimedia/")
    with django_assert_max_num_queries(8):
        get(client, "/api/v1/gazette-documents/")
