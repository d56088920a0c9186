"""The word lists and word tests the attribution and speaker rules read.

Reporting verbs, auxiliaries, adverbs, determiners, pronouns and the other closed word
classes, each defined once here; English (other languages: :mod:`.languages`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.stopwords import FUNCTION_WORDS_BY_LANGUAGE


def _word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (keeps long word lists readable)."""
    return frozenset(text.split())


REPORTING_VERBS: frozenset[str] = _word_set(
    """say says said saying tell tells told telling add adds added adding
    stated stating stress stresses stressed stressing
    insist insists insisted insisting claim claims claimed claiming
    write writes wrote written writing ask asks asked asking warn warns warned warning
    noted noting explain explains explained explaining
    call calls called calling declare declares declared declaring
    announce announces announced announcing argue argues argued arguing
    assert asserts asserted asserting acknowledge acknowledges acknowledged acknowledging
    admit admits admitted admitting recall recalls recalled recalling
    respond responds responded responding reply replies replied replying
    answered tweet tweets tweeted tweeting
    posted commented
    describe describes described describing suggest suggests suggested suggesting
    predict predicts predicted predicting promise promises promised promising
    vow vows vowed vowing pledge pledges pledged pledging urge urges urged urging
    demand demands demanded demanding accuse accuses accused accusing
    allege alleges alleged alleging contend contends contended contending
    counter counters countered countering concede concedes conceded conceding
    confirm confirms confirmed confirming deny denies denied denying
    complain complains complained complaining conclude concludes concluded concluding
    continue continues continued continuing remark remarks remarked remarking
    observe observes observed observing emphasize emphasizes emphasized emphasizing
    emphasise emphasises emphasised emphasising maintain maintains maintained
    quip quips quipped joke jokes joked joking boast boasts boasted boasting
    lament laments lamented lamenting testify testifies testified testifying
    shout shouts shouted shouting yell yells yelled yelling exclaim exclaims exclaimed
    wonder wonders wondered wondering labeled labelled labeling labelling
    dub dubs dubbed dubbing branded termed
    slam slams slammed slamming blast blasts blasted blasting
    criticize criticizes criticized criticizing criticise criticises criticised
    condemn condemns condemned condemning denounce denounces denounced denouncing
    reject rejects rejected rejecting dismiss dismisses dismissed dismissing
    praise praises praised praising hail hails hailed hailing mock mocks mocked mocking
    decry decries decried decrying reported
    think thinks thought believe believes believed consider considers considered
    cite cites cited citing quoted quoting notes surmise surmises surmised
    recount recounts recounted opine opines opined muse muses mused scoff scoffs scoffed
    retort retorts retorted fume fumes fumed gush gushes gushed interject interjected
    chime chimed reiterate reiterates reiterated repeat repeats repeated
    finds found reads read sigh sighs sighed"""
)


#: Plural nouns for a group of people that open a sentence capitalised ("Critics called
#: them ...", "Residents said ..."): a speaker phrase that is one of them alone names
#: nobody, as "its chair" does (lower case; English).
GROUP_NOUNS = _word_set(
    """critics officials residents analysts experts opponents supporters protesters
    protestors scientists researchers doctors parents teachers witnesses investigators
    authorities lawmakers legislators economists observers organisers organizers
    activists campaigners locals neighbours neighbors police voters students workers
    farmers lawyers prosecutors sources officers traders merchants shopkeepers retailers
    commuters passengers drivers employees nurses"""
)


# Inverted order ("said the official") only for verbs of saying proper.
_INVERTIBLE = _word_set(
    """say says said add adds added write writes wrote ask asks asked continue continues
    continued explain explains explained note notes noted recall recalls recalled
    reply replies replied respond responds responded warn warns warned insist insists
    insisted tweet tweets tweeted declare declares declared argue argues argued
    quip quips quipped joke jokes joked"""
)


_SKIP_BEFORE_CUE = _word_set(
    """has have had was is were are will would also later then once previously
    repeatedly reportedly recently again further publicly privately has also
    just already often never never quickly simply famously first last earlier outright"""
)


_STOP_WORDS = _word_set(
    """and but or nor that which who whom whose when while where because since although
    though if so than as then is was are were be been being not to in on at with from
    after before during about into over under against between through without via
    upon toward towards it's there here what how why this these those"""
)


# Auxiliaries and modals: never part of a speaker; skipped between a subject and its cue
# ("the council has insisted", "Lee could only quip").
_AUXILIARIES = _word_set(
    """will would could can cannot may might must shall should do does did has have had
    am is are was were be been being"""
)


# Lower-case words ending in "-ly" that are nouns or adjectives, not adverbs.
_LY_NOUNS = _word_set(
    """ally family assembly supply rally anomaly monopoly belly bully italy july daily
    weekly monthly quarterly elderly early friendly lonely lovely costly ugly silly holy
    orderly timely deadly"""
)


_ADVERBS = _word_set(
    """even now only still also just already soon too always instead otherwise ever
    perhaps maybe almost indeed today yesterday tonight"""
)


_AUX_OR_ADVERBS = _AUXILIARIES | _ADVERBS


# Lower-case words that cannot open or close a speaker phrase.
_PHRASE_EDGE_BLOCKERS = _word_set(
    """of for by from behind despite like with without against about as than no such"""
)


# A contraction with a verb ("he'd", "wouldn't", "she's"): a clause, not a speaker.
_CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:d|ll|re|ve|m))$|^(?:he|she|it|that)['’]s$")


# A time adjunct between a subject and its cue: "last week", "this month".
_TIME_NOUNS = _word_set(
    """week month year night weekend morning afternoon evening monday tuesday wednesday
    thursday friday saturday sunday"""
)


_TIME_MODIFIERS = _word_set("last this next earlier later")


_DASHES = frozenset({"-", "--", "–", "—", "―", "---"})


# Characters trimmed from both ends of a speaker phrase.
_SPEAKER_TRIM = "-–—―,;:(\"'“”‘’«»"


_LEADING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "still", "meanwhile", "however"})


_ADJUNCT_PREPOSITIONS = frozenset({"at", "on", "in", "during", "since", "after", "before", "this"})


_NP_INNER = frozenset({"of", "for", "by", "the", "and"})


# Prepositions that join a head noun to its complement inside a speaker phrase.
_NP_LINKS = frozenset({"of", "for", "behind", "from"})


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


# Lower-case words a verb of saying takes as its object or manner, never a speaker
# after it ('"...," said nothing', "said goodbye", "said aloud").
_NOT_SPEAKERS = _word_set(
    """nothing something anything everything yes goodbye hello sorry thanks please
    twice thrice aloud afterwards softly"""
)


# Indefinite pronouns and numbers ("Some argue", "one told me", "Two said"): a speaker as printed
# that names nobody; kept in the quote, left out of the speaker lists like "they".
_INDEFINITE_PRONOUNS = _word_set(
    """some many others several few both all most one another someone somebody anyone
    anybody everyone everybody nobody none either neither each two three four five six
    seven eight nine ten"""
)


# Sentence connectives and adverbs that open a clause with a capital ("Furthermore, the
# ...", "Meanwhile ..."): never a speaker on their own.
_CONNECTIVES = _word_set(
    """however furthermore moreover meanwhile nonetheless nevertheless instead still indeed
    also yet thus therefore otherwise besides likewise similarly additionally finally
    again now then hence consequently accordingly notably overall ultimately earlier
    later outright well already never sometimes perhaps"""
)


# Irregular past tenses and participles of common verbs: a lone one before a cue is a
# predicate ("who went on a tear declaring", "is heard saying"), not a speaker.
_IRREGULAR_VERB_FORMS = _word_set(
    """went gone came come took taken made got gotten gave given began begun spoke spoken
    heard seen saw caught shown broken knew known kept felt brought bought built held
    led meant met ran sat stood won lost paid sent spent left chose chosen drove driven
    fell fallen flew flown grew grown hid hidden rose risen shot threw thrown wore worn
    became become done did struck fought sought taught understood withdrew withdrawn"""
)


_TOKEN_RE = re.compile(r"\S+")


_MASK = "\x00"


def _clean_token(token: str) -> str:
    return token.strip("\"'“”‘’«»()[]")


def _is_adverb(word: str) -> bool:
    """Whether a lower-cased word reads as an adverb ("likely", "even", "now")."""
    return word in _ADVERBS or (
        len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS
    )


def _is_filler(word: str) -> bool:
    """Whether a word may stand between a subject and its cue ("has", "later", "only")."""
    lower = word.lower()
    return word.islower() and (
        lower in _AUXILIARIES or lower in _SKIP_BEFORE_CUE or _is_adverb(lower)
    )


_BE_FORMS = _word_set("is are was were be been being")


_PARTICIPLE_ENDINGS = ("ed", "nd", "ght", "ld")  # asked, found, thought, told


# Words that name nobody on their own (articles, prepositions, "more", "no", ...); not
# the modals, which are also names ("May said", "Will Smith").
_FUNCTION_WORDS = FUNCTION_WORDS_BY_LANGUAGE["en"] - _AUXILIARIES


def _verb_after_name(words: Sequence[str]) -> int:
    """How many words of a phrase come before a lower-case past tense after a name.

    "Xi renewed" (calls), "Joe Biden refused" (calls), "President Donald Trump commended
    North Korea's" (decision): a subject and its verb, whose object holds the cue used
    as a noun; the subject is the speaker. 0 when the phrase has no such verb.
    """
    for k in range(1, len(words)):
        word, before = words[k], words[k - 1]
        if (
            word.isalpha()
            and word.islower()
            and word.endswith("ed")
            and before[:1].isupper()
            and before.lower() not in _FUNCTION_WORDS  # "The embattled senator"
        ):
            return k
    return 0


# The words that make a time expression ("Friday", "two weeks ago", "three days"), and
# the words it may hold besides ("last", "the", numbers).
_TIME_UNITS = _TIME_NOUNS | _word_set(
    "ago days weeks months years hours nights today yesterday tonight tomorrow"
)


_TIME_WORDS = _TIME_UNITS | _TIME_MODIFIERS | _INDEFINITE_PRONOUNS | {"the", "a", "on"}


def _is_acronym(token: str) -> bool:
    """Whether a token is two or more capitals ("US", "WHO"): a name, no function word."""
    word = _clean_token(token).rstrip(".,;:!?")
    return len(word) > 1 and word.isalpha() and word.isupper()


def _names_nobody(words: Sequence[str]) -> bool:
    """Whether a phrase's words cannot name a speaker, whatever their case.

    Only function words ("No"), a time expression ("Friday", "two weeks ago"), a
    function word in capitals (the label of a link: "MORE", "Trump MORE"), a lone
    sentence connective or adverb ("Furthermore", "Meanwhile", "earlier"), or a lone
    irregular verb form ("went", "heard"). A personal or indefinite pronoun ("he",
    "Some", "others") is kept: it is what the sentence prints.
    """
    lower = [_clean_token(w).rstrip(".,;:!?").lower() for w in words]
    if any(len(w) > 3 and w.isupper() and w.lower() in _FUNCTION_WORDS for w in words):
        return True  # a link label printed in capitals: "MORE", "Trump MORE"
    if len(lower) == 1 and (lower[0] in _PRONOUNS or lower[0] in _INDEFINITE_PRONOUNS):
        return False
    if all(
        (w in _FUNCTION_WORDS or w in _STOP_WORDS) and not _is_acronym(raw)
        for w, raw in zip(lower, words, strict=True)
    ):
        return True  # "No", "Among"; not "the US", "WHO"
    time_words = all(w in _TIME_WORDS or w.isdigit() for w in lower)
    if time_words and any(w in _TIME_UNITS for w in lower):
        return True  # "said Friday that ...", "two weeks ago"; not "the two"
    if len(lower) > 1:
        return False
    if lower[0] in _IRREGULAR_VERB_FORMS:
        return words[0].islower()  # "went", "heard"; not "Rose"
    return lower[0] in _CONNECTIVES or lower[0] in _ADVERBS
