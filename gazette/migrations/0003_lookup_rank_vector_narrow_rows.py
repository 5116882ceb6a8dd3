"""PostgreSQL only: what makes the lookup fast at 20,000 documents (see docs/gazette.md, "Lookup speed").

* ``rank_vector``: a small stored vector of the number and the summary, in the portal's Vietnamese text-search
  configuration ``portal_vietnamese`` (``simple`` + ``unaccent``, the same definition as the search app's; created
  here too when missing, so the two apps can migrate in any order). Relevance is ranked on it rather than on the
  large ``search_vector`` of the full text, which PostgreSQL would have to read from TOAST for every match. Its
  storage is ``MAIN``: it stays in the row.
* ``toast_tuple_target = 128``: once a row is long enough to be TOASTed (about 2 kB, which any real document with
  its full text is), the summary, full text, folded search text and ``search_vector`` all move out of the row, so
  the table itself keeps only the metadata that filters and facet counts read: a facet count over 17,000 matches
  then reads about 700 pages instead of 3,300. It applies to rows written from now on (``VACUUM FULL
  gazette_legaldocument`` re-lays out an existing table).

Other databases get nothing here.
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
    """ALTER TABLE gazette_legaldocument ADD COLUMN IF NOT EXISTS rank_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('portal_vietnamese'::regconfig, number || ' ' || summary)
    ) STORED""",
    "ALTER TABLE gazette_legaldocument ALTER COLUMN rank_vector SET STORAGE MAIN",
    "ALTER TABLE gazette_legaldocument SET (toast_tuple_target = 128)",
]
BACKWARD = [
    "ALTER TABLE gazette_legaldocument RESET (toast_tuple_target)",
    "ALTER TABLE gazette_legaldocument DROP COLUMN IF EXISTS rank_vector",
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
    dependencies = [("gazette", "0002_search_text_fulltext_index")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
