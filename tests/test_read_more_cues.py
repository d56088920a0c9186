"""analysis.clean.card_lines.READ_MORE_CUES: link labels in the page languages close a card."""

from __future__ import annotations

import pytest
from test_body import kept_text, page

from analysis.clean.articles import extract_articles
from analysis.clean.card_lines import line_kind


@pytest.mark.parametrize(
    "label",
    [
        "Đọc tiếp >> https://example.vn/tin/1",
        "Читать далее",
        "Soma zaidi",
        "Haberin devamı",
        "Ler mais",
        "기사 더보기",
        # more languages' (review h161 F6: Igbo's read as a headline between cards)
        "Gụọ ọzọ",
        "Loe edasi",
        "Preberi več",
        "Darllen mwy",
    ],
)
def test_a_read_more_label_in_the_page_language_is_a_link_label(label):
    assert line_kind(label) == "cue"


def test_a_newsletter_whose_cards_close_with_a_read_more_label_gives_no_footer_card():
    # "Đọc tiếp >> link" under each teaser was read as a headline: the last one made a
    # card of the newsletter's unsubscribe notice
    heads = [
        "Thành phố mở thêm tuyến xe buýt điện",
        "Giá gạo xuất khẩu tăng mạnh",
        "Mưa lớn gây ngập nhiều tuyến phố",
    ]
    teasers = [
        "Thành phố sẽ đưa vào hoạt động thêm năm tuyến xe buýt điện từ tháng tới.",
        "Giá gạo xuất khẩu đã tăng mười phần trăm trong tháng qua do nhu cầu tăng cao.",
        "Trận mưa kéo dài ba giờ chiều qua khiến nhiều tuyến phố ngập sâu nửa mét.",
    ]
    cards = [
        f"{n}) {head}\n{teaser}\nĐọc tiếp >> https://example.vn/tin/{n}"
        for n, (head, teaser) in enumerate(zip(heads, teasers, strict=True), start=1)
    ]
    page = (
        "Báo Sông Hồng\n\nBản tin sáng\n\n"
        + "\n\n".join(cards)
        + "\n\nBạn nhận được thư này vì đã đăng ký bản tin.\nHủy đăng ký\n"
    )
    articles = extract_articles(page, name="bantin.txt")
    assert articles["body"].tolist() == teasers


@pytest.mark.parametrize(
    "line",
    ["ອ່ານເພີ່ມ: ລາຄານ້ຳມັນຫຼຸດລົງເປັນເດືອນທີສາມ", "ອ່ານຕໍ່ ຂົວໃໝ່ຂ້າມນ້ຳຂອງ"],
)
def test_a_lao_read_more_link_counts_its_phrases_not_its_syllables(line):
    """A Lao "read more: <headline>" (13 syllables, each counted a word; review h201: it
    stayed in the body as a paragraph) is a link label as its Thai equivalent is."""
    assert line_kind(line) == "cue"


def test_a_lao_read_more_link_between_paragraphs_is_no_body():
    paragraphs = [
        "ຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງຈະເປີດໃຫ້ລົດແລ່ນໃນເດືອນມິຖຸນາປີໜ້າ, ເຈົ້າໜ້າທີ່ກະຊວງໂຍທາທິການກ່າວໃນວັນອັງຄານ.",
        "ຂົວດັ່ງກ່າວມີຄວາມຍາວເກືອບໜຶ່ງກິໂລແມັດ ແລະ ຈະຊ່ວຍຫຼຸດເວລາເດີນທາງລະຫວ່າງສອງແຂວງລົງເຄິ່ງໜຶ່ງ.",
        "ຊາວບ້ານທີ່ອາໄສຢູ່ໃກ້ທ່າເຮືອເກົ່າກ່າວວ່າ ພວກເຂົາລໍຖ້າຂົວນີ້ມາເປັນເວລາດົນນານແລ້ວ.",
        "ໂຄງການນີ້ໄດ້ຮັບທຶນຈາກທະນາຄານພັດທະນາອາຊີ ແລະ ລັດຖະບານ.",
    ]
    link = "ອ່ານເພີ່ມ: ລາຄານ້ຳມັນຫຼຸດລົງເປັນເດືອນທີສາມ"
    lines = page("ຂ່າວ  ກິລາ", "ຂົວໃໝ່ຂ້າມນ້ຳຂອງ", *paragraphs[:3], link, paragraphs[3], "© 2026")
    assert kept_text(lines) == paragraphs
