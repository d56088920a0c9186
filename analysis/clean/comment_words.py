"""The words of a comment section's count in many languages, and a count's whole line.

:mod:`analysis.clean.card_lines` reads a comment section's heading with them
(``COMMENTS_HEADING``); :mod:`analysis.clean.headline` leaves a comment count alone on its
line out of the title candidates (:data:`COMMENT_COUNT_LINE`).
"""

from __future__ import annotations

import re

#: A comment section's word in the languages a count before it is read in ("57
#: Comments", "34 responses", "12 Kommentare").
COMMENT_WORDS = (
    r"comments?|responses?|replies|kommentare|comentarios|comentários|commentaires|commenti"
    r"|reacties|kommentarer|komentarze|yorumlar|комментарии|коментарі"
)
#: The comment words of more languages in the inflections a count takes ("214
#: комментариев", "97 komentarzy", "12 yorum") and of the scripts that write the count
#: beside the word without a space ("212条评论", "コメント381件", "댓글 57", "৫টি মন্তব্য").
COUNTED_COMMENT_WORDS = (
    rf"{COMMENT_WORDS}|комментари(?:ев|я|й)|коментар(?:ів|і|я)|komentarzy|komentar[ey]?"
    r"|yorum|bình\s+luận|تعليقات?|टिप्पणियां|टिप्पणियाँ|टिप्पणी|মন্তব্য|دیدگاه"
    r"|评论|評論|留言|コメント|댓글|ความคิดเห็น"
)
#: A comment count alone on its line, its word before or after the count ("243 comments",
#: "Comments (14)", "208条评论", "コメント454件", "댓글 12", "97 komentarzy"): a link to
#: the comment section that an article page prints in its byline block (no headline).
COMMENT_COUNT_LINE = re.compile(
    rf"\W*(?:\d[\d,.]*\s*(?:条|則|件|টি)?\s*(?:{COUNTED_COMMENT_WORDS})"
    rf"|(?:{COUNTED_COMMENT_WORDS})\s*[(\[]?\s*\d[\d,.]*\s*(?:件|条)?\s*[)\]]?)\W*",
    re.IGNORECASE,
)
