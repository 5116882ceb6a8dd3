"""The portal's one full-text layer, shared by the site search (``search/``) and the gazette lookup (``gazette/``).

* ``text``: normalising, folding (tone marks off, đ -> d, lower case), cutting into syllables, English stems;
* ``models`` (in ``core/models.py``): ``TextEntry`` (one row per searchable object and language), ``SearchTerm``
  (the index's own vocabulary: syllables and syllable pairs), ``SynonymGroup`` and ``PlaceName`` (edited in the
  admin);
* ``indexing``: what the areas hand over (page ``search_fields``, the ``portal_search_sources`` hook), written
  once per object after the commit;
* ``query``: reading a query into groups (phrases, dictionary terms, document numbers), widened by synonyms and
  place names, typos corrected from the vocabulary;
* ``engine``: matching (the same rule on SQLite and PostgreSQL), counting and ranking;
* ``snippets``: the best passage of a result, with the matched words marked;
* ``admin``: the search dictionary in the admin (synonyms and abbreviations, former place names), registered
  by ``core/wagtail_hooks.py``.

docs/search.md explains the ranking and how editors keep the synonyms and place names.
"""
