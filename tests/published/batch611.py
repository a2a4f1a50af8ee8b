"""The six-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's market
supervision and intellectual-property bodies, 海勃湾区 (of 乌海市, 内蒙古自治区) — its 市场监督管理局,
计量所, 检验检测中心, 千里山市场监管所, 市场监管综合行政执法大队, 知识产权服务中心, 商标品牌指导站 and
知识产权维权援助工作站 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 知识产权服务中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 计量所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 检验检测中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 千里山市场监管所's 责任清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 执法大队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 商标品牌指导站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 维权援助工作站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``haibowan_market_bureau_graded_holders``: the 市场监督管理局's 机关廉政风险点分级管控清单, ONE ROW A
  POINT (``序号 | 科室 | 廉政风险点 | 风险等级 | 防控措施``, 科室 merged down) naming NO post and NO person;
  a ``注：`` line says the points are controlled BY GRADE — 一级 by the 分管局领导, 二级 by the 科室负责人,
  三级 by the 科室's 岗位工作人员 — and a second small table under it, ``分级管控责任人``
  (``科室 | 分管局领导（一级） | 科室负责人（二级） | 岗位工作人员（三级）``, each cell ``post　name``),
  gives each 科室's three holders; so a row's holder is looked up by ITS 科室 AND ITS LEVEL together
  (one 副局长 分管 two 科室 and holds the 一级 points of both). The README's 读得懂的表 knows a staffing
  grid ``科室 | 科长 | 副科长 | 科员`` resolving a list that has 科室 and 岗位 columns, a 责任主体 column
  resolved by a roster keyed by group, levels given BY a post's tier (``LEVEL_BY_TIER``) and 管控层级
  beside a level column; it does not describe a list with no post at all whose holder follows from
  the point's own level (分级管控) through a roster of 科室 × grade.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市场监督管理局 党组's 巡察整改
report — 问题清单, 责任清单, 责任领导, 责任科室, 优化营商环境; a 知识产权维权援助分中心's 揭牌 —
专利, 商标, 地理标志, 维权援助, 宣传普及; a piece on the 市场局计量所 — 计量器具 检定, 校准, 计量监督;
the 认监委's 资质认定评审工作纪律 — 技术评审, 礼品礼金, 咨询费; a 街道 维权援助服务站's 公告 — 商标业务
办理窗口, 侵权判定, 展会保护; an article on 知识产权 党风廉政建设 — 隐蔽性强, 监督措施; a 知识产权保护
中心's 维权援助工作站 授牌 — 商标品牌指导站, 公共服务网点; a 维权援助中心's 援助指南 — 援助申请, 材料
审查, 侵权判定咨询) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 乜 and 殳 with rare given
names); every unit is a body of 海勃湾区.

Run ``python tests/published/score.py --set batch611`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point is a point of the ONE holder the roster gives for its 科室 and its
  level: 一级 → the 科室's 分管局领导 (a leader, no 科室: one form a 副局长 over both his 科室), 二级 →
  its 科长 (middle, the 科室), 三级 → its 科员 (general, the 科室); the roster and the ``注：`` line
  are no points; the roster's headings' brackets ``（一级）`` name the grade, not a holder;
- ``所领导``, ``中心领导``, ``站领导`` (a group row, a sheet, a 部门 cell) are the 科室 of those leaders; the
  cards' leaders and the 检验检测中心's leaders (sheet ``中心领导``, no 科室 column) have no 科室; a 组,
  科, 部 or 中队 is a 科室;
- every body is a unit of its own (the 市场监管所 too: its title names no 局): 局长, 副局长, 所长, 主任,
  站长, 大队长 and 副主任 of a 中心 are leaders; 科长, 组长, 部长 and 中队长 middle; the rest (科员,
  检定员, 检测员, 执法队员, 窗口受理员, 咨询员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 计量所's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b611_"
PLACE = "海勃湾区"
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

# the 分级管控责任人 roster: 科室 -> (分管局领导, 科室负责人, 岗位工作人员), each (post, name)
ROSTER = {
    "登记注册科": (("副局长", "乜珩漪"), ("科长", "殳翀岚"), ("科员", "乜澂甯")),
    "食品安全监管科": (("副局长", "殳湛琬"), ("科长", "乜昀蘅"), ("科员", "殳沅翯")),
    "知识产权科": (("副局长", "乜珩漪"), ("科长", "殳岫芃"), ("科员", "乜璟沄")),
}
TIERS = ("leader", "middle", "general")

# (科室, 廉政风险点, 风险等级, 防控措施)
GRADED = [
    ("登记注册科", "企业登记审核中为中介代办开“绿色通道”", "一级", "登记审核全程留痕，随机抽查代办件。"),
    ("登记注册科", "虚假登记撤销调查走过场、不了了之", "二级", "撤销调查集体讨论，结果公示。"),
    ("登记注册科", "窗口受理时刁难办事群众、吃拿卡要", "三级", "窗口评价器实时评价，每月通报。"),
    ("登记注册科", "经营异常名录移出把关不严", "三级", "移出申请双人复核，系统留痕。"),
    ("食品安全监管科", "食品生产许可现场核查降低标准", "一级", "核查组随机抽取，核查报告局务会审定。"),
    ("食品安全监管科", "食品抽检样品选择有倾向性，事先透露抽检信息", "一级", "抽检计划保密，抽样人员随机派出。"),
    ("食品安全监管科", "不合格食品核查处置拖延、降格处理", "二级", "核查处置限时办结，法制科审核。"),
    ("食品安全监管科", "日常检查接受被检查单位宴请", "三级", "检查不少于两人，签订廉洁承诺。"),
    ("知识产权科", "专利资助资金审核不严，重复或虚假资助", "一级", "资助名单公示，与上级资助数据比对。"),
    ("知识产权科", "商标侵权案件线索压案不查", "二级", "线索登记台账，办理进度每月通报。"),
    ("知识产权科", "知识产权优势企业推荐优亲厚友", "二级", "推荐条件量化，专家评审。"),
    ("知识产权科", "维权援助咨询中向当事人推介代理机构", "三级", "严禁推介代理机构，咨询记录存档。"),
]  # fmt: skip


def haibowan_market_bureau_graded_holders() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("分级管控清单", [6, 16, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}机关廉政风险点分级管控清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年6月", 5)
    sh.add("序号", "科室", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, point, lv, measures) in enumerate(GRADED, 1):
        sh.add(n, dept, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：本清单实行分级管控：一级风险点由分管局领导负责管控，二级风险点由科室负责人负责管控，"
          "三级风险点由科室岗位工作人员负责管控，各科室管控责任人见下表。", 5)  # fmt: skip
    sh.add()
    _line(sh, "分级管控责任人", 5)
    sh.add("科室", None, "分管局领导（一级）", "科室负责人（二级）", "岗位工作人员（三级）")
    top = len(sh.rows) - 1
    sh.merge(top, 0, top, 1)
    for dept, holders in ROSTER.items():
        r = sh.add(dept, None, *[f"{post}{GAP}{who}" for post, who in holders])
        sh.merge(r, 0, r, 1)
    sh.add("制表：办公室", None, "审核：", None, "局长（签字）：")
    # the truth: each point the holder of its 科室 at its grade, in the roster's order
    order = [(dept, g) for dept in ROSTER for g in range(3)]
    for dept, g in sorted(order, key=lambda k: (ROSTER[k[0]][k[1]][1] != "乜珩漪", k)):
        post, who = ROSTER[dept][g]
        for d, point, lv, _measures in GRADED:
            if d == dept and GRADES[lv] == g + 1:
                t.point(sh.name, "" if g == 0 else dept, post, who, TIERS[g], point, [], g + 1)
    return _layout(
        "haibowan_market_bureau_graded_holders",
        "https://blfj.yueyang.gov.cn/10907/61270/61278/content_1872337.html",
        "(harder) 区市场监督管理局 机关廉政风险点分级管控清单, after the source's 市场监督管理局 党组 巡察整改 report (问题清单, "
        "责任清单, 责任领导, 责任科室, 整改到岗到人): a title, a merged 填报单位/填报时间 line, then 序号/科室 merged down/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施 with NO post and NO person; a merged ``注：`` line that the points "
        "are controlled BY GRADE (一级 分管局领导, 二级 科室负责人, 三级 岗位工作人员) and under it a small table "
        "``分级管控责任人``: ``科室 | 分管局领导（一级） | 科室负责人（二级） | 岗位工作人员（三级）``, each cell ``post　name``, "
        "one 副局长 分管 two 科室; a row's holder is the one its 科室 AND its level pick; a 制表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def haibowan_ip_service_center_cards() -> dict:
    unit = f"{PLACE}知识产权服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "乜霁珣", "主任", "主持中心全面工作", "leader", [
            ("专利导航、预警服务项目委托不经集体研究", "★★★", "服务项目委托经主任办公会研究，结果公示。"),
            ("维权援助分中心建设经费使用不规范", "★★", "经费专账核算，接受审计。"),
            ("接受服务企业宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "殳淏沄", "副主任", "分管维权援助、宣传普及", "leader", [
            ("维权援助申请受理审查中优亲厚友", "★★★", "援助申请按受理顺序办理，审查意见集体会商。"),
            ("知识产权宣传活动经费虚报", "★★", "活动经费凭签到、照片和票据报销。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "haibowan_ip_service_center_cards", "https://hn.rednet.cn/m/content/2021/04/25/9232014.html",
        "区知识产权服务中心 岗位廉政风险防控卡, one sheet a leader, after the source's 知识产权维权援助分中心 揭牌 (专利, 商标, "
        "地理标志, 维权援助, 宣传普及): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def haibowan_metrology_institute_posts() -> dict:
    unit = f"{PLACE}计量所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "检定设备采购", "计量标准器具采购指定品牌，收受供应商回扣", "制度机制风险", "高",
         "采购需求集体论证，按政府采购程序办理。"),
        ("检定科", "科长", "middle", "检定结果审核", "审核把关不严，对不合格计量器具出具合格证书", "岗位职责风险", "高",
         "检定证书二级审核，原始记录存档备查。"),
        ("检定科", "检定员", "general", "现场检定", "现场检定收取服务对象好处费，减少检定项目", "思想道德风险", "中",
         "现场检定两人以上，检定项目清单化。"),
        ("检定科", "检定员", "general", "加油机、衡器强制检定", "强检计量器具漏检、迟检，为关系户放行", "业务流程风险", "中",
         "强检台账动态管理，到期自动提醒。"),
        ("综合科", "科员", "general", "检定收费", "检定费收取不开票据、私设小金库", "业务流程风险", "低",
         "收费统一开具票据，收支两条线。"),
        ("综合科", "科员", "general", "计量监督抽查配合", "向被抽查单位透露抽查计划", "外部环境风险", "中",
         "抽查计划保密，抽查对象随机抽取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "haibowan_metrology_institute_posts",
        "https://www.httgc.com/kk/jie-mi-shi-chang-ju-ji-liang-suo-ru-he-bao-zhang-ni-de-ji-liang-zhun-que-yu-gong-ping.html",
        "区计量所 岗位廉政风险点排查表 对岗不对人, after the source's piece on the 市场局计量所 (计量标准, 计量器具 检定和校准, "
        "计量监督, 计量人员): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def haibowan_testing_center_two_sheets() -> dict:
    unit = f"{PLACE}检验检测中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殳璩翎", "主任", "主持全面工作", [
            ("检测仪器设备采购化整为零规避招标", "一级", "设备采购进入公共资源交易平台。"),
            ("资质认定评审期间接受评审人员请托", "二级", "评审期间接待从简，严禁赠送礼品礼金。"),
        ]),
        ("乜湜璠", "副主任", "分管检测业务", [
            ("委托检测报告审批签发把关不严", "一级", "报告三级审核，授权签字人签发。"),
            ("检测收费减免未经集体研究", "二级", "收费减免报主任办公会研究。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("食品检测科", "科长", "殳峣翮", "middle", "检测数据修改不留痕迹", "一级", "检测数据系统自动留痕，定期比对。"),
        ("食品检测科", "科长", "殳峣翮", "middle", "样品接收登记不规范，调换样品", "二级", "样品编码盲样流转。"),
        ("食品检测科", "检测员", "乜沨璐", "general", "向委托方泄露检测结果", "二级", "检测结果经审核后统一发布。"),
        ("质量管理科", "科长", "乜峤湄", "middle", "内部审核和管理评审走过场", "三级", "内审记录存档，问题整改销号。"),
        ("质量管理科", "科员", "殳琇岙", "general", "能力验证结果弄虚作假", "二级", "能力验证样品专人保管，结果集体分析。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "haibowan_testing_center_two_sheets", "https://i69kj.hznaoa.cn/468g07/2025-07-20/5064071_1969587",
        "区检验检测中心 廉政风险防控一览表 in TWO SHEETS, after the source's 认监委 通知 on 资质认定评审工作纪律 (技术评审, "
        "礼品礼金, 红包, 咨询费, 违规宴请): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def haibowan_qianlishan_office_group_rows() -> dict:
    unit = f"{PLACE}千里山市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "殳翊岚", "leader", [
                ("辖区市场主体行政处罚案件自由裁量不当", "一级风险", "案件经所务会集体讨论，裁量基准公开。"),
                ("为违法经营户说情、打招呼", "一级风险", "过问干预案件登记报告。"),
            ]),
        ]),
        ("二、食品安全组", "食品安全组", [
            ("组长", "乜璆岑", "middle", [
                ("小餐饮备案现场核查不到位", "二级风险", "现场核查照片上传系统。"),
            ]),
            ("执法队员", "殳沄瑀", "general", [
                ("农村集市食品检查走过场", "二级风险", "检查记录双人签字，所长抽查。"),
                ("检查中接受经营户赠送的商品", "三级风险", "严守廉洁纪律，违者通报。"),
            ]),
        ]),
        ("三、商标业务窗口", "商标业务窗口", [
            ("窗口受理员", "乜琬翀", "general", [
                ("商标注册申请受理中推介代理机构", "二级风险", "窗口公示严禁推介代理机构，接受监督。"),
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
        "haibowan_qianlishan_office_group_rows", "http://www.zs.gov.cn/mzz/gggs/content/post_2343527.html",
        "区市场监管所 廉政风险防控责任清单, after the source's 街道 维权援助服务站 公告 (分局业务指导, 商标业务办理窗口, "
        "侵权判定, 展会保护): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、所领导``, ``二、食品安全组``, ``三、商标业务窗口`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def haibowan_enforcement_brigade_selfchecks() -> dict:
    unit = f"{PLACE}市场监管综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("殳珝澜", "大队领导", "大队长", "leader", [
            ("重大案件不经集体讨论作出处罚决定", "Ⅰ级", "重大案件法制审核、集体讨论。", "已落实"),
            ("罚没物品处置不规范", "Ⅱ级", "罚没物品登记造册，公开拍卖。", "未发现问题"),
        ]),
        ("乜潆峣", "一中队", "中队长", "middle", [
            ("知识产权侵权案件线索隐匿不报", "Ⅰ级", "案件线索统一登记，大队督办。", "已落实"),
            ("调查取证中选择性执法", "Ⅱ级", "执法全过程记录仪摄录。", "已落实"),
        ]),
        ("殳琤岍", "二中队", "执法队员", "general", [
            ("价格检查中对关系户网开一面", "Ⅱ级", "检查对象随机抽取，结果公示。", "未发现问题"),
            ("扣押物品保管不善", "Ⅲ级", "扣押物品专库保管，出入库登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "haibowan_enforcement_brigade_selfchecks", "https://scholarmate.com/S/SnQyyh",
        "区市场监管综合行政执法大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "article on 知识产权 党风廉政建设 (著作权, 专利权, 商标权, 隐蔽性强, 监督措施): a title, a label row ``姓　名 | "
        "所在中队 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def haibowan_trademark_station_list() -> dict:
    unit = f"{PLACE}商标品牌指导站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "乜翯琛", "leader", "地理标志商标培育项目申报弄虚作假", "制度机制", "高风险",
         "项目申报材料集体审核，结果公示。"),
        ("站领导", "站长", "乜翯琛", "leader", "商标品牌培育经费使用不规范", "岗位职责", "中风险",
         "经费专款专用，接受审计。"),
        ("指导部", "部长", "殳渼珝", "middle", "驰名商标认定推荐中收受企业好处", "外部环境", "高风险",
         "推荐条件公开，推荐名单公示。"),
        ("指导部", "科员", "乜琅沚", "general", "企业商标指导服务中向企业推销有偿服务", "思想道德", "中风险",
         "公益服务清单公开，严禁有偿服务。"),
        ("指导部", "科员", "乜琅沚", "general", "商标使用情况调查数据不实", "业务流程", "低风险",
         "调查数据抽查复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "haibowan_trademark_station_list", "http://dgamr.dg.gov.cn/gkmlpt/content/4/4262/post_4262925.html",
        "区商标品牌指导站 岗位廉政风险防控一览表, after the source's 知识产权保护中心 维权援助工作站 授牌 (商标品牌指导站, "
        "公共服务网点, 维权援助): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "站长（签字） line",
        [sh], t,
    )  # fmt: skip


def haibowan_ip_aid_station_register() -> dict:
    unit = f"{PLACE}知识产权维权援助工作站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "殳琰翊", "leader", [
            ("援助事项立项审批不按程序", "制度机制", "一级", "立项经站务会研究，台账管理。"),
            ("与代理机构存在利益往来", "思想道德", "二级", "签订承诺书，利益冲突回避。"),
        ]),
        ("援助部", "部长", "乜澍芃", "middle", [
            ("援助申请材料审查把关不严", "岗位职责", "二级", "材料审查双人复核。"),
        ]),
        ("援助部", "咨询员", "殳霂珩", "general", [
            ("侵权判定咨询意见受当事人左右", "外部环境", "一级", "咨询意见专家会商，记录存档。"),
            ("援助档案管理混乱、遗失", "业务流程", "三级", "档案专人管理，定期归档。"),
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
        "haibowan_ip_aid_station_register", "http://shzscqwqpt.cn/index/protection/wqzn.html?mid=333",
        "区知识产权维权援助工作站 廉政风险点排查登记表, after the source's 维权援助 指南 (援助申请, 材料补充, 侵权判定咨询, "
        "分析论证): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    haibowan_market_bureau_graded_holders(),
    haibowan_ip_service_center_cards(),
    haibowan_metrology_institute_posts(),
    haibowan_testing_center_two_sheets(),
    haibowan_qianlishan_office_group_rows(),
    haibowan_enforcement_brigade_selfchecks(),
    haibowan_trademark_station_list(),
    haibowan_ip_aid_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch611-inbox"))
