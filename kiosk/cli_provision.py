"""``photobooth-kiosk provision``: set a new kiosk up at its console, then run the doctor.

It asks for the store and kiosk ids, the two PINs (or prints a one-time setup code for the
hidden corner instead), head office's enroll file, the delivery keys, and the photo host's
bucket (SMS links and QR pickup: endpoint, bucket, region, access key); then writes them
all or nothing (:mod:`booth.provisioning`) and ends with the doctor's lines. The exit status
is the doctor's: 0 when every check passed, 2 when one failed.

On a terminal it prompts; every answer is also an option, for scripted installs. A secret
(a PIN, an API key, a token) is never an argument, which would land in the shell's history
and the process list: it is read from a file named by an option, or typed at a prompt that
does not echo (``getpass``). Nothing it prints or logs holds one, except the setup code,
printed once, on purpose.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from booth.enrolment import check_kiosk, read_enrolment
from booth.paths import DataLayout, resolve_data_dir
from booth.pin_setup_code import shown
from booth.provisioning import (
    DELIVERY_SECRETS,
    MEDIA_HOST,
    Answers,
    ProvisionError,
    check_id,
    check_pins,
    provision,
)
from consent.audit import default_actor
from kiosk.logs import configure_logging

PIN_TRIES = 3


def add_provision_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "provision",
        parents=[common],
        help="set up a new kiosk: ids, PINs, head office, delivery keys; then run the doctor",
        description="Set up a new kiosk. Prompts on a terminal; every answer is also an option. "
        "Secrets are read from files (or typed without echo), never given as arguments.",
    )
    p.add_argument("--store-id", help="the store's code (as in consent records)")
    p.add_argument("--kiosk-id", help="this kiosk's code (default: the one the enroll file names)")
    p.add_argument("--staff-pin-file", metavar="FILE", help="file holding the staff PIN")
    p.add_argument("--manager-pin-file", metavar="FILE", help="file holding the manager PIN")
    p.add_argument(
        "--setup-code",
        action="store_true",
        help="do not set PINs: print a one-time code the hidden corner asks for instead",
    )
    p.add_argument(
        "--replace-pins", action="store_true", help="the kiosk already has PINs: replace them"
    )
    p.add_argument(
        "--enroll", metavar="FILE", help="the file `central add-kiosk` printed at head office"
    )
    p.add_argument(
        "--no-enroll", action="store_true", help="do not ask: this kiosk works without head office"
    )
    p.add_argument("--sendgrid-key-file", metavar="FILE", help="file holding the SendGrid API key")
    p.add_argument("--twilio-sid", metavar="SID", help="Twilio Account SID (AC…)")
    p.add_argument("--twilio-token-file", metavar="FILE", help="file holding the Twilio token")
    media = p.add_argument_group(
        "photo host", "the S3-compatible bucket behind SMS links and QR pickup (AWS S3, R2, MinIO)"
    )
    media.add_argument("--media-bucket", metavar="NAME", help="bucket name (empty: host no photos)")
    media.add_argument(
        "--media-endpoint", metavar="URL", help="S3 endpoint URL, https (empty: AWS S3)"
    )
    media.add_argument("--media-region", metavar="REGION", help="bucket region (R2: auto)")
    media.add_argument("--media-access-key-id", metavar="ID", help="the bucket's access key ID")
    media.add_argument(
        "--media-secret-file", metavar="FILE", help="file holding the bucket's secret access key"
    )
    p.add_argument("--camera", metavar="SOURCE", help="camera index, device path or video file")
    p.add_argument(
        "--camera-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long the doctor waits for the camera",
    )
    p.set_defaults(func=cmd_provision)


class _Asker:
    """Answers from the options, else from the terminal, else a clear refusal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.tty = sys.stdin.isatty()

    def need(self, option: str) -> ProvisionError:
        return ProvisionError(f"{option} is needed (no terminal to ask on)")

    def text(self, option: str, prompt: str, *, required: bool = True) -> str:
        given = getattr(self.args, option.lstrip("-").replace("-", "_"))
        if given is not None:
            return str(given).strip()
        if not self.tty:
            if required:
                raise self.need(option)
            return ""
        while True:
            answer = input(prompt).strip()
            if answer or not required:
                return answer
            print("An answer is needed.", file=sys.stderr)

    def secret(self, option: str, prompt: str) -> str:
        """From the file the option names, else typed without echo; empty: none."""
        path = getattr(self.args, option.lstrip("-").replace("-", "_"))
        if path is not None:
            return read_secret_file(option, path)
        if not self.tty:
            return ""
        return getpass.getpass(prompt).strip()


def read_secret_file(option: str, path: str) -> str:
    try:
        value = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a text file"
        raise ProvisionError(f"{option} {path}: cannot be read ({reason})") from None
    if not value:
        raise ProvisionError(f"{option} {path}: the file is empty")
    if "\n" in value:
        raise ProvisionError(f"{option} {path}: the file must hold one line")
    return value


def _pins(asker: _Asker) -> tuple[str | None, str | None]:
    args = asker.args
    if args.setup_code:
        return None, None
    if args.staff_pin_file or args.manager_pin_file:
        if not (args.staff_pin_file and args.manager_pin_file):
            raise ProvisionError("give both --staff-pin-file and --manager-pin-file")
        staff = read_secret_file("--staff-pin-file", args.staff_pin_file)
        manager = read_secret_file("--manager-pin-file", args.manager_pin_file)
        check_pins(staff, manager)
        return staff, manager
    if not asker.tty:
        raise ProvisionError(
            "--staff-pin-file and --manager-pin-file, or --setup-code, are needed "
            "(no terminal to ask on)"
        )
    print("The PINs open the admin area (4 to 8 digits). Leave the staff PIN empty to get a")
    print("one-time setup code instead, for choosing them at the kiosk's hidden corner.")
    for _ in range(PIN_TRIES):
        staff = getpass.getpass("Staff PIN: ")
        if not staff:
            return None, None
        again = getpass.getpass("Staff PIN again: ")
        manager = getpass.getpass("Manager PIN: ")
        manager_again = getpass.getpass("Manager PIN again: ")
        if staff != again or manager != manager_again:
            print("The two entries of a PIN were not the same; again.", file=sys.stderr)
            continue
        try:
            check_pins(staff, manager)
        except ProvisionError as exc:
            print(f"{exc} Again.", file=sys.stderr)
            continue
        return staff, manager
    raise ProvisionError(f"no usable PINs after {PIN_TRIES} tries; nothing was changed")


def _not_root_for_another(layout: DataLayout) -> None:
    """Secrets go to the running user's credential store: root would keep them from the kiosk."""
    if os.name != "posix" or os.geteuid() != 0:
        return
    folder = layout.root if layout.root.exists() else layout.root.parent
    try:
        owner = folder.stat().st_uid
    except OSError:
        return
    if owner != 0:
        import pwd

        name = pwd.getpwuid(owner).pw_name
        raise ProvisionError(
            f"{folder} belongs to {name}: run this as that user, e.g. "
            f"sudo -u {name} photobooth-kiosk provision --data-dir {layout.root}"
        )


def gather(args: argparse.Namespace, layout: DataLayout) -> Answers:
    asker = _Asker(args)
    store_id = check_id("store", asker.text("--store-id", "Store id (e.g. store-042): "))
    enrolment = None
    enroll = args.enroll
    if enroll is None and asker.tty and not args.no_enroll:
        enroll = input(
            "Enroll file from head office (`central add-kiosk` printed it; empty: none): "
        ).strip()
    if enroll:
        enrolment = read_enrolment(enroll)
    if args.kiosk_id is None and enrolment is not None and enrolment.kiosk_id:
        kiosk_id = enrolment.kiosk_id
    else:
        kiosk_id = asker.text("--kiosk-id", "Kiosk id (e.g. kiosk-01): ")
    kiosk_id = check_id("kiosk", kiosk_id)
    if enrolment is not None:
        check_kiosk(enrolment, kiosk_id)  # before anything is asked or written
    staff, manager = _pins(asker)
    secrets: dict[str, str] = {}
    sendgrid = asker.secret("--sendgrid-key-file", "SendGrid API key (empty: none): ")
    if sendgrid:
        secrets["delivery.sendgrid.api_key"] = sendgrid
    sid = asker.text("--twilio-sid", "Twilio Account SID (empty: none): ", required=False)
    if sid or args.twilio_token_file:
        token = asker.secret("--twilio-token-file", "Twilio auth token: ")
        if token:
            secrets["delivery.twilio.auth_token"] = token
    plain = _media_host(asker, secrets)
    return Answers(
        store_id=store_id,
        kiosk_id=kiosk_id,
        staff_pin=staff,
        manager_pin=manager,
        replace_pins=args.replace_pins,
        enrolment=enrolment,
        secrets=secrets,
        twilio_sid=sid,
        camera=(args.camera or "").strip(),
        plain=plain,
    )


def _media_host(asker: _Asker, secrets: dict[str, str]) -> dict[str, str]:
    """The photo host's answers (settings field -> value); its secret key goes to ``secrets``.

    Asked only when a bucket is named: without one the kiosk hosts no photos, and the other
    answers would mean nothing."""
    args = asker.args
    given = [f"--{name.replace('_', '-')}" for name in MEDIA_HOST if getattr(args, name)]
    if args.media_secret_file:
        given.append("--media-secret-file")
    bucket = asker.text(
        "--media-bucket",
        "Photo host bucket, for SMS links and QR pickup (empty: none): ",
        required=False,
    )
    if not bucket:
        if given:
            raise ProvisionError(f"{given[0]} needs --media-bucket (the bucket it belongs to)")
        return {}
    plain = {MEDIA_HOST["media_bucket"]: bucket}
    prompts = {
        "media_endpoint": "S3 endpoint URL (empty: AWS S3): ",
        "media_region": "Bucket region (empty: us-east-1; R2: auto): ",
        "media_access_key_id": "Access key ID (empty: from AWS_ACCESS_KEY_ID): ",
    }
    for name, prompt in prompts.items():
        answer = asker.text(f"--{name.replace('_', '-')}", prompt, required=False)
        if answer:
            plain[MEDIA_HOST[name]] = answer
    secret = asker.secret(
        "--media-secret-file", "Secret access key (empty: from AWS_SECRET_ACCESS_KEY): "
    )
    if secret:
        secrets[DELIVERY_SECRETS["media_secret"]] = secret
    return plain


def cmd_provision(args: argparse.Namespace) -> int:
    from booth.doctor import DoctorOptions
    from kiosk.cli_doctor import print_doctor

    layout = DataLayout(resolve_data_dir(args.data_dir))
    _not_root_for_another(layout)
    answers = gather(args, layout)
    layout.create()
    configure_logging(layout.logs, getattr(args, "verbose", False))
    outcome = provision(layout, answers, default_actor("provision"))
    print(f"Provisioned store {answers.store_id}, kiosk {answers.kiosk_id} in {layout.root}.")
    if outcome.setup_code is None:
        print("PINs: staff and manager set.")
    else:
        print(f"Setup code: {shown(outcome.setup_code)}")
        print(
            "Shown this once. At the kiosk, hold the top-left corner of the attract screen for "
            "3 seconds, type this code, then choose the staff PIN and the manager PIN."
        )
    if outcome.enrolled:
        print(f"Head office: enrolled as {answers.kiosk_id}; it syncs when the kiosk runs.")
    else:
        print("Head office: not enrolled (the kiosk works alone).")
    bucket = answers.plain.get(MEDIA_HOST["media_bucket"])
    if bucket:
        print(f"Photo host: bucket {bucket} (for SMS links and QR pickup).")
    kept = [name for name in outcome.secrets_kept if name.startswith("delivery.")]
    print(
        "Delivery keys in the credential store: "
        + (", ".join(kept) if kept else "none")
        + " (values never shown)."
    )
    print("Doctor:")
    sys.stdout.flush()
    options = DoctorOptions(camera=args.camera, camera_timeout_s=max(1.0, args.camera_timeout))
    return print_doctor(layout, options)
