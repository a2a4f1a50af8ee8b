"""The eight-hundred-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's emergency
and civil-air-defence bodies, 旌德县 (of 宣城市, 安徽) — its 应急管理局, 安全生产执法大队, 应急指挥中心,
救灾物资储备库, 地震监测站, 森林消防大队 and 防汛抗旱指挥部办公室 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 应急管理局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 安全生产执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 应急指挥中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 救灾物资储备库's 责任清单 under GROUP ROWS ``一、库领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 地震监测站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, 高/中/低, ``自查情况``, no type column;
- the 森林消防大队's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 防汛抗旱指挥部办公室's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jingde_civil_air_defence_matter_brackets``: the 人民防空办公室's 廉政风险防控清单 keyed by
  ``业务事项`` — ``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施``, NO 科室, 岗位 or 姓名 column; the
  业务事项 cell is MERGED DOWN over the matter's points and its second line, a labelled bracket
  ``（责任科室：工程管理股　责任人：股长　某某）`` (or ``（责任人：主任　某某）``), names who answers for
  every point under it; one holder answers for two matters. The README's 读得懂的表 knows a labelled
  holder bracket closing a row's point, measures or 备注 cell (one row), a holder bracket in a
  stacked table's heading cell, matters resolved by a separate 分工 roster and labelled 以下/以上
  rows; it does not describe the holder written in a bracket inside the merged matter cell that
  spans the rows it governs.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 湖北 应急体系 “十四五” 规划 解读 —
“大应急” 组织体系, 安全生产专业委员会, 灾害信息员; a comment on 安全生产行政执法 自由裁量权 — 同法不同罚,
裁量彈性大, 滥用职权; a 地震监测中心's 值班值守 and 应急指挥系统 维护; a 县 应急物资储备体系 规划 —
储备库, 代储, 调拨, 轮换; a 地震监测中心 调研 — 观测资料, 宏观观测网, 值班; a 县 森林火灾 专项预案 —
扑火队伍, 物资, 火情报告; a 防汛抗旱 预案's 物资保障 — 抗旱物资储备, 调拨程序, 灾区补助; a 人民防空
工程 条例 — 竣工验收备案, 拆除审批, 易地建设费, 开发利用) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 亓 and 厍 with rare given names); every unit is a body of 旌德县.

Run ``python tests/published/score.py --set batch824`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each merged 业务事项 cell's bracket names the 科室, post and holder of every
  point the cell spans; the matter (the cell's first line) is no point and no 科室; two matters
  bracketed with the same holder are one form; ``（责任人：主任　…）`` without 责任科室 gives no 科室
  (the office's head); the ``注：`` line and the sign-off line are no points;
- ``大队领导``, ``库领导``, ``站领导``, ``办领导`` (a 中队 or 部门 cell, a group row, a 所在部门 cell, a
  科室 cell) are the 科室 of those leaders; the 应急管理局's leaders (sheet ``局领导``, no 科室 column)
  and the cards' holders have no 科室; a group row ``二、仓储管理组`` gives the 科室 ``仓储管理组`` (its
  number left off); a 局's 股, a 大队's 中队, a 中心's 科, a 库's and a 站's 组 are 科室;
- 局长, 副局长, 大队长, 主任 of an office or centre, 站长 and 库主任 are leaders; 股长, 中队长, 科长 and
  组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``岗位职责``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 执法大队's list names no person (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b824_"
PLACE = "旌德县"
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

# (业务事项, 责任科室 or "", 岗位, 责任人, tier, [(廉政风险点, 风险等级, 防控措施)])
MATTERS = [
    ("防空地下室建设审批", "工程管理股", "股长", "亓翚峄", "middle", [
        ("防空地下室设计审查降低防护标准、核减建设面积", "高", "设计审查实行初审、复审两级，审查意见集体会审。"),
        ("为开发商“应建未建”防空地下室违规出具审批意见", "高", "应建面积按规定核定，审批结果在政务网公开。"),
    ]),
    ("人防易地建设费征收", "综合股", "股长", "厍沇璪", "middle", [
        ("易地建设费核定面积、标准不实，少征漏征", "高", "征收依据公开，核定单与规划许可面积逐项比对。"),
        ("易地建设费缓缴、分期缴纳不按程序审批", "中", "缓缴申请经办务会研究，台账每季度核对。"),
    ]),
    ("人防工程竣工验收备案", "工程管理股", "股长", "亓翚峄", "middle", [
        ("竣工验收走过场，对防护设备安装不合格的工程出具认可文件", "中", "验收邀请质监人员参加，现场检查留存影像。"),
    ]),
    ("人防工程开发利用和维护管理", "工程管理股", "工程管理员", "厍霱珽", "general", [
        ("公用人防工程出租不公开，租金收取不入账", "中", "出租实行公开招租，租金全额缴入财政专户。"),
        ("人防工程维护资金虚报冒领", "低", "维护项目先审后修，完工后双人验收。"),
    ]),
    ("易地建设费减免审批", "", "主任", "亓蓂瑒", "leader", [
        ("违规批准减免易地建设费，向开发商输送利益", "高", "减免严格按国家规定项目执行，一律经办务会集体研究并公示。"),
    ]),
    ("人防警报设施建设和维护", "指挥通信股", "股长", "厍璈渫", "middle", [
        ("防空警报器采购和安装项目指定供应商", "中", "采购进入县公共资源交易平台，验收邀请使用单位参加。"),
    ]),
]  # fmt: skip


def _bracket(dept: str, post: str, who: str) -> str:
    if dept:
        return f"（责任科室：{dept}{GAP}责任人：{post}{GAP}{who}）"
    return f"（责任人：{post}{GAP}{who}）"


def jingde_civil_air_defence_matter_brackets() -> dict:
    unit = f"{PLACE}人民防空办公室"
    sh = _Sheet("防控清单", [6, 30, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 5)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for matter, dept, post, who, tier, points in MATTERS:
        first = len(sh.rows)
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            sh.add(
                n, f"{matter}\n{_bracket(dept, post, who)}" if k == 0 else None, point, lv, measures
            )
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        if len(points) > 1:
            sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "注：业务事项栏括号内为该事项的责任科室和责任人；风险等级分高、中、低三级。", 5)
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：")
    return _layout(
        "jingde_civil_air_defence_matter_brackets", "http://www.fsou.net.cn/html/text/lar/170401/17040166_3.html",
        "(harder) 县人民防空办公室 廉政风险防控清单, after the source's 人民防空工程 条例 (竣工验收备案, 拆除审批, 易地建设费, "
        "开发利用): a title, a merged 填报单位/date line, then ``序号 | 业务事项 | 廉政风险点 | 风险等级 | 防控措施`` with NO "
        "科室, 岗位 or 姓名 column; each 业务事项 cell MERGED DOWN over its points, its second line a labelled bracket "
        "``（责任科室：…　责任人：股长　某某）`` (the office's head ``（责任人：主任　某某）``) naming who answers for every point "
        "under it; one holder bracketed on two matters; 高/中/低, no type column; a merged ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingde_emergency_bureau_two_sheets() -> dict:
    unit = f"{PLACE}应急管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亓岵霑", "局长", "主持全面工作", [
            ("应急救援装备采购项目干预招投标", "一级", "装备采购一律进入县公共资源交易中心，局党委会集体研究。"),
            ("安全生产委员会成员单位考核打招呼、定结果", "二级", "考核细则公开，结果经县安委会审定。"),
        ]),
        ("厍瑱沕", "副局长", "分管安全生产执法、危化品监管", [
            ("危险化学品经营许可审批放宽条件", "一级", "许可实行现场核查、集体审批，结果公示。"),
            ("对企业重大事故隐患挂牌督办“只挂不督”", "二级", "督办事项销号前现场复核，台账公开。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救灾和物资保障股", "股长", "亓蔿琁", "middle", "受灾群众冬春生活救助对象审核不实、优亲厚友", "一级",
         "救助对象村评议、乡审核、县审批，三级公示。"),
        ("救灾和物资保障股", "股长", "亓蔿琁", "middle", "自然灾害救灾资金分配不按灾情测算", "二级", "资金分配方案经局党委会研究并公开。"),
        ("救灾和物资保障股", "灾害信息员", "厍淯翃", "general", "灾情统计虚报、瞒报", "二级", "灾情数据乡镇核实、双人复核。"),
        ("安全生产综合监管股", "股长", "亓琲澼", "middle", "安全生产责任险推荐指定保险机构", "二级", "不得推荐、指定保险机构，签订承诺书。"),
        ("安全生产综合监管股", "科员", "厍霮岏", "general", "安全培训考核把关不严，违规发放合格证明", "三级", "考核过程录像，合格名单公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jingde_emergency_bureau_two_sheets",
        "http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/bm/syjglj/zfxxgk/zc/zcjd/202202/t20220215_3998992.shtml",
        "县应急管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 应急体系 “十四五” 规划 解读 (“大应急” 组织体系, "
        "安全生产专业委员会, 灾害信息员, 综合减灾): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingde_safety_enforcement_posts() -> dict:
    unit = f"{PLACE}安全生产执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "重大案件处罚决定", "重大处罚案件不经集体讨论，个人决定处罚结果", "制度机制风险", "Ⅰ级",
         "重大案件一律经案审会集体讨论。"),
        ("执法一中队", "中队长", "middle", "行政处罚裁量", "同一违法事实处罚畸轻畸重，滥用自由裁量权", "岗位职责风险", "Ⅰ级",
         "严格执行裁量基准，裁量理由写入处罚决定书。"),
        ("执法一中队", "执法队员", "general", "执法检查", "检查中接受企业宴请，对发现的隐患不记录", "思想道德风险", "Ⅱ级",
         "执法全程记录仪记录，检查记录双人签字。"),
        ("执法二中队", "中队长", "middle", "隐患整改复查", "复查走过场，以罚代改", "业务流程风险", "Ⅱ级",
         "整改复查现场拍照存档，大队抽查。"),
        ("执法二中队", "执法队员", "general", "案件调查取证", "取证不全即作出处罚，未告知陈述申辩权利", "业务流程风险", "Ⅲ级",
         "法制审核岗对案卷逐件审核。"),
        ("执法二中队", "执法队员", "general", "罚没款收缴", "现场收取罚款不开具票据", "外部环境风险", "Ⅲ级",
         "罚款一律由当事人到银行缴纳。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：法制审核股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "jingde_safety_enforcement_posts", "http://www.victorzhang.cn/page/2020/0928/11397954.shtml",
        "县安全生产执法大队 岗位廉政风险点排查表 对岗不对人, after the source's comment on 安全生产行政执法 自由裁量权 (同法不同罚, "
        "裁量弹性大, 滥用职权, 监督少): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingde_command_centre_cards() -> dict:
    unit = f"{PLACE}应急指挥中心"
    t = _Truth(unit)
    cards = [
        ("主任", "亓崿璘", "主任", "主持中心全面工作，负责应急指挥平台建设", "leader", [
            ("应急指挥信息化平台建设项目量身定制采购需求", "★★★", "采购需求经专家论证，项目进入公共资源交易平台。"),
            ("值班人员加班补助、夜餐费虚报", "★★", "补助按排班表核发，每月公示。"),
            ("接受平台运维服务商宴请、礼品", "★", "签订廉洁承诺书，运维考核集体评议。"),
        ]),
        ("值班科长", "厍瀣琙", "科长", "负责24小时值班值守和信息报送", "middle", [
            ("突发事件信息迟报、漏报、瞒报", "★★★", "信息报送实行登记、复核、领导签发三环节。"),
            ("指挥系统运维费用结算不核实", "★★", "运维工作量逐月核对，双人签字结算。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "jingde_command_centre_cards", "https://360yingji.com/info/1054/38443.htm",
        "县应急指挥中心 岗位廉政风险防控卡, one sheet a person, after the source's 地震监测中心 值班值守 (领导带班, 24小时值班, "
        "信息报送, 应急指挥系统 运行维护): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jingde_relief_depot_group_rows() -> dict:
    unit = f"{PLACE}救灾物资储备库"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、库领导", "库领导", [
            ("库主任", "亓翬湞", "leader", [
                ("救灾物资代储单位选定暗箱操作", "一级风险", "代储单位公开比选，结果公示。"),
                ("物资轮换处置价格偏低，造成国有资产流失", "一级风险", "轮换物资委托评估，公开处置。"),
            ]),
        ]),
        ("二、仓储管理组", "仓储管理组", [
            ("组长", "厍珛澍", "middle", [
                ("救灾物资入库验收数量、质量把关不严", "二级风险", "入库验收双人签字，抽检留样。"),
            ]),
            ("保管员", "亓澐岾", "general", [
                ("物资出库不凭调拨单，私自借用", "二级风险", "出库凭县应急管理局调拨单，账物每月核对。"),
                ("库存物资账实不符、以次充好", "三级风险", "每季度盘点，盘点结果报局备案。"),
            ]),
        ]),
        ("三、调运保障组", "调运保障组", [
            ("调度员", "厍璿翀", "general", [
                ("应急调运车辆租用虚报里程、台班", "二级风险", "运输凭行车记录结算，逐单审核。"),
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
        "jingde_relief_depot_group_rows",
        "http://www.sdde.gov.cn/site_daxbgs/channel_j_daxrmzfdexzfbgsb_28c/doc_643ccb10a206cc4acec62a0a.html",
        "县救灾物资储备库 廉政风险防控责任清单, after the source's 县 应急物资储备体系建设规划 (储备库, 代储, 调拨, 轮换, "
        "统一调拨): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、库领导``, ``二、仓储管理组``, ``三、调运保障组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def jingde_seismic_station_selfchecks() -> dict:
    unit = f"{PLACE}地震监测站"
    t = _Truth(unit)
    people = [
        ("亓溦瑝", "站领导", "站长", "leader", [
            ("监测站观测设备采购指定品牌", "高", "设备采购三家比价，站务会集体研究。", "已落实"),
            ("宏观观测点补助发放不实", "中", "补助按观测记录核发，名单公示。", "未发现问题"),
        ]),
        ("厍嶒珵", "监测预报组", "组长", "middle", [
            ("观测资料篡改、补报，掩盖设备故障", "高", "观测数据自动入库，异常变动留痕。", "已落实"),
            ("震情会商意见外泄或受人请托", "中", "会商记录存档，参会人员签订保密承诺。", "已落实"),
        ]),
        ("亓瓅渟", "监测预报组", "观测员", "general", [
            ("值班脱岗，由他人代签值班记录", "中", "值班视频签到，站长不定期抽查。", "未发现问题"),
            ("仪器维修配件报销虚开发票", "低", "配件领用登记，报销附维修记录。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jingde_seismic_station_selfchecks", "https://360yingji.com/info/1054/39791.htm",
        "县地震监测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 地震监测中心 调研 "
        "(观测资料 质量, 宏观观测网, 震例, 值班值守): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def jingde_forest_fire_brigade_list() -> dict:
    unit = f"{PLACE}森林消防大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "厍翥沄", "leader", "扑火机具和防护装备采购收受回扣", "制度机制", "高风险",
         "装备采购集体研究，按政府采购程序办理。"),
        ("大队领导", "大队长", "厍翥沄", "leader", "季节性扑火队员招录优亲厚友", "岗位职责", "中风险",
         "招录条件和结果公示，体能测试现场公开。"),
        ("综合中队", "中队长", "亓珒瀁", "middle", "扑火队员出勤补助虚报冒领", "业务流程", "高风险",
         "出勤凭火情记录和点名表核发补助。"),
        ("综合中队", "中队长", "亓珒瀁", "middle", "火情报告不实，隐瞒火灾损失", "思想道德", "中风险",
         "火情信息双人核实，逐级报告。"),
        ("综合中队", "装备管理员", "厍岊琡", "general", "装备器材出借、私用不登记", "业务流程", "低风险",
         "装备出入库登记，每月盘点。"),
        ("综合中队", "装备管理员", "厍岊琡", "general", "油料领用账目不清", "外部环境", "中风险",
         "油料凭派车单领用，台账公开。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jingde_forest_fire_brigade_list",
        "http://www.hbnz.gov.cn/bmxz/bm/yjglg/zc/yjqtzdgkwj/202205/t20220511_2799635.shtml",
        "县森林消防大队 岗位廉政风险防控一览表, after the source's 县 极端情况下森林火灾专项预案 (扑火队伍, 扑火物资, 火情报告, "
        "防灭火指挥部): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def jingde_flood_office_register() -> dict:
    unit = f"{PLACE}防汛抗旱指挥部办公室"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "亓潏珸", "leader", [
            ("防汛抢险物资紧急采购不履行程序", "制度机制", "一级", "紧急采购事后补办手续，报县防指审核。"),
            ("灾后水毁工程修复项目指定施工队伍", "岗位职责", "二级", "修复项目按规定比选，结果公示。"),
        ]),
        ("物资调度科", "科长", "厍澋翾", "middle", [
            ("抗旱物资调拨不按先近后远、先重点后一般的原则", "业务流程", "二级", "调拨方案集体研究，调令留存备查。"),
        ]),
        ("物资调度科", "科员", "亓璲岘", "general", [
            ("防汛物资代储费用结算不核实", "业务流程", "二级", "代储费用按合同和盘点结果结算。"),
            ("抗旱应急备用水源打井补助对象认定不实", "外部环境", "三级", "补助对象乡镇初审、现场核验。"),
        ]),
        ("综合科", "会计", "厍湋珮", "general", [
            ("灾区补助资金拨付不及时、截留挪用", "思想道德", "一级", "补助资金直达乡镇专户，每笔公示。"),
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
        "jingde_flood_office_register", "http://fsou.com/html/text/lar/173929/17392980_8.html",
        "县防汛抗旱指挥部办公室 廉政风险点排查登记表, after the source's 防汛抗旱应急预案 物资保障 (抗旱物资储备, 调拨原则和程序, "
        "灾区补助, 应急备用水源): a title, 序号/科室 merged (``办领导`` for the 主任)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingde_civil_air_defence_matter_brackets(),
    jingde_emergency_bureau_two_sheets(),
    jingde_safety_enforcement_posts(),
    jingde_command_centre_cards(),
    jingde_relief_depot_group_rows(),
    jingde_seismic_station_selfchecks(),
    jingde_forest_fire_brigade_list(),
    jingde_flood_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch824-inbox"))
