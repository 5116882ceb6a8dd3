"""Users in the admin: an administrator creating a newsroom account chooses its admin language on the same form.

Wagtail keeps the admin language on the user's profile (``UserProfile.preferred_language``), which only the user
could set, from their own account page; a new reporter therefore met the admin in the server's default language
first. The user viewset (``users_app.PortalUsersAppConfig.user_viewset``, the documented way to change Wagtail's user forms)
adds the field to the create and edit forms; the templates add it to the form's field list.
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.models import UserProfile
from wagtail.users.views.users import UserViewSet


class AdminLanguageMixin(forms.Form):
    admin_language = forms.ChoiceField(
        required=False,  # a form posted without it (a script, an older client): the default, or no change
        label=_("Admin language"),
        help_text=_("The language of the admin for this user (and of the e-mails the admin sends them)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["admin_language"]
        field.choices = list(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
        current = ""
        if self.instance.pk:
            current = UserProfile.get_for_user(self.instance).preferred_language
        field.initial = current or settings.LANGUAGE_CODE

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            self.save_admin_language(user)
        return user

    def save_admin_language(self, user):
        language = self.cleaned_data.get("admin_language") or ""
        profile = UserProfile.get_for_user(user)
        if not language:
            if profile.preferred_language:
                return  # an edit that did not send the field changes nothing
            language = settings.LANGUAGE_CODE  # a new user: the portal's language
        with transaction.atomic():
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])


class NewsroomUserCreationForm(AdminLanguageMixin, UserCreationForm):
    pass


class NewsroomUserEditForm(AdminLanguageMixin, UserEditForm):
    pass


class NewsroomUserViewSet(UserViewSet):
    create_template_name = "editorial/users/create.html"
    edit_template_name = "editorial/users/edit.html"

    def get_form_class(self, for_update=False):
        return NewsroomUserEditForm if for_update else NewsroomUserCreationForm
