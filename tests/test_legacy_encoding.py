"""analysis.clean.legacy_encoding: Western legacy pages read as Windows-1252, other
encodings kept (made-up pages)."""

from __future__ import annotations

import pytest

from analysis.clean.legacy_encoding import WINDOWS_1252, detect_legacy_encoding, symbols_in_words
from analysis.clean.read import decode_page_bytes

_PLAIN = [
    "The city council voted on Tuesday to approve a new budget for the harbour district "
    "after several months of debate between members of the planning committee.",
    "Supporters said the plan would create jobs and bring more visitors to the waterfront, "
    "while critics argued that the cost of the project had been underestimated.",
    "The budget includes funding for new lighting, repairs to the old pier and a small park "
    "near the ferry terminal, officials said in a statement released after the vote.",
    "Work on the first phase is expected to begin in the spring and to last about a year, "
    "according to the schedule published by the port authority this week.",
]
_HEADER = ["Harbour Gazette", "Home | News | Sport | Opinion | Contact", ""]
_FOOTER = ["", "About us | Advertise | Privacy policy", "All rights reserved."]


def _page(*paragraphs: str) -> str:
    body = "\n\n".join([*_PLAIN[:2], *paragraphs, *_PLAIN[2:]])
    return "\n".join([*_HEADER, "Council approves the harbour budget", "", body, *_FOOTER]) + "\n"


# A Western page holds few bytes outside ASCII: charset-normalizer's samples may miss them.
WESTERN_PAGES = {
    "english": _page(
        "\u201cWe had to act now,\u201d the mayor said. \u201cThe harbour can\u2019t wait "
        "\u2014 not another year.\u201d",
        "Caf\u00e9 owner Ren\u00e9e Dupr\u00e9 called the plan \u201cna\u00efve\u201d.",
    ),
    "french": _page(
        "Le conseil municipal a approuv\u00e9 mardi le budget du port, apr\u00e8s des mois "
        "de d\u00e9bats tr\u00e8s anim\u00e9s entre les \u00e9lus.",
    ),
    # review h265: Windows-1258 (Vietnamese) ranked first for an Italian or Friulian
    # page, its "ì" and "ò" read as tone marks on the consonants before them
    "italian": _page(
        "Il mercato riapre luned\u00ec nel borgo vecchio, dopo tre anni di lavori, e cos\u00ec "
        "per\u00f2 la piazza rester\u00e0 chiusa fino a gioved\u00ec.",
        "I banchi saranno dodici: la precedenza andr\u00e0 ai pescatori, si scus\u00ecn cui "
        "let\u00f4rs, al sar\u00e0 vierz\u00fbt a mieze d\u00ec.",
    ),
    "apostrophes only": _page(
        "The mayor\u2019s office said the plan was final and that the council\u2019s vote "
        "would not be revisited."
    ),
}


@pytest.mark.parametrize("kind", list(WESTERN_PAGES))
def test_a_western_page_saved_as_windows_1252_reads_as_written(kind):
    page = WESTERN_PAGES[kind]
    data = page.encode("cp1252")
    assert detect_legacy_encoding(data) == WINDOWS_1252
    text, encoding = decode_page_bytes(data, "page.txt")
    assert encoding == WINDOWS_1252
    assert text == decode_page_bytes(page.encode("utf-8"), "page.txt")[0]


# Pages in other legacy encodings must keep theirs (or one that gives the same text).
OTHER_PAGES = {
    ("russian", "cp1251"): "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 "
    "\u0441\u043e\u0432\u0435\u0442 \u0443\u0442\u0432\u0435\u0440\u0434\u0438\u043b "
    "\u043d\u043e\u0432\u044b\u0439 \u0431\u044e\u0434\u0436\u0435\u0442 \u043f\u043e"
    "\u0440\u0442\u0430 \u043f\u043e\u0441\u043b\u0435 \u0434\u043e\u043b\u0433\u0438"
    "\u0445 \u0441\u043f\u043e\u0440\u043e\u0432. \u0420\u0430\u0431\u043e\u0442\u044b "
    "\u043d\u0430\u0447\u043d\u0443\u0442\u0441\u044f \u0432\u0435\u0441\u043d\u043e"
    "\u0439, \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438 \u0432 \u043c\u044d\u0440"
    "\u0438\u0438.\n",
    ("greek", "cp1253"): "\u03a4\u03bf \u03b4\u03b7\u03bc\u03bf\u03c4\u03b9\u03ba\u03cc "
    "\u03c3\u03c5\u03bc\u03b2\u03bf\u03cd\u03bb\u03b9\u03bf \u03b5\u03bd\u03ad\u03ba"
    "\u03c1\u03b9\u03bd\u03b5 \u03c4\u03bf\u03bd \u03bd\u03ad\u03bf \u03c0\u03c1\u03bf"
    "\u03cb\u03c0\u03bf\u03bb\u03bf\u03b3\u03b9\u03c3\u03bc\u03cc \u03c4\u03bf\u03c5 "
    "\u03bb\u03b9\u03bc\u03b1\u03bd\u03b9\u03bf\u03cd \u03bc\u03b5\u03c4\u03ac \u03b1"
    "\u03c0\u03cc \u03bc\u03ae\u03bd\u03b5\u03c2 \u03c3\u03c5\u03b6\u03b7\u03c4\u03ae"
    "\u03c3\u03b5\u03c9\u03bd.\n",
    ("polish", "cp1250"): "Rada miasta zatwierdzi\u0142a we wtorek nowy bud\u017cet "
    "portu po wielu miesi\u0105cach sporu. Prace maj\u0105 si\u0119 rozpocz\u0105\u0107 "
    "wiosn\u0105, poinformowa\u0142 urz\u0105d.\n",
    ("czech", "cp1250"): "M\u011bstsk\u00e1 rada v \u00fater\u00fd schv\u00e1lila nov\u00fd "
    "rozpo\u010det p\u0159\u00edstavu po n\u011bkolika m\u011bs\u00edc\u00edch spor\u016f. "
    "Pr\u00e1ce za\u010dnou na ja\u0159e, uvedl \u00fa\u0159ad.\n",
    ("turkish", "cp1254"): "Belediye meclisi sal\u0131 g\u00fcn\u00fc, aylar s\u00fcren "
    "tart\u0131\u015fmalar\u0131n ard\u0131ndan liman\u0131n yeni b\u00fct\u00e7esini "
    "onaylad\u0131. \u00c7al\u0131\u015fmalar\u0131n ilkbaharda ba\u015flamas\u0131 "
    "bekleniyor.\n",
    ("lithuanian", "cp1257"): "Miesto taryba antradien\u012f patvirtino nauj\u0105 uosto "
    "biud\u017eet\u0105 po kelis m\u0117nesius trukusi\u0173 gin\u010d\u0173. Darbai "
    "prasid\u0117s pavasar\u012f, prane\u0161\u0117 savivaldyb\u0117.\n",
    ("chinese", "gb18030"): "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6279\u51c6\u4e86\u6e2f\u53e3"
    "\u7684\u65b0\u9884\u7b97\uff0c\u6b64\u524d\u7ecf\u8fc7\u4e86\u6570\u6708\u7684\u8fa9"
    "\u8bba\u3002\u5de5\u7a0b\u9884\u8ba1\u5c06\u4e8e\u6625\u5929\u5f00\u59cb\u3002\n",
    ("japanese", "shift_jis"): "\u5e02\u8b70\u4f1a\u306f\u706b\u66dc\u65e5\u3001\u6e2f"
    "\u6e7e\u306e\u65b0\u3057\u3044\u4e88\u7b97\u3092\u627f\u8a8d\u3057\u305f\u3002\u5de5"
    "\u4e8b\u306f\u6625\u306b\u59cb\u307e\u308b\u4e88\u5b9a\u3060\u3002\n",
    ("korean", "euc_kr"): "\uc2dc\uc758\ud68c\ub294 \ud654\uc694\uc77c \ud56d\uad6c\uc758 "
    "\uc0c8 \uc608\uc0b0\uc744 \uc2b9\uc778\ud588\ub2e4. \uacf5\uc0ac\ub294 \ubd04\uc5d0 "
    "\uc2dc\uc791\ub420 \uc608\uc815\uc774\ub2e4.\n",
}


# A known limit (as before this rule): charset-normalizer ranks Vietnamese Windows-1258
# first for this Czech text (its ě is a combining acute there) and nothing here overrules it.
_CZECH_LIMIT = pytest.mark.xfail(reason="read as cp1258", strict=True)


@pytest.mark.parametrize("shape", ["paragraph", "page"])
@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=_CZECH_LIMIT) if k[0] == "czech" else k for k in OTHER_PAGES],
    ids=[k[0] for k in OTHER_PAGES],
)
def test_pages_in_other_legacy_encodings_are_not_read_as_windows_1252(key, shape):
    _, encoding = key
    page = OTHER_PAGES[key]
    if shape == "page":  # a whole page: menus and footer in ASCII around the text
        page = "\n".join([*_HEADER, "", page, page, page, *_FOOTER]) + "\n"
    text, chosen = decode_page_bytes(page.encode(encoding), "page.txt")
    assert text == page
    assert chosen != WINDOWS_1252


def test_symbols_inside_words_are_counted_but_word_punctuation_is_not():
    assert symbols_in_words("bud\u00bfet miesi\u00b9cach zatwierdzi\u00b3a") == 3
    assert symbols_in_words("didn\u2019t free speech\u2014conceptually decision\u00admaking") == 0
    assert symbols_in_words("own\u2026schemes caf\u00e9 \u00bfQui\u00e9n? 3\u00bd miles") == 0
    # a combining mark on a Latin consonant (Windows-1258's tone marks follow vowels)
    assert symbols_in_words("luned\u0300 scus\u0301n") == 2
    assert symbols_in_words("Vie\u0302\u0323t Nam ha\u0300nh") == 0
