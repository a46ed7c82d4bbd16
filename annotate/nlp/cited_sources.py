"""The source a reporter cites: "Channel 9, citing a Defence Ministry official, said ..." relays
the official's words, not the channel's.

News credits relayed words to the one it cites with a participle clause: "X, citing Y, said",
"X said, citing Y, that", "Citing Y, X said". Y speaks (as in "X cited Y as saying"). Works on a
parsed spaCy Doc (tokens only; no spacy import).
"""

from __future__ import annotations

_CITING = frozenset(("citing", "quoting"))


def cited_head(verb, subject_head, quote_tokens: set[int]):
    """The head token of what a "citing"/"quoting" participle names (its direct object) when that
    participle is the reporting ``verb`` or hangs on it, on its subject's head ``subject_head``,
    or on the verb's clausal complement, and lies before the quote in the same sentence; else None.
    ``quote_tokens``: indexes of tokens inside quotes (never a source)."""
    sent = verb.sent
    first_quoted = min((i for i in quote_tokens if sent.start <= i < sent.end), default=sent.end)
    hosts = {verb.i, subject_head.i} | {c.i for c in verb.children if c.dep_ in ("ccomp", "xcomp")}
    for t in sent:
        if t.i >= first_quoted:
            break
        if t.lower_ not in _CITING or t.i in quote_tokens or t.head.i not in hosts and t.i != verb.i:
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i not in quote_tokens and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    return None
