"""The eight-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's audit and
statistics bodies, 泰宁县 (of 三明市, 福建省) — its 审计局, 经济责任审计中心, 投资审计中心 and the
杉城镇审计联络站, its 统计局, 普查中心, 社会经济调查中心 and the 朱口镇统计站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's 一览表 in ONE sheet under ``附件1`` and a 填报单位 line: ``科室`` merged (``局领导`` for the
  leaders), ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 经济责任审计中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``岗位职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 投资审计中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 统计局's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 杉城镇审计联络站's 自查表, one sheet a person: a label row ``姓　名 | 所在单位 | 岗　位 | 自查时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 朱口镇统计站's 清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 社会经济调查中心's workbook of TWO SHEETS ``中心领导`` and ``调查科室``, short types (``风险类别``),
  高/中/低, a sign-off line.

One is harder:

- ``taining_census_center_report_form``: the 普查中心's 排查表 dressed as a STATISTICAL REPORT FORM
  (统计报表): a title, a 表号 / 制定机关 / 有效期至 block at the right, a ``填报单位：…`` line, the
  heading ``代码 | 风险点 | 责任人 | 风险等级 | 防控措施`` over a COLUMN-CODE ROW ``甲 | 乙 | 丙 | 1 | 2``,
  rows coded ``01``…; the ``责任人`` cells name NO person but the FORM'S SIGNING ROLE
  (``单位负责人``, ``统计负责人``, ``填表人``, or two of them ``单位负责人、统计负责人``), and the persons
  stand only in the form's closing sign-off row, as every 统计报表 ends it: ``单位负责人：那蔺熹 |
  统计负责人：覃璨芃 | 填表人：覃瑱甯 | 报出日期：…``. Each row's point belongs to the person who signs
  in the role(s) its 责任人 cell names. The 读得懂的表 knows a 填表人 line naming the holder of an
  unnamed one-person table, ``本人`` rows resolved by a 填报人 line, a sign-off row of 领导 names
  (``局长： | 某某``) read as no point, holders called ``訾所长`` resolved by a roster line, stage
  legends keyed by 执法环节, and a 公示牌's names in a closing 责任人（签字） row under post columns; it
  does not describe a list whose holder column names the signing roles of a statistical report
  form, resolved by that form's 单位负责人 / 统计负责人 / 填表人 sign-off row, with a column-code row under
  the heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an article on 审计为发展服务 — 依法全面
履行审计职能, 全面审计、突出重点, 促进廉政建设; a 市审计局's 廉政教育 for 驻外审计组 — “八不准”,
“四严禁”, 临时党支部; a 审计系统 警示教育 speech — 透露线索, 美化报告, 咨询费, 投资审计 “放水”, 专家评审费;
an article on 村级财务审计 — 集体资产, 合规性, 财务漏洞; a 市 农业普查 report — 普查机构, 普查经费,
培训人员; a 县 农业普查 综合试点 — 普查指导员, 普查员, 普查小区, 清查摸底, 入户登记; a 1%人口抽样调查
report — 调查员, PDA, 资料保密, 事后质量抽查; a 县经济普查办公室主任's 自述 — 普查数据, 虚报, 基层统计
造假) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (the rare surnames 那 and 覃 with rare given names); every unit is
a body of 泰宁县.

Run ``python tests/published/score.py --set batch840`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's ``责任人`` cell names roles of the form's sign-off row; each role named is
  the person who signs after it (``单位负责人：那蔺熹``), so ``单位负责人、统计负责人`` makes the row a
  point of both; the role is the holder's post (``单位负责人`` a leader, ``统计负责人`` middle, ``填表人``
  general), no 科室; the 表号 block, the ``填报单位`` line, the column-code row, the ``说明：`` line and
  the 报出日期 are no points;
- ``局领导``, ``站领导`` and ``中心领导`` (a 科室 cell, a group row, a sheet) are the 科室 of those leaders
  (the sheet ``中心领导`` has no 科室 column: its leaders have none); a 局's 股, a 中心's 科, a 站's
  组 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任, 副主任 and 站长 are leaders; 股长, 科长 and 办公室
  主任 middle; the rest (审计员, 执法员, 会计, 统计员, 普查指导员, 联络员, 调查员) general; the
  投资审计中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b840_"
PLACE = "泰宁县"
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

# the form's signing roles and who signs after each in the closing row: (role, name, tier)
SIGNERS = [
    ("单位负责人", "那蔺熹", "leader"),
    ("统计负责人", "覃璨芃", "middle"),
    ("填表人", "覃瑱甯", "general"),
]

# (代码, 风险点, 责任人 cell, 风险等级, 防控措施)
CODED = [
    ("01", "授意、指使普查人员虚报、篡改普查数据", "单位负责人", "一级",
     "普查数据一律以原始登记为准，中心负责人不得对数据提出具体数值要求。"),
    ("02", "普查经费安排和使用不经集体研究", "单位负责人", "二级", "普查经费支出经中心会议研究，专账核算。"),
    ("03", "选聘普查指导员、普查员优亲厚友", "单位负责人、统计负责人", "二级",
     "选聘条件和结果在村（居）公示，接受监督。"),
    ("04", "数据审核中对异常数据不核实、不更正", "统计负责人", "一级", "异常数据逐条核实，核实记录存档备查。"),
    ("05", "向无关单位和个人提供普查对象资料", "统计负责人", "二级", "普查资料专人保管，查询登记审批。"),
    ("06", "普查员劳务补贴虚报冒领", "填表人", "二级", "补贴按登记工作量核发，名单公示。"),
    ("07", "普查表填报、录入时擅自改动数据", "填表人", "一级", "录入数据与原始表双人核对签字。"),
    ("08", "接受普查对象宴请或礼品", "单位负责人、统计负责人", "三级", "签订廉洁承诺书，普查期间公开监督电话。"),
]  # fmt: skip


def taining_census_center_report_form() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("统廉01表", [8, 38, 20, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}统计数据质量岗位廉政风险点排查表", 5)
    sh.add(None, None, None, None, "表　　号：泰普廉01表")
    sh.add(None, None, None, None, "制定机关：泰宁县统计局")
    r = sh.add(f"填报单位：{unit}", None, None, None, "有效期至：2025年12月")
    sh.merge(r, 0, r, 2)
    sh.add("代码", "风险点", "责任人", "风险等级", "防控措施")
    sh.add("甲", "乙", "丙", "1", "2")
    for code, point, who, lv, measures in CODED:
        sh.add(code, point, who, lv, measures)
    roles = {role: (name, tier) for role, name, tier in SIGNERS}
    for role, name, tier in SIGNERS:
        for _code, point, who, lv, _measures in CODED:
            if role in who.split("、"):
                t.point(sh.name, "", role, name, tier, point, [], GRADES[lv])
    assert all(r in roles for *_, who, _lv, _m in CODED for r in who.split("、"))
    _line(sh, "说明：责任人栏填写本表签署人员的职责身份；风险等级分一级、二级、三级，一级最高。", 5)
    sh.add(*(f"{role}：{name}" for role, name, _tier in SIGNERS), "报出日期：2025年6月10日", None)
    return _layout(
        "taining_census_center_report_form", "https://www.zgxcfx.com/sannonglunjian/75453.html",
        "(harder) 县普查中心 统计数据质量岗位廉政风险点排查表 dressed as a 统计报表, after the source's 县经济普查办公室主任's "
        "自述 (普查数据, 虚报, 普查员, 基层统计造假): a title, a 表号/制定机关/有效期至 block at the right, a ``填报单位：…`` "
        "line, the heading 代码/风险点/责任人/风险等级/防控措施 over a column-code row ``甲 | 乙 | 丙 | 1 | 2``, rows coded "
        "``01``…; each 责任人 cell names a SIGNING ROLE of the form (``单位负责人``, ``统计负责人``, ``填表人``, or two joined "
        "by ``、``) and the persons stand only in the closing sign-off row ``单位负责人：… | 统计负责人：… | 填表人：… | "
        "报出日期：…``; ``一级/二级/三级``, no type column; a ``说明：`` line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taining_audit_bureau_list() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}办公室{GAP * 12}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "那璆萦", "leader", "审计项目计划安排受人情干扰，对特定单位不审或少审", "一级",
         "年度审计项目计划经局党组会研究，报县委审计委员会审定。"),
        ("局领导", "局长", "那璆萦", "leader", "审计报告审定时授意删减、弱化审计发现问题", "一级",
         "审计报告经审计业务会议集体审定，会议记录存档。"),
        ("局领导", "副局长", "覃砚筠", "leader", "审计人员回避审查不严，与被审计单位有利害关系的人员进组", "二级",
         "审计组成员逐一填报利益冲突申报表，分管领导审核。"),
        ("局领导", "副局长", "覃砚筠", "leader", "审计质量复核把关不严，审计结论失实", "二级",
         "实行审计组、业务股室、法制审理三级复核。"),
        ("财政审计股", "股长", "那燊珣", "middle", "审计组长长期固定审计同一单位，形成利益关系", "二级",
         "同一单位审计组长不得连续两轮担任，审计组成员定期轮换。"),
        ("财政审计股", "审计员", "覃玟翯", "general", "审计取证时选择性取证，隐瞒重要问题线索", "一级",
         "审计证据实行主审复核，重大问题线索集体研究移送。"),
        ("财政审计股", "审计员", "覃玟翯", "general", "违反审计纪律在被审计单位报销费用", "三级",
         "严格执行审计外勤经费自理，进点时公布审计纪律。"),
        ("办公室", "主任", "那琤蘅", "middle", "审计业务外包中介机构选定暗箱操作", "二级",
         "中介机构从县公共资源交易平台随机抽取，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "taining_audit_bureau_list",
        "http://413yy.cn/a/9101032201/347219.html",
        "县审计局 岗位廉政风险防控一览表, after the source's article on 审计为发展服务 (依法全面履行审计职能, 全面审计、突出重点, "
        "寓服务于监督, 促进廉政建设): ``附件1``, a title, a 填报单位 line, then 序号/科室 merged (``局领导`` for "
        "the leaders)/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a "
        "制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def taining_economic_responsibility_cards() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    cards = [
        ("覃琇旸", "主任", "主持中心全面工作，负责经济责任审计项目组织实施", "leader", [
            ("审计组进点后接受被审计领导干部及其单位宴请", "★★★", "审计进点时送达“八不准”告知书，公布举报电话。"),
            ("对被审计领导干部应负责任界定失当，避重就轻", "★★★", "责任界定按规定标准，经审计业务会议讨论。"),
            ("审计结果运用中向组织部门报送情况不实", "★★", "审计结果报告按程序报送，抄送联席会议成员单位。"),
        ]),
        ("那甯瑑", "副主任", "协助主任工作，分管审计现场管理", "leader", [
            ("驻外审计组使用被审计单位车辆、办公条件办私事", "★★", "审计现场巡查，执行审计外勤经费自理。"),
            ("审计工作底稿复核流于形式", "★★", "底稿逐份复核签字，复核意见留痕。"),
            ("向被审计单位推荐中介或介绍业务", "★", "签订廉洁审计承诺书，审计回访了解执行纪律情况。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(post, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★表示高风险，★★表示中风险，★表示低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "taining_economic_responsibility_cards", "https://jjw.changzhou.gov.cn/html/jw/2022/CFEPPFJN_0909/26002.html",
        "县经济责任审计中心 岗位廉政风险防控卡, one sheet a leader (tabs named by the post), after the source's 市审计局 "
        "廉政教育 for its 驻外审计组 (“八不准” 审计纪律, “四严禁”, 临时党支部, 审计现场巡查): a title, ``姓　名 | … | 职　务 | …`` "
        "and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def taining_investment_audit_posts() -> dict:
    unit = f"{PLACE}投资审计中心"
    sh = _Sheet("排查表", [6, 14, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "对政府投资项目结算审计结论施加影响，授意审减“放水”", "岗位职责风险", "高",
         "结算审计结论经中心业务会议集体审定。"),
        ("工程审计科", "科长", "middle", "委托中介机构开展结算审核时指定机构", "制度机制风险", "高",
         "中介机构从备选库随机抽取，抽取过程录像。"),
        ("工程审计科", "科长", "middle", "对施工单位虚增工程量、违规变更设计不予揭示", "业务流程风险", "中",
         "现场计量双人复核，设计变更逐项核对签证。"),
        ("工程审计科", "审计员", "general", "利用审计结果未公开的时间差向施工企业索要“咨询费”", "思想道德风险", "高",
         "审计结果按规定时限出具，审计人员签订廉洁承诺。"),
        ("工程审计科", "审计员", "general", "虚增审计工作量，套取专家评审费", "业务流程风险", "中",
         "专家评审费凭评审记录和签到表支付。"),
        ("综合科", "会计", "general", "中介机构审计费用结算审核不严", "外部环境风险", "低", "审计费用按合同和审减额核定，三级审签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "taining_investment_audit_posts", "https://www.xuekequan.com/222836.html",
        "县投资审计中心 岗位廉政风险点排查表 对岗不对人, after the source's 审计系统 警示教育 speech (透露线索, 美化报告, 咨询费、"
        "封口费, 政府投资审计中 “放水”, 虚增造价, 专家评审费): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def taining_statistics_bureau_list() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("Sheet1", [6, 14, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "覃翀璘", "leader", "普查机构组建和普查经费分配不经集体研究", "制度机制", "Ⅰ级",
         "普查经费方案经局党组会研究，报县财政局审核。"),
        ("局领导", "局长", "覃翀璘", "leader", "迎合地方考核要求干预统计数据", "思想道德", "Ⅰ级",
         "落实防范和惩治统计造假责任制，数据评估会集体评估。"),
        ("综合股", "股长", "那棨琰", "middle", "统计数据发布前泄露", "岗位职责", "Ⅱ级", "数据发布前保密管理，查阅登记。"),
        ("综合股", "股长", "那棨琰", "middle", "统计业务培训经费虚列支出", "业务流程", "Ⅲ级", "培训凭签到表、培训通知报账。"),
        ("统计执法股", "执法员", "覃珺韫", "general", "统计执法检查中对虚报企业以罚代处、降格处理", "业务流程", "Ⅰ级",
         "执法案件集体审理，处罚结果公示。"),
        ("统计执法股", "执法员", "覃珺韫", "general", "接受被检查企业吃请、礼品", "外部环境", "Ⅱ级", "执法检查两人以上，执法全过程记录。"),
        ("办公室", "会计", "那翾珥", "general", "普查劳务费发放不按标准", "岗位职责", "Ⅱ级", "劳务费通过银行代发，发放名单公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "taining_statistics_bureau_list", "http://bbs.chizhouchacha.com/forum.php?goto=nextnewset&mod=redirect&tid=180245",
        "县统计局 岗位廉政风险点防控一览表, after the source's 市 农业普查 report (组建普查机构, 落实普查经费, 培训人员, 普查员和"
        "普查指导员): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def taining_shancheng_liaison_selfchecks() -> dict:
    unit = f"{PLACE}杉城镇审计联络站"
    t = _Truth(unit)
    people = [
        ("那曌彤", "站长", "leader", [
            ("村级财务审计中对村干部违规支出不如实反映", "高风险", "审计发现问题逐项列入审计报告，报镇纪委备案。", "已落实"),
            ("村级集体资产清查走过场", "中风险", "资产清查邀请村务监督委员会参加。", "未发现问题"),
            ("接受村（居）宴请", "低风险", "执行审计纪律，清单式提醒。", "已落实"),
        ]),
        ("覃湜琬", "联络员", "general", [
            ("审计资料收集不全，隐匿审计证据", "中风险", "审计资料交接清单双方签字。", "已落实"),
            ("向村（居）泄露审计计划", "中风险", "审计计划保密，进点前不得通知。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在单位", "岗　位", "自查时间", None)
        sh.add(who, unit, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇纪委意见：", None, None)
        sheets.append(sh)
    return _layout(
        "taining_shancheng_liaison_selfchecks",
        "https://www.seridoat.com/article/xi-shan-qu-cun-ji-cai-wu-shen-ji-fang-fa-jie-mi-ru-he-jing-zhun-shi-bie-cai-wu-lou-dong-bing-ti-shen.html",
        "镇审计联络站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on 村级财务审计 "
        "(集体资产安全, 合规性检查, 财务漏洞, 风险防范): a title, a label row ``姓　名 | 所在单位 | 岗　位 | 自查时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇纪委意见：``",
        sheets, t,
    )  # fmt: skip


def taining_zhukou_station_group_rows() -> dict:
    unit = f"{PLACE}朱口镇统计站"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "那湉璘", "leader", [
                ("镇领导授意调整上报统计数据时不抵制", "一级风险", "上报数据以统计台账为准，干预行为登记报告。"),
                ("统计工作经费使用不规范", "三级风险", "经费支出经镇分管领导审批。"),
            ]),
        ]),
        ("二、统计业务组", "统计业务组", [
            ("统计员", "覃聿瑧", "general", [
                ("规上企业统计台账不核实即录入联网直报", "二级风险", "企业报表与原始记录、台账每月比对。"),
                ("帮助企业迟报、漏报后补报数据", "二级风险", "报送时限提醒，迟报情况书面说明。"),
            ]),
        ]),
        ("三、普查工作组", "普查工作组", [
            ("普查指导员", "覃璐岍", "general", [
                ("普查小区划分、清查摸底漏登重登", "二级风险", "清查底册与村级名录交叉核对。"),
                ("入户登记由普查员代填、编造", "一级风险", "入户登记现场拍照定位，指导员抽查复核。"),
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
        "taining_zhukou_station_group_rows", "http://www.zhushan.cn/p/158064.html",
        "镇统计站 廉政风险防控责任清单, after the source's 县 农业普查 综合试点 (普查指导员, 普查员, 普查小区划分, 清查摸底, "
        "入户登记): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、统计业务组``, ``三、普查工作组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def taining_survey_center_two_sheets() -> dict:
    unit = f"{PLACE}社会经济调查中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 38, 10, 8, 34])
    _line(lead, f"{unit}中心领导廉政风险点登记表", 7)
    lead.add("序号", "姓名", "职务", "风险点", "风险类别", "等级", "防控措施")
    leaders = [
        ("那珩嵘", "主任", [
            ("调查样本轮换时人为指定调查户", "制度机制", "高", "样本轮换按抽样方案执行，轮换名单存档。"),
            ("调查经费和记账补贴分配不公开", "业务流程", "中", "补贴标准和发放名单公示。"),
        ]),
        ("覃颀珧", "副主任", [
            ("事后质量抽查走过场", "岗位职责", "中", "抽查样本随机抽取，抽查结果通报。"),
        ]),
    ]  # fmt: skip
    n = 0
    first = len(lead.rows)
    for who, post, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("调查科室", [6, 14, 9, 9, 38, 10, 8, 34])
    _line(dept, f"{unit}调查科室廉政风险点登记表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "等级", "防控措施")
    rows = [
        ("住户调查科", "科长", "那瑢蓁", "middle", "调查员选聘中优亲厚友", "思想道德", "中", "选聘条件公开，面试集体评议。"),
        ("住户调查科", "科长", "那瑢蓁", "middle", "住户收支数据审核中授意调整", "岗位职责", "高", "数据审核留痕，修改须有依据。"),
        ("住户调查科", "调查员", "覃澍莛", "general", "泄露调查户个人信息", "外部环境", "高", "PDA数据加密上传，签订保密承诺。"),
        ("住户调查科", "调查员", "覃澍莛", "general", "未入户即代填调查问卷", "业务流程", "低", "入户登记与电话回访核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "taining_survey_center_two_sheets", "https://whb.cn/zhuzhan/kandian/20151102/42021.html",
        "县社会经济调查中心 廉政风险点登记表 in TWO SHEETS, after the source's 1%人口抽样调查 report (调查员 入户登记, 手持PDA, "
        "调查对象资料保密, 事后质量抽查): sheet 中心领导 with 姓名/职务 merged per leader, sheet 调查科室 with 科室 merged and "
        "岗位/姓名 merged per person; 风险点, 风险类别 (short names), 等级 高/中/低, 防控措施; a 填表/审核/date line",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taining_census_center_report_form(),
    taining_audit_bureau_list(),
    taining_economic_responsibility_cards(),
    taining_investment_audit_posts(),
    taining_statistics_bureau_list(),
    taining_shancheng_liaison_selfchecks(),
    taining_zhukou_station_group_rows(),
    taining_survey_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch840-inbox"))
