"""Alerts by e-mail (docs/alerts.md): a reader follows a topic (a news section, a tag, a kind or field of legal
documents, one legal document) with an e-mail address, confirms it through a signed link (double opt-in), and
receives at most one digest a day of what is new for each confirmed topic.

The topics are declared by the areas (``Area.alert_topics``, core/areas.py): this app names none of their models.
The digest is built as data first (digest.py), then rendered for its channel; e-mail is the only channel now, a Zalo
Official Account message could be the next one (``Subscriber.channel``).
"""
