/**
 * A deterministic generator of a realistic content folder for scale tests (`npm run bench` and others).
 * Every name, place, number and sentence is invented here and put together from templates with a seeded PRNG
 * (mulberry32), so the same seed always gives the same site, byte for byte.
 *
 * 80 % of the articles are news (`news/<year>/g<N>.md`), 20 % notices (`notices/<year>/g<N>.md`), with the
 * frontmatter formats of content/news/2025/shehui-jiuzhu-bushu.md and content/notices/2018/jiceng-minzheng-fangan.md
 * (no attachments).
 *
 * Usage: node scripts/generate/corpus.ts --articles N --out DIR [--seed S]
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

type Rng = () => number;

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicons (all invented)

const CITIES = [
  "安平市",
  "滨江市",
  "泽安市",
  "示范市",
  "青石市",
  "云川市",
  "临溪市",
  "北塘市",
  "丰源市",
  "梧州湾市",
];
const DISTRICTS = [
  "溪桥区",
  "南岭区",
  "北湖区",
  "松林县",
  "桃源县",
  "石门区",
  "清河区",
  "云台县",
  "柳岸区",
  "平川县",
  "金沙区",
  "白塔县",
  "槐荫区",
  "望江区",
  "东坪区",
  "凤鸣县",
  "芦花区",
  "长垣县",
];
const STREETS = [
  "东门街道",
  "南苑街道",
  "西关街道",
  "北辰街道",
  "文昌街道",
  "新华街道",
  "桂花街道",
  "杏坛街道",
  "龙泉镇",
  "青山镇",
  "河口镇",
  "柳营乡",
  "石桥镇",
  "长乐镇",
  "双井街道",
  "枣林镇",
];
const COMMUNITIES = [
  "槐树巷社区",
  "桂香里社区",
  "城东社区",
  "枫林社区",
  "朝阳社区",
  "石榴园社区",
  "李家湾村",
  "上坪村",
  "竹溪村",
  "杨柳村",
  "大洼村",
  "新塘村",
  "白鹭村",
  "黄泥岗村",
  "梨花村",
  "红星村",
  "茶园社区",
  "月湖社区",
];

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "林",
  "罗",
  "高",
];
const GIVEN = [
  "海涛",
  "玉玲",
  "文博",
  "思远",
  "可欣",
  "晓雯",
  "志明",
  "嘉怡",
  "雅婷",
  "建国",
  "秀英",
  "明轩",
  "丽华",
  "国庆",
  "子涵",
  "春梅",
  "立新",
  "雨桐",
  "德胜",
  "慧敏",
  "振华",
  "晓东",
  "淑芬",
  "俊杰",
  "美玲",
  "宏伟",
  "佳琪",
  "永强",
  "桂兰",
  "浩然",
  "静怡",
  "志刚",
  "红霞",
  "鹏飞",
  "婉清",
  "长青",
  "小燕",
  "卫东",
  "若兰",
  "学军",
];
/** 80 names: each surname with four given names. */
const PERSONS = Array.from(
  { length: 80 },
  (_, i) =>
    `${SURNAMES[i % 20]}${GIVEN[(i * 7 + Math.floor(i / 20)) % GIVEN.length]}`,
);

const ORG_SUFFIX = [
  "综合养老服务中心",
  "社区养老服务站",
  "慈善会",
  "社会工作服务中心",
  "儿童福利院",
  "救助管理站",
  "殡仪馆",
  "婚姻登记服务中心",
  "志愿服务联合会",
  "社会组织孵化基地",
  "残疾人康复中心",
  "社会福利院",
  "长者食堂",
  "未成年人救助保护中心",
  "乐龄社会工作服务社",
  "邻里互助会",
];
const DEPTS = [
  "财政局",
  "卫生健康委员会",
  "教育局",
  "人力资源和社会保障局",
  "医疗保障局",
  "住房和城乡建设局",
  "应急管理局",
  "公安局",
  "残疾人联合会",
  "妇女联合会",
  "自然资源和规划局",
  "统计局",
  "农业农村局",
  "司法局",
  "市场监督管理局",
];

/** Topics: name, 主题分类, objects for headings and titles, sentence templates. */
interface Topic {
  name: string;
  topic: string;
  objects: string[];
  sentences: string[];
}

const TOPICS: Topic[] = [
  {
    name: "养老服务",
    topic: "民政\\养老服务",
    objects: [
      "居家社区养老服务网络",
      "老年助餐服务",
      "养老机构安全管理",
      "农村互助养老",
      "养老护理员队伍",
      "失能老年人照护服务",
    ],
    sentences: [
      "{street}新建的长者食堂每天为{k}0余名老年人提供午餐，80岁以上老人每餐可享受{k}元补贴。",
      "截至{year}年底，{city}共建成街道综合养老服务中心{k}个、社区养老服务站点{n}个，覆盖率达到{pct}。",
      "{district}对辖区{n}户特殊困难老年人家庭实施适老化改造，安装扶手、防滑地面和紧急呼叫设备。",
      "“以前一个人在家，摔倒了都没人知道，现在有人天天来看我。”{community}的{age}岁独居老人{person}说。",
      "{org}引入专业护理团队，为失能、半失能老年人提供助浴、助洁、康复训练等上门服务。",
      "{city}民政局会同{dept}开展养老机构消防安全专项检查，共排查隐患{k}处，已全部整改到位。",
      "{district}在{k}个行政村建设农村互助养老点，由村里低龄老人结对照顾高龄老人，形成“老帮老”的互助氛围。",
      "今年以来，全市累计培训养老护理员{n}人次，持证上岗率提高到{pct}。",
      "{street}探索“物业服务+养老服务”模式，由物业企业承接上门巡访、代购代办等基础服务。",
      "养老服务时间银行在{district}试点运行，志愿者累计存储服务时长{n}小时。",
    ],
  },
  {
    name: "社会救助",
    topic: "民政\\社会救助",
    objects: [
      "低收入人口动态监测",
      "最低生活保障审核确认",
      "特困人员救助供养",
      "临时救助",
      "“物质+服务”救助",
      "社会救助资金管理",
    ],
    sentences: [
      "{city}城乡低保标准分别提高到每人每月{yuan1}元和{yuan2}元，惠及困难群众{n}人。",
      "{district}通过低收入人口动态监测平台比对数据，主动发现潜在救助对象{k}0余户，及时落实了救助措施。",
      "对遭遇急难情形的群众，{street}实行“先行救助、后补手续”，最快当天即可拿到临时救助金。",
      "全年共发放临时救助金{wan}万元，救助困难群众{n}人次。",
      "{person}家因病致贫，社区网格员入户走访后，帮助其申请了低保和医疗救助，一家人的生活有了着落。",
      "{city}将低保审核确认权限下放到乡镇（街道），审核确认时限由原来的{k}个工作日压缩到{k2}个工作日。",
      "{org}为分散供养特困人员提供每月不少于{k2}次的探访服务，重点关注其身体状况和居住安全。",
      "各地要严格落实社会救助资金专款专用，不得挤占、挪用、截留或者虚报冒领。",
      "{district}建立“一门受理、协同办理”机制，群众在乡镇（街道）窗口即可提出各类救助申请。",
      "根据{doc}，对低保边缘家庭中的重病、重残人员，可参照“单人户”纳入最低生活保障范围。",
    ],
  },
  {
    name: "儿童福利",
    topic: "民政\\儿童福利",
    objects: [
      "留守儿童关爱服务",
      "困境儿童保障",
      "儿童主任队伍建设",
      "孤儿基本生活保障",
      "未成年人保护工作站",
      "儿童心理关爱",
    ],
    sentences: [
      "{district}为全区{n}名农村留守儿童建立了一人一档，逐一明确了监护责任人和联系人。",
      "{city}集中养育孤儿和社会散居孤儿基本生活最低养育标准分别提高到每人每月{yuan1}元和{yuan2}元。",
      "村（居）儿童主任{person}每月都要到困境儿童家中走访，了解孩子的学习和生活情况。",
      "{street}未成年人保护工作站联合学校开展心理健康讲座{k}场，覆盖学生{n}人次。",
      "{org}开设“暑期课堂”，为留守儿童提供课业辅导、阅读陪伴和安全教育等服务。",
      "各地要加强对事实无人抚养儿童的排查认定，做到应保尽保、不漏一人。",
      "{district}组织儿童督导员和儿童主任轮训{k}期，重点讲授政策要点、走访技巧和个案管理方法。",
      "今年{month}，{city}启动困境儿童关爱服务质量提升行动，计划用三年时间实现关爱服务全覆盖。",
      "{community}利用闲置用房建起“儿童之家”，放学后孩子们可以在这里写作业、看书、做游戏。",
    ],
  },
  {
    name: "婚姻登记",
    topic: "民政\\婚姻登记",
    objects: [
      "婚姻登记“跨省通办”",
      "颁证服务",
      "婚姻家庭辅导",
      "婚俗改革",
      "婚姻登记机关标准化建设",
    ],
    sentences: [
      "{district}婚姻登记服务中心全年共办理结婚登记{n}对、离婚登记{k}0对。",
      "自婚姻登记“跨省通办”试点开展以来，{city}已为{n}对外地新人办理了登记手续。",
      "新人在颁证厅里齐声朗读结婚誓词，{person}作为特邀颁证员为他们颁发结婚证。",
      "{org}设立婚姻家庭辅导室，由专业社工为有需要的当事人提供免费咨询服务。",
      "{city}倡导婚事新办、简办，引导群众抵制高价彩礼、大操大办等不良风气。",
      "婚姻登记服务中心推行网上预约，群众可自主选择办理时间，平均等候时间缩短到{k}分钟以内。",
      "{street}组织集体婚礼，{k}对新人在亲友见证下许下相守一生的承诺。",
      "婚姻登记员要严格审查当事人提交的证件和声明，确保登记信息准确无误。",
    ],
  },
  {
    name: "殡葬管理",
    topic: "民政\\殡葬管理",
    objects: [
      "惠民殡葬政策",
      "公益性公墓建设",
      "殡葬服务机构管理",
      "文明祭扫",
      "节地生态安葬",
    ],
    sentences: [
      "{city}对本地户籍居民免除遗体接运、暂存、火化和骨灰寄存等基本殡葬服务费用。",
      "清明节期间，全市各殡仪馆、公墓共接待祭扫群众{n}人次，未发生安全事故。",
      "{district}新建农村公益性公墓{k}处，有效解决了群众“葬无所”的问题。",
      "{org}推出网上祭扫服务，群众足不出户即可通过手机表达追思之情。",
      "民政部门联合{dept}开展殡葬领域突出问题专项整治，查处违规销售超标准墓穴行为{k}起。",
      "{city}对选择树葬、花葬、海葬等节地生态安葬方式的家庭给予每户{yuan1}元奖补。",
      "殡葬服务机构要在醒目位置公开服务项目和收费标准，不得强制或者变相强制消费。",
      "{street}组织志愿者在祭扫高峰期维持秩序，为老年人和行动不便群众提供引导服务。",
    ],
  },
  {
    name: "社区治理",
    topic: "民政\\社区建设",
    objects: [
      "城乡社区议事协商",
      "社区服务设施",
      "社区工作者队伍",
      "老旧小区治理",
      "智慧社区建设",
      "居民自治",
    ],
    sentences: [
      "{community}定期召开“凉亭议事会”，居民围绕停车、绿化、加装电梯等问题协商解决办法。",
      "{district}为每个社区配备不少于{k2}名专职社区工作者，服务能力明显增强。",
      "通过议事协商，{community}的{k}栋楼完成了管网改造，困扰居民多年的漏水问题得到解决。",
      "{city}建成城乡社区综合服务设施{n}处，基本实现社区服务全覆盖。",
      "{street}梳理社区工作事项清单，取消不合理的考核评比和证明事项{k}项，为社区减负。",
      "社区党组织书记{person}说：“大家的事大家商量着办，办起来就顺了。”",
      "{org}组织居民志愿者组建楼道管家队伍，负责楼道清理和邻里矛盾调解。",
      "{district}上线智慧社区服务平台，居民可在线报修、预约服务和参与议事。",
      "各地要完善村（居）民委员会选举、议事、公开、述职等制度，切实保障群众的知情权、参与权和监督权。",
      "{community}把闲置的锅炉房改造成邻里中心，设置了阅览室、老年活动室和四点半课堂。",
    ],
  },
  {
    name: "慈善事业",
    topic: "民政\\慈善事业",
    objects: [
      "社区慈善基金",
      "慈善信托",
      "网络募捐管理",
      "慈善组织信息公开",
      "“慈善+”帮扶项目",
    ],
    sentences: [
      "{community}设立的邻里慈善基金由居民、商户和辖区企业共同出资，三年来累计帮扶困难家庭{k}0余户次。",
      "{city}慈善总会全年接收社会捐赠款物{wan}万元，开展慈善项目{k}个。",
      "“慈善一日捐”活动共有{n}家单位参与，募集善款{wan}万元，全部用于困难群众帮扶。",
      "{org}发起“温暖过冬”项目，为山区{k}所学校的孩子送去棉衣和学习用品。",
      "慈善组织应当依法公开募捐情况和慈善项目实施情况，自觉接受社会监督。",
      "{city}备案慈善信托{k}单，信托财产规模达到{wan}万元。",
      "爱心企业负责人{person}表示，将继续参与助学、助老、助残等慈善项目。",
      "民政部门对全市慈善组织开展年度检查，对未按规定公开信息的{k2}家组织责令限期整改。",
      "{district}推动社区慈善与社会工作融合发展，打造了一批可复制的社区慈善品牌。",
    ],
  },
  {
    name: "社会组织",
    topic: "民政\\社会组织",
    objects: [
      "社会组织登记管理",
      "社会组织年检年报",
      "行业协会商会",
      "社会组织党建",
      "社区社会组织培育",
    ],
    sentences: [
      "截至{year}年底，{city}共登记社会组织{n}家，其中社会团体{k}0家、民办非企业单位{k2}00家。",
      "{district}社会组织孵化基地已入驻社区社会组织{k}家，为其提供场地、培训和能力建设支持。",
      "民政部门依法撤销长期未开展活动的“僵尸型”社会组织登记{k}家。",
      "{org}通过承接政府购买服务项目，全年服务社区居民{n}人次。",
      "各社会组织要按时报送年度工作报告，如实填报财务状况和业务活动情况。",
      "{city}开展行业协会商会乱收费专项清理，督促{k}家协会退还违规收费{wan}万元。",
      "{street}培育发展文体娱乐、邻里互助、公益慈善等社区社会组织{k}家。",
      "对新成立的社会组织，登记管理机关应当在{k}个工作日内作出准予或者不予登记的决定。",
    ],
  },
  {
    name: "区划地名",
    topic: "民政\\区划地名",
    objects: [
      "地名普查成果转化",
      "乡村地名设标",
      "行政区域界线联合检查",
      "地名文化保护",
      "标准地名使用",
    ],
    sentences: [
      "{district}完成乡村地名设标{n}块，让乡村道路有了“身份证”。",
      "{city}编纂出版地名志和地名故事丛书，收录具有历史文化价值的地名{n}条。",
      "民政部门会同{dept}开展行政区域界线联合检查，对{k}处界桩进行了维护。",
      "{village}的老地名承载着几代人的记忆，经论证后被列入地名文化遗产保护名录。",
      "各地要规范使用标准地名，不得擅自命名、更名住宅小区和道路。",
      "{city}上线地名信息服务平台，群众可在线查询标准地名及其含义和由来。",
      "今年{month}，{district}对辖区{k}0条不规范地名进行了清理整治。",
      "专家{person}认为，地名是重要的文化载体，保护地名就是保护历史文脉。",
    ],
  },
  {
    name: "防灾减灾救灾",
    topic: "民政\\救灾",
    objects: [
      "受灾群众生活救助",
      "救灾物资储备",
      "避灾安置场所建设",
      "冬春救助",
      "灾后恢复重建",
    ],
    sentences: [
      "台风过境后，{city}民政局第一时间启动救助应急响应，转移安置受灾群众{n}人。",
      "全市共开放避灾安置场所{k}处，储备棉被、折叠床、方便食品等物资{n}件。",
      "{district}及时下拨受灾群众生活救助资金{wan}万元，确保受灾群众有饭吃、有衣穿、有安全住处。",
      "{street}组织工作人员逐户排查受损房屋，对{k}户倒房家庭落实了过渡期生活救助。",
      "各地要在入冬前全面摸清受灾群众冬春生活困难情况，建立需救助人员台账。",
      "“房子修好了，心里也踏实了。”搬进新居的{person}高兴地说。",
      "{org}组织志愿者{k}0余人参与灾后清理，帮助群众尽快恢复正常生活。",
      "民政部门会同{dept}开展避灾安置场所安全评估，对不符合要求的{k2}处场所进行了整改。",
    ],
  },
  {
    name: "残疾人福利",
    topic: "民政\\残疾人福利",
    objects: [
      "残疾人两项补贴",
      "康复辅助器具服务",
      "精神障碍社区康复",
      "残疾人照护服务",
    ],
    sentences: [
      "{city}困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到每人每月{yuan1}元和{yuan2}元。",
      "残疾人两项补贴实现“跨省通办”，全年共为{n}名残疾人发放补贴{wan}万元。",
      "{district}设立康复辅助器具租赁服务点{k}个，群众可以就近租用轮椅、助行器等器具。",
      "{org}开展精神障碍社区康复服务，为{k}0余名康复对象提供日间照料和职业训练。",
      "各地要落实残疾人两项补贴主动发现机制，及时将符合条件的残疾人纳入补贴范围。",
      "患有肢体残疾的{person}在社工帮助下学会了手工编织，每月能增加一些收入。",
      "{street}为重度残疾人家庭提供每周{k2}次的上门照护服务，减轻了家庭照护负担。",
    ],
  },
  {
    name: "流浪乞讨救助",
    topic: "民政\\社会救助",
    objects: [
      "生活无着流浪乞讨人员救助",
      "寻亲服务",
      "源头治理",
      "救助管理机构规范化建设",
    ],
    sentences: [
      "寒潮来临前，{city}救助管理站组织街面巡查{k}0余次，劝导{k}名流浪人员进站避寒。",
      "通过人脸识别比对和媒体寻亲，{org}今年已帮助{k}名长期滞留人员找到亲人。",
      "{district}在车站、桥洞等流浪人员集中区域设置临时救助点，提供饮食、衣被和医疗服务。",
      "救助管理机构要严格落实入站登记、安全检查、分区管理等制度，保障受助人员安全。",
      "离家十余年的{person}终于与家人团聚，家属专程送来锦旗表示感谢。",
      "对返乡受助人员，{street}落实就业帮扶和社会救助政策，防止其再次外出流浪。",
      "全年共救助生活无着流浪乞讨人员{n}人次，其中护送返乡{k}0人次。",
    ],
  },
  {
    name: "财政资金",
    topic: "民政\\财务管理",
    objects: [
      "民政资金绩效管理",
      "福利彩票公益金使用",
      "预决算公开",
      "项目资金监管",
    ],
    sentences: [
      "{year}年，{city}共安排民政事业资金{wan}万元，比上年增长{pct}。",
      "市级福利彩票公益金{wan}万元全部用于养老服务、儿童福利、残疾人福利等社会福利和公益事业。",
      "{district}对民政专项资金开展绩效评价，评价结果作为下一年度资金分配的重要依据。",
      "{city}民政局会同{dept}下达中央和省级困难群众救助补助资金{wan}万元。",
      "各地要加快预算执行进度，确保资金及时拨付到位，不得滞留沉淀。",
      "审计发现的{k}个问题已全部完成整改，追回违规资金{wan}万元。",
      "民政部门按规定公开部门预算和决算，主动接受人大监督和社会监督。",
    ],
  },
  {
    name: "统计数据",
    topic: "民政\\统计",
    objects: [
      "民政统计数据质量",
      "统计调查制度",
      "民政事业发展统计公报",
      "数据共享",
    ],
    sentences: [
      "统计显示，{city}60岁及以上老年人口占户籍总人口的{pct}，人口老龄化程度持续加深。",
      "{year}年全市各类养老机构床位{n}张，护理型床位占比达到{pct}。",
      "与上年相比，城市低保对象减少{k}0人，农村低保对象增加{k}人。",
      "民政统计数据实行“谁填报、谁负责”，各填报单位要对数据的真实性和准确性负责。",
      "{district}依托信息系统实现统计数据自动汇总，报表报送时间缩短了{pct}。",
      "《{city}{year}年民政事业发展统计公报》显示，全市共有各类民政服务机构{n}个。",
      "统计人员{person}说，数据背后是一个个具体的家庭，每个数字都要反复核对。",
    ],
  },
  {
    name: "信息公开",
    topic: "民政\\政务公开",
    objects: [
      "政府信息主动公开",
      "依申请公开办理",
      "政策解读",
      "政务新媒体管理",
    ],
    sentences: [
      "{year}年，{city}民政局主动公开政府信息{n}条，受理依申请公开{k}件，均在法定期限内答复。",
      "各地要及时公开社会救助、养老服务等与群众切身利益相关的政策文件和办事指南。",
      "对重要政策文件，要做到政策文件与解读材料同步组织、同步审签、同步发布。",
      "{district}在社区服务站设置信息公开查阅点，方便不会上网的老年人查询政策。",
      "政府信息公开工作年度报告应当在每年1月31日前向社会公布。",
      "民政部门对政务新媒体开展季度检查，对更新不及时的{k2}个账号进行了整改。",
      "根据{doc}，涉及个人隐私的信息在公开前应当进行去标识化处理。",
    ],
  },
  {
    name: "基层政权",
    topic: "民政\\基层政权",
    objects: [
      "乡镇（街道）民政服务能力",
      "村（居）民委员会建设",
      "基层民政工作力量",
      "民政协理员队伍",
    ],
    sentences: [
      "{city}推动乡镇（街道）明确承担民政工作的机构，每个乡镇（街道）民政工作人员不少于{k2}名。",
      "{district}通过政府购买服务在村（社区）设立民政协理员{n}名，打通服务群众“最后一公里”。",
      "{street}民政服务站推行“一窗通办”，群众办理民政事项平均跑动次数降到{k2}次以内。",
      "各地要加强村（居）民委员会规范化建设，完善村规民约和居民公约。",
      "乡镇民政干部{person}身兼数职，却把辖区每一户困难家庭的情况都记在心里。",
      "{city}民政局组织基层民政干部培训{k}期，重点讲授政策法规、信息系统操作和廉洁风险防控。",
      "根据{doc}，县级民政部门应当每年对乡镇（街道）民政工作开展一次全面督导。",
    ],
  },
  {
    name: "志愿服务",
    topic: "民政\\志愿服务",
    objects: [
      "志愿服务组织培育",
      "志愿者权益保障",
      "社区志愿服务站点",
      "志愿服务记录管理",
    ],
    sentences: [
      "{city}实名注册志愿者达到{n}人，占常住人口的{pct}。",
      "{community}志愿服务站组织“银龄互助”活动，低龄老人为高龄老人提供陪伴和代购服务。",
      "{org}全年开展志愿服务活动{k}0余场，累计服务时长{n}小时。",
      "志愿服务组织应当如实记录志愿者的服务时间、服务内容和服务评价。",
      "大学生志愿者{person}利用假期到{village}开展支教，陪伴留守儿童度过了一个充实的暑假。",
      "{district}为志愿者统一购买意外伤害保险，解除了志愿者的后顾之忧。",
      "{street}建立志愿服务积分兑换制度，志愿者可用积分兑换生活用品和服务。",
    ],
  },
];

/** Sentences that fit any topic: framing, meetings, requirements. */
const GENERIC = [
  "会议要求，各级民政部门要进一步提高政治站位，把{topic}工作摆在更加突出的位置。",
  "{city}民政局主要负责同志出席会议并讲话，各区县民政局分管负责同志参加会议。",
  "下一步，{city}将继续聚焦群众急难愁盼问题，推动{topic}工作提质增效。",
  "各地要结合实际制定具体实施措施，明确责任分工和时间节点，确保各项任务落到实处。",
  "{date}，{city}民政局召开{topic}工作推进会，总结前一阶段工作，部署下一步任务。",
  "会上，{district}、{district2}等{k2}个地区作了交流发言。",
  "据了解，这项工作自{prevyear}年启动以来，已累计惠及群众{n}人次。",
  "{person}表示，将把群众满意度作为检验工作成效的重要标准。",
  "各级民政部门要加强与{dept}的沟通协作，形成工作合力。",
  "要加强督促检查，对工作推进不力、群众反映强烈的地方予以通报。",
  "要注重总结推广基层好经验好做法，发挥典型示范带动作用。",
  "要加强政策宣传解读，通过多种渠道让群众知晓政策、用好政策。",
  "{date}，{city}{dept}与民政局联合召开工作协调会，研究解决工作推进中的具体问题。",
  "这项工作已连续{k2}年列入{city}民生实事项目。",
  "根据{doc}，各地要在{month}底前完成相关工作并报送总结材料。",
  "调研中，{person}详细询问了服务对象的实际需求和工作中遇到的困难。",
];

const PREFIXES = [
  "",
  "",
  "",
  "",
  "同时，",
  "此外，",
  "据了解，",
  "与此同时，",
  "目前，",
  "近年来，",
  "今年以来，",
  "实践中，",
  "特别是，",
];

const ISSUERS: { name: string; codes: string[]; city: string }[] = [
  { name: "示范市民政局", codes: ["示范民发", "示范民函"], city: "示范市" },
  {
    name: "示范市民政局办公室",
    codes: ["示范民办发", "示范民办函"],
    city: "示范市",
  },
  { name: "安平市民政局", codes: ["安平民发", "安平民函"], city: "安平市" },
  { name: "安平市民政局办公室", codes: ["安平民办发"], city: "安平市" },
  { name: "滨江市民政局", codes: ["滨江民发", "滨江民函"], city: "滨江市" },
  { name: "滨江市民政局办公室", codes: ["滨江民办发"], city: "滨江市" },
  { name: "泽安市民政局", codes: ["泽民发", "泽民函"], city: "泽安市" },
  { name: "泽安市民政局办公室", codes: ["泽民办发"], city: "泽安市" },
  { name: "青石市民政局", codes: ["青民发", "青民函"], city: "青石市" },
  { name: "云川市民政局", codes: ["云川民发"], city: "云川市" },
  { name: "临溪市民政局", codes: ["临民发", "临民字"], city: "临溪市" },
  { name: "北塘市民政局", codes: ["北塘民发"], city: "北塘市" },
  { name: "丰源市民政局", codes: ["丰民发", "丰民函"], city: "丰源市" },
  { name: "梧州湾市民政局", codes: ["梧湾民发"], city: "梧州湾市" },
  {
    name: "示范市社会救助工作领导小组办公室",
    codes: ["示范救助办发"],
    city: "示范市",
  },
  {
    name: "示范市老龄工作委员会办公室",
    codes: ["示范老龄办发"],
    city: "示范市",
  },
  { name: "示范市慈善事业促进中心", codes: ["示范慈促发"], city: "示范市" },
  { name: "示范市社会组织管理局", codes: ["示范社管发"], city: "示范市" },
  { name: "示范市民政局社会救助处", codes: ["示范民救字"], city: "示范市" },
  { name: "示范市民政局养老服务处", codes: ["示范民养字"], city: "示范市" },
  { name: "示范市民政局儿童福利处", codes: ["示范民儿字"], city: "示范市" },
  { name: "示范市民政局区划地名处", codes: ["示范民地字"], city: "示范市" },
  { name: "安平市东城区民政局", codes: ["安东民发"], city: "安平市" },
  { name: "安平市溪桥区民政局", codes: ["溪民发"], city: "安平市" },
  { name: "滨江市南岭区民政局", codes: ["南岭民发"], city: "滨江市" },
  { name: "滨江市望江区民政局", codes: ["望江民发"], city: "滨江市" },
  { name: "泽安市松林县民政局", codes: ["松民发"], city: "泽安市" },
  { name: "青石市桃源县民政局", codes: ["桃民发"], city: "青石市" },
  { name: "云川市平川县民政局", codes: ["平民发"], city: "云川市" },
  { name: "示范市殡葬管理所", codes: ["示范殡发"], city: "示范市" },
];

const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const VERBS = [
  "完善",
  "健全",
  "加强",
  "推进",
  "深化",
  "规范",
  "强化",
  "优化",
  "抓好",
  "做实",
];
const NEWS_SOURCES = [
  "本部网站",
  "示范日报",
  "安平晚报",
  "滨江日报",
  "民生时报",
  "城乡导报",
  "中国社会报",
  "泽安市民政局网站",
  "青石新闻网",
  "云川日报",
];
const DEPARTMENTS_AUTHOR = [
  "社会救助司",
  "养老服务司",
  "儿童福利司",
  "办公厅",
  "社会事务司",
  "慈善事业促进和社会工作司",
  "区划地名司",
  "基层政权建设和社区治理司",
];

// ---------------------------------------------------------------------------------------------------------------

class Writer {
  readonly rnd: Rng;
  readonly year: number;
  readonly topic: Topic;
  readonly city: string;

  constructor(rnd: Rng, year: number, topic: Topic, city: string) {
    this.rnd = rnd;
    this.year = year;
    this.topic = topic;
    this.city = city;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)] as T;
  }

  docNumber(): string {
    const issuer = this.pick(ISSUERS);
    const y = this.int(2010, this.year);
    return `${this.pick(issuer.codes)}〔${y}〕${this.int(1, 180)}号`;
  }

  slot(key: string): string {
    switch (key) {
      case "city":
        return this.rnd() < 0.6 ? this.city : this.pick(CITIES);
      case "district":
      case "district2":
        return this.pick(DISTRICTS);
      case "street":
        return this.rnd() < 0.5
          ? `${this.pick(DISTRICTS)}${this.pick(STREETS)}`
          : this.pick(STREETS);
      case "community":
        return this.rnd() < 0.4
          ? `${this.pick(STREETS)}${this.pick(COMMUNITIES)}`
          : this.pick(COMMUNITIES);
      case "village":
        return `${this.pick(DISTRICTS)}${this.pick(COMMUNITIES.filter((c) => c.endsWith("村")))}`;
      case "person":
        return this.pick(PERSONS);
      case "org":
        return `${this.rnd() < 0.5 ? this.pick(DISTRICTS) : this.city}${this.pick(ORG_SUFFIX)}`;
      case "dept":
        return this.pick(DEPTS);
      case "n":
        return String(this.int(120, 98000));
      case "k":
        return String(this.int(3, 60));
      case "k2":
        return String(this.int(2, 9));
      case "age":
        return String(this.int(68, 96));
      case "yuan1":
        return String(this.int(40, 160) * 10);
      case "yuan2":
        return String(this.int(30, 120) * 10);
      case "wan":
        return `${this.int(12, 9800)}.${this.int(1, 9)}`;
      case "pct":
        return `${this.int(5, 98)}.${this.int(0, 9)}%`;
      case "year":
        return String(this.year);
      case "prevyear":
        return String(this.year - this.int(1, 5));
      case "month":
        return `${this.int(1, 12)}月`;
      case "date":
        return `${this.int(1, 12)}月${this.int(1, 28)}日`;
      case "topic":
        return this.topic.name;
      case "doc": {
        const t = this.pick(TOPICS);
        return `《关于${this.pick(VERBS)}${this.pick(t.objects)}的${this.pick(["通知", "意见", "实施意见", "指导意见", "若干措施"])}》（${this.docNumber()}）`;
      }
      default:
        throw new Error(`unknown slot {${key}}`);
    }
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_m, key: string) => this.slot(key));
  }

  sentence(): string {
    const r = this.rnd();
    const pool =
      r < 0.6
        ? this.topic.sentences
        : r < 0.8
          ? this.pick(TOPICS).sentences
          : GENERIC;
    const template = this.pick(pool);
    const s = this.fill(template);
    const prefix = this.pick(PREFIXES);
    return prefix &&
      template.startsWith("{") &&
      !/^\{(date|year|prevyear|month)\}/.test(template)
      ? prefix + s
      : s;
  }

  paragraph(): string {
    return Array.from({ length: this.int(2, 5) }, () => this.sentence()).join(
      "",
    );
  }

  heading(i: number): string {
    return `## ${CN_NUM[i % 10]}、${this.pick(VERBS)}${this.pick(this.topic.objects)}`;
  }

  list(): string {
    const numbered = this.rnd() < 0.5;
    return Array.from({ length: this.int(3, 5) }, (_, i) => {
      const item =
        this.rnd() < 0.5
          ? `**${this.pick(VERBS)}${this.pick(this.topic.objects)}。** ${this.sentence()}`
          : this.sentence();
      return numbered ? `${i + 1}. ${item}` : `- ${item}`;
    }).join("\n");
  }

  table(): string {
    const cols = this.pick([
      ["地区", "服务站点（个）", "服务人次"],
      ["地区", "救助人数", "资金（万元）"],
      ["项目", "计划数", "完成数", "完成率"],
    ]);
    const rows = Array.from({ length: this.int(3, 5) }, () => {
      const name =
        cols[0] === "项目"
          ? `${this.pick(VERBS)}${this.pick(this.topic.objects)}`
          : this.pick(DISTRICTS);
      const rest = cols
        .slice(1)
        .map((c) =>
          c === "完成率"
            ? this.slot("pct")
            : c.includes("万元")
              ? this.slot("wan")
              : this.slot(c.includes("个") ? "k" : "n"),
        );
      return `| ${[name, ...rest].join(" | ")} |`;
    });
    return [
      `| ${cols.join(" | ")} |`,
      `|${cols.map(() => " --- ").join("|")}|`,
      ...rows,
    ].join("\n");
  }

  /** A body of about `target` characters: an opening paragraph, then sections. */
  body(target: number, opening: string, closing: string[]): string {
    const blocks = [opening];
    let length = opening.length;
    let section = 0;
    const useHeadings = this.rnd() < 0.8;
    while (length < target) {
      let block: string;
      if (
        useHeadings &&
        (section === 0 ? blocks.length >= 2 : this.rnd() < 0.22)
      ) {
        block = this.heading(section++);
      } else {
        const r = this.rnd();
        block =
          r < 0.1 ? this.list() : r < 0.13 ? this.table() : this.paragraph();
      }
      if (block.startsWith("## ") && blocks.at(-1)?.startsWith("## ")) continue;
      blocks.push(block);
      length += block.length;
    }
    if (blocks.at(-1)?.startsWith("## ")) blocks.push(this.paragraph());
    return `${[...blocks, ...closing].join("\n\n")}\n`;
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;
const LAST = Date.UTC(2026, 10, 1);

function newsArticle(rnd: Rng): { year: number; text: string } {
  const year = 2015 + Math.floor(rnd() * 12);
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year, 11, 31), LAST);
  const day = iso(start + Math.floor(rnd() * ((end - start) / DAY + 1)) * DAY);
  const topic = TOPICS[Math.floor(rnd() * TOPICS.length)] as Topic;
  const w = new Writer(
    rnd,
    year,
    topic,
    CITIES[Math.floor(rnd() * CITIES.length)] as string,
  );
  const obj = w.pick(topic.objects);
  const title = w.fill(
    w.pick([
      `${w.city}民政局召开{year}年${topic.name}工作推进会`,
      `{year}年${w.city}${topic.name}工作会议召开`,
      `{district}推出{k2}项${topic.name}便民举措`,
      `${w.city}${obj}工作取得新进展`,
      `{street}：${w.pick(VERBS)}${obj} 让群众更有获得感`,
      `{org}开展${topic.name}主题活动`,
      `{district}多措并举${w.pick(VERBS)}${obj}`,
      `${w.city}出台措施${w.pick(VERBS)}${obj}`,
      `走进{community}：${obj}的基层实践`,
      `${topic.name}这些年：{district}的变化与思考`,
      `${w.city}民政局调研{district}${topic.name}工作`,
      `{year}年${w.city}${obj}工作综述`,
    ]),
  );
  const channel = w.pick([
    "dept",
    "dept",
    "local",
    "local",
    "media",
    "interpretation",
  ]);
  const source = w.pick(NEWS_SOURCES);
  const author = w.pick([
    `${w.pick(DEPARTMENTS_AUTHOR)} ${w.pick(PERSONS)}`,
    `记者 ${w.pick(PERSONS)}`,
    `通讯员 ${w.pick(PERSONS)}`,
    `${w.city}民政局办公室`,
    `本报记者 ${w.pick(PERSONS)}`,
  ]);
  const date =
    rnd() < 0.3
      ? `"${day} ${String(w.int(8, 18)).padStart(2, "0")}:${w.pick(["00", "15", "30", "45"])}"`
      : day;
  const front = [
    `title: ${title}`,
    `date: ${date}`,
    `source: ${source}`,
    `author: ${author}`,
    `channel: ${channel}`,
  ];
  if (rnd() < 0.6) front.push(`summary: ${w.sentence()}`);
  const opening =
    w.fill(
      `{date}，${w.city}民政局围绕${obj}召开专题会议，总结{prevyear}年以来${topic.name}工作情况，部署下一阶段重点任务。`,
    ) + w.paragraph();
  return {
    year,
    text: `---\n${front.join("\n")}\n---\n\n${w.body(w.int(600, 2500), opening, [])}`,
  };
}

function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

function noticeArticle(
  rnd: Rng,
  serials: Map<string, number>,
  indexes: Map<number, number>,
): { year: number; text: string } {
  const writtenYear = 2015 + Math.floor(rnd() * 12);
  const start = Date.UTC(writtenYear, 0, 1);
  const end = Math.min(Date.UTC(writtenYear, 11, 31), LAST - 10 * DAY);
  const writtenMs = start + Math.floor(rnd() * ((end - start) / DAY + 1)) * DAY;
  const written = iso(writtenMs);
  const date = iso(Math.min(writtenMs + Math.floor(rnd() * 8) * DAY, LAST));
  const year = Number(date.slice(0, 4));
  const topic = TOPICS[Math.floor(rnd() * TOPICS.length)] as Topic;
  const issuer = ISSUERS[
    Math.floor(rnd() * ISSUERS.length)
  ] as (typeof ISSUERS)[number];
  const w = new Writer(rnd, writtenYear, topic, issuer.city);
  const obj = w.pick(topic.objects);
  const kind = w.int(0, 5);
  const title = [
    `${issuer.name}关于印发《${issuer.city}${obj}${w.pick(["实施方案", "工作方案", "管理办法", "三年行动计划", "工作规程"])}》的通知`,
    `${issuer.name}关于做好${writtenYear}年${topic.name}工作的通知`,
    `${issuer.name}关于开展${topic.name}${w.pick(["专项检查", "专项整治", "督导评估", "集中排查"])}的通知`,
    `${issuer.name}关于公布${writtenYear}年度${topic.name}${w.pick(["示范单位名单", "工作情况", "考核结果", "典型案例"])}的公告`,
    `${issuer.name}关于进一步${w.pick(VERBS)}${obj}的意见`,
    `${issuer.name}关于${w.pick(VERBS)}${obj}的${w.pick(["实施意见", "若干措施", "指导意见"])}`,
  ][kind] as string;
  const code = w.pick(issuer.codes);
  const key = `${code}|${writtenYear}`;
  const serial = (serials.get(key) ?? 0) + w.int(1, 6);
  serials.set(key, serial);
  const index = (indexes.get(writtenYear) ?? 0) + w.int(1, 4);
  indexes.set(writtenYear, index);
  const r = rnd();
  const validity = r < 0.8 ? "有效" : r < 0.92 ? "失效" : "废止";
  const front = [
    `title: ${title}`,
    `documentNumber: ${code}〔${writtenYear}〕${serial}号`,
    `issuer: ${issuer.name}`,
    `writtenDate: ${written}`,
    `date: ${date}`,
    `recipients: ${w.pick(["各区、县（市）民政局", "各区县民政局，局机关各处室、各直属单位", "各乡镇人民政府、街道办事处", "各区县民政局，市社会福利院，市救助管理站", "局机关各处室，各直属单位"])}`,
    `indexNumber: 000014349/${writtenYear}-${String(index).padStart(5, "0")}`,
    `topic: '${topic.topic}'`,
    `validity: ${validity}`,
  ];
  if (validity === "失效") front.push(`validityNote: 本文件有效期已届满。`);
  if (validity === "废止")
    front.push(
      `validityNote: 已被《${issuer.city}${obj}管理办法》（${code}〔${Math.min(writtenYear + w.int(1, 3), 2026)}〕${w.int(200, 400)}号）废止`,
    );
  front.push(
    `source: ${w.pick([`${issuer.city}民政局网站`, "民政部网站", `${issuer.city}人民政府网站`])}`,
    `channel: ${w.pick(["notices", "notices", "policies"])}`,
  );
  if (rnd() < 0.7) {
    front.push("contacts:");
    for (let i = w.int(1, 2); i > 0; i--)
      front.push(
        `  - { name: ${w.pick(PERSONS)}, phone: (0${w.int(200, 999)})${w.int(6000, 8999)}${String(w.int(0, 9999)).padStart(4, "0")} }`,
      );
  }
  const opening = `${w.pick(["各区县民政局", "局机关各处室、各直属单位", "各乡镇人民政府、街道办事处"])}：\n\n为${w.pick(["深入贯彻落实", "认真落实", "进一步贯彻"])}${w.slot("doc")}精神，${w.pick(VERBS)}${obj}，${w.sentence()}经研究，现就有关事项通知如下。`;
  const closing = [
    w.pick([
      "特此通知。",
      "请结合实际认真贯彻执行。",
      "执行中遇到的问题，请及时报告。",
    ]),
    `${issuer.name}\n${chineseDate(written)}`,
  ];
  return {
    year,
    text: `---\n${front.join("\n")}\n---\n\n${w.body(w.int(800, 4000), opening, closing)}`,
  };
}

/** Removes and recreates `dir` with `articles` generated articles plus the site settings and glossary. */
export function generateSite(
  dir: string,
  options: { articles: number; seed?: number },
): { news: number; notices: number } {
  const rnd = mulberry32(options.seed ?? 20250101);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const here = path.dirname(new URL(import.meta.url).pathname);
  const content = path.resolve(here, "../../content");
  fs.copyFileSync(path.join(content, "site.yaml"), path.join(dir, "site.yaml"));
  fs.copyFileSync(
    path.join(content, "glossary.yaml"),
    path.join(dir, "glossary.yaml"),
  );
  const serials = new Map<string, number>();
  const indexes = new Map<number, number>();
  const made = new Set<string>();
  let news = 0;
  let notices = 0;
  for (let i = 0; i < options.articles; i++) {
    const isNotice = i % 5 === 4;
    const { year, text } = isNotice
      ? noticeArticle(rnd, serials, indexes)
      : newsArticle(rnd);
    const folder = path.join(dir, isNotice ? "notices" : "news", String(year));
    if (!made.has(folder))
      (fs.mkdirSync(folder, { recursive: true }), made.add(folder));
    fs.writeFileSync(path.join(folder, `g${i + 1}.md`), text);
    if (isNotice) notices++;
    else news++;
  }
  return { news, notices };
}

/** The number of distinct pairs of consecutive Han characters in `text`. */
export function distinctPairs(text: string): number {
  const pairs = new Set<string>();
  const han = /\p{Script=Han}/u;
  let previous = "";
  for (const ch of text) {
    if (han.test(ch)) {
      if (previous) pairs.add(previous + ch);
      previous = ch;
    } else previous = "";
  }
  return pairs.size;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      out: { type: "string", default: "bench/content" },
      seed: { type: "string" },
    },
  });
  const started = performance.now();
  const result = generateSite(path.resolve(values.out), {
    articles: Number(values.articles),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  });
  process.stdout.write(
    `generated ${result.news} news and ${result.notices} notices in ${values.out} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
