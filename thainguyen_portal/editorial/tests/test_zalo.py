"""The Zalo OA webhook against the payload shapes Zalo documents (user_send_text, user_send_image,
user_send_location); Zalo's image server is played by a local HTTP server, which the tests that need it allow
explicitly (`zalo_cdn`): by default a local or private address is never fetched."""

import hashlib
import json
import logging
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image as PILImage

from tests.helpers import QuietHandler, local_http_server
from thainguyen_portal.editorial.factories import ZaloSenderFactory, jpeg_bytes
from thainguyen_portal.editorial.models import FieldReport
from thainguyen_portal.editorial.zalo import fetch_photos

pytestmark = pytest.mark.django_db

APP_ID = "360846524940903967"
SECRET = "oa-secret-khong-tiet-lo"
URL = "/newsroom/zalo/"
STAFF_ID = "246845883529197922"


@pytest.fixture(autouse=True)
def _zalo_settings(settings, tmp_path):
    settings.EDITORIAL_ZALO_APP_ID = APP_ID
    settings.EDITORIAL_ZALO_OA_SECRET = SECRET
    settings.MEDIA_ROOT = tmp_path


def gps_jpeg():
    exif = PILImage.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 35.0, 0.0), 3: "E", 4: (105.0, 50.0, 0.0)})
    return jpeg_bytes(size=(320, 240), exif=exif)


def now_ms(offset_seconds=0):
    return str(int((time.time() + offset_seconds) * 1000))


class ZaloImages(QuietHandler):
    files = {"/anh-1.jpg": ("image/jpeg", gps_jpeg()), "/gia-mao.jpg": ("image/jpeg", b"<html>not a photo</html>")}
    redirects = {}  # path -> Location, set by a test
    received = []  # (path, Host header) of every request, in order

    def do_GET(self):
        self.received.append((self.path, self.headers.get("Host")))
        if self.path in self.redirects:
            self.send_response(302)
            self.send_header("Location", self.redirects[self.path])
            self.end_headers()
            return
        content_type, body = self.files.get(self.path, ("text/plain", None))
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def local_server():
    """A local HTTP server that records every request it receives; not allowed as a photo host by itself."""
    ZaloImages.received, ZaloImages.redirects = [], {}
    with local_http_server(ZaloImages) as port:
        yield SimpleNamespace(url=f"http://127.0.0.1:{port}", port=port, received=ZaloImages.received)


@pytest.fixture
def zalo_cdn(local_server, settings):
    """The local server as Zalo's photo CDN: allowed by name, over http and on its loopback address."""
    settings.EDITORIAL_ZALO_PHOTO_HOSTS = ["127.0.0.1"]
    settings.EDITORIAL_ZALO_PHOTO_HTTPS_ONLY = False
    settings.EDITORIAL_ZALO_ALLOW_PRIVATE_ADDRESSES = True
    return local_server.url


def text_event(msg_id="96d3cdf3af150460909", sender=STAFF_ID, text="Cháy rừng ở xóm Đồng Tâm, Võ Nhai"):
    return {
        "app_id": APP_ID,
        "sender": {"id": sender},
        "user_id_by_app": "552177279717587730",
        "recipient": {"id": "388613280878808645"},
        "event_name": "user_send_text",
        "message": {"text": text, "msg_id": msg_id},
        "timestamp": now_ms(),
    }


def image_event(cdn, msg_id="a1b2c3d4e5f60718293", urls=None):
    urls = urls or [f"{cdn}/anh-1.jpg", f"{cdn}/gia-mao.jpg", f"{cdn}/khong-co.jpg"]
    return {
        "app_id": APP_ID,
        "user_id_by_app": "552177279717587730",
        "event_name": "user_send_image",
        "timestamp": now_ms(),
        "sender": {"id": STAFF_ID},
        "recipient": {"id": "388613280878808645"},
        "message": {
            "msg_id": msg_id,
            "text": "Hiện trường vụ cháy",
            "attachments": [{"payload": {"thumbnail": url, "url": url}, "type": "image"} for url in urls],
        },
    }


def deliver(client, payload, secret=SECRET, signature=None):
    body = json.dumps(payload, ensure_ascii=False).encode()
    if signature is None:
        digest = hashlib.sha256(APP_ID.encode() + body + payload["timestamp"].encode() + secret.encode()).hexdigest()
        signature = f"mac={digest}"
    return client.post(URL, body, content_type="application/json", HTTP_X_ZEVENT_SIGNATURE=signature)


def test_a_signed_message_from_known_staff_becomes_a_new_report(client, site_tree):
    ZaloSenderFactory(zalo_user_id=STAFF_ID, display_name="Hoàng Thị Dung")
    payload = text_event()
    response = deliver(client, payload)
    assert response.status_code == 200
    report = FieldReport.objects.get()
    assert report.source == FieldReport.Source.ZALO
    assert report.status == FieldReport.Status.NEW
    assert report.text == "Cháy rừng ở xóm Đồng Tâm, Võ Nhai"
    assert report.credit == "Hoàng Thị Dung"
    assert report.happened_at == datetime.fromtimestamp(int(payload["timestamp"]) / 1000, tz=UTC)


def test_an_unknown_sender_is_held_for_review(client, site_tree):
    assert deliver(client, text_event(sender="999")).status_code == 200
    report = FieldReport.objects.get()
    assert report.status == FieldReport.Status.HELD
    assert report.sender_external_id == "999"


@pytest.mark.parametrize("signature", ["mac=" + "0" * 64, "", "không-phải-chữ-ký"])
def test_a_wrong_signature_gets_403_and_stores_nothing(client, site_tree, signature):
    assert deliver(client, text_event(), signature=signature).status_code == 403
    assert deliver(client, text_event(), secret="khoa-sai").status_code == 403
    assert not FieldReport.objects.exists()


def test_a_body_changed_after_signing_gets_403(client, site_tree):
    payload = text_event()
    body = json.dumps(payload).encode()
    digest = hashlib.sha256(APP_ID.encode() + body + payload["timestamp"].encode() + SECRET.encode()).hexdigest()
    forged = body.replace(b'"msg_id": "96d3', b'"msg_id": "00d3')
    response = client.post(URL, forged, content_type="application/json", HTTP_X_ZEVENT_SIGNATURE=f"mac={digest}")
    assert response.status_code == 403
    assert client.post(URL, b"{not json", content_type="application/json").status_code == 403
    assert client.get(URL).status_code == 405
    assert not FieldReport.objects.exists()


def test_a_replayed_delivery_creates_nothing_new(client, site_tree):
    assert deliver(client, text_event()).status_code == 200
    again = deliver(client, text_event())
    assert again.status_code == 200
    assert again.json() == {"stored": False, "duplicate": True}
    assert FieldReport.objects.count() == 1


def test_photos_are_fetched_checked_and_stripped(
    client, site_tree, zalo_cdn, django_capture_on_commit_callbacks, immediate_tasks
):
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, image_event(zalo_cdn)).status_code == 200
    report = FieldReport.objects.get()
    assert report.text == "Hiện trường vụ cháy"
    # The fake and the missing photo are left out; the real one is kept without EXIF, its GPS on the report.
    assert report.photos.count() == 1
    assert not PILImage.open(report.photos.get().file.path).getexif()
    assert float(report.latitude) == pytest.approx(21.583, abs=0.001)


def test_zalo_photos_are_kept_privately(
    client, site_tree, zalo_cdn, settings, field_report_files, django_capture_on_commit_callbacks, immediate_tasks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, image_event(zalo_cdn)).status_code == 200
    photo = FieldReport.objects.get().photos.get()
    assert [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()] == []  # nothing under /media/
    assert Path(photo.file.path).is_relative_to(field_report_files)


def test_other_events_are_acknowledged_and_ignored(client, site_tree):
    payload = {**text_event(), "event_name": "follow"}
    assert deliver(client, payload).status_code == 200
    assert not FieldReport.objects.exists()


def test_without_configured_secrets_everything_is_refused(client, site_tree, settings):
    settings.EDITORIAL_ZALO_OA_SECRET = ""
    assert deliver(client, text_event(), secret="").status_code == 403
    assert not FieldReport.objects.exists()


def test_webhook_query_count(client, site_tree, django_assert_num_queries):
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    # 1: is this message id known already; 2: who is the sender; 3-5: savepoint, insert of the report, release.
    with django_assert_num_queries(5):
        assert deliver(client, text_event()).status_code == 200
    # A replay: only the message-id check.
    with django_assert_num_queries(1):
        assert deliver(client, text_event()).status_code == 200


@pytest.mark.parametrize("timestamp", [-310, -86_400, 310, "1764140400000", "", "hôm qua"])
def test_a_signed_message_outside_the_time_window_gets_403_and_stores_nothing(client, site_tree, timestamp):
    """The signature covers the timestamp, so a captured delivery cannot be made fresh again: replayed after five
    minutes (or dated ahead, or without a time) it is refused."""
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    if isinstance(timestamp, int):
        timestamp = now_ms(timestamp)
    payload = {**text_event(), "timestamp": timestamp}
    assert deliver(client, payload).status_code == 403
    assert not FieldReport.objects.exists()
    # Just inside the window it is accepted.
    assert deliver(client, {**text_event(), "timestamp": now_ms(-290)}).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "{local}/anh-1.jpg",  # the local server itself: a loopback address
        "http://localhost:{port}/anh-1.jpg",
        "http://localhost:6379/",  # Redis
        "http://[::1]:{port}/anh-1.jpg",
        "http://169.254.169.254/latest/meta-data/",  # a cloud metadata service
        "https://anh.example.com/anh-1.jpg",  # not one of Zalo's hosts
        "https://zdn.vn.example.com/anh-1.jpg",
        "http://photo-stal-1.zdn.vn:{port}/anh-1.jpg",  # Zalo's host, but not over https
        "file:///etc/passwd",
    ],
)
def test_a_photo_url_outside_zalos_photo_hosts_is_refused_without_a_connection(
    client, site_tree, local_server, url, caplog, django_capture_on_commit_callbacks, immediate_tasks
):
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    url = url.format(local=local_server.url, port=local_server.port)
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, image_event(local_server.url, urls=[url])).status_code == 200
    report = FieldReport.objects.get()  # the report is kept, without the photo
    assert report.text == "Hiện trường vụ cháy"
    assert not report.photos.exists()
    assert local_server.received == []
    assert any(
        f"Zalo photo {url} of message" in m and " refused: " in m
        for m in map(logging.LogRecord.getMessage, caplog.records)
    )


@pytest.fixture
def zalo_name_resolves_to_local_server(monkeypatch):
    """`anh.zdn.vn` (one of Zalo's photo hosts by name) resolves to 127.0.0.1; the answers are counted."""
    real_getaddrinfo = socket.getaddrinfo
    asked = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "anh.zdn.vn":
            asked.append(host)
            return real_getaddrinfo("127.0.0.1", port, *args, **kwargs)
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def test_an_allowed_name_that_resolves_to_a_private_address_is_refused(
    client,
    site_tree,
    local_server,
    settings,
    caplog,
    zalo_name_resolves_to_local_server,
    django_capture_on_commit_callbacks,
    immediate_tasks,
):
    settings.EDITORIAL_ZALO_PHOTO_HTTPS_ONLY = False  # the local server speaks http; the hosts are the default ones
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    url = f"http://anh.zdn.vn:{local_server.port}/anh-1.jpg"
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, image_event(local_server.url, urls=[url])).status_code == 200
    report = FieldReport.objects.get()
    assert not report.photos.exists()
    assert local_server.received == []
    assert any("not a public address" in record.getMessage() for record in caplog.records)
    # The name was resolved once, and the connection goes to the address that was checked: with private addresses
    # allowed (as for the tests' stand-in CDN) the same photo comes from there, asked for by its name.
    settings.EDITORIAL_ZALO_ALLOW_PRIVATE_ADDRESSES = True
    zalo_name_resolves_to_local_server.clear()
    assert fetch_photos.call(report.pk, [url]) == 1
    assert zalo_name_resolves_to_local_server == ["anh.zdn.vn"]
    assert local_server.received == [("/anh-1.jpg", f"anh.zdn.vn:{local_server.port}")]


def test_a_redirect_is_followed_only_on_the_same_host(
    client, site_tree, zalo_cdn, local_server, settings, caplog, django_capture_on_commit_callbacks, immediate_tasks
):
    # Both names are allowed photo hosts (and the same server): still, a redirect does not move to another host.
    settings.EDITORIAL_ZALO_PHOTO_HOSTS = ["127.0.0.1", "localhost"]
    ZaloSenderFactory(zalo_user_id=STAFF_ID)
    ZaloImages.redirects.update(
        {"/sang-may-khac.jpg": f"http://localhost:{local_server.port}/anh-1.jpg", "/cung-may.jpg": "/anh-1.jpg"}
    )
    urls = [f"{zalo_cdn}/sang-may-khac.jpg", f"{zalo_cdn}/cung-may.jpg"]
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(client, image_event(zalo_cdn, urls=urls)).status_code == 200
    report = FieldReport.objects.get()
    assert report.photos.count() == 1  # the same-host redirect's photo
    assert [path for path, _host in local_server.received] == ["/sang-may-khac.jpg", "/cung-may.jpg", "/anh-1.jpg"]
    assert any("another host" in record.getMessage() for record in caplog.records)
