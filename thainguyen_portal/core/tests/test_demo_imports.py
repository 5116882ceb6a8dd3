"""The demo runs on a clone with nothing but requirements.txt (`make run`): no demo code may import test code.

Every app's ``demo`` and ``demo_english`` modules, each area's ``area.py`` and the ``seed_demo`` command are
imported in a fresh interpreter where the development packages (factory-boy, wagtail-factories, pytest, Playwright,
Hypothesis...) cannot be imported, as on a clone where only requirements.txt is installed.
"""

import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# The top-level names of requirements-dev.txt's own packages (not those of requirements.txt it includes).
DEVELOPMENT_PACKAGES = (
    "factory",
    "wagtail_factories",
    "pytest",
    "_pytest",
    "pytest_django",
    "playwright",
    "axe_playwright_python",
    "jsonschema",
    "hypothesis",
    "ruff",
)

SCRIPT = """
import importlib, importlib.abc, sys

BLOCKED = set(sys.argv[1].split(","))

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r} (a development package)", name=name)
        return None

sys.meta_path.insert(0, Blocker())
import django
django.setup()
from django.apps import apps
names = sys.argv[2].split(",")
for name in names:
    importlib.import_module(name)
print("imported", len(names))
"""


def demo_module_names():
    """Every app's demo modules, and the areas' declarations (area.py imports the area's demo seeders)."""
    names = []
    for app_config in apps.get_app_configs():
        for module in ("demo", "demo_english", "area"):
            if (Path(app_config.path) / f"{module}.py").exists():
                names.append(f"{app_config.name}.{module}")
    return names


def test_the_demo_imports_without_the_development_packages():
    names = [*demo_module_names(), "thainguyen_portal.core.management.commands.seed_demo"]
    assert {"multimedia.demo", "home.demo", "news.demo_english", "gazette.area"} <= set(names)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "thainguyen_portal.settings.dev"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(DEVELOPMENT_PACKAGES), ",".join(names)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"imported {len(names)}" in result.stdout
