"""Towns an article describes by their nation, for the local officials named by them. Invented
sentences, the real spaCy model."""

from __future__ import annotations

from annotate.described_towns import described_towns
from annotate.gazetteer import load_gazetteer

from .test_attribution import actor, analyse


def test_towns_described_by_a_nation_word():
    gaz = load_gazetteer()
    t = "Hundreds crossed into Aguas Verdes, a Peruvian border town, on Monday. Later they reached the Chilean port of Punta Sal."
    assert described_towns(t, gaz) == {"Aguas Verdes": "Peru", "Punta Sal": "Chile"}
    t = "Aguas Verdes, a Peruvian border town, and Aguas Verdes, a Bolivian border town, were named."
    assert described_towns(t, gaz) == {}  # two nations for one name: neither


def test_the_mayor_of_a_town_across_the_border_is_of_that_towns_country():
    text = (
        "Refugees cross into Peru\n\n"
        "LA PAZ (Reuters) - Hundreds of Bolivians crossed into Aguas Verdes, a Peruvian border town, on Monday "
        "to escape the fighting, officials said. Bolivian police closed roads near Desaguadero.\n"
        "Aguas Verdes mayor Oscar Vela said the town could not cope. Bolivia's interior ministry said the border "
        "would reopen.\n"
    )
    _, d = analyse(text)
    a = actor(d, "Oscar Vela")
    assert a is not None and a.affiliation == "Aguas Verdes, Peru"
