"""analysis.clean.card_lines: the kinds of a listing's lines (made-up text)."""

from __future__ import annotations


def test_short_sentences_one_a_line_under_prose_go_on_its_paragraph():
    # review h294 (easy_language_glossary_nn): easy-language news prints a paragraph one
    # short sentence a line; the lines after the first read as headlines
    from analysis.clean.card_lines import line_kinds

    lines = [
        "New bridge over the bay",
        "The county will build a new bridge over the bay at Holm next year.",
        "It will be ready in 2031.",
        "It costs nine million.",
        "",
        "Ready in 2031.",
    ]
    assert line_kinds(lines)[2:4] == ["prose", "prose"]
    assert line_kinds(lines)[0] == "title" and line_kinds(lines)[5] != "prose"
    footer = [
        "A long enough teaser sentence of the last card on the page here.",
        "We are a news aggregator.",
    ]
    assert line_kinds(footer)[1] != "prose"  # one line under a teaser: the page's footer


def test_a_date_line_with_its_weekday_clock_time_and_a_two_word_label_is_meta():
    # review h304 (embargo_press_list_da): a press release's embargo line over its title
    from analysis.clean.card_lines import line_kind

    assert line_kind("Embargo until Thursday 3 December 2026 at 10.00") == "meta"
    assert line_kind("Sperrfrist bis Donnerstag, 3. Dezember 2026, 10:00 Uhr") == "meta"
    # a headline with a date and a time in it keeps its kind
    assert line_kind("Concert in the park on Friday 3 December 2026 at 19.00") == "title"


def test_a_date_opened_by_its_label_with_a_section_clause_is_meta():
    # review h328 (processwire_municipality_news_hsb): "Wozjewjene DATE w rubrice X"
    # (published ... in section X) read as each card's headline: the list was one article
    from analysis.clean.card_lines import line_kind

    for line in [
        "Wozjewjene 2. decembra 2026 w rubrice Kubłanje",
        "Publié le 3 décembre 2026 dans Politique",
        "Objavljeno 3. prosinca 2026. u rubrici Politika",
    ]:
        assert line_kind(line) == "meta", line
    # a headline opening with the label and a date is no date line
    assert line_kind("Published 3 December 2026: why the council closed the library") != "meta"
    assert line_kind("Kubłanje w rubrice 2. decembra 2026 za wšěch wobydlerjow gmejny") != "meta"


def test_a_table_row_printed_with_column_gaps_is_a_date_line():
    # review h360: an exchange's announcement list saved as text prints each row's date,
    # time, symbol and company set apart by runs of spaces over the headline
    from analysis.clean.card_lines import line_kind

    assert line_kind("03/12/2026   09:30     KBL         Kampala Bottlers Limited") == "meta"
    assert line_kind("28/11/2026   16:45   UMC   Umoja Mills Company") == "meta"
    # a sentence spaces its words with one space: a headline holding a date stays one;
    # a table's row whose date closes it (a traffic portal's roadworks) is no date line
    assert line_kind("Umoja Mills calls its shareholders to a meeting on 18/12/2026") != "meta"
    assert line_kind("B 10   Pirmasens   Hinterweidenthal roadworks, lights   since 14.11.") != (
        "meta"
    )


def test_a_count_in_brackets_closing_a_date_line_keeps_it_one():
    # review h360 (held out, xoops_news_module_index_tly): a portal's news module prints
    # "LABEL: NAME DATE TIME (83 reads)" under each headline, the label in a language no
    # table holds; the counter's words made the line a headline and the page one record
    from analysis.clean.card_lines import line_kind

    assert line_kind("Nıvıştə: Nigar Əliyeva 2026/12/3 10:05 (83 vandə)") == "meta"
    assert line_kind("Posted by Ann Lee on 3 December 2026 (12 comments)") == "meta"
    # a headline's own brackets stay its words
    assert line_kind("Council approves budget for 2027 (2 photos)") != "meta"


def test_a_bulleted_byline_is_a_cards_meta_line_a_bulleted_sentence_is_not():
    """A CMS's card meta list rendered with its bullets ("• By NAME" over "• Dec 3,
    2026", BLOX / TownNews, listings_h375): the byline item is meta as the date item is."""
    from analysis.clean.card_lines import line_kind

    assert line_kind("• By Kahentiiosta Diabo") == "meta"
    assert line_kind("• By the numbers: how the council spends its money") == "bullet"


def test_bulleted_bylines_and_dates_under_teasers_sign_and_date_each_card():
    from analysis.clean.articles import extract_articles

    site = "Onkwehonwe Tribune"
    cards = [
        ("Council opens the new arena on Route 138", "Jo Diabo", "Dec 3, 2026"),
        ("Snow closes the river road for a day", None, "Dec 2, 2026"),
        ("Language school gets a second classroom", "Ron Gabriel", "Nov 29, 2026"),
    ]
    lines = [site, "• News", "• Local", "• Sports", "", "Local", ""]
    for title, author, date in cards:
        lines += [
            "Local",
            title,
            f"The story of {title.lower()} as the town told it. People came from "
            "every village to see it and stayed for the evening.",
        ]
        lines += [f"• By {author}"] if author else []
        lines += [f"• {date}", "3", ""]
    lines += ["Next", "", f"© 2026 {site}."]
    articles = extract_articles("\n".join(lines), name="local.txt")
    assert list(articles["byline"]) == ["Jo Diabo", None, "Ron Gabriel"]
    assert list(articles["published"]) == ["2026-12-03", "2026-12-02", "2026-11-29"]


def test_a_wire_items_slug_beside_its_time_and_priority_names_no_outlet():
    """A news agency's 'latest' page: each item's header line 'HH:MM GMT | PRIORITY |
    SLUG | N words' (listings_h375); the slug is the story's keyword, not its outlet."""
    from analysis.clean.articles import extract_articles

    agency = "Sahel News Agency"
    items = [
        ("11:42", "Urgent (1)", "LBY-TRIPOLI/ROADS", "Tripoli starts repairs on the coast road"),
        ("09:05", "Important (2)", "LBY-MISRATA/PORT", "Misrata port takes its largest ship"),
        ("17:20", "Routine (3)", "LBY-BENGHAZI/EDU", "Benghazi exams start on Sunday"),
    ]
    lines = [f"{agency} — subscribers' service", "Home | News | Business | Sport", "", "Latest"]
    lines += ["", "Thursday 3 December 2026", ""]
    for time, priority, slug, title in items:
        lines += [
            f"{time} GMT | {priority} | {slug} | 58 words",
            title,
            f"Officials said on Thursday that {title.lower()}. The work will take two "
            "months and traffic will use the inner road.",
            "(end)",
            "",
        ]
    lines += [f"© 2026 {agency}. For subscribers only."]
    articles = extract_articles("\n".join(lines), name="latest.txt")
    assert len(articles) == 3
    assert not any(outlet.startswith("LBY-") for outlet in articles["outlet"])


def _author_page_under_a_cookie_banner(buttons: str) -> list[str]:
    """A made-up author page saved as text: the menu, a cookie banner with its buttons'
    row right under its sentence, the writer's name and biography, then dated cards."""
    lines = [
        "Harbour Evening Courier",
        "",
        "  * City",
        "  * Region",
        "  * Sport",
        "",
        "Log in   Subscribe",
        "",
        "We use cookies to make the site easier to use, to fit adverts and to study traffic.",
        buttons,
        "",
        "Mara Lindqvist",
        "",
        "Reporter on the city desk. Writes about buses, planning and the council since 2015.",
        "",
        "Articles by this author",
        "",
    ]
    stories = [
        ("Tram line to the hospital gets its contractor", "05.12.2026, 11:24"),
        ("Parking in the old town costs more from January", "03.12.2026, 16:02"),
        ("Ferry company orders four electric boats", "29.11.2026, 08:15"),
    ]
    for title, when in stories:
        lines += [
            title,
            "",
            f"The {title.split()[0].lower()} plan was signed on Monday. Work starts in March "
            "and the first results are due in the autumn of 2028.",
            "",
            when,
            "",
        ]
    return [*lines, "Most read", "", "© 2026 Harbour Media Ltd"]


def test_a_cookie_banners_button_row_under_its_sentence_is_no_headline():
    # review h413 (firefox_text_author_page_pl): a browser's text save prints a cookie
    # banner's two buttons on one line set apart by spaces right under its sentence;
    # with the sentence blank (no card's text) the button row read as a headline over
    # the author's name and biography: a fourth card, unlike the three, turned them down
    from analysis.clean.card_lines import LineKinds
    from analysis.clean.listing import find_cards

    for buttons in ["Accept   Advanced settings", "Accept allManage choices"]:
        lines = _author_page_under_a_cookie_banner(buttons)
        assert LineKinds(lines)[9] == "blank", buttons
        cards = find_cards(lines)
        assert [lines[card.first_line] for card in cards] == [
            "Tram line to the hospital gets its contractor",
            "Parking in the old town costs more from January",
            "Ferry company orders four electric boats",
        ], buttons
    # a headline right under a cookie sentence, no button's shape: its kind stays
    lines = _author_page_under_a_cookie_banner("Council votes on the new harbour bridge today")
    assert LineKinds(lines)[9] != "blank"


def test_read_the_full_story_in_hindi_closes_a_card_under_its_byline():
    # review h413 (portal_aggregator_hi): "पूरी खबर पढ़ें" (read the full story) under
    # each card's "लेखक: NAME" read as the next card's headline; the first card, signing
    # no byline, made the cards more alike with the byline taken as the next card's
    # header, and so it was cut off its own card
    from analysis import extract_articles
    from analysis.clean.card_lines import line_kind

    assert line_kind("पूरी खबर पढ़ें") == "cue"
    cards = [
        ("नदी पर बना नया पुल आज से खुला", "शहर के लोग अब दस मिनट में बाज़ार पहुँचते हैं।", None),
        ("सर्दी में स्कूलों का समय बदला गया", "सर्दी के कारण स्कूल अब दस बजे खुलेंगे।", "रीता सिंह"),
        ("बारिश के बाद गाँव की सड़क टूटी", "बारिश से दो गाँवों का रास्ता बंद हो गया है।", "मोहन लाल"),
    ]
    lines = ["खबर मंच", "", "ताज़ा खबरें", ""]
    for title, teaser, name in cards:  # (the first card signs no byline)
        lines += [title, "स्रोत: गंगा समाचार · 5 दिसंबर 2026, 11:20 AM", teaser]
        lines += [f"लेखक: {name}"] if name else []
        lines += ["पूरी खबर पढ़ें", ""]
    articles = extract_articles("\n".join([*lines, "© 2026 खबर मंच"]), "portal.txt")
    assert list(articles["title"]) == [c[0] for c in cards]
    assert list(articles["byline"]) == [c[2] for c in cards]


_RU_TEASERS = (
    "Движение по мосту запустили в понедельник утром, на три недели раньше срока.",
    "Аномальные холода продержатся в области как минимум до конца этой недели.",
    "Решение принято после того, как заболеваемость превысила эпидемический порог.",
)


def test_a_clips_label_and_length_over_the_first_card_is_no_date_opening_the_cards():
    # review h447 (novosti_telekanal_ru): "Видео · 2:41" over a broadcaster's first card
    # was a meta line holding a time, read as a date opening the cards: the footers under
    # the teasers (the name alone, a blank line, the date) were turned off and the page
    # was one article of its first card
    from analysis import extract_articles
    from analysis.clean.card_lines import line_kind

    for label in ("Видео · 2:41", "Video 1:45 Min", "视频 01:20", "Audio 2:10 Min"):
        assert line_kind(label) == "caption", label
    assert line_kind("14:52") == "meta"  # a live page's time stays a time
    assert line_kind("Gestern, 18:40") == "meta"
    cards = [
        ("В Тарске открыли новый мост через реку", _RU_TEASERS[0], "Анна Лесная"),
        ("Синоптики предупредили о сильных морозах", _RU_TEASERS[1], "Пётр Орлов"),
        ("Школы города переходят на дистанционное обучение", _RU_TEASERS[2], "Анна Лесная"),
    ]
    lines = ["Телеканал Тарск", "Новости", "Видео", "Погода", "", "Новости", ""]
    for n, (title, teaser, name) in enumerate(cards):
        lines += [f"Видео · {n + 1}:41", ""] if n < 2 else []
        lines += [title, "", teaser, "", name, "", f"{7 - n} декабря 2026, 10:15", ""]
    articles = extract_articles("\n".join([*lines, "© 2026 Телеканал Тарск"]), "tv.txt")
    assert list(articles["title"]) == [c[0] for c in cards]
    assert list(articles["byline"]) == [c[2] for c in cards]
