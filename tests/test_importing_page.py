"""The article in a page: metadata and body, without the site around it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.importing.chrome import classify
from app.importing.errors import ImportFailed
from app.importing.page import PageArticle, read_page, text_language, text_paragraphs
from app.importing.sources import RawPage, read_source

PAGES = Path(__file__).resolve().parent / "pages"
HUNAN = Path("/work/shared/source/hunan-2018-foreign-trade.txt")


def page(name: str) -> PageArticle:
    return read_page(read_source(str(PAGES / name)))


@pytest.mark.skipif(not HUNAN.exists(), reason="the shared Hunan text copy is not on this machine")
def test_the_hunan_text_copy() -> None:
    article = read_page(read_source(str(HUNAN)))
    assert article.title == '"Belt and Road" Initiative Contributes to Hunan’s Rising Foreign Trade Volume'
    assert article.date == dt.date(2019, 1, 16)  # the date under the title, not the header's 15 July 2015
    assert (article.publisher, article.translator, article.url, article.language) == (
        "Hunan Provincial Government",
        "Yu Jiangjiang",
        "",
        "en",
    )
    assert len(article.paragraphs) == 6
    assert article.paragraphs[0].startswith("Hunan’s import and export volume was estimated to exceed")
    assert article.paragraphs[-1].startswith("Xu remarked, “Under current international")
    chrome = ("Download", "Translator", "Chinese source", "Home>", "Mobile", "This article is from")
    assert not any(word in text for text in article.paragraphs for word in chrome)


def test_a_provincial_government_page() -> None:
    article = page("provincial-site.html")
    assert article == PageArticle(
        title="Hunan's Foreign Trade Grows Fast in the First Half",
        date=dt.date(2019, 7, 25),
        publisher="Changsha Customs",
        translator="Li Hua",
        url="http://www.example.gov.cn/Business/StatisticsUpdates/201907/t20190725_0001.html",
        language="en",
        paragraphs=article.paragraphs,
    )
    assert len(article.paragraphs) == 5  # the repeated paragraph once
    assert article.paragraphs[1].startswith("Exports and imports reached 127.4 and 71.2 billion yuan")
    assert article.paragraphs[4] == (
        "Customs officials said the province will keep improving clearance services in the second half of the year."
    )


def test_a_news_agency_page() -> None:
    article = page("news-agency.html")
    assert (article.title, article.date, article.publisher, article.url, article.language) == (
        "Hunan tourism booms during National Day golden week",
        dt.date(2019, 10, 9),
        "Central News Wire",
        "https://news.example.com/2019-10/09/c_1234567.htm",
        "en",
    )
    assert article.paragraphs[0].startswith("Hunan received 60.2 million tourist trips")  # dateline gone
    assert len(article.paragraphs) == 5
    body = " ".join(article.paragraphs)
    assert "Related" not in body and "high-speed rail" not in body and "Copyright" not in body


def test_plain_text_releases() -> None:
    industry = page("release-industry.txt")
    assert (industry.title, industry.date, industry.publisher) == (
        "Hunan's Economy Keeps Steady Growth in the First Three Quarters",
        dt.date(2019, 10, 28),
        "Hunan Provincial Bureau of Statistics",
    )
    assert len(industry.paragraphs) == 9
    wrapped = page("release-trade-wrapped.txt")
    assert (wrapped.title, wrapped.date, wrapped.publisher, wrapped.translator) == (
        "HUNAN FOREIGN TRADE IN 2018: A STATISTICAL SUMMARY",
        dt.date(2019, 1, 22),
        "Changsha Customs",
        "Liu Fang",
    )
    # No address of its own: the original's stands in.
    assert wrapped.url == "http://www.example.gov.cn/tongji/201901/t20190122_0003.html"
    assert len(wrapped.paragraphs) == 4
    assert "According to Changsha Customs, the province's total imports" in wrapped.paragraphs[0]
    assert "foreign-invested enterprises" in wrapped.paragraphs[2]


def test_a_chinese_page_without_declared_charset() -> None:
    article = page("chinese-gb18030.html")
    assert (article.title, article.date, article.publisher, article.language) == (
        "2019年1-7月湖南省外贸进出口情况",
        dt.date(2019, 8, 20),
        "长沙海关",
        "zh",
    )
    assert len(article.paragraphs) == 4
    assert article.paragraphs[3] == "7月当月，全省进出口392.6亿元，下降3.2%。"


def test_edge_pages() -> None:
    deep = page("deep-nesting.html")
    assert deep.paragraphs == (
        "Hunan's exports of electronic products reached 12.5 billion yuan in 2018, up 18.3% over the previous year.",
    )
    malformed = page("malformed.html")
    assert (malformed.title, malformed.date, malformed.publisher) == (
        "Hunan Border Trade Rises",
        dt.date(2019, 3, 5),
        "Hunan Daily",
    )
    assert len(malformed.paragraphs) == 3
    assert malformed.paragraphs[2] == "The share of agricultural products rose to 21.5%"
    assert not any("not text" in text for text in malformed.paragraphs)
    quiet = page("no-figures.html")
    assert (quiet.title, len(quiet.paragraphs)) == ("Changsha Hosts Forum on Trade Facilitation", 3)


def test_a_page_with_no_article_fails() -> None:
    with pytest.raises(ImportFailed) as error:
        page("empty.html")
    assert str(error.value) == f"no article text found on the page ({PAGES / 'empty.html'})"
    with pytest.raises(ImportFailed, match="no article text found"):
        read_page(RawPage("Home\n\nPrint | Share\n\n© 2019", "text", "x.txt", "utf-8"))


@pytest.mark.parametrize(
    "line",
    [
        "English | 中文 | Français | 한국어 | 日本語",
        "The Official Website of the People’s Government of Hunan Province Mobile 中文 Francais 한국어 日本語",
        "Home > Business > Statistics Updates",
        "Home>Business>Statistics Updates",
        "You are here: Home » News",
        "当前位置：首页 > 数据发布",
        "Download Print Comment",
        "【打印】【关闭】",
        "Share to: WeChat Weibo",
        "Please refer to the Official Website of the People's Government of Hunan Province when using the article.",
        "Editor: Chen Jing",
        "Copyright © 2019 Example. All rights reserved.",
        "湘ICP备05001234号",
        "Related stories",
        "---",
        "•",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert classify(line).role == "chrome"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("2019-01-16 Download Print Comment", "date", dt.date(2019, 1, 16)),
        ("Updated: January 16, 2019 10:22", "date", dt.date(2019, 1, 16)),
        ("Published 16 Jan 2019", "date", dt.date(2019, 1, 16)),
        ("发布时间：2019年1月16日", "date", dt.date(2019, 1, 16)),
        ("Source: Hunan Provincial Department of Commerce", "publisher", "Hunan Provincial Department of Commerce"),
        ("2019-07-25 Source: Changsha Customs Download Print", "publisher", "Changsha Customs"),
        ("This article is from Hunan Provincial Government.", "publisher", "Hunan Provincial Government"),
        ("By Zhou Min | Central News Wire | Updated: 2019-10-09 16:32", "publisher", "Central News Wire"),
        ("Translator: Yu Jiangjiang", "translator", "Yu Jiangjiang"),
        ("Translated by Liu Fang", "translator", "Liu Fang"),
        ("Chinese source: http://example.gov.cn/a.html", "original", "http://example.gov.cn/a.html"),
        ("URL: https://example.com/a", "url", "https://example.com/a"),
        # An organisation named beside the date, or on its own line, in each language.
        ("Hunan Provincial Bureau of Statistics | 2019-10-25", "publisher", "Hunan Provincial Bureau of Statistics"),
        (
            "Bureau provincial des statistiques du Hunan, 2019-10-25",
            "publisher",
            "Bureau provincial des statistiques du Hunan",
        ),
        ("Bureau provincial des statistiques du Hunan, 2019-10-25", "date", dt.date(2019, 10, 25)),
        (
            "Département du commerce de la province du Hunan",
            "publisher",
            "Département du commerce de la province du Hunan",
        ),
        ("湖南省统计局 2019年10月25日", "publisher", "湖南省统计局"),
        ("湖南省商務庁　2019年1月14日", "publisher", "湖南省商務庁"),
        ("후난성 통계국 2019년 10월 25일", "publisher", "후난성 통계국"),
        ("후난성 상무청", "publisher", "후난성 상무청"),
        ("등록일: 2019-10-25 | 출처: 창사세관 | 조회수 1234", "publisher", "창사세관"),
        ("出典：湖南省統計局　2019年10月25日", "publisher", "湖南省統計局"),
    ],
)
def test_metadata_lines(line: str, field: str, value: object) -> None:
    found = classify(line)
    assert found.role == "meta"
    assert getattr(found, field) == value


@pytest.mark.parametrize(
    "line",
    [
        "Hunan’s import and export volume was estimated to exceed 310 billion CNY in 2018, "
        "announced on January 14, 2019.",
        "The English and French versions of the report were published together with the Chinese one in 2019.",
        "Exports to Africa totaled 9.2 billion CNY.",
        # Headlines that start or end like an organisation's name, but are not one.
        "Conseil d'État : la croissance ralentit",
        "수출 증가세 지속 전국",
        "Économie du Hunan : les trois premiers trimestres de 2019",
    ],
)
def test_prose_is_content(line: str) -> None:
    assert classify(line).role == "content"


def test_text_paragraphs_split_and_join() -> None:
    lines = "Title\n\nOne line.\nAnother line.\n\nLast."
    assert text_paragraphs(lines) == ["Title", "One line.", "Another line.", "Last."]
    wrapped = (
        "The province's exports reached\n310 billion yuan in 2018, and\nits imports grew by 5%. Foreign-\n"
        "invested firms did well.\n"
    )
    assert text_paragraphs(wrapped) == [
        "The province's exports reached 310 billion yuan in 2018, and its imports grew by 5%. "
        "Foreign-invested firms did well."
    ]
    assert text_paragraphs("Exports rose by\n5% in 2018.") == ["Exports rose by 5% in 2018."]
    assert text_paragraphs("a\r\n\r\nb") == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exports rose by 5%.", "en"),
        ("湖南省进出口总值2498.5亿元，同比增长41.6%。", "zh"),
        ("湖南省の輸出入総額は2498.5億元で、前年同期比41.6%増加した。", "ja"),
        ("후난성의 수출입 총액은 2498억 위안으로 41.6% 증가했다.", "ko"),
        ("Les exportations du Hunan ont augmenté de 5 %.", "fr"),
        ("L'indice des prix à la consommation a augmenté de 2,1 % sur un an.", "fr"),
        ("The exports of Hunan rose by 5% in the year to December, the bureau said.", "en"),
        ("Hunan's exports: 5%.", "en"),  # too few words to tell
        ("Exports des entreprises de Hunan rose by 5% in the year to date, the bureau de statistiques said.", "en"),
    ],
)
def test_language_from_script_and_words(text: str, language: str) -> None:
    assert text_language(text) == language


def test_html_lang_is_used_when_the_script_agrees() -> None:
    french = (
        "<html lang='fr-FR'><body><h1>Commerce</h1>"
        "<p>Les exportations du Hunan ont augmenté de 5 % en 2018, selon les douanes.</p></body></html>"
    )
    assert read_page(RawPage(french, "html", "f.html", "utf-8")).language == "fr"
    wrong = "<html lang='en'><body><p>湖南省进出口总值2498.5亿元，同比增长41.6%。出口增长较快。</p></body></html>"
    assert read_page(RawPage(wrong, "html", "w.html", "utf-8")).language == "zh"


@pytest.mark.parametrize(
    ("text", "written", "date"),
    [
        ("Released 16/01/2019 by the bureau", "16/01/2019", dt.date(2019, 1, 16)),
        ("Released 01/16/2019 by the bureau", "01/16/2019", dt.date(2019, 1, 16)),
        ("Veröffentlicht 16.01.2019", "16.01.2019", dt.date(2019, 1, 16)),
        ("Publié le 16 janvier 2019", "16 janvier 2019", dt.date(2019, 1, 16)),
        ("Publié le 1er mars 2019", "1er mars 2019", dt.date(2019, 3, 1)),
        ("게시일 2019년 1월 16일", "2019년 1월 16일", dt.date(2019, 1, 16)),
        ("Date: 16-Jan-2019", "16-Jan-2019", dt.date(2019, 1, 16)),
        ("Date: 03/04/2019", "03/04/2019", None),  # the 3rd of April, or March the 4th: not said
    ],
)
def test_dates_written_in_other_ways(text: str, written: str, date: dt.date | None) -> None:
    from app.importing.dates import find_dates

    assert [(text[start:end], found) for start, end, found in find_dates(text)] == [(written, date)]


@pytest.mark.parametrize(
    ("canonical", "address", "url"),
    [
        ("javascript:alert(1)", "saved.html", ""),
        ("/Business/x.html", "https://www.enghunan.gov.cn/News/y.html", "https://www.enghunan.gov.cn/Business/x.html"),
        ("https://www.enghunan.gov.cn/a.html", "saved.html", "https://www.enghunan.gov.cn/a.html"),
    ],
)
def test_the_source_address_is_a_whole_web_address(canonical: str, address: str, url: str) -> None:
    page = (
        f'<html><head><title>Exports</title><link rel="canonical" href="{canonical}"></head><body>'
        "<h1>Exports</h1><p>In 2018, Hunan's exports were 202.6 billion yuan, up 27.4 percent.</p>"
        "<p>Imports were 105.4 billion yuan, up 25.0 percent over the previous year.</p></body></html>"
    )
    assert read_page(RawPage(page, "html", address, "utf-8")).url == url
