"""Closed word lists the analysis relies on (English news register)."""

from __future__ import annotations

# Verbs that introduce what someone said, wrote or meant (lemmas).
REPORTING_VERBS = frozenset(
    """
    say tell add state declare announce affirm reaffirm warn urge call describe insist claim
    argue note explain suggest pledge promise vow threaten deny admit acknowledge confirm
    stress emphasize emphasise underline underscore write tweet post accuse ask demand
    reiterate repeat express respond reply comment conclude predict believe recall caution
    concede complain charge contend maintain assert allege agree characterize characterise
    label brand condemn criticize criticise praise welcome decry lament observe point
    report quote cite signal hint propose recommend advise announce tout boast mock dismiss
    question wonder speculate estimate retort rebut reject rule testify assess view regard
    """.split()
)

# Reporting verbs of reacting or judging, not of saying. A partial quote in a clause under
# one of these, itself reported by a verb of saying, is the outer speaker's word: "Corbyn
# said the Commons would have to reject Mrs May's “botched” deal" quotes Corbyn.
REACTING_VERBS = frozenset(
    """
    reject dismiss condemn welcome praise criticize criticise decry lament signal mock question
    rule agree approve oppose
    """.split()
)

# Present/past forms for surface-pattern attribution (no parser: the rule-based pipeline).
REPORTING_FORMS = frozenset(
    """
    said says say told tells added adds stated states declared declares announced announces
    affirmed affirms warned warns urged urges called calls described describes insisted insists
    claimed claims argued argues noted notes explained explains suggested suggests pledged
    promised vowed threatened denied denies admitted acknowledged confirmed confirms stressed
    stresses emphasized emphasised wrote writes tweeted posted accused asked asks demanded
    reiterated repeated expressed responded replied commented concluded predicted recalled
    cautioned conceded complained charged contended maintained asserted alleged agreed
    condemned criticized criticised praised welcomed observed reported assessed
    """.split()
)


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
    "the word", "the phrase", "designated as",
)

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
    undersecretary under-secretary minister-president brig brig. brigadier maj maj. capt
    capt. lieutenant cmdr cmdr. commodore marshal
    """.split()
)

# A quote this short with no reporting verb is treated as a scare quote or a term.
SHORT_QUOTE_WORDS = 3
