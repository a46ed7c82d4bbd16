"""Property: importing a file of arbitrary bytes, under any supported extension, never
raises; every problem comes back as an IngestError and every source is whole."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.importers import ImportResult, import_paths
from annotate.importers.walk import SUFFIXES
from annotate.ingest import IngestError

# Bytes that reach the parsers: random, and random with a markup or JSON start.
PREFIXES = [b"", b"<!DOCTYPE html><html><body><p>", b"<?xml version='1.0'?><rss><channel><item><description>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><content type='html'>", b'{"text": "',
            b"---\ngrade: ", b"\xef\xbb\xbf", b"\xff\xfe"]
payload = st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=600),
                    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass"))).map(
    lambda t: t[0] + t[1] + t[2])


def check(r: ImportResult) -> None:
    assert isinstance(r, ImportResult)
    for err in r.errors:
        assert isinstance(err, IngestError) and "\n" not in str(err)
    for src in r.sources:
        assert isinstance(src.text, str) and src.text.strip()
        assert isinstance(src.id, str) and len(src.id) == 16
    for w in r.warnings:
        assert "\n" not in w


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=payload, suffix=st.sampled_from(sorted(SUFFIXES) + [""]))
def test_arbitrary_bytes_never_raise(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"f{suffix}"
        p.write_bytes(data)
        check(import_paths([str(p)]))


@settings(max_examples=60, deadline=None)
@given(data=payload)
def test_arbitrary_stdin_never_raises(data):
    check(import_paths(["-"], stdin=io.BytesIO(data)))
