"""Issue 9, item 3: the newsroom's public snippets (leaders, spokespersons, outlets, agencies, calendar entries) are
translatable in wagtail-localize, and English pages show the English snippet when it exists, else the Vietnamese."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.factories import (
    ArticlePageFactory,
    LeaderFactory,
    OutletFactory,
    SpokespersonFactory,
)
from news.models import CalendarEntry, Leader, Outlet, Spokesperson
from thainguyen_portal.core.demo import DemoBuilder

PUBLIC_SNIPPETS = (Leader, Spokesperson, Outlet, CalendarEntry)  # and the petitions app's agencies


def test_public_snippets_are_translatable():
    for model in PUBLIC_SNIPPETS:
        assert issubclass(model, TranslatableMixin), model
        assert ("translation_key", "locale") in model._meta.unique_together, model


# Transactional (migrations cannot run inside the test's transaction), without serialized rollback: after another
# transactional test's flush, Django recreates the content types with new ids and reloading the serialized ones
# collides with them. The database may therefore be empty here; the default locale is made if missing.
@pytest.mark.django_db(transaction=True)
def test_the_bootstrap_migration_gives_existing_snippets_the_default_locale_and_a_key():
    """Rows made before the snippets were translatable get Vietnamese and a translation key each (0003), then the
    pair becomes required and unique (0004)."""
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="vi")
    before, after = ("news", "0001_initial"), ("news", "0004_snippets_translatable")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old = executor.loader.project_state([before]).apps
    old.get_model("news", "Leader").objects.create(name="Trịnh Việt Hùng", position="Chủ tịch UBND tỉnh")
    old.get_model("news", "Leader").objects.create(name="Nguyễn Huy Dũng", position="Phó Chủ tịch UBND tỉnh")
    old.get_model("news", "Outlet").objects.create(name="Báo Nhân Dân")
    old.get_model("news", "Agency").objects.create(name="Sở Xây dựng")
    old.get_model("news", "Spokesperson").objects.create(name="Phạm Thị Hà", position="Chánh Văn phòng")
    try:
        executor = MigrationExecutor(connection)
        executor.migrate([after])
        new = executor.loader.project_state([after]).apps
        for name in ("Leader", "Outlet", "Agency", "Spokesperson"):
            rows = list(new.get_model("news", name).objects.select_related("locale"))
            assert rows and all(row.locale.language_code == "vi" for row in rows), name
            keys = [row.translation_key for row in rows]
            assert None not in keys and len(set(keys)) == len(keys), name
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
def test_a_translator_translates_a_leader_in_wagtail_localize(admin_client, locales):
    leader = LeaderFactory(
        name="Trịnh Việt Hùng", position="Chủ tịch Ủy ban nhân dân tỉnh", biography="<p>Chỉ đạo chung.</p>"
    )
    # The snippet listing offers wagtail-localize's "Translate" and its form opens.
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["news", "leader", leader.pk])
    assert submit in admin_client.get(reverse("wagtailsnippets_news_leader:list")).content.decode()
    assert admin_client.get(submit).status_code == 200
    response = admin_client.post(submit, {"locales": [locales.en.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=leader.translation_key, target_locale=locales.en)
    english = {
        "Trịnh Việt Hùng": "Trịnh Việt Hùng",
        "Chủ tịch Ủy ban nhân dân tỉnh": "Chairman of the Provincial People's Committee",
        "Chỉ đạo chung.": "Leads the Committee's work.",
    }
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locales.en,
            context=segment.context,
            defaults={"data": english[segment.string.data], "translation_type": "manual"},
        )
    translation.save_target()
    leader_en = Leader.objects.get(translation_key=leader.translation_key, locale=locales.en)
    assert leader_en.position == "Chairman of the Provincial People's Committee"
    assert (
        "Leads the Committee&#x27;s work." in leader_en.biography
        or "Leads the Committee's work." in leader_en.biography
    )
    assert leader_en.sort_order == leader.sort_order  # synchronised


@pytest.fixture
def english_news(news_tree):
    builder = DemoBuilder()
    index_en = builder.translation(news_tree.index, "en", title="News", slug="news")
    direction_en = builder.translation(news_tree.direction, "en", title="Direction", slug="direction")
    leaders_en = builder.translation(news_tree.leaders, "en", title="Leaders", slug="leaders")
    return builder, index_en, direction_en, leaders_en


@pytest.mark.django_db
def test_english_article_shows_the_english_leader_and_vietnamese_keeps_its_own(client, news_tree, english_news):
    builder, _index_en, _direction_en, _leaders_en = english_news
    leader = LeaderFactory(name="Trịnh Việt Hùng", position="Chủ tịch Ủy ban nhân dân tỉnh")
    article = ArticlePageFactory(
        parent=news_tree.direction, title="Chủ tịch tỉnh chỉ đạo giải ngân", kind="direction", leader=leader
    )
    article_en = builder.translation(
        article, "en", title="The Chairman on disbursement", slug="disbursement", sapo="Disbursement."
    )
    assert article_en.leader_id == leader.pk  # a synchronised field: it names the Vietnamese leader

    # No English leader yet: the Vietnamese one.
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in client.get(article_en.url).content.decode()

    builder.translation(leader, "en", name=leader.name, position="Chairman of the Provincial People's Committee")
    html = client.get(article_en.url).content.decode()
    assert "Chairman of the Provincial People&#x27;s Committee" in html
    assert "Chủ tịch Ủy ban nhân dân tỉnh" not in html
    html_vi = client.get(article.url).content.decode()
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in html_vi and "Chairman" not in html_vi


@pytest.mark.django_db
def test_english_statement_and_press_items_show_english_spokesperson_and_outlet(client, news_tree, english_news):
    builder = english_news[0]
    spokesperson = SpokespersonFactory(name="Phạm Thị Hà", position="Chánh Văn phòng UBND tỉnh")
    builder.translation(
        spokesperson, "en", name=spokesperson.name, position="Chief of the Office of the Provincial People's Committee"
    )
    outlet = OutletFactory(name="Báo Nhân Dân")
    builder.translation(outlet, "en", name="Nhan Dan newspaper")
    statement = ArticlePageFactory(
        parent=news_tree.direction, title="Thông cáo báo chí", kind="statement", spokesperson=spokesperson
    )
    press = ArticlePageFactory(
        parent=news_tree.direction,
        title="Báo Nhân Dân viết về Thái Nguyên",
        kind="press",
        outlet=outlet,
        original_url="https://nhandan.vn/a.html",
    )
    statement_en = builder.translation(
        statement, "en", title="Press release", slug="press-release", sapo="A statement."
    )
    press_en = builder.translation(press, "en", title="Nhan Dan on Thai Nguyen", slug="nhan-dan", sapo="Summary.")
    assert "Chief of the Office" in client.get(statement_en.url).content.decode()
    html = client.get(press_en.url).content.decode()
    assert "Nhan Dan newspaper" in html and "Báo Nhân Dân" not in html


@pytest.mark.django_db
def test_english_leaders_page_lists_each_leader_once(client, news_tree, english_news):
    builder, leaders_en = english_news[0], english_news[3]
    first = LeaderFactory(name="Trịnh Việt Hùng", position="Chủ tịch UBND tỉnh", sort_order=1)
    LeaderFactory(name="Nguyễn Huy Dũng", position="Phó Chủ tịch UBND tỉnh", sort_order=2)
    builder.translation(first, "en", name=first.name, position="Chairman of the Provincial People's Committee")
    leaders = client.get(leaders_en.url).context["leaders"]
    assert [(leader.name, leader.locale.language_code) for leader in leaders] == [
        ("Trịnh Việt Hùng", "en"),
        ("Nguyễn Huy Dũng", "vi"),
    ]
    vietnamese = client.get(news_tree.leaders.url).context["leaders"]
    assert [leader.locale.language_code for leader in vietnamese] == ["vi", "vi"]
