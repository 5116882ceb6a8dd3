"""The newsroom's people in the admin, for the browser journeys: an administrator (a role, not a superuser) creates
their accounts through the admin's own "add user" form, with a newsroom group and Vietnamese as the admin language,
and they sign in and work in Chromium.

`sign_in` and `footer_button` were repeated in several journeys; they live here now."""

import re

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

PASSWORD = "mat-khau-toa-soan-2026"
VIEWPORT = {"width": 1280, "height": 900}

# Wagtail's own English labels that a Vietnamese screen must not show (whole words, case-sensitive): what the
# admin's chrome and an editor's page would show untranslated if a catalogue lacked them.
ENGLISH_INTERFACE = (
    "Dashboard",
    "Save draft",
    "Submit to",
    "Resubmit",
    "Request changes",
    "Approve",
    "Publish",
    "Comments",
    "Add comment",
    "Awaiting your review",
    "Choose an image",
    "Choose a media item",
    "Upload",
    "Log out",
    "Reports",
    "Settings",
    "Help",
    "Cancel",
    "Preview",
    "Status",
    "History",
)


def new_context(browser, viewport=VIEWPORT, locale="vi-VN"):
    """A browser context (`locale` None: the browser's own, English) whose waits give up after 20 seconds."""
    context = browser.new_context(viewport=viewport, locale=locale)
    context.set_default_timeout(20_000)
    return context


def log_in(page, url, username, password=PASSWORD):
    """Sign `page` in to the admin through its login form, as `username`; it ends on the dashboard."""
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return page


def sign_in(browser, url, username, password=PASSWORD, viewport=VIEWPORT, locale="vi-VN"):
    """A new browser context signed in to the admin as `username`: (context, page), on the dashboard."""
    context = new_context(browser, viewport, locale)
    return context, log_in(context.new_page(), url, username, password)


def footer_button(page, name=None, *, workflow_action=None):
    """A button of the editor's footer action menu, by its label (or a pattern) or its workflow action ("approve",
    "request_changes"; the first such button, the one without a comment), opening the dropdown when it is inside."""
    footer = page.locator("footer")
    if workflow_action:
        button = footer.locator(f"button[data-workflow-action-name='{workflow_action}']").first
    else:
        button = footer.get_by_role("button", name=name, exact=True).first  # `exact` is ignored for a pattern
    if not button.is_visible():
        footer.locator("[data-w-dropdown-target='toggle']").first.click()
    return button


def fill_date(page, selector, value):
    """Type `value` (YYYY-MM-DD) into one of Wagtail's date fields, then close its calendar as an editor does, by
    clicking outside it (on the header's empty middle). The jQuery calendar opens a moment after the field takes
    focus, and Escape does not close it; left open, it lengthens the page, and its closing on the next click
    scrolls the page under the pointer, so that click lands beside its button."""
    from playwright.sync_api import expect

    page.locator(selector).fill(value)
    calendar = page.locator(".xdsoft_datetimepicker:visible")
    expect(calendar).to_have_count(1)
    header = page.locator(".w-slim-header")
    header.click(position={"x": header.bounding_box()["width"] / 2, "y": 25})
    expect(calendar).to_have_count(0)


def footer_labels(page):
    """Every action the editor's footer offers (the dropdown's too), as the user reads them."""
    return [label.strip() for label in page.locator("footer button, footer a").all_inner_texts() if label.strip()]


def make_role_user(username, role, password=PASSWORD, language="vi"):
    """A newsroom user of `role` (a role key), not a superuser, with `language` as the admin language."""
    from wagtail.users.models import UserProfile

    from thainguyen_portal.editorial.factories import UserFactory

    user = UserFactory(username=username, role=role, password=password)
    assert not user.is_superuser
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=language)
    return user


def make_administrator(username):
    """The portal's administrator: the "Quản trị hệ thống" group, not a superuser, Vietnamese admin."""
    from thainguyen_portal.editorial.roles import ADMINISTRATORS

    return make_role_user(username, ADMINISTRATORS)


def create_user_in_admin(page, url, username, group_name, first_name="Nguyễn Thị", last_name="Hoa", password=PASSWORD):
    """The signed-in administrator adds a user through /admin/users/new/: the account, Vietnamese as its admin
    language, and the newsroom group `group_name` ticked on the "Roles" tab. Returns the new user."""
    from django.contrib.auth import get_user_model

    page.goto(f"{url}/admin/users/new/")
    page.fill("#id_username", username)
    page.fill("#id_email", f"{username}@thainguyen.gov.vn")
    page.fill("#id_first_name", first_name)
    page.fill("#id_last_name", last_name)
    page.select_option("#id_admin_language", "vi")
    page.fill("#id_password1", password)
    page.fill("#id_password2", password)
    page.locator("#tab-label-roles").click()
    page.locator("#tab-roles").get_by_label(group_name, exact=True).check()
    assert page.locator("#id_is_superuser").count() == 0 or not page.locator("#id_is_superuser").is_checked()
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url("**/admin/users/")
    user = get_user_model().objects.get(username=username)
    assert not user.is_superuser
    assert [group.name for group in user.groups.all()] == [group_name]
    assert user.wagtail_userprofile.preferred_language == "vi"
    return user


def english_interface_strings(page):
    """The English interface labels (ENGLISH_INTERFACE) the current screen shows."""
    text = page.locator("body").inner_text()
    return [label for label in ENGLISH_INTERFACE if re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text)]


def awaiting_review(page):
    """The dashboard's "Đang chờ bạn duyệt" panel (Wagtail's "Awaiting your review")."""
    return page.locator("section.w-panel", has=page.get_by_role("heading", name="Đang chờ bạn duyệt"))


def users_made_by_administrator(browser, url, users, password=PASSWORD):
    """An administrator (made by `make_administrator`, not a superuser) creates each user of `users` through the
    admin's "add user" form: `users` is a list of (username, role key, first name, last name); each gets the group
    `setup_newsroom` makes for its role. Returns the users, in order."""
    from thainguyen_portal.editorial.roles import role
    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    administrator = make_administrator(f"quantri-{users[0][0]}")
    context, page = sign_in(browser, url, administrator.username)
    try:
        return [
            create_user_in_admin(page, url, username, role(key).name, first_name, last_name, password=password)
            for username, key, first_name, last_name in users
        ]
    finally:
        context.close()


def open_side_panel(page, name):
    """Open the page editor's side panel `name` ("status", "comments") and return it once it is shown.

    A click that lands before Wagtail's scripts have wired the toggle does nothing (seen in CI: the status panel read
    empty): the toggle is clicked again until the panel shows, for at most three tries."""
    panel = page.locator(f"[data-side-panel='{name}']")
    for _attempt in range(3):
        page.locator(f"[data-side-panel-toggle='{name}']").click()
        try:
            panel.wait_for(state="visible", timeout=5_000)
            return panel
        except PlaywrightTimeoutError:
            continue
    panel.wait_for(state="visible", timeout=5_000)  # fails with Playwright's message
    return panel
