"""A send rate per channel: a token bucket that never blocks.

A Twilio long code allows about one message a second; SendGrid has its own
limits. The worker asks :meth:`RateLimits.ready` which channels may send now and
skips the others when it claims, so a throttled channel never holds a thread
(or the GUI) waiting. Time is passed in, so tests travel in it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass
class _Bucket:
    per_s: float
    burst: float
    tokens: float
    at: float | None = None


class RateLimits:
    def __init__(self, per_second: Mapping[str, float], burst_s: float = 1.0) -> None:
        """``per_second`` of 0 (or a channel not named) means no limit."""
        self._lock = threading.Lock()
        self._buckets = {
            channel: _Bucket(rate, max(1.0, rate * burst_s), max(1.0, rate * burst_s))
            for channel, rate in per_second.items()
            if rate > 0
        }

    def _refill(self, bucket: _Bucket, now: float) -> None:
        if bucket.at is not None and now > bucket.at:
            bucket.tokens = min(bucket.burst, bucket.tokens + (now - bucket.at) * bucket.per_s)
        bucket.at = now if bucket.at is None else max(bucket.at, now)

    def blocked(self, now: float) -> list[str]:
        """Channels that must wait before their next send."""
        with self._lock:
            out = []
            for channel, bucket in self._buckets.items():
                self._refill(bucket, now)
                if bucket.tokens < 1.0:
                    out.append(channel)
            return out

    def take(self, channel: str, now: float) -> None:
        """Spend one send; may go below zero when threads race, which only delays the next."""
        with self._lock:
            bucket = self._buckets.get(channel)
            if bucket is not None:
                self._refill(bucket, now)
                bucket.tokens -= 1.0

    def wait_s(self, channel: str, now: float) -> float:
        with self._lock:
            bucket = self._buckets.get(channel)
            if bucket is None:
                return 0.0
            self._refill(bucket, now)
            return max(0.0, (1.0 - bucket.tokens) / bucket.per_s)
