"""The one-thousand-and-thirty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡, 村, 教育, 卫生院, 医保, 林业 and 农业 bodies and the
自然资源局 of one county, 赫章县 (毕节市, 贵州省) — its 可乐彝族苗族乡人民政府, the 河镇乡海雀村, the
赫章县第二中学, the 兴发乡卫生院, the 医疗保障局, the 林业局, the 农业农村局 and the 自然资源局 — each
handing back the 一览表, 清单, 排查表, 自查表 or 防控卡 its staff typed in WPS or Excel:

- the 可乐乡人民政府's 清单 under GROUP ROWS ``一、乡领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``职务 | 姓名`` merged per person, 高/中/低, no type column;
- the 海雀村's 清单: ``岗位 | 责任人`` on every row, ``一级/二级/三级``, no type column;
- the 第二中学's 一览表: ``处室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 兴发乡卫生院's 排查表: ``科室 | 职务 | 姓名`` on every row, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 医疗保障局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, short types under ``风险类别``,
  ``一级风险/二级风险/三级风险``; no names;
- the 林业局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 防控卡, one sheet a person: ``姓名 | 职务 | 所在股室`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 责任领导``.

One is harder:

- ``hezhang_natural_resources_unheaded_cases``: the 自然资源局's 一览表 — ``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 风险等级 | 防控措施`` — with one more column at its RIGHT EDGE whose heading
  cell is EMPTY (the title merged across it too) and whose cells tell a CASE on most rows, others'
  cases as stories (``2021年某县自然资源局测绘股股长……被给予党内严重警告处分。``), some rows left
  blank. docs/layouts.md knows a column of cases HEADED ``典型案例``, ``警示案例``, ``以案说险``
  (CASE_COLUMN_SET_ASIDE, batch1024), not a column of cases with NO heading beside the table, which
  the reader at HEAD reports cell by cell as CELL_OUTSIDE (a warning a cell: "如是风险点的内容，请
  填入表格相应的列中"), noise a coordinator would not want for what is plainly a column of cases.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no unused page of a risk table of 赫章县 was found, so each cites a page of
the county (its 韭菜坪, 阿西里西, 可乐 遗址 …), and the layout says so; the rows are worded by us, the
names invented (the rare compound surnames 可足浑 and 没路真 with rare given names); every unit is a
body of 赫章县.

Run ``python tests/published/score.py --set batch1034`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the unheaded column of cases is no point, no measures and no part of either;
  the points are the ``廉政风险点`` cells;
- ``乡领导``, ``局领导``, ``校领导`` are the 科室 of the leaders; the 村's people have no 科室; 乡长,
  局长, 校长, 院长, 村党支部书记 are leaders; 股长, 主任 (of a 乡's 中心 or 办, of a 处室), 科长 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``责任领导`` is no point; the 医疗保障局's
  list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1034_"
PLACE = "赫章县"
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

# (股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施, the case beside or None)
LANDS = [
    ("局领导", "局长", "可足浑琰", "leader", "国土空间规划调整个人说了算", "一级",
     "规划调整局党组会集体研究，结果公示。",
     "2020年某县自然资源局原局长违规干预规划调整，为开发商谋利，被开除党籍、开除公职。"),
    ("局领导", "局长", "可足浑琰", "leader", "土地出让底价泄露", "一级",
     "底价集体确定，知悉范围登记。", None),
    ("测绘股", "股长", "没路真翊", "middle", "不动产测绘成果审核放水", "二级",
     "测绘成果两人复核，抽查留痕。",
     "2021年某县自然资源局测绘股股长收受测绘公司好处费，被给予党内严重警告处分。"),
    ("测绘股", "股长", "没路真翊", "middle", "测绘项目指定中介", "二级",
     "中介机构随机抽取，名单公开。",
     "某市国土资源局干部向关系公司介绍测绘业务收取“介绍费”，被立案审查。"),
    ("执法监察大队", "执法员", "可足浑沅", "general", "违法占地查处降格处理", "二级",
     "处罚结果集体审议，全程记录。",
     "2019年某县国土执法人员对违法占地不予制止，收受当事人财物，被判处有期徒刑一年。"),
    ("执法监察大队", "执法员", "可足浑沅", "general", "接受当事人宴请", "三级",
     "签订廉洁承诺书，执法两人以上。", None),
    ("不动产登记中心", "窗口受理员", "没路真瑗", "general", "登记资料先收后补", "三级",
     "一次性告知，受理留痕。",
     "某区不动产登记中心工作人员为熟人违规办理登记，被给予政务记过处分。"),
]  # fmt: skip


def hezhang_natural_resources_unheaded_cases() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 12, 10, 36, 10, 34, 44])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures, case) in enumerate(LANDS, 1):
        sh.add(n, dept, post, who, point, lv, measures, case)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "hezhang_natural_resources_unheaded_cases", "http://susuzy.cn/Qxd/html/17381.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 with a column of CASES told as stories at its RIGHT "
        "EDGE whose heading cell is EMPTY (the title merged across it), some of its cells blank, after the "
        "source's page on 赫章韭菜坪 (天上花海, 阿西里西, 兴发乡) — no page of a risk table of 赫章县 was "
        "found: a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/(no heading: cases); no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hezhang_kele_township_group_rows() -> dict:
    unit = f"{PLACE}可乐彝族苗族乡人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "没路真翀", "leader", [
                ("遗址公园配套道路指定施工方", "高", "工程按规定招标，乡党委会集体研究。"),
                ("产业奖补资金分配个人说了算", "高", "奖补方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "可足浑珝", "middle", [
                ("公务接待超标准列支", "中", "接待清单审核，月度公开。"),
            ]),
            ("办事员", "没路真璆", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("公车派车登记补写", "低", "派车单据逐月核对。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "可足浑翛", "middle", [
                ("马铃薯良种补贴核定打招呼", "中", "补贴名单在村组公示。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "hezhang_kele_township_group_rows", "http://www.ddcpc.cn/szx/bijie/201909/t20190918_606359.shtml",
        "乡人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's piece on 可乐乡 and the 六冲河 "
        "(可乐遗址, 锅罗包, 秦砖) — no page of a risk table of 赫章县 was found: a title, 序号/职务/姓名/"
        "廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、乡领导``, ``二、党政办``, ``三、农业服务中心`` "
        "merged across; 职务 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def hezhang_haique_village_list() -> dict:
    unit = f"{PLACE}河镇乡海雀村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "可足浑璠", "leader", "集体林场经营收益不公开", "一级", "收益按季度张榜公开。"),
        ("村党支部书记", "可足浑璠", "leader", "村组道路维修指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "没路真沨", "general", "危房改造对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "可足浑湉", "general", "低保申请材料代签代填", "二级", "申请本人签字，入户核实。"),
        ("村文书", "可足浑湉", "general", "生态护林员考勤弄虚作假", "三级", "考勤经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "hezhang_haique_village_list", "https://chnews.co/?p=3338",
        "村 小微权力廉政风险防控清单, after the source's travel piece on 赫章可乐 (夜郎, 套头葬, 铜鼓) — no page "
        "of a risk table of 赫章县 was found: a title, 序号/岗位/责任人 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def hezhang_second_middle_school_list() -> dict:
    unit = f"{PLACE}第二中学"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "没路真霁", "leader", "食堂食材供应商选定干预", "思想道德风险", "Ⅰ级",
         "供应商公开招标，领导干预登记报告。"),
        ("校领导", "校长", "没路真霁", "leader", "校舍维修项目安排个人说了算", "制度机制风险", "Ⅰ级",
         "项目安排校务会集体研究。"),
        ("教务处", "主任", "可足浑琤", "middle", "教辅资料征订收回扣", "岗位职责风险", "Ⅱ级", "征订自愿，结果公示。"),
        ("教务处", "主任", "可足浑琤", "middle", "评优评先暗箱操作", "业务流程风险", "Ⅱ级", "评选结果集体审议。"),
        ("总务处", "保管员", "没路真沄", "general", "物资出入库不登记", "外部环境风险", "Ⅲ级", "出入库双人签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "hezhang_second_middle_school_list", "https://meipian.cn/2e2yvobf",
        "县中学 岗位廉政风险防控一览表, after the source's photo note on 阿西里西韭菜坪 (小韭菜坪, 天上石林) — "
        "no page of a risk table of 赫章县 was found: a title, 序号/处室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def hezhang_xingfa_clinic_screening() -> dict:
    unit = f"{PLACE}兴发乡卫生院"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "职务", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "可足浑澈", "leader", "药品采购", "指定药品配送企业", "高风险", "药品网上集中采购。"),
        ("药房", "主任", "没路真翎", "middle", "药品管理", "过期药品不登记私下处理", "高风险", "药品效期月查月报。"),
        ("药房", "主任", "没路真翎", "middle", "处方审核", "大处方审核放任", "中风险", "处方点评每月一次。"),
        ("公卫科", "科员", "可足浑沚", "general", "家庭医生签约", "签约服务数据造假", "中风险", "签约回访抽查。"),
        ("公卫科", "科员", "可足浑沚", "general", "健康档案", "建档经费虚报", "低风险", "经费据实报账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "hezhang_xingfa_clinic_screening", "http://dengguang.rexun.cn/syzx/2023/0503/12473.html",
        "乡卫生院 廉政风险点排查表, after the source's news piece on 阿西里西韭菜坪 over 五一 (樱桃节, 缆车) — "
        "no page of a risk table of 赫章县 was found: a title, 序号/科室/职务/姓名 on every row/a short "
        "``风险点``/a long ``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hezhang_medical_insurance_posts() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("基金监管股", "稽核岗", "general", "定点医院违规收费查处放水", "岗位职责", "一级风险", "稽核两人以上，结果公开。"),
        ("基金监管股", "稽核岗", "general", "骗保线索不移交", "业务流程", "一级风险", "线索登记，按月通报。"),
        ("待遇保障股", "审核岗", "general", "慢特病认定把关不严", "制度机制", "二级风险", "认定资料专家复核。"),
        ("待遇保障股", "审核岗", "general", "接受定点药店礼品", "思想道德", "二级风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "宣传经费虚列", "外部环境", "三级风险", "经费据实报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "hezhang_medical_insurance_posts", "http://bbs.8264.com/thread-5685918-3-1.html",
        "县医疗保障局 岗位廉政风险防控清单 对岗不对人, after the source's forum travel log over the 阿西里西 "
        "大草原 (威奢, 兴发, 天平梁子) — no page of a risk table of 赫章县 was found: a title, 序号/股室 "
        "merged/岗位 merged per post/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def hezhang_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "没路真瀚", "leader", "林木采伐指标分配打招呼", "外部环境风险", "高",
         "指标分配集体研究，结果公示。"),
        ("资源股", "股长", "可足浑璟", "middle", "林地征占用审核放宽", "岗位职责风险", "高", "审核资料两人复核。"),
        ("资源股", "股长", "可足浑璟", "middle", "采伐作业验收走过场", "业务流程风险", "中", "验收影像存档。"),
        ("营林股", "科员", "没路真霈", "general", "造林补助面积虚报", "制度机制风险", "中", "面积实地核查。"),
        ("营林股", "科员", "没路真霈", "general", "接受苗木供应商宴请", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "hezhang_forestry_bureau_list", "https://www.xinsiji.cc/post/KNRo8kE7xX.html",
        "县林业局 廉政风险防控一览表, after the source's piece on the 夜郎古城 遗址 of 赫章 (柯洛倮姆, 可乐乡) — "
        "no page of a risk table of 赫章县 was found: a title, 序号/股室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def hezhang_agriculture_cards() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    people = [
        ("可足浑澍", "局长", "局领导", "leader", [
            ("农机购置补贴资金安排干预", "一级", "补贴资金局党组会审定。", "没路真琬"),
            ("接受农资企业礼品礼金", "二级", "签订廉洁承诺书。", "没路真琬"),
        ]),
        ("没路真瑄", "科员", "农田建设股", "general", [
            ("高标准农田验收不实", "二级", "验收三方到场，影像存档。", "可足浑澍"),
            ("项目资料弄虚作假", "三级", "资料专人归档，股长审核。", "可足浑澍"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", "职务", "所在股室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "责任领导")
        for i, (point, lv, measures, lead) in enumerate(points, 1):
            sh.add(i, point, lv, measures, lead)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "分管领导签名：", None, None)
        sheets.append(sh)
    return _layout(
        "hezhang_agriculture_cards", "https://www.yuncunzhai.com/book/284432.jhtml",
        "县农业农村局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's "
        "book chapter on 夜郎 and 赫章可乐 (汉阳县, 六冲河) — no page of a risk table of 赫章县 was found: a "
        "title, a label row ``姓名 | 职务 | 所在股室`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``责任领导``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hezhang_natural_resources_unheaded_cases(),
    hezhang_kele_township_group_rows(),
    hezhang_haique_village_list(),
    hezhang_second_middle_school_list(),
    hezhang_xingfa_clinic_screening(),
    hezhang_medical_insurance_posts(),
    hezhang_forestry_bureau_list(),
    hezhang_agriculture_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1034-inbox"))
