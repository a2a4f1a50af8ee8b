"""A hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — a 区机关事务服务中心, the
区总工会, a 区统计局, the 国家统计局's 调查队 in the 区, a 区图书馆, the 区妇女联合会, a 区医疗保障事务
中心, a 区司法局's 司法所 and a 区档案馆 — each handing back its ordinary 一览表, 排查表, 清单 or 自查表
the way its staff typed it; every unit is a body of an invented 江津区 (its 杉溪镇 invented too):

- a 机关事务服务中心 一览表 under ``填报单位：…　　填报时间：…``, 科室 merged, 岗位 and 姓名 merged per
  person, ``…风险`` types, the level column headed ``风险等级（高、中、低）`` and a trailing ``责任领导``
  column of the two leaders' names;
- the 总工会's 清单 对岗不对人 (部室 merged, 岗位, 岗位职责 merged per post), ``一级/二级/三级``, ``附件3``
  above and a ``注：`` line under it;
- a 统计局 排查表 whose header takes two rows (``廉政风险`` over ``风险点 | 风险等级``; 序号, 科室, 岗位,
  姓名 and 防控措施 merged down), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- a 调查队 一览表 whose 科室 stand only in group rows ``（一）队领导``, ``（二）住户调查科`` …, with
  ``高风险/中风险/低风险``;
- a 图书馆 个人廉政风险自查表 one per sheet (``Sheet1``–``Sheet3``), ``姓名 | … | 部门 | … | 职务 | …``
  above the table and ``本人签字：`` under it;
- the 妇联's 一览表 whose 风险类型 cell names TWO types on some rows (``思想道德、岗位职责``);
- a 医疗保障事务中心 一览表 in the order ``事项名称 | 廉政风险点及描述 | 等级 | 防控措施 | 责任科室 |
  责任人`` — no 岗位 column, the 科室 and holder AFTER the measures, and one row whose 责任科室 and
  责任人 cells each hold two lines (two 科室, two holders: the point is both of theirs);
- a 司法所's 排查表 under ``单位：江津区司法局杉溪司法所`` (the 局 the unit, the 所 the 科室) whose levels
  are ``较高/一般/较低`` with the note that names the three.

One is harder, a shape the README's "读得懂的表" does not describe:

- ``archives_ticked_level``: a 档案馆 一览表 typed from a Word template whose ``风险等级`` cell keeps ALL
  THREE options with boxes and the chosen one ticked — ``☑高　□中　□低``, ``□高　☑中　□低``,
  ``□高　□中　☑低`` — in ONE cell (not three columns). The level is the ticked one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 机关事务服务中心's 公务用车 专项
监督, a 总工会's 帮扶救助资金, a 统计局 法制科 on 统计执法, the 人大 统计法 执法检查 and its 记账户, a 县
图书馆's activity, 妇联 and 廉洁家风, a 医保服务中心's 内部控制 rules, a 基层司法所's 调解 and 普法, what
an 档案馆 does) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch189`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b189_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a level cell ``□高　☑中　□低`` is the ticked level (中);
- a row whose 责任科室 cell is ``基金财务科⏎办公室`` and 责任人 cell ``A⏎B`` is a point of both forms
  (基金财务科/A and 办公室/B), paired line by line;
- a list without a 岗位 column names forms by 科室 and holder, title "" and tier None;
- a ``责任领导`` column beside ``姓名`` names the one who watches: no holder of those rows;
- ``较高/一般/较低`` (the whole scale used, and named in the note) read 1/2/3;
- ``单位：江津区司法局杉溪司法所`` gives the 局 as the unit and the 所 as the 科室;
- group rows ``（二）住户调查科`` set the 科室 of the rows under them;
- 主任/副主任 of a 中心, 主席/副主席 of the 总工会 and 妇联, 局长/副局长, 队长/副队长, 馆长/副馆长 are
  leaders; 科长, 部长, 部主任 and the 所长 of a 局's 所 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b189_"
PLACE = "江津区"
GAP = "\u3000"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
TICK, BOX = "☑", "□"


def ticked(level: str) -> str:
    """The level cell of a Word template with the chosen one of 高/中/低 ticked."""
    return GAP.join((TICK if w == level else BOX) + w for w in "高中低")


def ticked_level(cell: str) -> int:
    """The level a ticked cell chose."""
    return HML[cell[cell.index(TICK) + 1]]


# --------------------------------------------------------------------------- harder layout


def archives_ticked_level() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 16, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "禤闻笙", "档案馆库房改造、数字化加工外包项目不经集体研究确定承接单位", "制度机制", "高",
         "外包项目经馆务会集体研究,按规定采购,结果公开。", "leader"),
        ("馆领导", "馆长", "禤闻笙", "干部选用、评优评先中搞亲疏远近", "思想道德", "中",
         "选用和评优方案集体研究,结果公示。", "leader"),
        ("馆领导", "副馆长", "甘棠樾", "档案数字化加工验收把关不严,加工量虚报", "岗位职责", "高",
         "加工成果抽检比例不低于百分之五,验收报告存档。", "leader"),
        ("接收征集科", "科长", "敬苇杭", "接收进馆档案时降低整理标准,收受移交单位好处", "外部环境", "中",
         "接收标准公开,进馆档案两人核验签字。", "middle"),
        ("接收征集科", "科员", "帅瞳禾", "征集名人档案、民间档案时虚报征集费用", "业务流程", "低",
         "征集费用经评估后支付,征集协议存档。", "general"),
        ("利用服务科", "科长", "漆砚汀", "违规向无关人员提供未开放档案查阅利用", "岗位职责", "高",
         "查阅利用凭证件登记,未开放档案查阅报馆长审批。", "middle"),
        ("利用服务科", "科员", "阙念莼", "出具档案证明材料收取好处或出具不实证明", "思想道德", "中",
         "证明材料两人核对原件后出具,出具情况登记备查。", "general"),
        ("办公室", "主任", "谯鹤眠", "办公用品、档案装具采购不比价,以次充好", "制度机制", "低",
         "采购三家以上比价,入库验收登记。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, ticked(lv), measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "archives_ticked_level", "http://zhishi.592360.com/shenghuo/3/172252.html",
        "(harder) 区档案馆 岗位廉政风险点一览表 after the source's account of what an 档案馆 does (接收和征集 档案, "
        "科学地管理, 开展档案资料的利用), typed from a Word template: 序号/科室 merged (馆领导, 接收征集科, 利用服务科, "
        "办公室)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 whose cell keeps ALL THREE "
        "options with the chosen one TICKED — ``☑高　□中　□低``, ``□高　☑中　□低``, ``□高　□中　☑低`` (full-width "
        "spaces between) — in one cell, not three columns/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def affairs_center_leader_column() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 34, 14, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点防控一览表", 9)
    r = sh.add(f"填报单位：{unit}{GAP}{GAP}填报时间：2024年10月", *([None] * 8))
    sh.merge(r, 0, r, 8)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "风险点",
        "风险类别",
        "风险等级（高、中、低）",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("中心领导", "主任", "戢临渊", "公务用车购置、处置和维修定点单位确定不经集体研究", "制度机制风险", "高",
         "车辆购置处置和定点单位确定经主任办公会研究,结果公开。", "戢临渊", "leader"),
        ("中心领导", "副主任", "邰雪棠", "办公用房调剂、维修项目审批把关不严", "岗位职责风险", "中",
         "调剂和维修项目按标准审核,实行双人现场核查。", "戢临渊", "leader"),
        ("公务用车管理科", "科长", "亢舒禾", "派车审批不严,节假日公车私用", "岗位职责风险", "高",
         "派车凭审批单,节假日车辆定点封存,监管平台查看轨迹。", "邰雪棠", "middle"),
        ("公务用车管理科", "科长", "亢舒禾", "油卡、维修费用审核不实,虚报冒领", "业务流程风险", "中",
         "一车一卡,加油和维修数据每月比对公示。", "邰雪棠", "middle"),
        ("公务用车管理科", "驾驶员", "茆野", "私自出车或绕道办私事", "思想道德风险", "低",
         "出车登记行程,车辆轨迹随机抽查。", "邰雪棠", "general"),
        ("办公用房管理科", "科长", "殳怀苇", "为关系单位超标准配置办公用房", "外部环境风险", "中",
         "配置方案按标准测算,实地测量后公示。", "邰雪棠", "middle"),
        ("综合科", "会计", "游沁岚", "后勤服务外包费用支付不按合同约定", "制度机制风险", "中",
         "支付凭合同、验收单,经办、审核、审批分离。", "戢临渊", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("主要负责人签字:", None, None, "填表人:", None, None, None, "2024年10月", None)
    return _layout(
        "affairs_center_leader_column",
        "https://jgswzx.ezhou.gov.cn/xwzx/gzdt/202601/t20260104_743090.html",
        "区机关事务服务中心 岗位廉政风险点防控一览表 after the source's account of a 机关事务服务中心's 公务用车 专项"
        "监督检查 (节假日封车停驶, 定点停放, 公务用车监管平台 and 行驶轨迹): one merged line ``填报单位：…　　填报时间："
        "2024年10月`` under the title; 序号/科室 merged (中心领导, 公务用车管理科, 办公用房管理科, 综合科)/岗位 and 姓名 "
        "merged per person/风险点/风险类别 ``…风险``/level column headed ``风险等级（高、中、低）``/防控措施/a trailing "
        "``责任领导`` column naming the two leaders (the 主任 also a holder on his own rows); 签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def trade_union_posts() -> dict:
    unit = f"{PLACE}总工会"
    sh = _Sheet("清单", [6, 14, 12, 26, 32, 12, 8, 32])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}机关岗位廉政风险防控清单", 8)
    sh.add("序号", "部室", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "主持全面工作,负责工会经费和帮扶资金的审批", [
            ("工会经费使用不经集体研究,个人决定大额支出", "制度机制", "一级",
             "大额支出经主席办公会集体研究,收支情况向经审会报告。"),
        ], "leader"),
        ("领导班子", "副主席", "分管职工帮扶、送温暖和劳模管理", [
            ("困难职工帮扶救助对象审核把关不严,优亲厚友", "岗位职责", "一级",
             "帮扶对象经基层工会、街道核实,名单公示。"),
            ("劳模评选推荐中打招呼、搞照顾", "思想道德", "二级", "推荐条件和程序公开,推荐对象公示。"),
        ], "leader"),
        ("财务部", "部长", "负责工会经费收缴、预决算和财务管理", [
            ("工会经费返还拨付不及时或截留", "业务流程", "二级", "经费返还按季度拨付,台账逐户核对。"),
        ], "middle"),
        ("财务部", "出纳", "负责现金和银行存款收付", [
            ("帮扶资金发放不通过银行转账,现金发放留存不实", "制度机制", "一级",
             "帮扶资金一律打卡发放,发放明细与审批表逐笔核对。"),
        ], "general"),
        ("权益保障部", "部长", "负责职工法律援助和帮扶中心工作", [
            ("法律援助、金秋助学对象认定不实", "岗位职责", "二级", "认定材料两人审核,结果公示。"),
            ("接受帮扶对象或企业宴请、礼品", "外部环境", "三级", "严守工作纪律,收受礼品登记上交。"),
        ], "middle"),
        ("组织宣传部", "干事", "负责基层工会组建和职工活动组织", [
            ("职工文体活动经费虚报参加人数", "思想道德", "三级", "活动签到、照片存档,经费据实报销。"),
        ], "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, duty, points, tier in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    _line(sh, "注：风险等级按一级（高）、二级（中）、三级（低）填写。", 8)
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "trade_union_posts", "http://m.mnw.cn/shishi/news/769633.html",
        "区总工会 机关岗位廉政风险防控清单 对岗不对人 after the source's account of a 总工会's 帮扶救助 (困难职工帮扶"
        "中心, 帮扶站, 金秋助学, 医疗互助): ``附件3`` above the title; 序号/部室 merged (领导班子, 财务部, 权益保障部, "
        "组织宣传部)/岗位 and 岗位职责 merged per post (no names anywhere)/风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a merged ``注：风险等级按一级（高）、二级（中）、三级（低）填写。`` under the table, "
        "then 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def statistics_two_row_header() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    h = sh.add("序号", "科室", "岗位", "姓名", "廉政风险", None, "防控措施")
    sh.add(None, None, None, None, "风险点", "风险等级", None)
    for c in (0, 1, 2, 3, 6):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 4, h, 5)
    rows = [
        ("局领导", "局长", "翟砚秋", "统计数据审核评估时受地方干预,默许虚报数据", "Ⅰ级",
         "数据审核评估集体会商,干预统计工作情况如实记录报告。", "leader"),
        ("局领导", "副局长", "沙鹭汀", "统计执法案件查处降格处理、以罚代刑", "Ⅰ级",
         "执法案件集体审议,处罚决定法制审核并公开。", "leader"),
        ("法制科", "科长", "巫马蘅", "统计执法检查走过场,对统计造假不立案", "Ⅰ级",
         "执法检查两人以上,检查对象随机抽取,结果报局务会。", "middle"),
        ("法制科", "科员", "汲晚樵", "向被检查单位泄露执法检查安排", "Ⅱ级", "检查计划临时通知,执法全程记录。",
         "general"),
        ("综合核算科", "科长", "衡绮川", "联网直报企业纳统审核不严,违规入库", "Ⅱ级",
         "新入库企业现场核实,佐证材料存档备查。", "middle"),
        ("普查中心", "主任", "雍霁帆", "普查经费、普查员补助发放虚报冒领", "Ⅱ级",
         "补助按完成工作量核定,发放名单公示,打卡发放。", "middle"),
        ("办公室", "会计", "蔚枕书", "办公经费报销票据审核不严", "Ⅲ级", "报销实行经办、审核、审批三级签字。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人:", None, None, "填表人:", None, "2024年8月", None)
    return _layout(
        "statistics_two_row_header", "http://m.news.wmxa.cn/n/201510/277647.html",
        "区统计局 岗位廉政风险排查表 after the source's account of a 县统计局 法制科 on 统计执法 (进门难、原始资料索取难, "
        "统计违法行为政绩化, 从严查处): the header in TWO rows — ``廉政风险`` merged over ``风险点 | 风险等级``, and 序号, "
        "科室, 岗位, 姓名 and 防控措施 merged down through both rows; 科室 merged (局领导, 法制科, 综合核算科, 普查中心, "
        "办公室)/岗位 and 姓名 merged per person/levels ``Ⅰ级/Ⅱ级/Ⅲ级``; no type column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def survey_team_group_rows() -> dict:
    unit = f"国家统计局{PLACE}调查队"
    sh = _Sheet("Sheet1", [6, 10, 9, 34, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("（一）", "队领导", [
            ("队长", "第五云岫", "调查样本轮换不按规定随机抽选,人为指定调查户", "制度机制", "高风险",
             "样本轮换按方案随机抽选,抽选过程留痕备查。", "leader"),
            ("副队长", "羊舌溪亭", "调查员劳务费、记账户补贴审批把关不严", "岗位职责", "中风险",
             "补贴按记账质量核定,发放名单公示。", "leader"),
        ]),
        ("（二）", "住户调查科", [
            ("科长", "梁丘晴野", "记账户补贴虚报户数、冒领补贴", "业务流程", "高风险",
             "补贴打卡发放,按季度电话回访记账户。", "middle"),
            ("辅助调查员", "查晓澜", "代记账、编造住户收支数据", "思想道德", "中风险",
             "记账数据逻辑审核,随机入户核查。", "general"),
        ]),
        ("（三）", "农业和价格调查科", [
            ("科长", "能知秋", "农产品产量实割实测数据弄虚作假", "岗位职责", "高风险",
             "实割实测两人以上,现场拍照定位。", "middle"),
            ("科员", "后绾青", "价格采集点变更不报批,采价数据不实", "外部环境", "低风险",
             "采价点变更报科室审批,采价数据定期复核。", "general"),
        ]),
        ("（四）", "办公室", [
            ("主任", "养望川", "调查装备、办公用品采购不比价", "制度机制", "低风险", "采购三家以上比价,验收两人签字。",
             "middle"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, people in groups:
        _line(sh, f"{order}{dept}", 7)
        first = len(sh.rows)
        for post, who, point, typ, lv, measures, tier in people:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年7月", None)
    return _layout(
        "survey_team_group_rows",
        "http://www.ccpph.com.cn/ywrd/xxyyj/jbllhzdsxwt_10154/201806/t20180612_246916.htm",
        "国家统计局 区调查队 廉政风险防控一览表 after the source's account of a 统计法 执法检查 (住户 记账户 随机抽选, "
        "统计站, 部门数据共享): the 科室 stand ONLY in merged group rows ``（一）队领导``, ``（二）住户调查科``, ``（三）"
        "农业和价格调查科``, ``（四）办公室``; 序号 running through/岗位/责任人 (compound surnames 第五, 羊舌, 梁丘)/"
        "风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def library_selfcheck_sheets() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("Sheet1", "馆长", "馆领导", "荆慕遥", "leader", [
            ("馆舍维修、设备采购项目不经集体研究", "制度机制", "高", "项目经馆务会集体研究,按规定采购并公开结果。"),
            ("文献购置供应商确定不公开", "岗位职责", "高", "文献采购按政府采购程序确定供应商,结果公示。"),
            ("公务接待超标准", "思想道德", "低", "接待先审批后实施,费用按月公开。"),
        ]),
        ("Sheet2", "主任", "采编部", "竺听澜", "middle", [
            ("图书验收时对复本、折扣把关不严", "业务流程", "中", "验收两人核对订单、折扣和复本,验收单存档。"),
            ("接受书商宴请、回扣", "外部环境", "高", "严禁接受书商财物,采购人员定期轮岗。"),
        ]),
        ("Sheet3", "馆员", "流通部", "益晚晴", "general", [
            ("逾期罚款、押金收取不开票不入账", "制度机制", "中", "押金和罚款通过系统收取,日清月结。"),
            ("违规为熟人办理超量、超期借阅", "思想道德", "低", "借阅规则系统控制,例外须部主任审批。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, dept, who, tier, points in people:
        sh = _Sheet(tab, [6, 34, 12, 10, 34, 8])
        r = sh.add("个人廉政风险自查表", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("姓名", who, "部门", dept, "职务", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(2, 4, 2, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(tab, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "部门负责人意见：", None, None)
        sh.add(f"单位：{unit}", None, None, "2024年6月", None, None)
        sheets.append(sh)
    return _layout(
        "library_selfcheck_sheets", "http://www.cfxlib.com/News_Show.asp?id=3808&nclass=1",
        "区图书馆 个人廉政风险自查表 ONE PER SHEET (``Sheet1``–``Sheet3``: 馆长, 采编部主任, 流通部馆员) after the "
        "source's account of a 县图书馆's 廉洁文化 知识竞赛 and its 馆员: a title, then ``姓名 | … | 部门 | … | 职务 | …`` "
        "in one row of pairs, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 (merged over two "
        "columns); ``本人签字： | 部门负责人意见：`` and a ``单位：江津区图书馆 | 2024年6月`` line UNDER the table",
        sheets, t,
    )  # fmt: skip


def womens_federation_two_types() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("一览表", [6, 14, 10, 9, 34, 16, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "慕容芷汀", "妇女儿童关爱项目资金分配不经集体研究", "制度机制", "高",
         "项目资金分配方案经主席办公会研究,分配结果公示。", "leader"),
        ("领导班子", "副主席", "兑青梧", "“最美家庭”、三八红旗手评选推荐中优亲厚友", "思想道德、岗位职责", "中",
         "评选条件公开,推荐对象在社区和单位公示。", "leader"),
        ("权益部", "部长", "母暮溪", "困难妇女、单亲母亲救助对象审核不严", "岗位职责", "高",
         "救助对象经镇街妇联、村(社区)核实,名单公示。", "middle"),
        ("权益部", "部长", "母暮溪", "接受救助对象或其亲属财物", "思想道德、外部环境", "低",
         "严守工作纪律,接受监督举报。", "middle"),
        ("发展部", "部长", "充霁月", "巾帼创业贷款推荐、贴息审核把关不严", "岗位职责、业务流程", "中",
         "推荐名单集体研究,贴息凭银行凭证审核。", "middle"),
        ("办公室", "会计", "红晓棠", "项目经费报账虚列支出", "制度机制", "中",
         "报账凭证三级审核,项目活动照片、签到表附后。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年5月", None)
    return _layout(
        "womens_federation_two_types", "http://www.bdxueliw.com/product/41.html",
        "区妇女联合会 岗位廉政风险点一览表 after the source's account of 妇联 党风廉政建设宣教月 (廉洁家风, 廉内助, "
        "妇女干部): 序号/部室 merged (领导班子, 权益部, 发展部, 办公室)/职务 and 姓名 merged per person (the compound "
        "surname 慕容)/``廉政风险点``/风险类型 naming TWO types on three rows (``思想道德、岗位职责``, ``思想道德、外部环境``, "
        "``岗位职责、业务流程``)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def medical_security_trailing_holders() -> dict:
    unit = f"{PLACE}医疗保障事务中心"
    sh = _Sheet("Sheet1", [6, 16, 34, 6, 34, 14, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位权力行使风险防控一览表", 7)
    sh.add("序号", "事项名称", "廉政风险点及描述", "等级", "防控措施", "责任科室", "责任人")
    rows = [
        ("公文处理", "涉密文件、参保人员信息传递保管不当,造成泄露", "中",
         "涉密文件专人管理,参保信息查询权限分级设置。", ["办公室"], ["芮疏桐"]),
        ("公务接待", "超标准、超范围接待,虚开接待费用", "中", "接待先审批,凭公函和菜单、发票报销。",
         ["办公室"], ["芮疏桐"]),
        ("基金财务管理", "医保基金支付不按审核结果拨付,挤占挪用基金", "高",
         "基金收支两条线,拨付经审核、复核、审批三岗签字。", ["基金财务科", "办公室"], ["厉沐川", "芮疏桐"]),
        ("医疗费用审核", "零星报销、异地就医费用审核把关不严,违规报销", "高",
         "审核、复核分岗,报销明细系统留痕,定期抽查。", ["待遇审核科"], ["牟晏清"]),
        ("定点机构协议管理", "对定点医药机构违规行为查处不力,收受好处", "高",
         "协议考核结果集体研究并公开,稽核人员定期轮换。", ["稽核科"], ["那千帆"]),
        ("参保登记", "违规办理参保登记、变更缴费基数", "低", "登记变更凭原始材料,系统操作日志按月核查。",
         ["参保征缴科"], ["甘露曦"]),
    ]  # fmt: skip
    for n, (item, point, lv, measures, depts, people) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, "\n".join(depts), "\n".join(people))
        for dept, who in zip(depts, people, strict=True):
            t.point(sh.name, dept, "", who, None, point, [], HML[lv])
    sh.add()
    sh.add("单位负责人:", None, "填表人:", None, None, "2024年4月", None)
    return _layout(
        "medical_security_trailing_holders",
        "http://www.xqq.gov.cn/zwgk/bmxxgkml/xqqylbzj/fdzdgknr_44782/bmwj_37462/202301/t20230111_3911006.html",
        "区医疗保障事务中心 岗位权力行使风险防控一览表 after the source's 医保服务中心 内部控制管理实施细则 (组织机构"
        "控制, 业务运行控制, 基金财务控制, 信息系统控制): 序号/``事项名称`` (公文处理, 公务接待, 基金财务管理 …)/"
        "``廉政风险点及描述`` (the point)/``等级`` 高/中/低/防控措施/``责任科室``/``责任人`` — the 科室 and holder AFTER "
        "the measures, NO 岗位 column; on the 基金财务管理 row both cells hold TWO lines (``基金财务科⏎办公室`` | "
        "``厉沐川⏎芮疏桐``), the point both holders'; no type column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def justice_office_scale() -> dict:
    unit = f"{PLACE}司法局"
    office = "杉溪司法所"
    sh = _Sheet("排查表", [6, 12, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险排查表", 7)
    r = sh.add(f"单位：{unit}{office}", None, None, None, "填报日期：2024年3月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所长", "宰父岷樵", "人民调解案件补贴申报虚报案件数", "制度机制", "较高",
         "调解卷宗逐件审核,补贴名单在村(社区)公示。", "middle"),
        ("所长", "宰父岷樵", "社区矫正对象考核奖惩不公,收受好处", "思想道德", "较高",
         "考核奖惩集体研究,结果报区司法局备案。", "middle"),
        ("司法助理员", "盖星遥", "社区矫正对象请假、外出审批把关不严", "岗位职责", "一般",
         "请假外出按规定逐级审批,电子定位核查。", "general"),
        ("司法助理员", "盖星遥", "为当事人介绍律师、法律服务所收取好处", "外部环境", "一般",
         "严禁介绍收费法律服务,群众投诉电话公开。", "general"),
        ("专职人民调解员", "权映雪", "调解中偏袒一方当事人", "业务流程", "较低", "调解全程记录,回访当事人。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, office, post, who, tier, point, types_in(typ), SCALE[lv])
    _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    _line(sh, "注：风险等级分较高、一般、较低三档。", 7)
    sh.add("所长签字:", None, None, "填表人:", None, None, None)
    return _layout(
        "justice_office_scale",
        "https://www.rinaloveslife.com/news/si-fa-suo-te-se-liang-dian-biao-ti-tan-suo-ji-ceng-si-fa-suo-chuang-xin-shi-jian-cong-diao-jie-jiu-f.html",
        "区司法局's 司法所 岗位廉政风险排查表 after the source's account of a 基层司法所 (调解纠纷 with 调委会, 普法宣传, "
        "社区矫正): the bare title ``岗位廉政风险排查表``, then ``单位：江津区司法局杉溪司法所 | 填报日期：2024年3月`` "
        "(the 局 the unit, the 所 the 科室); 序号/岗位 and 姓名 merged per person (所长, 司法助理员, 专职人民调解员; "
        "the compound surname 宰父)/风险点/风险类别 (short names)/风险等级 ``较高/一般/较低``/防控措施; a merged note "
        "``注：风险等级分较高、一般、较低三档。`` under it; 所长签字/填表人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    archives_ticked_level(),
    affairs_center_leader_column(),
    trade_union_posts(),
    statistics_two_row_header(),
    survey_team_group_rows(),
    library_selfcheck_sheets(),
    womens_federation_two_types(),
    medical_security_trailing_holders(),
    justice_office_scale(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch189-inbox"))
