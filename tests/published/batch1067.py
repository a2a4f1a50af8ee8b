"""The one-thousand-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 卫健, 交通, 住建, 卫生院, 学校 and 人社 bodies of
one county, 罗平县 (曲靖市, 云南省) — its 罗雄街道办事处, the 板桥镇品德村, the 卫生健康局, the
交通运输局, the 住房和城乡建设局, the 板桥镇中心卫生院, the 罗平县第二中学 and the 人力资源和社会保障局 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 罗雄街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 品德村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 交通运输局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 住房和城乡建设局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 板桥镇中心卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、收费室``, ``三、护理部`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``luoping_hrss_office_post_holder_cells``: the 人力资源和社会保障局's 一览表 with no 科室, 岗位 or
  姓名 column but one ``岗位人员`` column whose cells write the 科室 BEFORE the post and then the
  holder, separated by a full-width space, a half-width space or nothing: ``财务室出纳　徒单珂``,
  ``办公室主任 温迪罕沅``, ``就业股股长徒单澈``; the 局长 alone writes no 科室 (``局长　徒单翀``).
  The truth reads each cell as 科室 (department), post (title) and holder (person). A probe at
  HEAD read such a column as 其他 (COLUMN_GUESSED: “内容是岗位或科室”) and the table as one form
  with neither post nor holder; with common surnames it read ``财务室出纳`` whole as the post
  (see tests/test_batch1067.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 罗平 could be found: the pages are of the county, its
government site, its towns and its sights — 九龙瀑布, 油菜花, 多依河); the rows are worded by us, the
names invented (the rare compound surnames 徒单 and 温迪罕 with rare given names); every unit is a body
of 曲靖市罗平县.

Run ``python tests/published/score.py --set batch1067`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``岗位人员`` cell ``<科室><岗位>[space]<姓名>`` is the 科室 (``财务室``,
  ``办公室``, ``就业股``, ``社会保险股``), the post (``出纳``, ``主任``, ``股长``, ``经办员``) and the
  holder; ``局长　徒单翀`` has no 科室;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have
  no 科室 where no column gives one; the 中学's ``总务处主任`` is the 主任 of the 科室 总务处; 主任 of a
  街道, 局长, 副局长, 村党总支书记, 院长, 校长 are leaders; 股长, 科室主任, 护士长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  住房和城乡建设局's list names no person: its forms are posts;
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

PREFIX = "b1067_"
PLACE = "曲靖市罗平县"
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

HEAD = ("序号", "岗位人员", "廉政风险点", "风险类型", "风险等级", "防控措施")

# (科室, 岗位, separator, 姓名, tier, 廉政风险点, 风险类型, 风险等级, 防控措施)
HRSS = [
    ("", "局长", "　", "徒单翀", "leader", "干部选拔任用个人说了算", "制度机制", "一级",
     "干部任用党组会集体研究，全程纪实。"),
    ("", "局长", "　", "徒单翀", "leader", "就业专项资金安排不经集体研究", "岗位职责", "一级", "资金安排党组会研究。"),
    ("办公室", "主任", " ", "温迪罕沅", "middle", "公务用车私用", "思想道德", "二级", "派车登记，定期通报。"),
    ("财务室", "出纳", "　", "徒单珂", "general", "现金支付不按规定审批", "业务流程", "一级",
     "支付凭审批单，两人核对。"),
    ("财务室", "出纳", "　", "徒单珂", "general", "收受报账单位好处费", "外部环境", "三级", "签订廉洁承诺书。"),
    ("就业股", "股长", "", "徒单澈", "middle", "创业担保贷款资格审核放宽条件", "岗位职责", "一级",
     "资格审核两人以上，名单公示。"),
    ("就业股", "股长", "", "徒单澈", "middle", "公益性岗位补贴虚报冒领", "业务流程", "二级", "补贴名册公示，银行代发。"),
    ("社会保险股", "经办员", " ", "温迪罕琇", "general", "养老保险待遇核定不实", "业务流程", "二级",
     "待遇核定复核，系统留痕。"),
    ("社会保险股", "经办员", " ", "温迪罕琇", "general", "违规办理提前退休", "制度机制", "三级", "退休审批公示。"),
]  # fmt: skip


def cell_of(dept: str, post: str, sep: str, who: str) -> str:
    """The ``岗位人员`` cell as the office wrote it: 科室, post, a space or none, the holder."""
    return f"{dept}{post}{sep}{who}"


def luoping_hrss_office_post_holder_cells() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 22, 36, 11, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, sep, who, tier, point, typ, lv, measures) in enumerate(HRSS, 1):
        sh.add(n, cell_of(dept, post, sep, who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：风险等级分为一级、二级、三级。", 6)
    sh.add("填表人：", None, "审核人：", None, "2025年8月", None)
    return _layout(
        "luoping_hrss_office_post_holder_cells", "https://www.huocheso.com/zhengfu_530324/",
        "(harder) 县人力资源和社会保障局 岗位廉政风险防控一览表 with no 科室/岗位/姓名 column but one ``岗位人员`` "
        "column whose cells write the 科室 before the post and then the holder (``财务室出纳　徒单珂``, ``办公室主任 "
        "温迪罕沅``, ``就业股股长徒单澈``; ``局长　徒单翀`` with no 科室), merged per person, after the source's page on "
        "罗平县政府网 (地址 罗雄街道振兴街, 行政区划, 历史沿革): a title, 序号/岗位人员/廉政风险点/风险类型 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luoping_luoxiong_subdistrict_list() -> dict:
    unit = f"{PLACE}罗雄街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "温迪罕翃", "leader", "老旧小区改造项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，党工委会集体研究。"),
        ("街道领导", "主任", "温迪罕翃", "leader", "征地拆迁补偿资金拨付不按程序", "制度机制风险", "高",
         "补偿资金专户管理，张榜公示。"),
        ("党政办", "副主任", "徒单澐", "middle", "办公用品采购报账不实", "岗位职责风险", "中", "采购定点，报账附清单。"),
        ("社会事务办", "民政专干", "温迪罕湉", "general", "临时救助对象审核不实", "业务流程风险", "中",
         "救助对象入户核实并公示。"),
        ("社会事务办", "民政专干", "温迪罕湉", "general", "接受救助对象礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "luoping_luoxiong_subdistrict_list", "http://365135.com/yunnan/qujing/24963.shtml",
        "街道办事处 岗位廉政风险防控清单, after the source's page on 罗平县 (面积, 常住人口, 行政区划 罗雄街道…, "
        "建置沿革): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def luoping_pinde_village_list() -> dict:
    unit = f"{PLACE}板桥镇品德村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "徒单翾", "leader", "集体林地承包方案不公开", "一级", "承包方案村民代表会议表决。"),
        ("村党总支书记", "徒单翾", "leader", "油菜花观光道路项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "温迪罕琇岚", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村监委会主任", "徒单玥", "general", "村务监督走过场", "二级", "监督记录按月公开。"),
        ("村监委会主任", "徒单玥", "general", "村级报账票据审核不严", "三级", "票据两人审核签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "luoping_pinde_village_list", "https://zh.wikipedia.org/wiki/%E7%BD%97%E5%B9%B3%E5%8E%BF",
        "村 小微权力廉政风险防控清单, after the source's encyclopedia entry on 罗平县 (油菜花田, 乡级行政区, 九龙瀑布群, "
        "气候): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def luoping_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "温迪罕翀", "leader", "医疗机构基建项目干预招标", "外部环境", "高风险",
         "工程公开招标，过问登记。"),
        ("局领导", "局长", "温迪罕翀", "leader", "卫生专项经费安排不经集体研究", "制度机制", "高风险", "经费安排局党组会研究。"),
        ("医政医管股", "股长", "徒单澍", "middle", "医疗机构执业许可审查不严", "岗位职责", "中风险", "许可材料两人审查。"),
        ("医政医管股", "股长", "徒单澍", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处过程记录在案。"),
        ("规划财务股", "会计", "温迪罕湲", "general", "接受药品供应商宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "luoping_health_bureau_list", "https://wiki.szjm666.com/item/74522.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's encyclopedia entry on 罗平县 (常住人口, 生产总值, "
        "历史沿革): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def luoping_transport_screening() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "徒单瑄", "leader", "工程变更", "农村公路工程变更不经集体研究", "高",
         "变更方案集体研究并公示。"),
        ("建设管理股", "股长", "温迪罕泠", "middle", "质量验收", "交工验收降低质量标准", "高", "验收邀请第三方检测。"),
        ("建设管理股", "股长", "温迪罕泠", "middle", "计量支付", "工程计量虚增工程量", "中", "计量两人复核，留存影像。"),
        ("运输管理股", "办事员", "徒单璆", "general", "证件办理", "道路运输证办理审核不严", "中", "办证材料两级审核。"),
        ("运输管理股", "办事员", "徒单璆", "general", "信息查询", "违规泄露运输企业信息", "低", "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "luoping_transport_screening", "https://meipian.cn/4v41lzq0",
        "县交通运输局 廉政风险点排查表, after the source's travel notes on 罗平 (九龙瀑布, 多依河, 金鸡峰丛, the roads "
        "between them): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luoping_housing_posts() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建筑市场监管股", "监管岗", "general", "施工许可审查降低条件", "岗位职责风险", "Ⅰ级", "审查两人以上，结果公示。"),
        ("建筑市场监管股", "监管岗", "general", "质量安全检查降格处理", "业务流程风险", "Ⅰ级", "检查全程记录。"),
        ("房地产市场股", "管理岗", "general", "商品房预售许可为关系人开绿灯", "制度机制风险", "Ⅱ级", "预售材料网上核验。"),
        ("房地产市场股", "管理岗", "general", "接受开发企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议费报账不实", "外部环境风险", "Ⅲ级", "报账附会议通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "luoping_housing_posts", "https://post.smzdm.com/p/a9495rm0",
        "县住房和城乡建设局 岗位廉政风险防控清单 对岗不对人, after the source's page on the 九龙瀑布群风景区 and its "
        "油菜花田 (地理位置, 游玩攻略): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def luoping_banqiao_clinic_group_rows() -> dict:
    unit = f"{PLACE}板桥镇中心卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "温迪罕琬", "leader", [
                ("医用耗材采购个人说了算", "一级风险", "耗材采购院务会研究，公开采购。"),
                ("院内维修项目指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、收费室", "收费室", [
            ("收费员", "徒单璠", "general", [
                ("收费不开票据截留现金", "二级风险", "收费日清日结，票款核对。"),
            ]),
        ]),
        ("三、护理部", "护理部", [
            ("护士长", "温迪罕瑀", "middle", [
                ("护理耗材领用登记不实", "二级风险", "耗材领用台账，月底盘点。"),
                ("护理人员排班优亲厚友", "三级风险", "排班表公示。"),
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
        "luoping_banqiao_clinic_group_rows", "http://www.yqyyn.com/html/pic/72.html",
        "镇中心卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 罗平 and the 九龙瀑布群 at 板桥镇 "
        "(气候, 九龙十瀑): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、院领导``, ``二、收费室``, ``三、护理部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luoping_second_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("徒单珺", "", "校长", "leader", [
            ("教辅资料征订指定商家", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("校舍维修工程收取回扣", "中", "维修项目比选，验收留痕。", "已落实"),
        ]),
        ("温迪罕玙", "总务处", "主任", "middle", [
            ("食堂食材验收不严", "中", "验收两人签字，留档。", "未发现问题"),
            ("固定资产处置不登记", "低", "资产处置集体研究并登记。", "已落实"),
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
        "luoping_second_middle_school_selfchecks",
        "https://blob.wenxiaobai.com/article/181ce478-5f81-d94e-b781-030a1a1becaf",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on the "
        "sights of 罗平县 (油菜花海, 多依河, 九龙瀑布群, 布依族村寨): a title, a label row ``姓　名 | 职　务 | 填表日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luoping_hrss_office_post_holder_cells(),
    luoping_luoxiong_subdistrict_list(),
    luoping_pinde_village_list(),
    luoping_health_bureau_list(),
    luoping_transport_screening(),
    luoping_housing_posts(),
    luoping_banqiao_clinic_group_rows(),
    luoping_second_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1067-inbox"))
