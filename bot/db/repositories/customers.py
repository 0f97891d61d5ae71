"""Customers."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Sequence, Tuple

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from bot.db.models import Customer, check_allowed, utcnow
from bot.db.repositories.products import chunks
from bot.db.views import LANGUAGES, CustomerView

CUSTOMER_FIELDS = ("id", "name", "email", "phone", "language", "created_at")


def normalize_email(email: str) -> str:
    """The stored form of an email address: trimmed and lower-case."""
    return email.strip().lower()


def customer_view(row: Customer) -> CustomerView:
    """The frozen view of a customer row."""
    return CustomerView(
        id=row.id,
        name=row.name,
        email=row.email,
        phone=row.phone or "",
        language=row.language,
        created_at=row.created_at,
    )


class CustomerRepository:
    """Reads and writes customers.

    Args:
        session: the unit of work (see ``bot.db.session.session_scope``).
    """

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, customer_id: int) -> CustomerView | None:
        """The customer with this id, None when unknown."""
        row = self.session.get(Customer, customer_id)
        return customer_view(row) if row is not None else None

    def by_email(self, email: str) -> CustomerView | None:
        """The customer with this email address (case-insensitive), None if none."""
        query = select(Customer).where(Customer.email == normalize_email(email))
        row = self.session.scalars(query).first()
        return customer_view(row) if row is not None else None

    def count(self) -> int:
        """Number of customers."""
        return int(self.session.scalar(select(func.count()).select_from(Customer)))

    def upsert_many(self, rows: Iterable[Mapping[str, Any]]) -> Tuple[int, int]:
        """Inserts new customers and overwrites existing ones (matched by id).

        Args:
            rows: mappings with the keys of ``CUSTOMER_FIELDS`` (``id``, ``name``,
                ``email`` required; ``language`` "en"/"zh", default "en";
                ``created_at`` default now). Emails are stored lower-case.

        Returns:
            (inserted, updated) counts.

        Raises:
            ShopbotError: a language is not "en"/"zh" (nothing is written).
        """
        rows = list(rows)
        for row in rows:  # validate everything before touching the session
            check_allowed("language", row.get("language") or "en", LANGUAGES)
        existing: Dict[int, Customer] = {}
        for part in chunks([row["id"] for row in rows]):
            query = select(Customer).where(Customer.id.in_(part))
            existing.update({c.id: c for c in self.session.scalars(query)})
        inserted = 0
        for row in rows:
            customer = existing.get(row["id"])
            if customer is None:
                customer = existing[row["id"]] = Customer(created_at=utcnow())
                self.session.add(customer)
                inserted += 1
            _assign(customer, row)
        self.session.flush()
        return inserted, len(rows) - inserted

    def ids_with_email_domains(self, domains: Sequence[str]) -> List[int]:
        """Ids of customers whose email is at one of ``domains`` (e.g. example.com)."""
        if not domains:
            return []
        matches = [Customer.email.like(f"%@{d.lower()}") for d in domains]
        query = select(Customer.id).where(or_(*matches)).order_by(Customer.id)
        return list(self.session.scalars(query))

    def delete(self, customer_ids: Sequence[int]) -> int:
        """Deletes customers (their orders must be deleted first); returns count."""
        deleted = 0
        for part in chunks(list(customer_ids)):
            result = self.session.execute(
                delete(Customer).where(Customer.id.in_(part)),
                execution_options={"synchronize_session": "fetch"},
            )
            deleted += result.rowcount or 0
        return deleted


def _assign(customer: Customer, row: Mapping[str, Any]) -> None:
    for name in CUSTOMER_FIELDS:
        if name in row and row[name] is not None:
            setattr(customer, name, row[name])
    customer.email = normalize_email(customer.email)
    customer.phone = customer.phone or ""
    customer.language = check_allowed("language", customer.language or "en", LANGUAGES)
