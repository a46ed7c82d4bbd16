"""An outlet run by a body of the alias file ("the Houthi-run news agency X") is of that body and
the body's country, not of the country the story happens in."""

from __future__ import annotations

from .test_attribution import analyse


def test_an_outlet_run_by_an_alias_file_body_takes_the_body_s_country():
    _, d = analyse(
        "Air strikes killed 12 people near the border in Saudi Arabia on Monday, Saudi officials said, "
        "according to the Houthi-run news agency Qamar.\n"
    )
    a = d.actors.get(d.actors.resolve("Qamar"))
    assert a is not None and a.affiliation == "Houthis, Yemen"
