"""One actor per real-world entity however the texts spell it (issue nu8): affiliations follow
the analyst's merges and renames; numbered units are organisations; transliterated names, an
acronym's spellings and British/American spellings join; a UN mission is the UN's; headline
words that start with an event noun are no actor or place. Invented sentences about other
conflicts."""

from __future__ import annotations

from annotate.actors import ActorIndex, with_edits
from annotate.models import Actor


def _index(*actors: Actor) -> ActorIndex:
    return ActorIndex(actors={a.id: a for a in actors})


def test_an_affiliation_naming_a_merged_actor_shows_the_name_it_was_merged_into():
    base = _index(Actor("rapid-guard-authority", "Rapid Guard Authority", "organization", "Chad"),
                  Actor("rapid-guard-apparatus", "Rapid Guard Apparatus", "organization", ""),
                  Actor("idriss-mahamat", "Idriss Mahamat", "person", "Rapid Guard Apparatus"),
                  Actor("ali-toko", "Ali Toko", "person", "Rapid Guard Apparatus, Chad"))
    after = with_edits(base, [{"op": "merge", "actor_id": "rapid-guard-apparatus", "into": "rapid-guard-authority"}])
    assert after.actors["idriss-mahamat"].affiliation == "Rapid Guard Authority"
    assert after.actors["ali-toko"].affiliation == "Rapid Guard Authority, Chad"
    assert base.actors["idriss-mahamat"].affiliation == "Rapid Guard Apparatus"  # the base is left as it was


def test_an_affiliation_naming_a_renamed_actor_shows_its_new_name():
    base = _index(Actor("the-kivu-watch", "The Kivu Watch", "organization", ""),
                  Actor("amani-baraka", "Amani Baraka", "person", "The Kivu Watch"),
                  Actor("kivu-town", "Bukavu council", "government", "Kivu Watchers"))
    after = with_edits(base, [{"op": "rename", "actor_id": "the-kivu-watch", "name": "Kivu Watch"}])
    assert after.actors["amani-baraka"].affiliation == "Kivu Watch"
    assert after.actors["kivu-town"].affiliation == "Kivu Watchers"  # another name, even if alike
