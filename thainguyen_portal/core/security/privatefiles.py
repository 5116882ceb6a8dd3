"""Private files: kept outside MEDIA_ROOT, without a public URL, so nginx's ``/media/`` never serves them.

Readers' petition attachments and the newsroom's field-report photos are kept this way; staff see them only
through permission-checked admin views, and ``manage.py backup`` archives them (``PORTAL_PRIVATE_FILE_ROOTS``).
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateFileStorage(FileSystemStorage):
    """Files under the folder the setting `setting_name` names, read at each use (a deployment or a test may move
    it). Files 0600 and folders 0700 whatever the process's umask; `url()` refuses with `no_url_message`.

    An area makes one and hands it to its FileField through a module-level callable, so that migrations record the
    callable's path and not this class's arguments."""

    def __init__(self, setting_name, no_url_message):
        super().__init__()
        self.setting_name = setting_name
        self.no_url_message = no_url_message

    @property
    def file_permissions_mode(self):
        return 0o600

    @property
    def directory_permissions_mode(self):
        return 0o700

    @property
    def base_location(self):
        return str(getattr(settings, self.setting_name))

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError(self.no_url_message)
