"""A sentence of reported speech tagged in the reader is the reporting verb's subject's stance
("Commissioner X said the border force remains on alert" is X's, not the border force's), and
`e` on a sentence the analyst tagged gives the tag to another actor. Pilot at 80x24 on an
invented article (new-user session 14: the tag went to the reported clause's subject, `e` said
"Move to a quote first")."""

from __future__ import annotations

from tui.app import BlufApp
from tui.screens.reader import ReaderScreen

from .helpers import open_reader, settle, workspace_of

ARTICLE = """Border force on alert after shelling

Shells fired from across the river landed near Velora on Monday, killing a farmer, the Velora Border Force (VBF) said.

The VBF and police remain on alert along the river, district commissioner Arman Hossain said.

Residents of two villages left their homes overnight.
"""


async def test_a_reported_sentence_is_tagged_on_its_speaker_and_e_gives_the_tag_to_another(tmp_path):
    app = BlufApp(db=workspace_of(tmp_path, "velora.txt", ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        ws = app.workspace
        text = ws.sources()[0].text
        for _ in range(len(r.sentences)):
            await pilot.press("right_parenthesis")
            await settle(app, pilot)
            if text[slice(*r.sentences[r.sentence_index])].startswith("The VBF and police"):
                break
        assert r.mode == "sentence" and text[slice(*r.sentences[r.sentence_index])].startswith("The VBF and police")
        await pilot.press("c")
        await settle(app, pilot)
        (st,) = ws.stances()
        assert (ws.actor_name(st.actor_id), st.label) == ("Arman Hossain", "cautious")
        await pilot.press("e")  # on the tagged sentence: whose stance is it
        await settle(app, pilot)
        await pilot.press(*"Velora Border", "enter")
        await settle(app, pilot)
        (moved,) = ws.stances()
        assert (ws.actor_name(moved.actor_id), moved.label, moved.start, moved.end) == ("Velora Border Force", "cautious", st.start, st.end)
        # on a sentence no one tagged, `e` says what it needs
        await pilot.press("right_parenthesis")
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)


ACCORDING = """Ferry sinks near Aktau

A ferry sank near the port of Aktau on Monday.

According to Deputy Interior Minister Daulet Omarov, witnesses are being questioned at the port.

Divers reached the wreck on Tuesday.
"""


async def test_a_sentence_given_according_to_someone_is_tagged_on_them_without_asking(tmp_path):
    """"According to X, ..." is X's reported speech: a label key tags it on X at once, as the
    status line's suggestion names X; no "Who holds this stance" picker (new-user session 20)."""
    app = BlufApp(db=workspace_of(tmp_path, "ferry.txt", ACCORDING))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        ws = app.workspace
        text = ws.sources()[0].text
        for _ in range(len(r.sentences)):
            await pilot.press("right_parenthesis")
            await settle(app, pilot)
            if text[slice(*r.sentences[r.sentence_index])].startswith("According to"):
                break
        assert r.mode == "sentence" and text[slice(*r.sentences[r.sentence_index])].startswith("According to")
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen), f"a label opened {type(app.screen).__name__}"
        (st,) = ws.stances()
        assert (ws.actor_name(st.actor_id), st.label) == ("Daulet Omarov", "neutral")
