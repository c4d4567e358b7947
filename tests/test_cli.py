"""The command line: exit codes, reports, and the helper commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import HEAVY_MODULES, REPO, build_pptx, write
from tests.rules.decks import STRONG_UNITS, outline

CLEAN = outline(*STRONG_UNITS)
FLAWED = CLEAN.replace("across 40 homes.", "across 40 homes. TBD")
FLAWED_LINE = FLAWED.splitlines().index(next(line for line in FLAWED.splitlines() if "TBD" in line)) + 1


def test_exit_codes(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    clean = write(tmp_path, "clean.md", CLEAN)
    flawed = write(tmp_path, "flawed.md", FLAWED)
    assert cli("check", str(clean))[0] == 0
    assert cli("check", str(flawed))[0] == 1
    assert cli("check", str(flawed), "--exit-zero")[0] == 0
    assert cli("check", str(flawed), "--fail-on", "error")[0] == 0
    assert cli("check", str(flawed), "--ignore", "TL307")[0] == 0
    assert cli("check", str(flawed), "--select", "TL301")[0] == 0
    assert cli("check", str(tmp_path / "nope.md"))[0] == 2
    assert cli("check", "--format", "xml", str(clean))[0] == 2


def test_text_report(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    flawed = write(tmp_path, "flawed.md", FLAWED)
    code, out, _ = cli("check", str(flawed), "--no-color", "--statistics", "--select", "TL307")
    assert code == 1
    lines = out.splitlines()
    location = f"{flawed.as_posix()}:{FLAWED_LINE}:1:"
    assert lines[0] == f"{location} TL307 [leftover-placeholder] slide 5 still shows the placeholder 'TBD' (warning)"
    assert lines[1] == "    slide 5: 'Results: half the failures'"
    assert lines[2].startswith("    fix: Replace 'TBD' on slide 5")
    assert "1  TL307 [leftover-placeholder]" in out
    assert lines[-1] == "Found 1 problem (1 warning) in 1 of 1 file."
    assert "\x1b[" not in out
    assert "\x1b[" in cli("check", str(flawed), "--color")[1]
    quiet = cli("check", str(flawed), "--quiet", "--no-color", "--select", "TL307")[1]
    assert quiet.splitlines()[-1].startswith("    fix:")


def test_deck_findings_keep_path_line_col_and_name_the_slide(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    deck = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results: TBD"}])
    lines = cli("check", str(deck), "--no-color", "--select", "TL307")[1].splitlines()
    assert lines[0] == (
        f"{deck.as_posix()}:1:1: TL307 [leftover-placeholder] slide 2 still shows the placeholder 'TBD' (warning)"
    )
    assert lines[1] == "    slide 2: 'Results: TBD'"


def test_json_report_shape(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "a.md", FLAWED)
    (tmp_path / "b.pptx").write_bytes(b"not a deck")
    code, out, err = cli("check", str(tmp_path), "--format", "json")
    assert code == 2
    document = json.loads(out)
    assert document["version"] == 1
    files = {Path(f["path"]).name: f for f in document["files"]}
    assert files["a.md"] == {
        "path": (tmp_path / "a.md").as_posix(),
        "format": "markdown-outline",
        "slides": 10,
        "error": None,
    }
    assert files["b.pptx"]["error"] == "not a PowerPoint file (not a zip package)"
    finding = next(f for f in document["findings"] if f["code"] == "TL307")
    assert set(finding) >= {"path", "code", "rule", "severity", "slide", "line", "column", "message", "fix"}
    assert (finding["slide"], finding["line"], finding["column"]) == (5, FLAWED_LINE, 1)
    parse_error = next(f for f in document["findings"] if f["code"] == "TL001")
    assert parse_error["slide"] is None and parse_error["line"] is None
    assert f"talklint: error: {(tmp_path / 'b.pptx').as_posix()}: not a PowerPoint file" in err


def test_bad_files_do_not_stop_the_others(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a-empty.md").write_bytes(b"")
    (tmp_path / "b-binary.md").write_bytes(b"\x00\x01\x02")
    write(tmp_path, "c-flawed.md", FLAWED)
    code, out, err = cli("check", str(tmp_path), "--no-color")
    assert code == 2
    assert "TL307" in out
    assert err.count("talklint: error:") == 2
    assert "Traceback" not in out + err


def test_output_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    flawed = write(tmp_path, "flawed.md", FLAWED)
    report = tmp_path / "report.json"
    code, out, _ = cli("check", str(flawed), "--format", "json", "--output", str(report))
    assert code == 1
    assert out == ""
    assert "TL307" in [f["code"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"]]


def test_folder_discovery_skips_vendored_folders_and_exclude(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "talks/a.md", FLAWED)
    write(tmp_path, "node_modules/pkg/readme.md", FLAWED)
    write(tmp_path, ".git/info.md", FLAWED)
    write(tmp_path, "old/b.md", FLAWED)
    write(tmp_path, "notes.txt", FLAWED)
    write(tmp_path, "talklint.toml", 'exclude = ["old/*"]\n')
    document = json.loads(cli("check", str(tmp_path), "--format", "json")[1])
    assert [Path(f["path"]).relative_to(tmp_path).as_posix() for f in document["files"]] == ["talks/a.md"]


def test_a_plain_text_outline_named_on_the_command_line_is_linted(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "outline.txt", "Quick intro\n  The paper\nMy results\n  Two findings\nWrap-up\n")
    document = json.loads(cli("check", str(path), "--format", "json")[1])
    assert document["files"][0]["format"] == "markdown-outline" and document["files"][0]["slides"] == 3


def test_folder_discovery_lints_latex_main_files_not_their_parts(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "talk/main.tex", "\\documentclass{beamer}\n\\begin{document}\n\\input{intro}\n\\end{document}\n")
    write(tmp_path, "talk/intro.tex", "\\begin{frame}{Intro} Robots fail. \\end{frame}\n")
    write(tmp_path, "talk/macros.tex", "\\newcommand{\\x}{y}\n")
    document = json.loads(cli("check", str(tmp_path), "--format", "json")[1])
    assert [Path(f["path"]).name for f in document["files"]] == ["main.tex"]
    assert document["files"][0]["slides"] == 1
    # Named explicitly, a part is read on its own, and a part with no frame says why it is refused.
    code, _, err = cli("check", str(tmp_path / "talk" / "macros.tex"))
    assert code == 2 and "no Beamer frames found" in err


def test_nearest_config_applies_per_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(
        tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.talklint]\nselect = ["TL3"]\nignore = ["TL307"]\n'
    )
    write(tmp_path, "quiet/a.md", FLAWED)
    write(tmp_path, "loud/a.md", FLAWED)
    write(tmp_path, "loud/.talklint.toml", 'select = ["TL3"]\n')
    document = json.loads(cli("check", str(tmp_path), "--format", "json")[1])
    assert {Path(f["path"]).parent.name for f in document["findings"] if f["severity"] != "info"} == {"loud"}


def test_config_errors_exit_2_with_one_line(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "talklint.toml", 'profile = "job-talk"\nslides = 3\n')
    talk = write(tmp_path, "a.md", CLEAN)
    code, _, err = cli("check", str(talk))
    assert code == 2
    assert (
        err.strip()
        == f"talklint: error: {tmp_path / 'talklint.toml'} → key 'slides': unknown key "
        + err.split("unknown key ")[1].strip()
    )
    write(tmp_path, "talklint.toml", "duration = -1\n")
    assert "key 'duration': expected a positive number" in cli("check", str(talk))[2]
    write(tmp_path, "talklint.toml", "duration = [\n")
    assert "not valid TOML" in cli("check", str(talk))[2]
    code, _, err = cli("check", str(talk), "--config", str(tmp_path / "missing.toml"))
    assert code == 2
    assert "config file not found" in err
    write(tmp_path, "talklint.toml", 'nlp-model = "en_no_such_pipeline"\n')
    code, _, err = cli("check", str(talk), "--jobs", "2")
    assert code == 2
    assert err.strip().splitlines() == [
        f"talklint: error: {tmp_path / 'talklint.toml'} → key 'nlp-model': spaCy pipeline 'en_no_such_pipeline' "
        "is not installed (install it with pip, or remove nlp-model to use blank English)"
    ]


def test_unknown_profile(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("check", str(write(tmp_path, "a.md", CLEAN)), "--profile", "keynote")
    assert code == 2
    assert "unknown profile 'keynote'" in err


def test_rules_and_explain(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("rules")
    assert code == 0
    assert "Profile: job-talk" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert rows["TL301"][1:5] == ["missing-title", "structure", "warning", "warning"]
    assert rows["TL403"][4] == "off"
    code, out, _ = cli("explain", "duplicate-title")
    assert code == 0
    assert out.startswith("TL302 duplicate-title (structure, warning by default)")
    assert cli("explain", "TL303")[1].startswith("TL303 topic-title (structure, info by default; slide decks only: ")
    assert "Better example:" in out
    code, _, err = cli("explain", "TL3O1")
    assert code == 2
    assert "unknown rule 'TL3O1'; did you mean 'TL301'?" in err


def test_outline_text_and_json(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    talk = write(
        tmp_path,
        "deck.md",
        "---\nmarp: true\ntalklint: {duration: 20}\n---\n\n# Talk\n\n<!-- hi there -->\n\n"
        "---\n\n# Backup\n\n---\n\n# Proof\n\nx\n",
    )
    code, out, _ = cli("outline", str(talk))
    assert code == 0
    assert "marp, 3 slides, 20 min: Talk" in out
    number, words, notes, bar, detail, role, title, flags = out.splitlines()[-1].split()
    assert (number, words, notes, role, title, flags) == ("3", "2", "0", "backup", "Proof", "[backup]")
    assert len(bar) == 10
    assert 0 <= float(detail) <= 1
    document = json.loads(cli("outline", str(talk), "--format", "json")[1])
    assert set(document) >= {"path", "format", "title", "duration", "slides"}
    first = document["slides"][0]
    assert set(first) >= {
        "number",
        "title",
        "text",
        "notes",
        "words",
        "notes_words",
        "hidden",
        "backup",
        "section",
        "line",
    }
    assert (first["notes"], first["notes_words"], first["line"]) == ("hi there", 2, 6)
    assert set(first["metrics"]) >= {"words", "bullets", "display-math", "acronyms", "detail", "technical"}
    assert first["role"] == "title"
    assert first["roles"]["title"] > 0
    code, _, err = cli("outline", str(tmp_path / "missing.md"))
    assert code == 2
    assert "no such file" in err


def test_outline_and_report_of_a_folder_take_the_one_talk_it_holds(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "talk"
    write(folder, "deck.md", "---\nmarp: true\n---\n\n# Why queues stall\n\n---\n\n# Questions?\n")
    write(folder, "notes.txt", "")  # not a talk: an empty outline
    code, out, _ = cli("outline", str(folder))
    assert code == 0
    assert "deck.md: marp, 2 slides" in out
    code, _, err = cli("report", str(folder), "-o", str(tmp_path / "story.html"))
    assert code == 0
    assert (tmp_path / "story.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    write(folder, "other.md", "---\nmarp: true\n---\n\n# Another talk\n")
    code, _, err = cli("outline", str(folder))
    assert code == 2
    held = "a folder that holds 2 talks (deck.md, other.md): name one"
    assert err.strip() == f"talklint: error: {folder.as_posix()}: {held}"
    (tmp_path / "empty").mkdir()
    code, _, err = cli("outline", str(tmp_path / "empty"))
    assert code == 2
    assert "a folder that holds no talk" in err


def test_findings_in_a_talks_parts_are_shown_as_the_talk_was_named(  # type: ignore[no-untyped-def]
    tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Named relatively, a Quarto include and a Slidev import are shown relatively too, as a Beamer input is:
    # a pre-commit or CI log shows the part beside the talk, not the machine's path to it.
    wall = " ".join(["Every word of this sentence is read by the audience instead of the speaker."] * 5)
    write(tmp_path, "q/_intro.qmd", f"## Air pollution kills millions\n\n{wall}\n")
    write(tmp_path, "q/talk.qmd", "---\ntitle: Air\nformat: revealjs\n---\n\n{{< include _intro.qmd >}}\n")
    write(tmp_path, "s/pages/intro.md", f"# Intro\n\n{wall}\n")
    write(tmp_path, "s/slides.md", "---\ntheme: default\n---\n\n# Talk\n\n---\nsrc: ./pages/intro.md\n---\n")
    monkeypatch.chdir(tmp_path)
    out = cli("check", "q/talk.qmd", "s/slides.md", "--no-color", "--select", "text-wall")[1]
    assert "\nq/_intro.qmd:1:1: TL201 [text-wall]" in f"\n{out}"
    assert "\ns/pages/intro.md:1:1: TL201 [text-wall]" in f"\n{out}"
    absolute = cli("check", str(tmp_path / "q/talk.qmd"), "--no-color", "--select", "text-wall")[1]
    assert absolute.startswith(f"{(tmp_path / 'q/_intro.qmd').as_posix()}:1:1: TL201")


def test_init_writes_once(tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert cli("init")[0] == 0
    written = (tmp_path / "talklint.toml").read_text(encoding="utf-8")
    assert 'profile = "job-talk"' in written
    code, _, err = cli("init")
    assert code == 2
    assert "already exists; not overwritten" in err
    assert (tmp_path / "talklint.toml").read_text(encoding="utf-8") == written
    write(tmp_path, "a.md", CLEAN)
    assert cli("check", "a.md")[0] == 0  # the starter config is valid as written


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "talklint", "--version"], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("talklint, version ")


def test_the_command_flushes_everything_before_its_fast_exit(tmp_path: Path) -> None:
    """``talklint`` skips Python's clean-up at exit: the report, the messages and the code must survive it."""
    for n in range(30):
        write(tmp_path, f"talk{n:02}.md", FLAWED.replace("# ", f"# Talk {n} ", 1))
    write(tmp_path, "broken.pptx", "not a zip")
    result = subprocess.run(
        [sys.executable, "-m", "talklint", "check", "--format", "json", "--no-cache", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert len({f["path"] for f in report["findings"]}) >= 2
    assert result.stderr.count("talklint: error:") == 1
    assert "broken.pptx" in result.stderr


@pytest.mark.parametrize(
    "command", [["--version"], ["rules"], ["explain", "TL301"], ["init", "--path", "{tmp}/x.toml"]]
)
def test_light_commands_do_not_import_heavy_libraries(tmp_path: Path, command: list[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code = (
        "import sys\n"
        "from talklint.cli import main\n"
        f"main({args!r})\n"
        f"heavy = [m for m in {HEAVY_MODULES!r} if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False)
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_a_nested_config_extends_its_parent(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    talk = "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why robots fail\n\nTODO, maybe\n"
    write(tmp_path, "talklint.toml", 'select = ["TL305", "TL307"]\nexclude = ["talks/old/", "*.draft.md"]\n')
    write(tmp_path, "talks/talklint.toml", 'extend = "../talklint.toml"\nignore = ["TL305"]\n')
    for name in ("talks/a.md", "talks/old/b.md", "talks/c.draft.md"):
        write(tmp_path, name, talk)
    code, out, _ = cli("check", str(tmp_path / "talks"), "--no-color", "--no-cache")
    assert code == 1
    assert "TL307" in out and "TL305" not in out  # the parent's select, the child's ignore
    assert "a.md" in out and "b.md" not in out and "c.draft.md" not in out  # the parent's excludes, rebased
    write(tmp_path, "talks/talklint.toml", 'extend = "../talklint.toml"\n')
    write(tmp_path, "talklint.toml", 'extend = "talks/talklint.toml"\n')
    code, _, err = cli("check", str(tmp_path / "talks"), "--no-cache")
    assert code == 2 and "configs extend each other in a cycle" in err


def _stdin_run(args: list[str], data: bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "talklint", *args]
    return subprocess.run(command, input=data, capture_output=True, cwd=cwd, timeout=120, check=False)


def test_check_reads_a_talk_from_standard_input_under_the_given_name(tmp_path: Path) -> None:
    write(tmp_path, "talks/talklint.toml", '[rules.topic-title]\nseverity = "off"\n')
    talk = b"---\nmarp: true\n---\n\n# Talk\n\n---\n\n# Results: TBD\n\nx\n"
    run = _stdin_run(["check", "-", "--stdin-filename", "talks/job.md"], talk, tmp_path)
    out = run.stdout.decode()
    assert run.returncode == 1 and "talks/job.md:9:1: TL307" in out  # the name given, and its lines
    assert "TL303" not in out  # the configuration of the folder the name is in
    assert not (tmp_path / "talks" / "job.md").exists() and not (tmp_path / ".talklint_cache").exists()


def test_a_binary_deck_from_standard_input(tmp_path: Path) -> None:
    deck = build_pptx(tmp_path / "built.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results: TBD"}])
    run = _stdin_run(["check", "-", "--stdin-filename", "deck.pptx", "--format", "json"], deck.read_bytes(), tmp_path)
    assert [f["code"] for f in json.loads(run.stdout)["findings"] if f["code"] == "TL307"] == ["TL307"]


def test_outline_and_report_read_standard_input(tmp_path: Path) -> None:
    talk = b"# Talk\n\n## Why robots fail\n\nThey do.\n\n## Takeaways\n\nRobots can ask.\n"
    outline = _stdin_run(["outline", "-", "--stdin-filename", "talk.md"], talk, tmp_path)
    assert outline.returncode == 0 and "Why robots fail" in outline.stdout.decode()
    report = _stdin_run(["report", "-", "--stdin-filename", "talk.md", "-o", "story.html"], talk, tmp_path)
    assert report.returncode == 0 and "Why robots fail" in (tmp_path / "story.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "-"], "needs --stdin-filename"),
        (["check", "talk.md", "--stdin-filename", "x.md"], "give '-' as the path"),
        (["check", "-", "talk.md", "--stdin-filename", "x.md"], "cannot be combined"),
    ],
)
def test_standard_input_misuse_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    run = _stdin_run(args, b"# T\n", tmp_path)
    assert run.returncode == 2 and message in run.stderr.decode() and len(run.stderr.splitlines()) == 1
