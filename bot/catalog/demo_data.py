"""Deterministic demo customers, orders and returns for the demo shop.

Everything derives from ``random.Random(seed)`` and the fixed base date
``BASE_DATE`` (never the clock), so the same seed and catalog always give the same
database. Demo customers have emails at example.com / example.cn; re-running
deletes the previous demo customers, their orders and returns (and any order in
the demo id range) before writing, in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Dict, List, Sequence, Tuple

from bot.db.repositories import (
    CustomerRepository,
    OrderRepository,
    ProductRepository,
    ReturnRepository,
)
from bot.db.session import session_scope
from bot.db.views import ORDER_STATUSES, ProductView
from bot.exceptions import ShopbotError

BASE_DATE = datetime(2026, 10, 1, 12, 0)
FIRST_ORDER_ID = 10001
DEMO_DOMAINS = ("example.com", "example.cn")
MIN_PER_STATUS = 20
RECENT_DELIVERED = 8  # delivered within 30 days of BASE_DATE (still returnable)
CARRIERS = ("SF Express", "JD Logistics", "ZTO", "EMS")
EXTRA_STATUS_WEIGHTS = (1, 1, 2, 4, 1, 1)  # same order as ORDER_STATUSES

EN_FIRST = (
    "James Emma Oliver Sophia Liam Ava Noah Mia Lucas Amelia Ethan Harper Daniel "
    "Grace Henry Chloe Jack Lily Samuel Zoe Thomas Hannah Ryan Olivia"
).split()
EN_LAST = (
    "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Walker Wright Clarke "
    "Hughes Green Hall Wood Turner Miller Carter"
).split()
ZH_SURNAMES = [
    pair.split(":")
    for pair in "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao "
    "吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin".split()
]
ZH_GIVEN = [
    pair.split(":")
    for pair in "伟:Wei 芳:Fang 娜:Na 秀英:Xiuying 敏:Min 静:Jing 丽:Li 强:Qiang "
    "磊:Lei 军:Jun 洋:Yang 勇:Yong 艳:Yan 杰:Jie 娟:Juan 涛:Tao 明:Ming 超:Chao "
    "晓雯:Xiaowen 子涵:Zihan 浩然:Haoran 欣怡:Xinyi 雨桐:Yutong 俊杰:Junjie".split()
]
# city en | city zh | postal code | street en:street zh, ...
CITY_TABLE = """
Shanghai|上海|200120|Century Avenue:世纪大道,Nanjing West Road:南京西路
Beijing|北京|100020|Jianguo Road:建国路,Zhongguancun Street:中关村大街
Shenzhen|深圳|518057|Keyuan Road:科苑路,Shennan Avenue:深南大道
Guangzhou|广州|510623|Tianhe Road:天河路,Huacheng Avenue:花城大道
Hangzhou|杭州|310012|Wensan Road:文三路,Yan'an Road:延安路
Chengdu|成都|610041|Tianfu Avenue:天府大道,Chunxi Road:春熙路
Nanjing|南京|210005|Zhongshan Road:中山路,Hanzhong Road:汉中路
Wuhan|武汉|430071|Zhongnan Road:中南路,Jiefang Avenue:解放大道
"""
CITIES = [
    (*line.split("|")[:3], [s.split(":") for s in line.split("|")[3].split(",")])
    for line in CITY_TABLE.strip().splitlines()
]
RETURN_REASONS = [
    ("Wrong size", "尺码不合适"),
    ("Item arrived damaged", "商品到货时有破损"),
    ("Not as described", "与描述不符"),
    ("Changed my mind", "不想要了"),
    ("Quality problem", "质量问题"),
]
BULK_PRICE = Decimal("300")  # only cheaper items are bought several at a time
# (return status, refund status) of returned orders: the goods are back.
RETURN_OUTCOMES = [
    ("refunded", "paid"),
    ("received", "processing"),
    ("received", "pending"),
]


@dataclass(frozen=True)
class DemoCustomer:
    """A generated customer with a home address used for their orders."""

    row: Dict[str, Any]
    address: Dict[str, str]

    @property
    def language(self) -> str:
        """The customer's language, "en" or "zh"."""
        return self.row["language"]


def _unique(candidate: str, taken: set) -> str:
    local, domain = candidate.split("@")
    email, n = candidate, 1
    while email in taken:
        n += 1
        email = f"{local}{n}@{domain}"
    taken.add(email)
    return email


def _identity(rng: random.Random, taken: set) -> Tuple[str, str, str]:
    """(name, email, language) with an English or a Chinese name."""
    if rng.random() < 0.5:
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        email = _unique(f"{first}.{last}@example.com".lower(), taken)
        return f"{first} {last}", email, "en"
    (surname, s_pinyin), (given, g_pinyin) = (
        rng.choice(ZH_SURNAMES),
        rng.choice(ZH_GIVEN),
    )
    email = _unique(f"{g_pinyin}.{s_pinyin}@example.cn".lower(), taken)
    language = "zh" if rng.random() < 0.85 else "en"
    return f"{surname}{given}", email, language


def _address(rng: random.Random, language: str) -> Dict[str, str]:
    city_en, city_zh, postal, streets = rng.choice(CITIES)
    street_en, street_zh = rng.choice(streets)
    number, building, room = (
        rng.randint(1, 999),
        rng.randint(1, 12),
        rng.randint(101, 2808),
    )
    if language == "zh":
        line, city = f"{street_zh}{number}号{building}栋{room}室", city_zh
    else:
        line, city = f"Room {room}, Bldg {building}, {number} {street_en}", city_en
    return {"address_line": line, "city": city, "postal_code": postal, "country": "CN"}


def make_customers(rng: random.Random, count: int) -> List[DemoCustomer]:
    """``count`` customers with ids 1..count, unique emails and phone endings."""
    taken: set = set()
    endings = rng.sample(range(10000), min(count, 10000))
    customers = []
    for index in range(count):
        name, email, language = _identity(rng, taken)
        ending = endings[index % len(endings)]
        phone = f"+86 1{rng.choice('3456789')}{rng.randint(0, 9)} "
        phone += f"{rng.randint(0, 9999):04d} {ending:04d}"
        row = {
            "id": index + 1,
            "name": name,
            "email": email,
            "phone": phone,
            "language": language,
            "created_at": BASE_DATE - timedelta(days=rng.randint(150, 900)),
        }
        customers.append(DemoCustomer(row, _address(rng, language)))
    return customers


def make_statuses(rng: random.Random, count: int) -> List[str]:
    """``count`` statuses, at least MIN_PER_STATUS each when count allows, shuffled."""
    per_status = min(MIN_PER_STATUS, count // len(ORDER_STATUSES))
    statuses = [s for s in ORDER_STATUSES for _ in range(per_status)]
    statuses += rng.choices(
        ORDER_STATUSES, weights=EXTRA_STATUS_WEIGHTS, k=count - len(statuses)
    )
    rng.shuffle(statuses)
    return statuses


def make_items(
    rng: random.Random, products: Sequence[ProductView], language: str
) -> List[Dict[str, Any]]:
    """1-4 order lines of distinct products with a real color/size variant."""
    wanted = min(rng.choices((1, 2, 3, 4), weights=(6, 3, 2, 1))[0], len(products))
    weights = [p.popularity + 1 for p in products]
    chosen: Dict[str, ProductView] = {}
    for _ in range(50):
        product = rng.choices(products, weights=weights)[0]
        chosen.setdefault(product.sku, product)
        if len(chosen) == wanted:
            break
    return [
        {
            "sku": p.sku,
            "title": p.title(language),
            "color": rng.choice(p.colors) if p.colors else None,
            "size": rng.choice(p.sizes) if p.sizes else None,
            "quantity": rng.choices((1, 2, 3), weights=(8, 2, 1))[0]
            if p.price < BULK_PRICE
            else 1,
            "unit_price": p.price,
        }
        for p in chosen.values()
    ]


def _tracking(rng: random.Random, carrier: str) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(12))
    if carrier == "SF Express":
        return f"SF1{digits}"
    if carrier == "JD Logistics":
        return f"JDV{digits}"
    if carrier == "ZTO":
        return f"7{digits[:11]}"
    return f"E{rng.choice('ABCDEMR')}{digits[:9]}CN"


def _shipping(rng: random.Random, shipped_at: datetime) -> Dict[str, Any]:
    carrier = rng.choice(CARRIERS)
    return {
        "carrier": carrier,
        "tracking_number": _tracking(rng, carrier),
        "eta": (shipped_at + timedelta(days=rng.randint(2, 4))).date(),
    }


def _minutes(rng: random.Random, low_days: float, high_days: float) -> timedelta:
    return timedelta(minutes=rng.randint(int(low_days * 1440), int(high_days * 1440)))


def _timeline(rng: random.Random, status: str, recent: bool) -> Dict[str, Any]:
    """Dates (and shipping info) of an order with ``status``, relative to BASE_DATE."""
    if status in ("pending", "paid", "cancelled"):
        oldest = {"pending": 2, "paid": 3, "cancelled": 60}[status]
        created = BASE_DATE - _minutes(rng, 0.05, oldest)
        return {"created_at": created, "updated_at": created + _minutes(rng, 0, 0.04)}
    if status == "shipped":
        created = BASE_DATE - _minutes(rng, 2, 8)
        shipped = created + _minutes(rng, 0.2, 1.5)
        return {"created_at": created, "updated_at": shipped, **_shipping(rng, shipped)}
    window = (1, 29) if recent else ((31, 120) if status == "delivered" else (10, 60))
    delivered = BASE_DATE - _minutes(rng, *window)
    shipped = delivered - _minutes(rng, 1.5, 4)
    created = shipped - _minutes(rng, 0.2, 1.5)
    times = {"created_at": created, "updated_at": delivered, "delivered_at": delivered}
    return {**times, **_shipping(rng, shipped)}


def _return_spec(
    rng: random.Random, order: Dict[str, Any], language: str
) -> Dict[str, Any]:
    items = order["items"]
    returned = sorted(rng.sample(range(len(items)), rng.randint(1, len(items))))
    lines = [items[i] for i in returned]
    status, refund_status = rng.choices(RETURN_OUTCOMES, weights=(3, 2, 1))[0]
    sized = any(line["size"] for line in lines)  # "wrong size" needs a size
    reason_en, reason_zh = rng.choice(RETURN_REASONS if sized else RETURN_REASONS[1:])
    created = order["delivered_at"] + _minutes(rng, 1, 7)
    order["updated_at"] = created
    return {
        "items": [
            {k: line[k] for k in ("sku", "quantity", "color", "size")} for line in lines
        ],
        "reason": reason_zh if language == "zh" else reason_en,
        "refund_amount": sum(
            (i["unit_price"] * i["quantity"] for i in lines), Decimal(0)
        ),
        "status": status,
        "refund_status": refund_status,
        "created_at": created,
    }


def make_orders(
    rng: random.Random,
    customers: Sequence[DemoCustomer],
    products: Sequence[ProductView],
    count: int,
) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """Order rows (ids in creation order from FIRST_ORDER_ID) and return specs."""
    # Every customer gets an order first (when there are enough), then random ones.
    owners = rng.sample(list(customers), len(customers))[:count]
    owners += [rng.choice(customers) for _ in range(count - len(owners))]
    delivered_seen = 0
    drafts = []
    for index, status in enumerate(make_statuses(rng, count)):
        customer = owners[index]
        recent = status == "delivered" and delivered_seen < RECENT_DELIVERED
        delivered_seen += status == "delivered"
        order = {
            "customer_id": customer.row["id"],
            "status": status,
            **customer.address,
        }
        order.update(_timeline(rng, status, recent))
        order["items"] = make_items(rng, products, customer.language)
        spec = (
            _return_spec(rng, order, customer.language)
            if status == "returned"
            else None
        )
        drafts.append((order["created_at"], index, order, spec))
    drafts.sort(key=lambda d: (d[0], d[1]))
    orders, returns = [], []
    for offset, (_, _, order, spec) in enumerate(drafts):
        order["id"] = FIRST_ORDER_ID + offset
        orders.append(order)
        if spec is not None:
            returns.append({"order_id": order["id"], **spec})
    returns.sort(key=lambda r: (r["created_at"], r["order_id"]))  # RMA ids by time
    return orders, returns


def clear_demo_data(session: Any, orders: int) -> None:
    """Deletes demo customers (example.com/.cn), their orders with items and
    returns, and any order in the demo id range, within ``session``."""
    customer_repo, order_repo = CustomerRepository(session), OrderRepository(session)
    demo_customers = customer_repo.ids_with_email_domains(DEMO_DOMAINS)
    order_ids = set(order_repo.ids_for_customers(demo_customers))
    order_ids.update(range(FIRST_ORDER_ID, FIRST_ORDER_ID + orders))
    order_repo.delete(sorted(order_ids))
    customer_repo.delete(demo_customers)


def _counts(
    customers: int, orders: List[Dict[str, Any]], returns: List[Dict[str, Any]]
) -> Dict[str, int]:
    counts = {
        "customers": customers,
        "orders": len(orders),
        "order_items": sum(len(o["items"]) for o in orders),
        "returns": len(returns),
    }
    for status in ORDER_STATUSES:
        counts[f"orders_{status}"] = sum(o["status"] == status for o in orders)
    return counts


def generate_demo_data(
    url: str | None = None, seed: int = 7, customers: int = 60, orders: int = 240
) -> Dict[str, int]:
    """Writes deterministic demo customers, orders and returns (idempotent).

    Needs the products in the database (``shopbot ingest`` first). Meant for a
    demo database: customer ids 1..customers are overwritten.

    Args:
        url: database URL; default ``Settings.from_env().database_url``.
        seed: random seed; the same seed and catalog give the same rows.
        customers: number of customers (ids 1..customers).
        orders: number of orders (ids 10001..); with >= 120, every status has at
            least 20 orders.

    Returns:
        Counts: customers, orders, order_items, returns and orders_<status>.

    Raises:
        ShopbotError: no products are in the database, or counts are < 1.
        DatabaseError: the database failed (nothing was written).
    """
    if customers < 1 or orders < 1:
        raise ShopbotError("Demo data needs at least 1 customer and 1 order.")
    rng = random.Random(seed)
    with session_scope(url) as session:
        products = ProductRepository(session).list_all()
        if not products:
            raise ShopbotError(
                "No products in the database: run `shopbot ingest "
                "data/catalog/products.csv` before generating demo data."
            )
        clear_demo_data(session, orders)
        people = make_customers(rng, customers)
        order_rows, returns = make_orders(rng, people, products, orders)
        CustomerRepository(session).upsert_many(c.row for c in people)
        OrderRepository(session).upsert_many(order_rows)
        for spec in returns:
            ReturnRepository(session).create(**spec)
    return _counts(len(people), order_rows, returns)
