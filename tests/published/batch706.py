"""The seven-hundred-and-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's public
resource trading and government service bodies, 宁城县 (of 赤峰市, 内蒙古自治区) — its 公共资源交易中心,
招标采购服务站, 政务服务局, 12345政务服务便民热线中心, 政府采购中心 and the 便民服务中心 of 天义镇 and
八里罕镇 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公共资源交易中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级``;
- the 招标采购服务站's 排查表 对岗不对人: ``岗位`` merged, short types, 高/中/低; no names;
- the 政务服务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 热线中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 天义镇便民服务中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 八里罕镇便民服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 政府采购中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低, a ``注：`` line.

One is harder:

- ``ningcheng_service_center_struck_holders``: the 政务服务中心's 岗位廉政风险点排查表, ONE ROW A POINT
  (``序号 | 办理环节 | 廉政风险点 | 风险等级 | 防控措施 | 涉及岗位及人员``) whose last cell prints on
  EVERY row the same five lines ``主任　国…⏎副主任　栗…⏎…`` (Excel rich text), the lines of those the
  row's point does NOT concern STRUCK THROUGH (删除线), the others plain; a ``注：`` line says the
  struck-out persons are not concerned. One to three plain lines a row, so a row's point belongs to
  every holder whose line is left standing, to no one else. The README's 读得懂的表 knows bold lines
  marking the row's holders (``HOLDERS_BY_BOLD_LINES``), struck-through ROWS (a point deleted), holder
  columns marked by ``×`` (本人不涉及的打“×”) and fonts or fills giving a level or a type; it does not
  describe a holders cell of which the struck-through lines are the persons LEFT OUT.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (建设工程招标投标办法 — 招标公告, 资格审查,
开标, 评标; 国企招标流程 — 招标文件, 投标保证金, 开标评标, 中标公示; 常德 “一件事一次办” — 事项清单,
窗口受理, 帮代办, 时限压减; 政务服务领域存在的问题 — 吃拿卡要, 推诿扯皮, 群众诉求; 政务大厅是什么局 —
进驻事项, 窗口, 便民服务; 政务大厅人员进出备案 — 大厅管理, 中介人员, 备案登记; 山东省公共资源交易管理
办公室 — 交易监管, 场所管理, 投诉处理; 政府采购评审专家管理规定 — 专家抽取, 回避, 评审) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 国 and 栗 with rare given names); every unit is a body of 宁城县.

Run ``python tests/published/score.py --set batch706`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every line of ``涉及岗位及人员`` NOT struck through makes the row's point a point
  of that post and person, with the row's level; struck lines name persons the point does not
  concern; one form a holder, no 科室 (the table names none); ``办理环节`` is no point and no
  科室; the ``注：`` line and the sign-off line are no points;
- ``局领导`` (a sheet without 科室 column), ``中心领导`` (a group row) leaders have no 科室 / the group
  row's 科室 as in batch558; a 股, 科, 室 or 窗口 is a 科室; a group row ``二、综合受理窗口`` gives the
  科室 ``综合受理窗口``;
- 局长, 副局长, 主任 and 副主任 of a unit (a 中心, a 站) are leaders, 站长 and 副站长 too; 科长, 股长 and a
  窗口's 负责人 middle; the rest general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 招标采购服务站's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s look
plus Excel rich text with struck-through runs) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b706_"
PLACE = "宁城县"
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

# the 政务服务中心's staff, as printed one a line in every 涉及岗位及人员 cell: (post, name, tier)
STAFF = [
    ("主任", "国翊湫", "leader"),
    ("副主任", "栗昶璘", "leader"),
    ("综合受理窗口受理员", "国霁衡", "general"),
    ("审批服务窗口审核员", "栗璟岫", "general"),
    ("帮办代办员", "国沅菁", "general"),
]

# (办理环节, 廉政风险点, 风险等级, 防控措施, indexes of STAFF left standing — the others struck)
STRUCK_ROWS = [
    ("进驻事项管理", "进驻事项清单调整不按程序，变相保留“体外循环”事项", "高",
     "进驻事项清单经中心主任办公会研究，调整情况公开。", (0, 1)),
    ("窗口受理", "对申请材料故意刁难、吃拿卡要，或一次性告知不到位", "高",
     "推行一次性告知和首问负责，办件全程留痕。", (2, 4)),
    ("审核办结", "超时限办理或对不符合条件的事项违规办结", "中",
     "办件超时自动预警，每月通报超时办件。", (1, 3)),
    ("帮办代办", "代办过程中向企业群众索取好处、推荐中介", "高",
     "代办服务免费，代办记录群众签字确认。", (4,)),
    ("大厅管理", "对中介人员进出大厅备案登记不严，放任“黄牛”代办", "中",
     "中介人员进厅实名备案，大厅每日巡查。", (0, 1, 2)),
    ("评价投诉", "“好差评”差评不核实整改，投诉压案不办", "低",
     "差评件专人回访，投诉件限时办结。", (1,)),
    ("证照发放", "证照发放不核对领取人身份，违规代领", "低",
     "证照领取核验身份并登记。", (2, 3)),
]  # fmt: skip


def ningcheng_service_center_struck_holders() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("排查表", [6, 12, 38, 9, 34, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "办理环节", "廉政风险点", "风险等级", "防控措施", "涉及岗位及人员")
    rich = []
    lines = [f"{post}{GAP}{who}" for post, who, _tier in STAFF]
    for i, (stage, point, lv, measures, standing) in enumerate(STRUCK_ROWS, 1):
        r = sh.add(i, stage, point, lv, measures, "\n".join(lines))
        parts = [(line + ("\n" if k < len(lines) - 1 else ""), k not in standing)
                 for k, line in enumerate(lines)]  # fmt: skip
        rich.append((r, 5, parts))
    for k, (post, who, tier) in enumerate(STAFF):
        for _stage, point, lv, _measures, standing in STRUCK_ROWS:
            if k in standing:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：“涉及岗位及人员”一栏中用删除线划去的人员不涉及本条风险点；风险等级分高、中、低三级。",
        6,
    )
    sh.add("填表：", None, "审核：", None, "主任（签字）：", None)
    lay = _layout(
        "ningcheng_service_center_struck_holders", "http://fengdujob.net/go/政务大厅是什么局.html",
        "(harder) 县政务服务中心 岗位廉政风险点排查表, after the source's page on what a 政务大厅 is (进驻事项, 窗口, 便民服务): "
        "a title, a merged ``单位：…　2025年6月`` line, then 序号/办理环节/廉政风险点/风险等级 高/中/低/防控措施/"
        "涉及岗位及人员, ONE ROW A POINT whose last cell prints the SAME five lines ``post　name`` on every row (Excel "
        "rich text), the lines of the persons the point does NOT concern STRUCK THROUGH, one to three lines left "
        "standing; no type column; a ``注：`` line saying the struck persons are not concerned and a sign-off line",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["rich"] = rich
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def ningcheng_trading_center_list() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "栗骞濯", "leader", "干预交易项目进场、插手招标代理机构选定", "岗位职责风险", "一级",
         "领导干部插手交易活动一律登记报告。"),
        ("中心领导", "主任", "栗骞濯", "leader", "场地安排、开标时间调整随意，为特定投标人提供便利", "制度机制风险", "二级",
         "场地预约系统自动排期，调整须书面说明。"),
        ("交易服务科", "科长", "国琮澈", "middle", "招标公告发布前泄露项目信息", "业务流程风险", "一级",
         "公告信息系统内审核，经办人员签订保密承诺。"),
        ("交易服务科", "科长", "国琮澈", "middle", "开标现场对迟到投标文件违规接收", "业务流程风险", "二级",
         "开标全程录音录像，截止时间系统锁定。"),
        ("交易服务科", "见证员", "栗翀霖", "general", "评标现场见证不到位，对评标专家违规行为不制止不报告", "岗位职责风险", "二级",
         "见证记录当场签字，异常情况当日报告。"),
        ("信息技术科", "系统管理员", "国珣漪", "general", "违规查询、泄露投标人名称和数量", "思想道德风险", "一级",
         "系统权限分级设置，操作日志定期审计。"),
        ("综合科", "会计", "栗澹宸", "general", "投标保证金退还不及时或违规退付", "业务流程风险", "三级",
         "保证金系统自动退还，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：综合科", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "ningcheng_trading_center_list", "https://wap.qianlima.com/sem5401",
        "县公共资源交易中心 岗位廉政风险防控一览表, after the source's page on 建设工程招标投标办法 (招标公告, 资格审查, 开标, "
        "评标, 保证金): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningcheng_tendering_station_posts() -> dict:
    unit = f"{PLACE}招标采购服务站"
    sh = _Sheet("排查表", [6, 12, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "招标文件设置排斥性条款，量身定制资格条件", "制度机制", "高",
         "招标文件集体审查，资格条件对照负面清单。"),
        ("站长", "leader", "接受投标人宴请、礼品", "思想道德", "中", "签订廉洁承诺，节前专题提醒。"),
        ("招标专员", "general", "投标人报名信息泄露，为围标串标提供条件", "业务流程", "高",
         "网上报名不见面，报名信息加密保存。"),
        ("招标专员", "general", "中标结果公示期内对质疑不按规定答复", "岗位职责", "中", "质疑答复限时办结，答复书存档。"),
        ("采购专员", "general", "政府采购化整为零规避公开招标", "业务流程", "高", "采购计划按年度汇总，达限额一律公开招标。"),
        ("采购专员", "general", "验收走过场，以次充好不追究", "外部环境", "低", "验收邀请使用单位和专家参加。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年4月", None)
    return _layout(
        "ningcheng_tendering_station_posts", "https://um.sanwen.net/special/pihvkf.html",
        "县招标采购服务站 岗位廉政风险点排查表 对岗不对人, after the source's page on 国企招标流程 (招标文件, 报名, "
        "投标保证金, 开标评标, 中标公示, 验收): a title, 序号/岗位 merged/廉政风险点/风险类别 (short)/风险等级 高/中/低/"
        "防控措施; no names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningcheng_service_bureau_two_sheets() -> dict:
    unit = f"{PLACE}政务服务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("国岚翮", "局长", "主持全面工作", [
            ("“一件事一次办”改革事项清单审定把关不严", "Ⅰ级", "事项清单经局党组会审定并公开。"),
            ("大厅运维服务项目采购中指定供应商", "Ⅰ级", "运维项目进入县公共资源交易中心采购。"),
        ]),
        ("栗沨珂", "副局长", "分管审批服务、营商环境", [
            ("对企业开办、项目审批打招呼、开绿灯", "Ⅱ级", "审批事项按时限办结，全程网上留痕。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("审批服务股", "股长", "国瑀澄", "middle", "压缩办理时限弄虚作假，以“体外循环”规避考核", "Ⅰ级",
         "办件数据与系统比对，每月抽查。"),
        ("审批服务股", "股员", "栗淏旻", "general", "帮代办中向群众推荐收费中介", "Ⅱ级", "帮代办免费，中介推荐一律禁止。"),
        ("营商环境股", "股长", "国晞岑", "middle", "营商环境投诉件转办不及时、答复不实", "Ⅱ级", "投诉件限时转办，回访核实。"),
        ("营商环境股", "股员", "栗琰湄", "general", "营商环境评价数据填报不实", "Ⅲ级", "评价数据双人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "ningcheng_service_bureau_two_sheets",
        "http://www.hunan.gov.cn/topic/yjsycb/gzjb_2/202106/t20210607_19442322.html",
        "县政务服务局 廉政风险防控一览表 in TWO SHEETS, after the source's 常德 “一件事一次办” 改革经验 (事项清单, 窗口受理, "
        "帮代办, 时限压减): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ningcheng_hotline_selfchecks() -> dict:
    unit = f"{PLACE}12345政务服务便民热线中心"
    t = _Truth(unit)
    people = [
        ("国霈璁", "热线中心领导", "主任", "leader", [
            ("诉求件办结率、满意率数据人为修改", "高风险", "数据系统自动统计，人工修改留痕。", "已落实"),
            ("对承办单位超期件督办不力、包庇", "中风险", "超期件每周通报。", "未发现问题"),
        ]),
        ("栗砚昉", "受理科", "话务员", "general", [
            ("来电诉求记录不全、随意简化", "中风险", "工单与录音定期抽查比对。", "已落实"),
            ("泄露来电人个人信息", "高风险", "来电人信息脱敏显示，签订保密协议。", "已落实"),
        ]),
        ("国溱翎", "督办科", "督办员", "general", [
            ("工单回访走过场，未办结件按办结处理", "中风险", "回访录音抽查，异常件复核。", "未发现问题"),
            ("接受承办单位请托，违规撤销不满意评价", "低风险", "撤销评价须科长审批并说明理由。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ningcheng_hotline_selfchecks", "http://fengdujob.net/go/政务服务领域存在的问题.html",
        "县12345热线中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on "
        "政务服务领域存在的问题 (吃拿卡要, 推诿扯皮, 群众诉求不回应): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def ningcheng_tianyi_center_group_rows() -> dict:
    unit = f"{PLACE}天义镇便民服务中心"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "栗璞泓", "leader", [
                ("进驻事项下放承接不到位，该办不办", "一级风险", "下放事项清单公开，办理情况月通报。"),
                ("村（社区）代办员选用优亲厚友", "二级风险", "代办员选用经镇党委研究并公示。"),
            ]),
        ]),
        ("二、综合受理窗口", "综合受理窗口", [
            ("负责人", "国钰澍", "middle", [
                ("社保、医保待遇资格认证把关不严", "一级风险", "认证材料双人审核，疑点件入户核查。"),
            ]),
            ("受理员", "栗峤汀", "general", [
                ("受理材料不一次性告知，让群众多跑腿", "二级风险", "推行一次性告知单，群众签字确认。"),
                ("违规收取工本费", "三级风险", "收费项目上墙公示。"),
            ]),
        ]),
        ("三、民生服务窗口", "民生服务窗口", [
            ("受理员", "国湘琤", "general", [
                ("低保、临时救助申请受理审核优亲厚友", "一级风险", "申请材料村级评议、镇级审核、公示。"),
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
        "ningcheng_tianyi_center_group_rows", "https://qiukanty.com/tags/政务大厅人员进出备案制度是什么.html",
        "县镇便民服务中心 廉政风险防控责任清单, after the source's page on 政务大厅人员进出备案制度 (大厅管理, 窗口人员, "
        "备案登记): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、综合受理窗口``, ``三、民生服务窗口`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def ningcheng_balihan_center_cards() -> dict:
    unit = f"{PLACE}八里罕镇便民服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "栗澧珵", "主任", "主持中心全面工作", "leader", [
            ("进驻窗口人员调配和考核打人情分", "★★★", "考核结果经中心会议研究并公示。"),
            ("便民服务设施采购不按程序", "★★", "采购按镇政府采购制度执行。"),
            ("接受办事企业吃请、收受礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "国翯岫", "副主任", "分管不动产登记代办、企业帮办", "leader", [
            ("企业开办帮办中透露审批信息谋利", "★★★", "帮办事项登记台账，群众评价。"),
            ("代办不动产登记材料审核不严", "★★", "代办材料双人核对，影像存档。"),
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
        "ningcheng_balihan_center_cards", "http://fengdujob.net/go/政务服务清单公布多久.html",
        "县镇便民服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's page on 政务服务清单 公布 "
        "(事项清单, 公开时限, 便民服务): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ningcheng_procurement_center_list() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "国棣潆", "leader", "评审专家抽取时违规指定或泄露专家名单", "岗位职责", "高",
         "专家由系统随机抽取，名单开标前加密。"),
        ("中心领导", "主任", "国棣潆", "leader", "与供应商存在利害关系不主动回避", "思想道德", "中",
         "利害关系申报，采购活动回避登记。"),
        ("采购业务科", "科长", "栗泠璆", "middle", "采购需求审核中默许指定品牌、型号", "业务流程", "高",
         "采购需求公开征求意见，指定品牌一律退回。"),
        ("采购业务科", "经办人", "国骁湛", "general", "评审现场组织不规范，默许评审专家倾向性评分", "业务流程", "中",
         "评审现场录音录像，评分偏离复核。"),
        ("采购业务科", "经办人", "国骁湛", "general", "采购文件、合同归档不全", "制度机制", "低", "采购档案一项目一档，季度检查。"),
        ("综合科", "出纳", "栗珝澂", "general", "采购代理服务费收取不开票据", "外部环境", "中", "服务费统一缴入财政专户。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "ningcheng_procurement_center_list", "http://fengdujob.net/go/山东省公共资源交易管理办公室邮箱地址.html",
        "县政府采购中心 岗位廉政风险防控一览表, after the source's page on a 省公共资源交易管理办公室 (交易监管, 投诉处理, "
        "评审专家): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ningcheng_service_center_struck_holders(),
    ningcheng_trading_center_list(),
    ningcheng_tendering_station_posts(),
    ningcheng_service_bureau_two_sheets(),
    ningcheng_hotline_selfchecks(),
    ningcheng_tianyi_center_group_rows(),
    ningcheng_balihan_center_cards(),
    ningcheng_procurement_center_list(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``'s look (borders, 宋体 10, taller rows for wrapped cells) plus the cells
    a sheet lists under ``rich``, written in Excel rich text: (text, struck) runs, the struck ones
    with a strikethrough font."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 8, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    plain = wb.add_format({"font_name": "宋体", "font_size": 10})
    struck = wb.add_format({"font_name": "宋体", "font_size": 10, "font_strikeout": True})

    def put(ws, r: int, c: int, v, rich: dict) -> None:
        if (r, c) in rich:
            parts = []
            for text, strike in rich[(r, c)]:
                parts += [struck if strike else plain, text]
            ws.write_rich_string(r, c, *parts, fmt)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        rich = {(r, c): parts for r, c, parts in sheet.get("rich", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                put(ws, r, c, v, rich)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, rich)
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch706-inbox"))
