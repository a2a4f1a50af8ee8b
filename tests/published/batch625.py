"""The six-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 人社 and 医保
bodies, 准格尔旗 (of 鄂尔多斯市, 内蒙古) — its 人力资源和社会保障局, 城乡居民社会养老保险服务中心,
社会保险基金稽核中心, 公共就业服务中心, 医疗保障局, 劳动保障监察大队 and 医疗保障事务中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 人力资源和社会保障局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 城乡居民社会养老保险服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点``
  beside a long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 社会保险基金稽核中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 公共就业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 医疗保障局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 劳动保障监察大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 医疗保障事务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhungeer_social_insurance_center_field_export``: the 社会保险事业中心's 廉政风险防控信息系统 export in
  LONG FORM (one row a FIELD): a title, a heading ``记录编号 | 字段 | 内容``, and for every risk point
  seven rows sharing one 记录编号 (``FX2025-001`` …) — ``所属科室``, ``岗位名称``, ``责任人``,
  ``风险点``, ``风险类型``, ``风险等级``, ``防控措施`` — the field names DOWN a column and their values
  beside them, the 记录编号 written on every row (not merged), records one after another with no blank
  row between them; a closing ``导出时间：…　导出人：…`` line. The README's 读得懂的表 knows one
  record a point stacked down as LABEL ROWS (``风险点 | …`` rows with no table heading), questionnaire
  exports with the fields ACROSS (``风险点1 | 风险类型1 …``) and database exports with field CODES as
  headings; it does not describe a three-column key–value export (record id | field | value) whose
  records are told apart only by the repeated record id.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 人社部门 on 社保基金 风险防控 —
数据建模比对, 资格认证逾期, 欺诈冒领 and 线索; a 省 人力社保厅 notice on 职业技能 统一鉴定 — 考生资格
审查, 考务管理, 考试保密; a thesis on 养老保险 骗保 — 死亡冒领, 篡改年龄, 虚报特殊工种, 虚增视同缴费
年限; an article on 稽查 社会保障基金 — 虚报冒领, 挤占挪用, 医疗报销; a report on 职业培训补贴 骗取 —
虚报培训对象, 缩短课时, 虚假就业协议; a 公安部 briefing on 打击欺诈骗保犯罪 — 假病人, 假病情, 假票据,
职业收卡人; an article on 农民工欠薪 治理 — 工资保证金, 专用账户, 实名制, 劳动保障监察; a 全国 打击欺诈
骗保 meeting — 检查定点医药机构, 串换高值耗材, 追回医保资金) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 澹台 and 尉迟 with rare given names); every unit is a body of 准格尔旗.

Run ``python tests/published/score.py --set batch625`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each 记录编号 is one risk point: its ``所属科室``, ``岗位名称`` and ``责任人`` rows
  give the holder, ``风险点`` the point, ``风险类型`` its type, ``风险等级`` (高/中/低) its level and
  ``防控措施`` the measures; records of one holder are that holder's points (one form a holder); the
  field names and the 记录编号 are no points; the 导出时间/导出人 line names no holder;
- ``局领导``, ``中心领导``, ``大队领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  人社局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 股, a 科 and a
  中队 are 科室;
- every 局, 中心 and 大队 is a unit of its own: 局长, 副局长, 主任, 副主任 and 大队长 are leaders; 股长,
  科长 and 中队长 middle; the rest (经办员, 审核员, 稽核员, 会计, 出纳, 监察员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 养老保险服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b625_"
PLACE = "准格尔旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
FIELDS = ("所属科室", "岗位名称", "责任人", "风险点", "风险类型", "风险等级", "防控措施")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
RECORDS = [
    ("中心领导", "主任", "澹台珣翊", "leader", [
        ("社保基金疑点数据核查结果不经集体研究即销号", "制度机制风险", "高",
         "疑点数据核查结果经主任办公会研究，销号台账留存备查。"),
        ("养老金领取资格认证逾期人员违规恢复发放", "岗位职责风险", "高",
         "恢复发放须本人认证并经两级审核，名单每月比对。"),
    ]),
    ("待遇核定科", "科长", "尉迟暄岙", "middle", [
        ("退休待遇核定中虚增视同缴费年限", "业务流程风险", "高", "视同缴费年限以原始档案为准，初审复审分离。"),
        ("特殊工种提前退休审核把关不严", "岗位职责风险", "中", "特殊工种名册与原始记录逐一核对，结果公示。"),
    ]),
    ("待遇核定科", "审核员", "澹台芃璟", "general", [
        ("篡改参保人出生日期提前领取待遇", "思想道德风险", "中", "出生日期变更须户籍部门证明，系统留痕。"),
    ]),
    ("基金财务科", "会计", "尉迟瑀湉", "general", [
        ("死亡人员待遇停发不及时造成冒领", "业务流程风险", "中", "每月与卫健、民政死亡数据比对，及时停发。"),
        ("冒领待遇追缴不到位、私自减免", "外部环境风险", "低", "追缴台账按月更新，减免一律报中心集体研究。"),
    ]),
]  # fmt: skip


def zhungeer_social_insurance_center_field_export() -> dict:
    unit = f"{PLACE}社会保险事业中心"
    sh = _Sheet("导出数据", [14, 12, 60])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点信息（系统导出）", 3)
    sh.add("记录编号", "字段", "内容")
    n = 0
    for dept, post, who, tier, points in RECORDS:
        for point, typ, lv, measures in points:
            n += 1
            rid = f"FX2025-{n:03d}"
            for field, value in zip(
                FIELDS, (dept, post, who, point, typ, lv, measures), strict=True
            ):
                sh.add(rid, field, value)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, f"导出时间：2025-05-20 10:32{GAP * 4}导出人：admin", 3)
    return _layout(
        "zhungeer_social_insurance_center_field_export", "http://mitsumall.com.cn/gn/2023/0329/183031.html",
        "(harder) 旗社会保险事业中心 廉政风险防控信息系统 export, after the source's 市 人社部门 on 社保基金 风险防控 (数据建模, "
        "外部数据比对, 资格认证逾期, 欺诈冒领, 疑点数据): a title, then a LONG-FORM table ``记录编号 | 字段 | 内容``, ONE ROW A "
        "FIELD, seven rows a risk point (所属科室, 岗位名称, 责任人, 风险点, 风险类型, 风险等级 高/中/低, 防控措施) sharing "
        "one 记录编号 written on every row, records back to back; a closing 导出时间/导出人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhungeer_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("澹台霁岚", "局长", "主持全面工作", [
            ("事业单位公开招聘岗位条件因人设置", "一级", "招聘方案经局党组会研究，条件报旗委组织部审核后公告。"),
            ("社保基金支出审批把关不严", "一级", "大额基金支出实行集体审批，按季向党组报告。"),
        ]),
        ("尉迟沅珂", "副局长", "分管职业能力建设、人事考试", [
            ("职业技能统一鉴定中默许考生资格审查弄虚作假", "一级", "资格审查谁审查谁负责，名单公示五个工作日。"),
            ("人事考试试卷保管泄密", "二级", "试卷专人押运、双人双锁保管，全程录像。"),
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
        ("职业能力建设股", "股长", "澹台琮昱", "middle", "技能鉴定考评员选派不回避", "一级",
         "考评员随机抽取，与考生有利害关系的回避。"),
        ("职业能力建设股", "股长", "澹台琮昱", "middle", "鉴定成绩复评走过场", "二级", "复评结果异常的重考，结果存档。"),
        ("职业能力建设股", "经办员", "尉迟澈岫", "general", "职业资格证书违规发放", "二级", "证书发放登记，凭本人身份证领取。"),
        ("人事考试股", "股长", "尉迟昶瑾", "middle", "考务人员违规透露考试信息", "一级", "考务人员签订保密承诺书。"),
        ("人事考试股", "经办员", "澹台沄琦", "general", "报名资格初审把关不严", "三级", "初审、复审两级把关，留存审核记录。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhungeer_hrss_bureau_two_sheets", "http://gydjdsj.org.cn/yys/2015/20151102102827_1142804_2.shtml",
        "旗人力资源和社会保障局 廉政风险防控一览表 in TWO SHEETS, after the source's 省 人力社保厅 notice on 职业技能 统一鉴定 "
        "(考生资格审查, 考点管理, 考务, 考试保密, 证书核发): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhungeer_pension_service_center_posts() -> dict:
    unit = f"{PLACE}城乡居民社会养老保险服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "待遇支付审批", "对死亡冒领线索压案不查，违规审批补发", "岗位职责风险", "高",
         "补发待遇集体研究，冒领线索登记销号。"),
        ("参保登记科", "科长", "middle", "参保信息变更", "为他人篡改出生日期，提前领取养老金", "思想道德风险", "高",
         "身份信息变更凭户籍证明，系统留痕可查。"),
        ("参保登记科", "科长", "middle", "缴费年限认定", "虚增缴费年限，违规补缴", "业务流程风险", "中",
         "补缴资料初审、复核、审批三级把关。"),
        ("待遇发放科", "经办员", "general", "资格认证", "资格认证走过场，代替他人认证", "业务流程风险", "中",
         "认证数据与死亡、服刑数据定期比对。"),
        ("待遇发放科", "经办员", "general", "待遇停发", "死亡人员停发不及时", "制度机制风险", "低",
         "每月与殡葬、医疗机构数据比对。"),
        ("基金财务科", "会计", "general", "基金结算", "基金支出不入账、公款私存", "外部环境风险", "中",
         "基金专户管理，收支两条线。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhungeer_pension_service_center_posts", "https://31ppt.com/d-4158803.html",
        "旗城乡居民社会养老保险服务中心 岗位廉政风险点排查表 对岗不对人, after the source's thesis on 养老保险 骗保 (死亡人员家属冒领, "
        "篡改年龄, 虚报特殊工种, 虚增视同缴费年限, 重复参保): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhungeer_fund_audit_center_selfchecks() -> dict:
    unit = f"{PLACE}社会保险基金稽核中心"
    t = _Truth(unit)
    people = [
        ("尉迟瑛翮", "中心领导", "主任", "leader", [
            ("稽核发现的虚报冒领问题不移交、不处理", "Ⅰ级", "稽核问题清单化管理，按月向局党组报告。", "已落实"),
            ("稽核对象选定受人打招呼", "Ⅱ级", "稽核对象双随机抽取。", "未发现问题"),
        ]),
        ("澹台淼琨", "稽核一科", "稽核员", "general", [
            ("现场稽核接受被稽核单位宴请", "Ⅰ级", "稽核组不少于两人，签订廉洁承诺。", "已落实"),
            ("稽核底稿记录不实", "Ⅲ级", "底稿复核签字，随案归档。", "已落实"),
        ]),
        ("尉迟珞岍", "稽核二科", "稽核员", "general", [
            ("医疗报销票据审查不严，未发现挤占挪用", "Ⅱ级", "票据逐张审核，大额票据核验真伪。", "未发现问题"),
            ("稽核数据外泄", "Ⅲ级", "数据查询权限分级，操作留痕。", "已落实"),
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
        "zhungeer_fund_audit_center_selfchecks",
        "https://www.seridoat.com/article/ji-cha-she-hui-bao-zhang-ji-jin-shi-yong-ru-he-que-bao-mei-yi-fen-qian-dou-yong-zai-dao-ren-shang-bi.html",
        "旗社会保险基金稽核中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on 稽查 "
        "社会保障基金 (虚报冒领, 挤占挪用, 医疗报销, 数据分析): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zhungeer_employment_center_group_rows() -> dict:
    unit = f"{PLACE}公共就业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "澹台屹珩", "leader", [
                ("定点培训机构认定不经集体研究", "一级风险", "培训机构认定经中心办公会研究并公示。"),
                ("职业培训补贴拨付审批把关不严", "一级风险", "补贴拨付凭培训考核和就业凭证，集体审批。"),
            ]),
        ]),
        ("二、职业培训科", "职业培训科", [
            ("科长", "尉迟澍琪", "middle", [
                ("培训机构虚报培训对象、缩短课时不查处", "二级风险", "培训过程抽查，签到和视频记录存档。"),
            ]),
            ("经办员", "澹台岑翎", "general", [
                ("再就业用工协议真实性核查不严", "二级风险", "就业去向电话回访，抽查比例不低于20%。"),
                ("培训学员花名册审核走过场", "三级风险", "花名册与失业登记信息比对。"),
            ]),
        ]),
        ("三、就业援助科", "就业援助科", [
            ("科长", "尉迟玥湄", "middle", [
                ("公益性岗位补贴虚报冒领", "一级风险", "公益性岗位人员每月考勤公示，补贴直接发放到人。"),
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
        "zhungeer_employment_center_group_rows", "http://m.jizihe.com/page/2015/0429/26833584.shtml",
        "旗公共就业服务中心 廉政风险防控责任清单, after the source's report on 职业培训补贴 骗取 (虚报培训对象, 缩短培训课时, "
        "虚假再就业用工协议, 编造就业去向): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、职业培训科``, ``三、就业援助科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def zhungeer_medical_security_bureau_cards() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    cards = [
        ("局长", "尉迟翀珈", "局长", "主持全面工作", "leader", [
            ("定点医药机构准入不经集体研究", "★★★", "准入评估结果经局党组会研究并公示。"),
            ("欺诈骗保案件线索压案不办", "★★★", "线索登记台账，办理结果向纪检组报告。"),
            ("接受定点医药机构宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副局长", "澹台湛琰", "副局长", "分管基金监管", "leader", [
            ("对“假病人、假病情、假票据”查处失之于宽", "★★", "查处结果集体审议，典型案例公开曝光。"),
            ("职业收卡人线索移交公安不及时", "★★", "建立行刑衔接台账，按周调度。"),
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
        "zhungeer_medical_security_bureau_cards", "https://shebaomi.com/wen/zixun-43647.html",
        "旗医疗保障局 领导干部廉政风险防控卡, one sheet a leader, after the source's 公安部 briefing on 打击欺诈骗保犯罪 专项整治 "
        "(假病人, 假病情, 假票据, 职业收卡人, 关停处置医药机构): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhungeer_labour_inspection_list() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "澹台骞玥", "leader", "欠薪案件立案与否个人说了算", "制度机制", "高风险",
         "立案审批实行集体研究，案件台账公开。"),
        ("大队领导", "大队长", "澹台骞玥", "leader", "工资保证金退还审批不严", "岗位职责", "中风险",
         "保证金退还凭无欠薪证明，两级审核。"),
        ("一中队", "中队长", "尉迟洺琬", "middle", "欠薪投诉举报压案不办", "业务流程", "高风险",
         "投诉举报登记编号，法定时限内办结。"),
        ("一中队", "监察员", "澹台沨岫", "general", "检查中接受用人单位宴请", "思想道德", "中风险",
         "执法检查两人以上，全程记录。"),
        ("二中队", "中队长", "尉迟嵘芷", "middle", "农民工工资专用账户监管走过场", "外部环境", "中风险",
         "专用账户按月比对代发记录。"),
        ("二中队", "监察员", "澹台璘汐", "general", "实名制考勤数据核查不实", "业务流程", "低风险",
         "考勤数据与工资发放记录交叉核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "zhungeer_labour_inspection_list",
        "https://www.seridoat.com/article/zhi-li-nong-min-gong-qian-xin-wen-ti-xu-yao-zheng-fu-qi-ye-she-hui-san-fang-he-li-po-jie-qian-xin-wa.html",
        "旗劳动保障监察大队 岗位廉政风险防控一览表, after the source's article on 农民工欠薪 治理 (工资保证金, 工资专用账户, "
        "实名制管理, 劳动保障监察, 联合惩戒): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhungeer_medical_affairs_center_register() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "尉迟璩湘", "leader", [
            ("医保结算大额费用审批不经集体研究", "制度机制", "一级", "大额结算集体研究，按月公示。"),
            ("定点医药机构年度考核打人情分", "思想道德", "二级", "考核评分两人以上独立打分，结果公示。"),
        ]),
        ("结算审核科", "科长", "澹台琛漪", "middle", [
            ("串换高值医用耗材审核不严", "岗位职责", "一级", "高值耗材逐项核对进销存记录。"),
        ]),
        ("结算审核科", "审核员", "尉迟沁岚", "general", [
            ("篡改检查检验结果的费用照单支付", "业务流程", "二级", "智能监控疑点逐条复核。"),
            ("异地就医手工报销票据审核不严", "外部环境", "三级", "票据联网核验，初审复审分离。"),
        ]),
        ("基金财务科", "出纳", "澹台珂屿", "general", [
            ("追回医保资金不及时入账", "业务流程", "一级", "追回资金当日入基金专户，月末对账。"),
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
        "zhungeer_medical_affairs_center_register", "https://b2bo.cn/news/show.php?itemid=69",
        "旗医疗保障事务中心 廉政风险点排查登记表, after the source's 全国 打击欺诈骗保专项整治 meeting (检查定点医药机构, 追回医保资金, "
        "篡改检查检验结果, 串换高值医用耗材): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhungeer_social_insurance_center_field_export(),
    zhungeer_hrss_bureau_two_sheets(),
    zhungeer_pension_service_center_posts(),
    zhungeer_fund_audit_center_selfchecks(),
    zhungeer_employment_center_group_rows(),
    zhungeer_medical_security_bureau_cards(),
    zhungeer_labour_inspection_list(),
    zhungeer_medical_affairs_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch625-inbox"))
