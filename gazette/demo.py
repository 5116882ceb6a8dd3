"""Demo content of the gazette: two years of issues (about 40) holding about 150 legal documents of Thai Nguyen
province, each with a small generated PDF (real text, extracted for the lookup), some amended, replaced or
expired; one issue scheduled for next week and two documents waiting for an issue (one of them late).

Deterministic (a fixed random seed) and idempotent: issues are found by slug, documents by their number. The
names of signers are invented. Generated PDFs are kept in a cache directory (``GAZETTE_DEMO_PDF_CACHE``, the
system's temporary directory by default) so that seeding again, as the browser tests do, costs little.

Legal documents are not pages, so ``seed_demo --reset`` deleting the tree leaves them: :func:`reset`, which it calls
first, removes what :func:`seed` made (its documents, their PDFs and the issues' PDFs), so that the documents are
made again as the demo makes them today. Documents the demo did not make (``import_gazette``,
``seed_gazette_scale``) stay.
"""

import datetime
import hashlib
import random
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields
from wagtail.documents import get_document_model
from wagtail.models import Page

from thainguyen_portal.core.demos import people as demo_people
from thainguyen_portal.core.intake.documents import new_document
from thainguyen_portal.core.text import vietnamese_slugify

from .models import (
    DOCUMENT_TYPE_NAMES,
    ISSUING_BODY_NAMES,
    DocumentAppearance,
    DocumentCitation,
    DocumentFile,
    DocumentRelation,
    DocumentType,
    ForceStatus,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingBody,
    LegalDocument,
    LegalField,
    RelationKind,
)
from .numbers import parse_number
from .pdf import make_pdf

FIELDS = [
    "Đất đai",
    "Tài chính – Ngân sách",
    "Giáo dục – Đào tạo",
    "Y tế",
    "Nông nghiệp và Môi trường",
    "Xây dựng – Giao thông",
    "Văn hóa – Du lịch",
    "Lao động – Xã hội",
    "Nội vụ",
    "Khoa học – Công nghệ",
    "Công thương",
]


def _signer(person):
    name, position, _portfolio = person
    return (name, position)


# The signers are the demo's one cast (core/demos/people.py), the leaders' page's people. The order of the committee's
# list only decides who signs which document (the plan draws from it by position).
SIGNERS = {
    IssuingBody.COMMITTEE: [
        _signer(demo_people.CHAIRMAN),
        *(_signer(person) for person in demo_people.VICE_CHAIRMEN),
        _signer(demo_people.STANDING_VICE_CHAIRMAN),
    ],
    IssuingBody.CHAIRMAN: [_signer(demo_people.CHAIRMAN)],
    IssuingBody.COUNCIL: [_signer(demo_people.COUNCIL_CHAIRMAN)],
}

# The department that proposes a document of each field: (its name before the reorganisation of 1 March 2025, its
# name since, one of demo_people.DEPARTMENTS). A document's text names the body of its date.
REORGANISED = datetime.date(2025, 3, 1)
FIELD_DEPARTMENTS = {
    "Đất đai": ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
    "Tài chính – Ngân sách": ("Sở Tài chính", "Sở Tài chính"),
    "Giáo dục – Đào tạo": ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    "Y tế": ("Sở Y tế", "Sở Y tế"),
    "Nông nghiệp và Môi trường": ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
    "Xây dựng – Giao thông": ("Sở Giao thông vận tải", "Sở Xây dựng"),
    "Văn hóa – Du lịch": ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    "Lao động – Xã hội": ("Sở Lao động – Thương binh và Xã hội", "Sở Nội vụ"),
    "Nội vụ": ("Sở Nội vụ", "Sở Nội vụ"),
    "Khoa học – Công nghệ": ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
    "Công thương": ("Sở Công Thương", "Sở Công Thương"),
}
# Until 1 July 2025 the province had districts and towns; since, only communes and wards.
TWO_LEVELS = datetime.date(2025, 7, 1)


def department(field, day):
    """The department proposing a document of `field` signed on `day`, by its name on that day."""
    before, since = FIELD_DEPARTMENTS[field]
    return before if day < REORGANISED else since


# (type, issuing body, field, summary). {year} is the document's year.
TOPICS = [
    ("nq", "Đất đai", "Thông qua Bảng giá đất giai đoạn 2026–2030 trên địa bàn tỉnh Thái Nguyên"),
    ("nq", "Tài chính – Ngân sách", "Quy định phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách địa phương"),
    ("nq", "Tài chính – Ngân sách", "Quyết định dự toán thu, chi ngân sách địa phương năm {year}"),
    ("nq", "Giáo dục – Đào tạo", "Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học {year}–{next}"),
    ("nq", "Y tế", "Quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế"),
    ("nq", "Lao động – Xã hội", "Quy định chính sách hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng"),
    ("nq", "Nông nghiệp và Môi trường", "Quy định chính sách hỗ trợ phát triển sản phẩm chè đặc sản Tân Cương"),
    ("nq", "Văn hóa – Du lịch", "Quy định chính sách khuyến khích phát triển du lịch cộng đồng tại ATK Định Hóa"),
    ("nq", "Nội vụ", "Quy định chế độ phụ cấp đối với người hoạt động không chuyên trách ở thôn, tổ dân phố"),
    (
        "nq",
        "Xây dựng – Giao thông",
        "Thông qua danh mục dự án cần thu hồi đất để phát triển kinh tế – xã hội năm {year}",
    ),
    ("qd", "Đất đai", "Ban hành Quy định hạn mức giao đất ở, công nhận quyền sử dụng đất trên địa bàn tỉnh"),
    ("qd", "Đất đai", "Ban hành Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất"),
    ("qd", "Đất đai", "Quy định điều kiện tách thửa, hợp thửa đất trên địa bàn tỉnh Thái Nguyên"),
    ("qd", "Xây dựng – Giao thông", "Ban hành Quy chế quản lý kiến trúc đô thị Thái Nguyên"),
    ("qd", "Xây dựng – Giao thông", "Ban hành đơn giá xây dựng nhà ở, công trình và vật kiến trúc để bồi thường"),
    ("qd", "Xây dựng – Giao thông", "Quy định tải trọng, khổ giới hạn xe trên các tuyến đường tỉnh"),
    ("qd", "Nông nghiệp và Môi trường", "Ban hành Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh"),
    (
        "qd",
        "Nông nghiệp và Môi trường",
        "Quy định mức hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại",
    ),
    ("qd", "Nông nghiệp và Môi trường", "Ban hành Quy chế phối hợp phòng cháy, chữa cháy rừng trên địa bàn tỉnh"),
    ("qd", "Tài chính – Ngân sách", "Quy định giá dịch vụ sử dụng đò, phà trên địa bàn tỉnh Thái Nguyên"),
    ("qd", "Tài chính – Ngân sách", "Ban hành Quy định phân cấp quản lý tài sản công tại cơ quan, đơn vị thuộc tỉnh"),
    ("qd", "Giáo dục – Đào tạo", "Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh Thái Nguyên"),
    ("qd", "Y tế", "Ban hành Quy chế tổ chức và hoạt động của Sở Y tế tỉnh Thái Nguyên"),
    ("qd", "Văn hóa – Du lịch", "Ban hành Quy chế quản lý hoạt động quảng cáo ngoài trời trên địa bàn tỉnh"),
    ("qd", "Công thương", "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Thái Nguyên"),
    ("qd", "Công thương", "Quy định về quản lý chợ và phát triển hệ thống chợ nông thôn"),
    ("qd", "Khoa học – Công nghệ", "Ban hành Quy chế quản lý, vận hành Trung tâm điều hành thông minh tỉnh"),
    ("qd", "Khoa học – Công nghệ", "Ban hành Quy chế bảo đảm an toàn thông tin mạng trong cơ quan nhà nước tỉnh"),
    ("qd", "Nội vụ", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ"),
    ("qd", "Nội vụ", "Ban hành Quy chế công tác văn thư, lưu trữ của cơ quan hành chính nhà nước tỉnh"),
    ("qd", "Lao động – Xã hội", "Quy định mức chuẩn trợ giúp xã hội trên địa bàn tỉnh Thái Nguyên"),
    ("ct", "Nông nghiệp và Môi trường", "Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}"),
    ("ct", "Nông nghiệp và Môi trường", "Về tăng cường quản lý, bảo vệ và phát triển rừng bền vững"),
    ("ct", "Xây dựng – Giao thông", "Về tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán"),
    ("ct", "Giáo dục – Đào tạo", "Về nhiệm vụ trọng tâm năm học {year}–{next} của ngành Giáo dục và Đào tạo"),
    ("ct", "Khoa học – Công nghệ", "Về đẩy mạnh chuyển đổi số, phát triển chính quyền số tỉnh Thái Nguyên"),
    ("ct", "Y tế", "Về tăng cường công tác phòng, chống dịch bệnh mùa hè và sốt xuất huyết"),
    ("ct", "Công thương", "Về tăng cường kiểm soát an toàn thực phẩm dịp cuối năm"),
    ("kh", "Văn hóa – Du lịch", "Tổ chức Festival Trà Thái Nguyên – Việt Nam lần thứ {n}"),
    ("kh", "Lao động – Xã hội", "Triển khai thực hiện chính sách hỗ trợ nhà ở cho người có công với cách mạng"),
    ("kh", "Nội vụ", "Cải cách hành chính nhà nước tỉnh Thái Nguyên năm {year}"),
]

KINDS = {
    "nq": (DocumentType.RESOLUTION, IssuingBody.COUNCIL, "NQ-HĐND", True),
    "qd": (DocumentType.DECISION, IssuingBody.COMMITTEE, "QĐ-UBND", True),
    "ct": (DocumentType.DIRECTIVE, IssuingBody.CHAIRMAN, "CT-UBND", False),
    "kh": (DocumentType.PLAN, IssuingBody.COMMITTEE, "KH-UBND", False),
}

MODEL_KEYS = (
    "number",
    "doc_type",
    "issuing_body",
    "signer",
    "signer_position",
    "issue_date",
    "effective_date",
    "expiry_date",
    "status_override",
    "summary",
)
FIRST_ISSUE = datetime.date(2025, 1, 8)
ISSUE_STEP_DAYS = 18
DOCUMENTS_PER_ISSUE = 4


def _pdf_cache_dir():
    import tempfile

    base = getattr(settings, "GAZETTE_DEMO_PDF_CACHE", "") or Path(tempfile.gettempdir()) / "tnp-gazette-demo-pdfs"
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pdf(heading, paragraphs, footer=""):
    """A generated PDF, from the cache when the same one was made before."""
    key = hashlib.sha256(repr((heading, paragraphs, footer)).encode()).hexdigest()[:32]
    cached = _pdf_cache_dir() / f"{key}.pdf"
    if cached.exists():
        return cached.read_bytes()
    content = make_pdf(heading, paragraphs, footer)
    partial = cached.with_suffix(".tmp")
    partial.write_bytes(content)
    partial.replace(cached)
    return content


def _stored_pdf(title, filename, content):
    existing = get_document_model().objects.filter(title=title).first()
    if existing is not None:
        return existing
    return new_document(title, filename, content)


def _vi_date(day):
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _document_pdf(spec):
    body_name = ISSUING_BODY_NAMES[spec["issuing_body"]].upper().replace(" TỈNH THÁI NGUYÊN", "")
    kind = DOCUMENT_TYPE_NAMES[spec["doc_type"]].upper()
    heading = [
        f"{body_name} TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc",
        f"Số: {spec['number']}",
        f"Thái Nguyên, {_vi_date(spec['issue_date'])}",
        kind,
        spec["summary"],
    ]
    day = spec["issue_date"]
    # The laws of 2025 took effect on 1 March (local government) and 1 April (legal documents).
    government_law = "ngày 19 tháng 02 năm 2025" if day >= datetime.date(2025, 3, 1) else "ngày 19 tháng 6 năm 2015"
    documents_law = "ngày 19 tháng 02 năm 2025" if day >= datetime.date(2025, 4, 1) else "ngày 22 tháng 6 năm 2015"
    local = "các xã, phường" if day >= TWO_LEVELS else "các huyện, thành phố"
    paragraphs = [
        f"Căn cứ Luật Tổ chức chính quyền địa phương {government_law};",
        f"Căn cứ Luật Ban hành văn bản quy phạm pháp luật {documents_law};",
        f"Theo đề nghị của Giám đốc {department(spec['field'], day)} về lĩnh vực {spec['field'].lower()}.",
        f"Điều 1. {spec['summary']}. Phạm vi điều chỉnh và đối tượng áp dụng được quy định chi tiết tại văn bản "
        "kèm theo; các cơ quan, tổ chức, cá nhân có liên quan trên địa bàn tỉnh Thái Nguyên có trách nhiệm "
        "thực hiện.",
        f"Điều 2. Văn bản này có hiệu lực kể từ {_vi_date(spec['effective_date'])}.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy "
        f"ban nhân dân {local} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.",
    ]
    footer = f"{spec['signer_position'].upper()}\n{spec['signer']}"
    return _pdf(heading, paragraphs, footer)


def _issue_dates(today):
    dates = []
    day = FIRST_ISSUE
    while day <= today:
        dates.append(day)
        day += datetime.timedelta(days=ISSUE_STEP_DAYS)
    return dates


def _plan(today):
    """The issues and documents to make, computed the same way every run."""
    rng = random.Random(2026)
    issues, documents = [], []
    counters = {}
    issue_numbers = {}
    for position, published in enumerate(_issue_dates(today)):
        year = published.year
        first = issue_numbers.get(year, 0) + 1
        combined = position % 7 == 6
        last = first + 1 if combined else first
        issue_numbers[year] = last
        number = f"{first:02d}+{last:02d}" if combined else f"{first:02d}"
        issue = {"number": number, "publication_date": published, "documents": []}
        issues.append(issue)
        page = 1
        for _ in range(DOCUMENTS_PER_ISSUE):
            kind, field, summary = rng.choice(TOPICS)
            doc_type, body, symbol, normative = KINDS[kind]
            issue_date = published - datetime.timedelta(days=rng.randint(4, 16))
            counter_key = (issue_date.year if normative else 0, symbol)
            counters[counter_key] = counters.get(counter_key, 0) + rng.randint(1, 3)
            serial = counters[counter_key]
            number = f"{serial:02d}/{issue_date.year}/{symbol}" if normative else f"{serial * 7 + 100}/{symbol}"
            effective = issue_date + datetime.timedelta(days=10) if normative else issue_date
            signer, position_name = rng.choice(SIGNERS[body])
            pages = rng.randint(1, 6)
            spec = {
                "number": number,
                "doc_type": doc_type,
                "issuing_body": body,
                "signer": signer,
                "signer_position": position_name,
                "issue_date": issue_date,
                "effective_date": effective,
                "expiry_date": None,
                "status_override": "",
                "summary": summary.format(year=issue_date.year, next=issue_date.year + 1, n=position // 10 + 1),
                "field": field,
                "page_from": page,
                "page_to": page + pages - 1,
            }
            _end_of_its_year(spec, summary)
            page += pages
            documents.append(spec)
            issue["documents"].append(spec)
        # Plans and directives run for a year, unless their year ends first or a newer one replaces them.
        for spec in issue["documents"]:
            if spec["doc_type"] in (DocumentType.PLAN, DocumentType.DIRECTIVE):
                _expire(spec, spec["effective_date"] + datetime.timedelta(days=365))
    relations = _replacements(documents, rng)
    # What has expired by today has no editor's override left (an amended document, once replaced, is expired).
    for spec in documents:
        if spec["expiry_date"] and spec["expiry_date"] <= today:
            spec["status_override"] = ""
    # Resolutions are guided by a decision of the committee in the same field, when one follows.
    for position, spec in enumerate(documents):
        if spec["doc_type"] == DocumentType.RESOLUTION:
            follower = next(
                (
                    other
                    for other in documents[position + 1 : position + 12]
                    if other["doc_type"] == DocumentType.DECISION and other["field"] == spec["field"]
                ),
                None,
            )
            if follower is not None:
                relations.append((follower["number"], RelationKind.GUIDES, spec["number"]))
    return issues, documents, relations


def _expire(spec, day):
    """`spec` ends on `day` (or earlier, when it already does), and never before the day after it takes effect."""
    day = max(day, spec["effective_date"] + datetime.timedelta(days=1))
    if spec["expiry_date"] is None or day < spec["expiry_date"]:
        spec["expiry_date"] = day


def _end_of_its_year(spec, template):
    """A document of one year ("... năm 2026") ends with that year, of one school year ("năm học 2026–2027") when
    the next school year starts; one taking effect after its year ends takes effect when signed."""
    year = spec["issue_date"].year
    if "{next}" in template:
        end = datetime.date(year + 1, 9, 1)
    elif "{year}" in template:
        end = datetime.date(year + 1, 1, 1)
    else:
        return
    if spec["effective_date"] >= end:
        spec["effective_date"] = spec["issue_date"]
    _expire(spec, end)


def _lower_first(text):
    return text[:1].lower() + text[1:]


def _replacements(documents, rng):
    """The relations between documents of one title, oldest first: a newer one replaces the one in force (which
    expires when the newer takes effect, with the amendments made to it); or, now and then, a resolution or decision
    amends it instead, under its own title ("Sửa đổi, bổ sung một số điều của ..."), and the amended one is partly
    expired. So no two documents of one title are in force together. Returns (source, kind, target) numbers."""
    relations = []
    current = {}  # title -> the document of that title in force
    amendments = {}  # number -> the documents amending it
    for spec in sorted(documents, key=lambda spec: (spec["issue_date"], spec["effective_date"], spec["number"])):
        title = spec["summary"]
        earlier = current.get(title)
        if earlier is None:
            current[title] = spec
            continue
        normative = spec["doc_type"] in (DocumentType.DECISION, DocumentType.RESOLUTION)
        if normative and rng.random() < 0.3 and earlier["number"] not in amendments:  # amended once at most
            kind_name = "Nghị quyết" if earlier["doc_type"] == DocumentType.RESOLUTION else "Quyết định"
            spec["summary"] = (
                f"Sửa đổi, bổ sung một số điều của {kind_name} số {earlier['number']} {_lower_first(title)}"
            )
            relations.append((spec["number"], RelationKind.AMENDS, earlier["number"]))
            earlier["status_override"] = ForceStatus.PARTLY_EXPIRED
            amendments.setdefault(earlier["number"], []).append(spec)
            continue
        relations.append((spec["number"], RelationKind.REPLACES, earlier["number"]))
        for ended in (earlier, *amendments.get(earlier["number"], [])):
            _expire(ended, spec["effective_date"])
        current[title] = spec
    return relations


def _issue_title(spec):
    return f"Công báo số {spec['number']} năm {spec['publication_date'].year}"


def _pdf_title(title):
    return f"{title} (bản ký số)"


def _waiting(today):
    """(number, issue date, summary) of the documents waiting for an issue: one late, one signed yesterday."""
    return [
        ("245/QĐ-UBND", today - datetime.timedelta(days=40), "Phê duyệt Đề án phát triển vùng chè đặc sản giai đoạn 2026–2030"),
        ("318/QĐ-UBND", today - datetime.timedelta(days=1), "Công bố danh mục thủ tục hành chính mới ban hành lĩnh vực đất đai"),
    ]  # fmt: skip


def reset():
    """Remove what `seed` made; `seed_demo --reset` calls it before it deletes the pages.

    The demo's legal documents (with their files, appearances and relations), the signed PDFs of those documents
    and of the demo's issues, and the demo's fields that no document uses any more. The plan of today covers every
    earlier day's (issues are only added after the last), so a demo seeded days ago goes too. Returns the number of
    legal documents deleted.
    """
    today = timezone.localdate()
    issues, documents, _relations = _plan(today)
    numbers = [spec["number"] for spec in documents] + [number for number, _date, _summary in _waiting(today)]
    pdf_titles = [_pdf_title(number) for number in numbers] + [_pdf_title(_issue_title(spec)) for spec in issues]
    demo_documents = LegalDocument.objects.filter(slug__in=[parse_number(number).key for number in numbers])
    deleted = demo_documents.count()
    demo_documents.delete()
    # The PDFs by their titles, as `_stored_pdf` finds them (their files go once the transaction commits).
    get_document_model().objects.filter(title__in=pdf_titles).delete()
    LegalField.objects.filter(name__in=FIELDS, documents__isnull=True).delete()
    return deleted


def _make_document(spec, fields, issue=None):
    existing = LegalDocument.objects.filter(number=spec["number"]).first()
    if existing is not None:
        # After `seed_demo --reset` the issues are new: put the document back into its issue.
        if issue is not None and not existing.appearances.filter(issue=issue).exists():
            DocumentAppearance.objects.create(
                document=existing, issue=issue, page_from=spec["page_from"], page_to=spec["page_to"]
            )
            existing.recompute_published()
        return existing
    content = _document_pdf(spec)
    slug = vietnamese_slugify(spec["number"])
    stored = _stored_pdf(_pdf_title(spec["number"]), f"{slug}.pdf", content)
    document = LegalDocument(**{key: spec[key] for key in MODEL_KEYS})
    document.files = [DocumentFile(file=stored)]
    if issue is not None:
        document.appearances = [DocumentAppearance(issue=issue, page_from=spec["page_from"], page_to=spec["page_to"])]
    document.save()  # extracts the full text from the PDF and publishes it with its issue
    document.fields.set([fields[spec["field"]]])
    document.save()
    return document


def seed(builder):
    home = builder.home()
    index = builder.page(
        home,
        GazetteIndexPage,
        "Công báo",
        slug="cong-bao",
        intro=(
            "Công báo điện tử tỉnh Thái Nguyên đăng tải các văn bản quy phạm pháp luật và văn bản khác của Hội đồng "
            "nhân dân, Ủy ban nhân dân tỉnh. Văn bản đăng Công báo là văn bản chính thức, có giá trị như bản gốc."
        ),
        search_description="Công báo điện tử tỉnh Thái Nguyên: tra cứu văn bản quy phạm pháp luật của HĐND, UBND tỉnh.",
    )
    builder.add_to_menu("main", index, 40)
    fields = {name: LegalField.objects.get_or_create(name=name)[0] for name in FIELDS}
    today = timezone.localdate()
    issues, documents, relations = _plan(today)
    made_documents = LegalDocument.objects.count()
    for spec in issues:
        title = _issue_title(spec)
        slug = vietnamese_slugify(f"so {spec['number']} nam {spec['publication_date'].year}")
        issue = index.get_children().filter(slug=slug).first()
        if issue is None:
            toc = [f"{d['number']} – {d['summary']} (trang {d['page_from']})" for d in spec["documents"]]
            pdf = _pdf(["CÔNG BÁO TỈNH THÁI NGUYÊN", title, _vi_date(spec["publication_date"])], toc)
            issue_pdf = _stored_pdf(_pdf_title(title), f"cong-bao-{slug}.pdf", pdf)
            issue = builder.page(
                index,
                GazetteIssuePage,
                title,
                slug=slug,
                number=spec["number"],
                publication_date=spec["publication_date"],
                signed_pdf=issue_pdf,
            )
        else:
            issue = issue.specific
        for document_spec in spec["documents"]:
            _make_document(document_spec, fields, issue)
    by_number = {d.number: d for d in LegalDocument.objects.only("pk", "number")}
    for source, kind, target in relations:
        if source in by_number and target in by_number:
            DocumentRelation.objects.get_or_create(source=by_number[source], kind=kind, target=by_number[target])
    _schedule_examples(builder, index, fields, today)
    _explain_in_the_news(builder)
    created = LegalDocument.objects.count() - made_documents
    if created:
        builder.log(f"  + gazette: {created} legal documents")
    return index


# The gazette explained in the news: the newsroom's plain-language summaries of some documents (the newest of each
# title), and the news demo's articles that explain them (found by their slug: news/demo_articles.py). The news demo
# runs before this one, so the citations are added here, to the live article and its latest revision (published
# again, an article would show as updated).
PLAIN_SUMMARIES = {
    "Ban hành Quy định hạn mức giao đất ở, công nhận quyền sử dụng đất trên địa bàn tỉnh": (
        "<p>Quy định cho biết mỗi hộ gia đình, cá nhân được Nhà nước giao <b>tối đa bao nhiêu mét vuông đất ở</b>, "
        "và diện tích đất ở được công nhận khi cấp giấy chứng nhận (sổ đỏ) cho thửa đất có vườn, ao.</p>"
        "<ul><li>Ở các phường, hạn mức thấp hơn ở các xã vì quỹ đất đô thị có hạn.</li>"
        "<li>Phần diện tích vượt hạn mức vẫn được công nhận, nhưng người dân nộp tiền sử dụng đất cao hơn.</li>"
        "<li>Hồ sơ nộp tại Trung tâm Phục vụ hành chính công của xã, phường nơi có đất.</li></ul>"
    ),
    "Quy định chính sách hỗ trợ phát triển sản phẩm chè đặc sản Tân Cương": (
        "<p>Nghị quyết hỗ trợ người trồng chè và hợp tác xã chè <b>chuyển sang giống chè mới, sản xuất theo tiêu "
        "chuẩn VietGAP, hữu cơ</b> và xây dựng nhãn hiệu chè đặc sản.</p>"
        "<ul><li>Hỗ trợ một phần tiền mua giống khi trồng mới, trồng thay thế chè già cỗi.</li>"
        "<li>Hỗ trợ chi phí chứng nhận VietGAP, hữu cơ và in tem truy xuất nguồn gốc.</li>"
        "<li>Hồ sơ đề nghị hỗ trợ gửi Ủy ban nhân dân xã nơi có vùng chè.</li></ul>"
    ),
    "Quy định chính sách khuyến khích phát triển du lịch cộng đồng tại ATK Định Hóa": (
        "<p>Các hộ dân ở ATK Định Hóa mở homestay, dịch vụ ẩm thực, trải nghiệm làm chè, dệt thổ cẩm được "
        "<b>hỗ trợ một lần</b> để sửa nhà, làm nhà vệ sinh đạt chuẩn và được tập huấn miễn phí về làm du lịch.</p>"
    ),
    "Ban hành Quy chế quản lý, vận hành Trung tâm điều hành thông minh tỉnh": (
        "<p>Quy chế nói rõ cơ quan nào vận hành Trung tâm điều hành thông minh, dữ liệu camera và phản ánh của "
        "người dân được dùng vào việc gì, ai được xem và <b>phản ánh qua ứng dụng phải được trả lời trong bao "
        "lâu</b>.</p>"
    ),
}
# (article title, [summaries of the documents it explains, the newest document of each]).
EXPLAINED_IN_THE_NEWS = [
    ("Xuất khẩu chè Thái Nguyên đạt kỷ lục", ["Quy định chính sách hỗ trợ phát triển sản phẩm chè đặc sản Tân Cương"]),
    (
        "Thái Nguyên phát triển du lịch cộng đồng",
        ["Quy định chính sách khuyến khích phát triển du lịch cộng đồng tại ATK Định Hóa"],
    ),
    (
        "Trung tâm điều hành thông minh tỉnh kết nối 1.500 camera",
        ["Ban hành Quy chế quản lý, vận hành Trung tâm điều hành thông minh tỉnh"],
    ),
    (
        "UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2027",
        [
            "Về đẩy mạnh chuyển đổi số, phát triển chính quyền số tỉnh Thái Nguyên",
            "Ban hành Quy chế bảo đảm an toàn thông tin mạng trong cơ quan nhà nước tỉnh",
        ],
    ),
    (
        "Ra quân bảo đảm trật tự an toàn giao thông cuối năm",
        ["Về tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán"],
    ),
    (
        "Tỉnh Thái Nguyên tổng kết công tác phòng, chống thiên tai",
        ["Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm"],
    ),
]


def _newest_document(summary_start):
    return (
        LegalDocument.objects.published()
        .filter(summary__startswith=summary_start)
        .order_by("-issue_date", "-number_value")
        .first()
    )


def _explain_in_the_news(builder):
    """Plain-language summaries for some documents, and the articles citing them (each made once)."""
    for summary_start, text in PLAIN_SUMMARIES.items():
        document = _newest_document(summary_start)
        if document is not None and not document.plain_summary:
            document.plain_summary = text
            document.save()
    cited = 0
    for title, summaries in EXPLAINED_IN_THE_NEWS:
        page = Page.objects.filter(slug=vietnamese_slugify(title), locale__language_code="vi", live=True).first()
        if page is None or DocumentCitation.objects.filter(page=page).exists():
            continue
        documents = [document for document in map(_newest_document, summaries) if document is not None]
        # The same documents in every language, as wagtail-localize synchronises them (the news demo made the
        # English article before this demo runs).
        for edition in Page.objects.filter(translation_key=page.translation_key).order_by("pk"):
            _cite(edition, documents)
        cited += len(documents)
    if cited:
        builder.log(f"  + gazette: {cited} documents cited by news articles")


def _cite(page, documents):
    """`page` cites `documents`: the live page, and its latest revision, so that the next edit keeps them."""
    citations = [
        DocumentCitation.objects.create(page=page, document=document, sort_order=order)
        for order, document in enumerate(documents)
    ]
    revision = page.latest_revision
    if citations and revision is not None:
        revision.content["cited_documents"] = [get_serializable_data_for_fields(c) for c in citations]
        revision.save(update_fields=["content"])


def _schedule_examples(builder, index, fields, today):
    """Next week's issue, scheduled; a document waiting past its deadline; one signed yesterday."""
    next_date = today + datetime.timedelta(days=7 - today.weekday() % 7 or 7)
    slug = vietnamese_slugify(f"ky toi {next_date.isoformat()}")
    if not GazetteIssuePage.objects.filter(live=False, publication_date__gt=today).exists():
        number = f"{GazetteIssuePage.objects.filter(publication_date__year=next_date.year).count() + 30:02d}"
        issue = GazetteIssuePage(
            title=f"Công báo số {number} năm {next_date.year}",
            slug=slug,
            number=number,
            publication_date=next_date,
            due_date=next_date,
            live=False,
        )
        index.add_child(instance=issue)
        issue.go_live_at = timezone.make_aware(datetime.datetime.combine(next_date, datetime.time(7, 0)))
        issue.save_revision().publish()  # scheduled: publish_scheduled makes it live on the day
        builder.log(f"  + scheduled gazette issue: {issue.title}")
    for number, issue_date, summary in _waiting(today):
        spec = {
            "number": number,
            "doc_type": DocumentType.DECISION,
            "issuing_body": IssuingBody.CHAIRMAN,
            "signer": demo_people.CHAIRMAN[0],
            "signer_position": demo_people.CHAIRMAN[1],
            "issue_date": issue_date,
            "effective_date": issue_date,
            "expiry_date": None,
            "status_override": "",
            "summary": summary,
            "field": "Nông nghiệp và Môi trường" if "chè" in summary else "Đất đai",
        }
        _make_document(spec, fields)
