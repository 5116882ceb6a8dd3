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
