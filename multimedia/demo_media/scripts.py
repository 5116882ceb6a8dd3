"""What the demo's voices say: the texts from which ``tools/make_demo_media.py`` synthesises the demo's speech.

Each recording is a list of sentences, synthesised one by one (so a video's caption cues take each sentence's
measured length); a transcript is exactly these sentences. Videos are cut into slides (a heading drawn on a still
frame, shown while its sentences are spoken) and carry an English translation of every sentence, for the English
captions track. People and places come from :mod:`thainguyen_portal.core.demos.people`.

Numbers are written as espeak-ng reads them in Vietnamese (it reads digits in words); acronyms and foreign words,
which it would spell letter by letter, are avoided. Change a text, then rerun the generator and commit its output.
"""

VIDEOS = [
    {
        "name": "video-mua-che-xuan-tan-cuong",
        "title": "Video: Mùa chè xuân ở Tân Cương",
        "summary": "Những ngày đầu vụ chè xuân ở xã Tân Cương: hái chè, sao chè và câu chuyện của vùng chè.",
        "subject": "tea_hills",
        "slides": [
            {
                "heading": "Mùa chè xuân ở Tân Cương",
                "colour": "#2f6b3a",
                "sentences": [
                    (
                        "Tháng Ba, những đồi chè ở xã Tân Cương, tỉnh Thái Nguyên, bước vào vụ chè xuân.",
                        "In March, the tea hills of Tan Cuong commune, Thai Nguyen province, enter the spring season.",
                    ),
                    (
                        "Từ sáng sớm, người làm chè đã có mặt trên đồi, khi sương còn đọng trên lá.",
                        "From early morning the growers are on the hills, while the dew still lies on the leaves.",
                    ),
                ],
            },
            {
                "heading": "Một tôm hai lá",
                "colour": "#4f7d2a",
                "sentences": [
                    (
                        "Chè ngon phải hái đúng một tôm hai lá, tức là búp non chưa nở và hai lá non ngay dưới.",
                        "Good tea is picked as one bud and two leaves: the unopened bud and the two young leaves "
                        "just below it.",
                    ),
                    (
                        "Búp chè hái xong được đưa về nhà ngay, không để quá nửa ngày.",
                        "The picked buds are taken home at once, never left for more than half a day.",
                    ),
                ],
            },
            {
                "heading": "Sao chè trên bếp củi",
                "colour": "#8a4b1f",
                "sentences": [
                    (
                        "Chè được làm héo, vò nhẹ, rồi sao trong chảo gang trên bếp củi.",
                        "The tea is withered, gently rolled, then roasted in a cast-iron pan over a wood fire.",
                    ),
                    (
                        "Người sao chè giữ lửa đều tay, đảo liên tục để búp chè săn lại và lên hương cốm.",
                        "The roaster keeps the fire steady and stirs without stopping, so the buds curl tight and "
                        "take on the scent of young rice.",
                    ),
                    (
                        "Khoảng bốn cân rưỡi búp tươi mới làm được một cân chè khô.",
                        "About four and a half kilograms of fresh buds make one kilogram of dried tea.",
                    ),
                ],
            },
            {
                "heading": "Vùng chè an toàn",
                "colour": "#1f5f6b",
                "sentences": [
                    (
                        "Toàn tỉnh hiện có hơn hai mươi hai nghìn héc ta chè.",
                        "The province now has more than twenty-two thousand hectares of tea.",
                    ),
                    (
                        "Nhiều hợp tác xã trồng chè theo tiêu chuẩn an toàn và hữu cơ, ghi nhật ký sản xuất hằng ngày.",
                        "Many cooperatives grow tea to safe and organic standards and keep a daily production log.",
                    ),
                    (
                        "Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo cho biết, tỉnh tiếp tục hỗ trợ nông dân "
                        "lắp đặt hệ thống tưới tiết kiệm nước.",
                        "Dang Quoc Bao, Vice Chairman of the Provincial People's Committee, said the province will "
                        "keep helping farmers install water-saving irrigation.",
                    ),
                ],
            },
            {
                "heading": "Đệ nhất danh trà",
                "colour": "#5a3a6b",
                "sentences": [
                    (
                        "Chè Tân Cương được bảo hộ chỉ dẫn địa lý từ năm 2007.",
                        "Tan Cuong tea has been protected by a geographical indication since 2007.",
                    ),
                    (
                        "Hôm nay, đệ nhất danh trà là sinh kế của hàng chục nghìn hộ dân và là niềm tự hào của "
                        "Thái Nguyên.",
                        "Today this first among famous teas is the livelihood of tens of thousands of households and "
                        "the pride of Thai Nguyen.",
                    ),
                    (
                        "Mời bạn về Tân Cương vào mùa chè, hái chè, sao chè và thưởng trà cùng người dân.",
                        "Come to Tan Cuong in the tea season to pick and roast tea and share a cup with the people "
                        "who grow it.",
                    ),
                ],
            },
        ],
    },
    {
        "name": "video-ho-nui-coc",
        "title": "Video: Hồ Núi Cốc – viên ngọc xanh",
        "summary": "Hồ Núi Cốc, điểm du lịch sinh thái của tỉnh: mặt nước, những hòn đảo và truyền thuyết.",
        "subject": "lake",
        "slides": [
            {
                "heading": "Hồ Núi Cốc",
                "colour": "#1d4e89",
                "sentences": [
                    (
                        "Hồ Núi Cốc nằm cách trung tâm tỉnh Thái Nguyên khoảng hai mươi cây số về phía tây.",
                        "Nui Coc Lake lies about twenty kilometres west of the centre of Thai Nguyen province.",
                    ),
                    (
                        "Hồ được xây dựng từ năm 1972, để đưa nước về tưới cho hàng nghìn héc ta đồng ruộng.",
                        "The lake was built from 1972 to bring water to thousands of hectares of fields.",
                    ),
                    (
                        "Truyền thuyết kể về chàng Cốc và nàng Công, mối tình đã hóa thành núi và sông.",
                        "A legend tells of young Coc and maiden Cong, whose love became a mountain and a river.",
                    ),
                ],
            },
            {
                "heading": "Mặt nước và những hòn đảo",
                "colour": "#23707a",
                "sentences": [
                    (
                        "Mặt hồ rộng khoảng hai mươi lăm cây số vuông, với 89 hòn đảo lớn nhỏ.",
                        "The lake covers about twenty-five square kilometres, with 89 islands large and small.",
                    ),
                    (
                        "Buổi sớm, sương mỏng phủ trên mặt nước phẳng lặng.",
                        "In the early morning a thin mist lies over the still water.",
                    ),
                    (
                        "Phía tây là dãy núi Tam Đảo, chiều chiều mây phủ kín đỉnh núi.",
                        "To the west rises the Tam Dao range, its peaks wrapped in cloud in the late afternoon.",
                    ),
                ],
            },
            {
                "heading": "Du lịch sinh thái",
                "colour": "#3b6b2f",
                "sentences": [
                    (
                        "Du khách đi thuyền thăm đảo, nghỉ trong những nhà gỗ bên rừng thông và thưởng trà bên hồ.",
                        "Visitors take boats to the islands, stay in wooden houses by the pine forest and drink tea "
                        "by the water.",
                    ),
                    (
                        "Mỗi năm, khu du lịch đón hàng trăm nghìn lượt khách.",
                        "Each year the resort welcomes hundreds of thousands of visitors.",
                    ),
                    (
                        "Mùa hè, bãi tắm ven hồ và những lễ hội trên nước thu hút đông đảo thanh niên.",
                        "In summer the lakeside beach and the festivals on the water draw crowds of young people.",
                    ),
                ],
            },
            {
                "heading": "Giữ hồ xanh",
                "colour": "#2a5d4a",
                "sentences": [
                    (
                        "Sở Nông nghiệp và Môi trường cùng người dân ven hồ trồng rừng phòng hộ và giữ nguồn nước sạch.",
                        "The Department of Agriculture and Environment and the lakeside villagers plant protective "
                        "forest and keep the water clean.",
                    ),
                    (
                        "Quanh hồ, các xã trồng chè và cây ăn quả theo hướng sinh thái.",
                        "Around the lake the communes grow tea and fruit trees the ecological way.",
                    ),
                    (
                        "Hồ Núi Cốc vẫn là viên ngọc xanh của Thái Nguyên, hôm nay và mai sau.",
                        "Nui Coc Lake remains the green jewel of Thai Nguyen, today and for years to come.",
                    ),
                ],
            },
        ],
    },
]

EPISODES = [
    {
        "name": "chuyen-tra-tap-1",
        "title": "Chuyện trà – tập 1",
        "episode_title": "Người giữ nghề sao chè",
        "notes": "Trò chuyện với một nghệ nhân sao chè ở xóm Hồng Thái, xã Tân Cương, về cách giữ lửa, giữ hương.",
        "sentences": [
            "Xin chào quý thính giả, đây là Chuyện trà, chương trình của Cổng Thông tin điện tử tỉnh Thái Nguyên.",
            "Hôm nay chúng tôi về xóm Hồng Thái, xã Tân Cương, gặp một nghệ nhân đã sao chè hơn bốn mươi năm.",
            "Ông kể, ngày trước cả xóm sao chè bằng tay, trong chảo gang đặt trên bếp củi.",
            "Lửa to thì chè cháy, lửa nhỏ thì chè không lên hương.",
            "Muốn có mẻ chè ngon, người sao phải ngồi bên chảo suốt hai tiếng, tay không ngừng đảo.",
            "Bây giờ nhiều nhà đã dùng tôn quay chạy điện, nhưng khâu lên hương cuối cùng ông vẫn làm bằng tay.",
            "Ông nói, máy móc đỡ cho người làm chè sự vất vả, còn hương vị thì phải nhờ kinh nghiệm.",
            "Con trai và con dâu của ông đã theo nghề, và mở một lớp nhỏ dạy sao chè cho thanh niên trong xóm.",
            "Mỗi mùa chè, khách du lịch cũng tìm đến, xem và tự tay sao một mẻ chè nhỏ.",
            "Ông bảo, chè ngon không chỉ nhờ đất, nhờ giống, mà nhờ cả cái tâm của người làm chè.",
            "Ông mong lớp trẻ giữ được nghề, để hương chè Tân Cương còn mãi.",
            "Cảm ơn quý thính giả đã lắng nghe. Hẹn gặp lại trong tập sau của Chuyện trà.",
        ],
    },
    {
        "name": "chuyen-tra-tap-2",
        "title": "Chuyện trà – tập 2",
        "episode_title": "Chè và du lịch cộng đồng",
        "notes": "Những nhà sàn đón khách ở xã La Bằng và câu chuyện làm du lịch từ đồi chè.",
        "sentences": [
            "Xin chào quý thính giả, đây là Chuyện trà.",
            "Du lịch cộng đồng đang mở ra hướng đi mới cho người làm chè Thái Nguyên.",
            "Ở xã La Bằng, dưới chân dãy núi Tam Đảo, nhiều gia đình đã sửa sang nhà sàn để đón khách nghỉ qua đêm.",
            "Buổi sáng, khách theo chủ nhà lên đồi hái chè.",
            "Buổi chiều, khách học cách vò chè, sao chè, rồi pha một ấm trà từ chính búp chè mình hái.",
            "Ở xã Tân Cương và xã Đại Phúc, các hợp tác xã mở phòng trưng bày, giới thiệu chè đặc sản của địa phương.",
            "Sở Văn hóa, Thể thao và Du lịch hướng dẫn các hộ làm du lịch giữ vệ sinh, niêm yết giá và giữ nếp sinh "
            "hoạt truyền thống.",
            "Một chủ nhà ở La Bằng cho biết, thu nhập từ du lịch nay đã bằng một phần ba thu nhập từ chè.",
            "Quan trọng hơn, con cháu không còn phải đi làm ăn xa.",
            "Những người trẻ trong xã lập trang giới thiệu trên mạng, nhận đặt phòng và dẫn khách đi tham quan.",
            "Mùa chè năm nay, La Bằng đón nhiều đoàn khách từ Hà Nội và các tỉnh lân cận.",
            "Cảm ơn quý thính giả đã lắng nghe Chuyện trà. Hẹn gặp lại vào tháng sau.",
        ],
    },
]

STORY_NARRATION = {
    "name": "loi-ke-mot-buoi-sao-che",
    "title": "Lời kể: một buổi sao chè ở Tân Cương",
    "caption": "Lời kể về một buổi sao chè ở xóm Hồng Thái, xã Tân Cương.",
    "sentences": [
        "Bốn giờ sáng, bếp củi trong nhà đã đỏ lửa.",
        "Chảo gang được lau sạch, hơ nóng cho đến khi nhỏ một giọt nước vào là bốc hơi ngay.",
        "Búp chè hái chiều hôm trước đã được làm héo, mềm như lụa.",
        "Người sao chè thả từng nắm chè vào chảo, hai tay đảo đều, nhấc lên, thả xuống.",
        "Chè reo lách tách, hơi nước bốc lên thơm mùi lá non.",
        "Sau chừng hai mươi phút, chè được đổ ra nia để vò, cho búp săn lại và xoăn đều.",
        "Rồi chè lại vào chảo, lửa nhỏ dần, tay đảo chậm hơn.",
        "Đến khi búp chè khô, cánh chè xanh đen, mùi cốm non dậy lên khắp gian nhà, mẻ chè mới xong.",
        "Mỗi mẻ chè như thế kéo dài gần hai tiếng, và một ngày vụ xuân có khi sao tới năm, sáu mẻ.",
        "Khi chè nguội, người ta sàng bỏ vụn, nhặt từng cọng già, rồi cho vào túi kín để giữ hương.",
        "Người trong nghề nói, sao chè là giữ lửa, mà giữ lửa cũng là giữ nghề.",
    ],
}


def video_sentences(video):
    """Every (Vietnamese, English) sentence of a video, in order."""
    return [sentence for slide in video["slides"] for sentence in slide["sentences"]]


def transcript(recording):
    """Exactly what a recording says: its sentences, a paragraph per slide for a video."""
    if "slides" in recording:
        return "\n\n".join(" ".join(vi for vi, _ in slide["sentences"]) for slide in recording["slides"])
    return " ".join(recording["sentences"])
