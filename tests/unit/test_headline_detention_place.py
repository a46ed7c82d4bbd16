"""A headline's detention that says not where ("Turkish forces detain journalist near
border") is placed where the article's report of it says, not in the detainers' country
(new-user session: a Kyiv Independent headline, "Russian forces illegally detain Georgian
citizen near occupation line", was an arrest in Russia beside the body's arrest in
Georgia). Invented texts of other conflicts."""

from __future__ import annotations

from .test_event_mentions import mentions


def _placed(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.country, m.place) for m in mentions(text)]


def test_a_headline_detention_takes_the_place_the_body_reports():
    found = _placed("Turkish forces detain Syrian journalist near border, monitor says\n\n"
                    "Turkish forces detained a Syrian journalist near the town of Afrin in Syria on September 10, "
                    "a monitoring group said.")
    assert found == [("arrest_or_expulsion", "Syria", "Afrin")] * 2, found
    found = _placed("Moroccan police detain Algerian fishermen near the frontier\n\n"
                    "Moroccan police detained three Algerian fishermen near the town of Tlemcen in Algeria on September 9, "
                    "their families said.")
    assert found == [("arrest_or_expulsion", "Algeria", "Tlemcen")] * 2, found


def test_with_no_other_place_reported_the_detainers_country_stays():
    found = _placed("Finnish border guard detains man at crossing\n\n"
                    "The Finnish border guard detained a man at the Vaalimaa crossing on September 10.")
    assert [c for _, c, _ in found] == ["Finland", "Finland"], found
    found = _placed("Latvian police detained the tanker on Tuesday. A lawyer for its owner declined to comment.")
    assert [c for _, c, _ in found] == ["Latvia"], found
