"""The command line, run as a user runs it: a separate process, a data folder of its own."""

import json
import os
import subprocess
import sys

import pytest

from desktop import paths

SEED = paths.corpus_dir() / "004_cb4623389f4feaa3.txt"


def chugiai(*args, env_data_dir=None, cwd=None):
    env = dict(os.environ)
    env.pop(paths.DATA_DIR_ENV, None)
    if env_data_dir:
        env[paths.DATA_DIR_ENV] = str(env_data_dir)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=cwd, timeout=120)


def test_help_lists_the_headless_commands():
    result = chugiai("--help")
    assert result.returncode == 0
    for command in ("extract", "export", "import", "add", "search", "list"):
        assert command in result.stdout
    assert "--data-dir" in result.stdout


def test_extract_json_shape_and_offsets(tmp_path):
    home = tmp_path / "home"
    result = chugiai("extract", str(SEED), "--json", env_data_dir=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [a["file"] for a in data["articles"]] == [str(SEED)]
    text = SEED.read_text(encoding="utf-8").strip()
    entities = data["articles"][0]["entities"]
    assert entities and {e["kind"] for e in entities} <= {"PER", "ORG"}
    for e in entities:
        assert set(e) == {"kind", "name", "aliases", "mentions"}
        forms = {e["name"], *e["aliases"]}
        for start, end in e["mentions"]:
            assert text[start:end] in forms or e["kind"] == "PER"
    assert "Lê Thị Tuyết Mai" in {e["name"] for e in entities if e["kind"] == "PER"}
    assert not home.exists(), "extract must not touch the user's data"


def test_extract_missing_file_exits_3_with_a_reason(tmp_path):
    result = chugiai("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 3
    assert "nope.txt" in result.stderr and "no such file" in result.stderr


def test_extract_reads_files_as_add_does_and_one_bad_file_spoils_nothing(tmp_path):
    from tests.test_documents import make_docx

    make_docx(tmp_path / "a.docx", ["Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết."])
    (tmp_path / "b.html").write_text(
        "<html><body><nav>Trang chủ | Thời sự</nav><p>Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế "
        "Hà Nội, phát biểu.</p><footer>Bản quyền</footer></body></html>", encoding="utf-8")
    (tmp_path / "c.md").write_text("# Tin\n\n**Ngân hàng Nhà nước Việt Nam** họp.", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes("Thủ tướng Phạm Minh Chính".encode("utf-16"))  # as add reads it
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 binary")
    files = [str(tmp_path / n) for n in ("a.docx", "bad.pdf", "b.html", "c.md", "d.txt")]
    result = chugiai("extract", *files, "--json")
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "bad.pdf" in result.stderr
    found = {a["file"].rsplit("/", 1)[-1]: {e["name"] for e in a["entities"]}
             for a in json.loads(result.stdout)["articles"]}
    assert found["a.docx"] == {"Bộ Y tế", "Đào Hồng Lan"}
    assert found["b.html"] == {"Sở Y tế Hà Nội", "Nguyễn Văn Hùng"}
    assert "Ngân hàng Nhà nước Việt Nam" in found["c.md"]
    assert found["d.txt"] == {"Phạm Minh Chính"}


@pytest.mark.parametrize("how", ["flag", "env"])
def test_first_use_of_a_data_folder_loads_the_corpus(tmp_path, how):
    folder = tmp_path / "d"
    args = ("--data-dir", str(folder), "list", "--json") if how == "flag" else ("list", "--json")
    result = chugiai(*args, env_data_dir=folder if how == "env" else None)
    assert result.returncode == 0, result.stderr
    titles = [a["title"] for a in json.loads(result.stdout)]
    assert len(titles) == 2 and all(titles)
    assert (folder / paths.DB_FILENAME).exists()
    again = chugiai(*args, env_data_dir=folder if how == "env" else None)
    assert len(json.loads(again.stdout)) == 2


def test_every_command_module_is_registered():
    from pathlib import Path

    from desktop import cli

    folder = Path(cli.__file__).parent / "commands"
    with_run = {p.stem for p in folder.glob("*.py") if "\ndef run(" in p.read_text(encoding="utf-8")}
    assert {m.__name__.rsplit(".", 1)[1] for m in cli.command_modules().values()} == with_run


def test_the_window_start_does_not_load_the_command_modules():
    code = ("import sys; from desktop import cli; a = cli.parse_args(['--data-dir', 'x', '--lang', 'en']); "
            "assert a.command is None and a.data_dir == 'x'; "
            "loaded = [k for k in sys.modules if k.startswith('desktop.commands.')]; "
            "assert loaded == ['desktop.commands.common'], loaded")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
