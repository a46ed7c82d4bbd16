"""Find what in a saved article is not the article: appeals, ads, teasers, comment forms,
correction footers. Also find headings, which stay in the text as headings.

Works line by line on the clean text and returns character ranges; nothing is deleted
here, so offsets stay valid and the reader can show what was removed.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .models import Heading, Removed

_I = re.IGNORECASE

# A whole line (stripped) that is boilerplate by itself.
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "advertisement",
        re.compile(
            r"(?:advertisements?|adverts?|ads?|sponsored(?: content| links?| stories)?|paid (?:content|post)|promoted(?: content)?|"
            r"(?:advertisement|ad)\s*[-–—:|]\s*(?:scroll|continue) (?:down )?(?:to continue|reading)(?: with content)?|"
            r"(?:the )?(?:story|article|text|report|news|post) continues (?:below|after)"
            r"(?: (?:(?:this|the) )?(?:advertisement|advert|ad|video|ads))?[.:]?|"
            r"continue reading(?: (?:below|the (?:main )?story|after (?:this|the) (?:advertisement|advert|ad)))?[.:…]*|"
            r"scroll (?:down )?to continue(?: (?:with content|reading))?|skip advert(?:isement)?|skip ad)",
            _I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"(?:no comments:?|\d+ comments?:?|post a comment|leave a (?:comment|reply)|"
            r"add a comment|show comments|view comments|join the conversation|comments|"
            r"(?:note: )?only a member of this blog may post a comment\.?|"
            r"newer post older post home|subscribe to: post comments(?: \(atom\))?|"
            r"your email address will not be published.*|log in to (?:comment|reply)|"
            r"be the first to comment.*)",
            _I,
        ),
    ),
    (
        "correction",
        re.compile(
            r"(?:to suggest a correction or clarification.*|"
            r"(?:you can also )?highlight the text and press ctrl ?\+ ?enter.*|"
            r".*(?:select|selecting|highlight) (?:the|that) text and press(?:ing)? ctrl ?\+ ?enter.*|"
            r"spotted (?:an error|a mistake|a typo)\??.*|report an? (?:error|typo)|"
            r"corrections? policy|if you (?:have )?(?:found|notice|spot)(?:ted|d)? an? (?:error|typo|mistake).*)",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"(?:share(?: this)?(?: article| story| page)?:?|share on (?:facebook|twitter|x|linkedin|whatsapp|telegram)|"
            r"follow us on .{1,60}|click to share on .{1,40}|"
            r"sign up for (?:our|the) .{0,40}newsletter.*|subscribe to (?:our|the) .{0,40}newsletter.*|"
            r"(?:read|see) (?:more|also):.*|(?:also|must) read\s*[:|–—]\s*\S.*|related:.*|"
            r"tags?: .{1,200}|topics?: .{1,200}|©.{0,120}|copyright (?:©|\(c\)|\d{4}).{0,120}|all rights reserved\.?)",
            _I,
        ),
    ),
    (
        "appeal",
        re.compile(r"(?:remind me later\.?|maybe later\.?|no,? thanks\.?|close this (?:message|banner))", _I),
    ),
    (
        # A player's notice where a video was, and its caption line.
        "video",
        re.compile(
            r"(?:(?:sorry, )?(?:this|the) (?:video|media|audio|content) (?:cannot|can ?not|could not|can't|is not|isn't) "
            r"(?:be )?(?:played|displayed|available|supported|loaded).{0,80}|"
            r"your (?:browser|device) (?:does not|doesn't) support .{0,60}|(?:please )?(?:enable|turn on) javascript.{0,80}|"
            r"(?:watch|play|replay|listen)(?: (?:the|this))? (?:video|now|live|again|full video)[.!]?|"
            r"(?:duration|video duration)\s*:?\s*\d{1,2}:\d\d(?::\d\d)?)",
            _I,
        ),
    ),
    (
        # Where the text came from, when it is a republished copy.
        "republication",
        re.compile(
            r"(?:(?:click|tap) (?:on )?(?:this|the|here)(?: link)?(?: here)? (?:for|to (?:read|see|view|visit)) the original.{0,80}|"
            r"(?:read|view|see) the original (?:article|story|post|report|source).{0,80}|"
            r"this (?:content|article|story|post|report|piece|material) (?:is|was|has been|appears|is being) "
            r"(?:(?:re)?published |reproduced |reprinted |syndicated |shared |provided |used )?"
            r"(?:courtesy of|with (?:the )?permission of|by (?:arrangement|permission) with|under (?:a )?licen[cs]e from|"
            r"(?:originally|first) (?:published|appeared) (?:on|in|by)|republished from|reproduced from|via) .{1,150}|"
            r"(?:republished|reproduced|reprinted|syndicated) (?:with (?:the )?permission )?(?:from|courtesy of|of|by) .{1,120}|"
            r"(?:content |article |story )?courtesy(?: of)? .{1,80}|original(?:ly published)? (?:source|article|at|on)\s*:.{1,150})",
            _I,
        ),
    ),
    (
        "share",
        re.compile(
            r"(?:subscribe(?: now| today| here| for free)?[.!]?|subscribe to (?:our|the|this) .{0,60}"
            r"(?:channel|newsletter|podcast|updates|alerts|feed).{0,60}|"
            r"(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|copy link|comment)"
            r"(?:\s*[|·•,/]?\s*(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|copy link|comment)\b){1,}|"
            r"share (?:via|on social media|with friends)[.:]?|(?:download|get) (?:the|our) .{0,40}app(?: .{0,60})?|"
            r"follow (?:the )?(?:latest|live) (?:updates|coverage)(?: .{0,60})?)",
            _I,
        ),
    ),
]
# A video's caption line ("Watch: Smoke rises over the port"): short, its own kind of line.
_CAPTION = re.compile(r"(?:watch|video|listen|play video|media caption|video caption|watch video)\s*[:|–—]\s*\S.{0,120}", _I)
CAPTION_MAX_WORDS = 15
# Rules that match short lines only: a caption or a button row, not a paragraph.
_SHORT_RULES = {"video": 25, "republication": 16, "share": 20}
# Kinds found only near the top or the bottom of the text (this many lines of content in),
# where a copy says where it came from; in the body such words are the article's.
_EDGE_KINDS = {"republication"}
EDGE_LINES = 6

# The first line of an appeal block ("A Message from The Moscow Times:", "Dear readers,").
_APPEAL_START = re.compile(
    r"(?:an? (?:message|note|word|request) from .{2,60}:?|dear (?:readers?|friends|subscribers|supporters),?|"
    r"support (?:independent|our|quality|free) (?:journalism|press|media|reporting).{0,80}|"
    r"we need your (?:help|support).{0,80})",
    _I,
)
# Words that keep an appeal block going.
_APPEAL_CUE = re.compile(
    r"support(?:ing)? (?:us|our)|donat|contribut|subscri|journalis|readers|membership|"
    r"thank you for|remind me later|paywall|\$\s?\d|€\s?\d|£\s?\d|independent (?:media|press|reporting)",
    _I,
)
# A single line in the outlet's own voice asking for money.
_APPEAL_LINE = re.compile(
    r"^(?=.*\b(?:us|our (?:work|journalism|reporting|newsroom))\b)(?=.*(?:donat|subscri|contribut|membership|\$\s?\d|€\s?\d)).*$",
    _I,
)

# The heading of a block of links to other articles.
_TEASER_START = re.compile(
    r"(?:other topics of interest|read also|see also|also read|related (?:news|articles?|stories|content|posts?|reading|coverage)|"
    r"more (?:from|on|in) .{1,40}|more stories|you (?:may|might) also (?:like|be interested in)|"
    r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|trending(?: now)?|"
    r"editor'?s? picks|latest (?:news|stories|headlines|videos?)|top (?:stories|headlines|news)|more (?:headlines|videos?)|"
    r"headlines|watch more|(?:more|recommended|related) videos?|what to read next|keep reading)\s*:?",
    _I,
)

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_QUOTE_CHARS = "\"“”«»„"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int  # excluding the newline
    text: str  # stripped

    @property
    def blank(self) -> bool:
        return not self.text


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    return out


def _stems(s: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(s)}


def _headline_like(line: _Line) -> bool:
    words = line.text.split()
    return 1 <= len(words) <= 25 and not line.text.endswith((".", ",", ";", ":")) and not any(
        c in line.text for c in "\"“”"
    )


# A boilerplate line is short: a longer one is a paragraph (or a whole text without line
# breaks) that merely mentions "highlight the text and press Ctrl+Enter", and stays.
LINE_RULE_MAX_CHARS = 1_000


def _line_rule(text: str) -> str | None:
    if len(text) > LINE_RULE_MAX_CHARS:
        return None
    for kind, rx in _LINE_RULES:
        if rx.fullmatch(text) and (kind not in _SHORT_RULES or len(text.split()) <= _SHORT_RULES[kind]):
            return kind
    if len(text) < 400 and not any(c in text for c in _QUOTE_CHARS) and _APPEAL_LINE.match(text):
        return "appeal"
    if _CAPTION.fullmatch(text) and len(text.split()) <= CAPTION_MAX_WORDS and not any(c in text for c in _QUOTE_CHARS):
        return "video"
    return None


def _appeal_block(lines: list[_Line], i: int) -> int:
    """Index of the last line of an appeal block starting at i, or -1 if it is not one."""
    last_cue = i if _APPEAL_CUE.search(lines[i].text) else -1
    seen = 0
    for j in range(i + 1, len(lines)):
        if lines[j].blank:
            continue
        seen += 1
        if _APPEAL_CUE.search(lines[j].text) or _line_rule(lines[j].text) == "appeal":
            last_cue = j
        if seen >= 12 and last_cue < j - 4:
            break
    return last_cue


def _teaser_block(lines: list[_Line], i: int) -> tuple[int, int]:
    """(first, last) line of a teaser block whose heading is line i."""
    first = i
    headlines: list[str] = []
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j >= 0 and _headline_like(lines[j]) and not _line_rule(lines[j].text):
        first, headlines = j, [lines[j].text]
    last = i
    j = i + 1
    after_headline = False
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        if line.text in headlines or (_headline_like(line) and len(line.text.split()) >= 3):
            headlines.append(line.text)
            last, after_headline = j, True
        elif after_headline and len(_stems(line.text) & set().union(*map(_stems, headlines))) >= 2:
            # A teaser's summary paragraph: it elaborates on the teaser's headline.
            last, after_headline = j, False
        else:
            break
        j += 1
    below = len(headlines) - (1 if first < i else 0)  # headlines under the label
    page_top = not any(not ln.blank and not _headline_like(ln) for ln in lines[:first])
    if page_top and below == 1 and j < len(lines) and not _headline_like(lines[j]) and not _line_rule(lines[j].text):
        # At the top of the page, one headline and then ordinary paragraphs: that is the
        # article itself under a "Latest News" label. Only the label goes.
        return i, i
    return first, last


def find_boilerplate(text: str) -> list[Removed]:
    """Ranges of ``text`` that are not the article, each with its kind."""
    lines = _lines(text)
    content = [k for k, ln in enumerate(lines) if not ln.blank]
    edge = set(content[:EDGE_LINES]) | set(content[-EDGE_LINES:])
    marks: list[tuple[int, int, str]] = []  # (first line, last line, kind)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if _APPEAL_START.fullmatch(line.text):
            last = _appeal_block(lines, i)
            if last >= 0:
                marks.append((i, last, "appeal"))
                i = last + 1
                continue
        if _TEASER_START.fullmatch(line.text):
            first, last = _teaser_block(lines, i)
            if marks and marks[-1][1] >= first:
                first = marks[-1][1] + 1
            marks.append((first, last, "teaser"))
            i = last + 1
            continue
        kind = _line_rule(line.text)
        if kind and (kind not in _EDGE_KINDS or i in edge):
            marks.append((i, i, kind))
        i += 1
    marks = _with_trailing_teasers(lines, marks)

    removed: list[Removed] = []
    for first, last, kind in marks:
        start = lines[first].start
        end = min(lines[last].end + 1, len(text))  # with its newline
        # Swallow the blank lines that follow, so no hole of empty lines is left.
        k = last + 1
        while k < len(lines) and lines[k].blank and lines[k].end < len(text):
            end = lines[k].end + 1
            k += 1
        if removed and removed[-1].end >= start and removed[-1].kind == kind:
            removed[-1] = Removed(removed[-1].start, end, kind)
        else:
            removed.append(Removed(start, end, kind))
    return removed


def _with_trailing_teasers(lines: list[_Line], marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``marks`` with the headline list that ends the page under no heading as a teaser
    block (``trailing_teasers``); the line marks inside it go into it."""
    from .trailing_teasers import trailing_teasers

    covered = {k for first, last, _ in marks for k in range(first, last + 1)}
    block = trailing_teasers([ln.text for ln in lines], covered.__contains__)
    if block is None:
        return marks
    first, last = block
    return sorted([m for m in marks if not first <= m[0] <= last] + [(first, last, "teaser")])


_MD_HEADING = re.compile(r"(#{1,6})\s+\S.*")
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "over", "the", "to", "up", "vs", "with", "is", "are", "after", "amid", "about",
}


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text)]
    if not words:
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(big) and sum(w[0].isupper() for w in big) / len(big) >= 0.75


# A sentence-case headline ("India fires missiles into Pakistan, killing eight"): a short
# line, capitalised, that does not end as a sentence or a clause does.
HEADLINE_MAX_WORDS = 25
_CLOSING_QUOTES = "\"'’”»"
_OPENING_QUOTES = "\"'‘“«"


def is_sentence_headline(line: str) -> bool:
    """True when ``line`` reads as a headline written in sentence case: 3 to 25 words, at
    most 200 characters, its first letter a capital (or a number first), not ending in . , ; : (a closing
    quote aside) and not two sentences. Only the text's first line of content is judged
    with this (see ``find_headings``): a line like this inside an article is a paragraph.
    A leading number is allowed ("75 killed in attack on mosque")."""
    text = line.strip()
    words = text.split()
    if not (3 <= len(words) <= HEADLINE_MAX_WORDS) or len(text) > 200:
        return False
    first = next((c for c in text if c.isalpha()), "")
    if not text[0].isdigit():  # a number may lead ("75 killed in attack on mosque"), else a capital
        if not (text[0].isalpha() or text[0] in _OPENING_QUOTES) or not first.isupper():
            return False
    if text.rstrip(_CLOSING_QUOTES).endswith((".", ",", ";", ":")):
        return False
    return not re.search(r"[a-z]{2}[.!?] [A-Z]", text)


def find_headings(text: str, removed: list[Removed] = ()) -> list[Heading]:
    """Markdown headings, short title-case lines standing alone (or first in the file), and
    a sentence-case headline as the first line of content (datelines before it aside)."""
    from .datelines import is_dateline

    lines = _lines(text)
    # Ranges by start, searched by bisection: a 20 MB text has thousands of each.
    spans = sorted((r.start, r.end) for r in removed)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far

    def in_removed(ln) -> bool:
        i = bisect.bisect_right(starts, ln.start) - 1
        return i >= 0 and ln.start < reach[i]

    first_content = next((k for k, ln in enumerate(lines) if not ln.blank), None)
    # The first line of the article itself: not site text found above, not a date line.
    first_text = next((k for k, ln in enumerate(lines[:200]) if not ln.blank and not in_removed(ln)
                       and not is_dateline(ln.text)), None)
    has_more = first_text is not None and any(not ln.blank for ln in lines[first_text + 1:first_text + 50])
    out: list[Heading] = []
    for k, line in enumerate(lines):
        if line.blank or in_removed(line):
            continue
        if m := _MD_HEADING.fullmatch(line.text):
            out.append(Heading(line.start, line.end, len(m.group(1))))
            continue
        if k == first_text and has_more and is_sentence_headline(line.text):
            out.append(Heading(line.start, line.end, 1))
            continue
        words = line.text.split()
        if not (1 <= len(words) <= 14) or line.text.endswith((".", ",", ";", ":", "!", "\"", "”")):
            continue
        if not _title_case(line.text):
            continue
        prev_blank = k == 0 or lines[k - 1].blank
        next_blank = k + 1 >= len(lines) or lines[k + 1].blank
        if k == first_content:
            out.append(Heading(line.start, line.end, 1))
        elif prev_blank and next_blank:
            out.append(Heading(line.start, line.end, 2))
    return out


_KIND_WORDS = {
    "advertisement": ("advertisement", "advertisements"), "comments": ("comment line", "comment lines"),
    "correction": ("correction notice", "correction notices"), "share": ("share line", "share lines"),
    "appeal": ("appeal line", "appeal lines"), "teaser": ("link to other articles", "links to other articles"),
    "video": ("video notice", "video notices"), "republication": ("source notice", "source notices"),
}


def removed_notice(text: str, removed: list[Removed]) -> str:
    """One line saying how many lines of ``text`` the ``removed`` ranges leave out, by kind,
    most first: "3 lines of site text left out: 2 video notices, 1 share line" (what an
    import reports, so the analyst sees that no line of the article went); "" when none."""
    by_kind: dict[str, int] = {}
    for r in removed:
        n = sum(1 for ln in text[r.start:r.end].split("\n") if ln.strip())
        if n:
            by_kind[r.kind] = by_kind.get(r.kind, 0) + n
    if not by_kind:
        return ""
    total = sum(by_kind.values())
    parts = []
    for kind, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0])):
        one, many = _KIND_WORDS.get(kind, (kind, kind))
        parts.append(f"{n} {one if n == 1 else many}")
    return f"{total} line{'s' if total != 1 else ''} of site text left out: {', '.join(parts)}"
