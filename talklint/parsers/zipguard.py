"""Check an Office zip package before any XML parser sees it.

A ``.pptx`` is a zip of XML parts. Hostile files exist: zip bombs that
inflate a few kilobytes into gigabytes, and XML with entity declarations.
The sizes in the zip directory bound what ``zipfile`` will inflate, so
checking them first refuses a bomb in well under a second and in small
memory; a part that declares a DTD is refused without being parsed.
"""

from __future__ import annotations

import io
import zipfile

from talklint.errors import ParseError

# Documented limits (README, "Bad input").
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_PARTS = 10_000
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_XML_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# Parsed XML takes several times its size in memory, and python-pptx keeps
# every part it reads: bound the XML a deck may hold in all, not only per part.
MAX_TOTAL_XML_BYTES = 128 * 1024 * 1024
# Real XML deflates about 5-20 to 1; media barely compresses. A part that
# claims a thousandfold ratio and is large is a bomb, not a slide.
MAX_RATIO = 1000
RATIO_CHECK_ABOVE = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LFS_POINTER = b"version https://git-lfs.github.com/spec/"
_DTD_MARKERS = tuple(
    m.encode(codec) for m in ("<!DOCTYPE", "<!ENTITY") for codec in ("utf-8", "utf-16-le", "utf-16-be")
)


def identify_non_zip(data: bytes) -> str | None:
    """Explain why ``data`` is not an Office zip package, or None if it may be."""
    if not data:
        return "the file is empty"
    if data.startswith(_LFS_POINTER):
        return "a Git LFS pointer, not the deck itself (run 'git lfs pull' first)"
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "password-protected (encrypted) PowerPoint file; save a copy without a password"
        return "legacy binary PowerPoint (.ppt) or other OLE file; save it as .pptx"
    if not data.startswith(b"PK"):
        return "not a PowerPoint file (not a zip package)"
    return None


def open_package(data: bytes) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its directory against the limits."""
    reason = identify_non_zip(data)
    if reason:
        raise ParseError(reason)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ParseError("truncated or corrupt zip package") from None
    except (OSError, ValueError, EOFError) as error:
        raise ParseError(f"corrupt zip package ({error})") from None
    check_directory(package.infolist())
    refuse_dtds(package)
    return package


def check_directory(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_PARTS:
        raise ParseError(f"zip package has {len(entries):,} parts, over the limit of {MAX_PARTS:,}")
    total = 0
    total_xml = 0
    for entry in entries:
        size = entry.file_size
        if _is_xml(entry.filename):
            total_xml += size
        limit = MAX_XML_PART_BYTES if _is_xml(entry.filename) else MAX_PART_BYTES
        if size > limit:
            raise ParseError(f"part '{entry.filename}' inflates to {size:,} bytes, over the {limit:,}-byte limit")
        if size > RATIO_CHECK_ABOVE and size > MAX_RATIO * max(entry.compress_size, 1):
            raise ParseError(f"part '{entry.filename}' has a compression ratio over {MAX_RATIO}:1 (a zip bomb?)")
        total += size
    if total_xml > MAX_TOTAL_XML_BYTES:
        raise ParseError(f"zip package holds {total_xml:,} bytes of XML, over the {MAX_TOTAL_XML_BYTES:,}-byte limit")
    if total > MAX_TOTAL_BYTES:
        raise ParseError(f"zip package inflates to {total:,} bytes, over the {MAX_TOTAL_BYTES:,}-byte limit")


def refuse_dtds(package: zipfile.ZipFile) -> None:
    """Office parts never declare a DTD; one that does is hostile or broken."""
    for entry in package.infolist():
        if not _is_xml(entry.filename):
            continue
        try:
            data = package.read(entry)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise ParseError(f"part '{entry.filename}' cannot be read ({error})") from None
        if any(marker in data for marker in _DTD_MARKERS):
            raise ParseError(f"part '{entry.filename}' declares a DTD or entities; refused")


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))
