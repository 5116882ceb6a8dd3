"""An article's corrections (đính chính) are translated like its text (#20 item 5)."""

import pytest
from django.test import Client
from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.operations import translate_object

from news.factories import ArticlePageFactory
from news.models import ArticleCorrection
from thainguyen_portal.translation.reports import unfinished_translation

from .conftest import translate_with_localize

pytestmark = pytest.mark.django_db

CORRECTION = "Đính chính: con đường dài 8 km, không phải 6 km."


def article_with_correction(english_tree):
    article = ArticlePageFactory(parent=english_tree.economy, title="Bài có đính chính", slug="bai-co-dinh-chinh")
    article.corrections.add(ArticleCorrection(text=CORRECTION))
    article.save_revision().publish()
    return article


def test_a_correction_is_a_segment_for_the_translator(english_tree, locales):
    article = article_with_correction(english_tree)
    source, _ = TranslationSource.get_or_create_from_instance(article)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert CORRECTION in texts


def test_the_english_article_shows_the_english_correction(english_tree, locales):
    article = article_with_correction(english_tree)
    english = translate_with_localize(article, locales.en, english=lambda text: f"In English: {text}")
    correction = english.corrections.get()
    assert correction.text == f"In English: {CORRECTION}"
    assert correction.locale == locales.en
    assert correction.translation_key == article.corrections.get().translation_key
    html = Client().get(english.url).content.decode()
    assert f"In English: {CORRECTION}" in html
    assert f"<li>{CORRECTION}" not in html and f">{CORRECTION}<" not in html


def test_an_untranslated_correction_counts_as_untranslated(english_tree, locales):
    article = article_with_correction(english_tree)
    translate_object(article, [locales.en])
    draft = article.get_translation(locales.en)
    source = TranslationSource.objects.get(object_id=article.translation_key)
    assert unfinished_translation(draft) == StringSegment.objects.filter(source=source).count()
    assert StringSegment.objects.filter(source=source, string__data=CORRECTION).exists()


def test_the_migration_gives_a_translation_the_key_of_its_source_correction(english_tree, locales):
    """news.0008 matches the corrections of an article and of its translation by position."""
    import importlib
    import uuid

    from django.apps import apps

    migration = importlib.import_module("news.migrations.0008_translatable_corrections")
    article = article_with_correction(english_tree)
    english = translate_with_localize(article, locales.en)
    ArticleCorrection.objects.filter(page=english).update(translation_key=uuid.uuid4())
    migration.give_locales_and_keys(apps, None)
    source = ArticleCorrection.objects.get(page_id=article.pk)
    translated = ArticleCorrection.objects.get(page_id=english.pk)
    assert source.translation_key == translated.translation_key
    assert (source.locale, translated.locale) == (locales.vi, locales.en)
