"""An S3-compatible server on 127.0.0.1 (moto's server mode), spoken to by the real boto3."""

from __future__ import annotations

from dataclasses import dataclass

from moto.server import ThreadedMotoServer


@dataclass
class S3Server:
    server: ThreadedMotoServer
    endpoint_url: str
    access_key_id: str = "testing"
    secret_access_key: str = "testing"
    region: str = "us-east-1"

    def create_bucket(self, name: str) -> str:
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=self.region,
            aws_access_key_id=self.access_key_id,
            aws_secret_access_key=self.secret_access_key,
        )
        client.create_bucket(Bucket=name)
        return name

    def list_keys(self, bucket: str) -> list[str]:
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=self.region,
            aws_access_key_id=self.access_key_id,
            aws_secret_access_key=self.secret_access_key,
        )
        return [o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", [])]

    def stop(self) -> None:
        self.server.stop()


def start_s3() -> S3Server:
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return S3Server(server, f"http://{host}:{port}")
