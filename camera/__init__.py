"""Camera capture, live-preview preparation and photo composition for the kiosk.

This package never builds widgets: frame sources and composition are plain Python, and the
worker uses only QtCore/QtGui so the UI layer can stay the single owner of what is on screen.
"""

import os as _os
import sys as _sys

if _sys.platform.startswith("linux"):
    # OpenCV's V4L2 backend waits in select() for every frame of a stalled or unplugged camera,
    # 10 s by default, and the worker cannot notice or shut down while it waits. The value is in
    # whole seconds (it becomes timeval.tv_sec) and is read the first time a device is read, so
    # setting it here, before any module of this package imports cv2, is early enough.
    _os.environ.setdefault("OPENCV_VIDEOIO_V4L_SELECT_TIMEOUT", "2")

# OpenCV prints its own "[ WARN:0@…]" lines to the terminal on every failed open, so a
# camera that is unplugged repeats them on each retry. The worker logs the outage once, in
# words staff can act on (camera.worker); OpenCV is kept to errors. Read when cv2 first
# logs; camera.sources sets it again in case cv2 was imported before this package.
_os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
