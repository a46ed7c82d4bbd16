"""Second, independent labelling of texts 124-137 (the former blind batch heldout-7) by the
helper 'relabel7', made from reading /work/heldout7/texts alone, to measure how far two
labellers agree. Writes bench/real_news/agreement/relabel7_labels.json in the worktree.

Every evidence sentence, quote text, speaker mention and place is checked to occur verbatim in
its text; the script stops with a one-line error naming the string when one does not.

Usage: python3 build_labels.py [--texts DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TEXTS = Path("/work/heldout7/texts")
OUT = Path("/work/wt/relabel7/bench/real_news/agreement/relabel7_labels.json")
FORMAT_FROM = Path("/work/wt/relabel7/bench/real_news/labels.json")  # only format/event_types/stance_labels are read

ABOUT = (
    "Second labelling of texts 124-137 (the former blind batch heldout-7), made by the helper "
    "'relabel7' on 2026-12-02 (between 03:47 and 03:52 UTC) by reading the 14 texts in /work/heldout7/texts as an analyst "
    "would, following the conventions of bench/real_news/README.md (its paragraph on texts 124-137 "
    "skipped), the `format` field of labels.json and the labels of texts 01-109. The labels of "
    "texts 124-137 in labels.json were not opened before this file was committed, and bluf was not "
    "run on these texts. Its purpose is to measure agreement between two labellers "
    "(bench/real_news/agreement/compare.py), not to replace labels.json. Built by "
    "/work/relabel7/build_labels.py."
)


def inc(type_, country, place, date, evidence, salience="main", alt=()):
    d = {"type": type_, "country": country, "place": place, "date": date, "evidence": evidence, "salience": salience}
    if alt:
        d["alt_types"] = list(alt)
    return d


def q(text, speaker, mention, kind="full"):
    return {"text": text, "speaker": speaker, "speaker_mention": mention, "kind": kind}


def act(kind, affiliation, *aliases):
    d = {"kind": kind, "affiliation": affiliation}
    if aliases:
        d["aliases"] = list(aliases)
    return d


def st(actor, label, evidence):
    return {"actor": actor, "label": label, "evidence": evidence}


FILES: dict[str, dict] = {}

# 124: AP, MV Suez hijacked. No publication date: "Monday" stays undated.
FILES["124_somali-pirates-hijack-panama-flagged-cargo-ship.txt"] = {
    "incidents": [
        inc("attack_on_or_seizure_of_ship", "Somalia", "Internationally Recommended Transit Corridor", "",
            "Somali pirates hijacked a Panamanian-flagged cargo ship with 23 crew onboard during an early morning raid Monday, the European Union Naval Force said."),
        inc("attack_on_or_seizure_of_ship", "Somalia", "", "",
            "At least 17 ships and hundreds of crew members are still being held, including a British couple who were seized from their yacht last October.",
            "background"),
    ],
    "quotes": [
        q("The MV Suez reported being under small arms fire from a pirate attack and minutes later she reported pirates on board,",
          "European Union Naval Force", "the statement"),
        q("Immediately after the first report a helicopter was directed to the ship but pirates had already taken over the command of the vessel.",
          "European Union Naval Force", "the statement"),
    ],
    "actors": {
        "European Union Naval Force": act("organisation", "European Union", "the force"),
        "Somali pirates": act("group", "Somalia", "pirates"),
    },
    "places": ["NAIROBI", "Internationally Recommended Transit Corridor"],
    "stances": [
        st("European Union Naval Force", "neutral",
           "The MV Suez reported being under small arms fire from a pirate attack and minutes later she reported pirates on board,"),
    ],
}

# 125: Reuters copy, MV Filitsa and a Yemeni fishing boat. No publication date.
FILES["125_somali-pirates-hijack-sa-bound-ship.txt"] = {
    "incidents": [
        inc("attack_on_or_seizure_of_ship", "Somalia", "northeast of the Seychelles", "",
            "Somali pirates hijacked a Yemeni fishing boat and a Marshall Islands-flagged cargo ship carrying chemicals in the latest attacks of a growing maritime crime wave, the gunmen and officials said today."),
        inc("attack_on_or_seizure_of_ship", "Somalia", "Hafun", "",
            "Mwangura and another pirate, Osman, both said a fishing vessel had also been hijacked off the northern Somali coast earlier in the week."),
        inc("attack_on_or_seizure_of_ship", "Somalia", "", "",
            "On Sunday, pirates seized a United Arab Emirates-flagged cargo ship carrying weapons to Somalia, the gunmen and maritime experts said.",
            "background"),
        inc("attack_on_or_seizure_of_ship", "Somalia", "Seychelles", "",
            "Pirates from the failed Horn of Africa state are holding at least 13 vessels and more than 230 crew hostage, including a British couple whose yacht was hijacked off the Seychelles.",
            "background"),
    ],
    "quotes": [
        q("Its 24 crew are safe. There was brief fighting before we captured it. Three of my friends were injured,", "Hassan", "Hassan"),
        q("She is carrying bulk urea,", "Andrew Mwangura", "he"),
        q("Our colleagues hijacked a Yemeni fishing boat near Hafun on Monday night,", "Osman", "Osman"),
        q("She is a white coloured fishing boat and was apparently heading north when the attack happened and it was taken over by at least 14 Somali gunmen,",
          "Andrew Mwangura", "he"),
    ],
    "actors": {
        "Somali pirates": act("group", "Somalia", "pirates", "sea gangs", "Somali gunmen"),
        "Hassan": act("person", "Somalia"),
        "Osman": act("person", "Somalia"),
        "Andrew Mwangura": act("person", "East African Seafarers’ Assistance Programme, Kenya", "Mwangura"),
        "East African Seafarers’ Assistance Programme": act("organisation", "Kenya", "Kenya-based East African Seafarers’ Assistance Programme"),
    },
    "places": ["Gulf of Aden", "Indian Ocean", "Haradheere", "Horn of Africa", "Durban", "Hafun"],
    "stances": [
        st("Hassan", "hawkish", "Its 24 crew are safe. There was brief fighting before we captured it. Three of my friends were injured,"),
        st("Osman", "hawkish", "Our colleagues hijacked a Yemeni fishing boat near Hafun on Monday night,"),
        st("Andrew Mwangura", "neutral", "She is carrying bulk urea,"),
    ],
}

# 126: Mid-day, eight fishermen arrested north of Mannar. No publication date.
FILES["126_sri-lankan-navy-arrests-indian-fishermen.txt"] = {
    "incidents": [
        inc("arrest_or_expulsion", "Sri Lanka", "north of Mannar", "",
            "The Sri Lankan Navy on Sunday said it has arrested eight Indian fishermen for allegedly fishing in the island nation’s territorial waters and seized two fishing trawlers.",
            alt=["attack_on_or_seizure_of_ship"]),
        inc("arrest_or_expulsion", "Sri Lanka", "", "",
            "With this arrest, so far this year 18 Indian fishermen have been arrested and three trawlers confiscated, the statement said.",
            "background"),
    ],
    "quotes": [
        q("during a special operation conducted in the sea area north of Mannar", "Sri Lankan Navy", "it", "partial"),
        q("engaging in illegal fishing in Sri Lankan waters", "Sri Lankan Navy", "The Navy", "partial"),
    ],
    "actors": {
        "Sri Lankan Navy": act("organisation", "Sri Lanka", "The Sri Lankan Navy", "The Navy", "the navy"),
    },
    "places": ["Mannar"],
    "stances": [
        st("Sri Lankan Navy", "hawkish", "engaging in illegal fishing in Sri Lankan waters"),
    ],
}

# 127: IANS copy, six fishermen arrested near the Kovilan lighthouse. No publication date.
FILES["127_sri-lankan-navy-arrests-6-indian-fishermen.txt"] = {
    "incidents": [
        inc("arrest_or_expulsion", "Sri Lanka", "Kovilan lighthouse, Jaffna", "",
            "The Sri Lankan Navy has arrested six Indian fishermen and seized their boat allegedly for poaching in country's territorial waters.",
            alt=["attack_on_or_seizure_of_ship"]),
        inc("arrest_or_expulsion", "Sri Lanka", "", "XXXX-02-01/XXXX-02-28",
            "With this incident, 29 fishermen and six fishing boats are under the custody of the Sri Lankan authorities in the month of February alone.",
            "background"),
    ],
    "quotes": [],
    "actors": {
        "Sri Lankan Navy": act("organisation", "Sri Lanka", "The Sri Lankan Navy"),
        "Sri Lankan Army": act("organisation", "Sri Lanka"),
        "Anbumani Ramadoss": act("person", "PMK, India", "PMK leader Anbumani Ramadoss"),
        "PMK": act("organisation", "India"),
        "India government": act("government", "India", "the Indian government"),
        "Sri Lanka government": act("government", "Sri Lanka", "the Sri Lankan government", "the Sri Lankan authorities"),
    },
    "places": ["Kovilan lighthouse", "Jaffna", "Nambuthalai", "Ramanathapuram", "Nagapattinam"],
    "stances": [
        st("Anbumani Ramadoss", "cautious",
           "PMK leader Anbumani Ramadoss called upon the Indian government to hold talks with the Sri Lankan government and to work for the release of fishermen and the boats under the custody of the Sri Lankan authorities."),
        st("Sri Lankan Army", "neutral",
           "According to information from the Sri Lankan Army website, the fishermen and the boat were captured for crossing the IMBL."),
    ],
}

# 128: AP, militia clashes in Tripoli. No publication date.
FILES["128_tanks-deployed-militias-clash-libyas-capital.txt"] = {
    "incidents": [
        inc("armed_clash", "Libya", "Tripoli", "",
            "Heavily armed militias clashed in neighborhoods across the Libyan capital of Tripoli on Thursday, leaving at least eight fighters dead, according to the state-run Lana news agency."),
    ],
    "quotes": [
        q("there was surely a quick spread of clashes, like wildfire.", "Mohammed Makki", "Mohammed Makki"),
        q("Now everyone is getting involved, like stabbing in the dark,", "Mohammed Makki", "Makki"),
        q("From here we warn anyone who dares to try to destabilize Tripoli,", "Tripoli Revolutionaries", "it"),
    ],
    "actors": {
        "Lana news agency": act("organisation", "Libya", "the state-run Lana news agency"),
        "Mohammed Makki": act("person", "Libya", "Resident Mohammed Makki", "Makki"),
        "Tripoli Revolutionaries": act("group", "Libya", "a militia called Tripoli Revolutionaries"),
        "Moammar Gadhafi": act("person", "Libya", "Gadhafi"),
    },
    "places": ["BENGHAZI", "Tripoli", "Misrata"],
    "stances": [
        st("Tripoli Revolutionaries", "threatening", "From here we warn anyone who dares to try to destabilize Tripoli,"),
        st("Mohammed Makki", "neutral", "Now everyone is getting involved, like stabbing in the dark,"),
        st("Lana news agency", "neutral",
           "Heavily armed militias clashed in neighborhoods across the Libyan capital of Tripoli on Thursday, leaving at least eight fighters dead, according to the state-run Lana news agency."),
    ],
}

# 129: Africanews, published 2022-07-23 (a Saturday): "overnight fighting ... said Friday" = 21-22 July.
FILES["129_armed-groups-clash-libyan-capital-killing-13.txt"] = {
    "incidents": [
        inc("armed_clash", "Libya", "Tripoli", "2022-07-21/2022-07-22",
            "At least 13 people were killed in overnight fighting between armed groups in Tripoli, emergency services said Friday, the latest violence to hit the Libyan capital amid months of rising political tensions."),
        inc("ceasefire_or_agreement", "Libya", "Tripoli", "2022-07-22",
            "On Friday, another group, the 444 Brigade, stepped in to broker a truce, deploying its own forces in a buffer zone before coming under heavy fire.",
            "background"),
    ],
    "quotes": [
        q("killed 13 people, including three civilians, one of whom was an 11-year-old child, and injured 30,",
          "ambulance service", "the ambulance service", "partial"),
    ],
    "actors": {
        "ambulance service": act("organisation", "Libya", "the ambulance service", "emergency services"),
        "Libya al-Ahrar": act("organisation", "Libya", "Libya al-Ahrar news channel"),
        "Al-Radaa force": act("group", "Libya", "the Al-Radaa force"),
        "Tripoli Revolutionary Brigade": act("group", "Libya", "the Tripoli Revolutionary Brigade"),
        "444 Brigade": act("group", "Libya", "the 444 Brigade"),
    },
    "places": ["Tripoli"],
    "stances": [
        st("ambulance service", "neutral",
           "killed 13 people, including three civilians, one of whom was an 11-year-old child, and injured 30,"),
    ],
}

# 130: Reuters copy, checkpoint attack in North Sinai (July 2013). No publication date.
FILES["130_militants-attack-egyptian-checkpoint-sinai.txt"] = {
    "incidents": [
        inc("armed_clash", "Egypt", "Sadr El-Heytan, North Sinai", "",
            "CAIRO - Two people were killed and six wounded when Islamist militants attacked an Egyptian security forces checkpoint late on Tuesday using rocket-propelled grenades and heavy machine guns in the lawless North Sinai province, security sources said."),
        inc("armed_clash", "Egypt", "Rafah", "",
            "The attack came shortly after another assault in the town of Rafah, when security forces and militants exchanged gunfire."),
        inc("armed_clash", "Egypt", "", "", "Another police checkpoint was also attacked nearby, the sources added."),
        inc("armed_clash", "Egypt", "Sinai", "",
            "Last Sunday, one Egyptian soldier was killed and a police officer was wounded in an attack on a security checkpoint in Sinai, and five security officers were killed in skirmishes with suspected militants on Friday.",
            "background"),
        inc("armed_clash", "Egypt", "", "",
            "Last Sunday, one Egyptian soldier was killed and a police officer was wounded in an attack on a security checkpoint in Sinai, and five security officers were killed in skirmishes with suspected militants on Friday.",
            "background"),
        inc("arrest_or_expulsion", "Egypt", "", "",
            "The violence has risen since last week's overthrow of elected Islamist President Mohamed Morsi by the military.",
            "background"),
        inc("protest", "Egypt", "", "2011-01-01/2011-12-31",
            "Hardline Islamist groups based in North Sinai have exploited the collapse of state authority after the 2011 uprising that toppled autocratic leader Hosni Mubarak to launch attacks across the border into Israel and on Egyptian security targets.",
            "background"),
    ],
    "quotes": [
        q("current events ravaging the country", "Salafi Jihadi group", "The Salafi Jihadi group", "partial"),
    ],
    "actors": {
        "Salafi Jihadi group": act("group", "Egypt", "The Salafi Jihadi group"),
        "Egyptian security forces": act("organisation", "Egypt", "security forces"),
        "Egyptian military": act("organisation", "Egypt", "the military"),
        "Mohamed Morsi": act("person", "Egypt", "President Mohamed Morsi", "Morsi"),
        "Hosni Mubarak": act("person", "Egypt"),
    },
    "places": ["CAIRO", "North Sinai", "Sadr El-Heytan", "Rafah", "Sinai"],
    "stances": [
        st("Salafi Jihadi group", "threatening",
           "The Salafi Jihadi group, one of the biggest Sinai-based Islamist militant groups, had said in a statement that \"current events ravaging the country\" were affecting Sinai and threatened to launch attacks on police and military forces in Sinai."),
    ],
}

# 131: Guardian copy, 15 soldiers killed south of Sheikh Zuweid. No publication date.
FILES["131_militants-kill-15-soldiers-egyptian-army-checkpoint.txt"] = {
    "incidents": [
        inc("armed_clash", "Egypt", "Sheikh Zuweid, Sinai", "",
            "Islamist militants have killed at least 15 soldiers in an attack on an army checkpoint in northern Egypt."),
        inc("armed_clash", "Egypt", "Sinai", "",
            "They said four other attacks on army checkpoints at about the same time killed three civilians and wounded another 13.",
            alt=["attack_on_civilians"]),
        inc("arrest_or_expulsion", "Egypt", "", "2013-01-01/2013-12-31",
            "Attacks mainly targeting the Egyptian security forces have spiked since the 2013 military overthrow of the former president Mohamed Morsi, following widespread protests against his divisive rule.",
            "background"),
        inc("protest", "Egypt", "", "2013-01-01/2013-12-31",
            "Attacks mainly targeting the Egyptian security forces have spiked since the 2013 military overthrow of the former president Mohamed Morsi, following widespread protests against his divisive rule.",
            "background"),
    ],
    "quotes": [],
    "actors": {
        "Egyptian army": act("organisation", "Egypt", "army", "Egyptian security forces"),
        "Islamic State": act("group", ""),
        "Mohamed Morsi": act("person", "Egypt"),
    },
    "places": ["Sinai", "Sinai peninsula", "Sheikh Zuweid", "Gaza"],
    "stances": [],
}

# 132: Kathimerini, four violations in the Aegean. No publication date.
FILES["132_turkish-jets-violate-greek-airspace-aegean.txt"] = {
    "incidents": [
        inc("airspace_violation", "Greece", "Aegean", "",
            "Two Turkish fighter jets entered the Athens Flight Information Region (FIR), carrying out a total of four violations of Greek airspace in the northeastern and southeastern Aegean, authorities said on Tuesday."),
        inc("airspace_violation", "Greece", "Aegean", "",
            "The incident comes amid reports that last month Turkish Navy submarines entered Greek territorial waters in the Aegean repeatedly and following statements by Turkish President Recep Tayyip Erdogan and other government officials disputing the Treaty of Lausanne, which sets the borders of modern Turkey after the fall of the Ottoman Empire.",
            "background", alt=["exercise_or_mobilisation"]),
    ],
    "quotes": [],
    "actors": {
        "National Defense General Staff": act("organisation", "Greece", "GEETHA"),
        "Turkish Navy": act("organisation", "Turkey"),
        "Recep Tayyip Erdogan": act("person", "Turkey", "Turkish President Recep Tayyip Erdogan"),
    },
    "places": ["Athens Flight Information Region", "Aegean"],
    "stances": [
        st("National Defense General Staff", "neutral",
           "According to the National Defense General Staff (GEETHA), the Turkish jets were not flying in formation and were not armed."),
        st("Recep Tayyip Erdogan", "hawkish",
           "The incident comes amid reports that last month Turkish Navy submarines entered Greek territorial waters in the Aegean repeatedly and following statements by Turkish President Recep Tayyip Erdogan and other government officials disputing the Treaty of Lausanne, which sets the borders of modern Turkey after the fall of the Ottoman Empire."),
    ],
}

# 133: Proto Thema, 14 jets over the Aegean. No publication date.
FILES["133_turkish-air-force-violates-greek-air-space.txt"] = {
    "incidents": [
        inc("airspace_violation", "Greece", "southeastern Aegean Sea", "",
            "The Turkish Air Force violated Greek national airspace on Wednesday, when 14 fighter jets flew over the Aegean Sea."),
    ],
    "quotes": [],
    "actors": {
        "Turkish Air Force": act("organisation", "Turkey", "The Turkish Air Force"),
        "Hellenic Air Force": act("organisation", "Greece", "The Hellenic Air Force"),
    },
    "places": ["Aegean Sea", "Athens FIR"],
    "stances": [],
}

# 134: AFP copy, November 2019 fuel protests. No publication date.
FILES["134_iran-protests-over-100-believed-killed.txt"] = {
    "incidents": [
        inc("attack_on_civilians", "Iran", "", "",
            "More than 100 demonstrators are believed to have been killed across Iran since leaders ordered security forces to stamp out protests triggered by fuel price rises, Amnesty International said Tuesday."),
        inc("protest", "Iran", "", "",
            "The deaths take to at least five the number of people confirmed to have been killed in violent demonstrations that erupted across Iran on Friday against a surprise petrol price hike."),
        inc("armed_clash", "Iran", "Tehran", "",
            "Three members of the Iranian security forces were also stabbed to death by “rioters” near Tehran, the ISNA and Fars news agencies reported late on Monday."),
    ],
    "quotes": [
        q("At least 106 protesters in 21 cities have been killed, according to credible reports,",
          "Amnesty International", "the London-based rights group"),
        q("the real death toll may be much higher, with some reports suggesting as many as 200 have been killed",
          "Amnesty International", "It"),
        q("rioters", "ISNA", "the ISNA and Fars news agencies", "partial"),
    ],
    "actors": {
        "Amnesty International": act("organisation", "", "Amnesty", "the London-based rights group"),
        "Iran government": act("government", "Iran", "leaders"),
        "Iranian security forces": act("organisation", "Iran", "security forces"),
        "Islamic Revolutionary Guard Corps": act("organisation", "Iran", "Revolutionary Guard"),
        "Basij": act("organisation", "Iran", "Basij militia"),
        "ISNA": act("organisation", "Iran"),
        "Fars": act("organisation", "Iran", "Fars news agencies"),
        "Morteza Ebrahimi": act("person", "Islamic Revolutionary Guard Corps, Iran"),
        "Majid Sheikhi": act("person", "Iran"),
        "Mostafa Rezaie": act("person", "Iran"),
    },
    "places": ["Tehran"],
    "stances": [
        st("Amnesty International", "neutral",
           "At least 106 protesters in 21 cities have been killed, according to credible reports,"),
        st("ISNA", "neutral",
           "Three members of the Iranian security forces were also stabbed to death by “rioters” near Tehran, the ISNA and Fars news agencies reported late on Monday."),
    ],
}

# 135: AFP copy on a blog, published 2022-11-16. The shootings and protests are not given a day.
FILES["135_iranian-security-forces-shoot-kill-demonstrators.txt"] = {
    "incidents": [
        inc("attack_on_civilians", "Iran", "Sanandaj, Kamyaran, Kermanshah", "",
            "Iranian security forces have shot dead at least two protesters, as demonstrations sparked by Mahsa Amini’s death swelled on the anniversary of a bloody 2019 crackdown."),
        inc("protest", "Iran", "Tehran, Bandar Abbas, Shiraz", "",
            "In Tehran, the din of honking car horns reverberated as protesters blocked a main roundabout at Sanat Square and yelled “Freedom, freedom”, according to verified footage."),
        inc("attack_on_civilians", "Iran", "", "2019-01-01/2019-12-31",
            "The protesters were responding to a call to commemorate those slain in the 2019 crackdown, giving new momentum to the demonstrations sparked by the death of 22-year-old Amini in mid-September this year, after her arrest for allegedly flouting Iran’s strict dress code for women.",
            "background"),
        inc("arrest_or_expulsion", "Iran", "", "2022-09-01/2022-09-30",
            "The protesters were responding to a call to commemorate those slain in the 2019 crackdown, giving new momentum to the demonstrations sparked by the death of 22-year-old Amini in mid-September this year, after her arrest for allegedly flouting Iran’s strict dress code for women.",
            "background"),
    ],
    "quotes": [
        q("Freedom, freedom", None, "protesters", "partial"),
        q("Death to the dictator", None, "some of them", "partial"),
        q("The government forces have directly opened fire in most of the cities where uprisings have taken place, such as Sanandaj, Kamyaran and Kermanshah,",
          "Hengaw", "Hengaw"),
    ],
    "actors": {
        "Iranian security forces": act("organisation", "Iran", "The government forces"),
        "Mahsa Amini": act("person", "Iran", "Amini"),
        "Hengaw": act("organisation", "Norway", "a rights group based in Norway"),
        "1500tasvir": act("organisation", "", "the 1500tasvir social media monitor"),
    },
    "places": ["Tehran", "Sanat Square", "Bandar Abbas", "Shiraz", "Sanandaj", "Kamyaran", "Kermanshah"],
    "stances": [
        st("Hengaw", "hawkish",
           "The government forces have directly opened fire in most of the cities where uprisings have taken place, such as Sanandaj, Kamyaran and Kermanshah,"),
    ],
}

# 136: JunuTalk, published 2018-06-30 (a Saturday): "Saturday" = 2018-06-30.
FILES["136_south-sudan-fighting-after-cease-fire.txt"] = {
    "incidents": [
        inc("armed_clash", "South Sudan", "Southern Liech, Northern Liech", "2018-06-30",
            "Rebels attacked government positions in Southern Liech and Northern Liech States in the Greater Upper Nile region between 2 a.m. and 5 a.m. Saturday, army spokesman Lul Ruai Koang said by phone from the capital, Juba."),
        inc("attack_on_civilians", "South Sudan", "Maban, Northern Upper Nile", "2018-06-30",
            "A separate early morning attack at a cattle camp in Maban in Northern Upper Nile resulted in 15 civilians being killed while 22 others were wounded and livestock stolen, Koang said."),
        inc("armed_clash", "South Sudan", "Wau", "2018-06-30",
            "The army attacked rebel positions on the outskirts of Wau early Saturday morning, triggering a fight that was still going on by noon, he said by phone."),
        inc("ceasefire_or_agreement", "South Sudan", "", "2018-06-28/2018-06-30",
            "On June 28, President Kiir issued a decree directing the army to abide by the cease-fire from June 30, an order reciprocated by Machar.",
            "background"),
        inc("armed_clash", "South Sudan", "", "2013-12-01/2013-12-31",
            "The conflict, which began in South Sudan in December 2013, has left tens of thousands of people dead and displaced four million others.",
            "background"),
        inc("armed_clash", "South Sudan", "", "2016-01-01/2016-12-31",
            "A similar attempt in 2016 ended with loyalists of the two engaging in five days of battle in the capital.",
            "background"),
    ],
    "quotes": [],
    "actors": {
        "Salva Kiir": act("person", "South Sudan", "President Salva Kiir", "President Kiir", "Kiir"),
        "Riek Machar": act("person", "South Sudan", "rebel leader Riek Machar", "Machar"),
        "Lul Ruai Koang": act("person", "South Sudan army, South Sudan", "army spokesman Lul Ruai Koang", "Koang"),
        "Lam Paul Gabriel": act("person", "South Sudan rebels, South Sudan", "Rebel spokesman Lam Paul Gabriel"),
        "South Sudan army": act("organisation", "South Sudan", "the army", "The army", "government forces"),
        "South Sudan rebels": act("group", "South Sudan", "Rebels", "rebel"),
    },
    "places": ["Southern Liech", "Northern Liech", "Greater Upper Nile", "Juba", "Maban", "Northern Upper Nile", "Wau"],
    "stances": [
        st("Lul Ruai Koang", "hawkish",
           "Rebels attacked government positions in Southern Liech and Northern Liech States in the Greater Upper Nile region between 2 a.m. and 5 a.m. Saturday, army spokesman Lul Ruai Koang said by phone from the capital, Juba."),
        st("Lam Paul Gabriel", "hawkish",
           "Rebel spokesman Lam Paul Gabriel blamed government forces for attacking their positions in the northwest of the country."),
        st("Salva Kiir", "cautious",
           "On June 28, President Kiir issued a decree directing the army to abide by the cease-fire from June 30, an order reciprocated by Machar."),
        st("Riek Machar", "cautious",
           "On June 28, President Kiir issued a decree directing the army to abide by the cease-fire from June 30, an order reciprocated by Machar."),
    ],
}

# 137: The Guardian, published 2014-05-12 (a Monday): "last Friday" = 2014-05-09.
FILES["137_south-sudan-fighting-resumes-ceasefire-hopes-dashed.txt"] = {
    "incidents": [
        inc("armed_clash", "South Sudan", "Upper Nile", "",
            "The defence minister, Kuol Manyang, said there had been fighting in the oil-producing state of Upper Nile, and government troops had been ordered not to attack but only to fight in self-defence.",
            alt=["shelling_or_missile_attack"]),
        inc("ceasefire_or_agreement", "South Sudan", "", "2014-05-09",
            "Since the signing of a peace deal last Friday between President Salva Kiir and the rebel leader Riek Machar, both sides have accused each other of launching ground attacks and artillery barrages.",
            "background"),
        inc("ceasefire_or_agreement", "South Sudan", "", "2014-01-01/2014-01-31",
            "The two sides had agreed to a ceasefire in January, but that deal quickly fell apart and unleashed a new round of fierce fighting.",
            "background"),
    ],
    "quotes": [
        q("These are irregular forces, the White Army is armed civilians, and they do not know about the cessation of hostilities agreement that was signed,",
          "Kuol Manyang", "he"),
        q("They are the ones that attacked, because they think the war is still going on.", "Kuol Manyang", "he"),
        q("We are working on their deployment, so that they can observe the situation on the ground,", "Philip Aguer", "Aguer"),
        q("we have ordered our forces not to lift a foot from where they are to attack rebels", "Salva Kiir", "Kiir"),
    ],
    "actors": {
        "Salva Kiir": act("person", "South Sudan", "President Salva Kiir", "President Kiir", "Kiir"),
        "Riek Machar": act("person", "South Sudan", "the rebel leader Riek Machar", "rebel leader Machar", "Machar"),
        "Kuol Manyang": act("person", "South Sudan", "The defence minister, Kuol Manyang", "Manyang"),
        "Philip Aguer": act("person", "South Sudan army, South Sudan", "An army spokesman, Philip Aguer", "Aguer"),
        "White Army": act("group", "South Sudan", "the White Army"),
        "Igad": act("organisation", "", "the regional bloc Igad"),
        "South Sudanese rebels": act("group", "South Sudan", "rebels"),
        "South Sudan army": act("organisation", "South Sudan", "government troops"),
    },
    "places": ["Upper Nile", "Bentiu", "Unity", "Juba"],
    "stances": [
        st("Kuol Manyang", "hawkish", "They are the ones that attacked, because they think the war is still going on."),
        st("Salva Kiir", "cautious", "we have ordered our forces not to lift a foot from where they are to attack rebels"),
        st("Philip Aguer", "neutral", "We are working on their deployment, so that they can observe the situation on the ground,"),
        st("Riek Machar", "hawkish",
           "President Kiir and rebel leader Machar accuse each other of launching attacks as violence resumes in five-month-old civil war"),
    ],
}


def check(texts: Path) -> list[str]:
    """Strings that are not verbatim in their text, as 'file: field: string' lines."""
    bad = []
    for fname, lab in FILES.items():
        path = texts / fname
        if not path.exists():
            bad.append(f"{fname}: text missing in {texts}")
            continue
        text = path.read_text(encoding="utf-8")

        def need(field, s):
            if s and s not in text:
                bad.append(f"{fname}: {field}: {s[:70]!r}")

        for i in lab["incidents"]:
            need("evidence", i["evidence"])
        for x in lab["quotes"]:
            need("quote", x["text"])
            need("speaker_mention", x["speaker_mention"])
            if x["speaker"] is not None and x["speaker"] not in lab["actors"]:
                bad.append(f"{fname}: speaker not an actor: {x['speaker']!r}")
        for p in lab["places"]:
            need("place", p)
        for s in lab["stances"]:
            need("stance evidence", s["evidence"])
            if s["actor"] not in lab["actors"]:
                bad.append(f"{fname}: stance actor not an actor: {s['actor']!r}")
        actors = [s["actor"] for s in lab["stances"]]
        if len(actors) != len(set(actors)):
            bad.append(f"{fname}: two stances for one actor")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    bad = check(a.texts)
    if bad:
        for b in bad:
            print("not in text:", b, file=sys.stderr)
        return 1
    ref = json.loads(FORMAT_FROM.read_text(encoding="utf-8"))
    out = {"about": ABOUT, "format": ref["format"], "event_types": ref["event_types"],
           "stance_labels": ref["stance_labels"], "files": FILES}
    for lab in FILES.values():
        for i in lab["incidents"]:
            assert i["type"] in ref["event_types"], i["type"]
        for s in lab["stances"]:
            assert s["label"] in ref["stance_labels"], s["label"]
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = lambda k: sum(len(v[k]) for v in FILES.values())
    print(f"wrote {a.out}: {len(FILES)} texts, {n('incidents')} incidents, {n('quotes')} quotes, "
          f"{n('actors')} actors, {n('places')} places, {n('stances')} stances")
    return 0


if __name__ == "__main__":
    sys.exit(main())
