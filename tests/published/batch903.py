"""The nine-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's culture and
sports bodies, 额敏县 (塔城地区, 新疆维吾尔自治区) — its 文化体育广播电视和旅游局, 体育运动中心, 博物馆,
广播电视台, 文化馆, 旅游服务中心, 杰勒阿尕什镇综合文化站 and 图书馆 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 文体广旅局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 体育运动中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 博物馆's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 广播电视台's 清单 under GROUP ROWS ``一、台领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 文化馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``一级/二级/三级``, ``自查情况``, no type column;
- the 旅游服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 杰勒阿尕什镇综合文化站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``emin_library_levels_stacked``: the 图书馆's 岗位廉政风险点一览表, an ordinary one-row-a-point list
  (``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``, 部门 merged, 岗位 and 姓名 merged per
  person) whose ``风险等级`` cell is ALSO merged over each person's rows and lists that person's
  levels one a line, unnumbered and in row order (``二级⏎一级⏎三级``): the n-th line is the level of
  the person's n-th row. The README's 读得懂的表 and docs/layouts.md know a level cell per row, a
  numbered level cell matched to a numbered point cell (``1.一级⏎2.二级`` beside ``1.…⏎2.…``), and
  per-holder level COUNTS in a merged cell; they do not describe a merged level cell over one-row
  points whose unnumbered lines are the rows' levels in order.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县文体广旅局's 政府信息公开 annual
report — 行政许可, 行政处罚, 公共文化 信息; a 区体育事业发展中心's 巡察整改 report — 场馆运营, 经费,
科室; reporting on 文博 乱象 — 捐赠藏品, 鉴定为赝品, 调拨, 借展; the 安徽广电 窝案 — 电视剧采购 回扣,
广告代理, 滥发稿费; a 县文旅广电局's annual report — 图书馆, 文化馆, 公共场所; a 市文旅局's annual
report — 文旅市场监管, 行政许可; a 县 乡镇综合文化站 免费开放资金 细则 — 专项资金专户, 活动, 设备维修;
an opinion piece on 图书采购 回扣 — 码洋/实洋, 书商) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (the rare
surnames 汝 and 隋 with rare given names); every unit is a body of 额敏县.

Run ``python tests/published/score.py --set batch903`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the merged level cell's lines are the person's rows' levels in row order
  (as many lines as the person has rows); the truth is the list as its rows read (部门, 岗位, 姓名,
  point) with the n-th line's level, one form a holder;
- ``中心领导``, ``台领导``, ``站领导``, ``馆领导`` (a 科室/部门 cell, a group row) are the 科室 of those
  leaders; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a
  中心's 科, a 台's 部, a 馆's 部 or 室 and a 站's 组 are 科室; a group row ``二、新闻部`` gives the
  科室 ``新闻部``;
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of the 中心, 馆长, 副馆长, 台长,
  副台长 and 站长 are leaders; 股长, 科长 and 部主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 体育运动中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b903_"
PLACE = "额敏县"
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

# (部门, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
STACKED = [
    ("馆领导", "馆长", "汝翀岫", "leader", [
        ("图书采购按码洋结算，收受书商回扣", "一级", "图书采购公开招标，按实洋结算，合同报县文体广旅局备案。"),
        ("馆舍维修改造工程指定施工单位", "一级", "维修项目经馆务会集体研究，按规定进平台采购。"),
        ("接受供应商宴请和礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("馆领导", "副馆长", "隋璆琰", "leader", [
        ("数字资源采购验收把关不严", "二级", "数字资源试用评估，验收由三人以上小组签字。"),
        ("馆藏图书剔旧处置不公开", "一级", "剔旧清单经馆务会审定，处置结果公示。"),
    ]),
    ("采编部", "主任", "汝瑧峦", "middle", [
        ("采购书目向个别书商倾斜", "二级", "采购书目集体审定，书商比价记录存档。"),
        ("图书到货验收数量、折扣不实", "一级", "到货逐批清点，验收单与发票、合同核对。"),
        ("赠书登记不全，私自留用", "三级", "赠书登记造册，每季度核对。"),
    ]),
    ("流通部", "管理员", "隋琮屺", "general", [
        ("读者押金、逾期费收取不入账", "二级", "押金、费用开具票据，当日缴入单位账户。"),
        ("外借古籍、地方文献登记不全", "三级", "外借审批登记，归还时核对签字。"),
    ]),
]  # fmt: skip


def emin_library_levels_stacked() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("一览表", [6, 10, 10, 10, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in STACKED:
        # the level cell merged over the person's rows: one level a line, in row order
        stacked = "\n".join(lv for _, lv, _ in points)
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, stacked, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3, 5)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "emin_library_levels_stacked", "http://www.tushygear.com/plzhx/wylz/201103/t20110315_1785611.htm",
        "(harder) 县图书馆 岗位廉政风险点一览表, after the source's piece on 图书腐败 (图书采购 回扣, 码洋与实洋, 书商, 教材科): "
        "a title, ``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施`` one row a point, 部门 merged, 岗位/姓名 "
        "merged per person, and the 风险等级 cell ALSO merged over each person's rows, listing the person's levels one a "
        "line in row order, unnumbered (``一级⏎一级⏎三级``); no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def emin_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文化体育广播电视和旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隋珝岚", "局长", "主持全面工作", [
            ("文体旅游项目资金安排个人说了算", "Ⅰ级", "项目资金安排经局党组会集体研究，会议纪要存档。"),
            ("干预文化场馆建设项目招标", "Ⅰ级", "领导干部插手工程项目登记报告，招标全程进平台。"),
        ]),
        ("汝晅霂", "副局长", "分管文化市场、行政审批", [
            ("娱乐场所、网吧行政许可审批不按条件把关", "Ⅰ级", "许可事项一次告知、限时办结，结果公开。"),
            ("文化市场行政处罚自由裁量随意", "Ⅱ级", "执行处罚裁量基准，重大案件集体审议。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("文化市场股", "股长", "隋灏砾", "middle", "检查中对经营单位选择性执法", "Ⅰ级",
         "双随机抽查，执法全程记录。"),
        ("文化市场股", "股长", "隋灏砾", "middle", "接受经营单位宴请，泄露检查信息", "Ⅱ级", "检查计划保密，两人以上同行。"),
        ("公共服务股", "科员", "汝旻峤", "general", "群众文化活动经费报账不实", "Ⅱ级", "活动经费凭方案、照片、签到表报账。"),
        ("财务股", "会计", "汝璟屹", "general", "专项资金不按用途核算", "Ⅰ级", "专项资金专账核算，每季度对账。"),
        ("财务股", "出纳", "隋骞霈", "general", "现金收支不及时入账", "Ⅲ级", "现金日清月结，每月盘点。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "emin_culture_bureau_two_sheets",
        "http://www.xjwqx.gov.cn/xjwqx/c128570/202601/7cd306ba86ac470e999169c6dc5505c2.shtml",
        "县文化体育广播电视和旅游局 廉政风险防控一览表 in TWO SHEETS, after the source's 县文体广旅局 政府信息公开 annual report "
        "(行政许可, 行政处罚, 公共文化体育信息, 股室): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def emin_sports_center_posts() -> dict:
    unit = f"{PLACE}体育运动中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "场馆运营合作", "场馆对外合作经营不经集体研究，低价发包", "制度机制风险", "高",
         "合作经营公开招租，合同经主任办公会审定。"),
        ("场馆管理科", "科长", "middle", "场地出租", "场地临时出租收费不入账", "岗位职责风险", "高",
         "场地出租统一开票，收入缴入单位账户。"),
        ("场馆管理科", "管理员", "general", "健身器材维护", "器材维修虚报数量，冒领维修费", "业务流程风险", "中",
         "维修前后拍照，科室复核签字。"),
        ("训练竞赛科", "教练员", "general", "运动员选拔", "选拔运动员优亲厚友", "思想道德风险", "中",
         "选拔标准和结果公示。"),
        ("训练竞赛科", "教练员", "general", "赛事经费", "赛事补助、伙食费虚列人数", "外部环境风险", "低",
         "参赛名单与报账人数核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "emin_sports_center_posts", "https://www.ouhai.gov.cn/art/2025/2/8/art_1251606_59172761.html",
        "县体育运动中心 岗位廉政风险点排查表 对岗不对人, after the source's 区体育事业发展中心 巡察整改 report (场馆, 经费, 科室, "
        "责任科室): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def emin_museum_cards() -> dict:
    unit = f"{PLACE}博物馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "隋湛峄", "馆长", "主持馆内全面工作", "leader", [
            ("藏品征集来源审查不严，高价收购", "★★★", "征集经专家集体鉴定，价格评估后报县文体广旅局审批。"),
            ("捐赠藏品登记不全，私自处置", "★★★", "捐赠藏品当场登记入账，捐赠人签字。"),
            ("接受文物商宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副馆长", "汝缙瑄", "副馆长", "分管藏品保管、陈列展览", "leader", [
            ("藏品借展、调拨手续不全", "★★", "借展、调拨按程序报批，登记出入库。"),
            ("展陈布展项目指定供应商", "★★", "布展项目三家比选，结果公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, _tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, "leader", point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "emin_museum_cards", "https://m.163.com/dy/article/KHPL7T570556D2FP.html",
        "县博物馆 领导干部廉政风险防控卡, one sheet a leader, after the source's reporting on 文博 乱象 (捐赠古画, 鉴定为赝品, "
        "文物调拨, 借文物不还, 馆长贪腐): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def emin_radio_tv_group_rows() -> dict:
    unit = f"{PLACE}广播电视台"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、台领导", "台领导", [
            ("台长", "汝岱桉", "leader", [
                ("节目采购中收受制作公司回扣", "一级风险", "节目采购经台务会集体审定，价格比对存档。"),
                ("广告代理商选定暗箱操作", "一级风险", "广告代理公开招标，合同报县文体广旅局备案。"),
            ]),
        ]),
        ("二、新闻部", "新闻部", [
            ("主任", "隋琤岷", "middle", [
                ("有偿新闻，收取采访对象好处", "二级风险", "稿件三审，采访对象回访。"),
            ]),
            ("记者", "汝煦堃", "general", [
                ("稿费、劳务费虚报冒领", "二级风险", "稿费按用稿记录核发，每月公示。"),
                ("接受采访对象宴请和礼品", "三级风险", "签订廉洁采访承诺书。"),
            ]),
        ]),
        ("三、广告经营部", "广告经营部", [
            ("业务员", "隋翊琨", "general", [
                ("广告刊播擅自给予折扣、赠播", "一级风险", "折扣权限书面规定，赠播经台长审批。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "emin_radio_tv_group_rows", "http://media.people.com.cn/n/2015/1105/c40606-27778532.html",
        "县广播电视台 廉政风险防控责任清单 under GROUP ROWS, after the source's report on a 广播电视台 窝案 (电视剧采购 回扣, "
        "广告业务 套利, 滥发奖金稿费): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、台领导``, ``二、新闻部``, ``三、广告经营部`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def emin_culture_hall_selfchecks() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    people = [
        ("汝曦崧", "馆领导", "馆长", "leader", [
            ("文艺演出活动经费化整为零使用", "一级", "活动经费按预算执行，大额支出集体研究。", "已落实"),
            ("培训班外聘教师指定亲友", "二级", "外聘教师公开选聘，课酬按标准发放。", "未发现问题"),
        ]),
        ("隋瓒泓", "群文活动部", "辅导员", "general", [
            ("文艺团队补助发放不实", "一级", "补助名单公示，银行转账发放。", "已落实"),
            ("活动签到表代签、补签", "三级", "活动现场拍照，签到表每月核查。", "已落实"),
        ]),
        ("汝珈崟", "非遗保护部", "干事", "general", [
            ("非遗传承人补助申报审核不严", "一级", "申报材料实地核查，评审结果公示。", "未发现问题"),
            ("非遗展演道具采购不比价", "二级", "采购三家比价，验收两人签字。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "emin_culture_hall_selfchecks",
        "https://www.huarong.gov.cn/33159/37006/37008/37042/37305/content_2351274.html",
        "县文化馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县文旅广电局 annual "
        "report (图书馆、文化馆 公共场所, 文旅广电事业): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def emin_tourism_center_list() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "汝祎峥", "leader", "旅游宣传推介项目指定承办公司", "制度机制", "高风险",
         "推介项目公开比选，主任办公会集体研究。"),
        ("中心领导", "主任", "汝祎峥", "leader", "景区导览设施采购不公开", "岗位职责", "中风险",
         "采购按规定进平台，验收结果公示。"),
        ("市场服务部", "部长", "隋砺琛", "middle", "旅游投诉处理偏袒经营者", "业务流程", "高风险",
         "投诉登记编号，处理结果回访。"),
        ("市场服务部", "科员", "汝彧嵘", "general", "星级农家乐评定收受好处", "思想道德", "中风险",
         "评定组三人以上，结果公示。"),
        ("综合部", "会计", "隋瑀霁", "general", "旅游节会经费报账不实", "外部环境", "低风险",
         "报账附活动方案和合同，财务复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "emin_tourism_center_list", "https://www.fk.gov.cn/gk/gkzy/918526.htm",
        "县旅游服务中心 岗位廉政风险防控一览表, after the source's 市文旅局 annual report (文旅市场监管, 行政许可, 文体活动, "
        "旅游): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def emin_jieleagash_station_register() -> dict:
    unit = f"{PLACE}杰勒阿尕什镇综合文化站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "隋珩岳", "leader", [
            ("免费开放专项资金挪作他用", "制度机制", "一级", "专项资金存入乡镇财政所专户，专款专用。"),
            ("文化活动设备采购不比价", "岗位职责", "二级", "设备采购三家比价，镇纪委监督。"),
        ]),
        ("财务组", "报账员", "汝暄峣", "general", [
            ("水电、宽带等费用报账票据不实", "业务流程", "一级", "费用凭原始票据报账，站长审核签字。"),
        ]),
        ("活动组", "辅导员", "隋昀嵚", "general", [
            ("流动服务次数虚报", "业务流程", "二级", "服务现场拍照，村委会签字确认。"),
            ("农家书屋图书配送私自截留", "思想道德", "三级", "配送清单村里签收，每季度核查。"),
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
        "emin_jieleagash_station_register", "http://004km.cn/a2/201905122/2847b230ce3dc653.html",
        "镇综合文化站 廉政风险点排查登记表, after the source's 县 乡镇综合文化站 免费开放资金管理 细则 (专项资金专户, 流动服务, "
        "水电宽带费, 设施设备更新维修): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    emin_library_levels_stacked(),
    emin_culture_bureau_two_sheets(),
    emin_sports_center_posts(),
    emin_museum_cards(),
    emin_radio_tv_group_rows(),
    emin_culture_hall_selfchecks(),
    emin_tourism_center_list(),
    emin_jieleagash_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch903-inbox"))
