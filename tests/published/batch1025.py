"""The one-thousand-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 教育, 茶产业, 应急, 林业, 疾控 and 医保 bodies of one
county, 普安县 (黔西南布依族苗族自治州, 贵州省) — its 江西坡镇人民政府, the 楼下镇糯东村, the 教育局, the
茶产业发展中心, the 应急管理局, the 林业局, the 疾病预防控制中心 and the 医疗保障局 — each handing back
the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 江西坡镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 糯东村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 茶产业发展中心's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 林业局's 清单 under GROUP ROWS ``一、局领导``, ``二、资源管理股``, ``三、林业站`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 疾病预防控制中心's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``puan_medical_insurance_numbered_hint_row``: the 医疗保障局's 一览表 (``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险等级 | 防控措施``) with the template's FILL-IN HINT ROW left in right under the
  header, NUMBERED like a data row: ``1 | 填写股室全称 | 填写岗位名称 | 填写本人姓名 | 简述风险表现 |
  一级/二级/三级 | 简述防控措施``; the staff's rows follow, numbered on from it (2, 3, …).
  docs/layouts.md knows a row of plain explanations under a header whose ``序号`` cell is blank or
  ``（序号）`` (HEADER_EXPLAINS_ROW, batch1019) and says a row whose ``序号`` cell holds a number is
  read as a row; not a hint row that is numbered.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
宿六斤 and 破多罗 with rare given names); every unit is a body of 普安县.

Run ``python tests/published/score.py --set batch1025`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the numbered hint row is part of the header, no point and no person (no one
  is called ``填写本人姓名``); the staff's rows are read as numbered (2, 3, …);
- ``镇领导``, ``局领导``, ``中心领导`` are the 科室 of the leaders; the 村's and the 疾控中心's people
  have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 主任 (of the 中心s) are
  leaders; 股长, 站长 (of a 林业站) middle; the rest general;
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

PREFIX = "b1025_"
PLACE = "普安县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
# the template's fill-in hint row, numbered like a data row
HINT = (
    1,
    "填写股室全称",
    "填写岗位名称",
    "填写本人姓名",
    "简述风险表现",
    "一级/二级/三级",
    "简述防控措施",
)

# the staff's rows: (股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
INSURANCE = [
    ("局领导", "局长", "宿六斤翾", "leader", "定点医药机构准入评估打招呼", "一级",
     "准入评估专家打分，局党组集体研究。"),
    ("局领导", "局长", "宿六斤翾", "leader", "医保基金结余资金调剂个人说了算", "一级", "调剂方案集体研究，报县政府审定。"),
    ("基金监管股", "股长", "破多罗湉", "middle", "飞行检查发现问题瞒报少报", "一级", "检查结果两人复核，问题清单存档。"),
    ("基金监管股", "股长", "破多罗湉", "middle", "追回违规基金不足额入账", "二级", "追回资金直接缴入基金专户。"),
    ("待遇保障股", "经办员", "宿六斤琇玥", "general", "门诊慢特病认定放宽条件", "二级", "认定材料专家复审，结果公示。"),
    ("待遇保障股", "经办员", "宿六斤琇玥", "general", "异地就医备案收受好处", "三级", "备案全程网办，留痕可查。"),
    ("办公室", "出纳", "破多罗璩", "general", "工作经费报销凭证审核不严", "三级", "凭发票和审批单支付，两人复核。"),
]  # fmt: skip


def puan_medical_insurance_numbered_hint_row() -> dict:
    unit = f"{PLACE}医疗保障局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 14, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    sh.add(*HINT)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(INSURANCE, 2):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "puan_medical_insurance_numbered_hint_row",
        "https://pvmeng.com/tag/%e9%bb%94%e5%ba%9c%e5%8f%91%e3%80%942018%e3%80%95%e7%ac%ac7%e5%8f%b7",
        "(harder) 县医疗保障局 岗位廉政风险防控一览表 whose template's FILL-IN HINT ROW stays right under the header, "
        "NUMBERED like a data row (``1 | 填写股室全称 | 填写岗位名称 | 填写本人姓名 | 简述风险表现 | 一级/二级/三级 | "
        "简述防控措施``), the staff's rows numbered on from it (2, 3, …), after the source's tag page on a provincial "
        "document number (黔府发〔2018〕第7号: the number as a heading over the entries filed under it): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def puan_jiangxipo_town_list() -> dict:
    unit = f"{PLACE}江西坡镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "破多罗骞", "leader", "茶园提质改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "破多罗骞", "leader", "茶叶加工园区征地补偿款拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "宿六斤玓", "middle", "公务用车加油维修报账不实", "岗位职责风险", "中",
         "车辆单车核算，每月公示。"),
        ("农业服务中心", "农技员", "破多罗翮", "general", "茶苗补贴发放登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "破多罗翮", "general", "接受茶企吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "puan_jiangxipo_town_list", "http://www.handmsg.com/page/2019/1226/6232149.shtml",
        "镇人民政府 岗位廉政风险防控清单, after the source's journal paper on 基层林业站 in 森林防火 (摘要, 关键词, "
        "numbered sections): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def puan_nuodong_village_list() -> dict:
    unit = f"{PLACE}楼下镇糯东村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "宿六斤瑄", "leader", "村集体茶园分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "宿六斤瑄", "leader", "通组路硬化项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "破多罗泠", "general", "护林员选聘优亲厚友", "二级", "选聘结果张榜公示。"),
        ("村文书", "宿六斤珩澈", "general", "防火值班补助虚报人数", "二级", "值班表经村务监督委员会审核。"),
        ("村文书", "宿六斤珩澈", "general", "集体林地流转不签合同", "三级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "puan_nuodong_village_list", "http://jxqp.net/haowen/2644.html",
        "村 小微权力廉政风险防控清单, after the source's page of sample 森林防火工作方案 (序言, numbered tasks under "
        "一、宣传培训工作 and 二、巡查、督查工作): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def puan_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "破多罗琮", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "破多罗琮", "leader", "营养改善计划资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("基础教育股", "股长", "宿六斤璠", "middle", "义务教育招生划片打招呼", "岗位职责", "中风险",
         "划片方案公示，招生结果公开。"),
        ("基础教育股", "股长", "宿六斤璠", "middle", "教辅材料征订推荐指定书商", "业务流程", "中风险",
         "征订按目录自愿，不统一代购。"),
        ("计财股", "会计", "破多罗沅", "general", "接受供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "puan_education_bureau_list", "http://szrb.suiw.cn/szrb/20240130/html/content_20240130003009.htm",
        "县教育局 岗位廉政风险防控一览表, after the source's newspaper report on 清廉学校 (一个载体, 两大项目, 三项机制): "
        "a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def puan_tea_centre_screening() -> dict:
    unit = f"{PLACE}茶产业发展中心"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "宿六斤璆", "leader", "茶园基地项目", "生态茶园基地配套工程拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("产业股", "股长", "破多罗琬", "middle", "加工补贴", "茶叶加工设备补贴台数核定不实", "高", "补贴集体审核，入企核查。"),
        ("产业股", "股长", "破多罗琬", "middle", "品牌授权", "公用品牌标识使用授权审核放宽", "中", "授权集体研究，名单公示。"),
        ("技术推广站", "技术员", "宿六斤湲", "general", "技术服务", "茶园病虫害防治指导天数虚报", "中", "服务记录与考勤核对。"),
        ("技术推广站", "技术员", "宿六斤湲", "general", "茶苗领用", "白茶茶苗领用不登记", "低", "茶苗出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "puan_tea_centre_screening", "https://www.renrendoc.com/paper/202190658.html",
        "县茶产业发展中心 廉政风险点排查表, after the source's 生态公益林护林员考核评分表 (考核项目/基本分/考核内容/"
        "评分标准/得分, a short item beside a long standard): a title, 序号/科室/岗位/责任人 on EVERY row/a short "
        "``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def puan_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("安全监管股", "执法检查岗", "general", "煤矿执法检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("安全监管股", "执法检查岗", "general", "隐患整改复查不及时销号", "业务流程风险", "Ⅰ级", "整改销号集体审核。"),
        ("防灾减灾股", "救灾物资岗", "general", "救灾物资分配优亲厚友", "制度机制风险", "Ⅱ级", "物资按灾情核定，发放公示。"),
        ("防灾减灾股", "救灾物资岗", "general", "接受生产经营单位礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "森林防火宣传经费报账不实", "外部环境风险", "Ⅲ级", "报账附宣传品清单和照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "puan_emergency_bureau_posts", "https://gongwenbang.cn/docs/c14-pr1-st1/p/103.html",
        "县应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's document listing on 森林防火 宣传 (a title, a "
        "summary of 一是/二是 points, date, size and pages): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def puan_forestry_bureau_group_rows() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "破多罗翀", "leader", [
                ("国储林项目资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
                ("松材线虫病除治项目指定服务商", "一级风险", "除治项目政府采购。"),
            ]),
        ]),
        ("二、资源管理股", "资源管理股", [
            ("股长", "宿六斤澍", "middle", [
                ("林木采伐许可审核放宽", "二级风险", "采伐许可两人现场核验，结果公示。"),
            ]),
        ]),
        ("三、林业站", "林业站", [
            ("护林员管理员", "破多罗瑀", "general", [
                ("护林员巡护考勤弄虚作假", "二级风险", "巡护轨迹与考勤核对。"),
                ("林下经济补助对象审核不严", "三级风险", "补助对象实地核查后公示。"),
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
        "puan_forestry_bureau_group_rows", "https://xichuan.gov.cn/xcxlyj/zwdt30/content_32504",
        "县林业局 岗位廉政风险防控清单 under GROUP ROWS, after the source's news item on 林业 ``红马甲`` and ``红袖标`` "
        "(12个分包乡镇督查组, 松材线虫 普查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、局领导``, ``二、资源管理股``, ``三、林业站`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def puan_cdc_selfchecks() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    people = [
        ("破多罗玙", "主任", "leader", [
            ("疫苗冷链设备采购指定供应商", "高", "采购三家比价，集体审定。", "已落实"),
            ("检验试剂采购不比价", "中", "试剂集中采购，价格公开。", "已落实"),
        ]),
        ("宿六斤珺", "检验员", "general", [
            ("检测报告出具收受好处", "中", "报告两人复核，签订廉洁承诺书。", "未发现问题"),
            ("下乡采样差旅费重复报销", "低", "差旅报销附派车单和行程。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "puan_cdc_selfchecks",
        "http://www.gygddn.com/sf_1DA767BB9D9A4B1E9EF4F968387AED1C_209_82B86957246.html",
        "县疾病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report "
        "on a 林草局 check of 林长制 巡林 records (一是…四是 items checked, rectification asked): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    puan_medical_insurance_numbered_hint_row(),
    puan_jiangxipo_town_list(),
    puan_nuodong_village_list(),
    puan_education_bureau_list(),
    puan_tea_centre_screening(),
    puan_emergency_bureau_posts(),
    puan_forestry_bureau_group_rows(),
    puan_cdc_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1025-inbox"))
