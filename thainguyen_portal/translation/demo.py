"""Demo of the English edition: the glossary, then each area's English demo (``Area.english_demo`` in its
area.py), in their order.

``seed_demo`` calls this after the content areas: their Vietnamese pages and the English index pages made with
``builder.translation`` exist by then. This app imports no content app: each area writes its own English pages
(``<area>/demo_english.py``) with the tools of ``demo_tools.py`` (Vietnamese texts with their English, pages
translated the way a translator does it, through wagtail-localize), and offers the English home page's curated
sections through :class:`~.demo_tools.EnglishDemo`.
"""

from django.db import transaction
from wagtail.models import Page

from thainguyen_portal.core.areas import DEMO_ORDER_ENGLISH, areas

from .demo_tools import EnglishDemo
from .models import GlossaryTerm

ORDER = DEMO_ORDER_ENGLISH

GLOSSARY = [
    ("Ủy ban nhân dân tỉnh", "Provincial People's Committee", "“the PPC” after the first mention."),
    ("Hội đồng nhân dân tỉnh", "Provincial People's Council", "“the PPC” is the Committee; write Council in full."),
    ("Tỉnh ủy", "Provincial Party Committee", ""),
    ("Bí thư Tỉnh ủy", "Secretary of the Provincial Party Committee", ""),
    ("Chủ tịch", "Chairman", "Of a People's Committee or Council; “Chủ tịch nước” is the State President."),
    ("Phó Chủ tịch", "Vice Chairman", "Not “Deputy Chairman”."),
    ("Công báo", "Official Gazette", "The province's gazette of legal documents."),
    (
        "Sở Tài chính",
        "Department of Finance",
        "Since 2025 it includes the former Department of Planning and Investment.",
    ),
    ("Sở Công Thương", "Department of Industry and Trade", ""),
    ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", ""),
    ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", ""),
    ("Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", ""),
    ("Ban Quản lý các khu công nghiệp", "Industrial Parks Management Board", ""),
    ("khu công nghiệp", "industrial park", "Not “industrial zone”."),
    ("Cổng Thông tin điện tử tỉnh Thái Nguyên", "Thai Nguyen Provincial Portal", "The portal's own name."),
    ("Cổng Thông tin điện tử", "Electronic Information Portal", "Of another province or ministry."),
    ("người phát ngôn", "spokesperson", ""),
    ("chỉ dẫn địa lý", "geographical indication", ""),
    ("Đặc san Trà Việt", "Trà Việt Magazine", "Keep the Vietnamese name with its diacritics."),
    ("chè Tân Cương", "Tan Cuong tea", "Place names without diacritics in running English text."),
    ("An toàn khu", "Safety Zone (ATK)", "The wartime revolutionary base of Dinh Hoa."),
    ("vốn đầu tư trực tiếp nước ngoài", "foreign direct investment", "FDI after the first mention."),
    ("thủ tục hành chính", "administrative procedures", ""),
    ("Lịch công tác", "work calendar", "The leaders' weekly calendar of meetings and visits."),
    ("Điểm báo", "press digest", "The daily review of what the press writes about the province."),
]


def _glossary(builder):
    made = 0
    for source_term, english, note in GLOSSARY:
        _, created = GlossaryTerm.objects.get_or_create(
            source_term=source_term, defaults={"english": english, "note": note}
        )
        made += created
    if made:
        builder.log(f"  + glossary: {made} terms")


def english_steps():
    """The areas' English demos, in their order."""
    steps = [area.english_demo for area in areas() if area.english_demo is not None]
    return sorted(steps, key=lambda step: step.order)


@transaction.atomic
def seed(builder):
    _glossary(builder)
    vi_home = Page.objects.filter(depth=2, locale=builder.locale("vi")).first()
    if vi_home is None or vi_home.get_translation_or_none(builder.locale("en")) is None:
        return
    edition = EnglishDemo(vi_home=vi_home.specific)
    for step in english_steps():
        step.seed(builder, edition)
