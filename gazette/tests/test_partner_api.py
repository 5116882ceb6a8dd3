"""The gazette's documents in the partner API (/api/v1/gazette-documents/, registered by gazette/wagtail_hooks.py)
and the gazette's former JSON addresses, which redirect there for good."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v1/gazette-documents/"


def test_the_old_list_address_redirects_with_its_query_string(client, documents):
    response = client.get("/cong-bao/api/van-ban/?type=nghi-quyet&field=giao-duc&page=1")
    assert response.status_code == 301
    assert response["Location"] == f"{API}?type=nghi-quyet&page=1&section=giao-duc"
    assert client.get("/cong-bao/api/van-ban/")["Location"] == API


def test_the_old_detail_address_redirects_to_the_document_by_its_slug(client, documents):
    response = client.get("/cong-bao/api/van-ban/5-2026-nq-hdnd/?lang=vi")
    assert response.status_code == 301
    assert response["Location"] == f"{API}5-2026-nq-hdnd/?lang=vi"


def test_list_has_the_apis_pagination(client, documents):
    data = client.get(API, {"type": "nghi-quyet"}).json()
    assert set(data) == {"count", "limit", "offset", "next", "previous", "results"}
    assert data["count"] == 1
    item = data["results"][0]
    assert item["number"] == "05/2026/NQ-HĐND"
    assert item["url"] == "http://testserver/cong-bao/van-ban/5-2026-nq-hdnd/"
    page = client.get(API, {"limit": 1, "page": 2}).json()
    assert (page["count"], page["offset"], len(page["results"])) == (3, 1, 1)
    assert page["next"].startswith("http://testserver/api/v1/gazette-documents/?") and "offset=2" in page["next"]
    assert "offset=0" in page["previous"]


def test_the_lookups_own_parameters_filter_the_list(client, documents):
    numbers = [item["number"] for item in client.get(API, {"signer": "Phạm Hoàng Sơn"}).json()["results"]]
    assert numbers == ["05/2026/NQ-HĐND"]
    numbers = [item["number"] for item in client.get(API, {"year": "2024"}).json()["results"]]
    assert numbers == ["12/2024/CT-UBND"]
    numbers = [item["number"] for item in client.get(API, {"section": "dat-dai"}).json()["results"]]
    assert numbers == ["15/2026/QĐ-UBND", "12/2024/CT-UBND"]
    numbers = [item["number"] for item in client.get(API, {"q": "15/2026"}).json()["results"]]
    assert numbers == ["15/2026/QĐ-UBND"]


def test_detail_by_id_or_slug_with_files_appearances_and_full_text(client, documents):
    by_slug = client.get(f"{API}5-2026-nq-hdnd/").json()
    assert by_slug["appearances"][0]["pages"] == "1–2"
    assert by_slug["title"].startswith("Nghị quyết số 05/2026/NQ-HĐND")
    assert {"files", "relations", "full_text"} <= set(by_slug)
    assert client.get(f"{API}{documents.fees.pk}/").json() == by_slug
    missing = client.get(f"{API}khong-co/")
    assert missing.status_code == 404 and missing.json() == {"error": "Không tìm thấy.", "status": 404}


@pytest.mark.parametrize(
    "query",
    ["on=hom-nay", "year=nam-ngoai", "page=0", "limit=abc", "type=khong-co", "section=khong-co", "from=hom-qua"],
)
def test_a_bad_parameter_is_a_400_in_the_apis_error_shape(client, documents, query):
    response = client.get(f"{API}?{query}")
    assert response.status_code == 400
    data = response.json()
    assert set(data) == {"error", "status"} and data["status"] == 400 and data["error"]


def test_a_bad_parameter_through_the_old_address_ends_in_the_same_400(client, documents):
    response = client.get("/cong-bao/api/van-ban/?on=hom-nay", follow=True)
    assert response.redirect_chain == [(f"{API}?on=hom-nay", 301)]
    assert response.status_code == 400 and "“on”" in response.json()["error"]


def test_the_apis_index_describes_the_gazettes_own_parameters(client, documents):
    resources = {resource["name"]: resource for resource in client.get("/api/v1/").json()["resources"]}
    parameters = resources["gazette-documents"]["parameters"]
    assert set(parameters) == {"q", "body", "signer", "status", "year", "effective_from", "effective_to", "on"}
    assert parameters["signer"] == "tên người ký"
    assert resources["articles"]["parameters"] == {}
