from django import forms
from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.security.honeypot import HoneypotMixin

from .models import COMMENT_MAX_LENGTH, REASON_CHOICES, reasons_for


class RatingForm(HoneypotMixin, forms.Form):
    """What the widget posts. Every error has a message a reader can act on (the view answers 400 with it)."""

    page = forms.IntegerField(min_value=1, max_value=2**31 - 1, error_messages={"required": _("Which page?")})
    useful = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")],
        coerce=lambda value: value == "1",
        error_messages={
            "required": _("Please say whether the information was useful."),
            "invalid_choice": _("Please say whether the information was useful."),
        },
    )
    reason = forms.ChoiceField(
        choices=[("", "")] + REASON_CHOICES,
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the reasons offered.")},
    )
    comment = forms.CharField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        strip=True,
        error_messages={"max_length": _("The comment may have at most %(limit_value)d characters.")},
    )

    def clean(self):
        cleaned = super().clean()
        reason = cleaned.get("reason")
        if reason and "useful" in cleaned and reason not in dict(reasons_for(cleaned["useful"])):
            self.add_error("reason", _("Please choose one of the reasons offered."))
        return cleaned

    def first_error(self):
        for errors in self.errors.values():
            return str(errors[0])
        return ""
