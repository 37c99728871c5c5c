#!/usr/bin/env python3
"""Small seed inputs written by hand for the fuzz targets scripts/fuzz.sh runs:
text in each encoding the reader knows, and minimal PDFs (built here, with a correct
cross-reference table) of a resolution's first lines and a footnote.

usage: make-seeds.py TARGET DIR
"""
import sys

TEXT = ("A/RES/67/195\n\nThe General Assembly,\n\nRecalling its resolutions 56/183 of 21 December 2001 and "
        "57/238,1 and Economic and Social Council resolution 2006/46,\n\nTaking note of the report "
        "(A/67/66-E/2012/49) and Security Council resolution 1373 (2001);\n\n1 See A/60/687.\n")


def pdf(pages):
    """A PDF with one Times text object per line of each page."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>"]
    kids = []
    for lines in pages:
        stream = "BT /F1 11 Tf " + " ".join("1 0 0 1 72 %d Tm (%s) Tj" % (720 - 14 * k, l.replace("(", "\\(").replace(")", "\\)"))
                                            for k, l in enumerate(lines)) + " ET"
        objects.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>" % content)
        kids.append(len(objects))
    objects[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    out += b"".join(("%010d 00000 n \n" % o).encode() for o in offsets)
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)).encode()
    return out


AKN = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#DGACM"><FRBRWork>
      <FRBRthis value="/akn/un/statement/deliberation/unga/2021-12-09/76-84/!main/"/>
      <FRBRdate date="2021-12-09" name="adoption"/>
    </FRBRWork></identification></meta>
    <coverPage><p><docNumber refersTo="#symbol">A/RES/76/84</docNumber></p></coverPage>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
      <container name="Recalling"><p>\t<span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/73/89">73/89</a> of 6 December 2018,</p></container>
      <container name="Having considered"><p>\t<span class="italic">Having considered</span> the report,<authorialNote marker="1" placement="bottom"><p><a href="https://undocs.org/en/A/76/299">A/76/299-S/2021/749</a>.</p></authorialNote></p></container>
    </preamble>
    <mainBody><paragraph eId="para_1"><num>1.</num><content><p><span class="italic">Reaffirms</span> Security Council resolution <a href="https://undocs.org/en/S/RES/2334(2016)">2334 (2016)</a>;</p></content></paragraph></mainBody>
  </statement>
</akomaNtoso>
"""


def seeds(target):
    if target == "akn":
        return {"resolution.xml": AKN.encode(), "no-links.xml": AKN.replace("https://undocs.org/en/", "").encode(),
                "not-akn.xml": b"<?xml version='1.0'?><html><p>resolution 56/183</p></html>"}
    if target == "pdf":
        lines = [l for l in TEXT.split("\n") if l]
        return {"one-page.pdf": pdf([lines]), "two-pages.pdf": pdf([lines[:3], lines[3:]]),
                "truncated.pdf": pdf([lines])[:300]}
    out = {"utf8.txt": TEXT.encode(), "crlf.txt": TEXT.replace("\n", "\r\n").encode(),
           "utf16le-bom.txt": b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf16be.txt": TEXT.encode("utf-16-be"),
           "cp1252.txt": (TEXT + "\u2019\u2013 caf\u00e9\n").encode("cp1252"),
           "typographic.txt": TEXT.replace("/", "\u2011/").replace(" ", "\u00a0", 3).encode(),
           "markdown.md": ("# Resolution\n\nRecalling resolution 56/183[^1].\n\n[^1]: See A/60/687.\n").encode()}
    if target in ("writers", "svg"):
        out["two-docs.txt"] = TEXT.encode() + b"\0" + b"S/RES/1373 (2001)\n\nThe Security Council,\n\nRecalling its resolution 1269 (1999),\n"
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for name, data in seeds(sys.argv[1]).items():
        with open("%s/%s" % (sys.argv[2], name), "wb") as f:
            f.write(data)
