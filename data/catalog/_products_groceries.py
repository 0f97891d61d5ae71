"""Catalog table: groceries (SKU prefix GR). Read by generate_products.py.

House brands: FreshFarm (fruit, eggs, dried fruit), GoldenField (rice, grains,
oil), Wok Master (sauces, noodles), Jade Leaf (tea), Bean & Brew (coffee),
Morning Moo (dairy), NutriNut (nuts), HiveGold (honey), Cocoa Lane (chocolate).
Note the fruit: "Fuji Apples" are apples to eat, not the phone brand.
"""

PRODUCTS = [
    dict(
        key="fujiapples2kg",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Yantai Fuji Apples 2 kg",
        zh="FreshFarm 烟台红富士苹果 2公斤",
        price=39.9,
        colors="",
        attrs=dict(
            origin="Yantai, Shandong, China",
            weight_kg=2,
            organic=False,
            count="about 8-10 apples",
            storage="refrigerate",
        ),
        tags="apples|fruit|fuji|fresh|shandong",
        den=(
            "Crisp, juicy Fuji apples from orchards in Yantai, Shandong, about 8-10 "
            "per 2 kg bag. Keep them in the fridge crisper for up to three weeks."
        ),
        dzh=(
            "山东烟台果园直发的红富士苹果，脆甜多汁，2公斤约8到10个。放冰箱冷藏室可保存"
            "三周左右。"
        ),
    ),
    dict(
        key="fujiapplesgift",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Fuji Apples Gift Box 5 kg",
        zh="FreshFarm 红富士苹果礼盒 5公斤",
        price=89,
        colors="",
        attrs=dict(
            origin="Yantai, Shandong, China",
            weight_kg=5,
            organic=False,
            count="about 16 large apples",
            storage="cool, dry place",
        ),
        tags="apples|fruit|gift-box|fuji|festival",
        den=(
            "Sixteen or so large, hand-picked Fuji apples, each in a foam net inside a "
            "sturdy gift box. A traditional present for Mid-Autumn and Spring Festival "
            "visits."
        ),
        dzh=(
            "精选约16个大果红富士，单果网套保护，礼盒包装结实体面。中秋、春节走亲访友的"
            "传统好礼。"
        ),
    ),
    dict(
        key="greenapples",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Green Apples 1.5 kg",
        zh="FreshFarm 青苹果 1.5公斤",
        price=29.9,
        colors="",
        attrs=dict(
            origin="Shaanxi, China",
            weight_kg=1.5,
            organic=False,
            variety="Granny Smith",
            storage="refrigerate",
        ),
        tags="apples|green-apples|fruit|tart|baking",
        den=(
            "Tart, firm Granny Smith green apples, great for eating fresh, salads and "
            "apple pie because they hold their shape when baked."
        ),
        dzh="酸爽脆口的青苹果，直接吃、做沙拉都好；烘焙后果肉不塌，做苹果派最合适。",
    ),
    dict(
        key="aksuapples",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Aksu Rock-Sugar-Heart Apples 2.5 kg",
        zh="FreshFarm 新疆阿克苏冰糖心苹果 2.5公斤",
        price=49.9,
        colors="",
        attrs=dict(
            origin="Aksu, Xinjiang, China",
            weight_kg=2.5,
            organic=False,
            storage="refrigerate",
        ),
        tags="apples|fruit|xinjiang|aksu|sweet",
        den=(
            "Grown with big day-night temperature swings in Aksu, Xinjiang, these "
            "apples develop a translucent sugary core. Very sweet with little acidity."
        ),
        dzh="新疆阿克苏昼夜温差大，苹果果核周围形成透明的“冰糖心”，甜度高、酸味淡。",
    ),
    dict(
        key="galaapples",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Gala Apples 1 kg",
        zh="FreshFarm 嘎啦苹果 1公斤",
        price=19.9,
        colors="",
        attrs=dict(
            origin="Tianshui, Gansu, China",
            weight_kg=1,
            organic=False,
            storage="refrigerate",
        ),
        tags="apples|fruit|gala|kids|lunchbox",
        den=(
            "Small, sweet Gala apples with a thin red-striped skin, a handy size for "
            "children's lunchboxes."
        ),
        dzh="个头小巧的嘎啦苹果，皮薄带红色条纹，香甜可口，放进孩子饭盒大小刚好。",
    ),
    dict(
        key="organicapples",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Organic Red Apples 1.5 kg",
        zh="FreshFarm 有机红苹果 1.5公斤",
        price=45.9,
        colors="",
        attrs=dict(
            origin="Luochuan, Shaanxi, China",
            weight_kg=1.5,
            organic=True,
            certification="China Organic",
            storage="refrigerate",
        ),
        tags="apples|organic|fruit|shaanxi|certified",
        den=(
            "Certified organic apples from Luochuan, Shaanxi, grown without synthetic "
            "pesticides, so the skin is good to eat after a rinse."
        ),
        dzh="陕西洛川有机认证苹果，种植过程不使用化学合成农药，清水冲洗后可以带皮吃。",
    ),
    dict(
        key="bananas",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Bananas 1.5 kg",
        zh="FreshFarm 香蕉 1.5公斤",
        price=15.9,
        colors="",
        attrs=dict(
            origin="Xishuangbanna, Yunnan, China",
            weight_kg=1.5,
            organic=False,
            storage="room temperature",
        ),
        tags="bananas|fruit|yunnan|breakfast|everyday",
        den=(
            "Yunnan bananas shipped slightly green so they ripen at home over two or "
            "three days. Do not refrigerate."
        ),
        dzh="云南香蕉，发货时略带青色，在家放两三天自然变黄熟透。请勿放冰箱。",
    ),
    dict(
        key="navaloranges",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Gannan Navel Oranges 2.5 kg",
        zh="FreshFarm 赣南脐橙 2.5公斤",
        price=39.9,
        colors="",
        attrs=dict(
            origin="Ganzhou, Jiangxi, China",
            weight_kg=2.5,
            organic=False,
            season="November to February",
        ),
        tags="oranges|navel|fruit|jiangxi|vitamin-c",
        den=(
            "Seedless navel oranges from Ganzhou, Jiangxi, with easy-peel skin and "
            "plenty of juice. In season from November to February."
        ),
        dzh="江西赣州脐橙，无籽好剥，汁水充足。每年11月至次年2月为最佳赏味期。",
    ),
    dict(
        key="shinemuscat",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Shine Muscat Grapes 1 kg",
        zh="FreshFarm 阳光玫瑰葡萄 1公斤",
        price=39.9,
        colors="",
        attrs=dict(
            origin="Yunnan, China",
            weight_kg=1,
            organic=False,
            seedless=True,
            storage="refrigerate",
        ),
        tags="grapes|shine-muscat|seedless|fruit|premium",
        den=(
            "Large, seedless green grapes with a crisp bite and a light rose aroma. "
            "The thin skin can be eaten."
        ),
        dzh="大颗无籽青提，果肉脆爽，带淡淡的玫瑰香，皮薄可以连皮吃。",
    ),
    dict(
        key="strawberries",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Dandong Strawberries 500 g",
        zh="FreshFarm 丹东99草莓 500克",
        price=59.9,
        colors="",
        attrs=dict(
            origin="Dandong, Liaoning, China",
            weight_kg=0.5,
            organic=False,
            storage="refrigerate, eat within 2 days",
        ),
        tags="strawberries|fruit|dandong|winter|premium",
        den=(
            "Big, fragrant winter strawberries from Dandong packed in a single layer "
            "so none get crushed. Best eaten within two days."
        ),
        dzh="辽宁丹东冬季大草莓，香气浓郁，单层摆放不压伤。建议收货后两天内吃完。",
    ),
    dict(
        key="blueberries",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Blueberries 4 x 125 g",
        zh="FreshFarm 蓝莓 125克x4盒",
        price=59.9,
        colors="",
        attrs=dict(
            origin="Yunnan, China", weight_kg=0.5, organic=False, storage="refrigerate"
        ),
        tags="blueberries|fruit|berries|antioxidant|yogurt-topping",
        den=(
            "Four punnets of plump blueberries with the natural bloom still on. Rinse "
            "just before eating; great on yoghurt or oats."
        ),
        dzh="4盒大果蓝莓，表面果粉完整新鲜。吃之前再冲洗，搭配酸奶或燕麦都好吃。",
    ),
    dict(
        key="cherries",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Chilean Cherries JJ Grade 1 kg",
        zh="FreshFarm 智利车厘子 JJ级 1公斤",
        price=89,
        colors="",
        attrs=dict(
            origin="Chile",
            weight_kg=1,
            organic=False,
            grade="JJ (28-30 mm)",
            storage="refrigerate",
        ),
        tags="cherries|imported|chile|fruit|spring-festival",
        den=(
            "Dark, firm Chilean cherries of JJ grade (28-30 mm), air-freighted in "
            "cold-chain boxes for the Spring Festival season."
        ),
        dzh=(
            "智利进口车厘子，JJ级果径28-30毫米，果肉紧实颜色深红，全程冷链空运，春节前"
            "后最当季。"
        ),
    ),
    dict(
        key="kiwis",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Zhouzhi Golden Kiwifruit (12 Pieces)",
        zh="FreshFarm 周至黄心猕猴桃 12个装",
        price=49.9,
        colors="",
        attrs=dict(
            origin="Zhouzhi, Shaanxi, China",
            weight_kg=1.2,
            organic=False,
            storage="ripen at room temperature",
        ),
        tags="kiwi|kiwifruit|golden|fruit|vitamin-c",
        den=(
            "Golden-fleshed kiwis from Zhouzhi, Shaanxi. They arrive firm; leave them "
            "with an apple for a few days and eat once slightly soft."
        ),
        dzh=(
            "陕西周至黄心猕猴桃，到货时偏硬，和苹果放在一起催熟几天，按着微软就可以吃了"
            "。"
        ),
    ),
    dict(
        key="mangoes",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Tainong Mangoes 2.5 kg",
        zh="FreshFarm 攀枝花台农芒果 2.5公斤",
        price=29.9,
        colors="",
        attrs=dict(
            origin="Panzhihua, Sichuan, China",
            weight_kg=2.5,
            organic=False,
            storage="room temperature until ripe",
        ),
        tags="mango|fruit|tropical|sichuan|smoothie",
        den=(
            "Small, fibre-free Tainong mangoes with a very sweet flesh, perfect for "
            "eating with a spoon or blending into smoothies."
        ),
        dzh="台农小芒果，果肉细腻无纤维，香甜浓郁，用勺子挖着吃或打成奶昔都很棒。",
    ),
    dict(
        key="pears",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Dangshan Crisp Pears 2.5 kg",
        zh="FreshFarm 砀山酥梨 2.5公斤",
        price=24.9,
        colors="",
        attrs=dict(
            origin="Dangshan, Anhui, China",
            weight_kg=2.5,
            organic=False,
            storage="refrigerate",
        ),
        tags="pears|fruit|anhui|juicy|autumn",
        den=(
            "Juicy, crisp Dangshan pears with thin skins. Many families stew them with "
            "rock sugar when someone has a cough in autumn."
        ),
        dzh=(
            "安徽砀山酥梨，皮薄汁多、清甜酥脆。秋天嗓子干的时候，很多家庭会用它炖冰糖雪"
            "梨。"
        ),
    ),
    dict(
        key="lychee",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Feizixiao Lychees 1 kg",
        zh="FreshFarm 广东妃子笑荔枝 1公斤",
        price=35.9,
        colors="",
        attrs=dict(
            origin="Maoming, Guangdong, China",
            weight_kg=1,
            organic=False,
            season="May to July",
            storage="refrigerate with ice packs",
        ),
        tags="lychee|fruit|guangdong|summer|seasonal",
        den=(
            "Feizixiao lychees picked in Maoming and shipped with ice packs. Available "
            "only in early summer; eat within three days."
        ),
        dzh=(
            "广东茂名现摘妃子笑荔枝，加冰袋冷链发货。仅在初夏上市，收到后请三天内吃完。"
        ),
    ),
    dict(
        key="cherrytomatoes",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Cherry Tomatoes 500 g",
        zh="FreshFarm 圣女果 500克",
        price=12.9,
        colors="",
        attrs=dict(
            origin="Hainan, China",
            weight_kg=0.5,
            organic=False,
            storage="room temperature",
        ),
        tags="cherry-tomatoes|fruit|snack|salad|hainan",
        den=(
            "Sweet cherry tomatoes from Hainan that work as a snack or tossed into a "
            "salad."
        ),
        dzh="海南圣女果，酸甜适中，洗洗就能当零食，也能拌沙拉。",
    ),
    dict(
        key="watermelon",
        kind="fruit",
        brand="FreshFarm",
        en="FreshFarm Kylin Watermelon (about 4 kg)",
        zh="FreshFarm 麒麟西瓜 约4公斤",
        price=29.9,
        colors="",
        attrs=dict(
            origin="Daxing, Beijing, China",
            weight_kg=4,
            organic=False,
            storage="cool place",
        ),
        tags="watermelon|fruit|summer|beijing|family-size",
        den=(
            "A thin-rinded Kylin watermelon from Daxing with crunchy, very sweet red "
            "flesh; one melon serves a family of four."
        ),
        dzh="北京大兴麒麟西瓜，皮薄瓤红，沙甜爽口，一个够一家四口吃。",
    ),
    dict(
        key="wuchangrice",
        kind="staples",
        brand="GoldenField",
        en="GoldenField Wuchang Daohuaxiang Rice 5 kg",
        zh="GoldenField 五常稻花香大米 5公斤",
        price=79.9,
        colors="",
        attrs=dict(
            origin="Wuchang, Heilongjiang, China",
            weight_kg=5,
            organic=False,
            harvest="autumn new crop",
            shelf_life_days=365,
        ),
        tags="rice|wuchang|northeast|staple|new-crop",
        den=(
            "Fragrant long-grain rice from Wuchang, Heilongjiang, from this year's "
            "harvest. Cooks glossy and slightly sticky; vacuum-packed in 1 kg bags."
        ),
        dzh=(
            "黑龙江五常稻花香当季新米，米饭油亮软糯，稻香浓郁；1公斤小袋真空包装，不易"
            "受潮。"
        ),
    ),
    dict(
        key="oats",
        kind="staples",
        brand="GoldenField",
        en="GoldenField Instant Rolled Oats 1 kg",
        zh="GoldenField 即食纯燕麦片 1公斤",
        price=25.9,
        colors="",
        attrs=dict(
            origin="Zhangjiakou, Hebei, China",
            weight_kg=1,
            organic=False,
            added_sugar=False,
            shelf_life_days=365,
        ),
        tags="oats|breakfast|no-sugar|fibre|instant",
        den=(
            "100% whole rolled oats with no added sugar; pour on hot milk and they are "
            "ready in three minutes."
        ),
        dzh="100%全谷物燕麦片，无添加蔗糖，热牛奶一冲三分钟即可食用。",
    ),
    dict(
        key="oliveoil",
        kind="cooking_oil",
        brand="GoldenField",
        en="GoldenField Spanish Extra Virgin Olive Oil 1 L",
        zh="GoldenField 西班牙特级初榨橄榄油 1升",
        price=89,
        colors="",
        attrs=dict(
            origin="Andalusia, Spain",
            volume_ml=1000,
            organic=False,
            acidity="<= 0.5%",
            shelf_life_days=720,
        ),
        tags="olive-oil|extra-virgin|imported|spain|salad",
        den=(
            "Cold-pressed extra virgin olive oil from Andalusia with a peppery, fruity "
            "taste. Best for salads and drizzling; use a neutral oil for high-heat "
            "stir-frying."
        ),
        dzh=(
            "西班牙安达卢西亚冷榨特级初榨橄榄油，果香带一点辛辣感。最适合凉拌和淋在菜上"
            "，大火爆炒建议用其他食用油。"
        ),
    ),
    dict(
        key="peanutoil",
        kind="cooking_oil",
        brand="GoldenField",
        en="GoldenField Pressed Peanut Oil 5 L",
        zh="GoldenField 古法压榨花生油 5升",
        price=109.9,
        colors="",
        attrs=dict(
            origin="Shandong, China",
            volume_ml=5000,
            organic=False,
            process="first-press physical pressing",
            shelf_life_days=540,
        ),
        tags="peanut-oil|cooking-oil|stir-fry|shandong|family-size",
        den=(
            "Physically pressed peanut oil with a rich nutty aroma that stands up to "
            "high-heat wok cooking."
        ),
        dzh="物理压榨一级花生油，花生香味浓郁，高温爆炒也不冒黑烟。",
    ),
    dict(
        key="soysauce",
        kind="condiments",
        brand="Wok Master",
        en="Wok Master Premium Light Soy Sauce 500 ml",
        zh="Wok Master 特级生抽 500毫升",
        price=12.9,
        colors="",
        attrs=dict(
            origin="Guangdong, China",
            volume_ml=500,
            brewing="naturally brewed 180 days",
            shelf_life_days=720,
        ),
        tags="soy-sauce|condiment|naturally-brewed|cooking|dipping",
        den=(
            "Naturally brewed for 180 days from soybeans and wheat, this light soy "
            "adds savoury depth to stir-fries, cold dishes and dumpling dips."
        ),
        dzh="大豆小麦酿造180天，特级生抽鲜味足，炒菜、凉拌、蘸饺子都合适。",
    ),
    dict(
        key="vinegar",
        kind="condiments",
        brand="Wok Master",
        en="Wok Master Shanxi Mature Vinegar 500 ml",
        zh="Wok Master 山西老陈醋 500毫升",
        price=15.9,
        colors="",
        attrs=dict(
            origin="Taiyuan, Shanxi, China",
            volume_ml=500,
            aging="3 years",
            shelf_life_days=1080,
        ),
        tags="vinegar|shanxi|condiment|dumplings|aged",
        den=(
            "Dark, mellow vinegar aged for three years in Shanxi. The classic partner "
            "for dumplings and hot-and-sour dishes."
        ),
        dzh="山西陈酿三年老陈醋，醋香醇厚，吃饺子、做酸辣菜必备。",
    ),
    dict(
        key="hotpotbase",
        kind="condiments",
        brand="Wok Master",
        en="Wok Master Chongqing Beef Tallow Hot Pot Base (4 x 150 g)",
        zh="Wok Master 重庆牛油火锅底料 150克x4",
        price=39.9,
        colors="",
        attrs=dict(
            origin="Chongqing, China",
            weight_kg=0.6,
            spice_level="hot",
            shelf_life_days=365,
        ),
        tags="hot-pot|sichuan-pepper|spicy|chongqing|winter",
        den=(
            "Four blocks of beef-tallow hot pot base with chillies and Sichuan pepper. "
            "One block makes a pot for two to three people."
        ),
        dzh="重庆牛油火锅底料4块装，麻辣鲜香。一块可煮一锅，够2到3人吃。",
    ),
    dict(
        key="beefnoodles",
        kind="instant_food",
        brand="Wok Master",
        en="Wok Master Braised Beef Instant Noodles (5-Pack)",
        zh="Wok Master 红烧牛肉面 5连包",
        price=16.9,
        colors="",
        attrs=dict(
            origin="Henan, China", weight_kg=0.55, shelf_life_days=180, fried=True
        ),
        tags="instant-noodles|beef|snack|late-night|5-pack",
        den=(
            "Five packs of classic braised beef noodles with a sachet of real beef "
            "chunks each. Ready in three minutes."
        ),
        dzh="经典红烧牛肉面五连包，每包附真材实料的牛肉粒。开水泡三分钟即食。",
    ),
    dict(
        key="longjing",
        kind="tea",
        brand="Jade Leaf",
        en="Jade Leaf West Lake Longjing Green Tea 100 g",
        zh="Jade Leaf 明前西湖龙井 100克",
        price=168,
        colors="",
        attrs=dict(
            origin="West Lake, Hangzhou, Zhejiang, China",
            weight_kg=0.1,
            harvest="pre-Qingming",
            shelf_life_days=540,
        ),
        tags="tea|green-tea|longjing|hangzhou|gift",
        den=(
            "Pre-Qingming Longjing from the West Lake area with flat, jade-green "
            "leaves and a chestnut aroma. Brew at 80-85C in a glass to watch the "
            "leaves unfurl."
        ),
        dzh=(
            "西湖产区明前龙井，扁平光滑，色泽翠绿，带豆栗香。建议80-85度水用玻璃杯冲泡"
            "，看茶叶在杯中舒展。"
        ),
    ),
    dict(
        key="tieguanyin",
        kind="tea",
        brand="Jade Leaf",
        en="Jade Leaf Anxi Tieguanyin Oolong Tea 250 g",
        zh="Jade Leaf 安溪铁观音 浓香型 250克",
        price=128,
        colors="",
        attrs=dict(
            origin="Anxi, Fujian, China",
            weight_kg=0.25,
            roast="medium",
            shelf_life_days=720,
        ),
        tags="tea|oolong|tieguanyin|fujian|gongfu",
        den=(
            "A medium-roast Tieguanyin from Anxi, Fujian, individually packed in 7 g "
            "sachets for gongfu brewing. Each sachet steeps six or seven times."
        ),
        dzh="福建安溪浓香型铁观音，7克独立小泡袋，适合功夫茶冲泡，一泡可冲六七次。",
    ),
    dict(
        key="puer",
        kind="tea",
        brand="Jade Leaf",
        en="Jade Leaf Yunnan Ripe Pu'er Tea Cake 357 g",
        zh="Jade Leaf 云南普洱熟茶饼 357克",
        price=139,
        colors="",
        attrs=dict(
            origin="Menghai, Yunnan, China",
            weight_kg=0.357,
            aged_years=5,
            shelf_life_days=3650,
        ),
        tags="tea|puer|ripe|yunnan|aged",
        den=(
            "A classic 357 g ripe Pu'er cake from Menghai, aged five years; smooth, "
            "earthy and gentle on the stomach. Pry off a few grams with a tea knife."
        ),
        dzh=(
            "勐海熟普洱，经典357克饼，已陈化五年，汤色红浓，口感醇滑不伤胃。用茶刀撬取"
            "几克即可冲泡。"
        ),
    ),
    dict(
        key="coffeebeans",
        kind="coffee",
        brand="Bean & Brew",
        en="Bean & Brew Yunnan Arabica Coffee Beans 500 g",
        zh="Bean & Brew 云南阿拉比卡咖啡豆 500克",
        price=99,
        colors="",
        attrs=dict(
            origin="Baoshan, Yunnan, China",
            weight_kg=0.5,
            roast="medium",
            form="whole bean",
            shelf_life_days=270,
        ),
        tags="coffee|beans|arabica|yunnan|medium-roast",
        den=(
            "Medium-roast Arabica from Baoshan, Yunnan, with notes of brown sugar and "
            "nuts. Roasted to order and shipped within three days."
        ),
        dzh=(
            "云南保山阿拉比卡咖啡豆，中度烘焙，带红糖和坚果风味。下单后现烘，三天内发货"
            "。"
        ),
    ),
    dict(
        key="coldbrew",
        kind="coffee",
        brand="Bean & Brew",
        en="Bean & Brew Cold Brew Coffee Bags (10 x 25 g)",
        zh="Bean & Brew 冷萃咖啡袋 25克x10袋",
        price=49.9,
        colors="",
        attrs=dict(
            origin="Yunnan, China",
            weight_kg=0.25,
            roast="medium-dark",
            form="ground in filter bags",
            shelf_life_days=365,
        ),
        tags="coffee|cold-brew|summer|easy|filter-bag",
        den=(
            "Drop a bag into 300 ml of cold water, leave it in the fridge overnight "
            "and you have smooth, low-acid cold brew in the morning."
        ),
        dzh="一袋放入300毫升冷水，冰箱冷藏一夜，第二天早上就是顺滑低酸的冷萃咖啡。",
    ),
    dict(
        key="wholemilk",
        kind="dairy",
        brand="Morning Moo",
        en="Morning Moo Whole Milk 250 ml x 12",
        zh="Morning Moo 全脂纯牛奶 250毫升x12盒",
        price=59.9,
        colors="",
        attrs=dict(
            origin="Inner Mongolia, China",
            volume_ml=3000,
            protein_g_per_100ml=3.6,
            shelf_life_days=180,
            storage="room temperature",
        ),
        tags="milk|dairy|whole-milk|breakfast|inner-mongolia",
        den=(
            "UHT whole milk from pasture-raised cows in Inner Mongolia, with 3.6 g of "
            "protein per 100 ml. Cartons keep at room temperature for six months."
        ),
        dzh="内蒙古牧场全脂纯牛奶，每100毫升含3.6克蛋白质。常温保存，保质期6个月。",
    ),
    dict(
        key="greekyogurt",
        kind="dairy",
        brand="Morning Moo",
        en="Morning Moo Plain Greek Yoghurt 100 g x 8",
        zh="Morning Moo 原味希腊酸奶 100克x8杯",
        price=39.9,
        colors="",
        attrs=dict(
            origin="Shanghai, China",
            weight_kg=0.8,
            protein_g_per_100g=8,
            shelf_life_days=21,
            storage="refrigerate 2-6C",
        ),
        tags="yogurt|greek|high-protein|dairy|chilled",
        den=(
            "Thick, strained Greek yoghurt with 8 g of protein per cup and no added "
            "sugar. Shipped chilled; keep refrigerated."
        ),
        dzh="浓稠过滤型希腊酸奶，每杯含8克蛋白质，无添加蔗糖。冷链配送，请冷藏保存。",
    ),
    dict(
        key="eggs",
        kind="eggs",
        brand="FreshFarm",
        en="FreshFarm Free-Range Eggs (30 Pieces)",
        zh="FreshFarm 散养土鸡蛋 30枚",
        price=45.9,
        colors="",
        attrs=dict(
            origin="Hubei, China", count=30, organic=False, storage="refrigerate"
        ),
        tags="eggs|free-range|breakfast|fresh|protein",
        den=(
            "Thirty eggs from hens raised free-range in Hubei hill farms, packed in "
            "shock-proof trays. Deep orange yolks."
        ),
        dzh="湖北山区散养土鸡蛋30枚，防震蛋托包装，蛋黄颜色橙黄饱满。",
    ),
    dict(
        key="dailynuts",
        kind="nuts",
        brand="NutriNut",
        en="NutriNut Daily Mixed Nuts 25 g x 30 Packs",
        zh="NutriNut 每日坚果 25克x30袋",
        price=99,
        colors="",
        attrs=dict(
            origin="mixed (China, USA, Vietnam)",
            weight_kg=0.75,
            shelf_life_days=240,
            contains="cashews, almonds, walnuts, hazelnuts, cranberries",
        ),
        tags="nuts|snack|healthy|daily-pack|office",
        den=(
            "A month of single-serve packs mixing cashews, almonds, walnuts, hazelnuts "
            "and dried cranberries. Keeps you away from the biscuit tin at 4 pm."
        ),
        dzh=(
            "一个月的量，每袋混合腰果、巴旦木、核桃、榛子和蔓越莓干。下午四点嘴馋时来一"
            "袋。"
        ),
    ),
    dict(
        key="walnuts",
        kind="nuts",
        brand="NutriNut",
        en="NutriNut Xinjiang Thin-Shell Walnuts 1 kg",
        zh="NutriNut 新疆纸皮核桃 1公斤",
        price=49.9,
        colors="",
        attrs=dict(
            origin="Aksu, Xinjiang, China",
            weight_kg=1,
            shelf_life_days=300,
            roasted=False,
        ),
        tags="walnuts|nuts|xinjiang|thin-shell|snack",
        den=(
            "Thin-shelled walnuts you can crack by hand, with plump, light-coloured "
            "kernels."
        ),
        dzh="新疆纸皮核桃，用手一捏就开，果仁饱满，颜色浅亮。",
    ),
    dict(
        key="almonds",
        kind="nuts",
        brand="NutriNut",
        en="NutriNut Lightly Salted Roasted Almonds 500 g",
        zh="NutriNut 淡盐烘烤巴旦木 500克",
        price=45.9,
        colors="",
        attrs=dict(
            origin="California, USA", weight_kg=0.5, shelf_life_days=270, roasted=True
        ),
        tags="almonds|nuts|roasted|snack|imported",
        den=(
            "California almonds slow-roasted with a light touch of sea salt, in a "
            "resealable bag."
        ),
        dzh="美国加州巴旦木，慢火烘烤，只加少许海盐，自封袋包装方便保存。",
    ),
    dict(
        key="driedmango",
        kind="dried_fruit",
        brand="FreshFarm",
        en="FreshFarm Soft Dried Mango Slices 200 g",
        zh="FreshFarm 软芒果干 200克",
        price=19.9,
        colors="",
        attrs=dict(
            origin="Guangxi, China",
            weight_kg=0.2,
            added_sugar=True,
            shelf_life_days=270,
        ),
        tags="dried-mango|snack|dried-fruit|chewy|guangxi",
        den=(
            "Thick, chewy dried mango slices made from Guangxi mangoes, with no "
            "colouring."
        ),
        dzh="广西芒果制作的厚切芒果干，软糯有嚼劲，不添加色素。",
    ),
    dict(
        key="honey",
        kind="honey",
        brand="HiveGold",
        en="HiveGold Wildflower Honey 500 g",
        zh="HiveGold 百花蜂蜜 500克",
        price=49.9,
        colors="",
        attrs=dict(
            origin="Qinling Mountains, Shaanxi, China",
            weight_kg=0.5,
            raw=True,
            shelf_life_days=720,
        ),
        tags="honey|wildflower|raw|natural|tea",
        den=(
            "Raw wildflower honey from beekeepers in the Qinling Mountains; it may "
            "crystallise in winter, which is natural. Stir into warm (not boiling) "
            "water or tea."
        ),
        dzh=(
            "秦岭山区蜂农的百花原蜜，冬天可能结晶，属于正常现象。建议用温水冲调，不要用"
            "开水。"
        ),
    ),
    dict(
        key="darkchocolate",
        kind="sweets",
        brand="Cocoa Lane",
        en="Cocoa Lane 70% Dark Chocolate Bars 3 x 100 g",
        zh="Cocoa Lane 70%黑巧克力 100克x3块",
        price=39.9,
        colors="",
        attrs=dict(
            origin="made in Belgium",
            weight_kg=0.3,
            cocoa_percent=70,
            shelf_life_days=365,
        ),
        tags="chocolate|dark-chocolate|70-percent|snack|gift",
        den=(
            "Three Belgian-made 70% dark chocolate bars with a fruity, not too bitter "
            "taste. Keep below 25C so they do not bloom."
        ),
        dzh=(
            "比利时生产的70%黑巧克力三块装，带果香，苦度适中。请保存在25度以下，避免起"
            "白霜。"
        ),
    ),
    dict(
        key="sparklingwater",
        kind="drinks",
        brand="FreshFarm",
        en="FreshFarm Zero-Sugar Sparkling Water 330 ml x 24",
        zh="FreshFarm 0糖苏打气泡水 330毫升x24瓶",
        price=59.9,
        colors="",
        attrs=dict(
            origin="Guangdong, China",
            volume_ml=7920,
            sugar_g=0,
            flavour="white peach",
            shelf_life_days=270,
        ),
        tags="sparkling-water|zero-sugar|drinks|white-peach|summer",
        den=(
            "A case of 24 zero-sugar, zero-calorie sparkling waters with a light white "
            "peach flavour. Best served cold."
        ),
        dzh="24瓶整箱装白桃味气泡水，0糖0卡，冰镇后口感更好。",
    ),
]
