"""Cards of a listing page that no cue marks are kept, not lost (made-up pages;
analysis.clean.listing)."""

from __future__ import annotations

import pytest

from analysis.clean.articles import extract_articles

# Made-up stories: headline, teaser.
STORIES = [
    (
        "Council votes to close the old swimming pool by spring",
        "Councillors decided on Tuesday that the pool, which opened in 1968, will shut in "
        "March because repairs cost too much.",
    ),
    (
        "Rail strike called off after last-minute talks",
        "Train drivers will not walk out next week after union leaders accepted a new offer "
        "on pay and hours.",
    ),
    (
        "Farmers warn of poor harvest after wet summer",
        "Growers across the region say the rain rotted crops in the fields and that prices "
        "will rise before winter.",
    ),
    (
        "New bridge opens to traffic two years late",
        "Drivers crossed the river for the first time on Monday after a long delay over the "
        "price of steel.",
    ),
]


@pytest.mark.parametrize("unnamed", ["Earlier today", "Gerade eben", "Ahora mismo"])
def test_a_card_whose_time_no_cue_names_is_kept(unnamed):
    times = ["2 hours ago", unnamed, "5 hours ago", "Yesterday"]
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for (headline, teaser), when in zip(STORIES, times, strict=True):
        lines += [headline, when, teaser, ""]
    lines += ["© 2026 The Valley Courier"]
    articles = extract_articles("\n".join(lines), name="latest.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert articles.iloc[1]["body"] == STORIES[1][1]


def test_a_numbered_list_of_teasers_under_the_cards_gives_a_card_per_item():
    # two cards marked by a byline and a time, then a "Most read" list of ranked
    # headlines over teasers: each item is a record too
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for (headline, teaser), author in zip(STORIES[:2], ["Jane Miller", "Tom Baker"], strict=True):
        lines += [headline, f"By {author}", "3 hours ago", teaser, ""]
    lines += ["Most read", ""]
    for n, (headline, teaser) in enumerate(STORIES[2:], 1):
        lines += [f"{n}. {headline}", teaser, ""]
    lines += ["© 2026 The Valley Courier"]
    articles = extract_articles("\n".join(lines), name="home.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]
    assert list(articles["body"]) == [teaser for _, teaser in STORIES]


def test_a_sign_up_box_between_the_cards_stays_chrome():
    lines = ["The Valley Courier", "Home | News | Sport", ""]
    for k, (headline, teaser) in enumerate(STORIES):
        lines += [headline, f"{k + 2} hours ago", teaser, ""]
        if k == 1:
            lines += [
                "Sign up for our newsletter",
                "Get the day's top stories from the valley in your inbox every morning.",
                "",
            ]
    articles = extract_articles("\n".join(lines), name="latest.txt")
    assert list(articles["title"]) == [headline for headline, _ in STORIES]


def test_search_results_sharing_the_query_word_are_cards_by_their_snippets_dates():
    # every result holds the word searched for ("νερό", water), as one article's sections
    # share its vocabulary; the date opening each snippet ("3 Δεκ 2026 — ...") marks a
    # result: they were read as one article's subheads (h135)
    lines = ["Θεσσαλικός Χρόνος", "", "Αποτελέσματα αναζήτησης για «νερό»", ""]
    results = [
        (
            "Νέος αγωγός νερού για τα χωριά του κάμπου",
            "3 Δεκ 2026",
            "Η ΔΕΥΑ ξεκινά την "
            "κατασκευή αγωγού μήκους 18 χιλιομέτρων που θα λύσει το πρόβλημα λειψυδρίας σε έξι "
            "χωριά το καλοκαίρι.",
        ),
        (
            "Το νερό της βρύσης είναι ασφαλές, λένε οι χημικοί",
            "29 Νοε 2026",
            "Οι αναλύσεις "
            "του δημοτικού εργαστηρίου δεν βρήκαν καμία υπέρβαση στα όρια. Οι κάτοικοι είχαν "
            "παραπονεθεί για τη γεύση του νερού.",
        ),
        (
            "Αυξήσεις στα τιμολόγια νερού από τον Ιανουάριο",
            "21 Νοε 2026",
            "Το δημοτικό "
            "συμβούλιο ενέκρινε αύξηση οκτώ τοις εκατό στα τιμολόγια. Οι πολύτεκνοι και οι "
            "συνταξιούχοι θα έχουν έκπτωση.",
        ),
    ]
    for k, (title, date, snippet) in enumerate(results):
        lines += [title, f"https://thessalia.example/news/{4400 + k}", f"{date} — {snippet}", ""]
    lines += ["© 2026 Θεσσαλικός Χρόνος"]
    articles = extract_articles("\n".join(lines), name="search.txt")
    assert list(articles["title"]) == [title for title, _, _ in results]
    assert list(articles["published"]) == ["2026-12-03", "2026-11-29", "2026-11-21"]


@pytest.mark.parametrize("label", ["Read also:", "اقرأ أيضا:", "Baca juga:"])
def test_a_promo_of_another_story_between_paragraphs_does_not_end_the_story(label):
    # "Read also: Headline" between two paragraphs was read as the story's own link label:
    # its text ended there, the rest was no card's, and the related box's teasers outweighed
    # what was left of it: the page split into three records (h135)
    lines = [
        "Harbour Courier",
        "",
        "Children's hospital opens with two hundred beds",
        "By Sara Ali",
        "2 December 2026",
        "",
        "The health ministry opened a new children's hospital in the city on Tuesday, with "
        "two hundred beds, an intensive care unit and a heart surgery ward.",
        "",
        f"{label} Ministry starts a flu vaccination drive",
        "",
        "The minister told reporters the hospital would serve more than half a million "
        "children in the region, and that its wards would open one by one next month.",
        "",
        "Families used to travel to the capital for treatment of chronic illnesses; parents "
        "welcomed the opening, which many called long overdue.",
        "",
        "Related news",
        "",
        "New class of nurses graduates",
        "30 November 2026",
        "The nursing college celebrated 150 graduates who will join the region's hospitals.",
        "",
        "Shortage of children's medicines in pharmacies",
        "25 November 2026",
        "Residents complained about missing medicines; the ministry promised a fix.",
    ]
    articles = extract_articles("\n".join(lines), name="article.txt")
    assert len(articles) == 1
    assert "half a million" in articles["body"].iloc[0]
