"""Table test of reading, validating and normalising numbers and symbols (số, ký hiệu)."""

import pytest

from gazette.numbers import InvalidNumber, parse_number, parse_partial_number

VALID = [
    # typed                              canonical              key (permanent slug)
    ("15/2026/QĐ-UBND", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("15/2026/qđ-ubnd", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("15/2026/qd-ubnd", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("15 2026 QD UBND", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("  15 / 2026 / QĐ - UBND ", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("Số 15/2026/QĐ-UBND", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("số: 15/2026/QĐ-UBND", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("15-2026-qd-ubnd", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("15_2026_QD_UBND", "15/2026/QĐ-UBND", "15-2026-qd-ubnd"),
    ("05/2026/NQ-HĐND", "05/2026/NQ-HĐND", "5-2026-nq-hdnd"),
    ("5/2026/nq-hdnd", "5/2026/NQ-HĐND", "5-2026-nq-hdnd"),
    ("12/2025/CT-UBND", "12/2025/CT-UBND", "12-2025-ct-ubnd"),
    ("125/QĐ-UBND", "125/QĐ-UBND", "125-qd-ubnd"),
    ("1234/qd ubnd", "1234/QĐ-UBND", "1234-qd-ubnd"),
    ("88/KH-UBND", "88/KH-UBND", "88-kh-ubnd"),
    ("45/TTr-UBND", "45/TTr-UBND", "45-ttr-ubnd"),
    ("45/ttr-ubnd", "45/TTr-UBND", "45-ttr-ubnd"),
    ("3/2026/QĐ-CT", "3/2026/QĐ-CT", "3-2026-qd-ct"),
    ("No. 7/2026/QD-UBND", "7/2026/QĐ-UBND", "7-2026-qd-ubnd"),
    ("07.2026.QĐ.UBND", "07/2026/QĐ-UBND", "7-2026-qd-ubnd"),
    ("30/2024/NQ–HĐND", "30/2024/NQ-HĐND", "30-2024-nq-hdnd"),  # an en dash, as word processors type it
    ("2/2026/HD-SKHĐT", "2/2026/HD-SKHĐT", "2-2026-hd-skhdt"),
    ("99999/2026/QĐ-UBND", "99999/2026/QĐ-UBND", "99999-2026-qd-ubnd"),
]

INVALID = [
    "",
    "   ",
    "QĐ-UBND",  # no number
    "abc/2026/QĐ-UBND",
    "0/2026/QĐ-UBND",  # number zero
    "123456/2026/QĐ-UBND",  # more than five digits
    "15/1800/QĐ-UBND",  # year out of range
    "15/26/QĐ-UBND",  # two-digit year
    "15/2026/QĐ",  # no issuing body
    "15/2026",  # no symbol
    "15",
    "15/2026/QĐ1-UBND",  # digits inside the symbol
    "15/2026/QĐ-UBND/2027",
    "15/2026/QUYETDINHCUAUBND-UBND",  # a symbol part too long
]


@pytest.mark.parametrize("typed,canonical,key", VALID)
def test_valid_numbers_are_normalised(typed, canonical, key):
    parsed = parse_number(typed)
    assert parsed.canonical == canonical
    assert parsed.key == key


@pytest.mark.parametrize("typed", INVALID)
def test_invalid_numbers_are_refused_with_a_reason(typed):
    with pytest.raises(InvalidNumber) as error:
        parse_number(typed)
    assert str(error.value.message)


def test_the_table_has_at_least_twenty_forms():
    assert len(VALID) + len(INVALID) >= 20


@pytest.mark.parametrize(
    "typed,expected",
    [("15", (15, None)), ("15/2026", (15, 2026)), ("số 15 2026", (15, 2026)), ("0", None), ("quy hoạch", None)],
)
def test_partial_numbers(typed, expected):
    partial = parse_partial_number(typed)
    assert (partial and (partial.number, partial.year)) == expected
