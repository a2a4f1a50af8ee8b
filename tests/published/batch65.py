"""A sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TOWNSHIP AND STREET OFFICES — what a 镇, a 街道办事处
and a 乡 and their 站、所、办 hand back as their 岗位廉政风险防控一览表 / 排查表, three files from each
unit, with the ordinary habits of such offices (merged 科室 cells, a ``填报单位`` line, a sign-off
footer, a second sheet, Excel's empty ``Sheet2``/``Sheet3`` left in). Eight are EVERYDAY:

- the 镇 财政所's 一览表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, 岗位/姓名/岗位职责 merged per person, and a SECOND sheet
  ``统计`` counting the points per post and level (numbers, a 合计 row) — no points there;
- the 镇 社会事务办's 排查表 对岗不对人 whose footer is FILLED IN: ``填报人: | 韦春燕 | 审核人: | 田志刚 |
  日期: | <a date cell>`` — the clerk and the reviewer hold no post of the table;
- the 街道's 一览表 of all its 科室: ``填报单位:…(盖章) | 填报时间:…``, 科室 merged, a trailing
  ``责任人 | 联系电话`` with the telephone numbers typed as numbers, ``Sheet2``/``Sheet3`` empty;
- the 街道's workbook of two sheets: ``班子成员`` (姓名/职务/分管工作) and ``中层干部`` (科室/姓名/职务);
- the 街道 网格化服务管理中心's 排查表 with ``高风险/中风险/低风险`` and a trailing ``备注`` column that
  sometimes says ``由中风险调整为高风险`` or ``2025年新增``; 岗位 merged over two 网格员;
- the 乡's 机关干部 排查表 with a ``政治面貌`` column (``中共党员``…) between 职务 and 风险点, under a
  ``填报单位:杉木乡党政综合办公室`` line — the office that compiled it, while the rows name their own 科室;
- the 乡's 站所 workbook, one sheet per 站 under a SHORT tab name (``农技站``) while the title gives the
  full name (``…农业技术推广站…``), levels ``一级/二级/三级``;
- the 乡's 领导干部 防控卡 on ``Sheet1`` and ``Sheet2`` (Excel's own tab names), an empty ``Sheet3``,
  label rows ``姓名 | … | 职务 | …`` and ``分管工作 | …`` above the table.

One is harder:

- ``town_forestry_station_fills_template``: the 镇's own template (title ``XX县枫林镇岗位廉政风险点
  排查表``, no 科室 column) filled in by its 林业工作站: the 科室 is given ONLY by the line above the
  heading, ``填报单位(盖章):枫林镇林业工作站 | 填报人:龚秀兰 | 填报日期:…`` — the unit is the 镇 of the
  title, the 站 its 科室; the 填报人 is one of the holders, not the holder of every row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 乡镇林业站's duties, a 乡's
村级财务 kept by the 乡 (乡代记帐), a 镇's 临时救助 审核确认 steps, what a 街道办事处 is and does, the
领导职数 and 机构设置 of a 区's 街道办事处, a 街道's 网格化服务管理 and its 绩效考核, the reform of 乡镇
机构, the 乡's ``七所八站``, a 乡's 领导班子 and their 分工) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch65`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b65_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``填报单位`` line naming one of the unit's 站所 (``枫林镇林业工作站``) over a table WITHOUT a 科室
  column gives the 科室 of every row (林业工作站); the title's 镇 stays the unit;
- a ``填报单位`` line naming the office that compiled a table WITH its own 科室 column
  (``杉木乡党政综合办公室``) gives nobody's 科室: each row keeps its own;
- names in a filled-in footer (``填报人 | 韦春燕``, ``审核人 | 田志刚``) under a list of posts hold no
  post: the forms stay 对岗不对人 (person "");
- a second sheet counting the points (``风险点数 | Ⅰ级 | Ⅱ级 | Ⅲ级``) has no points; empty sheets
  have no forms;
- a ``备注`` column (``由中风险调整为高风险``) gives no level: the level is the 风险等级 column's;
- ``政治面貌`` and ``联系电话`` columns are nobody's post and nobody's name;
- a short tab name (``农技站``) under a title naming the full one gives the full name as the 科室;
- a 镇's 站长/所长 and an 办's 主任, a 街道's 科室 heads and the 网格化服务管理中心主任 are middle
  posts; 党工委书记, 副主任 (of the 街道), 副乡长, 党委副书记 leaders (科室 "").

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: date cells as
dates) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b65_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
RISKWORD = {"高风险": 1, "中风险": 2, "低风险": 3}
TOWN = "XX县枫林镇"
STREET = "XX市XX区临江街道办事处"
TOWNSHIP = "XX县杉木乡"
MIDDLE = {"站长", "所长", "主任", "中心主任"}
LEADER = {"党工委书记", "副主任", "副乡长", "党委副书记"}


def _tier(post: str, leader: bool = False) -> str:
    if leader or post in LEADER:
        return "leader"
    return "middle" if post in MIDDLE else "general"


def _per(*cols):
    return lambda row: tuple(row[c] for c in cols)


# --------------------------------------------------------------------------- harder layout


def town_forestry_station_fills_template() -> dict:
    dept = "林业工作站"
    sh = _Sheet("Sheet1", [6, 14, 9, 34, 14, 9, 34])
    t = _Truth(TOWN)
    _line(sh, f"{TOWN}岗位廉政风险点排查表", 7)
    r = sh.add(f"填报单位(盖章):枫林镇{dept}", None, None, "填报人:龚秀兰", None,
               "填报日期:2025年3月14日", None)  # fmt: skip
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "程树林", "林木采伐申请初审把关不严,为超限额采伐出具同意意见", "岗位职责风险", "高",
         "采伐申请实行现场查验、站务会集体初审,初审意见公示。"),
        ("站长", "程树林", "生态护林员选聘中优亲厚友", "思想道德风险", "中",
         "选聘条件和拟聘名单在村务公开栏公示七日,镇纪委全程监督。"),
        ("林政员", "龚秀兰", "伐区验收弄虚作假,默许超面积采伐", "业务流程风险", "高",
         "伐区验收两人以上,验收照片和坐标存档备查。"),
        ("林政员", "龚秀兰", "林地占用现场勘查走过场", "岗位职责风险", "中",
         "勘查记录由申请人、村委会共同签字确认。"),
        ("护林员管理专干", "符建业", "护林员巡护考勤记录不实,虚报管护补助", "制度机制风险", "中",
         "巡护轨迹由手机APP自动记录,管护补助按月考核后银行代发。"),
        ("护林员管理专干", "符建业", "森林防火物资领用不登记", "制度机制风险", "低",
         "防火物资出入库逐笔登记,每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, _per(1, 2)), (2, _per(1, 2))])
    sh.add()
    sh.add("单位负责人(签字):", None, None, "镇纪委审核意见:", None, None, None)
    return _layout(
        "town_forestry_station_fills_template",
        "https://soolun.net/periodical/807ce44722c8614bdf63921d9f520591.html",
        "(harder) the 镇's own 岗位廉政风险点排查表 template filled in by its 林业工作站, after the source's account of "
        "乡镇林业站 (a 基层林业事业单位 under the 林业主管部门 that guides 林农, 森林资源 保护 and 林业科技): the title "
        "names only the 镇 and the table has NO 科室 column; the line above the heading "
        "``填报单位(盖章):枫林镇林业工作站 | 填报人:龚秀兰 | 填报日期:2025年3月14日`` (three merged cells) gives the "
        "科室 of every row, and its 填报人 is the 林政员 holding two of the rows; 序号/岗位 and 姓名 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 单位负责人/镇纪委 sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def town_finance_office_stats_sheet() -> dict:
    dept = "财政所"
    t = _Truth(TOWN)
    sh = _Sheet("一览表", [6, 12, 8, 24, 34, 8, 34])
    _line(sh, f"{TOWN}{dept}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    people = [
        ("所长", "黎永康", "主持财政所全面工作,审核镇级财政支出", [
            ("镇级大额资金支付未经党政联席会议研究即予拨付", "Ⅰ级", "大额资金支付附会议纪要,所长、分管领导双签。"),
            ("惠农补贴资金发放名册审核不严", "Ⅱ级", "补贴名册经村、镇两级公示,与“一卡通”系统比对。"),
        ]),
        ("总预算会计", "宁晓梅", "负责镇级预算编制、国库集中支付和会计核算", [
            ("预算指标调整未按程序报批", "Ⅱ级", "预算调整报镇人大主席团审议备案。"),
            ("会计凭证附件不全即予记账", "Ⅲ级", "凭证实行会计、所长两级审核,每月自查。"),
        ]),
        ("村级财务代理会计", "庞国富", "代理村级会计核算,审核村级报账票据", [
            ("为村组虚列支出、白条入账", "Ⅰ级", "村级票据逐张审核,白条一律退回,村务监督委员会签字。"),
            ("村级往来款项长期挂账不清理", "Ⅲ级", "往来款项每季度清理,清理结果在村务公开栏公布。"),
        ]),
        ("出纳", "邝丽", "负责现金和银行存款收付", [
            ("现金收付不及时入账,公款私存", "Ⅱ级", "现金日清月结,所长每月盘点库存现金。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, duty, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], ROMAN[lv])
    per_person = _per(1, 2)
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, "镇纪委(盖章)", None, "2025年3月", None)
    stats = _Sheet("统计", [6, 16, 8, 10, 8, 8, 8])
    _line(stats, f"枫林镇{dept}廉政风险点统计表", 7)
    stats.add("序号", "岗位", "姓名", "风险点数", "Ⅰ级", "Ⅱ级", "Ⅲ级")
    totals = [0, 0, 0, 0]
    for k, (post, who, _duty, points) in enumerate(people, 1):
        counts = [sum(lv == key for _p, lv, _m in points) for key in ROMAN]
        stats.add(k, post, who, len(points), *counts)
        totals = [a + b for a, b in zip(totals, [len(points), *counts], strict=True)]
    r = stats.add("合计", None, None, *totals)
    stats.merge(r, 0, r, 2)
    return _layout(
        "town_finance_office_stats_sheet", "https://jxxfw.com/periodical/2285939d74fcda8184330616efd72d9e.html",
        "镇 财政所 岗位廉政风险防控一览表 after the source's account of a 乡 that keeps its 村's books itself (乡代记帐: "
        "a 乡 财务办公室, 会计员 for the 村, 三级审批, 张榜公布, 财务审计): 序号/岗位, 姓名 and 岗位职责 merged per person "
        "(所长, 总预算会计, 村级财务代理会计, 出纳)/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, a 所长签字/盖章 line; a "
        "SECOND sheet ``统计``: 廉政风险点统计表 ``序号 | 岗位 | 姓名 | 风险点数 | Ⅰ级 | Ⅱ级 | Ⅲ级`` with the counts "
        "as numbers and a 合计 row (no points)",
        [sh, stats], t,
    )  # fmt: skip


def town_social_affairs_signed_footer() -> dict:
    dept = "社会事务办"
    t = _Truth(TOWN)
    sh = _Sheet("排查表", [6, 14, 26, 34, 8, 34])
    _line(sh, f"{TOWN}{dept}岗位廉政风险排查表", 6)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "统筹社会救助、优抚安置和残疾人工作",
         "低保审核把关不严,为不符合条件的人员办理低保", "高",
         "低保审核经民主评议、镇审核小组集体研究,结果公示。"),
        ("主任", "统筹社会救助、优抚安置和残疾人工作",
         "临时救助超出审批权限,化整为零多次救助", "中", "临时救助按额度分级审批,台账每月报镇纪委备案。"),
        ("社会救助经办岗", "受理社会救助申请,开展入户调查和家庭经济状况核对",
         "入户调查流于形式,调查结论与实际不符", "高", "入户调查两人以上,调查表由申请人签字确认。"),
        ("社会救助经办岗", "受理社会救助申请,开展入户调查和家庭经济状况核对",
         "泄露申请人家庭经济状况信息", "低", "核对报告专人保管,查询记录留痕。"),
        ("社会救助经办岗", "受理社会救助申请,开展入户调查和家庭经济状况核对",
         "收受申请人财物,优亲厚友", "中", "经办人员近亲属申请救助的实行备案和回避。"),
        ("残疾人专干", "办理残疾人两项补贴和残疾人证初审",
         "两项补贴对象资格复核不及时,应停未停", "中",
         "每月与民政、公安数据比对,死亡和迁出人员及时停发。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, _per(1)), (2, _per(1, 2))])
    sh.add()
    sh.add("填报人:", "韦春燕", "审核人:", "田志刚", "日期:", datetime(2025, 3, 12))
    return _layout(
        "town_social_affairs_signed_footer", "http://www.moneynaire.com/OpennessContent/show/2350437.html",
        "镇 社会事务办 岗位廉政风险排查表 对岗不对人 after the source's 镇 page on the 临时救助 审核确认 steps (核对前置, "
        "家庭经济状况 核对 by the 民政所, 入户调查, 审核确认): 序号/岗位 and 岗位职责 merged per post (主任, "
        "社会救助经办岗 over three rows, 残疾人专干)/风险点/风险等级 高/中/低/防控措施; no names in the table, but the "
        "footer is FILLED IN: ``填报人: | 韦春燕 | 审核人: | 田志刚 | 日期: | 2025-03-12`` (a date cell) — the clerk "
        "and the reviewer hold none of the posts",
        [sh], t,
    )  # fmt: skip


def street_office_list_phone_column() -> dict:
    t = _Truth(STREET)
    sh = _Sheet("Sheet1", [6, 12, 10, 32, 14, 8, 32, 9, 13])
    _line(sh, f"{STREET}岗位廉政风险防控一览表", 9)
    r = sh.add("填报单位:临江街道办事处(盖章)", None, None, None, None, "填报时间:2025年4月", None,
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add(
        "序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人", "联系电话"
    )
    rows = [
        ("党政办公室", "主任", "公务接待超标准,无公函接待", "制度机制", "中",
         "接待实行“一事一单”,每月公开接待清单。", "欧阳建", 13907451268),
        ("党政办公室", "报账员", "报销票据审核不严,虚列会议培训费用", "岗位职责", "中",
         "报销附通知、签到表,主任、分管领导逐级审签。", "甘淑芬", 13807453391),
        ("城市管理办公室", "主任", "占道经营整治中选择性执法,收受商户好处", "岗位职责、外部环境", "高",
         "整治行动全程执法记录仪记录,处理结果在辖区公示。", "雷鸣远", 13974106652),
        ("城市管理办公室", "市容专干", "环卫保洁外包考核打分不实", "业务流程", "中",
         "考核由社区、居民代表共同参与,得分公示。", "万小军", 15074123307),
        ("社会事务办公室", "主任", "养老服务补贴对象审核不严", "岗位职责", "高",
         "补贴对象经社区评议、街道审核、区民政局审批,逐级公示。", "谭桂兰", 13517418840),
        ("社会事务办公室", "低保专干", "低保动态管理不及时,应退未退", "制度机制", "中",
         "每季度开展低保对象家庭经济状况复核。", "柯文静", 18673150921),
        ("经济发展办公室", "主任", "为辖区企业申报扶持资金审核把关不严", "岗位职责", "高",
         "申报材料实行两人审核,拟推荐名单公示。", "严志强", 13873172245),
        ("经济发展办公室", "统计员", "统计数据弄虚作假", "思想道德", "低",
         "统计数据经企业负责人签字确认,留存原始记录。", "尹红", 15973108876),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, who, phone) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who, phone)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, _per(1))])
    sh.add()
    sh.add("街道纪工委审核:", None, None, "街道党工委书记(签字):", None, None, None, None, None)
    return _layout(
        "street_office_list_phone_column", "https://jsshbk.com/shcs/125.html",
        "街道办事处 岗位廉政风险防控一览表 of all its 科室 after the source's account of what a 街道办事处 is and does "
        "(派出机关, 社会保障, 市容环境卫生, 城市管理, 经济): a ``填报单位:临江街道办事处(盖章) | 填报时间:2025年4月`` "
        "line; 序号/科室 merged (党政办公室, 城市管理办公室, 社会事务办公室, 经济发展办公室)/岗位/风险点/风险类型 short "
        "names (one cell two)/风险等级 高/中/低/防控措施/a trailing ``责任人 | 联系电话``, the 11-digit numbers typed as "
        "NUMBERS; 纪工委/书记 sign-off line; Excel's empty ``Sheet2`` and ``Sheet3`` left in the workbook",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def street_leaders_and_heads_two_sheets() -> dict:
    t = _Truth(STREET)
    lead = _Sheet("班子成员", [6, 8, 12, 20, 32, 8, 32])
    _line(lead, f"{STREET}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("管晓东", "党工委书记", "主持街道党工委全面工作", "干部选拔任用中个人说了算", "高",
         "干部任用经党工委会集体研究,任前公示。"),
        ("管晓东", "党工委书记", "主持街道党工委全面工作", "重大项目安排未经集体决策", "高",
         "“三重一大”事项一律上会研究,会议纪要存档。"),
        ("闻芳", "副主任", "分管城市管理、安全生产", "安全生产检查中降低标准,对隐患不督促整改", "中",
         "检查实行清单化,隐患整改销号管理。"),
        ("闻芳", "副主任", "分管城市管理、安全生产", "城市管理外包项目验收不严", "中",
         "外包项目验收邀请社区代表参加。"),
    ]  # fmt: skip
    first = len(lead.rows)
    for n, (who, post, work, point, lv, measures) in enumerate(leaders, 1):
        lead.add(n, who, post, work, point, lv, measures)
        t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    per_person = _per(1, 2)
    _merge_down(lead, first, [(1, per_person), (2, per_person), (3, per_person)])
    lead.add()
    lead.add("街道纪工委书记(签字):", None, None, None, "2025年4月", None, None)
    heads = _Sheet("中层干部", [6, 16, 8, 8, 34, 8, 34])
    _line(heads, f"{STREET}中层干部廉政风险防控表", 7)
    heads.add("序号", "科室", "姓名", "职务", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合治理办公室", "邵勇", "主任", "矛盾纠纷调处中收受当事人财物", "中", "调处记录双方签字,事后回访。"),
        ("财政所", "褚佩玲", "所长", "街道经费支付审批不严", "高", "支付实行经办、审核、审批分离。"),
        ("财政所", "褚佩玲", "所长", "专项资金挪作他用", "高", "专项资金专账核算,按季对账。"),
        ("社区建设办公室", "包国栋", "主任", "社区工作者招聘考核打分不公", "中", "招聘考核全程录像,成绩当场公布。"),
        ("退役军人服务站", "鲁春梅", "站长", "优抚对象信息采集不实,虚报优待金", "低",
         "信息采集双人核对,名单张榜公示。"),
    ]  # fmt: skip
    first = len(heads.rows)
    for n, (dept, who, post, point, lv, measures) in enumerate(rows, 1):
        heads.add(n, dept, who, post, point, lv, measures)
        t.point(heads.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = _per(1, 2, 3)
    _merge_down(heads, first, [(1, _per(1)), (2, per_person), (3, per_person)])
    heads.add()
    heads.add("街道党政办公室(盖章)", None, None, None, "2025年4月", None, None)
    return _layout(
        "street_leaders_and_heads_two_sheets",
        "http://qingdao.dzwww.com/2017/llyj/dierbufen/201711/t20171115_16254591.htm",
        "街道办事处 workbook of TWO sheets after the source's report on a 区's 街道办事处 (领导职数 书记、主任、副书记、"
        "副主任、武装部长, 机构设置 of the 街道's 科室 and 站所): ``班子成员`` — 序号/姓名, 职务 and 分管工作 merged per "
        "person (党工委书记, 副主任)/风险点/风险等级 高/中/低/防控措施, a 纪工委书记 line; ``中层干部`` — 序号/科室 merged/"
        "姓名, 职务 merged per person/风险点/风险等级/防控措施, a 盖章 line",
        [lead, heads], t,
    )  # fmt: skip


def street_grid_center_remarks() -> dict:
    dept = "网格化服务管理中心"
    t = _Truth(STREET)
    sh = _Sheet("排查表", [6, 12, 8, 32, 9, 34, 16])
    _line(sh, f"{STREET}{dept}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("中心主任", "罗振华", "网格员绩效考核打分凭印象,优亲厚友", "高风险",
         "考核指标量化,得分经街道班子审定后公示。", "由中风险调整为高风险"),
        ("中心主任", "罗振华", "网格化信息平台运维服务采购不比价", "中风险",
         "运维服务三家比价,合同经法律顾问审核。", None),
        ("平台管理员", "汤晓燕", "擅自修改事件办结状态,虚报处置率", "中风险",
         "事件办结须上传现场照片,系统留痕可追溯。", "2025年新增"),
        ("平台管理员", "汤晓燕", "泄露网格内居民信息", "中风险", "平台账号实名管理,查询记录定期抽查。", None),
        ("专职网格员", "郑海", "虚报巡查次数和走访户数", "低风险", "巡查轨迹定位留痕,民情日志每周抽查。", None),
        ("专职网格员", "冯小青", "借代办服务收受居民钱物", "中风险", "代办事项登记台账,办结电话回访。",
         "2025年新增"),
        ("专职网格员", "冯小青", "网格内违建、安全隐患发现不报", "低风险", "隐患上报纳入月度考核,漏报追责。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, _tier(post), point, [], RISKWORD[lv])
    _merge_down(sh, first, [(1, _per(1)), (2, _per(1, 2))])
    sh.add()
    sh.add("中心负责人:", None, None, "街道纪工委审核:", None, "2025年4月", None)
    return _layout(
        "street_grid_center_remarks", "http://xszfw.km.gov.cn/c/2015-07-22/667476.shtml",
        "街道 网格化服务管理中心 岗位廉政风险排查表 after the source's account of a 街道's 网格化服务管理 (责任网格, "
        "网格化信息中心, 民情日志, 绩效考核): 序号/岗位 merged by post (``专职网格员`` over two people's rows)/姓名 "
        "merged per person/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/a trailing ``备注`` column, mostly blank, "
        "saying ``由中风险调整为高风险`` or ``2025年新增`` on some rows; 中心负责人/纪工委 line",
        [sh], t,
    )  # fmt: skip


def township_cadres_politics_column() -> dict:
    t = _Truth(TOWNSHIP)
    sh = _Sheet("Sheet1", [6, 14, 8, 10, 12, 32, 10, 8, 32])
    _line(sh, "XX县杉木乡机关干部岗位廉政风险排查表", 9)
    r = sh.add("填报单位:杉木乡党政综合办公室", None, None, None, None, "填报时间:2025年2月", None,
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "姓名", "职务", "政治面貌", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党政综合办公室", "黄启明", "主任", "中共党员", "公车使用登记不实,公车私用", "制度机制", "中",
         "公车使用一事一登记,每月公示行车记录。"),
        ("党政综合办公室", "黄启明", "主任", "中共党员", "办公用品采购不比价", "业务流程", "低",
         "办公用品网上商城采购,季度核对台账。"),
        ("党政综合办公室", "石小兰", "文书", "群众", "印章使用审批不严,违规用印", "岗位职责", "中",
         "用印一事一审批,用印登记簿逐项登记。"),
        ("经济发展办公室", "卢卫东", "主任", "中共党员", "项目申报资料审核不实,套取扶持资金", "岗位职责", "高",
         "申报资料实地核查,拟申报名单公示。"),
        ("经济发展办公室", "卢卫东", "主任", "中共党员", "招商引资优惠政策兑现不按程序", "制度机制", "中",
         "政策兑现经乡党委会集体研究。"),
        ("社会事务办公室", "蒙秀英", "民政专干", "中共预备党员", "低保、特困对象评议走过场", "岗位职责", "高",
         "评议会邀请村务监督委员会参加,评议记录存档。"),
        ("社会事务办公室", "蒙秀英", "民政专干", "中共预备党员", "救灾物资发放不登记", "思想道德", "中",
         "救灾物资发放签字领取,名单张榜公布。"),
        ("综合行政执法队", "岑志刚", "队员", "中共党员", "违建巡查发现不报,收受当事人好处", "外部环境", "高",
         "巡查两人一组,巡查记录每日上传。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, party, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, who, post, party, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = _per(1, 2, 3, 4)
    _merge_down(sh, first, [(1, _per(1)), (2, per_person), (3, per_person), (4, per_person)])
    sh.add()
    sh.add("乡纪委书记(签字):", None, None, "乡党委书记(签字):", None, None, "日期:", datetime(2025, 2, 26),
           None)  # fmt: skip
    return _layout(
        "township_cadres_politics_column", "https://www.shbb.gov.cn:443/bzglyj202103/9196.jhtml",
        "乡 机关干部 岗位廉政风险排查表 after the source's study of 乡镇 机构改革 and 乡镇 行政管理体制 (党政机构, "
        "综合行政执法, 基层政权): a ``填报单位:杉木乡党政综合办公室 | 填报时间:2025年2月`` line (the office that compiled "
        "it); 序号/科室 merged (党政综合办公室, 经济发展办公室, 社会事务办公室, 综合行政执法队)/姓名, 职务 and a "
        "``政治面貌`` column (``中共党员``, ``群众``, ``中共预备党员``) merged per person/风险点/风险类别 short names/"
        "风险等级 高/中/低/防控措施; 纪委/党委书记 sign-off with a date cell",
        [sh], t,
    )  # fmt: skip


def township_stations_short_tabs() -> dict:
    t = _Truth(TOWNSHIP)
    stations = [
        ("农技站", "农业技术推广站", [
            ("站长", "向国华", "良种、农机购置补贴核实不严,虚报面积和台数", "一级",
             "补贴对象逐户核实,名单在村务公开栏公示。"),
            ("站长", "向国华", "农技培训虚报参训人数,套取培训经费", "二级", "培训签到表附照片,经费报账附名册。"),
            ("农技员", "毛春燕", "测土配方施肥物资发放不登记", "三级", "物资发放逐户签字,月底对账。"),
        ]),
        ("水利站", "水利工作站", [
            ("站长", "田茂林", "小型水利工程验收把关不严", "一级", "验收邀请受益村代表参加,验收资料存档。"),
            ("站长", "田茂林", "山塘维修资金不按进度拨付", "二级", "资金拨付凭监理意见和进度表,乡财政所审核。"),
        ]),
        ("畜牧站", "畜牧兽医站", [
            ("站长", "吴永和", "动物防疫疫苗发放数量不实", "二级", "疫苗出入库逐批登记,每季度盘点。"),
            ("检疫员", "侯德顺", "动物检疫不到场即出具检疫证明", "一级", "检疫现场拍照上传,出证信息系统留痕。"),
            ("检疫员", "侯德顺", "病死畜禽无害化处理补助审核不严", "二级", "补助对象现场核查,名单公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, full, rows in stations:
        sh = _Sheet(tab, [6, 10, 8, 36, 8, 36])
        _line(sh, f"XX县杉木乡{full}廉政风险防控一览表", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, full, post, who, _tier(post), point, [], ORDINAL[lv])
        _merge_down(sh, first, [(1, _per(1, 2)), (2, _per(1, 2))])
        sh.add()
        sh.add("站长签字:", None, None, "填报日期:2025年3月", None, None)
        sheets.append(sh)
    return _layout(
        "township_stations_short_tabs", "https://m.appbook.qq.com/read/1034848793/13",
        "乡 站所 workbook after the source's account of the 乡's ``七所八站`` (农技, 农机, 水利, 植保… kept at the 乡 "
        "level under the 条条 of their 职能部门): ONE SHEET PER 站 under a SHORT tab name (``农技站``, ``水利站``, "
        "``畜牧站``) while each title names it in full (``XX县杉木乡农业技术推广站廉政风险防控一览表`` …); 序号/岗位 and "
        "姓名 merged per person/风险点/风险等级 ``一级/二级/三级``/防控措施; 站长签字/填报日期 line under each",
        sheets, t,
    )  # fmt: skip


def township_leader_cards_default_tabs() -> dict:
    t = _Truth(TOWNSHIP)
    cards = [
        ("Sheet1", "向德明", "副乡长", "农业、林业、水利、生态环境", [
            ("涉农项目资金分配不公,向关系村倾斜", "岗位职责风险", "高",
             "项目资金分配方案经乡党委会研究,分配结果公示。"),
            ("水利工程项目验收签字把关不严", "业务流程风险", "中", "验收前实地查看,验收意见集体签署。"),
            ("接受项目施工方宴请", "思想道德风险", "低", "签订廉洁承诺书,节前廉洁提醒。"),
        ]),
        ("Sheet2", "覃丽华", "党委副书记", "党建、组织、宣传、统战", [
            ("村级后备干部推荐人选把关不严", "制度机制风险", "中", "后备干部推荐经村党员大会民主推荐、乡党委审定。"),
            ("党费收缴管理不规范", "制度机制风险", "低", "党费专户管理,每半年公示收缴情况。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, points in cards:
        sh = _Sheet(tab, [6, 34, 14, 10, 34])
        _line(sh, "XX县杉木乡领导干部廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        r = sh.add("分管工作", work, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字:", None, "乡党委书记签字:", None, None)
        sheets.append(sh)
    sheets.append(_Sheet("Sheet3"))
    return _layout(
        "township_leader_cards_default_tabs", "https://www.fudaoke.com/exam/3280216.html",
        "乡 领导干部 廉政风险防控卡 after the source's account of a 乡's 领导班子 (党委书记, 乡长, 党委副书记 for 党建 "
        "and 干部, 副乡长 for 农业 and 项目) and their 分工: one card per sheet on Excel's own tab names ``Sheet1``, "
        "``Sheet2``, an EMPTY ``Sheet3``; label rows ``姓名 | 向德明 | 职务 | 副乡长`` and ``分管工作 | …`` (merged) above "
        "``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施``, types ``…风险``, 高/中/低; 本人/乡党委书记 签字 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_forestry_station_fills_template(),
    town_finance_office_stats_sheet(),
    town_social_affairs_signed_footer(),
    street_office_list_phone_column(),
    street_leaders_and_heads_two_sheets(),
    street_grid_center_remarks(),
    township_cadres_politics_column(),
    township_stations_short_tabs(),
    township_leader_cards_default_tabs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (re-saved copies
    ``resaved/b65_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch65-inbox"))
