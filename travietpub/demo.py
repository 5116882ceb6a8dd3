"""Demo content of the Trà Việt magazine, made the way the back issues are: PDFs and a manifest, imported.

Six issues are generated as multi-page PDFs with Vietnamese text (the oldest one a scan without a text layer) in
a temporary folder, with a manifest.json, and imported by the importer itself (``TravietImporter``). The PDFs
are deterministic, so a second ``seed_demo`` finds every issue unchanged and changes nothing.
"""

import json
import tempfile
from pathlib import Path

from wagtail.models import Collection

from thainguyen_portal.core.demo import DEMO_COLLECTION
from thainguyen_portal.core.demos import art as demo_art

from .importer import TravietImporter
from .models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage, TeaBusiness, TeaDirectoryPage, TeaRegion
from .pdfgen import make_issue_pdf

# Today's names of places (since 1 July 2025 the province has communes and wards, no districts); a former commune
# or district is named as such ("cũ"). The issues themselves (2021-2024) keep the names of their day.
REGIONS = {
    "Tân Cương": "Vùng chè đặc sản của xã Tân Cương, phía tây trung tâm tỉnh, dưới chân dãy núi Tam Đảo.",
    "La Bằng": "Vùng chè của xã La Bằng (huyện Đại Từ cũ), nơi nước suối Tam Đảo và sương sớm làm nên vị chè ngọt hậu.",
    "Trại Cài": "Vùng chè trung du trên những sườn đồi dốc của xã Minh Lập cũ (huyện Đồng Hỷ cũ).",
    "Khe Cốc": "Vùng chè của xã Phục Linh cũ (huyện Đại Từ cũ), nổi tiếng với chè búp khô sao tay.",
}

BUSINESSES = [
    {
        "name": "Hợp tác xã Chè Hảo Đạt",
        "kind": TeaBusiness.Kind.COOPERATIVE,
        "region": "Tân Cương",
        "products": "Chè móc câu Tân Cương\nChè nõn tôm\nChè đinh",
        "description": "Hợp tác xã giữ cách sao chè bằng chảo gang truyền thống, sản phẩm đạt OCOP 5 sao.",
        "address": "Xóm Nam Đồng, xã Tân Cương, tỉnh Thái Nguyên",
        "phone": "0208 3646 222",
        "website": "https://chehaodat.vn",
    },
    {
        "name": "Hợp tác xã Chè La Bằng",
        "kind": TeaBusiness.Kind.COOPERATIVE,
        "region": "La Bằng",
        "products": "Chè xanh La Bằng\nChè búp hữu cơ",
        "description": "Liên kết hơn 60 hộ trồng chè theo tiêu chuẩn VietGAP dưới chân núi Tam Đảo.",
        "address": "Xóm Lục Liêu, xã La Bằng, tỉnh Thái Nguyên",
        "phone": "0208 3824 115",
    },
    {
        "name": "Chè Trại Cài Minh Lập",
        "kind": TeaBusiness.Kind.BRAND,
        "region": "Trại Cài",
        "products": "Chè Trại Cài\nChè búp khô",
        "description": "Thương hiệu tập thể của người trồng chè xã Minh Lập.",
        "address": "Xóm Trại Cài (xã Minh Lập cũ), tỉnh Thái Nguyên",
        "phone": "0208 3820 468",
    },
    {
        "name": "Công ty Cổ phần Chè Tân Cương Hoàng Bình",
        "kind": TeaBusiness.Kind.COMPANY,
        "region": "Tân Cương",
        "products": "Chè đặc sản Tân Cương\nTrà túi lọc\nTrà quà tặng",
        "description": "Doanh nghiệp chế biến và xuất khẩu chè, có cửa hàng trưng bày tại phường Phan Đình Phùng.",
        "address": "Xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên",
        "phone": "0912 345 678",
        "email": "lienhe@chehoangbinh.vn",
    },
    {
        "name": "Hộ sản xuất chè Khe Cốc Phục Linh",
        "kind": TeaBusiness.Kind.HOUSEHOLD,
        "region": "Khe Cốc",
        "products": "Chè Khe Cốc sao tay",
        "description": "Gia đình ba thế hệ làm chè, nhận khách tham quan đồi chè và trải nghiệm sao chè.",
        "address": "Xóm Khe Cốc (xã Phục Linh cũ), tỉnh Thái Nguyên",
        "phone": "0975 112 334",
    },
]

_SPRING = [
    "Mỗi độ xuân về, những đồi chè Tân Cương lại trổ búp non xanh mướt. Từ tờ mờ sáng, người hái chè đã lên đồi, "
    "nhẹ tay ngắt từng búp một tôm hai lá để giữ trọn hương vị.",
    "Chè được sao trong chảo gang trên bếp củi, đảo đều tay cho đến khi búp săn lại, cánh chè xoăn như móc câu. "
    "Người làm chè lâu năm chỉ cần ngửi mùi cốm non là biết mẻ chè đã đạt.",
]
ISSUES = [
    {
        "number": 1,
        "date": "2021-03",
        "date_label": "Tháng 3/2021",
        "title": "Tân Cương – đệ nhất danh trà",
        "scanned": False,
        "pages": [
            (
                "Thư tòa soạn",
                [
                    "Đặc san Trà Việt ra mắt bạn đọc số đầu tiên, với mong muốn đưa hương chè Thái Nguyên "
                    "đến với mọi miền đất nước và bạn bè quốc tế."
                ],
            ),
            ("Mùa xuân trên đồi chè Tân Cương", _SPRING),
            (
                "Người giữ lửa nghề sao chè",
                [
                    "Ở xóm Nam Đồng, bà Nguyễn Thị Hảo đã có hơn bốn mươi năm gắn bó với "
                    "cây chè. Bà kể, nghề sao chè không có bí quyết nào khác ngoài sự kiên nhẫn.",
                    "Hợp tác xã Chè Hảo Đạt do bà sáng lập hôm nay đã có sản phẩm đạt chuẩn OCOP 5 sao.",
                ],
            ),
            (
                "Từ búp chè đến chén trà",
                [
                    "Pha trà Tân Cương ngon cần nước sôi để nguội khoảng 85 độ, tráng ấm "
                    "bằng nước nóng và hãm trà trong hai phút."
                ],
            ),
        ],
        "articles": [
            {
                "title": "Mùa xuân trên đồi chè Tân Cương",
                "authors": "Nguyễn Thu Hà",
                "pages": "3",
                "regions": ["Tân Cương"],
                "topics": ["Vụ chè xuân"],
            },
            {
                "title": "Người giữ lửa nghề sao chè",
                "authors": "Trần Văn Minh",
                "pages": "4",
                "regions": ["Tân Cương"],
                "topics": ["Nghề truyền thống"],
                "businesses": ["Hợp tác xã Chè Hảo Đạt"],
            },
            {"title": "Từ búp chè đến chén trà", "authors": "Lê Thị Mai", "pages": "5", "topics": ["Văn hóa trà"]},
        ],
    },
    {
        "number": 2,
        "date": "2021-09",
        "date_label": "Tháng 9/2021",
        "title": "La Bằng – hương chè dưới chân Tam Đảo",
        "scanned": True,
        "pages": [
            (
                "La Bằng – hương chè dưới chân Tam Đảo",
                [
                    "Xã La Bằng nằm dưới chân dãy Tam Đảo, quanh năm mây phủ. "
                    "Nước suối trong và sương sớm làm nên vị chè ngọt hậu khó quên."
                ],
            ),
            (
                "Chè La Bằng và con đường VietGAP",
                [
                    "Hơn sáu mươi hộ trồng chè đã liên kết trong Hợp tác xã Chè La "
                    "Bằng, sản xuất theo tiêu chuẩn VietGAP và hữu cơ."
                ],
            ),
        ],
        "articles": [],
    },
    {
        "number": 3,
        "date": "2022-03",
        "date_label": "Tháng 3/2022",
        "title": "Trại Cài – chè của núi rừng Đồng Hỷ",
        "scanned": False,
        "pages": [
            (
                "Trại Cài, vùng chè trung du",
                [
                    "Trên những sườn đồi dốc của xã Minh Lập, giống chè trung du lá nhỏ đã "
                    "bén rễ hơn nửa thế kỷ. Chè Trại Cài có nước xanh, vị chát dịu và hậu ngọt sâu."
                ],
            ),
            (
                "Thương hiệu tập thể chè Trại Cài",
                [
                    "Năm 2021, chè Trại Cài được cấp nhãn hiệu tập thể, mở đường cho "
                    "sản phẩm vào các siêu thị và sàn thương mại điện tử."
                ],
            ),
            (
                "Chè Khe Cốc – hương vị của Phục Linh",
                ["Ở xóm Khe Cốc, gia đình ông Hoàng Văn Phúc vẫn sao chè bằng tay, mỗi mẻ chỉ vài cân búp tươi."],
            ),
        ],
        "articles": [
            {
                "title": "Trại Cài, vùng chè trung du",
                "authors": "Hoàng Thị Lan",
                "pages": "2",
                "regions": ["Trại Cài"],
                "topics": ["Giống chè"],
                "businesses": ["Chè Trại Cài Minh Lập"],
            },
            {
                "title": "Thương hiệu tập thể chè Trại Cài",
                "authors": "Đỗ Quang Huy",
                "pages": "3",
                "regions": ["Trại Cài"],
                "topics": ["Thương hiệu"],
                "businesses": ["Chè Trại Cài Minh Lập"],
            },
            {
                "title": "Chè Khe Cốc – hương vị của Phục Linh",
                "authors": "Hoàng Thị Lan",
                "pages": "4",
                "regions": ["Khe Cốc"],
                "topics": ["Nghề truyền thống"],
                "businesses": ["Hộ sản xuất chè Khe Cốc Phục Linh"],
            },
        ],
    },
    {
        "number": 4,
        "date": "2022-10",
        "date_label": "Tháng 10/2022",
        "title": "Festival Trà Thái Nguyên – kết nối tinh hoa trà Việt",
        "scanned": False,
        "pages": [
            (
                "Festival Trà – ngày hội của người làm chè",
                [
                    "Festival Trà Thái Nguyên quy tụ hàng trăm gian hàng của "
                    "các hợp tác xã, doanh nghiệp chè trong và ngoài tỉnh."
                ],
            ),
            (
                "Trà đạo Việt giữa lòng phố chè",
                [
                    "Các nghệ nhân trình diễn nghệ thuật pha trà, giới thiệu cách "
                    "thưởng trà của người Thái Nguyên với du khách."
                ],
            ),
            (
                "Doanh nghiệp chè tìm thị trường mới",
                [
                    "Công ty Cổ phần Chè Tân Cương Hoàng Bình ký kết hợp đồng xuất "
                    "khẩu lô chè đặc sản đầu tiên sang thị trường Nhật Bản."
                ],
            ),
        ],
        "articles": [
            {
                "title": "Festival Trà – ngày hội của người làm chè",
                "authors": "Phạm Ngọc Anh",
                "pages": "2",
                "topics": ["Festival Trà", "Du lịch"],
            },
            {
                "title": "Doanh nghiệp chè tìm thị trường mới",
                "authors": "Vũ Đức Thắng",
                "pages": "4",
                "regions": ["Tân Cương"],
                "topics": ["Xuất khẩu"],
                "businesses": ["Công ty Cổ phần Chè Tân Cương Hoàng Bình"],
            },
        ],
    },
    {
        "number": 5,
        "date": "2023-04",
        "date_label": "Tháng 4/2023",
        "title": "Chuyển đổi số trên đồi chè",
        "scanned": False,
        "pages": [
            (
                "Mã QR cho từng gói chè",
                [
                    "Hơn 200 cơ sở sản xuất chè đã gắn mã QR truy xuất nguồn gốc, giúp người "
                    "mua biết chè được hái ở đồi nào, sao ngày nào."
                ],
            ),
            (
                "Bán chè trên sàn thương mại điện tử",
                [
                    "Các hợp tác xã ở La Bằng và Tân Cương livestream bán chè, "
                    "đơn hàng tăng gấp ba lần so với năm trước."
                ],
            ),
            (
                "Nhật ký đồng ruộng điện tử",
                [
                    "Ứng dụng nhật ký điện tử giúp người trồng chè ghi lại từng lần bón phân, "
                    "phun thuốc, đáp ứng yêu cầu của thị trường khó tính."
                ],
            ),
        ],
        "articles": [
            {
                "title": "Mã QR cho từng gói chè",
                "authors": "Nguyễn Thu Hà",
                "pages": "2",
                "topics": ["Chuyển đổi số"],
                "businesses": ["Hợp tác xã Chè Hảo Đạt"],
            },
            {
                "title": "Bán chè trên sàn thương mại điện tử",
                "authors": "Trần Văn Minh",
                "pages": "3",
                "regions": ["La Bằng", "Tân Cương"],
                "topics": ["Chuyển đổi số", "Thương mại điện tử"],
                "businesses": ["Hợp tác xã Chè La Bằng"],
            },
        ],
    },
    {
        "number": 6,
        "date": "2024-11",
        "date_label": "Tháng 11/2024",
        "title": "Chè Thái Nguyên vươn ra thế giới",
        "scanned": False,
        "pages": [
            (
                "Thư tòa soạn",
                [
                    "Năm 2024, diện tích chè toàn tỉnh đạt hơn 22.000 ha, sản lượng trên 270.000 tấn búp "
                    "tươi. Chè Thái Nguyên đã có mặt ở nhiều thị trường khó tính."
                ],
            ),
            (
                "Chè Thái Nguyên đến châu Âu",
                [
                    "Những lô chè hữu cơ đầu tiên của Tân Cương và La Bằng đã được xuất "
                    "sang Đức và Hà Lan sau khi đạt chứng nhận hữu cơ châu Âu."
                ],
            ),
            (
                "Chè Thái Nguyên đến châu Âu (tiếp)",
                [
                    "Để giữ thị trường, người trồng chè phải tuân thủ nghiêm quy "
                    "trình canh tác, không dùng thuốc bảo vệ thực vật hóa học."
                ],
            ),
            (
                "Du lịch trải nghiệm vùng chè",
                [
                    "Du khách có thể hái chè, sao chè và thưởng trà ngay trên đồi ở Tân "
                    "Cương, Khe Cốc, trong những tour trải nghiệm nửa ngày."
                ],
            ),
        ],
        "editorial": "Năm 2024 đánh dấu bước tiến của chè Thái Nguyên trên thị trường thế giới. Số đặc san này "
        "kể câu chuyện của những người đã đưa búp chè Tân Cương, La Bằng ra khỏi biên giới.",
        "articles": [
            {
                "title": "Chè Thái Nguyên đến châu Âu",
                "authors": "Vũ Đức Thắng",
                "pages": "3-4",
                "regions": ["Tân Cương", "La Bằng"],
                "topics": ["Xuất khẩu", "Chè hữu cơ"],
                "businesses": ["Công ty Cổ phần Chè Tân Cương Hoàng Bình", "Hợp tác xã Chè La Bằng"],
            },
            {
                "title": "Du lịch trải nghiệm vùng chè",
                "authors": "Phạm Ngọc Anh",
                "pages": "5",
                "regions": ["Tân Cương", "Khe Cốc"],
                "topics": ["Du lịch"],
                "businesses": ["Hộ sản xuất chè Khe Cốc Phục Linh"],
            },
        ],
    },
]


# What each issue's cover and each article's opening page show (subjects of core/demos/art.py, drawn in code).
COVER_SUBJECTS = {1: "tea_hills", 2: "tea_hills", 3: "forest", 4: "festival", 5: "digital", 6: "market"}
PAGE_SUBJECTS = {
    "Mùa xuân trên đồi chè Tân Cương": "tea_hills",
    "Người giữ lửa nghề sao chè": "tea_hills",
    "Từ búp chè đến chén trà": "tea_hills",
    "Trại Cài, vùng chè trung du": "tea_hills",
    "Thương hiệu tập thể chè Trại Cài": "market",
    "Chè Khe Cốc – hương vị của Phục Linh": "tea_hills",
    "Festival Trà – ngày hội của người làm chè": "festival",
    "Trà đạo Việt giữa lòng phố chè": "festival",
    "Doanh nghiệp chè tìm thị trường mới": "market",
    "Mã QR cho từng gói chè": "digital",
    "Bán chè trên sàn thương mại điện tử": "digital",
    "Nhật ký đồng ruộng điện tử": "digital",
    "Chè Thái Nguyên đến châu Âu": "market",
    "Du lịch trải nghiệm vùng chè": "tea_hills",
}
COVER_SIZE = (840, 600)  # the cover's picture, 210 × 150 mm
PAGE_ART_SIZE = (720, 405)  # an article's picture, 174 × 98 mm


def cover_lines(issue):
    """The cover's headlines: the issue's articles, else its pages' headings (not the editor's letter, nor the
    issue's own title)."""
    titles = [article["title"] for article in issue["articles"]]
    return titles or [
        heading for heading, _paragraphs in issue["pages"] if heading not in ("Thư tòa soạn", issue["title"])
    ]


def _drawing(subject):
    """'Minh họa: đồi chè xếp tầng dưới bầu trời' -> 'tranh minh họa đồi chè xếp tầng dưới bầu trời'."""
    what = demo_art.SUBJECTS[subject]
    return "tranh minh họa " + what.split(": ", 1)[1] if ": " in what else what[:1].lower() + what[1:]


ALT_MAX = 255  # an image's description (wagtailimages), enforced by PostgreSQL


def cover_alt(issue):
    """What the generated cover shows, for its alt text."""
    lines = ", ".join(f"“{line}”" for line in cover_lines(issue))
    scan = " (bản quét đen trắng)" if issue["scanned"] else ""
    alt = (
        f"Bìa Đặc san Trà Việt số {issue['number']}, {issue['date_label'].lower()}{scan}: tên tạp chí TRÀ VIỆT, "
        f"{_drawing(COVER_SUBJECTS[issue['number']])}, tên số “{issue['title']}”"
    )
    with_lines = f"{alt} và các tít bài {lines}."
    return with_lines if lines and len(with_lines) <= ALT_MAX else f"{alt}."


def _pages(issue):
    """The issue's pages for the PDF, an article's opening page with its picture (not in a scanned issue)."""
    pages = []
    for position, (heading, paragraphs) in enumerate(issue["pages"]):
        subject = None if issue["scanned"] else PAGE_SUBJECTS.get(heading)
        if subject:
            seed = f"traviet-{issue['number']}-{position}"
            pages.append((heading, paragraphs, demo_art.draw(subject, seed, PAGE_ART_SIZE)))
        else:
            pages.append((heading, paragraphs))
    return pages


def write_demo_folder(folder):
    """The six demo issues as PDFs and a manifest.json in `folder`."""
    folder = Path(folder)
    rows = []
    for issue in ISSUES:
        filename = f"dac-san-tra-viet-so-{issue['number']}.pdf"
        make_issue_pdf(
            folder / filename,
            title=issue["title"],
            number=issue["number"],
            date_label=issue["date_label"],
            pages=_pages(issue),
            scanned=issue["scanned"],
            cover_lines=cover_lines(issue),
            cover_art=demo_art.draw(COVER_SUBJECTS[issue["number"]], f"traviet-cover-{issue['number']}", COVER_SIZE),
        )
        row = {k: issue[k] for k in ("number", "date", "title") if k in issue}
        row["file"] = filename
        row["cover_alt"] = cover_alt(issue)
        if issue.get("editorial"):
            row["editorial"] = issue["editorial"]
        row["articles"] = [{k: v for k, v in a.items() if k != "businesses"} for a in issue["articles"]]
        rows.append(row)
    (folder / "manifest.json").write_text(json.dumps({"issues": rows}, ensure_ascii=False, indent=1), "utf-8")
    return folder


def logo_alt(name):
    """The demo's logos are drawings of tea hills standing in for the real marks: the alt text says so."""
    return f"Hình giữ chỗ cho biểu trưng của {name}: {_drawing('tea_hills')} (không phải biểu trưng thật)"


def _directory(builder):
    regions = {}
    for name, description in REGIONS.items():
        regions[name], _ = TeaRegion.objects.get_or_create(name=name, defaults={"description": description})
        if regions[name].description != description:  # an older demo's words
            regions[name].description = description
            regions[name].save(update_fields=["description"])
    businesses = {}
    for spec in BUSINESSES:
        fields = dict(spec)
        name = fields.pop("name")
        fields["region"] = regions[fields["region"]]
        business = TeaBusiness.objects.filter(name=name).first()
        if business is None:
            business = TeaBusiness.objects.create(name=name, **fields)
            builder.log(f"  + tea business: {name}")
        if business.logo_id is None:  # also after `seed_demo --reset`, which empties the demo collection
            business.logo = builder.image(f"Biểu trưng {name}", logo_alt(name), size=(400, 400), subject="tea_hills")
            business.save()
        elif business.logo.description != logo_alt(name):  # an older demo's alt text
            business.logo.description = logo_alt(name)
            business.logo.save(update_fields=["description"])
        businesses[name] = business
    return businesses


def seed(builder):
    home = builder.home()
    index = builder.page(
        home,
        MagazineIndexPage,
        "Đặc san Trà Việt",
        intro="<p>Đặc san Trà Việt quảng bá chè Thái Nguyên, thương hiệu và văn hóa trà, kinh tế và doanh nghiệp "
        "của tỉnh. Mời bạn đọc trực tuyến từng số, kể cả các số đã phát hành từ năm 2021.</p>",
        search_description="Đặc san Trà Việt: đọc trực tuyến các số đặc san về chè Thái Nguyên.",
    )
    builder.add_to_menu("main", index, 50)
    directory = builder.page(
        index,
        TeaDirectoryPage,
        "Danh bạ doanh nghiệp chè",
        intro="<p>Các doanh nghiệp, hợp tác xã và thương hiệu chè Thái Nguyên được giới thiệu trên Đặc san Trà "
        "Việt.</p>",
    )
    businesses = _directory(builder)

    with tempfile.TemporaryDirectory(prefix="traviet-demo-") as folder:
        # Covers and PDFs go to the demo collection, which `seed_demo --reset` empties.
        collection = Collection.objects.get(name=DEMO_COLLECTION)
        report = TravietImporter(write_demo_folder(folder), index, publish=True, collection=collection).run()
    for outcome in report.outcomes:
        if outcome.status != "skipped":
            builder.log(f"  {outcome.status} {outcome.label}: {outcome.detail}")
    if report.of("failed"):
        raise RuntimeError(f"Trà Việt demo import failed: {report.summary()}")

    # The businesses each article mentions (the manifest has no such column: editors link them in the admin).
    for spec in ISSUES:
        issue = MagazineIssuePage.objects.child_of(index).get(number=spec["number"])
        for article_spec in spec["articles"]:
            if not article_spec.get("businesses"):
                continue
            article = MagazineArticlePage.objects.child_of(issue).get(title=article_spec["title"])
            if not article.businesses.exists():
                article.businesses = [businesses[name] for name in article_spec["businesses"]]
                article.save_revision().publish()

    index_en = builder.translation(
        index,
        "en",
        title="Trà Việt Magazine",
        slug="tra-viet-magazine",
        intro="<p>The Trà Việt special magazine promotes Thai Nguyen tea, its brands and tea culture, and the "
        "province's economy and businesses. Read every issue online.</p>",
    )
    builder.add_to_menu("main", index_en, 50)
    latest = MagazineIssuePage.objects.child_of(index).get(number=6)
    builder.translation(
        latest,
        "en",
        title="Thai Nguyen tea goes global",
        slug="no-6",
        editorial="<p>2024 marked a step forward for Thai Nguyen tea on the world market. This issue tells the "
        "story of the people who took the buds of Tân Cương and La Bằng across the border.</p>",
    )
    return index, directory
