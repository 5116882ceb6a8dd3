"""Background tasks (django-tasks): immediate in development and tests, a database queue with workers in
production (``manage.py db_worker``). The management commands call the same functions for cron."""

from django_tasks import task


@task()
def send_social_post(post_id):
    from .social import attempt

    post = attempt(post_id)
    return post.status if post else None


@task()
def send_due_social_posts():
    from .social import send_due_posts

    return send_due_posts()


@task()
def ingest_feeds():
    from .ingest import ingest_all

    return {name: str(value) for name, value in ingest_all().items()}


@task()
def ingest_youtube_videos():
    from .ingest import ingest_youtube

    return ingest_youtube()
