"""The speaker picker finds an actor by any name it goes by: the names in the sources, the
analyst's aliases and the alias file's metonyms ("Kremlin" offers the Russian government),
ranked with rapidfuzz. Pilot at 80x24, typing real keys."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from annotate.text import norm_name
from tui.app import BlufApp
from tui.widgets.picker import NEW, Picker

from .helpers import settle, widget_text


async def _speaker_picker(pilot, app):
    await settle(app, pilot)
    await pilot.press("enter", "right_square_bracket", "e")
    await settle(app, pilot)
    assert isinstance(app.screen, Picker)
    return app.screen


async def _type(pilot, app, text: str) -> list[str]:
    """Type ``text`` into the picker; the ids it offers, best first."""
    await pilot.press(*["space" if ch == " " else ch for ch in text])
    await settle(app, pilot)
    ol = app.screen.query_one(OptionList)
    return [ol.get_option_at_index(i).id for i in range(ol.option_count)]


async def test_kremlin_offers_the_russian_government_first_and_enter_makes_it_the_speaker(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        offered = await _type(pilot, app, "Kremlin")
        assert offered[0] == "russian-government"
        await pilot.press("enter")
        await settle(app, pilot)
        assert reader.quotes[reader.focus_index].actor_id == "russian-government"
        assert "Russian government" in widget_text(reader.query_one("#status", Static))


async def test_a_name_only_the_alias_file_gives_finds_its_actor(ws_path):
    """A metonym no source used for the actor (found in the alias file, not hard-coded)."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        gaz_only = [
            (a.id, m) for c in ws.gazetteer.countries for a in ws.list_actors()
            if a.name == c.government_name for m in c.metonyms
            if norm_name(m) not in {norm_name(n) for n in (a.name, *a.aliases)}
            and not any(norm_name(m) in norm_name(n) for b in ws.list_actors() if b.id != a.id for n in (b.name, *b.aliases))
        ]
        assert gaz_only, "the seeds' governments have no metonym left to find"
        await _speaker_picker(pilot, app)
        for aid, name in gaz_only[:3]:
            offered = await _type(pilot, app, name)
            assert offered[0] == aid, (name, offered[:3])
            await pilot.press(*["backspace"] * len(name))


async def test_an_alias_the_analyst_added_and_a_typo_find_the_actor(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        target = ws.list_actors()[-1]
        ws.add_alias(target.id, "Zorblat Quennick")
        await _speaker_picker(pilot, app)
        assert (await _type(pilot, app, "Quennick"))[0] == target.id
        await pilot.press(*["backspace"] * 8)
        offered = await _type(pilot, app, "Kremln")  # a typo: offered under "+ New actor: Kremln"
        assert offered[:2] == [NEW + "Kremln", "russian-government"]


async def test_an_actor_only_the_alias_file_knows_is_offered_and_created(ws_path):
    """A government no source has named yet is found by its metonym (as "Kremlin" finds the
    Russian government in a workspace of other news) and, chosen, becomes the speaker with
    its kind and country."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        have = {a.id for a in ws.list_actors()}
        taken = {norm_name(n) for a in ws.list_actors() for n in (a.name, *a.aliases)}
        country, metonym = next(
            (c, m) for c in ws.gazetteer.countries for m in c.metonyms
            if len(m) > 6 and norm_name(m) not in taken and not any(norm_name(m) in t or t in norm_name(m) for t in taken)
            and not any(a.name == c.government_name for a in ws.list_actors())
        )
        await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        offered = await _type(pilot, app, metonym)
        from tui.screens.reader import KNOWN

        assert offered[0].startswith(KNOWN) and offered[0][len(KNOWN):] not in have, offered[:3]
        await pilot.press("enter")
        await settle(app, pilot)
        speaker = reader.quotes[reader.focus_index].actor_id
        actor = next(a for a in ws.list_actors() if a.id == speaker)
        assert (actor.name, actor.kind, actor.affiliation) == (country.government_name, "government", country.name)
        assert country.government_name in widget_text(reader.query_one("#status", Static))


async def test_the_in_this_article_group_holds_the_people_the_article_names_not_only_its_speakers(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        picker = await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        ws, sid = app.workspace, reader.source_id
        speakers = {q.actor_id for q in ws.quotes(sid) if q.actor_id}
        named = {aid for e in ws.analysis(sid).entities if e.label == "PERSON" and (aid := ws.actor_at(sid, e.start, e.end))}
        assert named - speakers, "the article names no one who is not quoted: nothing to check"
        ol = picker.query_one(OptionList)
        offered = [ol.get_option_at_index(i).id for i in range(ol.option_count)]
        group = [c.id for c in picker.choices if "in this article" in c.detail]
        assert named | speakers <= set(group)
        assert offered[: len(group)] == group  # the article's actors come first


async def test_a_new_name_typed_in_full_becomes_a_new_speaker_though_an_actor_matches_it_loosely(ws_path):
    """New-user session: a new speaker's name that shares a word with an existing actor
    ("... Security Studies") listed that actor first, and enter silently picked it. A name
    that is no actor's is the new actor on enter; the loose match is a down-arrow away."""
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        ws = app.workspace
        target = next(a for a in ws.list_actors() if len(a.name.split()) >= 2)
        typed = f"Qorvish {target.name.split()[-1].lower()} liaison"  # one word in common
        offered = await _type(pilot, app, typed)
        assert offered[0] == NEW + typed
        assert target.id in offered[1:], offered[:4]  # still offered, below
        await pilot.press("enter", "enter")  # the new actor, confirmed (test_new_actor_confirm)
        await settle(app, pilot)
        speaker = reader.quotes[reader.focus_index].actor_id
        assert speaker != target.id and ws.actor_name(speaker) == typed
        assert typed in widget_text(reader.query_one("#status", Static))


async def test_arrows_reach_the_loose_match_under_a_new_name(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        offered = await _type(pilot, app, "Kremln")  # a typo: no actor's name
        assert offered[0] == NEW + "Kremln"
        await pilot.press(*["down"] * offered.index("russian-government"), "enter")
        await settle(app, pilot)
        assert reader.quotes[reader.focus_index].actor_id == "russian-government"


async def test_a_typed_name_or_alias_in_another_case_picks_that_actor(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        target = ws.list_actors()[-1]
        ws.add_alias(target.id, "Velmar Ostrog Tribunal")
        await _speaker_picker(pilot, app)
        reader = app.screen_stack[-2]
        offered = await _type(pilot, app, "velmar ostrog TRIBUNAL")
        assert offered[0] == target.id and not any(o.startswith(NEW) for o in offered)
        await pilot.press("enter")
        await settle(app, pilot)
        assert reader.quotes[reader.focus_index].actor_id == target.id
