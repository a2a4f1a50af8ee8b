"""The eight-hundred-and-forty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tourism and
nature-protection bodies, 乐业县 (of 百色市, 广西壮族自治区) — its 文化广电体育和旅游局, 文化市场综合执法大队,
旅游服务中心, 自然保护区管理中心, 地质公园管理处, 黄猄洞天坑森林公园管理站, 罗妹莲花洞景区管理所 and the
大石围天坑群景区管委会 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 文化广电体育和旅游局's 一览表 in ONE sheet under ``附件1`` and a 填报单位 line: ``科室`` merged (``局领导``
  for the leaders), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 自然保护区管理中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged ``岗位职责``
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 旅游服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no
  names;
- the 文化市场综合执法大队's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row, short
  types, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 地质公园管理处's 清单 under GROUP ROWS ``一、处领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 罗妹莲花洞景区管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 | 自查时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 黄猄洞天坑森林公园管理站's workbook of TWO SHEETS ``站领导`` and ``管护股室``, short types
  (``风险类别``), 高/中/低, a sign-off line.

One is harder:

- ``leye_dashiwei_one_point_one_plan``: the 大石围天坑群景区管委会's 重点廉政风险点 “一点一策” 防控表, ONE SHEET
  A KEY RISK POINT (tabs ``门票减免``, ``观光车经营``, ``摊点招租``, ``栈道工程``). Each sheet opens with a label
  block — ``编号 | 第N项 | 风险类型 | …风险``, ``风险点名称 | …`` and ``风险表现 | …``, the values merged
  across — then a caption line ``涉及岗位及人员`` and a small table ``序号 | 科室 | 岗位 | 姓名 | 风险等级 |
  本人防控措施`` listing EVERY holder of that one point, each with his OWN level and his OWN measures; the
  same six people stand on several sheets (the 主任 on two, the 副主任 on two, the 经营管理科 科长 on two);
  no sheet has a 风险点 column. The 读得懂的表 knows a registration form one sheet a point whose label rows
  name ONE holder (``责任人 | … | 风险等级 | 一级`` over ``风险点 | …``), a point's holders as group rows
  under the point (POINTS_AS_GROUP_ROWS, one sheet), holders each with his own level in a cell or a
  column; it does not describe a workbook of one sheet a point whose point stands only in a
  ``风险点名称`` label row and whose holders are the rows of a table under it, each row a holder of
  that point with his own level and measures, the same holder gathered across the sheets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市文化旅游广电体育局 news item — 检查
旅行社、旅游团队、导游, “黑车、黑导、黑社、黑店”; a 光明日报 report on 乐业 — 天坑群, 世界地质公园, 以兰科植物命名的
国家级自然保护区; a guide to the 世界天坑之都 — 大石围, 穿洞, 布柳河仙人桥, 黄猄洞天坑国家森林公园; a 文旅市场
“百日护航” 专项行动 — 娱乐场所, 网吧, 出版和版权市场; a paper on 地质公园 管理 — 地质遗迹保护, 运营管理, 知识
普及; a 大石围一日游 itinerary — 罗妹莲花洞, 穿洞天坑; a report on 乐业 探险旅游 — 国家森林公园, 原始森林, 地心
之旅; travel notes on the 大石围天坑群景区 — 景区大门和售票处, 门票和老年证优惠, 观光车, 观景台) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us, the
names invented (the rare surnames 岑 and 黎 with rare given names); every unit is a body of 乐业县.

Run ``python tests/published/score.py --set batch845`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is ONE point: its ``风险点名称`` value is the point, its ``风险类型``
  value the point's type, and every row of the ``涉及岗位及人员`` table is a holder of that point with
  the level and measures of his own row; a holder on several sheets is one form (its ``sheet`` the first
  sheet he stands on) holding the points of all of them; the ``编号`` label, the ``风险表现`` (the point's
  manifestation), the caption line and the closing ``监督部门：…　制表：…`` line are no points;
  ``管委会领导`` is the 科室 of the 主任 and 副主任;
- ``局领导``, ``处领导`` and ``站领导`` (a 科室 cell, a group row, a sheet) are the 科室 of those leaders
  (the sheet ``站领导`` has no 科室 column: its leaders have none); a 局's or 站's 股, a 中心's, 处's or
  管委会's 科, an 大队's 中队 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任, 大队长, 处长, 所长, 站长 and 副站长 are leaders;
  股长, 科长 and 中队长 middle; the rest (股员, 会计, 讲解员, 执法队员, 科普讲解员, 检票员, 售票员, 工程管理员,
  护林员) general; the 旅游服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b845_"
PLACE = "乐业县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 管委会's people: key -> (科室, 岗位, 姓名, tier)
STAFF = {
    "主任": ("管委会领导", "主任", "岑邃昉", "leader"),
    "副主任": ("管委会领导", "副主任", "黎罍旸", "leader"),
    "票务科长": ("票务营销科", "科长", "岑罍翛", "middle"),
    "售票员": ("票务营销科", "售票员", "黎甪峤", "general"),
    "经营科长": ("经营管理科", "科长", "岑缇铧", "middle"),
    "工程员": ("规划建设科", "工程管理员", "黎鞮珧", "general"),
}

# one sheet a key point (一点一策): (tab, 风险点名称, 风险类型, 风险表现, [(staff key, 等级, 本人防控措施)])
ONE_POINT_ONE_PLAN = [
    ("门票减免", "门票优惠、免票审批把关不严，擅自减免门票或截留门票收入", "岗位职责风险",
     "以“接待”“考察”名义免票放行，现金售票不入系统，团队票人数少报。", [
        ("副主任", "二级", "免票、优惠票一律凭审批单出票，每月核对免票台账。"),
        ("票务科长", "一级", "售票系统日结日清，票款与系统数据每日核对，差异书面说明。"),
        ("售票员", "一级", "全部门票经系统出票，不收现金不出票，交接班签字。"),
    ]),
    ("观光车经营", "观光车和景区内经营项目委托经营不公开，优亲厚友", "制度机制风险",
     "观光车、云海天舟体验项目委托经营不招标，经营费标准随意调整。", [
        ("主任", "一级", "委托经营项目经管委会集体研究，公开招标或竞争性谈判。"),
        ("经营科长", "一级", "经营合同统一范本，经营费标准公示，按季度收缴。"),
    ]),
    ("摊点招租", "景区商铺、摊点招租和收费中收受经营户好处", "外部环境风险",
     "游客中心商铺、观景台摊点不经公开招租，擅自减免摊位费。", [
        ("经营科长", "二级", "摊点数量、位置和租金标准公示，招租结果公开。"),
        ("副主任", "三级", "摊位费减免经主任办公会研究，纪检组全程监督。"),
    ]),
    ("栈道工程", "观景台、游步道维修工程验收把关不严，虚增工程量", "业务流程风险",
     "天坑观景台、游步道维修不经现场计量即签字，设计变更不按程序审批。", [
        ("主任", "二级", "工程变更超过合同价10%的经管委会会议研究。"),
        ("工程员", "一级", "隐蔽工程现场计量留影像资料，验收三方签字。"),
    ]),
]  # fmt: skip


def leye_dashiwei_one_point_one_plan() -> dict:
    unit = f"{PLACE}大石围天坑群景区管委会"
    t = _Truth(unit)
    home: dict[str, str] = {}
    sheets = []
    for n, (tab, point, typ, shows, holders) in enumerate(ONE_POINT_ONE_PLAN, 1):
        sh = _Sheet(tab, [6, 14, 12, 10, 10, 44])
        _line(sh, f"{unit}重点廉政风险点“一点一策”防控表", 6)
        r = sh.add("编号", f"第{n}项", None, "风险类型", typ, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("风险点名称", point, None, None, None, None)
        sh.merge(r, 1, r, 5)
        r = sh.add("风险表现", shows, None, None, None, None)
        sh.merge(r, 1, r, 5)
        _line(sh, "涉及岗位及人员", 6)
        sh.add("序号", "科室", "岗位", "姓名", "风险等级", "本人防控措施")
        for i, (key, lv, measures) in enumerate(holders, 1):
            dept, post, who, tier = STAFF[key]
            sh.add(i, dept, post, who, lv, measures)
            home.setdefault(who, tab)
            t.point(home[who], dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _line(sh, "监督部门：管委会纪检组　　　　制表：办公室　　　　2025年5月", 6)
        sheets.append(sh)
    return _layout(
        "leye_dashiwei_one_point_one_plan", "http://www.kamkm888.com/56don9i",
        "(harder) 天坑群景区管委会 重点廉政风险点 “一点一策” 防控表, after the source's travel notes on the 大石围天坑群景区 "
        "(景区大门和售票处, 门票90元、老年证优惠, 观光车, 观景台, 村屯): ONE SHEET A KEY RISK POINT (tabs named by a short "
        "name of the point); each sheet is a label block ``编号 | 第N项 | 风险类型 | …``, ``风险点名称 | …`` and "
        "``风险表现 | …`` (merged across) over a caption ``涉及岗位及人员`` and a small table ``序号 | 科室 | 岗位 | 姓名 | "
        "风险等级 | 本人防控措施`` listing EVERY holder of that one point, each with his own level and his own measures; "
        "the same people stand on several sheets; no sheet has a 风险点 column; ``一级/二级/三级``; a 监督部门/制表 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def leye_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文化广电体育和旅游局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}办公室{GAP * 12}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "岑觐翚", "leader", "旅游发展专项资金分配不经党组会集体研究", "一级",
         "专项资金分配方案经局党组会研究，分配结果公示。"),
        ("局领导", "局长", "岑觐翚", "leader", "A级旅游景区评定推荐中受人情干扰", "二级",
         "景区评定推荐实行专家评审，评审意见存档。"),
        ("局领导", "副局长", "黎杪翚", "leader", "文艺演出、体育赛事承办单位选定暗箱操作", "二级",
         "承办单位通过政府采购方式确定，结果公开。"),
        ("旅游市场股", "股长", "岑昳蘧", "middle", "对旅行社“不合理低价游”、擅自增加购物点投诉查处不力", "一级",
         "旅游投诉登记编号，限时办结，处理结果回访游客。"),
        ("旅游市场股", "股长", "岑昳蘧", "middle", "导游、旅行社违规经营线索不移交执法大队", "二级",
         "检查发现的违规线索当日登记，移交情况月度通报。"),
        ("文化遗产股", "股员", "黎峁璘", "general", "文物保护单位维修项目申报材料审核不严", "二级",
         "申报材料实行股室初审、分管领导复核。"),
        ("办公室", "会计", "黎栝昀", "general", "公务接待、会议费用超标准报销", "三级",
         "接待费用凭公函和接待清单报销，每季度公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "leye_culture_tourism_bureau_list",
        "http://weixin.zjjnews.cn/e/action/ShowInfo.php?classid=37&id=150609",
        "县文化广电体育和旅游局 岗位廉政风险防控一览表, after the source's 市文化旅游广电体育局 news (行业监管, 检查旅行社、"
        "旅游团队、购物场所、导游, “黑车、黑导、黑社、黑店”): ``附件1``, a title, a 填报单位 line, then 序号/科室 merged "
        "(``局领导``)/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a "
        "制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def leye_reserve_center_cards() -> dict:
    unit = f"{PLACE}自然保护区管理中心"
    t = _Truth(unit)
    cards = [
        ("黎旃瑀", "主任", "主持中心全面工作，负责兰科植物保护和保护区建设项目管理", "leader", [
            ("保护区内建设项目审查把关不严，同意在核心区、缓冲区开展经营活动", "★★★",
             "涉及保护区的建设项目经中心会议研究，按规定报上级主管部门审批。"),
            ("生态保护补偿资金、护林员补助分配不公开", "★★★", "补助标准和发放名单在村屯公示，银行代发。"),
            ("保护区科研合作单位选定不经集体研究", "★★", "科研合作协议经中心会议研究，报县林业局备案。"),
        ]),
        ("岑旃骃", "副主任", "协助主任工作，分管巡护执法和野生兰花资源监测", "leader", [
            ("对盗挖、收购野生兰花行为查处不力，以罚代刑", "★★★", "案件线索登记，涉嫌犯罪的一律移送公安机关。"),
            ("巡护记录弄虚作假，巡护补贴虚报", "★★", "巡护轨迹APP记录，补贴按巡护天数核发。"),
            ("保护区界桩、标识牌采购中收受供应商好处", "★", "采购按政府采购程序，验收两人以上签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(post, [8, 38, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "leye_reserve_center_cards", "http://ww.mefun.com/yspd/20230416/041619214.html",
        "县自然保护区管理中心 岗位廉政风险防控卡, one sheet a leader (tabs named by the post), after the source's 光明日报 "
        "report 乐山乐水更乐业 (天坑群, 世界地质公园, 兰花64属174种, 以兰科植物命名的国家级自然保护区): a title, "
        "``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a "
        "``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def leye_tourism_service_center_posts() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "旅游宣传推介活动承办公司指定，宣传费用虚高", "制度机制风险", "高",
         "宣传推介项目按采购程序确定承办单位，费用经中心会议审定。"),
        ("游客服务科", "科长", "middle", "游客咨询投诉转办后不跟踪，压案不办", "岗位职责风险", "中",
         "投诉转办单编号管理，办理结果电话回访。"),
        ("游客服务科", "讲解员", "general", "讲解中向游客推荐指定购物点、农家乐收取回扣", "思想道德风险", "高",
         "讲解员签订廉洁服务承诺，公开监督电话，游客评价纳入考核。"),
        ("游客服务科", "讲解员", "general", "讲解服务私下收费、不开票", "业务流程风险", "中", "讲解服务统一在服务台开票收费。"),
        ("综合科", "会计", "general", "旅游集散中心场地租金收取不及时、不入账", "业务流程风险", "中",
         "租金按合同期限收缴，收入全额缴入财政专户。"),
        ("综合科", "会计", "general", "节庆活动经费报销凭证不全", "外部环境风险", "低", "活动经费凭合同、验收单和发票报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "leye_tourism_service_center_posts", "https://qqx.com/gonglve/15103",
        "县旅游服务中心 岗位廉政风险点排查表 对岗不对人, after the source's guide to the 世界天坑之都 (大石围天坑, 穿洞天坑, "
        "布柳河仙人桥景区, 黄猄洞天坑国家森林公园): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def leye_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("Sheet1", [6, 14, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "岑棼璆", "leader", "对网吧、歌舞娱乐场所违法经营案件说情打招呼", "思想道德", "Ⅰ级",
         "落实干预执法活动记录报告制度，重大案件集体讨论。"),
        ("大队领导", "大队长", "岑棼璆", "leader", "行政处罚自由裁量权行使不规范", "制度机制", "Ⅰ级", "严格执行裁量基准，处罚决定公示。"),
        ("执法一中队", "中队长", "黎棣翛", "middle", "节假日旅游市场检查走过场，对“黑导”“黑社”不予查处", "岗位职责", "Ⅱ级",
         "检查实行执法记录仪全程记录，检查结果通报。"),
        ("执法一中队", "执法队员", "岑藟昕", "general", "检查中接受经营单位吃请、礼品", "外部环境", "Ⅱ级",
         "执法检查两人以上，公开投诉电话。"),
        ("执法一中队", "执法队员", "岑藟昕", "general", "查扣的盗版出版物、违规设备不登记、私自处理", "业务流程", "Ⅰ级",
         "查扣物品当场开具清单，入库登记，统一销毁。"),
        ("综合股", "股长", "黎觐沄", "middle", "执法案卷评查中降低标准", "岗位职责", "Ⅲ级", "案卷评查交叉进行，评查结果排名。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    return _layout(
        "leye_enforcement_brigade_list", "https://comemg.com/a/su-zhou-wen-lu-shi-chang-bai-ri-hu-hang-zhuan-xiang-xing-dong-qi-dong.html",
        "县文化市场综合执法大队 岗位廉政风险点防控一览表, after the source's 文旅市场 “百日护航” 专项行动 (网络文化市场, 营业性"
        "演出, 娱乐场所, 互联网上网服务营业场所, 出版和版权市场, 旅游市场): a title, a 填报单位（盖章） line, ``部门 | 岗位 | "
        "责任人`` on EVERY row, 风险类型 short names, ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def leye_geopark_office_group_rows() -> dict:
    unit = f"{PLACE}地质公园管理处"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "黎蘧珰", "leader", [
                ("地质遗迹保护项目资金安排个人说了算", "一级风险", "项目资金安排经处务会研究，报县自然资源局审核。"),
                ("科普研学基地合作单位确定不公开", "二级风险", "合作单位公开征集，评审结果公示。"),
            ]),
        ]),
        ("二、遗迹保护科", "遗迹保护科", [
            ("科长", "岑甪棣", "middle", [
                ("对破坏地质遗迹、私采溶洞钟乳石行为隐瞒不报", "一级风险", "巡查发现问题当日上报，建立问题台账。"),
                ("地质遗迹监测数据弄虚作假", "二级风险", "监测数据双人采集，定期抽查复核。"),
            ]),
        ]),
        ("三、科普宣教科", "科普宣教科", [
            ("科普讲解员", "黎昳缃", "general", [
                ("研学团队讲解收费不入账", "二级风险", "研学服务统一签订协议，费用对公账户收取。"),
                ("科普宣传品印制数量虚报", "三级风险", "宣传品入库登记，按需领用。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "leye_geopark_office_group_rows", "https://conference.wf.pub/article:159_wfid%3Aconference9822564",
        "县地质公园管理处 廉政风险防控责任清单, after the source's paper on 地质公园 管理 (“多家管”不如“一家管”, 地质遗迹"
        "保护, 运营管理, 知识普及): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、处领导``, ``二、遗迹保护科``, ``三、科普宣教科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def leye_lotus_cave_selfchecks() -> dict:
    unit = f"{PLACE}罗妹莲花洞景区管理所"
    t = _Truth(unit)
    people = [
        ("岑鞮晞", "所长", "leader", [
            ("景区门票收入不及时上缴，坐收坐支", "高风险", "门票收入每日解缴财政专户，月度对账。", "已落实"),
            ("洞内灯光改造工程施工单位指定", "高风险", "工程按规定公开招标，结果公示。", "未发现问题"),
            ("旅行社团队结算中给予额外优惠换取好处", "中风险", "团队结算价格统一执行，结算单所务会审核。", "已落实"),
        ]),
        ("黎藟翀", "检票员", "general", [
            ("检票时放行无票人员或重复使用门票", "中风险", "闸机检票，人工通道登记。", "已落实"),
            ("收受游客现金代为购票", "低风险", "检票口不收现金，公示购票方式。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "自查时间", None)
        sh.add(who, unit, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "单位意见：", None, None)
        sheets.append(sh)
    return _layout(
        "leye_lotus_cave_selfchecks", "http://www.seeinchina.com/E_ReadNews.asp?NewsID=77727",
        "景区管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 乐业大石围一日游 "
        "(罗妹莲花洞 莲花盆, 穿洞天坑, 大石围景区, 团队行程): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 自查时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 单位意见：``",
        sheets, t,
    )  # fmt: skip


def leye_forest_park_station_two_sheets() -> dict:
    unit = f"{PLACE}黄猄洞天坑森林公园管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 38, 10, 8, 34])
    _line(lead, f"{unit}站领导廉政风险点登记表", 7)
    lead.add("序号", "姓名", "职务", "风险点", "风险类别", "等级", "防控措施")
    leaders = [
        ("岑峁栝", "站长", [
            ("森林公园内林木采伐、占用林地审核把关不严", "岗位职责", "高", "林地占用和采伐申请经站务会研究，现场核查留影像。"),
            ("护林员选聘优亲厚友", "思想道德", "中", "护林员选聘条件和结果在村委公示。"),
        ]),
        ("黎邃翀", "副站长", [
            ("森林防火物资采购价格虚高", "制度机制", "中", "物资采购询价三家以上，验收入库登记。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(lead.rows)
    for who, post, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("管护股室", [6, 14, 9, 9, 38, 10, 8, 34])
    _line(dept, f"{unit}管护股室廉政风险点登记表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("资源管护股", "股长", "岑杪琊", "middle", "对林区违法用火、乱砍滥伐线索不查处", "岗位职责", "高", "线索登记，查处情况月报。"),
        ("资源管护股", "股长", "岑杪琊", "middle", "生态护林员考核打分不实", "业务流程", "中", "考核结果在管护片区公示。"),
        ("资源管护股", "护林员", "黎蘧翛", "general", "巡山日志代签、补签", "业务流程", "低", "巡护轨迹与日志每月比对。"),
        ("资源管护股", "护林员", "黎蘧翛", "general", "收受林区农户好处，放任偷运木材", "外部环境", "高", "林区卡口联合检查，举报电话公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "leye_forest_park_station_two_sheets", "http://m.xxznews.com/gn/2022/1008/263161.html",
        "县森林公园管理站 廉政风险点登记表 in TWO SHEETS, after the source's report on 乐业 探险旅游 (国家森林公园, 世界地质"
        "公园, 天坑群, 原始森林, 地心之旅 探险线路): sheet 站领导 with 姓名/职务 merged per leader, sheet 管护股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 风险点, 风险类别 (short names), 等级 高/中/低, 防控措施; a 填表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    leye_dashiwei_one_point_one_plan(),
    leye_culture_tourism_bureau_list(),
    leye_reserve_center_cards(),
    leye_tourism_service_center_posts(),
    leye_enforcement_brigade_list(),
    leye_geopark_office_group_rows(),
    leye_lotus_cave_selfchecks(),
    leye_forest_park_station_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch845-inbox"))
