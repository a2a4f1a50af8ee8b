"""The six-hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 苏木 and
嘎查 bodies, 达尔罕茂明安联合旗 (of 包头市, 内蒙古) — its 草原监理所, its 苏木人民政府 (达尔罕苏木,
查干哈达苏木), a 苏木's 农牧业综合服务中心, 牧业服务站 and 林草工作站, and two 嘎查村民委员会 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 查干哈达苏木人民政府's 一览表 in TWO SHEETS: ``苏木领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``站所`` (``站所`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 巴音敖包苏木农牧业综合服务中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types,
  高/中/低; no names;
- the 草原监理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 乌兰布拉格嘎查村民委员会's 责任清单 under GROUP ROWS ``一、嘎查党支部`` … ``三、村务监督委员会``
  merged across, ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 达尔罕苏木牧业服务站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 额尔登宝力格嘎查村民委员会's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 查干哈达苏木林草工作站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``darhan_sumu_name_grid``: the 达尔罕苏木人民政府's 领导班子廉政风险点责任分解表, ONE ROW A POINT
  (``序号 | 廉政风险点 | 风险等级 | … | 防控措施``) and a TWO-ROW heading whose ``责任人`` is merged across
  one column a POST (``党委书记 | 苏木达 | 副苏木达 | 经管站站长``); each row writes in a post's column the
  NAME of the holder of that post whose point it is — one to four names a row, blank where the post
  has no part — and the ``副苏木达`` column holds TWO different names down its rows (two 副苏木达, each
  named only on his own points), so a holder is a (column's post, cell's name) pair and one row is a
  point of every holder named on it. The README's 读得懂的表 knows holders as columns under one
  heading with a TICK under each holder (posts row over names row, or post⏎name cells), holder
  columns each cell the holder's own LEVEL, level columns whose cells name the holders, a matrix of
  posts down and points across with measures in the cells; it does not describe post columns whose
  cells carry the holder's NAME (not a tick), the same post's column naming different people on
  different rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (达茂旗's court on 草场承包 —
草牧场使用证, 二轮承包, 嘎查会计 登记造册, 禁牧; a 县 草原生态保护补助奖励机制实施方案 — 禁牧补助,
草畜平衡奖励, 补奖资金到户; a paper on 禁牧休牧监管 — 监管体制, 法律责任; a 旗 阶段性禁牧 —
禁牧合同书, 牧户申请书, 补贴资金发放; a 内蒙古 草原补奖 方案 — 牧草良种补助, 牧户生产性补助; a
旗 基层兽医站 建设 — 动物防疫; a 县 退牧还草工程 实施方案 — 围栏建设, 补播; a paper on
牧区基层治理 — 草畜双承包, 嘎查) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 芮 and 岑 with rare given
names); every unit is a body of 达尔罕茂明安联合旗 (the place name is in no earlier batch's units).

Run ``python tests/published/score.py --set batch653`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every name in a post's column makes the row's point a point of that holder
  (post from the heading's column, name from the cell), with the row's level; one form a holder, no
  科室 (the table names none); the two 副苏木达 are two holders; ``防控措施`` names no holder; the
  ``注：`` line and the 填表/审核 line are no points;
- ``苏木领导``, ``嘎查党支部``, ``嘎查委员会``, ``村务监督委员会`` and a 站's ``站领导`` (a sheet, group rows,
  a 股室 cell) are the 科室 of those holders where the table names them as such; the 苏木's leaders on
  sheet ``苏木领导`` (no 科室 column) and the cards' holders have no 科室; a 苏木's 站所 and a 站's 股 are
  科室;
- every 苏木人民政府, 站, 所, 中心 and 嘎查村民委员会 is a unit of its own: 党委书记, 苏木达, 副苏木达,
  站长, 所长, 副所长, 主任, 嘎查党支部书记 and 嘎查委员会主任 are leaders; 股长, 站所's 站长 and 村务监督
  委员会主任 middle; the rest (会计, 报账员, 监理员, 防疫员, 草原管护员, 统计员) general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 农牧业综合服务中心's
  list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b653_"
PLACE = "达尔罕茂明安联合旗"
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

# the posts across under 责任人
POSTS = ["党委书记", "苏木达", "副苏木达", "经管站站长"]
TIERS = {"党委书记": "leader", "苏木达": "leader", "副苏木达": "leader", "经管站站长": "middle"}

# (廉政风险点, 风险等级, names under POSTS (None: blank), 防控措施)
GRID = [
    ("草原生态保护补助奖励资金分配不经苏木党委会集体研究", "高", ("芮翀骞", "岑沨翊", None, None),
     "补奖资金分配方案经党委会集体研究，会议纪要存档。"),
    ("禁牧、草畜平衡面积核定中优亲厚友、虚报面积", "高", (None, "岑沨翊", "芮淏瑷", None),
     "面积以草原承包经营权证为准，核定结果在嘎查公示七天。"),
    ("嘎查集体草场流转、发包不经嘎查民主程序", "高", ("芮翀骞", None, "岑珝澂", "岑湉玮"),
     "流转发包严格履行“四议两公开”，合同报苏木经管站备案。"),
    ("动物防疫物资发放登记不实，截留变卖", "中", (None, None, "芮淏瑷", None),
     "防疫物资按嘎查、牧户登记领用，每季度盘点。"),
    ("嘎查集体资金、资产“三资”监管不严，坐收坐支", "中", (None, "岑沨翊", None, "岑湉玮"),
     "嘎查资金实行苏木代理记账，每月核对银行流水。"),
    ("牧区道路、棚圈等项目验收把关不严", "中", ("芮翀骞", None, "岑珝澂", None),
     "项目验收邀请旗农牧局和嘎查牧民代表参加。"),
    ("接受牧户、企业宴请和礼品礼金", "低", ("芮翀骞", "岑沨翊", None, None),
     "签订廉洁承诺书，节前廉洁提醒。"),
]  # fmt: skip


def darhan_sumu_name_grid() -> dict:
    unit = f"{PLACE}达尔罕苏木人民政府"
    n = len(POSTS)
    ncols = 3 + n + 1
    sh = _Sheet("责任分解表", [6, 40, 8] + [11] * n + [36])
    t = _Truth(unit)
    _line(sh, f"{unit}领导班子廉政风险点责任分解表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", ncols)
    top = sh.add("序号", "廉政风险点", "风险等级", "责任人", *([None] * (n - 1)), "防控措施")
    sh.add(None, None, None, *POSTS, None)
    for c in (0, 1, 2, ncols - 1):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 3, top, 2 + n)
    for i, (point, lv, names, measures) in enumerate(GRID, 1):
        sh.add(i, point, lv, *names, measures)
    # the truth one form a holder: by column, then by first appearance down the column
    for j, post in enumerate(POSTS):
        seen: list[str] = []
        for _point, _lv, names, _m in GRID:
            if names[j] and names[j] not in seen:
                seen.append(names[j])
        for who in seen:
            for point, lv, names, _measures in GRID:
                if names[j] == who:
                    t.point(sh.name, "", post, who, TIERS[post], point, [], HML[lv])
    _line(
        sh,
        "注：责任人栏按岗位填写该风险点的具体责任人姓名，未涉及的岗位空白；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("填表：", None, None, "审核：", None, None, "苏木党委（盖章）", None)
    return _layout(
        "darhan_sumu_name_grid", "http://eegnfy.nmgfy.gov.cn/article/detail/2018/03/id/3232822.shtml",
        "(harder) 苏木人民政府 领导班子廉政风险点责任分解表, after the source's 达茂旗 草场 调研 (草牧场使用证, 二轮承包, "
        "嘎查会计 登记造册, 禁牧): a title, a merged 填报单位/date line, then a TWO-ROW heading: 序号/廉政风险点/风险等级/"
        "防控措施 merged down, ``责任人`` merged across four POST columns (党委书记, 苏木达, 副苏木达, 经管站站长); ONE ROW "
        "A POINT with the holder's NAME written in each post's column whose point it is (one to four a row, blank "
        "otherwise), the 副苏木达 column naming two different people on different rows; 高/中/低, no type column; a "
        "merged ``注：`` line and a 填表/审核/盖章 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chagan_hada_sumu_two_sheets() -> dict:
    unit = f"{PLACE}查干哈达苏木人民政府"
    t = _Truth(unit)
    lead = _Sheet("苏木领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("芮峤湄", "苏木达", "主持政府全面工作", [
            ("草原补奖资金发放名册审核把关不严", "一级", "补奖名册经嘎查公示、苏木审核、旗农牧局复核。"),
            ("苏木工程项目插手干预招投标", "一级", "项目一律进入旗公共资源交易中心。"),
        ]),
        ("岑璟澍", "副苏木达", "分管农牧业、草原保护", [
            ("禁牧区违规放牧查处中以罚代管", "二级", "查处结果集体研究，罚没款直缴国库。"),
            ("牧户生产性补助对象认定不实", "一级", "补助对象由嘎查评议、苏木审核并张榜公示。"),
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
    dept = _Sheet("站所", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}站所廉政风险防控一览表", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("农村牧区经营管理站", "站长", "芮沅珩", "middle", "嘎查集体经济合同审核走过场", "一级",
         "合同经站长、分管领导两级审核，备案登记。"),
        ("农村牧区经营管理站", "站长", "芮沅珩", "middle", "嘎查财务代理记账中违规入账", "二级", "凭证双人复核，每月对账。"),
        ("农村牧区经营管理站", "报账员", "岑霁珣", "general", "嘎查报账票据审核不严，虚列支出", "二级",
         "报账票据经村务监督委员会签字后受理。"),
        ("社会事务办公室", "主任", "芮湛琮", "middle", "牧区低保、临时救助对象评议优亲厚友", "一级",
         "评议实行嘎查民主评议、苏木入户核查。"),
        ("社会事务办公室", "统计员", "岑瑗岫", "general", "救助资金发放台账登记不实", "三级", "台账与银行发放清单每月核对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chagan_hada_sumu_two_sheets", "http://35331.cn/lhs_01e01c01d01dinog38lmfgjjpxlginn4viypfrxjhgqxxgbthnagc1ke2g8mi3ik3hk3dklk01203202q03703401n_1.html",
        "苏木人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's 县 草原生态保护补助奖励机制实施方案 (禁牧补助, "
        "草畜平衡奖励, 补奖资金到户): sheet 苏木领导 with 姓名/职务/分管工作 merged per leader, sheet 站所 with 站所 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def bayan_obo_service_centre_posts() -> dict:
    unit = f"{PLACE}巴音敖包苏木农牧业综合服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "牧草良种补助物资采购指定供应商", "制度机制风险", "高",
         "良种采购按政府采购程序，供应商比选结果公示。"),
        ("中心领导", "主任", "leader", "棚圈建设项目补助对象审核不严", "岗位职责风险", "中",
         "补助对象由嘎查公示、中心实地核验。"),
        ("草原股", "草原管护员", "general", "草原巡查中对违规放牧隐瞒不报", "思想道德风险", "高",
         "巡查记录实时上传，苏木定期抽查。"),
        ("草原股", "草原管护员", "general", "禁牧合同书、牧户申请书代签代填", "业务流程风险", "中",
         "合同由牧户本人签字按手印，嘎查留存复印件。"),
        ("畜牧兽医股", "防疫员", "general", "强制免疫耳标、疫苗登记不实", "业务流程风险", "中",
         "免疫档案一畜一标，每季度核对。"),
        ("畜牧兽医股", "防疫员", "general", "出具动物检疫证明不到现场查验", "外部环境风险", "低",
         "检疫实行现场查验并留存影像资料。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "bayan_obo_service_centre_posts", "http://neimengguhangce.szlanxiangled.com/",
        "苏木农牧业综合服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 内蒙古 草原生态保护补助奖励机制 方案 "
        "(禁牧补助, 草畜平衡奖励, 牧草良种补助, 牧户生产性补助): a title, 序号/股室 merged/岗位 merged per post/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def grassland_supervision_selfchecks() -> dict:
    unit = f"{PLACE}草原监理所"
    t = _Truth(unit)
    people = [
        ("芮泓翙", "所领导", "所长", "leader", [
            ("草原违法案件查处中选择性执法", "Ⅰ级", "案件集体审理，处罚决定公开。", "已落实"),
            ("征占用草原审核意见出具不实", "Ⅱ级", "现场勘验双人以上，意见经所务会研究。", "未发现问题"),
        ]),
        ("岑溱珂", "监理股", "监理员", "general", [
            ("禁牧休牧巡查中收受牧户好处", "Ⅰ级", "巡查两人一组，执法记录仪全程记录。", "已落实"),
            ("草畜平衡核查数据弄虚作假", "Ⅲ级", "核查数据与补奖名册交叉比对。", "已落实"),
        ]),
        ("芮瀞瑄", "监理股", "监理员", "general", [
            ("罚没款收取不开票据", "Ⅱ级", "罚没款一律通过银行直缴。", "未发现问题"),
            ("草原执法文书填写不规范、事后补签", "Ⅲ级", "文书当场制作，案卷定期评查。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "grassland_supervision_selfchecks", "https://373629.u5oyv.group/fileCYKX/article/2016/1001-0629-33-7-1440.html",
        "旗草原监理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 禁牧休牧 "
        "监管立法 (监管体制, 法律责任, 执法): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def ulaanbulag_gacha_group_rows() -> dict:
    unit = f"{PLACE}查干哈达苏木乌兰布拉格嘎查村民委员会"
    sh = _Sheet("责任清单", [6, 16, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、嘎查党支部", "嘎查党支部", [
            ("党支部书记", "岑翾湉", "leader", [
                ("嘎查重大事项不经“四议两公开”个人决定", "一级风险", "重大事项按“四议两公开”程序决策，记录存档。"),
                ("发展党员中优亲厚友", "二级风险", "发展对象公示，接受党员群众监督。"),
            ]),
        ]),
        ("二、嘎查委员会", "嘎查委员会", [
            ("嘎查达", "芮珣濛", "leader", [
                ("集体草场对外租赁不公开竞价", "一级风险", "租赁事项经牧民代表会议表决，结果公示。"),
                ("草原补奖资金代领代发、截留", "一级风险", "补奖资金一律打卡到户，不得代领。"),
            ]),
            ("会计", "岑玥澧", "general", [
                ("嘎查账目登记不及时，白条入账", "二级风险", "账目月清月结，村务监督委员会审核。"),
                ("集体收入不入账、私设小金库", "三级风险", "集体收入全部入苏木代理账户。"),
            ]),
        ]),
        ("三、村务监督委员会", "村务监督委员会", [
            ("主任", "芮琇岚", "middle", [
                ("对嘎查财务支出审核签字走过场", "二级风险", "支出票据逐张审核，疑点报苏木。"),
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
        "ulaanbulag_gacha_group_rows", "http://www.jizihe.com/page/2023/1103/22687852.shtml",
        "嘎查村民委员会 廉政风险防控责任清单, after the source's paper on 牧区基层治理 (草畜双承包, 草原补奖, 嘎查): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、嘎查党支部``, "
        "``二、嘎查委员会``, ``三、村务监督委员会`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def darhan_livestock_station_cards() -> dict:
    unit = f"{PLACE}达尔罕苏木牧业服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "芮澂翎", "站长", "主持全站工作", "leader", [
            ("基层兽医站建设项目物资验收不严", "★★★", "物资验收由站务会组织，两人以上签字。"),
            ("防疫补助经费分配不公开", "★★★", "经费分配方案在站内和嘎查公示。"),
            ("接受养殖户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("防疫员", "岑湄珺", "防疫员", "负责动物防疫、检疫申报受理", "general", [
            ("疫苗出入库登记不实、私自处置", "★★", "疫苗领用登记，每月盘点。"),
            ("病死畜无害化处理补助核定不实", "★★", "核定现场拍照，嘎查干部签字确认。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "darhan_livestock_station_cards", "https://www.xinnong.net/news/20111223/1000442.html",
        "苏木牧业服务站 岗位廉政风险防控卡, one sheet a person, after the source's 旗 基层兽医站 建设 (苏木镇兽医站, 动物防疫, "
        "项目投资): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def erdene_boldog_gacha_list() -> dict:
    unit = f"{PLACE}巴音敖包苏木额尔登宝力格嘎查村民委员会"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("嘎查两委", "党支部书记", "岑琬翀", "leader", "阶段性禁牧补贴发放名单擅自增减", "制度机制", "高风险",
         "发放名单经牧民代表会议确认并张榜公示。"),
        ("嘎查两委", "党支部书记", "岑琬翀", "leader", "脱贫户、监测户识别中优亲厚友", "思想道德", "中风险",
         "识别对象入户核查、民主评议、公示。"),
        ("嘎查两委", "嘎查达", "芮霈珏", "leader", "草牧场承包经营权调整不公开", "岗位职责", "高风险",
         "调整方案经嘎查牧民会议通过，报苏木备案。"),
        ("嘎查两委", "会计", "芮沄岍", "general", "牧户人口、牲畜登记造册不实", "业务流程", "中风险",
         "登记造册与户籍、耳标信息比对。"),
        ("村务监督委员会", "主任", "岑岫璘", "middle", "对村务公开内容审核不严", "业务流程", "低风险",
         "公开内容由监督委员会逐项审核签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "嘎查党支部书记（签字）：", None, None)
    return _layout(
        "erdene_boldog_gacha_list", "http://m.elitesmokeshopnj.com/news/20110629/9558.html",
        "嘎查村民委员会 岗位廉政风险防控一览表, after the source's 旗 阶段性禁牧 (禁牧合同书, 牧户申请书, 调查摸底, 补贴资金发放): "
        "``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/书记（签字） line",
        [sh], t,
    )  # fmt: skip


def chagan_hada_forestry_station_register() -> dict:
    unit = f"{PLACE}查干哈达苏木林草工作站"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "芮瑢湝", "leader", [
            ("退牧还草工程围栏建设项目验收不严", "制度机制", "一级", "验收由旗林草局、苏木、嘎查三方参加。"),
            ("补播种子采购以次充好", "外部环境", "二级", "种子抽样送检，合格后入库。"),
        ]),
        ("草原股", "股长", "岑瀚琦", "middle", [
            ("草原确权承包面积测绘数据不实", "岗位职责", "二级", "测绘成果在嘎查公示，牧户签字确认。"),
        ]),
        ("草原股", "草原管护员", "芮珈潆", "general", [
            ("管护员补贴考勤弄虚作假", "思想道德", "一级", "巡护轨迹手机定位，苏木月度抽查。"),
            ("对牧户草场纠纷调处中偏袒一方", "思想道德", "三级", "纠纷调处由嘎查、苏木共同参加。"),
        ]),
        ("综合股", "会计", "岑琤瑶", "general", [
            ("工程款拨付不按进度审核", "业务流程", "一级", "拨付凭监理签认的进度单办理。"),
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
        "chagan_hada_forestry_station_register", "https://www.13fen.com/doc/tuimuhuancaogongchengxiangmushishifangan/",
        "苏木林草工作站 廉政风险点排查登记表, after the source's 退牧还草工程项目实施方案 (围栏建设, 补播, 工程验收): a title, "
        "序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    darhan_sumu_name_grid(),
    chagan_hada_sumu_two_sheets(),
    bayan_obo_service_centre_posts(),
    grassland_supervision_selfchecks(),
    ulaanbulag_gacha_group_rows(),
    darhan_livestock_station_cards(),
    erdene_boldog_gacha_list(),
    chagan_hada_forestry_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch653-inbox"))
