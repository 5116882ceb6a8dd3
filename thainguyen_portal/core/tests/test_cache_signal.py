"""Renewals across processes whose caches are their own (core/publishing/pagecache.py, LocalCacheSignal).

Under `make run` (SQLite, in-memory cache) the scheduler publishes in its own process: the first test starts those
very processes (the development server and ``run_scheduler``, with `make run`'s settings) and checks that a
scheduled article reaches the home page and its section within a minute of going live, where the server used to
keep serving its cached pages for ten minutes. The others test the signal within one process.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

from thainguyen_portal.core.publishing.pagecache import LocalCacheSignal

ROOT = Path(__file__).resolve().parents[3]

SETUP = """
import datetime
from django.utils import timezone
from wagtail.models import Page, Site
from home.factories import HomePageFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage

Page.objects.filter(depth=2).delete()
home = HomePageFactory(parent=Page.get_first_root_node())
Site.objects.all().delete()
Site.objects.create(hostname="127.0.0.1", port={port}, root_page=home, is_default_site=True, site_name="Thái Nguyên")
news = NewsIndexPageFactory(parent=home)
section = SectionPageFactory(parent=news, title="Kinh tế", slug="kinh-te")
ArticlePageFactory(parent=section, title="Tin đã đăng từ trước")
article = ArticlePage(
    title="Bài hẹn giờ đăng về vùng chè Tân Cương",
    slug="bai-hen-gio",
    sapo="Bài được hẹn giờ xuất bản.",
    date=timezone.now(),
    live=False,
    go_live_at=timezone.now() + datetime.timedelta(seconds={delay}),
)
section.add_child(instance=article)
article.save_revision().publish()  # scheduled: go_live_at is in the future
assert not ArticlePage.objects.get(pk=article.pk).live
"""

SCHEDULED_TITLE = "Bài hẹn giờ đăng về vùng chè Tân Cương"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a local test server
        return response.headers.get("X-Cache", ""), response.read().decode()


def _wait_for_server(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {process.stdout.read()}")
        try:
            return _get(url)
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the server did not answer {url} within {seconds} s")


def test_a_scheduled_article_reaches_the_cached_home_page_under_make_run(tmp_path):
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.dev",  # make run's settings, its embedded default
        PORTAL_VAR_DIR=str(tmp_path),  # its own SQLite file, media and cache-signal file
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        PYTHONUNBUFFERED="1",
    )
    env.pop("PAGE_CACHE_SIGNAL_FILE", None)
    env.pop("PAGE_CACHE_ENABLED", None)
    manage = [sys.executable, str(ROOT / "manage.py")]

    def run(*args):
        subprocess.run([*manage, *args], env=env, cwd=ROOT, check=True, capture_output=True, timeout=300)

    delay = 8
    run("migrate", "--noinput", "-v0")
    run("shell", "-c", SETUP.format(port=port, delay=delay))
    go_live = time.monotonic() + delay

    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    scheduler = None
    try:
        home_url, section_url = f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{port}/tin-tuc/kinh-te/"
        _wait_for_server(home_url, server)
        for url in (home_url, section_url):
            _get(url)
            cache_state, body = _get(url)
            assert cache_state == "HIT", url  # the server keeps both pages in its own memory
            assert "Tin đã đăng từ trước" in body
            assert SCHEDULED_TITLE not in body

        time.sleep(max(0, go_live - time.monotonic()) + 1)
        # As `make run` starts it: its own process, the default interval of a minute.
        scheduler = subprocess.Popen([*manage, "run_scheduler"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        went_live = time.monotonic()
        seen = {}
        while time.monotonic() - went_live < 60 and len(seen) < 2:
            for url in (home_url, section_url):
                if url not in seen and SCHEDULED_TITLE in _get(url)[1]:
                    seen[url] = time.monotonic() - went_live
            time.sleep(0.5)
        assert set(seen) == {home_url, section_url}, f"still cached after a minute: {seen}"
    finally:
        for process in (scheduler, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=20)
        if server.stdout:
            server.stdout.close()


@pytest.fixture
def signal_file(tmp_path):
    path = tmp_path / "cache-signal"
    with override_settings(PAGE_CACHE_SIGNAL_FILE=str(path)):
        yield path


def test_a_process_empties_its_cache_when_another_renewed(signal_file):
    server, scheduler = LocalCacheSignal(), LocalCacheSignal()  # one each, as two processes have
    cache = caches["default"]
    first = server.token()
    cache.set("portal-test:kept", "old page", 600)
    assert server.token() == first
    assert cache.get("portal-test:kept") == "old page"  # nothing changed: the cache is kept

    scheduler.announce()
    second = server.token()
    assert second != first  # a new page-cache key ...
    assert cache.get("portal-test:kept") is None  # ... and the old entries are gone

    cache.set("portal-test:kept", "new page", 600)
    assert server.token() == second
    assert cache.get("portal-test:kept") == "new page"


def test_a_process_keeps_its_cache_after_its_own_renewal(signal_file):
    server = LocalCacheSignal()
    server.token()
    caches["default"].set("portal-test:own", "fresh", 600)
    server.announce()  # this process renewed (its own generations moved already)
    server.token()
    assert caches["default"].get("portal-test:own") == "fresh"


@override_settings(PAGE_CACHE_SIGNAL_FILE=None)
def test_no_signal_with_a_shared_cache(tmp_path):
    signal = LocalCacheSignal()
    signal.announce()
    assert signal.token() == ""
    assert not list(tmp_path.iterdir())
