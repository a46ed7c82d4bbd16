"""A speaker described by whom they are tied to ("the sister of President X", "X's brother", "an
aide to X") is not X: the quote is the relative's (named elsewhere when kin share X's family
name), a later "she" is that relative; one actor per person when a name is cut short; a wire's
''…'' quotes are double marks. Invented sentences about other conflicts."""

from __future__ import annotations

from annotate.name_prefixes import longer_name, named_last_before
from annotate.nlp.quotes import doubled_apostrophes, pair_quotes
from annotate.relational_speakers import kin_named, relational_noun

from .test_attribution import analyse, quote, who


def test_a_relational_head_with_the_name_in_its_complement_names_no_one_of_its_own():
    assert relational_noun("The influential brother of Ruritanian President Marek Vollen") == "brother"
    assert relational_noun("an aide to President Lugo") == "aide"
    assert relational_noun("Tomas Grell's wife") == "wife"
    assert relational_noun("Valdorian leader Ines Carro's younger sister") == "sister"
    # her own name after the noun, in apposition, or a title in capitals: she is named
    assert relational_noun("Lugo's spokesman Tomas Vey") is None
    assert relational_noun("the sister of Lugo, Ana Vey") is None
    assert relational_noun("Secretary of State Marco Rubio") is None
    assert relational_noun("Marek Vollen") is None
    assert relational_noun("the commander of the northern brigade") is None


def test_kin_are_the_one_other_name_of_the_article_sharing_the_family_name():
    names = {"Marek Vollen", "Anna Vollen", "Ivo Sand"}
    assert kin_named("brother", "Marek Vollen", names) == "Anna Vollen"
    assert kin_named("sister", "Park Min Ho", {"Park Min Ho", "Park Ji Won", "Lee Dong"}) == "Park Ji Won"
    assert kin_named("aide", "Marek Vollen", names) is None  # an aide shares no name
    assert kin_named("brother", "Marek Vollen", names | {"Petr Vollen"}) is None  # two: no guess


def test_the_relative_speaks_not_the_leader_and_she_is_the_relative():
    text = ("Azerbaijan warns Armenia over river dams\n"
            "The influential sister of Azerbaijani President Marek Vollen warned on Tuesday that Armenia was "
            "“playing with fire.” She said Armenia would witness an unspecified “new response” if it kept the dams shut.\n"
            "Officials in Yerevan did not comment.\n")
    srcs, d = analyse(text)
    for fragment in ("playing with fire", "new response"):
        q = quote(d, srcs[0], fragment)
        assert who(d, srcs[0], fragment) != "Marek Vollen"
    assert q.speaker.kind == "pronoun" and "sister" in srcs[0].text[q.speaker.antecedent_start : q.speaker.antecedent_end]


def test_kin_described_first_are_the_relative_named_later():
    text = ("Opposition dynasty splits over the war\n"
            "The daughter of jailed opposition leader Tomas Grell said on Friday the trial was “a farce from the start.”\n"
            "“My father will not bow,” Maria Grell told reporters outside the court in Lastra.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a farce from the start") == "Maria Grell"
    assert who(d, srcs[0], "My father will not bow") == "Maria Grell"


def test_a_principals_relative_without_a_name_is_nobody_named():
    text = ("Strikes along the truce line\n"
            "President Oskar Dahl's spokesman, Erik Vann, said the strikes were “a clear violation of the truce.”\n"
            "Dahl's daughter told reporters the family was “deeply worried about the front.”\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a clear violation") == "Erik Vann"
    assert who(d, srcs[0], "deeply worried") != "Oskar Dahl"


def test_a_name_cut_short_is_the_one_longer_name_it_opens():
    assert longer_name("Lin Wei", {"Lin Wei Ming", "Chen Bo"}) == "Lin Wei Ming"
    assert longer_name("Lin Wei", {"Lin Wei Ming", "Lin Wei Hong"}) is None
    assert longer_name("Lin", {"Lin Wei Ming"}) is None  # one word: the surname rules


def test_a_bare_family_name_is_the_full_name_written_last_before_it():
    text = "Park Min Ho met the envoy. Later Park Ji-won spoke. Park said the talks failed."
    at = text.index("Park said")
    assert named_last_before(text, at, {"Park Min Ho", "Park Ji-won"}) == "Park Ji-won"
    assert named_last_before(text, 3, {"Park Min Ho"}) is None


def test_one_actor_for_a_bare_family_name_after_two_full_ones():
    text = ("Beijing sends patrols to the shoal\n"
            "Army chief Wang Jian Guo ordered the drills, state media said.\n"
            "Foreign Minister Wang Xiao Hong issued a statement after the shelling. “Our patience is over,” Wang said.\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "Our patience is over") == "Wang Xiao Hong"


def test_a_doubled_apostrophe_is_a_double_quotation_mark():
    text = "Carro warned that the move was ''a grave error.'' ''We will not retreat,'' Carro said. It's ''fine''."
    assert len(doubled_apostrophes(text)) == len(text)
    spans, stray = pair_quotes(text)
    quoted = [text[s.start : s.end] for s in spans]
    assert quoted[:2] == ["a grave error.", "We will not retreat,"]
    assert all("'" not in q[:1] and not q.endswith("'") for q in quoted) and stray == []
    assert doubled_apostrophes("it's the soldiers' pay") == "it's the soldiers' pay"  # apostrophes stay


def test_the_relative_named_in_apposition_after_the_description_speaks():
    text = ("Farm protests reach the capital\n"
            "The younger sister of Prime Minister Karl Holm, Anna Lind, said the plan was “a betrayal of the farmers.”\n")
    srcs, d = analyse(text)
    assert who(d, srcs[0], "a betrayal of the farmers") == "Anna Lind"


def test_an_unnamed_relative_given_an_actor_is_one_person():
    text = ("Opposition leader's trial opens\n"
            "The wife of jailed opposition leader Tomas Grell said on Friday that her husband was “being held without any charge.”\n")
    srcs, d = analyse(text)
    q = quote(d, srcs[0], "being held without")
    a = d.actors.actors.get(q.actor_id) if q.actor_id else None
    assert a is not None and a.kind == "person" and a.name != "Tomas Grell", a
    assert any(x.name == "Tomas Grell" for x in d.actors.actors.values())  # the husband is there, and not her
