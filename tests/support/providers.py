"""SendGrid and Twilio on 127.0.0.1: Prism validating the providers' own specs, behind a small stub.

* **Prism** (``@stoplight/prism-cli`` from npm, installed into ``.tools/prism`` on first
  use) serves the vendored, trimmed OpenAPI specs in ``tests/delivery/specs``. Every
  request the real SDKs make passes through it; a request that breaks the spec comes
  back with ``sl-violations`` and the test fails.
* The **stub** in front of it is what a mock server cannot be: it records each request
  (to prove what left the kiosk, P8), keeps state (message SIDs, what was sent to whom,
  delivery statuses), mirrors Twilio's documented test numbers by asking Prism for the
  matching error example (``Prefer: code=400, example=...``), and injects faults: a
  provider that is down, a connection dropped, an answer that never comes.

The Twilio spec is served from a derived copy (:func:`derived_twilio_spec`): Prism keeps
only the last of repeated form keys unless an ``encoding`` is declared for array fields
such as ``MediaUrl`` (stoplightio/prism#2473), and the Messages operations define no
error responses, so the copy adds Twilio's error JSON for 400/401/404/429/500/503.
"""

from __future__ import annotations

import copy
import email.utils
import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tests" / "delivery" / "specs"
PRISM_VERSION = "5.14.2"  # 5.15+ needs Node 24; CI has Node 20
PRISM_DIR = ROOT / ".tools" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"

ACCOUNT_SID = "AC" + "0" * 31 + "1"
AUTH_TOKEN = "test-auth-token"
VALID_SENDER = "+15005550006"
# Twilio's documented magic numbers (https://www.twilio.com/docs/iam/test-credentials).
TEST_RECIPIENTS = {
    "+15005550001": (21211, "The 'To' number is not a valid phone number."),
    "+15005550002": (21612, "The 'To' phone number is not currently reachable via SMS."),
    "+15005550003": (21408, "Permission to send an SMS has not been enabled for the region."),
    "+15005550004": (21610, "Attempt to send to unsubscribed recipient."),
    "+15005550009": (21614, "'To' number is not a valid mobile number."),
}
TEST_SENDERS = {
    "+15005550001": (21212, "The 'From' number is not a valid phone number."),
    "+15005550007": (
        21606,
        "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account.",
    ),
}
SENDGRID_BAD_KEY = "SG.revoked"
SENDGRID_NO_MAIL_KEY = "SG.read-only"  # a valid key without the mail.send permission
SUSPENDED_ACCOUNT_SID = "AC" + "0" * 31 + "9"
SENDGRID_BAD_DOMAIN = "bounce.invalid"


# -- Prism ---------------------------------------------------------------------------
def ensure_prism() -> Path:
    """Install the pinned Prism into .tools/prism once (idempotent; about 15 s)."""
    if PRISM_BIN.exists():
        return PRISM_BIN
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is needed for the delivery tests (Node 20 or newer)")
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            npm,
            "install",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            "--prefix",
            str(PRISM_DIR),
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        check=True,
    )
    return PRISM_BIN


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Prism exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)  # polling a starting server, not synchronising a test
    raise RuntimeError(f"Prism did not listen on port {port}")


@dataclass
class Prism:
    proc: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        """Stop by PID (never by name): terminate, then kill if it lingers."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, 15)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, 9)
                self.proc.wait(5)


def start_prism(spec: Path, log: Path) -> Prism:
    binary = ensure_prism()
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(binary), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec)],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    wait_for_port(port, proc)
    return Prism(proc, port)


def twilio_error(code: int, message: str, status: int) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def derived_twilio_spec(target: Path) -> Path:
    """The vendored Twilio spec plus what Prism needs: form-array encoding, error responses."""
    spec = json.loads((SPECS / "twilio_messages.json").read_text())
    error_schema = {
        "type": "object",
        "properties": {
            "code": {"type": "integer"},
            "message": {"type": "string"},
            "more_info": {"type": "string"},
            "status": {"type": "integer"},
        },
    }
    examples_400 = {
        f"e{code}": {"value": twilio_error(code, text, 400)}
        for code, text in [*TEST_RECIPIENTS.values(), *TEST_SENDERS.values()]
    }
    generic = {
        401: twilio_error(20003, "Authenticate", 401),
        404: twilio_error(20404, "The requested resource was not found", 404),
        429: twilio_error(20429, "Too Many Requests", 429),
        500: twilio_error(20500, "Internal Server Error", 500),
        503: twilio_error(20503, "Service Unavailable", 503),
    }
    for item in spec["paths"].values():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, body in generic.items():
                op["responses"][str(status)] = {
                    "description": "Twilio error",
                    "content": {"application/json": {"schema": error_schema, "example": body}},
                }
            if method == "post":
                op["responses"]["400"] = {
                    "description": "Twilio error",
                    "content": {
                        "application/json": {
                            "schema": error_schema,
                            "examples": copy.deepcopy(examples_400),
                        }
                    },
                }
                form = op["requestBody"]["content"]["application/x-www-form-urlencoded"]
                form["encoding"] = {"MediaUrl": {"style": "form", "explode": True}}
    target.write_text(json.dumps(spec))
    return target


# -- the stub in front of Prism ------------------------------------------------------
@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def form(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(self.body.decode(), keep_blank_values=True)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Fault:
    """One scripted misbehaviour: ``kind`` is "status", "reset", "hang" or "hang_after"."""

    kind: str
    status: int = 503
    retry_after: str | None = None
    match: Callable[[Recorded], bool] = lambda r: r.method == "POST"


@dataclass
class ProviderStub:
    name: str
    prism: Prism
    requests: list[Recorded] = field(default_factory=list)
    violations: list[Any] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    down: bool = False
    delay_s: float = 0.0
    on_request: Callable[[int], None] | None = None
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    statuses: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.violations.clear()
            self.faults.clear()
            self.messages.clear()
            self.delay_s = 0.0
            self.on_request = None
            self.statuses.clear()
            self.down = False
            self.release.clear()  # a test that freed hung requests must not free the next one's

    def sent(self, method: str = "POST") -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.method == method]

    def stop(self) -> None:
        self.release.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _forward(
    stub: ProviderStub, rec: Recorded, prefer: str | None
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", stub.prism.port, timeout=30)
    headers = {
        k: v
        for k, v in rec.headers.items()
        if k.lower() not in ("host", "content-length", "connection")
    }
    if prefer:
        headers["Prefer"] = prefer
    target = rec.path + ("?" + urllib.parse.urlencode(rec.query, doseq=True) if rec.query else "")
    conn.request(rec.method, target, body=rec.body or None, headers=headers)
    response = conn.getresponse()
    body = response.read()
    out_headers = {k: v for k, v in response.getheaders()}
    conn.close()
    violations = json.loads(out_headers.get("sl-violations", "[]") or "[]")
    request_violations = [v for v in violations if v.get("location", [""])[0] == "request"]
    if response.status == 422 or request_violations:
        with stub.lock:
            stub.violations.append(
                {
                    "path": rec.path,
                    "status": response.status,
                    "detail": body.decode()[:2000],
                    "violations": request_violations,
                }
            )
    return response.status, out_headers, body


def _now_rfc2822() -> str:
    return email.utils.format_datetime(datetime.now(UTC))


def _twilio_answer(stub: ProviderStub, rec: Recorded) -> tuple[int, dict[str, str], bytes]:
    """Prism validates; the stub answers with state, like the real API would."""
    parts = rec.path.split("/")
    is_create = rec.method == "POST" and rec.path.endswith("/Messages.json")
    prefer = None
    if rec.headers.get("Authorization") != _basic(ACCOUNT_SID, AUTH_TOKEN) and rec.headers.get(
        "Authorization"
    ) != _basic(SUSPENDED_ACCOUNT_SID, AUTH_TOKEN):
        prefer = "code=401"  # Twilio checks the SID and token together
        status, _headers, body = _forward(stub, rec, prefer)
        return status, {"Content-Type": "application/json"}, body
    if len(parts) == 4:  # GET /2010-04-01/Accounts/{Sid}.json: the connection test
        status, _headers, body = _forward(stub, rec, prefer)
        if status != 200:
            return status, {"Content-Type": "application/json"}, body
        account = json.loads(body)
        sid = parts[3].removesuffix(".json")
        account.update(
            sid=sid,
            status="suspended" if sid == SUSPENDED_ACCOUNT_SID else "active",
            friendly_name="Test account",
        )
        return 200, {"Content-Type": "application/json"}, json.dumps(account).encode()
    if is_create:
        form = rec.form()
        to = form.get("To", [""])[-1]
        sender = form.get("From", [""])[-1]
        if to in TEST_RECIPIENTS:
            prefer = f"code=400, example=e{TEST_RECIPIENTS[to][0]}"
        elif sender in TEST_SENDERS:
            prefer = f"code=400, example=e{TEST_SENDERS[sender][0]}"
    status, _headers, body = _forward(stub, rec, prefer)
    if status >= 300 or (status == 204 and rec.method != "DELETE"):
        return status, {"Content-Type": "application/json"}, body
    if is_create:
        form = rec.form()
        sid = ("MM" if form.get("MediaUrl") else "SM") + secrets.token_hex(16)
        message = json.loads(body)
        message.update(
            sid=sid,
            account_sid=parts[3],
            to=form["To"][-1],
            body=form.get("Body", [""])[-1],
            status="queued",
            num_media=str(len(form.get("MediaUrl", []))),
            date_created=_now_rfc2822(),
            date_sent=None,
            direction="outbound-api",
        )
        message["from"] = form.get("From", [VALID_SENDER])[-1]
        message["messaging_service_sid"] = form.get("MessagingServiceSid", [None])[-1]
        message["_media"] = ["ME" + secrets.token_hex(16) for _ in form.get("MediaUrl", [])]
        with stub.lock:
            stub.messages[sid] = message
        return 201, {"Content-Type": "application/json"}, _public(message)
    if rec.path.endswith("/Messages.json"):  # list
        to = rec.query.get("To", [None])[-1]
        with stub.lock:
            found = [m for m in stub.messages.values() if to is None or m["to"] == to]
        page = json.loads(body)
        page["messages"] = [json.loads(_public(m)) for m in found]
        page["next_page_uri"] = None
        return 200, {"Content-Type": "application/json"}, json.dumps(page).encode()
    sid = parts[5].removesuffix(".json")
    with stub.lock:
        message = stub.messages.get(sid)
    if message is None:
        return (
            404,
            {"Content-Type": "application/json"},
            json.dumps(twilio_error(20404, "The requested resource was not found", 404)).encode(),
        )
    if "/Media" in rec.path:
        if rec.method == "DELETE":
            media_sid = parts[7].removesuffix(".json")
            with stub.lock:
                message["_media"] = [m for m in message["_media"] if m != media_sid]
            return 204, {}, b""
        page = json.loads(body)
        page["media_list"] = [
            {"sid": m, "parent_sid": sid, "account_sid": parts[3], "content_type": "image/jpeg"}
            for m in message["_media"]
        ]
        page["next_page_uri"] = None
        return 200, {"Content-Type": "application/json"}, json.dumps(page).encode()
    if rec.method == "DELETE":
        with stub.lock:
            stub.messages.pop(sid, None)
        return 204, {}, b""
    status_now, error_code = stub.statuses.get(sid, ("delivered", None))
    message = {**message, "status": status_now, "error_code": error_code}
    return 200, {"Content-Type": "application/json"}, _public(message)


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _public(message: dict[str, Any]) -> bytes:
    return json.dumps({k: v for k, v in message.items() if not k.startswith("_")}).encode()


def _sendgrid_answer(stub: ProviderStub, rec: Recorded) -> tuple[int, dict[str, str], bytes]:
    prefer = None
    if rec.headers.get("Authorization", "").endswith(SENDGRID_BAD_KEY):
        prefer = "code=401"
    elif rec.path.endswith("/scopes"):
        status, headers, body = _forward(stub, rec, prefer)
        if status == 200:
            no_mail = rec.headers.get("Authorization", "").endswith(SENDGRID_NO_MAIL_KEY)
            scopes = ["alerts.read", "stats.read"] + ([] if no_mail else ["mail.send"])
            body = json.dumps({"scopes": scopes}).encode()
        return status, {"Content-Type": "application/json"}, body
    else:
        try:
            to = rec.json()["personalizations"][0]["to"][0]["email"]
        except (ValueError, KeyError, IndexError):
            to = ""
        if to.endswith("@" + SENDGRID_BAD_DOMAIN):
            prefer = "code=400"
    status, headers, body = _forward(stub, rec, prefer)
    out = {"Content-Type": headers.get("Content-type", "application/json")}
    if status == 202:
        out["X-Message-Id"] = secrets.token_urlsafe(16)
        with stub.lock:
            stub.messages[out["X-Message-Id"]] = rec.json()
    return status, out, body


def start_stub(name: str, prism: Prism) -> ProviderStub:
    stub = ProviderStub(name, prism)
    answer = _twilio_answer if name == "twilio" else _sendgrid_answer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parsed = urllib.parse.urlsplit(self.path)
            rec = Recorded(
                self.command,
                parsed.path,
                urllib.parse.parse_qs(parsed.query, keep_blank_values=True),
                dict(self.headers.items()),
                body,
            )
            with stub.lock:
                stub.requests.append(rec)
                count = len(stub.requests)
                fault = next((f for f in stub.faults if f.match(rec)), None)
                if fault is not None:
                    stub.faults.remove(fault)
                down = stub.down
            if stub.on_request is not None:
                stub.on_request(count)
            if stub.delay_s:
                stub.release.wait(stub.delay_s)  # a slow provider: keeps sends in flight
            if down:
                fault = Fault("status", 503)
            if fault is not None and fault.kind == "reset":
                self.close_connection = True
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                self.connection.close()
                return
            if fault is not None and fault.kind == "hang":
                stub.release.wait(30)
                self.close_connection = True
                return
            if fault is not None and fault.kind == "status":
                payload = (
                    twilio_error(20429 if fault.status == 429 else 20500, "scripted", fault.status)
                    if stub.name == "twilio"
                    else {"errors": [{"field": None, "message": "scripted"}]}
                )
                headers = {"Content-Type": "application/json"}
                if fault.retry_after:
                    headers["Retry-After"] = fault.retry_after
                self._reply(fault.status, headers, json.dumps(payload).encode())
                return
            status, headers, out = answer(stub, rec)
            if fault is not None and fault.kind == "hang_after":
                stub.release.wait(30)  # the provider accepted it; the answer is lost
                self.close_connection = True
                return
            self._reply(status, headers, out)

        def _reply(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    stub.server = server
    threading.Thread(target=server.serve_forever, name=f"{name}-stub", daemon=True).start()
    return stub


# -- pointing the real SDKs at the stubs ------------------------------------------------
def loopback_twilio_http(base_url: str, timeout_s: float) -> Any:
    """The SDK's own HTTP client, with https://api.twilio.com rewritten to the local stub."""
    from twilio.http.http_client import TwilioHttpClient

    class LoopbackTwilioHttpClient(TwilioHttpClient):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            parsed = urllib.parse.urlsplit(url)
            assert parsed.hostname == "api.twilio.com", url
            local = base_url + parsed.path + (f"?{parsed.query}" if parsed.query else "")
            return super().request(method, local, *args, **kwargs)

    return LoopbackTwilioHttpClient(timeout=timeout_s)
