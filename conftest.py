"""Fixtures shared by every app's tests.

The tests talk to the real database and cache the settings select: SQLite and local memory by default,
PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set (CI runs both).
"""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from tests.helpers import QuietHandler, local_http_server


@pytest.hookimpl(specname="pytest_collection_modifyitems", tryfirst=True)
def pytest_collection_modifyitems_mark_demo(config, items):
    """A test that uses the `demo` fixture is marked `demo` (before `-m` selects), so `make test` can run the tests
    over the seeded demo in their own invocation (`-m "demo or e2e"`) and the rest in parallel (`-m "not demo and
    not e2e"`)."""
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo)


@pytest.hookimpl(specname="pytest_collection_modifyitems", trylast=True)
def pytest_collection_modifyitems_demo_last(config, items):
    """Tests over the demo after every other test, and browser tests last: both share one committed demo site
    (`demo` below), which a transactional test running after them would flush away."""
    items.sort(
        key=lambda item: (item.get_closest_marker("e2e") is not None, item.get_closest_marker("demo") is not None)
    )


def pytest_report_header(config):
    backend = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return [f"thainguyen-portal: database={backend} cache={cache} tasks={settings.TASKS['default']['BACKEND']}"]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """Browser tests on SQLite get a test database in a file (var/test-browser-<worker>.sqlite3), not in memory.

    An in-memory database is ONE connection, which Django shares between the test's thread and the live server's
    (``connections_override``): while the server is still answering the last request of the previous test (a
    Wagtail editing-session ping, a preview), a test that writes fails with "cannot start a transaction within a
    transaction". In a file, each thread has its own connection and SQLite's lock with the busy timeout
    (settings: ``timeout``, ``BEGIN IMMEDIATE``) makes one wait for the other, as under `make run`. A run
    without browser tests (`make test`'s first) keeps the faster in-memory database."""
    db_settings = settings.DATABASES["default"]
    browser_tests = any(item.get_closest_marker("e2e") for item in request.session.items)
    if (
        browser_tests
        and db_settings["ENGINE"] == "django.db.backends.sqlite3"
        and not db_settings.get("TEST", {}).get("NAME")
    ):
        worker = getattr(request.config, "workerinput", {}).get("workerid", "main")
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        name = settings.VAR_DIR / f"test-browser-{worker}.sqlite3"
        for leftover in (name, name.with_name(f"{name.name}-wal"), name.with_name(f"{name.name}-shm")):
            leftover.unlink(missing_ok=True)  # an interrupted run's files; a stale -wal would corrupt the new database
        db_settings.setdefault("TEST", {})["NAME"] = str(name)


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a test (or a view it calls outside a request) that activates
    English must not leave it active for the next test of the same process."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_caches():
    """Every test starts with empty caches (on Redis too), so no test sees another's pages."""
    for alias in settings.CACHES:
        caches[alias].clear()
    yield


def recorded_tasks():
    """The test settings' task backend (django-tasks' DummyBackend): it records what is enqueued and runs nothing."""
    from django_tasks import task_backends

    return task_backends["default"]


def run_recorded_tasks():
    """Run what was enqueued, each task with the same arguments once, until nothing new is enqueued (a task may
    enqueue another). Returns the names of the tasks run, in order."""
    backend = recorded_tasks()
    ran, done = [], set()
    while backend.results:
        pending = list(backend.results)
        backend.results.clear()
        for result in pending:
            key = (result.task.module_path, repr(result.args), repr(sorted(result.kwargs.items())))
            if key in done:
                continue
            done.add(key)
            result.task.call(*result.args, **result.kwargs)
            ran.append(result.task.name)
    return ran


class Tasks:
    """The background tasks a test enqueued (`names`), run when the test says so (`run()`)."""

    @property
    def names(self):
        return [result.task.name for result in recorded_tasks().results]

    def run(self):
        return run_recorded_tasks()


def _forget_recorded_tasks():
    backend = recorded_tasks()
    if hasattr(backend, "clear"):  # not while a test runs them immediately (`immediate_tasks`)
        backend.clear()


@pytest.fixture(autouse=True)
def tasks():
    """Background tasks are recorded, not run, in tests (settings/test.py): a page save no longer pays for
    renditions, three indexes and purge URLs it does not test. A test about those runs them: `tasks.run()`."""
    _forget_recorded_tasks()
    yield Tasks()
    _forget_recorded_tasks()


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def immediate_tasks(settings):
    """Background tasks run when they are enqueued, as under `make run`: for tests about what a task does inside the
    request or commit that enqueues it (social posts and their retries, the Zalo photo fetch, CDN purges)."""
    settings.TASKS = IMMEDIATE_TASKS


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The whole demo site (`seed_demo`), seeded ONCE per test run and committed, with its background tasks run.

    Tests that use it are marked `demo` and run after every other test (see the hooks above); each still runs in
    its own transaction, rolled back, so none sees another's writes. `make test` gives them an invocation of their
    own with the browser tests, which serve the same seed. A single file runs on its own too
    (`pytest news/tests/test_demo.py`): the seed is made when the first test asks for it."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        recorded_tasks().clear()
        call_command("seed_demo", verbosity=0, stdout=StringIO())
        run_recorded_tasks()
        for alias in settings.CACHES:
            caches[alias].clear()
        return SimpleNamespace(home=Site.objects.get(is_default_site=True).root_page.specific)


class FakeClock:
    """A clock that stands still until the test moves it: `clock.advance(60)`."""

    def __init__(self, now):
        self.now = float(now)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def rate_limit_clock(settings):
    """The rate limiter's clock (`PORTAL_RATE_LIMIT_CLOCK`), stopped at the first second of a counting window, so a
    test's requests all fall in one window until it advances the clock: no test sleeps for a minute to turn."""
    clock = FakeClock(1_800_000_000)  # a multiple of 60, 3,600 and 86,400
    settings.PORTAL_RATE_LIMIT_CLOCK = clock
    return clock


@pytest.fixture
def locales(db):
    return SimpleNamespace(vi=Locale.objects.get(language_code="vi"), en=Locale.objects.get(language_code="en"))


@pytest.fixture
def site_tree(locales):
    """Both home pages (English as the translation of Vietnamese), the default site and its settings."""
    from home.factories import HomePageFactory
    from tests.helpers import serve_as_default_site
    from thainguyen_portal.core.demo import DemoBuilder
    from thainguyen_portal.core.factories import PortalSettingsFactory

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, locale=locales.vi)
    site = serve_as_default_site(home)
    home_en = DemoBuilder().translation(
        home, "en", title="Home", slug="home", tagline="Thai Nguyen – the land of fine tea", intro="Official news."
    )
    portal_settings = PortalSettingsFactory(site=site)
    return SimpleNamespace(root=root, home=home, home_en=home_en, site=site, settings=portal_settings)


@pytest.fixture
def superuser(db):
    """A superuser of the admin, "bientapvien" (password: tests.helpers.ADMIN_PASSWORD)."""
    from django.contrib.auth import get_user_model

    from tests.helpers import ADMIN_PASSWORD

    return get_user_model().objects.create_superuser("bientapvien", "btv@thainguyen.gov.vn", ADMIN_PASSWORD)


@pytest.fixture
def signed_in_superuser(client, superuser):
    """`superuser`, signed in to the admin through the test's `client`."""
    client.force_login(superuser)
    return superuser


@pytest.fixture
def page_cache(settings):
    """The anonymous readers' page cache on (the test settings leave it off), as under `make run`."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def count_queries(client, django_assert_num_queries):
    """`count_queries(url, expected)`: GET `url` once (renditions and caches warm up), then again in exactly
    `expected` SQL queries; asserts a 200 and returns that second response."""

    def served(url, expected):
        client.get(url)
        with django_assert_num_queries(expected):
            response = client.get(url)
        assert response.status_code == 200
        return response

    return served


@pytest.fixture
def database_vendor():
    return connection.vendor


class _PurgeRecorder(QuietHandler):
    """A stand-in for nginx/Varnish: records the paths of the PURGE requests it receives."""

    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append(self.path)
        self.send_response(200)
        self.end_headers()


@pytest.fixture
def cdn():
    """A local CDN purge endpoint, configured as the portal's purge backend (as FRONTEND_CACHE_PURGE_URL would), with
    background tasks run at once (purges are tasks); yields the list of paths it was asked to purge."""
    _PurgeRecorder.received = []
    with local_http_server(_PurgeRecorder) as port:
        backend = {
            "purge": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
            }
        }
        # Purges are background tasks: a test about them runs them as they are enqueued.
        with override_settings(WAGTAILFRONTENDCACHE=backend, TASKS=IMMEDIATE_TASKS):
            yield _PurgeRecorder.received
