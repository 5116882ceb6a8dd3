"""Give every existing leader, spokesperson, outlet and agency the default locale and a translation key
(Wagtail's BootstrapTranslatableModel), before 0004 makes the pair unique and required."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_snippets_translatable_fields"),
    ]

    operations = [
        BootstrapTranslatableModel("news.Leader"),
        BootstrapTranslatableModel("news.Spokesperson"),
        BootstrapTranslatableModel("news.Outlet"),
        BootstrapTranslatableModel("news.Agency"),
    ]
