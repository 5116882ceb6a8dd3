from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "thainguyen_portal.core"
    label = "core"
    verbose_name = _("Portal core")

    def ready(self):
        from . import signals

        signals.connect()

        # New image originals lose their EXIF (GPS) before they are stored (core/uploads.py).
        from django.db.models.signals import pre_save
        from wagtail.images import get_image_model

        from .uploads import strip_image_metadata

        pre_save.connect(strip_image_metadata, sender=get_image_model(), dispatch_uid="portal-strip-image-metadata")

        # Admin sessions end SESSION_COOKIE_AGE after signing in, whatever the activity (core/otp.py).
        from django.contrib.auth.signals import user_logged_in

        from .otp import mark_sign_in

        user_logged_in.connect(mark_sign_in, dispatch_uid="portal-session-absolute-limit")
