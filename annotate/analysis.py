"""Run the NLP layers over sources, with the cache in front: a source whose analysis is
cached for this pipeline version is never parsed again."""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from .cache import AnalysisCache
from .gazetteer import Gazetteer, load_gazetteer
from .models import Analysis, Quote, Source
from .text import masked, unwrap

Progress = Callable[[int, int, str], None]  # (done, total, source name)


class Cancelled(Exception):
    """``analyze_sources`` was told to stop (``stop()`` returned True): the analyses finished
    before are in the cache; the one under way is abandoned."""


class _Dropped(Exception):
    """The source under way was removed from the workspace (``wanted`` said so)."""


# How often a wait for another process's analysis of a source looks again (seconds).
BUSY_POLL = 0.25

# Below this many words, worker processes cost more to start than they save.
PARALLEL_MIN_WORDS = 40_000


def analyze_doc(doc, source: Source, pipeline: str, gazetteer: Gazetteer) -> Analysis:
    """Our layers on top of a parsed Doc of the source's masked text."""
    from .nlp.entities import correct_entities, entity_mentions
    from .nlp.events import find_incident_mentions
    from .nlp.doc_text import doc_text
    from .nlp.frames import find_frames
    from .nlp.quotes import attribute, pair_quotes
    from .nlp.sentiment import tone
    from .nlp.syntax import DocIndex

    text = doc_text(doc)  # (joined once: the entity rules read it too)
    correct_entities(doc, gazetteer)
    spans, stray = pair_quotes(text)
    idx = DocIndex(doc, spans)
    quotes, _scare = attribute(doc, text, spans, outlets=gazetteer.is_outlet, idx=idx)
    for q in quotes:
        q.tone = tone(q.text)
    return Analysis(
        source_id=source.id,
        pipeline=pipeline,
        sentences=[(s.start_char, s.end_char) for s in doc.sents if not all(t.is_space for t in s)],
        entities=entity_mentions(doc, gazetteer),
        quotes=quotes,
        frames=find_frames(doc, idx, outlets=gazetteer.is_outlet),
        incidents=find_incident_mentions(doc, gazetteer, source.published),
        stray_marks=stray,
        published=source.published,
    )


_SENTENCE = re.compile(r"[^\n]*?(?:[.!?。！？](?=\s)|\n|$)")


def not_analysed(source: Source, pipeline: str) -> Analysis:
    """The analysis of a source in a language the pipeline does not read
    (``language_support.is_analysed`` False): its sentences, split at sentence marks and line
    ends, and nothing else: no quotes, names, frames or incidents from English models."""
    text = source.text
    sentences = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append((start, end))
    return Analysis(source_id=source.id, pipeline=pipeline, sentences=sentences, published=source.published)


def cached(sources: Iterable[Source], cache: AnalysisCache | None, pipeline: str) -> dict[str, Analysis]:
    """The analyses of ``sources`` already in ``cache`` for ``pipeline`` (a ``pipeline_version``
    string): source id -> ``Analysis``; sources without a readable entry are left out; {} when
    ``cache`` is None. Never raises.
    """
    out: dict[str, Analysis] = {}
    if cache is None:
        return out
    for s in sources:
        a = cache.get(s.id, pipeline)
        if a is not None:
            out[s.id] = a
    return out


def analyze_sources(
    sources: Sequence[Source],
    cache: AnalysisCache | None = None,
    progress: Progress | None = None,
    gazetteer: Gazetteer | None = None,
    n_process: int | None = None,
    batch_size: int = 8,
    errors: dict[str, str] | None = None,
    scheduler: str | None = None,
    stop: Callable[[], bool] | None = None,
    wanted: Callable[[str], bool] | None = None,
    parse: Callable[[Source], bool] | None = None,
    busy: set[str] | None = None,
    parts: AnalysisCache | None = None,
) -> dict[str, Analysis]:
    """Analyses for all sources, parsing only those not in the cache.

    A text longer than ``annotate.nlp.chunks.CHUNK_CHARS`` is parsed in parts, one at a
    time (memory stays bounded; spaCy's 1,000,000-character limit never applies). Each
    part's result is kept as it finishes in ``parts`` (an ``AnalysisCache``; default
    ``cache``), so an analysis cut short (a stop, a quit, a kill) resumes at the first part
    not done, telling ``progress`` "resuming at part I of N of NAME", and ends with the same
    ``Analysis``; the whole, once cached, replaces the part files. A source
    whose analysis fails is left out of the result, and ``errors[source id]`` gets one line
    naming it and the reason: the other sources are analysed all the same.

    ``scheduler`` (a Dask scheduler address such as ``tcp://10.0.0.5:8786``): the sources not
    cached are parsed on that cluster (``annotate.cluster``), and their analyses written to
    the cache here; without it, here with ``nlp.pipe(n_process=...)``.

    ``stop()`` is asked before each source and each part of a long one (and between the texts
    of a batch): True raises ``Cancelled`` (what was finished is cached). ``wanted(source id)``
    is asked at the same points: False (the source was removed meanwhile) leaves it out, unsaid.
    ``parse(source)`` False: a source not cached is not parsed (left out). Two processes never
    parse one source at once (a lock per source beside its cache entry): with ``busy`` (a set),
    a source another process is parsing is left out and its id added there; without it, this
    process waits for the other and reads its result, telling ``progress`` so ("waiting for
    another bluf analysing NAME")."""
    from .nlp import chunks
    from .nlp.pipeline import pipeline_version

    from .language_support import is_analysed

    parts = cache if parts is None else parts
    gaz = gazetteer or load_gazetteer()
    version = pipeline_version(gaz)
    total = len(sources)
    foreign = {s.id: not_analysed(s, version) for s in sources if not is_analysed(s.language)}  # never parsed as English
    sources = [s for s in sources if s.id not in foreign]
    done = cached(sources, cache, version)
    done.update(foreign)
    todo = [s for s in sources if s.id not in done and (parse is None or parse(s))]
    if progress:
        progress(len(done), total, "")
    if not todo:
        return done
    if scheduler:
        from .cluster import analyse_on_cluster

        def counted(n: int, _total: int, name: str) -> None:
            if progress:
                progress(n + total - len(todo), total, name)

        done.update(analyse_on_cluster(todo, scheduler, gaz, version, counted, errors, cache.put if cache else None))
        return done

    def check(source: Source | None = None) -> None:
        if stop is not None and stop():
            raise Cancelled()
        if source is not None and wanted is not None and not wanted(source.id):
            raise _Dropped()

    def waiting_for(source: Source) -> None:
        if progress:
            progress(len(done), total, f"waiting for another bluf analysing {source.label}")

    held = _SourceLocks(cache, version, check, waiting_for)
    try:
        if cache is not None:  # what another process parses: wait for it (or leave it, with ``busy``)
            todo = held.take(todo, busy, done)
        check()
        if not todo:
            return done
        from .nlp.pipeline import load_pipeline

        nlp, info = load_pipeline(gaz)
        short = [s for s in todo if len(s.text) <= chunks.CHUNK_CHARS]
        long = sorted((s for s in todo if len(s.text) > chunks.CHUNK_CHARS), key=lambda s: len(s.text))
        _parse(nlp, info, gaz, short, long, total, todo, done, cache, progress, errors, batch_size, n_process, check, wanted,
               held, parts)
    finally:
        held.release_all()
    return done


class _SourceLocks:
    """The per-source locks (``AnalysisCache.lock``) this process holds while it parses."""

    def __init__(self, cache: AnalysisCache | None, version: str, check: Callable[..., None],
                 waiting_for: Callable[[Source], None] | None = None):
        self.cache, self.version, self.check = cache, version, check
        self.waiting_for = waiting_for  # told which source another process is parsing, when this one waits for it
        self.locks: dict[str, object] = {}

    def take(self, todo: list[Source], busy: set[str] | None, done: dict[str, Analysis]) -> list[Source]:
        """The sources of ``todo`` this process now holds the lock of and must parse: one
        another process parsed meanwhile is read from the cache into ``done``; one it is still
        parsing is waited for, or (with ``busy``) left out and added to ``busy``."""
        out: list[Source] = []
        waiting: list[Source] = []
        for s in todo:
            (out if self._try(s) else waiting).append(s)
        if busy is not None:
            busy.update(s.id for s in waiting)
            waiting = []
        told = ""
        while waiting:
            if self.waiting_for is not None and waiting[0].id != told:
                told = waiting[0].id
                self.waiting_for(waiting[0])
            time.sleep(BUSY_POLL)
            self.check()
            still = []
            for s in waiting:
                if self._gone(s):
                    continue  # removed meanwhile: not waited for
                (out if self._try(s) else still).append(s)
            waiting = still
        mine: list[Source] = []
        for s in out:
            a = self.cache.get(s.id, self.version)  # parsed by the other process while we waited
            if a is not None:
                done[s.id] = a
                self.release(s.id)
            else:
                mine.append(s)
        return mine

    def _gone(self, s: Source) -> bool:
        try:
            self.check(s)
        except _Dropped:
            return True
        return False

    def _try(self, s: Source) -> bool:
        lock = self.cache.lock(s.id, self.version)
        if lock is None:  # the cache cannot hold a lock (not writable): parse here
            return True
        from filelock import Timeout

        try:
            lock.acquire(timeout=0)
        except Timeout:
            return False
        except OSError:
            return True
        self.locks[s.id] = lock
        return True

    def release(self, source_id: str) -> None:
        lock = self.locks.pop(source_id, None)
        if lock is not None:
            try:
                lock.release()
            except OSError:
                pass

    def release_all(self) -> None:
        for sid in list(self.locks):
            self.release(sid)


def _parse(nlp, info, gaz, short, long, total, todo, done, cache, progress, errors, batch_size, n_process, check, wanted, held,
           parts=None):
    """Parse ``short`` (in batches) then ``long`` (part by part, shortest first, each part
    kept in ``parts`` as it finishes) into ``done``."""
    if n_process is None:
        words = sum(len(s.text.split()) for s in short)
        n_process = 2 if words >= PARALLEL_MIN_WORDS and len(short) >= 4 else 1
    t0 = time.perf_counter()

    def keep(source: Source, analysis) -> None:
        nonlocal t0
        now = time.perf_counter()
        if isinstance(analysis, _Dropped) or wanted is not None and not wanted(source.id):
            held.release(source.id)  # removed while it was parsed: neither kept nor said nor shown
            seen.add(source.id)
            return
        if isinstance(analysis, Cancelled):
            raise analysis
        elif isinstance(analysis, Exception):
            if errors is not None:
                errors[source.id] = analysis_failure(source, analysis)
        else:
            analysis.seconds = round(now - t0, 4)  # parse and analysis of this source
            if cache is not None:
                cache.put(analysis)
            done[source.id] = analysis
        held.release(source.id)
        t0 = now
        seen.add(source.id)
        if progress:
            progress(len(seen) + total - len(todo), total, source.label)

    seen: set[str] = set()
    stream = _each_short(nlp, info.version, gaz, short, batch_size, n_process)
    try:
        while True:
            check()
            try:
                source, analysis = next(stream)
            except StopIteration:
                break
            except Exception:
                # The parser failed inside a batch (which ends a spaCy stream, without saying
                # for which text): parse the rest one by one, so only the culprit is left out.
                for source in short:
                    if source.id not in seen:
                        check()
                        keep(source, _guard(lambda: _analyze_parts(nlp, info.version, gaz, source, [(0, len(source.text))])))
                break
            keep(source, analysis)
    finally:
        stream.close()  # a stop mid-batch: spaCy's worker processes are told to end
    if long and parts is not None:
        parts.drop_stale_parts(info.version)  # parts of an older pipeline can never be used
    for source in long:
        if wanted is not None and not wanted(source.id):
            keep(source, _Dropped())
            continue

        def tick(i: int, n: int, resumed: bool = False) -> None:  # a long text takes minutes: say how far it is
            check(source)
            if progress:
                said = f"resuming at part {i} of {n} of" if resumed else f"part {i}/{n} of"
                progress(len(seen) + total - len(todo), total, f"{said} {source.label}")

        keep(source, _guard(lambda: _analyze_long(nlp, info.version, gaz, source, tick, parts)))
        if parts is not None and parts is not cache and source.id in done:
            parts.drop_parts(source.id, info.version)  # the whole is not kept there: its parts go all the same


def stop_workers() -> int:
    """End the worker processes spaCy started for this process's analysis (``nlp.pipe`` with
    ``n_process`` > 1), at once: for a program that quits during an analysis, which is then
    abandoned (what was finished is cached). Returns how many were ended."""
    import multiprocessing

    n = 0
    for p in multiprocessing.active_children():
        if (getattr(getattr(p, "_target", None), "__module__", "") or "").startswith("spacy"):
            p.terminate()
            n += 1
    return n


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def analysis_failure(source: Source, err: BaseException) -> str:
    """The one line that says a source could not be analysed, and why."""
    reason = " ".join(_CONTROL.sub(" ", str(err)).split())[:200] or type(err).__name__
    return f"{source.label}: not analysed ({type(err).__name__}: {reason}); it opens without quotes or names"


def _guard(fn):
    try:
        return fn()
    except Exception as err:
        return err


def _each_short(nlp, pipeline: str, gaz: Gazetteer, todo: list[Source], batch_size: int, n_process: int):
    """``(source, Analysis or the exception)`` for texts parsed whole, in batches."""
    from .nfc import map_back, to_nfc

    maps: dict[int, object] = {}  # position in todo -> map back from NFC (texts not in NFC only)

    def texts():
        for i, s in enumerate(todo):
            text, back = to_nfc(unwrap(masked(s.text, s.removed)))
            if back is not None:
                maps[i] = back
            yield text

    for i, (source, doc) in enumerate(zip(todo, nlp.pipe(texts(), batch_size=batch_size, n_process=n_process))):
        back = maps.pop(i, None)
        result = _guard(lambda: analyze_doc(doc, source, pipeline, gaz))
        yield source, map_back(result, back) if back is not None and not isinstance(result, Exception) else result


def _analyze_long(nlp, pipeline: str, gaz: Gazetteer, source: Source, tick=None, parts: AnalysisCache | None = None) -> Analysis:
    from .nlp.chunks import chunk_bounds, quote_blocks

    text = unwrap(masked(source.text, source.removed))
    return _analyze_parts(nlp, pipeline, gaz, source, chunk_bounds(text, blocked=quote_blocks(text)), text, tick, parts)


def parts_key(source: Source, text: str, bounds: Sequence[tuple[int, int]], pipeline: str) -> str:
    """What the parts of ``source`` depend on, as a hex SHA-256: the ``text`` parsed (masked,
    unwrapped), the part ``bounds``, the ``pipeline`` version (ANALYSIS_VERSION, model, alias
    file) and the source's id and publication date (dates are read against it)."""
    h = hashlib.sha256(repr((pipeline, source.id, source.published, [tuple(b) for b in bounds])).encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _analyze_parts(nlp, pipeline: str, gaz: Gazetteer, source: Source, bounds, text: str | None = None,
                   tick=None, parts: AnalysisCache | None = None) -> Analysis:
    """The source's analysis from its text parsed part by part (one part in memory at a
    time), offsets shifted back into the whole text. ``tick(i, n, resumed)`` before part i of
    n is parsed (``resumed``: the parts before it were read from ``parts``, not parsed now).
    With ``parts`` (several parts only), each part's analysis is stored there as it finishes
    and read back instead of parsed when it is there under the same ``parts_key``."""
    text = text if text is not None else unwrap(masked(source.text, source.removed))
    whole = Analysis(source_id=source.id, pipeline=pipeline, published=source.published)
    key = parts_key(source, text, bounds, pipeline) if parts is not None and len(bounds) > 1 else None
    skipped = False
    for i, (start, end) in enumerate(bounds, 1):
        found = parts.get_part(source.id, pipeline, i, key) if key is not None else None
        if found is not None:  # finished before a restart
            shift_into(whole, found, start)
            skipped = True
            continue
        if tick is not None and len(bounds) > 1:
            tick(i, len(bounds), skipped)
        skipped = False
        from .nfc import map_back, to_nfc

        part, back = to_nfc(text[start:end])
        doc = nlp(part)
        found = analyze_doc(doc, source, pipeline, gaz)
        found = map_back(found, back) if back is not None else found
        if key is not None:
            parts.put_part(found, i, key)
        shift_into(whole, found, start)
        del doc
    return whole


def shift_into(whole: Analysis, part: Analysis, by: int) -> None:
    """Append ``part`` (offsets relative to its start at ``by``) to ``whole``."""
    if by == 0:
        add = part
    else:
        add = Analysis(
            source_id=part.source_id,
            pipeline=part.pipeline,
            sentences=[(a + by, b + by) for a, b in part.sentences],
            entities=[replace(e, start=e.start + by, end=e.end + by) for e in part.entities],
            quotes=[_shift_quote(q, by) for q in part.quotes],
            frames=[replace(f, agent_start=f.agent_start + by, agent_end=f.agent_end + by, start=f.start + by, end=f.end + by)
                    for f in part.frames],
            incidents=[replace(m, start=m.start + by, end=m.end + by) for m in part.incidents],
            stray_marks=[i + by for i in part.stray_marks],
        )
    whole.sentences.extend(add.sentences)
    whole.entities.extend(add.entities)
    whole.quotes.extend(add.quotes)
    whole.frames.extend(add.frames)
    whole.incidents.extend(add.incidents)
    whole.stray_marks.extend(add.stray_marks)


def _at(i: int, by: int) -> int:
    return i + by if i >= 0 else i  # -1 means "none"


def _shift_quote(q: Quote, by: int) -> Quote:
    sp = q.speaker
    if sp is not None:
        sp = replace(sp, start=sp.start + by, end=sp.end + by,
                     antecedent_start=_at(sp.antecedent_start, by), antecedent_end=_at(sp.antecedent_end, by))
    return replace(q, start=q.start + by, end=q.end + by, speaker=sp,
                   frame_start=_at(q.frame_start, by), frame_end=_at(q.frame_end, by))
