"""Turning a page's bytes into text: which encoding, in the order a browser
trusts the evidence (byte-order mark, HTTP header, <meta>, then a guess)."""

from __future__ import annotations

import codecs
import re

# UTF-32 first: its little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers read as a wider encoding (WHATWG Encoding Standard):
# pages labelled GB2312 routinely hold GBK characters, "latin1" pages cp1252.
WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
HIRAGANA = re.compile(r"[\u3041-\u309f]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
HAN = re.compile(r"[\u4e00-\u9fff]")
SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    return None


def codec_name(label: str | None) -> str | None:
    """A Python codec for an encoding label, or None when it names none."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = WIDER.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def meta_charset(data: bytes) -> str | None:
    """The charset a <meta> tag declares in the first 4 KB."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """The text and the codec used: BOM, then the HTTP charset, then the
    <meta> charset, then a guess (UTF-8, GB18030, charset_normalizer,
    cp1252). A declared charset that does not fit the bytes is skipped."""
    name = bom_encoding(data)
    if name:
        return data.decode(name, errors="replace").lstrip("\ufeff"), name
    for label, in_meta in ((header_charset, False), (meta_charset(data), True)):
        name = codec_name(label)
        if name and in_meta and name.startswith(("utf-16", "utf-32")):
            # A <meta> tag read as ASCII cannot be in UTF-16: browsers take
            # it as UTF-8 (WHATWG), a common slip of page authors.
            name = "utf-8"
        if name:
            try:
                return data.decode(name), name
            except (UnicodeDecodeError, LookupError):
                continue
    return guess(data)


def guess(data: bytes) -> tuple[str, str]:
    """Decode undeclared bytes: strict UTF-8, then GB18030 (Chinese sites
    rarely declare it) unless the bytes are Japanese or Korean prose, then
    charset_normalizer, then cp1252 with
    replacement characters, which always succeeds."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        # Latin text can decode as GB18030 by accident; real Chinese text is
        # mostly CJK outside ASCII and never in the private use area.
        wide = non_ascii(text)
        if not PRIVATE_USE.search(text) and len(CJK.findall(text)) >= 0.8 * wide:
            return japanese_or_korean(data, text) or (text, "gb18030")
    name = normalizer_guess(data)
    if name:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def non_ascii(text: str) -> int:
    """How many characters of a text are beyond ASCII."""
    return sum(1 for char in text if ord(char) > 127)


def japanese_or_korean(data: bytes, as_chinese: str) -> tuple[str, str] | None:
    """Japanese or Korean bytes that also read as GB18030, told apart by
    what each script's prose has and Chinese prose lacks: Japanese is
    written with hiragana (which GB18030 misreads as half-width katakana or
    rare ideographs), Korean puts spaces between its words (which would
    stand between ideographs in the GB18030 reading). None for Chinese."""
    for name in ("cp932", "euc_jp"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        wide = non_ascii(text) or 1
        if len(HIRAGANA.findall(text)) >= 0.15 * wide and not PRIVATE_USE.search(text):
            return text, name
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    wide = non_ascii(text) or 1
    spaced = len(SPACED_HAN.findall(as_chinese))  # a menu's "微信 微博" is not prose
    if len(HANGUL.findall(text)) >= 0.8 * wide and spaced >= max(3, 0.1 * len(HAN.findall(as_chinese))):
        return text, "cp949"
    return None


def normalizer_guess(data: bytes) -> str | None:
    """charset_normalizer's codec for the bytes, if it is installed (it
    comes with trafilatura) and finds one."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    results = from_bytes(data[: 2**20])
    best = results.best()
    if best is None:
        return None
    # On short texts the Latin code pages score alike, and the winner is
    # often a Baltic or Central European one; cp1252 is the web's usual
    # Western encoding, so it wins when it scores nearly as well.
    if any("cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.1 for match in results):
        return "cp1252"
    return codec_name(best.encoding)
