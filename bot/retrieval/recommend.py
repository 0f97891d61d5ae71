"""Product recommendations from a customer's order history, popularity otherwise.

A candidate is an in-stock product that passes the shopper's filters and that the
customer never bought (any order except cancelled ones). For a customer with a
history ``B`` the score of candidate ``c`` is::

    co(c)  = Σ_b orders(b, c) + CUSTOMER_WEIGHT · Σ_b customers(b, c)
    sim(c) = max_b cos(v_c, v_b)
    score  = CO_WEIGHT · co(c) / max co + (1 − CO_WEIGHT) · minmax(sim)(c)

``orders(b, c)``: orders holding both SKUs; ``customers(b, c)``: shoppers who
bought both in different orders (same person, another day: a weaker signal).
``v`` is the mean of a product's English and Chinese passage vectors in the
persisted product index, re-normalised. The maximum (not the centroid) keeps
every interest of a shopper who bought a phone *and* shoes. With CO_WEIGHT above
one half the strongest co-purchase always outranks items never bought with
anything of theirs. Ties go to the SKU, so the order is deterministic.

Cold start — no verified customer, no history, or a category asked for that the
customer never bought from — ranks the candidates by the ``popularity`` column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Dict, List, Sequence, Tuple

from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.products import ProductRepository
from bot.db.session import session_scope
from bot.db.views import ProductView
from bot.exceptions import ConfigError
from bot.retrieval.product_search import ProductFilters
from bot.retrieval.vector_index import VectorIndex

if TYPE_CHECKING:
    import numpy as np
    from sqlalchemy.orm import Session

CO_WEIGHT = 0.6  # share of the co-purchase signal; the rest is embedding similarity
CUSTOMER_WEIGHT = 0.5  # a pair bought by one shopper in two orders, vs one order
WITHIN_TOP = 6  # candidates kept from a relevance ranking (a named product)
SCORE_DIGITS = 9  # scores are rounded before sorting: float noise must not beat SKUs
NO_FILTERS = ProductFilters()


@dataclass(frozen=True)
class Recommendation:
    """What to recommend and why.

    Attributes:
        products: at most k products, best first.
        basis: "history" (from the customer's orders) or "popular" (cold start).
    """

    products: List[ProductView]
    basis: str


def sku_vectors(index: VectorIndex) -> Tuple[List[str], np.ndarray]:
    """One unit vector per SKU: the mean of the SKU's rows in the index.

    Args:
        index: the product index (`build_product_index`: an EN and a ZH row per
            SKU).

    Returns:
        (SKUs sorted, float32 array of shape (len(SKUs), d)).
    """
    import numpy as np

    n = len(index)
    if n == 0:
        return [], np.zeros((0, index.meta.dimension), dtype="float32")
    rows = index.vectors()
    by_sku: Dict[str, List[int]] = defaultdict(list)
    for row, sku in enumerate(index.meta.doc_ids):
        by_sku[sku].append(row)
    skus = sorted(by_sku)
    vectors = np.stack([rows[by_sku[sku]].mean(axis=0) for sku in skus])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return skus, (vectors / np.maximum(norms, 1e-12)).astype("float32")


class Recommender:
    """Recommends products to a customer from their orders, or popular ones.

    Args:
        skus: the SKUs of ``vectors``' rows.
        vectors: (len(skus), d) unit vectors of the products (`sku_vectors`).
        database_url: the shop database (orders, products, stock).
        co_weight: weight of the co-purchase score in [0, 1] (the embedding
            similarity gets 1 − it).
        customer_weight: weight (≥ 0) of a pair bought by one customer in two
            orders, relative to a pair in one order.

    Raises:
        ConfigError: a weight is out of range.
    """

    def __init__(
        self,
        skus: Sequence[str],
        vectors: np.ndarray,
        database_url: str,
        *,
        co_weight: float = CO_WEIGHT,
        customer_weight: float = CUSTOMER_WEIGHT,
    ) -> None:
        if not 0.0 <= co_weight <= 1.0:
            raise ConfigError("co_weight", co_weight, "a number in [0, 1]")
        if customer_weight < 0.0:
            raise ConfigError("customer_weight", customer_weight, "a number ≥ 0")
        self.rows = {sku: i for i, sku in enumerate(skus)}
        self.vectors = vectors
        self.database_url = database_url
        self.co_weight, self.customer_weight = co_weight, customer_weight

    @classmethod
    def from_index(
        cls, index: VectorIndex, database_url: str, **options: float
    ) -> Recommender:
        """A recommender over the product vectors of a persisted product index."""
        skus, vectors = sku_vectors(index)
        return cls(skus, vectors, database_url, **options)

    def recommend(
        self,
        customer_id: int | None,
        filters: ProductFilters = NO_FILTERS,
        k: int = 3,
        within: Sequence[str] | None = None,
    ) -> Recommendation:
        """The top k products for the customer that pass the filters.

        Args:
            customer_id: the verified customer, None for an anonymous shopper.
            filters: category, brand, color/size and price bounds (a brand the
                shop does not carry is ignored, as in search).
            k: most products returned.
            within: SKUs ranked by relevance to a named product (a search); when
                given, only the first `WITHIN_TOP` eligible ones compete, and a
                cold start keeps their relevance order.

        Returns:
            The recommendation; never a product the customer bought, never one
            out of stock.

        Raises:
            DatabaseError: the database cannot be read.
        """
        with session_scope(self.database_url) as session:
            bought = self._bought(session, customer_id)
            candidates = _candidates(session, filters, set(bought))
            if within is not None:
                candidates = _within(candidates, within)
            history = ProductRepository(session).get_many(bought)
            if filters.category:
                history = [p for p in history if p.category == filters.category]
            if not history or not candidates:
                return Recommendation(candidates[: max(k, 0)], "popular")
            scores = self.scores(session, [p.sku for p in history], candidates)
        ranked = sorted(candidates, key=lambda p: (-scores[p.sku], p.sku))
        return Recommendation(ranked[: max(k, 0)], "history")

    def scores(
        self, session: Session, bought: Sequence[str], candidates: List[ProductView]
    ) -> Dict[str, float]:
        """Blended score in [0, 1] of each candidate for a customer who bought these.

        Both signals are normalised over ``candidates`` (largest co-purchase = 1,
        similarity min-max), so scores compare only within one call.

        Args:
            session: the unit of work to read co-purchases in.
            bought: SKUs the customer bought (the history the scores rest on).
            candidates: the products to score.

        Returns:
            ``{sku: score}`` rounded to `SCORE_DIGITS` places.
        """
        co = self._co_purchase(session, bought, [p.sku for p in candidates])
        sim = self._similarity(bought, [p.sku for p in candidates])
        weight = self.co_weight
        return {
            p.sku: round(weight * co[p.sku] + (1 - weight) * sim[p.sku], SCORE_DIGITS)
            for p in candidates
        }

    @staticmethod
    def _bought(session: Session, customer_id: int | None) -> List[str]:
        if customer_id is None:
            return []
        return OrderRepository(session).skus_bought(customer_id)

    def _co_purchase(
        self, session: Session, bought: Sequence[str], candidates: Sequence[str]
    ) -> Dict[str, float]:
        """Co-purchase strength per candidate, divided by the largest (0 when none)."""
        orders = OrderRepository(session)
        raw = dict.fromkeys(candidates, 0.0)
        scopes = (("order", 1.0), ("customer", self.customer_weight))
        for scope, weight in scopes:
            if weight == 0.0:
                continue
            for (_, other), count in orders.co_purchase_counts(bought, scope).items():
                if other in raw:
                    raw[other] += weight * count
        top = max(raw.values(), default=0.0)
        return {sku: value / top if top > 0 else 0.0 for sku, value in raw.items()}

    def _similarity(
        self, bought: Sequence[str], candidates: Sequence[str]
    ) -> Dict[str, float]:
        """Max cosine to a bought product, min-max scaled over the candidates.

        Products missing from the index (added after it was built) score 0.
        """
        mine = [self.rows[s] for s in bought if s in self.rows]
        known = [s for s in candidates if s in self.rows]
        result = dict.fromkeys(candidates, 0.0)
        if not mine or not known:
            return result
        their = self.vectors[[self.rows[s] for s in known]]
        best = (their @ self.vectors[mine].T).max(axis=1)
        low, high = float(best.min()), float(best.max())
        span = high - low
        for sku, value in zip(known, best.tolist(), strict=True):
            result[sku] = (value - low) / span if span > 0 else 1.0
        return result


def _candidates(
    session: Session, filters: ProductFilters, bought: set
) -> List[ProductView]:
    """In-stock products passing the filters, not bought, most popular first."""
    products = ProductRepository(session)
    pool = products.popular(filters.category, filters.price_min, filters.price_max)
    if filters.brand is not None:
        carried = {p.brand.lower() for p in products.list_all()}
        if filters.brand.lower() not in carried:
            filters = replace(filters, brand=None)
    return [p for p in pool if p.sku not in bought and filters.accepts(p)]


def _within(candidates: List[ProductView], ranking: Sequence[str]) -> List[ProductView]:
    """The first `WITHIN_TOP` candidates in ``ranking`` order."""
    position = {sku: i for i, sku in enumerate(ranking)}
    ranked = sorted(
        (p for p in candidates if p.sku in position), key=lambda p: position[p.sku]
    )
    return ranked[:WITHIN_TOP]
