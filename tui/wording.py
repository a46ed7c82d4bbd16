"""Words on screen: counts with the right plural, and text shortened at a word's end."""

from __future__ import annotations

from rich.cells import cell_len

ELLIPSIS = "…"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``count(1, "actor")`` -> "1 actor"; ``count(2, "actor")`` -> "2 actors"."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def short_count(n: int) -> str:
    """A count in at most 3 cells, for a narrow column: 999 -> "999", 2732 -> "2k7",
    15000 -> "15k", 250000 -> "2e5" (the exact number is in the header and the reader)."""
    if n < 1000:
        return str(n)
    if n < 10000:
        return f"{n // 1000}k{n % 1000 // 100}"
    if n < 100000:
        return f"{n // 1000}k"
    e = len(str(n)) - 1
    return f"{n // 10 ** e}e{e}" if e < 10 else "big"


def clip(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: cut after the last whole word that fits and
    ended with "…" (a word longer than ``width`` is cut inside). Whitespace runs become one
    space, so a paragraph break does not count as text."""
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    room = width - 1
    cut = text[:room + 1]
    while cell_len(cut) > room:
        cut = cut[:-1]
    if len(cut) < len(text) and text[len(cut)] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS


def clip_cell(text: str, width: int) -> str:
    """``text`` in a table cell of ``width`` cells: whole when it fits, else cut with "…"
    after the last whole word when that keeps two thirds of the cell ("Troops, Abu Sayyaf
    clash…"), else inside a word ("The Philippi…" rather than "The…")."""
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    by_word = clip(text, width)
    if cell_len(by_word) * 3 >= width * 2 or width <= 1:
        return by_word
    cut = text
    while cell_len(cut) > width - 1:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


def clip_middle(text: str, width: int) -> str:
    """``text`` in ``width`` cells: whole when it fits, else its start and its end with "…"
    between ("2024-05-0…_report.txt"): a file name differs at either end."""
    if cell_len(text) <= width or width < 3:
        return text
    head = width // 2
    tail = width - 1 - head
    return text[:head] + ELLIPSIS + (text[-tail:] if tail else "")


# The most cells a table's Place column takes from the title's to show a place whole.
PLACE_MOST = 24


def place_forms(place: str, country: str) -> list[str]:
    """The ways a place can be written whole, longest first: "place, country"; the place
    alone; its first comma parts with "…" ("Patikul…" of "Patikul, Sulu"); the country alone.
    Never a name cut inside (a stump such as "New…" of "New Caledonia")."""
    forms = [", ".join(x for x in (place, country) if x)]
    if place and country:
        forms.append(place)
    parts = [p.strip() for p in place.split(",")] if place else []
    for k in range(len(parts) - 1, 0, -1):
        forms.append(", ".join(parts[:k]) + ELLIPSIS)
    if place and country:
        forms.append(country)
    return [f for f in forms if f]


def place_room(place: str, country: str) -> int:
    """The fewest cells that show the place whole in one of its forms (place_forms)."""
    return min((cell_len(f) for f in place_forms(place, country)), default=0)


def fit_place(place: str, country: str, width: int) -> str:
    """The longest of place_forms that fits ``width`` cells: "place, country", else the place
    ("Galwan Valley" rather than "Galwan Valley, In"), else its first parts ("Patikul…"),
    else the country in full ("New Caledonia", never "New…"); when none fits, the shortest
    cut where the cell ends, inside its last word ("North Dr…", not "North…")."""
    forms = place_forms(place, country)
    for form in forms:
        if cell_len(form) <= width:
            return form
    if not forms or width <= 1:
        return ELLIPSIS[:max(width, 0)] if forms else ""
    cut = min(forms, key=cell_len).rstrip(ELLIPSIS)
    while cell_len(cut) > width - 1:
        cut = cut[:-1]
    return cut.rstrip(" ,") + ELLIPSIS


def fit_parts(parts: list[tuple[str, int] | tuple[str, int, int]], width: int, sep: str = " · ") -> str:
    """Parts ``(text, rank)`` or ``(text, rank, shortest)`` joined by ``sep`` in their
    order, in ``width`` cells: the parts of the highest rank (least important) are left out
    first, the later of equals first, each whole; if the rank-0 parts alone are too long,
    the parts that give a ``shortest`` length (a long actor name) are clipped with "…",
    down to that many cells, before the line itself is clipped at a word's end."""
    texts = [p[0] for p in parts]
    keep = list(range(len(parts)))

    def line() -> str:
        return sep.join(texts[i] for i in keep)

    while cell_len(line()) > width:
        droppable = [i for i in keep if parts[i][1] > 0]
        if not droppable:
            over = cell_len(line()) - width
            for i in keep:
                if len(parts[i]) > 2 and over > 0:
                    room = max(parts[i][2], cell_len(texts[i]) - over)
                    if room < cell_len(texts[i]):
                        texts[i] = clip(texts[i], room)
                        over = cell_len(line()) - width
            return clip(line(), width) if over > 0 else line()
        worst = max(droppable, key=lambda i: (parts[i][1], i))
        keep.remove(worst)
    return line()
