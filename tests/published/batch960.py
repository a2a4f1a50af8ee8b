"""The nine-hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建和城管
bodies, 双湖县 (那曲市, 西藏自治区) — its 住房和城乡建设局, 市政管理所, 环境卫生管理站, 供排水站,
建设工程质量安全监督站, 城市管理综合执法大队 and two 乡镇 stations (措折罗玛镇环卫站, 雅曲乡供水站) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), a ``风险类型`` column (short names) on
  both, 高/中/低;
- the 市政管理所's 防控卡, one sheet a person: ``姓名 | … | 岗位 | …`` over a merged ``主要职责`` line,
  ``一级/二级/三级``, no type column;
- the 环境卫生管理站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险描述``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 供排水站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``, no type column;
- the 建设工程质量安全监督站's 自查表, one sheet a person: a label row ``姓　名 | 科　室 | 职　务 |
  填报日期`` over a row of values, ``高风险/中风险/低风险``, ``自查结果``, no type column;
- the 措折罗玛镇环卫站's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``★★★/★★/★`` read by a ``注：`` line;
- the 雅曲乡供水站's 排查登记表: no 科室 column, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shuanghu_enforcement_key_points_sheet``: the 城市管理综合执法大队's 岗位廉政风险点清单, an ordinary
  list (``序号 | 中队 | 岗位 | 姓名 | 廉政风险点 | 防控措施``, 中队 merged, 岗位 and 姓名 merged per person)
  with NO LEVEL COLUMN; a ``注：`` line says the points that stand in the 大队's 重点廉政风险点 list
  are 一级 and all others 二级, and a SECOND SHEET ``重点风险点`` is that list (``序号 | 中队 | 岗位 |
  重点廉政风险点 | 监督责任人``, the points copied word for word, in its own order, the 监督责任人 a
  post, no names). The README's 读得懂的表 knows levels joined from another sheet by a 风险编号, by
  the list's own 权力事项 column, an 调整表 with ``调整前 | 调整后`` levels, a 是否重点 column and a
  note setting levels by the words a point contains; it does not describe levels given by a
  point's MEMBERSHIP in a separate 重点 list on another sheet (a list carrying no level column of
  its own, whose rows repeat some of the main list's points), the rest taking the note's lower
  level.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on 县域建筑工程质量监督执法 —
未批先建, 停工通知, 不合格钢筋; a 那曲 公路改建工程 — 施工单位承建, 总投资, 工期; 班戈县's 住建局 and
its 环卫工 — 垃圾填埋场 覆土碾压, 建筑垃圾 清理; 札达县's 城区供水改造 — 配水管网, 智能水表, 收费;
西藏's 城镇环境基础设施 notice — 填埋场 防渗工程 施工阶段的监督; 改则县's 垃圾分类回收 — 牧民收集,
按公斤收购; 那曲 木托村's 用水 — 凿冰取水, 水井冻住, 管道冻裂; reporting on men in 城管 uniform
collecting 摊位费) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 轩辕 and 公孙 with
one-character given names); every unit is a body of 双湖县.

Run ``python tests/published/score.py --set batch960`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is 一级 when the ``重点风险点`` sheet lists it (same 中队, 岗位 and
  words), else 二级, as its ``注：`` line says; the 重点 sheet is no list of its own: it holds no
  point, names no holder, and its ``监督责任人`` is no holder; no type column, so no types;
- ``局领导`` is no 科室 (sheet ``局领导``); ``站领导``, ``所领导``, ``大队领导`` (a 部门/中队 cell, a group
  row, a label value) are the 科室 of those leaders; a 局's 股, a 站's 组 and a 大队's 中队 are 科室; the
  雅曲乡供水站's list has no 科室;
- every station, the 所, the 大队 and the 局 are units of their own: 局长, 副局长, 所长, 副所长, 站长,
  副站长, 大队长 and 副大队长 are leaders; 股长, 组长 and 中队长 middle; the rest general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``分管工作``, ``主要职责``, ``自查结果`` and ``填报日期``
  are no points and name no holder; the 环境卫生管理站's list names no person: its forms are posts
  (对岗不对人);
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

PREFIX = "b960_"
PLACE = "双湖县"
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

# (中队, 岗位, 姓名, tier, [(廉政风险点, 防控措施)])
ENFORCERS = [
    ("大队领导", "大队长", "轩辕璘", "leader", [
        ("重大行政处罚案件个人说了算，不经集体讨论", "重大案件经大队案审会集体讨论，记录存档。"),
        ("为违法建设当事人说情、干预查处", "领导干部干预执法一律登记报告。"),
    ]),
    ("市容中队", "中队长", "公孙翙", "middle", [
        ("默许他人冒用城管名义向摊贩收取摊位费", "摊点管理不收任何费用，举报电话公示。"),
        ("临时占道经营审批把关不严、优亲厚友", "占道审批结果在大队公示栏公开。"),
    ]),
    ("市容中队", "执法队员", "轩辕岍", "general", [
        ("接受流动摊贩财物，对占道经营不予查处", "巡查全程佩戴执法记录仪，视频每周抽查。"),
        ("暂扣物品私自处理或据为己有", "暂扣物品登记入库，当事人签字领回。"),
    ]),
    ("规划执法中队", "中队长", "公孙燊", "middle", [
        ("对违法建设立案后不及时查处、久拖不结", "违建案件限期办结，逾期说明原因。"),
        ("违法建设处罚裁量畸轻畸重", "严格执行处罚裁量基准，法制审核把关。"),
    ]),
    ("规划执法中队", "执法队员", "轩辕崧", "general", [
        ("巡查发现未批先建不制止、不上报", "巡查日志每日上报，发现问题当日录入平台。"),
        ("收受施工方好处，拆除违建时放水", "拆除现场两人以上，全程录像。"),
    ]),
]  # fmt: skip

# the second sheet: (中队, 岗位, 重点廉政风险点, 监督责任人), in its own order
KEY_POINTS = [
    ("规划执法中队", "中队长", "违法建设处罚裁量畸轻畸重", "副大队长"),
    ("市容中队", "执法队员", "接受流动摊贩财物，对占道经营不予查处", "市容中队中队长"),
    ("大队领导", "大队长", "重大行政处罚案件个人说了算，不经集体讨论", "县住建局党组"),
    ("规划执法中队", "执法队员", "收受施工方好处，拆除违建时放水", "规划执法中队中队长"),
    ("市容中队", "中队长", "默许他人冒用城管名义向摊贩收取摊位费", "大队长"),
]  # fmt: skip
KEY = {(dept, post, point) for dept, post, point, _ in KEY_POINTS}


def shuanghu_enforcement_key_points_sheet() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    sh = _Sheet("风险点清单", [6, 13, 10, 10, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "中队", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in ENFORCERS:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            lv = 1 if (dept, post, point) in KEY else 2
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：列入大队《重点风险点》表的风险点为一级风险，其余为二级风险。", 6)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年6月")
    key = _Sheet("重点风险点", [6, 13, 10, 40, 18])
    _line(key, f"{unit}重点廉政风险点", 5)
    key.add("序号", "中队", "岗位", "重点廉政风险点", "监督责任人")
    for i, (dept, post, point, boss) in enumerate(KEY_POINTS, 1):
        key.add(i, dept, post, point, boss)
    key.add("经大队党支部会议研究确定。", None, None, "2025年5月", None)
    return _layout(
        "shuanghu_enforcement_key_points_sheet", "http://m.p146.com/news/b/2012-12-17/0945648.html",
        "(harder) 县城市管理综合执法大队 岗位廉政风险点清单, after the source's reporting on men in 城管 uniform collecting "
        "摊位费 from 流动摊贩 (小吃街, 每月收费, 执法权): a title, 序号/中队 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "防控措施 with NO LEVEL COLUMN, a ``注：`` line saying the points listed in the 大队's 《重点风险点》 are 一级 and the "
        "rest 二级, and a SECOND SHEET ``重点风险点`` (序号/中队/岗位/重点廉政风险点/监督责任人, five of the list's points copied "
        "word for word in another order, the 监督责任人 a post); no type column",
        [sh, key], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shuanghu_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 10, 8, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("公孙翊", "局长", "主持全面工作", [
            ("城建项目立项和资金拨付个人拍板", "制度机制", "高", "项目立项和资金拨付经局党组会集体研究。"),
            ("为施工企业承揽工程打招呼", "思想道德", "高", "领导干部插手工程建设一律登记报告。"),
        ]),
        ("轩辕昶", "副局长", "分管质量安全、建筑市场", [
            ("对未批先建项目只发停工通知、不依法查处", "岗位职责", "高", "未批先建项目建立台账，限期查处。"),
            ("建筑企业资质核查走过场", "业务流程", "中", "资质核查两人以上，结果在政务网公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("内设股室", [6, 14, 9, 9, 38, 10, 8, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建筑市场股", "股长", "轩辕峤", "middle", "施工许可证核发降低条件", "岗位职责", "高", "许可资料两人审核，系统全程留痕。"),
        ("建筑市场股", "股长", "轩辕峤", "middle", "招标文件设置排他性条款", "制度机制", "中", "招标文件经法律顾问审查后公开。"),
        ("村镇建设股", "股长", "公孙岚", "middle", "农房建设补助对象审核不严", "业务流程", "高", "补助对象经乡村两级公示。"),
        ("财务股", "会计", "公孙昀", "general", "工程款支付超进度拨付", "业务流程", "中", "按监理签认的进度支付，股长复核。"),
        ("财务股", "出纳", "轩辕珂", "general", "公款私存、坐收坐支", "思想道德", "低", "现金日清月结，每月银行对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "shuanghu_housing_bureau_two_sheets", "http://www.thearxiv.net/2025/117/dd0c20251170727.html",
        "县住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's paper on 县域建筑工程质量监督执法 (未批先建, "
        "停工通知, 不合格钢筋, 部门协同): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 内设股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险类型 (short names), 风险等级 高/中/低, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def shuanghu_municipal_office_cards() -> dict:
    unit = f"{PLACE}市政管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "公孙翾", "所领导", "所长", "主持全所工作，负责市政道路和设施建设", "leader", [
            ("市政道路改建工程指定施工单位", "一级", "工程按规定公开招标，所务会集体研究。"),
            ("工程变更和签证审批把关不严", "一级", "变更签证经监理、跟审单位会签。"),
            ("接受施工单位宴请和礼品", "三级", "签订廉洁承诺书，节前廉政提醒。"),
        ]),
        ("设施维护组", "轩辕岫", "设施维护组", "组长", "负责路灯、井盖和桥涵的日常维护", "middle", [
            ("路灯维修材料以次充好、虚报数量", "二级", "材料出入库登记，维修后拍照存档。"),
            ("维修零星工程量签认不实", "二级", "零星工程量两人现场丈量签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "岗位", post)
        sh.add("部门", dept, "填卡日期", "2025年5月")
        r = sh.add("主要职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("持卡人签字：", None, "所长签字：", None)
        sheets.append(sh)
    return _layout(
        "shuanghu_municipal_office_cards", "https://www.chemmade.com/news/detail-07-25882.html",
        "县市政管理所 岗位廉政风险防控卡, one sheet a person, after the source's report on a 那曲 公路改建工程 (施工单位承建, "
        "总投资, 工期, 连接线): a title, label rows ``姓名 | … | 岗位 | …`` and ``部门 | … | 填卡日期 | …``, a merged "
        "主要职责 line, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 持卡人签字/所长签字",
        sheets, t,
    )  # fmt: skip


def shuanghu_sanitation_station_posts() -> dict:
    unit = f"{PLACE}环境卫生管理站"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "环卫作业外包", "清扫保洁外包项目暗箱操作，向关系户倾斜", "制度机制风险", "Ⅰ级",
         "外包项目公开比选，站务会集体研究。"),
        ("清扫保洁组", "组长", "middle", "环卫工考勤", "临时环卫工考勤造假、虚报人数冒领工资", "岗位职责风险", "Ⅰ级",
         "考勤人脸打卡，工资直接打入个人账户。"),
        ("清扫保洁组", "组长", "middle", "作业质量考核", "接受外包单位好处，考核打分放水", "思想道德风险", "Ⅱ级",
         "考核两人以上，结果公示。"),
        ("收运填埋组", "驾驶员", "general", "车辆燃油", "垃圾清运车加油卡私用、虚报油耗", "业务流程风险", "Ⅱ级",
         "油耗按行驶里程核定，加油卡专人管理。"),
        ("收运填埋组", "填埋场管理员", "general", "建筑垃圾消纳", "私收费用默许建筑垃圾乱倒乱卸", "外部环境风险", "Ⅲ级",
         "消纳登记，视频监控覆盖填埋场入口。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shuanghu_sanitation_station_posts", "http://www.xzbg.gov.cn/zt_4268/hbzl/201805/t20180508_2209002.html",
        "县环境卫生管理站 岗位廉政风险点排查表 对岗不对人, after the source's report on 班戈县's 住建局 and its 环卫工 (垃圾填埋场 "
        "排水沟清理、平整碾压覆土, 主干道清扫, 建筑垃圾 专项清理): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/"
        "a long 风险描述/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shuanghu_water_station_group_rows() -> dict:
    unit = f"{PLACE}供排水站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "公孙峣", "leader", [
                ("供水管网改造工程招投标中泄露标底", "一级风险", "项目一律进县公共资源交易平台。"),
                ("水质检测外委单位指定", "二级风险", "检测单位比选确定，结果报县住建局。"),
            ]),
        ]),
        ("二、管网维修组", "管网维修组", [
            ("组长", "轩辕瑗", "middle", [
                ("冬季管道冻裂抢修材料虚报冒领", "一级风险", "抢修材料领用登记，抢修后拍照存档。"),
            ]),
            ("维修工", "公孙嵘", "general", [
                ("私接自来水管、收受用户好处", "二级风险", "新装、改装一律报站审批，定期入户核查。"),
            ]),
        ]),
        ("三、营业收费组", "营业收费组", [
            ("抄表收费员", "轩辕湄", "general", [
                ("智能水表数据人为修改，少收、不收水费", "一级风险", "水表数据系统自动采集，月底对账。"),
                ("收取水费不开票据、截留挪用", "三级风险", "水费一律扫码缴纳，现金当日解缴。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "shuanghu_water_station_group_rows", "http://www.njpanjin.com/cn/ecology/202011/t20201105_6888346.html",
        "县供排水站 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 札达县's 城区供水系统改造 (配水主管网, "
        "入户管网, 智能水表, 定时供水无法收费, 招投标): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、站领导``, ``二、管网维修组``, ``三、营业收费组`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def shuanghu_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    t = _Truth(unit)
    people = [
        ("公孙珝", "站领导", "站长", "leader", [
            ("质量监督报告结论与检测结果不符", "高风险", "监督报告经站务会审定，检测报告附后。", "未发现问题"),
            ("为施工单位提前通报监督抽查时间", "中风险", "抽查对象和时间随机确定。", "已落实"),
        ]),
        ("轩辕翀", "监督一组", "监督员", "general", [
            ("垃圾填埋场防渗工程隐蔽验收不到场", "高风险", "隐蔽工程验收拍照上传监督平台。", "已落实"),
            ("发现不合格钢筋不责令整改", "高风险", "抽检不合格一律下发整改通知并跟踪复查。", "已落实"),
        ]),
        ("公孙澈", "监督二组", "安全监督员", "general", [
            ("安全检查走过场，隐患不登记", "中风险", "检查记录由施工、监理单位签字确认。", "未发现问题"),
            ("接受施工单位宴请", "低风险", "签订廉洁承诺书，定期廉政谈话。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "科　室", "职　务", "填报日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查结果")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shuanghu_quality_station_selfchecks", "http://fsou.com/html/text/lar/172098/17209861_2.html",
        "县建设工程质量安全监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's notice on "
        "西藏's 城镇环境基础设施 (垃圾填埋场 防洪和防渗工程 施工阶段的监督, 保证工程质量, 污水处理工程): a title, a label row "
        "``姓　名 | 科　室 | 职　务 | 填报日期`` over a row of values, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查结果``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def shuanghu_cuozheluoma_sanitation_list() -> dict:
    unit = f"{PLACE}措折罗玛镇环卫站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "轩辕琤", "leader", "可回收物收购款发放不公开", "制度机制", "★★★",
         "收购款按公斤核算，每月张榜公示。"),
        ("站领导", "站长", "轩辕琤", "leader", "垃圾转运车辆维修费用虚报", "业务流程", "★★",
         "维修定点，维修单经镇分管领导签字。"),
        ("收集转运", "收集员", "公孙沅", "general", "收购可回收物时虚报重量、克扣牧民", "思想道德", "★★★",
         "过磅单一式两联，牧民签字。"),
        ("收集转运", "收集员", "公孙沅", "general", "收取商户好处，垃圾不按时清运", "岗位职责", "★",
         "清运台账每日登记，镇里每月抽查。"),
        ("公厕管理", "保洁员", "轩辕湉", "general", "公厕管护物资挪作他用", "外部环境", "★★",
         "物资出入库登记，站长签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "shuanghu_cuozheluoma_sanitation_list", "http://xgambeijing.cn/cn/news/zx/201906/t20190607_6604925.html",
        "镇环卫站 岗位廉政风险防控一览表, after the source's report on 改则县's 垃圾分类回收 in 藏北 (牧民收集公路沿线的可回收物, "
        "按公斤收购, 城投公司, 垃圾填埋场): ``附件2``, a title, a merged 填报单位/填报时间 line, then 序号/部门/岗位/责任人 on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def shuanghu_yaqu_water_station_register() -> dict:
    unit = f"{PLACE}雅曲乡供水站"
    sh = _Sheet("登记表", [6, 10, 10, 38, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "公孙崟", "leader", [
            ("集中供水点水井建设验收不严", "制度机制", "一级", "验收组由乡、村和群众代表组成。"),
            ("防冻保温材料采购不比价", "业务流程", "二级", "材料采购三家比价，结果公示。"),
        ]),
        ("管护员", "轩辕嵛", "general", [
            ("入户管道维修向牧民收取费用", "思想道德", "一级", "维修一律免费，监督电话公开。"),
            ("水井冻住后不及时处置、不上报", "岗位职责", "二级", "冬季每日巡查，情况报乡里。"),
            ("接受村民好处，优先为其接通管道", "外部环境", "三级", "接通顺序经村委会公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "shuanghu_yaqu_water_station_register", "http://m.njpanjin.com/cn/news/zx/202502/t20250222_7754655.html",
        "乡供水站 廉政风险点排查登记表, after the source's report on 那曲 高原村庄 用水 (凿冰取水, 村中心水井, 水井冻住, 管道冻裂, "
        "冻土): a title, 序号/岗位 and 姓名 merged per person (no 科室 column)/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shuanghu_enforcement_key_points_sheet(),
    shuanghu_housing_bureau_two_sheets(),
    shuanghu_municipal_office_cards(),
    shuanghu_sanitation_station_posts(),
    shuanghu_water_station_group_rows(),
    shuanghu_quality_station_selfchecks(),
    shuanghu_cuozheluoma_sanitation_list(),
    shuanghu_yaqu_water_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch960-inbox"))
