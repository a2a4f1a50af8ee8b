"""The five-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 水务
bodies, 民勤县 (a county of 武威, 甘肃) — its 水务局, 水利工程建设管理站, 水资源管理办公室, two 灌区
管理所 (红崖山灌区, 昌宁灌区) and three 镇水利管理站 (收成镇, 夹河镇, 双茨科镇 — towns of the county) —
each handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 水利工程建设管理站's file in two sheets ``站领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 水资源管理办公室's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 红崖山灌区管理所's 一览表: ``科室`` merged, ``岗位`` and ``责任人`` merged per person, short
  types, 高/中/低, an 编制人/审核人/date line;
- the 收成镇水利管理站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 夹河镇水利管理站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 双茨科镇水利管理站's 责任清单 under GROUP ROWS ``一、领导岗位`` / ``二、工作人员`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 昌宁灌区管理所's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``minqin_water_bureau_type_bands``: the 水务局's 廉政风险防控一览表 is ARRANGED BY 风险类型, NOT BY
  HOLDER: the FIRST column ``风险类型`` is merged down over each type's band (``思想道德风险``,
  ``制度机制风险``, ``岗位职责风险``, ``业务流程风险`` — four bands, in that order), and inside each band
  the rows run ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施`` with ``科室`` merged
  over its run and ``岗位``/``责任人`` merged over the person's run WITHIN THE BAND. So each of the
  four holders (局长, 副局长, 工程建设股 股长, 财务股 会计) comes back in two or three SEPARATE RUNS of
  rows, one in each band where he has a point, other holders' rows between them; 序号 runs on
  through the bands (1…12); 高/中/低. The shape is about HOW THE ROWS ARE ORDERED: a holder's points
  are scattered through the sheet, and each scattered run must be joined into ONE form. The
  README's 读得懂的表 knows types given by group rows (``（一）思想道德风险``), by blocks each
  headed by a type, by a type column, or by sheets a type (``同一岗位出现在其中几个工作表的,仍是一张
  表``); it knows level-sorted lists with 小计 lines, and a point merged over several posts' rows;
  it does not describe ONE sheet whose outer merged column is the TYPE, with the holder's cells
  merged again in every band, so that one holder's rows stand in several separate merged runs of
  the same sheet. (grep: no earlier batch writes ``风险类型`` merged as the first column over
  bands in which the same holder comes back.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 灌区工程管理 办法 — 供水协议,
水费, 渠系建筑物, 年度供配水计划; a paper on 麻栗坝灌区用水管理 — 水源管理, 配水, 渠系不配套; essays on
the 主要内容 of 水资源管理 — 数量, 质量, 权属, 规划, 投资管理; a city's 水资源保护管理 rules — 取水申请,
调度配置方案, 水资源论证; a paper on 农业灌溉用水管理模式 — 用水户, 水费计收; an account of a 农业
水利站站长's 职责 — 工程规划与建设, 工程质量, 水资源纠纷; a 水利农田管理制度 范本 — 灌溉调度, 水费征收,
工程设施维护; a county's 取水许可 and 水资源费 征收 rules — 取水权 转让, 年度取水计划, 超计划取水) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (rare Han surnames with rare given names); every unit is a body
of 民勤县 (``unit_words=("民勤县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch502`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's runs in the different type bands are ONE form (same 科室, 岗位 and
  责任人 on one sheet), its points in the order of the sheet; each point's type is its band's
  (``制度机制风险`` → ``制度机制``); the band cell names no 科室;
- ``局领导`` (the 水务局's 科室 cell for its leaders) and ``站领导`` (the 建设管理站's leaders' sheet)
  are the 科室 of those leaders; a 局's 股, a 站's 股, an 办公室's 股 and a 所's 股 are 科室; a 镇水利
  管理站's card, 自查表 and list, and the 昌宁灌区管理所's list, name no 科室 (the body is the unit); the
  group rows ``一、领导岗位``, ``二、工作人员`` give no 科室;
- every body is a unit of its own: 局长, 副局长, a 站's 站长, an 办公室's 主任 and a 所's 所长 are
  leaders; 股长 middle; the rest (会计, 技术员, 水管员, 出纳, 收费员, 审核员, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 水资源管理办公室's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b502_"
PLACE = "民勤县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# the holders: key -> (科室, 岗位, 责任人, tier)
HOLDERS = {
    "A": ("局领导", "局长", "逄澈琰", "leader"),
    "B": ("局领导", "副局长", "郇沄翊", "leader"),
    "C": ("工程建设股", "股长", "笪潆珩", "middle"),
    "D": ("财务股", "会计", "佴瀚芃", "general"),
}
# (风险类型, [(holder, 廉政风险点, 风险等级, 防控措施)]) — the bands in the sheet's order
BANDS = [
    ("思想道德风险", [
        ("A", "接受施工企业请托打招呼", "中", "领导干部插手工程建设登记报告。"),
        ("C", "接受施工单位宴请、礼品", "中", "签订廉洁承诺书，拒收登记。"),
        ("D", "利用报账便利吃拿卡要", "低", "报账时限公开，限时办结。"),
    ]),
    ("制度机制风险", [
        ("A", "重大水利项目安排个人说了算", "高", "三重一大事项党组会集体研究。"),
        ("B", "取水许可审批把关不严", "高", "取水许可材料股室初审、局务会审定。"),
        ("D", "水费收入不入账", "中", "水费收入全额缴入财政专户，按月对账。"),
    ]),
    ("岗位职责风险", [
        ("B", "水资源费减免随意", "中", "减免事项集体研究并公示。"),
        ("C", "工程计量签证不实", "高", "计量签证监理、股室、施工三方签字。"),
        ("C", "工程变更审核不严", "中", "变更超限额报局务会审批。"),
    ]),
    ("业务流程风险", [
        ("A", "工程款拨付不按进度", "中", "工程款按监理确认进度拨付。"),
        ("B", "防汛物资采购验收走过场", "低", "物资验收两人以上并登记。"),
        ("D", "专项资金支付凭证审核不严", "中", "经办、复核、审批分离。"),
    ]),
]  # fmt: skip


def minqin_water_bureau_type_bands() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("一览表", [12, 6, 12, 8, 10, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("风险类型", "序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for typ, points in BANDS:
        first = len(sh.rows)
        for key, point, lv, measures in points:
            dept, post, who, tier = HOLDERS[key]
            n += 1
            sh.add(typ, n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
        _per_person(sh, first, 2, 3, 4)
    sh.add("编制人：", None, "审核人：", None, None, "2025年6月", None, None)
    return _layout(
        "minqin_water_bureau_type_bands",
        "https://98523.com/fanwen/guizhangzhidu/glbf/201112/142271_2.html",
        "(harder) 县水务局 廉政风险防控一览表, after the source's 灌区工程管理 办法 (供水协议, 水费, 渠系建筑物, 年度供配水"
        "计划): a title, then the FIRST column ``风险类型`` merged over four TYPE BANDS (思想道德风险, 制度机制风险, "
        "岗位职责风险, 业务流程风险) and in each band 序号 (running on)/科室 merged/岗位 and 责任人 merged per person "
        "WITHIN THE BAND/廉政风险点/高/中/低/防控措施 — each of four holders comes back in two or three separate runs; "
        "an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def minqin_construction_station_two_sheets() -> dict:
    unit = f"{PLACE}水利工程建设管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("璩湄珣", "站长", "主持全面工作", [
            ("工程招标设置倾向性条件", "一级", "招标文件法制审核，全程留痕。"),
            ("干预工程质量检测结果", "二级", "检测委托第三方，结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "站领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("质量安全股", "股长", "谯漪琮", "middle", "隐蔽工程验收不到现场", "一级", "验收影像资料存档。"),
        ("工程技术股", "技术员", "蓟滢骁", "general", "设计变更现场签认随意", "二级",
         "变更签认报股长复核。"),
        ("工程技术股", "技术员", "蓟滢骁", "general", "工程资料整理弄虚作假", "三级", "资料归档专人核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "minqin_construction_station_two_sheets",
        "https://www.zlipz.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-jie-mi-shui-li-xian-feng-de-zhi-ze-yu-tiao-zhan.html",
        "县水利工程建设管理站's file in two sheets, after the source's account of a 农业水利站站长's 职责 (工程规划与建设, "
        "工程质量, 水资源纠纷): ``站领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def minqin_water_resources_office_posts() -> dict:
    unit = f"{PLACE}水资源管理办公室"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lic, fee = "取水管理股", "水资源费征收股"
    rows = [
        (lic, "股长", "middle", "取水许可初审", "对水资源论证不全的申请予以通过", "岗位职责风险", "Ⅰ级",
         "初审意见两人签字，主任复核。"),
        (lic, "股长", "middle", "年度取水计划核定", "为关系用水户多核取水量", "制度机制风险", "Ⅱ级",
         "取水计划按定额核定并公示。"),
        (fee, "收费员", "general", "水资源费征收", "少征、缓征水资源费收受好处", "业务流程风险", "Ⅱ级",
         "征收按计量数据系统开票。"),
        (fee, "收费员", "general", "超计划取水加价", "对超计划取水不按规定加价", "思想道德风险", "Ⅲ级",
         "超计划取水清单按月公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "minqin_water_resources_office_posts",
        "http://www.cqtmjz.cn/wap/index.php?itemid=792&moduleid=21&page=19",
        "县水资源管理办公室 廉政风险点排查表 对岗不对人, after the source's 取水许可 and 水资源费 征收 rules (取水权 转让, "
        "年度取水计划, 超计划取水): a title, 序号/股室 merged (取水管理股, 水资源费征收股)/岗位 merged per post/a short "
        "风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合股 | "
        "审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def minqin_hongyashan_irrigation_list() -> dict:
    unit = f"{PLACE}红崖山灌区管理所"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "暨珞澧", "leader", [
            ("年度供配水计划调整随意", "制度机制", "高", "配水计划经灌区代表大会审查。"),
            ("为关系户优先放水", "思想道德", "中", "放水次序张榜公布。"),
        ]),
        ("灌溉管理股", "水管员", "郏沚翾", "general", [
            ("擅自启闭渠系闸门", "岗位职责", "高", "闸门启闭两人操作并记录。"),
            ("配水量记录不实", "业务流程", "中", "配水量按斗口计量，用水户签字。"),
            ("接受用水户吃请", "外部环境", "低", "签订廉洁承诺书。"),
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
        "minqin_hongyashan_irrigation_list",
        "https://m.fx361.cc/news/2014/0323/19348647.html",
        "县红崖山灌区管理所 岗位廉政风险防控一览表, after the source's paper on 麻栗坝灌区用水管理 (水源管理, 配水, "
        "渠系不配套): a title, 序号/科室 merged (所领导, 灌溉管理股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def minqin_shoucheng_cards() -> dict:
    unit = f"{PLACE}收成镇水利管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "宓潺玥", "leader", [
            ("农田水利项目验收把关不严", "★★★", "验收邀请受益村代表参加。"),
            ("水事纠纷调处偏袒一方", "★★", "调处过程记录并由双方签字。"),
        ]),
        ("技术员", "酆淙璎", "general", [
            ("渠道维修工程量核实不实", "★★", "工程量现场丈量，两人签字。"),
            ("维修材料虚报冒领", "★", "材料出入库登记，站长抽查。"),
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
        "minqin_shoucheng_cards",
        "https://gwyoo.com/haowen/258795.html",
        "县收成镇水利管理站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 技术员), after the source's essays on the "
        "主要内容 of 水资源管理 (数量, 质量, 权属, 规划, 投资管理): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def minqin_jiahe_selfchecks() -> dict:
    unit = f"{PLACE}夹河镇水利管理站"
    t = _Truth(unit)
    people = [
        ("鄂澍珧", "站长", "leader", [
            ("灌溉水量分配不公", "高风险", "分水方案村组公示。"),
            ("水利设施管护资金使用不规范", "中风险", "管护资金专账核算。"),
        ]),
        ("芮沣琇", "出纳", "general", [
            ("水费现金收取不开票", "中风险", "水费一律开具票据。"),
            ("水费收入坐支", "低风险", "水费当日缴存，站长核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "minqin_jiahe_selfchecks",
        "http://static.h2o-china.com/paper/7174.html",
        "县夹河镇水利管理站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on "
        "农业灌溉用水管理模式 (用水户, 水费计收): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def minqin_shuangcike_group_rows() -> dict:
    unit = f"{PLACE}双茨科镇水利管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、领导岗位", [
            ("站长", "蒉滟珂", "leader", [
                ("高效节水项目申报弄虚作假", "一级风险", "申报材料入户核实。"),
                ("公务用车私用", "三级风险", "用车登记，节假日封存。"),
            ]),
        ]),
        ("二、工作人员", [
            ("水管员", "阏涴琤", "general", [
                ("机井用水计量数据篡改", "一级风险", "计量数据平台自动采集。"),
                ("灌溉轮次安排优亲厚友", "二级风险", "轮灌次序张榜公布。"),
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
        "minqin_shuangcike_group_rows",
        "https://www.renrendoc.com/paper/509759666.html",
        "县双茨科镇水利管理站 廉政风险防控责任清单, after the source's 水利农田管理制度 范本 (灌溉调度, 水费征收, 工程设施"
        "维护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、领导岗位``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def minqin_changning_irrigation_list() -> dict:
    unit = f"{PLACE}昌宁灌区管理所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "亓瀞琬", "leader", "取水口设置审批不严", "岗位职责", "高", "取水口设置报水务局审批。"),
        ("所长", "亓瀞琬", "leader", "接受用水大户礼金", "思想道德", "中", "节前廉洁提醒，拒收登记。"),
        ("审核员", "甯湲翊", "general", "水费减免审核不实", "业务流程", "中", "减免名单审核后公示。"),
        ("审核员", "甯湲翊", "general", "渠道维修资金挪用", "制度机制", "低", "维修资金专款专用。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "minqin_changning_irrigation_list",
        "http://www.fymate.com/html/text/lar/173285/17328591_1.html",
        "县昌宁灌区管理所 廉政风险防控一览表, after the source's city 水资源保护管理 rules (取水申请, 调度配置方案, "
        "水资源论证): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minqin_water_bureau_type_bands(),
    minqin_construction_station_two_sheets(),
    minqin_water_resources_office_posts(),
    minqin_hongyashan_irrigation_list(),
    minqin_shoucheng_cards(),
    minqin_jiahe_selfchecks(),
    minqin_shuangcike_group_rows(),
    minqin_changning_irrigation_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch502-inbox"))
