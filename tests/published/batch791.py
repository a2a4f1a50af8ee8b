"""The seven-hundred-and-ninety-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's public
security bodies, 阳城县 (of 晋城市, 山西省) — its 公安局, 交通警察大队, 出入境管理大队, 刑事侦查大队,
看守所, 巡特警大队, 拘留所 and 凤城派出所 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表
its staff typed in WPS or Excel:

- the 公安局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``科室``
  (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 交通警察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 出入境管理大队's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 刑事侦查大队's 责任清单 under GROUP ROWS ``一、大队领导`` … (no 中队 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 看守所's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 巡特警大队's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 拘留所's 排查登记表: ``部门`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``yangcheng_fengcheng_station_exclusions``: the 凤城派出所's 岗位廉政风险点及适用人员表 in TWO PARTS on
  one sheet: ``一、本所岗位廉政风险点`` — ONE LIST of the station's points (``序号 | 廉政风险点 | 风险等级
  | 防控措施``, 高/中/低) naming nobody — and under it ``二、岗位人员适用情况``, a roster ``序号 | 岗位 |
  姓名 | 本人不涉及的风险点（填序号） | 备注`` whose fourth cell lists the numbers of the points that
  are NOT the person's (``第4、6项``, ``无``); a ``注：`` line says every person has every point of
  part one but those his cell lists (``无`` = all). So a holder's points are the list MINUS the
  numbers in his cell. The reader's 读得懂的表 knows 分工 tables naming the point numbers a person
  HAS (``第1至3项``, ``全部``), holder columns marked with ``×`` for 不涉及 (read the other way round)
  and holders' cells naming their own point numbers; it does not describe a roster cell listing the
  numbers a person does NOT have, to be subtracted from the whole list.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (违法违规户口 — 错误户口, 重复户口,
注销; 涉案财物 处置改革 — 查扣, 集中保管, 审前处置; 交警 查验车辆 — 证件审核, 设备检测, 网上比对;
出入境 受理 — 国家工作人员 隐瞒身份 出境; 不予办理出入境证件 — 犯罪嫌疑人, 取保候审, 被执行人;
看守所 在押人员财物 — 登记, 清点, 内部人员勾结; 交巡联勤 — 巡特警 交警 警力 联勤; 驻所检察 安全检查 —
监室, 食堂, 医务室, 违禁物品) and the layout follows their words for the unit, its parts, its posts
and its risks. The rows are worded by us, the names invented (the rare surnames 沙 and 闵 with
rare given names); every unit is a body of 阳城县.

Run ``python tests/published/score.py --set batch791`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each roster row is one form (post and name from the row, no 科室: the
  station names none); its points are part one's points whose 序号 its ``本人不涉及的风险点`` cell does
  not list, each with the level part one gives it; ``无`` means all of them; ``备注`` names no holder and
  no point; part one's rows are no forms of their own (the list names nobody);
- ``局领导``, ``大队领导``, ``所领导`` (a sheet, a group row, a 部门 cell) are those leaders' 科室 where a
  cell or row names them, else none; a 局's 科/室/大队, a 大队's 中队 and a 所's 管教组 are 科室;
- 局长, 政委, 副局长, 大队长, 教导员, 副大队长, 所长, 副所长 are leaders; 科长, 中队长, 主任 middle;
  the rest (民警, 内勤, 管教民警, 会计, 医生) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 交通警察大队's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b791_"
PLACE = "阳城县"
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

# part one: the station's points (廉政风险点, 风险等级, 防控措施), numbered 1..
STATION_POINTS = [
    ("违规办理户口迁入、补录，制造错误户口、重复户口", "高", "户口迁入、补录实行内勤初审、所长审批，每月抽查比对。"),
    ("治安案件查处中降格处理、以罚代刑", "高", "案件法制员审核，处罚结果网上公开。"),
    ("收受辖区娱乐场所、旅馆业业主财物，通风报信", "高", "检查实行双人并记录执法记录仪视频，定期轮换责任区。"),
    ("违规查询、泄露公民户籍信息", "中", "查询实行实名登记，系统日志每月审计。"),
    ("出具亲属关系、无犯罪记录证明把关不严", "中", "证明出具凭调查记录，双人签字。"),
    ("接受群众宴请、办事收受“好处费”", "低", "签订廉洁执法承诺书，公开监督电话。"),
]  # fmt: skip

# part two: (岗位, 姓名, tier, 本人不涉及的风险点 numbers, 备注)
STATION_STAFF = [
    ("所长", "沙砚翀", "leader", (), "主持全面工作"),
    ("教导员", "闵琯鸾", "leader", (2, 5), "分管队伍、户籍"),
    ("副所长", "沙湜蘅", "leader", (1, 4, 5), "分管治安、案件"),
    ("户籍内勤", "闵翥瑶", "general", (2, 3), None),
    ("社区民警", "沙璎峤", "general", (1, 4), "城东责任区"),
]  # fmt: skip


def _numbers(excluded: tuple[int, ...]) -> str:
    return "无" if not excluded else "第" + "、".join(str(n) for n in excluded) + "项"


def yangcheng_fengcheng_station_exclusions() -> dict:
    unit = f"{PLACE}公安局凤城派出所"
    sh = _Sheet("风险点", [6, 12, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及适用人员表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年4月", 5)
    _line(sh, "一、本所岗位廉政风险点", 5)
    top = sh.add("序号", "廉政风险点", None, "风险等级", "防控措施")
    sh.merge(top, 1, top, 2)
    for i, (point, lv, measures) in enumerate(STATION_POINTS, 1):
        r = sh.add(i, point, None, lv, measures)
        sh.merge(r, 1, r, 2)
    sh.add()
    _line(sh, "二、岗位人员适用情况", 5)
    sh.add("序号", "岗位", "姓名", "本人不涉及的风险点（填序号）", "备注")
    for i, (post, who, tier, excluded, note) in enumerate(STATION_STAFF, 1):
        sh.add(i, post, who, _numbers(excluded), note)
        for n, (point, lv, _measures) in enumerate(STATION_POINTS, 1):
            if n not in excluded:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：第一部分所列为本所全部岗位廉政风险点。各岗位人员除“本人不涉及的风险点”栏所列序号外，其余风险点均为本人"
          "岗位风险点；填“无”的，第一部分风险点全部涉及。", 5)  # fmt: skip
    sh.add("制表：", None, "审核：", None, "所长（签字）：")
    return _layout(
        "yangcheng_fengcheng_station_exclusions", "http://m.lc123.net/zc/2020-05-09/1241283.html",
        "(harder) 县公安局 派出所 岗位廉政风险点及适用人员表, after the source's 违法违规户口 (错误户口, 重复户口, 违规户口, "
        "注销, 户口登记): a title, a 填报单位 line, then PART ONE ``一、本所岗位廉政风险点`` — ONE LIST "
        "序号/廉政风险点 (merged over two columns)/风险等级 高/中/低/防控措施 naming nobody — and under it PART TWO "
        "``二、岗位人员适用情况``, a roster 序号/岗位/姓名/``本人不涉及的风险点（填序号）``/备注 whose fourth cell lists "
        "the numbers of part one's points that are NOT the person's (``第2、5项``; ``无`` = all); a ``注：`` line says "
        "so; a holder's points are the list minus the numbers in his cell",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yangcheng_bureau_two_sheets() -> dict:
    unit = f"{PLACE}公安局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("闵霁岺", "局长", "主持全面工作", [
            ("涉案财物集中保管场所建设项目插手干预", "一级", "项目一律进入县公共资源交易平台，局党委集体研究。"),
            ("干部选拔任用和警衔晋升中打招呼", "一级", "选任方案经局党委会研究，结果公示。"),
        ]),
        ("沙瑱珣", "副局长", "分管法制、刑侦", [
            ("重大案件审前处置涉案财物违规审批", "一级", "审前处置经法制大队审核、局长办公会研究。"),
            ("干预下级办案，为案件当事人说情", "二级", "落实过问案件登记报告制度。"),
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
        ("法制大队", "大队长", "闵璟奭", "leader", "涉案财物查扣范围失当不纠正", "一级",
         "执法监督平台逐案审核查扣清单。"),
        ("法制大队", "大队长", "闵璟奭", "leader", "案件审核走过场，放过证据瑕疵", "二级", "案件审核实行主审、复审两级。"),
        ("法制大队", "涉案财物管理员", "沙缇湄", "general", "涉案财物出入库不登记、调换", "一级",
         "涉案财物条码管理，出入库双人签字。"),
        ("警务保障室", "主任", "闵沅琤", "middle", "警用装备采购量身定制参数", "二级", "采购需求集体论证，结果公示。"),
        ("警务保障室", "会计", "沙珧澂", "general", "罚没款项不及时上缴国库", "三级", "罚没款项每月对账，上缴凭证留存。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：政工室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "yangcheng_bureau_two_sheets", "https://www.fzsd124.com/index/index/n_show/id/156707.html",
        "县公安局 廉政风险防控一览表 in TWO SHEETS, after the source's 涉案财物管理改革 (查扣范围, 集中保管, 审前处置, 判决执行): "
        "sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and 岗位/姓名 merged per "
        "person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def yangcheng_traffic_brigade_posts() -> dict:
    unit = f"{PLACE}公安局交通警察大队"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "中队", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("车辆管理所", "查验民警", "general", "机动车查验", "不按规定查验车辆，对改装、拼装车辆放行", "岗位职责风险", "高",
         "查验全程录像，照片上传系统比对。"),
        ("车辆管理所", "查验民警", "general", "号牌发放", "违规留存、倒卖机动车号牌号码", "思想道德风险", "中",
         "号牌号码系统随机选取，人工不得干预。"),
        ("事故处理中队", "中队长", "middle", "事故责任认定", "收受当事人财物，偏袒一方认定事故责任", "思想道德风险", "高",
         "事故认定集体研究，认定书公开送达。"),
        ("事故处理中队", "事故民警", "general", "事故车辆扣留", "违规指定停车场、施救单位，收取好处", "外部环境风险", "中",
         "施救、停车单位由群众自主选择。"),
        ("城区中队", "执勤民警", "general", "现场执法", "违法处罚不开单、以罚代管", "业务流程风险", "中",
         "执法记录仪全程记录，罚款非现场缴纳。"),
        ("城区中队", "执勤民警", "general", "违法记录处理", "违规删除、消除交通违法记录", "制度机制风险", "高",
         "违法记录删除须经法制员审核并留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：大队秘书室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "yangcheng_traffic_brigade_posts", "https://openvsm.com/bx/article/1236539.html",
        "县公安局交通警察大队 岗位廉政风险点排查表 对岗不对人, after the source's 交警 查验车辆合法性 (证件审核, 设备检测, "
        "网上比对, 违章记录): a title, 序号/中队 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def yangcheng_exit_entry_selfchecks() -> dict:
    unit = f"{PLACE}公安局出入境管理大队"
    t = _Truth(unit)
    people = [
        ("闵涴翙", "大队领导", "大队长", "leader", [
            ("对国家工作人员出境申请审核把关不严", "Ⅰ级", "受理时核查身份，国家工作人员凭单位证明函办理。", "已落实"),
            ("为法定不准出境人员违规签发证件", "Ⅰ级", "签发前逐人比对法定不准出境人员库。", "未发现问题"),
        ]),
        ("沙鹓绮", "受理窗口", "受理民警", "general", [
            ("隐瞒身份申请人材料审核走过场", "Ⅱ级", "询问工作单位并留存记录。", "已落实"),
            ("为熟人插队、加急办证", "Ⅲ级", "叫号系统排队，加急办证登记审批。", "已落实"),
        ]),
        ("闵琇栩", "受理窗口", "审批民警", "general", [
            ("证件制作、发放环节私自留存证件", "Ⅱ级", "证件领取签字，双人交接。", "未发现问题"),
            ("泄露申请人个人信息", "Ⅲ级", "系统查询留痕，定期审计。", "已落实"),
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
        sh.add("本人签名：", None, "大队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yangcheng_exit_entry_selfchecks", "https://public.zhongmu.gov.cn/D47Y/414337.jhtml",
        "县公安局出入境管理大队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 出入境 "
        "受理 (暑期办证高峰, 国家工作人员 隐瞒身份 出境, 单位证明函, 受理、保存环节): a title, a label row ``姓　名 | "
        "所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 大队长意见：``",
        sheets, t,
    )  # fmt: skip


def yangcheng_criminal_brigade_group_rows() -> dict:
    unit = f"{PLACE}公安局刑事侦查大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "沙玙澴", "leader", [
                ("对犯罪嫌疑人违规变更强制措施、取保候审", "一级风险", "变更强制措施经法制审核、局领导审批。"),
                ("刑事案件立而不侦、久侦不结", "二级风险", "案件办理节点网上预警，逾期通报。"),
            ]),
        ]),
        ("二、侦查中队", "侦查中队", [
            ("中队长", "闵璠婳", "middle", [
                ("违规追缴、扣押与案件无关的财物", "一级风险", "扣押清单当场交付，三日内审查退还。"),
            ]),
            ("侦查员", "沙琬湉", "general", [
                ("向犯罪嫌疑人家属泄露案情", "二级风险", "案情信息分级管理，接触家属双人在场。"),
                ("接受被执行人、案件当事人宴请", "三级风险", "严格执行“六个严禁”，节前廉洁提醒。"),
            ]),
        ]),
        ("三、技术中队", "技术中队", [
            ("中队长", "闵瑀濛", "middle", [
                ("现场勘验、物证鉴定结论弄虚作假", "二级风险", "鉴定实行双人检验、复核签字。"),
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
        "yangcheng_criminal_brigade_group_rows", "https://phhua.com/news/80406.html",
        "县公安局刑事侦查大队 廉政风险防控责任清单, after the source's 不予办理出入境证件 (刑事类 犯罪嫌疑人, 取保候审, "
        "被执行人, 未了结案件): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、大队领导``, ``二、侦查中队``, ``三、技术中队`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def yangcheng_detention_house_cards() -> dict:
    unit = f"{PLACE}公安局看守所"
    t = _Truth(unit)
    cards = [
        ("所长", "沙婠翾", "所长", "主持全所工作", "leader", [
            ("在押人员财物保管、发还不登记，私自截留", "★★★", "在押人员财物入所登记、清点，出所当面发还签字。"),
            ("为在押人员违规传递信件、物品", "★★★", "收物检查双人进行，登记备查。"),
            ("违规安排在押人员亲属会见", "★", "会见一律按规定审批，视频记录。"),
        ]),
        ("副所长", "闵翾婕", "副所长", "分管管教、医疗", "leader", [
            ("在押人员违规调监、照顾性调换监室", "★★", "调监集体研究，说明理由存档。"),
            ("在押人员就医、外诊审批把关不严", "★★", "外诊经驻所医生诊断、驻所检察室备案。"),
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
        "yangcheng_detention_house_cards", "https://www.rjut.cn/mark/jie-mi-kan-shou-suo-fan-ren-cai-wu-diu-shi-zhi-mi-zhen-xiang-yu-fang-fan-zhi-dao.html",
        "县公安局看守所 领导干部廉政风险防控卡, one sheet a leader, after the source's 看守所 在押人员财物 (物品登记, 定期清点, "
        "内部人员勾结, 监仓管理): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def yangcheng_swat_brigade_list() -> dict:
    unit = f"{PLACE}公安局巡特警大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "闵玹瓅", "leader", "交巡联勤警力调度中优亲厚友、安排轻松勤务", "岗位职责", "中风险",
         "勤务排班公开，联席会议集体研究。"),
        ("大队领导", "大队长", "闵玹瓅", "leader", "巡逻车辆、装备采购不按程序", "制度机制", "高风险",
         "采购报局党委研究，进入交易平台。"),
        ("巡逻一中队", "中队长", "沙璩瑢", "middle", "街面盘查中违规放走违法人员", "业务流程", "高风险",
         "盘查情况录入系统，执法记录仪全程记录。"),
        ("巡逻一中队", "巡逻民警", "闵岫璘", "general", "接受沿街商户财物、消费", "思想道德", "中风险",
         "定期轮换巡区，商户回访。"),
        ("特警中队", "中队长", "沙潆珝", "middle", "训练经费、加班补助虚报冒领", "业务流程", "中风险",
         "补助名单公示，经费专账核算。"),
        ("特警中队", "装备管理员", "闵砚漪", "general", "枪支弹药、警械出入库管理不严", "外部环境", "低风险",
         "出入库双人登记，每月清点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "yangcheng_swat_brigade_list", "http://bs.wnzfw.gov.cn/c/2024/0319/872224.shtml",
        "县公安局巡特警大队 岗位廉政风险防控一览表, after the source's 交巡联勤 (巡特警 交警 警力分组, 勤务时间, 联席会, "
        "街面巡逻防控): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def yangcheng_custody_register() -> dict:
    unit = f"{PLACE}公安局拘留所"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "沙翀婉", "leader", [
            ("违规批准被拘留人请假出所", "制度机制", "一级", "请假出所集体研究，报驻所检察室备案。"),
            ("拘留所食堂物资采购收受回扣", "思想道德", "二级", "食堂物资询价采购，验收双人签字。"),
        ]),
        ("管教组", "管教民警", "闵湉珞", "general", [
            ("清监检查走过场，放任违禁物品流入监室", "岗位职责", "一级", "清监检查记录存档，交叉检查。"),
            ("为被拘留人违规使用通讯工具提供便利", "外部环境", "二级", "监区禁止携带通讯工具，入口检查登记。"),
        ]),
        ("医务室", "医生", "沙琚瑗", "general", [
            ("药品出入库不登记，私自处置", "业务流程", "三级", "药品领用登记，每月盘点。"),
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
        "yangcheng_custody_register", "https://bfdlux.com/qswh/qjxw/qjkx/202301/t20230128_1761168",
        "县公安局拘留所 廉政风险点排查登记表, after the source's 驻所检察 节前安全大检查 (监室, 食堂, 医务室, 药品存放, "
        "违禁物品): a title, 序号/部门 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yangcheng_fengcheng_station_exclusions(),
    yangcheng_bureau_two_sheets(),
    yangcheng_traffic_brigade_posts(),
    yangcheng_exit_entry_selfchecks(),
    yangcheng_criminal_brigade_group_rows(),
    yangcheng_detention_house_cards(),
    yangcheng_swat_brigade_list(),
    yangcheng_custody_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch791-inbox"))
