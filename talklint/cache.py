"""A content cache: a file's findings, keyed by what they depend on.

The key hashes the file's bytes, the effective configuration and rule set
(codes, severities, options, the rule and vocabulary data) and talklint's
version; an entry also records the hash of every file the talk imported,
and is used only while those are unchanged. Hashes, not modification
times, so a cache restored on a fresh CI checkout still hits. Entries are
written to a temporary file and renamed into place, so two processes
writing at once never leave a torn entry; a corrupt entry is ignored and
rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG
from typing import Any

from talklint import __version__
from talklint.config import Config
from talklint.findings import Edit, Finding, Severity
from talklint.limits import MAX_TEXT_FILE_BYTES
from talklint.resources import (
    CACHE_DIR_VARIABLE,
    data_dir,
    installed_distributions,
    user_cache_folder,
    write_atomically,
)
from talklint.results import FileResult

CACHE_FOLDER = ".talklint_cache"
FORMAT = 3


def default_folder(config: Config) -> Path | None:
    """``$TALKLINT_CACHE_DIR`` (a CI job restores it), else beside the config file, else the user's
    cache folder (None: no cache)."""
    if os.environ.get(CACHE_DIR_VARIABLE):
        return user_cache_folder()
    if config.source is not None:
        return config.root / CACHE_FOLDER
    return user_cache_folder()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def _data_digest() -> str:
    """Changes when talklint's code or any bundled rule, vocabulary, profile or model file changes.

    The version alone is not enough: an editable install (a clone being worked on, a
    pre-commit hook at a branch) changes code without changing the version.
    """
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    files = [(data_dir(), p) for p in data_dir().rglob("*") if p.suffix in (".yaml", ".json")]
    files += [(package, p) for p in package.rglob("*.py")]
    for root, path in sorted(files, key=lambda item: str(item[1])):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def inputs_digest(config: Config) -> str:
    """Everything the rule set is built from, so that a cache hit needs no rule loaded.

    The effective configuration (file and command line), the bundled rule
    data, the user's rule folders, the installed plugins and language
    pipelines, and talklint's version.
    """
    described = {
        "version": __version__,
        "data": _data_digest(),
        "config": repr(config),
        "config-file": _sha(config.source.read_bytes()) if config.source and config.source.is_file() else None,
        "rule-paths": [_folder_digest(folder) for folder in config.rule_paths],
        "environment": _environment_digest(),
    }
    return _sha(json.dumps(described, sort_keys=True, default=str).encode())


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256(str(folder).encode())
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _environment_digest() -> str:
    """Plugins and trained pipelines change findings: the installed packages and their versions.

    Any package installed, removed or upgraded changes it. Reading which
    packages are plugins would mean parsing every package's entry points,
    which costs more than a whole cached run.
    """
    return _sha("\n".join(installed_distributions()).encode())


class Cache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def key(self, path: Path, rules_digest: str) -> str | None:
        content = _content_digest(self.folder, path)
        if content is None:
            return None  # unreadable files are reported, never cached
        return _sha(content.encode() + rules_digest.encode() + os.fsencode(path))

    def get(self, key: str, path: Path) -> FileResult | None:
        entry = self.folder / key[:2] / f"{key}.json"
        try:
            document = json.loads(entry.read_text(encoding="utf-8"))
            if document["format"] != FORMAT or not _included_unchanged(document["included"]):
                return None
            return _result(path, document["result"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or corrupt: lint again and rewrite it

    def put(self, key: str, result: FileResult) -> None:
        included = {}
        for path in result.included:
            digest = _content_digest(self.folder, path)
            if digest is not None:
                included[str(path)] = digest
        document = {"format": FORMAT, "included": included, "result": _document(result)}
        try:
            (self.folder / key[:2]).mkdir(parents=True, exist_ok=True)
            self._ignore_in_git()
            write_atomically(self.folder / key[:2] / f"{key}.json", json.dumps(document))
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _ignore_in_git(self) -> None:
        marker = self.folder / ".gitignore"
        if not marker.exists():
            marker.write_text("# Created by talklint.\n*\n", encoding="utf-8")


# How long after its last change a file's (size, mtime, inode) may stand for its content: a file
# written again within the clock's resolution keeps its mtime (git calls this "racy").
SETTLED_SECONDS = 2.0


class _FileStats:
    """``(size, mtime_ns, inode) → sha256`` of the files read, remembered beside the cache.

    A warm run then hashes only the files whose stat changed. The file is a hint and
    nothing more: an entry is used only while all three still match, a bad or foreign
    file is ignored, and a cache restored on a fresh checkout (new inodes and times)
    falls back to hashing.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / "file-stats"  # JSON, named so that it never looks like an entry
        self.changed = False
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries: dict[str, list[Any]] = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            self.entries = {}

    def digest(self, path: Path) -> str | None:
        try:
            stat = path.stat()
        except OSError:
            return None
        name = os.fsencode(path).decode("utf-8", "surrogateescape")
        signature = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        entry = self.entries.get(name)
        if isinstance(entry, list) and len(entry) == 4 and entry[:3] == signature and isinstance(entry[3], str):
            return entry[3]
        digest = _file_digest(path)
        if digest is not None and time.time() - stat.st_mtime_ns / 1e9 > SETTLED_SECONDS:
            self.entries[name] = [*signature, digest]
            self.changed = True
        return digest

    def save(self) -> None:
        if not self.changed:
            return
        with contextlib.suppress(OSError):  # only costs time
            write_atomically(self.path, json.dumps(self.entries))
        self.changed = False


_STATS: dict[Path, _FileStats] = {}


def _content_digest(folder: Path, path: Path) -> str | None:
    if folder not in _STATS:
        _STATS[folder] = _FileStats(folder)
    return _STATS[folder].digest(path)


def save_file_stats() -> None:
    """Write what this run learnt of the files' stats (called once, at the end of a run)."""
    for stats in _STATS.values():
        stats.save()


def _included_unchanged(included: dict[str, str]) -> bool:
    """Whether every file a cached talk read still has the bytes it had.

    A cache folder can come from a CI cache or a repository: its entries are
    input like any other. Only regular files under the size limit are read,
    in chunks; anything else makes the entry a miss.
    """
    for name, digest in included.items():
        if not isinstance(name, str) or not isinstance(digest, str):
            return False
        if _file_digest(Path(name), MAX_TEXT_FILE_BYTES) != digest:
            return False
    return True


def _file_digest(path: Path, limit: int | None = None) -> str | None:
    """sha256 of a regular file (no larger than ``limit``), read in chunks, never whole."""
    try:
        stat = path.stat()
        if not S_ISREG(stat.st_mode) or (limit is not None and stat.st_size > limit):
            return None
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _document(result: FileResult) -> dict[str, Any]:
    return {
        "error": result.error,
        "format": result.format,
        "slide_count": result.slide_count,
        "included": [str(p) for p in result.included],
        "findings": [_finding(f) for f in result.findings],
    }


def _finding(finding: Finding) -> dict[str, Any]:
    data = asdict(finding)
    data["path"] = str(finding.path)
    data["severity"] = finding.severity.value
    data["source"] = str(finding.source) if finding.source else None
    data["members"] = [_finding(member) for member in finding.members]
    return data


_SEVERITIES = {severity.value: severity for severity in Severity}


def _read_finding(path: Path, item: dict[str, Any]) -> Finding:
    # A warm run decodes thousands of these (a flood's members too): no enum call, no dict copy.
    item["path"] = path
    item["severity"] = _SEVERITIES[item["severity"]]
    if item["source"]:
        item["source"] = Path(item["source"])
    members = item.get("members")
    item["members"] = tuple(_read_finding(path, member) for member in members) if members else ()
    item["edit"] = Edit(**item["edit"]) if item.get("edit") else None
    return Finding(**item)


def _result(path: Path, data: dict[str, Any]) -> FileResult:
    findings = tuple(_read_finding(path, item) for item in data["findings"])
    included = tuple(Path(p) for p in data["included"])
    return FileResult(path, None, findings, data["error"], data["format"], data["slide_count"], included)
