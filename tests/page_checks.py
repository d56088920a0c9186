"""Shared test helpers: the seed page names and the every-character-accounted-for check."""

from __future__ import annotations

import pandas as pd

SEED_ARTICLE = "000_771d0ddafd7143ae.txt"
SEED_LISTING = "004_4f3258127e8a0275.txt"
LABELS = ("body", "title", "metadata", "boilerplate")
#: A short article page as a text dump: a headline and two body paragraphs.
BUDGET_ARTICLE = (
    "Council Approves New Budget\n\n"
    "The city council approved the new budget on Tuesday after a long debate about "
    "spending on roads, schools and parks across the city.\n\n"
    "Members said the plan would raise spending on schools by a tenth next year while "
    "keeping taxes flat for most families in the region.\n"
)


def assert_accounts_for_every_character(blocks: pd.DataFrame, text: str) -> None:
    """Blocks tile the page: contiguous from 0 to len(text), texts equal their slices,
    and the characters of the four labels add up to the page."""
    assert list(blocks["block_id"]) == list(range(len(blocks)))
    if not text:
        assert blocks.empty
        return
    assert blocks["start"].iloc[0] == 0
    assert blocks["end"].iloc[-1] == len(text)
    assert (blocks["start"].to_numpy()[1:] == blocks["end"].to_numpy()[:-1]).all()
    assert all(
        text[s:e] == t
        for s, e, t in zip(blocks["start"], blocks["end"], blocks["text"], strict=True)
    )
    assert set(blocks["label"]) <= set(LABELS)
    per_label = (blocks["end"] - blocks["start"]).groupby(blocks["label"]).sum()
    assert sum(int(per_label.get(label, 0)) for label in LABELS) == len(text)


def record_first_arguments(monkeypatch, owner: object, name: str) -> list:
    """Wrap ``owner.name`` so that each call appends its first argument to the returned
    list (work-counting tests: which values a function was called on, and how often)."""
    original = getattr(owner, name)
    seen: list = []

    def recorded(first, *args, **kwargs):
        seen.append(first)
        return original(first, *args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return seen


class CountingPattern:
    """A compiled pattern whose searches (``search``, ``match``, ``finditer`` ...) append
    the searched text to ``calls`` (work-counting tests: which texts a pattern ran on)."""

    def __init__(self, pattern, calls: list) -> None:
        self.pattern, self.calls = pattern, calls

    def __getattr__(self, method: str):
        searched = getattr(self.pattern, method)

        def counted(text, *args, **kwargs):
            self.calls.append(text)
            return searched(text, *args, **kwargs)

        return counted
