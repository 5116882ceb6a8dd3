"""Areas describe, the platform does: no module outside an area's own folder names the area's models or page types
as strings, and no platform module imports an area (core/areas.py, docs/architecture.md).

The modules checked are every ``.py`` of the platform (``thainguyen_portal/``, settings included, and ``search/``)
and of each area outside that area's own folder, without migrations and tests. The forbidden strings come from
the app registry: for every model of every area, ``"app_label.ModelName"`` in any case (``news.ArticlePage``,
``news.articlepage``), and its permission codenames (``change_legaldocument``); for its page types, also the bare
model name (``articlepage``, as in a content-type lookup). Docstrings are prose and are not checked.
"""

import ast
import functools
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from thainguyen_portal.core.areas import areas

ROOT = Path(settings.BASE_DIR)
PLATFORM_FOLDERS = ("thainguyen_portal", "search")
SKIPPED_PARTS = {"migrations", "tests", "__pycache__"}

# Settings a library reads before any app is loaded, which therefore cannot come from an area's declaration:
# (file, string, why).
ALLOWED = {
    (
        "thainguyen_portal/settings/base.py",
        "multimedia.PortalMedia",
    ): "wagtailmedia's swappable media model (WAGTAILMEDIA['MEDIA_MODEL']), read when wagtailmedia is imported",
}


def area_apps():
    """(label, folder) of every declared area that is an installed app."""
    found = []
    for area in areas():
        try:
            config = apps.get_app_config(area.label)
        except LookupError:  # declared before its app exists (the petitions, for now inside news)
            continue
        found.append((config.label, Path(config.path)))
    return found


def forbidden_patterns(label):
    """A regex finding the names of `label`'s models and page types in a string."""
    names = []
    for model in apps.get_app_config(label).get_models():
        meta = model._meta
        names.append(rf"\b{re.escape(label)}\.{re.escape(meta.model_name)}\b")
        names.append(rf"\b(?:add|change|delete|view)_{re.escape(meta.model_name)}\b")
        if issubclass(model, Page):
            names.append(rf"^{re.escape(meta.model_name)}$")
    return re.compile("|".join(names), re.IGNORECASE)


def python_files(outside):
    """Every checked .py file outside the folder `outside` (None: the platform only)."""
    folders = [ROOT / name for name in PLATFORM_FOLDERS] + [folder for _label, folder in area_apps()]
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            if SKIPPED_PARTS & set(path.relative_to(ROOT).parts):
                continue
            if outside is not None and outside in path.parents:
                continue
            yield path


@functools.cache
def parsed(path):
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def docstring_nodes(tree):
    nodes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                nodes.add(id(first.value))
    return nodes


def relative(path):
    return path.relative_to(ROOT).as_posix() if ROOT in path.parents else path.as_posix()


def parent_page_type_nodes(tree):
    """The strings of ``parent_page_types = [...]``: an area's page type may hang under the base area's pages."""
    nodes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "parent_page_types" for target in node.targets
        ):
            nodes.update(id(value) for value in ast.walk(node.value) if isinstance(value, ast.Constant))
    return nodes


def strings_naming(path, pattern, base=False):
    """ "file:line: string" of the string constants of `path` (docstrings aside) that `pattern` finds. With `base`
    (the pattern of the base area, whose home pages every area hangs under), ``parent_page_types`` may name it."""
    tree = parsed(path)
    skipped = docstring_nodes(tree) | (parent_page_type_nodes(tree) if base else set())
    name = relative(path)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skipped:
            continue
        if pattern.search(node.value) and (name, node.value) not in ALLOWED:
            found.append(f"{name}:{node.lineno}: {node.value!r}")
    return found


def area_imports(path, packages):
    """ "file:line: import module" of the imports of an area's package in `path`."""
    tree = parsed(path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        for module in modules:
            if module.split(".")[0] in packages:
                found.append(f"{relative(path)}:{node.lineno}: import {module}")
    return found


def test_every_area_is_declared_and_found():
    labels = [label for label, _folder in area_apps()]
    assert labels == ["home", "news", "petitions", "multimedia", "gazette", "consultations", "travietpub"]


@pytest.mark.parametrize("label", ["home", "news", "petitions", "multimedia", "gazette", "consultations", "travietpub"])
def test_no_module_outside_an_area_names_its_models(label):
    folder = Path(apps.get_app_config(label).path)
    pattern = forbidden_patterns(label)
    base = next(area.base for area in areas() if area.label == label)
    found = [hit for path in python_files(outside=folder) for hit in strings_naming(path, pattern, base=base)]
    assert found == [], "\n".join(found)


def test_no_platform_module_imports_an_area():
    packages = {Path(folder).name for _label, folder in area_apps()}
    found = [hit for path in python_files(outside=None) for hit in area_imports(path, packages)]
    platform = [hit for hit in found if hit.split("/")[0] in PLATFORM_FOLDERS]
    assert platform == [], "\n".join(platform)


def area_modules():
    """{dotted module of an area's package: its folder}, e.g. {"news": .../news, "news.petitions": .../petitions}."""
    return {relative(folder).replace("/", "."): folder for _label, folder in area_apps()}


def owning_area(module, modules):
    """The area package `module` belongs to (the longest area module it is in), or None."""
    owners = [name for name in modules if module == name or module.startswith(name + ".")]
    return max(owners, key=len, default=None)


def cross_area_imports(path, own, modules):
    """The imports in `path` (a module of the area `own`) of another area's package. A package inside an area (the
    petitions in news, the consultations in the gazette) may import the area it is in; nothing else crosses."""
    found = []
    for hit in area_imports(path, {name.split(".")[0] for name in modules}):
        target = owning_area(hit.rsplit(" ", 1)[1], modules)
        if target is None or target == own or own.startswith(target + "."):
            continue
        found.append(hit)
    return found


def test_no_content_area_imports_another():
    """docs/architecture.md, "Imports flow one way": what two areas share moves into core."""
    modules = area_modules()
    assert {"news", "news.petitions", "gazette", "gazette.consultations", "home"} <= set(modules)
    found = []
    for own, folder in modules.items():
        inner = [other for name, other in modules.items() if name.startswith(own + ".")]
        for path in sorted(folder.rglob("*.py")):
            if SKIPPED_PARTS & set(path.relative_to(folder).parts) or any(f in path.parents for f in inner):
                continue
            found += cross_area_imports(path, own, modules)
    assert found == [], "\n".join(found)


def test_the_cross_area_check_finds_what_it_looks_for(tmp_path):
    modules = {"news": tmp_path / "news", "news.petitions": tmp_path / "news/petitions", "home": tmp_path / "home"}
    source = tmp_path / "module.py"
    source.write_text(
        "from news.models import ArticlePage\nfrom news.petitions.models import Petition\nimport home.models\n",
        encoding="utf-8",
    )
    hits = lambda own: [hit.split(": ", 1)[1] for hit in cross_area_imports(source, own, modules)]  # noqa: E731
    assert hits("home") == ["import news.models", "import news.petitions.models"]
    # The petitions may import the news area they are in; the news area may not import the petitions.
    assert hits("news.petitions") == ["import home.models"]
    assert hits("news") == ["import news.petitions.models", "import home.models"]


def test_the_check_finds_what_it_looks_for(tmp_path):
    """The scanner finds each forbidden form in code (not in a docstring, not in plain words), and areas' imports."""
    source = tmp_path / "module.py"
    source.write_text(
        '"""news.ArticlePage in a docstring is prose."""\n'
        "import gazette.models\n"
        "from news.models import ArticlePage\n"
        "from thainguyen_portal.core import areas\n"
        'A = "news.ArticlePage"\n'
        'B = apps.get_model("gazette.legaldocument")\n'
        'C = ContentType.objects.get(app_label="news", model="articlepage")\n'
        'D = ("gazette", "change_legaldocument")\n'
        'E = "a news article in the gazette"\n'
        'parent_page_types = ["home.HomePage"]\n',
        encoding="utf-8",
    )
    found = strings_naming(source, forbidden_patterns("news")) + strings_naming(source, forbidden_patterns("gazette"))
    assert [hit.split(": ", 1)[1] for hit in found] == [
        "'news.ArticlePage'",
        "'articlepage'",
        "'gazette.legaldocument'",
        "'change_legaldocument'",
    ]
    # Only the base area's page types may be named as parents.
    assert strings_naming(source, forbidden_patterns("home"), base=True) == []
    assert [hit.split(": ", 1)[1] for hit in strings_naming(source, forbidden_patterns("home"))] == ["'home.HomePage'"]
    imports = area_imports(source, {"news", "gazette"})
    assert [hit.split(": ", 1)[1] for hit in imports] == ["import gazette.models", "import news.models"]
