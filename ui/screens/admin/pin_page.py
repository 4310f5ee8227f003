"""The way into the admin area: sign-in by role, setup with the code, PIN changes (P7).

One page around the PIN pad, driven by booth.pin_store (every call in the task runner:
scrypt is slow on purpose, and the PIN record lives beside the records file):

* Opening it reads the PIN record's state first. A kiosk whose record is gone, altered or
  never provisioned shows why and how to provision it, with no keys: a missing file is
  never a first start.
* Setup happens only with the one-time setup code (``photobooth-kiosk pins setup-code``):
  the code, then the staff PIN twice, then the manager PIN twice, saved together at the
  end. Someone who walks away half-way leaves nothing saved, and the next person at the
  corner is asked for the code again.
* Signing in names the role (Staff is chosen first: visitors' taps count against staff
  only, never the manager).
* Changing a PIN starts from the admin area: the current PIN of whoever is signed in, then
  the new one twice. The manager first picks whose PIN (their own, or a reset of staff's)
  with the same two role buttons as the sign-in.

Rule messages from booth are shown in the area's language by their reason
(``Weakness``, ``PinState``), not as booth's English sentences.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from booth.admin_auth import Role
from booth.pin_lockout import LockedOut
from booth.pin_record import PinState
from booth.pin_rules import MAX_PIN, PinError, Weakness, WeakPin, check_new_pin
from booth.pin_setup_code import CODE_DIGITS
from booth.pin_store import Attempt, PinsClosed, PinStatus, PinStore, WrongPin, WrongSetupCode
from booth.tasks import Runner
from ui.screens.admin.pin_pad import PinPad
from ui.widgets.common import big_button, card, retext

Audit = Callable[[str, str, str, dict[str, Any] | None], None]  # action, actor, outcome, details


class Step(enum.Enum):
    CHECKING = "checking"
    CLOSED = "closed"
    SETUP_CODE = "setup_code"
    SETUP_STAFF = "setup_staff"
    CONFIRM_STAFF = "confirm_staff"
    SETUP_MANAGER = "setup_manager"
    CONFIRM_MANAGER = "confirm_manager"
    LOGIN = "login"
    CHANGE_CURRENT = "change_current"
    CHANGE_NEW = "change_new"
    CHANGE_CONFIRM = "change_confirm"
    HOME = "home"  # the admin area's own page: this page is hidden


CHANGING = (Step.CHANGE_CURRENT, Step.CHANGE_NEW, Step.CHANGE_CONFIRM)


class PinPage(QWidget):
    signed_in = Signal(object)  # the Role a right PIN opened
    set_up = Signal()  # both PINs chosen with the setup code: the manager is in
    changed = Signal(str)  # a change finished: what to tell the person ("" if cancelled)
    left = Signal()  # cancelled, or locked out while changing: close the area

    def __init__(self, pins: PinStore, runner: Runner, audit: Audit) -> None:
        super().__init__()
        self.pins = pins
        self.runner = runner
        self.audit = audit
        self.step = Step.CHECKING
        self.role = Role.STAFF  # who is signing in
        self._typed: dict[str, str] = {}  # the setup code and first PINs, until saved
        self._change: tuple[Role, Role] | None = None  # (whose PIN, whose authority)
        self._closed_state: PinState | None = None
        self._message = ""  # said again after a language change, like the title
        self._generation = 0  # late results of an abandoned attempt are dropped

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = card()
        box.setFixedWidth(600)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(40, 32, 40, 32)
        roles = QHBoxLayout()
        self.role_buttons: dict[Role, QPushButton] = {}
        for role in Role:
            button = big_button("", partial(self._on_role_chosen, role), "toggle")
            button.setCheckable(True)
            self.role_buttons[role] = button
            roles.addWidget(button, 1)
        self.role_row = QWidget()
        self.role_row.setObjectName("transparent")
        self.role_row.setLayout(roles)
        roles.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.role_row)
        self.pad = PinPad()
        box_layout.addWidget(self.pad)
        # Centred by stretches, not by an alignment flag: an aligned widget keeps its first
        # height, and a prompt that wraps onto more lines (French) would squash the keys.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.pad.entered.connect(self._on_pad_entered)
        self.pad.cancelled.connect(self._on_pad_cancelled)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        retext(self.role_buttons[Role.STAFF], self.tr("Staff"))
        retext(self.role_buttons[Role.MANAGER], self.tr("Manager"))
        self.pad.set_title(self._title())
        if self._closed_state is not None:
            self.pad.set_message(self._closed_text(self._closed_state))

    def _title(self) -> str:
        step, change = self.step, self._change
        target = by = Role.STAFF
        if change is not None:
            target, by = change
        staff_target = target is Role.STAFF
        titles = {
            Step.CLOSED: self.tr("The admin area is closed"),
            Step.LOGIN: self.tr("Staff PIN") if self.role is Role.STAFF else self.tr("Manager PIN"),
            Step.SETUP_CODE: self.tr(
                "Setup: type the setup code given when the kiosk was installed"
            ),
            Step.SETUP_STAFF: self.tr("Setup: choose the staff PIN (4 to 8 digits)"),
            Step.CONFIRM_STAFF: self.tr("Type the staff PIN again"),
            Step.SETUP_MANAGER: self.tr(
                "Now choose the manager PIN (different from the staff PIN)"
            ),
            Step.CONFIRM_MANAGER: self.tr("Type the manager PIN again"),
            Step.CHANGE_CURRENT: self.tr("Type your current staff PIN")
            if by is Role.STAFF
            else self.tr("Reset the staff PIN: type your manager PIN")
            if staff_target
            else self.tr("Change the manager PIN: type your manager PIN"),
            Step.CHANGE_NEW: self.tr("Choose the new staff PIN (4 to 8 digits)")
            if staff_target
            else self.tr("Choose the new manager PIN (4 to 8 digits)"),
            Step.CHANGE_CONFIRM: self.tr("Type the new staff PIN again")
            if staff_target
            else self.tr("Type the new manager PIN again"),
        }
        return titles.get(step, "")

    def _closed_text(self, state: PinState) -> str:
        how = self.tr(
            "To provision it, run “photobooth-kiosk pins setup-code” on the kiosk and type "
            "the code it prints here."
        )
        why = {
            PinState.NOT_PROVISIONED: self.tr("This kiosk's PINs have not been set up yet."),
            PinState.MISSING: self.tr("The PIN record is missing from the kiosk's data folder."),
            PinState.ALTERED: self.tr(
                "The PIN record was changed or replaced outside the kiosk, "
                "or comes from an older version."
            ),
        }.get(state, "")
        return f"{why} {how}"

    def weakness_text(self, weakness: Weakness) -> str:
        return {
            Weakness.FORMAT: self.tr("A PIN is 4 to 8 digits."),
            Weakness.REPEATED: self.tr(
                "That PIN repeats itself (like 1111 or 1212): choose another."
            ),
            Weakness.SEQUENCE: self.tr(
                "That PIN is a run of digits (like 1234 or 4321): choose another."
            ),
            Weakness.KEYPAD: self.tr(
                "That PIN is a pattern on the keypad (like 2580 or 1379): choose another."
            ),
            Weakness.COMMON: self.tr("That PIN is one of the most common PINs: choose another."),
            Weakness.SAME_AS_OTHER: self.tr("The staff and manager PINs must be different."),
        }[weakness]

    # -- entering and leaving -----------------------------------------------------------------
    def open(self) -> None:
        """Read the PIN record's state, then show what fits it (sign-in, setup, or closed)."""
        self.reset()
        self._go(Step.CHECKING)
        self.pad.set_busy(True)
        generation = self._generation
        self.runner.run(
            self.pins.status,
            lambda status: self._on_status(generation, status),
            lambda error: self._on_status_failed(generation, error),
        )

    def start_change(self, by: Role) -> None:
        """Whoever is signed in changes their own PIN; the manager may pick staff's instead."""
        self._typed.clear()
        self._change = (by, by)
        self._go(Step.CHANGE_CURRENT)

    def reset(self) -> None:
        """Forget everything typed, and ignore answers still on their way."""
        self._generation += 1
        self._typed.clear()
        self._change = None
        self._closed_state = None
        self.role = Role.STAFF
        self.pad.set_busy(False)
        self.pad.prompt("")

    def _on_status(self, generation: int, status: PinStatus) -> None:
        if generation != self._generation:
            return
        self.pad.set_busy(False)
        if status.state is PinState.READY:
            self._go(Step.LOGIN)
        elif status.state is PinState.SETUP_PENDING:
            self._go(Step.SETUP_CODE)
        else:
            self._show_closed(status.state)

    def _on_status_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.pad.set_busy(False)
        self._go(
            Step.CLOSED,
            self.tr("The PIN record could not be read: {reason}").format(reason=str(error)),
        )

    def _show_closed(self, state: PinState) -> None:
        self._closed_state = state
        self._go(Step.CLOSED, self._closed_text(state))
        self.audit("admin.pins_closed", "kiosk-admin:unknown", state.value, None)

    def _go(self, step: Step, message: str = "") -> None:
        self.step = step
        if step is not Step.CLOSED:
            self._closed_state = None
        choosing = step is Step.LOGIN
        chosen = self.role
        if step is Step.CHANGE_CURRENT and self._change is not None:
            chosen, by = self._change
            choosing = by is Role.MANAGER  # whose PIN: the manager's own, or staff's
        self.role_row.setVisible(choosing)
        for role, button in self.role_buttons.items():
            button.setChecked(role is chosen)
        self.pad.show_keys(step not in (Step.CLOSED, Step.CHECKING))
        code = step is Step.SETUP_CODE
        self.pad.set_entry(CODE_DIGITS if code else MAX_PIN, reveal=code)
        self.pad.prompt(self._title(), message)

    def _on_role_chosen(self, role: Role) -> None:
        if self.step is Step.CHANGE_CURRENT and self._change is not None:
            self._change = (role, self._change[1])
            self._go(Step.CHANGE_CURRENT)
            return
        self.role = role
        self._go(Step.LOGIN)

    def _on_pad_cancelled(self) -> None:
        if self.step in CHANGING:
            self._change = None
            self.changed.emit("")
        else:
            self.left.emit()

    # -- what was typed -----------------------------------------------------------------------
    def _on_pad_entered(self, typed: str) -> None:
        step = self.step
        if step is Step.LOGIN:
            role = self.role
            self._run(lambda: self.pins.verify(role, typed), self._on_verified, self._on_failed)
        elif step is Step.SETUP_CODE:
            self._run(
                lambda: self.pins.check_setup_code(typed),
                lambda right: self._on_code_checked(typed, bool(right)),
                self._on_failed,
            )
        elif step in (Step.SETUP_STAFF, Step.SETUP_MANAGER, Step.CHANGE_NEW):
            self._on_new_pin(step, typed)
        elif step in (Step.CONFIRM_STAFF, Step.CONFIRM_MANAGER, Step.CHANGE_CONFIRM):
            self._on_confirmed(step, typed)
        elif step is Step.CHANGE_CURRENT and self._change is not None:
            by = self._change[1]
            self._run(
                lambda: self.pins.verify(by, typed),
                lambda attempt: self._on_current_checked(typed, attempt),
                self._on_failed,
            )

    def _run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.pad.set_busy(True)
        generation = self._generation

        def on_done(result: Any) -> None:
            if generation == self._generation:
                self.pad.set_busy(False)
                done(result)

        def on_failed(error: BaseException) -> None:
            if generation == self._generation:
                self.pad.set_busy(False)
                failed(error)

        self.runner.run(job, on_done, on_failed)

    def _on_code_checked(self, code: str, right: bool) -> None:
        if not right:
            self.audit("admin.setup_code", "kiosk-admin:unknown", "wrong_code", None)
            self._go(Step.SETUP_CODE, self.tr("That is not the setup code."))
            return
        self._typed = {"code": code}
        self._go(Step.SETUP_STAFF)

    def _on_new_pin(self, step: Step, pin: str) -> None:
        try:
            check_new_pin(pin)
        except WeakPin as exc:
            self._go(step, self.weakness_text(exc.weakness))
            return
        if step is Step.SETUP_MANAGER and pin == self._typed.get("staff"):
            self._go(step, self.weakness_text(Weakness.SAME_AS_OTHER))
            return
        self._typed["new"] = pin
        following = {
            Step.SETUP_STAFF: Step.CONFIRM_STAFF,
            Step.SETUP_MANAGER: Step.CONFIRM_MANAGER,
            Step.CHANGE_NEW: Step.CHANGE_CONFIRM,
        }
        self._go(following[step])

    def _on_confirmed(self, step: Step, pin: str) -> None:
        again = {
            Step.CONFIRM_STAFF: Step.SETUP_STAFF,
            Step.CONFIRM_MANAGER: Step.SETUP_MANAGER,
            Step.CHANGE_CONFIRM: Step.CHANGE_NEW,
        }[step]
        if pin != self._typed.pop("new", None):
            self._go(again, self.tr("The two PINs were not the same. Please start again."))
            return
        if step is Step.CONFIRM_STAFF:
            self._typed["staff"] = pin
            self._go(Step.SETUP_MANAGER)
        elif step is Step.CONFIRM_MANAGER:
            code, staff = self._typed["code"], self._typed["staff"]
            self._run(
                lambda: self.pins.set_up(code, staff, pin),
                lambda _r: self._on_set_up(),
                self._on_failed,
            )
        else:
            assert self._change is not None
            target, by = self._change
            current = self._typed.get("current", "")
            actor = f"kiosk-admin:{by.value}"
            self._run(
                lambda: self.pins.change_pin(target, pin, by=by, current_pin=current, actor=actor),
                lambda _r: self._on_changed(target, by),
                self._on_failed,
            )

    # -- answers from booth -------------------------------------------------------------------
    def _on_set_up(self) -> None:
        self._typed.clear()
        self.set_up.emit()

    def _on_changed(self, target: Role, by: Role) -> None:
        self._typed.clear()
        self._change = None
        if target is by:
            done = (
                self.tr("The staff PIN was changed.")
                if target is Role.STAFF
                else self.tr("The manager PIN was changed.")
            )
        else:
            done = self.tr("The staff PIN was reset.")
        self.changed.emit(done)

    def _on_current_checked(self, current: str, attempt: Attempt) -> None:
        """Said at once, not after the new PIN was typed twice; booth checks it again."""
        if attempt.role is not None:
            self._typed["current"] = current
            self._go(Step.CHANGE_NEW)
            return
        assert self._change is not None
        actor = f"kiosk-admin:{self._change[1].value}"
        details = {"role": self._change[1].value}
        if attempt.locked_for:
            self.audit("admin.lockout", actor, "locked", details)
            self._change = None
            self.left.emit()  # whoever is changing it does not know the PIN: lock the area
        else:
            self.audit("admin.pin_change", actor, "wrong_pin", details)
            message = self.tr("Wrong PIN. {n} tries left before the pad locks.").format(
                n=attempt.tries_left
            )
            self._go(Step.CHANGE_CURRENT, message)

    def _on_verified(self, attempt: Attempt) -> None:
        role = self.role
        if attempt.role is not None:
            self.signed_in.emit(attempt.role)
            return
        if attempt.locked_for:
            message = self.tr("Wrong PIN. The pad is locked for {seconds} s.").format(
                seconds=int(attempt.locked_for)
            )
            details = {"role": role.value, "seconds": int(attempt.locked_for)}
            self.audit("admin.lockout", "kiosk-admin:unknown", "locked", details)
        else:
            message = self.tr("Wrong PIN. {n} tries left before the pad locks.").format(
                n=attempt.tries_left
            )
            self.audit("admin.sign_in", "kiosk-admin:unknown", "wrong_pin", {"role": role.value})
        self._go(Step.LOGIN, message)

    def _on_failed(self, error: BaseException) -> None:
        """Every refusal booth can give, in the area's language."""
        step = self.step
        if isinstance(error, PinsClosed):
            if error.state is PinState.SETUP_PENDING:
                self._go(Step.SETUP_CODE)
            elif error.state is PinState.READY:
                self._go(Step.LOGIN)
            else:
                self._show_closed(error.state)
        elif isinstance(error, LockedOut):
            message = self.tr("Too many wrong PINs. Try again in {seconds} s.").format(
                seconds=int(error.seconds + 0.999)
            )
            if step in CHANGING:
                self._change = None
                self.left.emit()  # whoever is changing it did not know the PIN: lock the area
            else:
                self._go(Step.LOGIN, message)
        elif isinstance(error, WrongPin):
            self._typed.clear()
            message = self.tr("Wrong PIN. {n} tries left before the pad locks.").format(
                n=error.attempt.tries_left
            )
            if error.attempt.locked_for:
                self._change = None
                self.left.emit()
            else:
                self._go(Step.CHANGE_CURRENT, message)
        elif isinstance(error, WeakPin):
            restart = Step.CHANGE_NEW if step in CHANGING else Step.SETUP_MANAGER
            self._go(restart, self.weakness_text(error.weakness))
        elif isinstance(error, WrongSetupCode):
            self._typed.clear()
            self._go(Step.SETUP_CODE, self.tr("That is not the setup code."))
        elif isinstance(error, PinError):
            self._go(step, str(error))
        else:
            self._go(step, self.tr("The PIN could not be saved or checked."))
