from django import forms
from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.security.honeypot import HoneypotMixin


class SubscribeForm(HoneypotMixin, forms.Form):
    topic = forms.CharField(widget=forms.HiddenInput, max_length=200)
    address = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Please enter your e-mail address."),
            "invalid": _("Please enter a valid e-mail address, for example ten@example.vn."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
