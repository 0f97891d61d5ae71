"""Catalog table: phones (SKU prefix PH). Read by generate_products.py.

Each entry: key (internal id other tables refer to), kind, brand, en/zh titles,
price (CNY), colors/sizes ("|"-separated), attrs, tags, den/dzh descriptions.
"""

PRODUCTS = [
    dict(
        key="iphone15",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 15 128GB",
        zh="苹果 iPhone 15 128GB",
        price=5999,
        colors="black|blue|green|yellow|pink",
        attrs=dict(
            os="iOS 17",
            storage_gb=128,
            ram_gb=6,
            screen_inch=6.1,
            battery_mah=3349,
            camera_mp=48,
            port="USB-C",
        ),
        tags="iphone|apple|5g|usb-c|dynamic-island",
        den=(
            "The iPhone 15 brings the Dynamic Island, a 48 MP main camera and a USB-C "
            "port to Apple's standard model. A color-infused matte glass back and "
            "aluminium frame keep it light at 171 g."
        ),
        dzh=(
            "iPhone 15 标准版配备灵动岛和4800万像素主摄，并首次改用USB-C接口。磨砂玻璃"
            "背板配铝金属边框，机身仅171克，单手握持很轻松。"
        ),
    ),
    dict(
        key="iphone15plus",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 15 Plus 128GB",
        zh="苹果 iPhone 15 Plus 128GB",
        price=6999,
        colors="black|blue|green|yellow|pink",
        attrs=dict(
            os="iOS 17",
            storage_gb=128,
            ram_gb=6,
            screen_inch=6.7,
            battery_mah=4383,
            camera_mp=48,
            port="USB-C",
        ),
        tags="iphone|apple|5g|big-screen|battery",
        den=(
            "A bigger 6.7-inch Super Retina XDR display and the longest battery life "
            "in the iPhone 15 line. Same 48 MP camera and USB-C charging as the iPhone "
            "15."
        ),
        dzh=(
            "6.7英寸大屏版iPhone 15，续航是同系列里最长的一款，追剧刷视频一整天都够用。"
            "同样支持USB-C充电和4800万像素主摄。"
        ),
    ),
    dict(
        key="iphone15pro",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 15 Pro 128GB",
        zh="苹果 iPhone 15 Pro 128GB",
        price=7999,
        colors="black|white|blue|grey",
        attrs=dict(
            os="iOS 17",
            storage_gb=128,
            ram_gb=8,
            screen_inch=6.1,
            battery_mah=3274,
            camera_mp=48,
            port="USB-C",
            frame="titanium",
        ),
        tags="iphone|apple|pro|titanium|5g|usb-c",
        den=(
            "Aerospace-grade titanium frame, the A17 Pro chip and a customizable "
            "Action button. The USB-C port supports USB 3 speeds for moving ProRAW "
            "photos and ProRes video."
        ),
        dzh=(
            "钛金属边框搭配A17 Pro芯片，新增可自定义的操作按钮。USB-C接口支持USB 3高速"
            "传输，导出ProRAW照片和ProRes视频更快。"
        ),
    ),
    dict(
        key="iphone15promax",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 15 Pro Max 256GB",
        zh="苹果 iPhone 15 Pro Max 256GB",
        price=9999,
        colors="black|white|blue|grey",
        attrs=dict(
            os="iOS 17",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.7,
            battery_mah=4422,
            camera_mp=48,
            optical_zoom=5,
            port="USB-C",
            frame="titanium",
        ),
        tags="iphone|apple|pro-max|titanium|zoom|5g",
        den=(
            "The largest iPhone 15 Pro, with a 5x tetraprism telephoto camera and 256 "
            "GB of storage as standard. The titanium design keeps it at 221 g despite "
            "the 6.7-inch screen."
        ),
        dzh=(
            "iPhone 15系列顶配机型，起步256GB存储，独有5倍光学变焦长焦镜头。钛金属机身"
            "，6.7英寸大屏却比上代更轻。"
        ),
    ),
    dict(
        key="iphone14",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 14 128GB",
        zh="苹果 iPhone 14 128GB",
        price=4999,
        colors="black|white|blue|purple|yellow|red",
        attrs=dict(
            os="iOS 17",
            storage_gb=128,
            ram_gb=6,
            screen_inch=6.1,
            battery_mah=3279,
            camera_mp=12,
            port="Lightning",
        ),
        tags="iphone|apple|5g|lightning|value",
        den=(
            "Still a dependable all-rounder: A15 Bionic chip, dual 12 MP cameras with "
            "Action mode stabilisation and Crash Detection. Charges through a "
            "Lightning port."
        ),
        dzh=(
            "A15仿生芯片加双1200万像素摄像头，性能依然够用，支持运动模式防抖和车祸检测"
            "。使用Lightning接口充电。"
        ),
    ),
    dict(
        key="iphone13",
        kind="phone",
        brand="Apple",
        en="Apple iPhone 13 128GB",
        zh="苹果 iPhone 13 128GB",
        price=3999,
        colors="black|white|blue|pink|green|red",
        attrs=dict(
            os="iOS 17",
            storage_gb=128,
            ram_gb=4,
            screen_inch=6.1,
            battery_mah=3240,
            camera_mp=12,
            port="Lightning",
        ),
        tags="iphone|apple|5g|student|value",
        den=(
            "A 6.1-inch iPhone at a friendlier price, with diagonal dual cameras and "
            "Cinematic mode video. A sensible first iPhone for students."
        ),
        dzh=(
            "价格更亲民的6.1英寸iPhone，对角线双摄支持电影效果模式。学生党入手第一台苹"
            "果手机的稳妥选择。"
        ),
    ),
    dict(
        key="iphonese3",
        kind="phone",
        brand="Apple",
        en="Apple iPhone SE (3rd generation) 64GB",
        zh="苹果 iPhone SE 第三代 64GB",
        price=3499,
        colors="black|white|red",
        attrs=dict(
            os="iOS 17",
            storage_gb=64,
            ram_gb=4,
            screen_inch=4.7,
            battery_mah=2018,
            camera_mp=12,
            port="Lightning",
            biometrics="Touch ID",
        ),
        tags="iphone|apple|compact|touch-id|5g",
        den=(
            "Apple's smallest phone: a 4.7-inch display, Touch ID home button and the "
            "A15 Bionic chip in the classic design. Supports 5G."
        ),
        dzh=(
            "4.7英寸小屏，保留Home键和Touch ID指纹解锁，内置A15仿生芯片并支持5G。喜欢小"
            "手机的用户首选。"
        ),
    ),
    dict(
        key="xiaomi10",
        kind="phone",
        brand="Xiaomi",
        en="Xiaomi 10 5G 8GB+256GB",
        zh="小米10 5G手机 8GB+256GB",
        price=1999,
        colors="black|blue|grey",
        attrs=dict(
            os="Android (MIUI 12)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=4780,
            camera_mp=108,
            port="USB-C",
        ),
        tags="xiaomi|5g|clearance|108mp|curved-screen",
        den=(
            "Xiaomi's 2020 flagship with a 108 MP main camera, Snapdragon 865 and a 90 "
            "Hz curved AMOLED screen, now at a clearance price. Supports 30 W wired "
            "and wireless charging."
        ),
        dzh=(
            "小米十周年旗舰，搭载骁龙865和一亿像素主摄，6.67英寸90Hz曲面屏。现清仓特价"
            "，支持30W有线与无线快充。"
        ),
    ),
    dict(
        key="xiaomi13",
        kind="phone",
        brand="Xiaomi",
        en="Xiaomi 13 5G 8GB+256GB",
        zh="小米13 5G手机 8GB+256GB",
        price=3299,
        colors="black|white|green|blue",
        attrs=dict(
            os="Android (MIUI 14)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.36,
            battery_mah=4500,
            camera_mp=50,
            port="USB-C",
        ),
        tags="xiaomi|leica|compact|5g|flagship",
        den=(
            "A small-screen flagship with cameras co-engineered with Leica. The "
            "6.36-inch flat display sits on a Snapdragon 8 Gen 2, and the 4500 mAh "
            "battery takes 67 W fast charging."
        ),
        dzh=(
            "小米与徕卡联合调校影像，6.36英寸直屏小旗舰，骁龙8 Gen 2处理器。4500mAh电池"
            "支持67W快充。"
        ),
    ),
    dict(
        key="xiaomi14",
        kind="phone",
        brand="Xiaomi",
        en="Xiaomi 14 5G 12GB+256GB",
        zh="小米14 5G手机 12GB+256GB",
        price=3999,
        colors="black|white|green|pink",
        attrs=dict(
            os="Android (HyperOS)",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.36,
            battery_mah=4610,
            camera_mp=50,
            port="USB-C",
        ),
        tags="xiaomi|leica|hyperos|5g|flagship",
        den=(
            "Leica Summilux lenses over the Light Fusion 900 sensor, Snapdragon 8 Gen "
            "3 and Xiaomi HyperOS. Charges at 90 W wired or 50 W wireless."
        ),
        dzh=(
            "徕卡Summilux镜头搭配光影猎人900传感器，骁龙8 Gen 3加持，运行小米澎湃OS。"
            "90W有线、50W无线双快充。"
        ),
    ),
    dict(
        key="xiaomi14pro",
        kind="phone",
        brand="Xiaomi",
        en="Xiaomi 14 Pro 5G 12GB+256GB",
        zh="小米14 Pro 5G手机 12GB+256GB",
        price=4999,
        colors="black|white|green|silver",
        attrs=dict(
            os="Android (HyperOS)",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.73,
            battery_mah=4880,
            camera_mp=50,
            port="USB-C",
        ),
        tags="xiaomi|leica|pro|2k-screen|fast-charging",
        den=(
            "A 6.73-inch 2K micro-curved display that reaches 3000 nits, a "
            "variable-aperture Leica main camera and 120 W HyperCharge that fills the "
            "battery in under 20 minutes."
        ),
        dzh=(
            "6.73英寸2K微曲屏，峰值亮度3000尼特；徕卡可变光圈主摄，120W澎湃秒充，不到20"
            "分钟即可充满。"
        ),
    ),
    dict(
        key="redminote13",
        kind="phone",
        brand="Xiaomi",
        en="Redmi Note 13 5G 8GB+128GB",
        zh="红米 Note 13 5G 8GB+128GB",
        price=1099,
        colors="black|white|blue",
        attrs=dict(
            os="Android (MIUI 14)",
            storage_gb=128,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=5000,
            camera_mp=108,
            port="USB-C",
        ),
        tags="redmi|xiaomi|budget|5g|oled",
        den=(
            "A budget 5G phone with a 6.67-inch 120 Hz OLED screen, 108 MP camera and "
            "a 5000 mAh battery that lasts two days of light use."
        ),
        dzh=(
            "千元5G手机，6.67英寸120Hz OLED屏，一亿像素主摄，5000mAh大电池，轻度使用两"
            "天一充。"
        ),
    ),
    dict(
        key="redminote13pro",
        kind="phone",
        brand="Xiaomi",
        en="Redmi Note 13 Pro 5G 8GB+256GB",
        zh="红米 Note 13 Pro 5G 8GB+256GB",
        price=1399,
        colors="black|white|blue|purple",
        attrs=dict(
            os="Android (MIUI 14)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=5100,
            camera_mp=200,
            port="USB-C",
        ),
        tags="redmi|xiaomi|200mp|5g|mid-range",
        den=(
            "A 200 MP main camera with optical stabilisation, a sharp 1.5K display and "
            "67 W turbo charging at a mid-range price."
        ),
        dzh="2亿像素OIS防抖主摄，1.5K高清屏，67W快充，中端价位拍照表现出色。",
    ),
    dict(
        key="redmi13c",
        kind="phone",
        brand="Xiaomi",
        en="Redmi 13C 4GB+128GB",
        zh="红米 13C 4GB+128GB 大屏长续航手机",
        price=999,
        colors="black|blue|green",
        attrs=dict(
            os="Android (MIUI 14)",
            storage_gb=128,
            ram_gb=4,
            screen_inch=6.74,
            battery_mah=5000,
            camera_mp=50,
            port="USB-C",
            network="4G",
        ),
        tags="redmi|xiaomi|entry-level|big-screen|seniors",
        den=(
            "An entry-level phone for calls, messaging and video, with a large "
            "6.74-inch screen, 5000 mAh battery and a side fingerprint sensor. A good "
            "pick for parents or as a spare phone."
        ),
        dzh=(
            "入门级大屏手机，6.74英寸屏幕、5000mAh电池和侧边指纹解锁。给长辈用或当备用"
            "机都很合适。"
        ),
    ),
    dict(
        key="mate60",
        kind="phone",
        brand="Huawei",
        en="Huawei Mate 60 12GB+256GB",
        zh="华为 Mate 60 12GB+256GB",
        price=5499,
        colors="black|white|green|purple",
        attrs=dict(
            os="HarmonyOS 4",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.69,
            battery_mah=4750,
            camera_mp=50,
            port="USB-C",
        ),
        tags="huawei|mate|satellite|harmonyos|5g",
        den=(
            "Supports two-way satellite calling, uses second-generation Kunlun Glass "
            "for better drop resistance and runs HarmonyOS 4. Charges at 66 W wired "
            "and 50 W wireless."
        ),
        dzh=(
            "支持卫星通话，第二代昆仑玻璃更抗摔，运行HarmonyOS 4。66W有线快充、50W无线"
            "快充。"
        ),
    ),
    dict(
        key="mate60pro",
        kind="phone",
        brand="Huawei",
        en="Huawei Mate 60 Pro 12GB+512GB",
        zh="华为 Mate 60 Pro 12GB+512GB",
        price=6999,
        colors="black|white|green|purple",
        attrs=dict(
            os="HarmonyOS 4",
            storage_gb=512,
            ram_gb=12,
            screen_inch=6.82,
            battery_mah=5000,
            camera_mp=50,
            port="USB-C",
        ),
        tags="huawei|mate|pro|satellite|business",
        den=(
            "A 6.82-inch quad-curved display, a 48 MP telephoto macro camera and 88 W "
            "fast charging, plus satellite calling and messaging. A favourite with "
            "business users."
        ),
        dzh=(
            "6.82英寸四曲面屏，4800万像素超微距长焦，88W有线快充，同样支持卫星通话和短"
            "信。商务人士的热门之选。"
        ),
    ),
    dict(
        key="p60",
        kind="phone",
        brand="Huawei",
        en="Huawei P60 8GB+256GB",
        zh="华为 P60 8GB+256GB",
        price=4488,
        colors="black|white|purple|green",
        attrs=dict(
            os="HarmonyOS 3.1",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=4815,
            camera_mp=48,
            port="USB-C",
            network="4G",
        ),
        tags="huawei|camera|xmage|slim|night-shots",
        den=(
            "A photography-first phone with the XMAGE ultra-lighting main camera and a "
            "physical variable aperture, in a slim 197 g body."
        ),
        dzh="XMAGE超聚光影像，可变光圈主摄夜景出片干净，机身仅197克，轻薄好握。",
    ),
    dict(
        key="p60pro",
        kind="phone",
        brand="Huawei",
        en="Huawei P60 Pro 8GB+256GB",
        zh="华为 P60 Pro 8GB+256GB",
        price=5988,
        colors="black|white|purple|pink",
        attrs=dict(
            os="HarmonyOS 3.1",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=4815,
            camera_mp=48,
            port="USB-C",
            network="4G",
        ),
        tags="huawei|camera|telephoto|ip68|pro",
        den=(
            "Adds an ultra-lighting telephoto camera for sharp night portraits and 88 "
            "W charging to the P60 formula. Rated IP68 for dust and water."
        ),
        dzh="在P60基础上新增超聚光夜视长焦，夜景人像更清晰；88W快充，IP68级防尘防水。",
    ),
    dict(
        key="pura70",
        kind="phone",
        brand="Huawei",
        en="Huawei Pura 70 12GB+256GB",
        zh="华为 Pura 70 12GB+256GB",
        price=5499,
        colors="black|white|pink|blue",
        attrs=dict(
            os="HarmonyOS 4.2",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.6,
            battery_mah=4900,
            camera_mp=50,
            port="USB-C",
        ),
        tags="huawei|pura|camera|5g|design",
        den=(
            "The successor to the P series, recognisable by its triangular camera "
            "island. Has a 6.6-inch display, 5x telephoto and 66 W charging."
        ),
        dzh=(
            "P系列更名后的首款新作，标志性三角形镜头模组，6.6英寸屏幕，5倍长焦，66W超级"
            "快充。"
        ),
    ),
    dict(
        key="nova12",
        kind="phone",
        brand="Huawei",
        en="Huawei nova 12 8GB+256GB",
        zh="华为 nova 12 8GB+256GB 自拍手机",
        price=2999,
        colors="black|white|green|purple",
        attrs=dict(
            os="HarmonyOS 4",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.7,
            battery_mah=4600,
            camera_mp=50,
            front_camera_mp=60,
            port="USB-C",
        ),
        tags="huawei|nova|selfie|slim|fast-charging",
        den=(
            "Built for selfies: a 60 MP autofocus front camera in a slim 6.7-inch "
            "body, with 100 W SuperCharge."
        ),
        dzh=(
            "6000万像素前置自动对焦镜头，自拍更清晰；机身纤薄，支持100W超级快充，年轻人"
            "的颜值之选。"
        ),
    ),
    dict(
        key="nova11se",
        kind="phone",
        brand="Huawei",
        en="Huawei nova 11 SE 8GB+256GB",
        zh="华为 nova 11 SE 8GB+256GB",
        price=1999,
        colors="black|white|green",
        attrs=dict(
            os="HarmonyOS 4",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.67,
            battery_mah=4500,
            camera_mp=108,
            port="USB-C",
            network="4G",
        ),
        tags="huawei|nova|108mp|thin|affordable",
        den=(
            "An affordable HarmonyOS phone with a 108 MP main camera and 66 W "
            "charging, only 7.1 mm thin."
        ),
        dzh="一亿像素主摄加66W快充，7.1毫米轻薄机身，价格实惠的鸿蒙手机。",
    ),
    dict(
        key="galaxys24",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy S24 8GB+256GB",
        zh="三星 Galaxy S24 8GB+256GB",
        price=5999,
        colors="black|grey|purple|yellow",
        attrs=dict(
            os="Android 14 (One UI 6.1)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.2,
            battery_mah=4000,
            camera_mp=50,
            port="USB-C",
        ),
        tags="samsung|galaxy|galaxy-ai|compact|5g",
        den=(
            "A compact 6.2-inch flagship with Galaxy AI features such as live call "
            "translation and Circle to Search. Samsung promises seven years of OS "
            "updates."
        ),
        dzh=(
            "6.2英寸小巧旗舰，支持Galaxy AI通话实时翻译和画圈即搜。官方承诺七年系统更新"
            "。"
        ),
    ),
    dict(
        key="galaxys24ultra",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy S24 Ultra 12GB+256GB",
        zh="三星 Galaxy S24 Ultra 12GB+256GB",
        price=9699,
        colors="black|grey|purple|yellow",
        attrs=dict(
            os="Android 14 (One UI 6.1)",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.8,
            battery_mah=5000,
            camera_mp=200,
            optical_zoom=5,
            port="USB-C",
            stylus=True,
        ),
        tags="samsung|galaxy|ultra|s-pen|200mp|titanium",
        den=(
            "Titanium frame, built-in S Pen, a 200 MP main camera and 5x optical zoom. "
            "The flat 6.8-inch screen has an anti-reflective coating that helps "
            "outdoors."
        ),
        dzh=(
            "钛金属边框，内置S Pen手写笔，2亿像素主摄加5倍光学变焦。6.8英寸直屏采用抗反"
            "射涂层，户外看得更清楚。"
        ),
    ),
    dict(
        key="galaxys23fe",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy S23 FE 8GB+128GB",
        zh="三星 Galaxy S23 FE 8GB+128GB",
        price=3499,
        colors="purple|green|grey|beige",
        attrs=dict(
            os="Android 14 (One UI 6)",
            storage_gb=128,
            ram_gb=8,
            screen_inch=6.4,
            battery_mah=4500,
            camera_mp=50,
            port="USB-C",
        ),
        tags="samsung|galaxy|fan-edition|ip68|wireless-charging",
        den=(
            "Flagship-style triple cameras and a 120 Hz display for less money, with "
            "IP68 water resistance and wireless charging."
        ),
        dzh="以更低的价格获得接近旗舰的三摄和120Hz屏幕，IP68防水，支持无线充电。",
    ),
    dict(
        key="galaxya55",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy A55 5G 8GB+256GB",
        zh="三星 Galaxy A55 5G 8GB+256GB",
        price=2699,
        colors="blue|purple|yellow",
        attrs=dict(
            os="Android 14 (One UI 6.1)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.6,
            battery_mah=5000,
            camera_mp=50,
            port="USB-C",
        ),
        tags="samsung|galaxy|mid-range|metal-frame|ip67",
        den=(
            "The first A-series Galaxy with a metal frame. IP67 protection and four "
            "generations of OS upgrades make it a durable, low-fuss choice."
        ),
        dzh="A系列首次采用金属中框，IP67防尘防水，承诺四代系统升级，耐用省心。",
    ),
    dict(
        key="galaxya35",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy A35 5G 8GB+128GB",
        zh="三星 Galaxy A35 5G 8GB+128GB",
        price=2199,
        colors="blue|purple|yellow",
        attrs=dict(
            os="Android 14 (One UI 6.1)",
            storage_gb=128,
            ram_gb=8,
            screen_inch=6.6,
            battery_mah=5000,
            camera_mp=50,
            port="USB-C",
        ),
        tags="samsung|galaxy|amoled|affordable|5g",
        den=(
            "A 120 Hz Super AMOLED screen, 50 MP camera with OIS and a 5000 mAh "
            "battery. An easy way into Samsung's phones."
        ),
        dzh=(
            "120Hz Super AMOLED屏幕，5000万像素OIS主摄，5000mAh电池，入手三星的实惠选择"
            "。"
        ),
    ),
    dict(
        key="zflip5",
        kind="phone",
        brand="Samsung",
        en="Samsung Galaxy Z Flip5 8GB+256GB Foldable",
        zh="三星 Galaxy Z Flip5 8GB+256GB 折叠屏手机",
        price=7499,
        colors="grey|purple|green|beige",
        attrs=dict(
            os="Android 14 (One UI 6)",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.7,
            cover_screen_inch=3.4,
            battery_mah=3700,
            camera_mp=12,
            port="USB-C",
        ),
        tags="samsung|foldable|flip|compact|5g",
        den=(
            "A pocketable foldable whose 3.4-inch Flex Window runs widgets and apps "
            "without opening the phone. The new hinge folds flat with no gap."
        ),
        dzh=(
            "小巧的竖向折叠屏，3.4英寸大外屏可直接回消息、看小组件。新铰链合盖无缝隙，"
            "放口袋不占地方。"
        ),
    ),
    dict(
        key="xperia1v",
        kind="phone",
        brand="Sony",
        en="Sony Xperia 1 V 12GB+256GB",
        zh="索尼 Xperia 1 V 12GB+256GB",
        price=8999,
        colors="black|green|silver",
        attrs=dict(
            os="Android 13",
            storage_gb=256,
            ram_gb=12,
            screen_inch=6.5,
            battery_mah=5000,
            camera_mp=48,
            port="USB-C",
            headphone_jack=True,
        ),
        tags="sony|xperia|4k-screen|creator|headphone-jack",
        den=(
            "Sony's phone for creators: a 6.5-inch 21:9 4K OLED display, a stacked "
            "Exmor T sensor and a 3.5 mm headphone jack."
        ),
        dzh=(
            "索尼创作者旗舰，6.5英寸21:9 4K OLED屏，全新双层晶体管像素传感器，保留3.5mm"
            "耳机孔。"
        ),
    ),
    dict(
        key="xperia5v",
        kind="phone",
        brand="Sony",
        en="Sony Xperia 5 V 8GB+256GB",
        zh="索尼 Xperia 5 V 8GB+256GB",
        price=6499,
        colors="black|blue|silver",
        attrs=dict(
            os="Android 13",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.1,
            battery_mah=5000,
            camera_mp=48,
            port="USB-C",
            headphone_jack=True,
        ),
        tags="sony|xperia|compact|microsd|stereo",
        den=(
            "A compact Xperia sharing the 1 V's main sensor, with front-facing stereo "
            "speakers and a microSD slot for extra storage."
        ),
        dzh=(
            "小屏版Xperia，主摄传感器与1 V同款，前置立体声扬声器，支持microSD卡扩展存储"
            "。"
        ),
    ),
    dict(
        key="xperia10v",
        kind="phone",
        brand="Sony",
        en="Sony Xperia 10 V 8GB+128GB",
        zh="索尼 Xperia 10 V 8GB+128GB",
        price=2899,
        colors="black|white|green|purple",
        attrs=dict(
            os="Android 13",
            storage_gb=128,
            ram_gb=8,
            screen_inch=6.1,
            battery_mah=5000,
            camera_mp=48,
            port="USB-C",
            headphone_jack=True,
        ),
        tags="sony|xperia|lightweight|battery|ip68",
        den=(
            "Weighs just 159 g yet carries a 5000 mAh battery good for up to two days. "
            "Keeps the headphone jack and is rated IP68."
        ),
        dzh="仅159克却配备5000mAh电池，续航可达两天；保留耳机孔，IP68防水。",
    ),
    dict(
        key="oneplus12",
        kind="phone",
        brand="OnePlus",
        en="OnePlus 12 16GB+512GB",
        zh="一加 12 16GB+512GB",
        price=4799,
        colors="black|green|white",
        attrs=dict(
            os="Android 14 (ColorOS 14)",
            storage_gb=512,
            ram_gb=16,
            screen_inch=6.82,
            battery_mah=5400,
            camera_mp=50,
            port="USB-C",
        ),
        tags="oneplus|hasselblad|gaming|fast-charging|5g",
        den=(
            "Hasselblad-tuned cameras, a 2K 120 Hz display and a 5400 mAh battery with "
            "80 W wired charging. Strong on both speed and stamina."
        ),
        dzh=(
            "哈苏影像调校，2K 120Hz屏幕，5400mAh电池支持80W有线快充，性能和续航都很能打"
            "。"
        ),
    ),
    dict(
        key="lumoxr200",
        kind="phone",
        brand="Lumo",
        en="Lumo XR-200 Rugged 5G Phone 8GB+256GB",
        zh="Lumo XR-200 三防5G手机 8GB+256GB",
        price=1999,
        colors="black|orange|green",
        attrs=dict(
            os="Android 14",
            storage_gb=256,
            ram_gb=8,
            screen_inch=6.5,
            battery_mah=10000,
            camera_mp=64,
            port="USB-C",
            ip_rating="IP68/IP69K",
        ),
        tags="rugged|outdoor|waterproof|big-battery|xr-200",
        den=(
            "A rugged phone for building sites and the outdoors: IP68/IP69K sealing, "
            "MIL-STD-810H drop rating and a 10000 mAh battery. The screen still works "
            "with wet fingers or work gloves."
        ),
        dzh=(
            "专为工地和户外作业设计的三防手机，IP68/IP69K防尘防水，通过美军标跌落测试，"
            "配备10000mAh超大电池。手湿或戴手套也能正常触控。"
        ),
    ),
]
