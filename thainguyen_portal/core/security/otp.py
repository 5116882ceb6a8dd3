"""Admin sessions: an idle timeout and an absolute limit for everyone, and time-based one-time passwords for those who approve.

Superusers and members of ``PORTAL_OTP_GROUPS`` (approvers, gazette approvers, administrators) must enrol an
authenticator app (a django-otp ``TOTPDevice``) and enter its six-digit code once per session before any
``/admin/`` page opens. Others (reporters, editors, translators) sign in with their password as before. The switch
``PORTAL_OTP_REQUIRED`` is on in production and off in development and tests (README.md, "Security").

A lost phone: ``manage.py otp_reset <username>`` removes the user's devices; they enrol again at the next sign-in.
"""

import time
from base64 import b32encode
from datetime import timedelta

import segno
from django import forms
from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import ratelimit
from .clientip import client_ip

# The session key of the last request's time, refreshed at most once a minute (no session write per request).
LAST_SEEN = "portal_last_seen"
REFRESH_EVERY = 60
# The session key of the sign-in time: a session ends SESSION_COOKIE_AGE seconds after it, whatever the activity.
SIGNED_IN_AT = "portal_signed_in_at"
# Admin URLs an unverified approver may still open: the OTP pages themselves and signing out.
LOGIN_PATH = "/admin/login/"
OTP_OPEN_PATHS = ("/admin/otp/", "/admin/logout/", "/admin/login/", "/admin/jsi18n/")


def _login_rate():
    return getattr(settings, "PORTAL_RATE_LIMITS", {}).get("login", "20/10m")


def requires_otp(user):
    if not getattr(settings, "PORTAL_OTP_REQUIRED", False) or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.PORTAL_OTP_GROUPS).exists()


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def mark_sign_in(sender, request, user, **kwargs):
    """``user_logged_in``: the absolute limit counts from now, and the session (its stored data and its cookie) is
    set to end then. Without this, every save of the session (the idle timer's, once a minute) renewed its expiry
    to SESSION_COOKIE_AGE from that save, so an active session never ended."""
    session = getattr(request, "session", None)
    if session is None:
        return
    session[SIGNED_IN_AT] = int(time.time())
    if settings.SESSION_COOKIE_AGE:
        session.set_expiry(timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE))


def _session_is_over(session, now):
    """Idle for longer than PORTAL_SESSION_IDLE_TIMEOUT, or signed in longer ago than SESSION_COOKIE_AGE."""
    last_seen = session.get(LAST_SEEN)
    idle = settings.PORTAL_SESSION_IDLE_TIMEOUT
    if last_seen is not None and idle and now - last_seen > idle:
        return True
    signed_in_at = session.get(SIGNED_IN_AT)
    limit = settings.SESSION_COOKIE_AGE
    return signed_in_at is not None and bool(limit) and now - signed_in_at > limit


class AdminSessionMiddleware:
    """Signs out idle sessions and those older than SESSION_COOKIE_AGE; sends approvers without a verified one-time password to enrolment or verification.

    Placed after django-otp's OTPMiddleware (which gives ``request.user.is_verified()``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info == LOGIN_PATH:
            # django-axes locks one user name per address; this stops one address trying many names (spraying).
            allowed, retry_after = ratelimit.hit("login", client_ip(request) or "unknown", _login_rate())
            if not allowed:
                return ratelimit.too_many_requests(request, retry_after)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN)
            if _session_is_over(request.session, now):
                logout(request)
                if request.path_info.startswith("/admin/"):
                    return redirect(f"{reverse('wagtailadmin_login')}?next={request.path}")
            else:
                if last_seen is None or now - last_seen >= REFRESH_EVERY:
                    request.session[LAST_SEEN] = now
                if SIGNED_IN_AT not in request.session:  # a session from before the limit was kept: it starts now
                    request.session[SIGNED_IN_AT] = now
                response = self._require_otp(request)
                if response is not None:
                    return response
        return self.get_response(request)

    def _require_otp(self, request):
        path = request.path_info
        if not path.startswith("/admin/") or path.startswith(OTP_OPEN_PATHS):
            return None
        user = request.user
        if user.is_verified() or not requires_otp(user):  # a verified session costs no query
            return None
        has_device = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        target = "portal_otp_verify" if has_device else "portal_otp_setup"
        return redirect(f"{reverse(target)}?next={request.get_full_path()}")


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Six-digit code"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("Enter the digits shown by your authenticator app."))
        return token


def _verified_device(form, devices):
    """The device that accepts the form's code, or None with the reason added to the form."""
    allowed = [device for device in devices if device.verify_is_allowed()[0]]
    if not allowed:  # django-otp's throttling: each wrong code doubles the wait before the next try
        form.add_error("token", _("Too many wrong codes. Wait a minute, then enter the code the app shows."))
        return None
    for device in allowed:
        if device.verify_token(form.cleaned_data["token"]):
            return device
    form.add_error("token", _("This code is not valid. Wait for the next one and try again."))
    return None


@never_cache
def setup(request):
    """Enrolment: a QR code (and the key, for typing) for the authenticator app, then one code to confirm it."""
    user = request.user
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(f"{reverse('portal_otp_verify')}?next={_safe_next(request, reverse('wagtailadmin_home'))}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _verified_device(form, [device]):
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(_safe_next(request, reverse("wagtailadmin_home")))
    context = {
        "form": form,
        "qr_data_uri": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
        "secret": _base32(device.bin_key),
        "next": _safe_next(request, ""),
    }
    return render(request, "security/otp_setup.html", context)


@never_cache
def verify(request):
    """The code of an enrolled authenticator app, once per session."""
    user = request.user
    devices = list(TOTPDevice.objects.filter(user=user, confirmed=True))
    if not devices:
        return redirect(f"{reverse('portal_otp_setup')}?next={_safe_next(request, reverse('wagtailadmin_home'))}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _verified_device(form, devices)
        if device:
            otp_login(request, device)
            return redirect(_safe_next(request, reverse("wagtailadmin_home")))
    return render(request, "security/otp_verify.html", {"form": form, "next": _safe_next(request, "")})


def _base32(key):
    text = b32encode(key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: the portal's lockout page (429) in the admin's look."""
    minutes = round(float(settings.AXES_COOLOFF_TIME or 0) * 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    response = render(request, "security/lockout.html", context, status=429)
    response["Cache-Control"] = "no-store"
    return response
