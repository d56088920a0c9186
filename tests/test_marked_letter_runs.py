"""Words of scripts whose vowel signs are combining marks, whole (analysis.text.patterns
MARKED_LETTER_RUN), and a Hindi e-mail digest split by them. Made-up text."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.card_blocks import content_words
from analysis.text.patterns import MARKED_LETTER_RUN


def test_a_word_keeps_its_vowel_signs():
    assert MARKED_LETTER_RUN.findall("स्कूलों में छुट्टी") == ["स्कूलों", "में", "छुट्टी"]
    assert MARKED_LETTER_RUN.findall("Café e\u0301te 3rd") == ["Café", "e\u0301te", "rd"]
    # a card's words: not its script's single letters, which every text shares
    assert "स" not in content_words("दिल्ली में प्रदूषण बढ़ा, स्कूलों में छुट्टी")


CARDS = [
    (
        "दिल्ली में प्रदूषण बढ़ा, स्कूलों में छुट्टी",
        "राजधानी में वायु गुणवत्ता सूचकांक 450 के पार पहुंच गया। सरकार ने प्राथमिक "
        "स्कूलों को शुक्रवार तक बंद रखने का आदेश दिया है।",
    ),
    (
        "किसानों के लिए नई फसल बीमा योजना शुरू",
        "केंद्र सरकार ने छोटे किसानों के लिए कम प्रीमियम वाली बीमा योजना शुरू की। इसमें "
        "ओलावृष्टि और बाढ़ से हुए नुकसान की भरपाई होगी।",
    ),
    (
        "भारतीय महिला हॉकी टीम एशिया कप के फाइनल में",
        "सेमीफाइनल में जापान को 3-1 से हराकर टीम फाइनल में पहुंच गई। फाइनल रविवार को "
        "चीन के खिलाफ खेला जाएगा।",
    ),
]


def test_a_hindi_digests_stories_are_cards_not_one_articles_subheads():
    # the stories' words, cut at their vowel signs into single letters, were shared by
    # all of them: read as one article's sections under subheads (h135)
    lines = ["From: Dainik Prabhat <newsletter@prabhat.example>", "Subject: आज की बड़ी खबरें", ""]
    lines += ["नमस्ते,", "आज की तीन सबसे बड़ी खबरें, सीधे आपके इनबॉक्स में।", "", "————————", ""]
    for k, (title, text) in enumerate(CARDS):
        lines += [title, "", text, "", f"पूरी खबर पढ़ें: prabhat.example/news/{k}", ""]
        lines += ["————————", ""]
    articles = extract_articles("\n".join(lines), name="digest.txt")
    assert list(articles["title"])[:3] == [title for title, _ in CARDS]
    assert list(articles["body"])[:3] == [text for _, text in CARDS]
