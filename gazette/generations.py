"""The gazette's page-cache generations: what the lookup's cached facet counts (and its cached pages) depend on.

The page cache keys a response for ``/cong-bao/...`` on the generations ``site`` and ``area:<lang>:cong-bao``
(``thainguyen_portal.core.publishing.pagecache``); the lookup keys its facet counts the same way. Core moves them after
the transaction that publishes a page or saves a snippet commits. The gazette moves its areas after the commit too,
whenever which documents are public, or what they say, may have changed (a document saved on its own publishes no
page): a lookup run between a move and the commit would store counts read from the old rows under the new
generation.
"""

from django.apps import apps
from django.db import transaction

from thainguyen_portal.core.publishing import pagecache


def gazette_area_names():
    """``area:<lang>:<slug>`` of every gazette index page (each sits right under its language's home page)."""
    index_model = apps.get_model("gazette", "GazetteIndexPage")
    return [
        f"area:{language}:{slug}"
        for slug, language in index_model.objects.values_list("slug", "locale__language_code").distinct()
    ]


# The home page's slot of new documents (wagtail_hooks.latest_documents_slot, core/publishing/slots.py), moved with the
# areas.
HOME_SLOT_GENERATION = "gazette:home-slot"


def bump_gazette_areas():
    pagecache.bump(HOME_SLOT_GENERATION, *gazette_area_names())


def bump_gazette_areas_on_commit():
    transaction.on_commit(bump_gazette_areas)
