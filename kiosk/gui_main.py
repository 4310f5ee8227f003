"""Starting the kiosk window: the ``run`` subcommand, and the autopilot inside it."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

from booth.app import Kiosk, build_kiosk
from booth.errors import SetupError
from booth.paths import DataLayout, resolve_data_dir
from booth.records_file import open_records
from booth.settings import Settings, SettingsError, load_settings
from booth.settings_profile import effective_settings
from consent.clock import iso, utcnow
from consent.database import StorageError, translate_errors
from consent.delivery_status import UNSENT
from consent.keys import KeyProblem
from consent.notices import NoticeError
from kiosk.logs import configure_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

AUTOPILOT_TIME_SCALE = 0.05  # countdown and thank-you screen at 20x speed; nothing else changes
EXIT_OK = 0  # also after SIGTERM or Ctrl+C (kiosk/stop_signals.py)
EXIT_LEFT_KIOSK = 3  # the manager left kiosk mode with their PIN; the service unit does not restart
EXIT_RESTART = 75  # staff saved settings and asked to apply them: the process starts again
EXIT_SETUP_PROBLEM = 2  # as the command line's other "fix this first" errors
OUT_OF_ORDER_RETRY_MS = 60_000
# What stops the kiosk from opening as configured; anything else is a bug and is logged.
OPEN_ERRORS = (SettingsError, SetupError, StorageError, NoticeError, KeyProblem)


def fill_screen(window: QWidget) -> None:
    """Full screen at the screen's own size from the first frame.

    The visitor screens fit any size they are given (ui/screen_geometry.py), so a window
    shown without a size starts at Qt's default of two thirds of the screen and draws its
    first frame that small before the compositor's configure makes it full screen.
    """
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.resize(screen.size())  # a size only: a Wayland client does not place itself
    window.showFullScreen()


def prepare(
    args: argparse.Namespace, *, demo: bool, layered: bool = True
) -> tuple[DataLayout, Settings]:
    """The data folder and the settings the kiosk runs with: its own, under head office's
    profile (booth.settings_profile) unless ``layered`` is False (a command that saves the
    kiosk's own settings must not write the profile's values into them)."""
    root = resolve_data_dir(args.data_dir)
    try:
        with translate_errors():  # a full disk, a read-only data folder: one line, no traceback
            layout = DataLayout(root).create()
            configure_logging(layout.logs, getattr(args, "verbose", False))
            settings = load_settings(layout.settings_file)
            if layered:
                settings = effective_settings(layout, settings)
    except StorageError as exc:
        raise StorageError(f"{exc} Data folder: {root}") from None
    if demo:
        settings = settings.model_copy(
            update={"delivery": settings.delivery.model_copy(update={"mode": "dry_run"})}
        )
    if getattr(args, "kiosk_id", None):
        settings = settings.model_copy(
            update={"store": settings.store.model_copy(update={"kiosk_id": args.kiosk_id})}
        )
    return layout, settings


def ensure_display(headless_ok: bool) -> None:
    """Qt aborts the process when it finds no display or misses a system library; say so
    plainly, naming what to set or install, before that happens."""
    if not sys.platform.startswith("linux"):
        return
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display:
        if not headless_ok:
            raise SetupError(
                "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the kiosk "
                "from a graphical session, or on a machine without a screen use "
                "QT_QPA_PLATFORM=offscreen or `photobooth-kiosk run --demo --autopilot N`."
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from booth.system_libraries import explain, missing_packages, qt_platform

    missing = missing_packages()
    if missing:
        raise SetupError(explain(missing, qt_platform()))


def _log_unhandled(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """A bug in a slot is logged, never shown to a visitor; the kiosk keeps running."""
    log.error("unhandled error", exc_info=(kind, value, tb))


def run_kiosk(args: argparse.Namespace) -> int:
    if getattr(args, "check", False):
        from kiosk.setup_check import check_setup

        return check_setup(args)
    autopilot = args.autopilot
    if autopilot is not None and autopilot < 0:
        raise SetupError("--autopilot needs a number of sessions, 0 or more")
    demo = bool(args.demo)
    ensure_display(headless_ok=autopilot is not None)
    kiosk_mode = autopilot is None and not (demo or args.windowed)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.qt_messages import route_qt_messages
    from ui.main_window import KioskWindow

    try:
        layout, settings = prepare(args, demo=demo)
        route_qt_messages()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        sys.excepthook = _log_unhandled
        with translate_errors():
            kiosk = build_kiosk(
                layout,
                settings,
                demo=demo,
                camera_source=args.camera,
                time_scale=AUTOPILOT_TIME_SCALE if autopilot is not None else 1.0,
            )
    except OPEN_ERRORS as exc:
        if not kiosk_mode:
            raise  # at the command line (demo, windowed, autopilot): one line, exit 2 (kiosk/cli.py)
        return show_out_of_order(
            problem_text(exc), argv=getattr(args, "argv", None), language=_store_language(args)
        )

    def leave_kiosk() -> None:
        window.allow_close()
        app.exit(EXIT_LEFT_KIOSK)

    def restart() -> None:
        window.allow_close()
        app.exit(EXIT_RESTART)

    window = KioskWindow.for_kiosk(
        kiosk, leave_kiosk=leave_kiosk if kiosk_mode else None, restart=restart
    )
    window.events.on_activity = kiosk.controller.note_activity
    if kiosk_mode:
        # Escape, Ctrl+Q, Alt+F4 and closing the window do nothing; see ui/lockdown.py.
        window.kiosk_mode = True
        window.events.guard_keys = True
    if autopilot is not None:
        window.resize(1920, 1080)
        window.show()
    elif demo or args.windowed:
        window.resize(1600, 900)
        window.show()
    else:
        fill_screen(window)
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    kiosk.start()
    log.info("kiosk %s started (demo=%s)", settings.store.kiosk_id, demo)
    from kiosk.ready_signal import announce_ready_when_idle

    announce_ready_when_idle(window)  # PHOTOBOOTH_READY_LINE=1: bench/startup.py's signal

    from kiosk.stop_signals import StopSignals

    def stop() -> None:  # SIGTERM (systemctl stop) or Ctrl+C: end the loop as a normal exit
        window.allow_close()
        app.exit(EXIT_OK)

    stop_signals = StopSignals(stop)
    exit_code = [0]
    if autopilot is not None:

        def drive() -> None:
            exit_code[0] = run_autopilot(kiosk, window, autopilot, args.seed)
            app.exit(exit_code[0])

        QTimer.singleShot(0, drive)
    code = app.exec()
    clean = kiosk.shutdown()
    if clean:
        log.info("clean shutdown (status %s)", int(code or exit_code[0]))
    else:
        log.warning("a worker thread did not stop in time")
    stop_signals.close()
    if code == EXIT_RESTART:
        restart_process(getattr(args, "argv", None))
    return int(code or exit_code[0])


def problem_text(error: BaseException) -> str:
    if isinstance(error, SettingsError):
        return f"The settings need fixing: {error}"
    return str(error)


def _store_language(args: argparse.Namespace) -> str:
    """The store's language for the closed screen, read from a settings file that may be broken."""
    from booth.settings_hints import store_language_hint

    try:
        return store_language_hint(DataLayout(resolve_data_dir(args.data_dir)).settings_file)
    except (OSError, SetupError, ValueError):
        return "en"


def show_out_of_order(problem: str, *, argv: list[str] | None, language: str = "en") -> int:
    """The kiosk cannot open as configured: keep a "closed" screen up (no restart loop,
    no black screen), customers reading a calm sentence in the store's ``language`` and
    staff, behind the hidden corner, what to fix; start afresh when staff tap Try again.

    Only under a kiosk (full screen): at the command line the same problem is one line
    and exit 2, and ``run --check`` asks the question without opening a window."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.i18n import switcher
    from ui.screens.out_of_order import OutOfOrderWindow

    print(f"photobooth-kiosk: {problem}", file=sys.stderr, flush=True)
    log.error("not open to visitors: %s", problem)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    switcher().apply(language)
    window = OutOfOrderWindow("", problem, lambda: app.exit(EXIT_RESTART))
    # Some causes pass by themselves (a busy records file, a keyring not ready at boot, a
    # file fixed over SSH): try again every minute, as systemd's restart would have.
    retry = QTimer(window)
    retry.setInterval(OUT_OF_ORDER_RETRY_MS)
    retry.timeout.connect(lambda: app.exit(EXIT_RESTART))
    retry.start()
    fill_screen(window)
    app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    code = app.exec()
    if code == EXIT_RESTART:
        restart_process(argv)
    return EXIT_SETUP_PROBLEM


def restart_process(argv: list[str] | None) -> None:
    """Start again in the same process (same PID, so systemd and cage carry on unaware).

    Everything that matters is on disk: the records, the outbox and the settings just
    saved; the threads were stopped cleanly before this. Windows has no real exec: a new
    process would start while Shell Launcher restarts the one that ended, giving two
    kiosks. There the process simply ends with EXIT_RESTART and the shell (set to restart
    the kiosk on exit, docs/deployment.md) starts it again.
    """
    if os.name == "nt":
        return
    command = [sys.executable, "-m", "kiosk", *(argv if argv is not None else sys.argv[1:])]
    log.info("restarting to apply new settings")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, command)


def run_autopilot(kiosk: Kiosk, window: object, sessions: int, seed: int) -> int:
    from kiosk.autopilot import Autopilot, AutopilotError, wait_until
    from ui.main_window import KioskWindow

    assert isinstance(window, KioskWindow)
    from ui.widgets.preview_view import PreviewView

    preview = window.camera.preview
    assert isinstance(preview, PreviewView)
    pilot = Autopilot(
        window,
        preview_ready=lambda: preview.current_image() is not None,
        seed=seed,
        kiosk_id=kiosk.settings.store.kiosk_id,
        sessions=max(1, sessions),
    )
    started = time.monotonic()
    since = iso(utcnow())  # the summary counts this run only, even in a reused data folder
    try:
        for index in range(sessions):
            pilot.run_session(index)
        wait_until(lambda: _pending(kiosk) == 0, 60.0, "the outbox to drain")
    except AutopilotError as exc:
        print(f"photobooth-kiosk autopilot: {exc}", file=sys.stderr)
        return 1
    summary = _summary(kiosk, sessions, since, time.monotonic() - started)
    print(json.dumps(summary), flush=True)
    return 0


def _pending(kiosk: Kiosk) -> int:

    db = open_records(kiosk.layout)
    try:
        marks = ",".join("?" * len(UNSENT))
        row = db.conn.execute(
            f"SELECT count(*) FROM deliveries WHERE status IN ({marks})", UNSENT
        ).fetchone()
        return int(row[0])
    finally:
        db.close()


def _summary(kiosk: Kiosk, sessions: int, since: str, elapsed: float) -> dict[str, object]:

    db = open_records(kiosk.layout)
    try:
        statuses = dict(
            db.conn.execute(
                "SELECT status, count(*) FROM deliveries WHERE created_at >= ? GROUP BY status",
                (since,),
            ).fetchall()
        )
        photo_files = [
            row[0]
            for row in db.conn.execute(
                "SELECT photo_file FROM visits WHERE created_at >= ?", (since,)
            )
        ]
    finally:
        db.close()
    photos = sum(1 for name in photo_files if name and (kiosk.layout.photos / name).is_file())
    return {
        "sessions": sessions,
        "photos": photos,
        "deliveries": statuses,
        "screen": kiosk.controller.state.value,  # where a visitor would find the kiosk now
        "elapsed_s": round(elapsed, 2),
    }
