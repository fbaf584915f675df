"""Hostile values inside a well-formed bundle: refused with one line before anything is written,
and nothing a bundle carries can drive the terminal that prints the import."""

import hashlib
import json

import pytest
from test_cli import chugiai
from test_exchange import export_to, fresh, highlight, rezip, unzip
from test_exchange import trainer as trainer

from desktop import paths
from desktop.core.exchange import BundleError, import_bundle, read_bundle
from desktop.core.printable import for_terminal

LONE = "\ud800"


def _first_item(m):
    return json.loads(m["annotations.jsonld"])


def _put_items(m, doc):
    m["annotations.jsonld"] = json.dumps(doc).encode()  # ensure_ascii: "\ud800" stays an escape


def _article(m):
    name = next(n for n in m if n.startswith("articles/"))
    return name, json.loads(m[name])


def spoil(kind, m):
    """A good bundle's members with one hostile value put in."""
    m = dict(m)
    doc = _first_item(m)
    item = doc["first"]["items"][0]
    if kind == "offset overflow":
        item["modified"] = item["created"] = "0001-01-01T00:00:00+14:00"
    elif kind == "offset overflow in the manifest":
        manifest = json.loads(m["manifest.json"])
        manifest["created"] = "0001-01-01T00:00:00+14:00"
        m["manifest.json"] = json.dumps(manifest).encode()
    elif kind == "surrogate in a note":
        item["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "a" + LONE}]
    elif kind == "surrogate in an author":
        item["creator"] = {"type": "Person", "name": LONE}
    elif kind == "surrogate in a tag":
        item["body"] = [{"type": "TextualBody", "purpose": "tagging", "value": LONE + "tag"}]
    elif kind == "surrogate in a quote":
        item["target"]["selector"][0]["prefix"] = LONE
    elif kind == "surrogate in a title":
        name, art = _article(m)
        art["title"] = "Tiêu đề " + LONE
        m[name] = json.dumps(art).encode()
    elif kind == "surrogate in a body":
        name, art = _article(m)
        art["body"] = art["body"] + LONE
        m[name] = json.dumps(art).encode()
    elif kind == "surrogate in the manifest author":
        manifest = json.loads(m["manifest.json"])
        manifest["author"] = "Cô " + LONE
        m["manifest.json"] = json.dumps(manifest).encode()
        return rezip(m)
    else:
        raise AssertionError(kind)
    _put_items(m, doc)
    return rezip(m)


KINDS = ["offset overflow", "offset overflow in the manifest", "surrogate in a note",
         "surrogate in an author", "surrogate in a tag", "surrogate in a quote",
         "surrogate in a title", "surrogate in a body", "surrogate in the manifest author"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_hostile_value_is_refused_with_one_line(kind, trainer, tmp_path):
    data = spoil(kind, unzip(export_to(trainer, tmp_path)))
    trainee = fresh(tmp_path, "trainee")
    before = "\n".join(trainee.conn.iterdump())
    with pytest.raises(BundleError) as info:
        import_bundle(trainee, read_bundle(data))
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300
    message.encode("utf-8")  # printable: no surrogate in the message itself
    assert "\n".join(trainee.conn.iterdump()) == before


@pytest.mark.parametrize("kind", ["offset overflow", "surrogate in the manifest author",
                                  "surrogate in a note"])
def test_the_cli_refuses_a_hostile_value_with_exit_3_and_the_database_unchanged(
        kind, trainer, tmp_path):
    bundle = tmp_path / "hostile.chugiai"
    bundle.write_bytes(spoil(kind, unzip(export_to(trainer, tmp_path))))
    home = tmp_path / "home"
    assert chugiai("list", env_data_dir=home).returncode == 0
    db = home / paths.DB_FILENAME
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for extra in ((), ("--dry-run",)):
        out = chugiai("import", str(bundle), *extra, env_data_dir=home)
        assert out.returncode == 3, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


ESCAPES = "\x1b]52;c;ZXZpbA==\x07\x1b[2J\rfake line\u202e"


def test_terminal_escapes_in_a_bundle_never_reach_the_terminal(trainer, tmp_path):
    trainer.set_setting("author", "Cô Lan" + ESCAPES)
    article = trainer.article(trainer.article_summaries()[0].id)
    highlight(trainer, article, "Hội thảo", author="Thầy" + ESCAPES)
    members = unzip(export_to(trainer, tmp_path))
    name, art = _article(members)
    art["title"] = "Tiêu đề" + ESCAPES
    members[name] = json.dumps(art).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["app_version"] = "1.0" + ESCAPES
    members["manifest.json"] = json.dumps(manifest).encode()
    bundle = tmp_path / "escapes.chugiai"
    bundle.write_bytes(rezip(members))
    home = tmp_path / "home"
    for extra in (("--dry-run",), ()):
        out = chugiai("import", str(bundle), *extra, env_data_dir=home)
        assert out.returncode == 0, out.stderr
        for stream in (out.stdout, out.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\r" not in stream
            assert "\u202e" not in stream
        assert "\\x1b" in out.stdout  # shown, as an escape


def test_for_terminal_shows_controls_as_escapes():
    assert for_terminal("a\x1b[2Jb\nc\u202ed" + LONE) == "a\\x1b[2Jb\\x0ac\\u202ed\\ud800"
    assert for_terminal("Lê Thị Tuyết Mai 😀") == "Lê Thị Tuyết Mai 😀"
