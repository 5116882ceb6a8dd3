"""Editors create every page type and snippet in the admin; pages refuse wrong parents."""

from django.apps import apps
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from news.factories import (
    ArticlePageFactory,
    LeaderFactory,
    NewsIndexPageFactory,
    OutletFactory,
    SectionPageFactory,
)
from news.models import (
    ArticlePage,
    Leader,
    LeadersPage,
    NewsIndexPage,
    Outlet,
    PressDigestPage,
    SectionPage,
    Spokesperson,
    SpokespersonPage,
    WorkCalendarPage,
)
from tests.helpers import PROMOTE, PortalAdminTestCase


class NewsAdminTests(PortalAdminTestCase):
    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(
            NewsIndexPage,
            # and the petitions page, the petitions app's (news/petitions/, known to news through the registry only);
            # the news index sets no subpage_types (its children name it), so Wagtail's base Page, which no one can
            # create, is among the allowed ones too
            {
                Page,
                SectionPage,
                LeadersPage,
                SpokespersonPage,
                WorkCalendarPage,
                PressDigestPage,
                apps.get_model("petitions", "PetitionIndexPage"),
            },
        )
        self.assertAllowedParentPageTypes(SectionPage, {NewsIndexPage, SectionPage})
        self.assertAllowedSubpageTypes(SectionPage, {SectionPage, ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, SectionPage)
        self.assertCanNotCreateAt(NewsIndexPage, ArticlePage)

    def test_wrong_parent_is_refused_by_the_admin(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.home.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 302)  # back, with "this page type cannot be created here"
        response = self.client.post(url, nested_form_data({"title": "Sai chỗ", "sapo": "Tóm tắt.", **PROMOTE}))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(ArticlePage.objects.exists())

    def test_editor_creates_the_tree_of_news_pages(self):
        self.assertCanCreate(self.home, NewsIndexPage, nested_form_data({"title": "Tin tức", "intro": "", **PROMOTE}))
        index = NewsIndexPage.objects.get()
        self.assertCanCreate(
            index, SectionPage, nested_form_data({"title": "Văn hóa – Xã hội", "intro": "", **PROMOTE})
        )
        section = SectionPage.objects.get()
        self.assertEqual(section.slug, "van-hoa-xa-hoi")
        self.assertCanCreate(section, SectionPage, nested_form_data({"title": "Đời sống", "intro": "", **PROMOTE}))
        self.assertCanCreate(index, LeadersPage, nested_form_data({"title": "Lãnh đạo tỉnh", "intro": "", **PROMOTE}))

    def test_editor_creates_an_article_with_every_body_block_correction_and_tags(self):
        index = NewsIndexPageFactory(parent=self.home)
        section = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
        extra = SectionPageFactory(parent=index, title="Du lịch", slug="du-lich")
        leader = LeaderFactory()
        data = nested_form_data(
            {
                "title": "Chủ tịch tỉnh kiểm tra tiến độ đường Hồ Núi Cốc",
                "kind": "direction",
                "sapo": "Sáng nay, Chủ tịch UBND tỉnh kiểm tra tiến độ dự án.",
                "featured_image_caption": "",
                "body": streamfield(
                    [
                        ("heading", "Đẩy nhanh giải phóng mặt bằng"),
                        ("paragraph", rich_text("<p>Dự án dài 8 km.</p>")),
                        ("quote", {"text": "Phải xong trước Tết.", "attribution": "Chủ tịch UBND tỉnh"}),
                        ("fact_box", {"title": "Dự án", "text": rich_text("<p>Vốn 1.200 tỷ đồng.</p>")}),
                        (
                            "related_links",
                            {
                                "title": "",
                                "links": streamfield(
                                    [("item", {"page": "", "url": "https://thainguyen.gov.vn/", "label": "Cổng tỉnh"})]
                                ),
                            },
                        ),
                    ]
                ),
                "authors": "Minh Anh",
                "source": "",
                "date": "2026-11-20 08:30",
                "updated_at": "",
                "leader": leader.pk,
                "attachments": streamfield([]),
                "spokesperson": "",
                "statement_kind": "",
                "outlet": "",
                "original_url": "",
                "original_date": "",
                "excerpt": "",
                "corrections": inline_formset([{"time": "2026-11-20 15:00", "text": "Sửa độ dài: 8 km."}]),
                "related_links": inline_formset([]),
                "cited_documents": inline_formset([]),
                "tags": "Giao thông, Hồ Núi Cốc",
                **PROMOTE,
            }
        )
        data["extra_sections"] = [str(extra.pk)]
        self.assertCanCreate(section, ArticlePage, data)
        article = ArticlePage.objects.get()
        self.assertEqual(article.slug, "chu-tich-tinh-kiem-tra-tien-do-duong-ho-nui-coc")
        self.assertEqual(article.corrections.count(), 1)
        self.assertEqual(sorted(article.tags.values_list("slug", flat=True)), ["giao-thong", "ho-nui-coc"])
        self.assertEqual(list(article.extra_sections.all()), [extra])
        self.assertEqual(self.client.get(article.url).status_code, 200)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        self.assertContains(edit, "Hồ Núi Cốc")

    def test_article_of_a_kind_without_its_fields_is_refused(self):
        index = NewsIndexPageFactory(parent=self.home)
        section = SectionPageFactory(parent=index)
        url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", section.pk])
        data = nested_form_data(
            {
                "title": "Tin báo chí thiếu nguồn",
                "slug": "tin-bao-chi",
                "kind": "press",
                "sapo": "Tóm tắt.",
                "featured_image_caption": "",
                "body": streamfield([]),
                "authors": "",
                "source": "",
                "date": "2026-11-20 08:30",
                "attachments": streamfield([]),
                "corrections": inline_formset([]),
                "related_links": inline_formset([]),
                "cited_documents": inline_formset([]),
                "tags": "",
                "action-publish": "publish",
                **PROMOTE,
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertIn("outlet", response.context["form"].errors)
        self.assertFalse(ArticlePage.objects.exists())

    def test_snippets_are_created_in_the_admin(self):
        cases = [
            (
                Leader,
                {
                    "name": "Trịnh Việt Hùng",
                    "position": "Chủ tịch UBND tỉnh",
                    "biography": rich_text(""),
                    "sort_order": 1,
                },
            ),
            (
                Spokesperson,
                {"name": "Phạm Thị Hà", "position": "Chánh Văn phòng", "phone": "0208 3852 666", "email": ""},
            ),
            (Outlet, {"name": "Báo Nhân Dân", "site": "https://nhandan.vn/"}),
        ]
        for model, data in cases:
            url = reverse(f"wagtailsnippets_news_{model._meta.model_name}:add")
            response = self.client.post(url, nested_form_data(data))
            self.assertEqual(response.status_code, 302, (model, response.content.decode()[:500]))
            self.assertEqual(model.objects.count(), 1)
            listing = self.client.get(reverse(f"wagtailsnippets_news_{model._meta.model_name}:list"))
            self.assertContains(listing, data["name"])

    def test_existing_pages_are_editable(self):
        index = NewsIndexPageFactory(parent=self.home)
        section = SectionPageFactory(parent=index)
        self.assertPageIsEditable(index)
        self.assertPageIsEditable(section)
        # Wagtail's helper cannot read StreamField data back from the edit form: the edit view must load.
        self.client.force_login(self.user)  # the helper signed its own user in
        article = ArticlePageFactory(
            parent=section, kind="press", outlet=OutletFactory(), original_url="https://a.vn/b"
        )
        self.assertEqual(self.client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).status_code, 200)
