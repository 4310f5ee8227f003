"""The settings form shows what head office's profile locks as read-only, "set by head office"."""

from __future__ import annotations

from pathlib import Path

from booth.admin_auth import Role
from booth.admin_services import head_office_locks
from booth.paths import DataLayout
from booth.settings import Settings, load_settings, save_settings
from booth.settings_profile import effective_settings, store_pulled
from ui.screens.admin.settings_form import SettingsForm

PROFILE = {
    "group": "north",
    "settings": {"flow": {"countdown_s": 5, "languages": ["en", "fr"]}},
    "locked": ["flow.countdown_s"],
}


def test_a_locked_field_is_read_only_for_every_role_and_a_forced_edit_is_refused(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    layout = DataLayout(tmp_path / "data").create()
    save_settings(layout.settings_file, Settings())
    assert store_pulled(layout, PROFILE) == "applied"
    settings = effective_settings(layout, load_settings(layout.settings_file))
    form = SettingsForm(settings, lambda: layout.settings_file, locks=head_office_locks(layout))
    qtbot.addWidget(form)
    form.resize(1600, 1000)
    form.show()
    for role in (Role.STAFF, Role.MANAGER):
        form.set_role(role)
        countdown = form.editors["flow.countdown_s"]
        assert countdown.isReadOnly() and countdown.text() == "5"  # type: ignore[union-attr]
        assert "Set by head office (group north)" in form.help_labels["flow.countdown_s"].text()
        languages = form.editors["flow.languages"]
        assert not languages.isReadOnly(), "an unlocked profile field stays the kiosk's"  # type: ignore[union-attr]
    form.scroll_area.ensureWidgetVisible(form.editors["flow.countdown_s"])
    qtbot.wait(50)  # the layout settles after the role's notes changed
    form.grab().save(str(Path("/tmp") / "profile-locked-form.png"))
    form.editors["flow.countdown_s"].setText("9")  # type: ignore[union-attr]
    form.save()
    assert form.errors["flow.countdown_s"].text().startswith("set by head office (group north)")
    assert load_settings(layout.settings_file).flow.countdown_s == 3, "nothing written"
