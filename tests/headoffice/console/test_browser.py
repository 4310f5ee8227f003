"""End to end in a real browser (issue #19; P3, P10): a visitor's dry-run email, its link in
Chromium, "stop publishing", the kiosk's next sync, and the kiosk's own records.

Everything real: PostgreSQL (pgserver), S3 (moto), the kiosk driven by its autopilot with
dry-run delivery, `central serve` as a subprocess, and Debian's chromium through its
chromium-driver (apt-get install chromium chromium-driver). The public address is
http://localhost: browsers keep Secure cookies (the CSRF cookie) for localhost over plain
http, not for 127.0.0.1.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.central import Central
from tests.support.postgres import free_port

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
        reason="needs Debian's chromium and chromium-driver",
    ),
]
CLI = [sys.executable, "-m", "kiosk"]


def run(*args: str, env: dict[str, str], timeout: int = 300) -> dict[str, Any]:
    done = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


@pytest.fixture
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def serve(central: Central, port: int, env: dict[str, str]) -> subprocess.Popen[str]:
    server = subprocess.Popen(
        [
            *CLI,
            *("central", "serve", "--dsn", central.dsn, "--keys", str(central.keys_dir)),
            *("--port", str(port), "--public-url", f"http://localhost:{port}"),
            *("--bucket", central.bucket_name, "--endpoint-url", central.s3.endpoint_url),
            *("--privacy-contact", "privacy@store.example"),
        ],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert server.stderr is not None
    line = server.stderr.readline()
    assert '"serving"' in line, line
    return server


def test_p3_stop_publishing_from_the_emails_link_in_chromium(
    central: Central, tmp_path: Path, browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    s3 = central.s3
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": s3.access_key_id,
        "AWS_SECRET_ACCESS_KEY": s3.secret_access_key,
        "AWS_DEFAULT_REGION": s3.region,
    }
    port = free_port()
    kiosk_id = f"lobby-{central.dbname[-6:]}"
    creds = tmp_path / "enroll.json"
    made = run(
        *("central", "add-kiosk", kiosk_id, "--dsn", central.dsn),
        *("--keys", str(central.keys_dir), "--public-url", f"http://localhost:{port}"),
        env=env,
    )
    creds.write_text(json.dumps(made))
    data = tmp_path / "kiosk"
    run(
        *("central", "enroll", "--credentials", str(creds), "--data-dir", str(data)),
        *("--bucket", central.bucket_name, "--endpoint-url", s3.endpoint_url),
        *("--region", s3.region, "--access-key-id", s3.access_key_id),
        *("--secret-access-key", s3.secret_access_key),
        env=env,
    )
    run("run", "--demo", "--autopilot", "4", "--data-dir", str(data), env=env)
    run("sync", "--data-dir", str(data), env=env)

    server = serve(central, port, env)
    try:
        stopped = None
        for eml in sorted((data / "dry-run-outbox").glob("*.eml")):
            message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
            text = message.get_body(("plain",)).get_content()
            (link,) = re.findall(rf"http://localhost:{port}/v/\S+", text)
            browser.get(link)
            page = browser.page_source
            assert browser.title and "photo booth" in browser.title.lower()
            assert str(message["To"]) not in page, "P10: no address on the page"
            assert "Stop publishing my photo" in page or "Delete my photo" in page
            buttons = browser.find_elements(By.CSS_SELECTOR, "form button[type=submit]")
            if buttons:
                buttons[0].click()
                for _ in range(50):
                    if "will no longer be published" in browser.page_source:
                        break
                    time.sleep(0.1)
                assert "will no longer be published" in browser.page_source
                stopped = str(message["To"])
                break
            altered = link[:-2] + ("AA" if not link.endswith("AA") else "BB")
            browser.get(altered)
            assert "does not work any more" in browser.page_source
        assert stopped, "one of the autopilot's email visitors ticked the publish box"
    finally:
        server.terminate()
        server.wait(timeout=30)

    report = run("sync", "--data-dir", str(data), env=env)
    assert report["pulled"]["link_withdrawals"] == 1
    found = subprocess.run(
        [*CLI, "records", "find", "--email", stopped, "--json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert found.returncode == 0, found.stderr
    assert "visitor-link" in found.stdout, found.stdout
    out = tmp_path / "consented"
    out.mkdir()
    result = run(
        *("central", "export-consented", "--out", str(out), "--dsn", central.dsn),
        *("--keys", str(central.keys_dir), "--bucket", central.bucket_name),
        *("--endpoint-url", s3.endpoint_url),
        env=env,
    )
    manifest = json.loads((Path(result["folder"]) / "manifest.json").read_text())
    assert any(t["reason"] == "consent withdrawn" for t in manifest["take_down"])
