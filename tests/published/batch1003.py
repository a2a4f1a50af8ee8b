"""The one-thousand-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 林业, 移民, 文化 and 乡村 bodies of one county, 榕江县
(黔东南苗族侗族自治州, 贵州省) — its 栽麻镇人民政府, the 大利村, the 生态移民局, the 文体广电旅游局, the
应急管理局, the 国有林场, the 非物质文化遗产保护中心 and the 林业局 — each handing back the 一览表, 清单,
排查表 or 自查表 its staff typed in WPS or Excel:

- the 栽麻镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、林业站``, ``三、农业服务中心`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 大利村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 生态移民局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 文体广电旅游局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 国有林场's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 非物质文化遗产保护中心's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of
  values, 高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``rongjiang_forestry_turned_two_label_columns``: the 林业局's 岗位廉政风险防控表, a list turned on its
  side by Excel's 选择性粘贴—转置 from a list whose header was TWO ROWS (``责任主体`` merged over ``股室 |
  岗位 | 姓名``, ``风险识别`` merged over ``廉政风险点 | 风险类型 | 风险等级``, ``防控措施`` and ``序号``
  merged down both rows): the labels now stand in TWO COLUMNS — the group in column A merged down its
  rows (``责任主体`` over three rows, ``风险识别`` over three), the label itself in column B (``股室``,
  ``岗位``, ``姓名``, ``廉政风险点``, ``风险类型``, ``风险等级``), ``序号`` and ``防控措施`` merged across A:B —
  and one risk point a column to their right, the 股室, 岗位 and 姓名 merged ACROSS each person's
  columns (the list's merges turned too). docs/layouts.md knows a table on its side with its labels
  down ONE column (横放的表); not with the labels in two columns under merged groups.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
阿跌 and 斛斯 with rare given names); every unit is a body of 榕江县.

Run ``python tests/published/score.py --set batch1003`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column right of the labels is one point of the person its 姓名 cell (merged
  across his columns) names; ``责任主体`` and ``风险识别`` are groups, no fields; ``序号`` is no point;
- ``镇领导``, ``局领导``, ``场领导``, ``村两委`` are the 科室 of the leaders; the 村's and the 中心's people
  have no 科室 where no column gives one; 镇长, 副镇长, 局长, 副局长, 场长, 主任, 村党支部书记 are leaders;
  股长, 站长 (of a 镇's 站), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  应急管理局's list names no person: its forms are posts;
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

PREFIX = "b1003_"
PLACE = "榕江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
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


def _merge_across(sh: _Sheet, row: int, first: int, key) -> None:
    """Merge row ``row`` across each run of columns ``first``.. whose ``key(column)`` is the same
    (the list's merges down, turned by 转置: a person's 股室, 岗位 and 姓名 across his columns)."""
    typed = list(sh.rows[row])
    last = len(typed) - 1
    c = first
    while c <= last:
        e = c
        while e < last and key(e + 1) == key(c):
            e += 1
        if e > c:
            for k in range(c + 1, e + 1):
                sh.rows[row][k] = None
            sh.merges.append((row, c, row, e))
        c = e + 1


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, 风险点, 风险类型, 风险等级, 防控措施): one column each once turned
TURNED = [
    ("局领导", "局长", "阿跌翀沅", "leader", "林木采伐指标分配个人说了算", "制度机制风险", "高",
     "采伐指标分配局党组会集体研究，结果公示。"),
    ("局领导", "局长", "阿跌翀沅", "leader", "接受林业经营企业宴请、礼金", "思想道德风险", "高",
     "签订廉洁承诺书，节前廉政提醒。"),
    ("资源管理股", "股长", "斛斯霂琤", "middle", "林地征占用审核现场查验走过场", "岗位职责风险", "中",
     "现场查验两人以上，影像留存。"),
    ("资源管理股", "股长", "斛斯霂琤", "middle", "生态护林员选聘优亲厚友", "外部环境风险", "中",
     "选聘公开报名、村级评议、结果公示。"),
    ("林政执法大队", "执法员", "阿跌澍岚", "general", "滥伐林木案件以罚代刑", "业务流程风险", "中",
     "案件集体审议，移送标准公开。"),
    ("林政执法大队", "执法员", "阿跌澍岚", "general", "木材运输检查中吃拿卡要", "思想道德风险", "低",
     "执法记录仪全程记录，公开监督电话。"),
]  # fmt: skip

# the labels as turned: (group in column A, merged down its rows | None, label in column B)
LABELS = [
    ("责任主体", "股室"), (None, "岗位"), (None, "姓名"),
    ("风险识别", "廉政风险点"), (None, "风险类型"), (None, "风险等级"),
]  # fmt: skip


def rongjiang_forestry_turned_two_label_columns() -> dict:
    unit = f"{PLACE}林业局"
    n = len(TURNED)
    sh = _Sheet("防控表", [10, 12, *([20] * n)])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控表", n + 2)
    r = sh.add("序号", None, *range(1, n + 1))
    sh.merge(r, 0, r, 1)
    first = len(sh.rows)
    for i, (group, label) in enumerate(LABELS):
        field = (0, 1, 2, 4, 5, 6)[i]
        sh.add(group, label, *[row[field] for row in TURNED])
    sh.merge(first, 0, first + 2, 0)
    sh.merge(first + 3, 0, first + 5, 0)
    r = sh.add("防控措施", None, *[row[7] for row in TURNED])
    sh.merge(r, 0, r, 1)
    # the list's 股室 merged over its run and 岗位, 姓名 over each person's rows, turned across
    _merge_across(sh, first, 2, lambda c: TURNED[c - 2][0])
    for k in (1, 2):
        _merge_across(sh, first + k, 2, lambda c: TURNED[c - 2][:3])
    for dept, post, who, tier, point, typ, lv, _m in TURNED:
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "rongjiang_forestry_turned_two_label_columns", "http://www.hscy8.cn/content/2019-08/26/content_331761.htm",
        "(harder) 县林业局 岗位廉政风险防控表 TURNED ON ITS SIDE (选择性粘贴—转置) from a list with a TWO-ROW header, "
        "after the source's account of a 县's 生态护林员 选聘 (建档立卡户, 巡山护林, 护林补助): a title, then the labels in "
        "TWO COLUMNS — ``序号`` merged across A:B; ``责任主体`` merged down A over ``股室 | 岗位 | 姓名`` in B; ``风险识别`` "
        "merged down A over ``廉政风险点 | 风险类型 | 风险等级`` in B; ``防控措施`` merged across A:B — one point a column to "
        "their right, 股室 merged across its run and 岗位, 姓名 across each person's columns; ``…风险`` types, 高/中/低; a "
        "制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def rongjiang_zaima_town_group_rows() -> dict:
    unit = f"{PLACE}栽麻镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "斛斯瑷沣", "leader", [
                ("传统村落保护项目资金安排个人说了算", "一级风险", "项目资金经镇党政联席会议集体研究。"),
                ("村寨消防改造工程指定施工队伍", "一级风险", "工程按规定比选，结果公示。"),
            ]),
        ]),
        ("二、林业站", "林业站", [
            ("站长", "阿跌璟翮", "middle", [
                ("林木采伐申请初审把关不严", "二级风险", "初审材料两人核对，现场踏查。"),
            ]),
            ("技术员", "斛斯湉", "general", [
                ("护林员巡山考勤弄虚作假", "二级风险", "巡山轨迹系统核验，按月通报。"),
                ("森林防火物资领用不登记", "三级风险", "物资出入库台账管理。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "阿跌沄瑛", "middle", [
                ("耕地地力保护补贴面积核实不实", "二级风险", "补贴面积村组公示，镇级抽查。"),
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
        "rongjiang_zaima_town_group_rows", "http://jizihe.com/page/2020/0411/14494980.shtml",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's 调研 of 黔东南's 传统村落 保护 (苗侗村寨, "
        "消防改造, 传承保护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、林业站``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def rongjiang_dali_village_list() -> dict:
    unit = f"{PLACE}大利村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "阿跌珩澈", "leader", "侗寨古建筑修缮项目指定施工方", "一级", "项目“四议两公开”，村民代表监督。"),
        ("村党支部书记", "阿跌珩澈", "leader", "乡村旅游收益分配不公开", "一级", "收益分配方案村民大会表决。"),
        ("村委会副主任", "斛斯翾瑀", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "阿跌霈", "general", "集体收入坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "阿跌霈", "general", "虚开白条报账", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "rongjiang_dali_village_list", "https://fx361.cc/page/2023/0712/23107584.shtml",
        "村 小微权力廉政风险防控清单, after the source's paper on 侗族 传统村落 in 乡村振兴 (古建筑, 乡村旅游, 文化保护): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def rongjiang_relocation_bureau_list() -> dict:
    unit = f"{PLACE}生态移民局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "斛斯琰翃", "leader", "安置点配套项目干预工程发包", "思想道德风险", "高",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "斛斯琰翃", "leader", "后续扶持资金分配个人说了算", "制度机制风险", "高",
         "资金分配局党组会集体研究并公示。"),
        ("安置管理股", "股长", "阿跌瀞璠", "middle", "搬迁对象识别审核不严", "岗位职责风险", "中",
         "搬迁对象入户核查，村镇两级公示。"),
        ("安置管理股", "股长", "阿跌瀞璠", "middle", "安置房分配中优亲厚友", "外部环境风险", "中",
         "安置房公开摇号分配。"),
        ("后续扶持股", "科员", "斛斯岍", "general", "就业帮扶补贴发放名单不实", "业务流程风险", "低",
         "补贴名单与社保数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "rongjiang_relocation_bureau_list", "https://fx361.cc/page/2018/0118/15148774.shtml",
        "县生态移民局 岗位廉政风险防控一览表, after the source's account of 易地扶贫搬迁 后续扶持 (集中安置点, 城镇化安置, "
        "就业帮扶): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def rongjiang_culture_bureau_duty_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "阿跌瑆沚", "leader", "传统村落保护资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("文化遗产股", "股长", "斛斯澂璆", "middle", "文物保护工程验收降低标准", "岗位职责", "高风险",
         "验收邀请专家参加，结果公示。"),
        ("文化遗产股", "股长", "斛斯澂璆", "middle", "非遗项目申报材料审核不严", "业务流程", "中风险",
         "申报材料集体评审。"),
        ("旅游市场股", "科员", "阿跌翊", "general", "旅游市场检查中接受宴请", "思想道德", "中风险",
         "检查两人以上，执行工作纪律。"),
        ("旅游市场股", "科员", "阿跌翊", "general", "旅行社质量保证金退还不及时", "制度机制", "低风险",
         "退还事项限时办结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "rongjiang_culture_bureau_duty_list", "http://m.zgkjsz.com/page/2018/0730/3915603.shtml",
        "县文体广电旅游局 廉政风险防控责任清单, after the source's study of 黔东南 传统村落 保护开发 (保护传承, 国家项目, "
        "农文旅): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def rongjiang_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "安全生产执法检查选择性执法", "岗位职责风险", "Ⅰ级",
         "执法“双随机”，检查结果公开。"),
        ("综合执法大队", "执法岗", "general", "对违法企业通风报信", "思想道德风险", "Ⅰ级", "执法人员定期轮岗。"),
        ("救灾和物资保障股", "物资管理岗", "general", "救灾物资发放优亲厚友", "外部环境风险", "Ⅱ级",
         "发放名单村组公示。"),
        ("救灾和物资保障股", "物资管理岗", "general", "应急物资采购验收不严", "业务流程风险", "Ⅱ级",
         "验收两人以上，台账管理。"),
        ("防灾减灾股", "灾情统计岗", "general", "灾情数据虚报瞒报", "制度机制风险", "Ⅲ级", "灾情数据多部门会商核定。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "rongjiang_emergency_bureau_posts", "https://longling.gov.cn/info/29714/3589839.htm",
        "县应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's 县 综合防灾减灾救灾 plan (灾害风险, 救灾物资, "
        "应急保障): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def rongjiang_state_forest_farm_screening() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "斛斯沨璇", "leader", "营造林工程发包", "造林工程化整为零规避招标", "高风险",
         "工程按规定招标，结果公示。"),
        ("营林科", "科长", "阿跌琬澜", "middle", "抚育验收", "中幼林抚育面积虚报冒领", "高风险",
         "验收现场核实，影像留存。"),
        ("营林科", "科长", "阿跌琬澜", "middle", "苗木采购", "苗木采购以次充好", "中风险", "苗木进场检验登记。"),
        ("管护站", "护林员", "斛斯翯", "general", "巡山管护", "巡山记录编造、脱岗", "中风险", "巡护轨迹系统核验。"),
        ("管护站", "护林员", "斛斯翯", "general", "林下资源", "私自采挖林下资源出售", "低风险", "林下资源统一管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "rongjiang_state_forest_farm_screening", "http://www.victorzhang.cn/page/2021/0607/11936986.shtml",
        "县国有林场 廉政风险点排查表, after the source's account of a 州's 生态护林员 管理 (选聘, 巡护, 管护面积): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def rongjiang_heritage_center_selfchecks() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    people = [
        ("阿跌湛珝", "主任", "leader", [
            ("非遗传承人补助资金分配不公", "高", "补助名单集体评定并公示。", "已落实"),
            ("接受申报单位礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("斛斯沅璎", "专干", "general", [
            ("传承活动经费报账不实", "中", "报账附活动照片和签到表。", "已落实"),
            ("非遗展演场地租用暗箱操作", "低", "场地租用比价登记。", "已落实"),
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
        "rongjiang_heritage_center_selfchecks", "https://m.fx361.cc/news/2017/0524/1805613.html",
        "县非物质文化遗产保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "study of a 黔东南 传统村落's 保护与发展 (古建筑, 民俗, 传承): a title, a label row ``姓　名 | 职　务 | 自查日期`` over "
        "a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    rongjiang_forestry_turned_two_label_columns(),
    rongjiang_zaima_town_group_rows(),
    rongjiang_dali_village_list(),
    rongjiang_relocation_bureau_list(),
    rongjiang_culture_bureau_duty_list(),
    rongjiang_emergency_bureau_posts(),
    rongjiang_state_forest_farm_screening(),
    rongjiang_heritage_center_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1003-inbox"))
