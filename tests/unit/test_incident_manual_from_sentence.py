"""An incident the analyst makes of a sentence the analysis found no event in: the type, place
and day the sentence's words give, the place a town it names rather than a nationality word.
Every sentence is invented."""

from __future__ import annotations

from annotate.ingest import Meta, make_source
from annotate.workspace import open_workspace


def _made(tmp_path, text: str, start: str, published: str = "2025-10-09"):  # a Thursday
    ws = open_workspace(tmp_path / "w.json", seed=False)
    try:
        ws.add_sources([make_source(text, "a.txt", meta=Meta(published=published))])
        ws.analyze()
        s = ws.sources()[0]
        at = s.text.index(start)
        iid = ws.create_incident(s.id, at, at + 5)
        return next(i for i in ws.incidents() if i.id == iid)
    finally:
        ws.close()


def test_explosions_heard_in_a_town_make_a_dated_explosion_incident_there(tmp_path):
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nExplosions were heard in Khankendi on Tuesday.\n", "Explosions")
    assert (new.kind, new.place, new.country, new.date) == ("explosion_or_sabotage", "Khankendi", "Azerbaijan", "2025-10-07")


def test_a_nationality_word_is_not_where_the_sentence_puts_the_event(tmp_path):
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nUgandan soldiers patrolled the streets of Bunia on Wednesday.\n", "Ugandan")
    assert (new.place, new.country, new.date) == ("Bunia", "Democratic Republic of the Congo", "2025-10-08")


def test_a_nationality_word_places_the_event_when_the_sentence_names_no_place(tmp_path):
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nUgandan soldiers patrolled the streets.\n", "Ugandan")
    assert new.country == "Uganda"
    assert (new.date, new.date_reported) == ("2025-10-09", True)  # no day named: the publication day, "~"


def test_a_news_agency_told_is_never_where_the_event_is(tmp_path):
    # "Fars" is an Iranian news agency and a province of Iran: told Fars, it is the agency
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nA tribal elder told Fars that a prisoner swap is expected in the valley.\n", "A tribal")
    assert "Fars" not in new.place and new.country != "Iran"


def test_where_sources_report_from_is_not_where_the_strike_they_report_was(tmp_path):
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nOfficials in Uganda said Rwanda struck the Congolese army in Nyangezi "
                "on the outskirts of Bukavu, killing two commanders.\n", "Officials")
    assert (new.kind, new.country) == ("air_or_drone_strike", "Democratic Republic of the Congo")
    assert "Uganda" not in new.title and "Rwanda" not in new.title
    # in a place phrase, the same name is the place
    new = _made(tmp_path / "b", "Talks resumed in Geneva on Monday.\nExplosions were heard in Fars province on Tuesday.\n", "Explosions")
    assert new.country == "Iran"


def test_a_capital_is_never_found_in_the_tail_of_a_longer_name_nor_in_an_acronym(tmp_path):
    # "The Valley" is Anguilla's capital; "Valley" of "Kelso Valley" is not it. "GAO" is no "Gao" (Mali).
    new = _made(tmp_path, "Talks resumed on Monday.\nShelling hit a depot in Kelso Valley on Tuesday, a GAO audit found.\n",
                "Shelling")
    assert new.place in ("", "Kelso Valley") and new.country not in ("Anguilla", "Mali") and "Gao" not in new.place
    new = _made(tmp_path / "b", "Talks resumed on Monday.\nIn Bamako shelling hit a depot on Tuesday.\n", "In Bamako")
    assert (new.place, new.country) == ("Bamako", "Mali")  # a name after the word that opens the sentence


def test_no_event_word_gives_no_type_and_the_id_names_no_guessed_place(tmp_path):
    new = _made(tmp_path, "Talks resumed on Monday.\nThe two armies began a limited withdrawal near Kelso Valley in a "
                "demonstration of their intent to ease tension.\n", "The two")
    assert new.kind == "" and new.title.startswith("Incident: ")  # a show of intent is no protest
    assert new.id == "manual-1"


def test_a_small_place_and_the_articles_country_when_the_sentence_names_no_known_place(tmp_path):
    """The sentence names only a hamlet no gazetteer knows: the place is the one the analysis
    found there, and the country the article's other event is in (not "—")."""
    text = ("Rebels attacked an army post in Cauca, Colombia on Monday, killing two soldiers.\n"
            "The rebels had suffered losses in an encounter Sunday in Vereda Palmichal, El Tambo municipality.\n")
    new = _made(tmp_path, text, "The rebels had")
    assert new.country == "Colombia" and new.place in ("", "Vereda Palmichal", "El Tambo"), (new.kind, new.place, new.country)


def test_the_striking_sides_nation_is_not_where_the_strikes_fell(tmp_path):
    # "Peruvian strikes" name who struck; "Bolivian positions" where
    new = _made(tmp_path, "Talks resumed in Geneva on Monday.\nPeruvian strikes overnight targeted Bolivian positions, "
                "the ministry said on Tuesday.\n", "Peruvian")
    assert new.country == "Bolivia" and "Peru " not in new.title + " "
