"""analysis.clean.closing_notes: a print-edition note, a feed item's footer and the
author's biography closing an article's body are not its story (review findings h70 J15,
h77 K4); nor is a wire story's rights notice or its agency's signature, which name its
credited source (review h94 M8). Made-up text only."""

from __future__ import annotations

import pytest
from page_checks import record_first_arguments

from analysis import extract_articles
from analysis.clean import closing_notes
from analysis.clean.articles import PageFacts
from analysis.clean.closing_notes import (
    agency_credit,
    feed_footer_site,
    is_author_bio,
    is_feed_disclaimer,
    is_feed_footer,
    is_print_note,
    is_reporting_credit,
    is_site_address,
    is_site_description,
    is_unsigned_bio,
    names_author,
    signs_byline,
    without_closing_notes,
)
from analysis.clean.manifest import ManifestEntry
from analysis.clean.read import read_page

PARAGRAPHS = [
    "The harbour council voted on Tuesday evening to approve next year's budget after a "
    "debate that ran for more than four hours in the old town hall.",
    "Members of the governing coalition said the plan protects schools and the ferry "
    "service, while the opposition argued that the cuts would hurt families.",
    "The regional authority still has to sign off on the budget, and a decision is "
    "expected in February, officials said after the vote.",
]
NOTE = "This article appears in the March 2031 print edition with the headline “The Count.”"
BIO = "Tomasz Quirrel is a contributing writer at the Gazette. His book, Ground Game, is out."


@pytest.mark.parametrize(
    "text",
    [
        NOTE,
        "Appeared in the June 2, 2031, print edition as 'Council Passes Budget.'",
        "A version of this article appears in print on June 2, 2031, on page A9 with the "
        "headline: Council Passes Budget.",
        "This story was first published in the latest issue of the Gazette's magazine.",
        "*This essay ran in the spring issue.*",
    ],
)
def test_a_note_on_where_the_article_appeared_in_print_is_a_print_note(text):
    assert is_print_note(text)


@pytest.mark.parametrize(
    "text",
    [
        # a story's sentences about something else in print, or an issue of a journal
        "The study was published in the March issue of the journal, the authors said.",
        "Published in the spring issue of the review, the survey found fewer ferries.",
        "The paper will cut its print edition to five days a week from January.",
        # too long for a note: a paragraph
        "This article appeared in print " + "and then was discussed at length " * 8 + ".",
    ],
)
def test_a_story_sentence_about_print_or_an_issue_is_no_print_note(text):
    assert not is_print_note(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dieser Artikel erschien in DER MONAT 49/2031.",
        "Das Interview ist in der Ausgabe 12 der Wochenschau erschienen.",
        "Dit interview verscheen in Het Weekblad nummer 49.",
        "Cet article est paru dans Le Magazine n° 3147 du 30 novembre 2031.",
        "Este artículo se publicó en el número 212 de la revista.",
        "Esta reportagem faz parte da edição 112 da revista.",
        "Questo articolo è pubblicato nel numero 49 del settimanale.",
        "Artykuł ukazał się w numerze 49/2031 „Tygodnika”.",
    ],
)
def test_the_print_note_of_a_magazines_international_edition_is_a_print_note(text):
    # review h440 (de_insc_magazin_wald, nl_pocket_interview, pl_jsonl_tygodnik,
    # h_de_zotero_interview): the note closing a German, Dutch or Polish magazine's story
    # ("Dieser Artikel erschien in ...") stayed in its body; English only was read
    assert is_print_note(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Studie erschien in der Ausgabe 3 der Zeitschrift.",  # another subject
        "Der Artikel erschien zuerst online.",  # no issue, no edition
        "Il rapporto è pubblicato nel numero di dicembre della rivista.",
        "Raport ukazał się w numerze 4 kwartalnika.",
    ],
)
def test_a_story_sentence_about_a_journals_issue_in_another_language_is_no_print_note(text):
    assert not is_print_note(text)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (BIO, "Tomasz Quirrel"),
        (BIO, "Ana Ruiz and Tomasz Quirrel"),
        ("— Tomasz J. Quirrel covers the harbour for the Gazette.", "By Tomasz J. Quirrel"),
        ("TOMASZ QUIRREL reported from the islands.", "Tomasz Quirrel"),
        # after a biography's label and a colon (review h164)
        ("About the author: Tomasz Quirrel covers the harbour.", "Tomasz Quirrel"),
        ("O autorovi: Peter Hrnčiar píše pre Kuriér o regióne Trnavy.", "Peter Hrnčiar"),
        ("Tekijästä: Aino Reunanen kirjoittaa kulttuurista.", "Aino Reunanen"),
    ],
)
def test_a_short_line_opening_with_the_bylines_name_is_a_bio(text, byline):
    assert is_author_bio(text, byline)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (BIO, "Ana Ruiz"),  # another person
        (BIO, "Tomasz Quirrelson"),  # the name is no whole word of the byline
        ("Tomasz is a contributing writer at the Gazette.", "Tomasz Quirrel"),  # one word
        ("Tomasz Quirrel, the mayor, said the vote was close.", "Tomasz Quirrel"),
        ("Reporter: Tomasz Quirrel said the vote was close.", "Ana Ruiz"),
        ("Tomasz Quirrel is " + "a writer and " * 30 + "a sailor.", "Tomasz Quirrel"),  # long
    ],
)
def test_a_line_that_does_not_open_with_the_bylines_name_and_a_verb_is_no_bio(text, byline):
    assert not is_author_bio(text, byline)


def test_only_the_notes_at_the_bodys_end_are_dropped():
    lines = [*PARAGRAPHS[:1], BIO, NOTE, *PARAGRAPHS[1:], NOTE, BIO]
    body = list(range(len(lines)))
    assert without_closing_notes(lines, body, "Tomasz Quirrel") == body[:-2]
    # without a byline a biography is told by its place: right under the print note
    # (review h440); the biography over the note is a line like any other
    assert without_closing_notes(lines, body, None) == body[:-2]
    assert without_closing_notes(lines, body[:-1], None) == body[:-2]
    assert without_closing_notes([*lines[:-2], BIO, NOTE], body, None) == body[:-1]
    # a body of one line is its own story
    assert without_closing_notes([NOTE], [0], None) == [0]


def _page(*closing: str) -> str:
    return "\n\n".join(
        [
            "THE HARBOUR GAZETTE",
            "Council passes budget after long debate",
            "By Tomasz Quirrel\nJune 2, 2031",
            *PARAGRAPHS,
            *closing,
            "© 2031 Harbour Gazette Media",
        ]
    )


def test_a_text_pages_print_note_and_bio_are_not_body():
    (article,) = extract_articles(_page(NOTE, BIO), name="p.txt").itertuples()
    assert article.byline == "Tomasz Quirrel"
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_the_sites_name_and_street_address_closing_the_story_are_not_body():
    # h201: a plain-text export's footer line stayed as the story's last paragraph
    footer = "Harbour Gazette, 7 Quay Lane, Porthallow. Letters to the editor welcome."
    (article,) = extract_articles(_page(footer), name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert is_site_address("The Harbour Gazette, Hafenstraße 12, Porthallow.", "HARBOUR GAZETTE")
    # a sentence naming the paper, or another site, is no footer
    assert not is_site_address(
        "Harbour Gazette, the town's weekly, has 20 staff.", "Harbour Gazette"
    )
    assert not is_site_address("Quay Times, 7 Quay Lane, Porthallow.", "Harbour Gazette")


def test_the_sites_description_of_itself_closing_the_story_is_not_body():
    # h293: "NAME is an independent newsroom." over the notice, on every page of an
    # outlet, was read as each story's last paragraph (6 words and a sentence each)
    footer = "The Harbour Gazette is an independent newsroom."
    page = _page(footer).replace(footer + "\n\n", footer + "\n")  # over the notice
    (article,) = extract_articles(page, name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert is_site_description("Harbour Gazette is a nonprofit newsroom.", "THE HARBOUR GAZETTE")
    # another site's, a sentence of the story about the site, a long paragraph: no footer
    assert not is_site_description("Quay Times is an independent newsroom.", "Harbour Gazette")
    assert not is_site_description("The Harbour Gazette said it would appeal.", "Harbour Gazette")
    assert not is_site_description(
        "Harbour Gazette is the town's weekly, " + "and it has covered the council " * 6,
        "Harbour Gazette",
    )
    # the story's last paragraph, apart from the footer, stays
    closing = "The Harbour Gazette is the council's paper of record, the clerk said."
    (article,) = extract_articles(_page(closing), name="p.txt").itertuples()
    assert article.body.endswith(closing)


def test_the_label_over_the_bio_goes_with_it():
    """The biography went and its label stayed as the body's last line (h107, left)."""
    for label in ("About the author", "Sobre el autor:"):
        (article,) = extract_articles(_page(label, BIO), name="p.txt").itertuples()
        assert article.body == "\n\n".join(PARAGRAPHS)
    # a closing sentence above the biography is the story's
    closing = "The budget takes effect in July."
    (article,) = extract_articles(_page(closing, BIO), name="p.txt").itertuples()
    assert article.body.endswith(closing)


def test_the_bio_boxs_name_lines_and_a_correction_under_it_go_with_it():
    # review h307: a bio box (the name, the biography, "More from NAME") with a
    # correction appended under it: the correction was removed after the closing notes
    # were looked for, and the box's link line ended the look, so the box was kept
    correction = "Correction: An earlier version of this story gave the wrong date for the vote."
    for closing in (
        ("Tomasz Quirrel", BIO, "More from Tomasz Quirrel"),
        ("Tomasz Quirrel", BIO, "More from Tomasz Quirrel", correction),
        (BIO, "Follow Tomasz Quirrel"),
    ):
        (article,) = extract_articles(_page(*closing), name="p.txt").itertuples()
        assert article.body == "\n\n".join(PARAGRAPHS)
    # a short line naming the author with no biography over it stays
    kept = without_closing_notes(["a", "More from Tomasz Quirrel"], [0, 1], "Tomasz Quirrel")
    assert kept == [0, 1]
    assert names_author("More from Tomasz Quirrel", "By Tomasz Quirrel")
    assert not names_author("More from Tomasz", "By Tomasz Quirrel")


def test_a_bio_of_the_byline_a_manifest_gives_is_not_body():
    text = _page(BIO).replace("By Tomasz Quirrel\n", "")
    facts = PageFacts(manifest=ManifestEntry(file="p.txt", byline="Tomasz Quirrel"))
    (article,) = extract_articles(text, name="p.txt", facts=facts).itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)
    (article,) = extract_articles(text, name="p.txt").itertuples()  # no byline: kept
    assert article.body.endswith(BIO)


FOOTER = "The post Council passes budget after long debate appeared first on Harbour Gazette."


def test_a_feed_items_footer_names_its_site():
    assert is_feed_footer(FOOTER)
    assert not is_feed_footer("Her post on the budget appeared first on Monday, she said, and")
    lines = ["Council passes budget", "", *PARAGRAPHS, "", FOOTER, ""]
    line, start, end = feed_footer_site(lines)
    assert (line, lines[line][start:end]) == (6, "Harbour Gazette")
    assert feed_footer_site(PARAGRAPHS) is None


def test_a_feed_items_footer_is_no_body_and_names_the_outlet(tmp_path):
    text = "\n\n".join(["Council passes budget after long debate", *PARAGRAPHS, FOOTER])
    (article,) = extract_articles(text, name="item.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.outlet == "Harbour Gazette"
    html = (
        "<html><body><article><h1>Council passes budget after long debate</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p>The post <a href='https://example.org/budget/'>Council passes budget after long"
        " debate</a> appeared first on <a href='https://example.org'>Harbour Gazette</a>.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "item.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    facts = PageFacts(html=page.html)
    (article,) = extract_articles(page.text, name=page.name, facts=facts).itertuples()
    assert article.outlet == "Harbour Gazette"
    assert "appeared first" not in article.body


NOTICE = (
    "Copyright 2031 The Northwind Wire. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (NOTICE, "The Northwind Wire"),
        ("© 2031 Agence Borealis. Tous droits réservés.", "Agence Borealis"),
        ("(nwa/abx)", "nwa/abx"),
        ("(dpx)", "dpx"),
        (" ( NWA ) ", "NWA"),
    ],
)
def test_a_rights_notice_or_a_signature_names_the_agency(text, name):
    start, end = agency_credit(text)
    assert text[start:end] == name


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Ann Lee; editing by Bo Kay)",  # a credit line, not a signature
        "Copyright law was changed in 2031 after a long debate, and all rights reserved.",
        "Copyright 2031 " + "and a very long notice " * 10 + "All rights reserved.",
    ],
)
def test_a_story_line_is_no_rights_notice_or_signature(text):
    assert agency_credit(text) is None


def _wire_html(byline: str, closing: str, author: str = "") -> str:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    return (
        "<html><head><meta property='og:site_name' content='Harbour Portal'>"
        f"{meta}</head><body><nav>Mail · News · Sport</nav><article>"
        f"<h1>Council passes budget after long debate</h1><div class='byline'>{byline}</div>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + f"<p>{closing}</p></article><footer>Harbour Portal · Terms</footer></body></html>"
    )


def _html_article(tmp_path, html: str):
    path = tmp_path / "wire.html"
    path.write_text(html, encoding="utf-8")
    page = read_page(path)
    (article,) = extract_articles(
        page.text, name=page.name, facts=PageFacts(html=page.html)
    ).itertuples()
    return article


def test_a_wire_storys_notice_is_its_credit_and_no_body(tmp_path):
    html = _wire_html(
        "By TOMASZ QUIRREL and ANNA BRISK, The Northwind Wire · June 2, 2031",
        NOTICE,
        author="Northwind Wire",
    )
    article = _html_article(tmp_path, html)
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source == "The Northwind Wire"
    # the markup's author is the agency: the reporters the page prints are the byline
    assert article.byline == "TOMASZ QUIRREL and ANNA BRISK"


def test_an_agency_signature_closing_the_story_is_its_credit_and_no_body(tmp_path):
    article = _html_article(tmp_path, _wire_html("June 2, 2031", "(nwa/abx)"))
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source == "nwa/abx"
    text = "\n\n".join(["Harbour Times", "Council passes budget", *PARAGRAPHS, "(dpx)"])
    (article,) = extract_articles(text, name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source == "dpx"


def test_the_sites_own_notice_under_its_story_credits_no_one(tmp_path):
    closing = "Copyright 2031 Harbour Portal. All rights reserved."
    article = _html_article(tmp_path, _wire_html("June 2, 2031", closing))
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source is None


def test_a_signature_of_the_reporters_initials_credits_no_agency(tmp_path):
    article = _html_article(tmp_path, _wire_html("By Tomasz Quirrel · June 2, 2031", "(tqu/tq)"))
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source is None
    assert signs_byline("tqu/tq", "Tomasz Quirrel")
    assert not signs_byline("nwa/abx", "Tomasz Quirrel")
    assert not signs_byline("The Northwind Wire", "Tomasz Quirrel")


def test_the_owners_notice_under_the_story_and_in_the_footer_credits_no_one(tmp_path):
    """A TV station's story closed by its owner's notice, which the footer prints too,
    credited the owner as a wire whose copy the site runs (h102's TV page, h114 left)."""
    owner = "Copyright 2031 Harbour Media Group Inc. All rights reserved."
    footer = "<footer>© 2031 Harbour Media Group Inc. · Terms</footer>"
    html = _wire_html("June 2, 2031", owner).replace(
        "<footer>Harbour Portal · Terms</footer>", footer
    )
    article = _html_article(tmp_path, html)
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.credited_source is None
    # an agency's notice over that footer, and over its photo's credit, still credits it
    photo = "<p>The harbour at dawn. © The Northwind Wire</p>"
    for extra in ("", photo):
        html = _wire_html("June 2, 2031", NOTICE).replace(
            "<footer>Harbour Portal · Terms</footer>", extra + footer
        )
        assert _html_article(tmp_path, html).credited_source == "The Northwind Wire"


@pytest.mark.parametrize(
    "text",
    [
        "— With files from Northwire",
        "With files from The Harbour Press and staff.",
        "Additional reporting by Ines Marlow",
        "Reporting by Ola Penn in Lagos; additional reporting by Ed Wray and Mo Tan; "
        "Editing by Kit Hale",
        "Contributing: Ann Fry, Harbour Gazette",
        # a wire's credit in the page languages, its source line, its slashed signature
        # (h429's review)
        "Con información de Europa Press.",
        "Com informações da Agência Brasil",
        "Mit Material von dpa",
        "(avec AFP)",
        "Avec l'AFP",
        "Kaynak: DHA",
        "Quelle: dpa",
        "dpa/lsw/Wiesenbrücker Zeitung",
    ],
)
def test_a_reporting_credit_is_one(text):
    assert is_reporting_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the harbour council found that fares rose by a fifth.",
        "With files from the archive, she rebuilt the town's history.",
        "Editing by hand took the team three weeks, she said.",
        "Con información de la alcaldía, el programa llegará a 300 familias.",
        "Avec le soutien de la mairie, le club a rénové son terrain.",
        "Mit Material aus dem Archiv hat sie die Geschichte rekonstruiert.",
        "Kaynak: Belediyenin açıklamasına göre su kesintisi yarın sona erecek.",
        "He said the 24/7 service would start in May.",
        *PARAGRAPHS,
    ],
)
def test_a_story_sentence_opening_as_a_credit_is_no_credit(text):
    assert not is_reporting_credit(text)


def test_an_html_storys_closing_reporting_credit_is_not_body(tmp_path):
    # h248: "— With files from ..." and "Additional reporting by ..." under an HTML
    # story stayed as its last paragraphs (the dev pages' gold leaves them out)
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Council passes budget</title></head><body><article>"
        "<h1>Council passes budget after long debate</h1><p>By Tomasz Quirrel</p>"
        f"{paragraphs}<p>— With files from Northwire</p>"
        "<p>Additional reporting by Ines Marlow</p></article></body></html>"
    )
    article = _html_article(tmp_path, html)
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_the_last_footer_is_found_in_one_folding_of_the_page(monkeypatch):
    """The lines holding the footer's words are found once a page (speed only), and the
    last of them the pattern finds is the footer."""
    asked = record_first_arguments(monkeypatch, closing_notes, "casefolded_lines_holding")
    lines = [FOOTER, "A paragraph of the story.", "It APPEARED FIRST ON nothing", FOOTER, "x"]
    found = closing_notes.last_footer(lines, "appeared first on", closing_notes._FEED_FOOTER)
    assert found is not None and found[0] == 3
    assert asked == ["\n".join(lines)]  # one folding of the page, not one a line


def test_a_feed_items_footer_in_the_sites_words_names_the_title_and_is_no_body():
    # the same footer in a site locale's words: the article's whole title inside a
    # short line (review h289: "Artikel TITLE pertama kali tampil di SITE.")
    title = "Council passes budget after long debate"
    footer = f"Artikel {title}[3] pertama kali tampil di Harbour Gazette[4]."
    assert closing_notes.is_titled_footer(footer, title)
    assert not closing_notes.is_titled_footer(title, title)  # the title alone
    assert not closing_notes.is_titled_footer(PARAGRAPHS[0], title)
    assert not closing_notes.is_titled_footer(footer, "Budget passes")  # a short title
    text = "\n\n".join([title, *PARAGRAPHS, footer])
    (article,) = extract_articles(text, name="item.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Press office: +44 1234 567 890, press@harbour-council.example", True),
        ("Media contact: Ada Quist, spokeswoman, +421 900 000 000", True),
        ("Kontakt: 030 123 45 67 · presse@example.de", True),
        ("Прэс-служба: +375 165 33 21 40", True),
        # a story's sentences giving a number, a date line: no contact
        ("Call us: 0800 123 4567 for help.", False),
        ("The mayor said: the number to call is 0800 123 4567.", False),
        ("Updated: 3 December 2026 10:45", False),
        ("Press office: ask at the town hall", False),  # no number, no address
    ],
)
def test_a_press_contact_line_is_a_closing_note(text, contact):
    assert closing_notes.is_contact_line(text) is contact


def test_a_wire_credit_in_the_page_language_closing_a_text_story_is_not_body(tmp_path):
    # h429's review: a Spanish newspaper4k record closed by "Con información de Europa
    # Press." and a German page by the agency's signature "dpa/lsw/Zeitung"
    story = "\n\n".join(PARAGRAPHS)
    for credit in ("Con información de Europa Press.", "dpa/lsw/Harbour Zeitung"):
        path = tmp_path / "page.txt"
        path.write_text(f"Council passes budget\n\n{story}\n\n{credit}\n", encoding="utf-8")
        page = read_page(path)
        (article,) = extract_articles(page.text, page.name, PageFacts()).itertuples()
        assert article.body == story


@pytest.mark.parametrize(
    "note",
    [
        "(Except for the headline, this story has not been edited by Gazette staff and is "
        "published from a syndicated feed.)",
        "(Only the headline and picture of this report may have been reworked by the Gazette "
        "staff; the rest of the content is auto-generated from a syndicated feed.)",
        "(डिस्क्लेमर: यह खबर सीधे सिंडिकेट फीड से पब्लिश की गई है।)",
    ],
)
def test_a_syndicated_feed_disclaimer_closing_the_story_is_not_body(note):
    # review h450: an Indian broadcaster's page running agency copy closes it with the
    # note that the text came from a syndicated feed, unedited; it stayed as body
    assert is_feed_disclaimer(note)
    (article,) = extract_articles(_page(note), name="p.txt").itertuples()
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_sentence_about_an_agency_feed_is_no_disclaimer():
    assert not is_feed_disclaimer("The agency feed was down for three hours on Tuesday.")
    assert not is_feed_disclaimer("Staff said the wire feed had not been edited for years.")


def test_a_biography_under_a_print_note_goes_though_no_byline_names_it():
    # review h440 (h_fr_readability_chronique): a column saved without its header (no
    # byline) closed with its print note and the columnist's bio; the walk stopped at
    # the bio and both stayed
    bio = "Hélène Varin est chroniqueuse à L’Observateur du Dimanche."
    note = "Cet article est paru dans L'Observateur du Dimanche n° 3147 du 30 novembre 2026."
    lines = [*PARAGRAPHS, note, bio]
    body = list(range(len(lines)))
    assert is_unsigned_bio(bio)
    assert without_closing_notes(lines, body, None) == body[:-2]
    # a story's sentence of the same shape under a paragraph stays
    lines = [*PARAGRAPHS, bio]
    assert without_closing_notes(lines, list(range(len(lines))), None) == list(range(len(lines)))
    # a signature (no verb after the name) is no biography
    assert not is_unsigned_bio("Hélène Varin, Nice")


@pytest.mark.parametrize(
    ("text", "invitation"),
    [
        ("Write to Martina Hale at askmartina@example.com.", True),
        ("Email Tom Reyes at tom.reyes@harbour-gazette.example", True),
        # a story's last sentence asking readers to write, naming no one; an address
        # inside a sentence; a long paragraph ending with an address
        ("Anyone with information is asked to email tips@police.example.", False),
        ("Write to Martina Hale at ask@example.com with your questions.", False),
        (PARAGRAPHS[0] + " Details: Ada Quist at ada@example.com.", False),
    ],
)
def test_a_columnists_invitation_to_write_closes_the_column(text, invitation):
    # review h450 (en_jsonl_syndicated_column): a syndicated column closed by "Write to
    # NAME at ADDRESS." kept it as body (is_contact_line wants a label and a colon)
    assert closing_notes.is_mail_invitation(text) is invitation
    if invitation:
        (article,) = extract_articles(_page(text), name="p.txt").itertuples()
        assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "text",
    ["By Ann Roe | ann.roe@gazette.example", "Gazette Media · 4 Quay St · news@gazette.example"],
)
def test_a_byline_or_an_address_with_an_email_is_no_invitation_to_write(text):
    assert not closing_notes.is_mail_invitation(text)
