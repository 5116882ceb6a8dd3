"""The petitions' admin: the agencies (a snippet) and the newsroom's inbox of readers' petitions (admin_views.py)."""

from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Agency


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = gettext_lazy("Agencies")
    # Next to the inbox ("Petitions received", 251), after the newsroom's snippets (250).
    menu_order = 252
    add_to_admin_menu = True
    list_display = ["name"]
    search_fields = ["name"]


register_snippet(AgencyViewSet)

# The newsroom's list of readers' petitions (its register_admin_viewset hook).
from . import admin_views  # noqa: E402, F401
