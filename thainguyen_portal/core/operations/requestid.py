"""A request id on every response and every log line, so that one reader's error can be found in the logs.

nginx (``proxy_set_header X-Request-ID $request_id;``) or the CDN gives each request an id; without one, or with
one that is not a plain token, the portal makes its own. The id goes back in the ``X-Request-ID`` response header,
into every log record made while the request runs (``%(request_id)s`` through ``RequestIdFilter``), onto the 500
page (a reader can quote it) and, when Sentry is set up (``SENTRY_DSN``), onto the error report as a tag.
"""

import contextvars
import logging
import re
import sys
import uuid

HEADER = "X-Request-ID"
_META_KEY = "HTTP_X_REQUEST_ID"
_VALID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
_current = contextvars.ContextVar("portal_request_id", default="-")


def current_request_id():
    """The id of the request this thread is serving, or "-" outside a request (commands, workers)."""
    return _current.get()


def request_id_from(request):
    incoming = request.META.get(_META_KEY, "")
    return incoming if _VALID.fullmatch(incoming) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_from(request)
        request.request_id = request_id
        token = _current.set(request_id)
        sentry = sys.modules.get("sentry_sdk")
        if sentry is not None:
            sentry.set_tag("request_id", request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` to every record (attach it to the handlers, use ``%(request_id)s``)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            # Django logs 4xx/5xx responses ("Not Found: /x") after the middleware has returned, with the request
            # attached to the record; everything else is logged while the request runs.
            request = getattr(record, "request", None)
            record.request_id = getattr(request, "request_id", None) or _current.get()
        return True
