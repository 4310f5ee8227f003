"""The profile layer on its own: defaults < profile < the kiosk's own, locks, and a kiosk that
never stops for a profile file it cannot read."""

from __future__ import annotations

import pytest

from booth.paths import DataLayout
from booth.settings import Settings
from booth.settings_profile import (
    PROFILE_FILE,
    ProfileError,
    effective_settings,
    layered,
    load_profile,
    local_after_edit,
    parse_profile,
    refused_profile,
    store_pulled,
)

DOCUMENT = {
    "group": "north",
    "settings": {"flow": {"countdown_s": 5, "max_retakes": 1}, "retention": {"delivered_days": 2}},
    "locked": ["retention.delivered_days"],
}


def _own(**flow: object) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"flow": settings.flow.model_copy(update=flow)})


def test_the_kiosks_own_value_wins_over_the_profile_except_where_locked() -> None:
    profile = parse_profile(DOCUMENT)
    own = _own(max_retakes=4)
    own = own.model_copy(
        update={"retention": own.retention.model_copy(update={"delivered_days": 9})}
    )
    effective = layered(own, profile)
    assert effective.flow.countdown_s == 5, "default < profile"
    assert effective.flow.max_retakes == 4, "profile < the kiosk's own"
    assert effective.retention.delivered_days == 2, "locked: the profile's, whatever the kiosk says"
    assert layered(own, None) == own


def test_a_form_save_writes_only_the_kiosks_own_values() -> None:
    profile = parse_profile(DOCUMENT)
    own = Settings()
    effective = layered(own, profile)
    edited = effective.model_copy(
        update={"flow": effective.flow.model_copy(update={"idle_timeout_s": 90})}
    )
    local, errors = local_after_edit(own, edited, {"flow.idle_timeout_s"}, profile)
    assert errors == {} and local is not None
    assert local.flow.idle_timeout_s == 90
    assert local.flow.countdown_s == 3, "the profile's value is not written into settings.json"
    back_to_default = effective.model_copy(
        update={"flow": effective.flow.model_copy(update={"countdown_s": 3})}
    )
    local, errors = local_after_edit(own, back_to_default, {"flow.countdown_s"}, profile)
    assert local is None and "cannot be chosen over it" in errors["flow.countdown_s"]


@pytest.mark.parametrize(
    ("document", "said"),
    [
        ([], "a profile is a JSON object"),
        ({"settings": []}, "'settings' must be a JSON object"),
        ({"settings": {"store": {"kiosk_id": "x"}}}, "store.kiosk_id cannot be set by a profile"),
        ({"settings": {"flow": {"languages": ["en", "en"]}}}, "a language is listed twice"),
        ({"settings": {}, "locked": "flow.countdown_s"}, "'locked' must be a list"),
    ],
)
def test_a_profile_that_breaks_a_rule_says_which(document: object, said: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(document)
    assert said in str(caught.value)


def test_a_damaged_profile_file_means_no_profile_and_the_next_pull_writes_it_again(
    layout: DataLayout,
) -> None:
    (layout.root / PROFILE_FILE).write_text("{ half a file")
    assert load_profile(layout) is None
    assert effective_settings(layout, Settings()) == Settings()
    assert store_pulled(layout, DOCUMENT) == "applied"
    profile = load_profile(layout)
    assert profile is not None and profile.group == "north"
    assert store_pulled(layout, {"settings": {"flow": {"countdown_s": "x"}}}) == "refused"
    assert refused_profile(layout) is not None
    assert load_profile(layout) == profile, "the last good profile stays"
    assert store_pulled(layout, None) == "removed"
    assert load_profile(layout) is None and refused_profile(layout) is None
