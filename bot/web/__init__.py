"""The storefront demo page, its chat assets and the small server that serves them."""
