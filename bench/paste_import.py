"""An article pasted into the import screen's paths field by a terminal without bracketed
paste: every character arrives as a key, every line break as enter. Compared, in the same
run, with Textual's stock Input (one edit and redraw per key) on the same keys, cleared at
each enter as the import screen did before. Reports seconds, the ratio, how the time grows
from 3,000 to 30,000 characters (about 10 when linear) and the peak of Python memory
(tracemalloc, in a second run) for 30,000 characters. Before the fix, 30,000 characters took 75 s and
528 MB RSS (an import started per line of prose)."""

from __future__ import annotations

import asyncio
import time
import tracemalloc

from textual import events
from textual.app import App
from textual.keys import _character_to_key

PARA = ("The minister said on Tuesday that the talks would resume next week, and officials in the "
        "capital described the strikes as a measured response to the attack on the border post.\n\n")


def article(n: int) -> str:
    return (PARA * (n // len(PARA) + 1))[:n]


class _Stock(App):
    def compose(self):
        from tui.widgets.quiet_input import QuietInput

        yield QuietInput(id="paths")

    def on_input_submitted(self, event) -> None:
        event.input.value = ""


class _Import(App):
    def get_css_variables(self) -> dict[str, str]:
        return {**super().get_css_variables(), "rule": "gray"}  # bluf's themes define $rule

    def on_mount(self) -> None:
        from tui.screens.importer import ImportScreen

        self.push_screen(ImportScreen())


async def _paste(app_cls, text: str) -> tuple[float, int]:
    app = app_cls()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        t = time.perf_counter()
        for ch in text:
            key = events.Key("enter", "\r") if ch == "\n" else events.Key(_character_to_key(ch), ch)
            app.post_message(key)
        await pilot.pause()
        await pilot.pause()
        took = time.perf_counter() - t
        gathered = len(getattr(app.screen, "pasted", []))
    return took, gathered


def run(small: int = 3_000, large: int = 30_000) -> dict:
    stock, _ = asyncio.run(_paste(_Stock, article(small)))
    ours, _ = asyncio.run(_paste(_Import, article(small)))
    big, lines = asyncio.run(_paste(_Import, article(large)))
    tracemalloc.start()  # a run of its own: tracemalloc slows Python down several times
    asyncio.run(_paste(_Import, article(large)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "stock_input_s_3k": round(stock, 2), "import_field_s_3k": round(ours, 2),
        "ratio_to_stock": round(ours / stock, 2), "import_field_s_30k": round(big, 2),
        "growth_3k_to_30k": round(big / ours, 1), "peak_mb_30k": round(peak / 1e6, 1),
        "lines_gathered_30k": lines,
    }
