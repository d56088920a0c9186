"""analysis.clean.speech_log: a screen reader's speech log read as the page's text."""

from analysis.clean.read import plain_dump_text
from analysis.clean.speech_log import plain_speech_log

# NVDA's Speech Viewer after 'say all' on a made-up page (review h378, body_h378's
# nvda pages): the window title, landmarks, a menu list, a heading, paragraphs cut at
# 100 characters with no blank line between them, an ad, a pull quote, buttons.
LOG = "\n".join(
    [
        "Ferry fares rise | Marsh Gazette - Mozilla Firefox",
        "document",
        "banner landmark",
        "link  graphic  Marsh Gazette",
        "navigation landmark  list  with 3 items  link  Home",
        "link  Town",
        "link  Sport",
        "out of list  out of navigation landmark",
        "main landmark  article",
        "heading  level 1  Ferry fares rise in spring",
        "By Nell Ashdown",
        "The ferry company will raise fares by ten per cent from April, it said on Monday, after "
        "the price of",
        "fuel rose for the third year running.",
        "Islanders said the rise would hit families who cross to the mainland every day for "
        "school and work.",
        "clickable  Advertisement",
        '"We have no other way to the hospital," said Mary Kell, who chairs the island council. '
        '"The boat is',
        'our road."',
        'block quote  "The boat is our road."  out of block quote',
        "Read also:  link  Harbour wall to be repaired",
        "heading  level 2  What happens next",
        "The council will ask the company to keep a cheaper fare for residents.",
        "out of article",
        "button  Share  button  Print",
        "out of main landmark  content info landmark",
        "© 2026 Marsh Gazette",
    ]
)


def test_a_speech_log_reads_as_the_pages_blocks_with_its_cut_paragraphs_joined():
    plain = plain_speech_log(LOG)
    assert "landmark" not in plain and "heading" not in plain and "out of" not in plain
    assert "\nHome\nTown\nSport\n" in plain
    assert "\n\nFerry fares rise in spring\n\n" in plain
    assert (
        "\n\nThe ferry company will raise fares by ten per cent from April, it said on Monday, "
        "after the price of fuel rose for the third year running.\n\n" in plain
    )
    # a line shorter than the width stands alone: the next paragraph is not glued to it
    assert "every day for school and work.\n\nAdvertisement\n\n" in plain
    assert '"The boat is our road."\n\n"The boat is our road."\n\n' in plain  # the pull quote
    assert "\n\nRead also: Harbour wall to be repaired\n\n" in plain
    assert "\nShare\nPrint\n" in plain
    assert "Marsh Gazette\n\nHome" not in plain  # the logo's graphic label is dropped


def test_a_text_with_a_few_role_words_is_unchanged():
    text = "Home\nlink  Sport\nThe council met on Tuesday.  It agreed.\nheading  level 2  X\n"
    assert plain_speech_log(text) == text


def test_the_cleaner_reads_a_speech_logs_paragraphs_whole():
    plain = plain_dump_text(LOG)
    assert "it said on Monday, after the price of fuel rose for the third year running." in plain
