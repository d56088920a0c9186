"""Tests for analysis.clean.articles.page_site: an HTML page naming its site in Latin
letters in its markup and in its own script on the page shows the script's name in its
pages row, so the run's text dumps printing that name alone join its outlet."""

from __future__ import annotations

import pandas as pd

from analysis.clean.pipeline import run_clean
from analysis.stats.metrics import run_metrics

NAME, LATIN = "သံလွင်တိုင်း", "Thanlwin Times"
MENU = "သတင်း  နိုင်ငံရေး  စီးပွားရေး  အားကစား  ဆောင်းပါး"
STORY = [
    "မော်လမြိုင်မြို့နယ်နေ ပြည်သူများသည် လာမည့်လမှစ၍ ရေပေးဝေမှု အပြောင်းအလဲများကို "
    "တွေ့ရမည်ဖြစ်ကြောင်း မြို့နယ်အုပ်ချုပ်ရေးမှ အင်္ဂါနေ့တွင် အတည်ပြုခဲ့သည်။",
    "လုပ်ငန်းသည် ကျပ် သိန်း {n}00 ခန့် ကုန်ကျမည်ဖြစ်ပြီး နွေဦးအထိ ကြာမြင့်မည်ဟု ဆိုသည်။",
    "ရေပေးဝေမှုဆိုင်ရာ ပြည်သူ့အစည်းအဝေးကို လာမည့်ကြာသပတေးနေ့တွင် ရပ်ကွက်ရုံး၌ ကျင်းပမည်။",
]
FOOTER = f"© ၂၀၂၆ {NAME}"
ITEMS = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(MENU.split()))


def _html(n: int) -> str:
    paras = "".join(f"<p>{p.format(n=n)}</p>" for p in STORY)
    url = f"https://www.thanlwintimes.com/news/{60210 + n}"
    return (
        f'<!DOCTYPE html><html lang="my"><head><meta charset="utf-8"><title>ခေါင်းစဉ် {n} - '
        f'{LATIN}</title><link rel="canonical" href="{url}"><meta property="og:site_name" '
        f'content="{LATIN}"></head><body><header><a class="logo" href="/">{NAME}</a><nav>'
        f"<ul>{ITEMS}</ul></nav></header><main><article><h1>ရေပေးဝေမှု အချိန်ဇယား ပြောင်းလဲ {n}</h1>"
        f"{paras}</article></main><footer><p>{FOOTER}</p></footer></body></html>"
    )


def _text(n: int) -> str:
    body = "\n\n".join(p.format(n=n + 5) for p in STORY)
    return f"{NAME}\n{MENU}\n\nတံတား ပြုပြင်ရေး စတင် {n}\n\nကျော်ဇင် ရေးသားသည်\n\n{body}\n\n{FOOTER}\n"


def test_a_sites_script_name_ties_its_text_dumps_to_its_html_pages(tmp_path):
    # review h314: a Burmese site's HTML pages (og:site_name in Latin letters, its logo
    # and notice in Burmese) were one outlet, "Thanlwin Times" at thanlwintimes.com, and
    # its text dumps printing the Burmese name alone another
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in (1, 2):
        (pages / f"h{n}.html").write_text(_html(n), "utf-8")
        (pages / f"t{n}.txt").write_text(_text(n), "utf-8")
    out = tmp_path / "out"
    assert run_clean(pages, out) == 0 and run_metrics(out, tmp_path / "reports") == 0
    metrics = pd.read_parquet(out / "article_metrics.parquet")
    assert metrics["outlet"].nunique() == 1, metrics[["page", "outlet"]]
    rows = pd.read_parquet(out / "pages.parquet").set_index("page")
    assert rows.loc["h1.html", "site"] == NAME  # the page's own printing, in its row
    assert rows.loc["h1.html", "site_key"] == "thanlwintimes.com"
    articles = pd.read_parquet(out / "articles.parquet").set_index("page")
    assert articles.loc["h1.html", "outlet"] == LATIN  # the article keeps the markup's


def test_a_latin_name_printed_on_the_page_keeps_the_row_as_it_was(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    html = _html(1).replace(f">{NAME}</a>", f">{LATIN}</a>").replace(FOOTER, f"© 2026 {LATIN}")
    (pages / "h1.html").write_text(html, "utf-8")
    out = tmp_path / "out"
    assert run_clean(pages, out) == 0
    assert pd.read_parquet(out / "pages.parquet")["site"].tolist() == [LATIN]
