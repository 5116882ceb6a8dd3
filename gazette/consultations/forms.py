"""The public comment form of a consultation."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from thainguyen_portal.core.security.honeypot import HoneypotMixin

PHONE_RE = re.compile(r"^(?:\+?84|0)\d{9,10}$")


def normalise_phone(value):
    """'0912 345 678', '+84 912.345.678' -> digits with the leading + kept; '' when empty."""
    return re.sub(r"[\s.\-()]", "", value or "")


class CommentForm(HoneypotMixin, forms.Form):
    article = forms.TypedChoiceField(
        label=_("Your comment is on"), coerce=int, empty_value=None, required=False, choices=()
    )
    text = forms.CharField(
        label=pgettext_lazy("consultation comment", "Your comment"),
        min_length=10,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Shown with your comment once it is published."),
    )
    contact = forms.CharField(
        label=_("Phone or e-mail"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "email"}),
        help_text=_("So that the drafting agency can reach you. Never published."),
    )

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["article"].choices = [("", _("The whole draft"))] + [
            (
                number,
                pgettext_lazy("article of a draft", "Article %(number)s: %(title)s")
                % {"number": number, "title": title},
            )
            for number, title in articles
        ]

    def clean_contact(self):
        raw = self.cleaned_data.get("contact", "").strip()
        if "@" in raw:
            try:
                forms.EmailField().clean(raw)
            except ValidationError as error:
                raise ValidationError(_("Enter a valid e-mail address."), code="bad_email") from error
            return {"email": raw, "phone": ""}
        phone = normalise_phone(raw)
        if not PHONE_RE.match(phone):
            raise ValidationError(
                _("Enter a Vietnamese phone number (0912 345 678) or an e-mail address."), code="bad_contact"
            )
        return {"email": "", "phone": phone}
