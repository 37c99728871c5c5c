#!/usr/bin/env python3
"""Makes encrypted.pdf: one page of text, encrypted with the user password
"secret" (RC4 128-bit, which poppler opens only with the password).
Needs pypdf (pip install pypdf). Run from this directory."""
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

writer = PdfWriter()
page = writer.add_blank_page(width=612, height=792)
font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                         NameObject("/Subtype"): NameObject("/Type1"),
                         NameObject("/BaseFont"): NameObject("/Times-Roman")})
page[NameObject("/Resources")] = DictionaryObject(
    {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
content = DecodedStreamObject()
content.set_data(b"BT /F1 10 Tf 72 700 Td (Recalling its resolution 70/1,) Tj ET")
page[NameObject("/Contents")] = writer._add_object(content)
writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
with open("encrypted.pdf", "wb") as f:
    writer.write(f)
