"""The eight-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's education
bodies, 莎车县 (喀什地区, 新疆维吾尔自治区) — its 教育局, 教研室, 学生资助管理中心, 招生考试中心, 第三中学,
职业技术学校, 荒地镇中心学校 and 勤工俭学管理办公室 — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 教育局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 职业技术学校's 排查表 对岗不对人: ``处室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 第三中学's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 荒地镇中心学校's 清单 under GROUP ROWS ``一、学校领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 勤工俭学管理办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 |
  填表时间`` over a row of values, ``一级/二级/三级``, ``自查情况``, no type column;
- the 教研室's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 招生考试中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shache_student_aid_centre_oa_steps``: the 学生资助管理中心's 岗位廉政风险点 declarations as its
  OA system exported them (``流程明细`` export): ONE ROW PER APPROVAL STEP, each declared point a
  流程 of three steps (``发起申报``, ``股室审核`` or ``分管领导审核``, ``中心审定`` or ``局分管领导审定``),
  the form's own fields (``流程编号 | 申报人 | 所在股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``)
  REPEATED on every step row, and the step's own ``节点名称 | 处理人 | 处理意见 | 处理时间`` to the
  right; the 处理人 of the review steps are the centre's own 主任 and 股长, who declare points of
  their own in other 流程. The README's 读得懂的表 knows an OA 申报审批单 with ``申请人 | … | 申请部门
  | …`` pairs above a list and an approval record (``节点名称 | 审批人 | …``) BELOW the list that ends
  it; it does not describe a flat export where every row is one approval step of one point and
  the point's fields stand repeated on each step.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (教育部's 通报 on a county 教育局
虚报学生人数 套取公用经费 — 统计, 薄弱学校, 维修校舍, 购置设备; the 考务工作规定 on 评卷 — 回避, 评分
细则, 雷同卷; a county 教育局's 学生资助档案 专项督查 — 申请表, 班主任审核, 资助对象; a city's 中考 违规
处理办法 — 考生档案, 考试数据, 保密; a 县一中 校长's case — 食堂承包费, 违规报销; a 中职学校's case —
虚假实训项目, 设备采购, 招生; a city's 学校食堂 通报 — 采购员, 套取食材资金, 校长; a 技术学校 校长's case
— 强制购买高价器材, 回扣) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 闪 and 郇 with
rare given names); every unit is a body of 莎车县.

Run ``python tests/published/score.py --set batch891`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file one 流程 is one point: its holder is the ``申报人`` (with the 所在股室 and 岗位 of
  the form), its point, level and measures the repeated form fields; the review steps' 处理人 are
  approvers, no holders of that point; the steps are no further points;
- ``中心领导``, ``学校领导`` and ``室领导`` (a 股室/部门 cell, a group row) are the 科室 of those leaders;
  the 教育局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 中心's 股,
  a 学校's 处/室 and a 教研室's 学科组 are 科室; a group row ``二、总务处`` gives the 科室 ``总务处``;
- every school, centre, office and the 局 are units of their own: 局长, 副局长, 主任, 副主任, 校长,
  副校长 are leaders; 股长, 处室主任 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 职业技术学校's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b891_"
PLACE = "莎车县"
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

# (流程编号, 申报人, 所在股室, 岗位, tier, 廉政风险点, 风险等级, 防控措施, [(节点名称, 处理人, 处理意见, 处理时间)])
MAIN, HEAD = "闪翮蘅", "郇骞葳"
FLOWS = [
    ("LZFK-2025-0031", MAIN, "中心领导", "主任", "leader",
     "资助名额分配不按在校生比例，向个别学校倾斜", "一级", "名额分配方案经中心集体研究，报县教育局审定后公示。", [
         ("发起申报", MAIN, "提交", "2025-04-07 09:12"),
         ("分管领导审核", "郇骊翃", "同意", "2025-04-07 16:40"),
         ("局分管领导审定", "郇骊翃", "同意", "2025-04-08 10:05"),
     ]),
    ("LZFK-2025-0032", MAIN, "中心领导", "主任", "leader",
     "资助资金拨付审批把关不严", "二级", "资金拨付凭各校公示结果和名册，财务股复核后审批。", [
         ("发起申报", MAIN, "提交", "2025-04-07 09:20"),
         ("分管领导审核", "郇骊翃", "同意", "2025-04-07 16:42"),
         ("局分管领导审定", "郇骊翃", "同意", "2025-04-08 10:06"),
     ]),
    ("LZFK-2025-0033", HEAD, "资助股", "股长", "middle",
     "家庭经济困难学生认定材料审核走过场", "一级", "认定材料逐校抽查，班主任、学校、中心三级签字。", [
         ("发起申报", HEAD, "提交", "2025-04-08 11:31"),
         ("股室审核", HEAD, "同意", "2025-04-08 11:33"),
         ("中心审定", MAIN, "同意", "2025-04-09 09:18"),
     ]),
    ("LZFK-2025-0034", HEAD, "资助股", "股长", "middle",
     "对学校虚报资助对象问题发现不报", "二级", "每学期开展资助档案专项检查，问题清单报中心。", [
         ("发起申报", HEAD, "提交", "2025-04-08 11:36"),
         ("股室审核", HEAD, "同意", "2025-04-08 11:37"),
         ("中心审定", MAIN, "同意", "2025-04-09 09:20"),
     ]),
    ("LZFK-2025-0035", "闪昉翚", "资助股", "审核员", "general",
     "资助申请表未签名、审批时间倒置仍予通过", "二级", "申请表逐项核对签名和日期，不全的一律退回。", [
         ("发起申报", "闪昉翚", "提交", "2025-04-09 15:02"),
         ("股室审核", HEAD, "同意", "2025-04-10 10:11"),
         ("中心审定", MAIN, "同意", "2025-04-10 17:26"),
     ]),
    ("LZFK-2025-0036", "郇滢琡", "资金发放股", "出纳", "general",
     "资助资金不按时发放到学生一卡通，截留挪用", "一级", "资金直接发放到学生账户，发放明细每月与银行对账。", [
         ("发起申报", "郇滢琡", "提交", "2025-04-10 09:48"),
         ("股室审核", "闪峋濞", "同意", "2025-04-10 12:03"),
         ("中心审定", MAIN, "同意", "2025-04-11 09:37"),
     ]),
]  # fmt: skip


def shache_student_aid_centre_oa_steps() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("流程明细", [16, 9, 11, 8, 38, 8, 34, 14, 9, 9, 17])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点申报流程明细", 11)
    sh.add("流程编号", "申报人", "所在股室", "岗位", "廉政风险点", "风险等级", "防控措施",
           "节点名称", "处理人", "处理意见", "处理时间")  # fmt: skip
    for code, who, dept, post, tier, point, lv, measures, steps in FLOWS:
        for node, by, opinion, when in steps:
            sh.add(code, who, dept, post, point, lv, measures, node, by, opinion, when)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add(
        "导出人：闪翮蘅",
        None,
        None,
        None,
        "导出时间：2025-04-15 10:02",
        None,
        None,
        None,
        None,
        None,
        None,
    )
    return _layout(
        "shache_student_aid_centre_oa_steps", "http://www.nbxinxi.com/a/kaihuaxian/20210625/334576.html",
        "(harder) 县学生资助管理中心 岗位廉政风险点申报 as its OA system exported the 流程明细, after the source's 县教育局 "
        "学生资助档案 专项督查 (资助对象与申请人不一致, 申请表未签名, 审批时间倒置, 班主任未签审核意见): a title, then ONE ROW "
        "PER APPROVAL STEP: ``流程编号 | 申报人 | 所在股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施`` repeated on each of a "
        "流程's three step rows, ``节点名称 | 处理人 | 处理意见 | 处理时间`` of the step beside them (发起申报, 股室审核 or "
        "分管领导审核, 中心审定 or 局分管领导审定; the reviewers are the centre's own 主任 and 股长); ``一级/二级/三级``; no "
        "type column; an 导出人/导出时间 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shache_education_bureau_two_sheets() -> dict:
    unit = f"{PLACE}教育局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闪璆翾", "局长", "主持全面工作", [
            ("教育经费分配和薄弱学校改造项目安排个人说了算", "Ⅰ级", "经费和项目安排经局党组会集体研究，结果公开。"),
            ("为亲友承揽校舍维修、设备采购项目打招呼", "Ⅰ级", "领导干部插手工程项目登记报告，采购全程进平台。"),
        ]),
        ("郇霂旸", "副局长", "分管计划财务、教育统计", [
            ("教育事业统计虚报在校生人数，套取公用经费", "Ⅰ级", "学生数与学籍系统逐校比对，统计报表双人复核。"),
            ("公用经费拨付不按核定标准", "Ⅱ级", "公用经费按生均标准核拨，拨付明细公示。"),
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
        ("计划财务股", "股长", "闪骢湄", "middle", "学校维修校舍资金审核不严，虚列支出", "Ⅰ级",
         "维修资金凭验收单和监理签认拨付，财务股复核。"),
        ("计划财务股", "股长", "闪骢湄", "middle", "教学设备购置预算编报不实", "Ⅱ级", "预算按学校需求逐项论证，报局务会审定。"),
        ("计划财务股", "会计", "郇珣岍", "general", "学校报账票据审核不严", "Ⅱ级", "报账单据三级审核，专项资金专账核算。"),
        ("基础教育股", "股长", "郇翾濛", "middle", "学籍信息变更审核把关不严", "Ⅱ级", "学籍变更凭转出转入证明办理，月底核对。"),
        ("基础教育股", "统计员", "闪澂翙", "general", "统计报表数据弄虚作假", "Ⅰ级", "报表数据与学籍系统比对，统计员和股长双签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shache_education_bureau_two_sheets",
        "http://big5.cctv.com/gate/big5/news.cntv.cn/china/20120326/123244.shtml",
        "县教育局 廉政风险防控一览表 in TWO SHEETS, after the source's 教育部 通报 (县教育局 虚报学生人数, 套取义务教育公用经费, "
        "薄弱学校 维修校舍, 购置教学设备): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shache_vocational_school_posts() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("学校领导", "校长", "leader", "实训基地建设项目", "编造实训基地建设项目申请专项资金", "制度机制风险", "高",
         "项目申报经校务会集体研究，报县教育局审核。"),
        ("实训处", "主任", "middle", "实训设备采购", "设备采购指定品牌，与供应商串通抬高价格", "岗位职责风险", "高",
         "设备采购进平台，参数论证三家以上。"),
        ("实训处", "设备管理员", "general", "设备验收入库", "设备验收不核对型号数量，虚假入库", "业务流程风险", "中",
         "验收由实训处、财务室和使用教师共同签字。"),
        ("招生就业处", "招生干事", "general", "招生录取", "招生中收取中介“好处费”", "思想道德风险", "高",
         "招生计划和录取名单公示，严禁有偿招生。"),
        ("招生就业处", "招生干事", "general", "免学费补助申报", "虚报在籍学生人数套取免学费补助", "外部环境风险", "中",
         "在籍人数与学籍系统每学期核对。"),
        ("财务室", "出纳", "general", "实习补贴发放", "实习补贴不按名册足额发放", "业务流程风险", "低",
         "补贴直接打入学生账户，发放名册存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shache_vocational_school_posts", "https://www.xhlnet.com/jixiexuexiao/1326863.html",
        "县职业技术学校 岗位廉政风险点排查表 对岗不对人, after the source's 中职学校 案件 (虚假“实训基地建设”项目, 高端设备采购, "
        "招生“好处费”, 套取补贴): a title, 序号/处室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shache_no3_middle_school_cards() -> dict:
    unit = f"{PLACE}第三中学"
    t = _Truth(unit)
    cards = [
        ("校长", "郇翃璆", "校长", "主持学校全面工作", "leader", [
            ("学校食堂承包费不按合同收取", "★★★", "食堂承包合同经校务会研究，承包费缴入学校账户。"),
            ("违规报销个人费用", "★★★", "报销实行经办、审核、审批三签，每季度公开。"),
            ("接受供餐企业宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副校长", "闪翛沄", "副校长", "分管后勤、食堂", "leader", [
            ("食堂食材验收不过磅、不核价", "★★", "食材验收两人以上，过磅记录每日公示。"),
            ("校服选用采购中谋取利益", "★★", "校服采购经家长委员会参与，公开招标。"),
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
        "shache_no3_middle_school_cards", "https://www.kuaisoft.com/qia/at_11374.html",
        "县中学 领导干部廉政风险防控卡, one sheet a leader, after the source's 县一中 校长 案件 (食堂承包费 未按合同收取, "
        "违规报销, 营养餐): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shache_huangdi_town_school_group_rows() -> dict:
    unit = f"{PLACE}荒地镇中心学校"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "郇澔翎", "leader", [
                ("通过提高食堂成本套取资金", "一级风险", "食堂成本核算每月公示，接受家长委员会监督。"),
                ("村小维修项目化整为零规避招标", "一级风险", "维修项目按限额报县教育局审批。"),
            ]),
        ]),
        ("二、总务处", "总务处", [
            ("主任", "闪溦峤", "middle", [
                ("食堂采购为供货商提供关照，收受好处", "二级风险", "食材定点采购公开比选，供货商每年评议。"),
            ]),
            ("采购员", "郇昶霁", "general", [
                ("转卖食堂食材套取资金", "二级风险", "食材出入库登记，每周盘点。"),
                ("营养餐食材以次充好", "三级风险", "食材验收拍照留存，陪餐教师记录。"),
            ]),
        ]),
        ("三、教务处", "教务处", [
            ("主任", "闪淏琤", "middle", [
                ("评优评先、职称推荐不按条件", "二级风险", "推荐条件和结果在校内公示。"),
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
        "shache_huangdi_town_school_group_rows",
        "https://www.everydaynews.com.cn/show/index/cid/2/id/15511.html",
        "镇中心学校 廉政风险防控责任清单 under GROUP ROWS, after the source's 通报 on 学校食堂 “硕鼠” (转卖食堂食材套取资金, "
        "食堂采购员 收受现金, 提高食堂成本套取资金, 校长 副校长): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施, group rows ``一、学校领导``, ``二、总务处``, ``三、教务处`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def shache_work_study_office_selfchecks() -> dict:
    unit = f"{PLACE}勤工俭学管理办公室"
    t = _Truth(unit)
    people = [
        ("闪霈岚", "办公室领导", "主任", "leader", [
            ("强制学生购买高价学习用品、器材收取回扣", "一级", "学习用品由学生自愿选购，严禁统一征订收取回扣。", "已落实"),
            ("校办产业承包合同不经集体研究", "二级", "承包合同经办公会研究，报县教育局备案。", "未发现问题"),
        ]),
        ("郇琮曦", "产业管理股", "管理员", "general", [
            ("校办农场收入不入账", "一级", "收入当日缴入专户，收据联号使用。", "已落实"),
            ("勤工俭学物资出入库记录不实", "三级", "出入库双人登记，每季度盘点。", "已落实"),
        ]),
        ("闪珩淯", "财务股", "会计", "general", [
            ("勤工俭学收入私设“小金库”", "一级", "收入全部纳入单位预算管理，专账核算。", "未发现问题"),
            ("虚列劳务费支出", "二级", "劳务费凭签到表和发放名册列支。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shache_work_study_office_selfchecks", "https://www.xhlnet.com/other/234749.html",
        "县勤工俭学管理办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 技术学校 "
        "校长 案件 (强制学生购买高价实训器材 收取回扣, 虚报招生人数 套取补贴, 校务会议形同虚设): a title, a label row "
        "``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def shache_teaching_research_office_list() -> dict:
    unit = f"{PLACE}教研室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "郇湉翯", "leader", "统考评卷人员选派不执行回避规定", "制度机制", "高风险",
         "评卷人员名单经室务会研究，有直系亲属参考的一律回避。"),
        ("室领导", "主任", "郇湉翯", "leader", "优质课、教学能手评选打招呼", "岗位职责", "中风险",
         "评选实行专家匿名评分，结果公示。"),
        ("文科组", "组长", "闪翀岍", "middle", "统考试题、评分细则泄露", "业务流程", "高风险",
         "命题人员签订保密承诺书，试题封存保密室。"),
        ("文科组", "教研员", "郇岚澈", "general", "评卷中发现雷同卷不报告", "思想道德", "中风险",
         "雷同卷登记并报室领导裁定。"),
        ("理科组", "教研员", "闪瀓翃", "general", "推销教辅资料收取好处", "外部环境", "低风险",
         "教辅资料征订按目录自愿选用，教研员不得推荐。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "shache_teaching_research_office_list",
        "http://big5.cctv.com/gate/big5/news.cctv.com/china/20090411/101327.shtml",
        "县教研室 岗位廉政风险防控一览表, after the source's 考务工作规定 (评卷, 直系亲属 回避, 评分细则 保密, 雷同卷 报告): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def shache_admissions_exam_centre_register() -> dict:
    unit = f"{PLACE}招生考试中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "闪渟翚", "leader", [
            ("为不具备条件的人员提供假证明取得考试资格", "制度机制", "一级", "报考资格由两人审核，审核结果公示。"),
            ("考试工作人员选聘不按条件", "岗位职责", "二级", "工作人员选聘条件公开，集体研究确定。"),
        ]),
        ("考务股", "股长", "郇瀞岷", "middle", [
            ("试题、答案保管违反保密规定", "业务流程", "一级", "保密室双人双锁，24小时值班。"),
        ]),
        ("信息股", "信息员", "闪峣湛", "general", [
            ("擅自更改考生信息、考试成绩", "业务流程", "一级", "成绩数据修改留痕，双人操作。"),
            ("泄露考生个人信息", "思想道德", "三级", "考生信息分级授权查询，定期检查。"),
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
        "shache_admissions_exam_centre_register", "http://nj.zhongkao.com/e/20130508/5189ef7bbcf27_4.shtml",
        "县招生考试中心 廉政风险点排查登记表, after the source's 高中阶段招生考试 违规处理办法 (假证明 取得考试资格, 伪造考生档案, "
        "擅自更改考试数据, 保密规定): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shache_student_aid_centre_oa_steps(),
    shache_education_bureau_two_sheets(),
    shache_vocational_school_posts(),
    shache_no3_middle_school_cards(),
    shache_huangdi_town_school_group_rows(),
    shache_work_study_office_selfchecks(),
    shache_teaching_research_office_list(),
    shache_admissions_exam_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch891-inbox"))
