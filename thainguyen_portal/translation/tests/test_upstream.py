"""What `translation/upstream.py` relies on in wagtail-localize is still there (run on every upgrade)."""

import inspect

from wagtail_localize.models import Translation, TranslationSource

from thainguyen_portal.translation import upstream


def test_the_model_fields_the_handoff_reads_exist():
    for model, names in upstream.RELIED_ON.items():
        fields = {field.name for field in model._meta.get_fields()}
        assert set(names) <= fields, f"{model.__name__} lost {set(names) - fields}"


def test_the_methods_the_handoff_calls_keep_their_signatures():
    assert list(inspect.signature(Translation.get_progress).parameters) == ["self"]
    assert list(inspect.signature(Translation.save_target).parameters)[:3] == ["self", "user", "publish"]
    assert list(inspect.signature(TranslationSource.get_translated_instance).parameters) == ["self", "locale"]
    assert (
        "Returns" in (Translation.get_progress.__doc__ or "") and "tuple[int, int]" in Translation.get_progress.__doc__
    )


def test_the_editor_still_writes_the_two_english_strings_the_portal_translates():
    """translation/js/editor_strings.js replaces them; when wagtail-localize translates them itself, this fails and
    the replacement can go (core/upstream/wagtail_localize.py, item 3)."""
    import re
    from pathlib import Path

    import wagtail_localize

    from thainguyen_portal.core.upstream.wagtail_localize import EDITOR_STRINGS_IN_ENGLISH

    bundle = Path(wagtail_localize.__file__).parent / "static" / "wagtail_localize" / "js" / "wagtail-localize.js"
    source = bundle.read_text(encoding="utf-8")
    for pattern in EDITOR_STRINGS_IN_ENGLISH:
        assert re.search(pattern, source), pattern
