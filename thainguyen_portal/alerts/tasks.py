"""The digest as a background task (django-tasks, settings TASKS): ``send_alert_digests.enqueue()``. The operator's
daily cron runs ``manage.py send_alert_digests`` (docs/alerts.md), which calls the same function."""

from django_tasks import task


@task()
def send_alert_digests():
    from .digest import send_digests

    return send_digests()
