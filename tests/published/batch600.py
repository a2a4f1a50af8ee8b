"""The six-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 机关事务 and
公务用车 bodies, 灵武市 (of 银川市, 宁夏回族自治区) — its 机关事务管理局, 机关事务服务中心, 人民政府接待办公室,
机关食堂, 党政机关办公用房管理中心, 机关车队 and 公务用车管理办公室 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 机关事务管理局's 责任清单 under GROUP ROWS ``一、局领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 机关事务服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), 高/中/低, no type column;
- the 人民政府接待办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 机关食堂's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间`` over a
  row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 党政机关办公用房管理中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line;
- the 机关车队's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 公务用车管理办公室's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``.

One is harder:

- ``lingwu_official_car_centre_holder_marks``: the 公务用车服务中心's 廉政风险点清单 ``序号 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施`` with NO 科室, 岗位 or 姓名 column: each 风险点 cell ENDS with one
  or two holder MARKS (``※``, ``△``, ``◇``, ``○``; one row ``…※△``, shared), and a ``注：`` line under
  the list is the legend: ``风险点后标注的符号表示责任岗位及责任人：※—中心主任　钮…；△—车辆调度科
  科长　蓟…；◇—车辆调度科　调度员　钮…；○—车辆维修保障科　科长　蓟…。``. So a row's 科室, post and
  holder are those its mark stands for in the legend, and the mark is no part of the point. The
  README's 读得懂的表 knows a holder column holding only codes (``A``, ``①``) read by a legend
  (HOLDER_CODES), holders encoded in the risk code's prefix (``S01-1``), marks in front of the
  point naming its TYPE (``▲为思想道德风险``, TYPE_MARKS) or its LEVEL (``★``/``☆``, LEVEL_MARKS),
  and symbols after a holder's NAME that are no part of it (``*△※``); it does not describe marks
  closing the POINT that name its holder, with no holder column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县纪委's 公车管理 rules — 派车单,
定点停放, 加油充值卡 限额包干, 定点维修 先报后修, 保险; a 车辆管理中心's self-check of 维修费 and 油耗 —
GPS 轨迹, 派车单, 台班费; a note on 公务接待公函 — 虚报接待标准, 扩大接待范围, 以公函掩盖违规; pages on
行政事业单位食堂 会计核算 and 食材集中采购 — 伙食费, 就餐人数, 食材品种; the list of 公务用车 violations —
超编制超标准配车, 借用占用下属单位车辆, 豪华内饰, 违规处置; the 党政机关办公用房管理办法 — 权属登记,
配置, 调剂, 维修, 处置; a 车企's 公务用车 警示教育 — 加油卡 专卡专用, 车载 GPS, 私车公养; a 纪委's case
of a 公务油卡 used for a private car — 加油记录 比对 行车轨迹) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
surnames 钮 and 蓟 with rare given names); every unit is a body of 灵武市, a name no earlier unit holds,
so the tests pass ``unit_words=("灵武市",)``.

Run ``python tests/published/score.py --set batch600`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of the list is a point of each holder whose mark closes its
  风险点 cell, with the 科室, post and holder the legend gives that mark (``中心主任`` no 科室) and
  the row's level and type; the point is the cell without its marks; a row marked ``※△`` is a
  point of both; the legend line and the 编制/审核 line are no points;
- ``局领导``, ``中心领导`` (a group row, a sheet) are those leaders' groups: the 局's group row
  ``一、局领导`` gives the 科室 ``局领导``; the 服务中心's leaders (sheet ``中心领导``, no 科室 column)
  and the cards' holders have no 科室; a 科, a 股, a 食堂's 组 and a 车队's 班 are 科室;
- 局长, 副局长, a 中心's 主任 and 副主任, 接待办 主任 and a 车队's 队长 are leaders; 科长, 股长, 班长,
  组长 middle; the rest (驾驶员, 调度员, 会计, 出纳, 采购员, 保管员, 厨师, 接待专员, 资产管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 接待办's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b600_"
PLACE = "灵武市"
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

# the legend under the list: mark -> (科室, 岗位, 责任人, tier)
MARKS = {
    "※": ("", "中心主任", "钮璟翯", "leader"),
    "△": ("车辆调度科", "科长", "蓟沨璁", "middle"),
    "◇": ("车辆调度科", "调度员", "钮湉骎", "general"),
    "○": ("车辆维修保障科", "科长", "蓟珣曦", "middle"),
}

# (风险点, its marks, 风险类型, 风险等级, 防控措施)
MARKED = [
    ("车辆更新购置超编制、超标准，追加豪华配置", "※", "制度机制风险", "高",
     "购置计划报市财政局、机关事务管理局审核，配置按标准执行。"),
    ("无派车单派车或先出车后补单", "△", "业务流程风险", "高",
     "用车一律平台申请、审批派车，派车单编号管理。"),
    ("车辆调度优亲厚友，公车私用不制止", "△◇", "岗位职责风险", "中",
     "调度记录与GPS轨迹每周比对，异常出车登记报告。"),
    ("驾驶员台班费、出车补助虚报", "◇", "业务流程风险", "中",
     "台班按平台收车时间核定，补助每月公示。"),
    ("车辆不在定点厂家维修，先修后报", "○", "制度机制风险", "高",
     "维修先报价审批后送修，2000元以上两人现场核实。"),
    ("维修更换零部件以次充好、虚增工时", "○", "岗位职责风险", "中",
     "更换旧件交回登记，维修清单与发票逐项核对。"),
    ("加油充值卡不与车牌绑定，一车多卡", "○", "制度机制风险", "中",
     "油卡与车牌一一绑定，加油记录按月与里程对账。"),
    ("车辆保险险种、保额不经集体研究确定", "※", "制度机制风险", "中",
     "保险方案报中心办公会研究，统一比价购买。"),
    ("收受维修厂、加油站礼品礼金和购物卡", "※○", "思想道德风险", "低",
     "签订廉洁承诺书，节前廉洁提醒。"),
    ("节假日车辆不按规定定点停放", "◇", "思想道德风险", "低",
     "节假日车辆封存入库，钥匙交值班室登记。"),
]  # fmt: skip


def lingwu_official_car_centre_holder_marks() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    t = _Truth(unit)
    sh = _Sheet("风险点清单", [6, 44, 14, 9, 40])
    _line(sh, f"{unit}廉政风险点清单", 5)
    _line(sh, f"单位：{unit}{GAP * 20}2025年6月", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for i, (point, marks, typ, lv, measures) in enumerate(MARKED, 1):
        sh.add(i, point + marks, typ, lv, measures)
    legend = "；".join(
        f"{mark}—{GAP.join(x for x in (dept, post, who) if x)}"
        for mark, (dept, post, who, _tier) in MARKS.items()
    )
    _line(
        sh, f"注：风险点后标注的符号表示责任岗位及责任人：{legend}。风险等级分高、中、低三级。", 5
    )
    sh.add("编制：综合办公室", None, "审核：", None, "主任（签字）：")
    # the truth one form a holder, in the legend's order
    for mark, (dept, post, who, tier) in MARKS.items():
        for point, marks, typ, lv, _measures in MARKED:
            if mark in marks:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "lingwu_official_car_centre_holder_marks", "http://www.bzlzw.gov.cn/info/1164/27938.htm",
        "(harder) 市公务用车服务中心 廉政风险点清单, after the source's 县纪委 公车管理 rules (派车单, 定点停放, 加油充值卡 "
        "限额包干, 定点维修 先报后修, 保险): ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with NO 科室, 岗位 or 姓名 "
        "column; each 风险点 cell ENDS with one or two holder MARKS (``※ △ ◇ ○``; rows ``…△◇``, ``…※○`` shared) and a "
        "``注：`` line under the list is the legend (``※—中心主任　钮璟翯；△—车辆调度科　科长　蓟沨璁；…``): each row is a "
        "point of the holders its marks stand for, the marks no part of the point; 高/中/低, ``…风险`` types",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingwu_affairs_bureau_group_rows() -> dict:
    unit = f"{PLACE}机关事务管理局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "钮岍霆", "leader", [
                ("公务用车编制核定不经集体研究", "一级", "编制核定报局党组会研究，结果公示。"),
                ("违规批准借用、占用下属单位车辆", "一级", "借调车辆一律书面审批，季度清查。"),
            ]),
        ]),
        ("二、公务用车管理科", "公务用车管理科", [
            ("科长", "蓟昶沄", "middle", [
                ("公务用车处置不公开拍卖，低价转让", "一级", "处置车辆进入公共资源交易平台公开拍卖。"),
                ("车辆配备审核把关不严，超标准配车", "二级", "配备审核对照标准逐项核查，留存记录。"),
            ]),
            ("科员", "钮琤骁", "general", [
                ("公务用车标识管理不到位，隐瞒车辆底数", "三级", "车辆台账与平台数据每月核对。"),
            ]),
        ]),
        ("三、资产管理科", "资产管理科", [
            ("资产管理员", "蓟湛珝", "general", [
                ("公物仓调剂资产登记不全、账实不符", "二级", "调剂资产出入仓双人登记，年度盘点。"),
                ("报废资产残值收入不入账", "二级", "残值收入全额上缴，票据存档。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "lingwu_affairs_bureau_group_rows", "http://crsrw.com/falvjiangtang/48927.html",
        "市机关事务管理局 廉政风险防控责任清单, after the source's list of 公务用车 violations (超编制超标准配车, 借用占用下属"
        "单位车辆, 豪华内饰, 违规处置): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级/二级/三级``/防控措施 under GROUP "
        "ROWS ``一、局领导``, ``二、公务用车管理科``, ``三、资产管理科`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def lingwu_affairs_service_centre_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓟琰峣", "主任", "主持中心全面工作", [
            ("后勤服务外包项目不经集体研究定承接单位", "高", "外包项目按程序采购，中心办公会研究。"),
            ("车辆维修费、油耗超标不追查", "中", "每月通报超核定维修费和油耗车辆。"),
        ]),
        ("钮沣曈", "副主任", "分管车辆和物业服务", [
            ("车辆管理平台GPS轨迹抽查走过场", "中", "轨迹每月全面抽查，问题登记台账。"),
            ("物业服务考核打人情分", "低", "考核两人以上打分，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("车辆服务科", "科长", "蓟璆翊", "middle", "派车单与行车轨迹不比对，擅自出车不查", "高",
         "调度员每日比对派车单与轨迹，异常报告。"),
        ("车辆服务科", "科长", "蓟璆翊", "middle", "驾驶员收车时间核定不实，虚报台班费", "中", "台班费按平台收车时间计算。"),
        ("车辆服务科", "驾驶员", "钮翾涔", "general", "公务车辆停靠酒店、娱乐场所等敏感地带", "中", "车载定位实时监控，发现即通报。"),
        ("综合办公室", "会计", "蓟湄昀", "general", "维修费报账单据不全即付款", "中", "报账附审批单、维修清单和旧件登记。"),
        ("综合办公室", "出纳", "钮峣珈", "general", "加油卡充值资金账目不清", "低", "充值凭审批单办理，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingwu_affairs_service_centre_two_sheets", "https://www.hxfzzx.com/2024-12/02/content_2093994.htm",
        "市机关事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 车辆管理中心 self-check of 维修费 and 油耗 "
        "(GPS 轨迹, 派车单, 台班费, 敏感地带停靠): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with "
        "科室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 高/中/低, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lingwu_reception_office_posts() -> dict:
    unit = f"{PLACE}人民政府接待办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "接待审批", "无公函接待或扩大接待范围", "制度机制风险", "Ⅰ级",
         "一律凭公函接待，接待清单逐次审批。"),
        ("办领导", "主任", "leader", "接待场所选定", "指定高档酒店承办接待", "岗位职责风险", "Ⅱ级",
         "接待场所按定点目录选择，集体研究。"),
        ("接待科", "科长", "middle", "接待标准执行", "虚报接待人数，提高用餐标准", "业务流程风险", "Ⅰ级",
         "接待清单载明人数、标准，与发票核对。"),
        ("接待科", "科长", "middle", "陪餐人数控制", "陪餐人员超规定人数", "制度机制风险", "Ⅱ级",
         "陪餐人数按规定控制，清单如实填写。"),
        ("接待科", "接待专员", "general", "接待费用结算", "以公函名义报销私人宴请费用", "思想道德风险", "Ⅰ级",
         "结算凭公函、审批单、清单、发票四单一致。"),
        ("接待科", "接待专员", "general", "接待用品管理", "接待用烟酒、礼品登记不全", "业务流程风险", "Ⅲ级",
         "接待用品出入库登记，严禁赠送礼品。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：接待科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lingwu_reception_office_posts", "http://www.ycwblaw.com/shcs/202506/148839.html",
        "市人民政府接待办公室 岗位廉政风险点排查表 对岗不对人, after the source's note on 公务接待公函 (过度使用公函, 虚报接待"
        "标准, 扩大接待范围, 以公函掩盖违规): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingwu_canteen_selfchecks() -> dict:
    unit = f"{PLACE}机关食堂"
    t = _Truth(unit)
    people = [
        ("钮珩沨", "食堂管理组", "组长", "middle", [
            ("食材供应商选定不经集中采购", "一级风险", "食材纳入集中采购，供应商比选确定。", "已落实"),
            ("伙食费收入结转不按就餐人次核算", "二级风险", "按月凭打卡记录结转，账目公示。", "未发现问题"),
        ]),
        ("蓟湲琅", "采购保管组", "采购员", "general", [
            ("食材采购虚报数量、抬高单价", "一级风险", "采购价格每周询价比对，单据三人签字。", "已落实"),
            ("收受供货商回扣", "二级风险", "供货商签订廉洁协议，定期轮岗。", "已落实"),
        ]),
        ("钮霂琛", "采购保管组", "保管员", "general", [
            ("食材验收降低标准，以次充好", "二级风险", "双人联检验收，验收记录存档。", "未发现问题"),
            ("库存食材账实不符、私拿私用", "三级风险", "库房每月盘点，出入库登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingwu_canteen_selfchecks", "https://e993.com/so_cb7dae1b1d7bdc2b3ccc3bacbbec5a5b5b2d2cacef5d0d0d",
        "市机关食堂 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's pages on "
        "行政事业单位食堂 会计核算 and 食材集中采购 (伙食费, 就餐人数, 食材品种, 采购标准): a title, a label row ``姓　名 | "
        "所在班组 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控"
        "措施/``自查情况``; no type column; ``本人签名： | 负责人意见：``",
        sheets, t,
    )  # fmt: skip


def lingwu_office_space_register() -> dict:
    unit = f"{PLACE}党政机关办公用房管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "钮瀚翀", "leader", [
            ("办公用房调剂配置超标准", "制度机制", "一级", "配置方案集体研究，按标准核定面积。"),
            ("闲置办公用房处置不按程序", "业务流程", "二级", "处置方案报市政府批准，公开处置。"),
        ]),
        ("权属管理股", "股长", "蓟峋澈", "middle", [
            ("办公用房权属登记不全，隐瞒底数", "岗位职责", "二级", "权属统一登记，台账年度核查。"),
        ]),
        ("维修管理股", "股长", "钮璠霁", "middle", [
            ("办公用房维修项目化整为零，规避采购", "制度机制", "一级", "维修项目统一计划，按限额采购。"),
            ("维修工程验收不到现场", "业务流程", "二级", "验收两人以上到场，影像存档。"),
        ]),
        ("维修管理股", "技术员", "蓟沅翯", "general", [
            ("接受施工单位宴请", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "lingwu_office_space_register", "http://austaad.com/jgswj/gzzd/content/post_370491.html",
        "市党政机关办公用房管理中心 廉政风险点排查登记表, after the source's 党政机关办公用房管理办法 (权属统一登记, 配置标准, "
        "调剂, 维修, 处置): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def lingwu_motor_pool_cards() -> dict:
    unit = f"{PLACE}机关车队"
    t = _Truth(unit)
    cards = [
        ("队长", "蓟翃湛", "队长", "主持车队全面工作", "leader", [
            ("加油卡不专卡专用，统一保管不落实", "★★★", "油卡统一保管，领用登记。"),
            ("车辆定点维修、保养执行不到位", "★★", "维修保养按定点目录送修。"),
            ("接受驾驶员请托安排出车", "★", "出车按平台派单顺序安排。"),
        ]),
        ("驾驶员", "钮淏珺", "驾驶员", "负责公务车辆驾驶和日常保养", "general", [
            ("公车私用、私车公养", "★★★", "车载GPS全程定位，每月比对轨迹。"),
            ("加油台账登记的油量与公里数不符", "★★", "加油台账每月与里程核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "lingwu_motor_pool_cards", "https://www.shaanqigroup.com/news/carnews-detail-1966.htm",
        "市机关车队 岗位廉政风险防控卡, one sheet a holder (tabs 队长, 驾驶员), after the source's 公务用车 警示教育 (加油卡 专卡"
        "专用, 统一保管, 车载 GPS, 公车私用, 私车公养, 定点维修): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingwu_car_office_list() -> dict:
    unit = f"{PLACE}公务用车管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "蓟澍岚", "leader", "公务油卡使用记录不审核", "岗位职责", "高风险",
         "油卡消费记录每季度调取审核。"),
        ("办领导", "主任", "蓟澍岚", "leader", "对车辆油耗异常线索不处置", "制度机制", "中风险",
         "油耗异常车辆约谈驾驶员，移交核查。"),
        ("监督检查科", "科长", "钮琯珉", "middle", "加油记录与行车轨迹不比对", "业务流程", "高风险",
         "加油时间、地点与轨迹逐条比对。"),
        ("监督检查科", "科员", "蓟澄骞", "general", "专项督查发现问题瞒报", "思想道德", "中风险",
         "督查问题清单报办领导，限期整改。"),
        ("平台运维科", "科长", "钮沛琨", "middle", "用车平台数据随意修改", "外部环境", "低风险",
         "平台修改留痕，权限分级管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "lingwu_car_office_list", "http://jjw.changzhou.gov.cn/html/jw/2019/IPCPPFLI_1219/16834.html",
        "市公务用车管理办公室 岗位廉政风险防控一览表, after the source's 纪委 case of a 公务油卡 used for a private car (百公里"
        "油耗, 加油卡未与牌照绑定, 加油记录, 行车轨迹比对): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/科室/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控"
        "措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingwu_official_car_centre_holder_marks(),
    lingwu_affairs_bureau_group_rows(),
    lingwu_affairs_service_centre_two_sheets(),
    lingwu_reception_office_posts(),
    lingwu_canteen_selfchecks(),
    lingwu_office_space_register(),
    lingwu_motor_pool_cards(),
    lingwu_car_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch600-inbox"))
