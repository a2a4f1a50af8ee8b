"""The one-thousand-and-twenty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 学校, 卫生院, 交通, 市场监管, 文旅 and 自然资源
bodies of one county, 开阳县 (贵阳市, 贵州省) — its 南江布依族苗族乡人民政府, the 禾丰布依族苗族乡马头村,
the 第一中学, the 南龙乡卫生院, the 交通运输局, the 市场监督管理局, the 文化广电旅游局 and the 自然资源局 —
each handing back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 南江乡人民政府's 清单 under GROUP ROWS ``一、乡领导``, ``二、党政办``, ``三、农业服务中心``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 马头村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 第一中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 南龙乡卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``一级风险/二级风险/三级风险``; no names;
- the 市场监督管理局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 文化广电旅游局's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 自查情况``.

One is harder:

- ``kaiyang_natural_resources_case_column``: the 自然资源局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政隐患 | 风险等级 | 典型案例 | 防控措施``) whose point column bears the unusual heading ``廉政隐患``
  and which has, right beside 防控措施, a column of 典型案例 — short case stories (``某县自然资源局
  干部收受…被给予…处分``), longer than the points, with words of misconduct in them. docs/layouts.md
  knows a case written on a line of its own under the point in the point's cell (``典型案例：…``,
  ``【以案说险】…``) and a numbered 警示案例 table under the list; not a 案例 COLUMN of the list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
俟吕陵 and 兰台 with rare given names); every unit is a body of 开阳县.

Run ``python tests/published/score.py --set batch1024`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``廉政隐患`` cell; the 典型案例 column is no point, no
  measures and no part of either; 防控措施 is the measures;
- ``乡领导``, ``校领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 文旅局 自查表's people
  have no 科室 where no column gives one; 乡长, 校长, 局长, 院长, 村党支部书记 are leaders; 股长, 主任
  (of a 乡's 中心 or 办, of a 学校's 处室), 科长, 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``填表日期`` are no points;
  the 交通运输局's list names no person: its forms are posts;
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

PREFIX = "b1024_"
PLACE = "开阳县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政隐患", "风险等级", "典型案例", "防控措施")
# (股室, 岗位, 姓名, tier, 廉政隐患, 风险等级, 典型案例, 防控措施)
RESOURCES = [
    ("局领导", "局长", "俟吕陵翀", "leader", "土地出让条件量身设定", "高",
     "某县自然资源局原局长为开发商量身设定土地挂牌条件，收受好处费38万元，被开除党籍、开除公职并移送司法机关。",
     "出让方案局党组会集体研究，出让条件经法制审核后公开。"),
    ("局领导", "局长", "俟吕陵翀", "leader", "矿业权审批打招呼", "高",
     "某县国土资源局干部违规为亲属办理采矿许可延续，收受礼金，被给予留党察看一年处分。",
     "矿业权审批全程网上运行，领导干部过问登记报告。"),
    ("国土空间规划股", "股长", "兰台沨", "middle", "规划条件变更把关不严", "中",
     "某县规划部门工作人员收受房地产企业购物卡，违规同意调整容积率，被给予政务撤职处分。",
     "规划变更经规委会审议，结果公示。"),
    ("国土空间规划股", "股长", "兰台沨", "middle", "违法用地查处降格处理", "中",
     "某乡国土所所长接受违法占地当事人宴请后以罚代拆，被诫勉谈话并调离岗位。",
     "查处案件集体审议，执法全程记录。"),
    ("不动产登记中心", "科员", "俟吕陵瑭", "general", "不动产登记收受好处加快办理", "低",
     "某县不动产登记中心工作人员为中介“插队”办证收受红包，被给予党内警告处分。",
     "登记按受理顺序办理，系统自动排号。"),
    ("不动产登记中心", "科员", "俟吕陵瑭", "general", "登记资料违规查询泄露", "低",
     "某县不动产登记人员违规查询他人房产信息并提供给中介，被给予政务记过处分。",
     "查询实行授权登记，日志每月抽查。"),
    ("耕地保护股", "科员", "兰台珝湲", "general", "耕地占补平衡验收走过场", "中",
     "某县耕保股干部在补充耕地验收中收受施工方礼品，出具虚假验收意见，被开除党籍。",
     "验收两人以上现场核查，影像存档。"),
]  # fmt: skip


def kaiyang_natural_resources_case_column() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 16, 10, 10, 30, 10, 48, 36])
    _line(sh, f"{unit}岗位廉政隐患排查防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, case, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, who, point, lv, case, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "kaiyang_natural_resources_case_column",
        "https://www.seridoat.com/article/kai-yang-lv-you-ji-he-tan-mi-zui-mei-xiang-cun-yu-xia-gu-feng-guang.html",
        "(harder) 县自然资源局 岗位廉政隐患排查防控一览表 with a column of 典型案例 (short case stories ``某县…局干部"
        "收受…被给予…处分``) right BESIDE 防控措施, its point column headed ``廉政隐患``, after the source's guide "
        "to 开阳 (南江大峡谷, 紫江地缝, 禾丰乡): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政隐患/"
        "风险等级 高/中/低/典型案例/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kaiyang_nanjiang_township_group_rows() -> dict:
    unit = f"{PLACE}南江布依族苗族乡人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "兰台瑨", "leader", [
                ("峡谷景区配套道路工程指定施工方", "高", "工程按规定招标，乡党委会集体研究。"),
                ("易地搬迁后续扶持资金分配个人说了算", "高", "资金分配方案公示，专户管理。"),
            ]),
        ]),
        ("二、党政办", "党政办", [
            ("主任", "俟吕陵霈", "middle", [
                ("公务接待超标准列支", "中", "接待清单逐笔审核，月度公开。"),
            ]),
            ("办事员", "兰台琇", "general", [
                ("办公用品采购不比价", "中", "采购三家比价，验收登记。"),
                ("公车派车登记补写", "低", "派车单据逐月核对。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "俟吕陵澐", "middle", [
                ("富硒茶园补贴面积核定虚报", "中", "补贴面积实地丈量，在村组公示。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "kaiyang_nanjiang_township_group_rows", "https://www.ytscd.com.cn/raiders/show_576.html",
        "乡人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's guide to the 南江大峡谷 (龙广桥, 钙华"
        "瀑布, 喀斯特生态博物馆): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, group rows "
        "``一、乡领导``, ``二、党政办``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def kaiyang_matou_village_list() -> dict:
    unit = f"{PLACE}禾丰布依族苗族乡马头村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "兰台湉翃", "leader", "乡村旅游民宿奖补评议暗箱操作", "一级", "奖补名单“四议两公开”，张榜公示。"),
        ("村党支部书记", "兰台湉翃", "leader", "村集体茶园承包指定承包人", "一级", "承包公开竞价，合同备案。"),
        ("村委会主任", "俟吕陵璘", "general", "危房改造对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "兰台沄", "general", "集体经济收入不入账", "二级", "收入统一入账，村务监督委员会审核。"),
        ("村文书", "兰台沄", "general", "公益性岗位考勤弄虚作假", "三级", "考勤按月公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "kaiyang_matou_village_list",
        "https://www.wujymm.com/q/jie-mi-kai-yang-tan-xun-gui-zhou-shan-shui-jian-de-yi-ke-cui-can-ming-zhu-ti-yan-zi-ran-yu-wen-hua-j.html",
        "村 小微权力廉政风险防控清单, after the source's piece on 开阳's hills and culture (南江大峡谷, 百里杜鹃, 开阳"
        "古城): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def kaiyang_first_middle_school_list() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 14, 12, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "俟吕陵霁", "leader", "校舍维修工程指定施工队", "思想道德风险", "Ⅰ级",
         "工程按规定招标，校务会集体研究。"),
        ("校领导", "校长", "俟吕陵霁", "leader", "教师职称推荐暗箱操作", "制度机制风险", "Ⅰ级",
         "推荐方案和结果全校公示。"),
        ("总务处", "总务主任", "兰台琤", "middle", "食堂食材采购收受回扣", "岗位职责风险", "Ⅱ级",
         "食材定点招标采购，验收两人签字。"),
        ("总务处", "总务主任", "兰台琤", "middle", "教辅资料征订违规收费", "业务流程风险", "Ⅱ级",
         "征订坚持自愿，费用公示。"),
        ("教务处", "教师", "俟吕陵沚", "general", "有偿补课", "外部环境风险", "Ⅲ级", "签订拒绝有偿补课承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "kaiyang_first_middle_school_list", "https://m.nizhao.cn/changshi/8DNXQ4nzAj.html",
        "县中学 岗位廉政风险防控一览表, after the source's travel piece on the 南江大峡谷 (金钟罩瀑布, 木栈道, 丛林"
        "大冒险): a title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def kaiyang_nanlong_health_centre_screening() -> dict:
    unit = f"{PLACE}南龙乡卫生院"
    sh = _Sheet("排查表", [6, 12, 10, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "兰台翊", "leader", "药品采购", "药品耗材采购收受回扣", "高", "药品耗材平台集中采购，院务会审定。"),
        ("院领导", "院长", "兰台翊", "leader", "设备采购", "医疗设备采购指定品牌", "高", "设备采购公开招标。"),
        ("公卫科", "科长", "俟吕陵珩", "middle", "公卫资金", "基本公卫服务虚报工作量", "中", "服务记录随机电话回访。"),
        ("收费室", "收费员", "兰台璆", "general", "收费管理", "现金收费截留不入账", "中", "收费日清日结，账款核对。"),
        ("收费室", "收费员", "兰台璆", "general", "医保报销", "协助患者虚增医保报销", "低", "医保结算单据复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "kaiyang_nanlong_health_centre_screening", "https://www.meipian.cn/531scjjn",
        "乡卫生院 廉政风险点排查表, after the source's cycling note on the 南江大峡谷 (钙化瀑布, 南江乡, 4A景区): a "
        "title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kaiyang_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("工程建设股", "项目管理岗", "general", "农村公路项目计量签证虚增", "岗位职责风险", "一级风险",
         "计量签证两人复核，监理同步确认。"),
        ("工程建设股", "项目管理岗", "general", "工程变更审批把关不严", "制度机制风险", "一级风险", "变更集体审议。"),
        ("运输管理股", "审批岗", "general", "道路运输许可违规办理", "业务流程风险", "二级风险", "许可网上公开办理。"),
        ("运输管理股", "审批岗", "general", "接受运输企业宴请", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训费虚列", "外部环境风险", "三级风险", "费用据实报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "kaiyang_transport_bureau_posts", "https://news.517lj.net/article/368698.html",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's piece on getting to 开阳 (贵开高速, 班车, "
        "南江大峡谷): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def kaiyang_market_bureau_duty_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "俟吕陵琬", "leader", "案件查处说情打招呼", "外部环境", "高风险", "过问案件登记报告。"),
        ("城关市场监管所", "所长", "兰台瀚", "middle", "食品经营许可现场核查走过场", "岗位职责", "高风险",
         "核查两人以上，影像存档。"),
        ("城关市场监管所", "所长", "兰台瀚", "middle", "富硒农产品标识抽检打招呼", "业务流程", "中风险", "抽检结果公示。"),
        ("质量股", "科员", "俟吕陵沅", "general", "特种设备检验收费不规范", "制度机制", "中风险", "收费标准公示。"),
        ("质量股", "科员", "俟吕陵沅", "general", "接受企业礼品礼金", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "kaiyang_market_bureau_duty_list", "http://m.xuewenya.com/daoyouci/3866197.html",
        "县市场监督管理局 廉政风险防控责任清单, after the source's guide's speech on the 南江大峡谷 (贵阳八景, 寒武纪"
        "地层, 瀑布群): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def kaiyang_tourism_bureau_selfchecks() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    t = _Truth(unit)
    people = [
        ("兰台澍", "局长", "leader", [
            ("景区提升项目验收把关不严", "一级", "验收局党组会审定，结果公示。", "已落实"),
            ("接受景区经营企业宴请", "二级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("俟吕陵瑗", "科员", "general", [
            ("旅游节庆活动经费虚报", "二级", "经费据实报账，两人复核。", "已落实"),
            ("文旅市场检查通风报信", "三级", "检查随机抽取人员和对象。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "局领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kaiyang_tourism_bureau_selfchecks", "http://weifangpiao.com/destination/guizhou/sight/detail-10770909.html",
        "县文化广电旅游局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "on the 紫江地缝 (龙岗镇, 省级风景名胜区, 1.9米的狭缝): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kaiyang_natural_resources_case_column(),
    kaiyang_nanjiang_township_group_rows(),
    kaiyang_matou_village_list(),
    kaiyang_first_middle_school_list(),
    kaiyang_nanlong_health_centre_screening(),
    kaiyang_transport_bureau_posts(),
    kaiyang_market_bureau_duty_list(),
    kaiyang_tourism_bureau_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1024-inbox"))
