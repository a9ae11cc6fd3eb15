"""read_document on real train files of every format, and on every kind of bad input."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfWriter

from pipeline.errors import (
    BinaryContentError,
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    IngestError,
    NoTextLayerError,
    UnsupportedFormatError,
)
from pipeline.ingest import SUPPORTED_SUFFIXES, Document, read_bytes, read_document

from ingest_corpus import FIXTURES, train_file

SEED = "surrey/2020-12-children-improvement-update.txt"
LIMERICK_2014 = ("limerick/2014/2014-07-02--minutes-of-meeting-municipal-district-of-newcastle-west-"
                 "11th-june-2014.md")
LIMERICK_2017 = "limerick/2017/2017-01-23--meeting-of-limerick-city-and-county-council-28th-november-2016.md"
LIMERICK_2023 = ("limerick/2023/2023-02-14--monthly-meeting-of-the-municipal-district-of-adare-rathkeale-"
                 "10th-january-2023.md")
MSCC_PDF = "mscc/pdf/17-03-08.pdf"


def lines(doc: Document) -> list[str]:
    return doc.text.split("\n")


def assert_clean(doc: Document) -> None:
    """Properties every normalised text has (conventions 1 and 5)."""
    assert doc.text == doc.text.strip()
    assert "\n\n\n" not in doc.text
    assert "  " not in doc.text
    assert all(line == line.strip() for line in lines(doc))


# --- txt ------------------------------------------------------------------------------------
def test_seed_txt() -> None:
    doc = read_document(train_file(SEED))
    assert (doc.format, doc.encoding, doc.pages) == ("txt", "utf-8", None)
    assert doc.source.endswith(SEED)
    assert ("The Director agreed to provide a written response to Members regarding the delivery of "
            "additional learning provision from youth centres and related costs.") in doc.text
    assert re.search(r"^1\. The Chairman thanked", doc.text, re.M)
    assert "\nRecommendations:\n" in doc.text        # not glued to the point before it
    assert_clean(doc)


def test_cp1252_txt(tmp_path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes("Councillor O’Brien said the café – “closed” – would reopen.\n".encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252"
    assert doc.text == "Councillor O’Brien said the café – “closed” – would reopen."


def test_utf8_bom_stripped(tmp_path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffMinutes of the meeting.".encode("utf-8"))
    assert read_document(path).text == "Minutes of the meeting."


# --- md -------------------------------------------------------------------------------------
def test_limerick_2017_double_spaced() -> None:
    doc = read_document(train_file(LIMERICK_2017))
    officials = ("Chief Executive (Mr. C. Murray), Deputy Chief Executive and Director, Economic "
                 "Development (Mr. P. Daly), Director, Physical Development (Mr. K. Lehane),")
    line = next(ln for ln in lines(doc) if ln.startswith("Chief Executive (Mr. C. Murray)"))
    assert line.startswith(officials)
    assert line.endswith("Administrative Officer, Corporate Services (Ms. T. Knox).")
    assert "1. Adoption of Minutes" in lines(doc)
    assert "(a) Ordinary Meeting of the Council held on 19th September, 2016." in lines(doc)
    assert doc.text.startswith("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND COUNTY COUNCIL "
                               "HELD IN THE COUNCIL CHAMBER,")
    assert "“That, the draft Minutes, as circulated, be taken as read and adopted and signed.”" in lines(doc)
    assert "**" not in doc.text and "Original file" not in doc.text
    assert not any(re.fullmatch(r"\d{1,3}|---", ln) for ln in lines(doc))  # years in tables stay
    assert_clean(doc)


def test_limerick_2014_scanned() -> None:
    doc = read_document(train_file(LIMERICK_2014))
    assert ("“That, Councillor Jerome Scanlan be appointed Cathaoirleach of the Municipal District of "
            "Newcastle West to hold office to the next Annual Meeting or until his successor is appointed.”"
            ) in lines(doc)
    assert "He offered him his congratulations and best wishes for the coming year." in doc.text
    assert "The Director provided an update on the Customer Relationship Management System" in doc.text
    assert "Scanned page" not in doc.text and "<small>" not in doc.text
    assert "Proposed by Councillor Galvin;\nSeconded by Councillor Sheahan;" in doc.text
    assert "2" not in lines(doc)
    assert_clean(doc)


def test_limerick_2023_bold_and_bullets() -> None:
    doc = read_document(train_file(LIMERICK_2023))
    assert doc.text.startswith("MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF "
                               "ADARE-RATHKEALE HELD IN ÁRAS SEÁN FINN, NEW LINE ROAD, RATHKEALE, CO. LIMERICK")
    assert re.search(r"Clerical Officer \(Ms\. L\. Lenihan\)\.\n\nAt the outset", doc.text)
    assert "PRESENT IN THE CHAIR:" in lines(doc)
    assert any(ln.startswith("- Councillor Teskey raised") for ln in lines(doc))  # U+F0B7 bullet
    assert "\uf0b7" not in doc.text and "**" not in doc.text
    assert_clean(doc)


# --- pdf ------------------------------------------------------------------------------------
def test_mscc_pdf_owner_cells() -> None:
    doc = read_document(train_file(MSCC_PDF))
    assert (doc.format, doc.encoding, doc.pages) == ("pdf", None, 3)
    assert ("Clerk to write to Mrs Phillips and to prepare all paperwork and ensure that the relevant "
            "notices were posted.\nClerk\n") in doc.text
    assert ("to press C and turn the handle to access the unit.\nCllr. P. Harris/Clerk\n") in doc.text
    assert "would get the seed.\nCllr. J. Davies\n" in doc.text           # indented owner line
    assert "as typed and circulated, were correct.\nSigned by the Chair" in doc.text
    assert "Credit Balance of £7,625.48.\nNoted\n" in doc.text
    assert "\nAll\n" in doc.text
    assert ("Apologies received from Councillors Arwel Davies, Doris Jones, Andrew Thomas and Owen "
            "Williams.") in doc.text
    assert not any(re.fullmatch(r"\d+", ln) for ln in lines(doc))      # page numbers gone
    assert_clean(doc)


# --- html -----------------------------------------------------------------------------------
def test_html_fixture() -> None:
    doc = read_document(FIXTURES / "moderngov-item.html")
    assert (doc.format, doc.encoding) == ("html", "utf-8")
    for chrome in ("cookies", "Skip to", "Home", "News", "Privacy", "dataLayer", "trackItem",
                   "sidebar", "include", "Example County Council", "font-family"):
        assert chrome not in doc.text, chrome
    assert ("The Director agreed to provide a written response to Members regarding the delivery of "
            "additional learning provision from youth centres and related costs.") in doc.text
    assert ("Mary Lewis, Cabinet Member for Children, Young People and Families\n"
            "Jacquie Burke, Director – Family Resilience and Safeguarding") in doc.text
    assert re.search(r"^1\. The Chairman thanked", doc.text, re.M)
    assert re.search(r"^2\. A Member noted", doc.text, re.M)
    assert "\n- The Director – Family Resilience" in doc.text
    assert "Written response on youth centres | Director | January 2021" in lines(doc)
    assert_clean(doc)


def test_html_windows_1252(tmp_path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '</head><body><nav class="menu">Menu</nav><main><p>Councillor O’Brien asked about the '
            'café – “urgent”.</p></main></body></html>')
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(path)
    assert doc.encoding == "cp1252"
    assert doc.text == "Councillor O’Brien asked about the café – “urgent”."


def test_html_meta_charset_wrong_falls_back(tmp_path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Cllr O’Brien</p></body></html>'
    doc = read_bytes(page.encode("cp1252"), suffix=".html", source="x.html")
    assert doc.text == "Cllr O’Brien"


def test_read_bytes_matches_read_document() -> None:
    path = train_file(SEED)
    assert read_bytes(path.read_bytes(), suffix=".txt", source=str(path)) == read_document(path)


# --- bad inputs -----------------------------------------------------------------------------
def _blank_pdf(path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(path, "wb") as fh:
        writer.write(fh)


@pytest.mark.parametrize(
    ("name", "content", "error", "words"),
    [
        ("empty.txt", b"", EmptyDocumentError, "empty"),
        ("blank.md", b"  \n\t\n\xc2\xa0\n", EmptyDocumentError, "no text"),
        ("furniture.md", b"[Original file](http://x/y.pdf)\n\n---\n2\n", EmptyDocumentError, "no text"),
        ("markup.html", b"<html><body><script>x()</script></body></html>", EmptyDocumentError, "no text"),
        ("binary.txt", bytes(range(256)) * 8, BinaryContentError, "binary"),
        ("controls.txt", b"\x01\x02\x03\x04\x05abc" * 50, BinaryContentError, "binary"),
        ("notes.docx", b"PK\x03\x04", UnsupportedFormatError, "unsupported"),
        ("noext", b"text", UnsupportedFormatError, "unsupported"),
        ("fake.pdf", b"hello, not a pdf", CorruptDocumentError, "not a PDF"),
    ],
)
def test_bad_inputs(tmp_path, name, content, error, words) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as info:
        read_document(path)
    message = str(info.value)
    assert words in message and "\n" not in message


def test_truncated_pdf(tmp_path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes(train_file(MSCC_PDF).read_bytes()[:2000])
    with pytest.raises(CorruptDocumentError, match="truncated or corrupt"):
        read_document(path)


def test_damaged_pdf_body(tmp_path) -> None:
    data = bytearray(train_file(MSCC_PDF).read_bytes())
    data[200:-2048] = b"\x00" * (len(data) - 2248)              # keep header and trailer only
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError) as info:
        read_document(path)
    assert isinstance(info.value, (CorruptDocumentError, NoTextLayerError, EmptyDocumentError))


def test_pdf_without_text_layer(tmp_path) -> None:
    path = tmp_path / "scan.pdf"
    _blank_pdf(path)
    with pytest.raises(NoTextLayerError, match=r"PDF has no text layer \(scanned image\?\); run OCR first"):
        read_document(path)


def test_too_large_checked_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Minutes " * 100, encoding="utf-8")

    def no_read(*args, **kwargs):
        raise AssertionError("file was read before the size check")

    monkeypatch.setattr(type(path), "read_bytes", no_read)
    with pytest.raises(DocumentTooLargeError, match="larger than the limit of 10 bytes"):
        read_document(path, max_bytes=10)
    with pytest.raises(DocumentTooLargeError):
        read_bytes(b"x" * 11, suffix=".txt", source="mem", max_bytes=10)


def test_missing_file_is_os_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        read_document(tmp_path / "missing.txt")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_supported_suffixes_accepted(suffix) -> None:
    data = b"%PDF-1.4\n%%EOF" if suffix == ".pdf" else b"Minutes."
    try:
        read_bytes(data, suffix=suffix.upper(), source="x")
    except UnsupportedFormatError:  # pragma: no cover - the assertion below explains
        pytest.fail(f"{suffix} rejected")
    except IngestError:
        pass                          # the tiny PDF is rejected for its content, not its suffix


def test_document_is_frozen() -> None:
    doc = read_bytes(b"Minutes.", suffix=".txt", source="x.txt")
    with pytest.raises(AttributeError):
        doc.text = "changed"  # type: ignore[misc]


def test_html_wayback_toolbar_dropped() -> None:
    """An archived page: the Wayback toolbar goes, the minutes and their attendance table stay."""
    doc = read_document(FIXTURES / "archived-township-minutes.html")
    for chrome in ("Wayback Machine", "captures", "Donate", "Internet Archive", "FILE ARCHIVED", "__wm",
                   "web.archive.org", "Residents", "1 Main Street"):
        assert chrome not in doc.text, chrome
    assert doc.text.startswith("The Corporation of the Township of Example\n\nMinutes of the Regular Meeting")
    assert "Tuesday, January 8, 2019 at 7:00 p.m., Council Chambers" in lines(doc)
    assert "Mayor | Jane Dumas" in lines(doc)
    assert "Jim Brown | CAO/Clerk" in lines(doc)
    assert "Regrets: Councillor Pat King" in lines(doc)
    assert "Mayor Dumas called the meeting to order at 7:00 p.m." in lines(doc)
    assert_clean(doc)
