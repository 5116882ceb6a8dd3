"""Machine translation: off unless the environment configures it; tests use wagtail-localize's dummy translator."""

import pytest
from django.test import Client
from wagtail_localize.models import Translation

from home.factories import StandardPageFactory
from thainguyen_portal.settings.base import machine_translator_from_env

pytestmark = pytest.mark.django_db


def test_off_by_default_and_configured_by_name(monkeypatch):
    assert machine_translator_from_env("") is None
    assert machine_translator_from_env("off") is None
    assert machine_translator_from_env("dummy") == {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    monkeypatch.setenv("DEEPL_API_KEY", "key:fx")
    assert machine_translator_from_env("DeepL") == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "key:fx"},
    }
    assert machine_translator_from_env("my.Translator")["CLASS"] == "my.Translator"


def test_without_configuration_there_is_no_machine_translation(settings, english_tree, people, locales):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    translation = _translation(english_tree, locales)
    client = Client()
    client.force_login(people.translator)
    assert client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/").status_code == 404


def test_dummy_translator_fills_the_segments(settings, english_tree, people, locales):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env("dummy")
    translation = _translation(english_tree, locales)
    client = Client()
    client.force_login(people.translator)
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 302
    assert translation.get_progress()[0] == translation.get_progress()[1]
    translation.save_target(publish=False)
    english = translation.get_target_instance()
    assert english.title == "dịch cần Trang"  # the dummy translator reverses the words


def _translation(english_tree, locales):
    from wagtail_localize.operations import translate_object

    page = StandardPageFactory(parent=english_tree.home, title="Trang cần dịch", slug="trang-can-dich")
    page.save_revision().publish()
    translate_object(page, [locales.en])
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locales.en)
