"""The one-thousand-and-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 民政, 林业, 交通 and 乡村 bodies of one county, 天柱县
(黔东南苗族侗族自治州, 贵州省) — its 民政局, the 林业局, the 白市镇人民政府, the 三门塘村, the
油茶产业发展中心, the 文物管理所, the 交通运输局 and the 供销合作社 — each handing back the 一览表,
清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 白市镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、民政办``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 三门塘村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 油茶产业发展中心's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 文物管理所's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names;
- the 供销合作社's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``.

One is harder:

- ``tianzhu_civil_affairs_list_with_count_block``: the 民政局's 岗位廉政风险防控一览表 (``股室`` merged,
  ``职务 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``), and UNDER it, after a blank
  row, on the same sheet, a STATISTICS BLOCK of its points by level: a caption ``风险点统计`` merged
  across, a row ``风险等级 | 一级 | 二级 | 三级 | 合计`` (in the list's columns A:E) over a row
  ``数量（个） | 2 | 3 | 1 | 6``, then a 制表 line. docs/layouts.md knows a small table under a list
  counting per 股室 (``股室 | 高 | 中 | 低 | 合计``, one row a 股室: the list ends at its header) and a
  ``风险点统计表`` naming the list's numbers; not a block of counts by level with the levels ACROSS
  and one row of counts, whose level words (``一级``…) under the list's 股室/职务/姓名 columns look
  like a row of the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
贺拔 and 侯骨 with rare given names); every unit is a body of 天柱县.

Run ``python tests/published/score.py --set batch1004`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the rows of the statistics block (its caption, ``风险等级 | 一级 | …`` and
  ``数量（个） | …``) are no points and name no one; only the list's six rows are points;
- ``镇领导``, ``局领导``, ``中心领导``, ``社领导`` are the 科室 of the leaders; the 村's and the 所's
  people have no 科室 where no column gives one; 镇长, 副镇长, 局长, 副局长, 主任 (of a 中心 or 社),
  所长, 村党支部书记 are leaders; 股长, 科长, 主任 (of a 镇's 办 or 中心) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  交通运输局's list names no person: its forms are posts;
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

PREFIX = "b1004_"
PLACE = "天柱县"
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

# (股室, 职务, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
CIVIL = [
    ("局领导", "局长", "贺拔翀霈", "leader", "城乡低保审批个人说了算", "制度机制风险", "一级",
     "低保审批局务会集体研究，结果公示。"),
    ("局领导", "局长", "贺拔翀霈", "leader", "养老机构建设项目干预发包", "思想道德风险", "一级",
     "项目公开招标，领导干预登记报告。"),
    ("社会救助股", "股长", "侯骨琇沣", "middle", "低保对象入户核查走过场", "岗位职责风险", "二级",
     "入户核查两人以上，影像留存。"),
    ("社会救助股", "股长", "侯骨琇沣", "middle", "临时救助审批优亲厚友", "外部环境风险", "二级",
     "临时救助按月公示，接受监督。"),
    ("社会事务股", "科员", "贺拔湉璐", "general", "殡葬补贴发放名单不实", "业务流程风险", "二级",
     "补贴名单与户籍数据比对。"),
    ("社会事务股", "科员", "贺拔湉璐", "general", "婚姻登记中收受好处", "思想道德风险", "三级",
     "登记窗口全程录像，公开监督电话。"),
]  # fmt: skip

# the statistics block under the list: its caption, the levels across, one row of counts
COUNT_CAPTION = "风险点统计"
COUNT_HEAD = ("风险等级", "一级", "二级", "三级", "合计")
COUNT_ROW = ("数量（个）", 2, 3, 1, 6)


def tianzhu_civil_affairs_list_with_count_block() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [10, 14, 10, 10, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(CIVIL, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(*([None] * 8))
    r = sh.add(COUNT_CAPTION, *([None] * 4))
    sh.merge(r, 0, r, 4)
    sh.add(*COUNT_HEAD)
    sh.add(*COUNT_ROW)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "tianzhu_civil_affairs_list_with_count_block", "http://xjbz.gov.cn/xjbz/c101472/201801/87aa662b07f748a0bfd26c6a7a44c473.shtml",
        "(harder) 县民政局 岗位廉政风险防控一览表 WITH A STATISTICS BLOCK UNDER IT, after the source's 最低生活保障 办事指南 "
        "(申请, 入户调查, 公示, 审批): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; a blank row; a caption ``风险点统计`` merged across A:E; a row "
        "``风险等级 | 一级 | 二级 | 三级 | 合计`` over a row ``数量（个） | 2 | 3 | 1 | 6`` in the list's columns; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tianzhu_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "侯骨翾澈", "leader", "木材运输检查站人员安排打招呼", "外部环境风险", "高",
         "人员安排局党组集体研究，过问登记。"),
        ("局领导", "副局长", "侯骨翾澈", "leader", "林业项目资金拨付个人说了算", "制度机制风险", "高",
         "资金拨付按程序会签，定期审计。"),
        ("造林绿化股", "股长", "贺拔珩琰", "middle", "杉木造林面积核查不实", "岗位职责风险", "中",
         "核查面积卫星影像比对，公示结果。"),
        ("造林绿化股", "股长", "贺拔珩琰", "middle", "苗木调运检疫放松把关", "业务流程风险", "中",
         "检疫证明两人审核，台账备查。"),
        ("林政资源股", "科员", "侯骨沚", "general", "采伐许可受理中吃拿卡要", "思想道德风险", "低",
         "受理窗口限时办结，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "tianzhu_forestry_bureau_list", "https://gzszx.gov.cn/gzzxb/web/doc/detail/1393/A3",
        "县林业局 岗位廉政风险防控一览表, after the source's account of the 清水江 as a 木材运输 水道 (放排, 木商, 杉木): "
        "a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def tianzhu_baishi_town_group_rows() -> dict:
    unit = f"{PLACE}白市镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "贺拔瑀澜", "leader", [
                ("码头改造工程指定施工队伍", "一级风险", "工程按规定比选，结果公示。"),
                ("集镇建设资金安排个人说了算", "一级风险", "资金安排经镇党政联席会议集体研究。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "侯骨璆", "middle", [
                ("油茶种植补贴面积核实不实", "二级风险", "补贴面积村组公示，镇级抽查。"),
            ]),
            ("技术员", "贺拔沨", "general", [
                ("良种发放登记不全", "三级风险", "良种发放逐户签字。"),
            ]),
        ]),
        ("三、民政办", "民政办", [
            ("主任", "侯骨霂瑛", "middle", [
                ("低保初审把关不严", "二级风险", "初审材料两人核对，入户核查。"),
                ("高龄津贴发放不及时", "三级风险", "津贴发放按月对账。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "tianzhu_baishi_town_group_rows", "http://history.gmw.cn/2017-10/20/content_26558661.htm",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of the 清水江's 皇木 and 营杉 (采木, "
        "木市, 杉木之乡): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、农业服务中心``, ``三、民政办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tianzhu_sanmentang_village_list() -> dict:
    unit = f"{PLACE}坌处镇三门塘村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "侯骨琬瑆", "leader", "古码头修缮项目指定施工方", "一级", "项目“四议两公开”，村民代表监督。"),
        ("村党支部书记", "侯骨琬瑆", "leader", "集体山林流转收益分配不公开", "一级", "流转方案村民大会表决。"),
        ("村委会副主任", "贺拔澂", "general", "宅基地申请初审优亲厚友", "二级", "初审结果张榜公示。"),
        ("村报账员", "贺拔翯瑗", "general", "集体收入坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "贺拔翯瑗", "general", "虚开白条报账", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "tianzhu_sanmentang_village_list", "https://fx361.cc/page/2021/1215/12966968.shtml",
        "村 小微权力廉政风险防控清单, after the source's account of a 县's 村级小微权力清单 (权力事项, 运行流程图, 五议决策): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def tianzhu_oil_tea_center_screening() -> dict:
    unit = f"{PLACE}油茶产业发展中心"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "贺拔璇沅", "leader", "基地建设资金", "油茶基地建设资金先建后补核验走过场", "高风险",
         "资金拨付前现场验收，结果公示。"),
        ("产业发展科", "科长", "侯骨湛", "middle", "低改验收", "低产林改造面积虚报冒领", "高风险",
         "验收现场核实，影像留存。"),
        ("产业发展科", "科长", "侯骨湛", "middle", "苗木采购", "油茶苗木采购以次充好", "中风险", "苗木进场检验登记。"),
        ("技术推广科", "技术员", "贺拔珝", "general", "技术培训", "培训签到弄虚作假、虚列培训费", "中风险",
         "培训全程留影，按实报账。"),
        ("技术推广科", "技术员", "贺拔珝", "general", "病虫害防治", "防治药剂私自挪用", "低风险", "药剂出入库台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "tianzhu_oil_tea_center_screening", "https://blob.wenxiaobai.com/article/18234c35-f23b-86d9-c284-030a0be442a1",
        "县油茶产业发展中心 廉政风险点排查表, after the source's account of a 州's 油茶产业 (种植面积, 茶籽产量, 基地建设资金): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def tianzhu_relics_office_selfchecks() -> dict:
    unit = f"{PLACE}文物管理所"
    t = _Truth(unit)
    people = [
        ("侯骨瀞翃", "所长", "leader", [
            ("文物保护工程验收降低标准", "高", "验收邀请专家参加，结果公示。", "已落实"),
            ("接受施工单位礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("贺拔岍琤", "文物管理员", "general", [
            ("古建筑巡查记录编造", "中", "巡查轨迹留存，按月抽查。", "已落实"),
            ("文物藏品出入库登记不全", "低", "藏品出入库双人登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tianzhu_relics_office_selfchecks", "http://www.qdnrbs.cn/whly/2018-03/09/131_19426.html",
        "县文物管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "清水江 古镇 and its 木材市场 (商埠, 古码头, 木商): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def tianzhu_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合行政执法大队", "执法岗", "general", "超限运输检查选择性执法", "岗位职责风险", "Ⅰ级",
         "执法“双随机”，检查结果公开。"),
        ("综合行政执法大队", "执法岗", "general", "对违规运输车辆通风报信", "思想道德风险", "Ⅰ级", "执法人员定期轮岗。"),
        ("规划建设股", "项目管理岗", "general", "农村公路工程变更审核不严", "业务流程风险", "Ⅱ级",
         "变更事项集体审议，留存资料。"),
        ("规划建设股", "项目管理岗", "general", "工程计量签证虚增工程量", "制度机制风险", "Ⅱ级",
         "计量签证监理、业主双签。"),
        ("水运管理股", "渡口管理岗", "general", "渡船安全检查走过场", "外部环境风险", "Ⅲ级", "检查记录拍照上传。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "tianzhu_transport_bureau_posts", "http://www.yunyour.com.cn/whly/2020-12/21/131_149321.html",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's account of a 皇木古道 (采木, 水路运输, 扎排): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def tianzhu_supply_coop_duty_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "贺拔霈琮", "leader", "社有资产出租个人说了算", "制度机制", "高风险",
         "出租事项集体研究，公开竞租。"),
        ("业务股", "股长", "侯骨沄", "middle", "农资供应商选定暗箱操作", "业务流程", "高风险", "供应商公开比选。"),
        ("业务股", "股长", "侯骨沄", "middle", "茶油收购定级压级压价", "岗位职责", "中风险", "定级标准公开，双人验级。"),
        ("财务股", "会计", "贺拔瑷", "general", "往来款项长期挂账不清", "外部环境", "中风险", "往来款项按季清理。"),
        ("财务股", "会计", "贺拔瑷", "general", "接受经营户宴请", "思想道德", "低风险", "执行工作纪律，节前提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "tianzhu_supply_coop_duty_list", "http://www.xyshjj.cn/epaper_detail?newsid=3978562_zgxyjjb",
        "县供销合作社联合社 廉政风险防控责任清单, after the source's account of a 侗族自治县's 油茶 产业 (油茶之乡, 土地入股, "
        "专业合作社): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tianzhu_civil_affairs_list_with_count_block(),
    tianzhu_forestry_bureau_list(),
    tianzhu_baishi_town_group_rows(),
    tianzhu_sanmentang_village_list(),
    tianzhu_oil_tea_center_screening(),
    tianzhu_relics_office_selfchecks(),
    tianzhu_transport_bureau_posts(),
    tianzhu_supply_coop_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1004-inbox"))
