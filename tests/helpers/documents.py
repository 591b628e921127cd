"""Helpers for tests of the document readers: the format fixtures, and a tiny PDF writer
(pages of Helvetica text lines, no dependency)."""
from __future__ import annotations

from pathlib import Path

from qa.documents.load import load_document
from qa.types import Passage

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def load_fixture(name: str, as_name: str | None = None):
    return load_document(as_name or name, (FIXTURES / name).read_bytes())


def texts(document) -> str:
    return "\n".join(p.text for p in document.passages)


def only(document, phrase: str) -> Passage:
    found = [p for p in document.passages if phrase in p.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} passages"
    return found[0]


def line_of(path: Path, phrase: str) -> int:
    """1-based number of the line of `path` that contains `phrase`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if phrase in line)


def make_pdf(pages: list[list], leading: int = 14) -> bytes:
    """A PDF whose pages hold the given lines, top-down from y=750.

    A line is a string (11 pt) or a (string, size) pair; None leaves a blank line's worth of
    space (a paragraph gap).
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                            b"/Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops, y = [], 750
        for line in lines:
            if line is not None:
                text, size = (line, 11) if isinstance(line, str) else line
                escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"BT /F1 {size} Tf 72 {y} Td ({escaped}) Tj ET")
                y -= size - 11  # bigger type takes more room
            y -= leading
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                               xref)
    return bytes(out)


REPORT_PAGES = [
    ["Quarterly Field Report",
     ("Road Security in the North", 18),
     None,
     "Convoys to Kidal took up to four weeks because armed groups cut the roads",
     "and planted explosive devices along the main supply routes.",
     None,
     "The engineering company started the reconstruction of the bridge at Gao in",
     "March, after the rainy season had washed away two of its spans, and the recon-",
     None, None, None, None,
     "Page 1 of 3"],
    ["Quarterly Field Report",
     "struction work was finished before the end of the year by local contractors.",
     None,
     ("Medical Evacuation", 18),
     None,
     "Helicopters flew casualties from Tessalit to the hospital in Gao within hours.",
     None, None, None, None, None, None, None, None, None, None,
     "Page 2 of 3"],
    # A header is running only on most pages and at least three: hence a third page.
    ["Quarterly Field Report",
     "Water trucks supplied the camp at Aguelhok twice a week during the dry season.",
     None, None, None, None, None, None, None, None, None, None, None, None, None, None,
     "Page 3 of 3"],
]
