"""A honeypot field for public forms: hidden from people (and from screen readers), filled in by bots.

    class PetitionForm(HoneypotMixin, forms.Form): ...

    if form.is_valid():
        if form.is_spam():
            return redirect(thanks_url)   # look like success, store nothing
        ...

The field is named like a real one ("website") so that form-filling bots fill it; the template renders it with
`{% include "includes/honeypot_field.html" with field=form.honeypot_field %}`: inside a container hidden by the
portal's stylesheet (no inline style: the public CSP forbids it), `tabindex="-1"` and `autocomplete="off"`, and a
label telling anyone who sees it to leave it empty.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_NAME = "website"


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self):
        return bool((self.cleaned_data.get(HONEYPOT_NAME) or "").strip())

    @property
    def honeypot_field(self):
        return self[HONEYPOT_NAME]

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_NAME]
