"""Opening an uploaded Word file safely: size limit, zip-bomb and encryption checks from the zip directory alone,
before python-docx (whose XML parser does not resolve entities) reads it. Uses the uploads' limits.

For the lead: core/files.py is to hold the one safe-opening helper; this should move there when it lands.
"""
import zipfile
from io import BytesIO

import docx
from django.conf import settings

MAX_PARTS = 2000
MAX_COMPRESSION_RATIO = 200  # real Word parts compress a few times; far more means a zip bomb
RATIO_CHECK_MIN_BYTES = 1024 * 1024
OLD_WORD_SIGNATURE = b"\xd0\xcf\x11\xe0"
SAVE_AS = "Save it from Word as a Word Document (.docx) and upload that."


class DocxProblem(ValueError):
    """Why a file cannot be read as a Word document, in words for the person who uploaded it."""


def megabytes(size):
    return f"{size / (1024 * 1024):.1f} MB"


def check_archive(data):
    if len(data) > settings.UPLOAD_MAX_BYTES:
        raise DocxProblem(f"The file is {megabytes(len(data))}, over the {megabytes(settings.UPLOAD_MAX_BYTES)} limit.")
    if data.startswith(OLD_WORD_SIGNATURE):
        raise DocxProblem(f"This is an older Word file (.doc) or a password-protected document. {SAVE_AS}")
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise DocxProblem(f"This is not a Word document. {SAVE_AS}") from None
    entries = archive.infolist()
    if len(entries) > MAX_PARTS or "word/document.xml" not in {entry.filename for entry in entries}:
        raise DocxProblem(f"This is not a Word document. {SAVE_AS}")
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise DocxProblem("The document is password-protected. Remove the password in Word and upload it again.")
    if sum(entry.file_size for entry in entries) > settings.UPLOAD_MAX_UNCOMPRESSED_BYTES:
        raise DocxProblem("The document would unpack to more than "
                          f"{megabytes(settings.UPLOAD_MAX_UNCOMPRESSED_BYTES)}. It may be a zip bomb; it was not opened.")
    for entry in entries:
        if entry.file_size > RATIO_CHECK_MIN_BYTES and entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1):
            raise DocxProblem(f"Part {entry.filename!r} is compressed more than {MAX_COMPRESSION_RATIO} times, which "
                              "real documents never are. It may be a zip bomb; it was not opened.")


def open_docx(data):
    """A python-docx Document from the uploaded bytes, or DocxProblem saying why not."""
    check_archive(data)
    try:
        return docx.Document(BytesIO(data))
    except Exception as error:  # python-docx and lxml raise many kinds for a damaged file
        raise DocxProblem(f"The file could not be read as a Word document ({type(error).__name__}). {SAVE_AS}") from None
