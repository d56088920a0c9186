"""Review h416 (body_h416): the shapes its fixes read, each test failing without its fix."""

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.body.site_prompts import is_about_note, is_call_to_act
from analysis.clean.card_lines import line_kind
from analysis.clean.interface_words import is_loading_placeholder
from analysis.clean.read import read_page
from analysis.clean.relative_times import opens_with_age

PARAGRAPHS = [
    "The harbour board approved the new pier on Tuesday after a long debate about the "
    "cost of dredging the channel.",
    "Members said the work would begin in the spring and take two years, with the state "
    "paying a third of the bill.",
    "Fishermen have asked for berths to be kept free for the small boats during the work.",
    "The board's chair, Ines Roth, said the pier would also serve the summer ferry to the "
    "islands once it is finished.",
]


def _articles(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read = read_page(path)
    return list(extract_articles(read.text, path.name, PageFacts(html=read.html)).itertuples())


def test_a_loading_placeholder_is_no_card_outlet(tmp_path):
    # h416's review: a browser copy of a story whose newsletter box was still
    # "Loading..." when saved was split into seven articles, the placeholder read as a
    # card's outlet over the box's heading and the paragraphs under it
    first, second, third, fourth = PARAGRAPHS
    page = "\n".join(
        [
            "Bay Courier",
            "Home",
            "News",
            "Sport",
            "Harbour board approves new pier",
            "",
            "Ana Lund",
            "Tue 3 Nov 2026 at 6:10am",
            "",
            first,
            "",
            second,
            "",
            "Loading...",
            "Get our harbour newsletter, delivered free each Friday",
            "",
            third,
            "",
            fourth,
            "",
            "Comments (12)",
            "Join the conversation",
            "seagull_41",
            "2h ago",
            "About time they fixed the old pier, it has been falling apart for a decade now.",
            "Reply",
            "Tom from Northside",
            "1h ago",
            "Who pays for the dredging? It always ends up on the rates bill one way or another.",
            "Reply",
            "More from the newsroom",
            "Retired skipper opens a sailing school for children",
            "3 hours ago · When the old boatyard closed, Jo Marsh saw a chance. Five years on, "
            "her school teaches dozens of children to sail every summer and holds a regatta.",
            "What the new mooring fees mean for boat owners",
            "5 hours ago · Fees are going up in most harbours, but a new discount could soften "
            "the blow for small boats. Here is what to know before the deadline next month.",
            "Most read",
            "1",
            "Storm closes coast road",
            "2",
            "Ferry fares to rise in spring",
            "About us",
            "Contact",
            "© 2026 Bay Courier",
        ]
    )
    (article,) = _articles(tmp_path, "pier.txt", page + "\n")
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_loading_placeholders_of_several_languages():
    for line in ("Loading...", "Loading comments…", "Cargando...", "Загрузка…", "読み込み中…"):
        assert is_loading_placeholder(line)
    for line in ("Loading", "Loading the ferry took an hour and a half...", "Read more..."):
        assert not is_loading_placeholder(line)


def test_comments_and_a_support_pitch_named_by_the_markup_are_no_body(tmp_path):
    # h416's review: on a portal's page whose story box trafilatura does not know, its
    # main text ran on into the readers' comments and the newsroom's appeal for money
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    comment = "About time they fixed the old pier, it has been falling apart for a decade now."
    pitch = (
        "Local journalism needs your support. Our reporters cover the stories that matter "
        "to your community, from the harbour to the town hall."
    )
    page = (
        "<!DOCTYPE html><html><head><title>Harbour board approves new pier</title></head>"
        "<body><div class='top'><a href='/'>Bay Courier</a></div>"
        "<div class='wrapper'><div class='hdr'><h1>Harbour board approves new pier</h1>"
        "<span>By Ana Lund</span></div>"
        f"<div class='txt-blk'>{story}</div>"
        "<section id='comments'><h2>Join the conversation</h2><div class='comment'>"
        f"<b>seagull_41</b> <span>2h ago</span><p>{comment}</p><a href='#'>Reply</a></div>"
        "</section>"
        f"<div class='support-box'><p>{pitch}</p><a href='/subscribe'>Subscribe</a></div>"
        "</div><div class='foot'>© 2026 Bay Courier</div></body></html>"
    )
    (article,) = _articles(tmp_path, "pier.html", page)
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    assert comment not in article.body
    assert "Local journalism" not in article.body


def test_a_more_from_cards_age_and_teaser_are_no_body(tmp_path):
    # h416's review: a portal's "More from" cards, each an age, a mark and a teaser of
    # two sentences, were kept as the story's last paragraphs
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    teaser = (
        "3 hours ago · When the old boatyard closed, Jo Marsh saw a chance. Five years on, "
        "her school teaches dozens of children to sail every summer."
    )
    page = (
        "<!DOCTYPE html><html><head><title>Harbour board approves new pier</title></head>"
        "<body><div class='top'><a href='/'>Bay Courier</a></div>"
        "<div class='wrapper'><div class='hdr'><h1>Harbour board approves new pier</h1>"
        f"<span>By Ana Lund</span></div><div class='txt-blk'>{story}</div>"
        "<section class='more'><h2>More from the newsroom</h2>"
        "<div class='card'><a href='/news/sailing-school'><h3>Retired skipper opens a "
        f"sailing school</h3></a><p>{teaser}</p></div></section>"
        "</div><div class='foot'>© 2026 Bay Courier</div></body></html>"
    )
    (article,) = _articles(tmp_path, "pier.html", page)
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)
    assert "boatyard" not in article.body


def test_opens_with_age_reads_a_cards_age_not_a_sentence():
    assert opens_with_age("2 часа назад · Вход на каток бесплатный для детей.")
    assert opens_with_age("vor 2 Stunden · Mehr Poller, mehr Kameras.")
    assert not opens_with_age("Three hours ago, the council voted to close the pier.")
    assert not opens_with_age("1 hour ago — Police said the road had reopened.")


def test_about_us_notes_in_more_languages():
    # h416's review: a Russian site's "О нас: ..." note under its story was kept as body
    assert is_about_note("О нас: сетевое издание зарегистрировано в реестре СМИ.")
    assert is_about_note("Hakkımızda: Basın Ahlak Esaslarına uyan bağımsız bir yayın kuruluşuyuz.")
    assert is_about_note("O nas: regionalny dziennik ukazujący się od 1949 roku.")
    assert not is_about_note("О нас говорят соседи по району, и это приятно.")


def test_join_our_channel_calls_in_more_languages():
    # h416's review: a Spanish story's "Únete a nuestro canal de WhatsApp ..." box
    assert is_call_to_act("Únete a nuestro canal de WhatsApp y recibe las noticias del día.")
    assert is_call_to_act("Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel.")
    assert not is_call_to_act("Únete a la protesta, dijo el alcalde a los vecinos del barrio.")


def test_cjk_related_article_labels_are_promo_cues():
    # h416's review: "【関連記事】Headline" between a Japanese story's paragraphs was kept
    assert line_kind("【関連記事】北陸新幹線の延伸、沿線に期待と不安") == "cue"
    assert line_kind("相关阅读：前十个月汽车出口同比增长两成") == "cue"
    assert line_kind("関連記事によると、政府は来年度の予算を増やす方針だ。") != "cue"
