"""The English edition is curated: a Vietnamese article is nowhere in English until it is translated and live.

The translation is made through wagtail-localize's own API (TranslationSource, Translation, StringTranslation,
save_target), the way its editor makes it.
"""

import pytest
from django.test import Client
from wagtail.models import Page

from news.factories import ArticlePageFactory
from thainguyen_portal.translation.signals import is_cross_locale_alias

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db

WORD = "Quasiquoxle"  # a made-up word: the English text is recognisable


def english_places(client, article_title):
    """Where an English reader could meet the article: {place: True when it is there}."""
    sitemap = client.get("/sitemap.xml").content.decode()
    return {
        "home": article_title in client.get("/en/").content.decode(),
        "news index": article_title in client.get("/en/news/").content.decode(),
        "section": article_title in client.get("/en/news/economy/").content.decode(),
        "rss": article_title in client.get("/en/news/rss/").content.decode(),
        "atom": article_title in client.get("/en/news/economy/atom/").content.decode(),
        "sitemap": "/en/news/economy/vn-article-" in sitemap,
        "search": "/vn-article" in client.get("/en/search/", {"q": "khởi công nhà máy"}).content.decode(),
    }


def english(text):
    return f"{WORD} English: {text}"


def test_untranslated_article_is_absent_from_english_until_translated_and_published(english_tree, locales):
    client = Client()
    article = ArticlePageFactory(
        parent=english_tree.economy, title="Thái Nguyên khởi công nhà máy mới", slug="vn-article"
    )
    article.save_revision().publish()
    assert "Thái Nguyên khởi công nhà máy mới" in client.get("/tin-tuc/kinh-te/").content.decode()
    assert "/vn-article/" in client.get("/tim-kiem/", {"q": "khởi công nhà máy"}).content.decode()
    english_title = english("Thái Nguyên khởi công nhà máy mới")

    assert not any(english_places(client, "Thái Nguyên khởi công nhà máy mới").values())

    # A draft translation (what "Translate this page" makes) is not public yet.
    draft = translate_with_localize(article, locales.en, english=english, publish=False)
    assert not draft.live
    assert client.get(draft.url).status_code == 404
    assert english_places(client, english_title) == dict.fromkeys(english_places(client, english_title), False)

    published = translate_with_localize(article, locales.en, english=english, publish=True)
    assert published.pk == draft.pk and published.live
    assert published.url == "/en/news/economy/vn-article-en/"
    response = client.get(published.url)
    assert response.status_code == 200
    assert english_title in response.content.decode()
    places = english_places(client, english_title)
    assert places == dict.fromkeys(places, True), places
    # The English listing links to the English page, never to the Vietnamese one, which stays where it was.
    assert "/tin-tuc/kinh-te/vn-article/" not in client.get("/en/news/economy/").content.decode()
    assert "/tin-tuc/kinh-te/vn-article/" in client.get("/tin-tuc/kinh-te/").content.decode()


def test_untranslated_parents_become_offline_placeholders_not_vietnamese_pages_under_en(english_tree, locales):
    """Translating an article of an untranslated section makes wagtail-localize alias the section into English;
    that alias must not serve Vietnamese under /en/ nor show in English listings, search or the switcher."""
    client = Client()
    article = ArticlePageFactory(
        parent=english_tree.current, title="Tin thời sự chưa dịch chuyên mục", slug="thoi-su-1"
    )
    article.save_revision().publish()
    translated = translate_with_localize(article, locales.en, english=english)

    placeholder = Page.objects.get(pk=translated.get_parent().pk)
    assert placeholder.alias_of_id == english_tree.current.pk and placeholder.locale_id == locales.en.pk
    assert is_cross_locale_alias(placeholder)
    assert not placeholder.live
    assert client.get(placeholder.url).status_code == 404
    # The translated article below it is served in English.
    response = client.get(translated.url)
    assert response.status_code == 200 and english("Tin thời sự chưa dịch chuyên mục") in response.content.decode()
    assert "Thời sự" not in client.get("/en/news/").content.decode()
    assert "Thời sự" not in client.get("/en/").content.decode()
    # Publishing the Vietnamese section again (Wagtail republishes its aliases) keeps the placeholder offline.
    english_tree.current.save_revision().publish()
    placeholder.refresh_from_db()
    assert not placeholder.live
    # The switcher on the Vietnamese section goes to the English home page, not to the placeholder.
    html = client.get("/tin-tuc/thoi-su/").content.decode()
    assert 'hreflang="en" lang="en">English</a>' in html
    assert 'href="/en/" hreflang="en"' in html


def test_a_translation_with_untranslated_segments_is_not_published_from_the_editor(
    english_tree, people, locales, django_capture_on_commit_callbacks
):
    """wagtail-localize would publish the missing segments in Vietnamese; the English edition refuses."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation
    from wagtail_localize.operations import translate_object

    article = ArticlePageFactory(parent=english_tree.economy, title="Bài chưa dịch xong", slug="chua-dich-xong")
    article.save_revision().publish()
    translate_object(article, [locales.en])
    draft = article.get_translation(locales.en)
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=locales.en)
    client = Client()
    client.force_login(people.english_editor)
    url = f"/admin/pages/{draft.pk}/edit/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"}, follow=True)
    assert "segments are not translated yet" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live

    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales.en,
            context=segment.context,
            data=f"{segment.string.data}-en" if segment.context.path == "slug" else english(segment.string.data),
        )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "publish"})
    draft.refresh_from_db()
    assert draft.live and draft.title == english("Bài chưa dịch xong")


def test_cached_sitemap_is_renewed_when_an_english_page_is_published(english_tree, locales, settings):
    settings.PAGE_CACHE_ENABLED = True
    client = Client()
    article = ArticlePageFactory(parent=english_tree.economy, title="Bài cho sơ đồ trang", slug="so-do-trang")
    article.save_revision().publish()
    first = client.get("/sitemap.xml")
    assert "/en/news/economy/so-do-trang-en/" not in first.content.decode()
    assert client.get("/sitemap.xml")["X-Cache"] == "HIT"  # served from the page cache from now on
    translate_with_localize(article, locales.en, english=english)
    assert "/en/news/economy/so-do-trang-en/" in client.get("/sitemap.xml").content.decode()
