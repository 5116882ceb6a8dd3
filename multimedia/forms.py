from django.core.exceptions import ValidationError

from thainguyen_portal.core.forms import BasePageForm


class MultimediaPageForm(BasePageForm):
    """Refuses to publish (or submit for approval) a page with an accessibility problem; drafts may be saved.

    Wagtail defers required-field validation only for "save draft": that is how the form tells a draft apart.
    """

    def _post_clean(self):
        super()._post_clean()
        if self.is_deferred_validation or self.errors:
            return
        for problem in self.instance.accessibility_problems(getattr(self, "for_user", None)):
            self.add_error(None, ValidationError(problem))
