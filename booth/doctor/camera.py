"""The camera opens, gives frames, and grants a mode: asked with a time limit.

Opening a V4L2 device another program holds, or a network camera that does not answer,
can block for a long time inside OpenCV; the doctor waits at most ``timeout_s`` and
says so, leaving the stuck call on a daemon thread that ends with the process.
"""

from __future__ import annotations

import threading

from booth.camera_probe import CameraReport, probe_camera
from booth.doctor.report import Check, Status
from booth.settings import CameraSettings
from camera.sources import CameraUnavailable

NAME = "camera"
READ_S = 1.0


def camera(spec: str, cam: CameraSettings, timeout_s: float) -> list[Check]:
    outcome: list[CameraReport | BaseException] = []

    def attempt() -> None:
        try:
            outcome.append(probe_camera(spec, cam, READ_S))
        except BaseException as exc:  # handed to the waiting thread, which reports it
            outcome.append(exc)

    worker = threading.Thread(target=attempt, name="doctor-camera", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if not outcome:
        return [
            Check(
                NAME,
                Status.FAIL,
                f"{spec} gave no answer within {timeout_s:g} s: another program may hold it "
                "(stop it), or the device hangs (plug it in again)",
            )
        ]
    result = outcome[0]
    if isinstance(result, CameraUnavailable):
        return [
            Check(
                NAME,
                Status.FAIL,
                f"{str(result).rstrip('.')}; the kiosk's user must be in the video group; "
                "try another source with: photobooth-kiosk doctor --camera SOURCE",
            )
        ]
    if isinstance(result, BaseException):
        raise result
    return [
        Check(
            NAME,
            Status.OK,
            f"{spec} grants {result.mode()}, {result.measured_fps:g} fps measured",
        )
    ]
