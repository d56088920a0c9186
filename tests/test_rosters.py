"""analysis.clean.body.rosters: a side's team sheet under a subhead of its own."""

from analysis.clean.body import body_line_indices
from analysis.clean.body.rosters import is_roster_line

PAGE = [
    "Home",
    "Sport",
    "",
    "Fenwold travel to Skelmore for the cup tie",
    "",
    "Fenwold Athletic travel to Skelmore on Saturday for a cup tie that both managers "
    "have called the biggest game of their season, with a home draw in the next round "
    "waiting for the winners.",
    "",
    "Skelmore's manager, Aileen Roche, has a full squad to choose from for the first time "
    "since August, and said her players had trained well all week despite the rain.",
    "",
    "Fenwold are without their captain, who was sent off in the league last weekend and "
    "serves a one-match ban, so the young defender Ruairi Nolan is set to start.",
    "",
    "Probable teams",
    "",
    "Skelmore: Keane; Walsh, Byrne (c), Moran, Daly; Quinn, Ryan, Doyle; Lynch, Burke, Kelly.",
    "",
    "Fenwold: Farrell; Nolan, Casey, Healy, Power; Brady, Duffy; Kenny, Flynn, Carroll, Hayes.",
    "",
    "Kick-off is at three o'clock and the referee is Declan Mahon.",
    "",
    "Contact us",
    "Privacy",
]


def test_team_sheets_under_their_subhead_are_body():
    # review h273: a preview's line-ups under their own subhead ended the story there
    body = set(body_line_indices(PAGE))
    assert {11, 13, 15, 17} <= body  # the subhead, both sides, the closing sentence
    assert not {0, 1, 19, 20} & body


def test_lines_that_are_no_team_sheet():
    assert is_roster_line("Skelmore: Keane; Walsh, Byrne, Moran, Daly; Quinn, Ryan.")
    assert not is_roster_line("Skelmore: Keane, Walsh, Byrne, Moran, Daly, Quinn, Ryan.")
    assert not is_roster_line("Skelmore: Keane; Walsh, Byrne.")  # too few for a side
    assert not is_roster_line("Ingredients: 2 eggs; 100g flour, 1 lemon, salt, sugar, milk")


def test_names_written_with_combining_tone_marks_are_a_team_sheet():
    # review h339 (yo_markitdown_match): Yoruba names whose tones no precomposed letter
    # writes ("Ládipọ̀", "Ẹ̀kẹ́": a combining grave or acute after the dotted letter) were
    # no name words, so both sides' line-ups were lost with the subhead over them
    assert is_roster_line(
        "Shooting Stars: Adéwálé; Olúwọlé, Ibrahim, Fáṣọlá, Ekpe; Àjàyí, Bákàrè, Yusuf; "
        "Ọlámídé, Chukwu, Ládipọ̀."
    )
    assert is_roster_line(
        "Ìbàdàn City: Ẹ̀kẹ́; Okon, Danladi, Ògúndélé, Bello; Adamu, Ìdòwú; Musa, Abubakar."
    )
    # a sentence of such words stays no team sheet
    assert not is_roster_line("Àkíyèsí: a bá Ọlámídé sọ̀rọ̀; ó ní ẹgbẹ́ náà kún, ó sì lọ.")


def test_a_side_joined_by_and_or_followed_by_its_bench_is_a_team_sheet():
    # review h440 (pt_soupnl_futebol, en_insc_match_report): the language's "and" before
    # a side's last name and a "Subs not used:" list after its names made both sides'
    # line-ups no team sheet
    assert is_roster_line(
        "Vila Nova: Diego; Rafael, Bruno Costa, Léo Alves e Jonas; Tiago Moura, Felipe e "
        "Caio Lemos; Renan (Lira), Gustavo e Wesley."
    )
    assert is_roster_line(
        "Marrick: Lark; Penn, Holt (Aske 78), Rudd, Voss; Venn, Tate; Shaw, Kerr, Dale. "
        "Subs not used: Amis, Rowe, Finch."
    )
    # a sentence with "and" stays no team sheet; nor does a second label's list alone
    assert not is_roster_line("Note: Ann and Bo came; she said the club was full and left.")
    assert not is_roster_line("Marrick: Lark; Penn. Subs not used: Amis, Rowe, Finch, Holt.")


ONE_WORD_LABEL = [
    *PAGE[:11],
    "Line-ups",
    "",
    "Skelmore: Keane; Walsh, Byrne (c), Moran, Daly; Quinn, Ryan, Doyle; Lynch, Burke, Kelly.",
    "",
    "Fenwold: Farrell; Nolan, Casey, Healy, Power; Brady, Duffy; Kenny, Flynn, Carroll, Hayes.",
    "",
    "Contact us",
    "Privacy",
]


def test_team_sheets_under_a_one_word_label_are_body():
    # review h440 (en_insc_match_report, pt_soupnl_futebol): "Line-ups", "Escalações", a
    # subhead of one word, is no section heading, so the line-ups under it were lost
    body = set(body_line_indices(ONE_WORD_LABEL))
    assert {11, 13, 15} <= body
    assert not {0, 1, 17, 18} & body
