"""The parts of the Debian package that need no root and no dpkg: checked on every run.

The package itself is installed and run in tests/release/test_debian_package.py (CI only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from booth.secrets import SECRETS
from consent.keys import SYSTEMD_CREDENTIAL

ROOT = Path(__file__).resolve().parent.parent.parent
UNIT = ROOT / "deploy" / "linux" / "photobooth-kiosk.service"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "deploy/debian/build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_development_build_sorts_before_its_release_in_debian_versions() -> None:
    to_debian = _builder().debian_version
    assert to_debian("0.1.0") == "0.1.0"
    assert to_debian("0.2.0rc1") == "0.2.0~rc1"
    # The git hash in the local part is left alone, even where it holds "a1" or "b2".
    assert to_debian("0.1.1.dev106+g94a4167b2.d20261206") == "0.1.1~dev106+g94a4167b2.d20261206"


def test_the_unit_loads_every_credential_the_kiosk_reads_and_purge_erases_them() -> None:
    """The unit, the kiosk and the postrm agree on the names (docs/deployment.md's table)."""
    unit = UNIT.read_text().splitlines()
    loaded = {
        line.split("=", 1)[1].split(":")[0]
        for line in unit
        if line.startswith("LoadCredentialEncrypted=")
    }
    assert loaded == {SYSTEMD_CREDENTIAL, *SECRETS.values()}
    assert set(_builder().credential_names()) == loaded
