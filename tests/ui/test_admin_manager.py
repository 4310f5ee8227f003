"""The manager screens (#6): records, outbox, social export, audit, driven like a manager would.

A real records file (tests/consent/helpers.visit), the real task runner, the admin area as the
kiosk builds it; every action goes through booth.manager_services, as the command line does.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.records_file import open_records
from booth.tasks import TaskRunner
from consent import holds
from consent.clock import iso, utcnow
from tests.conftest import quick_settings
from tests.consent.helpers import scalar, visit
from tests.support.pins import MANAGER, STAFF, provision
from tests.ui.test_admin import audit_actions, choose_role, type_pin
from ui.screens.admin.admin_area import AdminArea, AdminContext, Step


def real_jpeg() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (600, 800), (176, 141, 87)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def area(qtbot, layout: DataLayout) -> Iterator[AdminArea]:  # type: ignore[no-untyped-def]
    provision(layout)
    runner = TaskRunner()
    screen = AdminArea(AdminContext(layout=layout, settings=quick_settings(), runner=runner))
    qtbot.addWidget(screen)
    screen.resize(1600, 900)
    screen.show()
    screen.open()
    try:
        yield screen
    finally:
        screen._watch(False)
        runner.wait_idle()


def sign_in(qtbot, area: AdminArea, pin: str = MANAGER) -> None:  # type: ignore[no-untyped-def]
    choose_role(qtbot, area, Role.MANAGER if pin == MANAGER else Role.STAFF)
    type_pin(qtbot, area, pin)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ready(button) -> bool:  # type: ignore[no-untyped-def]
    """What a person sees as tappable: there, shown and enabled."""
    return button is not None and button.isVisible() and button.isEnabled()


def find(qtbot, area: AdminArea, text: str) -> None:  # type: ignore[no-untyped-def]
    records = area.records
    area.tabs.setCurrentWidget(records)
    records.search_page.search_field.setText(text)
    click(qtbot, records.search_page.search_button)
    qtbot.waitUntil(lambda: records.pages.currentWidget() is records.person_page, timeout=5000)


def message_after(qtbot, records, words: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: words in records.person_page.message.text(), timeout=5000)
    return str(records.person_page.message.text())


def test_staff_cannot_see_the_manager_tabs(qtbot, area: AdminArea) -> None:  # type: ignore[no-untyped-def]
    """P5, P7: records, exports and the audit log are the manager's alone."""
    sign_in(qtbot, area, STAFF)
    for tab in (area.records, area.outbox, area.social_export, area.audit_tab):
        assert not area.manager_tab_visible(tab)
    area.lock()
    area.open()
    sign_in(qtbot, area, MANAGER)
    for tab in (area.records, area.outbox, area.social_export, area.audit_tab):
        assert area.manager_tab_visible(tab)


def test_search_finds_a_person_and_shows_visits_photos_consents(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    """P3, P5: the person's visits, photo, consents with their notice version, deliveries."""
    first = visit(layout, publish=True, photo=real_jpeg())
    visit(layout, name="Ada L.", email="ada@example.com")
    visit(layout, name="Grace Hopper", email="grace@example.com")
    sign_in(qtbot, area)
    find(qtbot, area, " ADA@example.com ")
    records = area.records
    assert records.document is not None
    assert len(records.document["visits"]) == 2
    assert "2 visit(s)" in records.person_page.person_title.text()
    texts = [
        w.text()
        for w in records.person_page.visits_body.findChildren(type(records.person_page.message))
    ]
    joined = "\n".join(texts)
    assert "store store-9, kiosk kiosk-3" in joined
    assert "publish social: given" in joined and " v" in joined
    assert "email: queued" in joined
    assert "Grace" not in joined
    qtbot.waitUntil(
        lambda: (
            records.thumbs[first.visit_id].pixmap() is not None
            and not records.thumbs[first.visit_id].pixmap().isNull()
        ),
        timeout=5000,
    )
    assert records.thumbs[first.visit_id].pixmap().width() <= 150
    qtbot.waitUntil(
        lambda: ("records.find", "kiosk-admin:manager", "ok") in audit_actions(layout),
        timeout=5000,
    )
    area.lock()
    field = records.search_page.search_field
    assert records.document is None and field.text() == ""
    assert not field.isUndoAvailable(), "P7: Ctrl+Z does not bring the address back"
    assert records.pages.currentWidget() is records.search_page, "nothing stays on screen"


def test_unknown_person_is_said_on_screen(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    visit(layout)
    sign_in(qtbot, area)
    records = area.records
    area.tabs.setCurrentWidget(records)
    records.search_page.search_field.setText("nobody@example.com")
    click(qtbot, records.search_page.search_button)
    qtbot.waitUntil(
        lambda: "Nobody found" in records.search_page.search_message.text(), timeout=5000
    )


def test_erase_needs_the_typed_word_then_leaves_no_row(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    """P5: erasure through the screen; the refusal and the erasure are audited."""
    v = visit(layout, publish=True)
    sign_in(qtbot, area)
    find(qtbot, area, "ada@example.com")
    records = area.records
    assert not records.rights.erase_button.isEnabled()
    # Typed on the admin area's own touch keyboard: a kiosk has no hardware keyboard.
    click(qtbot, records.rights.erase_confirm)
    qtbot.waitUntil(area.keyboard.isVisible, timeout=2000)
    for key in "eras":
        click(qtbot, area.keyboard.key(key))
    assert records.rights.erase_confirm.text().upper() == "ERAS"
    assert not records.rights.erase_button.isEnabled(), "only the whole word ERASE enables it"
    click(qtbot, area.keyboard.key("e"))
    assert records.rights.erase_button.isEnabled()
    click(qtbot, records.rights.erase_button)
    qtbot.waitUntil(
        lambda: "Erased: 1 visit(s)" in records.search_page.search_message.text(), timeout=5000
    )
    assert records.pages.currentWidget() is records.search_page
    assert scalar(layout, "SELECT count(*) FROM visits") == 0
    assert scalar(layout, "SELECT count(*) FROM consents") == 0
    assert scalar(layout, "SELECT count(*) FROM deliveries") == 0
    assert not list(layout.photos.glob(f"{v.visit_id}*"))
    assert ("records.erase", "kiosk-admin:manager", "ok") in audit_actions(layout)


def test_erase_service_refuses_without_the_word(layout) -> None:  # type: ignore[no-untyped-def]
    """P5: the confirmation rule lives in the service, not only in the screen."""
    from booth import manager_services as ms

    v = visit(layout)
    subject = str(scalar(layout, "SELECT subject_id FROM visits WHERE id = ?", v.visit_id))
    with pytest.raises(ms.RightsError, match="not confirmed"):
        ms.erase_person(layout, quick_settings(), "kiosk-admin:manager", subject, "erase it")
    assert scalar(layout, "SELECT count(*) FROM visits") == 1
    assert ("records.erase", "kiosk-admin:manager", "not_confirmed") in audit_actions(layout)


def test_withdraw_restrict_and_hold_change_the_records(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    """P3, P5: withdrawal is an event (channel admin-screen); restriction holds deliveries; a
    legal hold refuses erasure."""
    v = visit(layout, publish=True)
    sign_in(qtbot, area)
    find(qtbot, area, "ada@example.com")
    records = area.records

    click(qtbot, records.rights.withdraw_button)
    message_after(qtbot, records, "withdrawn on 1 visit(s)")
    qtbot.waitUntil(lambda: not records.rights.withdraw_button.isEnabled(), timeout=5000)
    assert (
        scalar(
            layout,
            "SELECT channel FROM consent_events e JOIN consents c ON c.id = e.consent_id "
            "WHERE c.visit_id = ? AND e.event = 'withdrawn'",
            v.visit_id,
        )
        == "admin-screen"
    )

    click(qtbot, records.rights.restrict_button)
    message_after(qtbot, records, "Restricted")
    assert scalar(layout, "SELECT status FROM deliveries") == "restricted"
    qtbot.waitUntil(
        lambda: records.rights.restrict_button.text() == "Lift the restriction", timeout=5000
    )
    assert "RESTRICTED" in records.person_page.person_title.text()
    click(qtbot, records.rights.restrict_button)
    message_after(qtbot, records, "Restriction lifted")
    assert scalar(layout, "SELECT status FROM deliveries") == "queued"

    records.rights.hold_reason.setText("CASE-42")
    click(qtbot, records.rights.hold_button)
    message_after(qtbot, records, "Legal hold placed")
    assert scalar(layout, "SELECT hold_reason FROM subjects") == "CASE-42"
    records.rights.erase_confirm.setText("ERASE")
    click(qtbot, records.rights.erase_button)
    message_after(qtbot, records, "legal hold")
    assert scalar(layout, "SELECT count(*) FROM visits") == 1, "a legal hold stops erasure"
    qtbot.waitUntil(
        lambda: records.rights.hold_button.text() == "Release the legal hold", timeout=5000
    )
    click(qtbot, records.rights.hold_button)
    message_after(qtbot, records, "Legal hold released")
    assert scalar(layout, "SELECT hold_at FROM subjects") is None

    actions = [a for a in audit_actions(layout) if a[1] == "kiosk-admin:manager"]
    for expected in (
        ("consent.withdraw", "kiosk-admin:manager", "ok"),
        ("records.restrict", "kiosk-admin:manager", "ok"),
        ("records.restrict.lift", "kiosk-admin:manager", "ok"),
        ("records.hold", "kiosk-admin:manager", "ok"),
        ("records.erase", "kiosk-admin:manager", "refused_legal_hold"),
        ("records.release", "kiosk-admin:manager", "ok"),
    ):
        assert expected in actions


def test_the_managers_release_leaves_head_offices_hold_and_says_so(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    """P5: a person head office holds (a legal hold pulled at sync) stays held when the
    manager releases: the screen says head office still holds them, and why."""
    visit(layout)
    database = open_records(layout)
    try:
        (subject,) = database.conn.execute("SELECT subject_id FROM visits").fetchone()
        with database.transaction():
            holds.place(
                database.conn, subject, holds.head_office("h-1"), "court order 9", iso(utcnow())
            )
    finally:
        database.close()
    sign_in(qtbot, area)
    find(qtbot, area, "ada@example.com")
    records = area.records
    qtbot.waitUntil(
        lambda: records.rights.hold_button.text() == "Release the legal hold", timeout=5000
    )
    click(qtbot, records.rights.hold_button)
    said = message_after(qtbot, records, "Head office still holds this person")
    assert "court order 9" in said and "only head office can release" in said
    assert scalar(layout, "SELECT hold_reason FROM subjects WHERE hold_at IS NOT NULL") == (
        "court order 9"
    )


def test_export_and_rectify_through_the_screen(qtbot, area, layout, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """P5: access (a zip for the person) and rectification."""
    visit(layout)
    sign_in(qtbot, area)
    find(qtbot, area, "ada@example.com")
    records = area.records
    out = tmp_path / "usb"
    out.mkdir()
    records.rights.export_folder.setText(str(out))
    click(qtbot, records.rights.export_button)
    message_after(qtbot, records, "Exported with 1 photo(s)")
    assert len(list(out.glob("subject-*.zip"))) == 1
    records.rights.new_name.setText("Ada King")
    click(qtbot, records.rights.rectify_button)
    message_after(qtbot, records, "Corrected on 1 visit(s)")
    qtbot.waitUntil(
        lambda: any(
            "Name: Ada King" in w.text()
            for w in records.person_page.visits_body.findChildren(type(records.person_page.message))
        ),
        timeout=5000,
    )
    records.rights.export_folder.setText(str(tmp_path / "missing"))
    click(qtbot, records.rights.export_button)
    message_after(qtbot, records, "does not exist")


def test_outbox_retry_and_drop_through_the_screen(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    first = visit(layout)
    second = visit(layout, email="grace@example.com")
    with sqlite3.connect(layout.database) as conn:
        conn.execute(
            "UPDATE deliveries SET status = 'failed', last_error = 'mailbox full' WHERE visit_id = ?",
            (first.visit_id,),
        )
        conn.execute("UPDATE deliveries SET status = 'dead' WHERE visit_id = ?", (second.visit_id,))
    ids = {
        vid: str(scalar(layout, "SELECT id FROM deliveries WHERE visit_id = ?", vid))
        for vid in (first.visit_id, second.visit_id)
    }
    sign_in(qtbot, area)
    outbox = area.outbox
    area.tabs.setCurrentWidget(outbox)
    qtbot.waitUntil(lambda: len(outbox.rows) == 2, timeout=5000)
    texts = [outbox.table.item(r, 5).text() for r in range(outbox.table.rowCount())]
    assert "mailbox full" in texts
    click(qtbot, outbox.row_buttons[ids[first.visit_id]]["retry"])
    qtbot.waitUntil(lambda: "queued again" in outbox.message.text(), timeout=5000)
    assert scalar(layout, "SELECT status FROM deliveries WHERE id = ?", ids[first.visit_id]) in (
        "queued",
    )
    # The retry refreshes the tab: wait for the rebuilt row, whose Drop the manager can tap,
    # not for the old one, which stays in row_buttons (disabled) until the refresh lands.
    qtbot.waitUntil(lambda: ready(outbox.row_buttons.get(ids[second.visit_id], {}).get("drop")))
    click(qtbot, outbox.row_buttons[ids[second.visit_id]]["drop"])
    qtbot.waitUntil(lambda: "dropped" in outbox.message.text(), timeout=5000)
    assert scalar(layout, "SELECT status FROM deliveries WHERE id = ?", ids[second.visit_id]) == (
        "dropped"
    )
    actions = audit_actions(layout)
    assert ("outbox.retry", "kiosk-admin:manager", "ok") in actions
    assert ("outbox.drop", "kiosk-admin:manager", "ok") in actions


def test_social_export_writes_the_package(qtbot, area, layout, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """P2, P3: only photos with an active publish consent, with the consent record as proof."""
    published = visit(layout, publish=True)
    visit(layout, email="grace@example.com", publish=False)
    sign_in(qtbot, area)
    tab = area.social_export
    area.tabs.setCurrentWidget(tab)
    assert tab.folder.text(), "a default folder is filled in"
    out = tmp_path / "drive"
    out.mkdir()
    tab.folder.setText(str(out))
    click(qtbot, tab.export_button)
    qtbot.waitUntil(lambda: tab.package is not None, timeout=5000)
    assert "1 photo(s) may be published (1 new" in tab.result.text()
    assert "0 to take down" in tab.result.text()
    (folder,) = out.iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert json.dumps(manifest).count(published.visit_id) >= 1
    assert [p.name for p in (folder / "photos").iterdir()] == [f"{published.visit_id}.jpg"]


def test_audit_tab_lists_entries_and_verify_says_ok(qtbot, area, layout) -> None:  # type: ignore[no-untyped-def]
    """P7: the hash-chained audit log, readable and checkable on screen."""
    visit(layout)
    sign_in(qtbot, area)
    tab = area.audit_tab
    area.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0, timeout=5000)
    actions = [tab.table.item(r, 2).text() for r in range(tab.table.rowCount())]
    assert "admin.sign_in" in actions
    click(qtbot, tab.verify_button)
    qtbot.waitUntil(lambda: tab.verdict.text().startswith("OK"), timeout=5000)
    with sqlite3.connect(layout.database) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        triggers = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ]
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE audit_log SET outcome = 'changed' WHERE seq = 1")
    click(qtbot, tab.verify_button)
    qtbot.waitUntil(lambda: tab.verdict.text().startswith("BROKEN"), timeout=5000)
