"""A sentence that only states background (history, geography, population, a state of affairs
long before the news) gets no stance suggestion; what the actor does or says in the news time
still does. Invented sentences, names and places."""

from __future__ import annotations

import pytest

from annotate.nlp.background import is_background

from .test_attribution import analyse


@pytest.mark.parametrize("clause", [
    "The Kesh Union has run the port of Nouvia since the 1850s.",
    "Ostrava has governed the islands since 1853.",
    "The Orlen brigades have held the valley for decades.",
    "The territory lies 1,500 km east of Castoria.",
    "The archipelago is located off the coast of Tarvia.",
    "The Tolm people make up 40% of the population.",
    "About 270,000 people live in Veloria.",
    "The Kesh Union had sent troops there in 1988.",
    "In 1853, Ostrava annexed the islands.",
    "Ostrava had long opposed independence for the islands.",
])
def test_history_geography_and_population_are_background(clause):
    assert is_background(clause, 2030)


@pytest.mark.parametrize("clause", [
    "The Kesh Union sent 500 police to the port on Tuesday.",
    "Ostrava, which has governed the islands since 1853, sent 1,000 police.",
    "The militia has fired rockets since Monday.",
    "The army reinforced its borders.",
    "A number of residents fled the town of Nouvia.",
    "The Orlen brigades have held the valley since 2029.",
    "Ostrava has ruled the islands since the 1850s, and now it sends troops.",
])
def test_acts_in_the_news_time_are_not_background(clause):
    assert not is_background(clause, 2030)


def test_what_the_actor_says_about_history_is_never_background():
    assert not is_background("said Ostrava had ruled the islands since 1853", 2030, "say")


def test_background_sentences_get_no_stance_suggestion_but_the_news_does():
    text = ("Unrest swept the island of Veloria on Tuesday.\n\n"
            "The Kesh Union has run the port of Nouvia since the 1850s.\n\n"
            "The Kesh Union lies 1,500 km east of Castoria.\n\n"
            "The Kesh Union had sent troops there in 1988.\n\n"
            "The Kesh Union sent 500 police to the port on Tuesday.\n")
    (src,), d = analyse(text)
    aid = d.actors.resolve("Kesh Union")
    assert aid is not None
    background = [text.index(s) for s in ("The Kesh Union has run", "The Kesh Union lies", "The Kesh Union had sent")]
    for g in d.suggestions(src.id):
        assert not any(b <= g.start < text.index("\n", b) for b in background), (g, text[g.start:g.end])
    mine = [g for g in d.suggestions(src.id) if g.actor_id == aid]
    assert mine and text[mine[0].start : mine[0].end].startswith("sent 500 police"), mine


def test_the_learned_model_reads_no_background_clause():
    from annotate import learning
    from annotate.learning import LearnExample

    from .test_learning import BLUSTER, CONCILIATION, _TrainedLearner

    xs = [LearnExample(f"“{BLUSTER[i % 4]},” General N{i} said.", "hawkish", True, f"s{i}", f"N{i}", "a", f"{i:03}") for i in range(6)]
    xs += [LearnExample(f"“{CONCILIATION[i % 4]},” Minister M{i} said.", "cautious", True, f"s{i}", f"M{i}", "a", f"{i:03}b")
           for i in range(6)]
    text = ("Unrest swept the island of Veloria on Tuesday.\n\n"
            "The Kesh Union has run the port of Nouvia since the 1850s.\n\n"
            "The Kesh Union lies 1,500 km east of Castoria.\n")
    (src,), d = analyse(text)
    aid = d.actors.resolve("Kesh Union")
    # The analyst tagged the Kesh Union hawkish elsewhere: still nothing to suggest from background.
    tags = [[f"old{k}", aid, "", f"Port news {k}", "hawkish"] for k in range(3)]
    meta = {"counts": True, "check": learning.CHECK_VERSION, "tags": tags, "names": {aid: "Kesh Union"}, "examples": {}}
    found, _ = learning.LearnedModel(_TrainedLearner(xs, meta)).suggest(src, d.analyses[src.id], lambda s, e: d.actors.at(src.id, s, e))
    assert [g for g in found if g.actor_id == aid] == [], found
