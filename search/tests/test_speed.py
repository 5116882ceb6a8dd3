"""What keeps search fast at scale, and keeps it fair: only the newest matches are counted and ranked (window by
window on PostgreSQL), suggestions reach old and undated titles, rate limits per client, and the header search box of
every page gets suggestions from a static file."""

import re
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from search.factories import TextEntryFactory
from search.views import suggestion_words
from thainguyen_portal.core.fulltext.engine import WINDOWS, candidates, suggest
from thainguyen_portal.core.fulltext.query import parse_query
from thainguyen_portal.core.models import TextEntry

pytestmark = pytest.mark.django_db


def _dated_entries(now):
    """One entry per date window (PostgreSQL asks for them window by window), plus one without a date."""
    ages = [1, 10, 60, 200, 800]  # days: one in each of the windows 7, 30, 90, 365 and older
    assert len(ages) == len(WINDOWS) + 1
    entries = {
        age: TextEntryFactory(title=f"Chè Tân Cương mục {age}", body="Vùng chè.", date=now - timedelta(days=age))
        for age in ages
    }
    entries[None] = TextEntryFactory(title="Chè Tân Cương không ngày", body="Vùng chè.", date=None)
    TextEntryFactory(title="Hồ Núi Cốc", body="Không liên quan.", date=now)
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
    # candidates(): the newest SEARCH_MAX_RESULTS matches, newest first (undated last), the ones that are ranked.
    found = candidates(TextEntry.objects.all(), parse_query("che tan cuong"), now=now)
    if expected == "all":
        assert _keys(entries, found) == [1, 10, 60, 200, 800, None]  # the undated one too, last
        return
    assert _keys(entries, found) == expected


def test_newest_window_keeps_the_filters(settings, site_tree):
    now = timezone.now()
    entries = _dated_entries(now)
    other = TextEntryFactory(title="Chè Tân Cương tin mới", kind="news", date=now)
    settings.SEARCH_MAX_RESULTS = 2
    news_only = candidates(TextEntry.objects.filter(kind="news"), parse_query("che tan cuong"), now=now)
    assert [entry.pk for entry in news_only] == [other.pk]
    old_only = TextEntry.objects.filter(date__lt=now - timedelta(days=100))
    assert _keys(entries, candidates(old_only, parse_query("chè tân cương"), now=now)) == [200, 800]


def test_a_capped_result_says_so(client, settings, site_tree):
    for number in range(3):
        TextEntryFactory(title=f"Công văn chè số {number}", url=f"/cong-bao/cv-{number}/")
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
    TextEntryFactory(title="Lễ hội trà xưa", date=now - timedelta(days=4000))
    TextEntryFactory(title="Lễ hội trà không ngày", date=None)
    TextEntryFactory(title="Lễ hội trà năm nay", date=now - timedelta(days=3))
    TextEntryFactory(title="Về lễ hội trà ngày trước", date=now - timedelta(days=5000))
    TextEntryFactory(title="Mùa lễ hội trà không ngày", date=None)
    TextEntryFactory(title="Về lễ hội trà năm nay", date=now - timedelta(days=2))
    entries = TextEntry.objects.filter(locale=locales.vi)
    # Titles that begin with what was typed come first, shortest first (core/fulltext/engine.py suggest; the old
    # suggestions were newest first throughout), then the titles holding it further in, newest first, undated last:
    # old and undated titles are reached either way.
    assert suggest(entries, suggestion_words("le hoi tr")) == [
        "Lễ hội trà xưa",
        "Lễ hội trà năm nay",
        "Lễ hội trà không ngày",
        "Về lễ hội trà năm nay",
        "Về lễ hội trà ngày trước",
        "Mùa lễ hội trà không ngày",
    ]
    assert suggest(entries, suggestion_words("le hoi tr"), limit=1) == ["Lễ hội trà xưa"]
    # Under four letters typed, only the titles that begin with them (core/fulltext/engine.py suggest).
    assert suggest(entries, suggestion_words("le h")) == [
        "Lễ hội trà xưa",
        "Lễ hội trà năm nay",
        "Lễ hội trà không ngày",
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
        # No inline script: every executable <script> has a src (the public CSP allows only 'self'); JSON-LD
        # blocks are data, which browsers neither run nor check against script-src.
        executable = [tag for tag in scripts if 'type="application/ld+json"' not in tag]
        assert executable and all("src=" in tag for tag in executable), url


# --- the PostgreSQL layout (core migration 0004) -------------------------------------------------------------------


def test_postgres_layout_for_speed(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        # On SQLite the migration adds nothing: matching is LIKE on the folded token strings (core/fulltext/engine.py)
        # and the vector column stays empty (core/fulltext/fields.py).
        entry = TextEntryFactory(title="Chè Tân Cương")
        assert TextEntry.objects.filter(pk=entry.pk).values_list("search_vector", flat=True).get() is None
        assert (
            TextEntry.objects.get(pk=entry.pk).text_folded
            == " che tan cuong ve viec phe duyet quy hoach vung che tan cuong "
        )
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'core_textentry'")
        indexes = " ".join(row[0] for row in cursor.fetchall())
        cursor.execute(
            "SELECT attname, attstattarget, attstorage FROM pg_attribute WHERE attrelid = 'core_textentry'::regclass"
            " AND attname IN ('search_vector', 'title', 'kind', 'path', 'title_folded', 'keys')"
        )
        columns = {name: (target, storage) for name, target, storage in cursor.fetchall()}
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'core_textentry'")
        options = cursor.fetchone()[0]
    # The date sits in the GIN index, so a date window is answered inside one index scan.
    assert "USING gin (search_vector, date)" in indexes
    # The suggestions: titles holding what was typed (trigrams), and titles beginning with it.
    assert "USING gin (title_folded gin_trgm_ops)" in indexes
    assert 'btree (title_folded COLLATE "C")' in indexes  # byte order: LIKE ' dac san tr%' walks it, in order
    # No statistics on the vector (the planner then always takes the index).
    assert columns["search_vector"][0] == 0
    # What every candidate is ranked on (title, keys) and filtered on (kind, path) kept in the row.
    assert {columns[name][1] for name in ("title", "kind", "path", "title_folded", "keys")} == {"m"}
    assert "toast_tuple_target=128" in options
