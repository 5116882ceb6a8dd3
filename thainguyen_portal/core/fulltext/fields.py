"""``TextVectorField``: on PostgreSQL a ``tsvector`` the portal writes itself, from its own tokens.

No text-search configuration turns text into words here: Python cuts and folds (``text.py``) and writes the
vector literal (``'chuyen':1 'doi':2 'so':3 'chuyen doi' 'doi so'``), cast with ``%s::tsvector``. PostgreSQL's
parser, which splits "1.500", "68/2026/QĐ-UBND" or an e-mail address its own way, never sees the text, so a
query matches on PostgreSQL exactly what it matches on SQLite. Other databases store NULL.
"""

from django.db import models


class TextVectorField(models.Field):
    description = "PostgreSQL tsvector written from the portal's own tokens (NULL elsewhere)"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        if connection.vendor != "postgresql" or not value:
            return None
        return str(value)

    def get_placeholder(self, value, compiler, connection):
        return "%s::tsvector" if connection.vendor == "postgresql" else "%s"

    def from_db_value(self, value, expression, connection):
        return value
