"""analysis.clean.job_ads: a page of job ads is no news (listings_h336, listings_h328)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.clean import job_ads
from analysis.clean.articles import extract_articles
from analysis.clean.job_ads import JOB_ADS, job_ads_reason

_ADS = [
    (
        "Head teacher — Riverside Primary School",
        "Education Department · Riverside",
        "Full-time · Grade 12",
        "Salary: £45,000 – £52,000",
        "Closing date: 18 December 2026",
    ),
    (
        "Nurse — Harbour Health Centre",
        "Health Department · Harbour",
        "Part-time",
        "Salary: £28,000",
        "Closing date: 22 December 2026",
    ),
    (
        "Driver — Roads Office",
        "Works and Transport · Eastvale",
        "Contract 12 months",
        "Salary: £24,000",
        "Closing date: 12 December 2026",
    ),
]


def _page(ads=_ADS) -> str:
    lines = ["Eastvale County Council", "", "Home  News  Jobs  Services  Contact", ""]
    lines += ["Jobs open now", ""]
    lines += [
        "The county is looking for good people for its departments. Read what each "
        "post asks for before you apply.",
        "",
    ]
    for ad in ads:
        lines += [f"  {field}" for field in ad] + ["  [Read more]  [Apply now]", ""]
    lines += ["  Page 1 of 2   [Next →]", "", "Eastvale County Council · © 2026"]
    return "\n".join(lines)


def test_a_page_of_vacancies_holds_no_article():
    assert job_ads_reason(_page()) == JOB_ADS
    assert extract_articles(_page(), name="jobs.txt").empty


def test_one_ad_or_a_story_about_jobs_is_no_page_of_ads():
    assert job_ads_reason(_page(_ADS[:1])) is None
    story = "\n\n".join(
        [
            "Fish plant hires forty people",
            "By Ana Lind · 4 December 2026",
            "The company is adding full-time and part-time staff at its new freezing plant, "
            "the manager said. The salary: a figure of £24,000 a year was named for drivers.",
            "Deadline: 18 December 2026 for the first round, she said, and the plant opens "
            "in January with forty people on full-time contracts and ten more part-time.",
        ]
    )
    assert job_ads_reason(story) is None


def test_a_box_of_vacancies_beside_more_stories_leaves_the_page_news():
    assert job_ads_reason(_page(), n_cards=len(_ADS) + 1) is None


_AD_PIECES = st.sampled_from(["Salary: 40", "Gehalt: 3", "\n", "\n\n", " ", "· ", "x", "9", ":"])


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.lists(_AD_PIECES, max_size=30).map("".join))
def test_the_labelled_lines_are_counted_in_one_pass(text):
    # h366 (#15): each label's line was counted from the text's start (labels x text)
    expected = {text.count("\n", 0, match.start()) for match in job_ads._LABEL.finditer(text)}
    assert job_ads._labelled_lines(text) == expected
