"""The eight-hundred-and-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
veterans' affairs bodies, 灵宝市 (of 三门峡市, 河南省) — its 退役军人事务局, 退役军人服务中心, 烈士陵园管理所
and 英烈纪念馆 and its 镇 退役军人服务站 (阳平镇, 豫灵镇, 故县镇, 函谷关镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 退役军人事务局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 退役军人服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … ``三、权益维护股`` merged across (no
  股室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 阳平镇退役军人服务站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged
  ``岗位职责`` line, ``★★★/★★/★`` read by a ``注：`` line;
- the 豫灵镇退役军人服务站's 排查表 对岗不对人: ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 故县镇退役军人服务站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 英烈纪念馆's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 函谷关镇退役军人服务站's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别`` (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lingbao_martyrs_cemetery_before_after``: the 烈士陵园管理所's 岗位廉政风险评估表, an ordinary list
  (``序号 | 岗位 | 姓名 | 廉政风险点 | … | 防控措施 | …``, 岗位 and 姓名 merged per person) that grades
  every point TWICE, in two level columns that stand apart: ``固有风险等级（防控前）`` BEFORE the
  measures and ``剩余风险等级（防控后）`` AFTER them (the grade the point is expected to keep once the
  measures hold, mostly one grade lower, for some the same); a ``注：`` line under the list says the
  point's 风险等级 is the one assessed before the measures (固有风险, the ground of 分级防控) and that
  the 防控后 grade only weighs how well the measures work. The README's 读得懂的表 knows ``风险等级``
  split into ``自查 | 审定`` (``初评 | 核定``), per-period grades with the highest taken, last year's
  grade beside a change mark, a 调整前 | 调整后 table and review notes moving levels; it does not
  describe a before-and-after pair of level columns on either side of the measures, where the grade
  BEFORE the measures is the point's level and the later column is not.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 零散烈士纪念设施抢救保护 —
原地修缮, 迁入烈士陵园, 管理协议; an entry on 退役士兵安置 — 档案审核, 岗位对接, 阳光安置 公开选岗; a
province's 退役士兵 自谋职业 一次性经济补助 and 技能培训; a 镇's 退伍军人服务站 荣誉墙 and free photographs;
a 林场's 光荣之家 牌匾 悬挂; a 散葬烈士墓整修方案 — 清理杂草, 修缮墓碑, 讲解员; a province's 烈士纪念设施保护
管理办法 — 保护范围, 管理主体, 修缮维护; another's 烈士纪念设施保护管理办法 — 保护单位, 维修改造经费) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 靳 and 皇甫 with rare given names); every unit is a
body of 灵宝市.

Run ``python tests/published/score.py --set batch802`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of each point is its ``固有风险等级（防控前）`` (per the ``注：`` line);
  ``剩余风险等级（防控后）`` is no level of the point, and neither is it a point; one form a holder, no
  科室 (the table names none); the ``注：`` line and the 填表/审核 line are no points;
- ``局领导`` (a sheet, no 科室 column) and the cards' holders have no 科室; ``中心领导`` (a group row) is
  the 科室 of the 服务中心's leaders; ``站领导`` (a 部门 cell) that of the stations' heads; a 股 and a
  馆's 部 (``宣教部``, ``保管部``) are 科室; a group row ``二、就业创业股`` gives ``就业创业股``;
- every body is a unit of its own: 局长, 副局长, 中心主任, 副主任, 所长, 副所长, 馆长 and a station's
  站长 are leaders; 股长 and a 部's 主任 middle; the rest (科员, 会计, 出纳, 讲解员, 管理员, 专职工作人员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``分管工作``, ``自查情况`` and
  ``填表时间`` are no points and name no holder; the 豫灵镇 station's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b802_"
PLACE = "灵宝市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
BEFORE = "固有风险等级（防控前）"
AFTER = "剩余风险等级（防控后）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, name, tier, [(廉政风险点, 防控前, 防控措施, 防控后)])
CEMETERY = [
    ("所长", "靳翯翀", "leader", [
        ("零散烈士墓迁入陵园安葬工程发包不经集体研究", "一级",
         "迁葬工程经所务会集体研究，按规定进入公共资源交易平台。", "三级"),
        ("烈士纪念设施维修改造经费挤占挪用", "一级", "维修经费专款专用，每年接受市审计局审计。", "二级"),
    ]),
    ("副所长", "皇甫沨翊", "leader", [
        ("原地修缮工程验收把关不严，虚报工程量", "一级",
         "修缮工程验收邀请市退役军人事务局和住建部门参加，现场测量。", "二级"),
        ("烈士墓管理协议签订后管护补助发放不实", "二级", "管护补助按季度核查管护记录后发放。", "三级"),
    ]),
    ("会计", "靳珣湄", "general", [
        ("祭扫活动物资采购虚开发票", "二级", "物资采购两人经办，入库验收签字。", "三级"),
        ("陵园门面房租金收取不入账", "二级", "租金一律转账缴入单位账户，收据连号管理。", "二级"),
    ]),
    ("管理员", "皇甫岍霈", "general", [
        ("烈士亲属祭扫接待中收受礼品", "三级", "签订廉洁承诺书，接待登记备查。", "三级"),
        ("墓区绿化养护外包人员考勤弄虚作假", "二级", "养护外包按月考核，考核结果与付款挂钩。", "三级"),
    ]),
]  # fmt: skip


def lingbao_martyrs_cemetery_before_after() -> dict:
    unit = f"{PLACE}烈士陵园管理所"
    sh = _Sheet("评估表", [6, 9, 9, 38, 12, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险评估表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", BEFORE, "防控措施", AFTER)
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in CEMETERY:
        for point, before, measures, after in points:
            n += 1
            sh.add(n, post, who, point, before, measures, after)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[before])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：1.风险等级按未采取防控措施前评定（固有风险），作为本所分级防控的依据；"
              "2.防控后等级为落实防控措施后预计的剩余风险，仅用于评估措施成效，不作为风险等级。", 7)  # fmt: skip
    sh.add("填表：", None, "审核：", None, "所长（签字）：", None, None)
    return _layout(
        "lingbao_martyrs_cemetery_before_after", "http://www.jinrifangxian.com/Item/14382.aspx",
        "(harder) 市烈士陵园管理所 岗位廉政风险评估表, after the source's 零散烈士纪念设施抢救保护 (原地修缮, 迁入烈士陵园安葬, "
        "管理协议, 陵园提档升级): a title, a 填报单位/date line, then 序号/岗位 and 姓名 merged per person/廉政风险点/"
        "``固有风险等级（防控前）``/防控措施/``剩余风险等级（防控后）`` — TWO level columns on either side of the "
        "measures, the later one mostly a grade lower; a ``注：`` line saying the level is the one before the measures "
        "and the 防控后 grade only weighs the measures; ``一级/二级/三级``, no type column; a 填表/审核/所长 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingbao_veterans_bureau_two_sheets() -> dict:
    unit = f"{PLACE}退役军人事务局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("靳朏澂", "局长", "主持全面工作", [
            ("退役士兵安置岗位分配中打招呼、搞照顾", "一级", "安置岗位和选岗结果全程公开，阳光安置。"),
            ("局机关大额资金使用个人说了算", "一级", "大额资金使用经局党组会集体研究。"),
        ]),
        ("皇甫翾岺", "副局长", "分管移交安置、就业创业", [
            ("安置对象档案审核把关不严，虚增服役年限", "一级", "档案审核两人交叉复核，疑点函询原部队。"),
            ("就业创业扶持项目申报审核走过场", "二级", "扶持名单经股室初审、局务会审定并公示。"),
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
        ("移交安置股", "股长", "靳澍岚", "middle", "安置计划分配中量身定岗", "一级", "安置计划报市政府审定后公告。"),
        ("移交安置股", "股长", "靳澍岚", "middle", "自主就业一次性经济补助核算不准", "二级", "补助按服役年限逐人核算，名单公示。"),
        ("移交安置股", "科员", "皇甫瑀澈", "general", "退役士兵档案接收登记不及时、遗失", "三级", "档案接收双人签收，专柜保管。"),
        ("优抚股", "股长", "靳淏岫", "middle", "优抚对象身份认定审核不严", "一级", "认定材料三级审核，结果在村组公示。"),
        ("优抚股", "科员", "皇甫璟沄", "general", "定期抚恤补助金发放不及时、冒领", "二级", "抚恤金直接打卡发放，每年认证一次。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingbao_veterans_bureau_two_sheets", "http://www.hanyi.net/tag_tuiyishibinganzhi",
        "市退役军人事务局 廉政风险防控一览表 in TWO SHEETS, after the source's entry on 退役士兵安置 (档案审核, 岗位对接, "
        "阳光安置 公开选岗, 自主就业): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def lingbao_service_centre_group_rows() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("中心主任", "靳昉潆", "leader", [
                ("技能培训机构选定暗箱操作", "一级风险", "培训机构通过公开比选确定，结果公示。"),
                ("服务中心经费报销审批把关不严", "二级风险", "经费报销经办人、审核人、审批人三签。"),
            ]),
        ]),
        ("二、就业创业股", "就业创业股", [
            ("股长", "皇甫淇珝", "middle", [
                ("职业技能培训补贴虚报培训人数", "一级风险", "培训签到人脸识别，补贴按实到人数拨付。"),
                ("专场招聘会企业推荐优亲厚友", "三级风险", "参会企业名单公开征集。"),
            ]),
        ]),
        ("三、权益维护股", "权益维护股", [
            ("股长", "靳霂琤", "middle", [
                ("困难退役军人帮扶援助对象认定不实", "一级风险", "入户核查，帮扶名单村级公示。"),
            ]),
            ("科员", "皇甫沅翎", "general", [
                ("来信来访处理中推诿、泄露信访人信息", "二级风险", "信访件登记编号，限时办结，信息保密。"),
                ("帮扶资金发放台账登记不全", "三级风险", "台账每月与财务对账。"),
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
        "lingbao_service_centre_group_rows", "http://www.fymate.net/html/text/lar/168424/16842470_2.html",
        "市退役军人服务中心 廉政风险防控责任清单, after the source's 退役士兵 自谋职业一次性经济补助 and 技能培训、就业服务 "
        "(培训经费, 人才交流活动, 就业服务信息网络): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、就业创业股``, ``三、权益维护股`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lingbao_yangping_station_cards() -> dict:
    unit = f"{PLACE}阳平镇退役军人服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "靳瀛翃", "站长", "主持服务站全面工作，联系镇武装部", "leader", [
            ("退役军人荣誉墙入选人员审核把关不严", "★★", "入选名单村级推荐、镇级审核并公示。"),
            ("服务站建设经费使用不规范", "★★★", "经费使用纳入镇财政统一核算。"),
            ("接受服务对象宴请、礼品", "★", "严守廉洁纪律，节前廉洁提醒。"),
        ]),
        ("专职工作人员", "皇甫珺岷", "专职工作人员", "信息采集、优待证申领、走访慰问", "general", [
            ("退役军人信息采集弄虚作假", "★★", "信息采集逐户核对，村服务站签字确认。"),
            ("走访慰问金发放不到户", "★★★", "慰问金现场发放并留存签收和照片。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "lingbao_yangping_station_cards", "http://www1.jipinnanren.net/zcmbwh/1219.html",
        "镇退役军人服务站 岗位廉政风险防控卡, one sheet a person, after the source's 镇 退伍军人服务站 (荣誉墙, 免费拍照, "
        "以行政村为单位, 服务站建设): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingbao_yuling_station_posts() -> dict:
    unit = f"{PLACE}豫灵镇退役军人服务站"
    sh = _Sheet("排查表", [6, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "leader", "光荣牌悬挂", "光荣牌发放对象把关不严，向不符合条件人员发放", "岗位职责风险", "中",
         "发放对象逐户核实，名单村级公示。"),
        ("站长", "leader", "优待证申领", "优待证申领材料审核走过场", "业务流程风险", "高",
         "申领材料两人审核，疑点上报市局。"),
        ("站长", "leader", "服务站物资管理", "慰问物资采购指定商户、收受回扣", "外部环境风险", "高",
         "慰问物资由镇政府统一采购，三家比价。"),
        ("专职工作人员", "general", "信息采集", "优抚对象信息变更不及时上报", "制度机制风险", "低",
         "信息变更每月汇总上报。"),
        ("专职工作人员", "general", "走访慰问", "慰问对象选择优亲厚友", "思想道德风险", "中",
         "慰问对象按困难程度排序，站务会研究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：", None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "lingbao_yuling_station_posts", "https://lzly.cfgc.cn/g2181/s5426/t18923.aspx",
        "镇退役军人服务站 岗位廉政风险点排查表 对岗不对人, after the source's 光荣之家 光荣牌匾 (委托发放, 所辖林队, 退役军人"
        "及现役军人家属, 悬挂上墙): a title, 序号/岗位 merged/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names, no 科室; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingbao_guxian_station_list() -> dict:
    unit = f"{PLACE}故县镇退役军人服务站"
    sh = _Sheet("一览表", [6, 12, 12, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "靳玹沚", "leader", "散葬烈士墓整修项目验收不严", "制度机制", "高风险",
         "整修完工后会同市退役军人事务局验收，留存影像。"),
        ("站领导", "站长", "靳玹沚", "leader", "烈士墓管护人员选定搞照顾", "思想道德", "中风险",
         "管护人员由村推荐、站务会研究确定。"),
        ("服务窗口", "专职工作人员", "皇甫珮峣", "general", "烈士墓日常管护补助发放不实", "业务流程", "中风险",
         "管护补助凭巡查记录按季发放。"),
        ("服务窗口", "专职工作人员", "皇甫珮峣", "general", "清明祭扫活动经费虚报冒领", "岗位职责", "高风险",
         "活动经费按实报销，附签到表。"),
        ("服务窗口", "讲解员", "靳瑒霏", "general", "红色教育讲解收取费用", "外部环境", "低风险",
         "讲解一律免费，公示监督电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "lingbao_guxian_station_list", "http://66688815.com/1/24755.html",
        "镇退役军人服务站 岗位廉政风险防控一览表, after the source's 散葬烈士墓整修方案 (清理杂草, 修缮墓碑, 讲解员, "
        "纪念活动): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长 line",
        [sh], t,
    )  # fmt: skip


def lingbao_memorial_hall_selfchecks() -> dict:
    unit = f"{PLACE}英烈纪念馆"
    t = _Truth(unit)
    people = [
        ("靳沣璐", "馆领导", "馆长", "leader", [
            ("纪念馆展陈提升项目指定施工单位", "Ⅰ级", "展陈项目公开招标，合同经馆务会审定。", "已落实"),
            ("烈士遗物征集经费使用不规范", "Ⅱ级", "征集经费专账核算，征集物品登记入藏。", "未发现问题"),
        ]),
        ("皇甫琛翾", "宣教部", "主任", "middle", [
            ("团体参观预约安排收受好处", "Ⅱ级", "预约通过线上平台按时间顺序安排。", "已落实"),
            ("讲解员外出讲解虚报补助", "Ⅲ级", "外出讲解凭邀请函和行程单报销。", "已落实"),
        ]),
        ("靳岙瀞", "保管部", "管理员", "general", [
            ("烈士遗物、史料保管不善或私自外借", "Ⅰ级", "藏品出入库双人登记，定期盘点。", "未发现问题"),
            ("纪念设施日常维护材料领用不登记", "Ⅲ级", "材料领用登记，每季度盘点。", "已落实"),
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
        sh.add("本人签名：", None, "馆长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "lingbao_memorial_hall_selfchecks", "http://xinwen.mobi/430369306",
        "市英烈纪念馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 烈士纪念设施保护"
        "管理办法 (规划建设, 保护范围, 管理主体职责, 修缮维护, 纪念馆): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 馆长意见：``",
        sheets, t,
    )  # fmt: skip


def lingbao_hanguguan_station_register() -> dict:
    unit = f"{PLACE}函谷关镇退役军人服务站"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "皇甫澂岫", "leader", [
            ("烈士纪念设施维修改造经费申报虚增项目", "制度机制", "一级", "维修项目现场勘验，申报材料公示。"),
            ("零散烈士纪念设施保护责任落实不到位", "岗位职责", "二级", "与村委会签订保护管理协议，每季度巡查。"),
        ]),
        ("服务窗口", "专职工作人员", "靳翊霂", "general", [
            ("优抚对象医疗补助审核不严", "业务流程", "一级", "医疗票据逐张审核，超标准的报市局审批。"),
            ("为服务对象代办事项收取费用", "思想道德", "三级", "代办事项清单公示，一律免费。"),
        ]),
        ("服务窗口", "会计", "皇甫玥琮", "general", [
            ("服务站经费报账白条入账", "业务流程", "二级", "报账凭正规票据，镇财政所审核。"),
            ("慰问物资账实不符", "外部环境", "二级", "物资出入库登记，每半年盘点。"),
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
        "lingbao_hanguguan_station_register", "http://nylsly.cn/article/detailb/3364",
        "镇退役军人服务站 廉政风险点排查登记表, after the source's 烈士纪念设施保护管理办法 (保护单位, 管理责任, 维修改造经费, "
        "服务管理规范): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingbao_martyrs_cemetery_before_after(),
    lingbao_veterans_bureau_two_sheets(),
    lingbao_service_centre_group_rows(),
    lingbao_yangping_station_cards(),
    lingbao_yuling_station_posts(),
    lingbao_guxian_station_list(),
    lingbao_memorial_hall_selfchecks(),
    lingbao_hanguguan_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch802-inbox"))
