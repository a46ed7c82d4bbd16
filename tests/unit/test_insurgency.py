"""An armed group is of the country of the insurgency the text says it wages ("X has waged an
insurgency in Peru"), even in a story that happens abroad (strikes on its camps across a border);
a war "against Israel" or "in Syria" says nothing of the group's own country."""

from __future__ import annotations

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.insurgency import insurgency_country

from .test_attribution import analyse


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("The Sendero Rojo, listed as a terrorist group by the United States and Peru, has waged a four-decade "
         "insurgency in Peru’s southern highlands.", "Sendero Rojo", "Peru"),
        ("The Kelani Front, which has waged an insurgency in northeast Nigeria since 2009, said nothing.", "Kelani Front", "Nigeria"),
        ("The Frente Sur has fought a guerrilla war against the Colombian state since 1964.", "Frente Sur", "Colombia"),
        ("The Movement of the Hills (MH) has led an armed rebellion against the government of Uganda.", "(MH)", "Uganda"),
        # a war abroad, or against another state, names no country of the group's own
        ("The Qarin Brigade has waged war against Israel for decades.", "Qarin Brigade", ""),
        ("The Qarin Brigade has waged an insurgency against Israel.", "Qarin Brigade", ""),
        # another subject's campaign
        ("Soldiers killed 12 Qarin Brigade fighters; Turkey has waged an armed campaign in northern Iraq.", "Qarin Brigade", ""),
        ("The Qarin Brigade fought in Syria. It has waged an insurgency in Iraq.", "Qarin Brigade", ""),
    ],
)
def test_insurgency_country(sentence, name, country):
    assert insurgency_country(sentence, sentence.index(name) + len(name), load_gazetteer()) == country


def test_a_group_struck_abroad_is_of_its_insurgencys_country():
    home = ("Kenyan jets killed 11 militants of the outlawed Ogaden Liberation Front (OLF) in air strikes in southern "
            "Somalia, the defence ministry said on Tuesday.\n\nKenya regularly strikes OLF targets in neighbouring "
            "Somalia.\n\nThe OLF, considered a terrorist group by Kenya and the European Union, has waged a "
            "two-decade insurgency in Kenya’s northeast.\n")
    abroad = "Three OLF members were killed in an air strike in Somalia’s Gedo region, the Kenyan defence ministry said on Friday.\n"
    _srcs, d = analyse(home, abroad)
    olf = d.actors.get(d.actors.resolve("OLF"))
    assert olf is not None and olf.affiliation.split(", ")[-1] == "Kenya"
