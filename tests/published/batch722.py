"""The seven-hundred-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's cultural
relics and world-heritage bodies, 集安市 (of 通化市, 吉林省) — its 文物局, 高句丽遗址管理处, 博物馆,
世界文化遗产监测中心, 文物保护研究所, 文物管理所, 文化广播电视和旅游局 and 文化市场综合行政执法大队 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 高句丽遗址管理处's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  no type column, a ``注：`` line;
- the 博物馆's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` label rows, ``★★★/★★/★`` read by
  a ``注：`` line;
- the 世界文化遗产监测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, short ``…风险`` types,
  高/中/低; no names;
- the 文物保护研究所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``高风险/中风险/低风险``;
- the 文物管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 文化广播电视和旅游局's 一览表 in TWO SHEETS ``局领导`` / ``科室``, ``一级风险/二级风险/三级风险``;
- the 文化市场综合行政执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, 高/中/低, a sign-off line.

One is harder:

- ``jian_relics_bureau_pasted_sections``: the 文物局's 廉政风险点汇总表, ONE SHEET of three 科室
  SECTIONS stacked one under another, each opened by a group row (``一、办公室`` …) and then ITS OWN
  HEADING ROW IN ITS OWN COLUMN ORDER, as each 科室's return was pasted in whole: the 办公室's
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, the 文物保护科's ``序号 | 姓名 | 职务 | 风险等级 |
  风险点 | 防控措施`` (name before post, the level BEFORE the point) and the 安全督察科's ``序号 | 风险点 |
  防控措施 | 等级 | 责任岗位 | 责任人`` (the holder columns LAST), each with its own 序号 from 1. So one
  column of the sheet holds a post in one section, a name in the next and a point in the third; a
  row's meaning is given only by the heading row above it in its own section. The README's 读得懂的表
  knows sections that re-copy ONE heading (its holder cells rewritten), a second table of another
  kind closing the list, 续表 sheets with the same heading and a summary of units under title rows;
  it does not describe sections on one sheet whose headings put the SAME fields in DIFFERENT
  column orders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省文物局 on 文物行政处罚 自由裁量;
a study of 集安 高句丽 建筑遗址 保护 — 保护区划, 城市建设, 旅游开发; a report on 集安市博物馆's 金印
捐赠 and 陈列 更新; a 中国世界文化遗产 年度总报告 — 监测, 游客量, 遗产影响因素; a study of 基本建设
考古勘探 管理; a paper on 文物安全 风险 — 法人违法, 盗掘, 火灾, 违规施工; a note on 世界遗产 申报 and
门票, 旅游开发; a 国家文物局 约谈 on 违法发掘古墓葬) and the layout follows their words for the unit,
its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 谌 and 茆 with rare given names); every unit is a body of 集安市, a place no earlier
batch's units name (``unit_words=("集安市",)``).

Run ``python tests/published/score.py --set batch722`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row belongs to the section it stands in: its 科室 is the section's group
  row (number left off), its post, name, point and level are read by THAT section's own heading
  row; the heading rows and group rows are no points; ``注：`` and 汇总/审核 lines are no points;
- every body is a unit of its own: 局长, 副局长, 处长/副处长 (of the 遗址管理处), 馆长, 副馆长, 所长,
  副所长, 主任 (of the 监测中心), 大队长 and 副大队长 are leaders; 科长, 股长, 部主任, 中队长 middle; the
  rest (科员, 讲解员, 保管员, 会计, 出纳, 监测员, 巡查员, 执法队员) general;
- ``所领导`` (a group row) and ``局领导`` / ``馆领导`` (a 科室 cell) are the 科室 of those leaders; the
  文旅局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室;
- the 监测中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b722_"
PLACE = "集安市"
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

# (科室, [(post, name, tier, [(point, level, measures)])]) in the sections' order
SECTIONS = [
    ("办公室", [
        ("主任", "谌瑆珧", "middle", [
            ("文物保护专项资金申报材料把关不严，虚报项目", "一级", "申报材料经局长办公会审定，报市财政局备案。"),
            ("办公用品和宣传品采购化整为零规避比选", "二级", "采购计划年初编制，超限额一律比选。"),
        ]),
        ("会计", "茆珧沄", "general", [
            ("文物保护工程款未按进度审核支付", "一级", "工程款凭监理签认的进度单支付，双人复核。"),
            ("公务接待费用超标准列支", "三级", "接待实行公函和清单制度，每月公示。"),
        ]),
    ]),
    ("文物保护科", [
        ("科长", "谌翎漪", "middle", [
            ("保护范围内建设工程审核意见打招呼、放宽条件", "一级", "审核意见经科室集体研究，重大项目报局务会。"),
            ("文物保护工程方案评审专家由个人指定", "二级", "评审专家从省级专家库随机抽取。"),
        ]),
        ("科员", "茆璠蘅", "general", [
            ("不可移动文物巡查记录弄虚作假", "二级", "巡查实行定位打卡，记录每月抽查。"),
            ("向建设单位推荐考古勘探和设计单位", "三级", "签订廉洁承诺书，严禁推荐服务单位。"),
        ]),
    ]),
    ("安全督察科", [
        ("科长", "谌骞暄", "middle", [
            ("文物违法案件线索压案不查、降格处理", "一级", "案件线索统一登记，结案报局务会审议。"),
            ("行政处罚自由裁量随意，同案不同罚", "一级", "严格执行自由裁量基准，处罚决定法制审核。"),
        ]),
        ("科员", "茆芮泷", "general", [
            ("文物安全检查隐患不记录、不督办", "二级", "检查问题建立台账，整改销号闭环管理。"),
        ]),
    ]),
]  # fmt: skip

# each section's heading row, in the section's own column order (fields: n, post, who, point,
# level, measures)
HEADINGS = [
    (("序号", "n"), ("岗位", "post"), ("姓名", "who"), ("廉政风险点", "point"), ("风险等级", "level"),
     ("防控措施", "measures")),
    (("序号", "n"), ("姓名", "who"), ("职务", "post"), ("风险等级", "level"), ("风险点", "point"),
     ("防控措施", "measures")),
    (("序号", "n"), ("风险点", "point"), ("防控措施", "measures"), ("等级", "level"), ("责任岗位", "post"),
     ("责任人", "who")),
]  # fmt: skip
NUMERALS = "一二三四五"


def jian_relics_bureau_pasted_sections() -> dict:
    unit = f"{PLACE}文物局"
    sh = _Sheet("汇总", [6, 22, 22, 22, 22, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点汇总表", 6)
    _line(sh, f"汇总单位：{unit}办公室{GAP * 16}2025年6月", 6)
    for k, ((dept, people), heading) in enumerate(zip(SECTIONS, HEADINGS, strict=True)):
        if k:
            sh.add()
        _line(sh, f"{NUMERALS[k]}、{dept}", 6)
        sh.add(*[label for label, _ in heading])
        fields = [f for _, f in heading]
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                rec = {"n": n, "post": post, "who": who, "point": point, "level": lv,
                       "measures": measures}  # fmt: skip
                sh.add(*[rec[f] for f in fields])
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        post_col, who_col = fields.index("post"), fields.index("who")
        key = lambda row, p=post_col, w=who_col: (row[p], row[w])  # noqa: E731
        _merge_down(sh, first, [(post_col, key), (who_col, key)])
    _line(sh, "注：风险等级分一级、二级、三级，一级最高。", 6)
    sh.add("汇总人：", None, "审核人：", None, "局长（签字）：", None)
    return _layout(
        "jian_relics_bureau_pasted_sections", "https://wwj.shanxi.gov.cn/ztzl/xzzf/202211/t20221117_7444182.shtml",
        "(harder) 市文物局 廉政风险点汇总表, after the source's 省文物局 notice on 文物行政处罚 自由裁量权基准 (行政处罚, "
        "违法行为, 裁量): a title, an ``汇总单位：…　2025年6月`` line, then THREE SECTIONS on one sheet, each a group row "
        "``一、办公室`` / ``二、文物保护科`` / ``三、安全督察科`` and ITS OWN HEADING ROW IN ITS OWN COLUMN ORDER — "
        "``序号 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, ``序号 | 姓名 | 职务 | 风险等级 | 风险点 | 防控措施`` and "
        "``序号 | 风险点 | 防控措施 | 等级 | 责任岗位 | 责任人`` — each section numbered from 1, post and name merged per "
        "person; ``一级/二级/三级``, no type column; a ``注：`` line and an 汇总人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jian_koguryo_sites_office_list() -> dict:
    unit = f"{PLACE}高句丽遗址管理处"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "谌沄珩", "leader", "遗址保护区划内建设项目审查意见受人请托", "一级",
         "涉及遗址保护区划的项目由处务会集体研究，意见报市文物局。"),
        ("处领导", "处长", "谌沄珩", "leader", "遗址本体维修工程发包干预招标", "一级",
         "维修工程一律进入公共资源交易平台，处领导不参与评标。"),
        ("处领导", "副处长", "茆岷邈", "leader", "遗址区环境整治拆迁补偿审核不严", "二级",
         "补偿数据经第三方评估，结果公示。"),
        ("保护管理科", "科长", "谌禛翎", "middle", "丸都山城、国内城巡查中发现违建不制止、不上报", "一级",
         "巡查发现问题当日上报，建立整改台账。"),
        ("保护管理科", "科长", "谌禛翎", "middle", "遗址区农田耕种、取土行为放任不管换取好处", "二级",
         "与遗址区村民签订保护协议，定期回访。"),
        ("保护管理科", "巡查员", "茆洵绮", "general", "遗址看护员补助发放虚报人数", "二级",
         "补助按签到记录核发，名单在村部公示。"),
        ("保护管理科", "巡查员", "茆洵绮", "general", "巡查车辆公车私用", "三级", "车辆派车单和行车轨迹按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, lv, measures)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级一级为高、二级为中、三级为低。", 7)
    return _layout(
        "jian_koguryo_sites_office_list", "https://m.fx361.cc/news/2019/0312/12963721.html",
        "市高句丽遗址管理处 岗位廉政风险防控一览表, after the source's study of 集安 城市古建筑遗址 保护 (高句丽王城、王陵, "
        "国内城, 丸都山城, 保护区划, 城市建设与旅游开发): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def jian_museum_cards() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "谌霨骞", "馆长", "主持全面工作，分管藏品征集", "leader", [
            ("文物征集定价受捐赠人、卖方左右，抬高收购价格", "★★★", "征集价格经专家组评估，馆务会集体决定。"),
            ("陈列展览更新项目指定布展公司", "★★★", "布展项目公开招标，验收邀请审计参加。"),
            ("接受文物收藏者宴请、馈赠", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("副馆长", "茆菁芮", "副馆长", "分管藏品保管、社会教育", "leader", [
            ("馆藏文物出入库手续不全、账物不符", "★★★", "出入库双人双签，每季度账物核对。"),
            ("文物复制、拓印审批把关不严", "★★", "复制拓印按规定报批，登记备案。"),
            ("研学活动收费不规范", "★★", "收费标准报物价部门备案并公示。"),
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
        "jian_museum_cards", "https://www.zzc-media.com/article/hudongzhibo/14551.html",
        "市博物馆 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 集安市博物馆 (金印 捐赠, 馆藏 "
        "铜印, 陈列 更新与布置, 文化旅游): a title, label rows ``姓　名 | … | 职　务 | …`` and a merged ``分管工作`` "
        "line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a ``注：`` line and a 持卡人（签字） line",
        sheets, t,
    )  # fmt: skip


def jian_heritage_monitoring_posts() -> dict:
    unit = f"{PLACE}世界文化遗产监测中心"
    sh = _Sheet("排查表", [6, 14, 12, 34, 14, 7, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "监测设备采购技术参数设置倾向特定品牌", "制度机制风险", "高",
         "采购参数经专家论证，公开挂网。"),
        ("中心领导", "主任", "leader", "遗产监测年度报告数据审核把关不严", "岗位职责风险", "中", "报告数据分级审核，留痕备查。"),
        ("监测科", "科长", "middle", "游客承载量监测数据随意调整", "业务流程风险", "高", "监测数据自动采集，调整须审批。"),
        ("监测科", "监测员", "general", "遗产影响因素监测巡视记录不实", "岗位职责风险", "中", "巡视实行影像留存，定期抽查。"),
        ("监测科", "监测员", "general", "监测设备维护费用虚列", "制度机制风险", "低", "维护费用凭维修单和验收单支付。"),
        ("综合科", "会计", "general", "监测经费挪作他用", "思想道德风险", "中", "经费专账核算，年终接受审计。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, point, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key)])
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "jian_heritage_monitoring_posts", "http://m.jizihe.com/page/2019/1218/12961466.shtml",
        "市世界文化遗产监测中心 岗位廉政风险排查表 对岗不对人, after the source's 中国世界文化遗产 年度总报告 (监测巡视, "
        "游客量, 遗产影响因素, 机构与能力建设): a title, 序号/科室 merged/岗位 merged/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jian_conservation_institute_groups() -> dict:
    unit = f"{PLACE}文物保护研究所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("所领导", [
            ("所长", "谌翾澈", "leader", "基本建设考古勘探费用收取不按标准", "高风险", "勘探费用按核定标准收取，开具票据。"),
            ("所长", "谌翾澈", "leader", "考古勘探结论受建设单位干预", "高风险", "勘探结论经专家组集体审定。"),
            ("副所长", "茆邈菁", "leader", "考古发掘领队长期不在工地，现场失管", "中风险", "领队驻场考勤，定期检查。"),
        ]),
        ("考古勘探部", [
            ("部主任", "谌璆漪", "middle", "勘探外包队伍选用不公开", "高风险", "外包队伍公开比选，结果公示。"),
            ("部主任", "谌璆漪", "middle", "出土文物登记不及时、不完整", "中风险", "出土文物当日登记，双人核对。"),
            ("技术员", "茆瑆璘", "general", "勘探记录和图纸弄虚作假", "低风险", "原始记录影像留存，抽查复核。"),
        ]),
    ]  # fmt: skip
    n = 0
    for k, (dept, people) in enumerate(groups):
        _line(sh, f"{NUMERALS[k]}、{dept}", 6)
        first = len(sh.rows)
        for post, who, tier, point, lv, measures in people:
            n += 1
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填报人：", None, "审核人：", None, "2025年5月", None)
    return _layout(
        "jian_conservation_institute_groups", "http://jizihe.com/page/2021/1112/10857016.shtml",
        "市文物保护研究所 廉政风险防控责任清单 under GROUP ROWS, after the source's study of 配合基建工程 考古勘探 (勘探 "
        "管理体制, 建设单位 报请, 发掘资质): a title, 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施 under merged group rows ``一、所领导`` and ``二、考古勘探部``; no 科室 column, "
        "no type column; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jian_relics_management_selfchecks() -> dict:
    unit = f"{PLACE}文物管理所"
    t = _Truth(unit)
    people = [
        ("谌璠漪", "所领导", "所长", "leader", [
            ("文物保护单位安全责任书签订走过场", "Ⅰ级", "责任书逐处签订，年中检查履责情况。", "已落实"),
            ("安防消防设施维保项目指定单位", "Ⅰ级", "维保项目公开比选，合同报所务会审定。", "已落实"),
            ("文物保护员聘用优亲厚友", "Ⅱ级", "聘用条件公开，结果公示。", "未发现问题"),
        ]),
        ("茆旸琤", "业务股", "保管员", "general", [
            ("库房钥匙一人掌管，出入不登记", "Ⅰ级", "库房实行双人双锁，出入登记。", "已落实"),
            ("文物借展交接手续不全", "Ⅱ级", "借展签订协议，点交清单双方签字。", "已落实"),
            ("私自为他人鉴定文物收取费用", "Ⅲ级", "严禁私自鉴定，签订承诺书。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "jian_relics_management_selfchecks", "https://www.axdbkk.com/html_3/zaixianbowuguan/26103/list/10.html",
        "市文物管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 文物安全 "
        "风险 (文物法人违法, 盗窃盗掘, 火灾, 违规施工, 安消防设施): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def jian_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谌蕴栎", "局长", "主持全面工作", [
            ("旅游景区开发项目引进中利益输送", "一级风险", "招商项目经局党组集体研究，报市政府审定。"),
            ("世界遗产景区门票收入分配违规", "一级风险", "门票收入全额上缴财政，收支两条线。"),
        ]),
        ("茆漪曜", "副局长", "分管旅游市场、节庆活动", [
            ("旅游节庆活动承办单位选定不公开", "二级风险", "承办单位公开比选，结果公示。"),
            ("A级景区评定推荐把关不严", "二级风险", "推荐材料集体审核，实地核查。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("旅游市场科", "科长", "谌璘滢", "middle", "旅行社质量保证金退还审核不严", "一级风险", "退还材料两级审核，结果公示。"),
        ("旅游市场科", "科员", "茆璠砚", "general", "导游证年审、培训学时认定不实", "三级风险", "培训签到记录存档备查。"),
        ("财务科", "科长", "谌暄蘅", "middle", "旅游发展专项资金拨付不按程序", "一级风险", "资金拨付经局党组会研究。"),
        ("财务科", "出纳", "茆璆岫", "general", "现金收支不及时入账", "二级风险", "日清月结，每月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "jian_culture_tourism_bureau_two_sheets", "https://www.51dongshi.net/wzztf/rada/radaccva",
        "市文化广播电视和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's note on 世界遗产 申报 and 管理 (属地管理, "
        "景区开发项目, 高额门票, 游客中心): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def jian_law_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 12, 7, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "谌暄澈", "leader", "文物违法案件查处中说情打招呼", "思想道德", "高",
         "说情打招呼一律登记报告。"),
        ("大队领导", "副大队长", "茆曜珩", "leader", "违法发掘古墓葬线索移送不及时", "岗位职责", "高",
         "线索当日登记，按时移送公安机关。"),
        ("文物执法中队", "中队长", "谌璠暄", "middle", "现场检查不亮证、不记录", "业务流程", "中",
         "执法全过程记录仪记录。"),
        ("文物执法中队", "执法队员", "茆绮涴", "general", "罚没物品登记保管不规范", "制度机制", "中",
         "罚没物品专库存放，专人登记。"),
        ("文物执法中队", "执法队员", "茆绮涴", "general", "接受被检查单位吃请", "思想道德", "低", "签订廉洁执法承诺书。"),
    ]  # fmt: skip
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "jian_law_enforcement_brigade_list", "http://xinhuanet.com/politics/2020-12/04/c_1126822887.htm",
        "市文化市场综合行政执法大队 岗位廉政风险点一览表, after the source's report of a 国家文物局 约谈 on 违法发掘古墓葬 "
        "(考古调查勘探, 监管缺位, 线索移交): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, 序号/部门/岗位/"
        "责任人 on EVERY row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jian_relics_bureau_pasted_sections(),
    jian_koguryo_sites_office_list(),
    jian_museum_cards(),
    jian_heritage_monitoring_posts(),
    jian_conservation_institute_groups(),
    jian_relics_management_selfchecks(),
    jian_culture_tourism_bureau_two_sheets(),
    jian_law_enforcement_brigade_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch722-inbox"))
