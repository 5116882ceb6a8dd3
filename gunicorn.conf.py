"""gunicorn settings for production: `gunicorn thainguyen_portal.wsgi` reads this file from the working
directory. Every number can be changed through the environment (README.md)."""

import multiprocessing
import os


def _int(name, default):
    return int(os.environ.get(name, default))


# Loopback by default: nginx on the same host is the only way in, so no client can reach gunicorn directly (and its
# X-Real-IP is then always nginx's). Another layout sets GUNICORN_BIND and PORTAL_TRUSTED_PROXIES together.
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = _int("GUNICORN_THREADS", 2)
worker_class = "gthread" if threads > 1 else "sync"
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then (with jitter so they don't all restart at once) to bound memory growth.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 200)
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
# The combined format plus the request id the portal answered with (X-Request-ID), as in its own log lines.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
preload_app = True
