"""A generated news article of any length: paragraphs of reported speech with named
speakers, titles, countries and organisations, each paragraph different (numbered), so
that the analysis finds as many quotes and actors per kilobyte as in real news. Invented
text only; used by the edit benchmark and the tests of edits in a big workspace."""

from __future__ import annotations

import random

FIRST = ["Anna", "Marek", "Liis", "Tomas", "Elena", "Jonas", "Sofia", "Pieter", "Ines", "Karl",
         "Maria", "Oskar", "Helga", "Viktor", "Nadia", "Rui", "Agnes", "Lukas", "Mira", "Jan"]
LAST = ["Kowalczyk", "Tamm", "Berzins", "Novak", "Lindqvist", "Horvath", "Dumitru", "Petrov",
        "Vasquez", "Okafor", "Brandt", "Salo", "Moretti", "Keller", "Jansen", "Ferreira",
        "Halvorsen", "Popescu", "Weber", "Marin"]
TITLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "spokesperson", "Ambassador",
          "Interior Minister", "General", "President"]
COUNTRIES = ["Estonia", "Latvia", "Poland", "Finland", "Romania", "Germany", "France", "Norway"]
SAYINGS = [
    "We will not accept any violation of our airspace and we will respond",
    "The drones crossed the border twice before they were shot down",
    "Our allies stand ready to help, and we are grateful for that support",
    "This is a deliberate provocation and it must stop at once",
    "We call on all sides to show restraint and to return to talks",
    "The investigation will take weeks, and we will publish what we find",
    "Nobody was hurt, but the damage to the railway line is serious",
    "We have asked for consultations under Article 4 of the treaty",
]
BACKGROUND = [
    "Officials from several neighbouring states met in the evening to compare radar records.",
    "Air traffic over the region was suspended for three hours while the search went on.",
    "Local residents reported loud bangs and lights in the sky shortly after midnight.",
    "The border guard said patrols along the river would be doubled for the coming month.",
    "Debris from one of the drones was found in a field near a village school.",
    "Parliament is due to debate a new air defence budget before the end of the year.",
    "Analysts said the pattern of flights suggested a test of the alliance's response times.",
    "Rail services resumed in the afternoon after engineers inspected the damaged track.",
]
VERBS = ["said", "told reporters", "said in a statement", "added", "warned"]


def article(n_paragraphs: int, seed: int = 7) -> str:
    """``n_paragraphs`` paragraphs (about 770 characters each, two quotes each) under a
    headline; the same ``seed`` gives the same text."""
    rng = random.Random(seed)
    paras = ["Drones over the border: ministers answer", ""]
    for i in range(n_paragraphs):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        country = rng.choice(COUNTRIES)
        title = rng.choice(TITLES)
        a, b = rng.sample(SAYINGS, 2)
        verb = rng.choice(VERBS)
        paras.append(
            f"On day {i + 1} of the crisis, {country}'s {title} {first} {last} spoke in the capital. "
            f"\u201c{a},\u201d {last} {verb}. "
            f"The ministry of {rng.choice(COUNTRIES)} later issued its own account of incident {i + 1}. "
            f"\u201c{b},\u201d a government spokesperson in {country} said. "
            f"{' '.join(rng.sample(BACKGROUND, 4))}"
        )
        paras.append("")
    return "\n".join(paras)
