"""Schema errors in plain words for the staff settings form.

pydantic's own sentences ("Input should be greater than or equal to 10") read like code to
the person behind the counter; the form shows what to type instead. The store's own rules
(our validators) already speak plainly and pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_WORDS: dict[str, str] = {
    "greater_than_equal": "Use a number of {ge} or more.",
    "greater_than": "Use a number above {gt}.",
    "less_than_equal": "Use a number of {le} or less.",
    "less_than": "Use a number below {lt}.",
    "int_parsing": "Use a whole number, such as 30.",
    "int_from_float": "Use a whole number, such as 30.",
    "float_parsing": "Use a number, such as 2.5.",
    "bool_parsing": "Use yes or no.",
    "string_too_short": "Type at least {min_length} characters.",
    "string_too_long": "Use at most {max_length} characters.",
    "too_short": "Give at least {min_length}.",
    "too_long": "Give at most {max_length}.",
    "missing": "This is needed.",
    "literal_error": "Choose one of: {expected}.",
    "enum": "Choose one of: {expected}.",
    "string_pattern_mismatch": "This is not in the form this setting takes.",
    "url_parsing": "Type a whole web address, starting with https://.",
    "url_scheme": "Type a whole web address, starting with https://.",
}


def plain_error(item: Mapping[str, Any]) -> str:
    """One error of ``ValidationError.errors()``, as the settings form says it."""
    message = str(item.get("msg", "")).removeprefix("Value error, ")
    words = _WORDS.get(str(item.get("type", "")))
    if words is None:
        return message
    try:
        return words.format(**dict(item.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        return message
