"""The back-issue digitisation pipeline behind ``manage.py import_traviet DIR``.

DIR holds one PDF per issue and a manifest, ``manifest.json`` or ``manifest.csv``:

* JSON: a list (or ``{"issues": [...]}``) of objects with ``number``, ``date`` (``YYYY-MM`` or ``YYYY-MM-DD``),
  ``title``, ``file`` and optionally ``editorial`` and ``articles``: a list of objects with ``title``,
  ``authors``, ``pages`` (``"3-7"`` or ``"5"``), ``lead``, ``regions`` and ``topics`` (lists of names).
* CSV (UTF-8, a header row): ``number,date,title,file`` and optionally ``editorial`` and ``articles``, where
  ``articles`` is ``Title | Authors | 3-7`` entries separated by ``;``.

Each issue is imported in its own transaction: the PDF is read first (its text and page images), then the issue
page, its cover (page 1), its PDF document, its printed pages and its articles are written together or not at
all. An issue whose PDF and manifest row are unchanged since the last run is skipped, so a second run changes
nothing; an issue already in the database whose PDF or row changed is refused unless ``update=True``
(``--update``). Issues are drafts, which the magazine's editor reviews and publishes in the admin, unless
``publish=True`` (``--publish``). Pages without a text layer (scans) mark the issue "needs OCR"; with ``ocr=True`` Tesseract reads them
(``tesseract-ocr`` and ``tesseract-ocr-vie``).
"""

import csv
import datetime
import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.rich_text import RichText
from wagtail.search import index as search_index

from thainguyen_portal.core.intake.pdf import PdfError, read_pages, render_page, render_pages
from thainguyen_portal.core.text import excerpt, vietnamese_slugify

from .models import MagazineArticlePage, MagazineIssuePage, MagazinePrintPage, TeaRegion

PAGE_WIDTH = 1200  # pixels of a page image in the reader
THUMBNAIL_SIZE = (200, 283)
OCR_SCALE = 300 / 72  # 300 dpi for Tesseract
MIN_TEXT_CHARS = 3  # fewer characters than this on a page: no text layer (a scan)
OCR_TIMEOUT = 180
COLLECTION_NAME = "Đặc san Trà Việt"
_PAGES = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$")


class ImportFailure(Exception):
    """An issue that cannot be imported, with the reason the report shows."""


@dataclass
class ArticleSpec:
    title: str
    authors: str = ""
    start: int | None = None
    end: int | None = None
    lead: str = ""
    regions: list = field(default_factory=list)
    topics: list = field(default_factory=list)


@dataclass
class IssueSpec:
    line: int  # the CSV line, or the position in the JSON list (from 1)
    number: int
    date: datetime.date
    title: str
    file: str
    editorial: str = ""
    articles: list = field(default_factory=list)
    cover_alt: str = ""  # what the cover shows, for its alt text; "Bìa Đặc san Trà Việt số N, tháng M/Y" if empty

    def digest(self):
        data = asdict(self)
        data.pop("line")
        if not data["cover_alt"]:
            data.pop("cover_alt")  # manifests without it keep their signature
        data["date"] = self.date.isoformat()
        return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class Outcome:
    status: str  # imported, updated, skipped, failed
    label: str
    detail: str = ""
    seconds: float = 0.0


@dataclass
class Report:
    outcomes: list = field(default_factory=list)

    def add(self, outcome):
        self.outcomes.append(outcome)

    def of(self, status):
        return [outcome for outcome in self.outcomes if outcome.status == status]

    def summary(self):
        return ", ".join(f"{len(self.of(status))} {status}" for status in ("imported", "updated", "skipped", "failed"))


@dataclass
class ParsedPdf:
    sha256: str
    content: bytes
    texts: list
    page_sizes: list


# --- The manifest ----------------------------------------------------------------------------------------------
def find_manifest(directory):
    for name in ("manifest.json", "manifest.csv"):
        candidate = Path(directory) / name
        if candidate.is_file():
            return candidate
    raise ImportFailure(f"no manifest.json or manifest.csv in {directory}")


def read_manifest(path):
    """(specs, failures): the rows that parse, and an Outcome for each row that does not."""
    path = Path(path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ImportFailure(f"{path.name} is not valid JSON: {error}") from error
        rows = data.get("issues") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise ImportFailure(f'{path.name} must hold a list of issues (or {{"issues": [...]}})')
        numbered = [(position, row, f"entry {position}") for position, row in enumerate(rows, start=1)]
    else:
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                numbered = [(reader.line_num, dict(row), f"line {reader.line_num}") for row in reader]
        except UnicodeDecodeError as error:
            raise ImportFailure(f"{path.name} is not UTF-8: {error}") from error
    specs, failures = [], []
    for line, row, where in numbered:
        try:
            specs.append(_issue_spec(line, row))
        except ImportFailure as error:
            failures.append(Outcome("failed", f"{path.name} {where}", f"bad manifest row: {error}"))
    return specs, failures


def _issue_spec(line, row):
    if not isinstance(row, dict):
        raise ImportFailure("not an object")
    number = str(row.get("number") or "").strip()
    if not number.isdigit() or int(number) == 0:
        raise ImportFailure(f"issue number {number!r} is not a positive whole number")
    date = _parse_date(str(row.get("date") or ""))
    title = str(row.get("title") or "").strip()
    if not title:
        raise ImportFailure("the title is missing")
    filename = str(row.get("file") or "").strip()
    if not filename:
        raise ImportFailure("the file name is missing")
    articles = row.get("articles") or []
    if isinstance(articles, str):
        articles = [_csv_article(entry) for entry in articles.split(";") if entry.strip()]
    elif isinstance(articles, list):
        articles = [_json_article(entry) for entry in articles]
    else:
        raise ImportFailure("articles must be a list")
    return IssueSpec(
        line=line,
        number=int(number),
        date=date,
        title=title[:255],
        file=filename,
        editorial=str(row.get("editorial") or "").strip(),
        articles=articles,
        cover_alt=str(row.get("cover_alt") or "").strip()[:1000],
    )


def _parse_date(value):
    value = value.strip()
    for pattern in ("%Y-%m-%d", "%Y-%m", "%m/%Y", "%d/%m/%Y"):
        try:
            parsed = datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        return parsed.replace(day=1) if pattern in ("%Y-%m", "%m/%Y") else parsed
    raise ImportFailure(f"date {value!r} is not YYYY-MM or YYYY-MM-DD")


def _page_range(value, title):
    if value in (None, ""):
        return None, None
    match = _PAGES.match(str(value))
    if not match:
        raise ImportFailure(f"article {title!r}: pages {value!r} are not like 3-7")
    start = int(match.group(1))
    end = int(match.group(2) or start)
    if start < 1 or end < start:
        raise ImportFailure(f"article {title!r}: pages {value!r} are not a range")
    return start, end


def _csv_article(entry):
    parts = [part.strip() for part in entry.split("|")]
    title = parts[0]
    if not title:
        raise ImportFailure(f"article entry {entry.strip()!r} has no title")
    authors = parts[1] if len(parts) > 1 else ""
    start, end = _page_range(parts[2] if len(parts) > 2 else "", title)
    return ArticleSpec(title=title[:255], authors=authors[:300], start=start, end=end)


def _json_article(entry):
    if not isinstance(entry, dict) or not str(entry.get("title") or "").strip():
        raise ImportFailure("an article has no title")
    title = str(entry["title"]).strip()
    start, end = _page_range(entry.get("pages"), title)
    authors = entry.get("authors") or ""
    if isinstance(authors, list):
        authors = ", ".join(str(author) for author in authors)
    return ArticleSpec(
        title=title[:255],
        authors=str(authors)[:300],
        start=start,
        end=end,
        lead=str(entry.get("lead") or ""),
        regions=[str(name).strip() for name in entry.get("regions") or [] if str(name).strip()],
        topics=[str(name).strip() for name in entry.get("topics") or [] if str(name).strip()],
    )


# --- The PDF ---------------------------------------------------------------------------------------------------
def read_pdf(path):
    try:
        content = Path(path).read_bytes()
    except OSError as error:
        raise ImportFailure(f"cannot read {Path(path).name}: {error.strerror}") from error
    try:
        pages = read_pages(content)
    except PdfError as error:
        raise ImportFailure(f"corrupt PDF {Path(path).name}: {error}") from error
    if not pages:
        raise ImportFailure(f"corrupt PDF {Path(path).name}: it has no pages")
    texts = [_clean_text(text) for text, _size in pages]
    sizes = [size for _text, size in pages]
    return ParsedPdf(hashlib.sha256(content).hexdigest(), content, texts, sizes)


def _clean_text(text):
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    return "\n".join(line for line in lines if line)


def ocr_available():
    return shutil.which("tesseract") is not None


def ocr_image(image):
    """The Vietnamese text Tesseract reads on `image`."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "vie"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=OCR_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise ImportFailure(f"Tesseract failed: {result.stderr.decode(errors='replace').strip()[:200]}")
    return _clean_text(result.stdout.decode("utf-8", errors="replace"))


def text_to_paragraphs(text):
    """Printed lines joined into paragraphs: a line that ends a sentence ends its paragraph."""
    paragraphs, current = [], []
    for line in text.splitlines():
        current.append(line)
        if line.endswith((".", "!", "?", ":", "…", "”")):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _jpeg(image, quality=80):
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()


# --- The importer ----------------------------------------------------------------------------------------------
class TravietImporter:
    """Import every issue of a folder under `index_page`; `progress(done, total, label)` is told as it goes."""

    def __init__(
        self, directory, index_page, *, publish=False, ocr=False, progress=None, collection=None, update=False
    ):
        self.directory = Path(directory)
        self.update = update
        self.collection = collection
        self.index_page = index_page
        self.publish = publish
        self.ocr = ocr
        self.progress = progress or (lambda done, total, label: None)
        self._written = []  # (storage, name) of files written for the issue in progress

    def run(self):
        report = Report()
        if self.ocr and not ocr_available():
            raise ImportFailure("--ocr needs Tesseract: install tesseract-ocr and tesseract-ocr-vie")
        specs, failures = read_manifest(find_manifest(self.directory))
        for failure in failures:
            report.add(failure)
        lines_by_number = {}
        for spec in specs:
            lines_by_number.setdefault(spec.number, []).append(spec.line)
        total = len(specs)
        for done, spec in enumerate(specs, start=1):
            label = f"Số {spec.number} ({spec.file})"
            started = time.perf_counter()
            others = [line for line in lines_by_number[spec.number] if line != spec.line]
            try:
                if others:
                    raise ImportFailure(
                        f"duplicate number {spec.number} (also in manifest row {', '.join(map(str, others))})"
                    )
                status, detail = self.import_issue(spec)
            except ImportFailure as error:
                self._discard_written()
                report.add(Outcome("failed", label, str(error), time.perf_counter() - started))
            except Exception as error:  # noqa: BLE001 - any failure of one issue must not stop the others
                self._discard_written()
                report.add(Outcome("failed", label, f"{type(error).__name__}: {error}", time.perf_counter() - started))
            else:
                self._written = []
                report.add(Outcome(status, label, detail, time.perf_counter() - started))
            self.progress(done, total, label)
        return report

    # --- one issue ---
    def _pdf_path(self, spec):
        path = (self.directory / spec.file).resolve()
        if self.directory.resolve() not in path.parents:
            raise ImportFailure(f"file {spec.file!r} is outside the folder")
        if not path.is_file():
            raise ImportFailure(f"missing file {spec.file}")
        return path

    def import_issue(self, spec):
        parsed = read_pdf(self._pdf_path(spec))
        page_count = len(parsed.texts)
        for article in spec.articles:
            if article.end and article.end > page_count:
                raise ImportFailure(
                    f"article {article.title!r}: pages {article.start}-{article.end} are beyond the "
                    f"{page_count} pages of the PDF"
                )
        scanned = [number for number, text in enumerate(parsed.texts, start=1) if len(text) < MIN_TEXT_CHARS]
        signature = hashlib.sha256(f"{parsed.sha256}:{spec.digest()}:{bool(self.ocr and scanned)}".encode()).hexdigest()
        existing = MagazineIssuePage.objects.child_of(self.index_page).filter(number=spec.number).first()
        if existing is not None and existing.import_signature == signature:
            if self.publish and (not existing.live or existing.has_unpublished_changes):
                with transaction.atomic():
                    existing.get_latest_revision().publish()
                return "updated", "published"
            return "skipped", "unchanged"
        if existing is not None and not self.update:
            state = "published" if existing.live else "a draft"
            raise ImportFailure(
                f"issue {spec.number} already exists ({state}) and its PDF or manifest row changed: "
                "not overwritten (run again with --update to replace it)"
            )
        with transaction.atomic():
            issue = self._write_issue(spec, parsed, scanned, signature, existing)
        detail = f"{page_count} pages"
        if issue.needs_ocr:
            detail += f", needs OCR (pages without text: {', '.join(map(str, scanned))})"
        elif scanned:
            detail += f", OCR on {len(scanned)} pages"
        return ("updated" if existing else "imported"), detail

    def _write_issue(self, spec, parsed, scanned, signature, existing):
        if existing is not None:
            issue = existing.get_latest_revision_as_object()
        else:
            issue = MagazineIssuePage(
                number=spec.number,
                issue_date=spec.date,
                title=spec.title,
                slug=self._free_slug(f"so-{spec.number}"),
                locale=self.index_page.locale,
                live=False,
            )
            self.index_page.add_child(instance=issue)
        old_cover, old_pdf = issue.cover, issue.pdf
        texts = list(parsed.texts)
        ocr_pages = set()
        # Page images, the cover from page 1, and OCR of the scanned pages.
        if existing is not None:
            self._drop_pages(issue)
        cover_image = None
        for number, image in render_pages(parsed.content, lambda width: PAGE_WIDTH / width):
            if self.ocr and number in scanned:
                big = render_page(parsed.content, number, OCR_SCALE)
                texts[number - 1] = ocr_image(big)
                ocr_pages.add(number)
            if number == 1:
                cover_image = image.copy()
            thumbnail = image.copy()
            thumbnail.thumbnail(THUMBNAIL_SIZE)
            page = MagazinePrintPage(
                issue=issue,
                number=number,
                text=texts[number - 1],
                has_text_layer=number not in scanned,
                ocr=number in ocr_pages,
            )
            page.image.save(f"trang-{number:03d}.jpg", ContentFile(_jpeg(image)), save=False)
            self._track(page.image)
            page.thumbnail.save(f"trang-{number:03d}-nho.jpg", ContentFile(_jpeg(thumbnail, 75)), save=False)
            self._track(page.thumbnail)
            page.width, page.height = image.size
            page.save()

        issue.title = spec.title
        issue.number = spec.number
        issue.issue_date = spec.date
        if spec.editorial:
            issue.editorial = "".join(f"<p>{html.escape(p)}</p>" for p in spec.editorial.split("\n\n") if p.strip())
        issue.page_count = len(texts)
        issue.needs_ocr = any(number not in ocr_pages for number in scanned)
        issue.import_signature = signature
        issue.cover = self._cover(spec, cover_image)
        issue.pdf = self._document(spec, parsed.content)
        issue.search_description = (
            issue.search_description
            or (f"Đặc san Trà Việt số {spec.number}, tháng {spec.date.month}/{spec.date.year}: {spec.title}")[:255]
        )
        revision = issue.save_revision()
        if self.publish:
            revision.publish()
        else:
            # A draft keeps its fields in the page row too (nothing is live to protect).
            if not issue.live:
                issue.save()
        # A live issue updated without --publish keeps its published cover and PDF; otherwise drop the old ones.
        if self.publish or not issue.live:
            for old in (old_cover, old_pdf):
                if old is not None and old.pk not in (issue.cover_id, issue.pdf_id):
                    transaction.on_commit(old.delete)
        for article in spec.articles:
            self._write_article(issue, article, texts)
        search_index.insert_or_update_object(MagazineIssuePage.objects.get(pk=issue.pk))
        return issue

    def _write_article(self, issue, spec, texts):
        slug = vietnamese_slugify(spec.title)[:200] or "bai-viet"
        article = MagazineArticlePage.objects.child_of(issue).filter(slug=slug).first()
        if article is None:
            article = MagazineArticlePage(title=spec.title, slug=slug, locale=issue.locale, live=False)
            if spec.start:
                text = "\n".join(texts[spec.start - 1 : spec.end])
                article.body = [
                    ("paragraph", RichText(f"<p>{html.escape(paragraph)}</p>"))
                    for paragraph in text_to_paragraphs(text)
                ]
            issue.add_child(instance=article)
        else:
            article = article.get_latest_revision_as_object()
        article.title = spec.title
        article.authors = spec.authors
        article.print_start, article.print_end = spec.start, spec.end
        if spec.lead:
            article.lead = spec.lead
        if spec.regions:
            article.regions = [self._region(name) for name in spec.regions]
        if spec.topics:
            article.tags.set(spec.topics)
        revision = article.save_revision()
        if self.publish:
            revision.publish()
        elif not article.live:
            article.save()

    @staticmethod
    def _region(name):
        region = TeaRegion.objects.filter(name__iexact=name).first()
        return region or TeaRegion.objects.create(name=name)

    def _cover(self, spec, image):
        Image = get_image_model()
        description = (
            spec.cover_alt or f"Bìa Đặc san Trà Việt số {spec.number}, tháng {spec.date.month}/{spec.date.year}"
        )
        cover = Image(
            title=f"Bìa Đặc san Trà Việt số {spec.number}",
            # The image's description holds 255 characters (PostgreSQL refuses more; SQLite would keep them).
            description=excerpt(description, Image._meta.get_field("description").max_length),
            collection=self._collection(),
        )
        cover.file = ImageFile(io.BytesIO(_jpeg(image, 85)), name=f"dac-san-tra-viet-so-{spec.number}-bia.jpg")
        cover.save()
        self._track(cover.file)
        return cover

    def _document(self, spec, content):
        Document = get_document_model()
        document = Document(title=f"Đặc san Trà Việt số {spec.number} (PDF)", collection=self._collection())
        document.file.save(f"dac-san-tra-viet-so-{spec.number}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)  # Wagtail's upload form sets it; a document saved in code has none
        self._track(document.file)
        document.save()
        return document

    def _collection(self):
        if self.collection is None:
            self.collection = magazine_collection()
        return self.collection

    def _drop_pages(self, issue):
        for page in MagazinePrintPage.objects.filter(issue=issue):
            for fieldfile in (page.image, page.thumbnail):
                storage, name = fieldfile.storage, fieldfile.name
                if name:
                    transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))
        MagazinePrintPage.objects.filter(issue=issue).delete()

    def _free_slug(self, base):
        slug, counter = base, 1
        siblings = set(self.index_page.get_children().values_list("slug", flat=True))
        while slug in siblings:
            counter += 1
            slug = f"{base}-{counter}"
        return slug

    def _track(self, fieldfile):
        self._written.append((fieldfile.storage, fieldfile.name))

    def _discard_written(self):
        for storage, name in self._written:
            if name and storage.exists(name):
                storage.delete(name)
        self._written = []


def magazine_collection():
    """The "Đặc san Trà Việt" collection of the image and document libraries, made when missing."""
    existing = Collection.objects.filter(name=COLLECTION_NAME, depth=2).first()
    if existing is not None:
        return existing
    return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
