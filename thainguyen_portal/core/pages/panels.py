"""Admin panels the areas share."""

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel


class UniqueRowsFormSet(BaseChildFormSet):
    """A child formset whose rows may not repeat the values of ``unique_fields`` (set by the panel): the repeated
    rows get the error on their own field, nothing is saved and nothing typed is lost. Rows marked for deletion and
    empty choices do not count."""

    unique_fields = ()

    def clean(self):
        super().clean()
        for name in self.unique_fields:
            seen = set()
            for form in self.forms:
                if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                    continue
                value = form.cleaned_data.get(name)
                if value is None or value == "":
                    continue
                key = getattr(value, "pk", value)
                if key in seen:
                    label = str(form.fields[name].label).lower()
                    message = _("This %(field)s is already chosen above: remove this row.") % {"field": label}
                    form.add_error(name, capfirst(message))
                seen.add(key)


class UniqueRowsInlinePanel(InlinePanel):
    """An InlinePanel whose rows may not repeat a value: ``UniqueRowsInlinePanel("cited_documents",
    unique_fields=["document"])`` (a page cites each legal document once). A check of the editor, not a database
    constraint, which would refuse an editor swapping two rows' values (the rows are saved one after the other)."""

    def __init__(self, relation_name, *args, unique_fields=(), **kwargs):
        super().__init__(relation_name, *args, **kwargs)
        self.unique_fields = tuple(unique_fields)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "unique_fields": self.unique_fields}

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = type(
            "UniqueRowsFormSet", (UniqueRowsFormSet,), {"unique_fields": self.unique_fields}
        )
        return options
