"""The storefront page's product (socket.io metadata) as product question context."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.product_info import page_product_sku


def _tracker(metadata) -> Tracker:
    message = {"text": "is it in stock?", "intent": {"name": "check_stock"}}
    if metadata is not ...:
        message["metadata"] = metadata
    return Tracker("s", {}, message, [], False, None, {}, "")


@pytest.mark.parametrize(
    "metadata,expected",
    [
        ({"product_sku": "PH-0008", "page": "/product/PH-0008"}, "PH-0008"),
        ({"product_sku": " PH-0008 "}, "PH-0008"),
        ({"product_sku": None, "page": "/"}, None),
        ({"product_sku": ""}, None),
        ({"product_sku": 8}, None),
        ({}, None),
        (None, None),
        ("PH-0008", None),
        (..., None),  # REST and other channels send no metadata
    ],
)
def test_page_product_comes_from_the_message_metadata(metadata, expected) -> None:
    assert page_product_sku(_tracker(metadata)) == expected
