"""A country's agency named by its own name speaks under that name ("Norway's Correctional Service
said"), not as the country's government; a ministry still speaks for the government. Invented
sentences."""

from __future__ import annotations

from annotate.gazetteer import load_gazetteer
from annotate.national_agencies import national_agency

from .test_attribution import analyse, quote


def _is_nation(words: str) -> bool:
    return load_gazetteer().country(words) is not None


def test_a_possessive_country_and_an_agency_name_is_the_agency():
    assert national_agency("Norway's Correctional Service", _is_nation) == ("Norway", "Correctional Service")
    assert national_agency("the Chilean Federal Highway Police", _is_nation) == ("Chilean", "Federal Highway Police")
    assert national_agency("Kenya’s Independent Electoral Commission", _is_nation) == ("Kenya", "Independent Electoral Commission")


def test_ministries_bare_bodies_and_other_owners_are_no_agency():
    assert national_agency("Peru's Defence Ministry", _is_nation) is None
    assert national_agency("Peru's police", _is_nation) is None
    assert national_agency("the Federal Penitentiary Service", _is_nation) is None  # no nation: other rules
    assert national_agency("Norway's Prime Minister's Office", _is_nation) is None
    assert national_agency("Albania's Service", _is_nation) is None


def test_the_agency_speaks_under_its_name_with_its_country():
    text = ('Inmates seized two wardens at a jail near Tarvos on Friday.\n'
            '"The wardens are safe," Norway\'s Correctional Service said in a statement.\n'
            '"The suspects fled north," Canada\'s Border Services Agency said on Monday.\n'
            '"The strike hit a depot," Peru\'s Defence Ministry said.\n')
    srcs, d = analyse(text)
    a = d.actors.get(quote(d, srcs[0], "wardens are safe").actor_id)
    assert (a.name, a.affiliation) == ("Correctional Service", "Norway")
    b = d.actors.get(quote(d, srcs[0], "suspects fled").actor_id)
    assert (b.name, b.affiliation) == ("Border Services Agency", "Canada")
    c = d.actors.get(quote(d, srcs[0], "strike hit a depot").actor_id)
    assert c.kind == "government" and c.affiliation == "Peru"
