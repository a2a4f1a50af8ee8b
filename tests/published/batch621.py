"""The six-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's finance and
tax bodies, 乌拉特后旗 (of 巴彦淖尔市, 内蒙古自治区) — its 财政局, 国库集中支付中心, 非税收入管理所,
会计核算中心, 财政投资评审中心, 巴音宝力格镇财政所 and the 税务局 with its 巴音宝力格税务分局 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 国库集中支付中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no
  type column, an 编制/审核 line;
- the 税务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``风险类型`` (``…风险``), 高/中/低;
- the 非税收入管理所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 会计核算中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 巴音宝力格镇财政所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 巴音宝力格税务分局's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 财政投资评审中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、评审二组`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, a ``注：`` line.

One is harder:

- ``urad_finance_bureau_two_sided``: the 财政局's 收支两条线 廉政风险对照表, a BUTTERFLY table: the holder
  columns ``股室 | 岗位 | 姓名`` (under a merged ``责任股室及人员``) stand in the MIDDLE, with the 收入 side's
  ``廉政风险点 | 风险等级 | 防控措施`` (under a merged ``收入（征缴）管理环节``) to their LEFT and the 支出
  side's ``廉政风险点 | 风险等级 | 防控措施`` (under ``支出（拨付）管理环节``) to their RIGHT; the middle
  cells are merged down over each person's rows, one row carries up to two points of the same holder
  (one on each side), a side a person has fewer points on is left blank, and one 股长 has points on
  the 支出 side only. The README's 读得懂的表 knows a long table printed in two halves side by side
  (each half with its own holder columns), holder columns under a merged heading, and lists whose
  holders stand in a roster beside the list; it does not describe ONE table whose holder columns
  sit between two point groups, each row's left and right points both the middle holder's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县纪委监委 警示教育片 on a 街道
财政所 主任 lending 财政资金 through an 往来款 account without 集体研究; a 财政局 收付中心 干部 taking 国库
money in two 业务; a 地税 case of 税务师事务所 “压岁钱” and 分局局长 bribes; a piece on 公款私存,
理财 and 炒股 with 公款; a piece on 预算管理一体化 and 数字财政; a 工资发放中心 主任 absconding with
工资 money; a 税务 case of 违规减免税 and 关系户; a 县财政局 on 财政投资评审 — 审减, 现场核实, 变更签证)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 卞 and 庹 with rare given names); every unit is a
body of 乌拉特后旗.

Run ``python tests/published/score.py --set batch621`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the middle ``股室 | 岗位 | 姓名`` (merged down over a person's rows) is the holder of
  every point on BOTH sides of those rows — the 收入 side's and the 支出 side's alike — each with the
  level in its own side's ``风险等级``; one form a holder, his 收入 points before his 支出 points; a
  blank side is no point; ``局领导`` is the 科室 of the 局长; the ``注：`` line and the sign-off are no
  points;
- ``局领导``, ``中心领导``, ``所领导`` (a 股室 cell, a group row, a 所在股室 cell) are the 科室 of those leaders;
  the 税务局's leaders (sheet ``局领导``, no 科室 column) and the cards' 所长 have no 科室; a 股, a 组 and a
  科 are 科室; a group row ``二、评审一组`` gives the 科室 ``评审一组`` (its number left off);
- every body is a unit of its own (the 税务分局 too): 局长, 副局长, 主任, 副主任, 所长 and 分局长 are
  leaders; 股长 and 组长 middle; the rest (审核员, 清算员, 会计, 出纳, 票据管理员, 评审员, 税收管理员…)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 税务分局's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b621_"
PLACE = "乌拉特后旗"
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

# (股室, 岗位, 姓名, tier, 收入 side [(point, level, measures)], 支出 side [...])
TWO_SIDED = [
    ("局领导", "局长", "卞翀岚", "leader", [
        ("非税收入减免、缓缴个人说了算，不经局党组会研究", "高", "减免缓缴一律经局党组会集体研究，结果公示。"),
    ], [
        ("大额财政资金调度、往来款借出不经集体研究", "高", "往来款借出经局党组会研究，报旗政府审批。"),
        ("干预预算单位资金拨付顺序，优亲厚友", "中", "资金拨付按预算和用款计划顺序办理。"),
    ]),
    ("预算股", "股长", "庹沅岫", "middle", [
        ("部门预算收入编报审核不严，非税收入少编漏编", "中", "预算收入编报与上年执行数比对复核。"),
    ], [
        ("项目预算追加调整不按程序报批", "高", "追加调整一律报局党组会和旗政府审定。"),
        ("专项资金分配方案因素法测算不公开", "中", "分配方案和测算因素在局内公示。"),
    ]),
    ("国库股", "股长", "卞霁琮", "middle", [
        ("财政专户收入核对不及时，收入长期挂账", "中", "财政专户每月与银行对账，挂账款项按月清理。"),
        ("违规将财政资金存放与个人有利害关系的银行", "高", "资金存放银行经局党组会竞争性选择。"),
    ], [
        ("国库集中支付审核把关不严，无预算、超预算拨付", "高", "支付申请系统控制，无预算不得支付。"),
    ]),
    ("经济建设股", "股长", "庹澂昀", "middle", [], [
        ("基本建设项目资金未按评审结论和工程进度拨付", "中", "拨付凭评审结论、监理签证和进度报告。"),
        ("项目单位报账资料审核走过场", "低", "报账资料经办、复核两级审核。"),
    ]),
]  # fmt: skip


def urad_finance_bureau_two_sided() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("收支对照", [30, 8, 26, 11, 8, 9, 30, 8, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}收支两条线廉政风险对照表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年5月", 9)
    top = sh.add(
        "收入（征缴）管理环节",
        None,
        None,
        "责任股室及人员",
        None,
        None,
        "支出（拨付）管理环节",
        None,
        None,
    )
    for c0 in (0, 3, 6):
        sh.merge(top, c0, top, c0 + 2)
    sh.add(
        "廉政风险点",
        "风险等级",
        "防控措施",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控措施",
    )
    for dept, post, who, tier, income, spend in TWO_SIDED:
        first = len(sh.rows)
        for k in range(max(len(income), len(spend))):
            left = income[k] if k < len(income) else (None, None, None)
            right = spend[k] if k < len(spend) else (None, None, None)
            holder = (dept, post, who) if k == 0 else (None, None, None)
            sh.add(*left, *holder, *right)
        last = len(sh.rows) - 1
        if last > first:
            for c in (3, 4, 5):
                sh.merge(first, c, last, c)
        for point, lv, _measures in income + spend:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：左侧为收入（征缴）管理环节风险点，右侧为支出（拨付）管理环节风险点；风险等级分高、中、低三级。",
        9,
    )
    sh.add("填表：", None, "审核：", None, None, None, "局长（签字）：", None, None)
    return _layout(
        "urad_finance_bureau_two_sided", "https://129a.com/zqzw/792.html",
        "(harder) 旗财政局 收支两条线廉政风险对照表, after the source's 县纪委监委 警示教育片 (街道财政所主任 lending 财政资金 "
        "through an 往来款 account, 未经领导班子集体研究, 巡察 查阅财务账目): a title, a 填报单位 line, a TWO-ROW heading — "
        "``收入（征缴）管理环节`` merged over 廉政风险点/风险等级/防控措施 on the LEFT, ``责任股室及人员`` merged over 股室/岗位/"
        "姓名 in the MIDDLE, ``支出（拨付）管理环节`` merged over 廉政风险点/风险等级/防控措施 on the RIGHT; the middle "
        "cells merged down over each person's rows, one row carrying a 收入 point and a 支出 point of the same holder, "
        "the shorter side blank, one 股长 with 支出 points only; 高/中/低, no type column; a ``注：`` line and a sign-off",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def urad_treasury_center_list() -> dict:
    unit = f"{PLACE}国库集中支付中心"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "庹璩涟", "leader", [
            ("国库支付系统操作权限分配不当，一人多岗", "一级", "系统权限按岗位设置，经办、审核分设。"),
            ("默许经办人员绕开系统线下支付", "一级", "线下支付一律经局领导审批并登记。"),
        ]),
        ("支付审核股", "审核员", "卞岫昶", "general", [
            ("支付凭证要素审核不严，收款人账户被篡改", "一级", "收款账户变更须预算单位盖章确认。"),
            ("为关系单位优先、加急办理支付", "二级", "支付申请按受理时间顺序办理。"),
        ]),
        ("清算核算股", "清算员", "庹琇岑", "general", [
            ("与代理银行清算对账不及时，资金在途滞留", "一级", "每日与代理银行清算对账，差异当日查明。"),
        ]),
        ("清算核算股", "会计", "卞沨珂", "general", [
            ("记账凭证与支付凭证不符，虚列支出", "二级", "凭证日清月结，主任月末抽查。"),
            ("会计档案保管不善，凭证丢失或被抽换", "三级", "会计档案专柜保管，借阅登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "urad_treasury_center_list", "http://aihuau.com/a/9101032201/403145.html",
        "旗国库集中支付中心 岗位廉政风险防控一览表, after the source's 财政局收付中心 干部 taking 国库 money in two 业务 "
        "(国库大门 对内不设防, 密码): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def urad_tax_bureau_two_sheets() -> dict:
    unit = f"国家税务总局{PLACE}税务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 14, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("庹曦芃", "局长", "主持全面工作", [
            ("干预税务稽查案件选案和处理", "岗位职责风险", "高", "稽查选案由系统随机产生，案件集体审理。"),
            ("指定涉税中介为纳税人代办业务", "外部环境风险", "中", "严禁指定、推荐涉税中介，公开举报电话。"),
        ]),
        ("卞崧瑗", "副局长", "分管征收管理、纳税服务", [
            ("违规审批延期缴纳税款", "制度机制风险", "高", "延期缴纳经局长办公会研究，报市局审批。"),
            ("接受纳税人宴请、礼品", "思想道德风险", "低", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 10, 9, 38, 14, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 8)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("征收管理股", "股长", "庹峣沨", "middle", "非正常户认定和解除把关不严", "业务流程风险", "中",
         "认定和解除经股室集体复核。"),
        ("征收管理股", "股长", "庹峣沨", "middle", "欠税公告和追缴不及时", "岗位职责风险", "中", "欠税按月公告，追缴情况台账管理。"),
        ("税源管理股", "税收管理员", "卞璠汧", "general", "核定征收户定额核定偏低，收受好处", "思想道德风险", "高",
         "定额核定双人实地核查，结果公示。"),
        ("法制股", "股长", "庹琰岙", "middle", "税务行政处罚自由裁量不按基准", "制度机制风险", "高",
         "处罚按裁量基准执行，重大案件集体审理。"),
        ("法制股", "科员", "卞潆昉", "general", "行政复议案件审查偏向一方", "岗位职责风险", "低", "复议案件两人以上承办。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "urad_tax_bureau_two_sheets",
        "http://fzb.zjol.com.cn/gb/node2/node802/node240379/node395127/node395134/userobject15ai5337680.html",
        "旗税务局 廉政风险防控一览表 in TWO SHEETS, after the source's 县地税系统 贿案 (税务师事务所 “压岁钱”, 分局局长, "
        "征管科科长, 企业清算): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, 防控措施",
        [lead, dept], t,
    )  # fmt: skip


def urad_nontax_office_cards() -> dict:
    unit = f"{PLACE}非税收入管理所"
    t = _Truth(unit)
    cards = [
        ("所长", "庹朏萦", "所长", "主持全所工作，负责非税收入征缴监督", "leader", [
            ("非税收入执收单位坐收坐支、公款私存不查处", "★★★", "每季度对执收单位专项检查，问题通报。"),
            ("违规批准执收单位开设收入过渡户", "★★★", "过渡户开设一律报财政局审批。"),
            ("接受执收单位宴请、礼品", "★", "严守中央八项规定精神。"),
        ]),
        ("票据管理员", "卞琤岱", "票据管理员", "负责非税收入票据的领购、发放和核销", "general", [
            ("票据发放不登记，空白票据流失", "★★", "票据领用实行以票管收、验旧供新。"),
            ("票据核销审核不严，收入不及时缴库", "★★", "核销与收入缴库数据逐笔比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "urad_nontax_office_cards", "http://m.ahfyzs.com/content/17/0627/11/1410277_666897851.shtml",
        "旗非税收入管理所 廉政风险防控卡, one sheet a person, after the source's piece on 公款理私财 (私存公款, 截留, "
        "挪用公款 买理财产品、炒股): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def urad_accounting_center_list() -> dict:
    unit = f"{PLACE}会计核算中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "卞湜翾", "leader", "预算管理一体化系统岗位权限审批不严", "制度机制", "高风险",
         "系统权限变更经主任办公会研究并留痕。"),
        ("中心领导", "主任", "卞湜翾", "leader", "对报账单位违规支出默许放行", "岗位职责", "中风险",
         "违规支出一律退回并登记台账。"),
        ("核算一股", "股长", "庹淏翎", "middle", "原始凭证审核不严，虚开发票入账", "业务流程", "高风险",
         "发票真伪逐张查验，大额支出附合同。"),
        ("核算一股", "会计", "卞淇琬", "general", "会计科目使用不当，掩盖超标准支出", "业务流程", "中风险",
         "月末科目余额复核，异常事项报告。"),
        ("核算二股", "股长", "庹珝澜", "middle", "“三公”经费支出审核放宽标准", "思想道德", "中风险",
         "“三公”经费按标准逐项审核。"),
        ("核算二股", "出纳", "卞霈岍", "general", "公务卡还款和现金支付不按规定办理", "外部环境", "低风险",
         "现金支付限额管理，公务卡消费逐笔核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "urad_accounting_center_list", "http://www.handmsg.com/page/2023/0828/22431692.shtml",
        "旗会计核算中心 岗位廉政风险防控一览表, after the source's piece on 数字财政治理 (预算管理一体化信息系统, 数据, "
        "业务流程 智能化): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） "
        "line",
        [sh], t,
    )  # fmt: skip


def urad_bayinbaolige_finance_selfchecks() -> dict:
    unit = f"{PLACE}巴音宝力格镇财政所"
    t = _Truth(unit)
    people = [
        ("庹沄璟", "所领导", "所长", "leader", [
            ("惠农惠牧补贴资金发放名单审核不严", "Ⅰ级", "补贴名单嘎查村公示、镇审核、旗复核。", "已落实"),
            ("镇机关工资、津贴补贴违规发放", "Ⅰ级", "工资发放按编制和标准，经旗财政局审核。", "未发现问题"),
        ]),
        ("卞珵澜", "预算会计股", "会计", "general", [
            ("镇级财政资金支付手续不全", "Ⅱ级", "支付经经办、审核、审批三签。", "已落实"),
            ("往来款长期挂账不清理", "Ⅲ级", "往来款每季度清理一次。", "已落实"),
        ]),
        ("庹玥漪", "预算会计股", "出纳", "general", [
            ("“一卡通”补贴资金代发不及时或截留", "Ⅰ级", "补贴资金直接发放到户，发放结果公示。", "未发现问题"),
            ("现金日记账登记不及时，公款私存", "Ⅱ级", "现金日清月结，所长月末盘点。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "urad_bayinbaolige_finance_selfchecks",
        "http://news.banbijiang.com/qianyan/baoguang/2014/0714/159604.html",
        "旗镇财政所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县财政局 "
        "工资发放中心 原主任 (挪用 公务人员工资账户 资金, 财务制度, 内部监督机制): a title, a label row ``姓　名 | 所在股室 | "
        "岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def urad_bayinbaolige_tax_posts() -> dict:
    unit = f"国家税务总局{PLACE}税务局巴音宝力格税务分局"
    sh = _Sheet("排查表", [6, 12, 11, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("分局领导", "分局长", "leader", "减免税审核", "对关系户减免税材料只作形式审查，违规批准", "岗位职责风险", "高",
         "减免税审核实行分局集体审议，结果公示。"),
        ("税源管理股", "税收管理员", "general", "优惠政策辅导", "只向关系户告知税收优惠政策，选择性辅导", "思想道德风险",
         "中", "优惠政策统一公告，辅导记录留存。"),
        ("税源管理股", "税收管理员", "general", "纳税申报审核", "以材料不全为由反复退回，索取好处", "业务流程风险", "高",
         "一次性告知补正材料，办理时限系统监控。"),
        ("纳税服务股", "窗口受理员", "general", "发票领用", "违规为走逃风险户增加发票用量", "制度机制风险", "中",
         "发票增量按风险等级核定，异常户系统拦截。"),
        ("纳税服务股", "窗口受理员", "general", "税款入库", "人为调节税款入库进度", "制度机制风险", "低",
         "入库数据与申报数据每日比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "urad_bayinbaolige_tax_posts",
        "https://www.hkyyi.com/html/shui-wu-lian-zheng-an-li-fen-xi-jie-shi-fu-bai-shou-duan-yu-fang-fan-ce-lve.html",
        "旗税务分局 岗位廉政风险点排查表 对岗不对人, after the source's 税务廉政案例 (违规减免税, 关系户, 形式审查, 材料不全 "
        "反复退回, 人为调节税款入库进度): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def urad_investment_review_group_rows() -> dict:
    unit = f"{PLACE}财政投资评审中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "卞澍珩", "leader", [
                ("评审结论签发前不经集体审定", "一级风险", "评审结论经中心审查例会集体审定后签发。"),
                ("委托社会中介机构评审时指定机构", "一级风险", "中介机构从入库名单中随机抽取。"),
            ]),
        ]),
        ("二、评审一组", "评审一组", [
            ("组长", "庹霂岑", "middle", [
                ("重大变更和隐蔽工程不到现场核实", "二级风险", "重大变更、隐蔽工程两人以上现场核实。"),
            ]),
            ("评审员", "卞砚岷", "general", [
                ("工程量计算和定额套用偏向施工单位", "一级风险", "评审底稿交叉复核，审减审增说明原因。"),
                ("向项目单位泄露评审情况", "三级风险", "签订保密承诺书。"),
            ]),
        ]),
        ("三、评审二组", "评审二组", [
            ("评审员", "庹玧岙", "general", [
                ("材料设备价格调查走过场，认可虚高价格", "二级风险", "材料价格三家询价，调查记录存档。"),
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
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "urad_investment_review_group_rows", "http://www1.sumuf.com/sstx/1762.html",
        "旗财政投资评审中心 廉政风险防控责任清单, after the source's 县财政局 财政投资评审 (审查例会, 审减率, 重大变更及隐蔽"
        "工程现场核实, 材料设备市场价格调查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、评审一组``, ``三、评审二组`` merged across; 岗位 and 姓名 merged "
        "per person; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    urad_finance_bureau_two_sided(),
    urad_treasury_center_list(),
    urad_tax_bureau_two_sheets(),
    urad_nontax_office_cards(),
    urad_accounting_center_list(),
    urad_bayinbaolige_finance_selfchecks(),
    urad_bayinbaolige_tax_posts(),
    urad_investment_review_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch621-inbox"))
