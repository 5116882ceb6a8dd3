"""Logging filters used by settings.LOGGING."""

import logging


class WarningWithoutTraceback(logging.Filter):
    """Turns a record into one WARNING line: its level lowered to WARNING, its traceback dropped.

    Django logs every request for a host outside ALLOWED_HOSTS (django.security.DisallowedHost) at ERROR with the
    exception's traceback; scanners send thousands. The message names the host, which is all there is to know.
    """

    def filter(self, record):
        if record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
