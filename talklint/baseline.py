"""Baselines: record today's findings, then report only new ones.

A finding's fingerprint is built from its rule, its file, the title and
normalised text of its slide, and its message without numbers — not the
slide number, the line or a count — so moving slides around keeps a
baseline valid, two findings of one rule on one slide ('PBS' and 'HTC') stay
apart, and editing a slide's text makes its findings new again.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.errors import ConfigError
from talklint.findings import Finding
from talklint.results import FileResult

if TYPE_CHECKING:
    from talklint.model import Slide

VERSION = 1


def _normalise(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def fingerprint(code: str, path: Path, slide: Slide | None, message: str) -> str:
    subject = _DIGITS.sub("", _normalise(message))  # what the finding is about, without slide numbers or counts
    context = f"{_normalise(slide.title)}\n{_normalise(slide.text)}" if slide else ""
    text = f"{code}\n{path.as_posix()}\n{context}\n{subject}"
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
    return digest[:20]


_DIGITS = re.compile(r"\d+")


def write_baseline(path: Path, results: Iterable[FileResult]) -> int:
    # A flood reported once is recorded slide by slide: a new slide joining it is a new finding.
    counts = Counter(single.fingerprint for r in results for f in r.findings for single in f.singles)
    document = {"version": VERSION, "tool": "talklint", "fingerprints": dict(sorted(counts.items()))}
    try:
        path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot write the baseline ({error.strerror or error})") from None
    return sum(counts.values())


MAX_BASELINE_BYTES = 64 * 1024 * 1024


def read_baseline(path: Path) -> Counter[str]:
    """The fingerprints a baseline records, or a one-line error naming what is wrong with the file."""
    not_a_baseline = f"{path}: not a talklint baseline (version {VERSION} with 'fingerprints': {{fingerprint: count}})"
    try:
        if path.stat().st_size > MAX_BASELINE_BYTES:
            raise ConfigError(f"{path}: the baseline is larger than {MAX_BASELINE_BYTES // 2**20} MB")
        document = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the baseline ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the baseline is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ConfigError(f"{path}: the baseline is not valid JSON ({error.msg}, line {error.lineno})") from None
    except RecursionError:
        raise ConfigError(f"{path}: the baseline is nested too deeply to be one") from None
    prints = document.get("fingerprints") if isinstance(document, dict) else None
    if not isinstance(document, dict) or document.get("version") != VERSION or not isinstance(prints, dict):
        raise ConfigError(not_a_baseline)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in prints.values()):
        raise ConfigError(f"{path}: the baseline's counts must be whole numbers")
    return Counter({str(k): v for k, v in prints.items()})


def without_baseline(results: list[FileResult], baseline: Counter[str]) -> list[FileResult]:
    """Drop findings the baseline knows, as many times as it recorded each.

    Of a flood reported once, the slides the baseline knows are dropped; when
    it knew some of them, the new ones are reported one by one.
    """
    remaining = Counter(baseline)

    def known(finding: Finding) -> bool:
        if finding.code != "TL001" and remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            return True
        return False

    filtered = []
    for result in results:
        kept: list[Finding] = []
        for finding in result.findings:
            if not finding.members:
                kept += [] if known(finding) else [finding]
                continue
            new = [member for member in finding.members if not known(member)]
            kept += [finding] if len(new) == len(finding.members) else new
        filtered.append(replace(result, findings=tuple(sorted(kept, key=lambda f: f.sort_key))))
    return filtered
