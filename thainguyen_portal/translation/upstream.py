"""The English edition's use of wagtail-localize internals now lives in core/upstream/wagtail_localize.py (one
quarantine per upstream package, docs/upstream.md); this module keeps the old import path for its callers."""

from thainguyen_portal.core.upstream.wagtail_localize import (  # noqa: F401 - re-exported
    RELIED_ON,
    ChangedSegment,
    Previous,
    missing_segments,
    previous_english,
    reuse_previous,
    translation_of_page,
)
