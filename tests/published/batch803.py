"""The eight-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's statistics
and survey bodies, 内乡县 (of 南阳市, 河南省) — its 统计局, 统计执法监察大队, 普查中心, 农村社会经济调查队
and 统计数据管理中心 and its 乡镇统计站 (马山口镇, 湍东镇, 七里坪乡) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 统计执法监察大队's 一览表: ``科室 | 岗位 | 姓名`` merged per person under ``附件1``,
  ``一级/二级/三级``, no type column, a sign-off line;
- the 农村社会经济调查队's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 普查中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低, no
  names, a ``注：`` line;
- the 统计局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``;
- the 马山口镇统计站's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 湍东镇统计站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 七里坪乡统计站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``.

One is harder:

- ``neixiang_data_centre_org_paths``: the 统计数据管理中心's 廉政风险防控信息平台 export, ONE ROW A
  POINT (``序号 | 风险编码 | 风险点 | 风险等级 | 防控措施 | 责任对象 | 录入时间``) with no 科室, 岗位 or
  姓名 column: each row's holder is written only in ``责任对象`` as the platform prints an
  organisation PATH, ``内乡县统计数据管理中心 > 数据审核科 > 科长 > 谯珣蘅`` — unit, 科室, post and
  holder joined by `` > `` in one cell, deepest last. The README's 读得懂的表 knows a post cell
  ``财务科-出纳`` / ``办公室/出纳`` split into 科室 and post, a labelled ``提交人：…｜职务：…`` 填报信息 cell,
  a tree export keyed by outline codes (``1``, ``1.1``) and a node list with ``上级编号``; it does not
  describe an unlabelled organisation path ``unit > 科室 > post > name`` in one cell as the row's
  holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (统计名录库 建设 — 一库在线, 分级维护,
清查底册; a 盟统计局's “双随机、一公开” 联合执法 — 统计台账, 原始记录, 数出有据; a 县调查队 — 居民收支调查,
农作物抽样调查, 独立上报; a 市 经济普查 综合试点 — 普查指导员和普查员, 试点经费, 清查; talks on 防治统计造假 —
“数字出官”, 领导干部干预统计数据; a 街道统计站's 住户调查 样本轮换 — 入户走访, 调查员; a 市 住户调查
辅助调查员工作职责 — 记账培训, 访户, 补贴发放; a 商贸企业 “应统尽统” — 名录更新, 限上企业 纳入) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 谯 and 濮阳 with rare given names); every unit is a
body of 内乡县.

Run ``python tests/published/score.py --set batch803`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``责任对象`` path gives, left to right, the unit (the file's unit), the 科室
  (``中心领导`` for the leaders, as a 处室 cell ``校领导`` is), the post and the holder; ``风险编码`` and
  ``录入时间`` are no points and name nobody;
- ``队领导``, ``站领导``, ``中心领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  统计局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 局's 股, a
  大队's 中队, a 中心's 科 or 股 and a 站's 组 are 科室;
- every 站, 队, 中心 and the 统计局 are units of their own: 局长, 副局长, 大队长, 队长, 副队长, 主任,
  副主任 and 站长 are leaders; 股长, 科长 and 中队长 middle; the rest general;
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

PREFIX = "b803_"
PLACE = "内乡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SEP = " > "


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, post, holder, tier, [(风险点, 风险等级, 防控措施)])
PATHS = [
    ("中心领导", "主任", "濮阳珩翕", "leader", [
        ("名录库单位纳入、退出审核时受人请托放宽标准", "高", "纳入退出名单经中心办公会集体研究，逐家留存佐证资料。"),
        ("应领导干部要求调整已上报的企业数据", "高", "建立干预统计工作记录制度，如实登记、按月报告。"),
    ]),
    ("中心领导", "副主任", "谯樾岚", "leader", [
        ("数据处理软件和服务外包选定服务商不公开", "中", "外包项目按政府采购程序比选，合同经集体审定。"),
        ("普查、调查对象资料泄露或用于统计以外目的", "中", "原始资料专柜保管，查阅实行审批登记。"),
    ]),
    ("数据审核科", "科长", "谯珣蘅", "middle", [
        ("联网直报数据审核中对异常数据放任不查", "高", "异常数据逐条核实，查询记录留痕备查。"),
        ("接受企业宴请后对漏报、迟报不予追究", "中", "漏报迟报按规定移交执法监察大队处理。"),
    ]),
    ("数据审核科", "审核员", "濮阳琭", "general", [
        ("擅自修改企业报送的原始数据", "中", "数据修改须企业书面确认，系统保留修改日志。"),
    ]),
    ("信息技术科", "科长", "谯琮澍", "middle", [
        ("统计数据库账号密码外借，越权查询单位资料", "中", "账号实名管理，每季度清理权限。"),
        ("网络设备和耗材采购虚报数量", "低", "设备入库登记，年终盘点。"),
    ]),
]  # fmt: skip


def neixiang_data_centre_org_paths() -> dict:
    unit = f"{PLACE}统计数据管理中心"
    sh = _Sheet("导出数据", [6, 12, 40, 9, 36, 44, 18])
    t = _Truth(unit)
    sh.add(f"{unit}廉政风险防控信息平台　风险点清单（导出）")
    sh.add(
        f"导出时间：2025-06-12 09:41:27{GAP * 4}导出人：admin{GAP * 4}共{sum(len(p) for *_, p in PATHS)}条"
    )
    sh.add("序号", "风险编码", "风险点", "风险等级", "防控措施", "责任对象", "录入时间")
    n = 0
    for dept, post, who, tier, points in PATHS:
        for point, lv, measures in points:
            n += 1
            path = SEP.join((unit, dept, post, who))
            sh.add(
                n,
                f"NXSJ-2025-{n:03d}",
                point,
                lv,
                measures,
                path,
                f"2025-05-{10 + n:02d} 10:{15 + n:02d}",
            )
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    return _layout(
        "neixiang_data_centre_org_paths", "https://lw33.cn/article/85dfff7cf414741c50b95ee4.html",
        "(harder) 县统计数据管理中心 廉政风险防控信息平台 export, after the source's 统计名录库 建设 (一库在线, 分级维护, 清查底册, "
        "名录更新): an unmerged title line and an ``导出时间：… 导出人：admin 共N条`` line, then ONE ROW A POINT under "
        "``序号 | 风险编码 | 风险点 | 风险等级 | 防控措施 | 责任对象 | 录入时间`` with no 科室, 岗位 or 姓名 column: each row's "
        "holder stands only in ``责任对象`` as an organisation PATH ``内乡县统计数据管理中心 > 数据审核科 > 科长 > 谯珣蘅`` "
        "(unit, 科室, post, holder joined by `` > ``); 高/中/低, no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def neixiang_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}统计执法监察大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("队领导", "大队长", "濮阳篪", "leader", [
            ("“双随机”抽查对象和执法人员不按系统随机抽取", "一级", "抽取过程全程录像，结果在局网站公开。"),
            ("统计违法案件处罚畸轻畸重", "一级", "处罚决定经案审会集体审议，对照裁量基准。"),
        ]),
        ("执法一中队", "中队长", "谯翾瑛", "middle", [
            ("执法检查中接受被查企业宴请、礼品", "二级", "执法检查两人以上进行，签订廉洁承诺。"),
            ("统计台账、原始记录检查走过场", "二级", "检查底稿逐项记录，大队复核。"),
        ]),
        ("执法一中队", "执法队员", "濮阳璘", "general", [
            ("向被查企业通风报信", "一级", "检查名单保密，检查前统一集中出发。"),
            ("案卷材料随意更改、缺失", "三级", "案卷统一编号归档，借阅登记。"),
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
    sh.add("制表：", None, "审核：", None, "大队长（签字）：", None, "2025年6月")
    return _layout(
        "neixiang_enforcement_brigade_list", "http://tjj.xam.gov.cn/xamtj/2024-09/03/article_2024090310322772956.html",
        "县统计执法监察大队 岗位廉政风险防控一览表, after the source's 盟统计局 “双随机、一公开” 联合执法检查 (随机抽取检查对象和"
        "执法人员, 统计台账, 原始记录, 数出有据, 谁执法谁普法): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per "
        "person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 制表/审核/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def neixiang_survey_team_cards() -> dict:
    unit = f"{PLACE}农村社会经济调查队"
    t = _Truth(unit)
    cards = [
        ("队长", "谯筠玥", "队长", "主持全面工作，分管住户调查", "leader", [
            ("居民收支调查数据受地方要求“注水”", "★★★", "调查数据独立上报，不向地方提供未公布数据。"),
            ("调查户补贴发放虚报冒领", "★★", "补贴打卡发放，名单公示。"),
            ("接受调查户或乡镇宴请", "★", "严守中央八项规定精神，入户自带工作餐。"),
        ]),
        ("副队长", "濮阳瑝", "副队长", "分管农作物抽样调查、畜禽监测", "leader", [
            ("农作物实割实测样本点擅自调换", "★★★", "样本点轮换报上级调查队审批，实测全程记录。"),
            ("辅助调查员选聘优亲厚友", "★★", "选聘条件公开，乡镇推荐、调查队考核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
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
        "neixiang_survey_team_cards", "http://www.lylch.com/bencandy.php?fid=65&id=876",
        "县农村社会经济调查队 领导干部廉政风险防控卡, one sheet a leader, after the source's 县调查队 (原农调队; 居民收支调查, "
        "农作物抽样调查, 畜禽监测调查, 独立上报调查结果): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def neixiang_census_centre_posts() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "普查试点经费、专项经费使用不按预算", "制度机制风险", "高",
         "经费专账核算，支出经中心集体研究。"),
        ("中心领导", "主任", "leader", "普查指导员、普查员选调搞照顾", "岗位职责风险", "中",
         "“两员”选调条件公开，名单公示。"),
        ("普查业务股", "股长", "middle", "清查底册单位随意增减", "业务流程风险", "高",
         "清查底册与部门行政登记资料比对，增减逐户说明。"),
        ("普查业务股", "股长", "middle", "普查登记阶段默许虚报、瞒报", "思想道德风险", "中",
         "事后质量抽查，差错率超标的返工。"),
        ("普查业务股", "业务员", "general", "“两员”劳务补助按户数虚增", "业务流程风险", "中",
         "补助按系统登记户数核算，打卡发放。"),
        ("普查业务股", "业务员", "general", "普查物资、手持终端领用不登记", "外部环境风险", "低",
         "物资出入库登记，普查结束后收回盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级；本表对岗不对人。", 7)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "neixiang_census_centre_posts", "http://www.kjlww.com/m/article-53869.html",
        "县普查中心 岗位廉政风险点排查表 对岗不对人, after the source's 市 经济普查 综合试点 (试点办公室, 试点经费, 普查指导员和"
        "普查员, 清查, 法人单位和个体经营户): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def neixiang_statistics_bureau_two_sheets() -> dict:
    unit = f"{PLACE}统计局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("濮阳湜", "局长", "主持全面工作", [
            ("迎合“数字政绩”要求，授意调整统计数据", "一级", "重要数据发布前经局党组集体审定，干预记录如实报告。"),
            ("统计调查项目审批把关不严，乱发报表", "二级", "地方统计调查项目报市统计局审批后实施。"),
        ]),
        ("谯皞霖", "副局长", "分管综合统计、统计执法", [
            ("统计违法案件线索压案不查", "一级", "线索登记台账，办结情况按季通报。"),
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
    dept = _Sheet("股室", [6, 12, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合股", "股长", "谯晞彦", "middle", "地区生产总值核算基础数据取舍随意", "一级", "核算资料齐全，评估会商记录存档。"),
        ("综合股", "股长", "谯晞彦", "middle", "统计信息发布前泄露", "二级", "发布前数据严格保密，知悉范围登记。"),
        ("贸经股", "股员", "濮阳旼", "general", "限额以上企业纳入名录不核实营业收入", "二级", "纳入企业提供财务报表佐证。"),
        ("贸经股", "股员", "濮阳旼", "general", "为企业代填代报统计数据", "三级", "严禁代填代报，发现一起查处一起。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "neixiang_statistics_bureau_two_sheets", "https://www.wenkuhub.com/99749.html",
        "县统计局 廉政风险防控一览表 in TWO SHEETS, after the source's talks on 防治统计造假 (“数字出官”, 领导干部干预统计数据, "
        "统计法执行, 统计违纪违法案件): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def neixiang_mashankou_station_selfchecks() -> dict:
    unit = f"{PLACE}马山口镇统计站"
    t = _Truth(unit)
    people = [
        ("谯璟昶", "站领导", "站长", "leader", [
            ("住户调查样本轮换中私自替换抽中住户", "Ⅰ级", "轮换名单报县统计局审核，替换说明存档。", "已落实"),
            ("镇统计数据按镇政府要求“估报”", "Ⅰ级", "数据以台账为依据，拒绝按指定数值填报。", "未发现问题"),
            ("统计站办公经费列支不规范", "Ⅲ级", "经费支出镇财政所审核报账。", "已落实"),
        ]),
        ("濮阳珽", "综合统计组", "统计员", "general", [
            ("入户走访登记不实，漏记错记", "Ⅱ级", "入户登记由住户签字确认。", "已落实"),
            ("村级统计台账建立不全、补造台账", "Ⅱ级", "台账按月检查，签字留痕。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "镇分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "neixiang_mashankou_station_selfchecks", "http://www.xuanhan.gov.cn/xxgk-show-68322.html",
        "镇统计站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 街道统计站 住户调查 "
        "样本轮换 (入户走访, 调查员, 抽样住户, 不漏记、不错记、不重记): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 镇分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def neixiang_tuandong_station_list() -> dict:
    unit = f"{PLACE}湍东镇统计站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "濮阳瑢", "leader", "调查户星级评定和物资发放优亲厚友", "岗位职责", "高风险",
         "评定结果在村务公开栏公示。"),
        ("站领导", "站长", "濮阳瑢", "leader", "记账补贴资金截留挪用", "制度机制", "高风险",
         "补贴直接发放到调查户账户。"),
        ("住户调查组", "统计员", "谯沚芃", "general", "账页审核不严，默许并记、混记", "业务流程", "中风险",
         "账页逐户审核，问题清单留存。"),
        ("住户调查组", "统计员", "谯沚芃", "general", "访户记录代签、补签", "思想道德", "低风险",
         "访户须调查户本人签字，随机电话回访。"),
        ("住户调查组", "辅助调查员", "濮阳琇", "general", "替调查户代记账", "思想道德", "中风险",
         "签订记账承诺，站里每月抽查。"),
        ("住户调查组", "辅助调查员", "濮阳琇", "general", "泄露调查户家庭收支信息", "外部环境", "低风险",
         "调查资料专柜存放，签订保密承诺。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "neixiang_tuandong_station_list", "https://www.pinghu.gov.cn/art/2022/12/7/art_1229705852_5035189.html",
        "镇统计站 岗位廉政风险防控一览表, after the source's 住户调查辅助调查员工作职责 and its 星级评定, 专业物资及补贴发放 "
        "(记账培训, 访户, 签收签发, 调查资料保管): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def neixiang_qiliping_station_group_rows() -> dict:
    unit = f"{PLACE}七里坪乡统计站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "谯玹翎", "leader", [
                ("符合条件的商贸企业应统未统、压着不报", "一级风险", "每季度与市场监管部门登记信息比对。"),
                ("统计站人员考勤和报酬发放不实", "三级风险", "考勤公开，报酬经乡财政所审核。"),
            ]),
        ]),
        ("二、综合统计组", "综合统计组", [
            ("统计员", "濮阳霁萱", "general", [
                ("限上企业纳入申报材料把关不严", "一级风险", "申报材料逐项核对，留存营业收入凭证。"),
                ("企业退库不按程序", "二级风险", "退库说明报县统计局贸经股审核。"),
            ]),
            ("名录员", "谯奭岩", "general", [
                ("名录库信息更新滞后、随意变更", "二级风险", "变更凭部门登记资料，系统留痕。"),
                ("向无关人员提供企业名录资料", "三级风险", "名录资料查询审批登记。"),
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
        "neixiang_qiliping_station_group_rows", "http://www.handmsg.com/page/2020/0830/14497508.shtml",
        "乡统计站 廉政风险防控责任清单, after the source's 商贸企业 “应统尽统” 工作方案 (名录更新维护, 限上企业纳入、退出, 部门"
        "信息共享): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、综合统计组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    neixiang_data_centre_org_paths(),
    neixiang_enforcement_brigade_list(),
    neixiang_survey_team_cards(),
    neixiang_census_centre_posts(),
    neixiang_statistics_bureau_two_sheets(),
    neixiang_mashankou_station_selfchecks(),
    neixiang_tuandong_station_list(),
    neixiang_qiliping_station_group_rows(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch803-inbox"))
