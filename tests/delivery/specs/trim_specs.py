"""Make the small vendored copies of the providers' OpenAPI specs (run by hand, not by tests).

    python tests/delivery/specs/trim_specs.py /path/to/specs   # the folder with twilio/ and sendgrid/

Keeps only the operations the kiosk uses and the components they reference, so the
test suite works on a clone with no ``../shared``. Both specs are MIT-licensed; their
licence files are copied alongside.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TWILIO_PATHS = {
    "/2010-04-01/Accounts/{Sid}.json": ("get",),
    "/2010-04-01/Accounts/{AccountSid}/Messages.json": ("post", "get"),
    "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json": ("get", "delete"),
    "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json": ("get",),
    "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json": ("delete",),
}
SENDGRID_PATHS = {"/mail/send": ("post",), "/scopes": ("get",)}


def refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                found |= refs(value)
    elif isinstance(node, list):
        for item in node:
            found |= refs(item)
    return found


def resolve(spec: dict[str, Any], ref: str) -> Any:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def trim(
    spec: dict[str, Any], keep: dict[str, tuple[str, ...]], top: tuple[str, ...]
) -> dict[str, Any]:
    out = {k: v for k, v in spec.items() if k not in ("paths", *top)}
    out["paths"] = {}
    for path, methods in keep.items():
        item = spec["paths"][path]
        out["paths"][path] = {
            k: v for k, v in item.items() if k in methods or k in ("parameters", "servers")
        }
    pending = refs(out["paths"])
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.add(ref)
        pending |= refs(resolve(spec, ref))
    for ref in sorted(seen):
        parts = ref.lstrip("#/").split("/")
        src: Any = spec
        dst: Any = out
        for part in parts[:-1]:
            src = src[part]
            dst = dst.setdefault(part, {})
        dst[parts[-1]] = src[parts[-1]]
    if "securitySchemes" in spec.get("components", {}):
        out.setdefault("components", {})["securitySchemes"] = spec["components"]["securitySchemes"]
    if "securityDefinitions" in spec:
        out["securityDefinitions"] = spec["securityDefinitions"]
    return out


def main(source: Path) -> None:
    twilio = json.loads((source / "twilio" / "twilio_api_v2010.json").read_text())
    small = trim(twilio, TWILIO_PATHS, ("components",))
    (HERE / "twilio_messages.json").write_text(json.dumps(small, indent=1, sort_keys=True) + "\n")
    shutil.copy(source / "twilio" / "LICENSE", HERE / "LICENSE-twilio")
    sendgrid = json.loads((source / "sendgrid" / "oai.json").read_text())
    small = trim(
        sendgrid, SENDGRID_PATHS, ("definitions", "responses", "parameters", "securityDefinitions")
    )
    (HERE / "sendgrid_mail_send.json").write_text(
        json.dumps(small, indent=1, sort_keys=True) + "\n"
    )
    shutil.copy(source / "sendgrid" / "LICENSE", HERE / "LICENSE-sendgrid")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/specs"))
