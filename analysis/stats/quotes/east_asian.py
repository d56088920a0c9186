"""Attribution of quotes in Chinese, Japanese and Korean, whose quotation is marked by
a particle or a verb written without a space next to the marks.

- Japanese: the quotative particle right after the closing mark (「…」と述べた, 「…」との声,
  「…」って); the speaker is the sentence's topic before the opening mark ("山田市長は
  記者会見で「…」" gives "山田市長"), or its subject with が when no topic is printed,
  or a topic between the particle and the verb (「…」と森田市長は述べた), or the phrase
  closing a cleft after it (「…」と話すのは、会社員の小川美咲さん（29）。), or else
  the source before によると / によれば ("according to": 町によると、「…」という gives 町).
- Korean: a quotative ending right after the closing mark ("…"라고 말했다, "…"고 밝혔다,
  "…"며, "…"라는 글을 올렸다); the speaker is the last topic word (은 / 는) before the
  opening mark, with the one or two words before it that are no other particle's
  ("주민 박지영 씨는" gives "주민 박지영 씨"); with no topic, the word before "에 따르면"
  ("according to": "경찰에 따르면" gives "경찰").
- Chinese: a verb of saying at the end of the clause before the opening mark (王市长
  表示：“…”) or of the clause after the closing mark (“…”他说。), the clause before
  first when a colon ends it; the speaker is the rest of that clause, without an
  adjunct of place, addressee, time or manner (在 / 对 / 向 / 还 / 昨日 / 如此 ...) and
  without a modifier ending in 的 ("家住老城区的市民李建国说" gives "市民李建国") and
  without "according to" opening it (据X介绍, 根据X称 give X).

- Chinese, a quote with no verb beside it inside the clause that a verb of saying and a
  comma opened earlier in the sentence ("他强调，中方“…”"): that verb's speaker.

- A headline (the body's first line, no sentence end closing it) prints its quote after
  the speaker's noun with no verb, the quote closing the line: "常連客「寂しくなる」",
  "店主：「…」", '상인들 "아직도 임시 점포"'; the speaker is the words between the last
  separator before the opening mark (the line's start, a full-width space, "…", a
  comma, a section's name's bar or bracket: "专访｜", "【インタビュー】") and the mark, a
  colon apart: at most :data:`_HEADLINE_CHARS` characters, and in Korean at most
  :data:`_HEADLINE_WORDS` words (cue "headline"); a second part after an ideographic
  space may follow the quote ("首相「…」\u3000記者会見で明言").

Reads one line, its spans masked; sets each span's attribution (cue, speaker offsets).
Rules: "Attribution in other languages" in docs/quotes.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.stats.quotes.attribution import _Attribution, _mask_spans
from analysis.stats.quotes.languages_more import EAST_ASIAN_LANGUAGES
from analysis.stats.quotes.marks import _Line, _Span, _span_stop
from analysis.stats.quotes.role_nouns import JA_HONORIFICS

# Japanese: the quotative particle after the closing mark; "とは" defines a term
# (「脱獄」とは: "what is called"), no quotation.
_JA_QUOTATIVE = re.compile(r"\s*(との|と(?!は)|って)")
# A Japanese topic (は) or subject (が) particle.
_JA_TOPIC, _JA_SUBJECT = "は", "が"
# A topic right after the quotative particle, before the verb: "、" and up to 20
# characters of no punctuation or mark, then は.
_JA_TOPIC_AFTER = re.compile(r"、?[^、。「」『』\x00]{1,20}?は")
# What a Japanese speaker's phrase is made of: kanji, katakana, the iteration mark,
# Latin letters and digits (full- or half-width); "の" joins two of them.
_JA_NAME_CHAR = re.compile(r"[\u3005\u4e00-\u9fff\u30a0-\u30ff\uff10-\uff5aA-Za-z0-9]")
# A cleft after the quotative particle: a verb, then のは ("と話すのは、X。", "と語るのは
# X だ。"): the speaker closes the sentence, before a copula.
_JA_CLEFT = re.compile(r"[^、。「」『』\x00]{1,8}?のは、?")
_JA_COPULAS = ("です", "だ")
# "According to" after its source: 町によると, 県警によれば.
_JA_ACCORDING = re.compile(r"によると|によれば")
# A bracketed age or note after a name: 佐藤さん（34）.
_JA_AGE = re.compile(r"[（(][^）)]{1,12}[）)]$")

# Korean: quotative endings joined to the closing mark; "…"라는 글 (a post, a piece of
# writing saying "…": "SNS에 "…"라는 글을 올렸다"), not "…"라는 alone, which also names
# a title ('골목의 봄'이라는 드라마).
_KO_QUOTATIVE = re.compile(
    r"(이라는 글|라는 글|이라고|라고|이라며|라며|라면서|면서|이라거나|라거나|고|며)"
)
_KO_TOPIC = re.compile(r"[은는]$")
# A word of two syllables or more ending in a particle other than the topic's: it ends
# a speaker's phrase ("서울에 사는 김모 씨는": "사는" is a verb's form, "서울에" a
# place; "이 작가는": a one-syllable "이" is a word of its own).
_KO_OTHER_PARTICLE = re.compile(r"[에서를을의로와과는은가이도]$|[,.]$")
_KO_MAX_WORDS = 3
# A word's letter or digit (a "=" or "·" standing alone is none).
_KO_WORD = re.compile(r"[^\W_]")
# "According to" after its source word: "경찰에 따르면", "관계자에 의하면".
_KO_ACCORDING = re.compile(r"에 (?:따르면|의하면)")

# Chinese verbs of saying, longest first (a clause ends with one), in simplified and
# traditional characters (Taiwan, Hong Kong: 告訴記者, 強調, 寫道, 說).
_ZH_VERBS = (
    "告诉记者", "告訴記者", "回忆说", "回憶說", "回忆道", "回憶道",
    "表示", "指出", "强调", "強調", "介绍", "介紹", "透露", "坦言",
    "回应", "回應", "回答", "认为", "認為", "写道", "寫道", "说道", "說道", "解释", "解釋",
    "补充", "補充", "提到", "告诉", "告訴", "问道", "問道", "谈到", "談到", "說", "说", "称",
    "稱", "问", "問",
)  # fmt: skip
# What may follow the verb before the opening mark.
_ZH_LEAD = re.compile(r"[：:，,]?\s*$")
# Where a Chinese clause starts: after sentence or clause punctuation or a mark.
_ZH_CLAUSE_BREAK = re.compile(r"[。！？；，、：:,\"“”「」『』\x00]")
# An adjunct between the speaker and the verb: 在 (at), 对 / 向 (to), 也 / 还 / 亦 (also),
# 则 (in turn), 如此 (so), a time word (昨日, 今天, 日前 ...), simplified and traditional.
_ZH_ADJUNCT = re.compile(
    r"[在对對向也还還亦则則]|如此|昨日|昨天|今日|今天|前天|日前|近日|当天|當天|当日|當日|随后|隨後"
)
# "According to" opening a clause whose verb names the source (据X介绍, 据X称, 根據X表示).
_ZH_ACCORDING = re.compile(r"\s*(?:根据|根據|据|據)")
# Personal pronouns of one character, a speaker of their own (他还说: 他).
_ZH_PRONOUNS = frozenset("他她它我你")
_ZH_AFTER_END = re.compile(r"[。！？；，\n]|$")
# The longest clause after a closing mark read for its speaker and verb (“…”家住老城区的
# 市民李建国说: a name, a modifier and the verb).
_ZH_AFTER_CLAUSE = 20

_SENTENCE_END = re.compile(r"[.!?。！？]\s*")
#: Characters read before an opening mark or after a closing one for a speaker and its
#: verb: a cost bound (a glued line of thousands of quotes is not read again for each).
_WINDOW = 200


def _ja_phrase(text: str, end: int) -> tuple[int, int] | None:
    """The Japanese speaker phrase ending at ``end`` (a particle's offset): names,
    their honorific, a bracketed age dropped, joined by "の"."""
    stop = end
    age = _JA_AGE.search(text, max(0, stop - 14), stop)
    if age is not None:
        stop = age.start()
    at = stop
    for honorific in JA_HONORIFICS:
        if text.endswith(honorific, 0, at):
            at -= len(honorific)
            break
    while at > 0:
        char = text[at - 1]
        if _JA_NAME_CHAR.match(char) or (
            char == "の" and at > 1 and _JA_NAME_CHAR.match(text[at - 2]) and at < stop
        ):
            at -= 1
            continue
        break
    if text[at : at + 1] == "の":
        at += 1
    return (at, stop) if at < stop and _JA_NAME_CHAR.match(text[at]) else None


def _japanese(masked: str, lo: int, opening: int, stop: int) -> _Attribution | None:
    particle = _JA_QUOTATIVE.match(masked, stop)
    if particle is None:
        return None
    clause = masked[lo:opening]
    for mark in (_JA_TOPIC, _JA_SUBJECT):
        index = clause.find(mark) if mark == _JA_TOPIC else clause.rfind(mark)
        while index > 0:
            found = _ja_phrase(masked, lo + index)
            if found is not None:
                return _Attribution(particle[1], *found)
            index = clause.find(mark, index + 1) if mark == _JA_TOPIC else -1
    # the topic after the particle: 「…」と森田市長は述べた, 「…」と、森田市長は話す
    # (the topic must open right after it: "「…」という声は", "「…」との声は" name none)
    after = _JA_TOPIC_AFTER.match(masked, particle.end())
    if after is not None and particle[1] != "との":
        found = _ja_phrase(masked, after.end() - 1)
        opens = particle.end() + (masked.startswith("、", particle.end()))
        if found is not None and found[0] == opens:
            return _Attribution(particle[1], *found)
    # the speaker after a cleft: 「…」と話すのは、会社員の小川美咲さん（29）。
    cleft = _JA_CLEFT.match(masked, particle.end())
    if cleft is not None:
        end = masked.find("。", cleft.end())
        end = len(masked) if end < 0 else end
        for copula in _JA_COPULAS:
            if masked.endswith(copula, cleft.end(), end):
                end -= len(copula)
                break
        found = _ja_phrase(masked, end)
        if found is not None and found[0] >= cleft.end():
            return _Attribution(particle[1], *found)
    # no topic: the source "according to" names (町によると、「…」という)
    according = _JA_ACCORDING.search(clause)
    if according is not None:
        found = _ja_phrase(masked, lo + according.start())
        if found is not None:
            return _Attribution(particle[1], *found)
    return _Attribution(particle[1], None, None)


def _korean(masked: str, lo: int, opening: int, stop: int) -> _Attribution | None:
    ending = _KO_QUOTATIVE.match(masked, stop)
    if ending is None:
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", masked[lo:opening])]
    for index in range(len(words) - 1, -1, -1):
        a, b = words[index]
        if _KO_TOPIC.search(masked, lo + a, lo + b) and b - a > 1:
            first = index
            while first > 0 and index - first < _KO_MAX_WORDS - 1:
                pa, pb = words[first - 1]
                if pb - pa > 1 and _KO_OTHER_PARTICLE.search(masked, lo + pa, lo + pb):
                    break
                if not _KO_WORD.search(masked, lo + pa, lo + pb):
                    break  # a sign, no word: a dateline's "기자 =" before the subject
                first -= 1
            return _Attribution(ending[1], lo + words[first][0], lo + b - 1)
    # no topic: the source "according to" names ("경찰에 따르면 "…"고 한다")
    according = _KO_ACCORDING.search(masked, lo, opening)
    if according is not None and according.start() > lo:
        first = according.start()
        while first > lo and not masked[first - 1].isspace():
            first -= 1
        if according.start() - first > 0:
            return _Attribution(ending[1], first, according.start())
    return _Attribution(ending[1], None, None)


def _zh_speaker(masked: str, lo: int, verb: int) -> tuple[int, int] | None:
    """The Chinese speaker of a clause ``masked[lo:verb]`` before its verb."""
    start = lo
    for m in _ZH_CLAUSE_BREAK.finditer(masked, lo, verb):
        start = m.end()
    end = verb
    according = _ZH_ACCORDING.match(masked, start, end)
    if according is not None:  # 据市交通局局长欧阳明介绍: the source after "according to"
        start = according.end()
    modifier = masked.rfind("的", start, end)
    if modifier >= 0:  # a modifier clause before the name: 住在桥边的居民马丽
        start = modifier + 1
    shortest = 1 if masked[start : start + 1] in _ZH_PRONOUNS else 2
    adjunct = _ZH_ADJUNCT.search(masked, start + shortest, end)
    if adjunct is not None:  # 王丽华在会上表示: a name is two characters or more, 她还说
        end = adjunct.start()
    while start < end and masked[start].isspace():
        start += 1
    return (start, end) if start < end else None


def _zh_verb_ending(masked: str, lo: int, end: int) -> int | None:
    """The offset of the verb of saying that ends ``masked[lo:end]``, or None."""
    for verb in _ZH_VERBS:
        if masked.endswith(verb, lo, end):
            return end - len(verb)
    return None


def _chinese(masked: str, lo: int, opening: int, stop: int) -> _Attribution | None:
    lead = _ZH_LEAD.search(masked, lo, opening)
    end = lead.start() if lead is not None else opening
    before = _zh_verb_ending(masked, lo, end)
    if before is not None and lead is not None and ("：" in lead[0] or ":" in lead[0]):
        # a verb and a colon before the quote introduce it, whatever follows it
        # (居民李秀英对记者说：“…”她还说，“…”: the next clause is the next quote's)
        found = _zh_speaker(masked, lo, before)
        return _Attribution(masked[before:end], *(found or (None, None)))
    after = _ZH_AFTER_END.search(masked, stop, stop + _ZH_AFTER_CLAUSE + 1)
    after_end = after.start() if after is not None else stop + _ZH_AFTER_CLAUSE + 1
    verb = _zh_verb_ending(masked, stop, after_end)
    if verb is not None:
        found = _zh_speaker(masked, stop, verb)
        return _Attribution(masked[verb:after_end], *(found or (None, None)))
    if before is None:
        return _zh_reported_clause(masked, lo, opening)
    found = _zh_speaker(masked, lo, before)
    return _Attribution(masked[before:end], *(found or (None, None)))


#: Verbs of naming right before a quoted name (叫, 称为, 名为, 题为, 叫做, 号称).
_ZH_NAMING = ("叫", "称为", "稱為", "名为", "名為", "题为", "題為", "叫做", "号称", "號稱")
#: A comma that may close a verb of saying before the clause it reports (他强调，…).
_ZH_COMMAS = re.compile(r"[，,]")


def _zh_reported_clause(masked: str, lo: int, opening: int) -> _Attribution | None:
    """The attribution of a quote inside the clause a verb of saying and a comma open
    earlier in its sentence ("他强调，中方“…”", "林峰还表示，…的本质是“互利共赢”，希望欧方
    “…”": the words the clause reports are the speaker's): the nearest comma before the
    opening mark that closes a verb of saying; None when there is none, or when a verb
    of naming stands right before the mark (“这座桥叫“彩虹桥”": a name, no one's words)."""
    if masked.endswith(_ZH_NAMING, lo, opening):
        return None
    for comma in reversed(list(_ZH_COMMAS.finditer(masked, lo, opening))):
        verb = _zh_verb_ending(masked, lo, comma.start())
        if verb is not None:
            found = _zh_speaker(masked, lo, verb)
            return _Attribution(masked[verb : comma.start()], *(found or (None, None)))
    return None


#: The cue recorded for a headline's quote after its speaker's noun.
HEADLINE_CUE = "headline"
#: The longest headline speaker, in characters: a name with its role ("山田健一市長",
#: "市住建局副局長劉志華") is shorter; a longer stretch is a clause, not a label.
_HEADLINE_CHARS = 12
#: The longest Korean headline speaker, in words ("윤 대통령", "주민 박지영 씨").
_HEADLINE_WORDS = 3
#: What ends the stretch before a headline's speaker: a full-width or ideographic
#: space, an ellipsis, a comma, a middle dot, or a section's name's bar or bracket
#: ("专访｜", "【インタビュー】").
_HEADLINE_SEPARATORS = "\u3000…,，、·｜|】"


def _headline(masked: str, opening: int, stop: int, language: str) -> _Attribution | None:
    """The speaker a headline prints right before a quote that closes it (module
    docstring), or None."""
    after = masked[stop:]
    if after.strip() and not after.startswith("\u3000"):
        return None  # words after the quote: a sentence of its own, read as one
    # (a Japanese headline's second part after an ideographic space is no sentence:
    # "首相「…」\u3000記者会見で明言")
    end = opening
    while end > 0 and masked[end - 1] in " ：:":
        end -= 1
    start = end
    while (
        start > 0 and masked[start - 1] not in _HEADLINE_SEPARATORS and masked[start - 1] != "\x00"
    ):
        start -= 1
    while start < end and masked[start].isspace():
        start += 1
    phrase = masked[start:end]
    if not phrase or len(phrase) > _HEADLINE_CHARS or "\x00" in phrase:
        return None
    words = phrase.split()
    if language == "ko" and len(words) > _HEADLINE_WORDS:
        return None
    if language != "ko" and len(words) > 1:
        return None  # Chinese and Japanese headlines print no space inside a name
    if not all(_JA_NAME_CHAR.match(c) or c.isalpha() or c.isspace() for c in phrase):
        return None
    return _Attribution(HEADLINE_CUE, start, end)


_READERS = {"ja": _japanese, "ko": _korean, "zh": _chinese}
assert set(_READERS) == EAST_ASIAN_LANGUAGES


def attribute_east_asian_line(body: str, line: _Line, spans: list[_Span], language: str) -> None:
    """Set the ``attribution`` of each span of ``line`` by the particles and verbs of
    ``language`` (module docstring).

    Parameters
    ----------
    body : str
        The article body, whose line ``line`` holds ``spans`` (in order).
    line : _Line
        The line.
    spans : list of _Span
        The line's spans.
    language : str
        ``"ja"``, ``"ko"`` or ``"zh"``.
    """
    text = body[line.start : line.end]
    masked = _mask_spans(
        text, [(s.open_mark.pos - line.start, _span_stop(s) - line.start) for s in spans]
    )
    reader = _READERS[language]
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(masked))]
    headline = not body[: line.start].strip() and not _SENTENCE_END.search(masked.rstrip()[-1:])
    for s in spans:
        opening, stop = s.open_mark.pos - line.start, _span_stop(s) - line.start
        lo = max(starts[bisect_right(starts, opening) - 1], opening - _WINDOW)
        found = reader(masked, lo, opening, stop)
        if found is None and headline:
            found = _headline(masked, opening, stop, language)
        if found is not None and found.speaker_start is not None:
            found = _Attribution(
                found.cue, found.speaker_start + line.start, found.speaker_end + line.start
            )
        s.attribution = found
