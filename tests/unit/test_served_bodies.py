"""A body a named official serves ("chief of staff for the Coastal Guard", "a spokesperson for the
X", "the head of UNMEK", "KLP leader Ana Vos") is an organisation even when the model tags its name
once and the name has no organisation's word; and a name read as a person's name that starts with
a country ("Omani Coastal Guard") is no other state's body of the rest of the name. Invented
sentences, the real spaCy model."""

from __future__ import annotations

from annotate.actors import _OFFICIAL_AFTER, _OFFICIAL_OF_BEFORE, organisation_name
from annotate.gazetteer import load_gazetteer

from .test_attribution import actor, analyse


def test_an_official_before_or_after_a_name_makes_it_an_organisations():
    gaz = load_gazetteer()
    assert _OFFICIAL_OF_BEFORE.search("Major Ilse Varga, chief of staff for ") is not None
    assert _OFFICIAL_OF_BEFORE.search("A spokeswoman for the Omani ") is not None
    assert _OFFICIAL_AFTER.match(" leader Ana Vos said") is not None
    assert _OFFICIAL_AFTER.match(" leaders met") is None
    # once tagged, no organisation's word: a name only by the official who serves it
    assert organisation_name("Coastal Sentinels", gaz, 1, ", said on Monday", before="Varga, chief of staff for the ")
    assert not organisation_name("Coastal Sentinels", gaz, 1, ", said on Monday", before="Varga, who visited the ")
    assert organisation_name("UNMEKAR", gaz, 1, ", denounced the raid", before="Tom Lind, the head of ")
    assert organisation_name("KLP", gaz, 1, " leader Ana Vos called on", before="in the month of May. ")
    # a body's common noun alone is no name ("Army chief General X")
    assert not organisation_name("Army", gaz, 1, " chief General Ola Berg", before="")


def test_a_country_before_a_name_read_as_a_persons_keeps_another_states_body_apart():
    _, d = analyse(
        "Raid on a border post\n\n"
        "Colonel Ama Dossou, chief of staff for the Coastal Guard, said the raid in Cotonou and Porto-Novo "
        "was repelled by Beninese troops.\n",
        "Smugglers arrested\n\n"
        "A spokesperson for the Omani Coastal Guards said 14 smugglers were arrested near Muscat and Salalah.\n",
    )
    benin = actor(d, "Coastal Guard")
    assert benin is not None and benin.kind == "organization" and "Benin" in benin.affiliation
    omani = actor(d, "Omani Coastal Guard")  # named "Guards" in its article
    assert omani is not None and omani is not benin and omani.affiliation == "Oman"


def test_a_name_before_an_armed_bodys_units_or_force_is_an_organisations():
    from annotate.org_context import group_noun_after

    gaz = load_gazetteer()
    assert group_noun_after(" units loyal to the former leader") and group_noun_after(" force and the Lions Brigade")
    assert not group_noun_after(" unity government") and not group_noun_after(" said on Monday")
    assert organisation_name("Crimson Guard", gaz, 1, " units loyal to the ousted president", before="believed to belong to ")
    assert not organisation_name("Crimson Guard", gaz, 1, " said on Monday", before="believed to belong to ")
