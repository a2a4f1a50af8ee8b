"""The seven-hundred-and-sixteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 民族 and 文化
bodies, 饶河县 (of 双鸭山市, 黑龙江) — its 文化馆, 赫哲族博物馆, 非物质文化遗产保护中心, 四排赫哲族乡人民政府,
民族宗教事务服务中心, 文化市场综合执法大队 and 文化广电和旅游局 — each handing back the 一览表, 排查表, 自查表,
清单, 防控卡 or 登记表 its staff typed in WPS or Excel:

- the 文化馆's 一览表 in TWO SHEETS ``馆领导`` / ``部室``, ``一级/二级/三级``, no type column;
- the 赫哲族博物馆's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险`` types, 高/中/低;
- the 非遗保护中心's 自查表, one sheet a person, a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 四排赫哲族乡's 责任清单 under GROUP ROWS ``一、乡领导``, ``二、社会事务办``, ``一级风险/二级风险/三级风险``;
- the 民族宗教事务服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 文化市场综合执法大队's 一览表 under ``附件2`` and a 填报单位 line, holders on every row, ``高风险/中风险/低风险``;
- the 文化广电和旅游局's 登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, short types, ``一级/二级/三级``.

One is harder:

- ``raohe_ethnic_bureau_outline``: the 民族宗教事务局's 岗位廉政风险点及防控措施 is a Word 文稿 PASTED DOWN
  COLUMN A, one paragraph a row, with NO TABLE AND NO HEADING ROW: group rows ``一、局领导`` …, holder
  rows ``（一）局长　漆雕翊筠``, numbered point rows ``1．…（一级风险）`` closing with the bracketed level,
  and under each point a ``　　防控措施：…`` row. The README's 读得懂的表 knows a table typed one row a
  cell with its columns split by spaces under a heading row, label|content records, a mind map's
  columns and a point's measures in labelled brackets; it does not describe an outline with no
  heading at all where the 科室, the holder, the point, its level and its measures each stand in a
  paragraph of their own in one column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市民宗委's 专项检查 of 少数民族发展项目
资金; a 市文化活动中心's 巡察整改通报; a 博物馆 “双随机、一公开” 检查通报; a report on 赫哲族 伊玛堪 and 鱼皮
制作技艺; a report on 四排赫哲族乡; a 区 宗教活动场所 财务大检查; a 文化市场专项整治; a 节前 “扫黄打非” 检查)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 漆雕 and 靳 with rare given names); every unit is
a body of 饶河县.

Run ``python tests/published/score.py --set batch716`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a group row ``二、民族工作股`` gives the 科室 (its number left off; ``一、局领导``
  gives ``局领导``), a holder row ``（一）post　name`` the holder of the point rows under it, the bracket
  ``（一级风险）`` closing a point row its level (left off the point), and a ``防控措施：`` row the
  measures of the point above; the title, the ``（2025年度）`` line, the ``注：`` line and the 盖章 line
  are no points;
- ``馆领导``, ``乡领导``, ``局领导``, ``大队领导``, ``中心领导`` (a cell, a group row) are the 科室 of those leaders;
  the 文化馆's leaders (sheet ``馆领导``, no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 馆长, 副馆长, 乡长, 大队长, the 中心's 主任 and 副主任 are leaders; 股长, 中队长 and a 部/办/室's
  主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; the 博物馆's list names no person (对岗不对人);
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

PREFIX = "b716_"
PLACE = "饶河县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 文稿 pasted down column A: (group row, 科室, [(post, name, tier, [(point, level, measures)])])
OUTLINE = [
    ("一、局领导", "局领导", [
        ("局长", "漆雕翊筠", "leader", [
            ("少数民族发展资金项目安排个人说了算", "一级", "项目安排经局党组会集体研究，入库项目名单公示。"),
            ("兴边富民项目验收走过场，虚报工程量", "二级", "项目验收邀请县财政局、乡政府共同参加。"),
        ]),
        ("副局长", "靳昶翯", "leader", [
            ("宗教活动场所建设审批设卡、优亲厚友", "一级", "审批事项一次性告知，办理结果在局网站公开。"),
        ]),
    ]),
    ("二、民族工作股", "民族工作股", [
        ("股长", "漆雕璘沅", "middle", [
            ("人口较少民族扶持项目资金截留挪用", "一级", "资金直达项目村，拨付凭证逐笔留存。"),
            ("民族团结进步创建示范单位推荐弄虚作假", "三级", "推荐对象实地考察，结果公示五个工作日。"),
        ]),
    ]),
    ("三、宗教事务股", "宗教事务股", [
        ("股员", "靳霂玹", "general", [
            ("宗教活动场所财务检查降低标准、隐瞒问题", "二级", "财务检查两人以上进行，检查记录签字存档。"),
            ("接受宗教活动场所宴请、礼品", "三级", "签订廉洁承诺书，节日前开展廉洁提醒。"),
        ]),
    ]),
]  # fmt: skip
OUTLINE_NUMS = ["（一）", "（二）", "（三）"]


def raohe_ethnic_bureau_outline() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("风险点", [120])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险点及防控措施")
    sh.add("（2025年度）")
    for group, dept, people in OUTLINE:
        sh.add(group)
        for k, (post, who, tier, points) in enumerate(people):
            sh.add(f"{OUTLINE_NUMS[k]}{post}{GAP}{who}")
            for i, (point, lv, measures) in enumerate(points, 1):
                sh.add(f"{i}．{point}（{lv}风险）")
                sh.add(f"{GAP * 2}防控措施：{measures}")
                t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("注：风险等级分为一级、二级、三级，一级为最高。")
    sh.add(f"{unit}（盖章）{GAP * 6}2025年3月")
    return _layout(
        "raohe_ethnic_bureau_outline", "https://www.trjw.gov.cn/html/2018/paizhujiandu_0607/10540.html",
        "(harder) 县民族宗教事务局 岗位廉政风险点及防控措施, after the source's 市民宗委 专项检查 of 少数民族发展项目资金 "
        "(资金闲置, 使用不规范, 虚报冒领, 截留挪用, 小金库): a Word 文稿 PASTED DOWN COLUMN A, one paragraph a row, "
        "NO TABLE AND NO HEADING: a title and a ``（2025年度）`` line, group rows ``一、局领导`` … ``三、宗教事务股``, "
        "holder rows ``（一）局长　漆雕翊筠``, point rows ``1．…（一级风险）`` with the level bracketed at the end, "
        "and under each a ``　　防控措施：…`` row; a ``注：`` line and a 盖章/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def raohe_culture_centre_two_sheets() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 10, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("漆雕珣翯", "馆长", "主持全面工作", [
            ("文艺演出服务外包指定承办单位", "一级", "演出外包按政府采购程序比选，合同经馆务会审定。"),
            ("巡察整改问题敷衍应付、虚假整改", "二级", "整改台账逐项销号，整改结果公开。"),
        ]),
        ("靳沺翊", "副馆长", "分管群文活动、财务", [
            ("群众文化活动经费虚列参演人数套取补助", "一级", "活动经费凭签到表、影像资料报销。"),
            ("文艺培训班收费不入账", "二级", "培训费统一缴入单位账户，开具票据。"),
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
    dept = _Sheet("部室", [6, 14, 9, 10, 38, 9, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "漆雕昀琤", "middle", "公务接待超标准、无公函接待", "二级", "接待实行公函制，清单与票据一并报销。"),
        ("办公室", "会计", "靳琰澂", "general", "报销单据审核不严，以虚假发票报账", "一级", "发票逐张查验，报账经办人、审核人、审批人三签。"),
        ("活动部", "主任", "漆雕湉岷", "middle", "文艺骨干评选、比赛评奖打招呼", "三级", "评委随机抽取，评分当场公布。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "raohe_culture_centre_two_sheets", "http://www.jiwei.gov.cn/news_content.thtml?contentId=44216",
        "县文化馆 廉政风险防控一览表 in TWO SHEETS, after the source's 市文化活动中心 巡察整改通报 (整改台账, 一岗双责, "
        "分管领导, 具体责任人): sheet 馆领导 with 姓名/职务/分管工作 merged per leader, sheet 部室 with 部室 merged and "
        "岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def raohe_hezhe_museum_posts() -> dict:
    unit = f"{PLACE}赫哲族博物馆"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "leader", "藏品征集", "征集赫哲族民俗文物抬高收购价格，收受出让人好处", "制度机制风险", "高",
         "征集经专家鉴定、集体议价，征集结果备案。"),
        ("馆领导", "馆长", "leader", "陈列布展", "布展工程量身设置条件，指定施工单位", "外部环境风险", "高",
         "布展项目进入公共资源交易平台。"),
        ("保管部", "保管员", "general", "藏品建账", "鱼皮衣、桦皮器等藏品登记不全，账物不符", "岗位职责风险", "中",
         "藏品总账与分类账每年核对，双人管库。"),
        ("保管部", "保管员", "general", "藏品借用", "藏品借出不履行报批手续", "业务流程风险", "中",
         "借用报文物行政部门批准，登记造册。"),
        ("陈列部", "讲解员", "general", "讲解接待", "私自收取团体讲解费", "思想道德风险", "低",
         "讲解服务免费，收费项目公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "raohe_hezhe_museum_posts", "https://wwj.shaanxi.gov.cn/sy/dtyw/tzgg/jgsw/202404/t20240409_2325596.html",
        "县博物馆 岗位廉政风险点排查表 对岗不对人, after the source's 博物馆 “双随机、一公开” 检查通报 (藏品征集, 定级建账, "
        "借用调拨, 陈列展览备案): 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def raohe_intangible_heritage_selfchecks() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    t = _Truth(unit)
    people = [
        ("漆雕岍澂", "中心领导", "主任", "leader", [
            ("伊玛堪传承人补助名单审核不严", "Ⅰ级", "补助名单经专家评审、公示后报批。", "已落实"),
            ("鱼皮制作技艺培训班经费虚报", "Ⅱ级", "培训签到、影像资料与报销单据核对。", "未发现问题"),
        ]),
        ("靳璆沄", "保护部", "干事", "general", [
            ("非遗项目申报材料把关不严、弄虚作假", "Ⅱ级", "申报材料两人审核、实地核查。", "已落实"),
            ("非遗就业工坊订单向亲友倾斜", "Ⅲ级", "订单分配公开，结果公示。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
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
        "raohe_intangible_heritage_selfchecks", "http://product.sosol.com.cn/product/2023/0618/61140.html",
        "县非遗保护中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report on "
        "赫哲族 “伊玛堪” 和 鱼皮制作技艺, 非遗就业工坊, 传承人: a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def raohe_sipai_township_group_rows() -> dict:
    unit = f"{PLACE}四排赫哲族乡人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、乡领导", "乡领导", [
            ("乡长", "漆雕霈珣", "leader", [
                ("赫哲风情旅游景区经营项目发包不公开", "一级风险", "发包方案经党委会研究，公开竞价。"),
                ("稻田画、文创项目资金使用不经集体研究", "二级风险", "项目资金专账核算，年终公示。"),
            ]),
        ]),
        ("二、社会事务办", "社会事务办", [
            ("主任", "靳泓琚", "middle", [
                ("赫哲文史资料数据库建设经费虚列支出", "二级风险", "经费按合同进度支付，验收后结算。"),
            ]),
            ("文化专干", "漆雕沣珞", "general", [
                ("传习所学员补贴冒领", "一级风险", "补贴按签到表发放，直接打卡到人。"),
                ("文化活动物资领用不登记", "三级风险", "物资出入库登记，季度盘点。"),
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
        "raohe_sipai_township_group_rows", "http://www.infqj.cn/dy/article/K7QR3DJF05346RC6.html?f=post2020_dy_recommends",
        "县赫哲族乡 廉政风险防控责任清单, after the source's report on 四排赫哲族乡 (风情旅游景区, 稻田画, 赫哲文史资料"
        "数据库, 非遗文创, 传习所): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、乡领导``, ``二、社会事务办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def raohe_religious_service_cards() -> dict:
    unit = f"{PLACE}民族宗教事务服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "靳翯岍", "主任", "主持中心全面工作", "leader", [
            ("宗教活动场所财务检查选择性检查、通风报信", "★★★", "检查对象随机抽取，检查组成员交叉轮换。"),
            ("委托审计机构不经比选", "★★", "审计机构从县财政局名录中比选确定。"),
            ("接受场所负责人宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "漆雕琬沚", "副主任", "分管场所登记、财务指导", "leader", [
            ("场所法人登记复核把关不严", "★★", "复核材料两人审核，结果报局审定。"),
            ("场所财务指导中代管代收资金", "★★★", "严禁代管场所资金，场所开设对公账户。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "raohe_religious_service_cards", "http://www.lusong.gov.cn/c19069/20200311/i1467240.html",
        "县民族宗教事务服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 宗教活动场所 财务大检查 "
        "(重点检查单位, 委托审计, 法人登记复核): ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def raohe_culture_law_team_list() -> dict:
    unit = f"{PLACE}文化市场综合执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "靳沄珺", "leader", "网吧、KTV违法案件降格处理、以罚代刑", "制度机制", "高风险",
         "重大案件集体讨论，处罚结果公开。"),
        ("执法中队", "中队长", "漆雕峋澴", "middle", "错时检查前泄露检查信息", "岗位职责", "高风险",
         "检查行动临时通知，全程执法记录仪记录。"),
        ("执法中队", "执法队员", "靳珈翾", "general", "对游戏厅、图书音像店违规经营选择性执法", "业务流程", "中风险",
         "检查对象随机抽取，两人以上执法。"),
        ("执法中队", "执法队员", "靳珈翾", "general", "收受经营业主礼品、购物卡", "思想道德", "低风险",
         "签订廉洁执法承诺书，公开举报电话。"),
        ("法制股", "股长", "漆雕瑷沨", "middle", "案件审核把关不严，自由裁量畸轻畸重", "外部环境", "中风险",
         "执行自由裁量基准，案卷交叉评查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "raohe_culture_law_team_list", "http://wfrb.wfnews.com.cn/content/20120214/Articel05002TB.htm",
        "县文化市场综合执法大队 岗位廉政风险防控一览表, after the source's 文化市场专项整治 (网吧, 游戏厅, KTV歌厅, "
        "图书音像店, 错时检查, 举报电话): ``附件2``, a title, a 填报单位（盖章） line, 部门/岗位/责任人 on EVERY row, "
        "short types, ``高风险/中风险/低风险``; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def raohe_culture_bureau_register() -> dict:
    unit = f"{PLACE}文化广电和旅游局"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "漆雕玹澍", "leader", [
            ("乌日贡等节庆活动承办单位指定", "制度机制", "一级", "承办单位公开比选，经局党组会研究。"),
        ]),
        ("文化市场股", "股长", "靳昉瑢", "middle", [
            ("网吧、娱乐场所许可审批吃拿卡要", "岗位职责", "一级", "许可事项进政务服务大厅，限时办结。"),
            ("营业性演出审批不按规定审核内容", "业务流程", "二级", "演出审批两人审核，备案存档。"),
        ]),
        ("文化市场股", "科员", "漆雕琳潆", "general", [
            ("出版物经营年检走过场", "业务流程", "三级", "年检实地核查，结果公示。"),
        ]),
        ("办公室", "会计", "靳瑧澐", "general", [
            ("文化惠民工程资金拨付不及时、截留", "外部环境", "二级", "资金拨付进度每月通报。"),
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
        "raohe_culture_bureau_register", "https://bbqdgg.com/wlt/zl/msgc/57498601",
        "县文化广电和旅游局 廉政风险点排查登记表, after the source's 节前 “扫黄打非” 专项检查 (书店, 网吧, 歌舞娱乐场所, "
        "非法出版物): 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    raohe_ethnic_bureau_outline(),
    raohe_culture_centre_two_sheets(),
    raohe_hezhe_museum_posts(),
    raohe_intangible_heritage_selfchecks(),
    raohe_sipai_township_group_rows(),
    raohe_religious_service_cards(),
    raohe_culture_law_team_list(),
    raohe_culture_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch716-inbox"))
