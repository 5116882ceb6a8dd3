"""What an area's English demo uses (its ``english_demo`` in area.py, run by ``seed_demo`` through
translation/demo.py): Vietnamese texts with their English (:class:`Texts`), and pages translated the way a translator
does it, through wagtail-localize (:func:`publish_and_translate`, :func:`translate_existing`).

A page whose segments are not all translated is skipped (logged), so the English edition never shows Vietnamese.
"""

from dataclasses import dataclass, field

from wagtail.models import Page
from wagtail.rich_text import RichText

from .localize import translate_page


@dataclass
class FeaturedEntry:
    """A curated section of the English home page that an area offers (the home area's English demo shows them,
    by ``order``)."""

    order: int
    page: Page
    heading: str
    summary: str
    image: object = None


@dataclass
class EnglishDemo:
    """What the areas' English demos share: the Vietnamese home page, and the English home page's curated
    sections the areas offer."""

    vi_home: Page
    featured: list[FeaturedEntry] = field(default_factory=list)

    def feature(self, order, page, heading, summary, image=None):
        if page is not None:
            self.featured.append(FeaturedEntry(order, page, heading, summary, image))


class Texts:
    """Vietnamese texts with their English translations: ``t(vi, en)`` records the pair and returns ``vi``."""

    def __init__(self):
        self.english = {}

    def __call__(self, vi, en):
        self.english[vi] = en
        return vi

    def rich(self, *pairs):
        return RichText("".join(f"<p>{self(vi, en)}</p>" for vi, en in pairs))

    def body(self, *pairs):
        return [("paragraph", self.rich(*pairs))]


def publish_and_translate(builder, parent, model, fields, texts, en_slug):
    """The Vietnamese page (made once) and its English translation through wagtail-localize."""
    if parent is None:
        return None
    page = builder.page(parent, model, **fields)
    existing = page.get_translation_or_none(builder.locale("en"))
    if existing is not None:
        return existing.specific
    texts(page.slug, en_slug)
    translated, missing = translate_page(page, builder.locale("en"), texts.english)
    if translated is None:
        builder.log(f"  ! not translated (no English for {len(missing)} segments): {page.title}")
        return None
    builder.log(f"  + en (wagtail-localize): {translated.title}")
    return translated


def translate_existing(builder, page, texts, untagged=False):
    """The English translation of `page` (a page another area's demo made), made through wagtail-localize when
    missing; None when `page` is None or some segment has no English in `texts`.

    With `untagged`, the translation goes without the source's tags: tags are not translatable (taggit's names are
    in one language), so the English page would show Vietnamese topic names (the press digest groups by them)."""
    if page is None:
        return None
    existing = page.get_translation_or_none(builder.locale("en"))
    if existing is not None:
        return existing.specific
    translated, missing = translate_page(page, builder.locale("en"), texts.english, publish=not untagged)
    if translated is None:
        builder.log(f"  ! not translated (no English for {len(missing)} segments): {page.title}")
        return None
    if untagged:
        translated.tags.clear()
        translated.save_revision().publish()
    builder.log(f"  + en (wagtail-localize): {translated.title}")
    return translated


# The newsroom's own pages (news/demo.py), their Vietnamese text as the news demo writes it: (model, slug, English
# slug, [(Vietnamese, English)]).
