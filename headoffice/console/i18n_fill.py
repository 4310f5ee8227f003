"""Regenerate the console's Hebrew catalogue and compile it.

``python -m headoffice.console.i18n_fill`` runs Django's makemessages for Hebrew, fills
every entry from :data:`headoffice.console.locale.he.HE`, and compiles the ``.mo`` (GNU
gettext's ``msgfmt`` must be installed). A string without a translation stops it, naming
the string, so nothing ships half translated.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCALE = HERE / "locale"
PO = LOCALE / "he" / "LC_MESSAGES" / "django.po"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fill(po_text: str, table: dict[str, str]) -> tuple[str, list[str]]:
    """Every entry's translation from ``table``; the msgids it lacks are returned."""
    forms = re.search(r"nplurals=(\d+)", po_text)
    nplurals = int(forms.group(1)) if forms else 2
    missing: list[str] = []
    out: list[str] = []
    blocks = po_text.split("\n\n")
    for block in blocks:
        ids = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if not ids:
            out.append(block)
            continue
        msgid = "".join(re.findall(r'"(.*)"', ids.group(1))).replace('\\"', '"')
        if not msgid:
            out.append(block)
            continue
        plural = re.search(r'^msgid_plural ((?:".*"\n?)+)', block, re.M)
        lines = [ln for ln in block.split("\n") if not ln.startswith("msgstr")]
        lines = [ln for ln in lines if ln != "#, fuzzy"]
        # drop continuation lines of old msgstr values
        kept: list[str] = []
        in_str = False
        for ln in block.split("\n"):
            if ln.startswith("msgstr"):
                in_str = True
                continue
            if in_str and ln.startswith('"'):
                continue
            in_str = False
            if ln.startswith("#|"):
                continue  # makemessages' guess of an older string
            if ln.startswith("#,"):
                flags = [f.strip() for f in ln[2:].split(",") if f.strip() != "fuzzy"]
                if not flags:
                    continue
                ln = "#, " + ", ".join(flags)
            kept.append(ln)
        lines = kept
        if plural:
            many = "".join(re.findall(r'"(.*)"', plural.group(1))).replace('\\"', '"')
            one, other = table.get(msgid), table.get(many)
            if one is None or other is None:
                missing.append(msgid)
                one = other = ""
            lines += [f"msgstr[0] {_quote(one)}"] + [
                f"msgstr[{i}] {_quote(other)}" for i in range(1, nplurals)
            ]
        else:
            value = table.get(msgid)
            if value is None:
                missing.append(msgid)
                value = ""
            lines.append(f"msgstr {_quote(value)}")
        out.append("\n".join(lines))
    return "\n\n".join(out), missing


def main() -> int:
    from django.core.management import call_command

    from headoffice.console.locale.fr import FR
    from headoffice.console.locale.he import HE
    from headoffice.console.settings import configure

    configure("host=127.0.0.1 dbname=none", Path(tempfile.mkdtemp()), allowed_hosts=[])
    os.chdir(HERE)
    code = 0
    # Hebrew: every string (the console and the visitor's page); French: the visitor's page.
    for language, table, complete in (("he", HE, True), ("fr", FR, False)):
        call_command(
            "makemessages", locale=[language], verbosity=0, no_obsolete=True, add_location="file"
        )
        po = LOCALE / language / "LC_MESSAGES" / "django.po"
        text = po.read_text(encoding="utf-8")
        text = text.replace('"Language: \\n"', f'"Language: {language}\\n"').replace(
            '#, fuzzy\nmsgid ""', 'msgid ""', 1
        )
        filled, missing = fill(text, table)
        po.write_text(filled, encoding="utf-8")
        if complete and missing:
            for msgid in missing:
                print(f"no {language} for: {msgid!r}", file=sys.stderr)
            code = 1
    if code == 0:
        call_command("compilemessages", locale=["he", "fr"], verbosity=0)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
