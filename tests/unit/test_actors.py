"""One canonical actor per real-world entity."""

from __future__ import annotations

import pytest

from annotate.workspace import WorkspaceError

from .test_attribution import analyse, who


def test_titles_possessives_and_name_variants_join():
    _, d = analyse(
        "U.S. President Mara Holt said the flights were “a serious breach.”\n"
        "President Mara Holt later added that “the answer will be firm.”\n",
        "“We will not be intimidated,” Holt told reporters.\n"
        "America’s Mara Holt spoke again on Friday.\n",
    )
    ids = {d.actors.resolve(n) for n in ("Holt", "Mara Holt", "President Mara Holt", "U.S. President Mara Holt", "America’s Mara Holt")}
    assert len(ids) == 1 and None not in ids
    assert d.actors.get(ids.pop()).name == "Mara Holt"


ALONE = "“We will not be intimidated,” Varga told reporters.\nVarga said the country would defend its waters but did not seek war.\n"
OTHER = "“We urge calm,” President Tomas Varga Jr. said.\nSenator Edit Varga called for dialogue on Monday.\n"


def test_a_bare_surname_names_the_same_actor_whatever_else_is_analysed():
    # "Varga" alone in its article: another article of the batch that names Vargas does not
    # make it one of them (it was "Edit Varga" when analysed beside OTHER).
    (src,), alone = analyse(ALONE)
    (src2, _), both = analyse(ALONE, OTHER)
    assert src.id == src2.id
    names = [{d.actors.get(x.actor_id).name for x in d.suggestions(s.id)} for d, s in ((alone, src), (both, src2))]
    assert names[0] == names[1] == {"Varga"}
    assert who(alone, src, "not be intimidated") == who(both, src2, "not be intimidated") == "Varga"


def test_a_generation_is_no_surname():
    (src,), d = analyse("“We urge calm,” President Tomas Varga Jr. said.\nVarga later called for dialogue.\n")
    assert d.actors.resolve("Varga") == d.actors.resolve("Tomas Varga Jr.") is not None


def test_transliteration_variants_join():
    _, d = analyse(
        "“We are calm,” Ambassador Alexei Volkonsky said.\n",
        "“No comment,” Russian Ambassador Alexey Volkonsky told the radio station.\n",
    )
    assert d.actors.resolve("Alexei Volkonsky") == d.actors.resolve("Alexey Volkonsky") is not None


def test_metonymy_maps_to_the_government():
    srcs, d = analyse(
        "“The report is a fabrication,” the Kremlin said on Monday.\n"
        "“We have nothing to add,” Moscow said later.\n"
    )
    assert who(d, srcs[0], "fabrication") == who(d, srcs[0], "nothing to add") == "Russian government"
    assert d.actors.resolve("the Kremlin") == d.actors.resolve("Russian officials") == "russian-government"


def test_model_errors_are_corrected(nlp):
    from annotate.gazetteer import load_gazetteer
    from annotate.nlp.entities import correct_entities

    doc = nlp("Trump spoke after Giorgia Meloni. Officials in Kyiv and Tallinn listened.\n")
    correct_entities(doc, load_gazetteer())
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Trump"] == "PERSON" and labels["Giorgia Meloni"] == "PERSON"
    assert labels["Kyiv"] == labels["Tallinn"] == "GPE"


def test_surname_mislabelled_as_a_place_is_a_person_when_the_full_name_is_there(nlp):
    from annotate.gazetteer import load_gazetteer
    from annotate.nlp.entities import correct_entities

    doc = nlp("Oskar Lindqvist arrived on Monday. Lindqvist said nothing.\n")
    correct_entities(doc, load_gazetteer())
    assert all(e.label_ == "PERSON" for e in doc.ents if e.text.endswith("Lindqvist"))


def test_merge_rename_and_alias_are_stored_and_survive_reanalysis(workspace, ws_path):
    from annotate.workspace import open_workspace

    a, b = workspace.resolve_actor("Putin"), workspace.resolve_actor("Kremlin")
    workspace.merge_actors(a, b)
    workspace.rename_actor(b, "Moscow leadership")
    workspace.add_alias(b, "the regime")
    assert workspace.resolve_actor("Putin") == b and workspace.actor(b).name == "Moscow leadership"
    workspace.close()
    ws = open_workspace(ws_path)
    ws.analyze()
    assert ws.resolve_actor("Vladimir Putin") == b
    assert ws.resolve_actor("the regime") == b
    assert ws.actor(b).name == "Moscow leadership"
    ws.close()


def test_tags_follow_a_merge(workspace):
    src = workspace.sources()[3]
    q_index = next(i for i, q in enumerate(workspace.quotes(src.id)) if q.actor_id == workspace.resolve_actor("Trump"))
    workspace.tag(src.id, q_index, "hawkish")
    workspace.merge_actors(workspace.resolve_actor("Trump"), "us-government")
    assert [s.actor_id for s in workspace.stances()] == ["us-government"]


def test_bad_edits_are_refused(workspace):
    with pytest.raises(WorkspaceError, match="no actor"):
        workspace.rename_actor("nobody-at-all", "X")
    with pytest.raises(WorkspaceError, match="itself"):
        workspace.merge_actors("nato", "nato")


def test_a_bare_surname_is_the_one_person_of_the_workspace_with_that_surname():
    # issue 15 point 10: another mention in the workspace has the full name
    (a, b), d = analyse("“We will hold the line,” Umarova told reporters.\n",
                        "Defence Minister Ilona Umarova visited the front on Monday.\n")
    assert who(d, a, "hold the line") == "Ilona Umarova"


def test_religious_and_royal_titles_are_no_part_of_the_name():
    (src,), d = analyse("“We will not yield,” Supreme Leader Ayatollah Reza Tavani said.\n"
                        "Tavani added that any attack “will be answered.”\n"
                        "“Calm must return,” Sheikh Omar Haddad said.\n")
    assert who(d, src, "not yield") == who(d, src, "be answered") == "Reza Tavani"
    assert who(d, src, "Calm must return") == "Omar Haddad"


def test_an_office_name_other_governments_share_is_the_story_s_country_when_the_alias_file_s_is_never_named():
    # "the Foreign Office" is the UK's in the alias file; Pakistan's ministry has the same name
    (a,), d = analyse("KARACHI: The Foreign Office said the envoy was summoned over the shelling in Kurram. "
                      "“Pakistan will defend its borders,” the Foreign Office said.\n")
    assert who(d, a, "defend its borders") == "Pakistani government"
    (b,), d2 = analyse("The Foreign Office said it had summoned the ambassador to London. “This is unacceptable,” the Foreign Office said.\n")
    assert who(d2, b, "unacceptable") == "UK government"


def test_undoing_the_rename_back_brings_the_mistaken_name_back(workspace):
    """Renaming back drops a name only a rename gave; undo of that rename restores it (the
    name and what it resolves to), as any edit's undo does."""
    ws = workspace
    a = next(a for a in ws.list_actors() if a.kind == "person")
    ws.rename_actor(a.id, "Oskar Feldt")
    ws.rename_actor(a.id, a.name)
    assert ws.resolve_actor("Oskar Feldt") != a.id
    assert "Oskar Feldt" not in ws.actor_names()[a.id]
    ws.undo()
    assert ws.actor_name(a.id) == "Oskar Feldt" and ws.resolve_actor("Oskar Feldt") == a.id
