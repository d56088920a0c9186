"""Boxes beside an HTML article's story known by their shape (analysis/clean/html_asides.py):
a list of notes the text links to, a grid of short cards set between the paragraphs."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import read_page

PARAGRAPHS = [
    "The harbour board opened the new ferry terminal on Monday after two years of building.",
    "Passengers will be able to buy tickets at machines inside the hall from next week.",
    "The board said the old terminal would close at the end of the month for repairs.",
]


def _body(tmp_path, between: str, after: str = "") -> str:
    """The body of a made-up article holding ``between`` after its first paragraph and
    ``after`` after its last one."""
    first, *rest = PARAGRAPHS
    page = (
        "<!DOCTYPE html><html><head><title>Ferry terminal opens | Bay Courier</title>"
        "<meta property='og:site_name' content='Bay Courier'></head><body>"
        "<header><a href='/'>Bay Courier</a></header><main><article>"
        "<h1>Ferry terminal opens</h1><p class='byline'>By Ana Lund</p>"
        f"<p>{first}</p>{between}{''.join(f'<p>{p}</p>' for p in rest)}{after}"
        "</article></main><footer>© 2026 Bay Courier</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    read = read_page(path)
    (article,) = extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples()
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    return article.body


def _cards(names: list[str], text: str) -> str:
    return "".join(
        f"<div class='person-card'><img src='/p/{k}.jpg' alt='{name}'><h3>{name}</h3>"
        f"<p class='role'>Skipper</p><p>{text}</p><a href='/crew/{k}'>Profile</a></div>"
        for k, name in enumerate(names)
    )


def test_a_grid_of_short_cards_between_the_paragraphs_is_no_body(tmp_path):
    # h230's review: an election story's candidate cards (a name, a party, a sentence,
    # a profile link) between its paragraphs were read into its body
    grid = (
        "<section class='crew'><h2>The crew</h2><div class='grid'>"
        + _cards(["Tom Berg", "Ida Holm", "Per Sand"], "Sails the morning boat.")
        + "</div></section>"
    )
    body = _body(tmp_path, grid)
    assert "Tom Berg" not in body and "Ida Holm" not in body and "Per Sand" not in body
    assert "Sails the morning boat" not in body and "The crew" not in body


def test_a_grid_holding_most_of_the_text_is_the_story(tmp_path):
    # a listicle's items are its story, however card-like
    items = _cards(
        ["North pier", "South pier", "Old quay", "Fish market", "Lighthouse", "Boat club"],
        "A short walk from the new terminal, with benches and a view.",
    )
    body = _body(tmp_path, f"<div class='list'>{items}</div>")
    assert "North pier" in body and "A short walk from the new terminal" in body


def test_a_list_of_notes_the_text_links_to_is_no_body(tmp_path):
    # h230's review: a 'sources' list under the story, each item a note its footnote
    # marks link to, read as body (trafilatura keeps it when its class is no 'footnotes')
    mark = "<sup><a href='#n1'>1</a></sup> It opens daily.<sup><a href='#n2'>2</a></sup>"
    notes = (
        "<section class='refs'><h2>Sources</h2><ol>"
        "<li id='n1'><cite>Harbour board minutes</cite>, Bay Council, 3 Nov. 2026.</li>"
        "<li id='n2'><cite>Ferry traffic survey</cite>, Port Office, 2025.</li></ol></section>"
    )
    marked = "<p>Work on the terminal began in the spring of 2024 and cost less than planned."
    body = _body(tmp_path, f"{marked}{mark}</p>", after=notes)
    assert "Work on the terminal began" in body
    assert "Harbour board minutes" not in body and "Ferry traffic survey" not in body
    assert "Sources" not in body


def test_a_word_processors_notes_and_comments_linking_back_are_no_body(tmp_path):
    """Review h349 (h_ka_gdocs_footnotes, h_en_gdocs_qa): Google Docs' web export prints
    footnotes and reviewers' comments as paragraphs at the end, each opening with an
    anchor the text's mark links to and that links back to the mark; they were read as
    body. A paragraph merely opening with a link stays body."""
    marked = (
        "<p>Work on the terminal began in the spring of 2024 and cost less than planned."
        "<sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup>"
        "<sup><a href='#cmnt1' id='cmnt_ref1'>[a]</a></sup></p>"
    )
    notes = (
        "<hr><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a>"
        "<span>&nbsp;Harbour board minutes, Bay Council, November 2026.</span></p></div>"
        "<div><p><a href='#cmnt_ref1' id='cmnt1'>[a]</a>"
        "<span>Check the cost figure with the board before we run this.</span></p></div>"
        "<p><a href='/ferries'>Timetables</a> for the new routes are posted at the hall.</p>"
    )
    body = _body(tmp_path, marked, after=notes)
    assert "Work on the terminal began" in body
    assert "Harbour board minutes" not in body and "Check the cost figure" not in body
    assert "for the new routes are posted" in body


def test_a_numbered_list_no_link_points_to_stays_body(tmp_path):
    # the story's own numbered list (its items named, but no mark links to them)
    steps = (
        "<ol><li id='s1'>Buy a ticket at the machine inside the hall before boarding.</li>"
        "<li id='s2'>Show the ticket to the crew at the gangway when the boat arrives.</li></ol>"
    )
    body = _body(tmp_path, steps)
    assert "Buy a ticket" in body and "Show the ticket" in body


def test_a_syndicating_partners_credit_and_about_box_are_no_body(tmp_path):
    # review h273: a partner's credit line and its "About" box under the story,
    # in a language no word table holds, were read into the body
    credit = "<p class='partner-credit'>Vuoi toimittanut Tollerby Sanomat, kumppanimme.</p>"
    about = (
        "<div class='partner-about'><h4>Tollerby Sanomat</h4><p>Tollerby Sanomat on "
        "paikallinen uutispalvelu, joka perustettiin vuonna 2015 Tollerbyn kylissä.</p></div>"
    )
    body = _body(tmp_path, credit, about)
    assert "Tollerby" not in body and "kumppanimme" not in body


def test_a_correction_box_in_the_article_is_no_body(tmp_path):
    # review h289: a correction in a box the markup names, in a language no label table
    # holds (Lombard "Rettifega:"), was read into the body
    note = (
        "<div class='correction'><p>Rettifega: in la prima version gh'era scritt che la "
        "sala la costava tri milion; la cifra giusta l'è du milion.</p></div>"
    )
    body = _body(tmp_path, note)
    assert "Rettifega" not in body and "milion" not in body


def test_a_paywall_box_in_a_language_of_no_word_table_is_no_body(tmp_path):
    # review h315: a Kazakh (Latin alphabet) paywall's prompt, offer and login line in a
    # div.paywall under the free paragraphs were kept as body (no prompt-word table
    # holds the language); the markup names the box in any language
    after = (
        "<div class='paywall'><p>Bul maqalanyń jalǵasy tek jazylýshylarǵa arnalǵan.</p>"
        "<p>Aıyna 990 teńgege barlyq materıaldardy oqyńyz.</p>"
        "<p>Jazylýshysyz ba? Kirý</p></div>"
    )
    body = _body(tmp_path, "", after)
    assert all(paragraph in body for paragraph in PARAGRAPHS)
    assert "jazylýshylarǵa" not in body
    assert "990" not in body


def test_a_sponsors_box_a_quiz_and_a_guest_book_are_no_body(tmp_path):
    # review h363: a bank's sponsor box between a Tajik story's paragraphs, a Basque
    # story's quiz and an Igbo obituary's guest book were kept as body
    between = (
        "<div class='sponsor'><p>Supported by</p>"
        "<p>Harbour Bank: winter loans for fishermen at 12% a year. Find out more</p></div>"
        "<section class='quiz'><h3>Quiz: how well do you know the harbour?</h3>"
        "<div class='q'><p>1. In which year did the first ferry sail?</p></div>"
        "<button>1901</button><button>1923</button></section>"
    )
    after = (
        "<div class='guestbook'><p>Guest book</p><p>Write your condolences to the family</p>"
        "<p>Ann from Bayside: We will miss him at the quay. Rest in peace.</p></div>"
    )
    body = _body(tmp_path, between, after)
    for gone in ("Supported by", "Harbour Bank", "Quiz", "first ferry", "condolences", "Ann"):
        assert gone not in body


def test_a_newsletters_reader_pitch_and_what_follows_are_no_body(tmp_path):
    # review h363: a newsletter's web edition closed with "Thanks for reading ...!
    # Subscribe for free ..." and "Like · Comment · Restack", kept as body (the text
    # path cuts at such a pitch: body.site_prompts.is_reader_pitch)
    after = (
        "<p>Thanks for reading the Bay Brief! Subscribe for free to receive new posts.</p>"
        "<p>Like · Comment · Restack</p>"
    )
    body = _body(tmp_path, "", after)
    assert "Thanks for reading" not in body and "Restack" not in body


def test_an_ai_summary_box_over_the_story_is_no_body(tmp_path):
    # h433: an Arc XP-like page's summary a language model wrote (<div class="ai-summary">)
    # was kept as body; "summary" alone (Drupal's "text-with-summary" body field) and
    # "ai" alone name no box
    points = [
        "The harbour board opened a terminal after two years.",
        "Tickets are sold at machines.",
        "This summary was generated by AI and reviewed by an editor.",
    ]
    box = (
        "<div class='ai-summary' data-component='summary'><h3>AI summary</h3><ul>"
        + "".join(f"<li>{point}</li>" for point in points)
        + "</ul></div>"
    )
    body = _body(tmp_path, box)
    assert not any(point in body for point in points)
    assert "AI summary" not in body
    camel = box.replace("ai-summary", "aiSummary")
    assert not any(point in _body(tmp_path, camel) for point in points)
    field = box.replace("ai-summary", "field--type-text-with-summary")
    assert all(point in _body(tmp_path, field) for point in points[:2])


def test_a_donation_box_named_in_the_sites_language_is_no_body(tmp_path):
    # review h429: a Brazilian paper's appeal for a Pix transfer in a box its markup
    # names in Portuguese (``apoie-box``) was read into the body; so would a French
    # ``bloc-soutien`` or a German ``spenden-teaser``
    for box in ("apoie-box", "bloc-soutien", "spendenTeaser"):
        between = (
            f"<div class='{box}'><p><strong>Apoie o jornalismo local.</strong> O Correio da "
            "Baía é independente e depende dos leitores. Contribua com qualquer valor.</p></div>"
        )
        body = _body(tmp_path, between)
        assert "Apoie" not in body and "Contribua" not in body
