"""Moving by sentence and by name continues from what is in focus (a quote, a sentence,
a name), never from the top of the article. Pilot at 80x24, real keys."""

from __future__ import annotations

from textual.widgets import Static

from tui.app import BlufApp

from .helpers import settle, widget_text


async def _reader_on_quote(pilot, app, n: int):
    await settle(app, pilot)
    await pilot.press("down", "enter")  # the second source: 12 quotes
    await settle(app, pilot)
    await pilot.press(*["right_square_bracket"] * (n + 1))
    reader = app.screen
    assert reader.focus_index == n
    return reader


def _status(reader) -> str:
    return widget_text(reader.query_one("#status", Static))


async def test_next_and_previous_sentence_start_from_the_quote_in_focus(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader_on_quote(pilot, app, 5)
        q = reader.quotes[5]
        starts = [s for s, _ in reader.sentences]
        text = app.workspace.source(reader.source_id).text

        def stop(i: int) -> bool:  # a sentence starting inside a quote (marks aside) is the quote's: no stop
            s, e = reader.sentences[i]
            words = text[s:e].strip().strip("“”\"")
            s = text.index(words, s)
            return not any(x.start <= s < x.end for x in reader.quotes)

        stops = [i for i in range(len(starts)) if stop(i)]
        after = min(i for i in stops if starts[i] > q.start)
        assert after > 1  # the quote is well into the article

        await pilot.press("right_parenthesis")
        assert f"Sentence {after + 1}/{len(starts)}" in _status(reader)
        await pilot.press("right_parenthesis")  # and on from that sentence
        nxt = min(i for i in stops if i > after)
        assert reader.sentence_index == nxt  # (the status may show its suggestion instead of its number)
        # ] from the sentence: the first quote after it, not the first of the article
        await pilot.press("right_square_bracket")
        assert reader.quotes[reader.focus_index].start > starts[nxt]
        assert not any(starts[nxt] < x.start < reader.quotes[reader.focus_index].start for x in reader.quotes)

        await pilot.press("left_square_bracket")
        back = reader.focus_index
        qb = reader.quotes[back]
        before = max(i for i in stops if starts[i] < qb.start)
        await pilot.press("left_parenthesis")
        assert f"Sentence {before + 1}/{len(starts)}" in _status(reader)


async def test_next_name_starts_from_the_quote_in_focus(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader_on_quote(pilot, app, 5)
        q = reader.quotes[5]
        await pilot.press("greater_than_sign")
        e = reader.entities[reader.entity_index]
        assert e.start > q.start
        assert not any(q.start < x.start < e.start for x in reader.entities)
        assert e.text in _status(reader)
