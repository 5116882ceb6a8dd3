"""The admin's door: login throttling (django-axes) behind a proxy, one-time passwords for approvers and
administrators (core/security/otp.py), the idle timeout, password rules and the admin's languages."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.localization import get_available_admin_languages

from thainguyen_portal.core.security.otp import LAST_SEEN, SIGNED_IN_AT

pytestmark = pytest.mark.django_db

PASSWORD = "chè-Tân-Cương-2026"
LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    settings.AXES_ENABLED = True  # off in the test settings (client.login() passes no request), on here


def make_user(username, group=None, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username, f"{username}@thainguyen.example", PASSWORD)
    user = User.objects.create_user(username, f"{username}@thainguyen.example", PASSWORD)
    if group:
        role, _ = Group.objects.get_or_create(name=group)
        role.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        user.groups.add(role)
    return user


def sign_in(client, username, password=PASSWORD, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, headers=headers)


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


# --- Login throttling -------------------------------------------------------------------------------------


def test_lockout_after_the_configured_number_of_failures(client, site_tree, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("bientap", "Biên tập viên")
    for _ in range(2):
        response = sign_in(client, "bientap", "sai-mat-khau")
        assert response.status_code == 200  # the login form again, with its error
    response = sign_in(client, "bientap", "sai-mat-khau")
    assert response.status_code == 429
    # Locked: even the right password does not open the door, and the page says why and for how long.
    response = sign_in(client, "bientap")
    assert response.status_code == 429
    text = response.content.decode()  # the admin's sign-in page speaks Vietnamese until a user chooses
    assert "Đăng nhập sai quá nhiều lần" in text and "Sau 3 lần đăng nhập sai" in text and "30 phút" in text
    assert response["Cache-Control"] == "no-store"
    assert "_auth_user_id" not in client.session


def test_success_before_the_limit_resets_the_count(client, site_tree, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("bientap", "Biên tập viên")
    sign_in(client, "bientap", "sai-mat-khau")
    sign_in(client, "bientap", "sai-mat-khau")
    assert sign_in(client, "bientap").status_code == 302
    client.logout()
    sign_in(client, "bientap", "sai-mat-khau")
    assert sign_in(client, "bientap").status_code == 302


def test_lockout_follows_the_proxys_client_address(client, site_tree, settings):
    """Behind nginx every request comes from the proxy: the lockout is keyed on the address nginx reports."""
    settings.AXES_FAILURE_LIMIT = 2
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    make_user("bientap", "Biên tập viên")
    attacker = {"X-Real-IP": "203.0.113.66"}
    sign_in(client, "bientap", "sai-mat-khau", **attacker)
    assert sign_in(client, "bientap", "sai-mat-khau", **attacker).status_code == 429
    assert sign_in(client, "bientap", **attacker).status_code == 429
    # The editor at her desk (another address behind the same proxy) still signs in.
    assert sign_in(client, "bientap", **{"X-Real-IP": "198.51.100.7"}).status_code == 302
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.66"}


def test_a_direct_client_cannot_escape_the_lockout_with_forged_addresses(client, site_tree, settings):
    # The probe's case: 10 wrong passwords, each claiming another X-Real-IP, from a client that reached gunicorn
    # directly (not through the trusted proxy): the lockout counts them all against its real address.
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    settings.AXES_FAILURE_LIMIT = 5
    make_user("bientap", "Biên tập viên")
    direct = {"REMOTE_ADDR": "198.51.100.40"}
    codes = [
        client.post(
            LOGIN, {"username": "bientap", "password": "sai-mat-khau"}, HTTP_X_REAL_IP=f"203.0.113.{n}", **direct
        ).status_code
        for n in range(1, 11)
    ]
    assert codes[:4] == [200] * 4 and set(codes[4:]) == {429}
    right = client.post(LOGIN, {"username": "bientap", "password": PASSWORD}, HTTP_X_REAL_IP="203.0.113.99", **direct)
    assert right.status_code == 429
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.40"}


def test_one_address_trying_many_names_is_slowed_down(client, site_tree, settings):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "login": "4/10m"}
    settings.PORTAL_CLIENT_IP_HEADER = "X-Real-IP"
    make_user("bientap", "Biên tập viên")
    for name in ("an", "binh", "chi", "dung"):
        assert sign_in(client, name, "Matkhau2026!", **{"X-Real-IP": "203.0.113.9"}).status_code == 200
    response = sign_in(client, "bientap", **{"X-Real-IP": "203.0.113.9"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert sign_in(client, "bientap", **{"X-Real-IP": "198.51.100.7"}).status_code == 302


# --- One-time passwords -----------------------------------------------------------------------------------
# The pages speak the admin's default language, Vietnamese (the users here have not chosen another).


@pytest.fixture
def otp_on(settings):
    settings.PORTAL_OTP_REQUIRED = True


def test_an_approver_without_a_device_is_sent_to_enrolment_and_gets_in_with_a_valid_code(
    client, site_tree, otp_on, settings
):
    # django-otp makes each wrong code double the wait before the next try; this test tries again at once.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    approver = make_user("lanhdao", "Lãnh đạo duyệt đăng")
    assert sign_in(client, "lanhdao").status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/otp/setup/?next=/admin/pages/")

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"data:image/svg+xml" in page.content  # the QR code for the phone
    device = TOTPDevice.objects.get(user=approver)
    assert not device.confirmed

    wrong = client.post("/admin/otp/setup/", {"token": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 200 and "Mã này không hợp lệ".encode() in wrong.content
    assert client.get("/admin/").status_code == 302  # still not in

    right = client.post("/admin/otp/setup/", {"token": code_for(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_an_enrolled_approver_enters_a_code_once_per_session(client, site_tree, otp_on):
    approver = make_user("lanhdao", "Văn phòng duyệt Công báo")
    device = TOTPDevice.objects.create(user=approver, name="phone", confirmed=True)
    sign_in(client, "lanhdao")
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/otp/verify/")
    assert "Hãy nhập các chữ số".encode() in client.post("/admin/otp/verify/", {"token": "12x456"}).content
    assert client.get("/admin/").status_code == 302
    assert client.post("/admin/otp/verify/", {"token": code_for(device)})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    # The next path must be on this site: no open redirect.
    client.logout()
    sign_in(client, "lanhdao")
    device.refresh_from_db()
    device.last_t = -1
    device.save()
    response = client.post("/admin/otp/verify/", {"token": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_superusers_need_a_code_too(client, site_tree, otp_on):
    make_user("quantri", superuser=True)
    sign_in(client, "quantri")
    assert client.get("/admin/")["Location"].startswith("/admin/otp/setup/")


def test_an_editor_is_not_asked(client, site_tree, otp_on):
    make_user("bientap", "Biên tập viên")
    sign_in(client, "bientap")
    assert client.get("/admin/").status_code == 200
    assert not TOTPDevice.objects.exists()


def test_switched_off_nobody_is_asked(client, site_tree, settings):
    settings.PORTAL_OTP_REQUIRED = False
    make_user("quantri", superuser=True)
    sign_in(client, "quantri")
    assert client.get("/admin/").status_code == 200


def test_wrong_codes_are_throttled(client, site_tree, otp_on):
    approver = make_user("lanhdao", "Lãnh đạo duyệt đăng")
    device = TOTPDevice.objects.create(user=approver, name="phone", confirmed=True)
    sign_in(client, "lanhdao")
    wrong = "000000" if code_for(device) != "000000" else "111111"
    assert "Mã này không hợp lệ".encode() in client.post("/admin/otp/verify/", {"token": wrong}).content
    # Right after a wrong code even the right one is refused, with a clear message.
    response = client.post("/admin/otp/verify/", {"token": code_for(device)})
    assert response.status_code == 200 and "Đã nhập sai mã quá nhiều lần".encode() in response.content
    assert client.get("/admin/").status_code == 302


# --- Sessions, passwords, languages -----------------------------------------------------------------------


def assert_signed_out(client):
    """The admin's next page sends the client to the login page, and its session no longer holds the user."""
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in client.session


def test_idle_admin_sessions_are_signed_out(client, site_tree, settings):
    settings.PORTAL_SESSION_IDLE_TIMEOUT = 1800
    user = make_user("bientap", "Biên tập viên")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    session = client.session
    assert session[LAST_SEEN] <= time.time()
    session[LAST_SEEN] = int(time.time()) - 1801
    session.save()
    assert_signed_out(client)


def test_sessions_end_after_session_cookie_age_whatever_the_activity(client, site_tree, settings):
    # The probe's case: a session limited to 200 s was still valid at 370 s, because activity renewed it.
    settings.SESSION_COOKIE_AGE = 200
    settings.PORTAL_SESSION_IDLE_TIMEOUT = 1800
    client.force_login(make_user("bientap", "Biên tập viên"))
    assert client.get("/admin/").status_code == 200
    session = client.session
    assert time.time() - 5 <= session[SIGNED_IN_AT] <= time.time()
    assert session.get_expiry_age() <= 200  # the stored session and its cookie end then too
    session[SIGNED_IN_AT] = int(time.time()) - 370
    session[LAST_SEEN] = int(time.time()) - 60  # active a minute ago: not idle
    session.save()
    assert_signed_out(client)


def test_a_session_within_its_limit_stays_signed_in(client, site_tree, settings):
    settings.SESSION_COOKIE_AGE = 200
    client.force_login(make_user("bientap", "Biên tập viên"))
    session = client.session
    session[SIGNED_IN_AT] = int(time.time()) - 190
    session.save()
    assert client.get("/admin/").status_code == 200


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Ch3-Tan-Cuo")  # 11 characters
    validate_password("Chè-Tân-Cương")  # 13 characters, not common, not numeric


def test_the_admin_speaks_vietnamese_and_english_only():
    assert [code for code, _ in get_available_admin_languages()] == ["vi", "en"]


def test_otp_reset_removes_a_lost_phone(site_tree):
    from io import StringIO

    from django.core.management import call_command

    approver = make_user("lanhdao", "Lãnh đạo duyệt đăng")
    TOTPDevice.objects.create(user=approver, name="phone", confirmed=True)
    out = StringIO()
    call_command("otp_reset", "lanhdao", stdout=out)
    assert "Removed 1 device(s)" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=approver).exists()
