"""Documents saved in code before core/intake/uploads.py stored their size on save: their size read from the file once,
here, rather than by Document.get_file_size() during a page render."""

from django.db import migrations


def fill_sizes(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    for document in Document.objects.filter(file_size__isnull=True).exclude(file="").iterator():
        try:
            size = document.file.size
        except OSError:
            continue  # a missing file: nothing to show
        Document.objects.filter(pk=document.pk).update(file_size=size)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_fulltext_index"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(fill_sizes, migrations.RunPython.noop)]
