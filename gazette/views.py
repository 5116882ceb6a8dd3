"""The gazette index page's routes: issue list, lookup, document pages, downloads, feeds and the JSON API.

Each view takes the index page first (``GazetteIndexPage`` calls them from its routes, see models.py).
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import FileResponse, Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from thainguyen_portal.core.metadata import structured_data as ld
from thainguyen_portal.core.metadata.feeds import PortalFeed, local_moment
from thainguyen_portal.core.publishing.frame import public

from .citations import explaining_pages, is_cited
from .models import (
    INVERSE_RELATION_LABELS,
    ISSUING_BODY_NAMES,
    DocumentRelation,
    DocumentType,
    ForceStatus,
    GazetteIssuePage,
    LegalDocument,
)
from .numbers import InvalidNumber, parse_number

ISSUES_PER_PAGE = 20
RESULTS_PER_PAGE = 20
FEED_SIZE = 30
LATEST_DOCUMENTS = 8

SCHEMA_FORCE = {
    ForceStatus.IN_FORCE: "https://schema.org/InForce",
    ForceStatus.PARTLY_EXPIRED: "https://schema.org/PartiallyInForce",
    ForceStatus.EXPIRED: "https://schema.org/NotInForce",
    ForceStatus.NOT_YET: "https://schema.org/NotInForce",
}


def _year(value):
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if 1945 <= year <= 2100 else None


def issue_list(index, request):
    """The index page: issues newest first (optionally of one year) and the latest documents."""
    issues = (
        GazetteIssuePage.objects.child_of(index)
        .live()
        .public()
        .defer_streamfields()
        .select_related("signed_pdf")
        .order_by("-publication_date", "-number")
    )
    message = ""
    year = None
    if request.GET.get("year"):
        year = _year(request.GET["year"])
        if year is None:
            message = _("“%(value)s” is not a year: all issues are shown.") % {"value": request.GET["year"][:20]}
        else:
            issues = issues.filter(publication_date__year=year)
    page_obj = Paginator(issues, ISSUES_PER_PAGE).get_page(request.GET.get("page"))
    latest = list(LegalDocument.objects.published().order_by("-first_published_at", "-pk")[:LATEST_DOCUMENTS])
    # The other listings under the gazette (the drafts open for comment): named here without the gazette knowing
    # their types, as the pages under it.
    sections = list(
        index.get_children()
        .live()
        .public()
        .not_type(GazetteIssuePage)
        .only("title", "url_path", "search_description", "locale_id")
        .order_by("path")
    )
    return index.render(
        request,
        context_overrides={
            "page_obj": page_obj,
            "issues": page_obj.object_list,
            "year": year,
            "message": message,
            "latest_documents": latest,
            "sections": sections,
            "documents_base": index.url + "van-ban/",
            "lookup_url": index.url + "tra-cuu/",
            "document_types": DocumentType.choices,
        },
    )


def lookup(index, request):
    from .lookup import Lookup

    search = Lookup(request.GET, cache_path=request.path_info)
    page_obj = search.page(request.GET.get("page"), RESULTS_PER_PAGE)
    titles = {
        "type": pgettext("legal document", "Type"),
        "body": _("Issuing body"),
        "field": pgettext("legal document", "Field"),
        "signer": _("Signer"),
        "status": _("Status of force"),
        "year": _("Year"),
    }
    facets = []
    for name, values in search.facets().items():
        current = str(search.filters.get(name, ""))
        items = [
            {
                "label": label,
                "count": count,
                "selected": str(value) == current,
                "url": _with_params(request, **{name: None if str(value) == current else value}),
            }
            for value, label, count in values
        ]
        facets.append({"name": name, "title": titles[name], "items": items})
    active = [
        {
            "label": search.form.fields[name].label,
            "value": _display(search, name, value),
            "url": _with_params(request, **{name: None}),
        }
        for name, value in search.active()
    ]
    return index.render(
        request,
        template="gazette/lookup.html",
        context_overrides={
            "lookup": search,
            "form": search.form,
            "page_obj": page_obj,
            "documents": page_obj.object_list,
            "facets": facets,
            "active_filters": active,
            "errors": search.errors,
            "documents_base": index.url + "van-ban/",
            "feed_url": index.url + "rss/",
        },
    )


def _with_params(request, **changes):
    """This lookup's URL with some parameters changed (None removes one); always back to the first page."""
    params = request.GET.copy()
    params.pop("page", None)
    for name, value in changes.items():
        params.pop(name, None)
        if value not in (None, ""):
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def _display(search, name, value):
    field = search.form.fields[name]
    if hasattr(field, "choices"):
        return dict(field.choices).get(value, value)
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return value


def _document_queryset():
    return (
        LegalDocument.objects.published()
        .annotate(is_cited=is_cited())
        .with_record()
        .prefetch_related(
            Prefetch(
                "relations",
                queryset=DocumentRelation.objects.filter(target__is_published=True).select_related("target"),
            ),
            Prefetch(
                "incoming_relations",
                queryset=DocumentRelation.objects.filter(source__is_published=True).select_related("source"),
            ),
        )
    )


def _get_document(slug):
    document = _document_queryset().filter(slug=slug).first()
    if document is not None:
        return document, None
    # /van-ban/15-2026-QD-UBND/ or /van-ban/015-2026-qd-ubnd/: the permanent address is the canonical key.
    try:
        key = parse_number(slug).key
    except InvalidNumber:
        raise Http404 from None
    if key != slug and LegalDocument.objects.published().filter(slug=key).exists():
        return None, key
    raise Http404


def document_detail(index, request, slug, print_view=False):
    document, canonical = _get_document(slug)
    if canonical:
        route = "document_print" if print_view else "document_detail"
        return HttpResponsePermanentRedirect(index.url + index.reverse_subpage(route, args=[canonical]))
    url = index.document_url(document)
    full_url = request.build_absolute_uri(url)
    files = [
        {"item": item, "url": url + f"tai-ve/{item.pk}/", "name": download_name(document, item)}
        for item in document.files.all()
    ]
    relations = [(rel.get_kind_display(), rel.target) for rel in document.relations.all()]
    relations += [(INVERSE_RELATION_LABELS[rel.kind], rel.source) for rel in document.incoming_relations.all()]
    status = document.status()
    context = {
        "consultation": _consultation_of(index, document, request),
        "document": document,
        "document_url": url,
        "document_full_url": full_url,
        "files": files,
        "relations": [(label, target, index.document_url(target)) for label, target in relations],
        "status": status,
        "status_label": ForceStatus(status).label,
        "issuing_body_name": ISSUING_BODY_NAMES.get(document.issuing_body, document.get_issuing_body_display()),
        "jsonld": ld.json_script(_legislation(document, full_url, files, request, status)),
        "print_url": url + "ban-in/",
        # The articles of the reader's language (the index's) that explain the document.
        "explained_in": [] if print_view else explaining_pages(document, index.locale_id, request),
    }
    template = "gazette/document_print.html" if print_view else "gazette/document_detail.html"
    return index.render(request, template=template, context_overrides=context)


def _consultation_of(index, document, request):
    """The live consultation on the document's draft in the index's language, if the document came from one (the
    consultations app names the document as its ``final_document``, related name ``consultations``): one query."""
    consultations = getattr(document, "consultations", None)
    if consultations is None:
        return None
    return (
        public(consultations.filter(live=True, locale_id=index.locale_id), request)
        .only("id", "title", "url_path", "depth", "path", "locale_id")
        .order_by("pk")
        .first()
    )


def _legislation(document, full_url, files, request, status):
    """The document as a schema.org Legislation (serialised by core/metadata/structured_data.py's ``json_script``)."""
    data = {
        "@context": ld.SCHEMA,
        "@type": "Legislation",
        "name": document.summary,
        "legislationIdentifier": document.number,
        "legislationType": str(DocumentType(document.doc_type).label),
        "legislationDate": document.issue_date.isoformat(),
        "legislationDateOfApplicability": document.effective_date.isoformat() if document.effective_date else None,
        "expires": document.expiry_date.isoformat() if document.expiry_date else None,
        "legislationLegalForce": SCHEMA_FORCE[status],
        "legislationJurisdiction": "Thái Nguyên, Việt Nam",
        "legislationPassedBy": {
            "@type": "GovernmentOrganization",
            "name": str(ISSUING_BODY_NAMES.get(document.issuing_body, document.get_issuing_body_display())),
        },
        "author": {"@type": "Person", "name": document.signer, "jobTitle": document.signer_position},
        "inLanguage": "vi",
        "url": full_url,
        "encoding": [
            {
                "@type": "LegislationObject",
                "contentUrl": request.build_absolute_uri(f["url"]),
                "encodingFormat": _mime(f["item"].extension),
            }
            for f in files
        ],
    }
    return {key: value for key, value in data.items() if value is not None}


def _mime(extension):
    return {
        "pdf": "application/pdf",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }.get(extension, "application/octet-stream")


def download_name(document, item):
    siblings = [f for f in document.files.all() if f.extension == item.extension]
    suffix = f"-{siblings.index(item) + 1}" if len(siblings) > 1 else ""
    return f"{document.download_filename_base}{suffix}.{item.extension}"


def document_download(index, request, slug, file_id):
    document = get_object_or_404(
        LegalDocument.objects.published().with_files(),
        slug=slug,
    )
    item = next((f for f in document.files.all() if f.pk == file_id), None)
    if item is None:
        raise Http404
    try:
        handle = item.file.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(
        handle, as_attachment=True, filename=download_name(document, item), content_type=_mime(item.extension)
    )


# --- feeds ---------------------------------------------------------------------------------------------------
def signing_datetime(document):
    """The day the document was signed (its issue date), at noon in the portal's time zone, so that it stays on
    its day in every reader's time zone."""
    return local_moment(document.issue_date, 12)


class DocumentFeed(PortalFeed):
    """New legal documents, optionally of one type (``?type=``) or field (``?field=``)."""

    item_guid_is_permalink = True

    def __init__(self, index, request, flavour="rss"):
        super().__init__(index, request, flavour)
        self.doc_type = request.GET.get("type", "")
        self.field = request.GET.get("field", "")

    def title(self):
        return _("New legal documents – %(title)s") % {"title": self.page.title}

    def description(self):
        return _("Legal documents newly published in the gazette of Thai Nguyen province.")

    subtitle = description

    def items(self):
        qs = LegalDocument.objects.published()
        if self.doc_type in DocumentType.values:
            qs = qs.filter(doc_type=self.doc_type)
        if self.field:
            qs = qs.filter(fields__slug=self.field)
        return qs.order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.number}: {item.summary}"

    def item_description(self, item):
        return item.citation

    def item_link(self, item):
        return self.absolute(self.page.document_url(item))

    def item_pubdate(self, item):
        """The document's own date, the day it was signed (not the day it was imported or published)."""
        return signing_datetime(item)

    def item_updateddate(self, item):
        # Atom requires an <updated>: the same date (a re-import is not a new version of the document).
        return signing_datetime(item)

    def item_author_name(self, item):
        return ISSUING_BODY_NAMES.get(item.issuing_body, item.get_issuing_body_display())


def feed(index, request, kind):
    return DocumentFeed(index, request, kind)(request)


# --- the old JSON addresses ---------------------------------------------------------------------------------
API_RESOURCE = "gazette-documents"
# The lookup's parameters the partner API names otherwise.
API_PARAMETER_NAMES = {"field": "section", "issued_from": "from", "issued_to": "to"}


def api_moved(request, slug=None):
    """``api/van-ban/`` and ``api/van-ban/<slug>/``, the gazette's JSON addresses before the partner API: permanent
    redirects to its ``gazette-documents`` resource (syndication/api.py, docs/syndication.md), the query string
    kept (``field``, ``issued_from`` and ``issued_to`` under the API's names ``section``, ``from`` and ``to``)."""
    args = [API_RESOURCE] if slug is None else [API_RESOURCE, slug]
    url = reverse("syndication:api-list" if slug is None else "syndication:api-detail", args=args)
    params = request.GET.copy()
    for old, new in API_PARAMETER_NAMES.items():
        if old in params and new not in params:
            params.setlist(new, params.pop(old))
    query = params.urlencode()
    return HttpResponsePermanentRedirect(url + (f"?{query}" if query else ""))
