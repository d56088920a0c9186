"""analysis.clean.reader_view_byline: a reader view's credits line in any script (made-up
pages; review h321, issue #10)."""

from __future__ import annotations

from analysis import extract_articles
from analysis.clean.reader_view_byline import reader_view_credits

_STORY = [
    "",
    "काठमाडौं । साझा यातायातले उपत्यकाभित्र विद्युतीय बस चलाउन चारवटा नयाँ चार्जिङ स्टेसन सञ्चालनमा"
    " ल्याएको छ । रत्नपार्क, कलंकी, कोटेश्वर र चाबहिलमा बनेका यी स्टेसनमा एकै पटक बाह्रवटा बस चार्ज"
    " गर्न सकिने संस्थाले जनाएको छ ।",
    "",
    "संस्थाका महाप्रबन्धकका अनुसार अहिलेसम्म बसहरू चार्ज गर्न ललितपुरको एउटै डिपोमा फर्किनुपर्थ्यो,"
    " जसले गर्दा दिनमा करिब चालीस किलोमिटर खाली यात्रा हुन्थ्यो । नयाँ स्टेसनले त्यो समय र खर्च दुवै"
    " बचत गर्ने उनको भनाइ छ ।",
    "",
    "यात्रुहरूले भने बसको संख्या अझै कम भएको गुनासो गरेका छन् । बिहानको भीडमा आधा घण्टासम्म"
    " पर्खनुपर्ने यात्रुहरूको भनाइ छ । संस्थाले आगामी फागुनसम्म थप पन्ध्रवटा विद्युतीय बस थप्ने योजना"
    " बनाएको छ ।",
]
_HEAD = ["examplekhabar.com.np", "काठमाडौंमा विद्युतीय बसका लागि नयाँ चार्जिङ स्टेसन"]


def test_the_credits_line_between_the_headline_and_the_estimate():
    lines = [*_HEAD, "सरिता खड्का", "4–5 minutes", *_STORY]
    assert reader_view_credits(lines, 1, 5) == (2, 0, len("सरिता खड्का"))
    articles = extract_articles("\n".join(lines), "reader.txt")
    assert articles.byline[0] == "सरिता खड्का"


def test_no_credits_without_the_frame():
    # no host over the headline, or no estimate under the line, or a date in its place
    assert reader_view_credits([_HEAD[1], "सरिता खड्का", "4–5 minutes", *_STORY], 0, 4) is None
    assert reader_view_credits([*_HEAD, "सरिता खड्का", *_STORY], 1, 4) is None
    assert reader_view_credits([*_HEAD, "4 December 2026", "4–5 minutes", *_STORY], 1, 5) is None


def test_the_name_after_a_cue_in_the_credits_line():
    lines = [*_HEAD, "By Jane Roe", "4–5 minutes", *_STORY]
    assert reader_view_credits(lines, 1, 5) == (2, 3, len("By Jane Roe"))


_BANNERED = [
    "northbaysentinel.example",
    "Wind farm jobs promise falls short, union says",
    "Mairead Quill",
    "This article is more than 2 years old",
    "",
    "Published 14 March 2024",
    "",
    "Fewer than half of the 2,000 jobs promised when the blade factory was announced have"
    " materialised, a trade union has said, and the company blames delays to two projects.",
    "",
    "The union said its survey of the site found about 870 people employed directly, with"
    " another 200 contractors on short-term agreements at the plant this winter.",
]


def test_safari_reader_credits_without_an_estimate():
    # Safari's Reader: host, headline and the author's name one a line, a banner under it
    assert reader_view_credits(_BANNERED, 1, 7) == (2, 0, len("Mairead Quill"))
    articles = extract_articles("\n".join(_BANNERED), "safari.txt")
    assert articles.byline[0] == "Mairead Quill"


def test_no_safari_credits_apart_from_the_headline_or_not_a_name():
    apart = [*_BANNERED[:2], "", *_BANNERED[2:]]
    assert reader_view_credits(apart, 1, 8) is None
    phrase = [*_BANNERED[:2], "Jobs and the economy", *_BANNERED[3:]]
    assert reader_view_credits(phrase, 1, 7) is None


_FERRY = [
    "harbourpublicradio.example",
    "Harbour Weekly, Ep. 12: Why the ferries keep breaking down",
    "Harbour Public Radio",
    "12–15 minutes",
    "Harbour Weekly · Episode 12 · 38 min · December 4, 2026",
    "",
    "The island ferry fleet is forty years old, and its engines now fail twice a month."
    " The repair bill is larger than the council's whole transport budget for the year.",
    "",
    "Engineers who inspected the boats in October say two of them should be retired"
    " before the winter timetable starts, and the third needs a new gearbox.",
]


def test_credits_naming_the_site_are_no_byline():
    # h419: a site filling its byline metadata with its own name (its host spells it,
    # or a news outlet's word: "Radio", "Gazette"): the view's credits name no author
    assert reader_view_credits(_FERRY, 1, 5) is None
    gazette = [*_FERRY[:2], "Northbay Gazette", *_FERRY[3:]]
    assert reader_view_credits(gazette, 1, 5) is None
    assert extract_articles("\n".join(_FERRY), "ferry.txt").byline[0] is None
    person = [*_FERRY[:2], "Mairead Quill", *_FERRY[3:]]
    assert reader_view_credits(person, 1, 5) == (2, 0, len("Mairead Quill"))
