"""The six-hundred-and-twenty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's audit and
statistics bodies, 阿拉善右旗 (of 阿拉善盟, 内蒙古自治区) — its 审计局, 统计局, 经济责任审计中心,
普查中心, 统计调查队, 政府投资审计中心 and 统计执法监督大队 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 统计局's 排查表 对岗不对人, ``股室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types, 高/中/低;
- the 普查中心's 自查表 one sheet a person, label rows, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 政府投资审计中心's 清单 under GROUP ROWS ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 统计调查队's 防控卡 one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 统计执法监督大队's 一览表 under ``附件3`` and a 填报单位 line, ``高风险/中风险/低风险``, short types;
- the 统计局社情民意调查中心's 登记表, ``一级/二级/三级``.

One is harder:

- ``alxa_right_economic_audit_centre_same_as``: the 经济责任审计中心's 一览表, ``科室 | 岗位 | 姓名 | 廉政风险点 |
  风险等级 | 防控措施``, where a person whose duties are a colleague's has ONE ROW whose 廉政风险点, 风险等级
  and 防控措施 cells are merged into one saying ``风险点、风险等级及防控措施同审计员敖璘骅`` — a reference BY
  THE COLLEAGUE'S NAME to his whole block, so the person holds copies of all the named colleague's
  points and levels. The README knows ``同序号14`` / ``同第2项`` (a reference to ONE row by its number) and
  ``同上``; it does not describe a row that takes over another holder's whole block by naming him.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 敖 and 伊 with
rare given names); every unit is a body of 阿拉善右旗.

Run ``python tests/published/score.py --set batch623`` and do not tune the reader against it.

Judgement calls: the ``同…`` row gives its holder (post and 科室 of his own row) every point of
the named colleague with the colleague's levels; a 中心's 主任/副主任, 局长/副局长, 队长/副队长 are
leaders; 股长, 科长 middle; the rest general; the 统计局's 排查表 names no person (对岗不对人);
``风险点 | 风险表现``: the point is the short 风险点.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b623_"
PLACE = "阿拉善右旗"
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

# (科室, 岗位, 姓名, tier, [(point, level, measures)] or the name of the colleague whose block it takes)
CENTRE = [
    ("中心领导", "主任", "伊珝翀", "leader", [
        ("审计组组成不执行回避制度，安排与被审计领导干部有利害关系的人员", "一级",
         "审计组成员签订回避承诺，主任会议审定审计组名单。"),
    ]),
    ("审计一科", "科长", "敖瓒霆", "middle", [
        ("审计实施方案重点不突出，故意遗漏重大经济事项", "一级", "实施方案经分管领导审批，重大事项逐项列示。"),
        ("审计发现问题线索不报告、私自处理", "二级", "问题线索集体研究，登记台账移送。"),
    ]),
    ("审计一科", "审计员", "敖璘骅", "general", [
        ("接受被审计单位宴请、礼品礼金或报销费用", "一级", "执行审计纪律八不准，外勤经费自理。"),
        ("审计取证不充分，工作底稿与事实不符", "二级", "底稿实行审计组长、主审两级复核。"),
        ("泄露被审计单位商业秘密和审计内部信息", "三级", "签订保密承诺，审计资料专人保管。"),
    ]),
    ("审计一科", "审计员", "伊峤珣", "general", "敖璘骅"),
    ("审计二科", "科长", "伊璁琰", "middle", [
        ("离任审计结果运用不及时移交组织部门", "二级", "审计结果报告按时抄送联席会议成员单位。"),
    ]),
    ("审计二科", "审计员", "敖翯岑", "general", [
        ("利用审计职权为亲友推销商品或介绍业务", "一级", "审计期间廉政监督员回访被审计单位。"),
        ("审计资料归档不全，随意抽换证据", "三级", "审计档案限期归档，档案员验收。"),
    ]),
    ("审计二科", "审计员", "伊瑱岑", "general", "敖翯岑"),
]  # fmt: skip


def _blocks() -> dict[str, list]:
    return {who: pts for _d, _p, who, _t, pts in CENTRE if not isinstance(pts, str)}


def same_as_text(who: str) -> str:
    return f"风险点、风险等级及防控措施同审计员{who}"


def alxa_right_economic_audit_centre_same_as() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    blocks = _blocks()
    first = len(sh.rows)
    n = 0
    merged_rows = []
    for dept, post, who, tier, pts in CENTRE:
        if isinstance(pts, str):
            n += 1
            r = sh.add(n, dept, post, who, same_as_text(pts), None, None)
            merged_rows.append(r)
            for point, lv, _m in blocks[pts]:
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
            continue
        for point, lv, measures in pts:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    for r in merged_rows:
        sh.merge(r, 4, r, 6)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("制表：综合科", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "alxa_right_economic_audit_centre_same_as", "https://wodeyuanxiao.com/Educationalinstitution/ijnlvqlwxf.html",
        "(harder) 旗经济责任审计中心 岗位廉政风险防控一览表, after the source's 审计组廉政责任 provisions (审计组长, 廉政监督员, "
        "被审计单位接待, 审计纪律): 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; two persons whose duties equal a colleague's have ONE ROW whose point, level and measures cells are merged "
        "into ``风险点、风险等级及防控措施同审计员<colleague>``: they hold copies of the named colleague's whole block; "
        "a ``注：`` line and a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def alxa_right_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("敖骞滢", "局长", "主持全面工作", [
            ("年度审计项目计划安排受人情干扰，该审不审", "一级", "审计项目计划经旗委审计委员会批准后执行。"),
            ("审计处理处罚决定自由裁量失当", "一级", "处理处罚按裁量基准，局业务会集体审定。"),
        ]),
        ("伊岍璘", "副局长", "分管经济责任审计、审理", [
            ("审理把关不严，审计结论定性不准", "一级", "审理实行审理科、法制审核、分管领导三级把关。"),
            ("为被审计领导干部说情、打招呼", "二级", "说情打招呼登记报告制度。"),
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
        ("财政审计股", "股长", "敖琰骐", "middle", "预算执行审计中对问题选择性披露", "一级",
         "审计报告征求意见稿经集体讨论。"),
        ("财政审计股", "股长", "敖琰骐", "middle", "延伸审计单位选定随意", "二级", "延伸单位随机抽取。"),
        ("财政审计股", "科员", "伊翀琤", "general", "审计外勤期间使用被审计单位车辆", "三级", "外勤用车由局统一派遣。"),
        ("固定资产投资审计股", "股长", "敖峣璁", "middle", "工程结算审计与施工单位串通核增造价", "一级",
         "结算审计实行交叉复核，重大项目专家论证。"),
        ("固定资产投资审计股", "科员", "伊骅琮", "general", "委托中介机构审计监管不力", "二级", "中介机构质量考核，结果公开。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "alxa_right_audit_bureau_two_sheets", "https://www.baywatch.cn/haowen/104700.html",
        "旗审计局 廉政风险防控一览表 in TWO SHEETS, after the source's 经济责任审计管理办法 (联席会议, 审计计划管理, 审计重点): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; "
        "风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def alxa_right_statistics_bureau_posts() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "数据发布审定", "按领导意图干预、修改统计数据", "制度机制风险", "高",
         "数据发布实行评估、审定、备案制度。"),
        ("综合股", "股长", "middle", "统计数据审核", "对下级报送数据审核不严，放任数据注水", "岗位职责风险", "高",
         "数据审核留痕，异常数据核查。"),
        ("综合股", "股长", "middle", "联网直报管理", "违规代填代报企业统计报表", "业务流程风险", "中",
         "企业自行填报，严禁代填代报。"),
        ("专业股", "统计员", "general", "统计调查", "调查样本选取随意，虚构调查对象", "业务流程风险", "中",
         "样本轮换按方案执行，上级抽查。"),
        ("专业股", "统计员", "general", "企业名录库维护", "收受好处为企业违规入库、出库", "思想道德风险", "低",
         "名录库变动凭证留存，双人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "alxa_right_statistics_bureau_posts", "https://www.hkyyi.com/html/jing-ti-shao-shu-di-qu-shu-ju-can-shui-xian-xiang-ru-he-shi-bie-yu-fang-fan-di-fang-tong-ji-zao-jia.html",
        "旗统计局 岗位廉政风险点排查表 对岗不对人, after the source on 地方统计数据掺水 (虚报, 数据操纵, 政绩考核压力): "
        "序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def alxa_right_census_centre_selfchecks() -> dict:
    unit = f"{PLACE}普查中心"
    t = _Truth(unit)
    people = [
        ("伊琭骞", "中心领导", "主任", "leader", [
            ("普查数据质量控制走过场，默许虚报瞒报", "Ⅰ级", "建立数据质量追溯和问责机制。", "已落实"),
            ("普查经费使用不规范", "Ⅱ级", "普查经费专账核算，接受审计。", "未发现问题"),
        ]),
        ("敖珣骦", "业务组", "普查指导员", "general", [
            ("普查员选聘优亲厚友", "Ⅱ级", "选聘条件和结果公示。", "已落实"),
            ("泄露普查对象商业秘密", "Ⅰ级", "签订保密承诺书。", "已落实"),
        ]),
        ("伊瑄翯", "数据处理组", "数据处理员", "general", [
            ("擅自修改普查登记数据", "Ⅰ级", "数据修改留痕，经普查对象签章确认。", "已落实"),
            ("数据备份不及时造成数据丢失", "Ⅲ级", "数据每日备份，专人管理。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "alxa_right_census_centre_selfchecks", "http://news.cnhan.com/html/caijing/20180710/970935.htm",
        "旗普查中心 岗位廉政风险自查表, one sheet a person, after the source's 第四次全国经济普查 吹风会 (数据质量, 追溯和问责, "
        "普查对象顾虑): a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间`` over values, 序号/风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column",
        sheets, t,
    )  # fmt: skip


def alxa_right_investment_audit_group_rows() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "敖瑀翀", "leader", [
                ("政府投资项目审计结论受建设单位干扰", "一级风险", "审计结论经中心会议集体研究。"),
                ("委托社会中介机构选定不公开", "一级风险", "中介机构从备选库随机抽取。"),
            ]),
        ]),
        ("二、工程审计科", "工程审计科", [
            ("科长", "伊骐琤", "middle", [
                ("隐蔽工程现场踏勘不到位", "二级风险", "踏勘不少于两人，影像资料存档。"),
            ]),
            ("审计员", "敖琮璟", "general", [
                ("接受施工单位礼品礼金", "二级风险", "审计纪律告知被审计单位。"),
                ("工程量计算审核把关不严", "三级风险", "工程量双人计算、复核。"),
            ]),
        ]),
        ("三、综合科", "综合科", [
            ("会计", "伊璐峤", "general", [
                ("中介审计费用结算不按合同", "二级风险", "费用结算经审计质量考核后支付。"),
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
        "alxa_right_investment_audit_group_rows", "http://www.jizihe.com/page/2022/0530/23251978.shtml",
        "旗政府投资审计中心 廉政风险防控责任清单, after the source on 经济责任审计 (权力运行, 审计挑战, 实践探索): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中心领导`` … merged across",
        [sh], t,
    )  # fmt: skip


def alxa_right_survey_team_cards() -> dict:
    unit = f"{PLACE}统计调查队"
    t = _Truth(unit)
    cards = [
        ("队长", "伊翯琰", "队长", "主持调查队全面工作", "leader", [
            ("住户调查样本轮换受人为干预", "★★★", "样本轮换按国家方案执行，上级备案。"),
            ("调查经费虚列支出", "★★★", "经费支出集体研究，票据三签。"),
            ("接受调查对象宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副队长", "敖璁骞", "副队长", "分管农业、价格调查", "leader", [
            ("农产品产量调查数据弄虚作假", "★★", "实割实测，现场记录双人签字。"),
            ("价格调查采价点选择随意", "★★", "采价点固定并报上级审定。"),
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
        "alxa_right_survey_team_cards", "http://daily.cnnb.com.cn/nbwb/html/2019-06/12/content_1170426.htm?div=-1",
        "旗统计调查队 领导干部廉政风险防控卡, one sheet a leader, after the source on 经济普查 事后质量抽查 (抽查员, 样本县, "
        "登记规范性): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, 序号/风险点/``★★★/★★/★``/防控措施; a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def alxa_right_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}统计执法监督大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "伊骦珝", "leader", "统计违法案件查处降格处理", "制度机制", "高风险",
         "案件处理经集体审议，结果公示。"),
        ("大队领导", "大队长", "伊骦珝", "leader", "执法检查对象选定不随机", "岗位职责", "中风险",
         "执法检查双随机一公开。"),
        ("执法一中队", "中队长", "敖峤璘", "middle", "执法检查中收受企业好处", "思想道德", "高风险",
         "执法全过程记录，两人以上执法。"),
        ("执法一中队", "执法员", "伊琤瑀", "general", "调查取证不全，违法事实认定不清", "业务流程", "中风险",
         "取证清单化，法制审核把关。"),
        ("执法二中队", "执法员", "敖骅瑄", "general", "泄露举报人信息", "外部环境", "低风险",
         "举报材料专人保管，严格保密。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "负责人（签字）：", None, None)
    return _layout(
        "alxa_right_enforcement_brigade_list", "http://www.fafqdl.cn/news/china/2072018.html",
        "旗统计执法监督大队 岗位廉政风险防控一览表, after the source on 防范和惩治统计造假 督察 (督察组, 虚报瞒报, 人为干扰): "
        "``附件3``, a title, a 填报单位（盖章）/填报时间 line, 部门/岗位/责任人 on EVERY row, short types, "
        "``高风险/中风险/低风险``; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def alxa_right_opinion_survey_register() -> dict:
    unit = f"{PLACE}统计局社情民意调查中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "敖瑱骐", "leader", [
            ("满意度调查结果按要求“美化”", "制度机制", "一级", "调查结果原始数据留存备查。"),
            ("调查外包服务采购不公开", "外部环境", "二级", "外包服务按政府采购程序办理。"),
        ]),
        ("调查科", "科长", "伊珺峣", "middle", [
            ("电话调查样本筛选做手脚", "岗位职责", "二级", "样本系统随机生成。"),
        ]),
        ("调查科", "调查员", "敖琤珝", "general", [
            ("伪造调查问卷", "业务流程", "一级", "录音全程留存，抽样回访。"),
            ("向被调查单位透露调查安排", "思想道德", "三级", "调查安排保密，签订承诺书。"),
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
        "alxa_right_opinion_survey_register", "http://www.jiuxingjy.com/news/2004/2004-12-23/26/520273.shtml",
        "旗统计局社情民意调查中心 廉政风险点排查登记表, after the source on 经济普查 数据质量 (调查对象顾虑, 保密, 不得篡改): "
        "科室 merged, 岗位 and 姓名 merged per person, 风险类别 short names, ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    alxa_right_economic_audit_centre_same_as(),
    alxa_right_audit_bureau_two_sheets(),
    alxa_right_statistics_bureau_posts(),
    alxa_right_census_centre_selfchecks(),
    alxa_right_investment_audit_group_rows(),
    alxa_right_survey_team_cards(),
    alxa_right_enforcement_brigade_list(),
    alxa_right_opinion_survey_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch623-inbox"))
