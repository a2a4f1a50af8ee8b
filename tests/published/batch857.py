"""The eight-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and
稻鱼鸭 bodies, 从江县 (of 黔东南苗族侗族自治州, 贵州省) — its 农业农村局, 稻鱼鸭产业发展中心, 香猪产业服务
中心, 植保植检站 and 农机服务站 and its 乡/镇农业服务中心 (宰便镇, 往洞镇, 加榜乡) — each handing back
the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 农业农村局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 稻鱼鸭产业发展中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, 高/中/低, a ``附件3`` line;
- the 香猪产业服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 植保植检站's 排查表 对岗不对人: ``岗位`` merged, ``风险类型`` (``…风险``),
  ``高风险/中风险/低风险``; no names;
- the 宰便镇农业服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表
  时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 往洞镇农业服务中心's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级风险/二级风险/三级风险``;
- the 加榜乡农业服务中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``congjiang_farm_machinery_station_aligned_grids``: the 农机服务站's 岗位廉政风险点登记表, ONE ROW A
  HOLDER IN THREE STACKED GRIDS OF THE SAME SHAPE. Each person has at most three points, so the
  站 laid the form out across: under ``一、岗位廉政风险点`` a grid ``序号 | 岗位 | 姓名 | 第一项 | 第二项 |
  第三项`` with one row a holder and each cell of the 第N项 columns one point (``/`` where a holder has
  fewer); under ``二、风险等级（与第一部分同一位置的风险点对应）`` the SAME grid again (the same 序号,
  岗位 and 姓名 rows, the same 第N项 headings) whose cells hold only the LEVEL of the point in the same
  position of the first grid (``一级/二级/三级``); under ``三、防控措施（与第一部分同一位置的风险点对应）``
  the same grid a third time, each cell the measures of that point. A point's level and measures are
  known only by POSITION (same holder row, same 第N项 column) in another grid of the sheet; a ``注：``
  line says so. The README's 读得懂的表 knows a questionnaire export with ``风险点N | 风险类型N | 风险等级N
  | 防控措施N`` groups side by side in one row, a transposed 公示牌 with point/level/measures row
  triplets per post column, a post band (``项目 | 第一项 | 第二项`` with label rows 廉政风险点 / 风险等级 /
  防控措施 inside each post's band), a wide table split over two SHEETS matched by 序号, level columns
  whose cells name points, and a holder × level grid whose cells list numbers; it does not describe
  one sheet holding three stacked grids of the same rows and columns, points in the first, their
  levels and measures in the SAME CELL POSITIONS of the second and third.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an interview with a 副县长 on the
稻鱼鸭复合系统 and the 从江县农业局 — 优势品种, 香禾糯, 田鱼, 香鸭; a 新华网 report on the 万亩稻鱼鸭示范工程
— 示范点, 项目资金扶持, 免费提供稻种、鱼苗和鸭苗, 部门挂村帮扶; a 经济日报 piece on 从江香猪 — 香猪保种基地,
疫病防治, 饲料安全生产, 科技培训, 养殖示范村; a 新华网 photo report on the 全球重要农业文化遗产 — 以鸭食虫,
控制病虫害, 香禾, 田鱼; a report on the 宰便镇 香猪运动会 — 饲养户, 月亮山区; a 中国农业新闻网 report on
稻鱼鸭 农文旅融合 — 梯田, 秧苗, 鱼苗, 小鸭; a 中国畜牧兽医报 report on 香猪产业 扶贫贷款 — 养殖户,
养殖场地平整, 出栏; a report on a 农机站's 国补机具检查 — 农机合作社, 跨区作业, 机具登记, 保养维护) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 石 and 梁 with rare given names); every unit is
a body of 从江县.

Run ``python tests/published/score.py --set batch857`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each non-``/`` cell of the first grid is one point of its row's holder (岗位 and
  姓名 of the row, no 科室: the 站 names none), its level the word in the same row and column of the
  second grid, its measures the cell in the same position of the third; the second and third grids
  are no points; the section lines ``一、…``, ``二、…``, ``三、…`` and the ``注：`` line are no points;
- ``局领导``, ``中心领导`` (a sheet, a group row) are the 科室 of those leaders where written; the
  农业农村局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's or a
  中心's 股 is a 科室; a group row ``二、产业发展股`` gives the 科室 ``产业发展股`` (its number left off);
- every 中心, 站 and the 农业农村局 are units of their own: 局长, 副局长, 站长, 副站长 and a 中心's 主任 and
  副主任 are leaders; 股长 middle; the rest (股员, 会计, 出纳, 技术员, 检疫员, 农技员, 畜牧兽医员,
  农机监理员, 补贴核验员) general;
- the 植保植检站's list names no person: its forms are posts (对岗不对人); ``分管工作``, ``自查情况``
  and ``填表时间`` are no points and name no holder;
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

PREFIX = "b857_"
PLACE = "从江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"
ITEMS = ("第一项", "第二项", "第三项")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(point, level, measures)]) — at most three points a holder
STATION = [
    ("站长", "石翾琇", "leader", [
        ("国补机具核验名单未经站务会集体研究即上报", "一级", "核验名单站务会研究，结果在乡镇公示七日。"),
        ("与农机经销商私下往来，为其推销机具打招呼", "一级", "不得向购机户推荐经销商和机型，签订廉洁承诺书。"),
        ("跨区作业机具登记中照顾熟人", "三级", "跨区作业登记按申报先后办理，登记表公开。"),
    ]),
    ("副站长", "梁骎瑱", "leader", [
        ("农机安全检验走过场，检验合格证随意出具", "二级", "检验实行两人以上现场检验，检验记录存档。"),
        ("农机合作社项目验收不到现场", "一级", "项目验收到场核查，拍照留痕。"),
    ]),
    ("补贴核验员", "石琤岈", "general", [
        ("补贴机具“人机合一”核验不实，虚报冒领补贴", "一级", "核验现场拍摄人机合影和铭牌，系统比对出厂编号。"),
        ("收受购机户、经销商“好处费”", "二级", "核验结果当场告知，公开监督电话。"),
        ("补贴资料审核不严、档案缺失", "三级", "补贴档案一户一档，专人保管。"),
    ]),
    ("农机监理员", "梁翊湉", "general", [
        ("拖拉机、联合收割机牌证办理吃拿卡要", "二级", "牌证办理一次性告知，限时办结。"),
    ]),
    ("技术员", "石沅翀", "general", [
        ("稻田机插秧技术培训虚报参训人数", "三级", "培训签到与照片存档，培训名单公示。"),
        ("机具保养维护免费服务变相收费", "二级", "服务项目和收费标准上墙公示。"),
    ]),
]  # fmt: skip


def congjiang_farm_machinery_station_aligned_grids() -> dict:
    unit = f"{PLACE}农机服务站"
    ncols = 3 + len(ITEMS)
    sh = _Sheet("登记表", [6, 12, 10, 34, 34, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点登记表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年5月", ncols)
    parts = [
        ("一、岗位廉政风险点", lambda item: item[0]),
        ("二、风险等级（与第一部分同一位置的风险点对应）", lambda item: item[1]),
        ("三、防控措施（与第一部分同一位置的风险点对应）", lambda item: item[2]),
    ]
    for shown, value in parts:
        _line(sh, shown, ncols)
        sh.add("序号", "岗位", "姓名", *ITEMS)
        for i, (post, who, _tier, items) in enumerate(STATION, 1):
            cells = [value(item) for item in items] + [NONE] * (len(ITEMS) - len(items))
            sh.add(i, post, who, *cells)
    for post, who, tier, items in STATION:
        for point, lv, _measures in items:
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：每人一行，第二、三部分各格的风险等级、防控措施，对应第一部分同一位置（同一人员、同一项）的风险点；“/”为无。",
        ncols,
    )
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None)
    return _layout(
        "congjiang_farm_machinery_station_aligned_grids", "http://jhd68.com/5/17/2010-10-08/17324.html",
        "(harder) 县农机服务站 岗位廉政风险点登记表, after the source's report on a 农机站's 国补机具检查 (农机合作社, 农机大户, "
        "跨区作业, 机具检查登记, 保养维护): a title, a 填报单位/填报时间 line, then THREE STACKED GRIDS OF THE SAME SHAPE, "
        "each under a section line (``一、岗位廉政风险点``, ``二、风险等级（与第一部分同一位置的风险点对应）``, ``三、防控措施"
        "（…）``) and its own heading ``序号 | 岗位 | 姓名 | 第一项 | 第二项 | 第三项``, one row a holder (the same five rows in "
        "each grid): the first grid's cells are the points (``/`` for none), the second's the LEVEL of the point in the "
        "same position (``一级/二级/三级``), the third's its measures; a ``注：`` line saying so and a 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def congjiang_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("梁瑀翯", "局长", "主持全面工作", [
            ("稻鱼鸭复合系统保护项目安排个人说了算", "一级", "项目安排经局党组会集体研究，纪要存档。"),
            ("农业产业项目实施主体确定中打招呼、定向安排", "一级", "实施主体公开比选，结果公示。"),
        ]),
        ("石瀞芃", "副局长", "分管种植业、香禾糯品种保护", [
            ("优势品种保护资金分配不按标准", "二级", "资金分配方案经局务会审定并公开。"),
            ("香禾糯种子采购指定供应商", "一级", "种子采购按政府采购程序公开招标。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("计划财务股", "股长", "梁竑翙", "middle", "涉农资金拨付不按项目进度", "一级", "资金拨付凭验收报告和进度单。"),
        ("计划财务股", "会计", "石湉骊", "general", "项目报账凭证审核不严", "二级", "报账凭证经办、审核、审批三签。"),
        ("种植业股", "股长", "石崟翎", "middle", "田鱼、香鸭苗种发放登记不实", "二级", "苗种发放到户签字，名单公示。"),
        ("种植业股", "股长", "石崟翎", "middle", "农业产业验收把关不严", "三级", "验收邀请乡镇和村代表参加。"),
        ("种植业股", "股员", "梁沄骕", "general", "种植面积核实弄虚作假", "三级", "面积核实实行交叉抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "congjiang_agriculture_bureau_two_sheets", "https://www.tzzzs.com/type_fmgs_post/20530.html",
        "县农业农村局 廉政风险防控一览表 in TWO SHEETS, after the source's interview with a 副县长 on the 稻鱼鸭复合系统 "
        "(优势品种, 香禾糯, 田鱼, 香鸭, 从江县农业局): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def congjiang_rice_fish_duck_centre_group_rows() -> dict:
    unit = f"{PLACE}稻鱼鸭产业发展中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 8, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "石霁璇", "leader", [
                ("万亩稻鱼鸭示范点选定优亲厚友", "高", "示范点由乡镇申报、中心集体研究确定并公示。"),
                ("示范工程项目资金扶持对象不经公示", "高", "扶持对象村级公示、乡镇审核、中心复核。"),
            ]),
        ]),
        ("二、产业发展股", "产业发展股", [
            ("股长", "梁珝岷", "middle", [
                ("免费稻种、鱼苗、鸭苗采购数量虚报", "中", "苗种采购数量与示范面积逐户核对。"),
            ]),
            ("技术员", "石骁汭", "general", [
                ("鱼苗、鸭苗发放不到户，截留挪用", "高", "苗种发放农户签字按手印，发放现场拍照。"),
                ("技术指导补助虚报工作日", "低", "下村指导填写工作日志，每月汇总。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("出纳", "梁璟沂", "general", [
                ("挂村帮扶经费支出不入账", "中", "帮扶经费统一入账，专款专用。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "congjiang_rice_fish_duck_centre_group_rows",
        "https://guiyang.baogaosu.com/xinwen/%E4%BB%8E%E6%B1%9F%E5%8E%BF%E5%AE%9E%E6%96%BD%E4%B8%87%E4%BA%A9%E7%A8%BB%E9%B1%BC%E9%B8%AD%E7%A4%BA%E8%8C%83%E5%B7%A5%E7%A8%8B/31791180",
        "县稻鱼鸭产业发展中心 廉政风险防控责任清单, after the source's report on the 万亩稻鱼鸭示范工程 (示范点, 项目资金扶持, "
        "免费提供稻种、鱼苗和鸭苗, 部门挂村帮扶): ``附件3``, a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、产业发展股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def congjiang_xiangzhu_centre_cards() -> dict:
    unit = f"{PLACE}香猪产业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "梁翃湄", "主任", "主持中心全面工作，分管香猪保种基地", "leader", [
            ("香猪保种基地建设项目化整为零规避招标", "★★★", "基地建设项目按限额进入县公共资源交易中心。"),
            ("能繁母香猪补贴对象认定不实", "★★★", "补贴对象村级评议、公示，中心抽查核实。"),
            ("接受养殖企业宴请", "★", "严守中央八项规定精神，签订承诺书。"),
        ]),
        ("畜牧兽医员", "石渟琰", "畜牧兽医员", "香猪疫病防治、饲料安全生产指导", "general", [
            ("疫苗发放登记不实，倒卖防疫物资", "★★", "疫苗出入库台账逐日登记，每月盘点。"),
            ("饲料安全抽检结果隐瞒不报", "★★", "抽检样品双人封样，结果上报县局。"),
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
        "congjiang_xiangzhu_centre_cards", "http://paper.ce.cn/jjrb/html/2011-11/02/content_176023.htm",
        "县香猪产业服务中心 岗位廉政风险防控卡, one sheet a person, after the source's 经济日报 piece on 从江香猪 (香猪保种基地, "
        "能繁母香猪, 疫病防治, 饲料安全生产, 科技培训, 养殖示范村): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 "
        "line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def congjiang_plant_protection_station_posts() -> dict:
    unit = f"{PLACE}植保植检站"
    sh = _Sheet("排查表", [6, 12, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "病虫害统防统治服务组织确定暗箱操作", "制度机制风险", "高风险",
         "服务组织公开遴选，结果公示。"),
        ("站长", "leader", "稻田生物防治物资采购收受回扣", "思想道德风险", "高风险", "物资采购三家比价，集体研究。"),
        ("检疫员", "general", "植物检疫证书不经现场检疫即出具", "岗位职责风险", "中风险",
         "产地检疫两人到场，检疫记录存档。"),
        ("检疫员", "general", "调运检疫中违规收费", "外部环境风险", "中风险", "收费项目上墙公示，开具票据。"),
        ("技术员", "general", "以鸭食虫示范面积虚报", "业务流程风险", "低风险", "示范面积实地测量，乡镇签字确认。"),
        ("技术员", "general", "病虫情报数据弄虚作假", "岗位职责风险", "低风险", "测报数据双人复核，按期上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年4月", None)
    return _layout(
        "congjiang_plant_protection_station_posts", "https://cnews.chinadaily.com.cn/2015-09/23/content_21958421.htm",
        "县植保植检站 岗位廉政风险点排查表 对岗不对人, after the source's photo report on the 全球重要农业文化遗产 (以鸭食虫, "
        "控制病虫害, 香禾, 田鱼): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def congjiang_zaibian_town_selfchecks() -> dict:
    unit = f"{PLACE}宰便镇农业服务中心"
    t = _Truth(unit)
    people = [
        ("石澂翎", "中心领导", "主任", "leader", [
            ("香猪养殖扶持项目申报材料审核不严", "Ⅰ级", "申报材料村、镇两级审核并公示。", "已落实"),
            ("香猪运动会等活动经费虚列支出", "Ⅱ级", "活动经费预算经镇党委会审定。", "未发现问题"),
        ]),
        ("梁珈瀛", "畜牧股", "畜牧兽医员", "general", [
            ("饲养户香猪免疫登记弄虚作假", "Ⅱ级", "免疫登记与耳标信息逐头对应。", "已落实"),
            ("病死猪无害化处理补助虚报头数", "Ⅰ级", "无害化处理现场拍照，处理场签收。", "已落实"),
            ("向饲养户推销兽药", "Ⅲ级", "签订不推销承诺书。", "未发现问题"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "congjiang_zaibian_town_selfchecks", "http://www.cnagri.com/xumuweb/xumuzixun/tezhongyangzhi/20150604/352768.html",
        "镇农业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on the "
        "宰便镇 香猪运动会 (月亮山区, 饲养户, 香猪出栏): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | "
        "主任意见：``",
        sheets, t,
    )  # fmt: skip


def congjiang_wangdong_town_list() -> dict:
    unit = f"{PLACE}往洞镇农业服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "梁澍琦", "leader", "梯田稻鱼鸭农文旅项目实施主体确定不公开", "制度机制", "一级风险",
         "实施主体经镇党委会研究，结果公示。"),
        ("中心领导", "副主任", "石翙沄", "leader", "稻田综合种养补助面积核实不实", "岗位职责", "二级风险",
         "面积核实村组干部、农户三方签字。"),
        ("农技股", "股长", "梁霈珩", "middle", "秧苗、鱼苗发放优亲厚友", "思想道德", "一级风险",
         "发放名单村务公开栏公示。"),
        ("农技股", "农技员", "石淏瑗", "general", "农业保险查勘定损弄虚作假", "业务流程", "二级风险",
         "查勘两人以上，定损结果农户签字。"),
        ("农技股", "农技员", "石淏瑗", "general", "农民培训补贴虚报人数", "外部环境", "三级风险",
         "培训签到、照片存档备查。"),
        ("综合股", "会计", "梁岫翀", "general", "惠农资金“一卡通”发放信息审核不严", "业务流程", "一级风险",
         "发放信息与户籍、银行账户逐一比对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "congjiang_wangdong_town_list", "http://m.zztianrui.cn/news/guonei/172972.html",
        "镇农业服务中心 岗位廉政风险防控一览表, after the source's 中国农业新闻网 report on 稻鱼鸭 农文旅融合 (梯田, 秧苗, "
        "鱼苗, 小鸭, 促农增收): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def congjiang_jiabang_town_register() -> dict:
    unit = f"{PLACE}加榜乡农业服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "石骃湘", "leader", [
            ("香猪养殖场地平整项目验收不严", "制度机制", "一级", "验收由乡纪委、村代表参加。"),
            ("产业扶贫贷款贴息对象审核把关不严", "岗位职责", "二级", "贴息对象名单公示，银行回单核对。"),
        ]),
        ("畜牧股", "畜牧兽医员", "梁璆滢", "general", [
            ("香猪出栏检疫不到场，违规出具检疫证明", "岗位职责", "一级", "检疫到场，检疫照片上传系统。"),
            ("养殖户新增统计数据虚报", "业务流程", "三级", "新增养殖户逐户核实登记。"),
        ]),
        ("综合股", "出纳", "石琬翛", "general", [
            ("现金坐支、公款私存", "思想道德", "二级", "现金日清月结，定期盘点。"),
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
        "congjiang_jiabang_town_register", "https://m.chuju555.com/news/show-129626.html",
        "乡农业服务中心 廉政风险点排查登记表, after the source's 中国畜牧兽医报 report on 香猪产业 扶贫贷款 (养殖户, 养殖企业, "
        "平整养殖场地, 出栏): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    congjiang_farm_machinery_station_aligned_grids(),
    congjiang_agriculture_bureau_two_sheets(),
    congjiang_rice_fish_duck_centre_group_rows(),
    congjiang_xiangzhu_centre_cards(),
    congjiang_plant_protection_station_posts(),
    congjiang_zaibian_town_selfchecks(),
    congjiang_wangdong_town_list(),
    congjiang_jiabang_town_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch857-inbox"))
