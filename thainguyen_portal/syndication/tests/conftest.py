"""Fixtures of the syndication tests: the outside world (partner portals, Facebook, Zalo, YouTube) is a local HTTP
server whose answers each test sets; the portal has news, multimedia and gazette content."""

import datetime
import json
import time
from types import SimpleNamespace

import pytest
from django.utils import timezone

from gazette.factories import GazetteIndexPageFactory, GazetteIssuePageFactory, LegalDocumentFactory
from gazette.models import DocumentAppearance
from multimedia.factories import MultimediaIndexPageFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from tests.helpers import QuietHandler, local_http_server


class Outside:
    """What the fake outside server answers: routes[path] = (status, content type, body bytes, delay seconds),
    or a callable(handler, body) returning that tuple. Requests are recorded (method, path, headers, body)."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        self.no_length = False  # answer without Content-Length (the size cap must hold while reading)
        self.url = ""

    def route(self, path, body=b"", status=200, content_type="application/json", delay=0):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.routes[path] = (status, content_type, body, delay)

    def calls(self, path_prefix):
        return [r for r in self.requests if r["path"].startswith(path_prefix)]


def make_handler(outside):
    class Handler(QuietHandler):
        def _answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            self.server_outside.requests.append(
                {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
            )
            route = outside.routes.get(self.path) or outside.routes.get(self.path.split("?")[0])
            if callable(route):
                route = route(self, body)
            if route is None:
                route = (404, "text/plain", b"not found", 0)
            status, content_type, payload, delay = route
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                if not outside.no_length:
                    self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass

        do_GET = do_POST = _answer

    Handler.server_outside = outside
    return Handler


@pytest.fixture
def outside(settings):
    """The outside world on 127.0.0.1, with short timeouts so the timeout tests stay quick."""
    state = Outside()
    with local_http_server(make_handler(state)) as port:
        state.url = f"http://127.0.0.1:{port}"
        settings.SYNDICATION_FETCH_TIMEOUT = 1
        settings.SYNDICATION_SOCIAL_TIMEOUT = 1
        settings.SYNDICATION_FACEBOOK_GRAPH_URL = f"{state.url}/graph"
        settings.SYNDICATION_FACEBOOK_PAGE_ID = "104729558431205"
        settings.SYNDICATION_FACEBOOK_PAGE_TOKEN = "EAAtestpagetoken"
        settings.SYNDICATION_ZALO_API_URL = f"{state.url}/zalo"
        settings.SYNDICATION_ZALO_ACCESS_TOKEN = "zalo-oa-test-token"
        settings.SYNDICATION_YOUTUBE_FEED_URL = f"{state.url}/youtube/feeds/videos.xml"
        settings.SYNDICATION_YOUTUBE_CHANNEL_ID = "UCthainguyentv0000000000"
        yield state


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def portal(site_tree, media_root):
    """News (two sections, articles in both languages, a draft, a private section), multimedia, gazette."""
    from wagtail.models import PageViewRestriction

    from multimedia.factories import VideoPageFactory

    news = NewsIndexPageFactory(parent=site_tree.home)
    current = SectionPageFactory(parent=news, title="Thời sự", slug="thoi-su")
    economy = SectionPageFactory(parent=news, title="Kinh tế", slug="kinh-te")
    private = SectionPageFactory(parent=news, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    now = timezone.now()
    a1 = ArticlePageFactory(
        parent=current,
        title="Thái Nguyên khai mạc Festival Trà quốc tế",
        date=now - datetime.timedelta(days=1),
        authors="Minh Anh",
    )
    a2 = ArticlePageFactory(
        parent=economy,
        title="Kinh tế Thái Nguyên tăng trưởng 8,5%",
        kind="news",
        date=now - datetime.timedelta(days=10),
    )
    a3 = ArticlePageFactory(parent=current, title="Chỉ đạo phòng chống lũ", date=now - datetime.timedelta(days=40))
    draft = ArticlePageFactory(parent=current, title="Bản nháp chưa duyệt", live=False, date=now)
    hidden = ArticlePageFactory(parent=private, title="Tin nội bộ không công khai", date=now)
    # A live article with newer, unpublished changes: the API shows the published version only.
    a1.title = "Tiêu đề bản nháp mới chưa xuất bản"
    a1.save_revision()
    a1.refresh_from_db()
    for page in (news, current, economy, private):
        _publish(page)
    en_news = news.copy_for_translation(_en())
    _publish(en_news)
    en_section = current.copy_for_translation(_en())
    _publish(en_section)
    english = a1.copy_for_translation(_en())
    english.title = "Thai Nguyen opens the International Tea Festival"
    english.slug = "thai-nguyen-opens-the-international-tea-festival"
    english.save()
    _publish(english)

    hub = MultimediaIndexPageFactory(parent=site_tree.home)
    _publish(hub)
    video = VideoPageFactory(parent=hub, video=None, youtube_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    _publish(video)

    gazette = GazetteIndexPageFactory(parent=site_tree.home)
    _publish(gazette)
    issue = GazetteIssuePageFactory(parent=gazette, number="05", publication_date=datetime.date(2026, 3, 10))
    _publish(issue)
    document = LegalDocumentFactory(number="15/2026/QĐ-UBND", issue_date=datetime.date(2026, 2, 20))
    DocumentAppearance.objects.create(document=document, issue=issue, page_from=3, page_to=9)
    document.recompute_published()
    unpublished = LegalDocumentFactory(number="16/2026/QĐ-UBND", issue_date=datetime.date(2026, 2, 21))
    return SimpleNamespace(
        **vars(site_tree),
        news=news,
        current=current,
        economy=economy,
        private=private,
        a1=a1,
        a2=a2,
        a3=a3,
        draft=draft,
        hidden=hidden,
        english=english,
        hub=hub,
        video=video,
        gazette=gazette,
        issue=issue,
        document=document,
        unpublished=unpublished,
    )


def _en():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")
