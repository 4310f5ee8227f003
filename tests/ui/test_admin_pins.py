"""The PIN page at the corner: setup only with the code, a closed area, changes, lockout (P7).

The admin area as the kiosk builds it, with the real task runner, records file and PIN
record; what booth decides is tested in tests/booth/test_pin_store.py, this is what the
person at the corner sees and can do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from booth.admin_auth import Role
from booth.paths import DataLayout
from booth.pin_record import PinState
from booth.pin_store import PinStore
from booth.tasks import TaskRunner
from tests.conftest import quick_settings
from tests.support.pins import MANAGER, STAFF, provision
from tests.ui.test_admin import choose_role, type_pin
from ui.screens.admin.admin_area import AdminArea, AdminContext
from ui.screens.admin.pin_page import Step


@pytest.fixture
def area(qtbot, layout: DataLayout) -> Iterator[AdminArea]:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    screen = AdminArea(AdminContext(layout=layout, settings=quick_settings(), runner=runner))
    qtbot.addWidget(screen)
    screen.resize(1600, 900)
    screen.show()
    try:
        yield screen
    finally:
        screen._watch(False)
        runner.wait_idle()


def open_area(qtbot, area: AdminArea) -> None:  # type: ignore[no-untyped-def]
    area.open()
    qtbot.waitUntil(lambda: area.step is not Step.CHECKING, timeout=5000)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def audit(layout: DataLayout) -> list[tuple[str, str]]:
    with sqlite3.connect(layout.database) as conn:
        return [(r[0], r[1]) for r in conn.execute("SELECT action, outcome FROM audit_log")]


def test_setup_left_after_the_staff_pin_is_not_finished_by_the_next_person(
    qtbot,  # type: ignore[no-untyped-def]
    area: AdminArea,
    layout: DataLayout,
) -> None:
    """P7: setup stopped after the staff PIN used to hand the next person at the corner the
    manager PIN step. Now nothing is saved until both PINs are chosen, and the next person
    is asked for the setup code."""
    code = PinStore(layout).issue_setup_code(actor="cli:installer")
    open_area(qtbot, area)
    assert area.step is Step.SETUP_CODE
    type_pin(qtbot, area, code)
    qtbot.waitUntil(lambda: area.step is Step.SETUP_STAFF, timeout=5000)
    type_pin(qtbot, area, STAFF)
    type_pin(qtbot, area, STAFF)
    assert area.step is Step.SETUP_MANAGER
    click(qtbot, area.pad.cancel_button)  # walks away
    assert not PinStore(layout).path.exists(), "nothing saved half-way"
    open_area(qtbot, area)
    assert area.step is Step.SETUP_CODE, "the next person needs the code, not a manager PIN"
    assert area.pad.dots.text() == "—", "nothing of the last person's typing is left"
    type_pin(qtbot, area, MANAGER)
    qtbot.waitUntil(lambda: "not the setup code" in area.pad.message.text(), timeout=5000)
    assert area.step is Step.SETUP_CODE
    qtbot.waitUntil(lambda: ("admin.setup_code", "wrong_code") in audit(layout), timeout=5000)


def test_a_deleted_pin_file_closes_the_area_even_during_a_lockout(
    qtbot,  # type: ignore[no-untyped-def]
    area: AdminArea,
    layout: DataLayout,
) -> None:
    """P7: deleting admin-pins.json during a lockout used to open first-start setup to
    whoever was at the corner. Now the area is closed, with no keys, and says how to
    provision the kiosk again; it never says to delete a file."""
    pins = provision(layout)
    open_area(qtbot, area)
    while "locked" not in area.pad.message.text():
        type_pin(qtbot, area, "9999")
        qtbot.waitUntil(lambda: area.pad.message.text() != "", timeout=5000)
    pins.path.unlink()
    area.lock()
    open_area(qtbot, area)
    assert area.step is Step.CLOSED
    assert not area.pad.keypad.isVisible() and not area.pin_page.role_row.isVisible()
    message = area.pad.message.text()
    assert "photobooth-kiosk pins setup-code" in message and "missing" in message
    assert "delete" not in message.lower()
    assert area.pad.title.text() == "The admin area is closed"
    click(qtbot, area.pad.cancel_button)
    assert area.session is None
    closed = ("admin.pins_closed", PinState.MISSING.value)
    qtbot.waitUntil(lambda: closed in audit(layout), timeout=5000)


def test_staff_change_their_pin_and_the_manager_resets_it_from_the_admin_area(
    qtbot,  # type: ignore[no-untyped-def]
    area: AdminArea,
    layout: DataLayout,
) -> None:
    """P7: each role changes its own PIN with its current one, the manager resets staff's,
    and a weak PIN is refused with the rule it broke."""
    provision(layout)
    open_area(qtbot, area)
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    click(qtbot, area.change_pin_button)
    assert area.step is Step.CHANGE_CURRENT
    assert not area.pin_page.role_row.isVisible(), "staff change their own PIN, nobody else's"
    assert area.pad.title.text() == "Type your current staff PIN"
    type_pin(qtbot, area, STAFF)
    type_pin(qtbot, area, "1234")
    assert area.step is Step.CHANGE_NEW
    assert area.pad.message.text() == (
        "That PIN is a run of digits (like 1234 or 4321): choose another."
    )
    type_pin(qtbot, area, "7305")
    type_pin(qtbot, area, "7305")
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.pin_notice.text() == "The staff PIN was changed." and area.pin_notice.isVisible()
    click(qtbot, area.lock_button)
    assert not area.pin_notice.isVisible()

    open_area(qtbot, area)
    choose_role(qtbot, area, Role.MANAGER)
    type_pin(qtbot, area, MANAGER)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    click(qtbot, area.change_pin_button)
    assert area.pad.title.text() == "Change the manager PIN: type your manager PIN"
    click(qtbot, area.pin_page.role_buttons[Role.STAFF])
    assert area.pad.title.text() == "Reset the staff PIN: type your manager PIN"
    type_pin(qtbot, area, "9999")
    qtbot.waitUntil(lambda: "tries left" in area.pad.message.text(), timeout=5000)
    assert area.step is Step.CHANGE_CURRENT, "a wrong current PIN is asked again"
    type_pin(qtbot, area, MANAGER)
    type_pin(qtbot, area, "90817")
    type_pin(qtbot, area, "90817")
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.pin_notice.text() == "The staff PIN was reset."
    click(qtbot, area.change_pin_button)
    click(qtbot, area.pad.cancel_button)
    assert area.step is Step.HOME and area.session is not None, "cancel goes back inside"
    pins = PinStore(layout)
    assert pins.verify(Role.STAFF, "90817").role is Role.STAFF
    assert pins.verify(Role.STAFF, "7305").role is None
    with sqlite3.connect(layout.database) as conn:
        changes = conn.execute(
            "SELECT actor, details FROM audit_log WHERE action = 'admin.pin_set' ORDER BY seq"
        ).fetchall()[2:]
    assert changes == [
        ("kiosk-admin:staff", '{"how":"change","role":"staff"}'),
        ("kiosk-admin:manager", '{"how":"reset","role":"staff"}'),
    ]


def test_a_visitor_locking_the_staff_pad_leaves_the_manager_a_way_in(
    qtbot,  # type: ignore[no-untyped-def]
    area: AdminArea,
    layout: DataLayout,
) -> None:
    """P7: the pad starts on staff and counts per role, so taps at the corner lock staff only."""
    provision(layout)
    open_area(qtbot, area)
    assert area.pin_page.role is Role.STAFF and area.pad.title.text() == "Staff PIN"
    while "locked" not in area.pad.message.text():
        type_pin(qtbot, area, "9999")
        qtbot.waitUntil(lambda: area.pad.message.text() != "", timeout=5000)
    type_pin(qtbot, area, STAFF)
    qtbot.waitUntil(lambda: "Try again in" in area.pad.message.text(), timeout=5000)
    choose_role(qtbot, area, Role.MANAGER)
    assert area.pad.title.text() == "Manager PIN"
    type_pin(qtbot, area, MANAGER)
    qtbot.waitUntil(lambda: area.step is Step.HOME, timeout=5000)
    assert area.session is not None and area.session.role is Role.MANAGER
