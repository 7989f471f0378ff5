"""The words around a figure: sentences, the clause leading to a figure,
whether it is an estimate, what it measures (level, growth, share), its
direction, and the indicator it belongs to, in the text's own words."""

from __future__ import annotations

import datetime as dt
import re

from app.importing.period_patterns import COMPARISON
from app.importing.periods import find_periods

ANY_DATE = dt.date(2000, 12, 31)  # a date any month of a year can be read against

ABBREVIATIONS = {
    "u.s",
    "u.k",
    "no",
    "nos",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "co",
    "ltd",
    "inc",
    "corp",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gov",
    "dept",
    "prof",
    "gen",
    "rep",
    "sen",
    "jr",
    "sr",
    "fig",
    "est",
}
SENTENCE_BREAK = re.compile(r"[.!?]+[\"”’)\]]*\s+|[。！？]+[”’」』)）]*\s*")
# Hedges: these may sit a few words before the figure ("is expected to
# grow by 10%") ...
ESTIMATE = re.compile(
    r"\b(?:exceed(?:ed|s|ing)?|more than|nearly|approximately|approx\.|surpass(?:ed|es|ing)?|"
    r"topp(?:ed|ing)|tops|less than|at least|estimated|expected|projected|almost|roughly|close to|"
    r"in excess of|upwards of|no less than|no fewer than)\b|超过|突破|约|近|逾|预计|将近|接近",
    re.IGNORECASE,
)
# ... these only right before it: "above designated size" is a name, "over
# the previous year" a comparison.
ESTIMATE_NEXT = re.compile(r"\b(?:over|above|about|around|some|up to|beyond|under|topped)\s*$", re.IGNORECASE)
ESTIMATE_AFTER = re.compile(r"\s*(?:or (?:more|so|above)\b|and above\b|plus\b|\+|以上|左右|多)", re.IGNORECASE)
DECREASE = (
    r"down|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fell|fall(?:s|ing|en)?|dropp?(?:ed|s|ing)?|"
    r"shr(?:ank|ink|inks|inking|unk)|contract(?:ed|ion|s|ing)?|slid|sliding|slipped|dipped|dipping|plung(?:e|ed|ing)|"
    r"lower|negative(?:\s+growth)?|narrow(?:ed|s|ing)?|eas(?:ed|es|ing)|slump(?:ed|s|ing)?|tumbl(?:e|ed|es|ing)|"
    r"plummet(?:ed|s|ing)?|sank|sink(?:s|ing)?|retreat(?:ed|s|ing)?|weaken(?:ed|s|ing)?|"
    # French
    r"baisse|recul(?:é|e|ent|ait)?|diminu(?:tion|ée?s?|e|ent)|chut(?:e|é|ée|ent)|repli"
)
INCREASE = (
    r"up|increas(?:e|ed|es|ing)|gr(?:ew|ow|ows|owing|owth|own)|r(?:ose|ise|ises|isen|ising)|jump(?:ed|s|ing)?|"
    r"surg(?:e|ed|es|ing)|climb(?:ed|s|ing)?|expand(?:ed|s|ing)?|expansion|soar(?:ed|s|ing)?|gain(?:ed|s|ing)?|"
    r"higher|rebound(?:ed|ing)?|widen(?:ed|s|ing)?|"
    # French
    r"hausse|augment(?:ation|ée?s?|e|ent|ait)|progress(?:ion|ée?s?|e|ent)|croissance|accru(?:e|es|s)?"
)
# Chinese has no spaces, so its words match without word boundaries.
DIRECTION = re.compile(
    rf"\b(?P<down>{DECREASE})\b|(?P<down_zh>下降|减少|回落|下滑|下跌|收窄|缩小|降低)"
    rf"|\b(?P<up>{INCREASE})\b|(?P<up_zh>增长|增加|上升|提高|提升|上涨|扩大)",
    re.IGNORECASE,
)
# A change measured against something other than the same period a year
# earlier: "up 30% from November", "month on month", 环比. No level a year
# earlier can be derived from it.
NOT_A_YEAR_EARLIER = re.compile(
    r"month[- ]on[- ]month|\bm-?o-?m\b|quarter[- ]on[- ]quarter|\bq-?o-?q\b|\bsequential(?:ly)?\b"
    r"|\b(?:from|over|than|compared (?:with|to))\s+(?:in\s+)?(?:the\s+)?(?:(?:previous|last|prior|preceding)\s+"
    r"(?:month|quarter)|(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half|Q[1-4])\b"
    r"|\b(?:from|over|than)\s+(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
    r"|环比|比上月|比上季|比上半年|较上月|前月比|前期比|前四半期比|전월\s*대비|전기\s*대비|전분기\s*대비",
    re.IGNORECASE,
)
# Japanese and Korean say the direction after the figure: 3.2%減, 28%増加,
# 3.2% 감소했다, 26.5% 증가.
DIRECTION_AFTER = re.compile(r"\s*(?:(?P<down>減|低下|감소|하락|줄)|(?P<up>増|上昇|증가|상승|늘))")
GROWTH_NOUN = re.compile(rf"\b(?:{DECREASE}|{INCREASE}|rate)\s*$", re.IGNORECASE)
SHARE = re.compile(
    r"\b(?:account(?:ed|ing|s)? for|share|proportion|ma(?:de|king|kes) up|represent(?:ed|ing|s)?|constitut\w+"
    r"|part)\b|占",
    re.IGNORECASE,
)
SHARE_AFTER = re.compile(
    r"\s*of\s+(?:the\s+)?(?:total|all|whole|overall|provincial|national|country|province|city|gdp)\b|的比重",
    re.IGNORECASE,
)
LEVEL_TO = re.compile(r"\bto\s*$|\bat\s*$|达到?\s*$|为\s*$", re.IGNORECASE)
# "Data showed that ...", "Xu said exports ...": the figure's clause starts after.
THAT_CLAUSE = re.compile(
    r"\b(?:said|says|noted|announced|stated)\s+(?:that\s+)?"
    r"|\b(?:show(?:ed|s|n)?|added|indicated|revealed|introduced|pointed out|disclosed|estimated|believed)\s+that\s+",
    re.IGNORECASE,
)
ADVERBIAL = re.compile(
    r"^\s*(?:(?:in|during|from|between|by|at|as of|for|over|throughout|since|after|before|within|on)\b[^,]{0,80},\s*"
    r"|(?:according to|meanwhile|in addition|besides|moreover|furthermore|specifically|among (?:them|which|these)|"
    r"of (?:this|which|these|them|the total)|also|however|overall|in total|in particular|as a result|"
    r"at the same time|notably|similarly|likewise)\b[^,]{0,60},\s*|(?:and|while|whereas|but|with|also|then)\s+"
    r"|(?:tandis\s+que|alors\s+que|mais|et|dont)\s+"
    r"|(?:of|among|in)\s+(?:which|whom|them|these|this)\s*,?\s+)",
    re.IGNORECASE,
)
VERB = re.compile(
    r"(?<![\w-])(?:was|were|is|are|has|have|had|will|would|reached|reaches|reaching|hit|hits|"
    r"totall?ed|totals|totall?ing|"
    r"stood|stands|amounted|amounts|grew|grows|increased|increases|rose|rises|fell|falls|dropped|declined|"
    r"decreased|exceeded|exceeds|surpassed|topped|accounted|accounts|registered|recorded|posted|saw|sees|"
    r"achieved|expanded|climbed|jumped|soared|surged|contributed|contributes|made|received|receives|attracted|"
    r"generated|handled|realized|realised|completed|came|went|maintained|kept|remained|edged|rebounded|slid|"
    r"dipped|shrank|exported|imported|produced|sold|earned|created|invested|welcomed|hosted|registering|"
    r"recording|posting|generating|bringing|brought|attracting|reaching|making|slowed|accelerated|quickened|"
    r"moderated|softened|eased|narrowed|widened"
    # French: "a atteint", "s'élève à", "se sont élevées à", "ont reculé de"
    r"|(?:a|ont|avait|avaient)\s+(?:atteint|progressé|augmenté|reculé|diminué|baissé|totalisé|enregistré|dépassé)"
    r"|atteint|atteignent|totalise|totalisent|représente|représentent|dépasse|dépassent"
    r"|s['’](?:est\s+)?(?:él[eè]v|établi)\w*|se\s+sont\s+(?:élev|établi)\w*|(?:est|était)\s+de)\b"
    r"|增长|达到|实现|完成|突破|超过|占|下降|减少|增加|提高|上升|回落|共有|为|有|达",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"^(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,2}['’]s?\s+")
DETERMINER = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|this|these|those|total of|also|still|all"
    r"|le|la|les|un|une|des|du|ce|cette|ces|son|sa|ses|leur|leurs)\s+|l['’])",
    re.IGNORECASE,
)
TRAILING = re.compile(
    r"(?:\s+(?:respectively|also|in total|altogether|alone|as a whole|combined|still|both|each|in|of|for|to|by|"
    r"at|on|with|and|from|that|which|the|a|an|was|were|is|are|de|du|des|à|au|aux|en|et))+$",
    re.IGNORECASE,
)
FILLER = re.compile(
    rf"\b(?:{DECREASE}|{INCREASE}|an?|the|of|by|which|was|were|is|are|representing|marking|with|and|to|"
    r"year|on|yoy|over|annual|annually|yearly|rate|growth|respectively|reach|reaching|hit|compared|than|"
    r"it|this|that|a|total|totaling|about|by|as|also|further|respectively|while|registering|recording|"
    r"posting|marking|an increase|some|nearly|approximately|around|more|less|or|account(?:ed|ing|s)?|for|"
    r"making|made|up|representing|constituting|from|edging"
    # French: "soit une hausse de", "en baisse de", "par rapport à l'année précédente"
    r"|soit|une?|de|en|par|rapport|à|au|sur|an|l['’]année|précédente|d['’])(?!\w)|[,;:()\-–—%]"
    r"|同比|比上年|较上年|增长|增加|下降|减少|提高|上升|回落|扩大|收窄|缩小|上涨|下滑|下跌|降低|提升|加快|放缓|回升"
    r"|约|近|超过|其中",
    re.IGNORECASE,
)
PRONOUNS = {"it", "they", "there", "this", "that", "which", "these", "those", "he", "she", "we", "both", "all"}
LAST_TOKEN = re.compile(r"([\w.]+)[.!?]*$")
TOKEN = re.compile(r"[\w'’.$-]+|[\u4e00-\u9fff]")
CHANGE_BY = re.compile(r"\b(?:by|of)\s*$|(?:增加|增长|减少|下降)\s*$")
THAN = re.compile(r"\s*(?:higher|lower|more|less) than")
LOWER_THAN = re.compile(r"\s*(?:lower|less) than|\s*below", re.IGNORECASE)
PARENTHESES = re.compile(r"\([^()]*\)|（[^（）]*）")
OF_BEFORE = re.compile(r"([\w\s'’“”\"-]+?)\s+of\s+(?:(?:about|around|nearly|over|more than|some|approximately)\s+)?$")
PREPOSITION = re.compile(r"\b(?:with|by|for|in|to|from|and|at)\b")
QUOTED = re.compile(r"[“”\"‘’']([^“”\"‘’']{1,60})[“”\"‘’']")
QUOTE_MARKS = re.compile(r"[“”\"]")
RELATIVE = re.compile(r",\s*|\s+(?:which|that|who)\s+")
LETTER = re.compile(r"[^\W\d_]")
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|、|和")
HEAD = re.compile(r"(.+?\b(?:to|with|from|in|of|for)\s+)")
HEAD_WORD = re.compile(r"\b(?:to|with|from|in|of|for)\b")
DIGIT = re.compile(r"\d")
MODIFIER = re.compile(
    r"\s+(?:with|of|from|engaged in|involved in|for|under|funded by|invested by|owned by)\s+[^,;.()]+"
)
MODIFIER_END = re.compile(
    r"\s+(?:in|at|during|on|by|than|compared|this|last|were|was|are|is|have|has|had|which|that|who|"
    r"reached|totaled|totalled|rose|grew|increased)\b"
)
CAPITALISED = re.compile(r"(?:(?<=[a-z,;] )|(?<=[a-z,;] [“\"‘(]))([A-Z][a-z][\w-]*)")
ANAPHORS = re.compile(r"^(?:they|both|these|(?:the\s+)?(?:two\s+)?(?:figures|numbers|two))$", re.IGNORECASE)
# Japanese and Korean mark what a clause is about with a particle after it:
# 輸出は, 수출은 (else 수출이). Words after the last one (で、前年比, 으로 전년
# 대비) name nothing: the figure continues the subject before it.
KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
JA_TOPIC = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[はがも]")
KO_TOPIC = re.compile(r"(?<=[\uac00-\ud7af])[은는](?=\s|$)")
KO_SUBJECT = re.compile(r"(?<=[\uac00-\ud7af])[이가](?=\s|$)")
CLAUSE_BREAK = re.compile(r"[、,，;；:：]")
# Where a Japanese or Korean subject cannot start: before its source
# ("창사세관에 따르면", "長沙税関によると"); and words before a name that are
# not part of it: "of which" (그중, このうち) and "the month alone" (한 달, 単月).
ATTRIBUTION = re.compile(r"에\s*(?:따르면|의하면)|に(?:よると|よれば)")
SUBJECT_LEAD = re.compile(r"(?:^|\s)(?:그\s?중|이\s중|한\s?달)(?=\s|$)|^(?:この)?うち|(?:単|当)月の?")
# What a blanked Chinese year leaves ("2018年全省" -> "年全省"), and a
# scope alone, which names no indicator.
YEAR_REST = re.compile(r"^[年末]+(?=\S)")
SCOPE_ONLY = re.compile(r"^(?:全省|全市|全国|我省|我市|本省|本市|湖南省?)$")
# What a year's label leaves ("2017年", "2017년도"): a period's word alone.
PERIOD_WORD_ONLY = re.compile(r"^(?:[年末底]+度?|년도?|연도|월|月)$")
# What a blanked year or period leaves before a name: 2018年の輸出 -> " 年の輸出",
# 2019年1～6月の輸出 -> " の輸出", 2018년 수출 -> " 년 수출".
YEAR_LEFT = re.compile(r"(?:^|\s)(?:年度?の|の|년(?=\s))")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a full stop after an abbreviation (U.S., No.) or
    before a lower-case word does not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK.finditer(text):
        end = match.end()
        if end >= len(text):
            break
        word = LAST_TOKEN.search(text, start, match.start() + 1)
        token = (word.group(1) if word else "").rstrip(".").lower()
        if text[match.start()] == "." and (token in ABBREVIATIONS or len(token) == 1 or text[end].islower()):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def last_words(text: str, count: int) -> str:
    """The last few words of a text (CJK characters count as words)."""
    tokens = TOKEN.findall(text)
    return " ".join(tokens[-count:])


def without_comparisons(text: str) -> str:
    """The text with "over the previous year" and the like blanked out."""
    return COMPARISON.sub(lambda m: " " * len(m.group(0)), text)


def is_estimate(lead: str, tail: str) -> bool:
    """Hedging words just before the figure, or "or more" just after it."""
    lead = without_comparisons(lead)
    return bool(ESTIMATE.search(last_words(lead, 5)) or ESTIMATE_NEXT.search(lead) or ESTIMATE_AFTER.match(tail))


def measure_of(unit: str, lead: str, tail: str) -> str:
    """level, growth or share, from the words around the figure."""
    lead = without_comparisons(lead)
    window = last_words(lead, 6)
    if unit in ("times", "percentage_points"):
        return "growth"
    if unit == "percent" and (SHARE.search(last_words(lead, 8)) or SHARE_AFTER.match(tail)):
        return "share"
    growth = DIRECTION.search(window)
    if growth and not LEVEL_TO.search(lead):
        if unit == "percent" or CHANGE_BY.search(lead):
            return "growth"
    if unit == "percent" and DIRECTION_AFTER.match(tail):
        return "growth"
    if unit == "percent" and (COMPARISON.match(tail.strip()) or THAN.match(tail)):
        return "growth"
    return "level"


def is_decrease(lead: str, tail: str) -> bool:
    """Whether the last direction word before the figure says it went down."""
    words = list(DIRECTION.finditer(last_words(without_comparisons(lead), 6)))
    if words:
        return bool(words[-1].group("down") or words[-1].group("down_zh"))
    after = DIRECTION_AFTER.match(tail)
    if after:
        return bool(after.group("down"))
    return bool(LOWER_THAN.match(tail))


def subject(clause: str) -> str:
    """The indicator a clause leading to a figure names: "X of (about)"
    before it ("tourism revenue of about"), else what comes before the verb;
    in Japanese and Korean, what its subject particle marks."""
    clause = PARENTHESES.sub(" ", clause)
    if KANA_OR_HANGUL.search(clause):
        return particle_subject(clause)
    for match in THAT_CLAUSE.finditer(clause):
        clause = clause[match.end() :]
    while True:
        stripped = ADVERBIAL.sub("", clause, count=1)
        if stripped == clause:
            break
        clause = stripped
    of_phrase = OF_BEFORE.search(clause)
    if of_phrase and not GROWTH_NOUN.search(of_phrase.group(1)):
        head = of_phrase.group(1)
        # The noun phrase right before "of": after the last verb or preposition.
        cuts = list(VERB.finditer(head)) + list(PREPOSITION.finditer(head))
        noun = head[max(cut.end() for cut in cuts) :] if cuts else head
        if clean(noun):
            return clean(noun)
    verbs = list(VERB.finditer(clause))
    for verb in verbs:
        named = clean(clause[: verb.start()])
        # A participle before the noun ("The registered urban unemployment
        # rate was") is not the verb: the next one may be.
        if named or not verb.group(0).isascii():
            break
    if verbs:
        if not named and verbs[0].group(0) == "占":
            return ""  # "占全省外贸总值的64.5%": a share of what the sentence is about
        # Chinese often puts the verb first ("有外贸实绩的企业4630家"): then
        # the indicator is what follows it.
        return named or clean(FILLER.sub(" ", clause[verbs[0].end() :]))
    return clean(FILLER.sub(" ", clause))


def particle_subject(clause: str) -> str:
    """The words a Japanese or Korean clause marks as its subject, from the
    last comma before the particle; '' when no particle marks one."""
    markers = list(JA_TOPIC.finditer(clause)) or list(KO_TOPIC.finditer(clause)) or list(KO_SUBJECT.finditer(clause))
    if not markers:
        return ""
    marker = markers[-1].start()
    breaks = list(CLAUSE_BREAK.finditer(clause, 0, marker)) + list(ATTRIBUTION.finditer(clause, 0, marker))
    start = max((found.end() for found in breaks), default=0)
    return clean(SUBJECT_LEAD.sub(" ", YEAR_LEFT.sub(" ", clean(clause[start:marker]))))


def clean(text: str) -> str:
    """An indicator as a short name: no quotes, owner, article, period or
    trailing function words; cut at a relative clause when long."""
    text = QUOTE_MARKS.sub("", QUOTED.sub(r"\1", text))  # quoted names lose their quotes
    # (Dated, so that a month without its year is found as a period too.)
    spans = [(m.start, m.end) for m in find_periods(text, ANY_DATE)]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    text = " ".join(without_comparisons(text).split()).strip(" ,;:.-–—")
    for _ in range(3):
        text = POSSESSIVE.sub("", DETERMINER.sub("", text))
    text = TRAILING.sub("", text).strip(" ,;:.-–—")
    if len(text.split()) > 12:
        text = RELATIVE.split(text)[0]
    text = YEAR_REST.sub("", text)
    if (
        text.lower() in PRONOUNS
        or DETERMINER.fullmatch(text + " ")
        or SCOPE_ONLY.match(text)
        or PERIOD_WORD_ONLY.match(text)
        or not LETTER.search(text)
    ):
        return ""
    return text


def split_subject(text: str, count: int) -> list[str]:
    """ "exports and imports" for two figures: one name each. Later parts
    borrow the head of the first ("exports to the US and the EU") or the
    noun of the last ("primary, secondary and tertiary industries")."""
    parts = [part for part in LIST_SPLIT.split(text) if part]
    if count < 2 or len(parts) != count:
        return [text] * count
    head = HEAD.match(parts[0])
    if head and not any(HEAD_WORD.search(part) for part in parts[1:]):
        parts = [parts[0]] + [head.group(1) + part for part in parts[1:]]
    last = parts[-1].split()
    if len(last) >= 2 and all(len(part.split()) == 1 for part in parts[:-1]):
        parts = [f"{part} {last[-1]}" for part in parts[:-1]] + [parts[-1]]
    return [clean(part) or text for part in parts]


def count_indicator(counted: str, after: str) -> str:
    """ "enterprises with foreign trade performance": a counted noun and the
    phrase that says which ones, up to a place, time or verb."""
    modifier = MODIFIER.match(after)
    phrase = counted
    if modifier and not DIGIT.search(modifier.group(0)):  # not "with a total of US$63 billion"
        phrase += MODIFIER_END.split(modifier.group(0))[0]
    return clean(phrase) or counted


def lower_first(name: str, proper: set[str]) -> str:
    """ "Exports to Africa" -> "exports to Africa": a capital that only
    marks the start of a sentence goes; a name's capital stays."""
    word = name.split(" ", 1)[0]
    if word[:1].isupper() and sum(char.isupper() for char in word) == 1 and word not in proper:
        return name[0].lower() + name[1:]
    return name


def proper_nouns(paragraphs: tuple[str, ...]) -> set[str]:
    """Words written with a capital in the middle of a sentence: names."""
    return {match.group(1) for text in paragraphs for match in CAPITALISED.finditer(text)} - {"The", "A", "An"}
