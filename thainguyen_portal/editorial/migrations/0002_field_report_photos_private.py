"""Field-report photos leave MEDIA_ROOT for EDITORIAL_FIELD_REPORT_FILES_ROOT (same names), so /media/ no longer
serves them. Files already there are moved; a name whose file is missing is left as it is."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import thainguyen_portal.editorial.storage


def move_photos_out_of_media(apps, schema_editor):
    FieldReportPhoto = apps.get_model("editorial", "FieldReportPhoto")
    private = thainguyen_portal.editorial.storage.photo_storage()
    for name in FieldReportPhoto.objects.exclude(file="").values_list("file", flat=True).iterator():
        if not default_storage.exists(name) or private.exists(name):
            continue
        with default_storage.open(name, "rb") as handle:
            saved = private.save(name, handle)
        if saved != name:  # not expected (the name was free); keep the row pointing at the file
            FieldReportPhoto.objects.filter(file=name).update(file=saved)
        default_storage.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="fieldreportphoto",
            name="file",
            field=models.ImageField(
                storage=thainguyen_portal.editorial.storage.photo_storage,
                upload_to="field-reports/%Y/%m/",
                verbose_name="photo",
            ),
        ),
        migrations.RunPython(move_photos_out_of_media, migrations.RunPython.noop),
    ]
