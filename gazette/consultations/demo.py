"""Demo content of the consultations: the page "Lấy ý kiến dự thảo văn bản" under the gazette index, two drafts open
for comment (a decision of the provincial People's Committee and a resolution it submits to the People's Council)
and one concluded with the drafting agency's report and the decision issued, each with its articles, questions,
generated PDFs (the draft and its explanatory note) and readers' comments: published ones and one awaiting
moderation. The readers' names are invented; their contacts use example.vn.

Runs after the gazette's demo (its order in area.py); idempotent (pages found by slug, comments made with their page
only). ``reset`` removes the generated PDFs (the pages and their comments go with the tree).
"""

import datetime

from django.utils import timezone

from gazette.demo import _pdf, _stored_pdf
from gazette.models import DocumentType, GazetteIndexPage, IssuingBody, LegalDocument

from .models import CommentStatus, ConsultationComment, ConsultationIndexPage, ConsultationPage


def _articles(items):
    return [
        ("article", {"number": number, "title": title, "text": text}) for number, (title, text) in enumerate(items, 1)
    ]


CAMERA = {
    "slug": "du-thao-quy-dinh-quan-ly-camera-giam-sat",
    "title": "Dự thảo Quyết định ban hành Quy định quản lý, vận hành và khai thác hệ thống camera giám sát trên địa "
    "bàn tỉnh Thái Nguyên",
    "summary": "Dự thảo quy định việc lắp đặt, quản lý, vận hành, kết nối, chia sẻ và khai thác dữ liệu của hệ thống "
    "camera giám sát phục vụ bảo đảm an ninh, trật tự, an toàn giao thông và xây dựng đô thị thông minh; áp dụng với "
    "cơ quan nhà nước, tổ chức, doanh nghiệp và cá nhân có camera kết nối với hệ thống của tỉnh.",
    "doc_type": DocumentType.DECISION,
    "issuing_body": IssuingBody.COMMITTEE,
    "drafting_agency": "Sở Khoa học và Công nghệ",
    "contact": "Sở Khoa học và Công nghệ tỉnh Thái Nguyên, số 513 đường Lương Ngọc Quyến, phường Phan Đình Phùng; "
    "thư điện tử: sokhcn@thainguyen.gov.vn",
    "opened_days_ago": 10,
    "open_days": 30,
    "questions": [
        "Phạm vi camera của tổ chức, cá nhân được khuyến khích kết nối với hệ thống của tỉnh đã phù hợp chưa?",
        "Thời gian lưu trữ dữ liệu hình ảnh tối thiểu 30 ngày có khả thi với các hộ kinh doanh không?",
        "Cần bổ sung quy định nào để bảo vệ dữ liệu cá nhân của người dân khi khai thác dữ liệu camera?",
    ],
    "articles": _articles(
        [
            (
                "Phạm vi điều chỉnh",
                "Quy định này quy định việc quản lý, vận hành, kết nối, chia sẻ và khai thác dữ liệu của hệ thống "
                "camera giám sát trên địa bàn tỉnh Thái Nguyên.",
            ),
            (
                "Đối tượng áp dụng",
                "Quy định này áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân các xã, phường và tổ chức, cá nhân "
                "có liên quan đến việc quản lý, vận hành, khai thác hệ thống camera giám sát.",
            ),
            (
                "Nguyên tắc quản lý, khai thác dữ liệu",
                "1. Dữ liệu camera giám sát chỉ được khai thác đúng mục đích, đúng thẩm quyền.\n"
                "2. Việc chia sẻ dữ liệu phải bảo đảm bí mật nhà nước, bí mật đời tư và dữ liệu cá nhân theo quy định "
                "của pháp luật.",
            ),
            (
                "Lưu trữ dữ liệu",
                "Dữ liệu hình ảnh của camera kết nối với hệ thống của tỉnh được lưu trữ tối thiểu 30 ngày kể từ ngày "
                "ghi hình; dữ liệu liên quan đến vụ việc đang được xử lý được lưu trữ đến khi vụ việc kết thúc.",
            ),
            (
                "Trách nhiệm của tổ chức, cá nhân",
                "Tổ chức, cá nhân tự nguyện kết nối camera với hệ thống của tỉnh có trách nhiệm bảo đảm thiết bị hoạt "
                "động ổn định và thông báo cho Công an xã, phường khi thiết bị hư hỏng quá 03 ngày.",
            ),
        ]
    ),
    "comments": [
        (
            3,
            "Phạm Minh Đức",
            "Đề nghị quy định rõ ai được quyền xem dữ liệu camera của hộ gia đình đã kết nối, và người dân có được "
            "biết khi dữ liệu của mình được khai thác hay không.",
            CommentStatus.APPROVED,
        ),
        (
            4,
            "Nguyễn Thị Hằng",
            "Hộ kinh doanh nhỏ khó bảo đảm lưu trữ 30 ngày vì đầu ghi dung lượng thấp. Đề nghị 15 ngày đối với camera "
            "của hộ kinh doanh, 30 ngày đối với camera của cơ quan nhà nước.",
            CommentStatus.APPROVED,
        ),
        (
            None,
            "Hợp tác xã Chè Tân Cương",
            "Dự thảo cần có lộ trình hỗ trợ kinh phí cho các xã vùng sâu lắp đặt camera tại các nút giao thông.",
            CommentStatus.APPROVED,
        ),
        (
            5,
            "Trần Quang Huy",
            "Thời hạn thông báo 03 ngày là ngắn với hộ gia đình ở xa trung tâm, đề nghị sửa thành 05 ngày làm việc.",
            CommentStatus.PENDING,
        ),
    ],
}

TEA = {
    "slug": "du-thao-nghi-quyet-ho-tro-phat-trien-che",
    "title": "Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất chè trên địa bàn tỉnh Thái Nguyên "
    "giai đoạn 2027 – 2030",
    "summary": "Ủy ban nhân dân tỉnh lấy ý kiến về dự thảo Nghị quyết trình Hội đồng nhân dân tỉnh: hỗ trợ trồng mới, "
    "trồng thay thế bằng giống chè mới, chứng nhận VietGAP và hữu cơ, xây dựng thương hiệu và xúc tiến thương mại "
    "sản phẩm chè Thái Nguyên.",
    "doc_type": DocumentType.RESOLUTION,
    "issuing_body": IssuingBody.COUNCIL,
    "drafting_agency": "Sở Nông nghiệp và Môi trường",
    "contact": "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên; thư điện tử: snnmt@thainguyen.gov.vn",
    "opened_days_ago": 3,
    "open_days": 30,
    "questions": [
        "Mức hỗ trợ 50% chi phí giống chè mới, tối đa 60 triệu đồng/ha, đã phù hợp chưa?",
        "Có nên ưu tiên hỗ trợ cao hơn cho hợp tác xã và hộ nghèo, hộ cận nghèo?",
    ],
    "articles": _articles(
        [
            (
                "Phạm vi điều chỉnh và đối tượng áp dụng",
                "Nghị quyết này quy định chính sách hỗ trợ phát triển sản xuất chè giai đoạn 2027 – 2030; áp dụng với "
                "hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã và doanh nghiệp sản xuất, chế biến chè trên địa bàn tỉnh.",
            ),
            (
                "Hỗ trợ trồng mới, trồng thay thế",
                "Hỗ trợ 50% chi phí mua giống chè mới để trồng mới, trồng thay thế chè giống cũ, năng suất thấp, tối đa "
                "60 triệu đồng/ha; diện tích tối thiểu 0,2 ha liền vùng.",
            ),
            (
                "Hỗ trợ chứng nhận sản xuất an toàn",
                "Hỗ trợ một lần 100% chi phí cấp giấy chứng nhận VietGAP, hữu cơ lần đầu cho diện tích chè tập trung "
                "từ 2 ha trở lên.",
            ),
            (
                "Hỗ trợ xây dựng thương hiệu, xúc tiến thương mại",
                "Hỗ trợ 70% chi phí thiết kế nhãn hiệu, bao bì, truy xuất nguồn gốc và tham gia hội chợ trong nước, "
                "tối đa 100 triệu đồng/chủ thể/năm.",
            ),
        ]
    ),
    "comments": [
        (
            2,
            "Lê Văn Thắng",
            "Giá giống chè LDP1, Kim Tuyên hiện khoảng 1.500 đồng/bầu, 1 ha cần khoảng 20.000 bầu. Mức tối đa 60 "
            "triệu đồng/ha là phù hợp, đề nghị giữ nguyên.",
            CommentStatus.APPROVED,
        ),
        (
            2,
            "Đỗ Thị Mai",
            "Đề nghị giảm diện tích tối thiểu xuống 0,1 ha vì nhiều hộ ở vùng chè Tân Cương có diện tích nhỏ, xen kẽ.",
            CommentStatus.APPROVED,
        ),
    ],
}

LAND = {
    "slug": "du-thao-quy-dinh-han-muc-cong-nhan-dat-o",
    "title": "Dự thảo Quyết định quy định hạn mức công nhận đất ở đối với thửa đất có vườn, ao trên địa bàn tỉnh "
    "Thái Nguyên",
    "summary": "Dự thảo quy định hạn mức công nhận đất ở cho hộ gia đình, cá nhân đối với thửa đất có vườn, ao được "
    "hình thành trước ngày 18 tháng 12 năm 1980 và từ ngày 18 tháng 12 năm 1980 đến trước ngày 15 tháng 10 năm 1993.",
    "doc_type": DocumentType.DECISION,
    "issuing_body": IssuingBody.COMMITTEE,
    "drafting_agency": "Sở Nông nghiệp và Môi trường",
    "contact": "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên; thư điện tử: snnmt@thainguyen.gov.vn",
    "opened_days_ago": 150,
    "open_days": 30,
    "questions": ["Hạn mức công nhận đất ở tại các phường và tại các xã đã phù hợp với thực tế sử dụng đất chưa?"],
    "articles": _articles(
        [
            (
                "Phạm vi điều chỉnh",
                "Quyết định này quy định hạn mức công nhận đất ở đối với trường hợp thửa đất có vườn, ao trên địa bàn "
                "tỉnh Thái Nguyên.",
            ),
            (
                "Hạn mức công nhận đất ở",
                "1. Tại các phường: không quá 200 m².\n2. Tại các xã: không quá 300 m².",
            ),
            (
                "Điều khoản chuyển tiếp",
                "Hồ sơ đã nộp hợp lệ trước ngày Quyết định này có hiệu lực thì tiếp tục giải quyết theo quy định tại "
                "thời điểm nộp hồ sơ.",
            ),
        ]
    ),
    "report": "<p>Sau 30 ngày đăng tải, Cổng Thông tin điện tử tỉnh nhận được 3 ý kiến góp ý của người dân và 12 ý "
    "kiến của các sở, ngành, Ủy ban nhân dân các xã, phường.</p>"
    "<h3>Ý kiến được tiếp thu</h3><ul><li>Nâng hạn mức tại các xã từ 300 m² lên 400 m², phù hợp với tập quán sinh "
    "sống ở khu vực nông thôn, miền núi.</li><li>Bổ sung điều khoản chuyển tiếp đối với hồ sơ đã nộp.</li></ul>"
    "<h3>Ý kiến được giải trình</h3><ul><li>Đề nghị không giới hạn hạn mức tại các phường: không tiếp thu vì trái "
    "với quy định của Luật Đất đai về hạn mức giao đất ở tại đô thị.</li></ul>",
    "comments": [
        (
            2,
            "Ngô Văn Toàn",
            "Ở các xã miền núi, thửa đất có vườn thường rộng 500–1.000 m². Hạn mức 300 m² là thấp, đề nghị nâng lên "
            "400 m².",
            CommentStatus.APPROVED,
        ),
        (
            3,
            "Bùi Thị Nga",
            "Đề nghị bổ sung quy định chuyển tiếp cho hồ sơ đã nộp để người dân không phải làm lại.",
            CommentStatus.APPROVED,
        ),
        (
            2,
            "Hoàng Đức",
            "Đề nghị không giới hạn hạn mức công nhận đất ở tại các phường.",
            CommentStatus.APPROVED,
        ),
    ],
}

CONSULTATIONS = (CAMERA, TEA, LAND)


def _pdf_titles(spec):
    return (f"Dự thảo – {spec['title'][9:80]}", f"Tờ trình – {spec['title'][9:80]}")


def _documents(spec):
    draft_title, note_title = _pdf_titles(spec)
    articles = [f"Điều {block[1]['number']}. {block[1]['title']}\n{block[1]['text']}" for block in spec["articles"]]
    draft = _pdf(["ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "DỰ THẢO", spec["title"].upper()], articles)
    note = _pdf(
        [spec["drafting_agency"].upper(), "TỜ TRÌNH", spec["title"]],
        [
            spec["summary"],
            "Cơ quan soạn thảo kính trình Ủy ban nhân dân tỉnh xem xét, cho ý kiến về dự thảo văn bản.",
        ],
    )
    return (
        _stored_pdf(draft_title, f"{spec['slug']}.pdf", draft),
        _stored_pdf(note_title, f"to-trinh-{spec['slug']}.pdf", note),
    )


def _final_document():
    """A published decision of the provincial People's Committee on land from the gazette's demo, if any."""
    return (
        LegalDocument.objects.published()
        .filter(doc_type=DocumentType.DECISION, issuing_body=IssuingBody.COMMITTEE, summary__icontains="đất")
        .order_by("-issue_date")
        .first()
    )


def seed(builder):
    gazette = GazetteIndexPage.objects.filter(locale__language_code="vi").order_by("path").first()
    if gazette is None:
        builder.log("  ! no gazette index: the consultations demo needs the gazette demo")
        return None
    index = builder.page(
        gazette,
        ConsultationIndexPage,
        "Lấy ý kiến dự thảo văn bản",
        slug="lay-y-kien-du-thao",
        search_description="Góp ý dự thảo văn bản quy phạm pháp luật của tỉnh đang lấy ý kiến nhân dân.",
        intro=(
            "Dự thảo văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Thái Nguyên được đăng tải "
            "để lấy ý kiến của cơ quan, tổ chức, cá nhân. Ý kiến góp ý được đăng sau khi kiểm duyệt; thông tin liên "
            "hệ của người góp ý không được công khai."
        ),
    )
    builder.add_to_menu("footer", index, 25)  # readers find the drafts from every page's footer
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    for spec in CONSULTATIONS:
        opens = now - datetime.timedelta(days=spec["opened_days_ago"])
        draft, note = _documents(spec)
        fields = {
            "summary": spec["summary"],
            "doc_type": spec["doc_type"],
            "issuing_body": spec["issuing_body"],
            "drafting_agency": spec["drafting_agency"],
            "contact": spec["contact"],
            "opens_at": opens.replace(hour=8),
            "closes_at": (opens + datetime.timedelta(days=spec["open_days"])).replace(hour=17),
            "draft_document": draft,
            "explanatory_note": note,
            "questions": [("question", question) for question in spec["questions"]],
            "articles": spec["articles"],
        }
        if spec.get("report"):
            fields["report"] = spec["report"]
            fields["final_document"] = _final_document()
        page = builder.page(index, ConsultationPage, spec["title"], slug=spec["slug"], **fields)
        if page.comments.exists():
            continue
        for position, (article, name, text, status) in enumerate(spec["comments"]):
            ConsultationComment.objects.create(
                page=page,
                article_number=article,
                name=name,
                email=f"gop-y-{position + 1}@example.vn",
                text=text,
                status=status,
                created_at=fields["opens_at"] + datetime.timedelta(days=1 + position, hours=2),
            )
    return index


def reset():
    from wagtail.documents import get_document_model

    titles = [title for spec in CONSULTATIONS for title in _pdf_titles(spec)]
    get_document_model().objects.filter(title__in=titles).delete()
