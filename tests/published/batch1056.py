"""The one-thousand-and-fifty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫健, 林业, 市场监管, 卫生院, 学校 and 街道 bodies of
one county, 凯里市 (黔东南苗族侗族自治州, 贵州省) — its 舟溪镇人民政府, the 三棵树镇平乐村, the 卫生健康局,
the 林业局, the 市场监督管理局, the 凯棠镇卫生院, the 第一中学 and the 鸭塘街道办事处 — each handing back
the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 舟溪镇人民政府's 清单: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 平乐村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``, a ``注：`` line;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``具体表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``部门`` and ``岗位`` merged, ``…风险`` types under ``风险类型``,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` under ``风险级别``; no names;
- the 凯棠镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``kaili_yatang_street_level_sections``: the 鸭塘街道办事处's 清单 with NO level column
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``), its points sorted by level under SECTION ROWS
  merged across the table that alone give the level, each closing on its count after a colon
  (``一、高风险点：共3个``, ``二、中风险点：共4个``, ``三、低风险点：共2个``); the same holders under
  several sections (a holder's points of every level are one form). docs/layouts.md knows
  ``一、一级风险点`` over the rows of that level, and a count in brackets (``（共3个）``); the
  count after a colon, outside any bracket, is not said there.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 凯里 could be found: the pages are of the county, its
towns, villages and feasts; the harder file's is a page on 鸭塘街道's 三江村, none of the sectioned
kind being found); the rows are worded by us, the names invented (the rare compound surnames 尸突
and 库仁 with rare given names); every unit is a body of 黔东南苗族侗族自治州凯里市.

Run ``python tests/published/score.py --set batch1056`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's level is the section row's over it (``高风险点`` 1, ``中风险点`` 2,
  ``低风险点`` 3); the section rows are no points and name no 科室; a holder under several sections
  is one form with the points of all of them;
- ``镇领导``, ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; 镇长, 局长, 村党支部书记, 院长, 校长, 街道主任 are
  leaders; 股长, 科长, 所长, 科主任, 大队长, a 办's 主任 middle; the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
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

PREFIX = "b1056_"
PLACE = "黔东南苗族侗族自治州凯里市"
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

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")

# (section row as written, level, [(科室, 岗位, 姓名, tier, 廉政风险点, 防控措施), ...])
SECTIONS = [
    ("一、高风险点：共3个", 1, [
        ("街道领导", "街道主任", "库仁翀", "leader", "征收补偿方案个人说了算",
         "补偿方案党工委会集体研究，结果公示。"),
        ("街道领导", "街道主任", "库仁翀", "leader", "安置房建设项目指定施工单位",
         "项目公开招标，全程纪检监督。"),
        ("社会事务办", "主任", "尸突琤", "middle", "低保对象审核优亲厚友", "入户调查，评议结果张榜公示。"),
    ]),
    ("二、中风险点：共4个", 2, [
        ("社会事务办", "主任", "尸突琤", "middle", "临时救助资金审批不及时", "限时办结，台账管理。"),
        ("社会事务办", "民政专干", "库仁沅", "general", "高龄津贴名册审核不严", "名册与户籍信息比对。"),
        ("财政所", "会计", "尸突湉岚", "general", "报销票据审核把关不严", "会计、出纳交叉审核。"),
        ("财政所", "会计", "尸突湉岚", "general", "村级财务代理记账不规范", "每季度抽查记账凭证。"),
    ]),
    ("三、低风险点：共2个", 3, [
        ("财政所", "出纳", "库仁琇", "general", "现金未及时存入银行", "日清月结，定期盘点。"),
        ("社会事务办", "民政专干", "库仁沅", "general", "接受办事群众礼品", "签订廉洁承诺书。"),
    ]),
]  # fmt: skip


def kaili_yatang_street_level_sections() -> dict:
    unit = f"{PLACE}鸭塘街道办事处"
    t = _Truth(unit)
    sh = _Sheet("清单", [6, 12, 10, 12, 40, 34])
    _line(sh, f"{unit}廉政风险点清单", 6)
    sh.add(*HEAD)
    n = 0
    for shown, lv, rows in SECTIONS:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for dept, post, who, tier, point, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], lv)
        _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年8月", None)
    return _layout(
        "kaili_yatang_street_level_sections", "http://www.weimomishe.com/doc/f00984806515c4940f638",
        "(harder) 街道办事处 廉政风险点清单 with NO level column, its points sorted by level under SECTION ROWS "
        "merged across that alone give the level, each closing on its count after a colon (``一、高风险点：共3个``, "
        "``二、中风险点：共4个``, ``三、低风险点：共2个``), the same holders under several sections, after the "
        "source's page on 鸭塘街道三江村 (自然寨, 村民组, 三江码头, neighbouring villages and sights): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person within a section/廉政风险点/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kaili_zhouxi_town_list() -> dict:
    unit = f"{PLACE}舟溪镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "库仁璟", "leader", "芦笙堂改造工程指定施工方", "思想道德风险", "高",
         "工程按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "库仁璟", "leader", "节庆活动经费安排不经集体研究", "制度机制风险", "高",
         "经费安排镇党委会研究，张榜公示。"),
        ("党政办", "主任", "尸突澐", "middle", "公务接待费用报账不实", "岗位职责风险", "中", "接待清单随票报账。"),
        ("农业服务中心", "农技员", "库仁湉", "general", "稻田养鱼补助面积核查不实", "业务流程风险", "中",
         "入户丈量，结果公示。"),
        ("农业服务中心", "农技员", "库仁湉", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "kaili_zhouxi_town_list", "http://3g.qdn.cn/news/wh/201101/50198.shtml",
        "镇人民政府 岗位廉政风险防控清单, after the source's report on 舟溪镇 building a 34-亩 芦笙堂 for the 甘囊香 "
        "芦笙节: a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def kaili_pingle_village_list() -> dict:
    unit = f"{PLACE}三棵树镇平乐村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "尸突玥", "leader", "传统村落保护资金使用不公开", "一级", "资金使用村民代表会议表决。"),
        ("村党支部书记", "尸突玥", "leader", "通组路硬化工程指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "库仁璆", "general", "危房改造对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "尸突琬", "general", "医保缴费名册代签代填", "二级", "名册经村务监督委员会审核。"),
        ("村文书", "尸突琬", "general", "村级办公经费白条入账", "三级", "报账凭证经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "kaili_pingle_village_list", "http://www.ruihuoedu.com/doc/f00934076515869c8ba6d",
        "村 小微权力廉政风险防控清单, after the source's page on 三棵树镇平乐村 (中国传统村落, 村民小组, 巴拉河畔, "
        "neighbouring villages): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def kaili_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "库仁瑀", "leader", "医共体设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "库仁瑀", "leader", "基层卫生项目资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管科", "科长", "尸突瑄", "middle", "医疗机构执业校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管科", "科长", "尸突瑄", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务科", "会计", "库仁珺", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "kaili_health_bureau_list", "https://oson.ca/china/baike.php?a=10537&o=%E5%87%AF%E9%87%8C%E5%B8%82",
        "县级市卫生健康局 岗位廉政风险防控一览表, after the source's gazetteer entry on 凯里市 (面积, 首府, 街道 and "
        "镇 listed, 炉山县 history): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def kaili_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "具体表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "尸突翃", "leader", "造林项目", "石漠化治理造林项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "库仁琮", "middle", "采伐许可", "林木采伐许可现场核查不到位", "高", "现场核查两人签字。"),
        ("资源管理股", "股长", "库仁琮", "middle", "林地占用", "使用林地审核材料把关不严", "中", "审核意见集体研究。"),
        ("林业站", "林业员", "尸突珩", "general", "护林员考核", "生态护林员巡护记录不实", "中",
         "巡护轨迹与记录核对。"),
        ("林业站", "林业员", "尸突珩", "general", "苗木领用", "造林苗木领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "kaili_forestry_screening", "http://spot.cnair.com/guizhou/kaili/list_kaili.htm",
        "县级市林业局 廉政风险点排查表, after the source's 基本概况 of 凯里市 (行政区划, 历史沿革, 气候特征, 民族人口): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``具体表现``/风险等级 高/中/低/防控措施; "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kaili_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("综合执法大队", "执法检查岗", "general", "酸汤生产企业检查走过场", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("综合执法大队", "执法检查岗", "general", "案件查处降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "窗口受理岗", "general", "经营主体登记材料审核不严", "制度机制风险", "Ⅱ级", "审核一次告知，网上留痕。"),
        ("登记注册股", "窗口受理岗", "general", "接受办事群众礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "kaili_market_bureau_posts", "https://www.baike.com/wikiid/7216282099123339320",
        "县级市市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's encyclopaedia entry on 凯里市 "
        "(名称由来, 街道 and 镇, 酸汤 and 蓝莓 industries, 风雨桥 and 下司): a title, 序号/部门 merged/岗位 merged per "
        "post/廉政风险点/风险类型 ``…风险``/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def kaili_kaitang_clinic_group_rows() -> dict:
    unit = f"{PLACE}凯棠镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "库仁琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("病房维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药房负责人", "尸突璠", "middle", [
                ("药品耗材验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "库仁泠", "general", [
                ("慢病随访记录虚报", "二级风险", "随访记录电话回访抽查。"),
                ("孕产妇补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "kaili_kaitang_clinic_group_rows", "https://bdditu.com/qiandongnanditu/map/kailishi_kaitangxiang.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 凯棠 (地名由来 鼓笙场, its 11 "
        "villages, the 苗族 share, 干炸书 the highest peak): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged across; 岗位 "
        "and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kaili_no1_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("库仁澍", "", "校长", "leader", [
            ("食堂大宗食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("尸突琇", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("实验器材入库登记不全", "低", "出入库台账每月核对。", "已落实"),
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
        "kaili_no1_school_selfchecks",
        "https://jendow.com.tw/wiki/%E5%87%B1%E9%87%8C%5B%E4%B8%AD%E5%9C%8B%E8%B2%B4%E5%B7%9E%E7%9C%81%E9%BB%94%E6%9D%B1%E5%8D%97%E8%8B%97%E6%97%8F%E4%BE%97%E6%97%8F%E8%87%AA%E6%B2%BB%E5%B7%9E%E4%B8%8B%E8%BD%84%E7%B8%A3%E7%B4%9A%E5%B8%82%5D",
        "县级市中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's wiki page on "
        "凱里 (歷史沿革 from 且蘭 to 1983, 行政區劃 of 1990): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a "
        "row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kaili_yatang_street_level_sections(),
    kaili_zhouxi_town_list(),
    kaili_pingle_village_list(),
    kaili_health_bureau_list(),
    kaili_forestry_screening(),
    kaili_market_bureau_posts(),
    kaili_kaitang_clinic_group_rows(),
    kaili_no1_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1056-inbox"))
