"""The Zalo OA webhook against the payload shapes Zalo documents (user_send_text, user_send_image,
user_send_location); Zalo's image server is played by a local HTTP server."""

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image as PILImage

from thainguyen_portal.editorial.factories import ZaloSenderFactory, jpeg_bytes
from thainguyen_portal.editorial.models import FieldReport

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


class ZaloImages(BaseHTTPRequestHandler):
    files = {"/anh-1.jpg": ("image/jpeg", gps_jpeg()), "/gia-mao.jpg": ("image/jpeg", b"<html>not a photo</html>")}

    def do_GET(self):
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

    def log_message(self, *args):
        pass


@pytest.fixture
def zalo_cdn():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ZaloImages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def text_event(msg_id="96d3cdf3af150460909", sender=STAFF_ID, text="Cháy rừng ở xóm Đồng Tâm, Võ Nhai"):
    return {
        "app_id": APP_ID,
        "sender": {"id": sender},
        "user_id_by_app": "552177279717587730",
        "recipient": {"id": "388613280878808645"},
        "event_name": "user_send_text",
        "message": {"text": text, "msg_id": msg_id},
        "timestamp": "1764140400000",
    }


def image_event(cdn, msg_id="a1b2c3d4e5f60718293"):
    return {
        "app_id": APP_ID,
        "user_id_by_app": "552177279717587730",
        "event_name": "user_send_image",
        "timestamp": "1764140460000",
        "sender": {"id": STAFF_ID},
        "recipient": {"id": "388613280878808645"},
        "message": {
            "msg_id": msg_id,
            "text": "Hiện trường vụ cháy",
            "attachments": [
                {"payload": {"thumbnail": f"{cdn}/anh-1.jpg", "url": f"{cdn}/anh-1.jpg"}, "type": "image"},
                {"payload": {"thumbnail": f"{cdn}/gia-mao.jpg", "url": f"{cdn}/gia-mao.jpg"}, "type": "image"},
                {"payload": {"url": f"{cdn}/khong-co.jpg"}, "type": "image"},
            ],
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
    response = deliver(client, text_event())
    assert response.status_code == 200
    report = FieldReport.objects.get()
    assert report.source == FieldReport.Source.ZALO
    assert report.status == FieldReport.Status.NEW
    assert report.text == "Cháy rừng ở xóm Đồng Tâm, Võ Nhai"
    assert report.credit == "Hoàng Thị Dung"
    assert report.happened_at.year == 2025


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
