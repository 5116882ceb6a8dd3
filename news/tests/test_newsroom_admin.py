"""Editors create the spokesperson's page, the work calendar, the press digest and calendar entries in the admin;
the new pages refuse wrong parents and come once per news index."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data

from home.models import HomePage
from news.factories import LeaderFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import (
    CalendarEntry,
    NewsIndexPage,
    PressDigestPage,
    SectionPage,
    SpokespersonPage,
    WorkCalendarPage,
)
from tests.helpers import PROMOTE, PortalAdminTestCase

NEW_PAGES = (SpokespersonPage, WorkCalendarPage, PressDigestPage)


class NewsroomAdminTests(PortalAdminTestCase):
    def test_parent_and_child_rules(self):
        for model in NEW_PAGES:
            self.assertAllowedParentPageTypes(model, {NewsIndexPage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanNotCreateAt(HomePage, model)
            self.assertCanNotCreateAt(SectionPage, model)

    def test_editor_creates_each_page_once_under_the_news_index(self):
        index = NewsIndexPageFactory(parent=self.home)
        statements = SectionPageFactory(parent=index, title="Phát ngôn báo chí", slug="phat-ngon-bao-chi")
        self.assertCanCreate(
            index,
            SpokespersonPage,
            nested_form_data(
                {
                    "title": "Người phát ngôn",
                    "intro": "Người phát ngôn của UBND tỉnh.",
                    "statements_section": statements.pk,
                    **PROMOTE,
                }
            ),
        )
        self.assertCanCreate(
            index, WorkCalendarPage, nested_form_data({"title": "Lịch công tác", "intro": "", **PROMOTE})
        )
        self.assertCanCreate(index, PressDigestPage, nested_form_data({"title": "Điểm báo", "intro": "", **PROMOTE}))
        self.assertEqual(SpokespersonPage.objects.get().slug, "nguoi-phat-ngon")
        self.assertEqual(SpokespersonPage.objects.get().statements_section_id, statements.pk)
        self.assertEqual(WorkCalendarPage.objects.get().slug, "lich-cong-tac")
        self.assertEqual(PressDigestPage.objects.get().slug, "diem-bao")
        # One of each per news index.
        for model in NEW_PAGES:
            self.assertFalse(model.can_create_at(index))
            add = reverse("wagtailadmin_pages:add", args=["news", model._meta.model_name, index.pk])
            self.assertEqual(self.client.get(add).status_code, 302)
            self.assertPageIsEditable(model.objects.get())
            self.client.force_login(self.user)  # the helper signed its own user in

    def test_wrong_parent_is_refused_by_the_admin(self):
        index = NewsIndexPageFactory(parent=self.home)
        section = SectionPageFactory(parent=index)
        for model in NEW_PAGES:
            url = reverse("wagtailadmin_pages:add", args=["news", model._meta.model_name, section.pk])
            response = self.client.post(url, nested_form_data({"title": "Sai chỗ", "intro": "", **PROMOTE}))
            self.assertEqual(response.status_code, 302)
            self.assertFalse(model.objects.exists())

    def test_calendar_entry_is_created_and_listed_in_the_admin(self):
        leader = LeaderFactory(name="Trịnh Việt Hùng")
        url = reverse("wagtailsnippets_news_calendarentry:add")
        data = {
            "date": "2026-11-30",
            "time": "08:00",
            "leader": leader.pk,
            "activity": "Họp Ủy ban nhân dân tỉnh thường kỳ tháng 12",
            "place": "Hội trường trụ sở UBND tỉnh",
            "participants": "Thành viên UBND tỉnh",
        }
        response = self.client.post(url, nested_form_data(data))
        self.assertEqual(response.status_code, 302, response.content.decode()[:500])
        entry = CalendarEntry.objects.get()
        self.assertEqual((entry.leader, entry.locale.language_code), (leader, "vi"))
        listing = self.client.get(reverse("wagtailsnippets_news_calendarentry:list"))
        self.assertContains(listing, "Họp Ủy ban nhân dân tỉnh thường kỳ tháng 12")

    def test_calendar_entry_without_activity_or_leader_is_refused(self):
        url = reverse("wagtailsnippets_news_calendarentry:add")
        response = self.client.post(url, nested_form_data({"date": "2026-11-30", "time": "", "activity": ""}))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(set(response.context["form"].errors), {"leader", "activity"})
        self.assertFalse(CalendarEntry.objects.exists())
