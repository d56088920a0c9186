"""Listing pages whose every card's header reaches into other chrome: a chat channel's
messages over each shared link's preview (made-up pages; review h149, issue #10)."""

from __future__ import annotations

from analysis.clean.articles import extract_articles

# (made up) a team chat copied from the browser: each message's author and time, the
# message, the link, then the preview the chat drew: site name, headline, description.
CHAT = """#clippings
Links about the harbour works
Yesterday
Mira Okoye  4:02 PM
first one
https://valeherald.example/news/2026/03/02/quay-closes
Vale Herald
Quay to close for six weeks of repairs
The east quay shuts from Monday while engineers replace its piles. Boats moor at the north wall.
Written by
Ann Petrie
Est. reading time
3 minutes
Sam Lowe  4:30 PM
different angle from the trade paper
https://portsweekly.example/harbours/vale-piles
Ports Weekly
Vale harbour orders new piles from Norway
The harbour board chose a supplier in Bergen after four bids. Delivery is due in April.
3 replies Last reply 1 day ago
Today
Mira Okoye  9:12 AM
council reaction
https://valeherald.example/news/2026/03/03/councillors-quay
Vale Herald
Councillors ask why quay work starts in high season
Two councillors said the closure hurts the spring ferry trade. The harbour master disagreed.
Written by
Tom Birch
Est. reading time
2 minutes
:eyes: 2  :+1: 1
Jo Reyes  9:40 AM
and the radio
https://valeradio.example/local/quay-fishers
Vale Radio
Fishers fear lost week as quay shuts
Crews landing at the east quay say the north wall has no ice plant. The board may hire one.
Message #clippings
"""


def test_each_link_preview_of_a_chat_is_a_card():
    articles = extract_articles(CHAT, name="chat.txt")
    assert list(articles["title"]) == [
        "Quay to close for six weeks of repairs",
        "Vale harbour orders new piles from Norway",
        "Councillors ask why quay work starts in high season",
        "Fishers fear lost week as quay shuts",
    ]
    assert list(articles["outlet"]) == ["Vale Herald", "Ports Weekly", "Vale Herald", "Vale Radio"]
