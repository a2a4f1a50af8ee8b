"""The six-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's forestry,
grassland and sand-control bodies, 阿拉善左旗 (of 阿拉善盟, 内蒙古自治区) — its 林业和草原局, 治沙站,
草原工作站, 国有林场, 林业工作站, 草原监督管理所, 林业和草原综合行政执法大队 and 林草资源管护中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 治沙站's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  高/中/低;
- the 草原工作站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, short types, ``一级/二级/三级``; no names;
- the 国有林场's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 林业工作站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 股室 column),
  ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 草原监督管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``高风险/中风险/低风险``, ``自查情况``, no type column;
- the 综合行政执法大队's 一览表 in TWO SHEETS: ``队领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``中队`` (``中队`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``;
- the 林草资源管护中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``alxa_left_forestry_bureau_quarter_rows``: the 林业和草原局's 2025年度廉政风险防控工作台账, an
  ordinary list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``) with a QUARTERLY
  RECORD BAND on its right, ``季度 | 落实情况 | 检查人``, whose rows SPLIT EVERY POINT INTO FOUR ROWS:
  each point's 序号, 风险点, 风险等级 and 防控措施 are merged down over four rows ``一季度 | 二季度 |
  三季度 | 四季度`` (股室, 岗位 and 姓名 merged over all of the person's rows), each row with that
  quarter's 落实情况 and the 驻局纪检监察组 检查人 who signed it (四季度 still blank: the file is sent in
  October). The README's 读得懂的表 knows quarter COLUMNS of a 落实台账 and quarterly SHEETS, a short
  point merged down over several ``主要表现形式`` rows (each row a point), one record over two rows
  (name row, 表现 row); it does not describe a point merged down over its four quarterly record rows,
  where the four rows are one point and the 检查人 names are no holders.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 森林督查 警示约谈 — 问题台账, 对账销号,
林长制; a 防沙林场 and its 护林点 — 治沙, 防火; a 开发区 草原补奖 实施方案 — 禁牧, 草畜平衡, 退牧还草;
a 林业局's 五道防线 — 管护站, 检查站, 林政案件; a 生态护林员管理细则 — 选聘, 考核, 林业工作站; a 县
纪委's 草原 专项整治 — 非法使用草原, 套取补奖资金; a 公益林 采伐 渎职案 — 伐前设计, 火烧山, 采伐审批;
a 州 护林员和草管员 选聘 — 个人申请, 村推荐, 乡审核, 动态管理) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 羿 and 芈 with rare given names); every unit is a body of 阿拉善左旗.

Run ``python tests/published/score.py --set batch612`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is ONE point, whatever its four quarter rows; ``季度``, ``落实情况``
  and ``检查人`` are no points, levels, types or holders (the 检查人 is the 纪检监察组's, not the
  post's holder); the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``站领导``, ``场领导``, ``所领导`` (a 股室 cell, a group row, a 所在股室 cell) are the 科室 of
  those leaders; the 执法大队's leaders (sheet ``队领导``, no 科室 column) and the cards' leaders have no
  科室; the 林场's card 职务 ``管护站站长`` is 科室 ``管护站`` and post ``站长`` (a 职务 naming its 科室 is
  split, as the README says; the truth first kept it whole — corrected after the one measurement);
  a 局's or 站's 股, a 所's 股 and a 大队's 中队 are 科室;
- every body is a unit of its own (旗-level 站, 所, 场, 中心 and 大队): 局长, 副局长, 站长, 副站长, 场长,
  副场长, 所长, 大队长, 主任 of the 中心 are leaders; 股长, 中队长, 管护站站长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 草原工作站's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``★★★/★★/★``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b612_"
PLACE = "阿拉善左旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 驻局纪检监察组's 检查人 (no holders)
CHECKERS = ("芈沨翯", "羿琮璘")

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施, [落实情况 of 一季度 … 三季度])])
LEDGER = [
    ("局领导", "局长", "羿瀚骁", "leader", [
        ("林草生态修复项目实施单位确定不经集体研究", "一级", "项目实施单位经局党组会集体研究，结果公示。",
         ["党组会研究2个项目，纪要存档", "无新增项目", "党组会研究1个项目，已公示"]),
        ("森林督查问题整改敷衍应付、虚假销号", "一级", "问题台账逐一对账销号，整改结果现场复核。",
         ["建立问题台账，销号12处", "复核销号问题5处", "整改全部复核完毕"]),
    ]),
    ("资源管理股", "股长", "芈珩皞", "middle", [
        ("征占用林地、草原审核现场查验走过场", "一级", "现场查验两人以上，查验影像资料存档。",
         ["查验3宗，影像存档", "查验2宗，影像存档", "查验4宗，影像存档"]),
        ("林木采伐许可证超范围、超限额核发", "二级", "采伐限额按年度计划核定，许可信息网上公开。",
         ["核发许可6份，网上公开", "核发许可2份，网上公开", "未核发"]),
    ]),
    ("资源管理股", "科员", "羿湝玚", "general", [
        ("伐区作业设计审核不实", "二级", "作业设计实行外业抽查复核。",
         ["抽查复核设计2份", "抽查复核设计1份", "无作业设计"]),
    ]),
    ("生态修复股", "股长", "芈璟翀", "middle", [
        ("防沙治沙工程造林、草方格沙障验收虚报面积", "一级", "工程验收邀请第三方测量，验收结果公示。",
         ["春季造林验收1项", "草方格验收2项，第三方测量", "秋季造林待验收"]),
        ("苗木、沙障材料质量把关不严", "二级", "苗木进场检疫、抽检，材料验收双人签字。",
         ["苗木抽检3批", "沙障材料验收4批", "苗木抽检2批"]),
        ("工程款拨付不按合同约定进度", "三级", "工程款拨付经股室、财务、分管领导三级审核。",
         ["拨付1笔，三级审核", "拨付2笔，三级审核", "拨付1笔，三级审核"]),
    ]),
]  # fmt: skip


def alxa_left_forestry_bureau_quarter_rows() -> dict:
    unit = f"{PLACE}林业和草原局"
    ncols = 10
    sh = _Sheet("工作台账", [6, 12, 8, 9, 34, 9, 32, 8, 24, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}2025年度廉政风险防控工作台账", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 16}填报时间：2025年10月", ncols)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "季度", "落实情况",
           "检查人")  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in LEDGER:
        for point, lv, measures, done in points:
            n += 1
            top = len(sh.rows)
            for q, quarter in enumerate(QUARTERS):
                if q == 0:
                    lead = (n, dept, post, who, point, lv, measures)
                else:
                    lead = (None, dept, post, who, None, None, None)
                found = done[q] if q < len(done) else None
                checker = CHECKERS[(n + q) % 2] if found else None
                sh.add(*lead, quarter, found, checker)
            for c in (0, 4, 5, 6):
                sh.merge(top, c, top + 3, c)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2], row[3])),
                            (3, lambda row: (row[1], row[2], row[3]))])  # fmt: skip
    _line(
        sh,
        "注：每个风险点按季度登记防控措施落实情况，由驻局纪检监察组检查人核实签字；四季度情况年底补填。",
        ncols,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "alxa_left_forestry_bureau_quarter_rows", "http://do.enseignement-lsf.com/20211177/21456335.html",
        "(harder) 旗林业和草原局 2025年度廉政风险防控工作台账, after the source's 森林督查 警示约谈 (问题台账, 逐一对账销号, "
        "林长制, 整改): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/姓名/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施 and a quarterly record band ``季度 | 落实情况 | 检查人``: EVERY POINT SPLIT OVER FOUR "
        "ROWS ``一季度 | 二季度 | 三季度 | 四季度`` — 序号, 风险点, 风险等级 and 防控措施 merged down over the four, 股室/"
        "岗位/姓名 merged over the person's rows — each row that quarter's 落实情况 and the 纪检 检查人 (四季度 blank); no "
        "type column; a merged ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def alxa_left_sand_station_list() -> dict:
    unit = f"{PLACE}治沙站"
    sh = _Sheet("一览表", [6, 12, 9, 9, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芈翾昶", "leader", [
            ("治沙造林项目施工队伍指定、暗箱操作", "制度机制风险", "高", "施工队伍按规定公开招标，结果公示。"),
            ("接受施工单位宴请、礼品礼金", "思想道德风险", "中", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("治沙技术股", "股长", "羿沄璠", "middle", [
            ("沙障设置、梭梭栽植成活率检查弄虚作假", "岗位职责风险", "高", "成活率检查随机抽样，两人以上参加。"),
            ("治沙试验苗木调拨不登记", "业务流程风险", "中", "苗木调拨登记台账，每季度盘点。"),
        ]),
        ("治沙技术股", "技术员", "芈琇珲", "general", [
            ("护林点值班、防火巡查记录造假", "岗位职责风险", "低", "巡查记录与定位轨迹每月核对。"),
        ]),
        ("综合股", "会计", "羿岍璎", "general", [
            ("治沙项目资金报账票据审核不严", "业务流程风险", "中", "报账单据经办人、证明人、审批人三签。"),
            ("临时用工工资虚报冒领", "外部环境风险", "高", "用工名单公示，工资打卡发放。"),
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
    sh.add("制表：综合股", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "alxa_left_sand_station_list", "https://m.fx361.cc/news/2022/0507/10294272.html",
        "旗治沙站 岗位廉政风险防控一览表, after the source's 防沙林场 and its 护林点 (治沙试验站, 防火值班, 流沙治理, 根蘖苗): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def alxa_left_grassland_station_posts() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "补奖资金分配", "草原补奖资金分配方案不经集体研究，向关系户倾斜", "制度机制", "一级",
         "分配方案经站务会研究，报旗林草局审定后公示。"),
        ("草原保护股", "股长", "middle", "禁牧核查", "禁牧区核查走过场，对违规放牧户不上报", "岗位职责", "一级",
         "禁牧核查两人一组，核查结果登记备查。"),
        ("草原保护股", "股长", "middle", "草畜平衡核定", "核定载畜量时收受牧户好处，多核少减", "思想道德", "二级",
         "载畜量按测产结果核定，核定结果嘎查公示。"),
        ("草原保护股", "技术员", "general", "退牧还草围栏验收", "围栏验收不到现场，虚报建设长度", "业务流程", "二级",
         "验收现场测量，影像资料存档。"),
        ("草原监测股", "技术员", "general", "草原监测数据上报", "监测样地数据编造、改动", "岗位职责", "三级",
         "样地数据双人采集、交叉审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "alxa_left_grassland_station_posts", "http://www.3jise.com/article/68546.html",
        "旗草原工作站 岗位廉政风险点排查表 对岗不对人, after the source's 开发区 草原生态保护补助奖励 实施方案 (禁牧, 草畜平衡, "
        "退牧还草, 补奖资金发放): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def alxa_left_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "羿霂翊", "场长", "主持林场全面工作", "leader", [
            ("管护站建设项目化整为零规避招标", "★★★", "建设项目按限额报旗林草局审批。"),
            ("林场木材、苗木销售定价不公", "★★★", "销售价格集体研究，销售收入全额入账。"),
            ("接受承包户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副场长", "芈璘澔", "副场长", "分管森林管护、防火", "leader", [
            ("管护人员考核打分优亲厚友", "★★", "考核细则公开，结果在林场公示。"),
            ("林政案件线索隐瞒不报、降格处理", "★★★", "案件线索登记，移交森林公安备案。"),
        ]),
        ("管护站站长", "羿珝岷", "管护站站长", "负责东山管护站日常管护", "middle", [
            ("检查站木材放行不查验运输证", "★★", "检查站查验登记，视频监控全覆盖。"),
            ("护林员出勤记录弄虚作假", "★", "巡护轨迹与出勤记录每月核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        # 职务 ``管护站站长``: 科室 管护站, post 站长 (README: a 职务 cell naming 科室 and post is split)
        dept, title = ("管护站", "站长") if post == "管护站站长" else ("", post)
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, title, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "alxa_left_forest_farm_cards", "https://heilongjiang.big5.dbw.cn/system/2008/08/11/051431805.shtml",
        "旗国有林场 廉政风险防控卡, one sheet a person, after the source's 林业局 五道防线 (管护站, 检查站, 林政案件, 巡逻): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def alxa_left_forestry_station_group_rows() -> dict:
    unit = f"{PLACE}林业工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "芈翊澂", "leader", [
                ("生态护林员选聘不按公告、申报、审核、公示程序", "Ⅰ级", "选聘全过程留痕，拟聘名单嘎查公示。"),
                ("护林员劳务报酬发放不及时、截留", "Ⅰ级", "劳务报酬打卡发放，按月公示。"),
            ]),
        ]),
        ("二、营林股", "营林股", [
            ("股长", "羿澈珣", "middle", [
                ("护林员年度考核走过场", "Ⅱ级", "考核结果与巡护记录挂钩，结果公示。"),
                ("造林补贴核查面积不实", "Ⅰ级", "核查实地测量，两人签字。"),
            ]),
            ("技术员", "芈岱瑢", "general", [
                ("护林员培训签到造假", "Ⅲ级", "培训签到与影像资料一并存档。"),
            ]),
        ]),
        ("三、林政股", "林政股", [
            ("股长", "羿玹沣", "middle", [
                ("林木采伐伐前设计审核不到现场", "Ⅱ级", "伐前设计外业复核，复核记录存档。"),
                ("林权流转备案材料把关不严", "Ⅲ级", "备案材料一次性告知，两级审核。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "alxa_left_forestry_station_group_rows", "http://lycy.gnzrmzf.gov.cn/info/1127/5270.htm",
        "旗林业工作站 廉政风险防控责任清单, after the source's 生态护林员管理细则 (选聘 公告/申报/审核/公示/聘用, 考核, "
        "劳务报酬, 林业工作站): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、营林股``, ``三、林政股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def alxa_left_grassland_supervision_selfchecks() -> dict:
    unit = f"{PLACE}草原监督管理所"
    t = _Truth(unit)
    people = [
        ("芈沅翙", "所领导", "所长", "leader", [
            ("非法使用草原案件查处以罚代刑", "高风险", "案件处理结果集体研究，重大案件移送。", "已落实"),
            ("草原征占用现场查验不实", "中风险", "查验两人以上，影像资料存档。", "未发现问题"),
        ]),
        ("羿瑄澜", "监督股", "草原监理员", "general", [
            ("巡查发现违法线索不登记、不上报", "高风险", "巡查台账逐日登记，每周汇总。", "已落实"),
            ("收受牧户好处，对超载过牧不处理", "中风险", "签订承诺书，处理结果公示。", "已落实"),
            ("执法记录仪不按规定使用", "低风险", "执法全程记录，每月抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "alxa_left_grassland_supervision_selfchecks", "http://gs.news.cn/20251225/28eed181f5dc48ec9996218b12d8c445/c.html",
        "旗草原监督管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县纪委监委 草原 "
        "专项整治 (非法使用草原, 违规套取补奖资金, 禁牧监督): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def alxa_left_law_enforcement_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("队领导", [6, 9, 9, 18, 38, 10, 34])
    _line(lead, f"{unit}队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("羿璆沨", "大队长", "主持全面工作", [
            ("林草行政处罚案件不经集体讨论", "一级风险", "重大案件集体讨论，法制审核。"),
            ("罚没财物处置不公开", "二级风险", "罚没财物统一上缴，处置公开。"),
        ]),
        ("芈瀛翚", "副大队长", "分管林政案件查处", [
            ("过火林地、火烧迹地核查时受人请托出具不实意见", "一级风险", "核查两人以上，意见经集体审定。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    squad = _Sheet("中队", [6, 14, 9, 9, 38, 10, 34])
    _line(squad, f"{unit}中队廉政风险防控一览表", 7)
    squad.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("一中队", "中队长", "羿昶珺", "middle", "盗伐滥伐案件立案不及时、有案不立", "一级风险",
         "案件线索登记，超期未立案的督办。"),
        ("一中队", "中队长", "羿昶珺", "middle", "案件调查取证不全面", "二级风险", "取证清单化，两人以上执法。"),
        ("一中队", "执法队员", "芈琤翾", "general", "检查中接受当事人宴请", "三级风险", "签订廉洁执法承诺书。"),
        ("二中队", "中队长", "芈湜瑨", "middle", "非法占用林地案件降格处理", "一级风险", "处罚决定法制审核，结果公开。"),
        ("二中队", "执法队员", "羿岚翮", "general", "木材运输检查随意放行", "二级风险", "检查登记，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(squad.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        squad.add(i, d, post, who, point, lv, measures)
        t.point(squad.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(squad, first, 1, 2, 3)
    squad.add("制表：综合室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "alxa_left_law_enforcement_two_sheets", "http://dlnp.com.cn/environment/2008-09/09/content_16417905_2.htm",
        "旗林业和草原综合行政执法大队 廉政风险防控一览表 in TWO SHEETS, after the source's 公益林 采伐 渎职案 (伐前设计报告, "
        "火烧山 文件, 采伐审批, 林业工作站): sheet 队领导 with 姓名/职务/分管工作 merged per leader, sheet 中队 with 中队 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, squad], t,
    )  # fmt: skip


def alxa_left_ranger_centre_list() -> dict:
    unit = f"{PLACE}林草资源管护中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "芈翛璩", "leader", "护林员、草管员续聘解聘不按考核结果", "制度机制", "一级",
         "续聘解聘依据年度考核，名单公示。"),
        ("中心领导", "主任", "芈翛璩", "leader", "管护经费分配不按管护面积测算", "岗位职责", "二级",
         "经费按管护面积测算，分配方案公开。"),
        ("管护股", "股长", "羿沛琰", "middle", "草管员选聘中村推荐、乡审核把关不严", "业务流程", "一级",
         "选聘材料逐级审核，建档立卡身份核实。"),
        ("管护股", "股长", "羿沛琰", "middle", "管护区域划分照顾关系人", "思想道德", "三级", "管护区域集体划定并公示。"),
        ("财务股", "会计", "芈珺沄", "general", "护林员补助发放名单与在岗人员不符", "业务流程", "二级",
         "补助名单与考勤、考核结果每月核对。"),
        ("财务股", "出纳", "羿琬岚", "general", "补助资金代领、代签", "外部环境", "二级", "补助资金一律打卡发放。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "alxa_left_ranger_centre_list", "http://szb.chinalxnet.com/pc/cont/202005/14/content_4514.html",
        "旗林草资源管护中心 岗位廉政风险防控一览表, after the source's 州 生态护林员和草管员 选聘 (个人申请, 村委会推荐, 乡镇初审, "
        "县市审核, 年度考核, 动态管理): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    alxa_left_forestry_bureau_quarter_rows(),
    alxa_left_sand_station_list(),
    alxa_left_grassland_station_posts(),
    alxa_left_forest_farm_cards(),
    alxa_left_forestry_station_group_rows(),
    alxa_left_grassland_supervision_selfchecks(),
    alxa_left_law_enforcement_two_sheets(),
    alxa_left_ranger_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch612-inbox"))
