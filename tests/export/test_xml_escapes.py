"""GraphML/GEXF escaping: one translate per value does what xml_safe then the escapes did, for every character."""

import re

from zhkg.export.graphml import escape_text, quote_attr, xml_safe

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _every_character() -> str:
    return "".join(chr(code) for code in range(0x110000))


def test_element_text_escapes_and_replaces_what_xml_forbids_for_every_character():
    text = _every_character()
    expected = _FORBIDDEN.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escape_text(text) == expected.replace("\r", "&#13;")
    assert xml_safe(text) == _FORBIDDEN.sub("\ufffd", text)


def test_attribute_values_escape_quotes_and_line_breaks_for_every_character():
    text = _every_character()
    expected = _FORBIDDEN.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for raw, ref in (('"', "&quot;"), ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;")):
        expected = expected.replace(raw, ref)
    assert quote_attr(text) == f'"{expected}"'
    assert quote_attr(3) == '"3"'
