"""Text messages through the real Twilio SDK against Prism serving Twilio's spec, photos on moto's S3."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta

import pytest

from booth.paths import DataLayout
from booth.records_file import open_records
from consent.clock import utcnow
from delivery.hosted_copies import HostedCopies
from delivery.outbox import RetryPolicy
from delivery.worker import OutboxWorker
from tests.delivery.conftest import PHOTO, Providers, open_outbox, queue_visit, rows, sms_sender
from tests.support.providers import TEST_RECIPIENTS, Fault


def worker(data: DataLayout, sender: object, clock: list) -> OutboxWorker:  # type: ignore[type-arg]
    return OutboxWorker(
        open_outbox=lambda: open_outbox(data),
        senders={"sms": sender},  # type: ignore[dict-item]
        clock=lambda: clock[0],
        policy=RetryPolicy(first_delay_s=10, max_delay_s=600, jitter=0),
    )


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as response:
        return bytes(response.read())


def test_p8_mms_to_a_us_number_carries_number_text_and_photo_link_only(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    """P8, P10: To, From, Body and MediaUrl; the hosted photo is the visitor's."""
    queue_visit(data, ("sms",))
    assert worker(data, sms_sender(local, bucket), [utcnow()]).process_one()
    (request,) = local.twilio.sent()
    form = request.form()
    assert set(form) == {"To", "From", "Body", "MediaUrl"}
    assert form["To"] == ["+12015550123"] and form["From"] == ["+15005550006"]
    assert "privacy@store.example" in form["Body"][0] and "Ada" not in form["Body"][0]
    (link,) = form["MediaUrl"]
    assert fetch(link) == PHOTO
    # Neither the name nor the address, in any case or encoding the form might use (a bare
    # "ada" also turns up, by chance, in a signature's or a bucket name's hex digits).
    sent = urllib.parse.unquote_plus(request.body.decode()).lower()
    assert "lovelace" not in sent and "ada@example.com" not in sent and "ada " not in sent
    (row,) = rows(data)
    assert row["status"] == "sent" and str(row["provider_id"]).startswith("MM")
    assert str(row["media_key"]) in link, "the hosted key is recorded before the upload"


def test_sms_with_a_link_where_mms_is_not_supported(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    queue_visit(data, ("sms",), phone="+447700900123")
    worker(data, sms_sender(local, bucket), [utcnow()]).process_one()
    form = local.twilio.sent()[0].form()
    assert "MediaUrl" not in form
    link = form["Body"][0].split(": ", 1)[1].split(". Privacy")[0]
    assert fetch(link) == PHOTO


def test_a_messaging_service_asks_twilio_to_shorten_the_link(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    queue_visit(data, ("sms",), phone="+447700900123")
    sender = sms_sender(local, bucket, sender="MG" + "0" * 32, shorten=True)
    worker(data, sender, [utcnow()]).process_one()
    form = local.twilio.sent()[0].form()
    assert form["MessagingServiceSid"] == ["MG" + "0" * 32] and form["ShortenUrls"] == ["true"]
    assert "From" not in form


@pytest.mark.parametrize("number", sorted(TEST_RECIPIENTS))
def test_twilio_test_numbers_fail_for_good_with_a_reason(
    data: DataLayout, local: Providers, bucket: str, number: str
) -> None:
    queue_visit(data, ("sms",), phone=number)
    worker(data, sms_sender(local, bucket), [utcnow()]).process_one()
    (row,) = rows(data)
    code = TEST_RECIPIENTS[number][0]
    assert row["status"] == "failed" and f"(Twilio {code})" in str(row["last_error"])


@pytest.mark.parametrize("sender", ["+15005550001", "+15005550007"])
def test_a_wrong_sender_pauses_sms_and_keeps_the_delivery(
    data: DataLayout, local: Providers, bucket: str, sender: str
) -> None:
    queue_visit(data, ("sms",))
    w = worker(data, sms_sender(local, bucket, sender=sender), [utcnow()])
    w.process_one()
    (row,) = rows(data)
    assert row["status"] == "queued" and row["attempts"] == 0
    assert w.paused_channels(utcnow()) == ["sms"]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_rate_limits_and_5xx_are_retried(
    data: DataLayout, local: Providers, bucket: str, status: int
) -> None:
    queue_visit(data, ("sms",))
    local.twilio.faults.append(Fault("status", status))
    now = [utcnow()]
    w = worker(data, sms_sender(local, bucket), now)
    w.process_one()
    assert rows(data)[0]["status"] == "retry"
    now[0] += timedelta(seconds=10)
    w.process_one()
    assert rows(data)[0]["status"] == "sent"


def test_an_answer_lost_after_twilio_accepted_is_reconciled_not_resent(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    """At-least-once without duplicates: the retry lists messages to the number first."""
    queue_visit(data, ("sms",))
    local.twilio.faults.append(Fault("hang_after"))
    now = [utcnow()]
    w = worker(data, sms_sender(local, bucket, timeout_s=0.5), now)
    w.process_one()
    (row,) = rows(data)
    assert row["status"] == "retry" and row["reconcile_since"] is not None
    now[0] += timedelta(seconds=10)
    w.process_one()
    (row,) = rows(data)
    assert len(local.twilio.messages) == 1, "sent once"
    assert row["status"] == "sent" and row["provider_id"] == next(iter(local.twilio.messages))
    assert [r.method for r in local.twilio.requests] == ["POST", "GET"]


def test_a_dropped_connection_before_sending_just_retries(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    queue_visit(data, ("sms",))
    local.twilio.faults.append(Fault("reset"))
    now = [utcnow()]
    w = worker(data, sms_sender(local, bucket), now)
    w.process_one()
    assert rows(data)[0]["status"] == "retry"
    now[0] += timedelta(seconds=10)
    w.process_one()
    assert rows(data)[0]["status"] == "sent" and len(local.twilio.messages) == 1


def test_delivery_status_is_polled_and_recorded(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    queue_visit(data, ("sms",))
    queue_visit(data, ("sms",), phone="+12015550199")
    now = [utcnow()]
    w = worker(data, sms_sender(local, bucket), now)
    assert w.process_one() and w.process_one()
    first, second = (str(r["provider_id"]) for r in rows(data))
    local.twilio.statuses[second] = ("undelivered", 30003)
    now[0] += timedelta(minutes=2)
    w.housekeeping(now[0], force=True)
    by_id = {r["provider_id"]: r for r in rows(data)}
    assert by_id[first]["provider_status"] == "delivered"
    assert by_id[second]["provider_status"] == "undelivered"
    assert "unreachable" in str(by_id[second]["last_error"])


def test_p5_erasure_deletes_the_hosted_photo_and_the_twilio_message(
    data: DataLayout, local: Providers, bucket: str
) -> None:
    (delivery_id,) = queue_visit(data, ("sms",))
    sender = sms_sender(local, bucket)
    worker(data, sender, [utcnow()]).process_one()
    (row,) = rows(data)
    link = local.twilio.sent()[0].form()["MediaUrl"][0]
    copies = HostedCopies(lambda: open_records(data), sender.media_host, sender)
    assert copies.delete_for_visit("visit", [delivery_id]) == 3  # photo, media, message
    with pytest.raises(urllib.error.HTTPError):
        fetch(link)
    assert row["provider_id"] not in local.twilio.messages
    assert [r.method for r in local.twilio.requests].count("DELETE") == 2
