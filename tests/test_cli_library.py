"""`chugiai add` and `chugiai search`, run as separate processes on a data folder of their own."""

import json

from tests.test_cli import chugiai
from tests.test_documents import TEXT, to_tcvn3


def test_add_then_search_json(tmp_path):
    home = tmp_path / "home"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "cu.txt").write_bytes(to_tcvn3(TEXT))
    (docs / "ghi.png").write_bytes(b"\x89PNG")
    added = chugiai("add", str(docs), env_data_dir=home)
    assert added.returncode == 0, added.stderr
    assert "added" in added.stdout and "cu.txt" in added.stdout and "skipped" in added.stdout
    assert "1 added" in added.stdout

    again = chugiai("add", str(docs / "cu.txt"), env_data_dir=home)
    assert again.returncode == 0 and "duplicate" in again.stdout

    found = chugiai("search", "dai", "su", "--json", env_data_dir=home)
    assert found.returncode == 0, found.stderr
    data = json.loads(found.stdout)
    hit = next(h for h in data["hits"] if h["title"].startswith("Hà Nội"))
    body = TEXT
    assert [body[s:e] for s, e in hit["offsets"]] == ["Đại sứ"]
    assert set(hit) >= {"id", "title", "offsets", "snippet", "snippet_marks"}
    assert "[Đại sứ]" in hit["snippet_marked"]
    assert [hit["snippet"][s:e] for s, e in hit["snippet_marks"]] == ["Đại sứ"]


def test_add_refuses_a_bad_file_with_exit_3_and_keeps_the_good_ones(tmp_path):
    home = tmp_path / "home"
    good = tmp_path / "good.md"
    good.write_text("# Tiêu đề\n\nNội dung bài viết.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = chugiai("add", str(empty), str(good), str(tmp_path / "missing.txt"),
                     env_data_dir=home)
    assert result.returncode == 3
    assert "empty.txt: refused: the file is empty (0 bytes)" in result.stderr
    assert "missing.txt: refused: no such file" in result.stderr
    listed = json.loads(chugiai("list", "--json", env_data_dir=home).stdout)
    assert "Tiêu đề" in [a["title"] for a in listed]


def test_search_without_words_is_a_usage_error(tmp_path):
    result = chugiai("search", '"', env_data_dir=tmp_path / "home")
    assert result.returncode == 2 and "no words" in result.stderr
