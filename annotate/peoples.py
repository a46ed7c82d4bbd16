"""Peoples and communities that security news names by an ethnic, tribal or religious name with
no state of their own: "Druze fighters", "the Bedouin", "Yazidi elders", "Fulani herders", "the
Alawite minority". The English model often tags such a name as a person ("Yazidi elders" ->
PERSON "Yazidi") or an organisation; it is a nationality-like name (NORP), the modifier of a
collective actor, never someone's name.

A hand list (no well-kept data package lists peoples): groups prominent in conflict reporting on
every continent, each in its adjective or singular form and its plural. A name that is also a
family name ("Baloch", "Kurdi") is only read as a people when written alone, never beside a given
name ("Amna Baloch" stays a person): ``is_people`` is asked of a whole entity span's text.
"""

from __future__ import annotations

_NAMES = """
Druze Bedouin Bedouins Yazidi Yazidis Yezidi Yezidis Alawite Alawites Alawi Ismaili Ismailis Assyrian Assyrians
Chaldean Chaldeans Copt Copts Coptic Maronite Maronites Kurd Kurds Turkmen Turkoman Circassian Circassians
Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Shi'ites Zaydi Zaydis Sufi Sufis Ahmadi Ahmadis
Baloch Baluch Balochs Baluchis Baluchi Pashtun Pashtuns Pakhtun Pakhtuns Hazara Hazaras 
Sindhi Sindhis Muhajir Muhajirs Kashmiri Kashmiris Sikh Sikhs Dalit Dalits Adivasi Adivasis Naga Nagas
Kuki Kukis Meitei Meiteis Mizo Mizos Bodo Bodos Tamil Tamils Sinhalese Rohingya Rohingyas 
Uyghur Uyghurs Uighur Uighurs Tibetan Tibetans Hmong Moro Moros Lumad Lumads
Tuareg Tuaregs Touareg Touaregs Fulani Fula Peul Peuls Hausa Hausas Igbo Igbos Yoruba Yorubas Ijaw Ijaws Ogoni
Kanuri Tiv Berom Amhara Amharas Oromo Oromos Tigrayan Tigrayans Hawiye Darod Isaaq
Dinka Nuer Shilluk Murle Masalit Zaghawa Hutu Hutus Tutsi Tutsis Banyamulenge Lendu Hema Maasai Kikuyu
Luo Kalenjin Acholi Amazigh Berber Berbers Sahrawi Sahrawis Tebu Toubou Dogon Bambara Mossi Songhai

Mapuche Mapuches Aymara Quechua Wayuu Miskito Garifuna Chechen Chechens Ingush Avar Avars Lezgin
Ossetian Ossetians Abkhaz Abkhazians Tatar Tatars Bashkir Karakalpak Pamiri Pamiris 
Papuan Papuans Melanesian Kanak Kanaks Moluccan Acehnese Bugis Madurese Dayak Dayaks Ahwazi Ahwazis
Gilaki Qashqai Bakhtiari Mandaean Mandaeans Shabak Kaka'i Yarsan
"""

PEOPLES = frozenset(_NAMES.split())
_LOWER = frozenset(n.lower() for n in PEOPLES)


def is_people(text: str) -> bool:
    """True when ``text`` (an entity span's words, "the" and a possessive taken off) is one
    people's name alone: "Druze", "the Bedouin", "Yazidis", "Fulani's"; not "Amna Baloch" (a
    given name beside it) nor "Kurdistan" (a place)."""
    words = text.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1:
        return False
    w = words[0]
    if w.endswith("'s"):
        w = w[:-2]
    return w.lower() in _LOWER and w[:1].isupper()
