"""What a line of a page is: article text, site chrome (menus, language
links, breadcrumbs, tool links, footers), or a metadata line (date, source,
translator, address).

The rules describe classes of lines that news and government sites share,
never one site's wording, so a page from another site still reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from app.importing.dates import find_dates

Role = Literal["content", "chrome", "meta"]

SPACE = re.compile(r"[\s\u00a0\u3000\u200b]+")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
PUNCTUATION_ONLY = re.compile(r"^[\W_]*$")
URL = re.compile(r"https?://[^\s\"'<>）)]+", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?。！？…]['\"’”)]?$")
ORIGINAL = re.compile(r"chinese|original|原文", re.IGNORECASE)
BAR = re.compile(r"[|｜]")
FIELD_BREAK = re.compile(r"\s*[|｜]\s*|\s{2,}")
NUMERIC = re.compile(r"[\d:.\-]+")

LANGUAGES = {
    "english",
    "中文",
    "简体",
    "简体中文",
    "繁體",
    "繁體中文",
    "繁体",
    "français",
    "francais",
    "español",
    "espanol",
    "deutsch",
    "русский",
    "한국어",
    "日本語",
    "日本语",
    "العربية",
    "português",
    "italiano",
    "tiếng việt",
    "ไทย",
    "中文版",
    "english version",
    "en",
    "fr",
    "es",
    "de",
    "ru",
    "ja",
    "ko",
    "zh",
}
# Words of tool bars, share bars and page furniture; a line made of nothing
# else (plus dates and labels) is chrome.
TOOL_WORDS = {
    "download",
    "print",
    "comment",
    "comments",
    "share",
    "share to",
    "close",
    "favorite",
    "favourite",
    "email",
    "e-mail",
    "save",
    "tweet",
    "facebook",
    "twitter",
    "wechat",
    "weibo",
    "linkedin",
    "whatsapp",
    "reddit",
    "copy link",
    "font",
    "size",
    "font size",
    "text size",
    "a+",
    "a-",
    "large",
    "medium",
    "small",
    "big",
    "top",
    "back",
    "back to top",
    "mobile",
    "search",
    "home",
    "subscribe",
    "login",
    "log in",
    "sign in",
    "register",
    "menu",
    "more",
    "updated",
    "update",
    "published",
    "time",
    "date",
    "views",
    "clicks",
    "source",
    "print this page",
    "close window",
    "打印",
    "关闭",
    "分享",
    "收藏",
    "字号",
    "大",
    "中",
    "小",
    "手机版",
    "返回顶部",
    "article",
    "page",
    "to",
    "this",
    "us",
}
TOOL_SPLIT = re.compile(r"\s*(?:[|｜/·•【】\[\]()（）:：>»›]|\s{2,})\s*|\s+")
BREADCRUMB = re.compile(
    r"^(?:you are here\s*[:：]?\s*|当前位置\s*[:：]?\s*|location\s*[:：]\s*)?"
    r"(?:home(?:page)?|首页|accueil)\s*(?:>|»|›|→|/|＞|>)",
    re.IGNORECASE,
)
CRUMB_SEPARATOR = re.compile(r"\s*(?:>|»|›|→|＞|>)\s*")
FOOTER = re.compile(
    r"©|\bcopyright\b|all rights reserved|(?<![A-Za-z])ICP(?![A-Za-z])|备案|版权所有|\bsponsored by\b|\bcontact us\b|"
    r"主办|承办|\babout us\b|\bsite ?map\b|\bprivacy (?:policy|statement)\b|terms of (?:use|service)|"
    r"\bdisclaimer\b|^(?:tel|fax|phone|hotline|e-?mail|postcode|zip code|address)\s*[:：]",
    re.IGNORECASE,
)
PLEASE_CREDIT = re.compile(
    r"^please\b.{0,200}\b(?:when (?:using|reprinting|quoting)|reprint|credit|indicate the source|cite)",
    re.IGNORECASE,
)
EDITOR = re.compile(
    r"^(?:editors?|edited by|responsible editor|chief editor|reporter|责任编辑|编辑|记者)\s*[:：]?\s", re.IGNORECASE
)
TRANSLATOR = re.compile(
    r"^(?:translators?\s*[:：]|translated by\s*[:：]?|translation\s*[:：]|翻译\s*[:：])\s*(.*)$", re.IGNORECASE
)
ADDRESS_LINE = re.compile(
    r"^(chinese source|chinese version|original(?: link| article| text)?|source (?:url|link)|url|link|"
    r"permalink|原文链接|原文|中文原文)\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
SOURCE = re.compile(r"(?:^|(?<=[\s|｜\d]))(?:source|from|来源|出典|出所|출처)\s*[:：]\s*", re.IGNORECASE)
FROM_LINE = re.compile(
    r"^this (?:article|story|report|text|news) (?:is|was) "
    r"(?:from|reprinted from|published by|provided by)\s+(.+?)[.。]?$",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^[Bb]y\s+[A-Z\u4e00-\u9fff][^.!?]{0,80}$")
RELATED = re.compile(
    r"^(?:related(?: news| articles| stories| links| reading| content)?|more (?:news|stories|on this topic)|"
    r"recommended|read more|see also|further reading|you may also like|editor'?s picks?|latest news|"
    r"most (?:popular|read|viewed)|hot (?:news|topics)|相关(?:新闻|阅读|链接)?|推荐阅读)\s*[:：]?$",
    re.IGNORECASE,
)
# An organisation's name alone on a line (or beside a date): who published.
# English and French names say what the body is ("Yueyang Municipal Bureau
# of Statistics"; first in French: "Bureau provincial des statistiques du
# Hunan"), Chinese, Japanese and Korean ones end with it (湖南省统计局,
# 湖南省商務庁, 후난성 통계국).
ORGANISATION = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){1,5}(?:Bureau|Department|Ministry|Office|Administration|Commission|Customs|"
    r"Government|Agency|Council|Daily|News|Press|Times)(?:\s+of(?:\s+[A-Z][\w’'-]*|\s+and)+)?$"
    r"|^(?:Bureau|Département|Ministère|Office|Administration|Commission|Douanes?|Gouvernement|Agence|Conseil|"
    r"Direction|Institut)\s(?:[\w’'-]+\s){0,8}[\w’'-]+$"
    r"|^[\u4e00-\u9fff]{2,12}(?:局|厅|庁|部|委员会|委員会|海关|税関|政府|办公室|日报|新闻社|新聞社|通信社)$"
    r"|^[\uac00-\ud7af]{2,10}(?:\s[\uac00-\ud7af]{1,10}){0,3}\s?"
    r"(?:통계국|상무청|상무부|정부|위원회|세관|해관|관리국|사무소|판공청|일보|통신사)$"
)
SITE_BANNER = re.compile(r"\b(?:official (?:web ?site|portal)|web ?site of|门户网站|政府网)\b", re.IGNORECASE)
# "CHANGSHA, Jan. 16 (Xinhua) -- ": a news agency's dateline before the text.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'-]{1,40}),\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,\s*\d{4})?\s*"
    r"\((?P<agency>[^()]{2,40})\)\s*(?:--|—|–|-)\s*"
)


@dataclass(frozen=True)
class Line:
    """One line of a page and what it is: `role` says whether it is article
    text, chrome or metadata; metadata lines carry what they tell."""

    text: str
    role: Role
    date: dt.date | None = None
    publisher: str = ""
    translator: str = ""
    url: str = ""
    original: str = ""
    site: str = ""


def normalize(text: str) -> str:
    """Collapse every kind of whitespace to single spaces."""
    return SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The words (letters only) of a text."""
    return WORD.findall(text)


def is_sentence(text: str) -> bool:
    """Prose: long enough and ending like a sentence, or simply long."""
    count = len(words(text)) + sum(1 for char in text if "\u4e00" <= char <= "\u9fff") // 2
    return (count >= 8 and bool(SENTENCE_END.search(text))) or count >= 30


def classify(raw: str) -> Line:
    """What one line is. Content is the default: a rule must recognise chrome."""
    text = normalize(raw)
    if PUNCTUATION_ONLY.match(text):
        return Line(text, "chrome")
    meta = metadata_line(text)
    if meta is not None:
        return meta
    lowered = text.lower()
    if language_links(text) or BREADCRUMB.match(text) or crumb_trail(text):
        return Line(text, "chrome", site=site_name(text))
    if PLEASE_CREDIT.match(text) or EDITOR.match(text) or RELATED.match(text):
        return Line(text, "chrome")
    if FOOTER.search(text) and len(words(text)) <= 40:
        return Line(text, "chrome")
    if only_tools(lowered):
        return Line(text, "chrome")
    if SITE_BANNER.search(text) and not is_sentence(text):
        return Line(text, "chrome", site=text)
    if ORGANISATION.search(text) and len(words(text)) <= 8 and not SENTENCE_END.search(text):
        return Line(text, "meta", publisher=clean_name(text))  # a source named on its own line
    return Line(text, "content")


def metadata_line(text: str) -> Line | None:
    """A line that gives the date, source, translator or an address."""
    translator = TRANSLATOR.match(text)
    if translator:
        return Line(text, "meta", translator=clean_name(translator.group(1)))
    address = ADDRESS_LINE.match(text)
    if address:
        found = URL.search(address.group(2))
        url = found.group(0) if found else ""
        # The address of the original (often Chinese) text is only a fallback
        # for the page's own address.
        if ORIGINAL.search(address.group(1)):
            return Line(text, "meta", original=url)
        return Line(text, "meta", url=url)
    from_line = FROM_LINE.match(text)
    if from_line:
        return Line(text, "meta", publisher=clean_name(from_line.group(1)))
    if URL.fullmatch(text):
        return Line(text, "meta", url=text)
    if is_sentence(text):
        return None
    dates = [date for _, _, date in find_dates(text) if date]
    source = SOURCE.search(text)
    publisher = clean_name(cut_at_chrome(text[source.end() :])) if source else ""
    if BYLINE.match(text):
        parts = [part.strip() for part in BAR.split(text)[1:]]
        agency = next((part for part in parts if part and not find_first_date(part) and ":" not in part), "")
        return Line(text, "meta", date=dates[0] if dates else None, publisher=publisher or agency)
    # A short line with a date that does not end like a sentence is a date
    # line ("2019-01-16 Download Print"); "Exports rose on May 5, 2019." is not.
    if dates and (source or (len(words(text)) <= 12 and not SENTENCE_END.search(text))):
        return Line(text, "meta", date=dates[0], publisher=publisher or organisation_beside_date(text))
    if source and len(words(text)) <= 20:
        return Line(text, "meta", publisher=publisher)
    return None


def find_first_date(text: str) -> bool:
    """Whether the text holds a date (complete or not)."""
    return bool(find_dates(text))


def organisation_beside_date(text: str) -> str:
    """The organisation a date line names beside its date ("Bureau provincial
    des statistiques du Hunan, 2019-10-25"), or ''."""
    rest = text
    for start, end, _ in reversed(find_dates(text)):
        rest = f"{rest[:start]} {rest[end:]}"
    name = clean_name(rest)
    return name if ORGANISATION.match(name) else ""


def cut_at_chrome(text: str) -> str:
    """The start of a metadata value, up to a separator, a date or a tool word."""
    value = FIELD_BREAK.split(text, maxsplit=1)[0]
    for start, _, _ in find_dates(value):
        value = value[:start]
        break
    kept: list[str] = []
    for word in value.split(" "):
        # A tool word or a new "Label:" ends the value.
        if kept and (word.lower().strip("[]【】") in TOOL_WORDS or ":" in word or "：" in word):
            break
        kept.append(word)
    return " ".join(kept)


def clean_name(text: str) -> str:
    """A person's or an organisation's name, without trailing punctuation."""
    return normalize(text).strip(" .,;:|-—–。，；：")


def language_links(text: str) -> bool:
    """A row of language switches: two or more language names, little else."""
    lowered = text.lower()
    found = sum(1 for name in LANGUAGES if len(name) > 2 and name in lowered)
    return found >= 2 and len(words(text)) <= 30


def site_name(text: str) -> str:
    """What remains of a header line once language names and tools are gone."""
    if not language_links(text):
        return ""
    kept = [word for word in text.split(" ") if word.lower() not in LANGUAGES and word.lower() not in TOOL_WORDS]
    name = clean_name(" ".join(kept))
    return name if len(words(name)) >= 3 else ""


def crumb_trail(text: str) -> bool:
    """ "Business > Statistics Updates": short parts joined by arrows."""
    parts = CRUMB_SEPARATOR.split(text)
    return len(parts) >= 3 and all(0 < len(words(part)) <= 5 for part in parts) and not SENTENCE_END.search(text)


def only_tools(lowered: str) -> bool:
    """A line made only of tool words, dates, times and separators."""
    for start, end, _ in sorted(find_dates(lowered), reverse=True):
        lowered = lowered[:start] + " " + lowered[end:]
    tokens = [token for token in TOOL_SPLIT.split(lowered) if token and not NUMERIC.fullmatch(token)]
    if not tokens:
        return True
    return len(tokens) <= 12 and all(token in TOOL_WORDS for token in tokens)


def strip_dateline(text: str) -> tuple[str, str]:
    """A paragraph without its "CITY, Jan. 16 (Agency) --" opening, and the agency."""
    match = DATELINE.match(text)
    if not match:
        return text, ""
    return text[match.end() :], clean_name(match.group("agency"))
