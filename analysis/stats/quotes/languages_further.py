"""Verbs of saying and speaker-phrase words of four more languages: Somali, Igbo,
Malagasy and Burmese.

The same tables as :mod:`.languages_regional` (which :mod:`.languages` merges into its
own): inflected verbs of saying as news prints them, with the quotative words that join
a quote to the verb after it (Somali "ayuu" / "ayay", the focus marker with the subject
pronoun: '"...," ayuu yiri X'; Igbo "ka", '"...," ka X kwuru'; Malagasy "hoy", '"...,"
hoy X'; Burmese "ဟု", 'X က "..." ဟု ပြောကြားသည်'); "according to" words before the
speaker; the particles between a speaker and the verb after it, stepped over (Somali
"ayaa" and the preposition "ku" of "X ayaa ku qoray", Igbo "na", that); the closed
classes that end a speaker's phrase and personal pronouns.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FURTHER_REPORTING_VERBS: dict[str, frozenset[str]] = {
    # say (yiri / tiri / yidhi / tidhi), state (sheegay / sheegtay), add (raaciyay),
    # explain (sharaxay), write (qoray / qortay), ask (weydiiyay), answer (ku jawaabay)
    "so": _words(
        """yiri tiri yidhi tidhi yiraahdeen sheegay sheegtay sheegeen
        raaciyay raacisay sharaxay sharraxday qoray qortay weydiiyay jawaabay
        jawaabtay xaqiijiyay xaqiijisay"""
    ),
    # say (kwuru / kwuo), tell (gwara), write (dere), add (gbakwụnyere), ask (jụrụ),
    # explain (kọwara); "ka" joins a quote to its speaker and verb after it
    "ig": _words("ka kwuru kwuo gwara dere gbakwụnyere jụrụ kọwara zaghachiri"),
    # say (hoy, nilaza, niteny), declare (nanambara), add (nanampy), write (nanoratra),
    # explain (nanazava), ask (nanontany), stress (nanamafy), answer (namaly)
    "mg": _words(
        """hoy nilaza niteny nanambara nanampy nanoratra nanazava nanontany nanamafy
        namaly Nilaza Niteny Nanambara Nanampy Nanoratra Nanazava Nanamafy Namaly"""
    ),
    # the quotative "ဟု" before the verb ("ဟု ပြောကြားသည်", said so; "ဟု ရေးသားခဲ့သည်", wrote so)
    "my": _words("ပြောကြားသည် ပြောသည် ပြောကြားခဲ့သည် ရေးသားခဲ့သည် ဆိုသည်"),
}

#: "According to" before the speaker (Somali "sida uu sheegay X", Igbo "dịka X si kwuo",
#: Malagasy "araka ny filazan'i X").
FURTHER_ACCORDING_TO: dict[str, frozenset[str]] = {
    "ig": _words("dịka"),
    "mg": _words("araka"),
}

FURTHER_SKIPPED: dict[str, frozenset[str]] = {
    "so": _words("ayaa ayuu ayay ku u"),
    "ig": _words("na si"),
    "mg": _words("kosa ihany"),
    "my": _words("က ဟု ဟူ၍"),
}

#: Articles and the name marker before a speaker's noun (Malagasy "ny", "ilay", "ireo";
#: "i" before a person's name: "hoy i Rabe").
FURTHER_DETERMINERS: dict[str, frozenset[str]] = {"mg": _words("ny ilay ireo i")}

FURTHER_PHRASE_STOPS: dict[str, frozenset[str]] = {
    # "sida uu sheegay X" (as X said): "sida" and the subject pronoun open no speaker
    "so": _words("iyo oo ama laakiin shalay maanta sida uu ay"),
    # "Dịka X si kwuo" (as X said): "dịka" opens no speaker, as Somali "sida"
    "ig": _words("na ma mana nke ụnyaahụ taa dịka"),
    "mg": _words("sy na fa fa ary omaly anio"),
    "my": _words("နှင့် နဲ့ ပြီး"),
}

FURTHER_PRONOUNS: dict[str, frozenset[str]] = {
    "so": _words("isagu iyadu iyagu"),
    "ig": _words("ọ Ọ o O ha"),
    "mg": _words("izy izaho"),
    "my": _words("သူ သူမ"),
}
