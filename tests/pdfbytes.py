"""PDFs written byte by byte, for the cases a PDF library will not write (a font without a
descriptor, zero pages, a page rotated in its dictionary)."""


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF of the given object bodies, numbered from 1, with object 1 as its catalog, a
    cross-reference table and a trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
