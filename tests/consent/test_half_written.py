"""What a crash leaves half written is found and removed, like the file it was becoming (P5, P7).

A kill -9 in the middle of a durable write leaves ``.tmp-<name>.<random>`` beside the
target: a dry-run message with the visitor's address and photo, or a sealed photo. The
kiosk removes every such file when it starts, and erasure removes the person's own.
"""

from __future__ import annotations

from pathlib import Path

from booth.paths import DataLayout
from consent.files import write_file_durably
from tests.consent.helpers import cli, scalar, visit


def leftover(folder: Path, target: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".tmp-{target}.k3j9x_"
    path.write_bytes(b"To: ada@example.com\r\n\r\nphoto bytes")
    return path


def test_a_durable_write_names_its_temporary_file_after_its_target(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import consent.files as files

    renamed: list[str] = []
    real_replace = files.os.replace

    def spying_replace(src, dst):  # type: ignore[no-untyped-def]
        renamed.append(Path(src).name)
        return real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", spying_replace)
    write_file_durably(tmp_path / "d-1.eml", b"x")
    assert renamed and renamed[0].startswith(".tmp-d-1.eml.")


def test_erasure_removes_the_persons_half_written_copies(layout: DataLayout) -> None:
    """P5: erasure reaches a copy a crash left half written."""
    submitted = visit(layout)
    (delivery_id,) = submitted.deliveries
    message = leftover(layout.dry_run_outbox, f"{delivery_id}.eml")
    photo = leftover(layout.photos, submitted.photo_file.name)
    someone_else = leftover(layout.dry_run_outbox, "another-delivery.eml")
    result = cli(layout, "records", "erase", "--email", "ada@example.com", "--yes")
    assert result.returncode == 0, result.stderr
    assert not message.exists() and not photo.exists()
    assert someone_else.exists(), "only the person's own copies"
    assert scalar(layout, "SELECT count(*) FROM visits") == 0


def test_the_kiosk_clears_half_written_files_when_it_starts(layout: DataLayout) -> None:
    """P7: nothing half written survives a restart, in the photos or the dry-run outbox."""
    stale = [
        leftover(layout.dry_run_outbox, "d-1.eml"),
        leftover(layout.photos, "v-1.jpg.enc"),
    ]
    result = cli(layout, "run", "--demo", "--autopilot", "1")
    assert result.returncode == 0, result.stderr
    assert [p for p in stale if p.exists()] == []
