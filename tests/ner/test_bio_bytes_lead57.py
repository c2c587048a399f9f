"""``read_bio`` on a file: the byte a non-UTF-8 file breaks at, counted in the file as written (session 57, lead).

The reader decodes the file whole, so the message names the file's own byte as zhkg's other readers do (``not UTF-8
text (byte N)``), counting a leading byte-order mark; Windows line ends read as ``open()`` reads them.
"""

import pytest

from zhkg.ner.bio import read_bio


@pytest.mark.parametrize(("head", "byte"), [(b"", 10), (b"\xef\xbb\xbf", 13)])
def test_a_gbk_line_is_named_by_its_byte_in_the_file(tmp_path, head, byte):
    path = tmp_path / "mixed.bio"
    path.write_bytes(head + "张\tB-PER\n".encode() + "三\tI-PER\n".encode("gbk"))
    with pytest.raises(ValueError) as caught:
        read_bio(path)
    assert str(caught.value) == f"{path}: not UTF-8 text (byte {byte})"


def test_windows_line_ends_read_as_unix_ones(tmp_path):
    unix, windows = tmp_path / "unix.bio", tmp_path / "windows.bio"
    text = "张\tB-PER\n三\tI-PER\n好\tO\n\n北\tB-LOC\n"
    unix.write_text(text, encoding="utf-8")
    windows.write_bytes(text.replace("\n", "\r\n").encode())
    assert [(s.text, s.spans) for s in read_bio(windows)] == [(s.text, s.spans) for s in read_bio(unix)]
