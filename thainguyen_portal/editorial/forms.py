from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from thainguyen_portal.core.intake.files import MultipleFileField
from thainguyen_portal.core.intake.images import check_image


def _checked_photo(name, data):
    """(name, bytes) of a photo that passed core's image check (the field has checked its size)."""
    check_image(name, data)
    return name, data


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
    photos = MultipleFileField(
        label=_("Photos"),
        help_text=_("Up to 10 photos."),
        check=_checked_photo,
        max_files="EDITORIAL_FIELD_REPORT_MAX_PHOTOS",
        max_size="EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE",
        accept="image/*",
        capture="environment",
        error_messages={
            "too_many": ngettext_lazy(
                "You sent %(count)d photos; at most %(limit)d can be sent.",
                "You sent %(count)d photos; at most %(limit)d can be sent.",
                "count",
            ),
            "too_large": _("“%(name)s” is %(size)s; a photo may be at most %(limit)s."),
        },
    )

    def clean_happened_at(self):
        return self.cleaned_data.get("happened_at") or timezone.now()


class ConvertForm(forms.Form):
    title = forms.CharField(label=_("Title of the draft"), max_length=255)
