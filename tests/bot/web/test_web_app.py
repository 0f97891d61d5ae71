"""Storefront routes: grid, category, search, product page, languages, 404s."""

from __future__ import annotations

import re
from typing import Dict, List

import pytest

from bot.web.app import StorefrontApp, content_security_policy, parse_request
from bot.web.storefront import Storefront


def get(app: StorefrontApp, target: str, headers: Dict[str, str] | None = None):
    response = app.handle(target, headers or {})
    return response, response.body.decode()


def skus(html: str) -> List[str]:
    """SKUs of the product cards on a page, in page order."""
    return re.findall(r'class="product-card" data-sku="([^"]+)"', html)


def test_home_lists_every_product_most_popular_first(app) -> None:
    response, html = get(app, "/")
    assert response.status == 200
    assert response.content_type.startswith("text/html")
    assert skus(html) == ["PH-1", "SH-1", "XS-1"]
    assert 'data-category="phones"' in html and "Phones" in html


def test_category_page_shows_only_that_category(app) -> None:
    response, html = get(app, "/category/shoes")
    assert response.status == 200
    assert skus(html) == ["SH-1"]
    assert 'data-category="shoes" aria-current="page"' in html


@pytest.mark.parametrize(
    "query,expected",
    [
        ("nova", ["PH-1"]),
        ("NOVA phone", ["PH-1"]),
        ("诺瓦", ["PH-1"]),
        ("android", ["PH-1"]),  # a tag
        ("shoes", ["SH-1"]),  # the category
        ("100%", ["XS-1"]),  # LIKE wildcards match literally
        ("cotton_towel", ["XS-1"]),
        ("nova runner", []),  # every word must match
        ("1_0%", []),  # "_" is not "any character"
    ],
)
def test_search_box_matches_words_in_the_database(app, query, expected) -> None:
    from urllib.parse import quote

    response, html = get(app, "/?q=" + quote(query))
    assert response.status == 200
    assert skus(html) == expected


def test_product_page_shows_database_facts(app) -> None:
    response, html = get(app, "/product/PH-1")
    assert response.status == 200
    assert '<h1 class="product-title">Nova Phone 12</h1>' in html
    assert "1999.00 CNY" in html
    assert "black, blue" in html
    assert '<tr data-variant="blue"><td>blue</td><td>7</td></tr>' in html
    assert '<tr data-variant="black"><td>black</td><td>Sold out</td></tr>' in html
    assert "A bright phone." in html
    assert 'data-product-sku="PH-1"' in html  # the widget's chat context


def test_language_switch_shows_chinese_and_is_remembered(app) -> None:
    response, html = get(app, "/product/PH-1?lang=zh")
    assert '<h1 class="product-title">诺瓦手机12</h1>' in html
    assert "一部明亮的手机。" in html and '<html lang="zh-CN">' in html
    assert response.headers["Set-Cookie"].startswith("shopbot_lang=zh;")
    _, html = get(app, "/product/PH-1", {"Cookie": "shopbot_lang=zh"})
    assert "诺瓦手机12" in html
    _, html = get(app, "/", {"Accept-Language": "zh-CN,zh;q=0.9"})
    assert "全部商品" in html
    _, html = get(app, "/?lang=en", {"Cookie": "shopbot_lang=zh"})
    assert "All products" in html


def test_language_links_keep_the_page_and_its_search(app) -> None:
    _, html = get(app, "/category/shoes?q=trail&lang=zh")
    assert 'href="/category/shoes?q=trail&amp;lang=en"' in html


def test_product_text_is_escaped(app) -> None:
    _, html = get(app, "/")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_external_image_urls_are_replaced_by_local_placeholders(app) -> None:
    _, html = get(app, "/")
    assert "cdn.example.com" not in html
    assert 'src="/static/img/sh-1.svg"' in html
    response, svg = get(app, "/static/img/sh-1.svg")
    assert response.status == 200 and response.content_type == "image/svg+xml"
    assert svg.startswith("<svg") and "SH-1" in svg


@pytest.mark.parametrize(
    "target",
    [
        "/nothing",
        "/product/NOPE",
        "/product/",
        "/product/PH-1/extra",
        "/category/nope",
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/img/../../app.py",
        "/static/missing.js",
        "/static/",
        "/%00",
        "/product/" + "X" * 500,
    ],
)
def test_bad_paths_get_the_404_page(app, target) -> None:
    response, html = get(app, target)
    assert response.status == 404
    assert "Page not found" in html and 'href="/"' in html


def test_static_files_and_config(app) -> None:
    response, css = get(app, "/static/widget.css")
    assert response.status == 200 and response.content_type == "text/css"
    assert ".sbw-panel" in css
    response, body = get(app, "/config.json")
    assert response.status == 200 and body == '{"rasaUrl": "http://localhost:5005"}'


def test_database_outage_is_a_503_page(tmp_path) -> None:
    broken = StorefrontApp(Storefront(f"sqlite:///{tmp_path}/empty.db"), "http://x")
    response, html = get(broken, "/")
    assert response.status == 503
    assert "temporarily unavailable" in html
    assert get(broken, "/nothing")[0].status == 404


def test_bad_cookie_header_falls_back_to_the_browser_language() -> None:
    request = parse_request("/", {"Cookie": 'a="', "Accept-Language": "zh"})
    assert request.lang == "zh"


@pytest.mark.parametrize(
    "rasa_url,connect",
    [
        ("http://localhost:5005", "http://localhost:5005 ws://localhost:5005"),
        ("https://bot.shop.example", "https://bot.shop.example wss://bot.shop.example"),
    ],
)
def test_csp_allows_only_this_origin_and_the_rasa_server(rasa_url, connect) -> None:
    policy = content_security_policy(rasa_url)
    assert f"connect-src 'self' {connect};" in policy
    assert "script-src 'self';" in policy and "img-src 'self' data:;" in policy
