"""Demo: the search dictionary (synonyms and abbreviations, former place names) for the words the demo uses.

``core/demo.py``'s ``seed`` calls :func:`seed_dictionary`; it only adds what is missing, and never changes an entry an
editor has edited: a synonym group is left alone when any group already holds its first term (tone marks and
capitals ignored), a place when one with its name and unit exists.

The places are DEMO DATA: the units of before 1 July 2025 that the demo's articles mention, and what they became
under Resolution 202/2025/QH15 (Bắc Kạn merged into Thái Nguyên), the Law on the Organisation of Local Government
72/2025/QH15 (no more districts) and Resolution 1683/NQ-UBTVQH15 (Thái Nguyên's communes and wards). A former
city's or district's list names the new communes and wards whose seat is in it (the official list of units), and
those the resolution's text shows it gave communes to; a part that joined a neighbour's new unit may still be
missing. Check every entry against the resolutions before production (docs/search.md).
"""

import datetime

from ..fulltext.text import fold
from ..models import PlaceName, PlaceUnit, SynonymGroup

# (terms, note): the abbreviations and synonyms the demo's articles, documents and magazine use.
SYNONYMS = [
    ("UBND, Ủy ban nhân dân", ""),
    ("HĐND, Hội đồng nhân dân", ""),
    ("MTTQ, Mặt trận Tổ quốc", ""),
    ("TP, thành phố", ""),
    ("KCN, khu công nghiệp", ""),
    ("CCN, cụm công nghiệp", ""),
    ("QĐ, quyết định", "Loại văn bản"),
    ("NQ, nghị quyết", "Loại văn bản"),
    ("CT, chỉ thị", "Loại văn bản"),
    ("KH, kế hoạch", "Loại văn bản"),
    ("TB, thông báo", "Loại văn bản"),
    ("CV, công văn", "Loại văn bản"),
    ("TTHC, thủ tục hành chính", ""),
    ("DVCTT, dịch vụ công trực tuyến", ""),
    ("CĐS, chuyển đổi số", ""),
    ("sổ đỏ, giấy chứng nhận quyền sử dụng đất", "Cách gọi quen thuộc của người dân"),
    ("BHXH, bảo hiểm xã hội", ""),
    ("BHYT, bảo hiểm y tế", ""),
    ("THPT, trung học phổ thông", ""),
    ("GDĐT, GD&ĐT, giáo dục và đào tạo", ""),
    ("GTVT, giao thông vận tải", ""),
    ("KH&CN, KHCN, khoa học và công nghệ", ""),
    ("NTM, nông thôn mới", ""),
    ("OCOP, mỗi xã một sản phẩm", "Chương trình OCOP"),
    ("HTX, hợp tác xã", ""),
    ("FDI, đầu tư trực tiếp nước ngoài", ""),
    ("KT-XH, kinh tế – xã hội", ""),
    ("ATTP, an toàn thực phẩm", ""),
    ("PCCC, phòng cháy chữa cháy", ""),
    ("ATK, an toàn khu", "ATK Định Hóa"),
    ("chè, trà", "Ở Thái Nguyên “chè” là trà: chè Tân Cương, đặc san Trà Việt"),
]

LAST_DAY = datetime.date(2025, 6, 30)  # the reorganisation took effect on 1 July 2025
DEMO = "Dữ liệu mẫu: đối chiếu với nghị quyết trước khi dùng thật."
PROVINCES = f"Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội. {DEMO}"
COMMUNES = f"Nghị quyết 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội. {DEMO}"
DISTRICTS = (
    "Luật Tổ chức chính quyền địa phương 72/2025/QH15 (không còn cấp huyện); xã, phường mới theo Nghị quyết "
    f"1683/NQ-UBTVQH15 ngày 16/6/2025. {DEMO}"
)

# Former cities and districts: name → the new communes and wards whose seat is in it, or that it gave communes to.
FORMER_CITIES = {
    # Thái Nguyên's and Bắc Kạn's.
    "Thái Nguyên": "phường Phan Đình Phùng, phường Linh Sơn, phường Tích Lương, phường Gia Sàng, phường Quyết Thắng, "
    "phường Quan Triều, xã Tân Cương, xã Đại Phúc",
    "Sông Công": "phường Sông Công, phường Bá Xuyên, phường Bách Quang",
    "Phổ Yên": "phường Phổ Yên, phường Vạn Xuân, phường Trung Thành, phường Phúc Thuận, xã Thành Công",
    "Bắc Kạn": "phường Đức Xuân, phường Bắc Kạn, xã Phong Quang",
}
FORMER_DISTRICTS = {
    # Thái Nguyên's.
    "Phú Bình": "xã Phú Bình, xã Tân Thành, xã Điềm Thụy, xã Kha Sơn, xã Tân Khánh",
    "Đại Từ": "xã Đại Từ, xã Đức Lương, xã Phú Thịnh, xã La Bằng, xã Phú Lạc, xã An Khánh, xã Quân Chu, xã Vạn Phú, "
    "xã Phú Xuyên, xã Đại Phúc",
    "Định Hóa": "xã Định Hóa, xã Bình Yên, xã Trung Hội, xã Phượng Tiến, xã Phú Đình, xã Bình Thành, xã Kim Phượng, "
    "xã Lam Vỹ",
    "Võ Nhai": "xã Võ Nhai, xã Sảng Mộc, xã Dân Tiến, xã Nghinh Tường, xã Thần Sa, xã La Hiên, xã Tràng Xá",
    "Phú Lương": "xã Phú Lương, xã Vô Tranh, xã Yên Trạch, xã Hợp Thành",
    "Đồng Hỷ": "xã Đồng Hỷ, xã Quang Sơn, xã Trại Cau, xã Nam Hòa, xã Văn Hán, xã Văn Lăng",
    # Bắc Kạn's.
    "Ba Bể": "xã Ba Bể, xã Chợ Rã, xã Phúc Lộc, xã Thượng Minh, xã Đồng Phúc",
    "Pác Nặm": "xã Bằng Thành, xã Nghiên Loan, xã Cao Minh",
    "Ngân Sơn": "xã Ngân Sơn, xã Nà Phặc, xã Bằng Vân, xã Hiệp Lực, xã Thượng Quan",
    "Chợ Đồn": "xã Chợ Đồn, xã Nam Cường, xã Quảng Bạch, xã Yên Thịnh, xã Yên Phong, xã Nghĩa Tá",
    "Bạch Thông": "xã Bạch Thông, xã Phủ Thông, xã Cẩm Giàng, xã Vĩnh Thông",
    "Chợ Mới": "xã Chợ Mới, xã Tân Kỳ, xã Thanh Mai, xã Thanh Thịnh, xã Yên Bình",
    "Na Rì": "xã Na Rì, xã Văn Lang, xã Cường Lợi, xã Trần Phú, xã Côn Minh, xã Xuân Dương",
}
# Former communes and townships the demo mentions, merged into a unit of another name (Resolution 1683, Art. 1).
MERGED_COMMUNES = [
    ("Thịnh Đức", PlaceUnit.COMMUNE, "xã Tân Cương"),
    ("Bình Sơn", PlaceUnit.COMMUNE, "xã Tân Cương"),
    ("Phúc Xuân", PlaceUnit.COMMUNE, "xã Đại Phúc"),
    ("Phúc Trìu", PlaceUnit.COMMUNE, "xã Đại Phúc"),
    ("Tân Thái", PlaceUnit.COMMUNE, "xã Đại Phúc"),
    ("Phúc Tân", PlaceUnit.COMMUNE, "xã Đại Phúc"),
    ("Hùng Sơn", PlaceUnit.TOWNSHIP, "xã Đại Phúc"),
    ("Vạn Phái", PlaceUnit.COMMUNE, "xã Thành Công"),
    ("Chợ Chu", PlaceUnit.TOWNSHIP, "xã Định Hóa"),
    ("Phúc Chu", PlaceUnit.COMMUNE, "xã Định Hóa"),
    ("Bảo Linh", PlaceUnit.COMMUNE, "xã Định Hóa"),
    ("Đồng Thịnh", PlaceUnit.COMMUNE, "xã Định Hóa"),
]

# (name, unit, now part of, note)
PLACES = [
    ("Bắc Kạn", PlaceUnit.PROVINCE, "tỉnh Thái Nguyên", PROVINCES),
    *((name, PlaceUnit.CITY, successors, DISTRICTS) for name, successors in FORMER_CITIES.items()),
    *((name, PlaceUnit.DISTRICT, successors, DISTRICTS) for name, successors in FORMER_DISTRICTS.items()),
    *((name, unit, successors, COMMUNES) for name, unit, successors in MERGED_COMMUNES),
]


def _known_terms():
    """The folded terms of every group there is."""
    return {fold(term) for group in SynonymGroup.objects.all() for term in group.term_list()}


def _first_term(terms):
    """The folded first term of a group's terms (what says whether the group is the demo's)."""
    return fold(terms.split(",")[0].strip())


def seed_dictionary(log=None):
    """Add the demo's synonym groups and places that are missing; returns how many of each were added."""
    log = log or (lambda message: None)
    known = _known_terms()
    groups = 0
    for terms, note in SYNONYMS:
        first = _first_term(terms)
        if first in known:
            continue
        SynonymGroup.objects.create(terms=terms, note=note)
        known.add(first)
        groups += 1
        log(f"  + synonyms: {terms}")
    places = 0
    for name, unit, successors, note in PLACES:
        _, created = PlaceName.objects.get_or_create(
            name=name, unit=unit, defaults={"until": LAST_DAY, "now_part_of": successors, "note": note}
        )
        if created:
            places += 1
            log(f"  + former place: {unit} {name}")
    return groups, places


def reset_dictionary():
    """Remove what :func:`seed_dictionary` made (``seed_demo --reset``): the demo's places and the groups headed by
    one of the demo's first terms."""
    for name, unit, _successors, _note in PLACES:
        PlaceName.objects.filter(name=name, unit=unit).delete()
    firsts = {_first_term(terms) for terms, _note in SYNONYMS}
    doomed = [
        group.pk for group in SynonymGroup.objects.all() if group.term_list() and fold(group.term_list()[0]) in firsts
    ]
    SynonymGroup.objects.filter(pk__in=doomed).delete()
