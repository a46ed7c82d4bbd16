"""Checks a labels file against its texts without importing bluf: every incident evidence,
quote text, speaker mention and stance evidence occurs verbatim in its text; speakers and stance
actors are labelled actors; types and stance labels are known; one stance per actor; and, with
--sources, each text's sha256 and length match sources.json. Aliases and places that do not
occur verbatim are reported as warnings.

    python3 bench/real_news/check_labels.py --labels bench/real_news/labels.json \
        --texts /work/devset/texts --sources bench/real_news/sources.json
"""
import argparse, hashlib, json, os, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--labels', required=True)
    ap.add_argument('--texts', required=True)
    ap.add_argument('--sources')
    a = ap.parse_args()
    doc = json.load(open(a.labels, encoding='utf-8'))
    types, stance_labels = set(doc['event_types']), set(doc['stance_labels'])
    errors, warnings = [], []
    for name, lab in doc['files'].items():
        path = os.path.join(a.texts, name)
        if not os.path.exists(path):
            errors.append(f'{name}: text missing')
            continue
        text = open(path, encoding='utf-8', newline='').read()
        actors = lab['actors']
        for inc in lab['incidents']:
            if inc['type'] not in types or any(t not in types for t in inc.get('alt_types', [])):
                errors.append(f'{name}: unknown type {inc["type"]}')
            if inc['salience'] not in ('main', 'background'):
                errors.append(f'{name}: salience {inc["salience"]}')
            if inc['evidence'] not in text:
                errors.append(f'{name}: incident evidence not in text: {inc["evidence"][:60]}')
        for q in lab['quotes']:
            if q['text'] not in text:
                errors.append(f'{name}: quote not in text: {q["text"][:60]}')
            if q['speaker_mention'] not in text:
                errors.append(f'{name}: speaker mention not in text: {q["speaker_mention"]}')
            if q['speaker'] is not None and q['speaker'] not in actors:
                errors.append(f'{name}: speaker not an actor: {q["speaker"]}')
            if q['kind'] not in ('full', 'partial'):
                errors.append(f'{name}: quote kind {q["kind"]}')
        for actor, v in actors.items():
            if v['kind'] not in ('person', 'organisation', 'government', 'group'):
                errors.append(f'{name}: actor kind {actor}: {v["kind"]}')
            for al in v.get('aliases', []):
                if al not in text:
                    warnings.append(f'{name}: alias not in text: {actor} / {al}')
        for p in lab['places']:
            if p not in text:
                warnings.append(f'{name}: place not in text: {p}')
        seen = set()
        for s in lab['stances']:
            if s['actor'] not in actors:
                errors.append(f'{name}: stance actor not an actor: {s["actor"]}')
            if s['actor'] in seen:
                errors.append(f'{name}: two stances for {s["actor"]}')
            seen.add(s['actor'])
            if s['label'] not in stance_labels:
                errors.append(f'{name}: stance label {s["label"]}')
            if s['evidence'] not in text:
                errors.append(f'{name}: stance evidence not in text: {s["evidence"][:60]}')
    if a.sources:
        by_file = {e['file']: e for e in json.load(open(a.sources, encoding='utf-8'))}
        for name in doc['files']:
            e = by_file.get(name)
            path = os.path.join(a.texts, name)
            if e is None:
                errors.append(f'{name}: no sources.json entry')
                continue
            if not os.path.exists(path):
                continue
            data = open(path, 'rb').read()
            if hashlib.sha256(data).hexdigest() != e.get('sha256'):
                errors.append(f'{name}: sha256 differs from sources.json')
            if len(data.decode('utf-8')) != e.get('chars'):
                errors.append(f'{name}: chars differ from sources.json')
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f'{len(doc["files"])} files, {len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
