"""The six-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 气象, 地震
and 水文 bodies, 杭锦旗 (of 鄂尔多斯市, 内蒙古) — its 气象局, 气象台, 地震局, 水文站, 人工影响天气办公室,
防灾减灾服务中心 and 防雷减灾中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 气象局's 一览表 in TWO SHEETS 局领导/股室, ``一级/二级/三级``, no type column;
- the 气象台's 排查表 对岗不对人: a short ``风险点`` beside a long ``风险表现``, ``…风险`` types, 高/中/低;
- the 地震局's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水文站's 责任清单 under GROUP ROWS ``一、站领导`` …, ``一级风险/二级风险/三级风险``;
- the 人工影响天气办公室's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 防灾减灾服务中心's 一览表 under ``附件2`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every
  row, short types, ``高风险/中风险/低风险``;
- the 防雷减灾中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``hangjin_hydrology_team_record_lines``: the 水文勘测队's 廉政风险点登记表, an ordinary list
  ``序号 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with NO 科室, 岗位 or 责任人 column, where EACH
  POINT is a two-row record: the point's row, then a line merged across the point columns
  ``责任科室：…　　责任岗位：…　　责任人：…`` naming that one point's holder (序号 merged down over the
  two rows). The holders come in no order, so a holder's points are scattered down the list. The
  README's 读得懂的表 knows a block of one person's points closed by a foot line
  ``以上风险点责任科室：…　责任岗位：…　责任人：…``, a group row above a block, and a card with its
  holder above; it does not describe a holder line under EVERY point (no ``以上``), a record of two
  rows whose second row names the holder, with one holder's points interleaved with others'.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 气象主管机构's 职责 — 人工影响天气,
雷电防护装置 设计审核和竣工验收, 施放气球, 气候可行性论证; a 县气象局 区域自动气象站 增发国债项目; a 科技局
地震灾害风险隐患排查 — 地震监测台, 农村地震安居工程, 科普宣传单; a 水文工作要点 — 水毁设施, 加密测次,
应急演练; an article on 人工影响天气 行政管理; a 县气象局 行政执法检查计划 — 防雷安全重点单位, 升放气球; a
气象局 法制审核事项 — 防雷装置检测资质; a 水利部稽查组 on 中小河流水文监测系统项目建设) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 关 and 空 with rare given names); every unit is a body of
杭锦旗.

Run ``python tests/published/score.py --set batch628`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each record's second line gives the 科室, post and holder of the point
  in the row above it, with that row's type and level; one form a holder (the same holder's
  scattered points are one form); the line itself, the ``注：`` line and the 填表人 line are no
  points;
- ``局领导`` (a sheet, no 科室 column) and the cards' leaders have no 科室; ``台领导``, ``站领导``,
  ``中心领导``, ``局领导`` (a 科室 cell, a group row or a 所在股室 cell) and ``队领导`` (the harder file's
  line) are the 科室 of those leaders; a 局's 股, a 台's 股, a 站's 组, a 中心's 科/股 and a 队's 组/办 are
  科室; a group row ``二、测验组`` gives the 科室 ``测验组``;
- 局长, 副局长, 台长, 站长, 队长, the 中心's and the 办公室's 主任 and 副主任 are leaders; 股长, 科长,
  a 组's 组长, the 局's 办公室主任 and the 项目办's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points; the 气象台's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b628_"
PLACE = "杭锦旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (风险点, 风险类型, 风险等级, 防控措施, (科室, 岗位, 姓名, tier)) — one record two rows; the holders
# come back in no order, so a holder's points are not next to each other
HOLDERS = {
    "lead": ("队领导", "队长", "关翀瀚", "leader"),
    "proj": ("项目办", "主任", "空霁珩", "middle"),
    "meas": ("测验组", "测验工", "关沅祎", "general"),
    "fin": ("综合组", "报账员", "空沄蘅", "general"),
}
RECORDS = [
    ("中小河流水文监测站点选址迁就施工方便利", "制度机制", "高", "站址由技术组集体踏勘论证，报上级水文部门审定。", "lead"),
    ("监测系统项目施工单位资格审查放水", "岗位职责", "高", "资格审查双人办理，审查记录存档备查。", "proj"),
    ("缆道、雷达水位计等设备验收走过场", "业务流程", "中", "设备验收邀请监理和使用测站共同参加。", "meas"),
    ("项目进度款未按合同节点拨付或提前拨付", "业务流程", "高", "进度款凭监理签认的计量单拨付。", "fin"),
    ("迎接稽查时补做、篡改工程建设资料", "思想道德", "中", "建设资料随工程进度归档，严禁事后补做。", "proj"),
    ("水毁设施修复项目化整为零", "制度机制", "中", "修复项目统一立项，按限额标准采购。", "lead"),
    ("巡测补贴、野外津贴虚报冒领", "思想道德", "低", "巡测任务单与车辆行驶记录核对后发放。", "meas"),
    ("差旅费、加班餐费报销票据审核不严", "业务流程", "低", "报销单据经办、审核、审批三签。", "fin"),
    ("接受施工、供货单位宴请和礼品", "外部环境", "中", "签订廉洁协议，节前开展廉洁提醒。", "lead"),
]  # fmt: skip


def hangjin_hydrology_team_record_lines() -> dict:
    unit = f"{PLACE}水文勘测队"
    ncols = 5
    sh = _Sheet("风险登记", [6, 40, 12, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", ncols)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    for n, (point, typ, lv, measures, who) in enumerate(RECORDS, 1):
        dept, post, person, tier = HOLDERS[who]
        r = sh.add(n, point, typ, lv, measures)
        line = sh.add(
            None,
            f"责任科室：{dept}{GAP * 2}责任岗位：{post}{GAP * 2}责任人：{person}",
            None,
            None,
            None,
        )
        sh.merge(r, 0, line, 0)
        sh.merge(line, 1, line, ncols - 1)
    for key in HOLDERS:
        dept, post, person, tier = HOLDERS[key]
        for point, typ, lv, _measures, who in RECORDS:
            if who == key:
                t.point(sh.name, dept, post, person, tier, point, types_in(typ), HML[lv])
    _line(
        sh,
        "注：每条风险点下一行写明该风险点的责任科室、责任岗位和责任人；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("填表人：", None, "审核人：", None, "队长（签字）：")
    return _layout(
        "hangjin_hydrology_team_record_lines", "http://www.hrc.gov.cn/swj/lyswszy/22868.jhtml",
        "(harder) 旗水文勘测队 廉政风险点登记表, after the source's 水利部稽查组 检查 中小河流水文监测系统项目建设 (新建水文站, "
        "施工现场, 工程建设资料, 建设进度): a title, a 填报单位 line, 序号/廉政风险点/风险类型/风险等级 高/中/低/防控措施, and "
        "each point a TWO-ROW RECORD: the point's row, then a line merged across the point columns "
        "``责任科室：…　　责任岗位：…　　责任人：…`` naming THAT point's holder (序号 merged down over both rows); the "
        "holders come back in no order, so one holder's points are scattered down the list (no 以上, no block); a ``注：`` "
        "line and a 填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hangjin_meteorological_bureau_two_sheets() -> dict:
    unit = f"{PLACE}气象局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("关璟渊", "局长", "主持全面工作", [
            ("气象设施建设项目插手干预招投标", "一级", "建设项目一律进入旗公共资源交易中心。"),
            ("重大事项不经党组会集体研究", "一级", "“三重一大”事项党组会集体决策，纪要存档。"),
        ]),
        ("空珝澄", "副局长", "分管防雷安全、人工影响天气", [
            ("雷电防护装置设计审核和竣工验收把关不严", "一级", "审核验收双人办理，结果网上公示。"),
            ("施放气球活动审批不按规定办理", "二级", "审批事项进驻政务服务大厅，限时办结。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "关琰霈", "middle", "办公用品和气象耗材采购不比价", "二级", "采购三家比价，验收双人签字。"),
        ("办公室", "主任", "关琰霈", "middle", "公务用车私用", "三级", "车辆使用登记，节假日封存。"),
        ("办公室", "会计", "空淏湉", "general", "气象专项资金支出审核不严", "一级", "资金支出经局务会审定，接受审计。"),
        ("业务股", "股长", "关泠翯", "middle", "气候可行性论证报告审查走过场", "二级", "论证报告专家评审，意见存档。"),
        ("业务股", "股员", "空澈岚", "general", "探测环境保护范围内建设项目审查不严", "二级", "现场踏勘，审查意见集体研究。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "hangjin_meteorological_bureau_two_sheets", "https://scgw.gov.cn/Detail.aspx?id=20240514154440500",
        "旗气象局 廉政风险防控一览表 in TWO SHEETS, after the source's 气象主管机构 职责 (人工影响天气, 雷电防护装置 设计审核和"
        "竣工验收, 施放气球, 气候可行性论证, 探测环境保护): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def hangjin_observatory_posts() -> dict:
    unit = f"{PLACE}气象台"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "leader", "区域站建设", "区域自动气象站建设项目指定施工单位", "制度机制风险", "高",
         "建设项目按程序招标，主要负责人全程监督。"),
        ("台领导", "台长", "leader", "国债项目资金", "增发国债项目资金挤占挪用", "岗位职责风险", "高", "项目资金专账核算，按进度拨付。"),
        ("观测股", "观测员", "general", "设备巡检", "区域站巡检记录造假，虚报维护费用", "思想道德风险", "中",
         "巡检定位打卡，维护费用凭工单结算。"),
        ("观测股", "观测员", "general", "备件管理", "设备备件出入库不登记，私自处置", "业务流程风险", "低", "备件领用登记，每季盘点。"),
        ("预报服务股", "预报员", "general", "专业气象服务", "专业气象服务收费不入账", "外部环境风险", "中", "服务合同统一管理，收费入单位账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "hangjin_observatory_posts", "https://yxrxw.com/archiver/tid-4427.html",
        "旗气象台 岗位廉政风险点排查表 对岗不对人, after the source's 县气象局 增发国债项目 区域自动气象站建设 (工程建设, 资金管理, "
        "“三到场”, 主要负责人全程监督): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def hangjin_earthquake_bureau_selfchecks() -> dict:
    unit = f"{PLACE}地震局"
    t = _Truth(unit)
    people = [
        ("关霂璘", "局领导", "局长", "leader", [
            ("地震监测台站维护经费使用不规范", "Ⅰ级", "维护经费专款专用，年度审计。", "已落实"),
            ("农村地震安居工程示范村补助资金分配不公", "Ⅰ级", "补助名单村级公示、局务会审定。", "已落实"),
        ]),
        ("空湜珣", "监测预报股", "股长", "middle", [
            ("宏观监测点信息员补贴虚报", "Ⅱ级", "补贴按报送记录核发，名单公示。", "未发现问题"),
            ("抗震设防检查走过场、隐瞒隐患", "Ⅱ级", "检查联合住建部门开展，结果存档。", "已落实"),
        ]),
        ("关澍蘅", "震害防御股", "股员", "general", [
            ("科普宣传单印制不比价", "Ⅲ级", "印制业务三家比价，集体确定。", "已落实"),
            ("应急避难场所指示牌维护虚列支出", "Ⅲ级", "维护前后拍照留存，凭验收单报账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "局长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hangjin_earthquake_bureau_selfchecks", "https://m.bluu.cn/dongshi/rsbhe/J2ZMj7Pw07",
        "旗地震局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 科技局 地震灾害风险隐患排查 "
        "(地震监测台 供电网络检查, 农村地震安居工程 示范村, 科普宣传单, 抗震设防检查, 宏观监测点): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 局长意见：``",
        sheets, t,
    )  # fmt: skip


def hangjin_hydrology_station_group_rows() -> dict:
    unit = f"{PLACE}水文站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "空翎渟", "leader", [
                ("水毁设施修复项目不经集体研究", "一级风险", "修复项目站务会研究，报上级水文部门备案。"),
                ("测验设备维修养护指定厂家", "二级风险", "维修养护比价确定，验收记录存档。"),
            ]),
        ]),
        ("二、测验组", "测验组", [
            ("组长", "关珩湄", "middle", [
                ("汛期加密测次补助虚报", "二级风险", "测次记录与水情报文核对。"),
            ]),
            ("测验工", "空岍霏", "general", [
                ("水文测报应急演练物资虚领", "三级风险", "物资领用登记，演练后清点归库。"),
                ("雨量站看护员报酬冒领", "二级风险", "看护报酬按看护记录发放，名单公示。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("报账员", "关淇昉", "general", [
                ("站内零星支出报销票据不实", "二级风险", "报销票据三签，每月公示。"),
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
        "hangjin_hydrology_station_group_rows", "https://0798ci.com/law/130720.html",
        "旗水文站 廉政风险防控责任清单, after the source's 水文工作要点 (修复水毁设施, 维修养护设施设备, 加密测点测次, 水文测报"
        "应急演练): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、测验组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hangjin_weather_modification_cards() -> dict:
    unit = f"{PLACE}人工影响天气办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "关湛璆", "主任", "主持全面工作", "leader", [
            ("作业弹药和火箭发射装置采购不按程序", "★★★", "弹药装备按规定统一采购，集体研究。"),
            ("作业点建设项目虚报工程量", "★★★", "工程量现场核验，审计后结算。"),
            ("接受供货单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "空昶璠", "副主任", "分管作业指挥、弹药库", "leader", [
            ("作业人员补贴按作业次数虚报", "★★", "作业记录与空域申请记录核对。"),
            ("弹药出入库登记不实", "★★", "弹药出入库双人双锁，每月盘点。"),
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
        "hangjin_weather_modification_cards", "https://m.fx361.cc/news/2020/0814/13455136.html",
        "旗人工影响天气办公室 领导干部廉政风险防控卡, one sheet a leader, after the source's 人工影响天气 行政管理体制 (增雨, 防雹, "
        "火箭, 高炮, 作业组织): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def hangjin_disaster_reduction_centre_list() -> dict:
    unit = f"{PLACE}防灾减灾服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "空霈璟", "leader", "防雷安全重点单位检查选择性执法", "岗位职责", "高风险", "检查对象双随机抽取，结果公开。"),
        ("中心领导", "主任", "空霈璟", "leader", "雷电防护装置检测机构监管中吃拿卡要", "思想道德", "中风险", "监管过程全程记录，廉洁承诺。"),
        ("执法股", "股长", "关潇琮", "middle", "升放气球安全巡查走过场", "业务流程", "中风险", "巡查记录当日录入系统。"),
        ("执法股", "执法员", "空琤沅", "general", "违法行为处罚自由裁量不公", "制度机制", "高风险", "执行裁量基准，重大处罚法制审核。"),
        ("服务股", "信息员", "关瑗湲", "general", "预警信息发布系统运维费用虚报", "外部环境", "低风险", "运维费用凭验收单支付。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "hangjin_disaster_reduction_centre_list", "https://dawenyou.com/128131.html",
        "旗防灾减灾服务中心 岗位廉政风险防控一览表, after the source's 县气象局 行政执法检查工作计划 (防雷安全重点单位, 雷电防护装置"
        "检测机构 监管, 升放气球 安全巡查, 探测环境保护): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def hangjin_lightning_centre_register() -> dict:
    unit = f"{PLACE}防雷减灾中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "关翊澂", "leader", [
            ("防雷装置检测资质认定材料审查不严", "岗位职责", "一级", "资质材料两级审查，结果公示。"),
            ("为亲友承揽检测业务提供便利", "思想道德", "二级", "实行回避制度，业务统一派单。"),
        ]),
        ("检测科", "科长", "空沨璞", "middle", [
            ("检测报告数据不实", "业务流程", "一级", "检测报告双人复核，数据可追溯。"),
        ]),
        ("检测科", "检测员", "关岙淳", "general", [
            ("检测收费不按标准执行", "制度机制", "二级", "收费标准上墙公示，开具票据。"),
            ("接受受检单位礼品礼金", "外部环境", "三级", "签订廉洁承诺书，受检单位评议。"),
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
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "hangjin_lightning_centre_register", "http://www.changbai.gov.cn/zwgk/ztzl/xzfxxgs/xzzfbm/qxj/sqgk22/202012/t20201222_652603.html",
        "旗防雷减灾中心 廉政风险点排查登记表, after the source's 气象局 重大行政执法决定法制审核事项 (防雷装置检测单位资质认定, "
        "违反防雷资质管理规定的处罚): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hangjin_hydrology_team_record_lines(),
    hangjin_meteorological_bureau_two_sheets(),
    hangjin_observatory_posts(),
    hangjin_earthquake_bureau_selfchecks(),
    hangjin_hydrology_station_group_rows(),
    hangjin_weather_modification_cards(),
    hangjin_disaster_reduction_centre_list(),
    hangjin_lightning_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch628-inbox"))
