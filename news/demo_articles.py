"""The texts of the news demo's articles (news/demo.py makes the pages): for each section, its articles with their
standfirst, tags, the subject of their illustration (``core/demos/art.py``), the leader they are about (an index into
``demo_people.COMMITTEE_LEADERS``) and their body.

A body is paragraphs separated by a blank line; a line starting with ``## `` is a subheading. The body never repeats
the standfirst. Names of people come from ``core/demos/people.py`` (invented, the leaders' page says so); figures are
plausible SAMPLE figures, not statistics; places and departments carry the names they have since 1 July 2025.
"""


def article(title, sapo, tags, subject, body, leader=None):
    return {"title": title, "sapo": sapo, "tags": tags, "subject": subject, "body": body.strip(), "leader": leader}


THOI_SU = [
    article(
        "Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư năm 2026",
        "Hơn 300 nhà đầu tư trong và ngoài nước tham dự hội nghị, nhiều biên bản ghi nhớ được trao.",
        ["Đầu tư"],
        "meeting",
        """
Hội nghị do Ủy ban nhân dân tỉnh tổ chức tại Trung tâm Hội nghị tỉnh, phường Phan Đình Phùng, với sự tham dự của đại diện các bộ, ngành trung ương, cơ quan ngoại giao, hiệp hội doanh nghiệp và các tập đoàn đến từ Hàn Quốc, Nhật Bản, Singapore, Đài Loan (Trung Quốc).

Phát biểu khai mạc, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng cho biết sau khi hợp nhất với tỉnh Bắc Kạn, Thái Nguyên có diện tích hơn 8.300 km², quỹ đất công nghiệp và tài nguyên du lịch phong phú hơn. "Tỉnh cam kết mỗi dự án có một tổ công tác đồng hành, từ khi tìm hiểu đến khi đi vào hoạt động", ông nói.

## 26 dự án được trao chủ trương, ghi nhớ đầu tư

Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư và biên bản ghi nhớ cho 26 dự án với tổng vốn đăng ký khoảng 2,1 tỷ USD và hơn 18.000 tỷ đồng. Các dự án tập trung vào sản xuất linh kiện điện tử, công nghiệp hỗ trợ, logistics, chế biến nông lâm sản và du lịch sinh thái ở khu vực hồ Ba Bể.

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi giới thiệu danh mục 120 dự án kêu gọi đầu tư giai đoạn 2026 – 2030, trong đó có hạ tầng các khu công nghiệp ở phường Phổ Yên, xã Phú Bình và các khu du lịch ở xã Ba Bể, xã Đại Phúc.

## Doanh nghiệp đề nghị rút ngắn thủ tục

Đại diện Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam đánh giá cao hạ tầng giao thông kết nối với Hà Nội và cảng hàng không Nội Bài, đồng thời đề nghị tỉnh tiếp tục rút ngắn thời gian giải quyết thủ tục đất đai, xây dựng. Sở Tài chính cho biết thời gian cấp giấy chứng nhận đăng ký đầu tư hiện còn 5 ngày làm việc, chỉ bằng một phần ba thời hạn theo quy định.
""",
    ),
    article(
        "Khánh thành cầu Bến Oánh nối đôi bờ sông Cầu",
        "Cây cầu dài 450 m rút ngắn quãng đường từ trung tâm tỉnh đi các xã phía Nam.",
        ["Giao thông"],
        "bridge",
        """
Cầu Bến Oánh bắc qua sông Cầu, nối phường Phan Đình Phùng với xã Phú Bình, được khởi công cuối năm 2024 với tổng mức đầu tư khoảng 480 tỷ đồng từ ngân sách tỉnh. Cầu rộng 16 m, bốn làn xe, hai bên có lối đi dành cho người đi bộ; phần đường dẫn hai đầu cầu dài gần 2 km.

Trước đây, người dân hai bờ phải đi vòng qua cầu Gia Bảy hoặc qua đò ngang. Ông Nguyễn Văn Tình, ở xóm Bến Oánh, xã Phú Bình, chia sẻ: "Có cầu, tôi chở rau lên chợ Thái chỉ mất hơn 20 phút, trước kia mất gần một tiếng."

## Bàn giao vượt tiến độ hai tháng

Theo Sở Xây dựng, chủ đầu tư, công trình hoàn thành sớm hơn kế hoạch hai tháng nhờ tổ chức thi công ba ca trong mùa khô và giải phóng mặt bằng dứt điểm ngay từ đầu. Đã có 112 hộ dân bàn giao đất, được bồi thường, hỗ trợ tổng cộng 96 tỷ đồng.

Phát biểu tại lễ khánh thành, Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo yêu cầu đơn vị quản lý bảo trì thường xuyên, lắp đặt đầy đủ biển báo, hệ thống chiếu sáng và camera giám sát. Ông đề nghị xã Phú Bình và phường Phan Đình Phùng rà soát quy hoạch hai đầu cầu, không để phát sinh công trình tự phát.

## Mở không gian phát triển phía Nam

Cầu Bến Oánh là một phần của trục giao thông nối trung tâm tỉnh với các khu công nghiệp Điềm Thụy, Yên Bình. Sở Xây dựng dự báo lưu lượng qua cầu đạt khoảng 12.000 lượt phương tiện mỗi ngày vào năm 2027, góp phần giảm tải cho quốc lộ 37.
""",
    ),
    article(
        "Tỉnh Thái Nguyên tổng kết công tác phòng, chống thiên tai",
        "Năm 2026, thiệt hại do mưa lũ giảm mạnh nhờ chủ động phương án ứng phó.",
        ["Thiên tai"],
        "forest",
        """
Theo báo cáo của Sở Nông nghiệp và Môi trường, trong năm 2026 trên địa bàn tỉnh xảy ra 14 đợt mưa lớn, hai cơn bão và một đợt lũ quét cục bộ. Tổng thiệt hại ước khoảng 210 tỷ đồng, giảm gần 60% so với năm trước; không có thiệt hại về người.

Nhiều xã vùng cao như xã Ba Bể, xã Chợ Đồn, xã Định Hóa đã di dời kịp thời 326 hộ dân ra khỏi vùng có nguy cơ sạt lở. Hệ thống 42 trạm đo mưa tự động và cảnh báo qua tin nhắn giúp chính quyền cơ sở có thêm từ 6 đến 12 giờ để sơ tán người dân.

## Bài học từ phương châm "bốn tại chỗ"

Phát biểu tại hội nghị, Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo nhận định kết quả trên có được nhờ các xã, phường chủ động phương án từ đầu mùa mưa, lực lượng xung kích được tập huấn và vật tư dự phòng được tập kết sẵn. "Cấp xã sau sắp xếp có địa bàn rộng hơn, vì vậy càng phải nắm chắc từng điểm có nguy cơ, từng hộ dân cần di dời", ông nói.

Tuy nhiên, báo cáo cũng chỉ ra một số hạn chế: còn công trình thủy lợi nhỏ xuống cấp, một số tuyến đường giao thông nông thôn bị sạt taluy nhiều lần chưa được xử lý triệt để.

## Nhiệm vụ năm 2027

Tỉnh đặt mục tiêu hoàn thành bản đồ cảnh báo sạt lở cho toàn bộ các xã miền núi, sửa chữa 35 hồ chứa nhỏ và tổ chức diễn tập ứng phó thiên tai ở ít nhất 20 xã, phường. Hội nghị đã khen thưởng 18 tập thể, 25 cá nhân có thành tích xuất sắc.
""",
    ),
    article(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5",
        "Hội nghị thảo luận, cho ý kiến về tình hình kinh tế – xã hội và nhiệm vụ năm tới.",
        [],
        "meeting",
        """
Hội nghị diễn ra trong hai ngày tại Hội trường Tỉnh ủy. Các đại biểu tập trung thảo luận báo cáo tình hình thực hiện nhiệm vụ chính trị năm 2026, dự thảo phương hướng năm 2027 và kết quả vận hành chính quyền địa phương hai cấp sau hơn một năm.

Theo báo cáo trình hội nghị, tốc độ tăng trưởng kinh tế (GRDP) năm 2026 của tỉnh ước đạt 8,2%; thu ngân sách nhà nước vượt dự toán; 17 trên 20 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Bộ máy của 92 xã, phường đi vào hoạt động ổn định, tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.

## Chỉ ra những điểm nghẽn

Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra những hạn chế: giải ngân vốn đầu tư công ở một số dự án còn chậm; chênh lệch phát triển giữa khu vực phía Nam và các xã vùng cao phía Bắc còn lớn; đội ngũ cán bộ chuyên môn ở một số xã chưa đáp ứng khối lượng công việc mới.

Tham gia ý kiến, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng đề nghị tập trung tháo gỡ vướng mắc về đất đai cho các dự án lớn, đẩy mạnh phân cấp cho cấp xã đi đôi với bồi dưỡng cán bộ. Chủ tịch Hội đồng nhân dân tỉnh Phạm Minh Tuấn cho biết các nội dung hội nghị thống nhất sẽ được cụ thể hóa bằng nghị quyết tại kỳ họp cuối năm.

## Mục tiêu năm 2027

Hội nghị thống nhất mục tiêu tăng trưởng từ 8,5% trở lên, tỷ lệ hộ nghèo đa chiều giảm 1,5 điểm phần trăm và 100% xã, phường cung cấp dịch vụ công trực tuyến toàn trình cho các thủ tục đủ điều kiện.
""",
    ),
    article(
        "Ra quân bảo đảm trật tự an toàn giao thông cuối năm",
        "Lực lượng công an toàn tỉnh tăng cường tuần tra, kiểm soát trên các tuyến trọng điểm.",
        ["Giao thông"],
        "road",
        """
Lễ ra quân do Công an tỉnh tổ chức tại quảng trường phường Phan Đình Phùng, mở đầu đợt cao điểm kéo dài đến hết mùa lễ hội xuân. Gần 600 cán bộ, chiến sĩ cùng hàng trăm phương tiện tham gia các tổ tuần tra trên quốc lộ 3, quốc lộ 37, cao tốc Hà Nội – Thái Nguyên và các tuyến đường lên xã Ba Bể, xã Chợ Đồn.

Theo Công an tỉnh, 11 tháng năm 2026 toàn tỉnh xảy ra 118 vụ tai nạn giao thông, giảm 14 vụ so với cùng kỳ; số người chết và bị thương đều giảm. Nguyên nhân chủ yếu vẫn là chạy quá tốc độ, đi không đúng phần đường và sử dụng rượu bia khi lái xe.

## Tập trung vào các lỗi gây tai nạn

Trong đợt cao điểm, lực lượng chức năng tập trung kiểm tra nồng độ cồn, tốc độ, xe chở quá tải trọng ra vào các khu công nghiệp và mỏ khoáng sản. Hệ thống camera của Trung tâm điều hành thông minh tỉnh được sử dụng để phát hiện vi phạm và gửi thông báo phạt nguội.

Dự lễ ra quân, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng yêu cầu xử lý nghiêm mọi trường hợp vi phạm, không có vùng cấm, đồng thời đề nghị các xã, phường duy trì tuyên truyền đến từng thôn, tổ dân phố. "Mục tiêu là giảm tai nạn trên cả ba tiêu chí, để người dân đón Tết an toàn", ông nhấn mạnh.

Sở Xây dựng cũng được giao rà soát, khắc phục ngay các điểm đen, điểm tiềm ẩn tai nạn, bổ sung biển báo trên tuyến đường ven hồ Núi Cốc và các đoạn đèo dốc trên quốc lộ 3 phía Bắc tỉnh trước mùa du lịch.
""",
    ),
    article(
        "Thái Nguyên đón đoàn công tác của tỉnh Gyeonggi, Hàn Quốc",
        "Hai bên trao đổi về hợp tác đào tạo nghề, nông nghiệp công nghệ cao.",
        ["Đối ngoại"],
        "meeting",
        """
Đoàn công tác do Phó Tỉnh trưởng tỉnh Gyeonggi dẫn đầu đến làm việc với Ủy ban nhân dân tỉnh trong khuôn khổ kỷ niệm 10 năm thiết lập quan hệ hợp tác giữa hai địa phương. Tiếp đoàn có Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà cùng lãnh đạo các sở, ngành liên quan.

Bà Lê Thị Thu Hà cho biết hiện có hơn 190 dự án của nhà đầu tư Hàn Quốc tại Thái Nguyên, sử dụng khoảng 110.000 lao động. Nhiều sinh viên của Đại học Thái Nguyên đã sang Gyeonggi học tập, thực tập theo các chương trình trao đổi.

## Ưu tiên đào tạo nghề và nông nghiệp

Hai bên thống nhất trong năm 2027 sẽ phối hợp mở hai lớp đào tạo kỹ thuật viên điện tử, cơ khí chính xác cho khoảng 120 học viên, theo chuẩn của doanh nghiệp Hàn Quốc. Tỉnh Gyeonggi hỗ trợ chuyển giao mô hình nhà màng trồng rau, hoa công nghệ cao tại xã Phú Bình và xã Đại Phúc.

Phía Hàn Quốc cũng quan tâm đến chè Tân Cương và các sản phẩm nông sản đạt chứng nhận OCOP, đề nghị tỉnh giới thiệu doanh nghiệp tham gia hội chợ thực phẩm tổ chức tại Suwon vào mùa thu năm sau.

## Ký kết biên bản ghi nhớ

Kết thúc buổi làm việc, đại diện hai địa phương ký biên bản ghi nhớ hợp tác giai đoạn 2027 – 2030. Văn phòng Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo và Sở Nông nghiệp và Môi trường được giao đầu mối xây dựng kế hoạch cụ thể, báo cáo Ủy ban nhân dân tỉnh trong quý I năm 2027.
""",
    ),
    article(
        "Kỳ họp thứ 5 HĐND tỉnh khóa XV thông qua 25 nghị quyết",
        "Các nghị quyết tập trung vào đầu tư công, an sinh xã hội và phát triển đô thị.",
        [],
        "meeting",
        """
Sau ba ngày làm việc khẩn trương, kỳ họp thứ 5 Hội đồng nhân dân tỉnh khóa XV, nhiệm kỳ 2026 – 2031, đã hoàn thành toàn bộ chương trình đề ra. Các đại biểu đã xem xét 31 báo cáo, tờ trình và biểu quyết thông qua 25 nghị quyết với tỷ lệ tán thành cao.

Đáng chú ý, Hội đồng nhân dân tỉnh thông qua kế hoạch đầu tư công năm 2027 với tổng vốn khoảng 9.600 tỷ đồng, ưu tiên các tuyến giao thông kết nối vùng, hạ tầng y tế, giáo dục ở các xã vùng cao khu vực Bắc Kạn trước đây. Kỳ họp cũng thông qua chính sách hỗ trợ học sinh bán trú, hỗ trợ người có công cải thiện nhà ở và quy định mức chi cho hoạt động của tổ công nghệ số cộng đồng.

## Chất vấn thẳng thắn, trả lời rõ trách nhiệm

Phiên chất vấn tập trung vào ba nhóm vấn đề: tiến độ cấp giấy chứng nhận quyền sử dụng đất, chất lượng nước sạch nông thôn và tình trạng thiếu giáo viên ở một số xã. Giám đốc Sở Nông nghiệp và Môi trường và Giám đốc Sở Giáo dục và Đào tạo đã trả lời, nhận trách nhiệm và nêu thời hạn khắc phục cụ thể.

Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân tỉnh Phạm Minh Tuấn đề nghị Ủy ban nhân dân tỉnh khẩn trương triển khai các nghị quyết ngay từ đầu năm. "Thường trực Hội đồng nhân dân tỉnh sẽ giám sát việc thực hiện các cam kết đã trả lời tại phiên chất vấn", ông nói.

Các nghị quyết được đăng trên Công báo tỉnh và Cổng Thông tin điện tử tỉnh để người dân, doanh nghiệp tra cứu.
""",
    ),
    article(
        "Hoàn thành sáp nhập đơn vị hành chính cấp xã",
        "Bộ máy chính quyền các xã, phường mới đi vào hoạt động ổn định.",
        ["Cải cách hành chính"],
        "digital",
        """
Sau hơn một năm vận hành mô hình chính quyền địa phương hai cấp, tỉnh Thái Nguyên có 92 xã, phường, được hình thành từ việc hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn, kết thúc hoạt động của cấp huyện từ ngày 1/7/2025.

Theo Sở Nội vụ, toàn bộ trụ sở, con dấu, tài khoản và hệ thống phần mềm quản lý văn bản của các xã, phường đã được kiện toàn. Trung tâm Phục vụ hành chính công của từng xã, phường tiếp nhận trung bình 1.800 hồ sơ mỗi ngày trên toàn tỉnh, hơn 70% được nộp trực tuyến.

## Người dân không phải đi xa

Tại phường Phổ Yên, bà Trần Thị Mai, tổ dân phố số 7, cho biết bà làm thủ tục chứng thực và đăng ký khai sinh cho cháu chỉ trong một buổi sáng. "Cán bộ hướng dẫn tận tình, có việc chưa rõ thì gọi điện cho tôi, không phải đi lại nhiều lần", bà nói.

Ở các xã vùng cao như xã Ba Bể, xã Chợ Đồn, tỉnh bố trí điểm tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm, mỗi tuần một lần, để người cao tuổi và đồng bào dân tộc thiểu số không phải đi lại quãng đường dài.

## Tiếp tục bồi dưỡng cán bộ cấp xã

Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng yêu cầu Sở Nội vụ tiếp tục rà soát vị trí việc làm, điều động công chức có chuyên môn về đất đai, xây dựng, tài chính về các xã còn thiếu. Trong năm 2027, tỉnh sẽ tổ chức bồi dưỡng cho khoảng 3.000 cán bộ, công chức cấp xã về kỹ năng giải quyết thủ tục và chuyển đổi số.
""",
    ),
    article(
        "Trao nhà Đại đoàn kết cho hộ nghèo xã Định Hóa",
        "Ủy ban MTTQ tỉnh trao 50 ngôi nhà cho các hộ khó khăn về nhà ở.",
        ["An sinh xã hội"],
        "historic",
        """
Những ngôi nhà được xây dựng từ Quỹ "Vì người nghèo" của tỉnh, mỗi căn được hỗ trợ 60 triệu đồng; các gia đình góp thêm ngày công, vật liệu và được bà con lối xóm giúp sức. Nhà có diện tích từ 40 đến 60 m², tường xây, mái lợp tôn chống nóng, bảo đảm tiêu chí "ba cứng".

Xã Định Hóa được thành lập trên cơ sở thị trấn Chợ Chu và các xã Phúc Chu, Bảo Linh, Đồng Thịnh của huyện Định Hóa trước đây. Phần lớn các hộ nhận nhà là đồng bào Tày, Nùng, Dao có hoàn cảnh đặc biệt khó khăn, nhiều gia đình có người già neo đơn hoặc người khuyết tật.

## "Không còn lo mưa dột"

Bà Ma Thị Hằng, thôn Bản Pấng, xúc động khi nhận chìa khóa ngôi nhà mới. "Nhà cũ bằng tre nứa, mưa to là dột khắp nơi. Giờ có nhà kiên cố, tôi yên tâm cho các cháu ăn học", bà nói.

Phát biểu tại buổi lễ, đại diện Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh cho biết năm 2026, Mặt trận các cấp đã vận động được hơn 42 tỷ đồng, xây mới và sửa chữa 720 ngôi nhà cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh.

## Hướng tới xóa nhà tạm trong năm 2027

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị các xã tiếp tục rà soát, không bỏ sót hộ nào còn ở nhà tạm, nhà dột nát. Tỉnh đặt mục tiêu hoàn thành xóa nhà tạm cho khoảng 1.100 hộ còn lại, chủ yếu ở các xã vùng cao, trước tháng 9 năm 2027.
""",
    ),
    article(
        "Thái Nguyên diễn tập khu vực phòng thủ năm 2026",
        "Cuộc diễn tập bảo đảm an toàn tuyệt đối, đạt mục đích, yêu cầu đề ra.",
        [],
        "forest",
        """
Cuộc diễn tập khu vực phòng thủ tỉnh năm 2026 diễn ra trong bốn ngày, lần đầu tiên được tổ chức theo mô hình chính quyền địa phương hai cấp. Tham gia diễn tập có các cơ quan của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, lực lượng vũ trang tỉnh và 12 xã, phường được chọn làm điểm.

Nội dung diễn tập gồm chuyển địa phương từ thời bình sang thời chiến, xử lý các tình huống về an ninh trật tự, phòng thủ dân sự và khắc phục hậu quả thiên tai. Phần thực binh được tổ chức tại khu vực rừng núi xã La Bằng, với sự tham gia của hơn 1.200 người.

## Phối hợp nhịp nhàng giữa các lực lượng

Trong tình huống giả định cháy rừng lan rộng và sạt lở đất tại các xã phía Bắc, Ban Chỉ huy phòng thủ dân sự tỉnh đã huy động lực lượng quân sự, công an, kiểm lâm, y tế và dân quân tự vệ ứng cứu. Hệ thống thông tin chỉ huy kết nối trực tuyến từ Sở chỉ huy tỉnh đến các xã bảo đảm thông suốt.

Phát biểu bế mạc, Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng đánh giá cuộc diễn tập đạt mục đích, yêu cầu, bảo đảm an toàn tuyệt đối về người và phương tiện. Ông đề nghị Bộ Chỉ huy Quân sự tỉnh rút kinh nghiệm, hoàn thiện các văn kiện tác chiến phù hợp với địa giới hành chính mới.

## Nâng cao năng lực cấp xã

Qua diễn tập, Ủy ban nhân dân các xã, phường được đánh giá đã nắm chắc địa bàn, lực lượng và phương tiện. Tỉnh sẽ tiếp tục bồi dưỡng kiến thức quốc phòng – an ninh cho cán bộ chủ chốt cấp xã trong năm 2027.
""",
    ),
    article(
        "Khởi công tuyến đường liên kết vùng Thái Nguyên – Bắc Ninh",
        "Tuyến đường dài 22 km, tổng mức đầu tư hơn 1.900 tỷ đồng.",
        ["Giao thông", "Đầu tư"],
        "road",
        """
Tuyến đường bắt đầu từ phường Phổ Yên, đi qua xã Phú Bình và nối với hệ thống giao thông của tỉnh Bắc Ninh (gồm cả địa bàn tỉnh Bắc Giang trước đây). Đường được thiết kế theo tiêu chuẩn đường cấp III đồng bằng, mặt cắt ngang 24 m, bốn làn xe cơ giới, với 6 cầu trên tuyến.

Dự án do Sở Xây dựng làm chủ đầu tư, sử dụng vốn ngân sách trung ương và ngân sách tỉnh, dự kiến hoàn thành trong năm 2029. Khi đi vào khai thác, tuyến đường rút ngắn thời gian di chuyển từ các khu công nghiệp phía Nam tỉnh đến các khu công nghiệp của Bắc Ninh còn khoảng 30 phút.

## Giải phóng mặt bằng là khâu quyết định

Dự án cần thu hồi khoảng 96 ha đất của hơn 1.300 hộ gia đình, cá nhân. Đến nay, các xã, phường đã bàn giao 62% mặt bằng, chủ yếu ở đoạn qua phường Phổ Yên.

Phát biểu tại lễ khởi công, Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo yêu cầu xã Phú Bình hoàn thành bàn giao phần mặt bằng còn lại trước tháng 6 năm 2027, đồng thời bố trí tái định cư bảo đảm nơi ở mới tốt hơn hoặc bằng nơi ở cũ. "Nhà thầu phải thi công đúng tiến độ, không để công trường ảnh hưởng đến sinh hoạt và sản xuất của người dân", ông nói.

## Kỳ vọng thu hút đầu tư mới

Theo Sở Tài chính, tuyến đường sẽ mở thêm quỹ đất cho các cụm công nghiệp, khu đô thị dọc hành lang phía Nam, góp phần thu hút các dự án công nghiệp hỗ trợ và logistics trong giai đoạn tới.
""",
    ),
    article(
        "Gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam",
        "Lãnh đạo tỉnh lắng nghe, tháo gỡ khó khăn cho cộng đồng doanh nghiệp.",
        ["Doanh nghiệp"],
        "meeting",
        """
Chương trình gặp mặt do Ủy ban nhân dân tỉnh phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức, thu hút gần 400 doanh nhân tham dự. Hiện toàn tỉnh có khoảng 9.800 doanh nghiệp đang hoạt động; riêng năm 2026 có hơn 1.200 doanh nghiệp thành lập mới.

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi ghi nhận đóng góp của cộng đồng doanh nghiệp: khu vực doanh nghiệp nộp ngân sách chiếm gần 70% tổng thu nội địa và tạo việc làm cho hơn 300.000 lao động. "Thành công của doanh nghiệp là thành công của tỉnh. Chính quyền phải là người đồng hành, không phải người gây khó", ông khẳng định.

## Những kiến nghị cụ thể

Tại buổi gặp mặt, nhiều doanh nghiệp nêu khó khăn về mặt bằng sản xuất, thủ tục phòng cháy chữa cháy và nguồn lao động kỹ thuật. Giám đốc một hợp tác xã chè ở xã Tân Cương đề nghị tỉnh hỗ trợ chi phí chứng nhận hữu cơ để sản phẩm vào được thị trường châu Âu.

Lãnh đạo Sở Tài chính, Sở Xây dựng, Sở Công Thương và Ban Quản lý các khu công nghiệp tỉnh đã trả lời trực tiếp từng kiến nghị. Những nội dung vượt thẩm quyền được ghi nhận, tổng hợp báo cáo Ủy ban nhân dân tỉnh.

## Duy trì đối thoại định kỳ

Tỉnh cam kết duy trì đối thoại doanh nghiệp mỗi quý và trả lời kiến nghị trên Cổng Thông tin điện tử trong vòng 15 ngày làm việc. Dịp này, Ủy ban nhân dân tỉnh tặng bằng khen cho 30 doanh nghiệp, doanh nhân tiêu biểu năm 2026.
""",
    ),
]

CHI_DAO = [
    article(
        "Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công",
        "Các chủ đầu tư phải giải ngân 100% kế hoạch vốn trước ngày 31/01 năm sau.",
        ["Đầu tư công"],
        "road",
        """
Chỉ đạo được Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng đưa ra tại cuộc họp trực tuyến với các sở, ngành và 92 xã, phường. Đến cuối tháng 11, tỉnh mới giải ngân được khoảng 7.100 tỷ đồng, đạt 74% kế hoạch vốn năm 2026, thấp hơn mức bình quân chung của cả nước.

Theo Sở Tài chính, nguyên nhân chủ yếu là vướng mắc trong giải phóng mặt bằng ở một số dự án giao thông, giá vật liệu san lấp tăng và năng lực của một số chủ đầu tư cấp xã sau sắp xếp còn hạn chế. Có 23 dự án giải ngân dưới 50% kế hoạch.

## Điều chuyển vốn từ dự án chậm

Chủ tịch Ủy ban nhân dân tỉnh yêu cầu chủ đầu tư lập kế hoạch giải ngân theo từng tuần, gắn trách nhiệm của người đứng đầu với kết quả giải ngân. Dự án nào đến ngày 15/12 không có khối lượng sẽ bị điều chuyển vốn sang dự án có khả năng giải ngân nhanh.

"Giải ngân vốn đầu tư công không chỉ là con số. Mỗi tháng chậm trễ là người dân chậm có thêm một con đường, một trường học", ông Nguyễn Văn Hùng nhấn mạnh.

## Tổ công tác đến tận công trường

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi được giao trực tiếp chỉ đạo Tổ công tác đặc biệt về giải ngân, làm việc tại hiện trường các dự án trọng điểm. Sở Nông nghiệp và Môi trường phối hợp với các xã tháo gỡ ngay các vướng mắc về giá đất bồi thường, nguồn đất san lấp.

Kết quả giải ngân của từng chủ đầu tư sẽ được công khai hằng tháng trên Cổng Thông tin điện tử tỉnh và là căn cứ để đánh giá, xếp loại cuối năm.
""",
        leader=0,
    ),
    article(
        "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường vành đai V",
        "Yêu cầu các địa phương hoàn thành giải phóng mặt bằng trong quý I.",
        ["Giao thông"],
        "road",
        """
Đoàn kiểm tra do Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo dẫn đầu đã đi thực tế các đoạn tuyến qua phường Phổ Yên, phường Sông Công và xã Phú Bình. Dự án đường vành đai V vùng Thủ đô đoạn qua tỉnh dài khoảng 41 km, tổng mức đầu tư hơn 6.000 tỷ đồng.

Theo báo cáo của Sở Xây dựng, đến nay dự án đã giải phóng được 81% mặt bằng; các nhà thầu đã thi công 5 trên 9 cầu lớn và hoàn thành nền đường khoảng 14 km. Khó khăn lớn nhất là việc di dời hệ thống điện cao thế và đường ống nước sạch đoạn qua phường Sông Công.

## Không để dự án chờ mặt bằng

Ông Đặng Quốc Bảo yêu cầu Ủy ban nhân dân các xã, phường có dự án đi qua hoàn thành giải phóng mặt bằng trong quý I năm 2027, công khai phương án bồi thường đến từng hộ. "Người dân đã đồng thuận thì chính quyền phải chi trả nhanh, bố trí tái định cư kịp thời, không để ai phải chờ đợi", ông nói.

Phó Chủ tịch Ủy ban nhân dân tỉnh cũng đề nghị ngành điện khẩn trương di dời công trình, các nhà thầu tăng mũi thi công, tận dụng thời tiết khô ráo trong mùa đông để đẩy nhanh phần nền đường và cầu.

## Bảo đảm an toàn cho người dân

Sở Xây dựng được giao kiểm tra việc bảo đảm an toàn giao thông tại các điểm giao cắt giữa công trường và đường dân sinh, yêu cầu nhà thầu tưới nước chống bụi, sửa chữa kịp thời những đoạn đường hư hỏng do xe chở vật liệu gây ra.
""",
        leader=3,
    ),
    article(
        "UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2027",
        "Kế hoạch đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.",
        ["Chuyển đổi số"],
        "digital",
        """
Kế hoạch được xây dựng trên cơ sở kết quả chuyển đổi số năm 2026 và yêu cầu vận hành chính quyền địa phương hai cấp. Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc các sở, ngành và các xã, phường triển khai.

Bên cạnh mục tiêu về dịch vụ công, kế hoạch đặt chỉ tiêu 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) được gửi dưới dạng điện tử, 90% hồ sơ công việc cấp tỉnh và 70% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.

## Ba trụ cột: chính quyền số, kinh tế số, xã hội số

Về chính quyền số, tỉnh tập trung hoàn thiện kho dữ liệu dùng chung, kết nối với cơ sở dữ liệu quốc gia về dân cư để người dân không phải nộp lại giấy tờ đã có. Về kinh tế số, tỉnh hỗ trợ 2.000 hộ kinh doanh và hợp tác xã đưa sản phẩm lên sàn thương mại điện tử. Về xã hội số, các tổ công nghệ số cộng đồng tiếp tục hướng dẫn người dân sử dụng định danh điện tử, thanh toán trực tuyến.

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà yêu cầu người đứng đầu các cơ quan trực tiếp chỉ đạo chuyển đổi số ở đơn vị mình. "Mỗi thủ tục phải được xem lại từ góc nhìn người dân: bớt được bước nào, bớt được giấy tờ nào thì phải bớt ngay", bà nói.

## Kinh phí và đánh giá

Tổng kinh phí thực hiện kế hoạch khoảng 320 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa. Kết quả chuyển đổi số của từng cơ quan được đánh giá hằng quý, công bố trên Cổng Thông tin điện tử tỉnh.
""",
        leader=2,
    ),
    article(
        "Chỉ đạo bảo đảm cung ứng hàng hóa dịp Tết Nguyên đán",
        "Sở Công Thương chủ trì theo dõi thị trường, bình ổn giá các mặt hàng thiết yếu.",
        ["Thị trường"],
        "market",
        """
Theo văn bản chỉ đạo của Ủy ban nhân dân tỉnh, các doanh nghiệp tham gia chương trình bình ổn thị trường phải dự trữ hàng hóa thiết yếu tăng từ 15 đến 20% so với Tết năm trước, với tổng giá trị khoảng 1.500 tỷ đồng. Các mặt hàng được ưu tiên gồm gạo, thịt lợn, thịt gia cầm, rau củ, bánh kẹo, nước uống và xăng dầu.

Sở Công Thương được giao theo dõi sát diễn biến giá cả, chủ động phương án điều tiết hàng hóa giữa các khu vực, nhất là các xã vùng cao như xã Ba Bể, xã Chợ Đồn, nơi chi phí vận chuyển lớn và dễ xảy ra tình trạng khan hiếm cục bộ.

## Đưa hàng Việt về vùng cao

Tỉnh sẽ tổ chức 12 phiên chợ hàng Việt về các xã miền núi trong tháng Chạp, kết hợp giới thiệu sản phẩm OCOP của địa phương. Các siêu thị, trung tâm thương mại ở phường Phan Đình Phùng, phường Phổ Yên kéo dài giờ mở cửa đến 22 giờ trong những ngày cao điểm.

## Kiểm tra chặt hàng giả, an toàn thực phẩm

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi yêu cầu lực lượng quản lý thị trường, Sở Y tế và các xã, phường tăng cường kiểm tra, xử lý nghiêm hành vi đầu cơ, găm hàng, tăng giá bất hợp lý và kinh doanh hàng giả, hàng không rõ nguồn gốc.

"Người dân phải được mua hàng hóa đủ, đúng giá và an toàn trong dịp Tết. Các xã, phường phải nắm chắc đời sống của hộ nghèo, hộ chính sách để kịp thời hỗ trợ", ông nói. Sở Nội vụ được giao rà soát, bảo đảm mọi gia đình chính sách đều được thăm hỏi, tặng quà trước Tết.
""",
        leader=1,
    ),
    article(
        "Tăng cường phòng, chống dịch bệnh trên đàn gia súc",
        "UBND tỉnh yêu cầu tiêm phòng đầy đủ, giám sát chặt chẽ vận chuyển gia súc.",
        ["Nông nghiệp"],
        "fields",
        """
Chỉ đạo được ban hành sau khi phát hiện ổ dịch viêm da nổi cục trên đàn trâu, bò tại hai thôn của xã Chợ Đồn và xã Định Hóa. Đến nay, đã có 46 con gia súc mắc bệnh, 7 con bị chết; các ổ dịch đã được khoanh vùng, tiêu độc khử trùng.

Toàn tỉnh hiện có khoảng 165.000 con trâu, bò và gần 900.000 con lợn. Sở Nông nghiệp và Môi trường đánh giá nguy cơ dịch bệnh lây lan trong mùa đông là rất lớn do thời tiết rét, nhu cầu vận chuyển, mua bán gia súc tăng cao dịp cuối năm.

## Tiêm phòng đạt trên 80% tổng đàn

Ủy ban nhân dân tỉnh yêu cầu các xã, phường tổ chức tiêm phòng bổ sung, bảo đảm tỷ lệ tiêm vắc xin viêm da nổi cục, lở mồm long móng và dịch tả lợn châu Phi đạt trên 80% tổng đàn thuộc diện tiêm. Tỉnh hỗ trợ 100% kinh phí vắc xin cho hộ nghèo, hộ cận nghèo và các xã vùng cao.

Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo yêu cầu kiểm soát chặt chẽ việc vận chuyển gia súc qua các chốt kiểm dịch, xử lý nghiêm trường hợp vứt xác động vật ra môi trường. "Phát hiện sớm, khoanh vùng nhanh, xử lý triệt để, không để dịch lan ra diện rộng", ông chỉ đạo.

## Hướng dẫn người chăn nuôi chống rét

Cùng với phòng dịch, ngành nông nghiệp hướng dẫn người dân che chắn chuồng trại, dự trữ rơm, cỏ khô và thức ăn tinh, không thả rông gia súc khi nhiệt độ xuống dưới 12 độ C.
""",
        leader=3,
    ),
    article(
        "Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11",
        "Nhiều kiến nghị về đất đai, bồi thường được giải quyết dứt điểm.",
        ["Tiếp công dân"],
        "meeting",
        """
Buổi tiếp công dân diễn ra tại Trụ sở Tiếp công dân tỉnh, phường Phan Đình Phùng. Cùng dự có lãnh đạo Thanh tra tỉnh, Sở Nông nghiệp và Môi trường, Sở Tư pháp, Sở Xây dựng và Ủy ban nhân dân các xã, phường có công dân đến kiến nghị.

Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng đã tiếp 9 lượt công dân với 11 vụ việc, chủ yếu liên quan đến bồi thường, hỗ trợ tái định cư ở các dự án giao thông, cấp giấy chứng nhận quyền sử dụng đất và tranh chấp ranh giới đất.

## Giải quyết tại chỗ những việc đủ căn cứ

Với trường hợp của bà Nguyễn Thị Thanh, tổ dân phố Cầu Gia Bảy, phường Phan Đình Phùng, đề nghị xem xét lại diện tích đất ở được bồi thường, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường kiểm tra hồ sơ địa chính gốc, trả lời công dân trong 20 ngày.

Đối với kiến nghị của 14 hộ dân xã Đại Phúc về việc chậm bàn giao đất tái định cư, ông Nguyễn Văn Hùng yêu cầu Ủy ban nhân dân xã hoàn thiện hạ tầng và tổ chức bốc thăm, giao đất trước ngày 31/12. "Việc đã hứa với dân thì phải làm đúng hẹn", ông nói.

## Công khai kết quả giải quyết

Thanh tra tỉnh được giao theo dõi, đôn đốc việc thực hiện các kết luận tại buổi tiếp công dân và báo cáo kết quả trước buổi tiếp định kỳ tháng sau. Trong 11 tháng năm 2026, tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền của tỉnh đạt 92%.
""",
        leader=0,
    ),
    article(
        "Yêu cầu nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
        "Các sở, ngành phải có giải pháp cụ thể cải thiện từng chỉ số thành phần.",
        ["Cải cách hành chính"],
        "city",
        """
Năm 2025, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Thái Nguyên đứng trong nhóm khá của cả nước, nhưng một số chỉ số thành phần như tiếp cận đất đai, chi phí không chính thức và thiết chế pháp lý còn thấp. Ủy ban nhân dân tỉnh yêu cầu mỗi chỉ số thành phần có một cơ quan chịu trách nhiệm chính.

Theo phân công, Sở Tài chính chủ trì chỉ số gia nhập thị trường và cạnh tranh bình đẳng; Sở Nông nghiệp và Môi trường chủ trì chỉ số tiếp cận đất đai; Sở Tư pháp chủ trì chỉ số thiết chế pháp lý; Thanh tra tỉnh chủ trì chỉ số chi phí không chính thức.

## Lắng nghe doanh nghiệp nhiều hơn

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi cho rằng điểm yếu lớn nhất là khoảng cách giữa chủ trương của tỉnh với cách làm của một số cán bộ trực tiếp giải quyết hồ sơ. "Doanh nghiệp chấm điểm chúng ta qua từng lần nộp hồ sơ, từng cuộc điện thoại. Một cán bộ gây khó có thể kéo cả chỉ số đi xuống", ông nói.

Các sở, ngành được yêu cầu tổ chức ít nhất hai cuộc đối thoại doanh nghiệp mỗi năm, công khai số điện thoại đường dây nóng của người đứng đầu và trả lời kiến nghị trong thời hạn 15 ngày làm việc.

## Đánh giá cả các xã, phường

Từ năm 2027, tỉnh sẽ triển khai bộ chỉ số đánh giá năng lực điều hành cấp sở, ngành và xã, phường (DDCI). Kết quả được công bố công khai, làm căn cứ để bình xét thi đua và đánh giá người đứng đầu.
""",
        leader=1,
    ),
    article(
        "Chỉ đạo ứng phó rét đậm, rét hại ở vùng cao",
        "Các xã vùng cao chủ động che chắn chuồng trại, bảo vệ cây trồng.",
        ["Thiên tai"],
        "forest",
        """
Theo Đài Khí tượng thủy văn tỉnh, từ cuối tuần này một đợt không khí lạnh mạnh sẽ gây rét đậm, rét hại trên diện rộng; nhiệt độ thấp nhất ở các xã vùng cao phía Bắc tỉnh có thể xuống 3 đến 5 độ C, vùng núi cao có khả năng xuất hiện băng giá, sương muối.

Ủy ban nhân dân tỉnh yêu cầu các xã Ba Bể, Chợ Đồn, Định Hóa và các xã vùng cao khác rà soát, hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho gia súc, không thả trâu, bò ngoài trời khi nhiệt độ dưới 12 độ C. Trong năm 2025, đợt rét kéo dài đã làm chết hơn 300 con gia súc ở các xã miền núi.

## Bảo vệ học sinh và người cao tuổi

Sở Giáo dục và Đào tạo được giao hướng dẫn các trường cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ xuống dưới 7 độ C, bảo đảm chăn ấm, nước nóng cho học sinh bán trú. Sở Y tế chỉ đạo các trạm y tế xã tăng cường khám, tư vấn phòng bệnh đường hô hấp cho trẻ em và người cao tuổi.

Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo đề nghị các xã không gieo cấy lúa xuân sớm khi trời còn rét, hướng dẫn nông dân che phủ mạ bằng nilon. "Mỗi con trâu, con bò là tài sản lớn của đồng bào vùng cao, không được để thiệt hại vì chủ quan", ông lưu ý.

## Trực ban theo dõi thời tiết

Các xã, phường tổ chức trực ban, báo cáo tình hình thiệt hại về Sở Nông nghiệp và Môi trường trước 15 giờ hằng ngày trong suốt đợt rét.
""",
        leader=3,
    ),
    article(
        "Phó Chủ tịch UBND tỉnh làm việc với các khu công nghiệp",
        "Tháo gỡ vướng mắc về hạ tầng, lao động cho doanh nghiệp FDI.",
        ["Doanh nghiệp"],
        "industrial_park",
        """
Buổi làm việc do Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi chủ trì, với sự tham gia của Ban Quản lý các khu công nghiệp tỉnh, các công ty hạ tầng và đại diện 40 doanh nghiệp có vốn đầu tư trực tiếp nước ngoài (FDI).

Theo Ban Quản lý các khu công nghiệp tỉnh, các khu công nghiệp Yên Bình, Điềm Thụy, Sông Công hiện thu hút 285 dự án, trong đó 190 dự án FDI, sử dụng hơn 160.000 lao động. Tỷ lệ lấp đầy bình quân đạt 78%.

## Ba nhóm vướng mắc

Các doanh nghiệp phản ánh ba nhóm khó khăn: hệ thống xử lý nước thải tập trung ở một số khu công nghiệp chưa theo kịp nhu cầu mở rộng sản xuất; thiếu nhà ở cho công nhân; khó tuyển lao động kỹ thuật có tay nghề cao, nhất là kỹ sư điện tử, tự động hóa.

Đại diện một doanh nghiệp điện tử Hàn Quốc ở phường Phổ Yên đề nghị tỉnh sớm hoàn thành tuyến đường gom và điểm đỗ xe buýt đưa đón công nhân. "Chúng tôi có 12.000 công nhân, giờ tan ca đường rất đông", ông nói.

## Cam kết thời hạn xử lý

Ông Hoàng Minh Khôi giao Ban Quản lý các khu công nghiệp tỉnh yêu cầu chủ đầu tư hạ tầng nâng công suất trạm xử lý nước thải trong quý II năm 2027; Sở Xây dựng đẩy nhanh hai dự án nhà ở xã hội với khoảng 3.500 căn hộ; Sở Nội vụ phối hợp với các trường nghề, Đại học Thái Nguyên đặt hàng đào tạo theo nhu cầu doanh nghiệp.

"Doanh nghiệp đã chọn Thái Nguyên thì tỉnh có trách nhiệm để họ ở lại và mở rộng", Phó Chủ tịch Thường trực nhấn mạnh.
""",
        leader=1,
    ),
    article(
        "UBND tỉnh chỉ đạo tổ chức Lễ hội Trà năm 2027",
        "Lễ hội hướng tới quảng bá thương hiệu chè Thái Nguyên ra thế giới.",
        ["Chè Thái Nguyên"],
        "festival",
        """
Theo kế hoạch của Ủy ban nhân dân tỉnh, Lễ hội Trà Thái Nguyên năm 2027 diễn ra trong bốn ngày, dự kiến vào tháng 3 năm 2027, tại Quảng trường Võ Nguyên Giáp (phường Phan Đình Phùng) và các vùng chè xã Tân Cương, xã La Bằng. Đây là lần đầu tiên lễ hội có thêm không gian giới thiệu chè Shan tuyết của các xã vùng cao khu vực Bắc Kạn trước đây.

Chương trình gồm lễ khai mạc, hội chợ chè và sản phẩm OCOP với khoảng 300 gian hàng, thi pha trà nghệ thuật, trình diễn sao chè thủ công, hội thảo về xuất khẩu chè và các tour trải nghiệm làm chè tại làng nghề.

## Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà, Trưởng Ban tổ chức, yêu cầu Sở Văn hóa, Thể thao và Du lịch hoàn thành kịch bản chi tiết trước ngày 15/01/2027; Sở Công Thương mời các nhà nhập khẩu chè từ Nhật Bản, Đài Loan (Trung Quốc) và châu Âu tham dự hội chợ.

"Lễ hội phải là ngày hội của người làm chè, không chỉ là sân khấu. Người trồng chè phải được hưởng lợi từ lượng khách đến với lễ hội", bà nói.

## Tiết kiệm, an toàn

Ban tổ chức yêu cầu các hoạt động được tổ chức tiết kiệm, huy động nguồn xã hội hóa. Công an tỉnh xây dựng phương án bảo đảm an ninh trật tự, phân luồng giao thông; Sở Y tế bố trí các điểm sơ cứu tại khu vực lễ hội. Chương trình chi tiết sẽ được công bố trên Cổng Thông tin điện tử tỉnh.
""",
        leader=2,
    ),
]

KINH_TE = [
    article(
        "Xuất khẩu chè Thái Nguyên đạt kỷ lục",
        "Sản lượng chè xuất khẩu năm 2026 ước đạt 12.000 tấn, tăng 15% so với năm trước.",
        ["Chè Thái Nguyên"],
        "tea_hills",
        """
Theo Sở Công Thương, kim ngạch xuất khẩu chè của tỉnh năm 2026 ước đạt khoảng 28 triệu USD. Ngoài các thị trường truyền thống như Đài Loan (Trung Quốc), Pakistan, Trung Đông, chè Thái Nguyên đã vào được Nhật Bản, Hàn Quốc và một số nước châu Âu, nơi có yêu cầu khắt khe về dư lượng thuốc bảo vệ thực vật.

Toàn tỉnh hiện có khoảng 24.000 ha chè, sản lượng chè búp tươi mỗi năm hơn 280.000 tấn. Diện tích chè sản xuất theo tiêu chuẩn VietGAP, hữu cơ, Rainforest Alliance chiếm gần 40%, tập trung ở xã Tân Cương, xã La Bằng, xã Đại Phúc và các vùng chè Shan tuyết ở xã Chợ Đồn.

## Chuyển từ bán thô sang bán thương hiệu

Giám đốc một công ty chè ở phường Phổ Yên cho biết giá chè xanh xuất khẩu của doanh nghiệp đã tăng từ 3,5 lên gần 6 USD/kg nhờ có chứng nhận hữu cơ và mã truy xuất nguồn gốc cho từng lô hàng. "Khách châu Âu hỏi rất kỹ về vùng trồng, về người hái chè. Có dữ liệu minh bạch thì mới bán được giá", ông nói.

Tuy vậy, phần lớn chè xuất khẩu vẫn là chè đen, chè xanh sơ chế đóng bao lớn, giá trị gia tăng chưa cao.

## Mục tiêu 35 triệu USD vào năm 2028

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi yêu cầu Sở Công Thương phối hợp với Sở Nông nghiệp và Môi trường xây dựng vùng nguyên liệu đạt chuẩn xuất khẩu, hỗ trợ doanh nghiệp đăng ký bảo hộ nhãn hiệu ở nước ngoài. Tỉnh đặt mục tiêu kim ngạch xuất khẩu chè đạt 35 triệu USD vào năm 2028, trong đó chè thành phẩm đóng gói chiếm ít nhất 30%.
""",
    ),
    article(
        "Thái Nguyên thu hút thêm 1,2 tỷ USD vốn FDI",
        "Các dự án mới tập trung vào điện tử, công nghiệp phụ trợ.",
        ["Đầu tư"],
        "industrial_park",
        """
Theo Sở Tài chính, 11 tháng năm 2026 tỉnh đã cấp mới giấy chứng nhận đăng ký đầu tư cho 38 dự án có vốn đầu tư trực tiếp nước ngoài và điều chỉnh tăng vốn cho 45 lượt dự án, tổng vốn đăng ký mới và tăng thêm đạt 1,2 tỷ USD. Lũy kế đến nay, toàn tỉnh có 420 dự án FDI còn hiệu lực với tổng vốn khoảng 12,5 tỷ USD.

Nhà đầu tư đến từ Hàn Quốc vẫn dẫn đầu, tiếp theo là Trung Quốc, Nhật Bản và Singapore. Phần lớn dự án đặt tại các khu công nghiệp Yên Bình, Điềm Thụy và Sông Công, sản xuất linh kiện điện tử, bảng mạch, thiết bị viễn thông và vật liệu mới.

## Nhiều dự án công nghệ cao

Đáng chú ý, có 6 dự án sản xuất linh kiện bán dẫn và thiết bị điện tử thông minh với vốn từ 100 triệu USD trở lên. Tỷ lệ doanh nghiệp trong nước tham gia chuỗi cung ứng cho các doanh nghiệp FDI tăng lên gần 12%, chủ yếu ở các khâu bao bì, khuôn mẫu, cơ khí chính xác.

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi cho rằng tỉnh đang chuyển từ "thu hút bằng mọi giá" sang chọn lọc dự án. "Chúng tôi ưu tiên dự án công nghệ cao, ít thâm dụng lao động, có cam kết chuyển giao công nghệ và liên kết với doanh nghiệp Việt", ông nói.

## Chuẩn bị quỹ đất sạch

Để đón làn sóng đầu tư mới, tỉnh đang đẩy nhanh bồi thường, giải phóng mặt bằng khoảng 1.100 ha đất công nghiệp tại phường Phổ Yên và xã Phú Bình, đồng thời hoàn thiện hạ tầng điện, nước và xử lý nước thải ngoài hàng rào các khu công nghiệp.
""",
    ),
    article(
        "Khu công nghiệp Yên Bình mở rộng giai đoạn 2",
        "Diện tích mở rộng 300 ha, dự kiến thu hút 20.000 lao động.",
        ["Khu công nghiệp"],
        "industrial_park",
        """
Khu công nghiệp Yên Bình nằm trên địa bàn phường Phổ Yên và xã Phú Bình, là nơi đặt nhiều nhà máy điện tử lớn. Giai đoạn 1 với diện tích 400 ha đã được lấp đầy trên 95%. Phần mở rộng giai đoạn 2 có tổng vốn đầu tư hạ tầng khoảng 3.200 tỷ đồng, do một công ty hạ tầng trong nước làm chủ đầu tư.

Theo Ban Quản lý các khu công nghiệp tỉnh, giai đoạn 2 ưu tiên các dự án sản xuất linh kiện điện tử, thiết bị tự động hóa và công nghiệp hỗ trợ. Đã có 9 nhà đầu tư đăng ký thuê đất với tổng diện tích khoảng 120 ha.

## Đồng bộ hạ tầng xã hội

Cùng với hạ tầng kỹ thuật, quy hoạch dành khoảng 25 ha cho nhà ở công nhân, nhà trẻ, trạm y tế và khu thể thao. Sở Xây dựng cho biết hai dự án nhà ở xã hội liền kề khu công nghiệp đang được lựa chọn nhà đầu tư, dự kiến khởi công trong năm 2027.

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi lưu ý: "Mở rộng khu công nghiệp phải đi cùng chỗ ở, trường học cho con em công nhân. Không để người lao động phải thuê trọ chật chội, xa nơi làm việc."

## Bảo đảm sinh kế cho người dân

Dự án cần thu hồi đất của khoảng 1.450 hộ, chủ yếu là đất trồng lúa, cây hằng năm. Ngoài bồi thường theo quy định, các hộ bị thu hồi trên 30% diện tích đất nông nghiệp được hỗ trợ đào tạo nghề, giới thiệu việc làm tại chính các doanh nghiệp trong khu công nghiệp. Ủy ban nhân dân phường Phổ Yên và xã Phú Bình đã tổ chức 24 buổi đối thoại với người dân trước khi phê duyệt phương án bồi thường.
""",
    ),
    article(
        "Nông dân Phú Bình trúng mùa lúa chất lượng cao",
        "Năng suất lúa đạt 62 tạ/ha, giá bán cao hơn lúa thường 20%.",
        ["Nông nghiệp"],
        "fields",
        """
Vụ mùa năm nay, các hợp tác xã ở xã Phú Bình gieo cấy khoảng 1.800 ha lúa chất lượng cao, chủ yếu là các giống BC15, TBR225 và lúa nếp Vải. Nhờ thời tiết thuận lợi và áp dụng quy trình canh tác tiết kiệm nước, năng suất bình quân đạt 62 tạ/ha, cao hơn vụ trước khoảng 3 tạ.

Xã Phú Bình được thành lập trên cơ sở thị trấn Hương Sơn và một số xã của huyện Phú Bình trước đây, là một trong những vựa lúa lớn nhất của tỉnh. Toàn bộ diện tích lúa chất lượng cao được doanh nghiệp ký hợp đồng bao tiêu từ đầu vụ.

## Liên kết từ khâu giống đến tiêu thụ

Ông Dương Văn Thành, Giám đốc Hợp tác xã Nông nghiệp Tân Đức, cho biết 240 hộ thành viên được cung ứng giống, phân bón trả chậm và hướng dẫn kỹ thuật. "Thu hoạch xong là có xe của doanh nghiệp đến tận ruộng, bà con không phải lo đầu ra, lãi mỗi sào cao hơn lúa thường khoảng 300.000 đồng", ông nói.

Việc sử dụng máy cấy, máy gặt đập liên hợp và thiết bị bay không người lái phun thuốc giúp giảm khoảng 30% chi phí lao động. Rơm rạ sau thu hoạch được thu gom làm thức ăn cho gia súc, hạn chế đốt đồng gây ô nhiễm.

## Mở rộng vùng lúa hữu cơ

Sở Nông nghiệp và Môi trường cho biết tỉnh sẽ hỗ trợ xã Phú Bình xây dựng 200 ha lúa hữu cơ trong năm 2027, gắn với chứng nhận OCOP cho sản phẩm gạo đóng túi. Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo đề nghị địa phương tiếp tục dồn điền, đổi thửa để tạo cánh đồng lớn thuận lợi cho cơ giới hóa.
""",
    ),
    article(
        "Sản phẩm OCOP Thái Nguyên lên sàn thương mại điện tử",
        "Hơn 200 sản phẩm OCOP được giới thiệu trên các sàn lớn.",
        ["OCOP", "Thương mại điện tử"],
        "market",
        """
Toàn tỉnh hiện có 520 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên, trong đó chè và các sản phẩm từ chè chiếm gần một nửa. Sau khi hợp nhất với tỉnh Bắc Kạn, danh mục sản phẩm có thêm miến dong, gạo nếp Bao thai, mơ vàng, rượu men lá và các sản phẩm từ cây dược liệu của các xã vùng cao.

Theo Sở Công Thương, đến nay 215 sản phẩm OCOP đã có gian hàng trên các sàn thương mại điện tử lớn. Doanh thu bán hàng trực tuyến của các chủ thể OCOP năm 2026 ước đạt khoảng 140 tỷ đồng, tăng gần gấp đôi năm trước.

## Bán hàng qua livestream

Chị Hoàng Thị Nga, chủ cơ sở sản xuất miến dong ở xã Ba Bể, cho biết mỗi tối chị livestream hơn một giờ, giới thiệu quy trình làm miến tại xưởng. "Có tháng tôi bán được hơn 3 tấn miến qua mạng, khách ở tận Thành phố Hồ Chí Minh đặt mua", chị nói.

Sở Công Thương đã phối hợp với các sàn tổ chức 18 lớp tập huấn kỹ năng bán hàng trực tuyến, chụp ảnh sản phẩm và quản lý đơn hàng cho hơn 900 học viên là chủ hợp tác xã, hộ kinh doanh.

## Chất lượng là điều kiện tiên quyết

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi lưu ý các chủ thể phải giữ vững chất lượng, bao bì, nhãn mác đúng quy định và có mã truy xuất nguồn gốc. Tỉnh sẽ rà soát, thu hồi chứng nhận đối với sản phẩm không duy trì được tiêu chuẩn. Trong năm 2027, tỉnh hỗ trợ thêm 100 sản phẩm OCOP lên sàn, ưu tiên sản phẩm của các xã vùng cao.
""",
    ),
    article(
        "Thu ngân sách nhà nước vượt dự toán",
        "Tổng thu ngân sách năm 2026 ước đạt 22.000 tỷ đồng.",
        ["Ngân sách"],
        "city",
        """
Theo Sở Tài chính, số thu ngân sách năm 2026 vượt khoảng 8% so với dự toán Hội đồng nhân dân tỉnh giao. Thu nội địa ước đạt 17.500 tỷ đồng, thu từ hoạt động xuất nhập khẩu khoảng 4.500 tỷ đồng. Các khoản thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài, thuế thu nhập cá nhân và tiền sử dụng đất đều tăng khá.

Kết quả trên có được nhờ sản xuất công nghiệp tăng trưởng ổn định, cùng với việc cơ quan thuế đẩy mạnh hóa đơn điện tử khởi tạo từ máy tính tiền, quản lý thuế thương mại điện tử và thu hồi nợ đọng.

## Dành nguồn cho đầu tư và an sinh

Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi cho biết phần vượt thu sẽ được ưu tiên bổ sung vốn cho các dự án giao thông kết nối vùng, sửa chữa trường học, trạm y tế ở các xã vùng cao và thực hiện chính sách tiền lương. "Mỗi đồng vượt thu phải được chi đúng chỗ, có hiệu quả, minh bạch với người dân", ông nói.

## Vẫn còn nguồn thu chưa bền vững

Sở Tài chính cũng chỉ ra một số tồn tại: thu từ đất chiếm tỷ trọng khá lớn, trong khi thị trường bất động sản chưa phục hồi đồng đều; nợ thuế của một số doanh nghiệp khai khoáng, xây dựng còn cao.

Năm 2027, tỉnh dự kiến giao dự toán thu ngân sách khoảng 23.500 tỷ đồng. Các xã, phường được giao nhiệm vụ thu theo phân cấp mới, gắn với trách nhiệm quản lý hộ kinh doanh trên địa bàn.
""",
    ),
    article(
        "Doanh nghiệp nhỏ và vừa tiếp cận vốn vay ưu đãi",
        "Các ngân hàng cam kết dành 5.000 tỷ đồng cho doanh nghiệp nhỏ và vừa.",
        ["Doanh nghiệp"],
        "market",
        """
Cam kết được đưa ra tại hội nghị kết nối ngân hàng – doanh nghiệp do Ủy ban nhân dân tỉnh phối hợp với Ngân hàng Nhà nước khu vực tổ chức. Gần 20 ngân hàng thương mại tham gia chương trình với lãi suất cho vay ngắn hạn thấp hơn mặt bằng chung từ 0,5 đến 1,5 điểm phần trăm.

Theo Sở Tài chính, doanh nghiệp nhỏ và vừa chiếm khoảng 97% tổng số doanh nghiệp của tỉnh nhưng mới tiếp cận được khoảng 30% dư nợ tín dụng doanh nghiệp. Khó khăn thường gặp là thiếu tài sản bảo đảm, phương án kinh doanh chưa thuyết phục và báo cáo tài chính chưa minh bạch.

## Ký kết ngay tại hội nghị

Ngay tại hội nghị, các ngân hàng đã ký hợp đồng tín dụng với 46 doanh nghiệp, tổng số tiền gần 620 tỷ đồng. Bà Nguyễn Thu Hương, giám đốc một doanh nghiệp may ở phường Sông Công, cho biết khoản vay 5 tỷ đồng giúp công ty mua thêm máy móc để nhận đơn hàng xuất khẩu năm tới.

Quỹ Bảo lãnh tín dụng của tỉnh cũng công bố sẽ bảo lãnh cho các khoản vay đến 70% giá trị với doanh nghiệp có phương án khả thi nhưng thiếu tài sản thế chấp.

## Đề nghị đơn giản hóa hồ sơ

Phát biểu tại hội nghị, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Hoàng Minh Khôi đề nghị các ngân hàng rút gọn hồ sơ, thời gian thẩm định, đồng thời yêu cầu Sở Tài chính hướng dẫn doanh nghiệp xây dựng phương án kinh doanh, chuẩn hóa sổ sách kế toán. Kết quả cho vay sẽ được tổng hợp, báo cáo hằng quý.
""",
    ),
    article(
        "Phát triển vùng trồng cây ăn quả ở Đại Từ",
        "Diện tích bưởi, nhãn, ổi đạt tiêu chuẩn VietGAP tăng nhanh.",
        ["Nông nghiệp"],
        "fields",
        """
Xã Đại Từ và các xã lân cận trên địa bàn huyện Đại Từ trước đây hiện có khoảng 2.600 ha cây ăn quả, trong đó gần 700 ha đạt tiêu chuẩn VietGAP. Các loại cây chủ lực là bưởi Diễn, nhãn, ổi lê Đài Loan và gần đây là na, bơ trồng trên đất đồi chuyển đổi từ rừng sản xuất kém hiệu quả.

Theo Sở Nông nghiệp và Môi trường, giá trị thu được trên mỗi ha cây ăn quả đạt bình quân 250 đến 300 triệu đồng mỗi năm, cao gấp ba lần trồng lúa. Nhiều hộ có thu nhập trên một tỷ đồng mỗi năm từ vườn quả.

## Đổi mới cách làm

Anh Trần Văn Quý, thôn Đồng Chùa, xã Đại Từ, có 3 ha bưởi và ổi. Anh lắp hệ thống tưới nhỏ giọt điều khiển bằng điện thoại, ghi nhật ký sản xuất điện tử để đáp ứng yêu cầu truy xuất nguồn gốc. "Siêu thị ở Hà Nội chỉ nhận hàng có mã QR, có nhật ký. Làm chuẩn thì bán được giá cao hơn chợ 20 đến 30%", anh nói.

Một số hợp tác xã đã xây kho lạnh quy mô nhỏ, giúp kéo dài thời gian bảo quản và chủ động điều tiết lượng hàng ra thị trường.

## Quy hoạch vùng tập trung

Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo yêu cầu không phát triển cây ăn quả tự phát, lấn vào đất rừng phòng hộ. Tỉnh sẽ quy hoạch vùng trồng tập trung, cấp mã số vùng trồng và hỗ trợ chứng nhận VietGAP cho thêm khoảng 300 ha trong năm 2027, gắn với du lịch trải nghiệm mùa thu hoạch.
""",
    ),
]

CHUYEN_DOI_SO = [
    article(
        "Ra mắt ứng dụng công dân số Thái Nguyên",
        "Người dân tra cứu thủ tục, gửi phản ánh và thanh toán trực tuyến trên một ứng dụng.",
        ["Chuyển đổi số"],
        "digital",
        """
Ứng dụng do Sở Khoa học và Công nghệ chủ trì xây dựng, cài đặt miễn phí trên điện thoại chạy hệ điều hành Android và iOS. Người dùng đăng nhập bằng tài khoản định danh điện tử, không phải tạo thêm tài khoản riêng.

Trên ứng dụng, người dân có thể tra cứu hơn 1.900 thủ tục hành chính, nộp hồ sơ và theo dõi tiến độ giải quyết, nhận thông báo khi có kết quả. Ứng dụng cũng tích hợp chức năng gửi phản ánh hiện trường kèm ảnh và vị trí, thanh toán học phí, viện phí, tiền điện, nước và tra cứu lịch tiếp công dân.

## Phản ánh được trả lời trong 5 ngày

Theo Sở Khoa học và Công nghệ, mỗi phản ánh được chuyển tự động đến cơ quan có thẩm quyền, kể cả Ủy ban nhân dân các xã, phường. Thời hạn trả lời tối đa là 5 ngày làm việc; người gửi nhận được thông báo và có thể đánh giá mức độ hài lòng.

Anh Lê Văn Hiếu, phường Gia Sàng, dùng thử ứng dụng để phản ánh một đoạn đèn đường bị hỏng. "Chiều gửi ảnh thì sáng hôm sau đã có người đến sửa, trên ứng dụng báo đã xử lý", anh kể.

## Không ai bị bỏ lại phía sau

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà yêu cầu các tổ công nghệ số cộng đồng hướng dẫn người dân, nhất là người cao tuổi và đồng bào vùng cao, cài đặt và sử dụng ứng dụng. "Ứng dụng là thêm một kênh thuận tiện, không thay thế bộ phận một cửa. Ai chưa quen công nghệ vẫn được phục vụ trực tiếp như trước", bà nói.

Tỉnh đặt mục tiêu có 500.000 người dùng thường xuyên vào cuối năm 2027.
""",
    ),
    article(
        "100% xã có tổ công nghệ số cộng đồng",
        "Các tổ hướng dẫn người dân cài đặt định danh điện tử, thanh toán không tiền mặt.",
        ["Chuyển đổi số"],
        "digital",
        """
Theo Sở Khoa học và Công nghệ, toàn tỉnh hiện có hơn 1.700 tổ công nghệ số cộng đồng ở 92 xã, phường và các thôn, tổ dân phố, với khoảng 9.500 thành viên. Thành viên là cán bộ thôn, đoàn viên thanh niên, giáo viên, nhân viên bưu điện và ngân hàng ở địa phương.

Trong năm 2026, các tổ đã hướng dẫn hơn 280.000 lượt người dân kích hoạt tài khoản định danh điện tử mức 2, nộp hồ sơ trực tuyến và mở tài khoản thanh toán. Nhiều tổ còn giúp hộ nông dân đăng ký gian hàng trên sàn thương mại điện tử, bán nông sản qua mạng.

## Đến tận nhà người cao tuổi

Ở xã Ba Bể, tổ công nghệ số thôn Pác Ngòi gồm 6 thành viên, trong đó có 4 đoàn viên thanh niên. Mỗi tối thứ Bảy, tổ tổ chức lớp hướng dẫn tại nhà văn hóa thôn; người cao tuổi không đi được thì tổ đến tận nhà. "Bà con hỏi nhiều nhất là cách nhận lương hưu, trợ cấp qua tài khoản, cách đóng bảo hiểm y tế trên điện thoại", anh Hoàng Văn Tùng, tổ trưởng, cho biết.

## Hỗ trợ kinh phí hoạt động

Từ năm 2027, theo nghị quyết của Hội đồng nhân dân tỉnh, mỗi tổ công nghệ số cộng đồng được hỗ trợ kinh phí hoạt động hằng tháng và được cấp thiết bị phát sóng wifi ở nhà văn hóa thôn. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông phủ sóng di động ở 36 thôn vùng lõm còn lại trong năm 2027.
""",
    ),
    article(
        "Trung tâm điều hành thông minh tỉnh kết nối 1.500 camera",
        "Hệ thống hỗ trợ giám sát giao thông, an ninh trật tự và môi trường.",
        ["Chuyển đổi số", "Đô thị thông minh"],
        "digital",
        """
Trung tâm điều hành thông minh (IOC) đặt tại trụ sở Sở Khoa học và Công nghệ, phường Phan Đình Phùng. Bên cạnh 1.500 camera tại các nút giao thông, trường học, bệnh viện và khu dân cư, trung tâm còn kết nối 60 trạm quan trắc môi trường tự động, 42 trạm đo mưa và dữ liệu từ hệ thống dịch vụ công của tỉnh.

Màn hình điều hành hiển thị các chỉ số theo thời gian thực: số hồ sơ thủ tục hành chính tiếp nhận, giải quyết đúng hạn và quá hạn; phản ánh của người dân; chỉ số chất lượng không khí; lượng khách du lịch tại các điểm đến chính như hồ Núi Cốc, hồ Ba Bể.

## Hỗ trợ lực lượng chức năng

Theo Công an tỉnh, trong 10 tháng năm 2026, dữ liệu camera đã giúp phát hiện hơn 8.600 trường hợp vi phạm giao thông và hỗ trợ điều tra làm rõ 37 vụ việc về trật tự xã hội. Camera ở khu vực các khu công nghiệp phường Phổ Yên được dùng để điều tiết giao thông giờ tan ca.

## Dữ liệu phục vụ ra quyết định

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà cho rằng giá trị lớn nhất của trung tâm là giúp lãnh đạo tỉnh ra quyết định dựa trên dữ liệu. "Nhìn vào bảng điều hành, chúng tôi biết xã nào đang tồn đọng hồ sơ, lĩnh vực nào người dân phản ánh nhiều để chỉ đạo kịp thời", bà nói.

Trong năm 2027, trung tâm sẽ kết nối thêm camera tại các xã vùng cao và dữ liệu y tế, giáo dục. Việc khai thác dữ liệu hình ảnh được thực hiện theo quy định về bảo vệ dữ liệu cá nhân.
""",
    ),
    article(
        "Thái Nguyên dẫn đầu chỉ số chuyển đổi số cấp tỉnh",
        "Tỉnh giữ vị trí trong nhóm dẫn đầu cả nước ba năm liên tiếp.",
        ["Chuyển đổi số"],
        "digital",
        """
Theo kết quả đánh giá chỉ số chuyển đổi số (DTI) năm 2025 do Bộ Khoa học và Công nghệ công bố, Thái Nguyên tiếp tục nằm trong nhóm 5 địa phương dẫn đầu cả nước. Tỉnh đạt điểm cao ở các trụ cột chính quyền số và hạ tầng số; trụ cột kinh tế số có bước tiến rõ rệt so với năm trước.

Một số kết quả nổi bật được ghi nhận: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt trên 70%; 100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng chữ ký số; kho dữ liệu dùng chung của tỉnh kết nối với cơ sở dữ liệu quốc gia về dân cư, đất đai, doanh nghiệp.

## Giữ vững thứ hạng trong bối cảnh mới

Năm 2025 là năm đặc biệt khi tỉnh vừa hợp nhất với tỉnh Bắc Kạn, vừa chuyển sang chính quyền địa phương hai cấp. Hệ thống phần mềm quản lý văn bản, một cửa điện tử của các xã, phường mới được chuyển đổi, đồng bộ dữ liệu trong thời gian ngắn, bảo đảm không gián đoạn việc phục vụ người dân.

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà cho biết: "Thứ hạng là sự ghi nhận, nhưng thước đo quan trọng nhất là người dân có thấy thuận tiện hơn khi làm thủ tục, khi tiếp cận dịch vụ công hay không."

## Khoảng cách số giữa các vùng

Tuy vậy, tỷ lệ hồ sơ trực tuyến ở một số xã vùng cao mới đạt khoảng 35 đến 40%, hạ tầng mạng ở nhiều thôn chưa ổn định. Sở Khoa học và Công nghệ được giao xây dựng đề án thu hẹp khoảng cách số, trình Ủy ban nhân dân tỉnh trong quý I năm 2027.
""",
    ),
    article(
        "Số hóa hồ sơ hộ tịch từ năm 1945",
        "Hơn 2 triệu trang hồ sơ hộ tịch được số hóa, phục vụ tra cứu trực tuyến.",
        ["Chuyển đổi số", "Cải cách hành chính"],
        "digital",
        """
Dự án số hóa do Sở Tư pháp chủ trì, thực hiện trong hai năm với tổng kinh phí khoảng 48 tỷ đồng. Khối lượng gồm sổ đăng ký khai sinh, kết hôn, khai tử, nhận cha mẹ con và các giấy tờ hộ tịch khác lưu tại các xã, phường và cơ quan cấp huyện trước đây, trong đó có những cuốn sổ viết tay từ năm 1945.

Sau khi số hóa, hơn 3,6 triệu dữ liệu hộ tịch đã được nhập vào cơ sở dữ liệu hộ tịch điện tử dùng chung, đồng bộ với cơ sở dữ liệu quốc gia về dân cư. Nhiều cuốn sổ cũ bị ố, rách được tu bổ, bảo quản theo quy định về lưu trữ.

## Người dân không phải tìm lại giấy tờ gốc

Khi làm thủ tục cấp bản sao trích lục hộ tịch, xác nhận tình trạng hôn nhân hay thừa kế, người dân không phải xuất trình giấy tờ gốc nếu dữ liệu đã có trong hệ thống. Ông Phạm Văn Luận, 72 tuổi, phường Quyết Thắng, cho biết ông xin được bản sao giấy khai sinh cấp từ năm 1954 chỉ trong một buổi. "Trước tôi nghĩ giấy tờ đã thất lạc, không ngờ vẫn tìm được", ông nói.

## Dữ liệu phải "đúng, đủ, sạch, sống"

Theo Sở Tư pháp, khoảng 4% dữ liệu còn sai lệch về tên, ngày tháng do chữ viết tay khó đọc, đang được các xã, phường đối chiếu, hiệu chỉnh. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà yêu cầu hoàn thành việc làm sạch dữ liệu trước tháng 6 năm 2027, đồng thời bảo đảm an toàn, bảo mật thông tin cá nhân của công dân.
""",
    ),
    article(
        "Chợ Thái đi đầu thanh toán không dùng tiền mặt",
        "Tiểu thương chợ Thái chấp nhận thanh toán bằng mã QR.",
        ["Chuyển đổi số", "Thị trường"],
        "market",
        """
Chợ Thái ở phường Phan Đình Phùng là chợ lớn nhất của tỉnh, trước đây thuộc thành phố Thái Nguyên cũ, với khoảng 1.100 hộ kinh doanh. Đến nay, hơn 90% tiểu thương đã treo mã QR tại quầy, khách mua hàng chỉ cần quét mã bằng điện thoại để thanh toán, kể cả với những khoản nhỏ vài chục nghìn đồng.

Mô hình "chợ không dùng tiền mặt" được Sở Công Thương phối hợp với Ủy ban nhân dân phường Phan Đình Phùng, các ngân hàng và doanh nghiệp viễn thông triển khai từ đầu năm 2026. Tiểu thương được hướng dẫn mở tài khoản, in mã QR miễn phí và cài đặt loa thông báo khi có tiền về.

## Tiểu thương quen dần với cách bán mới

Bà Đỗ Thị Liên, bán quần áo ở tầng 2 chợ Thái hơn 20 năm, kể: "Lúc đầu tôi ngại vì sợ nhầm, sợ mất tiền. Giờ có loa đọc số tiền nên yên tâm, không phải đổi tiền lẻ, cuối ngày xem sao kê là biết bán được bao nhiêu."

Theo Ban quản lý chợ, giá trị giao dịch không dùng tiền mặt tại chợ chiếm khoảng 45% tổng doanh thu, tăng mạnh so với mức dưới 10% trước khi triển khai. Ban quản lý cũng thu phí dịch vụ chợ qua chuyển khoản, giảm thời gian thu phí thủ công.

## Nhân rộng ra các chợ khác

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị Sở Công Thương nhân rộng mô hình ra các chợ ở phường Phổ Yên, phường Sông Công, phường Bắc Kạn và các chợ phiên vùng cao trong năm 2027, đồng thời tuyên truyền để người dân cảnh giác với các thủ đoạn lừa đảo bằng mã QR giả.
""",
    ),
]

VAN_HOA = [
    article(
        "Thái Nguyên có 35 học sinh đoạt giải quốc gia",
        "Kết quả kỳ thi học sinh giỏi quốc gia năm nay cao nhất từ trước đến nay.",
        ["Giáo dục"],
        "school",
        """
Đội tuyển học sinh giỏi quốc gia của tỉnh năm học 2025 – 2026 có 80 thí sinh dự thi ở 11 môn. Kết quả, 35 em đoạt giải, gồm 2 giải Nhất, 9 giải Nhì, 13 giải Ba và 11 giải Khuyến khích. Tỉnh xếp trong nhóm 15 địa phương có kết quả cao nhất cả nước.

Phần lớn học sinh đoạt giải đến từ Trường THPT Chuyên Thái Nguyên. Năm nay lần đầu tiên có học sinh Trường THPT Chuyên Bắc Kạn (phường Đức Xuân) thi chung trong đội tuyển của tỉnh sau khi hợp nhất, đóng góp 4 giải, trong đó có một giải Nhì môn Địa lý.

## Hai giải Nhất môn Toán và Tin học

Em Nguyễn Minh Đức, lớp 12 Toán, đoạt giải Nhất môn Toán, được gọi vào vòng tuyển chọn đội tuyển dự thi Olympic quốc tế. "Em học mỗi ngày khoảng ba tiếng ngoài giờ lên lớp, thầy cô cho chúng em làm nhiều đề mở, tự tìm cách giải", Đức chia sẻ. Giải Nhất còn lại thuộc về em Trần Khánh Linh, lớp 12 Tin.

## Khen thưởng và đầu tư cho trường chuyên

Sở Giáo dục và Đào tạo cho biết ngoài khen thưởng theo quy định, tỉnh sẽ tổ chức lễ tuyên dương học sinh đoạt giải và giáo viên bồi dưỡng. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đánh giá cao sự đầu tư bài bản của ngành giáo dục, đồng thời đề nghị chú trọng phát hiện, bồi dưỡng học sinh năng khiếu ở các xã vùng cao. "Tài năng không chỉ có ở trường chuyên. Chúng ta phải tạo cơ hội công bằng cho các em ở mọi vùng", bà nói.
""",
    ),
    article(
        "Bệnh viện Trung ương Thái Nguyên ghép thận thành công",
        "Ca ghép thận thứ 50 mở ra hy vọng cho người bệnh vùng trung du, miền núi.",
        ["Y tế"],
        "health",
        """
Người nhận thận là một nam bệnh nhân 38 tuổi ở xã Định Hóa, mắc suy thận mạn giai đoạn cuối và phải chạy thận nhân tạo ba lần mỗi tuần trong gần bốn năm. Người hiến thận là em gái ruột của bệnh nhân. Ca ghép kéo dài khoảng 5 giờ với sự tham gia của hơn 30 y, bác sĩ.

Sau một tuần, chức năng thận ghép của người bệnh đã hồi phục tốt, người hiến sức khỏe ổn định và đã xuất viện. Bệnh viện cho biết cả hai đều được theo dõi, tái khám định kỳ theo quy trình.

## Người bệnh không phải đi Hà Nội

Bệnh viện Trung ương Thái Nguyên thực hiện ca ghép thận đầu tiên vào năm 2017. Đến nay, tỷ lệ thành công đạt trên 98%, chi phí mỗi ca ghép khoảng 300 triệu đồng, phần lớn được bảo hiểm y tế chi trả. Trước đây, người bệnh ở khu vực trung du và miền núi phía Bắc phải xuống các bệnh viện tuyến trung ương ở Hà Nội để ghép thận, chờ đợi lâu và tốn kém.

"Con tôi được mổ ngay ở gần nhà, gia đình đi lại chăm sóc cũng đỡ vất vả", mẹ bệnh nhân xúc động nói.

## Hướng tới ghép gan

Giám đốc bệnh viện cho biết đơn vị đang chuẩn bị nhân lực, trang thiết bị để triển khai kỹ thuật ghép gan trong năm 2027. Sở Y tế đề nghị bệnh viện tiếp tục chuyển giao kỹ thuật lọc máu, can thiệp tim mạch cho các bệnh viện đa khoa khu vực, trong đó có Bệnh viện Đa khoa Bắc Kạn, để người dân được khám, chữa bệnh chất lượng cao ngay tại tỉnh.
""",
    ),
    article(
        "Bảo tồn hát then, đàn tính của người Tày",
        "Các câu lạc bộ hát then thu hút đông đảo thanh niên tham gia.",
        ["Văn hóa"],
        "festival",
        """
Thực hành Then của người Tày, Nùng, Thái ở Việt Nam được UNESCO ghi danh là Di sản văn hóa phi vật thể đại diện của nhân loại năm 2019. Ở Thái Nguyên, then và đàn tính gắn bó với đời sống đồng bào Tày ở các xã Định Hóa, Ba Bể, Chợ Đồn và nhiều xã vùng cao khác.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 68 câu lạc bộ hát then, đàn tính với khoảng 1.900 thành viên. Gần một nửa thành viên dưới 30 tuổi, nhiều em là học sinh trung học cơ sở.

## Truyền nghề từ các nghệ nhân

Nghệ nhân Ưu tú Hà Thị Thu, xã Ba Bể, năm nay ngoài 70 tuổi, vẫn mở lớp dạy then miễn phí mỗi tối cuối tuần. Bà đã dạy cho hơn 200 học trò, trong đó nhiều em đoạt giải tại các liên hoan then toàn quốc. "Then là lời ông bà gửi lại. Mình không dạy thì mai kia con cháu không biết", bà nói.

Tại xã Định Hóa, Trường Phổ thông dân tộc nội trú đưa hát then, đàn tính vào hoạt động ngoại khóa; học sinh được hướng dẫn làm đàn tính từ quả bầu khô và gỗ dâu.

## Gắn bảo tồn với du lịch

Sở Văn hóa, Thể thao và Du lịch đang hỗ trợ các homestay ở xã Ba Bể, xã Định Hóa xây dựng chương trình biểu diễn then phục vụ du khách, tạo thêm thu nhập cho các nghệ nhân. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị số hóa các bài then cổ, lập hồ sơ nghệ nhân và xét tặng danh hiệu cho những người có công truyền dạy.
""",
    ),
    article(
        "Trao học bổng cho học sinh nghèo vượt khó",
        "500 suất học bổng được trao cho học sinh các xã vùng cao.",
        ["Giáo dục", "An sinh xã hội"],
        "school",
        """
Chương trình do Hội Khuyến học tỉnh phối hợp với Sở Giáo dục và Đào tạo và các doanh nghiệp tổ chức. Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt, kèm cặp sách, áo ấm và đồ dùng học tập; tổng giá trị khoảng 1,4 tỷ đồng.

Các em được nhận học bổng là học sinh thuộc hộ nghèo, mồ côi hoặc có hoàn cảnh đặc biệt khó khăn nhưng đạt kết quả học tập khá, giỏi, chủ yếu ở các xã Ba Bể, Chợ Đồn, Định Hóa, Võ Nhai và các xã vùng cao phía Bắc tỉnh.

## Những tấm gương vượt khó

Em Lục Thị Mai, học sinh lớp 9 ở xã Chợ Đồn, mồ côi cha từ nhỏ, hằng ngày đi bộ gần 6 km đến trường. Mai là học sinh giỏi ba năm liền và vừa đạt giải Ba môn Ngữ văn cấp tỉnh. "Em muốn trở thành cô giáo để về dạy các em ở bản", Mai nói.

Đại diện một doanh nghiệp điện tử tại phường Phổ Yên, nhà tài trợ chính, cho biết công ty sẽ tiếp tục đồng hành với chương trình trong ba năm tới và nhận những học sinh có nguyện vọng vào học nghề, làm việc tại doanh nghiệp sau khi tốt nghiệp.

## Để không em nào phải bỏ học

Phát biểu tại buổi lễ, Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị các nhà trường, chính quyền xã nắm chắc hoàn cảnh của từng học sinh, kịp thời hỗ trợ để không em nào phải bỏ học vì khó khăn. Năm học 2025 – 2026, tỷ lệ học sinh bỏ học ở các xã vùng cao của tỉnh đã giảm còn 0,3%.
""",
    ),
    article(
        "Khai mạc Tuần Văn hóa – Thể thao các dân tộc",
        "Tuần lễ quy tụ đồng bào 8 dân tộc với nhiều hoạt động đặc sắc.",
        ["Văn hóa"],
        "festival",
        """
Tuần Văn hóa – Thể thao các dân tộc tỉnh lần thứ nhất sau hợp nhất được tổ chức tại xã Ba Bể, bên bờ hồ Ba Bể, với sự tham gia của hơn 1.500 nghệ nhân, diễn viên, vận động viên là đồng bào Kinh, Tày, Nùng, Dao, Mông, Sán Chay, Sán Dìu và Hoa.

Trong bảy ngày, chương trình có liên hoan hát then, sli, lượn, soọng cô; trình diễn trang phục truyền thống; thi ẩm thực với các món như cá nướng hồ Ba Bể, bánh chưng đen, xôi ngũ sắc; các môn thể thao dân tộc như đẩy gậy, kéo co, bắn nỏ, đua thuyền độc mộc.

## Nơi các dân tộc gặp gỡ

Phát biểu khai mạc, Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà cho biết Thái Nguyên có gần 40 dân tộc cùng sinh sống, trong đó đồng bào dân tộc thiểu số chiếm khoảng 40% dân số. "Mỗi dân tộc mang đến một sắc màu. Gìn giữ bản sắc là cách để chúng ta hiểu nhau, đoàn kết và cùng phát triển", bà nói.

Sở Dân tộc và Tôn giáo cho biết tuần lễ cũng là dịp tôn vinh 45 già làng, trưởng bản, người có uy tín tiêu biểu đã có đóng góp trong giữ gìn an ninh trật tự và phát triển kinh tế ở thôn, bản.

## Quảng bá du lịch hồ Ba Bể

Ngoài các hoạt động văn hóa, ban tổ chức bố trí 80 gian hàng giới thiệu sản phẩm OCOP, nông sản, thổ cẩm của các xã. Sở Văn hóa, Thể thao và Du lịch ước tính tuần lễ thu hút khoảng 30.000 lượt khách, góp phần quảng bá du lịch hồ Ba Bể và vùng ATK Chợ Đồn.
""",
    ),
    article(
        "Tiêm vắc xin sởi cho trẻ em vùng cao",
        "Chiến dịch bảo đảm tỷ lệ tiêm chủng trên 95% ở các xã vùng cao.",
        ["Y tế"],
        "health",
        """
Chiến dịch do Sở Y tế tổ chức tại 38 xã vùng cao, vùng khó khăn, nơi tỷ lệ tiêm chủng sởi mũi 2 những năm gần đây còn thấp hơn mức trung bình của tỉnh. Đối tượng là trẻ từ 1 đến 10 tuổi chưa tiêm đủ hai mũi vắc xin có thành phần sởi, ước khoảng 21.000 trẻ.

Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ đầu năm đến nay toàn tỉnh ghi nhận 64 ca sốt phát ban nghi sởi, trong đó 19 ca dương tính, phần lớn là trẻ chưa tiêm hoặc tiêm chưa đủ mũi. Chưa có trường hợp tử vong.

## Đưa vắc xin đến tận thôn

Ở các thôn xa trạm y tế, đội tiêm chủng lưu động mang vắc xin, tủ lạnh bảo quản và hộp chống sốc đến nhà văn hóa thôn. Trưởng thôn và người có uy tín được huy động vận động các gia đình đưa trẻ đi tiêm. Tại xã Chợ Đồn, nhiều buổi tiêm được tổ chức vào ngày phiên chợ để thuận tiện cho người dân.

Chị Triệu Thị Sen, thôn Nà Bưa, cho biết trước đây chị ngại đưa con đi tiêm vì đường xa, sợ con sốt. "Cán bộ y tế đến tận thôn, giải thích kỹ, theo dõi sau tiêm nên tôi yên tâm", chị nói.

## Không để dịch bùng phát

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà yêu cầu Sở Y tế bảo đảm an toàn tiêm chủng, rà soát không bỏ sót trẻ, đồng thời giám sát chặt các trường hợp sốt phát ban tại trường học. Sở Giáo dục và Đào tạo phối hợp kiểm tra sổ tiêm chủng của trẻ khi nhập học mầm non và lớp 1.
""",
    ),
    article(
        "Xây dựng thư viện số cho trường học",
        "100 trường học được trang bị thư viện số, phục vụ học sinh đọc sách trực tuyến.",
        ["Giáo dục", "Chuyển đổi số"],
        "school",
        """
Dự án do Sở Giáo dục và Đào tạo triển khai trong năm học 2025 – 2026, với kinh phí khoảng 35 tỷ đồng từ ngân sách tỉnh và sự hỗ trợ của một số doanh nghiệp. Mỗi trường được trang bị phần mềm quản lý thư viện, máy tính, máy tính bảng và quyền truy cập kho học liệu số gồm hơn 40.000 đầu sách, bài giảng điện tử, video thí nghiệm.

Các trường được chọn gồm 60 trường trung học cơ sở, trung học phổ thông ở khu vực trung tâm và 40 trường ở các xã vùng cao như Ba Bể, Chợ Đồn, Định Hóa. Học sinh đăng nhập bằng tài khoản do nhà trường cấp, đọc sách trên lớp hoặc ở nhà.

## Học sinh vùng cao thêm cơ hội đọc sách

Tại Trường Phổ thông dân tộc bán trú THCS xã Chợ Đồn, thư viện trước đây chỉ có khoảng 1.500 cuốn sách, phần lớn là sách giáo khoa cũ. "Bây giờ các em có thể đọc truyện, tra cứu tài liệu, xem video bài giảng ngay trên máy tính bảng. Buổi tối ở khu bán trú, nhiều em xếp hàng mượn máy", cô giáo phụ trách thư viện kể.

## Đo lường thói quen đọc

Phần mềm thống kê số lượt đọc, thời gian đọc của từng lớp, giúp giáo viên khuyến khích học sinh hình thành thói quen đọc. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị Sở Giáo dục và Đào tạo mở rộng thư viện số đến tất cả các trường trung học trong năm 2027, bổ sung sách tiếng dân tộc và tài liệu về lịch sử, văn hóa địa phương.
""",
    ),
]

DU_LICH = [
    article(
        "Hồ Núi Cốc đón lượng khách kỷ lục mùa thu",
        "Khu du lịch đón hơn 200.000 lượt khách trong ba tháng mùa thu.",
        ["Du lịch"],
        "lake",
        """
Hồ Núi Cốc nằm trên địa bàn xã Đại Phúc và các xã lân cận, cách trung tâm tỉnh khoảng 20 km. Mặt hồ rộng khoảng 25 km², với 89 hòn đảo lớn nhỏ, gắn với truyền thuyết nàng Công, chàng Cốc. Số khách mùa thu năm nay tăng khoảng 25% so với cùng kỳ năm trước, trong đó khách quốc tế chiếm khoảng 8%.

Theo Sở Văn hóa, Thể thao và Du lịch, lượng khách tăng nhờ nhiều sản phẩm mới: tour thuyền ngắm hoàng hôn, cắm trại trên đảo, chạy bộ đường mòn quanh hồ và các chương trình kết hợp tham quan đồi chè xã Tân Cương, xã La Bằng.

## Dịch vụ được nâng cấp

Năm 2026, khu du lịch đưa vào sử dụng bến thuyền mới, bãi đỗ xe gần 500 chỗ và hệ thống bán vé điện tử. Công suất phòng của các cơ sở lưu trú quanh hồ vào cuối tuần đạt trên 85%. Anh Nguyễn Hoàng Long, du khách đến từ Hà Nội, cho biết gia đình anh chọn Núi Cốc vì gần, không khí trong lành và có nhiều hoạt động cho trẻ nhỏ.

## Giữ gìn cảnh quan, môi trường

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà yêu cầu chủ đầu tư khu du lịch và Ủy ban nhân dân xã Đại Phúc kiểm soát chặt các công trình xây dựng ven hồ, xử lý rác thải, nước thải, không để ảnh hưởng đến chất lượng nước, vì hồ Núi Cốc còn là nguồn cấp nước sinh hoạt cho nhiều phường.

Sở Văn hóa, Thể thao và Du lịch đang xây dựng đề án phát triển hồ Núi Cốc thành khu du lịch quốc gia chất lượng cao, kết nối với tuyến du lịch hồ Ba Bể và ATK Định Hóa.
""",
    ),
    article(
        "Tour trải nghiệm làm chè ở Tân Cương hút khách quốc tế",
        "Du khách được hái chè, sao chè và thưởng trà cùng nghệ nhân.",
        ["Du lịch", "Chè Thái Nguyên"],
        "tea_hills",
        """
Tour do một số hợp tác xã chè ở xã Tân Cương phối hợp với các công ty lữ hành xây dựng, kéo dài nửa ngày hoặc một ngày. Du khách đội nón lá, đeo gùi lên đồi hái chè từ sáng sớm, sau đó học cách vò, sao chè bằng chảo gang trên bếp củi và thưởng trà ngay tại nhà nghệ nhân.

Trong năm 2026, các hợp tác xã đã đón khoảng 18.000 lượt khách trải nghiệm, trong đó có hơn 4.000 khách quốc tế đến từ Hàn Quốc, Nhật Bản, Pháp và Úc. Giá tour từ 450.000 đến 900.000 đồng một người, đã bao gồm bữa trưa với các món chế biến từ chè.

## "Một ngày làm người trồng chè"

Nghệ nhân Nguyễn Thị Hòa, người có hơn 40 năm sao chè, cho biết mỗi mẻ chè phải đảo liên tục gần một giờ, lửa lúc to lúc nhỏ mới được cánh chè xoăn, hương cốm. "Khách nước ngoài thích nhất là được tự tay sao chè rồi mang gói chè mình làm về nước", bà nói.

Bà Claire Martin, du khách Pháp, chia sẻ: "Tôi đã uống trà ở nhiều nơi, nhưng đây là lần đầu tôi hiểu một chén trà cần bao nhiêu công sức."

## Giữ chất lượng trải nghiệm

Sở Văn hóa, Thể thao và Du lịch đã tập huấn kỹ năng đón khách, ngoại ngữ giao tiếp cho 60 hộ làm du lịch ở xã Tân Cương. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị các hợp tác xã giữ quy mô đoàn nhỏ, bảo đảm vệ sinh an toàn thực phẩm và bảo vệ cảnh quan đồi chè, để du lịch trở thành nguồn thu bền vững cho người làm chè.
""",
    ),
    article(
        "ATK Định Hóa – điểm đến về nguồn",
        "Khu di tích quốc gia đặc biệt ATK Định Hóa đón nhiều đoàn học sinh, cựu chiến binh.",
        ["Du lịch", "Di tích"],
        "historic",
        """
ATK Định Hóa là nơi Chủ tịch Hồ Chí Minh và Trung ương Đảng, Chính phủ sống và làm việc trong những năm kháng chiến chống thực dân Pháp. Khu di tích nay thuộc địa bàn xã Định Hóa và các xã lân cận, với các điểm tiêu biểu như đồi Tỉn Keo, Khuôn Tát và Bảo tàng An toàn khu.

Năm 2026, khu di tích đón khoảng 650.000 lượt khách, trong đó có hàng trăm đoàn học sinh, sinh viên, cựu chiến binh và cán bộ các cơ quan về tham quan, sinh hoạt chuyên đề. Nhiều đoàn kết hợp dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh và tham quan đồi chè, làng nghề ở xã Định Hóa.

## Học lịch sử tại nơi lịch sử diễn ra

Cô Hoàng Thu Trang, giáo viên một trường trung học cơ sở ở phường Phan Đình Phùng, cho biết lớp học ngoài trời tại ATK giúp học sinh hiểu bài sâu hơn. "Các em được thấy căn lán nơi Bác Hồ làm việc, nghe hướng dẫn viên kể chuyện, nhớ lâu hơn nhiều so với đọc trong sách", cô nói.

## Phát triển du lịch cộng đồng quanh di tích

Sở Văn hóa, Thể thao và Du lịch đang hỗ trợ 25 hộ dân tộc Tày ở xã Định Hóa làm homestay, phục vụ các món ăn truyền thống như xôi trám, bánh dày, rượu men lá và biểu diễn hát then. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị tu bổ các điểm di tích xuống cấp, thống nhất nội dung thuyết minh và xây dựng tuyến du lịch liên kết ATK Định Hóa với ATK Chợ Đồn.
""",
    ),
    article(
        "Thái Nguyên phát triển du lịch cộng đồng",
        "Các homestay ở Võ Nhai, Đại Từ nâng cao chất lượng phục vụ.",
        ["Du lịch"],
        "historic",
        """
Toàn tỉnh hiện có khoảng 180 cơ sở lưu trú homestay, tập trung ở xã Ba Bể, xã Định Hóa, xã La Bằng, xã Đại Phúc và các xã vùng núi đá thuộc huyện Võ Nhai trước đây. Năm 2026, các điểm du lịch cộng đồng đón khoảng 320.000 lượt khách, doanh thu ước đạt 160 tỷ đồng.

Sở Văn hóa, Thể thao và Du lịch đã ban hành bộ tiêu chí đánh giá homestay, gồm điều kiện phòng ở, vệ sinh, an toàn thực phẩm, phòng cháy chữa cháy và kỹ năng phục vụ. Đến nay, 62 cơ sở đạt chuẩn được gắn biển nhận diện.

## Khách ở lại lâu hơn

Tại xóm Đồng Tiến, xã La Bằng, gia đình chị Lương Thị Nhung cải tạo ngôi nhà sàn cũ thành homestay với 5 phòng. Ngoài chỗ ở, chị tổ chức cho khách hái chè, làm bánh, câu cá suối. "Trước khách chỉ ghé ăn trưa rồi đi, giờ nhiều đoàn ở lại hai ba ngày", chị nói.

Ở các xã Võ Nhai, La Hiên, du lịch cộng đồng gắn với khám phá hang động, leo núi và văn hóa của đồng bào Tày, Dao, Mông.

## Không "bê tông hóa" bản làng

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà lưu ý các địa phương phát triển du lịch cộng đồng phải giữ kiến trúc nhà truyền thống, không xây dựng tràn lan làm mất cảnh quan. Tỉnh sẽ hỗ trợ vay vốn ưu đãi để cải tạo nhà ở làm homestay, đào tạo kỹ năng và quảng bá trên nền tảng số cho các hộ làm du lịch trong năm 2027.
""",
    ),
    article(
        "Hang Phượng Hoàng – suối Mỏ Gà vào mùa đẹp nhất",
        "Thác nước, hang động kỳ vĩ thu hút du khách khám phá.",
        ["Du lịch"],
        "forest",
        """
Khu danh thắng hang Phượng Hoàng – suối Mỏ Gà nằm ở vùng núi đá phía Đông Bắc tỉnh, thuộc huyện Võ Nhai trước đây, cách trung tâm tỉnh khoảng 45 km. Đây là danh lam thắng cảnh cấp quốc gia, nổi tiếng với hang động rộng, nhiều nhũ đá và dòng suối trong vắt chảy giữa núi đá vôi.

Từ tháng 4 đến tháng 10, khi nước suối đầy, là mùa đẹp nhất để tắm suối, cắm trại. Theo Ban quản lý khu danh thắng, năm 2026 điểm đến đón khoảng 90.000 lượt khách, chủ yếu là học sinh, sinh viên và các nhóm khách trẻ yêu thích khám phá.

## Đường lên hang đã được nâng cấp

Con đường bê tông dẫn vào khu danh thắng đã được mở rộng; hệ thống bậc đá lên cửa hang dài khoảng 300 bậc được lắp thêm lan can, đèn chiếu sáng. Ông Hoàng Văn Quyết, người dân địa phương làm hướng dẫn viên, cho biết du khách thường kết hợp tham quan hang, tắm suối và ăn cơm lam, gà đồi của bà con.

## Bảo vệ hang động, bảo đảm an toàn

Sở Văn hóa, Thể thao và Du lịch yêu cầu Ban quản lý không cho khách khắc, viết lên nhũ đá, thu gom rác thải sau mỗi ngày. Vào mùa mưa, lực lượng chức năng cắm biển cảnh báo, tạm dừng hoạt động tắm suối khi có mưa lớn ở thượng nguồn.

Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị xây dựng quy hoạch chi tiết khu danh thắng, kêu gọi nhà đầu tư có kinh nghiệm phát triển du lịch sinh thái, giữ nguyên vẹn cảnh quan thiên nhiên.
""",
    ),
    article(
        "Liên hoan ẩm thực trà Thái Nguyên",
        "Hơn 50 món ăn chế biến từ chè được giới thiệu với du khách.",
        ["Du lịch", "Chè Thái Nguyên"],
        "festival",
        """
Liên hoan do Sở Văn hóa, Thể thao và Du lịch phối hợp với Hiệp hội Chè tỉnh tổ chức tại Quảng trường Võ Nguyên Giáp, phường Phan Đình Phùng, với 40 gian hàng của các nhà hàng, hợp tác xã và trường đào tạo nghề nấu ăn.

Thực khách được thưởng thức những món quen thuộc như gà hấp lá chè, tôm chiên búp chè, chè lam, bánh cốm trà xanh, cùng nhiều món sáng tạo như kem trà Tân Cương, mì trà xanh, cà phê muối hương chè. Một số gian hàng giới thiệu chè Shan tuyết của các xã vùng cao, pha theo cách của người Dao đỏ.

## Đầu bếp trẻ sáng tạo cùng chè

Đầu bếp Phạm Quang Vinh, đoạt giải Nhất cuộc thi món ăn từ chè, giới thiệu món cá hồ Núi Cốc nướng lá chè non. "Chè không chỉ để uống. Vị chát nhẹ của lá chè giúp món cá bớt tanh và dậy mùi thơm", anh nói. Ban tổ chức cũng trao 5 giải cho các món bánh, đồ uống từ chè có tiềm năng trở thành sản phẩm quà tặng du lịch.

## Đưa món ăn từ chè vào thực đơn du lịch

Sở Văn hóa, Thể thao và Du lịch cho biết sẽ tập hợp các công thức tiêu biểu thành cẩm nang, hướng dẫn các nhà hàng, homestay ở xã Tân Cương, xã La Bằng, xã Đại Phúc đưa vào thực đơn. Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà đề nghị gắn ẩm thực trà với tour trải nghiệm đồi chè và Lễ hội Trà năm 2027, để mỗi du khách đến Thái Nguyên đều có dịp "ăn chè" chứ không chỉ uống chè.
""",
    ),
]

ARTICLES = {
    "thoi-su": THOI_SU,
    "chi-dao": CHI_DAO,
    "kinh-te": KINH_TE,
    "chuyen-doi-so": CHUYEN_DOI_SO,
    "van-hoa": VAN_HOA,
    "du-lich": DU_LICH,
}

# The spokesperson's statements: (title, kind, standfirst, body), the body as (Vietnamese, English) pairs, a pair
# whose Vietnamese starts with "## " a subheading. The English edition translates them segment by segment through
# wagtail-localize (translation/demo.py), so every paragraph carries its English here.
STATEMENTS = [
    (
        "Họp báo cung cấp thông tin kinh tế – xã hội quý IV",
        "conference",
        "UBND tỉnh thông tin về kết quả phát triển kinh tế – xã hội và trả lời câu hỏi của phóng viên.",
        [
            (
                "Buổi họp báo do bà Vũ Thị Lan, Chánh Văn phòng Ủy ban nhân dân tỉnh, người phát ngôn của Ủy ban "
                "nhân dân tỉnh, chủ trì, với sự tham dự của phóng viên gần 40 cơ quan báo chí trung ương và địa "
                "phương.",
                "The press conference was chaired by Ms Vu Thi Lan, Chief of the Office of the Provincial People's "
                "Committee and its spokesperson, and attended by reporters from nearly 40 national and local news "
                "outlets.",
            ),
            ("## Tăng trưởng ước đạt 8,2%", "## Growth estimated at 8.2%"),
            (
                "Theo báo cáo của Sở Tài chính, tốc độ tăng trưởng kinh tế (GRDP) năm 2026 của tỉnh ước đạt 8,2%; "
                "giá trị sản xuất công nghiệp tăng 9,5%; tổng thu ngân sách nhà nước ước đạt 22.000 tỷ đồng, vượt "
                "dự toán. Tỉnh thu hút thêm 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài và hơn 18.000 tỷ đồng vốn "
                "đầu tư trong nước.",
                "According to the Department of Finance, the province's economy (GRDP) is estimated to have grown "
                "by 8.2% in 2026; industrial output rose by 9.5%; total state budget revenue is estimated at "
                "22,000 billion dong, above the estimate. The province attracted a further USD 1.2 billion of "
                "foreign direct investment and more than 18,000 billion dong of domestic investment.",
            ),
            (
                "Về an sinh xã hội, tỷ lệ hộ nghèo đa chiều giảm còn 6,1%; hơn 720 ngôi nhà được xây mới, sửa chữa "
                "cho hộ nghèo; 100% xã, phường duy trì tổ công nghệ số cộng đồng.",
                "On social welfare, the multidimensional poverty rate fell to 6.1%; more than 720 homes were built "
                "or repaired for poor households; every commune and ward keeps a community digital technology team.",
            ),
            ("## Trả lời câu hỏi của phóng viên", "## Answers to reporters' questions"),
            (
                "Trả lời câu hỏi về tiến độ giải ngân vốn đầu tư công, bà Vũ Thị Lan cho biết đến cuối tháng 11 "
                "tỉnh đã giải ngân 74% kế hoạch. Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Hùng đã yêu cầu điều "
                "chuyển vốn từ các dự án chậm sang các dự án có khối lượng, phấn đấu giải ngân toàn bộ kế hoạch "
                "trước ngày 31/01/2027.",
                "Asked about the disbursement of public investment, Ms Vu Thi Lan said the province had disbursed "
                "74% of its plan by the end of November. The Chairman of the Provincial People's Committee, Nguyen "
                "Van Hung, has ordered funds moved from slow projects to those with work done, aiming to disburse "
                "the whole plan by 31 January 2027.",
            ),
            (
                "Về việc người dân phản ánh chậm cấp giấy chứng nhận quyền sử dụng đất, người phát ngôn cho biết Sở "
                "Nông nghiệp và Môi trường đang rà soát hơn 2.300 hồ sơ tồn đọng và sẽ công khai tiến độ giải quyết "
                "của từng xã, phường trên Cổng Thông tin điện tử tỉnh.",
                "On residents' complaints about delays in issuing land use right certificates, the spokesperson "
                "said the Department of Agriculture and Environment is reviewing more than 2,300 pending files and "
                "will publish each commune's and ward's progress on the Provincial Portal.",
            ),
        ],
    ),
    (
        "Thông cáo báo chí về sự cố sạt lở tại xã Thần Sa",
        "statement",
        "UBND tỉnh thông tin chính thức về sự cố sạt lở và công tác khắc phục hậu quả.",
        [
            (
                "Khoảng 4 giờ sáng, sau hai ngày mưa lớn kéo dài, tại thôn Xuyên Sơn, xã Thần Sa đã xảy ra sạt lở "
                "taluy dương với khối lượng khoảng 3.000 m³ đất đá, vùi lấp một đoạn đường liên thôn dài 60 m và "
                "làm hư hỏng 2 ngôi nhà.",
                "At about 4 a.m., after two days of heavy rain, a hillside slope collapsed in Xuyen Son Village, "
                "Than Sa Commune, burying some 60 metres of the road between villages under about 3,000 cubic "
                "metres of earth and rock and damaging two houses.",
            ),
            (
                "Nhờ được cảnh báo từ chiều hôm trước, Ủy ban nhân dân xã Thần Sa đã di dời 14 hộ với 52 nhân khẩu "
                "đến nơi an toàn. Sự cố không gây thiệt hại về người.",
                "Warned the previous afternoon, the People's Committee of Than Sa Commune had moved 14 households, "
                "52 people, to safety. No one was hurt.",
            ),
            ("## Công tác khắc phục", "## Recovery work"),
            (
                "Ngay trong buổi sáng, Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo đã có mặt tại hiện trường, "
                "chỉ đạo Sở Xây dựng huy động máy móc thông tuyến tạm, Sở Nông nghiệp và Môi trường khảo sát nguy "
                "cơ sạt lở tiếp theo. Đến 17 giờ cùng ngày, một làn đường đã được thông xe.",
                "The same morning, Vice Chairman of the Provincial People's Committee Dang Quoc Bao went to the "
                "site, directing the Department of Construction to bring in machinery to reopen the road and the "
                "Department of Agriculture and Environment to assess the risk of further landslides. By 5 p.m. one "
                "lane was open to traffic.",
            ),
            (
                "Các hộ phải di dời được hỗ trợ lương thực, nhu yếu phẩm và 5 triệu đồng mỗi hộ; hai hộ có nhà hư "
                "hỏng được hỗ trợ thêm theo quy định. Ủy ban nhân dân tỉnh đã chỉ đạo lập phương án tái định cư lâu "
                "dài cho các hộ trong vùng nguy hiểm.",
                "The households that were moved receive food, essentials and 5 million dong each; the two "
                "households whose houses were damaged receive further support under the rules. The Provincial "
                "People's Committee has ordered a plan to resettle the households in the danger zone for good.",
            ),
            ("## Khuyến cáo người dân", "## Advice to residents"),
            (
                "Ủy ban nhân dân tỉnh đề nghị người dân không đi qua khu vực sạt lở khi trời mưa, theo dõi thông "
                "tin cảnh báo trên Cổng Thông tin điện tử tỉnh và của chính quyền xã, phường. Mọi thông tin về sự "
                "cố chỉ do người phát ngôn của Ủy ban nhân dân tỉnh cung cấp.",
                "The Provincial People's Committee asks residents not to cross the landslide area when it rains "
                "and to follow the warnings on the Provincial Portal and from their commune or ward. Information "
                "about the incident is given only by the Provincial People's Committee's spokesperson.",
            ),
        ],
    ),
    (
        "Trả lời báo chí về tiến độ dự án khu đô thị Tây Nam",
        "answer",
        "Văn phòng UBND tỉnh trả lời phản ánh của báo chí về tiến độ bàn giao nhà ở.",
        [
            (
                "Thời gian qua, một số cơ quan báo chí phản ánh nhiều khách hàng mua nhà tại dự án khu đô thị Tây "
                "Nam, phường Gia Sàng, chưa được bàn giao nhà đúng hẹn và chưa được cấp giấy chứng nhận quyền sử "
                "dụng đất.",
                "Several news outlets have reported that many buyers of homes in the South-West urban area project "
                "in Gia Sang Ward have not received their homes on time, nor their land use right certificates.",
            ),
            ("## Kết quả kiểm tra", "## Findings of the inspection"),
            (
                "Theo kết quả kiểm tra của Sở Xây dựng, chủ đầu tư đã hoàn thành khoảng 85% hạ tầng kỹ thuật và "
                "bàn giao 312 trên 460 căn nhà liền kề. Việc chậm bàn giao 148 căn còn lại do chủ đầu tư chưa hoàn "
                "thành hệ thống thoát nước và trạm biến áp theo thiết kế được duyệt.",
                "The Department of Construction's inspection found that the developer has completed about 85% of "
                "the infrastructure and handed over 312 of 460 terraced houses. The remaining 148 are late because "
                "the developer has not finished the drainage system and the transformer station as approved.",
            ),
            (
                "Về giấy chứng nhận, Sở Nông nghiệp và Môi trường cho biết chủ đầu tư mới nộp hồ sơ cho 96 căn; hồ "
                "sơ của các căn còn lại chưa đủ điều kiện do chưa hoàn thành nghĩa vụ tài chính với Nhà nước.",
                "As for certificates, the Department of Agriculture and Environment says the developer has filed "
                "applications for only 96 homes; the others do not qualify yet because the developer has not met "
                "its financial obligations to the State.",
            ),
            ("## Yêu cầu đối với chủ đầu tư", "## What the developer must do"),
            (
                "Phó Chủ tịch Ủy ban nhân dân tỉnh Đặng Quốc Bảo đã yêu cầu chủ đầu tư hoàn thành hạ tầng và bàn "
                "giao toàn bộ số nhà còn lại trước ngày 30/6/2027; nộp đủ nghĩa vụ tài chính trong quý I năm 2027 "
                "để làm thủ tục cấp giấy chứng nhận cho người mua. Nếu vi phạm cam kết, chủ đầu tư sẽ bị xử lý theo "
                "quy định.",
                "Vice Chairman of the Provincial People's Committee Dang Quoc Bao has ordered the developer to "
                "finish the infrastructure and hand over all the remaining homes by 30 June 2027, and to meet its "
                "financial obligations in the first quarter of 2027 so that the buyers' certificates can be issued. "
                "If it breaks these commitments, it will be dealt with under the law.",
            ),
            (
                "Văn phòng Ủy ban nhân dân tỉnh cảm ơn các cơ quan báo chí đã phản ánh và sẽ tiếp tục thông tin "
                "về tiến độ thực hiện dự án.",
                "The Office of the Provincial People's Committee thanks the news outlets for their reports and will "
                "keep informing them of the project's progress.",
            ),
        ],
    ),
    (
        "Họp báo công bố Lễ hội Trà Thái Nguyên 2027",
        "conference",
        "Ban tổ chức công bố chương trình, thời gian và địa điểm lễ hội.",
        [
            (
                "Theo Ban tổ chức, Lễ hội Trà Thái Nguyên 2027 diễn ra trong bốn ngày vào tháng 3 năm 2027, với "
                "chủ đề “Hương trà Thái Nguyên – Kết nối và lan tỏa”. Lễ khai mạc được tổ chức tại Quảng trường Võ "
                "Nguyên Giáp, phường Phan Đình Phùng.",
                "According to the organisers, the Thai Nguyen Tea Festival 2027 will last four days in March 2027, "
                "under the theme “The fragrance of Thai Nguyen tea – connecting and spreading”. The opening "
                "ceremony will be held in Vo Nguyen Giap Square, Phan Dinh Phung Ward.",
            ),
            ("## Chương trình lễ hội", "## The programme"),
            (
                "Chương trình gồm hội chợ chè và sản phẩm OCOP với khoảng 300 gian hàng, thi pha trà nghệ thuật, "
                "trình diễn sao chè thủ công, hội thảo xúc tiến xuất khẩu chè và các tour trải nghiệm tại vùng chè "
                "xã Tân Cương, xã La Bằng. Lần đầu tiên, lễ hội có không gian giới thiệu chè Shan tuyết của các xã "
                "vùng cao phía Bắc tỉnh.",
                "The programme includes a fair of tea and OCOP products with some 300 stalls, an artistic "
                "tea-brewing contest, hand-roasting demonstrations, a workshop on tea exports and hands-on tours in "
                "the tea-growing communes of Tan Cuong and La Bang. For the first time the festival has a space for "
                "the Shan tuyet tea of the province's northern highland communes.",
            ),
            (
                "Phó Chủ tịch Ủy ban nhân dân tỉnh Lê Thị Thu Hà, Trưởng Ban tổ chức, cho biết lễ hội hướng tới "
                "người làm chè: các hợp tác xã, hộ sản xuất được miễn phí gian hàng và được hỗ trợ kết nối với nhà "
                "nhập khẩu.",
                "Vice Chairman of the Provincial People's Committee Le Thi Thu Ha, who heads the organising "
                "committee, said the festival is for the people who make tea: cooperatives and family producers get "
                "their stalls free and help in meeting importers.",
            ),
            ("## Thông tin cho du khách", "## Information for visitors"),
            (
                "Ban tổ chức khuyến nghị du khách đặt phòng sớm, sử dụng xe buýt trung chuyển miễn phí từ các bãi "
                "đỗ xe đến khu vực lễ hội. Chương trình chi tiết, sơ đồ phân luồng giao thông và đường dây nóng "
                "được đăng trên Cổng Thông tin điện tử tỉnh.",
                "The organisers advise visitors to book their rooms early and to use the free shuttle buses from "
                "the car parks to the festival grounds. The detailed programme, the traffic plan and the hotline "
                "are published on the Provincial Portal.",
            ),
        ],
    ),
    (
        "Thông cáo về việc điều chỉnh giờ làm việc mùa đông",
        "statement",
        "Các cơ quan hành chính nhà nước áp dụng giờ làm việc mùa đông từ ngày 1/11.",
        [
            (
                "Ủy ban nhân dân tỉnh thông báo: từ ngày 1/11 đến hết ngày 31/3 năm sau, các cơ quan hành chính "
                "nhà nước trên địa bàn tỉnh làm việc buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 "
                "đến 17 giờ, từ thứ Hai đến thứ Sáu.",
                "The Provincial People's Committee announces that from 1 November to 31 March, state administrative "
                "agencies in the province work from 7.30 to 11.30 a.m. and from 1.30 to 5 p.m., Monday to Friday.",
            ),
            ("## Phạm vi áp dụng", "## Who it applies to"),
            (
                "Giờ làm việc mùa đông áp dụng với các sở, ban, ngành của tỉnh và Ủy ban nhân dân các xã, phường. "
                "Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các xã, phường tiếp nhận hồ sơ theo giờ "
                "làm việc mới, đồng thời tiếp tục làm việc sáng thứ Bảy để phục vụ người dân.",
                "The winter hours apply to the province's departments and agencies and to the People's Committees "
                "of its communes and wards. The Provincial Public Administration Service Centre and the one-stop "
                "desks of the communes and wards take applications during the new hours and still open on Saturday "
                "mornings for residents.",
            ),
            (
                "Các trường học, bệnh viện, cơ sở y tế và đơn vị sự nghiệp có tính chất đặc thù do người đứng đầu "
                "quyết định giờ làm việc phù hợp, bảo đảm đủ số giờ theo quy định.",
                "Schools, hospitals, health centres and other public service units with special needs set their "
                "own hours, decided by their heads, as long as the required number of hours is worked.",
            ),
            ("## Thủ tục trực tuyến không đổi", "## Online services unchanged"),
            (
                "Người dân, doanh nghiệp vẫn có thể nộp hồ sơ trực tuyến 24 giờ mỗi ngày trên Cổng Dịch vụ công "
                "quốc gia và ứng dụng công dân số Thái Nguyên. Hồ sơ nộp ngoài giờ hành chính được tiếp nhận vào "
                "ngày làm việc tiếp theo.",
                "Residents and businesses can still apply online 24 hours a day on the National Public Service "
                "Portal and the Thai Nguyen digital citizen app. Applications made outside office hours are "
                "received on the next working day.",
            ),
            (
                "Mọi thắc mắc xin liên hệ Văn phòng Ủy ban nhân dân tỉnh qua số điện thoại 0208 3852 666 hoặc "
                "đường dây nóng của Cổng Thông tin điện tử tỉnh.",
                "Questions may be put to the Office of the Provincial People's Committee on 0208 3852 666 or on the "
                "Provincial Portal's hotline.",
            ),
        ],
    ),
]

# The English of four articles (news/demo.py translates them for the English edition): Vietnamese title -> body.
BODIES_EN = {
    "Thái Nguyên tổ chức Hội nghị xúc tiến đầu tư năm 2026": """
The conference, organised by the Provincial People's Committee at the Provincial Conference Centre in Phan Dinh Phung Ward, brought together representatives of central ministries, diplomatic missions, business associations and groups from the Republic of Korea, Japan, Singapore and Taiwan (China).

Opening the conference, the Chairman of the Provincial People's Committee, Nguyen Van Hung, said that since its merger with Bac Kan province Thai Nguyen covers more than 8,300 km², with more land for industry and a richer range of tourist attractions. "The province undertakes to give every project a task force that stays with it, from the first enquiry until it is up and running," he said.

## 26 projects receive approvals and memoranda

At the conference the province handed investment policy decisions and memoranda of understanding to 26 projects with registered capital of about USD 2.1 billion and more than 18,000 billion dong. The projects focus on electronic components, supporting industries, logistics, farm and forest produce processing and eco-tourism around Ba Be Lake.

The Standing Vice Chairman of the Provincial People's Committee, Hoang Minh Khoi, presented a list of 120 projects open to investors for 2026–2030, including industrial park infrastructure in Pho Yen Ward and Phu Binh Commune and tourist areas in Ba Be and Dai Phuc communes.

## Businesses ask for faster procedures

A representative of the Korean business association in Viet Nam praised the transport links to Ha Noi and Noi Bai International Airport and asked the province to keep shortening land and construction procedures. The Department of Finance said an investment registration certificate now takes five working days, a third of the time allowed by law.
""",
    "Xuất khẩu chè Thái Nguyên đạt kỷ lục": """
According to the Department of Industry and Trade, the province's tea exports in 2026 are worth an estimated USD 28 million. Besides its traditional markets of Taiwan (China), Pakistan and the Middle East, Thai Nguyen tea now sells in Japan, the Republic of Korea and several European countries, where the limits on pesticide residues are strict.

The province has about 24,000 hectares of tea, producing more than 280,000 tonnes of fresh leaf a year. Nearly 40% of the area is farmed to VietGAP, organic or Rainforest Alliance standards, mostly in Tan Cuong, La Bang and Dai Phuc communes and in the Shan tuyet tea areas of Cho Don Commune.

## From raw tea to branded tea

The director of a tea company in Pho Yen Ward said the export price of its green tea has risen from USD 3.5 to almost USD 6 a kilogram thanks to organic certification and a traceability code for every consignment. "European buyers ask in detail about where the tea grows and who picks it. Only transparent data gets you a good price," he said.

Even so, most exports are still black tea and semi-processed green tea in bulk sacks, which add little value.

## A target of USD 35 million by 2028

The Standing Vice Chairman of the Provincial People's Committee, Hoang Minh Khoi, asked the Department of Industry and Trade to work with the Department of Agriculture and Environment on growing areas that meet export standards and to help companies register their trademarks abroad. The province aims for tea exports of USD 35 million by 2028, at least 30% of them packaged finished tea.
""",
    "Thái Nguyên thu hút thêm 1,2 tỷ USD vốn FDI": """
According to the Department of Finance, in the first eleven months of 2026 the province licensed 38 new foreign-invested projects and approved capital increases for 45 existing ones, bringing in USD 1.2 billion of new and additional capital. The province now has 420 active foreign direct investment projects with a combined capital of about USD 12.5 billion.

Investors from the Republic of Korea still lead, followed by China, Japan and Singapore. Most projects are in the Yen Binh, Diem Thuy and Song Cong industrial parks and make electronic components, circuit boards, telecommunications equipment and new materials.

## More high-technology projects

Six of the new projects, each worth USD 100 million or more, make semiconductor components and smart electronic devices. The share of Vietnamese companies supplying the foreign-invested firms has risen to almost 12%, mainly in packaging, moulds and precision engineering.

The Standing Vice Chairman of the Provincial People's Committee, Hoang Minh Khoi, said the province is moving from "attracting investment at any cost" to choosing its projects. "We give priority to high-technology projects that need fewer workers, commit to transferring technology and work with Vietnamese businesses," he said.

## Preparing land

To receive the next wave of investment, the province is speeding up compensation and site clearance for about 1,100 hectares of industrial land in Pho Yen Ward and Phu Binh Commune, and completing the power, water and wastewater infrastructure outside the industrial parks.
""",
    "Hồ Núi Cốc đón lượng khách kỷ lục mùa thu": """
Nui Coc Lake lies in Dai Phuc and neighbouring communes, about 20 km from the provincial centre. The lake covers about 25 km² and has 89 islands; it is tied to the legend of the lovers Cong and Coc. Autumn visitor numbers this year are up by about 25% on last year, with foreign visitors making up about 8%.

According to the Department of Culture, Sports and Tourism, the growth comes from new products: sunset boat trips, camping on the islands, trail running around the lake and tours that combine the lake with the tea hills of Tan Cuong and La Bang communes.

## Better services

In 2026 the resort opened a new pier, a car park with almost 500 spaces and electronic ticketing. Weekend occupancy at the lodgings around the lake is above 85%. Nguyen Hoang Long, a visitor from Ha Noi, said his family chose Nui Coc because it is close, the air is clean and there is plenty for children to do.

## Protecting the landscape and the water

The Vice Chairman of the Provincial People's Committee, Le Thi Thu Ha, asked the resort's developer and the Dai Phuc Commune People's Committee to keep tight control of building along the shore and to treat waste and wastewater properly, as Nui Coc Lake also supplies drinking water to several wards.

The Department of Culture, Sports and Tourism is drafting a plan to develop Nui Coc Lake into a high-quality national tourist area, linked with Ba Be Lake and the ATK Dinh Hoa Safety Zone.
""",
}
