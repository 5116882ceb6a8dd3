"""The demo-content framework used by ``manage.py seed_demo``.

An area declares its demo in its area.py (``Area.demo``: ``seed(builder)``, maybe ``reset()``, and its order in
the ``DEMO_ORDER_*`` bands of ``core/areas.py``); a platform app keeps a ``demo.py`` with ``seed(builder)`` and its
``ORDER``. ``seed_demo`` calls them all in their order with one :class:`DemoBuilder`. The builder makes each piece
only when it is missing, so running the command again changes nothing.

Core's own ``seed`` (below) adds the search dictionary the demo's words need (``core/demos/dictionary.py``); it runs
first, and ``seed_demo --only core`` runs it alone (with the home page every area hangs under).
"""

import io
from collections import defaultdict

from django.conf import settings
from django.core.files.images import ImageFile
from modelcluster.models import get_all_child_relations
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page
from wagtail_localize.fields import SynchronizedField

from .areas import DEMO_ORDER_FIRST
from .demos import art as demo_art
from .demos.dictionary import reset_dictionary, seed_dictionary
from .models import Menu
from .text import vietnamese_slugify

DEMO_COLLECTION = "Dữ liệu mẫu"
ORDER = DEMO_ORDER_FIRST


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self._menus = defaultdict(list)  # (handle, language) -> [(order, page)]
        self._locales = {}

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- locales and the tree ------------------------------------------------------------------------------
    def locale(self, language_code):
        if language_code not in self._locales:
            self._locales[language_code], _ = Locale.objects.get_or_create(language_code=language_code)
        return self._locales[language_code]

    def root(self):
        """The tree's root page; made when missing (an emptied database), as Wagtail's first migration does."""
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(title="Root", slug="root", locale=self.locale(settings.LANGUAGE_CODE))
        return root

    def home(self, language_code="vi"):
        """The home page of `language_code`, the top of that language's tree (the base area's demo makes it)."""
        return Page.objects.get(depth=2, locale__language_code=language_code).specific

    def page(self, parent, model, title, slug=None, **fields):
        """The live child of `parent` with this slug, made and published when missing."""
        slug = slug or vietnamese_slugify(title)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(title=title, slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"  + {model._meta.verbose_name}: {title}")
        return page

    def translation(self, instance, language_code, **fields):
        """The translation of `instance` (a page or a translatable snippet) in `language_code`, made when missing.

        Made with Wagtail's ``copy_for_translation``, as wagtail-localize makes its translations: the copy shares the
        source's translation key, its synchronised fields and relations, and `fields`; the rest of the model's own
        fields are left blank (no Vietnamese text, tag or file record stays in another language). A page is
        published. (A translator's way, segment by segment through wagtail-localize, is ``translation/localize.py``.)
        """
        locale = self.locale(language_code)
        is_page = isinstance(instance, Page)
        source = instance.specific if is_page else instance
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific if is_page else existing
        translated = source.copy_for_translation(locale, exclude_fields=_not_carried_over(type(source), fields))
        if is_page:
            translated = translated.specific
            fields.setdefault("slug", vietnamese_slugify(fields.get("title", source.title)))
        for name, value in fields.items():
            setattr(translated, name, value)
        if is_page:
            translated.save_revision().publish()
            translated.refresh_from_db()  # publishing saved the revision's copy: the new slug's URL path
        else:
            translated.save()
        self.log(f"  + {language_code}: {translated}")
        return translated

    # --- images ----------------------------------------------------------------------------------------------
    def image(self, title, alt_text, seed=None, size=(1600, 900), subject="tea_hills"):
        """A generated illustration of `subject` (one of ``demo_art.SUBJECTS``) stored as a Wagtail image, made once
        per title. `alt_text` must describe what that subject's drawing shows."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            return existing
        collection = self._collection()
        content = demo_art.draw(subject, seed or title, size)
        filename = f"{vietnamese_slugify(title)[:80] or 'anh'}.jpg"
        image = Image(title=title, description=alt_text, collection=collection)
        image.file = ImageFile(io.BytesIO(content), name=filename)
        image.save()
        return image

    @staticmethod
    def _collection():
        existing = Collection.objects.filter(name=DEMO_COLLECTION).first()
        if existing is not None:
            return existing
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        return root.add_child(name=DEMO_COLLECTION)

    # --- menus -----------------------------------------------------------------------------------------------
    def add_to_menu(self, handle, page, order):
        """Ask for `page` in a menu of its language; the menus are written once every app has seeded."""
        self._menus[(handle, page.locale.language_code)].append((order, page))

    def finish(self):
        for (handle, language), entries in sorted(self._menus.items()):
            menu, created = Menu.objects.get_or_create(
                handle=handle, locale=self.locale(language), defaults={"items": []}
            )
            if created or not menu.items:
                menu.items = [
                    ("link", {"label": "", "page": page, "url": ""}) for _, page in sorted(entries, key=_order_key)
                ]
                menu.save()
                self.log(f"  + menu {handle} ({language}): {len(entries)} links")


def _not_carried_over(model, fields):
    """The fields and child relations of `model` a translation made from `fields` does not copy from its source:
    those neither given nor synchronised (wagtail-localize's ``SynchronizedField``), apart from Wagtail's own page
    fields (the copy keeps its title, slug and tree) and the translation's identity."""
    synchronised = {f.field_name for f in getattr(model, "translatable_fields", []) if isinstance(f, SynchronizedField)}
    keep = synchronised | set(fields) | {"title", "slug", "locale", "translation_key"}
    names = [
        field.name
        for field in model._meta.concrete_fields
        if not field.primary_key and (field.model is not Page or field.name in {"seo_title", "search_description"})
    ]
    names += [relation.get_accessor_name() for relation in get_all_child_relations(model)]
    return [name for name in names if name not in keep]


def _order_key(entry):
    order, page = entry
    return (order, page.pk)


# --- the search dictionary -------------------------------------------------------------------------------------
def seed(builder):
    """Core's own demo content: the search dictionary (synonyms, former place names) for the words the demo uses."""
    seed_dictionary(builder.log)


def reset():
    """What ``seed`` made (``seed_demo --reset``)."""
    reset_dictionary()
