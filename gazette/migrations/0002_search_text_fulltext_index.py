"""On PostgreSQL, a stored full-text vector of each document's folded search text, with a GIN index.

The text is folded in Python (no marks, đ -> d, lower-case), so the ``simple`` configuration is enough and no
``unaccent`` extension is needed. The vector is a generated column, so PostgreSQL keeps it current on every write
(bulk inserts included) and a lookup never computes it row by row. Django's model does not know the column;
``gazette/lookup.py`` refers to it by name. Other databases use ``LIKE`` and get nothing here.
"""

from django.db import migrations

COLUMN = "search_vector"
INDEX = "gazette_doc_search_vector_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE gazette_legaldocument ADD COLUMN IF NOT EXISTS {COLUMN} tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"
        )
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON gazette_legaldocument USING gin ({COLUMN})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(f"ALTER TABLE gazette_legaldocument DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("gazette", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
