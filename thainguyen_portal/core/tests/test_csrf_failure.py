"""A form sent without a valid CSRF token: the portal's own page, in the reader's language, not Django's."""

import pytest
from django.test import Client


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "heading", "home"),
    [
        ("/", "Không gửi được biểu mẫu", 'href="/"'),
        ("/en/", "The form could not be sent", 'href="/en/"'),
    ],
)
def test_a_form_without_its_security_check_gets_the_portals_page(site_tree, path, heading, home):
    response = Client(enforce_csrf_checks=True).post(path, {"email": "ban-doc@example.vn"})

    assert response.status_code == 403
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert home in html  # the way back to the reader's home page
    assert '<meta name="robots" content="noindex">' in html
    assert "CSRF" not in html  # Django's technical page names it; the reader's does not
    assert "no-cache" in response["Cache-Control"]
