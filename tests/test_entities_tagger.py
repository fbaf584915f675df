"""The extractor's tagger is underthesea's `ner()` computed faster: the same output, always."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import paths
from desktop.core.corpus import read_corpus
from desktop.core.entities import tagger as tagger_mod
from desktop.core.vietnamese import sentences

DEV_SET = Path(__file__).parent / "data" / "entities_dev.json"


def _sentences() -> list[str]:
    texts = [a.body for a in read_corpus(paths.corpus_dir())]
    texts += [a["text"] for a in json.loads(DEV_SET.read_text(encoding="utf-8"))["articles"]]
    return [t[s:e] for t in texts for s, e in sentences(t)]


def test_the_fast_tagger_is_in_use_and_equals_ner():
    from underthesea import ner

    tag = tagger_mod.tagger()
    assert isinstance(tag, tagger_mod._Tagger)  # the self-check passed with this underthesea
    sents = _sentences()
    assert len(sents) > 50
    for sent in [*sents, "", "  ", "…", "A  B . c", "Ông  Putin", "x" * 300]:
        assert tag(sent) == ner(sent), sent


def test_features_equal_underthesea_transformers():
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    tag = tagger_mod.tagger()
    for sent in _sentences()[:20]:
        rows = tag(sent)
        cases = [
            (CRFPOSTagPredictor, tag.pos_features, [(w, "X") for w, *_ in rows]),
            (CRFChunkingPredictor, tag.chunk_features, [(w, p, "X") for w, p, *_ in rows]),
            (CRFNERPredictor, tag.ner_features, [(w, p, c, "X") for w, p, c, _ in rows]),
        ]
        for predictor, ours, tokens in cases:
            theirs = predictor.Instance().transformer.transform([tokens])[0][0]
            assert ours(tokens) == theirs


def test_the_three_feature_modules_share_one_dictionary():
    from underthesea.pipeline.chunking import tagged_feature as chunk_tf
    from underthesea.pipeline.ner import tagged_feature as ner_tf
    from underthesea.pipeline.pos_tag import tagged_feature as pos_tf

    tagger_mod.tagger()
    assert len(pos_tf.lower_words) > 70_000
    assert chunk_tf.lower_words is pos_tf.lower_words and ner_tf.lower_words is pos_tf.lower_words
    assert ner_tf.text_is_in_dict("Hà Nội") == pos_tf.text_is_in_dict("hà nội") == "True"
