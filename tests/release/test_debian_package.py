"""The Debian package as a kiosk PC gets it: installed with apt-get, run as its own user,
under cage, then removed and purged.

These tests change the machine they run on (a package, a system user, /opt, /var/lib), so
they run only where that is wanted, as root: in CI, where ``.ci/run`` sets
``PHOTOBOOTH_DEB_TEST=1``. The package is built from this checkout (the wheel, then
deploy/debian/build_deb.py, as ``python3 dev.py release`` does), or taken from
``$PHOTOBOOTH_DEB`` when a build already made it.

What cannot be shown here: the boot itself. There is no systemd as PID 1 in CI, so the unit
is checked with ``systemd-analyze verify`` and its command line is run by hand under cage
with the headless wlroots backend, as the unit's user, with the unit's folders.
The purge test must stay the last one in this file.
"""

from __future__ import annotations

import base64
import grp
import importlib.util
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = "photobooth-kiosk"
USER = "photobooth"
VENV = Path("/opt/photobooth-kiosk")
COMMAND = Path("/usr/bin/photobooth-kiosk")
DATA = Path("/var/lib/photobooth-kiosk")
UNIT = Path("/lib/systemd/system/photobooth-kiosk.service")
CREDSTORES = (Path("/etc/credstore"), Path("/etc/credstore.encrypted"))
READY = "photobooth-kiosk: ready"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("PHOTOBOOTH_DEB_TEST") != "1",
        reason="installs a .deb, a system user and /opt/photobooth-kiosk on this machine: "
        "only with PHOTOBOOTH_DEB_TEST=1 (CI sets it in .ci/run)",
    ),
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="needs Debian's dpkg",
    ),
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (apt-get)"
    ),
]


def sh(*command: str | Path, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive", **env},
    )


def ok(*command: str | Path, timeout: float = 600) -> str:
    done = sh(*command, timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done.stdout


def as_kiosk_user(*command: str | Path, **env: str) -> list[str]:
    """runuser with a clean environment: nothing of root's (or of the test session's) leaks."""
    base = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    assigns = [f"{k}={v}" for k, v in {**base, **env}.items()]
    return ["runuser", "-u", USER, "--", "env", "-i", *assigns, *(str(c) for c in command)]


def build_deb(out: Path) -> Path:
    if os.environ.get("PHOTOBOOTH_DEB"):
        return Path(os.environ["PHOTOBOOTH_DEB"])
    ok(sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT)
    (wheel,) = out.glob("photobooth_kiosk-*.whl")
    started = time.monotonic()
    built = ok(sys.executable, ROOT / "deploy/debian/build_deb.py", "--wheel", wheel, "--out", out)
    deb = Path(built.strip().splitlines()[-1])
    size = deb.stat().st_size / 2**20
    print(f"built {deb.name}: {size:.0f} MiB in {time.monotonic() - started:.0f} s")
    return deb


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "deploy/debian/build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def private_folder(owner: str) -> Path:
    """A folder outside the data folder that only the kiosk user can read (0700)."""
    folder = Path(tempfile.mkdtemp(prefix="photobooth-deb-"))
    shutil.chown(folder, owner, owner)
    return folder


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    deb = build_deb(tmp_path_factory.mktemp("dist"))
    # Start from nothing, so that what is checked is what the package made.
    sh("apt-get", "purge", "-y", "-q", PACKAGE)
    started = time.monotonic()
    install = ("apt-get", "install", "-y", "-q", "--no-install-recommends", deb)
    if sh(*install, timeout=1200).returncode != 0:  # package lists missing or out of date
        ok("apt-get", "update", "-q")
        ok(*install, timeout=1200)
    print(f"apt-get install took {time.monotonic() - started:.0f} s")
    yield deb


@pytest.fixture(scope="module")
def credentials(installed: Path) -> Iterator[Path]:
    """What systemd hands the service in $CREDENTIALS_DIRECTORY: the records key, decrypted."""
    folder = private_folder(USER)
    key = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    (folder / "photobooth-records-key").write_text(key + "\n")
    shutil.chown(folder / "photobooth-records-key", USER, USER)
    (folder / "photobooth-records-key").chmod(0o400)
    yield folder
    shutil.rmtree(folder)


def test_the_package_installs_the_venv_the_command_the_user_and_the_data_folder(
    installed: Path,
) -> None:
    assert (VENV / "bin" / "python").resolve() == Path("/usr/bin/python3").resolve()
    assert COMMAND.resolve() == VENV / "bin" / "photobooth-kiosk"
    # The code is root's: the kiosk user cannot change what it runs.
    assert VENV.stat().st_uid == 0 and not VENV.stat().st_mode & stat.S_IWOTH
    version = ok("dpkg-deb", "--field", installed, "Version").strip()
    answer = ok(*as_kiosk_user(COMMAND, "--version")).strip()
    assert answer.startswith("photobooth-kiosk ")
    assert _builder().debian_version(answer.split()[1]) == version

    user = pwd.getpwnam(USER)
    assert user.pw_shell.endswith("nologin")
    assert USER in grp.getgrnam("video").gr_mem
    info = DATA.stat()
    assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (user.pw_uid, 0o700)


def test_qt_platform_plugins_find_every_library_they_load(installed: Path) -> None:
    """The package's Depends: cover what Qt's wayland, xcb and offscreen plugins link to."""
    plugins = VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/*.so")
    names = {p.name: p for p in plugins}
    for wanted in ("libqwayland.so", "libqxcb.so", "libqoffscreen.so"):
        assert any(n.startswith(wanted.removesuffix(".so")) for n in names), sorted(names)
    for plugin in names.values():
        missing = [line for line in ok("ldd", plugin).splitlines() if "not found" in line]
        assert not missing, f"{plugin.name}: {missing}"


def test_the_kiosk_user_runs_sessions_and_its_files_are_private(
    installed: Path, credentials: Path
) -> None:
    """P7: everything the kiosk writes is the kiosk user's alone."""
    result = sh(
        *as_kiosk_user(
            COMMAND,
            "run",
            "--demo",
            "--autopilot",
            "2",
            QT_QPA_PLATFORM="offscreen",
            PHOTOBOOTH_DATA_DIR=str(DATA),
            CREDENTIALS_DIRECTORY=str(credentials),
        ),
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["sessions"] == 2 and summary["photos"] == 2
    uid = pwd.getpwnam(USER).pw_uid
    made = list(DATA.rglob("*"))
    assert any(p.suffix == ".enc" for p in made), "no photo was kept"
    for path in made:
        info = path.lstat()
        assert info.st_uid == uid, f"{path} is not the kiosk user's"
        assert not stat.S_IMODE(info.st_mode) & 0o077, f"{path} is readable by others"


def test_the_installed_unit_verifies(installed: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        ok("apt-get", "install", "-y", "-q", "--no-install-recommends", "systemd")
    done = sh("systemd-analyze", "verify", UNIT)
    # Without systemd as PID 1 some checks cannot run; the unit's own errors still show.
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if UNIT.name in line or "Unknown" in line or "bad" in line.lower()
    ]
    assert done.returncode == 0 and not problems, problems or done.stderr
    unit = UNIT.read_text()
    for line in (
        "User=photobooth",
        "Restart=always",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "StateDirectory=photobooth-kiosk",
        "StateDirectoryMode=0700",
        "Environment=PHOTOBOOTH_DATA_DIR=/var/lib/photobooth-kiosk",
        "SupplementaryGroups=video",
        "RuntimeDirectory=photobooth-kiosk",
        "ExecStart=/usr/bin/cage -d -- /usr/bin/photobooth-kiosk run",
    ):
        assert line in unit.splitlines(), line
    # The credential names: tests/release/test_deb_builder.py, on every run.


def _cage_screenshot(credentials: Path, video: Path, shot: Path, *cage_flags: str) -> str:
    """The unit's command line, headless: cage with the kiosk full screen, then grim."""
    runtime = private_folder(USER)  # XDG_RUNTIME_DIR: the unit's RuntimeDirectory, 0700
    env = {
        "XDG_RUNTIME_DIR": str(runtime),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
        "PHOTOBOOTH_READY_LINE": "1",
        "CREDENTIALS_DIRECTORY": str(credentials),
    }
    kiosk_run = [COMMAND, "run", "--camera", video, "--data-dir", DATA]
    _x11_socket_folder()
    cage = subprocess.Popen(
        as_kiosk_user("cage", "-d", *cage_flags, "--", *kiosk_run, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert cage.stdout is not None
        line = cage.stdout.readline()  # the kiosk prints one line when the attract screen is up
        assert line.strip() == READY, f"no ready line: {line!r} {cage.stderr.read()[-2000:]}"
        sockets = [p.name for p in runtime.iterdir() if p.is_socket()]
        assert sockets, "cage made no Wayland socket"
        shot_in_runtime = runtime / "shot.png"
        # "Ready" is said when the attract screen is shown; the compositor may not have
        # composed a frame with it yet: take the picture again until the output is no longer
        # blank, for up to 30 s.
        deadline = time.monotonic() + 30
        while True:
            ok(
                *as_kiosk_user(
                    "grim",
                    shot_in_runtime,
                    XDG_RUNTIME_DIR=str(runtime),
                    WAYLAND_DISPLAY=sockets[0],
                )
            )
            shutil.copy(shot_in_runtime, shot)
            if not _blank(shot) or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        # systemctl stop sends SIGTERM to the kiosk: it ends its loop and threads and exits 0.
        kiosk_pid = ok("pgrep", "-u", USER, "-f", f"^{VENV}/bin/python {COMMAND} run").split()[0]
        os.kill(int(kiosk_pid), signal.SIGTERM)
        cage.wait(timeout=120)
        return line
    finally:
        if cage.poll() is None:
            cage.kill()
            cage.wait()
        shutil.rmtree(runtime, ignore_errors=True)


def _x11_socket_folder() -> None:
    """/tmp/.X11-unix as systemd-tmpfiles makes it at boot (root's, 1777). Without it the
    Xwayland that cage starts makes it as the kiosk user, and from then on every other
    user's cage on this machine refuses to start ("not owned by root or us")."""
    folder = Path("/tmp/.X11-unix")
    folder.mkdir(exist_ok=True)
    os.chown(folder, 0, 0)
    folder.chmod(0o1777)


def _blank(shot: Path) -> bool:
    from PIL import Image

    colours = Image.open(shot).convert("RGB").getcolors(1)
    return colours is not None  # one colour only: nothing drawn yet


def _looks_like_the_attract_screen(shot: Path, size: tuple[int, int]) -> None:
    from PIL import Image

    from ui.style import BACKGROUND, GOLD

    def rgb(hex_colour: str) -> tuple[int, int, int]:
        value = int(hex_colour.lstrip("#"), 16)
        return (value >> 16 & 255, value >> 8 & 255, value & 255)

    image = Image.open(shot).convert("RGB")
    assert image.size == size
    counts = {colour: n for n, colour in image.getcolors(image.width * image.height) or []}
    total = image.width * image.height
    # The attract screen: its dark background, and the gold "Touch to start" button.
    assert counts.get(rgb(BACKGROUND), 0) > 0.5 * total
    assert counts.get(rgb(GOLD), 0) > 0.02 * total


# How the output is captured. Under cage 0.1.4 (wlroots 0.15.1) with the headless backend,
# a full-screen client whose buffer is exactly the output's size is scanned out directly:
# cage hands the kiosk's wl_shm buffer to the output instead of composing a frame, and
# grim (wlr-screencopy) then gets the last composed frame, black or stale, for as long as
# that lasts. A 15-line Qt window that changes colour every 2 s showed it: never seen to
# change, and all black when sized to the output before it is shown (the kiosk is, so that
# its first frame is already full screen). That was the "black output about 1 start in 4"
# of issue #17's note, a blind spot of the capture and not of the kiosk: a DRM output
# cannot scan a wl_shm buffer out, so on a real screen cage composes every frame.
# A rotated output also makes cage compose (its scan-out needs the surface's transform to
# match the output's), so the landscape run uses ``-r -r``: the same 1280x720 landscape
# output turned 180 degrees, as for a screen mounted upside down, which grim turns back.
@pytest.mark.parametrize(
    ("cage_flags", "size"),
    [(("-r", "-r"), (1280, 720)), (("-r",), (720, 1280))],
    ids=["landscape", "portrait"],
)
def test_under_cage_the_kiosk_shows_the_attract_screen_full_screen(
    installed: Path, credentials: Path, cage_flags: tuple[str, ...], size: tuple[int, int]
) -> None:
    from camera.demo_video import ensure_demo_video

    videos = private_folder(USER)
    video = ensure_demo_video(videos, seconds=1)
    shutil.chown(video, USER, USER)
    shot = Path(tempfile.gettempdir()) / f"photobooth-deb-cage-{'-'.join(cage_flags)}.png"
    _cage_screenshot(credentials, video, shot, *cage_flags)
    _looks_like_the_attract_screen(shot, size)
    log = (DATA / "logs" / "kiosk.log").read_text()
    assert "stopping on SIGTERM" in log and "clean shutdown (status 0)" in log
    shutil.rmtree(videos)
    # Full screen at cage's size, nothing cut (issue #18: the screens fit any size given).
    assert _fills_the_screen(shot), f"the kiosk does not fill cage's output: see {shot}"


def _fills_the_screen(shot: Path) -> bool:
    """Full screen and nothing cut: no black band the window leaves, and no control
    running off the right edge (the last column is all background)."""
    from PIL import Image

    from ui.style import BACKGROUND

    image = Image.open(shot).convert("RGB")
    background = tuple(int(BACKGROUND[i : i + 2], 16) for i in (1, 3, 5))
    black = sum(1 for y in range(0, image.height, 4) if image.getpixel((0, y)) == (0, 0, 0))
    right = [image.getpixel((image.width - 1, y)) for y in range(0, image.height - 8)]
    return black * 4 < 0.02 * image.height and all(pixel == background for pixel in right)


def test_remove_keeps_the_data_and_purge_erases_it_with_the_credentials(installed: Path) -> None:
    """Remove takes the program and keeps the visitors' data; purge leaves none of it (P7)."""
    made = []
    for store in CREDSTORES:
        store.mkdir(mode=0o700, exist_ok=True)
        made.append(store / "photobooth-records-key")
        made.append(store / "photobooth-sendgrid-api-key")
    someone_else = CREDSTORES[1] / "another-service-key"
    for path in [*made, someone_else]:
        path.write_text("sealed\n")

    ok("apt-get", "remove", "-y", "-q", PACKAGE)
    assert not COMMAND.exists() and not (VENV / "bin").exists()
    assert (DATA / "records.sqlite3").is_file()
    assert all(path.exists() for path in made)

    purged = sh("apt-get", "purge", "-y", "-q", PACKAGE)
    assert purged.returncode == 0, purged.stderr
    assert "erasing the data folder" in purged.stdout + purged.stderr
    assert not DATA.exists()
    assert not any(path.exists() for path in made)
    assert someone_else.exists()
    someone_else.unlink()
