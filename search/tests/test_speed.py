"""What keeps search fast at scale, and keeps it fair: only the newest matches are counted and ranked (window by
window on PostgreSQL), suggestions come newest first from every window, rate limits per client, and the header
search box of every page gets suggestions from a static file."""

import re
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from search.factories import SearchEntryFactory
from search.models import SearchEntry
from search.query import WINDOWS, match, suggest, suggestion_words
from search.text import parse_query

pytestmark = pytest.mark.django_db


def _dated_entries(now):
    """One entry per date window (PostgreSQL asks for them window by window), plus one without a date."""
    ages = [1, 10, 60, 200, 800]  # days: one in each of the windows 7, 30, 90, 365 and older
    assert len(ages) == len(WINDOWS) + 1
    entries = {
        age: SearchEntryFactory(title=f"Chè Tân Cương mục {age}", body="Vùng chè.", date=now - timedelta(days=age))
        for age in ages
    }
    entries[None] = SearchEntryFactory(title="Chè Tân Cương không ngày", body="Vùng chè.", date=None)
    SearchEntryFactory(title="Hồ Núi Cốc", body="Không liên quan.", date=now)
    return entries


def _keys(entries, rows):
    by_pk = {entry.pk: key for key, entry in entries.items()}
    return [by_pk[row.pk] for row in rows]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [(1, [1]), (3, [1, 10, 60]), (4, [1, 10, 60, 200]), (5, [1, 10, 60, 200, 800]), (50, "all")],
)
def test_only_the_newest_matches_are_ranked(settings, site_tree, limit, expected):
    now = timezone.now()
    entries = _dated_entries(now)
    settings.SEARCH_MAX_RESULTS = limit
    ranked = match(SearchEntry.objects.all(), parse_query("che tan cuong"), now=now)
    ranked = ranked.order_by("-date", "pk")
    if expected == "all":
        assert set(_keys(entries, ranked)) == set(entries)  # the undated one too
        assert ranked.count() == len(entries)
        return
    assert _keys(entries, ranked) == expected
    assert ranked.count() == limit


def test_newest_window_keeps_the_filters(settings, site_tree):
    now = timezone.now()
    entries = _dated_entries(now)
    other = SearchEntryFactory(title="Chè Tân Cương tin mới", kind="news", date=now)
    settings.SEARCH_MAX_RESULTS = 2
    news_only = match(SearchEntry.objects.filter(kind="news"), parse_query("che tan cuong"), now=now)
    assert [entry.pk for entry in news_only] == [other.pk]
    old_only = SearchEntry.objects.filter(date__lt=now - timedelta(days=100))
    assert _keys(entries, match(old_only, parse_query("chè tân cương"), now=now).order_by("-date")) == [200, 800]


def test_a_capped_result_says_so(client, settings, site_tree):
    for number in range(3):
        SearchEntryFactory(title=f"Công văn chè số {number}", url=f"/cong-bao/cv-{number}/")
    settings.SEARCH_MAX_RESULTS = 2
    response = client.get("/tim-kiem/", {"q": "cong van che"})
    assert response.status_code == 200
    assert response.context["results_capped"]
    assert response.context["search_results"].paginator.count == 2
    summary = re.search(r'<p class="search-summary"[^>]*>(.*?)</p>', response.content.decode(), re.S).group(1)
    assert "Có từ 2 kết quả trở lên" in summary  # the Vietnamese page
    settings.SEARCH_MAX_RESULTS = 4  # ("3 or more" would be true, but the exact count is nicer)
    response = client.get("/tim-kiem/", {"q": "cong van che"})
    assert not response.context["results_capped"]
    assert response.context["search_results"].paginator.count == 3


def test_suggestions_reach_old_and_undated_titles(site_tree, locales):
    now = timezone.now()
    SearchEntryFactory(title="Lễ hội trà xưa", date=now - timedelta(days=4000))
    SearchEntryFactory(title="Lễ hội trà không ngày", date=None)
    SearchEntryFactory(title="Lễ hội trà năm nay", date=now - timedelta(days=3))
    titles = suggest(SearchEntry.objects.filter(locale=locales.vi), suggestion_words("le hoi tr"))
    assert titles == ["Lễ hội trà năm nay", "Lễ hội trà xưa", "Lễ hội trà không ngày"]
    assert suggest(SearchEntry.objects.filter(locale=locales.vi), suggestion_words("le hoi tr"), limit=1) == [
        "Lễ hội trà năm nay"
    ]


# --- rate limits ------------------------------------------------------------------------------------------------


def test_searches_are_rate_limited_per_client(client, settings, documents):
    settings.PORTAL_RATE_LIMITS = {"search": "3/m", "suggest": "5/m"}
    for attempt in range(3):  # fixed one-minute windows: try again if the requests straddled two
        address = {"REMOTE_ADDR": f"203.0.113.{71 + attempt}"}
        minute = int(time.time()) // 60
        codes = [client.get("/tim-kiem/", {"q": "ho nui coc"}, **address).status_code for _ in range(4)]
        # Suggestions have their own, higher limit: the box keeps working for this reader.
        suggest_codes = [
            client.get("/tim-kiem/", {"q": "ho nu", "format": "json"}, **address).status_code for _ in range(6)
        ]
        if int(time.time()) // 60 == minute:
            break
    assert codes == [200, 200, 200, 429]
    assert suggest_codes == [200] * 5 + [429]
    # Another reader is not affected.
    assert client.get("/tim-kiem/", {"q": "ho nui coc"}, REMOTE_ADDR="203.0.113.99").status_code == 200


def test_default_rate_is_60_searches_a_minute(client, site_tree):
    # The limit counts in fixed one-minute windows: on a busy machine 61 requests may straddle two, so try again.
    for attempt in range(3):
        address = {"REMOTE_ADDR": f"198.51.100.{61 + attempt}"}
        minute = int(time.time()) // 60
        codes = [client.get("/tim-kiem/", **address).status_code for _ in range(61)]
        if int(time.time()) // 60 == minute:
            break
    assert codes == [200] * 60 + [429]


# --- the header box of every page --------------------------------------------------------------------------------


def test_every_page_loads_the_suggestions_script_as_a_static_file(client, site_tree):
    for url in ["/", "/tim-kiem/?q=che"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        suggest_tags = [tag for tag in scripts if "search/suggest.js" in tag]
        assert len(suggest_tags) == 1, url  # once, also on the search page
        assert "defer" in suggest_tags[0]
        assert 'data-css="/static/search/suggest.css"' in suggest_tags[0]
        assert 'role="search"' in html
        # No inline script: every <script> has a src (the public CSP allows only 'self').
        assert all("src=" in tag for tag in scripts), url


# --- the PostgreSQL layout (migration 0003) ----------------------------------------------------------------------


def test_postgres_layout_for_speed(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        # On SQLite the migration changes nothing: the entries keep no vector columns (the FTS5 index of Wagtail's
        # SQLite backend does the matching), so there is nothing of PostgreSQL's layout to find.
        columns = {
            column.name
            for column in connection.introspection.get_table_description(connection.cursor(), "search_searchentry")
        }
        assert "search_vector" not in columns and "title_vector" not in columns
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_searchentry'")
        indexes = " ".join(row[0] for row in cursor.fetchall())
        cursor.execute(
            "SELECT attname, attstattarget, attstorage FROM pg_attribute WHERE attrelid = 'search_searchentry'::regclass"
            " AND attname IN ('search_vector', 'title_vector', 'title_exact', 'title')"
        )
        columns = {name: (target, storage) for name, target, storage in cursor.fetchall()}
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_searchentry'")
        options = cursor.fetchone()[0]
    # The date sits in the GIN indexes, so a date window is answered inside one index scan.
    assert "USING gin (search_vector, date)" in indexes
    assert "USING gin (title_vector, date)" in indexes
    # No statistics on the vectors (the planner then always takes the index), ranking columns kept in the row.
    assert {name: target for name, (target, _storage) in columns.items() if name != "title"} == {
        "search_vector": 0,
        "title_vector": 0,
        "title_exact": 0,
    }
    assert {columns[name][1] for name in ("title", "title_vector", "title_exact")} == {"m"}
    assert "toast_tuple_target=128" in options
