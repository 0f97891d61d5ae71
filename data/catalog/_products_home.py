"""Catalog table: home (SKU prefix HO). Read by generate_products.py.

House brands: Nestwell (bedding, textiles, storage), Hearth & Oak (kitchen),
PureNest (cleaning, air), Glowly (lighting, decor); small appliances by Xiaomi.
Bedding sizes are bed widths (150cm / 180cm) or duvet dimensions.
"""

PRODUCTS = [
    dict(
        key="duvetcover",
        kind="bedding",
        brand="Nestwell",
        en="Nestwell 60s Egyptian Cotton Sateen Duvet Cover Set",
        zh="Nestwell 60支埃及长绒棉贡缎四件套",
        price=399,
        colors="white|grey|blue|beige",
        sizes="150cm|180cm",
        attrs=dict(
            material="100% Egyptian cotton sateen, 60s",
            pieces=4,
            care="machine wash 40C",
        ),
        tags="bedding|duvet-cover|cotton|sateen|4-piece",
        den=(
            "A four-piece set (duvet cover, fitted sheet, two pillowcases) in silky "
            "60s Egyptian cotton sateen. Choose 150cm or 180cm to match your bed width."
        ),
        dzh=(
            "四件套含被套、床笠和两只枕套，60支埃及长绒棉贡缎，丝滑亲肤。按床宽选择1.5"
            "米或1.8米。"
        ),
    ),
    dict(
        key="memorypillow",
        kind="pillow",
        brand="Nestwell",
        en="Nestwell Contour Memory Foam Pillow",
        zh="Nestwell 记忆棉护颈枕",
        price=199,
        colors="white",
        attrs=dict(
            material="slow-rebound memory foam, bamboo-fibre cover",
            dimensions_cm="60x35x11",
            care="removable washable cover",
        ),
        tags="pillow|memory-foam|neck-support|sleep|bamboo",
        den=(
            "A contoured memory foam pillow that supports the neck for back and side "
            "sleepers. The bamboo-fibre cover unzips for washing."
        ),
        dzh="波浪曲线记忆棉枕，仰睡侧睡都能托住颈椎。竹纤维枕套可拆洗。",
    ),
    dict(
        key="silkpillowcase",
        kind="bedding",
        brand="Nestwell",
        en="Nestwell 22 Momme Mulberry Silk Pillowcase",
        zh="Nestwell 22姆米桑蚕丝枕套",
        price=169,
        colors="pink|grey|white|beige|blue",
        attrs=dict(
            material="100% mulberry silk, 22 momme",
            dimensions_cm="48x74",
            care="hand wash cold",
        ),
        tags="pillowcase|silk|mulberry|hair-care|gift",
        den=(
            "A 22 momme mulberry silk pillowcase that reduces friction on hair and "
            "skin, with a hidden zip closure."
        ),
        dzh="22姆米桑蚕丝，减少头发和皮肤摩擦，早上起床头发不毛躁。隐形拉链设计。",
    ),
    dict(
        key="winterduvet",
        kind="duvet",
        brand="Nestwell",
        en="Nestwell Down-Alternative Winter Duvet",
        zh="Nestwell 冬季加厚大豆纤维被",
        price=459,
        colors="white",
        sizes="150x200cm|200x230cm",
        attrs=dict(
            material="cotton shell, soy fibre and microfibre fill",
            fill_weight_kg=3,
            care="machine washable",
        ),
        tags="duvet|winter|warm|machine-washable|quilt",
        den=(
            "A 3 kg winter duvet with a soy-fibre fill that is warm, hypoallergenic "
            "and fully machine washable, unlike down."
        ),
        dzh="3公斤冬被，大豆纤维填充，保暖且不易过敏；和羽绒被不同，可以整床机洗。",
    ),
    dict(
        key="towelset",
        kind="towel",
        brand="Nestwell",
        en="Nestwell Long-Staple Cotton Towel Set (2 Bath + 2 Hand)",
        zh="Nestwell 长绒棉毛巾浴巾套装（2浴巾+2毛巾）",
        price=149,
        colors="white|grey|blue|beige|pink",
        attrs=dict(
            material="100% long-staple cotton, 600 gsm",
            pieces=4,
            care="machine wash 60C",
        ),
        tags="towels|bath-towel|cotton|absorbent|set",
        den=(
            "Two bath towels and two hand towels in 600 gsm long-staple cotton: thick, "
            "absorbent and lint-free after the first wash."
        ),
        dzh="两条浴巾加两条毛巾，600克重长绒棉，厚实吸水，首次洗涤后不掉毛。",
    ),
    dict(
        key="blackoutcurtain",
        kind="curtain",
        brand="Nestwell",
        en="Nestwell Linen-Look Blackout Curtain (1 Panel)",
        zh="Nestwell 仿亚麻全遮光窗帘（单片）",
        price=229,
        colors="grey|beige|blue|green",
        sizes="140x230cm|200x270cm",
        attrs=dict(
            material="polyester with blackout coating",
            blackout_rate="99%",
            hanging="hooks included",
        ),
        tags="curtain|blackout|linen-look|bedroom|thermal",
        den=(
            "Blocks 99% of light and helps keep summer heat out, with a natural "
            "linen-look front. Hooks are included; sold per panel."
        ),
        dzh="99%遮光，夏天还能隔热，正面是自然的仿亚麻质感。附挂钩，按单片销售。",
    ),
    dict(
        key="arearug",
        kind="rug",
        brand="Nestwell",
        en="Nestwell Washable Area Rug 160x230 cm",
        zh="Nestwell 可机洗客厅地毯 160x230厘米",
        price=399,
        colors="grey|beige|blue",
        attrs=dict(
            material="polyester low pile, non-slip backing",
            dimensions_cm="160x230",
            care="machine washable",
        ),
        tags="rug|washable|living-room|non-slip|pet-friendly",
        den=(
            "A low-pile rug with a non-slip back that goes in a large washing machine; "
            "a practical choice for homes with pets or small children."
        ),
        dzh="短绒地毯，背面防滑，可放进大容量洗衣机清洗，家里有宠物和小孩也不怕弄脏。",
    ),
    dict(
        key="weightedblanket",
        kind="blanket",
        brand="Nestwell",
        en="Nestwell Weighted Blanket 7 kg",
        zh="Nestwell 重力毯 7公斤",
        price=359,
        colors="grey|blue",
        attrs=dict(
            material="cotton cover, glass bead fill",
            weight_kg=7,
            dimensions_cm="150x200",
        ),
        tags="weighted-blanket|sleep|calming|glass-beads",
        den=(
            "A 7 kg blanket filled with glass beads in stitched pockets so the weight "
            "stays even; many people find it calming at bedtime. Suits adults of "
            "around 60-80 kg."
        ),
        dzh=(
            "7公斤重力毯，玻璃珠分格填充，重量分布均匀，被包裹的感觉有助放松入睡。适合"
            "体重约60-80公斤的成人。"
        ),
    ),
    dict(
        key="fryingpan",
        kind="cookware",
        brand="Hearth & Oak",
        en="Hearth & Oak Nonstick Frying Pan 28 cm",
        zh="Hearth & Oak 不粘煎锅 28厘米",
        price=159,
        colors="black",
        attrs=dict(
            material="aluminium with PFOA-free ceramic coating",
            diameter_cm=28,
            induction=True,
        ),
        tags="frying-pan|nonstick|induction|cookware|ceramic",
        den=(
            "A PFOA-free ceramic nonstick pan that fries eggs without oil sticking, on "
            "gas or induction hobs."
        ),
        dzh="不含PFOA的陶瓷不粘涂层，少油煎蛋也不粘锅，燃气灶和电磁炉通用。",
    ),
    dict(
        key="dutchoven",
        kind="cookware",
        brand="Hearth & Oak",
        en="Hearth & Oak Enamelled Cast Iron Dutch Oven 4.5 L",
        zh="Hearth & Oak 珐琅铸铁锅 4.5升",
        price=499,
        colors="red|blue|green|black",
        attrs=dict(
            material="enamelled cast iron",
            capacity_l=4.5,
            induction=True,
            oven_safe_c=250,
        ),
        tags="dutch-oven|cast-iron|enamel|stew|induction",
        den=(
            "A heavy enamelled cast iron pot that holds heat for slow braises and "
            "bakes crusty bread in the oven up to 250C."
        ),
        dzh=(
            "珐琅铸铁锅，锅体厚重锁温，适合慢炖红烧；可进烤箱，最高耐温250度，还能烤欧"
            "包。"
        ),
    ),
    dict(
        key="cookwareset",
        kind="cookware",
        brand="Hearth & Oak",
        en="Hearth & Oak Stainless Steel Cookware Set (5 Pieces)",
        zh="Hearth & Oak 不锈钢锅具五件套",
        price=899,
        colors="silver",
        attrs=dict(material="tri-ply 304 stainless steel", pieces=5, induction=True),
        tags="cookware-set|stainless-steel|tri-ply|induction|gift",
        den=(
            "Tri-ply 304 stainless steel: a 20 cm saucepan, 24 cm stockpot, 28 cm sauté"
            " pan and two lids. Dishwasher-safe."
        ),
        dzh=(
            "三层复合304不锈钢，含20厘米奶锅、24厘米汤锅、28厘米炒锅及两个锅盖。可进洗"
            "碗机。"
        ),
    ),
    dict(
        key="knifeset",
        kind="knives",
        brand="Hearth & Oak",
        en="Hearth & Oak German Steel Knife Block Set (6 Pieces)",
        zh="Hearth & Oak 德国钢刀具六件套 带刀座",
        price=399,
        colors="black",
        attrs=dict(
            material="X50CrMoV15 German stainless steel", pieces=6, handle="POM"
        ),
        tags="knives|knife-set|german-steel|kitchen|block",
        den=(
            "A chef's knife, Chinese cleaver, bread knife, utility knife, kitchen "
            "shears and an acacia block, all in German stainless steel."
        ),
        dzh=(
            "德国不锈钢刀具六件套：主厨刀、中式菜刀、面包刀、多用刀、厨房剪刀和相思木刀"
            "座。"
        ),
    ),
    dict(
        key="cuttingboard",
        kind="kitchen_tools",
        brand="Hearth & Oak",
        en="Hearth & Oak Bamboo Cutting Board Set (3 Sizes)",
        zh="Hearth & Oak 竹制砧板三件套",
        price=89,
        colors="brown",
        attrs=dict(
            material="carbonised bamboo", pieces=3, dimensions_cm="38x28, 30x20, 23x15"
        ),
        tags="cutting-board|bamboo|kitchen|chopping|set",
        den=(
            "Three bamboo boards in different sizes, so raw meat, vegetables and fruit "
            "each get their own. Juice grooves catch the drips."
        ),
        dzh=(
            "大中小三块竹砧板，生肉、蔬菜、水果分开切更卫生。边缘导流槽防止汁水流得满台"
            "都是。"
        ),
    ),
    dict(
        key="dinnerware",
        kind="tableware",
        brand="Hearth & Oak",
        en="Hearth & Oak Ceramic Dinnerware Set (16 Pieces)",
        zh="Hearth & Oak 陶瓷餐具16件套",
        price=299,
        colors="white|grey|blue",
        attrs=dict(
            material="glazed stoneware",
            pieces=16,
            microwave_safe=True,
            dishwasher_safe=True,
        ),
        tags="dinnerware|plates|bowls|ceramic|set",
        den=(
            "Service for four: dinner plates, side plates, rice bowls and noodle bowls "
            "in a matte reactive glaze. Microwave and dishwasher safe."
        ),
        dzh=(
            "四人份餐具：大平盘、小碟、饭碗和面碗各四只，哑光窑变釉。可进微波炉和洗碗机"
            "。"
        ),
    ),
    dict(
        key="mugs",
        kind="tableware",
        brand="Hearth & Oak",
        en="Hearth & Oak Stoneware Mugs 350 ml (Set of 2)",
        zh="Hearth & Oak 粗陶马克杯 350毫升（2只装）",
        price=69,
        colors="white|blue|green|pink|grey",
        attrs=dict(
            material="stoneware", capacity_ml=350, pieces=2, microwave_safe=True
        ),
        tags="mugs|coffee|tea|stoneware|set",
        den=(
            "A pair of hand-glazed stoneware mugs with a comfortable loop handle, "
            "sized for a large latte."
        ),
        dzh="手工上釉粗陶杯一对，把手握感舒适，350毫升刚好装下一大杯拿铁。",
    ),
    dict(
        key="glasscontainers",
        kind="food_storage",
        brand="Hearth & Oak",
        en="Hearth & Oak Glass Food Containers with Lids (5-Pack)",
        zh="Hearth & Oak 玻璃保鲜盒 5件套",
        price=129,
        colors="",
        attrs=dict(
            material="borosilicate glass, PP snap lids",
            pieces=5,
            microwave_safe=True,
            oven_safe_c=400,
        ),
        tags="food-storage|glass|meal-prep|lunch-box|leakproof",
        den=(
            "Borosilicate glass boxes with leak-proof four-clip lids: fridge, "
            "microwave and (without the lid) oven safe. Good for taking lunch to work."
        ),
        dzh=(
            "高硼硅玻璃保鲜盒，四边卡扣密封不漏汤；可冷藏、可微波，取下盖子还能进烤箱。"
            "上班带饭很方便。"
        ),
    ),
    dict(
        key="pouroverset",
        kind="coffee_gear",
        brand="Hearth & Oak",
        en="Hearth & Oak Pour-Over Coffee Set",
        zh="Hearth & Oak 手冲咖啡套装",
        price=159,
        colors="white|black",
        attrs=dict(
            material="ceramic dripper, glass server, stainless kettle",
            pieces=4,
            capacity_ml=600,
        ),
        tags="pour-over|coffee|dripper|kettle|gift",
        den=(
            "Everything for hand-brewed coffee: a ceramic V60-style dripper, 600 ml "
            "glass server, gooseneck kettle and 100 filters."
        ),
        dzh=(
            "手冲咖啡入门全套：陶瓷锥形滤杯、600毫升玻璃分享壶、细口手冲壶和100张滤纸。"
        ),
    ),
    dict(
        key="mijiakettle",
        kind="kitchen_appliance",
        brand="Xiaomi",
        en="Xiaomi Mijia Electric Kettle 2 1.7 L",
        zh="米家电水壶2 1.7升",
        price=99,
        colors="white",
        attrs=dict(
            capacity_l=1.7,
            wattage=1800,
            material="304 stainless steel interior",
            warranty_months=12,
        ),
        tags="kettle|electric|xiaomi|mijia|stainless-steel",
        den=(
            "Boils 1.7 L in about five minutes, with a seamless 304 stainless steel "
            "interior and a double wall that stays cool to the touch."
        ),
        dzh="1.7升大容量，约5分钟烧开；一体成型304不锈钢内胆，双层防烫外壳。",
    ),
    dict(
        key="ricecooker",
        kind="kitchen_appliance",
        brand="Xiaomi",
        en="Xiaomi Mijia Smart Rice Cooker 4 L",
        zh="米家智能电饭煲 4升",
        price=399,
        colors="white",
        attrs=dict(
            capacity_l=4,
            wattage=860,
            connectivity="Wi-Fi (Mi Home app)",
            warranty_months=12,
        ),
        tags="rice-cooker|xiaomi|mijia|smart|kitchen",
        den=(
            "An app-controlled rice cooker that scans the rice bag barcode to pick the "
            "right programme. The 4 L pot cooks for up to eight people."
        ),
        dzh=(
            "可用米家App远程控制，扫描米袋条形码自动匹配烹饪程序。4升容量，最多可供8人"
            "食用。"
        ),
    ),
    dict(
        key="airfryer",
        kind="kitchen_appliance",
        brand="Xiaomi",
        en="Xiaomi Mijia Smart Air Fryer 4.5 L",
        zh="米家智能空气炸锅 4.5升",
        price=349,
        colors="white|black",
        attrs=dict(
            capacity_l=4.5,
            wattage=1500,
            connectivity="Wi-Fi (Mi Home app)",
            warranty_months=12,
        ),
        tags="air-fryer|xiaomi|mijia|healthy|kitchen",
        den=(
            "Crisps chips, chicken wings and roast vegetables with little or no oil. A "
            "window on the basket lets you check without opening it."
        ),
        dzh="少油甚至无油就能做薯条、鸡翅和烤蔬菜。炸篮带可视窗，不用拉开就能看火候。",
    ),
    dict(
        key="robotvacuum",
        kind="cleaning_appliance",
        brand="Xiaomi",
        en="Xiaomi Mijia Robot Vacuum-Mop X10",
        zh="米家扫拖机器人 X10",
        price=2999,
        colors="white",
        attrs=dict(
            suction_pa=4000,
            navigation="LDS laser",
            self_emptying=True,
            connectivity="Wi-Fi (Mi Home app)",
            warranty_months=12,
        ),
        tags="robot-vacuum|mop|xiaomi|self-emptying|smart-home",
        den=(
            "A laser-navigating robot that vacuums and mops, then empties its own "
            "dustbin and washes its mops at the base station."
        ),
        dzh="激光导航扫拖一体机器人，回到基站后自动集尘、自动清洗拖布，基本不用动手。",
    ),
    dict(
        key="airpurifier",
        kind="air_care",
        brand="Xiaomi",
        en="Xiaomi Mijia Air Purifier 4",
        zh="米家空气净化器4",
        price=999,
        colors="white",
        attrs=dict(
            cadr_m3h=400,
            room_m2="28-48",
            filter="3-in-1 HEPA + activated carbon",
            connectivity="Wi-Fi (Mi Home app)",
            warranty_months=12,
        ),
        tags="air-purifier|xiaomi|hepa|pm2.5|formaldehyde",
        den=(
            "Cleans rooms of 28-48 square metres with a HEPA and activated carbon "
            "filter that tackles PM2.5, pollen and formaldehyde. Shows air quality on "
            "an OLED screen."
        ),
        dzh=(
            "适用28-48平方米，HEPA加活性炭三合一滤芯，去除PM2.5、花粉和甲醛，OLED屏实时"
            "显示空气质量。"
        ),
    ),
    dict(
        key="humidifierhm300",
        kind="air_care",
        brand="PureNest",
        en="PureNest HM-300 Ultrasonic Humidifier 4 L",
        zh="PureNest HM-300 超声波加湿器 4升",
        price=199,
        colors="white|pink",
        attrs=dict(capacity_l=4, noise_db=28, runtime_hours=30, wattage=25),
        tags="humidifier|ultrasonic|quiet|bedroom|hm-300",
        den=(
            "A 4 L top-fill humidifier that runs up to 30 hours at 28 dB, quiet enough "
            "for a bedroom. Switches off automatically when empty."
        ),
        dzh="4升上加水设计，最长连续工作30小时，28分贝静音，卧室放心用。缺水自动断电。",
    ),
    dict(
        key="stickvacuumcv8",
        kind="cleaning_appliance",
        brand="PureNest",
        en="PureNest CV-8 Cordless Stick Vacuum",
        zh="PureNest CV-8 无线手持吸尘器",
        price=899,
        colors="grey|purple",
        attrs=dict(suction_aw=150, runtime_min=50, weight_kg=1.4, wattage=400),
        tags="vacuum|cordless|stick|pet-hair|cv-8",
        den=(
            "A 1.4 kg cordless vacuum with 150 AW suction and up to 50 minutes of run "
            "time; the anti-tangle brush handles pet hair."
        ),
        dzh="整机1.4公斤，150AW大吸力，续航最长50分钟；防缠绕滚刷，宠物毛发不缠毛。",
    ),
    dict(
        key="spinmop",
        kind="cleaning",
        brand="PureNest",
        en="PureNest Microfiber Spin Mop and Bucket",
        zh="PureNest 旋转拖把桶套装",
        price=139,
        colors="blue|grey",
        attrs=dict(material="PP bucket, stainless pole, microfibre heads", refills=3),
        tags="mop|cleaning|spin-mop|microfiber|floor",
        den=(
            "Separates clean and dirty water in the bucket, so the floor is never "
            "mopped with grey water. Comes with three microfibre heads."
        ),
        dzh="拖把桶清污分离，不用脏水拖地；附送三个超细纤维拖布头。",
    ),
    dict(
        key="reeddiffuser",
        kind="fragrance",
        brand="PureNest",
        en="PureNest White Tea Reed Diffuser 200 ml",
        zh="PureNest 白茶无火香薰 200毫升",
        price=89,
        colors="",
        attrs=dict(volume_ml=200, duration_days=60, reeds=8, scent="white tea"),
        tags="diffuser|fragrance|home-scent|reeds|gift",
        den=(
            "A flame-free diffuser with eight rattan reeds and a light white tea scent "
            "that lasts about two months in a living room or entryway."
        ),
        dzh="无火安全香薰，清淡白茶香，附8根藤条，放在客厅或玄关一瓶约可用两个月。",
    ),
    dict(
        key="desklamp",
        kind="lighting",
        brand="Glowly",
        en="Glowly Eye-Care LED Desk Lamp",
        zh="Glowly 护眼LED台灯",
        price=229,
        colors="white|black",
        attrs=dict(
            wattage=12,
            color_temperature_k="2700-6500",
            flicker_free=True,
            usb_port=True,
        ),
        tags="desk-lamp|led|eye-care|study|flicker-free",
        den=(
            "A flicker-free LED lamp with adjustable colour temperature and an ambient "
            "light sensor for homework and late-night reading. A USB port charges a "
            "phone."
        ),
        dzh=(
            "无频闪LED台灯，色温可调，环境光感应自动调亮度，适合孩子写作业和夜间阅读。"
            "底座USB口可给手机充电。"
        ),
    ),
    dict(
        key="stringlights",
        kind="lighting",
        brand="Glowly",
        en="Glowly Warm LED String Lights 10 m",
        zh="Glowly 暖光LED串灯 10米",
        price=49,
        colors="",
        attrs=dict(length_m=10, bulbs=100, power="USB", modes=8),
        tags="string-lights|fairy-lights|decor|usb|bedroom",
        den=(
            "A 10 m copper-wire string of 100 warm LEDs, powered over USB with a "
            "remote for eight modes. Cosy for a bedroom or a balcony."
        ),
        dzh=(
            "10米铜线串灯，100颗暖光LED，USB供电，遥控器可切换8种模式。装饰卧室阳台都很"
            "温馨。"
        ),
    ),
    dict(
        key="wallclock",
        kind="decor",
        brand="Glowly",
        en="Glowly Silent Wall Clock 30 cm",
        zh="Glowly 静音挂钟 30厘米",
        price=89,
        colors="white|black|brown",
        attrs=dict(
            material="wood-grain frame, glass face",
            diameter_cm=30,
            movement="silent sweep",
        ),
        tags="wall-clock|silent|decor|living-room|minimal",
        den=(
            "A minimalist 30 cm clock with a sweep movement that does not tick, so it "
            "can hang in a bedroom."
        ),
        dzh="简约30厘米挂钟，扫秒机芯无嘀嗒声，挂在卧室也不影响睡眠。",
    ),
    dict(
        key="soycandle",
        kind="fragrance",
        brand="Glowly",
        en="Glowly Fig & Sandalwood Soy Wax Candle 220 g",
        zh="Glowly 无花果檀香 大豆蜡香薰蜡烛 220克",
        price=99,
        colors="",
        attrs=dict(
            material="soy wax, cotton wick",
            weight_g=220,
            burn_hours=45,
            scent="fig and sandalwood",
        ),
        tags="candle|scented|soy-wax|gift|relax",
        den=(
            "A hand-poured soy wax candle in a frosted glass jar that burns cleanly "
            "for about 45 hours, with green fig over warm sandalwood."
        ),
        dzh=(
            "手工浇筑大豆蜡，磨砂玻璃杯装，燃烧约45小时，烟少干净。前调青无花果，后调温"
            "暖檀香。"
        ),
    ),
    dict(
        key="storageboxes",
        kind="storage",
        brand="Nestwell",
        en="Nestwell Foldable Fabric Storage Boxes (Set of 3)",
        zh="Nestwell 可折叠布艺收纳箱 3件套",
        price=89,
        colors="grey|beige|blue",
        attrs=dict(
            material="cotton-linen fabric, cardboard base", pieces=3, capacity_l=40
        ),
        tags="storage|boxes|foldable|wardrobe|organiser",
        den=(
            "Three lidded fabric boxes for wardrobes and under-bed storage; a clear "
            "label window shows what is inside. Fold flat when empty."
        ),
        dzh=(
            "三只带盖布艺收纳箱，放衣柜或床底都行，透明标签窗一眼看清里面装了什么。不用"
            "时可折叠收起。"
        ),
    ),
    dict(
        key="hangers",
        kind="storage",
        brand="Nestwell",
        en="Nestwell Velvet Non-Slip Hangers (50-Pack)",
        zh="Nestwell 植绒防滑衣架 50个装",
        price=99,
        colors="black|grey|pink|green",
        attrs=dict(material="flocked ABS, chrome hook", pieces=50),
        tags="hangers|velvet|non-slip|wardrobe|space-saving",
        den=(
            "Slim velvet hangers that stop silky tops from sliding off and save about "
            "a third of the rail space."
        ),
        dzh="超薄植绒衣架，吊带和丝滑衣服挂上去不滑落，衣柜空间能多出三分之一。",
    ),
    dict(
        key="laundrybasket",
        kind="storage",
        brand="Nestwell",
        en="Nestwell Collapsible Laundry Basket 60 L",
        zh="Nestwell 可折叠脏衣篮 60升",
        price=49,
        colors="grey|beige|blue",
        attrs=dict(material="waterproof cotton-linen, steel frame", capacity_l=60),
        tags="laundry-basket|foldable|bathroom|storage|hamper",
        den=(
            "A 60 L hamper with a waterproof lining and carry handles; folds flat when "
            "not in use."
        ),
        dzh="60升大容量，内层防水，两侧提手方便拎到洗衣机旁，不用时可折叠。",
    ),
    dict(
        key="bathmat",
        kind="bath",
        brand="Nestwell",
        en="Nestwell Quick-Dry Diatomite Bath Mat",
        zh="Nestwell 硅藻泥速干浴室地垫",
        price=79,
        colors="grey|beige|white",
        attrs=dict(material="diatomaceous earth", dimensions_cm="60x39"),
        tags="bath-mat|diatomite|quick-dry|bathroom|non-slip",
        den=(
            "A stone-like diatomite mat that soaks up water from wet feet in seconds "
            "and dries itself. Stays mould-free."
        ),
        dzh="硅藻泥地垫，湿脚踩上去几秒就吸干，自身也很快干透，不发霉。",
    ),
    dict(
        key="plantpots",
        kind="decor",
        brand="Hearth & Oak",
        en="Hearth & Oak Ceramic Plant Pots with Saucers (Set of 3)",
        zh="Hearth & Oak 陶瓷花盆3件套 带托盘",
        price=119,
        colors="white|green|grey",
        attrs=dict(
            material="glazed ceramic, bamboo saucers",
            pieces=3,
            diameter_cm="10, 13, 16",
        ),
        tags="plant-pots|ceramic|indoor-plants|decor|drainage",
        den=(
            "Three glazed pots of 10, 13 and 16 cm with drainage holes and bamboo "
            "saucers, sized for pothos, succulents and small monsteras."
        ),
        dzh=(
            "10、13、16厘米三只陶瓷花盆，底部带排水孔，配竹托盘，种绿萝、多肉和小龟背竹"
            "刚好。"
        ),
    ),
]
