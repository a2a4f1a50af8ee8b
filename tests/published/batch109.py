"""A hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 县直部门, a 县委部门, two
bodies of the 群团 and five 事业单位 that no earlier batch used: the 县国防动员办公室, the 县委台湾工作
办公室, the 县总工会's 工人文化宫, the 县妇联's 妇女儿童活动中心, a 县血吸虫病防治站, the 县农业广播电视学校,
the 县防汛防旱指挥部办公室, a 县行政事业单位国有资产管理中心 and a 县土壤肥料技术指导站 — each handing back
its 一览表, 排查表, 清单 or 防控卡 with the small habits of the staff who typed it:

- the 国防动员办公室's 一览表 whose 岗位 cells carry the line of work in brackets
  (``副主任（分管人防工程、易地建设费征收）``) beside a 姓名 column;
- the 工人文化宫's rows typed into the 县总工会's template: its title names the 总工会 (``金湖县总工会
  直属单位岗位廉政风险排查表``), a ``单位名称`` column merged down names the 文化宫;
- the 妇女儿童活动中心's 清单 对岗不对人 with no 科室 column (``培训部部长``, ``会计``), a ``风险程度``
  column, types written ``制度机制类`` and a ``说明`` under it;
- the 血防站's 一览表 whose two-character names are padded with a full-width space to line up with
  the three-character ones (``晏　澄``), and a sentence under the table that counts the points by level;
- the 农广校's 一览表 with a ``是否重点岗位`` column (``是``/``否``) between the post and the holder;
- the 县委台办's list of its four people (``职务 | 姓名 | 分管工作``, no 科室 column) whose 主任 is
  the 统战部's deputy, written ``帅承钧（兼）``; the title names the office's second plate
  (``（金湖县人民政府台湾事务办公室）``); levels 一级/二级/三级;
- the 国有资产管理中心's 一览表 whose merged 科室 cells are numbered (``1.中心领导``, ``2.综合科`` …) and
  whose holder column is headed ``在岗人员``;
- the 土肥站's 防控卡 one per sheet (``持卡人 | … | 岗位 | …``), levels typed with Arabic digits
  ``1级/2级/3级``.

One is harder:

- ``flood_office_level_groups``: the 防汛防旱指挥部办公室's 一览表 has NO level column; its rows are
  grouped under ``一、高风险点（共4个）``, ``二、中风险点（共3个）``, ``三、低风险点（共2个）``, the 序号
  starting again at 1 under each, so one holder's points stand in two or three groups apart.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (人防 offices and 人防工程 审批 and
易地建设费; a 县总工会's 工人文化宫 with its 健身房, 乒乓球室, 培训教室 and 公益课; a 妇女儿童活动中心's
未成年人安全教育, 家政培训, 婚姻家庭指导; a 县血防站 with 查螺, 灭螺 and 查病; the 农广校's 农民教育培训 and
田间学校; a 区台办's 机构领导 with their 分管工作; a 市防汛抗旱指挥部办公室's 物资储备 and 资金; a 县's 行政事业
单位国有资产 处置 and 出租 rules; a 土肥站's 职能 and its 化验室) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 金湖县.

Run ``python tests/published/score.py --set batch109`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b109_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``副主任（分管人防工程、易地建设费征收）`` under 岗位 is the post 副主任; the brackets name his work;
- a ``单位名称`` column names the unit whose rows they are, though the template's title names the body
  above it (the 总工会): the unit is the 工人文化宫;
- ``晏　澄`` (a full-width space inside a two-character name) is 晏澄;
- a ``是否重点岗位`` column (``是``/``否``) is no post, no holder and no level;
- ``帅承钧（兼）`` under 姓名 is 帅承钧, who holds the post of 主任 concurrently;
- the unit of ``中共金湖县委台湾工作办公室（金湖县人民政府台湾事务办公室）`` is the first name, the second is
  the same office's other plate;
- a numbered 科室 cell ``2.综合科`` is the 科室 综合科;
- a group row ``一、高风险点（共4个）`` levels the rows under it (高 = 1), whatever holder they name;
- ``1级/2级/3级`` are 一级/二级/三级 (1 the highest);
- 主任/副主任 of an office or a 中心, 站长/副站长, 校长/副校长 are leaders; 科长, 部长, 办公室主任 and
  化验室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b109_"
PLACE = "金湖县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ARABIC = {"1级": 1, "2级": 2, "3级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _padded(name: str) -> str:
    """A two-character name padded with a full-width space, as typed to line up with three."""
    return GAP.join(name) if len(name) == 2 else name


# --------------------------------------------------------------------------- harder layout


def flood_office_level_groups() -> dict:
    unit = f"{PLACE}防汛防旱指挥部办公室"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, "填报日期：2024年12月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "防控措施")
    groups = [
        ("一、高风险点（共4个）", 1, [
            ("办领导", "主任", "贲鸿祯", "leader", "防汛抢险应急工程不经集体研究直接指定施工单位", "制度机制",
             "应急工程事后补办手续须经指挥部办公会研究,工程量由第三方审核。"),
            ("防汛抗旱科", "科长", "牟清川", "middle", "防汛抗旱资金分配方案向个别乡镇倾斜,不按灾情核定",
             "岗位职责", "资金分配方案按灾情统计数据测算,报指挥部审定后公示。"),
            ("物资仓库", "保管员", "荀沐白", "general", "防汛物资出库不登记,冲锋舟、编织袋等物资私自外借",
             "制度机制", "物资出入库凭调拨单,台账与实物每月盘点。"),
            ("办领导", "副主任", "郁子衿", "leader", "防汛物资采购中指定供应商、收受回扣", "外部环境",
             "物资采购按政府采购程序进行,验收由使用、仓库、财务三方签字。"),
        ]),
        ("二、中风险点（共3个）", 2, [
            ("办领导", "主任", "贲鸿祯", "leader", "汛后水毁工程修复项目验收降低标准", "岗位职责",
             "修复项目验收邀请水利、财政部门参加,验收资料存档备查。"),
            ("物资仓库", "保管员", "荀沐白", "general", "过期物资报废处置不按程序,变卖收入不入账", "业务流程",
             "报废物资经鉴定、审批后统一处置,收入全额上缴。"),
            ("防汛抗旱科", "科员", "尉迟朗", "general", "汛期值班补助、抢险人员误工补助虚报人数", "思想道德",
             "值班、抢险人员签到表和照片留存,补助名单公示。"),
        ]),
        ("三、低风险点（共2个）", 3, [
            ("防汛抗旱科", "科长", "牟清川", "middle", "雨情、水情、灾情统计数据不实,虚报灾情", "岗位职责",
             "灾情数据由乡镇上报、科室核实、分管领导审签。"),
            ("综合科", "科员", "冉书禾", "general", "防汛宣传资料印制不比价", "业务流程",
             "印制项目三家以上比价,比价记录留存。"),
        ]),
    ]  # fmt: skip
    for caption, level, rows in groups:
        _line(sh, caption, 7)
        for n, (dept, post, who, tier, point, typ, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), level)
    sh.add()
    sh.add("填表人：", None, "审核人：", None, None, "（盖章）", None)
    return _layout(
        "flood_office_level_groups", "http://henan.kjzch.com/zhengzhou/2018-07-02/625097.html",
        "(harder) 县防汛防旱指挥部办公室 岗位廉政风险点一览表, after the source's account of a 市防汛抗旱指挥部办公室 (防汛抗旱"
        "物资的储备、使用管理, 防汛抗旱资金的申请、管理, 水毁工程修复, 灾情): ``填报单位：… | 填报日期：…`` over the header "
        "序号/科室/岗位/姓名/风险点/风险类型 (short names)/防控措施 — NO level column; the rows are grouped under merged "
        "lines ``一、高风险点（共4个）``, ``二、中风险点（共3个）``, ``三、低风险点（共2个）``, the 序号 starting again at 1 "
        "under each, so the 主任, the 防汛抗旱科 科长 and the 仓库 保管员 each have points in two groups apart; nothing "
        "merged; 填表人/审核人/盖章 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def civil_defense_post_brackets() -> dict:
    unit = f"{PLACE}国防动员办公室"
    sh = _Sheet("一览表", [6, 12, 22, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年11月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    works = "副主任（分管人防工程、易地建设费征收）"
    signals = "副主任（分管国防动员、指挥通信）"
    rows = [
        ("办领导", "主任", "主任", "冼秉谦", "leader", "人防工程建设项目和大额资金使用不经党组会集体研究",
         "制度机制", "高", "落实“三重一大”集体决策制度,会议纪要存档备查。"),
        ("办领导", works, "副主任", "郦望舒", "leader", "违规减免、缓缴防空地下室易地建设费", "岗位职责", "高",
         "减免、缓缴一律按规定条件集体审核,结果在门户网站公开。"),
        ("办领导", works, "副主任", "郦望舒", "leader", "人防工程竣工验收降低标准", "岗位职责", "中",
         "竣工验收由工程科、质监机构共同参加,验收资料归档。"),
        ("办领导", signals, "副主任", "禤振霖", "leader", "防空警报设施建设项目指定施工单位", "外部环境", "高",
         "警报设施建设按规定招标,评标全程录音录像。"),
        ("综合科", "科长", "科长", "斛晓棠", "middle", "公务接待、车辆维修费用虚列", "制度机制", "低",
         "接待、维修先审批后实施,费用每季度公开。"),
        ("人防工程科", "科长", "科长", "谯南枝", "middle", "防空地下室结建审查把关不严,为不符合条件的项目出具审查意见",
         "岗位职责", "高", "结建审查实行初审、复审两级审核,审查意见集体会商。"),
        ("人防工程科", "科长", "科长", "谯南枝", "middle", "核算易地建设费时少算应建面积", "业务流程", "中",
         "应建面积按规划许可数据核算,核算表双人复核。"),
        ("人防工程科", "科员", "科员", "庾一禾", "general", "人防工程平时使用检查走过场,收受使用单位好处", "外部环境",
         "中", "检查两人以上,检查记录拍照存档,问题限期整改。"),
        ("指挥通信科", "科员", "科员", "琚远澄", "general", "警报器维护保养费用审核不严", "业务流程", "低",
         "维护保养凭试鸣记录和维保单结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, shown, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, shown, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年11月20日", None)
    return _layout(
        "civil_defense_post_brackets", "http://m.zgkjsz.com/page/2018/0122/4712342.shtml",
        "县国防动员办公室 岗位廉政风险点一览表, after the source's account of 人防办 officials and their power over 人防工程 "
        "审批 and 易地建设费: ``填报单位（盖章）：… | 填报时间：…`` over 序号/科室 merged (办领导, 综合科, 人防工程科, 指挥"
        "通信科)/岗位 — the two 副主任 cells carrying their line of work in brackets, ``副主任（分管人防工程、易地建设费"
        "征收）``, ``副主任（分管国防动员、指挥通信）``/姓名 (both merged per person)/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def workers_palace_unit_column() -> dict:
    unit = f"{PLACE}工人文化宫"
    sh = _Sheet("排查表", [6, 14, 10, 10, 9, 34, 12, 8, 34, 8])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{PLACE}总工会直属单位岗位廉政风险排查表", 10)
    sh.add(
        "序号",
        "单位名称",
        "部门",
        "岗位",
        "责任人",
        "风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "备注",
    )
    rows = [
        ("文化宫领导", "主任", "逄清漪", "leader", "场馆改造提升项目不经集体研究确定施工单位", "制度机制风险", "Ⅰ级",
         "改造项目经主任办公会研究并报县总工会审批,按规定比选施工单位。"),
        ("文化宫领导", "主任", "逄清漪", "leader", "场馆对外出租、合作经营协议未经审批,租金收入不入账", "制度机制风险",
         "Ⅰ级", "出租、合作经营报县总工会审批,租金全额进入单位账户。"),
        ("文化宫领导", "副主任", "亢云舒", "leader", "职工公益培训师资选聘优亲厚友", "岗位职责风险", "Ⅱ级",
         "师资选聘条件和结果公示。"),
        ("办公室", "会计", "嵇若岑", "general", "培训、活动经费报销审核不严,虚列支出", "业务流程风险", "Ⅱ级",
         "报销凭签到表、照片和发票,实行三级审核。"),
        ("办公室", "会计", "嵇若岑", "general", "场馆收费现金未及时存入单位账户", "制度机制风险", "Ⅰ级",
         "收费一律扫码入账,现金日清日结。"),
        ("活动部", "部长", "邝启帆", "middle", "职工文体比赛奖品采购不比价", "外部环境风险", "Ⅱ级",
         "奖品采购三家以上比价,发放签领登记。"),
        ("活动部", "场馆管理员", "雍晓梵", "general", "健身房、乒乓球室私自收费或为熟人免费开放", "思想道德风险",
         "Ⅲ级", "场馆开放时间和收费标准上墙公示,入场实名登记。"),
        ("培训部", "部长", "寇听澜", "middle", "公益课程学员人数、课时虚报", "岗位职责风险", "Ⅱ级",
         "公益课签到、照片存档,课时由办公室按月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, unit, dept, post, who, point, typ, lv, measures, None)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[2:5]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[2]), (3, per_person), (4, per_person)],
    )
    sh.add()
    sh.add("单位负责人签字：", None, None, None, "填表人：", None, None, "2024年9月", None, None)
    return _layout(
        "workers_palace_unit_column", "https://epaper.zjgrrb.cn/html/2025-03/21/content_2862518.htm?div=-1",
        "县工人文化宫's rows typed into the 县总工会's template, after the source's account of a 县总工会 turning its "
        "building into a 工人文化宫 (健身房, 棋室, 乒乓球室, 培训教室, 公益课程, 值班巡守): ``附件1``, the template's title "
        "``金湖县总工会直属单位岗位廉政风险排查表`` (naming the 总工会, not the 文化宫), then 序号/``单位名称`` merged down "
        "over every row (``金湖县工人文化宫``)/部门 merged (文化宫领导, 办公室, 活动部, 培训部)/岗位 and 责任人 merged per "
        "person/风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/an empty 备注; 单位负责人签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def women_children_center_posts() -> dict:
    unit = f"{PLACE}妇女儿童活动中心"
    sh = _Sheet("清单", [6, 14, 24, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类别", "风险程度", "防控措施")
    rows = [
        ("主任", "leader", "主持中心全面工作", "中心场地对外合作办班不经集体研究,合作收益分配不公开", "制度机制类", "高",
         "合作办班经中心班子会研究并报县妇联,收益按协议入账。"),
        ("主任", "leader", "主持中心全面工作", "大额资金支出一支笔审批", "制度机制类", "高",
         "大额资金支出集体研究,执行会签。"),
        ("副主任", "leader", "分管培训和儿童活动", "家政培训补贴申领时虚报学员人数", "岗位职责类", "中",
         "学员名单与身份证、签到表核对,补贴名单公示。"),
        ("办公室主任", "middle", "负责后勤、采购和资产", "儿童活动器材采购指定品牌", "外部环境类", "中",
         "采购需求集体确定,三家以上比价。"),
        ("培训部部长", "middle", "负责家政培训、婚姻家庭指导课程", "培训机构遴选中收受好处", "思想道德类", "高",
         "培训机构公开遴选,评审结果公示。"),
        ("活动部干事", "general", "负责未成年人安全教育和志愿服务活动", "活动经费虚报参加人数", "业务流程类", "低",
         "活动签到、照片存档,经费据实报销。"),
        ("会计", "general", "负责财务核算和票据管理", "收费票据管理不规范,收入不及时入账", "制度机制类", "中",
         "票据专人保管、领用登记,收入当日入账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post)])
    _line(
        sh,
        "说明：风险程度分高、中、低三档；风险类别按思想道德类、制度机制类、岗位职责类、业务流程类、外部环境类填写。",
        7,
    )
    sh.add("填报人：", None, "审核人：", None, None, "2024年10月", None)
    return _layout(
        "women_children_center_posts", "http://vacances-vacance.com/women/2013-08/30/content_12358424.htm",
        "县妇女儿童活动中心 岗位廉政风险防控清单 对岗不对人, after the source's account of a 妇女儿童活动中心 (未成年人安全"
        "教育, 家政培训, 婚姻家庭指导服务, 志愿者组织): the title, then 序号/岗位 (主任, 副主任, 办公室主任, 培训部部长, "
        "活动部干事, 会计 — no 科室 column, no names)/岗位职责 (both merged per post)/风险点/风险类别 written "
        "``制度机制类``/``风险程度`` 高/中/低/防控措施; a merged ``说明：…`` line under it naming the three levels and "
        "the five types; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def schisto_station_padded_names() -> dict:
    unit = f"{PLACE}血吸虫病防治站"
    sh = _Sheet("Sheet1", [6, 10, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "晏澄", "leader", "灭螺药物、查病试剂采购不经集体研究,指定供应商", "制度机制", "高",
         "药物、试剂按政府采购程序购置,站务会集体研究。"),
        ("站领导", "站长", "晏澄", "leader", "晚期血吸虫病人救治补助审批把关不严", "岗位职责", "高",
         "救治补助凭病历、发票审核,名单按季度公示。"),
        ("站领导", "副站长", "闵知秋", "leader", "查螺灭螺任务分配和补助发放不公", "岗位职责", "中",
         "任务分配方案公开,补助按实际作业量核发。"),
        ("防治科", "科长", "巩昕", "middle", "吡喹酮等治疗药品发放不登记,流失外卖", "制度机制", "高",
         "药品出入库凭处方登记,每月盘点。"),
        ("防治科", "医师", "缪语桐", "general", "查病人数、服药人数虚报", "业务流程", "中",
         "查病名单与村卫生室核对,随机电话回访。"),
        ("灭螺科", "科长", "佟岳", "middle", "灭螺面积、药物用量虚报,套取灭螺经费", "岗位职责", "中",
         "灭螺作业定位拍照,面积由乡镇血防组签字确认。"),
        ("灭螺科", "技术员", "靳澈", "general", "查螺数据弄虚作假", "业务流程", "低",
         "查螺记录双人签字,抽样复查。"),
        ("检验科", "检验师", "甄芷蘅", "general", "粪检、血检结果出具不实", "岗位职责", "中",
         "检验结果复核,阳性样本留存。"),
        ("财务室", "会计", "暨宁", "general", "专项经费报账审核不严,虚列支出", "制度机制", "低",
         "报账凭证三级审核,专项经费专账核算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, _padded(who), point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    count = {lv: sum(r[6] == lv for r in rows) for lv in "高中低"}
    _line(
        sh,
        f"本站共排查廉政风险点{len(rows)}个，其中高风险点{count['高']}个、中风险点{count['中']}个、"
        f"低风险点{count['低']}个。",
        8,
    )
    sh.add("填表人：", None, None, "站长签字：", None, None, "2024年8月", None)
    return _layout(
        "schisto_station_padded_names", "https://www.renrendoc.com/p-6889540.html",
        "县血吸虫病防治站 岗位廉政风险点一览表, after the source's 调研报告 on a 县血防站 (血吸虫病 流行, 钉螺面积, 查螺灭螺, "
        "查病治病, 血防 经费): 序号/科室 merged (站领导, 防治科, 灭螺科, 检验科, 财务室)/岗位 and 姓名 merged per person, "
        "every TWO-character name padded with a full-width space in the middle (``晏　澄``, ``巩　昕``, ``佟　岳``, "
        "``靳　澈``, ``暨　宁``) to line up with the three-character ones/风险点/风险类型 (short names)/风险等级 高/中/低/"
        "防控措施; under the table a merged SENTENCE counting the points (``本站共排查廉政风险点9个，其中高风险点3个、…``), "
        "then 填表人/站长签字/date",
        [sh], t,
    )  # fmt: skip


def farmer_school_key_post() -> dict:
    unit = f"{PLACE}农业广播电视学校"
    sh = _Sheet("一览表", [6, 10, 10, 8, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "是否重点岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "是", "殳明远", "leader", "高素质农民培育项目承训机构确定不经集体研究", "高",
         "承训机构公开遴选,校务会集体研究,结果公示。"),
        ("校领导", "校长", "是", "殳明远", "leader", "培训项目资金拨付审批把关不严", "高",
         "资金凭培训档案和考核结果拨付,实行会签。"),
        ("校领导", "副校长", "是", "鄂清扬", "leader", "农民田间学校认定降低条件", "中",
         "认定实地核查,认定结果公示。"),
        ("教务科", "科长", "是", "桑晚晴", "middle", "中专学历教育招生违规收费", "高",
         "招生简章和收费标准公开,收费统一开票。"),
        ("教务科", "班主任", "否", "苍若溪", "general", "教材征订中收受出版发行单位好处", "低",
         "教材目录集体确定,征订自愿。"),
        ("培训科", "科长", "是", "粟映川", "middle", "培训学员名单虚报,套取培训补助", "高",
         "学员实名签到、人脸识别,名单与农户信息比对。"),
        ("培训科", "科长", "是", "粟映川", "middle", "实训基地遴选优亲厚友", "中",
         "实训基地遴选标准公开,专家评审。"),
        ("办公室", "会计", "是", "祁望川", "general", "培训经费报销票据审核不严", "中",
         "票据逐张审核,培训费用按项目专账核算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, key, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, key, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年7月", None)
    return _layout(
        "farmer_school_key_post", "https://mobile.ngx.net.cn/xwdt/dwyw/202202/t20220217_228213.html",
        "县农业广播电视学校 岗位廉政风险点一览表, after the source's 农广校 发展规划 (农民教育培训, 高素质农民培育, 农民"
        "中等职业教育, 农民田间学校, 实训基地): 序号/科室 merged (校领导, 教务科, 培训科, 办公室)/岗位/``是否重点岗位`` "
        "(``是``/``否``)/责任人 — the three merged per person/风险点/风险等级 高/中/低/防控措施; no type column; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def taiwan_office_concurrent_head() -> dict:
    unit = f"中共{PLACE}委台湾工作办公室"
    sh = _Sheet("Sheet1", [6, 12, 12, 22, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}（{PLACE}人民政府台湾事务办公室）岗位廉政风险防控一览表", 7)
    sh.add("序号", "职务", "姓名", "分管工作", "风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "帅承钧（兼）", "帅承钧", "leader", "全面负责", "对台交流项目和涉台经费使用不经集体研究", "一级",
         "涉台经费使用经办务会研究,执行“三重一大”制度。"),
        ("主任", "帅承钧（兼）", "帅承钧", "leader", "全面负责", "赴台交流人员审核把关不严", "二级",
         "赴台人员资格审核留痕,报县委对台工作领导小组审定。"),
        ("副主任", "昝怀远", "昝怀远", "leader", "分管台资企业服务、经贸交流", "服务台资企业中收受企业礼品、宴请", "一级",
         "服务企业事项登记,节前廉洁提醒。"),
        ("副主任", "昝怀远", "昝怀远", "leader", "分管台资企业服务、经贸交流", "涉台接待超标准", "二级",
         "接待先审批后实施,接待清单按月公示。"),
        ("综合科科长", "羿岚川", "羿岚川", "middle", "负责办公室日常、宣传和采购", "涉台宣传品、接待用品采购不比价",
         "二级", "采购三家以上比价,验收两人签字。"),
        ("科员", "敖星野", "敖星野", "general", "负责台胞台属来信来访和联谊会日常", "困难台属慰问金发放对象审核不实",
         "二级", "慰问对象经乡镇核实,名单公示。"),
        ("科员", "敖星野", "敖星野", "general", "负责台胞台属来信来访和联谊会日常", "泄露台胞台属来信来访信息", "三级",
         "来信来访信息专人登记保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, shown, who, tier, work, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, shown, work, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人：", None, "主要负责人签字：", None, None, "2024年9月", None)
    return _layout(
        "taiwan_office_concurrent_head",
        "https://jendow.com.tw/wiki/%E6%B5%A6%E6%9D%B1%E6%96%B0%E5%8D%80%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C"
        "%E5%8F%B0%E7%81%A3%E4%BA%8B%E5%8B%99%E8%BE%A6%E5%85%AC%E5%AE%A4",
        "县委台湾工作办公室 岗位廉政风险防控一览表, after the source's page on a 区台办 (机构领导: 台办主任 — 分管工作 全面"
        "负责; 副主任 — 分管工作 …; 台胞台商 接待, 台资企业, 台胞台属 来信来访): the title names the office and, in "
        "brackets, its second plate ``（金湖县人民政府台湾事务办公室）``; 序号/职务 (主任, 副主任, 综合科科长, 科员 — no 科室 "
        "column)/姓名 — the 主任, the 统战部's deputy, written ``帅承钧（兼）``/分管工作 (``全面负责``, …) — the three "
        "merged per person/风险点/风险等级 一级/二级/三级/防控措施; no type column; 填报人/主要负责人签字/date",
        [sh], t,
    )  # fmt: skip


def state_assets_numbered_depts() -> dict:
    unit = f"{PLACE}行政事业单位国有资产管理中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, "2024年10月", None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 7)
    sh.add("序号", "科室", "岗位", "在岗人员", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "步青岚", "leader", "行政事业单位房屋出租不经集体研究,不公开招租", "制度机制", "高",
         "出租事项经中心主任办公会研究,一律进入公共资源交易平台公开招租。"),
        ("中心领导", "副主任", "慕容晰", "leader", "资产处置审批把关不严,低价处置", "岗位职责", "高",
         "处置事项集体审核,评估价作为底价公开处置。"),
        ("综合科", "科长", "檀若虚", "middle", "公物仓调剂资产登记不全,调剂去向不清", "业务流程", "中",
         "公物仓资产入库、调剂逐项登记,每半年清查。"),
        ("资产配置科", "科长", "练晴川", "middle", "超标准审核单位资产配置预算", "岗位职责", "中",
         "配置预算按标准审核,审核意见双人复核。"),
        ("资产配置科", "科员", "索清远", "general", "资产卡片数据随意修改", "制度机制", "低",
         "资产系统操作权限分级,修改留痕。"),
        ("资产处置科", "科长", "揭小满", "middle", "处置资产评估中与评估机构串通压低评估价", "外部环境", "高",
         "评估机构随机选取,评估报告复核。"),
        ("资产处置科", "科长", "揭小满", "middle", "租金收缴不及时,欠租不催缴", "业务流程", "中",
         "建立租金收缴台账,逾期催缴记录存档。"),
    ]  # fmt: skip
    numbered = {d: f"{k}.{d}" for k, d in enumerate(dict.fromkeys(r[0] for r in rows), 1)}
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, numbered[dept], post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, "审核人：", None, None, None, None, None)
    return _layout(
        "state_assets_numbered_depts", "https://www.hanyin.gov.cn/Content-2709188.html",
        "县行政事业单位国有资产管理中心 岗位廉政风险点一览表, after the source's 县财政局 notice on 行政事业单位国有资产 处置 "
        "and 国有房屋出租 (公开招租, 评估, 审批): ``单位：… | date`` over 序号/科室 merged and NUMBERED in the cell "
        "(``1.中心领导``, ``2.综合科``, ``3.资产配置科``, ``4.资产处置科``)/岗位 and ``在岗人员`` (the holder) merged per "
        "person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def soil_station_cards() -> dict:
    unit = f"{PLACE}土壤肥料技术指导站"
    t = _Truth(unit)
    cards = [
        ("站长", "站领导", "扶瑾瑜", "leader", [
            ("测土配方施肥补助项目资金分配不经集体研究", "制度机制", "1级",
             "项目资金分配方案经站务会研究,报县农业农村局备案。"),
            ("耕地质量监测点设置和补偿向关系户倾斜", "岗位职责", "2级", "监测点按布点方案确定,补偿名单公示。"),
            ("化验仪器设备采购指定品牌", "外部环境", "1级", "设备采购按政府采购程序,技术参数集体论证。"),
        ]),
        ("化验室主任", "化验室", "芮晚汀", "middle", [
            ("土样化验数据弄虚作假,为肥料企业出具不实结果", "岗位职责", "1级", "化验数据系统留痕,平行样复检。"),
            ("化验试剂领用不登记", "制度机制", "3级", "试剂出入库登记,每月盘点。"),
        ]),
        ("农艺师", "办公室", "应北辰", "general", [
            ("取土样点位、农户施肥调查数据不实", "业务流程", "2级", "取样定位拍照,调查表农户签字。"),
            ("肥料质量抽检中接受企业宴请", "思想道德", "2级", "抽检两人以上,样品封样签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, dept, who, tier, points in cards:
        sh = _Sheet(post, [6, 34, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "岗位", post, None)
        sh.add("科室", dept, "填卡日期", "2024年6月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ARABIC[lv])
        sh.add()
        sh.add("持卡人签字：", None, "站长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "soil_station_cards", "https://twwiki.net/wiki/ez3vooezv2oy4o0.html",
        "县土壤肥料技术指导站 岗位廉政风险防控卡, one sheet per post (tabs 站长, 化验室主任, 农艺师), after the source's "
        "page on a 土肥站 (职能: 土壤培肥, 定点观测, 测土配方施肥, 化肥质量检测; 内设 办公室 and 化验室): the title, two "
        "rows of pairs ``持卡人 | … | 岗位 | …`` and ``科室 | … | 填卡日期 | …``, then 序号/风险点/风险类型 (short names)/"
        "风险等级 typed with ARABIC digits ``1级/2级/3级``/防控措施; 持卡人签字/站长签字",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    flood_office_level_groups(),
    civil_defense_post_brackets(),
    workers_palace_unit_column(),
    women_children_center_posts(),
    schisto_station_padded_names(),
    farmer_school_key_post(),
    taiwan_office_concurrent_head(),
    state_assets_numbered_depts(),
    soil_station_cards(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch109-inbox"))
