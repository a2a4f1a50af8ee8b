"""The eight-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's industry
bodies, 英吉沙县 (of 喀什地区, 新疆维吾尔自治区) — its 工业和信息化局, 小刀产业发展中心, 中小企业服务中心,
工业园区管委会 and 安全生产监管站 and the 经济发展办公室 of its 镇/乡 (芒辛镇, 乌恰镇, 萨罕乡) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 工业和信息化局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 萨罕乡经济发展办公室's 排查表 对岗不对人: ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no
  names and no 科室;
- the 工业园区管委会's 清单 under GROUP ROWS ``一、管委会领导`` … ``三、规划建设部`` merged across (no
  部门 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 安全生产监管站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 芒辛镇经济发展办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 乌恰镇经济发展办公室's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 中小企业服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yingjisha_knife_centre_level_margin``: the 小刀产业发展中心's 一览表 whose table has NO level
  column: the rows are sorted by level, and the level stands only in an UNHEADED margin column to
  the LEFT of ``序号`` (its heading cell blank, outside the table's printed border), merged down
  over each level's rows (``一级风险`` over the first four rows, ``二级风险`` over the next three,
  ``三级风险`` over the last three); each row carries its own ``科室 | 岗位 | 姓名`` (not merged, the
  holders' rows scattered by the sort). The README's 读得懂的表 knows a title written in a merged
  column beside the table, a holder or 科室 merged in an unheaded column beside the rows, level
  sections by group rows, divider rows or bracketed footers, and levels down the left of a level ×
  post cross table whose cells hold point numbers; it does not describe a plain list whose only
  level is an unheaded merged margin column beside its rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (英吉沙小刀 as 特产 — 用家、爱家、富家;
英吉沙小刀 的 市场 — 组装品, 刀身 from outside, 官办小刀厂; 英吉沙小刀 手工艺 保护 — 学习班, 展览馆;
沙雅小刀 — 小刀协会, 镇里建小刀厂, 徒弟工钱; 喀什 园区 — 英吉沙绿色建材产业园, 清理“僵尸企业”, 招商签约;
英吉沙县 概况 — 小刀之乡, 第二产业; 喀什地区 产业布局; 中小企业服务机构 资助 — 申请条件, 资金拨付,
监督检查) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare surnames 骆 and 宫 with rare given names); every
unit is a body of 英吉沙县.

Run ``python tests/published/score.py --set batch889`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the merged margin cell gives every row beside it its level (``一级风险`` 1,
  ``二级风险`` 2, ``三级风险`` 3); each row's holder is its own ``科室 | 岗位 | 姓名``; one form a holder
  (his rows gathered from wherever the sort put them); the ``注：`` line and the 填表/审核 line are no
  points;
- ``管委会领导``, ``中心领导``, ``办公室领导`` (a group row, a 科室 or 部门 cell, a 所在部门 cell) are the 科室
  of those leaders; the 工信局's leaders (sheet ``局领导``, no 科室 column) and the 安全生产监管站's
  cards (no 科室 line) have no 科室; a 股, a 部 and a 组 (产业服务组, 企业服务组) are 科室; a group row
  ``二、招商服务部`` gives the 科室 ``招商服务部`` (its number left off);
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 管委会 or of the 镇 offices' files, a 中心's 主任 and a 站's
  站长 are leaders; 股长, 部长 middle; the rest (股员, 会计, 出纳, 专干, 统计员, 监管员) general;
- the 萨罕乡经济发展办公室's list names no person: its forms are posts (对岗不对人); by the 站所 convention
  (docs/layouts.md) a 乡's 办 reporting alone is the 乡's 科室: unit ``英吉沙县萨罕乡``, 科室
  ``经济发展办公室`` (from the title), its 主任 middle (this truth first had the 办 as the unit, with no
  科室 and a leader 主任, and was corrected after the first measurement; the layout unchanged);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b889_"
PLACE = "英吉沙县"
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

# (科室, 岗位, 姓名, tier, 廉政风险点, 防控措施) by level, as the sheet sorts them
MARGIN = [
    ("一级风险", [
        ("中心领导", "主任", "骆翊珩", "leader", "小刀产业扶持资金分配不经集体研究，向关系户倾斜",
         "扶持资金分配方案经中心班子会研究，结果公示七天。"),
        ("产业发展股", "股长", "宫昀澈", "middle", "刀匠技能培训班学员名单和培训补贴虚报冒领",
         "学员签到与身份核验，补贴直接发放到个人账户。"),
        ("市场推广股", "股长", "骆沁杳", "middle", "“英吉沙小刀”区域公用品牌使用授权把关不严、收受好处",
         "授权条件公开，授权名单由中心集体审定。"),
        ("产业发展股", "股长", "宫昀澈", "middle", "手工艺合作社项目申报材料审核不严，帮助套取补助",
         "项目申报实行股室初审、中心复审，现场核查。"),
    ]),
    ("二级风险", [
        ("市场推广股", "股长", "骆沁杳", "middle", "外地展销会参展刀匠和企业遴选暗箱操作",
         "参展名额按产品质量评比排序确定并公示。"),
        ("中心领导", "主任", "骆翊珩", "leader", "小刀产业园摊位、店铺分配优亲厚友",
         "摊位分配公开抽签，全程录像。"),
        ("综合股", "会计", "宫琮樾", "general", "专项资金不按项目进度拨付，虚列支出",
         "资金拨付凭验收单据，经办、审核、审批三签。"),
    ]),
    ("三级风险", [
        ("中心领导", "主任", "骆翊珩", "leader", "接受小刀经营户宴请和礼品",
         "签订廉洁承诺书，节日前开展廉洁提醒。"),
        ("综合股", "会计", "宫琮樾", "general", "刀具样品和展品保管不善、私自处置",
         "样品出入库登记，每季度盘点。"),
        ("市场推广股", "股长", "骆沁杳", "middle", "宣传推广费用报销票据审核不严",
         "宣传费用按合同和验收单据报销。"),
    ]),
]  # fmt: skip


def yingjisha_knife_centre_level_margin() -> dict:
    unit = f"{PLACE}小刀产业发展中心"
    ncols = 7
    sh = _Sheet("一览表", [5, 6, 12, 8, 9, 42, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", ncols)
    sh.add(None, "序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施")
    n = 0
    for level, rows in MARGIN:
        first = len(sh.rows)
        for dept, post, who, tier, point, measures in rows:
            n += 1
            sh.add(level if len(sh.rows) == first else None, n, dept, post, who, point, measures)
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[level])
        sh.merge(first, 0, len(sh.rows) - 1, 0)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", ncols)
    sh.add(None, "填表：", None, "审核：", None, "主任（签字）：", None)
    return _layout(
        "yingjisha_knife_centre_level_margin", "http://www.handmsg.com/page/2014/0929/3705977.shtml",
        "(harder) 县小刀产业发展中心 岗位廉政风险防控一览表, after the source's report on 英吉沙小刀's market (组装品, 刀身 "
        "from outside, 官办小刀厂, 店铺, 新疆四大名刀): a title, a 填报单位 line, then a table "
        "序号/科室/岗位/姓名/廉政风险点/防控措施 with NO level column, its rows sorted by level; the level stands only in "
        "an UNHEADED margin column left of 序号 (heading cell blank), merged down over each level's rows "
        "(``一级风险`` ×4, ``二级风险`` ×3, ``三级风险`` ×3); every row carries its own 科室/岗位/姓名 (not merged); "
        "a ``注：`` line and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yingjisha_industry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}工业和信息化局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 40, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("骆昶熙", "局长", "主持全面工作", [
            ("招商引资项目落地优惠政策兑现中打招呼、定标准", "一级", "优惠政策兑现经局党组会研究，报县政府审定后公示。"),
            ("工业发展专项资金项目安排个人说了算", "一级", "项目安排实行专家评审和集体决策。"),
        ]),
        ("宫瑀琦", "副局长", "分管工业经济运行、节能降耗", [
            ("规模以上工业企业入统审核放宽条件", "二级", "入统资料与税务、电力数据比对。"),
            ("节能监察中对违规企业降低处理标准", "一级", "监察结果集体合议，处理决定公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 9, 9, 40, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工业发展股", "股长", "骆霁岚", "middle", "技术改造项目申报材料审核把关不严", "一级",
         "申报材料现场核查，审核意见留痕。"),
        ("工业发展股", "股长", "骆霁岚", "middle", "“僵尸企业”清理认定中弄虚作假", "二级", "认定名单经联席会议研究并公示。"),
        ("工业发展股", "股员", "宫晔岚", "general", "企业运行数据统计报送不实", "三级", "数据逐级审核，定期抽查。"),
        ("信息化股", "股长", "骆玹楠", "middle", "通信基础设施建设协调中收受企业好处", "二级", "协调事项登记备案，结果公开。"),
        ("办公室", "会计", "宫珺洮", "general", "公务接待、差旅费报销审核不严", "二级", "报销单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "yingjisha_industry_bureau_two_sheets", "https://askci.com/news/chanye/20221122/1637092032609.shtml",
        "县工业和信息化局 廉政风险防控一览表 in TWO SHEETS, after the source's 喀什地区 产业规划布局 (各县 主导产业, 园区): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yingjisha_sahan_office_posts() -> dict:
    unit = f"{PLACE}萨罕乡"
    office = "经济发展办公室"
    sh = _Sheet("排查表", [6, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{office}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "middle", "村级小刀加工作坊扶持项目确定不公开", "制度机制风险", "高",
         "扶持项目经乡党委会研究，在村务公开栏公示。"),
        ("主任", "middle", "乡办小刀加工厂房租赁价格随意定", "岗位职责风险", "中",
         "租赁价格经评估，租赁合同集体审定。"),
        ("项目专干", "general", "庭院经济和手工作坊补贴对象认定不实", "业务流程风险", "高",
         "补贴对象入户核实，名单公示。"),
        ("项目专干", "general", "项目验收走过场", "业务流程风险", "中", "验收邀请村监委会成员参加。"),
        ("统计员", "general", "乡镇企业产值统计数据虚报", "思想道德风险", "低", "统计数据与入户台账核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, office, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yingjisha_sahan_office_posts", "http://www.xinnong.net/zhifu/xj/1195796786.html",
        "乡经济发展办公室 岗位廉政风险点排查表 对岗不对人, after the source's report on 沙雅小刀 (小刀协会, 镇里建小刀厂, "
        "徒弟工钱, 小刀户): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yingjisha_park_committee_group_rows() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 42, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "骆彧澍", "leader", [
                ("入园项目准入审查降低投资强度和环保门槛", "一级风险", "入园项目经联审会集体评审，评审意见存档。"),
                ("园区闲置厂房和土地收回处置不公开", "一级风险", "处置方案报县政府审定，结果公示。"),
            ]),
            ("副主任", "宫岫筠", "leader", [
                ("标准化厂房租金减免审批随意", "二级风险", "减免条件公开，审批结果在园区公示。"),
            ]),
        ]),
        ("二、招商服务部", "招商服务部", [
            ("部长", "骆祎澄", "middle", [
                ("招商引资中向客商许诺超越政策的优惠", "一级风险", "招商协议条款经法律顾问审查。"),
                ("接受客商宴请、考察安排", "三级风险", "严禁接受客商安排的宴请和旅游。"),
            ]),
        ]),
        ("三、规划建设部", "规划建设部", [
            ("部长", "宫砚棠", "middle", [
                ("园区道路、管网工程变更签证把关不严", "二级风险", "变更签证经监理、跟踪审计共同确认。"),
            ]),
            ("监管员", "骆峤冉", "general", [
                ("企业施工现场检查走过场", "三级风险", "检查记录拍照留痕，每月通报。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "yingjisha_park_committee_group_rows", "https://www.chaxiaohao.com/read-1752308343l6816627.html",
        "县工业园区管理委员会 廉政风险防控责任清单, after the source's 喀什 产业园区 (英吉沙绿色建材产业园, 清理“僵尸企业”, "
        "基础设施项目, 招商签约): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、管委会领导``, ``二、招商服务部``, ``三、规划建设部`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def yingjisha_safety_station_cards() -> dict:
    unit = f"{PLACE}安全生产监管站"
    t = _Truth(unit)
    cards = [
        ("站长", "宫翾", "站长", "主持全站工作，负责工贸企业安全监管", "leader", [
            ("工贸企业安全检查中对隐患降格处理", "★★★", "检查实行双人执法，隐患整改闭环销号。"),
            ("小刀加工作坊安全整治验收放宽标准", "★★★", "验收邀请县应急管理局参加，结果公示。"),
            ("接受被检查企业宴请、礼品", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("监管员", "骆暄芷", "监管员", "负责粉尘涉爆、有限空间企业日常检查", "general", [
            ("检查前向企业通风报信", "★★", "推行“四不两直”检查，检查对象随机抽取。"),
            ("安全培训证明违规出具", "★★", "培训考核记录存档，证明由站长审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "yingjisha_safety_station_cards", "http://m.15th-29thdemocraticclub.com/xinjiang/yingjishaxian_info.html",
        "县安全生产监管站 岗位廉政风险防控卡, one sheet a person, after the source's 英吉沙县 概况 (中国小刀之乡, 第二产业, "
        "315国道, 扶贫开发工作重点县): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yingjisha_mangxin_office_selfchecks() -> dict:
    unit = f"{PLACE}芒辛镇经济发展办公室"
    t = _Truth(unit)
    people = [
        ("骆湛羲", "办公室领导", "主任", "leader", [
            ("“小刀村”手工艺品合作社扶贫项目资金使用监管不力", "Ⅰ级", "项目资金专账管理，每季度公开收支。", "已落实"),
            ("小刀村旅游摊位和展销点分配打招呼", "Ⅱ级", "摊位分配由村民代表参与抽签。", "未发现问题"),
        ]),
        ("宫玥阗", "产业服务组", "产业专干", "general", [
            ("刀匠带徒补助人数和月数虚报", "Ⅰ级", "带徒名单入户核实，补助按月公示。", "已落实"),
            ("合作社产品网络直播推广经费报销不实", "Ⅲ级", "推广费用凭合同和平台流水报销。", "已落实"),
        ]),
        ("骆麓岑", "产业服务组", "统计员", "general", [
            ("小刀产业从业人员和产值统计弄虚作假", "Ⅱ级", "统计台账与合作社账目逐户核对。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 40, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yingjisha_mangxin_office_selfchecks", "http://ningxialong.com/c/0G462334H022_2.html",
        "镇经济发展办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 英吉沙小刀 "
        "特产 page (用家、爱家、富家, 生活用具和工艺美术品, 定制): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yingjisha_wuqia_office_list() -> dict:
    unit = f"{PLACE}乌恰镇经济发展办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 42, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "宫沣璘", "leader", "镇小微企业创业扶持对象推荐优亲厚友", "岗位职责", "高风险",
         "推荐对象经镇党委会研究，名单公示。"),
        ("办公室领导", "主任", "宫沣璘", "leader", "集镇商铺招租不公开竞价", "制度机制", "高风险",
         "商铺招租进入乡镇公共资源交易平台。"),
        ("办公室领导", "副主任", "骆琰朔", "leader", "手工艺品展销活动赞助费收取不入账", "业务流程", "中风险",
         "赞助费统一缴入镇财政所账户。"),
        ("企业服务组", "专干", "宫湉稷", "general", "为企业代办证照时收取好处费", "思想道德", "中风险",
         "代办事项登记，服务承诺上墙。"),
        ("企业服务组", "专干", "宫湉稷", "general", "企业用工补贴资料审核不严", "外部环境", "低风险",
         "用工名单与社保缴费记录比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yingjisha_wuqia_office_list", "https://machineinfo.com.cn/lvyou/202503/39326.html",
        "镇经济发展办公室 岗位廉政风险防控一览表, after the source's page on 英吉沙小刀 手工艺 (刀身、刀柄, 旅游, 学习班和"
        "展览馆): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yingjisha_sme_centre_register() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    sh = _Sheet("登记表", [6, 14, 10, 10, 42, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "骆靓铎", "leader", [
            ("中小企业发展专项资金补助对象确定不集体研究", "制度机制", "一级", "补助对象经中心办公会研究，报县工信局审核。"),
            ("服务机构资助项目审核中收受好处", "思想道德", "一级", "资助项目实行专家评审，结果公示。"),
        ]),
        ("融资服务股", "股长", "宫鋆", "middle", [
            ("企业融资担保推荐条件放宽", "岗位职责", "二级", "推荐条件公开，推荐名单集体审定。"),
            ("贷款贴息资料审核不严", "业务流程", "二级", "贴息资料与银行放贷记录核对。"),
        ]),
        ("创业服务股", "股员", "骆璁", "general", [
            ("创业培训补贴学员签到造假", "业务流程", "三级", "培训签到人脸核验，抽查回访。"),
        ]),
        ("综合股", "出纳", "宫曈", "general", [
            ("现金收支不及时入账", "业务流程", "二级", "现金日清月结，定期盘点。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "yingjisha_sme_centre_register", "http://www.fsou.net/html/text/chl/610/61036_1.html",
        "县中小企业服务中心 廉政风险点排查登记表, after the source's 中小企业服务机构 资助 rules (申请条件, 资金申请拨付程序, "
        "专款专用, 监督与检查): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yingjisha_knife_centre_level_margin(),
    yingjisha_industry_bureau_two_sheets(),
    yingjisha_sahan_office_posts(),
    yingjisha_park_committee_group_rows(),
    yingjisha_safety_station_cards(),
    yingjisha_mangxin_office_selfchecks(),
    yingjisha_wuqia_office_list(),
    yingjisha_sme_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch889-inbox"))
