"""Every kind of bad input: one clear reason, never a traceback, bounded work."""

from __future__ import annotations

import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.parsers import parse_talk
from tests.helpers import build_pptx, write


def reason(path: Path) -> str:
    with pytest.raises(ParseError) as caught:
        parse_talk(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def valid_deck(tmp_path: Path) -> Path:
    return build_pptx(tmp_path / "ok.pptx", [{"title": "Hello", "bullets": ["world"]}])


def test_truncated_pptx(tmp_path: Path) -> None:
    data = valid_deck(tmp_path).read_bytes()
    path = tmp_path / "truncated.pptx"
    path.write_bytes(data[: len(data) // 2])
    assert "truncated or corrupt" in reason(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "text.pptx"
    path.write_text("just some text", encoding="utf-8")
    assert "not a zip" in reason(path)


def test_legacy_and_encrypted_ole_files(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    legacy = tmp_path / "old.pptx"
    legacy.write_bytes(ole + "PowerPoint Document".encode("utf-16-le"))
    assert "legacy binary PowerPoint" in reason(legacy)
    encrypted = tmp_path / "locked.pptx"
    encrypted.write_bytes(ole + "EncryptedPackage".encode("utf-16-le"))
    assert "password-protected" in reason(encrypted)
    ppt = tmp_path / "old.ppt"
    ppt.write_bytes(ole)
    assert "save it as .pptx" in reason(ppt)


def test_git_lfs_pointer(tmp_path: Path) -> None:
    path = tmp_path / "deck.pptx"
    path.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n", encoding="utf-8")
    assert "Git LFS pointer" in reason(path)


def _write_raw_deflated(path: Path, name: str, compressed: bytes, size: int) -> None:
    """Write a zip whose one entry is an already-deflated stream."""
    import struct

    crc = 0
    chunk = b"\x00" * (1 << 20)
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    encoded = name.encode()
    local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(compressed), size, len(encoded), 0)
    central = struct.pack(
        "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(compressed), size, len(encoded), 0, 0, 0, 0, 0, 0
    )
    body = local + encoded + compressed
    directory = central + encoded
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 1, 1, len(directory), len(body), 0)
    path.write_bytes(body + directory + end)


def test_zip_bomb_is_refused_without_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pptx"
    _write_raw_deflated(path, "ppt/slides/slide1.xml", *_deflated_zeros(256 << 20))
    assert path.stat().st_size < 1 << 20  # under a megabyte that claims 256 MiB of XML
    tracemalloc.start()
    message = reason(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "compression ratio over 1000:1" in message and "slide1.xml" in message
    # Refused from the zip directory alone: nothing was inflated. (bench/run.py times it.)
    assert peak < 4 << 20


def _deflated_zeros(size: int) -> tuple[bytes, int]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    chunk = b"\x00" * (1 << 20)
    compressed = b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.flush()
    return compressed, size


def test_xml_entities_are_refused_not_expanded(tmp_path: Path) -> None:
    source = valid_deck(tmp_path)
    hostile = tmp_path / "entities.pptx"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p:sld xmlns:p="x">&lol2;&xxe;</p:sld>'
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item)
            copy.writestr(item, laughs.encode() if item.filename == "ppt/slides/slide1.xml" else data)
    message = reason(hostile)
    assert "declares a DTD" in message and "slide1.xml" in message


def test_binary_file_named_md(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary file" in reason(path)


@pytest.mark.parametrize("name", ["empty.md", "empty.pptx"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty" in reason(path)


def test_non_utf8_markdown_is_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes("# Caf\xe9 talk\n\n## R\xe9sum\xe9\n\ntext\n".encode("cp1252"))
    talk = parse_talk(path)
    assert [s.title for s in talk.slides] == ["Café talk", "Résumé"]
    assert any("not UTF-8" in w.message for w in talk.warnings)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    assert "no such file" in reason(tmp_path / "missing.md")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    assert "directory" in reason(folder)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.md", "# T\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod cannot stop root, who runs CI; make the open fail the way it would.
    monkeypatch.setattr(Path, "open", refuse)
    assert "permission denied" in reason(path)


def test_bad_yaml_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.md", "---\ntitle: [oops\n---\n\n# T\n")
    assert "front matter is not valid YAML (line" in reason(path)


def test_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.key", "x")
    assert "unsupported file type '.key'" in reason(path)


def test_much_xml_is_refused_from_the_directory() -> None:
    """Parts that together claim more XML than any deck holds are refused before any is inflated."""
    from talklint.limits import MAX_PPTX_XML_BYTES
    from talklint.parsers.pptx.zipguard import check_xml_sizes

    parts = []
    for n in range(4):
        info = zipfile.ZipInfo(f"ppt/slides/slide{n}.xml")
        info.file_size = MAX_PPTX_XML_BYTES // 3
        info.compress_size = info.file_size // 10
        parts.append(info)
    check_xml_sizes(parts[:2])
    with pytest.raises(ParseError, match=r"bytes of XML, over the limit of .* TALKLINT_MAX_PPTX_XML_BYTES"):
        check_xml_sizes(parts)
