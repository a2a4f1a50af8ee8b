"""The seven-hundred-and-fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
statistics and audit bodies, 大洼区 (of 盘锦市, 辽宁省) — its 统计局, 普查中心, 农村社会经济调查队
and 经济社会调查监测中心, and its 审计局, 政府投资审计中心, 经济责任审计中心 and 审计服务中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计局's 一览表 under ``附件1`` and a 填报单位 line: ``科室`` merged, ``岗位 | 姓名`` merged per
  person, ``风险类型`` (short names), ``一级/二级/三级``, a ``注：`` line and a sign-off line;
- the 政府投资审计中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型 …风险``,
  高/中/低; no names;
- the 普查中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 农村社会经济调查队's 自查表, one sheet a person: a label row ``姓　名 | 所在组 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 经济社会调查监测中心's workbook in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged
  per leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``★★★/★★/★`` read
  by a ``注：`` line;
- the 经济责任审计中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``所在科室`` line, ``一级风险/二级风险/三级风险``, a 持卡人 line;
- the 审计服务中心's 登记表: ``部门 | 岗位 | 责任人`` written on EVERY row, ``风险类别`` (short
  names), 高/中/低, a ``注：`` line.

One is harder:

- ``dawa_audit_bureau_working_papers``: the 审计局's 廉政风险点自查 handed back on its AUDIT
  WORKING-PAPER template (审计工作底稿), ONE SHEET A PERSON, the tabs named by the paper's 索引号
  (``LZ-01`` … ``LZ-04``), no 姓名/岗位 label anywhere: above each table the paper's header block
  ``被审计单位 | 大洼区审计局 | 索引号 | LZ-0N`` / ``审计（核查）事项 | <科室><岗位>岗位廉政风险点自查 |
  页　次 | 1/1`` / ``编制人 | <name> | 日　期 | …`` / ``复核人 | <name> | 日　期 | …``; the holder is
  the 编制人 (the self-check's author), the post and 科室 stand only inside the 事项 sentence,
  and the 复核人 — who is the holder of ANOTHER paper (the 科长 reviews his 审计员, the 副局长 his
  科长s) or a 局长 with no paper of his own — is no holder of this one; below the table a
  ``复核意见：…`` line. The README's 读得懂的表 knows label rows ``姓　名 | …`` over values, 填表人 /
  审核人 sign-off lines (no holders), a 告知签收表 whose 签收人 are the holders and whose 告知人 is
  not, a document block ``文件编号 | 版本号`` and the 经办人 | 复核人 | 审批人 columns of a row; it does
  not describe a working-paper header block where the 编制人 is the holder, the 复核人 is not, and
  the post is named only inside the 审计事项 sentence.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 投资审计 问题清单 and 规范指引 —
廉政风险防控, 社会中介机构管理, 以审代结, 工程结算; a 统计执法 业务能力提升培训 speech —
依法统计, 统计造假, 执法检查; a 人口普查 通知 — 普查经费, “两员” 选调 and 补助, 普查设备;
a 统计造假专项治理 检查 — 专业自查, 问题清单, 整改台账, 佐证材料; a 统计督察 实施方案 — 督察流程,
问题整改, 责任追究; a 审计工作报告 整改情况 — 整改清单, 对账销号; a 区 审计工作报告 — 预算执行,
政府投资项目) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 亢 and 邴 with rare
given names); every unit is a body of 大洼区.

Run ``python tests/published/score.py --set batch754`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is one form: the holder is the ``编制人``; the post (and 科室)
  are those the ``审计（核查）事项`` sentence names (``经济责任审计科科长岗位…`` gives 科室
  经济责任审计科, post 科长; ``副局长岗位…`` the 副局长, no 科室); the ``复核人``, the 日期 cells,
  ``核查情况`` and the ``复核意见`` line name no holder and are no points; the 局长 who only reviews
  has no form;
- ``局领导``, ``中心领导``, ``队领导`` (a 科室 cell, a group row, a 所在组 cell) are the 科室 of those
  leaders, and so is the 经济责任审计中心 card's ``所在科室 | 中心领导``; the 监测中心's leaders (sheet
  ``中心领导``, no 科室 column) have no 科室; 局长, 副局长, 主任, 副主任, 队长 and 副队长 are leaders; 科长 middle; the rest (科员, 审计员,
  主审, 调查员, 统计员, 会计, 出纳) general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3; the 投资审计中心's list names no person: its forms are posts.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b754_"
PLACE = "大洼区"
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

# one working paper a person: (索引号, 科室, post, 编制人, tier, 复核人, dates, points)
PAPERS = [
    ("LZ-01", "", "副局长", "亢楮言", "leader", "邴篁溪", ("2025年5月6日", "2025年5月9日"), [
        ("审计项目计划安排受人之托，对特定单位不审、缓审或重复审计", "高",
         "年度审计项目计划经局党组会集体研究，报区委审计委员会审定。", "已落实"),
        ("审定审计报告时对查出的问题降格处理、大事化小", "高",
         "审计报告经审理科审理、审计业务会议集体审定。", "未发现问题"),
        ("委托社会中介机构参与审计时指定机构、收受好处", "中",
         "中介机构从区财政局备选库中随机抽取，签订廉洁协议。", "已落实"),
    ]),
    ("LZ-02", "经济责任审计科", "科长", "邴樗年", "middle", "亢楮言", ("2025年5月7日", "2025年5月10日"), [
        ("领导干部经济责任审计中对决策失误避重就轻，责任界定不实", "高",
         "责任界定按规定逐项列明依据，经审计组集体讨论。", "已落实"),
        ("审计现场接受被审计单位宴请、礼品礼金", "中",
         "进点公示审计“八不准”纪律和举报电话，离点回访。", "未发现问题"),
        ("审计发现的问题线索不按规定移送", "中", "问题线索移送登记台账，每季度对账。", "已落实"),
    ]),
    ("LZ-03", "经济责任审计科", "审计员", "亢蘧然", "general", "邴樗年", ("2025年5月7日", "2025年5月10日"), [
        ("审计取证不全，工作底稿与事实不符", "中", "取证材料由被审计单位签字确认，底稿两级复核。", "已落实"),
        ("泄露审计工作秘密和被审计单位商业秘密", "低", "签订保密承诺书，审计资料专柜保管。", "未发现问题"),
        ("利用审计职权为亲友推销商品、介绍业务", "低", "执行回避制度，亲属关系事前申报。", "未发现问题"),
    ]),
    ("LZ-04", "固定资产投资审计科", "科长", "邴荇洲", "middle", "亢楮言", ("2025年5月8日", "2025年5月12日"), [
        ("工程结算审计中高估冒算不审减、与施工单位串通", "高",
         "结算审核实行主审、复核双人审核，审减结果三方签字。", "已落实"),
        ("以审代结，参与工程结算等建设管理活动", "中",
         "不得参与工程招标、物资采购、工程结算等管理活动。", "已落实"),
        ("对中介机构出具的审核报告把关不严", "中", "中介机构审核报告逐项抽查复核，结果纳入考评。", "未发现问题"),
    ]),
]  # fmt: skip


def dawa_audit_bureau_working_papers() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    sheets = []
    for index, dept, post, who, tier, reviewer, (made, checked), points in PAPERS:
        sh = _Sheet(index, [6, 40, 10, 36, 12])
        _line(sh, "审计工作底稿", 5)
        r = sh.add("被审计单位", unit, None, "索引号", index)
        sh.merge(r, 1, r, 2)
        r = sh.add("审计（核查）事项", f"{dept}{post}岗位廉政风险点自查", None, "页　次", "1/1")
        sh.merge(r, 1, r, 2)
        r = sh.add("编制人", who, None, "日　期", made)
        sh.merge(r, 1, r, 2)
        r = sh.add("复核人", reviewer, None, "日　期", checked)
        sh.merge(r, 1, r, 2)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "核查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _line(sh, "复核意见：已逐项核对，风险点查找全面，防控措施可行。", 5)
        sheets.append(sh)
    return _layout(
        "dawa_audit_bureau_working_papers", "https://www.zqhsgc.com/m/gcsj/8535.html",
        "(harder) 区审计局 岗位廉政风险点自查 on the AUDIT WORKING-PAPER template, after the source's 投资审计 问题清单 and "
        "规范指引 (廉政风险防控, 社会中介机构管理, 以审代结, 工程价款): one sheet a person, tabs named by the paper's 索引号 "
        "(LZ-01…LZ-04); a title ``审计工作底稿`` and a header block ``被审计单位 | 大洼区审计局 | 索引号 | LZ-0N``, ``审计（核查）"
        "事项 | <科室><岗位>岗位廉政风险点自查 | 页　次 | 1/1``, ``编制人 | <name> | 日　期 | …``, ``复核人 | <name> | 日　期 | …``; "
        "the holder is the 编制人, the post and 科室 only inside the 事项 sentence, the 复核人 (the holder of another paper, or "
        "the 局长 who has none) no holder here; then 序号/廉政风险点/风险等级 高/中/低/防控措施/核查情况 and a merged "
        "``复核意见：…`` line; no type column",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dawa_statistics_bureau_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 40, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 12}填报日期：2025年4月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "亢芑岚", "leader", [
            ("授意、指使统计人员篡改统计数据", "思想道德", "一级", "落实防范和惩治统计造假责任制，数据审核留痕。"),
            ("统计执法检查对象和处理结果个人说了算", "制度机制", "一级", "执法检查“双随机”抽取，处罚决定集体审议。"),
        ]),
        ("综合统计科", "科长", "邴苕华", "middle", [
            ("对企业报送的统计数据审核把关不严，默许虚报", "岗位职责", "一级", "数据逐级审核，异常数据实地核查。"),
            ("提前泄露尚未公布的统计数据", "岗位职责", "二级", "统计数据发布前严格保密，按日程发布。"),
        ]),
        ("综合统计科", "科员", "亢菼澄", "general", [
            ("名录库单位入库、退库审核不严", "业务流程", "二级", "入退库资料双人审核，按月比对。"),
        ]),
        ("统计执法监督科", "科长", "邴葭汀", "middle", [
            ("统计执法检查中接受检查对象宴请、礼品", "外部环境", "一级", "执法人员两人以上，执法全过程记录。"),
            ("统计违法案件立案、处罚自由裁量不当", "制度机制", "二级", "执行处罚裁量基准，案件集体审理。"),
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
    _line(sh, "注：风险等级分为一级、二级、三级，一级最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "单位负责人（签字）：", None, None)
    return _layout(
        "dawa_statistics_bureau_list", "https://ceshi.taolaoshi.top/gongwen/182245.html",
        "区统计局 岗位廉政风险防控一览表, after the source's 统计执法 业务能力提升培训 speech (依法统计, 统计造假, 执法检查, "
        "数据质量): ``附件1``, a title, a merged 填报单位/填报日期 line, then 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "填表人/审核人/单位负责人（签字） line",
        [sh], t,
    )  # fmt: skip


def dawa_investment_audit_center_posts() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "政府投资项目审计计划安排随意，对个别项目不审或迟审",
         "制度机制风险", "高", "审计项目计划报区审计局审定，执行情况按季通报。"),
        ("中心领导", "主任", "leader", "审定结算审核结果时为施工单位说情",
         "思想道德风险", "高", "审核结果经中心业务会集体审定，说情打招呼登记报告。"),
        ("工程审计科", "科长", "middle", "竣工决算审计中对多计工程量、高套定额不予审减",
         "岗位职责风险", "高", "工程量现场复核，审减明细与施工单位核对签字。"),
        ("工程审计科", "科长", "middle", "对委托的造价咨询机构监督不力",
         "业务流程风险", "中", "咨询成果抽查复核，中介机构年度考评。"),
        ("工程审计科", "主审", "general", "隐蔽工程签证审核走过场",
         "业务流程风险", "中", "隐蔽工程以影像资料和监理记录为依据。"),
        ("综合科", "会计", "general", "审计外勤经费由被审计单位承担",
         "外部环境风险", "低", "外勤经费自理，据实报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "dawa_investment_audit_center_posts", "https://www.zqhsgc.com/gcsj/8519.html",
        "区政府投资审计中心 岗位廉政风险点排查表 对岗不对人, after the source's 《政府投资条例》 审计 问题清单 (桥梁工程结算, "
        "审减, 造价咨询): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def dawa_census_center_group_rows() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亢茆溪", "leader", [
                ("普查专用设备采购规避政府采购程序", "高风险", "设备采购纳入政府采购计划，验收三人以上。"),
                ("普查经费不按预算支出、挤占挪用", "高风险", "普查经费专账核算，支出经集体研究。"),
            ]),
        ]),
        ("二、普查业务科", "普查业务科", [
            ("科长", "邴菘岩", "middle", [
                ("普查指导员、普查员选调不公开，优亲厚友", "中风险", "“两员”选调条件和结果公示。"),
            ]),
            ("科员", "亢蘼芜", "general", [
                ("普查数据录入中随意修改普查表", "中风险", "录入与复核分设，修改留痕。"),
                ("泄露普查对象个人信息", "低风险", "普查资料专人保管，签订保密承诺。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "邴薤川", "general", [
                ("“两员”补助发放虚报人数、截留克扣", "高风险", "补助按完成户数核发，直接打卡到人并公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "dawa_census_center_group_rows", "http://www.fsou.net/html/text/lar/172180/17218009_3.html",
        "区普查中心 廉政风险防控责任清单, after the source's 人口普查 通知 (普查经费 分级负担, “两员” 选调, 补助经费, "
        "办公设备): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、普查业务科``, ``三、综合科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def dawa_rural_survey_team_selfchecks() -> dict:
    unit = f"{PLACE}农村社会经济调查队"
    t = _Truth(unit)
    people = [
        ("邴蕺山", "队领导", "副队长", "leader", [
            ("农产品产量调查样本轮换中人为指定样本户", "Ⅰ级", "样本轮换按抽样方案执行，名单报市调查队备案。", "已落实"),
            ("调查数据审核中迎合地方要求调整数据", "Ⅰ级", "数据审核独立进行，异常值实地核实。", "未发现问题"),
        ]),
        ("亢蓍蘅", "住户调查组", "调查员", "general", [
            ("记账户补贴发放不到户", "Ⅱ级", "记账补贴按月打卡发放，定期电话回访。", "已落实"),
            ("代记账、编造住户收支数据", "Ⅰ级", "记账本入户核查，电子记账留痕。", "已落实"),
        ]),
        ("邴荻洲", "农业调查组", "调查员", "general", [
            ("实割实测不到现场，估产代替实测", "Ⅱ级", "实测全过程拍照定位，两人以上实施。", "未发现问题"),
            ("接受样本户、村干部宴请", "Ⅲ级", "执行调查纪律，签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dawa_rural_survey_team_selfchecks", "https://jianpian.cn/a/x2meyhv",
        "区农村社会经济调查队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 统计造假 "
        "专项治理 检查 (专业自查, 问题清单, 整改台账, 佐证材料): a title, a label row ``姓　名 | 所在组 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 队长意见：``",
        sheets, t,
    )  # fmt: skip


def dawa_monitoring_center_two_sheets() -> dict:
    unit = f"{PLACE}经济社会调查监测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亢莼川", "主任", "主持全面工作", [
            ("统计督察反馈问题整改弄虚作假", "★★★", "整改台账逐项销号，整改结果报区统计局。"),
            ("监测项目委托第三方调查时暗箱操作", "★★★", "第三方机构比选确定，结果公示。"),
        ]),
        ("邴蘩汐", "副主任", "分管数据采集、监测", [
            ("监测数据报送前擅自调整", "★★", "数据调整须经质量评估会议研究并记录。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, stars, measures in points:
            n += 1
            lead.add(n, who, post, work, point, stars, measures)
            t.point(lead.name, "", post, who, "leader", point, [], STARS[stars])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    _line(lead, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("数据采集科", "科长", "亢藁城", "middle", "调查样本单位确定不按抽样方案执行", "★★★",
         "样本抽取由系统随机生成，留存记录。"),
        ("数据采集科", "科长", "亢藁城", "middle", "督察问题整改佐证材料后补造假", "★★", "佐证材料随整改进度归档。"),
        ("数据采集科", "统计员", "邴苘岚", "general", "调查问卷代填、漏填", "★", "问卷抽样回访核实。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, stars, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, stars, measures)
        t.point(dept.name, d, post, who, tier, point, [], STARS[stars])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "dawa_monitoring_center_two_sheets", "https://www.renrendoc.com/paper/507091420.html",
        "区经济社会调查监测中心 廉政风险防控一览表 in TWO SHEETS, after the source's 统计督察 实施方案 (督察流程, 问题整改, "
        "责任追究, 数据质量): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``★★★/★★/★`` read by a ``注：`` line on each sheet, 防控措施; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def dawa_economic_audit_center_cards() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    cards = [
        ("主任", "亢葳蕤", "主任", "", "leader", [
            ("经济责任审计结果报告对问题定性避重就轻", "一级风险", "审计结果报告经中心业务会审定，报联席会议。"),
            ("审计整改检查走过场，未整改问题予以销号", "一级风险", "整改销号须附佐证材料，对账销号。"),
            ("向被审计领导干部透露审计进展", "二级风险", "审计实施全过程保密，违规泄露严肃追责。"),
        ]),
        ("主审", "邴芰荷", "主审", "审计一科", "general", [
            ("审计取证中对被审计单位提供的资料不核实", "二级风险", "关键证据实地核实、交叉印证。"),
            ("整改清单中的问题表述与底稿不一致", "三级风险", "整改清单与底稿逐条核对。"),
            ("在被审计单位报销个人费用", "二级风险", "执行审计“八不准”纪律，离点征求意见。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在科室", dept or "中心领导", None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept or "中心领导", post, who, tier, point, [], RISKS[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "dawa_economic_audit_center_cards", "http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html",
        "区经济责任审计中心 岗位廉政风险防控卡, one sheet a person (tabs named by the post), after the source's 审计工作报告 "
        "反映问题整改情况 (整改清单, 对账销号, 整改台账): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在科室 line, "
        "then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 持卡人（签字） line",
        sheets, t,
    )  # fmt: skip


def dawa_audit_service_center_register() -> dict:
    unit = f"{PLACE}审计服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "亢萑苇", "leader", "预算执行审计中对部门违规支出不予反映", "岗位职责", "高",
         "审计发现问题全部列入审计报告征求意见稿。"),
        ("中心领导", "主任", "亢萑苇", "leader", "审计服务外包项目发包不规范", "制度机制", "中",
         "外包项目按政府采购程序确定服务机构。"),
        ("业务科", "科长", "邴菰川", "middle", "审计资料交接、归档不及时，事后补档", "业务流程", "中",
         "审计档案按项目及时归档，年度检查。"),
        ("业务科", "审计员", "亢蔺澄", "general", "审计中接受被审计单位安排的旅游、娱乐", "外部环境", "中",
         "离点时征求被审计单位对审计纪律的意见。"),
        ("业务科", "审计员", "亢蔺澄", "general", "审计数据分析中擅自下载、留存被审计单位数据", "思想道德", "低",
         "数据使用登记审批，用后销毁记录。"),
        ("办公室", "出纳", "邴蓟原", "general", "公务卡报销审核不严", "业务流程", "低", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "dawa_audit_service_center_register", "http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html",
        "区审计服务中心 廉政风险点排查登记表, after the source's 区 预算执行和其他财政收支 审计工作报告 (部门预算执行, 政府投资 "
        "项目建设, 重大政策措施): a title, 序号/部门/岗位/责任人 written on EVERY row/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dawa_audit_bureau_working_papers(),
    dawa_statistics_bureau_list(),
    dawa_investment_audit_center_posts(),
    dawa_census_center_group_rows(),
    dawa_rural_survey_team_selfchecks(),
    dawa_monitoring_center_two_sheets(),
    dawa_economic_audit_center_cards(),
    dawa_audit_service_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch754-inbox"))
