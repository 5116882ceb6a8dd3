"""Items of the admin's menus shown only to the users who hold a permission."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A menu item shown to the users with ``permission``."""

    def __init__(self, *args, permission, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


def register_permission_menu_item(permission, label, url_name, **options):
    """Put an item for the admin view named ``url_name`` in the admin's main menu, shown to the users with
    ``permission`` (``options``: ``icon_name``, ``order``)."""
    hooks.register(
        "register_admin_menu_item",
        lambda: PermissionMenuItem(label, reverse(url_name), permission=permission, **options),
    )
