"""underthesea's CRF `ner()`, computed the same way with linear-time feature extraction.

`ner(sentence)` runs word segmentation, then three CRF taggers (POS → chunk → NER), each fed by
`TaggedTransformer`, whose pure-Python `template2features` rebuilds every column of the whole
sentence and re-parses the template with a regular expression for every (token, template)
pair: quadratic in the sentence length, and ~85 % of `ner()`'s time. Here the same models
(underthesea's own singletons), the same word segmentation and the same feature strings —
built once per sentence from pre-parsed templates — so `tag(sentence) == ner(sentence)`.

A self-check at first use compares our output with `ner()` on probe sentences; if it ever
differs (another underthesea version), `tag` is plain `ner()`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TEMPLATE = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")

_PROBES = (
    "Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô",
    "Đại sứ Lê Thị Tuyết Mai, Trưởng Phái đoàn thường trực Việt Nam tại Liên Hợp Quốc (LHQ), "
    "đã gặp bà Sima Bahous, Giám đốc điều hành UN Women, tại Geneva ngày 12/3/2024.",
    "Tổ chức Thương mại thế giới (WTO)  và  Ngân hàng Thế giới - World Bank: \"hợp tác\"!",
)


class _Featurizer:
    """The feature strings of one underthesea `TaggedTransformer` template list."""

    def __init__(self, template: list[str], functions: dict[str, Callable[[str], object]]):
        self.parts = []
        for syntax in template:
            m = _TEMPLATE.match(syntax)
            if m is None:
                raise ValueError(f"unknown feature template {syntax!r}")
            column = int(m.group("column")) if m.group("column") else 0
            index2 = m.group("index2")
            func = m.group("function")
            self.parts.append((f"{syntax}=", int(m.group("index1")),
                               int(index2) if index2 else None, column,
                               functions[func] if func is not None else None))

    def __call__(self, sent: list[tuple]) -> list[list[str]]:
        n = len(sent)
        if not n:
            return []
        columns = [[t[j] for t in sent] for j in range(len(sent[0]))]
        out = []
        for i in range(n):
            feats = []
            for prefix, i1, i2, col, func in self.parts:
                a = i + i1
                if a < 0:
                    feats.append(prefix + "BOS")
                    continue
                if a >= n:
                    feats.append(prefix + "EOS")
                    continue
                if i2 is not None:
                    if i + i2 >= n:
                        feats.append(prefix + "EOS")
                        continue
                    word = " ".join(columns[col][a : i + i2 + 1])
                else:
                    word = sent[a][col]
                feats.append(f"{prefix}{func(word) if func is not None else word}")
            out.append(feats)
        return out


def _functions(module) -> dict[str, Callable[[str], object]]:
    return {"lower": module.text_lower, "istitle": module.text_istitle,
            "isallcap": module.text_isallcap, "isdigit": module.text_isdigit,
            "is_in_dict": module.text_is_in_dict}


def _share_dictionary(first, others) -> None:
    """One copy of the 74,000-word dictionary for the three taggers' feature modules.

    Each module reads Viet74K.txt at import into `words` and `lower_words` (~15 MB a copy);
    the is_in_dict feature looks `lower_words` up as a module global, so pointing the others at
    the first copy frees two (about 30 MB of peak memory). Only when the copies are equal.
    """
    for module in others:
        if module.words == first.words and module.lower_words == first.lower_words:
            module.words, module.lower_words = first.words, first.lower_words


class _Tagger:
    def __init__(self):
        # underthesea and its models: loaded by the first extraction, never at start-up
        from underthesea import word_tokenize
        from underthesea.pipeline.chunking import model_crf as chunk_crf
        from underthesea.pipeline.chunking import tagged_feature as chunk_tf
        from underthesea.pipeline.ner import model_crf as ner_crf
        from underthesea.pipeline.ner import tagged_feature as ner_tf
        from underthesea.pipeline.pos_tag import model_crf as pos_crf
        from underthesea.pipeline.pos_tag import tagged_feature as pos_tf

        _share_dictionary(pos_tf, (chunk_tf, ner_tf))
        self.word_tokenize = word_tokenize
        pos = pos_crf.CRFPOSTagPredictor.Instance()
        chunk = chunk_crf.CRFChunkingPredictor.Instance()
        ner = ner_crf.CRFNERPredictor.Instance()
        self.pos_model, self.chunk_model, self.ner_model = pos.model, chunk.model, ner.model
        self.pos_features = _Featurizer(pos.transformer.template, _functions(pos_tf))
        self.chunk_features = _Featurizer(chunk.transformer.template, _functions(chunk_tf))
        self.ner_features = _Featurizer(ner.transformer.template, _functions(ner_tf))

    def __call__(self, sentence: str) -> list[tuple[str, str, str, str]]:
        words = self.word_tokenize(sentence)
        pos = self.pos_model.tag(self.pos_features([(w, "X") for w in words]))
        chunk = self.chunk_model.tag(self.chunk_features(
            [(w, p, "X") for w, p in zip(words, pos, strict=True)]))
        ner = self.ner_model.tag(self.ner_features(
            [(w, p, c, "X") for w, p, c in zip(words, pos, chunk, strict=True)]))
        return list(zip(words, pos, chunk, ner, strict=True))


_TAG: Callable[[str], list] | None = None


def tagger() -> Callable[[str], list]:
    """A function equal to underthesea's `ner` (checked on probes at first use), only faster."""
    global _TAG
    if _TAG is None:
        from underthesea import ner  # lazy on purpose: ~0.4 s, only with the first extraction

        try:
            fast = _Tagger()
            same = all(fast(p) == ner(p) for p in _PROBES)
        except Exception:  # pragma: no cover — an underthesea whose internals moved
            same = False
        _TAG = fast if same else ner
    return _TAG
