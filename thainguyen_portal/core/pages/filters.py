"""Query-string filters of the public listings, as Django forms.

A listing's filters arrive in the query string, typed by readers or written in old links: a malformed value is no
reason for an error page. :class:`QueryFilterForm` is bound to ``request.GET`` and never raises: the values that
are valid are in :attr:`~QueryFilterForm.filters`, the others are dropped and their messages kept in
:attr:`~QueryFilterForm.problems`, for the page to say what it ignored (and still answer 200).

:class:`QueryDateField` is the one way a day is read from a query string (news listings and the press digest, the
site search, the gazette's lookup): 2026-11-26, 26/11/2026 or 26-11-2026, years 1900 to 2999.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
ISO_ONLY = ["%Y-%m-%d"]
FIRST_YEAR, LAST_YEAR = 1900, 2999


class QueryDateField(forms.DateField):
    """A day from a query string: ISO or Vietnamese order; a clear message naming the value otherwise."""

    default_error_messages = {"invalid": _("“%(value)s” is not a date: use the form YYYY-MM-DD.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        text = value.strip() if isinstance(value, str) else value
        try:
            day = super().to_python(text)
        except ValidationError:
            day = False
        if day is False or (isinstance(day, datetime.date) and not FIRST_YEAR <= day.year <= LAST_YEAR):
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": str(text)[:20]})
        return day


class QueryFilterForm(forms.Form):
    """A form of query-string filters that never refuses the page: see the module's description."""

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.is_valid()

    @property
    def filters(self):
        """The valid values given: {field name: value}, without the empty and the malformed ones."""
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", [])}

    @property
    def problems(self):
        """The messages of the values that were dropped, in the fields' order."""
        return [message for name in self.fields for message in self.errors.get(name, [])]


def query_dates(data, *names, formats=DATE_INPUT_FORMATS):
    """({name: date} of the valid days among `names` in `data` (a QueryDict), [messages of the malformed ones]).
    `formats`: the forms accepted (ISO_ONLY where links are written YYYY-MM-DD and the message says so)."""
    fields = {name: QueryDateField(input_formats=formats) for name in names}
    form_class = type("QueryDates", (QueryFilterForm,), fields)
    form = form_class(data)
    return form.filters, form.problems
