"""Review h361 (metadata_h361): the shapes its fixes read, each test failing without its fix."""

import pytest

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.header_lines import find_byline
from analysis.clean.read import read_page


def _row(tmp_path, text, name="p.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = read_page(page)
    facts = PageFacts(html=read.html) if name.endswith(".html") else PageFacts()
    return extract_articles(read.text, name=name, facts=facts).iloc[0]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Pišu: Ivana Kovačević i Marko Perić", "Ivana Kovačević i Marko Perić"),  # hr
        ("Пишу: Милица Јовановић и Марко Петровић", "Милица Јовановић и Марко Петровић"),
        ("Na Amina Said na Juma Mwinyi", "Amina Said na Juma Mwinyi"),  # sw "by A and B"
        ("Redactó: Ernesto Cruz Hernández", "Ernesto Cruz Hernández"),  # es "drafted"
        ("Escribe: Lucía Méndez", "Lucía Méndez"),  # es "writes"
        ("記者林宗翰、陳怡君／台南報導", "林宗翰、陳怡君"),  # two Taiwanese reporters
    ],
)
def test_bylines_of_two_authors_and_writers_labels(line, names):
    """Plural 'write' labels, Swahili's 'na' joining two names, Spanish verbs of writing
    before a colon, and a Chinese reporters' credit naming two."""
    found = find_byline(line)
    assert found is not None
    assert line[found[0] : found[1]] == names


def test_a_joiner_between_a_name_and_one_word_is_no_second_author():
    """Swahili's 'na' parts two full names only ('na Mombasa' is no author)."""
    assert find_byline("Na Amina Said na Mombasa") is None


def test_two_japanese_reporters_in_brackets_closing_the_story(tmp_path):
    """'（A記者、B記者）' under the last paragraph: both writers are the byline."""
    text = (
        "北陸日日新聞\n\n金沢港に大型クルーズ船専用岸壁\n\n2026年12月3日 10時32分\n\n"
        "金沢港に大型クルーズ船が直接着岸できる専用岸壁を整備する計画を、国土交通省と石川県が３日、発表した。"
        "総事業費は約１２０億円で、２０２８年の完成を目指す。\n\n"
        "地元の観光協会は「受け入れ態勢の整備を急ぎたい」としている。\n\n"
        "（山本健太記者、中村彩記者）\n"
    )
    byline = _row(tmp_path, text).byline or ""
    assert "山本健太" in byline and "中村彩" in byline
