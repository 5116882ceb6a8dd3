"""`manage.py search_bench`: seed N articles into the search index and measure search and suggestion latency.

Meant for PostgreSQL (``DATABASE_URL=postgres://… manage.py search_bench --articles 100000``); it runs on SQLite
too. The articles are index entries of a "bench" source (the news app's article pages are not needed to measure
the index), made from a pool of realistic Vietnamese sentences, dated over five years. Each query of the fixed
set is run through the same code as the search page (filter, rank, count, first page of ten) and the
suggestion endpoint (uncached), ``--repeat`` times; the command prints p50 and p95 in milliseconds. The bench
entries are deleted afterwards unless ``--keep`` is given; a re-run reuses the entries already there.
"""

import os
import random
import statistics
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale

from search.views import suggestion_words
from thainguyen_portal.core.fulltext.engine import find, max_results, order, suggest
from thainguyen_portal.core.fulltext.indexing import entry_values, rebuild_vocabulary
from thainguyen_portal.core.fulltext.query import parse_query
from thainguyen_portal.core.models import TextEntry as SearchEntry

SOURCE = "bench"

SUBJECTS = [
    "Ủy ban nhân dân tỉnh Thái Nguyên",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Huyện Định Hóa",
    "Thành phố Sông Công",
    "Hội Nông dân tỉnh",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Huyện Đại Từ",
    "Thị xã Phổ Yên",
    "Ban Quản lý các khu công nghiệp",
    "Hợp tác xã chè Tân Cương",
    "Huyện Phú Lương",
    "Sở Giáo dục và Đào tạo",
    "Công an tỉnh",
    "Bệnh viện Trung ương Thái Nguyên",
    "Huyện Võ Nhai",
]
ACTIONS = [
    "tổ chức hội nghị tổng kết công tác năm",
    "triển khai kế hoạch phát triển vùng chè đặc sản",
    "khánh thành công trình giao thông nông thôn",
    "phát động phong trào thi đua yêu nước",
    "kiểm tra công tác phòng chống thiên tai",
    "trao giấy chứng nhận sản phẩm OCOP",
    "tiếp công dân định kỳ",
    "đón đoàn công tác của Chính phủ",
    "ban hành quy chế phối hợp",
    "hướng dẫn chuyển đổi số trong cơ quan nhà nước",
    "tổ chức lễ hội trà Thái Nguyên",
    "đẩy mạnh cải cách hành chính",
    "bảo vệ rừng đầu nguồn hồ Núi Cốc",
    "tuyển dụng viên chức ngành giáo dục",
]
SENTENCES = [
    "Đặc san Trà Việt giới thiệu những vùng chè nổi tiếng như Tân Cương, La Bằng, Trại Cài.",
    "Người dân được hướng dẫn thực hiện thủ tục hành chính trên Cổng dịch vụ công trực tuyến.",
    "Mưa lớn kéo dài gây sạt lở đất tại một số xã vùng cao của huyện Võ Nhai.",
    "An toàn khu ATK Định Hóa là điểm đến của nhiều đoàn khách trong và ngoài tỉnh.",
    "Khu du lịch hồ Núi Cốc đón hàng nghìn lượt khách dịp nghỉ lễ.",
    "Tỉnh đặt mục tiêu nâng cao thu nhập cho người trồng chè bằng liên kết chuỗi giá trị.",
    "Lãnh đạo tỉnh yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp.",
    "Các trường học chuẩn bị cơ sở vật chất cho năm học mới.",
    "Việt Bắc là căn cứ địa cách mạng, nơi lưu giữ nhiều di tích lịch sử quan trọng.",
    "Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội.",
    "Ngư dân quanh hồ Núi Cốc phát triển nghề nuôi cá lồng theo hướng bền vững.",
    "Công báo tỉnh đăng tải đầy đủ văn bản quy phạm pháp luật mới ban hành.",
    "Sản phẩm chè đạt chuẩn OCOP bốn sao được giới thiệu tại hội chợ.",
    "Người phát ngôn cung cấp thông tin cho báo chí về tình hình thiên tai.",
    "Đường lên Tân Cương được mở rộng, thuận lợi cho du khách tham quan đồi chè.",
]
# Filler text: two-syllable words from common syllables, so that the bodies have a large vocabulary (a query
# matches a few per cent of the articles, as on a real news site, not all of them).
SYLLABLES = [
    "an",
    "bà",
    "bản",
    "biên",
    "bình",
    "cao",
    "cấp",
    "chính",
    "chợ",
    "công",
    "cường",
    "dân",
    "đại",
    "đất",
    "điện",
    "đình",
    "đông",
    "đức",
    "giá",
    "giang",
    "giao",
    "hạ",
    "hải",
    "hành",
    "hòa",
    "hồng",
    "hợp",
    "hưng",
    "khoa",
    "khánh",
    "kinh",
    "lạc",
    "lâm",
    "long",
    "lợi",
    "mạnh",
    "minh",
    "nam",
    "nghĩa",
    "ngọc",
    "nhân",
    "phát",
    "phong",
    "phú",
    "quang",
    "quốc",
    "sản",
    "sơn",
    "tài",
    "tâm",
    "tân",
    "thành",
    "thắng",
    "thịnh",
    "thông",
    "thuận",
    "tiến",
    "toàn",
    "trung",
    "trường",
    "tuấn",
    "văn",
    "việt",
    "vinh",
    "xuân",
    "yên",
]


def filler(rng, words):
    return " ".join(f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}" for _ in range(words)).capitalize() + "."


QUERIES = [
    "dac san tra viet",
    "Đặc san Trà Việt",
    "ĐẶC SAN TRÀ VIỆT",
    "che tan cuong",
    "ho nui coc",
    "hồ Núi Cốc",
    '"tuyen dung vien chuc"',
    "dinh hoa",
    "ocop",
    "cai cach hanh chinh",
    "thien tai vo nhai",
    "hoi nghi tong ket",
    "chuyển đổi số",
    "viet bac",
    "ủy ban nhân dân",
    "le hoi tra",
    "giao thong nong thon",
    "khong tim thay gi ca",
]
PREFIXES = ["dac s", "Đặc san Tr", "ho nu", "tuyen d", "ch", "ủy ban nh", "le ho", "viet b", "cai c", "thai ng"]


def percentile(samples, fraction):
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class Command(BaseCommand):
    help = "Seed N articles into the search index and print search and suggestion latency (p50/p95)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--repeat", type=int, default=5)
        parser.add_argument("--keep", action="store_true", help="keep the bench entries for a later run")
        parser.add_argument("--verbose", action="store_true", help="print each query's median too")

    def handle(self, *args, **options):
        if getattr(settings, "PORTAL_ENVIRONMENT", "") == "production":
            raise CommandError("search_bench writes test data: it does not run with production settings.")
        locale = Locale.objects.get(language_code="vi")
        self.seed(locale, options["articles"])
        entries = SearchEntry.objects.filter(locale=locale)
        total = entries.count()
        self.stdout.write(
            f"database: {connection.vendor}; entries in the Vietnamese index: {total}; "
            f"ranked per query: the newest {max_results()}; load average before: {self.load()}"
        )

        search_times, suggest_times = [], []
        per_query = {}
        for _round in range(options["repeat"]):
            for query in QUERIES:
                start = time.perf_counter()
                # as the page does: the query read (vocabulary, dictionary), the newest matches ranked, the first ten
                _parsed, found = find(entries, parse_query(query))
                rows = order(found)
                count = len(rows)
                SearchEntry.objects.defer("title_folded", "text_folded", "text_exact", "search_vector").in_bulk(
                    [row.pk for row in rows[:10]]
                )
                elapsed = (time.perf_counter() - start) * 1000
                search_times.append(elapsed)
                per_query.setdefault(query, [count, []])[1].append(elapsed)
            for prefix in PREFIXES:
                start = time.perf_counter()
                suggest(entries, suggestion_words(prefix))
                elapsed = (time.perf_counter() - start) * 1000
                suggest_times.append(elapsed)
                per_query.setdefault(f"suggest {prefix}", [None, []])[1].append(elapsed)
        if options["verbose"]:
            for label, (count, samples) in per_query.items():
                found = "" if count is None else f" ({count} found)"
                self.stdout.write(f"  {label}{found}: median {statistics.median(samples):.1f} ms")
        self.report("search (count + first 10, ranked)", search_times)
        self.report("suggestions (uncached)", suggest_times)
        self.stdout.write(f"load average after: {self.load()} ({os.cpu_count()} CPUs)")
        if not options["keep"]:
            SearchEntry.objects.filter(source=SOURCE).delete()
            self.stdout.write("bench entries deleted (use --keep to keep them)")

    @staticmethod
    def load():
        try:
            return " ".join(f"{value:.2f}" for value in os.getloadavg())
        except OSError:
            return "unknown"

    def report(self, label, samples):
        self.stdout.write(
            f"{label}: {len(samples)} runs, p50 {statistics.median(samples):.1f} ms, "
            f"p95 {percentile(samples, 0.95):.1f} ms, max {max(samples):.1f} ms"
        )

    def seed(self, locale, count):
        existing = SearchEntry.objects.filter(source=SOURCE).count()
        if existing >= count:
            return
        rng = random.Random(7)
        now = timezone.now()
        started = time.perf_counter()
        batch = []
        with transaction.atomic():
            for number in range(existing, count):
                title = f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}"
                sentences = [rng.choice(SENTENCES)] + [filler(rng, rng.randint(5, 9)) for _ in range(rng.randint(4, 8))]
                rng.shuffle(sentences)
                body = " ".join(sentences)
                values = entry_values(
                    {
                        "locale_id": locale.pk,
                        "kind": "news",
                        "title": title,
                        "body": body,
                        "url": f"/tin-tuc/bench-{number}/",
                        "date": now - timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60)),
                        "path": "",
                    }
                )
                batch.append(SearchEntry(source=SOURCE, object_key=str(number), **values))
                if len(batch) >= 2000:
                    SearchEntry.objects.bulk_create(batch)
                    batch = []
            SearchEntry.objects.bulk_create(batch)
        rebuild_vocabulary()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE core_textentry")
        self.stdout.write(f"seeded {count - existing} articles in {time.perf_counter() - started:.0f} s")
