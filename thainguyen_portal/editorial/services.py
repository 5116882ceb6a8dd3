"""What the newsroom does with field reports: record them, and turn one into a draft article."""

import html

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.rich_text import RichText

from thainguyen_portal.core.areas import areas
from thainguyen_portal.core.text import vietnamese_slugify

from .models import FieldReport, FieldReportPhoto
from .photos import normalise_photo
from .sections import section_roots

FIELD_REPORT_COLLECTION = "Tin từ hiện trường"


@transaction.atomic
def create_report(*, text, photos=(), **fields):
    """A field report with its photos; `photos` are (name, bytes) already checked by core.intake.images.check_image."""
    report = FieldReport.objects.create(text=text, **fields)
    for order, (name, data) in enumerate(photos):
        content, position = normalise_photo(name, data)
        if position and report.latitude is None:
            report.latitude, report.longitude = position
            report.save(update_fields=["latitude", "longitude"])
        FieldReportPhoto.objects.create(report=report, file=content, sort_order=order)
    return report


def draft_target():
    """(page type, section key, body field) of the drafts reports become: what the area that declares
    ``field_report_drafts`` gives, each replaced by its ``EDITORIAL_DRAFT_*`` setting when set."""
    declared = next((area.field_report_drafts for area in areas() if area.field_report_drafts), None)
    return (
        settings.EDITORIAL_DRAFT_PAGE_TYPE or (declared.page_type if declared else None),
        settings.EDITORIAL_DRAFT_AREA or (declared.section if declared else None),
        settings.EDITORIAL_DRAFT_BODY_FIELD or (declared.body_field if declared else "body"),
    )


def draft_model():
    """The page type a report becomes, or None when no area gives one (or its app is not installed yet)."""
    page_type = draft_target()[0]
    if not page_type:
        return None
    try:
        return apps.get_model(page_type)
    except (LookupError, ValueError):
        return None


def draft_parents(user, limit=200):
    """The pages under which `user` may add the draft page type, inside the draft area's sections."""
    model = draft_model()
    if model is None:
        return []
    parents = []
    for root in section_roots(draft_target()[1]):
        for page in Page.objects.descendant_of(root, inclusive=True).order_by("path")[:limit]:
            page_class = page.specific_class
            if page_class is None or model not in page_class.allowed_subpage_models():
                continue
            if page.permissions_for_user(user).can_add_subpage():
                parents.append(page)
    return parents


def _collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=FIELD_REPORT_COLLECTION).first()
    return existing or root.add_child(name=FIELD_REPORT_COLLECTION)


def _body(report, images, block_names):
    credit = _("Photo: %(name)s") % {"name": report.credit} if report.credit else ""
    body = []
    for paragraph in (p.strip() for p in report.text.split("\n")):
        if paragraph:
            body.append(("paragraph", RichText(f"<p>{html.escape(paragraph)}</p>")))
    if "image" in block_names:
        for image in images:
            body.append(("image", {"image": image, "caption": report.place, "credit": credit}))
    return body


@transaction.atomic
def convert_to_draft(report, user, parent, title):
    """Make a draft page under `parent` from `report`: photos to the image library with the sender's credit,
    the text as the body. Raises ValidationError when the page type's rules are not met."""
    model = draft_model()
    if model is None:
        raise ValidationError(_("The article page type is not installed yet."))
    if model not in parent.specific_class.allowed_subpage_models():
        raise ValidationError(_("An article cannot be added here."))
    if not parent.permissions_for_user(user).can_add_subpage():
        raise ValidationError(_("You cannot add pages here."))
    credit = report.credit
    image_model = get_image_model()
    collection = _collection()
    images = []
    for number, photo in enumerate(report.photos.all(), start=1):
        photo.file.open("rb")
        try:
            data = photo.file.read()
        finally:
            photo.file.close()
        image_title = f"{title} ({number})"
        image = image_model(
            title=image_title[:255],
            collection=collection,
            uploaded_by_user=report.sender,
            file=ContentFile(data, name=f"{vietnamese_slugify(title)[:60] or 'anh'}-{number}.jpg"),
        )
        if hasattr(image, "description"):
            image.description = (_("Photo: %(name)s") % {"name": credit}) if credit else ""
        image.save()
        if credit:
            image.tags.add(credit)
        images.append(image)

    field = draft_target()[2]
    page = model(title=title, slug=vietnamese_slugify(title)[:200] or "tin-hien-truong", live=False, owner=user)
    if hasattr(model, field):
        block_names = set(model._meta.get_field(field).stream_block.child_blocks)
        setattr(page, field, _body(report, images, block_names))
    # The page type fills what it requires from the report (an article's lead from the report's first sentences):
    # the editor rewrites it in the draft, but the draft must exist first.
    fill = getattr(page, "fill_from_field_report", None)
    if callable(fill):
        fill(report)
    slug = page.slug
    number = 1
    while Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=page.slug).exists():
        number += 1
        page.slug = f"{slug}-{number}"
    try:
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise _naming_fields(error, model) from error

    report.status = FieldReport.Status.CONVERTED
    report.draft_page = page
    report.converted_by = user
    report.save(update_fields=["status", "draft_page", "converted_by"])
    return page


def _naming_fields(error, model):
    """The page's validation errors with each field's label, so that the editor knows what the page type lacks."""
    if not hasattr(error, "error_dict"):
        return error
    messages = []
    for name, errors in error.message_dict.items():
        try:
            label = str(model._meta.get_field(name).verbose_name)
        except Exception:  # a form-level error, or a name that is not a field
            label = ""
        messages.extend(f"{capfirst(label)}: {message}" if label else message for message in errors)
    return ValidationError(messages)
