"""Embargo: a state of its own, beside draft, scheduled and live.

A source (the provincial People's Committee, a ministry, a press conference) hands the newsroom material "not to be
published before 08:00 on Monday". The article is written, edited and approved as usual, but nothing the newsroom
does may put it in front of readers before that time:

- `embargo_until` is part of the page's content (each revision carries it, a translation keeps it);
- the go-live time can never come before it: an empty schedule takes the embargo's time, an earlier one is refused
  with a message that names both times (`clean`), and a revision made without validation (an importer, the shell)
  is corrected when it is turned back into a page (`with_content_json`, Wagtail's documented hook for fields that a
  revision must not restore as they were), so that publishing, a workflow's last approval and `publish_scheduled`
  all schedule it instead of putting it live;
- the admin shows "embargoed until 08:00 07/12/2026" where it would say "scheduled" or "draft" (`status_string`);
- a page that is already live cannot be put under embargo (the readers have seen it).

Lifting an embargo early is an editorial decision: clear the field, and the approval workflow sees the change like
any other.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class EmbargoMixin(models.Model):
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_(
            "Not to be published before this time, as agreed with the source. The article can be written and "
            "approved; it goes live at this time at the earliest."
        ),
    )

    class Meta:
        abstract = True

    def embargo_active(self, now=None):
        return bool(self.embargo_until and self.embargo_until > (now or timezone.now()))

    def clean_embargo(self):
        """Errors by field, for the page's `clean()`; moves an empty go-live time to the embargo's end."""
        if not self.embargo_active():
            return {}
        if self.live and self.pk:
            return {
                "embargo_until": _(
                    "This page is already published: an embargo can only be set before its first publication."
                )
            }
        if self.go_live_at is None:
            self.go_live_at = self.embargo_until
        elif self.go_live_at < self.embargo_until:
            return {
                "go_live_at": _("The go-live time (%(go_live)s) comes before the end of the embargo (%(embargo)s).")
                % {"go_live": local_time(self.go_live_at), "embargo": local_time(self.embargo_until)}
            }
        return {}

    def clean(self):
        super().clean()
        errors = self.clean_embargo()
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        if obj.embargo_active() and not obj.live and (obj.go_live_at is None or obj.go_live_at < obj.embargo_until):
            obj.go_live_at = obj.embargo_until
        return obj

    @property
    def status_string(self):
        if not self.live and self.embargo_active() and not self.expired:
            return pgettext("page status", "embargoed until %(time)s") % {"time": local_time(self.embargo_until)}
        return super().status_string


def local_time(value):
    return formats.date_format(timezone.localtime(value), "H:i d/m/Y")
