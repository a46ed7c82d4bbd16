"""A generated large text for the tests of long analyses: invented paragraphs (quotes,
speakers, places, an event) repeated, each numbered so that no two are the same."""

from __future__ import annotations

PARAGRAPHS = (
    'The defence minister of Vardo said on {day} that the army "will answer any incursion with force" after '
    "drones crossed the border near Kessel.",
    'Officials in Marran denied the claim. "We have sent no aircraft over the line," a spokesman for the foreign '
    "ministry told reporters in the capital.",
    "Residents of the border town described hearing explosions overnight, and local police said two warehouses "
    "had been damaged in the strike.",
    "The United Nations called for restraint from both sides and urged talks to resume within the week, according "
    "to a statement from its envoy.",
)
DAYS = ("Monday", "Tuesday", "Friday")


def large_text(chars: int, country: str = "Vardo") -> str:
    """At least ``chars`` characters of news-like prose in paragraphs (``country`` names the
    side that threatens, so that two texts can differ)."""
    out: list[str] = []
    size = i = 0
    while size < chars:
        p = PARAGRAPHS[i % len(PARAGRAPHS)].format(day=DAYS[i % len(DAYS)]).replace("Vardo", country) + f" (Report {i}.)"
        out.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(out) + "\n"
