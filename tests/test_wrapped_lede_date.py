"""A story's first paragraph hard-wrapped right before a date ("... from" / "1/1/2027
to cut traffic ..."): the date opening the second line made it a date line, so the
paragraph's first line read as a headline over its date and outscored the headline
(review h329's Vietnamese page; issue #10). Made-up sites, people and stories."""

from __future__ import annotations

import pytest

from analysis import extract_articles

PAGES = {
    "vi": (
        "Hội An cấm xe khách trên 16 chỗ vào phố cổ từ đầu năm 2027",
        "   UBND TP Hội An vừa ban hành quy định cấm xe khách trên 16 chỗ đi vào khu vực phố"
        " cổ từ ngày\n   1/1/2027 nhằm giảm ùn tắc và bảo vệ di tích.",
        "Thứ bảy, 05/12/2026 - 08:05",
        "Du khách sẽ được trung chuyển bằng xe điện từ các bãi đỗ ở đường Lý Thường Kiệt và"
        " Trần\n   Hưng Đạo.\n\n   Đại diện hiệp hội du lịch cho biết các doanh nghiệp cần thời"
        " gian điều chỉnh lịch trình.",
    ),
    "en": (
        "Old town closes its lanes to coaches from January",
        "   The town council on Friday banned coaches with more than sixteen seats from the"
        " lanes of the old town from\n   1 January 2027 to cut congestion and protect the"
        " listed buildings.",
        "Saturday, 5 December 2026 - 08:05",
        "Visitors will be carried by electric shuttles from the car parks on the ring road and"
        " the\n   riverside.\n\n   The tourism association said operators needed time to"
        " change their timetables.",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_lede_wrapped_before_a_date_is_no_headline(lang):
    headline, lede, date, rest = PAGES[lang]
    page = (
        f"   Example Coast Daily\n   Home | News | Travel\n\n   {headline}\n\n   {date}\n\n"
        f"{lede}\n\n   {rest}\n"
    )
    assert extract_articles(page, "x.txt").title[0] == headline
