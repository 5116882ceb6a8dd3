"""The admin's sign-in form in the portal's language (#20).

The sign-in page is shown before the user is known, so it is in the request's language: the portal activates it
from the URL only (``core.publishing.locale.PathLocaleMiddleware``: ``/admin/`` is Vietnamese, ``LANGUAGE_CODE``), never
from the browser's Accept-Language — an English-speaking browser gets the Vietnamese sign-in page too, as every
other unprefixed page of the portal. Once signed in, each user's Account → Language applies.

Wagtail's ``LoginForm`` declares its password field without a label, so Django shows the field's name,
"Password", which no catalogue translates; here it carries Django's own translatable label
(``WAGTAILADMIN_USER_LOGIN_FORM``). The page's other strings are translated in ``locale_wagtail``.
"""

from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
