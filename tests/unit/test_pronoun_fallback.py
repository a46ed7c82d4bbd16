""""he wrote" whose antecedent the parse cannot find (the model tagged no person before it) is the
person quoted just before; never one quoted before another speaker, a group, or an unnamed
"a resident"."""

from __future__ import annotations

from types import SimpleNamespace as NS

from annotate.models import Speaker
from annotate.pronoun_fallback import previous_speaker


def _quote(text: str, said: str, speaker: str, kind: str, at: int = 0) -> NS:
    qs = text.index(said, at)
    ss = text.index(speaker, qs + len(said)) if kind == "pronoun" or text.find(speaker, qs) > 0 else text.index(speaker)
    return NS(start=qs, end=qs + len(said), speaker=Speaker(ss, ss + len(speaker), speaker, kind))


TEXT = ("Tomas Ruiz-Varga, a commander of the river militia, spoke by phone.\n"
        "Ruiz-Varga, who posts daily, has called the offensive “a war on farmers”.\n"
        "“The convoy was shelled at the ford,” he wrote on Telegram.\n")


def test_he_with_no_antecedent_is_the_person_quoted_just_before():
    first = _quote(TEXT, "a war on farmers", "Ruiz-Varga", "unnamed")
    first.speaker = Speaker(TEXT.index("Ruiz-Varga, who"), TEXT.index("Ruiz-Varga, who") + 10, "Ruiz-Varga", "unnamed")
    second = _quote(TEXT, "The convoy was shelled at the ford,", "he", "pronoun")
    span = previous_speaker([second, first], second, TEXT)
    assert span is not None and TEXT[span[0] : span[1]] == "Ruiz-Varga"


def test_he_after_an_unnamed_or_plural_speaker_stays_unresolved():
    for who in ("a resident", "Two officials", "Local fishermen"):
        text = f"The shelling lasted all night, {who} said, “a war on farmers”.\n“The convoy was shelled,” he wrote.\n"
        first = _quote(text, "a war on farmers", who, "unnamed")
        first.speaker = Speaker(text.index(who), text.index(who) + len(who), who, "unnamed")
        second = _quote(text, "The convoy was shelled,", "he", "pronoun")
        assert previous_speaker([first, second], second, text) is None


def test_he_far_from_the_last_speaker_or_with_an_antecedent_is_left_to_the_parse():
    gap = " The river rose. Boats were lost at the ford." * 12
    text = f"Ruiz-Varga said it was “a war on farmers”.{gap}\n“The convoy was shelled,” he wrote.\n"
    first = _quote(text, "a war on farmers", "Ruiz-Varga", "named")
    first.speaker = Speaker(0, 10, "Ruiz-Varga", "named")
    second = _quote(text, "The convoy was shelled,", "he", "pronoun")
    assert previous_speaker([first, second], second, text) is None  # beyond the reach
    near = TEXT
    q1 = _quote(near, "a war on farmers", "Ruiz-Varga", "unnamed")
    q1.speaker = Speaker(near.index("Ruiz-Varga, who"), near.index("Ruiz-Varga, who") + 10, "Ruiz-Varga", "unnamed")
    q2 = _quote(near, "The convoy was shelled at the ford,", "he", "pronoun")
    q2.speaker = Speaker(q2.speaker.start, q2.speaker.end, "he", "pronoun", 0, 16)
    assert previous_speaker([q1, q2], q2, near) is None  # the parse found one: not overruled
