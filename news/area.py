"""What the news area contributes to the platform (core/areas.py)."""

from django.urls import path

from thainguyen_portal.core.areas import (
    DEMO_ORDER_AREAS,
    DEMO_ORDER_ENGLISH,
    Area,
    DemoStep,
    DraftTarget,
    Grant,
    register,
)
from thainguyen_portal.editorial.roles import (
    ALL_PAGE,
    APPROVERS,
    EDITORS,
    NEWSROOM_WORKFLOW,
    REPORTERS,
    WRITE,
)

from . import demo, demo_english
from .alerts import ALERT_TOPICS
from .models import ArticlePage, SectionPage
from .sitemaps import google_news_sitemap
from .syndication_hooks import api_articles, feed_article_maker
from .wagtail_hooks import direction_news, latest_news

SECTION = "news"


def public_urls():
    # The Google News sitemap of each language (news/sitemaps.py), /sitemap-news.xml and /en/sitemap-news.xml.
    return [path("sitemap-news.xml", google_news_sitemap, name="news-sitemap")]


register(
    Area(
        label="news",
        sections={SECTION: ("news",)},
        # Reporters and editors write, never publish; approvers publish (the newsroom's workflow binds the others).
        grants=(
            Grant(REPORTERS, pages={SECTION: WRITE}),
            Grant(EDITORS, pages={SECTION: WRITE}),
            Grant(APPROVERS, pages={SECTION: ALL_PAGE[:5]}),
        ),
        workflow_sections={SECTION: NEWSROOM_WORKFLOW},
        home_slots=(latest_news, direction_news),
        search_recency=True,
        api_resources=(api_articles,),
        feed_article_makers=(feed_article_maker,),
        feed_section_types=(SectionPage._meta.label,),
        public_urls=(public_urls,),
        alert_topics=ALERT_TOPICS,  # sections and tags readers may follow by e-mail
        field_report_drafts=DraftTarget(page_type=ArticlePage._meta.label_lower, section=SECTION),
        demo=DemoStep(seed=demo.seed, order=DEMO_ORDER_AREAS + 10),
        english_demo=DemoStep(seed=demo_english.seed, order=DEMO_ORDER_ENGLISH + 10),
    )
)
