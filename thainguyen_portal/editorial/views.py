"""The newsroom's admin views: the field-report form, the editors' inbox, a report, the schedule."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_required
from wagtail.models import Page, Revision

from .forms import ConvertForm, FieldReportForm
from .models import FieldReport, FieldReportPhoto
from .services import convert_to_draft, create_report, draft_model, draft_parents

PER_PAGE = 30


@permission_required("editorial.add_fieldreport")
def report_new(request):
    form = FieldReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        create_report(
            text=form.cleaned_data["text"],
            place=form.cleaned_data["place"],
            happened_at=form.cleaned_data["happened_at"],
            photos=form.cleaned_data["photos"],
            sender=user,
            sender_name=user.get_full_name() or user.get_username(),
        )
        messages.success(request, _("Thank you: the newsroom has your report."))
        return redirect("editorial:report_new")
    return TemplateResponse(request, "editorial/report_form.html", {"form": form}, status=400 if form.errors else 200)


@permission_required("editorial.change_fieldreport")
def inbox(request):
    status = request.GET.get("status", FieldReport.Status.NEW)
    if status not in FieldReport.Status.values and status != "all":
        status = FieldReport.Status.NEW
    # Newest first, said again: Django drops Meta.ordering from a query with GROUP BY (the photo count).
    reports = (
        FieldReport.objects.select_related("sender", "draft_page")
        .annotate(photo_count=Count("photos"))
        .order_by("-created_at", "-pk")
    )
    if status != "all":
        reports = reports.filter(status=status)
    page = Paginator(reports, PER_PAGE).get_page(request.GET.get("p"))
    counts = dict(FieldReport.objects.values_list("status").annotate(n=Count("pk")).order_by())
    tabs = [(value, label, counts.get(value, 0)) for value, label in FieldReport.Status.choices]
    return TemplateResponse(
        request, "editorial/inbox.html", {"page_obj": page, "reports": page.object_list, "status": status, "tabs": tabs}
    )


def _parents_form(request, report, data=None):
    parents = draft_parents(request.user)
    form = ConvertForm(data, initial={"title": str(report)[:120]})
    form.fields["parent"] = _parent_field(parents)
    return form, parents


def _parent_field(parents):
    from django import forms

    return forms.TypedChoiceField(
        label=_("Section"),
        choices=[
            (p.pk, " › ".join(a.title for a in p.get_ancestors()[2:]) + (" › " if p.depth > 3 else "") + p.title)
            for p in parents
        ],
        coerce=int,
    )


@permission_required("editorial.change_fieldreport")
def report_detail(request, pk):
    report = get_object_or_404(FieldReport.objects.select_related("sender", "draft_page"), pk=pk)
    form, parents = _parents_form(request, report, request.POST or None)
    already = report.status == FieldReport.Status.CONVERTED
    if request.method == "POST" and not already and form.is_valid():
        parent = next(p for p in parents if p.pk == form.cleaned_data["parent"])
        try:
            page = convert_to_draft(report, request.user, parent, form.cleaned_data["title"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The draft “%(title)s” was created from the report.") % {"title": page.title})
            return redirect("wagtailadmin_pages:edit", page.pk)
    context = {
        "report": report,
        "photos": report.photos.all(),
        "form": form,
        "can_convert": bool(parents) and not already,
        "no_page_type": draft_model() is None,
    }
    return TemplateResponse(request, "editorial/report_detail.html", context)


@permission_required("editorial.change_fieldreport")
def report_photo(request, pk, photo_pk):
    """A report's photo, for the staff who handle reports only: the files have no public URL (storage.py)."""
    photo = get_object_or_404(FieldReportPhoto, pk=photo_pk, report_id=pk)
    try:
        handle = photo.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(handle, content_type="image/jpeg")  # always a JPEG: see photos.normalise_photo
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@permission_required("editorial.change_fieldreport")
def report_status(request, pk):
    report = get_object_or_404(FieldReport, pk=pk)
    new_status = request.POST.get("status")
    allowed = {FieldReport.Status.NEW, FieldReport.Status.DISMISSED}
    if new_status not in allowed or report.status == FieldReport.Status.CONVERTED:
        raise PermissionDenied
    report.status = new_status
    report.save(update_fields=["status"])
    messages.success(request, _("The report was updated."))
    return redirect("editorial:inbox")


def scheduled_pages(user=None, until=None):
    """Pages with a revision approved to go live later, and live pages that will expire, soonest first."""
    now = timezone.now()
    revisions = Revision.page_revisions.filter(approved_go_live_at__isnull=False).select_related("user")
    if until:
        revisions = revisions.filter(approved_go_live_at__lte=until)
    revisions = list(revisions.order_by("approved_go_live_at")[:200])
    pages = Page.objects.in_bulk([int(r.object_id) for r in revisions])
    rows = [
        {"kind": "publish", "when": r.approved_go_live_at, "page": pages[int(r.object_id)], "user": r.user}
        for r in revisions
        if int(r.object_id) in pages
    ]
    expiring = Page.objects.filter(live=True, expire_at__isnull=False, expire_at__gte=now)
    if until:
        expiring = expiring.filter(expire_at__lte=until)
    rows += [
        {"kind": "expire", "when": p.expire_at, "page": p, "user": None} for p in expiring.order_by("expire_at")[:200]
    ]
    rows.sort(key=lambda row: row["when"])
    return rows


@permission_required("editorial.view_schedule")
def schedule(request):
    rows = scheduled_pages()
    overdue = [row for row in rows if row["when"] < timezone.now()]
    return TemplateResponse(request, "editorial/schedule.html", {"rows": rows, "overdue": overdue})
