"""Repositories: the only code that issues SQL. Each takes a Session and returns views.

Example:
    >>> with session_scope() as session:
    ...     product = ProductRepository(session).get("PHN-001")
"""

from bot.db.repositories.customers import CustomerRepository
from bot.db.repositories.faq import FaqRepository
from bot.db.repositories.orders import OrderRepository
from bot.db.repositories.products import ProductRepository
from bot.db.repositories.returns import ReturnRepository
from bot.db.repositories.tickets import TicketRepository

__all__ = [
    "CustomerRepository",
    "FaqRepository",
    "OrderRepository",
    "ProductRepository",
    "ReturnRepository",
    "TicketRepository",
]
