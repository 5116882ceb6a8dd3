from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    """The admin form of every page type: a slug left empty is made from the title by the Vietnamese helper
    (BasePage.full_clean), instead of being refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
