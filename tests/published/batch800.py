"""The eight-hundredth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 医疗保障
bodies, 嵩县 (of 洛阳市, 河南省) — its 医疗保障局, 医疗保障基金稽核中心, 城乡居民医疗保险经办中心 and
医疗保障服务中心 and its town 医疗保障服务站 (田湖镇, 车村镇, 旧县镇, 城关镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 医疗保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 医疗保障基金稽核中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 田湖镇医疗保障服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …``, a merged 岗位职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 车村镇医疗保障服务站's 自查表, one sheet a person: a label row over a row of values,
  ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 旧县镇医疗保障服务站's 一览表 under ``附件3`` and a 填报单位 line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types, 高/中/低;
- the 城关镇医疗保障服务站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 城乡居民医疗保险经办中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``songxian_medical_security_center_marked_grades``: the 医疗保障服务中心's 岗位廉政风险防控一览表, an
  ordinary list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged, 岗位 and 姓名
  merged per person) whose ``风险等级`` cell is the TEMPLATE's: EVERY row prints all three grades
  ``一级　二级　三级`` in one cell, and the filler marked the row's grade by setting that one word in
  a RED BOLD font (an ``.xlsx`` rich-text run; the other two words stay in the plain font); a
  merged ``注：`` line under the list says so (``…请将本风险点所属等级用红色加粗字体标出…``). The
  README's 读得懂的表 knows levels by a fill colour, by the TYPEFACE of the point cell (batch 428:
  bold 一级, underlined 二级), ``高☑　中□　低□`` ticks in one cell, a holders cell whose BOLD lines are
  the holders, and struck-through holders; it does not describe a level cell printing every grade
  with the chosen one told only by its red bold run.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 医保局基金内控制度 — 制衡性原则,
基金管理部门、经办部门、监督部门; a study of 医保欺诈 — 挂床住院, 冒名就医, 伪造票据; the 国家医保局's
cases of 药品追溯码 — 回流药, 村卫生室 串换药品; a study of 重特大疾病医疗保险和救助 — 救助对象, 门诊救助;
a study of 欺诈骗保 paths — 经办机构超范围支付, 定点药店 虚假销售; a 医疗保险内控制度 — 业务运行控制,
基金财务控制; a 医保经办机构 内部控制 检查评估报告 — 组织机构控制, 稽核; a study of 医保基金监管 —
智能监控, 飞行检查) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 帅 and 冼 with rare given
names); every unit is a body of 嵩县.

Run ``python tests/published/score.py --set batch800`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is the grade written in red bold in its ``风险等级`` cell
  (一级 1, 二级 2, 三级 3); the two plain words are the template's print, no level; the ``注：`` line
  and the 填表/审核 line are no points;
- ``局领导``, ``站领导``, ``中心领导`` (a sheet, a group row, a 科室 cell) are no 科室 for the 局's sheet
  and the 科室 of those leaders elsewhere; a 局's 股, a 中心's 科/组 and a 站's 组 are 科室; a group row
  ``二、经办组`` gives the 科室 ``经办组``;
- every 中心, the 局 and every 服务站 are units of their own: 局长, 副局长, 主任, 副主任 of a 中心 and a
  站's 站长 are leaders; 股长 and a 科's 科长 middle; the rest (经办员, 审核员, 稽核员, 会计, 出纳, 信息员)
  general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s, plus
the red bold runs of the harder file) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b800_"
PLACE = "嵩县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
PRINTED = GAP.join(GRADES)  # the template's level cell: 一级　二级　三级


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


class _MarkedSheet(_Sheet):
    """A sheet some of whose cells print every grade, the chosen one in a red bold run:
    ``marks`` holds (row, col) -> the chosen grade."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.marks: dict[tuple[int, int], str] = {}

    def data(self) -> dict:
        marks = [[r, c, grade] for (r, c), grade in sorted(self.marks.items())]
        return {**super().data(), "marks": marks}


# --------------------------------------------------------------------------- harder layout

MARKED_NAME = "songxian_medical_security_center_marked_grades"
MARKED_TAB = "一览表"
MARKED_LEVEL = 5  # the 风险等级 column
MARKED_NOTE = ("注：“风险等级”栏印有一级、二级、三级，请将本风险点所属等级用红色加粗字体标出；"
               "一级为最高。")  # fmt: skip

# (科室, 岗位, 姓名, tier, [(廉政风险点, grade, 防控措施)])
MARKED_ROWS = [
    ("中心领导", "主任", "帅禛翮", "leader", [
        ("定点医药机构年度考核打招呼、降低标准", "一级", "考核由稽核科、待遇科交叉组成考核组，结果集体研究并公示。"),
        ("医保基金拨付审批把关不严，越权审批", "一级", "拨付实行经办、复核、审批三级签字，大额拨付中心会议研究。"),
    ]),
    ("稽核科", "科长", "冼璟泷", "middle", [
        ("飞行检查、专项稽核中对挂床住院、串换药品线索隐瞒不报", "一级", "稽核线索台账登记，两人以上现场检查，全程记录。"),
        ("稽核处理意见避重就轻，以退代罚", "二级", "处理意见经科室集体审议，报中心领导审定。"),
    ]),
    ("待遇保障科", "审核员", "帅霁棹", "general", [
        ("住院费用审核中对分解住院、超标准收费放行", "二级", "智能审核系统筛查，疑点单据人工复审。"),
        ("手工报销票据真伪核验不到位", "二级", "票据联网查验，复印件存档备查。"),
        ("泄露参保人员个人信息", "三级", "系统账号专人专用，查询留痕。"),
    ]),
]  # fmt: skip


def songxian_medical_security_center_marked_grades() -> dict:
    unit = f"{PLACE}医疗保障服务中心"
    sh = _MarkedSheet(MARKED_TAB, [6, 12, 9, 9, 40, 18, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年7月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKED_ROWS:
        for point, grade, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, PRINTED, measures)
            sh.marks[(r, MARKED_LEVEL)] = grade
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[grade])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, MARKED_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        MARKED_NAME, "https://www.renrendoc.com/paper/501743356.html",
        "(harder) 县医疗保障服务中心 岗位廉政风险防控一览表, after the source's study of 朝阳市 医保基金监管 (定点医疗机构, "
        "虚构医药服务项目, 串换药品, 定点零售药店 刷卡套现, 监管机制): a title, a merged ``填报单位：…　填报时间：2025年7月`` line, "
        "then 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级/防控措施, no type column; EVERY "
        "风险等级 cell prints the template's ``一级　二级　三级`` and the row's grade is the ONE word set in a RED BOLD "
        "rich-text run (the others plain), as a merged ``注：…请将本风险点所属等级用红色加粗字体标出…`` line says; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def songxian_bureau_two_sheets() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("帅骞瑀", "局长", "主持全面工作", [
            ("医保基金预算安排和重大支出个人说了算", "一级", "基金预算和重大支出经局党组会集体研究。"),
            ("干预定点医药机构协议签订", "一级", "协议签订按评估结果办理，评估专家随机抽取。"),
        ]),
        ("冼砚崶", "副局长", "分管基金监管、医药价格", [
            ("对欺诈骗保案件说情、压案不查", "一级", "案件查处实行集体审理，重大案件报县纪委监委驻局纪检组备案。"),
            ("医疗服务价格项目审核把关不严", "二级", "价格项目初审、复审分岗办理，结果公示。"),
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
        ("基金监管股", "股长", "帅湉嶂", "middle", "行政处罚自由裁量权滥用，罚款畸轻畸重", "一级",
         "执行处罚裁量基准，处罚决定法制审核。"),
        ("基金监管股", "股长", "帅湉嶂", "middle", "检查前向被检查定点机构通风报信", "一级", "检查对象和人员双随机抽取，检查纪律书面承诺。"),
        ("基金监管股", "股员", "冼翃璁", "general", "现场检查记录、询问笔录不如实制作", "二级", "检查全程执法记录仪记录。"),
        ("财务股", "会计", "帅曦澔", "general", "医保基金收支不按规定核算", "二级", "基金专户管理，收支两条线，按月对账。"),
        ("财务股", "出纳", "冼琤翾", "general", "支付凭证不经审批即办理支付", "一级", "不相容岗位分离，网银支付双人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "songxian_bureau_two_sheets", "http://www.boteman.cn/paper/503404860.html",
        "县医疗保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 医保局基金内控制度 (制衡性原则, 基金内部控制管理委员会, "
        "基金管理部门、经办部门、监督部门): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def songxian_audit_center_posts() -> dict:
    unit = f"{PLACE}医疗保障基金稽核中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "稽核任务分派中指定检查对象，选择性执法", "制度机制风险", "Ⅰ级",
         "检查对象由系统随机抽取，分派记录存档。"),
        ("中心领导", "主任", "leader", "违规追回医保基金减免、缓收", "岗位职责风险", "Ⅰ级", "追回金额集体研究，按月公示。"),
        ("稽核一科", "稽核员", "general", "对虚构诊疗项目、伪造医疗文书的线索不深查", "业务流程风险", "Ⅰ级",
         "疑点线索闭环销号，科长复核。"),
        ("稽核一科", "稽核员", "general", "接受被稽核定点医院吃请、礼品", "思想道德风险", "Ⅱ级", "稽核现场“八不准”，廉洁回访。"),
        ("稽核二科", "稽核员", "general", "定点药店刷卡套现核查走过场", "业务流程风险", "Ⅱ级", "进销存数据比对，交叉核查。"),
        ("稽核二科", "信息员", "general", "擅自修改智能监控规则和疑点数据", "外部环境风险", "Ⅲ级", "系统操作权限分级，日志留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "songxian_audit_center_posts", "http://www.handmsg.com/page/2021/0127/15941489.shtml",
        "县医疗保障基金稽核中心 岗位廉政风险点排查表 对岗不对人, after the source's study of 医保欺诈 and its 法治 治理 (挂床住院, "
        "冒名就医, 伪造票据, 虚构医药服务项目): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def songxian_tianhu_station_cards() -> dict:
    unit = f"{PLACE}田湖镇医疗保障服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "帅韫楸", "站长", "负责全站医保经办和村卫生室医保服务监管", "leader", [
            ("对村卫生室倒卖、串换医保药品问题瞒报", "★★★", "每月抽查村卫生室药品追溯码结算记录。"),
            ("参保缴费任务弄虚作假，虚报参保人数", "★★", "参保数据与户籍、系统数据比对核实。"),
            ("接受定点村卫生室宴请", "★", "严守中央八项规定精神，签订廉洁承诺。"),
        ]),
        ("经办员", "冼珝榕", "经办员", "负责门诊慢特病申报受理、医疗救助初审", "general", [
            ("门诊慢特病申报材料审核不严，人情受理", "★★", "申报材料一次性告知，受理登记。"),
            ("医疗救助对象初审优亲厚友", "★★★", "救助对象村级评议、镇级公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "songxian_tianhu_station_cards", "http://blog.lgjyuntun.com/p?id=9574400",
        "县镇医疗保障服务站 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 国家医保局 典型案例 "
        "of 药品追溯码 (回流药, 社区卫生服务站 倒卖医保药品, 村卫生室 串换药品, 重复结算): a title, ``姓　名 | … | 职　务 | …`` and "
        "a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def songxian_checun_station_selfchecks() -> dict:
    unit = f"{PLACE}车村镇医疗保障服务站"
    t = _Truth(unit)
    people = [
        ("帅翊湛", "站领导", "站长", "leader", [
            ("重特大疾病医疗救助资金审核拨付不及时、截留", "高风险", "救助资金直达个人账户，按月公示。", "已落实"),
            ("因病致贫返贫监测对象认定不实", "中风险", "监测对象与民政、乡村振兴部门数据比对。", "未发现问题"),
        ]),
        ("冼瀞宸", "经办组", "经办员", "general", [
            ("门诊救助票据重复报销", "高风险", "票据原件盖章核销，系统查重。", "已落实"),
            ("代办参保人报销收取好处费", "低风险", "代办登记，回访参保人。", "已落实"),
            ("救助对象名单公示不全、公示期缩短", "中风险", "名单在村务公开栏公示不少于五个工作日。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "songxian_checun_station_selfchecks", "http://m.jizihe.com/page/2022/1121/11263101.shtml",
        "县镇医疗保障服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of "
        "重特大疾病医疗保险和救助 (救助对象, 门诊救助, 因病致贫返贫, 低收入人群): a title, a label row ``姓　名 | 所在组室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; "
        "no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def songxian_jiuxian_station_list() -> dict:
    unit = f"{PLACE}旧县镇医疗保障服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "冼橒黛", "leader", "超范围办理医保待遇，违规支付", "制度机制", "高",
         "待遇办理按经办规程，站长审核留痕。"),
        ("站领导", "站长", "冼橒黛", "leader", "对定点药店上传虚假销售记录不报告", "岗位职责", "中", "发现线索当日报县医保局。"),
        ("经办组", "经办员", "帅蔚祎", "general", "参保登记中虚假参保、重复参保", "业务流程", "中", "身份信息联网核验。"),
        ("经办组", "经办员", "帅蔚祎", "general", "异地就医备案审核走过场", "业务流程", "低", "备案材料清单化，复核员复核。"),
        ("经办组", "复核员", "冼澶琛", "general", "复核中与经办员串通，签字不看材料", "思想道德", "中", "复核抽查，站长每月抽检。"),
        ("财务组", "会计", "帅沇霏", "general", "医疗救助资金账实不符", "外部环境", "高", "资金每月与县医保局对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "songxian_jiuxian_station_list", "http://journal.healthpolicy.cn/html/20201104.htm",
        "县镇医疗保障服务站 岗位廉政风险防控一览表, after the source's study of 欺诈骗保 paths (经办机构超范围支付, 定点药店 "
        "上传虚假销售记录, 参保人重复报销, 执行机构失守): ``附件3``, a title, a 填报单位（盖章） line, ``科室 | 岗位 | 责任人`` "
        "on EVERY row (nothing merged), short types, 高/中/低; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def songxian_chengguan_station_group_rows() -> dict:
    unit = f"{PLACE}城关镇医疗保障服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "冼筠朔", "leader", [
                ("经办业务不按内部控制规程审批", "一级风险", "业务运行控制清单上墙，审批留痕。"),
                ("服务站办公经费报销不实", "二级风险", "经费报销经办人、证明人、审批人三签。"),
            ]),
        ]),
        ("二、经办组", "经办组", [
            ("经办员", "帅甯晔", "general", [
                ("医保电子凭证激活、参保信息变更违规代办", "二级风险", "代办须本人授权，登记备查。"),
                ("生育保险待遇申领材料审核不严", "三级风险", "材料初审、复审两级。"),
            ]),
            ("信息员", "冼岍霓", "general", [
                ("违规查询、泄露参保人员信息", "二级风险", "信息系统账号实名，查询日志每月核查。"),
            ]),
        ]),
        ("三、财务组", "财务组", [
            ("出纳", "帅翙棠", "general", [
                ("代收参保费不及时缴入财政专户", "一级风险", "代收款当日缴存，票据连号管理。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "songxian_chengguan_station_group_rows", "http://w28pg.cn/article/4901737.htm",
        "县镇医疗保障服务站 廉政风险防控责任清单, after the source's 医疗保险内控制度 (组织机构控制, 业务运行控制, 基金财务控制, "
        "信息系统控制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、经办组``, ``三、财务组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def songxian_resident_insurance_register() -> dict:
    unit = f"{PLACE}城乡居民医疗保险经办中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "帅璩渟", "leader", [
            ("居民医保待遇政策执行中擅自提高或降低标准", "制度机制", "一级", "待遇标准按上级文件执行，调整须集体研究。"),
            ("稽核整改问题不督促落实", "岗位职责", "二级", "整改台账逐项销号。"),
        ]),
        ("参保科", "科长", "冼邈蘅", "middle", [
            ("参保补贴对象认定不实", "业务流程", "一级", "补贴对象与民政、残联数据比对。"),
        ]),
        ("参保科", "经办员", "帅滢骧", "general", [
            ("参保信息录入错误不更正", "业务流程", "三级", "录入双人核对，每月抽查。"),
        ]),
        ("结算科", "审核员", "冼珺翥", "general", [
            ("大病保险二次报销审核放宽", "外部环境", "一级", "审核结果交叉复核，疑点报科长。"),
            ("接受定点医院请托加快结算", "思想道德", "二级", "结算按时序办理，结算进度公开。"),
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
        "songxian_resident_insurance_register", "https://mdjjksjc.com/html/2017/1120/140827242.shtm",
        "县城乡居民医疗保险经办中心 廉政风险点排查登记表, after the source's 医保经办机构 内部控制制度 检查评估报告 (组织机构控制, "
        "业务运行控制, 基金财务控制, 自查自纠, 稽核): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/"
        "风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    songxian_medical_security_center_marked_grades(),
    songxian_bureau_two_sheets(),
    songxian_audit_center_posts(),
    songxian_tianhu_station_cards(),
    songxian_checun_station_selfchecks(),
    songxian_jiuxian_station_list(),
    songxian_chengguan_station_group_rows(),
    songxian_resident_insurance_register(),
]

RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- writing


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus the cells a
    sheet lists under ``marks``, written as rich text: every grade printed, the chosen one red bold."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 7, 8, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    red_bold = wb.add_format(
        {"bold": True, "font_color": "#FF0000", "font_name": "宋体", "font_size": 10}
    )

    def put(ws, r: int, c: int, v, marks: dict) -> None:
        if (r, c) in marks:
            parts: list = []
            for i, grade in enumerate(GRADES):
                if i:
                    parts.append(GAP)
                parts += [red_bold, grade] if grade == marks[(r, c)] else [grade]
            ws.write_rich_string(r, c, *parts, fmt)
        else:
            _put(ws, (fmt, date_fmt), r, c, v)

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        marks = {(r, c): grade for r, c, grade in sheet.get("marks", [])}
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
                put(ws, r, c, v, marks)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                put(ws, r0, c0, v, marks)
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch800-inbox"))
