"""Opening uploaded spreadsheets safely, with one set of limits for every importer.

Every file a person gives the service (monthly returns, CQC assessment scores, improvement plans, national
figures, comparator groups) is opened here. The size, the size the workbook would unpack to and each part's
compression ratio are checked from the zip directory before anything is decompressed; the format is told from
the content, not the name; anything else is refused with `FileRefused`, whose message says what to do.
Nothing here knows a return or a plan: callers get the cells and judge them.
"""
import html
import re
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from django.conf import settings

XLSX, CSV = "xlsx", "csv"
MAX_COMPRESSION_RATIO = 200  # real xlsx parts compress 5-30 times; far more means a zip bomb
RATIO_CHECK_MIN_BYTES = 1024 * 1024
WANTED = {XLSX: "an Excel workbook (.xlsx)", CSV: "a CSV file"}
_SHEET_ENTRY = re.compile(rb'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_RELATIONSHIP = re.compile(rb'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"')
_RELATIONSHIP_REVERSED = re.compile(rb'<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
# A cell holding a formula and no cached value: <c r="B7"><f>...</f></c> or <c r="B7"><f .../><v></v></c>
_FORMULA_WITHOUT_VALUE = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*>\s*<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(?:<v>\s*</v>|<v\s*/>)?\s*</c>'
)


class FileRefused(ValueError):
    """The file cannot be used at all; the message says why and what to do. Nothing has been stored."""


def megabytes(size):
    return f"{size / (1024 * 1024):.1f} MB"


@dataclass(frozen=True)
class Limits:
    """What any uploaded file may weigh. One set, from settings, for every importer."""

    max_bytes: int
    max_uncompressed_bytes: int
    max_compression_ratio: int = MAX_COMPRESSION_RATIO
    # The row cap: None reads every row. Issue 13 sets it (per return, default 500,000) and checks it before
    # the sheet is parsed in full; `check_rows` is where a count is judged against it.
    max_rows: int | None = None

    @classmethod
    def from_settings(cls):
        return cls(settings.UPLOAD_MAX_BYTES, settings.UPLOAD_MAX_UNCOMPRESSED_BYTES)

    def check_size(self, size, advice="Remove unused sheets or columns, or split the extract."):
        if size > self.max_bytes:
            raise FileRefused(f"The file is {megabytes(size)}, over the {megabytes(self.max_bytes)} limit. {advice}")

    def check_rows(self, count, sheet):
        if self.max_rows is not None and count > self.max_rows:
            raise FileRefused(
                f"Sheet {sheet!r} has {count:,} rows, over the {self.max_rows:,} limit. Split the extract."
            )


def read_source(source, name=None, limits=None):
    """(bytes, file name) from an uploaded file, a path or bytes; the size is checked before reading when known."""
    limits = limits or Limits.from_settings()
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    elif isinstance(source, (str, Path)):
        path = Path(source)
        limits.check_size(path.stat().st_size)
        data, name = path.read_bytes(), name or path.name
    else:
        size = getattr(source, "size", None)
        if size is not None:
            limits.check_size(size)
        if hasattr(source, "seek"):
            source.seek(0)
        data, name = source.read(), name or getattr(source, "name", "")
    limits.check_size(len(data))
    return data, Path(str(name or "")).name


def upload_this(kinds, extensions=False):
    """'Upload an Excel workbook (.xlsx) or a CSV file.' for the kinds an importer takes."""
    words = [WANTED[kind] + (" (.csv)" if extensions and kind == CSV else "") for kind in kinds]
    return f"Upload {' or '.join(words)}."


def detect_format(data, filename, limits=None, kinds=(XLSX, CSV)):
    """XLSX or CSV from the file's content (not its name), or FileRefused."""
    if not data:
        raise FileRefused("The file is empty (0 bytes). Export it again and upload the saved file.")
    (limits or Limits.from_settings()).check_size(len(data))
    if data[:2] == b"MZ":
        raise FileRefused(f"This file is a Windows program, not a spreadsheet. {upload_this(kinds)}")
    if data[:4] == b"PK\x03\x04":
        return XLSX
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise FileRefused(
            "This is an old-style Excel file (.xls) or a password-protected workbook. "
            "Open it in Excel and save it as an Excel Workbook (.xlsx) without a password."
        )
    if data[:5] == b"%PDF-":
        raise FileRefused(f"This file is a PDF, not a spreadsheet. {upload_this(kinds)}")
    if filename.lower().endswith(".csv"):
        if CSV not in kinds:
            raise FileRefused(f"{filename!r} is a CSV file. {upload_this(kinds)}")
        return CSV
    raise FileRefused(f"{filename!r} is not a spreadsheet this service can read. {upload_this(kinds, extensions=True)}")


def check_zip(data, limits, kinds=(XLSX, CSV)):
    """Refuse a damaged workbook, a zip that is not a workbook, or a zip bomb, from the zip directory alone."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise FileRefused(
            "The file looks like an Excel workbook but is damaged. Save it again from Excel and re-upload."
        ) from None
    with archive:
        entries = archive.infolist()
        if "xl/workbook.xml" not in {entry.filename for entry in entries}:
            raise FileRefused(f"This is a zip archive, not an Excel workbook. {upload_this(kinds)}")
        check_unpacked_size(entries, limits, "workbook", "spreadsheets")


def check_unpacked_size(entries, limits, noun, kind_plural):
    """Refuse a zip bomb from the zip directory's entries: the size it would unpack to, then each part's
    compression ratio. `noun` names the file ('workbook'), `kind_plural` its kind ('spreadsheets')."""
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_uncompressed_bytes:
        raise FileRefused(
            f"The {noun} would expand to {megabytes(total)}, over the "
            f"{megabytes(limits.max_uncompressed_bytes)} limit. It may be a zip bomb; it was not opened."
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > RATIO_CHECK_MIN_BYTES and ratio > limits.max_compression_ratio:
            raise FileRefused(
                f"Part {entry.filename!r} of the {noun} is compressed more than "
                f"{limits.max_compression_ratio} times, which real {kind_plural} never are. It may be a zip bomb; "
                "it was not opened."
            )


def check_text(data):
    if b"\x00" in data[:4096]:
        raise FileRefused(
            "This file is not a text CSV file. Upload an Excel workbook (.xlsx) or a CSV file saved as 'CSV UTF-8'."
        )


def decode_csv(data, encodings=("utf-8-sig",)):
    """The text of a CSV file, tried in each encoding in turn; FileRefused when it is binary or none fits."""
    check_text(data)
    for encoding in encodings[:-1]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode(encodings[-1])
    except UnicodeDecodeError as error:
        raise FileRefused(
            f"The CSV file is not UTF-8 encoded (byte {data[error.start]:#04x} at position {error.start} is not "
            "valid UTF-8; it was probably saved as Windows 'CSV' or ANSI). In Excel choose Save As > 'CSV UTF-8 "
            "(Comma delimited)' and upload again."
        ) from None


@dataclass
class Spreadsheet:
    """A file that passed every check: an xlsx workbook or a CSV file's bytes, with what may be read from it."""

    name: str
    data: bytes
    kind: str  # XLSX or CSV
    limits: Limits
    csv_encodings: tuple = ("utf-8-sig",)
    _calamine: object = field(default=None, repr=False)

    # xlsx ----------------------------------------------------------------------------------------------------
    def _workbook(self):
        from python_calamine import CalamineWorkbook

        if self._calamine is None:
            try:
                self._calamine = CalamineWorkbook.from_filelike(BytesIO(self.data))
            except Exception as error:  # calamine's errors for damaged or encrypted workbooks
                raise FileRefused(
                    f"The workbook could not be opened ({error}). Save it again from Excel as .xlsx and re-upload."
                ) from None
        return self._calamine

    @property
    def sheet_names(self):
        return list(self._workbook().sheet_names)

    def rows(self, sheet=None, whole_numbers_as_int=False):
        """Each row's saved cell values (dates as dates, formulas as their results; "" for an empty cell) of
        `sheet`, the first sheet by default, read by python-calamine. Calamine gives every number as a float;
        `whole_numbers_as_int` gives 7 rather than 7.0, as the cell shows it."""
        workbook = self._workbook()
        sheet = sheet or workbook.sheet_names[0]
        try:
            rows = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as error:  # a damaged sheet part
            raise FileRefused(
                f"Sheet {sheet!r} could not be read ({error}). Save the workbook again from Excel and re-upload."
            ) from None
        self.limits.check_rows(len(rows), sheet)
        if whole_numbers_as_int:
            return [[_as_shown(value) for value in row] for row in rows]
        return rows

    def formulas_without_values(self, sheet=None):
        """Cells of the sheet holding a formula but no saved result, as (column letters, row number).

        Formulas are never run here, so such a cell has no value to read."""
        with zipfile.ZipFile(BytesIO(self.data)) as archive:
            paths = sheet_xml_paths(archive)
            path = paths.get(sheet) if sheet else next(iter(paths.values()), None)
            if not path or path not in archive.namelist():
                return []
            xml = archive.read(path)
        if b"<f" not in xml:
            return []
        return [(column.decode(), int(row)) for column, row in _FORMULA_WITHOUT_VALUE.findall(xml)]

    def refuse_formulas_without_values(self, sheet=None):
        """FileRefused naming the first cells that hold a formula with no saved result, if any."""
        missing = self.formulas_without_values(sheet)
        if missing:
            cells = ", ".join(f"{column}{row}" for column, row in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            raise FileRefused(
                f"Sheet {sheet or self.sheet_names[0]!r} has formulas with no saved result (cells {cells}{more}). "
                "Formulas are never run here: open the file in Excel, let it calculate, save, and upload again "
                "(or paste the values only)."
            )

    def openpyxl_workbook(self):
        """The workbook through openpyxl (saved values, not formulas), for readers that need merged cells or
        number formats. openpyxl parses the XML with defusedxml, so entity tricks are refused."""
        from openpyxl import load_workbook

        try:
            return load_workbook(BytesIO(self.data), data_only=True)
        except Exception:  # openpyxl raises many types for a damaged workbook; all mean the same to the user
            raise FileRefused(
                "The workbook could not be opened. Save it again from Excel as .xlsx and re-upload."
            ) from None

    # csv -----------------------------------------------------------------------------------------------------
    @property
    def text(self):
        return decode_csv(self.data, self.csv_encodings)


def _as_shown(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


def sheet_xml_paths(archive):
    """Sheet name -> path of its XML part inside the xlsx archive, in the workbook's sheet order."""
    workbook = archive.read("xl/workbook.xml")
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = dict(_RELATIONSHIP.findall(rels))
    targets.update({rel_id: target for target, rel_id in _RELATIONSHIP_REVERSED.findall(rels)})
    paths = {}
    for name, rel_id in _SHEET_ENTRY.findall(workbook):
        target = targets.get(rel_id, b"").decode()
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        paths[html.unescape(name.decode())] = path
    return paths


def open_spreadsheet(source, name=None, *, kinds=(XLSX, CSV), limits=None, csv_encodings=("utf-8-sig",)):
    """Check an uploaded file and return it as a Spreadsheet, or raise FileRefused.

    `source` is an uploaded file, a path or bytes; `kinds` the formats this importer takes.
    """
    limits = limits or Limits.from_settings()
    data, name = read_source(source, name, limits)
    kind = detect_format(data, name, limits, kinds)
    if kind == XLSX:
        check_zip(data, limits, kinds)
    else:
        check_text(data)
    return Spreadsheet(name, data, kind, limits, tuple(csv_encodings))


# Word documents ------------------------------------------------------------------------------------------------
SAVE_AS_DOCX = "Save it from Word as a Word Document (.docx) and upload that."
SMALLER_DOCX = "Compress its pictures in Word (or remove them) and upload it again."


def open_word_document(data, limits=None):
    """A Word file's bytes as a python-docx Document, or FileRefused: size, encryption and zip-bomb checks come
    first, from the zip directory alone; python-docx then parses the XML without resolving entities."""
    import docx

    limits = limits or Limits.from_settings()
    limits.check_size(len(data), SMALLER_DOCX)
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise FileRefused(f"This is an older Word file (.doc) or a password-protected document. {SAVE_AS_DOCX}")
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise FileRefused(f"This is not a Word document. {SAVE_AS_DOCX}") from None
    with archive:
        entries = archive.infolist()
        if "word/document.xml" not in {entry.filename for entry in entries}:
            raise FileRefused(f"This is not a Word document. {SAVE_AS_DOCX}")
        if any(entry.flag_bits & 0x1 for entry in entries):
            raise FileRefused("The document is password-protected. Remove the password in Word and upload it again.")
        check_unpacked_size(entries, limits, "document", "documents")
    try:
        return docx.Document(BytesIO(data))
    except Exception as error:  # python-docx and lxml raise many kinds for a damaged file
        raise FileRefused(
            f"The file could not be read as a Word document ({type(error).__name__}). {SAVE_AS_DOCX}"
        ) from None
