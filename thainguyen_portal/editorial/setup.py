"""Create or bring up to date the newsroom's groups, permissions and workflows (``manage.py setup_newsroom``).

Idempotent: run it on a site with only home pages, then again after the areas' sections exist, and each role ends
with exactly the permissions roles.py and the areas' ``area.py`` give it (extra ones are removed).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import NewsroomApprovalTask
from .roles import role as role_by_key
from .roles import roles, workflows
from .sections import section_roots

# Permissions that Wagtail and wagtail-localize create in data migrations (not from models): an emptied database
# (seed_demo after a flush) lacks them until they are made again, the same way those migrations make them.
MIGRATION_PERMISSIONS = {
    ("wagtailadmin", "access_admin"): ("admin", "Can access Wagtail admin"),
    ("wagtail_localize", "submit_translation"): ("translation", "Can submit translations"),
}


def _permission(app_label, codename):
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if permission is None and (app_label, codename) in MIGRATION_PERMISSIONS:
        model, name = MIGRATION_PERMISSIONS[app_label, codename]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission = Permission.objects.create(content_type=content_type, codename=codename, name=name)
    if permission is None:
        raise Permission.DoesNotExist(f"{app_label}.{codename}")
    return permission


def _page_permission(kind):
    return _permission("wagtailcore", f"{kind}_page")


@transaction.atomic
def setup_newsroom(log=None):
    log = log or (lambda message: None)
    groups = {}
    roots_by_area = {}
    # Wagtail's migrations make both roots; an emptied database (seed_demo after a flush) may lack them for now.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    root_page = Page.get_first_root_node()
    for role in roles():
        group, created = Group.objects.get_or_create(name=role.name)
        groups[role.key] = group
        if created:
            log(f"+ group {role.name}")
        model_perms = [_permission(app, codename) for app, codename in role.model_perms]
        if role.admin:
            model_perms.append(_permission("wagtailadmin", "access_admin"))
        group.permissions.set(model_perms)

        wanted_pages = set()
        for area, kinds in role.pages.items():
            if area not in roots_by_area:
                roots_by_area[area] = section_roots(area)
            for root in roots_by_area[area]:
                wanted_pages.update((root.pk, kind) for kind in kinds)
        if role.root_pages and root_page is not None:
            wanted_pages.update((root_page.pk, kind) for kind in role.root_pages)
        existing = {
            (gpp.page_id, gpp.permission.codename.removesuffix("_page")): gpp
            for gpp in GroupPagePermission.objects.filter(group=group).select_related("permission")
        }
        for key, gpp in existing.items():
            if key not in wanted_pages:
                gpp.delete()
        for page_id, kind in wanted_pages - set(existing):
            GroupPagePermission.objects.create(group=group, page_id=page_id, permission=_page_permission(kind))

        wanted_collection = (
            {_permission("wagtailimages", c).pk for c in role.images}
            | {_permission("wagtaildocs", c).pk for c in role.documents}
            | {_permission("wagtailmedia", c).pk for c in role.media}
        )
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=root_collection, permission_id__in=wanted_collection
        ).delete()
        for permission_id in wanted_collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission_id=permission_id
            )

    for spec in workflows():
        workflow, created = Workflow.objects.get_or_create(name=spec.name, defaults={"active": True})
        if created:
            log(f"+ workflow {spec.name}")
        wanted_tasks = []
        for order, (task_name, role_key) in enumerate(spec.tasks):
            task = NewsroomApprovalTask.objects.filter(name=task_name).first()
            if task is None:
                task = NewsroomApprovalTask.objects.create(name=task_name)
                log(f"+ task {task_name}")
            task.groups.set([groups[role_key]])
            WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
            wanted_tasks.append(task.pk)
        # Steps no longer in the spec, and Wagtail group approvals of an earlier set-up (a submitter could approve
        # their own work there): out of the workflow, and inactive (pages already in them finish their step).
        stale = WorkflowTask.objects.filter(workflow=workflow).exclude(task_id__in=wanted_tasks)
        GroupApprovalTask.objects.filter(pk__in=stale.values("task_id")).update(active=False)
        stale.delete()
        for area in spec.areas:
            if area not in roots_by_area:
                roots_by_area[area] = section_roots(area)
            for root in roots_by_area[area]:
                WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    _retire_default_groups(log)
    _retire_default_workflow(log)
    found = {area: len(roots) for area, roots in roots_by_area.items()}
    log("sections found: " + ", ".join(f"{area} {count}" for area, count in sorted(found.items())))
    return groups, roots_by_area


# The groups Wagtail's first migrations make. "Moderators" may publish anywhere from the tree's root, which passes
# by every workflow; neither is a role of this newsroom, and an administrator creating a user must not be offered
# them. Deleted when empty; a group someone is still in is emptied of its permissions and renamed, so that the
# administrator sees it and moves its members to a newsroom role.
DEFAULT_WAGTAIL_GROUPS = ("Moderators", "Editors")
RETIRED_PREFIX = "[Không dùng] "


def _retire_default_groups(log):
    for name in DEFAULT_WAGTAIL_GROUPS:
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
        if group.user_set.exists():
            group.name = f"{RETIRED_PREFIX}{name}"
            group.save(update_fields=["name"])
            log(f"- group {name}: emptied of permissions, renamed (it still has members)")
        else:
            group.delete()
            log(f"- group {name}: deleted (Wagtail's default, not a newsroom role)")


def _retire_default_workflow(log):
    """Wagtail's "Moderators approval" on the tree's root: its group is gone, so a page outside the newsroom's
    areas (the magazine, whose editors publish themselves; the home page) could be submitted to a step nobody can
    approve. Taken off the root and deactivated."""
    root = Page.get_first_root_node()
    for workflow in Workflow.objects.filter(name="Moderators approval", active=True):
        WorkflowPage.objects.filter(workflow=workflow, page=root).delete()
        if not workflow.workflow_pages.exists():
            workflow.deactivate()
            log("- workflow Moderators approval: deactivated (Wagtail's default)")


def group_for(role_key):
    return Group.objects.get(name=role_by_key(role_key).name)
