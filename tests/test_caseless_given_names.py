"""A given name alone in a script without case right over or under the date line, under
a short headline ("ตลาดกาแฟริมปิง" / "สุดารัตน์" / "5 ธันวาคม 2569"): the name is no
headline (it was the title, a single word being no name's shape for caseless_names).
Made-up sites, people and stories (issue #10)."""

from __future__ import annotations

import pytest

from analysis import extract_articles
from analysis.clean.caseless_names import caseless_given_name_line

TH_BODY = (
    "เทศบาลนครเชียงใหม่ร่วมกับกลุ่มเกษตรกรผู้ปลูกกาแฟบนดอยเปิดตลาดนัดกาแฟชุมชนริมแม่น้ำปิง"
    "ทุกวันเสาร์และอาทิตย์ ตั้งแต่เวลาเจ็ดโมงเช้าจนถึงเที่ยงวัน\n\nผู้จัดงานระบุว่ามีร้านค้ากว่า"
    "สี่สิบร้านเข้าร่วม และคาดว่าจะมีนักท่องเที่ยวมาเยือนหลายพันคนต่อสัปดาห์ตลอดช่วงฤดูหนาวนี้"
    "\n\nชาวบ้านในพื้นที่กล่าวว่าตลาดนี้ช่วยให้เกษตรกรขายผลผลิตได้โดยตรงโดยไม่ต้องผ่าน"
    "พ่อค้าคนกลาง ทำให้มีรายได้มากขึ้น"
)
LO_BODY = (
    "ນະຄອນຫຼວງວຽງຈັນ ໄດ້ເປີດຕະຫຼາດນັດກາເຟແຫ່ງໃໝ່ ຢູ່ແຄມແມ່ນ້ຳຂອງ ໃນທ້າຍອາທິດນີ້"
    " ເພື່ອສົ່ງເສີມຊາວກະສິກອນ ທີ່ປູກກາເຟຢູ່ພູພຽງບໍລະເວນ ໃຫ້ມີລາຍໄດ້ເພີ່ມຂຶ້ນ\n\n"
    "ເຈົ້າໜ້າທີ່ກ່າວວ່າ ຕະຫຼາດດັ່ງກ່າວຈະເປີດທຸກໆທ້າຍອາທິດ ຕະຫຼອດລະດູໜາວນີ້"
    " ແລະ ຄາດວ່າຈະມີນັກທ່ອງທ່ຽວຫຼາຍພັນຄົນ"
)
# (masthead, short headline, given name, date line, body) per language
PAGES = {
    "th": ("ข่าวเมืองเหนือ", "ตลาดกาแฟริมปิง", "สุดารัตน์", "5 ธันวาคม 2569", TH_BODY),
    "lo": ("ຂ່າວລາວ", "ຕະຫຼາດກາເຟແຄມຂອງ", "ສົມພອນ", "5 ທັນວາ 2026", LO_BODY),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("masthead", [True, False])
@pytest.mark.parametrize("order", ["name over date", "date over name"])
def test_a_given_name_under_a_short_headline_is_no_title(lang, masthead, order):
    top, headline, name, date, body = PAGES[lang]
    meta = f"{name}\n{date}" if order == "name over date" else f"{date}\n{name}"
    page = f"{top}\n\n" * masthead + f"{headline}\n\n{meta}\n\n{body}\n"
    articles = extract_articles(page, f"{lang}.txt")
    assert articles.title[0] == headline


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_short_headline_over_the_date_line_stays_the_title(lang):
    top, headline, _, date, body = PAGES[lang]
    articles = extract_articles(f"{top}\n\n{headline}\n{date}\n\n{body}\n", f"{lang}.txt")
    assert articles.title[0] == headline


def test_the_word_needs_the_date_line_right_beside_it():
    top, headline, name, date, body = PAGES["th"]
    lines = [top, "", headline, "", name, date, "", *body.split("\n")]
    assert caseless_given_name_line(lines, 4)
    apart = [top, "", headline, "", name, "", date, "", *body.split("\n")]
    assert not caseless_given_name_line(apart, 4)
    # a word the story prints again is a place or a label, not a name
    assert not caseless_given_name_line([*lines[:-1], lines[-1] + " " + name], 4)
    # two words are caseless_name_line's; Han runs are headlines as often
    assert not caseless_given_name_line([headline, "", "ปิยะนุช ศรีสุข", date], 2)
    assert not caseless_given_name_line(["河畔城市公园周末开放夜间音乐节", "", "陈丽华", date], 2)
