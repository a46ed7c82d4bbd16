"""Closed word lists the analysis relies on (English news register)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from .inflection import finite_forms


def _speech_verbs() -> frozenset[str]:
    """The lemmas of annotate/speech_verbs.toml (every table's ``verbs``)."""
    data = tomllib.loads(Path(__file__).parent.parent.joinpath("speech_verbs.toml").read_text(encoding="utf-8"))
    return frozenset(w for table in data.values() for w in table["verbs"].split())


# Verbs that introduce what someone said, wrote or meant (lemmas), from the FrameNet and
# VerbNet member lists in annotate/speech_verbs.toml ("point" is FrameNet's "point out").
REPORTING_VERBS = _speech_verbs()

# Verbs whose clause gives an actor's position in its own words, reported ("Lund said NATO
# should shoot them down", "Kral wants more jets"), rather than what the actor did: the
# reporting verbs, without those that also report actions ("Pakistan responded by closing
# its airspace"), and verbs of wanting.
STANCE_VERBS = (REPORTING_VERBS - {"respond", "reply", "report", "rule", "point", "observe", "view", "regard"}) | frozenset(
    "want wish seek support favour favor advocate back prefer refuse hope intend plan".split()
)

# Reporting verbs of reacting or judging, not of saying. A partial quote in a clause under
# one of these, itself reported by a verb of saying, is the outer speaker's word: "Corbyn
# said the Commons would have to reject Mrs May's “botched” deal" quotes Corbyn, "Healey said
# Britain would respond with ‘all means necessary’" quotes Healey.
REACTING_VERBS = frozenset(
    """
    reject dismiss condemn welcome praise criticize criticise decry lament signal mock question
    rule agree approve oppose respond
    acclaim applaud belittle berate blame blast castigate censure chastise chide commend deplore
    denigrate disparage excoriate extol fault lambast lambaste laud rebuke reprimand reproach scold upbraid
    vilify
    """.split()
)

# Verbs that, alone in a short sentence before a quote ("Her neighbour agreed.", "Another
# resident disagreed."), bring in the next speaker, besides the reporting verbs without a
# complement ("A second witness added.").
INTRO_VERBS = frozenset("agree disagree concur differ object nod interject chime".split())


@lru_cache(maxsize=1)
def reporting_forms() -> frozenset[str]:
    """Present/past forms of the reporting verbs ("says", "said", "penned", "labelled") for
    surface-pattern attribution (no parser: the rule-based pipeline), from nlp/inflection.py;
    made on first use, as that loads lemminflect's lexicon."""
    return frozenset(f for lemma in REPORTING_VERBS for f in finite_forms(lemma))


# Nouns that make a speaker an unnamed official or body ("a government spokesperson").
OFFICIAL_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman spokespeople official officials diplomat diplomats
    envoy envoys ambassador ambassadors minister ministers ministry ministries government
    governments authorities authority administration source sources aide aides adviser
    advisers advisor advisors officer officers commander commanders leader leaders leadership
    delegation delegates representative representatives lawmaker lawmakers analyst analysts
    expert experts observer observers military army navy statement council parliament
    embassy office department agency service services
    """.split()
)

# Words before a quote that mark it as a name or label, not speech ('the so-called "X"').
NAMING_CUES = (
    "so-called", "so called", "dubbed", "nicknamed", "titled", "entitled", "named",
    "known as", "labeled", "labelled", "branded as", "code-named", "codenamed", "the term",
    "the word", "the phrase", "designated as", " alias", " a.k.a.", " aka",
)

# Nouns that a quoted Title-Case name stands next to ("Operation “Red Dawn”", "the “Blue
# Harbour” programme", "a tanker named “Sea Fox”"), and verbs that give a name ("called it
# “Northern Gate”"). With such a word, a short quote whose words are capitalised is a name,
# not speech; "called the strikes “an act of war”" stays speech (its words are not a name).
NAME_NOUNS = frozenset(
    """
    operation operations exercise exercises drill drills programme programmes program programs
    campaign campaigns project initiative scheme mission plan strategy doctrine policy format
    summit forum festival award prize fund corridor coalition alliance movement brigade battalion
    unit task force vessel ship tanker freighter carrier frigate destroyer boat trawler yacht
    submarine aircraft book novel film documentary series album song app platform report bill act
    treaty accord deal pact agreement declaration
    """.split()
)
NAME_GIVING = frozenset("called call calls calling dubbed dubbing named naming nicknamed codenamed code-named titled entitled christened "
                         "renamed styled styling styles alias aka".split())
# The object a name is given to, between the verb and the name ("called it “…”", "calling itself “…”").
NAMED_OBJECTS = frozenset("it them itself themselves himself herself him her".split())

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# Titles and roles that precede a name ("German Defense Minister Boris Pistorius").
TITLE_WORDS = frozenset(
    """
    president vice prime minister chancellor secretary spokesman spokeswoman spokesperson
    ambassador envoy foreign defense defence justice interior finance deputy former acting
    general gen. admiral adm. senator sen. rep. representative governor mayor king queen
    prince pope chief head leader chairman chairwoman chair director commander lt. col. colonel
    sergeant captain mr. mrs. ms. dr. sir lord lady dame premier speaker mp commissioner
    high representative justice minister's mr mrs ms dr gen lt col sen rep adm secretary-general
    undersecretary under-secretary minister-president
    sgt sgt. capt capt. maj maj. cpl cpl. det det. insp insp. supt supt. brig brig. cmdr cmdr.
    cdr pte pvt gov gov. lieutenant major corporal detective inspector superintendent
    brigadier commodore constable judge marshal
    ayatollah sheikh shaikh imam mullah mufti maulana emir amir sultan archbishop bishop cardinal
    patriarch rabbi
    """.split()
)

# Titles and ranks written before a personal name, with or without a period ("Sgt Ana Pike",
# "Lt Col Ivo Tamm", "Mrs Vance"): never part of the name; the words after them are one.
NAME_TITLES = frozenset(
    """
    mr mrs ms miss dr sir dame sgt capt maj cpl det insp supt brig gen lt col adm cmdr cdr
    pte pvt sen rep gov prof rev fr h.e hon ayatollah sheikh shaikh imam mullah mufti maulana
    """.split()
)

# Military and police ranks of several words written before a name ("Air Marshal Ana Pike",
# "Rear Admiral Ivo Tamm", "Lieutenant General Sok Dara", "Maj Gen Ali Raza"): titles, never
# part of the name. Lower case, periods dropped.
RANK_PHRASES = tuple(
    sorted(
        (
            tuple(p.split())
            for p in """
            air chief marshal|air vice marshal|air marshal|air commodore|field marshal|rear admiral|vice admiral
            |fleet admiral|lieutenant general|lieutenant colonel|lieutenant commander|major general|brigadier general
            |maj gen|lt gen|lt col|brig gen|lt cdr|police general|police colonel|police lieutenant general
            |police major general|police chief|wing commander|group captain|squadron leader|staff sergeant
            |sergeant major|master sergeant|first lieutenant|second lieutenant|chief superintendent
            |detective inspector|detective sergeant|chief inspector|chief constable
            |detective superintendent|detective chief superintendent|detective chief inspector
            |police superintendent|police inspector|police commissioner|police captain
            |grand ayatollah|supreme leader|grand mufti|crown prince
            """.replace("\n", "").split("|")
        ),
        key=len,
        reverse=True,
    )
)

# A quote this short with no reporting verb is treated as a scare quote or a term.
SHORT_QUOTE_WORDS = 3

# Subjects that name nobody in particular ("one said", "another added"): unnamed speakers.
UNNAMED_PRONOUNS = frozenset(
    "one another someone somebody anyone anybody everyone everybody others some many several few none".split()
)

# Common nouns that can be a speaker besides OFFICIAL_NOUNS and TITLE_WORDS: people, groups,
# bodies and documents. A speaker is a person, a group, an organisation, a government or a
# document, never a weapon, a quantity of objects, an event or an abstract noun.
SPEAKER_NOUNS = frozenset(
    """
    people person persons man men woman women child children boy girl family families
    resident residents villager villagers witness witnesses survivor survivors victim victims
    relative relatives neighbour neighbours neighbor neighbors citizen citizens voter voters
    police crowd group groups team union unions party parties committee commission board
    court judge jury company companies firm firms bank club alliance coalition bloc body
    organisation organization panel network channel newspaper paper outlet media press
    campaign movement militia rebels insurgents troops soldier soldiers forces force staff crew
    doctor doctors nurse nurses student students journalist journalists reporter reporters
    correspondent correspondents editor editors author authors chief chiefs head heads
    statement letter message post note communique communiqué release tweet report document
    memo filing ruling verdict order decree text notice spokesperson spokespeople mother
    father son daughter wife husband brother sister friend friends colleague colleagues
    leader leaders owner owners worker workers employee employees farmer farmers
    guard guards coastguard coastguards directorate secretariat presidency cabinet senate congress
    assembly municipality regime junta watchdog utility consulate mission headquarters command
    inspectorate tribunal prosecution bureau institute foundation charity hospital university
    airline federation confederation association league consortium
    suspect suspects gunman gunmen medic medics paramedic paramedics pilot pilots hostage hostages
    captive captives detainee detainees refugee refugees evacuee evacuees eyewitness eyewitnesses
    expert experts scholar scholars academic academics veteran veterans critic critics ally allies
    rival rivals cleric clerics imam imams priest priests rabbi rabbis bishop bishops monk monks
    youth youths teen teens teenager teenagers kid kids parent parents uncle aunt cousin cousins
    nephew niece widow widows orphan orphans fan fans staffer staffers passenger passengers
    """.split()
)
# Nouns of what is said or done, never of who says it: plural "they" never stands for them
# ("X said the rival's accusations were baseless. They added ..." -> X), and no actor is
# made of a phrase they head ("the Chinese accusations").
NOT_AGENT_NOUNS = frozenset(
    """
    accusation accusations allegation allegations claim claims charge charges measure measures
    report reports statement statements remark remarks comment comments assertion assertions
    action actions move moves step steps effort efforts plan plans demand demands threat threats
    warning warnings denial denials protest protests complaint complaints remark words
    """.split()
)
# Agent-noun endings: "protester", "negotiator", "activist", "politician", "resident".
SPEAKER_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "man", "men", "woman", "women")
