"""Catalog table: shoes (SKU prefix SH). Read by generate_products.py.

Sizes are EU sizes: 38-44 for men's / unisex, 35-40 for women's; slippers use
paired sizes (36-37 ...).
"""

UNISEX = "38|39|40|41|42|43|44"
WOMEN = "35|36|37|38|39|40"
SLIPPERS = "36-37|38-39|40-41|42-43"

PRODUCTS = [
    dict(
        key="af1",
        kind="sneakers",
        brand="Nike",
        en="Nike Air Force 1 '07 Sneakers",
        zh="耐克 Air Force 1 '07 空军一号 低帮板鞋",
        price=749,
        colors="white|black",
        sizes=UNISEX,
        attrs=dict(
            material="leather upper",
            sole="rubber cupsole with Air unit",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="nike|air-force-1|sneakers|leather|classic",
        den=(
            "The basketball classic from 1982 in crisp leather, with a hidden Air unit "
            "in the sole for everyday cushioning. Runs slightly large; many people "
            "take half a size down."
        ),
        dzh=(
            "1982年诞生的篮球鞋经典，皮革鞋面，鞋底内藏Air气垫，日常穿着脚感舒适。鞋码"
            "略偏大，很多人会选小半码。"
        ),
    ),
    dict(
        key="airmax90",
        kind="sneakers",
        brand="Nike",
        en="Nike Air Max 90 Sneakers",
        zh="耐克 Air Max 90 气垫运动鞋",
        price=999,
        colors="white|black|grey",
        sizes=UNISEX,
        attrs=dict(
            material="leather and mesh upper",
            sole="foam midsole with visible Max Air heel",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="nike|air-max|sneakers|cushioning|retro",
        den=(
            "Visible Max Air cushioning in the heel, a waffle outsole and a "
            "leather-and-mesh upper. A 90s runner that is now a street staple."
        ),
        dzh=(
            "后跟可视Max Air气垫，华夫格大底，皮革拼网面鞋面。源自90年代的跑鞋，如今是"
            "街头常青款。"
        ),
    ),
    dict(
        key="pegasus40",
        kind="running_shoes",
        brand="Nike",
        en="Nike Pegasus 40 Road Running Shoes",
        zh="耐克 Pegasus 40 飞马40 公路跑鞋",
        price=899,
        colors="black|white|blue",
        sizes=UNISEX,
        attrs=dict(
            material="engineered mesh upper",
            sole="React foam with Zoom Air units",
            waterproof=False,
            gender="unisex",
            use="running",
        ),
        tags="nike|pegasus|running|cushioning|daily-trainer",
        den=(
            "A dependable daily trainer with React foam and two Zoom Air units for a "
            "springy feel from 5 km runs to half marathons."
        ),
        dzh=(
            "React泡棉搭配前后掌Zoom Air气垫，回弹轻快，从5公里慢跑到半马都能胜任的全能"
            "训练鞋。"
        ),
    ),
    dict(
        key="dunklow",
        kind="sneakers",
        brand="Nike",
        en="Nike Dunk Low Retro Sneakers",
        zh="耐克 Dunk Low Retro 低帮复古板鞋",
        price=799,
        colors="white|black|green",
        sizes=UNISEX,
        attrs=dict(
            material="leather upper",
            sole="rubber cupsole",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="nike|dunk|skate|retro|leather",
        den=(
            "The 1985 college basketball shoe, now a skate and street favourite. "
            "Black-and-white Panda colourway plus green and white."
        ),
        dzh=(
            "1985年的大学篮球鞋，如今是滑板和街头潮流的宠儿。有经典黑白熊猫配色和白绿配"
            "色。"
        ),
    ),
    dict(
        key="revolution7",
        kind="running_shoes",
        brand="Nike",
        en="Nike Revolution 7 Running Shoes",
        zh="耐克 Revolution 7 轻便跑步鞋",
        price=399,
        colors="black|white|grey",
        sizes=UNISEX,
        attrs=dict(
            material="mesh upper",
            sole="soft foam midsole, rubber outsole",
            waterproof=False,
            gender="unisex",
            use="running",
        ),
        tags="nike|running|beginner|lightweight|budget",
        den=(
            "An affordable, soft and light shoe for easy runs, gym sessions and "
            "walking."
        ),
        dzh="价格实惠的入门跑鞋，中底柔软轻便，慢跑、健身房和日常走路都合适。",
    ),
    dict(
        key="invincible3",
        kind="running_shoes",
        brand="Nike",
        en="Nike Invincible 3 Max-Cushion Running Shoes",
        zh="耐克 Invincible 3 高缓震跑鞋",
        price=1399,
        colors="white|black|blue",
        sizes=UNISEX,
        attrs=dict(
            material="Flyknit upper",
            sole="ZoomX foam, wide base",
            waterproof=False,
            gender="unisex",
            use="running",
        ),
        tags="nike|zoomx|max-cushion|running|recovery",
        den=(
            "A thick ZoomX foam stack on a wide, stable base for long, easy miles and "
            "recovery runs when the legs are tired."
        ),
        dzh="超厚ZoomX泡棉中底，宽大底面稳定性好，适合长距离慢跑和腿部疲劳时的恢复跑。",
    ),
    dict(
        key="courtvision",
        kind="sneakers",
        brand="Nike",
        en="Nike Court Vision Low Sneakers",
        zh="耐克 Court Vision Low 小白鞋",
        price=499,
        colors="white|black",
        sizes=UNISEX,
        attrs=dict(
            material="synthetic leather upper",
            sole="rubber cupsole",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="nike|white-sneakers|court|casual|budget",
        den=(
            "A clean, basketball-inspired low-top that goes with jeans or chinos, at a "
            "gentler price than the Air Force 1."
        ),
        dzh="简洁的篮球风低帮小白鞋，配牛仔裤休闲裤都好看，价格比空军一号更友好。",
    ),
    dict(
        key="ultraboost",
        kind="running_shoes",
        brand="Adidas",
        en="Adidas Ultraboost Light Running Shoes",
        zh="阿迪达斯 Ultraboost Light 跑步鞋",
        price=1299,
        colors="black|white|grey|blue",
        sizes=UNISEX,
        attrs=dict(
            material="Primeknit upper",
            sole="Light BOOST midsole, Continental rubber outsole",
            waterproof=False,
            gender="unisex",
            use="running",
        ),
        tags="adidas|ultraboost|boost|running|cushioning",
        den=(
            "The lightest Ultraboost so far, with Light BOOST foam and a sock-like "
            "Primeknit upper. The Continental rubber outsole grips well on wet "
            "pavement."
        ),
        dzh=(
            "史上最轻的Ultraboost，Light BOOST中底脚感弹软，Primeknit袜套式鞋面。马牌橡"
            "胶大底，湿滑路面也抓地。"
        ),
    ),
    dict(
        key="stansmith",
        kind="sneakers",
        brand="Adidas",
        en="Adidas Originals Stan Smith Sneakers",
        zh="阿迪达斯三叶草 Stan Smith 小白鞋",
        price=699,
        colors="white|green|black",
        sizes=UNISEX,
        attrs=dict(
            material="synthetic leather upper (50% recycled)",
            sole="rubber cupsole",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="adidas|stan-smith|white-sneakers|tennis|classic",
        den=(
            "The minimalist tennis shoe with perforated 3-Stripes and a coloured heel "
            "tab. The white/green pair is the original."
        ),
        dzh="极简网球鞋，打孔三条纹加彩色后跟标。白绿配色是最经典的原版。",
    ),
    dict(
        key="samba",
        kind="sneakers",
        brand="Adidas",
        en="Adidas Originals Samba OG Shoes",
        zh="阿迪达斯三叶草 Samba OG 德训鞋",
        price=799,
        colors="white|black",
        sizes=UNISEX,
        attrs=dict(
            material="leather upper, suede T-toe",
            sole="gum rubber",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="adidas|samba|terrace|gum-sole|retro",
        den=(
            "Born as an indoor football shoe: soft leather, a suede T-toe overlay and "
            "the signature gum sole. Fits narrow; wide feet may want half a size up."
        ),
        dzh=(
            "源自室内足球鞋，软皮鞋面加麂皮T字头，标志性生胶底。鞋型偏窄，脚宽的建议大"
            "半码。"
        ),
    ),
    dict(
        key="superstar",
        kind="sneakers",
        brand="Adidas",
        en="Adidas Originals Superstar Shoes",
        zh="阿迪达斯三叶草 Superstar 贝壳头板鞋",
        price=699,
        colors="white|black",
        sizes=UNISEX,
        attrs=dict(
            material="leather upper, rubber shell toe",
            sole="rubber cupsole",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="adidas|superstar|shell-toe|classic|leather",
        den=(
            "The shell-toe icon from 1969, with a rubber toe cap and serrated "
            "3-Stripes on full-grain leather."
        ),
        dzh="1969年问世的贝壳头经典款，橡胶鞋头加锯齿三条纹，全粒面皮革鞋面。",
    ),
    dict(
        key="adiospro3",
        kind="running_shoes",
        brand="Adidas",
        en="Adidas Adizero Adios Pro 3 Racing Shoes",
        zh="阿迪达斯 Adizero Adios Pro 3 碳板竞速跑鞋",
        price=1499,
        colors="white|red|blue",
        sizes=UNISEX,
        attrs=dict(
            material="lightweight mesh upper",
            sole="Lightstrike Pro foam with carbon EnergyRods",
            waterproof=False,
            gender="unisex",
            use="racing",
        ),
        tags="adidas|racing|carbon|marathon|adizero",
        den=(
            "A marathon racing shoe with carbon-infused EnergyRods inside Lightstrike "
            "Pro foam for a propulsive toe-off. Best saved for races and tempo runs."
        ),
        dzh=(
            "马拉松竞速鞋，Lightstrike Pro中底内嵌碳纤维EnergyRods，推进感强。建议比赛"
            "和节奏跑时穿。"
        ),
    ),
    dict(
        key="terrexswift",
        kind="hiking_shoes",
        brand="Adidas",
        en="Adidas Terrex Swift R3 GORE-TEX Hiking Shoes",
        zh="阿迪达斯 Terrex Swift R3 GORE-TEX 防水徒步鞋",
        price=1199,
        colors="black|grey|green",
        sizes=UNISEX,
        attrs=dict(
            material="textile upper with GORE-TEX membrane",
            sole="Continental rubber, 4 mm lugs",
            waterproof=True,
            gender="men",
            use="hiking",
        ),
        tags="adidas|terrex|gore-tex|waterproof|hiking",
        den=(
            "A low hiking shoe with a GORE-TEX membrane that keeps feet dry in rain "
            "and puddles, plus a grippy Continental outsole on rock and mud."
        ),
        dzh=(
            "GORE-TEX防水透气膜，雨天踩水也能保持双脚干爽；马牌橡胶大底，岩石和泥地都抓"
            "得住。"
        ),
    ),
    dict(
        key="adilette",
        kind="slides",
        brand="Adidas",
        en="Adidas Adilette Aqua Slides",
        zh="阿迪达斯 Adilette Aqua 运动拖鞋",
        price=199,
        colors="black|blue|white",
        sizes=UNISEX,
        attrs=dict(
            material="synthetic one-piece",
            sole="EVA",
            waterproof=True,
            gender="unisex",
            use="pool",
        ),
        tags="adidas|slides|sandals|pool|quick-dry",
        den=(
            "Quick-drying one-piece slides for the pool, gym shower or beach, with a "
            "contoured footbed."
        ),
        dzh="一体成型速干拖鞋，泳池、健身房淋浴间和海边都能穿，鞋床贴合脚型。",
    ),
    dict(
        key="metcon9",
        kind="training_shoes",
        brand="Nike",
        en="Nike Metcon 9 Training Shoes",
        zh="耐克 Metcon 9 综合训练鞋",
        price=1099,
        colors="black|white|red",
        sizes=UNISEX,
        attrs=dict(
            material="mesh upper with rope-climb guard",
            sole="flat rubber outsole, Hyperlift heel plate",
            waterproof=False,
            gender="unisex",
            use="training",
        ),
        tags="nike|metcon|gym|weightlifting|crossfit",
        den=(
            "A flat, stable gym shoe for squats and deadlifts, with a rubber wrap on "
            "the side that survives rope climbs."
        ),
        dzh="鞋底平稳扎实，深蹲硬拉更稳；侧边橡胶包裹，爬绳训练也耐磨。",
    ),
    dict(
        key="copapure",
        kind="football_boots",
        brand="Adidas",
        en="Adidas Copa Pure.3 Firm Ground Football Boots",
        zh="阿迪达斯 Copa Pure.3 FG 天然草足球鞋",
        price=599,
        colors="white|black|red",
        sizes=UNISEX,
        attrs=dict(
            material="leather forefoot, synthetic upper",
            sole="firm-ground studs",
            waterproof=False,
            gender="unisex",
            use="football",
        ),
        tags="adidas|football-boots|copa|firm-ground|leather",
        den=(
            "A leather-forefoot boot for a soft touch on the ball, with firm-ground "
            "studs for natural grass pitches."
        ),
        dzh="前掌真皮鞋面，触球细腻；FG钉适合天然草场地。",
    ),
    dict(
        key="trailpeaktr500",
        kind="hiking_boots",
        brand="Trailpeak",
        en="Trailpeak TR-500 Waterproof Hiking Boots",
        zh="Trailpeak TR-500 防水高帮登山靴",
        price=599,
        colors="brown|black|grey",
        sizes=UNISEX,
        attrs=dict(
            material="nubuck leather with waterproof membrane",
            sole="Vibram-style lugged rubber",
            waterproof=True,
            gender="unisex",
            use="hiking",
        ),
        tags="hiking-boots|waterproof|mid-cut|trekking|tr-500",
        den=(
            "A mid-cut nubuck boot with a waterproof membrane and ankle support for "
            "multi-day treks. Deep 5 mm lugs bite into mud and loose gravel."
        ),
        dzh=(
            "磨砂皮中高帮登山靴，内置防水膜，包裹脚踝，适合多日徒步。5毫米深齿大底，泥"
            "地碎石都不打滑。"
        ),
    ),
    dict(
        key="trailpeaktr300",
        kind="trail_running_shoes",
        brand="Trailpeak",
        en="Trailpeak TR-300 Trail Running Shoes",
        zh="Trailpeak TR-300 越野跑鞋",
        price=459,
        colors="black|orange|blue",
        sizes=UNISEX,
        attrs=dict(
            material="ripstop mesh upper",
            sole="rock plate, 4 mm lugs",
            waterproof=False,
            gender="unisex",
            use="trail running",
        ),
        tags="trail-running|off-road|grip|rock-plate|tr-300",
        den=(
            "A light trail shoe with a rock plate against sharp stones and a "
            "quick-lace system that does not come undone on descents."
        ),
        dzh="轻量越野跑鞋，内置防石板，尖石路面也不硌脚；快拉鞋带下坡不易松开。",
    ),
    dict(
        key="trailpeakts20",
        kind="sandals",
        brand="Trailpeak",
        en="Trailpeak TS-20 Hiking Sandals",
        zh="Trailpeak TS-20 户外溯溪凉鞋",
        price=259,
        colors="black|brown|grey",
        sizes=UNISEX,
        attrs=dict(
            material="quick-dry webbing straps",
            sole="grippy rubber, closed toe guard",
            waterproof=True,
            gender="unisex",
            use="water hiking",
        ),
        tags="sandals|hiking|water|quick-dry|ts-20",
        den=(
            "Closed-toe sandals for river crossings and summer trails; the webbing "
            "dries fast and the rubber sole grips wet rock."
        ),
        dzh=(
            "包头设计保护脚趾，适合溯溪和夏季徒步；织带速干，橡胶大底在湿滑岩石上也抓地"
            "。"
        ),
    ),
    dict(
        key="knitwalkers",
        kind="walking_shoes",
        brand="Cloudstep",
        en="Cloudstep Everyday Knit Walking Shoes",
        zh="Cloudstep 飞织透气健步鞋",
        price=299,
        colors="black|grey|beige|pink",
        sizes=UNISEX,
        attrs=dict(
            material="knit upper",
            sole="cushioned EVA",
            waterproof=False,
            gender="unisex",
            use="walking",
        ),
        tags="walking|knit|lightweight|comfort|breathable",
        den=(
            "Feather-light knit shoes with a cushioned sole for long days on your "
            "feet; they slip on and off without untying."
        ),
        dzh=(
            "飞织鞋面轻盈透气，鞋底柔软缓震，适合长时间走路或站立工作，不用解鞋带也能一"
            "脚蹬。"
        ),
    ),
    dict(
        key="memoryloafers",
        kind="loafers",
        brand="Cloudstep",
        en="Cloudstep Memory Foam Slip-On Loafers",
        zh="Cloudstep 记忆棉一脚蹬懒人鞋",
        price=259,
        colors="black|grey|blue",
        sizes=UNISEX,
        attrs=dict(
            material="canvas upper",
            sole="memory foam insole, rubber outsole",
            waterproof=False,
            gender="men",
            use="casual",
        ),
        tags="loafers|slip-on|memory-foam|casual|comfort",
        den=(
            "Canvas slip-ons with a memory foam insole that moulds to the foot, good "
            "for travel and quick errands."
        ),
        dzh="帆布一脚蹬，记忆棉鞋垫贴合脚型，出门旅行、下楼取快递都方便。",
    ),
    dict(
        key="platformsneakers",
        kind="sneakers",
        brand="Cloudstep",
        en="Cloudstep Women's Platform Sneakers",
        zh="Cloudstep 女款厚底增高小白鞋",
        price=329,
        colors="white|pink|beige",
        sizes=WOMEN,
        attrs=dict(
            material="synthetic leather upper",
            sole="4 cm platform",
            waterproof=False,
            gender="women",
            use="casual",
        ),
        tags="platform|sneakers|women|height-boost|white-sneakers",
        den=(
            "Adds 4 cm of height with a lightweight platform sole that is easier on "
            "the feet than heels."
        ),
        dzh="4厘米轻量厚底，悄悄增高，比高跟鞋舒服得多。",
    ),
    dict(
        key="canvashigh",
        kind="sneakers",
        brand="Cloudstep",
        en="Cloudstep Canvas High-Top Sneakers",
        zh="Cloudstep 经典高帮帆布鞋",
        price=199,
        colors="white|black|red|blue",
        sizes=UNISEX,
        attrs=dict(
            material="cotton canvas upper",
            sole="vulcanised rubber",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="canvas|high-top|sneakers|classic|casual",
        den=(
            "Classic high-top canvas shoes with a vulcanised rubber sole and metal "
            "eyelets."
        ),
        dzh="经典高帮帆布鞋，硫化橡胶底，金属鞋眼，怎么搭都不出错。",
    ),
    dict(
        key="oxfords",
        kind="dress_shoes",
        brand="Harlow",
        en="Harlow Leather Oxford Dress Shoes",
        zh="Harlow 真皮牛津正装皮鞋",
        price=899,
        colors="black|brown",
        sizes=UNISEX,
        attrs=dict(
            material="calfskin leather upper and lining",
            sole="leather sole with rubber heel",
            waterproof=False,
            gender="men",
            use="formal",
        ),
        tags="oxford|dress-shoes|leather|formal|wedding",
        den=(
            "Cap-toe oxfords in polished calfskin, Goodyear-welted so they can be "
            "resoled. The go-to pair for suits, interviews and weddings."
        ),
        dzh="小牛皮三接头牛津鞋，固特异工艺可更换鞋底。西装、面试、婚礼的必备皮鞋。",
    ),
    dict(
        key="chelsea",
        kind="boots",
        brand="Harlow",
        en="Harlow Suede Chelsea Boots",
        zh="Harlow 麂皮切尔西短靴",
        price=799,
        colors="brown|black|beige",
        sizes=UNISEX,
        attrs=dict(
            material="suede upper with water-repellent treatment",
            sole="crepe-effect rubber",
            waterproof=False,
            gender="unisex",
            use="casual",
        ),
        tags="chelsea-boots|suede|boots|autumn|pull-on",
        den=(
            "Pull-on suede boots with elastic side panels and a water-repellent finish "
            "that copes with light rain."
        ),
        dzh="麂皮切尔西靴，两侧弹力松紧带易穿脱；表面做过防泼水处理，小雨天也能穿。",
    ),
    dict(
        key="derby",
        kind="dress_shoes",
        brand="Harlow",
        en="Harlow Leather Derby Shoes",
        zh="Harlow 真皮德比鞋",
        price=699,
        colors="black|brown",
        sizes=UNISEX,
        attrs=dict(
            material="full-grain leather upper",
            sole="rubber commando sole",
            waterproof=False,
            gender="men",
            use="business casual",
        ),
        tags="derby|leather|business-casual|rubber-sole|shoes",
        den=(
            "Open-laced derbies on a chunky rubber sole: smart enough for the office, "
            "tough enough for wet streets."
        ),
        dzh="开放式系带德比鞋，搭配厚实橡胶底，既适合上班，也不怕下雨天的湿滑路面。",
    ),
    dict(
        key="pumps",
        kind="heels",
        brand="Harlow",
        en="Harlow Women's Pointed-Toe Pumps 6 cm",
        zh="Harlow 女款尖头高跟鞋 6厘米",
        price=599,
        colors="black|red|beige",
        sizes=WOMEN,
        attrs=dict(
            material="patent leather upper",
            sole="leather sole, 6 cm heel",
            waterproof=False,
            gender="women",
            use="formal",
        ),
        tags="heels|pumps|women|pointed-toe|office",
        den=(
            "A 6 cm heel that is manageable all day, with a padded insole and pointed "
            "toe. Patent leather wipes clean easily."
        ),
        dzh=(
            "6厘米跟高，一整天穿也能驾驭，鞋垫加厚，尖头设计显腿长。漆皮材质，一擦就干"
            "净。"
        ),
    ),
    dict(
        key="balletflats",
        kind="flats",
        brand="Muse Studio",
        en="Muse Studio Soft Leather Ballet Flats",
        zh="Muse Studio 软皮芭蕾平底鞋",
        price=299,
        colors="black|beige|pink|red",
        sizes=WOMEN,
        attrs=dict(
            material="sheepskin leather upper",
            sole="flexible rubber",
            waterproof=False,
            gender="women",
            use="casual",
        ),
        tags="flats|ballet|women|leather|comfort",
        den=(
            "Soft sheepskin flats with a bow detail that bend easily and fold into a "
            "handbag."
        ),
        dzh="羊皮软底芭蕾鞋，蝴蝶结点缀，鞋身柔软可弯折，能塞进包里随身带。",
    ),
    dict(
        key="chunkyloafers",
        kind="loafers",
        brand="Muse Studio",
        en="Muse Studio Chunky Penny Loafers",
        zh="Muse Studio 厚底乐福鞋",
        price=399,
        colors="black|brown",
        sizes=WOMEN,
        attrs=dict(
            material="polished leather upper",
            sole="lug rubber sole, 4 cm",
            waterproof=False,
            gender="women",
            use="casual",
        ),
        tags="loafers|chunky|women|preppy|leather",
        den=(
            "Polished leather penny loafers on a chunky lug sole; looks good with "
            "socks and skirts."
        ),
        dzh="亮面皮革厚底乐福鞋，学院风满满，配中筒袜和半身裙很好看。",
    ),
    dict(
        key="snowboots",
        kind="boots",
        brand="Northline",
        en="Northline Insulated Waterproof Snow Boots",
        zh="Northline 加绒防水雪地靴",
        price=499,
        colors="black|brown|beige",
        sizes=UNISEX,
        attrs=dict(
            material="waterproof nylon and suede, faux-fur lining",
            sole="anti-slip rubber, rated to -30C",
            waterproof=True,
            gender="unisex",
            use="winter",
        ),
        tags="snow-boots|winter|waterproof|insulated|harbin",
        den=(
            "Fleece-lined snow boots with a waterproof shell and an anti-slip sole "
            "rated to -30C. Ready for a Harbin ice festival trip."
        ),
        dzh="内里加绒，外层防水，防滑大底可应对零下30度。去哈尔滨看冰雪大世界就穿它。",
    ),
    dict(
        key="rainboots",
        kind="boots",
        brand="Northline",
        en="Northline Ankle Rain Boots",
        zh="Northline 短筒雨靴",
        price=159,
        colors="black|green|yellow",
        sizes=UNISEX,
        attrs=dict(
            material="natural rubber",
            sole="anti-slip rubber",
            waterproof=True,
            gender="unisex",
            use="rain",
        ),
        tags="rain-boots|waterproof|rubber|plum-rain|ankle",
        den=(
            "Ankle-height natural rubber boots for the plum-rain season, light enough "
            "to wear to work and change at the office."
        ),
        dzh="天然橡胶短筒雨靴，梅雨季必备，轻便好穿，穿去公司再换鞋也方便。",
    ),
    dict(
        key="cottonslippers",
        kind="slippers",
        brand="Homey",
        en="Homey Winter Cotton Indoor Slippers",
        zh="Homey 冬季加厚居家棉拖鞋",
        price=59,
        colors="grey|pink|blue|beige",
        sizes=SLIPPERS,
        attrs=dict(
            material="coral fleece upper",
            sole="non-slip TPR",
            waterproof=False,
            gender="unisex",
            use="indoor",
        ),
        tags="slippers|indoor|winter|warm|non-slip",
        den=(
            "Plush coral-fleece slippers with a thick, quiet sole that will not slap "
            "on wooden floors."
        ),
        dzh="珊瑚绒加厚棉拖，鞋底厚实静音，走在木地板上没有啪嗒声。",
    ),
    dict(
        key="evaslides",
        kind="slippers",
        brand="Homey",
        en="Homey EVA Non-Slip Bathroom Slides",
        zh="Homey EVA 防滑浴室拖鞋",
        price=39,
        colors="black|white|pink|blue|green",
        sizes=SLIPPERS,
        attrs=dict(
            material="EVA one-piece",
            sole="drainage grooves, non-slip",
            waterproof=True,
            gender="unisex",
            use="indoor",
        ),
        tags="slippers|bathroom|non-slip|eva|quick-dry",
        den=(
            "Thick, soft EVA slides with drainage grooves so they do not stay wet or "
            "slippery in the bathroom."
        ),
        dzh="加厚EVA踩屎感拖鞋，底部导水槽设计，浴室里不积水不打滑。",
    ),
]
