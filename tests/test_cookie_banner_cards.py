"""A cookie banner's sentence printed right under a listing's last card is no prose the
card's meta line is bridged into (analysis.clean.card_lines: its early kind is blank),
so cards dated only by a relative time stay cards. Review h398's listings set (a
Brazilian portal's feed, Portuguese), made-up wording."""

from __future__ import annotations

from analysis.clean.articles import PageFacts, extract_articles
from analysis.clean.read import page_from_bytes

_CARDS = [
    (
        "Delta terá novo píer para barcos de turismo",
        "Obra no porto deve ficar pronta em abril e vai receber até 20 embarcações.",
        "Há 2 horas",
        "Litoral",
    ),
    (
        "Chuva de 80 mm alaga ruas do Centro",
        "Defesa Civil registrou pontos de alagamento em seis bairros; não houve feridos.",
        "Há 5 horas",
        "Cidade",
    ),
    (
        "Prefeitura abre inscrições para curso de guia",
        "São 40 vagas gratuitas; as aulas começam em janeiro no centro de convenções.",
        "Há 1 dia",
        "Região",
    ),
]
_BANNER = (
    "Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa "
    "Política de Privacidade e, ao continuar navegando, você concorda com estas condições."
)


def _page(banner: str) -> bytes:
    cards = "".join(
        f'<div class="feed-item"><div class="feed-post"><div class="feed-post-header">'
        f'<span class="chapeu">{section}</span></div><div class="feed-post-body">'
        f'<div class="feed-post-body-title"><h2><a href="https://portal.example/{k}">{title}'
        f'</a></h2></div><div class="feed-post-body-resumo"><p>{teaser}</p></div></div>'
        f'<div class="feed-post-metadata"><span class="datetime">{age}</span>'
        f'<span class="section"> {section} </span></div></div></div>'
        for k, (title, teaser, age, section) in enumerate(_CARDS)
    )
    return (
        '<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Região | Portal'
        f'</title></head><body><header><a href="/">Portal</a></header><main><h1>Região</h1>'
        f'<div class="feed">{cards}</div><div class="load-more"><a href="/mais">Veja mais</a>'
        f"</div></main>{banner}<footer><p>© 2026 Portal.</p></footer></body></html>"
    ).encode()


def _titles(data: bytes) -> list[str]:
    page = page_from_bytes(data, "feed.html", "raw/feed.html")
    articles = extract_articles(page.text, page.name, PageFacts(html=page.html))
    return list(articles["title"])


def test_a_cookie_banner_under_the_last_card_leaves_the_cards_a_listing():
    expected = [title for title, *_ in _CARDS]
    assert _titles(_page("")) == expected
    banner = (
        f'<div class="cookie-banner"><div class="text"><span>{_BANNER}</span></div>'
        '<div class="buttons"><button>PROSSEGUIR</button></div></div>'
    )
    assert _titles(_page(banner)) == expected
