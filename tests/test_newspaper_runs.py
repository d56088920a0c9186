"""A newspaper's name written as one run of a script without spaces, its word first."""

from __future__ import annotations

from analysis.clean.newspaper_words import is_newspaper_run, names_a_newspaper
from analysis.clean.site_name import page_site_name


def test_a_run_starting_with_the_languages_word_for_a_newspaper_names_one():
    # Khmer "កាសែត" (newspaper) and the paper's name, written without a space
    assert is_newspaper_run("កាសែតភ្នំដងរែក")
    assert names_a_newspaper("កាសែតភ្នំដងរែក")
    # the word alone, a run without it, two words: no such run
    assert not is_newspaper_run("កាសែត")
    assert not is_newspaper_run("ព័ត៌មានជាតិ")
    assert not is_newspaper_run("កាសែត ភ្នំដងរែក")


def test_such_a_run_right_over_the_headline_names_the_site():
    # made-up Khmer page: masthead, headline, byline, date, prose
    lines = [
        "កាសែតភ្នំដងរែក",
        "",
        "សាលារៀនថ្មីនៅស្រុកអង្គរជ័យនឹងបើកនៅខែមករា",
        "",
        "ដោយ៖ ចាន់ សុភា",
        "ថ្ងៃពុធ ទី២ ខែធ្នូ ឆ្នាំ២០២៦",
        "",
        "សាលារៀនថ្មីមួយនៅស្រុកអង្គរជ័យ នឹងបើកទ្វារទទួលសិស្សនៅខែមករាឆ្នាំក្រោយ នេះបើតាមមន្ទីរអប់រំខេត្ត។",
        "",
        "សាលានេះមានថ្នាក់រៀនដប់ពីរ និងបណ្ណាល័យមួយ។",
    ]
    found = page_site_name(lines)
    assert found is not None and found.name == "កាសែតភ្នំដងរែក"
