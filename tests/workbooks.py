"""Building files for upload tests."""
import zipfile
from io import BytesIO


def zip_with(entries):
    """A zip archive holding `entries` ({name: content}), e.g. a fake or bomb workbook."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()
