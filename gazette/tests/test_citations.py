"""The gazette explained in the news: an article cites legal documents (chosen by an editor in the admin, the same in
every language), shows their number, status and link; a document's page lists the live articles of its reader's
language that explain it, and shows the newsroom's plain-language summary, which the search finds."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from gazette.factories import LegalDocumentFactory
from gazette.lookup import Lookup
from gazette.models import DocumentCitation
from gazette.tests.test_documents import DOCUMENT_QUERIES
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from news.tests.test_article_times import article_form
from news.tests.test_queries import ARTICLE_QUERIES
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db

LAND_URL = "/cong-bao/van-ban/15-2026-qd-ubnd/"


@pytest.fixture
def section(gazette):
    index = NewsIndexPageFactory(parent=gazette.site.home)
    return SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")


def cite(article, *documents):
    """The article, published again with these citations (as the admin saves and publishes them)."""
    article.cited_documents = [DocumentCitation(document=document) for document in documents]
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_an_editor_cites_documents_with_the_snippet_chooser(client, section, documents):
    setup_newsroom()
    client.force_login(UserFactory(username="bientapvien", role="editors"))
    chooser = client.get(reverse("wagtailsnippetchoosers_gazette_legaldocument:choose"))
    assert chooser.status_code == 200
    assert "15/2026/QĐ-UBND" in chooser.json()["html"]

    form = article_form("Hỏi – đáp về hạn mức giao đất ở mới", slug="hoi-dap-han-muc-giao-dat-o")
    form.update(cited_formset([documents.land.pk, documents.old.pk]))
    response = client.post(f"/admin/pages/add/news/articlepage/{section.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = ArticlePage.objects.get(slug="hoi-dap-han-muc-giao-dat-o")
    assert [c.document for c in article.cited_documents.order_by("sort_order")] == [documents.land, documents.old]

    edit = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "15/2026/QĐ-UBND" in edit and "12/2024/CT-UBND" in edit  # the chooser shows what was chosen


def test_the_same_document_chosen_twice_is_refused_and_nothing_typed_is_lost(client, section, documents):
    setup_newsroom()
    client.force_login(UserFactory(username="bientapvien", role="editors"))
    article = ArticlePageFactory(parent=section, title="Hạn mức giao đất", slug="han-muc-giao-dat")
    revisions = article.revisions.count()
    edit_url = f"/admin/pages/{article.pk}/edit/"

    form = article_form("Hỏi – đáp về hạn mức giao đất ở mới", slug="han-muc-giao-dat")
    form.update(cited_formset([documents.land.pk, documents.old.pk, documents.land.pk]))
    response = client.post(edit_url, form)
    assert response.status_code == 200  # the editor again, not saved
    formset = response.context["form"].formsets["cited_documents"]
    assert [row.errors for row in formset.forms[:2]] == [{}, {}]  # the first choice stands
    assert formset.forms[2].errors["document"] == ["Văn bản này đã được chọn ở trên: hãy xóa dòng này."]
    html = response.content.decode()
    assert "Văn bản này đã được chọn ở trên: hãy xóa dòng này." in html
    assert "Hỏi – đáp về hạn mức giao đất ở mới" in html  # what the editor typed is still there
    assert html.count("15/2026/QĐ-UBND") >= 2 and "12/2024/CT-UBND" in html  # and each row's choice
    assert article.revisions.count() == revisions and not article.cited_documents.exists()

    # The duplicate row removed (Wagtail's delete marks it): saved, each document once.
    form["cited_documents-2-DELETE"] = "1"
    assert client.post(edit_url, form).status_code == 302
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert [c.document for c in draft.cited_documents.all()] == [documents.land, documents.old]


def cited_formset(document_ids):
    data = {
        "cited_documents-TOTAL_FORMS": str(len(document_ids)),
        "cited_documents-INITIAL_FORMS": "0",
        "cited_documents-MIN_NUM_FORMS": "0",
        "cited_documents-MAX_NUM_FORMS": "1000",
    }
    for n, document_id in enumerate(document_ids):
        data.update(
            {
                f"cited_documents-{n}-document": str(document_id),
                f"cited_documents-{n}-id": "",
                f"cited_documents-{n}-ORDER": str(n + 1),
                f"cited_documents-{n}-DELETE": "",
            }
        )
    return data


def test_the_article_shows_each_cited_document_with_its_number_status_and_link(client, section, documents):
    not_yet_public = LegalDocumentFactory(number="40/2026/QĐ-UBND", summary="Quy định mức thu phí trông giữ xe")
    article = cite(
        ArticlePageFactory(parent=section, title="Giao đất ở: những điều người dân cần biết"),
        documents.land,
        documents.old,
        not_yet_public,
    )
    html = client.get(article.url).content.decode()
    cited = html[html.index('class="article__cited"') :]
    assert '<a href="/cong-bao/van-ban/15-2026-qd-ubnd/">15/2026/QĐ-UBND</a>' in cited
    assert '<a href="/cong-bao/van-ban/12-2024-ct-ubnd/">12/2024/CT-UBND</a>' in cited
    land, old, waiting = (cited.index(number) for number in ("15/2026", "12/2024", "40/2026"))
    assert land < old < waiting  # the editor's order
    assert "Còn hiệu lực" in cited[land:old] and "Hết hiệu lực" in cited[old:waiting]
    # A document no live issue holds yet has no public page: its number without a link.
    assert "/van-ban/40-2026-qd-ubnd/" not in html


def test_the_document_page_lists_the_live_articles_that_explain_it(client, section, documents):
    when = datetime.datetime(2026, 3, 12, 8, 0, tzinfo=datetime.UTC)
    explained = cite(
        ArticlePageFactory(parent=section, title="Hạn mức giao đất ở mới: hỏi và đáp", date=when), documents.land
    )
    withdrawn = cite(ArticlePageFactory(parent=section, title="Bài đã gỡ về giao đất"), documents.land)
    withdrawn.unpublish()
    cite(ArticlePageFactory(parent=section, title="Học phí năm học mới"), documents.fees)

    html = client.get(LAND_URL).content.decode()
    listing = html[html.index('id="gz-explained-heading"') :]
    assert f'<a href="{explained.url}">Hạn mức giao đất ở mới: hỏi và đáp</a>' in listing
    assert ">12/03/2026</time>" in listing
    assert "Bài đã gỡ" not in html and "Học phí năm học mới" not in html
    # A document no article explains has no such section.
    assert "gz-explained-heading" not in client.get("/cong-bao/van-ban/12-2024-ct-ubnd/").content.decode()


def english_translation(article):
    """The English article through wagtail-localize (the Vietnamese text kept where no translation exists),
    published, with an English title."""
    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(article)
    source.update_from_db()
    source.create_or_update_translation(english, publish=False, fallback=True)
    translated = article.get_translation(english).specific
    translated.title = "Land allocation limits: questions and answers"
    translated.save_revision().publish()
    return ArticlePage.objects.get(pk=translated.pk)


def test_citations_are_synchronised_to_the_english_article_and_listed_in_the_readers_language(
    client, section, documents, gazette
):
    builder = DemoBuilder()
    builder.translation(section.get_parent().specific, "en", title="News", slug="news")
    builder.translation(section, "en", title="Current affairs", slug="current-affairs")
    builder.translation(gazette.index, "en", title="Official Gazette", slug="gazette")
    article = cite(ArticlePageFactory(parent=section, title="Hạn mức giao đất ở mới: hỏi và đáp"), documents.land)

    english = english_translation(article)
    assert [c.document for c in english.cited_documents.all()] == [documents.land]
    cite(article, documents.land, documents.fees)  # the newsroom cites one more: the translation follows
    english = english_translation(article)
    assert [c.document for c in english.cited_documents.order_by("sort_order")] == [documents.land, documents.fees]

    # Each edition links to its own gazette, and each gazette lists the articles of its language.
    english_html = client.get(english.url).content.decode()
    assert '<a href="/en/gazette/van-ban/15-2026-qd-ubnd/">15/2026/QĐ-UBND</a>' in english_html
    en_listing = client.get("/en/gazette/van-ban/15-2026-qd-ubnd/").content.decode()
    assert f'<a href="{english.url}">Land allocation limits: questions and answers</a>' in en_listing
    assert "Hạn mức giao đất ở mới" not in en_listing
    vi_listing = client.get(LAND_URL).content.decode()
    assert f'<a href="{article.url}">Hạn mức giao đất ở mới: hỏi và đáp</a>' in vi_listing
    assert "Land allocation limits" not in vi_listing


def test_the_plain_summary_is_shown_above_the_legal_text_and_found_by_the_search(client, documents):
    assert Lookup({"q": "thừa kế"}).count() == 0  # the word is in no document
    assert 'id="gz-plain-summary-heading"' not in client.get(LAND_URL).content.decode()

    documents.land.plain_summary = (
        "<p>Hộ gia đình nhận <b>thừa kế</b> đất ở được công nhận theo hạn mức mới.</p>"
        "<ul><li>Ở phường: tối đa 120 m².</li><li>Ở xã: tối đa 300 m².</li></ul>"
    )
    documents.land.save()

    html = client.get(LAND_URL).content.decode()
    plain = html.index('id="gz-plain-summary-heading"')
    assert html.index("<h1>15/2026/QĐ-UBND</h1>") < plain < html.index('class="gz-meta"')
    assert "Tóm tắt dễ hiểu" in html[plain : plain + 200]
    assert "<b>thừa kế</b>" in html and "<li>Ở xã: tối đa 300 m².</li>" in html
    lookup = Lookup({"q": "thừa kế"})
    assert [document.pk for document in lookup.page(1, 10).object_list] == [documents.land.pk]
    assert LAND_URL in client.get("/tim-kiem/", {"q": "thừa kế"}).content.decode()


def test_article_page_queries_one_more_for_its_cited_documents(client, section, documents, django_assert_num_queries):
    plain = ArticlePageFactory(parent=section, title="Tin không dẫn văn bản")
    citing = cite(ArticlePageFactory(parent=section, title="Tin dẫn hai văn bản"), documents.land, documents.old)
    for article in (plain, citing):
        client.get(article.url)  # caches warm up
    # The router tells whether the article cites documents: none costs nothing.
    with django_assert_num_queries(PLAIN_ARTICLE_QUERIES):
        assert client.get(plain.url).status_code == 200
    # The citations with their documents: one query, the gazette's address from the cache.
    with django_assert_num_queries(PLAIN_ARTICLE_QUERIES + 1):
        assert client.get(citing.url).status_code == 200


# ARTICLE_QUERIES (news/tests/test_queries.py) less the renditions of related articles' images (none here).
PLAIN_ARTICLE_QUERIES = ARTICLE_QUERIES - 1


def test_document_page_queries_two_more_for_the_articles_explaining_it(
    client, section, documents, django_assert_num_queries
):
    for n in range(3):
        cite(ArticlePageFactory(parent=section, title=f"Giao đất ở, bài {n + 1}"), documents.land)
    client.get(LAND_URL)
    # The document (with whether it is cited) and what DOCUMENT_QUERIES counts; the citing pages, then their
    # articles' own fields (one query per page type).
    with django_assert_num_queries(DOCUMENT_QUERIES + 2):
        html = client.get(LAND_URL).content.decode()
    assert html.count("Giao đất ở, bài") == 3
    with django_assert_num_queries(DOCUMENT_QUERIES):  # a document no article cites: nothing more
        assert client.get("/cong-bao/van-ban/5-2026-nq-hdnd/").status_code == 200
