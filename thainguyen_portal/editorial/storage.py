"""Where field-report photos are kept: outside MEDIA_ROOT, without a public URL.

They are the newsroom's working material (a scene before anything is published, a collaborator's photos), so
nginx's ``/media/`` never serves them: staff with the right to handle reports see them through the admin
(``editorial:report_photo``), and the photos chosen for an article become Wagtail images when it is drafted.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class FieldReportStorage(FileSystemStorage):
    """Files under ``EDITORIAL_FIELD_REPORT_FILES_ROOT`` (read at each use, so a deployment or a test may move it).
    Files 0600 and folders 0700 whatever the process's umask, as the petitions' attachments and the backups."""

    @property
    def file_permissions_mode(self):
        return 0o600

    @property
    def directory_permissions_mode(self):
        return 0o700

    @property
    def base_location(self):
        return str(settings.EDITORIAL_FIELD_REPORT_FILES_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Field-report photos have no public URL; staff see them through the newsroom admin.")


_storage = FieldReportStorage()


def photo_storage():
    """The storage of field-report photos (a callable, so migrations do not record a path)."""
    return _storage
