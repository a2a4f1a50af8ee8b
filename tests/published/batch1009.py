"""The one-thousand-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 畜牧, 交通, 文化 and 乡村 bodies of one county, 三穗县
(黔东南苗族侗族自治州, 贵州省) — its 自然资源局, the 三穗鸭产业发展中心, the 农业农村局, the 台烈镇人民政府,
the 颇洞村, the 动物疫病预防控制中心, the 交通运输局 and the 公路管理段 — each handing back the 一览表,
清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 三穗鸭产业发展中心's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 农业农村局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低,
  a ``注：`` line;
- the 台烈镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、畜牧兽医站``, ``三、自然资源所`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 颇洞村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 动物疫病预防控制中心's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of
  values, 高/中/低, ``防控措施 | 自查情况``;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names;
- the 公路管理段's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``.

One is harder:

- ``sansui_natural_resources_list_with_level_key``: the 自然资源局's 岗位廉政风险防控一览表 (``股室``
  merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低), and UNDER it, after a blank
  row, on the same sheet, a TABLE OF WHAT EACH LEVEL MEANS: a caption ``风险等级划分标准`` merged
  across, a row ``风险等级 | 高 | 中 | 低`` (the label in A:B merged, each level over two columns
  merged) over a row ``判定标准 | 涉及“三重一大”事项、大额资金、项目审批…的 | … | …`` and a row ``防控责任 |
  主要领导 | 分管领导 | 股室负责人``, then a 制表 line. docs/layouts.md knows a table of level
  criteria standing alone, one row a level with the level in the first column (TABLE_OTHER), and
  (batch1004) a block COUNTING the list's points by level with the levels across (its note: "级别下面
  写的不是个数的(各级的判定标准、说明文字)不按此读"); not a key whose levels stand ACROSS over rows of
  criteria texts under the list, whose level words under the 股室/职务/姓名 columns and long criteria
  under the point column look like rows of the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
独孤浑 and 尸利 with rare given names); every unit is a body of 三穗县.

Run ``python tests/published/score.py --set batch1009`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the rows of the level key (its caption, ``风险等级 | 高 | 中 | 低``, ``判定标准 |
  …`` and ``防控责任 | …``) are no points and name no one; only the list's six rows are points;
- ``镇领导``, ``局领导``, ``中心领导``, ``段领导`` are the 科室 of the leaders; the 村's and the 中心's
  self-check people have no 科室 where no column gives one; 镇长, 副镇长, 局长, 副局长, 主任 (of a 中心),
  段长, 村党支部书记 are leaders; 股长, 科长, 站长, 所长 (of a 镇's 站 or 所) middle; the rest general;
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

PREFIX = "b1009_"
PLACE = "三穗县"
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
LANDS = [
    ("局领导", "局长", "独孤浑翀澜", "leader", "国有建设用地出让条件量身设定", "制度机制风险", "高",
     "出让方案局党组集体研究，公开挂牌。"),
    ("局领导", "局长", "独孤浑翀澜", "leader", "干预土地整治项目发包", "思想道德风险", "高",
     "项目公开招标，领导干预登记报告。"),
    ("耕地保护股", "股长", "尸利珝沄", "middle", "占补平衡指标核定不实", "岗位职责风险", "中",
     "指标核定两人以上，现场核实。"),
    ("耕地保护股", "股长", "尸利珝沄", "middle", "违法占地查处降格处理", "外部环境风险", "中",
     "查处结果集体审议，按季公开。"),
    ("不动产登记中心", "登记员", "独孤浑琤霂", "general", "不动产登记材料审核把关不严", "业务流程风险", "中",
     "登记材料双人审核，系统留痕。"),
    ("不动产登记中心", "登记员", "独孤浑琤霂", "general", "登记窗口吃拿卡要", "思想道德风险", "低",
     "窗口全程录像，公开监督电话。"),
]  # fmt: skip

# the key under the list: its caption, the levels across, rows of what each level means
KEY_CAPTION = "风险等级划分标准"
KEY_HEAD = ("风险等级", "高", "中", "低")
KEY_ROWS = [
    ("判定标准", "涉及“三重一大”事项、大额资金使用、项目审批，发生问题可能造成重大损失的",
     "涉及一般审批、执法检查，发生问题可能造成较大影响的", "日常事务性工作，发生问题影响较小的"),
    ("防控责任", "主要领导", "分管领导", "股室负责人"),
]  # fmt: skip


def sansui_natural_resources_list_with_level_key() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(LANDS, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(*([None] * 8))
    _line(sh, KEY_CAPTION, 8)
    for label, high, mid, low in [KEY_HEAD, *KEY_ROWS]:
        r = sh.add(label, None, high, None, mid, None, low, None)
        for c in (0, 2, 4, 6):
            sh.merge(r, c, r, c + 1)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "sansui_natural_resources_list_with_level_key", "https://p2.ttnews.xyz/a/5b51f5bedc9b5e791579900b?lang=zh-hans",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 WITH A KEY OF WHAT EACH LEVEL MEANS UNDER IT, after the source's "
        "account of a 驿道 and the 坝子 its towns grew on (驿站, 土地, 城镇): a title, 序号/股室 merged/职务 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a blank row; a caption ``风险等级划分标准`` "
        "merged across; a row ``风险等级 | 高 | 中 | 低`` (label and each level two columns merged) over rows ``判定标准 | "
        "…`` and ``防控责任 | 主要领导 | 分管领导 | 股室负责人``; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sansui_duck_center_screening() -> dict:
    unit = f"{PLACE}三穗鸭产业发展中心"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "尸利璆翾", "leader", "种鸭场建设资金", "种鸭场建设资金先建后补验收走过场", "高风险",
         "资金拨付前现场验收，结果公示。"),
        ("良种繁育科", "科长", "独孤浑沚", "middle", "种苗补贴", "鸭苗补贴数量虚报冒领", "高风险",
         "补贴数量入户核实，张榜公示。"),
        ("良种繁育科", "科长", "独孤浑沚", "middle", "种蛋收购", "种蛋收购定级压级压价", "中风险", "定级标准公开，双人验级。"),
        ("市场推广科", "科员", "尸利霈", "general", "展销费用", "美食节展位费用虚列套取", "中风险",
         "展位费用按合同结算，留存凭证。"),
        ("市场推广科", "科员", "尸利霈", "general", "品牌授权", "地理标志使用授权收受好处", "低风险", "授权事项集体审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "sansui_duck_center_screening", "https://www.bs178.com/s-1-66047a69719209c5",
        "县三穗鸭产业发展中心 廉政风险点排查表, after the source's account of a 三穗鸭 美食文化旅游节 (种质资源保护, "
        "种苗繁育, 品牌建设): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def sansui_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "独孤浑璇瀞", "leader", "畜禽养殖项目资金安排个人说了算", "制度机制风险", "高",
         "资金安排局党组集体研究，结果公示。"),
        ("局领导", "副局长", "独孤浑璇瀞", "leader", "农机购置补贴审核打招呼", "外部环境风险", "高",
         "过问登记，补贴名单公示。"),
        ("畜牧股", "股长", "尸利岍琮", "middle", "规模养殖场备案审核不严", "岗位职责风险", "中",
         "备案材料两人审核，现场核查。"),
        ("畜牧股", "股长", "尸利岍琮", "middle", "良种补贴发放登记不全", "业务流程风险", "中", "补贴发放逐户签字。"),
        ("计划财务股", "科员", "独孤浑湉", "general", "项目报账接受宴请", "思想道德风险", "低",
         "执行报账纪律，节前提醒。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "sansui_agriculture_bureau_list", "http://www.gzdlbz.net/page73?article_id=222",
        "县农业农村局 岗位廉政风险防控一览表, after the source's account of the 三穗鸭 as a 地理标志 (养殖规模, 年产值, "
        "品种志): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def sansui_tailie_town_group_rows() -> dict:
    unit = f"{PLACE}台烈镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "尸利澂璎", "leader", [
                ("集镇改造工程指定施工队伍", "一级风险", "工程按规定比选，结果公示。"),
                ("产业扶持资金安排个人说了算", "一级风险", "资金安排经镇党政联席会议集体研究。"),
            ]),
        ]),
        ("二、畜牧兽医站", "畜牧兽医站", [
            ("站长", "独孤浑珺", "middle", [
                ("动物检疫出证不到现场", "二级风险", "检疫出证现场拍照上传。"),
            ]),
            ("防疫员", "尸利沨", "general", [
                ("疫苗发放登记不全", "三级风险", "疫苗发放逐户签字。"),
            ]),
        ]),
        ("三、自然资源所", "自然资源所", [
            ("所长", "独孤浑霁翃", "middle", [
                ("农村建房选址审核优亲厚友", "二级风险", "审核结果村组公示。"),
                ("违法用地巡查不报告", "三级风险", "巡查轨迹留存，按月通报。"),
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
        "sansui_tailie_town_group_rows", "https://zubaike.com/bk/266259.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of a 乡镇兽医站's year (规模养殖, "
        "免疫密度, 专业合作社): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、镇领导``, ``二、畜牧兽医站``, ``三、自然资源所`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def sansui_podong_village_list() -> dict:
    unit = f"{PLACE}八弓镇颇洞村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "尸利瑀琬", "leader", "乡村旅游项目指定施工方", "一级", "项目“四议两公开”，村民代表监督。"),
        ("村党支部书记", "尸利瑀琬", "leader", "集体经济收益分配不公开", "一级", "分配方案村民大会表决。"),
        ("村委会副主任", "独孤浑翯", "general", "宅基地申请初审优亲厚友", "二级", "初审结果张榜公示。"),
        ("村报账员", "尸利瑷澍", "general", "民宿租金坐收坐支", "二级", "收入及时入账，按季公开。"),
        ("村报账员", "尸利瑷澍", "general", "虚开白条报账", "三级", "报账经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "sansui_podong_village_list", "https://www.yuncunzhai.com/article/178488.jhtml",
        "村 小微权力廉政风险防控清单, after the source's account of a 县's 古道 and the roads that grew from it (五尺道, "
        "铜车马, 修筑): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def sansui_animal_disease_center_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("独孤浑瑆", "主任", "leader", [
            ("强制免疫疫苗招标干预", "高", "疫苗采购按规定招标，结果公示。"),
            ("接受养殖企业礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("尸利澹翊", "检疫员", "general", [
            ("产地检疫不检即出证", "中", "检疫现场影像留存，按月抽查。"),
            ("耳标发放登记不全", "低", "耳标出入库双人登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sansui_animal_disease_center_selfchecks", "https://max.book118.com/html/2018/0110/148101437.shtm",
        "县动物疫病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "基层动物防疫 规章制度 (免疫密度, 产地检疫, 耳标佩戴): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def sansui_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合行政执法大队", "执法岗", "general", "客运车辆检查选择性执法", "岗位职责风险", "Ⅰ级",
         "执法“双随机”，检查结果公开。"),
        ("综合行政执法大队", "执法岗", "general", "对非法营运车辆通风报信", "思想道德风险", "Ⅰ级", "执法人员定期轮岗。"),
        ("建设管理股", "项目管理岗", "general", "通村公路工程变更审核不严", "业务流程风险", "Ⅱ级",
         "变更事项集体审议，留存资料。"),
        ("建设管理股", "项目管理岗", "general", "工程计量签证虚增工程量", "制度机制风险", "Ⅱ级",
         "计量签证监理、业主双签。"),
        ("运输管理股", "客运管理岗", "general", "客运线路审批收受好处", "外部环境风险", "Ⅲ级", "审批结果网上公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "sansui_transport_bureau_posts", "http://www.handmsg.com/page/2023/0405/20478689.shtml",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's account of 贵州's 古驿道 (站赤, 驿站, 湘黔驿道): a "
        "title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def sansui_highway_section_duty_list() -> dict:
    unit = f"{PLACE}公路管理段"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "独孤浑澍琰", "leader", "养护工程发包个人说了算", "制度机制", "高风险",
         "发包事项集体研究，公开比选。"),
        ("养护股", "股长", "尸利湛", "middle", "养护材料采购暗箱操作", "业务流程", "高风险", "材料供应商公开比选。"),
        ("养护股", "股长", "尸利湛", "middle", "水毁修复工程量验收不实", "岗位职责", "中风险", "验收现场核实，影像留存。"),
        ("路政股", "路政员", "独孤浑沅", "general", "路政赔偿收费不开票", "外部环境", "中风险", "赔偿收费票据统一管理。"),
        ("路政股", "路政员", "独孤浑沅", "general", "接受施工单位宴请", "思想道德", "低风险", "执行工作纪律，节前提醒。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "sansui_highway_section_duty_list", "http://szb.eyesnews.cn/pc/cont/202302/10/content_85800.html",
        "县公路管理段 廉政风险防控责任清单, after the source's account of 通道贵州 (五尺道, 古驿道, 特大桥): a title, "
        "序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sansui_natural_resources_list_with_level_key(),
    sansui_duck_center_screening(),
    sansui_agriculture_bureau_list(),
    sansui_tailie_town_group_rows(),
    sansui_podong_village_list(),
    sansui_animal_disease_center_selfchecks(),
    sansui_transport_bureau_posts(),
    sansui_highway_section_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1009-inbox"))
