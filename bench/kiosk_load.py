"""The kiosk's own background work, run the way the kiosk runs it, for bench/preview.py.

A preview that is smooth on a quiet machine can still stutter when the rest of the kiosk works:
every Python thread competes for the interpreter lock with the GUI thread. So the preview bench
measures while this runs, all in the bench's process (a kiosk is one process too):

* visits committed through ``RecordsStore.submit`` (email + SMS, a real photo), one every
  ``visit_every_s``, each waking a real ``OutboxWorker`` whose dry-run senders build and write the
  very messages a visitor would get (the email library's MIME work, the SMS JSON);
* the retention sweep (``booth.privacy.open_sweep``, the kiosk's own wiring) over a records file
  seeded with ``expired`` visits past their retention: a real sweep first, then dry-run sweeps
  in a loop, which scan and weigh every expired visit again;
* photo composition in a loop, through the same ``PhotoComposer`` the kiosk composes with.

Each runs at the priority the kiosk gives it (booth.background_priority): the outbox, the sweeps
and the composing process below the GUI and camera threads, the visits (Qt's thread pool in the
kiosk) at theirs.

No head-office sync: it needs a PostgreSQL server (bench/sync_kiosk.py measures it), and its
kiosk side is the same kind of SQLite-and-JSON work as the outbox and the sweep.
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from bench.records import generate
from booth.background_priority import start_at_background_priority
from booth.delivery_setup import dry_run_senders
from booth.paths import DataLayout
from booth.privacy import kiosk_identity, open_sweep
from booth.records_file import open_outbox, open_records
from booth.settings import Settings
from camera.compose import PhotoStyle
from camera.composer import PhotoComposer
from consent.notices import current_notice
from consent.photos import PhotoStore
from consent.records import RecordsStore, VisitDraft
from delivery.worker import OutboxWorker


def _photo_jpeg() -> bytes:
    """A delivered photo of realistic size (about 300 KB): noise does not compress away."""
    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 255, (1000, 800, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


@dataclass
class KioskLoad:
    """Start/stop the kiosk's background work in this process; counts what it got done."""

    root: Path
    frame: np.ndarray
    style: PhotoStyle
    composer: PhotoComposer
    visit_every_s: float = 0.25
    expired: int = 3000
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.layout = DataLayout(self.root).create()
        self.settings = Settings()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._photo = _photo_jpeg()
        database = open_records(self.layout)
        try:
            generate(database, self.expired + 1000, self.expired)
        finally:
            database.close()
        self.outbox = OutboxWorker(
            open_outbox=lambda: open_outbox(self.layout),
            senders=dry_run_senders(self.settings, self.layout),
            idle_poll_s=0.5,
        )
        self.counts = {"visits": 0, "sent": 0, "sweeps": 0, "compositions": 0}
        self.outbox.on_outcome = self._on_outcome

    def _on_outcome(self, _delivery_id: str, status: str) -> None:
        if status == "sent":
            self.counts["sent"] += 1

    def start(self) -> None:
        self._stop.clear()
        self.outbox = OutboxWorker(
            open_outbox=lambda: open_outbox(self.layout),
            senders=dry_run_senders(self.settings, self.layout),
            idle_poll_s=0.5,
            on_outcome=self._on_outcome,
        )
        only = os.environ.get("BENCH_LOAD_ONLY", "visits,sweeps,compositions").split(",")
        # As in the kiosk (booth.app.Kiosk.start): the outbox and the sweeps at background
        # priority; a visit is committed on Qt's thread pool, at the GUI's priority, and waits
        # there for a photo composed in the (background) composing process.
        if "visits" in only:
            start_at_background_priority(self.outbox.start)
        for target, background in (
            (self._visits, False),
            (self._sweeps, True),
            (self._compositions, False),
        ):
            if target.__name__.lstrip("_") not in only:
                continue
            thread = threading.Thread(target=target, name=target.__name__, daemon=True)
            self._threads.append(thread)
            if background:
                start_at_background_priority(thread.start)
            else:
                thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(30)
        self._threads.clear()
        self.outbox.stop(30)

    def _visits(self) -> None:
        database = open_records(self.layout)
        store = RecordsStore(
            database, PhotoStore(self.layout.photos, database.vault), kiosk_identity(self.settings)
        )
        notice = current_notice("en")
        try:
            while not self._stop.is_set():
                n = self.counts["visits"]
                draft = VisitDraft(
                    f"Visitor {n}",
                    f"visitor{n}@example.com",
                    "+12025550143",
                    ("email", "sms"),
                    n % 3 == 0,
                    "en",
                    self._photo,
                )
                store.submit(draft, notice)
                self.counts["visits"] += 1
                self.outbox.wake()
                self._stop.wait(self.visit_every_s)
        finally:
            database.close()

    def _sweeps(self) -> None:
        first = True
        while not self._stop.is_set():
            sweep = open_sweep(self.layout, self.settings, "bench:retention")
            try:
                sweep.run(dry_run=not first, should_stop=self._stop.is_set)
            finally:
                sweep.database.close()
            first = False
            self.counts["sweeps"] += 1
            self._stop.wait(0.05)

    def _compositions(self) -> None:
        while not self._stop.is_set():
            self.composer.compose(self.frame, self.style)
            self.counts["compositions"] += 1

    def summary(self, seconds: float) -> str:
        c = self.counts
        return (
            f"background work: {c['visits']} visits committed, {c['sent']} messages sent (dry-run),"
            f" {c['sweeps']} retention sweeps over {self.expired:,} expired visits,"
            f" {c['compositions']} photos composed, in {seconds:.0f} s"
        )

    def reset_counts(self) -> None:
        for key in self.counts:
            self.counts[key] = 0
