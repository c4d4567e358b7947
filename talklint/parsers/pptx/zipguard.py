"""Check an Office zip package before any XML parser sees it.

A ``.pptx`` is a zip of XML parts. Hostile files exist: zip bombs that
inflate a few kilobytes into gigabytes, and XML with entity declarations.
The sizes in the zip directory bound what ``zipfile`` will inflate, so
checking them first refuses a bomb in well under a second and in small
memory; a part that declares a DTD is refused without being parsed.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib

from talklint import limits
from talklint.errors import ParseError

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
    if len(package.infolist()) > limits.MAX_PPTX_PARTS:
        raise ParseError(f"the package has {len(package.infolist()):,} parts, " + limits.beyond("MAX_PPTX_PARTS"))
    return package


def lean_package(data: bytes) -> bytes:
    """The package with its XML parts only, media emptied: what a reader of slides needs.

    python-pptx inflates every part it opens; a few megabytes of zeros named
    ``ppt/media/huge.bin`` would cost a gigabyte. Which parts are XML is read
    from ``[Content_Types].xml`` (a slide may be named ``.dat``), and every
    XML part is checked for a DTD and counted against the shape limit, and
    every relationship for a part the package holds.
    """
    package = open_package(data)
    xml_parts = _xml_parts(package)
    check_xml_sizes([entry for entry in package.infolist() if entry.filename in xml_parts])
    shapes = 0
    buffer = io.BytesIO()
    with package, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as lean:
        for entry in package.infolist():
            if entry.filename not in xml_parts:
                lean.writestr(entry.filename, b"")
                continue
            part = _read(package, entry)
            if any(marker in part for marker in _DTD_MARKERS):
                raise ParseError(f"part '{entry.filename}' declares a DTD or entities; refused")
            if entry.filename.endswith(".rels"):
                check_relationships(entry.filename, part, set(package.namelist()))
            if entry.filename.startswith("ppt/slides/"):
                shapes += len(_SHAPE.findall(part))
                if shapes > limits.MAX_SHAPES:
                    raise ParseError("the deck's shapes are " + limits.beyond("MAX_SHAPES"))
            lean.writestr(entry.filename, part)
    return buffer.getvalue()


_SHAPE = re.compile(rb"<p:(?:sp|pic|graphicFrame|cxnSp|grpSp)[ >]")
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
# Parts a reader of slides needs: a relationship to any other missing part is dropped by python-pptx.
_NEEDED = ("/slide", "/slideLayout", "/slideMaster", "/officeDocument")


def check_relationships(rels_name: str, rels: bytes, names: set[str]) -> None:
    """Refuse a relationship that leaves the package, or names a slide, layout or master it does not hold."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))  # "ppt/slides/_rels/x.rels" → "ppt/slides"
    for element in _RELATIONSHIP.findall(rels):
        attributes = {key.decode(): value.decode("utf-8", "replace") for key, value in _ATTRIBUTE.findall(element)}
        target = attributes.get("Target", "")
        if attributes.get("TargetMode") == "External" or not target:
            continue
        resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
        if resolved.startswith("../") or resolved == "..":
            raise ParseError(f"part '{rels_name}' points outside the package ('{target}'); the deck is damaged")
        if resolved not in names and attributes.get("Type", "").endswith(_NEEDED):
            raise ParseError(f"part '{rels_name}' names '{resolved}', which the deck does not hold; it is damaged")


_DEFAULT = re.compile(r'<Default\s+Extension="([^"]+)"\s+ContentType="([^"]+)"')
_OVERRIDE = re.compile(r'<Override\s+PartName="([^"]+)"\s+ContentType="([^"]+)"')


def _xml_parts(package: zipfile.ZipFile) -> set[str]:
    """Names of the parts whose content type is XML, by ``[Content_Types].xml``, or that start like XML."""
    try:
        entry = package.getinfo("[Content_Types].xml")
    except KeyError:
        types = ""
    else:
        check_xml_sizes([entry])
        types = _read(package, entry).decode("utf-8", errors="replace")
    defaults = {ext.lower(): kind for ext, kind in _DEFAULT.findall(types)}
    overrides = {name.lstrip("/"): kind for name, kind in _OVERRIDE.findall(types)}
    xml = {"[Content_Types].xml"}
    for entry in package.infolist():
        name = entry.filename
        kind = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower(), "")
        if _is_xml(name) or kind.endswith(("+xml", "/xml")) or _starts_like_xml(package, entry):
            xml.add(name)
    return xml


# What reading a damaged member raises: a bad header, a short file, an unknown method, corrupt deflate data.
_DAMAGED = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error)


def _starts_like_xml(package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    try:
        with package.open(entry) as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except _DAMAGED:
        return False
    return head.startswith((b"<?xml", b"<p:", b"<a:"))


def _read(package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    try:
        return package.read(entry)  # no more than the directory's size, checked before
    except _DAMAGED as error:
        raise ParseError(f"part '{entry.filename}' cannot be read ({error})") from None


def check_xml_sizes(xml_entries: list[zipfile.ZipInfo]) -> None:
    """Refuse, from the zip directory alone, XML that would inflate past the limit or like a bomb."""
    total = 0
    for entry in xml_entries:
        if entry.file_size > RATIO_CHECK_ABOVE and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise ParseError(f"part '{entry.filename}' has a compression ratio over {MAX_RATIO}:1 (a zip bomb?)")
        total += entry.file_size
    if total > limits.MAX_PPTX_XML_BYTES:
        raise ParseError(f"the deck inflates to {total:,} bytes of XML, " + limits.beyond("MAX_PPTX_XML_BYTES"))


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))
