"""Corrections (đính chính) become translatable: each gets a locale (its article's) and a translation key.

Existing corrections of an article and of its translations are matched by position, so an English correction
copied from a Vietnamese one shares its translation key.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_locales_and_keys(apps, schema_editor):
    ArticleCorrection = apps.get_model("news", "ArticleCorrection")
    keys = {}
    for correction in ArticleCorrection.objects.select_related("page").order_by("page_id", "sort_order", "pk"):
        position = (correction.page.translation_key, correction.sort_order)
        correction.locale_id = correction.page.locale_id
        key = keys.get(position)
        if key is None or key[1] == correction.locale_id:
            key = keys[position] = (uuid.uuid4(), correction.locale_id)
        correction.translation_key = key[0]
        correction.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_system_stamped_times"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlecorrection",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="articlecorrection",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(give_locales_and_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="articlecorrection",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="articlecorrection",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="articlecorrection",
            unique_together={("translation_key", "locale")},
        ),
    ]
