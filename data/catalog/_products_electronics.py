"""Catalog table: electronics (SKU prefix EL). Read by generate_products.py.

``compatible_with`` / ``accessory_of`` hold keys of products in any table.
"""

IPHONES = (
    "iphone15",
    "iphone15plus",
    "iphone15pro",
    "iphone15promax",
    "iphone14",
    "iphone13",
)
HUAWEI_PHONES = ("mate60", "mate60pro", "p60", "pura70", "nova12")
XIAOMI_PHONES = ("xiaomi13", "xiaomi14", "xiaomi14pro", "redminote13pro")
SAMSUNG_PHONES = ("galaxys24", "galaxys24ultra", "galaxys23fe", "zflip5")

PRODUCTS = [
    dict(
        key="airpodspro2",
        kind="earbuds",
        brand="Apple",
        en="Apple AirPods Pro (2nd generation) with USB-C Case",
        zh="苹果 AirPods Pro 第二代 主动降噪无线耳机（USB-C）",
        price=1899,
        colors="white",
        attrs=dict(
            connectivity="Bluetooth 5.3",
            anc=True,
            battery_hours=6,
            case_battery_hours=30,
            water_resistance="IP54",
            warranty_months=24,
        ),
        tags="earbuds|apple|noise-cancelling|wireless|usb-c",
        den=(
            "Active noise cancellation that is twice as strong as the first "
            "generation, Adaptive Audio and a USB-C charging case with a built-in "
            "speaker for Find My."
        ),
        dzh=(
            "降噪效果是第一代的两倍，支持自适应音频；USB-C充电盒自带扬声器，丢了也能用“"
            "查找”播放声音找回。"
        ),
        compatible_with=IPHONES,
    ),
    dict(
        key="airpods3",
        kind="earbuds",
        brand="Apple",
        en="Apple AirPods (3rd generation)",
        zh="苹果 AirPods 第三代 无线蓝牙耳机",
        price=1399,
        colors="white",
        attrs=dict(
            connectivity="Bluetooth 5.0",
            anc=False,
            battery_hours=6,
            case_battery_hours=30,
            water_resistance="IPX4",
            warranty_months=24,
        ),
        tags="earbuds|apple|spatial-audio|wireless|open-fit",
        den=(
            "Open-fit earbuds with Spatial Audio and a MagSafe charging case. "
            "Comfortable for people who dislike silicone ear tips."
        ),
        dzh=(
            "半入耳式设计，支持空间音频，充电盒支持MagSafe磁吸充电。不喜欢硅胶耳塞堵耳"
            "感的人戴着更舒服。"
        ),
        compatible_with=IPHONES,
    ),
    dict(
        key="sonywf1000xm5",
        kind="earbuds",
        brand="Sony",
        en="Sony WF-1000XM5 Noise Cancelling Earbuds",
        zh="索尼 WF-1000XM5 降噪真无线耳机",
        price=1999,
        colors="black|silver",
        attrs=dict(
            connectivity="Bluetooth 5.3 (LDAC)",
            anc=True,
            battery_hours=8,
            case_battery_hours=24,
            water_resistance="IPX4",
            warranty_months=12,
        ),
        tags="earbuds|sony|noise-cancelling|ldac|wf-1000xm5",
        den=(
            "Sony's smallest flagship earbuds, with two processors driving noise "
            "cancellation and LDAC for high-resolution audio on Android."
        ),
        dzh=(
            "索尼旗舰降噪耳机，体积比上代更小巧，双芯片协同降噪，安卓手机可开启LDAC高解"
            "析度音频。"
        ),
        compatible_with=("xperia1v", "xperia5v", "xperia10v"),
    ),
    dict(
        key="sonywh1000xm5",
        kind="headphones",
        brand="Sony",
        en="Sony WH-1000XM5 Wireless Noise Cancelling Headphones",
        zh="索尼 WH-1000XM5 头戴式无线降噪耳机",
        price=2499,
        colors="black|silver|blue",
        attrs=dict(
            connectivity="Bluetooth 5.2 (LDAC)",
            anc=True,
            battery_hours=30,
            weight_g=250,
            warranty_months=12,
        ),
        tags="headphones|sony|noise-cancelling|over-ear|wh-1000xm5",
        den=(
            "Over-ear headphones with eight microphones for noise cancelling and 30 "
            "hours of battery life. Light at 250 g, so they stay comfortable on long "
            "flights."
        ),
        dzh=(
            "头戴式降噪耳机，八个麦克风精准降噪，续航长达30小时。重量仅250克，长途飞行"
            "戴一路也不压头。"
        ),
    ),
    dict(
        key="freebudspro3",
        kind="earbuds",
        brand="Huawei",
        en="Huawei FreeBuds Pro 3 Wireless Earbuds",
        zh="华为 FreeBuds Pro 3 无线降噪耳机",
        price=1499,
        colors="white|green|silver",
        attrs=dict(
            connectivity="Bluetooth 5.2 (L2HC)",
            anc=True,
            battery_hours=6.5,
            case_battery_hours=31,
            warranty_months=24,
        ),
        tags="earbuds|huawei|noise-cancelling|hi-res|wireless",
        den=(
            "Dual-driver earbuds with intelligent noise cancelling and lossless-grade "
            "L2HC audio on recent Huawei phones. Connects to two devices at once."
        ),
        dzh=(
            "双单元声学结构，智慧动态降噪，搭配华为手机可享L2HC近无损音质。支持同时连接"
            "两台设备。"
        ),
        compatible_with=HUAWEI_PHONES,
    ),
    dict(
        key="xiaomibuds4pro",
        kind="earbuds",
        brand="Xiaomi",
        en="Xiaomi Buds 4 Pro Noise Cancelling Earbuds",
        zh="小米 Buds 4 Pro 降噪耳机",
        price=999,
        colors="black|gold",
        attrs=dict(
            connectivity="Bluetooth 5.3 (LDAC)",
            anc=True,
            battery_hours=9,
            case_battery_hours=38,
            warranty_months=12,
        ),
        tags="earbuds|xiaomi|noise-cancelling|ldac|wireless",
        den=(
            "Earbuds with up to 48 dB of noise cancellation and 38 hours of total "
            "playback with the case. Space audio works with Xiaomi phones."
        ),
        dzh="最高48dB深度降噪，配合充电盒总续航38小时。与小米手机搭配可开启空间音频。",
        compatible_with=XIAOMI_PHONES,
    ),
    dict(
        key="galaxybuds2pro",
        kind="earbuds",
        brand="Samsung",
        en="Samsung Galaxy Buds2 Pro",
        zh="三星 Galaxy Buds2 Pro 真无线降噪耳机",
        price=1099,
        colors="grey|white|purple",
        attrs=dict(
            connectivity="Bluetooth 5.3",
            anc=True,
            battery_hours=5,
            case_battery_hours=18,
            water_resistance="IPX7",
            warranty_months=12,
        ),
        tags="earbuds|samsung|galaxy|noise-cancelling|ipx7",
        den=(
            "Compact earbuds with 24-bit Hi-Fi sound on Galaxy phones and IPX7 water "
            "resistance for sweaty workouts."
        ),
        dzh="小巧贴耳，搭配Galaxy手机支持24bit高保真音质；IPX7级防水，运动流汗也不怕。",
        compatible_with=SAMSUNG_PHONES,
    ),
    dict(
        key="applewatchs9",
        kind="smartwatch",
        brand="Apple",
        en="Apple Watch Series 9 GPS 41mm",
        zh="苹果 Apple Watch Series 9 GPS款 41毫米",
        price=2999,
        colors="pink|silver|black|red",
        attrs=dict(
            connectivity="Bluetooth / Wi-Fi / GPS",
            screen_inch=1.69,
            battery_hours=18,
            water_resistance="50 m",
            warranty_months=24,
        ),
        tags="smartwatch|apple|fitness|health|gps",
        den=(
            "Adds the double-tap gesture and a brighter 2000-nit display. Tracks heart "
            "rate, blood oxygen, sleep and workouts; needs an iPhone to set up."
        ),
        dzh=(
            "新增双指互点手势，屏幕亮度提升到2000尼特。可监测心率、血氧、睡眠和运动，需"
            "要搭配iPhone使用。"
        ),
        compatible_with=IPHONES,
    ),
    dict(
        key="watchband",
        kind="watch_band",
        brand="Apple",
        en="Apple Watch Sport Band 41mm",
        zh="苹果 Apple Watch 运动表带 41毫米",
        price=329,
        colors="red|black|white|pink|green",
        sizes="S-M|M-L",
        attrs=dict(material="fluoroelastomer", case_size_mm=41, warranty_months=24),
        tags="watch-band|apple-watch|strap|sport",
        den=(
            "The smooth fluoroelastomer band that suits workouts and swimming, closing "
            "with a pin-and-tuck clasp. Choose S-M for wrists of 130-180 mm or M-L for "
            "150-200 mm."
        ),
        dzh=(
            "氟橡胶材质，亲肤防汗，游泳健身都能戴，采用按扣式表扣。S-M适合130-180毫米腕"
            "围，M-L适合150-200毫米腕围。"
        ),
        accessory_of=("applewatchs9",),
    ),
    dict(
        key="watchgt4",
        kind="smartwatch",
        brand="Huawei",
        en="Huawei Watch GT 4 46mm",
        zh="华为 Watch GT 4 智能手表 46毫米",
        price=1488,
        colors="black|brown|green|grey",
        attrs=dict(
            connectivity="Bluetooth 5.2 / GPS",
            screen_inch=1.43,
            battery_days=14,
            water_resistance="5 ATM",
            warranty_months=24,
        ),
        tags="smartwatch|huawei|battery|health|gps",
        den=(
            "A classic round watch with up to 14 days of battery life, more than 100 "
            "workout modes and calorie tracking. Works with Android phones and iPhones."
        ),
        dzh=(
            "经典圆盘设计，续航最长14天，支持100多种运动模式和卡路里管理。安卓手机和"
            "iPhone都能连接。"
        ),
        compatible_with=HUAWEI_PHONES + ("iphone15",),
    ),
    dict(
        key="smartband8",
        kind="fitness_band",
        brand="Xiaomi",
        en="Xiaomi Smart Band 8",
        zh="小米手环8",
        price=249,
        colors="black|pink|blue",
        attrs=dict(
            connectivity="Bluetooth 5.1",
            screen_inch=1.62,
            battery_days=16,
            water_resistance="5 ATM",
            warranty_months=12,
        ),
        tags="fitness-band|xiaomi|sleep|steps|budget",
        den=(
            "A light fitness band with a 1.62-inch AMOLED screen, sleep and SpO2 "
            "tracking and up to 16 days per charge."
        ),
        dzh=(
            "1.62英寸AMOLED屏，支持睡眠和血氧监测，一次充电最长用16天。轻巧不勒手，睡觉"
            "也能戴。"
        ),
        compatible_with=XIAOMI_PHONES + ("redminote13", "redmi13c"),
    ),
    dict(
        key="galaxywatch6",
        kind="smartwatch",
        brand="Samsung",
        en="Samsung Galaxy Watch6 40mm",
        zh="三星 Galaxy Watch6 智能手表 40毫米",
        price=1999,
        colors="black|gold|silver",
        attrs=dict(
            connectivity="Bluetooth 5.3 / Wi-Fi / GPS",
            screen_inch=1.3,
            battery_hours=40,
            water_resistance="5 ATM",
            warranty_months=12,
        ),
        tags="smartwatch|samsung|galaxy|wear-os|health",
        den=(
            "A Wear OS watch with a sapphire crystal display, body composition "
            "analysis and sleep coaching, designed to pair with Galaxy phones."
        ),
        dzh=(
            "Wear OS系统，蓝宝石玻璃表镜，支持身体成分分析和睡眠指导，与Galaxy手机搭配"
            "体验最佳。"
        ),
        compatible_with=SAMSUNG_PHONES,
    ),
    dict(
        key="ipad10",
        kind="tablet",
        brand="Apple",
        en="Apple iPad (10th generation) Wi-Fi 64GB",
        zh="苹果 iPad 第十代 WLAN版 64GB",
        price=3599,
        colors="blue|pink|yellow|silver",
        attrs=dict(
            connectivity="Wi-Fi 6",
            screen_inch=10.9,
            storage_gb=64,
            port="USB-C",
            warranty_months=24,
        ),
        tags="tablet|ipad|apple|usb-c|student",
        den=(
            "A 10.9-inch Liquid Retina iPad with USB-C and a landscape front camera "
            "that frames video calls properly. Good for classes, drawing and streaming."
        ),
        dzh=(
            "10.9英寸视网膜屏，USB-C接口，前置摄像头移到横向边框，视频通话更自然。上网"
            "课、画画、追剧都合适。"
        ),
    ),
    dict(
        key="applepencil",
        kind="stylus",
        brand="Apple",
        en="Apple Pencil (USB-C)",
        zh="苹果 Apple Pencil（USB-C）",
        price=649,
        colors="white",
        attrs=dict(
            connectivity="USB-C pairing", pressure_sensitive=False, warranty_months=24
        ),
        tags="stylus|apple-pencil|ipad|notes|drawing",
        den=(
            "Pixel-precise, low-latency stylus that pairs and charges through a USB-C "
            "cable. Ideal for note-taking and sketching on the iPad."
        ),
        dzh=(
            "像素级精准、低延迟，通过USB-C线配对和充电。在iPad上记笔记、画草图都很顺手"
            "。"
        ),
        accessory_of=("ipad10",),
    ),
    dict(
        key="xiaomipad6",
        kind="tablet",
        brand="Xiaomi",
        en="Xiaomi Pad 6 8GB+128GB",
        zh="小米平板6 8GB+128GB",
        price=1999,
        colors="black|blue|gold",
        attrs=dict(
            connectivity="Wi-Fi 6",
            screen_inch=11,
            storage_gb=128,
            refresh_hz=144,
            battery_mah=8840,
            warranty_months=12,
        ),
        tags="tablet|xiaomi|144hz|entertainment|android",
        den=(
            "An 11-inch 2.8K screen at 144 Hz with quad speakers, powered by a "
            "Snapdragon 870. A strong tablet for video and games at this price."
        ),
        dzh=(
            "11英寸2.8K 144Hz高刷屏，四扬声器，骁龙870处理器。这个价位看视频打游戏都很"
            "有优势。"
        ),
    ),
    dict(
        key="matepad115",
        kind="tablet",
        brand="Huawei",
        en="Huawei MatePad 11.5 8GB+128GB",
        zh="华为 MatePad 11.5英寸 8GB+128GB",
        price=2199,
        colors="grey|purple|white",
        attrs=dict(
            connectivity="Wi-Fi 6",
            screen_inch=11.5,
            storage_gb=128,
            refresh_hz=120,
            battery_mah=7700,
            warranty_months=24,
        ),
        tags="tablet|huawei|harmonyos|study|office",
        den=(
            "An 11.5-inch 120 Hz tablet running HarmonyOS, with WPS Office built in "
            "and multi-window for studying or light office work."
        ),
        dzh=(
            "11.5英寸120Hz护眼屏，运行鸿蒙系统，内置WPS办公，支持多窗口，学习办公两不误"
            "。"
        ),
    ),
    dict(
        key="tabs9fe",
        kind="tablet",
        brand="Samsung",
        en="Samsung Galaxy Tab S9 FE 6GB+128GB",
        zh="三星 Galaxy Tab S9 FE 6GB+128GB",
        price=2999,
        colors="grey|silver|purple",
        attrs=dict(
            connectivity="Wi-Fi 6",
            screen_inch=10.9,
            storage_gb=128,
            water_resistance="IP68",
            warranty_months=12,
        ),
        tags="tablet|samsung|s-pen|ip68|galaxy",
        den=(
            "An IP68 water-resistant tablet with an S Pen in the box, handy for "
            "handwritten notes by the pool or in the kitchen."
        ),
        dzh=(
            "IP68级防水平板，随盒附赠S Pen手写笔，在厨房看菜谱、在泳池边记笔记都不怕溅"
            "水。"
        ),
    ),
    dict(
        key="macbookair13",
        kind="laptop",
        brand="Apple",
        en="Apple MacBook Air 13-inch M2 8GB+256GB",
        zh="苹果 MacBook Air 13英寸 M2芯片 8GB+256GB",
        price=7999,
        colors="silver|grey|beige|black",
        attrs=dict(
            connectivity="Wi-Fi 6 / Bluetooth 5.3",
            screen_inch=13.6,
            storage_gb=256,
            ram_gb=8,
            battery_hours=18,
            wattage=30,
            warranty_months=24,
        ),
        tags="laptop|macbook|apple|m2|lightweight",
        den=(
            "A fanless 1.24 kg laptop with the M2 chip, a 13.6-inch Liquid Retina "
            "display and up to 18 hours of battery life. Charges via MagSafe 3 or "
            "USB-C."
        ),
        dzh=(
            "M2芯片无风扇静音设计，重1.24公斤，13.6英寸液态视网膜屏，续航最长18小时。支"
            "持MagSafe 3或USB-C充电。"
        ),
    ),
    dict(
        key="matebook14",
        kind="laptop",
        brand="Huawei",
        en="Huawei MateBook 14 Intel Core Ultra 5 16GB+1TB",
        zh="华为 MateBook 14 酷睿Ultra5 16GB+1TB",
        price=5999,
        colors="grey|silver|green",
        attrs=dict(
            connectivity="Wi-Fi 6 / Bluetooth 5.2",
            screen_inch=14.2,
            storage_gb=1024,
            ram_gb=16,
            wattage=90,
            warranty_months=24,
        ),
        tags="laptop|huawei|office|touchscreen|3k",
        den=(
            "A 14.2-inch 3:2 touchscreen laptop for office work, with 16 GB RAM and a "
            "1 TB SSD. Drag files between it and a Huawei phone with Multi-screen "
            "Collaboration."
        ),
        dzh=(
            "14.2英寸3:2比例触控屏，16GB内存加1TB固态硬盘，办公效率高。与华为手机多屏协"
            "同，文件直接拖拽互传。"
        ),
    ),
    dict(
        key="redmibookpro15",
        kind="laptop",
        brand="Xiaomi",
        en="RedmiBook Pro 15 Ryzen 7 16GB+512GB",
        zh="红米 RedmiBook Pro 15 锐龙7 16GB+512GB",
        price=4999,
        colors="grey",
        attrs=dict(
            connectivity="Wi-Fi 6 / Bluetooth 5.2",
            screen_inch=15.6,
            storage_gb=512,
            ram_gb=16,
            refresh_hz=120,
            wattage=100,
            warranty_months=24,
        ),
        tags="laptop|redmi|xiaomi|3.2k-screen|ryzen",
        den=(
            "A 15.6-inch 3.2K 120 Hz screen and a Ryzen 7 processor in an all-metal "
            "body, good for students who edit photos or code."
        ),
        dzh=(
            "15.6英寸3.2K 120Hz高刷屏，锐龙7处理器，全金属机身，适合修图和写代码的学生"
            "党。"
        ),
    ),
    dict(
        key="srsxb100",
        kind="speaker",
        brand="Sony",
        en="Sony SRS-XB100 Portable Bluetooth Speaker",
        zh="索尼 SRS-XB100 便携蓝牙音箱",
        price=399,
        colors="black|blue|grey|orange",
        attrs=dict(
            connectivity="Bluetooth 5.3",
            battery_hours=16,
            water_resistance="IP67",
            wattage=5,
            warranty_months=12,
        ),
        tags="speaker|sony|bluetooth|portable|ip67",
        den=(
            "A bottle-sized IP67 speaker with a strap for hanging it from a backpack. "
            "Sixteen hours of play and a built-in mic for calls."
        ),
        dzh=(
            "水杯大小的IP67防水音箱，附挂绳可挂在背包上。续航16小时，内置麦克风可接听电"
            "话。"
        ),
    ),
    dict(
        key="xiaoaispeaker",
        kind="speaker",
        brand="Xiaomi",
        en="Xiaomi Xiao AI Smart Speaker Pro",
        zh="小米 小爱音箱Pro 智能音箱",
        price=299,
        colors="black|white",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth 5.0",
            voice_assistant="Xiao AI",
            wattage=12,
            warranty_months=12,
        ),
        tags="smart-speaker|xiaomi|voice-assistant|smart-home|mijia",
        den=(
            "A voice-controlled speaker that plays music and controls Mijia smart-home "
            "devices. It can also act as an infrared remote for older air conditioners."
        ),
        dzh=(
            "语音控制播放音乐，还能当米家智能家居的控制中枢；内置红外遥控，老式空调也能"
            "用语音开关。"
        ),
    ),
    dict(
        key="aurexbt500",
        kind="speaker",
        brand="Aurex",
        en="Aurex BT-500 Party Bluetooth Speaker",
        zh="Aurex BT-500 派对蓝牙音箱",
        price=259,
        colors="black|red|blue",
        attrs=dict(
            connectivity="Bluetooth 5.3",
            battery_hours=20,
            water_resistance="IPX6",
            wattage=40,
            warranty_months=12,
        ),
        tags="speaker|party|bluetooth|rgb-lights|bt-500",
        den=(
            "A 40 W speaker with pulsing RGB lights, a carry handle and 20 hours of "
            "play. Pair two BT-500 units for stereo."
        ),
        dzh=(
            "40W大功率，RGB灯效随音乐律动，自带提手，续航20小时。两台BT-500可组成立体声"
            "。"
        ),
    ),
    dict(
        key="kairohd900",
        kind="projector",
        brand="Kairo",
        en="Kairo HD-900 1080p Home Projector",
        zh="Kairo HD-900 1080P 家用投影仪",
        price=1899,
        colors="white",
        attrs=dict(
            connectivity="Wi-Fi 6 / Bluetooth / HDMI",
            resolution="1920x1080",
            brightness_ansi=900,
            wattage=120,
            warranty_months=12,
        ),
        tags="projector|home-cinema|1080p|autofocus|hd-900",
        den=(
            "A native 1080p projector with 900 ANSI lumens, autofocus and automatic "
            "keystone correction; throws a 100-inch picture from about 2.6 m."
        ),
        dzh=(
            "原生1080P分辨率，900 ANSI流明，支持自动对焦和梯形校正，约2.6米投出100英寸"
            "画面。"
        ),
    ),
    dict(
        key="pixelondc300",
        kind="camera",
        brand="Pixelon",
        en="Pixelon DC-300 4K Action Camera",
        zh="Pixelon DC-300 4K 运动相机",
        price=1299,
        colors="black",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth",
            resolution="4K60",
            water_resistance="10 m without housing",
            battery_mah=1700,
            warranty_months=12,
        ),
        tags="action-camera|4k|waterproof|stabilisation|dc-300",
        den=(
            "Shoots stabilised 4K60 video and is waterproof to 10 m without a housing. "
            "The front screen helps frame vlogs."
        ),
        dzh="4K60帧防抖拍摄，裸机防水10米，前置屏幕方便自拍vlog取景。",
    ),
    dict(
        key="sonyzve10",
        kind="camera",
        brand="Sony",
        en="Sony ZV-E10 Vlog Camera with 16-50mm Kit Lens",
        zh="索尼 ZV-E10 微单Vlog相机 16-50mm套机",
        price=4999,
        colors="black|white",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth / USB-C",
            sensor="APS-C 24.2 MP",
            resolution="4K30",
            warranty_months=12,
        ),
        tags="camera|sony|vlog|mirrorless|zv-e10",
        den=(
            "An interchangeable-lens vlog camera with a flip-out screen, a directional "
            "three-capsule mic and a one-touch background blur button."
        ),
        dzh=(
            "可换镜头的Vlog微单，侧翻屏方便自拍，三头指向性麦克风收音清晰，一键切换背景"
            "虚化。"
        ),
    ),
    dict(
        key="ps5slim",
        kind="console",
        brand="Sony",
        en="Sony PlayStation 5 Slim (Disc Edition)",
        zh="索尼 PlayStation 5 Slim 光驱版",
        price=3899,
        colors="white",
        attrs=dict(
            connectivity="Wi-Fi 6 / Bluetooth 5.1 / HDMI 2.1",
            storage_gb=1024,
            wattage=230,
            warranty_months=12,
        ),
        tags="console|playstation|ps5|gaming|4k",
        den=(
            "The slimmer PS5 with a 1 TB SSD and a Blu-ray drive, playing games at up "
            "to 4K 120 fps. Includes one DualSense controller."
        ),
        dzh=(
            "更轻薄的PS5，1TB固态硬盘，带蓝光光驱，最高支持4K 120帧游戏。附赠一个"
            "DualSense手柄。"
        ),
    ),
    dict(
        key="switcholed",
        kind="console",
        brand="Nintendo",
        en="Nintendo Switch OLED Model",
        zh="任天堂 Switch OLED版 游戏机",
        price=2599,
        colors="white|red",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth / HDMI via dock",
            screen_inch=7,
            storage_gb=64,
            warranty_months=12,
        ),
        tags="console|nintendo|switch|handheld|family",
        den=(
            "A 7-inch OLED handheld that docks to the TV, with two detachable Joy-Con "
            "controllers for playing with family and friends."
        ),
        dzh=(
            "7英寸OLED屏掌机，插上底座即可连电视，两只Joy-Con手柄可拆下来和家人朋友一起"
            "玩。"
        ),
    ),
    dict(
        key="routerax3000t",
        kind="router",
        brand="Xiaomi",
        en="Xiaomi Router AX3000T Wi-Fi 6",
        zh="小米路由器 AX3000T Wi-Fi 6",
        price=229,
        colors="white",
        attrs=dict(
            connectivity="Wi-Fi 6 dual-band",
            max_speed_mbps=3000,
            ports="4x gigabit",
            mesh=True,
            warranty_months=12,
        ),
        tags="router|wifi-6|xiaomi|mesh|home-network",
        den=(
            "A dual-band Wi-Fi 6 router with four gigabit ports and Mesh support, "
            "enough for a two- or three-bedroom flat."
        ),
        dzh="双频Wi-Fi 6路由器，四个千兆网口，支持Mesh组网，两三居室全屋覆盖。",
    ),
    dict(
        key="huaweiax3",
        kind="router",
        brand="Huawei",
        en="Huawei WiFi AX3 Pro Router",
        zh="华为路由 AX3 Pro 千兆Wi-Fi 6路由器",
        price=199,
        colors="white",
        attrs=dict(
            connectivity="Wi-Fi 6+ dual-band",
            max_speed_mbps=3000,
            ports="4x gigabit",
            nfc_connect=True,
            warranty_months=24,
        ),
        tags="router|wifi-6|huawei|nfc|home-network",
        den=(
            "Tap a Huawei phone on the router to join the network via NFC, no password "
            "needed. Four gigabit ports and a quad-core chip."
        ),
        dzh="华为手机碰一碰即可连接Wi-Fi，无需输入密码。四核处理器，四个千兆网口。",
    ),
    dict(
        key="mxmaster3s",
        kind="mouse",
        brand="Logitech",
        en="Logitech MX Master 3S Wireless Mouse",
        zh="罗技 MX Master 3S 无线鼠标",
        price=699,
        colors="black|grey",
        attrs=dict(
            connectivity="Bluetooth / Logi Bolt",
            dpi=8000,
            battery_days=70,
            warranty_months=24,
        ),
        tags="mouse|logitech|wireless|silent-click|office",
        den=(
            "An ergonomic mouse with quiet clicks, an 8000 DPI sensor that tracks on "
            "glass and a MagSpeed wheel that scrolls 1000 lines a second."
        ),
        dzh=(
            "人体工学设计，静音按键，8000DPI传感器玻璃桌面也能用，电磁滚轮每秒可滚动"
            "1000行。"
        ),
    ),
    dict(
        key="keytonk87",
        kind="keyboard",
        brand="Keyton",
        en="Keyton K-87 Mechanical Keyboard (Tenkeyless, Hot-Swap)",
        zh="Keyton K-87 机械键盘 87键 热插拔",
        price=299,
        colors="black|white|pink",
        attrs=dict(
            connectivity="USB-C wired / Bluetooth / 2.4 GHz",
            layout="87-key TKL",
            switches="hot-swappable linear",
            warranty_months=12,
        ),
        tags="keyboard|mechanical|tenkeyless|hot-swap|k-87",
        den=(
            "A compact 87-key tri-mode keyboard with gasket mounting and hot-swap "
            "sockets, so switches can be changed without soldering."
        ),
        dzh=(
            "87键紧凑布局，有线、蓝牙、2.4G三模连接，Gasket结构手感柔和，轴体支持热插拔"
            "，无需焊接即可换轴。"
        ),
    ),
    dict(
        key="xiaomitv55",
        kind="tv",
        brand="Xiaomi",
        en="Xiaomi TV A Pro 55-inch 4K",
        zh="小米电视 A Pro 55英寸 4K",
        price=2299,
        colors="black",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth / HDMI 2.1",
            screen_inch=55,
            resolution="3840x2160",
            wattage=150,
            warranty_months=12,
        ),
        tags="tv|xiaomi|4k|55-inch|smart-tv",
        den=(
            "A 55-inch 4K QLED smart TV with a full-screen metal body and far-field "
            "voice control through Xiao AI."
        ),
        dzh="55英寸4K QLED量子点屏，金属全面屏机身，支持小爱同学远场语音控制。",
    ),
    dict(
        key="bravia55",
        kind="tv",
        brand="Sony",
        en="Sony BRAVIA 55-inch 4K HDR TV (X85L)",
        zh="索尼 BRAVIA 55英寸 4K HDR 电视（X85L）",
        price=5499,
        colors="black",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth / HDMI 2.1",
            screen_inch=55,
            resolution="3840x2160",
            refresh_hz=120,
            wattage=190,
            warranty_months=24,
        ),
        tags="tv|sony|bravia|4k|120hz",
        den=(
            "A 4K 120 Hz Full Array LED TV with Sony's X1 picture processor; the two "
            "HDMI 2.1 inputs support 4K 120 gaming from a PS5."
        ),
        dzh=(
            "全阵列LED背光，X1画质芯片，4K 120Hz；两个HDMI 2.1接口，PS5可开启4K 120帧。"
        ),
        compatible_with=("ps5slim",),
    ),
    dict(
        key="paperleafpl7",
        kind="e_reader",
        brand="Paperleaf",
        en="Paperleaf PL-7 7-inch E-Reader 32GB",
        zh="Paperleaf PL-7 7英寸墨水屏阅读器 32GB",
        price=899,
        colors="black|green",
        attrs=dict(
            connectivity="Wi-Fi / Bluetooth",
            screen_inch=7,
            storage_gb=32,
            water_resistance="IPX8",
            warranty_months=12,
        ),
        tags="e-reader|e-ink|reading|waterproof|pl-7",
        den=(
            "A glare-free 300 ppi E Ink screen with warm front light and physical "
            "page-turn buttons. Waterproof, so reading in the bath is fine."
        ),
        dzh=(
            "300ppi墨水屏不反光，支持暖光调节，带实体翻页键。IPX8防水，泡澡时也能看书。"
        ),
    ),
]
