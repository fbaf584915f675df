"""The sidebar's hover text: the whole name and the acronym the text defines for it."""

from __future__ import annotations

import pytest

from desktop.core.entities.display import defined_acronym, hover_text

BODY = "Tổ chức Y tế Thế giới (WHO) cho biết WHO sẽ hỗ trợ. Bộ Y tế (xem thêm) họp."


def spans(*forms):
    out = []
    for form in forms:
        start = 0
        while (i := BODY.find(form, start)) >= 0:
            out.append((i, i + len(form)))
            start = i + 1
    return tuple(out)


@pytest.mark.parametrize(("forms", "expected"), [
    (("Tổ chức Y tế Thế giới", "WHO"), "WHO"),
    (("Tổ chức Y tế Thế giới",), ""),  # a bracket that is not one of its spellings
    (("Bộ Y tế",), ""),
    ((), ""),
])
def test_defined_acronym(forms, expected):
    assert defined_acronym(BODY, spans(*forms)) == expected


def test_hover_text():
    assert hover_text("Tổ chức Y tế Thế giới", BODY, spans("Tổ chức Y tế Thế giới", "WHO")) == \
        "Tổ chức Y tế Thế giới (WHO)"
    assert hover_text("Bộ Y tế", BODY, spans("Bộ Y tế")) == "Bộ Y tế"
    assert hover_text("", "", ()) == ""
