"""The one-thousand-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 卫健, 林草, 市场监管, 卫生院, 学校 and 镇 bodies of
one county, 禄劝彝族苗族自治县 (昆明市, 云南省) — its 屏山街道办事处, the 转龙镇转龙村, the 卫生健康局,
the 林业和草原局, the 市场监督管理局, the 撒营盘镇卫生院, the 第一中学 and the 中屏镇人民政府 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 屏山街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 转龙村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 撒营盘镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``luquan_zhongping_town_font_key``: the 中屏镇人民政府's 清单 with NO level column
  (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 防控措施``), each point's level shown only by
  the FONT colour of its 廉政风险点 cell, under a KEY line between the title and the header that
  names the font once and then each colour and its level: ``字体颜色：红—一级　橙—二级　黑—三级``
  (red ``#FF0000``, orange ``#FF9900``, black: the ordinary font, one cell of it written
  ``#000000``); one point is typed in a BLUE font the key does not name, and keeps no level.
  docs/layouts.md knows a note naming the font at each colour (``红色字体的为高风险点，蓝色字体的为
  中风险点，其余为低风险点``; ``红色字为高风险…`` reads too); a probe at HEAD (a 局's list of six
  points, the key ``字体颜色：红—一级 橙—二级 黑—三级`` above or below the table, or ``字体颜色：红色—
  高风险，…``, or ``风险等级以字体颜色区分，红色为一级，橙色为二级，黑色为三级。``) read every point
  with NO level (LEVEL_BLANK at each point cell; the forms and points read), while the same
  sheets under ``红色字为高风险，蓝色字为中风险，黑色字为低风险`` read right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 禄劝 could be found: the pages are of the county, its
towns, names and sights; the harder file's is a page on 中屏镇, none of the font-coloured kind
being found); the rows are worded by us, the names invented (the rare compound surnames 越质 and
悦力 with rare given names); every unit is a body of 昆明市禄劝彝族苗族自治县.

Run ``python tests/published/score.py --set batch1060`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is its 廉政风险点 cell's font colour's in the key: red 1,
  orange 2, black (the ordinary font, or black written out) 3; the blue point, in a colour the
  key does not name, has NO level (None: nothing is guessed);
- ``街道领导``, ``局领导``, ``院领导``, ``镇领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; 街道党工委书记, 镇长, 局长, 副局长, 村党总支书记,
  院长, 校长 are leaders; 股长, 所长, 科长, a 中心's or 办公室's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s
borders and 宋体 10, and a cell's FONT colour where its sheet's ``fonts`` names one) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1060_"
PLACE = "昆明市禄劝彝族苗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


class _FontSheet(_Sheet):
    """A sheet some of whose cells are typed in a coloured font: ``fonts`` holds (row, col, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fonts: list[tuple[int, int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fonts": [list(f) for f in self.fonts]}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施")
KEY = "字体颜色：红—一级　橙—二级　黑—三级"
RED, ORANGE, BLACK, BLUE = "#FF0000", "#FF9900", "#000000", "#0070C0"
# the colour a point cell is typed in and its level by the key (None: the ordinary font)
COLOURS = {RED: 1, ORANGE: 2, BLACK: 3, None: 3, BLUE: None}

# (科室, 岗位, 姓名, tier, 廉政风险点, 风险类型, font colour, 防控措施)
ZHONGPING = [
    ("镇领导", "镇长", "越质翀", "leader", "乡村振兴衔接资金项目安排个人说了算", "制度机制风险", RED,
     "项目安排镇党委会集体研究，结果公示。"),
    ("镇领导", "镇长", "越质翀", "leader", "干预小型水利工程确定施工队伍", "外部环境风险", RED,
     "工程按规定比选，领导干预登记报告。"),
    ("镇领导", "镇长", "越质翀", "leader", "接受辖区企业节日礼金", "思想道德风险", ORANGE,
     "签订廉洁承诺书，节前提醒。"),
    ("党政综合办公室", "主任", "悦力澐", "middle", "公务接待超标准列支", "业务流程风险", ORANGE,
     "接待清单、公函、发票三单对应。"),
    ("党政综合办公室", "主任", "悦力澐", "middle", "办公用品采购不比价", "岗位职责风险", None,
     "三家比价，验收两人签字。"),
    ("农业农村服务中心", "农技员", "越质琇岚", "general", "耕地地力保护补贴面积核实不实", "岗位职责风险", RED,
     "面积入户核实，村组公示七天。"),
    ("农业农村服务中心", "农技员", "越质琇岚", "general", "良种推广物资发放不登记", "业务流程风险", BLUE,
     "物资发放台账，领取人签字。"),
    ("农业农村服务中心", "农技员", "越质琇岚", "general", "项目验收资料代签", "制度机制风险", BLACK,
     "验收资料本人签字，留存影像。"),
    ("社会事务办", "民政专干", "悦力湉", "general", "低保入户调查走过场", "岗位职责风险", ORANGE,
     "入户调查两人进行，留存照片。"),
    ("社会事务办", "民政专干", "悦力湉", "general", "临时救助审批优亲厚友", "外部环境风险", None,
     "救助名单公示，镇纪委抽查。"),
]  # fmt: skip


def luquan_zhongping_town_font_key() -> dict:
    unit = f"{PLACE}中屏镇人民政府"
    t = _Truth(unit)
    sh = _FontSheet("清单", [6, 16, 10, 10, 40, 14, 34])
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    _line(sh, KEY, 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, colour, measures) in enumerate(ZHONGPING, 1):
        r = sh.add(n, dept, post, who, point, typ, measures)
        if colour:
            sh.fonts.append((r, 4, colour))
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), COLOURS[colour])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年8月", None)
    return _layout(
        "luquan_zhongping_town_font_key",
        "https://factpedia.org/index.php?mobileaction=toggle_view_mobile&title=%E4%B8%AD%E5%B1%8F%E9%95%87",
        "(harder) 镇人民政府 岗位廉政风险防控清单 with NO level column, each point's level shown only by the FONT "
        "colour of its 廉政风险点 cell under a KEY line naming the font once (``字体颜色：红—一级　橙—二级　黑—三级``; "
        "red, orange, black, one cell black written out, one in a BLUE font the key does not name: no level), after "
        "the source's page on 中屏镇 (its 立体气候, 13 村民委员会, the 洗马河 and 江边 电站): a title, the key line, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点 (coloured)/风险类型 ``…风险``/防控措施; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luquan_pingshan_street_list() -> dict:
    unit = f"{PLACE}屏山街道办事处"
    sh = _Sheet("清单", [6, 14, 12, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "街道党工委书记", "悦力珺", "leader", "老旧小区改造项目指定施工方", "外部环境风险", "高",
         "项目公开招标，街道党工委会集体研究。"),
        ("街道领导", "街道党工委书记", "悦力珺", "leader", "社区建设资金安排不经集体研究", "制度机制风险", "高",
         "资金安排集体研究，结果公开。"),
        ("党政办公室", "主任", "越质沨", "middle", "公务用车维修费用不实", "岗位职责风险", "中",
         "定点维修，单车台账月度公开。"),
        ("社会事务办", "社保专干", "悦力璆", "general", "城乡居民医保代缴名单审核不严", "业务流程风险", "中",
         "名单社区初审、街道复核，张榜公示。"),
        ("社会事务办", "社保专干", "悦力璆", "general", "接受服务对象吃请", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "luquan_pingshan_street_list", "http://lq.km.gov.cn/c/2016-09-01/1213550.shtml",
        "街道办事处 岗位廉政风险防控清单, after the source's 禄劝概况 page on the county's site (屏山 at the foot of "
        "秀屏山, 3镇15乡, 轿子山 and its 天池): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def luquan_zhuanlong_village_list() -> dict:
    unit = f"{PLACE}转龙镇转龙村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "越质澍", "leader", "村集体林地流转收益不公开", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "越质澍", "leader", "村内道路硬化工程指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "悦力泠", "general", "产业帮扶羊只分配优亲厚友", "二级", "分配名单张榜公示。"),
        ("村监督委员会主任", "越质琬", "general", "村务监督签字走过场", "二级", "监督意见书面记录备查。"),
        ("村监督委员会主任", "越质琬", "general", "误工补贴发放不公开", "三级", "补贴发放村务公开栏公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "luquan_zhuanlong_village_list",
        "http://m.15th-29thdemocraticclub.com/list/4/luquanxiangexiangzhenjiedaodimingyoulai.html",
        "村 小微权力廉政风险防控清单, after the source's page on how the 乡镇 and 街道 of 禄劝 got their names (转龙镇 "
        "after its 转龙村, 撒营盘 after an old camp, 中屏 after its middle place): a title, 序号/职务/姓名 on every "
        "row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def luquan_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "悦力瑄", "leader", "县级医院设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "悦力瑄", "leader", "基层医疗机构建设资金分配个人说了算", "制度机制", "高风险",
         "资金分配局党组会研究。"),
        ("医政医管股", "股长", "越质璟", "middle", "医师执业注册材料把关不严", "岗位职责", "中风险", "注册资料两人复核。"),
        ("医政医管股", "股长", "越质璟", "middle", "医疗废物处置检查走过场", "业务流程", "中风险", "检查记录留存影像。"),
        ("规划财务股", "会计", "悦力瑀", "general", "接受医疗器械供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "luquan_health_bureau_list", "https://xietoutiao.com/ly/470485.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 禄劝县介绍 (9镇5乡, 掌鸠河 and 普渡河, 山羊板皮 and "
        "板栗, 三台山石刻): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def luquan_forestry_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "越质湲", "leader", "生态修复项目", "退化林修复项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "悦力翃", "middle", "采伐许可", "林木采伐许可伐区调查不到现场", "高", "伐区调查两人签字。"),
        ("资源管理股", "股长", "悦力翃", "middle", "草原征占用", "征占用草原审核材料把关不严", "中", "审核意见集体研究。"),
        ("林业工作站", "护林员管理员", "越质沅", "general", "护林员考核", "生态护林员巡护记录不实", "中",
         "巡护轨迹与记录核对。"),
        ("林业工作站", "护林员管理员", "越质沅", "general", "防火物资", "森林防火物资领用不登记", "低", "物资出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "luquan_forestry_screening", "https://oson.ca/china/baike.php?o=%E8%BD%BF%E5%AD%90%E9%9B%AA%E5%B1%B1",
        "县林业和草原局 廉政风险点排查表, after the source's 百科 page on 轿子雪山 (its ticket, the road by 转龙镇 and "
        "乌蒙乡, the 大黑箐 camp, the forests and flowers of its slopes): a title, 序号/科室/岗位/责任人 on EVERY row/"
        "a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def luquan_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("特种设备安全监察股", "监察岗", "general", "电梯定期检验结论不核查", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("特种设备安全监察股", "监察岗", "general", "隐患整改复查降格处理", "业务流程风险", "Ⅰ级", "复查结果集体审议。"),
        ("市场监管所", "食品安全监管岗", "general", "农村集体聚餐备案检查走过场", "制度机制风险", "Ⅱ级", "备案检查留存影像。"),
        ("市场监管所", "食品安全监管岗", "general", "接受经营户宴请", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "执法装备采购不比价", "外部环境风险", "Ⅲ级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "luquan_market_bureau_posts", "http://021taozi.com/ky/yunnan/luquanxian.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's long entry on 禄劝 (its borders, 屏山镇, "
        "the 普渡河 and 掌鸠河 cutting the county in three, its forests and minerals): a title, 序号/科室 merged/岗位 "
        "merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def luquan_sayingpan_clinic_group_rows() -> dict:
    unit = f"{PLACE}撒营盘镇卫生院"
    sh = _Sheet("防控卡", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "越质珩", "leader", [
                ("医疗设备采购个人指定品牌", "一级风险", "设备采购院务会研究，公开比选。"),
                ("绩效工资分配不公开", "一级风险", "分配方案职工大会通过，公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药剂师", "悦力琮", "general", [
                ("药品出入库账实不符", "二级风险", "每月盘点，两人签字。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科长", "越质璠", "middle", [
                ("基本公卫服务数据虚报", "二级风险", "随机电话回访核实。"),
                ("家庭医生签约补助报账不实", "三级风险", "据实报账，两人复核。"),
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
        "luquan_sayingpan_clinic_group_rows", "https://54e1ad4b4888.kfd.me/wiki/%E7%A6%84%E5%8A%9D",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's encyclopaedia article on 禄劝彝族苗族自治县 "
        "(the name 洪农碌券, its history from the 滇国 on, its 镇 and 乡): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、药房``, ``三、公共卫生科`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def luquan_first_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("悦力澈", "", "校长", "leader", [
            ("校服征订指定供应商", "高", "校服采购家长委员会参与，公开招标。", "已落实"),
            ("营养餐食材验收不严", "中", "食材验收两人签字，留样备查。", "已落实"),
        ]),
        ("越质霂", "教务处", "干事", "general", [
            ("学籍异动材料把关不严", "中", "异动材料两人审核，上报备案。", "未发现问题"),
            ("考试试卷保管不规范", "低", "试卷双人双锁保管。", "已落实"),
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
        "luquan_first_school_selfchecks", "http://47.119.164.151/address_info/530128",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 地名网 page on "
        "禄劝彝族苗族自治县 (its 建制沿革, 行政区划, 屏山镇 under 秀屏山, 轿子雪山): a title, a label row ``姓　名 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no "
        "type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    luquan_zhongping_town_font_key(),
    luquan_pingshan_street_list(),
    luquan_zhuanlong_village_list(),
    luquan_health_bureau_list(),
    luquan_forestry_screening(),
    luquan_market_bureau_posts(),
    luquan_sayingpan_clinic_group_rows(),
    luquan_first_school_selfchecks(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, 宋体 10, taller rows for wrapped cells) plus a cell's FONT
    colour where its sheet's ``fonts`` names one (xlsxwriter's ``font_color``)."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 8, 20, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    formats: dict[str | None, object] = {None: wb.add_format(base)}

    def fmt(colour: str | None):
        if colour not in formats:
            formats[colour] = wb.add_format({**base, "font_color": colour})
        return formats[colour]

    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        fonts = {(r, c): colour for r, c, colour in sheet.get("fonts", [])}
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, fmt(fonts.get((r, c))), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", fmt(fonts.get((r0, c0))))
            if v is not None:
                _put(ws, fmt(fonts.get((r0, c0))), r0, c0, v)
    wb.close()
    return path


def _put(ws, fmt, r: int, c: int, v) -> None:
    if isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here (font colours)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1060-inbox"))
