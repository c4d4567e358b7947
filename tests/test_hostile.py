"""Hostile inputs, made at test time: each costs at most seconds and megabytes, and never the rest of the run.

Each case runs the real command line in a subprocess under a memory limit,
beside a good talk, and asserts: exit code 1 or 2, at most one line about the
hostile file, the good talk still linted, and the CPU time and peak memory
within bounds.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import build_pptx, write
from tests.rules.decks import marp

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space: the kill that would otherwise hit the machine
PEAK_RSS_MB = 300
# CPU the hostile file may add to a run that lints the good talk alone (startup: Python, spaCy, the rules).
CPU_SECONDS = 2.0
GOOD = marp("# Robots", "# Why robots fail\n\nTODO")


# Runs talklint in a fresh process and reports what that process and its workers cost, alone.
_MEASURED = """
import os, resource, sys
from talklint.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
# ru_maxrss survives exec (it would report the test runner that forked us); VmHWM is this program's own.
status = open("/proc/self/status").read()
own_peak = int(status.split("VmHWM:")[1].split()[0])
peak = max(own_peak, workers.ru_maxrss) / 1024
print(f"MEASURED {cpu:.3f} {peak:.1f}", file=sys.stderr)
sys.stderr.flush()
os._exit(code)
"""


def talklint(*args: str, timeout: float = 60, **options: Any) -> subprocess.CompletedProcess[str]:
    """Run the command line in a fresh process, as a user would."""
    command = [sys.executable, "-m", "talklint", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, **options)


def lint_beside_a_good_talk(tmp_path: Path, hostile: Path, *args: str) -> tuple[int, str, str, float, float]:
    good = write(tmp_path, "good/talk.md", GOOD)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    run = subprocess.run(
        [sys.executable, "-c", _MEASURED, "check", "--no-cache", *args, str(hostile), str(good)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=120,
        preexec_fn=limit,
        check=False,
    )
    lines = run.stderr.splitlines()
    measured = [line for line in lines if line.startswith("MEASURED ")]
    cpu, peak = (float(v) for v in measured[-1].split()[1:]) if measured else (float("inf"), float("inf"))
    err = "\n".join(line for line in lines if not line.startswith("MEASURED "))
    return run.returncode, run.stdout, err, cpu, peak


@functools.cache
def good_talk_alone() -> float:
    """CPU seconds of the same run without the hostile file (measured once, after a warm-up)."""
    folder = Path(tempfile.mkdtemp())
    costs = [lint_beside_a_good_talk(folder, folder / "missing.md")[3] for _ in range(2)]
    return costs[-1]


def assert_bounded(tmp_path: Path, hostile: Path, *args: str) -> str:
    startup = good_talk_alone()
    code, out, err, cpu, peak = lint_beside_a_good_talk(tmp_path, hostile, *args)
    assert code in (1, 2), out + err
    assert "Traceback" not in out + err and "internal error" not in err, err
    assert "good/talk.md" in out, out + err  # the other file of the run is linted
    about = [line for line in err.splitlines() if hostile.name in line]
    assert len(about) <= 1, err
    assert cpu - startup < CPU_SECONDS, f"{cpu - startup:.1f} s of CPU on top of {startup:.1f} s"
    assert peak < PEAK_RSS_MB, f"{peak:.0f} MB"
    return out + err


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[n]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\ntitle: *i\n---\n\n# Talk\n\ntext\n"


def markdown_case(text: str) -> Callable[[Path], Path]:
    return lambda folder: write(folder, "hostile-talk.md", text)  # named a talk: read whatever it holds


CASES: dict[str, Callable[[Path], Path]] = {
    "marp heading divider": markdown_case("---\nmarp: true\nheadingDivider: 100000000000000000000000\n---\n\n# A\n"),
    "yaml alias bomb": markdown_case(billion_laughs()),
    "run of brackets": markdown_case("# Talk\n\n## One\n\n" + "[" * 200_000 + "\n"),
    "run of parentheses": markdown_case("# Talk\n\n## One\n\n" + ")" * 200_000 + "\n"),
    "run of exclamation marks": markdown_case("# Talk\n\n## One\n\n" + "!" * 200_000 + "\n"),
    "wide table": markdown_case("# Talk\n\n## One\n\n" + "|a" * 25_000 + "|\n" + "|-" * 25_000 + "|\n"),
    "run of backticks": markdown_case("# Talk\n\n## One\n\n" + "`" * 100_000 + " x\n"),
    "many headings": markdown_case("# Talk\n\n" + "".join(f"## H{n}\n\nx\n\n" for n in range(120_000))),
    "many marp slides": markdown_case("---\nmarp: true\n---\n\n" + "---\n\n# S\n\n" * 400_000),
    "one long word": markdown_case("# Talk\n\n## One\n\n" + "a" * 2_000_000 + "\n"),
    "pandoc title block only": markdown_case("% x\n"),
    "front matter duration nan": markdown_case(
        "---\ntalklint: {duration: .nan}\nmarp: true\n---\n\n# A\n\n---\n\n# B\n"
    ),
    "many beamer frames": lambda folder: write(
        folder,
        "hostile.tex",
        "\\documentclass{beamer}\n\\begin{document}\n"
        + "\\begin{frame}{F}x\\end{frame}\n" * 100_000
        + "\\end{document}\n",
    ),
    # each template's group was once scanned to the document's end: 8,000 of them took a minute and more
    "many beamer background templates": lambda folder: write(
        folder,
        "hostile.tex",
        "\\documentclass{beamer}\n\\begin{document}\n"
        + "\\usebackgroundtemplate{\\includegraphics{a.png}}\n" * 8_000
        + "\\begin{frame}{F}x\\end{frame}\n" * 50
        + "\\end{document}\n",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_bounded(tmp_path: Path, case: str) -> None:
    hostile = CASES[case](tmp_path / "in")
    assert_bounded(tmp_path, hostile)


def test_many_copies_of_one_large_input(tmp_path: Path) -> None:
    big = "\\begin{frame}{F}\n" + ("word " * 20 + "\n") * 75_000 + "\\end{frame}\n"  # about 7.9 MB
    write(tmp_path, "in/part.tex", big)
    inputs = "\\input{part}\n" * 40
    main = write(
        tmp_path, "in/hostile.tex", f"\\documentclass{{beamer}}\n\\begin{{document}}\n{inputs}\\end{{document}}\n"
    )
    (tmp_path / "in" / ".git").mkdir()
    assert "over the limit of" in assert_bounded(tmp_path, main)


def test_pptx_with_a_gigabyte_of_media(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    deck = build_pptx(tmp_path / "in" / "base.pptx", [{"title": "Talk", "layout": 0}, {"title": "Robots"}])
    hostile = tmp_path / "in" / "hostile.pptx"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item))
        for n in range(4):
            with target.open(f"ppt/media/huge{n}.bin", "w", force_zip64=True) as media:
                for _ in range(256):
                    media.write(b"\0" * 1024 * 1024)
    assert_bounded(tmp_path, hostile)


def test_pptx_with_many_shapes(tmp_path: Path) -> None:
    from pptx.util import Inches

    def crowd(prs) -> None:  # type: ignore[no-untyped-def]
        shapes = prs.slides[1].shapes
        for _ in range(6000):
            shapes.add_textbox(Inches(1), Inches(1), Inches(1), Inches(1))

    (tmp_path / "in").mkdir()
    hostile = build_pptx(tmp_path / "in" / "hostile.pptx", [{"title": "Talk", "layout": 0}, {"title": "Robots"}], crowd)
    assert_bounded(tmp_path, hostile)


def test_a_poisoned_cache_entry_is_a_miss(tmp_path: Path) -> None:
    talk = write(tmp_path, "in/hostile.md", GOOD)
    cache = tmp_path / "cache"
    env = {**os.environ, "TALKLINT_CACHE_DIR": str(cache)}  # results and the word index: built once here
    subprocess.run([sys.executable, "-m", "talklint", "check", str(talk)], env=env, capture_output=True, check=False)
    [entry] = [p for p in cache.rglob("*.json") if "vocabulary" not in p.parts]  # the results, not the phrases
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["included"] = {"/dev/zero": "0" * 64}
    entry.write_text(json.dumps(data), encoding="utf-8")
    run = talklint("check", str(talk), env=env)
    assert run.returncode == 1 and "TL307" in run.stdout


def test_a_named_pipe_in_a_folder_is_skipped_and_named_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    write(folder, "talk.md", GOOD)
    run = talklint("check", "--no-cache", str(folder))
    assert run.returncode == 1 and "talk.md" in run.stdout
    code, _, err, _, _ = lint_beside_a_good_talk(tmp_path, folder / "pipe.md")
    assert code == 2 and "not a regular file" in err


def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"talk-\xff.md")
    (folder / name).write_text(GOOD, encoding="utf-8")
    for output in ("text", "json", "sarif", "github", "junit", "gitlab", "markdown"):
        run = subprocess.run(
            [sys.executable, "-m", "talklint", "check", "--no-cache", "--format", output, str(folder)],
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert run.returncode == 1, run.stderr
        assert b"Traceback" not in run.stderr


def test_a_newline_in_a_file_name_stays_on_one_line(tmp_path: Path) -> None:
    talk = write(tmp_path, "in/two\nlines.md", GOOD)
    run = talklint("check", "--no-cache", "--no-color", str(talk))
    [finding] = [line for line in run.stdout.splitlines() if "TL307" in line]
    assert finding.startswith(str(tmp_path)) and "two\\nlines.md:" in finding


def test_the_report_never_overwrites_a_talk(tmp_path: Path) -> None:
    talk = write(tmp_path, "talk.md", GOOD)
    run = talklint("check", str(talk), "--output", str(talk))
    assert run.returncode == 2 and "would overwrite" in run.stderr
    assert talk.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize(
    "baseline",
    [
        "[1, 2]",
        '{"version": 1, "fingerprints": {"a": "x"}}',
        '{"version": 1, "fingerprints": ' + "[" * 5000 + "]" * 5000 + "}",
    ],
)
def test_malformed_baselines_are_one_line(tmp_path: Path, baseline: str) -> None:
    talk = write(tmp_path, "talk.md", GOOD)
    path = write(tmp_path, "baseline.json", baseline)
    run = talklint("check", str(talk), "--baseline", str(path))
    assert run.returncode == 2 and "baseline" in run.stderr and "internal error" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_nan_and_inf_in_the_config_are_refused(tmp_path: Path) -> None:
    talk = write(tmp_path, "talk.md", GOOD)
    write(tmp_path, "talklint.toml", "duration = nan\n")
    run = talklint("check", str(talk))
    assert run.returncode == 2 and "duration" in run.stderr


def test_a_catastrophic_user_regex_runs_out_of_time(tmp_path: Path) -> None:
    write(tmp_path, "rules/slow.yaml", "kind: existence\ncode: ACME001\npatterns: ['(a+)+$']\nmessage: m\nfix: f\n")
    write(tmp_path, "talklint.toml", 'rule-paths = ["rules"]\n')
    talk = write(tmp_path, "talk.md", marp("# Robots", "# Why\n\n" + "a" * 5000 + "!"))
    run = talklint("check", "--no-cache", str(talk), timeout=30)
    assert run.returncode == 2 and "ACME001" in run.stderr and "ran out of time" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_self_referencing_symlink_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    code, _, err, _, _ = lint_beside_a_good_talk(tmp_path, loop)
    assert code == 2 and "loop.md" in err and "internal error" not in err


def pptx_variant(tmp_path: Path, name: str, edit: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    """A copy of a valid deck with each part passed through ``edit`` (None drops the part)."""
    (tmp_path / "in").mkdir(exist_ok=True)
    base = build_pptx(tmp_path / "base.pptx", [{"title": "Talk", "layout": 0}, {"title": "Robots"}])
    target = tmp_path / "in" / name
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            edited = edit(item.filename, source.read(item))
            if edited is not None:
                copy.writestr(edited[0], edited[1])
    return target


def replace_in(part: str, old: bytes, new: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    return lambda name, data: (name, data.replace(old, new) if name == part else data)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            replace_in("ppt/slides/_rels/slide2.xml.rels", b"../slideLayouts/slideLayout2.xml", b"../../../etc/passwd"),
            "points outside the package ('../../../etc/passwd')",
        ),
        (
            lambda name, data: None if name == "ppt/slides/slide2.xml" else (name, data),
            "names 'ppt/slides/slide2.xml', which the deck does not hold",
        ),
        (replace_in("ppt/presentation.xml", b'<p:sldId id="257"', b'<p:sldId id="x"'), "slide with id 'x'"),
    ],
    ids=["relationship outside the package", "missing slide part", "slide id not a number"],
)
def test_a_damaged_deck_is_one_clear_line(
    tmp_path: Path, edit: Callable[[str, bytes], tuple[str, bytes] | None], message: str
) -> None:
    hostile = pptx_variant(tmp_path, "hostile.pptx", edit)
    assert message in assert_bounded(tmp_path, hostile)


def test_a_deck_whose_compressed_part_is_corrupt_is_one_clear_line(tmp_path: Path) -> None:
    base = build_pptx(tmp_path / "base.pptx", [{"title": "Talk", "layout": 0}, {"title": "Robots"}])
    hostile = tmp_path / "in" / "hostile.pptx"
    hostile.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            copy.writestr(item.filename, source.read(item))
    data = bytearray(hostile.read_bytes())
    with zipfile.ZipFile(hostile) as package:
        entry = package.getinfo("ppt/slideMasters/slideMaster1.xml")
    start = entry.header_offset + 30 + len(entry.filename.encode()) + len(entry.extra)
    for offset in range(start + 16, start + entry.compress_size - 16, 7):
        data[offset] ^= 0x5A  # the deflate stream no longer decodes (zlib.error, not an OSError)
    hostile.write_bytes(bytes(data))
    assert "part 'ppt/slideMasters/slideMaster1.xml' cannot be read" in assert_bounded(tmp_path, hostile)


def test_a_slide_part_not_named_xml_is_still_checked_as_xml(tmp_path: Path) -> None:
    """What is XML is read from [Content_Types].xml, so a DTD in a slide named .dat is refused."""

    def disguise(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "ppt/slides/slide2.xml":
            return "ppt/slides/slide2.dat", data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "lol">]>', 1)
        if name in ("ppt/_rels/presentation.xml.rels", "[Content_Types].xml"):
            return name, data.replace(b"slides/slide2.xml", b"slides/slide2.dat")
        return name, data

    hostile = pptx_variant(tmp_path, "hostile.pptx", disguise)
    assert "part 'ppt/slides/slide2.dat' declares a DTD" in assert_bounded(tmp_path, hostile)


def raw_pdf(pages: int, form_operations: int, page_operations: int = 0) -> bytes:
    """A PDF of ``pages`` pages that each draw one shared form of ``form_operations`` lines, and their own."""
    form = zlib.compress(b"0 0 m 1 1 l S\n" * form_operations)
    content = zlib.compress(b"/F1 Do\n" + b"0 0 m 1 1 l S\n" * page_operations)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Filter /FlateDecode /Length "
        + str(len(form)).encode()
        + b" >>\nstream\n"
        + form
        + b"\nendstream",
    ]
    for i in range(pages):
        resources = b"/Resources << /XObject << /F1 3 0 R >> >>"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 720 405] "
            + resources
            + f" /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(
            b"<< /Filter /FlateDecode /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.mark.parametrize(
    ("pages", "form_operations", "page_operations"),
    [(1000, 50_000, 0), (1, 10, 1_500_000), (1, 10, 500_000)],
    ids=["1000 pages share one large form", "one page of 1.5M operations", "one page of 500k operations"],
)
def test_a_costly_pdf_is_bounded(tmp_path: Path, pages: int, form_operations: int, page_operations: int) -> None:
    (tmp_path / "in").mkdir()
    hostile = tmp_path / "in" / "hostile.pdf"
    hostile.write_bytes(raw_pdf(pages, form_operations, page_operations))
    assert_bounded(tmp_path, hostile)


def test_a_yaml_alias_bomb_in_a_rule_is_refused(tmp_path: Path) -> None:
    body = billion_laughs().split("---\n")[1]  # the YAML of the front-matter case
    write(tmp_path, "rules/laughs.yaml", "kind: existence\ncode: ACME001\ntokens: [x]\nmessage: m\nfix: f\n" + body)
    write(tmp_path, "talklint.toml", 'rule-paths = ["rules"]\n')
    talk = write(tmp_path, "talk.md", GOOD)
    run = talklint("check", "--no-cache", str(talk), cwd=tmp_path)
    assert run.returncode == 2 and "laughs.yaml" in run.stderr and "TALKLINT_MAX_YAML_NODES" in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


# Runs talklint with --jobs, after making every process die that lints a talk whose name holds "poison",
# as the kernel kills a worker that passes a memory or CPU limit.
_KILLING = """
import os, signal, sys
from talklint import engine
from talklint.cli import main
lint = engine.lint_read_talk
def lint_or_die(talk, *args):
    if "poison" in talk.path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    return lint(talk, *args)
engine.lint_read_talk = lint_or_die
sys.exit(main(sys.argv[1:]))
"""


def test_a_dead_worker_costs_its_file_not_the_run(tmp_path: Path) -> None:
    talks = [write(tmp_path, f"talks/{name}.md", GOOD) for name in ("a", "b-poison", "c", "d", "e")]
    run = subprocess.run(
        [sys.executable, "-c", _KILLING, "check", "--no-cache", "--jobs", "2", *map(str, talks)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2, run.stderr
    assert "internal error" not in run.stderr and "BrokenProcessPool" not in run.stdout + run.stderr
    for name in ("a", "c", "d", "e"):
        assert f"talks/{name}.md:11:1: TL307" in run.stdout, run.stdout
    assert "b-poison.md:1:1: TL001 [parse-error] the process reading this file died" in run.stdout


def test_a_limit_can_be_raised_for_a_run_and_a_bad_value_is_refused(tmp_path: Path) -> None:
    talk = write(tmp_path, "talk.md", GOOD)

    def check(value: str) -> subprocess.CompletedProcess[str]:
        return talklint("check", "--no-cache", str(talk), env={**os.environ, "TALKLINT_MAX_SLIDES": value})

    lowered = check("1")
    assert lowered.returncode == 2 and "over the limit of 1 slides" in lowered.stdout
    assert "raise the limit with TALKLINT_MAX_SLIDES=<number>" in lowered.stdout
    assert check("5").returncode == 1
    refused = check("many")
    assert refused.returncode == 2 and refused.stderr.strip() == (
        "talklint: error: TALKLINT_MAX_SLIDES must be a positive number, not 'many'"
    )
