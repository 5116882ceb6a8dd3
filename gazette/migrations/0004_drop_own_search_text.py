"""The lookup now reads the portal's one full-text index (core.TextEntry, core/fulltext/): the document's own
folded text and, on PostgreSQL, its two vectors (migrations 0002, 0003) go. Once the search app's old index is gone
too (search 0004), nothing uses the ``portal_vietnamese`` text-search configuration those migrations made: it goes
as well. The new index is filled by ``manage.py rebuild_search`` (run on its own after ``migrate`` when the index is
empty and there are pages, core/publishing/signals.py)."""

from django.db import migrations

POSTGRES_FORWARD = [
    "DROP INDEX IF EXISTS gazette_doc_search_vector_gin",
    "ALTER TABLE gazette_legaldocument DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE gazette_legaldocument DROP COLUMN IF EXISTS rank_vector",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRES_FORWARD:
            schema_editor.execute(statement)


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vietnamese")


class Migration(migrations.Migration):
    dependencies = [
        ("gazette", "0003_lookup_rank_vector_narrow_rows"),
        ("search", "0004_drop_old_index"),
    ]

    operations = [
        migrations.RunPython(forward, migrations.RunPython.noop),
        migrations.RemoveField(model_name="legaldocument", name="search_text"),
        migrations.RunPython(drop_configuration, migrations.RunPython.noop),
    ]
