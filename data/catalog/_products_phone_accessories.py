"""Catalog table: phone accessories (SKU prefix PA). Read by generate_products.py.

Cases and screen protectors come in product lines (one text per line, filled in
with the phone's name) applied to the phones listed in CASES / PROTECTORS; the
rest are written out one by one. ``accessory_of`` / ``compatible_with`` hold keys
of other tables' products (``compatible_with`` defaults to ``accessory_of``).
"""

# phone key -> (English name, Chinese name, short tag)
PHONE_NAMES = {
    "iphone15": ("Apple iPhone 15", "苹果iPhone 15", "iphone-15"),
    "iphone15pro": ("Apple iPhone 15 Pro", "苹果iPhone 15 Pro", "iphone-15-pro"),
    "iphone15promax": (
        "Apple iPhone 15 Pro Max",
        "苹果iPhone 15 Pro Max",
        "iphone-15-pro-max",
    ),
    "iphone14": ("Apple iPhone 14", "苹果iPhone 14", "iphone-14"),
    "iphone13": ("Apple iPhone 13", "苹果iPhone 13", "iphone-13"),
    "xiaomi14": ("Xiaomi 14", "小米14", "xiaomi-14"),
    "xiaomi10": ("Xiaomi 10", "小米10", "xiaomi-10"),
    "redminote13pro": ("Redmi Note 13 Pro", "红米Note 13 Pro", "redmi-note-13-pro"),
    "mate60pro": ("Huawei Mate 60 Pro", "华为Mate 60 Pro", "mate-60-pro"),
    "p60": ("Huawei P60", "华为P60", "huawei-p60"),
    "galaxys24": ("Samsung Galaxy S24", "三星Galaxy S24", "galaxy-s24"),
    "galaxys24ultra": (
        "Samsung Galaxy S24 Ultra",
        "三星Galaxy S24 Ultra",
        "galaxy-s24-ultra",
    ),
}

# Product lines; {en} / {zh} are replaced by the phone's names.
LINES = {
    "silicone": dict(
        kind="case",
        brand="ShellMate",
        en="ShellMate Liquid Silicone Case for {en}",
        zh="{zh} 液态硅胶手机壳",
        colors="red|black|blue|pink|green|purple",
        attrs=dict(material="liquid silicone", lining="microfiber"),
        tags="phone-case|silicone|soft-touch",
        den=(
            "Soft-touch liquid silicone outside and a microfibre lining inside, cut to "
            "fit the {en} exactly. Raised edges around the screen and camera keep them "
            "off the table."
        ),
        dzh=(
            "专为{zh}设计，外层亲肤液态硅胶，内衬超细纤维绒布。屏幕和镜头四周加高边框，"
            "平放桌面也不易刮花。"
        ),
    ),
    "clear": dict(
        kind="case",
        brand="ShellMate",
        en="ShellMate Clear Shockproof Case for {en}",
        zh="{zh} 透明防摔手机壳",
        colors="",
        attrs=dict(
            material="TPU + polycarbonate", anti_yellowing=True, drop_protection_m=1.5
        ),
        tags="phone-case|clear|transparent|shockproof",
        den=(
            "A crystal-clear back treated against yellowing lets the phone's own color "
            "show through. Air-cushion corners absorb drops from up to 1.5 m."
        ),
        dzh=(
            "高透背板搭配TPU气囊四角，防摔又防黄变，能完整展示{zh}原本的机身颜色。通过"
            "1.5米跌落测试。"
        ),
    ),
    "leather": dict(
        kind="case",
        brand="Harlow",
        en="Harlow Genuine Leather Wallet Case for {en}",
        zh="{zh} 真皮翻盖钱包手机壳",
        colors="brown|black|red",
        attrs=dict(material="genuine cowhide leather", card_slots=3, stand=True),
        tags="phone-case|leather|wallet|flip-cover",
        den=(
            "Full-grain cowhide folio with three card slots and a cash pocket; the "
            "cover folds back into a stand for watching videos. The leather softens "
            "and darkens nicely with use."
        ),
        dzh=(
            "头层牛皮翻盖设计，内含三个卡位和一个钞票夹层，翻盖可折成支架看视频。皮面越"
            "用越有光泽。"
        ),
    ),
    "rugged": dict(
        kind="case",
        brand="ArmorGo",
        en="ArmorGo Rugged Armor Case with Kickstand for {en}",
        zh="{zh} 军工级防摔手机壳 带支架",
        colors="black|blue|red|green",
        attrs=dict(material="TPU + polycarbonate", drop_protection_m=3, kickstand=True),
        tags="phone-case|rugged|shockproof|kickstand",
        den=(
            "Dual-layer armor: a shock-absorbing TPU inner shell inside a hard "
            "polycarbonate frame, drop-tested from 3 m. A fold-out kickstand holds the "
            "{en} upright for video calls."
        ),
        dzh=(
            "双层结构：内层TPU缓冲、外层PC硬壳，通过3米跌落测试。背部自带折叠支架，{zh}"
            "可以横放追剧或竖放视频通话。"
        ),
    ),
    "magsafe": dict(
        kind="case",
        brand="ShellMate",
        en="ShellMate MagSafe Clear Case for {en}",
        zh="{zh} MagSafe磁吸透明手机壳",
        colors="black|white|blue",
        attrs=dict(material="polycarbonate + TPU", magsafe=True),
        tags="phone-case|magsafe|magnetic|clear",
        den=(
            "A clear case with a built-in magnet ring, so MagSafe chargers, wallets "
            "and car mounts snap on firmly. The colored ring is the only accent on the "
            "{en}."
        ),
        dzh=(
            "内置磁吸圈，MagSafe充电器、卡包和车载支架都能稳稳吸附。透明背板只露出一圈"
            "彩色磁环，简洁耐看。"
        ),
    ),
    "glass": dict(
        kind="screen_protector",
        brand="ClearShield",
        en="ClearShield Tempered Glass Screen Protector for {en} (2-Pack)",
        zh="{zh} 高清钢化膜 全屏覆盖（2片装）",
        colors="",
        attrs=dict(material="9H tempered glass", pieces=2, alignment_frame=True),
        tags="screen-protector|tempered-glass|9h|2-pack",
        den=(
            "Two sheets of 9H tempered glass with an oleophobic coating that resists "
            "fingerprints. The included alignment frame makes a bubble-free fit on the "
            "{en} easy."
        ),
        dzh=(
            "9H硬度钢化玻璃，表面疏油层防指纹，一盒两片。附带贴膜定位框，新手也能一次贴"
            "正不起泡。"
        ),
    ),
    "privacy": dict(
        kind="screen_protector",
        brand="ClearShield",
        en="ClearShield Privacy Glass Screen Protector for {en}",
        zh="{zh} 防窥钢化膜",
        colors="",
        attrs=dict(material="9H tempered glass", privacy_angle_deg=30, pieces=1),
        tags="screen-protector|privacy|anti-spy|tempered-glass",
        den=(
            "Darkens the screen for anyone looking from more than 30 degrees to the "
            "side while staying clear head-on. Handy on a crowded metro."
        ),
        dzh=(
            "左右30度以外看不清屏幕内容，正面观看依然清晰。挤地铁时也不怕聊天记录被旁人"
            "看到。"
        ),
    ),
    "lens": dict(
        kind="screen_protector",
        brand="ClearShield",
        en="ClearShield Camera Lens Protector for {en}",
        zh="{zh} 镜头保护膜 一体式",
        colors="",
        attrs=dict(material="tempered glass + aluminium ring", pieces=1),
        tags="lens-protector|camera|tempered-glass|scratch-proof",
        den=(
            "A one-piece glass cover for the {en} camera module that stops key "
            "scratches without adding flare to night shots."
        ),
        dzh="一体式镜头钢化膜，防止钥匙硬币刮花摄像头，高透光不影响夜景拍摄。",
    ),
}

# (phone key, product line, price)
CASES = [
    ("iphone15", "silicone", 59),
    ("iphone15", "clear", 39),
    ("iphone15", "leather", 129),
    ("iphone15", "magsafe", 79),
    ("iphone15", "rugged", 89),
    ("iphone15pro", "silicone", 59),
    ("iphone15pro", "clear", 39),
    ("iphone15pro", "leather", 129),
    ("iphone15pro", "magsafe", 79),
    ("iphone15promax", "silicone", 69),
    ("iphone15promax", "leather", 129),
    ("iphone15promax", "rugged", 99),
    ("iphone14", "silicone", 49),
    ("iphone14", "clear", 29),
    ("iphone13", "silicone", 45),
    ("iphone13", "clear", 29),
    ("xiaomi14", "silicone", 49),
    ("xiaomi14", "clear", 35),
    ("xiaomi14", "leather", 119),
    ("xiaomi10", "silicone", 39),
    ("xiaomi10", "clear", 29),
    ("redminote13pro", "silicone", 39),
    ("redminote13pro", "rugged", 79),
    ("mate60pro", "silicone", 59),
    ("mate60pro", "leather", 129),
    ("mate60pro", "rugged", 99),
    ("p60", "silicone", 55),
    ("p60", "clear", 35),
    ("galaxys24", "silicone", 59),
    ("galaxys24", "clear", 39),
    ("galaxys24ultra", "rugged", 99),
    ("galaxys24ultra", "leather", 129),
]

PROTECTORS = [
    ("iphone15", "glass", 39),
    ("iphone15pro", "glass", 39),
    ("iphone15promax", "glass", 45),
    ("xiaomi14", "glass", 35),
    ("mate60pro", "glass", 59),
    ("galaxys24", "glass", 39),
    ("iphone15", "privacy", 59),
    ("iphone15pro", "lens", 29),
    ("iphone15promax", "lens", 29),
]


def line_product(phone: str, line: str, price: float) -> dict:
    """One case / protector of ``line`` made for ``phone``."""
    spec = LINES[line]
    en, zh, tag = PHONE_NAMES[phone]
    model = en.removeprefix("Apple ")
    return dict(
        key=f"{line}-{phone}",
        kind=spec["kind"],
        brand=spec["brand"],
        en=spec["en"].format(en=en),
        zh=spec["zh"].format(zh=zh),
        price=price,
        colors=spec["colors"],
        attrs=dict(spec["attrs"], compatible_model=model),
        tags=f"{spec['tags']}|{tag}",
        den=spec["den"].format(en=model),
        dzh=spec["dzh"].format(zh=zh),
        accessory_of=(phone,),
    )


IPHONES_15 = ("iphone15", "iphone15plus", "iphone15pro", "iphone15promax")
IPHONES_LIGHTNING = ("iphone14", "iphone13", "iphonese3")
IPHONES_MAGSAFE = (*IPHONES_15, "iphone14", "iphone13")
XIAOMI_PHONES = ("xiaomi10", "xiaomi13", "xiaomi14", "xiaomi14pro")
REDMI_PHONES = ("redminote13", "redminote13pro", "redmi13c")
HUAWEI_PHONES = ("mate60", "mate60pro", "p60", "p60pro", "pura70", "nova12", "nova11se")
SAMSUNG_PHONES = (
    "galaxys24",
    "galaxys24ultra",
    "galaxys23fe",
    "galaxya55",
    "galaxya35",
    "zflip5",
)
USB_C_MIX = (
    "iphone15",
    "iphone15pro",
    "xiaomi14",
    "mate60",
    "galaxys24",
    "pura70",
    "oneplus12",
    "xperia1v",
    "lumoxr200",
)

SINGLES = [
    dict(
        key="apple20w",
        kind="charger",
        brand="Apple",
        en="Apple 20W USB-C Power Adapter",
        zh="苹果 20W USB-C 电源适配器",
        price=149,
        colors="white",
        attrs=dict(
            wattage=20, ports="1x USB-C", protocol="USB PD", cable_included=False
        ),
        tags="charger|apple|usb-c|20w|fast-charging",
        den=(
            "Apple's official 20 W USB-C adapter, which charges an iPhone 15 to about "
            "50% in 30 minutes. The cable is sold separately."
        ),
        dzh=(
            "苹果原装20W USB-C充电头，iPhone 15约30分钟可充至50%左右。不含数据线，需另"
            "购。"
        ),
        accessory_of=IPHONES_15,
        compatible_with=IPHONES_15 + IPHONES_LIGHTNING,
    ),
    dict(
        key="applemagsafe",
        kind="charger",
        brand="Apple",
        en="Apple MagSafe Charger (1 m)",
        zh="苹果 MagSafe 磁吸充电器（1米）",
        price=329,
        colors="white",
        attrs=dict(wattage=15, connectivity="MagSafe / Qi", cable_length_m=1),
        tags="charger|apple|magsafe|wireless|magnetic",
        den=(
            "Snaps onto the back of an iPhone and charges wirelessly at up to 15 W; it "
            "works through MagSafe cases too. Needs a 20 W or higher USB-C adapter."
        ),
        dzh=(
            "磁吸贴合iPhone背部，最高15W无线快充，戴着MagSafe手机壳也能充。需搭配20W及"
            "以上USB-C充电头使用。"
        ),
        accessory_of=("iphone15", "iphone15pro", "iphone15promax"),
        compatible_with=IPHONES_MAGSAFE,
    ),
    dict(
        key="xiaomi67w",
        kind="charger",
        brand="Xiaomi",
        en="Xiaomi 67W Charger Kit with USB-C Cable",
        zh="小米 67W 充电器套装 含数据线",
        price=99,
        colors="white",
        attrs=dict(
            wattage=67,
            ports="1x USB-A",
            protocol="Xiaomi HyperCharge / QC",
            cable_included=True,
        ),
        tags="charger|xiaomi|67w|fast-charging|redmi",
        den=(
            "The 67 W charger that ships with many Xiaomi and Redmi phones, with a 1 m "
            "USB-A to USB-C cable in the box. Also charges other phones at standard "
            "speed."
        ),
        dzh=(
            "小米、红米多款机型的原配67W快充头，附赠1米USB-A转Type-C数据线。其他品牌手"
            "机也能以普通速度充电。"
        ),
        accessory_of=("xiaomi13", "redminote13pro"),
        compatible_with=XIAOMI_PHONES + REDMI_PHONES,
    ),
    dict(
        key="xiaomi120w",
        kind="charger",
        brand="Xiaomi",
        en="Xiaomi 120W HyperCharge Charger Kit",
        zh="小米 120W 澎湃秒充充电器套装",
        price=169,
        colors="white",
        attrs=dict(
            wattage=120,
            ports="1x USB-A",
            protocol="Xiaomi HyperCharge",
            cable_included=True,
        ),
        tags="charger|xiaomi|120w|hypercharge|gan",
        den=(
            "A compact GaN charger that delivers the full 120 W to the Xiaomi 14 Pro, "
            "filling it in under 20 minutes. Comes with a 6 A cable."
        ),
        dzh="氮化镓小体积，给小米14 Pro满速120W充电，不到20分钟充满。随附6A数据线。",
        accessory_of=("xiaomi14pro",),
        compatible_with=("xiaomi14pro", "xiaomi14", "xiaomi13", "redminote13pro"),
    ),
    dict(
        key="huawei66w",
        kind="charger",
        brand="Huawei",
        en="Huawei 66W SuperCharge Charger Kit",
        zh="华为 66W 超级快充充电器套装",
        price=149,
        colors="white",
        attrs=dict(
            wattage=66,
            ports="1x USB-A",
            protocol="Huawei SCP / PD",
            cable_included=True,
        ),
        tags="charger|huawei|66w|supercharge|fast-charging",
        den=(
            "Huawei's 66 W SuperCharge adapter with a 6 A cable; it also speaks USB "
            "PD, so iPhones and laptops charge from it too."
        ),
        dzh="华为66W超级快充充电头，配6A数据线；兼容PD协议，苹果手机和笔记本也能用。",
        accessory_of=("mate60", "pura70", "nova11se"),
        compatible_with=HUAWEI_PHONES,
    ),
    dict(
        key="huawei88w",
        kind="charger",
        brand="Huawei",
        en="Huawei 88W SuperCharge Charger",
        zh="华为 88W 超级快充充电器",
        price=199,
        colors="white",
        attrs=dict(
            wattage=88,
            ports="1x USB-C",
            protocol="Huawei SCP / PD",
            cable_included=True,
        ),
        tags="charger|huawei|88w|supercharge|usb-c",
        den=(
            "Unlocks 88 W charging on the Mate 60 Pro and P60 Pro; other Huawei phones "
            "charge at their own maximum speed."
        ),
        dzh="Mate 60 Pro、P60 Pro可满速88W快充，其他华为手机按各自最高功率充电。",
        accessory_of=("mate60pro", "p60pro"),
        compatible_with=("mate60pro", "p60pro", "mate60", "p60", "pura70", "nova12"),
    ),
    dict(
        key="huaweiwireless50w",
        kind="charger",
        brand="Huawei",
        en="Huawei 50W SuperCharge Wireless Charger Stand",
        zh="华为 50W 超级快充立式无线充电器",
        price=299,
        colors="white",
        attrs=dict(wattage=50, connectivity="Qi wireless", cooling_fan=True),
        tags="charger|huawei|wireless|stand|50w",
        den=(
            "A vertical wireless stand with a quiet cooling fan, charging a Mate 60 at "
            "up to 50 W while you can still read the screen."
        ),
        dzh=(
            "立式无线充电座，内置静音散热风扇，Mate 60系列最高50W无线快充，边充边看屏幕"
            "很方便。"
        ),
        accessory_of=("mate60",),
        compatible_with=("mate60", "mate60pro", "p60pro", "pura70"),
    ),
    dict(
        key="samsung25w",
        kind="charger",
        brand="Samsung",
        en="Samsung 25W Super Fast Charging Travel Adapter",
        zh="三星 25W 超级快充充电头",
        price=129,
        colors="black|white",
        attrs=dict(
            wattage=25, ports="1x USB-C", protocol="USB PD PPS", cable_included=False
        ),
        tags="charger|samsung|25w|usb-c|pps",
        den=(
            "Samsung's own 25 W USB-C adapter with PPS support for Super Fast Charging "
            "on Galaxy phones. Cable not included."
        ),
        dzh=(
            "三星原装25W USB-C充电头，支持PPS协议，Galaxy手机可开启超级快充。不含数据线"
            "。"
        ),
        accessory_of=("galaxys24", "galaxya55", "galaxya35"),
        compatible_with=SAMSUNG_PHONES,
    ),
    dict(
        key="voltrapd65",
        kind="charger",
        brand="Voltra",
        en="Voltra PD-65 GaN 3-Port Charger 65W",
        zh="Voltra PD-65 氮化镓三口充电器 65W",
        price=159,
        colors="white|black",
        attrs=dict(
            wattage=65,
            ports="2x USB-C + 1x USB-A",
            protocol="USB PD 3.0 / PPS / QC",
            foldable_plug=True,
        ),
        tags="charger|gan|65w|multi-port|pd-65|laptop",
        den=(
            "One palm-sized GaN charger for a phone, tablet and laptop at once: two "
            "USB-C ports and one USB-A share 65 W. The plug folds away for travel."
        ),
        dzh=(
            "一个巴掌大的氮化镓充电头同时给手机、平板和笔记本充电：两个C口加一个A口，总"
            "功率65W。插脚可折叠，出差带着不占地方。"
        ),
        compatible_with=USB_C_MIX + ("macbookair13",),
    ),
    dict(
        key="voltrapd20",
        kind="charger",
        brand="Voltra",
        en="Voltra PD-20 20W USB-C Mini Charger",
        zh="Voltra PD-20 20W 迷你快充头",
        price=49,
        colors="white|black|pink",
        attrs=dict(wattage=20, ports="1x USB-C", protocol="USB PD"),
        tags="charger|20w|usb-c|mini|pd-20",
        den=(
            "A cube-sized 20 W USB PD charger for iPhones and most Android phones, "
            "about half the size of a standard adapter."
        ),
        dzh=(
            "方糖大小的20W PD快充头，适配iPhone和大多数安卓手机，体积只有普通充电头的一"
            "半。"
        ),
        accessory_of=("iphone15",),
        compatible_with=IPHONES_15 + IPHONES_LIGHTNING,
    ),
    dict(
        key="cablelightning",
        kind="cable",
        brand="Voltra",
        en="Voltra USB-C to Lightning Braided Cable 1 m",
        zh="Voltra USB-C转Lightning 编织数据线 1米",
        price=39,
        colors="white|black",
        attrs=dict(
            length_m=1,
            connector="USB-C to Lightning",
            certification="MFi",
            max_wattage=27,
        ),
        tags="cable|lightning|usb-c|mfi|braided",
        den=(
            "An MFi-certified nylon-braided cable for fast charging Lightning iPhones "
            "from a USB-C adapter. Tested to survive 20,000 bends."
        ),
        dzh=(
            "苹果MFi认证，尼龙编织线身，搭配USB-C充电头给Lightning接口的iPhone快充。通"
            "过两万次弯折测试。"
        ),
        accessory_of=IPHONES_LIGHTNING,
    ),
    dict(
        key="cableusbc",
        kind="cable",
        brand="Voltra",
        en="Voltra USB-C to USB-C Braided Cable 60W 2 m",
        zh="Voltra 双Type-C 编织快充线 60W 2米",
        price=39,
        colors="black|white|red|blue",
        attrs=dict(length_m=2, connector="USB-C to USB-C", max_wattage=60),
        tags="cable|usb-c|60w|braided|2m",
        den=(
            "A 2 m braided USB-C cable rated for 60 W, long enough to reach the sofa "
            "or a hotel bed. Works with USB-C phones, tablets and many laptops."
        ),
        dzh=(
            "2米长双Type-C编织线，支持60W快充，插座再远也够得着。适用于USB-C接口的手机"
            "、平板和大部分笔记本。"
        ),
        compatible_with=USB_C_MIX,
    ),
    dict(
        key="xiaomipb10k",
        kind="power_bank",
        brand="Xiaomi",
        en="Xiaomi Power Bank 10000mAh 22.5W",
        zh="小米充电宝 10000mAh 22.5W",
        price=99,
        colors="black|white|blue",
        attrs=dict(
            capacity_mah=10000, wattage=22.5, ports="2x USB-A + 1x USB-C", weight_g=220
        ),
        tags="power-bank|xiaomi|10000mah|portable|fast-charging",
        den=(
            "A slim 10000 mAh power bank that fast-charges at 22.5 W and is allowed in "
            "carry-on luggage. Enough for about two full phone charges."
        ),
        dzh="10000mAh轻薄充电宝，22.5W快充，符合登机要求。大约能给手机充满两次。",
        compatible_with=XIAOMI_PHONES + ("redminote13", "iphone15", "galaxys24"),
    ),
    dict(
        key="voltrapb20k",
        kind="power_bank",
        brand="Voltra",
        en="Voltra PB-20K 20000mAh 65W Power Bank",
        zh="Voltra PB-20K 20000毫安 65W 移动电源",
        price=169,
        colors="black|grey",
        attrs=dict(
            capacity_mah=20000,
            wattage=65,
            ports="2x USB-C + 1x USB-A",
            display="digital",
        ),
        tags="power-bank|20000mah|65w|laptop|pb-20k",
        den=(
            "A 20000 mAh pack with 65 W USB-C output, strong enough to charge a "
            "laptop; a small display shows the remaining percentage."
        ),
        dzh=(
            "20000mAh大容量，USB-C口最高65W输出，笔记本电脑也能充；数显屏实时显示剩余电"
            "量。"
        ),
        compatible_with=USB_C_MIX + ("macbookair13", "ipad10"),
    ),
    dict(
        key="voltramb5000",
        kind="power_bank",
        brand="Voltra",
        en="Voltra MB-5000 Magnetic Power Bank 5000mAh",
        zh="Voltra MB-5000 磁吸充电宝 5000毫安",
        price=129,
        colors="white|purple|blue|pink",
        attrs=dict(
            capacity_mah=5000,
            wattage=15,
            connectivity="MagSafe-compatible wireless",
            weight_g=110,
        ),
        tags="power-bank|magsafe|magnetic|wireless|mb-5000",
        den=(
            "Clicks onto the back of an iPhone and tops it up wirelessly, so there is "
            "no cable to carry. Weighs only 110 g."
        ),
        dzh="磁吸在iPhone背面无线补电，出门不用再带线。重量仅110克，放口袋也不累赘。",
        accessory_of=("iphone15", "iphone15pro"),
        compatible_with=IPHONES_MAGSAFE,
    ),
    dict(
        key="microsd128",
        kind="memory_card",
        brand="Voltra",
        en="Voltra 128GB microSD Card A2 V30",
        zh="Voltra 128GB microSD 存储卡 A2 V30",
        price=79,
        colors="",
        attrs=dict(capacity_gb=128, speed_class="A2 / V30 / U3", read_mb_s=160),
        tags="memory-card|microsd|128gb|storage|4k-video",
        den=(
            "Adds 128 GB to phones with a card slot, fast enough (V30) for 4K video "
            "recording. Includes an SD adapter for cameras."
        ),
        dzh=(
            "给带卡槽的手机扩容128GB，V30速度等级可直接录制4K视频。附赠SD卡套，相机也能"
            "用。"
        ),
        accessory_of=("xperia5v",),
        compatible_with=("xperia1v", "xperia5v", "xperia10v", "lumoxr200"),
    ),
    dict(
        key="carmountcm10",
        kind="mount",
        brand="GripUp",
        en="GripUp CM-10 Magnetic Car Phone Mount",
        zh="GripUp CM-10 磁吸车载手机支架",
        price=69,
        colors="black|silver",
        attrs=dict(mount_type="air vent", magnet="N52", rotation_deg=360),
        tags="car-mount|magnetic|magsafe|navigation|cm-10",
        den=(
            "Clips to an air vent and holds a MagSafe iPhone, or any phone with the "
            "included metal plate, with N52 magnets. Rotates 360 degrees."
        ),
        dzh=(
            "出风口夹式安装，N52强磁吸住MagSafe iPhone，其他手机贴上附赠引磁片即可使用"
            "。支持360度旋转。"
        ),
        compatible_with=IPHONES_MAGSAFE,
    ),
    dict(
        key="ringholder",
        kind="grip",
        brand="GripUp",
        en="GripUp Metal Ring Holder & Kickstand",
        zh="GripUp 金属指环扣手机支架",
        price=19.9,
        colors="black|silver|pink|gold",
        attrs=dict(material="zinc alloy", rotation_deg=360, adhesive="reusable 3M"),
        tags="ring-holder|kickstand|grip|phone-stand",
        den=(
            "A zinc-alloy ring that sticks to a phone or case, giving a safer "
            "one-handed grip and doubling as a stand."
        ),
        dzh="锌合金指环扣，粘在手机或手机壳背面，单手握持更稳，也能当桌面支架。",
    ),
    dict(
        key="lanyard",
        kind="strap",
        brand="GripUp",
        en="GripUp Adjustable Crossbody Phone Lanyard",
        zh="GripUp 可调节斜挎手机挂绳",
        price=29,
        colors="red|black|beige|pink|green",
        attrs=dict(material="braided nylon", length_cm="60-150 adjustable"),
        tags="lanyard|strap|crossbody|hands-free",
        den=(
            "A braided nylon strap that clips under most phone cases via a thin tab, "
            "so the phone hangs crossbody while shopping or travelling."
        ),
        dzh=(
            "编织尼龙挂绳，通过薄垫片夹在手机壳内侧，逛街旅行时斜挎解放双手。长度可调节"
            "。"
        ),
    ),
    dict(
        key="selfiestick",
        kind="tripod",
        brand="Xiaomi",
        en="Xiaomi Bluetooth Selfie Stick Tripod",
        zh="小米蓝牙自拍杆 三脚架两用",
        price=89,
        colors="black|white",
        attrs=dict(connectivity="Bluetooth remote", max_length_cm=70, tripod=True),
        tags="selfie-stick|tripod|bluetooth|travel|vlog",
        den=(
            "Extends to 70 cm as a selfie stick and opens into a tabletop tripod; the "
            "detachable Bluetooth remote works up to 10 m away."
        ),
        dzh=(
            "伸长可达70厘米，拉开即变桌面三脚架；蓝牙遥控器可拆卸，10米内都能遥控拍照。"
        ),
    ),
    dict(
        key="waterproofpouch",
        kind="pouch",
        brand="ShellMate",
        en="ShellMate Waterproof Phone Pouch IPX8",
        zh="ShellMate IPX8 手机防水袋",
        price=39,
        colors="blue|pink|black|yellow",
        attrs=dict(material="PVC + TPU", waterproof_rating="IPX8", max_phone_inch=7.0),
        tags="waterproof|pouch|beach|swimming|ipx8",
        den=(
            "Keeps phones up to 7 inches dry at the pool, beach or on a rafting trip, "
            "and the touchscreen still works through the film."
        ),
        dzh="适用7英寸以内手机，游泳、海边、漂流时防水防沙，隔着防水袋也能触屏拍照。",
    ),
]

PRODUCTS = (
    [line_product(phone, line, price) for phone, line, price in CASES]
    + [line_product(phone, line, price) for phone, line, price in PROTECTORS]
    + SINGLES
)
