"""A hundred-and-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县数据局, a 县委老干部局,
the 共青团县委, a 县花木产业发展服务中心, a 县农产品质量安全检测中心, a 县动物卫生监督所 with its 分所, a
县自然资源和规划局's 自然资源所, a 县农业综合行政执法大队 and a 县工业和信息化局 — each handing back its
岗位廉政风险防控 一览表, 排查表, 清单, 自查表 or 防控卡 with the habits such offices have, every one
of them in the invented towns of 沭阳县 (芦圩, 蔺湖, 荻塘, 棠溪):

- a 数据局 一览表: ``股（室）`` merged (局领导, 数据资源股, 数字基础设施股, 办公室), 岗位 and 姓名
  merged per person, short types, 高/中/低, a trailing ``备注`` (``新增``, ``调整``), a ``注:`` line
  under the table naming the five types and the three levels, and the two empty sheets ``Sheet2`` and
  ``Sheet3`` Excel leaves in a new workbook;
- a 县委老干部局 清单 对岗不对人 titled ``中共沭阳县委老干部局…``: 科室 merged (局领导, 办公室, the
  source's ``综合指导组`` and ``活动室``), 岗位 and a long ``主要职责`` merged per post, ``廉政风险点``,
  高/中/低, no type column, a trailing ``监督责任人`` holding roles (``分管副局长``), no names;
- a 团县委 排查表 under ``填报单位：共青团沭阳县委员会（盖章）`` beside ``填报日期:…``: ``部室`` merged
  (团县委领导, 办公室, 青少年发展和权益保障部), ``职务`` and 姓名 merged per person, the holders' names
  with COMPOUND SURNAMES (``公冶星遥``, ``闾丘晗``, ``端木清扬``, ``司徒蔓``, ``上官柠``), a
  ``兼职副书记``;
- a 花木产业发展服务中心 排查表 whose 主任 and 副主任, first in the table, have their 科室 cell LEFT
  BLANK (the 科室 start with the third row), 岗位 and 姓名 merged per person, ``一级/二级/三级``;
- a 农产品质量安全检测中心's 个人廉政风险自查表 one per sheet, the TABS the POSTS (``技术负责人``,
  ``质量负责人``, ``检测员``: the lab's roles, two of them ending in ``负责人``), a pairs row ``姓名 | … |
  所在科室 | … | 职务 | …`` above the table, ``工作环节`` merged down beside ``风险点``, types written
  ``…类``;
- a 动物卫生监督所 防控卡 one per sheet, tabs the 分所 or 股 (``芦圩分所``, ``蔺湖分所``,
  ``检疫监督股``), rows ``单位 | 沭阳县动物卫生监督所 | 所在分所（股） | 芦圩分所`` and ``持卡人 | … |
  岗位 | …`` and a ``岗位职责`` line above the table;
- a 自然资源所 一览表 titled only ``岗位廉政风险防控一览表``, the unit given in the line under it,
  ``单位：沭阳县自然资源和规划局芦圩自然资源所`` (the 局 and its 所 in one name), 岗位/姓名/岗位职责
  merged per person, no type column;
- a 农业综合行政执法大队 一览表: ``部门`` merged (大队领导, 法制审核室 and two 中队 written with the towns
  they cover, ``芦圩中队（辖芦圩、蔺湖、荻塘）``), levels ``Ⅰ级/Ⅱ级/Ⅲ级``, a trailing ``分管领导`` naming
  the 副大队长 over both 中队 and the 大队长 over 法制审核室 — both also holders in the 大队领导 rows.

One is harder:

- ``industry_bureau_rank_column``: a 工业和信息化局 一览表 with a ``职级`` column beside ``职务``, as
  lists of civil servants since the 职务与职级并行 reform have them: ``股长 | 三级主任科员``, ``科员 |
  一级科员``, the 职级 blank for the 局长 and 副局长. The post is the 职务; the 职级 (its ``主任科员``
  too) is a rank, not a post and no 科室.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 县数据局 副局长 on 数据孤岛; a 县老干部局
and its 综合指导组, 办公室 and 活动室; a 团县委's 希望工程 and 困境青少年 资助; 沭阳 among the 花木之乡; a
质检中心's 部门职责 and 岗位职责 (主任, 技术负责人, 质量负责人); a 动物卫生监督所's 基层分所 and 检疫申报点;
the 乡镇 国土资源管理所 and its 土管员; a 农业综合行政执法大队's 中队 named after a town; a 经信局's 巡察
整改) and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented; every unit is a body of a 沭阳县 of our invention.

Run ``python tests/published/score.py --set batch101`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b101_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``职级`` cell (``三级主任科员``, ``一级科员``) is the holder's rank: the post is the ``职务`` beside it;
- a ``备注`` (``新增``, ``调整``) and a ``注:`` line under the table are no points;
- an empty 科室 cell above the first 科室 (the unit's 主任 and 副主任) is no 科室: department "";
- ``芦圩中队（辖芦圩、蔺湖、荻塘）`` is the 科室 ``芦圩中队`` (the bracket says what it covers);
- the 团县委's ``团县委领导``, the 局's ``局领导`` and the 大队's ``大队领导`` are the leaders' 科室; a
  ``分管领导`` or ``监督责任人`` column never names a holder;
- ``单位：沭阳县自然资源和规划局芦圩自然资源所`` gives the 局 as the unit and the 所 as the 科室; the
  动物卫生监督所's 分所 and 股 are its 科室;
- tabs naming posts (``技术负责人``) name no holder and no 科室: the pairs row above the table does;
- 局长, 副局长, 主任 and 副主任 of the unit, 书记 and 副书记 (the 兼职 one too), 大队长 and 副大队长 are
  leaders; 股长, 科长, 室主任, 部长, 组长, 所长, 副所长, 中队长, 技术负责人 and 质量负责人 middle; the rest
  general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b101_"
PLACE = "沭阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}


def _per_person(sh: _Sheet, first: int, dept: int, cols: tuple) -> None:
    """Merge the 科室 column ``dept`` over each run of one 科室 and ``cols`` over each person's rows."""
    key = lambda row: (row[dept], *(row[c] for c in cols))  # noqa: E731
    _merge_down(sh, first, [(dept, lambda row: row[dept]), *((c, key) for c in cols)])


# --------------------------------------------------------------------------- harder layout


def industry_bureau_rank_column() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("一览表", [6, 12, 9, 10, 12, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 9)
    sh.add("序号", "股室", "姓名", "职务", "职级", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "濮云岫", "局长", None, "工业技改专项资金分配不经党组集体研究", "制度机制", "高",
         "专项资金安排提交党组会研究,分配结果公示。", "leader"),
        ("局领导", "茹清越", "副局长", None, "企业评优、申报推荐中为关系企业打招呼", "思想道德", "中",
         "推荐名单经股室初审、局务会审定。", "leader"),
        ("产业发展股", "蔺书瑶", "股长", "三级主任科员", "技改项目备案审核把关不严", "岗位职责", "高",
         "项目备案实行经办、复核两级审核,网上可查。", "middle"),
        ("产业发展股", "蔺书瑶", "股长", "三级主任科员", "泄露企业申报材料中的商业秘密", "思想道德", "低",
         "申报材料专人保管,查阅登记。", "middle"),
        ("产业发展股", "荀一诺", "科员", "一级科员", "项目现场核查走过场,核查记录失实", "业务流程", "中",
         "核查两人以上,现场拍照留痕。", "general"),
        ("中小企业股", "钭雨眠", "股长", "四级主任科员", "中小企业纾困资金申报审核不严,虚报套取", "岗位职责", "高",
         "申报材料联审,拨付前公示五个工作日。", "middle"),
        ("中小企业股", "钭雨眠", "股长", "四级主任科员", "“专精特新”企业培育名单推荐不公", "外部环境", "中",
         "推荐条件公开,专家评审打分。", "middle"),
        ("办公室", "帅婉清", "科员", "二级科员", "公务接待超标准,虚列接待费用", "制度机制", "低",
         "接待凭公函和清单报销,按月公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, rank, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, who, post, rank, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, "2024年3月", None)
    return _layout(
        "industry_bureau_rank_column", "https://jxj.ezhou.gov.cn/xwzx/tzgg/202501/t20250117_686359.html",
        "(harder) 县工业和信息化局 岗位廉政风险点排查一览表 after the source's account of a 经信局's 巡察 整改 (局党组, "
        "各科室负责人, 整改责任人和整改时限): 序号/股室 merged (局领导, 产业发展股, 中小企业股, 办公室)/姓名, ``职务`` and a "
        "``职级`` column beside it merged per person — ``股长 | 三级主任科员``, ``科员 | 一级科员``, the 职级 BLANK for "
        "the 局长 and 副局长 — /风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def data_bureau_remarks_col() -> dict:
    unit = f"{PLACE}数据局"
    sh = _Sheet("一览表", [6, 14, 8, 9, 32, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "股（室）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "郇望舒", "信息化项目立项审核把关不严,为关系企业量身定制项目", "制度机制", "高",
         "信息化项目立项经专家论证、局党组集体研究。", None, "leader"),
        ("局领导", "副局长", "殳清漪", "政务云资源分配中优亲厚友", "岗位职责", "中",
         "云资源按申请次序和核定标准分配,结果公开。", None, "leader"),
        ("数据资源股", "股长", "笪景曜", "违规向第三方提供政务数据", "岗位职责", "高",
         "数据提供实行审批登记,接口调用全程留痕。", None, "middle"),
        ("数据资源股", "股长", "笪景曜", "数据共享申请审核走过场", "业务流程", "中",
         "共享申请逐项核对用途和范围,按月抽查。", None, "middle"),
        ("数字基础设施股", "科员", "蒯沐晨", "信息化项目验收不严,降低标准通过", "岗位职责", "高",
         "验收邀请第三方测评,验收组三人以上。", "新增", "general"),
        ("办公室", "主任", "訾芸汐", "办公设备采购不比价", "制度机制", "低",
         "采购三家以上比价,验收两人签字。", None, "middle"),
        ("办公室", "会计", "仉舒窈", "报销票据审核不严,虚列费用", "制度机制", "中",
         "票据逐张审核,报销经分管领导审签。", "调整", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    _line(
        sh,
        "注:风险类别分为思想道德、制度机制、岗位职责、业务流程、外部环境五类;风险等级分为高、中、低三级。",
        9,
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年3月", None, None)
    return _layout(
        "data_bureau_remarks_col",
        "https://www.hkyyi.com/html/xian-shu-ju-ju-fu-ju-zhang-ru-he-po-jie-shu-ju-gu-dao-nan-ti-bing-tui-dong-"
        "shu-zi-zheng-fu-jian-she.html",
        "县数据局 岗位廉政风险点一览表 after the source's advice to a 县数据局副局长 on 数据孤岛 and 数字政府 (数据共享, "
        "政务云, 信息化项目): 序号/``股（室）`` merged (局领导, 数据资源股, 数字基础设施股, 办公室)/岗位 and 姓名 merged per "
        "person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``备注`` (``新增``, ``调整``); a ``注:`` "
        "line merged under the table naming the five types and three levels; 填表人/审核人/date line; the empty "
        "``Sheet2`` and ``Sheet3`` of a new workbook",
        [sh, _Sheet("Sheet2"), _Sheet("Sheet3")], t,
    )  # fmt: skip


def cadre_bureau_supervisor_roles() -> dict:
    unit = f"中共{PLACE}委老干部局"
    sh = _Sheet("清单", [6, 12, 10, 26, 32, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "主要职责", "廉政风险点", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("局领导", "局长", "主持局全面工作", "离退休干部活动经费使用不经集体研究", "高",
         "经费使用提交局务会研究,年终公开。", "派驻纪检监察组", "leader"),
        ("局领导", "副局长", "分管离退休干部服务管理", "困难离退休干部帮扶对象确定不公", "中",
         "帮扶对象经支部推荐、局务会审定并公示。", "局长", "leader"),
        ("办公室", "主任", "负责文电、财务、后勤保障", "走访慰问物品采购不比价,虚报数量", "高",
         "慰问物品集中采购,发放名册签收备查。", "分管副局长", "middle"),
        ("办公室", "财务人员", "负责经费报账和离休干部医药费审核", "离休干部医药费报销审核不严", "高",
         "医药费报销初审、复审分离,大额报销公示。", "分管副局长", "general"),
        ("综合指导组", "组长", "指导离退休干部党支部建设", "离退休干部党支部工作经费分配不公", "中",
         "经费按党员人数核定,分配结果公开。", "分管副局长", "middle"),
        ("活动室", "管理员", "负责活动场所和文体器材管理", "活动场所、器材私自外借收费", "低",
         "外借登记审批,收费一律禁止。", "分管副局长", "general"),
        ("活动室", "管理员", "负责活动场所和文体器材管理", "文体活动奖品发放不登记", "低",
         "奖品出入库登记,发放名单公示。", "分管副局长", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, watch, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, watch)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_post), (3, per_post), (7, lambda row: (row[1], row[7]))],
    )  # fmt: skip
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "cadre_bureau_supervisor_roles", "https://www.hljszw.org.cn/home/book/info/get_id/209772.html",
        "县委老干部局 岗位廉政风险防控清单 对岗不对人 after the source's account of a 县老干部局 (归口县委组织部领导, 内设"
        "综合指导组、办公室和活动室; 离休干部学习、文体活动、生活待遇): title ``中共沭阳县委老干部局岗位廉政风险防控清单``; "
        "序号/科室 merged (局领导, 办公室, 综合指导组, 活动室)/岗位 and a long ``主要职责`` merged per post/``廉政风险点``/"
        "风险等级 高/中/低/防控措施/a trailing ``监督责任人`` holding ROLES (派驻纪检监察组, 局长, 分管副局长) merged per "
        "科室; no type column, no name anywhere; 填报人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def youth_league_compound_surnames() -> dict:
    unit = f"共青团{PLACE}委员会"
    sh = _Sheet("排查表", [6, 16, 10, 10, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}机关岗位廉政风险排查表", 8)
    r = sh.add(
        f"填报单位：{unit}（盖章）", None, None, None, None, "填报日期：2024年4月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部室", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("团县委领导", "书记", "公冶星遥", "希望工程助学项目资金分配不经集体研究", "制度机制", "高",
         "助学资金分配提交书记办公会研究,受助名单公示。", "leader"),
        ("团县委领导", "副书记", "闾丘晗", "优秀团员、优秀团干部推荐评选不公", "岗位职责", "中",
         "评选条件公开,推荐结果公示五个工作日。", "leader"),
        ("团县委领导", "兼职副书记", "端木清扬", "利用兼职身份为所在企业承揽青年活动项目", "外部环境", "中",
         "兼职副书记涉及本企业事项一律回避。", "leader"),
        ("办公室", "主任", "司徒蔓", "会议、活动经费超标准列支", "制度机制", "中",
         "活动经费先预算后执行,报销附方案和签到表。", "middle"),
        ("办公室", "主任", "司徒蔓", "团费收缴、使用不公开", "业务流程", "低", "团费收支每半年公布一次。", "middle"),
        ("青少年发展和权益保障部", "部长", "上官柠", "困境青少年资助对象审核把关不严", "岗位职责", "高",
         "资助对象经学校、乡镇团委两级审核并公示。", "middle"),
        ("青少年发展和权益保障部", "部长", "上官柠", "爱心企业捐赠物资登记、发放不规范", "业务流程", "中",
         "捐赠物资入库登记,发放凭签收单。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "youth_league_compound_surnames", "http://sxqnb.com.cn/shtml/sxqnb/20240111/590171.shtml",
        "团县委 机关岗位廉政风险排查表 after the source's account of a 共青团县委 (希望工程 助学, 困境青少年 精准资助, 爱心"
        "项目资金和物资): title ``共青团沭阳县委员会机关岗位廉政风险排查表``, under it ``填报单位：共青团沭阳县委员会（盖章）`` "
        "beside ``填报日期：2024年4月``; 序号/``部室`` merged (团县委领导, 办公室, 青少年发展和权益保障部)/``职务`` and 姓名 "
        "merged per person, the names with COMPOUND SURNAMES (公冶星遥, 闾丘晗, 端木清扬, 司徒蔓, 上官柠), a "
        "``兼职副书记``/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 单位负责人/填表人 line",
        [sh], t,
    )  # fmt: skip


def flower_center_blank_leader_dept() -> dict:
    unit = f"{PLACE}花木产业发展服务中心"
    sh = _Sheet("Sheet1", [6, 12, 8, 9, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        (None, "主任", "冼澄", "花木产业扶持资金项目评审中打招呼、递条子", "制度机制", "一级",
         "扶持项目专家评审,评审结果主任办公会集体研究。", "leader"),
        (None, "副主任", "缑以宁", "花木电商产业园入驻企业遴选不公开", "岗位职责", "二级",
         "入驻条件公开,遴选结果公示。", "leader"),
        ("产业规划科", "科长", "昝叙白", "花木基地建设补助面积核查不实", "岗位职责", "一级",
         "补助面积实地丈量,两人以上签字确认。", "middle"),
        ("产业规划科", "科长", "昝叙白", "泄露扶持项目评审信息", "思想道德", "二级",
         "评审材料专人保管,评审期间封闭管理。", "middle"),
        ("市场服务科", "科员", "眭晚晴", "花木交易市场摊位分配优亲厚友", "业务流程", "二级",
         "摊位公开摇号分配,结果公示。", "general"),
        ("技术推广科", "科长", "鄢牧之", "新品种引进试种经费虚列", "制度机制", "二级",
         "试种经费凭合同和验收单拨付。", "middle"),
        ("技术推广科", "技术员", "庹青禾", "技术培训补贴学员名单弄虚作假", "业务流程", "三级",
         "培训实行人脸签到,补贴名单村组公示。", "general"),
        ("办公室", "主任", "亓语桐", "花木博览会布展服务采购不比价", "制度机制", "三级",
         "布展服务公开比选,验收三人以上。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept or "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "flower_center_blank_leader_dept", "https://www.chaxiaohao.com/read-1752052360l6275673.html",
        "县花木产业发展服务中心 岗位廉政风险排查表 after the source's account of the 花木之乡 (沭阳 颜集, 花木种植面积, "
        "花木电商集群, 研发、物流): 序号/科室 — BLANK for the 主任 and 副主任 in the first two rows, then merged (产业规划科, "
        "市场服务科, 技术推广科, 办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "一级/二级/三级/防控措施; 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def agri_test_center_post_tabs() -> dict:
    unit = f"{PLACE}农产品质量安全检测中心"
    t = _Truth(unit)
    people = [
        ("技术负责人", "隗清晏", "检测室", "middle", [
            ("检测方法确认", "擅自变更检测方法,使结果偏离实际", "岗位职责类", "高",
             "方法变更经中心技术委员会审定,变更记录存档。"),
            ("检测报告签发", "对有疑问的检测数据不复核即签发报告", "岗位职责类", "中",
             "可疑数据必须复测,报告实行三级审核。"),
            ("仪器设备购置", "仪器设备采购参数倾向特定厂家", "制度机制类", "高",
             "采购参数经集体论证,按政府采购程序执行。"),
        ]),
        ("质量负责人", "羿初晴", "质量管理室", "middle", [
            ("内部审核", "内审走过场,对发现的问题不督促整改", "制度机制类", "中",
             "内审报告报中心主任,整改销号管理。"),
            ("能力验证", "能力验证结果弄虚作假", "思想道德类", "高", "能力验证样品专人登记,原始记录备查。"),
            ("客户投诉处理", "对检测结果投诉压而不办", "业务流程类", "低", "投诉登记编号,限时答复。"),
        ]),
        ("检测员", "阚听澜", "检测室", "general", [
            ("样品检测", "受人请托调换、篡改检测样品", "思想道德类", "高", "样品编码盲样检测,全程视频监控。"),
            ("样品检测", "向被检单位泄露检测结果", "岗位职责类", "中", "检测结果未经签发不得对外提供。"),
            ("试剂耗材领用", "试剂耗材领用不登记,私自带出", "业务流程类", "低", "试剂耗材出入库双人签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, tier, points in people:
        sh = _Sheet(tab, [6, 14, 32, 12, 8, 32])
        _line(sh, f"{unit}个人廉政风险自查表", 6)
        sh.add("姓名", who, "所在科室", dept, "职务", tab)
        sh.add("序号", "工作环节", "风险点", "风险类别", "风险等级", "防控措施")
        first = len(sh.rows)
        for k, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, step, point, typ, lv, measures)
            t.point(sh.name, dept, tab, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("本人签字:", None, "科室负责人签字:", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "agri_test_center_post_tabs", "http://www.492778.com/Shownews-4129.html",
        "县农产品质量安全检测中心 个人廉政风险自查表, one per sheet, after the source's 质检中心 部门职责 (综合办公室, 检测室) "
        "and 岗位职责 (主任, 技术负责人, 质量负责人: 方法, 报告, 内审, 能力验证, 样品处置): the TABS the POSTS "
        "(``技术负责人``, ``质量负责人``, ``检测员``); a pairs row ``姓名 | … | 所在科室 | … | 职务 | …`` above the table; "
        "序号/``工作环节`` merged down/风险点/风险类别 written ``…类``/风险等级 高/中/低/防控措施; 本人签字/科室负责人签字/"
        "date line",
        sheets, t,
    )  # fmt: skip


def animal_health_branch_cards() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    t = _Truth(unit)
    cards = [
        ("芦圩分所", "糜星澈", "官方兽医", "general", "负责芦圩、荻塘两镇产地检疫和养殖场日常监管", [
            ("未到现场查验即出具动物检疫证明", "岗位职责", "高", "检疫出证全程电子化,现场查验拍照上传。"),
            ("收受畜禽经纪人好处,放宽检疫标准", "思想道德", "高", "检疫申报点公开收费标准和监督电话。"),
            ("检疫票证保管不善,空白票证外流", "制度机制", "中", "票证专人专柜保管,领用核销登记。"),
        ]),
        ("蔺湖分所", "禚允川", "所长", "middle", "主持分所工作,负责屠宰检疫和病死畜禽无害化处理监管", [
            ("驻场检疫人员安排不轮换,与屠宰企业形成利益关系", "制度机制", "中", "驻场官方兽医定期轮岗。"),
            ("病死畜禽无害化处理数量核查不实,虚报补助", "岗位职责", "高", "处理数量与收集台账、视频逐一核对。"),
            ("对违规调运畜禽查处不力", "外部环境", "中", "违规调运案件移交大队,处理结果通报。"),
        ]),
        ("检疫监督股", "菅若岚", "股长", "middle", "负责全县检疫申报点建设和检疫监督检查", [
            ("检疫申报点协检员选聘不公开", "业务流程", "低", "协检员公开选聘,名单公示。"),
            ("监督检查发现问题降格处理", "岗位职责", "中", "检查问题清单化,整改情况复查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, post, tier, duty, points in cards:
        sh = _Sheet(dept, [8, 34, 14, 8, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        r = sh.add("单位", unit, "所在分所（股）", dept, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("持卡人", who, "岗位", post, None)
        sh.merge(r, 3, r, 4)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "监督人签字:", None, None)
        sheets.append(sh)
    return _layout(
        "animal_health_branch_cards", "https://www.wnwk.com/doc/2411478.html",
        "县动物卫生监督所 岗位廉政风险防控卡, one per sheet, after the source's 动物卫生监督所 工作总结 (基层分所, 动物检疫"
        "集中申报点, 检疫员 and 协检员, 屠宰检疫, 病死猪无害化处理): tabs the 分所 or 股 (``芦圩分所``, ``蔺湖分所``, "
        "``检疫监督股``); rows ``单位 | 沭阳县动物卫生监督所 | 所在分所（股） | 芦圩分所`` and ``持卡人 | 糜星澈 | 岗位 | "
        "官方兽医``, a ``岗位职责`` line merged across; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "持卡人签字/监督人签字 line",
        sheets, t,
    )  # fmt: skip


def land_office_unit_line() -> dict:
    unit = f"{PLACE}自然资源和规划局"
    office = "芦圩自然资源所"
    sh = _Sheet("Sheet1", [6, 10, 9, 24, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控一览表", 7)
    r = sh.add(f"单位：{unit}{office}", None, None, None, "时间：2024年5月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "逄知远", "主持全所工作,负责用地初审和违法用地查处", "农村宅基地审批初审把关不严", "高",
         "初审实行实地踏勘,审查意见集体研究。"),
        ("所长", "逄知远", "主持全所工作,负责用地初审和违法用地查处", "违法用地查处降格处理", "高",
         "查处结果报局执法监察大队备案,定期通报。"),
        ("副所长", "厍晚舟", "负责耕地保护和土地整治项目监管", "耕地占补平衡项目验收走过场", "中",
         "验收邀请镇、村参加,验收资料存档。"),
        ("土管员", "綦望川", "负责片区动态巡查和农村建房放样验线", "动态巡查发现违法占地不上报", "高",
         "巡查轨迹APP记录,发现问题二十四小时内上报。"),
        ("土管员", "綦望川", "负责片区动态巡查和农村建房放样验线", "收受建房户好处,放宽放样验线标准", "中",
         "放样验线两人到场,结果村组公示。"),
        ("执法监察员", "汲岑", "负责卫片图斑核查和案件材料整理", "卫片图斑核查结果弄虚作假", "中",
         "图斑核查照片带定位水印,局里抽查复核。"),
        ("执法监察员", "汲岑", "负责卫片图斑核查和案件材料整理", "接受当事人宴请", "低", "执法人员签订廉洁承诺,拒请登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        tier = "middle" if post.endswith("所长") else "general"
        t.point(sh.name, office, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, "填表人:", None, None, None)
    return _layout(
        "land_office_unit_line", "https://drbdp.com/4-8343585.html",
        "县自然资源和规划局 乡镇自然资源所 岗位廉政风险防控一览表 after the source's account of the 乡镇 国土资源管理所 and "
        "its 土管员 (耕地保护, 建设用地审批, 土地执法监察, 日常巡查, 接受县级自然资源和规划局业务指导): a bare title "
        "``岗位廉政风险防控一览表``; under it ``单位：沭阳县自然资源和规划局芦圩自然资源所`` (the 局 and its 所 in one name) "
        "beside ``时间：2024年5月``; 序号/岗位, 姓名 and 岗位职责 merged per person (所长, 副所长, ``土管员``, 执法监察员)/"
        "风险点/风险等级 高/中/低/防控措施; no type column; 所长签字/填表人 line",
        [sh], t,
    )  # fmt: skip


def agri_enforcement_town_squads() -> dict:
    unit = f"{PLACE}农业综合行政执法大队"
    sh = _Sheet("一览表", [6, 16, 9, 9, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "分管领导")
    lu, tang = "芦圩中队（辖芦圩、蔺湖、荻塘）", "棠溪中队（辖棠溪、城南、城北）"
    rows = [
        ("大队领导", "大队长", "盖青岑", "重大案件处罚决定不经集体讨论", "制度机制", "Ⅰ级",
         "重大案件一律提交集体讨论,讨论记录存档。", None, "leader"),
        ("大队领导", "副大队长", "敖映川", "为违法当事人说情、干预办案", "思想道德", "Ⅰ级",
         "落实干预办案记录报告制度。", None, "leader"),
        ("法制审核室", "主任", "宓星遥", "法制审核走过场,处罚裁量畸轻畸重", "岗位职责", "Ⅱ级",
         "执行自由裁量基准,审核意见书面留存。", "盖青岑", "middle"),
        (lu, "中队长", "乜清和", "农资打假检查前通风报信", "岗位职责", "Ⅰ级",
         "检查对象随机抽取,检查时间临时通知。", "敖映川", "middle"),
        (lu, "执法队员", "暨宛白", "扣押农资保管不善、私自处理", "业务流程", "Ⅱ级",
         "扣押物品入库登记,处理经集体研究。", "敖映川", "general"),
        (tang, "中队长", "郗明漪", "禁捕退捕巡查不到位,对非法捕捞睁一眼闭一眼", "岗位职责", "Ⅱ级",
         "巡查轨迹记录,执法记录仪全程记录。", "敖映川", "middle"),
        (tang, "执法队员", "邴若水", "罚没款不按规定上缴", "制度机制", "Ⅰ级", "罚没款一律银行代收,票款分离。",
         "敖映川", "general"),
        (tang, "执法队员", "邴若水", "执法中接受当事人吃请", "外部环境", "Ⅲ级", "执法人员签订廉洁承诺,拒请登记。",
         "敖映川", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        squad = dept.split("（")[0]
        t.point(sh.name, squad, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, (2, 3))
    _merge_down(sh, first, [(8, lambda row: row[8])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None, None)
    return _layout(
        "agri_enforcement_town_squads",
        "http://nyncj.sjz.gov.cn/col/1584686016284/2024/02/06/1707188006210.html",
        "县农业综合行政执法大队 岗位廉政风险防控一览表 after the source's account of 农业综合行政执法改革 (县农业综合行政执法"
        "大队 and its 中队 named after a town, 种子、农资 执法检查, 养殖圈舍, 渔政): 序号/``部门`` merged (大队领导, 法制审核室, "
        "and two 中队 written with the towns they cover, ``芦圩中队（辖芦圩、蔺湖、荻塘）``, ``棠溪中队（辖棠溪、城南、城北）``)/"
        "岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing "
        "``分管领导`` merged down — 盖青岑 over 法制审核室, 敖映川 over both 中队, both also holders in the 大队领导 rows; "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    industry_bureau_rank_column(),
    data_bureau_remarks_col(),
    cadre_bureau_supervisor_roles(),
    youth_league_compound_surnames(),
    flower_center_blank_leader_dept(),
    agri_test_center_post_tabs(),
    animal_health_branch_cards(),
    land_office_unit_line(),
    agri_enforcement_town_squads(),
]

RESAVED: tuple[str, ...] = ()  # no LibreOffice re-saves for this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch101-inbox"))
