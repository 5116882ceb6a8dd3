"""PostgreSQL only: the index laid out for speed at 100,000+ entries (see docs/search.md, "Speed").

* The full-text GIN indexes also hold the date (``btree_gin``): ``search_vector @@ q AND date >= …`` is answered
  inside one index scan, so the newest matches of a common word are found without visiting the others
  (``search/query.py`` asks for them window by window, newest first).
* The table is kept narrow: ``toast_tuple_target = 128`` moves the body, the large vector and the SQLite-only
  word strings out of line, while the title and the two small title vectors (used for ranking) stay in the row
  (``STORAGE MAIN``). The three vector columns are dropped and added again, which rewrites every row so.
* No planner statistics on the vector columns: with them the planner sometimes prefers a sequential scan that
  de-TOASTs every row's vector (seconds at 100,000 rows); without, it always takes the GIN index.
On SQLite this migration does nothing.
"""

from django.db import migrations

VECTOR = """setweight(to_tsvector('portal_vietnamese'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('portal_vietnamese'::regconfig, coalesce(body, '')), 'B')"""
TITLE_VECTOR = "to_tsvector('portal_vietnamese'::regconfig, coalesce(title, ''))"
TITLE_EXACT = "to_tsvector('simple'::regconfig, coalesce(title, ''))"

DROP_COLUMNS = [
    "DROP INDEX IF EXISTS search_entry_title_vector",
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_exact",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS title_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",
    *DROP_COLUMNS,
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 128)",
    # One statement: the storage settings are in place when the new columns rewrite the table.
    f"""ALTER TABLE search_searchentry
        ALTER COLUMN title SET STORAGE MAIN,
        ALTER COLUMN kind SET STORAGE MAIN,
        ALTER COLUMN path SET STORAGE MAIN,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({VECTOR}) STORED,
        ADD COLUMN title_vector tsvector GENERATED ALWAYS AS ({TITLE_VECTOR}) STORED,
        ADD COLUMN title_exact tsvector GENERATED ALWAYS AS ({TITLE_EXACT}) STORED""",
    """ALTER TABLE search_searchentry
        ALTER COLUMN title_vector SET STORAGE MAIN,
        ALTER COLUMN title_exact SET STORAGE MAIN,
        ALTER COLUMN search_vector SET STATISTICS 0,
        ALTER COLUMN title_vector SET STATISTICS 0,
        ALTER COLUMN title_exact SET STATISTICS 0""",
    "CREATE INDEX search_entry_vector_date ON search_searchentry USING gin (search_vector, date)",
    "CREATE INDEX search_entry_title_date ON search_searchentry USING gin (title_vector, date)",
    "ANALYZE search_searchentry",
]

BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_title_date",
    "DROP INDEX IF EXISTS search_entry_vector_date",
    *DROP_COLUMNS,
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
    """ALTER TABLE search_searchentry
        ALTER COLUMN title SET STORAGE EXTENDED,
        ALTER COLUMN kind SET STORAGE EXTENDED,
        ALTER COLUMN path SET STORAGE EXTENDED""",
    f"ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({VECTOR}) STORED",
    f"ALTER TABLE search_searchentry ADD COLUMN title_vector tsvector GENERATED ALWAYS AS ({TITLE_VECTOR}) STORED",
    f"ALTER TABLE search_searchentry ADD COLUMN title_exact tsvector GENERATED ALWAYS AS ({TITLE_EXACT}) STORED",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
    "CREATE INDEX search_entry_title_vector ON search_searchentry USING gin (title_vector)",
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
    dependencies = [("search", "0002_postgres_text_search")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
