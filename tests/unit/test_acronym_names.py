"""An acronym whose article writes the name it is short for without brackets ("The Belize Defence
Force said ... The BDF said") is that body, of the country its name gives."""

from __future__ import annotations

from annotate.acronym_names import spelt_out

from .test_attribution import analyse


def test_spelt_out_finds_the_names_whose_initials_spell_the_acronym():
    text = "THE Belize Defence Force said on Monday. Later the Belize Defence Force of the BDF said more."
    assert spelt_out("BDF", text) == ["Belize Defence Force"]
    assert spelt_out("NPA", "The New People’s Army said the National Police Agency lied.") == ["New People’s Army", "National Police Agency"]
    assert spelt_out("BDF", "The Belize Army said.") == [] and spelt_out("bdf", "Belize Defence Force") == []


def test_an_acronym_of_a_national_body_named_in_full_is_of_its_country():
    text = ("Gunmen fired on a patrol of the Belize Defence Force near the Sarstoon River on Monday, officials said.\n\n"
            "The BDF said it returned fire and that no soldier was hurt.\n\n"
            "“We will not be intimidated,” the BDF said in a statement.\n")
    _srcs, d = analyse(text)
    bdf = d.actors.get(d.actors.resolve("BDF"))
    assert bdf is not None and bdf.affiliation.split(", ")[-1] == "Belize"
