"""The kiosk's settings schema as head office's profile rules (``headoffice.profiles``).

Head office sits below booth in the house and cannot read the settings schema itself; the
command line and the console are given this object when they start, so a profile is
checked by the same rules (``booth.settings_profile``) wherever it is set.
"""

from __future__ import annotations

from typing import Any

from booth.settings_profile import PROFILE_FIELDS, ProfileError, check_opens, parse_profile
from headoffice.profiles import ProfileRefused


class KioskProfileRules:
    fields: tuple[str, ...] = PROFILE_FIELDS

    def check(self, document: Any, group: str) -> dict[str, Any]:
        try:
            checked = parse_profile(document, group)
            check_opens(checked)
        except ProfileError as exc:
            raise ProfileRefused(str(exc)) from None
        return checked.as_document()


RULES = KioskProfileRules()
