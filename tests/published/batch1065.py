"""The one-thousand-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 教体, 自然资源, 市场监管, 卫生院, 学校 and 林草 bodies of
one county, 陆良县 (曲靖市, 云南省) — its 马街镇人民政府, the 马街镇薛官堡村, the 教育体育局, the
自然资源局, the 市场监督管理局, the 马街镇卫生院, the 陆良县第一中学 and the 林业和草原局 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 马街镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 薛官堡村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 马街镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 陆良县第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``luliang_forestry_own_risk_classes``: the 林业和草原局's 一览表 whose ``风险类别`` column holds the
  office's OWN classes — ``廉政风险``, ``履职风险``, ``作风风险`` — and nothing anywhere in the sheet
  names one of the configured types (思想道德, 制度机制, 岗位职责, 业务流程, 外部环境): no note maps
  the classes (a ``注：`` line only lists the three classes). The truth keeps NO type for its points
  (not a guess from the class words); the reader should say so once for the table. A probe at
  HEAD read the types blank but reported every row's class as an error (``TYPE_UNKNOWN``,
  “风险类型无法识别”), one a row (see tests/test_batch1065.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 陆良 could be found: the pages are of the county's place
names, divisions and its 马街镇); the rows are worded by us, the names invented (the rare compound
surnames 贺儿 and 盖楼 with rare given names); every unit is a body of 曲靖市陆良县.

Run ``python tests/published/score.py --set batch1065`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``廉政风险``, ``履职风险`` and ``作风风险`` are the office's own classes, no
  configured type: its points have no type (``types`` []), as a table without a type column;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处; 镇长,
  局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 科主任, 所长, 大队长 middle; the rest general;
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

PREFIX = "b1065_"
PLACE = "曲靖市陆良县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
OWN_CLASSES = ("廉政风险", "履职风险", "作风风险")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "风险类别", "廉政风险点", "风险等级", "防控措施")

# (科室, 岗位, 姓名, tier, 风险类别 as written, 廉政风险点, 风险等级, 防控措施)
FORESTRY = [
    ("局领导", "局长", "贺儿翀", "leader", "廉政风险", "国土绿化工程项目干预招标", "高",
     "项目按规定公开招标，过问登记备案。"),
    ("局领导", "局长", "贺儿翀", "leader", "履职风险", "重大资金安排不经党组会研究", "高", "资金安排党组会集体研究。"),
    ("资源管理股", "股长", "盖楼珂", "middle", "廉政风险", "林木采伐许可审核放宽条件", "高",
     "采伐许可两人审核，结果网上公示。"),
    ("资源管理股", "股长", "盖楼珂", "middle", "履职风险", "使用林地现场查验不到位", "中", "现场查验留存影像。"),
    ("资源管理股", "股长", "盖楼珂", "middle", "作风风险", "办理许可推诿拖延", "低", "一次性告知，限时办结。"),
    ("森林草原防火办", "工作人员", "贺儿沅", "general", "履职风险", "防火物资出入库不登记", "中", "物资台账管理，定期盘点。"),
    ("森林草原防火办", "工作人员", "贺儿沅", "general", "作风风险", "巡山检查走过场", "中", "巡查轨迹留痕，抽查复核。"),
    ("办公室", "科员", "盖楼琇岚", "general", "作风风险", "公务接待超标准", "中", "接待清单审核，按月公开。"),
    ("办公室", "科员", "盖楼琇岚", "general", "廉政风险", "生态护林员补助发放不实", "低", "补助名册公示，银行代发。"),
]  # fmt: skip


def luliang_forestry_own_risk_classes() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 10, 10, 36, 9, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, cls, point, lv, measures) in enumerate(FORESTRY, 1):
        sh.add(n, dept, post, who, cls, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险类别分为廉政风险、履职风险、作风风险三类；风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "luliang_forestry_own_risk_classes", "http://xzqh.org/show/china/1996/53/532228.html",
        "(harder) 县林业和草原局 岗位廉政风险防控一览表 whose ``风险类别`` column holds the office's OWN classes "
        "(``廉政风险``, ``履职风险``, ``作风风险``) and no configured type anywhere, after the source's 政区大典 "
        "entry on 陆良县 and its towns (面积, 人口, 历史沿革, 中枢镇): a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/风险类别/廉政风险点/风险等级 高/中/低/防控措施; a ``注：`` line naming the three classes (no "
        "mapping); a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luliang_majie_town_list() -> dict:
    unit = f"{PLACE}马街镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "贺儿琮", "leader", "彩色沙林周边配套项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "贺儿琮", "leader", "集镇改造资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "盖楼澐", "middle", "车辆维修费用报账不实", "岗位职责风险", "中", "维修定点，报账附清单。"),
        ("农业农村服务中心", "农技员", "贺儿湉", "general", "烤烟种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "贺儿湉", "general", "接受农资经销商礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "luliang_majie_town_list", "https://qinglite.cn/doc/558064d99ef606c7b",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on 马街镇 (地名由来, 彩色沙林, 钟灵书院, 历史沿革): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def luliang_xueguanbao_village_list() -> dict:
    unit = f"{PLACE}马街镇薛官堡村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "盖楼翾", "leader", "村集体经济收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党总支书记", "盖楼翾", "leader", "村内道路硬化指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "贺儿琇", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村监委会主任", "盖楼玥", "general", "村务监督走过场", "二级", "监督记录按月公开。"),
        ("村监委会主任", "盖楼玥", "general", "村级财务票据审核不严", "三级", "票据两人审核签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "luliang_xueguanbao_village_list", "http://m.92zidian.com/lishi/diming/e99986e889afe58ebf",
        "村 小微权力廉政风险防控清单, after the source's place-name entry on 陆良县 (改陆凉州置, 沿革, 物产): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def luliang_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贺儿翃", "leader", "校舍维修工程干预施工单位确定", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "贺儿翃", "leader", "教育经费安排不经集体研究", "制度机制", "高风险", "经费安排局党组会研究。"),
        ("人事股", "股长", "盖楼澍", "middle", "教师调动审核把关不严", "岗位职责", "中风险", "调动条件公开，集体研究。"),
        ("人事股", "股长", "盖楼澍", "middle", "职称评审材料审核不实", "业务流程", "中风险", "评审材料公示。"),
        ("计划财务股", "会计", "贺儿湲", "general", "接受教学设备供应商宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "luliang_education_bureau_list", "http://m.jjcmw.cn/yxwd/202510/626521.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's page on 陆良's 行政区划 (a table of its 乡镇, 类型, "
        "人口): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def luliang_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "盖楼瑄", "leader", "土地出让", "经营性用地出让设置排他性条件", "高",
         "出让方案集体研究，网上公开交易。"),
        ("国土空间规划股", "股长", "贺儿泠", "middle", "规划调整", "违规调整控制性详细规划指标", "高",
         "规划调整专家论证并公示。"),
        ("国土空间规划股", "股长", "贺儿泠", "middle", "规划核实", "规划条件核实走过场", "中", "核实两人到场，留存影像。"),
        ("不动产登记中心", "登记员", "盖楼璆", "general", "登记审核", "不动产登记材料审核不严", "中", "登记资料两级审核。"),
        ("不动产登记中心", "登记员", "盖楼璆", "general", "信息查询", "违规查询、泄露登记信息", "低", "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "luliang_natural_resources_screening", "http://www.ciyuzhan.com/lishi/diming/e99986e889afe58ebf",
        "县自然资源局 廉政风险点排查表, after the source's place-name entry on 陆良县 (面积, 人口, 改凉为良, 陆良坝子): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luliang_market_regulation_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "食品安全执法检查降格处理", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("综合执法大队", "执法岗", "general", "案件移送不及时", "业务流程风险", "Ⅰ级", "案件集体审议，限时移送。"),
        ("登记注册股", "登记岗", "general", "企业登记审核为关系人开绿灯", "制度机制风险", "Ⅱ级", "登记材料网上核验。"),
        ("登记注册股", "登记岗", "general", "接受企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附培训通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "luliang_market_regulation_posts", "http://m.ciyu8.com/lishi/diming/e99986e889afe58ebf",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's reposted place-name entry on 陆良县 "
        "(沿革 from 同劳县, 物产, 交通): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def luliang_majie_clinic_group_rows() -> dict:
    unit = f"{PLACE}马街镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "贺儿琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("基建维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药师", "盖楼璠", "general", [
                ("药品耗材验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科主任", "贺儿瑀", "middle", [
                ("家庭医生签约数据虚报", "二级风险", "签约数据电话回访抽查。"),
                ("老年人体检补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "luliang_majie_clinic_group_rows", "http://m.52gefu.com/lishi/diming/e99986e889afe58ebf",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's reposted place-name entry on 陆良县 "
        "(沿革, 地貌, 农产): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def luliang_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("盖楼珺", "", "校长", "leader", [
            ("学生校服征订指定商家", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("食堂食材采购收取回扣", "中", "食材公开招标，验收留痕。", "已落实"),
        ]),
        ("贺儿玙", "教务处", "干事", "general", [
            ("学籍变更材料审核不严", "中", "变更材料两人审核，留档。", "未发现问题"),
            ("考试成绩录入不核对", "低", "成绩录入双人核对。", "已落实"),
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
        "luliang_first_middle_school_selfchecks", "http://ciyuzhan.com/lishi/diming/e99986e889afe58ebf",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's place-name "
        "entry on 陆良县 (the same entry as the 自然资源局's source, served without ``www.``; no other unused page "
        "of the county could be found): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then "
        "序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luliang_forestry_own_risk_classes(),
    luliang_majie_town_list(),
    luliang_xueguanbao_village_list(),
    luliang_education_bureau_list(),
    luliang_natural_resources_screening(),
    luliang_market_regulation_posts(),
    luliang_majie_clinic_group_rows(),
    luliang_first_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1065-inbox"))
