"""The demo-content framework used by ``manage.py seed_demo``.

An area declares its demo in its area.py (``Area.demo``: ``seed(builder)``, maybe ``reset()``, and its order in
the ``DEMO_ORDER_*`` bands of ``core/areas.py``); a platform app keeps a ``demo.py`` with ``seed(builder)`` and its
``ORDER``. ``seed_demo`` calls them all in their order with one :class:`DemoBuilder`. The builder makes each piece
only when it is missing, so running the command again changes nothing.

Core's own ``seed`` (below) adds the search dictionary the demo's words need (``dictionary_demo.py``); it runs
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

from . import demo_art
from .areas import DEMO_ORDER_FIRST
from .dictionary_demo import reset_dictionary, seed_dictionary
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

    def translation(self, page, language_code, **fields):
        """The live translation of `page` in `language_code`, made when missing.

        It shares the source's translation key (so wagtail-localize and the language switcher treat it as the
        translation), takes the synchronised fields from the source and the translated ones from `fields`.
        """
        locale = self.locale(language_code)
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        source = page.specific
        model = type(source)
        parent = source.get_parent()
        translated_parent = parent if parent.is_root() else parent.get_translation(locale)
        synchronised = [
            field.field_name
            for field in getattr(model, "translatable_fields", [])
            if isinstance(field, SynchronizedField)
        ]
        # Synchronised child relations (an article's cited documents) are copied, the other fields set.
        child_relations = {relation.name for relation in get_all_child_relations(model)}
        values = {name: getattr(source, name) for name in synchronised if name not in child_relations}
        values.update(fields)
        values.setdefault("slug", vietnamese_slugify(values.get("title", source.title)))
        translated = model(locale=locale, translation_key=source.translation_key, **values)
        for name in synchronised:
            if name in child_relations and name not in fields:
                source.copy_child_relation(name, translated)
        translated_parent.add_child(instance=translated)
        translated.save_revision().publish()
        self.log(f"  + {language_code}: {translated.title}")
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
