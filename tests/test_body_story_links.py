"""analysis.clean.body.story_links: a link to another story whose label no cue names,
told by its shape ("Label: Headline" between paragraphs), is no part of the body."""

from __future__ import annotations

import pytest
from test_body import PARAGRAPHS

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.body import body_line_indices
from analysis.clean.body.story_links import is_label_headline
from analysis.clean.header_lines import RELATED_LINK
from analysis.clean.read import page_from_bytes

# Made-up links in the labels of languages the cue list does not hold (review h102 N10).
LINKS = [
    "Les eisini: Býráðið samtykti nýggja fíggjarætlan fyri 2027",
    "Verengawo: Kanzuru yavhura mugwagwa mutsva muguta",
    "Vê jî bixwînin: Şaredarî budceya nû ya 2027an pejirand",
    "مۇناسىۋەتلىك: شەھەردە يېڭى كۆۋرۈك ئېچىلدى",
    # Amharic ends its label with the Ethiopic preface colon (review h179)
    "ተጨማሪ ያንብቡ፦ የቡና ዋጋ በገበያ ላይ ጨመረ",
    # Armenian ends its label with the Armenian comma, where others write a colon (h189)
    "Կարդացեք նաև՝ Երևանում կբացվի նոր գրադարան",
]


@pytest.mark.parametrize("line", LINKS)
def test_label_and_headline_lines(line):
    assert is_label_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Q: What did you see when you arrived?",  # a question
        "Dr. Ana Ruiz: We saw the water rise within an hour.",  # an answer
        "WASHINGTON: The House passed the bill on Tuesday.",  # a dateline's sentence
        "Photo: Jo Bloggs",  # a credit: two words
        "10:30: Council meets",  # a time
        "Budget approved after long debate",  # no label
    ],
)
def test_lines_that_are_no_label_and_headline(line):
    assert not is_label_headline(line)


def _page(middle: list[str], end: list[str] = ()) -> list[str]:
    lines = ["Metro Gazette", "", "Council expands the bus network", ""]
    for paragraph in PARAGRAPHS[:2]:
        lines += [paragraph, ""]
    lines += [*middle, ""]
    for paragraph in PARAGRAPHS[2:]:
        lines += [paragraph, ""]
    return [*lines, *end, "", "© 2026 Metro Gazette"]


@pytest.mark.parametrize("link", LINKS)
def test_a_link_between_paragraphs_or_after_the_last_leaves_the_body(link):
    for lines in (_page([link]), _page([], [link])):
        assert [lines[i] for i in body_line_indices(lines)] == PARAGRAPHS


def test_an_html_pages_labelled_paragraphs_are_left_to_the_markup():
    """In HTML the markup tells a link from a subheading (analysis.clean.html_links):
    the shape alone does not take a paragraph out of an HTML page's body."""
    subheading = "The Build Stage: Create a tangible online asset"
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    paragraphs += f"<h2>{subheading}</h2>"
    paragraphs += "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    html = (
        "<html><head><title>Council expands the bus network</title></head><body>"
        f"<article><h1>Council expands the bus network</h1>{paragraphs}</article>"
        "</body></html>"
    )
    read = page_from_bytes(html.encode(), "bus.html", "bus.html")
    (article,) = extract_articles(read.text, "bus.html", PageFacts(html=read.html)).itertuples()
    assert subheading in article.body


def test_links_under_different_labels_in_one_story_leave_the_body():
    """Review h339 (am_markitdown_readalso, bo_ffsave_grid): two links under two labels
    ("ተጨማሪ ያንብቡ፦" read more, "ተዛማጅ ዜና፦" related news) read as the story's
    subheadings, their labels differing; the labels are now cue words
    (``RELATED_WORDS``) read after Ethiopic's colon and Tibetan's shad too."""
    links = [
        "ተጨማሪ ያንብቡ፦ የቡና አርሶ አደሮች የዋጋ ጭማሪ ጠየቁ",
        "ተዛማጅ ዜና፦ በሲዳማ ክልል አዲስ የቡና ማቀነባበሪያ ተመረቀ",
    ]
    lines = ["Metro Gazette", "", "Council expands the bus network", ""]
    for paragraph, link in zip(PARAGRAPHS[:2], links, strict=True):
        lines += [paragraph, "", link, ""]
    for paragraph in PARAGRAPHS[2:]:
        lines += [paragraph, ""]
    lines += ["© 2026 Metro Gazette"]
    assert [lines[i] for i in body_line_indices(lines)] == PARAGRAPHS
    for line in ("འདི་ཡང་ཀློག་རོགས། སློབ་ཡོན་གསར་པའི་ཞིབ་ཕྲ།", "Ka èyí náà: Enyimba fẹ́ gba àmì ẹ̀yẹ"):
        assert RELATED_LINK.match(line) is not None


def test_amharic_read_more_under_each_card_is_a_cards_link_not_a_related_label():
    """Amharic 'ተጨማሪ ያንብቡ' ('read more') alone under each card of a listing is the card's
    own link, as English 'Read more' is: the page stays a listing of its cards (the
    label before a colon, 'ተጨማሪ ያንብቡ፦ HEADLINE', still leads to another story)."""
    from analysis import extract_articles

    cards = [
        ("የከተማው ምክር ቤት አዲስ በጀት አጸደቀ", "ኅዳር 20 ቀን 2019 ዓ.ም."),
        ("የገበያ ማዕከሉ ግንባታ ተጀመረ", "ኅዳር 18 ቀን 2019 ዓ.ም."),
        ("የክልሉ ሆስፒታል አዲስ ክፍል ከፈተ", "ኅዳር 15 ቀን 2019 ዓ.ም."),
    ]
    body = "ምክር ቤቱ ለመንገድ ጥገና ተጨማሪ ገንዘብ መድቧል። ሥራው በሚቀጥለው ወር ይጀምራል።"
    lines = ["ምሳሌ ዜና", "ዋና ገጽ | ዜና | ስፖርት", "ዜና"]
    for title, date in cards:
        lines += [title, date, body, "ተጨማሪ ያንብቡ"]
    lines += ["© 2019 ምሳሌ ዜና"]
    articles = extract_articles("\n".join(lines) + "\n", "am_list.txt")
    assert list(articles["title"]) == [title for title, _ in cards]
