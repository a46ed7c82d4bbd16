"""An analyst's actor edits stay in force after a later edit makes bluf resolve the actors
again ("nothing lost, nothing resurrected"), and a speaker correction moves only what it says
(``the reader never lies``): real `bluf` processes on invented articles about detentions on
the Moldova-Transnistria line. A correction takes the phrase it overrules out of the mentions,
so the border service's actor may come back under another id ("Moldovan Border Police
Service"); the merge made before must still find it, the actor named must not come back twice,
and a tagged quote introduced by the same phrase keeps its speaker and its tag."""

from __future__ import annotations

import json

import pytest

from .test_incidents_cli import bluf

COCIERI = (
    "Transnistrian forces detain Moldovan citizen near Cocieri\n\n"
    "The Border Police Service of Moldova announced on May 3 that Transnistrian forces illegally detained a Moldovan "
    "citizen near the village of Cocieri in the Dubasari district.\n\n"
    "The border service noted that the hotline of the OSCE Mission to Moldova has been activated and international "
    "partners have been notified.\n\n"
    '"The responsibility for the provocations committed along the security zone rests with the separatist '
    'authorities," the Border Police Service said adding that "all the existing mechanisms have been activated to '
    'ensure the release of our citizen."\n')
MOLOVATA = (
    "Moldovan farmer held near Molovata\n\n"
    "Transnistrian forces illegally detained a Moldovan farmer near the village of Molovata, Dubasari district, the "
    "Moldovan Border Police Service (BPS) reported on March 2.\n\n"
    'Upon receiving information about the incident, the Border Police Service activated the "hot line" operated by '
    "the OSCE Mission. International partners were immediately informed.\n")
VARNITA = (
    "Moldovan man detained by Transnistrian forces near Varnita\n\n"
    "Transnistrian forces illegally detained a Moldovan national near the village of Varnita on June 9, Moldova's "
    "Border Police (PF) reported.\n\n"
    "According to the PF, information about the detention was immediately transferred to the OSCE mission.\n\n"
    '"Separatist forces are responsible for all provocations committed in the security zone," the PF said.\n')


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    d = tmp_path_factory.mktemp("edits-stay")
    for name, text in (("cocieri.txt", COCIERI), ("molovata.txt", MOLOVATA), ("varnita.txt", VARNITA)):
        (d / "news" / name).parent.mkdir(exist_ok=True)
        (d / "news" / name).write_text(text, encoding="utf-8")
    p = bluf(d / "ws.json", "import", d / "news")
    assert p.returncode == 0, p.stderr
    assert bluf(d / "ws.json", "actors").returncode == 0  # analysed once, cached
    return d


@pytest.fixture
def db(made, tmp_path):
    import shutil

    shutil.copytree(made, tmp_path / "w")
    return tmp_path / "w" / "ws.json"


def _quotes(db, source: str) -> list[dict]:
    p = bluf(db, "quotes", source, "--jsonl")
    assert p.returncode == 0, p.stderr
    return [json.loads(line) for line in p.stdout.splitlines()]


def _actors(db) -> dict:
    p = bluf(db, "actors", "list", "--jsonl")
    assert p.returncode == 0, p.stderr
    return {r["id"]: r for r in map(json.loads, p.stdout.splitlines())}


def _ok(db, *argv):
    p = bluf(db, *argv)
    assert p.returncode == 0, p.stderr
    return p


def _setup(db) -> tuple[str, str, str]:
    """The border service's id, the one merged into it, and the actor of the first quote."""
    before = _actors(db)
    # the border service named bare in one article ("the Border Police Service") is the one
    # another article names in full ("the Moldovan Border Police Service (BPS)"); the analyst
    # calls it by its bare name, the name the edits below use
    service = next(aid for aid, a in before.items() if "Border Police Service" in (a["name"], *a["names"]))
    _ok(db, "actors", "rename", service, "Border Police Service")
    before = _actors(db)
    police = next(aid for aid, a in before.items() if "PF" in a["names"] and aid != service)
    first = _quotes(db, "cocieri")
    assert len(first) == 2 and first[0]["actor_id"] == first[1]["actor_id"] != service, "both quotes of one phrase, not the service's"
    return service, police, first[0]["actor_id"]


def test_a_speaker_correction_keeps_the_earlier_merge_and_moves_only_its_quote(db):
    service, police, government = _setup(db)
    assert "merged" in _ok(db, "actors", "merge", police, service).stdout
    _ok(db, "tag", "cocieri", "1", "hawkish")
    _ok(db, "quotes", "speaker", "cocieri", "2", "Border Police Service")
    quotes = _quotes(db, "cocieri")
    assert quotes[1]["actor_id"] == service
    assert quotes[0]["actor_id"] == government, "the tagged quote of the same phrase keeps its speaker"
    actors = _actors(db)
    assert police not in actors, "the merge is still in force"
    assert [a["name"] for a in actors.values()].count("Border Police Service") == 1
    assert not any("Border Police" in a["name"] and aid != service for aid, a in actors.items()), actors
    assert actors[government]["tags"] == 1 and actors[government]["quotes"] >= 1, "the tag is on a quote its actor said"
    assert actors[service]["tags"] == 0
    shown = _ok(db, "actors", "show", service).stdout
    assert "hot line" in shown and "PF" in shown, shown  # its quote after the phrase left, and the merged one's names


def test_a_merge_made_after_a_speaker_correction_takes_effect(db):
    service, police, _ = _setup(db)
    _ok(db, "quotes", "speaker", "cocieri", "2", "Border Police Service")
    names = {aid: a["name"] for aid, a in _actors(db).items()}
    assert list(names.values()).count("Border Police Service") == 1, names
    others = [aid for aid, n in names.items() if "Border Police" in n and aid != service]
    for other in others:  # whatever else the service's names still make, a merge joins it
        p = _ok(db, "actors", "merge", other, service)
        assert other not in _actors(db), p.stdout
    _ok(db, "actors", "merge", police, service)
    # both quotes of the phrase (the untagged one follows the correction), the hot line, and "the PF said"
    # (the Border Police the Varnita article names "(PF)" before: merged into the service)
    actors = _actors(db)
    assert police not in actors and actors[service]["quotes"] == 4 and "PF" in actors[service]["names"], actors


def test_an_actors_exact_name_wins_over_another_actors_alias(db):
    service, police, government = _setup(db)
    _ok(db, "actors", "alias", government, "Border Police Service")  # the government now goes by it too
    p = _ok(db, "actors", "merge", "PF", "Border Police Service")
    assert "taken as" not in p.stderr, p.stderr
    actors = _actors(db)
    assert police not in actors and "PF" in actors[service]["names"], actors
    assert "PF" not in actors[government]["names"]
    shown = _ok(db, "actors", "show", "border police service")
    assert shown.stdout.startswith(f"id           {service}\n"), shown.stdout
