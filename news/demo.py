"""Demo content of the news area: sections, about sixty articles of every kind, leaders, press coverage over three
days and its daily digest, spokesperson statements and the spokesperson's page, this week's work calendar of the
leaders, answered petitions, and a few English translations (pages and snippets)."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from thainguyen_portal.core.text import vietnamese_slugify

from .models import (
    Agency,
    ArticlePage,
    CalendarEntry,
    Leader,
    LeadersPage,
    NewsIndexPage,
    Outlet,
    PetitionField,
    PetitionIndexPage,
    PetitionPage,
    PetitionStatus,
    PressDigestPage,
    SectionPage,
    Spokesperson,
    SpokespersonPage,
    WorkCalendarPage,
)

SECTIONS = [
    ("thoi-su", "Thời sự", "Tin tức thời sự nổi bật trong tỉnh Thái Nguyên.", None),
    ("chi-dao", "Chỉ đạo – Điều hành", "Hoạt động chỉ đạo, điều hành của Tỉnh ủy, HĐND và UBND tỉnh.", None),
    ("phat-ngon", "Phát ngôn báo chí", "Phát ngôn và cung cấp thông tin cho báo chí của UBND tỉnh.", None),
    ("kinh-te", "Kinh tế", "Công nghiệp, nông nghiệp, thương mại và đầu tư ở Thái Nguyên.", None),
    ("chuyen-doi-so", "Chuyển đổi số", "Chính quyền số, kinh tế số và xã hội số.", "kinh-te"),
    ("van-hoa", "Văn hóa – Xã hội", "Giáo dục, y tế, văn hóa và an sinh xã hội.", None),
    ("du-lich", "Du lịch", "Điểm đến, lễ hội và sản phẩm du lịch Thái Nguyên.", None),
    ("bao-chi", "Thông tin báo chí về Thái Nguyên", "Báo chí trong nước và quốc tế viết về Thái Nguyên.", None),
]

SECTIONS_EN = {
    "thoi-su": ("Current affairs", "current-affairs"),
    "kinh-te": ("Economy", "economy"),
    "du-lich": ("Tourism", "tourism"),
}

IMAGES = [
    ("Đồi chè Tân Cương buổi sớm", "Đồi chè Tân Cương trong sương sớm"),
    ("Hồ Núi Cốc nhìn từ trên cao", "Mặt hồ Núi Cốc xanh biếc giữa đồi núi"),
    ("Khu công nghiệp Yên Bình", "Nhà xưởng trong Khu công nghiệp Yên Bình"),
    ("Hội nghị UBND tỉnh Thái Nguyên", "Toàn cảnh hội nghị tại trụ sở UBND tỉnh"),
    ("Trung tâm điều hành thông minh", "Cán bộ làm việc tại Trung tâm điều hành thông minh tỉnh"),
    ("Lễ hội Trà Thái Nguyên", "Du khách thưởng trà tại lễ hội"),
    ("Thu hoạch lúa ở Phú Bình", "Nông dân Phú Bình thu hoạch lúa"),
    ("Trường học vùng cao Võ Nhai", "Học sinh vùng cao trong giờ học"),
]

# (title, sapo, tags) per section; bodies are built from the sapo and the section's paragraphs.
ARTICLES = {
    "thoi-su": [
        (
            "Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư năm 2026",
            "Hơn 300 nhà đầu tư trong và ngoài nước tham dự hội nghị, nhiều biên bản ghi nhớ được trao.",
            ["Đầu tư"],
        ),
        (
            "Khánh thành cầu Bến Oánh nối đôi bờ sông Cầu",
            "Cây cầu dài 450 m rút ngắn quãng đường từ trung tâm tỉnh đi các xã phía Nam.",
            ["Giao thông"],
        ),
        (
            "Tỉnh Thái Nguyên tổng kết công tác phòng, chống thiên tai",
            "Năm 2026, thiệt hại do mưa lũ giảm mạnh nhờ chủ động phương án ứng phó.",
            ["Thiên tai"],
        ),
        (
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5",
            "Hội nghị thảo luận, cho ý kiến về tình hình kinh tế – xã hội và nhiệm vụ năm tới.",
            [],
        ),
        (
            "Ra quân bảo đảm trật tự an toàn giao thông cuối năm",
            "Lực lượng công an toàn tỉnh tăng cường tuần tra, kiểm soát trên các tuyến trọng điểm.",
            ["Giao thông"],
        ),
        (
            "Thái Nguyên đón đoàn công tác của tỉnh Gyeonggi, Hàn Quốc",
            "Hai bên trao đổi về hợp tác đào tạo nghề, nông nghiệp công nghệ cao.",
            ["Đối ngoại"],
        ),
        (
            "Kỳ họp thứ 8 HĐND tỉnh khóa XIV thông qua 25 nghị quyết",
            "Các nghị quyết tập trung vào đầu tư công, an sinh xã hội và phát triển đô thị.",
            [],
        ),
        (
            "Hoàn thành sáp nhập đơn vị hành chính cấp xã",
            "Bộ máy chính quyền các xã, phường mới đi vào hoạt động ổn định.",
            ["Cải cách hành chính"],
        ),
        (
            "Trao nhà Đại đoàn kết cho hộ nghèo huyện Định Hóa",
            "Ủy ban MTTQ tỉnh trao 50 ngôi nhà cho các hộ khó khăn về nhà ở.",
            ["An sinh xã hội"],
        ),
        (
            "Thái Nguyên diễn tập khu vực phòng thủ năm 2026",
            "Cuộc diễn tập bảo đảm an toàn tuyệt đối, đạt mục đích, yêu cầu đề ra.",
            [],
        ),
        (
            "Khởi công tuyến đường liên kết vùng Thái Nguyên – Bắc Giang",
            "Tuyến đường dài 22 km, tổng mức đầu tư hơn 1.900 tỷ đồng.",
            ["Giao thông", "Đầu tư"],
        ),
        (
            "Gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam",
            "Lãnh đạo tỉnh lắng nghe, tháo gỡ khó khăn cho cộng đồng doanh nghiệp.",
            ["Doanh nghiệp"],
        ),
    ],
    "chi-dao": [
        (
            "Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công",
            "Các chủ đầu tư phải giải ngân 100% kế hoạch vốn trước ngày 31/01 năm sau.",
            ["Đầu tư công"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường vành đai V",
            "Yêu cầu các địa phương hoàn thành giải phóng mặt bằng trong quý I.",
            ["Giao thông"],
        ),
        (
            "UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2027",
            "Kế hoạch đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.",
            ["Chuyển đổi số"],
        ),
        (
            "Chỉ đạo bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán",
            "Sở Công Thương chủ trì theo dõi thị trường, bình ổn giá các mặt hàng thiết yếu.",
            ["Thị trường"],
        ),
        (
            "Tăng cường phòng, chống dịch bệnh trên đàn gia súc",
            "UBND tỉnh yêu cầu tiêm phòng đầy đủ, giám sát chặt chẽ vận chuyển gia súc.",
            ["Nông nghiệp"],
        ),
        (
            "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11",
            "Nhiều kiến nghị về đất đai, bồi thường được giải quyết dứt điểm.",
            ["Tiếp công dân"],
        ),
        (
            "Yêu cầu nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
            "Các sở, ngành phải có giải pháp cụ thể cải thiện từng chỉ số thành phần.",
            ["Cải cách hành chính"],
        ),
        (
            "Chỉ đạo ứng phó rét đậm, rét hại ở vùng cao",
            "Các huyện vùng cao chủ động che chắn chuồng trại, bảo vệ cây trồng.",
            ["Thiên tai"],
        ),
        (
            "Phó Chủ tịch UBND tỉnh làm việc với các khu công nghiệp",
            "Tháo gỡ vướng mắc về hạ tầng, lao động cho doanh nghiệp FDI.",
            ["Doanh nghiệp"],
        ),
        (
            "UBND tỉnh chỉ đạo tổ chức Lễ hội Trà năm 2027",
            "Lễ hội hướng tới quảng bá thương hiệu chè Thái Nguyên ra thế giới.",
            ["Chè Thái Nguyên"],
        ),
    ],
    "kinh-te": [
        (
            "Xuất khẩu chè Thái Nguyên đạt kỷ lục",
            "Sản lượng chè xuất khẩu năm 2026 ước đạt 12.000 tấn, tăng 15% so với năm trước.",
            ["Chè Thái Nguyên"],
        ),
        (
            "Thái Nguyên thu hút thêm 1,2 tỷ USD vốn FDI",
            "Các dự án mới tập trung vào điện tử, công nghiệp phụ trợ.",
            ["Đầu tư"],
        ),
        (
            "Khu công nghiệp Yên Bình mở rộng giai đoạn 2",
            "Diện tích mở rộng 300 ha, dự kiến thu hút 20.000 lao động.",
            ["Khu công nghiệp"],
        ),
        (
            "Nông dân Phú Bình trúng mùa lúa chất lượng cao",
            "Năng suất lúa đạt 62 tạ/ha, giá bán cao hơn lúa thường 20%.",
            ["Nông nghiệp"],
        ),
        (
            "Sản phẩm OCOP Thái Nguyên lên sàn thương mại điện tử",
            "Hơn 200 sản phẩm OCOP được giới thiệu trên các sàn lớn.",
            ["OCOP", "Thương mại điện tử"],
        ),
        ("Thu ngân sách nhà nước vượt dự toán", "Tổng thu ngân sách năm 2026 ước đạt 22.000 tỷ đồng.", ["Ngân sách"]),
        (
            "Doanh nghiệp nhỏ và vừa tiếp cận vốn vay ưu đãi",
            "Các ngân hàng cam kết dành 5.000 tỷ đồng cho doanh nghiệp nhỏ và vừa.",
            ["Doanh nghiệp"],
        ),
        (
            "Phát triển vùng trồng cây ăn quả ở Đại Từ",
            "Diện tích bưởi, nhãn, ổi đạt tiêu chuẩn VietGAP tăng nhanh.",
            ["Nông nghiệp"],
        ),
    ],
    "chuyen-doi-so": [
        (
            "Ra mắt ứng dụng công dân số Thái Nguyên",
            "Người dân tra cứu thủ tục, gửi phản ánh và thanh toán trực tuyến trên một ứng dụng.",
            ["Chuyển đổi số"],
        ),
        (
            "100% xã có tổ công nghệ số cộng đồng",
            "Các tổ hướng dẫn người dân cài đặt định danh điện tử, thanh toán không tiền mặt.",
            ["Chuyển đổi số"],
        ),
        (
            "Trung tâm điều hành thông minh tỉnh kết nối 1.500 camera",
            "Hệ thống hỗ trợ giám sát giao thông, an ninh trật tự và môi trường.",
            ["Chuyển đổi số", "Đô thị thông minh"],
        ),
        (
            "Thái Nguyên dẫn đầu chỉ số chuyển đổi số cấp tỉnh",
            "Tỉnh giữ vị trí trong nhóm dẫn đầu cả nước ba năm liên tiếp.",
            ["Chuyển đổi số"],
        ),
        (
            "Số hóa hồ sơ hộ tịch từ năm 1945",
            "Hơn 2 triệu trang hồ sơ hộ tịch được số hóa, phục vụ tra cứu trực tuyến.",
            ["Chuyển đổi số", "Cải cách hành chính"],
        ),
        (
            "Chợ không dùng tiền mặt ở thành phố Thái Nguyên",
            "Tiểu thương chợ Thái chấp nhận thanh toán bằng mã QR.",
            ["Chuyển đổi số", "Thị trường"],
        ),
    ],
    "van-hoa": [
        (
            "Thái Nguyên có 35 học sinh đoạt giải quốc gia",
            "Kết quả kỳ thi học sinh giỏi quốc gia năm nay cao nhất từ trước đến nay.",
            ["Giáo dục"],
        ),
        (
            "Bệnh viện Trung ương Thái Nguyên ghép thận thành công",
            "Ca ghép thận thứ 50 mở ra hy vọng cho người bệnh vùng trung du, miền núi.",
            ["Y tế"],
        ),
        (
            "Bảo tồn hát then, đàn tính của người Tày",
            "Các câu lạc bộ hát then thu hút đông đảo thanh niên tham gia.",
            ["Văn hóa"],
        ),
        (
            "Trao học bổng cho học sinh nghèo vượt khó",
            "500 suất học bổng được trao cho học sinh các huyện vùng cao.",
            ["Giáo dục", "An sinh xã hội"],
        ),
        (
            "Khai mạc Tuần Văn hóa – Thể thao các dân tộc",
            "Tuần lễ quy tụ đồng bào 8 dân tộc với nhiều hoạt động đặc sắc.",
            ["Văn hóa"],
        ),
        (
            "Tiêm vắc xin sởi cho trẻ em vùng cao",
            "Chiến dịch bảo đảm tỷ lệ tiêm chủng trên 95% ở các xã vùng cao.",
            ["Y tế"],
        ),
        (
            "Xây dựng thư viện số cho trường học",
            "100 trường học được trang bị thư viện số, phục vụ học sinh đọc sách trực tuyến.",
            ["Giáo dục", "Chuyển đổi số"],
        ),
    ],
    "du-lich": [
        (
            "Hồ Núi Cốc đón lượng khách kỷ lục mùa thu",
            "Khu du lịch đón hơn 200.000 lượt khách trong ba tháng mùa thu.",
            ["Du lịch"],
        ),
        (
            "Tour trải nghiệm làm chè ở Tân Cương hút khách quốc tế",
            "Du khách được hái chè, sao chè và thưởng trà cùng nghệ nhân.",
            ["Du lịch", "Chè Thái Nguyên"],
        ),
        (
            "ATK Định Hóa – điểm đến về nguồn",
            "Khu di tích quốc gia đặc biệt ATK Định Hóa đón nhiều đoàn học sinh, cựu chiến binh.",
            ["Du lịch", "Di tích"],
        ),
        (
            "Thái Nguyên phát triển du lịch cộng đồng",
            "Các homestay ở Võ Nhai, Đại Từ nâng cao chất lượng phục vụ.",
            ["Du lịch"],
        ),
        (
            "Hang Phượng Hoàng – suối Mỏ Gà vào mùa đẹp nhất",
            "Thác nước, hang động kỳ vĩ thu hút du khách khám phá.",
            ["Du lịch"],
        ),
        (
            "Liên hoan ẩm thực trà Thái Nguyên",
            "Hơn 50 món ăn chế biến từ chè được giới thiệu với du khách.",
            ["Du lịch", "Chè Thái Nguyên"],
        ),
    ],
}

STATEMENTS = [
    (
        "Họp báo cung cấp thông tin kinh tế – xã hội quý IV",
        "conference",
        "UBND tỉnh thông tin về kết quả phát triển kinh tế – xã hội và trả lời câu hỏi của phóng viên.",
    ),
    (
        "Thông cáo báo chí về sự cố sạt lở tại xã Thần Sa",
        "statement",
        "UBND tỉnh thông tin chính thức về sự cố sạt lở và công tác khắc phục hậu quả.",
    ),
    (
        "Trả lời báo chí về tiến độ dự án khu đô thị Tây Nam",
        "answer",
        "Văn phòng UBND tỉnh trả lời phản ánh của báo chí về tiến độ bàn giao nhà ở.",
    ),
    (
        "Họp báo công bố Lễ hội Trà Thái Nguyên 2027",
        "conference",
        "Ban tổ chức công bố chương trình, thời gian và địa điểm lễ hội.",
    ),
    (
        "Thông cáo về việc điều chỉnh giờ làm việc mùa đông",
        "statement",
        "Các cơ quan hành chính nhà nước áp dụng giờ làm việc mùa đông từ ngày 1/11.",
    ),
]

PRESS = [
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Thái Nguyên – điểm sáng thu hút đầu tư nước ngoài",
        "Thái Nguyên tiếp tục nằm trong nhóm địa phương dẫn đầu về thu hút vốn FDI.",
        "Bài viết phân tích các yếu tố giúp Thái Nguyên hấp dẫn nhà đầu tư: hạ tầng, nhân lực và cải cách hành chính.",
    ),
    (
        "Báo Tuổi Trẻ",
        "https://tuoitre.vn/",
        "Về Tân Cương thưởng trà đầu đông",
        "Những đồi chè xanh mướt, những nghệ nhân sao chè bằng tay…",
        "Phóng sự giới thiệu trải nghiệm du lịch chè ở xã Tân Cương.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên số hóa hồ sơ hộ tịch từ năm 1945",
        "Hơn 2 triệu trang hồ sơ hộ tịch đã được số hóa.",
        "Bài viết nêu kết quả số hóa dữ liệu hộ tịch phục vụ người dân.",
    ),
    (
        "Báo Thái Nguyên",
        "https://baothainguyen.vn/",
        "Nông dân Phú Bình trúng mùa lúa",
        "Vụ mùa năm nay năng suất đạt cao nhất từ trước đến nay.",
        "Tin phản ánh kết quả sản xuất lúa chất lượng cao ở Phú Bình.",
    ),
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Cầu Bến Oánh thông xe",
        "Cây cầu mở ra không gian phát triển mới phía Nam tỉnh.",
        "Tin về lễ khánh thành cầu Bến Oánh.",
    ),
    (
        "Báo Tuổi Trẻ",
        "https://tuoitre.vn/",
        "Học sinh Thái Nguyên đoạt giải quốc gia",
        "35 học sinh đoạt giải, nhiều em đạt giải nhất.",
        "Bài viết về thành tích học sinh giỏi của tỉnh.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên mở rộng khu công nghiệp Yên Bình",
        "Khu công nghiệp mở rộng thêm 300 ha.",
        "Tin về dự án mở rộng khu công nghiệp và nhu cầu lao động.",
    ),
    (
        "Báo Thái Nguyên",
        "https://baothainguyen.vn/",
        "Hồ Núi Cốc đón khách kỷ lục",
        "Lượng khách tăng mạnh nhờ nhiều sản phẩm du lịch mới.",
        "Tin về hoạt động du lịch ở hồ Núi Cốc mùa thu.",
    ),
    (
        "Báo Nhân Dân",
        "https://nhandan.vn/",
        "Ứng dụng công dân số Thái Nguyên",
        "Ứng dụng giúp người dân làm thủ tục mọi lúc, mọi nơi.",
        "Bài viết giới thiệu ứng dụng công dân số của tỉnh.",
    ),
    (
        "VnExpress",
        "https://vnexpress.net/",
        "Thái Nguyên xuất khẩu chè kỷ lục",
        "Chè Thái Nguyên có mặt tại hơn 20 quốc gia.",
        "Tin về kết quả xuất khẩu chè năm 2026.",
    ),
]

# The topic (first tag) of each press item, by which the daily digest groups them.
PRESS_TOPICS = {
    "Thái Nguyên – điểm sáng thu hút đầu tư nước ngoài": "Đầu tư",
    "Về Tân Cương thưởng trà đầu đông": "Du lịch",
    "Thái Nguyên số hóa hồ sơ hộ tịch từ năm 1945": "Chuyển đổi số",
    "Nông dân Phú Bình trúng mùa lúa": "Nông nghiệp",
    "Cầu Bến Oánh thông xe": "Giao thông",
    "Học sinh Thái Nguyên đoạt giải quốc gia": "Giáo dục",
    "Thái Nguyên mở rộng khu công nghiệp Yên Bình": "Đầu tư",
    "Hồ Núi Cốc đón khách kỷ lục": "Du lịch",
    "Ứng dụng công dân số Thái Nguyên": "Chuyển đổi số",
    "Thái Nguyên xuất khẩu chè kỷ lục": "Chè Thái Nguyên",
}

# This week's work calendar: (weekday 0-6, time or None for the whole day, leader 0-2, activity, place, participants).
CALENDAR = [
    (0, (8, 0), 0, "Dự Hội nghị Ban Thường vụ Tỉnh ủy", "Phòng họp Tỉnh ủy", "Theo giấy mời của Tỉnh ủy"),
    (
        0,
        (8, 30),
        2,
        "Kiểm tra công tác chuẩn bị Lễ hội Trà Thái Nguyên 2027",
        "Xã Tân Cương",
        "Sở Văn hóa, Thể thao và Du lịch; UBND xã Tân Cương",
    ),
    (
        0,
        (14, 0),
        1,
        "Làm việc với Sở Tài chính về dự toán ngân sách năm 2027",
        "Phòng họp số 2, trụ sở UBND tỉnh",
        "Lãnh đạo Sở Tài chính; Văn phòng UBND tỉnh",
    ),
    (
        1,
        (8, 0),
        0,
        "Phiên họp thường kỳ tháng {month} của UBND tỉnh",
        "Hội trường trụ sở UBND tỉnh",
        "Thành viên UBND tỉnh; Giám đốc các sở, ban, ngành",
    ),
    (
        1,
        (14, 0),
        2,
        "Tiếp và làm việc với Đoàn công tác tỉnh Gyeonggi (Hàn Quốc)",
        "Phòng khách quốc tế, trụ sở UBND tỉnh",
        "Sở Ngoại vụ; Sở Công Thương",
    ),
    (
        2,
        None,
        1,
        "Kiểm tra tiến độ giải phóng mặt bằng dự án đường vành đai V",
        "Các xã phía Nam tỉnh",
        "Sở Xây dựng; Sở Nông nghiệp và Môi trường; UBND các xã liên quan",
    ),
    (
        2,
        (9, 0),
        0,
        "Tiếp công dân định kỳ tháng {month}",
        "Trụ sở Tiếp công dân tỉnh",
        "Thanh tra tỉnh; Ban Tiếp công dân tỉnh",
    ),
    (
        3,
        (8, 0),
        2,
        "Hội nghị triển khai Kế hoạch chuyển đổi số năm 2027",
        "Trung tâm điều hành thông minh tỉnh",
        "Sở Khoa học và Công nghệ; các sở, ngành; UBND các xã, phường (trực tuyến)",
    ),
    (
        3,
        (14, 0),
        1,
        "Họp Ban Chỉ đạo đẩy nhanh giải ngân vốn đầu tư công",
        "Phòng họp số 1, trụ sở UBND tỉnh",
        "Các chủ đầu tư; Kho bạc Nhà nước khu vực",
    ),
    (
        4,
        (8, 0),
        0,
        "Làm việc với Ban Quản lý các khu công nghiệp về mở rộng Khu công nghiệp Yên Bình",
        "Ban Quản lý các khu công nghiệp tỉnh",
        "Sở Tài chính; Sở Xây dựng; Ban Quản lý các khu công nghiệp",
    ),
    (
        4,
        (15, 0),
        2,
        "Dự Lễ tuyên dương học sinh đoạt giải quốc gia năm học 2025 – 2026",
        "Trường THPT Chuyên Thái Nguyên",
        "Sở Giáo dục và Đào tạo; đại diện phụ huynh học sinh",
    ),
    (
        5,
        (7, 30),
        1,
        "Kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô",
        "Xã Đại Từ",
        "Chi cục Kiểm lâm; UBND xã Đại Từ",
    ),
]

# The English of each CALENDAR row (same order): activity ({month} is the month's English name), place, participants.
CALENDAR_EN = [
    (
        "Attends the meeting of the Standing Board of the Provincial Party Committee",
        "Meeting room of the Provincial Party Committee",
        "As invited by the Provincial Party Committee",
    ),
    (
        "Inspects the preparations for the Thai Nguyen Tea Festival 2027",
        "Tan Cuong Commune",
        "Department of Culture, Sports and Tourism; Tan Cuong Commune People's Committee",
    ),
    (
        "Works with the Department of Finance on the 2027 budget estimates",
        "Meeting room 2, Provincial People's Committee headquarters",
        "Leaders of the Department of Finance; Office of the Provincial People's Committee",
    ),
    (
        "Regular {month} meeting of the Provincial People's Committee",
        "Main hall, Provincial People's Committee headquarters",
        "Members of the Provincial People's Committee; directors of provincial departments and agencies",
    ),
    (
        "Receives and works with a delegation from Gyeonggi Province (Republic of Korea)",
        "International reception room, Provincial People's Committee headquarters",
        "Department of Foreign Affairs; Department of Industry and Trade",
    ),
    (
        "Inspects site clearance for the Ring Road 5 project",
        "Communes in the south of the province",
        "Department of Construction; Department of Agriculture and Environment; People's Committees of the communes "
        "concerned",
    ),
    (
        "Monthly citizen reception ({month})",
        "Provincial Citizen Reception Office",
        "Provincial Inspectorate; Provincial Citizen Reception Board",
    ),
    (
        "Conference launching the 2027 digital transformation plan",
        "Provincial Intelligent Operations Centre",
        "Department of Science and Technology; provincial departments and agencies; commune and ward People's "
        "Committees (online)",
    ),
    (
        "Meeting of the steering committee on speeding up the disbursement of public investment",
        "Meeting room 1, Provincial People's Committee headquarters",
        "Project owners; Regional State Treasury",
    ),
    (
        "Works with the Industrial Parks Management Board on expanding Yen Binh Industrial Park",
        "Provincial Industrial Parks Management Board",
        "Department of Finance; Department of Construction; Industrial Parks Management Board",
    ),
    (
        "Attends the ceremony honouring the students who won national prizes in the 2025–2026 school year",
        "Thai Nguyen High School for the Gifted",
        "Department of Education and Training; parents' representatives",
    ),
    (
        "Inspects forest fire prevention and fighting for the dry season",
        "Dai Tu Commune",
        "Forest Protection Sub-department; Dai Tu Commune People's Committee",
    ),
]
MONTHS_EN = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# English translations of the newsroom's snippets (issue 9: translatable snippets).
LEADERS_EN = {
    "Trịnh Việt Hùng": ("Chairman of the Provincial People's Committee", "<p>Leads the work of the Committee.</p>"),
    "Nguyễn Huy Dũng": (
        "Standing Vice Chairman of the Provincial People's Committee",
        "<p>In charge of the economy, investment and finance.</p>",
    ),
    "Đặng Xuân Trường": (
        "Vice Chairman of the Provincial People's Committee",
        "<p>In charge of culture, social affairs and digital transformation.</p>",
    ),
}
OUTLETS_EN = {
    "Báo Nhân Dân": "Nhan Dan newspaper",
    "Báo Tuổi Trẻ": "Tuoi Tre newspaper",
    "Báo Thái Nguyên": "Thai Nguyen newspaper",
}
AGENCIES_EN = {
    "Sở Xây dựng": "Department of Construction",
    "Sở Nông nghiệp và Môi trường": "Department of Agriculture and Environment",
    "UBND phường Phan Đình Phùng": "Phan Dinh Phung Ward People's Committee",
}
SPOKESPERSONS_EN = {
    "Phạm Thị Hà": "Chief of the Office of the Provincial People's Committee",
    "Đỗ Minh Châu": "Deputy Chief of the Office of the Provincial People's Committee",
}

PETITIONS = [
    (
        "Đề nghị sửa chữa đường liên xóm Đồng Kiệm, xã Phúc Xuân",
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

PARAGRAPHS = [
    "Theo báo cáo, trong thời gian qua các cấp, các ngành đã tích cực triển khai nhiệm vụ, bám sát chỉ đạo của Tỉnh ủy, UBND tỉnh, đạt nhiều kết quả quan trọng.",
    "Phát biểu tại buổi làm việc, lãnh đạo tỉnh ghi nhận những nỗ lực của các đơn vị, đồng thời đề nghị tiếp tục khắc phục hạn chế, tập trung hoàn thành các chỉ tiêu đã đề ra.",
    "Người dân và doanh nghiệp đánh giá cao sự vào cuộc quyết liệt của chính quyền, góp phần tạo môi trường thuận lợi cho phát triển kinh tế – xã hội của tỉnh.",
]

NEWS_INDEX_EN = {"title": "News", "slug": "news", "intro": "Official news of Thai Nguyen province."}

ARTICLES_EN = {
    "Xuất khẩu chè Thái Nguyên đạt kỷ lục": (
        "Thai Nguyen tea exports hit a record",
        "tea-exports-hit-a-record",
        "Tea exports in 2026 are estimated at 12,000 tonnes, up 15% on last year.",
    ),
    "Thái Nguyên thu hút thêm 1,2 tỷ USD vốn FDI": (
        "Thai Nguyen attracts a further USD 1.2 billion of FDI",
        "usd-1-2-billion-of-fdi",
        "New projects focus on electronics and supporting industries.",
    ),
    "Hồ Núi Cốc đón lượng khách kỷ lục mùa thu": (
        "Nui Coc Lake welcomes a record number of autumn visitors",
        "nui-coc-lake-record-visitors",
        "The lake received more than 200,000 visitors over the three autumn months.",
    ),
    "Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư năm 2026": (
        "Thai Nguyen holds its 2026 investment promotion conference",
        "investment-promotion-conference-2026",
        "More than 300 domestic and foreign investors attended; many memoranda of understanding were signed.",
    ),
}


def _body(sapo, index):
    first = PARAGRAPHS[index % len(PARAGRAPHS)]
    second = PARAGRAPHS[(index + 1) % len(PARAGRAPHS)]
    return [
        ("paragraph", RichText(f"<p>{sapo}</p><p>{first}</p>")),
        ("heading", "Nhiệm vụ thời gian tới"),
        ("paragraph", RichText(f"<p>{second}</p>")),
    ]


def _article(builder, section, title, **fields):
    """The article `title` of `section`, made once (tags are set before the first save)."""
    slug = vietnamese_slugify(title)
    existing = section.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    tags = fields.pop("tags", [])
    page = ArticlePage(title=title, slug=slug, **fields)
    for tag in tags:
        page.tags.add(tag)
    section.add_child(instance=page)
    page.save_revision().publish()
    builder.log(f"  + article: {title}")
    return page


def _snippet(model, lookup, **defaults):
    """The Vietnamese snippet matching `lookup`, made when missing (its English translation may share the name)."""
    return model.objects.get_or_create(**lookup, locale=Locale.get_default(), defaults=defaults)[0]


def _snippet_translation(snippet, language_code, **fields):
    """The translation of a translatable snippet in `language_code`, made when missing (as wagtail-localize would:
    same translation key, synchronised fields copied)."""
    locale = Locale.objects.get(language_code=language_code)
    existing = snippet.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = snippet.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def seed(builder):
    home = Page.objects.get(depth=2, locale__language_code="vi").specific
    images = [builder.image(title, alt) for title, alt in IMAGES]
    index = builder.page(
        home,
        NewsIndexPage,
        "Tin tức",
        intro="Thông tin chính thống, kịp thời về hoạt động chỉ đạo, điều hành và đời sống kinh tế – xã hội tỉnh Thái Nguyên.",
    )
    builder.add_to_menu("main", index, 20)
    sections = {}
    for key, title, intro, parent_key in SECTIONS:
        parent = sections[parent_key] if parent_key else index
        sections[key] = builder.page(parent, SectionPage, title, intro=intro)
    leaders_page = builder.page(
        index, LeadersPage, "Lãnh đạo tỉnh", intro="Lãnh đạo Ủy ban nhân dân tỉnh Thái Nguyên nhiệm kỳ 2021 – 2026."
    )
    petitions_page = builder.page(
        index,
        PetitionIndexPage,
        "Phản ánh – Kiến nghị",
        intro="Phản ánh, kiến nghị của người dân, doanh nghiệp và trả lời của cơ quan có thẩm quyền.",
    )

    leaders = [
        _snippet(
            Leader,
            {"name": "Trịnh Việt Hùng"},
            position="Chủ tịch Ủy ban nhân dân tỉnh",
            sort_order=1,
            photo=images[3],
            biography="<p>Chỉ đạo chung công tác của Ủy ban nhân dân tỉnh.</p>",
        ),
        _snippet(
            Leader,
            {"name": "Nguyễn Huy Dũng"},
            position="Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
            sort_order=2,
            biography="<p>Phụ trách lĩnh vực kinh tế, đầu tư, tài chính.</p>",
        ),
        _snippet(
            Leader,
            {"name": "Đặng Xuân Trường"},
            position="Phó Chủ tịch Ủy ban nhân dân tỉnh",
            sort_order=3,
            biography="<p>Phụ trách lĩnh vực văn hóa – xã hội, chuyển đổi số.</p>",
        ),
    ]
    spokesperson = _snippet(
        Spokesperson,
        {"name": "Phạm Thị Hà"},
        position="Chánh Văn phòng Ủy ban nhân dân tỉnh",
        phone="0208 3852 666",
        email="vanphong@thainguyen.gov.vn",
    )
    _snippet(
        Spokesperson,
        {"name": "Đỗ Minh Châu"},
        position="Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
        phone="0208 3855 699",
        email="phatngon@thainguyen.gov.vn",
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    number = 0
    for key, items in ARTICLES.items():
        for position, (title, sapo, tags) in enumerate(items):
            number += 1
            fields = {
                "sapo": sapo,
                "body": _body(sapo, number),
                "featured_image": images[number % len(images)],
                "authors": ["Minh Anh", "Quang Huy", "Thu Hà", "Ngọc Lan"][number % 4],
                "date": now - datetime.timedelta(hours=5 * number),
                "featured": position == 0,
                "tags": tags,
            }
            if key == "chi-dao":
                fields.update(kind=ArticlePage.Kind.DIRECTION, leader=leaders[position % len(leaders)])
            if key == "thoi-su" and position == 1:
                fields["source"] = "Sở Giao thông vận tải"
            article = _article(builder, sections[key], title, **fields)
            if key == "thoi-su" and position == 1 and not article.corrections.exists():
                article.corrections.create(
                    time=article.date + datetime.timedelta(hours=4),
                    text="Sửa chiều dài cầu: 450 m chứ không phải 540 m.",
                )
    for position, (title, statement_kind, sapo) in enumerate(STATEMENTS):
        _article(
            builder,
            sections["phat-ngon"],
            title,
            kind=ArticlePage.Kind.STATEMENT,
            spokesperson=spokesperson,
            statement_kind=statement_kind,
            sapo=sapo,
            body=_body(sapo, position),
            authors="Văn phòng UBND tỉnh",
            date=now - datetime.timedelta(days=position * 2, hours=3),
        )
    for position, (outlet_name, site, title, excerpt, summary) in enumerate(PRESS):
        outlet = _snippet(Outlet, {"name": outlet_name}, site=site)
        # Three days of press coverage, by the province's calendar day (the digest groups by it), never in the future:
        # from 6 a.m. of each day, or as early as now allows when seeding before 6 a.m.
        day = timezone.localdate(now) - datetime.timedelta(days=position % 3)
        morning = timezone.make_aware(datetime.datetime.combine(day, datetime.time(6))) + datetime.timedelta(
            minutes=10 * position
        )
        published = min(now - datetime.timedelta(days=position % 3), morning)
        _article(
            builder,
            sections["bao-chi"],
            f"{outlet_name}: {title}",
            kind=ArticlePage.Kind.PRESS,
            outlet=outlet,
            original_url=f"{site}thai-nguyen-{vietnamese_slugify(title)}.html",
            original_date=day,
            excerpt=excerpt,
            sapo=summary,
            date=published,
            tags=[PRESS_TOPICS[title]],
        )
    spokesperson_page = builder.page(
        index,
        SpokespersonPage,
        "Người phát ngôn",
        intro="Người phát ngôn và người được giao phát ngôn, cung cấp thông tin cho báo chí của UBND tỉnh Thái Nguyên.",
        statements_section=sections["phat-ngon"],
    )
    builder.add_to_menu("footer", spokesperson_page, 20)  # its English translation: translation/demo.py
    builder.page(
        index,
        WorkCalendarPage,
        "Lịch công tác",
        intro="Lịch công tác tuần của Chủ tịch và các Phó Chủ tịch UBND tỉnh.",
    )
    builder.page(
        index,
        PressDigestPage,
        "Điểm báo",
        intro="Báo chí trong nước viết về Thái Nguyên mỗi ngày, theo chủ đề và theo cơ quan báo chí.",
    )
    _calendar(leaders)
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
    _english(builder, index, sections)
    _english_snippets()
    return index, leaders_page, petitions_page


def _calendar(leaders):
    """This week's work calendar (the week of the seeding day), made once per week."""
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    if CalendarEntry.objects.filter(date__range=(monday, monday + datetime.timedelta(days=6))).exists():
        return
    for weekday, time, leader, activity, place, participants in CALENDAR:
        CalendarEntry.objects.create(
            date=monday + datetime.timedelta(days=weekday),
            time=datetime.time(*time) if time else None,
            leader=leaders[leader],
            activity=activity.format(month=monday.month),
            place=place,
            participants=participants,
        )


def _english_calendar():
    """The English of the demo's calendar entries (every week's, each once), as wagtail-localize would make it."""
    english = {}
    for (_weekday, _time, _leader, activity, place, participants), texts in zip(CALENDAR, CALENDAR_EN, strict=True):
        english[(activity, place, participants)] = texts
    en = Locale.objects.get(language_code="en")
    translated = CalendarEntry.objects.filter(locale=en).values("translation_key")
    entries = CalendarEntry.objects.filter(locale__language_code="vi").exclude(translation_key__in=translated)
    for entry in entries:
        monday = entry.date - datetime.timedelta(days=entry.date.weekday())
        for (activity, place, participants), (activity_en, place_en, participants_en) in english.items():
            if (entry.activity, entry.place, entry.participants) == (
                activity.format(month=monday.month),
                place,
                participants,
            ):
                _snippet_translation(
                    entry,
                    "en",
                    activity=activity_en.format(month=MONTHS_EN[monday.month]),
                    place=place_en,
                    participants=participants_en,
                )
                break


def _english_snippets():
    for name, (position, biography) in LEADERS_EN.items():
        leader = Leader.objects.filter(name=name, locale__language_code="vi").first()
        if leader is not None:
            _snippet_translation(leader, "en", position=position, biography=biography)
    for name, english in OUTLETS_EN.items():
        outlet = Outlet.objects.filter(name=name, locale__language_code="vi").first()
        if outlet is not None:
            _snippet_translation(outlet, "en", name=english)
    for name, english in AGENCIES_EN.items():
        agency = Agency.objects.filter(name=name, locale__language_code="vi").first()
        if agency is not None:
            _snippet_translation(agency, "en", name=english)
    for name, position in SPOKESPERSONS_EN.items():
        spokesperson = Spokesperson.objects.filter(name=name, locale__language_code="vi").first()
        if spokesperson is not None:
            _snippet_translation(spokesperson, "en", position=position)
    _english_calendar()


def _english(builder, index, sections):
    index_en = builder.translation(index, "en", **NEWS_INDEX_EN)
    builder.add_to_menu("main", index_en, 20)
    sections_en = {
        key: builder.translation(sections[key], "en", title=title, slug=slug, intro="")
        for key, (title, slug) in SECTIONS_EN.items()
    }
    for key, section in sections.items():
        if key not in sections_en:
            continue
        for article in ArticlePage.objects.child_of(section).filter(title__in=ARTICLES_EN):
            title, slug, sapo = ARTICLES_EN[article.title]
            builder.translation(
                article,
                "en",
                title=title,
                slug=slug,
                sapo=sapo,
                body=[("paragraph", RichText(f"<p>{sapo}</p>"))],
                authors=article.authors,
            )
