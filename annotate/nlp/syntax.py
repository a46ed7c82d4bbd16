"""Parse-tree helpers shared by quote attribution and frames: subjects, noun phrases,
speakers and pronoun antecedents."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..models import Speaker
from ..relational_speakers import relative_antecedent
from ..org_words import NAME_CHECK_ORG_WORDS
from .doc_text import doc_text
from .unlabelled_names import unlabelled_person
from .lexicon import (
    GROUP_PRONOUNS,
    NOT_AGENT_NOUNS,
    OFFICIAL_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEAKER_NOUNS,
    SPEAKER_SUFFIXES,
    TITLE_WORDS,
    UNNAMED_PRONOUNS,
)

if TYPE_CHECKING:
    from .quotes import QuoteSpan


class DocIndex:
    """Lookups over one parsed spaCy ``doc`` built once for attribution and frames: token start offsets
    (``tok``), ``quote_tokens`` (indexes of tokens inside the quote ``spans``), ``ents``,
    ``persons`` (PERSON entities), ``ent_at`` (token index -> entity), ``sent_starts``, ``has_dep``
    (the model gave a dependency parse), ``text``, and ``last_speaker`` (the previous quote's
    speaker, set during attribution).
    """

    def __init__(self, doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist()  # [t.idx for t in doc], without a Token per word
        self.has_dep = doc.has_annotation("DEP")
        self.quote_tokens: set[int] = set()
        for s in spans:
            self.quote_tokens.update(range(self.tok(s.start), self.tok(s.end - 1) + 1))
        self.ents = list(doc.ents)  # doc.ents builds new Span objects on every access
        self.sent_starts = [s.start for s in doc.sents]
        self.text = doc_text(doc)  # (doc.text is a property that joins every token anew)
        self.persons = [e for e in self.ents if e.label_ == "PERSON"]
        self.last_speaker: Speaker | None = None  # of the previous quote, set by attribution
        self.ent_at: dict[int, object] = {}
        for e in self.ents:
            for i in range(e.start, e.end):
                self.ent_at[i] = e

    def tok(self, offset: int) -> int:
        """Index of the token containing ``offset`` (or the nearest before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)


def subject(v):
    """The subject of verb ``v``, climbing through participles, xcomps and conjuncts.

    With two subjects under one verb (a misparse of "A did X while B said Y"), the one
    nearest the verb wins."""
    seen = 0
    while v is not None and seen < 6:
        seen += 1
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subs:
            if any(c.i < v.i for c in subs) and any(c.i > v.i for c in subs):
                # "“…,” Lang, 54, told The Associated Press": the one after is the addressee.
                subs = [c for c in subs if c.i < v.i]
            elif all(c.i > v.i + 1 for c in subs) and v.i + 1 < len(v.doc) and (nxt := v.doc[v.i + 1]).head.i == v.i \
                    and nxt.dep_ in ("attr", "dobj") and nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME") \
                    and v.lemma_.lower() in REPORTING_VERBS:
                # "“…,” warned Obasanjo, flanked by ...: X and Y": the name right after the verb
                # (taken for its object) speaks, not a subject the parser found further on.
                return nxt
            c = min(subs, key=lambda t: abs(t.i - v.i))
            if c.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return v.head
            return c
        for c in v.children:  # passive: "was described by X"
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if fronted := _fronted_apposed_name(v):
            return fronted
        if v.dep_ == "xcomp" and v.head is not v:
            # Object control: "led officials to speculate" -> the officials speculate.
            objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
            if objs:
                return objs[-1]
        if v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("PROPN", "NOUN") and v.head.i < v.i and (
            v.tag_ in ("VBD", "VBZ") or v.tag_ == "VBN" and v.i == v.head.i + 1 and v.head.i == v.sent.start
        ):
            # A misparse of "Misri called upon ...": the "root" name is the subject (a participle
            # only right after a name that opens the sentence: "Misri called upon Pakistan").
            return v.head
        if v.dep_ in ("xcomp", "advcl", "conj", "acl") and v.head is not v:
            came_from_xcomp = v.dep_ == "xcomp"
            v = v.head
            # An adjective the infinitive completes ("X was due to travel", "X is set to meet"):
            # the subject of its copula; not under a negation ("X is not willing to respect the
            # truce": the clause of the infinitive would lose it).
            if came_from_xcomp and v.dep_ == "acomp" and v.pos_ == "ADJ" and v.head is not v:
                if any(c.dep_ == "neg" for t in (v, v.head) for c in t.children):
                    return None
                v = v.head
            continue
        return None
    return None


def _fronted_apposed_name(v):
    """A misparse of "In response to the raid, Ivan Morel, press secretary of X, said": the name
    the parser hung as an apposition inside the fronted phrase, right before the verb (only commas
    between), is the subject; None otherwise."""
    for c in v.children:
        if c.dep_ != "prep" or c.i > v.i:
            continue
        for a in c.subtree:
            if a.dep_ == "appos" and a.pos_ == "PROPN" and a.head.pos_ == "NOUN" and a.ent_type_ in ("PERSON", "") \
                    and a.right_edge.i < v.i and all(t.is_punct for t in v.doc[a.right_edge.i + 1 : v.i]):
                return a
    return None


# Where or how someone spoke: a phrase on these belongs to the verb ("said in a statement").
_CHANNEL_NOUNS = frozenset(
    "statement post interview briefing video speech conference address broadcast message letter tweet communique communiqué release".split()
)
_NP_CUT = {"relcl", "acl", "advcl", "ccomp", "parataxis", "punct"}


def _glued_hyphen(t) -> bool:
    """The hyphen inside a name: "Jean-Claude", "Ki-moon", "Richey-Allen"."""
    doc = t.doc
    return t.text in "-‐" and not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_


def _by_author(c, head) -> bool:
    """``c`` is "issued by the navy" on a document ("a statement issued by the navy"): the
    author is part of the phrase that names who speaks."""
    return (
        c.dep_ == "acl" and c.head.i == head.i and head.lemma_.lower() in _CHANNEL_NOUNS and c.tag_ == "VBN"
        and any(g.dep_ == "agent" for g in c.children)
    )


def _title_then_name(head, hi: int, idx: DocIndex) -> bool:
    """Whether title or official noun ``head`` is followed right away by a PERSON entity that ends
    by token ``hi`` (the phrase's last token): "official | Khalil Haddad"."""
    if not (head.lower_ in TITLE_WORDS or head.lemma_.lower() in OFFICIAL_NOUNS):
        return False
    ent = idx.ent_at.get(head.i + 1)
    return ent is not None and ent.label_ == "PERSON" and ent.start == head.i + 1 and ent.end - 1 <= hi


def _apposed_name(lo: int, hi: int, idx: DocIndex) -> Speaker | None:
    """A name the model did not tag, set off by commas right after a description [lo, hi) of
    someone ("the group's envoy to Europe, Tesfaye Alemu Bekele, said"): two to four capitalised
    proper nouns in apposition to a word of the phrase, none of them a place or a body; None
    when there is no such name."""
    doc = idx.doc
    if hi >= len(doc) or doc[hi].text != "," or not any(
            t.lower_ in TITLE_WORDS or t.lemma_.lower() in OFFICIAL_NOUNS for t in doc[lo:hi]):
        return None
    for t in doc[lo:hi]:
        for c in t.children:
            if c.dep_ != "appos" or c.i <= hi or c.i in idx.quote_tokens:
                continue
            a, b = c.left_edge.i, c.right_edge.i + 1
            while a < c.i and doc[a].is_punct:
                a += 1  # the comma the parser hung on the name
            while b - 1 > c.i and doc[b - 1].is_punct:
                b -= 1
            words = doc[a:b]
            if a != hi + 1 or not 2 <= len(words) <= 4 or b >= len(doc) or doc[b].text != ",":
                continue
            if all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.text[1:].islower() and w.ent_type_ in ("", "PERSON")
                   and w.lower_ not in TITLE_WORDS for w in words):
                return Speaker(words.start_char, words.end_char, words.text, "named")
    return None


def np_bounds(head, idx: DocIndex) -> tuple[int, int]:
    """Token range [lo, hi) of the noun phrase headed by ``head``, without relative
    clauses, quotes, and trailing appositions after a name."""
    toks = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _NP_CUT and not (c.dep_ == "punct" and (c.text in "’'" or _glued_hyphen(c))) and not _by_author(c, head):
                continue
            if c.i in idx.quote_tokens:
                continue
            if c.dep_ == "prep" and c.i > head.i and any(p.dep_ == "pobj" and p.lemma_.lower() in _CHANNEL_NOUNS for p in c.children):
                continue  # "the Doctors Network in a statement on X": how it spoke, not who
            if c.dep_ == "prep" and c.i > head.i and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children):
                continue  # "Chile's army on Sunday said": when it spoke, not who
            toks.add(c.i)
            stack.append(c)
    # Keep a contiguous run around the head.
    lo = hi = head.i
    while lo - 1 in toks:
        lo -= 1
    while hi + 1 in toks:
        hi += 1
    doc = idx.doc
    # A name the parser split ("fumed Senator Alma | Reyes", Reyes taken as the object)
    # is whole: the phrase runs to the name's end.
    ent = idx.ent_at.get(head.i)
    if ent is not None and ent.label_ == "PERSON" and ent.end - 1 > hi and not (set(range(hi + 1, ent.end)) & idx.quote_tokens):
        hi = ent.end - 1
    # A name ends the phrase: "Kaja Kallas, vice president of ..." -> "Kaja Kallas".
    for ent in idx.persons:
        if lo <= ent.start <= head.i < ent.end + 1 and ent.end - 1 <= hi:
            if ent.end == head.i and _title_then_name(head, hi, idx):
                continue  # "senior Hamas official Khalil Haddad": the model's "Hamas" names no one; Haddad does
            hi = max(head.i, ent.end - 1)
            break
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    if hi - lo > 14:  # a runaway subtree: keep the words before the head
        lo = max(lo, head.i - 6)
        hi = head.i
    return lo, hi + 1


def speaker_for(head, idx: DocIndex, outlets) -> Speaker | None:
    """The ``Speaker`` that noun-phrase head token ``head`` names, or None (no head, a head inside a
    quote, a non-person pronoun). A person or group pronoun is resolved to an earlier name; a name
    in apposition ("the prime minister, Mette Frederiksen,") speaks for the title; ``kind`` is
    "outlet" when ``outlets(text)`` tells a news outlet, "unnamed" for a role without a name, else
    "named". Offsets are characters of the doc's text.
    """
    doc = idx.doc
    if head is None or head.i in idx.quote_tokens:
        return None
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return resolve_pronoun(head, idx)
    if head.lower_ == "it":
        return resolve_it(head, idx)
    if head.lower_ in UNNAMED_PRONOUNS:
        # "one said", "another added", "one of them said": someone, not the last name.
        lo, hi = np_bounds(head, idx)
        return Speaker(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), doc[lo:hi].text, "unnamed")
    if head.pos_ == "PRON":
        return None
    if head.lemma_.lower() in _REPORT_NOUNS:
        # "Later updates from the broadcaster said": whoever the report comes from speaks.
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") and c.i > head.i:
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                if p is not None and p.i not in idx.quote_tokens and p.pos_ in ("NOUN", "PROPN") and can_speak(p, idx):
                    return speaker_for(p, idx, outlets)
    if head.lower_ in OUTLET_NOUNS:
        found = _outlet(head, idx, outlets)
        if found is not None:
            return found
    if head.lower_.rstrip(".") in TITLE_WORDS or head.lower_ in TITLE_WORDS:
        # "said Sgt. Ann Holt" split after the title's period: the name after it speaks.
        k = head.i + 1
        while k < len(doc) and k < head.i + 4 and (doc[k].text == "." or doc[k].is_space or doc[k].lower_.rstrip(".") in TITLE_WORDS) and doc[k].ent_type_ != "PERSON":
            k += 1
        ent = idx.ent_at.get(k)
        if k > head.i + 1 and ent is not None and ent.label_ == "PERSON" and ent.start == k and "." in doc[head.i + 1 : k].text:
            return Speaker(head.idx, ent.end_char, idx.text[head.idx : ent.end_char], "named")
    lo, hi = np_bounds(head, idx)
    titled = _titled_surname(head, idx)
    if titled:
        hi = min(hi, head.i + 1)  # "President Stubb of Finland": the name ends at the surname
    while hi - 1 > head.i and doc[hi - 1].pos_ in ("ADP", "DET", "CCONJ"):
        hi -= 1  # a name tagged with the word after it ("Knapp of" as PERSON)
    span = doc[lo:hi]
    text = span.text
    kind = "named"
    ents = [e for e in idx.ents if lo <= e.start < hi and (e.end <= hi or e.label_ == "PERSON")]
    if outlets(text) or any(outlets(e.text) and e.root.i == head.i for e in ents):
        kind = "outlet"
    elif not any(e.label_ == "PERSON" for e in ents):
        # "the prime minister, Mette Frederiksen, said": the name in apposition speaks.
        for c in head.children:
            if c.dep_ != "appos" or c.i in idx.quote_tokens:
                continue
            for ent in idx.persons:
                if ent.start <= c.i < ent.end:
                    return Speaker(ent.start_char, ent.end_char, ent.text, "named")
        if (name := _apposed_name(lo, hi, idx)) is not None:
            return name
        head_is_entity = any(e.start <= head.i < e.end for e in ents)
        if not titled and (not head_is_entity or head.lemma_.lower() in OFFICIAL_NOUNS):
            kind = "unnamed"
    return Speaker(span.start_char, span.end_char, text, kind)


# Nouns of what an outlet or a body puts out: "updates from the broadcaster" are its words.
_REPORT_NOUNS = frozenset("update report bulletin dispatch broadcast footage".split())
# The nouns a news outlet goes by, which its name may follow ("the state broadcaster TV Peru",
# "the news agency"); quotes.py also reads a speaker with such a head as an outlet.
OUTLET_NOUNS = frozenset("broadcaster broadcasters agency newspaper daily channel outlet station network tabloid".split())


def _outlet_name(noun, idx: DocIndex) -> tuple[int, int] | None:
    """Token range of the name given to outlet noun ``noun`` in apposition ("the state
    broadcaster TV Peru"), or None."""
    for c in noun.children:
        if c.dep_ == "appos" and c.left_edge.i == noun.i + 1 and c.pos_ == "PROPN" and c.i not in idx.quote_tokens:
            return noun.i + 1, c.i + 1
    return None


def _outlet(noun, idx: DocIndex, outlets) -> Speaker | None:
    """An outlet that reports speaks: "the state broadcaster TV Peru" -> the name ("outlet" when
    the alias file lists it, else "named"); a later "the broadcaster" -> that name, as its
    antecedent (kind "pronoun"), when the text named one before; else None."""
    doc = idx.doc
    span = _outlet_name(noun, idx)
    if span is not None:
        a, b = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        text = idx.text[a:b]
        return Speaker(a, b, text, "outlet" if outlets(text) else "named")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    sent = bisect_right(idx.sent_starts, noun.i) - 1
    lo_tok = idx.sent_starts[max(0, sent - 12)] if idx.sent_starts else 0
    for t in reversed(doc[lo_tok : noun.i]):
        if t.lower_ == noun.lower_ and (span := _outlet_name(t, idx)) is not None:
            a, b = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
            lo, hi = np_bounds(noun, idx)
            return Speaker(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), doc[lo:hi].text, "pronoun", a, b)
    return None


# Title words that describe an office rather than name one ("Foreign", "Deputy"): not enough
# alone to make the next word a surname.
_OFFICE_ADJECTIVES = frozenset("foreign defense defence justice interior finance deputy former acting vice chief head".split())


def _titled_surname(head, idx: DocIndex) -> bool:
    """``head`` is a capitalised proper noun right after a title ("President Stubb", "Admiral
    Knapp of Estonia") that the model tagged as no person (no entity, or a place or an
    organisation starting at it: "Stubb" as GPE): a person's surname, so the speaker is named,
    not a role, and "of Estonia" is not part of the name. Never a word of an organisation or
    an office ("Defence Ministry of Ukraine")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.text.isupper() or head.i == 0:
        return False
    ent = idx.ent_at.get(head.i)
    if ent is not None and (ent.label_ == "PERSON" or ent.start != head.i):
        return False
    low = head.lower_.rstrip(".")
    if low in TITLE_WORDS or low in OFFICIAL_NOUNS or low in SPEAKER_NOUNS or low in NAME_CHECK_ORG_WORDS or low in _BODY_NOUNS:
        return False
    t = idx.doc[head.i - 1]
    title = t.lower_.rstrip(".")
    return t.dep_ == "compound" and t.head.i == head.i and (title in TITLE_WORDS or t.lower_ in TITLE_WORDS) and title not in _OFFICE_ADJECTIVES


_THING_LABELS = frozenset("CARDINAL QUANTITY MONEY PERCENT ORDINAL DATE TIME".split())  # other labels: often a misread organisation


def can_speak(t, idx: DocIndex) -> bool:
    """Head token ``t`` of a subject names something that can speak: a person, a group, an
    organisation, a government or a document ("the minister", "residents", "NATO", "the
    statement", "he", "one"), never a weapon, a quantity of objects, an event or an abstract
    noun ("the strikes", "both countries' airspace", "at least eight of the drones")."""
    low = t.lower_
    if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in UNNAMED_PRONOUNS:
        return True
    ent = idx.ent_at.get(t.i)
    if ent is not None:
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if ent.label_ in _THING_LABELS or t.pos_ == "NUM":
            # "two of the officials": the number stands for the people after "of".
            return any(c.lower_ == "of" and any(p.dep_ == "pobj" and can_speak(p, idx) for p in c.children) for c in t.children)
    if t.pos_ == "NUM":
        return any(c.lower_ == "of" and any(p.dep_ == "pobj" and can_speak(p, idx) for p in c.children) for c in t.children)
    if t.pos_ in ("PROPN", "PRON", "X"):
        return True
    lemma, low = t.lemma_.lower(), t.lower_
    if lemma in SPEAKER_NOUNS or low in SPEAKER_NOUNS or lemma in OFFICIAL_NOUNS or low in OFFICIAL_NOUNS or lemma in TITLE_WORDS:
        return True
    if t.pos_ != "NOUN":
        return True
    return low.endswith(SPEAKER_SUFFIXES) and not low.endswith(("ment", "ments"))


_NOT_PEOPLE = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME")


def _name_like_subjects(idx: DocIndex, lo: int, hi: int) -> list:
    """Subjects that look like personal names the model did not tag as PERSON ("Frans
    Timmermans" as NORP): a proper noun with a proper-noun compound, no place or organisation
    label; or a lone untagged surname of a person named in full before ("Jocamey Haba ... Haba
    told AFP")."""
    doc = idx.doc
    out = []
    for t in doc[lo:hi]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or t.ent_type_ in _NOT_PEOPLE or t.ent_type_ == "PERSON":
            continue
        first = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1 and c.text[:1].isupper()]
        if first and t.text[:1].isupper():
            out.append(doc[first[0].i : t.i + 1])
        elif not first and not t.ent_type_ and t.text[:1].isupper() \
                and any(len(e) >= 2 and e.end <= t.i and e[-1].text == t.text for e in idx.persons):
            out.append(doc[t.i : t.i + 1])
    return out


def _one_person(text: str) -> bool:
    """"a police officer", "the spokesman", "the foreign secretary": one person, not a body or a group."""
    words = text.lower().split()
    return bool(words) and words[0] in ("a", "an", "one", "another", "the") and words[-1] in _PERSON_NOUNS | _OFFICE_HOLDERS


# Offices one person holds: "“…,” the foreign secretary said. “…,” he said" is that person.
_OFFICE_HOLDERS = frozenset(
    """
    secretary president premier chancellor governor mayor general lawyer attorney prosecutor
    chairman chairwoman director commissioner judge colonel captain admiral
    """.split()
)


_PERSON_NOUNS = frozenset(
    """
    officer official spokesman spokeswoman spokesperson diplomat policeman policewoman witness
    resident source aide adviser advisor analyst expert minister ambassador envoy commander
    soldier lawmaker senator man woman member representative negotiator
    """.split()
)


def _described_person(pron, idx: DocIndex, lo: int) -> tuple[int, int] | None:
    """Character span of the latest description of one person ("a defence ministry spokesman",
    "the officer") that is a subject or the source after "according to", between token ``lo``
    and pronoun ``pron``, outside quotes and of the pronoun's gender when the noun tells it;
    None when there is none."""
    doc = idx.doc
    want = "m" if pron.lower_ in ("he", "him") else "f"
    for t in reversed(doc[lo : pron.i]):
        if t.i in idx.quote_tokens or t.pos_ != "NOUN" or t.lower_ not in _PERSON_NOUNS:
            continue
        source = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0 and doc[t.head.i - 1].lower_ == "according"
        if t.dep_ not in ("nsubj", "nsubjpass") and not source:
            continue
        if _TITLE_GENDER.get(t.lower_, want) != want or t.lower_ in ("woman", "policewoman") and want == "m" or t.lower_ in ("man", "policeman") and want == "f":
            continue
        a, b = np_bounds(t, idx)
        if doc[a].lower_ not in ("a", "an", "one", "another", "the"):
            continue  # "officials", "Defence Ministry spokesman Ivo Tamm": not one unnamed person
        return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    return None


_ROLE_APPOSITION = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:of|for|at)\b")


def _person_by_apposition(end: int, idx: DocIndex) -> bool:
    """Whether the phrase ending at character ``end`` is followed by an apposition of one
    person's role ("Tomas Vel, head of the front, told AFP": a person whatever the model tagged)."""
    m = _ROLE_APPOSITION.match(idx.text, end)
    return m is not None and m.group(1).lower() in _PERSON_NOUNS | _OFFICE_HOLDERS | _ROLE_HEADS


_ROLE_HEADS = frozenset("head leader chief spokesman spokeswoman spokesperson founder deputy".split())


_OUTLET_WORDS = OUTLET_NOUNS | frozenset("news television tv radio media wire".split())


def _source_over_outlet(t, idx: DocIndex):
    """Subject token ``t`` of "..., the state news agency reported" stands aside for the body
    whose claim the agency reported earlier in the sentence ("The Guard Corps claimed it hit a
    base, the agency VNA reported. “…,” it added": the Guard Corps). ``t`` itself otherwise."""
    v = t.head
    if v.lemma_.lower() != "report":
        return t
    lo, hi = np_bounds(t, idx)
    if not any(w.lower_ in _OUTLET_WORDS for w in idx.doc[lo:hi]):
        return t
    first = idx.sent_starts[bisect_right(idx.sent_starts, t.i) - 1] if idx.sent_starts else 0
    for c in idx.doc[first:lo]:
        if c.dep_ == "nsubj" and c.i not in idx.quote_tokens and c.head.lemma_.lower() in REPORTING_VERBS \
                and c.head.lemma_.lower() != "report" and c.ent_type_ != "PERSON" \
                and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP") or c.lemma_.lower() in _BODY_NOUNS):
            return c
    return t


def _main_subject(span) -> bool:
    """The name is the subject of its sentence's main verb (not of a subordinate clause)."""
    r = span.root
    if r.dep_ in ("compound", "appos") and r.head.dep_ in ("nsubj", "nsubjpass"):
        r = r.head
    if r.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = r.head
    return v.dep_ == "ROOT" or v.dep_ == "conj" and v.head.dep_ == "ROOT"


_TITLE_GENDER = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "spokesman": "m",
    "chairman": "m", "congressman": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dame": "f", "lady": "f", "queen": "f", "princess": "f", "spokeswoman": "f", "chairwoman": "f",
    "congresswoman": "f",
}
_detector = None


def _first_name_gender(first: str) -> str | None:
    """"m", "f" or None from the name dictionary of gender-guesser (Jörg Michael's list of
    about 40,000 first names); loaded once, on first use."""
    global _detector
    if _detector is None:
        try:
            import gender_guesser.detector as gd
        except ImportError:  # the dictionary is optional: gender then comes from titles only
            _detector = False
        else:
            _detector = gd.Detector(case_sensitive=False)
    if not _detector:
        return None
    g = _detector.get_gender(first)
    return "m" if g in ("male", "mostly_male") else "f" if g in ("female", "mostly_female") else None


def first_name_gender(first: str) -> str | None:
    """"m", "f" or None (not a first name the dictionary knows): ``first_name_gender("Karl") == "m"``."""
    return _first_name_gender(first)


def person_gender(ent, idx: DocIndex) -> str | None:
    """Gender of PERSON span ``ent``, "m", "f" or None: from a title before or in it ("Mrs
    Vance", "spokeswoman Ana Pike"), else from its first name, or from the first name of a
    fuller mention of the same surname in the document."""
    doc = idx.doc
    for t in list(doc[max(0, ent.start - 3) : ent.start]) + list(ent):
        g = _TITLE_GENDER.get(t.lower_)
        if g:
            return g
    names = [t for t in ent if t.lower_.rstrip(".") not in TITLE_WORDS and t.is_alpha]
    if len(names) < 2:
        last = ent[-1].lower_
        fuller = [e for e in idx.persons if e[-1].lower_ == last and len(e) >= 2]
        if not fuller:
            return None
        names = [t for t in fuller[0] if t.lower_.rstrip(".") not in TITLE_WORDS and t.is_alpha]
        if len(names) < 2:
            return None
    return _first_name_gender(names[0].text)


_BODY_NOUNS = frozenset(
    """
    ministry command company office agency department army military government group network
    service authority authorities council committee commission organisation organization firm
    embassy police navy court alliance party union bank operator owner
    """.split()
)


def resolve_it(pron, idx: DocIndex) -> Speaker | None:
    """"it said", "it posted on X" -> the latest organisation, government or body that was the
    subject of a clause in the three sentences before (``Speaker`` of kind "pronoun" with that
    antecedent); None when there is none."""
    doc = idx.doc
    here = bisect_right(idx.sent_starts, pron.i) - 1
    window_start = idx.sent_starts[max(0, here - 3)] if idx.sent_starts else 0
    body = _speaking_body(pron, idx, window_start)
    for t in reversed(doc[window_start : pron.i]):
        if body is not None and t.idx < body[0]:
            break  # the body that spoke last is nearer than any subject left
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i in idx.quote_tokens or t.pos_ == "PRON":
            continue
        ent = idx.ent_at.get(t.i)
        if (ent is None or ent.label_ != "PERSON") and _persons_word(t, idx):
            return None  # "added Osei" where the model tagged only "Kwame Osei" (or misread ORG): a person, stop
        apposed = next((c for c in t.children if c.dep_ == "appos" and c.lemma_.lower() in _APPOSED_BODY_NOUNS), None)
        if apposed is not None and not (ent is not None and ent.label_ == "PERSON"):
            # "One of the factions, a militia called the Dune Brigade, accused ...": the body apposed
            lo, hi = np_bounds(apposed, idx)
            for c in apposed.children:  # "a militia called the Dune Brigade": with its name
                if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "dub", "know") and c.right_edge.i >= hi:
                    hi = c.right_edge.i + 1
            return Speaker(pron.idx, pron.idx + len(pron), pron.text, "pronoun", doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        named_body = ent is not None and ent.label_ != "PERSON" and ent.label_ not in _THING_LABELS  # also a misread ORG
        if named_body or ent is None and (t.lemma_.lower() in _BODY_NOUNS or t.pos_ == "PROPN"):
            t = _source_over_outlet(t, idx)
            lo, hi = np_bounds(t, idx)
            return Speaker(pron.idx, pron.idx + len(pron), pron.text, "pronoun", doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        if ent is not None and ent.label_ == "PERSON":
            return None  # "it" is never a person: the nearest subject is one, so stop
    if body is not None:
        return Speaker(pron.idx, pron.idx + len(pron), pron.text, "pronoun", body[0], body[1])
    return None


# Nouns for a body that an apposition may give a subject: "One of the factions, a militia called ...".
_APPOSED_BODY_NOUNS = _BODY_NOUNS | frozenset("militia faction brigade movement front".split())


def _persons_word(t, idx: DocIndex) -> bool:
    """Token ``t`` is a capitalised word of a PERSON entity of the document ("Osei" of "Kwame
    Osei"), where the model did not tag it so (no entity, or a misread ORG): the same person
    again, never a body."""
    return t.text[:1].isupper() and any(t.text == w.text for e in idx.persons for w in e)


def _body_that_spoke(t, idx: DocIndex) -> bool:
    """Token ``t`` heads a singular common noun of a body (``_BODY_NOUNS``: "the company", "the
    ministry") that is the subject of a verb of saying outside quotes: a later "they" may
    stand for it, as news writes of companies and ministries."""
    if t.dep_ != "nsubj" or t.tag_ != "NN" or t.ent_type_ or t.lemma_.lower() not in _BODY_NOUNS or t.i in idx.quote_tokens:
        return False
    v = t.head
    return v.i not in idx.quote_tokens and v.lemma_.lower() in REPORTING_VERBS and v.pos_ in ("VERB", "AUX")


def _speaking_body(pron, idx: DocIndex, window_start: int) -> tuple[int, int] | None:
    """Character span of the previous quote's speaker when it is a body, not a person (no PERSON
    entity in it; its last word a body noun, or an organisation or place entity), named between
    token ``window_start`` and pronoun ``pron``: "Announcing X, Chile's ANI intelligence service
    said “…”. It said ..." — a speaker the parser hung as no subject is still the latest body that
    spoke. None when there is none."""
    last = idx.last_speaker
    if last is None or last.kind not in ("named", "unnamed"):
        return None
    if last.end > pron.idx or last.start < idx.doc[window_start].idx:
        return None
    lo, hi = idx.tok(last.start), idx.tok(last.end - 1)
    toks = idx.doc[lo : hi + 1]
    if not len(toks) or any(t.ent_type_ == "PERSON" for t in toks) or all(_persons_word(t, idx) for t in toks):
        return None
    head = toks[-1]
    if head.lemma_.lower() in _BODY_NOUNS or head.ent_type_ in ("ORG", "NORP", "GPE"):
        return last.start, last.end
    return None


# Verbs of harm done to a person ("Brenner was shot", "the mayor was wounded"): the one harmed is
# the subject of the story, not who tells reporters about it.
_HARMED = frozenset("shoot wound injure kill attack stab assassinate hospitalise hospitalize hit target kidnap abduct beat".split())


def _harmed(e, cands, idx: DocIndex) -> bool:
    """A mention of the person ``e`` names (same last word), among ``cands``, is the passive
    subject of a verb of harm ("X was shot")."""
    last = e[-1].lower_
    return any(c[-1].lower_ == last and c.root.dep_ == "nsubjpass" and c.root.head.lemma_.lower() in _HARMED for c in cands)


def _reported_speaking(e, idx: DocIndex) -> bool:
    """The mention ``e`` is the subject of a verb of saying outside quotes ("X told reporters")."""
    root = e.root
    v = root.head if root.dep_ == "nsubj" else root.head.head if root.head.dep_ == "nsubj" and root.dep_ in ("compound", "appos") else None
    return v is not None and v.i not in idx.quote_tokens and v.lemma_.lower() in REPORTING_VERBS and v.pos_ in ("VERB", "AUX")


def _speaker_over_victim(pick, cands, idx: DocIndex):
    """``pick``, or when it names the one harmed ("Brenner was shot ...") and never speaks in the
    window while another person of ``cands`` was reported speaking there ("Minister X said ..."),
    that speaker's latest mention: "“…,” he told reporters" after "X said the man who shot
    Brenner ... Brenner was shot five times" is X, not the victim."""
    last = pick[-1].lower_
    if any(c[-1].lower_ == last and _reported_speaking(c, idx) for c in cands) or not _harmed(pick, cands, idx):
        return pick
    speakers = [c for c in cands if c[-1].lower_ != last and _reported_speaking(c, idx)]
    return speakers[-1] if speakers else pick


# Clauses a name inside of is background, not the one who speaks next ("the first decree since
# former dictator Y ruled", "which Y founded", "said Y had fled").
_BACKGROUND_CLAUSES = frozenset(("advcl", "relcl", "ccomp", "xcomp", "pcomp", "csubj"))


def _in_background_clause(span) -> bool:
    """The name ``span`` sits in a subordinate clause of its sentence (``_BACKGROUND_CLAUSES`` on
    the way from its head to the sentence's root)."""
    t = span.root
    while t.head.i != t.i:
        if t.dep_ in _BACKGROUND_CLAUSES:
            return True
        t = t.head
    return False


def _nearer_named(pick, cands, pron, idx: DocIndex):
    """``pick`` (a subject named further back), or the latest name of ``cands`` when it comes in a
    later sentence, at most three sentences before the pronoun's, as the only person of its
    sentence ("President X declared ... The decree was condemned by opposition leader Y. “…,” he
    said": Y, the nearest compatible person, not the subject X). Not when that sentence or one
    after it has a personal pronoun subject outside quotes that carries the earlier chain on ("X
    met Y. He said ..."), unless it reports a quote of its sentence ("“…,” he said. “…,” he
    added": resolved the same way, to Y); not when Y is the one harmed ("Y was shot") or named in
    a subordinate clause ("the first decree since Y ruled")."""
    near = cands[-1]
    starts = idx.sent_starts
    here = bisect_right(starts, pron.i) - 1
    at = bisect_right(starts, near.start) - 1
    if near is pick or at <= bisect_right(starts, pick.start) - 1 or at < here - 3 or _harmed(near, cands, idx):
        return pick
    if any(bisect_right(starts, c.start) - 1 == at for c in cands[:-1]) or _in_background_clause(near):
        return pick
    doc = idx.doc
    for t in doc[starts[at] : starts[here]]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSON_PRONOUNS and t.i not in idx.quote_tokens:
            sent = t.sent
            quoting = t.head.lemma_.lower() in REPORTING_VERBS and any(u.i in idx.quote_tokens for u in sent)
            if not quoting or at == bisect_right(starts, t.i) - 1:
                return pick
    return near


def resolve_pronoun(pron, idx: DocIndex) -> Speaker:
    """"he told reporters" -> an earlier named person outside quotes: one named earlier in the
    same sentence (its main subject first), else the latest subject of a main clause, else the latest subject, else
    the latest name. "they" stands for the latest plural or named subject that can speak (a body, a
    government, people), never for what is said or done ("the accusations", "the measures")."""
    doc = idx.doc
    pos = pron.idx
    sent_starts = idx.sent_starts
    here = bisect_right(sent_starts, pron.i) - 1
    window_start = sent_starts[max(0, here - 8)] if sent_starts else 0
    sent_start = sent_starts[here] if sent_starts and here >= 0 else 0
    antecedent = None
    if pron.lower_ in PERSON_PRONOUNS:
        people = [e for e in idx.persons if e.start >= window_start and e.end_char <= pos]
        people += _name_like_subjects(idx, window_start, pron.i)
        cands = sorted((e for e in people if e.root.i not in idx.quote_tokens), key=lambda e: e.start)
        if len({e[-1].lower_ for e in cands}) > 1:
            # "Karl Holm met Anna Lind ... she said": only names of the pronoun's gender (or
            # of an unknown one) are antecedents.
            want = "m" if pron.lower_ in ("he", "him") else "f"
            agree = [e for e in cands if person_gender(e, idx) in (want, None)]
            cands = agree or cands
        same = [e for e in cands if e.start >= sent_start]
        main = [e for e in cands if _main_subject(e)]
        subj = [e for e in cands if e.root.dep_ in ("nsubj", "nsubjpass")
                or e.root.head.dep_ in ("nsubj", "nsubjpass") and e.root.dep_ in ("compound", "appos")]
        same_main = [e for e in same if _main_subject(e)]
        pick = next((group[-1] for group in (same_main, same, main, subj, cands) if group), None)
        if pick is not None and not same:
            pick = _speaker_over_victim(pick, cands, idx)
            pick = _nearer_named(pick, cands, pron, idx)
        # Only the latest name, no subject, in the sentence of the speaker quoted last ("“…,” X
        # told reporters after briefing Governor Y"): that speaker is nearer in the discourse.
        last = idx.last_speaker
        latest_only = pick is not None and not (same or main or subj) and last is not None \
            and bisect_right(sent_starts, pick.start) == bisect_right(sent_starts, idx.tok(last.start))
        if pick is not None:
            antecedent = (pick.start_char, pick.end_char)
        desc = _described_person(pron, idx, sent_starts[max(0, here - 2)] if sent_starts else 0)
        if desc is not None and (pick is None or desc[0] > pick.end_char and idx.text[desc[0] : desc[1]].split()[0].lower() != "the"):
            # "…, according to a defence ministry spokesman. “…,” he said": the one person
            # brought in since the last name ("the officer" after a name may be that name).
            antecedent = desc
        last = idx.last_speaker
        if last is not None and last.kind == "unnamed" and _one_person(last.text) and last.end <= pos:
            if last.start >= doc[window_start].idx and (pick is None or last.start > pick.start_char):
                # "..., a police officer said. “...,” he said": the unnamed speaker just
                # quoted, not a name from further back.
                antecedent = (last.start, last.end)
        elif last is not None and last.kind == "named" and last.end <= pos and last.start >= doc[window_start].idx \
                and (pick is None or last.start > pick.start_char or latest_only) and antecedent == ((pick.start_char, pick.end_char) if pick else None):
            # "Chief Minister X, in a post, said “…”. Minutes earlier, he had …": the person just
            # quoted (the parser may not make X a subject), of the pronoun's gender; also before
            # a name that is no subject ("“…,” X told reporters after briefing Governor Y. “…,”
            # he added": X), and when the model tagged no person in X's name.
            want = "m" if pron.lower_ in ("he", "him") else "f"
            named = [e for e in idx.persons if last.start <= e.start_char and e.end_char <= last.end]
            if len(named) == 1 and person_gender(named[0], idx) in (want, None):
                antecedent = (named[0].start_char, named[0].end_char)
            elif not named and (unlabelled_person(last.start, last.end, idx) or _person_by_apposition(last.end, idx)):
                antecedent = (last.start, last.end)
    else:
        body = _speaking_body(pron, idx, window_start)
        for t in reversed(doc[window_start : pron.i]):
            if body is not None and t.idx < body[0]:
                antecedent = body  # the body quoted last ("the company that owns the ship said") is nearer
                break
            if _body_that_spoke(t, idx):
                # "..., the company that owns the ship said. “…,” they said": a body is "they" too
                lo, hi = np_bounds(t, idx)
                antecedent = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
                break
            if t.dep_ in ("nsubj", "nsubjpass") and (t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("ORG", "GPE", "NORP")):
                if t.i in idx.quote_tokens or t.lower_ in GROUP_PRONOUNS:
                    continue
                if not t.ent_type_ and (t.lemma_.lower() in NOT_AGENT_NOUNS or t.lower_ in NOT_AGENT_NOUNS or not can_speak(t, idx)):
                    continue  # "the accusations were baseless. They added": no agent, look further back
                t = _source_over_outlet(t, idx)
                lo, hi = np_bounds(t, idx)
                antecedent = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
                break
        else:
            antecedent = body
    if pron.lower_ in PERSON_PRONOUNS:
        antecedent = relative_antecedent(antecedent, pron, idx, np_bounds)  # "the sister of X ... she": the sister
    if antecedent is None:
        return Speaker(pron.idx, pron.idx + len(pron), pron.text, "pronoun")
    return Speaker(pron.idx, pron.idx + len(pron), pron.text, "pronoun", antecedent[0], antecedent[1])
