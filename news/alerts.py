"""What readers may follow by e-mail in the news (thainguyen_portal/alerts, docs/alerts.md): a section (its own and
its subsections' articles, and those filed there as extra section) and a tag (the articles of the reader's
language). Declared in area.py (``Area.alert_topics``)."""

from django.utils.translation import pgettext_lazy

from thainguyen_portal.core.areas import AlertItem, AlertTopic

from .models import ArticlePage, NewsTag, SectionPage

MAX_ITEMS = 20  # per topic and digest: the digest links to the section for the rest


def _section(value):
    if not str(value).isdigit() or len(str(value)) > 10 or int(value) >= 2**31:  # a page id, in the column's range
        return None
    return SectionPage.objects.live().public().filter(pk=int(value)).first()


def describe_section(value, language):
    section = _section(value)
    return section.title if section else None


def _items(articles):
    articles = (
        articles.live()
        .public()
        .order_by("first_published_at", "pk")
        .only("id", "title", "url_path", "path", "depth", "locale_id", "first_published_at")[:MAX_ITEMS]
    )
    return [AlertItem(article.title, article.get_full_url(), article.first_published_at) for article in articles]


def section_news(value, since, until, language):
    section = _section(value)
    if section is None:
        return []
    return _items(section.articles().filter(first_published_at__gte=since, first_published_at__lt=until))


def describe_tag(value, language):
    tag = NewsTag.objects.filter(slug=value).first()
    return tag.name if tag else None


def tag_news(value, since, until, language):
    return _items(
        ArticlePage.objects.filter(
            tagged_items__tag__slug=value,
            locale__language_code=language,
            first_published_at__gte=since,
            first_published_at__lt=until,
        )
    )


ALERT_TOPICS = (
    AlertTopic(
        kind="section",
        label=pgettext_lazy("alerts topic kind", "News section"),
        describe=describe_section,
        news=section_news,
    ),
    AlertTopic(kind="tag", label=pgettext_lazy("alerts topic kind", "Tag"), describe=describe_tag, news=tag_news),
)
