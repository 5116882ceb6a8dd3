"""Editors create the petitions page, a petition and an agency in the admin; petitions refuse wrong parents."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from news.factories import NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage, NewsIndexPage, SectionPage
from news.petitions.factories import AgencyFactory, PetitionIndexPageFactory
from news.petitions.models import Agency, PetitionIndexPage, PetitionPage
from tests.helpers import PROMOTE, PortalAdminTestCase


class PetitionAdminTests(PortalAdminTestCase):
    def test_parent_and_child_rules(self):
        self.assertAllowedParentPageTypes(PetitionIndexPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(PetitionIndexPage, {PetitionPage})
        self.assertAllowedParentPageTypes(PetitionPage, {PetitionIndexPage})
        self.assertAllowedSubpageTypes(PetitionPage, set())
        self.assertCanNotCreateAt(SectionPage, PetitionPage)
        self.assertCanNotCreateAt(PetitionIndexPage, ArticlePage)

    def test_editor_creates_the_petitions_page_and_an_answered_petition(self):
        index = NewsIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index, PetitionIndexPage, nested_form_data({"title": "Phản ánh – Kiến nghị", "intro": "", **PROMOTE})
        )
        petitions = PetitionIndexPage.objects.get()
        self.assertEqual(petitions.slug, "phan-anh-kien-nghi")
        agency = AgencyFactory()
        self.assertCanCreate(
            petitions,
            PetitionPage,
            nested_form_data(
                {
                    "title": "Đề nghị lắp đèn đường",
                    "sender_kind": "citizen",
                    "sender_name": "",
                    "received_date": "2026-11-20",
                    "field": "transport",
                    "content": "Tuyến đường tổ 5 chưa có đèn chiếu sáng.",
                    "agency": agency.pk,
                    "status": "answered",
                    "answer": rich_text("<p>Đã lắp đặt trong tháng 12.</p>"),
                    "answer_date": "2026-11-25",
                    "answering_agency": agency.pk,
                    **PROMOTE,
                }
            ),
        )
        self.assertEqual(PetitionPage.objects.get().agency, agency)

    def test_an_agency_is_created_in_the_admin(self):
        response = self.client.post(
            reverse("wagtailsnippets_petitions_agency:add"), nested_form_data({"name": "Sở Xây dựng"})
        )
        self.assertEqual(response.status_code, 302, response.content.decode()[:500])
        self.assertEqual(Agency.objects.get().name, "Sở Xây dựng")
        listing = self.client.get(reverse("wagtailsnippets_petitions_agency:list"))
        self.assertContains(listing, "Sở Xây dựng")

    def test_the_petitions_page_is_editable(self):
        index = NewsIndexPageFactory(parent=self.home)
        SectionPageFactory(parent=index)
        self.assertPageIsEditable(PetitionIndexPageFactory(parent=index))
