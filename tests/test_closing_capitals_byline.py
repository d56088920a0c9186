"""A reporter's name in capitals on a line of its own closing the story ("TRẦN MINH
KHOA", "— JANE DOE", "JANE DOE | Staff writer"), the page printing no byline above:
the story's byline (review h329's Vietnamese page; issue #10). A label in capitals
there ("RELATED STORIES", "THE END") is none. Made-up sites, people and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles

HEADER = "Example Coast Daily\nHome | News | Travel\n\nOld town closes its lanes to coaches\n\n"
BODY = (
    "5 December 2026\n\n"
    "The town council on Friday banned coaches with more than sixteen seats from the lanes"
    " of the old town to cut congestion and protect the listed buildings.\n\n"
    "Visitors will be carried by electric shuttles from the car parks on the ring road and"
    " the riverside, the council said.\n\n"
    "The tourism association said operators needed time to change their timetables.\n\n"
)
VI = (
    "Báo Miền Trung\nThời sự | Kinh tế | Du lịch\n\n"
    "Hội An cấm xe khách trên 16 chỗ vào phố cổ từ đầu năm 2027\n\n"
    "Thứ bảy, 05/12/2026 - 08:05\n\n"
    "UBND thành phố vừa ban hành quy định cấm xe khách trên 16 chỗ đi vào khu vực phố cổ"
    " nhằm giảm ùn tắc và bảo vệ di tích.\n\n"
    "Du khách sẽ được trung chuyển bằng xe điện từ các bãi đỗ ở ven sông.\n\n"
    "Đại diện hiệp hội du lịch cho biết các doanh nghiệp cần thời gian điều chỉnh lịch trình.\n\n"
)


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        (f"{VI}PHẠM THU HÀ\n\nChia sẻ: Facebook | Zalo\n", "PHẠM THU HÀ"),
        (f"{HEADER}{BODY}JANE DOE\n\nShare: Facebook | X\n", "JANE DOE"),
        (f"{HEADER}{BODY}— JANE DOE\n\nShare: Facebook | X\n", "JANE DOE"),
        (f"{HEADER}{BODY}JANE DOE | Staff writer\n\nShare: Facebook | X\n", "JANE DOE"),
        (f"{HEADER}{BODY}   -- ADAEZE OKONKWO\n\nShare: Facebook | X\n", "ADAEZE OKONKWO"),
        (f"{HEADER}{BODY}ROSARIO QUISPE HUAMÁN\n\nShare: Facebook | X\n", "ROSARIO QUISPE HUAMÁN"),
        # Hausa "daga" ("by") before the name: the name alone.
        (f"{HEADER}{BODY}DAGA AMINU SANI DANTATA\n\nShare: Facebook | X\n", "AMINU SANI DANTATA"),
    ],
)
def test_a_name_in_capitals_closing_the_story_is_its_byline(page, byline):
    articles = extract_articles(page, "x.txt")
    assert articles.byline[0] == byline
    assert byline not in articles.body[0]


@pytest.mark.parametrize(
    "label",
    [
        "RELATED STORIES",
        "THE END",
        "MORE FROM THE COAST",
        "MORE VIDEOS",
        "LATEST NEWS",
        "ASSOCIATED PRESS",
    ],
)
def test_a_label_in_capitals_closing_the_story_is_no_byline(label):
    page = f"{HEADER}{BODY}{label}\n\nShare: Facebook | X\n"
    assert extract_articles(page, "x.txt").byline[0] is None
