"""Codebooks: the tags (and colours) as a REFI-QDA .qdc and as the CSV Taguette imports."""

import csv
import io
from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest

from desktop import paths
from desktop.cli import parse_args, run
from desktop.core.annotating import new_highlight
from desktop.core.corpus import load_bundled
from desktop.core.store import Store

# The REFI-QDA codebook schema (QDA-XML codebook 1.0) as QualCoder ships it
# (ccbogel/QualCoder qualcoder_non_av/Codebook.xsd), retyped: that copy lost its spaces and
# hyphens to a PDF export. Not in ../shared, so it lives here.
CODEBOOK_XSD = """<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
 targetNamespace="urn:QDA-XML:codebook:1.0" elementFormDefault="qualified"
 attributeFormDefault="unqualified" version="1.0">
 <xsd:element name="CodeBook" type="CodeBookType"/>
 <xsd:complexType name="CodeBookType"><xsd:sequence>
  <xsd:element name="Codes" type="CodesType"/>
  <xsd:element name="Sets" type="SetsType" minOccurs="0"/>
 </xsd:sequence><xsd:attribute name="origin" type="xsd:string"/></xsd:complexType>
 <xsd:complexType name="CodesType"><xsd:sequence>
  <xsd:element name="Code" type="CodeType" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType>
 <xsd:complexType name="SetsType"><xsd:sequence>
  <xsd:element name="Set" type="SetType" maxOccurs="unbounded"/></xsd:sequence></xsd:complexType>
 <xsd:complexType name="CodeType"><xsd:sequence>
  <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
  <xsd:element name="Code" type="CodeType" minOccurs="0" maxOccurs="unbounded"/>
 </xsd:sequence>
  <xsd:attribute name="guid" type="GUIDType" use="required"/>
  <xsd:attribute name="name" type="xsd:string" use="required"/>
  <xsd:attribute name="isCodable" type="xsd:boolean" use="required"/>
  <xsd:attribute name="color" type="RGBType"/>
 </xsd:complexType>
 <xsd:complexType name="SetType"><xsd:sequence>
  <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
  <xsd:element name="MemberCode" type="MemberCodeType" minOccurs="0" maxOccurs="unbounded"/>
 </xsd:sequence>
  <xsd:attribute name="guid" type="GUIDType" use="required"/>
  <xsd:attribute name="name" type="xsd:string" use="required"/>
 </xsd:complexType>
 <xsd:complexType name="MemberCodeType">
  <xsd:attribute name="guid" type="GUIDType" use="required"/></xsd:complexType>
 <xsd:simpleType name="GUIDType"><xsd:restriction base="xsd:token"><xsd:pattern
  value="([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})"/>
 </xsd:restriction></xsd:simpleType>
 <xsd:simpleType name="RGBType"><xsd:restriction base="xsd:token">
  <xsd:pattern value="#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"/></xsd:restriction></xsd:simpleType>
</xsd:schema>
"""
TAGS = ("hòa bình", "chủ đề, \"trích\"", "WPS", "Đặng")


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "d"
    store = Store(folder / paths.DB_FILENAME)
    load_bundled(store, paths.corpus_dir())
    art = store.article(store.article_summaries()[0].id)
    for n, tags in enumerate((TAGS[:2], TAGS[2:], ())):
        ann = new_highlight(art, n * 10, n * 10 + 5, color=("green", "pink", "green")[n],
                            tags=tags, author="Cô Lan")
        store.put_annotation(replace(ann, note="ghi chú"))
    store.close()
    return folder


def report(data_dir, out, fmt):
    return run(parse_args(["--data-dir", str(data_dir), "report", "--format", fmt, str(out)]))


def qualcoder_codebook(xml: bytes) -> list[tuple[str, str | None, bool]]:
    """QualCoder's `RefiImport.import_codebook` (ccbogel/QualCoder src/qualcoder/refi.py): the
    xmlns version from the root's children, the child `{urn:QDA-XML:codebook:V}Codes`, each Code
    walked by `sub_codes` (isCodable="false" → category, else a code with its colour)."""
    root = ET.fromstring(xml)
    version = None
    for child in root:
        version = child.tag.split("{urn:QDA-XML:codebook:")[1].split("}")[0]
    found = []

    def sub_codes(el):
        is_category = el.get("isCodable") == "false"
        found.append((el.get("name"), None if is_category else el.get("color"), is_category))
        for sub in el:
            if sub.tag == f"{{urn:QDA-XML:codebook:{version}}}Code":
                sub_codes(sub)

    for child in root:
        if child.tag == f"{{urn:QDA-XML:codebook:{version}}}Codes":
            for el in child:
                sub_codes(el)
            return found
    raise AssertionError("QualCoder: Codebook not imported")


def test_qdc_is_a_refi_qda_codebook_qualcoder_reads(data_dir, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    out = tmp_path / "tags.qdc"
    assert report(data_dir, out, "qdc") == 0
    xml = out.read_bytes()
    xmlschema.XMLSchema(CODEBOOK_XSD).validate(io.BytesIO(xml))
    assert ET.fromstring(xml).tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    codes = qualcoder_codebook(xml)
    assert ("Màu", None, True) in codes and ("Thẻ", None, True) in codes
    assert ("xanh lá", "#A8E6A1", False) in codes and ("hồng", "#FFB3C7", False) in codes
    assert {name for name, _, cat in codes if not cat} == {"xanh lá", "hồng", *TAGS}


def taguette_list_tags(data: bytes) -> list[dict]:
    """Taguette 1.5's `import_codebook.list_tags_csv`: header cells lower-cased, exactly one of
    `tag`/`name`/`path` names the tag column, `description` optional, empty rows skipped, an empty
    tag refused. (Its chardet detection is left out: our file starts with a UTF-8 BOM.)"""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = [cell.lower() for cell in next(reader)]
    assert ("tag" in header) + ("name" in header) + ("path" in header) == 1
    col, desc = header.index("tag"), header.index("description")
    tags = []
    for row in reader:
        if not any(row):
            continue
        assert len(row) >= max(col, desc) + 1 and row[col].strip()
        tags.append({"path": row[col].strip(), "description": row[desc].strip()})
    return tags


def test_codebook_csv_is_what_taguette_imports(data_dir, tmp_path):
    out = tmp_path / "tags.csv"
    assert report(data_dir, out, "codebook-csv") == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbftag,description\r\n")
    assert sorted(t["path"] for t in taguette_list_tags(data)) == sorted(TAGS)


def test_a_codebook_of_nothing_says_so(tmp_path, capsys):
    out = tmp_path / "empty.qdc"
    assert report(tmp_path / "empty", out, "qdc") == 3
    assert "no colours or tags" in capsys.readouterr().err and not out.exists()
