"""Every one-line input shows what is typed and the cursor after it, at 80x24 and 120x40:
checked on the painted screen (what the terminal gets), not on Input.value."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tui.app import BlufApp

from .helpers import region_text, screen_strips, settle

TYPED = "zqx wvk"  # letters that are no key of the input's screen behind it

# (name, keys that open the input). The reader tags the first quote before `o` (the note
# goes on your tag).
INPUTS = {
    "note": ["enter", "right_square_bracket", "h", "o"],
    "speaker": ["enter", "right_square_bracket", "e"],
    "brief_filters": ["b", "f"],
    "brief_title": ["b", "t"],
    "source_metadata": ["m"],
    "library_filter": ["slash"],
    "import_paths": ["i"],
    "actor_affiliation": ["A", "f"],
    "actor_kind": ["A", "k"],
    "actor_rename": ["A", "r"],
    "actor_alias": ["A", "l"],
    "actor_merge": ["A", "m"],
    "incident_title": ["I", "r"],
    "incident_note": ["I", "o"],
    "incident_merge": ["I", "m"],
    "incident_link": ["I", "l"],
}


def _cursor_after(app, inp: Input, text: str) -> bool:
    """True when the cell right after ``text`` in the input's row has the cursor's style."""
    region = inp.content_region
    cursor = inp.get_component_rich_style("input--cursor")
    for y in range(region.y, region.bottom):
        col, cells = 0, []
        for seg in screen_strips(app)[y]:
            for ch in seg.text:
                cells.append((col, ch, seg.style))
                col += 1
        row = "".join(ch for _, ch, _ in cells)
        at = row.find(text, region.x)
        if at < 0:
            continue
        style = cells[at + len(text)][2]
        return style is not None and (style.bgcolor == cursor.bgcolor or bool(style.reverse))
    return False


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("name", list(INPUTS))
async def test_typed_text_and_cursor_are_on_screen(ws_path, name, size):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for key in INPUTS[name]:
            await pilot.press(key)
            await settle(app, pilot)
        inp = app.focused
        assert isinstance(inp, Input), f"{name}: the keys {INPUTS[name]} did not open an input"
        await pilot.press("end", *TYPED)
        await settle(app, pilot)
        assert inp.value.endswith(TYPED)
        shown = "\n".join(region_text(app, inp.region))
        assert TYPED in shown, f"{name}: the input shows {shown!r}, not the typed text"
        assert _cursor_after(app, inp, TYPED), f"{name}: no cursor after the typed text"
