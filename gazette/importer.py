"""Loading existing documents and issues from a manifest (CSV) and a directory of signed files.

One row per document. Columns (UTF-8, header row, ``;`` separates several values in one cell):

    number, type, issuing_body, signer, signer_position, issue_date, effective_date, expiry_date, status,
    fields, summary, files, issue, issue_date_published, pages, amends, replaces, guides

``type`` and ``issuing_body`` take the codes (``quyet-dinh``, ``ubnd-tinh``) or the Vietnamese names
("Quyết định", "UBND tỉnh"); dates are ``2026-03-15`` or ``15/03/2026``; ``issue`` is "05/2026" or
"05+06/2026" and the issue is made (a draft, see below) when missing; ``pages`` is "3" or "3-9"; ``amends``,
``replaces`` and ``guides`` list numbers of other documents (in the database or the manifest).

Rows are keyed on the document's number: a second run of the same manifest changes nothing. A row whose number is
already in the database and whose values differ is refused unless ``update=True`` (``--update``): an import never
silently overwrites a document. Each row is imported in its own transaction, so a bad row stores nothing and does
not stop the others.

An issue the manifest names and the database lacks is made as a *draft*, never published: with a ``user`` it is
submitted to the gazette's workflow ("Công báo") as that user, as if they had pressed "Submit" in the admin, and
the approving office publishes it (and with it its documents); without a user or a workflow it stays a draft.
"""

import contextlib
import csv
import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files import File
from django.db import transaction

from thainguyen_portal.core.intake.documents import new_document
from thainguyen_portal.core.text import fold_vietnamese, vietnamese_slugify

from .models import (
    DocumentAppearance,
    DocumentFile,
    DocumentRelation,
    DocumentType,
    ForceStatus,
    GazetteIndexPage,
    GazetteIssuePage,
    IssuingBody,
    LegalDocument,
    LegalField,
    RelationKind,
)
from .numbers import InvalidNumber, parse_number

REQUIRED = ["number", "type", "issuing_body", "signer", "issue_date", "summary"]
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
TYPE_NAMES = {
    "nghi quyet": DocumentType.RESOLUTION,
    "quyet dinh": DocumentType.DECISION,
    "chi thi": DocumentType.DIRECTIVE,
    "ke hoach": DocumentType.PLAN,
    "quy dinh": DocumentType.REGULATION,
    "thong bao": DocumentType.NOTICE,
    "huong dan": DocumentType.GUIDANCE,
}
BODY_NAMES = {
    "hdnd tinh": IssuingBody.COUNCIL,
    "ubnd tinh": IssuingBody.COMMITTEE,
    "chu tich ubnd tinh": IssuingBody.CHAIRMAN,
    "thuong truc hdnd tinh": IssuingBody.COUNCIL_STANDING,
    "so nganh": IssuingBody.DEPARTMENT,
}
STATUS_NAMES = {"": "", "con hieu luc": "", "het hieu luc mot phan": ForceStatus.PARTLY_EXPIRED}


class RowError(Exception):
    pass


@dataclass
class ImportReport:
    imported: list = field(default_factory=list)  # line numbers
    updated: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # (line, reason)
    failed: list = field(default_factory=list)  # (line, number, reason)
    submitted: list = field(default_factory=list)  # new issues submitted to the gazette's workflow
    drafts: list = field(default_factory=list)  # new issues left as drafts (no workflow or no user)


def _folded(value):
    return fold_vietnamese(value or "").lower().replace("-", " ").strip()


def _choice(value, choices, names, what):
    value = (value or "").strip()
    if value in choices.values:
        return value
    folded = _folded(value)
    if folded in names:
        return names[folded]
    raise RowError(f"unknown {what} “{value}”")


def _date(value, what, required=False):
    value = (value or "").strip()
    if not value:
        if required:
            raise RowError(f"{what} is missing")
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise RowError(f"{what} “{value}” is not a date (2026-03-15 or 15/03/2026)")


def _list(value):
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _sha1(path):
    return hashlib.sha1(path.read_bytes()).hexdigest()


class Importer:
    def __init__(self, manifest, files_dir, index=None, progress=None, update=False, user=None):
        self.manifest = Path(manifest)
        self.update = update
        self.user = user
        self.files_dir = Path(files_dir) if files_dir else None
        self.index = index or GazetteIndexPage.objects.filter(locale__language_code="vi").first()
        self.progress = progress or (lambda done, total: None)
        self.report = ImportReport()

    def run(self):
        if self.index is None:
            raise RowError("no gazette index page: make one (or run seed_demo) first")
        with self.manifest.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        missing = [column for column in REQUIRED if rows and column not in rows[0]]
        if missing:
            raise RowError(f"the manifest lacks the column(s): {', '.join(missing)}")
        manifest_keys = set()
        for row in rows:
            with contextlib.suppress(InvalidNumber):
                manifest_keys.add(parse_number(row.get("number")).key)
        pending_relations = []
        total = len(rows)
        for position, row in enumerate(rows):
            line = position + 2  # the header is line 1
            number = (row.get("number") or "").strip()
            issues_so_far = len(self.report.submitted), len(self.report.drafts)
            try:
                with transaction.atomic():
                    outcome, document, relations = self.import_row(row, manifest_keys)
            except RowError as error:
                self.report.failed.append((line, number, str(error)))
                # an issue the failed row made was rolled back with it
                del self.report.submitted[issues_so_far[0] :], self.report.drafts[issues_so_far[1] :]
            else:
                getattr(self.report, outcome).append(line if outcome != "skipped" else (line, "unchanged"))
                pending_relations.append((line, number, outcome == "imported", document, relations))
            self.progress(position + 1, total)
        for line, number, created, document, relations in pending_relations:
            try:
                with transaction.atomic():
                    changed = self.link(document, relations)
                    if changed and not created and not self.update:
                        raise RowError(self._refusal(document))
            except RowError as error:
                self.report.failed.append((line, number, str(error)))
                if (line, "unchanged") in self.report.skipped:
                    self.report.skipped.remove((line, "unchanged"))
                continue
            if changed and (line, "unchanged") in self.report.skipped:
                self.report.skipped.remove((line, "unchanged"))
                self.report.updated.append(line)
        return self.report

    # --- one row --------------------------------------------------------------------------------------------
    def import_row(self, row, manifest_keys):
        try:
            parsed = parse_number(row.get("number"))
        except InvalidNumber as error:
            raise RowError(f"number: {error.message}") from None
        values = {
            "doc_type": _choice(row.get("type"), DocumentType, TYPE_NAMES, "type"),
            "issuing_body": _choice(row.get("issuing_body"), IssuingBody, BODY_NAMES, "issuing body"),
            "signer": (row.get("signer") or "").strip(),
            "signer_position": (row.get("signer_position") or "").strip(),
            "issue_date": _date(row.get("issue_date"), "issue_date", required=True),
            "effective_date": _date(row.get("effective_date"), "effective_date"),
            "expiry_date": _date(row.get("expiry_date"), "expiry_date"),
            "status_override": self._status(row.get("status")),
            "summary": (row.get("summary") or "").strip(),
        }
        if not values["signer"] or not values["summary"]:
            raise RowError("signer and summary are required")
        values["effective_date"] = values["effective_date"] or values["issue_date"]
        relations = []
        for kind in RelationKind.values:
            for number in _list(row.get(kind)):
                try:
                    key = parse_number(number).key
                except InvalidNumber as error:
                    raise RowError(f"{kind}: {error.message}") from None
                if key not in manifest_keys and not LegalDocument.objects.filter(slug=key).exists():
                    raise RowError(f"{kind}: no document {number} in the database or the manifest")
                relations.append((kind, key))
        files = [self._file_path(name) for name in _list(row.get("files"))]
        field_names = _list(row.get("fields"))
        issue_spec = (row.get("issue") or "").strip()
        pages = self._pages(row.get("pages"))

        document = LegalDocument.objects.filter(slug=parsed.key).first()
        created = document is None
        if created:
            document = LegalDocument(number=parsed.canonical)
        changed = created or any(getattr(document, name) != value for name, value in values.items())
        for name, value in values.items():
            setattr(document, name, value)
        document.number = parsed.canonical if created else document.number
        try:
            document.full_clean(exclude=["fields", "slug", "number_value", "symbol_key"])
        except Exception as error:
            messages = getattr(error, "message_dict", None)
            reason = "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in messages.items()) if messages else error
            raise RowError(str(reason)) from None
        fields = [LegalField.objects.get_or_create(name=name)[0] for name in field_names]
        if created or changed:
            document.save()
        if set(document.fields.values_list("pk", flat=True)) != {f.pk for f in fields}:
            document.fields.set(fields)
            document.save()
            changed = True
        if self._attach_files(document, files):
            document.full_text = ""  # the text is read again from the signed PDF
            document.save()
            changed = True
        if issue_spec:
            changed |= self._appear(document, issue_spec, row, pages)
        if changed and not created and not self.update:
            raise RowError(self._refusal(document))  # rolls the row back: nothing of it is stored
        outcome = "imported" if created else ("updated" if changed else "skipped")
        return outcome, document, relations

    @staticmethod
    def _refusal(document):
        state = "published" if document.is_published else "not yet published"
        return (
            f"document {document.number} already exists ({state}) and the row differs from it: "
            "not overwritten (run again with --update to overwrite it)"
        )

    @staticmethod
    def _status(value):
        folded = _folded(value)
        if (value or "").strip() in ForceStatus.values:
            return value.strip()
        if folded in STATUS_NAMES:
            return STATUS_NAMES[folded]
        raise RowError(f"unknown status “{value}”")

    def _file_path(self, name):
        if self.files_dir is None:
            raise RowError(f"file {name}: no --files directory given")
        path = (self.files_dir / name).resolve()
        if self.files_dir.resolve() not in path.parents or not path.is_file():
            raise RowError(f"file {name} not found in {self.files_dir}")
        if path.suffix.lower().lstrip(".") not in ("pdf", "doc", "docx"):
            raise RowError(f"file {name}: only PDF, DOC and DOCX are accepted")
        return path

    @staticmethod
    def _pages(value):
        value = (value or "").strip()
        if not value:
            return 1, None
        parts = value.replace("–", "-").split("-")
        try:
            numbers = [int(part) for part in parts]
        except ValueError:
            raise RowError(f"pages “{value}” should be 3 or 3-9") from None
        if len(numbers) > 2 or numbers[0] < 1 or (len(numbers) == 2 and numbers[1] < numbers[0]):
            raise RowError(f"pages “{value}” should be 3 or 3-9")
        return numbers[0], (numbers[1] if len(numbers) == 2 else None)

    def _attach_files(self, document, paths):
        existing = {item.file.file_hash for item in document.files.select_related("file")}
        changed = False
        for path in paths:
            digest = _sha1(path)
            if digest in existing:
                continue
            with path.open("rb") as handle:
                stored = new_document(
                    f"{document.number} ({path.name})",
                    f"{vietnamese_slugify(path.stem)[:60] or 'van-ban'}{path.suffix.lower()}",
                    File(handle),
                )
            DocumentFile.objects.create(document=document, file=stored, sort_order=len(existing))
            existing.add(stored.file_hash)
            changed = True
        return changed

    def _appear(self, document, spec, row, pages):
        number, _, year = spec.partition("/")
        normalised = GazetteIssuePage.normalise_number(number)
        if normalised is None or not year.strip().isdigit():
            raise RowError(f"issue “{spec}” should be 05/2026 or 05+06/2026")
        year = int(year)
        issue = GazetteIssuePage.objects.child_of(self.index).filter(number=normalised, publication_date__year=year)
        issue = issue.first()
        if issue is None:
            published = _date(row.get("issue_date_published"), "issue_date_published", required=True)
            if published.year != year:
                raise RowError("issue_date_published is not in the issue's year")
            issue = GazetteIssuePage(
                title=f"Công báo số {normalised} năm {year}",
                slug=vietnamese_slugify(f"so {normalised} nam {year}"),
                number=normalised,
                publication_date=published,
            )
            issue.live = False  # a draft: the gazette's approving office publishes it, through the workflow
            self.index.add_child(instance=issue)
            issue.save_revision(user=self.user)
            self._submit(issue, f"{normalised}/{year}")
        page_from, page_to = pages
        appearance = DocumentAppearance.objects.filter(document=document, issue=issue).first()
        if appearance and (appearance.page_from, appearance.page_to) == (page_from, page_to):
            return False
        if appearance is None:
            appearance = DocumentAppearance(document=document, issue=issue)
        appearance.page_from, appearance.page_to = page_from, page_to
        appearance.save()
        document.recompute_published()
        return True

    def _submit(self, issue, label):
        workflow = issue.get_workflow()
        if workflow is None or self.user is None:
            self.report.drafts.append(label)
            return
        workflow.start(issue, self.user)
        self.report.submitted.append(label)

    def link(self, document, relations):
        changed = False
        for kind, key in relations:
            target = LegalDocument.objects.filter(slug=key).first()
            if target is None:
                raise RowError(f"{kind}: the document {key} could not be imported")
            _, created = DocumentRelation.objects.get_or_create(source=document, kind=kind, target=target)
            changed |= created
        return changed
