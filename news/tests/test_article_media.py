"""A reporter's own video inside an article (issue #20, item 3): the body offers core's video block, submitting is
refused while the video has no captions (saying where to add them), and readers get the HTML5 player with its
captions track."""

from wagtail.test.utils.form_data import rich_text, streamfield

from multimedia.factories import PortalMediaFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from news.tests.test_article_times import article_form
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom


def with_video(title, video, **extra):
    body = streamfield(
        [
            ("paragraph", rich_text("<p>Nước hồ lên cao nhất trong mười năm.</p>")),
            ("video", {"video": video.pk, "caption": "Hồ Núi Cốc sáng 6/12."}),
        ]
    )
    return article_form(title, body=body, **extra)


def test_submitting_an_article_whose_video_has_no_captions_is_refused_then_accepted(client, site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    setup_newsroom()
    reporter = UserFactory(username="phongvien-hien-truong", role="reporters")
    video = PortalMediaFactory(title="Hồ Núi Cốc mùa nước lên", captions=None, uploaded_by_user=reporter)
    client.force_login(reporter)

    add = f"/admin/pages/add/news/articlepage/{section.pk}/"
    response = client.post(add, with_video("Hồ Núi Cốc mùa nước lên", video, **{"action-submit": "1"}))
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert errors == [  # in the reporter's admin language, Vietnamese
        "Video “Hồ Núi Cốc mùa nước lên” chưa có phụ đề: hãy mở video bằng nút “Sửa video này” dưới ô chọn video "
        "và đăng tải tệp phụ đề WebVTT."
    ]
    assert not ArticlePage.objects.filter(title="Hồ Núi Cốc mùa nước lên").exists()

    # A draft may be saved without them.
    response = client.post(add, with_video("Hồ Núi Cốc mùa nước lên", video))
    assert response.status_code == 302
    draft = ArticlePage.objects.get(title="Hồ Núi Cốc mùa nước lên")

    video.captions = PortalMediaFactory.build().captions
    video.save()
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/",
        with_video("Hồ Núi Cốc mùa nước lên", video, slug=draft.slug, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.current_workflow_state is not None
    assert [block.block_type for block in draft.get_latest_revision_as_object().body] == ["paragraph", "video"]


def test_readers_get_the_player_with_its_captions_track(client, site_tree, django_assert_max_num_queries):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    video = PortalMediaFactory(title="Hồ Núi Cốc mùa nước lên")
    article = ArticlePageFactory(
        parent=section,
        title="Hồ Núi Cốc mùa nước lên",
        body=[("video", {"video": video, "caption": "Hồ Núi Cốc sáng 6/12."})],
    )

    html = client.get(article.url).content.decode()

    assert '<video class="player player--video" controls preload="none"' in html
    assert f'<source src="{video.url}"' in html
    assert '<track kind="captions"' in html and 'srclang="vi"' in html
    assert "<figcaption>Hồ Núi Cốc sáng 6/12.</figcaption>" in html
    assert "Đồi chè Tân Cương buổi sớm." in html  # the transcript, under the player
