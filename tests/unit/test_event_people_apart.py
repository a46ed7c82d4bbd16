"""An arrest or an expulsion told of people "in addition to" (or "besides", "apart from") a person
named first is another arrest than that person's: an incident of its own, as an "another" event.
Every sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.incidents import cluster_incidents
from annotate.ingest import Meta, make_source
from annotate.models import IncidentMention

_LEAD = "Police in Ghana arrested the former mayor of Kumasi, Kofi Osei, on Monday after the election riots.\n"


def mentions(text: str, published: str = "") -> list[IncidentMention]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def _arrests(text: str) -> list[IncidentMention]:
    return [m for m in mentions(text) if m.kind == "arrest_or_expulsion"]


def test_people_taken_besides_a_named_person_are_another_arrest():
    got = _arrests(_LEAD + "The interior minister said that in addition to Osei, former police chief Kwame Mensah was taken into custody.")
    assert [m.another for m in got] == [False, True]
    assert len([i for i in cluster_incidents({"a": got}) if i.kind == "arrest_or_expulsion"]) == 2
    got = _arrests(_LEAD + "Besides Osei, two army colonels were arrested, the minister said.")
    assert [m.another for m in got] == [False, True]


def test_other_things_besides_or_the_same_person_again_are_the_one_arrest():
    got = _arrests(_LEAD + "In addition to the riots, Osei was charged with fraud.")
    assert not any(m.another for m in got)
    got = _arrests(_LEAD + "Osei was detained at his home in Accra, the minister said.")
    assert not any(m.another for m in got)


def test_another_of_the_people_told_recaptured_is_another_arrest():
    lead = "Former junta leader Amadou Sanogo was recaptured in Bamako, Mali on Saturday, hours after a jailbreak.\n"
    got = _arrests(lead + "The justice minister said Colonel Idrissa Keita -- another of the men taken from prison -- had since been \"recaptured\".")
    # (a passive the parser reads with a plain subject, "had since been recaptured", is still done to it)
    assert [m.another for m in got] == [False, True]
