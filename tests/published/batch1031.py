"""The one-thousand-and-thirty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 学校, 乡村振兴, 供销, 市场监管 and 农业农村
bodies of one county-level city, 兴仁市 (黔西南布依族苗族自治州, 贵州省) — its 巴铃镇人民政府, the
屯脚镇双龙村, the 下山镇卫生院, the 回龙镇中心学校, the 乡村振兴局, the 供销合作社联合社, the
市场监督管理局 and the 农业农村局 — each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed
in WPS or Excel:

- the 巴铃镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 双龙村's 小微权力清单: ``职务 | 姓名`` on every row, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 下山镇卫生院's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``;
- the 回龙镇中心学校's 清单 under GROUP ROWS ``一、校领导``, ``二、教务处``, ``三、总务处`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 乡村振兴局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``一级/二级/三级``;
  no names;
- the 供销合作社联合社's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, short types under ``风险类别``, ``高风险/中风险/低风险``;
- the 市场监督管理局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types,
  ``★★★/★★/★``.

One is harder:

- ``xingren_agriculture_bureau_stage_labels``: the 农业农村局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施``) whose plain ``风险等级`` cells each carry TWO review
  stages' levels, EACH LABELLED IN THE CELL: ``自评：二级⏎审定：一级`` (the person's own rating on the
  first line, the 局党组's ruling one on the second); for most points the two agree, for some the
  审定 one is higher or lower. docs/layouts.md knows stages the level HEADING names in order
  (``风险等级（本人自评/股室审核/局党组审定）`` over ``二级/二级/一级``, LEVEL_BY_STAGE), two level
  columns ``自查 | 审定``, and a review column of opinions (LEVEL_BY_REVIEW_OPINION); not a plain
  heading whose cells label each stage themselves. The reader at HEAD takes the FIRST level word
  (the 自评 one) silently.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; few unused pages of risk tables were left, so most sources are pages of the
county itself (its towns, villages and 薏仁米 trade) or of the kind of body imitated, as each
layout says; the rows are worded by us, the names invented (the rare compound surnames 屈突 and
是贲 with rare given names); every unit is a body of 兴仁市.

Run ``python tests/published/score.py --set batch1031`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the one labelled ``审定`` in its cell (the ruling
  stage), not the ``自评`` one; the labels are no part of any point;
- ``镇领导``, ``局领导``, ``校领导``, ``院领导`` are the 科室 of the leaders; the 村's and the 卫生院's
  self-check people have no 科室 where no column gives one; 镇长, 局长, 院长, 校长, 理事会主任,
  村党支部书记 are leaders; 股长, 主任 (of a school's 处 or a 镇's 办) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points; the
  乡村振兴局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and
  ``★★★/★★/★`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1031_"
PLACE = "兴仁市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")


def staged(own: str, ruled: str) -> str:
    """A level cell carrying both review stages, each labelled: ``自评：二级⏎审定：一级``."""
    return f"自评：{own}\n审定：{ruled}"


# the staff's rows: (股室, 岗位, 姓名, tier, 廉政风险点, 风险类型, 自评, 审定, 防控措施)
AGRICULTURE = [
    ("局领导", "局长", "屈突琰", "leader", "高标准农田建设项目干预施工单位确定", "外部环境风险", "一级",
     "一级", "项目公开招标，过问干预登记报告。"),
    ("局领导", "局长", "屈突琰", "leader", "薏仁米产业扶持资金安排个人说了算", "制度机制风险", "二级",
     "一级", "资金安排局党组会集体研究，结果公示。"),
    ("产业发展股", "股长", "是贲瑧", "middle", "薏仁米良种补贴对象审核把关不严", "岗位职责风险", "二级",
     "二级", "补贴对象村级公示、乡镇复核。"),
    ("产业发展股", "股长", "是贲瑧", "middle", "农业产业化龙头企业申报材料审核放宽", "业务流程风险", "三级",
     "二级", "申报材料两人审核，实地核查留痕。"),
    ("农业综合执法大队", "执法员", "屈突沨", "general", "农资打假案件查处降格处理", "岗位职责风险", "二级",
     "二级", "案件集体审议，处罚结果公开。"),
    ("农业综合执法大队", "执法员", "屈突沨", "general", "接受农资经营户吃请", "思想道德风险", "二级",
     "三级", "签订廉洁承诺书，开展警示教育。"),
    ("办公室", "会计", "是贲珝", "general", "农机购置补贴资金拨付不按程序", "业务流程风险", "三级",
     "三级", "资金拨付凭审批单，会计出纳分设。"),
]  # fmt: skip


def xingren_agriculture_bureau_stage_labels() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 14, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, own, ruled, measures) in enumerate(AGRICULTURE, 1):
        sh.add(n, dept, post, who, point, typ, staged(own, ruled), measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[ruled])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "xingren_agriculture_bureau_stage_labels",
        "http://www.digipub.cc/dy/article/KKBD8UF005346936.html?f=post2020_dy_recommends",
        "(harder) 县级市农业农村局 岗位廉政风险防控一览表 whose plain ``风险等级`` cells each carry two review stages' "
        "levels, EACH LABELLED IN THE CELL (``自评：二级⏎审定：一级``: the person's own rating, then the 局党组's "
        "ruling one), after the source's newspaper report on 兴仁市's 薏仁米 trade (no risk table: a page of the "
        "county, naming its 农业农村局 and the 局's 薏仁米产业服务中心): a title, 序号/股室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 labelled stages/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xingren_baling_town_list() -> dict:
    unit = f"{PLACE}巴铃镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "是贲翀", "leader", "小城镇建设项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "是贲翀", "leader", "辣椒产业奖补资金拨付不按进度", "制度机制风险", "高",
         "资金按验收结果拨付，全程公示。"),
        ("党政综合办公室", "主任", "屈突昶", "middle", "公务接待超标准报账", "岗位职责风险", "中",
         "接待实行公函制度，每月公示。"),
        ("农业服务中心", "农技员", "是贲泓", "general", "苡仁米种子发放登记不实", "业务流程风险", "中",
         "发放名单入户核实并公示。"),
        ("农业服务中心", "农技员", "是贲泓", "general", "接受农资商户宴请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "xingren_baling_town_list", "http://47.119.164.151/address_info/522302102",
        "镇人民政府 岗位廉政风险防控清单, after the source's place-name page on 兴仁市巴铃镇 (no risk table: a page "
        "of the county, 乡镇概况/农业生产/发展建设 sections): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def xingren_shuanglong_village_list() -> dict:
    unit = f"{PLACE}屯脚镇双龙村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "屈突璟", "leader", "村集体薏仁加工厂收益分配不公开", "Ⅰ级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "屈突璟", "leader", "村内道路硬化项目指定施工方", "Ⅰ级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "是贲澈", "general", "低保评议优亲厚友", "Ⅱ级", "评议结果张榜公示。"),
        ("村文书", "屈突沅芷", "general", "公益性岗位补助虚报人数", "Ⅱ级", "考勤表经村务监督委员会审核。"),
        ("村文书", "屈突沅芷", "general", "集体土地流转不签合同", "Ⅲ级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "xingren_shuanglong_village_list",
        "http://nyt.hubei.gov.cn/bmdt/ztzl/zxzt/qlcj/202409/t20240929_5352564.shtml",
        "村 小微权力廉政风险防控清单, after the source's report on a village's 小微权力清单 with its 廉政风险提示 "
        "(三张清单, 三项制度; a page of the kind of body, another province's village): a title, 序号/职务/姓名 on "
        "every row/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def xingren_xiashan_health_centre_selfchecks() -> dict:
    unit = f"{PLACE}下山镇卫生院"
    t = _Truth(unit)
    people = [
        ("是贲玹", "院长", "leader", [
            ("医疗设备采购指定供应商", "一级", "采购三家比价，院务会集体审定。", "已落实"),
            ("药品耗材采购不比价", "二级", "药品集中带量采购，价格公开。", "已落实"),
        ]),
        ("屈突珺", "收费员", "general", [
            ("门诊收费截留现金", "二级", "收费日清日结，票据连号管理。", "未发现问题"),
            ("医保报销材料审核放宽", "三级", "报销材料两人复核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xingren_xiashan_health_centre_selfchecks",
        "http://www.yusrgfq.cn/c/2019-10-22/2448807.shtml",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "兴仁市下山镇茅坪村's 薏仁米 (no risk table: a page of the county, the town the 卫生院 serves): a title, a "
        "label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def xingren_huilong_school_group_rows() -> dict:
    unit = f"{PLACE}回龙镇中心学校"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、校领导", "校领导", [
            ("校长", "屈突翮", "leader", [
                ("校舍维修工程指定施工队", "一级风险", "工程按规定比选，校务会集体研究。"),
                ("营养改善计划食材采购指定供应商", "一级风险", "食材公开招标，师生代表监督验收。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("主任", "是贲珩", "middle", [
                ("评优评先名额分配不公", "二级风险", "评选条件和结果公示。"),
            ]),
        ]),
        ("三、总务处", "总务处", [
            ("报账员", "屈突瑀", "general", [
                ("食堂收支报账凭证不全", "二级风险", "收支日清月结，账目公开。"),
                ("教辅资料征订收取回扣", "三级风险", "征订按目录自愿，不统一代购。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "xingren_huilong_school_group_rows", "http://aplianxing.com/news/show-10422.html",
        "镇中心学校 岗位廉政风险防控清单 under GROUP ROWS, after the source's news item on 兴仁县's 薏仁米 that "
        "quotes the 回龙镇 镇长 (no risk table: a page of the county, the town of the school): a title, 序号/岗位/"
        "姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、校领导``, ``二、教务处``, "
        "``三、总务处`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xingren_rural_revitalisation_posts() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("项目股", "项目管理岗", "general", "衔接资金项目验收走过场", "岗位职责风险", "一级", "验收两人以上，全程记录。"),
        ("项目股", "项目管理岗", "general", "东西部协作项目入库把关不严", "业务流程风险", "一级", "入库项目集体审核。"),
        ("监测帮扶股", "监测帮扶岗", "general", "防返贫监测对象识别优亲厚友", "制度机制风险", "二级",
         "识别对象入户核实，结果公示。"),
        ("监测帮扶股", "监测帮扶岗", "general", "接受帮扶企业礼品", "思想道德风险", "二级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "培训经费报账不实", "外部环境风险", "三级", "报账附签到表和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xingren_rural_revitalisation_posts",
        "https://news.qq.com/rain/a/20250630A054UQ00?suid=&media_id=",
        "县级市乡村振兴局 岗位廉政风险防控清单 对岗不对人, after the source's report on 兴仁市's 东西部协作 with 博罗县 "
        "(no risk table: a page of the county, its 衔接资金 and 协作 projects): a title, 序号/科室 merged/岗位 merged "
        "per post/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xingren_supply_coop_screening() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("排查表", [6, 14, 12, 10, 16, 38, 10, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("社领导", "理事会主任", "是贲昉", "leader", "社有资产出租", "社有门面出租不公开竞价", "制度机制", "高风险",
         "出租公开竞价，合同备案。"),
        ("业务股", "股长", "屈突曈", "middle", "农资储备", "化肥储备补贴数量核定不实", "岗位职责", "高风险",
         "补贴集体审核，入库核查。"),
        ("业务股", "股长", "屈突曈", "middle", "电商服务", "农产品电商站点补助审核放宽", "业务流程", "中风险",
         "补助对象实地核查后公示。"),
        ("财务股", "出纳", "是贲琤", "general", "现金管理", "备用金长期挂账不清", "岗位职责", "中风险",
         "备用金定期清理，月底对账。"),
        ("财务股", "出纳", "是贲琤", "general", "礼品收受", "接受合作社社员礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年8月", None)
    return _layout(
        "xingren_supply_coop_screening",
        "http://big5.news.cn/gate/big5/www.xinhuanet.com/info/20230908/0e0d8feacc66431e910884fe7f5c8cfb/c.html",
        "县级市供销合作社联合社 廉政风险点排查表, after the source's report on 兴仁薏仁米 (no risk table: a page of the "
        "county, its 薏仁米 trade, 品牌 and 基地): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a "
        "long ``风险表现``/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xingren_market_bureau_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "屈突昕", "leader", "地理标志产品专用标志使用核准打招呼", "外部环境", "★★★",
         "核准集体研究，结果公开。"),
        ("局领导", "局长", "屈突昕", "leader", "大额执法装备采购不经集体研究", "制度机制", "★★★",
         "采购方案局党组会研究。"),
        ("登记注册股", "股长", "是贲璆", "middle", "企业登记材料审核放宽", "岗位职责", "★★",
         "登记材料两人审核，结果公开。"),
        ("登记注册股", "股长", "是贲璆", "middle", "个体工商户年报抽查走过场", "业务流程", "★★",
         "抽查对象系统随机抽取。"),
        ("办公室", "会计", "屈突湉", "general", "接受商户礼品", "思想道德", "★", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为一级，★★为二级，★为三级。", 8)
    return _layout(
        "xingren_market_bureau_list", "http://gzstnw.cn/news/20110526/4169.html",
        "县级市市场监督管理局 岗位廉政风险防控一览表, after the source's news item on 兴仁县's 苡仁米 and its "
        "地理标志商标 (no risk table: a page of the county): a title, 序号/股室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类别 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xingren_agriculture_bureau_stage_labels(),
    xingren_baling_town_list(),
    xingren_shuanglong_village_list(),
    xingren_xiashan_health_centre_selfchecks(),
    xingren_huilong_school_group_rows(),
    xingren_rural_revitalisation_posts(),
    xingren_supply_coop_screening(),
    xingren_market_bureau_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1031-inbox"))
