"""Returns (RMAs)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, List, Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.models import Order, Return, check_allowed, utcnow
from bot.db.views import REFUND_STATUSES, RETURN_STATUSES, ReturnView
from bot.exceptions import ShopbotError

RMA_PREFIX = "RMA-"
RMA_DIGITS = 6


def format_rma_id(number: int) -> str:
    """``RMA-000042`` for 42."""
    return f"{RMA_PREFIX}{number:0{RMA_DIGITS}d}"


def return_view(row: Return) -> ReturnView:
    """The frozen view of a return row."""
    return ReturnView(
        rma_id=row.rma_id,
        order_id=row.order_id,
        items=tuple(dict(item) for item in row.items or ()),
        reason=row.reason or "",
        status=row.status,
        refund_amount=Decimal(row.refund_amount),
        refund_status=row.refund_status,
        created_at=row.created_at,
    )


class ReturnRepository:
    """Creates and reads returns.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def next_rma_id(self) -> str:
        """The id the next return gets: one more than the highest ``RMA-`` id."""
        query = (
            select(Return.rma_id)
            .where(Return.rma_id.like(f"{RMA_PREFIX}%"))
            .order_by(func.length(Return.rma_id).desc(), Return.rma_id.desc())
            .limit(1)
        )
        last = self.session.scalar(query)
        digits = last[len(RMA_PREFIX) :] if last else ""
        return format_rma_id(int(digits) + 1 if digits.isdigit() else 1)

    def create(
        self,
        order_id: int,
        items: Sequence[Mapping[str, Any]],
        reason: str,
        refund_amount: Decimal,
        *,
        status: str = "requested",
        refund_status: str = "pending",
        created_at: datetime | None = None,
    ) -> ReturnView:
        """Records a return of ``items`` of an order under the next RMA id.

        Args:
            order_id: the order the items come from.
            items: dicts ``{"sku", "quantity", "color", "size"}``.
            reason: the shopper's reason, as given.
            refund_amount: amount to refund.
            status: requested / received / refunded / rejected.
            refund_status: pending / processing / paid.
            created_at: creation time (naive UTC), default now.

        Raises:
            ShopbotError: unknown order, status or refund status.
        """
        self._check_new(order_id, status, refund_status)
        row = Return(
            rma_id=self.next_rma_id(),
            order_id=order_id,
            items=[dict(item) for item in items],
            reason=reason,
            status=status,
            refund_amount=Decimal(str(refund_amount)),
            refund_status=refund_status,
            created_at=created_at or utcnow(),
        )
        self.session.add(row)
        self.session.flush()
        return return_view(row)

    def _check_new(self, order_id: int, status: str, refund_status: str) -> None:
        check_allowed("return status", status, RETURN_STATUSES)
        check_allowed("refund status", refund_status, REFUND_STATUSES)
        if self.session.get(Order, order_id) is None:
            raise ShopbotError(f"Cannot create a return: order {order_id} not found.")

    def get(self, rma_id: str) -> ReturnView | None:
        """The return with this RMA id (case-insensitive prefix), None when unknown."""
        rma_id = rma_id.strip().upper()
        row = self.session.get(Return, rma_id)
        return return_view(row) if row is not None else None

    def for_order(self, order_id: int) -> List[ReturnView]:
        """Returns of an order, oldest first."""
        query = (
            select(Return)
            .where(Return.order_id == order_id)
            .order_by(Return.created_at, Return.rma_id)
        )
        return [return_view(row) for row in self.session.scalars(query)]

    def update_status(
        self,
        rma_id: str,
        status: str | None = None,
        refund_status: str | None = None,
    ) -> ReturnView | None:
        """Changes the return and/or refund status; None when the RMA is unknown."""
        row = self.session.get(Return, rma_id.strip().upper())
        if row is None:
            return None
        if status is not None:
            row.status = check_allowed("return status", status, RETURN_STATUSES)
        if refund_status is not None:
            row.refund_status = check_allowed(
                "refund status", refund_status, REFUND_STATUSES
            )
        self.session.flush()
        return return_view(row)

    def delete(self, rma_id: str) -> bool:
        """Deletes a return (e.g. one recorded by mistake); False when unknown."""
        row = self.session.get(Return, rma_id.strip().upper())
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True
