"""A crowd's violence told with a battle's words: "clashes erupted outside the parliament as police
fired rubber bullets to control the protests", "police opened fire after tear gas failed to
disperse the crowds", "supporters of the jailed leader stormed the army headquarters". ACLED counts
these as protests or riots (and events.toml's armed-clash entries exclude crowd words next to
their trigger), but the crowd is often named farther off in the sentence than the trigger's own
phrase. ``crowd_retyped`` turns such armed-clash mentions into protests.

A mention is a crowd's when its sentence names a crowd or a protest (protesters, demonstrators,
rioters, crowds, protests, a riot; not in what it came after: "since the protests") or the trigger's subject is a leader's supporters, students or
youths, and the sentence names no armed side that is no state force (militants, rebels, gunmen,
gangs, a militia, inmates fighting in a prison riot), and the trigger's subject is no army (troops, soldiers, a junta: a coup amid
crowds stays a battle for the seat of power). Police are no such army: they are who faces crowds.
"""

from __future__ import annotations

from dataclasses import replace

CROWD = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "protest", "demonstration", "riot", "mob", "marcher"})
CROWD_SUBJECTS = CROWD | {"supporter", "student", "youth", "activist"}
ARMED_SIDES = frozenset({"militant", "rebel", "insurgent", "gunman", "gunmen", "jihadist", "terrorist", "gang", "bandit", "fighter",
                         "militia", "militiaman", "militiamen", "guerrilla", "separatist", "mutineer", "putschist", "smuggler",
                         "cartel", "pirate", "extremist",
                         # (inmates fighting each other in a prison riot: a clash between armed gangs)
                         "inmate", "prisoner", "convict"})
ARMIES = frozenset({"troop", "soldier", "army", "military", "junta", "commando", "paratrooper", "tank", "marine", "guard"})
POWER_WORDS = frozenset({"seize", "seized", "seizure", "take", "took", "taken", "grab", "grabbed", "coup", "putsch", "mutiny",
                         "takeover"})


def _subject(tok):
    """The head word of who did ``tok`` (its subject, or the "by" agent of a passive), None when none."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def is_crowd_violence(sent, trigger_text: str) -> bool:
    """True when the armed-clash trigger ``trigger_text`` of the spaCy span ``sent`` tells a crowd's
    violence (see the module docstring)."""
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if lemmas & ARMED_SIDES:
        return False
    trig = next((t for t in sent if t.text == trigger_text), None)
    if trig is None or trig.lower_ in POWER_WORDS or trig.lemma_.lower() in POWER_WORDS:
        return False
    subj = _subject(trig)
    if subj is not None and subj.lemma_.lower() in ARMIES:
        return False
    if subj is not None and subj.lemma_.lower() in CROWD_SUBJECTS:
        return True
    return any((t.lemma_.lower() in CROWD or t.lower_ in CROWD) and not _before_the_news(t) for t in sent)


def _before_the_news(tok) -> bool:
    """True when the crowd word ``tok`` is in what the event came after ("attacks have spiked since
    the coup, following widespread protests"): older events, not the crowd of this one."""
    for a in list(tok.ancestors)[:3]:
        if a.dep_ == "prep" and a.lower_ in ("following", "after", "since", "before"):
            return True
    return False


def crowd_retyped(mentions: list, doc) -> list:
    """``mentions`` (IncidentMention of ``doc``) with the armed-clash mentions of a crowd's violence
    made protests; one the sentence already tells as a protest in that country is dropped; an
    armed clash of the same country and place in a sentence naming no side ("Clashes in X", a
    headline) is the same crowd's."""
    out = []
    protests = {(m.start, m.country) for m in mentions if m.kind == "protest"}
    crowd_places: set[tuple[str, str]] = set()  # (country, place) of the crowd clashes retyped here
    for m in mentions:
        if m.kind == "armed_clash":
            sent = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sent is not None and is_crowd_violence(sent, m.trigger):
                if (m.start, m.country) in protests:
                    continue
                m = replace(m, kind="protest")
                protests.add((m.start, m.country))
                crowd_places.add((m.country, m.place.lower()))
        out.append(m)
    # The same event named by a bare battle word elsewhere in the article ("Clashes in Karachi"
    # over "Rioters clashed with police in Karachi"): a clash of the same place whose sentence
    # names no side at all is the crowd's too, not a second event of another type.
    for i, m in enumerate(out):
        if m.kind == "armed_clash" and (m.country, m.place.lower()) in crowd_places:
            sent = doc.char_span(m.start, m.end, alignment_mode="expand")
            words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent} if sent is not None else {"?"}
            if sent is not None and not words & (ARMED_SIDES | ARMIES) and (m.start, m.country) not in protests:
                out[i] = replace(m, kind="protest")
    return out
