"""The glossary: complete names in five languages, phrasings that map to one
term each, place and partner detection, errors, and glyph coverage."""

from __future__ import annotations

import csv
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from app.glossary import (
    DEFAULT_GLOSSARY,
    KINDS,
    LANGUAGES,
    GlossaryError,
    Term,
    glossary_text,
    load_glossary,
)

ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = ROOT / "resources" / "fonts"
FONTS = {
    "Latin": "ViewerSans-Regular.ttf",
    "SC": "ViewerSansSC-Regular.otf",
    "JP": "ViewerSansJP-Regular.otf",
    "KR": "ViewerSansKR-Regular.otf",
}
FONT_ORDER = {
    "en": ("Latin", "SC", "JP", "KR"),
    "fr": ("Latin", "SC", "JP", "KR"),
    "zh": ("SC", "JP", "KR"),
    "ja": ("JP", "SC", "KR"),
    "ko": ("KR", "SC", "JP"),
}
CITIES = (
    "changsha",
    "zhuzhou",
    "xiangtan",
    "hengyang",
    "shaoyang",
    "yueyang",
    "changde",
    "zhangjiajie",
    "yiyang",
    "chenzhou",
    "yongzhou",
    "huaihua",
    "loudi",
    "xiangxi",
)
PARTNERS = (
    "asean",
    "eu",
    "us",
    "africa",
    "hong_kong",
    "rcep",
    "belt_and_road",
    "latin_america",
    "japan",
    "south_korea",
)
# A chart category label: about 14 Latin characters or 7 CJK ones (which count double).
SHORT_WIDTH = 17


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# ---------------------------------------------------------------- the data


def test_every_term_has_five_names_five_short_names_a_phrasing_and_a_kind(glossary):
    assert len(glossary.terms) >= 45
    for term in glossary.terms.values():
        assert set(term.names) == set(LANGUAGES), term.id
        assert set(term.short) == set(LANGUAGES), term.id
        assert all(text.strip() == text and text for text in [*term.names.values(), *term.short.values()]), term.id
        assert term.phrases, term.id
        assert all(phrase == phrase.lower() for phrase in term.phrases), term.id
        assert term.kind in KINDS


def test_short_names_fit_a_chart_label_and_differ_within_a_language(glossary):
    for language in LANGUAGES:
        shorts = [term.short_name(language) for term in glossary.terms.values()]
        too_wide = [s for s in shorts if width(s) > SHORT_WIDTH]
        assert too_wide == [], language
        assert len(set(shorts)) == len(shorts), language


def test_hunan_its_fourteen_cities_and_the_partners_have_five_names(glossary):
    assert set(glossary.places) == {"hunan", *CITIES}
    assert glossary.places["hunan"].kind == "province"
    assert set(PARTNERS) <= set(glossary.partners)
    for place in [*glossary.places.values(), *glossary.partners.values()]:
        assert set(place.names) == set(LANGUAGES), place.id
        assert all(place.short_name(language) for language in LANGUAGES)
        assert place.aliases, place.id


def test_the_terms_the_bundled_articles_chart_are_in_the_glossary(glossary):
    indicators = set()
    for official in sorted((ROOT / "resources" / "articles").glob("*/data/official.csv")):
        with official.open(encoding="utf-8", newline="") as handle:
            indicators |= {row["indicator"] for row in csv.DictReader(handle)}
    assert indicators, "no official series found"
    assert indicators <= set(glossary.terms)


def test_no_phrasing_maps_to_two_terms(glossary):
    owners = defaultdict(set)
    for term in glossary.terms.values():
        for phrase in term.phrases:
            owners[glossary.normalise(phrase)].add(term.id)
    assert {words: ids for words, ids in owners.items() if len(ids) > 1} == {}


def test_every_phrasing_maps_back_to_its_own_term(glossary):
    for term in glossary.terms.values():
        for phrase in term.phrases:
            match = glossary.match(phrase)
            assert match is not None and match.term == term.id, phrase


@pytest.mark.parametrize(
    ("phrase", "term"),
    [
        ("volume des importations et exportations du Hunan", "total_trade"),
        ("les exportations", "exports"),
        ("nombre d'entreprises ayant des activités de commerce extérieur", "trade_enterprises"),
        ("l’indice des prix à la consommation", "cpi"),
        ("le PIB de la province", "gdp"),
        ("trade surplus", "trade_surplus"),
        ("贸易顺差", "trade_surplus"),
        ("the foreign trade deficit", "trade_deficit"),
        ("déficit commercial", "trade_deficit"),
        ("対外貿易実績のある企業", "trade_enterprises"),  # の and が placed otherwise
        ("대외무역실적이 있는 기업", "trade_enterprises"),  # spaced otherwise
    ],
)
def test_french_and_cjk_wordings_match(glossary, phrase, term):
    match = glossary.match(phrase)
    assert match is not None and match.term == term


def test_every_alias_is_found(glossary):
    for place in glossary.places.values():
        for alias in place.aliases:
            assert glossary.match(f"GDP of {alias}").place == place.id, alias
    for partner in glossary.partners.values():
        for alias in partner.aliases:
            assert glossary.match(f"exports to {alias}").partner == partner.id, alias


# ---------------------------------------------------------------- matching

PHRASINGS = [
    ("Hunan’s import and export volume", "total_trade"),
    ("the total import and export value of Hunan Province", "total_trade"),
    ("foreign trade volume", "total_trade"),
    ("Total imports and exports", "total_trade"),
    ("the province's foreign trade", "total_trade"),
    ("import-export value", "total_trade"),
    ("Exports", "exports"),
    ("the export value", "exports"),
    ("total imports", "imports"),
    ("general trade imports and exports", "general_trade"),
    ("Processing Trade", "processing_trade"),
    ("imports and exports with ASEAN", "asean_trade"),
    ("China-ASEAN trade", "asean_trade"),
    ("exports to ASEAN countries", "exports_to_asean"),
    ("imports from ASEAN", "imports_from_asean"),
    ("trade with the European Union", "eu_trade"),
    ("exports to the EU", "exports_to_eu"),
    ("Sino-US trade", "us_trade"),
    ("exports to the United States", "exports_to_us"),
    ("Exports to the U.S.", "exports_to_us"),
    ("imports from the USA", "imports_from_us"),
    ("China-Africa trade", "africa_trade"),
    ("trade between Hunan and Africa", "africa_trade"),
    ("exports to Africa", "exports_to_africa"),
    ("the export volume to Africa", "exports_to_africa"),
    ("imports from African countries", "imports_from_africa"),
    ("exports to Hong Kong", "exports_to_hong_kong"),
    ("trade with RCEP member countries", "rcep_trade"),
    ("exports to other RCEP members", "exports_to_rcep"),
    ("imports and exports with the Belt and Road countries", "belt_and_road_trade"),
    ("The imports and exports with the “Belt and Road” countries", "belt_and_road_trade"),
    ("trade with B&R countries", "belt_and_road_trade"),
    ("exports to countries along the Belt and Road", "exports_to_belt_and_road"),
    ("electromechanical products", "electromechanical_products"),
    ("exports of mechanical and electrical products", "electromechanical_products"),
    ("Hunan's electromechanical and high-tech products", "electromechanical_and_high_tech_products"),
    ("mechanical and electrical products and high-tech products", "electromechanical_and_high_tech_products"),
    ("high and new tech products", "high_tech_products"),
    ("exports and imports of hi-tech products", "high_tech_products"),
    ("labor-intensive products", "labor_intensive_products"),
    ("Labour-intensive products", "labor_intensive_products"),
    ("exports of agricultural products", "agricultural_products"),
    ("enterprises with foreign trade performance", "trade_enterprises"),
    ("enterprises with actual import and export performance", "trade_enterprises"),
    ("newly established foreign-invested enterprises", "foreign_invested_enterprises"),
    ("actual use of foreign capital", "actual_foreign_capital"),
    ("actually utilised foreign capital", "actual_foreign_capital"),
    ("foreign direct investment (FDI)", "actual_foreign_capital"),
    ("gross domestic product", "gdp"),
    ("Changsha's GDP per capita", "per_capita_gdp"),
    ("added value of the primary industry", "primary_industry"),
    ("value added of the secondary industry", "secondary_industry"),
    ("the service sector", "tertiary_industry"),
    ("added value of industrial enterprises above designated size", "industrial_value_added"),
    ("industrial added value above designated size", "industrial_value_added"),
    ("investment in fixed assets", "fixed_asset_investment"),
    ("private investment", "private_investment"),
    ("total retail sales of consumer goods", "retail_sales"),
    ("per capita disposable income of all residents", "disposable_income"),
    ("urban residents’ per capita disposable income", "urban_disposable_income"),
    ("per-capita disposable income of rural residents", "rural_disposable_income"),
    ("consumer price index (CPI)", "cpi"),
    ("domestic and overseas tourists received", "tourist_arrivals"),
    ("total tourism revenue", "tourism_revenue"),
    ("total grain output", "grain_output"),
    ("cross-border e-commerce imports and exports", "cross_border_ecommerce"),
    ("China-Europe freight trains", "china_europe_trains"),
    ("Hunan-Europe freight train trips", "china_europe_trains"),
    # Phrasings of the statistical communiqués and monthly releases.
    ("At the end of the year, the resident population", "resident_population"),
    ("the province's permanent residents", "resident_population"),
    ("the year-end permanent population of Hunan", "resident_population"),
    ("the urbanisation rate of the permanent resident population", "urbanization_rate"),
    ("the urban surveyed unemployment rate", "surveyed_unemployment_rate"),
    ("registered urban unemployment rate", "registered_unemployment_rate"),
    ("new urban jobs", "new_urban_jobs"),
    ("newly created jobs in urban areas", "new_urban_jobs"),
    ("the Producer Price Index (PPI)", "ppi"),
    ("PPI", "ppi"),
    ("ex-factory prices of industrial producers", "ppi"),
    ("industrial enterprises above designated size", "industrial_enterprises"),
    ("profits of industrial enterprises above designated size", "industrial_profits"),
    ("operating revenue of industrial enterprises above designated size", "industrial_revenue"),
    ("value added of high-tech industries", "high_tech_industry"),
    ("added value of high-tech manufacturing", "high_tech_manufacturing"),
    ("crude steel output", "crude_steel_output"),
    ("the output of crude steel", "crude_steel_output"),
    ("electricity generation", "electricity_generation"),
    ("power generation of industrial enterprises above designated size", "electricity_generation"),
    ("electricity consumption of the whole society", "electricity_consumption"),
    ("gross output value of agriculture, forestry, animal husbandry and fishery", "agricultural_output_value"),
    ("the output of aquatic products", "aquatic_products_output"),
    ("TEUs of containers", "container_throughput"),
    ("container throughput", "container_throughput"),
    ("cargo throughput of ports", "port_cargo_throughput"),
    ("freight traffic", "freight_volume"),
    ("express deliveries", "express_deliveries"),
    ("express delivery business volume", "express_deliveries"),
    ("high-tech enterprises", "high_tech_enterprises"),
    ("national high and new technology enterprises", "high_tech_enterprises"),
    ("foreign investment projects", "foreign_investment_projects"),
    ("newly approved foreign-invested projects", "foreign_investment_projects"),
    ("overseas investment by Hunan enterprises", "outward_investment"),
    ("outbound direct investment", "outward_investment"),
    ("non-financial outward direct investment", "outward_investment"),
    ("local general public budget revenue", "general_budget_revenue"),
    ("general public budget expenditure", "general_budget_expenditure"),
    ("total fiscal revenue", "fiscal_revenue"),
    ("aggregate financing to the real economy", "social_financing"),
    ("deposits", "deposits"),
    ("the balance of RMB deposits of financial institutions", "deposits"),
    ("loans", "loans"),
    ("outstanding RMB loans", "loans"),
    ("real estate development investment", "real_estate_investment"),
    ("investment in real estate development", "real_estate_investment"),
    ("floor space of commercial buildings sold", "housing_floor_space_sold"),
    ("sales of commercial buildings", "housing_sales"),
    ("per capita consumption expenditure of residents", "per_capita_consumption"),
    ("online retail sales of physical goods", "online_retail_sales"),
    # Existing terms in the communiqués' other wordings.
    ("Foreign direct investment actually used", "actual_foreign_capital"),
    ("import and export enterprises", "trade_enterprises"),
    ("disposable income of permanent residents", "disposable_income"),
    ("per capita disposable income of urban permanent residents", "urban_disposable_income"),
    ("investment in fixed assets excluding rural households", "fixed_asset_investment"),
    ("residents' consumer prices", "cpi"),
    ("cross-border online retail", "cross_border_ecommerce"),
]


@pytest.mark.parametrize(("phrase", "term"), PHRASINGS)
def test_a_release_phrasing_maps_to_its_term(glossary, phrase, term):
    match = glossary.match(phrase)
    assert match is not None and match.term == term


UNRELATED = [
    "speech at the conference",
    "customs clearance",
    "the high end of the value chain",
    "foreign trade development and promotion system",
    "export-oriented economy",
    "trade fair",
    "import tariffs",
    "competitive products",
    "production capacity",
    "Xu Xiangping, HPDC director",
    "Hunan",
    "rural population",
    "registered population",
    "steel prices",
    "industrial enterprises",
    "high-tech zones",
    "loan prime rate",
    "budget deficit",
    "purchasing prices of industrial producers",
    "the provincial total",
    "2018",
    "",
    "  ",
]


@pytest.mark.parametrize("phrase", UNRELATED)
def test_an_unrelated_phrase_maps_to_nothing(glossary, phrase):
    assert glossary.match(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "term", "place", "partner"),
    [
        ("the import and export volume of Hunan", "total_trade", "hunan", None),
        ("Changsha's GDP", "gdp", "changsha", None),
        ("tourist arrivals in Zhangjiajie", "tourist_arrivals", "zhangjiajie", None),
        ("GDP of Xiangxi Tujia and Miao Autonomous Prefecture", "gdp", "xiangxi", None),
        ("Yueyang City's fixed-asset investment", "fixed_asset_investment", "yueyang", None),
        ("exports to Africa", "exports_to_africa", None, "africa"),
        ("Hunan's exports to Japan", "exports", "hunan", "japan"),
        ("trade with South Korea", "total_trade", None, "south_korea"),
        ("exports to Latin America", "exports", None, "latin_america"),
        ("imports and exports of Changsha, Hunan with ASEAN", "asean_trade", "changsha", "asean"),
        ("exports of Hunan Province to the US", "exports_to_us", "hunan", "us"),
        ("exports of electromechanical products to the EU", "electromechanical_products", None, "eu"),
        ("the resident population of Changsha", "resident_population", "changsha", None),
        ("Yueyang's container throughput", "container_throughput", "yueyang", None),
        ("overseas investment by Hunan enterprises", "outward_investment", "hunan", None),
    ],
)
def test_the_place_and_partner_a_phrase_names_are_found(glossary, phrase, term, place, partner):
    match = glossary.match(phrase)
    assert (match.term, match.place, match.partner) == (term, place, partner)


# Indicators as the bureaus' Chinese releases name them (and one each in
# Japanese and Korean): matched on the glossary's names and short names.
CJK_PHRASINGS = [
    ("全省常住人口", "resident_population"),
    ("常住人口城镇化率", "urbanization_rate"),
    ("集装箱吞吐量", "container_throughput"),
    ("全省港口货物吞吐量", "port_cargo_throughput"),
    ("城镇调查失业率", "surveyed_unemployment_rate"),
    ("城镇新增就业", "new_urban_jobs"),
    ("工业生产者出厂价格指数", "ppi"),
    ("全省工业生产者出厂价格", "ppi"),
    ("全省居民消费价格", "cpi"),
    ("高新技术企业", "high_tech_enterprises"),
    ("高新技术产业增加值", "high_tech_industry"),
    ("新批外商投资项目", "foreign_investment_projects"),
    ("全省对外直接投资", "outward_investment"),
    ("粗钢产量", "crude_steel_output"),
    ("水产品产量", "aquatic_products_output"),
    ("规模以上工业企业", "industrial_enterprises"),
    ("规模以上工业企业利润总额", "industrial_profits"),
    ("规模以上工业增加值", "industrial_value_added"),
    ("地方一般公共预算收入", "general_budget_revenue"),
    ("进出口企业", "trade_enterprises"),
    ("社会融资规模增量", "social_financing"),
    ("金融机构人民币各项存款余额", "deposits"),
    ("本外币各项贷款余额", "loans"),
    ("房地产开发投资", "real_estate_investment"),
    ("商品房销售面积", "housing_floor_space_sold"),
    ("规模以上工业发电量", "electricity_generation"),
    ("全社会用电量", "electricity_consumption"),
    ("全省快递业务量", "express_deliveries"),
    ("实际使用外资", "actual_foreign_capital"),
    ("全体居民人均消费支出", "per_capita_consumption"),
    ("实物商品网上零售额", "online_retail_sales"),
    ("粗鋼生産量", "crude_steel_output"),
    ("상주인구", "resident_population"),
    ("全省各级政府", None),
]


@pytest.mark.parametrize(("phrase", "term"), CJK_PHRASINGS)
def test_a_chinese_release_phrasing_maps_to_its_term(glossary, phrase, term):
    match = glossary.match(phrase)
    assert (match.term if match else None) == term


def test_matching_is_fast(glossary):
    phrases = [phrase for phrase, _ in PHRASINGS] + UNRELATED
    start = time.perf_counter()
    for _ in range(40):
        for phrase in phrases:
            glossary.match(phrase)
    calls = 40 * len(phrases)
    assert calls / (time.perf_counter() - start) > 2000


# ---------------------------------------------------------------- API and errors


def test_names_fall_back_to_english():
    term = Term(id="exports", names={"en": "Exports", "zh": "出口"}, short={"en": "Exp."}, phrases=("exports",))
    assert term.name("zh") == "出口"
    assert term.name("ko") == "Exports"
    assert term.short_name("en") == "Exp."
    assert term.short_name("zh") == "出口"
    assert term.short_name("ko") == "Exp."


def test_the_glossary_is_read_once(glossary):
    assert load_glossary() is glossary
    assert load_glossary(str(DEFAULT_GLOSSARY)) is glossary


def test_glossary_text_has_every_name_in_every_language(glossary):
    text = glossary_text()
    for entry in [*glossary.terms.values(), *glossary.places.values(), *glossary.partners.values()]:
        for language in LANGUAGES:
            assert entry.name(language) in text
            assert entry.short_name(language) in text


VALID_TERM = '[terms.exports]\nen = "Exports"\nshort = { en = "Exports" }\nphrases = ["exports"]\nkind = "amount"\n'
MARS_TERM = (
    '[terms.exports_to_mars]\nen = "Exports to Mars"\nshort = { en = "Mars" }\nphrases = ["exports to mars"]\n'
    'kind = "amount"\nflow = "exports"\npartner = "mars"\n'
)


@pytest.mark.parametrize(
    ("text", "what", "where"),
    [
        ("[terms.exports\nen = 1\n", "not valid TOML", ""),
        ("", "no terms", "terms"),
        (VALID_TERM.replace('en = "Exports"\nshort', "short"), "no English name", "terms.exports.en"),
        (VALID_TERM.replace('"amount"', '"money"'), "kind must be one of", "terms.exports.kind"),
        (VALID_TERM.replace("phrases", "phrase"), "unknown key 'phrase'", "terms.exports"),
        (VALID_TERM.replace('["exports"]', "[]"), "no phrasings", "terms.exports.phrases"),
        (
            VALID_TERM + VALID_TERM.replace("terms.exports", "terms.sales"),
            "already a phrasing of exports",
            "terms.sales.phrases",
        ),
        (VALID_TERM + MARS_TERM, "unknown partner 'mars'", "terms.exports_to_mars.partner"),
        (
            VALID_TERM + '[places.hunan]\nen = "Hunan"\naliases = ["hunan"]\nkind = "planet"\n',
            "kind must be one of",
            "places.hunan.kind",
        ),
    ],
)
def test_a_malformed_glossary_says_what_and_where(tmp_path, text, what, where):
    path = tmp_path / "glossary.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        load_glossary(path)
    error = caught.value
    assert what in error.what
    assert error.where == (f"{path}: {where}" if where else str(path))
    assert str(error) == f"{error.what} ({error.where})"


def test_a_missing_glossary_file_is_a_glossary_error(tmp_path):
    with pytest.raises(GlossaryError, match=r"cannot read the glossary"):
        load_glossary(tmp_path / "missing.toml")


# ---------------------------------------------------------------- fonts


@pytest.fixture(scope="module")
def cmaps():
    maps = {}
    for region, file_name in FONTS.items():
        with TTFont(FONT_DIR / file_name) as font:
            maps[region] = set(font.getBestCmap())
    return maps


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bundled_fonts_draw_every_glossary_name(glossary, cmaps, language):
    covered = set().union(*(cmaps[region] for region in FONT_ORDER[language]))
    missing = sorted({c for text in glossary.texts(language) for c in text if ord(c) not in covered})
    assert "".join(missing) == "", f"{len(missing)} characters missing in {language}"
