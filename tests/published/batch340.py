"""The three-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 医疗 and
药监 bodies, 温江区 (a district of 成都, its staff Han) — its 卫生健康局, the 市场监督管理局's 药品医疗器械
监管 (its 药品医疗器械安全监管科 and a 市场监管所), the 人民医院, the 中医医院, the 妇幼保健院, the
疾病预防控制中心, the 卫生健康综合行政执法大队 and a 社区卫生服务中心 — each handing back the 一览表,
防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's file in two sheets: ``局领导`` (``附件2``, ``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 市场监督管理局's 药品医疗器械监管 排查表 对岗不对人: ``科室`` merged (局领导, 药品医疗器械安全监管科,
  柳城市场监管所), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types,
  ``高风险/中风险/低风险``; no names; an 编制/审核/date line;
- the 妇幼保健院's 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 保健部主任, 出生医学证明管理员): ``姓　名 |
  … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | …`` above ``序号 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 疾病预防控制中心's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 |
  科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 |
  自查情况``, ``一级风险/二级风险/三级风险``, no type column, ``本人签名： | … | 中心主任意见：``;
- the 中医医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低, a 填表人/审核人/院长（签字） line;
- the 卫生健康综合行政执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` … ``三、公共卫生执法中队`` merged
  across (no 科室 column): ``岗位 | 姓名`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line and a 制表/审核/date line;
- the 公平街道社区卫生服务中心's 一览表: ``科室`` written on EVERY row (no merges), ``岗位 | 责任人``,
  ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/主任（签字） line.

One is harder:

- ``wenjiang_peoples_hospital_paired_heads``: the 人民医院's 岗位廉洁风险防控一览表, an ordinary 一览表 in
  its columns (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, ``序号 | 科室 | 岗位 |
  姓名 | 廉洁风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged, ``岗位`` and ``姓名`` merged over each
  run, short types, ``一级/二级/三级``) — but a hospital's clinical 科室 is run by TWO HEADS, the
  科主任 (medical side) and the 护士长 (nursing side), and the risks of running the 科室 (绩效二次分配,
  耗材申领, 设备报废, 固定资产) are THEIRS JOINTLY: so each clinical 科室 (心血管内科, 重症医学科)
  opens with rows whose ``岗位`` cell is ``科主任/护士长`` and whose ``姓名`` cell is ``郗瑄笙/甯湄淇`` —
  TWO POSTS IN ONE CELL AND TWO NAMES IN THE NEXT, PAIRED BY THEIR ORDER (the first name holds the
  first post, the second the second) — and goes on with each head's own rows (``科主任 | 郗瑄笙``,
  ``护士长 | 甯湄淇``) and the 医师's; a merged ``注：`` line under the list says that the 科主任/护士长
  rows are both heads' and that the names follow the posts' order. So a shared row is a point OF
  EACH HEAD, each in the form of HIS OWN post, and every head has one form (the shared points and
  his own together), not a form for ``科主任/护士长``. The README's 读得懂的表 knows ONE post with two
  holders in one cell (``经办员（巫马栖棠、梁丘若棠）``, ``A岗:周敏⏎B岗:高翔``; batch107 and batch133
  wrote ``钮若溪/凤语桐`` under one 售票员 or 书记员), a slash between a 科室 and a post
  (``办公室/出纳``), a slash between a supervisor and the holder (``责任人（分管领导/岗位责任人）`` ``X/Y``,
  Y the holder), several posts naming ONE point in a 责任岗位 cell (``理事长（高）⏎副理事长（中）``,
  ``科主任、护士长`` choosing among ``科主任 | 护士长`` name columns); it does not describe a 岗位 cell
  of two posts beside a 姓名 cell of two names that pair by position, each name the holder of the
  post at its place.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 监护室's rules for 物品 and 仪器 —
专人 申领 and 保管, 固定资产账本, 定期清点, 报废 须经 修理部门 技术鉴定, 借出 经护士长同意, 抢救物品 一律
不外借; an 审计 of 卫生事业类基础设施建设项目 — 项目审批, 招投标进度, 配套资金 分配使用; the rules for
医疗器械使用单位 — 购进验收记录 (注册证号, 灭菌批号), 储存, 无菌医疗器械, 定期检测维修记录; a 妇幼保健院's
公告 of 免费产前筛查 and 新生儿疾病筛查 — 服务对象, 户籍 or 居住证明, 筛查流程; a city's 疫苗流通和预防接种
rules — 冷链, 第一类疫苗 分发 free to 接种单位, 第二类疫苗 需求计划 and 平台采购; a 县中医医院's 专项资金
审计 — 设备招标采购, 财务科 专项资金支出, 重大项目支付 领导会议研究, 专款专用; a 卫生监督所's 专项整治 of
医疗美容机构 — 超备案诊疗项目, 非卫生技术人员, 有照无证; a 新生儿疾病筛查项目合作协议 of a 妇幼保健院 with
the 社区卫生服务中心 and 卫生院 — 血样采集, 知情同意书) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 温江区, named with
the district's name.

Run ``python tests/published/score.py --set batch340`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``岗位`` is ``科主任/护士长`` and whose ``姓名`` is ``X/Y`` is a point of
  X as 科主任 and of Y as 护士长 (the note's words; the order pairs them), with the row's one type and
  level; each head is ONE form in his 科室 — his shared points first, then his own — so the point
  stands twice in the truth, once under each holder (the scorer keys points by holder); no form
  has the post ``科主任/护士长``; the note is no point;
- ``局领导`` (the 卫生健康局's sheet, whose title names it; a 科室 cell of the 市场监督管理局), ``院领导`` (a 科室
  or 部门 cell, a card's 所在科室), ``大队领导`` (a group row) and ``中心领导`` (a 科室 cell, a self-check's
  科室) are the 科室 of those leaders; a group row ``二、医疗卫生执法中队`` gives the 科室 ``医疗卫生执法中队``
  (its number left off); a 局's 科, a hospital's 科 and 部 (心血管内科, 重症医学科, 医学装备科, 保健部,
  医务科), a 中心's 科 and 办公室, a 大队's 中队 and the 局's ``柳城市场监管所`` are 科室;
- 局长, 副局长, the 市场监督管理局's 分管副局长, 院长, 副院长, 大队长, 副大队长 and a 中心's 主任 are leaders;
  科长, 所长, 中队长, 科主任, 护士长 and the 妇幼保健院's 保健部主任 middle; the rest (科员, 监管员, 执法人员,
  执法队员, 医师, 采购员, 验收员, 疫苗管理员, 出生医学证明管理员, 家庭医生, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职责事项``, ``分管工作`` and ``自查情况`` are no
  points and name no holder; the 市场监督管理局's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the card's note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 中心's note)
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b340_"
PLACE = "温江区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

JOINT = "/"  # the 岗位 and 姓名 cells of a 科室's two heads, paired in order
HOSPITAL_HEAD = ("序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
HOSPITAL_NOTE = (
    "注：岗位栏写“科主任/护士长”的，为科主任、护士长共同负责的风险点，姓名栏按岗位顺序填写，"
    "两人均为责任人。"
)
TIERS = {"副院长": "leader", "科主任": "middle", "护士长": "middle", "科长": "middle",
         "医师": "general", "采购员": "general"}  # fmt: skip
# (科室, 岗位 as typed, 姓名 as typed, [(廉洁风险点, 类型, 等级, 防控措施)])
HOSPITAL = [
    ("院领导", "副院长", "眭玥璠", [
        ("医用耗材遴选中为特定供应商打招呼", "外部环境", "一级",
         "耗材遴选由医用耗材管理委员会集体评审，评审过程纪实。"),
        ("分管科室大型设备购置论证把关不严", "岗位职责", "二级", "大型设备购置经专家论证和院长办公会研究。"),
    ]),
    ("心血管内科", "科主任/护士长", "郗瑄笙/甯湄淇", [
        ("科室绩效二次分配方案不经科务会讨论、不公开", "制度机制", "二级",
         "分配方案经科务会讨论通过，在科室内公示。"),
        ("科室医用耗材申领量与实际使用量不符", "业务流程", "二级", "耗材申领经科主任、护士长双签，每月对账。"),
    ]),
    ("心血管内科", "科主任", "郗瑄笙", [
        ("介入耗材品牌选用中收受供应商回扣", "外部环境", "一级", "介入耗材按集采目录使用，使用情况每月点评。"),
        ("违规统计医生用药量提供给医药代表", "思想道德", "一级", "处方数据查询权限分级管理，查询留痕。"),
    ]),
    ("心血管内科", "护士长", "甯湄淇", [
        ("护理耗材和被服领用登记不实", "岗位职责", "三级", "设专人负责物品、被服申领和保管，账物每月核对。"),
    ]),
    ("心血管内科", "医师", "焦昶蕤", [
        ("开具大处方、不合理检查换取提成", "思想道德", "一级", "处方点评和检查合理性抽查，结果纳入绩效考核。"),
    ]),
    ("重症医学科", "科主任/护士长", "阚澄樾/庾霁霈", [
        ("监护室仪器设备报废未经技术鉴定", "制度机制", "二级", "设备报废须经维修部门技术鉴定签字后办理。"),
        ("科室固定资产账物不符", "业务流程", "三级", "建立固定资产账本，定位放置，定期清点。"),
    ]),
    ("重症医学科", "科主任", "阚澄樾", [
        ("高值药品使用中接受医药代表好处", "外部环境", "一级", "高值药品使用专项点评，超常使用预警。"),
    ]),
    ("重症医学科", "护士长", "庾霁霈", [
        ("抢救物品违规外借、一般物品借出不登记", "岗位职责", "二级",
         "抢救物品一律不外借，一般物品借出经护士长同意并登记。"),
    ]),
    ("医学装备科", "科长", "璩霈璆", [
        ("设备采购参数设置带有倾向性", "岗位职责", "一级", "采购参数由使用科室、装备科和院外专家共同论证。"),
        ("设备维修外包单位选定不公开", "业务流程", "二级", "外修单位比价选定，结果在院内公示。"),
    ]),
    ("药剂科", "采购员", "訾溪岍", [
        ("药品采购中指定配送企业、收受回扣", "外部环境", "一级", "药品全部在省平台采购，配送企业集体确定。"),
    ]),
]  # fmt: skip


def holders(post: str, person: str) -> list[tuple[str, str]]:
    """The (岗位, 姓名) a row names: a ``科主任/护士长 | 郗瑄笙/甯湄淇`` pair each to each, in order."""
    posts, people = post.split(JOINT), person.split(JOINT)
    assert len(posts) == len(people), (post, person)
    return list(zip(posts, people, strict=True))


def wenjiang_peoples_hospital_paired_heads() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 12, 14, 15, 38, 10, 9, 34])
    t = _Truth(unit)
    ncols = len(HOSPITAL_HEAD)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*HOSPITAL_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, points in HOSPITAL:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            for title, person in holders(post, who):
                t.point(
                    sh.name, dept, title, person, TIERS[title], point, types_in(typ), GRADES[lv]
                )
    _per_person(sh, first, 1, 2, 3)
    _line(sh, HOSPITAL_NOTE, ncols)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "wenjiang_peoples_hospital_paired_heads", "http://www.jipiyun.cn/a/688360_24177730990549",
        "(harder) 区人民医院 岗位廉洁风险防控一览表 where a clinical 科室's two heads share points, after the source's 监护室 "
        "物品 rules (专人 申领 and 保管, 固定资产账本, 报废 须经 技术鉴定, 借出 经护士长同意, 抢救物品 不外借): a title, a merged "
        "``填报单位（盖章）：…　填报时间：2025年9月`` line, 序号/科室 merged (院领导, 心血管内科, 重症医学科, 医学装备科, 药剂科)/"
        "岗位 and 姓名 merged per run/廉洁风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; in each clinical "
        "科室 the first rows are the two heads' shared points with ``科主任/护士长`` in the 岗位 cell and the two names "
        "``郗瑄笙/甯湄淇`` in the 姓名 cell, PAIRED IN ORDER, then each head's own rows (``科主任 | 郗瑄笙``, ``护士长 | "
        "甯湄淇``); a merged ``注：`` line saying so and a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wenjiang_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    lead.add("附件2")
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄢雯璟", "局长", "主持全面工作，分管办公室、规划财务科", [
            ("卫生基础设施建设项目安排不经党组会集体研究", "一级", "项目安排党组会研究，年度项目计划公开。"),
            ("干部选拔任用和评优评先个人说了算", "一级", "严格执行选任程序，推荐全程纪实。"),
        ]),
        ("弭澜沄", "副局长", "分管医政医管科、基层卫生科", [
            ("医疗机构设置审批中为申请人打招呼", "一级", "审批事项网上办理，审批结果公开。"),
            ("基层医疗机构设备采购中干预供应商选定", "二级", "插手干预事项登记报告，采购进场交易。"),
        ]),
        ("符筱琛", "副局长", "分管疾病预防控制科、妇幼健康科", [
            ("公共卫生专项资金分配向关系单位倾斜", "一级", "资金分配按因素法测算，分配结果公开。"),
            ("接受管理服务对象宴请和礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("科室", [6, 14, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划财务科", "科长", "巫沐沄", "middle", [
            ("卫生建设项目配套资金拨付审核把关不严", "一级", "资金拨付按工程进度审核，实行科长、分管领导双签。"),
            ("建设项目招标文件审核走过场", "二级", "招标文件经法律顾问审核，审核意见存档。"),
        ]),
        ("医政医管科", "科长", "粟棠筱", "middle", [
            ("医疗机构校验中降低标准", "二级", "校验现场核查两人以上，结果公示。"),
            ("医疗纠纷处理中偏袒一方", "二级", "重大纠纷引入第三方调解。"),
        ]),
        ("医政医管科", "科员", "戚葳峤", "general", [
            ("医师执业注册材料把关不严", "三级", "注册材料清单化审核，系统比对。"),
        ]),
        ("基层卫生科", "科长", "禤苒澂", "middle", [
            ("村卫生室建设补助资金核拨不实", "一级", "补助资金按验收结果核拨，名单公示。"),
            ("乡村医生考核打分不公", "三级", "考核细则公开，考核结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "wenjiang_health_bureau_two_sheets", "http://www.audit.gov.cn/n4/n21/c78296/content.html",
        "区卫生健康局 廉政风险防控表 in two sheets, after the source's 审计 of 卫生事业类基础设施建设项目 (项目审批, 招投标进度, "
        "配套资金分配使用): ``局领导`` (``附件2``, a title, 序号/姓名, 职务 and 分管工作 merged per leader/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (规划财务科, 医政医管科, "
        "基层卫生科)/岗位 and 姓名 merged per person/…; a 填表人/审核人/局长（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def wenjiang_market_regulation_device_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 16, 12, 20, 38, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}药品医疗器械监管岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "分管副局长", "leader", [
            ("药械案件查处", "对医疗器械使用单位违法案件说情干预、降格处理", "外部环境风险", "高风险",
             "案件集体审议，说情干预事项登记报告。"),
        ]),
        ("药品医疗器械安全监管科", "科长", "middle", [
            ("检查计划制定", "检查对象选择随意，对关系单位长期不检查", "制度机制风险", "中风险",
             "双随机抽取检查对象，年度检查计划公开。"),
            ("检查问题处理", "对购进验收记录缺失等问题不责令整改", "岗位职责风险", "高风险",
             "问题清单化管理，整改情况跟踪复查。"),
        ]),
        ("药品医疗器械安全监管科", "监管员", "general", [
            ("购进验收记录检查", "检查走过场，不核对注册证号、灭菌批号", "业务流程风险", "中风险",
             "检查表逐项填写，检查记录科长抽查。"),
            ("无菌器械抽样", "事先向使用单位透露抽样信息", "思想道德风险", "高风险", "抽样计划保密，两人以上现场抽样。"),
        ]),
        ("柳城市场监管所", "所长", "middle", [
            ("零售药店日常监管", "接受药店宴请、礼品，放任违规销售处方药", "外部环境风险", "中风险",
             "签订廉洁承诺书，检查结果网上公示。"),
        ]),
        ("柳城市场监管所", "执法人员", "general", [
            ("维修维护记录核查", "对医疗设备定期检测维修记录缺失不登记", "岗位职责风险", "低风险",
             "核查情况录入监管系统，所长复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "wenjiang_market_regulation_device_posts", "http://www.fsou.net.cn/html/text/lar/170400/17040054_1.html",
        "区市场监督管理局 药品医疗器械监管岗位廉政风险点排查表 对岗不对人, after the source's rules for 医疗器械使用单位 "
        "(购进验收记录 with 注册证号 and 灭菌批号, 储存, 无菌医疗器械, 定期检测维修记录): a title, then 序号/科室 merged "
        "(局领导, 药品医疗器械安全监管科, 柳城市场监管所)/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def wenjiang_maternal_child_cards() -> dict:
    unit = f"{PLACE}妇幼保健院"
    t = _Truth(unit)
    cards = [
        ("院长", "牧竺琨", "院领导", "leader", [
            ("产前筛查合作协议签订不经院办公会研究", "制度机制风险", "★★★", "合作协议院办公会研究，协议文本存档。"),
            ("筛查试剂和设备采购中干预供应商选定", "岗位职责风险", "★★★", "试剂设备按限额公开采购，结果公示。"),
            ("接受试剂供应商宴请和礼品", "外部环境风险", "★★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("保健部主任", "詹澴棠", "保健部", "middle", [
            ("免费产前筛查对象资格审核把关不严", "业务流程风险", "★★", "户籍、居住证明逐一核验，审核记录存档。"),
            ("筛查项目补助经费申报虚报人数", "岗位职责风险", "★★★", "申报人数与筛查系统数据比对。"),
        ]),
        ("出生医学证明管理员", "郄蕖沐", "医务科", "general", [
            ("违规签发、补发出生医学证明", "思想道德风险", "★★★", "签发、补发材料双人审核，签发登记。"),
            ("空白证件保管不严、领用不登记", "业务流程风险", "★★", "空白证件专柜保管，领用逐张登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", tab, None)
        sh.add("所在科室", dept, "填卡时间", "2025年9月", None)
        sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "监督电话：028-12388", None, None)
        sheets.append(sh)
    return _layout(
        "wenjiang_maternal_child_cards", "https://xianmch.com/show.asp?id=367",
        "区妇幼保健院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 保健部主任, 出生医学证明管理员), after the source's "
        "妇幼保健院 公告 on 免费产前筛查 and 新生儿疾病筛查 (服务对象, 户籍 or 居住证明, 筛查时间和内容, 筛查流程): a title, the "
        "pairs ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填卡时间 | 2025年9月``, then 序号/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def wenjiang_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("笪筱璆", "中心领导", "主任", "leader", [
            ("第二类疫苗采购中为生产企业打招呼", "一级风险", "疫苗全部在省平台采购，采购计划集体研究。", "已落实"),
            ("冷链设备采购不按程序", "一级风险", "设备采购按限额公开招标，验收邀请纪检参加。", "已落实"),
        ]),
        ("栾霭蘅", "免疫规划科", "科长", "middle", [
            ("第一类疫苗分发中向接种单位收取费用", "一级风险", "分发免费，分发单接种单位签收。", "未发现问题"),
            ("接种单位需求计划汇总审核不实", "二级风险", "需求计划与接种数据比对。", "已落实"),
            ("预防接种异常反应调查处理偏袒一方", "二级风险", "异常反应由专家组调查诊断。", "正在整改"),
        ]),
        ("暨篁笙", "免疫规划科", "疫苗管理员", "general", [
            ("疫苗出入库登记不实、账物不符", "二级风险", "出入库双人经办，每月盘点。", "已落实"),
            ("冷链温度记录弄虚作假", "三级风险", "温度自动监测，记录不可修改。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None)
        sh.add(who, dept, post, "2025年9月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wenjiang_cdc_selfchecks", "http://m.czxdtz.com/ldlc/2018/0831/62055.html",
        "区疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 疫苗流通和"
        "预防接种 rules (冷链 throughout, 第一类疫苗 分发 free of charge to 接种单位, 第二类疫苗 需求计划 and 平台 采购): a "
        "title, a label row ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 中心主任意见：``",
        sheets, t,
    )  # fmt: skip


def wenjiang_tcm_hospital_list() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 12, 10, 9, 40, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "郦溆沐", "leader", [
            ("中医药专项资金项目安排不经院办公会集体研究", "制度机制", "高", "项目安排院办公会研究，会议纪要存档。"),
            ("设备招标中为供应商打招呼", "外部环境", "高", "插手干预事项登记报告，招标进场交易。"),
        ]),
        ("院领导", "副院长", "束澴澜", "leader", [
            ("擅自改变专项资金用途", "岗位职责", "高", "专项资金专款专用，用途调整报主管部门批准。"),
        ]),
        ("药剂科", "科主任", "酆霏樨", "middle", [
            ("中药饮片供应商遴选不公开", "业务流程", "高", "供应商遴选经药事委员会集体研究，结果公示。"),
            ("饮片质量抽检走过场", "岗位职责", "中", "饮片按批次抽检，抽检记录存档。"),
        ]),
        ("药剂科", "验收员", "扈蕖芃", "general", [
            ("中药饮片验收以次充好、数量不符", "思想道德", "中", "验收双人进行，验收与采购分离。"),
            ("验收记录补记、记录不实", "业务流程", "低", "验收记录当日填写，科主任每周抽查。"),
        ]),
        ("财务科", "科长", "蒯湄琨", "middle", [
            ("专项资金支出审核不严", "岗位职责", "中", "支出凭证逐笔审核，专项资金单独核算。"),
            ("大额支付未经领导会议研究", "制度机制", "高", "大额支付提交院办公会研究后办理。"),
        ]),
        ("设备科", "科长", "冀峤篁", "middle", [
            ("设备验收不严，以次充好", "业务流程", "中", "设备验收使用科室、设备科、纪检三方参加。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "wenjiang_tcm_hospital_list", "http://www.tbahospital.com/dzdt/gzdb/202304/t20230419_1027003.html",
        "区中医医院 岗位廉洁风险防控一览表, after the source's 县中医医院 专项资金 审计 (项目资金使用, 设备招标采购流程, 财务科 "
        "专项资金支出, 重大项目支付 领导会议研究, 专款专用): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年9月`` line, then 序号/部门 merged (院领导, 药剂科, 财务科, 设备科)/岗位 and 姓名 merged per person/廉洁风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def wenjiang_health_enforcement_groups() -> dict:
    unit = f"{PLACE}卫生健康综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "滑蕤翊", "leader", [
                ("医疗美容机构专项整治", "对超备案项目开展诊疗的机构说情放过", "Ⅰ级", "专项整治结果集体审议，说情事项登记报告。"),
                ("行政处罚案件审批", "处罚裁量不按基准，随意减免罚款", "Ⅰ级", "按裁量基准处罚，重大案件集体讨论。"),
            ]),
            ("副大队长", "晏岍瑭", "leader", [
                ("投诉举报处理", "压案不查、泄露举报人信息", "Ⅱ级", "举报件登记编号全程跟踪，举报人信息保密。"),
            ]),
        ]),
        ("二、医疗卫生执法中队", "医疗卫生执法中队", [
            ("中队长", "昝澈蕖", "middle", [
                ("医疗机构监督检查", "发现非卫生技术人员从事诊疗不立案", "Ⅰ级", "检查全程执法记录仪记录，案源登记。"),
                ("监督意见书下达", "责令整改不跟踪复查", "Ⅱ级", "整改期满复查，复查结果录入系统。"),
            ]),
            ("执法队员", "谯潋岚", "general", [
                ("有照无证排查", "接受美容场所宴请，检查前通风报信", "Ⅰ级", "检查对象随机抽取，检查时间保密。"),
            ]),
        ]),
        ("三、公共卫生执法中队", "公共卫生执法中队", [
            ("中队长", "亓霏樾", "middle", [
                ("公共场所卫生检查", "检查走过场，放任问题不整改", "Ⅱ级", "检查结果公示，问题整改销号。"),
            ]),
            ("执法队员", "巫苒棣", "general", [
                ("卫生许可现场审查", "现场审查降低标准", "Ⅲ级", "现场审查两人以上，审查记录存档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "wenjiang_health_enforcement_groups", "https://ssrb.fjdaily.com/pc/con/202212/26/content_240139.html",
        "区卫生健康综合行政执法大队 廉政风险防控责任清单, after the source's 卫生监督所 专项整治 of 医疗美容机构 (超备案诊疗项目, "
        "非卫生技术人员, 有照无证 的 企业 and 个体工商户): a title, 序号/岗位/姓名/``职责事项``/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、大队领导``, ``二、医疗卫生执法中队``, ``三、公共卫生执法中队`` merged "
        "across (no 科室 column); 岗位 and 姓名 merged per person; no type column; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wenjiang_community_health_center_list() -> dict:
    unit = f"{PLACE}公平街道社区卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "詹溆楹", "leader", "新生儿疾病筛查定点服务费用结算不实", "制度机制风险", "Ⅰ",
         "结算按筛查人数核对，结算单集体审核。"),
        ("中心领导", "主任", "詹溆楹", "leader", "基本公共卫生服务项目资金分配不公开", "岗位职责风险", "Ⅰ",
         "分配方案职工代表会审议，结果公示。"),
        ("公共卫生科", "科长", "笪澍霁", "middle", "孕产妇、儿童健康管理数据虚报", "业务流程风险", "Ⅱ",
         "数据与妇幼信息系统比对，按季抽查。"),
        ("公共卫生科", "科长", "笪澍霁", "middle", "筛查知情同意书代签", "岗位职责风险", "Ⅲ",
         "知情同意书本人签字，随机电话回访。"),
        ("全科医学科", "家庭医生", "亓菡涟", "general", "家庭医生签约数量弄虚作假", "思想道德风险", "Ⅱ",
         "签约名单电话抽查，虚假签约扣减绩效。"),
        ("全科医学科", "家庭医生", "亓菡涟", "general", "向签约居民推销药品、保健品", "外部环境风险", "Ⅲ",
         "签订廉洁承诺书，推销行为纳入投诉受理。"),
        ("综合办公室", "收费员", "牧璟棠", "general", "收费不开票、截留现金", "岗位职责风险", "Ⅰ",
         "收费一律通过系统开票，现金日清日结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "wenjiang_community_health_center_list", "http://baike8.com.cn/html/yunqijibing/11836.html",
        "街道社区卫生服务中心 岗位廉政风险防控一览表, after the source's 新生儿疾病筛查项目合作协议 between a 妇幼保健院, a 区 "
        "妇幼保健计划生育服务中心 and the 定点服务机构 (社区卫生服务中心, 卫生院: 血样采集, 知情同意书): a title, then 序号/"
        "科室/岗位/``责任人`` written on EVERY row (no merges)/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/"
        "防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wenjiang_peoples_hospital_paired_heads(),
    wenjiang_health_bureau_two_sheets(),
    wenjiang_market_regulation_device_posts(),
    wenjiang_maternal_child_cards(),
    wenjiang_cdc_selfchecks(),
    wenjiang_tcm_hospital_list(),
    wenjiang_health_enforcement_groups(),
    wenjiang_community_health_center_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch340-inbox"))
