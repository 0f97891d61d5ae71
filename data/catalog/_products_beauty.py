"""Catalog table: beauty (SKU prefix BE). Read by generate_products.py.

House brands: Petalia (skincare), Dewly (sun care, masks), Rouge Atelier
(make-up), Silkhair (hair care), Aeris (beauty devices), Maison Lune (fragrance).
Colors on make-up are shade families.
"""

PRODUCTS = [
    dict(
        key="cleanser",
        kind="cleanser",
        brand="Petalia",
        en="Petalia Amino Acid Gentle Foaming Cleanser 120 ml",
        zh="Petalia 氨基酸温和洁面乳 120毫升",
        price=79,
        colors="",
        attrs=dict(
            volume_ml=120,
            skin_type="all, sensitive",
            key_ingredient="amino acid surfactants",
            fragrance_free=True,
        ),
        tags="cleanser|amino-acid|gentle|sensitive-skin|face-wash",
        den=(
            "A low-pH amino acid cleanser that removes sunscreen and city grime "
            "without leaving skin tight. Fragrance-free and suitable for sensitive "
            "skin."
        ),
        dzh="弱酸性氨基酸洁面，能洗掉防晒和日常污垢，洗后不紧绷。无香精，敏感肌可用。",
    ),
    dict(
        key="toner",
        kind="toner",
        brand="Petalia",
        en="Petalia Hyaluronic Hydrating Toner 200 ml",
        zh="Petalia 玻尿酸补水爽肤水 200毫升",
        price=119,
        colors="",
        attrs=dict(
            volume_ml=200,
            skin_type="dry, normal",
            key_ingredient="5 types of hyaluronic acid",
            alcohol_free=True,
        ),
        tags="toner|hyaluronic-acid|hydrating|alcohol-free|skincare",
        den=(
            "A watery toner with five molecular weights of hyaluronic acid that "
            "hydrates on several layers. Pat in with hands or use as a 7-skin layering "
            "toner."
        ),
        dzh="含五重分子量玻尿酸，层层补水。可直接用手拍开，也适合做“七层水”叠涂。",
    ),
    dict(
        key="vitcserum",
        kind="serum",
        brand="Petalia",
        en="Petalia 15% Vitamin C Brightening Serum 30 ml",
        zh="Petalia 15%维C亮肤精华 30毫升",
        price=199,
        colors="",
        attrs=dict(
            volume_ml=30,
            skin_type="all except very sensitive",
            key_ingredient="15% L-ascorbic acid, vitamin E, ferulic acid",
        ),
        tags="serum|vitamin-c|brightening|antioxidant|dark-spots",
        den=(
            "Pure vitamin C with vitamin E and ferulic acid to fade dark spots and "
            "even skin tone. Use in the morning under sunscreen; keep in a cool place."
        ),
        dzh=(
            "15%纯维C搭配维E和阿魏酸，淡化痘印、提亮肤色。建议早上使用并叠加防晒，开封"
            "后请阴凉避光保存。"
        ),
    ),
    dict(
        key="ceramidecream",
        kind="moisturiser",
        brand="Petalia",
        en="Petalia Ceramide Barrier Repair Cream 50 g",
        zh="Petalia 神经酰胺修护面霜 50克",
        price=229,
        colors="",
        attrs=dict(
            weight_g=50,
            skin_type="dry, sensitive",
            key_ingredient="ceramides, cholesterol, fatty acids",
        ),
        tags="moisturiser|ceramide|barrier-repair|sensitive-skin|face-cream",
        den=(
            "A rich but non-greasy cream with ceramides that helps calm redness and "
            "rebuild a damaged skin barrier, especially in dry northern winters."
        ),
        dzh=(
            "神经酰胺复合配方，质地滋润不油腻，舒缓泛红、修护受损屏障，北方干燥的冬天尤"
            "其好用。"
        ),
    ),
    dict(
        key="retinolserum",
        kind="serum",
        brand="Petalia",
        en="Petalia 0.3% Retinol Night Serum 30 ml",
        zh="Petalia 0.3%视黄醇晚间精华 30毫升",
        price=249,
        colors="",
        attrs=dict(
            volume_ml=30,
            skin_type="normal, combination",
            key_ingredient="0.3% encapsulated retinol, squalane",
        ),
        tags="serum|retinol|anti-aging|night|fine-lines",
        den=(
            "Encapsulated retinol for beginners that smooths fine lines over time. "
            "Start two nights a week and always wear sunscreen the next day."
        ),
        dzh=(
            "包裹型视黄醇，适合A醇入门，坚持使用可淡化细纹。建议每周先用两晚，白天务必"
            "做好防晒。"
        ),
    ),
    dict(
        key="eyecream",
        kind="eye_care",
        brand="Petalia",
        en="Petalia Peptide Eye Cream 15 g",
        zh="Petalia 多肽眼霜 15克",
        price=189,
        colors="",
        attrs=dict(weight_g=15, skin_type="all", key_ingredient="peptides, caffeine"),
        tags="eye-cream|peptide|caffeine|dark-circles|puffiness",
        den=(
            "Peptides and caffeine for puffiness and dark circles, with a metal tip "
            "that feels cool on tired eyes in the morning."
        ),
        dzh=(
            "多肽加咖啡因，针对眼周浮肿和黑眼圈；金属按摩头冰冰凉凉，熬夜后的早上用很舒"
            "服。"
        ),
    ),
    dict(
        key="micellar",
        kind="cleanser",
        brand="Petalia",
        en="Petalia Micellar Cleansing Water 400 ml",
        zh="Petalia 卸妆水 400毫升",
        price=89,
        colors="",
        attrs=dict(
            volume_ml=400,
            skin_type="all",
            key_ingredient="micelles, glycerin",
            fragrance_free=True,
        ),
        tags="micellar-water|makeup-remover|gentle|no-rinse|cleansing",
        den=(
            "Lifts light make-up and sunscreen on a cotton pad with no rubbing; gentle "
            "enough for the eye area."
        ),
        dzh="用化妆棉轻敷即可卸除淡妆和防晒，无需用力擦拭，眼周也能用。",
    ),
    dict(
        key="sunscreen",
        kind="sunscreen",
        brand="Dewly",
        en="Dewly Daily UV Fluid Sunscreen SPF50+ PA++++ 50 ml",
        zh="Dewly 清爽防晒乳 SPF50+ PA++++ 50毫升",
        price=129,
        colors="",
        attrs=dict(
            volume_ml=50,
            spf="50+",
            pa="++++",
            skin_type="oily, combination",
            water_resistant=True,
        ),
        tags="sunscreen|spf50|uv-protection|lightweight|water-resistant",
        den=(
            "A runny, fast-absorbing fluid with high UVA/UVB protection that sits well "
            "under make-up without a white cast."
        ),
        dzh="水感质地，抹开秒吸收，高倍防护UVA和UVB，不泛白，可直接上妆。",
    ),
    dict(
        key="sunspray",
        kind="sunscreen",
        brand="Dewly",
        en="Dewly Sport Sunscreen Spray SPF50 150 ml",
        zh="Dewly 运动防晒喷雾 SPF50 150毫升",
        price=99,
        colors="",
        attrs=dict(
            volume_ml=150, spf="50", pa="+++", water_resistant=True, body_use=True
        ),
        tags="sunscreen|spray|sport|body|sweat-resistant",
        den=(
            "A sweat- and water-resistant spray for body and hair, easy to reapply "
            "during hikes, beach days or marathons."
        ),
        dzh="防汗防水喷雾，身体和头发都能喷，爬山、海边、跑马拉松时补涂很方便。",
    ),
    dict(
        key="sheetmasks",
        kind="mask",
        brand="Dewly",
        en="Dewly Hydrating Sheet Masks (10-Pack)",
        zh="Dewly 玻尿酸补水面膜 10片装",
        price=99,
        colors="",
        attrs=dict(
            pieces=10,
            skin_type="all",
            key_ingredient="hyaluronic acid, panthenol",
            material="tencel sheet",
        ),
        tags="sheet-mask|hydrating|hyaluronic-acid|pack|after-sun",
        den=(
            "Ten soft tencel masks soaked in hyaluronic acid and panthenol. Fifteen "
            "minutes after a flight or a day in the sun brings back a plump look."
        ),
        dzh=(
            "天丝膜布服帖，精华含玻尿酸和泛醇。坐完长途飞机或晒太阳后敷15分钟，皮肤水润"
            "饱满。"
        ),
    ),
    dict(
        key="claymask",
        kind="mask",
        brand="Dewly",
        en="Dewly Kaolin Clay Purifying Mask 100 g",
        zh="Dewly 高岭土清洁泥膜 100克",
        price=89,
        colors="",
        attrs=dict(
            weight_g=100,
            skin_type="oily, combination",
            key_ingredient="kaolin, salicylic acid",
        ),
        tags="clay-mask|pores|oil-control|kaolin|t-zone",
        den=(
            "A kaolin mask with a touch of salicylic acid that unclogs pores on the "
            "T-zone; use once or twice a week for ten minutes."
        ),
        dzh=(
            "高岭土加少量水杨酸，疏通T区毛孔、吸附多余油脂。每周一到两次，每次敷10分钟"
            "。"
        ),
    ),
    dict(
        key="lipbalm",
        kind="lip_care",
        brand="Dewly",
        en="Dewly SPF15 Lip Balm (3-Pack)",
        zh="Dewly SPF15 防晒润唇膏 3支装",
        price=39,
        colors="",
        attrs=dict(
            weight_g=12, spf="15", key_ingredient="shea butter, vitamin E", pieces=3
        ),
        tags="lip-balm|spf|shea-butter|3-pack|winter",
        den=(
            "Three shea butter lip balms with SPF15: one for the bag, the desk and the "
            "bedside."
        ),
        dzh="乳木果油润唇膏3支装，SPF15防晒。包里、办公桌、床头各放一支。",
    ),
    dict(
        key="lipstick",
        kind="lipstick",
        brand="Rouge Atelier",
        en="Rouge Atelier Velvet Matte Lipstick",
        zh="Rouge Atelier 丝绒哑光口红",
        price=149,
        colors="red|pink|orange|brown",
        attrs=dict(weight_g=3.5, finish="velvet matte", key_ingredient="jojoba oil"),
        tags="lipstick|matte|long-lasting|make-up|gift",
        den=(
            "A velvety matte lipstick with jojoba oil, so it feels comfortable rather "
            "than drying. Classic red, rosy pink, coral orange and brick brown shades."
        ),
        dzh=(
            "丝绒雾面质地，添加荷荷巴油，不拔干。有正红、玫瑰粉、珊瑚橘、砖红棕四个色系"
            "。"
        ),
    ),
    dict(
        key="lipgloss",
        kind="lipstick",
        brand="Rouge Atelier",
        en="Rouge Atelier Glass Shine Lip Gloss",
        zh="Rouge Atelier 镜面水光唇釉",
        price=99,
        colors="pink|red|purple",
        attrs=dict(volume_ml=5, finish="high shine", sticky=False),
        tags="lip-gloss|shine|non-sticky|make-up|juicy",
        den=(
            "A non-sticky, mirror-shine gloss that can be worn alone or over matte "
            "lipstick for a juicy finish."
        ),
        dzh="镜面水光唇釉，不粘腻，单涂或叠在哑光口红上都有水润感。",
    ),
    dict(
        key="foundation",
        kind="foundation",
        brand="Rouge Atelier",
        en="Rouge Atelier 24H Longwear Liquid Foundation 30 ml",
        zh="Rouge Atelier 24小时持妆粉底液 30毫升",
        price=229,
        colors="",
        attrs=dict(
            volume_ml=30,
            coverage="medium to full",
            finish="satin matte",
            spf="20",
            shades="01 ivory, 02 natural, 03 warm beige, 04 sand",
        ),
        tags="foundation|longwear|oil-control|make-up|full-coverage",
        den=(
            "A buildable foundation that stays put through humid summer commutes "
            "without going patchy. Four shades from ivory to sand."
        ),
        dzh="遮瑕力可叠加，湿热的夏天通勤也不斑驳脱妆。有象牙白到小麦色四个色号。",
    ),
    dict(
        key="mascara",
        kind="mascara",
        brand="Rouge Atelier",
        en="Rouge Atelier Volume Curl Mascara",
        zh="Rouge Atelier 浓密卷翘睫毛膏",
        price=119,
        colors="black|brown",
        attrs=dict(volume_ml=8, waterproof=True, removal="warm water tubing"),
        tags="mascara|volume|curl|smudge-proof|make-up",
        den=(
            "A tubing mascara that holds a curl all day and does not smudge under the "
            "eyes, yet slides off with warm water."
        ),
        dzh="管状膜睫毛膏，卷翘一整天，不晕染熊猫眼，温水即可卸除。",
    ),
    dict(
        key="eyeshadow",
        kind="eyeshadow",
        brand="Rouge Atelier",
        en="Rouge Atelier 12-Shade Eyeshadow Palette",
        zh="Rouge Atelier 12色眼影盘",
        price=259,
        colors="brown|pink",
        attrs=dict(shades=12, finish="matte and shimmer", mirror=True),
        tags="eyeshadow|palette|make-up|matte|shimmer",
        den=(
            "Twelve blendable mattes and shimmers in either a warm brown or a rose "
            "pink palette, enough for office looks and nights out."
        ),
        dzh=(
            "12色哑光加珠光，显色好晕染，有大地棕和玫瑰粉两款色系，日常通勤和约会妆都够"
            "用。"
        ),
    ),
    dict(
        key="nailpolish",
        kind="nail",
        brand="Rouge Atelier",
        en="Rouge Atelier Gel-Effect Nail Polish 10 ml",
        zh="Rouge Atelier 凝胶质感指甲油 10毫升",
        price=49,
        colors="red|pink|purple|beige|black|blue",
        attrs=dict(
            volume_ml=10,
            finish="gel-effect gloss",
            uv_lamp_needed=False,
            drying_minutes=5,
        ),
        tags="nail-polish|gel-effect|quick-dry|manicure|no-lamp",
        den=(
            "A gel-look gloss without a UV lamp: two coats dry in about five minutes "
            "and last around a week."
        ),
        dzh="不用照灯也有光疗般的光泽，涂两层约5分钟干透，可保持一周左右。",
    ),
    dict(
        key="brushset",
        kind="tools",
        brand="Rouge Atelier",
        en="Rouge Atelier Makeup Brush Set (12 Pieces)",
        zh="Rouge Atelier 化妆刷套装 12支",
        price=169,
        colors="pink|black",
        attrs=dict(pieces=12, bristles="synthetic, cruelty-free", case_included=True),
        tags="makeup-brushes|brush-set|vegan|tools|travel-case",
        den=(
            "Twelve soft synthetic brushes for foundation, powder, blush and eyes, in "
            "a roll-up travel case."
        ),
        dzh=(
            "12支人造纤维化妆刷，涵盖粉底、散粉、腮红和眼妆，附收纳卷包，出门旅行带着方"
            "便。"
        ),
    ),
    dict(
        key="cushion",
        kind="foundation",
        brand="Rouge Atelier",
        en="Rouge Atelier Dewy Cushion Compact SPF50",
        zh="Rouge Atelier 水光气垫 SPF50",
        price=199,
        colors="",
        attrs=dict(
            weight_g=15,
            coverage="light to medium",
            finish="dewy",
            spf="50+",
            refill_included=True,
            shades="01 ivory, 02 natural, 03 warm beige",
        ),
        tags="cushion|dewy|spf50|make-up|refill",
        den=(
            "A dewy cushion with SPF50+ for quick touch-ups on the go; comes with one "
            "refill."
        ),
        dzh="水光肌气垫，SPF50+防晒，随身补妆方便，附赠一个替换芯。",
    ),
    dict(
        key="shampoo",
        kind="hair_care",
        brand="Silkhair",
        en="Silkhair Argan Oil Repair Shampoo 500 ml",
        zh="Silkhair 摩洛哥坚果油修护洗发水 500毫升",
        price=89,
        colors="",
        attrs=dict(
            volume_ml=500,
            hair_type="dry, coloured",
            key_ingredient="argan oil, keratin",
            silicone_free=True,
        ),
        tags="shampoo|argan-oil|repair|silicone-free|dry-hair",
        den=(
            "A silicone-free shampoo with argan oil and keratin for dry, dyed or "
            "bleached hair."
        ),
        dzh="无硅油配方，含摩洛哥坚果油和角蛋白，适合干枯、染烫受损的头发。",
    ),
    dict(
        key="conditioner",
        kind="hair_care",
        brand="Silkhair",
        en="Silkhair Argan Oil Repair Conditioner 500 ml",
        zh="Silkhair 摩洛哥坚果油修护护发素 500毫升",
        price=89,
        colors="",
        attrs=dict(
            volume_ml=500,
            hair_type="dry, coloured",
            key_ingredient="argan oil, keratin",
        ),
        tags="conditioner|argan-oil|detangling|repair|dry-hair",
        den=(
            "The matching conditioner that detangles and softens from mid-lengths to "
            "ends; rinse after two minutes."
        ),
        dzh="配套护发素，抹在发中到发尾，停留两分钟后冲净，头发顺滑好梳。",
    ),
    dict(
        key="hairoil",
        kind="hair_care",
        brand="Silkhair",
        en="Silkhair Camellia Hair Oil 100 ml",
        zh="Silkhair 山茶花护发精油 100毫升",
        price=119,
        colors="",
        attrs=dict(
            volume_ml=100, hair_type="frizzy, dry", key_ingredient="camellia seed oil"
        ),
        tags="hair-oil|camellia|anti-frizz|heat-protection|shine",
        den=(
            "A lightweight camellia oil that tames frizz and protects against "
            "blow-dryer heat. Two pumps on damp ends is enough."
        ),
        dzh="轻盈山茶花油，抚平毛躁，吹发前使用可隔热。湿发发尾按压两泵即可。",
    ),
    dict(
        key="scalpshampoo",
        kind="hair_care",
        brand="Silkhair",
        en="Silkhair Anti-Dandruff Scalp Care Shampoo 400 ml",
        zh="Silkhair 去屑控油洗发水 400毫升",
        price=79,
        colors="",
        attrs=dict(
            volume_ml=400,
            hair_type="oily scalp, dandruff",
            key_ingredient="piroctone olamine, menthol",
        ),
        tags="shampoo|anti-dandruff|oil-control|scalp|menthol",
        den=(
            "Controls flakes and oily roots with piroctone olamine, and a hint of "
            "menthol leaves the scalp feeling fresh."
        ),
        dzh="吡罗克酮乙醇胺盐去屑控油，添加薄荷成分，洗后头皮清凉舒爽。",
    ),
    dict(
        key="hairdryerhd1600",
        kind="hair_tool",
        brand="Aeris",
        en="Aeris HD-1600 High-Speed Ionic Hair Dryer",
        zh="Aeris HD-1600 高速负离子吹风机",
        price=599,
        colors="pink|grey|white|purple",
        attrs=dict(
            wattage=1600, motor_rpm=110000, ionic=True, weight_g=340, warranty_months=24
        ),
        tags="hair-dryer|high-speed|ionic|lightweight|hd-1600",
        den=(
            "A 110,000 rpm motor dries shoulder-length hair in about five minutes "
            "while billions of negative ions reduce static. Weighs only 340 g."
        ),
        dzh=(
            "11万转高速马达，齐肩发约5分钟吹干，负离子减少毛躁静电。机身仅340克，长时间"
            "拿着也不累。"
        ),
    ),
    dict(
        key="straightenerhs200",
        kind="hair_tool",
        brand="Aeris",
        en="Aeris HS-200 Ceramic Hair Straightener",
        zh="Aeris HS-200 陶瓷直发夹板",
        price=269,
        colors="black|pink",
        attrs=dict(
            wattage=45,
            max_temp_c=230,
            plates="ceramic tourmaline",
            auto_off_minutes=60,
            warranty_months=24,
        ),
        tags="straightener|flat-iron|ceramic|curling|hs-200",
        den=(
            "Ceramic-tourmaline plates with five heat settings up to 230C straighten "
            "or curl; switches off on its own after an hour."
        ),
        dzh="陶瓷电气石夹板，五档温度最高230度，拉直卷发两用；60分钟无操作自动断电。",
    ),
    dict(
        key="toothbrusht500",
        kind="oral_care",
        brand="Xiaomi",
        en="Xiaomi Mijia Sonic Electric Toothbrush T500",
        zh="米家声波电动牙刷 T500",
        price=199,
        colors="white|pink|blue",
        attrs=dict(
            battery_days=25,
            modes=3,
            water_resistance="IPX7",
            connectivity="Bluetooth (Mi Home app)",
            warranty_months=12,
        ),
        tags="electric-toothbrush|sonic|xiaomi|mijia|oral-care",
        den=(
            "A sonic toothbrush with a 25-day battery and an app that shows brushing "
            "coverage, so children and adults learn to brush for the full two minutes."
        ),
        dzh=(
            "声波电动牙刷，充一次电可用25天；米家App显示刷牙覆盖情况，帮助大人小孩养成"
            "刷满两分钟的习惯。"
        ),
    ),
    dict(
        key="shavers3",
        kind="shaver",
        brand="Aeris",
        en="Aeris S-3 Rotary Electric Shaver",
        zh="Aeris S-3 三刀头电动剃须刀",
        price=399,
        colors="black|blue",
        attrs=dict(
            heads=3,
            wet_dry=True,
            battery_minutes=60,
            charging="USB-C",
            warranty_months=24,
        ),
        tags="shaver|electric|wet-dry|usb-c|men",
        den=(
            "A three-head rotary shaver that works dry or with foam in the shower, and "
            "charges over USB-C for trips."
        ),
        dzh=(
            "三刀头旋转式剃须刀，干剃湿剃都行，洗澡时配合剃须泡也能用；USB-C充电，出差"
            "方便。"
        ),
    ),
    dict(
        key="handcream",
        kind="body_care",
        brand="Petalia",
        en="Petalia Shea Butter Hand Cream Trio 3 x 30 ml",
        zh="Petalia 乳木果护手霜三支礼盒 30毫升x3",
        price=69,
        colors="",
        attrs=dict(
            volume_ml=90,
            pieces=3,
            key_ingredient="shea butter, glycerin",
            scents="rose, white tea, grapefruit",
        ),
        tags="hand-cream|shea-butter|gift-set|moisturising|winter",
        den=(
            "Three pocket-size hand creams in rose, white tea and grapefruit that "
            "absorb quickly without leaving fingers greasy on the phone screen."
        ),
        dzh=(
            "玫瑰、白茶、西柚三种香味，小巧便携；吸收快，涂完马上玩手机也不会留下油印。"
        ),
    ),
    dict(
        key="bodylotion",
        kind="body_care",
        brand="Petalia",
        en="Petalia Niacinamide Brightening Body Lotion 400 ml",
        zh="Petalia 烟酰胺亮白身体乳 400毫升",
        price=99,
        colors="",
        attrs=dict(
            volume_ml=400, skin_type="all", key_ingredient="5% niacinamide, shea butter"
        ),
        tags="body-lotion|niacinamide|brightening|moisturising|body",
        den=(
            "A light body lotion with 5% niacinamide that smooths rough elbows and "
            "evens out skin tone over a few weeks."
        ),
        dzh="清爽身体乳，添加5%烟酰胺，坚持几周可改善手肘粗糙、提亮暗沉肤色。",
    ),
    dict(
        key="perfumefleur",
        kind="fragrance",
        brand="Maison Lune",
        en="Maison Lune Fleur de Nuit Eau de Parfum 50 ml",
        zh="Maison Lune 夜之花 浓香水 50毫升",
        price=499,
        colors="",
        attrs=dict(
            volume_ml=50,
            concentration="eau de parfum",
            notes="jasmine, tuberose, amber",
        ),
        tags="perfume|floral|eau-de-parfum|evening|gift",
        den=(
            "A warm floral of jasmine and tuberose settling on amber, made for "
            "evenings. Lasts six to eight hours on skin."
        ),
        dzh="茉莉与晚香玉的温暖花香，尾调琥珀，适合夜晚约会。留香约6到8小时。",
    ),
    dict(
        key="perfumecitrus",
        kind="fragrance",
        brand="Maison Lune",
        en="Maison Lune Citrus Garden Eau de Toilette 100 ml",
        zh="Maison Lune 柑橘花园 淡香水 100毫升",
        price=399,
        colors="",
        attrs=dict(
            volume_ml=100,
            concentration="eau de toilette",
            notes="bergamot, neroli, vetiver",
        ),
        tags="perfume|citrus|fresh|eau-de-toilette|unisex",
        den=(
            "A fresh unisex scent of bergamot and neroli over vetiver, light enough "
            "for the office and hot days."
        ),
        dzh="佛手柑与橙花的清新柑橘调，尾调岩兰草，男女都适用，上班和夏天用都不腻。",
    ),
    dict(
        key="cottonpads",
        kind="tools",
        brand="Petalia",
        en="Petalia Organic Cotton Pads 3 x 80 Pieces",
        zh="Petalia 有机棉化妆棉 80片x3包",
        price=29,
        colors="",
        attrs=dict(pieces=240, material="100% organic cotton", lint_free=True),
        tags="cotton-pads|organic|makeup-remover|lint-free|toner",
        den=(
            "Thick, lint-free organic cotton pads that hold toner without soaking up "
            "too much of it."
        ),
        dzh="有机棉化妆棉，厚实不掉屑，湿敷爽肤水时不会太费水。",
    ),
]
