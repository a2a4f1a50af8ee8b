"""The nine-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门 and
their 事业单位, 忻城县 (来宾市, 广西壮族自治区) — its 公安局, 蚕业技术指导站, 农业农村局, 水库移民工作管理中心,
民政局, 人力资源和社会保障局, 林业局 and 财政局 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 公安局's 一览表: ``科室`` merged — ``局领导``, ``政工室``, ``法制室`` and the 局's two 派出所 written as
  科室 (``城关派出所``, ``思练派出所``) —, ``职务 | 姓名`` merged per person, ``…风险`` types,
  ``一级/二级/三级``;
- the 蚕业技术指导站's 防控卡, one sheet a person (tabs named by the person): ``姓名 | … | 岗位 | …`` and a
  merged 岗位职责 line, short types under ``风险类别``, 高/中/低;
- the 农业农村局's 排查表: ``股室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点名称`` beside a
  long ``风险表现形式``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 水库移民工作管理中心's 清单 对岗不对人: ``岗位`` merged, short types under ``风险类别``,
  ``高风险/中风险/低风险``; no names;
- the 民政局's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 职　务 | 填表日期`` over a row of
  values, ``★★★/★★/★`` read by a ``注：`` line, ``防范措施 | 自查情况``, no type column;
- the 人力资源和社会保障局's 清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 林业局's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  ``一级/二级/三级``, no type column.

One is harder:

- ``xincheng_finance_levels_by_statistics_table``: the 财政局's 岗位廉政风险点清单, an ordinary list
  (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 防控措施``; 股室 merged; 岗位 and 姓名 merged per person; 序号
  numbering every point 1…13) with NO level and NO type column; a second sheet ``风险点统计表``
  (``类别 | 风险名称 | 数量（项） | 对应清单序号``, 类别 merged over ``风险等级`` and ``风险类型``) counts the
  points by level and by type and names them by the list's 序号: ``一级风险 | 4 | 第1、3、5、12项``,
  ``二级风险 | 5 | 第2、4、6至7、10项``, ``三级风险 | 4 | 第8-9、11、13项``, ``思想道德风险 | 2 | 第2、8项`` …,
  a ``合计`` row and a ``注：`` line saying the numbers are the list's. The README's 读得懂的表 and
  docs/layouts.md know types and levels by a grid of codes on another sheet (``分类分级分布表``, codes
  by type × level), by a 定级表 joined by code, by a note naming the table's 序号
  (``序号1—3、7、10为一级风险点``) and by a 风险点分解表 naming the 序号 per person and level; they do not
  describe a COUNTING table (rows ``一级风险 | 3 | 第1、4、9项``) that grades and types the list's
  points by naming their 序号, one row a level or a type.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county 财政局's 惠农资金 “一卡通”
paid straight to the farmers' cards; the rules for a 公安机关's keeping of 涉案人员随身财物; 忻城县's own
蚕桑 industry as its 蚕业技术指导站 writes it up; 来宾市's 蚕桑 planning; a county's 水库移民 resettlement
and 后期扶持 money; a county's 低保 专项治理 — 人情保, 关系保; the “全息无感” 社保待遇资格认证; a county's
石漠化综合治理 passing its 验收) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare compound surnames 鲁丘 and
苌楚 with rare given names); every unit is a body of 忻城县.

Run ``python tests/published/score.py --set batch980`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point takes the level and the type of the 统计表 row naming its 序号
  (``第6至7项`` and ``第8-9项`` name both ends and what lies between); the 统计表 is no point, its
  ``数量（项）`` no level, its ``合计`` row nothing;
- a 派出所 written in the 公安局's ``科室`` column (``城关派出所``) is a 科室 of the 局, the 局 the unit
  (as batch225 took a 派出所 the title names after its 公安局); its 所长 is middle, its 民警 general;
- ``局领导`` (a 科室 cell, a group row) is the 科室 of the 局's leaders; a 局's 股, 室 and 中心's 股 are
  科室; the 蚕业技术指导站's and the 移民中心's cards and list name no 科室;
- the 局, the 站 and the 中心 are units of their own: 局长, 政委, 副局长, 站长, 副站长, 主任 and 副主任 (of
  the 中心) are leaders; 股长, 室主任 and 所长 middle; the rest general;
- ``风险点名称 | 风险表现形式``: the point is the short 风险点名称; ``岗位职责``, ``自查情况`` and ``填表日期``
  are no points and name no holder; the 移民中心's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b980_"
PLACE = "忻城县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def numbers_named(cell: str) -> list[int]:
    """The 序号 a statistics cell names: ``第2、4、6至7、10项`` -> [2, 4, 6, 7, 10]."""
    out = []
    body = re.fullmatch(r"第?(.+?)项?", cell.strip())
    assert body, cell
    for part in body.group(1).split("、"):
        m = re.fullmatch(r"(\d+)(?:[至\-—~](\d+))?", part)
        assert m, (cell, part)
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        out += list(range(lo, hi + 1))
    return out


# (股室, 岗位, 姓名, tier, [(廉政风险点, 防控措施)]); the 序号 run 1… down the list
BY_STATISTICS = [
    ("局领导", "局长", "鲁丘翊澂", "leader", [
        ("财政资金分配、调度个人说了算", "资金分配方案经党组会集体研究，结果公开。"),
        ("利用职务影响为亲友承揽财政投资项目", "领导干部插手干预项目登记报告，实行回避。"),
    ]),
    ("局领导", "副局长", "苌楚岫芃", "leader", [
        ("惠农补贴资金审批把关不严，虚报冒领未发现", "补贴资金“一卡通”发放，名单与户籍、耕地数据比对。"),
        ("接受项目单位宴请、礼品", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("预算股", "股长", "鲁丘玹", "middle", [
        ("预算编制中对部门追加预算审核不严", "追加预算经局长办公会审定。"),
        ("专项资金指标下达不及时、不透明", "指标下达时限公开，系统留痕。"),
    ]),
    ("国库股", "股长", "苌楚霈", "middle", [
        ("国库集中支付审核不严，违规拨付资金", "支付凭证经办、复核、审批三岗分离。"),
    ]),
    ("国库股", "出纳", "鲁丘湉", "general", [
        ("利用保管印鉴、密钥之便挪用资金", "印鉴与密钥分人保管，每日对账。"),
        ("“一卡通”代发数据擅自改动", "代发数据双人核对，修改留痕备查。"),
    ]),
    ("农业农村股", "股长", "苌楚沨", "middle", [
        ("涉农整合资金项目安排优亲厚友", "项目库公开，安排结果经局务会研究。"),
        ("惠农资金发放台账与银行回单不符不核查", "每季度与代理银行对账，差异逐笔核实。"),
    ]),
    ("政府采购监督管理股", "科员", "鲁丘璆", "general", [
        ("政府采购投诉处理偏袒一方", "投诉处理两人以上，处理意见集体研究。"),
        ("采购代理机构监督检查走过场", "检查结果公示，问题限期整改。"),
    ]),
]  # fmt: skip

# (类别, 风险名称, 对应清单序号) — the 统计表's rows
STATISTICS = [
    ("风险等级", "一级风险", "第1、3、5、12项"),
    ("风险等级", "二级风险", "第2、4、6至7、10项"),
    ("风险等级", "三级风险", "第8-9、11、13项"),
    ("风险类型", "思想道德风险", "第2、8项"),
    ("风险类型", "制度机制风险", "第1、5、6项"),
    ("风险类型", "岗位职责风险", "第3、7、9至10项"),
    ("风险类型", "业务流程风险", "第11至13项"),
    ("风险类型", "外部环境风险", "第4项"),
]


def statistics_of() -> tuple[dict[int, int], dict[int, str]]:
    """序号 -> level and 序号 -> short type, by the 统计表's rows."""
    levels, kinds = {}, {}
    for group, name, cell in STATISTICS:
        for n in numbers_named(cell):
            if group == "风险等级":
                assert n not in levels, n
                levels[n] = RISKS[name]
            else:
                assert n not in kinds, n
                kinds[n] = types_in(name)[0]
    return levels, kinds


def xincheng_finance_levels_by_statistics_table() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("风险点清单", [6, 16, 9, 10, 40, 36])
    t = _Truth(unit)
    levels, kinds = statistics_of()
    _line(sh, f"{unit}岗位廉政风险点清单", 6)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_STATISTICS:
        for point, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [kinds[n]], levels[n])
    assert sorted(levels) == sorted(kinds) == list(range(1, n + 1))
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, "审核：", None, "2025年6月", None)
    stats = _Sheet("风险点统计表", [10, 16, 12, 30])
    _line(stats, f"{unit}廉政风险点统计表", 4)
    stats.add("类别", "风险名称", "数量（项）", "对应清单序号")
    top = len(stats.rows)
    for group, name, cell in STATISTICS:
        stats.add(group, name, len(numbers_named(cell)), cell)
    _merge_down(stats, top, [(0, lambda row: row[0])])
    stats.add("合计", None, n, None)
    _line(
        stats,
        "注：“对应清单序号”为《岗位廉政风险点清单》中的序号；风险等级和风险类型以本表为准。",
        4,
    )
    return _layout(
        "xincheng_finance_levels_by_statistics_table", "https://www.yuedong.cc/News/11942.html",
        "(harder) 县财政局 岗位廉政风险点清单, after the source's account of a 县财政局's 惠农资金 “一卡通” (补贴资金直补到户, "
        "银行设账, 数据管理一个网): a title, 序号 (every point, 1…13)/股室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "防控措施, NO level and NO type column; a second sheet ``风险点统计表`` (``类别 | 风险名称 | 数量（项） | "
        "对应清单序号``, 类别 merged) whose rows name the list's points by 序号 per level and per type (``一级风险 | 4 | "
        "第1、3、5、12项``, ``二级风险 | 5 | 第2、4、6至7、10项``, ``思想道德风险 | 2 | 第2、8项``), a 合计 row and a ``注：`` line",
        [sh, stats], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xincheng_police_stations_as_departments() -> dict:
    unit = f"{PLACE}公安局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "鲁丘瀛翀", "leader", "重大案件定性、撤案个人说了算", "制度机制风险", "一级",
         "重大案件经局党委会、案审会集体研究。"),
        ("局领导", "局长", "鲁丘瀛翀", "leader", "为他人在警务辅助人员招录中打招呼", "思想道德风险", "二级",
         "辅警招录全程公开，纪检派员监督。"),
        ("政工室", "主任", "苌楚璟", "middle", "民警评先评优、职级晋升中优亲厚友", "岗位职责风险", "二级",
         "评选条件和结果公示，经局党委研究。"),
        ("法制室", "主任", "鲁丘翮", "middle", "案件审核中降低证据标准放宽把关", "业务流程风险", "一级",
         "案件审核实行两级审核，审核意见存档。"),
        ("城关派出所", "所长", "苌楚澈岚", "middle", "治安案件以罚代刑、降格处理", "岗位职责风险", "一级",
         "案件录入执法办案系统，法制室每日巡查。"),
        ("城关派出所", "所长", "苌楚澈岚", "middle", "涉案人员随身财物登记、返还不规范", "业务流程风险", "二级",
         "随身财物一人一柜，登记清单由本人签字。"),
        ("城关派出所", "民警", "鲁丘霁", "general", "户口迁移、证明开具中吃拿卡要", "外部环境风险", "二级",
         "户籍业务一窗受理，办理结果短信告知。"),
        ("思练派出所", "所长", "苌楚沅", "middle", "接处警中对群众报警推诿不受案", "岗位职责风险", "二级",
         "警情、受案比对，所长每日审核。"),
        ("思练派出所", "民警", "鲁丘珝", "general", "与娱乐场所业主不正当交往", "外部环境风险", "三级",
         "场所检查两人以上，检查记录上传系统。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：政工室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "xincheng_police_stations_as_departments", "https://1wenmi.com/doc/593284.html",
        "县公安局 岗位廉政风险防控一览表, after the source's rules for the keeping of 涉案人员随身财物 (办案场所存储柜, "
        "一人一柜, 随身财物清单, 委托领回): a title, 序号/科室 merged (局领导, 政工室, 法制室 and the 局's two 派出所 "
        "``城关派出所``, ``思练派出所``)/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xincheng_sericulture_station_cards() -> dict:
    unit = f"{PLACE}蚕业技术指导站"
    t = _Truth(unit)
    cards = [
        ("苌楚翊", "站长", "主持全站工作，负责蚕桑产业项目和资金管理", "leader", [
            ("小蚕共育室建设补助对象确定不公", "制度机制", "高", "补助对象经站务会研究并公示。"),
            ("蚕种采购指定供种单位", "外部环境", "高", "蚕种采购按规定比选，纪检全程监督。"),
        ]),
        ("鲁丘岚珈", "副站长", "分管技术推广、方格蔟推广补贴", "leader", [
            ("方格蔟推广补贴数量虚报", "业务流程", "中", "补贴数量入户核实，名单公示。"),
            ("技术培训经费虚列支出", "岗位职责", "中", "培训凭签到、影像资料报账。"),
        ]),
        ("苌楚湉", "技术员", "蚕病防控、鲜茧质量抽检", "general", [
            ("鲜茧质量抽检中接受收购企业好处", "思想道德", "中", "抽检两人以上，结果当场签字确认。"),
            ("蚕病防控物资发放登记不全", "业务流程", "低", "物资发放登记签收，每季度盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "岗位", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签名：", None, "站长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "xincheng_sericulture_station_cards", "https://m.fx361.cc/news/2022/1121/11304675.html",
        "县蚕业技术指导站 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the station's own paper "
        "on its county's 蚕桑 industry (小蚕共育, 方格蔟, 发种量, 鲜茧产量, 技术推广): a title, ``姓名 | … | 岗位 | …`` and "
        "a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 持卡人签名/站长签名",
        sheets, t,
    )  # fmt: skip


def xincheng_agriculture_short_points() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 12, 9, 10, 18, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点名称", "风险表现形式", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "苌楚瀚", "leader", "项目安排", "蚕桑产业项目、资金安排不经集体研究", "Ⅰ级",
         "项目安排经党组会研究，结果公示。"),
        ("局领导", "副局长", "鲁丘峋", "leader", "补贴发放", "耕地地力保护补贴面积审核把关不严", "Ⅰ级",
         "补贴面积与确权数据比对，乡村两级公示。"),
        ("局领导", "副局长", "鲁丘峋", "leader", "执法检查", "农资打假执法检查中降格处理", "Ⅱ级",
         "执法全过程记录，处罚结果公开。"),
        ("产业发展股", "股长", "苌楚翾", "middle", "项目验收", "桑园改造项目验收走过场、虚报面积", "Ⅰ级",
         "验收实行实地丈量，验收组集体签字。"),
        ("产业发展股", "股长", "苌楚翾", "middle", "示范评定", "示范基地评定中优亲厚友", "Ⅱ级",
         "评定标准公开，结果公示七天。"),
        ("农机股", "科员", "鲁丘瑗", "general", "购机补贴", "农机购置补贴核验不到场", "Ⅱ级",
         "购机补贴“见人见机见票”，抽查复核。"),
        ("农机股", "科员", "鲁丘瑗", "general", "资料保管", "补贴档案资料保管不善、遗失", "Ⅲ级",
         "档案专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "xincheng_agriculture_short_points", "http://zgkjsz.com/page/2022/0211/16893182.shtml",
        "县农业农村局 廉政风险点排查表, after the source's account of 来宾市's 蚕桑 industry and its planning (桑园面积, "
        "小蚕共育基地, 方格蔟应用, 产业附加值): a title, 序号/股室 merged/岗位 and 姓名 merged per person/a short "
        "``风险点名称``/a long ``风险表现形式``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xincheng_resettlement_posts() -> dict:
    unit = f"{PLACE}水库移民工作管理中心"
    sh = _Sheet("清单", [6, 12, 40, 11, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "后期扶持项目安排个人说了算", "制度机制", "高风险", "项目安排经主任办公会研究并公示。"),
        ("主任", "leader", "移民新村建设中插手工程发包", "思想道德", "高风险", "工程发包进入公共资源交易平台。"),
        ("副主任", "leader", "移民直补资金核定人口把关不严", "岗位职责", "中风险", "核定人口与户籍信息逐户比对。"),
        ("项目管理员", "general", "后期扶持项目验收不严", "业务流程", "中风险", "验收组现场核查，资料存档。"),
        ("项目管理员", "general", "接受施工单位宴请", "外部环境", "低风险", "签订廉洁承诺书，定期廉政谈话。"),
        ("会计", "general", "直补资金发放台账与回单不符", "业务流程", "中风险", "每季度与代发银行对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：综合股", None, "审核：", None, "2025年3月", None)
    return _layout(
        "xincheng_resettlement_posts", "http://union.china.com.cn/txt/2021-06/02/content_41581112.html",
        "县水库移民工作管理中心 岗位廉政风险防控清单 对岗不对人, after the source's account of a county's 水库移民 "
        "(后期扶持资金, 移民直补, 移民新村建设, 搬迁安置): a title, 序号/岗位 merged per post/廉政风险点/风险类别 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xincheng_civil_affairs_selfchecks() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    people = [
        ("鲁丘璟湘", "局领导", "局长", "leader", [
            ("低保审批中搞“人情保”“关系保”", "★★★", "低保审批经局务会集体研究，长期公示。", "未发现问题"),
            ("社会救助资金分配不公", "★★★", "资金分配方案报县政府审定。", "已整改"),
        ]),
        ("苌楚珩", "社会救助股", "股长", "middle", [
            ("入户核查走过场、核查记录不实", "★★", "入户核查两人以上，记录本人签字。", "未发现问题"),
            ("退出低保人员资金停发不及时", "★★", "每月与户籍、社保数据比对。", "已整改"),
        ]),
        ("鲁丘沄", "养老服务股", "科员", "general", [
            ("高龄津贴名单审核不严", "★★", "名单经乡镇、村两级公示。", "未发现问题"),
            ("养老机构运营补贴核算差错", "★", "补贴核算两人复核，结果存档。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防范措施", "自查情况")
        for i, (point, stars, measures, found) in enumerate(points, 1):
            sh.add(i, point, stars, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xincheng_civil_affairs_selfchecks", "http://www.ghqlgyb.cn/news/np/842772.html",
        "县民政局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of a "
        "county's 低保 专项治理 (人情保, 关系保, 入户核查, 信息共享平台, 退出公示): a title, a label row ``姓　名 | 所在股室 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防范措施/``自查情况``; a "
        "``注：`` line; no type column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def xincheng_social_security_group_rows() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 14, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "苌楚翰", "leader", [
                ("社保基金支出审批把关不严", "制度机制风险", "一级风险", "基金支出经局务会研究，按月公开。"),
                ("为他人违规办理提前退休说情", "思想道德风险", "二级风险", "特殊工种提前退休集体审核并公示。"),
            ]),
        ]),
        ("二、社会保险股", "社会保险股", [
            ("股长", "鲁丘滢", "middle", [
                ("待遇资格认证不核实，死亡人员冒领待遇", "业务流程风险", "一级风险", "与公安、民政、医保数据每月比对。"),
            ]),
            ("经办员", "苌楚琪", "general", [
                ("参保信息变更审核不严", "岗位职责风险", "二级风险", "变更业务经办、复核分离，系统留痕。"),
                ("接受参保单位请托违规补缴", "外部环境风险", "三级风险", "补缴业务凭原始材料办理，定期抽查。"),
            ]),
        ]),
        ("三、劳动保障监察大队", "劳动保障监察大队", [
            ("队长", "鲁丘霖", "middle", [
                ("欠薪案件查处中偏袒用人单位", "岗位职责风险", "二级风险", "案件查处两人以上，处理结果公开。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "xincheng_social_security_group_rows", "http://www.handmsg.com/page/2022/0213/17964611.shtml",
        "县人力资源和社会保障局 廉政风险防控责任清单 under GROUP ROWS, after the source's account of the “全息无感” 社保待遇"
        "资格认证 (生存状态数据库, 信息比对, 停发名单, 防范基金“跑冒滴漏”): a title, 序号/岗位/姓名/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、社会保险股``, "
        "``三、劳动保障监察大队`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def xincheng_forestry_list() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "苌楚瀞", "leader", "石漠化综合治理项目实施单位确定不公开", "一级",
         "项目实施单位按规定公开招标。"),
        ("局领导", "局长", "苌楚瀞", "leader", "林地占用审核中打招呼", "二级",
         "林地审核经局务会集体研究。"),
        ("资源管理股", "股长", "鲁丘岍", "middle", "林木采伐指标分配不公", "一级",
         "采伐指标现场摇号，结果公示。"),
        ("资源管理股", "股长", "鲁丘岍", "middle", "采伐伐区验收不到现场", "二级",
         "伐区验收两人以上，拍照留存。"),
        ("生态修复股", "技术员", "苌楚玥", "general", "封山育林、人工造林面积核验虚报", "二级",
         "核验结果经验收组签字，抽查复核。"),
        ("生态修复股", "技术员", "苌楚玥", "general", "造林苗木验收降低标准", "三级",
         "苗木验收抽样检测，记录存档。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "xincheng_forestry_list", "http://szbm.jinrifangxian.com/content/2015-11/02/012902.html",
        "县林业局 岗位廉政风险防控一览表, after the source's report of a county's 石漠化综合治理 passing its 验收 (封山育林, "
        "人工造林, 坡改梯, 治理面积): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/"
        "责任人 on EVERY row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xincheng_finance_levels_by_statistics_table(),
    xincheng_police_stations_as_departments(),
    xincheng_sericulture_station_cards(),
    xincheng_agriculture_short_points(),
    xincheng_resettlement_posts(),
    xincheng_civil_affairs_selfchecks(),
    xincheng_social_security_group_rows(),
    xincheng_forestry_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch980-inbox"))
