"""analysis.clean.html_signup: sign-up boxes known by their e-mail field."""

from lxml import html

from analysis.clean.html_cards import letters
from analysis.clean.html_signup import signup_box_paragraphs
from analysis.clean.read import page_from_bytes

STORY = [
    "The council approved the new swimming pool for Dunmarsh on Tuesday evening.",
    "Building work will start in March and the pool should open in the autumn of 2028.",
    "Residents had campaigned for a pool since the old baths closed eleven years ago.",
]


def _page(box: str) -> str:
    return (
        "<html><head><title>Pool approved</title></head><body><article>"
        "<h1>Dunmarsh pool approved</h1>"
        f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{box}<p>{STORY[2]}</p>"
        "</article></body></html>"
    )


BOX = (
    "<div class='nl'><h4>Dunmarsh Morning</h4><p>Our pick of the day's local news.</p>"
    "<input type='email' placeholder='you@example.com'><button>Go</button></div>"
)


def test_a_signup_box_between_paragraphs_is_no_body():
    # review h273: the box's name and pitch were kept between the story's paragraphs
    page = page_from_bytes(_page(BOX).encode(), "pool.html", "pool.html")
    from analysis.clean.articles import PageFacts, extract_articles

    body = extract_articles(page.text, name=page.name, facts=PageFacts(html=page.html))
    text = body["body"].iloc[0]
    assert "Dunmarsh Morning" not in text and "pick of the day" not in text
    assert all(paragraph in text for paragraph in STORY)


def test_field_named_email_and_the_story_holding_the_field():
    old_form = BOX.replace("type='email'", "type='text' name='e-mail'")
    tree = html.fromstring(_page(old_form))
    main = "\n".join([STORY[0], STORY[1], "Dunmarsh Morning", STORY[2]])
    assert signup_box_paragraphs(tree, main) == {letters("Dunmarsh Morning")}
    # a field set straight in the article's element: the story, not a box
    bare = _page("<input type='email'>")
    assert signup_box_paragraphs(html.fromstring(bare), "\n".join(STORY)) == frozenset()
    other = BOX.replace("type='email'", "type='search'")
    assert signup_box_paragraphs(html.fromstring(_page(other)), main) == frozenset()
