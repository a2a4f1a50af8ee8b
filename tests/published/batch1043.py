"""The one-thousand-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 教育, 文旅, 医保 and 学校 bodies and the
自然资源局 of one county, 道真仡佬族苗族自治县 (遵义市, 贵州省) — its 玉溪镇人民政府, the 洛龙镇大塘村,
the 隆兴镇卫生院, the 教育局, the 文体广电旅游局, the 医疗保障局, the 民族中学 and the 自然资源局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 玉溪镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 大塘村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 隆兴镇卫生院's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点``
  beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``一级风险/二级风险/三级风险``;
- the 文体广电旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, short types under ``风险类别``,
  ``高风险/中风险/低风险``; no names;
- the 医疗保障局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 民族中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``daozhen_natural_resources_control_stages_in_number_column``: the 自然资源局's 一览表 —
  ``序号 | 廉政风险点 | 责任股室 | 责任岗位 | 责任人 | 风险等级 | 防控措施`` — grouped under STAGE ROWS
  of control: a row whose FIRST cell, the 序号 column, names the stage (``一、事前防范``,
  ``二、事中控制``, ``三、事后监督``, merged across 序号 … 责任人), its 风险等级 cell blank and its
  防控措施 cell holding the STAGE'S OWN measures (what the bureau does at that stage for all the
  points under it); the numbered points under it (holders on every row, different people under
  one stage, each with its own level and measures), until the next stage row. docs/layouts.md
  knows stage rows written ALONE in the POINT column with nothing else on the row
  (CONTROL_STAGE_ROWS, batch1038: a stage row writing measures is read as before), 环节 rows
  giving a level (LEVEL_ALONE_ON_STAGE_ROWS, LEVEL_BY_STAGE_ROWS); not a stage named in the 序号
  column over a row that writes the stage's measures.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; no public page of a 道真 body's risk table was found, so each cites a page
on 道真 itself (its 傩城, 仡佬文化, 大沙河, its towns), the rows worded by us, the names invented (the
rare compound surnames 可沓 and 是连 with rare given names); every unit is a body of 道真县.

Run ``python tests/published/score.py --set batch1043`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the stage rows are no points (their measures are the stage's, not a
  point's); each point keeps its own level; the stage is the stage row's text without its
  ``一、`` number;
- ``镇领导``, ``局领导``, ``院领导``, ``校领导`` are the 科室 of the leaders; the 村's and the 中学's
  people have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 院长, 校长 are
  leaders; 股长, 主任 (of a 镇's 中心 or 办, of a 卫生院's 科室), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 文体广电旅游局's list names no person: its forms are posts;
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

PREFIX = "b1043_"
PLACE = "道真仡佬族苗族自治县"
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

# (stage row, the stage's own measures, [(廉政风险点, 股室, 岗位, 责任人, tier, level, 防控措施)])
RESOURCES = [
    ("一、事前防范", "开展廉政教育，签订廉洁承诺书；审批事项、办理时限和结果一律公开。", [
        ("建设用地预审材料把关不严", "国土空间规划股", "股长", "可沓翯琛", "middle", "二级",
         "预审材料两人复核，意见留痕。"),
        ("规划条件设定打招呼放宽", "局领导", "副局长", "是连璆", "leader", "一级",
         "规划条件经局党组会集体研究。"),
    ]),
    ("二、事中控制", "关键环节全程留痕，重大事项集体研究，纪检组跟踪监督。", [
        ("土地出让底价泄露", "自然资源利用股", "股长", "是连沨瑄", "middle", "一级",
         "底价集体确定、封存，知悉范围登记。"),
        ("不动产登记插队办理", "不动产登记中心", "登记员", "可沓琰", "general", "三级",
         "按受理顺序办理，系统排号。"),
        ("耕地占补平衡验收走过场", "耕地保护股", "科员", "可沓澍珝", "general", "二级",
         "验收两人以上到场，影像存档。"),
    ]),
    ("三、事后监督", "定期回访服务对象，审计发现问题限期整改并通报。", [
        ("违法用地查处结果说情放宽", "执法监察大队", "队员", "是连翃", "general", "二级",
         "查处结果集体审议，全程记录。"),
        ("矿山修复保证金返还不核实", "局领导", "局长", "可沓瀚沅", "leader", "一级",
         "返还前现场核实，局党组会审定。"),
    ]),
]  # fmt: skip


def daozhen_natural_resources_control_stages_in_number_column() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [10, 34, 18, 10, 10, 10, 38])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "廉政风险点", "责任股室", "责任岗位", "责任人", "风险等级", "防控措施")
    n = 0
    for stage, stage_measures, points in RESOURCES:
        r = sh.add(stage, None, None, None, None, None, stage_measures)
        sh.merge(r, 0, r, 4)
        for point, dept, post, who, tier, lv, measures in points:
            n += 1
            sh.add(n, point, dept, post, who, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填报人：", None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "daozhen_natural_resources_control_stages_in_number_column",
        "https://www.sgpabj.com/baike/k120152.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 grouped under STAGE ROWS of control written in the 序号 "
        "column (``一、事前防范`` merged across 序号 … 责任人), the 风险等级 cell blank and the 防控措施 cell "
        "holding the STAGE'S OWN measures, after the source's travel piece on 道真 (大娄山, 傩文化建筑群, 洛龙古镇, "
        "大沙河): a title, 序号/廉政风险点/责任股室/责任岗位/责任人 on every row/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def daozhen_yuxi_town_group_rows() -> dict:
    unit = f"{PLACE}玉溪镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "是连瑨", "leader", [
                ("集镇风貌改造工程指定施工方", "高", "工程按规定招标，镇党委会集体研究。"),
                ("产业发展资金分配个人说了算", "高", "资金分配方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "可沓珝澐", "middle", [
                ("会议费超标准列支", "中", "会议清单审核，按月公开。"),
            ]),
            ("办事员", "是连霈瑗", "general", [
                ("办公耗材采购不比价", "中", "采购三家比价，验收登记。"),
                ("公务用车派车单补写", "低", "派车单据逐月核对。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "可沓翛", "middle", [
                ("烤烟种植补贴核定打招呼", "中", "补贴名册在村组公示。"),
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
        "daozhen_yuxi_town_group_rows", "https://gzzydz.6345.cn/news-360624.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's 道真 holiday guide (中国傩城, 三幺台, "
        "灰豆腐果): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、镇领导``, "
        "``二、党政办``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def daozhen_datang_village_list() -> dict:
    unit = f"{PLACE}洛龙镇大塘村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "可沓璠", "leader", "洛龙大蒜收购点租金不公开", "一级", "租金收支按月公开。"),
        ("村党支部书记", "可沓璠", "leader", "通组公路硬化指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "是连沚玥", "general", "易地搬迁补助评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村会计", "可沓湉", "general", "集体经济收益不入账", "二级", "收益统一入账，村务监督委员会审核。"),
        ("村会计", "可沓湉", "general", "公益岗位考勤弄虚作假", "三级", "考勤每月公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "daozhen_datang_village_list", "https://ttnews.xyz/a/5b398029dc9b5e510394884c?lang=zh-hant",
        "村 小微权力廉政风险防控清单, after the source's piece on 道真 as 仡佬文化之都 (尹珍, 中华仡佬文化园, 傩戏): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def daozhen_longxing_health_centre_screening() -> dict:
    unit = f"{PLACE}隆兴镇卫生院"
    sh = _Sheet("排查表", [6, 12, 9, 10, 16, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "是连澈珩", "leader", "药品耗材采购", "指定药品耗材供应商", "Ⅰ级", "采购集体研究，平台采购。"),
        ("公卫科", "主任", "可沓翊", "middle", "公卫资金", "基本公卫项目虚报工作量", "Ⅰ级", "工作量抽查核实。"),
        ("公卫科", "主任", "可沓翊", "middle", "慢病随访", "随访记录补写造假", "Ⅱ级", "随访电话回访核对。"),
        ("收费室", "收费员", "是连琤", "general", "收费管理", "收费不开票据截留", "Ⅱ级", "票款日清日结。"),
        ("收费室", "收费员", "是连琤", "general", "医保结算", "串换项目套取医保基金", "Ⅲ级", "结算明细每月自查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "daozhen_longxing_health_centre_screening", "https://newton.com.tw/wiki/%E9%81%93%E7%9C%9F",
        "镇卫生院 廉政风险点排查表, after the source's encyclopedia entry on 道真 (尹道真, 隆兴镇, 银杉保护区): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def daozhen_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "可沓霁瑭", "leader", "校舍建设项目干预招标", "思想道德风险", "一级风险",
         "项目公开招标，领导干预登记报告。"),
        ("局领导", "局长", "可沓霁瑭", "leader", "教育经费安排个人说了算", "制度机制风险", "一级风险",
         "经费安排局党组会集体研究。"),
        ("人事股", "股长", "是连琮澍", "middle", "教师招聘资格审查放宽", "岗位职责风险", "二级风险",
         "资格审查两人复核，结果公示。"),
        ("人事股", "股长", "是连琮澍", "middle", "教师调动打招呼", "业务流程风险", "二级风险", "调动方案集体研究。"),
        ("资助中心", "科员", "可沓沄", "general", "学生资助对象认定优亲厚友", "外部环境风险", "三级风险",
         "认定名单在校内公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险。", 8)
    return _layout(
        "daozhen_education_bureau_list",
        "https://www.wujymm.com/q/jie-mi-gui-zhou-dao-zhen-yin-cang-de-shan-shui-mi-jing-tan-xun-zi-ran-yu-wen-hua-jiao-rong-de-qi-ji.html",
        "县教育局 岗位廉政风险防控一览表, after the source's article on 道真's landscapes and crafts (峡谷, 天坑, 苗绣, "
        "吊脚楼): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def daozhen_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("旅游产业股", "项目管理岗", "general", "景区提升项目验收放水", "岗位职责", "高风险", "验收两人以上到场。"),
        ("旅游产业股", "项目管理岗", "general", "旅游发展资金拨付不按进度", "业务流程", "高风险", "按节点拨付，集体审核。"),
        ("文化市场股", "执法岗", "general", "演出场所检查走过场", "制度机制", "中风险", "检查全程记录。"),
        ("文化市场股", "执法岗", "general", "接受经营户宴请", "思想道德", "中风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "傩戏展演活动经费虚列", "外部环境", "低风险", "经费据实报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "daozhen_culture_tourism_posts", "https://www.zgceo.cn/?m=home&c=View&a=index&aid=34929",
        "县文体广电旅游局 岗位廉政风险防控清单 对岗不对人, after the source's report on 道真's 全域森林康养 launch "
        "(傩戏, 道真之眼, 仡乡): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def daozhen_medical_insurance_duty_list() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "是连瀚珺", "leader", "定点医药机构准入打招呼", "外部环境", "Ⅰ级", "准入集体评审，过问登记。"),
        ("基金监管股", "股长", "可沓璟湲", "middle", "骗保案件查处放水", "岗位职责", "Ⅰ级", "查处结果集体审议。"),
        ("基金监管股", "股长", "可沓璟湲", "middle", "飞行检查提前透露", "业务流程", "Ⅱ级", "检查对象随机抽取。"),
        ("待遇保障股", "科员", "是连霁", "general", "异地就医报销审核不严", "制度机制", "Ⅱ级", "报销资料两人复核。"),
        ("待遇保障股", "科员", "是连霁", "general", "接受定点药店礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    return _layout(
        "daozhen_medical_insurance_duty_list", "https://www.badongedu.com/shengh/202504/1256007.html",
        "县医疗保障局 廉政风险防控责任清单, after the source's short piece on 道真县 (黔北绿洲, 仙女洞, 吃新节): a "
        "title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def daozhen_minzu_school_selfchecks() -> dict:
    unit = f"{PLACE}民族中学"
    t = _Truth(unit)
    people = [
        ("是连澍翾", "校长", "leader", [
            ("食堂食材供应商指定", "高", "食材公开招标，校务会审定。", "已落实"),
            ("教辅资料征订收取回扣", "中", "教辅征订按规定自愿，结果公示。", "未发现问题"),
        ]),
        ("可沓琬", "总务主任", "middle", [
            ("校舍维修不比价", "中", "维修三家比价，验收留痕。", "已落实"),
            ("固定资产处置不登记", "低", "处置登记造册，定期盘点。", "已落实"),
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
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "daozhen_minzu_school_selfchecks", "https://drbdp.com/4-8743089.html",
        "县民族中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on "
        "道真县 (阳溪镇, 大沙河, its schools): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    daozhen_natural_resources_control_stages_in_number_column(),
    daozhen_yuxi_town_group_rows(),
    daozhen_datang_village_list(),
    daozhen_longxing_health_centre_screening(),
    daozhen_education_bureau_list(),
    daozhen_culture_tourism_posts(),
    daozhen_medical_insurance_duty_list(),
    daozhen_minzu_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1043-inbox"))
