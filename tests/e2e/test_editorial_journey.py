"""The newsroom's whole journey in the admin, in a browser: a reporter writes and submits, an editor and an approver
approve, the article appears on the site. The news area is played by a standard page section (EDITORIAL_SECTIONS),
the other areas' page types not being in this branch."""

from wagtail.users.models import UserProfile

from .conftest import E2E, serious_violations

pytestmark = E2E

PASSWORD = "mat-khau-toa-soan-2026"
TITLE = "Hội nghị xúc tiến đầu tư vùng chè Tân Cương"


def sign_in(browser, url, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return context, page


def footer_action(page, label=None, workflow_action=None):
    """A button of the editor's footer action menu (opening its dropdown when the action is inside it)."""
    if workflow_action:  # "Approve", or "Approve and Publish" at the last step: the first, without a comment
        button = page.locator(f"footer button[data-workflow-action-name='{workflow_action}']").first
    else:
        button = page.locator("footer").get_by_role("button", name=label, exact=True)
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def test_reporter_editor_approver_publish_an_article(browser, demo_site, settings):
    from home.factories import StandardPageFactory
    from home.models import HomePage, StandardPage
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    settings.EDITORIAL_SECTIONS = {"news": ["home.standardpage"]}
    home = HomePage.objects.get(locale__language_code="vi")
    section = StandardPageFactory(parent=home, title="Tin tức thử nghiệm", slug="tin-tuc-thu-nghiem")
    setup_newsroom()
    for role in ("reporters", "editors", "approvers"):
        user = UserFactory(username=role, role=role, password=PASSWORD)
        UserProfile.get_for_user(user)
        UserProfile.objects.filter(user=user).update(preferred_language="en")

    # The reporter writes and submits for review.
    context, page = sign_in(browser, demo_site.url, "reporters")
    try:
        page.goto(f"{demo_site.url}/admin/pages/add/home/standardpage/{section.pk}/")
        page.fill("#id_title", TITLE)
        page.fill("#id_intro", "Sáng 26/11, tỉnh Thái Nguyên tổ chức hội nghị xúc tiến đầu tư.")
        footer_action(page, "Submit to Biên tập – Duyệt đăng")
        page.wait_for_url("**/admin/pages/*/")
    finally:
        context.close()
    article = StandardPage.objects.get(title=TITLE)
    assert not article.live
    assert article.current_workflow_task.name == "Biên tập"

    # The editor approves the first step, the approver the second: the article is published.
    for username, step_after in (("editors", "Duyệt đăng"), ("approvers", None)):
        context, page = sign_in(browser, demo_site.url, username)
        try:
            assert page.get_by_text(TITLE).first.is_visible()  # "Awaiting your review" on the dashboard
            assert serious_violations(page) == []
            page.goto(f"{demo_site.url}/admin/pages/{article.pk}/edit/")
            footer_action(page, workflow_action="approve")
            page.wait_for_url("**/admin/pages/*/")
        finally:
            context.close()
        article.refresh_from_db()
        if step_after:
            assert article.current_workflow_task.name == step_after
    assert article.live

    # A reader finds it on the site.
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{demo_site.url}{article.url}")
        assert page.locator("h1").inner_text() == TITLE
    finally:
        context.close()
