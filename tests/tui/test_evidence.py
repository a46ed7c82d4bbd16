"""Evidence is what the reader shows: a sentence or a selection that runs into removed
boilerplate (an "Advertisement" line, a donation appeal) is saved without it. Pilot at
80x24 with real keys, on the seed workspace's own boilerplate (found, not hard-coded)."""

from __future__ import annotations

from tui.app import BlufApp
from tui.widgets.picker import Picker

from .helpers import settle


def _overlaps(span, removed) -> bool:
    return any(r.start < span[1] and span[0] < r.end for r in removed)


def _sentence_into_boilerplate(ws):
    """(source index, sentence index, removed range) of the first sentence that runs from
    the article into a removed range."""
    for i, src in enumerate(ws.sources()):
        for j, (s, e) in enumerate(ws.analysis(src.id).sentences):
            for r in src.removed:
                if s < r.start < e and src.text[s:r.start].strip() and src.text[r.end:].strip():
                    return i, j, r
    raise AssertionError("the seeds have no sentence that runs into boilerplate")


async def _tag_in_reader(pilot, app, keys) -> dict:
    await pilot.press(*keys, "h")
    await settle(app, pilot)
    if isinstance(app.screen, Picker):  # no subject found: choose who holds the stance
        await pilot.press("enter")
        await settle(app, pilot)
    tags = app.workspace.stances(app.screen.source_id)
    assert tags, "nothing was tagged"
    st = tags[-1]
    return {"start": st.start, "end": st.end, "quote": st.quote}


async def test_a_sentence_tagged_next_to_an_advert_is_saved_without_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        i, j, removed = _sentence_into_boilerplate(ws)
        src = ws.sources()[i]
        await pilot.press(*["down"] * i, "enter")
        await settle(app, pilot)
        reader = app.screen
        row = await _tag_in_reader(pilot, app, ["right_parenthesis"] * (j + 1))
        assert not _overlaps((row["start"], row["end"]), src.removed), row["quote"]
        assert row["quote"] == src.text[row["start"]:row["end"]] == row["quote"].strip()
        assert row["end"] <= removed.start and row["start"] == ws.analysis(src.id).sentences[j][0]


async def test_a_selection_across_an_advert_is_saved_without_it(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        ws = app.workspace
        i, j, removed = _sentence_into_boilerplate(ws)
        src = ws.sources()[i]
        await pilot.press(*["down"] * i, "enter")
        await settle(app, pilot)
        reader = app.screen
        # Select the sentence, then extend the selection word by word past the boilerplate.
        await pilot.press(*["right_parenthesis"] * (j + 1), "v")
        words_in_removed = len(src.text[removed.start:removed.end].split())
        await pilot.press(*["shift+right"] * (words_in_removed + 3))
        assert max(reader.selection) > removed.end  # the keys went past it
        row = await _tag_in_reader(pilot, app, [])
        assert not _overlaps((row["start"], row["end"]), src.removed), row["quote"]
        assert row["quote"].strip() and row["end"] <= removed.start
