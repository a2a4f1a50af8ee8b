"""The seven-hundred-and-ninety-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's weather and
earthquake bodies, 左权县 (of 晋中市, 山西) — its 气象局, 人工影响天气中心, 气象台, 防雷减灾中心, 地震监测中心,
气象信息服务中心, 国家气象观测站 and 防震减灾服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 人工影响天气中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 气象台's 防控卡, one sheet a person: ``姓　名 | … | 岗　位 | …`` and a ``所在科室`` line, 高/中/低;
- the 防雷减灾中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``, no names;
- the 地震监测中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``岗位 | 姓名`` merged per person,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 气象信息服务中心's 自查表, one sheet a person, a label row over a row of values,
  ``高风险/中风险/低风险``;
- the 国家气象观测站's 一览表 in TWO SHEETS ``站领导`` and ``业务股``, ``一级风险/二级风险/三级风险``;
- the 防震减灾服务中心's 一览表 under ``附件1`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every row,
  short types, 高/中/低, a ``注：`` line.

One is harder:

- ``zuoquan_meteorological_bureau_shared_sections``: the 气象局's 领导班子廉政风险点清单, ``序号 |
  廉政风险点 | 风险等级 | 防控措施`` and NO holder column at all; the list is cut by SECTION ROWS merged
  across, each naming the SET of holders who share every point under it — ``一、局长 酆蓁岵、副局长
  褚蕤峋共同涉及`` (two holders), ``二、局长 酆蓁岵本人涉及`` (one), ``三、副局长 褚蕤峋、办公室主任
  酆莳漪共同涉及``, ``四、班子成员及办公室主任（酆蓁岵、褚蕤峋、酆莳漪）均涉及`` (all three) — a Venn
  partition of the points by who holds them, so a holder's points are the rows of every section that
  names him, and a row under a two-name section is a point of both. The 读得懂的表 knows group rows
  naming a 科室, one holder, a 科室 with its members as post–name pairs over rows naming a post, a
  collective holder (各科室主任), and a point merged across or down over the posts that share it; it
  does not describe section rows that each list several holders sharing all the rows under them,
  with no post or name on the rows themselves.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 人工影响天气 业务发展指导意见 —
作业能力, 作业安全, 弹药; a province's 人工影响天气 实施意见 — 作业站点, 装备, 监管; a 防雷行政执法专项检查 —
设计审核, 竣工验收, 整改意见; a 防雷安全监督检查专班 — 检测机构 质量考核, 信用评价; a 防雷安全大检查 —
检测机构, 重点单位, 行政审批; a county's 地震监测站 — 测震, 地电, 物资轮换登记; a city's 地震台站巡检 —
台站保护, 观测环境; an article on 人工影响天气方法 — 增雨, 防雹, 作业) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the
rare surnames 酆 and 褚 with rare given names); every unit is a body of 左权县.

Run ``python tests/published/score.py --set batch793`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every section row gives each point under it to EVERY holder it names (post
  and name as written), with the row's level; one form a holder, no 科室 (the 办公室主任 too: the
  list names no 科室 column and the section names him by post); the section rows, the ``注：`` line
  and the 编制/审核 line are no points;
- ``中心领导``, ``站领导`` (a group row, a sheet) are the 科室 of those leaders; the cards' and the
  self-checks' ``所在科室`` is the 科室; a 中心's 科/室/组 and a 站's 股 are 科室;
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are leaders; 科长, 股长 and 办公室主任
  middle; the rest general;
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

PREFIX = "b793_"
PLACE = "左权县"
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

# the holders: key -> (post, name, tier)
HOLDERS = {
    "J": ("局长", "酆蓁岵", "leader"),
    "F": ("副局长", "褚蕤峋", "leader"),
    "B": ("办公室主任", "酆莳漪", "middle"),
}

# (section row as printed, holder keys, [(廉政风险点, 风险等级, 防控措施)])
SECTIONS = [
    ("一、局长　酆蓁岵、副局长　褚蕤峋共同涉及", "JF", [
        ("人工增雨防雹作业装备和弹药采购不经党组集体研究", "高",
         "采购事项经局党组会研究，按政府采购程序办理。"),
        ("气象服务合同签订中降低收费标准、收受好处", "中", "服务合同统一文本，收费标准公示。"),
    ]),
    ("二、局长　酆蓁岵本人涉及", "J", [
        ("干部选拔任用和职称推荐中个人说了算", "高", "严格执行民主推荐、组织考察和公示程序。"),
        ("气象现代化建设项目插手干预招标", "高", "项目一律进入县公共资源交易平台。"),
    ]),
    ("三、副局长　褚蕤峋、办公室主任　酆莳漪共同涉及", "FB", [
        ("防雷装置设计审核、竣工验收中降低标准、吃拿卡要", "高",
         "审批事项进驻政务服务大厅，限时办结，全程留痕。"),
        ("防雷安全行政执法检查走过场，对违法行为不予处罚", "中", "执法检查双人进行，执法记录仪全程记录。"),
    ]),
    ("四、班子成员及办公室主任（酆蓁岵、褚蕤峋、酆莳漪）均涉及", "JFB", [
        ("节假日收受服务对象礼品礼金", "低", "节前廉政提醒，签订廉洁承诺书。"),
    ]),
]  # fmt: skip


def zuoquan_meteorological_bureau_shared_sections() -> dict:
    unit = f"{PLACE}气象局"
    sh = _Sheet("班子成员", [6, 46, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子成员廉政风险点清单", 4)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for shown, _keys, points in SECTIONS:
        _line(sh, shown, 4)
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
    # the truth one form a holder, in the holders' order
    for key, (post, who, tier) in HOLDERS.items():
        for _shown, keys, points in SECTIONS:
            if key in keys:
                for point, lv, _measures in points:
                    t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：各部分风险点由该部分标题所列人员共同承担防控责任；风险等级分高、中、低三级。", 4)
    sh.add("编制：办公室", None, "审核：", None)
    return _layout(
        "zuoquan_meteorological_bureau_shared_sections", "http://www.nayuan.com.cn/4/131.html",
        "(harder) 县气象局 领导班子成员廉政风险点清单, after the source's 全国人工影响天气业务发展指导意见 (作业能力, 管理水平, "
        "安全发展, 增雨防雹): a title, a 填报单位/date line, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` and NO holder "
        "column; SECTION ROWS merged across each name the SET of holders sharing every row under them (局长+副局长, "
        "局长 alone, 副局长+办公室主任, all three), a Venn partition of the points by who holds them; 高/中/低; a "
        "``注：`` line and an 编制/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zuoquan_weather_modification_center_list() -> dict:
    unit = f"{PLACE}人工影响天气中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "褚芃岈", "leader", [
            ("火箭弹、炮弹采购指定供货厂家", "制度机制", "一级", "弹药按省级统一招标目录采购。"),
            ("作业点建设项目验收把关不严", "岗位职责", "二级", "验收邀请县应急局、财政局参加。"),
        ]),
        ("作业管理科", "科长", "酆蘅岷", "middle", [
            ("作业人员补贴虚报冒领", "业务流程", "一级", "补贴按作业记录核发，名单公示。"),
            ("作业弹药出入库登记不实", "业务流程", "二级", "弹药双人双锁，出入库逐枚登记。"),
        ]),
        ("作业管理科", "作业员", "褚菡峄", "general", [
            ("虚报作业次数和用弹量", "思想道德", "二级", "作业信息实时上传省级指挥平台核对。"),
            ("私自处置哑弹、废弹", "外部环境", "三级", "哑弹废弹统一回收，专人押运销毁。"),
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
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zuoquan_weather_modification_center_list", "https://www.360docs.net/doc/183782942.html",
        "县人工影响天气中心 岗位廉政风险防控一览表, after the source's 省 推进人工影响天气工作高质量发展的实施意见 (作业站点, "
        "装备弹药, 安全监管): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def zuoquan_observatory_cards() -> dict:
    unit = f"{PLACE}气象台"
    t = _Truth(unit)
    cards = [
        ("台长", "酆蕖岙", "台长", "台领导", "leader", [
            ("气象服务专项资金使用不规范", "高", "专项资金专账核算，年度审计。"),
            ("决策气象服务材料代签代发", "中", "服务材料签发实行台长审签。"),
            ("接受服务单位宴请", "低", "严守中央八项规定精神。"),
        ]),
        ("预报员", "褚莼峤", "预报员", "预报服务科", "general", [
            ("为企业出具气象证明时收受好处", "高", "气象证明统一编号，台长审核后出具。"),
            ("专业气象服务私下收费", "中", "服务收费统一开票，纳入单位账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        r = sh.add("所在科室", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "zuoquan_observatory_cards", "http://www.cdzwjs.cn/wap/fangleinews/fengdian8251.html",
        "县气象台 岗位廉政风险防控卡, one sheet a person, after the source's 防雷行政执法专项检查 (设计审核, 竣工验收, "
        "整改意见, 气象局窗口): a title, ``姓　名 | … | 岗　位 | …`` and a merged 所在科室 line, then 序号/风险点/"
        "风险等级 高/中/低/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zuoquan_lightning_center_posts() -> dict:
    unit = f"{PLACE}防雷减灾中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "雷电防护装置检测机构质量考核打人情分", "岗位职责风险", "Ⅰ级",
         "考核评分集体研究，结果公示。"),
        ("中心领导", "主任", "leader", "检测机构信用评价弄虚作假", "制度机制风险", "Ⅱ级", "信用评价材料存档备查。"),
        ("检测科", "检测员", "general", "降低检测标准出具合格报告", "业务流程风险", "Ⅰ级", "检测报告双人复核，现场留影像。"),
        ("检测科", "检测员", "general", "向受检单位推荐防雷产品", "思想道德风险", "Ⅱ级", "严禁推销产品，受检单位回访。"),
        ("技术服务科", "技术员", "general", "雷击风险评估数据引用不实", "业务流程风险", "Ⅲ级", "评估报告专家评审。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zuoquan_lightning_center_posts", "http://yc.xinxuanze.com.cn/bianduwanglai/2022/0316/65305.html",
        "县防雷减灾中心 岗位廉政风险点排查表 对岗不对人, after the source's 防雷安全监督检查专班 (检测单位质量考核, 信用评价, "
        "重点单位监管): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zuoquan_seismic_center_group_rows() -> dict:
    unit = f"{PLACE}地震监测中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "褚萏岍", "leader", [
                ("监测台站运维经费挤占挪用", "★★★", "运维经费专款专用，每年公开。"),
                ("监测设备采购量身定制参数", "★★★", "采购参数经专家论证后公开。"),
            ]),
        ]),
        ("二、监测预报科", "监测预报科", [
            ("科长", "酆蒨峣", "middle", [
                ("应急物资轮换登记不实、以次充好", "★★", "物资轮换双人登记，定期抽查。"),
                ("台站观测环境保护审查不严", "★★", "审查意见集体研究。"),
            ]),
            ("监测员", "褚葳岵", "general", [
                ("地电、流体观测数据漏报不报", "★", "数据每日上传，异常核实留痕。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "zuoquan_seismic_center_group_rows", "https://www.ahjinzhai.gov.cn/zwzx/jzyw/37780041.html",
        "县地震监测中心 廉政风险防控责任清单, after the source's 县 地震监测站 调研 (测震, 地电, 地下流体, 物资轮换登记表, "
        "台站运维): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、监测预报科`` merged across; 岗位 and 姓名 merged per person; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def zuoquan_weather_service_selfchecks() -> dict:
    unit = f"{PLACE}气象信息服务中心"
    t = _Truth(unit)
    people = [
        ("酆蓂峋", "中心领导", "主任", "leader", [
            ("预警信息发布平台建设项目验收把关不严", "高风险", "项目验收邀请第三方参加。", "已落实"),
            ("气象信息员补贴发放不公开", "中风险", "补贴名单乡镇公示。", "未发现问题"),
        ]),
        ("褚蔚岚", "服务科", "科员", "general", [
            ("电子显示屏维护费用虚列", "中风险", "维护凭工单结算。", "已落实"),
            ("私自向企业提供未公开的预报产品", "低风险", "产品发布登记审批。", "已落实"),
            ("乡村气象信息员培训签到弄虚作假", "低风险", "培训签到留存影像。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zuoquan_weather_service_selfchecks", "https://www.ycrcw.cc/news/22200.html",
        "县气象信息服务中心 岗位廉政风险自查表, one sheet a person, after the source's 地震台站巡检 (台站保护, 信息共享, "
        "观测环境): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zuoquan_observation_station_two_sheets() -> dict:
    unit = f"{PLACE}国家气象观测站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("褚蕊峦", "站长", "主持全面工作", [
            ("观测场改造工程化整为零规避招标", "一级风险", "工程项目按限额报县气象局审批。"),
            ("探测环境保护审查意见打招呼", "二级风险", "审查意见集体研究并存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("业务股", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}业务股廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("观测业务股", "股长", "酆葭岫", "middle", "自动站维修配件采购不比价", "二级风险", "配件采购三家比价。"),
        ("观测业务股", "观测员", "褚蓼峥", "general", "观测资料篡改、补录不报", "一级风险", "资料实时传输，补录须审批。"),
        ("观测业务股", "观测员", "褚蓼峥", "general", "值班补助虚报", "三级风险", "值班表每月公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zuoquan_observation_station_two_sheets", "http://m.zzylbj.com/sdkzflaqzxjclsztzr.html",
        "县国家气象观测站 廉政风险防控一览表 in TWO SHEETS, after the source's 防雷安全大检查 (行政审批事项, 检测机构, 重点单位, "
        "立查立改): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 业务股 with 股室 merged and 岗位/姓名 "
        "merged per person; 风险等级 ``一级风险/二级风险/三级风险``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zuoquan_earthquake_service_center_list() -> dict:
    unit = f"{PLACE}防震减灾服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "酆蒡岑", "leader", "地震安全性评价审核走过场", "岗位职责", "高",
         "评价报告专家评审，结果公开。"),
        ("中心领导", "主任", "酆蒡岑", "leader", "防震减灾科普经费挪作他用", "制度机制", "中", "科普经费专账核算。"),
        ("震害防御科", "科长", "褚蓍峒", "middle", "农居抗震改造补助对象审核不实", "业务流程", "高",
         "补助对象村级评议、乡镇审核、县级公示。"),
        ("震害防御科", "科员", "酆蕤岢", "general", "科普示范学校评审打人情分", "思想道德", "中", "评审量化打分，结果公示。"),
        ("震害防御科", "科员", "酆蕤岢", "general", "应急避难场所检查记录造假", "外部环境", "低", "检查留存影像资料。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zuoquan_earthquake_service_center_list", "http://m.133ku.com/pangu/100314.html",
        "县防震减灾服务中心 岗位廉政风险防控一览表, after the source's 人工影响天气方法 (增雨, 防雹, 作业方式): ``附件1``, a "
        "title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zuoquan_meteorological_bureau_shared_sections(),
    zuoquan_weather_modification_center_list(),
    zuoquan_observatory_cards(),
    zuoquan_lightning_center_posts(),
    zuoquan_seismic_center_group_rows(),
    zuoquan_weather_service_selfchecks(),
    zuoquan_observation_station_two_sheets(),
    zuoquan_earthquake_service_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch793-inbox"))
