"""A listicle's numbered sections under its lede (analysis.clean.body.numbered_sections),
on made-up pages in a script without a function-word list."""

from __future__ import annotations

from analysis.clean.articles import extract_articles
from analysis.clean.body import body_line_indices
from analysis.clean.body.features import line_features
from analysis.clean.body.numbered_sections import numbered_sections
from analysis.clean.body.rules import region_weights

# Made-up Amharic: a lede, then four numbered places, each over one short sentence.
LEDE = "በዚህ ሳምንት በከተማችን ውስጥ ልትጎበኟቸው የሚገቡ አራት አዳዲስ ቦታዎችን መርጠናል። ሁሉም በነጻ ክፍት ናቸው።"
SECTIONS = [
    ("የወንዝ ዳር መናፈሻ", "አዲሱ መናፈሻ ለቤተሰቦች የሚሆኑ ሰፋፊ የሣር ሜዳዎችና መቀመጫዎች አሉት።"),
    ("የከተማው ቤተ መጻሕፍት", "የታደሰው ቤተ መጻሕፍት አሁን ቅዳሜና እሁድም እስከ ምሽት ድረስ ይከፈታል።"),
    ("የአርብ ገበያ", "ገበሬዎች ትኩስ አትክልትና ፍራፍሬ በቀጥታ ለነዋሪዎች የሚሸጡበት ገበያ ነው።"),
    ("የሸክላ ሥራ ማዕከል", "ወጣቶች ከአረጋውያን ሸክላ ሠሪዎች ጥበቡን የሚማሩበት አዲስ ማዕከል ተከፍቷል።"),
]
HEADER = "የከተማ ዜና\n\nመነሻ\nዜና\nስፖርት\n\nአራት አዳዲስ ቦታዎች\n\nበሰላማዊት ታደሰ\n\n"
FOOTER = "\n\nተዛማጅ ዜናዎች\n\n© 2026 የከተማ ዜና\n"


def _page(rule: str = "") -> str:
    ruled = f"{rule}\n" if rule else ""
    parts = [
        f"{ruled}{n}. {heading}\n{ruled}\n{text}" for n, (heading, text) in enumerate(SECTIONS, 1)
    ]
    return HEADER + LEDE + "\n\n" + "\n\n".join(parts) + FOOTER


def _sections(text: str):
    lines = text.split("\n")
    features = line_features(lines)
    return lines, features, numbered_sections(lines, features, region_weights(features))


def test_numbered_sections_under_a_lede_are_found_with_their_sentences():
    lines, features, found = _sections(_page())
    assert [lines[features[p].index] for p in found.headings] == [
        f"{n}. {heading}" for n, (heading, _) in enumerate(SECTIONS, 1)
    ]
    assert [lines[features[p].index] for p in found.texts] == [text for _, text in SECTIONS]


def test_a_listicle_in_a_script_without_a_word_list_is_one_article_with_every_section():
    # each short section weighed as a teaser between two headlines: the body stopped at
    # the lede (and the page was split into cards at the numbered headings)
    for rule in ("", "-" * 24):  # a Go html2text printing draws rules round each heading
        articles = extract_articles(_page(rule), name="listicle.txt")
        assert len(articles) == 1
        body = articles.iloc[0]["body"]
        assert body.startswith(LEDE)
        assert all(text in body and heading in body for heading, text in SECTIONS)
        assert "© 2026" not in body


def test_ranked_headlines_under_a_label_are_no_sections():
    # a "Most read" box: its label stands over the first item, no lede
    text = _page().replace(LEDE, "በብዛት የተነበቡ")
    assert _sections(text)[2].headings == ()


def test_numbered_lines_packed_together_are_a_list_not_sections():
    items = "\n".join(f"{n}. {heading}" for n, (heading, _) in enumerate(SECTIONS, 1))
    text = f"{HEADER}{LEDE}\n\n{items}\n\n{SECTIONS[0][1]}{FOOTER}"
    assert _sections(text)[2].headings == ()
    assert body_line_indices(text.split("\n"))  # (the page still has its lede)
