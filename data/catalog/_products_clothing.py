"""Catalog table: clothing (SKU prefix CL). Read by generate_products.py.

House brands: Basico (everyday basics), Linden & Co (smart casual), Muse Studio
(womenswear), Northline (outdoor). Sizes are S|M|L|XL unless noted.
"""

SIZES = "S|M|L|XL"

PRODUCTS = [
    dict(
        key="supimatee",
        kind="t_shirt",
        brand="Basico",
        en="Basico Supima Cotton Crew Neck T-Shirt",
        zh="Basico 苏皮马棉圆领T恤",
        price=79,
        colors="white|black|grey|blue|red|green",
        sizes=SIZES,
        attrs=dict(
            material="100% Supima cotton",
            fit="regular",
            gender="unisex",
            season="all-season",
        ),
        tags="t-shirt|cotton|basic|crew-neck|unisex",
        den=(
            "A heavyweight crew-neck tee in long-staple Supima cotton that keeps its "
            "shape after many washes. The collar is double-stitched so it does not "
            "stretch out."
        ),
        dzh=(
            "长绒苏皮马棉，面料厚实有垂感，多次洗涤也不易变形。领口双针缝制，不会越穿越"
            "松。"
        ),
    ),
    dict(
        key="meshpolo",
        kind="polo",
        brand="Basico",
        en="Basico Airy Mesh Polo Shirt",
        zh="Basico 透气网眼Polo衫",
        price=149,
        colors="white|blue|black|pink",
        sizes=SIZES,
        attrs=dict(
            material="cotton-polyester pique",
            fit="regular",
            gender="men",
            season="summer",
        ),
        tags="polo|mesh|breathable|summer|office",
        den=(
            "A quick-drying pique polo with a soft collar that stays flat under a "
            "blazer. Cool enough for Shanghai summers."
        ),
        dzh=(
            "珠地网眼面料速干透气，领子柔软挺括，搭西装外套也不卷边。上海的夏天穿也不闷"
            "热。"
        ),
    ),
    dict(
        key="oxfordshirt",
        kind="shirt",
        brand="Basico",
        en="Basico Oxford Button-Down Shirt",
        zh="Basico 牛津纺纽扣领长袖衬衫",
        price=199,
        colors="white|blue|pink",
        sizes=SIZES,
        attrs=dict(
            material="100% cotton oxford",
            fit="regular",
            gender="men",
            season="spring-autumn",
        ),
        tags="shirt|oxford|button-down|cotton|smart-casual",
        den=(
            "Classic oxford cloth with a button-down collar that looks neat with or "
            "without a tie. Softens nicely after the first few washes."
        ),
        dzh="经典牛津纺面料，纽扣领设计，打不打领带都很精神。洗过几次后手感越来越软。",
    ),
    dict(
        key="linenshirt",
        kind="shirt",
        brand="Basico",
        en="Basico Linen Blend Relaxed Shirt",
        zh="Basico 亚麻混纺宽松衬衫",
        price=199,
        colors="white|beige|blue",
        sizes=SIZES,
        attrs=dict(
            material="55% linen, 45% cotton",
            fit="relaxed",
            gender="unisex",
            season="summer",
        ),
        tags="shirt|linen|summer|relaxed|breathable",
        den=(
            "Linen blended with cotton for fewer wrinkles, cut loose so air moves "
            "through on hot days. Wear it open over a tee or buttoned up."
        ),
        dzh=(
            "亚麻与棉混纺，比纯亚麻更不易皱；宽松版型，大热天也很透气。可敞开当外套，也"
            "可单穿。"
        ),
    ),
    dict(
        key="thermaltop",
        kind="base_layer",
        brand="Basico",
        en="Basico WarmCore Thermal Long-Sleeve Top",
        zh="Basico 暖芯发热长袖打底衫",
        price=99,
        colors="black|white|grey|beige",
        sizes=SIZES,
        attrs=dict(
            material="rayon, acrylic, polyester, spandex",
            fit="slim",
            gender="unisex",
            season="winter",
        ),
        tags="thermal|base-layer|winter|warm|long-sleeve",
        den=(
            "A thin, stretchy base layer that turns body moisture into warmth. Fits "
            "smoothly under shirts and sweaters without adding bulk."
        ),
        dzh="轻薄弹力的发热打底衫，吸湿发热更保暖。穿在衬衫和毛衣里面也不显臃肿。",
    ),
    dict(
        key="lightdown",
        kind="jacket",
        brand="Basico",
        en="Basico Ultra Light Down Jacket",
        zh="Basico 轻型羽绒服 可收纳",
        price=499,
        colors="black|blue|beige|red|green",
        sizes=SIZES,
        attrs=dict(
            material="nylon shell, 90% down fill",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="down-jacket|lightweight|packable|travel|winter",
        den=(
            "Filled with 90% duck down yet light enough to pack into its own pouch. "
            "Works as a mid-layer under a coat when it gets properly cold."
        ),
        dzh="90%白鸭绒填充，轻到可以收进自带的收纳袋。深冬时还可以当内胆穿在大衣里面。",
    ),
    dict(
        key="fleecejacket",
        kind="jacket",
        brand="Basico",
        en="Basico Fleece Full-Zip Jacket",
        zh="Basico 摇粒绒拉链外套",
        price=199,
        colors="grey|beige|blue|black",
        sizes=SIZES,
        attrs=dict(
            material="100% recycled polyester fleece",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="fleece|jacket|zip|recycled|warm",
        den=(
            "A soft, warm fleece made from recycled bottles, with zipped hand pockets. "
            "Easy to throw on for walks or over pyjamas at home."
        ),
        dzh=(
            "再生环保摇粒绒，柔软保暖，两侧带拉链口袋。出门散步或在家套在睡衣外面都方便"
            "。"
        ),
    ),
    dict(
        key="slimjeans",
        kind="jeans",
        brand="Basico",
        en="Basico Stretch Slim-Fit Jeans",
        zh="Basico 弹力修身牛仔裤",
        price=249,
        colors="blue|black",
        sizes=SIZES,
        attrs=dict(
            material="98% cotton, 2% elastane denim",
            fit="slim",
            gender="men",
            season="all-season",
        ),
        tags="jeans|denim|slim-fit|stretch|everyday",
        den=(
            "Slim through the leg with a little stretch, so they stay comfortable when "
            "cycling or sitting all day. Mid-wash blue or rinse black."
        ),
        dzh="修身版型加少量弹力纤维，骑车或久坐都不紧绷。有中蓝水洗和原色黑两种颜色。",
    ),
    dict(
        key="chinos",
        kind="trousers",
        brand="Basico",
        en="Basico Smart Ankle-Length Chinos",
        zh="Basico 九分休闲西裤",
        price=199,
        colors="beige|black|grey|blue",
        sizes=SIZES,
        attrs=dict(
            material="cotton-polyester twill with stretch",
            fit="tapered",
            gender="men",
            season="all-season",
        ),
        tags="chinos|trousers|ankle-length|office|smart-casual",
        den=(
            "Ankle-length, tapered chinos with a hidden elastic back waistband: "
            "office-smart, weekend-comfortable."
        ),
        dzh="九分锥形版型，后腰暗藏松紧带，上班穿得体，周末穿舒服。",
    ),
    dict(
        key="hoodie",
        kind="hoodie",
        brand="Basico",
        en="Basico Sweat Pullover Hoodie",
        zh="Basico 连帽卫衣 加绒",
        price=199,
        colors="grey|black|blue|pink|green",
        sizes=SIZES,
        attrs=dict(
            material="cotton-polyester with brushed back",
            fit="relaxed",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="hoodie|sweatshirt|fleece-lined|casual|unisex",
        den=(
            "A brushed-back sweatshirt hoodie with a kangaroo pocket and a "
            "double-layer hood. Relaxed enough to size down for a neater look."
        ),
        dzh="内里磨毛加绒，袋鼠兜加双层帽子，版型偏宽松，想穿得利落些可以选小一码。",
    ),
    dict(
        key="merinosweater",
        kind="sweater",
        brand="Basico",
        en="Basico Extra Fine Merino Crew Neck Sweater",
        zh="Basico 美利奴羊毛圆领毛衣",
        price=299,
        colors="grey|black|blue|red|brown",
        sizes=SIZES,
        attrs=dict(
            material="100% extra fine merino wool",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="sweater|merino|wool|machine-washable|knitwear",
        den=(
            "Fine-gauge merino that is warm, not itchy, and can go in the washing "
            "machine on the wool cycle. Layers neatly over a collared shirt."
        ),
        dzh=(
            "细针美利奴羊毛，保暖不扎人，洗衣机羊毛程序即可机洗。内搭衬衫露出领子很有质"
            "感。"
        ),
    ),
    dict(
        key="cashmeresweater",
        kind="sweater",
        brand="Linden & Co",
        en="Linden & Co Pure Cashmere Crew Sweater",
        zh="Linden & Co 100%羊绒圆领毛衣",
        price=799,
        colors="beige|grey|black",
        sizes=SIZES,
        attrs=dict(
            material="100% Inner Mongolian cashmere",
            fit="regular",
            gender="unisex",
            season="winter",
        ),
        tags="sweater|cashmere|luxury|knitwear|gift",
        den=(
            "Knitted from Inner Mongolian cashmere, it is light, very soft and warmer "
            "than wool at the same weight. Hand wash or dry clean."
        ),
        dzh="精选内蒙古山羊绒，轻盈软糯，同等重量比羊毛更保暖。建议手洗或干洗。",
    ),
    dict(
        key="overcoat",
        kind="coat",
        brand="Linden & Co",
        en="Linden & Co Wool Blend Tailored Overcoat",
        zh="Linden & Co 羊毛混纺中长款大衣",
        price=1299,
        colors="black|grey|brown",
        sizes=SIZES,
        attrs=dict(
            material="70% wool, 30% polyamide",
            fit="tailored",
            gender="men",
            season="winter",
        ),
        tags="overcoat|wool|winter|formal|mid-length",
        den=(
            "A knee-length single-breasted coat in a dense wool blend, cut with room "
            "for a suit jacket underneath. Fully lined."
        ),
        dzh=(
            "及膝单排扣大衣，羊毛混纺面料厚实挺括，版型预留空间可内搭西装。全里衬设计。"
        ),
    ),
    dict(
        key="blazer",
        kind="blazer",
        brand="Linden & Co",
        en="Linden & Co Stretch Slim Blazer",
        zh="Linden & Co 弹力修身西装外套",
        price=699,
        colors="black|blue|grey",
        sizes=SIZES,
        attrs=dict(
            material="polyester-viscose with stretch",
            fit="slim",
            gender="men",
            season="all-season",
        ),
        tags="blazer|suit-jacket|stretch|office|wrinkle-resistant",
        den=(
            "An unstructured blazer with four-way stretch and wrinkle-resistant cloth, "
            "so it survives a day of commuting and still looks sharp."
        ),
        dzh="无垫肩轻结构西装，四面弹力面料抗皱，挤一天地铁依然笔挺。",
    ),
    dict(
        key="dressshirt",
        kind="shirt",
        brand="Linden & Co",
        en="Linden & Co Non-Iron Slim Dress Shirt",
        zh="Linden & Co 免烫修身商务衬衫",
        price=259,
        colors="white|blue",
        sizes=SIZES,
        attrs=dict(
            material="100% cotton with non-iron finish",
            fit="slim",
            gender="men",
            season="all-season",
        ),
        tags="dress-shirt|non-iron|business|cotton|slim",
        den=(
            "Pure cotton treated to come out of the dryer smooth, no ironing needed. "
            "Spread collar suits both ties and open-neck wear."
        ),
        dzh=(
            "纯棉免烫工艺，洗后晾干即平整，无需熨烫。宽角领打领带或解开第一颗扣子都好看"
            "。"
        ),
    ),
    dict(
        key="widetrousers",
        kind="trousers",
        brand="Linden & Co",
        en="Linden & Co Pleated Wide-Leg Trousers",
        zh="Linden & Co 褶裥阔腿西裤",
        price=329,
        colors="black|beige|grey",
        sizes=SIZES,
        attrs=dict(
            material="polyester-rayon suiting",
            fit="wide-leg",
            gender="women",
            season="all-season",
        ),
        tags="trousers|wide-leg|pleated|office|women",
        den=(
            "High-waisted trousers with front pleats and a fluid drape that lengthens "
            "the leg. Pair with flats or heels."
        ),
        dzh="高腰设计配前褶裥，面料垂坠显腿长。搭平底鞋或高跟鞋都合适。",
    ),
    dict(
        key="floraldress",
        kind="dress",
        brand="Muse Studio",
        en="Muse Studio Floral Chiffon Midi Dress",
        zh="Muse Studio 碎花雪纺中长连衣裙",
        price=359,
        colors="pink|blue|yellow",
        sizes=SIZES,
        attrs=dict(
            material="polyester chiffon, cotton lining",
            fit="a-line",
            gender="women",
            season="spring-summer",
        ),
        tags="dress|floral|midi|chiffon|summer",
        den=(
            "A fully lined chiffon midi with a small floral print, puff sleeves and a "
            "self-tie waist. Made for weddings, picnics and holidays."
        ),
        dzh=(
            "雪纺碎花中长裙，带全衬里，泡泡袖加腰间系带。参加婚礼、野餐、度假都很出片。"
        ),
    ),
    dict(
        key="satinskirt",
        kind="skirt",
        brand="Muse Studio",
        en="Muse Studio Satin Slip Midi Skirt",
        zh="Muse Studio 缎面半身裙 中长款",
        price=229,
        colors="black|beige|green|pink",
        sizes=SIZES,
        attrs=dict(
            material="acetate satin",
            fit="bias-cut",
            gender="women",
            season="all-season",
        ),
        tags="skirt|satin|midi|bias-cut|women",
        den=(
            "A bias-cut satin skirt with a covered elastic waist. Glossy enough for "
            "evenings and easy to dress down with a knit and trainers."
        ),
        dzh=(
            "斜裁缎面半裙，隐形松紧腰头。光泽感适合约会晚宴，配毛衣和运动鞋又能日常穿。"
        ),
    ),
    dict(
        key="ribcardigan",
        kind="cardigan",
        brand="Muse Studio",
        en="Muse Studio Ribbed Knit Cardigan",
        zh="Muse Studio 罗纹针织开衫",
        price=259,
        colors="beige|pink|white|black",
        sizes=SIZES,
        attrs=dict(
            material="viscose-nylon knit",
            fit="slim",
            gender="women",
            season="spring-autumn",
        ),
        tags="cardigan|knit|ribbed|layering|women",
        den=(
            "A fitted ribbed cardigan with pearl-style buttons that can be worn open "
            "or buttoned as a top. Good for air-conditioned offices."
        ),
        dzh="修身罗纹开衫，珍珠扣点缀，敞开当外套或扣上单穿都可以。空调房里随手一件。",
    ),
    dict(
        key="shirtdress",
        kind="dress",
        brand="Muse Studio",
        en="Muse Studio Cotton Shirt Dress with Belt",
        zh="Muse Studio 纯棉衬衫裙 附腰带",
        price=299,
        colors="white|blue|green",
        sizes=SIZES,
        attrs=dict(
            material="100% cotton poplin",
            fit="relaxed",
            gender="women",
            season="spring-summer",
        ),
        tags="dress|shirt-dress|cotton|belted|women",
        den=(
            "Crisp cotton poplin with a removable belt and side pockets. Belt it for "
            "work or wear it loose on weekends."
        ),
        dzh=(
            "挺括的纯棉府绸，可拆卸腰带，两侧有口袋。系上腰带去上班，松开就是周末休闲风"
            "。"
        ),
    ),
    dict(
        key="blouse",
        kind="blouse",
        brand="Muse Studio",
        en="Muse Studio Silk-Touch V-Neck Blouse",
        zh="Muse Studio 垂感V领衬衫",
        price=239,
        colors="white|pink|black",
        sizes=SIZES,
        attrs=dict(
            material="100% polyester crepe",
            fit="regular",
            gender="women",
            season="all-season",
        ),
        tags="blouse|v-neck|office|drape|women",
        den=(
            "A drapey V-neck blouse with a silk-like hand feel that does not crease in "
            "a bag. Machine washable on a gentle cycle."
        ),
        dzh="仿真丝质感，垂坠顺滑，放进包里也不起皱。洗衣机轻柔模式即可清洗。",
    ),
    dict(
        key="threeinone",
        kind="jacket",
        brand="Northline",
        en="Northline Waterproof 3-in-1 Jacket",
        zh="Northline 三合一防水冲锋衣",
        price=899,
        colors="black|blue|red|green",
        sizes=SIZES,
        attrs=dict(
            material="2-layer nylon shell, fleece liner",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
            waterproof_mm=10000,
        ),
        tags="jacket|waterproof|3-in-1|hiking|outdoor",
        den=(
            "A 10,000 mm waterproof shell with a zip-out fleece liner: wear the shell "
            "in spring rain, the fleece on cool days, or both in winter."
        ),
        dzh=(
            "外层10000毫米防水面料，内胆摇粒绒可拆卸：春天单穿外壳挡雨，秋天单穿抓绒，"
            "冬天两件合穿。"
        ),
    ),
    dict(
        key="windbreaker",
        kind="jacket",
        brand="Northline",
        en="Northline Packable Windbreaker",
        zh="Northline 轻薄可收纳防风外套",
        price=299,
        colors="black|blue|yellow|orange",
        sizes=SIZES,
        attrs=dict(
            material="20D ripstop nylon",
            fit="regular",
            gender="unisex",
            season="spring-autumn",
            weight_g=160,
        ),
        tags="windbreaker|packable|lightweight|running|travel",
        den=(
            "Weighs 160 g and stuffs into its chest pocket. The water-repellent "
            "ripstop shrugs off drizzle on runs and hikes."
        ),
        dzh=(
            "仅重160克，可以塞进自己的胸袋里。防泼水格子面料，跑步爬山遇上毛毛雨也不怕"
            "。"
        ),
    ),
    dict(
        key="hikingpants",
        kind="trousers",
        brand="Northline",
        en="Northline Quick-Dry Hiking Pants",
        zh="Northline 速干徒步裤",
        price=279,
        colors="black|grey|beige|green",
        sizes=SIZES,
        attrs=dict(
            material="nylon-spandex",
            fit="regular",
            gender="unisex",
            season="all-season",
            upf=50,
        ),
        tags="hiking|pants|quick-dry|stretch|upf50",
        den=(
            "Stretchy nylon pants that dry within an hour, with UPF 50 sun protection "
            "and a zipped thigh pocket for a phone."
        ),
        dzh="弹力尼龙面料，一小时内即可晾干，UPF50防晒，大腿侧拉链口袋可以放手机。",
    ),
    dict(
        key="downvest",
        kind="vest",
        brand="Northline",
        en="Northline Lightweight Down Vest",
        zh="Northline 轻薄羽绒马甲",
        price=349,
        colors="black|blue|red",
        sizes=SIZES,
        attrs=dict(
            material="nylon shell, 90% goose down",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="vest|down|gilet|layering|outdoor",
        den=(
            "Goose-down vest that keeps the core warm while leaving arms free for "
            "cycling or hiking."
        ),
        dzh="鹅绒马甲，护住躯干保暖，手臂活动不受限制，骑行徒步都方便。",
    ),
    dict(
        key="nikedrifit",
        kind="t_shirt",
        brand="Nike",
        en="Nike Dri-FIT Running T-Shirt",
        zh="耐克 Dri-FIT 速干跑步T恤",
        price=199,
        colors="black|white|blue|red|grey",
        sizes=SIZES,
        attrs=dict(
            material="100% recycled polyester",
            fit="standard",
            gender="men",
            season="all-season",
        ),
        tags="nike|dri-fit|running|sportswear|t-shirt",
        den=(
            "Nike's Dri-FIT fabric pulls sweat away from the skin to dry quickly. "
            "Reflective details help you stay visible on evening runs."
        ),
        dzh="耐克Dri-FIT速干面料，迅速导走汗水保持干爽。反光细节设计，夜跑更安全。",
    ),
    dict(
        key="nikejoggers",
        kind="trousers",
        brand="Nike",
        en="Nike Sportswear Club Fleece Joggers",
        zh="耐克 Sportswear Club 抓绒束脚运动裤",
        price=399,
        colors="black|grey|blue",
        sizes=SIZES,
        attrs=dict(
            material="cotton-polyester fleece",
            fit="standard",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="nike|joggers|fleece|sweatpants|casual",
        den=(
            "Classic brushed-fleece joggers with ribbed cuffs and a drawstring waist. "
            "The go-to pair for lounging and travel days."
        ),
        dzh="经典磨毛抓绒卫裤，罗纹束脚加抽绳腰头。宅家和出行都舒服。",
    ),
    dict(
        key="nikewindrunner",
        kind="jacket",
        brand="Nike",
        en="Nike Sportswear Windrunner Jacket",
        zh="耐克 Sportswear Windrunner 连帽防风夹克",
        price=599,
        colors="black|blue|green",
        sizes=SIZES,
        attrs=dict(
            material="100% polyester woven",
            fit="loose",
            gender="men",
            season="spring-autumn",
        ),
        tags="nike|windrunner|jacket|windproof|hooded",
        den=(
            "The Windrunner's signature chevron across the chest, a lightweight woven "
            "shell and a stowaway hood."
        ),
        dzh="经典胸前人字拼接设计，轻薄梭织面料防风，帽子可收进领口。",
    ),
    dict(
        key="adidashoodie",
        kind="hoodie",
        brand="Adidas",
        en="Adidas Essentials 3-Stripes Fleece Hoodie",
        zh="阿迪达斯 Essentials 三条纹连帽卫衣",
        price=499,
        colors="black|grey|blue",
        sizes=SIZES,
        attrs=dict(
            material="cotton-polyester fleece",
            fit="regular",
            gender="unisex",
            season="autumn-winter",
        ),
        tags="adidas|hoodie|3-stripes|fleece|sportswear",
        den=(
            "A soft fleece hoodie with the 3-Stripes down the sleeves, a lined hood "
            "and a front pouch pocket."
        ),
        dzh="柔软抓绒卫衣，袖子印有经典三条纹，带里衬帽子和前置口袋。",
    ),
    dict(
        key="tirojacket",
        kind="jacket",
        brand="Adidas",
        en="Adidas Tiro 23 Track Jacket",
        zh="阿迪达斯 Tiro 23 足球训练运动外套",
        price=399,
        colors="black|blue|red|green",
        sizes=SIZES,
        attrs=dict(
            material="100% recycled polyester doubleknit",
            fit="slim",
            gender="unisex",
            season="spring-autumn",
        ),
        tags="adidas|track-jacket|football|training|tiro",
        den=(
            "A slim football training jacket with AEROREADY moisture control and "
            "zipped pockets. Also popular as a retro street look."
        ),
        dzh=(
            "修身足球训练外套，AEROREADY吸湿排汗，口袋带拉链。当复古街头风外套穿也很流"
            "行。"
        ),
    ),
    dict(
        key="trefoiltee",
        kind="t_shirt",
        brand="Adidas",
        en="Adidas Originals Adicolor Trefoil T-Shirt",
        zh="阿迪达斯三叶草 Adicolor 经典T恤",
        price=249,
        colors="white|black|red|blue",
        sizes=SIZES,
        attrs=dict(
            material="100% cotton jersey",
            fit="regular",
            gender="unisex",
            season="all-season",
        ),
        tags="adidas|originals|trefoil|t-shirt|cotton",
        den="A soft cotton jersey tee with the big Trefoil logo on the chest.",
        dzh="纯棉平纹针织，胸前大号三叶草Logo，简单好搭。",
    ),
    dict(
        key="pajamas",
        kind="sleepwear",
        brand="Basico",
        en="Basico Cotton Gauze Pajama Set",
        zh="Basico 纯棉双层纱睡衣套装",
        price=199,
        colors="blue|grey|pink",
        sizes=SIZES,
        attrs=dict(
            material="100% cotton double gauze",
            fit="relaxed",
            gender="unisex",
            season="all-season",
        ),
        tags="pajamas|sleepwear|cotton|gauze|loungewear",
        den=(
            "A button-up shirt and drawstring trousers in airy double-layer cotton "
            "gauze that gets softer with every wash."
        ),
        dzh="纯棉双层纱布，透气亲肤，越洗越软。开衫上衣配抽绳长裤，四季都能穿。",
    ),
    dict(
        key="boxers",
        kind="underwear",
        brand="Basico",
        en="Basico Modal Boxer Briefs (3-Pack)",
        zh="Basico 莫代尔平角内裤 3条装",
        price=99,
        colors="black|grey|blue",
        sizes=SIZES,
        attrs=dict(
            material="92% modal, 8% spandex",
            fit="snug",
            gender="men",
            season="all-season",
        ),
        tags="underwear|boxer-briefs|modal|3-pack|breathable",
        den=(
            "Three modal boxer briefs with a flat, tag-free waistband that does not "
            "dig in. Each colour pack contains three of the same colour."
        ),
        dzh="莫代尔面料柔滑透气，无标签平整腰头不勒肚子。每个颜色为同色3条装。",
    ),
    dict(
        key="anklesocks",
        kind="socks",
        brand="Basico",
        en="Basico Cotton Ankle Socks (5-Pack)",
        zh="Basico 纯棉短袜 5双装",
        price=49,
        colors="white|black|grey",
        sizes="S|M|L",
        attrs=dict(
            material="80% cotton, 18% polyester, 2% spandex",
            fit="regular",
            gender="unisex",
            season="all-season",
            size_guide="S 35-38, M 39-42, L 43-46",
        ),
        tags="socks|ankle-socks|cotton|5-pack|everyday",
        den=(
            "Five pairs of cushioned cotton ankle socks with a heel tab that stops "
            "them slipping down. Size S fits EU 35-38, M 39-42, L 43-46."
        ),
        dzh=(
            "5双装纯棉短袜，脚底加厚，后跟防滑设计不掉跟。S码适合35-38码脚，M码39-42，L"
            "码43-46。"
        ),
    ),
    dict(
        key="cashmerescarf",
        kind="scarf",
        brand="Linden & Co",
        en="Linden & Co Cashmere-Blend Scarf",
        zh="Linden & Co 羊绒混纺围巾",
        price=199,
        colors="red|grey|beige|blue|brown",
        attrs=dict(
            material="30% cashmere, 70% wool",
            dimensions_cm="180x30",
            gender="unisex",
            season="winter",
        ),
        tags="scarf|cashmere|wool|winter|gift",
        den=(
            "A 180 cm scarf in a cashmere and wool blend with fringed ends. Arrives in "
            "a gift box."
        ),
        dzh="羊绒与羊毛混纺，长180厘米，两端流苏设计，附精美礼盒，送人很体面。",
    ),
    dict(
        key="beanie",
        kind="hat",
        brand="Basico",
        en="Basico Ribbed Knit Beanie",
        zh="Basico 罗纹针织毛线帽",
        price=59,
        colors="black|grey|red|beige",
        attrs=dict(
            material="acrylic-wool blend",
            fit="one size",
            gender="unisex",
            season="winter",
        ),
        tags="beanie|hat|knit|winter|unisex",
        den=(
            "A stretchy ribbed beanie with a fold-over cuff that covers the ears. One "
            "size fits most heads."
        ),
        dzh="弹力罗纹针织帽，可翻边护耳，均码，大部分头围都能戴。",
    ),
]
