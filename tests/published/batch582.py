"""The five-hundred-and-eighty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 机关事务 and
后勤 bodies, 玛曲县 (甘南藏族自治州, 甘肃) — its 机关事务管理局, 机关事务服务中心, 公务用车服务中心,
接待服务中心 and 机关后勤服务中心 (机关食堂, 物业) and the 党政综合办公室 of three of its towns (采日玛镇,
齐哈玛镇, 欧拉秀玛镇), which run the towns' 公车, 加油卡, 公务接待 and 食堂 — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 机关事务管理局's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室`` merged, ``岗位 | 姓名``
  merged per person, short types, ``一级/二级/三级``;
- the 公务用车服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低, a ``注：`` line; no names;
- the 接待服务中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` over ``所在科室 | … |
  持卡时间 | …``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 机关后勤服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 采日玛镇's 责任清单 under GROUP ROWS ``一、镇领导`` / ``二、党政综合办公室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 齐哈玛镇's file in TWO SHEETS: ``镇领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``站所办`` (``科室 | 岗位 | 姓名``), a ``风险类别`` column of short names, ``高风险/中风险/低风险``;
- the 欧拉秀玛镇's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), 高/中/低, a ``注：`` line and an 编制人/审核人 line.

One is harder:

- ``maqu_affairs_service_centre_shared_spans``: the 机关事务服务中心's 岗位廉政风险点分布表, ONE ROW A
  WORK ITEM (``序号 | 工作事项 | … | 风险等级 | 防控措施``) and a TWO-ROW heading whose ``各岗位廉政风险点``
  is merged across one column a post, each heading cell ``post⏎name`` (``主任⏎勾昶翊``); each cell under
  a post is that post's point in this work item (``/`` where it has none), and a point that two or
  three NEIGHBOURING posts share is written ONCE, in a cell MERGED ACROSS their columns (a
  horizontal merge over ``副主任 | 资产管理员 | 会计``), as a ``注：`` line under the table says. So a
  row may hold single points, one shared point over two or three columns, or both, and a post's
  points are the cells of its column, merged ones included. The README's 读得懂的表 knows
  ``廉政风险点`` merged over post columns each cell a point, a point MERGED DOWN over two posts' rows
  (a point shared by two posts in a list of one row a post), ``√`` under several holder columns, and
  a point's 责任岗位 listing posts one a line; it says nothing of a point merged ACROSS the columns
  of the posts that share it, where the merge's span is the only thing that names its holders. A
  scan of the earlier batches for a cell merged across two or more columns inside a numbered row
  finds a 股室 and 岗位 typed as one cell (batch172), a point merged over its 风险表现 column
  (batch489), a converted PDF's fields over grid columns (batch490), cards' points and measures
  over spare columns and a list's point over its own wide column (batch571), never a point merged
  over post columns.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省机关事务管理局's 清廉单元 —
国有资产 配置处置, 公车 配置与处置, 办公用房, 周转住房; a 市 纪委's note on 公务加油卡 — 一车一卡, 主卡副卡,
定点加油, 非油品, 套现; a 车辆管理中心's check of 公车 — 调度员, 派车单, GPS 轨迹, 台班费, 维修费和油耗;
a 违规公务接待负面清单 — 公函, 陪餐人数, 专车接送, 接待费列支, 现金支付; a 国管局 column on 机关后勤
食材采购 — 不相容岗位, 采购员、库管员、收货员, 轮岗, 预算控制; a 乡's 公务接待管理办法 — 党政办 统一管理,
事先报主要领导批准, 乡食堂, 用餐结算单; a 乡镇 “一车一卡” 加油卡 — 财政所专人保管, 出车备案, 用油记录本;
a 乡 纪委 case of a 加油卡 kept by a 乡直单位 head — 党政办 统一管理, 私车公养) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the surnames 勾 and 乐正 with rare given names); every unit is a body of 玛曲县.

Run ``python tests/published/score.py --set batch582`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a cell under a post is a point of that post (its holder from the heading's
  second line) with the row's level; a cell merged across several post columns is ONE point of
  EACH post under the merge; ``/`` is no point; one form a post, no 科室 (the table names none); the
  ``工作事项`` is no point, the ``注：`` line and the 填表/审核 line are none;
- ``局领导``, ``中心领导``, ``镇领导`` (a 科室 cell, a 所在科室 cell, a group row) are the 科室 of those
  leaders; the 齐哈玛镇's leaders (sheet ``镇领导``, no 科室 column) have no 科室; a 局's or a 中心's
  股/科, a 中心's 机关食堂 and a 镇's 党政综合办公室 (党政办) and 财政所 are 科室; a group row
  ``二、党政综合办公室`` gives the 科室 ``党政综合办公室`` (its number left off);
- 局长, 副局长, a 中心's 主任 and 副主任, 镇长, 副镇长 and 党委书记 are leaders; 股长, 科长 and a 党政办's
  主任 middle; the rest (股员, 会计, 出纳, 调度员, 驾驶员, 管理员, 采购员, 文书, 干事, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况``, ``持卡时间`` and
  ``填表时间`` are no points and name no holder; the 公务用车服务中心's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b582_"
PLACE = "玛曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the posts across, in the heading's order: (post, name, tier)
POSTS = [
    ("主任", "勾昶翊", "leader"),
    ("副主任", "乐正翊岚", "leader"),
    ("资产管理员", "勾翀沅", "general"),
    ("会计", "乐正澂", "general"),
    ("车辆调度员", "勾琰峤", "general"),
    ("驾驶员", "乐正岍澜", "general"),
]

# (工作事项, [(first post, posts spanned, 廉政风险点)], 风险等级, 防控措施); the posts not named are ``/``
ITEMS = [
    ("重大事项决策", [(0, 2, "“三重一大”事项不经主任办公会集体研究，个人说了算")], "一级",
     "严格执行“三重一大”集体决策制度，会议纪要存档备查。"),
    ("干部职工管理", [(0, 1, "干部职工评优评先、绩效考核中优亲厚友")], "二级",
     "评优和考核结果在中心内公示五个工作日。"),
    ("国有资产管理", [(1, 3, "国有资产处置不评估，低价处置或处置收入不入账")], "一级",
     "资产处置委托第三方评估，公开处置，收入全额上缴国库。"),
    ("办公用房和周转住房", [(1, 1, "周转住房分配不按轮候顺序，优亲厚友"),
                          (2, 1, "办公用房使用台账登记不实，超标准占用不纠正")], "二级",
     "周转住房轮候名单和分配结果公示；办公用房每年清查一次。"),
    ("公务加油卡", [(3, 2, "公务加油卡充值、副卡额度与用油台账不符"),
                   (5, 1, "使用公务加油卡为私家车加油、购买非油品")], "一级",
     "主卡专人保管、副卡一车一卡，每月打印交易明细与出车记录核对。"),
    ("公务用车使用", [(4, 2, "公车私用，节假日无派车单出车")], "二级",
     "凭派车单出车，节假日车辆统一封存，平台轨迹每日比对。"),
    ("车辆维修", [(4, 1, "车辆不在定点厂维修，虚报维修项目")], "三级",
     "维修实行定点、事前报批，维修单与派车单核对。"),
]  # fmt: skip


def maqu_affairs_service_centre_shared_spans() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    n = len(POSTS)
    ncols = 2 + n + 2
    sh = _Sheet("分布表", [6, 14] + [16] * n + [8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分布表", ncols)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", ncols)
    top = sh.add(
        "序号", "工作事项", "各岗位廉政风险点", *([None] * (n - 1)), "风险等级", "防控措施"
    )
    sh.add(None, None, *[f"{post}\n{who}" for post, who, _ in POSTS], None, None)
    for c in (0, 1, ncols - 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 2, top, 1 + n)
    for i, (item, cells, lv, measures) in enumerate(ITEMS, 1):
        row = [NONE] * n
        for first, span, _point in cells:
            row[first : first + span] = [None] * span
        for first, _span, point in cells:
            row[first] = point
        r = sh.add(i, item, *row, lv, measures)
        for first, span, _point in cells:
            if span > 1:
                sh.merge(r, 2 + first, r, 1 + first + span)
    # the truth one form a post, in the heading's order
    for j, (post, who, tier) in enumerate(POSTS):
        for _item, cells, lv, _measures in ITEMS:
            for first, span, point in cells:
                if first <= j < first + span:
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：两个及以上岗位共有的风险点，跨所涉岗位合并单元格填写；“/”表示本岗位不涉及该项工作。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, "主任（签字）：", None, None, None)
    return _layout(
        "maqu_affairs_service_centre_shared_spans", "https://hnrb.voc.com.cn/hnrb_epaper/html/2022-02/27/content_1565494.htm",
        "(harder) 县机关事务服务中心 岗位廉政风险点分布表, after the source's 省机关事务管理局 清廉单元 (国有资产 配置处置, 公车 "
        "配置与处置, 办公用房, 周转住房 维修): a title, a merged ``单位：…　2025年6月`` line, then a TWO-ROW heading: 序号/工作事项/"
        "风险等级/防控措施 merged down, ``各岗位廉政风险点`` merged across six post columns, each heading cell ``post⏎name``; ONE "
        "ROW A WORK ITEM, each cell under a post that post's point (``/`` none), and a point shared by two or three "
        "NEIGHBOURING posts written once in a cell MERGED ACROSS their columns; the row's level ``一级/二级/三级`` and "
        "measures; no type column; a merged ``注：`` line saying so and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maqu_affairs_bureau_list() -> dict:
    unit = f"{PLACE}机关事务管理局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 38, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "勾霁峣", "leader", [
            ("公务用车编制和配备审核把关不严，超编超标配车", "制度机制", "一级",
             "配车计划经局党组会研究，报县财政局审核。"),
            ("定点维修、定点加油单位选定暗箱操作", "外部环境", "一级", "定点单位经政府采购确定，结果公示。"),
        ]),
        ("局领导", "副局长", "乐正珩", "leader", [
            ("公务加油卡主卡充值和副卡额度分配脱离用车实际", "业务流程", "二级",
             "主卡专人保管，副卡一车一卡，每月对账。"),
            ("公共机构节能改造项目验收走过场", "岗位职责", "二级", "项目验收邀请县财政局、审计局参加。"),
        ]),
        ("公务用车管理股", "股长", "勾晞翎", "middle", [
            ("公务加油卡交易记录不查询、不比对", "岗位职责", "二级", "每月打印副卡交易明细，与出车记录比对。"),
            ("公务用车处置评估、拍卖环节弄虚作假", "思想道德", "一级", "处置车辆委托第三方评估，公开拍卖。"),
        ]),
        ("公务用车管理股", "股员", "乐正湜", "general", [
            ("加油卡用于购买非油品或套现", "思想道德", "一级", "严禁购买非油品，发现套现移交纪检监察组。"),
            ("车辆运行费用台账登记不及时", "业务流程", "三级", "台账每月登记，每季度公示。"),
        ]),
        ("财务股", "会计", "勾嵘溦", "general", [
            ("车辆运行维护费用报销审核不严", "业务流程", "二级", "报销凭派车单、维修单、发票三单核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "局长（签字）：", None, None)
    return _layout(
        "maqu_affairs_bureau_list", "https://kpfans.com/article/mdWnm0Rx9M.html",
        "县机关事务管理局 岗位廉政风险防控一览表, after the source's note on 公务加油卡 (一车一卡, 主卡副卡, 定点加油, 非油品, "
        "套现, 机关事务管理中心): ``附件1``, a title, a merged 填报单位（盖章）/填报日期 line, then 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def maqu_official_car_centre_posts() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 14, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "用车审批", "对领导干部用车申请随意审批，变相配备专车", "制度机制风险", "高",
         "用车审批全程留痕，每月公示用车情况。"),
        ("调度股", "股长", "middle", "派车单管理", "无派车单出车，事后补单", "业务流程风险", "高",
         "一律凭派车单出车，平台自动派单。"),
        ("调度股", "调度员", "general", "行车轨迹核查", "不比对GPS轨迹与派车单，放任公车私用", "岗位职责风险", "中",
         "每日比对平台轨迹，异常情况报股长。"),
        ("调度股", "调度员", "general", "台班费核定", "驾驶员收车时间与行车轨迹不符仍核定台班费", "岗位职责风险", "中",
         "台班费按平台收车记录核定。"),
        ("车辆保障股", "股长", "middle", "车辆维修审核", "单车维修费用超出核定标准不审查", "制度机制风险", "中",
         "超出核定标准的维修集体研究。"),
        ("车辆保障股", "驾驶员", "general", "车辆停放", "公车停放在酒店、娱乐场所等敏感地带", "思想道德风险", "低",
         "收车后统一停放，平台定位抽查。"),
        ("车辆保障股", "驾驶员", "general", "油耗管理", "百公里油耗畸高，为他人车辆加油", "思想道德风险", "中",
         "每季度核对单车油耗，超标说明原因。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：本表对岗不对人；风险等级分高、中、低三级。", 8)
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "maqu_official_car_centre_posts", "https://yaliqi.com/new/656590200767518720",
        "县公务用车服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 车辆管理中心 check of 公车 (调度员, 派车单, GPS "
        "轨迹, 台班费, 维修费和油耗, 敏感地带停放): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def maqu_reception_centre_cards() -> dict:
    unit = f"{PLACE}接待服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "勾翮澄", "主任", "中心领导", "leader", [
            ("无公函的公务活动安排接待", "★★★", "坚持“无公函不接待”，接待清单逐项登记。"),
            ("接待用餐超标准，上高档菜肴和烟酒", "★★★", "工作餐按标准安排，不上烟酒。"),
            ("接待费用挂账消费或转嫁给下级单位", "★★", "接待费一律公务卡结算，不得挂账。"),
        ]),
        ("接待科科长", "乐正璆", "科长", "接待科", "middle", [
            ("陪餐人数超过规定", "★★", "陪餐人数按接待对象人数核定，超员报批。"),
            ("违规安排专车接送或组织与公务无关的参观", "★★", "集中乘车，活动安排报中心主任审定。"),
            ("接待清单与发票、结算单不一致", "★", "清单、发票、结算单三单核对后报销。"),
        ]),
        ("出纳", "勾珝彧", "出纳", "财务科", "general", [
            ("以现金支付接待费", "★★", "接待费不得现金支付，执行公务卡结算。"),
            ("接待费中列支会议、培训等其他费用", "★★★", "接待费单独核算，按月公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("所在科室", dept, "持卡时间", "2025年5月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "maqu_reception_centre_cards", "https://meipian.cn/31wnyo9v",
        "县接待服务中心 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 违规公务接待负面清单 "
        "(公函, 陪餐人数, 专车接送, 接待费列支, 现金支付, 挂账消费): a title, ``姓　名 | … | 职　务 | …`` over ``所在科室 | … | "
        "持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def maqu_logistics_centre_selfchecks() -> dict:
    unit = f"{PLACE}机关后勤服务中心"
    t = _Truth(unit)
    people = [
        ("勾澍瑗", "机关食堂", "食堂管理员", "general", [
            ("食材采购询价不公开，长期指定供应商", "Ⅰ级", "食材供应商定期竞选，询价记录存档。", "已落实"),
            ("食材验收不称重、不核对数量和质量", "Ⅱ级", "收货员、库管员双人验收签字。", "未发现问题"),
        ]),
        ("乐正岫玙", "机关食堂", "采购员", "general", [
            ("长期与供应商单独联络，收受好处费", "Ⅰ级", "采购员定期轮岗，不得单独与供应商接触。", "已落实"),
            ("采购价格高于市场价不说明原因", "Ⅱ级", "每周比对市场价，差价超一成说明原因。", "已落实"),
        ]),
        ("勾淏岑", "物业管理科", "科长", "middle", [
            ("物业服务合同履约考核走过场", "Ⅱ级", "履约考核邀请使用单位参加。", "未发现问题"),
            ("零星维修项目指定施工单位", "Ⅰ级", "零星维修从名录库中轮流选取。", "已落实"),
            ("水电费分摊核算不实", "Ⅲ级", "水电费按表计分摊，每季度公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maqu_logistics_centre_selfchecks", "https://www.ggj.gov.cn/qx/qxllyj/202505/t20250516_47739.htm",
        "县机关后勤服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's column on "
        "机关后勤 食材采购 (不相容岗位, 采购员、库管员、收货员, 轮岗, 供应商, 预算控制): a title, a label row ``姓　名 | "
        "所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def maqu_cairima_town_group_rows() -> dict:
    unit = f"{PLACE}采日玛镇人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "勾皓岫", "leader", [
                ("公务接待未经主要领导批准，先接待后补批", "一级风险", "所有接待事项事先报主要领导批准。"),
                ("乡食堂接待用餐结算单签批把关不严", "二级风险", "结算单写明来客单位、人数和标准，逐单签批。"),
            ]),
            ("副镇长", "乐正曦芃", "leader", [
                ("办公用品和食堂物资采购不比价", "二级风险", "采购三家比价，结果在党政办公示。"),
            ]),
        ]),
        ("二、党政综合办公室", "党政综合办公室", [
            ("主任", "勾玹浠", "middle", [
                ("公务接待用餐结算单填写不实", "一级风险", "经办人如实填写来客姓名、单位、人数，月底汇总公示。"),
                ("公章使用不登记，违规用印", "二级风险", "用印实行审批登记，专人保管。"),
            ]),
            ("文书", "乐正琇", "general", [
                ("办公用品出入库不登记", "三级风险", "出入库逐笔登记，每季度盘点。"),
                ("会议、培训费用虚列支出", "二级风险", "会议费凭签到表、通知报销。"),
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
        "maqu_cairima_town_group_rows", "https://www.360docs.net/doc/0011376180.html",
        "县镇人民政府 廉政风险防控责任清单, after the source's 乡 公务接待管理办法 (党政办 统一管理, 事先报主要领导批准, 乡食堂, "
        "公务接待用餐结算单): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、镇领导``, ``二、党政综合办公室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def maqu_qihama_town_two_sheets() -> dict:
    unit = f"{PLACE}齐哈玛镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("镇领导", [6, 9, 9, 18, 38, 10, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("勾骞湄", "党委书记", "主持党委全面工作", [
            ("大额资金支出不经党委会集体研究", "制度机制", "高风险", "大额支出一律上党委会，纪要存档。"),
            ("公务用车统一管理制度落实不力，变相占用车辆", "岗位职责", "中风险", "车辆由党政办统一调度，出车备案。"),
        ]),
        ("乐正瑾岑", "副镇长", "分管财政所、党政办", [
            ("加油卡副卡由使用单位自行保管、不交党政办", "岗位职责", "中风险", "副卡一车一卡，统一交党政办保管。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("站所办", [6, 14, 9, 9, 38, 10, 9, 34])
    _line(dept, f"{unit}站所办廉政风险防控一览表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政办", "主任", "勾璟翃", "middle", "驾驶员出车情况不备案", "业务流程", "中风险",
         "驾驶员出车时间、地点、事项报党政办备案。"),
        ("党政办", "主任", "勾璟翃", "middle", "节假日因公出车未经主要领导批准", "岗位职责", "高风险",
         "节假日出车报分管领导核实、主要领导批准。"),
        ("党政办", "驾驶员", "乐正翾", "general", "使用公务加油卡为私家车加油", "思想道德", "高风险",
         "每刷卡一次在用油记录本登记金额和里程。"),
        ("党政办", "驾驶员", "乐正翾", "general", "车辆用油记录本登记不及时", "业务流程", "低风险",
         "用油记录本每月交党政办核对。"),
        ("财政所", "报账员", "乐正淇", "general", "加油卡主卡充值与加油站对账不及时", "业务流程", "中风险",
         "月末与加油站对账，计算单车平均油耗。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "maqu_qihama_town_two_sheets", "http://app.baoxianhai.com/cuiguangxu4/view2/925429497854",
        "县镇人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's 乡镇 “一车一卡” 加油卡 (主卡由财政所专人保管, 副卡一车一卡, "
        "出车备案, 节假日出车批准, 用油记录本, 月末对账): sheet 镇领导 with 姓名/职务/分管工作 merged per leader, sheet 站所办 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险类别 (short names), 风险等级 ``高风险/中风险/低风险``, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def maqu_oulaxiuma_town_register() -> dict:
    unit = f"{PLACE}欧拉秀玛镇人民政府"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "勾岷湘", "leader", [
            ("公车使用审批流于形式", "制度机制", "高", "用车审批单逐单签批，每月公示。"),
            ("私车公养，违规报销车辆费用", "思想道德", "高", "报销车辆费用核对车牌号和行驶记录。"),
        ]),
        ("党政综合办公室", "主任", "乐正昀澈", "middle", [
            ("公务加油卡由个人长期保管不移交", "岗位职责", "中", "加油卡统一由党政办登记保管。"),
            ("公务用车统一管理台账不全", "业务流程", "低", "车辆和加油卡建立台账，季度核对。"),
        ]),
        ("党政综合办公室", "干事", "勾瀚昀", "general", [
            ("办公用品采购化整为零", "业务流程", "中", "年度采购计划集中采购。"),
        ]),
        ("财政所", "会计", "乐正晗珂", "general", [
            ("乡直单位公务用车经费拨付不核实", "制度机制", "中", "经费拨付前核对车辆归口管理情况。"),
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
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "maqu_oulaxiuma_town_register", "https://m.news.shi-fen.com/china/202310/50-1530288.html",
        "县镇人民政府 廉政风险点排查登记表, after the source's 乡 纪委 case of a 公务加油卡 kept by a 乡直单位 head (党政办 统一管理 "
        "公务车和加油卡, 私车公养, 对账单): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 高/中/低/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maqu_affairs_service_centre_shared_spans(),
    maqu_affairs_bureau_list(),
    maqu_official_car_centre_posts(),
    maqu_reception_centre_cards(),
    maqu_logistics_centre_selfchecks(),
    maqu_cairima_town_group_rows(),
    maqu_qihama_town_two_sheets(),
    maqu_oulaxiuma_town_register(),
]

# one place a layout, in its unit and in no earlier unit (batch471 already has units of 玛曲县)
PLACES = [
    "玛曲县机关事务服务中心",
    "玛曲县机关事务管理局",
    "玛曲县公务用车服务中心",
    "玛曲县接待服务中心",
    "玛曲县机关后勤服务中心",
    "采日玛镇",
    "齐哈玛镇",
    "欧拉秀玛镇",
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch582-inbox"))
