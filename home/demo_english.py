"""The English edition of the home area's demo (its ``english_demo`` in area.py): standard pages about investing
in and visiting Thai Nguyen, translated through wagtail-localize, the footer's social media page, and the English
home page's curated sections (its own and those the other areas offer, ``EnglishDemo.feature``)."""

from thainguyen_portal.core.demos.art import SUBJECTS
from thainguyen_portal.translation.demo_tools import Texts, publish_and_translate, translate_existing

from .models import StandardPage


def _illustration(subject):
    """The (title, alt text) of the news demo's illustration of `subject` (news/demo.py IMAGES: the same picture)."""
    return f"Minh họa tin tức: {SUBJECTS[subject].removeprefix('Minh họa: ')}", f"{SUBJECTS[subject]}."


def _standard_pages(builder, home):
    pages = {}
    t = Texts()
    pages["investment"] = publish_and_translate(
        builder,
        home,
        StandardPage,
        {
            "title": t("Đầu tư vào Thái Nguyên", "Investing in Thai Nguyen"),
            "intro": t(
                "Thái Nguyên là một trong những địa phương dẫn đầu cả nước về thu hút vốn đầu tư trực tiếp nước "
                "ngoài, với hạ tầng khu công nghiệp đồng bộ và nguồn nhân lực dồi dào.",
                "Thai Nguyen is one of Viet Nam's leading provinces for foreign direct investment, with fully "
                "serviced industrial parks and an abundant workforce.",
            ),
            "body": t.body(
                (
                    "Tỉnh nằm cách sân bay quốc tế Nội Bài khoảng 50 km và được nối với Hà Nội bằng đường cao tốc. "
                    "Các khu công nghiệp Yên Bình, Điềm Thụy và Sông Công đã thu hút nhiều tập đoàn điện tử lớn.",
                    "The province lies about 50 km from Noi Bai International Airport and is linked to Ha Noi by "
                    "expressway. The Yen Binh, Diem Thuy and Song Cong industrial parks are home to several major "
                    "electronics groups.",
                ),
                (
                    "Sở Tài chính hướng dẫn nhà đầu tư từ khi tìm hiểu dự án đến khi cấp giấy chứng nhận "
                    "đăng ký đầu tư; Ban Quản lý các khu công nghiệp hỗ trợ các dự án trong khu công nghiệp.",
                    "The Department of Finance guides investors from the first enquiry to the "
                    "investment registration certificate; the Industrial Parks Management Board assists projects "
                    "inside the industrial parks.",
                ),
                (
                    "Ủy ban nhân dân tỉnh cam kết giải quyết thủ tục hành chính nhanh gọn và đồng hành cùng doanh "
                    "nghiệp trong suốt quá trình hoạt động.",
                    "The Provincial People's Committee is committed to handling administrative procedures promptly "
                    "and to standing by businesses throughout their operations.",
                ),
            ),
        },
        t,
        "investing-in-thai-nguyen",
    )
    t = Texts()
    pages["tourism"] = publish_and_translate(
        builder,
        home,
        StandardPage,
        {
            "title": t("Du lịch Thái Nguyên", "Visiting Thai Nguyen"),
            "intro": t(
                "Đồi chè xanh, hồ Núi Cốc và những di tích lịch sử của An toàn khu Định Hóa chờ đón du khách quanh "
                "năm.",
                "Green tea hills, Nui Coc Lake and the historic sites of the Dinh Hoa Safety Zone (ATK) welcome "
                "visitors all year round.",
            ),
            "body": t.body(
                (
                    "Hồ Núi Cốc, cách trung tâm tỉnh 20 km, là điểm nghỉ dưỡng nổi tiếng với mặt hồ rộng và những "
                    "hòn đảo nhỏ giữa núi rừng.",
                    "Nui Coc Lake, 20 km from the provincial centre, is a popular retreat with a wide lake and small "
                    "islands among forested hills.",
                ),
                (
                    "Du khách có thể hái chè, sao chè cùng người dân và thưởng thức chè Tân Cương ngay trên đồi chè.",
                    "Visitors can pick and roast tea with local families and taste Tan Cuong tea on the hills where "
                    "it grows.",
                ),
                (
                    "Khu di tích An toàn khu Định Hóa lưu giữ những địa điểm gắn với cuộc kháng chiến chống thực "
                    "dân Pháp.",
                    "The Dinh Hoa Safety Zone (ATK) relic site preserves places linked to the resistance war against "
                    "French colonial rule.",
                ),
            ),
        },
        t,
        "visiting-thai-nguyen",
    )
    return pages


def _existing_standard_pages(builder, home):
    """A page of the home area's demo, translated as it is (the English of every run, for the footer menu)."""
    t = Texts()
    t("Mạng xã hội chính thức", "Official social media")
    t(
        "Các tài khoản mạng xã hội chính thức của Cổng Thông tin điện tử tỉnh Thái Nguyên.",
        "The official social media accounts of the Thai Nguyen Provincial Portal.",
    )
    t("Fanpage Facebook: Cổng thông tin điện tử tỉnh Thái Nguyên.", "Facebook page: Thai Nguyen Provincial Portal.")
    t(
        "Zalo Official Account: Cổng thông tin Thái Nguyên – nhận tin nhanh, gửi phản ánh, kiến nghị.",
        "Zalo Official Account: Thai Nguyen Portal – news as it happens, feedback and petitions.",
    )
    t(
        "Kênh YouTube: Cổng thông tin Thái Nguyên – video tin tức và phóng sự.",
        "YouTube channel: Thai Nguyen Portal – news videos and reports.",
    )
    t("mang-xa-hoi-chinh-thuc", "official-social-media")
    made = []
    for slug in ("mang-xa-hoi-chinh-thuc",):
        page = StandardPage.objects.child_of(home).filter(slug=slug).first()
        translated = translate_existing(builder, page, t)
        if translated is not None:
            made.append(translated)
    return made


def _english_home(builder, edition, pages):
    """The English home page's curated sections: about, investment, tourism, then those the other areas offer
    (the tea magazine, the news in English), by their order."""
    en = builder.locale("en")
    vi_home = edition.vi_home
    home_en = vi_home.get_translation_or_none(en)
    if home_en is None:
        return
    home_en = home_en.specific
    if getattr(home_en, "featured", None) and len(home_en.featured) > 1:
        return

    def english(vi_page):
        if vi_page is None:
            return None
        return vi_page.get_translation_or_none(en)

    about = english(StandardPage.objects.child_of(vi_home).filter(slug="gioi-thieu").first())
    # The home area's banner (home/demo.py, same title and alt text: the first to ask makes it).
    tea_image = builder.image(
        "Đồi chè Tân Cương mùa xuân",
        "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã Tân Cương",
        subject="tea_hills",
    )
    edition.feature(
        10,
        about,
        "About Thai Nguyen",
        "The political and economic centre of the Viet Bac region, an hour from Ha Noi: its people, history "
        "and government.",
        tea_image,
    )
    edition.feature(
        20,
        pages.get("investment"),
        "Invest in Thai Nguyen",
        "Industrial parks, incentives and the one-stop services of the Department of Finance.",
        builder.image(*_illustration("industrial_park"), subject="industrial_park"),
    )
    edition.feature(
        30,
        pages.get("tourism"),
        "Visit Thai Nguyen",
        "Nui Coc Lake, the tea hills and the historic Safety Zone (ATK) of Dinh Hoa.",
        builder.image(*_illustration("lake"), subject="lake"),
    )
    home_en.featured = [
        (
            "featured_page",
            {"page": entry.page, "heading": entry.heading, "summary": entry.summary, "image": entry.image},
        )
        for entry in sorted(edition.featured, key=lambda entry: entry.order)
    ]
    home_en.save_revision().publish()
    builder.log(f"  + English home page: {len(home_en.featured)} curated sections")


def seed(builder, edition):
    vi_home = edition.vi_home
    pages = _standard_pages(builder, vi_home)
    for page in _existing_standard_pages(builder, vi_home):
        builder.add_to_menu("footer", page, 30)
    for key, order in (("investment", 12), ("tourism", 14)):
        if pages.get(key) is not None:
            builder.add_to_menu("main", pages[key], order)
    _english_home(builder, edition, pages)
