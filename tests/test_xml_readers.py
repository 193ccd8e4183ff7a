"""The JATS and PubMed readers, the safe XML parser and metadata from text, on XML we wrote ourselves."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from oncoev.errors import DocumentError
from oncoev.extract.jats import read_jats_bytes
from oncoev.extract.metadata import metadata_from_text, normalized_title
from oncoev.extract.reader import read_document, read_documents

DOCTYPE = ('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.0 '
           '20120330//EN" "http://jats.nlm.nih.gov/archiving/1.0/JATS-archivearticle1.dtd">')

ARTICLE = f"""<?xml version="1.0" encoding="UTF-8"?>
{DOCTYPE}
<article article-type="research-article"><front>
<journal-meta><journal-id journal-id-type="nlm-ta">J Imag Oncol</journal-id>
<journal-title-group><journal-title>Journal of Imaginary Oncology</journal-title></journal-title-group></journal-meta>
<article-meta>
<article-id pub-id-type="pmid">11122233</article-id>
<article-id pub-id-type="pmc">7654321</article-id>
<article-id pub-id-type="doi">10.5555/JIO.2021.0042</article-id>
<title-group><article-title>Hypofractionated pelvic radiotherapy with or without <italic>weekly</italic> drug X\
</article-title></title-group>
<contrib-group><contrib contrib-type="author">
<name><surname>Okafor</surname><given-names>Ada</given-names></name></contrib>
<aff id="a1"><label>1</label>Department of Radiation Oncology, Harbour City Hospital, Lisbon, Portugal</aff>
</contrib-group>
<pub-date pub-type="epub"><day>3</day><month>5</month><year>2021</year></pub-date>
<abstract><sec><title>Methods</title><p>Sixty patients were assigned to two arms.</p></sec>
<sec><title>Results</title><p>Two-year local control was 81% with drug X.</p></sec></abstract>
</article-meta></front>
<body><sec sec-type="results"><title>Results</title>
<p>Toxicity is listed in <xref ref-type="table" rid="T2">Table 2</xref>.
<table-wrap id="T1"><label>Table&#160;1</label><caption><p>Response by arm</p></caption>
<table><thead>
<tr><th rowspan="2">Response</th><th colspan="2">Arm A (n&#8201;=&#8201;30)</th>
<th colspan="2">Arm B (n&#8201;=&#8201;30)</th></tr>
<tr><th>n</th><th>%</th><th>n</th><th>%</th></tr></thead>
<tbody><tr><td>Complete</td><td>9</td><td>30</td><td>6</td><td>20</td></tr>
<tr><td>&#8195;Partial<break/>response</td><td>12</td><td>40</td><td>10</td><td>33</td></tr></tbody></table>
<table-wrap-foot><fn><p>Values are numbers of patients.</p></fn></table-wrap-foot></table-wrap>
The rest of the paragraph follows the table.</p>
<p>A second paragraph.</p></sec></body>
<back><ref-list><ref><mixed-citation>A cited paper, 1999.</mixed-citation></ref></ref-list></back>
<floats-group><table-wrap id="T2"><label>Table 2</label><caption><title>Toxicity</title></caption>
<table><tbody><tr><th>Event</th><th>Grade 3</th></tr><tr><td>Nausea</td><td rowspan="3">4</td></tr>
<tr><td>Fatigue</td></tr></tbody></table></table-wrap></floats-group>
</article>"""


def test_jats_text_metadata_and_sections():
    doc = read_jats_bytes(ARTICLE.encode("utf-8"), "paper.nxml")
    meta = doc.metadata
    assert meta.title == "Hypofractionated pelvic radiotherapy with or without weekly drug X"
    assert (meta.doi, meta.pmid, meta.pmcid, meta.year) == ("10.5555/jio.2021.0042", "11122233", "PMC7654321", 2021)
    assert meta.journal == "Journal of Imaginary Oncology"
    assert meta.authors == ["Okafor Ada"]
    text = doc.text
    assert text.startswith(meta.title + "\n\nDepartment of Radiation Oncology, Harbour City Hospital")
    assert "\nMethods: Sixty patients were assigned to two arms.\n" in text
    assert "\nResults\n" in text and "A cited paper" not in text  # references are left out
    # The paragraph is written whole; the table it cites and the one inside it follow it, in that order.
    paragraph = "Toxicity is listed in Table 2. The rest of the paragraph follows the table."
    assert paragraph in text
    assert text.index(paragraph) < text.index("Table 2. Toxicity") < text.index("Table 1. Response by arm") \
        < text.index("A second paragraph.")
    assert [s.kind for s in doc.sections] == ["abstract", "results"]
    assert doc.media_type == "application/jats+xml"


def test_jats_table_grid_spans_header_and_offsets():
    doc = read_jats_bytes(ARTICLE.encode("utf-8"), "paper.nxml")
    t2, t1 = doc.tables
    assert (t1.label, t1.n_rows, t1.n_cols, t1.header_rows, t1.source) == ("Table 1", 4, 5, 2, "jats")
    assert t1.footnotes == ["Values are numbers of patients."]
    rows = t1.rows()
    arm_a, arm_b = "Arm A (n\u2009=\u200930)", "Arm B (n\u2009=\u200930)"  # thin spaces as the XML has them
    assert rows[0] == ["Response", arm_a, arm_a, arm_b, arm_b]
    assert rows[1][0] == "Response"  # the rowspan covers the second header row
    assert rows[3] == ["\u2003Partial response", "12", "40", "10", "33"]  # em-space indent kept, <break/> a space
    for cell in t1.cells + t2.cells:
        assert doc.text[cell.char_start:cell.char_end] == cell.text
    spanning = next(c for c in t1.cells if c.text.startswith("Arm B"))
    assert (spanning.row, spanning.col, spanning.colspan) == (0, 3, 2)
    assert doc.text[t1.char_start:t1.char_end].splitlines()[1] == f"Response | {arm_a} |  | {arm_b} | "
    # No <thead>: the leading row of <th> is the header; a rowspan past the table's end is cut.
    assert (t2.n_rows, t2.n_cols, t2.header_rows) == (3, 2, 1)
    assert [r[1] for r in t2.rows()] == ["Grade 3", "4", "4"]


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<article><front><article-meta><title-group><article-title>&c;</article-title></title-group></article-meta></front></article>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<article><body><p>&secret;</p></body></article>"""


@pytest.mark.parametrize("name, data, message", [
    ("bomb.nxml", BOMB, "declares entities"),
    ("external.xml", EXTERNAL, "declares entities"),
    ("cut.nxml", ARTICLE.encode("utf-8")[:1500], "truncated"),
    ("latin.nxml", ARTICLE.replace("Lisbon", "Lisboa, Lou\u00e7\u00e3").encode("latin-1"), "encoding"),
    ("other.xml", b'<?xml version="1.0"?><catalog><item>1</item></catalog>', "not a JATS article"),
    ("empty.nxml", b'<?xml version="1.0"?>', "no root element"),
])
def test_bad_xml_is_refused_with_a_clear_error(tmp_path, name, data, message):
    with pytest.raises(DocumentError, match=message):
        read_document(_file(tmp_path, name, data))


def test_external_dtd_is_not_fetched_and_gzip_is_read(tmp_path):
    # The DOCTYPE names a DTD on the network: the parser neither loads nor needs it.
    doc = read_document(_file(tmp_path, "paper.nxml.gz", gzip.compress(ARTICLE.encode("utf-8"))))
    assert doc.filename == "paper.nxml" and len(doc.tables) == 2


def _citation(pmid: str, title: str, year: str, doi: str | None, labels: tuple[str, ...]) -> str:
    abstract = "".join(f'<AbstractText Label="{label}">{label.title()} sentence of citation {pmid}.</AbstractText>'
                       for label in labels)
    location = f'<ELocationID EIdType="doi" ValidYN="Y">{doi}</ELocationID>' if doi else ""
    return (f'<PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">{pmid}</PMID>'
            f'<Article><Journal><JournalIssue><PubDate><Year>{year}</Year></PubDate></JournalIssue>'
            f'<Title>Annals of Made-up Medicine</Title></Journal><ArticleTitle>{title}</ArticleTitle>{location}'
            f'<Abstract>{abstract}</Abstract><AuthorList><Author><LastName>Nguyen</LastName><ForeName>Bao</ForeName>'
            f'</Author></AuthorList></Article></MedlineCitation><PubmedData><ArticleIdList>'
            f'<ArticleId IdType="pubmed">{pmid}</ArticleId><ArticleId IdType="pmc">PMC{pmid[:5]}</ArticleId>'
            f'</ArticleIdList></PubmedData></PubmedArticle>')


PUBMED = ('<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle//EN" '
          '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">\n<PubmedArticleSet>'
          + _citation("90000001", "Drug Y in advanced disease.", "2012", "10.5555/ABC.1", ("BACKGROUND", "RESULTS"))
          + _citation("90000002", "A second trial of the <i>same</i> idea.", "2015", None, ())
          + _citation("90000003", "Third citation.", "2019", "10.5555/abc.3", ("OBJECTIVE",))
          + "</PubmedArticleSet>")


@pytest.mark.parametrize("name, packed", [("set.xml", False), ("set.xml.gz", True)])
def test_pubmed_set_gives_one_document_per_citation(tmp_path, name, packed):
    data = PUBMED.encode("utf-8")
    path = _file(tmp_path, name, gzip.compress(data) if packed else data)
    docs = list(read_documents(path))
    assert [d.metadata.pmid for d in docs] == ["90000001", "90000002", "90000003"]
    first = docs[0]
    assert first.text == ("Drug Y in advanced disease.\n\nAbstract\n\nBACKGROUND: Background sentence of citation "
                          "90000001.\n\nRESULTS: Results sentence of citation 90000001.\n")
    assert (first.metadata.doi, first.metadata.year, first.metadata.journal) == ("10.5555/abc.1", 2012,
                                                                                 "Annals of Made-up Medicine")
    assert first.metadata.pmcid == "PMC90000" and first.metadata.authors == ["Nguyen Bao"]
    assert docs[1].text == "A second trial of the same idea.\n" and docs[1].metadata.doi is None
    assert first.filename == "set.xml#PMID90000001"
    assert len({d.sha256 for d in docs}) == 3
    with pytest.raises(DocumentError, match="several citations"):
        read_document(path)


def test_truncated_pubmed_file_fails_before_any_document(tmp_path):
    path = _file(tmp_path, "cut.xml", PUBMED.encode("utf-8")[:-300])
    docs = read_documents(path)
    with pytest.raises(DocumentError, match="truncated"):
        next(docs)


@pytest.mark.parametrize("head, expected", [
    ("TITLE: Weekly drug Z with radiotherapy for glioma: a phase II study\n\nABSTRACT.BACKGROUND:\n...",
     {"title": "Weekly drug Z with radiotherapy for glioma: a phase II study"}),
    ("/ Ferreira et al., 2007\n// Salvage surgery after radiotherapy for head and neck cancer.\n\n  >>> METHODS",
     {"title": "Salvage surgery after radiotherapy for head and neck cancer", "year": 2007}),
    ("Oncology Reports Today (2018) 12:345\nhttps://doi.org/10.5555/ORT.2018.99\nOpen Access\n"
     "Some heading\nPMID: 29999999\n",
     {"doi": "10.5555/ort.2018.99", "journal": "Oncology Reports Today", "year": 2018, "pmid": "29999999"}),
    ("Cite this as: Med J Nowhere 2011;42:e17 doi: 10.5555/mjn.e17.\nCopyright 2010 the authors",
     {"doi": "10.5555/mjn.e17", "journal": "Med J Nowhere", "year": 2011}),
])
def test_metadata_from_the_head_of_a_text(head, expected):
    meta = metadata_from_text(head)
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


def test_a_doi_in_the_references_is_not_the_papers():
    text = "A title line\n\n" + "Body text. " * 800 + "\nReferences\n1. Other paper. doi:10.5555/other.1\n"
    assert metadata_from_text(text).doi is None


def test_normalized_title_compares_across_formats():
    one, other = "Drug Y in Advanced Disease: A Trial.", "drug y in advanced disease - a trial"
    assert normalized_title(one) == normalized_title(other)
    assert normalized_title("Short") is None
