"""The six-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 城市管理 and
园林 bodies, 乌兰浩特市 (of 兴安盟, 内蒙古自治区) — its 城市管理综合执法局 (机关), the 局's 执法一大队 and
执法二大队, its 园林绿化中心, 罕山公园管理处, 市政设施管理所, 垃圾无害化处理场 and 环境卫生管理处 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 城市管理综合执法局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 执法一大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 罕山公园管理处's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 垃圾无害化处理场's 责任清单 under GROUP ROWS ``一、场领导`` … ``三、运行管理组`` merged across (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 园林绿化中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 市政设施管理所's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 执法二大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wulanhaote_sanitation_dept_type_cross``: the 环境卫生管理处's 廉政风险点分布表, a CROSS TABLE of
  科室 DOWN by RISK TYPES ACROSS (``序号 | 科　室 | 思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险
  | 外部环境风险`` under a merged band ``廉政风险点（风险等级）——责任岗位　责任人``), ONE ROW A 科室, each
  cell the 科室's points of that type one a line, numbered within the cell (``1.…（高）——科长　滕珽澜``):
  the level in a bracket and the HOLDER (post and name) after a dash closing each line, so one row
  carries several holders and one holder's points are spread over several type cells; ``/`` none;
  a ``注：`` line says how the lines are written. The README's 读得懂的表 knows cross tables of types
  by holders (holders down, types across, one row a person with 科室 | 职务 | 姓名 cells; or types
  down, holders across), 科室 × 岗位 distribution grids (no names), and a dash closing a point in a
  LIST's point cell (``…——审单员　某某``); it does not describe a 科室-by-type grid with no holder
  columns whose cells name a different holder on each line.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 城管执法 罚款提成 and
自由裁量权; a news item on a 城管执法一大队 clearing 违规户外广告牌; a piece on 园林系统 officials put
under investigation; a paper on 环卫外包 — 合同外包, 政府主导; a 园林局's 廉政 work — 工程资金使用, 物资
采购, 项目招投标; a city's 桥涵 and 城市道路照明设施 management rules; a news item on an unapproved
户外广告 found by a 城管 大队; a paper on 城市环卫服务 半市场化、逆市场化) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 滕 and 扈 with rare given names); every unit is a body of 乌兰浩特市.

Run ``python tests/published/score.py --set batch684`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each holder (科室 of his row, post and name after the dash) is one form, his
  points every line naming him in any type cell of his 科室's row, the type that of the column, the
  level that of the bracket (高/中/低 → 1/2/3); the cell's ``1.`` numbering is no part of the point;
  ``/`` none; the band over the type columns and the ``注：`` line are no points;
- ``局领导``, ``大队领导``, ``场领导``, ``处领导``, ``所领导`` (a sheet, a group row, a 科室 cell) are the
  科室 of those leaders; the 局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders
  have no 科室; a 局's 科, a 大队's 中队, a 场's 组 and a 所's 股 are 科室; a group row ``二、作业管理组``
  gives the 科室 ``作业管理组`` (its number left off);
- every 大队, 中心, 处, 场 and 所 is a unit of its own: 局长, 副局长, 大队长, 副大队长, 教导员, 主任, 副主任,
  场长, 副场长, 所长 and 副所长 are leaders; 科长, 中队长, 组长 and 股长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 执法一大队's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险`` are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b684_"
PLACE = "乌兰浩特市"
BUREAU = f"{PLACE}城市管理综合执法局"
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

# the type columns across, in order
CROSS_TYPES = ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险"]

# (科室, [(post, holder, tier)], {type column: [(point, 高/中/低, holder index)]})
CROSS = [
    ("处领导", [("主任", "滕翙岚", "leader"), ("副主任", "扈琮湜", "leader")], {
        "思想道德风险": [("接受环卫作业公司宴请、礼品礼金", "中", 0)],
        "制度机制风险": [("环卫作业服务外包招标“量身定制”资格条件", "高", 0),
                        ("作业合同变更、追加费用不经集体研究", "高", 1)],
        "业务流程风险": [("作业质量考核结果授意调整", "中", 1)],
    }),
    ("清扫保洁科", [("科长", "滕珽澜", "middle"), ("质量考核员", "扈昀澈", "general")], {
        "岗位职责风险": [("道路清扫保洁检查走过场，考核扣分不落实", "高", 1),
                        ("对承包公司人员不足、机械不作业睁一只眼闭一只眼", "中", 0)],
        "外部环境风险": [("承包公司说情打招呼，减免扣款", "中", 0)],
    }),
    ("收集运输科", [("科长", "滕玥璠", "middle"), ("调度员", "扈湛霁", "general")], {
        "业务流程风险": [("垃圾清运车次、吨数虚报多结", "高", 1),
                        ("清运线路、车辆调度优亲厚友", "低", 1)],
        "制度机制风险": [("车辆维修、燃油费用审核不严", "中", 0)],
    }),
    ("财务科", [("会计", "滕珮琨", "general")], {
        "岗位职责风险": [("作业经费拨付不按考核结果核减", "高", 0)],
        "思想道德风险": [("为关系单位提前拨付作业经费", "低", 0)],
    }),
]  # fmt: skip


def _cross_cell(lines, holders) -> str:
    if not lines:
        return NONE
    out = []
    for i, (point, lv, who) in enumerate(lines, 1):
        post, name, _tier = holders[who]
        out.append(f"{i}.{point}（{lv}）——{post}{GAP}{name}")
    return "\n".join(out)


def wulanhaote_sanitation_dept_type_cross() -> dict:
    unit = f"{PLACE}环境卫生管理处"
    ncols = 2 + len(CROSS_TYPES)
    sh = _Sheet("分布表", [6, 12] + [34] * len(CROSS_TYPES))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点分布表", ncols)
    r = sh.add(
        "序号",
        "科　室",
        "廉政风险点（风险等级）——责任岗位　责任人",
        *([None] * (len(CROSS_TYPES) - 1)),
    )
    sh.merge(r, 2, r, ncols - 1)
    sh.add(None, None, *CROSS_TYPES)
    sh.merge(r, 0, r + 1, 0)
    sh.merge(r, 1, r + 1, 1)
    for n, (dept, holders, cells) in enumerate(CROSS, 1):
        sh.add(n, dept, *[_cross_cell(cells.get(typ, []), holders) for typ in CROSS_TYPES])
    _line(
        sh,
        "注：各格内每条风险点后括号内为风险等级（高、中、低），破折号后为责任岗位及责任人；“/”表示无。",
        ncols,
    )
    sh.add("填表人：", None, "审核人：", None, "2025年5月", None, None)
    # the truth: one form a holder, in the order of the rows and the holders named in each row
    for dept, holders, cells in CROSS:
        for j, (post, name, tier) in enumerate(holders):
            for typ in CROSS_TYPES:
                for point, lv, who in cells.get(typ, []):
                    if who == j:
                        t.point(sh.name, dept, post, name, tier, point, types_in(typ), HML[lv])
    return _layout(
        "wulanhaote_sanitation_dept_type_cross", "http://zhalanwang.com/newsinfo-18334.html",
        "(harder) 市 环境卫生管理处 岗位廉政风险点分布表, after the source's paper on 城市环卫服务 市场化 and 半市场化、"
        "逆市场化 (合同外包, 作业公司, 考核): a CROSS TABLE of 科室 DOWN by RISK TYPES ACROSS — ``序号 | 科　室 | "
        "思想道德风险 | 制度机制风险 | 岗位职责风险 | 业务流程风险 | 外部环境风险`` under a merged band "
        "``廉政风险点（风险等级）——责任岗位　责任人`` — one row a 科室, each cell the 科室's points of that type one a "
        "line, numbered in the cell, each line closed by its level in brackets and a dash with the HOLDER's post and "
        "name (``1.…（高）——科长　滕珽澜``), several holders in one row; ``/`` none; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wulanhaote_bureau_two_sheets() -> dict:
    unit = BUREAU
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 10, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("扈岫芃", "局长", "主持全面工作", [
            ("下达罚没款指标，把罚款与奖金挂钩", "一级", "罚没款全额上缴财政，严禁下达罚款指标。"),
            ("执法队伍人员招录、协管员聘用个人说了算", "一级", "招录聘用经党组会集体研究，结果公示。"),
        ]),
        ("滕漪珩", "副局长", "分管执法监督、法制", [
            ("重大行政处罚案件审核把关不严", "一级", "重大案件集体讨论，法制审核意见书面出具。"),
            ("为违法当事人说情、干预案件办理", "二级", "干预案件情况如实登记，定期通报。"),
        ]),
        ("扈旻瑄", "副局长", "分管市容、户外广告", [
            ("户外广告设置审批违规放宽条件", "二级", "审批条件、结果在政务服务平台公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("法制科", "科长", "滕翚缇", "middle", "行政处罚自由裁量权行使畸轻畸重", "一级",
         "严格执行裁量基准，案件交叉评查。"),
        ("法制科", "科长", "滕翚缇", "middle", "行政复议、诉讼应诉材料选择性提交", "二级", "应诉材料经分管领导审核后报送。"),
        ("法制科", "科员", "扈璩沄", "general", "执法案卷归档不及时、随意抽换", "三级", "案卷归档登记，专人保管。"),
        ("市容管理科", "科长", "滕萩岍", "middle", "门头牌匾、临时占道审批不按标准", "一级", "审批标准公开，现场勘验双人签字。"),
        ("计划财务科", "会计", "扈沨珈", "general", "罚没收入票据管理不严，截留罚款", "一级", "罚没票据统一领用，收缴分离。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wulanhaote_bureau_two_sheets", "http://fsou.com/html/text/art/3355846/335584606_3.html",
        "市 城市管理综合执法局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 城管执法 罚款提成 and 自由"
        "裁量权 (罚没款, 创收, 行政伦理): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wulanhaote_first_brigade_posts() -> dict:
    unit = f"{BUREAU}执法一大队"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "案件查处", "对违规户外广告牌查处“选择性执法”，收受好处", "外部环境风险",
         "高", "案件统一登记，查处情况每月通报。"),
        ("第一中队", "中队长", "middle", "拆除整治", "拆除违规广告牌时对关系户放水", "岗位职责风险", "高",
         "拆除清单公示，大队抽查复核。"),
        ("第一中队", "中队长", "middle", "暂扣物品", "暂扣物品登记不全、私自处置", "制度机制风险", "中",
         "暂扣物品清单一式两份，专库存放。"),
        ("第一中队", "执法队员", "general", "日常巡查", "巡查走过场，对违规设置视而不见", "岗位职责风险", "中",
         "巡查记录留痕，执法记录仪全程记录。"),
        ("第二中队", "执法队员", "general", "现场处罚", "当场收缴罚款不开票", "业务流程风险", "高",
         "罚缴分离，一律开具统一票据。"),
        ("第二中队", "执法队员", "general", "执法态度", "执法中吃拿卡要", "思想道德风险", "低",
         "公开监督电话，开展廉政谈话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "wulanhaote_first_brigade_posts", "http://szb.xnnews.com.cn/xnrb/html/2015-08/11/content_127458.htm",
        "市 城管执法局 执法一大队 岗位廉政风险点排查表 对岗不对人, after the source's news item on a 城管执法一大队 "
        "clearing 违规户外广告牌 (灯箱, 违规路牌, 小广告): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a "
        "long 风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wulanhaote_park_selfchecks() -> dict:
    unit = f"{PLACE}罕山公园管理处"
    t = _Truth(unit)
    people = [
        ("滕崧翾", "处领导", "副主任", "leader", [
            ("公园经营摊点招租不公开，暗箱操作", "Ⅰ级", "招租方案集体研究，公开竞价。", "已落实"),
            ("景观改造项目验收把关不严", "Ⅱ级", "验收邀请纪检、财务人员参加。", "未发现问题"),
        ]),
        ("扈瑷淇", "绿化养护科", "科长", "middle", [
            ("养护外包工作量虚报冒领", "Ⅰ级", "养护工作量按月现场核定，双人签字。", "已落实"),
            ("苗木补植数量不核实即结算", "Ⅱ级", "补植苗木逐株登记，拍照留存。", "已落实"),
        ]),
        ("滕霈珺", "综合科", "出纳", "general", [
            ("门票、场地租金收入不及时入账", "Ⅰ级", "收入日清日结，票据连号使用。", "未发现问题"),
            ("备用金借支手续不全", "Ⅲ级", "借支经审批，按期清还。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wulanhaote_park_selfchecks", "https://headline01.com/a/4rD5KAhtBqkcpjP2mWGOOg-9A4CA458.html",
        "市 罕山公园管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on "
        "园林系统 officials put under investigation (风景园林中心, 绿化维护处, 工程项目): a title, a label row ``姓　名 | "
        "所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def wulanhaote_landfill_group_rows() -> dict:
    unit = f"{PLACE}垃圾无害化处理场"
    sh = _Sheet("责任清单", [6, 11, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "扈澴璘", "leader", [
                ("渗滤液处理服务外包定向发包", "一级风险", "外包项目公开招标，合同经集体审议。"),
                ("设备大修项目不按规定比价", "二级风险", "大修项目三家比价，纪检人员参与。"),
            ]),
        ]),
        ("二、作业管理组", "作业管理组", [
            ("组长", "滕岑珝", "middle", [
                ("进场垃圾计量数据人为修改", "一级风险", "地磅数据自动上传，修改留痕。"),
            ]),
            ("计量员", "扈棽瑶", "general", [
                ("收受运输单位好处，少计多计吨位", "一级风险", "计量员定期轮岗，监控全覆盖。"),
                ("对违规进场车辆放行", "三级风险", "进场车辆登记，异常车辆报告。"),
            ]),
        ]),
        ("三、运行管理组", "运行管理组", [
            ("材料员", "滕骁沣", "general", [
                ("覆盖膜、药剂等物资验收数量不实", "二级风险", "物资验收双人签字，月末盘点。"),
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
        "wulanhaote_landfill_group_rows", "https://fx361.cc/page/2020/0312/6432535.shtml",
        "市 垃圾无害化处理场 廉政风险防控责任清单, after the source's paper on 环卫外包 (政府负责, 合同外包, 市场机制): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、场领导``, "
        "``二、作业管理组``, ``三、运行管理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wulanhaote_greening_center_cards() -> dict:
    unit = f"{PLACE}园林绿化中心"
    t = _Truth(unit)
    cards = [
        ("主任", "滕璎昉", "主任", "主持中心全面工作", "leader", [
            ("绿化工程项目招投标中打招呼、定向发包", "★★★", "工程项目全部进入公共资源交易平台。"),
            ("工程资金拨付不按进度、超付预付", "★★★", "资金拨付按监理确认的进度，集体审批。"),
            ("接受苗木供应商礼品礼金", "★", "节前廉洁提醒，签订廉洁承诺书。"),
        ]),
        ("副主任", "扈珣岙", "副主任", "分管绿化养护、物资采购", "leader", [
            ("苗木、肥料采购不比价", "★★", "采购三家比价，验收与采购分离。"),
            ("养护考核打分随意", "★★", "考核细则公开，考核结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "wulanhaote_greening_center_cards", "https://ttnews.xyz/a/5b4915aadc9b5e3de3778f47?lang=zh-hans",
        "市 园林绿化中心 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on a 园林局's 廉政 work (工程"
        "资金使用, 物资采购, 项目招投标, 集体研究): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wulanhaote_municipal_facilities_list() -> dict:
    unit = f"{PLACE}市政设施管理所"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "扈葳蕤", "leader", "桥涵、道路维修工程违规分包", "岗位职责", "高风险",
         "维修工程按规定招标，合同集体审议。"),
        ("所领导", "所长", "扈葳蕤", "leader", "依附桥涵设置管线审批把关不严", "思想道德", "中风险",
         "审批事项全程留痕，结果公开。"),
        ("道桥股", "股长", "滕淼珂", "middle", "道路挖掘修复工程量签认不实", "业务流程", "高风险",
         "工程量现场计量，股内交叉复核。"),
        ("道桥股", "技术员", "扈烨翎", "general", "桥梁检测报告走过场", "制度机制", "中风险",
         "检测报告存档，定期抽查。"),
        ("路灯股", "股长", "滕铮琰", "middle", "路灯灯具、电缆采购以次充好", "业务流程", "高风险",
         "材料进场抽检，验收留样。"),
        ("路灯股", "电工", "扈韫珩", "general", "擅自允许在灯杆上架设线缆", "外部环境", "低风险",
         "灯杆附挂统一审批，巡查发现及时上报。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "wulanhaote_municipal_facilities_list", "http://www.fymate.net/html/text/lar/167847/16784797_3.html",
        "市 市政设施管理所 岗位廉政风险防控一览表, after the source's 城市桥涵 and 城市道路照明设施 management rules (依附"
        "桥涵设置管线, 灯杆架设线缆, 亮灯率): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/"
        "岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def wulanhaote_second_brigade_register() -> dict:
    unit = f"{BUREAU}执法二大队"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "教导员", "扈昶瑾", "leader", [
            ("对未批先设户外广告立案查处不及时", "制度机制", "一级", "举报线索登记，限时立案。"),
            ("责令改正后不跟踪复查", "岗位职责", "二级", "复查结果录入执法平台。"),
        ]),
        ("第三中队", "中队长", "滕颢沅", "middle", [
            ("限期改正通知书送达不规范", "业务流程", "二级", "文书送达留存回证，执法记录仪记录。"),
        ]),
        ("第三中队", "执法队员", "扈钰霂", "general", [
            ("收受房地产企业好处，放任违规广告", "思想道德", "一级", "签订廉洁承诺，定期轮换责任片区。"),
            ("现场检查记录随意填写", "业务流程", "三级", "检查记录双人签字。"),
        ]),
        ("第四中队", "执法队员", "滕翊湲", "general", [
            ("对商户违规占道经营收取“管理费”", "外部环境", "一级", "公开执法依据，设立投诉电话。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "wulanhaote_second_brigade_register", "http://1230539.com/news/21485.html",
        "市 城管执法局 执法二大队 廉政风险点排查登记表, after the source's news item on an unapproved 户外广告 found by a 城管 "
        "大队 (举报, 责令限期改正, 立案调查): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wulanhaote_sanitation_dept_type_cross(),
    wulanhaote_bureau_two_sheets(),
    wulanhaote_first_brigade_posts(),
    wulanhaote_park_selfchecks(),
    wulanhaote_landfill_group_rows(),
    wulanhaote_greening_center_cards(),
    wulanhaote_municipal_facilities_list(),
    wulanhaote_second_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch684-inbox"))
