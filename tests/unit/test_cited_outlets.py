"""News outlets a story cites ("told Reuters", "according to Al-Arabiya", "Kenya's state broadcaster
KBC said") are actors of kind organisation with the outlet's country, as analysts label them, but
cited sources: no stance suggestion and no mention span of their own (invented stories)."""

from __future__ import annotations

import pytest

from annotate.cited_outlets import cited_outlets, load_outlets
from annotate.gazetteer import load_gazetteer

from .test_attribution import analyse


def found(text: str, story: str = "Bolivia") -> list[tuple[str, str]]:
    return [(c.name, c.country) for c in cited_outlets(text, load_gazetteer(), story)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire agency of outlets.toml where the text uses it as one: its country from the file
        ("Two border guards were shot near Yacuiba, a police commander told Reuters on Monday.", [("Reuters", "United Kingdom")]),
        ("Bolivian police clashed with smugglers, AFP reported.", [("Agence France-Presse", "France")]),
        ("The raid killed nine, according to Al-Arabiya.", [("Al Arabiya", "Saudi Arabia")]),
        ("the fishermen were released on Tuesday. —IANS", [("IANS", "India")]),
        ("Source: AFP", [("Agence France-Presse", "France")]),
        # an outlet named with its noun: the country from the words around it, else the story's
        ("Kenya's state broadcaster KBC said the herders had crossed.", [("KBC", "Kenya")]),
        ("Norway’s NRK broadcaster said the frigate collided with a tanker.", [("NRK", "Norway")]),
        ("The rebel-controlled news agency Tana said the town had fallen.", [("Tana", "Bolivia")]),
        ("the state-run Namaka news agency said.", [("Namaka", "Bolivia")]),
        ("the Mwana and Tarkan news agencies reported late on Monday.", [("Mwana", "Bolivia"), ("Tarkan", "Bolivia")]),
        ("the medics told Chile al-Sur news channel.", [("Chile al-Sur", "Chile")]),
        ("Fighting resumed, a Paris-based monitoring group, Airwatch, said.", [("Airwatch", "France")]),
        ("The Daily Beacon (Fiji) reported the plot.", [("The Daily Beacon", "Fiji")]),
        # whoever told a local outlet gives it their country when no other word does
        ("“We hold the line,” former Fijian army chief Ratu Vosa told broadcaster Vanua TV.", [("Vanua", "Fiji")]),
        # a name ends at its line: "station Korra." then "Other leaders ..." on the next
        ("the minister said on the radio station Korra.\nOther leaders disagreed.", [("Korra", "Bolivia")]),
        # a paper's name in another language's word for a newspaper; Japanese is Japan's alone
        ("The coup plot was foiled, the Minato Shimbun reported.", [("Minato Shimbun", "Japan")]),
    ],
)
def test_cited_outlets_and_their_countries(text, expected):
    assert found(text) == expected


def test_an_outlet_a_known_group_runs_is_the_groups_in_the_storys_country():
    got = [(c.name, c.country) for c in cited_outlets("Two were killed, the Taliban-run Pamir news agency said.", load_gazetteer(),
                                                      "Afghanistan", load_gazetteer().canonical)]
    assert got == [("Pamir", "Taliban, Afghanistan")]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan Tehreek-e-Insaf (PTI) said it would protest.",  # the party its initials shorten
        "Gunmen attacked a checkpoint in Fars province.",  # a place named like an agency
        "Petra Lind, the mayor, said the bridge was closed.",  # an agency's name as a person's, not used as one
        "Syrian state television said the convoy was hit.",  # a country's voice, no outlet's name
        "The AA said its fighters took two border posts.",  # initials that say: a group of those initials may speak
        "Tracking shows near-daily Kelvani use across the year.",  # "near-daily": no paper's noun
    ],
)
def test_no_outlet_where_the_name_is_not_used_as_one(text):
    assert found(text) == []


def test_a_user_file_replaces_a_bundled_entry(tmp_path):
    f = tmp_path / "outlets.toml"
    f.write_text('[[outlet]]\nname = "Reuters"\ncountry = "Canada"\n\n[[outlet]]\nname = "Harbour Wire"\ncountry = "Fiji"\n')
    by = {o.name: o.country for o in load_outlets(str(f))}
    assert by["Reuters"] == "Canada" and by["Harbour Wire"] == "Fiji" and by["Associated Press"] == "United States"


def test_a_cited_outlet_is_an_organisation_actor_without_suggestions():
    text = ("Norwegian coast guard vessels collided with a Russian trawler off Svalbard on Monday, a Norwegian naval "
            "officer told Reuters. “The trawler refused to stop and we will not tolerate this,” the officer said.\n\n"
            "Norway’s NRK broadcaster said the trawler was escorted to Tromso.\n")
    srcs, d = analyse(text)
    for name, country in (("Reuters", "United Kingdom"), ("NRK", "Norway")):
        a = d.actors.get(d.actors.resolve(name))
        assert a is not None and a.kind == "organization" and a.affiliation == country, (name, a)
        # a cited source: no mention of it is an actor's span, so no stance is suggested for it
        assert not any(aid == a.id for aid in d.actors.by_span.values())
        assert not any(s.actor_id == a.id for s in d.suggestions(srcs[0].id))


def test_an_outlet_named_with_its_noun_is_found_by_the_whole_phrase():
    text = ("Soldiers surrounded the parliament in Fiji’s capital Suva on Friday, according to the state-run Namaka news agency. "
            "“We have restored order,” army commander Jone Tuilagi said.\n")
    _srcs, d = analyse(text)
    a = d.actors.get(d.actors.resolve("Namaka news agency"))
    assert a is not None and a.name == "Namaka" and a.kind == "organization" and a.affiliation == "Fiji"


def test_initials_another_body_bears_stay_that_bodys():
    text = ("The Azure Army (AA) seized the border town of Kelvani on Monday, a commander told Reuters. "
            "The AA said its fighters had also taken two police posts.\n")
    _srcs, d = analyse(text)
    army = d.actors.get(d.actors.resolve("Azure Army"))
    assert army is not None and "Turkey" not in army.affiliation
    assert d.actors.resolve("AA") in (None, army.id) and d.actors.resolve("Anadolu Agency") != army.id


def test_editing_the_users_outlet_file_changes_the_outlets_country_on_the_next_open(tmp_path, monkeypatch):
    """The user's outlets.toml is part of the derived cache's key: a workspace reopened after the file
    changed shows the new country, not the cached one."""
    from annotate.ingest import Meta, make_source
    from annotate.workspace import open_workspace

    text = ("Soldiers surrounded the parliament in Suva on Friday, a Fijian army officer told the Harbour Wire. "
            "\u201cWe have restored order,\u201d army commander Jone Tuilagi said.\n")
    user = tmp_path / "outlets.toml"
    monkeypatch.setenv("BLUF_OUTLETS", str(user))
    db = tmp_path / "ws.json"

    def country_after_open(entry_country: str) -> str:
        user.write_text(f'[[outlet]]\nname = "Harbour Wire"\ncountry = "{entry_country}"\n')
        load_outlets.cache_clear()
        ws = open_workspace(db, seed=False, annotator="ana")
        try:
            if not ws.sources():
                ws.add_sources([make_source(text, "suva.txt", meta=Meta(title="Suva"))])
            ws.analyze()
            a = ws.actor(ws.resolve_actor("Harbour Wire"))
            return a.affiliation if a else ""
        finally:
            ws.close(compact=False)

    try:
        assert country_after_open("Tonga") == "Tonga"
        assert country_after_open("Samoa") == "Samoa"
    finally:
        load_outlets.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national outlets that international copy cites: their country from outlets.toml, not the story's
        ("Three soldiers died in the clash, TRT World reported.", [("TRT World", "Turkey")]),
        ("The patrol was ambushed at dawn, according to WION.", [("WION", "India")]),
        ("The Hindu reported that two villages were evacuated.", [("The Hindu", "India")]),
        ("Al Masirah TV said the strikes hit a fuel depot.", [("Al Masirah", "Yemen")]),
        ("Officials in Kabul confirmed the blast, Tolo News reported.", [("Tolo News", "Afghanistan")]),
        # a paper's longer name wins over a shorter outlet's inside it
        ("The Times of India reported the arrests on Friday.", [("The Times of India", "India")]),
        # public broadcasters and state agencies of international copy (session 12)
        ("The launch was condemned in Suva, Radio New Zealand reported.", [("Radio New Zealand", "New Zealand")]),
        ("The suspect was charged on Friday, TASR reported.", [("TASR", "Slovakia")]),
    ],
)
def test_national_outlets_cited_are_of_their_country(text, expected):
    assert found(text) == expected


def test_a_listed_outlets_name_as_a_persons_is_no_outlet():
    # "Dawn" a person's first name, not the Karachi paper: no verb of reporting after the name itself
    assert found("Dawn Whitaker, a nurse, said the clinic was shelled.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed outlet's name inside a longer one is not that outlet: the longer name, of the
        # country its "of" names
        ("The smugglers were armed, a customs officer told The Times of Malta.", [("The Times of Malta", "Malta")]),
        ("Two guards died, according to The Times of Zambia on Friday.", [("The Times of Zambia", "Zambia")]),
        # ... unless that place is the listed outlet's own country: the same paper
        ("The convoy was stopped, an aide told The Times of London.", [("The Times", "United Kingdom")]),
        # more capitalised words that make a newspaper's name: another paper, the story's
        ("“We are ready,” the mayor told The Times Courier.", [("The Times Courier", "Bolivia")]),
        # a word after the name that makes no paper's name leaves the listed outlet
        ("Police raided the camp, the commander told Reuters Tuesday night.", [("Reuters", "United Kingdom")]),
        # the listed outlet alone is still itself
        ("The colonel told The Times the border was shut.", [("The Times", "United Kingdom")]),
    ],
)
def test_an_outlets_full_name_wins_over_a_shorter_outlet_name_inside_it(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, name, country", [
    # the outlet's nationality before its noun beats the story's country another rule gave it
    ("Lilongwe, MALAWI (KTN) – Floods swept through three villages in Malawi on Tuesday. “Eleven people died,” the "
     "district chief told Kenyan public broadcaster KTN. “The river rose in the night,” he told KTN.\n", "KTN", "Kenya"),
    # a channel named by a listed outlet's name and more words is of that outlet's country
    ("Protesters set fire to a police post in Bolivia’s Cochabamba on Friday, and the mayor later told Spain’s "
     "public broadcaster RTVE Noticias that the town was calm. Police said four people were arrested in Bolivia.\n",
     "RTVE Noticias", "Spain"),
])
def test_a_stated_outlet_country_beats_the_storys(text, name, country):
    _srcs, d = analyse(text)
    a = d.actors.get(d.actors.resolve(name))
    assert a is not None and a.kind == "organization" and a.affiliation == country, a


def test_an_outlet_named_again_by_its_short_name_is_one_actor_of_its_country():
    from .test_attribution import actor, analyse

    _, d = analyse(
        "Drones strike depot in Aleppo\n\n"
        "Three depots near Aleppo were destroyed by drones on Sunday, Iran's semi-official Tasnim news agency said.\n\n"
        "Tasnim reported that the strikes began before dawn and lasted two hours.\n"
    )
    # the model takes the short name for a person's or an organisation's of its own: the listed outlet's alias
    a = actor(d, "Tasnim")
    assert a is not None and a.kind == "organization" and a.affiliation == "Iran"
    assert actor(d, "Tasnim news agency") is a


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two outlets credited in one bracket, the first listed
        ("Lisbon (ANSA/Lusa) – Two ferries collided off the coast on Monday.", [("ANSA", "Italy")]),
        # the outlet's own dateline at a line's start
        ("Rudaw, Erbil: Two drones struck an oil field on Monday.", [("Rudaw", "Iraq")]),
        # what the outlet could not check
        ("Footage showed the attacker fleeing. However, Bernama could not independently verify the footage.",
         [("Bernama", "Malaysia")]),
        # a source confirmed something to the outlet
        ("A police source confirmed to Tolo News that three guards were killed.", [("Tolo News", "Afghanistan")]),
        # a credit line with the agencies
        ("The strike killed four.\n\nGeo News and agencies\n", [("Geo News", "Pakistan")]),
    ],
)
def test_outlets_credited_or_checking_are_cited(text, expected):
    assert found(text) == expected


def test_an_outlet_name_in_running_text_is_not_credited():
    assert found("Crowds gathered outside the Dawn offices, Karachi police said.") == []
