"""The seven-hundred-and-eleventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one border city's bonded
zone and commerce bodies, 绥芬河市 (of 牡丹江市, 黑龙江省) — its 商务局, 综合保税区管理委员会, 国际物流园区
服务中心, 边境经济合作区管理委员会, 跨境电子商务服务中心, 互市贸易区管理服务中心, 对外经济合作服务中心 and
外事服务中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 商务局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type column;
- the 综合保税区管理委员会's table in TWO SHEETS: ``委领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``…风险`` types, 高/中/低, a ``注：`` line;
- the 国际物流园区服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a
  ``注：`` line, no names, no type column;
- the 边境经济合作区管理委员会's 责任清单 under GROUP ROWS ``一、管委会领导`` … ``三、财政金融处`` merged
  across (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 跨境电子商务服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 互市贸易区管理服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 对外经济合作服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``一级/二级/三级``, ``自查情况``, no type column.

One is harder:

- ``suifenhe_foreign_affairs_questionnaires``: the 外事服务中心's 岗位廉政风险自查问卷, one sheet a person,
  a PRINTED QUESTIONNAIRE WITH NO TABLE AT ALL: under ``一、基本情况`` three question rows ``1．所在科室 |
  …``, ``2．岗　　位 | …``, ``3．姓　　名 | …`` give the holder; then each question is a merged line and
  its answers the merged lines under it, numbered ``（1）`` … — ``二、请逐条写出本岗位存在的廉政风险点：``
  (the points), ``三、请对上述风险点逐条自评风险等级（高、中、低）：`` (the levels, ``（1）高``, paired with
  the points BY NUMBER, in a block of their own) and ``四、…防控措施：`` (the measures, likewise). The
  README's 读得懂的表 knows questionnaire EXPORTS (one row a person, ``风险点N | 风险类型N …`` across),
  one record a point stacked down as label rows, label cards, a level cell listing each grade's point
  numbers and levels given by 序号 in a note; it does not
  describe a printed question-and-answer form in which the points, their levels and their measures
  are three separate answer blocks under three questions, joined only by their ``（N）`` numbers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (审计 of 外贸发展基金; a 调研 of the
边境经济合作区, 综合保税区 and 口岸; a 人大代表 on 保税物流中心 and 物流园区; a 地方志 概况 of the 绥芬河边境经济
合作区; a 调研 of the 自贸片区's 跨境电商 and 9610 监管场地; a 问答 on 边民互市; 因公临时出国（境）团组须知; a
因公临时出国 管理办法) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (the rare surnames 宗政 and 牛 with rare given
names); every unit is a body of 绥芬河市.

Run ``python tests/published/score.py --set batch711`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet is one form, the holder the answers to questions 1–3 (科室, 岗位,
  姓名); the answer ``（N）`` under question 二 is a point, its level the answer ``（N）`` under question
  三 (高/中/低 = 1/2/3), its measures the answer ``（N）`` under question 四; the question lines, the
  ``一、基本情况`` line and the 填写人（签字） line are no points;
- ``中心领导``, ``管委会领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the 委领导 sheet
  and the cards' leaders have no 科室; a 管委会's 局 and 处 (企业服务局, 规划建设局, 招商服务处) are 科室;
- 局长 (of the 商务局), 主任 and 副主任 of a 管委会 or 中心 are leaders; a 科室's 科长, a 处's 处长, a
  管委会 局's 局长 middle; the rest (科员, 会计, 出纳, 调度员, 核验员, 工程管理员) general;
- the 国际物流园区服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b711_"
PLACE = "绥芬河市"
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

# one questionnaire a person: (科室, 岗位, 姓名, tier, [(风险点, 自评等级, 防控措施)])
ASKED = [
    ("出访服务科", "科长", "宗政翊淳", "middle", [
        ("因公临时出国团组邀请函真实性审核把关不严", "高", "邀请函逐份核实发函单位，疑点报中心主任会审。"),
        ("出访日程中夹带无实质公务内容的参观考察", "高", "日程按公务活动占三分之二以上逐日审核。"),
        ("出访人员护照证件借出不登记、不按时收缴", "中", "护照集中保管，借出、归还双人登记。"),
    ]),
    ("涉外接待科", "科员", "牛沄翃", "general", [
        ("外宾接待超标准安排住宿、宴请", "中", "接待方案按标准事前报批，费用凭清单结算。"),
        ("接待中收受外方或企业赠送的礼品不登记上交", "高", "礼品当日登记，按规定上交。"),
        ("翻译服务费结算虚报工时", "低", "翻译工时由接待科长签字确认，按月公示。"),
    ]),
]  # fmt: skip
QNUM = "（{}）"


def suifenhe_foreign_affairs_questionnaires() -> dict:
    unit = f"{PLACE}外事服务中心"
    t = _Truth(unit)
    sheets = []
    for dept, post, who, tier, items in ASKED:
        sh = _Sheet(who, [30, 50])
        _line(sh, f"{unit}岗位廉政风险自查问卷", 2)
        _line(sh, "一、基本情况", 2)
        sh.add("1．所在科室", dept)
        sh.add("2．岗　　位", post)
        sh.add("3．姓　　名", who)
        _line(sh, "二、请逐条写出本岗位存在的廉政风险点：", 2)
        for i, (point, _lv, _measures) in enumerate(items, 1):
            _line(sh, f"{QNUM.format(i)}{point}", 2)
        _line(sh, "三、请对上述风险点逐条自评风险等级（高、中、低）：", 2)
        for i, (_point, lv, _measures) in enumerate(items, 1):
            _line(sh, f"{QNUM.format(i)}{lv}", 2)
        _line(sh, "四、请对上述风险点逐条写出防控措施：", 2)
        for i, (_point, _lv, measures) in enumerate(items, 1):
            _line(sh, f"{QNUM.format(i)}{measures}", 2)
        sh.add()
        sh.add("填写人（签字）：", "填写日期：2025年5月")
        for point, lv, _measures in items:
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sheets.append(sh)
    return _layout(
        "suifenhe_foreign_affairs_questionnaires", "https://jjw.nxu.edu.cn/info/1036/1361.htm",
        "(harder) 市外事服务中心 岗位廉政风险自查问卷, one sheet a person (tab named by the person), after the source's "
        "因公临时出国 管理办法 (邀请函, 计划审批, 因事定人, 无实质内容的出访, 外事纪律): a PRINTED QUESTIONNAIRE, NO TABLE: "
        "a title, question section ``一、基本情况`` with ``1．所在科室 | …``, ``2．岗　　位 | …``, ``3．姓　　名 | …``, then "
        "``二、请逐条写出本岗位存在的廉政风险点：`` with the points one a merged line ``（1）…``, ``三、请对上述风险点逐条自评"
        "风险等级（高、中、低）：`` with the levels one a merged line ``（1）高`` paired with the points by number, ``四、…防控措施："
        "`` with the measures likewise; a 填写人（签字） line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def suifenhe_commerce_bureau_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "宗政漪澂", "leader", [
            ("外经贸发展专项资金分配方案个人说了算", "一级", "资金分配方案经局党组会集体研究，报市财政局审核。"),
            ("重点外贸企业扶持名单确定不公开", "二级", "扶持名单按申报条件量化排序并公示。"),
        ]),
        ("对外贸易科", "科长", "牛翀湄", "middle", [
            ("外贸专项资金申报材料审核把关不严", "一级", "申报材料初审、复审分人办理，现场核查留痕。"),
            ("为企业申报资金打招呼、代写材料", "二级", "严禁代企业编写申报材料，签订廉洁承诺。"),
        ]),
        ("对外贸易科", "科员", "宗政珺翮", "general", [
            ("进出口数据统计上报弄虚作假", "三级", "统计数据与海关数据逐月比对。"),
        ]),
        ("市场运行科", "科长", "牛澂岚", "middle", [
            ("成品油零售经营资格审核放宽条件", "一级", "审核按标准逐项核查，结果集体研究。"),
            ("商贸流通项目验收走过场", "二级", "项目验收邀请财政、审计人员参加。"),
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
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "suifenhe_commerce_bureau_list", "http://download.cucdc.com/wenku/d66fd3acfc364069b8faf50109f5c7e2.html",
        "市商务局 岗位廉政风险防控一览表, after the source's 审计 of 外贸发展基金 (配额招标收入, 资金滞留, 收入来源和支出方式): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type "
        "column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def suifenhe_bonded_zone_two_sheets() -> dict:
    unit = f"{PLACE}综合保税区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("委领导", [6, 10, 10, 20, 38, 13, 8, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("宗政岫蘅", "主任", "主持管委会全面工作", [
            ("区内标准厂房租赁对象和租金确定个人说了算", "制度机制风险", "高", "租赁对象公开征集，租金经主任办公会集体研究。"),
            ("入区企业落地加工政策兑现干预审核", "岗位职责风险", "中", "政策兑现按申报、初审、复核、公示程序办理。"),
        ]),
        ("牛曦岍", "副主任", "分管招商、企业服务", [
            ("招商引资中承诺超出政策规定的优惠条件", "岗位职责风险", "高", "招商协议条款经法律顾问审查、管委会集体研究。"),
            ("接受入区企业宴请、礼品礼金", "思想道德风险", "中", "签订廉洁承诺书，节前廉洁提醒。"),
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
    dept = _Sheet("内设机构", [6, 14, 9, 9, 38, 13, 8, 34])
    _line(dept, f"{unit}内设机构岗位廉政风险防控表", 8)
    dept.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("企业服务局", "局长", "宗政昶翀", "middle", "区内企业保税仓储场地分配优亲厚友", "业务流程风险", "中",
         "场地分配按企业申请先后和规模排序公示。"),
        ("企业服务局", "局长", "宗政昶翀", "middle", "为企业违规出具入区资质证明", "岗位职责风险", "高",
         "资质证明经分管领导审核签发，存档备查。"),
        ("规划建设局", "工程管理员", "牛淏琬", "general", "区内基础设施项目工程量签证虚增", "业务流程风险", "高",
         "签证由监理、跟踪审计、业主三方签字。"),
        ("规划建设局", "工程管理员", "牛淏琬", "general", "隐蔽工程验收不到场", "外部环境风险", "低",
         "隐蔽工程验收拍照留存。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, typ, lv, measures)
        t.point(dept.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：风险等级分高、中、低三级。", 8)
    return _layout(
        "suifenhe_bonded_zone_two_sheets", "http://www.afdelivr.top/govweb/gzdt/2013-05/13/content_2401327.htm",
        "市综合保税区管理委员会 廉政风险防控表 in TWO SHEETS, after the source's 调研 of 边境经济合作区、综合保税区、口岸 "
        "(对俄贸易, 通关便利化, 物流通道): sheet 委领导 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with 部门 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险类型 ``…风险``, 风险等级 高/中/低, 防控措施; a ``注：`` line",
        [lead, dept], t,
    )  # fmt: skip


def suifenhe_logistics_park_posts() -> dict:
    unit = f"{PLACE}国际物流园区服务中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表（对岗不对人）", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "园区物流企业入驻遴选暗箱操作", "Ⅰ级", "入驻企业按评分办法遴选，结果公示。"),
        ("中心领导", "主任", "leader", "园区公共仓储设施维修项目直接发包", "Ⅱ级", "维修项目按限额比选，集体研究确定。"),
        ("运营管理科", "科长", "middle", "多式联运集装箱堆场收费减免随意", "Ⅰ级", "收费减免按标准报批，每月公示。"),
        ("运营管理科", "调度员", "general", "货物装卸、车辆进场排序优亲厚友", "Ⅱ级", "进场排序由系统叫号，调度记录留存。"),
        ("财务科", "会计", "general", "园区租金、服务费收入不及时入账", "Ⅱ级", "收入日清月结，票据与合同逐月核对。"),
        ("财务科", "出纳", "general", "公务卡结算不规范、现金坐支", "Ⅲ级", "严格执行公务卡结算，现金定期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级由高到低分为Ⅰ级、Ⅱ级、Ⅲ级。", 6)
    sh.add("编制：综合科", None, "审核：", None, "2025年3月", None)
    return _layout(
        "suifenhe_logistics_park_posts", "https://0809ok.com/xwzx/gnsz/gdxw/201803/05/t20180305_28343501.shtml",
        "市国际物流园区服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 人大代表谈 对俄经贸 (保税物流中心, 集疏运口岸中心, "
        "物流园区, 多式联运): a title, 序号/科室 merged/岗位 merged per post/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no "
        "names, no type column; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def suifenhe_border_zone_group_rows() -> dict:
    unit = f"{PLACE}边境经济合作区管理委员会"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、管委会领导", "管委会领导", [
            ("主任", "宗政霁沅", "leader", [
                ("园区土地出让前期条件设置为特定企业量身定制", "一级风险", "出让条件经国土、规划部门联审，集体研究。"),
            ]),
        ]),
        ("二、招商服务处", "招商服务处", [
            ("处长", "牛岑霂", "middle", [
                ("对外资项目投资额、落地情况审核不实", "一级风险", "项目落地情况实地核查，拍照存档。"),
                ("招商活动经费虚列开支", "二级风险", "活动经费按预算执行，报销附活动清单。"),
            ]),
            ("科员", "宗政澹沚", "general", [
                ("泄露企业投资意向等商业信息", "三级风险", "签订保密承诺，资料专柜管理。"),
            ]),
        ]),
        ("三、财政金融处", "财政金融处", [
            ("处长", "牛璟翾", "middle", [
                ("企业扶持资金拨付不按进度", "二级风险", "资金拨付按协议节点，附核查报告。"),
                ("园区企业税收返还测算随意", "一级风险", "返还测算由税务数据支撑，集体审定。"),
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
        "suifenhe_border_zone_group_rows", "https://www.hljszw.org.cn/home/book/info/get_id/90254.html",
        "市边境经济合作区管理委员会 廉政风险防控责任清单, after the source's 地方志 概况 of 绥芬河边境经济合作区 (招商引资, 对外贸易, "
        "土地开发, 金融税收优惠政策, 园区建设): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、管委会领导``, ``二、招商服务处``, ``三、财政金融处`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def suifenhe_cross_border_ecommerce_cards() -> dict:
    unit = f"{PLACE}跨境电子商务服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "牛珩沣", "主任", "主持中心全面工作", "leader", [
            ("跨境电商监管场地运营方确定不经集体研究", "★★★", "运营方公开比选，结果经主任办公会研究。"),
            ("跨境电商企业奖补资金审核放宽标准", "★★★", "奖补审核对照出口数据，名单公示。"),
            ("接受电商企业宴请和购物卡", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副主任", "宗政琬翎", "副主任", "分管平台运营、企业培训", "leader", [
            ("电商培训项目承接机构指定", "★★", "培训机构按政府采购程序确定。"),
            ("平台数据统计虚报交易额", "★★", "交易额与海关申报数据逐月核对。"),
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
        "suifenhe_cross_border_ecommerce_cards", "https://wxredian.com/art?id=9f046459cea44bd7adf4a0d02f30f501",
        "市跨境电子商务服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 调研 of 自贸片区 (跨境电商, 9610 "
        "监管场地, 市场采购贸易, 综保区落地加工): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def suifenhe_border_trade_list() -> dict:
    unit = f"{PLACE}互市贸易区管理服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "牛翯潆", "leader", "边民互助组备案审核把关不严", "制度机制", "高风险",
         "备案材料双人审核，名单在交易大厅公示。"),
        ("中心领导", "主任", "牛翯潆", "leader", "互市商品落地加工企业认定干预", "岗位职责", "中风险",
         "认定经联审会议研究，结果公示。"),
        ("监管服务科", "科长", "宗政沛霖", "middle", "边民交易申报核验走过场，默许代刷卡", "业务流程", "高风险",
         "申报核验实行人证比对，异常交易登记上报。"),
        ("监管服务科", "核验员", "牛岱湉", "general", "收受商户好处为超额度交易放行", "思想道德", "高风险",
         "核验岗位定期轮岗，核验记录系统留痕。"),
        ("综合科", "会计", "宗政瑀璘", "general", "交易场所服务费收取不开票据", "业务流程", "低风险",
         "服务费统一开具票据，日清月结。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "suifenhe_border_trade_list", "https://www.zhetiaohe.com/ss/4b7f38ba8d5e501b68d6c54f97a96ad13b97fded9d96d5024e18a30aac153d4d.html",
        "市互市贸易区管理服务中心 岗位廉政风险防控一览表, after the source's 问答 on 边民互市 (边民身份, 互助组, 交易额度, 落地加工): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def suifenhe_economic_cooperation_selfchecks() -> dict:
    unit = f"{PLACE}对外经济合作服务中心"
    t = _Truth(unit)
    people = [
        ("宗政翾沨", "中心领导", "主任", "leader", [
            ("境外投资企业备案初审放宽条件", "一级", "备案材料逐项核对，重大项目集体研究。", "已落实"),
            ("出访招商团组成员搭车出访", "一级", "团组人员因事定人，名单报外事部门审核。", "已落实"),
        ]),
        ("牛湜峣", "合作交流科", "科长", "middle", [
            ("对俄经贸洽谈会参展企业补贴分配不公", "二级", "补贴按参展面积标准核定，公示五日。", "未发现问题"),
            ("外派劳务企业资质审核把关不严", "二级", "资质审核实行初审、复审两级。", "已落实"),
        ]),
        ("宗政璆岚", "合作交流科", "科员", "general", [
            ("会展搭建服务验收不严", "三级", "验收对照合同清单逐项签字。", "已落实"),
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
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "suifenhe_economic_cooperation_selfchecks", "https://360docs.net/doc/5810535862.html",
        "市对外经济合作服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 因公临时出国（境）"
        "团组须知 (行前外事纪律教育, 境外招商, 超标准接待, 礼品礼金): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``一级/二级/三级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    suifenhe_foreign_affairs_questionnaires(),
    suifenhe_commerce_bureau_list(),
    suifenhe_bonded_zone_two_sheets(),
    suifenhe_logistics_park_posts(),
    suifenhe_border_zone_group_rows(),
    suifenhe_cross_border_ecommerce_cards(),
    suifenhe_border_trade_list(),
    suifenhe_economic_cooperation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch711-inbox"))
