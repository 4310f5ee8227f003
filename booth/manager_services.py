"""What the store manager does, as plain functions: one person's records, the outbox, exports, audit.

The command line (``kiosk.cli_records``, ``kiosk.cli_outbox``) and the manager screens
(``ui/screens/admin/records_tab.py``, ``ui/screens/admin/manager.py``) call these, so no
rule lives only in a screen. No Qt. Every function here blocks (SQLite, photo files,
exports): the screens call them through the task runner, each call opening and closing
its own connection, because a connection may not cross threads. Every change writes an
audit entry (``consent.rights`` and ``consent.publishing`` do it in the same transaction;
the outbox changes are recorded here).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from booth.paths import DataLayout
from booth.privacy import copy_stores, kiosk_identity
from booth.records_file import open_records
from booth.settings import Settings
from consent.audit import AuditEntry, AuditLog, Verification
from consent.database import Database
from consent.delivery_status import DROPPABLE, NEEDS_ATTENTION, RETRYABLE, DeliveryStatus
from consent.photos import PhotoStore
from consent.publishing import ConsentedPackage, export_consented
from consent.rights import ErasureResult, RightsError, SubjectRights
from consent.subjects import Identifier, LookupInputError
from delivery.addresses import EMAIL_SMTPUTF8

if TYPE_CHECKING:
    from delivery.outbox import Outbox

T = TypeVar("T")

ERASE_WORD = "ERASE"
PUBLISH = "publish_social"
REMOVABLE_ROOTS = (Path("/media"), Path("/run/media"))

__all__ = [  # the audit, publishing and outbox types the manager's screens draw come from here
    "DROPPABLE",
    "ERASE_WORD",
    "RETRYABLE",
    "AuditEntry",
    "ConsentedPackage",
    "DeliveryStatus",
    "LookupInputError",
    "ManagerError",
    "RightsError",
    "Verification",
    "build_rights",
    "erase_confirmed",
]


def erase_confirmed(typed: str) -> bool:
    """The typed word, in any case (the touch keyboard types lower case)."""
    return typed.strip().upper() == ERASE_WORD


class ManagerError(Exception):
    """A request that cannot be carried out as asked; the message is for the manager."""


# -- the shared builder ------------------------------------------------------------------------
def build_rights(
    layout: DataLayout, settings: Settings, database: Database, actor: str
) -> tuple[PhotoStore, SubjectRights]:
    """The photo store and rights service, exactly as the command line and the screens use them."""
    photos = PhotoStore(layout.photos, database.vault)
    rights = SubjectRights(
        database,
        photos,
        kiosk_identity(settings),
        actor,
        copy_stores(layout, settings),
        settings.delivery.default_region,
        smtputf8=EMAIL_SMTPUTF8,
    )
    return photos, rights


@contextmanager
def _records(layout: DataLayout) -> Iterator[Database]:
    if not layout.database.exists():
        raise ManagerError("there is no records file yet: nobody has been recorded")
    database = open_records(layout)
    try:
        yield database
    finally:
        database.close()


def _with_rights(
    layout: DataLayout, settings: Settings, actor: str, fn: Callable[[SubjectRights], T]
) -> T:
    with _records(layout) as database:
        _photos, rights = build_rights(layout, settings, database, actor)
        return fn(rights)


# -- finding people ------------------------------------------------------------------------------
def identifier_of(text: str, settings: Settings) -> Identifier:
    """What the manager typed: an email address if it has an @, else a phone number."""
    text = text.strip()
    if not text:
        raise LookupInputError("type the email address or phone number the person gave")
    region = settings.delivery.default_region
    if "@" in text:
        return Identifier.parse(email=text, default_region=region)
    return Identifier.parse(phone=text, default_region=region)


def find_people(
    layout: DataLayout, settings: Settings, actor: str, text: str
) -> list[dict[str, Any]]:
    """Every person the email or phone matches, as export documents (audited as records.find)."""
    ident = identifier_of(text, settings)
    return _with_rights(layout, settings, actor, lambda rights: rights.find(ident))


def person(layout: DataLayout, settings: Settings, actor: str, subject_id: str) -> dict[str, Any]:
    """One person's document again (after a change); audited as records.find."""
    ident = Identifier.parse(subject=subject_id)
    documents = _with_rights(layout, settings, actor, lambda rights: rights.find(ident))
    if not documents:
        raise ManagerError(f"subject {subject_id} is no longer in the records")
    return documents[0]


def photo_bytes(layout: DataLayout, visit_id: str) -> bytes | None:
    """The decrypted JPEG of one visit, or None when it has none (any more)."""
    with _records(layout) as database:
        row = database.conn.execute(
            "SELECT photo_file FROM visits WHERE id = ?", (visit_id,)
        ).fetchone()
        if not row or not row[0]:
            return None
        return PhotoStore(layout.photos, database.vault).read(row[0])


# -- the rights ---------------------------------------------------------------------------------
def export_person(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str, out_dir: Path
) -> tuple[Path, int]:
    folder = out_folder(out_dir)
    with _writing_into(folder):
        return _with_rights(
            layout, settings, actor, lambda rights: rights.export(subject_id, folder)
        )


def rectify_person(
    layout: DataLayout,
    settings: Settings,
    actor: str,
    subject_id: str,
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> int:
    """Empty fields are left as they are."""

    def given(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    return _with_rights(
        layout,
        settings,
        actor,
        lambda rights: rights.rectify(
            subject_id, name=given(name), email=given(email), phone=given(phone)
        ),
    )


def erase_person(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str, confirmation: str
) -> ErasureResult:
    """Erase only when ``confirmation`` is the word ERASE; a refusal is audited too."""

    def run(rights: SubjectRights) -> ErasureResult:
        if not erase_confirmed(confirmation):
            rights.audit.append(
                "records.erase", actor=actor, outcome="not_confirmed", subject_id=subject_id
            )
            raise RightsError(f"not confirmed (type {ERASE_WORD}); nothing was erased")
        return rights.erase(subject_id)

    return _with_rights(layout, settings, actor, run)


def withdraw_publish(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str, channel: str
) -> list[str]:
    return _with_rights(
        layout, settings, actor, lambda rights: rights.withdraw(subject_id, PUBLISH, channel)
    )


def restrict_person(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str, lift: bool
) -> int:
    return _with_rights(
        layout, settings, actor, lambda rights: rights.restrict(subject_id, lift=lift)
    )


def hold_person(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str, reason: str
) -> None:
    _with_rights(layout, settings, actor, lambda rights: rights.hold(subject_id, reason))


def release_person(
    layout: DataLayout, settings: Settings, actor: str, subject_id: str
) -> list[str]:
    """Lift the store's own hold; returns the reasons of head office's holds still standing
    (only head office releases those)."""
    return _with_rights(layout, settings, actor, lambda rights: rights.release(subject_id))


# -- the outbox ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutboxView:
    rows: list[dict[str, Any]]  # ids, channels, states, reasons: never an address (P7)
    paused: list[dict[str, Any]]  # channels paused, until when and why


def outbox_view(
    layout: DataLayout, statuses: tuple[DeliveryStatus, ...] = NEEDS_ATTENTION
) -> OutboxView:
    from delivery.outbox import Outbox

    with _records(layout) as database:
        outbox = Outbox(database, PhotoStore(layout.photos, database.vault))
        return OutboxView(
            outbox.rows(statuses, 200), [c for c in outbox.channels() if c["paused_until"]]
        )


def change_delivery(outbox: Outbox, delivery_id: str, retry: bool, actor: str) -> bool:
    """``outbox retry`` / ``outbox drop``: False when no such delivery can be changed that way."""
    done = outbox.retry_now(delivery_id) if retry else outbox.drop(delivery_id)
    AuditLog(outbox.database).append(
        "outbox.retry" if retry else "outbox.drop",
        actor=actor,
        outcome="ok" if done else "not_changed",
        details={"delivery": delivery_id},
    )
    return done


def retry_or_drop(layout: DataLayout, actor: str, delivery_id: str, retry: bool) -> bool:
    from delivery.outbox import Outbox

    with _records(layout) as database:
        outbox = Outbox(database, PhotoStore(layout.photos, database.vault))
        return change_delivery(outbox, delivery_id, retry, actor)


# -- the social team's package, the audit log ---------------------------------------------------
def out_folder(raw: Path | str) -> Path:
    path = Path(raw).expanduser()
    if not str(raw).strip() or not path.is_dir():
        raise ManagerError(f"the folder {path} does not exist; create it or plug in the drive")
    return path


@contextmanager
def _writing_into(folder: Path) -> Iterator[None]:
    """A drive that is full or read-only is a message for the manager, not a crash."""
    try:
        yield
    except OSError as exc:
        raise ManagerError(
            f"the folder {folder} cannot be written ({exc.strerror or type(exc).__name__}); "
            "choose another folder or drive"
        ) from None


def social_export(layout: DataLayout, actor: str, out_dir: Path | str) -> ConsentedPackage:
    folder = out_folder(out_dir)
    with _writing_into(folder), _records(layout) as database:
        photos = PhotoStore(layout.photos, database.vault)
        return export_consented(database, photos, folder, actor)


def audit_entries(layout: DataLayout, actor: str, limit: int = 200) -> list[AuditEntry]:
    """The latest entries, oldest first; the viewing is audited like ``audit list``."""
    with _records(layout) as database:
        audit = AuditLog(database)
        entries = audit.entries(limit=limit)
        audit.append("audit.list", actor=actor, details={"entries": len(entries)})
        return entries


def audit_verify(layout: DataLayout, actor: str) -> Verification:
    with _records(layout) as database:
        audit = AuditLog(database)
        result = audit.verify()
        try:
            if result.ok:
                audit.append("audit.verify", actor=actor, details={"entries": result.entries})
            else:
                audit.append("audit.verify", actor=actor, outcome="broken")
        except Exception:  # a damaged log must not hide the verdict
            pass
        return result


# -- where exports go ---------------------------------------------------------------------------
def removable_drives(roots: tuple[Path, ...] = REMOVABLE_ROOTS) -> list[Path]:
    """Mounted drives under /media or /run/media (``/media/USER/LABEL`` or ``/media/LABEL``)."""
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if os.path.ismount(child):
                found.append(child)
                continue
            try:
                found.extend(
                    sorted(p for p in child.iterdir() if p.is_dir() and os.path.ismount(p))
                )
            except OSError:
                continue
    return found


def default_export_folder(layout: DataLayout) -> Path:
    """A removable drive if one is plugged in, else ``DATA_DIR/exports`` (created, 0700)."""
    drives = removable_drives()
    if drives:
        return drives[0]
    folder = layout.root / "exports"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder
