"""The six-hundred-and-forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's procuratorate
bodies, 兴和县 (of 乌兰察布市, 内蒙古自治区) — its 人民检察院 and the 院's parts that hand back a file of
their own (第一检察部, 第二检察部, 检察技术科, 案件管理中心, 司法警察大队, the 派驻 检察室 at 城关镇 and 张皋镇),
each handing back the 一览表, 防控卡, 清单, 登记表 or 自查表 its staff typed in WPS or Excel:

- the 第一检察部's 一览表 in TWO SHEETS: ``部门负责人`` (``姓名 | 职务 | 分管工作`` merged per person, no
  科室) and ``办案组`` (``办案组`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type
  column;
- the 驻城关镇检察室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 驻张皋镇检察室's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 检察技术科's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 案件管理中心's 清单 under GROUP ROWS ``一、中心领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 司法警察大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line;
- the 第二检察部's 一览表: ``办案组`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低,
  a sign-off line.

One is harder:

- ``xinghe_procuratorate_group_rosters``: the 人民检察院's 岗位廉政风险防控清单, ``序号 | 岗位 |
  廉政风险点 | 风险等级 | 防控措施`` — NO 姓名 column — under GROUP ROWS merged across
  (``一、院领导（检察长　单翊珣；副检察长　杭澂岳）``, ``二、第一检察部（主任　…；检察官　…；检察官助理　…）``,
  ``三、案件管理中心（主任　…；案管员　…）``): each group row names its 部门 and, in its bracket, a
  ROSTER of that 部门's posts with the one holder of each; the rows under it name the POST only, so
  each row's holder is the person the group row's roster puts on that post. The README's 读得懂的表
  knows a group row ``一、出纳岗(责任人:李明)`` setting ONE post and holder, a group row
  ``一、招商服务局(分管副主任:夏立群)`` whose bracket is a supervising leader (no holder), a roster ABOVE
  the table (``村文书 | 戴晓军 | 村报账员 | 史红霞``) and a ``科室人员`` column listing posts and names; it
  does not describe a roster of several ``岗位　姓名`` pairs inside each group row's bracket, resolved
  per group by the rows' post.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (the 最高人民检察院's 实施意见 on
检察机关廉政风险防控 — 风险点 排查, 风险等级, 防控措施; a 罗山县 检察院 piece on 检察廉政风险防控长效机制 —
“自己找、领导提、群众帮、集体定”, 一级/二级/三级; a paper on 派驻基层检察室 — 检力下沉, 职能定位; a piece on
北京's 检察联络室 — 法律咨询, 社情民意, 预防宣传; a 检察 piece on “三个管理” — 案件管理, 风险防控, 司法责任;
a 区 人民检察院工作报告 — 审查逮捕, 审查起诉, 涉法涉诉信访; a paper on 职务犯罪侦查机制 — 线索管理,
侦查指挥; a paper on 自侦案件 决定逮捕权上提一级 — 审查逮捕, 内部监督) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 单 and 杭 with rare given names); every unit is a body of 兴和县.

Run ``python tests/published/score.py --set batch646`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is the point of the person the roster in its group row's bracket
  puts on the row's post (one form a holder); the group row's name before the bracket is the 科室
  of the rows under it (``院领导`` of the leaders); the brackets are no points and name no
  supervisor; the ``注：`` line and the sign-off line are no points;
- every part of the 院 that hands back a file of its own (部, 科, 中心, 大队, 检察室) is a unit of its
  own: its 主任, 科长, 大队长 and the 检察室's 主任 are leaders; its 办案组, 组 and 中队 are 科室 (``科领导``,
  ``中心领导``, ``大队领导`` too); the cards and the self-checks name no 科室;
- ``工作职责``, ``分管工作``, ``自查情况`` and ``填表时间`` are no points and name no holder;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b646_"
PLACE = "兴和县"
COURT = f"{PLACE}人民检察院"
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

# (group shown, 科室, roster [(post, name, tier)], rows [(post, point, level, measures)])
GROUPS = [
    ("一、院领导", "院领导", [("检察长", "单翊珣", "leader"), ("副检察长", "杭澂岳", "leader")], [
        ("检察长", "对重大案件的处理决定不提交检察委员会讨论，个人说了算", "一级",
         "重大案件一律提交检察委员会讨论决定，记录存档。"),
        ("检察长", "干部选拔任用、员额检察官遴选中优亲厚友", "一级", "遴选方案经党组会研究，结果公示。"),
        ("副检察长", "审批不起诉、撤回起诉案件时接受说情打招呼", "一级",
         "落实过问或干预司法办案“三个规定”，如实记录报告。"),
        ("副检察长", "分管部门涉案财物处置审批把关不严", "二级", "涉案财物处置双人审核，定期对账。"),
    ]),
    ("二、第一检察部", "第一检察部",
     [("主任", "杭琬湄", "middle"), ("检察官", "单绎岚", "middle"), ("检察官助理", "杭涔霁", "general")], [
        ("主任", "案件分配不按随机分案规则，指定承办人", "二级", "案件由系统随机分案，特殊指定须报分管检察长审批。"),
        ("检察官", "审查逮捕中对证据审查不严，降格处理", "一级", "逮捕案件实行案件质量评查，定期抽查。"),
        ("检察官", "私下会见犯罪嫌疑人亲属、辩护人", "一级", "会见律师一律在检察院律师接待室进行并登记。"),
        ("检察官助理", "泄露案情或办案工作秘密", "二级", "签订保密承诺书，卷宗专人保管。"),
        ("检察官助理", "讯问笔录制作不规范，随意增减内容", "三级", "讯问全程同步录音录像，笔录当场核对签字。"),
    ]),
    ("三、案件管理中心", "案件管理中心", [("主任", "单珂峤", "middle"), ("案管员", "杭湜瑗", "general")], [
        ("主任", "流程监控发现问题不通报、不纠正", "二级", "流程监控问题每月通报，纳入检察官业绩考评。"),
        ("案管员", "受理案件时不审查移送材料，违规受理", "二级", "受理审查清单逐项核对，双人签字。"),
        ("案管员", "向当事人、律师泄露案件办理进度以外的信息", "三级", "案件信息公开经审批，对外查询留痕。"),
    ]),
]  # fmt: skip


def xinghe_procuratorate_group_rosters() -> dict:
    unit = COURT
    sh = _Sheet("风险清单", [6, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    _line(sh, f"填报单位：{unit}政治部{GAP * 12}2025年5月", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for shown, _dept, roster, rows in GROUPS:
        names = "；".join(f"{post}{GAP}{who}" for post, who, _tier in roster)
        _line(sh, f"{shown}（{names}）", 5)
        first = len(sh.rows)
        for post, point, lv, measures in rows:
            n += 1
            sh.add(n, post, point, lv, measures)
        _merge_down(sh, first, [(1, lambda row: row[1])])
    # the truth one form a holder, in the roster's order
    for _shown, dept, roster, rows in GROUPS:
        holder = {post: (who, tier) for post, who, tier in roster}
        for post, point, lv, _measures in rows:
            who, tier = holder[post]
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：各部门岗位人员见分组行括号内，岗位风险点由该岗位人员负责防控。", 5)
    sh.add("制表：", None, "审核：", None, "检察长（签字）：")
    return _layout(
        "xinghe_procuratorate_group_rosters", "http://law51.net/law2/2012/2012029.htm",
        "(harder) 县人民检察院 岗位廉政风险防控清单, after the source's 最高人民检察院 实施意见 on 检察机关廉政风险防控 "
        "(风险点 排查, 风险等级, 防控措施, 检察委员会, 员额): a title, a merged 填报单位 line, ``序号 | 岗位 | 廉政风险点 | "
        "风险等级 | 防控措施`` with NO 姓名 column, under GROUP ROWS merged across, each ``一、院领导（检察长　单翊珣；"
        "副检察长　杭澂岳）`` naming its 部门 and, in its bracket, a ROSTER of the 部门's posts each with its one "
        "holder; the rows under it write the POST only (merged per post), so each row's holder is the person the "
        "group's roster puts on that post; ``一级/二级/三级``, no type column; a ``注：`` line and a 制表/审核/检察长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinghe_first_dept_two_sheets() -> dict:
    unit = f"{COURT}第一检察部"
    t = _Truth(unit)
    lead = _Sheet("部门负责人", [6, 9, 10, 18, 38, 9, 34])
    _line(lead, f"{unit}部门负责人廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("杭翀淼", "主任", "主持部门全面工作", [
            ("审批检察官办案意见时改变处理结论不留痕", "一级", "审批意见在统一业务应用系统中全程留痕。"),
            ("对检察官办案组案件分配搞倾斜照顾", "二级", "坚持随机分案为主、指定分案为辅。"),
        ]),
        ("单玥瑱", "副主任", "协助主任分管审查起诉工作", [
            ("对认罪认罚案件量刑建议把关不严", "二级", "量刑建议经检察官联席会议讨论。"),
            ("接受律师宴请、礼品", "一级", "律师接待一律在接待室进行，严禁私下接触。"),
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
    grp = _Sheet("办案组", [6, 14, 11, 9, 38, 9, 34])
    _line(grp, f"{unit}检察官办案组廉政风险防控一览表", 7)
    grp.add("序号", "办案组", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("第一办案组", "检察官", "单骞瑀", "middle", "审查起诉中不依法听取被害人意见", "二级",
         "听取意见情况记录附卷，案件管理中心抽查。"),
        ("第一办案组", "检察官", "单骞瑀", "middle", "对侦查活动违法情形应监督而不监督", "一级",
         "侦查活动监督线索登记，定期清理。"),
        ("第一办案组", "检察官助理", "杭曦湲", "general", "调取证据时收受当事人财物", "一级", "调取证据两人以上进行。"),
        ("第二办案组", "检察官", "杭峤琮", "middle", "退回补充侦查随意，借机延长办案期限", "二级",
         "退回补充侦查须写明理由，报部门负责人审核。"),
        ("第二办案组", "书记员", "单沨琇", "general", "擅自借阅、复制案卷材料", "三级", "案卷借阅审批登记。"),
    ]  # fmt: skip
    first = len(grp.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        grp.add(i, d, post, who, point, lv, measures)
        t.point(grp.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(grp, first, 1, 2, 3)
    grp.add("制表：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinghe_first_dept_two_sheets", "http://www.xinyangls.jcy.gov.cn/flty1/202305/t20230525_4152254.shtml",
        "县检察院第一检察部 廉政风险防控一览表 in TWO SHEETS, after the source's 罗山县 检察院 piece on 检察廉政风险防控长效机制 "
        "(“自己找、领导提、群众帮、集体定”, 一级/二级/三级, 办案和人财物管理): sheet 部门负责人 with 姓名/职务/分管工作 merged "
        "per person, sheet 办案组 with 办案组 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, "
        "防控措施; no type column",
        [lead, grp], t,
    )  # fmt: skip


def xinghe_chengguan_station_cards() -> dict:
    unit = f"{COURT}驻城关镇检察室"
    t = _Truth(unit)
    cards = [
        ("主任", "杭瑷泓", "主任", "主持检察室全面工作，负责辖区法律监督", "leader", [
            ("受理群众控告申诉时推诿、压案不办", "★★★", "控告申诉件件登记，七日内程序性回复。"),
            ("接受辖区企业、村组宴请或礼品", "★★", "严守中央八项规定精神，节前廉洁提醒。"),
            ("对辖区行政执法监督线索选择性办理", "★★★", "监督线索集体研判，报院审批。"),
        ]),
        ("检察官助理", "单湛绮", "检察官助理", "负责法律咨询、社区矫正监督", "general", [
            ("社区矫正监督检查走过场，出具虚假检查记录", "★★", "检查记录双人签字，院里抽查。"),
            ("为当事人介绍律师、干预案件办理", "★", "签订廉洁从检承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "xinghe_chengguan_station_cards", "https://m.fx361.cc/news/2013/0429/24519606.html",
        "县检察院派驻检察室 岗位廉政风险防控卡, one sheet a person, after the source's paper on 派驻基层检察室 (检力下沉, "
        "职能定位, 法律监督触角): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinghe_zhanggao_station_selfchecks() -> dict:
    unit = f"{COURT}驻张皋镇检察室"
    t = _Truth(unit)
    people = [
        ("单岫璋", "主任", "leader", [
            ("收集社情民意中发现的职务违法线索不移送", "Ⅰ级", "线索当日登记，按规定移送。", "已落实"),
            ("检察室办公经费报销不规范", "Ⅱ级", "经费报销经院计财部门审核。", "未发现问题"),
        ]),
        ("杭霂瑢", "书记员", "general", [
            ("法律咨询登记不全，群众反映问题不录入", "Ⅱ级", "咨询接待统一登记台账。", "已落实"),
            ("预防宣传材料采购中收受回扣", "Ⅲ级", "宣传材料统一由院办公室采购。", "已落实"),
        ]),
        ("单璟湉", "检察官助理", "general", [
            ("公益诉讼线索摸排中接受被监督单位吃请", "Ⅰ级", "线索摸排两人以上进行，情况报院登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, "驻张皋镇检察室", post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xinghe_zhanggao_station_selfchecks", "https://fx361.cc/page/2013/1030/3773474.shtml",
        "县检察院派驻检察室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on "
        "北京's 检察联络室 (法律咨询, 社情民意, 职务犯罪线索, 预防宣传): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values (所在部门 the 检察室 itself), then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xinghe_technology_section_list() -> dict:
    unit = f"{COURT}检察技术科"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("科领导", "科长", "杭璟翾", "leader", "技术设备采购指定品牌、参数量身定制", "制度机制", "高风险",
         "采购需求集体论证，按政府采购程序办理。"),
        ("科领导", "科长", "杭璟翾", "leader", "司法鉴定委托审批把关不严", "岗位职责", "中风险",
         "委托鉴定经分管检察长审批。"),
        ("司法鉴定组", "技术员", "单珞琛", "general", "出具检验鉴定意见受人情干扰", "思想道德", "高风险",
         "鉴定实行双人复核，意见书经科长审签。"),
        ("司法鉴定组", "技术员", "单珞琛", "general", "检材保管不善，擅自外借", "业务流程", "中风险",
         "检材出入库登记，专柜保管。"),
        ("信息技术组", "技术员", "杭沄璁", "general", "擅自查询、导出案件信息", "岗位职责", "中风险",
         "系统权限分级管理，查询日志定期审查。"),
        ("信息技术组", "技术员", "杭沄璁", "general", "同步录音录像资料管理不严，删改资料", "外部环境", "低风险",
         "录音录像资料自动归档，不得删改。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "科长（签字）：", None, None)
    return _layout(
        "xinghe_technology_section_list", "http://yzsrj.com/spp/llyj/202508/t20250811_703447.shtml",
        "县检察院检察技术科 岗位廉政风险防控一览表, after the source's 检察 piece on “三个管理” (业务管理, 案件管理, "
        "风险防控, 数字检察): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/科长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinghe_case_centre_group_rows() -> dict:
    unit = f"{COURT}案件管理中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "单湲珺", "leader", [
                ("案件质量评查结论受人情干扰", "一级风险", "评查结论经评查小组集体审定。"),
                ("涉案财物管理监督不到位", "二级风险", "涉案财物每季度清点对账。"),
            ]),
        ]),
        ("二、案件受理组", "案件受理组", [
            ("案管员", "杭琇峣", "general", [
                ("受理登记时篡改案件信息", "二级风险", "受理信息录入后不得擅自修改。"),
                ("违规为律师提供阅卷便利", "二级风险", "律师阅卷预约登记，全程监控。"),
            ]),
        ]),
        ("三、流程监控组", "流程监控组", [
            ("案管员", "单沐璠", "general", [
                ("流程监控发现超期不提示", "三级风险", "超期预警系统自动提示，每周通报。"),
                ("业务数据统计弄虚作假", "二级风险", "数据核查双人复核。"),
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
        "xinghe_case_centre_group_rows", "http://qk.wh.hbjc.gov.cn/jwgk_67524/gzbg_67525/202203/t20220316_1636343.shtml",
        "县检察院案件管理中心 廉政风险防控责任清单, after the source's 区 人民检察院工作报告 (审查逮捕, 审查起诉, 涉法涉诉信访, "
        "案件质量): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、案件受理组``, ``三、流程监控组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinghe_police_brigade_register() -> dict:
    unit = f"{COURT}司法警察大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "杭翎澍", "leader", [
            ("警用装备采购不按程序", "制度机制", "一级", "装备采购报院党组审批，按政府采购执行。"),
            ("警车使用管理不严，公车私用", "思想道德", "二级", "警车出车登记，定位监控。"),
        ]),
        ("押解中队", "司法警察", "单瑢淏", "general", [
            ("押解途中为犯罪嫌疑人传递信息", "外部环境", "一级", "押解两人以上，全程记录仪。"),
        ]),
        ("值庭中队", "司法警察", "杭琤翊", "general", [
            ("看管询问对象时违规允许接触他人", "岗位职责", "二级", "看管区域视频监控，交接登记。"),
            ("办案区使用登记不全", "业务流程", "三级", "办案区使用一案一登记。"),
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
        "xinghe_police_brigade_register", "https://m.fx361.cc/news/2012/0611/3799339.html",
        "县检察院司法警察大队 廉政风险点排查登记表, after the source's paper on 职务犯罪侦查机制 (侦查指挥, 线索管理, 专案侦查, "
        "保障机制): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xinghe_second_dept_list() -> dict:
    unit = f"{COURT}第二检察部"
    sh = _Sheet("排查表", [6, 12, 11, 9, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 8)
    sh.add("序号", "办案组", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("部门领导", "主任", "单璆沅", "leader", "对自侦案件立案、撤案审批不严", "岗位职责风险", "高",
         "立案、撤案报检察长审批，案件管理中心监督。"),
        ("部门领导", "主任", "单璆沅", "leader", "决定逮捕意见受外部干预", "外部环境风险", "高",
         "落实“三个规定”，如实记录过问干预情况。"),
        ("审查逮捕组", "检察官", "杭翛琼", "middle", "审查逮捕不依法讯问犯罪嫌疑人", "业务流程风险", "中",
         "讯问情况记录附卷，流程监控。"),
        ("审查逮捕组", "检察官", "杭翛琼", "middle", "对不捕案件不说明理由", "制度机制风险", "低",
         "不捕案件一律制作不捕理由说明书。"),
        ("审查逮捕组", "检察官助理", "单澈琳", "general", "为案件当事人打探案情", "思想道德风险", "中",
         "签订保密承诺，违规严肃处理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(
        "部门负责人（签字）：", None, None, "分管检察长（签字）：", None, None, "2025年3月", None
    )
    return _layout(
        "xinghe_second_dept_list", "https://fx361.cc/page/2014/0410/20999663.shtml",
        "县检察院第二检察部 岗位廉政风险点排查一览表, after the source's paper on 自侦案件 决定逮捕权上提一级 (审查逮捕, "
        "内部监督, 侦捕联动): a title, 序号/办案组 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a 部门负责人/分管检察长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinghe_procuratorate_group_rosters(),
    xinghe_first_dept_two_sheets(),
    xinghe_chengguan_station_cards(),
    xinghe_zhanggao_station_selfchecks(),
    xinghe_technology_section_list(),
    xinghe_case_centre_group_rows(),
    xinghe_police_brigade_register(),
    xinghe_second_dept_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch646-inbox"))
