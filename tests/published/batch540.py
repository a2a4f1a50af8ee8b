"""The five-hundred-and-fortieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人社 and
医保 bodies, 永昌县 (金昌市, 甘肃) — the 人力资源和社会保障局, the 医疗保障局, the 就业服务中心, the
社会保险事业服务中心 and the 劳动保障事务所 of four 镇 (河西堡镇, 朱王堡镇, 东寨镇, 水源镇) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 人力资源和社会保障局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 就业服务中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 社会保险事业服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、待遇审核股`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 河西堡镇劳动保障事务所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 朱王堡镇劳动保障事务所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 东寨镇劳动保障事务所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside
  a long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 水源镇劳动保障事务所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``yongchang_medical_insurance_control_grades``: the 医疗保障局's 一览表 gives no risk level at all:
  its level column is headed ``防控等级`` and each cell says HOW HARD THE POINT IS TO BE WATCHED,
  ``重点防控`` / ``一般防控`` / ``常规防控``, with no note tying these words to levels (the heading is
  ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险类型 | 防控等级 | 防控措施``; 股室 merged, 岗位 and
  责任人 merged per person, short types). Offices that grade by 分级防控 (plans for
  分级防控 speak of 分级管理、重点监控) write the grade of control in place of the grade of
  risk. The shape is about HOW THE LEVEL IS WRITTEN. The README's 读得懂的表 knows level words
  (高/中/低, 一级…, Ⅰ级…, 壹级…, 高度/中度/低度, A/B/C and 甲类 under a note, stars, symbols,
  colours, scores, LEC, ticks), levels given by who controls a point (``防控责任主体``), by how often
  it is watched under a note (``一级风险点每月监控一次``), and posts graded ``A级为重点防控岗位`` (the
  POST's grade, batch7 and batch11, under a note); none writes a point's own level as
  ``重点防控/一般防控/常规防控`` in a ``防控等级`` column (``grep -l 常规防控 tests/published/batch*.py``
  finds only batch11's note on post grades).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 基本医疗保险定点医疗机构及
医务人员监管考核办法 — 协议管理, 考核, 基金安全; a comment on a province 医保局's twelve 禁令 — 个人资料,
目录调整, 兼职取酬; a report on a county's 创业担保贷款 and 创业培训补贴; the 社会保险经办机构's duties in
an encyclopaedia — 登记, 待遇支付, 权益记录, 保密; a report on a county 劳动保障监察服务中心 — 欠薪线索,
巡查; a city's plan on 就业援助 and 职业技能培训; a note on a county 人社局's 劳动争议多元调处 — 仲裁,
调解; a province notice on 小额担保贷款 and 创业补贴) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 永昌县 (``unit_words=("永昌县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch540`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level is the ``防控等级`` column's: ``重点防控`` is 1, ``一般防控`` 2,
  ``常规防控`` 3 (the order of the words, as ``A级为重点防控岗位`` … ``C级为常规防控岗位`` rank posts
  in batch11's note); the types are the ``风险类型`` column's;
- ``局领导`` (the 局's leaders' sheet) and ``中心领导`` are the 科室 of those leaders; a 局's 股, a
  中心's 股, a 所's 组 are 科室; a group row ``一、中心领导`` gives the 科室 ``中心领导``,
  ``二、待遇审核股`` the 科室 ``待遇审核股`` (its number left off), as batch 280 and 537 did; the
  河西堡镇 cards and the 水源镇 list name a 科室 only where a cell does (they name none); the 朱王堡镇
  sheets write ``事务所`` in ``所在科室`` and that is their 科室 (as batch537's ``财政所``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任 and 副主任, a 所's 所长 are
  leaders; 股长 is middle; the rest (科员, 经办员, 协理员, 会计 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 东寨镇 list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b540_"
PLACE = "永昌县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
CONTROL = {"重点防控": 1, "一般防控": 2, "常规防控": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 防控等级, 防控措施)])
CONTROLLED = [
    ("局领导", "局长", "郏璟翃", "leader", [
        ("定点医药机构协议管理个人说了算", "制度机制", "重点防控", "协议签订和解除经局党组会集体研究。"),
        ("基金监管检查结果打招呼说情", "外部环境", "一般防控", "检查结果集体审定，说情打招呼登记报告。"),
    ]),
    ("基金监管股", "股长", "赧琰翎", "middle", [
        ("欺诈骗保线索压案不查", "岗位职责", "重点防控", "线索登记编号，办理情况按月通报。"),
        ("飞行检查前泄露检查信息", "思想道德", "一般防控", "检查对象临时抽取，检查人员签保密承诺。"),
    ]),
    ("待遇保障股", "科员", "笪瑛琮", "general", [
        ("异地就医备案审核把关不严", "业务流程", "一般防控", "备案材料系统比对，两人复核。"),
        ("泄露参保人员个人信息", "思想道德", "常规防控", "信息查询留痕，定期抽查日志。"),
    ]),
]  # fmt: skip


def yongchang_medical_insurance_control_grades() -> dict:
    unit = f"{PLACE}医疗保障局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "防控等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CONTROLLED:
        for point, typ, grade, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, grade, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), CONTROL[grade])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "yongchang_medical_insurance_control_grades",
        "https://www.yilong.gov.cn/zwgk/zc/xzgfxwj/202109/t20210918_1308315.html",
        "(harder) 县医疗保障局 岗位廉政风险防控一览表, after the source's county 定点医疗机构 监管考核办法 "
        "(协议管理, 考核, 基金安全): 序号/股室 merged/岗位 and 责任人 merged per person/廉政风险点/short types/a "
        "``防控等级`` column of ``重点防控/一般防控/常规防控`` in place of a risk level, no note/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yongchang_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯瑄翀", "局长", "主持全面工作", [
            ("事业单位公开招聘方案个人决定", "一级", "招聘方案经局党组会研究，报县委编办备案。"),
            ("在人社服务对象中兼职取酬", "二级", "兼职事项每年申报，纪检组抽查。"),
        ]),
        ("逯珺翾", "副局长", "分管劳动监察和仲裁", [
            ("欠薪案件查处降格处理", "一级", "案件处理意见集体审定，结果公开。"),
            ("劳动争议仲裁偏袒一方", "二级", "仲裁实行回避制度，裁决书网上公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("人事股", "股长", "畲瑗珅", "middle", "职称评审材料审核放宽条件", "一级", "评审材料两级审核，结果公示。"),
        ("人事股", "股长", "畲瑗珅", "middle", "工资审批违规提高标准", "二级", "工资审批系统比对，按月复核。"),
        ("劳动关系股", "科员", "勾琤昱", "general", "劳动合同备案审查走过场", "三级", "备案材料逐项核对，抽查回访。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "yongchang_hrss_bureau_two_sheets",
        "https://ldhn.rednet.cn/content/2019/05/10/5505162.html",
        "县人力资源和社会保障局's file in two sheets, after the source's note on a county "
        "人社局's 劳动争议多元调处 (劳动仲裁, 调解, 送法进企业): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def yongchang_employment_center_list() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阙瑢翊", "leader", "创业担保贷款推荐审核把关不严", "岗位职责风险", "高",
         "推荐名单集体研究，银行联审。"),
        ("中心领导", "主任", "阙瑢翊", "leader", "培训机构认定暗箱操作", "制度机制风险", "中",
         "培训机构公开遴选，结果公示。"),
        ("就业援助股", "股长", "郦珩旸", "middle", "公益性岗位人员虚报冒领补贴", "业务流程风险", "高",
         "上岗人员实名考勤，补贴按月公示。"),
        ("职业培训股", "经办员", "糜璐玥", "general", "培训补贴申领资料审核不严", "思想道德风险", "低",
         "补贴申领资料与考勤视频比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "yongchang_employment_center_list",
        "http://www.kcz8.com/zgzyw/system/2023/03/24/030251728.shtml",
        "县就业服务中心 廉政风险防控一览表, after the source's report on a county's 创业担保贷款 "
        "and 创业培训补贴: 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; "
        "填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def yongchang_social_insurance_group_rows() -> dict:
    unit = f"{PLACE}社会保险事业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "禚琇旻", "leader", [
                ("养老保险待遇核定违规审批", "一级风险", "待遇核定两级复核，主任审批留痕。"),
                ("社保基金稽核选择性检查", "二级风险", "稽核对象随机抽取，结果通报。"),
            ]),
        ]),
        ("二、待遇审核股", "待遇审核股", [
            ("股长", "瞿珈翙", "middle", [
                ("死亡人员待遇停发不及时", "一级风险", "每月与民政、公安数据比对。"),
                ("工伤待遇计发基数审核不严", "三级风险", "计发基数系统校验，两人审核。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "yongchang_social_insurance_group_rows",
        "https://zgbk.com/ecph/words?ID=42383&SiteID=1&SubID=49040",
        "县社会保险事业服务中心 廉政风险防控责任清单, after the source's article on the 社会保险经办机构's "
        "duties (登记, 待遇支付, 权益记录, 保密): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、待遇审核股`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def yongchang_hexipu_office_cards() -> dict:
    unit = f"{PLACE}河西堡镇劳动保障事务所"
    t = _Truth(unit)
    cards = [
        ("所长", "亓瑾昉", "leader", [
            ("城乡居民养老保险补缴审核放松", "★★★", "补缴材料村、镇两级审核，名单公示。"),
            ("农民工欠薪线索隐瞒不报", "★★", "线索登记台账，按周上报县局。"),
        ]),
        ("协理员", "戚珞翚", "general", [
            ("代收参保费用不及时上缴", "★★", "代收费用当日上缴，票据按本核销。"),
            ("就业登记信息录入不实", "★", "登记信息与本人核对签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "yongchang_hexipu_office_cards",
        "http://www.cctv-cmpany.net/channel16/101994.html",
        "镇劳动保障事务所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 协理员), after the source's report on "
        "a 劳动保障监察服务中心 (欠薪线索, 巡查): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/"
        "防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def yongchang_zhuwangpu_office_selfchecks() -> dict:
    unit = f"{PLACE}朱王堡镇劳动保障事务所"
    t = _Truth(unit)
    people = [
        ("訾璩昶", "所长", "leader", "事务所", [
            ("失地农民养老保险名单把关不严", "高风险", "名单经村民代表会议评议，镇党委审定。"),
            ("窗口办理社保业务吃拿卡要", "中风险", "办理事项和时限在窗口公示，设意见箱。"),
        ]),
        ("闾瑆琬", "经办员", "general", "事务所", [
            ("社保卡代领代办不登记", "中风险", "代办须持委托书，逐笔登记。"),
            ("业务档案借阅不登记", "低风险", "档案借阅登记，按期归还。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yongchang_zhuwangpu_office_selfchecks",
        "http://www.fsou.com.cn/html/text/lar/171466/17146608_6.html",
        "镇劳动保障事务所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's plan on "
        "就业援助 and 职业技能培训: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def yongchang_dongzhai_office_posts() -> dict:
    unit = f"{PLACE}东寨镇劳动保障事务所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "所领导", "社保经办组", "就业服务组"
    rows = [
        (a, "所长", "leader", "低保户参保代缴", "代缴对象认定不准，优亲厚友", "制度机制", "Ⅰ级",
         "代缴名单与民政数据比对并公示。"),
        (b, "经办员", "general", "参保信息变更", "擅自修改参保人员缴费信息", "岗位职责", "Ⅱ级",
         "信息变更凭本人申请，双人录入。"),
        (c, "协理员", "general", "公益岗位考勤", "考勤弄虚作假，虚报在岗人数", "外部环境", "Ⅰ级",
         "考勤每月镇纪委抽查，结果公示。"),
        (c, "协理员", "general", "转移就业人员统计", "统计不实，虚报转移就业人数", "思想道德", "Ⅲ级",
         "统计台账逐户核实，村干部签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：就业服务组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "yongchang_dongzhai_office_posts",
        "http://rsj.zhangzhou.gov.cn/cms/html/zzsrlzyhshbzj/2025-11-28/772001656.html",
        "镇劳动保障事务所 廉政风险点排查表 对岗不对人, after the source's note on a "
        "county's 劳动争议 调处 (仲裁, 调解): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yongchang_shuiyuan_office_duty_list() -> dict:
    unit = f"{PLACE}水源镇劳动保障事务所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "宦琛瑀", "leader", "城乡居民医保参保动员", "参保任务数据虚报", "一级",
         "参保数据与医保系统逐月核对。"),
        ("所长", "宦琛瑀", "leader", "劳务输转组织", "劳务输转补助优亲厚友", "二级", "补助名单公示五个工作日。"),
        ("会计", "濮阳璎", "general", "代收费用管理", "代收费用账实不符", "二级", "代收费用日清月结。"),
        ("会计", "濮阳璎", "general", "高龄补贴资格核对", "虚报冒领高龄补贴", "三级", "每月与户籍信息比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "yongchang_shuiyuan_office_duty_list",
        "http://ask.fsou.com/html/text/lar/171377/17137746_1.html",
        "镇劳动保障事务所 廉政风险防控责任清单, after the source's notice on "
        "小额担保贷款 and 创业补贴: "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yongchang_medical_insurance_control_grades(),
    yongchang_hrss_bureau_two_sheets(),
    yongchang_employment_center_list(),
    yongchang_social_insurance_group_rows(),
    yongchang_hexipu_office_cards(),
    yongchang_zhuwangpu_office_selfchecks(),
    yongchang_dongzhai_office_posts(),
    yongchang_shuiyuan_office_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch540-inbox"))
