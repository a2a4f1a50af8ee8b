"""A sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE — the plain 岗位廉政风险防控一览表 /
排查登记表 / 责任清单 a city, county or district body puts on its website, from bodies no earlier
batch drew on (a city's 水文局, 文学艺术界联合会 and 档案馆, a district's 大数据管理局, 残疾人联合会
and 委网信办, a county's 自然保护区管理局 and 政协 机关). Seven are EVERYDAY:

- a XX市水文局 一览表: 科室 merged, 岗位/姓名 merged per person, 风险点, 风险类型 written
  ``岗位职责风险``/``制度机制风险``/…, 高/中/低, 防控措施;
- a XX区大数据管理局 排查表 对岗不对人: 股室 merged, 岗位, ``岗位职责`` (merged per post),
  廉政风险点, levels written ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, 防控措施;
- a XX市文学艺术界联合会 责任清单: 部门 | 风险点 (short) | 主要表现形式 (long) | 风险等级 | 防控措施
  | 责任人 (a name merged per 部门), no 岗位 column;
- a XX市档案馆 排查登记表 whose title does not name the body: a ``填报单位：XX市档案馆（盖章）``
  line with a 填报日期 under the title, then 科室 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施;
- a XX区残疾人联合会 一览表 with no 科室 column (a small body): 岗位 | 姓名 | 职责内容 | 风险点 |
  风险类别 | 风险等级 (``Ⅰ``/``Ⅱ``/``Ⅲ``) | 防控措施;
- a XX县自然保护区管理局 一览表: 科室 and the 保护管理站 merged, 岗位/姓名 merged, a 备注 column,
  a ``单位主要负责人（签字）： 填报人： 日期：`` line below;
- a 中共XX区委网络安全和信息化委员会办公室 一览表 whose name column stands before the post column:
  科室 | 姓名 | 职务 | 风险点 | 风险等级 | 防控措施.

One is harder:

- ``cppcc_office_sections_restart``: a 政协XX县委员会办公室 一览表 in two sections — a ``一、机关领导``
  line merged across, its rows numbered 1–3, then ``二、机关各委室``, its rows numbered again from 1
  — and a ``注：风险等级分高、中、低三级。`` line below.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 流域 水文局's 综合科, 行业管理科,
信息科, 预报科, 水资源科; a district 政务数据资源管理办法 naming the 区大数据管理局; a city 文联's 办公室
and 组联部; an 档案馆's 六科一室; a district 残联's tasks — 残疾人证, 康复, 就业; a 自然保护区管理局's
办公室, 科研宣教科, 资源管护科 and 保护管理站; a 网信办's duties — 网络安全, 舆情, 信息化项目; a note on
the 县级政协's six 机构) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch61`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b61_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``Ⅰ级``/``Ⅱ级``/``Ⅲ级`` and a bare ``Ⅰ``/``Ⅱ``/``Ⅲ``: levels 1/2/3;
- a ``风险点`` beside a ``主要表现形式``: the point is the short ``风险点``;
- a body named only in a ``填报单位：`` line: that body is the unit; the line is no point;
- no 科室 column: department "";
- section lines (``一、机关领导``) and a ``注：`` line are no points; numbering restarting in a
  section does not part a form.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch57 import _line, _merge_runs
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b61_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}


def _tier(post: str) -> str:
    if post.endswith(("科长", "股长", "站长", "部长", "馆长助理")) or post.startswith("办公室主任"):
        return "middle"
    if post.endswith(("主任", "副主任")) and len(post) > 3:  # 提案委主任, 委员联络委主任
        return "middle"
    if post.endswith(("局长", "主席", "理事长", "馆长", "主任", "秘书长")):
        return "leader"
    return "general"


# --------------------------------------------------------------------------- harder layout


def cppcc_office_sections_restart() -> dict:
    unit = "政协XX县委员会办公室"
    sh = _Sheet("一览表", [5, 14, 12, 8, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    sections = [
        ("一、机关领导", [
            ("机关领导", "秘书长", "丁怀远", "机关经费大额支出、固定资产购置不经主席会议或秘书长办公会研究", "高",
             "大额支出和资产购置一律集体研究，会议纪要存档。"),
            ("机关领导", "秘书长", "丁怀远", "委员视察、考察活动安排超标准、借机旅游", "中",
             "活动方案事前报批，行程和费用事后公开。"),
            ("机关领导", "副秘书长", "宁秀英", "政协委员推荐、调整中打招呼、说情", "中",
             "委员推荐按界别条件集体研究，结果公示。"),
        ]),
        ("二、机关各委室", [
            ("办公室", "办公室主任", "易国强", "会议、接待用品采购不按规定询价，虚报数量", "中",
             "采购询价三家以上，验收两人签字。"),
            ("办公室", "会计", "阮丽", "报销审核不严，以虚假票据套取资金", "高",
             "票据逐张查验，经办、审核、审批分离。"),
            ("提案委员会", "提案委主任", "苗青山", "提案立案、交办中为关系单位或个人谋取利益", "低",
             "立案标准公开，交办结果在委员中通报。"),
            ("委员联络委员会", "委员联络委主任", "闫晓红", "委员履职考评打分优亲厚友", "低",
             "考评细则公开，考评结果经主席会议审定。"),
        ]),
    ]  # fmt: skip
    for heading, rows in sections:
        _line(sh, heading, 7)
        first = len(sh.rows)
        for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    _line(sh, "注：风险等级分高、中、低三级。", 7)
    return _layout(
        "cppcc_office_sections_restart", "https://lgfww.com/gzzj/diaoyan/xdqq0.html",
        "(harder) 县政协机关 岗位廉政风险防控一览表 after the source's note on the 县级政协's six 职能机构 (办公室: 会务, "
        "财务管理, 经费使用, 后勤; 提案委员会; 委员联络委员会 …): title, ``序号 | 部门 | 岗位 | 姓名 | 廉政风险点 | "
        "风险等级 | 防控措施``, then a ``一、机关领导`` line merged across and three rows numbered 1–3, a ``二、机关各委室`` "
        "line and four rows numbered again 1–4, 部门 merged, 岗位/姓名 merged per person, 高/中/低, a ``注：`` line below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def hydrology_bureau_typed() -> dict:
    unit = "XX市水文局"
    sh = _Sheet("Sheet1", [5, 12, 10, 8, 38, 12, 8, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邬振华", "水文站网建设项目发包不经党组会集体研究", "制度机制风险", "高",
         "项目发包方案经党组会研究，全程纪检监督。"),
        ("综合科", "科长", "隋丽娜", "办公用房维修、车辆维修虚列项目", "岗位职责风险", "中",
         "维修项目先核定后实施，结算凭验收单。"),
        ("行业管理科", "科长", "管立新", "水文监测资料使用审查中为关系单位提供便利", "思想道德风险", "中",
         "资料提供按审批单办理，逐次登记。"),
        ("行业管理科", "科长", "管立新", "水文测站设立和调整审查把关不严", "业务流程风险", "低",
         "审查意见两人签署，结果报局务会备案。"),
        ("预报科", "科员", "祁涵", "水情预报信息未经审核擅自对外提供", "外部环境风险", "低",
         "预报信息统一发布，对外提供须经分管领导签批。"),
        ("水资源科", "科长", "车凯", "水资源监测项目委托第三方时指定机构", "业务流程风险", "高",
         "委托按政府采购程序办理，评审结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "hydrology_bureau_typed", "http://m.handmsg.com/page/2010/0815/20815281.shtml",
        "市水文局 岗位廉政风险防控一览表 after the source's account of a 流域 水文局 (综合科, 行业管理科, 信息科, 预报科, "
        "水资源科; 水文测验, 情报预报, 水文基础建设): ``序号 | 科室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 | "
        "防控措施``, 科室 merged (``局领导`` first), 岗位/姓名 merged per person, types written ``制度机制风险``/"
        "``岗位职责风险``/…, 高/中/低",
        [sh], t,
    )  # fmt: skip


def big_data_bureau_post_duty_roman() -> dict:
    unit = "XX区大数据管理局"
    sh = _Sheet("排查表", [5, 14, 12, 28, 36, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "负责机关文秘、财务和资产管理",
         "信息化设备资产登记不全，报废处置不按程序", "Ⅱ级", "资产台账年度清查，处置经局务会研究。"),
        ("综合股", "股长", "负责机关文秘、财务和资产管理",
         "差旅、会议费用报销审核不严", "Ⅲ级", "报销实行三签，按月公开。"),
        ("数据资源股", "股长", "负责政务数据目录编制、归集和共享",
         "违规向第三方提供政务数据，泄露个人信息", "Ⅰ级", "数据共享按目录审批，调用留痕可查。"),
        ("项目建设股", "股长", "负责政务信息化项目立项审核和验收",
         "信息化项目立项审核中拆分项目规避招标", "Ⅰ级", "项目审核实行专家评审和集体研究。"),
        ("项目建设股", "科员", "承担项目验收资料审核",
         "项目验收走过场，对未完成功能出具合格意见", "Ⅱ级", "验收邀请第三方测评，验收意见两人签署。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ROMAN[lv])
    _merge_runs(sh, first, [(1,), ((1, 2), (2, 3))])
    return _layout(
        "big_data_bureau_post_duty_roman",
        "http://www.hfnptua.cn/xjwz/zwgk/fagwj/bqzcwj/202203/t20220307_4321980.htm",
        "区大数据管理局 岗位廉政风险点排查表 对岗不对人 after the source's district 政务数据资源管理办法 (区大数据管理局 "
        "主管, 政务数据目录, 归集, 共享, 开放, 信息化建设): ``序号 | 股室 | 岗位 | 岗位职责 | 廉政风险点 | 风险等级 | "
        "防控措施``, 股室 merged, 岗位/岗位职责 merged per post, no name column, levels ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``",
        [sh], t,
    )  # fmt: skip


def literary_federation_short_and_long() -> dict:
    unit = "XX市文学艺术界联合会"
    sh = _Sheet("责任清单", [5, 10, 18, 36, 8, 36, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "部门", "风险点", "主要表现形式", "风险等级", "防控措施", "责任人")
    rows = [
        ("办公室", "公务接待", "无公函接待，超标准安排陪餐", "中",
         "先审批后接待，接待清单按月公示。", "冷玉梅"),
        ("办公室", "财务报销", "虚列文艺活动经费，以会议费名义套取资金", "高",
         "活动经费凭方案、照片、签到表报销。", "冷玉梅"),
        ("组联部", "会员发展", "降低条件吸收会员，收取好处费", "中",
         "会员入会条件公开，经协会集体审核后公示。", "卓文涛"),
        ("组联部", "文艺评奖", "评奖中打招呼、搞平衡，评委与参评者有利害关系不回避", "高",
         "评委随机抽取，回避制度书面承诺，结果公示。", "卓文涛"),
        ("组联部", "文艺刊物编辑", "利用稿件刊发收受作者财物", "低",
         "稿件三审制，稿费标准公开。", "卓文涛"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, point, form, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, point, form, lv, measures, who)
        t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 6), (6,))])
    return _layout(
        "literary_federation_short_and_long", "http://m.willowgroveairshows.com/baike/672283.html",
        "市文联 廉政风险防控责任清单 after the source's entry on a city 文学艺术界联合会 (内设 办公室: 人事、财务、车辆、"
        "接待; 组联部: 协会联络, 文艺评奖, 会员; 编辑、出版文艺刊物): ``序号 | 部门 | 风险点 | 主要表现形式 | 风险等级 | "
        "防控措施 | 责任人``, 部门 merged, the 风险点 a short name beside its long 表现形式, 责任人 a name merged per 部门, "
        "no 岗位 column, 高/中/低",
        [sh], t,
    )  # fmt: skip


def archives_filing_unit_line() -> dict:
    unit = "XX市档案馆"
    sh = _Sheet("登记表", [5, 12, 10, 8, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险点排查登记表", 7)
    sh.add(f"填报单位：{unit}（盖章）", None, None, None, "填报日期：2024年3月", None, None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 3)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 6)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "陶承志", "档案数字化加工外包项目不经集体研究确定承接单位", "高",
         "外包项目按政府采购程序办理，馆务会研究。"),
        ("接收征集科", "科长", "鲍燕", "征集档案资料时虚报征集费用、收受捐赠者财物", "中",
         "征集费用标准公开，征集协议两人经办。"),
        ("利用服务科", "科长", "窦嘉", "违规提供未开放档案查阅、复制", "高",
         "查阅利用按权限审批，全程登记。"),
        ("利用服务科", "科员", "付小婷", "出具档案证明时收受好处或故意拖延", "低",
         "证明出具限时办结，查档结果复核。"),
        ("保管保护科", "科长", "晏明", "档案销毁鉴定走过场，违规销毁档案", "中",
         "销毁清册经鉴定小组审查，监销两人以上。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "archives_filing_unit_line", "http://lwstw.com/simujijin/sa3p2oio77.html",
        "市档案馆 岗位廉政风险点排查登记表 after the source's list of an 档案馆's duties and its 六科一室 (接收征集科, "
        "利用服务科, 保管保护科, 数字化加工科 …; 查阅借阅, 鉴定销毁): a title that does not name the body, a "
        "``填报单位：XX市档案馆（盖章）`` | ``填报日期：2024年3月`` line, then ``序号 | 科室 | 岗位 | 姓名 | 风险点 | "
        "风险等级 | 防控措施``, 科室 merged (``馆领导`` first), 高/中/低",
        [sh], t,
    )  # fmt: skip


def disabled_federation_no_department() -> dict:
    unit = "XX区残疾人联合会"
    sh = _Sheet("一览表", [5, 10, 8, 26, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "姓名", "职责内容", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("理事长", "詹秋平", "主持全面工作，审批残疾人专项资金", "残疾人专项资金分配不经理事会集体研究",
         "制度机制", "Ⅰ", "专项资金分配方案经理事会研究，结果公示。"),
        ("副理事长", "柏宏", "分管康复、教育和就业", "残疾人就业补贴审核把关不严，为不符合条件者申报",
         "岗位职责", "Ⅱ", "补贴申报材料与社保数据比对，名单公示。"),
        ("副理事长", "柏宏", "分管康复、教育和就业", "康复辅具采购中指定供应商",
         "业务流程", "Ⅰ", "辅具采购按政府采购程序，验收两人签字。"),
        ("干事", "强晓雯", "负责残疾人证核发和档案管理", "违规核发残疾人证，降低评残标准",
         "思想道德", "Ⅱ", "评残由定点医院出具意见，核发结果抽查。"),
        ("会计", "尹大伟", "负责财务核算", "挪用残疾人就业保障金，账务处理不规范",
         "岗位职责", "Ⅲ", "银行账户专人管理，账目季度核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, types_in(typ), ROMAN[lv])
    _merge_runs(sh, first, [((1, 2), (1, 2, 3))])
    return _layout(
        "disabled_federation_no_department", "http://cnenc.net/b2999676.html",
        "区残联 岗位廉政风险防控一览表 after the source's entry on a district 残疾人联合会 (理事长负责制, 事业编制 2 名; "
        "核发残疾人证, 康复, 教育, 劳动就业, 社会保障): a small body, no 科室 column — ``序号 | 岗位 | 姓名 | 职责内容 | "
        "风险点 | 风险类别 | 风险等级 | 防控措施``, 岗位/姓名/职责内容 merged per person, types 制度机制/岗位职责/…, "
        "levels a bare ``Ⅰ``/``Ⅱ``/``Ⅲ``",
        [sh], t,
    )  # fmt: skip


def nature_reserve_stations_remarks() -> dict:
    unit = "XX县自然保护区管理局"
    sh = _Sheet("一览表", [5, 14, 10, 8, 38, 9, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室（站）", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注")
    rows = [
        ("局领导", "局长", "郝建林", "保护区内建设项目准入审查中打招呼、放宽条件", "高",
         "准入审查集体研究，审查结果报上级备案。", None),
        ("办公室", "主任", "乔雨欣", "管护站建设维修工程虚增工程量", "中",
         "工程量现场核实，结算经审计。", None),
        ("资源管护科", "科长", "匡天宇", "生态补偿、护林员补助发放审核不实", "高",
         "补助名单公示，发放直达个人账户。", "重点岗位"),
        ("科研宣教科", "科长", "芦静", "科研合作项目经费使用不规范", "低",
         "项目经费专账核算，年度审计。", None),
        ("金沙管理站", "站长", "聂海", "巡护中发现乱砍滥伐不制止、不报告，收受好处", "中",
         "巡护轨迹记录，案件线索限时上报。", None),
        ("金沙管理站", "站长", "聂海", "护林员考勤弄虚作假，虚报人数", "中",
         "考勤以巡护终端记录为准，每月抽查。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        tier = "middle" if dept == "办公室" else _tier(post)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    sh.add("单位主要负责人（签字）：", None, None, "填报人：", None, "日期：", None, None)
    return _layout(
        "nature_reserve_stations_remarks",
        "http://zmnnr.shidicn.com/coohome/coserver.aspx?uid=5DA863F1E966465981865DD01E5016CC&sid=26243"
        "&clid=43C06A4466B5433883ABE987728F54CC&t=66",
        "县自然保护区管理局 岗位廉政风险防控一览表 after the source's page on a 自然保护区管理局 (办公室, 科研宣教科, "
        "资源管护科, 可持续利用科, 下辖 保护管理站; 资源巡护, 社区共管, 生态旅游): ``序号 | 科室（站） | 岗位 | 姓名 | "
        "廉政风险点 | 风险等级 | 防控措施 | 备注``, 科室 merged (``局领导`` first, a 管理站 last), the 站长 merged over "
        "his two rows, one 备注 ``重点岗位``, a ``单位主要负责人（签字）： | 填报人： | 日期：`` line below, 高/中/低",
        [sh], t,
    )  # fmt: skip


def cyberspace_office_name_before_post() -> dict:
    unit = "中共XX区委网络安全和信息化委员会办公室"
    sh = _Sheet("Sheet1", [5, 12, 8, 10, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "姓名", "职务", "风险点", "风险等级", "防控措施")
    rows = [
        ("领导班子", "蒲建国", "主任", "网络安全和信息化建设资金安排不经集体研究", "高",
         "资金安排方案经主任办公会研究并公开。"),
        ("秘书科", "舒雅", "科长", "公务用车、办公用品管理不规范，虚报费用", "低",
         "用车逐次登记，用品按需领用、按季盘点。"),
        ("网络安全科", "邱振宇", "科长", "网络安全检查中接受被检查单位宴请、礼品", "中",
         "检查两人以上，签订廉洁承诺书。"),
        ("网络安全科", "邱振宇", "科长", "等级保护测评机构推荐中收受好处", "中",
         "不得向被检查单位推荐测评机构，违者追责。"),
        ("舆情科", "覃思雨", "科员", "利用舆情处置为他人删帖、压帖谋取利益", "高",
         "有害信息处置按流程报批，处置记录留存。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, who, post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, who, post, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_runs(sh, first, [(1,), ((1, 2, 3), (2, 3))])
    return _layout(
        "cyberspace_office_name_before_post", "http://xjbtnss.gov.cn/ldzc/zzjg/dwjg/201911/t20191104_313.html",
        "区委网信办 岗位廉政风险防控一览表 after the source's list of a 网信办's duties (网络安全和信息化建设资金安排和"
        "项目管理, 互联网信息内容监督管理, 网络舆情监测): ``序号 | 科室 | 姓名 | 职务 | 风险点 | 风险等级 | 防控措施`` — "
        "the name column before the post column — 科室 merged (``领导班子`` first), 姓名/职务 merged per person, 高/中/低",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    cppcc_office_sections_restart(),
    hydrology_bureau_typed(),
    big_data_bureau_post_duty_roman(),
    literary_federation_short_and_long(),
    archives_filing_unit_line(),
    disabled_federation_no_department(),
    nature_reserve_stations_remarks(),
    cyberspace_office_name_before_post(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (re-saved copies
    ``resaved/b61_*``, none kept)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch61-inbox"))
