"""Validates the refund-status form: which order, and proof that it is yours."""

from __future__ import annotations

from typing import Text

from actions.forms.order_form import OrderFormValidation


class ValidateRefundStatusForm(OrderFormValidation):
    """Only the order id and the identity proof; any order of yours qualifies."""

    def name(self) -> Text:
        return "validate_refund_status_form"
