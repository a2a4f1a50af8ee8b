"""The seven-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's tourism and
scenic-area bodies, 安图县 (延边朝鲜族自治州, 吉林省) — its 文化广播电视和旅游局, 旅游市场执法大队,
长白山景区服务中心, 旅游质量监督管理所, 旅游发展服务中心, 红旗村民俗旅游景区管理办公室, 旅游集散中心
and 游客服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or
Excel:

- the 文化广播电视和旅游局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 旅游市场执法大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``风险点 | 风险表现``,
  ``…风险`` types, 高/中/低; no names;
- the 长白山景区服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 旅游质量监督管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 旅游发展服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 红旗村民俗旅游景区管理办公室's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 旅游集散中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``antu_visitor_centre_lines_by_row``: the 游客服务中心's 一览表, ONE ROW A POINT, ``部门`` merged over
  each 部门's rows and ``岗位及责任人`` merged over the SAME rows, the merged cell listing ``post name``
  ONE LINE A ROW — its k-th line the holder of the k-th row beside it (a line repeated where one
  holder has two rows), so a merged holder cell over four rows names three or four people and each
  row belongs to ONE of them, by its place in the block; a ``注：`` line says so. The README's
  读得懂的表 knows a cell naming several holders who ALL share the row's point, holder lines paired
  by order with point LINES in ONE row, a name typed one character a cell down a block, and a
  holder merged beside his rows in a margin column; it does not describe a holder cell merged over
  rows of DIFFERENT holders whose lines pair with the ROWS it spans.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市文化广电旅游局党委's 巡察整改 —
责任领导, 责任处室, 整改清单; a study of a city's 旅游市场综合执法 — 执法队伍, 旅游警察, 联合执法巡逻;
a note on 景区 限量开放 and 预约 — 承载量, 门票, 应急; “零负团费” — 旅行社, 导游, 购物回扣; “中国旅游市场
监管四十年” — 专项整治, 导游私收回扣, 质量保证金; a piece on 景区 防汛 — 防汛设施, 救援, 护栏; a 市文化和旅游局
巡察整改 — 三张清单, 一问题一台账; “旅游市场乱象” — 不合理低价游, 强迫购物, 稽查) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (the rare surnames 蓟 and 竺 with rare given names); every unit is a body of
安图县.

Run ``python tests/published/score.py --set batch728`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the k-th line of a merged ``岗位及责任人`` cell is the post and holder of the
  k-th row the cell spans (the ``注：`` line says so), ``post name`` split at the space; a holder
  whose line repeats over two rows has both rows' points; one form a holder; the 科室 is the row's
  ``部门`` (``中心领导`` included);
- the 局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a group row
  ``一、中心领导`` and a 部门 or 科室 cell ``中心领导``, ``景区领导``, ``大队领导`` or ``所领导`` are the 科室 of
  those leaders; a 局's 股, a 大队's 中队, a 所's 股 and a 中心's 部/科 are 科室;
- 局长, 副局长, 大队长, 主任, 副主任, 所长 are leaders; 股长, 中队长, 部长, 科长 middle; the rest
  (股员, 执法队员, 售票员, 讲解员, 会计, 出纳, 检票员, 调度员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 执法大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b728_"
PLACE = "安图县"
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

# (部门, rows: (post, name, tier, 廉政风险点, 风险等级, 防控措施)); one row a point, in the block's order
CENTRE_BLOCKS = [
    ("中心领导", [
        ("主任", "竺翾蘅", "leader", "游客集散换乘车辆运营服务外包中暗箱操作", "高",
         "外包项目进入县公共资源交易平台，评标结果公示。"),
        ("主任", "竺翾蘅", "leader", "接受旅行社、购物店宴请或礼品", "中", "签订廉洁承诺书，节假日前廉洁提醒。"),
        ("副主任", "蓟岫沄", "leader", "旺季临时讲解员、服务人员招用优亲厚友", "中",
         "招用条件和名单在中心公示栏公示五天。"),
        ("副主任", "蓟岫沄", "leader", "游客中心宣传品印制采购化整为零", "低", "宣传品年度集中采购，三家比价。"),
    ]),
    ("票务部", [
        ("部长", "竺沣珂", "middle", "景区联票优惠、免票审核把关不严，人情放票", "高",
         "优惠、免票凭证登记留存，每日与系统数据核对。"),
        ("售票员", "蓟珣昶", "general", "售票款截留、挪用，不及时缴存", "高", "票款日清日结，当日缴存专户。"),
        ("售票员", "蓟珣昶", "general", "旺季倒卖预约名额、门票", "中", "实名预约，售票系统留痕，定期抽查。"),
    ]),
    ("咨询投诉部", [
        ("部长", "竺璎湉", "middle", "游客投诉调解偏袒涉事旅行社、商户", "中", "投诉调解全程记录，结果回访游客。"),
        ("投诉受理员", "蓟屾玥", "general", "投诉不登记或压案不办", "中", "投诉一律登记编号，超期自动提醒。"),
        ("讲解员", "竺霂茵", "general", "向游客推荐指定商户收取好处", "低", "讲解词统一审定，严禁推荐购物。"),
    ]),
]  # fmt: skip


def antu_visitor_centre_lines_by_row() -> dict:
    unit = f"{PLACE}游客服务中心"
    sh = _Sheet("一览表", [6, 12, 18, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 6)
    sh.add("序号", "部门", "岗位及责任人", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, rows in CENTRE_BLOCKS:
        first = len(sh.rows)
        holders = "\n".join(f"{post} {who}" for post, who, *_ in rows)
        for k, (post, who, tier, point, lv, measures) in enumerate(rows):
            n += 1
            sh.add(n, dept if k == 0 else None, holders if k == 0 else None, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        last = len(sh.rows) - 1
        sh.merge(first, 1, last, 1)
        sh.merge(first, 2, last, 2)
    _line(
        sh,
        "注：“岗位及责任人”栏按行填写，每行对应右侧同一行的风险点；风险等级分高、中、低三级。",
        6,
    )
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "antu_visitor_centre_lines_by_row",
        "https://www.seridoat.com/article/lv-you-shi-chang-luan-xiang-jie-mi-ji-cha-xing-dong-zhu-li-gui-fan-zhi-xu-jie-mi-jian-guan-bei-hou-d.html",
        "(harder) 县游客服务中心 岗位廉政风险防控一览表, after the source's piece on 旅游市场乱象 (不合理低价游, 强迫购物, "
        "稽查, 举报): a title, a merged 填报单位 line, 序号/部门/岗位及责任人/廉政风险点/风险等级 高/中/低/防控措施, ONE ROW A "
        "POINT; 部门 merged over each 部门's rows and 岗位及责任人 merged over the SAME rows, the merged cell listing "
        "``post name`` ONE LINE A ROW, its k-th line the holder of the k-th row it spans (repeated where one holder has "
        "two rows), so one merged cell names several holders and each row is ONE holder's; a ``注：`` line saying the "
        "lines pair with the rows; a 填表人/审核人/主任（签字） line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def antu_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化广播电视和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蓟沨翊", "局长", "主持全面工作", [
            ("A级旅游景区评定推荐中打招呼、降低标准", "一级", "评定推荐经局党组会集体研究，结果公示。"),
            ("文旅项目专项资金分配不按程序", "一级", "资金分配方案集体研究，接受审计监督。"),
        ]),
        ("竺湛璁", "副局长", "分管旅游市场、行业管理", [
            ("巡察反馈问题整改敷衍，责任清单不落实", "二级", "整改清单逐项销号，责任领导签字。"),
            ("旅行社质量保证金暂退审核把关不严", "一级", "暂退申请股室初审、分管领导复核、局长审批。"),
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
        ("市场管理股", "股长", "蓟旻瑢", "middle", "星级饭店、旅行社年检放松标准", "一级", "年检结果集体审定并公开。"),
        ("市场管理股", "股长", "蓟旻瑢", "middle", "节假日旅游市场检查通风报信", "二级", "检查对象随机抽取，检查前不通知。"),
        ("市场管理股", "股员", "竺澔岚", "general", "导游证换发材料审核不严", "三级", "材料审核初审、复审两道关。"),
        ("计划财务股", "股长", "蓟珺漪", "middle", "文化惠民活动经费虚列支出", "一级", "活动经费凭合同、验收单报账。"),
        ("计划财务股", "会计", "竺瀹琨", "general", "报账票据审核不严，超标准列支", "二级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "antu_culture_tourism_bureau_two_sheets",
        "http://www.jxsjw.gov.cn/nhqf/nhqf2019/xsxc/bjxc/202601/t20260123_6601480.shtml",
        "县文化广播电视和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 市文化广电旅游局党委 巡察整改 通报 "
        "(责任领导, 责任处室, 整改清单销号, 一岗双责): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def antu_tourism_enforcement_posts() -> dict:
    unit = f"{PLACE}旅游市场执法大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "案件处罚裁量", "对违规旅行社处罚畸轻畸重，以罚代刑", "制度机制风险", "高",
         "重大案件集体审议，裁量基准公开。"),
        ("一中队", "中队长", "middle", "联合执法巡查", "对“黑导”“野导”巡查走过场，收受好处放行", "思想道德风险", "高",
         "巡查两人以上并佩戴执法记录仪。"),
        ("一中队", "中队长", "middle", "投诉案件转办", "投诉案件压案不查、久拖不结", "岗位职责风险", "中",
         "案件办理时限预警，逾期通报。"),
        ("一中队", "执法队员", "general", "现场检查", "现场检查发现问题不记录、不取证", "业务流程风险", "中",
         "检查记录当场签字确认，全程录像。"),
        ("二中队", "执法队员", "general", "罚没物品处置", "暂扣物品私自处置或调换", "业务流程风险", "低",
         "暂扣物品登记入库，双人保管。"),
        ("二中队", "执法队员", "general", "“非法一日游”整治", "向涉事车辆、商户通风报信", "外部环境风险", "高",
         "整治行动临时通知、统一调度。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "antu_tourism_enforcement_posts", "https://m.appbook.qq.com/read/1037566320/14",
        "县旅游市场执法大队 岗位廉政风险点排查表 对岗不对人, after the source's study of a city's 旅游市场综合执法 "
        "(执法队伍, 旅游警察支队, 联合执法巡逻组): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def antu_changbaishan_service_cards() -> dict:
    unit = f"{PLACE}长白山景区服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "蓟砚澂", "主任", "主持中心全面工作", "leader", [
            ("景区最大承载量核定和限流措施弄虚作假", "★★★", "承载量核定报县文旅局备案并公示。"),
            ("景区观光车、索道经营权发包不公开", "★★★", "经营权发包公开招标，合同公示。"),
            ("接受经营商户节日礼金", "★", "严守中央八项规定精神，节前提醒。"),
        ]),
        ("副主任", "竺蘅岍", "副主任", "分管票务、应急", "leader", [
            ("预约票额分配向关系单位倾斜", "★★", "预约系统统一放票，后台调整留痕。"),
            ("应急物资采购验收不严", "★★", "验收邀请纪检人员参加。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
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
        "antu_changbaishan_service_cards", "http://m.8xib.com/news/show-2491.aspx",
        "县长白山景区服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's note on 旅游景区 限量开放 "
        "(最大承载量, 预约, 应急预案): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def antu_quality_office_selfchecks() -> dict:
    unit = f"{PLACE}旅游质量监督管理所"
    t = _Truth(unit)
    people = [
        ("蓟琤渝", "所领导", "所长", "leader", [
            ("旅游投诉处理中偏袒旅行社，压减游客赔偿", "Ⅰ级", "投诉处理结果书面告知游客，定期回访。", "已落实"),
            ("“零负团费”线索不移交、不查处", "Ⅰ级", "线索登记台账，按月通报查处情况。", "未发现问题"),
        ]),
        ("竺瑀泠", "质量监督股", "股长", "middle", [
            ("旅游团队行程单检查走过场", "Ⅱ级", "行程单抽查比例不低于三成。", "已落实"),
            ("购物店回扣线索隐瞒不报", "Ⅰ级", "线索双人登记，逐级上报。", "已落实"),
        ]),
        ("蓟泱蘅", "质量监督股", "股员", "general", [
            ("投诉登记信息随意更改", "Ⅲ级", "投诉系统修改留痕。", "未发现问题"),
            ("接受被投诉单位吃请", "Ⅱ级", "签订廉洁承诺书。", "已落实"),
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
        "antu_quality_office_selfchecks", "http://m.jizihe.com/page/2018/0910/10771065.shtml",
        "县旅游质量监督管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "study of “零负团费” (旅行社, 导游, 购物店回扣, 整治措施): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def antu_tourism_development_group_rows() -> dict:
    unit = f"{PLACE}旅游发展服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "竺溆珩", "leader", [
                ("旅游节庆活动承办单位选定暗箱操作", "一级风险", "承办单位公开比选，结果公示。"),
                ("乡村旅游扶持资金分配优亲厚友", "一级风险", "扶持对象评审打分，名单公示。"),
            ]),
        ]),
        ("二、项目推进科", "项目推进科", [
            ("科长", "蓟昳岷", "middle", [
                ("旅游项目申报材料审核把关不严", "二级风险", "申报材料实地核查，留存影像。"),
            ]),
            ("科员", "竺珝漴", "general", [
                ("项目验收数据弄虚作假", "二级风险", "验收实行双人现场核查。"),
                ("泄露项目评审信息", "三级风险", "评审资料专人保管。"),
            ]),
        ]),
        ("三、宣传推广科", "宣传推广科", [
            ("科长", "蓟璘滢", "middle", [
                ("旅游推介广告投放指定媒体，收受回扣", "二级风险", "广告投放三家比价，集体决定。"),
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
        "antu_tourism_development_group_rows", "http://hn.ifeng.com/a/20190115/7164796_0.shtml",
        "县旅游发展服务中心 廉政风险防控责任清单, after the source's “中国旅游市场监管四十年” (专项整治, 综合执法, 导游私收"
        "回扣, 质量保证金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、项目推进科``, ``三、宣传推广科`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def antu_hongqi_scenic_office_list() -> dict:
    unit = f"{PLACE}红旗村民俗旅游景区管理办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("景区领导", "主任", "竺峤沅", "leader", "景区防汛设施维修工程直接指定施工队", "制度机制", "高风险",
         "维修工程按限额比选，集体研究。"),
        ("景区领导", "主任", "竺峤沅", "leader", "民俗体验项目经营户准入不公开", "岗位职责", "中风险",
         "经营户准入条件和名单公示。"),
        ("综合部", "部长", "蓟翎潆", "middle", "救援物资、护栏材料采购以次充好", "外部环境", "高风险",
         "采购三家比价，验收双人签字。"),
        ("综合部", "出纳", "竺椤湲", "general", "门票收入现金坐支", "业务流程", "中风险", "票款当日缴存，日清月结。"),
        ("综合部", "检票员", "蓟洺璨", "general", "熟人免票放行", "思想道德", "低风险", "检票闸机刷证通行，抽查录像。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "antu_hongqi_scenic_office_list", "http://www.handmsg.com/page/2018/0718/3854282.shtml",
        "县民俗旅游景区管理办公室 岗位廉政风险防控一览表, after the source's piece on 旅游景区防汛安全 (防汛设施, 护栏, "
        "救援预案, 医疗救治点): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


def antu_distribution_centre_register() -> dict:
    unit = f"{PLACE}旅游集散中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "竺汭瑄", "leader", [
            ("集散中心场地租赁合同不公开招租", "制度机制", "一级", "场地租赁公开招租，合同报备。"),
            ("问题整改台账虚假销号", "岗位职责", "二级", "一问题一台账，对账销号复核。"),
        ]),
        ("运营调度科", "科长", "蓟湉琇", "middle", [
            ("旅游班车线路经营权分配不公", "外部环境", "一级", "线路分配集体研究并公示。"),
        ]),
        ("运营调度科", "调度员", "竺瀼璜", "general", [
            ("车辆调度优亲厚友、收受好处", "思想道德", "二级", "调度记录系统留痕，每周抽查。"),
            ("班车发车记录弄虚作假", "业务流程", "三级", "发车记录与定位数据核对。"),
        ]),
        ("财务科", "会计", "蓟玙霁", "general", [
            ("租金收入不及时入账", "业务流程", "一级", "租金统一缴入单位账户，按月对账。"),
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
        "antu_distribution_centre_register", "https://m.bidcenter.com.cn/newsrili-1-266700074.html",
        "县旅游集散中心 廉政风险点排查登记表, after the source's 市文化和旅游局委员会 巡察整改 通报 (三张清单, 一问题一"
        "台账, 对账销号): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    antu_visitor_centre_lines_by_row(),
    antu_culture_tourism_bureau_two_sheets(),
    antu_tourism_enforcement_posts(),
    antu_changbaishan_service_cards(),
    antu_quality_office_selfchecks(),
    antu_tourism_development_group_rows(),
    antu_hongqi_scenic_office_list(),
    antu_distribution_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch728-inbox"))
