"""Demo ratings (seed_demo, after the areas and the English edition): readers' votes and comments on a few pages,
the same every run (the demo's own rows are replaced; their fingerprints start with "demo")."""

import datetime

from django.utils import timezone
from wagtail.models import Page

from thainguyen_portal.core.areas import DEMO_ORDER_LAST

from .models import Rating

ORDER = DEMO_ORDER_LAST  # after every page, the English edition's included

PREFIX = "demo"
# (useful, reason, comment) per vote, handed out to the pages in turn.
VOTES = [
    (True, "clear", "Bài viết rõ ràng, có đủ số điện thoại đường dây nóng để liên hệ."),
    (True, "", ""),
    (True, "timely", "Cảm ơn Cổng đã cập nhật thông tin kịp thời."),
    (False, "outdated", "Lịch tiếp công dân trong bài là của tháng trước, đề nghị cập nhật lại."),
    (True, "complete", ""),
    (False, "unclear", "Nhiều thuật ngữ hành chính, người dân khó hiểu; nên có phần hướng dẫn ngắn gọn."),
    (True, "", ""),
    (False, "incomplete", "Chưa ghi rõ hồ sơ cần chuẩn bị và thời hạn giải quyết."),
    (True, "clear", ""),
    (False, "wrong", "Địa chỉ Bộ phận một cửa ghi sai số nhà, đúng ra là số 1 đường Hoàng Văn Thụ."),
    (True, "", "Thông tin hữu ích cho bà con vùng chè."),
    (False, "other", ""),
]
PAGES = 6


def demo_pages():
    """A few Vietnamese content pages, the same every run: the first live pages below the sections, by tree order."""
    return list(
        Page.objects.live()
        .public()
        .filter(depth__gte=4, locale__language_code="vi")
        .select_related("locale")
        .order_by("path")[:PAGES]
    )


def seed(builder):
    Rating.objects.filter(fingerprint__startswith=PREFIX).delete()
    today = timezone.localdate()
    rows = []
    for page_number, page in enumerate(demo_pages()):
        for vote_number in range(4 + page_number % 3):
            useful, reason, comment = VOTES[(page_number * 5 + vote_number) % len(VOTES)]
            day = today - datetime.timedelta(days=(page_number * 7 + vote_number * 11) % 60)
            rows.append(
                Rating(
                    page=page,
                    day=day,
                    fingerprint=f"{PREFIX}-{page_number:03d}-{vote_number:03d}",
                    useful=useful,
                    reason=reason,
                    comment=comment,
                    language=page.locale.language_code,
                    created_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, vote_number))),
                )
            )
    Rating.objects.bulk_create(rows)
    builder.log(f"Reader ratings: {len(rows)} votes on {len({row.page_id for row in rows})} pages.")


def reset():
    Rating.objects.filter(fingerprint__startswith=PREFIX).delete()
