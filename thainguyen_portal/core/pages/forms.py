from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    """The admin form of every page type: a slug left empty is made from the title by the Vietnamese helper
    (BasePage.full_clean), instead of being refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False


class AccessibleContentForm(BasePageForm):
    """Refuses to publish (or submit for approval) a page with an accessibility problem (its page type's
    ``accessibility_problems(user)``: a video without captions, an image without alt text …); drafts may be saved.

    Wagtail defers required-field validation only for "save draft": that is how the form tells a draft apart.
    """

    def _post_clean(self):
        super()._post_clean()
        if self.is_deferred_validation or self.errors:
            return
        for problem in self.instance.accessibility_problems(getattr(self, "for_user", None)):
            self.add_error(None, ValidationError(problem))


class ArticlePageForm(AccessibleContentForm):
    """An article's "also in sections" offers only the sections of the article's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("extra_sections")
        locale_id = getattr(self.instance, "locale_id", None) or (
            self.parent_page.locale_id if getattr(self, "parent_page", None) else None
        )
        if field is not None and locale_id:
            field.queryset = field.queryset.filter(locale_id=locale_id)
