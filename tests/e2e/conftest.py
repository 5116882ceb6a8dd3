"""Browser tests: Playwright for Python driving the system's Chromium (Debian's package, /usr/bin/chromium).

Nothing is downloaded: `.ci/run` installs Chromium with apt when it is missing. A missing browser is an error,
never a skip.
"""

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.test import override_settings

from conftest import IMMEDIATE_TASKS

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(f"Chromium not found at {path}: install Debian's 'chromium' package (.ci/run does it).")
    return path


# What the browser saw during the current test (console errors and warnings, uncaught errors, failed requests,
# answers of 400 and more, the pages it went to): printed under a failed test's report, since CI keeps only the
# printed output. Emptied before each test.
BROWSER_LOG = []


def _watch(context):
    log = BROWSER_LOG.append
    context.on("console", lambda m: log(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    context.on("weberror", lambda error: log(f"uncaught: {error.error}"))
    context.on("requestfailed", lambda request: log(f"failed: {request.method} {request.url} {request.failure}"))
    context.on(
        "response", lambda response: log(f"{response.status} {response.url}") if response.status >= 400 else None
    )
    context.on(
        "page",
        lambda page: page.on(
            "framenavigated", lambda frame: log(f"at {frame.url}") if frame == page.main_frame else None
        ),
    )


class WatchedBrowser:
    """The browser, each of whose contexts reports to BROWSER_LOG."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        _watch(context)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    BROWSER_LOG.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and BROWSER_LOG:
        report.sections.append(("what the browser saw (last 60 events)", "\n".join(BROWSER_LOG[-60:])))
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread while the browser is open; the ORM calls
    # the tests and their database fixtures make meanwhile are ordinary synchronous calls. Allowed only while the
    # browser is open, never for the whole process.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            yield WatchedBrowser(browser)
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Every browser test runs against ONE demo site, seeded once per session and committed, so that the live server's
# thread sees it (seeding takes about a minute; per test it was most of the suite's time). The tests share that
# state in their collection order (`conftest.py` at the root runs them after every other test, so no flush from a
# transactional test can empty the site under them): a browser test must make the titles and codes it creates
# unique and must not undo the demo. The autouse fixture below lets the test's own ORM calls
# through, outside any transaction, so what they write is visible to the server at once.
#
# The `django_db` mark stays, so that pytest-django creates the test database even when only browser tests are
# run, but `_django_db_marker` below replaces pytest-django's for this directory: no transaction, no flush.
E2E = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _django_db_marker(request):
    """Overrides pytest-django's (which wraps a `django_db` test in a transaction or flushes after it): browser
    tests share the committed demo site; `_e2e_database_access` lets their ORM calls through."""


def close_connections(opened):
    """Close database connections, whichever thread opened them.

    Each thread has its own connection: the live server's request threads keep theirs open between requests
    (`DATABASE_CONN_MAX_AGE`) for as long as the browser keeps the HTTP connection alive, and they are daemon
    threads that stopping the server does not end. A connection left open keeps PostgreSQL from dropping the test
    database at the end of the run ("database ... is being accessed by other users"). Closing from another thread
    needs thread sharing switched on for the call. On SQLite the browser tests' database is a file (the root
    conftest's ``django_db_modify_db_settings``), with a connection per thread as on PostgreSQL.
    """
    for connection in opened:
        if connection.connection is None:
            continue
        connection.inc_thread_sharing()
        try:
            connection.close()
        finally:
            connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def _seeded_live_server(request, django_db_setup, django_db_blocker):
    """A live server over the demo site. The database connections are opened before the browser starts, and the
    demo is seeded after it, under the browser's DJANGO_ALLOW_ASYNC_UNSAFE (see `browser`).

    Every connection opened from here on, in this thread or the server's, is recorded and closed at the end (see
    `close_connections`), so that pytest-django can drop the test database."""
    from django.db import connections
    from django.db.backends.signals import connection_created
    from pytest_django.live_server_helper import LiveServer

    opened = []

    def remember(sender, connection, **kwargs):
        opened.append(connection)

    connection_created.connect(remember, weak=False, dispatch_uid="e2e-live-server-connections")
    try:
        with django_db_blocker.unblock():
            for connection in connections.all():
                connection.ensure_connection()
            request.getfixturevalue("browser")
            request.getfixturevalue("demo")  # the run's one demo seed (conftest.py), made here if no test made it
            # The server runs background tasks as `make run` does (the tests' recording backend runs none).
            immediate_tasks = override_settings(TASKS=IMMEDIATE_TASKS)
            immediate_tasks.enable()
            server = LiveServer("localhost")
            server._live_server_modified_settings.enable()
            try:
                yield server
            finally:
                server._live_server_modified_settings.disable()
                server.stop()
                immediate_tasks.disable()
                close_connections(opened)
                close_connections(connections.all())
    finally:
        connection_created.disconnect(dispatch_uid="e2e-live-server-connections")


@pytest.fixture(autouse=True)
def _e2e_database_access(request, django_db_blocker):
    if request.node.get_closest_marker("e2e") is None:
        yield
        return
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def demo_site(_seeded_live_server):
    """The demo site served by the session's live server (`.url`)."""
    return _seeded_live_server


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@contextmanager
def browsing(browser, **options):
    """A new page in a browser context of its own (`options`: the context's viewport, locale…), closed after the
    block, whatever happens in it."""
    context = browser.new_context(**options)
    try:
        yield context.new_page()
    finally:
        context.close()


def serious_violations(page):
    """axe-core's serious and critical violations on the current page, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def watch_console(page):
    """Collect the browser console's errors (Content Security Policy violations among them) for later asserts."""
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors
