"""Incidents of shapes seen missed or doubled on texts the rules were not written on: a new
weapon's first use in a strike told as a "test", and datelines alone on their line. Every
sentence here is invented."""

from __future__ import annotations

from annotate.analysis import analyze_sources
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source


def mentions(text: str, published: str | None = "2025-03-05"):
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=published))
    return analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents


def kinds(text: str, published: str | None = "2025-03-05") -> set[tuple[str, str]]:
    return {(m.kind, m.country) for m in mentions(text, published)}


# --- a weapon used in a strike is no test -----------------------------------------------------------

def test_a_weapon_tested_to_strike_a_target_is_the_strike_not_a_test():
    found = kinds("Iran's president said Tehran tested its new hypersonic missile Fattah-9 to strike an airbase in the Iraqi city of Erbil.")
    assert not any(k == "weapons_test" for k, _ in found)
    assert any(c == "Iraq" for _, c in found)


def test_combat_tests_of_a_weapon_are_no_test():
    found = kinds("Iran had conducted combat tests of the Fattah-9 hypersonic missile system in response to the attacks.")
    assert not any(k == "weapons_test" for k, _ in found)


def test_a_missile_launched_in_the_attack_and_the_strike_referred_to_are_the_attack():
    text = ("Iran announces hypersonic missile strike on Iraqi airbase\n\n"
            "Iran's president announced on Friday that Iran targeted an airbase in the Iraqi city of Erbil with a new hypersonic missile.\n\n"
            "Initially, Iraq's army said Tehran had launched an intercontinental ballistic missile in the attack, a claim echoed by Iraq's prime minister.\n\n"
            "In a televised address, the president said the strike was carried out using a new hypersonic missile called Fattah-9.\n\n"
            "The attack hit a factory of Iraq's state-owned drone maker in Erbil.")
    found = kinds(text)
    assert not any(k == "weapons_test" for k, _ in found)
    assert all(c == "Iraq" for _, c in found)


def test_plain_tests_stay_tests():
    assert ("weapons_test", "North Korea") in kinds("North Korea test-fired a new hypersonic missile into the sea off its east coast on Tuesday.")
    assert ("weapons_test", "Pakistan") in kinds("Pakistan tested a nuclear-capable ballistic missile on Monday, the army said.")


# --- a dateline alone on its line ---------------------------------------------------------------------

def test_a_dateline_alone_on_its_line_gives_the_day_reported():
    from annotate.nlp.events import report_day

    assert report_day("", "Five hurt as crowd clashes with police\nLusaka, March 3\nPolice fired tear gas on Tuesday.") == "--03-03"
    assert report_day("", "Five hurt\nLusaka, March 3, 2024\nPolice fired tear gas on Tuesday.") == "2024-03-03"
    assert report_day("", "Five hurt\nBy Jane Doe\nPolice fired tear gas in Lusaka on Tuesday.") == ""


def test_an_undated_article_under_a_dateline_alone_dates_its_incidents_by_it():
    from annotate.derive import derive

    gaz = load_gazetteer()
    text = ("Three dead as protesters storm Zambian parliament\nLusaka, March 3\n"
            "Police opened fire on protesters trying to storm Zambia's parliament on Tuesday, killing three people.\n")
    src = make_source(text, "z.txt", meta=Meta(published=None))
    incs = derive([src], analyze_sources([src], gazetteer=gaz), gaz).incidents
    assert incs and all(i.date == "--03-03" for i in incs if i.country == "Zambia")


# --- arrests that follow the events the article places ---------------------------------------------

_ATTACK = "Gunmen attacked an army post in northern Ecuador on Tuesday, killing two soldiers. "


def test_an_arrest_told_after_an_attack_is_placed_where_the_attack_was():
    assert ("arrest_or_expulsion", "Ecuador") in kinds(_ATTACK + '"Several gunmen were killed and one of them was arrested," the army said.')
    assert ("arrest_or_expulsion", "Ecuador") in kinds(_ATTACK + "The minister said that in addition to Ortiz, former army Gen. Luis Vera was taken into custody.")
    assert ("arrest_or_expulsion", "Ecuador") in kinds(_ATTACK + "Police arrested a man acting suspiciously near the post.")


def test_no_arrest_is_placed_by_the_article_alone_when_recaptured_hoped_for_or_told_far_away():
    assert ("arrest_or_expulsion", "Ecuador") not in kinds(_ATTACK + "Twelve inmates have been recaptured.")
    assert ("arrest_or_expulsion", "Ecuador") not in kinds(_ATTACK + "The army is working with the police to ensure the attackers are arrested.")
    far = " ".join(f"The post had stood there for {n} years." for n in ("two", "three", "four", "five", "six"))
    assert ("arrest_or_expulsion", "Ecuador") not in kinds(_ATTACK + far + " Police arrested a man acting suspiciously near the post.")


# --- an undated lead before an event recalled weeks before ---------------------------------------------

def test_an_undated_lead_before_a_month_old_event_is_the_news_of_the_days_before_publication():
    from annotate.incidents import cluster_incidents
    from annotate.models import IncidentMention

    lead = IncidentMention(0, 50, "Togo", "armed_clash", "", "", "", "")  # "Twelve soldiers were killed near the border."
    recalled = IncidentMention(60, 120, "Togo", "armed_clash", "", "2025-02-01", "last month", "2025-02-28")  # "Last month, gunmen killed three."
    incs = cluster_incidents({"a": [lead, recalled]}, published={"a": "2025-03-10"})
    assert sorted(i.date for i in incs) == ["2025-02-01", "2025-03-10"]
    # (an event dated in the days before publication still takes the lead)
    recent = IncidentMention(60, 120, "Togo", "armed_clash", "", "2025-03-18", "Tuesday")
    assert [i.date for i in cluster_incidents({"a": [lead, recent]}, published={"a": "2025-03-20"})] == ["2025-03-18"]


# --- "the cyber incident": the event of the kind its words name ------------------------------------------

def test_a_referring_noun_with_a_kind_refers_to_the_last_event_of_that_kind():
    text = ("Hackers hit the check-in systems of Lisbon airport with ransomware on Friday. Portuguese police arrested a man on Tuesday. "
            "The police said it had opened its investigation after the cyber incident was reported last Friday.")
    last = mentions(text)[-1]
    assert last.kind == "cyberattack" and last.trigger == "incident"
    # (a bare "the incident" is still the event told last)
    text = text.replace("the cyber incident", "the incident")
    assert mentions(text)[-1].kind == "arrest_or_expulsion"
