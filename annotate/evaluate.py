"""Score an analysed workspace against hand-made labels (the seeds_gold.json format).

Labels identify quotes by a substring (``quote_contains``) and speakers by a canonical
name with aliases, so they survive changes in offsets and boilerplate removal. The same
scorer serves any labelled set; nothing in it knows the seed articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class QuoteResult:
    """How one labelled quote was found (``score``). ``source``: the labelled file's name;
    ``contains``: the label's ``quote_contains`` substring; ``gold_speaker``: the labelled speaker's
    canonical name, None for an unattributed quote; ``found``: a quote containing it was detected;
    ``predicted_speaker``: the speaker phrase in the text, "" when none; ``predicted_actor``: the
    actor id it was resolved to, or None; ``correct``: the attribution matches the label.
    """

    source: str
    contains: str
    gold_speaker: str | None
    found: bool
    predicted_speaker: str = ""  # the speaker phrase in the text
    predicted_actor: str | None = None
    correct: bool = False


@dataclass
class Report:
    """Scores of an analysed workspace against labels (``score``, ``score_external``). ``quotes``: one
    ``QuoteResult`` per labelled speech quote; ``alias_failures``/``alias_total``: aliases that did
    not resolve to their actor, as readable lines, and how many were tried;
    ``boilerplate_missed``/``boilerplate_total``: labelled boilerplate left in, and how many were
    labelled; ``article_lines_removed``: article lines wrongly removed; ``headings_missed``:
    labelled headings not found; ``incidents``: per labelled incident a dict with ``id``, ``found``,
    ``links`` and ``links_found`` (its sources, and those linked); ``spurious_incidents``: found
    incidents no label matches; ``stances``: per labelled stance a dict including ``reason`` and
    ``correct``.
    """

    quotes: list[QuoteResult] = field(default_factory=list)
    alias_failures: list[str] = field(default_factory=list)
    alias_total: int = 0
    boilerplate_missed: list[str] = field(default_factory=list)
    boilerplate_total: int = 0
    article_lines_removed: list[str] = field(default_factory=list)
    headings_missed: list[str] = field(default_factory=list)
    incidents: list[dict] = field(default_factory=list)
    spurious_incidents: list[str] = field(default_factory=list)
    stances: list[dict] = field(default_factory=list)

    @property
    def quote_recall(self) -> float:
        """Share of labelled quotes found, 0-1 (1.0 when none are labelled)."""
        return _ratio(sum(q.found for q in self.quotes), len(self.quotes))

    @property
    def speaker_accuracy(self) -> float:
        """Share of labelled quotes attributed correctly, 0-1 (1.0 when none are labelled)."""
        return _ratio(sum(q.correct for q in self.quotes), len(self.quotes))

    @property
    def stance_agreement(self) -> float:
        """Share of labelled stances the suggestions got right, 0-1 (1.0 when none are labelled)."""
        return _ratio(sum(s["correct"] for s in self.stances), len(self.stances))

    @property
    def incidents_found(self) -> int:
        """Number of labelled incidents matched by a found incident."""
        return sum(1 for i in self.incidents if i["found"])

    @property
    def incident_links(self) -> float:
        """Share of labelled incident-source links found, 0-1 (1.0 when none are labelled)."""
        return _ratio(sum(i["links_found"] for i in self.incidents), sum(i["links"] for i in self.incidents))

    def summary(self) -> dict:
        """The scores as a JSON-ready dict (what bench/quality.py prints): ratios rounded to 3 places,
        counts, and "found/total" strings for aliases, boilerplate and incidents.
        """
        return {
            "quote_recall": round(self.quote_recall, 3),
            "speaker_accuracy": round(self.speaker_accuracy, 3),
            "quotes": len(self.quotes),
            "aliases_resolved": f"{self.alias_total - len(self.alias_failures)}/{self.alias_total}",
            "boilerplate_removed": f"{self.boilerplate_total - len(self.boilerplate_missed)}/{self.boilerplate_total}",
            "article_lines_removed": len(self.article_lines_removed),
            "headings_found": not self.headings_missed,
            "incidents_found": f"{self.incidents_found}/{len(self.incidents)}",
            "incident_links": round(self.incident_links, 3),
            "min_incident_links": round(min((i["links_found"] / i["links"] for i in self.incidents), default=1.0), 3),
            "spurious_incidents": len(self.spurious_incidents),
            "stance_agreement": round(self.stance_agreement, 3),
            "stances": len(self.stances),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def score(ws, gold: dict) -> Report:
    """Score workspace ``ws`` (analysed, with the labelled files as sources) against ``gold``."""
    rep = Report()
    by_name = {s.name: s for s in ws.sources()}
    resolve = ws.resolve_actor
    actors_gold = gold.get("actors", {})

    def gold_id(name: str | None) -> str | None:
        return resolve(name) if name else None

    # Aliases: every alias of a gold actor resolves to the same actor, distinct per actor.
    ids: dict[str, str | None] = {}
    for name, entry in actors_gold.items():
        target = resolve(name)
        ids[name] = target
        for alias in [name, *entry.get("aliases", [])]:
            rep.alias_total += 1
            got = resolve(alias)
            if got is None or got != target:
                rep.alias_failures.append(f"{alias!r} -> {got} (expected {name} -> {target})")
    seen: dict[str, str] = {}
    for name, target in ids.items():
        if target is not None and target in seen:
            rep.alias_failures.append(f"{name!r} and {seen[target]!r} resolve to the same actor {target}")
        if target is not None:
            seen[target] = name

    for fname, g in gold.get("sources", {}).items():
        src = by_name.get(fname)
        if src is None:
            raise ValueError(f"the labels name {fname}, which is not in the workspace")
        quotes = ws.quotes(src.id)
        for gq in g.get("quotes", []):
            if gq.get("kind", "speech") != "speech":
                continue
            contains = gq["quote_contains"]
            hit = next((q for q in quotes if contains in q.text), None)
            r = QuoteResult(fname, contains, gq.get("speaker"), hit is not None)
            if hit is not None:
                sp = hit.speaker
                r.predicted_speaker = "" if sp is None else (
                    f"{sp.text} -> {src.text[sp.antecedent_start:sp.antecedent_end]}" if sp.antecedent_start >= 0 else sp.text
                )
                r.predicted_actor = hit.actor_id
                if gq.get("speaker"):
                    r.correct = hit.actor_id is not None and hit.actor_id == gold_id(gq["speaker"])
                else:
                    # Unnamed in the labels: no speaker, or one that is not a named person.
                    a = ws.actor(hit.actor_id)
                    r.correct = a is None or a.kind != "person"
            rep.quotes.append(r)

        # Boilerplate: lines with a marker, and lines between two such lines, are removed;
        # every other non-blank line is kept.
        markers = g.get("boilerplate_contains", [])
        removed = [(r.start, r.end) for r in src.removed]
        in_removed = lambda s, e: any(a <= s and e <= b for a, b in removed)  # noqa: E731
        lines = _line_spans(src.text)
        marked = [i for i, (_, _, ln) in enumerate(lines) if any(m in ln for m in markers)]
        boiler = set(marked)
        for a, b in zip(marked, marked[1:]):
            if all(lines[k][2].strip() == "" or k in boiler for k in range(a, b)) or b - a <= 8:
                boiler.update(range(a, b + 1))
        for m in markers:
            rep.boilerplate_total += 1
            pos = src.text.find(m)
            if pos < 0 or not in_removed(pos, pos + len(m)):
                rep.boilerplate_missed.append(f"{fname}: {m!r}")
        for i, (s, e, ln) in enumerate(lines):
            if ln.strip() and i not in boiler and any(a < e and s < b for a, b in removed):
                rep.article_lines_removed.append(f"{fname}: {ln[:70]!r}")
        heads = [src.text[h.start : h.end] for h in src.headings]
        for h in g.get("headings_contains", []):
            if not any(h in x for x in heads):
                rep.headings_missed.append(f"{fname}: {h!r}")

        # Stance suggestions per (source, actor).
        sugg = {s.actor_id: s for s in ws.suggestions(src.id)} if hasattr(ws, "suggestions") else {}
        for actor, label in g.get("stances", {}).items():
            aid = gold_id(actor)
            s = sugg.get(aid) if aid else None
            rep.stances.append(
                {"source": fname, "actor": actor, "gold": label, "suggested": s.label if s else None,
                 "reason": s.reason if s else "", "correct": bool(s and s.label == label)}
            )

    # Incidents: matched by country; a predicted incident matches at most one gold one.
    predicted = ws.incidents()
    names = {s.id: s.name for s in ws.sources()}
    used: set[str] = set()
    for gi in gold.get("incidents", []):
        cands = [p for p in predicted if p.country == gi["country"] and p.id not in used]
        best = max(cands, key=lambda p: len(set(names[s] for s in p.source_ids) & set(gi["sources"])), default=None)
        found_links = 0
        if best is not None:
            used.add(best.id)
            found_links = len(set(names[s] for s in best.source_ids) & set(gi["sources"]))
        rep.incidents.append(
            {"id": gi["id"], "found": best is not None, "links": len(gi["sources"]), "links_found": found_links,
             "predicted": best.title if best else None, "date": best.date if best else None, "gold_date": gi.get("date")}
        )
    rep.spurious_incidents = [f"{p.title} ({p.date or 'undated'}; {len(p.source_ids)} sources)" for p in predicted if p.id not in used]
    return rep


def score_external(gold: dict, quotes_by_file: dict[str, list[tuple[str, str]]], resolve, person_kind) -> Report:
    """Score another tool's quotes ``{file: [(quote text, speaker text)]}`` with the same
    rules: a gold quote is found when a quote contains its substring; the speaker is right
    when it resolves (with bluf's resolver, so both tools get the same actor knowledge) to
    the gold actor, or, for an unnamed gold speaker, to no named person."""
    rep = Report()
    for fname, g in gold.get("sources", {}).items():
        quotes = quotes_by_file.get(fname, [])
        for gq in g.get("quotes", []):
            if gq.get("kind", "speech") != "speech":
                continue
            hit = next(((t, s) for t, s in quotes if gq["quote_contains"] in t), None)
            r = QuoteResult(fname, gq["quote_contains"], gq.get("speaker"), hit is not None)
            if hit is not None:
                r.predicted_speaker = hit[1]
                r.predicted_actor = resolve(hit[1]) if hit[1] else None
                if gq.get("speaker"):
                    r.correct = r.predicted_actor is not None and r.predicted_actor == resolve(gq["speaker"])
                else:
                    r.correct = not person_kind(r.predicted_actor)
            rep.quotes.append(r)
    return rep
