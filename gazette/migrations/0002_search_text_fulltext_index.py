"""On PostgreSQL, a GIN full-text index over the documents' folded search text (the lookup's word search).

The text is folded in Python (no marks, đ -> d, lower-case), so the ``simple`` configuration is enough and no
``unaccent`` extension is needed. Other databases use ``LIKE`` and get nothing here.
"""

from django.db import migrations

INDEX = "gazette_doc_search_text_fts"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON gazette_legaldocument "
            "USING gin (to_tsvector('simple', search_text))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("gazette", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
