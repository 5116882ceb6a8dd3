"""The English edition of the Trà Việt demo (its ``english_demo`` in area.py): an article of the newest translated
issue, written in both languages, and the magazine's section of the English home page."""

from wagtail.models import Page

from thainguyen_portal.translation.demo_tools import Texts, publish_and_translate

from .models import MagazineArticlePage, MagazineIndexPage, MagazineIssuePage


def _magazine_article(builder, vi_home):
    Index, Issue, Article = MagazineIndexPage, MagazineIssuePage, MagazineArticlePage
    index = Index.objects.child_of(vi_home).first()
    issue = None
    if index is not None:
        for candidate in Issue.objects.child_of(index).order_by("-number"):
            if candidate.get_translations().filter(locale=builder.locale("en")).exists():
                issue = candidate
                break
    if issue is None:
        return None
    t = Texts()
    return publish_and_translate(
        builder,
        issue,
        Article,
        {
            "title": t("Người giữ nghề sao chè bằng tay", "Keeping hand-roasted tea alive"),
            "authors": "Minh Hằng",
            "lead": t(
                "Giữa thời máy móc, nhiều gia đình ở Tân Cương vẫn sao chè bằng chảo gang trên bếp củi.",
                "In an age of machines, many families in Tan Cuong still roast their tea in cast-iron pans over a "
                "wood fire.",
            ),
            "body": t.body(
                (
                    "Nghệ nhân Nguyễn Thị Hòa cho biết sao chè bằng tay giữ được hương cốm và màu nước xanh vàng sánh.",
                    "Master tea maker Nguyen Thi Hoa says hand roasting keeps the tea's young-rice aroma and its "
                    "clear yellow-green liquor.",
                ),
                (
                    "Những mẻ chè ngon nhất được bán cho khách quen và làm quà biếu trong dịp Tết.",
                    "The best batches go to regular customers and are given as gifts at Tet.",
                ),
            ),
        },
        t,
        "keeping-hand-roasted-tea-alive",
    )


def seed(builder, edition):
    _magazine_article(builder, edition.vi_home)
    index = Page.objects.child_of(edition.vi_home).type(MagazineIndexPage).first()
    english = index.get_translation_or_none(builder.locale("en")) if index is not None else None
    image = builder.image(
        "Minh họa: đồi chè La Bằng",
        "Minh họa: đồi chè xếp tầng dưới bầu trời, gợi vùng chè xã La Bằng",
        subject="tea_hills",
    )
    edition.feature(
        40,
        english,
        "Tea: the Trà Việt Magazine",
        "Viet Nam's finest tea, its growers, brands and culture, in the province's tea magazine.",
        image,
    )
