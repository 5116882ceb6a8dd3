"""No stale listing after a workflow approval or a bulk publish or unpublish, while readers read.

Wagtail runs a workflow approval and a bulk action inside ``transaction.atomic()``. The page cache must be renewed
(and the CDN purged) after that transaction commits: a generation moved before would let a reader render the old
rows and keep them under the new generation, served long after the commit.

The test is transactional (the readers, in other threads, must see what is committed) and talks to the real cache
and database. Each change goes through the admin as the newsroom role that makes it (approver: the final workflow
step, bulk publish, bulk unpublish with its reason). Two kinds of reader run meanwhile:

* a reader thread requests the home page and the section without pause, and checks every answer to a request begun
  after a change was committed;
* a reader that reads inside the very transaction that publishes (from a receiver of Wagtail's ``page_published`` /
  ``page_unpublished`` signals, connected after the portal's, in another thread that the publisher waits for): the
  worst moment. On PostgreSQL it renders the old rows. On SQLite (one in-memory database in shared-cache mode, where
  a reader and a writer lock each other's tables) the readers read uncommitted rows (``PRAGMA read_uncommitted``),
  so there the test checks the readers never get stale answers but cannot make them render the old rows.

After each change, the next anonymous answers of the home page and the section must show the new state.
"""

import threading
import time

import pytest
from django.db import close_old_connections, connection, connections
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.signals import page_published, page_unpublished

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.roles import APPROVERS, EDITORS, REPORTERS
from thainguyen_portal.editorial.setup import setup_newsroom

pytestmark = pytest.mark.django_db(transaction=True)

ROUNDS = 20


@pytest.fixture
def newsroom(request, settings):
    """The news tree with the newsroom's roles and workflow; the page cache on (the real one)."""
    settings.PAGE_CACHE_ENABLED = True
    settings.EDITORIAL_SECTIONS = {"news": ["news"]}
    # A transactional test before this one may have emptied the database of what the migrations made.
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=vi))
    tree = request.getfixturevalue("news_tree")
    setup_newsroom()
    tree.users = {key: UserFactory(username=key, role=key) for key in (REPORTERS, EDITORS, APPROVERS)}
    return tree


def reader_connection():
    """In a reader's thread: on SQLite, read without taking the table locks that would stop the publisher."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


def anonymous_read(path):
    response = Client().get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


class Readers:
    """What the readers must see (titles shown, titles gone) and the stale answers they got."""

    def __init__(self, paths):
        self.paths = paths
        self.expected = None
        self.version = 0
        self.stale = []
        self.answers = 0
        self.failures = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.read_without_pause, daemon=True)

    def change(self):
        """Called before a change: the answers to requests made meanwhile are not checked."""
        self.version += 1
        self.expected = None

    def expect(self, shown=(), gone=()):
        """Called once the change is committed (the admin's answer has come back)."""
        self.expected = (frozenset(shown), frozenset(gone))
        self.version += 1

    def check(self, path, html, expected):
        shown, gone = expected
        missing = [title for title in shown if title not in html]
        extra = [title for title in gone if title in html]
        if missing or extra:
            self.stale.append((path, missing, extra))

    def read_without_pause(self):
        client = Client()
        reader_connection()
        try:
            while not self.stop.is_set():
                for path in self.paths:
                    version = self.version
                    expected = self.expected  # committed before this request began (None: a change under way)
                    try:
                        response = client.get(path)
                    except Exception:  # SQLite: a table locked by the publisher's open transaction
                        self.failures += 1
                        continue
                    if response.status_code != 200:
                        self.failures += 1
                        continue
                    self.answers += 1
                    if expected is not None and self.version == version:  # no change meanwhile: this state only
                        self.check(path, response.content.decode(), expected)
                # A breath between passes: a reader that never lets go of the interpreter starves the publisher
                # (on SQLite a round took minutes). The reader inside each publishing transaction is unaffected.
                self.stop.wait(0.005)
        finally:
            connections.close_all()

    def read_once_in_another_thread(self, **kwargs):
        """A reader in the middle of the publisher's transaction (the publisher waits for it)."""

        def read():
            reader_connection()
            try:
                for path in self.paths:
                    try:
                        Client().get(path)
                    except Exception:
                        self.failures += 1
            finally:
                connections.close_all()

        thread = threading.Thread(target=read, daemon=True)
        thread.start()
        thread.join(timeout=30)


@pytest.fixture
def readers(newsroom):
    readers = Readers(["/", newsroom.current.url])
    page_published.connect(readers.read_once_in_another_thread, dispatch_uid="test-reader-in-publish")
    page_unpublished.connect(readers.read_once_in_another_thread, dispatch_uid="test-reader-in-unpublish")
    yield readers
    page_published.disconnect(dispatch_uid="test-reader-in-publish")
    page_unpublished.disconnect(dispatch_uid="test-reader-in-unpublish")
    readers.stop.set()
    readers.thread.join(timeout=30)
    close_old_connections()


def draft(section, title, slug):
    page = ArticlePageFactory.build(title=title, slug=slug, live=False)
    section.add_child(instance=page)
    page.save_revision()
    return ArticlePage.objects.get(pk=page.pk)


def submit_and_review(page, reporter, editor):
    """The reporter submits the article; the editor approves the first step ("Biên tập")."""
    workflow = page.get_workflow()
    workflow.start(page, reporter)
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "approve")
    return Page.objects.get(pk=page.pk).current_workflow_state.current_task_state


def approve_in_the_admin(client, page, task_state):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302), response.status_code
    assert Page.objects.get(pk=page.pk).live


def bulk(client, action, pages, section, **data):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = f"/admin/bulk/wagtailcore/page/{action}/?{ids}&next=/admin/pages/{section.pk}/"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:500]
    assert [Page.objects.get(pk=page.pk).live for page in pages] == [action == "publish"] * len(pages)


def assert_fresh(newsroom, shown=(), gone=()):
    for path in ("/", newsroom.current.url):
        html = anonymous_read(path)
        for title in shown:
            assert title in html, (path, title, "missing after the commit")
        for title in gone:
            assert title not in html, (path, title, "still shown after the commit")


def test_no_stale_listing_after_workflow_approval_and_bulk_publish_and_unpublish(client, newsroom, readers):
    section = newsroom.current
    client.force_login(newsroom.users[APPROVERS])
    readers.thread.start()
    started = time.monotonic()
    for round_ in range(ROUNDS):
        approved_title = f"Phê duyệt số {round_}: khởi công cầu Gia Bảy"
        bulk_title = f"Đăng hàng loạt số {round_}: hội chợ chè Thái Nguyên"
        approved = draft(section, approved_title, f"phe-duyet-{round_}")
        readers.change()  # drafts change no listing, but SQLite may refuse a reader while they are written
        batch = draft(section, bulk_title, f"dang-hang-loat-{round_}")
        task_state = submit_and_review(approved, newsroom.users[REPORTERS], newsroom.users[EDITORS])
        assert_fresh(newsroom, gone=[approved_title, bulk_title])  # the listings are cached before each change

        readers.change()
        approve_in_the_admin(client, approved, task_state)
        readers.expect(shown=[approved_title], gone=[bulk_title])
        assert_fresh(newsroom, shown=[approved_title], gone=[bulk_title])

        readers.change()
        bulk(client, "publish", [batch], section)
        readers.expect(shown=[approved_title, bulk_title])
        assert_fresh(newsroom, shown=[approved_title, bulk_title])

        readers.change()
        bulk(client, "unpublish", [approved, batch], section, reason="Rút bài: thông tin chưa chính xác.")
        readers.expect(gone=[approved_title, bulk_title])
        assert_fresh(newsroom, gone=[approved_title, bulk_title])
    readers.stop.set()
    readers.thread.join(timeout=30)
    elapsed = time.monotonic() - started

    assert PageLogEntry.objects.filter(action="wagtail.publish").count() >= 2 * ROUNDS
    assert readers.answers > 0
    assert readers.stale == [], f"{len(readers.stale)} stale answers of {readers.answers} in {elapsed:.0f} s"
