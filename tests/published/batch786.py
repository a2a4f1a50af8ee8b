"""The seven-hundred-and-eighty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's audit and
statistics bodies, 静乐县 (of 忻州市, 山西省) — its 审计局, 投资审计中心, 经济责任审计中心, 统计局,
社会经济调查队, 普查中心, 统计执法大队 and 鹅城镇统计站 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 审计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 投资审计中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``),
  高/中/低; no names;
- the 经济责任审计中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 社会经济调查队's 清单 under GROUP ROWS ``一、队领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 普查中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 统计执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 鹅城镇统计站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``jingle_statistics_bureau_level_in_number``: the 统计局's 岗位廉政风险点一览表, ``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 防控措施`` with NO level column: the level of each point is written in a bracket
  after its number in the ``序号`` cell (``1（一级）``, ``2（二级）``, ``5（三级）``), read by a ``注：序号后
  括号内为该风险点的风险等级`` line under the table. The README's 读得懂的表 knows short HOLDER keys in
  a bracket after the 序号 (``1（院、会）``) read by a legend, 序号 numbering styles telling holders
  apart, a level as one part of a structured risk CODE decoded by a note and levels by the
  numbering style of the 序号; it does not describe the level word itself written in the 序号 cell's
  bracket, with no level column at all.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区纪委 on 统计监督 — 统计台账,
财务报表, 平台数据 “三对照”, 数据来源及上报流程; a note on 审计处理 and 审计处罚 — 处分建议, 以处代罚;
an essay on a county 审计局's 政府投资项目 审计 — 招投标, 资金管理, 结算; an essay on 国家审计 指导和监督
内部审计 and 审计结果运用; a 农村住户抽样调查制度 — 调查户, 辅助调查员, 记账, 审查上报; a 街道 on the
住户调查大样本轮换 — 调查小区图, 建筑物清查, 住宅名录, 摸底入户; a 统计执法 “双随机” 抽查办法 —
随机抽取检查对象 and 执法检查人员; a 统计局's 权责清单 — 催报, 统计资料, 立案, 调查取证) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 亢 and 郜 with rare given names); every unit is a body of
静乐县.

Run ``python tests/published/score.py --set batch786`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the bracket after the number in ``序号`` is the row's level (``一级/二级/三级`` as
  1/2/3) and no part of any point; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``队领导``, ``中心领导`` (a 股室 cell, a group row, a 所在科室 cell) are the 科室 of those
  leaders; the 审计局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
  a 局's or 中心's 股 and a 队's 组 are 科室;
- every 中心, 队, 站 and the two 局 are units of their own: 局长, 副局长, 主任, 副主任, 队长, 副队长 and 站长
  are leaders; 股长 and 组长 middle; the rest (审计员, 统计员, 调查员, 执法人员, 会计, 出纳) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 投资审计中心's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b786_"
PLACE = "静乐县"
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

# (股室, 岗位, 姓名, tier, [(point, level, measures)])
BUREAU = [
    ("局领导", "局长", "亢翯湄", "leader", [
        ("授意、指使统计人员虚报、瞒报统计数据", "一级", "统计数据按规定程序审核上报，领导干部不得干预。"),
        ("统计监督发现的问题线索不按规定移送", "二级", "问题线索集体研判，按规定移送纪检监察机关。"),
    ]),
    ("综合统计股", "股长", "郜澂屺", "middle", [
        ("规上企业入库审核把关不严，违规纳统", "一级", "入库资料逐项核对营业执照、财务报表。"),
        ("地区生产总值核算基础数据取舍随意", "二级", "核算数据来源留痕，股室集体会审。"),
    ]),
    ("综合统计股", "统计员", "亢琤翙", "general", [
        ("企业统计台账与平台数据“三对照”检查走过场", "二级", "统计台账、财务报表、平台数据逐项比对并记录。"),
        ("泄露调查对象的单位和个人资料", "三级", "统计资料专柜保管，查阅登记。"),
    ]),
    ("农村统计股", "统计员", "郜岍霂", "general", [
        ("农作物播种面积、产量数据不实地核查", "二级", "实地抽样核查，核查记录存档。"),
    ]),
]  # fmt: skip


def jingle_statistics_bureau_level_in_number() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [9, 14, 10, 10, 40, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, lv, measures in points:
            n += 1
            sh.add(f"{n}（{lv}）", dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：序号后括号内为该风险点的风险等级，风险等级分一级、二级、三级，一级为最高。", 6)
    sh.add("填表：", None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "jingle_statistics_bureau_level_in_number",
        "http://www.zksjjjc.gov.cn/sitesources/pdsjw/page_pc/xsqjw/zhq/gzdt/articled2e2ae4ac6dd416796a8b097dd6c73bf.html",
        "(harder) 县统计局 岗位廉政风险点一览表, after the source's 区纪委 on 统计监督 (统计台账, 财务报表, 平台数据 "
        "“三对照”, 数据来源及上报流程, 编造数据、弄虚作假): a title, a merged 填报单位/date line, then 序号/股室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/防控措施 with NO level column: each point's level is written in a "
        "bracket after its number in the 序号 cell (``1（一级）``), read by a ``注：序号后括号内为该风险点的风险等级`` "
        "line; no type column; a 填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingle_audit_bureau_two_sheets() -> dict:
    unit = f"{PLACE}审计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("亢曦岚", "局长", "主持全面工作", [
            ("年度审计项目计划安排受人情干扰，该审不审", "一级", "审计项目计划经局党组会研究，报县委审计委员会批准。"),
            ("审计发现重大问题线索压案不移", "一级", "重大问题线索集体研究，移送情况登记备查。"),
        ]),
        ("郜沨璟", "副局长", "分管审理、法制工作", [
            ("审理中随意降低问题定性、减轻处理处罚", "一级", "审理意见经审计业务会审定，定性依据逐项列明。"),
            ("审计组成员应回避未回避", "二级", "审计组成员签订回避承诺，关联关系事前申报。"),
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
        ("财政金融审计股", "股长", "亢湜琬", "middle", "审计取证不充分，审计证据与事实不符", "二级",
         "取证单经被审计单位签认，主审复核。"),
        ("财政金融审计股", "股长", "亢湜琬", "middle", "接受被审计单位宴请、安排住宿", "一级", "严格执行审计“八不准”纪律，外勤经费自理。"),
        ("财政金融审计股", "审计员", "郜瑀沣", "general", "向被审计单位推销商品或介绍业务", "二级", "审计进点时公示纪律和举报电话。"),
        ("法规审理股", "股长", "郜岱翀", "middle", "审计报告复核走过场，问题漏审漏报", "二级", "审理实行两级复核，复核意见存入档案。"),
        ("法规审理股", "审计员", "亢霈淇", "general", "审计档案资料借阅不登记，泄露审计秘密", "三级", "档案借阅审批登记，按期归还。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "jingle_audit_bureau_two_sheets",
        "https://yxxcgj.com/big5/weizhang_1759",
        "县审计局 廉政风险防控一览表 in TWO SHEETS, after the source's note on 审计处理 and 审计处罚 (处分建议, 以处代罚, "
        "拒绝或者拖延提供资料, 被审计单位): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jingle_investment_audit_posts() -> dict:
    unit = f"{PLACE}投资审计中心"
    sh = _Sheet("排查表", [6, 14, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "政府投资项目审计立项受人请托，选择性审计", "制度机制风险", "高",
         "项目立项经局业务会研究，名单公开。"),
        ("中心领导", "主任", "leader", "委托社会中介机构参与结算审计不按程序选定", "业务流程风险", "高",
         "中介机构从备选库随机抽取，签订廉洁协议。"),
        ("工程审计股", "股长", "middle", "工程结算审核中与施工单位串通高估冒算", "岗位职责风险", "高",
         "结算审核实行主审、复核、审定三级把关。"),
        ("工程审计股", "股长", "middle", "招投标环节审计发现的问题不如实反映", "岗位职责风险", "中",
         "问题底稿由审计组集体讨论。"),
        ("工程审计股", "审计员", "general", "现场计量、隐蔽工程核查不到场", "业务流程风险", "中",
         "现场核查两人以上参加，留存影像资料。"),
        ("工程审计股", "审计员", "general", "接受建设单位、施工单位礼品礼金", "思想道德风险", "低",
         "节前廉洁提醒，签订廉洁从审承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jingle_investment_audit_posts",
        "https://www.seridoat.com/article/shang-qiu-xian-shen-ji-ju-ru-he-jing-zhun-shen-ji-zheng-fu-tou-zi-xiang-mu-jie-shi-qian-zai-feng-xia.html",
        "县投资审计中心 岗位廉政风险点排查表 对岗不对人, after the source's essay on a 县审计局's 政府投资项目审计 "
        "(精准立项, 招投标, 资金管理, 结算, 建设质量): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingle_economic_responsibility_cards() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    t = _Truth(unit)
    cards = [
        ("主任", "郜翾泠", "主任", "主持中心全面工作", "leader", [
            ("经济责任审计对象和时间安排不按计划执行", "★★★", "审计对象按年度计划确定，调整报局党组批准。"),
            ("领导干部经济责任审计评价避重就轻", "★★★", "审计评价按审计证据作出，业务会审定。"),
            ("接受被审计领导干部请托", "★", "建立请托事项登记报告制度。"),
        ]),
        ("副主任", "亢沅翊", "副主任", "分管内部审计指导和审计结果运用", "leader", [
            ("内部审计工作指导监督流于形式", "★★", "指导监督列入年度计划，检查结果通报。"),
            ("审计结果运用不及时移送组织部门", "★★", "审计结果按规定抄送联席会议成员单位。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "jingle_economic_responsibility_cards", "https://m.fx361.cc/news/2020/1009/7079630.html",
        "县经济责任审计中心 领导干部廉政风险防控卡, one sheet a leader, after the source's essay on 国家审计 指导和监督 "
        "内部审计 (指导不力, 监督不够, 审计结果运用制度): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def jingle_survey_team_group_rows() -> dict:
    unit = f"{PLACE}社会经济调查队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、队领导", "队领导", [
            ("队长", "亢澍岍", "leader", [
                ("调查网点抽选不按方案随机抽取", "一级风险", "网点抽选按抽样方案执行，抽选过程留档。"),
                ("辅助调查员劳务补贴分配不公开", "二级风险", "补贴标准和名单公示。"),
            ]),
        ]),
        ("二、住户调查组", "住户调查组", [
            ("组长", "郜璆淏", "middle", [
                ("调查户记账资料审查不严，数据失真", "一级风险", "账页逐月审核，关键指标核实。"),
            ]),
            ("调查员", "亢昉漪", "general", [
                ("代替调查户记账、编造收支数据", "一级风险", "每月入户检查记账，访户记录存档。"),
                ("调查户礼品发放登记不全", "三级风险", "礼品发放由调查户签收。"),
            ]),
        ]),
        ("三、综合组", "综合组", [
            ("出纳", "郜砚泠", "general", [
                ("调查经费报销凭证审核不严", "二级风险", "报销单据经办、审核、审批三签。"),
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
        "jingle_survey_team_group_rows", "https://tjj.zjtz.gov.cn/art/2011/11/28/art_1229020496_43987845.html",
        "县社会经济调查队 廉政风险防控责任清单, after the source's 农村住户抽样调查制度 (抽选调查网点, 调查户记账, 辅助调查员 "
        "访问指导, 县调查队审查上报): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、队领导``, ``二、住户调查组``, ``三、综合组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def jingle_census_centre_selfchecks() -> dict:
    unit = f"{PLACE}普查中心"
    t = _Truth(unit)
    people = [
        ("亢珝澐", "中心领导", "主任", "leader", [
            ("普查员、普查指导员选聘不公开", "Ⅰ级", "选聘条件和结果公示。", "已落实"),
            ("普查经费使用超范围、超标准", "Ⅱ级", "普查经费专账核算，接受审计。", "未发现问题"),
        ]),
        ("郜沄翎", "普查业务股", "统计员", "general", [
            ("调查小区图绘制、建筑物清查不到现场", "Ⅱ级", "清查底册与现场核对，抽查复核。", "已落实"),
            ("住宅名录表编制弄虚作假", "Ⅰ级", "名录表逐户核对，签字确认。", "已落实"),
        ]),
        ("亢峣霁", "普查业务股", "统计员", "general", [
            ("摸底入户调查数据随意修改", "Ⅱ级", "数据修改留痕，经股长审核。", "未发现问题"),
            ("普查对象个人信息保管不当", "Ⅲ级", "普查资料专人专柜保管。", "已落实"),
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
        "jingle_census_centre_selfchecks", "https://siseiken.net/OpennessContent/show/2496669.html",
        "县普查中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道 on the "
        "住户调查大样本轮换 (调查小区图, 建筑物清查表, 住宅名录表, 摸底入户调查): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def jingle_enforcement_team_list() -> dict:
    unit = f"{PLACE}统计执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "郜翃琰", "leader", "“双随机”抽查对象名单事后调整", "制度机制", "高风险",
         "抽查对象由系统随机抽取，结果存档。"),
        ("大队领导", "大队长", "郜翃琰", "leader", "统计违法案件查处中以罚代刑、降格处理", "岗位职责", "高风险",
         "案件处理经集体审议，重大案件法制审核。"),
        ("执法检查股", "股长", "亢琮湘", "middle", "执法检查人员不随机选派", "业务流程", "中风险",
         "执法人员从名录库随机抽取。"),
        ("执法检查股", "执法人员", "郜霂岫", "general", "检查中接受被检查单位宴请", "思想道德", "中风险",
         "检查纪律随检查通知书送达被检查单位。"),
        ("执法检查股", "执法人员", "亢澂珩", "general", "调查取证不全，统计违法事实认定不清", "岗位职责", "中风险",
         "取证两人以上，询问笔录当场签认。"),
        ("执法检查股", "执法人员", "亢澂珩", "general", "向被检查单位泄露检查安排", "外部环境", "低风险",
         "检查方案保密，检查前不得通知。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jingle_enforcement_team_list", "http://jazz147.com/html/.tjfl.201709t20170911_441904.html",
        "县统计执法大队 岗位廉政风险防控一览表, after the source's 统计执法 “双随机” 抽查办法 (随机抽取检查对象, 随机选派 "
        "执法检查人员, 随机抽查事项清单, 统计台账): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def jingle_echeng_station_register() -> dict:
    unit = f"{PLACE}鹅城镇统计站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郜岚翾", "leader", [
            ("为完成考核任务授意企业多报、虚报数据", "思想道德", "一级", "数据由企业自行填报，站里不得代填。"),
            ("统计资料报送不按规定催报，迟报漏报", "岗位职责", "二级", "建立催报登记，逾期情况报县统计局。"),
        ]),
        ("业务组", "统计员", "亢翎汧", "general", [
            ("代企业填报统计报表", "业务流程", "一级", "报表由企业统计人员填报签章。"),
            ("个体户抽样调查样本更换不报批", "制度机制", "二级", "样本更换报县统计局批准。"),
        ]),
        ("业务组", "统计员", "郜潆昶", "general", [
            ("统计台账、原始记录保管不全", "业务流程", "三级", "台账按年归档，定期检查。"),
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
        "jingle_echeng_station_register", "https://chddh.cn/archives/r647ynl3w3x6momepw0g.html",
        "县镇统计站 廉政风险点排查登记表, after the source's 统计局 权责清单 (拒绝提供统计资料、经催报后仍未提供, 统计执法"
        "检查计划, 立案, 调查取证): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingle_statistics_bureau_level_in_number(),
    jingle_audit_bureau_two_sheets(),
    jingle_investment_audit_posts(),
    jingle_economic_responsibility_cards(),
    jingle_survey_team_group_rows(),
    jingle_census_centre_selfchecks(),
    jingle_enforcement_team_list(),
    jingle_echeng_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch786-inbox"))
