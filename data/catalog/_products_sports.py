"""Catalog table: sports (SKU prefix SP). Read by generate_products.py.

House brands: FlexFit (fitness), ProCourt (ball and racket sports), Northline
(camping, hiking), AquaLine (swimming), Rideon (cycling); plus Nike, Adidas and
Li-Ning. Balls use ball sizes, apparel S|M|L|XL, helmets M|L.
"""

SIZES = "S|M|L|XL"

PRODUCTS = [
    dict(
        key="tpeyogamat",
        kind="yoga_mat",
        brand="FlexFit",
        en="FlexFit TPE Yoga Mat 6 mm",
        zh="FlexFit TPE瑜伽垫 6毫米",
        price=129,
        colors="purple|blue|pink|green|black",
        attrs=dict(
            material="TPE, double-layer",
            thickness_mm=6,
            dimensions_cm="183x61",
            weight_kg=0.9,
        ),
        tags="yoga-mat|tpe|non-slip|pilates|home-workout",
        den=(
            "A 6 mm double-sided TPE mat with alignment lines, cushioned enough for "
            "knees on a hard floor. Rolls up with the included strap."
        ),
        dzh=(
            "6毫米双面防滑TPE瑜伽垫，带体位线，跪在硬地板上也不硌膝盖。附赠绑带，卷起来"
            "方便携带。"
        ),
    ),
    dict(
        key="rubberyogamat",
        kind="yoga_mat",
        brand="FlexFit",
        en="FlexFit Natural Rubber Pro Yoga Mat 4.5 mm",
        zh="FlexFit 天然橡胶专业瑜伽垫 4.5毫米",
        price=299,
        colors="black|green|grey",
        attrs=dict(
            material="natural rubber with PU top",
            thickness_mm=4.5,
            dimensions_cm="185x68",
            weight_kg=2.5,
        ),
        tags="yoga-mat|natural-rubber|grip|hot-yoga|pro",
        den=(
            "A PU-topped natural rubber mat that grips even with sweaty hands, good "
            "for hot yoga and vinyasa."
        ),
        dzh="天然橡胶底加PU表层，手心出汗也牢牢抓地，适合高温瑜伽和流瑜伽。",
    ),
    dict(
        key="adjdumbbells",
        kind="weights",
        brand="FlexFit",
        en="FlexFit Adjustable Dumbbells 2 x 10 kg",
        zh="FlexFit 可调节哑铃 10公斤x2",
        price=399,
        colors="black",
        attrs=dict(
            material="cast iron plates, rubber coated", weight_kg=20, adjustable=True
        ),
        tags="dumbbells|adjustable|strength|home-gym|weights",
        den=(
            "A pair of spin-lock dumbbells adjustable from 2.5 to 10 kg each; the "
            "rubber-coated plates are gentle on floors and neighbours."
        ),
        dzh="一对螺母锁紧式哑铃，单只2.5到10公斤可调；包胶杠铃片，不伤地板也不吵邻居。",
    ),
    dict(
        key="kettlebell",
        kind="weights",
        brand="FlexFit",
        en="FlexFit Cast Iron Kettlebell 12 kg",
        zh="FlexFit 铸铁壶铃 12公斤",
        price=159,
        colors="black",
        attrs=dict(material="cast iron, powder coated", weight_kg=12),
        tags="kettlebell|cast-iron|strength|swing|home-gym",
        den=(
            "A single-cast 12 kg kettlebell with a wide, textured handle for "
            "two-handed swings and goblet squats."
        ),
        dzh="整体铸造12公斤壶铃，宽握把带磨砂纹理，适合双手摆荡和高脚杯深蹲。",
    ),
    dict(
        key="resistancebands",
        kind="fitness_accessory",
        brand="FlexFit",
        en="FlexFit Resistance Band Set (5 Levels)",
        zh="FlexFit 弹力带套装 5种阻力",
        price=59,
        colors="",
        attrs=dict(material="natural latex", pieces=5, resistance_kg="5-30"),
        tags="resistance-bands|stretching|glutes|travel|home-workout",
        den=(
            "Five latex loop bands from light to extra heavy, for glute work, warm-ups "
            "and physio exercises. Comes with a mesh carry bag."
        ),
        dzh=(
            "五种阻力乳胶弹力圈，从轻到超重，练臀、热身、康复训练都能用。附网兜收纳袋。"
        ),
    ),
    dict(
        key="jumprope",
        kind="fitness_accessory",
        brand="FlexFit",
        en="FlexFit Smart Jump Rope with Counter",
        zh="FlexFit 智能计数跳绳",
        price=49,
        colors="black|pink|blue",
        attrs=dict(material="steel cable, PVC coated", length_m=3, counter="LCD"),
        tags="jump-rope|skipping|cardio|counter|exam-training",
        den=(
            "A ball-bearing speed rope with an LCD counter in the handle that tracks "
            "jumps, time and calories. Popular for school PE test practice."
        ),
        dzh=(
            "轴承高速跳绳，手柄液晶屏记录次数、时间和卡路里。备战中考体育跳绳项目的好帮"
            "手。"
        ),
    ),
    dict(
        key="foamroller",
        kind="recovery",
        brand="FlexFit",
        en="FlexFit Textured Foam Roller 45 cm",
        zh="FlexFit 狼牙棒泡沫轴 45厘米",
        price=79,
        colors="black|blue|purple",
        attrs=dict(
            material="EVA over hollow core", length_cm=45, firmness="medium-firm"
        ),
        tags="foam-roller|recovery|massage|stretching|runners",
        den=(
            "A textured medium-firm roller for loosening calves, quads and the upper "
            "back after runs and leg day."
        ),
        dzh="凸点纹理中硬度泡沫轴，跑步或练腿后放松小腿、大腿和上背部。",
    ),
    dict(
        key="abwheel",
        kind="fitness_accessory",
        brand="FlexFit",
        en="FlexFit Ab Wheel Roller with Knee Pad",
        zh="FlexFit 健腹轮 附跪垫",
        price=59,
        colors="black|red",
        attrs=dict(material="TPR wheel, steel axle", wheels=2),
        tags="ab-wheel|core|abs|home-workout|knee-pad",
        den=(
            "A double-wheel roller that stays stable on tiles and wooden floors, with "
            "a thick knee pad."
        ),
        dzh="双轮设计更稳，瓷砖木地板都能用，附加厚跪垫保护膝盖。",
    ),
    dict(
        key="pullupbar",
        kind="fitness_accessory",
        brand="FlexFit",
        en="FlexFit Doorway Pull-Up Bar",
        zh="FlexFit 免打孔门框单杠",
        price=129,
        colors="black",
        attrs=dict(material="steel", max_load_kg=150, fit_width_cm="72-95"),
        tags="pull-up-bar|doorway|no-drill|upper-body|home-gym",
        den=(
            "Twists to lock into door frames 72-95 cm wide with no drilling, and holds "
            "up to 150 kg."
        ),
        dzh="免打孔旋转锁紧，适用72-95厘米宽的门框，最大承重150公斤。",
    ),
    dict(
        key="yogablocks",
        kind="yoga_accessory",
        brand="FlexFit",
        en="FlexFit EVA Yoga Blocks (2-Pack)",
        zh="FlexFit EVA瑜伽砖 2块装",
        price=39,
        colors="purple|blue|pink|grey",
        attrs=dict(material="high-density EVA", dimensions_cm="23x15x7.5", pieces=2),
        tags="yoga-block|eva|stretching|beginner|support",
        den=(
            "Two firm EVA blocks that bring the floor closer in forward folds and "
            "support hips in seated poses."
        ),
        dzh="高密度EVA瑜伽砖两块，前屈够不着地时垫手，坐姿时垫臀，新手必备。",
    ),
    dict(
        key="basketball",
        kind="ball",
        brand="ProCourt",
        en="ProCourt Composite Leather Basketball",
        zh="ProCourt 室内外通用PU篮球",
        price=159,
        colors="orange",
        sizes="6|7",
        attrs=dict(material="composite PU leather", use="indoor and outdoor"),
        tags="basketball|pu-leather|indoor-outdoor|size-7|ball",
        den=(
            "Moisture-absorbing composite leather with deep channels for a sure grip "
            "on both wooden courts and concrete. Size 7 for men, size 6 for women and "
            "teens."
        ),
        dzh=(
            "吸湿PU皮面，深沟槽手感好，木地板和水泥场都能打。7号为男子标准球，6号适合女"
            "生和青少年。"
        ),
    ),
    dict(
        key="adidasfootball",
        kind="ball",
        brand="Adidas",
        en="Adidas Tiro League Thermally Bonded Football",
        zh="阿迪达斯 Tiro League 热粘合足球",
        price=199,
        colors="white",
        sizes="4|5",
        attrs=dict(material="TPU, thermally bonded", use="grass and artificial turf"),
        tags="football|soccer|adidas|size-5|training",
        den=(
            "A thermally bonded, seamless surface gives a true flight and less water "
            "uptake on wet grass. Size 5 for adults, size 4 for ages 8-12."
        ),
        dzh=(
            "热粘合无缝球皮，飞行轨迹稳定，雨天草地也不易吸水。5号为成人标准，4号适合8"
            "到12岁。"
        ),
    ),
    dict(
        key="nikefootball",
        kind="ball",
        brand="Nike",
        en="Nike Academy Training Football",
        zh="耐克 Academy 训练足球",
        price=169,
        colors="white|yellow",
        sizes="4|5",
        attrs=dict(material="TPU, machine-stitched", use="training"),
        tags="football|soccer|nike|training|size-5",
        den=(
            "A durable machine-stitched training ball with grooves that keep it flying "
            "straight. The yellow version is easier to see in winter light."
        ),
        dzh="机缝耐踢训练球，表面凹槽设计飞行更稳。黄色款在冬季光线下更醒目。",
    ),
    dict(
        key="badmintonracket",
        kind="racket",
        brand="Li-Ning",
        en="Li-Ning Windstorm 72 Badminton Racket",
        zh="李宁 风暴72 羽毛球拍",
        price=299,
        colors="black|blue|pink",
        attrs=dict(
            material="carbon fibre", weight_g=72, balance="head-light", strung=True
        ),
        tags="badminton|racket|lightweight|li-ning|carbon",
        den=(
            "A 72 g head-light carbon racket that is easy to swing quickly, suited to "
            "beginners and doubles defence. Comes strung with a cover."
        ),
        dzh="72克超轻全碳素球拍，头轻易挥动，适合新手和双打防守。已穿线，附拍套。",
    ),
    dict(
        key="shuttlecocks",
        kind="ball",
        brand="ProCourt",
        en="ProCourt Goose Feather Shuttlecocks (12-Pack)",
        zh="ProCourt 鹅毛羽毛球 12只装",
        price=69,
        colors="white",
        attrs=dict(material="goose feather, cork base", pieces=12, speed=77),
        tags="shuttlecocks|badminton|goose-feather|tournament|12-pack",
        accessory_of=("badmintonracket",),
        den=(
            "Goose-feather shuttlecocks with a composite cork base for stable flight; "
            "speed 77 suits most indoor halls."
        ),
        dzh="鹅毛羽毛球，复合软木球头，飞行稳定耐打；77速适合大多数室内场馆。",
    ),
    dict(
        key="pingpongset",
        kind="racket",
        brand="ProCourt",
        en="ProCourt Table Tennis Paddle Set (2 Paddles, 3 Balls)",
        zh="ProCourt 乒乓球拍套装（2拍3球）",
        price=129,
        colors="red|black",
        attrs=dict(
            material="5-ply wood, inverted rubber", pieces=5, level="recreational"
        ),
        tags="table-tennis|ping-pong|paddles|family|beginner",
        den=(
            "Two five-ply wooden paddles with spin-friendly rubber and three 40+ balls "
            "in a zip case, ready for office tables and the park."
        ),
        dzh=(
            "两支五层纯木底板球拍，反胶易出旋转，配三个40+比赛用球和拉链包，公司和公园"
            "都能打。"
        ),
    ),
    dict(
        key="tennisracket",
        kind="racket",
        brand="ProCourt",
        en="ProCourt Graphite Tennis Racket 100 sq in",
        zh="ProCourt 全碳素网球拍 100平方英寸",
        price=599,
        colors="black|blue|red",
        attrs=dict(material="graphite", head_size_sq_in=100, weight_g=285, strung=True),
        tags="tennis|racket|graphite|intermediate|strung",
        den=(
            "A 285 g graphite racket with a forgiving 100 sq in head for improving "
            "players; strung at 24 kg with a cover."
        ),
        dzh=(
            "285克全碳素网球拍，100平方英寸拍面甜区大，适合进阶球友；出厂穿线24公斤，附"
            "拍套。"
        ),
    ),
    dict(
        key="tent3p",
        kind="camping",
        brand="Northline",
        en="Northline 3-Person Backpacking Tent",
        zh="Northline 三人户外帐篷 防雨双层",
        price=599,
        colors="green|orange|grey",
        attrs=dict(
            capacity_persons=3, weight_kg=2.6, waterproof_mm=3000, season="3-season"
        ),
        tags="tent|camping|3-person|waterproof|backpacking",
        den=(
            "A freestanding double-wall tent for three with two doors, pitching in "
            "about five minutes. The 3000 mm fly handles a night of steady rain."
        ),
        dzh=(
            "三人双层帐篷，双门设计，约五分钟即可搭好。外帐3000毫米防水，下一夜雨也不渗"
            "漏。"
        ),
    ),
    dict(
        key="sleepingbag",
        kind="camping",
        brand="Northline",
        en="Northline Mummy Sleeping Bag -5C",
        zh="Northline 木乃伊睡袋 舒适温度-5度",
        price=299,
        colors="blue|red|green",
        attrs=dict(fill="hollow-fibre synthetic", comfort_temp_c=-5, weight_kg=1.6),
        tags="sleeping-bag|camping|mummy|cold-weather|compressible",
        den=(
            "A mummy bag with a hood and draft collar, comfortable down to -5C, "
            "packing into a compression sack."
        ),
        dzh="木乃伊式睡袋，带头罩和防风领，舒适温度-5度，可压缩收纳。",
    ),
    dict(
        key="trekkingpoles",
        kind="hiking",
        brand="Northline",
        en="Northline Carbon Trekking Poles (Pair)",
        zh="Northline 碳纤维登山杖（一对）",
        price=259,
        colors="black|blue",
        attrs=dict(
            material="carbon fibre, cork grip", length_cm="62-135", weight_g=380
        ),
        tags="trekking-poles|hiking|carbon|foldable|knees",
        den=(
            "A light carbon pair with cork grips and quick locks that takes strain off "
            "the knees on long descents."
        ),
        dzh="碳纤维登山杖一对，软木手柄，快锁调节，长距离下山时有效减轻膝盖压力。",
    ),
    dict(
        key="hikingbackpack",
        kind="hiking",
        brand="Northline",
        en="Northline 30 L Hiking Backpack with Rain Cover",
        zh="Northline 30升登山双肩包 附防雨罩",
        price=399,
        colors="black|blue|red|green",
        attrs=dict(
            capacity_l=30,
            material="420D nylon",
            hydration_compatible=True,
            rain_cover=True,
        ),
        tags="backpack|hiking|30l|rain-cover|daypack",
        den=(
            "A 30 L daypack with a ventilated back panel, hip belt pockets and a rain "
            "cover stored in the base."
        ),
        dzh="30升徒步背包，背板透气，腰带有小口袋，底部收纳防雨罩，一日徒步刚刚好。",
    ),
    dict(
        key="campchair",
        kind="camping",
        brand="Northline",
        en="Northline Folding Camping Chair",
        zh="Northline 户外折叠月亮椅",
        price=129,
        colors="black|green|beige",
        attrs=dict(
            material="aluminium frame, 600D oxford", max_load_kg=120, weight_kg=1.1
        ),
        tags="camping-chair|folding|lightweight|picnic|fishing",
        den=(
            "A 1.1 kg moon chair that packs smaller than a water bottle and holds up "
            "to 120 kg, for picnics, fishing and festivals."
        ),
        dzh="仅重1.1公斤的月亮椅，收纳后比水瓶还小，承重120公斤，露营野餐钓鱼都方便。",
    ),
    dict(
        key="swimgoggles",
        kind="swimming",
        brand="AquaLine",
        en="AquaLine Anti-Fog Swim Goggles",
        zh="AquaLine 防雾泳镜",
        price=69,
        colors="black|blue|pink",
        attrs=dict(
            lens="polycarbonate, anti-fog, UV protection",
            strap="split silicone",
            prescription=False,
        ),
        tags="swim-goggles|anti-fog|uv|swimming|leak-proof",
        den=(
            "Wide-view anti-fog lenses with UV protection and soft silicone seals that "
            "do not leave deep marks around the eyes."
        ),
        dzh="大框防雾镜片，防紫外线，硅胶密封圈柔软，戴完眼周不留深印子。",
    ),
    dict(
        key="swimcap",
        kind="swimming",
        brand="AquaLine",
        en="AquaLine Silicone Swim Cap",
        zh="AquaLine 硅胶泳帽",
        price=39,
        colors="black|blue|pink|red|yellow",
        attrs=dict(material="100% silicone", fit="one size, long-hair friendly"),
        tags="swim-cap|silicone|long-hair|swimming|waterproof",
        den=(
            "A stretchy silicone cap with extra room at the back for long hair; easier "
            "on hair than latex."
        ),
        dzh="弹力硅胶泳帽，后部空间加大，长发也能塞进去；比乳胶泳帽更不扯头发。",
    ),
    dict(
        key="swimtrunks",
        kind="swimwear",
        brand="AquaLine",
        en="AquaLine Men's Quick-Dry Swim Trunks",
        zh="AquaLine 男士速干平角泳裤",
        price=129,
        colors="black|blue",
        sizes=SIZES,
        attrs=dict(
            material="chlorine-resistant polyester-spandex", fit="jammer", gender="men"
        ),
        tags="swim-trunks|swimwear|chlorine-resistant|men|quick-dry",
        den=(
            "Chlorine-resistant jammer trunks that hold their shape after months of "
            "pool training, with a drawstring waist."
        ),
        dzh="抗氯面料平角泳裤，长期泳池训练也不松垮变形，腰部带抽绳。",
    ),
    dict(
        key="swimsuit",
        kind="swimwear",
        brand="AquaLine",
        en="AquaLine Women's One-Piece Sports Swimsuit",
        zh="AquaLine 女士连体运动泳衣",
        price=199,
        colors="black|blue|red",
        sizes=SIZES,
        attrs=dict(
            material="chlorine-resistant polyester-spandex",
            fit="racerback",
            gender="women",
            padded=True,
        ),
        tags="swimsuit|one-piece|women|lap-swimming|chlorine-resistant",
        den=(
            "A racerback one-piece with removable pads, cut for lap swimming without "
            "straps slipping."
        ),
        dzh="运动背款连体泳衣，胸垫可拆卸，游泳训练时肩带不滑落。",
    ),
    dict(
        key="bikehelmet",
        kind="cycling",
        brand="Rideon",
        en="Rideon Lightweight Cycling Helmet",
        zh="Rideon 轻量骑行头盔",
        price=249,
        colors="black|white|red",
        sizes="M|L",
        attrs=dict(
            material="in-mould EPS, PC shell",
            vents=18,
            weight_g=260,
            rear_light=True,
            head_size_cm="M 54-58, L 58-62",
        ),
        tags="helmet|cycling|safety|rear-light|commute",
        den=(
            "An 18-vent in-mould helmet with a USB-rechargeable rear light, for "
            "commuting and weekend rides. M fits 54-58 cm heads, L fits 58-62 cm."
        ),
        dzh=(
            "一体成型骑行头盔，18个通风孔，尾部带USB充电警示灯，通勤和周末骑行都适用。M"
            "码适合头围54-58厘米，L码58-62厘米。"
        ),
    ),
    dict(
        key="cyclinggloves",
        kind="cycling",
        brand="Rideon",
        en="Rideon Padded Half-Finger Cycling Gloves",
        zh="Rideon 半指减震骑行手套",
        price=79,
        colors="black|red|blue",
        sizes=SIZES,
        attrs=dict(material="lycra back, gel-padded palm", touchscreen=False),
        tags="cycling-gloves|half-finger|gel-padding|bike|breathable",
        den=(
            "Gel-padded palms reduce numbness on long rides; pull tabs make them easy "
            "to take off."
        ),
        dzh="掌心凝胶减震垫，长途骑行手不麻；指间带拉环，摘手套很方便。",
    ),
    dict(
        key="bikelightbl400",
        kind="cycling",
        brand="Rideon",
        en="Rideon BL-400 USB Bike Light Set",
        zh="Rideon BL-400 USB充电自行车灯套装",
        price=89,
        colors="black",
        attrs=dict(
            front_lumens=400, rear_light=True, charging="USB-C", water_resistance="IPX5"
        ),
        tags="bike-light|usb-c|front-rear|night-riding|bl-400",
        den=(
            "A 400-lumen front light and a red rear light, both USB-C rechargeable and "
            "tool-free to mount on the handlebar and seatpost."
        ),
        dzh="400流明前灯加红色尾灯，USB-C充电，免工具快拆安装在车把和座杆上。",
    ),
    dict(
        key="nikeduffel",
        kind="bag",
        brand="Nike",
        en="Nike Brasilia Training Duffel Bag (Medium, 60 L)",
        zh="耐克 Brasilia 训练行李包 中号 60升",
        price=299,
        colors="black|blue|red",
        attrs=dict(capacity_l=60, material="polyester", shoe_compartment=True),
        tags="duffel|gym-bag|nike|training|travel",
        den=(
            "A 60 L duffel with a ventilated shoe compartment at the end and a padded "
            "shoulder strap, for gym or weekend trips."
        ),
        dzh="60升大容量行李包，一端有透气鞋仓，肩带加厚，健身和周末短途出行都合适。",
    ),
    dict(
        key="adidasgymsack",
        kind="bag",
        brand="Adidas",
        en="Adidas Essentials Gym Sack",
        zh="阿迪达斯 Essentials 抽绳运动背包",
        price=99,
        colors="black|blue|red",
        attrs=dict(capacity_l=15, material="recycled polyester", drawstring=True),
        tags="gym-sack|drawstring|adidas|lightweight|swim-bag",
        den=(
            "A light drawstring bag for trainers, a towel and a bottle; handy for "
            "swimming lessons and PE days."
        ),
        dzh="轻便抽绳运动包，装运动鞋、毛巾和水杯刚好；上游泳课和体育课很方便。",
    ),
    dict(
        key="waterbottle",
        kind="bottle",
        brand="FlexFit",
        en="FlexFit Insulated Stainless Steel Sports Bottle 750 ml",
        zh="FlexFit 不锈钢保温运动水壶 750毫升",
        price=89,
        colors="black|blue|pink|green|white",
        attrs=dict(
            capacity_ml=750,
            material="316 stainless steel, double-wall",
            keeps_cold_hours=24,
            keeps_hot_hours=12,
        ),
        tags="water-bottle|insulated|stainless-steel|gym|leak-proof",
        den=(
            "A double-wall 316 steel bottle that keeps drinks cold for 24 hours or hot "
            "for 12, with a leak-proof straw lid."
        ),
        dzh="316不锈钢双层真空，保冷24小时、保温12小时；吸管盖防漏，放包里不怕洒。",
    ),
    dict(
        key="runningbelt",
        kind="running_accessory",
        brand="FlexFit",
        en="FlexFit Running Belt Waist Pack",
        zh="FlexFit 跑步腰包 贴身防弹跳",
        price=59,
        colors="black|blue|pink",
        attrs=dict(material="lycra, reflective trim", fits_phone_inch=7.0, pockets=2),
        tags="running-belt|waist-pack|phone-holder|marathon|reflective",
        den=(
            "A stretchy bounce-free belt that holds a phone of up to 7 inches, keys "
            "and gels, with reflective trim for evening runs."
        ),
        dzh=(
            "弹力贴身跑步腰包，可放7英寸以内手机、钥匙和能量胶，跑起来不晃；反光条夜跑"
            "更安全。"
        ),
    ),
    dict(
        key="nikesocks",
        kind="socks",
        brand="Nike",
        en="Nike Everyday Cushioned Training Crew Socks (3 Pairs)",
        zh="耐克 Everyday 加厚训练中筒袜 3双装",
        price=99,
        colors="white|black|grey",
        sizes="M|L|XL",
        attrs=dict(
            material="cotton-polyester with Dri-FIT",
            pairs=3,
            size_guide="M 38-42, L 42-46, XL 46-50",
        ),
        tags="socks|nike|training|cushioned|crew",
        den=(
            "Three pairs of cushioned crew socks with Dri-FIT sweat-wicking and arch "
            "support. M fits EU 38-42, L 42-46, XL 46-50."
        ),
        dzh=(
            "3双装加厚中筒袜，Dri-FIT速干排汗，足弓包裹支撑。M码适合38-42码，L码42-46，"
            "XL码46-50。"
        ),
    ),
]
