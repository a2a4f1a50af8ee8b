"""The eight-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's city
management bodies, 寿宁县 (of 宁德市, 福建) — its 城市管理局, 环境卫生管理所, 市政设施维护中心,
城市管理综合执法大队, 停车管理办公室, 园林绿化管理所, 数字化城市管理指挥中心 and 建筑垃圾管理所 —
each handing back the 一览表, 防控卡, 排查表, 清单, 自查表 or 登记表 its staff typed in WPS or Excel:

- the 城市管理局's 一览表 under ``附件1`` and a 填报单位 line: ``股室`` merged, ``岗位 | 姓名`` merged per
  person, ``风险类型`` (``…风险``), ``一级/二级/三级``;
- the 环境卫生管理所's 防控卡, one sheet a holder (tabs named by the post): a label row ``持卡人 | … |
  所在股室 | … | 职　务 | …``, ``★★★/★★/★`` read by a ``注：`` line, a 持卡人（签字） line;
- the 市政设施维护中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 停车管理办公室's 责任清单 under GROUP ROWS ``一、办领导`` … ``三、稽查股`` merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 园林绿化管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填报日期``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 数字化城市管理指挥中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 建筑垃圾管理所's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shouning_enforcement_brigade_holders_overflow``: the 城市管理综合执法大队's 岗位廉政风险点排查表,
  ONE ROW A POINT (``序号 | 所在中队 | 执法环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任人``), the one
  ``责任人`` column LAST, each cell ``岗位　姓名``; a point shared by two or three people keeps its
  first holder under ``责任人`` and the others typed on, one a cell, into the UNHEADED columns to
  the right of the table (no heading, no merge), as a ``注：`` line under the table tells them to
  (``…在“责任人”栏右侧空白格内依次填写``). So one row is a point of every holder along it, and a
  holder's points are the rows he stands in, whichever column. The README's 读得懂的表 knows
  measures typed on across unheaded columns (``MEASURES_ACROSS_COLUMNS``) and ``风险点 | 等级``
  pairs continued in unheaded columns (``PAIRS_CONTINUED_UNHEADED``), and says names written
  there are outside content; it knows one ``责任人`` cell listing several holders (``、``, lines),
  but not holders continued past the last heading into unheaded cells, one a cell.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 城管执法礼仪 case collection —
占道经营, 暂扣物品, 当场收缴罚款; a 城管执法局 window guide to 设置大型户外广告 审批 — 受理、审查、
决定; a 环卫处 集中整治 — 片区负责人, 保洁员, 垃圾中转站, 公厕, 消杀药品; a 区市政处 on 路灯维修 and
照明设施改造; a 纪检监察报 piece on 停车收费微腐败 — 停车管理工作站队长, 收费员, 私自收费, 截留;
a 审计局 on 园林绿化工程 — 苗木品种规格, 树径, 成活率, 补栽; a piece on 数字城管 — 信息采集员
“辛苦费”, 选择性采集, “预约”“摆拍” 核查; a 建筑垃圾管理办法 — 运输企业准入, “十统一”, 年审,
处置核准文件) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 冀 and 漆 with rare
given names); every unit is a body of 寿宁县.

Run ``python tests/published/score.py --set batch839`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every ``岗位　姓名`` along a row — under ``责任人`` or in the unheaded cells
  after it — makes the row's point a point of that holder, with the row's level; the 科室 is the
  row's ``所在中队`` (``大队领导`` for the 大队长 and 副大队长); the ``注：`` line and the 填表/审核
  line are no points;
- ``局领导``, ``所领导``, ``办领导``, ``中心领导`` and ``大队领导`` (a 股室 cell, a card's 所在股室, a group
  row, a 部门 cell) are the 科室 of those leaders; a group row ``二、收费管理股`` gives the 科室
  ``收费管理股`` (its number left off);
- 局长, 副局长, 所长, 主任 (of a 办, a 中心 and a 中心's 领导), 大队长 and 副大队长 are leaders;
  股长, 科长, 中队长 and the 局's 办公室主任 middle; the rest (股员, 保管员, 技术员, 维修班长,
  收费员, 稽查员, 信息采集员, 派遣员, 执法队员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填报日期`` are no points and name
  no holder; the 市政设施维护中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b839_"
PLACE = "寿宁县"
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

# (post, name, tier) of the 执法大队's holders
BRIGADE = {
    "dd": ("大队长", "冀霂濯", "leader"),
    "fd": ("副大队长", "漆霂渟", "leader"),
    "z1": ("中队长", "冀鹓炘", "middle"),
    "y1": ("执法队员", "漆陟昰", "general"),
    "y2": ("执法队员", "冀晞飏", "general"),
    "z2": ("中队长", "漆暄锃", "middle"),
    "y3": ("执法队员", "冀浟谞", "general"),
}

# (所在中队, 执法环节, 廉政风险点, 风险等级, 防控措施, holders along the row: the first under 责任人,
#  the others in the unheaded cells after it)
OVERFLOW = [
    ("大队领导", "案件审核", "重大行政处罚案件不经集体讨论，个人定案", "高",
     "重大案件一律提交案审会集体讨论，讨论记录入卷。", ("dd", "fd")),
    ("大队领导", "暂扣物品处置", "暂扣物品不登记入库，私自发还或变卖", "中",
     "暂扣物品统一登记入库，发还、处置须经分管领导审批。", ("fd",)),
    ("一中队", "现场检查", "对占道经营选择性执法，收受摊主好处后不予查处", "高",
     "双人以上巡查，执法全过程记录，巡查路段定期轮换。", ("z1", "y1", "y2")),
    ("一中队", "罚款收缴", "当场收缴罚款不开具专用票据，截留罚没款", "高",
     "罚款一律使用省财政厅统一罚没票据，当日缴入指定账户。", ("y1", "y2")),
    ("一中队", "违法建设查处", "违法建设调查取证走过场，向当事人通风报信", "中",
     "调查取证双人进行，案件信息专人管理，泄密严肃追责。", ("z1",)),
    ("二中队", "户外广告巡查", "对未经审批的户外广告设施发现不查、查而不处", "中",
     "建立户外广告设施台账，逐月比对审批名单。", ("z2", "y3")),
    ("二中队", "渣土运输监管", "渣土车辆违规运输查处中以罚代管、降格处理", "高",
     "处罚裁量按基准执行，案件季度评查。", ("y3",)),
    ("二中队", "执法记录", "执法时故意不开启执法记录仪，规避监督", "低",
     "执法记录仪开机率纳入月考核，音视频资料按时上传。", ("z2", "y3")),
]  # fmt: skip


def shouning_enforcement_brigade_holders_overflow() -> dict:
    unit = f"{PLACE}城市管理综合执法大队"
    ncols = 7
    extra = max(len(holders) for *_, holders in OVERFLOW) - 1
    sh = _Sheet("排查表", [6, 10, 12, 36, 8, 34, 14] + [14] * extra)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    sh.add("序号", "所在中队", "执法环节", "廉政风险点", "风险等级", "防控措施", "责任人")
    first = len(sh.rows)
    for i, (squad, stage, point, lv, measures, holders) in enumerate(OVERFLOW, 1):
        cells = [f"{BRIGADE[h][0]}{GAP}{BRIGADE[h][1]}" for h in holders]
        sh.add(i, squad, stage, point, lv, measures, *cells)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the order the holders first stand in the table
    order = list(dict.fromkeys(h for *_, holders in OVERFLOW for h in holders))
    for h in order:
        post, who, tier = BRIGADE[h]
        for squad, _stage, point, lv, _measures, holders in OVERFLOW:
            if h in holders:
                t.point(sh.name, squad, post, who, tier, point, [], HML[lv])
    _line(sh, "注：1.风险等级分高、中、低三级；2.一个风险点由多人承担的，在“责任人”栏右侧空白格内依次填写。",
          ncols)  # fmt: skip
    sh.add("填表人：", None, "审核人：", None, None, "大队长（签字）：", None)
    return _layout(
        "shouning_enforcement_brigade_holders_overflow", "http://99xueshu.com/w/file6xivgi09.html",
        "(harder) 县城市管理综合执法大队 岗位廉政风险点排查表, after the source's 城管执法礼仪 cases (占道经营, 暂扣物品, "
        "当场收缴罚款, 执法程序): a title, a merged 填报单位/填报时间 line, ONE ROW A POINT under ``序号 | 所在中队 | "
        "执法环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任人`` (所在中队 merged down), the ONE ``责任人`` column LAST "
        "with ``岗位　姓名``; a point of two or three people has its further holders typed on, one a cell, into the "
        "UNHEADED columns to the right of the table, as the ``注：`` line under it says (``…在“责任人”栏右侧空白格内"
        "依次填写``); 高/中/低, no type column; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shouning_city_management_bureau_list() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年4月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "冀渟觐", "leader", "城市管理重大项目和资金安排不经党组集体研究", "制度机制风险", "一级",
         "“三重一大”事项党组会集体研究，会议纪要存档。"),
        ("局领导", "局长", "冀渟觐", "leader", "为特定关系人设置户外广告打招呼、说情", "思想道德风险", "一级",
         "落实领导干部插手干预重大事项记录报告制度。"),
        ("局领导", "副局长", "漆衎瓒", "leader", "建筑垃圾处置核准审批把关不严，违规核准", "岗位职责风险", "二级",
         "核准事项经审批股初审、分管领导审核，结果公示。"),
        ("行政审批股", "股长", "漆祎谞", "middle", "设置大型户外广告申请材料审查不严，对不符合条件的予以许可",
         "业务流程风险", "一级", "实行受理、审查、决定分岗办理，许可结果网上公开。"),
        ("行政审批股", "股长", "漆祎谞", "middle", "超过承诺时限办理或故意拖延审批，吃拿卡要", "思想道德风险", "二级",
         "审批时限电子监察，超时自动预警。"),
        ("行政审批股", "股员", "漆赟逖", "general", "城市道路占用、挖掘许可现场勘察走过场", "岗位职责风险", "二级",
         "现场勘察两人以上，勘察照片存档。"),
        ("办公室", "主任", "冀浟炘", "middle", "公务接待、公车使用超标准、不登记", "制度机制风险", "三级",
         "公务接待一事一单，公车使用全程登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "shouning_city_management_bureau_list", "http://yxx.gov.cn/gzdt/rdzt/56369/56386/content_3120732.html",
        "县城市管理局 岗位廉政风险防控一览表, after the source's 城市管理行政执法局窗口 服务指南 for 设置大型户外广告 审批 "
        "(提交材料, 办理条件, 受理→审查→决定, 承诺时限): ``附件1``, a title, a merged 填报单位/填报时间 line, then "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/"
        "防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def shouning_sanitation_office_cards() -> dict:
    unit = f"{PLACE}环境卫生管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "漆燊枨", "所领导", "所长", "leader", [
            ("环卫保洁作业外包招标中设置倾向性条件", "★★★", "外包项目进入县公共资源交易平台，评标结果公示。"),
            ("垃圾中转站、公厕改造项目验收不严", "★★", "验收邀请县城市管理局、使用单位共同参加。"),
        ]),
        ("作业股股长", "漆鹓舣", "作业股", "股长", "middle", [
            ("临时保洁人员虚报人数、冒领工资", "★★★", "保洁人员实名考勤，工资直接发放到个人账户。"),
            ("片区保洁质量考核打人情分，考核结果与扣款不挂钩", "★★", "考核由两个片区交叉进行，结果每月公示。"),
        ]),
        ("保管员", "漆昰篪", "综合股", "保管员", "general", [
            ("消杀药品、保洁工具出入库不登记，私自处置", "★★", "出入库双人签字，每季度盘点。"),
            ("接受供货商宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in cards:
        sh = _Sheet(tab, [8, 12, 10, 12, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室", dept, "职　务", post)
        sh.add("序号", "廉政风险点", None, "风险等级", "防控措施", None)
        head = len(sh.rows) - 1
        sh.merge(head, 1, head, 2)
        sh.merge(head, 4, head, 5)
        for i, (point, stars, measures) in enumerate(items, 1):
            r = sh.add(i, point, None, stars, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人（签字）：", None, None, "年　月　日", None, None)
        sheets.append(sh)
    return _layout(
        "shouning_sanitation_office_cards", "http://s-machine.com.cn/news/79.html",
        "县环境卫生管理所 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 环卫处 "
        "集中整治 (片区负责人, 保洁员, 垃圾中转站, 公厕清刷, 消杀药品): a title, a label row ``持卡人 | … | 所在股室 | "
        "… | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 (point and measures each merged over two "
        "columns); a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shouning_municipal_facilities_posts() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "维修项目发包", "路灯、道路维修项目化整为零，规避招标直接发包", "制度机制风险",
         "高", "维修项目年度计划经班子会研究，限额以上一律招标。"),
        ("工程股", "股长", "middle", "工程量签证", "照明设施改造工程量签证不实，虚增工程量", "业务流程风险", "高",
         "工程量签证由监理、股长、分管领导三方签字。"),
        ("工程股", "股长", "middle", "竣工验收", "更换灯具数量、隐蔽工程验收不到现场", "岗位职责风险", "中",
         "验收逐杆清点并拍照留存，隐蔽工程全程旁站。"),
        ("工程股", "技术员", "general", "挖掘修复监管", "道路挖掘修复质量监管不严，收受施工单位好处",
         "思想道德风险", "中", "修复质量抽检，签订廉洁承诺书。"),
        ("养护股", "维修班长", "general", "维修材料领用", "灯具、线缆等维修材料领用不登记，以旧充新",
         "业务流程风险", "中", "材料领用一单一签，旧件回收登记。"),
        ("养护股", "维修班长", "general", "设施巡查", "设施巡查记录弄虚作假，维修时限不落实", "岗位职责风险", "低",
         "巡查定位打卡，维修时限纳入考核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shouning_municipal_facilities_posts", "https://www.wj.gov.cn/html/czwj/2019/FAOHPMEF_0117/270013.html",
        "县市政设施维护中心 岗位廉政风险点排查表 对岗不对人, after the source's 区市政处 on 节前路灯维修 (照明设施改造, "
        "增设路灯, 户外照明设施维修更新): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shouning_parking_office_group_rows() -> dict:
    unit = f"{PLACE}停车管理办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "冀铎枨", "leader", [
                ("公共停车泊位施划、收费路段设置不经集体研究", "一级风险", "泊位施划方案经办务会研究并公示。"),
                ("停车收费经营权出让暗箱操作", "一级风险", "经营权出让进入公共资源交易平台公开竞价。"),
            ]),
        ]),
        ("二、收费管理股", "收费管理股", [
            ("股长", "漆昰杪", "middle", [
                ("收费员排班、考核中收取好处费", "二级风险", "排班由系统随机生成，考核结果公示。"),
            ]),
            ("收费员", "冀洄迩", "general", [
                ("收取现金不开票据或用个人收款码收费，截留停车费", "一级风险", "统一使用电子收费终端，收入日清日缴。"),
                ("在免费时段、免费泊位私自收费", "二级风险", "免费时段和泊位现场公示，开通投诉电话。"),
            ]),
        ]),
        ("三、稽查股", "稽查股", [
            ("稽查员", "冀绹逖", "general", [
                ("稽查中发现收费员违规不上报，包庇纵容", "二级风险", "稽查记录双人签字，纪检组抽查。"),
                ("停车收费后台数据与入账核对走过场", "三级风险", "每月核对平台数据与财务入账。"),
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
        "shouning_parking_office_group_rows", "http://bbrtv.com/2022/0518/740291.html",
        "县停车管理办公室 廉政风险防控责任清单, after the source's piece on 停车收费微腐败 (停车管理工作站队长, 收费员, "
        "私自收费, 截留侵占, 收费许可审批): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、办领导``, ``二、收费管理股``, ``三、稽查股`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def shouning_landscaping_office_selfchecks() -> dict:
    unit = f"{PLACE}园林绿化管理所"
    t = _Truth(unit)
    people = [
        ("冀霂颀", "所领导", "所长", "leader", [
            ("园林绿化工程苗木品种、规格变更不经集体研究", "Ⅰ级", "设计变更经所务会研究，报县城市管理局备案。", "已落实"),
            ("绿化养护外包考核打人情分", "Ⅱ级", "养护考核邀请社区代表参加，结果公示。", "未发现问题"),
        ]),
        ("冀逖舣", "绿化股", "股长", "middle", [
            ("苗木进场验收树径、数量把关不严", "Ⅰ级", "苗木进场逐车清点，树径现场测量留影。", "已落实"),
            ("死亡苗木补栽不督促、补栽数量虚报", "Ⅱ级", "成活率季度核查，补栽清单公示。", "已落实"),
        ]),
        ("冀遹霂", "养护股", "技术员", "general", [
            ("绿地养护巡查记录弄虚作假", "Ⅲ级", "巡查定位打卡，记录抽查。", "未发现问题"),
            ("修剪下来的树木枝干私自变卖", "Ⅱ级", "修剪物统一登记处置。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填报日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shouning_landscaping_office_selfchecks", "https://whshzg.com/xinwenzixun/xingyedongtai/3979.html",
        "县园林绿化管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 区审计局 "
        "on a 园林绿化工程 (苗木品种、规格, 树径, 设计图, 成活率, 补栽): a title, a label row ``姓　名 | 所在股室 | 岗　位 "
        "| 填报日期`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def shouning_digital_command_centre_list() -> dict:
    unit = f"{PLACE}数字化城市管理指挥中心"
    sh = _Sheet("一览表", [6, 12, 11, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "冀盺渟", "leader", "信息采集服务外包招标设置倾向性条件", "制度机制", "高风险",
         "采购需求集体论证，评标专家随机抽取。"),
        ("中心领导", "主任", "冀盺渟", "leader", "对责任单位考核排名打招呼、调整考核数据", "岗位职责", "中风险",
         "考核数据系统自动生成，排名结果公开。"),
        ("监督科", "科长", "冀赟篪", "middle", "对采集员选择性采集、瞒报漏报监督不力", "岗位职责", "中风险",
         "采集员交叉巡查、定期轮换采集片区。"),
        ("监督科", "信息采集员", "冀竑蕖", "general", "收受责任单位“辛苦费”，少报、虚报案件", "思想道德", "高风险",
         "签订廉洁承诺书，开展采集数据复核抽查。"),
        ("监督科", "信息采集员", "冀竑蕖", "general", "案件核查“预约”“摆拍”，虚假结案", "业务流程", "高风险",
         "核查照片带定位和时间水印，随机复核。"),
        ("指挥科", "派遣员", "冀篪炘", "general", "案件派遣不按权责清单，随意改派、退回", "业务流程", "低风险",
         "派遣依权责清单，改派退回须科长审批。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "shouning_digital_command_centre_list", "https://wxredian.com/art?id=462a11bd71f87fed8d2f60a131564c7c",
        "县数字化城市管理指挥中心 岗位廉政风险防控一览表, after the source's piece on 数字城管 的贿赂与作假 (信息采集员 "
        "“辛苦费”, 选择性采集, “预约”“摆拍” 核查, 考核数据失真): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def shouning_construction_waste_register() -> dict:
    unit = f"{PLACE}建筑垃圾管理所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "冀濯舣", "leader", [
            ("运输企业准入审核降低标准，关照特定企业", "制度机制", "一级", "准入条件公开，审核结果公示。"),
            ("消纳场所选定不公开、不比选", "外部环境", "二级", "消纳场所经集体研究并向社会公布。"),
        ]),
        ("准入股", "股长", "冀赟锃", "middle", [
            ("运输车辆“十统一”年审走过场", "岗位职责", "一级", "年审逐车查验，不合格车辆清退名单公示。"),
        ]),
        ("准入股", "股员", "漆炘苡", "general", [
            ("处置核准文件发放不登记，默许转借、倒卖", "业务流程", "二级", "核准文件编号登记，发放一车一证。"),
        ]),
        ("稽查股", "稽查员", "冀飏纮", "general", [
            ("对抛洒滴漏、偷倒渣土车辆以罚代管", "思想道德", "一级", "稽查双人进行，处罚按裁量基准。"),
            ("智能终端运输轨迹核查不认真", "业务流程", "三级", "轨迹异常自动预警，每周抽查。"),
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
        "shouning_construction_waste_register", "https://www.cn-hw.net/news/202102/02/77486_2.html",
        "县建筑垃圾管理所 廉政风险点排查登记表, after the source's 建筑垃圾管理办法 (运输企业准入和退出, “十统一” 年审, "
        "处置核准许可证, 禁止转借倒卖核准文件): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shouning_enforcement_brigade_holders_overflow(),
    shouning_city_management_bureau_list(),
    shouning_sanitation_office_cards(),
    shouning_municipal_facilities_posts(),
    shouning_parking_office_group_rows(),
    shouning_landscaping_office_selfchecks(),
    shouning_digital_command_centre_list(),
    shouning_construction_waste_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch839-inbox"))
