"""Central object storage for publish-consented photos (S3, MinIO, R2: any S3 endpoint).

Objects are private, written with server-side encryption requested, and their
content is sealed to head office's public key before upload, so a copy of the
bucket reveals no photo either (P7). Every call has a timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class BucketError(Exception):
    """The central bucket refused or could not be reached; the message says which."""


@dataclass(frozen=True)
class BucketSettings:
    bucket: str
    endpoint_url: str | None = None  # None: AWS itself; set for MinIO, R2 or a local server
    region: str | None = None
    access_key_id: str | None = None  # None: the standard AWS_* variables and config files
    secret_access_key: str | None = None
    server_side_encryption: str | None = "AES256"


class CentralBucket:
    def __init__(self, settings: BucketSettings) -> None:
        # boto3 takes 0.2 s to import: only a kiosk with a central bucket pays for it, when
        # the bucket is first made (as delivery/media_host.py does), not every start-up.
        import boto3
        from botocore.config import Config

        self.settings = settings
        self.client: Any = boto3.client(
            "s3",
            endpoint_url=settings.endpoint_url,
            region_name=settings.region,
            aws_access_key_id=settings.access_key_id,
            aws_secret_access_key=settings.secret_access_key,
            config=Config(
                connect_timeout=5, read_timeout=20, retries={"max_attempts": 3, "mode": "standard"}
            ),
        )

    def _call(self, what: str, **kwargs: Any) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, what)(Bucket=self.settings.bucket, **kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "error")
            raise BucketError(f"the central bucket answered {code} to {what}") from None
        except BotoCoreError as exc:
            raise BucketError(f"the central bucket cannot be reached: {exc}") from None

    def put(self, key: str, data: bytes) -> None:
        extra: dict[str, Any] = {}
        if self.settings.server_side_encryption:
            extra["ServerSideEncryption"] = self.settings.server_side_encryption
        self._call(
            "put_object", Key=key, Body=data, ContentType="application/octet-stream", **extra
        )

    def get(self, key: str) -> bytes:
        body: bytes = self._call("get_object", Key=key)["Body"].read()
        return body

    def delete(self, key: str) -> None:
        self._call("delete_object", Key=key)

    def keys(self, prefix: str = "") -> list[str]:
        found: list[str] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Prefix": prefix}
            if token:
                kwargs["ContinuationToken"] = token
            page = self._call("list_objects_v2", **kwargs)
            found.extend(item["Key"] for item in page.get("Contents", []))
            if not page.get("IsTruncated"):
                return found
            token = page.get("NextContinuationToken")
