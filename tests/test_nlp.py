"""The packaged model and the spaCy bridge: loading without network, clear errors, lazy imports."""

from __future__ import annotations

import socket
import subprocess
import sys
from importlib import resources

import pytest

from svpress.errors import ModelNotAvailable
from svpress.ner import tagger


def test_nlp_packaged_model_loads_from_the_installed_package_without_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while loading the model")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    tagger.packaged_model.cache_clear()
    path = resources.files(tagger.MODEL_PACKAGE).joinpath(tagger.MODEL_FILE)
    assert path.is_file()
    weights, vocab = tagger.packaged_model()
    assert len(weights) > 1000
    assert all(len(v) == len(tagger.LABELS) for v in list(weights.values())[:100])
    assert vocab


def test_nlp_model_file_is_small() -> None:
    size = len(resources.files(tagger.MODEL_PACKAGE).joinpath(tagger.MODEL_FILE).read_bytes())
    assert size < 20_000_000


def test_nlp_missing_spacy_pipeline_raises_a_clear_error() -> None:
    from svpress.nlp import external_pipeline

    with pytest.raises(ModelNotAvailable, match="not installed"):
        external_pipeline("sv_pipeline_that_does_not_exist")


def test_nlp_parse_with_missing_pipeline_raises_model_not_available() -> None:
    import svpress

    with pytest.raises(ModelNotAvailable):
        svpress.parse("Anna Ek, Region Dalarna", nlp="sv_pipeline_that_does_not_exist")


def test_nlp_svpress_component_sets_doc_ents() -> None:
    from svpress.nlp import pipeline

    doc = pipeline()("Monika Jönsson arbetar vid Region Dalarna.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Monika Jönsson", "PER"), ("Region Dalarna", "ORG")]


def test_nlp_import_svpress_does_not_import_spacy() -> None:
    code = "import sys, svpress; svpress.parse('Anna Ek, Region Dalarna'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
