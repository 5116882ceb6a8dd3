"""Where field-report photos are kept: outside MEDIA_ROOT, without a public URL.

They are the newsroom's working material (a scene before anything is published, a collaborator's photos), so
nginx's ``/media/`` never serves them: staff with the right to handle reports see them through the admin
(``editorial:report_photo``), and the photos chosen for an article become Wagtail images when it is drafted.
"""

from thainguyen_portal.core.security.privatefiles import PrivateFileStorage

_storage = PrivateFileStorage(
    "EDITORIAL_FIELD_REPORT_FILES_ROOT",
    "Field-report photos have no public URL; staff see them through the newsroom admin.",
)


def photo_storage():
    """The storage of field-report photos (a callable, so migrations do not record a path)."""
    return _storage
