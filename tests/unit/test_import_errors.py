"""annotate.importers on bad input: every problem is one IngestError (one line, naming
the file and why) and the rest of the import goes on."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from annotate.importers import import_paths
from annotate.importers.grade import parse_grade

from .test_import_formats import BODY, page, rss


def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(BODY, encoding="utf-8")
    return str(p)


def run(tmp_path, name, data, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    r = import_paths([str(p), good(tmp_path)], **kw)
    assert [s.name for s in r.sources] == ["good.txt"], "the good file is still imported"
    (err,) = r.errors
    msg = str(err)
    assert "\n" not in msg and msg.startswith(f"{p}: ")
    return msg, r


@pytest.mark.parametrize("name", ["bin.txt", "bin.md", "bin.html", "bin.xml", "bin.jsonl"])
def test_binary_file(tmp_path, name):
    msg, _ = run(tmp_path, name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    assert "binary" in msg


def test_invalid_utf8_is_read_with_the_fallback_and_a_warning(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(("Le caf\u00e9 du minist\u00e8re. " + BODY).encode("cp1252"))
    r = import_paths([str(p)])
    (s,) = r.sources
    assert not r.errors and "café" in s.text
    (w,) = r.warnings
    assert w.startswith(f"{p}: not UTF-8") and "cp1252" in w and "\n" not in w


def test_invalid_utf8_without_fallback_is_an_error(tmp_path):
    msg, r = run(tmp_path, "latin.txt", "caf\u00e9 au lait".encode("latin-1"), fallback_encoding=None)
    assert "not UTF-8" in msg and "0xe9" in msg and not r.warnings


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.rss", "empty.jsonl"])
def test_empty_file(tmp_path, name):
    msg, _ = run(tmp_path, name, b" \n\n")
    assert "empty" in msg


def test_file_over_the_size_limit(tmp_path):
    msg, _ = run(tmp_path, "big.txt", b"word " * 1000, max_bytes=4096)
    assert "over the 4 KiB import limit" in msg and "--max-size" in msg


def test_stdin_over_the_size_limit():
    r = import_paths(["-"], stdin=io.BytesIO(b"x" * 5000), max_bytes=4096)
    assert [str(e) for e in r.errors] == ["stdin: input is over the 4 KiB import limit; raise it with --max-size"]


def test_malformed_html(tmp_path):
    msg, _ = run(tmp_path, "broken.html", b"<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    assert "no article text" in msg


def test_malformed_feed(tmp_path):
    msg, _ = run(tmp_path, "broken.xml", b"<?xml version='1.0'?><rss><channel><title>T</title></chan")
    assert "not a valid RSS/Atom feed" in msg


def test_malformed_feed_with_entries_keeps_them_with_a_warning(tmp_path):
    p = tmp_path / "cut.rss"
    p.write_text(rss().split("</item>")[0] + "</item>\n<item><title>cut off", encoding="utf-8")
    r = import_paths([str(p)])
    assert [s.name for s in r.sources] == ["cut.rss#1"]
    assert [str(e) for e in r.errors] == [f"{p}#2: the entry has no text"]
    (w,) = r.warnings
    assert w.startswith(f"{p}: malformed feed (") and w.endswith("read 2 entries")


def test_xml_that_is_not_a_feed(tmp_path):
    msg, _ = run(tmp_path, "data.xml", b"<?xml version='1.0'?><catalog><book id='1'>Title</book></catalog>")
    assert "RSS/Atom" in msg


def test_feed_entry_without_text_fails_alone(tmp_path):
    feed = rss().replace(
        "<item>\n  <title>Farmers",
        "<item><title>Empty</title><link>https://ledger.example/e</link></item>\n<item>\n  <title>Farmers", 1)
    p = tmp_path / "f.rss"
    p.write_text(feed, encoding="utf-8")
    r = import_paths([str(p)])
    assert [s.name for s in r.sources] == ["f.rss#1", "f.rss#3"]
    assert [str(e) for e in r.errors] == [f"{p}#2: the entry has no text"]


def test_malformed_jsonl_lines_name_their_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": BODY}) + "\n{nope\n" + json.dumps({"text": "Another article entirely, "
                 "about harbour fees and port traffic in the northern region."}) + "\n", encoding="utf-8")
    r = import_paths([str(p)])
    assert [s.name for s in r.sources] == ["x.jsonl:1", "x.jsonl:3"]
    (err,) = r.errors
    assert str(err).startswith(f"{p}:2: invalid JSON") and "\n" not in str(err)


def test_a_nul_byte_in_a_jsonl_line_rejects_only_that_line(tmp_path):
    p = tmp_path / "x.jsonl"
    other = "Another article entirely, about harbour fees and port traffic in the northern region."
    p.write_bytes(json.dumps({"text": BODY}).encode() + b"\n"
                  + b'{"text": "A report on the border\x00 crossing at Narva and the queue of lorries."}\n'
                  + json.dumps({"text": other}).encode() + b"\n")
    out = subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "ws.json"), "import", str(p)],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
    assert "added: x.jsonl:1" in out.stdout and "added: x.jsonl:3" in out.stdout, out.stderr
    assert f"bluf: refused: {p}:2: a NUL byte in the line (binary data); line skipped" in out.stderr.splitlines()
    assert out.stderr.splitlines()[-1] == "imported 2, refused 1"


def test_missing_path(tmp_path):
    r = import_paths([str(tmp_path / "nope.txt"), good(tmp_path)])
    assert [str(e) for e in r.errors] == [f"{tmp_path / 'nope.txt'}: no such file or directory"]
    assert len(r.sources) == 1


def test_unsupported_file_type_named_explicitly(tmp_path):
    msg, _ = run(tmp_path, "doc.pdf", b"%PDF-1.4 some text")
    assert "unsupported file type '.pdf'" in msg


def test_symlink_loop_is_reported_once_and_not_followed(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text(BODY, encoding="utf-8")
    os.symlink("..", d / "sub" / "up")  # d/sub/up -> d
    os.symlink("self.txt", d / "self.txt")  # a link to itself
    os.symlink("missing.txt", d / "dangling.txt")
    r = import_paths([str(d)])
    assert [s.name for s in r.sources] == ["a.txt"]
    msgs = sorted(str(e) for e in r.errors)
    assert msgs == sorted([
        f"{d / 'dangling.txt'}: broken symbolic link (its target does not exist)",
        f"{d / 'self.txt'}: symbolic link loop",
        f"{d / 'sub' / 'up'}: symbolic link loop (leads back to {os.path.realpath(d)}); not followed",
    ])


def test_second_link_to_a_directory_is_read_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(BODY, encoding="utf-8")
    os.symlink("real", tmp_path / "alias")
    r = import_paths([str(tmp_path)])
    assert [s.name for s in r.sources] == ["a.txt"] and not r.errors and not r.duplicates


def test_directory_given_twice_and_nested(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(BODY, encoding="utf-8")
    r = import_paths([str(tmp_path), str(tmp_path / "sub"), str(tmp_path)])
    assert [s.name for s in r.sources] == ["a.txt"] and not r.errors


def test_deep_directory_tree(tmp_path):
    d = tmp_path
    for i in range(60):
        d = d / f"d{i}"
    d.mkdir(parents=True)
    (d / "deep.txt").write_text(BODY, encoding="utf-8")
    assert [s.name for s in import_paths([str(tmp_path)]).sources] == ["deep.txt"]


def test_invalid_grade_is_dropped_with_a_warning(tmp_path):
    p = tmp_path / "g.md"
    p.write_text("---\ntitle: T\ngrade: G9\n---\n" + BODY, encoding="utf-8")
    r = import_paths([str(p)])
    (s,) = r.sources
    assert s.grade == "" and s.title == "T" and not r.errors
    assert r.warnings == [f"{p}: invalid grade 'G9': expected reliability A-F and credibility 1-6, like 'B2'; imported without a grade"]


@pytest.mark.parametrize("s,want", [("B2", "B2"), ("b2", "B2"), (" f6 ", "F6"), ("a1", "A1")])
def test_parse_grade(s, want):
    assert parse_grade(s) == want


@pytest.mark.parametrize("s", ["", "G1", "A0", "A7", "B22", "2B", "B-2", "BB", "b2\nc3"])
def test_parse_grade_rejects(s):
    with pytest.raises(ValueError) as err:
        parse_grade(s)
    assert "\n" not in str(err.value)


def test_file_names_with_control_characters_stay_one_line(tmp_path):
    p = tmp_path / "evil\n\x1b[2Jname.xml"
    p.write_bytes(b"garbage that is not a feed")
    r = import_paths([str(tmp_path)])
    (err,) = r.errors
    assert "\n" not in str(err) and "\x1b" not in str(err) and "\\x1b" in str(err)


def _unreadable_layout(root):
    """root/ok.txt readable, root/secret.txt mode 000, root/locked/ mode 000 (with a file)."""
    (root / "ok.txt").write_text(BODY, encoding="utf-8")
    (root / "secret.txt").write_text("Secret article. " + BODY, encoding="utf-8")
    (root / "locked").mkdir()
    (root / "locked" / "x.txt").write_text("Locked article. " + BODY, encoding="utf-8")
    os.chmod(root / "secret.txt", 0)
    os.chmod(root / "locked", 0)


def _check_unreadable(root, r_names, r_errors):
    assert r_names == ["ok.txt"]
    assert sorted(r_errors) == sorted([
        f"{root / 'locked'}: permission denied (cannot list the directory)",
        f"{root / 'secret.txt'}: permission denied",
    ])


def test_permission_denied(tmp_path):
    if os.geteuid() != 0:
        _unreadable_layout(tmp_path)
        try:
            r = import_paths([str(tmp_path)])
        finally:
            os.chmod(tmp_path / "locked", 0o700)
        _check_unreadable(tmp_path, [s.name for s in r.sources], [str(e) for e in r.errors])
        return
    # Root reads any file, so the import runs in a forked child that has dropped to the
    # unprivileged "nobody" user, on files in a directory that user can enter.
    if not hasattr(os, "fork"):
        pytest.skip("needs fork() to drop root privileges")
    root_dir = tempfile.mkdtemp(prefix="bluf-perm-")
    try:
        from pathlib import Path

        root = Path(root_dir)
        os.chmod(root, 0o755)
        _unreadable_layout(root)
        os.chmod(root / "ok.txt", 0o644)
        # Load what the import needs now: "nobody" may not read the Python installation.
        import_paths([str(root / "ok.txt")])
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(rfd)
                os.setgid(65534)
                os.setuid(65534)
                r = import_paths([str(root)])
                out = {"names": [s.name for s in r.sources], "errors": [str(e) for e in r.errors]}
            except BaseException:
                import traceback

                out = {"crash": traceback.format_exc()}
            finally:
                os.write(wfd, json.dumps(out).encode())
                os._exit(0)
        os.close(wfd)
        with os.fdopen(rfd, "rb") as f:
            data = f.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0 and data, "the unprivileged child died"
        got = json.loads(data)
        assert "crash" not in got, got.get("crash")
        _check_unreadable(root, got["names"], got["errors"])
    finally:
        os.chmod(Path(root_dir) / "locked", 0o700)
        shutil.rmtree(root_dir)


def test_special_file_is_refused(tmp_path):
    if not hasattr(os, "mkfifo") or sys.platform == "win32":
        pytest.skip("no FIFOs here")
    r = import_paths(["/dev/null"])
    assert [str(e) for e in r.errors] == ["/dev/null: a device, not a regular file"]


def test_a_fifo_or_device_is_refused_without_blocking_and_the_rest_imports(tmp_path):
    if not hasattr(os, "mkfifo") or sys.platform == "win32":
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # no writer: opening it would wait forever
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    try:
        out = subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "ws.json"), "import", str(fifo), "/dev/zero", str(good)],
                             capture_output=True, text=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("bluf import blocked on a FIFO")
    errors = [line for line in out.stderr.splitlines() if line.startswith("bluf: ") and "new empty workspace" not in line]
    assert errors == [
        f"bluf: refused: {fifo}: a named pipe (FIFO), not a regular file; to read a pipe, give - and redirect it to stdin",
        "bluf: refused: /dev/zero: a device, not a regular file",
    ], out.stderr
    assert "added: good.txt" in out.stdout and out.returncode == 0  # something was imported


def test_html_page_with_only_boilerplate_text(tmp_path):
    msg, _ = run(tmp_path, "nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "no article text" in msg


def test_all_or_nothing_when_building_fails(tmp_path, monkeypatch):
    import annotate.importers as imp

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(imp, "make_source", boom)
    p = tmp_path / "a.txt"
    p.write_text(BODY, encoding="utf-8")
    r = import_paths([str(p)])
    assert r.sources == [] and [str(e) for e in r.errors] == [f"{p}: could not import (RuntimeError: disk on fire)"]


def test_page_saved_as_txt_is_read_as_html(tmp_path):
    p = tmp_path / "saved.txt"
    p.write_text(page(), encoding="utf-8")
    (s,) = import_paths([str(p)]).sources
    assert "<p>" not in s.text and s.grade == "B2"


def test_feed_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>T</title><item><title>A</title>'
            '<description>Officials met at the border crossing on Monday to talk about trade. &x;</description>'
            '</item></channel></rss>')
    p = tmp_path / "xxe.rss"
    p.write_text(feed, encoding="utf-8")
    r = import_paths([str(p)])
    (s,) = r.sources
    assert s.text.startswith("Officials met") and "TOP-SECRET" not in s.text
    assert not any("TOP-SECRET" in x for x in [*map(str, r.errors), *r.warnings])


def test_several_files_one_refused_each_refusal_one_line_a_summary_and_exit_0_when_some_came_in(tmp_path):
    """`bluf import a.txt b.txt empty.txt missing.txt`, as a new user did: a line per refused
    file, "imported N, refused M" last; exit 1 only when nothing was imported."""
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("A report on harbour fees and the queue of lorries at the northern port.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))

    def bluf(*paths):
        return subprocess.run([sys.executable, "-m", "tui", "--db", str(tmp_path / "ws.json"), "import", *map(str, paths)],
                              capture_output=True, text=True, env=env)

    out = bluf(tmp_path / "a.txt", tmp_path / "empty.txt", tmp_path / "b.txt", tmp_path / "missing.txt")
    refused = [line for line in out.stderr.splitlines() if line.startswith("bluf: refused: ")]
    assert sorted(refused) == [f"bluf: refused: {tmp_path / 'empty.txt'}: empty file",
                               f"bluf: refused: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert out.stderr.splitlines()[-1] == "imported 2, refused 2"
    assert out.returncode == 0 and "added: a.txt" in out.stdout and "added: b.txt" in out.stdout
    out = bluf(tmp_path / "empty.txt", tmp_path / "a.txt")  # nothing new came in: the script should know
    assert out.stderr.splitlines()[-1] == "imported 0, refused 1, 1 already there" and out.returncode == 1
    out = bluf(tmp_path / "a.txt")
    assert out.stderr.splitlines()[-1] == "imported 0, refused 0, 1 already there" and out.returncode == 0
