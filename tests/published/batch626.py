"""The six-hundred-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 住建 and
公共资源交易 bodies, 伊金霍洛旗 (of 鄂尔多斯市, 内蒙古) — its 住房和城乡建设局, 建设工程质量安全站,
建设工程质量检测中心, 房产服务中心, 建筑业服务中心, 住建综合行政执法大队 and 政府投资项目代建中心 —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 住房和城乡建设局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 质量安全站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 质量检测中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 房产服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 建筑业服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 综合行政执法大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 代建中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yijinhuoluo_trading_center_back_references``: the 公共资源交易中心's 廉政风险防控一览表 sorted BY
  THE TRADING STAGE (``序号 | 交易环节 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``, the
  stages 进场登记 → 公告发布 → 开标 → 评标 → 中标公示 → 资料归档 in order), so one holder's points stand in
  rows far apart; a holder's ``科室 | 岗位 | 责任人`` are written in full only on his FIRST row, and on
  his later rows those three cells each say ``同序号N`` — N the number of an EARLIER row that is not
  the row just above (a back reference across other holders' rows). The README's 读得懂的表 knows
  ``同上`` in a cell (the value of the row above) and a 风险点 cell ``同序号14`` / ``同第2项`` (the point
  of that item); it does not describe holder cells that refer back by number to a non-adjacent
  earlier row, whose holder the row's point is.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公共资源交易中心 见证部 and 综合部
helping firms 围标串标; a 社区 engineering job split into 标段 to dodge the 区级 招投标中心, the 街道
工程科 审核招标文件; a forum post on 质监站 and 验收签字 红包; a 市 检测行业 信用管理 and 检测报告
弄虚作假; 维修资金 挪用 and 专户 管理; a 质监站副站长 in 工地检查, 工程资料核查, 竣工验收; a 质监站's
虚报下乡费 and 监督检查分工表; 山东's 招标投标 腐败案例 — 未招先建, 指定施工单位, 先监理后补招标) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 令狐 and 公冶 with rare given names); every unit is a body
of 伊金霍洛旗.

Run ``python tests/published/score.py --set batch626`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row whose ``科室 | 岗位 | 责任人`` say ``同序号N`` is a point of row N's holder
  (科室, post and name of row N), with its own level; ``交易环节`` is no 科室 and names no holder;
  the ``注：`` line is no point;
- ``局领导``, ``中心领导``, ``站领导`` and the like are the 科室 of those leaders; the 住建局's leaders
  (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's 股 and a 中心's or
  站's 科/部 are 科室;
- every body is a unit of its own: 局长, 副局长, 站长, 副站长, 主任 of a 中心, 大队长 and 副大队长 are
  leaders; 股长, 科长, 部长 and 中队长 middle; the rest (科员, 监督员, 检测员, 会计, 执法队员, 见证员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 质量检测中心's list names no person: its forms are posts;
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

PREFIX = "b626_"
PLACE = "伊金霍洛旗"
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

# the holders: key -> (科室, 岗位, 姓名, tier)
HOLDERS = {
    "zr": ("中心领导", "主任", "令狐瑀珩", "leader"),
    "jz": ("见证部", "部长", "公冶翊璘", "middle"),
    "jy": ("见证部", "见证员", "令狐洺岍", "general"),
    "zh": ("综合部", "部长", "公冶澧琤", "middle"),
    "xx": ("信息部", "科员", "令狐砚霏", "general"),
}

# (交易环节, holder key, 廉政风险点, 风险等级, 防控措施), in the list's order (by stage)
STAGES = [
    ("进场登记", "zh", "对应进场项目不进场，默许场外交易", "高", "进场目录公开，未进场项目定期通报。"),
    ("进场登记", "xx", "泄露投标人报名、下载招标文件信息", "高", "报名信息系统加密，查询留痕。"),
    ("公告发布", "zh", "招标公告发布前审核不严，放任设置排他性条件", "高", "公告发布前对照负面清单审核。"),
    ("开标", "jy", "开标现场见证不到位，默许围标串标人员进场", "高", "开标区实名登记，全程录音录像。"),
    ("开标", "xx", "开标系统操作违规，篡改投标文件解密时间", "中", "系统操作日志每日备份。"),
    ("评标", "jz", "评标专家抽取信息提前泄露", "高", "专家抽取语音通知，名单封存至评标结束。"),
    ("评标", "jy", "评标过程见证不力，对专家倾向性打分不制止", "中", "见证室监听，异常打分当场记录。"),
    ("评标", "zr", "插手干预评标结果，为特定企业打招呼", "高", "领导干部插手交易活动记录报告。"),
    ("中标公示", "zh", "中标候选人公示期间受理异议不及时", "中", "异议受理登记，限时答复。"),
    ("资料归档", "jz", "交易档案资料不完整，事后补签见证记录", "低", "交易结束五个工作日内归档。"),
    ("资料归档", "zr", "对交易中心工作人员违规行为失察", "中", "每季度听取见证部、综合部廉政情况汇报。"),
]  # fmt: skip


def back_rows() -> list[tuple]:
    """The rows as written: (序号, 交易环节, 科室, 岗位, 责任人, point, level, measures)."""
    first: dict[str, int] = {}
    rows = []
    for n, (stage, key, point, lv, measures) in enumerate(STAGES, 1):
        if key in first:
            ref = f"同序号{first[key]}"
            rows.append((n, stage, ref, ref, ref, point, lv, measures))
        else:
            first[key] = n
            dept, post, who, _tier = HOLDERS[key]
            rows.append((n, stage, dept, post, who, point, lv, measures))
    return rows


def yijinhuoluo_trading_center_back_references() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("一览表", [6, 10, 10, 8, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表（按交易流程）", 8)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 8)
    sh.add("序号", "交易环节", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for row in back_rows():
        sh.add(*row)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(
        sh, "注：同一责任人再次出现时，科室、岗位、责任人栏填写其首次出现的序号（如“同序号2”）。", 8
    )
    sh.add("制表：综合部", None, None, "审核：", None, "主任（签字）：", None, None)
    # the truth one form a holder, in the order of their first rows
    order = list(dict.fromkeys(key for _s, key, *_ in STAGES))
    for key in order:
        dept, post, who, tier = HOLDERS[key]
        for _stage, k, point, lv, _m in STAGES:
            if k == key:
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "yijinhuoluo_trading_center_back_references", "https://m.emailnickv.com/html/2019/news_1010/186960.html",
        "(harder) 旗公共资源交易中心 廉政风险防控一览表 sorted by the trading stage, after the source's report on a 市公共资源交易中心 "
        "见证部 and 综合部 staff helping firms 围标串标 (交通工程招投标, 监理项目弃标): a title, an ``单位：…　2025年6月`` line, "
        "序号/交易环节 merged/科室/岗位/责任人/廉政风险点/风险等级 高/中/低/防控措施, ONE ROW A POINT in stage order so one holder's "
        "rows stand apart; a holder's 科室/岗位/责任人 written only on his first row, his later rows saying ``同序号N`` in all "
        "three cells (N an earlier, non-adjacent row); no type column; a ``注：`` line and a 制表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yijinhuoluo_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("令狐珣澈", "局长", "主持全面工作", [
            ("授意将工程项目拆分标段，规避公开招标", "一级", "限额以上项目一律进入旗公共资源交易中心。"),
            ("干预建筑市场主体资质核查", "二级", "资质核查结果集体研究、公示。"),
        ]),
        ("公冶岚翀", "副局长", "分管建筑市场、招投标监管", [
            ("招标文件审核把关不严，放任设置限制性条件", "一级", "招标文件实行股室初审、分管领导复核。"),
            ("对围标串标线索不移交、不查处", "一级", "投诉举报线索登记台账，按期办结。"),
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
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("建筑市场管理股", "股长", "令狐湜琰", "middle", "施工许可审批降低条件、超时限办理", "一级",
         "施工许可网上办理，审批时限公开。"),
        ("建筑市场管理股", "股长", "令狐湜琰", "middle", "对挂靠、违法分包查处不力", "二级", "专项检查结果通报。"),
        ("建筑市场管理股", "科员", "公冶沄翯", "general", "农民工工资保证金退还审核不严", "二级", "退还材料双人审核。"),
        ("计划财务股", "股长", "令狐昶霁", "middle", "城建项目资金拨付不按进度", "一级", "资金拨付凭监理进度确认单。"),
        ("计划财务股", "会计", "公冶琇嵘", "general", "报账票据审核不严，虚列支出", "三级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "yijinhuoluo_housing_bureau_two_sheets", "http://49.213.0.198/doc/7_0_105395146_2_0410165945.html",
        "旗住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's case of a 社区 工程 split into three 标段 to dodge "
        "the 区级招投标中心, 挂靠 firms 陪跑, the 街道工程科 审核招标文件: sheet 局领导 with 姓名/职务/分管工作 merged per leader, "
        "sheet 股室 with 股室 merged and 岗位/姓名 merged per person; ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yijinhuoluo_quality_station_cards() -> dict:
    unit = f"{PLACE}建设工程质量安全站"
    t = _Truth(unit)
    cards = [
        ("站长", "公冶瑄岷", "站长", "主持全站工作", "leader", [
            ("竣工验收监督中接受施工单位红包", "★★★", "验收监督两人以上同行，签订廉洁承诺。"),
            ("监督计划安排厚此薄彼", "★★", "监督计划站务会研究确定。"),
            ("接受参建单位宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副站长", "令狐琛滢", "副站长", "分管安全监督", "leader", [
            ("安全隐患整改复查走过场", "★★★", "复查留存影像资料，销号备案。"),
            ("违规为施工企业说情减免处罚", "★★", "处罚建议集体审议。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
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
        "yijinhuoluo_quality_station_cards", "https://bbs.co188.com/thread-10479079-1-1.html",
        "旗建设工程质量安全站 领导干部廉政风险防控卡, one sheet a leader, after the source's forum post on 质监站 (验收签字, "
        "红包, 质量监督 科长 受贿): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yijinhuoluo_testing_center_posts() -> dict:
    unit = f"{PLACE}建设工程质量检测中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测业务承接", "违规承接与本中心有利害关系的检测业务", "制度机制风险", "高",
         "业务承接登记，利害关系回避。"),
        ("检测科", "科长", "middle", "检测报告签发", "签发未经复核的检测报告", "岗位职责风险", "高",
         "报告实行检测、审核、批准三级签字。"),
        ("检测科", "科长", "middle", "样品管理", "见证取样送检样品调包、替换", "业务流程风险", "中",
         "样品唯一性标识，收样全程录像。"),
        ("检测科", "检测员", "general", "现场检测", "钢筋弯曲试验不按标准操作，出具虚假数据", "思想道德风险", "高",
         "检测数据自动采集上传，不得手工改动。"),
        ("综合科", "会计", "general", "检测收费", "检测费收取不开票、私设小金库", "外部环境风险", "低",
         "收费标准公示，统一开具票据。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "yijinhuoluo_testing_center_posts", "https://jjc.cq.gov.cn/html/2023-08/01/content_52031148.htm",
        "旗建设工程质量检测中心 岗位廉政风险点排查表 对岗不对人, after the source's 市 工程质量检测 行业 整治 (检测报告弄虚作假, "
        "钢筋弯曲试验, 检测信用管理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yijinhuoluo_property_center_group_rows() -> dict:
    unit = f"{PLACE}房产服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "公冶珺淏", "leader", [
                ("住宅专项维修资金使用审批不严", "一级风险", "维修资金使用经业主表决、现场核查。"),
                ("物业服务企业考评打招呼", "二级风险", "考评由业主代表参与，结果公示。"),
            ]),
        ]),
        ("二、维修资金管理科", "维修资金管理科", [
            ("科长", "令狐璟沣", "middle", [
                ("维修资金专户未按户门号设分户账", "一级风险", "分户账与银行专户每月对账。"),
            ]),
            ("会计", "公冶岫澄", "general", [
                ("维修资金拨付凭证审核不严", "二级风险", "拨付凭证双人复核。"),
                ("维修资金利息收入不入账", "三级风险", "利息收入按季入账并公示。"),
            ]),
        ]),
        ("三、物业管理科", "物业管理科", [
            ("科长", "令狐霈珂", "middle", [
                ("对物业企业代收、挪用维修资金查处不力", "二级风险", "投诉线索登记，限期核查。"),
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
        "yijinhuoluo_property_center_group_rows", "http://www.pzxxqp.com/New/news/5/11127.htm",
        "旗房产服务中心 廉政风险防控责任清单, after the source's report on 维修资金 挪用 (开发商, 物业管理公司, 专户管理银行, "
        "追回挪用资金): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、维修资金管理科``, ``三、物业管理科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yijinhuoluo_construction_service_selfchecks() -> dict:
    unit = f"{PLACE}建筑业服务中心"
    t = _Truth(unit)
    people = [
        ("令狐岍瑶", "中心领导", "主任", "leader", [
            ("竣工验收备案把关不严，为未验先用工程补办备案", "Ⅰ级", "备案材料集体审核，现场抽查。", "已落实"),
            ("工程资料核查中收受建筑商财物", "Ⅱ级", "资料核查两人同行，廉洁告知。", "未发现问题"),
        ]),
        ("公冶沨瑗", "备案科", "科员", "general", [
            ("竣工验收资料缺项仍予受理", "Ⅰ级", "受理实行一次性告知清单。", "已落实"),
            ("备案档案擅自抽换", "Ⅲ级", "档案借阅登记。", "已落实"),
        ]),
        ("令狐淏琬", "现场核查科", "科长", "middle", [
            ("日常工地检查提出问题后私下放行", "Ⅱ级", "检查问题录入系统，整改销号。", "未发现问题"),
            ("检查中向施工单位推荐材料供应商", "Ⅲ级", "签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yijinhuoluo_construction_service_selfchecks", "http://zsjjjc.gov.cn/Article/view/cateid/130/id/60787.html",
        "旗建筑业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 质监站原副站长 case "
        "(日常工地检查, 工程资料核查, 工程竣工验收, 建筑商 红包): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def yijinhuoluo_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}住建综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "公冶翀璐", "leader", "执法检查分工表与实际下乡人员不符，虚报下乡费", "制度机制", "高风险",
         "下乡审批表与公务用车记录核对。"),
        ("大队领导", "大队长", "公冶翀璐", "leader", "重大案件处罚不经集体讨论", "岗位职责", "中风险",
         "重大案件集体讨论记录存档。"),
        ("执法一中队", "中队长", "令狐瑆岚", "middle", "对违法建设查处选择性执法", "业务流程", "高风险",
         "执法全过程记录，案件定期评查。"),
        ("执法一中队", "执法队员", "公冶琦澍", "general", "现场检查接受当事人宴请", "思想道德", "中风险",
         "执法人员两人以上，佩戴执法记录仪。"),
        ("执法二中队", "中队长", "令狐珏潇", "middle", "罚没款不及时上缴", "外部环境", "低风险",
         "罚款一律通过银行代收。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "yijinhuoluo_enforcement_brigade_list", "http://gongcheng.qlgl.gov.cn/show-3-55537-5.html",
        "旗住建综合行政执法大队 岗位廉政风险防控一览表, after the source's 驻区住建局纪检监察组 on a 质监站's 虚报下乡费 "
        "(项目监督检查分工表, 下乡审批表, 工地实地核查): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "a 填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def yijinhuoluo_project_agency_register() -> dict:
    unit = f"{PLACE}政府投资项目代建中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "令狐珞岑", "leader", [
            ("未招先建，指定施工单位进场", "制度机制", "一级", "项目开工前核验招标手续。"),
            ("先开展监理工作、后补招标手续", "岗位职责", "二级", "监理委托必须依法招标。"),
        ]),
        ("工程管理科", "科长", "公冶璠嵩", "middle", [
            ("设计变更、现场签证审核不严", "业务流程", "一级", "变更签证经监理、跟踪审计会签。"),
        ]),
        ("工程管理科", "科员", "令狐滢翾", "general", [
            ("隐蔽工程验收签字走过场", "思想道德", "二级", "隐蔽工程验收留存影像。"),
            ("向施工单位推荐分包队伍", "外部环境", "三级", "签订廉洁承诺书。"),
        ]),
        ("财务科", "会计", "公冶湉峤", "general", [
            ("工程进度款超付", "业务流程", "一级", "进度款按审定工程量支付。"),
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
        "yijinhuoluo_project_agency_register", "https://www.yfbzb.com/inviteBid/detail/20250714_522908271.html",
        "旗政府投资项目代建中心 廉政风险点排查登记表, after the source's 招标投标领域 腐败案例 (未招先建, 指定施工单位, 先监理后补"
        "招标手续): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yijinhuoluo_trading_center_back_references(),
    yijinhuoluo_housing_bureau_two_sheets(),
    yijinhuoluo_quality_station_cards(),
    yijinhuoluo_testing_center_posts(),
    yijinhuoluo_property_center_group_rows(),
    yijinhuoluo_construction_service_selfchecks(),
    yijinhuoluo_enforcement_brigade_list(),
    yijinhuoluo_project_agency_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch626-inbox"))
