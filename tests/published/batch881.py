"""The eight-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 农业 and
棉花 bodies, 岳普湖县 (of 喀什地区, 新疆维吾尔自治区) — its 农业农村局, 棉花产业发展中心, 农机推广站,
种子管理站, 农产品质量安全检测站, 农业综合行政执法大队 and two 乡/镇 农业发展服务中心 (艾西曼镇,
铁力木乡) — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 棉花产业发展中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``, a 填报单位 line;
- the 农机推广站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 种子管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型``, 高/中/低; no names;
- the 农产品质量安全检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 艾西曼镇农业发展服务中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 铁力木乡农业发展服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, ``…风险`` types, ``高风险/中风险/低风险``;
- the 农业综合行政执法大队's workbook in TWO SHEETS ``大队领导`` / ``执法中队``, ``一级/二级/三级``,
  a ``注：`` line.

One is harder:

- ``yuepuhu_agri_bureau_block_name_rows``: the 农业农村局's 股室岗位廉政风险点分布表, ``序号 | 股室 |
  廉政风险点（按责任人分列填写） | 风险等级 | 防控措施`` with the 廉政风险点 heading merged over THREE
  columns and no names in the heading: each 股室 is a block (``股室`` merged down over it) that
  OPENS WITH ITS OWN NAMES ROW — ``股长　武翊墒 | 科员　杭琇岷 | (blank)`` in those three columns, the
  序号, 风险等级 and 防控措施 cells blank — and under it one row a point whose text is typed in the
  column of its holder (a point two holders share merged across both their columns); the next
  block's names row puts OTHER people in the same three columns (a block of two, a block of three).
  The README's 读得懂的表 knows ``各岗位廉政风险点`` merged over post columns whose posts stand in the
  HEADING (one holder a column for the whole table, a shared point merged across), holders across
  as tick columns, and 科室 blocks whose one row names several of the block's posts as holders of a
  common point; it does not describe a point column split by holder whose holders change from block
  to block, each block naming its own in a names row of its own under the one heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县发改委's 新棉收购 检查 — 加工资质,
收购票据, 压级压价, 打白条; a 新疆 棉花产业发展领导小组 meeting — 棉花收购加工政策, 企业信用; a 拜城县
农机局's 农机购置补贴 集中验货 — 验货, 喷号, 人机合影; a 县种子管理站's report on the 种子市场 —
代销经营户, 种子执法; a 县 农产品监督检验测试站's 风险监测 公告 — 抽检批次, 定性/定量检测; a 兵团
棉花收购加工质量监管 — 目标价格改革公示, 质量追溯; 新疆优质棉 and 质量补贴精准兑付; the 棉花加工
信息报送 — 虚报、瞒报) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 武 and 杭 with rare given
names); every unit is a body of 岳普湖县.

Run ``python tests/published/score.py --set batch881`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point is the point of the holder whose column of his block's names row it
  is typed in (post and name from that cell ``岗位　姓名``), in that block's 股室, with the row's
  level; a point merged across two holders' columns is a point of both; the names rows are no
  points; a blank cell of a names row is no holder;
- ``中心领导``/``站领导`` (a 科室 cell, a 所在科室 cell, a group row) are the 科室 of those leaders;
  the 执法大队's leaders (sheet ``大队领导``, no 科室 column) and the cards' leaders have no 科室; a 股, 室, 组 or 中队 is a 科室; a group row ``二、农技组``
  gives the 科室 ``农技组`` (its number left off);
- 局长, 主任, 副主任, 站长, 副站长, 大队长 are leaders; 股长, 副股长, 中队长 middle; the rest general;
- ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder; the 种子管理站's list
  names no person: its forms are posts (对岗不对人);
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

PREFIX = "b881_"
PLACE = "岳普湖县"
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

# (股室, [(post, name, tier)], [(廉政风险点, holder columns (first, last), 风险等级, 防控措施)])
BLOCKS = [
    ("种植业管理股", [("股长", "武翊墒", "middle"), ("科员", "杭琇岷", "general")], [
        ("棉花目标价格补贴种植面积核实走过场，虚增面积", (0, 0), "一级",
         "面积核实实行乡村两级交叉复核，结果在村务公开栏公示。"),
        ("棉花种植面积、产量统计数据弄虚作假", (1, 1), "二级", "统计数据与遥感监测数据比对，逐级签字。"),
        ("棉花良种推广补助对象审核把关不严", (0, 1), "二级", "补助对象由乡镇初审、股室复审，名单公示。"),
    ]),
    ("农业机械化管理股", [("股长", "武澂翯", "middle"), ("科员", "杭岫沄", "general")], [
        ("农机购置补贴申请审核中优亲厚友、吃拿卡要", (0, 0), "一级",
         "补贴申请按受理先后办理，办理进度网上公开。"),
        ("补贴机具集中验货不到场，人机合影、喷号核验造假", (1, 1), "一级",
         "验货两人以上到场，核验照片上传系统备查。"),
        ("采棉机报废更新补贴回收拆解确认不实", (1, 1), "三级", "拆解现场录像，回收企业名单公开。"),
    ]),
    ("计划财务股", [("股长", "武瑆珺", "middle"), ("会计", "杭琰霂", "general"),
                   ("出纳", "武潆昶", "general")], [
        ("涉农项目资金分配不按因素法测算，向关系乡镇倾斜", (0, 0), "一级",
         "资金分配方案经局党组会研究，分配结果公开。"),
        ("棉花质量补贴资金拨付不按进度、截留挪用", (1, 1), "二级", "补贴资金通过“一卡通”直接兑付到户。"),
        ("报销单据审核不严、公务卡消费核对走过场", (1, 2), "三级", "报销单据经办人、证明人、审批人三签。"),
        ("现金管理不规范，坐支现金", (2, 2), "三级", "现金日清月结，股长不定期盘点。"),
    ]),
]  # fmt: skip


def yuepuhu_agri_bureau_block_name_rows() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("分布表", [6, 14, 26, 26, 26, 9, 34])
    t = _Truth(unit)
    ncols = 7
    _line(sh, f"{unit}股室岗位廉政风险点分布表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年8月", ncols)
    head = sh.add(
        "序号", "股室", "廉政风险点（按责任人分列填写）", None, None, "风险等级", "防控措施"
    )
    sh.merge(head, 2, head, 4)
    n = 0
    for dept, people, points in BLOCKS:
        first = sh.add(None, dept, *[f"{post}{GAP}{who}" for post, who, _ in people],
                       *([None] * (3 - len(people))), None, None)  # fmt: skip
        for point, (c0, c1), lv, measures in points:
            n += 1
            cells = [None, None, None]
            cells[c0] = point
            r = sh.add(n, dept, *cells, lv, measures)
            if c1 > c0:
                sh.merge(r, 2 + c0, r, 2 + c1)
        last = len(sh.rows) - 1
        for k in range(first + 1, last + 1):
            sh.rows[k][1] = None
        sh.merge(first, 1, last, 1)
    # the truth one form a holder, block by block, in the names rows' order
    for dept, people, points in BLOCKS:
        for j, (post, who, tier) in enumerate(people):
            for point, (c0, c1), lv, _measures in points:
                if c0 <= j <= c1:
                    t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：各股室第一行为本股室人员，风险点填写在所涉及人员一栏下方；两人共有的风险点跨栏填写。",
        ncols,
    )
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "yuepuhu_agri_bureau_block_name_rows", "http://www.zgxbyx.cc/infoview.asp?id=13255",
        "(harder) 县农业农村局 股室岗位廉政风险点分布表, after the source's 新疆 棉花产业发展领导小组 meeting (棉花收购加工政策, "
        "企业信用, 数字化平台): a title, a 填报单位/填报时间 line, one heading ``序号 | 股室 | 廉政风险点（按责任人分列填写） "
        "(merged over three columns) | 风险等级 | 防控措施``; each 股室 a block, 股室 merged down over it, OPENING WITH A "
        "NAMES ROW (``股长　武翊墒 | 科员　杭琇岷 | blank`` in the three point columns, 序号/等级/措施 blank), then one row a "
        "point typed in the column of its holder (a shared point merged across two holders' columns); the next block's "
        "names row puts other people in the same columns (blocks of two, two and three people); 一级/二级/三级, no type "
        "column; a ``注：`` line and a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yuepuhu_cotton_center_list() -> dict:
    unit = f"{PLACE}棉花产业发展中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年7月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "杭翾骐", "leader", [
            ("新棉收购前棉花加工企业资质检查走过场", "岗位职责", "一级",
             "检查由发改、市场监管等部门联合开展，检查结果公开。"),
            ("接受棉花加工企业宴请、礼品礼金", "思想道德", "二级", "签订廉洁承诺书，收购季节前廉洁提醒。"),
        ]),
        ("中心领导", "副主任", "武昉滢", "leader", [
            ("棉花加工企业诚信经营评价打分不公", "制度机制", "一级", "评价指标量化，评分结果集体审定后公示。"),
        ]),
        ("质量追溯组", "技术员", "杭璟洺", "general", [
            ("籽棉收购压级压价、打白条问题线索压案不报", "业务流程", "二级", "投诉线索登记台账，逐件跟踪办结。"),
            ("棉花质量追溯信息录入不实", "岗位职责", "三级", "追溯信息双人录入、交叉核对。"),
        ]),
        ("质量追溯组", "统计员", "武沚岚", "general", [
            ("棉花收购加工信息虚报、瞒报", "外部环境", "二级", "加工信息按旬核对平台数据，异常情况报告。"),
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
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yuepuhu_cotton_center_list", "https://www.xjjh.gov.cn/info/1084/166998.htm",
        "县棉花产业发展中心 岗位廉政风险点一览表, after the source's 县发改委 新棉收购 检查 (加工资质, 收购票据, 压级压价, "
        "打白条, 诚信经营评价): a title, a 填报单位 line, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yuepuhu_agri_machinery_cards() -> dict:
    unit = f"{PLACE}农机推广站"
    t = _Truth(unit)
    cards = [
        ("站长", "武嶷珩", "站长", "主持全站工作，分管农机购置补贴", "leader", [
            ("补贴机具集中验货中放松核验标准", "★★★", "验货由站务会确定人员，邀请纪检监督。"),
            ("向购机户推荐指定经销商", "★★★", "购机户自主选机，站内公布投诉电话。"),
            ("接受经销商宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "杭澍屺", "副站长", "分管农机推广、安全监理", "leader", [
            ("农机新技术推广示范户确定不公开", "★★", "示范户条件和名单在村公示。"),
            ("拖拉机上户登记审核把关不严", "★★", "上户资料一人受理、一人审核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "yuepuhu_agri_machinery_cards", "http://changxiangtd.cn/46-73487-1.html",
        "县农机推广站 岗位廉政风险防控卡, one sheet a leader, after the source's 拜城县农机局 农机购置补贴 集中验货 (验货, "
        "喷号, 人机合影, 上户): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yuepuhu_seed_station_posts() -> dict:
    unit = f"{PLACE}种子管理站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "种子经营备案审查把关不严", "制度机制风险", "高", "备案材料两人审查，备案名单公开。"),
        ("站领导", "站长", "leader", "种子市场检查中对违法经营户说情包庇", "思想道德风险", "高",
         "检查发现的问题移交执法大队，不得私下处理。"),
        ("市场管理股", "股长", "middle", "棉种代销经营户监督检查选择性执法", "岗位职责风险", "中",
         "检查对象随机抽取，检查人员随机选派。"),
        ("市场管理股", "检验员", "general", "种子质量抽检样品调换、检验报告出具不实", "业务流程风险", "中",
         "样品封存编号，检验报告复核签发。"),
        ("市场管理股", "检验员", "general", "品种试验数据记录不实", "业务流程风险", "低", "试验数据现场记录、拍照留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "yuepuhu_seed_station_posts", "https://fx361.cc/page/2021/0416/13866638.shtml",
        "县种子管理站 岗位廉政风险排查表 对岗不对人, after the source's 县种子管理站 report on the 种子市场 (代销经营户, 种子"
        "经营, 种子执法): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yuepuhu_testing_station_selfchecks() -> dict:
    unit = f"{PLACE}农产品质量安全检测站"
    t = _Truth(unit)
    people = [
        ("杭珂澐", "站领导", "站长", "leader", [
            ("例行监测抽检计划有意避开关系企业", "Ⅰ级", "抽检对象随机确定，计划报局审定。", "已落实"),
            ("检测结果不合格信息迟报、瞒报", "Ⅰ级", "不合格结果当日报告，处置台账备查。", "未发现问题"),
        ]),
        ("武淏琬", "检测室", "检测员", "general", [
            ("农药残留定量检测数据篡改", "Ⅰ级", "原始记录与仪器数据双人核对。", "已落实"),
            ("检测试剂耗材采购收受回扣", "Ⅱ级", "耗材采购三家比价，验收两人签字。", "已落实"),
        ]),
        ("杭昀漪", "检测室", "抽样员", "general", [
            ("抽样时接受被抽检主体宴请", "Ⅲ级", "抽样两人同行，抽样单由被抽检方签字。", "未发现问题"),
            ("样品保存不当、调换样品", "Ⅱ级", "样品封存、编码流转。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yuepuhu_testing_station_selfchecks",
        "https://www.gdgn.gov.cn/zwgk/sdlygk/shgysyjsly/xnyncj/content/post_2694840.html",
        "县农产品质量安全检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县农产品"
        "监督检验测试站 风险监测 公告 (抽检批次, 定性检测, 定量检测, 合格率): a title, a label row ``姓　名 | 所在科室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def yuepuhu_aiximan_center_group_rows() -> dict:
    unit = f"{PLACE}艾西曼镇农业发展服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "武泷翙", "leader", [
                ("棉花目标价格补贴面积村级公示不到位", "一级风险", "面积核实结果在各村公示不少于7天。"),
                ("高标准农田建设项目村选定不经集体研究", "一级风险", "项目村由中心会议研究，报镇党委审定。"),
            ]),
        ]),
        ("二、农技组", "农技组", [
            ("农技员", "杭霈琮", "general", [
                ("棉花病虫害统防统治药剂发放优亲厚友", "二级风险", "药剂发放按户登记，农户签字确认。"),
                ("残膜回收补助核实不实", "三级风险", "回收数量过磅登记，照片留存。"),
            ]),
        ]),
        ("三、财务组", "财务组", [
            ("会计", "武珝沣", "general", [
                ("惠农补贴“一卡通”发放名单审核不严", "二级风险", "发放名单与核实面积逐户比对。"),
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
    sh.add("制表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "yuepuhu_aiximan_center_group_rows", "https://info.fangzhizaixian.com/detail-14588.html",
        "镇农业发展服务中心 廉政风险防控责任清单, after the source's 兵团 棉花收购加工质量监管 (棉花目标价格改革公示, 脱叶、"
        "采收、收购、加工, 质量追溯): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、中心领导``, ``二、农技组``, ``三、财务组`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def yuepuhu_tielimu_center_list() -> dict:
    unit = f"{PLACE}铁力木乡农业发展服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年7月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "杭琪沅", "leader", "棉花质量补贴兑付名单擅自增减", "制度机制风险", "高风险",
         "兑付名单经乡党委会审定并公示。"),
        ("中心领导", "主任", "杭琪沅", "leader", "农资采购中指定供应商", "外部环境风险", "中风险",
         "农资采购三家比价，结果公开。"),
        ("中心领导", "副主任", "武峋瑗", "leader", "棉花种植结构调整奖补对象认定不实", "岗位职责风险", "高风险",
         "奖补对象实地核查，村组公示。"),
        ("统计组", "统计员", "杭玥滺", "general", "棉花播种面积、产量台账填报不实", "业务流程风险", "中风险",
         "台账数据与村级数据逐项核对。"),
        ("统计组", "统计员", "杭玥滺", "general", "利用信息便利泄露农户个人信息", "思想道德风险", "低风险",
         "农户信息专人管理，查询登记。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "yuepuhu_tielimu_center_list", "https://m.163.com/dy/article/KK9G9R050514R9KQ.html",
        "乡农业发展服务中心 岗位廉政风险防控一览表, after the source's 新疆优质棉 report (质量追溯, 质量补贴精准兑付, 惠农政策): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def yuepuhu_enforcement_brigade_two_sheets() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    t = _Truth(unit)
    lead = _Sheet("大队领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}大队领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("武砚泓", "大队长", "主持全面工作", [
            ("重大行政处罚案件不经集体讨论", "一级", "重大案件一律提交案审会集体讨论。"),
            ("对农资违法案件说情、干预办案", "一级", "建立干预办案登记报告制度。"),
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
    squad = _Sheet("执法中队", [6, 14, 9, 9, 38, 9, 34])
    _line(squad, f"{unit}执法中队廉政风险防控一览表", 7)
    squad.add("序号", "中队", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("第一中队", "中队长", "杭骞潾", "middle", "种子、农药执法检查中以罚代管", "二级", "处罚决定法制审核，案卷评查。"),
        ("第一中队", "中队长", "杭骞潾", "middle", "罚没物品登记处置不规范", "二级", "罚没物品入库登记，集中处置。"),
        ("第一中队", "执法队员", "武珞澈", "general", "执法检查中接受经营户吃请", "三级", "执法全过程记录仪记录。"),
        ("第一中队", "执法队员", "武珞澈", "general", "自由裁量权行使畸轻畸重", "一级", "严格执行裁量基准，处罚结果公示。"),
    ]  # fmt: skip
    first = len(squad.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        squad.add(i, d, post, who, point, lv, measures)
        t.point(squad.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(squad, first, 1, 2, 3)
    _line(squad, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    squad.add("制表：", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "yuepuhu_enforcement_brigade_two_sheets", "http://quota.webtex.cn/info/info_view.asp?Infoid=489506",
        "县农业综合行政执法大队 廉政风险防控一览表 in TWO SHEETS, after the source's 新疆 棉花信息报送 (加工信息系统, 虚报、"
        "瞒报, 不予换发资格证): sheet 大队领导 with 姓名/职务/分管工作 merged per leader, sheet 执法中队 with 中队 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column; a ``注：`` line",
        [lead, squad], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yuepuhu_agri_bureau_block_name_rows(),
    yuepuhu_cotton_center_list(),
    yuepuhu_agri_machinery_cards(),
    yuepuhu_seed_station_posts(),
    yuepuhu_testing_station_selfchecks(),
    yuepuhu_aiximan_center_group_rows(),
    yuepuhu_tielimu_center_list(),
    yuepuhu_enforcement_brigade_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch881-inbox"))
