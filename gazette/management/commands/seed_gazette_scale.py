"""manage.py seed_gazette_scale [--count 20000]: many published legal documents, for benchmarks (bench_gazette).

It tops up to `--count` documents numbered in the years 2000-2024: running it again makes none.

Documents are written with bulk inserts (a few seconds for 20,000), with realistic numbers, types, issuing bodies,
signers, dates, fields, summaries and a page or two of full text; they are published without an issue. Their
numbers use the years 2000-2024, so they never collide with the demo content. Refuses production settings.
"""

import datetime
import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from gazette.demo import FIELDS, KINDS, SIGNERS, TOPICS
from gazette.generations import bump_gazette_areas
from gazette.lookup import SOURCE
from gazette.models import LegalDocument, LegalField
from gazette.numbers import parse_number
from thainguyen_portal.core.fulltext.indexing import bulk_index, rebuild_vocabulary

BATCH = 1000
FILLER = [
    "Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ Luật Ban hành văn bản quy phạm pháp luật.",
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường có trách nhiệm tổ chức thực hiện.",
    "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp để tổng hợp.",
    "Hồ sơ gồm đơn đề nghị, bản sao giấy tờ chứng minh và các tài liệu liên quan khác theo quy định.",
    "Thời hạn giải quyết không quá mười lăm ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
]


class Command(BaseCommand):
    help = "Make many published legal documents for the gazette's lookup benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=20000)

    def handle(self, *args, count, seed, **options):
        if settings.PORTAL_ENVIRONMENT == "production":
            raise CommandError("seed_gazette_scale refuses to run with production settings.")
        rng = random.Random(seed)
        fields = [LegalField.objects.get_or_create(name=name)[0] for name in FIELDS]
        field_by_name = {f.name: f for f in fields}
        existing = set(LegalDocument.objects.values_list("slug", flat=True))
        already = LegalDocument.objects.filter(number_year__gte=2000, number_year__lte=2024).count()
        count = max(0, count - already)
        now = timezone.now()
        counters = {}
        made = 0
        Through = LegalDocument.fields.through
        while made < count:
            batch, batch_fields = [], []
            while len(batch) < min(BATCH, count - made):
                kind, field_name, summary = rng.choice(TOPICS)
                doc_type, body, symbol, normative = KINDS[kind]
                year = rng.randint(2000, 2024)
                issue_date = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
                key = (year, symbol)
                counters[key] = counters.get(key, 0) + 1
                number = f"{counters[key]}/{year}/{symbol}"
                parsed = parse_number(number)
                if parsed.key in existing:
                    continue
                existing.add(parsed.key)
                effective = issue_date + datetime.timedelta(days=10 if normative else 0)
                expiry = None
                if rng.random() < 0.35:
                    expiry = effective + datetime.timedelta(days=rng.randint(200, 3000))
                signer, position = rng.choice(SIGNERS[body])
                text_summary = summary.format(year=year, next=year + 1, n=rng.randint(1, 9))
                full_text = "\n".join(
                    [f"{doc_type.label} số {number}", text_summary] + rng.sample(FILLER, 4) + [text_summary]
                )
                document = LegalDocument(
                    number=parsed.canonical,
                    slug=parsed.key,
                    number_value=parsed.number,
                    number_year=parsed.year,
                    symbol_key=parsed.symbol_key,
                    doc_type=doc_type,
                    issuing_body=body,
                    signer=signer,
                    signer_position=position,
                    issue_date=issue_date,
                    effective_date=effective,
                    expiry_date=expiry,
                    summary=text_summary,
                    full_text=full_text,
                    is_published=True,
                    first_published_at=now,
                )
                batch.append(document)
                batch_fields.append(field_by_name[field_name])
            with transaction.atomic():
                created = LegalDocument.objects.bulk_create(batch)
                if any(document.pk is None for document in created):  # databases without RETURNING
                    by_slug = dict(
                        LegalDocument.objects.filter(slug__in=[d.slug for d in batch]).values_list("slug", "pk")
                    )
                    for document in created:
                        document.pk = by_slug[document.slug]
                Through.objects.bulk_create(
                    [
                        Through(legaldocument_id=document.pk, legalfield_id=field.pk)
                        for document, field in zip(created, batch_fields, strict=True)
                    ]
                )
                bulk_index(SOURCE, created)  # the full-text layer's entries (bulk inserts send no signals)
            made += len(batch)
            self.stdout.write(f"\r{made}/{count}", ending="")
        self.stdout.write(f"\n{made} legal documents made.")
        if made:
            rebuild_vocabulary()
            bump_gazette_areas()  # bulk inserts send no signals: the lookup's cached counts start afresh
            if connection.vendor == "postgresql":
                # Fresh statistics for the planner, and (outside a transaction) a visibility map for index-only
                # scans.
                command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                with connection.cursor() as cursor:
                    cursor.execute(f"{command} gazette_legaldocument, gazette_legaldocument_fields")
