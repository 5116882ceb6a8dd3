"""wagtailmedia ships no Vietnamese: the words of its chooser and media form that a reporter reads, listed here so
that ``makemessages`` keeps their translations in this app's catalogue (Django merges every catalogue, so ours
translate wagtailmedia's screens). Never imported; the strings are only marked."""

from django.utils.translation import gettext_noop

WAGTAILMEDIA_STRINGS = [
    # wagtailmedia/widgets.py: the chooser on a page form
    gettext_noop("Choose video"),
    gettext_noop("Choose another video"),
    gettext_noop("Edit this video"),
    gettext_noop("Choose audio"),
    gettext_noop("Choose another audio item"),
    gettext_noop("Edit this audio item"),
    gettext_noop("Choose a media item"),
    gettext_noop("Choose another media item"),
    gettext_noop("Edit this media item"),
    # wagtailmedia/templates/wagtailmedia/chooser/: the modal's tabs and listing
    gettext_noop("Upload Video"),
    gettext_noop("Upload Audio"),
    gettext_noop("Latest media"),
    gettext_noop("Uploaded"),
    # wagtailmedia/models.py: the media form's fields
    gettext_noop("duration"),
    gettext_noop("width"),
    gettext_noop("height"),
    gettext_noop("thumbnail"),
]
