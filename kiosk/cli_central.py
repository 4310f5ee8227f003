"""``photobooth-kiosk central ...``: head office's commands.

The DSN comes from ``--dsn`` or ``PHOTOBOOTH_CENTRAL_DSN``; head office's keys
from ``--keys DIR`` or ``PHOTOBOOTH_CENTRAL_KEYS`` (default: ``central-keys``
in the data folder); the bucket from ``--bucket``/``--endpoint-url`` or
``PHOTOBOOTH_CENTRAL_BUCKET``/``AWS_ENDPOINT_URL`` and the standard ``AWS_*``
variables. Results are printed as JSON, one object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from booth.paths import resolve_data_dir

EXIT_TAMPERED = 3  # as the kiosk's own `audit verify`


def add_central_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    central = sub.add_parser(
        "central", parents=[common], help="head office: central store and fleet"
    )
    csub = central.add_subparsers(dest="central_command", metavar="ACTION", required=True)

    conn = argparse.ArgumentParser(add_help=False)
    conn.add_argument("--dsn", help="PostgreSQL DSN of head office (or PHOTOBOOTH_CENTRAL_DSN)")
    conn.add_argument(
        "--keys", metavar="DIR", help="head office's key folder (or PHOTOBOOTH_CENTRAL_KEYS)"
    )
    conn.add_argument("--bucket", help="central bucket (or PHOTOBOOTH_CENTRAL_BUCKET)")
    conn.add_argument("--endpoint-url", help="S3 endpoint for MinIO/R2/local (or AWS_ENDPOINT_URL)")
    conn.add_argument(
        "--region", default=os.environ.get("AWS_DEFAULT_REGION"), help="bucket region"
    )

    who = argparse.ArgumentParser(add_help=False)
    group = who.add_mutually_exclusive_group(required=True)
    group.add_argument("--email")
    group.add_argument("--phone")
    group.add_argument("--visit", help="one visit id")
    who.add_argument(
        "--region-code", default="US", help="country for phone numbers typed without +"
    )

    def command(
        name: str, help_text: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = csub.add_parser(
            name, parents=[common, conn, *parents], help=help_text
        )
        p.set_defaults(func=run_central)
        return p

    enroll = csub.add_parser(
        "enroll", parents=[common], help="on a kiosk: store the credentials `add-kiosk` printed"
    )
    enroll.add_argument(
        "--credentials", required=True, metavar="FILE", help="the JSON file, or - for stdin"
    )
    for option in (
        "--bucket",
        "--endpoint-url",
        "--region",
        "--access-key-id",
        "--secret-access-key",
    ):
        enroll.add_argument(option, help="central bucket setting for publish-consented photos")
    enroll.set_defaults(func=cmd_enroll)

    command("migrate", "create or upgrade the central schema")
    add = command("add-kiosk", "create a kiosk's login role; prints its credentials once")
    add.add_argument("kiosk_id")
    add.add_argument("--group", help="the settings profile group it belongs to")
    add.add_argument(
        "--public-url",
        metavar="URL",
        help="head office's public address: the kiosk's messages then carry the visitor's link",
    )
    rm = command("remove-kiosk", "revoke a kiosk's login")
    rm.add_argument("kiosk_id")
    command("find", "a person's visits in every store", who)
    erase = command(
        "erase", "erase a person everywhere (central now, kiosks on their next sync)", who
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    command("requests", "erasure requests: held ones, and the kiosks still pending")
    approve = command("approve", "apply a held erasure request from a kiosk to every store")
    approve.add_argument("request_id")
    decline = command("decline", "close a held erasure request; other stores keep their rows")
    decline.add_argument("request_id")
    decline.add_argument("--reason", default="declined at head office")
    policy = command(
        "erasure-policy", "show or set how erasures kiosks ask for in other stores are applied"
    )
    policy.add_argument("--mode", choices=["automatic", "review"])
    policy.add_argument(
        "--per-day", type=int, help="automatic at most this many a day from one kiosk"
    )
    audit = command("audit", "head office's audit log, and every kiosk's anchored chain head")
    audit.add_argument("action", choices=["verify", "list"])
    audit.add_argument("--limit", type=int, default=200, help="for list: the latest N entries")
    keys = command("keys", "head office's sealing keys")
    keys.add_argument(
        "action", choices=["reseal"], help="add the ML-KEM key if missing; re-seal older values"
    )
    fleet = command("fleet", "every kiosk with its last heartbeat")
    fleet.add_argument(
        "--interval", type=int, default=300, help="sync interval in seconds (stale after 3 missed)"
    )
    export = command("export", "a person's records from head office (needs the private key)", who)
    export.add_argument("--out", required=True, metavar="DIR")
    consented = command("export-consented", "photos with an active publish consent, and take-downs")
    consented.add_argument("--out", required=True, metavar="DIR")
    _add_profile_parser(csub, common, conn)
    serve = command("serve", "head office's browser console and the visitors' link page")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (8080)")
    serve.add_argument(
        "--public-url", help="head office's public address, as kiosks' links start with it"
    )
    serve.add_argument(
        "--interval",
        type=int,
        default=300,
        help="kiosks' sync interval in seconds (stale after 3 missed)",
    )
    serve.add_argument(
        "--privacy-contact",
        default="",
        help="where visitors write when their link no longer works (shown on that page)",
    )
    serve.set_defaults(func=run_console)
    users = command("console-user", "make an account for the browser console")
    users.add_argument("action", choices=["add"])
    users.add_argument("username")
    users.add_argument("--role", required=True, choices=["privacy-officer", "social-team", "it"])
    users.add_argument(
        "--password-file",
        metavar="FILE",
        help="read the password from FILE (else asked for, not shown)",
    )
    users.set_defaults(func=run_console)
    retention = command("retention", "set the retention rules kiosks pull")
    retention.add_argument("action", choices=["set", "sweep"])
    retention.add_argument(
        "rules", nargs="?", help="for set: JSON object, e.g. '{\"delivered_days\": 3}'"
    )
    retention.add_argument(
        "--now", help="for sweep: ISO time to sweep as of (tests travel in time)"
    )


def _add_profile_parser(
    csub: Any, common: argparse.ArgumentParser, conn: argparse.ArgumentParser
) -> None:
    profile = csub.add_parser(
        "profile",
        parents=[common, conn],
        help="settings every kiosk of a group shares: set, show, assign, unassign, delete",
    )
    psub = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    parents = [common, conn]
    set_ = psub.add_parser(
        "set", parents=parents, help="create or replace a group's profile from a JSON file"
    )
    set_.add_argument("--group", required=True)
    set_.add_argument(
        "--file",
        required=True,
        metavar="FILE",
        help='{"settings": {"flow": {"countdown_s": 5}}, "locked": ["flow.countdown_s"]}',
    )
    show = psub.add_parser("show", parents=parents, help="every profile, or one group's")
    show.add_argument("--group")
    assign = psub.add_parser("assign", parents=parents, help="put a kiosk in a group")
    assign.add_argument("kiosk_id")
    assign.add_argument("group")
    unassign = psub.add_parser(
        "unassign", parents=parents, help="take a kiosk out of its group (it drops the profile)"
    )
    unassign.add_argument("kiosk_id")
    delete = psub.add_parser("delete", parents=parents, help="remove a group's profile")
    delete.add_argument("--group", required=True)
    for sub in (set_, show, assign, unassign, delete):
        sub.set_defaults(func=run_profile)


def run_profile(args: argparse.Namespace) -> int:
    """``central profile …``: checked against the kiosk's settings schema before it is stored."""
    from consent.audit import default_actor
    from headoffice import profiles
    from kiosk.profile_rules import RULES
    from wire.postgres import CentralError

    dsn = _dsn(args)
    actor = default_actor("central")
    action = args.profile_command
    result: Any
    if action == "set":
        try:
            document = json.loads(Path(args.file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not a text file"
            raise CentralError(f"cannot read {args.file}: {reason}") from None
        except json.JSONDecodeError as exc:
            raise CentralError(
                f"{args.file} is not valid JSON: {exc.msg} at line {exc.lineno}"
            ) from None
        result = profiles.save_document(dsn, args.group, document, actor, RULES)
    elif action == "show":
        result = {"profiles": profiles.show_profiles(dsn, args.group)}
    elif action == "assign":
        result = profiles.assign(dsn, args.kiosk_id, args.group, actor)
    elif action == "unassign":
        result = profiles.assign(dsn, args.kiosk_id, None, actor)
    else:
        result = profiles.delete_profile(dsn, args.group, actor)
    print(json.dumps(result, default=str))
    return 0


def _dsn(args: argparse.Namespace) -> str:
    from wire.postgres import CentralError

    dsn = args.dsn or os.environ.get("PHOTOBOOTH_CENTRAL_DSN")
    if not dsn:
        raise CentralError("no central database given: use --dsn or PHOTOBOOTH_CENTRAL_DSN")
    return str(dsn)


def _keys_dir(args: argparse.Namespace) -> Path:
    explicit = args.keys or os.environ.get("PHOTOBOOTH_CENTRAL_KEYS")
    return Path(explicit) if explicit else resolve_data_dir(args.data_dir) / "central-keys"


def _bucket(args: argparse.Namespace) -> Any:
    from wire.bucket import BucketSettings, CentralBucket

    name = args.bucket or os.environ.get("PHOTOBOOTH_CENTRAL_BUCKET")
    if not name:
        return None
    endpoint = args.endpoint_url or os.environ.get("AWS_ENDPOINT_URL")
    return CentralBucket(BucketSettings(bucket=name, endpoint_url=endpoint, region=args.region))


def run_central(args: argparse.Namespace) -> int:
    from consent.audit import default_actor
    from headoffice import admin
    from headoffice.key_check import check_keys
    from headoffice.office import HeadOffice, Subject
    from wire.sealing import HeadOfficeKeys

    action = args.central_command
    dsn = _dsn(args)
    result: Any
    if action == "migrate":
        result = admin.migrate(dsn)
    elif action == "add-kiosk":
        from headoffice.visitor_links import check_public_url, link_secret

        public_url = check_public_url(args.public_url) if args.public_url else None
        keys = HeadOfficeKeys.load_or_create(_keys_dir(args))
        check_keys(dsn, keys)
        secret = link_secret(_keys_dir(args), create=True) if public_url else None
        result = admin.add_kiosk(
            dsn, args.kiosk_id, keys, args.group, public_url=public_url, link_secret=secret
        ).as_dict()
        print(
            "Store these with the kiosk now; the password is not kept anywhere else.",
            file=sys.stderr,
        )
    elif action == "remove-kiosk":
        admin.remove_kiosk(dsn, args.kiosk_id)
        result = {"removed": args.kiosk_id}
    elif action in ("approve", "decline", "erasure-policy", "audit"):
        return _oversight(args, dsn)
    elif action == "keys":
        result = _reseal(args, dsn)
    else:
        keys = HeadOfficeKeys.load(_keys_dir(args))
        check_keys(dsn, keys)
        office = HeadOffice(dsn, keys, _bucket(args), actor=default_actor("central"))
        if action in ("find", "erase", "export"):
            subject = Subject.from_input(
                keys, email=args.email, phone=args.phone, visit=args.visit, region=args.region_code
            )
        if action == "find":
            result = {"visits": office.find(subject)}
        elif action == "erase":
            if not args.yes and not _confirm(
                "Erase this person at head office and on every kiosk?"
            ):
                print("Nothing was erased.", file=sys.stderr)
                return 1
            result = office.erase(subject)
        elif action == "requests":
            result = {"requests": office.requests()}
        elif action == "fleet":
            result = {"kiosks": office.fleet(args.interval)}
        elif action == "export":
            result = {"file": str(office.export(subject, Path(args.out)))}
        elif action == "export-consented":
            result = office.export_consented(Path(args.out))
        elif args.action == "sweep":
            result = office.sweep(_moment(args.now))
        else:
            result = {"retention": _rules(args.rules)}
            office.set_retention(result["retention"])
    print(json.dumps(result, default=str))
    return 0


def run_console(args: argparse.Namespace) -> int:
    """The browser console (``serve``) and its accounts; Django is imported only here."""
    from wire.postgres import CentralError

    dsn = _dsn(args)
    try:
        from headoffice.console import serve as console_serve
        from headoffice.console import setup, users
        from kiosk.profile_rules import RULES
    except ImportError as exc:
        raise CentralError(
            f"the console needs the headoffice extra (pip install 'photobooth-kiosk[headoffice]'): {exc.name} is missing"
        ) from None
    if args.central_command == "serve":
        return console_serve.serve(
            dsn,
            _keys_dir(args),
            host=args.host,
            port=args.port,
            bucket=_bucket(args),
            public_url=args.public_url,
            interval_s=args.interval,
            privacy_contact=args.privacy_contact,
            profile_rules=RULES,
        )
    setup.prepare(dsn, _keys_dir(args), allowed_hosts=["127.0.0.1"])
    result = users.add_user(args.username, args.role, _password(args.password_file))
    print(json.dumps(result))
    return 0


def _password(path: str | None) -> str:
    import getpass

    from wire.postgres import CentralError

    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\n")
        except OSError as exc:
            raise CentralError(f"cannot read the password file: {exc.strerror}") from None
    if not sys.stdin.isatty():
        raise CentralError("no terminal to ask for the password on: use --password-file")
    first = getpass.getpass("Password for the new console user: ")
    if getpass.getpass("The same password again: ") != first:
        raise CentralError("the two passwords differ; nothing was created")
    return first


def _oversight(args: argparse.Namespace, dsn: str) -> int:
    """Decisions on kiosks' erasure requests, and head office's view of every kiosk's audit chain."""
    from consent.audit import default_actor
    from headoffice import audit_heads, office_audit
    from headoffice.erasure_review import ErasureReview

    review = ErasureReview(dsn, default_actor("central"), _bucket(args))
    action = args.central_command
    result: Any
    if action == "approve":
        result = review.approve(args.request_id)
    elif action == "decline":
        result = review.decline(args.request_id, args.reason)
    elif action == "erasure-policy":
        changed = args.mode is not None or args.per_day is not None
        policy = review.set_policy(args.mode, args.per_day) if changed else review.policy()
        result = {"erasure_policy": policy.__dict__}
    elif args.action == "list":
        result = {"entries": office_audit.entries(dsn, args.limit)}
    else:
        chains = audit_heads.verify_fleet(dsn)
        print(json.dumps({"kiosks": [c.as_dict() for c in chains]}))
        broken = [c.kiosk_id for c in chains if not c.ok]
        if broken:
            print(
                f"photobooth-kiosk: the audit log of {', '.join(broken)} went backwards or forked",
                file=sys.stderr,
            )
            return EXIT_TAMPERED
        return 0
    print(json.dumps(result, default=str))
    return 0


def _reseal(args: argparse.Namespace, dsn: str) -> dict[str, Any]:
    """Give an older key folder its ML-KEM key pair, then re-seal what is not in today's format."""
    from headoffice.key_check import check_keys
    from headoffice.reseal import reseal
    from wire.sealing import HeadOfficeKeys

    folder = _keys_dir(args)
    keys = HeadOfficeKeys.load(folder)
    check_keys(dsn, keys)
    created = keys.mlkem is None
    if created:
        keys = keys.with_mlkem()
        keys.save(folder)
    report = reseal(dsn, keys, _bucket(args))
    return {
        "mlkem_key": "created" if created else "present",
        **report.as_dict(),
        "head_office_public_key": keys.public_b64,
    }


def _moment(text: str | None) -> Any:
    from datetime import UTC, datetime

    from wire.postgres import CentralError

    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CentralError(
            f"--now must be an ISO time such as 2027-01-31T12:00:00Z, not {text!r}"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _rules(text: str | None) -> dict[str, int]:
    """Only the rules a kiosk understands, each a whole number of days or months."""
    from booth.privacy import RETENTION_FIELDS
    from wire.postgres import CentralError

    try:
        rules = json.loads(text or "")
    except json.JSONDecodeError as exc:
        raise CentralError(f"the rules are not valid JSON: {exc.msg}") from None
    if not isinstance(rules, dict):
        raise CentralError("the rules must be a JSON object")
    for name, value in rules.items():
        if name not in RETENTION_FIELDS:
            raise CentralError(f"unknown rule {name!r}; known: {', '.join(RETENTION_FIELDS)}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise CentralError(f"{name} must be a whole number of 0 or more")
    return rules


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} Refusing without --yes (no terminal to ask on).", file=sys.stderr)
        return False
    return input(f"{question} Type 'erase' to confirm: ").strip() == "erase"


def cmd_sync(args: argparse.Namespace) -> int:
    from booth.central_sync import central_dsn, sync_once
    from kiosk.gui_main import prepare

    layout, settings = prepare(args, demo=False)
    print(json.dumps(sync_once(layout, settings, central_dsn(settings, args.central))))
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    """Store what ``central add-kiosk`` printed: the DSN, the fleet key and the bucket secret go
    to the credential store outside the data folder (booth.secrets), the rest to settings.

    This is provisioning, so it may set head office's connection (protected from staff); the
    schema still checks it (a DSN that verifies TLS, an https endpoint), and every protected
    field it changes is audited by name, never by value (booth.protected_settings)."""
    from booth.enrolment import BUCKET_OPTIONS, enrolled, read_enrolment
    from booth.protected_settings import changed_protected, record_protected_changes
    from booth.settings import revalidate, save_settings
    from consent.audit import default_actor
    from kiosk.gui_main import prepare

    layout, before = prepare(args, demo=False, layered=False)  # the kiosk's own settings
    enrolment = read_enrolment(args.credentials)
    bucket = {key: getattr(args, key, None) or "" for key in BUCKET_OPTIONS}
    settings = enrolled(before, enrolment, bucket)
    settings = revalidate(settings, "the enrolment")  # model_copy checks nothing
    save_settings(layout.settings_file, settings)
    changed = changed_protected(before, settings)
    record_protected_changes(layout, changed, default_actor("cli"), "central enroll")
    print(json.dumps({"enrolled": settings.store.kiosk_id}))
    return 0


def add_sync_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser(
        "sync", parents=[common], help="sync with head office now; prints a JSON summary"
    )
    sync.add_argument(
        "--central", metavar="DSN", help="head office DSN (or PHOTOBOOTH_CENTRAL_DSN)"
    )
    sync.set_defaults(func=cmd_sync)
