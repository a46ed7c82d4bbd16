"""A frame's agent written as an organisation's whole name links to that organisation even when
the model's entity covers only part of the name ("Onslow Water and" of "... Sewer Authority"), so
what the organisation reported counts for its stance. Invented names; the model's cut entity is
reproduced by editing the analysis, since which names the model cuts depends on its version."""

from __future__ import annotations

from dataclasses import replace

from annotate.analysis import analyze_sources
from annotate.derive import derive
from annotate.gazetteer import load_gazetteer
from annotate.ingest import make_source
from annotate.models import Entity, Frame

_TEXT = ("Kestrel Water and Power Cooperative has reported that its billing servers were encrypted on Sunday.\n\n"
         "The Kestrel Water and Power Cooperative said customers could still pay in person. Kestrel Water and "
         "Power Cooperative staff restored the meters by Tuesday.\n")
_NAME = "Kestrel Water and Power Cooperative"


def _derived(text: str, cut: bool):
    gaz = load_gazetteer()
    src = make_source(text, "t0.txt")
    analyses = analyze_sources([src], gazetteer=gaz)
    a = analyses[src.id]
    first = text.index(_NAME)
    later = [i for i in range(first + 1, len(text)) if text.startswith(_NAME, i)]
    ents = [e for e in a.entities if not any(e.start < i + len(_NAME) and e.end > i for i in [first, *later])]
    ents += [Entity(first, first + len("Kestrel Water and"), "ORG", "Kestrel Water and") if cut else Entity(first, first + len(_NAME), "ORG", _NAME),
             *(Entity(i, i + len(_NAME), "ORG", _NAME) for i in later)]
    frames = [f for f in a.frames if f.agent_start != first] + [Frame(first, first + len(_NAME), _NAME, "report", first + len(_NAME) + 1, text.index("\n"))]
    analyses[src.id] = replace(a, entities=sorted(ents, key=lambda e: e.start), frames=frames)
    return src, derive([src], analyses, gaz), first


def test_an_agent_named_whole_links_when_the_entity_is_cut_short():
    src, d, first = _derived(_TEXT, cut=True)
    aid = d.actors.at(src.id, first, first + len(_NAME))
    assert aid is not None and d.actors.get(aid).name == _NAME


def test_an_agent_named_whole_links_as_before_when_the_entity_is_whole():
    src, d, first = _derived(_TEXT, cut=False)
    aid = d.actors.at(src.id, first, first + len(_NAME))
    assert aid is not None and d.actors.get(aid).name == _NAME


def test_a_body_named_without_its_country_is_that_of_the_country_the_article_names():
    from .test_attribution import analyse

    chile = ("Rockets hit the sea off Arica.\n\n“Two rockets landed in the sea off Arica early this morning,” "
             "Chile’s joint chiefs of staff said in a text message to reporters.\n")
    arica = ("Rockets were fired toward Arica in Chile on Wednesday. The Joint Chiefs of Staff said the launch "
             "apparently failed and an analysis is under way.\n")
    florida = ("Boats sank off Florida on Friday. Chairman of the Joint Chiefs of Staff Dan Rowe said the strikes were "
               "lawful. The Joint Chiefs of Staff said three boats were hit.\n")
    srcs, d = analyse(chile, arica, florida)

    def agent_of(src, verb_text):
        text = src.text
        f = next(f for f in d.analyses[src.id].frames if text[f.agent_start:f.agent_end] == "The Joint Chiefs of Staff"
                 and verb_text in text[f.start:f.end])
        return d.actors.get(d.actors.at(src.id, f.agent_start, f.agent_end))

    assert agent_of(srcs[1], "apparently failed").name == "Chilean Joint Chiefs of Staff"
    assert "Chile" not in agent_of(srcs[2], "three boats").affiliation


def _with_frame(texts: list[str], agent: str, verb: str):
    """Analyse ``texts``; in the last but ``len(texts) - 1`` ones, a frame whose agent is ``agent``
    (its first occurrence) and no entity over it: the model found the clause but no name there."""
    gaz = load_gazetteer()
    srcs = [make_source(t, f"t{i}.txt") for i, t in enumerate(texts)]
    analyses = analyze_sources(srcs, gazetteer=gaz)
    spans = {}
    for src in srcs[1:]:
        a = analyses[src.id]
        at = src.text.index(agent)
        ents = [e for e in a.entities if not (e.start < at + len(agent) and e.end > at)]
        frames = [f for f in a.frames if f.agent_start != at] + [Frame(at, at + len(agent), agent, verb, at + len(agent) + 1, src.text.index(".", at))]
        analyses[src.id] = replace(a, entities=ents, frames=frames)
        spans[src.id] = (at, at + len(agent))
    return srcs, derive(srcs, analyses, gaz), spans


def test_an_acronym_another_article_spells_out_is_that_body_where_its_country_is_named():
    defined = ("Fighting flared near Kismayo in Somalia on Monday. The Somali Coastal Defence Corps (SCDC) said its "
               "units had retaken two villages.\n")
    used = ("Clashes continued near Baidoa in Somalia on Tuesday. SCDC has released footage it says shows the "
            "convoy reaching the town.\n")
    elsewhere = ("Floods hit Cusco in Peru on Tuesday. SCDC has released footage it says shows the convoy reaching "
                 "the town.\n")
    srcs, d, spans = _with_frame([defined, used, elsewhere], "SCDC", "release")
    body = d.actors.get(d.actors.resolve("Somali Coastal Defence Corps"))
    assert body is not None and "Somalia" in body.affiliation
    assert d.actors.at(srcs[1].id, *spans[srcs[1].id]) == body.id
    assert d.actors.at(srcs[2].id, *spans[srcs[2].id]) != body.id
