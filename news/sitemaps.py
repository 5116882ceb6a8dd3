"""The Google News sitemap: the articles of the last 48 hours in the language of the URL.

`/sitemap-news.xml` lists the Vietnamese articles, `/en/sitemap-news.xml` the English ones, in the
`http://www.google.com/schemas/sitemap-news/0.9` namespace (publication name and language, title, publication
date). Press coverage is left out: it summarises other outlets' reporting and links to it, and Google News
wants original reporting.
"""

import datetime

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language

from thainguyen_portal.core.models import PortalSettings

from .models import ArticlePage, public

WINDOW = datetime.timedelta(hours=48)
# Google News reads at most 1,000 URLs per sitemap.
LIMIT = 1000


def google_news_sitemap(request):
    language = get_language() or settings.LANGUAGE_CODE
    now = timezone.now()
    articles = (
        public(ArticlePage.objects.live(), request)
        .filter(locale__language_code=language, date__gt=now - WINDOW, date__lte=now)
        .exclude(kind=ArticlePage.Kind.PRESS)
        .only("id", "title", "url_path", "depth", "path", "locale_id", "date")
        .order_by("-date", "-pk")[:LIMIT]
    )
    portal = PortalSettings.for_request(request)
    context = {
        "publication_name": portal.localized("organisation_name", language),
        # Google News takes ISO 639 codes; Wagtail's locale codes are those already ("vi", "en").
        "publication_language": language,
        # W3C dates in the site's time zone, to the second: 2026-11-27T07:00:00+07:00.
        "items": [
            (article.get_full_url(request), article.title, timezone.localtime(article.date).replace(microsecond=0))
            for article in articles
        ],
    }
    return TemplateResponse(request, "news/sitemap_news.xml", context, content_type="application/xml; charset=utf-8")
