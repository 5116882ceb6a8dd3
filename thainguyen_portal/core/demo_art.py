"""Illustrations for the demo, drawn in code: one picture per subject the demo writes about, so that an alt text can
say what is actually drawn. Deterministic (the seed varies details, never the subject) and light (tens of KB).

``SUBJECTS`` maps each subject to what its picture shows (the alt text's starting point); ``draw`` makes the JPEG.
"""

SUBJECTS = {
    "tea_hills": "Minh họa: đồi chè xếp tầng dưới bầu trời",
    "lake": "Minh họa: mặt hồ giữa những dãy núi",
    "bridge": "Minh họa: cây cầu bắc qua sông",
    "industrial_park": "Minh họa: nhà xưởng khu công nghiệp",
    "festival": "Minh họa: lễ hội với cờ và đèn lồng",
    "portrait": "Ảnh chân dung giữ chỗ (không phải ảnh thật)",
    "city": "Minh họa: các tòa nhà trong đô thị",
    "meeting": "Minh họa: hội trường với bàn chủ tọa",
    "school": "Minh họa: ngôi trường có sân và cột cờ",
    "health": "Minh họa: tòa nhà bệnh viện có dấu chữ thập",
    "road": "Minh họa: con đường xuyên qua đồi",
    "fields": "Minh họa: ruộng lúa bậc thang",
    "forest": "Minh họa: rừng và núi đá",
    "historic": "Minh họa: nhà sàn di tích giữa rừng",
    "digital": "Minh họa: điện thoại và biểu tượng dịch vụ công trực tuyến",
    "market": "Minh họa: gian hàng nông sản ở chợ",
}


def draw(subject, seed, size):
    """The JPEG bytes of `subject`'s illustration at `size`; `seed` varies colours and details."""
    if subject not in SUBJECTS:
        raise ValueError(f"Unknown demo subject {subject!r}; choose one of {', '.join(SUBJECTS)}")
    from .demo import _landscape_jpeg  # until each subject has its own drawing

    return _landscape_jpeg(seed, size)
