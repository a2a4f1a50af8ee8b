"""The seven-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化旅游 and
林草 bodies, 桓仁满族自治县 (of 本溪市, 辽宁省) — its 文化旅游和广播电视局, 文化市场综合行政执法队,
林业和草原局, 八里甸子国有林场, 木材检查站, 文化馆 and 林业综合行政执法大队 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文旅广电局's 一览表 in TWO SHEETS ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 文化市场综合行政执法队's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 八里甸子国有林场's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险``
  types, 高/中/低; no names;
- the 文化馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 木材检查站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 林草局's 责任清单 under GROUP ROWS ``一、局领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 林业综合行政执法大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``huanren_wunvshan_ticket_rota``: the 五女山景区管理处 票务中心's 岗位廉政风险排查表, 对岗不对人 (``序号 |
  岗位 | 廉政风险点 | 风险等级 | 防控措施``, 岗位 merged, 高/中/低, no names), and UNDER it, after a blank row
  and a title line, the 票务岗位轮岗安排表: ``轮岗时段 | 售票员 | 检票员 | 票务稽核员``, one row a rota period
  (``第一轮（4—5月）``, ``第二轮（6—7月）``), each cell the name(s) who stand at that post in that period
  (``璩蒨楸、缑蒨筠``); people ROTATE between posts, so one name stands under two posts; a ``注：`` line says
  the posts' points are borne by everyone the rota puts on that post. The README's 读得懂的表 knows a
  staffing grid of outlets × posts (POSTS_BY_STAFFING_GRID: 营业网点, 学校, 村卫生室 …), holders in turn
  written in the holder cell with their months (HOLDERS_IN_TURN) and month bars of holders beside each
  row (责任人（按月轮岗）); it does not describe a separate ROTA of periods down × posts across whose
  cells name the people, one person under several posts in different periods, keyed to the list's
  post column by the heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 景区 售假票 story — 手工验票, 电子验票,
一票制; a county's 文旅行业乱象治理 report — 娱乐场所, 酒店客栈, 景区检查; a 市文化市场综合行政执法局 story
— 不合理低价游, 非法组团, 网吧; a 国家林草局 调研 on 生态护林员选聘 — 致贫原因, 岗位轮岗, 巡护记录;
a county's 专职护林员管理办法 — 资格审查, 张榜公布, 天保工程管理站; a 木监局 story — 木材检查站, 哨卡,
罚没木材变价款; a 木材无证运输 巡查 story — 检讨书, 巡查大队, 固定检查站; a 湖南 非遗项目 抽查 — 专项资金,
截留, 挪用, 擅自变更补助项目) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 璩 and 缑 with rare
given names); every unit is a body of 桓仁满族自治县.

Run ``python tests/published/score.py --set batch743`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post's points are borne by EVERY person the 轮岗安排表 puts under that post
  in any period (as the ``注：`` line says), one form a person and post: a person who stood at two posts
  has two forms; the 科室 is the 票务中心 the title names; the rota's period cells, the rota's title
  line, the ``注：`` line and the sign-off line are no points;
- a group row ``一、局领导`` gives the 科室 ``局领导`` (its number left off); the 文旅广电局's leaders (sheet
  ``局领导``, no 科室 column) and the 检查站's cards have no 科室;
- 局长, 副局长, 队长, 大队长, 场长, 馆长, 站长 and their deputies are leaders; 股长, 中队长 and 部室 主任 middle;
  the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况``, ``工作职责`` and ``填表时间`` name no point;
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

PREFIX = "b743_"
PLACE = "桓仁满族自治县"
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

# the 票务中心's posts and their points: (post, [(point, level, measures)])
TICKET_POSTS = [
    ("售票员", [
        ("收取现金不出票或重复使用已售门票", "高", "全部售票经电子票务系统出票，现金日清日结。"),
        ("违规办理免票、优惠票，放亲友入园", "中", "免票、优惠票凭证件登记，系统留存证件照片。"),
    ]),
    ("检票员", [
        ("手工验票放行无票人员，收受好处", "高", "入口全部电子验票，闸机数据与售票数据每日核对。"),
        ("默许票贩子在检票口倒卖门票", "中", "检票口视频监控全覆盖，发现倒票立即报告。"),
    ]),
    ("票务稽核员", [
        ("售票、检票数据比对走过场，差异不追查", "高", "每日出具稽核报告，差异逐笔说明。"),
        ("发现票款短缺隐瞒不报", "中", "短款情况当日报中心主任，月度通报。"),
        ("废票、退票审核不严", "低", "废票、退票双人签字，原票留存备查。"),
    ]),
]  # fmt: skip

# the 轮岗安排表: (period, {post: [names]}); people rotate between 售票员 and 检票员
ROTA = [
    (
        "第一轮（4—5月）",
        {"售票员": ["璩蒨楸", "缑蒨筠"], "检票员": ["缑檩岫"], "票务稽核员": ["璩檩汐"]},
    ),
    (
        "第二轮（6—7月）",
        {"售票员": ["缑檩岫", "璩蒨楸"], "检票员": ["缑蒨筠"], "票务稽核员": ["璩檩汐"]},
    ),
]


def huanren_wunvshan_ticket_rota() -> dict:
    unit = f"{PLACE}五女山景区管理处"
    dept = "票务中心"
    sh = _Sheet("排查表", [14, 16, 40, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险排查表", 5)
    _line(sh, f"填报单位：{unit}{dept}{GAP * 12}2025年4月", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, points in TICKET_POSTS:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "票务岗位轮岗安排表（2025年4—7月）", 5)
    posts = [post for post, _ in TICKET_POSTS]
    sh.add("轮岗时段", *posts, None)
    for period, cells in ROTA:
        sh.add(period, *["、".join(cells[post]) for post in posts], None)
    _line(
        sh,
        "注：票务岗位按上表轮岗，各岗位廉政风险点由轮岗期间在该岗位工作的人员共同承担并落实防控措施。",
        5,
    )
    sh.add("填表人：", None, "审核人：", None, "中心主任（签字）：")
    for post, points in TICKET_POSTS:
        seen = []
        for _period, cells in ROTA:
            for who in cells[post]:
                if who not in seen:
                    seen.append(who)
        for who in seen:
            for point, lv, _measures in points:
                t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    return _layout(
        "huanren_wunvshan_ticket_rota", "https://52fuqing.com/newsshow-46114.html",
        "(harder) 五女山景区管理处 票务中心 岗位廉政风险排查表, after the source's 景区 售假票 story (手工验票, 电子验票, "
        "售票点, 一票制): a title, a 填报单位 line, 序号/岗位 merged/廉政风险点/风险等级 高/中/低/防控措施 对岗不对人 (no "
        "names); UNDER it, after a blank row and a title line, a 票务岗位轮岗安排表 ``轮岗时段 | 售票员 | 检票员 | "
        "票务稽核员``, one row a period, each cell the name(s) at that post (``、``), two people rotating between "
        "售票员 and 检票员; a ``注：`` line (points borne by everyone on the post) and a 填表人/审核人/中心主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huanren_culture_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化旅游和广播电视局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("缑荇澜", "局长", "主持全面工作", [
            ("文旅项目资金安排个人说了算", "一级", "项目资金安排经局党组会集体研究，结果公示。"),
            ("对娱乐场所、景区检查打招呼说情", "二级", "检查计划随机抽取，领导干预登记报告。"),
        ]),
        ("璩荇岑", "副局长", "分管旅游市场、广播电视", [
            ("旅行社质量保证金暂退审核把关不严", "一级", "暂退申请经股室初审、局务会审定。"),
            ("户户通维护经费拨付不核实维护量", "二级", "维护台账抽查回访，经费按核定量拨付。"),
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
    dept = _Sheet("股室", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("旅游市场股", "股长", "璩篁鹔", "middle", "A级景区评定推荐中降低标准", "一级", "评定材料实地核查，推荐结果公示。"),
        ("旅游市场股", "股长", "璩篁鹔", "middle", "酒店客栈检查发现问题不处理", "二级", "检查记录双人签字，问题清单跟踪销号。"),
        ("旅游市场股", "科员", "缑篁沚", "general", "旅游投诉调处偏袒经营者", "二级", "投诉办理全程留痕，结果回访游客。"),
        ("公共文化股", "股长", "缑蓼汀", "middle", "文化惠民演出承办单位选定不公开", "一级", "承办单位公开比选，合同经法律审核。"),
        ("公共文化股", "科员", "璩蓼沂", "general", "农家书屋图书配送验收不严", "三级", "配送清单逐村签收，抽查到书情况。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "huanren_culture_tourism_bureau_two_sheets",
        "https://gwyoo.com/article/zhongjibaogao/niandugongzuobaogao/202010/729256.html",
        "县文旅广电局 廉政风险防控一览表 in TWO SHEETS, after the source's 文化旅游行业乱象治理 report (娱乐场所, 酒店客栈, "
        "景区检查, 宣传): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def huanren_culture_enforcement_list() -> dict:
    unit = f"{PLACE}文化市场综合行政执法队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("队领导", "队长", "缑杪岚", "leader", "不合理低价游案件查处中降格处理", "岗位职责", "高风险",
         "案件处理经集体审议，处罚结果网上公开。"),
        ("队领导", "队长", "缑杪岚", "leader", "接受经营业户宴请", "思想道德", "中风险", "签订廉洁执法承诺书。"),
        ("执法一中队", "中队长", "璩杪菁", "middle", "网吧接纳未成年人检查通风报信", "岗位职责", "高风险",
         "检查前不通知，执法记录仪全程记录。"),
        ("执法一中队", "执法队员", "缑樗沅", "general", "非法组团招徕案件线索不登记", "业务流程", "中风险",
         "线索统一登记编号，办理情况月度通报。"),
        ("执法一中队", "执法队员", "缑樗沅", "general", "暂扣出版物保管不善、私自处理", "制度机制", "低风险",
         "暂扣物品入库登记，处置经审批。"),
        ("法制审核股", "股长", "璩樗岚", "middle", "罚款金额裁量随意", "制度机制", "中风险", "执行裁量基准，法制审核留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "队长（签字）：", None, None)
    return _layout(
        "huanren_culture_enforcement_list", "https://www.wuhainews.org.cn/2025/07/15/99190381.html",
        "县文化市场综合行政执法队 岗位廉政风险防控一览表, after the source's 文化市场综合行政执法局 story (不合理低价游, "
        "非法组团招徕, 网吧, 执法规范指引): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/"
        "责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/队长（签字） line",
        [sh], t,
    )  # fmt: skip


def huanren_balidianzi_forest_farm_posts() -> dict:
    unit = f"{PLACE}八里甸子国有林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "leader", "护林员选聘", "护林员资格审查不严，安排亲友应聘", "思想道德风险", "高",
         "报名条件张榜公布，考察结果公示三日。"),
        ("营林科", "科长", "middle", "造林抚育验收", "抚育面积虚报，验收走过场", "岗位职责风险", "高",
         "验收实地测量，影像资料存档。"),
        ("营林科", "科长", "middle", "苗木采购", "苗木采购不比价，收受供苗方好处", "制度机制风险", "中",
         "苗木采购三家比价，验收双人签字。"),
        ("资源管护站", "管护员", "general", "巡护记录", "巡护记录造假，管护区域不到位", "业务流程风险", "中",
         "巡护轨迹定位上传，每月抽查。"),
        ("财务室", "会计", "general", "管护补助发放", "护林员补助发放不按考核结果", "外部环境风险", "低",
         "补助按考核结果核定，打卡发放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "huanren_balidianzi_forest_farm_posts", "https://www.renrendoc.com/p-9625287.html",
        "县国有林场 岗位廉政风险点排查表 对岗不对人, after the source's 专职护林员管理办法 (应聘条件, 资格审查, 张榜公布, "
        "天保工程管理站, 待遇奖惩): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def huanren_culture_center_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("璩蕖翕", "馆领导", "馆长", "leader", [
            ("非遗保护专项资金擅自变更补助项目", "Ⅰ级", "资金按项目申报内容使用，变更报主管局审批。", "已落实"),
            ("群众文化活动经费虚列支出", "Ⅱ级", "活动经费凭方案、签到、影像报销。", "未发现问题"),
        ]),
        ("缑蘼湉", "非遗保护部", "主任", "middle", [
            ("非遗传承人补助截留、挪用", "Ⅰ级", "补助直接拨付传承人账户，名单公示。", "已落实"),
            ("传承人认定推荐优亲厚友", "Ⅱ级", "推荐经专家评审，结果公示。", "已落实"),
        ]),
        ("璩楠芗", "培训辅导部", "辅导员", "general", [
            ("免费培训班收取费用", "Ⅱ级", "培训免费公告上墙，设举报电话。", "未发现问题"),
            ("培训学员签到代签", "Ⅲ级", "学员签到与照片比对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "馆意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huanren_culture_center_selfchecks", "http://www.chinanews.com/cul/2014/03-24/5987676.shtml",
        "县文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 非遗项目 抽查 "
        "(专项资金, 擅自变更补助项目, 截留, 挪用): a title, a label row ``姓　名 | 所在部室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | "
        "馆意见：``",
        sheets, t,
    )  # fmt: skip


def huanren_timber_checkpoint_cards() -> dict:
    unit = f"{PLACE}木材检查站"
    t = _Truth(unit)
    cards = [
        ("站长", "缑楸澂", "站长", "主持检查站全面工作", "leader", [
            ("罚没木材变价处置不公开", "★★★", "罚没木材委托拍卖，变价款全额上缴。"),
            ("对无证运输木材案件降格处理", "★★★", "案件处理集体研究，报县局备案。"),
            ("值班岗亭维修工程不比价", "★", "维修项目三家比价，验收留存影像。"),
        ]),
        ("检查员", "璩苕棣", "检查员", "负责过往木材运输车辆查验", "general", [
            ("查验车辆货证不符时收钱放行", "★★", "查验全程录像，放行登记车牌和证号。"),
            ("为无证运输木材通风报信", "★★", "夜间双人值班，手机集中保管。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "huanren_timber_checkpoint_cards", "http://www.xiushui.net/html/caijing/linye/201212/83025.html",
        "县木材检查站 岗位廉政风险防控卡, one sheet a person, after the source's 木监局 story (木材检查站, 护林防火哨卡, "
        "值班岗亭维修, 罚没木材变价款): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def huanren_forestry_bureau_group_rows() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "璩鎏樨", "leader", [
                ("生态护林员指标分配不公", "一级风险", "指标分配方案经局党组会研究，向乡镇公开。"),
                ("林地征占用审核中说情干预", "二级风险", "审核材料集体会审，干预事项登记。"),
            ]),
        ]),
        ("二、资源管理股", "资源管理股", [
            ("股长", "缑苕蕙", "middle", [
                ("林木采伐指标审批优亲厚友", "一级风险", "采伐指标按申请顺序分配，结果公示。"),
            ]),
            ("科员", "璩栩蘼", "general", [
                ("生态护林员选聘不核实致贫原因", "二级风险", "入户核实家庭情况，村委会出具证明。"),
                ("巡护记录审核不严", "三级风险", "巡护记录与定位轨迹比对。"),
            ]),
        ]),
        ("三、计划财务股", "计划财务股", [
            ("会计", "缑鎏岑", "general", [
                ("护林员劳务补助发放不按考核", "二级风险", "补助按月考核结果发放，名单公示。"),
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
        "huanren_forestry_bureau_group_rows", "https://www.luan.gov.cn/zwzx/dtxx/1447661.html",
        "县林业和草原局 廉政风险防控责任清单, after the source's 国家林草局 调研 on 生态护林员选聘 (致贫原因, 岗位轮岗, 巡护记录, "
        "林长制): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、资源管理股``, ``三、计划财务股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huanren_forestry_enforcement_register() -> dict:
    unit = f"{PLACE}林业综合行政执法大队"
    sh = _Sheet("登记表", [6, 14, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "缑栩樨", "leader", [
            ("木材无证运输案件罚没款减免随意", "制度机制", "一级", "罚没款减免集体研究，报县局审批。"),
            ("执法车辆私用", "思想道德", "三级", "车辆派车登记，定位管理。"),
        ]),
        ("巡查中队", "中队长", "璩葭檩", "middle", [
            ("巡查发现无证运输车辆不查处", "岗位职责", "一级", "巡查双人同行，查处情况当日登记。"),
        ]),
        ("巡查中队", "执法队员", "缑葭淙", "general", [
            ("收受运输车主财物放行", "思想道德", "一级", "执法记录仪全程开启，定期回放检查。"),
            ("检讨书代替处罚，以教代罚", "业务流程", "二级", "处罚决定按裁量基准作出，法制审核。"),
        ]),
        ("法制审核中队", "审核员", "璩桉蘅", "general", [
            ("案件审核把关不严", "岗位职责", "二级", "审核意见书面出具，存档备查。"),
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
        "huanren_forestry_enforcement_register",
        "http://www.nyaybz.com/Industry/IndustryInfo_81688.html",
        "县林业综合行政执法大队 廉政风险点排查登记表, after the source's 木材无证运输 巡查 story (巡查大队, 固定检查站, "
        "检讨书, 当班人员): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huanren_wunvshan_ticket_rota(),
    huanren_culture_tourism_bureau_two_sheets(),
    huanren_culture_enforcement_list(),
    huanren_balidianzi_forest_farm_posts(),
    huanren_culture_center_selfchecks(),
    huanren_timber_checkpoint_cards(),
    huanren_forestry_bureau_group_rows(),
    huanren_forestry_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch743-inbox"))
