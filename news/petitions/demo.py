"""Demo content of the petitions: the petitions page under the news index, five answered petitions and the
agencies that answered them, with the agencies' English names.

It runs after the news demo (INSTALLED_APPS order) and puts the petitions page where the news demo used to make it,
right after the leaders' page among the news index's children.
"""

import datetime

from django.utils import timezone

from news.demo import _snippet
from news.models import LeadersPage, NewsIndexPage

from .models import Agency, PetitionField, PetitionIndexPage, PetitionPage, PetitionStatus

AGENCIES_EN = {
    "Sở Xây dựng": "Department of Construction",
    "Sở Nông nghiệp và Môi trường": "Department of Agriculture and Environment",
    "UBND phường Phan Đình Phùng": "Phan Dinh Phung Ward People's Committee",
}

PETITIONS = [
    (
        "Đề nghị sửa chữa đường liên xóm Đồng Kiệm, xã Đại Phúc",
        PetitionField.TRANSPORT,
        "Sở Xây dựng",
        "Đường liên xóm bị xuống cấp, nhiều ổ gà sau mùa mưa, gây nguy hiểm cho học sinh đi học.",
        "UBND xã đã bố trí kinh phí 1,2 tỷ đồng sửa chữa tuyến đường, hoàn thành trước ngày 30/12.",
    ),
    (
        "Phản ánh chậm cấp giấy chứng nhận quyền sử dụng đất",
        PetitionField.LAND,
        "Sở Nông nghiệp và Môi trường",
        "Hồ sơ cấp giấy chứng nhận nộp từ tháng 6 đến nay chưa được giải quyết.",
        "Hồ sơ của ông đã được thẩm định xong; giấy chứng nhận được trả ngày 25/11 tại Bộ phận một cửa.",
    ),
    (
        "Kiến nghị lắp đèn chiếu sáng tổ dân phố số 5",
        PetitionField.TRANSPORT,
        "UBND phường Phan Đình Phùng",
        "Tuyến đường nội tổ dài 500 m chưa có đèn chiếu sáng.",
        "Phường đã lắp 20 bộ đèn LED trên tuyến đường, đưa vào sử dụng từ ngày 15/11.",
    ),
    (
        "Doanh nghiệp kiến nghị rút ngắn thời gian cấp phép xây dựng",
        PetitionField.BUSINESS,
        "Sở Xây dựng",
        "Thời gian cấp phép xây dựng nhà xưởng còn kéo dài so với quy định.",
        "Sở Xây dựng đã rút ngắn thời gian giải quyết còn 10 ngày làm việc và tiếp nhận hồ sơ trực tuyến.",
    ),
    (
        "Phản ánh ô nhiễm tiếng ồn từ cơ sở sản xuất",
        PetitionField.LAND,
        "Sở Nông nghiệp và Môi trường",
        "Cơ sở sản xuất hoạt động ban đêm gây tiếng ồn ảnh hưởng đến khu dân cư.",
        "Đoàn kiểm tra đã xử phạt vi phạm hành chính và yêu cầu cơ sở không hoạt động từ 22 giờ đến 6 giờ.",
    ),
]


def seed(builder):
    index = NewsIndexPage.objects.filter(locale__language_code="vi").order_by("path").first()
    if index is None:
        builder.log("  ! no news index: the petitions demo needs the news demo (seed_demo --only news petitions)")
        return None
    petitions_page = builder.page(
        index,
        PetitionIndexPage,
        "Phản ánh – Kiến nghị",
        intro="Phản ánh, kiến nghị của người dân, doanh nghiệp và trả lời của cơ quan có thẩm quyền.",
    )
    leaders_page = LeadersPage.objects.child_of(index).first()
    previous = petitions_page.get_prev_sibling()
    if leaders_page is not None and (previous is None or previous.pk != leaders_page.pk):
        # Where the news demo made it (right after the leaders' page), as the menus and the admin list it.
        petitions_page.move(leaders_page, pos="right")
        petitions_page.refresh_from_db()
    received = timezone.localdate()
    for position, (title, field, agency_name, content, answer) in enumerate(PETITIONS):
        agency = _snippet(Agency, {"name": agency_name})
        builder.page(
            petitions_page,
            PetitionPage,
            title,
            sender_kind=PetitionPage.SenderKind.BUSINESS
            if field == PetitionField.BUSINESS
            else PetitionPage.SenderKind.CITIZEN,
            sender_name="Nguyễn Văn An",
            show_sender_name=False,
            received_date=received - datetime.timedelta(days=20 + position * 3),
            field=field,
            content=content,
            agency=agency,
            status=PetitionStatus.ANSWERED,
            answer=f"<p>{answer}</p>",
            answer_date=received - datetime.timedelta(days=position * 2),
            answering_agency=agency,
        )
    for name, english in AGENCIES_EN.items():
        agency = Agency.objects.filter(name=name, locale__language_code="vi").first()
        if agency is not None:
            builder.translation(agency, "en", name=english)
    return petitions_page
