"""analysis.clean.body.media_tail: the story's short last paragraph after a player's or a
photo's leftovers under its other paragraphs."""

from __future__ import annotations

import pytest
from test_body import MENU, PARAGRAPHS, kept_text, page

from analysis.clean.body.media_tail import is_media_line, is_player_label, shares_a_stem

LAST = "The council said the first new route would be reviewed after six months."
TRAILER = ["Related Topics", "Transport  Council", "Top stories", "Ferry fares to rise in spring"]


@pytest.mark.parametrize(
    "block",
    [
        ["Watch again", "03:41", "Why the bus network shrank for a decade"],
        ["Image 3 of 6", "Drivers at the depot on Monday. (Photo: Ines Varga)"],
        ["Play video", "Duration 1:12", "Media caption, The depot from the air"],
    ],
)
def test_a_short_last_paragraph_after_a_media_block_is_body(block):
    """A player's or a photo's leftovers before the story's one-sentence last paragraph
    (review h189: the sentence was lost as the page's trailer)."""
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, block, LAST, TRAILER)
    assert kept_text(lines) == [*PARAGRAPHS, LAST]


@pytest.mark.parametrize("label", ["Read also", "Lees ook", "Akhri sidoo kale"])
def test_a_short_last_paragraph_after_a_link_to_another_story_is_body(label):
    """A link to another story under its label ("Read also: Headline") before the story's
    one-sentence last paragraph, the page's notice under it (review h201: the sentence
    was lost on eight pages of five languages)."""
    link = f"{label}: Why the bus network shrank for a decade"
    last = "Ferry crews were paid by the regional development bank."
    story = [*PARAGRAPHS[:2], "Advertisement", *PARAGRAPHS[2:]]
    lines = page(MENU, "Bus network to grow", *story, link, last, "© 2026 Example Daily")
    assert kept_text(lines) == [*PARAGRAPHS, last]


@pytest.mark.parametrize("label", ["Advertisement", "PUBLICIDADE", "Iklan", "Dokambarotra"])
def test_a_short_last_paragraph_after_an_ad_label_is_body(label):
    """An ad slot's label in the language's word before the story's one-sentence last
    paragraph (review h213: Brazilian, Javanese, Malagasy, Assamese, Odia, Yiddish pages
    lost the sentence as the page's trailer)."""
    last = "Ferry crews were paid by the regional development bank."
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, label, last, "© 2026 Example Daily")
    assert kept_text(lines) == [*PARAGRAPHS, last]


@pytest.mark.parametrize("label", ["Рэклама", "Сурталчилгаа", "Advertensie", "Intengiso"])
def test_a_short_last_paragraph_after_an_ad_label_in_more_languages_is_body(label):
    """The ad slot's word in Belarusian, Mongolian, Afrikaans, Xhosa (review h233: a
    Belarusian page lost its last sentence as the page's trailer)."""
    last = "Ferry crews were paid by the regional development bank."
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, label, last, "© 2026 Example Daily")
    assert kept_text(lines) == [*PARAGRAPHS, last]


def test_an_ad_label_over_the_pages_trailer_adds_nothing():
    """An ad's label stands alone over the story's last paragraph: under it a box's
    label, then a dated line or a headline ending in a question mark, is the page's
    trailer (two dev pages of the extraction benchmark)."""
    trailer = ["Advertisement", "About this statement:", "Published: Monday, May 4 at 11:08 a.m."]
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, trailer, "© 2026 Example Daily")
    assert kept_text(lines) == PARAGRAPHS


def test_a_short_last_paragraph_under_a_read_also_line_and_an_ad_label_is_body():
    """A "read also" line over one short paragraph, an ad's label over the last: both
    are the story's (review h213, a Yiddish page: the second was lost)."""
    link = "Read also: Why the bus network shrank for a decade"
    one = "Ferry crews were paid by the regional development bank."
    last = "Timetables go online in the autumn."
    lines = page(
        MENU,
        "Bus network to grow",
        *PARAGRAPHS,
        link,
        one,
        "Advertisement",
        last,
        "© 2026 Example Daily",
    )
    assert kept_text(lines) == [*PARAGRAPHS, one, last]


def test_a_short_last_paragraph_sharing_a_word_in_another_form_is_body():
    """The last sentence writes the story's word in another form ("timetable" /
    "timetables"; review h201: Estonian "ehitusega" / "Ehitus", Gaelic "thogail" /
    "togail" lost the sentence)."""
    last = "Timetables go online in the autumn."
    link = "Read also: Why the bus network shrank for a decade"
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, link, last, "© 2026 Example Daily")
    assert kept_text(lines) == [*PARAGRAPHS, last]


@pytest.mark.parametrize(
    ("words", "others", "shared"),
    [
        ({"ehitusega", "sadam"}, {"ehitus", "maksab"}, True),
        ({"thogail", "sgoil"}, {"togail", "obair"}, True),
        ({"building"}, {"build"}, True),
        ({"plan"}, {"planet"}, False),
        ({"council"}, {"counter"}, False),
    ],
)
def test_words_share_a_stem_in_any_of_their_forms(words, others, shared):
    assert shares_a_stem(words, others) is shared
    assert shares_a_stem(others, words) is shared


def test_a_teaser_after_a_media_block_sharing_no_word_with_the_story_stays_out():
    teaser = "Ferry crews walked out on Friday over pensions."
    block = ["Watch again", "03:41", "Strike closes the harbour"]
    lines = page(MENU, "Bus network to grow", *PARAGRAPHS, block, teaser, TRAILER)
    assert kept_text(lines) == PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "media"),
    [
        ("Watch again", True),
        ("Watch: Inside the depot at night", True),
        ("03:41", True),
        ("Image 3 of 6", True),
        ("Volunteers at work. (Photo: Ines Varga)", True),
        ("Watch the council's debate on our website.", False),
        ("Video evidence was shown to the court.", False),
        ("The council said it would review the plan.", False),
    ],
)
def test_a_media_line_is_a_players_or_a_photos(line, media):
    assert is_media_line(line) is media


INTRO = "A new bus depot has opened in the north of the city. It has room for 90 buses."


@pytest.mark.parametrize(
    "block",
    [["Video: The depot from the air", "2:47"], ["Бейне: Жаңа депо әуеден", "2:47"]],
)
def test_an_intro_over_a_player_s_leftovers_is_body(block):
    """Review h339 (kk_readwise_video): the story's one-paragraph intro, then a video's
    title and its bare length ('2:47', read as a dated line), then the story: the
    region started under the player and the intro was lost (body_h323 / body_h331's
    left shape)."""
    lines = page(MENU, "Bus network to grow", "By Ann Lee", INTRO, block, *PARAGRAPHS, TRAILER)
    assert kept_text(lines) == [INTRO, *PARAGRAPHS]


def test_a_line_sharing_no_word_with_the_story_over_a_player_stays_out():
    teaser = "Watch our weekly quiz show. Prizes every Friday."
    lines = page(MENU, "Bus network to grow", teaser, ["Video", "2:47"], *PARAGRAPHS, TRAILER)
    assert teaser not in kept_text(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Смотрите видео 2:40",
        "動画再生 1分32秒",
        "شاهد: 2:14",
        "İzle 2:31",
        "视频时长 02:05",
        "वीडियो देखें 1:45",
        "Vídeo (3:05)",
    ],
)
def test_a_players_label_in_another_language_with_its_length_is_a_media_line(line):
    """A broadcaster's player label in its language, the clip's length closing the line
    (review h450: a Japanese and a Russian broadcaster's HTML kept it as body)."""
    assert is_media_line(line)
    assert is_player_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Смотрите видео о наводнении на нашем сайте.",  # a sentence: no length after it
        "Видео",  # a label alone (no length)
        "Posted at 12:42",  # a clock time under another label
        "Verano 2:14",  # a word opening with a player's word ("ver")
    ],
)
def test_a_sentence_or_a_label_without_a_length_is_no_players_label(line):
    assert not is_player_label(line)
