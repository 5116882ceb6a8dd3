"""The English edition is curated: a page exists in English only where someone translated it.

When a translator translates a page whose parents are not translated yet, wagtail-localize (through Wagtail's
``copy_for_translation(copy_parents=True)``) creates the missing parents as *aliases* of the Vietnamese pages,
and Wagtail keeps aliases live and in step with their source. Such an alias would serve Vietnamese text under
``/en/`` and show up in English menus, listings, search and the language switcher. So an alias in another
locale than its original is kept as a placeholder that is never live: the English page below it is still served
(Wagtail routes through non-live parents), and a translator can translate the placeholder itself later, which
turns it into a normal page.
"""

from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_unpublished


def is_cross_locale_alias(page):
    if not page.alias_of_id:
        return False
    original_locale = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True).first()
    return original_locale is not None and original_locale != page.locale_id


def keep_alias_offline(sender, instance, created=False, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.live or not instance.alias_of_id:
        return
    if not is_cross_locale_alias(instance):
        return
    Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True)
    instance.live = False
    instance.has_unpublished_changes = True
    # What Wagtail sends on unpublishing: the search index and the page cache forget the page.
    page_unpublished.send(sender=instance.specific_class, instance=instance)


def connect():
    post_save.connect(keep_alias_offline, dispatch_uid="translation_keep_alias_offline")
