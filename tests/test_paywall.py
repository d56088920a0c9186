"""analysis.clean.paywall: an article page whose text stops at a subscription wall."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.articles import validate_articles
from analysis.clean.page_rows import clean_page
from analysis.clean.paywall import is_paywall_prompt, paywall_prompt
from analysis.clean.read import page_from_bytes

_PARAGRAPHS = [
    "The harbour board of Veltmouth voted on Tuesday to close the old ferry pier, ending "
    "ninety years of crossings to the island of Orrin and leaving the town's last boatyard "
    "without its main customer.",
    "Board members said the pier's timber piles had rotted past repair, and that a new "
    "concrete pier would cost more than the harbour earns in a decade of landing fees.",
    "Fishermen who crowded the meeting hall said the board had never asked them about the "
    "plan, and several of them left before the vote was taken in protest.",
    "The island's council has asked the regional government for an emergency grant to keep "
    "a weekly boat running from the fishing quay until a decision on a new pier is made.",
]


def _page(paragraphs: list[str], after: list[str]) -> str:
    header = ["Veltmouth Courier", "", "Ferry pier to close after ninety years", ""]
    header += ["By Ann Tillery", "", "March 4, 2025", ""]
    body = [line for paragraph in paragraphs for line in (paragraph, "")]
    return "\n".join(header + body + after) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading.",
        "Sign in or subscribe to keep reading this story",
        "This article is for subscribers only.",
        "Create a free account to read the full article",
        "You have reached your limit of free articles this month.",
        "Already a member? Log in to read the rest of this article.",
        "Exclusive to our subscribers",
        "Subscriber-only content",
        "Abonnez-vous pour lire la suite",
        "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.",
        "Jetzt weiterlesen mit Abo",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Suscríbete para seguir leyendo",
        "Contenido exclusivo para suscriptores",
        "Assine para continuar lendo",
        "Conteúdo exclusivo para assinantes",
        "Per continuare a leggere abbonati",
        "Articolo riservato agli abbonati",
        "Subscribe now for unlimited access.",
        "This story is for paying readers.",
        "Dit artikel is alleen voor abonnees.",
        "Ten artykuł jest dostępny tylko dla subskrybentów.",
        "Den här artikeln är låst för prenumeranter.",
        "Denne artikkelen er kun for abonnenter.",
        "Tämä artikkeli on vain tilaajille.",
        # the rows of analysis.clean.paywall_words: other languages' read-on and way in
        "Irreġistra biex taqra l-artiklu kollu.",
        "Cofrestrwch i ddarllen yr erthygl gyfan.",
        "Registra't per llegir l'article complet.",
        "Registreer om het volledige artikel te lezen.",
        "Haberin tamamını okumak için abone olun.",
        "Чтобы прочитать статью полностью, оформите подписку.",
        "Για να διαβάσετε ολόκληρο το άρθρο, γίνετε συνδρομητής.",
        "Pro přečtení celého článku se přihlaste.",
        "لقراءة المقال كاملا اشترك الآن",
        "להמשך קריאה הירשמו למינוי",
        "पूरी खबर पढ़ने के लिए सब्सक्राइब करें",
        "続きは会員登録でお読みいただけます",
        "전체 기사를 보려면 로그인하세요",
        "Đăng ký để đọc toàn bộ bài viết",
        "อ่านต่อ สมัครสมาชิก",
        "Jiandikishe ili kusoma makala kamili",
        "სრული სტატიის წასაკითხად გამოიწერეთ",
        # a subscription product named with a plus sign is the way in; a quota used up
        "Lesen Sie mit Z+ weiter",
        "Weiterlesen mit Tageblatt+",
        "Sie haben Ihr Kontingent an kostenlosen Artikeln für diesen Monat aufgebraucht.",
        # members only, paid content, read on (polite form) in Japanese and Chinese
        "この記事は有料会員限定です。残り1240文字（全文1380文字）",
        "有料会員になると続きをお読みいただけます。",
        "本文为付费内容",
        # for subscribers only in the rows' languages (review h152: Czech, Malay)
        "Tento příspěvek je exkluzivně pro předplatitele.",
        "Tulisan ini adalah untuk pelanggan sahaja",
        "Materialul este disponibil doar pentru abonați.",
        "Ez a riport csak előfizetőknek olvasható.",
        "Bu yazı yalnızca abonelere açıktır.",
        "Το κείμενο είναι μόνο για συνδρομητές.",
        "Этот репортаж доступен только для подписчиков.",
        "Цей репортаж лише для передплатників.",
        # 'only to subscribers' in Croatian and Serbian's dative (review h390's held-out
        # hr_newsplease_paywall: the paragraph the wall cuts was dropped with it)
        "Ovaj članak dostupan je samo pretplatnicima.",
        "Овај чланак доступан је само претплатницима.",
        # the Indonesian verb's me- form (review h179)
        "Berlangganan untuk melanjutkan membaca",
    ],
)
def test_a_wall_prompt_is_recognized(line):
    assert is_paywall_prompt(line)
    # in capitals too (the patterns ignore case; the words looked up first must too)
    assert is_paywall_prompt(line.upper())


@pytest.mark.parametrize(
    "line",
    [
        "Continue reading the main story",  # an ad slot's skip link on a full page
        "Already a subscriber? Log in",  # a metered site's header on a full page
        "Subscribe to our newsletter",
        "Read more",
        "The guild will hold a members-only meeting on Friday to brief its staff.",
        "Weiterlesen",  # a link to the next page of a story
        "Lesen Sie weiter unten die Chronik",
        "Lesen Sie weiter unten, was die Entwickler von C++ halten",  # a language, no product
        "Die Leser haben die kostenlosen Artikel gern gelesen.",
        "Les abonnés du club ont voté hier",
        "Continuar leyendo",
        "Os assinantes da petição pedem mudanças",
        # another language's "read on" or way in alone is a link, not a prompt
        "Lees verder",
        "Czytaj dalej",
        # for subscribers without "only": a menu's offer, no wall
        "Výhody pro předplatitele",
        "Tawaran istimewa untuk pelanggan",
        "Читать далее",
        "Giriş yap",
        "Aqra aktar ▼",
        "",
        # a paragraph that quotes a prompt is prose, not a prompt
        "Readers who saw the message 'subscribe to continue reading' on the council's own "
        "bulletin were surprised, since the bulletin had always been free and the council "
        "said it had never meant to charge anyone for the minutes of its public meetings.",
    ],
)
def test_other_lines_are_not_wall_prompts(line):
    assert not is_paywall_prompt(line)


def test_the_prompt_must_follow_the_body_before_any_prose():
    lines = ["A first paragraph of the story, long enough to read as prose on its own.", ""]
    lines += ["Share", "Subscribe to continue reading"]
    assert paywall_prompt(lines, [0]) == "Subscribe to continue reading"
    later = [*lines[:2], _PARAGRAPHS[0], "Subscribe to continue reading"]
    assert paywall_prompt(later, [0]) is None  # another story's prose comes between
    assert paywall_prompt(lines, []) is None


def test_a_page_cut_by_a_paywall_is_a_teaser_with_the_prompt_as_reason():
    text = _page(_PARAGRAPHS[:2], ["Subscribe to continue reading", "", "© 2025 Courier"])
    articles = validate_articles(extract_articles(text, "pier.txt"))
    assert len(articles) == 1
    article = articles.iloc[0]
    assert article["body"].startswith("The harbour board of Veltmouth")
    assert article["is_teaser"]
    assert article["teaser_reason"] == 'paywall: "Subscribe to continue reading"'


def test_a_whole_story_on_a_metered_site_is_not_a_teaser():
    after = ["Already a subscriber? Log in", "", "Continue reading the main story", ""]
    text = _page(_PARAGRAPHS, [*after, "© 2025 Courier"])
    article = validate_articles(extract_articles(text, "pier.txt")).iloc[0]
    assert not article["is_teaser"]
    assert article["teaser_reason"] is None


_BOXES = [
    [
        "Subscribe now for unlimited access.",
        "$1 for the first 4 weeks",
        "Already a subscriber? Log in",
    ],
    [
        "Este contenido es exclusivo para suscriptores",
        "Suscribite por $1.500 por mes.",
        "¿Ya tenés cuenta?",
    ],
    ["Jetzt weiterlesen mit Digital-Abo", "Bereits Abonnent? Hier anmelden"],
    ["This story is for paying readers.", "Start your free trial"],
    ["Lesen Sie mit Z+ weiter", "Jetzt 4 Wochen für 1 € testen", "Bereits Abonnent? Anmelden"],
    ["この記事は有料会員限定です。残り1240文字", "会員登録して続きを読む"],
    # the Czech imperative "Předplaťte" (review h152: its "ť" is no "předplat")
    [
        "Zbytek článku je dostupný pouze pro předplatitele",
        "Předplaťte si Deník za 1 Kč na první měsíc a čtěte bez omezení.",
    ],
    # an offer naming no way in, its price in the language's currency (review h152)
    [
        "Tento příspěvek je exkluzivně pro předplatitele.",
        "Získejte neomezený přístup ke všem příspěvkům za 79 Kč měsíčně.",
    ],
    ["Artikel ini adalah untuk pelanggan sahaja", "Nikmati semua berita dengan RM5.50 sebulan."],
    [
        "Acest material este disponibil doar pentru abonați.",
        "Ai acces la tot pentru 9 lei pe lună.",
    ],
]


@pytest.mark.parametrize("box", _BOXES)
def test_a_wall_and_its_box_printed_as_the_body_s_last_lines_are_cut_from_it(box):
    # a subscription box's lines (an offer, a price, a way in) follow the prompt with no
    # blank line between them, so the page's reading takes them for the body's end
    text = _page(_PARAGRAPHS[:2], [*box, "", "Most Read", "Ferry back on Monday", "", "© 2025"])
    article = validate_articles(extract_articles(text, "pier.txt")).iloc[0]
    assert article["is_teaser"]
    assert article["teaser_reason"] == f'paywall: "{box[0]}"'
    assert article["body"].rstrip().endswith("in a decade of landing fees.")


def test_a_wall_box_in_html_markup_is_cut_from_the_body():
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS[:2])
    box = "<div class='wall'><h3>Subscribe now for unlimited access.</h3><p>$1 a week</p></div>"
    html = (
        "<html><head><title>Ferry pier to close - Veltmouth Courier</title></head><body>"
        f"<article><h1>Ferry pier to close after ninety years</h1>{paragraphs}{box}</article>"
        "<footer>© 2025 Veltmouth Courier</footer></body></html>"
    )
    page = page_from_bytes(html.encode(), "pier.html", "pier.html")
    article = clean_page(page).articles[0]
    assert article["is_teaser"]
    assert article["body"].rstrip().endswith("in a decade of landing fees.")


def test_a_whole_story_ending_in_short_lines_and_a_way_in_keeps_them():
    # no prompt: the short lines are the story's, the way in a metered site's header
    tail = ["Asked about the vote, he said: no.", "Already a subscriber? Log in"]
    text = _page(_PARAGRAPHS, [*tail, "", "© 2025 Courier"])
    article = validate_articles(extract_articles(text, "pier.txt")).iloc[0]
    assert not article["is_teaser"]
    assert "in protest." in article["body"]


_LATER_PARAGRAPHS = [
    "The regional transport office said on Wednesday that it would study the request, but "
    "warned that its budget for the coming year had already been divided among the ports.",
    "A group of boatbuilders from the island has offered to repair the old pier at cost, "
    "using timber from the forest the town owns on the hills above the harbour.",
    "The board's chairman said he would meet the boatbuilders next week, and that no part of "
    "the pier would be taken down before the summer season ends in late September.",
]


def _walled(more: str, prompt: str, buttons: str, paragraphs: list[str] | None = None) -> str:
    after = [more, "", prompt, buttons, "", "Share  Facebook  X", "© 2025 Courier"]
    return _page(_PARAGRAPHS[:2] if paragraphs is None else paragraphs, after)


@pytest.mark.parametrize(
    ("more", "prompt", "buttons"),
    [
        # a language with a row (analysis.clean.paywall_words)
        (
            "Aqra aktar ▼",
            "Irreġistra biex taqra l-artiklu kollu. Huwa b'xejn.",
            "Idħol  Irreġistra",
        ),
        # none: read from the shape, the toggle, the prompt and its word among the buttons
        (
            "Méi liesen ▼",
            "Registréiert Iech fir de ganzen Artikel ze liesen.",
            "Aloggen  Registréieren",
        ),
        ("Weiderliesen »", "Abonnéiert Iech fir de ganzen Artikel.", "Aloggen\nAbonnéieren"),
    ],
)
def test_a_page_cut_by_a_registration_wall_in_any_language_is_a_teaser(more, prompt, buttons):
    article = validate_articles(extract_articles(_walled(more, prompt, buttons), "pier.txt")).iloc[
        0
    ]
    assert article["is_teaser"]
    assert article["teaser_reason"] == f'paywall: "{prompt}"'
    assert prompt not in article["body"]


@pytest.mark.parametrize(
    ("more", "prompt", "buttons", "paragraphs"),
    [
        # a toggle over comments: no word of the line under it among the buttons
        ("Comments ▼", "Be the first to comment on this story.", "Facebook  X", None),
        # a full story: longer than a wall's teaser, though the shape is the same
        (
            "Méi liesen ▼",
            "Registréiert Iech fir eis Newsletter.",
            "Registréieren",
            _PARAGRAPHS + _LATER_PARAGRAPHS,
        ),
        # a newsletter's box under a link to more stories
        ("More news »", "Subscribe to our newsletter for the day's headlines.", "Subscribe", None),
        # no toggle between the body and the prompt
        ("", "Registréiert Iech fir de ganzen Artikel ze liesen.", "Aloggen  Registréieren", None),
    ],
)
def test_a_toggle_comments_or_a_full_story_is_not_a_registration_wall(
    more, prompt, buttons, paragraphs
):
    text = _walled(more, prompt, buttons, paragraphs)
    article = validate_articles(extract_articles(text, "pier.txt")).iloc[0]
    assert not article["is_teaser"]


# The way-in words as one search, as before it was split and gated (issue #15, speed only).
def _way_in_searched_whole():
    import re

    from analysis.clean.paywall_words import WAY_IN, WAY_IN_PATTERN, word_start_pattern

    return re.compile(rf"\b(?:{WAY_IN_PATTERN})\b|{word_start_pattern(WAY_IN)}", re.IGNORECASE)


def _way_in_pieces():
    from hypothesis import strategies as st

    from analysis.clean.paywall_words import WAY_IN

    entries = sorted({entry for row in WAY_IN.values() for entry in row})
    words = ["Already", "a", "the", "council", "votes", "Log", "IN", "about", "remember"]
    words += ["Subscribers", "ΠΡΙΝ", "ᲄому", "ς", "İ", "ſ", "—", "“", "x", "12", ""]
    return st.sampled_from(entries + [entry.upper() for entry in entries] + words)


def test_the_way_in_gates_change_no_answer():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from analysis.clean.paywall import _PLUS_PRODUCT, _names_way_in
    from analysis.text import caseless_lower

    whole = _way_in_searched_whole()

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(_way_in_pieces(), max_size=6).map(" ".join)
        | st.lists(_way_in_pieces(), max_size=4).map("".join)
        | st.text(max_size=30)
    )
    def same(text: str) -> None:
        # a subscription product's name ("Z+", also "A+" the strategy draws) is a way in
        named = whole.search(text) is not None or _PLUS_PRODUCT.search(text) is not None
        assert _names_way_in(text, caseless_lower(text)) == named

    same()


def test_a_box_line_without_a_way_in_word_runs_no_way_in_search(monkeypatch):
    from page_checks import CountingPattern

    from analysis.clean import paywall

    calls: list[str] = []
    for name in ("_WAY_IN_RE", "_ROW_WAY_IN_RE"):
        if hasattr(paywall, name):
            monkeypatch.setattr(paywall, name, CountingPattern(getattr(paywall, name), calls))
    assert not paywall.is_paywall_box_line("The council votes on the new pier on Tuesday.")
    assert not paywall.is_paywall_box_line("“We will build it,” the mayor said.")
    assert calls == []
    assert paywall.is_paywall_box_line("Already a subscriber? Log in")
    assert paywall.is_paywall_box_line("Уже подписаны? Войти")


def test_a_czech_offer_opening_with_the_imperative_is_a_box_line():
    # "Předplaťte" (subscribe!) writes the stem's "t" as "ť" (review h152)
    from analysis.clean import paywall

    offer = "Předplaťte si Deník za 1 Kč na první měsíc a čtěte bez omezení."
    assert paywall.is_paywall_box_line(offer)


@pytest.mark.parametrize(
    "offer",
    [
        "Získejte neomezený přístup ke všem příspěvkům za 79 Kč měsíčně.",
        "Ai acces nelimitat la tot site-ul pentru 9 lei pe lună.",
        "Korlátlan hozzáférés havi 1990 Ft áron, bármikor lemondható.",
        "Nikmati semua berita tanpa had dengan RM5.50 sebulan sahaja.",
        "Tüm haberlere sınırsız erişim ayda ₺49 karşılığında sizin.",
    ],
)
def test_an_offer_priced_in_the_language_s_currency_is_a_box_line(offer):
    # a sentence naming no way in: its price alone makes it the box's (review h152)
    from analysis.clean import paywall

    assert paywall.is_paywall_box_line(offer)
    cabinet = "The cabinet measured 6 ft across when it left the mill."
    assert not paywall.is_paywall_box_line(cabinet)


def test_lines_after_a_body_holding_no_prompt_word_are_not_tested_one_by_one(monkeypatch):
    """Speed only: when the lines after the body hold none of the words a prompt needs,
    none is tested on its own."""
    from analysis.clean import paywall

    def refused(*_):
        raise AssertionError("line tested")

    monkeypatch.setattr(paywall, "_is_prompt", refused)
    lines = ["The council met on Tuesday.", "", "Share this story", "© 2026 Harbour Post"]
    assert paywall.paywall_prompt(lines, [0]) is None
