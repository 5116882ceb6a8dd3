"""WSGI entry point for gunicorn (see gunicorn.conf.py). Production settings unless told otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thainguyen_portal.settings.production")

application = get_wsgi_application()
