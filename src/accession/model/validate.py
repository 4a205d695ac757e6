"""Shared validators for the domain model: ISO codes, dates, ranges, closed vocabularies.

They raise `ValidationError` naming the bad value and what is allowed, because a user who
typed `UKRR` needs the fix, not a stack trace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

import pycountry

from accession.errors import DateError, ValidationError

# Codes in use that ISO 3166-1 has not assigned (Kosovo's user-assigned code).
# Codes outside ISO 3166-1's current list: Kosovo (user-assigned) and three historical
# states older stories name (ISO 3166-3's former codes)
EXTRA_ISO3 = {"XKX": "Kosovo", "SUN": "Soviet Union", "YUG": "Yugoslavia", "CSK": "Czechoslovakia"}


@cache
def _iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(EXTRA_ISO3)


def iso3(code: str, what: str = "country code") -> str:
    """Return the upper-cased ISO 3166-1 alpha-3 code or raise naming it."""
    value = (code or "").strip().upper()
    if value not in _iso3_codes():
        raise ValidationError(
            f"unknown {what} {code!r}: expected an ISO 3166-1 alpha-3 code such as UKR, HUN, SWE"
        )
    return value


def country_name(code: str) -> str:
    """Common English name of an ISO3 code (pycountry's common name where it has one)."""
    if code in EXTRA_ISO3:
        return EXTRA_ISO3[code]
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def parse_date(value: str | dt.date | None, what: str = "date") -> dt.date | None:
    """Parse an ISO date (YYYY-MM-DD); empty means unknown. Impossible dates are errors."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DateError(f"invalid {what} {value!r}: expected YYYY-MM-DD, e.g. 2024-12-04") from None


def require_date(value: str | dt.date | None, what: str = "date") -> dt.date:
    d = parse_date(value, what)
    if d is None:
        raise DateError(f"missing {what}: expected YYYY-MM-DD, e.g. 2024-12-04")
    return d


def date_range(
    start: dt.date | None, end: dt.date | None, what: str = "range"
) -> tuple[dt.date | None, dt.date | None]:
    if start is not None and end is not None and end < start:
        raise ValidationError(f"{what} ends ({end}) before it starts ({start})")
    return start, end


def one_of(value: str, allowed: Iterable[str], what: str) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(f"unknown {what} {value!r}; allowed: {', '.join(allowed)}")
    return value
