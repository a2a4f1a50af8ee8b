"""The one-thousand-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 学校, 卫生院, 市场监管, 农业 and 档案 bodies of one
county, 安龙县 (黔西南布依族苗族自治州, 贵州省) — its 招堤街道办事处, the 龙广镇五台村, the 第一中学, the
德卧镇卫生院, the 市场监督管理局, the 农业农村局, the 档案馆 and the 自然资源局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 招堤街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 五台村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 第一中学's 一览表: ``处室`` merged, ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 德卧镇卫生院's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 农业农村局's 清单 under GROUP ROWS ``一、局领导``, ``二、农田建设股``, ``三、农技推广站`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 档案馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``anlong_natural_resources_duty_columns``: the 自然资源局's 责任清单 (``序号 | 股室 | 岗位 | 廉政风险点 |
  风险类型 | 风险等级 | 防控措施``) with THREE RESPONSIBILITY COLUMNS side by side at its right edge,
  ``主体责任人 | 监督责任人 | 直接责任人``, no group heading over them, each cell written
  ``职务　姓名`` (``局长　费也头瑾``, ``分管副局长　叱伏列琛``, ``股长　叱伏列珂``): the 主体责任人 (the
  局长, merged down the whole list) and the 监督责任人 (the 副局长 in charge, merged over his 股室)
  watch over the post; the 直接责任人 (merged per person) is the holder of the post in the row's
  ``岗位`` column. docs/layouts.md knows a ``直接责任人`` column of bare names, a ``第一责任人 |
  直接责任人 | 具体责任人`` trio of names, and ``主体责任 | 监督责任`` under a merged group heading
  (HOLDER_LINES); not holders written ``职务　姓名`` in such columns beside the list's own 岗位.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, a page of the county
(``安龙县`` and its 招堤) or of the kind of body or work is cited and the layout says so. The rows
are worded by us, the names invented (the rare compound surnames 费也头 and 叱伏列 with rare given
names); every unit is a body of 安龙县.

Run ``python tests/published/score.py --set batch1032`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row's post is the person of its ``直接责任人`` cell, the
  职务 before the name being that post's own name (``股长　叱伏列珂`` on a 股长's row); the
  主体责任人 and 监督责任人 are no holders of the row (the 局长 and the 副局长 hold points of their
  own on their own rows, where they are the 直接责任人);
- ``街道领导``, ``局领导``, ``校领导``, ``院领导``, ``馆领导`` are the 科室 of the leaders; the 村's and the
  档案馆's people have no 科室 where no column gives one; 主任 (of the 街道), 局长, 副局长, 校长, 院长,
  馆长, 村党支部书记 are leaders; 股长, 科长, 主任 of a 处室 or 科室, 站长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
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

PREFIX = "b1032_"
PLACE = "安龙县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SP = "\u3000"  # the full-width space the staff typed between a 职务 and a name


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施",
        "主体责任人", "监督责任人", "直接责任人")  # fmt: skip
CHIEF = f"局长{SP}费也头瑾"  # the 主体责任人 of every row
# (股室, 岗位, 姓名, tier, 监督责任人, 廉政风险点, 风险类型, 风险等级, 防控措施)
RESOURCES = [
    ("局领导", "局长", "费也头瑾", "leader", f"纪检组长{SP}叱伏列翎", "国土空间规划调整个人说了算",
     "制度机制风险", "高", "规划调整局党组集体研究，报县政府审定。"),
    ("局领导", "局长", "费也头瑾", "leader", f"纪检组长{SP}叱伏列翎", "经营性用地出让条件量身设定",
     "外部环境风险", "高", "出让方案合法性审查，公开挂牌。"),
    ("局领导", "副局长", "叱伏列琛", "leader", f"纪检组长{SP}叱伏列翎", "矿产资源执法案件说情打招呼",
     "思想道德风险", "高", "过问案件登记报告，案件集体审理。"),
    ("耕地保护股", "股长", "叱伏列珂", "middle", f"分管副局长{SP}叱伏列琛", "设施农用地备案审核不严",
     "岗位职责风险", "中", "备案材料两人审核，现场核实。"),
    ("耕地保护股", "股长", "叱伏列珂", "middle", f"分管副局长{SP}叱伏列琛", "耕地占补平衡指标核定不实",
     "业务流程风险", "高", "指标核定集体研究，台账公开。"),
    ("不动产登记中心", "登记员", "费也头湄", "general", f"分管副局长{SP}叱伏列琛", "不动产登记插队办理收受好处",
     "思想道德风险", "中", "登记按序办理，系统全程留痕。"),
    ("不动产登记中心", "登记员", "费也头湄", "general", f"分管副局长{SP}叱伏列琛", "抵押登记材料审核把关不严",
     "岗位职责风险", "低", "审核与登簿分岗，抽查复核。"),
]  # fmt: skip


def anlong_natural_resources_duty_columns() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("责任清单", [6, 14, 10, 36, 14, 10, 32, 16, 18, 16])
    _line(sh, f"{unit}廉政风险防控责任清单", len(HEAD))
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, watch, point, typ, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, point, typ, lv, measures, CHIEF, watch, f"{post}{SP}{who}")
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    person = lambda row: (row[1], row[2], row[9])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, person), (9, person),
                            (8, lambda row: row[8]), (7, lambda row: row[7])])  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None, None)
    return _layout(
        "anlong_natural_resources_duty_columns", "https://um.sanwen.net/special/pdhiff.html",
        "(harder) 县自然资源局 廉政风险防控责任清单 whose right edge holds THREE RESPONSIBILITY COLUMNS side by side, "
        "``主体责任人 | 监督责任人 | 直接责任人`` with no group heading over them, each cell ``职务　姓名`` (the 局长 "
        "merged down the whole list as 主体责任人, the 副局长 in charge or the 纪检组长 merged over a 股室 as "
        "监督责任人, the holder of the row's post merged per person as 直接责任人), after the source's topic page on "
        "决策机制制度风险评估 (no risk table: a page of the kind of work): a title, 序号/股室 merged/岗位 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/the three columns; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anlong_zhaodi_street_list() -> dict:
    unit = f"{PLACE}招堤街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "叱伏列瑶", "leader", "老旧小区改造项目指定施工单位", "思想道德风险", "高",
         "项目按规定比选，党工委会集体研究。"),
        ("街道领导", "主任", "叱伏列瑶", "leader", "荷花节活动经费使用不经集体研究", "制度机制风险", "高",
         "活动经费预算公开，专账核算。"),
        ("党政办", "主任", "费也头岚", "middle", "公务接待超标准", "岗位职责风险", "中", "接待清单逐项审核，每季公示。"),
        ("社会事务办", "民政专干", "叱伏列沅", "general", "低保对象入户核查走过场", "业务流程风险", "中",
         "入户核查两人同行，结果公示。"),
        ("社会事务办", "民政专干", "叱伏列沅", "general", "接受申请人吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "anlong_zhaodi_street_list", "http://wap.menpiao.net/view/31397",
        "街道办事处 岗位廉政风险防控清单, after the source's travel page on 安龙 荷花节 and 招堤 (a page of the county, "
        "no risk table: tickets, sights in numbered sections): a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def anlong_wutai_village_list() -> dict:
    unit = f"{PLACE}龙广镇五台村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "费也头琦", "leader", "村集体经济合作社收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "费也头琦", "leader", "产业路修建项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会副主任", "叱伏列澍", "general", "公益性岗位人员选聘优亲厚友", "二级", "选聘结果张榜公示。"),
        ("村文书", "费也头珣", "general", "薏仁米种植补贴登记面积不实", "二级", "面积入户丈量，村务监督委员会复核。"),
        ("村文书", "费也头珣", "general", "村级印章使用不登记", "三级", "用印登记，两人在场。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "anlong_wutai_village_list", "http://gztc.com.cn/ypnew_view.asp?id=1184",
        "村 小微权力廉政风险防控清单, after the source's introduction of 安龙县 (a page of the county, no risk table: "
        "its place, history, sights and climate in one block): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def anlong_first_middle_school_list() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "叱伏列璠", "leader", "食堂食材供应商确定不经集体研究", "制度机制", "高风险",
         "供应商公开招标，行政会集体研究。"),
        ("校领导", "校长", "叱伏列璠", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险",
         "工程公开比选，过问登记。"),
        ("教务处", "主任", "费也头璟", "middle", "分班排课接受家长请托", "岗位职责", "中风险", "分班按规则电脑随机。"),
        ("教务处", "主任", "费也头璟", "middle", "教辅资料征订推荐指定书商", "业务流程", "中风险",
         "征订按目录自愿，不统一代购。"),
        ("总务处", "会计", "叱伏列琬", "general", "接受供货商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "anlong_first_middle_school_list", "https://abg.baidu.com/tags/giydemoe5k3mrpomzktl7pf2zpfllsvjw663boa11",
        "县第一中学 岗位廉政风险防控一览表, after the source's page on a 教师考核实施方案 (a page of the kind of body, "
        "no risk table: 考核内容, 等次, 程序): a title, 序号/处室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def anlong_dewo_health_centre_screening() -> dict:
    unit = f"{PLACE}德卧镇卫生院"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "费也头沅", "leader", "药品耗材采购", "药品耗材采购绕开平台指定供应商", "高",
         "采购统一上平台，结果公示。"),
        ("医务科", "科长", "叱伏列潆", "middle", "医保结算", "门诊统筹费用串换项目结算", "高", "结算数据每月自查。"),
        ("医务科", "科长", "叱伏列潆", "middle", "医疗纠纷处理", "医疗纠纷赔付金额私下协商", "中", "赔付集体研究，报卫健局备案。"),
        ("公共卫生科", "医生", "费也头琰", "general", "健康档案", "家庭医生签约服务记录造假", "中", "签约服务电话回访抽查。"),
        ("公共卫生科", "医生", "费也头琰", "general", "疫苗接种", "疫苗接种收取额外费用", "低", "收费项目公示，票据管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "anlong_dewo_health_centre_screening", "https://www.rjut.cn/mark/jmlzfxsjjsyhyffzd.html",
        "镇卫生院 廉政风险点排查表, after the source's article on 廉政风险 seen through data (隐患 and 防范之道 in "
        "numbered sections with examples; no risk table: a page of the kind of work): a title, 序号/科室/岗位/责任人 "
        "on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def anlong_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("食品安全股", "抽检岗", "general", "食品抽检样品选取打招呼", "岗位职责风险", "Ⅰ级", "抽检任务系统派发，两人抽样。"),
        ("食品安全股", "抽检岗", "general", "不合格样品核查处置拖延", "业务流程风险", "Ⅰ级", "核查处置限时办结，台账销号。"),
        ("登记注册股", "受理岗", "general", "营业执照办理吃拿卡要", "思想道德风险", "Ⅱ级", "一窗受理，评价器评价。"),
        ("登记注册股", "受理岗", "general", "代办中介人员插队办理", "外部环境风险", "Ⅱ级", "按序叫号，窗口视频监控。"),
        ("办公室", "综合岗", "general", "执法车辆维修报账不实", "制度机制风险", "Ⅲ级", "定点维修，报账附维修清单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "anlong_market_regulation_posts",
        "https://www.zhetiaohe.com/ss/3acc2324c09b3fe69014c26d96279ad4e05f1396ed56f97c.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's topic page on a 国补风险防范方案 (no risk "
        "table: a page of the kind of work): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def anlong_agriculture_bureau_group_rows() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "叱伏列昶", "leader", [
                ("高标准农田建设项目指定施工单位", "一级风险", "项目公开招标，局党组集体研究。"),
                ("农业产业发展资金安排个人说了算", "一级风险", "资金安排集体研究，专账管理。"),
            ]),
        ]),
        ("二、农田建设股", "农田建设股", [
            ("股长", "费也头瀚", "middle", [
                ("农田建设工程量签证把关不严", "二级风险", "签证两人现场核验，监理签认。"),
            ]),
        ]),
        ("三、农技推广站", "农技推广站", [
            ("农技员", "叱伏列珮", "general", [
                ("良种补贴对象审核不严", "二级风险", "补贴对象入户核实后公示。"),
                ("技术培训签到虚报人数", "三级风险", "培训签到与照片核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "anlong_agriculture_bureau_group_rows", "https://abg.baidu.com/tags/w7t47vogyc6nxufb27u5nmgu6a16",
        "县农业农村局 岗位廉政风险防控清单 under GROUP ROWS, after the source's page on 风险评价小组职责 (no risk table: "
        "a page of the kind of work): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、局领导``, ``二、农田建设股``, ``三、农技推广站`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def anlong_archives_selfchecks() -> dict:
    unit = f"{PLACE}档案馆"
    t = _Truth(unit)
    people = [
        ("费也头珺", "馆长", "leader", [
            ("档案数字化外包服务商指定", "高", "外包服务政府采购，集体审定。", "已落实"),
            ("档案库房改造经费使用不规范", "中", "经费专账核算，接受审计。", "已落实"),
        ]),
        ("叱伏列翊", "档案管理员", "general", [
            ("违规提供档案查阅收受好处", "中", "查阅登记审批，两人在场。", "未发现问题"),
            ("档案整理劳务费虚报", "低", "劳务费按件核算，附验收单。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "anlong_archives_selfchecks", "https://www.renrendoc.com/paper/508771527.html",
        "县档案馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of "
        "廉政风险防范机制 (引言, 研究背景与意义; no risk table: a page of the kind of work): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anlong_natural_resources_duty_columns(),
    anlong_zhaodi_street_list(),
    anlong_wutai_village_list(),
    anlong_first_middle_school_list(),
    anlong_dewo_health_centre_screening(),
    anlong_market_regulation_posts(),
    anlong_agriculture_bureau_group_rows(),
    anlong_archives_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1032-inbox"))
