"""Regional intergovernmental bodies by the shape of their names: "African Union", "Caribbean
Community", "Gulf Cooperation Council", "Southern African Development Community", "Economic
Community of West African States", "Organization of American States". Like NATO or the EU in the
alias file, such a body answers to itself, never to the country a story about it happens in ("the
African Union condemned the coup in Niger" is not Niger's)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer

# A region's adjective, then at most three capitalised words, then a body's noun.
_REGION_FIRST = re.compile(
    r"^(?:the\s+)?(?:(?:Southern|Northern|Western|Eastern|Central|West|East|North|South|Southeast|Latin)\s+)?"
    r"(?:African|Arab|European|Caribbean|Asian|Pacific|Gulf|Islamic|Nordic|Baltic|Eurasian|Andean|American|Inter-American|Mediterranean)\s+"
    r"(?:[A-Z][a-z]+\s+){0,3}(?:Union|Community|League|Organi[sz]ation|Council|Commission|Bank|Forum|Parliament|Court|Cooperation)$"
)
# A body's noun "of" states or nations of a region: "Economic Community of West African States",
# "Association of Southeast Asian Nations", "Organisation of Islamic Cooperation".
_OF_STATES = re.compile(
    r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Community|Organi[sz]ation|Association|League|Union|Council|Conference)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+){0,3}(?:States|Nations|Countries|Cooperation|Conference)$"
)


def regional_body(name: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` is shaped like a regional intergovernmental body's (``_REGION_FIRST``,
    ``_OF_STATES``), its first words no country's adjective ("South African Medical Research
    Council" is South Africa's); not "Islamic Revolutionary Guard Corps", "Arab Coalition",
    "Pacific Command"."""
    words = re.sub(r"^the\s+", "", " ".join(name.split())).split()
    if any(gaz.country(" ".join(words[:k])) is not None for k in (1, 2) if len(words) > k):
        return False
    name = " ".join(words)
    return _REGION_FIRST.match(name) is not None or _OF_STATES.match(name) is not None
