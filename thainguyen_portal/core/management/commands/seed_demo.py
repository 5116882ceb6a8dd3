"""Build the demo site: ``manage.py seed_demo`` (idempotent) or ``manage.py seed_demo --reset``."""

import importlib
import secrets
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from thainguyen_portal.core.areas import DemoStep, areas
from thainguyen_portal.core.demo import DEMO_COLLECTION, DemoBuilder
from thainguyen_portal.core.models import Menu, PortalSettings

DEMO_ADMIN_USERNAME = "admin"


@dataclass(frozen=True)
class Seeder:
    label: str  # the app's label, for --only
    step: DemoStep
    base: bool = False  # the base area: seeded with any --only


def seeders(only=()):
    """Every demo seeder in its order: the areas' (``Area.demo`` in their area.py) and the platform apps' (a
    ``demo.py`` with ``seed(builder)`` and its ``ORDER``); with `only`, those apps' (by label) and the base area's."""
    declared = areas()
    area_labels = {area.label for area in declared}
    found = [Seeder(area.label, area.demo, area.base) for area in declared if area.demo is not None]
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if app_config.label in area_labels or importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        if hasattr(module, "seed"):
            step = DemoStep(seed=module.seed, order=module.ORDER, reset=getattr(module, "reset", None))
            found.append(Seeder(app_config.label, step))
    if only:
        found = [seeder for seeder in found if seeder.label in only or seeder.base]
    return sorted(found, key=lambda seeder: seeder.step.order)


def demo_areas():
    """The labels of the apps that have demo content, for `--only`."""
    return [seeder.label for seeder in seeders()]


class Command(BaseCommand):
    help = "Build the demo site with realistic Vietnamese content. Safe to run again; --reset starts over."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete every page, menu and demo image and what the apps' demos made (legal documents), then rebuild.",
        )
        parser.add_argument(
            "--only",
            action="append",
            default=[],
            metavar="AREA",
            help="Seed only this area (an app label, as listed when a wrong one is given; repeatable) and the base "
            "area its pages hang under. Quicker when only one area is needed.",
        )

    def handle(self, *args, reset=False, only=(), **options):
        if settings.PORTAL_ENVIRONMENT == "production":
            raise CommandError("seed_demo refuses to run with production settings: it would overwrite real content.")
        unknown = sorted(set(only) - set(demo_areas()))
        if unknown:
            raise CommandError(f"No demo content for {', '.join(unknown)}; areas: {', '.join(demo_areas())}.")
        with transaction.atomic():
            if reset:
                self._reset()
            builder = DemoBuilder(stdout=self.stdout if options["verbosity"] > 1 else None)
            for seeder in seeders(only):
                seeder.step.seed(builder)
            builder.finish()
            # Each save added its new words to the search vocabulary counted once; count them for real, as the
            # nightly `rebuild_search --vocabulary` does ("did you mean" prefers the words in most entries).
            from thainguyen_portal.core.fulltext.indexing import rebuild_vocabulary

            rebuild_vocabulary()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {Page.objects.live().count()} live pages."))
        if settings.PORTAL_ENVIRONMENT == "development":
            self._demo_admin()

    def _reset(self):
        # What the apps' demos made outside the page tree first (a demo's `reset()`), in the reverse order of seeding.
        for seeder in reversed(seeders()):
            if seeder.step.reset is not None:
                seeder.step.reset()
        root = Page.get_first_root_node()
        # Keep a placeholder so that the default Site always has a root page while the tree is rebuilt.
        Site.objects.all().delete()
        for child in root.get_children():
            child.delete()
        Menu.objects.all().delete()
        PortalSettings.objects.all().delete()
        get_image_model().objects.filter(collection__name=DEMO_COLLECTION).delete()
        Collection.objects.filter(name=DEMO_COLLECTION).delete()
        self.stdout.write("Existing pages, menus, demo images and the demos' other content deleted.")

    def _demo_admin(self):
        User = get_user_model()
        if User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@example.invalid", password)
        line = "=" * 72
        self.stdout.write(
            f"{line}\nDemo administrator (shown once): {settings.WAGTAILADMIN_BASE_URL}/admin/\n"
            f"  username: {DEMO_ADMIN_USERNAME}\n  password: {password}\n"
            f"Forgot it? manage.py changepassword {DEMO_ADMIN_USERNAME}\n{line}"
        )
