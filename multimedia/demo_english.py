"""The English edition of the multimedia area's demo (its ``english_demo`` in area.py): a layered story written in
both languages, translated through wagtail-localize."""

from thainguyen_portal.translation.demo_tools import Texts, publish_and_translate

from .models import LayeredStoryPage, MultimediaIndexPage


def _story(builder, vi_home):
    Hub, Story = MultimediaIndexPage, LayeredStoryPage
    hub = Hub.objects.child_of(vi_home).first()
    if hub is None or not hub.get_translations().filter(locale=builder.locale("en")).exists():
        return None
    t = Texts()
    cover = builder.image(
        "Hồ Núi Cốc buổi chiều", "Minh họa: mặt hồ giữa những dãy núi, gợi hồ Núi Cốc lúc chiều muộn", subject="lake"
    )
    chapter = {
        "title": t("Từ công trình thủy lợi đến điểm du lịch", "From irrigation scheme to holiday destination"),
        "body": [
            (
                "paragraph",
                t.rich(
                    (
                        "Hồ Núi Cốc được xây dựng từ năm 1972 để cung cấp nước tưới cho hàng nghìn ha đồng ruộng.",
                        "Nui Coc Lake was built in 1972 to irrigate thousands of hectares of farmland.",
                    ),
                    (
                        "Ngày nay, khu du lịch quanh hồ đón hàng trăm nghìn lượt khách mỗi năm.",
                        "Today the resort around the lake welcomes hundreds of thousands of visitors a year.",
                    ),
                ),
            )
        ],
        "deeper": [],
    }
    return publish_and_translate(
        builder,
        hub,
        Story,
        {
            "title": t("Hồ Núi Cốc: nửa thế kỷ một huyền thoại", "Nui Coc Lake: half a century of a legend"),
            "summary": t(
                "Câu chuyện về hồ nước nhân tạo lớn nhất Thái Nguyên và truyền thuyết nàng Công, chàng Cốc.",
                "The story of Thai Nguyen's largest man-made lake and the legend of the lovers Cong and Coc.",
            ),
            "cover_image": cover,
            "standfirst": t(
                "Từ một công trình thủy lợi, hồ Núi Cốc đã trở thành biểu tượng du lịch của Thái Nguyên.",
                "Built to water the fields, Nui Coc Lake has become a symbol of tourism in Thai Nguyen.",
            ),
            "key_points": [
                (
                    "point",
                    t("Mặt hồ rộng khoảng 25 km² với 89 hòn đảo.", "The lake covers about 25 km² and has 89 islands."),
                ),
                (
                    "point",
                    t("Hồ gắn với truyền thuyết nàng Công, chàng Cốc.", "It is tied to the legend of Cong and Coc."),
                ),
                (
                    "point",
                    t(
                        "Khu du lịch Hồ Núi Cốc là khu du lịch quốc gia.",
                        "The Nui Coc Lake resort is a national tourist area.",
                    ),
                ),
            ],
            "chapters": [("chapter", chapter)],
        },
        t,
        "nui-coc-lake-half-a-century-of-a-legend",
    )


def seed(builder, edition):
    _story(builder, edition.vi_home)
