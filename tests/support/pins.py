"""PINs for tests: a kiosk provisioned as an installer would, and a clock tests can move."""

from __future__ import annotations

from booth.paths import DataLayout
from booth.pin_lockout import LockClock
from booth.pin_store import PinStore

STAFF, MANAGER = "2468", "13579"


class FakeClock:
    """Monotonic seconds that move only when a test says so, and a boot id it can change."""

    def __init__(self) -> None:
        self.now = 5_000.0
        self.boot = "boot:first"

    def monotonic(self) -> float:
        return self.now

    def boot_id(self) -> str:
        return self.boot


def provision(
    layout: DataLayout, staff: str = STAFF, manager: str = MANAGER, clock: LockClock | None = None
) -> PinStore:
    """``pins setup-code``, then both PINs chosen with the code (as at the corner)."""
    pins = PinStore(layout, clock)
    code = pins.issue_setup_code(actor="cli:installer", replace_pins=True)
    pins.set_up(code, staff, manager)
    return pins
