"""The petitions sent through the public form are the desk's: editors, approvers and administrators open them in
the admin; reporters, collaborators and the gazette's people do not."""

import pytest

from gazette.area import GAZETTE_OFFICERS
from thainguyen_portal.editorial.roles import (
    ADMINISTRATORS,
    APPROVERS,
    COLLABORATORS,
    EDITORS,
    REPORTERS,
    TRANSLATORS,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (EDITORS, True),
        (APPROVERS, True),
        (ADMINISTRATORS, True),
        (REPORTERS, False),
        (COLLABORATORS, False),
        (GAZETTE_OFFICERS, False),
        (TRANSLATORS, False),
    ],
)
def test_petition_inbox_is_the_desks(client, newsroom, role, allowed):
    user = newsroom.users[role]
    assert user.has_perm("petitions.view_petitionsubmission") is allowed
    assert user.has_perm("petitions.change_petitionsubmission") is allowed
    assert not user.has_perm("petitions.delete_petitionsubmission")
    client.force_login(user)
    response = client.get("/admin/petition-submissions/")
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)
