"""core.pages.filters: a query string's days in the forms readers write; a malformed one is dropped with a message
naming it, never an error."""

import datetime

from django.http import QueryDict
from django.utils import translation

from thainguyen_portal.core.pages.filters import ISO_ONLY, query_dates


def test_iso_and_vietnamese_days_are_read():
    days, problems = query_dates(QueryDict("from=2026-11-26&to=30/11/2026"), "from", "to")
    assert days == {"from": datetime.date(2026, 11, 26), "to": datetime.date(2026, 11, 30)}
    assert problems == []


def test_a_malformed_or_out_of_range_day_is_dropped_with_a_message_naming_it():
    with translation.override("en"):
        days, problems = query_dates(QueryDict("from=2026-13-45&to=0001-01-01&day= "), "from", "to", "day")
    assert days == {}
    assert problems == [
        "“2026-13-45” is not a date: use the form YYYY-MM-DD.",
        "“0001-01-01” is not a date: use the form YYYY-MM-DD.",
    ]


def test_a_listing_that_asks_for_iso_days_refuses_the_vietnamese_order():
    days, problems = query_dates(QueryDict("date=20/11/2026"), "date", formats=ISO_ONLY)
    assert days == {} and len(problems) == 1
