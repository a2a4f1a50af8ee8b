"""A hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS as they come back — a 区计量检定
测试所, a 区政府采购中心, the 区委巡察办, a 区退役军人事务局, the 区科学技术协会, the 区妇女联合会, the
区供销合作社联合社, a 区青少年活动中心 and the 区委统战部 — each handing back its ordinary 一览表,
排查表, 清单 or 自查表 the way its staff typed it, four of them also kept as LibreOffice re-saves,
``.xls`` AND ``.ods`` (``resaved/b185_<name>.xls``/``.ods``, made by
``PYTHONPATH=tests python tests/published/batch185.py --resave``):

- a 计量检定测试所 一览表 (re-saved) with a ``责任领导`` column of names beside ``姓名``, 检定室 merged,
  ``…风险`` types, 高/中/低;
- a 政府采购中心 排查表 对岗不对人 with a ``风险环节`` column (the stage of a purchase) before the
  ``风险点`` and 一级/二级/三级;
- the 巡察办's 清单 (re-saved) with ``责任人`` and a ``联系电话`` column of office numbers beside it,
  Ⅰ级/Ⅱ级/Ⅲ级 and no type column;
- a 退役军人事务局 file whose FIRST sheet is a ``统计表`` of counts (科室 | 岗位数 | 风险点数 | 高风险 |
  中风险 | 低风险, with a 合计 row) and whose second sheet is the 一览表 itself;
- the 科协's 一览表 (re-saved) grouped by a ``岗位层级`` column (领导岗位 / 中层岗位 / 一般岗位) before
  部室, 岗位 and 姓名;
- the 妇联's 个人自查表, one sheet a person, ``姓名 | … | 职务 | … | 部门 | …`` above the table and
  ``本人签字：`` under it;
- the 供销社's 一览表 (re-saved) whose ``单位/科室`` column holds both the 联社's own 科室 and two 基层社
  (``龙岗供销合作社``), with a ``完成时限`` column (``长期坚持``, ``2024年12月``);
- a 青少年活动中心 排查表 with a short ``风险点`` beside a ``风险描述``, the holder under ``岗位责任人``,
  levels ``高风险/中风险/低风险``.

One is harder:

- ``united_front_holders_below``: the 统战部's 清单 names only 科室 and 岗位 in its table; who holds
  each post is said in ONE merged line UNDER it — ``岗位责任人：部长　禤朗川；常务副部长　蒉若葵；…`` —
  the posts written exactly as in the 岗位 column (``党派工作科科长`` with its 科室).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 质监局 putting its 计量检定 in
order — 检定项目, 证书报告, 收费; an article on a 政府采购中心's 制度机制风险 — 评标专家, 信息不对称;
a 巡察工作方案; an 审计 of a 退役军人事务局's 服务保障 project; a 科协's 学会部 职责; a 区妇联's
维权、暖心、宣传 and its 儿童之家; the 供销系统's 窝案; a 区青少年活动中心's 公益 activities and
培训; a 县委统战部's 基层统战网络) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented; every unit is a body of
``大足区``.

Run ``python tests/published/score.py --set batch185`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``责任领导`` column of names beside ``姓名`` is the supervising leader, not the holder;
- a ``风险环节`` column (``开评标组织``) is where the risk lies, not the point; the point is the
  ``风险点`` cell;
- a ``联系电话`` column is no holder and no point;
- a sheet of counts by level (``统计表``: numbers under ``高风险 | 中风险 | 低风险``, a ``合计`` row)
  holds no point and no form; the 一览表 beside it is the answer;
- a ``岗位层级`` column (领导岗位 / 中层岗位 / 一般岗位) groups the rows; the 部室 is the 科室;
- a 基层社 named in the ``单位/科室`` column of the 联社's list is a 科室 of the 联社; a ``完成时限``
  is no point;
- a line under the table ``岗位责任人：部长　禤朗川；…`` gives each post of the table its holder;
- 所长/副所长, 主任/副主任 of a 中心 or the 巡察办, 局长/副局长, 主席/副主席, 理事会主任/副主任 and
  部长/常务副部长 of the 统战部 are leaders; 科长, 室主任, 部长 of a 科协 or 妇联 部, 办公室主任 and
  a 基层社's 主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells), copies the re-saved copies ``resaved/b185_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build
from published.layouts import resave as _resave

PREFIX = "b185_"
PLACE = "大足区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def united_front_holders_below() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("清单", [6, 14, 16, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    holders = {"部长": "禤朗川", "常务副部长": "蒉若葵", "办公室主任": "郦沅芷",
               "党派工作科科长": "妫晏清", "民族宗教科科长": "庾栖桐"}  # fmt: skip
    rows = [
        ("部领导", "部长", "党外代表人士推荐安排不经部务会集体研究", "制度机制", "高",
         "推荐人选经部务会集体研究,征求有关方面意见后报区委。", "leader"),
        ("部领导", "部长", "统战工作经费分配个人说了算", "岗位职责", "中",
         "经费分配方案部务会研究,支出按季公开。", "leader"),
        ("部领导", "常务副部长", "非公有制经济人士综合评价中接受请托", "思想道德", "高",
         "综合评价由工商联、税务、市场监管等部门联合审核。", "leader"),
        ("办公室", "办公室主任", "公务接待、会议费超标准报销", "制度机制", "中",
         "接待先审批后实施,报销附接待清单。", "middle"),
        ("党派工作科", "党派工作科科长", "民主党派活动经费审核不严", "业务流程", "中",
         "活动经费凭活动方案、签到表审核,双人经办。", "middle"),
        ("民族宗教科", "民族宗教科科长", "宗教活动场所补助资金审核把关不严", "岗位职责", "高",
         "补助对象实地核查,资金拨付经部务会研究并公示。", "middle"),
        ("民族宗教科", "民族宗教科科长", "少数民族群众救助对象认定优亲厚友", "外部环境", "低",
         "救助对象经镇街、村(社区)核实,名单公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, holders[post], tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    line = "；".join(f"{post}{GAP}{who}" for post, who in holders.items())
    _line(sh, f"岗位责任人：{line}。", 7)
    sh.add("填报人:", None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "united_front_holders_below", "https://tzb.ankang.gov.cn/Content-371833.html",
        "(harder) 区委统战部 岗位廉政风险防控清单, after the source's account of a 县委统战部 building its 基层统战网络 "
        "(统一战线工作领导小组, 统战联络员): the table names only 科室 merged (部领导, 办公室, 党派工作科, 民族宗教科) and "
        "岗位 (部长, 常务副部长, 办公室主任, ``党派工作科科长``, ``民族宗教科科长``)/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; no name anywhere in it. Who holds each post is said in ONE merged line UNDER the table — "
        "``岗位责任人：部长　禤朗川；常务副部长　蒉若葵；办公室主任　郦沅芷；党派工作科科长　妫晏清；民族宗教科科长　庾栖桐。`` "
        "(each post as in the 岗位 column, a full-width space, the name) — then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def metrology_leader_column() -> dict:
    unit = f"{PLACE}计量检定测试所"
    sh = _Sheet("一览表", [6, 12, 10, 9, 32, 14, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报日期：2024年8月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("所领导", "所长", "沃鹤汀", "计量标准装置采购不经所务会集体研究", "制度机制风险", "高",
         "设备采购按政府采购程序,所务会集体研究并留存纪要。", "沃鹤汀", "leader"),
        ("所领导", "所长", "沃鹤汀", "检定收费减免随意", "岗位职责风险", "中",
         "收费项目和标准上墙公示,减免须书面审批。", "沃鹤汀", "leader"),
        ("所领导", "副所长", "殳怀谷", "检定证书签发把关不严", "岗位职责风险", "高",
         "证书实行检定、核验、批准三级签字。", "沃鹤汀", "leader"),
        ("衡器检定室", "室主任", "昝星澜", "对集贸市场衡器检定走过场,出具合格结论", "岗位职责风险", "高",
         "检定现场拍照上传,原始记录随机抽查复核。", "殳怀谷", "middle"),
        ("衡器检定室", "检定员", "闵溪月", "接受加油站、商户宴请,减少检定项目", "外部环境风险", "中",
         "检定两人同行,检定项目按规程逐项记录。", "殳怀谷", "general"),
        ("热工检定室", "室主任", "茹砚舟", "医用体温计、血压计检定数据弄虚作假", "业务流程风险", "中",
         "检定数据系统自动采集,不得手工改动。", "殳怀谷", "middle"),
        ("综合办公室", "收费员", "琚知遥", "检定费收取不开票、截留收费款", "思想道德风险", "低",
         "收费统一开具票据,日清日结,每月稽核。", "沃鹤汀", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, None, None, None)
    return _layout(
        "metrology_leader_column", "http://gsiic.com/Item/204580.aspx",
        "区计量检定测试所 岗位廉政风险点一览表 after the source's account of a 质监局 putting its 计量检定 in order "
        "(检测项目, 计量标准, 检定人员和检定记录, 证书报告, 收费纪律, 站(室)负责人): ``填报单位：… | 填报日期：…`` over "
        "序号/科室 merged (所领导, 衡器检定室, 热工检定室, 综合办公室)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施/``责任领导`` — a column of NAMES (the 所长 or the 副所长 over each row, "
        "the 所长 over his own) beside 姓名; 填表人/审核人",
        [sh], t,
    )  # fmt: skip


def procurement_center_stage() -> dict:
    unit = f"{PLACE}政府采购中心"
    sh = _Sheet("排查表", [6, 12, 12, 14, 32, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "采购方式确定", "应公开招标的项目违规改用竞争性谈判或单一来源", "制度机制", "一级",
         "采购方式变更报财政部门审批,中心集体研究。", "leader"),
        ("中心领导", "副主任", "评审专家抽取", "干预评审专家抽取,指定专家参评", "岗位职责", "一级",
         "专家由系统随机抽取,抽取结果密封至开标前。", "leader"),
        ("采购业务科", "科长", "采购文件编制", "在采购文件中设置倾向性、排他性条款", "业务流程", "一级",
         "采购文件经科室会审和法律顾问审核后发布。", "middle"),
        ("采购业务科", "项目经办人", "开评标组织", "向供应商泄露潜在投标人名称、评审情况", "思想道德", "二级",
         "开评标全程录音录像,经办人签署保密承诺。", "general"),
        ("采购业务科", "项目经办人", "质疑答复", "对供应商质疑敷衍拖延、偏袒一方", "外部环境", "三级",
         "质疑答复经科室集体审核,按时限书面答复。", "general"),
        ("综合科", "科长", "合同备案", "合同内容与采购文件、中标结果不一致仍予备案", "岗位职责", "二级",
         "合同备案逐项比对采购文件和中标通知书。", "middle"),
        ("综合科", "档案管理员", "采购档案管理", "采购档案缺失、事后补造", "制度机制", "三级",
         "项目结束十五个工作日内归档,档案借阅登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, stage, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, stage, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填报人:", None, None, "中心负责人:", None, None, "2024年10月", None)
    return _layout(
        "procurement_center_stage", "https://www.jiangongdata.com/toutiao/150191.html",
        "区政府采购中心 廉政风险点排查表 对岗不对人, after the source's article on a 政府采购中心's 制度机制风险 (信息"
        "不对称, 评标专家, 采购流程的多个环节, 决策风险): ``附件`` and the title over 序号/科室 merged (中心领导, 采购"
        "业务科, 综合科)/岗位 merged per 科室 run (主任, 副主任, 科长, 项目经办人, 档案管理员; no names)/``风险环节`` — "
        "the stage of a purchase (采购方式确定, 评审专家抽取, 开评标组织, 合同备案 …) — BEFORE the ``风险点``/风险类型 "
        "(short names)/风险等级 一级/二级/三级/防控措施; 填报人/中心负责人/date",
        [sh], t,
    )  # fmt: skip


def inspection_office_phone() -> dict:
    unit = f"中共{PLACE}委巡察工作领导小组办公室"
    sh = _Sheet("Sheet1", [6, 12, 12, 34, 8, 34, 9, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "责任人", "联系电话")
    rows = [
        ("办领导", "主任", "漆雕望舒", "巡察组组长人选和巡察对象安排受人请托", "Ⅰ级",
         "巡察对象和组长人选经区委巡察工作领导小组研究确定。", "023-43721506", "leader"),
        ("办领导", "主任", "漆雕望舒", "对巡察发现的问题线索压案不报", "Ⅰ级",
         "问题线索统一登记,按期向领导小组报告处置情况。", "023-43721506", "leader"),
        ("办领导", "副主任", "邰霁云", "巡察报告反映问题避重就轻", "Ⅱ级",
         "巡察报告经办务会集体审议,底稿随报告报送。", "023-43721508", "leader"),
        ("综合科", "科长", "逄晚枫", "巡察干部库人员抽调搞照顾、凭关系", "Ⅱ级",
         "干部库人员按轮次抽调,抽调名单公示。", "023-43721512", "middle"),
        ("综合科", "科员", "鄂黎川", "巡察工作经费报销不实", "Ⅲ级",
         "经费报销凭巡察工作台账审核,按季公开。", "023-43721512", "general"),
        ("督查科", "科长", "充砚秋", "巡察整改督查走过场,整改未到位即销号", "Ⅰ级",
         "整改销号实行现场核查,销号意见集体研究。", "023-43721515", "middle"),
        ("督查科", "科长", "充砚秋", "向被巡察单位泄露巡察安排", "Ⅱ级",
         "巡察安排按保密要求管理,签署保密承诺书。", "023-43721515", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, phone, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures, who, phone)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[6])  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (6, per_person), (7, per_person)]
    )
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    sh.add("填报人:", None, None, "审核人:", None, "2024年7月", None, None)
    return _layout(
        "inspection_office_phone", "https://www.renrendoc.com/paper/507604934.html",
        "区委巡察办 廉政风险防控清单 after the source's 巡察工作方案 (巡察组, 问题线索, 整改, 巡察干部队伍, 保密): "
        "序号/科室 merged (办领导, 综合科, 督查科)/岗位/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``责任人`` (names, "
        "merged per person, the compound surname ``漆雕望舒``)/``联系电话`` (office numbers ``023-43721506``, merged "
        "per person) — the holder and his number AFTER the measures; no type column; a note ``注：风险等级分为Ⅰ级"
        "（高）、Ⅱ级（中）、Ⅲ级（低）。`` under the table; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def veterans_bureau_count_sheet() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    rows = [
        ("局领导", "局长", "翟映川", "退役军人服务中心装修改造项目不经集体研究确定施工单位", "制度机制风险",
         "高", "项目按规定招标或比选,局党组会集体研究并留存纪要。", "leader"),
        ("局领导", "副局长", "冼若澜", "退役士兵安置岗位分配不公开", "岗位职责风险", "高",
         "安置岗位和排序结果公示,分配全程接受纪检监督。", "leader"),
        ("优抚股", "股长", "庞慕笙", "优抚对象抚恤补助审核把关不严", "岗位职责风险", "高",
         "抚恤补助对象凭档案材料双人审核,按月公示。", "middle"),
        ("优抚股", "股长", "庞慕笙", "优待证发放优亲厚友", "思想道德风险", "中",
         "优待证申领条件公开,发放名单公示。", "middle"),
        ("优抚股", "科员", "褚栖迟", "抚恤金发放台账与银行代发清单不符", "业务流程风险", "中",
         "代发清单与台账每月核对,差异书面说明。", "general"),
        ("安置就业股", "股长", "宓南枝", "自主就业退役士兵一次性经济补助核算不实", "制度机制风险", "中",
         "补助核算系统自动计算,结果经股室复核。", "middle"),
        ("褒扬纪念股", "科员", "尉迟岫", "烈士纪念设施维护经费虚报工程量", "外部环境风险", "低",
         "维护工程量现场验收,验收照片存档备查。", "general"),
    ]  # fmt: skip
    count = _Sheet("统计表", [6, 14, 10, 12, 10, 10, 10])
    _line(count, f"{unit}岗位廉政风险点统计表", 7)
    count.add("序号", "科室", "岗位数", "风险点数", "高风险", "中风险", "低风险")
    depts = list(dict.fromkeys(r[0] for r in rows))
    totals = [0, 0, 0, 0, 0]
    for n, dept in enumerate(depts, 1):
        mine = [r for r in rows if r[0] == dept]
        posts = len({(r[1], r[2]) for r in mine})
        levels = [sum(1 for r in mine if r[5] == w) for w in ("高", "中", "低")]
        cells = [posts, len(mine), *levels]
        totals = [a + b for a, b in zip(totals, cells, strict=True)]
        count.add(n, dept, *cells)
    count.add("合计", None, *totals)
    count.merge(len(count.rows) - 1, 0, len(count.rows) - 1, 1)
    sh = _Sheet("一览表", [6, 12, 10, 9, 32, 14, 8, 32])
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "veterans_bureau_count_sheet", "http://sjj.jingzhou.gov.cn/xwzx_33/xsdt/202406/t20240612_935792.shtml",
        "区退役军人事务局 岗位廉政风险点一览表 after the source's note on an 审计 of a 区退役军人事务局 (退役军人服务保障"
        "体系, 办事大厅、接待室的装饰改造项目, 项目资金): the FIRST sheet ``统计表`` is a table of COUNTS — 序号/科室/"
        "岗位数/风险点数/``高风险 | 中风险 | 低风险`` (numbers)/a ``合计`` row — and the second sheet ``一览表`` the list "
        "itself: 序号/科室 merged (局领导, 优抚股, 安置就业股, 褒扬纪念股)/岗位 and 姓名 merged per person (the compound "
        "surname ``尉迟岫``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [count, sh], t,
    )  # fmt: skip


def science_association_tiers() -> dict:
    unit = f"{PLACE}科学技术协会"
    sh = _Sheet("Sheet1", [10, 12, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("岗位层级", "部室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导岗位", "领导班子", "主席", "郜予安", "科普项目资金分配不经集体研究", "制度机制", "高",
         "项目资金分配经主席办公会研究,结果公示。", "leader"),
        ("领导岗位", "领导班子", "副主席", "钟离砚白", "优秀科技工作者评选推荐中优亲厚友", "思想道德", "中",
         "评选条件公开,推荐人选公示五个工作日。", "leader"),
        ("中层岗位", "学会部", "部长", "阎栖梧", "学会年检、活动经费审核把关不严", "岗位职责", "中",
         "学会经费凭活动方案和决算审核,按年公开。", "middle"),
        ("中层岗位", "科普部", "部长", "祁晚汀", "科普示范基地认定降低标准", "岗位职责", "高",
         "认定标准公开,实地评审不少于三人。", "middle"),
        ("中层岗位", "科普部", "部长", "祁晚汀", "科普大篷车活动虚报场次", "业务流程", "低",
         "活动照片、签到表存档,场次每季度通报。", "middle"),
        ("一般岗位", "办公室", "会计", "阚溯洄", "专项经费报销单据审核不严", "制度机制", "中",
         "报销单据三级审核,专项经费单独核算。", "general"),
        ("一般岗位", "科普部", "科员", "冼怀瑾", "科普宣传品采购验收不严", "外部环境", "低",
         "宣传品采购三家比价,验收两人签字。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for tier_word, dept, post, who, point, typ, lv, measures, tier in rows:
        sh.add(tier_word, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(0, lambda row: row[0]), (1, lambda row: row[:2]), (2, per_person), (3, per_person)],
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "science_association_tiers", "http://www.bynekx.org.cn/c/2022-02-14/63972.shtml",
        "区科学技术协会 岗位廉政风险点一览表 after the source's 职责 of a 科协's 学会部 (学会组织建设, 学术活动, 项目申报, "
        "表彰优秀科技工作者): no 序号; the first column ``岗位层级`` merged (领导岗位, 中层岗位, 一般岗位) groups the rows, "
        "then 部室 merged within it (领导班子, 学会部, 科普部, 办公室; 科普部 comes back under 一般岗位)/岗位 and 姓名 merged "
        "per person (the compound surname ``钟离砚白``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def womens_federation_self_check() -> dict:
    unit = f"{PLACE}妇女联合会"
    t = _Truth(unit)
    people = [
        ("公良语桐", "主席", "领导班子", "leader", [
            ("妇女儿童关爱资金分配不经主席办公会研究", "制度机制", "高",
             "资金分配方案集体研究,受助名单公示。"),
            ("“最美家庭”等评选推荐中打招呼、搞照顾", "思想道德", "中", "评选标准公开,推荐对象公示。"),
        ]),
        ("羊舌蓁", "部长", "权益部", "middle", [
            ("困难妇女救助对象审核把关不严", "岗位职责", "高", "救助对象经镇街妇联、村(社区)核实,名单公示。"),
            ("婚姻家庭纠纷调解中收受当事人财物", "外部环境", "中", "调解两人以上参加,调解记录存档。"),
            ("“两癌”救助资金申报材料审核不实", "业务流程", "低", "申报材料与医院诊断证明比对,抽查复核。"),
        ]),
        ("东郭晞", "干事", "儿童发展部", "general", [
            ("“儿童之家”建设补助验收走过场", "岗位职责", "中", "验收实地查看,照片和验收单存档。"),
            ("关爱活动物资发放台账不实", "制度机制", "低", "物资发放签字领取,台账每季度核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, dept, tier, points in people:
        sh = _Sheet(who, [6, 34, 10, 8, 34])
        _line(sh, f"{unit}岗位廉政风险个人自查表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("部门", dept, "填表时间", "2024年4月", None)
        sh.merge(1, 3, 1, 4)
        sh.merge(2, 3, 2, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "部门负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "womens_federation_self_check", "https://jkqgwh.cnbz.gov.cn/xwzx/bmdt/22987969.html",
        "区妇女联合会 岗位廉政风险个人自查表 after the source's account of a 区妇联's 维权、暖心、宣传 (妇女儿童维权站, "
        "婚姻家庭纠纷协调, 儿童之家, 两癌 筛查和救助, 走访慰问困难妇女): one sheet a person, each tab the person's name; "
        "the title, then pairs ``姓名 | 公良语桐 | 职务 | 主席`` and ``部门 | 领导班子 | 填表时间 | 2024年4月`` (the "
        "compound surnames 公良, 羊舌, 东郭), then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; "
        "``本人签字： | 部门负责人签字：`` under it",
        sheets, t,
    )  # fmt: skip


def supply_coop_branches() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("一览表", [6, 16, 10, 9, 32, 14, 8, 30, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add(
        "序号",
        "单位/科室",
        "岗位",
        "责任人",
        "风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "完成时限",
    )
    rows = [
        ("联社领导", "理事会主任", "詹望岳", "社有资产出租、处置不经集体研究", "制度机制风险", "高",
         "资产出租处置经理事会研究,进场公开交易。", "长期坚持", "leader"),
        ("联社领导", "理事会副主任", "蔺茗", "农资储备承储企业确定不公开", "岗位职责风险", "高",
         "承储企业公开遴选,结果公示。", "长期坚持", "leader"),
        ("财务审计科", "科长", "瞿棠溪", "对基层社财务审计发现的问题不报告", "岗位职责风险", "中",
         "审计报告经理事会审议,问题整改跟踪销号。", "2024年12月", "middle"),
        ("业务发展科", "科长", "戚漱玉", "项目申报资料审核不严,为企业套取补助提供便利", "业务流程风险", "中",
         "申报资料实地核查,项目资金拨付前公示。", "2024年12月", "middle"),
        ("龙岗供销合作社", "主任", "萧霁禾", "经营收入不入账,私设小金库", "思想道德风险", "高",
         "收入统一入账,联社每半年审计一次。", "长期坚持", "middle"),
        ("龙岗供销合作社", "会计", "芮青棠", "门市部租金收取不开票", "制度机制风险", "低",
         "租金通过银行收取,租赁合同备案。", "长期坚持", "general"),
        ("万古供销合作社", "主任", "薄雨眠", "农资经营中以次充好、收受供货商回扣", "外部环境风险", "中",
         "农资从合格供应商名录采购,进货查验留存。", "长期坚持", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, due, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, due)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None, None)
    return _layout(
        "supply_coop_branches", "https://m.fx361.cc/news/2022/0411/10242172.html",
        "区供销合作社联合社 岗位廉政风险点一览表 after the source's article on the 供销合作社系统 (联合社, 基层社, 社有"
        "企业, 农资 经营, 窝案): 序号/``单位/科室`` merged — the 联社's own parts (联社领导, 财务审计科, 业务发展科) AND "
        "two 基层社 (``龙岗供销合作社``, ``万古供销合作社``) in one column — /岗位 and ``责任人`` merged per person/风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施/``完成时限`` (``长期坚持``, ``2024年12月``); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def youth_center_description() -> dict:
    unit = f"{PLACE}青少年活动中心"
    sh = _Sheet("排查表", [6, 12, 10, 10, 16, 32, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查表", 8)
    sh.add("序号", "部门", "岗位", "岗位责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "班昭宁", "场馆改造", "场馆维修改造项目不经集体研究,指定施工单位", "高风险",
         "项目按规定比选,中心办公会集体研究。", "leader"),
        ("中心领导", "主任", "班昭宁", "场地使用", "场地出租或变相出租用于经营", "中风险",
         "场地使用登记审批,不得对外出租,情况每季度公开。", "leader"),
        ("培训部", "部长", "荀篁影", "培训收费", "超标准收取培训费,收费不入账", "高风险",
         "收费标准经物价部门核定并公示,统一开票入账。", "middle"),
        ("培训部", "部长", "荀篁影", "外聘教师", "外聘教师选聘凭关系,课时费虚报", "中风险",
         "外聘教师公开选聘,课时费按考勤核发。", "middle"),
        ("活动部", "干事", "步溪亭", "公益活动", "夏令营等公益活动虚报参加人数、套取经费", "低风险",
         "活动签到、照片存档,经费据实报销。", "general"),
        ("办公室", "出纳", "钮岚汐", "资金支付", "未经审批支付款项,公款私存", "中风险",
         "支付凭审批单办理,银行存款日记账每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年3月", None)
    return _layout(
        "youth_center_description", "http://jxxznews.zjol.com.cn/xznews/system/2017/08/25/030345670.shtml",
        "区青少年活动中心 廉政风险排查表 after the source's account of a 区青少年活动中心's year (公益活动, 夏令营, "
        "专业课培训, 减免学费, 活动场所): 序号/部门 merged (中心领导, 培训部, 活动部, 办公室)/岗位 and ``岗位责任人`` "
        "merged per person/a SHORT ``风险点`` (场馆改造, 培训收费, 外聘教师 …) beside a long ``风险描述``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    united_front_holders_below(),
    metrology_leader_column(),
    procurement_center_stage(),
    inspection_office_phone(),
    veterans_bureau_count_sheet(),
    science_association_tiers(),
    womens_federation_self_check(),
    supply_coop_branches(),
    youth_center_description(),
]

RESAVED = (
    "metrology_leader_column",
    "inspection_office_phone",
    "science_association_tiers",
    "supply_coop_branches",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b185_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


def resave() -> list[Path]:
    """Write ``resaved/b185_<name>.xls`` and ``.ods`` for each name in ``RESAVED`` with LibreOffice
    (layouts.resave)."""
    return _resave(LAYOUTS, RESAVED, prefix=PREFIX, writer=write_xlsx)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if "--resave" in sys.argv:
        print("\n".join(map(str, resave())))
    else:
        print(build(sys.argv[1] if len(sys.argv) > 1 else "batch185-inbox"))
