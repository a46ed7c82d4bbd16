"""What the brief says follows the workspace (issue 14, point 4): its title and scope are
the workspace's; the draft speaks of the incident types and parties present; actors are
grouped by side; the publication span is over dated sources; a split stance is always a
disagreement; narration is never shown as a quote. Invented texts, real spaCy, a real
TinyDB file."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from markdown_it import MarkdownIt

from annotate.brief import ActorStance, IncidentRow, build_brief, default_title, draft_bottom_line
from annotate.export import export
from annotate.ingest import Meta, make_source
from annotate.models import Incident
from annotate.workspace import open_workspace

TODAY = date(2026, 1, 15)
A = ("“We will respond at a time and place of our choosing,” army spokesman Ahmed Sharif said on Wednesday. "
     "“The strikes hit empty buildings,” Sharif said later. Moscow denied it.\n")
B = ("“Our strikes were measured and precise,” Defence Minister Rajnath Singh told reporters in New Delhi. "
     "“Nobody wants a wider war,” Singh added.\n")
C = "“The ceasefire must hold,” Secretary of State Marco Rubio said in Washington on Saturday.\n"


@pytest.fixture
def ws(tmp_path):
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    w.add_sources([
        make_source(A, "pakistan.txt", meta=Meta(title="Pakistan vows response", published="2025-05-07")),
        make_source(B, "india.txt", meta=Meta(title="India defends strikes", published="2025-05-10")),
        make_source(C, "rubio.txt", meta=Meta(title="Rubio on the ceasefire")),  # undated
    ])
    w.analyze()
    yield w
    w.close()


def src(ws, name):
    return next(s for s in ws.sources() if s.name == name)


def quote(ws, name, words):
    """(source id, index) of the quote containing ``words``."""
    s = src(ws, name)
    return s.id, next(i for i, q in enumerate(ws.quotes(s.id)) if words in q.text)


def tag(ws, name, words, label):
    sid, i = quote(ws, name, words)
    return ws.tag(sid, i, label)


def plain(md: str) -> str:
    """Markdown as a reader sees it: rendered, tags dropped."""
    import re

    return re.sub(r"<[^>]+>", "", MarkdownIt().render(md))


def section(md: str, title: str) -> str:
    return md.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_title_and_scope_are_the_workspace_s_and_undo_restores_them(ws):
    derived = build_brief(ws, today=TODAY).title
    ws.set_brief_text(title="India and Pakistan: strikes and a ceasefire", scope="India–Pakistan crisis, 7–10 May 2025")
    md = export(ws, "md", today=TODAY)
    assert md.startswith("# India and Pakistan: strikes and a ceasefire\n")
    assert "Scope: India–Pakistan crisis, 7–10 May 2025; 3 sources" in md
    assert [e["note"] for e in ws.log() if e["event"] == "brief title"] == ["India and Pakistan: strikes and a ceasefire"]
    ws.close()
    again = open_workspace(ws.path, seed=False, annotator="ana")  # kept in the workspace file
    try:
        assert build_brief(again, today=TODAY).title == "India and Pakistan: strikes and a ceasefire"
        again.set_brief_text(title="Another title")
        assert again.undo().what == "brief title"
        assert build_brief(again, today=TODAY).title == "India and Pakistan: strikes and a ceasefire"
        again.set_brief_text(title="")  # empty: back to the derived title
        assert build_brief(again, today=TODAY).title == derived
        assert export(again, "md", today=TODAY, title="Given") .startswith("# Given\n")  # --title still wins
    finally:
        again.close()


def _incident(kind, country, status="suggested"):
    return Incident(id=f"{country}-{kind}".lower(), title=f"{kind} in {country}", country=country, kind=kind,
                    evidence={"s1": [[0, 5]]}, status=status)


def test_the_derived_title_and_bottom_line_name_the_types_and_places_present():
    incs = [_incident("drones", "Poland"), _incident("drones", "Romania"), _incident("missiles", "Ukraine", "confirmed")]
    title = default_title(incs)
    assert title == "Drones and missiles: Poland, Romania, Ukraine"
    bottom = draft_bottom_line([IncidentRow(i, []) for i in incs], [], [])
    assert bottom.startswith("3 incidents reported: drones in Poland and Romania (2 incidents, 0 sources); "
                             "missiles in Ukraine (1 incident, confirmed, 0 sources).")
    assert "airspace" not in (title + bottom).lower()


def test_a_type_added_to_events_toml_is_named_without_code(tmp_path, monkeypatch):
    from annotate.event_types import bundled_events_file

    f = tmp_path / "events.toml"
    f.write_text(bundled_events_file().read_text(encoding="utf-8")
                 + '\n[[type]]\nid = "naval_blockade"\ntitle = "Naval blockade"\nnouns = ["blockade"]\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_EVENTS", str(f))
    title = default_title([_incident("naval_blockade", "Pakistan"), _incident("naval_blockade", "India")])
    assert title == "Naval blockade: Pakistan, India"


def test_the_draft_speaks_of_the_parties_present():
    actor = lambda name, aff, label: ActorStance(name.lower(), name, "person", aff, label, Counter({label: 1}), [], 1.0, "weak")  # noqa: E731
    bottom = draft_bottom_line([], [actor("Ahmed Sharif", "Pakistan Army", "threatening"),
                                    actor("Rajnath Singh", "India government", "hawkish")], [])
    assert "Ahmed Sharif (Pakistan)" in bottom and "Rajnath Singh (India)" in bottom  # a state's army is its side


def test_actors_are_grouped_by_side(ws):
    for name, words, side, label in (("pakistan.txt", "respond at a time", "Pakistan", "threatening"),
                                     ("india.txt", "measured and precise", "India", "hawkish"),
                                     ("india.txt", "wider war", "India", "cautious"),
                                     ("rubio.txt", "ceasefire must hold", "United States", "cautious")):
        st = tag(ws, name, words, label)
        ws.set_affiliation(st.actor_id, side)
    md = export(ws, "md", today=TODAY)
    tokens = MarkdownIt("commonmark").enable("table").parse(section(md, "Actors"))
    groups, current = {}, None
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.tag == "h3":
            current = tokens[i + 1].content
            groups[current] = []
        elif t.type == "tr_open" and current and tokens[i + 1].type == "td_open":
            groups[current].append(tokens[i + 2].content)
    assert set(groups) == {"India", "Pakistan", "United States"}
    assert all(len(rows) >= 1 for rows in groups.values())
    assert "Ahmed Sharif" in groups["Pakistan"] and all("Sharif" not in r for r in groups["India"] + groups["United States"])
    assert "Marco Rubio" in groups["United States"]


@pytest.mark.parametrize("affiliation,side", [
    ("Estonian Ministry of Defence", "Estonia"), ("Ministry of Foreign Affairs of the Philippines", "Philippines"),
    ("Finnish Border Guard", "Finland"), ("South Korean Coast Guard", "South Korea"), ("Latvia's Foreign Ministry", "Latvia"),
    ("Free Syrian Army", "Free Syrian Army"),  # a group named after a country is not its state
    ("Baltic Defence College", "Baltic Defence College"), ("Pakistani Taliban", "Pakistani Taliban"),
])
def test_a_body_of_a_state_is_its_countrys_side(affiliation, side):
    from annotate.brief import side_of

    assert side_of("Mira Kask", "person", affiliation) == side


def test_an_actor_affiliated_to_a_ministry_groups_under_its_country_not_a_side_of_its_own(ws):
    tag(ws, "india.txt", "measured and precise", "hawkish")
    ws.set_affiliation(tag(ws, "india.txt", "wider war", "cautious").actor_id, "India")
    st = tag(ws, "pakistan.txt", "respond at a time", "threatening")
    ws.set_affiliation(st.actor_id, "Pakistani Ministry of Information")
    actors = section(export(ws, "md", today=TODAY), "Actors")
    headings = [ln[4:] for ln in actors.splitlines() if ln.startswith("### ")]
    assert "Pakistan" in headings and "Pakistani Ministry of Information" not in headings, headings
    row = next(ln for ln in actors.splitlines() if "Ahmed Sharif" in ln)
    assert "| Pakistani Ministry of Information |" in row  # the affiliation itself stays as set


def test_a_filter_by_another_name_of_an_actor_shows_the_actors_name(ws):
    from annotate.brief import BriefFilter

    tag(ws, "pakistan.txt", "respond at a time", "threatening")
    md = export(ws, "md", today=TODAY, flt=BriefFilter(actors=("sharif",)))
    assert "Filtered to actor Ahmed Sharif*" in md.splitlines()[2], md.splitlines()[2]


def test_the_publication_span_is_over_dated_sources_and_counts_the_undated(ws):
    md = export(ws, "md", today=TODAY)
    assert "3 sources, published 2025-05-07 to 2025-05-10 (1 undated)," in md
    line = next(ln for ln in section(md, "Sources").splitlines() if "Rubio on the ceasefire" in ln)
    assert "undated" in line


def test_two_statements_of_one_source_tagged_differently_are_mixed_not_contested(ws):
    """One annotator, one source, two labels on one actor (two statements): the row says 50%,
    the draft states no single label but says "Mixed", it is not contested
    (neither analysts nor sources differ), and Disagreements lists it as mixed within that
    source (new-user session: "Disagreements: None" beside a row saying "mixed: 1–1")."""
    tag(ws, "pakistan.txt", "respond at a time", "threatening")
    tag(ws, "pakistan.txt", "empty buildings", "denial")
    brief = build_brief(ws, today=TODAY)
    (sharif,) = [a for a in brief.actors if "Sharif" in a.name]
    assert sharif.agreement < 1 and sharif.split and not sharif.contested
    assert [(d.actor, d.between, sorted(d.detail)) for d in brief.disagreements] == [
        (sharif.name, "within", [("denial", 1), ("threatening", 1)])]
    md = export(ws, "md", today=TODAY)
    dis = plain(section(md, "Disagreements"))
    assert f"{sharif.name}: mixed within [" in dis and "denial 1" in dis and "threatening 1" in dis, dis
    # ... under its own heading, never as analysts disagreeing (new-user session 14)
    assert dis.index("None: no actor's stance changed") < dis.index("Not disagreements: different statements of one actor") \
        < dis.index(f"{sharif.name}: mixed within [")
    assert "annotators disagree" not in dis and "analysts disagree" not in dis and "mixed: 1–1" in section(md, "Actors")
    assert "(contested)" not in section(md, "Actors") and "contested (see Disagreements)" not in md
    bottom = section(md, "Bottom line")
    assert "Mixed: Ahmed Sharif" in bottom and "Threatening: Ahmed" not in bottom, bottom


def test_one_analyst_whose_tags_change_between_sources_is_said_to_have_changed(tmp_path):
    """One analyst tags one actor cautious in one article and denial in another: the brief says
    the stance changed between sources, naming each label with its source, not that analysts
    disagree."""
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([
            make_source("“We are studying every option carefully,” Foreign Minister Ilse Brandt said on Monday.\n",
                        "first.txt", meta=Meta(title="Brandt studies options", published="2025-03-03")),
            make_source("“Our troops were never near the border,” Foreign Minister Ilse Brandt said on Friday.\n",
                        "second.txt", meta=Meta(title="Brandt denies", published="2025-03-07")),
        ])
        w.analyze()
        tag(w, "first.txt", "every option", "cautious")
        tag(w, "second.txt", "never near", "denial")
        md = export(w, "md", today=TODAY)
    finally:
        w.close()
    dis = plain(section(md, "Disagreements"))
    assert "Ilse Brandt: changed between sources (tagged by ana): cautious in [1], denial in [2] (one actor, a different stance in different sources)" in dis, dis
    assert "analysts disagree" not in dis and "annotators disagree" not in dis
    # one analyst's different tags are mixed, not contested (contested: analysts disagree)
    assert "| cautious / denial (mixed: 1–1) |" in section(md, "Actors")
    assert "Mixed: Ilse Brandt" in section(md, "Bottom line") and "Contested" not in section(md, "Bottom line")
    assert "changed between sources" in section(md, "Key judgments") and "contested" not in section(md, "Key judgments")


def test_an_actor_whose_tags_agree_is_not_a_disagreement(ws):
    tag(ws, "india.txt", "measured and precise", "hawkish")
    tag(ws, "india.txt", "wider war", "hawkish")
    md = export(ws, "md", today=TODAY)
    assert "None: no actor's stance changed" in section(md, "Disagreements") and "(contested)" not in md


def test_narration_is_shown_as_a_sentence_and_a_quote_as_a_quote(ws):
    s = src(ws, "pakistan.txt")
    st = tag(ws, "pakistan.txt", "respond at a time", "threatening")
    start = s.text.index("Moscow denied it.")
    ws.tag_span(s.id, start, start + len("Moscow denied it."), st.actor_id, "denial")
    evidence = section(export(ws, "md", today=TODAY), "Evidence")
    assert "- Moscow denied it. [" in evidence and "“Moscow denied it.”" not in evidence
    assert "“We will respond at a time and place of our choosing,”" in evidence


def _actor(name, side, counts, conflict=None):
    counts = Counter(counts)
    label = counts.most_common(1)[0][0]
    share = counts[label] / sum(counts.values())
    conflict = ("sources",) if conflict is None and len(counts) > 1 else conflict or ()
    return ActorStance(name.lower(), name, "person", side, label, counts, [], share, "strong" if share == 1 else "weak",
                       conflict)


def test_a_contested_stance_is_never_stated_as_one_label_in_the_draft():
    from annotate.brief import draft_key_judgments

    split = _actor("Lena Varga", "Hungary", {"hawkish": 2, "cautious": 1}, conflict=("annotators",))
    plain = _actor("Omar Haddad", "Jordan", {"cautious": 1})
    bottom = draft_bottom_line([], [split, plain], [])
    assert "Cautious: Omar Haddad (Jordan)." in bottom
    assert "Contested: Lena Varga (Hungary: hawkish 2, cautious 1)." in bottom
    changed = _actor("Lena Varga", "Hungary", {"hawkish": 2, "cautious": 1})  # one analyst, between sources
    assert "Mixed: Lena Varga (Hungary: hawkish 2, cautious 1)." in draft_bottom_line([], [changed, plain], [])
    assert "Hawkish:" not in bottom
    judgments = " ".join(draft_key_judgments([], [split, plain], []))
    assert "Hungary contested" in judgments and "Hungary hawkish" not in judgments
    assert "Lena Varga (hawkish)" not in judgments


@pytest.mark.parametrize("labels, sentence", [
    (["hawkish"], "The one tagged actor is hawkish."),
    (["hawkish", "hawkish", "hawkish"], "All 3 tagged actors are hawkish."),
    (["hawkish", "hawkish", "cautious"], "Most tagged actors are hawkish (2 of 3)."),
    (["hawkish", "cautious"], "2 tagged actors: 1 hawkish and 1 cautious."),
    (["threatening", "hawkish", "cautious"], "3 tagged actors: 1 threatening, 1 hawkish and 1 cautious."),
    (["hawkish", "hawkish", "cautious", "cautious"], "Hawkish and cautious are tied (2 each of 4 tagged actors)."),
    (["hawkish", "hawkish", "cautious", "denial"], "Half the tagged actors are hawkish (2 of 4)."),
    (["hawkish", "hawkish", "cautious", "denial", "neutral"], "The largest group of tagged actors is hawkish (2 of 5)."),
])
def test_the_count_words_match_the_numbers(labels, sentence):
    from annotate.brief import draft_key_judgments

    actors = [_actor(f"Person {k}", "", {label: 1}) for k, label in enumerate(labels)]
    assert sentence in draft_key_judgments([], actors, [])
    assert not any("Most" in j and "(1 of 2)" in j for j in draft_key_judgments([], actors, []))


@pytest.mark.parametrize("labels", [["cautious", "threatening"], ["threatening", "hawkish", "cautious"],
                                    ["hawkish"] + ["neutral"] * 3 + ["cautious", "denial", "threatening"]])
def test_no_share_or_group_is_claimed_of_one_or_two_tagged_actors(labels):
    """"Half the tagged actors are cautious (1 of 2)" and "the largest group ... (1 of 3)"
    rested on one tag each: a share or a group needs two actors at least, and "half" or
    "largest" four; below that the counts are said as they are."""
    from annotate.brief import draft_key_judgments

    actors = [_actor(f"Person {k}", "", {label: 1}) for k, label in enumerate(labels)]
    text = " ".join(draft_key_judgments([], actors, []))
    assert "Half" not in text and "largest" not in text, text
    assert f"{len(labels)} tagged actors: " in text and "1 cautious" in text, text


def test_a_contested_actor_counts_towards_no_label():
    from annotate.brief import label_share

    actors = [_actor("A Person", "", {"hawkish": 1, "cautious": 1}), _actor("B Person", "", {"hawkish": 1})]
    assert label_share(actors) == "2 tagged actors: 1 hawkish and 1 mixed."
    assert label_share([actors[0]]) == ""


def test_incidents_that_share_a_title_are_told_apart_by_date_then_place():
    from annotate.brief import distinct_titles

    def inc(date_, place, country="Pakistan", title="Drone strike in Pakistan"):
        return Incident(id=f"{place}-{date_}", title=title, country=country, kind="strike", date=date_, place=place)

    by_date = [inc("2025-05-07", "Muridke"), inc("2025-05-09", "Muridke"), inc("", "Muridke"), inc("", "Kotli", title="Shelling in Kotli")]
    assert distinct_titles(by_date) == ["Drone strike in Pakistan, 2025-05-07", "Drone strike in Pakistan, 2025-05-09",
                                        "Drone strike in Pakistan, undated", "Shelling in Kotli"]
    by_place = [inc("2025-05-07", "Muridke"), inc("2025-05-07", "Bahawalpur")]
    assert distinct_titles(by_place) == ["Drone strike in Pakistan, Muridke", "Drone strike in Pakistan, Bahawalpur"]
    same = [inc("2025-05-07", "Muridke"), inc("2025-05-07", "Muridke")]
    assert distinct_titles(same) == ["Drone strike in Pakistan (1)", "Drone strike in Pakistan (2)"]


def test_the_exported_brief_tells_incidents_with_one_title_apart(ws):
    for name, words in (("pakistan.txt", "strikes hit empty buildings"), ("india.txt", "measured and precise")):
        s = src(ws, name)
        at = s.text.index(words)
        ws.create_incident(s.id, at, at + len(words), title="Strike near the border")
    rows = [ln for ln in section(export(ws, "md", today=TODAY), "Incidents").splitlines() if "Strike near the border" in ln]
    titles = [ln.split(" | ")[2] for ln in rows]
    assert len(titles) == 2 and len(set(titles)) == 2, rows


def test_two_analysts_who_disagree_make_the_exported_bottom_line_say_contested(tmp_path):
    import os
    import subprocess
    import sys

    db = tmp_path / "ws.json"
    (tmp_path / "india.txt").write_text(B, encoding="utf-8")

    def bluf(annotator, *args):
        env = {**os.environ, "BLUF_ANNOTATOR": annotator}
        return subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True, env=env)

    assert bluf("ana", "import", tmp_path / "india.txt").returncode == 0
    assert bluf("ana", "tag", "india", 1, "hawkish").returncode == 0
    p = bluf("bob", "tag", "india", 1, "cautious")
    assert p.returncode == 0, p.stderr
    md = bluf("ana", "export").stdout
    bottom = section(md, "Bottom line")
    assert "Contested: Rajnath Singh" in bottom and "hawkish 1" in bottom and "cautious 1" in bottom, bottom
    assert "Hawkish: Rajnath" not in bottom and "Cautious: Rajnath" not in bottom
    assert "Most tagged actors" not in section(md, "Key judgments")
    dis = plain(section(md, "Disagreements"))
    assert "Rajnath Singh: annotators disagree on “Our strikes were measured and precise,” [1]: ana hawkish; bob cautious (two analysts, different labels on the same statement)" in dis, dis
    assert "Not disagreements" not in dis


def _bluf_as(db):
    import os
    import subprocess
    import sys

    def bluf(annotator, *args):
        env = {**os.environ, "BLUF_ANNOTATOR": annotator}
        p = subprocess.run([sys.executable, "-m", "tui", "--db", str(db), *map(str, args)], capture_output=True, text=True, env=env)
        assert p.returncode == 0, (args, p.stderr)
        return p.stdout
    return bluf


def test_a_tie_between_two_analysts_is_never_written_as_one_stance(tmp_path):
    """New-user session: nu1 tagged an army hawkish, ben cautious on the same quote; the brief's
    row said "cautious (contested)" and the evidence heading "cautious". Both labels are shown,
    with the count of each, in the row and in the heading; each passage says its label."""
    db = tmp_path / "ws.json"
    (tmp_path / "garrison.txt").write_text(
        "“We will hold every position along the river,” General Oskar Veltmaa told reporters in Tarsk.\n", encoding="utf-8")
    bluf = _bluf_as(db)
    bluf("nu1", "import", tmp_path / "garrison.txt")
    bluf("nu1", "tag", "garrison", 1, "hawkish")
    bluf("ben", "tag", "garrison", 1, "cautious")
    md = bluf("nu1", "export")
    (row,) = [ln for ln in section(md, "Actors").splitlines() if "Veltmaa" in ln]
    assert "| hawkish / cautious (contested: 1–1) |" in row, row
    evidence = section(md, "Evidence")
    assert "### Oskar Veltmaa: hawkish / cautious (contested: 1–1)" in evidence.replace("General ", ""), evidence
    assert "(hawkish), tagged by nu1" in evidence and "(cautious), tagged by ben" in evidence, evidence


def test_a_majority_that_is_contested_says_the_tags():
    a = ActorStance("x", "Lena Horvath", "person", "", "hawkish", Counter(hawkish=2, cautious=1), [], 2 / 3, "moderate",
                    conflict=("annotators",))
    assert a.stance == "hawkish (contested: hawkish 2, cautious 1)"
    a.counts = Counter(cautious=1, hawkish=1, neutral=1)
    assert a.stance == "cautious / hawkish / neutral (contested: 1–1–1)"
    a.conflict, a.counts = (), Counter(threatening=1, denial=1)
    assert a.stance == "threatening / denial (mixed: 1–1)"
    a.counts = Counter(denial=2)
    assert a.stance == "denial"


def test_since_the_last_brief_lists_every_new_tag_grouped_per_actor(tmp_path):
    """New-user session: after a recorded brief, two analysts tagged one actor differently and
    one analyst tagged another actor twice with two labels; the next brief's "since the last
    brief" named one label per actor. Every new tag is listed, per actor, with its analyst
    when several tagged."""
    db = tmp_path / "ws.json"
    (tmp_path / "riverside.txt").write_text(
        "“We will hold every position along the river,” General Oskar Veltmaa told reporters in Tarsk. "
        "“Nobody should read this as a threat,” Veltmaa added. "
        "“Our patience has limits,” Foreign Minister Ilse Brandt said on Monday.\n", encoding="utf-8")
    bluf = _bluf_as(db)
    bluf("nu1", "import", tmp_path / "riverside.txt")
    bluf("nu1", "export", "-o", tmp_path / "first.md")  # recorded: the next brief says what changed since
    bluf("nu1", "tag", "riverside", 1, "cautious")
    bluf("nu1", "tag", "riverside", 2, "neutral")
    bluf("nu1", "tag", "riverside", 3, "hawkish")
    bluf("ben", "tag", "riverside", 3, "cautious")
    bottom = " ".join(section(bluf("nu1", "export"), "Bottom line").split())
    since = bottom.split("Since the last brief: ", 1)[1]
    assert "Veltmaa newly tagged cautious, neutral" in since, since
    assert "Brandt newly tagged hawkish (nu1), cautious (ben)" in since, since


def test_since_the_last_brief_tells_new_tags_on_an_actor_already_tagged():
    from annotate.brief import what_changed

    before = {"sources": ["s"], "incidents": {}, "actors": {"a": ["Risto Lohi", "cautious"]}, "tags": {"t1": ["a", "cautious", "ana"]}}
    now = {"sources": ["s"], "incidents": {}, "actors": {"a": ["Risto Lohi", "cautious"]},
           "tags": {"t1": ["a", "cautious", "ana"], "t2": ["a", "cautious", "ana"], "t3": ["a", "neutral", "ana"], "t4": ["a", "cautious", "ana"]}}
    assert what_changed(before, now) == ["Risto Lohi tagged again: cautious (2), neutral"]
    now["actors"]["a"][1] = "neutral"
    assert what_changed(before, now) == ["Risto Lohi moved from cautious to neutral (new tags: cautious (2), neutral)"]
    old_bluf = {k: v for k, v in before.items() if k != "tags"}  # a snapshot recorded before tags were
    assert what_changed(old_bluf, now) == ["Risto Lohi moved from cautious to neutral"]
    many = {**now, "actors": {f"x{i}": [f"Actor {i}", "hawkish"] for i in range(9)}, "tags": {}}
    out = what_changed({"sources": ["s"], "incidents": {}, "actors": {}}, many)
    assert len(out) == 6 and out[-1] == "4 more changes (see Evidence)"


def test_the_since_last_brief_line_quotes_a_new_incident_s_title_as_written(tmp_path):
    """An incident made of a sentence the finder missed is titled "Incident: <its start>"; the
    next brief's 'since the last brief' names it as written (not lowercased), cut at a word,
    and not as "new incident: incident: …"."""
    text = ("The committee in the northern province of Valdoria reviewed the budget proposals for the coming season. "
            "Nobody commented.\n")
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([make_source(text, "valdoria.txt", meta=Meta(title="Budget review", published="2025-04-02"))])
        w.analyze()
        export(w, "md", today=TODAY, record=True)
        s = src(w, "valdoria.txt")
        iid = w.create_incident(s.id, 0, text.index(" reviewed"))
        title = next(i.title for i in w.incidents() if i.id == iid)
        bottom = section(export(w, "md", today=TODAY), "Bottom line")
    finally:
        w.close()
    assert title.startswith("Incident: The committee") and title.endswith("…")
    shown = title.removeprefix("Incident: ")
    assert f"new incident: “{shown}”" in bottom, bottom
    assert "incident: incident" not in bottom.lower() and "the committee" not in bottom
    assert not shown[:-1].endswith((" ", "northe")) and (shown[:-1] + " ") in text  # cut after a whole word


def test_since_last_brief_clips_a_long_title_at_a_word():
    from annotate.brief import what_changed

    long = "Drone debris found near a grain terminal on the Danube after an overnight attack on the port"
    (line,) = what_changed({"sources": [], "incidents": {}, "actors": {}},
                           {"sources": [], "incidents": {"i1": "Incident: " + long}, "actors": {}})
    inner = line.split("“", 1)[1].rstrip("”")
    assert line.startswith("new incident: “Drone debris") and inner.endswith("…") and len(inner) <= 61
    assert long.startswith(inner[:-1]) and long[len(inner) - 1] == " "


def test_the_bottom_line_says_what_each_incident_count_counts():
    from annotate.brief import SourceRef
    from annotate.models import Source

    refs = [SourceRef(n, Source(id=f"s{n}", name=f"s{n}.txt", text="x")) for n in (1, 2, 3)]
    rows = [IncidentRow(_incident("drones", "Poland"), refs), IncidentRow(_incident("missiles", "Ukraine"), refs[:1])]
    bottom = draft_bottom_line(rows, [], [])
    assert "drones in Poland (1 incident, 3 sources)" in bottom
    assert "missiles in Ukraine (1 incident, 1 source)" in bottom and "(1)" not in bottom


def test_a_date_filter_that_leaves_no_stances_says_so_and_leaves_out_the_undated(ws):
    from annotate.brief import BriefFilter

    tag(ws, "pakistan.txt", "respond at a time", "threatening")
    tag(ws, "rubio.txt", "ceasefire must hold", "cautious")  # undated
    md = export(ws, "md", today=TODAY, flt=BriefFilter(date_from="2025-09-01", date_to="2025-09-30"))
    bottom = section(md, "Bottom line")
    assert "No stances tagged in the filter's range (2 tags outside it)." in bottom and "yet" not in bottom, bottom
    scope = md.splitlines()[2]
    assert "0 sources" in scope and "1 undated source left out by the date filter" in scope, scope
    assert "rubio.txt" not in section(md, "Sources")

    may = export(ws, "md", today=TODAY, flt=BriefFilter(date_from="2025-05-01", date_to="2025-05-31"))
    scope = may.splitlines()[2]
    assert "2 sources, published 2025-05-07 to 2025-05-10 (1 undated source left out by the date filter)" in scope, scope
    assert "Rubio" not in section(may, "Actors") and "rubio.txt" not in section(may, "Sources")
    assert "left out" not in export(ws, "md", today=TODAY).splitlines()[2]  # no date filter: all kept


def test_the_bottom_line_lists_the_parties_who_took_a_stance_before_the_neutral_ones():
    neutral = [_actor(f"Reporter {k}", "", {"neutral": 1}) for k in range(3)]
    hawk = _actor("Tomas Reyes", "Chile", {"hawkish": 3})
    threat = _actor("Irma Kuusk", "Estonia", {"threatening": 1})
    bottom = draft_bottom_line([], neutral + [threat, hawk], [])
    assert bottom.index("Hawkish: Tomas Reyes") < bottom.index("Threatening: Irma Kuusk") < bottom.index("Neutral or non-committal:"), bottom


@pytest.mark.parametrize("labels, sentence", [
    (["neutral"] * 4 + ["hawkish"] * 3 + ["denial"] * 2,
     "The largest non-neutral group of tagged actors is hawkish (3 of 9; 4 neutral)."),
    (["neutral"] * 2 + ["hawkish", "threatening"], "4 tagged actors: 2 neutral, 1 hawkish and 1 threatening."),
    (["neutral"] * 3 + ["hawkish"] * 2 + ["threatening"] * 2 + ["denial"],
     "Hawkish and threatening are the largest non-neutral groups (2 each of 8 tagged actors; 3 neutral)."),
    (["neutral"] * 3 + ["hawkish"], "Most tagged actors are neutral (3 of 4)."),  # a majority is itself the news
    (["neutral"] * 2, "All 2 tagged actors are neutral."),
])
def test_a_largest_neutral_group_gives_way_to_the_largest_stance(labels, sentence):
    from annotate.brief import label_share

    assert label_share([_actor(f"Person {k}", "", {label: 1}) for k, label in enumerate(labels)]) == sentence


def test_one_analysts_two_labels_in_one_source_stay_mixed_when_another_source_agrees(tmp_path):
    """One analyst: hawkish in one article, hawkish and threatening on two statements of a second:
    mixed within one source, not contested, no change between sources, and no percentage of
    'agreement' made of one analyst's two labels."""
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([
            make_source("“We will defend every village,” Defence Minister Arvo Kallas said on Monday.\n",
                        "first.txt", meta=Meta(title="Kallas defends", published="2025-03-03")),
            make_source("“We will defend every hill,” Defence Minister Arvo Kallas said on Friday. "
                        "“Anyone who crosses will be destroyed,” Kallas added.\n",
                        "second.txt", meta=Meta(title="Kallas warns", published="2025-03-07")),
        ])
        w.analyze()
        tag(w, "first.txt", "every village", "hawkish")
        tag(w, "second.txt", "every hill", "hawkish")
        tag(w, "second.txt", "will be destroyed", "threatening")
        brief = build_brief(w, today=TODAY)
        md = export(w, "md", today=TODAY)
    finally:
        w.close()
    (kallas,) = [a for a in brief.actors if "Kallas" in a.name]
    assert kallas.split and not kallas.contested
    assert [(d.between, d.where.source.name, sorted(d.detail)) for d in brief.disagreements] == [
        ("within", "second.txt", [("hawkish", 1), ("threatening", 1)])]  # listed as mixed there, not as changed
    assert "Mixed: Arvo Kallas" in section(md, "Bottom line")
    row = next(line for line in section(md, "Actors").splitlines() if "Arvo Kallas" in line)
    assert "(mixed:" in row and "contested" not in row and "agree" not in row, row


@pytest.mark.parametrize("first, last, shown", [
    ("2025-09-09", "2025-09-10", "9–10 Sep 2025"), ("2025-09-30", "2025-10-02", "30 Sep–2 Oct 2025"),
    ("2024-12-30", "2025-01-02", "30 Dec 2024–2 Jan 2025"), ("2025-09-09", "", "2025-09-09"), ("", "", ""),
    ("2024-02-01", "2024-02-29", "Feb 2024"), ("2025-09-01", "2025-09-30", "Sep 2025"),  # a whole month is the month
    ("2025-09-01", "2025-09-29", "1–29 Sep 2025"), ("2025-09-01", "2025-10-31", "1 Sep–31 Oct 2025"),  # not one whole month
])
def test_a_range_of_days_is_written_out_once(first, last, shown):
    from annotate.brief import date_span

    assert date_span(first, last) == shown


def test_the_exported_brief_shows_an_incident_s_range_of_days_not_its_first_day(ws):
    s = src(ws, "pakistan.txt")
    words = "strikes hit empty buildings"
    at = s.text.index(words)
    iid = ws.create_incident(s.id, at, at + len(words), title="Strike near the border")
    ws.set_incident_date(iid, "2025-05-06/2025-05-07")
    rows = [ln for ln in section(export(ws, "md", today=TODAY), "Incidents").splitlines() if "Strike near the border" in ln]
    assert rows and rows[0].startswith("| 6–7 May 2025 |"), rows


def test_disagreements_are_one_list_and_sources_are_numbered_in_the_library_s_order(tmp_path):
    """A mixed item (one analyst, two statements of one source) is listed apart from the
    disagreements, under "Not disagreements", each list with no blank line inside; the brief numbers its sources as the library
    lists them (by file name), whichever is cited first."""
    w = open_workspace(tmp_path / "ws.json", seed=False, annotator="ana")
    try:
        w.add_sources([
            make_source("“We will answer any provocation,” Defence Minister Arno Pell said. “We also want talks,” Pell said.\n",
                        "b_pell.txt", meta=Meta(title="Pell answers", published="2025-04-02")),
            make_source("“The river crossing stays open,” Governor Mira Lund said on Monday.\n",
                        "a_lund.txt", meta=Meta(title="Lund on the crossing", published="2025-04-01")),
            make_source("“The river crossing is closed to all traffic,” Governor Mira Lund said on Friday.\n",
                        "c_lund.txt", meta=Meta(title="Lund closes it", published="2025-04-05")),
        ])
        w.analyze()
        tag(w, "b_pell.txt", "any provocation", "threatening")  # cited first
        tag(w, "b_pell.txt", "want talks", "cautious")
        tag(w, "a_lund.txt", "stays open", "cautious")
        tag(w, "c_lund.txt", "closed to all", "hawkish")
        md = export(w, "md", today=TODAY)
        names = [s.name for s in w.sources()]
    finally:
        w.close()
    # the disagreements, then, apart, the mixed readings that are none (each one list, no blank line inside)
    real, mixed = section(md, "Disagreements").strip().split("\n\nNot disagreements: ")
    assert [line.split(":")[0] for line in real.split("\n")] == ["- Mira Lund"], real
    head, items = mixed.split("\n\n")
    assert head.endswith("(a mixed stance):") and [line.split(":")[0] for line in items.split("\n")] == ["- Arno Pell"], mixed
    listed = [line for line in section(md, "Sources").strip().split("\n") if line]
    assert [line.split("File ")[-1].rstrip(".").replace("\\_", "_") for line in listed] == names
    assert "Contested" not in section(md, "Bottom line")  # one analyst: mixed, never contested


def test_a_neutral_party_is_never_among_the_firmest_positions():
    """A new user's brief named a reporter "(neutral)" among its "Firmest positions": a neutral
    stance, however well attested, is no position; the parties that took one are named."""
    from annotate.brief import draft_key_judgments

    firm = _actor("Ana Ruiz", "Chile", {"hawkish": 3})
    reporter = _actor("Tom Hale", "", {"neutral": 4})
    text = " ".join(draft_key_judgments([], [firm, reporter], []))
    assert "Firmest positions: Ana Ruiz (hawkish)." in text, text
    assert "Tom Hale (neutral)" not in text
    assert "Firmest positions" not in " ".join(draft_key_judgments([], [reporter], []))
