"""The eight-hundred-and-ninety-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's housing and
construction bodies, 阿克陶县 (克孜勒苏柯尔克孜自治州, 新疆维吾尔自治区) — its 住房和城乡建设局,
建设工程质量安全监督站, 市政公用事业服务中心, 城市管理执法大队, 住房保障中心, 奥依塔克镇村镇建设服务站,
房产服务中心 and 建筑业管理站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff
typed in WPS or Excel (or, for the harder one, exported from an online system):

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 建设工程质量安全监督站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``一级/二级/三级``; no names;
- the 市政公用事业服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 城市管理执法大队's 清单 under GROUP ROWS ``一、大队领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 住房保障中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, 高/中/低, ``自查情况``, no type column;
- the 奥依塔克镇村镇建设服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 房产服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``aketao_construction_industry_station_html_cells``: the 建筑业管理站's 廉政风险点台账 as the county's
  online 廉政风险防控 system exported it (``导出时间`` line, one row a point, ``科室 | 岗位 | 姓名`` typed
  on every row, no merges), whose two rich-text fields — ``风险点描述`` and ``防控措施`` — came out as the
  editor's RAW HTML SOURCE: ``<p style="…"><span style="font-family:仿宋_GB2312;">…</span></p>``
  with character entities (``&ldquo;…&rdquo;``, ``&nbsp;``, ``&mdash;``, ``&lt;``), measures split
  by ``<br/>``. The README's 读得懂的表 knows rich text held as .xlsx formatting (bold points, a
  marked level word), full-width and traditional characters, 问卷 platform exports (question
  headings) and ``提交人：…｜职务：…`` info cells; it does not describe a cell holding the markup
  of an HTML editor, tags and entities, whose text is the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 住建局 督查 of 农村危房改造 and 人防
行业整治; a city's 建设工程质量安全 大检查 — 抽查抽测, 约谈, 记分, 停工; a note on what a 市政公用事业
中心 does — 供水, 供暖, 路灯, 报修, 收费; a report on 查违 执法队长 受贿 — 违建, 放行, 保护伞; a 县
公共租赁住房 并轨运行 细则 — 准入, 配租, 退出, 维修; a 镇 城管执法队长's 拆违 受贿 case — 停工, 检查;
a 区住建局 民主评议 — 房屋修缮审批, 西城区改造, 垃圾处理费; a 政协 民主评议 of a 住建局 — 问卷调查,
城乡建设, 行业代表) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 禄 and 薄 with rare given
names); every unit is a body of 阿克陶县.

Run ``python tests/published/score.py --set batch896`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is the TEXT of its ``风险点描述`` cell: the tags taken out and the
  entities decoded (``&ldquo;``/``&rdquo;`` are “ ”, ``&mdash;`` —, ``&lt;`` <), leading and trailing
  ``&nbsp;`` dropped; the markup is no point and no part of one;
- ``局领导`` is no 科室 (the 局's leaders on sheet ``局领导`` and the cards' leaders have none);
  ``站领导``, ``中心领导``, ``大队领导`` (a 科室/股室/部门 cell, a group row) are the 科室 of those leaders;
  a 局's 股, a 站's or 中心's 股 or 组, a 大队's 中队 are 科室; a group row ``二、市容执法中队`` gives the
  科室 ``市容执法中队``;
- every 站, 中心, the 大队 and the 局 are units of their own: 局长, 副局长, 站长, 副站长, 主任, 副主任 and
  大队长 are leaders; 股长, 组长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 质量安全监督站's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b896_"
PLACE = "阿克陶县"
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


def html_text(cell: str) -> str:
    """The text an HTML editor's source shows: tags out, entities decoded, ends stripped."""
    text = re.sub(r"<br\s*/?>", "\n", cell)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text).replace("\xa0", " ").strip()


# --------------------------------------------------------------------------- harder layout

SPAN = '<span style="font-family:仿宋_GB2312;font-size:16px;">'
PARA = '<p style="text-indent:2em;">'

# (科室, 岗位, 姓名, tier, [(风险点描述 as exported, its text, 风险等级, 防控措施 as exported)])
HTML_ROWS = [
    ("站领导", "站长", "禄翙琮", "leader", [
        (f"{PARA}{SPAN}对建筑企业资质核查&ldquo;打招呼&rdquo;、降低标准</span></p>",
         "对建筑企业资质核查“打招呼”、降低标准", "一级",
         f"{PARA}{SPAN}1.资质核查两人以上现场核验；<br/>2.核查结果站务会集体研究。</span></p>"),
        (f"<p>{SPAN}农民工工资保证金返还审核把关不严&nbsp;</span></p>",
         "农民工工资保证金返还审核把关不严", "一级",
         f"<p>{SPAN}保证金返还凭工资支付台账和无欠薪公示办理。</span></p>"),
    ]),
    ("站领导", "副站长", "薄昶珩", "leader", [
        (f"{PARA}{SPAN}建筑市场检查中对挂靠、转包行为&ldquo;睁一只眼闭一只眼&rdquo;</span></p>",
         "建筑市场检查中对挂靠、转包行为“睁一只眼闭一只眼”", "一级",
         f"{PARA}{SPAN}检查随机抽取对象和人员，问题清单公开。</span></p>"),
        (f"<p>{SPAN}不良行为记录&mdash;&mdash;信用扣分随意调整</span></p>",
         "不良行为记录——信用扣分随意调整", "二级",
         f"<p>{SPAN}信用扣分依标准逐项记录，<br/>调整须经站务会研究。</span></p>"),
    ]),
    ("市场管理股", "股长", "禄骞湛", "middle", [
        (f"<p>&nbsp;&nbsp;{SPAN}施工合同备案审查走过场，阴阳合同不发现</span></p>",
         "施工合同备案审查走过场，阴阳合同不发现", "二级",
         f"<p>{SPAN}合同备案与中标通知书逐项比对。</span></p>"),
        (f"<p>{SPAN}收受企业&ldquo;辛苦费&rdquo;，为资质升级材料放行</span></p>",
         "收受企业“辛苦费”，为资质升级材料放行", "二级",
         f"<p>{SPAN}签订廉洁承诺书；<br/>资质材料网上受理、全程留痕。</span></p>"),
    ]),
    ("劳务管理股", "科员", "薄翀璆", "general", [
        (f"<p>{SPAN}欠薪投诉处理拖延，按&lt;关系&gt;先后办理</span></p>",
         "欠薪投诉处理拖延，按<关系>先后办理", "二级",
         f"<p>{SPAN}投诉登记编号，按时限办结并回访。</span></p>"),
        (f"<p>{SPAN}实名制考勤数据核查不实</span></p>",
         "实名制考勤数据核查不实", "三级",
         f"<p>{SPAN}考勤数据与银行代发工资流水比对。</span></p>"),
    ]),
]  # fmt: skip


def aketao_construction_industry_station_html_cells() -> dict:
    unit = f"{PLACE}建筑业管理站"
    sh = _Sheet("廉政风险点台账", [6, 12, 10, 10, 60, 10, 60])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点台账", 7)
    _line(sh, "导出时间：2025-05-16 10:42:07　　导出人：admin", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点描述", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in HTML_ROWS:
        for cell, text, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, cell, lv, measures)
            assert html_text(cell) == text, cell
            t.point(sh.name, dept, post, who, tier, text, [], GRADES[lv])
    return _layout(
        "aketao_construction_industry_station_html_cells", "https://www.gongwk.com/doc/569202.jhtml",
        "(harder) 县建筑业管理站 廉政风险点台账 as an online 廉政风险防控 system exported it, after the source's 政协 民主评议 "
        "of a 住建局 (城乡建设, 行业代表, 问卷调查, 网络发布): a title and an 导出时间/导出人 line, then ``序号 | 科室 | 岗位 | "
        "姓名 | 风险点描述 | 风险等级 | 防控措施`` one row a point, 科室/岗位/姓名 on every row, ``一级/二级/三级``; the "
        "rich-text 风险点描述 and 防控措施 cells hold the editor's RAW HTML SOURCE (``<p style=…><span style=…>…</span></p>``, "
        "``&ldquo;…&rdquo;``, ``&nbsp;``, ``&mdash;``, ``&lt;…&gt;``, ``<br/>``); no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def aketao_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("薄琬翎", "局长", "主持全面工作", [
            ("农村危房改造资金安排个人说了算", "Ⅰ级", "资金安排经局党组会集体研究，分配结果公示。"),
            ("为亲友承揽市政工程打招呼、递条子", "Ⅰ级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("禄旻翯", "副局长", "分管人防、村镇建设", [
            ("人防工程易地建设费减免审批把关不严", "Ⅰ级", "减免事项集体审定，依据和结果公开。"),
            ("危房改造对象认定放松标准", "Ⅱ级", "改造对象经村评议、乡审核、县审批三级公示。"),
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
        ("村镇建设股", "股长", "禄珣勍", "middle", "危房改造竣工验收不到现场，补助资金拨付不实", "Ⅰ级",
         "竣工验收逐户拍照入档，补助资金一卡通直达农户。"),
        ("村镇建设股", "股长", "禄珣勍", "middle", "危房改造档案资料补填、代签", "Ⅱ级", "档案资料一户一档，每季度抽查。"),
        ("人防股", "科员", "薄璠峣", "general", "人防工程竣工验收降低标准", "Ⅱ级", "验收邀请质监站参加，结果报局审核。"),
        ("财务股", "会计", "禄瑆燊", "general", "专项资金报账审核不严，虚列支出", "Ⅰ级", "报账单据三级审核，专项资金专账核算。"),
        ("规划股", "股长", "薄暄翥", "middle", "规划条件核实对违规建设不如实认定", "Ⅱ级", "规划核实两人以上现场测量，结论公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "aketao_housing_bureau_two_sheets", "http://www.ldlz.gov.cn/news/2020/03/12558.html",
        "县住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's 驻住建局纪检 督查 (农村危房改造 百日攻坚, 人防 "
        "行业整治, 工程建设管理, 档案资料): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def aketao_quality_safety_station_posts() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "质量安全大检查", "对存在隐患的项目不下达停工整改，网开一面", "岗位职责风险", "一级",
         "检查结果集体研判，停工整改决定公开。"),
        ("质量监督组", "组长", "middle", "抽查抽测", "抽测样品指定检测机构，检测结果放宽", "业务流程风险", "一级",
         "检测机构随机抽取，样品封样双人签字。"),
        ("质量监督组", "监督员", "general", "竣工验收监督", "验收监督走过场，对质量问题不如实记录", "业务流程风险", "二级",
         "验收监督记录当场签字，站里抽查复核。"),
        ("安全监督组", "监督员", "general", "安全隐患排查", "接受施工单位宴请，隐患整改不跟踪", "思想道德风险", "二级",
         "签订廉洁承诺书，整改复查照片留存。"),
        ("安全监督组", "监督员", "general", "不良行为记分", "对违规企业记分随意减免", "制度机制风险", "三级",
         "记分标准公开，记分结果报站务会审定。"),
        ("综合组", "资料员", "general", "监督档案管理", "监督档案事后补填、抽换", "外部环境风险", "三级",
         "档案按项目归档，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "aketao_quality_safety_station_posts", "https://duobangwang.com/html/11/2017-08-10/150602108696.shtml",
        "县建设工程质量安全监督站 岗位廉政风险点排查表 对岗不对人, after the source's 建设工程质量安全 大检查 (抽查抽测, 隐患排查, "
        "约谈, 记分, 责令停工): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def aketao_municipal_utilities_cards() -> dict:
    unit = f"{PLACE}市政公用事业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "禄炘琰", "主任", "主持中心全面工作", "leader", [
            ("供排水管网维修工程指定施工队伍", "★★★", "维修工程按限额比选或招标，结果公示。"),
            ("供暖费、污水处理费收支不公开", "★★★", "收费专户管理，每季度公示收支情况。"),
            ("接受施工单位宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副主任", "薄洺珅", "副主任", "分管路灯、道路养护", "leader", [
            ("路灯更换、节能改造材料验收不严", "★★", "材料进场抽检，验收三方签字。"),
            ("道路养护工程量虚报", "★★", "养护工程量现场测量，照片留存备查。"),
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
        "aketao_municipal_utilities_cards", "https://m.gzjll.com/3/5788707.html",
        "县市政公用事业服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's note on a 市政公用事业中心 (供水, "
        "供暖, 路灯, 道路, 报修, 收费公示): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def aketao_urban_enforcement_group_rows() -> dict:
    unit = f"{PLACE}城市管理执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "禄曦玙", "leader", [
                ("违法建设查处中收受好处，为违建“开口放行”", "高风险", "查违案件集体审议，拆除决定公开。"),
                ("执法车辆、装备采购指定供应商", "中风险", "采购按政府采购程序进行，结果公示。"),
            ]),
        ]),
        ("二、市容执法中队", "市容执法中队", [
            ("中队长", "薄靓翾", "middle", [
                ("占道经营处罚选择性执法，罚款不开票据", "高风险", "罚没款统一开具票据，当日缴入专户。"),
            ]),
            ("队员", "禄彧珺", "general", [
                ("巡查发现违建不制止、不报告", "中风险", "巡查全程执法记录仪记录，日志每日上报。"),
                ("接受当事人宴请，泄露查处信息", "低风险", "签订廉洁执法承诺书。"),
            ]),
        ]),
        ("三、法制审核组", "法制审核组", [
            ("审核员", "薄苒翊", "general", [
                ("处罚案卷法制审核走过场", "中风险", "案卷审核实行初审、复审两级。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "aketao_urban_enforcement_group_rows", "http://xingbo999.com/readnews.asp?id=1468",
        "县城市管理执法大队 廉政风险防控责任清单 under GROUP ROWS, after the source's report on 查违 执法队长 受贿 (违法建筑, "
        "“开口放行”, 少查不查, 保护伞): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group "
        "rows ``一、大队领导``, ``二、市容执法中队``, ``三、法制审核组`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def aketao_housing_security_selfchecks() -> dict:
    unit = f"{PLACE}住房保障中心"
    t = _Truth(unit)
    people = [
        ("禄晞瑀", "中心领导", "主任", "leader", [
            ("公租房配租不按轮候顺序，优亲厚友", "高", "配租摇号公开进行，纪检人员现场监督。"),
            ("公租房维修项目化整为零规避招标", "中", "维修项目按限额标准报局审批。", ),
        ]),
        ("薄頔琛", "保障股", "审核员", "general", [
            ("准入资格审核不严，为不符合条件家庭办理", "高", "收入、住房情况部门联审，结果公示。"),
            ("退出审核不及时，违规占用不清退", "中", "每年复核，清退名单报中心研究。"),
        ]),
        ("禄晔瑢", "租金管理股", "收费员", "general", [
            ("收取租金不开票据，截留租金", "高", "租金缴入财政专户，票据联号使用。"),
            ("违规减免租金", "低", "减免须经中心会议研究并公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, *_) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i == 1 else "未发现问题")
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "aketao_housing_security_selfchecks", "http://ynwd.gov.cn/info/2573/37104.htm",
        "县住房保障中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 公共租赁住房 "
        "并轨运行 实施细则 (准入, 配租, 轮候, 退出, 租金, 维修): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def aketao_oytak_town_station_list() -> dict:
    unit = f"{PLACE}奥依塔克镇村镇建设服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 11, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "薄铧瑭", "leader", "农房建设审批对手续不全的放行", "岗位职责", "一级风险",
         "农房审批材料清单公开，审批结果村内公示。"),
        ("站领导", "站长", "薄铧瑭", "leader", "拆违中收受好处，对违建停工令不执行", "思想道德", "一级风险",
         "拆违决定经镇党委会研究，执行情况报县城管执法大队备案。"),
        ("规划建设", "技术员", "禄骁璘", "general", "农房建设放线、验线不到现场", "业务流程", "二级风险",
         "放线验线现场拍照，村干部签字。"),
        ("规划建设", "技术员", "禄骁璘", "general", "危房鉴定结论随意出具", "制度机制", "二级风险",
         "危房鉴定两人以上进行，结论报县住建局复核。"),
        ("综合管理", "协管员", "薄弢翃", "general", "违建巡查发现问题不上报", "外部环境", "三级风险",
         "巡查台账每周报站长审核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "aketao_oytak_town_station_list",
        "http://www.montrealchinese.com/forum.php?action=printable&mod=viewthread&tid=6947",
        "镇村镇建设服务站 岗位廉政风险防控一览表, after the source's 镇 城管执法队长 拆违 受贿 case (违法用地, 违法建设, 停工, "
        "检查, 裁量权): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def aketao_property_center_register() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禄遹珖", "leader", [
            ("老旧小区改造项目验收不严", "制度机制", "一级", "验收组由街道、社区和业主代表组成。"),
            ("房屋修缮审批向关系户倾斜", "岗位职责", "二级", "修缮申请按受理顺序办理，结果公示。"),
        ]),
        ("维修资金股", "会计", "薄暐璁", "general", [
            ("专项维修资金使用审核不严", "业务流程", "一级", "维修资金使用须业主表决，凭票据支取。"),
        ]),
        ("物业管理股", "科员", "禄熠璩", "general", [
            ("物业服务企业考核打分不公", "业务流程", "二级", "考核邀请业主委员会参加，分数公示。"),
            ("接受物业企业宴请", "思想道德", "三级", "签订廉洁承诺书，每季度谈心谈话。"),
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
        "aketao_property_center_register", "http://www.yhg994208.cn/news/qz/2016111710095926533.htm",
        "县房产服务中心 廉政风险点排查登记表, after the source's 区住建局 民主评议 政风 (西城区改造, 房屋修缮审批, 公共服务设施, "
        "垃圾处理费, 服务对象): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    aketao_construction_industry_station_html_cells(),
    aketao_housing_bureau_two_sheets(),
    aketao_quality_safety_station_posts(),
    aketao_municipal_utilities_cards(),
    aketao_urban_enforcement_group_rows(),
    aketao_housing_security_selfchecks(),
    aketao_oytak_town_station_list(),
    aketao_property_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch896-inbox"))
