"""The work calendar of the news demo: five weeks of the leaders' engagements (two before the seeding week, the week
itself and two after), so that the calendar's previous and next weeks are never empty.

``WEEKS`` maps a week's offset from the seeding week to its entries: (weekday 0-6, (hour, minute) or None for the
whole day, leader, activity, place, participants, (the English activity, place and participants)). The leader is an
index into ``demo_people.COMMITTEE_LEADERS``: 0 the Chairman, 1 the Standing Vice-Chairman, 2 and 3 the
Vice-Chairmen, each in their own portfolio. ``{month}`` is the week's month (its English name in the English text).
Places and departments have their names of today (no district level since 1 July 2025).
"""

CHAIRMAN, STANDING, CULTURE, AGRICULTURE = 0, 1, 2, 3

HALL = ("Hội trường trụ sở UBND tỉnh", "Main hall, Provincial People's Committee headquarters")
ROOM_1 = ("Phòng họp số 1, trụ sở UBND tỉnh", "Meeting room 1, Provincial People's Committee headquarters")
ROOM_2 = ("Phòng họp số 2, trụ sở UBND tỉnh", "Meeting room 2, Provincial People's Committee headquarters")


def entry(weekday, time, leader, activity, place, participants, english):
    return (weekday, time, leader, activity, place, participants, english)


def briefing():
    """Every Monday: the Chairman's weekly briefing with the Vice-Chairmen."""
    return entry(
        0,
        (7, 30),
        CHAIRMAN,
        "Giao ban Chủ tịch, các Phó Chủ tịch UBND tỉnh",
        ROOM_1[0],
        "Chủ tịch, các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng UBND tỉnh",
        (
            "Weekly briefing of the Chairman and the Vice Chairmen of the Provincial People's Committee",
            ROOM_1[1],
            "The Chairman and Vice Chairmen of the Provincial People's Committee; the Chief of its Office",
        ),
    )


WEEKS = {
    -2: [
        briefing(),
        entry(
            0,
            (14, 0),
            STANDING,
            "Làm việc với Sở Tài chính về tình hình thu ngân sách tháng {month}",
            ROOM_2[0],
            "Lãnh đạo Sở Tài chính; Thuế tỉnh; Văn phòng UBND tỉnh",
            (
                "Works with the Department of Finance on budget revenue in {month}",
                ROOM_2[1],
                "Leaders of the Department of Finance; the provincial tax office; Office of the Provincial People's "
                "Committee",
            ),
        ),
        entry(
            1,
            (8, 0),
            CULTURE,
            "Kiểm tra công tác khám, chữa bệnh tại Bệnh viện Đa khoa Bắc Kạn",
            "Phường Đức Xuân",
            "Sở Y tế; Bệnh viện Đa khoa Bắc Kạn",
            (
                "Inspects medical care at Bac Kan General Hospital",
                "Duc Xuan Ward",
                "Department of Health; Bac Kan General Hospital",
            ),
        ),
        entry(
            1,
            (14, 0),
            CHAIRMAN,
            "Làm việc với Ủy ban nhân dân xã Ba Bể về phát triển du lịch hồ Ba Bể",
            "Xã Ba Bể",
            "Sở Văn hóa, Thể thao và Du lịch; Sở Nông nghiệp và Môi trường; UBND xã Ba Bể",
            (
                "Works with Ba Be Commune People's Committee on tourism at Ba Be Lake",
                "Ba Be Commune",
                "Department of Culture, Sports and Tourism; Department of Agriculture and Environment; Ba Be Commune "
                "People's Committee",
            ),
        ),
        entry(
            2,
            None,
            AGRICULTURE,
            "Kiểm tra công tác phòng, chống dịch bệnh trên đàn gia súc",
            "Xã Chợ Đồn, xã Định Hóa",
            "Sở Nông nghiệp và Môi trường; UBND các xã Chợ Đồn, Định Hóa",
            (
                "Inspects the prevention of livestock diseases",
                "Cho Don and Dinh Hoa communes",
                "Department of Agriculture and Environment; Cho Don and Dinh Hoa Commune People's Committees",
            ),
        ),
        entry(
            3,
            (8, 0),
            STANDING,
            "Đối thoại với doanh nghiệp trong các khu công nghiệp",
            "Ban Quản lý các khu công nghiệp tỉnh",
            "Ban Quản lý các khu công nghiệp tỉnh; Sở Tài chính; Sở Xây dựng; doanh nghiệp",
            (
                "Dialogue with businesses in the industrial parks",
                "Provincial Industrial Parks Management Board",
                "Provincial Industrial Parks Management Board; Department of Finance; Department of Construction; "
                "businesses",
            ),
        ),
        entry(
            4,
            (8, 0),
            CHAIRMAN,
            "Họp Ban Chỉ đạo chuyển đổi số tỉnh",
            "Trung tâm điều hành thông minh tỉnh",
            "Sở Khoa học và Công nghệ; các sở, ngành; UBND các xã, phường (trực tuyến)",
            (
                "Meeting of the provincial steering committee for digital transformation",
                "Provincial Intelligent Operations Centre",
                "Department of Science and Technology; provincial departments and agencies; commune and ward "
                "People's Committees (online)",
            ),
        ),
        entry(
            4,
            (14, 0),
            CULTURE,
            "Dự Lễ khai mạc Tuần Văn hóa – Thể thao các dân tộc",
            "Xã Ba Bể",
            "Sở Văn hóa, Thể thao và Du lịch; Sở Dân tộc và Tôn giáo",
            (
                "Attends the opening of the Ethnic Culture and Sports Week",
                "Ba Be Commune",
                "Department of Culture, Sports and Tourism; Department of Ethnic Minority and Religious Affairs",
            ),
        ),
    ],
    -1: [
        briefing(),
        entry(
            0,
            (14, 0),
            AGRICULTURE,
            "Kiểm tra tiến độ dự án đường liên kết vùng Thái Nguyên – Bắc Ninh",
            "Phường Phổ Yên, xã Phú Bình",
            "Sở Xây dựng; UBND phường Phổ Yên, xã Phú Bình; nhà thầu thi công",
            (
                "Inspects progress on the Thai Nguyen – Bac Ninh regional link road",
                "Pho Yen Ward and Phu Binh Commune",
                "Department of Construction; Pho Yen Ward and Phu Binh Commune People's Committees; contractors",
            ),
        ),
        entry(
            1,
            (8, 0),
            STANDING,
            "Hội nghị kết nối ngân hàng – doanh nghiệp",
            "Trung tâm Hội nghị tỉnh",
            "Sở Tài chính; Ngân hàng Nhà nước khu vực; các ngân hàng thương mại; doanh nghiệp",
            (
                "Conference linking banks and businesses",
                "Provincial Conference Centre",
                "Department of Finance; the regional State Bank branch; commercial banks; businesses",
            ),
        ),
        entry(
            1,
            (14, 0),
            CULTURE,
            "Làm việc với Sở Giáo dục và Đào tạo về đội tuyển học sinh giỏi quốc gia",
            ROOM_2[0],
            "Lãnh đạo Sở Giáo dục và Đào tạo; Trường THPT Chuyên Thái Nguyên",
            (
                "Works with the Department of Education and Training on the national gifted students' team",
                ROOM_2[1],
                "Leaders of the Department of Education and Training; Thai Nguyen High School for the Gifted",
            ),
        ),
        entry(
            2,
            (9, 0),
            CHAIRMAN,
            "Tiếp công dân định kỳ tháng {month}",
            "Trụ sở Tiếp công dân tỉnh",
            "Thanh tra tỉnh; Ban Tiếp công dân tỉnh; các sở, ngành và UBND xã, phường liên quan",
            (
                "Monthly citizen reception ({month})",
                "Provincial Citizen Reception Office",
                "Provincial Inspectorate; Provincial Citizen Reception Board; the departments and commune and ward "
                "People's Committees concerned",
            ),
        ),
        entry(
            3,
            None,
            AGRICULTURE,
            "Kiểm tra công trình thủy lợi và hồ chứa trước mùa khô",
            "Xã Đại Phúc, xã La Bằng",
            "Sở Nông nghiệp và Môi trường; Công ty Khai thác thủy lợi; UBND các xã",
            (
                "Inspects irrigation works and reservoirs before the dry season",
                "Dai Phuc and La Bang communes",
                "Department of Agriculture and Environment; the irrigation company; commune People's Committees",
            ),
        ),
        entry(
            4,
            (8, 0),
            CHAIRMAN,
            "Tiếp và làm việc với Đoàn công tác tỉnh Gyeonggi (Hàn Quốc)",
            "Phòng khách quốc tế, trụ sở UBND tỉnh",
            "Văn phòng UBND tỉnh; Sở Công Thương; Sở Giáo dục và Đào tạo",
            (
                "Receives and works with a delegation from Gyeonggi Province (Republic of Korea)",
                "International reception room, Provincial People's Committee headquarters",
                "Office of the Provincial People's Committee; Department of Industry and Trade; Department of "
                "Education and Training",
            ),
        ),
        entry(
            4,
            (14, 0),
            STANDING,
            "Nghe báo cáo danh mục dự án kêu gọi đầu tư",
            ROOM_1[0],
            "Sở Tài chính; Ban Quản lý các khu công nghiệp tỉnh",
            (
                "Hears a report on the list of projects open to investors",
                ROOM_1[1],
                "Department of Finance; Provincial Industrial Parks Management Board",
            ),
        ),
    ],
    0: [
        briefing(),
        entry(
            0,
            (8, 30),
            CULTURE,
            "Kiểm tra công tác chuẩn bị Lễ hội Trà Thái Nguyên",
            "Xã Tân Cương",
            "Sở Văn hóa, Thể thao và Du lịch; UBND xã Tân Cương",
            (
                "Inspects the preparations for the Thai Nguyen Tea Festival",
                "Tan Cuong Commune",
                "Department of Culture, Sports and Tourism; Tan Cuong Commune People's Committee",
            ),
        ),
        entry(
            0,
            (14, 0),
            STANDING,
            "Làm việc với Sở Tài chính về dự toán ngân sách năm sau",
            ROOM_2[0],
            "Lãnh đạo Sở Tài chính; Văn phòng UBND tỉnh",
            (
                "Works with the Department of Finance on next year's budget estimates",
                ROOM_2[1],
                "Leaders of the Department of Finance; Office of the Provincial People's Committee",
            ),
        ),
        entry(
            1,
            (8, 0),
            CHAIRMAN,
            "Phiên họp thường kỳ tháng {month} của UBND tỉnh",
            HALL[0],
            "Thành viên UBND tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch UBND các xã, phường (trực tuyến)",
            (
                "Regular {month} meeting of the Provincial People's Committee",
                HALL[1],
                "Members of the Provincial People's Committee; directors of provincial departments and agencies; "
                "chairs of the commune and ward People's Committees (online)",
            ),
        ),
        entry(
            2,
            None,
            AGRICULTURE,
            "Kiểm tra tiến độ giải phóng mặt bằng dự án đường vành đai V",
            "Phường Phổ Yên, phường Sông Công, xã Phú Bình",
            "Sở Xây dựng; Sở Nông nghiệp và Môi trường; UBND các xã, phường liên quan",
            (
                "Inspects site clearance for the Ring Road 5 project",
                "Pho Yen and Song Cong wards, Phu Binh Commune",
                "Department of Construction; Department of Agriculture and Environment; People's Committees of the "
                "communes and wards concerned",
            ),
        ),
        entry(
            2,
            (14, 0),
            CULTURE,
            "Hội nghị triển khai Kế hoạch chuyển đổi số năm sau",
            "Trung tâm điều hành thông minh tỉnh",
            "Sở Khoa học và Công nghệ; các sở, ngành; UBND các xã, phường (trực tuyến)",
            (
                "Conference launching next year's digital transformation plan",
                "Provincial Intelligent Operations Centre",
                "Department of Science and Technology; provincial departments and agencies; commune and ward "
                "People's Committees (online)",
            ),
        ),
        entry(
            3,
            (14, 0),
            STANDING,
            "Họp Tổ công tác đặc biệt đẩy nhanh giải ngân vốn đầu tư công",
            ROOM_1[0],
            "Các chủ đầu tư; Sở Tài chính; Kho bạc Nhà nước khu vực",
            (
                "Meeting of the special task force on speeding up the disbursement of public investment",
                ROOM_1[1],
                "Project owners; Department of Finance; Regional State Treasury",
            ),
        ),
        entry(
            4,
            (8, 0),
            CHAIRMAN,
            "Làm việc với Ban Quản lý các khu công nghiệp về mở rộng Khu công nghiệp Yên Bình",
            "Ban Quản lý các khu công nghiệp tỉnh",
            "Sở Tài chính; Sở Xây dựng; Ban Quản lý các khu công nghiệp tỉnh; UBND phường Phổ Yên",
            (
                "Works with the Industrial Parks Management Board on expanding Yen Binh Industrial Park",
                "Provincial Industrial Parks Management Board",
                "Department of Finance; Department of Construction; Provincial Industrial Parks Management Board; "
                "Pho Yen Ward People's Committee",
            ),
        ),
        entry(
            4,
            (15, 0),
            CULTURE,
            "Dự Lễ tuyên dương học sinh đoạt giải quốc gia",
            "Trường THPT Chuyên Thái Nguyên",
            "Sở Giáo dục và Đào tạo; đại diện phụ huynh học sinh",
            (
                "Attends the ceremony honouring the students who won national prizes",
                "Thai Nguyen High School for the Gifted",
                "Department of Education and Training; parents' representatives",
            ),
        ),
        entry(
            5,
            (7, 30),
            AGRICULTURE,
            "Kiểm tra công tác phòng cháy, chữa cháy rừng",
            "Xã Đại Từ",
            "Chi cục Kiểm lâm; UBND xã Đại Từ",
            (
                "Inspects forest fire prevention and fighting",
                "Dai Tu Commune",
                "Forest Protection Sub-department; Dai Tu Commune People's Committee",
            ),
        ),
    ],
    1: [
        briefing(),
        entry(
            0,
            (14, 0),
            CULTURE,
            "Làm việc với Sở Y tế về chiến dịch tiêm vắc xin sởi ở các xã vùng cao",
            ROOM_2[0],
            "Sở Y tế; Trung tâm Kiểm soát bệnh tật tỉnh",
            (
                "Works with the Department of Health on the measles vaccination campaign in highland communes",
                ROOM_2[1],
                "Department of Health; Provincial Centre for Disease Control",
            ),
        ),
        entry(
            1,
            (8, 0),
            CHAIRMAN,
            "Dự Hội nghị Ban Thường vụ Tỉnh ủy",
            "Phòng họp Tỉnh ủy",
            "Theo giấy mời của Tỉnh ủy",
            (
                "Attends the meeting of the Standing Board of the Provincial Party Committee",
                "Meeting room of the Provincial Party Committee",
                "As invited by the Provincial Party Committee",
            ),
        ),
        entry(
            1,
            (14, 0),
            AGRICULTURE,
            "Làm việc với xã Phú Bình về xây dựng vùng lúa hữu cơ",
            "Xã Phú Bình",
            "Sở Nông nghiệp và Môi trường; UBND xã Phú Bình; các hợp tác xã",
            (
                "Works with Phu Binh Commune on an organic rice-growing area",
                "Phu Binh Commune",
                "Department of Agriculture and Environment; Phu Binh Commune People's Committee; cooperatives",
            ),
        ),
        entry(
            2,
            (8, 0),
            STANDING,
            "Kiểm tra thị trường, giá cả hàng hóa thiết yếu",
            "Chợ Thái, phường Phan Đình Phùng",
            "Sở Công Thương; lực lượng quản lý thị trường; UBND phường Phan Đình Phùng",
            (
                "Inspects the market and the prices of essential goods",
                "Thai Market, Phan Dinh Phung Ward",
                "Department of Industry and Trade; market surveillance officers; Phan Dinh Phung Ward People's "
                "Committee",
            ),
        ),
        entry(
            3,
            (8, 0),
            CHAIRMAN,
            "Làm việc với Ủy ban nhân dân phường Bắc Kạn",
            "Phường Bắc Kạn",
            "Các sở, ngành liên quan; UBND phường Bắc Kạn",
            (
                "Works with Bac Kan Ward People's Committee",
                "Bac Kan Ward",
                "The departments concerned; Bac Kan Ward People's Committee",
            ),
        ),
        entry(
            3,
            (14, 0),
            CULTURE,
            "Dự Liên hoan ẩm thực trà Thái Nguyên",
            "Quảng trường Võ Nguyên Giáp, phường Phan Đình Phùng",
            "Sở Văn hóa, Thể thao và Du lịch; Hiệp hội Chè tỉnh",
            (
                "Attends the Thai Nguyen Tea Cuisine Festival",
                "Vo Nguyen Giap Square, Phan Dinh Phung Ward",
                "Department of Culture, Sports and Tourism; Provincial Tea Association",
            ),
        ),
        entry(
            4,
            (8, 0),
            STANDING,
            "Họp Hội đồng thẩm định giá đất tỉnh",
            ROOM_1[0],
            "Sở Nông nghiệp và Môi trường; Sở Tài chính; Sở Tư pháp",
            (
                "Meeting of the provincial land price appraisal council",
                ROOM_1[1],
                "Department of Agriculture and Environment; Department of Finance; Department of Justice",
            ),
        ),
    ],
    2: [
        briefing(),
        entry(
            0,
            (14, 0),
            STANDING,
            "Làm việc với nhà đầu tư dự án nhà ở xã hội phường Phổ Yên",
            ROOM_2[0],
            "Sở Xây dựng; Sở Tài chính; UBND phường Phổ Yên; nhà đầu tư",
            (
                "Works with the investor in the social housing project in Pho Yen Ward",
                ROOM_2[1],
                "Department of Construction; Department of Finance; Pho Yen Ward People's Committee; the investor",
            ),
        ),
        entry(
            1,
            None,
            AGRICULTURE,
            "Kiểm tra công tác khắc phục sạt lở và tái định cư tại xã Thần Sa",
            "Xã Thần Sa",
            "Sở Xây dựng; Sở Nông nghiệp và Môi trường; UBND xã Thần Sa",
            (
                "Inspects landslide recovery and resettlement in Than Sa Commune",
                "Than Sa Commune",
                "Department of Construction; Department of Agriculture and Environment; Than Sa Commune People's "
                "Committee",
            ),
        ),
        entry(
            2,
            (8, 0),
            CHAIRMAN,
            "Hội nghị đối thoại với doanh nghiệp quý",
            "Trung tâm Hội nghị tỉnh",
            "Các sở, ngành; Hiệp hội Doanh nghiệp tỉnh; doanh nghiệp",
            (
                "Quarterly dialogue conference with businesses",
                "Provincial Conference Centre",
                "Provincial departments and agencies; Provincial Business Association; businesses",
            ),
        ),
        entry(
            2,
            (14, 0),
            CULTURE,
            "Làm việc với xã Định Hóa về phát triển du lịch ATK Định Hóa",
            "Xã Định Hóa",
            "Sở Văn hóa, Thể thao và Du lịch; UBND xã Định Hóa",
            (
                "Works with Dinh Hoa Commune on tourism at the ATK Dinh Hoa Safety Zone",
                "Dinh Hoa Commune",
                "Department of Culture, Sports and Tourism; Dinh Hoa Commune People's Committee",
            ),
        ),
        entry(
            3,
            (8, 0),
            CHAIRMAN,
            "Họp Ban Chỉ đạo cải cách hành chính tỉnh",
            HALL[0],
            "Sở Nội vụ; Sở Tư pháp; Văn phòng UBND tỉnh; các sở, ngành",
            (
                "Meeting of the provincial steering committee for administrative reform",
                HALL[1],
                "Department of Home Affairs; Department of Justice; Office of the Provincial People's Committee; "
                "provincial departments and agencies",
            ),
        ),
        entry(
            4,
            (8, 0),
            AGRICULTURE,
            "Kiểm tra vùng chè Shan tuyết và sản phẩm OCOP xã Chợ Đồn",
            "Xã Chợ Đồn",
            "Sở Nông nghiệp và Môi trường; Sở Công Thương; UBND xã Chợ Đồn",
            (
                "Inspects the Shan tuyet tea area and the OCOP products of Cho Don Commune",
                "Cho Don Commune",
                "Department of Agriculture and Environment; Department of Industry and Trade; Cho Don Commune "
                "People's Committee",
            ),
        ),
    ],
}
