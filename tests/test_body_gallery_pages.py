"""A page that is a photo gallery: its captions, short or in a language without a
function-word list, are its body (review h145, tenth round)."""

from analysis.clean.body import body_line_indices
from analysis.clean.body.features import line_features
from analysis.clean.body.galleries import gallery_positions

MENU = ["  • Home", "  • News", "  • Pictures"]
INTRO = "More than five thousand people lined the streets on Saturday night for the parade."
CREDIT = "Photo: Jane Roe/Example Echo"
SHORT_CAPTIONS = [
    "Children carry a lantern shaped like a heron across the square.",
    "The parade crosses the old stone bridge at dusk.",
    "Drummers from the town band led the procession.",
    "The evening ended with fireworks over the river.",
]
# captions in a language the detector has no function-word list for (Turkish)
TURKISH_INTRO = (
    "Kapadokya bölgesi hafta sonu yılın ilk karıyla beyaza büründü. Turistler peri "
    "bacalarını karla kaplı görmek için erkenden yola çıktı."
)
TURKISH_CAPTIONS = [
    "Sıcak hava balonları sabahın ilk ışıklarında karla kaplı vadinin üzerinde uçtu.",
    "Göreme'de bir kafe sahibi, terasındaki karı küreyerek misafirlerine yer açtı.",
    "Uçhisar Kalesi'ne tırmanan turistler, kar altındaki vadiyi fotoğrafladı.",
    "Meteoroloji, karın hafta boyunca aralıklarla süreceğini bildirdi.",
]


def gallery_page(intro: str, captions: list[str], credit: str) -> list[str]:
    """A headline, an introduction, then each photo as counter, caption, credit."""
    lines = [*MENU, "", "In pictures: the lantern parade", "", intro]
    for number, caption in enumerate(captions, 1):
        lines += [f"{number} / {len(captions)}", caption, credit]
    return [*lines, "", "Next gallery: winter at the zoo", "© 2026 Example Echo"]


def kept(lines: list[str]) -> list[str]:
    return [lines[i] for i in body_line_indices(lines)]


def test_a_gallery_page_of_short_captions_is_its_introduction_and_captions():
    """Short captions under counters: the introduction packed above the first counter was
    dropped as a caption of the page, short captions as chrome, and the last caption,
    after the last counter, was outside the body."""
    lines = gallery_page(INTRO, SHORT_CAPTIONS, CREDIT)
    assert kept(lines) == [INTRO, *SHORT_CAPTIONS]


def test_a_gallery_page_in_a_language_without_a_word_list_is_its_captions():
    """Turkish captions are no prose to the detector (no function-word list): the
    gallery weighed nothing and the page's body was its introduction alone."""
    lines = gallery_page(TURKISH_INTRO, TURKISH_CAPTIONS, "Fotoğraf: Emre Yıldız")
    assert kept(lines) == [TURKISH_INTRO, *TURKISH_CAPTIONS]


def test_the_last_photo_after_the_last_counter_is_the_gallerys_when_its_credit_repeats():
    from analysis.clean.body.galleries import gallery_tail

    lines = gallery_page(INTRO, SHORT_CAPTIONS, CREDIT)
    features = line_features(lines)
    gallery = gallery_positions(lines, features)
    tail = gallery_tail(lines, features, gallery)
    assert [lines[features[p].index] for p in tail] == [SHORT_CAPTIONS[-1], CREDIT]
    # credits that differ: the order of counter and caption is not written on the page
    mixed = gallery_page(INTRO, SHORT_CAPTIONS, CREDIT)
    mixed[-4] = "Photo: John Doe/Example Echo"
    features = line_features(mixed)
    assert not gallery_tail(mixed, features, gallery_positions(mixed, features))


def test_a_gallery_inside_an_article_keeps_its_captions_out():
    """Control: a gallery of short captions inside a story of longer paragraphs is the
    story's, its captions no body (the convention of body_h133's en_gallery)."""
    story = [
        "Residents of the lower town spent Monday pumping water out of cellars and carrying "
        "ruined furniture to the street after the river burst its banks again.",
        "Emergency services evacuated 230 people from homes near the river overnight, and "
        "most were allowed to return on Monday afternoon after the water fell.",
        "The mayor said a long-promised flood wall would be built next year, although "
        "residents at a meeting said they had heard that promise many times before.",
    ]
    photos = [
        line
        for number, caption in enumerate(SHORT_CAPTIONS[:3], 1)
        for line in (f"{number} / 6", caption, CREDIT)
    ]
    lines = [*MENU, "", "Floods: the day after", "", story[0], "", *photos, "", *story[1:]]
    lines = [line for block in lines for line in ([block] if block else [""])]
    assert SHORT_CAPTIONS[0] not in kept(lines)
    assert SHORT_CAPTIONS[1] not in kept(lines)
    assert all(paragraph in kept(lines) for paragraph in story)
