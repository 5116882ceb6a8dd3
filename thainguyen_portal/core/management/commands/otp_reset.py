"""`manage.py otp_reset <username>`: remove a user's authenticator devices (a lost or replaced phone).

The user enrols a new device at the next sign-in (core/security/otp.py). Also `manage.py axes_reset_username <username>`
(django-axes) lifts a login lockout.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove a user's one-time-password devices so that they enrol again at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as exc:
            raise CommandError(f"No user named {username!r}.") from exc
        count, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {count} device(s) of {username}; they enrol again at the next sign-in.")
