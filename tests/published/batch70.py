"""A seventieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE, AGAIN — one form per person, as
the staff of three bodies no earlier batch drew on (a 县市政设施管理所 with its 路灯管理股 and 道路养护股;
a 县双河镇人民政府 with its 财政所, 便民服务中心 and 农业综合服务中心; a 县农村能源工作站 with its 技术推广股
and 综合股) hand back the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表
(``workbook_templates/forms.toml``) or their own office's 防控卡 / 自查表 / 登记表: three or four files per
unit, a sheet per person in some, ordinary filling habits. Eight are EVERYDAY:

- the 市政设施管理所 所长's 附件2: levels in his own words ``较高``/``中``/``低`` (he would not write 高 of
  his own post; 较高 is the top of his column), types in short words of the office's own
  (``制度风险``, ``职责风险``, ``流程风险``, ``道德风险``, ``外部风险``), a “三重一大” row numbered on;
- the 所's 路灯管理股 附件3 by its 股长 (tab = the 股), ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, and under the last risk
  row a COUNT LINE typed into the 岗位职责 column alone, not merged (``本岗位共查找廉政风险点5个,其中Ⅰ级
  2个、Ⅱ级2个、Ⅲ级1个。``);
- the 所's 道路养护股 workbook whose FIRST tab is a 汇总 roster of the 股's staff (序号/姓名/所在科室/职务/
  岗位风险等级/查找风险点(个)/填表日期, no risk in it), then one 附件4 per person on a tab named for the
  person, each with a ``主要职责:…`` line inserted between the 姓名 row and the heading;
- the 镇's 副镇长's 附件2 with the post typed ``副镇长（挂职）`` (seconded from a county body), 一级/二级/三级;
- the 镇's 财政所 附件3 by its 所长: levels ``高``/``一般``/``低`` (一般 the middle step of her column);
- the 镇's 农业综合服务中心 农技员's 个人岗位廉政风险自查表 whose 风险类型 and 风险等级 cells are drop-down
  lists fed from a HIDDEN second tab ``选项`` (a column of the five types, a column 高/中/低), and a
  trailing ``自查情况`` column;
- the 农村能源工作站 站长's own 领导干部廉政风险登记表: a GRID of fields — ``姓名`` and its value merged over
  two rows, ``职务 | 站长`` on the first and ``分管工作 | …`` on the second, ``岗位风险等级`` merged over both —
  and a row INSERTED by copying the one above, so two rows share 序号 ``3`` and 工作事项 ``设备采购``;
- the 站's workbook of two 岗位廉政风险防控卡 with no 姓名 field (``所在股室 | … | 岗位 | … | 岗位风险等级 |
  …``), tabs named with a number in front of the holder's name (``1.章文斌``, ``2.庞丽``).

One is harder:

- ``shuanghe_window_cards_three_names``: the 镇 便民服务中心's workbook of two 岗位廉政风险防控卡, tabs named
  for the window (``社保窗口``, ``民政窗口``), each with THREE names in its fields — ``持卡人 | 甘晓梅 | 所在科室
  | 便民服务中心 | 职务 | 社保窗口经办员`` and under it ``科室负责人 | 鲁志远 | 分管领导 | 祁海峰 | 岗位风险等级
  | 中``: the 持卡人 holds the card; the 科室负责人 (the 中心主任) and the 分管领导 (the 副镇长 of the 附件2
  above) only watch it; an unsigned three-way signing line under it.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (who installs and looks after a 县城's 路灯 — 设计, 招标, 施工, 验收, 维护;
the 路灯 corruption cases — 招标, 验收, 电费, 灯杆广告; a city's rules on 挖掘、占用城市道路 and the 养护 of
井盖 and other 设施; what a 副镇长 分管 — 招商引资, 产业; a 镇财政所 paying 耕地地力保护补贴 through the 惠农
一卡通; a 镇便民服务中心 with 民政 and 社保 windows and AB岗; 农技指导员 handing 物化补助 to 科技示范户; a
county's 农村沼气 work — 补助, 技工培训, 监督考评; the 村级沼气服务网点 and their 配件) and the layout
follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch70`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b70_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with title "", 附件4 general); an
  office's own 登记表 / 防控卡 / 自查表 follows the post (站长 leader; 经办员, 技术员, 保管员, 农技员 general);
- a column whose only level words are ``较高``/``中``/``低`` runs 较高 → 1, 中 → 2, 低 → 3; one whose only
  level words are ``高``/``一般``/``低`` runs 高 → 1, 一般 → 2, 低 → 3 (each word's place in its own column);
- ``道德风险``/``制度风险``/``职责风险``/``流程风险``/``外部风险`` are 思想道德/制度机制/岗位职责/业务流程/外部环境;
- ``副镇长（挂职）`` is the post 副镇长: the bracket says how he came to it, no part of the post;
- a count line under the table (``本岗位共查找廉政风险点5个,…``) is no point, though it names levels;
- a 汇总 roster tab of names and counts is no form and gives no point; each person's tab is a form;
- a hidden tab of drop-down options (the five types, 高/中/低) is no form;
- on a card naming a 持卡人, a 科室负责人 and a 分管领导, the 持卡人 holds it;
- a tab ``1.章文斌`` on a card with no 姓名 field names the holder 章文斌 (the number orders the tabs);
- a copied row sharing the 序号 of the row above is a point of its own.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus hidden tabs and drop-down lists) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch66 import (
    HEAD,
    LEADER_HEAD,
    NOTE_COUNTY,
    NOTE_GENERAL,
    _leader_groups,
    _leader_reviews,
    _line,
    _official_rows,
    _reviews,
    _top,
)
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b70_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
SOFTER = {"较高": 1, "中": 2, "低": 3}  # the 所长's column: 较高 is its top
MIDWORD = {"高": 1, "一般": 2, "低": 3}  # the 所长 of the 财政所: 一般 is her middle
SHORT_TYPES = {"道德风险": "思想道德", "制度风险": "制度机制", "职责风险": "岗位职责",
               "流程风险": "业务流程", "外部风险": "外部环境"}  # fmt: skip
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
SELFCHECK_HEAD = ("序号", "查找的风险点", "风险类型", "风险等级", "防控措施", "自查情况")
REGISTER_HEAD = ("序号", "工作事项", "风险点", "风险类别", "风险等级", "防控措施")
ROSTER_HEAD = ("序号", "姓名", "所在科室", "职务", "岗位风险等级", "查找风险点(个)", "填表日期")
OPTION_TYPES = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
MUNICIPAL = "XX县市政设施管理所"
TOWNSHIP = "XX县双河镇人民政府"
ENERGY = "XX县农村能源工作站"


def _short(kind: str) -> list[str]:
    return [SHORT_TYPES[kind]]


# --------------------------------------------------------------------------- harder layout


def shuanghe_window_cards_three_names() -> dict:
    unit = TOWNSHIP
    dept, head, leader = "便民服务中心", "鲁志远", "祁海峰"
    t = _Truth(unit)
    people = [
        ("社保窗口", "甘晓梅", "社保窗口经办员", "中", [
            ("为不符合条件的人员办理城乡居民养老保险待遇领取", "岗位职责", "高",
             "待遇领取资格与公安、民政数据比对,资料经中心负责人复核。"),
            ("帮办代办社保业务时收取群众好处费", "思想道德", "中", "帮办代办一律免费,评价器实时评价。"),
            ("泄露参保人身份和缴费信息", "制度机制", "低", "系统账号专人专用,查询记录留痕。"),
        ]),
        ("民政窗口", "俞春燕", "民政窗口经办员", "中", [
            ("低保申请材料受理把关不严,办人情保、关系保", "岗位职责", "高",
             "申请材料一次性告知,入户调查两人以上,结果在村公示。"),
            ("临时救助金发放拖延或截留", "业务流程", "中", "救助金打卡发放,发放名单每月公示。"),
            ("残疾人两项补贴申报审核走过场", "外部环境", "低", "补贴申报与残联数据比对,中心负责人每月抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, grade, rows in people:
        sh = _Sheet(tab, [6, 36, 12, 12, 34, 10])
        _line(sh, "双河镇便民服务中心工作人员岗位廉政风险防控卡", 6)
        _line(sh, f"填报单位:{unit}", 6)
        sh.add("持卡人", who, "所在科室", dept, "职务", post)
        sh.add("科室负责人", head, "分管领导", leader, "岗位风险等级", grade)
        sh.add(*CARD_HEAD)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "科室负责人签字:", None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "shuanghe_window_cards_three_names",
        "http://www.slrbs.com/xqzc/xianqudongtai/dzjs/2015-09-17/488574.html",
        "(harder) 县 双河镇 便民服务中心 workbook of two 岗位廉政风险防控卡 after the source's account of a 镇 that opened "
        "its 民政 and 社保 halls into one 便民服务中心 (专门窗口 for 社会保障, 民政救助, 残疾人保障; AB岗; 责任分工): tabs "
        "named for the WINDOW (``社保窗口``, ``民政窗口``); a title, a ``填报单位:XX县双河镇人民政府`` line, then THREE "
        "names in the fields — ``持卡人 | 甘晓梅 | 所在科室 | 便民服务中心 | 职务 | 社保窗口经办员`` and under it "
        "``科室负责人 | 鲁志远 | 分管领导 | 祁海峰 | 岗位风险等级 | 中`` (the same 科室负责人 and 分管领导 on both "
        "cards; 祁海峰 is the 副镇长 of ``shuanghe_deputy_seconded``): the 持卡人 holds the card; 序号/风险点/风险类型 "
        "(without 风险)/风险等级 高/中/低/防控措施; an unsigned 持卡人/科室负责人/分管领导 signing line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县市政设施管理所


def municipal_director_higher_levels() -> dict:
    unit = MUNICIPAL
    who, post = "柏振华", "所长"
    sh = _Sheet("附件2", [6, 18, 36, 12, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "较高")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持全面工作\n分管办公室、财务股", [
            ("所务会研究事项会前定调,集体决策走过场", "制度风险", "较高",
             "议题提前一天发给班子成员,会上末位表态并记录在案。"),
            ("年度养护维修计划个人确定,向熟悉的施工队倾斜", "职责风险", "较高",
             "养护计划经所务会研究后报县住建局备案,施工队伍按规定比选。"),
            ("对下属报账中虚列维修费用失察", "职责风险", "中", "维修费用报销附派工单和验收单,每季度抽查一次。"),
        ]),
        ("分管路灯管理股、道路养护股", [
            ("路灯改造工程设计时为灯具厂家量身设定参数", "流程风险", "较高",
             "技术参数经第三方审查,灯具采购进入县公共资源交易平台。"),
            ("接受施工单位宴请、礼品,验收时打招呼", "道德风险", "中", "竣工验收由县住建局牵头组织,本人不单独签署结算。"),
            ("道路挖掘修复费收取中为关系单位减免", "外部风险", "低", "修复费按县定标准收取,减免一律上会研究并公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, _short(kind), SOFTER[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面")
    point = "路灯电费和养护资金年度预算安排个人说了算"
    sh.add(
        n + 1,
        "大额资金使用",
        point,
        "制度风险",
        "较高",
        "预算安排经所务会集体研究,会议纪要存档备查。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "municipal_director_higher_levels", "https://top.drbdp.com/2-316114.html",
        "县市政设施管理所 所长's 附件2 (tab ``附件2``) after the source's answer on who installs a 县城's 路灯 (城市管理局 "
        "or 市政工程部门; 设计, 招标, 施工, 验收, 维护): 姓名/职务 ``所长``/岗位风险等级 ``较高``; 分管工作 merged over each "
        "of two groups (the first a cell of two lines), levels in his OWN words ``较高``/``中``/``低`` (较高 the top of "
        "the column), types in the office's SHORT words ``制度风险``/``职责风险``/``流程风险``/``道德风险``/``外部风险``; "
        "a “三重一大”方面 line over one row numbered on (7); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def municipal_lighting_head_count_line() -> dict:
    unit = MUNICIPAL
    who, dept = "蒲立新", "路灯管理股"
    sh = _Sheet(dept, [22, 14, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅰ级")
    sh.add(*HEAD)
    rows = [
        ("负责城区路灯维修养护", "故障报修", "维修工单虚报更换灯具数量,套取维修材料", "岗位职责风险", "Ⅰ级",
         "更换灯具以旧换新,旧灯具回收入库登记。"),
        (None, "外包养护考核", "对路灯养护外包单位考核打分不实,照付养护费", "业务流程风险", "Ⅱ级",
         "亮灯率按巡查记录和市民热线数据核定,考核结果所务会审定。"),
        ("负责路灯电费核对", "电费核对", "路灯电费不与电表读数核对,多付或被截留", "制度机制风险", "Ⅰ级",
         "电费按回路电表逐月核对,异常电量查明原因后再付款。"),
        ("负责灯杆广告设置审核", "设置审核", "为广告公司违规设置灯杆广告提供方便", "外部环境风险", "Ⅱ级",
         "灯杆广告设置经县城管局审批,收入全额上缴财政。"),
        (None, "日常巡查", "对私接路灯电源用电发现不报,收受好处", "思想道德风险", "Ⅲ级",
         "巡查两人同行,发现私接电源拍照上报。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    sh.add("本岗位共查找廉政风险点5个,其中Ⅰ级2个、Ⅱ级2个、Ⅲ级1个。", None, None, None, None, None)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "municipal_lighting_head_count_line", "http://hnr.cn/news/kx/201501/t20150127_1810653.html",
        "县市政设施管理所 路灯管理股 附件3 (tab = the 股) by its 股长 after the source's report on 路灯 corruption "
        "(日常改造维护, 电费支出, 广告承租; 从设计招标到验收维护; a 路灯管理所 会计 who took the 电费): 科室/负责人 "
        "``蒲立新``/岗位风险等级 Ⅰ级; 岗位职责 merged over two rows twice, 工作流程 filled, ``Ⅰ级``/``Ⅱ级``/``Ⅲ级``, types "
        "…风险; under the last risk row a COUNT LINE typed into the 岗位职责 column ALONE, not merged (``本岗位共查找"
        "廉政风险点5个,其中Ⅰ级2个、Ⅱ级2个、Ⅲ级1个。``); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def municipal_road_staff_roster_first() -> dict:
    unit = MUNICIPAL
    dept = "道路养护股"
    t = _Truth(unit)
    people = [
        ("殷晓军", "道路巡查员", "中", "2024.6.12",
         "主要职责:负责城区道路及井盖、护栏等附属设施日常巡查,发现挖掘、占用道路行为及时制止上报,参与修复验收。", [
            ("负责城区道路巡查", "巡查发现", "发现未经批准挖掘、占用道路不制止不上报,收受好处", "思想道德风险", "高",
             "巡查轨迹APP记录,发现问题当日拍照上报。"),
            (None, "井盖设施巡查", "井盖缺失、破损巡查记录弄虚作假", "岗位职责风险", "中",
             "巡查记录与市民热线工单比对,股长每周抽查。"),
            ("负责挖掘道路修复验收", "修复验收", "挖掘修复工程不按标准验收,少算修复面积", "业务流程风险", "高",
             "修复面积现场丈量,验收单由施工方、巡查员、股长三方签字。"),
        ]),
        ("岑美玲", "养护材料保管员", "中", "2024.6.13",
         "主要职责:负责沥青、水泥、井盖等养护材料的入库验收、保管、领用发放和废旧材料登记。", [
            ("负责养护材料出入库", "入库验收", "沥青、水泥等材料入库数量不核对,以次充好", "岗位职责风险", "高",
             "材料入库过磅并附质检单,两人验收签字。"),
            (None, "领用发放", "材料领用无派工单,私自外借或变卖", "制度机制风险", "中", "领用凭派工单,每月账实核对。"),
            ("负责废旧材料处置", "登记处置", "废旧钢材、旧井盖处置不登记,收入不入账", "外部环境风险", "低",
             "废旧物资处置经所务会研究,收入上缴财务股。"),
        ]),
    ]  # fmt: skip
    roster = _Sheet("汇总", [6, 10, 12, 16, 12, 14, 12])
    _line(roster, f"{unit}道路养护股一般岗位廉政风险识别情况汇总表", 7)
    roster.add(*ROSTER_HEAD)
    sheets = [roster]
    for n, (who, post, grade, day, duty, rows) in enumerate(people, 1):
        roster.add(n, who, dept, post, grade, len(rows), day)
        sh = _Sheet(who, [22, 12, 34, 14, 8, 32])
        _top(sh, "附件4", "general", unit)
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", grade)
        _line(sh, duty)  # a row inserted between the 姓名 row and the heading
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", HML)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    roster.add()
    roster.add("汇总人:", None, None, "股长审核:", None, None, None)
    return _layout(
        "municipal_road_staff_roster_first", "http://www.fsou.com.cn/html/text/lar/171571/17157180_4.html",
        "县市政设施管理所 道路养护股 workbook after the source's city rules on 占用、挖掘城市道路 (批准的位置、面积、期限, "
        "恢复道路原状, 市政工程设施管理养护部门 检查验收, 井盖、护栏 巡查): the FIRST tab ``汇总`` a roster of the 股's staff "
        "(title, 序号/姓名/所在科室/职务/岗位风险等级/查找风险点(个) as a NUMBER/填表日期, an unsigned 汇总人/股长审核 line; "
        "no risk in it), then one 附件4 per person on a tab named for the person (``殷晓军``, ``岑美玲``): 所在科室及职务 run "
        "together (``道路养护股道路巡查员``), a ``主要职责:…`` line merged across INSERTED between the 姓名 row and the "
        "heading; 岗位职责 merged, 工作流程 filled, types …风险, 高/中/低; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县双河镇人民政府


def shuanghe_deputy_seconded() -> dict:
    unit = TOWNSHIP
    who, post = "祁海峰", "副镇长"
    sh = _Sheet("附件2", [6, 18, 36, 16, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", unit)
    sh.add("姓名", who, "职务", f"{post}（挂职）", "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管招商引资、产业发展", [
            ("招商项目引进中为企业违规承诺土地、税收优惠", "岗位职责风险", "一级",
             "招商协议条款经镇党政联席会议研究,报县招商部门审核。"),
            ("接受客商宴请、礼品,借考察之名游山玩水", "思想道德风险", "二级", "外出招商考察事前报批,行程和费用公开。"),
        ]),
        ("分管便民服务中心、农业综合服务中心", [
            ("对窗口帮办代办监督不力,工作人员吃拿卡要", "制度机制风险", "二级",
             "每周到中心带班一次,办件回访和群众评议结果每月通报。"),
            ("惠农项目实施主体确定中打招呼、说情", "外部环境风险", "一级", "实施主体公开比选,结果在镇村公示栏公示。"),
            ("农业技术培训班次和参训人数虚报", "业务流程风险", "三级", "培训签到拍照留档,经费按实拨付。"),
        ]),
    ]  # fmt: skip
    n = _leader_groups(sh, t, groups, who, post, ORDINAL)
    _line(sh, "“三重一大”方面")
    point = "产业发展项目资金安排未经集体研究"
    sh.add(
        n + 1,
        "重大项目安排",
        point,
        "制度机制风险",
        "一级",
        "项目资金安排经镇党委会研究,会议纪要存档。",
    )
    t.point(sh.name, "", post, who, "leader", point, ["制度机制"], 1)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "shuanghe_deputy_seconded", "https://www.langweixian.com.cn/baike/9057.html",
        "县 双河镇 副镇长's 附件2 (tab ``附件2``) after the source's piece on what a 副镇长 is and does (副科级, 协助镇长 "
        "分管农业、教育或经济, 分管招商引资、产业规划, 协调土地、税收): 姓名/职务 typed ``副镇长（挂职）`` (seconded; the "
        "bracket no part of the post)/岗位风险等级 ``一级``; 分管工作 merged over each of two groups, 一级/二级/三级, types "
        "…风险; a “三重一大”方面 row numbered on; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def shuanghe_finance_head_middle_word() -> dict:
    unit = TOWNSHIP
    who, dept = "晏秀兰", "财政所"
    sh = _Sheet("附件3", [22, 14, 34, 14, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", unit)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "高")
    sh.add(*HEAD)
    rows = [
        ("负责惠农补贴资金发放", "面积核对", "耕地地力保护补贴面积与村级上报面积不核对,虚报冒领", "岗位职责风险", "高",
         "补贴面积以确权数据为准,村、镇两级公示七天。"),
        (None, "一卡通发放", "补贴资金不通过一卡通直接发放,截留挪用", "制度机制风险", "高",
         "补贴资金一律通过惠农一卡通系统发放到户,不经手现金。"),
        ("负责镇级财政支出审核", "报账审核", "对不合规票据放宽审核,虚列支出", "业务流程风险", "一般",
         "报账实行经办、审核、审批三签,每季度在党政联席会通报。"),
        (None, "资金拨付", "未经审批提前拨付工程款", "制度机制风险", "一般", "工程款凭合同、验收单和审批单拨付。"),
        ("负责村级财务代理监督", "村账审核", "对村干部虚列开支、白条入账睁一只眼闭一只眼", "外部环境风险", "低",
         "村级票据镇级审核留痕,村务监督委员会签字。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", MIDWORD)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "shuanghe_finance_head_middle_word",
        "https://yaecl.com/html/.zwgk_49126zwywxzdt.201806t20180615_430246.html",
        "县 双河镇 财政所 附件3 (tab ``附件3``) by its 所长 after the source's note on a 镇财政所 paying the 耕地地力保护补贴 "
        "through the 惠农“一卡通” (一个到村、二个到户、七个不准; 不符合政策的面积剔除): 科室 ``财政所``/负责人 ``晏秀兰``/"
        "岗位风险等级 ``高``; 岗位职责 merged, 工作流程 filled, types …风险; levels ``高``/``一般``/``低`` (一般 the "
        "middle of her column); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def shuanghe_agri_selfcheck_hidden_options() -> dict:
    unit = TOWNSHIP
    who, dept, post = "邬建新", "农业综合服务中心", "农技员"
    sh = _Sheet("自查表", [6, 34, 14, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, "双河镇干部个人岗位廉政风险自查表", 6)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2024年6月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("姓名", who, "所在站所", dept, "职务", post)
    sh.add(*SELFCHECK_HEAD)
    rows = [
        ("科技示范户遴选中优亲厚友", "思想道德风险", "中", "示范户由村推荐、中心审核,名单在村公示。", "未发现"),
        ("物化补助发放数量不实,虚报冒领", "岗位职责风险", "高", "物化补助发放签字按手印,发放名单公示。", "未发现"),
        ("耕地地力保护补贴面积核实走过场", "业务流程风险", "高", "面积核实到地块,村组干部共同签字。", "已整改"),
        ("农技培训虚报参训人数", "制度机制风险", "低", "培训签到拍照,经费按实结算。", "未发现"),
        ("向农户推销指定的种子、农药", "外部环境风险", "中", "不参与农资经营,由农户自主选购。", "未发现"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures, found)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    last = len(sh.rows) - 1
    sh.add()
    sh.add("自查人签名:", None, None, "中心负责人意见:", None, None)
    options = _Sheet("选项", [16, 10])
    options.add("风险类型", "风险等级")
    for k, kind in enumerate(OPTION_TYPES):
        options.add(kind, ("高", "中", "低")[k] if k < 3 else None)
    lay = _layout(
        "shuanghe_agri_selfcheck_hidden_options",
        "http://suixianwang.net/news/bumenxinxi/2013-12-23/7477.html",
        "县 双河镇 农业综合服务中心 农技员's 干部个人岗位廉政风险自查表 (tab ``自查表``) after the source's report on 农技"
        "指导员 handing the 基层农技推广补助项目's 物化补助 (尿素) to 科技示范户, 以乡镇为单位, 上门服务: title, a "
        "``填报单位:… | 填报时间:…`` line, ``姓名 | … | 所在站所 | 农业综合服务中心 | 职务 | 农技员``; 序号/查找的风险点/"
        "风险类型 (…风险)/风险等级 高/中/低/防控措施/a trailing ``自查情况`` (未发现, 已整改); the 风险类型 and 风险等级 "
        "cells are DROP-DOWN lists fed from a HIDDEN second tab ``选项`` (``风险类型`` over the five types, ``风险等级`` "
        "over 高/中/低); an unsigned 自查人签名/中心负责人意见 line",
        [sh, options], t,
    )  # fmt: skip
    lay["sheets"][0]["validations"] = [
        (first, 2, last, 2, "='选项'!$A$2:$A$6"),
        (first, 3, last, 3, "='选项'!$B$2:$B$4"),
    ]
    lay["sheets"][1]["hidden"] = True
    return lay


# --------------------------------------------------------------------------- 县农村能源工作站


def energy_head_register_grid() -> dict:
    unit = ENERGY
    who, post = "阮光明", "站长"
    sh = _Sheet("登记表", [6, 12, 34, 14, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}领导干部廉政风险登记表", 6)
    a = sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(None, None, "分管工作", "主持全站工作,分管财务和项目资金", None, None)
    for c in (0, 1, 4, 5):
        sh.merge(a, c, a + 1, c)
    sh.add(*REGISTER_HEAD)
    rows = [
        (1, "项目申报", "沼气项目村、项目户申报把关不严,为不符合条件的村申报", "岗位职责风险", "高",
         "项目村条件经站务会审核,申报名单在村公示。"),
        (2, "资金管理", "项目补助资金不按验收结果拨付", "制度机制风险", "高", "补助资金凭验收合格表拨付,站务会集体审定。"),
        (3, "设备采购", "沼气灶具、配件指定供应商,收受回扣", "思想道德风险", "高", "灶具、配件按规定集中采购,结果公示。"),
        (3, "设备采购", "配件不按农业部中标产品目录采购", "业务流程风险", "中", "采购前核对中标产品目录,验收留存合格证。"),
        (4, "技工培训", "沼气技工培训补助按虚报人数领取", "业务流程风险", "中", "培训人员凭职业资格证书核定,补助打卡发放。"),
        (5, "干部管理", "站内评优评先个人说了算", "制度机制风险", "低", "评优评先民主推荐,结果公示。"),
    ]  # fmt: skip
    for row in rows:
        sh.add(*row)
        _n, _area, point, kind, level, _measures = row
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, None, "填表日期:", datetime(2024, 6, 18), None)
    return _layout(
        "energy_head_register_grid", "https://newenergy.in-en.com/html/newenergy-732955.shtml",
        "县农村能源工作站 站长's own 领导干部廉政风险登记表 (tab ``登记表``) after the source's account of a county's 农村户用"
        "沼气 work (中央新增预算内投资, 县级配套, 沼气技工培训, 一池三改, 跟踪监督考评): title with the unit; a GRID of "
        "fields — ``姓名`` and ``阮光明`` each merged over TWO rows, ``职务 | 站长`` on the first and ``分管工作 | 主持全站"
        "工作,分管财务和项目资金`` on the second, ``岗位风险等级 | 一级`` merged over both; 序号/工作事项/风险点/风险类别 "
        "(…风险)/风险等级 高/中/低/防控措施 with a row INSERTED by copying the one above (序号 ``3`` and 工作事项 "
        "``设备采购`` twice, not merged); a 本人签字 line with a real date cell",
        [sh], t,
    )  # fmt: skip


def energy_staff_cards_numbered_tabs() -> dict:
    unit = ENERGY
    t = _Truth(unit)
    people = [
        ("1.章文斌", "章文斌", "技术推广股", "沼气技术员", "中", [
            ("沼气池验收时降低标准,为未达标池出具合格意见", "岗位职责", "高", "验收试压现场拍照,验收表由农户签字确认。"),
            ("指导建池时向农户介绍熟人施工队收取介绍费", "思想道德", "中", "施工队由农户自主选择,技术员不介绍施工队伍。"),
            ("村级服务网点检查记录弄虚作假", "业务流程", "低", "网点每季度检查一次,检查记录股长复核。"),
        ]),
        ("2.庞丽", "庞丽", "综合股", "配件保管员", "中", [
            ("沼气配件入库数量与发票不符,账实不符", "制度机制", "高", "入库凭发票和验收单,每月盘点。"),
            ("配件发放不登记或重复登记,私自变卖", "岗位职责", "中", "发放凭项目户名单签领,台账与系统同步。"),
            ("接受配件供应商礼品", "外部环境", "低", "拒收礼品并登记上报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, grade, rows in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 34, 8])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("所在股室", dept, "岗位", post, "岗位风险等级", grade)
        sh.add(*CARD_HEAD)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "股长签字:", None, "年  月  日", None)
        sheets.append(sh)
    return _layout(
        "energy_staff_cards_numbered_tabs",
        "http://zhaoqiweb.com/zhaoqijishu/guoneizhaoqi/a2009210235624_2.html",
        "县农村能源工作站 workbook of two 岗位廉政风险防控卡 after the source's provincial plan for 村级沼气服务网点 (原料"
        "处理设备, 检测仪器, 沼气配件 from 农业部中标产品, 沼气技工培训 补助, “四入户” 资料): NO 姓名 field — only "
        "``所在股室 | … | 岗位 | … | 岗位风险等级 | 中`` under the title; the holder named only by the tab, a NUMBER in "
        "front (``1.章文斌``, ``2.庞丽``); 序号/风险点/风险类型 (without 风险)/风险等级 高/中/低/防控措施; an unsigned "
        "持卡人签字/股长签字 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shuanghe_window_cards_three_names(),
    municipal_director_higher_levels(),
    municipal_lighting_head_count_line(),
    municipal_road_staff_roster_first(),
    shuanghe_deputy_seconded(),
    shuanghe_finance_head_middle_word(),
    shuanghe_agri_selfcheck_hidden_options(),
    energy_head_register_grid(),
    energy_staff_cards_numbered_tabs(),
]


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (real date cells, borders, taller wrapped rows) plus two sheet options
    of this batch: ``hidden`` (a hidden tab) and ``validations`` ((r0, c0, r1, c1, source) drop-down
    lists, as an office template feeds its 风险类型 and 风险等级 cells)."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 6, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r0, c0, r1, c1, source in sheet.get("validations", ()):
            ws.data_validation(r0, c0, r1, c1, {"validate": "list", "source": source})
        if sheet.get("hidden"):
            ws.hide()
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch70-inbox"))
