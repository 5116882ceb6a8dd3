"""Uploads are judged by what they contain, not by their name.

- Images: Wagtail's image field already opens and verifies every upload with Pillow, checks that the content's format
  matches the extension (``WAGTAILIMAGES_EXTENSIONS``), and enforces ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` and
  ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``. What it keeps is the photo's EXIF: a phone's photo carries where it was taken.
  ``strip_image_metadata`` (connected to the image model's ``pre_save``) re-encodes every new original without EXIF
  with :func:`core.intake.images.stripped`, as petition attachments and media thumbnails are; a thumbnail is checked
  by :func:`core.intake.images.check_image`, the portal's one image check.
- Documents (``WAGTAILDOCS_DOCUMENT_FORM_BASE``) and audio/video (wagtailmedia's ``MEDIA_FORM_BASE``): the first bytes
  must be those of the format the extension names (``%PDF-`` for .pdf, a ZIP with the right parts for .docx, …), so
  a program renamed to .pdf is refused with a message saying so, and nothing is stored.
"""

import io
import logging
import zipfile
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.documents.forms import BaseDocumentForm
from wagtail.utils.file import hash_filelike
from wagtailmedia.forms import BaseMediaForm

from .images import check_image, stripped
from .probe import probe

logger = logging.getLogger(__name__)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls)
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
HEAD = 8192

# What a format's file looks like inside (besides being a ZIP) for the ZIP-based office formats.
_OFFICE_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
_OPENDOCUMENT = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
_FORMAT_NAMES = {
    "pdf": "PDF",
    "doc": "Word",
    "docx": "Word",
    "xls": "Excel",
    "xlsx": "Excel",
    "odt": "OpenDocument",
    "ods": "OpenDocument",
    "csv": "CSV",
    "txt": gettext_lazy("plain text"),
    "zip": "ZIP",
    "mp4": "MP4",
    "m4a": "MPEG-4 audio",
    "mp3": "MP3",
    "ogg": "Ogg",
    "webm": "WebM",
}


def _extension(name):
    return PurePosixPath(name or "").suffix.lower().lstrip(".")


def _read(file):
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    data = file.read()
    file.seek(position)
    return data


def _zip_names(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return None


def _opendocument_type(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return ""


def _is_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            try:
                head.decode("cp1258")  # Vietnamese Windows code page, as old spreadsheets export CSV
            except UnicodeDecodeError:
                return False
    return True


def _is_mp3(head):
    if head.startswith(b"ID3"):
        return True
    return len(head) > 1 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0


def content_matches(extension, data):
    """Whether `data` looks like a file of `extension` (lower case, no dot). Unknown extensions never match."""
    head = data[:HEAD]
    if extension == "pdf":
        return head.lstrip(b"\r\n\t ")[:5] == b"%PDF-"
    if extension in ("doc", "xls"):
        return head.startswith(OLE2)
    if extension in ("docx", "xlsx", "pptx", "odt", "ods", "zip"):
        if not head.startswith(ZIP):
            return False
        names = _zip_names(data)
        if names is None:
            return False
        if extension in _OFFICE_PARTS:
            return "[Content_Types].xml" in names and any(n.startswith(_OFFICE_PARTS[extension]) for n in names)
        if extension in _OPENDOCUMENT:
            return _opendocument_type(data) == _OPENDOCUMENT[extension]
        return True
    if extension in ("csv", "txt", "vtt"):
        return _is_text(head)
    if extension in ("mp4", "m4a", "m4v", "mov"):
        return head[4:8] == b"ftyp"
    if extension == "webm":
        return head.startswith(b"\x1a\x45\xdf\xa3")
    if extension == "ogg":
        return head.startswith(b"OggS")
    if extension == "mp3":
        return _is_mp3(head)
    return False


def check_upload(file, allowed_extensions, max_size):
    """Raise ValidationError (a clear message) unless `file` is of an allowed kind by name and by content."""
    name = PurePosixPath(getattr(file, "name", "") or "").name
    extension = _extension(name)
    if extension not in allowed_extensions:
        raise ValidationError(
            _("“%(name)s” is not a file type the portal accepts (allowed: %(allowed)s)."),
            params={"name": name, "allowed": ", ".join(sorted(allowed_extensions))},
            code="extension",
        )
    size = getattr(file, "size", None)
    if max_size and size is not None and size > max_size:
        raise ValidationError(
            _("“%(name)s” is %(size)s MB; the limit is %(limit)s MB."),
            params={"name": name, "size": f"{size / 1048576:.1f}", "limit": f"{max_size / 1048576:.0f}"},
            code="too_large",
        )
    if not content_matches(extension, _read(file)):
        raise ValidationError(
            _("“%(name)s” is not really a %(kind)s file: its content does not match its name."),
            params={"name": name, "kind": _FORMAT_NAMES.get(extension, extension.upper())},
            code="content",
        )


class _OneFileMessage:
    """When the file itself was refused, the model's own checks of the (now missing) file add only noise such as
    "File extension “” is not allowed": keep the message that says what is wrong."""

    def _post_clean(self):
        file_errors = list(self.errors.get("file", []))
        super()._post_clean()
        if file_errors:
            self._errors["file"] = self.error_class(file_errors)


def title_from_filename(name):
    """A document's title from its file's name, as Wagtail's script makes it: the name without its folder and its
    extension ("C:\\Tài liệu\\QĐ 979.pdf" -> "QĐ 979")."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    return stem.strip()[:255]


class PortalDocumentForm(_OneFileMessage, BaseDocumentForm):
    """Wagtail's document form, with the content check (WAGTAILDOCS_DOCUMENT_FORM_BASE).

    A new file sent without a title gets its file's name as title (#20). Wagtail's script fills the title from the
    chosen file only after a 100 ms debounce (its ``w-sync`` controller), and the chooser's upload tab refuses to
    send a form with an empty ``required`` input ("This field is required.", checked in the browser): a quick
    "Upload" after choosing the file was refused. A new document's title is therefore not ``required`` in the page;
    the server takes the file's name when it is empty. Editing a document still needs a title.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields and "file" in self.fields and not self.instance.pk:
            self.fields["title"].required = False
        if self.is_bound and "title" in self.fields and "file" in self.fields:
            title_key, upload = self.add_prefix("title"), self.files.get(self.add_prefix("file"))
            if upload is not None and not (self.data.get(title_key) or "").strip():
                title = title_from_filename(upload.name)
                if title:
                    self.data = self.data.copy()
                    self.data[title_key] = title

    def clean(self):
        cleaned_data = super().clean()
        title_field = self.fields.get("title")
        empty = title_field is not None and not title_field.required and not cleaned_data.get("title")
        if empty and "title" not in self.errors and "file" not in self.errors:
            self.add_error("title", forms.ValidationError(title_field.error_messages["required"], "required"))
        return cleaned_data

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            allowed = [e.lower() for e in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []]
            check_upload(file, allowed, getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None))
        return file


class PortalMediaForm(_OneFileMessage, BaseMediaForm):
    """wagtailmedia's form, which only hints the extensions to the browser: here they are enforced, by content.

    A new file's duration (and a video's width and height) are read from the file (:mod:`core.intake.probe`: MP4,
    M4A, MP3) rather than taken from the editor, in the Media area and in the chooser's upload tab alike; for a
    format it cannot read (WebM, Ogg) the editor's values stay.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "duration" in self.fields:
            self.fields["duration"].help_text = gettext_lazy(
                "In seconds. Read from the file when it is an MP4, M4A or MP3; type it for WebM or Ogg."
            )

    def clean(self):
        cleaned_data = super().clean()
        file = cleaned_data.get("file")
        if file and "file" in self.changed_data and "file" not in self.errors:
            for key, value in probe(file).items():
                if key in self.fields:
                    cleaned_data[key] = value
        return cleaned_data

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            config = getattr(settings, "WAGTAILMEDIA", {})
            media_type = self.instance.type or "video"
            key = "AUDIO_EXTENSIONS" if media_type == "audio" else "VIDEO_EXTENSIONS"
            allowed = [e.lower() for e in config.get(key, [])]
            # The extension and the size are wagtailmedia's and PortalMedia's model checks; the content is ours.
            if _extension(file.name) in allowed:
                check_upload(file, allowed, None)
        return file

    def clean_thumbnail(self):
        thumbnail = self.cleaned_data.get("thumbnail")
        if thumbnail and "thumbnail" in self.changed_data:
            data = _read(thumbnail)
            check_image(
                thumbnail.name, data, not_an_image=gettext_lazy("The thumbnail must be a JPEG, PNG or WebP image.")
            )
            # A thumbnail is a plain file under /media/: it loses its EXIF (GPS) as the image library's originals do.
            clean = stripped(data)
            if clean is not None:
                thumbnail = ContentFile(clean, name=PurePosixPath(thumbnail.name).name)
        return thumbnail


def strip_image_metadata(sender, instance, **kwargs):
    """pre_save of the image model: a newly uploaded original is stored without EXIF (GPS, camera, owner)."""
    if not getattr(settings, "PORTAL_STRIP_IMAGE_METADATA", True):
        return
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return  # nothing new: an edit of the title or tags, or a file already in storage
    data = _read(file)
    clean = stripped(data)
    if clean is None:
        return
    instance.file = ContentFile(clean, name=PurePosixPath(file.name).name)
    instance.file_size = len(clean)
    instance.file_hash = hash_filelike(io.BytesIO(clean))


def store_document_file_metadata(sender, instance, **kwargs):
    """pre_save of the document model: the file's size and hash are stored with the document, whoever saves it.

    Wagtail's upload form fills ``file_size`` and ``file_hash``; a document saved in code (importers, the demo,
    factories) had neither: ``Document.get_file_size()`` then wrote the size during the first page render, and the
    gazette's importer, which recognises a file already attached by its hash, called Wagtail's private
    ``_set_document_file_metadata``. Now every save stores both (a new file replaces them), with Wagtail's public
    ``hash_filelike``, so templates read ``file_size`` and never write.
    """
    file = instance.file
    if not file:
        return
    # A file not yet in the storage, or one saved there already under another name than the stored row's
    # (``document.file.save(name, content)`` stores the file before it saves the row).
    new_file = not getattr(file, "_committed", True) or (
        instance.pk is not None and sender.objects.filter(pk=instance.pk).exclude(file=file.name).exists()
    )
    try:
        if instance.file_size is None or new_file:
            instance.file_size = file.size
        if not instance.file_hash or new_file:
            was_closed = file.closed
            file.open("rb")  # a new file being saved stays open for the storage, at its start
            try:
                instance.file_hash = hash_filelike(file)
            finally:
                if was_closed:
                    file.close()
                else:
                    file.seek(0)
    except OSError:
        logger.warning("document %s: its file %s is missing, no size or hash stored", instance.pk, file.name)
