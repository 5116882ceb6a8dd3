"""PostgreSQL only: a Vietnamese-friendly text-search configuration and the full-text column of the index.

``portal_vietnamese`` is ``simple`` with ``unaccent`` first, so "Đặc san Trà Việt" is indexed as
"dac san tra viet". ``search_vector`` (title weighted A, body B) is a generated column with a GIN index: it
decides what matches. Ranking reads only the two small title vectors (``title_vector`` folded, ``title_exact``
with the marks kept, so exact-mark matches come first), never the large body vector: ranking thousands of
matches then costs little (see docs/search.md, "Benchmark").
On SQLite this migration does nothing: the folded word columns do the job there.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_vietnamese') THEN
            CREATE TEXT SEARCH CONFIGURATION portal_vietnamese (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION portal_vietnamese
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END $$""",
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('portal_vietnamese'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('portal_vietnamese'::regconfig, coalesce(body, '')), 'B')
    ) STORED""",
    """ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('portal_vietnamese'::regconfig, coalesce(title, ''))
    ) STORED""",
    """ALTER TABLE search_searchentry ADD COLUMN title_exact tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title, ''))
    ) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
    # Suggestions match titles only: a small index whose recheck never reads the large body vector.
    "CREATE INDEX search_entry_title_vector ON search_searchentry USING gin (title_vector)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_title_vector",
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_exact",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_vietnamese",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
