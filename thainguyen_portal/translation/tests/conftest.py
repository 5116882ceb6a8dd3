from types import SimpleNamespace

import pytest
from django.test import TestCase
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from news.factories import NewsIndexPageFactory, SectionPageFactory
from thainguyen_portal.core.demo import DemoBuilder


def translate_with_localize(page, locale, english=None, publish=True, user=None):
    """Translate `page` through wagtail-localize's own API, as its editor does, and return the translation.

    Every string segment gets ``english(text)`` ("EN " + the text by default); the slug gets "-en" appended.
    """
    english = english or (lambda text: f"EN {text}")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        value = f"{text}-en" if segment.context.path == "slug" else english(text)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string, locale=locale, context=segment.context, defaults={"data": value}
        )
    # wagtail-localize publishes when the transaction commits (each test runs inside one): run that now.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(user=user, publish=publish)
    return page.get_translation(locale).specific


@pytest.fixture
def english_tree(site_tree):
    """The Vietnamese news index and a section, both translated into English (as the demo does)."""
    builder = DemoBuilder()
    index = NewsIndexPageFactory(parent=site_tree.home)
    economy = SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")
    current = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
    index_en = builder.translation(index, "en", title="News", slug="news", intro="Official news.")
    economy_en = builder.translation(economy, "en", title="Economy", slug="economy", intro="")
    return SimpleNamespace(
        **vars(site_tree), index=index, economy=economy, current=current, index_en=index_en, economy_en=economy_en
    )


@pytest.fixture
def people(english_tree, settings):
    """The newsroom's roles on this tree, a translator, an English editor and a reporter (English admin)."""
    from wagtail.users.models import UserProfile

    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.roles import ENGLISH_EDITORS, REPORTERS, TRANSLATORS
    from thainguyen_portal.editorial.setup import setup_newsroom

    settings.EDITORIAL_SECTIONS = {"news": ["news"]}
    setup_newsroom()
    users = SimpleNamespace(
        translator=UserFactory(username="biendich", role=TRANSLATORS),
        english_editor=UserFactory(username="bientapanh", role=ENGLISH_EDITORS),
        reporter=UserFactory(username="phongvien", role=REPORTERS),
    )
    for user in vars(users).values():
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="en")
    return users
