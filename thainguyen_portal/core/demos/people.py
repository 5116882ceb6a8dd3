"""The demo's one cast: the leaders, the signers of its documents and its spokesperson, and today's names of places
and departments (after the merger with Bắc Kạn on 1 July 2025 and the end of the district level).

Every area's ``demo.py`` takes names from here, so that the leaders' page, the gazette's signers, the work calendar
and the articles agree. The people are invented (the demo says so on the leaders' page); the places are real.
"""

# (name, position, portfolio). The order is the order of the leaders' page.
CHAIRMAN = ("Nguyễn Văn Hùng", "Chủ tịch Ủy ban nhân dân tỉnh", "Chỉ đạo chung; nội chính, quốc phòng – an ninh.")
STANDING_VICE_CHAIRMAN = (
    "Hoàng Minh Khôi",
    "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
    "Kinh tế tổng hợp, tài chính, đầu tư công, các khu công nghiệp.",
)
VICE_CHAIRMEN = [
    (
        "Lê Thị Thu Hà",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Văn hóa – xã hội, giáo dục, y tế, chuyển đổi số.",
    ),
    (
        "Đặng Quốc Bảo",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Nông nghiệp và môi trường, xây dựng, giao thông.",
    ),
]
COMMITTEE_LEADERS = [CHAIRMAN, STANDING_VICE_CHAIRMAN, *VICE_CHAIRMEN]
COUNCIL_CHAIRMAN = (
    "Phạm Minh Tuấn",
    "Chủ tịch Hội đồng nhân dân tỉnh",
    "Điều hành hoạt động của Hội đồng nhân dân tỉnh.",
)
SPOKESPERSON = ("Vũ Thị Lan", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Người phát ngôn của Ủy ban nhân dân tỉnh.")

# Departments as they are named since 2025 (Kế hoạch và Đầu tư is part of Tài chính; Thông tin và Truyền thông of
# Khoa học và Công nghệ; Giao thông vận tải of Xây dựng; Lao động of Nội vụ; Nông nghiệp and Tài nguyên are one).
DEPARTMENTS = [
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Dân tộc và Tôn giáo",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Thanh tra tỉnh",
    "Ban Quản lý các khu công nghiệp tỉnh",
]

# Communes and wards the demo writes about (today's two-level local government: province, then commune or ward).
# Keep in step with the former-place dictionary in core/demos/dictionary.py, which maps the old district names to these.
PLACES = [
    "phường Phan Đình Phùng",
    "phường Gia Sàng",
    "phường Quyết Thắng",
    "phường Phổ Yên",
    "phường Sông Công",
    "phường Bắc Kạn",
    "xã Tân Cương",
    "xã Đại Phúc",
    "xã La Bằng",
    "xã Định Hóa",
    "xã Phú Bình",
    "xã Ba Bể",
    "xã Chợ Đồn",
]
