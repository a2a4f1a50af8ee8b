"""The six-hundred-and-thirty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's traffic
police and vehicle bodies, 和林格尔县 (of 呼和浩特市, 内蒙古自治区) — its 公安交通管理大队 and two of its
中队, the 车辆管理所, the 机动车驾驶人考试中心, the 停车管理中心 and the 城区停车场建设服务中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 交通管理大队's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type
  column, a 制表/审核 line;
- the 驾驶人考试中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line, a 持卡人（签字） line;
- the 停车管理中心's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低; no
  names;
- the 事故处理中队's 清单 under GROUP ROWS ``一、中队领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 城关中队's 自查表, one sheet a person: a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a row
  of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 盛乐高速公路中队's workbook in TWO SHEETS ``中队领导`` / ``民警辅警``, 高/中/低, short types;
- the 城区停车场建设服务中心's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``helinge_vehicle_office_rotation``: the 车辆管理所's 窗口岗位廉政风险防控表 where the window posts
  ROTATE within the year (轮岗交流): the ``责任人（在岗时段）`` cell, merged over the post's rows, names
  the TWO people who hold the post in turn, one a line, each followed by his months in brackets
  (``区某某（1—6月）⏎欧某某（7—12月）``); the 所长's cell names one person, no brackets. A ``注：`` line says
  the window posts rotate every half year and the brackets are the months on the post. Both
  people of a post are holders of each of its points (one form a holder); the bracketed months are
  no part of the name. The README's 读得懂的表 knows ``现：…⏎原：…（…调离）`` (only the present one the
  holder), two names in one cell, shift columns ``一值 | 二值 | 三值`` and a 轮岗交接卡; it does not
  describe one holder cell naming the people who hold the post in turn through the year, each with
  his months in brackets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 交警考核办法; a 交警大队's 冬季
交通安全风险防范 — 重点路段布控, 查酒驾、超员超载; the 123号令 on 考试员工作纪律 — 降低评判标准, 收取培训
机构财物; 兰州's 机动车停车场管理办法 — 停车场建设服务中心, 道路临时停车泊位; a note on 交警处理事故徇私 —
包庇偏袒, 调取监控; a note on 交警收黑钱 — 处罚程序, 清退协管人员; a 交警安全风险防范工作总结 — 高速公路执勤;
青岛's 停车场管理条例 — 停车场规划、收费) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (the rare surnames 区 and 欧
with rare given names); every unit is a body of 和林格尔县.

Run ``python tests/published/score.py --set batch637`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each person named in a ``责任人（在岗时段）`` cell is a holder of every point of the
  post's rows, with the row's level, one form a person (no 科室: the table names none); the bracketed
  months and the ``注：`` line are no names and no points;
- the 大队's 大队长/副大队长, the 所长, a 中心's 主任 and a 中队's 中队长/指导员 are leaders of their unit;
  a 大队's 科/室 chief (科长, 主任 of 法制室) and a 中队's 副中队长 middle; 民警, 辅警, 考试员, 收费员,
  会计 and 出纳 general; 中队领导 (a group row) is the 科室 of those leaders;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b637_"
PLACE = "和林格尔县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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

# (岗位, tier, [(holder, months or None)], [(廉政风险点, 风险等级, 防控措施)])
ROTATION = [
    ("所长", "leader", [("区璟琮", None)], [
        ("机动车登记业务违规审批“特事特办”", "高", "特殊业务经所务会集体研究，留存审批记录。"),
        ("对窗口民警违规办理业务监督不力", "中", "每周抽查业务档案，视频回看。"),
    ]),
    ("登记窗口民警", "general", [("欧霁翾", "1—6月"), ("区沨珝", "7—12月")], [
        ("为不符合条件的车辆办理注册、转移登记", "高", "业务系统比对核查，资料双人复核。"),
        ("收受代办“黄牛”好处，优先办理", "高", "取号排队系统管理，严禁插队办理。"),
        ("号牌选号暗箱操作", "中", "选号全部由群众自助选取，系统留痕。"),
    ]),
    ("查验岗民警", "general", [("区翀湉", "1—6月"), ("欧珝岚", "7—12月")], [
        ("机动车查验走过场，不拍照不比对", "高", "查验全程录像，照片上传系统比对。"),
        ("对改装、拼装车辆放行", "中", "疑难车辆由两名查验员共同查验。"),
    ]),
    ("档案管理民警", "general", [("欧岍湛", "1—6月"), ("区霂琤", "7—12月")], [
        ("擅自修改、抽换车辆档案资料", "中", "档案查阅、调取登记审批。"),
    ]),
]  # fmt: skip


def _holders_cell(people: list[tuple[str, str | None]]) -> str:
    return "\n".join(who if months is None else f"{who}（{months}）" for who, months in people)


def helinge_vehicle_office_rotation() -> dict:
    unit = f"{PLACE}公安局交通管理大队车辆管理所"
    sh = _Sheet("窗口岗位", [6, 14, 20, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}窗口岗位廉政风险防控表", 6)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年1月", 6)
    sh.add("序号", "岗位", "责任人（在岗时段）", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, _tier, people, points in ROTATION:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, _holders_cell(people), point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
    for post, tier, people, points in ROTATION:
        for who, _months in people:
            for point, lv, _measures in points:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _line(sh, "注：按大队轮岗交流制度，窗口岗位民警每半年轮换一次，括号内为本年度在岗时段。", 6)
    sh.add("制表：", None, "审核：", None, "所长（签字）：", None)
    return _layout(
        "helinge_vehicle_office_rotation", "http://fengdujob.net/go/交警考核办法和考核细则.html",
        "(harder) 县车辆管理所 窗口岗位廉政风险防控表, after the source's 交警考核办法 (岗位考核, 执法质量, 轮岗): a title, "
        "a merged 填报单位 line, 序号/岗位 merged per post/``责任人（在岗时段）`` merged per post, the cell naming the TWO "
        "people who hold the post in turn through the year, one a line, each with his months in brackets "
        "(``区沨珝（7—12月）``), the 所长's one name without brackets/廉政风险点/风险等级 高/中/低/防控措施; no type column; "
        "a ``注：`` line saying the window posts rotate every half year; a 制表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def helinge_traffic_brigade_list() -> dict:
    unit = f"{PLACE}公安交通管理大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "欧璩澂", "leader", [
            ("冬季重点路段布控警力安排凭个人意愿", "二级", "勤务方案大队党委集体研究。"),
            ("干预下属中队案件办理", "一级", "建立干预执法登记报告制度。"),
        ]),
        ("秩序科", "科长", "区昶淏", "middle", [
            ("查处超员超载车辆时选择性执法", "一级", "执法全程记录仪录像，每周抽查。"),
        ]),
        ("秩序科", "民警", "欧湜瑗", "general", [
            ("酒驾醉驾案件降格处理", "一级", "酒驾案件法制室逐案审核。"),
            ("暂扣车辆违规放行", "二级", "放行凭审批单，停车场登记出入。"),
        ]),
        ("法制室", "主任", "区岫沅", "middle", [
            ("行政处罚案件审核把关不严", "二级", "审核意见书面留存，定期评查。"),
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
    sh.add("制表：警务保障室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "helinge_traffic_brigade_list",
        "http://liulin.gov.cn/zfxxgk/fdzdgknr/shgysy/ggjt_68016/202412/t20241206_1918356.shtml",
        "县公安交通管理大队 岗位廉政风险防控一览表, after the source's 交警大队 冬季交通安全风险防范 (重点路段布控, 查酒驾醉驾, "
        "超员超载, 警力部署): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def helinge_exam_centre_cards() -> dict:
    unit = f"{PLACE}机动车驾驶人考试中心"
    t = _Truth(unit)
    cards = [
        ("主任", "区翮琬", "主任", "主持考试中心全面工作", "leader", [
            ("考试员安排不随机，人为指定考场", "★★★", "考试员由系统随机分配考场。"),
            ("对考试监控视频不审查", "★★", "每日回放抽查考试视频。"),
        ]),
        ("考试员", "欧瑀湉", "考试员", "科目三道路驾驶技能考试", "general", [
            ("降低评判标准，放松考试要求", "★★★", "考试过程全程录像，电子评判。"),
            ("收取驾培机构、教练员、考生财物", "★★★", "签订廉洁考试承诺书，公开举报电话。"),
            ("协助、纵容考生作弊", "★★", "考前核验身份，人像比对。"),
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
        "helinge_exam_centre_cards", "https://x.ybjk.com/26fcbc",
        "县机动车驾驶人考试中心 廉政风险防控卡, one sheet a person, after the source's 123号令 考试工作监管 (考试员工作纪律, "
        "降低评判标准, 收取培训机构、教练员、考生财物, 责任倒查): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 "
        "line, 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def helinge_parking_centre_posts() -> dict:
    unit = f"{PLACE}停车管理中心"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "道路临时停车泊位施划不经论证", "制度机制风险", "高",
         "泊位设置征求交警大队意见并公示。"),
        ("中心领导", "主任", "leader", "停车场委托经营单位选定暗箱操作", "外部环境风险", "高",
         "委托经营公开招标。"),
        ("收费管理股", "收费员", "general", "停车费收取不开票据、截留收入", "思想道德风险", "中",
         "电子收费，每日对账。"),
        ("收费管理股", "收费员", "general", "对熟人车辆免收停车费", "岗位职责风险", "低", "收费记录系统留痕，抽查比对。"),
        ("财务股", "会计", "general", "停车收入不及时上缴", "业务流程风险", "中", "收入每周缴入财政专户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "helinge_parking_centre_posts",
        "https://newton.com.tw/wiki/%E8%98%AD%E5%B7%9E%E5%B8%82%E6%A9%9F%E5%8B%95%E8%BB%8A%E5%81%9C%E8%BB%8A%E5%A0%B4%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/22178458",
        "县停车管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 机动车停车场管理办法 (停车场建设服务中心, 道路临时停车"
        "泊位, 收费泊位): a title, 序号/股室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def helinge_accident_squadron_groups() -> dict:
    unit = f"{PLACE}公安交通管理大队事故处理中队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中队领导", "中队领导", [
            ("中队长", "欧沄珵", "leader", [
                ("交通事故责任认定包庇、偏袒一方", "Ⅰ级", "责任认定集体研究，重大事故报大队审核。"),
                ("事故车辆检验鉴定机构指定", "Ⅱ级", "鉴定机构由当事人协商或随机选定。"),
            ]),
        ]),
        ("二、事故处理组", "事故处理组", [
            ("民警", "区淇昉", "general", [
                ("现场勘查不全面，不调取监控", "Ⅰ级", "现场勘查照片、监控资料随卷归档。"),
                ("收受事故当事人财物", "Ⅰ级", "案件回访当事人，公开举报电话。"),
            ]),
            ("辅警", "欧琰峣", "general", [
                ("泄露事故当事人信息给修理厂、保险代理", "Ⅲ级", "信息查询权限管理，签订保密承诺。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "helinge_accident_squadron_groups", "http://sldcomp.com/doc/484103.html",
        "县交警大队事故处理中队 廉政风险防控责任清单, after the source's note on 交警处理事故徇私 (包庇偏袒, 调取监控, 事故档案): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under GROUP ROWS ``一、中队领导``, "
        "``二、事故处理组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def helinge_chengguan_squadron_selfchecks() -> dict:
    unit = f"{PLACE}公安交通管理大队城关中队"
    t = _Truth(unit)
    people = [
        ("区琇岙", "中队领导", "中队长", "leader", [
            ("路面执勤中对违法车辆“以罚代管”", "高风险", "处罚一律使用警务通开具，当场录入。"),
            ("协管人员违规上路执法", "中风险", "辅警不得单独执法，随警作业。"),
        ]),
        ("欧翎湘", "执勤组", "民警", "general", [
            ("现场收缴罚款不开具票据", "高风险", "罚款一律银行代收或电子缴纳。"),
            ("对熟人违法行为不予处罚", "中风险", "执法记录仪全程记录，每周抽查。"),
            ("违法处理时代人消分", "低风险", "违法处理人像比对核验。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在中队", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "中队长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "helinge_chengguan_squadron_selfchecks", "https://www.jzxian.com/yulu/844775.html",
        "县交警大队城关中队 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's note on "
        "交警收黑钱 (处罚程序, 处理通知书, 清退协管人员): a title, a label row ``姓　名 | 所在中队 | 岗　位 | 填表时间`` over a "
        "row of values, 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 中队长意见：``",
        sheets, t,
    )  # fmt: skip


def helinge_expressway_squadron_two_sheets() -> dict:
    unit = f"{PLACE}公安交通管理大队盛乐高速公路中队"
    t = _Truth(unit)
    lead = _Sheet("中队领导", [6, 9, 9, 18, 38, 12, 9, 34])
    _line(lead, f"{unit}中队领导廉政风险防控一览表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("区澂霈", "中队长", "主持全面工作", [
            ("高速公路清障施救单位指定", "外部环境", "高", "清障施救单位由县交通运输局公开确定。"),
            ("执勤警力安排不公", "制度机制", "低", "勤务排班公示。"),
        ]),
        ("欧砚淏", "指导员", "队伍管理", [
            ("民警考核评先优亲厚友", "思想道德", "中", "考核结果中队会研究并公示。"),
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
    staff = _Sheet("民警辅警", [6, 9, 9, 38, 12, 9, 34])
    _line(staff, f"{unit}民警辅警廉政风险防控一览表", 7)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("民警", "区晗昀", "general", "查处货车超载时收受好处放行", "岗位职责", "高", "超载车辆一律过磅，数据上传。"),
        ("民警", "区晗昀", "general", "事故快处快赔中偏袒一方", "业务流程", "中", "快处快赔使用线上平台。"),
        ("辅警", "欧岚琛", "general", "利用查缉布控信息为他人通风报信", "思想道德", "中", "布控信息专人管理，查询留痕。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, typ, lv, measures)
        t.point(staff.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("制表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "helinge_expressway_squadron_two_sheets", "https://www.360docs.net/doc/4319235678.html",
        "县交警大队高速公路中队 廉政风险防控一览表 in TWO SHEETS, after the source's 交警安全风险防范工作总结 (高速公路执勤, "
        "交通事故处置, 设施装备): sheet 中队领导 with 姓名/职务/分管工作 merged per leader, sheet 民警辅警 with 岗位/姓名 merged "
        "per person; 风险类型 (short names), 风险等级 高/中/低, 防控措施",
        [lead, staff], t,
    )  # fmt: skip


def helinge_parking_construction_list() -> dict:
    unit = f"{PLACE}城区停车场建设服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "欧湉翊", "leader", "公共停车场建设项目规避招标", "制度机制", "一级",
         "项目进入县公共资源交易平台。"),
        ("中心领导", "主任", "欧湉翊", "leader", "停车收费标准执行中擅自调整", "岗位职责", "二级", "收费标准报县发改部门核定并公示。"),
        ("工程股", "股长", "区珩岙", "middle", "停车场工程验收把关不严", "业务流程", "一级", "验收邀请监理、使用单位共同参加。"),
        ("工程股", "技术员", "欧霈琮", "general", "工程量签证弄虚作假", "思想道德", "二级", "签证实行双人现场核量。"),
        ("办公室", "出纳", "区沅翀", "general", "泊位租赁收入公款私存", "业务流程", "三级", "收入日清月结，定期对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "helinge_parking_construction_list", "https://gzajyb.com/wsdfg/123033.html",
        "县城区停车场建设服务中心 岗位廉政风险防控一览表, after the source's 停车场管理条例 (停车场规划、建设, 收费, 停车泊位): "
        "``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    helinge_vehicle_office_rotation(),
    helinge_traffic_brigade_list(),
    helinge_exam_centre_cards(),
    helinge_parking_centre_posts(),
    helinge_accident_squadron_groups(),
    helinge_chengguan_squadron_selfchecks(),
    helinge_expressway_squadron_two_sheets(),
    helinge_parking_construction_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch637-inbox"))
