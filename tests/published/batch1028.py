"""The one-thousand-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 学校, 卫生院, 乡村振兴, 乡 and 水务 bodies and the
交通运输局 of one county, 关岭布依族苗族自治县 (安顺市, 贵州省) — its 关索街道办事处, the 断桥镇木城村,
the 民族中学, the 花江镇卫生院, the 乡村振兴局, the 普利乡人民政府, the 水务局 and the 交通运输局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 关索街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 木城村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 民族中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 花江镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 乡村振兴局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 普利乡人民政府's 清单 under GROUP ROWS ``一、乡领导``, ``二、党政办``, ``三、农业服务中心`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 水务局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``guanling_transport_bureau_study_record_under_list``: the 交通运输局's 一览表 (``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``) with, under its rows and a blank row, the
  bureau's STUDY RECORD of the year: a title line ``2025年度廉政风险防控学习记录`` merged across, a
  header of FOUR headings stretched over the list's eight columns by merges (``日期 | 主持人``
  merged over 股室 … 姓名 ``| 学习内容`` merged over 廉政风险点 … 风险等级 ``| 参加人数``), three rows
  of it (a date, the leader who chaired it, what was studied, ``15人``), then a 填表人 line.
  docs/layouts.md knows a record under a list whose headings are a record's own (``学习日期 | 学习内容
  | 学习形式 | 参加人员 | 责任人``; ``主持人``, ``记录人`` …: TABLE_UNDER_LIST) and a narrow record of
  four headings that reaches no point column; not a short record stretched by merges so that
  ``学习内容`` stands in the point column, under a title naming it a record, one of its headings
  (``参加人数``) of no record's words.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
库傉官 and 可频 with rare given names); every unit is a body of 关岭布依族苗族自治县.

Run ``python tests/published/score.py --set batch1028`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the study record (its title, header and rows) is no point and names no
  holder: the leader who chaired a session holds only his own points; the 填表人 line is no point;
- ``街道领导``, ``乡领导``, ``局领导``, ``校领导``, ``院领导`` are the 科室 of the leaders; the 村's and
  the 水务局's people have no 科室 where no column gives one; 主任 (of the 街道), 乡长, 局长, 校长,
  院长, 村党支部书记 are leaders; 股长, 主任 (of a 办 or 中心), 科主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points; the
  乡村振兴局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1028_"
PLACE = "关岭布依族苗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
RECORD_TITLE = "2025年度廉政风险防控学习记录"
# the record's four headings and where each stands: (text, first column, last column)
RECORD_HEAD = (("日期", 0, 0), ("主持人", 1, 3), ("学习内容", 4, 6), ("参加人数", 7, 7))
RECORD = [
    ("2025年3月12日", "库傉官瑆", "学习交通运输领域廉政风险防控一览表", "15人"),
    ("2025年6月18日", "库傉官瑆", "通报公路建设领域违纪违法典型案例", "14人"),
    ("2025年9月10日", "可频沅", "学习工程建设项目招标投标有关规定", "15人"),
]

# the staff's rows: (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
TRANSPORT = [
    ("局领导", "局长", "库傉官瑆", "leader", "农村公路建设项目干预招标", "外部环境风险", "高",
     "项目公开招标，领导干部插手工程建设登记报告。"),
    ("局领导", "局长", "库傉官瑆", "leader", "养护资金分配个人说了算", "制度机制风险", "高", "资金分配局党组集体研究。"),
    ("建设管理股", "股长", "可频沅", "middle", "工程计量签认多计工程量", "业务流程风险", "高",
     "计量经监理、业主两级复核，结果公示。"),
    ("建设管理股", "股长", "可频沅", "middle", "交工验收降低标准", "岗位职责风险", "中", "验收邀请第三方检测参加。"),
    ("运输管理股", "科员", "库傉官琮", "general", "道路运输经营许可审核放宽", "岗位职责风险", "中",
     "许可条件网上公开，两人审核。"),
    ("运输管理股", "科员", "库傉官琮", "general", "接受客运企业吃请", "思想道德风险", "低", "签订廉洁承诺书。"),
    ("办公室", "会计", "可频璆", "general", "差旅费报销审核不严", "制度机制风险", "低", "凭审批单和票据报销，两人复核。"),
]  # fmt: skip


def guanling_transport_bureau_study_record_under_list() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 34, 14, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(TRANSPORT, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(*([None] * 8))
    _line(sh, RECORD_TITLE, 8)
    row = [None] * 8
    for text, c0, _ in RECORD_HEAD:
        row[c0] = text
    r = sh.add(*row)
    for record in [None, *RECORD]:
        if record is not None:
            row = [None] * 8
            for v, (_, c0, _) in zip(record, RECORD_HEAD, strict=True):
                row[c0] = v
            r = sh.add(*row)
        for _, c0, c1 in RECORD_HEAD:
            if c1 > c0:
                sh.merge(r, c0, r, c1)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "guanling_transport_bureau_study_record_under_list",
        "http://www.boteman.cn/paper/507606912.html",
        "(harder) 县交通运输局 岗位廉政风险防控一览表 with the bureau's STUDY RECORD of the year UNDER its rows, after "
        "the source's 廉政七进活动实施方案 (背景分析, 问题定义 … numbered headings of a plan for 廉政教育 sessions): a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; then a blank row, a title line ``2025年度廉政风险防控学习记录`` and a record of FOUR headings "
        "stretched over the eight columns by merges (``日期 | 主持人`` over B:D ``| 学习内容`` over E:G ``| "
        "参加人数``), three rows; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def guanling_guansuo_street_list() -> dict:
    unit = f"{PLACE}关索街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "可频琰", "leader", "老旧小区改造项目指定施工单位", "外部环境风险", "高",
         "项目按规定采购，党工委会集体研究。"),
        ("街道领导", "主任", "可频琰", "leader", "征收补偿协议签订不按标准", "制度机制风险", "高",
         "补偿标准公开，协议两人经办。"),
        ("社会事务办", "主任", "库傉官璠", "middle", "临时救助对象审核把关不严", "岗位职责风险", "中",
         "救助对象入户核实并公示。"),
        ("社会事务办", "主任", "库傉官璠", "middle", "低保档案管理不规范", "业务流程风险", "低", "档案专人管理，定期检查。"),
        ("城市管理中心", "协管员", "可频泓", "general", "占道经营处罚接受请托", "思想道德风险", "中",
         "处罚两人到场，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "guanling_guansuo_street_list", "http://gz007.net/guanling",
        "街道办事处 岗位廉政风险防控清单, after the source's page on the county (关岭自治县概况: 2个街道办事处, 9个镇, "
        "3个乡, 县人民政府驻地关索街道办事处): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def guanling_mucheng_village_list() -> dict:
    unit = f"{PLACE}断桥镇木城村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "可频珣", "leader", "村集体经济合作社收益分配不公开", "一级", "分配方案村民代表会议表决并公示。"),
        ("村党支部书记", "可频珣", "leader", "串户路建设项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "库傉官湜", "general", "公益性岗位人员推荐优亲厚友", "二级", "推荐结果张榜公示。"),
        ("村文书", "可频琇", "general", "防贫监测户信息录入不实", "二级", "信息入户核对，村务监督委员会审核。"),
        ("村文书", "可频琇", "general", "村级报账票据审核不严", "三级", "报账单据村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年10月", None, None)
    return _layout(
        "guanling_mucheng_village_list", "https://lw33.cn/article/c9b989a6e195cfd7603c9ea1.html",
        "村 小微权力廉政风险防控清单, after the source's paper on 村务监督委员会制度 (内容提要, 关键词, numbered "
        "sections on its 局限与拓展): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; a 村务监督委员会意见 line",
        [sh], t,
    )  # fmt: skip


def guanling_minzu_school_list() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "库傉官翊", "leader", "食堂大宗物资采购指定供应商", "外部环境", "高风险",
         "物资公开招标，校务会集体研究。"),
        ("校领导", "校长", "库傉官翊", "leader", "教师绩效工资分配方案不公开", "制度机制", "高风险",
         "方案经教职工代表大会通过并公示。"),
        ("教务处", "主任", "可频澍", "middle", "评优评先推荐暗箱操作", "岗位职责", "中风险", "推荐条件和结果公示。"),
        ("教务处", "主任", "可频澍", "middle", "教辅资料征订收取回扣", "业务流程", "中风险", "征订自愿，不统一代购。"),
        ("总务处", "出纳", "库傉官沄", "general", "接受商家礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "guanling_minzu_school_list",
        "https://abg.baidu.com/tags/giydcnwru7ikhpfi2ct3tjgxzk73zowlw7lmlzgkwxfktn55wc4a14",
        "县民族中学 岗位廉政风险防控一览表, after the source's tag page on a 学校绩效工资考核分配实施方案 (a title over "
        "the plans filed under it): a title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def guanling_huajiang_clinic_screening() -> dict:
    unit = f"{PLACE}花江镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "可频瑄", "leader", "药品采购", "药品耗材采购不按平台挂网价格，收受回扣", "高",
         "药品耗材全部平台采购，集体议价。"),
        ("公卫科", "科主任", "库傉官湉", "middle", "项目资金", "基本公共卫生服务项目资金虚报工作量", "高",
         "工作量与系统数据核对，季度公示。"),
        ("公卫科", "科主任", "库傉官湉", "middle", "家医签约", "家庭医生签约服务补助冒领", "中", "签约对象电话回访抽查。"),
        ("收费室", "收费员", "可频玥", "general", "收费管理", "门诊收费不开票据截留现金", "中", "每日对账，票款核对。"),
        ("收费室", "收费员", "可频玥", "general", "退费审核", "住院退费不经审批", "低", "退费两人审核签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "guanling_huajiang_clinic_screening", "https://www.renrendoc.com/paper/508017913.html",
        "乡镇卫生院 廉政风险点排查表, after the source's 廉政巡讲实施方案 (背景分析, 问题定义, 巡讲对象, 重点岗位 "
        "巡讲策略 … numbered headings): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def guanling_rural_revitalisation_posts() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("项目股", "项目管理岗", "general", "衔接资金项目库入库把关不严", "岗位职责风险", "Ⅰ级", "入库项目集体评审，公示。"),
        ("项目股", "项目管理岗", "general", "项目验收走过场", "业务流程风险", "Ⅰ级", "验收邀请乡镇和群众代表参加。"),
        ("规划财务股", "资金管理岗", "general", "衔接资金拨付不按进度", "制度机制风险", "Ⅱ级", "资金按验收结果拨付，两人复核。"),
        ("规划财务股", "资金管理岗", "general", "接受项目实施单位宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "帮扶物资发放登记不实", "外部环境风险", "Ⅲ级", "发放清单签字，村级公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "guanling_rural_revitalisation_posts", "http://www.chinarural.org/a/fupin/18419.html",
        "县乡村振兴局 岗位廉政风险防控清单 对岗不对人, after the source's paper on 精准扶贫 in a village (摘要, the "
        "扶贫干部 and 贫困户 of Z村, numbered points): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def guanling_puli_township_group_rows() -> dict:
    unit = f"{PLACE}普利乡人民政府"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "库傉官澄", "leader", [
                ("产业发展资金安排个人说了算", "一级风险", "资金安排乡党委会集体研究。"),
                ("农村危房改造验收打招呼", "一级风险", "验收结果村组公示。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "可频翀", "middle", [
                ("公务接待超标准", "二级风险", "接待审批单和清单一一对应。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("农技员", "库傉官琬", "general", [
                ("耕地地力保护补贴面积虚报", "二级风险", "补贴面积与确权数据比对。"),
                ("农资发放不登记", "三级风险", "农资发放台账签字。"),
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
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "guanling_puli_township_group_rows",
        "https://abg.baidu.com/tags/zdf3j6v34eqnfo5uz256duxjedh6pvps",
        "乡人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's tag page on a 乡镇 人代会 (一次会议: "
        "the items filed under the tag): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、乡领导``, ``二、党政办``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def guanling_water_bureau_selfchecks() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    people = [
        ("可频珩", "局长", "leader", [
            ("水利工程项目招标干预", "一级", "项目公开招标，过问登记。", "已落实"),
            ("水资源费减免审批不规范", "二级", "减免审批集体研究，结果公开。", "已落实"),
        ]),
        ("库傉官璟", "水政监察员", "general", [
            ("河道采砂执法降格处理", "二级", "执法两人以上，全程记录。", "未发现问题"),
            ("取水许可现场核查不到位", "三级", "核查附现场照片。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年10月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "guanling_water_bureau_selfchecks", "http://m.jizihe.com/page/2020/0304/18285936.shtml",
        "县水务局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on how "
        "贵州's 3 自治州 and 11 自治县 build the 一体推进“三不腐” mechanism (健全“四风”纠治机制 … numbered "
        "findings): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    guanling_transport_bureau_study_record_under_list(),
    guanling_guansuo_street_list(),
    guanling_mucheng_village_list(),
    guanling_minzu_school_list(),
    guanling_huajiang_clinic_screening(),
    guanling_rural_revitalisation_posts(),
    guanling_puli_township_group_rows(),
    guanling_water_bureau_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1028-inbox"))
