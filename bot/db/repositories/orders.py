"""Orders with their items; order views carry the customer's contact details."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from bot.db.models import Order, OrderItem, Return, check_allowed, utcnow
from bot.db.repositories.products import chunks
from bot.db.views import ORDER_STATUSES, OrderItemView, OrderView

ORDER_FIELDS = (
    "id",
    "customer_id",
    "status",
    "created_at",
    "updated_at",
    "address_line",
    "city",
    "postal_code",
    "country",
    "carrier",
    "tracking_number",
    "eta",
    "delivered_at",
    "total",
)
ITEM_FIELDS = ("sku", "title", "color", "size", "quantity", "unit_price")
ADDRESS_FIELDS = ("address_line", "city", "postal_code", "country")
# Orders that never became a purchase: ignored by the purchase-history queries.
NOT_PURCHASED = ("cancelled",)
CO_PURCHASE_SCOPES = ("order", "customer")


def order_view(row: Order) -> OrderView:
    """The frozen view of an order row (items and customer must be loadable)."""
    items = tuple(
        OrderItemView(
            sku=i.sku,
            title=i.title,
            color=i.color,
            size=i.size,
            quantity=i.quantity,
            unit_price=Decimal(i.unit_price),
        )
        for i in row.items
    )
    customer = row.customer
    fields = {name: getattr(row, name) for name in ORDER_FIELDS}
    fields["total"] = Decimal(row.total)
    return OrderView(
        **fields,
        customer_name=customer.name,
        customer_email=customer.email,
        customer_phone=customer.phone or "",
        customer_language=customer.language,
        items=items,
    )


def _with_details() -> List[Any]:
    return [selectinload(Order.items), joinedload(Order.customer)]


class OrderRepository:
    """Reads and writes orders and their items.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, order_id: int) -> Order | None:
        return self.session.get(Order, order_id, options=_with_details())

    def get(self, order_id: int) -> OrderView | None:
        """The order with its items and customer details, None when unknown."""
        row = self._row(order_id)
        return order_view(row) if row is not None else None

    def for_customer(self, customer_id: int) -> List[OrderView]:
        """The customer's orders, newest first."""
        query = (
            select(Order)
            .where(Order.customer_id == customer_id)
            .options(*_with_details())
            .order_by(Order.created_at.desc(), Order.id.desc())
        )
        return [order_view(row) for row in self.session.scalars(query)]

    def ids_for_customers(self, customer_ids: Sequence[int]) -> List[int]:
        """Ids of every order of these customers, ascending."""
        ids: List[int] = []
        for part in chunks(list(customer_ids)):
            query = select(Order.id).where(Order.customer_id.in_(part))
            ids.extend(self.session.scalars(query))
        return sorted(ids)

    def skus_bought(self, customer_id: int) -> List[str]:
        """Distinct SKUs of every order of the customer except cancelled ones, sorted.

        Returned orders count: the shopper has had the item.
        """
        query = (
            select(OrderItem.sku)
            .join(Order, OrderItem.order_id == Order.id)
            .where(Order.customer_id == customer_id)
            .where(Order.status.not_in(NOT_PURCHASED))
            .distinct()
            .order_by(OrderItem.sku)
        )
        return list(self.session.scalars(query))

    def co_purchase_counts(
        self, skus: Sequence[str], scope: str = "order"
    ) -> Dict[Tuple[str, str], int]:
        """How often other SKUs were bought together with each of ``skus``.

        Args:
            skus: the SKUs asked about (e.g. what one customer bought).
            scope: "order": number of (non-cancelled) orders holding both SKUs;
                "customer": number of customers who bought both in *different*
                orders (a weaker signal: same shopper, another day).

        Returns:
            ``{(sku, other_sku): count}`` for every pair seen at least once;
            ``other_sku`` is never ``sku``.

        Raises:
            ShopbotError: ``scope`` is not "order" or "customer".
        """
        check_allowed("co-purchase scope", scope, CO_PURCHASE_SCOPES)
        counts: Dict[Tuple[str, str], int] = {}
        for part in chunks(sorted(set(skus))):
            query = _co_purchase_query(part, scope)
            for sku, other, count in self.session.execute(query):
                counts[(str(sku), str(other))] = int(count)
        return counts

    def set_status(
        self, order_id: int, status: str, at: datetime | None = None
    ) -> OrderView | None:
        """Changes the status (and ``updated_at``); None when the order is unknown.

        Setting "delivered" also records ``delivered_at`` when it was empty.

        Raises:
            ShopbotError: ``status`` is not an order status.
        """
        check_allowed("order status", status, ORDER_STATUSES)
        row = self._row(order_id)
        if row is None:
            return None
        at = at or utcnow()
        row.status, row.updated_at = status, at
        if status == "delivered" and row.delivered_at is None:
            row.delivered_at = at
        self.session.flush()
        return order_view(row)

    def cancel(
        self,
        order_id: int,
        allowed: Sequence[str] = ("pending", "paid"),
        at: datetime | None = None,
    ) -> OrderView | None:
        """Cancels the order when its status is one of ``allowed``.

        The status is read and written in the same unit of work, so an order that
        shipped meanwhile is left alone.

        Returns:
            The cancelled order, or None when it is unknown or not cancellable.
        """
        row = self._row(order_id)
        if row is None or row.status not in allowed:
            return None
        row.status, row.updated_at = "cancelled", at or utcnow()
        self.session.flush()
        return order_view(row)

    def set_delivered_at(self, order_id: int, at: datetime) -> OrderView | None:
        """Marks the order delivered at ``at``; None when the order is unknown."""
        row = self._row(order_id)
        if row is None:
            return None
        row.status, row.delivered_at, row.updated_at = "delivered", at, at
        self.session.flush()
        return order_view(row)

    def update_address(
        self,
        order_id: int,
        *,
        address_line: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        at: datetime | None = None,
    ) -> OrderView | None:
        """Changes the given shipping address fields; None when the order is unknown.

        Whether the order may still change address (e.g. not yet shipped) is the
        caller's business rule; this only writes.
        """
        row = self._row(order_id)
        if row is None:
            return None
        values = (address_line, city, postal_code, country)
        for name, value in zip(ADDRESS_FIELDS, values, strict=True):
            if value is not None:
                setattr(row, name, value)
        row.updated_at = at or utcnow()
        self.session.flush()
        return order_view(row)

    def count_by_status(self) -> Dict[str, int]:
        """Number of orders per status (every status present, zero included)."""
        counts = {status: 0 for status in ORDER_STATUSES}
        query = select(Order.status, func.count()).group_by(Order.status)
        for status, count in self.session.execute(query):
            counts[status] = int(count)
        return counts

    def count(self) -> int:
        """Number of orders."""
        return int(self.session.scalar(select(func.count()).select_from(Order)))

    def upsert_many(self, rows: Iterable[Mapping[str, Any]]) -> Tuple[int, int]:
        """Inserts new orders and overwrites existing ones (matched by id).

        Args:
            rows: mappings with the keys of ``ORDER_FIELDS`` plus ``items``, a list
                of mappings with the keys of ``ITEM_FIELDS``. The items replace
                the stored ones. ``total`` defaults to the sum of the items;
                ``updated_at`` to ``created_at``.

        Returns:
            (inserted, updated) counts.

        Raises:
            ShopbotError: a status is not an order status (nothing is written).
        """
        rows = list(rows)
        for row in rows:  # validate everything before touching the session
            check_allowed("order status", row["status"], ORDER_STATUSES)
        existing: Dict[int, Order] = {}
        for part in chunks([row["id"] for row in rows]):
            query = select(Order).where(Order.id.in_(part)).options(*_with_details())
            existing.update({o.id: o for o in self.session.scalars(query)})
        inserted = 0
        for row in rows:
            order = existing.get(row["id"])
            if order is None:
                order = existing[row["id"]] = Order()
                self.session.add(order)
                inserted += 1
            _assign(order, row)
        self.session.flush()
        return inserted, len(rows) - inserted

    def delete(self, order_ids: Sequence[int]) -> int:
        """Deletes orders with their items and returns; returns the order count."""
        deleted = 0
        for part in chunks(list(order_ids)):
            # Children first: works even where foreign keys do not cascade.
            for model in (Return, OrderItem):
                self.session.execute(
                    delete(model).where(model.order_id.in_(part)),
                    execution_options={"synchronize_session": "fetch"},
                )
            result = self.session.execute(
                delete(Order).where(Order.id.in_(part)),
                execution_options={"synchronize_session": "fetch"},
            )
            deleted += result.rowcount or 0
        return deleted


def _co_purchase_query(skus: Sequence[str], scope: str) -> Any:
    """(sku, other sku, count) rows for the pairs with ``sku`` in ``skus``."""
    mine, other = aliased(OrderItem), aliased(OrderItem)
    mine_order, other_order = aliased(Order), aliased(Order)
    query = (
        select(mine.sku, other.sku)
        .join(mine_order, mine.order_id == mine_order.id)
        .where(mine.sku.in_(skus), mine_order.status.not_in(NOT_PURCHASED))
    )
    if scope == "order":
        counted = func.count(func.distinct(mine.order_id))
        query = query.join(other, other.order_id == mine.order_id)
    else:
        counted = func.count(func.distinct(mine_order.customer_id))
        query = query.join(
            other_order,
            (other_order.customer_id == mine_order.customer_id)
            & (other_order.id != mine_order.id),
        ).join(other, other.order_id == other_order.id)
        query = query.where(other_order.status.not_in(NOT_PURCHASED))
    query = query.where(other.sku != mine.sku)
    return query.add_columns(counted).group_by(mine.sku, other.sku)


def _assign(order: Order, row: Mapping[str, Any]) -> None:
    for name in ORDER_FIELDS:
        if name in row and name != "total":
            setattr(order, name, row[name])
    if order.updated_at is None:
        order.updated_at = order.created_at
    if "items" in row:
        order.items = [
            OrderItem(**{k: item.get(k) for k in ITEM_FIELDS}) for item in row["items"]
        ]
    computed = sum(
        (Decimal(str(i.unit_price)) * i.quantity for i in order.items), Decimal("0")
    )
    total = row.get("total")
    order.total = Decimal(str(total)) if total is not None else computed
