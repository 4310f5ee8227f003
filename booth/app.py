"""Wiring: build the services from the settings, then the window, then start the threads.

Threads after start-up:
  * the GUI thread: widgets, timers, the flow controller; it never blocks;
  * the camera thread (``camera.worker.CameraWorker``): reads, scales, watches the camera;
  * Qt's thread pool (``booth.tasks.TaskRunner``): committing a visit, and waiting for a photo
    being composed in the composing process (``camera.composer.PhotoComposer``), which keeps
    that work's Python off this process's interpreter lock (issue #18);
  * the outbox thread (``delivery.worker.OutboxWorker``): sends and records outcomes;
  * the retention sweep and head-office sync threads.
The outbox, sweep and sync threads and the composing process run at a lower OS priority than
the GUI and camera threads (``booth.background_priority``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from assets import FRAMES
from booth.background_priority import background_nice, start_at_background_priority
from booth.camera_control import CameraControl, camera_factory
from booth.controller import FlowController, Services
from booth.errors import SetupError
from booth.paths import DataLayout
from booth.privacy import kiosk_identity, resume_erasures, retention_scheduler
from booth.qr_pickup import make_pickup
from booth.records_file import open_outbox, open_records
from booth.records_startup import prepare_records
from booth.settings import Settings
from booth.tasks import (
    Runner,
    TaskRunner,
    freeze_startup_objects,
    thaw_startup_objects,
    tune_interpreter,
)
from camera.compose import (
    ComposedPhoto,
    OverlayError,
    PhotoStyle,
    load_overlay,
)
from camera.composer import PhotoComposer
from camera.demo_video import ensure_demo_video
from camera.worker import CameraThread
from consent.notices import Notice, current_notice
from consent.photos import PhotoStore
from consent.records import RecordsStore, SubmittedVisit, VisitDraft
from consent.retention import RetentionScheduler
from delivery.channels import Sender
from delivery.worker import OutboxWorker
from sync.client import SyncLoop

log = logging.getLogger(__name__)

REVIEW_MAX_PX = 1400


def photo_style(settings: Settings) -> PhotoStyle:
    frame = settings.photo.frame.strip()
    overlay = None
    if frame:
        overlay = Path(frame) if Path(frame).is_absolute() else FRAMES / frame
        if not overlay.is_file():
            raise SetupError(
                f"photo.frame: the branding frame '{frame}' was not found in {overlay.parent}"
            )
        try:
            load_overlay(overlay)  # a damaged frame is found now, not at a visitor's first photo
        except OverlayError as exc:
            raise SetupError(f"photo.frame: {exc}") from None
    # The shipped frame's band carries the store's name; a store's own frame has its own.
    shipped = overlay is not None and overlay.resolve() == (FRAMES / "default.png").resolve()
    return PhotoStyle(
        aspect=settings.aspect_ratio(),
        overlay_path=overlay,
        jpeg_quality=settings.photo.jpeg_quality,
        caption=settings.store.store_name if shipped else None,
    )


def review_image(photo: ComposedPhoto) -> QImage:
    """Decode and scale for the review screen, in a worker: QImage is safe off the GUI thread."""
    image = QImage.fromData(photo.jpeg)
    if max(image.width(), image.height()) > REVIEW_MAX_PX:
        image = image.scaled(
            REVIEW_MAX_PX,
            REVIEW_MAX_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def build_senders(settings: Settings, layout: DataLayout) -> dict[str, Sender]:
    from booth.delivery_setup import build_senders as senders_for

    return senders_for(settings, layout)


@dataclass
class Kiosk:
    settings: Settings
    layout: DataLayout
    notice: Notice
    controller: FlowController
    camera: CameraThread
    outbox_worker: OutboxWorker
    retention: RetentionScheduler | None = None  # issue #5: sweeps off the GUI thread
    sync: SyncLoop | None = None  # issue #8: head office, off the GUI thread
    camera_control: CameraControl | None = None  # issue #6: staff choose and try the camera
    finish_erasures: Callable[[], int] | None = None  # erasures a stop cut short (issue #16)
    records_problem: str | None = None  # issue #16: what the start-up check found, for staff
    composer: PhotoComposer | None = None  # issue #18: composes in a process of its own

    def sync_status(self) -> str:
        return self.sync.describe() if self.sync is not None else "not enrolled with head office"

    def start(self) -> None:
        tune_interpreter()  # the GUI thread gets the interpreter lock back sooner (issue #18)
        freeze_startup_objects()  # the window is built: short collector passes from now on
        self.camera.start()
        # The outbox, the sweeps, the sync and the composing process yield the processor to
        # the camera and the screens (issue #18; see the module).
        start_at_background_priority(self._start_background_work)
        if self.finish_erasures is not None:
            # Off the GUI thread: it may wait for the hosted copies' provider.
            self.controller.runner.run(
                self.finish_erasures, self._on_erasures_finished, self._on_erasures_failed
            )

    def _start_background_work(self) -> None:
        if self.composer is not None:
            self.composer.start()  # spawned now, while the attract screen shows
        self.outbox_worker.start()
        if self.retention is not None:
            self.retention.start()
        if self.sync is not None:
            self.sync.start()

    @staticmethod
    def _on_erasures_finished(count: int) -> None:
        if count:
            log.info("finished %d erasure(s) an earlier stop had cut short", count)

    @staticmethod
    def _on_erasures_failed(error: BaseException) -> None:
        # Kept for the next start; the person stays marked and nothing is sent for them.
        log.error("an interrupted erasure could not be finished yet: %s", type(error).__name__)

    def shutdown(self) -> bool:
        """Stop the threads; True when every one of them finished in time."""
        self.controller.stop()
        camera_ok = self.camera.stop()
        outbox_ok = self.outbox_worker.stop()
        if self.retention is not None:
            outbox_ok = self.retention.stop() and outbox_ok
        if self.sync is not None:
            outbox_ok = self.sync.stop() and outbox_ok
        if isinstance(self.controller.runner, TaskRunner):
            self.controller.runner.wait_idle()
        if self.composer is not None:
            self.composer.close()
        thaw_startup_objects()
        return camera_ok and outbox_ok


def build_kiosk(
    layout: DataLayout,
    settings: Settings,
    *,
    demo: bool = False,
    camera_source: str | None = None,
    runner: Runner | None = None,
    time_scale: float = 1.0,
) -> Kiosk:
    layout.create()
    # Every offered language's notice is read now: a damaged file stops start-up, not a visitor.
    notices = {
        lang: current_notice(lang) for lang in (settings.flow.language, *settings.flow.languages)
    }
    notice = notices[settings.flow.language]

    def notice_for(language: str) -> Notice:
        return notices.get(language, notice)

    style = photo_style(settings)
    identity = kiosk_identity(settings)

    # Migrate and check the records file once; tidy orphan photo files only if it is sound.
    records = prepare_records(layout, identity)

    source_spec = camera_source or (
        str(ensure_demo_video(layout.cache)) if demo else settings.camera.source
    )
    camera = CameraThread(
        camera_factory(source_spec, settings.camera),
        mirror_preview=settings.camera.mirror_preview,
    )
    camera_control = CameraControl(
        camera.worker,
        lambda: settings.camera,
        source_spec,
        demo_video=lambda: ensure_demo_video(layout.cache),
    )

    sync_loop = central_sync_loop(layout, settings, lambda: camera.worker.state or "unknown")

    def submit(draft: VisitDraft) -> SubmittedVisit:
        database = open_records(layout)
        try:
            submitted = RecordsStore(
                database, PhotoStore(layout.photos, database.vault), identity
            ).submit(draft, notice_for(draft.language))
        finally:
            database.close()
        if sync_loop is not None:
            sync_loop.wake()  # head office hears of it as soon as it is reachable
        return submitted

    from booth.delivery_setup import media_key_factory, worker_options

    senders = build_senders(settings, layout)
    live = settings.delivery.mode == "live"
    new_media_key = media_key_factory(settings) if live else None
    outbox_worker = OutboxWorker(
        open_outbox=lambda: open_outbox(layout, new_media_key),
        senders=senders,
        **worker_options(settings, live),
    )
    # Erasure and retention reach the hosted photo through booth.privacy.copy_stores (P5).

    composer = PhotoComposer(nice=background_nice())

    def compose(frame: Any) -> ComposedPhoto:
        return composer.compose(frame, style)

    services = Services(
        notice_for=notice_for,
        compose=compose,
        preview_image=review_image,
        submit=submit,
        wake_outbox=outbox_worker.wake,
        request_still=camera.worker.request_still,
        pickup=make_pickup(layout, settings, identity, notice_for),
    )
    controller = FlowController(settings, services, runner or TaskRunner(), time_scale=time_scale)
    outbox_worker.on_outcome = controller.report_delivery
    camera.worker.still_captured.connect(controller.on_still_captured)
    camera.worker.still_failed.connect(controller.on_still_failed)
    # Queued onto the GUI thread: attract rests while the camera is away (issue #18).
    camera.worker.state_changed.connect(controller.on_camera_state)
    return Kiosk(
        settings,
        layout,
        notice,
        controller,
        camera,
        outbox_worker,
        retention=retention_scheduler(layout, settings),
        sync=sync_loop,
        camera_control=camera_control,
        finish_erasures=lambda: resume_erasures(layout, settings),
        records_problem=records.problem,
        composer=composer,
    )


def central_sync_loop(
    layout: DataLayout, settings: Settings, camera_state: Callable[[], str]
) -> SyncLoop | None:
    """The head-office sync thread, when this kiosk is enrolled; None when it works alone."""
    from booth.central_sync import central_dsn, sync_once

    dsn = central_dsn(settings)
    if not dsn or not settings.central.fleet_key:
        return None
    return SyncLoop(
        lambda: sync_once(layout, settings, dsn, camera_state()),
        interval_s=float(settings.central.sync_interval_s),
    )
