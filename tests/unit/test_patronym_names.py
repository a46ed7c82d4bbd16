"""A family name written with its patronym word ("Ould Bakar") after the full name ("Sidi Mohamed
Ould Bakar") in the same article is that person. Invented sentences, the real spaCy model."""

from __future__ import annotations

from .test_attribution import analyse


def test_a_family_name_with_its_patronym_word_is_the_person_named_in_full():
    srcs, d = analyse("Rebels vow to fight on\n\n\"Fighting is continuing,\" senior rebel official Sidi Mohamed Ould Bakar "
                      "told AFP. The ceasefire is a \"thing of the past\", added Ould Bakar, who serves as foreign minister "
                      "of the rebel government.\n")
    people = [a.name for a in d.actors.actors.values() if a.kind == "person"]
    assert people == ["Sidi Mohamed Ould Bakar"]
    speakers = {d.actors.get(q.actor_id).name for q in d.analyses[srcs[0].id].quotes if q.actor_id}
    assert speakers == {"Sidi Mohamed Ould Bakar"}


def test_the_short_form_quoted_before_the_full_name_is_still_that_person():
    srcs, d = analyse("Rebels vow to fight on\n\n\"The war only started because of the army,\" said Ould Bakar, who is "
                      "foreign minister of the rebel government. Earlier, senior rebel official Sidi Mohamed Ould Bakar "
                      "said on Monday that \"the end of the war is linked to the end of the occupation\".\n")
    people = {a.name for a in d.actors.actors.values() if a.kind == "person"}
    assert "Ould Bakar" not in people and "Sidi Mohamed Ould Bakar" in people
