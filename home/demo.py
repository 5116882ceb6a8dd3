"""Demo content of the home area: the site, both home pages, the standard pages and the site settings (and, on a
database an older demo seeded, the retirement of the standard pages it no longer makes)."""

from django.conf import settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from thainguyen_portal.core.metadata.siteurl import site_address
from thainguyen_portal.core.models import Menu, PortalSettings

from .models import HomePage, StandardPage

# The home page's illustrations (core/demos/art.py draws them: tea hills, no people): (title, alt text). The English
# home page (translation/demo.py) shows them too, by the same titles.
BANNER = ("Đồi chè Tân Cương mùa xuân", "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã Tân Cương")
FEATURED_TEA = ("Minh họa: đồi chè La Bằng", "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã La Bằng")


def _paragraphs(*texts):
    return [("paragraph", RichText("".join(f"<p>{text}</p>" for text in texts)))]


def _home(builder):
    root = builder.root()
    vi = builder.locale("vi")
    home = HomePage.objects.filter(locale=vi).first()
    if home is None:
        banner = builder.image(*BANNER, subject="tea_hills")
        home = HomePage(
            title="Trang chủ",
            slug="trang-chu",
            seo_title="Cổng Thông tin điện tử tỉnh Thái Nguyên",
            search_description=(
                "Kênh thông tin chính thức của Ủy ban nhân dân tỉnh Thái Nguyên: tin tức, chỉ đạo điều hành, "
                "công báo, văn bản và dịch vụ công."
            ),
            tagline="Thái Nguyên – Đệ nhất danh trà, điểm đến đầu tư hấp dẫn",
            intro=(
                "Thông tin chính thống, kịp thời về hoạt động chỉ đạo, điều hành của tỉnh, đời sống kinh tế – "
                "xã hội và các dịch vụ công dành cho người dân, doanh nghiệp."
            ),
            hero_image=banner,
            locale=vi,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        builder.log("  + home page (vi)")

    # The site answers at WAGTAILADMIN_BASE_URL's host (`make run` sets it from PORT, and aligns the Site with it on
    # every start: manage.py set_site_url); full URLs in canonical links, hreflang alternates and e-mails use it.
    hostname, port = site_address(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    if site.root_page_id != home.pk or (site.hostname, site.port) == ("localhost", 80):
        site.root_page = home
        site.hostname, site.port = hostname, port
        site.site_name = "Cổng TTĐT Thái Nguyên"
        site.save()
    # The "Welcome to Wagtail" page made by Wagtail's first migration is no longer needed.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    return home, site


def _settings(site):
    PortalSettings.objects.get_or_create(
        site=site,
        defaults={
            "organisation_name": "Cổng Thông tin điện tử tỉnh Thái Nguyên",
            "organisation_name_en": "Thai Nguyen Provincial Portal",
            "governing_body": "Ủy ban nhân dân tỉnh Thái Nguyên",
            "governing_body_en": "Thai Nguyen Provincial People's Committee",
            "licence_line": "Giấy phép số 58/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.",
            "licence_line_en": "Licence No. 58/GP-TTĐT issued by the Authority of Broadcasting and Electronic Information.",
            "editor_in_chief": "Giám đốc Trung tâm Thông tin tỉnh Thái Nguyên",
            "editor_in_chief_en": "Director of the Thai Nguyen Provincial Information Centre",
            "address": "Số 18 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên",
            "address_en": "18 Nha Trang Street, Phan Dinh Phung Ward, Thai Nguyen Province, Viet Nam",
            "hotline": "0208 3855 186",
            "email": "congthongtin@thainguyen.gov.vn",
            "facebook_url": "https://www.facebook.com/congthongtindientuthainguyen",
            "zalo_url": "https://zalo.me/congthongtinthainguyen",
            "youtube_url": "https://www.youtube.com/@congthongtinthainguyen",
        },
    )


STANDARD_PAGES = [
    {
        "key": "intro",
        "title": "Giới thiệu",
        "intro": (
            "Thái Nguyên là trung tâm chính trị, kinh tế của vùng Việt Bắc, cửa ngõ giao lưu giữa miền núi phía "
            "Bắc với vùng đồng bằng Bắc Bộ."
        ),
        "body": _paragraphs(
            "Tỉnh Thái Nguyên nằm ở trung tâm vùng trung du và miền núi phía Bắc, cách Thủ đô Hà Nội khoảng "
            "80 km. Tỉnh nổi tiếng với vùng chè đặc sản Tân Cương, La Bằng, Trại Cài và là cái nôi của An toàn "
            "khu (ATK) Định Hóa trong kháng chiến.",
            "Từ ngày 1/7/2025, tỉnh Bắc Kạn hợp nhất vào tỉnh Thái Nguyên và chính quyền địa phương còn hai cấp: "
            "tỉnh và 92 xã, phường. Hồ Ba Bể, ATK Chợ Đồn và những vùng chè Shan tuyết nay cũng là của Thái Nguyên.",
            "Những năm gần đây, Thái Nguyên trở thành một trong những địa phương dẫn đầu cả nước về thu hút đầu "
            "tư nước ngoài, với các khu công nghiệp Yên Bình, Điềm Thụy, Sông Công. Chuyển đổi số được tỉnh xác "
            "định là động lực quan trọng để phát triển kinh tế – xã hội.",
        ),
        "menu": ("main", 10),
        "en": {
            "title": "About Thai Nguyen",
            "intro": (
                "Thai Nguyen is the political and economic centre of the Viet Bac region, the gateway between the "
                "northern mountains and the Red River Delta."
            ),
            "body": _paragraphs(
                "Thai Nguyen province lies at the heart of the northern midlands, about 80 km from Ha Noi. It is "
                "famous for the speciality tea of Tan Cuong, La Bang and Trai Cai, and for the ATK Dinh Hoa "
                "revolutionary base.",
                "Since 1 July 2025 Bac Kan province has been part of Thai Nguyen, and local government has two "
                "levels: the province and its 92 communes and wards. Ba Be Lake, the ATK Cho Don base and the Shan "
                "tuyet tea areas now belong to Thai Nguyen too.",
                "In recent years Thai Nguyen has been among the leading provinces in attracting foreign direct "
                "investment, with the Yen Binh, Diem Thuy and Song Cong industrial parks. Digital transformation "
                "is a key driver of its development.",
            ),
        },
    },
    {
        "key": "contact",
        "title": "Liên hệ",
        "intro": "Thông tin liên hệ của Ban Biên tập Cổng Thông tin điện tử tỉnh Thái Nguyên.",
        "body": _paragraphs(
            "<b>Trung tâm Thông tin tỉnh Thái Nguyên</b><br>Địa chỉ: Số 18 đường Nha Trang, phường Phan Đình Phùng, "
            "tỉnh Thái Nguyên<br>Điện thoại: 0208 3855 186<br>Thư điện tử: congthongtin@thainguyen.gov.vn",
            "Bạn đọc gửi tin, bài, ảnh và ý kiến phản ánh xin ghi rõ họ tên, địa chỉ và số điện thoại để Ban "
            "Biên tập liên hệ khi cần thiết.",
        ),
        "menu": ("footer", 10),
        "en": {
            "title": "Contact",
            "intro": "How to reach the editorial board of the Thai Nguyen Provincial Portal.",
            "body": _paragraphs(
                "<b>Thai Nguyen Provincial Information Centre</b><br>18 Nha Trang Street, Phan Dinh Phung Ward, "
                "Thai Nguyen Province<br>Phone: +84 208 3855 186<br>Email: congthongtin@thainguyen.gov.vn",
            ),
        },
    },
    {
        "key": "social",
        "title": "Mạng xã hội chính thức",
        "intro": "Các tài khoản mạng xã hội chính thức của Cổng Thông tin điện tử tỉnh Thái Nguyên.",
        "body": _paragraphs(
            "Fanpage Facebook: Cổng thông tin điện tử tỉnh Thái Nguyên.",
            "Zalo Official Account: Cổng thông tin Thái Nguyên – nhận tin nhanh, gửi phản ánh, kiến nghị.",
            "Kênh YouTube: Cổng thông tin Thái Nguyên – video tin tức và phóng sự.",
        ),
        "menu": ("footer", 30),
    },
]


# Standard pages older demos made and this one no longer does: slug -> where the page that replaces them is, in each
# language. The spokesperson's page is the newsroom's (news/demo.py puts it in the footer at 20, translation/demo.py
# its English translation); named by its address, as the home area does not import the news area.
RETIRED_PAGES = {
    "nguoi-phat-ngon": {"vi": "/tin-tuc/nguoi-phat-ngon/", "en": "/en/news/spokesperson/"},
}


def _retire_old_pages(builder, home):
    """On a database an older demo seeded: delete each retired page with its translations, redirect their addresses
    to the page that replaces them, and delete the menus that linked them, which this run then writes anew
    (DemoBuilder.finish writes the menus that are missing). Nothing to do on a new database, nor the second time."""
    for slug, replacement_paths in RETIRED_PAGES.items():
        old = StandardPage.objects.child_of(home).filter(slug=slug).first()
        if old is None:
            continue
        pages = [*old.get_translations(inclusive=False).specific(), old]
        page_ids = {page.pk for page in pages}
        for menu in Menu.objects.all():
            if any((block.get("value") or {}).get("page") in page_ids for block in menu.items.raw_data):
                menu.delete()
        for page in pages:
            language = page.locale.language_code
            path = page.get_url()
            page.delete()
            target = replacement_paths.get(language)
            if path and target and not Redirect.objects.filter(old_path=Redirect.normalise_path(path)).exists():
                Redirect.add_redirect(path, redirect_to=target, is_permanent=True)
            builder.log(f"  - retired {page.title} ({language}), {path} now redirects")


def seed(builder):
    home, site = _home(builder)
    _retire_old_pages(builder, home)
    _settings(site)
    home_en = builder.translation(
        home,
        "en",
        title="Home",
        slug="home",
        seo_title="Thai Nguyen Provincial Portal",
        search_description="The official portal of Thai Nguyen province: news, investment, tourism and tea.",
        tagline="Thai Nguyen – the land of Viet Nam's finest tea, a destination for investment",
        intro=(
            "Official news of Thai Nguyen province for foreign partners, investors and visitors: the economy, "
            "investment, tourism and tea culture."
        ),
    )
    pages = {}
    for spec in STANDARD_PAGES:
        handle, order = spec["menu"]
        page = pages[spec["key"]] = builder.page(
            home, StandardPage, spec["title"], intro=spec["intro"], body=spec["body"]
        )
        builder.add_to_menu(handle, page, order)
        if "en" in spec:
            builder.add_to_menu(handle, builder.translation(page, "en", **spec["en"]), order)
    if not home.featured:
        tea = builder.image(*FEATURED_TEA, subject="tea_hills")
        home.featured = [
            (
                "featured_page",
                {
                    "page": pages["intro"],
                    "heading": "Thái Nguyên – vùng đất của chè và của những khu công nghiệp hiện đại",
                    "summary": STANDARD_PAGES[0]["intro"],
                    "image": tea,
                },
            )
        ]
        home.save_revision().publish()
    return home, home_en
