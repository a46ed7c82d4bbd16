"""Independent sources: a wire report reprinted and rewritten by several outlets is one
origin, whatever its wording became; so are two reports of one outlet. Invented texts."""

from __future__ import annotations

from annotate.datelines import wire_credit
from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace


def test_the_agency_a_header_credits_is_one_name_per_agency():
    assert wire_credit("Ferry sinks\n\nOSLO, Oct 3 (Reuters) - A ferry sank.\n") == "reuters"
    assert wire_credit("Ferry sinks\n\nLisbon, Oct 3 (Associated Press) — A ferry sank.\n") == "ap"
    assert wire_credit("Ferry sinks\n\nAFP\n3 October 2024\n\nA ferry sank.\n") == "afp"
    assert wire_credit("Ferry sinks\n\nNAIROBI, (East Wire) – A ferry sank.\n") == ""  # a credit, but no agency
    assert wire_credit("Ferry sinks\n\nA ferry sank, Reuters reported.\n") == ""  # a sentence, not a credit


def test_an_incident_reported_by_two_outlets_reprinting_one_agency_counts_one_independent_source(tmp_path):
    wire = ("Drones cross into Valdorian airspace\n\nVELGRAD, Sept 10 (Reuters) - Two drones crossed into Finnish "
            "airspace near Imatra on Wednesday, the border guard said. {}\n")
    texts = {
        "harbour.txt": (wire.format("Officials said they were investigating the incident."), "Harbour Times"),
        "valley.txt": (wire.format("The government summoned the ambassador on Thursday to protest at the flight, "
                                   "and opposition lawmakers demanded an inquiry into the air defences."), "Valley Gazette"),
        "own.txt": ("Border guard reports drones\n\nTwo drones crossed into Finnish airspace near Imatra on Wednesday, "
                    "the border guard told our reporter at the scene. Residents said they heard engines.\n", "North Ledger"),
    }
    ws = open_workspace(tmp_path / "w.json", seed=False)
    ws.add_sources([make_source(t, name, meta=Meta(published="2025-09-11", outlet=outlet)) for name, (t, outlet) in texts.items()])
    ws.analyze()
    inc = next(i for i in ws.incidents() if i.country == "Finland")
    assert len(inc.evidence) == 3 and inc.independent == 2
    ws.close()
