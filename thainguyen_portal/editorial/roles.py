"""The newsroom's roles: one Django group each, with exactly the permissions the role needs.

The platform's roles are below, with no permission on any area's pages: the areas give those in their
``area.py`` (``core.areas.Grant``: "reporters write in the news section"), and an area may bring roles of its own
(the gazette's officers). :func:`roles` is the merged list. Page permissions are given on the section roots of
each area (sections.py). Nobody who goes through a workflow gets ``publish``: Wagtail's workflows only bind users
who cannot publish (DESIGN.md).
"""

from dataclasses import dataclass, field, replace

from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.areas import areas

from .sections import ENGLISH

ADD, CHANGE, PUBLISH, LOCK, UNLOCK, BULK_DELETE = "add", "change", "publish", "lock", "unlock", "bulk_delete"
WRITE = (ADD, CHANGE, LOCK)
ALL_PAGE = (ADD, CHANGE, PUBLISH, LOCK, UNLOCK, BULK_DELETE)


@dataclass(frozen=True)
class Role:
    key: str
    name: str  # the group's name, what the newsroom calls the role
    description: str
    pages: dict = field(default_factory=dict)  # area -> page permission types
    # (app_label, codename) model permissions
    model_perms: tuple = ()
    # image/document collection permissions on the root collection
    images: tuple = ()
    documents: tuple = ()
    media: tuple = ()  # wagtailmedia collection permissions
    admin: bool = True  # may sign in to the admin (wagtailadmin.access_admin)
    root_pages: tuple = ()  # page permission types on the tree's root (administrators)


COLLABORATORS = "collaborators"
REPORTERS = "reporters"
EDITORS = "editors"
APPROVERS = "approvers"
TRANSLATORS = "translators"
ENGLISH_EDITORS = "english_editors"
ADMINISTRATORS = "administrators"

FIELD_REPORT_SEND = (("editorial", "add_fieldreport"),)
FIELD_REPORT_INBOX = (("editorial", "view_fieldreport"), ("editorial", "change_fieldreport"))
SCHEDULE = (("editorial", "view_schedule"),)
# The report of readers' ratings of pages (thainguyen_portal.ratings; Reports menu, docs/ratings.md).
RATINGS_REPORT = (("ratings", "view_rating"),)
# The report of readers' alert subscriptions: counts per topic, never an address (thainguyen_portal.alerts,
# docs/alerts.md).
ALERTS_REPORT = (("alerts", "view_subscription"),)
IMAGES_USE = ("add_image", "choose_image")
IMAGES_EDIT = ("add_image", "change_image", "choose_image")
DOCS_USE = ("add_document", "choose_document")
# Video and audio (wagtailmedia, collection permissions like images; wagtailmedia has no separate "choose"): upload
# on video and podcast pages, and edit one's own uploads (CollectionOwnershipPermissionPolicy); editors edit any.
MEDIA_USE = ("add_media",)
MEDIA_EDIT = ("add_media", "change_media")
# The English edition's glossary of official names (thainguyen_portal.translation): translators read it while
# they translate, English editors and administrators keep it.
GLOSSARY_READ = (("translation", "view_glossaryterm"),)
GLOSSARY_KEEP = (
    ("translation", "add_glossaryterm"),
    ("translation", "change_glossaryterm"),
    ("translation", "delete_glossaryterm"),
)
# The search dictionary (core: synonyms and abbreviations, former place names; docs/search.md): the newsroom's
# editors and approvers keep it, as they write the words readers search with; administrators too.
SEARCH_DICTIONARY_KEEP = (
    ("core", "add_synonymgroup"),
    ("core", "change_synonymgroup"),
    ("core", "delete_synonymgroup"),
    ("core", "add_placename"),
    ("core", "change_placename"),
    ("core", "delete_placename"),
)

PLATFORM_ROLES = [
    Role(
        COLLABORATORS,
        "Cộng tác viên",
        _("Send field reports from the scene; nothing else."),
        model_perms=FIELD_REPORT_SEND,
    ),
    Role(
        REPORTERS,
        "Phóng viên",
        _("Write drafts in news and multimedia and submit them for review; never publish."),
        model_perms=FIELD_REPORT_SEND,
        images=IMAGES_USE,
        media=MEDIA_USE,
    ),
    Role(
        EDITORS,
        "Biên tập viên",
        _("Edit in news and multimedia, turn field reports into drafts, first approval; never publish."),
        model_perms=FIELD_REPORT_SEND
        + FIELD_REPORT_INBOX
        + SCHEDULE
        + SEARCH_DICTIONARY_KEEP
        + RATINGS_REPORT
        + ALERTS_REPORT,
        images=IMAGES_EDIT,
        media=MEDIA_EDIT,
    ),
    Role(
        APPROVERS,
        "Lãnh đạo duyệt đăng",
        _("The editorial secretary and the centre's leaders: final approval, publishing and unpublishing."),
        model_perms=FIELD_REPORT_INBOX + SCHEDULE + SEARCH_DICTIONARY_KEEP + RATINGS_REPORT + ALERTS_REPORT,
        images=IMAGES_EDIT,
        media=MEDIA_EDIT,
    ),
    Role(
        TRANSLATORS,
        "Biên dịch viên",
        _("Translate into the English edition, the English locale only; submit for review."),
        pages={ENGLISH: WRITE},
        model_perms=(("wagtail_localize", "submit_translation"),) + GLOSSARY_READ,
        images=IMAGES_USE,
    ),
    Role(
        ENGLISH_EDITORS,
        "Biên tập viên tiếng Anh",
        _("Review and publish the English edition."),
        pages={ENGLISH: (ADD, CHANGE, LOCK, PUBLISH, UNLOCK)},
        model_perms=(("wagtail_localize", "submit_translation"),) + GLOSSARY_READ + GLOSSARY_KEEP,
        images=IMAGES_USE,
    ),
    Role(
        ADMINISTRATORS,
        "Quản trị hệ thống",
        _("Run the portal: every page, users and groups, site settings."),
        root_pages=ALL_PAGE,
        model_perms=FIELD_REPORT_INBOX
        + SCHEDULE
        + RATINGS_REPORT
        + ALERTS_REPORT
        + (
            ("auth", "add_user"),
            ("auth", "change_user"),
            ("auth", "delete_user"),
            ("auth", "add_group"),
            ("auth", "change_group"),
            ("core", "change_portalsettings"),
            ("core", "change_menu"),
            ("wagtailcore", "add_workflow"),
            ("wagtailcore", "change_workflow"),
            ("wagtailcore", "add_task"),
            ("wagtailcore", "change_task"),
            ("wagtailredirects", "add_redirect"),
            ("wagtailredirects", "change_redirect"),
            ("wagtailredirects", "delete_redirect"),
        )
        + GLOSSARY_READ
        + GLOSSARY_KEEP
        + SEARCH_DICTIONARY_KEEP,
        images=IMAGES_EDIT + ("delete_image",),
        documents=DOCS_USE + ("change_document", "delete_document"),
        media=MEDIA_EDIT + ("delete_media",),
    ),
]


def roles():
    """Every role: the platform's, then those the areas bring, each with what the areas grant it."""
    declared = areas()
    merged = {role.key: role for role in PLATFORM_ROLES}
    for area in declared:
        for role in area.roles:
            if role.key in merged:
                raise ValueError(f"Role {role.key!r} of area {area.label!r} is already a role.")
            merged[role.key] = role
    for area in declared:
        for grant in area.grants:
            role = merged[grant.role]
            merged[grant.role] = replace(
                role,
                pages={**role.pages, **grant.pages},
                model_perms=tuple(role.model_perms) + tuple(grant.model_perms),
            )
    return list(merged.values())


def role(key):
    return next(found for found in roles() if found.key == key)


@dataclass(frozen=True)
class WorkflowSpec:
    name: str
    areas: tuple  # the sections whose roots go through this workflow
    tasks: tuple  # (task name, role key)


# The newsroom's own workflow: the areas whose pages an editor and an approver review send their sections to it
# (``Area.workflow_sections``).
NEWSROOM_WORKFLOW = "Biên tập – Duyệt đăng"

PLATFORM_WORKFLOWS = [
    WorkflowSpec(NEWSROOM_WORKFLOW, (), (("Biên tập", EDITORS), ("Duyệt đăng", APPROVERS))),
    WorkflowSpec(
        "Biên dịch tiếng Anh",
        (ENGLISH,),
        (("Biên dịch", TRANSLATORS), ("Duyệt bản tiếng Anh", ENGLISH_EDITORS)),
    ),
]


def workflows():
    """Every workflow: the platform's with the sections the areas send to them, then the areas' own."""
    declared = areas()
    specs = []
    for spec in PLATFORM_WORKFLOWS:
        sections = [s for a in declared for s, name in a.workflow_sections.items() if name == spec.name]
        specs.append(replace(spec, areas=tuple(spec.areas) + tuple(sections)))
    for area in declared:
        specs.extend(area.workflows)
    return specs
