"""Copies of a visit's photo or message that live outside the records file.

Erasure and retention must reach every copy (P5): the photo file (see
:mod:`consent.photos`), but also what delivery made of it: a hosted media
copy behind an SMS link (issue #4), or the dry-run outbox's files in demo
mode. Each such place implements :class:`CopyStore`; erasure and retention
call every registered store *before* they remove the rows that say which
copies exist, so a failure leaves the visit in place to be retried rather
than a copy nobody knows about.

A store that cannot delete now (the media host is unreachable) raises
:class:`CopyDeletionError`; erasure then stops with nothing removed, and the
retention sweep skips the visit until the next run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from consent.files import remove_temp_files


class CopyDeletionError(Exception):
    """A copy exists but could not be deleted now; say where, never what it held."""


class CopyStore(Protocol):
    """One place outside the records file that may hold a copy of a visit's data."""

    name: str

    def delete_for_visit(self, visit_id: str, delivery_ids: Sequence[str]) -> int:
        """Delete every copy of this visit; return how many were deleted (0 if none)."""
        ...


class NoHostedCopies:
    """The default until a media host is configured: nothing hosted, nothing to delete."""

    name = "hosted-media"

    def delete_for_visit(self, visit_id: str, delivery_ids: Sequence[str]) -> int:
        return 0


class DryRunCopies:
    """The dry-run outbox: ``<delivery id>.eml``, ``.json`` and the stand-in hosted ``.jpg``."""

    name = "dry-run-outbox"
    SUFFIXES = (".eml", ".json", ".jpg")

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def delete_for_visit(self, visit_id: str, delivery_ids: Sequence[str]) -> int:
        deleted = 0
        for delivery_id in delivery_ids:
            if "/" in delivery_id or "\\" in delivery_id or delivery_id.startswith("."):
                continue
            for suffix in self.SUFFIXES:
                path = self.folder / f"{delivery_id}{suffix}"
                try:
                    # A write a crash cut short holds the same address and photo.
                    deleted += remove_temp_files(self.folder, path.name)
                    path.unlink()
                    deleted += 1
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    raise CopyDeletionError(
                        f"{self.name}: {path.name} could not be deleted ({exc.strerror})"
                    ) from None
        return deleted


def delete_copies(stores: Sequence[CopyStore], visit_id: str, delivery_ids: Sequence[str]) -> int:
    return sum(store.delete_for_visit(visit_id, delivery_ids) for store in stores)
