"""The photo behind an SMS link or a QR code: an S3-compatible bucket and a presigned link.

Works with AWS S3, Cloudflare R2 and MinIO through boto3 (endpoint, region and
path-style addressing come from the settings). Each hosted photo gets an
unguessable key (``secrets.token_urlsafe``), chosen and recorded by the outbox
before the upload, so erasure and retention can always find it. The bucket stays
private: the visitor's phone fetches the photo through a presigned GET URL that
expires (at most 7 days, S3's own limit for SigV4 presigning).

Every call has a connect and read timeout, and botocore's own retries are kept low:
the outbox does the retrying, with backoff, without blocking anyone.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from delivery.channels import ConfigurationError, TransientError

MAX_LINK_EXPIRY_S = 7 * 24 * 3600


def new_media_key(prefix: str) -> str:
    """An object key nobody can guess: 192 random bits, no visit id, no name."""
    return f"{prefix}{secrets.token_urlsafe(24)}.jpg"


@dataclass(frozen=True)
class MediaHostConfig:
    bucket: str
    region: str
    endpoint_url: str | None
    access_key_id: str | None
    secret_access_key: str | None
    key_prefix: str = "photobooth/"
    link_expiry_s: int = 72 * 3600
    path_style: bool = False
    timeout_s: float = 20.0


class S3MediaHost:
    """Upload, link and delete hosted photos in one bucket."""

    def __init__(self, config: MediaHostConfig) -> None:
        import boto3
        from botocore.config import Config

        if not 0 < config.link_expiry_s <= MAX_LINK_EXPIRY_S:
            raise ValueError("a presigned link may live at most 7 days")
        self.config = config
        self.client: Any = boto3.client(
            "s3",
            endpoint_url=config.endpoint_url or None,
            region_name=config.region,
            aws_access_key_id=config.access_key_id or None,
            aws_secret_access_key=config.secret_access_key or None,
            config=Config(
                signature_version="s3v4",
                connect_timeout=config.timeout_s,
                read_timeout=config.timeout_s,
                retries={"max_attempts": 2, "mode": "standard"},
                s3={"addressing_style": "path" if config.path_style else "auto"},
            ),
        )

    def new_key(self) -> str:
        return new_media_key(self.config.key_prefix)

    def upload(self, key: str, jpeg: bytes) -> None:
        """Put (or put again: the same key is idempotent) the photo, private, no metadata."""
        self._call(
            "put_object",
            Bucket=self.config.bucket,
            Key=key,
            Body=jpeg,
            ContentType="image/jpeg",
            CacheControl="private, max-age=3600",
        )

    def link(self, key: str) -> str:
        url: str = self.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.config.bucket, "Key": key},
            ExpiresIn=self.config.link_expiry_s,
        )
        return url

    def delete(self, key: str) -> None:
        """Delete the hosted copy; deleting a key that is already gone is not an error in S3."""
        self._call("delete_object", Bucket=self.config.bucket, Key=key)

    def check(self) -> str:
        """Write, then delete, a tiny object under the key prefix: what sending a text needs.

        Listing or a HEAD on the bucket would pass with keys that may read but not write.
        """
        key = f"{self.config.key_prefix}connection-check-{secrets.token_hex(4)}"
        self._call(
            "put_object", Bucket=self.config.bucket, Key=key, Body=b"ok", ContentType="text/plain"
        )
        self._call("delete_object", Bucket=self.config.bucket, Key=key)
        return f"The photo host accepted a test upload to bucket {self.config.bucket}."

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.config.bucket, Key=key)
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def _call(self, operation: str, **params: Any) -> Any:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            EndpointConnectionError,
            NoCredentialsError,
        )

        try:
            return getattr(self.client, operation)(**params)
        except NoCredentialsError:
            raise ConfigurationError(
                "The photo host has no access key: set media_host keys or AWS_ACCESS_KEY_ID."
            ) from None
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
            if code in (
                "AccessDenied",
                "InvalidAccessKeyId",
                "SignatureDoesNotMatch",
                "NoSuchBucket",
            ):
                raise ConfigurationError(
                    f"The photo host refused the kiosk ({code}): check the bucket name and keys."
                ) from None
            if status in (403, 401):
                raise ConfigurationError(
                    f"The photo host refused the kiosk (HTTP {status}): check the keys."
                ) from None
            raise TransientError(f"The photo host answered {code or status}.") from None
        except EndpointConnectionError:
            raise TransientError("The photo host cannot be reached.") from None
        except BotoCoreError as exc:
            raise TransientError(f"The photo host did not answer ({type(exc).__name__}).") from None
