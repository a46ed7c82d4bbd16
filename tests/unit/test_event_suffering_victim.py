"""The victim of an attack is the country that suffers it: "Ghana is suffering a cyber attack"
places the attack in Ghana, not in the country the attackers came from (annotate/nlp/events.py
``_sufferer``, the "victim" place rule). Every sentence is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def countries(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published="2025-09-12"))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def test_the_country_suffering_a_cyberattack_is_its_victim():
    got = countries("The tax portal went down for hours after hackers from Belarus flooded it with requests. "
                    "It is the first time that Ghana is suffering a cyber attack of this size, officials said.")
    assert ("cyberattack", "Ghana") in got
    assert ("cyberattack", "Belarus") not in got
