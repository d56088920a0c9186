"""A headline, byline and date BeautifulSoup's get_text() glued are cut into lines (h427)."""

from analysis import extract_articles
from analysis.clean.glued_byline import unglue_bylines
from analysis.clean.read import plain_dump_text

STORY = (
    "\n\nThe pub closed in March when the brewery that owned it put it up for sale, and"
    " villagers raised the money to buy it in eight weeks of meetings and appeals.\n\n"
    "The parish council chairman said the pub would reopen in the spring with a shop and"
    " a cafe run by volunteers until a manager is hired.\n"
)


def test_a_glued_header_run_is_cut():
    assert unglue_bylines("Village pub savedBy Harriet MossSaturday, 5 December 2026") == (
        "Village pub saved\nBy Harriet Moss\nSaturday, 5 December 2026"
    )
    assert unglue_bylines(
        "Obra del puente peatonalPor Julieta Salvatierra5 de diciembre de 2026"
    ) == ("Obra del puente peatonal\nPor Julieta Salvatierra\n5 de diciembre de 2026")
    assert unglue_bylines("Officers added at schoolsby: Sam OrtizPosted: Dec 4, 2026") == (
        "Officers added at schools\nby: Sam Ortiz\nPosted: Dec 4, 2026"
    )
    # the joint nearest the date, not one inside the name
    assert unglue_bylines("Storm hits coastBy Jane McDonaldSaturday, 5 December 2026") == (
        "Storm hits coast\nBy Jane McDonald\nSaturday, 5 December 2026"
    )


def test_no_date_after_the_cue_no_cut():
    assert unglue_bylines("He stood byBy the river") == "He stood byBy the river"
    assert unglue_bylines("MotownBy Night festival returns") == "MotownBy Night festival returns"


def test_the_article_reads_its_header_from_the_glued_run():
    text = plain_dump_text(
        "Wealdon Gazette\n\nVillage pub saved by community share schemeBy Harriet Moss"
        "Saturday, 5 December 2026" + STORY
    )
    (article,) = extract_articles(text, name="glued.txt").to_dict("records")
    assert article["title"] == "Village pub saved by community share scheme"
    assert article["byline"] == "Harriet Moss"
    assert article["published"] == "2026-12-05"


def test_a_headline_glued_to_the_first_paragraph_is_cut():
    # review h427: a newspaper3k loop writing article.title + article.text
    from analysis.clean.glued_byline import unglue_headline

    glued = (
        "Ferry returns to the harbour in springThe council said on Tuesday that the"
        " ferry would run again from April, after two years without a service."
    )
    assert unglue_headline(glued).split("\n") == [
        "Ferry returns to the harbour in spring",
        "The council said on Tuesday that the ferry would run again from April, after"
        " two years without a service.",
    ]
    text = plain_dump_text(glued + STORY)
    assert extract_articles(text, name="np3k.txt")["title"].tolist() == [
        "Ferry returns to the harbour in spring"
    ]


def test_a_capital_inside_a_name_or_a_headline_alone_is_no_joint():
    from analysis.clean.glued_byline import unglue_headline

    for line in (
        "Fans queue at dawn for the new iPhone and the new MacBook",  # no paragraph after
        "McDonald's workers walk out over pay as the chain's talks with the union stall.",
        "Harbour ferry returns in springNext",  # the part after no paragraph
    ):
        assert unglue_headline(line + STORY) == line + STORY


def test_a_minified_page_printed_as_one_line_is_read_element_by_element():
    # review h427: soup.get_text() of a minified page, the whole page one run-on line
    from analysis.clean.glued_byline import unglue_run_on

    page = (
        "Ferry service returns to the harbour in spring | Wealdon Gazette"
        "Skip to main contentWe use cookies to improve your experience.AcceptManage settings"
        "Wealdon GazetteNewsSportsObituariesBreakingSchool board names new head after 12 years"
        "Road closed for bridge repairs this weekend"
        "Ferry service returns to the harbour in springBy Harriet MossDec 5, 2026"
        "ShareFacebookEmailThe council said on Tuesday that the ferry would run again from"
        " April, after two years without a service and a long dispute over its cost."
        "The operator will run four crossings a day in summer and two in winter, with a"
        " larger boat bought from a company on the north coast.Advertisement"
        "Most popularPier to reopen after repairs© 2026 Wealdon Gazette"
    )
    lines = unglue_run_on(page).split("\n")
    assert "Ferry service returns to the harbour in spring" in lines
    assert "Dec 5, 2026" in lines
    (article,) = extract_articles(plain_dump_text(page), name="min.txt").to_dict("records")
    assert article["title"] == "Ferry service returns to the harbour in spring"
    assert article["byline"] == "Harriet Moss"
    assert article["published"] == "2026-12-05"
    assert article["body"].startswith("The council said on Tuesday")
    # a page of lines, or one line without a glued sentence, is left as it is
    assert unglue_run_on("It opens in May.\nFish are back.Boats too.") == (
        "It opens in May.\nFish are back.Boats too."
    )
    assert unglue_run_on("Fans queue for the new iPhone at YouTube's door") == (
        "Fans queue for the new iPhone at YouTube's door"
    )
