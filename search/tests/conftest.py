import pytest

from home.factories import StandardPageFactory
from search import stats

# The documents of the Vietnamese table test: key -> (title, intro).
DOCUMENTS = {
    "tra": ("Đặc san Trà Việt số mùa xuân", "Giới thiệu các vùng chè Tân Cương, La Bằng và Trại Cài."),
    "duong": ("Đường lên Tân Cương", "Con đường chè đặc sản của thành phố Thái Nguyên."),
    "dat": ("Đất và người Định Hóa", "An toàn khu ATK Định Hóa, nơi lưu giữ di tích lịch sử."),
    "hoi": ("Hội nghị tổng kết công tác năm", "Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết."),
    "ho": ("Hồ Núi Cốc mùa thu", "Khu du lịch hồ Núi Cốc đón khách dịp lễ hội."),
    "nguoi": ("Người dân Phú Lương trồng lúa", "Nông nghiệp công nghệ cao ở huyện Phú Lương."),
    "viet": ("Việt Bắc trong lòng người", "Thủ đô gió ngàn, căn cứ địa cách mạng Việt Bắc."),
    "dac": ("Dặc biệt chương trình văn nghệ", "Đêm văn nghệ chào mừng ngày hội văn hóa."),
    "mua": ("Mưa lớn ở Đại Từ", "Cảnh báo lũ quét và sạt lở đất tại huyện Đại Từ."),
    "muc": ("Mục lục công báo tháng mười", "Danh mục văn bản quy phạm pháp luật của tỉnh."),
    "ngu": ("Ngư dân hồ Núi Cốc", "Nghề đánh bắt cá trên hồ Núi Cốc, đời sống ngư dân."),
    "tuyen": ("Tuyển dụng viên chức năm 2026", "Thông báo tuyển dụng viên chức sự nghiệp giáo dục."),
}


@pytest.fixture
def documents(site_tree):
    pages = {}
    for key, (title, intro) in DOCUMENTS.items():
        pages[key] = StandardPageFactory(parent=site_tree.home, title=title, intro=intro, body=[])
    return pages


@pytest.fixture(autouse=True)
def _fresh_stats():
    stats.discard()
    yield
    stats.discard()
