"""A sentence lying wholly inside a quote (its quotation marks aside) is the quote's words:
( and ) do not stop on it (the quote is tagged with ] and [), so the same words are not
tagged twice; a sentence tagged anyway inside a tag of the same actor and label counts once
in the brief, and evidence that starts with its own quotation mark is not quoted twice.
Pilot at 80x24 on an invented article."""

from __future__ import annotations

from annotate import open_workspace
from annotate.brief import build_brief
from annotate.export.markdown import render_markdown
from tui.app import BlufApp

from .helpers import open_reader, settle, workspace_of

ARTICLE = """Patrol clash near Kesh

Colonel Arno Veit of the Marenian army said the patrol met the raiders near Kesh on Friday.

Veit said the fight lasted two hours. “The weather was against us…. I think it was a chance meeting.”

Officials from both sides will meet again in March to discuss the border.
"""


def _inside(text, sentence, quotes) -> bool:
    s, e = sentence
    core = text[s:e].strip().strip("“”")
    s = text.index(core, s)
    return any(q.start <= s and s + len(core) <= q.end for q in quotes)


async def test_parentheses_never_stop_on_a_sentence_inside_a_quote(tmp_path):
    app = BlufApp(db=workspace_of(tmp_path, "kesh.txt", ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        text = app.workspace.sources()[0].text
        quotes = r.quotes
        inside = [i for i, sp in enumerate(r.sentences) if _inside(text, sp, quotes)]
        assert len(inside) == 2, r.sentences  # the article has two sentences inside its quote
        await pilot.press("right_square_bracket", "left_parenthesis")  # on the quote, back one sentence
        await settle(app, pilot)
        assert r.mode == "sentence" and r.sentence_index not in inside
        assert text[slice(*r.sentences[r.sentence_index])].startswith("Veit said the fight")
        seen = set()
        for key in ["right_parenthesis"] * len(r.sentences) + ["left_parenthesis"] * len(r.sentences):
            await pilot.press(key)
            await settle(app, pilot)
            seen.add(r.sentence_index)
        assert seen and not seen & set(inside), (seen, inside)
        assert len(seen) == len(r.sentences) - len(inside)


def test_a_sentence_tagged_inside_its_quotes_tag_counts_once_and_is_quoted_once(tmp_path):
    art = tmp_path / "kesh.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    ws = open_workspace(tmp_path / "ws.json", seed=False)
    ws.import_files([str(art)])
    ws.analyze()
    src = ws.sources()[0]
    q = ws.quotes(src.id)[0]
    veit = ws.actor_at(src.id, src.text.index("Arno Veit"), src.text.index("Arno Veit") + 9)
    assert veit
    ws.tag_span(src.id, q.start, q.end, veit, "cautious")
    s = src.text.index("“The weather")  # a sentence of the quote, with its opening mark
    ws.tag_span(src.id, s, src.text.index("…. I think") + 2, veit, "cautious")
    md = render_markdown(build_brief(ws))
    ws.close()
    assert "““" not in md
    row = next(ln for ln in md.splitlines() if ln.startswith("| Arno Veit"))
    assert "(1 tag and 1 inside it)" in row, row  # the actor's stance rests on one tag, the other named with it
    evidence = md[md.index("### Arno Veit"):md.index("## Disagreements")]
    assert evidence.count("- “The weather was against us…") == 1, evidence


ENDED = """Patrol clash near Kesh

Colonel Arno Veit of the Marenian army said the patrol met the raiders near Kesh on Friday.

“The weather was against us. The river was high. I cannot say more yet,” Veit said.

Officials from both sides will meet again in March to discuss the border.
"""


async def test_parenthesis_on_a_quote_goes_past_its_last_sentence_with_the_attribution(tmp_path):
    """`)` on a quote of several sentences goes to the sentence after it, not to the quote's
    last sentence (which carries "Veit said"), so a label then tags that sentence, and `]` + a
    label tags the quote whole (new-user session 20: `)` stopped inside, `n` tagged a passage)."""
    app = BlufApp(db=workspace_of(tmp_path, "kesh.txt", ENDED))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        ws = app.workspace
        text = ws.sources()[0].text
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        q = r.quotes[r.focus_index]
        assert q.text.startswith("The weather") and q.text.rstrip(",”").endswith("more yet")
        await pilot.press("right_parenthesis")
        await settle(app, pilot)
        assert r.mode == "sentence"
        assert text[slice(*r.sentences[r.sentence_index])].startswith("Officials from both sides"), r.sentences[r.sentence_index]
        await pilot.press("left_parenthesis")  # back: the sentence before the quote, never one of its own
        await settle(app, pilot)
        assert text[slice(*r.sentences[r.sentence_index])].startswith("Colonel Arno Veit")


LONE_MARK = """Talks at Orvel

The envoy of Tarsia spoke to reporters outside the hall. "We want peace. "
The Kelsan army denied that its units had crossed the line on Sunday.
"""


async def test_parentheses_never_stop_on_a_lone_quotation_mark(tmp_path):
    # A new user's ) landed on a closing quotation mark the parser had left as a sentence of its
    # own: nothing to read there, and a and x said nothing.
    app = BlufApp(db=workspace_of(tmp_path, "orvel.txt", LONE_MARK))
    async with app.run_test(size=(80, 24)) as pilot:
        r = await open_reader(app, pilot)
        text = app.workspace.sources()[0].text
        wordless = [(s, e) for s, e in r.analysis.sentences if not any(c.isalnum() for c in text[s:e])]
        assert wordless, [text[s:e] for s, e in r.analysis.sentences]  # the parse leaves one: the case at hand
        stops = []
        for key in ["right_parenthesis"] * (len(r.analysis.sentences) + 1):
            await pilot.press(key)
            await settle(app, pilot)
            stops.append(text[slice(*r.sentences[r.sentence_index])])
        assert all(any(c.isalnum() for c in s) for s in stops), stops
        assert any(s.startswith("The Kelsan army denied") for s in stops), stops
