"""The four-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 市场监管
and 药品 bodies, 岷县 (a county of 定西市, the 当归 county) — its 市场监督管理局, 中药材产业发展中心,
检验检测中心 and 消费者权益保护中心, the 市场监管所 of three of its towns (梅川镇, 西江镇, 闾井镇)
and, in the harder file, the one of 茶埠镇 — each handing back the 一览表, 排查表, 防控卡, 自查表 or
清单 its staff typed:

- the 市场监督管理局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 中药材产业发展中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 检验检测中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 消费者权益保护中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 梅川镇 所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 西江镇 所's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、监管人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 闾井镇 所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``minxian_chabu_holder_codes``: the 茶埠镇市场监管所's 一览表, ``序号 | 监管事项 | 廉政风险点 |
  风险等级 | 防控措施 | 责任人``, one point a row — and the ``责任人`` column holds no name and no
  post, only a one-letter CODE of the holder (``A``, ``B``, ``C``), typed on every row; who the
  codes are stands ABOVE THE TABLE, between the title and the heading, in ONE merged line
  ``责任人代号：A—所长　闾蘅湉；B—副所长　隗澍玗；C—食品安全监管员　宓湝琤`` (code, a dash, the post,
  a full-width space, the name; parted by ``；``). The post and the holder of each row are thus
  given only through a legend of codes over the table; the table has no 岗位 column at all. The
  README's 读得懂的表 knows holders in a column, in the title, in group rows, in staff lines above
  the table that give the 责任人 column's POSTS to the names typed in it, in a roster on another
  sheet or under the list, codes of 职权 resolved on another sheet, and codes of LEVELS or TYPES
  explained in notes, headers, footers, comments or validation prompts — it does not describe a
  责任人 column of letter CODES whose holders (post and name) a legend line above the table
  gives. No earlier batch writes one (``grep -l '代号' tests/published/batch*.py``: none). The
  codes are letters as level codes (``A/B/C``) often are, but the column is headed ``责任人``
  and the level stands in its own ``风险等级`` column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (岷县's 当归 and its 中药材 trade,
as told by 中国医药报, 新华社 and a 中医 site; a 检验检测 laboratory's rules for receiving samples;
the 消费者权益保护制度; a 乡's 食品安全治理工作总结 (责任书, 食安办, 信息员); 甘肃's
中药材 标准化种植 and its 药农; 岷县's 当归 种苗 and the whole chain) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 岷县
(``unit_words=("岷县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch483`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row's ``责任人`` code is resolved by the legend line: the row's post is
  the post the legend gives the code (``所长``, ``副所长``, ``食品安全监管员``) and its holder the
  name; the legend line is no point and the code letters are no holders, no posts and no levels;
  the 所 has no 科室; ``监管事项`` is no point (the ``廉政风险点`` column is);
- ``局领导``, ``中心领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a
  局's 股 and a 中心's 科 are 科室; a 镇市场监管所 has no 科室: its group rows ``一、所领导``,
  ``二、监管人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长 and 副所长
  are leaders; 股长 and 科长 middle; the rest (科员, 检验员, 监管员, 调解员, 会计) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 中药材产业发展中心's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b483_"
PLACE = "岷县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
LEGEND_HEAD = "责任人代号："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# code: (岗位, 姓名, tier)
CODES = {
    "A": ("所长", "闾蘅湉", "leader"),
    "B": ("副所长", "隗澍玗", "leader"),
    "C": ("食品安全监管员", "宓湝琤", "general"),
}
# (监管事项, 廉政风险点, 风险等级, 防控措施, 代号)
CHABU = [
    ("行政处罚", "对当归经营户违法行为降格处罚", "高", "处罚案件经县局法制审核，集体讨论。", "A"),
    ("监管所财务", "办案经费审批把关不严", "中", "经费支出两人审核，按月公开。", "A"),
    ("中药材市场巡查", "对无证收购药材摊点放任不管", "中", "巡查两人以上，巡查记录存档。", "B"),
    ("投诉举报", "泄露举报人信息", "高", "举报件专人登记，举报人信息保密。", "B"),
    ("食品经营许可核查", "现场核查走过场", "中", "核查全程拍照，结果公示。", "C"),
    ("食品抽样", "事先向经营户透露抽检计划", "低", "抽检计划保密，抽样双人封样。", "C"),
]  # fmt: skip


def legend_line() -> str:
    return LEGEND_HEAD + "；".join(f"{c}—{post}{GAP}{who}" for c, (post, who, _t) in CODES.items())


def minxian_chabu_holder_codes() -> dict:
    unit = f"{PLACE}茶埠镇市场监管所"
    sh = _Sheet("一览表", [6, 16, 36, 10, 36, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 6)
    _line(sh, legend_line(), 6)
    sh.add("序号", "监管事项", "廉政风险点", "风险等级", "防控措施", "责任人")
    for n, (matter, point, lv, measures, code) in enumerate(CHABU, 1):
        sh.add(n, matter, point, lv, measures, code)
        post, who, tier = CODES[code]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None)
    return _layout(
        "minxian_chabu_holder_codes", "https://juchaju.com/edae5U2peAgQKC1M.html",
        "(harder) 镇市场监管所 廉政风险防控一览表, after the source's 乡 食品安全治理工作总结 (监管责任书, 食安办, 信息员, "
        "专项整治): a title, then ONE merged LEGEND line ``责任人代号：A—所长　闾蘅湉；B—副所长　…；C—食品安全监管员　…`` "
        "above the heading 序号/监管事项/廉政风险点/风险等级 高/中/低/防控措施/责任人 — the 责任人 column holding only the "
        "holder's one-letter CODE (A, B, C) on every row; no 岗位 column, no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minxian_amr_bureau_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郗琮翀", "leader", [
            ("插手干预中药材市场执法案件", "思想道德", "高", "重大案件集体审理，干预登记报告。"),
            ("执法人员调配随意", "制度机制", "中", "执法人员调配经党组会研究。"),
        ]),
        ("登记注册股", "股长", "敖昶湄", "middle", [
            ("为材料不全的药材经营户办理登记", "岗位职责", "高", "一次性告知，登记材料两级审核。"),
        ]),
        ("药品医疗器械股", "科员", "雍珝漪", "general", [
            ("药品零售企业检查流于形式", "业务流程", "中", "检查清单逐项签字。"),
            ("接受药店宴请", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "minxian_amr_bureau_list", "http://zhongyibaodian.com/zhongyao/b31774.html",
        "县市场监督管理局 岗位廉政风险防控一览表, after the source's account of 岷县's 中药材 trade (加工企业, GMP, 当归节): "
        "a title, 序号/股室 merged (局领导, 登记注册股, 药品医疗器械股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def minxian_herb_center_posts() -> dict:
    unit = f"{PLACE}中药材产业发展中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "种植推广科", "质量追溯科"
    rows = [
        (a, "科长", "middle", "种苗补贴发放", "虚报当归种苗繁育面积套取补贴", "岗位职责风险", "Ⅰ级",
         "面积实地丈量，补贴名单公示。"),
        (a, "科长", "middle", "示范基地认定", "降低标准认定关系户基地", "制度机制风险", "Ⅱ级",
         "认定标准公开，集体评审。"),
        (b, "科员", "general", "追溯码发放", "向未备案企业发放追溯二维码", "业务流程风险", "Ⅰ级",
         "发放登记，与备案名录比对。"),
        (b, "科员", "general", "检测样品送检", "收受好处调换送检样品", "思想道德风险", "Ⅲ级",
         "双人送检，样品封签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "minxian_herb_center_posts", "http://www.gesgrouptronics.com/system/2025/10/14/031260964.shtml",
        "县中药材产业发展中心 廉政风险点排查表 对岗不对人, after the source's report of 岷县's 当归 chain (种苗繁育, 二维码 "
        "溯源, 标准化种子园): a title, 序号/科室 merged (种植推广科, 质量追溯科)/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def minxian_testing_center_two_sheets() -> dict:
    unit = f"{PLACE}检验检测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    first = len(lead.rows)
    leaders = [
        ("濮昕翮", "主任", "主持全面工作", [
            ("检验仪器设备采购指定品牌", "一级", "采购需求集体论证，进入公共资源交易平台。"),
            ("授意修改检验结论", "一级", "检验报告三级审签，修改留痕。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品检验科", "科长", "谯晗瑢", "middle", "委托检验收费不入账", "二级", "收费统一开票，日清月结。"),
        ("食品检验科", "检验员", "檀瑒漻", "general", "伪造原始检验记录", "一级", "原始记录实时录入系统。"),
        ("食品检验科", "检验员", "檀瑒漻", "general", "向送检单位透露检验结果", "三级", "报告按程序发送，严禁私下告知。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "minxian_testing_center_two_sheets", "https://m.lab216.com/knowledge/show-36132.html",
        "县检验检测中心's file in two sheets, after the source's rules for a 检验检测 laboratory receiving samples (样品接收, 唯一性编号, 留存): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def minxian_consumer_center_cards() -> dict:
    unit = f"{PLACE}消费者权益保护中心"
    t = _Truth(unit)
    cards = [
        ("主任", "訾翎溦", "leader", [
            ("投诉调解偏袒经营者", "★★★", "调解结果双方签字，回访。"),
            ("先行赔付资金审批不严", "★★", "赔付资金两人审核，台账公开。"),
        ]),
        ("调解员", "璩旻澴", "general", [
            ("收受经营者好处压案不办", "★★", "投诉件编号登记，限时办结。"),
            ("接受消费者馈赠", "★", "拒收登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "minxian_consumer_center_cards", "https://um.sanwen.net/special/gsbhaf.html",
        "县消费者权益保护中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 调解员), after the source's 消费者权益保护"
        "制度 (投诉受理, 调解, 先行赔付): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def minxian_meichuan_selfchecks() -> dict:
    unit = f"{PLACE}梅川镇市场监管所"
    t = _Truth(unit)
    people = [
        ("皇甫翯沄", "副所长", "leader", [
            ("药材交易市场收费监督放松", "高风险", "收费标准公示，定期检查。", "已落实"),
            ("特种设备检查通风报信", "中风险", "检查安排保密。", "未发现问题"),
        ]),
        ("仉昉瀞", "会计", "general", [
            ("罚没款收缴不及时上缴", "中风险", "罚没款直缴国库。", "已落实"),
            ("办公用品采购虚开发票", "低风险", "采购验收两人签字。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minxian_meichuan_selfchecks", "http://crnews.net/sylb/150830_20220120112449.html",
        "镇市场监管所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of "
        "岷县's 当归 trade (加工企业, 晾晒, 产业规划): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def minxian_xijiang_group_rows() -> dict:
    unit = f"{PLACE}西江镇市场监管所"
    sh = _Sheet("责任清单", [6, 12, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "亓翙沄", "leader", [
                ("中药材产地初加工检查放宽标准", "一级风险", "检查标准公开，记录存档。"),
                ("公务用车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、监管人员", [
            ("监管员", "胥旸瀛", "general", [
                ("对硫磺熏蒸药材不予查处", "一级风险", "线索登记上报县局。"),
                ("执法文书补记后补", "二级风险", "文书当场制作，所长签字。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "minxian_xijiang_group_rows", "http://m.herborn-bw.cn/news/show.php?itemid=15280",
        "镇市场监管所 廉政风险防控责任清单, after the source's report of 甘肃's 中药材 (标准化种植, 药农, 道地药材): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、监管人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def minxian_lyujing_list() -> dict:
    unit = f"{PLACE}闾井镇市场监管所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "逄翥瀚", "leader", "药材收购点证照核查走过场", "岗位职责", "中", "核查记录双人签字。"),
        ("所长", "逄翥瀚", "leader", "为亲友经营户瞒报违法行为", "思想道德", "高", "违法线索登记上报。"),
        ("监管员", "郈昀溁", "general", "计量器具检定结果随意出具", "业务流程", "高", "检定结果报县局复核。"),
        ("监管员", "郈昀溁", "general", "扣押物品保管不善", "制度机制", "低", "扣押物品专库保管，登记。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "minxian_lyujing_list", "http://bbs.gansudancan.com/archiver/showtopic-2464.aspx",
        "镇市场监管所 廉政风险防控一览表, after the source's piece on 岷县 as 千年药乡 (道地药材, 南药北储, 龙头企业): a "
        "title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minxian_chabu_holder_codes(),
    minxian_amr_bureau_list(),
    minxian_herb_center_posts(),
    minxian_testing_center_two_sheets(),
    minxian_consumer_center_cards(),
    minxian_meichuan_selfchecks(),
    minxian_xijiang_group_rows(),
    minxian_lyujing_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch483-inbox"))
