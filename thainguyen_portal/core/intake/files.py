"""The one form field for several files in one input (a field report's photos, a petition's attachments).

Each upload is checked for its size before a byte is read past the limit, read (up to the limit and one byte more),
then handed to the caller's ``check(name, data)``, which raises ValidationError or returns what the form keeps for
that file. Every file's problem is reported at once, each message naming its file.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from thainguyen_portal.core.text import size_and_limit


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


def _setting(value):
    """A number, or the name of the setting that holds it (read when the form is cleaned, so tests may change it)."""
    return getattr(settings, value) if isinstance(value, str) else value


class MultipleFileField(forms.FileField):
    """Up to `max_files` files of at most `max_size` bytes each (numbers, or names of settings), each passed to
    `check(name, data)`; cleans to the list of what `check` returned."""

    default_error_messages = {
        "too_many": ngettext_lazy(
            "You attached %(count)d files; at most %(limit)d can be sent.",
            "You attached %(count)d files; at most %(limit)d can be sent.",
            "count",
        ),
        "too_large": _("“%(name)s” is %(size)s; a file may be at most %(limit)s."),
        "empty_file": _("“%(name)s” is empty."),
    }

    def __init__(self, *, check, max_files, max_size, accept=None, capture=None, **kwargs):
        self.check, self.max_files, self.max_size = check, max_files, max_size
        attrs = {key: value for key, value in (("accept", accept), ("capture", capture)) if value}
        kwargs.setdefault("widget", MultipleFileInput(attrs=attrs))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        limit = _setting(self.max_files)
        if len(files) > limit:
            raise ValidationError(
                self.error_messages["too_many"] % {"count": len(files), "limit": limit}, code="too_many"
            )
        max_size = _setting(self.max_size)
        errors, cleaned = [], []
        for upload in files:
            name = (upload.name or "")[-120:]
            try:
                if upload.size > max_size:
                    size, limit_text = size_and_limit(upload.size, max_size)
                    raise ValidationError(
                        self.error_messages["too_large"],
                        params={"name": name, "size": size, "limit": limit_text},
                        code="too_large",
                    )
                upload.seek(0)
                content = upload.read(max_size + 1)
                if not content:
                    raise ValidationError(self.error_messages["empty_file"], params={"name": name}, code="empty")
                cleaned.append(self.check(name, content))
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return cleaned
