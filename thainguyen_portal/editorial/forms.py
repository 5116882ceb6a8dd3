from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .photos import check_photo


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*", "capture": "environment"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        limit = settings.EDITORIAL_FIELD_REPORT_MAX_PHOTOS
        if len(files) > limit:
            raise ValidationError(
                ngettext(
                    "You sent %(count)d photos; at most %(limit)d can be sent.",
                    "You sent %(count)d photos; at most %(limit)d can be sent.",
                    len(files),
                ),
                params={"count": len(files), "limit": limit},
                code="too_many",
            )
        errors = []
        cleaned = []
        for upload in files:
            upload.seek(0)
            content = upload.read(settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE + 1)
            try:
                check_photo(upload.name, content, size=upload.size)
            except ValidationError as error:
                errors.extend(error.error_list)
                continue
            cleaned.append((upload.name, content))
        if errors:
            raise ValidationError(errors)
        return cleaned


class FieldReportForm(forms.Form):
    text = forms.CharField(
        label=_("What happened"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few lines: who, what, where, when."),
    )
    place = forms.CharField(label=_("Place"), max_length=255, required=False)
    happened_at = forms.DateTimeField(
        label=_("Time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Leave empty for now."),
    )
    photos = MultiplePhotoField(label=_("Photos"), required=False, help_text=_("Up to 10 photos."))

    def clean_happened_at(self):
        return self.cleaned_data.get("happened_at") or timezone.now()


class ConvertForm(forms.Form):
    title = forms.CharField(label=_("Title of the draft"), max_length=255)
