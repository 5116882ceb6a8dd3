"""The news area's resource for the partner API (``portal_api_resources`` hook, see docs/syndication.md).

Only live, public articles and their public fields: never drafts (the page row holds the published version),
revision data, owners, or the spokespersons' phone and e-mail.
"""

import re

from django.db.models import Prefetch, Q
from django.utils.text import capfirst
from wagtail.images import get_image_model
from wagtail.models import Page

from .models import ArticlePage, SectionPage

API_RENDITION = "fill-1200x630"
_RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')


def absolute_links(html, request):
    """Rich text links to our own pages are relative; partners need them absolute."""
    return _RELATIVE_LINK.sub(lambda m: f'{m.group(1)}{request.build_absolute_uri(m.group(2))}"', html)


def articles_queryset():
    Rendition = get_image_model().get_rendition_model()
    return (
        ArticlePage.objects.live()
        .public()
        .defer_streamfields()
        .select_related("locale", "featured_image", "leader", "spokesperson", "outlet")
        .prefetch_related(
            "tagged_items__tag",
            Prefetch("featured_image__renditions", queryset=Rendition.objects.filter(filter_spec=API_RENDITION)),
        )
    )


def filter_by_section(queryset, value):
    """Articles of the section with this slug (or id) and its subsections, and those filed there as extra."""
    sections = SectionPage.objects.live().public()
    sections = sections.filter(pk=int(value)) if value.isdigit() else sections.filter(slug=value)
    paths = list(sections.values_list("path", "pk"))
    if not paths:
        raise ValueError(value)
    condition = Q(extra_sections__in=[pk for _path, pk in paths])
    for path, _pk in paths:
        condition |= Q(path__startswith=path)
    return queryset.filter(pk__in=ArticlePage.objects.filter(condition).values("pk"))


def _image(request, image, alt):
    if image is None:
        return None
    rendition = image.get_rendition(API_RENDITION)
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or image.title,
    }


def article_items(articles, request, detail):
    parent_paths = {article.path[: -article.steplen] for article in articles}
    sections = {
        page.path: page
        for page in Page.objects.filter(path__in=parent_paths).only("id", "title", "url_path", "path", "depth")
    }
    items = []
    for article in articles:
        section = sections.get(article.path[: -article.steplen])
        item = {
            "id": article.pk,
            "url": article.get_full_url(request),
            "language": article.locale.language_code,
            "title": article.title,
            "slug": article.slug,
            "summary": article.sapo,
            "type": article.kind,
            "type_label": str(article.get_kind_display()),
            "published": article.date,
            "updated": article.updated_at or article.last_published_at,
            "authors": article.author_list,
            "source": article.source,
            "section": {"title": section.title, "url": section.get_full_url(request)} if section else None,
            "tags": [tagged.tag.name for tagged in article.tagged_items.all()],
            "image": _image(request, article.featured_image, article.featured_image_caption),
            "reading_minutes": article.reading_minutes,
        }
        if article.kind == ArticlePage.Kind.DIRECTION and article.leader:
            item["leader"] = {"name": article.leader.name, "position": article.leader.position}
        if article.kind == ArticlePage.Kind.STATEMENT and article.spokesperson:
            item["spokesperson"] = {"name": article.spokesperson.name, "position": article.spokesperson.position}
        if article.kind == ArticlePage.Kind.PRESS:
            item["outlet"] = article.outlet.name if article.outlet else ""
            item["original_url"] = article.original_url
        if detail:
            context = {"request": request, "page": article}
            item["body_html"] = absolute_links(str(article.body.render_as_block(context)), request)
        items.append(item)
    return items


def api_articles():
    return {
        "name": "articles",
        "label": capfirst(ArticlePage._meta.verbose_name_plural),
        "queryset": articles_queryset,
        "date_field": "date",
        "language_field": "locale__language_code",
        "order_by": ("-date", "-pk"),
        "type_field": "kind",
        "types": ArticlePage.Kind.choices,
        "section": filter_by_section,
        "order": 10,
        "items": article_items,
        "ninjs": "text",
    }


# --- Partner feeds: new items become articles in the chosen section -------------------------------------------


def make_article_from_feed(*, parent, title, summary, html, link, published, source_name, image=None, live=False):
    """An article in `parent` (a section) from a partner's feed item: a draft, or published when `live`.

    `html` is already cleaned by the syndication app (nh3); the original address closes the body."""
    from django.utils.html import escape
    from wagtail.rich_text import RichText

    from thainguyen_portal.core.text import vietnamese_slugify

    section = parent.specific
    base = vietnamese_slugify(title, max_length=200) or "bai-viet"
    slug, number = base, 1
    while Page.objects.child_of(section).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    if link:
        html += f'<p><a href="{escape(link)}">{escape(source_name)}</a></p>'
    page = ArticlePage(
        title=title,
        slug=slug,
        kind=ArticlePage.Kind.NEWS,
        sapo=(summary or title)[:600],
        body=[("paragraph", RichText(html))] if html else [],
        source=source_name[:300],
        date=published,
        featured_image=image,
        live=False,
    )
    section.add_child(instance=page)
    revision = page.save_revision(log_action=True)
    if live:
        revision.publish()
    return page


def feed_article_maker():
    return make_article_from_feed
