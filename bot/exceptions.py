"""The one exception family of shopbot: every error we raise is a ShopbotError."""

from __future__ import annotations


class ShopbotError(Exception):
    """Base class of every error raised by shopbot."""


class ConfigError(ShopbotError):
    """A setting or component option has a bad value."""

    def __init__(self, key: str, value: object, allowed: str) -> None:
        message = f"Invalid value {value!r} for '{key}'; allowed: {allowed}."
        super().__init__(message)
        self.key = key
        self.value = value
        self.allowed = allowed


class ModelSourceError(ShopbotError):
    """A model reference cannot be resolved to a local folder.

    The message names the package to install or the file that is wrong.
    """


class DataValidationError(ShopbotError):
    """A catalog, FAQ or other input file is malformed.

    The message always names the file, and where known the row and the field.
    """

    def __init__(
        self,
        file: str,
        message: str,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        where = file
        if row is not None:
            where += f", row {row}"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.row = row
        self.field = field


class DatabaseError(ShopbotError):
    """The shop database cannot be reached or a query failed."""


class RetrievalIndexError(ShopbotError):
    """A FAISS index is missing, corrupt or built with another model: rebuild it."""
