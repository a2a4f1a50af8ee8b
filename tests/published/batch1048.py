"""The one-thousand-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫健, 农业农村, 应急, 文旅, 学校 and 教育 bodies of one
district, 播州区 (遵义市, 贵州省) — its 鸭溪镇人民政府, the 鸭溪镇金钟村, the 卫生健康局, the 农业农村局,
the 应急管理局, the 文体广电旅游局, the 南白中学 and the 教育局 — each handing back the 一览表, 清单,
排查表 or 自查表 its staff typed in WPS or Excel:

- the 鸭溪镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 金钟村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 农业农村局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文体广电旅游局's 清单 under GROUP ROWS ``一、局领导``, ``二、文化市场股``, ``三、文物管理所`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 南白中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``bozhouqu_education_point_name_text_subheads``: the 教育局's 一览表 under a header of TWO rows —
  ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` merged down over both, but for
  ``廉政风险点`` merged ACROSS two columns over the sub-headings ``名称 | 具体描述`` — each row the
  point's short name in the left sub-column (``教师招聘``), how it goes wrong in a sentence in the
  right one. docs/layouts.md knows a ``廉政风险点`` merged over two columns with NO sub-headings (a
  short name, then how it shows), ``风险点 | 风险表现`` as headings of their own, and sub-headings
  that are known words of a column (``表现形式``); not a point heading merged over ``名称 | 具体描述``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 播州区 could be found: the pages are of the district, its
towns and sights); the rows are worded by us, the names invented (the rare compound surnames 思结
and 契苾 with rare given names); every unit is a body of 遵义市播州区.

Run ``python tests/published/score.py --set batch1048`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the ``名称`` sub-column's short name, the ``具体描述`` its
  description (as ``风险点 | 风险表现`` are read);
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have no 科室
  where no column gives one; the 中学's ``总务处干事`` in the 职务 cell is the 干事 of the 科室 总务处
  (as batch1001's and batch1006's 总务处 | 会计; this call was first written as no 科室 and post
  ``总务处干事``, and corrected after the one measurement: see tests/test_batch1048.py); 镇长, 局长, 副局长, 村党支部书记, 校长 are leaders; 股长, 所长 (of a 文物管理所)
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
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

PREFIX = "b1048_"
PLACE = "遵义市播州区"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", None, "风险等级", "防控措施")
SUBHEAD = (None, None, None, None, "名称", "具体描述", None, None)

# (股室, 岗位, 姓名, tier, 名称, 具体描述, 风险等级, 防控措施)
EDUCATION = [
    ("局领导", "局长", "思结翾", "leader", "教师招聘", "招聘岗位条件因人设置，面试评委打招呼", "一级",
     "招聘方案局党组会集体研究，全程公开。"),
    ("局领导", "局长", "思结翾", "leader", "校舍建设", "学校改扩建工程干预施工单位确定", "一级",
     "工程公开招标，领导干预登记报告。"),
    ("计划财务股", "股长", "契苾琇", "middle", "营养餐资金", "农村学生营养改善计划资金被挤占挪用", "一级",
     "资金专户管理，按学校就餐人数拨付。"),
    ("计划财务股", "股长", "契苾琇", "middle", "教育经费", "生均公用经费拨付不按标准", "二级", "拨付标准公开，两人复核。"),
    ("人事股", "科员", "思结澐玥", "general", "职称评审", "评审材料把关不严，为不符合条件者推荐", "二级",
     "评审材料两人审核，结果公示。"),
    ("人事股", "科员", "思结澐玥", "general", "教师调动", "城区学校调动名额私下许诺", "三级", "调动方案公开，集体研究。"),
    ("基础教育股", "股长", "契苾翃", "middle", "招生划片", "义务教育入学划片照顾说情对象", "三级", "划片方案公示，结果公开。"),
]  # fmt: skip


def bozhouqu_education_point_name_text_subheads() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 16, 36, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(*HEAD)
    r2 = sh.add(*SUBHEAD)
    for c in (0, 1, 2, 3, 6, 7):
        sh.merge(r, c, r2, c)
    sh.merge(r, 4, r, 5)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(EDUCATION, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "bozhouqu_education_point_name_text_subheads", "https://www.cezhidao.com/reports/uESW",
        "(harder) 区教育局 岗位廉政风险防控一览表 under a header of TWO rows whose ``廉政风险点`` is merged ACROSS two "
        "columns over the sub-headings ``名称 | 具体描述`` (a short name, then how it goes wrong in a sentence), the "
        "other headings merged down over both rows, after the source's 2025年播州区政府工作报告 (2024年工作回顾, "
        "项目建设, numbered figures): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点 "
        "(名称 | 具体描述)/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def bozhouqu_yaxi_town_list() -> dict:
    unit = f"{PLACE}鸭溪镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "契苾澍", "leader", "小城镇建设配套工程指定施工方", "思想道德风险", "高",
         "工程按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "契苾澍", "leader", "工业园区征地补偿款拨付不按进度", "制度机制风险", "高",
         "补偿款按协议和进度拨付，张榜公示。"),
        ("党政办", "主任", "思结琤", "middle", "公务接待清单与实际不符", "岗位职责风险", "中", "接待清单逐次审核，月度公开。"),
        ("农业服务中心", "农技员", "契苾湉", "general", "辣椒种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业服务中心", "农技员", "契苾湉", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "bozhouqu_yaxi_town_list", "https://baike.baidu.hk/item/%E9%B4%A8%E6%BA%AA%E9%8E%AE",
        "镇人民政府 岗位廉政风险防控清单, after the source's encyclopedia entry on 鸭溪镇 (歷史沿革, 行政區劃, an "
        "infobox of 面積/人口/郵政編碼): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def bozhouqu_jinzhong_village_list() -> dict:
    unit = f"{PLACE}鸭溪镇金钟村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "思结瑄", "leader", "村集体经济合作社分红不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "思结瑄", "leader", "组组通道路维修指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "契苾泠", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "思结珩澈", "general", "临时救助申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "思结珩澈", "general", "集体土地流转不签合同", "三级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "bozhouqu_jinzhong_village_list", "https://363616.com/article/595510.html",
        "村 小微权力廉政风险防控清单, after the source's 科普 page on 鸭溪镇 (地方简介, 行政代码, 长途区号, 荣誉): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def bozhouqu_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "契苾琮", "leader", "医疗设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "契苾琮", "leader", "基层医疗机构建设资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管股", "股长", "思结璠", "middle", "医疗机构执业校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管股", "股长", "思结璠", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "契苾沅", "general", "接受药品器械供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "bozhouqu_health_bureau_list", "http://begonia-capital.com/guizhou/zunyi/25896.shtml",
        "区卫生健康局 岗位廉政风险防控一览表, after the source's page on 播州区 (地处, 历史, 【行政区划】 listing the "
        "街道, 镇 and 乡): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def bozhouqu_agriculture_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "思结璆", "leader", "高标准农田", "高标准农田建设项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("农机股", "股长", "契苾琬", "middle", "农机补贴", "农机购置补贴机具核验不到现场", "高", "机具现场核验，两人签字。"),
        ("农机股", "股长", "契苾琬", "middle", "作业补助", "秸秆还田作业面积核定不实", "中", "作业面积抽查复核。"),
        ("种植业股", "技术员", "思结湲", "general", "种子检查", "种子市场检查走过场", "中", "检查两人以上，记录存档。"),
        ("种植业股", "技术员", "思结湲", "general", "物资领用", "辣椒育苗物资领用不登记", "低", "物资出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "bozhouqu_agriculture_screening", "http://101.200.227.21/plan/38981",
        "区农业农村局 廉政风险点排查表, after the source's 十四五 规划纲要 of 播州区 (第一篇, 第一章, 第一节 headings over "
        "the text): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/"
        "防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def bozhouqu_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("安全生产监管股", "执法检查岗", "general", "非煤矿山执法检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("安全生产监管股", "执法检查岗", "general", "隐患整改未复查即销号", "业务流程风险", "Ⅰ级", "整改销号集体审核。"),
        ("救灾和物资保障股", "物资管理岗", "general", "救灾物资分配优亲厚友", "制度机制风险", "Ⅱ级", "物资按灾情核定，发放公示。"),
        ("救灾和物资保障股", "物资管理岗", "general", "接受生产经营单位礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "应急演练经费报账不实", "外部环境风险", "Ⅲ级", "报账附演练方案和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "bozhouqu_emergency_bureau_posts", "http://m.wjbbs.cn/politics/2018-04/28/c_1122756060_3.htm",
        "区应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's photo caption on the 杜鹃 of 洪关苗族乡 "
        "小坝场村 (a dated caption, the photographer named): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def bozhouqu_tourism_bureau_group_rows() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "契苾翀", "leader", [
                ("景区提升项目资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
                ("文旅推介活动指定承办公司", "一级风险", "承办单位政府采购。"),
            ]),
        ]),
        ("二、文化市场股", "文化市场股", [
            ("股长", "思结瑀", "middle", [
                ("娱乐场所违规经营查处放水", "二级风险", "查处结果集体审议，全程记录。"),
            ]),
        ]),
        ("三、文物管理所", "文物管理所", [
            ("所长", "契苾璟", "middle", [
                ("文物保护维修经费虚报", "二级风险", "经费据实报账，两人复核。"),
                ("文物巡查记录补写", "三级风险", "巡查轨迹与记录核对。"),
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
        "bozhouqu_tourism_bureau_group_rows", "http://www.zunyishizx.com/zysjd/5897.html",
        "区文体广电旅游局 岗位廉政风险防控清单 under GROUP ROWS, after the source's guide to 播州's sights (云门囤, 播州"
        "湿地公园, each with its 景点位置): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、局领导``, ``二、文化市场股``, ``三、文物管理所`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def bozhouqu_nanbai_school_selfchecks() -> dict:
    unit = f"{PLACE}南白中学"
    t = _Truth(unit)
    people = [
        ("思结玙", "", "校长", "leader", [
            ("食堂食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("契苾珺", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("办公用品入库登记不全", "低", "出入库台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "bozhouqu_nanbai_school_selfchecks", "https://www.yuncunzhai.com/article/249510.jhtml",
        "区中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's book chapter "
        "鸭溪由来闻与说 (地名及地理变迁, the salt road, 兴隆场): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    bozhouqu_education_point_name_text_subheads(),
    bozhouqu_yaxi_town_list(),
    bozhouqu_jinzhong_village_list(),
    bozhouqu_health_bureau_list(),
    bozhouqu_agriculture_screening(),
    bozhouqu_emergency_bureau_posts(),
    bozhouqu_tourism_bureau_group_rows(),
    bozhouqu_nanbai_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1048-inbox"))
