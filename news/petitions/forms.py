"""The public petition form and the checks of its attachments (by content, never by name)."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from thainguyen_portal.core.intake.files import MultipleFileField
from thainguyen_portal.core.intake.images import check_image
from thainguyen_portal.core.intake.pdf import check_pdf
from thainguyen_portal.core.intake.uploads import stripped
from thainguyen_portal.core.security.honeypot import HoneypotMixin

from .models import PetitionField, PetitionPage

# Pillow format -> (content type, extension stored)
# (MPO: a phone's multi-picture JPEG, stored as its first picture, a plain JPEG, by `stripped`.)
IMAGE_TYPES = {
    "JPEG": ("image/jpeg", ".jpg"),
    "MPO": ("image/jpeg", ".jpg"),
    "PNG": ("image/png", ".png"),
    "WEBP": ("image/webp", ".webp"),
}
PDF_TYPE = ("application/pdf", ".pdf")

PHONE_RE = re.compile(r"^(?:\+?84|0)\d{9,10}$")


def normalise_phone(value):
    """'0912 345 678', '+84 912.345.678' -> digits with the leading + kept; '' when empty."""
    return re.sub(r"[\s.\-()]", "", value or "")


class CheckedFile:
    """An upload that passed the checks: the bytes to store, the type found in them and the name to show staff.

    An image's bytes are re-encoded upright without metadata (EXIF with the phone's GPS position, XMP, comments)
    by core's `stripped`, as the image library's uploads are: only staff see the files, but a sender's location is
    not kept when nobody needs it.
    """

    def __init__(self, name, data, content_type, extension):
        self.name, self.data, self.content_type, self.extension = name, data, content_type, extension


NOT_ACCEPTED = _("“%(name)s” is not an image (JPEG, PNG, WebP) or a PDF document.")


def _not_accepted(name):
    return ValidationError(NOT_ACCEPTED, params={"name": name}, code="bad_type")


_HTML_MARKERS = (b"<html", b"<script", b"<!doctype", b"<body", b"<head", b"<svg", b"<iframe", b"<meta")


def check_attachment(name, data):
    """(content type, extension) of an upload we accept, found from its bytes; ValidationError otherwise. The image
    and PDF checks are core's (core/intake); what is the petitions' own is which types they take."""
    head = data[:1024]
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        image_format, _width, _height = check_image(
            name, data, formats=frozenset(IMAGE_TYPES), not_an_image=NOT_ACCEPTED
        )
        return IMAGE_TYPES[image_format]
    start = head.find(b"%PDF-")
    if start >= 0:
        # A PDF reader tolerates bytes before the header, a browser sniffing the file renders them: an HTML page
        # with a PDF after it (a polyglot) is refused.
        before = head[:start].lower()
        if before.lstrip().startswith(b"<") or any(marker in before for marker in _HTML_MARKERS):
            raise _not_accepted(name)
        check_pdf(name, data)
        return PDF_TYPE
    raise _not_accepted(name)


def checked_attachment(name, data):
    content_type, extension = check_attachment(name, data)
    if content_type.startswith("image/"):
        data = stripped(data) or data  # None: nothing to strip
    return CheckedFile(name, data, content_type, extension)


def AttachmentsField(**kwargs):  # noqa: N802 - a field, as the form declares it
    """Up to NEWS_PETITION_MAX_FILES images or PDFs of at most NEWS_PETITION_MAX_FILE_SIZE bytes each."""
    return MultipleFileField(
        check=checked_attachment,
        max_files="NEWS_PETITION_MAX_FILES",
        max_size="NEWS_PETITION_MAX_FILE_SIZE",
        accept="image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf",
        **kwargs,
    )


class PetitionSubmissionForm(HoneypotMixin, forms.Form):
    sender_name = forms.CharField(
        label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    sender_kind = forms.ChoiceField(
        label=_("You write as"), choices=PetitionPage.SenderKind.choices, widget=forms.RadioSelect
    )
    show_sender_name = forms.BooleanField(
        label=_("My name may be published with the answer"),
        required=False,
        help_text=_("Otherwise the published petition only says “Citizen” or “Business”."),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
        help_text=_("A phone number or an e-mail address (or both), so that the newsroom can reach you."),
    )
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    subject = forms.CharField(label=_("Subject"), max_length=200)
    field = forms.ChoiceField(
        label=pgettext_lazy("petition", "Field"), choices=[("", _("Choose a field"))] + list(PetitionField.choices)
    )
    content = forms.CharField(
        label=_("Content"),
        min_length=20,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What happened, where and since when; what you ask for."),
    )
    attachments = AttachmentsField(label=_("Attachments"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"].help_text = ngettext(
            "Up to %(count)d image (JPEG, PNG, WebP) or PDF file, at most %(size)s each.",
            "Up to %(count)d images (JPEG, PNG, WebP) or PDF files, at most %(size)s each.",
            settings.NEWS_PETITION_MAX_FILES,
        ) % {"count": settings.NEWS_PETITION_MAX_FILES, "size": filesizeformat(settings.NEWS_PETITION_MAX_FILE_SIZE)}

    def clean_phone(self):
        phone = normalise_phone(self.cleaned_data.get("phone", ""))
        if phone and not PHONE_RE.match(phone):
            raise ValidationError(
                _("Enter a Vietnamese phone number, e.g. 0912 345 678 or +84 912 345 678."), code="bad_phone"
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("phone")
            and not cleaned.get("email")
            and "phone" not in self.errors
            and "email" not in self.errors
        ):
            self.add_error(
                "phone",
                ValidationError(
                    _("Give a phone number or an e-mail address so that the newsroom can reach you."),
                    code="no_contact",
                ),
            )
        return cleaned
