"""The store manager's privacy commands (P3, P4, P5, P7).

``records find|export|rectify|erase|restrict|hold|release|export-consented``,
``consent withdraw``, ``audit list|verify``, ``report``, ``retention run``.
Each writes an audit entry. A request that cannot be carried out (unknown
person, ambiguous input, a value the form's rules refuse, a missing or unwritable
folder, legal hold) ends with one line on stderr and exit status 2; ``audit verify``
on a broken chain exits 3. What is printed passes through ``kiosk.terminal``, so a
stored escape sequence is shown, not obeyed.
Personal data is printed to stdout only by the commands whose job it is
(``records find``), and never logged.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from booth.manager_services import build_rights
from booth.paths import DataLayout, resolve_data_dir
from booth.privacy import open_sweep
from booth.records_file import open_records
from booth.settings import Settings, load_settings
from booth.settings_profile import effective_settings
from consent.audit import AuditLog, default_actor
from consent.database import Database
from consent.ledger import CHANNELS
from consent.photos import PhotoStore
from consent.publishing import PackageError, export_consented
from consent.rights import RightsError, SubjectRights
from consent.subjects import Identifier, LookupInputError
from kiosk.logs import configure_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER = 2
EXIT_TAMPERED = 3

Command = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A problem with what was asked; printed as one line."""


@dataclass
class Context:
    layout: DataLayout
    settings: Settings
    database: Database
    photos: PhotoStore
    rights: SubjectRights
    actor: str

    def identifier(self, args: argparse.Namespace) -> Identifier:
        return Identifier.parse(
            email=args.email,
            phone=args.phone,
            subject=args.subject,
            default_region=self.settings.delivery.default_region,
        )

    def subject(self, args: argparse.Namespace, action: str) -> str:
        return self.rights.resolve(self.identifier(args), action)


def _context(args: argparse.Namespace) -> Context:
    layout = DataLayout(resolve_data_dir(args.data_dir))
    if not layout.database.exists():
        raise CommandError(
            f"no records file in {layout.root} (nothing recorded yet, or the wrong --data-dir)"
        )
    configure_logging(layout.logs, getattr(args, "verbose", False))
    settings = effective_settings(layout, load_settings(layout.settings_file))
    database = open_records(layout)
    actor = default_actor("cli")
    photos, rights = build_rights(layout, settings, database, actor)
    return Context(layout, settings, database, photos, rights, actor)


def command(fn: Callable[[Context, argparse.Namespace], int]) -> Command:
    """Open the records, run, close; turn a refused request into one line and exit status 2."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            ctx = _context(args)
        except CommandError as exc:
            print(f"photobooth-kiosk: {exc}", file=sys.stderr)
            return EXIT_USER
        try:
            return fn(ctx, args)
        except (CommandError, RightsError, LookupInputError, PackageError) as exc:
            print(f"photobooth-kiosk: {exc}", file=sys.stderr)
            return EXIT_USER
        except OSError as exc:  # an export folder that cannot be written, a full disk
            print(f"photobooth-kiosk: {os_problem(exc)}", file=sys.stderr)
            return EXIT_USER
        finally:
            ctx.database.close()

    return run


def os_problem(exc: OSError) -> str:
    """One line naming the file and what the system said, e.g. an export folder on /sys."""
    what = exc.strerror or type(exc).__name__
    return f"cannot write {exc.filename}: {what}" if exc.filename else f"cannot write: {what}"


def _out_dir(raw: str) -> Path:
    path = Path(raw).expanduser()
    if not path.is_dir():
        raise CommandError(f"the output folder {path} does not exist; create it first")
    return path


# -- records ---------------------------------------------------------------
@command
def _find(ctx: Context, args: argparse.Namespace) -> int:
    documents = ctx.rights.find(ctx.identifier(args))
    if not documents:
        raise CommandError(f"no records found for {ctx.identifier(args).describe()}")
    if args.json:
        print(json.dumps(documents, indent=2, ensure_ascii=False))
        return EXIT_OK
    for doc in documents:
        subject = doc["subject"]
        flags = []
        if subject["restricted_at"]:
            flags.append(f"restricted since {subject['restricted_at']}")
        if subject["legal_hold"]:
            flags.append(f"legal hold since {subject['legal_hold']['since']}")
        print(f"subject {subject['id']}: {len(doc['visits'])} visit(s) {'; '.join(flags)}".rstrip())
        for visit in doc["visits"]:
            print(
                f"  visit {visit['id']}  {visit['created_at']}  {visit['store_id']}/{visit['kiosk_id']}  {visit['status']}"
            )
            if visit["data_removed_at"]:
                print(f"    personal data removed {visit['data_removed_at']}")
            else:
                print(
                    f"    name: {visit['name'] or '-'}  email: {visit['email'] or '-'}  "
                    f"phone: {visit['phone'] or '-'}  photo: {'yes' if visit['photo'] else 'no'}"
                )
            consents = ", ".join(f"{c['purpose']}: {c['state']}" for c in visit["consents"])
            print(f"    consents: {consents}")
            sent = ", ".join(f"{d['channel']} {d['status']}" for d in visit["deliveries"])
            print(f"    deliveries: {sent or '-'}")
    return EXIT_OK


@command
def _export(ctx: Context, args: argparse.Namespace) -> int:
    out = _out_dir(args.out)
    subject = ctx.subject(args, "records.export")
    path, photos = ctx.rights.export(subject, out)
    print(f"exported subject {subject} with {photos} photo(s) to {path}")
    return EXIT_OK


@command
def _rectify(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "records.rectify")
    changed = ctx.rights.rectify(
        subject,
        name=args.new_name,
        email=args.new_email,
        phone=args.new_phone,
        visit_id=args.visit,
    )
    print(f"corrected {changed} visit(s) of subject {subject}")
    return EXIT_OK


@command
def _erase(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "records.erase")
    visits = ctx.database.conn.execute(
        "SELECT count(*) FROM visits WHERE subject_id = ?", (subject,)
    ).fetchone()[0]
    if not args.yes:
        print(
            f"This erases subject {subject}: {visits} visit(s), their photos, consent records, "
            "deliveries and every copy. It cannot be undone.",
            file=sys.stderr,
        )
        print("Type 'erase' to confirm: ", end="", file=sys.stderr, flush=True)
        try:
            answer = input()
        except EOFError:
            answer = ""
        if answer.strip().lower() != "erase":
            AuditLog(ctx.database).append(
                "records.erase", actor=ctx.actor, outcome="not_confirmed", subject_id=subject
            )
            raise CommandError("not confirmed; nothing was erased")
    result = ctx.rights.erase(subject)
    print(
        f"erased subject {subject}: {result.visits} visit(s), {result.photos} photo file(s), "
        f"{result.deliveries} delivery record(s), {result.copies} copy file(s); "
        f"{result.tombstones} tombstone(s) kept"
    )
    return EXIT_OK


@command
def _restrict(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "records.restrict")
    held = ctx.rights.restrict(subject, lift=args.lift)
    if args.lift:
        print(f"restriction lifted for subject {subject}; {held} delivery(ies) back in the queue")
    else:
        print(
            f"subject {subject} restricted: no sending, publishing or sync; {held} delivery(ies) held"
        )
    return EXIT_OK


@command
def _hold(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "records.hold")
    ctx.rights.hold(subject, args.reason)
    print(
        f"legal hold placed on subject {subject}: nothing of theirs will be deleted until released"
    )
    return EXIT_OK


@command
def _release(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "records.release")
    standing = ctx.rights.release(subject)
    if standing:
        print(
            f"the store's legal hold released for subject {subject}; still held by head office "
            f"({'; '.join(standing)}): only head office can release that"
        )
    else:
        print(f"legal hold released for subject {subject}")
    return EXIT_OK


@command
def _export_consented(ctx: Context, args: argparse.Namespace) -> int:
    out = _out_dir(args.out)
    package = export_consented(ctx.database, ctx.photos, out, ctx.actor)
    print(
        f"{package.photos} photo(s) with an active publish consent ({package.new} new), "
        f"{package.takedowns} to take down, in {package.folder}"
    )
    return EXIT_OK


# -- consent, audit, report, retention ----------------------------------------
@command
def _withdraw(ctx: Context, args: argparse.Namespace) -> int:
    subject = ctx.subject(args, "consent.withdraw")
    visits = ctx.rights.withdraw(subject, args.purpose, args.channel, args.visit)
    if visits:
        print(f"{args.purpose} consent withdrawn on {len(visits)} visit(s) of subject {subject}")
    else:
        print(f"subject {subject} has no active {args.purpose} consent; nothing to withdraw")
    return EXIT_OK


@command
def _audit_list(ctx: Context, args: argparse.Namespace) -> int:
    audit = AuditLog(ctx.database)
    entries = audit.entries(subject_id=args.subject, limit=args.limit)
    audit.append("audit.list", actor=ctx.actor, details={"entries": len(entries)})
    for e in entries:
        if args.json:
            print(json.dumps(e.__dict__, ensure_ascii=False))
        else:
            details = json.dumps(e.details, sort_keys=True) if e.details else ""
            print(
                f"{e.seq:>6}  {e.created_at}  {e.actor}  {e.action}  {e.outcome}  "
                f"{e.subject_id or '-'}  {details}".rstrip()
            )
    return EXIT_OK


@command
def _audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    audit = AuditLog(ctx.database)
    result = audit.verify()
    if not result.ok:
        print(
            f"photobooth-kiosk: the audit log has been tampered with: {result.problem}",
            file=sys.stderr,
        )
        try:
            audit.append("audit.verify", actor=ctx.actor, outcome="broken")
        except Exception:  # a damaged log must not hide the verdict
            log.warning("could not record the failed verification")
        return EXIT_TAMPERED
    audit.append("audit.verify", actor=ctx.actor, details={"entries": result.entries})
    print(f"audit log intact: {result.entries} entries, chain head {result.head[:16]}")
    if not result.sealed:
        print("(written before its ends were sealed; this check's own entry seals them now)")
    return EXIT_OK


def counts(database: Database) -> dict[str, Any]:
    """Counts only: no names, addresses, numbers, ids or photos (safe to send to head office)."""
    conn = database.conn

    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    consents: dict[str, dict[str, int]] = {}
    for purpose, given, withdrawn, n in conn.execute(
        "SELECT c.purpose, c.given, EXISTS (SELECT 1 FROM consent_events e WHERE e.consent_id = c.id "
        "AND e.event = 'withdrawn') AS w, count(*) FROM consents c GROUP BY c.purpose, c.given, w"
    ):
        state = "withdrawn" if withdrawn else ("given" if given else "not_given")
        consents.setdefault(purpose, {})[state] = int(n)
    return {
        "visits": one("SELECT count(*) FROM visits"),
        "visits_with_personal_data": one(
            "SELECT count(*) FROM visits WHERE pii_removed_at IS NULL"
        ),
        "photos": one("SELECT count(*) FROM visits WHERE photo_file IS NOT NULL"),
        "subjects": one("SELECT count(*) FROM subjects"),
        "subjects_restricted": one("SELECT count(*) FROM subjects WHERE restricted_at IS NOT NULL"),
        "subjects_on_legal_hold": one("SELECT count(*) FROM subjects WHERE hold_at IS NOT NULL"),
        "consents": consents,
        "deliveries": dict(
            conn.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall()
        ),
        "erasures": one("SELECT count(DISTINCT subject_id) FROM tombstones"),
        "consented_exports": one("SELECT count(*) FROM consented_exports"),
        "audit_entries": one("SELECT count(*) FROM audit_log"),
    }


@command
def _report(ctx: Context, args: argparse.Namespace) -> int:
    figures = counts(ctx.database)
    AuditLog(ctx.database).append("report", actor=ctx.actor)
    print(json.dumps(figures, indent=None if args.compact else 2, sort_keys=True))
    return EXIT_OK


def _parse_now(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(
            f"--now: '{raw}' is not an ISO time such as 2027-01-31T12:00:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@command
def _retention_run(ctx: Context, args: argparse.Namespace) -> int:
    now = _parse_now(args.now)
    ctx.database.close()
    sweep = open_sweep(ctx.layout, ctx.settings, ctx.actor)
    ctx.database = sweep.database
    report = sweep.run(now, dry_run=args.dry_run)
    AuditLog(sweep.database).append(
        "retention.run",
        actor=ctx.actor,
        details={
            "dry_run": args.dry_run,
            "now": report.now,
            **{k: v.done if not args.dry_run else v.due for k, v in report.categories.items()},
        },
    )
    if args.json:
        print(
            json.dumps(
                report.as_dict() | {"sample": {k: v.sample for k, v in report.categories.items()}}
            )
        )
        return EXIT_OK
    verb = "due" if args.dry_run else "removed"
    print(f"retention {'dry run' if args.dry_run else 'run'} at {report.now}:")
    for name, result in report.categories.items():
        done = result.due if args.dry_run else result.done
        extra = []
        if result.held:
            extra.append(f"{result.held} on legal hold")
        if result.deferred:
            extra.append(f"{result.deferred} waiting for copies")
        print(f"  {name}: {done} {verb}" + (f" ({', '.join(extra)})" if extra else ""))
        if args.dry_run and result.sample:
            print(f"    e.g. {', '.join(result.sample[:5])}")
    return EXIT_OK


# -- the parsers -------------------------------------------------------------
def _who(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--email", metavar="E", help="the email address the person gave")
    group.add_argument("--phone", metavar="P", help="the mobile number the person gave")
    group.add_argument("--subject", metavar="ID", help="the pseudonymous subject id")


def register_privacy_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    records = sub.add_parser(
        "records", parents=[common], help="a person's records: find, export, erase ..."
    )
    rsub = records.add_subparsers(dest="records_command", metavar="ACTION", required=True)

    p = rsub.add_parser("find", parents=[common], help="show everything held about a person")
    _who(p)
    p.add_argument("--json", action="store_true", help="print the export document instead")
    p.set_defaults(func=_find)

    p = rsub.add_parser("export", parents=[common], help="a zip of JSON and photos for the person")
    _who(p)
    p.add_argument("--out", required=True, metavar="DIR", help="an existing folder for the zip")
    p.set_defaults(func=_export)

    p = rsub.add_parser("rectify", parents=[common], help="correct a name, email or phone")
    _who(p)
    p.add_argument("--new-name", metavar="NAME")
    p.add_argument("--new-email", metavar="E")
    p.add_argument("--new-phone", metavar="P")
    p.add_argument("--visit", metavar="ID", help="only this visit (default: all of the person's)")
    p.set_defaults(func=_rectify)

    p = rsub.add_parser(
        "erase", parents=[common], help="erase the person everywhere, keep a tombstone"
    )
    _who(p)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=_erase)

    p = rsub.add_parser(
        "restrict", parents=[common], help="no sending, publishing or sync until lifted"
    )
    _who(p)
    p.add_argument("--lift", action="store_true", help="lift the restriction")
    p.set_defaults(func=_restrict)

    p = rsub.add_parser(
        "hold", parents=[common], help="legal hold: suspend deletion for the person"
    )
    _who(p)
    p.add_argument("--reason", required=True, help="a case reference (no personal data)")
    p.set_defaults(func=_hold)

    p = rsub.add_parser("release", parents=[common], help="release a legal hold")
    _who(p)
    p.set_defaults(func=_release)

    p = rsub.add_parser(
        "export-consented",
        parents=[common],
        help="photos the social team may publish, and take-downs",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="an existing folder for the package")
    p.set_defaults(func=_export_consented)

    consent = sub.add_parser("consent", parents=[common], help="consent records")
    csub = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    p = csub.add_parser("withdraw", parents=[common], help="withdraw a consent for a person")
    _who(p)
    p.add_argument("--purpose", required=True, help="e.g. publish_social")
    p.add_argument(
        "--channel", default="manager-cli", choices=CHANNELS, help="how the person asked"
    )
    p.add_argument("--visit", metavar="ID", help="only this visit (default: all of the person's)")
    p.set_defaults(func=_withdraw)

    audit = sub.add_parser("audit", parents=[common], help="the audit log")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = asub.add_parser("list", parents=[common], help="show audit entries, oldest first")
    p.add_argument("--limit", type=int, metavar="N", help="only the last N entries")
    p.add_argument("--subject", metavar="ID", help="only entries about this subject")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=_audit_list)
    p = asub.add_parser("verify", parents=[common], help="check the hash chain (exit 3 if broken)")
    p.set_defaults(func=_audit_verify)

    p = sub.add_parser("report", parents=[common], help="counts only, no personal data (JSON)")
    p.add_argument("--compact", action="store_true", help="one line")
    p.set_defaults(func=_report)

    retention = sub.add_parser("retention", parents=[common], help="apply the retention rules")
    tsub = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = tsub.add_parser("run", parents=[common], help="remove what is due (or list it)")
    p.add_argument("--dry-run", action="store_true", help="list what is due, change nothing")
    p.add_argument("--now", metavar="ISO-TIME", help="pretend it is this time (UTC if no offset)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_retention_run)
