"""The four-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 自然资源 and
林草 bodies, 华池县 — its 林业和草原局, 紫坊畔国有林场 (an invented name), 不动产登记中心, the 自然资源所 of
four of its towns (悦乐镇, 柔远镇, 南梁镇, 城壕镇) and, in the harder file, its 自然资源局 — each handing
back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 林业和草原局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, ``一级风险/二级风险/三级风险``, the measures, an 编制人/审核人/date line;
- the 国有林场's file in two sheets ``场领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 不动产登记中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 悦乐镇自然资源所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 柔远镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 南梁镇 one's 责任清单 under GROUP ROWS ``一、所领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 城壕镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``huachi_resources_bureau_holder_in_measures``: the 自然资源局's 一览表 ``序号 | 廉政风险点 | 风险类型
  | 风险等级 | 防控措施`` has NO 科室, 岗位 or 姓名 column at all: WHO HOLDS THE POST is given only at
  the END OF EACH 防控措施 CELL, on a line of its own after the measure, as a bracket
  ``（责任科室：耕地保护股　责任岗位：股长　责任人：昝翊瀚）`` (three labelled fields parted by full-width
  spaces; each of the holder's rows repeats it). Each point belongs to the 科室, post and holder its
  own measures cell names. The README's 读得懂的表 knows holders given in group rows
  (``一、所长（责任人：…）``, batch250), in staff lines above a table, in a line under a run of rows
  (``岗位责任人（签字）：…``, ``岗位责任人：部长　…；…。``), in a code legend, in a comment on the post
  cell, a supervisor bracketed after a holder, a point's closing bracket naming measures by number
  (``（对应措施2、3）``) and ``直接责任人：…⏎领导责任人：…`` written in a HOLDER cell; it does not
  describe a table whose only place for the 科室, post and holder is a labelled bracket closing the
  MEASURES cell. ``grep -lE '责任岗位：|责任科室：' tests/published/batch*.py``: none before this one.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (which body deals with 耕地挖塘 —
自然资源部门, 耕地保护, 执法; what a 林草局 is — 林业科, 草原科, 森林防火办公室, 采伐; 云南's 国有林场 — 贫困林场
职工, 经营管理改革; keeping 不动产登记档案 secret — 分类保密, 个人隐私; the 伐木证 — the county's 林业主管部门 or
the 乡、镇人民政府 it entrusts; the steps of a 采伐许可 — 审核, 公示, 备案检查; rules for 护林(草)员 — 巡护记录,
乡镇管理, 考核; 不动产登记资料查询 and 个人信息保护 — 查询主体, 审查职责, 泄露) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 华池县
(``unit_words=("华池县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch487`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the bracket closing a 防控措施 cell gives the point's 科室 (``责任科室``), post
  (``责任岗位``) and holder (``责任人``); ``局领导`` there is the 科室 of the 局长; the bracket is no
  point, no type and no level, and the measure before it is the measure;
- ``局领导``, ``场领导`` (a 股室 cell or the leaders' sheet) are the 科室 of those leaders; a 局's 股 and
  大队, a 林场's 股 and a 中心's 科 are 科室; a 镇自然资源所 has no 科室: its group rows ``一、所领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 林场's 场长, a 所's 所长 and 副所长 are leaders; 股长
  and 科长 middle; the rest (科员, 会计, 窗口受理员, 土地管理员, 林业员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 不动产登记中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b487_"
PLACE = "华池县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


def holder_tail(dept: str, post: str, who: str) -> str:
    """The bracket closing a measures cell of the harder file: who answers for the point."""
    return f"（责任科室：{dept}{GAP}责任岗位：{post}{GAP}责任人：{who}）"


# --------------------------------------------------------------------------- harder layout

# (责任科室, 责任岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
BUREAU = [
    ("局领导", "局长", "亓霑瀞", "leader", [
        ("国有建设用地出让底价确定干预", "制度机制", "高", "出让底价由集体决策确定，会议纪要存档。"),
        ("为关系人违规调整规划指标", "思想道德", "中", "规划调整经规委会审议并公示。"),
    ]),
    ("耕地保护股", "股长", "昝翊瀚", "middle", [
        ("耕地占补平衡指标核定不实", "岗位职责", "高", "指标核定两人以上现场核实，结果报局务会。"),
        ("高标准农田验收降低标准", "业务流程", "中", "验收邀请第三方测绘，结果公示。"),
    ]),
    ("执法监察大队", "科员", "鄢沨霁", "general", [
        ("违法占地案件查处降格处理", "外部环境", "高", "案件处理集体合议，结果报纪检组备案。"),
        ("巡查发现问题不报告", "岗位职责", "低", "巡查记录每日上传平台，股长抽查。"),
    ]),
]  # fmt: skip


def huachi_resources_bureau_holder_in_measures() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 36, 10, 8, 52])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 5)
    sh.add("序号", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for dept, post, who, tier, points in BUREAU:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, point, typ, lv, f"{measures}\n{holder_tail(dept, post, who)}")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("编制：办公室", None, "审核：", None, "2025年6月")
    return _layout(
        "huachi_resources_bureau_holder_in_measures",
        "https://www.zhetiaohe.com/ss/86a3e19a0d0753766dbe892c2978be311c467e63f8fb65c992b8de73798bd4c2876d404d07631dbb.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表, after the source's answer on which body deals with 耕地挖塘 "
        "(自然资源部门, 耕地保护, 执法查处): a title, 序号/廉政风险点/风险类型 (short)/风险等级 (高/中/低)/防控措施 — "
        "NO 科室, 岗位 or 姓名 column: each 防控措施 cell ends on a line of its own with "
        "``（责任科室：…　责任岗位：…　责任人：…）`` naming who answers for the point; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huachi_forestry_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "郄瀓翊", "leader", [
            ("造林绿化工程验收把关不严", "岗位职责", "一级风险", "验收组集体验收，结果公示。"),
            ("接受苗木供应商宴请", "思想道德", "二级风险", "签订廉洁承诺，节前提醒。"),
        ]),
        ("资源管理股", "股长", "仉澐翯", "middle", [
            ("林木采伐许可超限额审批", "制度机制", "一级风险", "采伐限额台账管理，许可网上公开。"),
        ]),
        ("造林绿化股", "科员", "冼湙翃", "general", [
            ("退耕还林补助面积核实不实", "业务流程", "二级风险", "面积核实到户、村级公示。"),
            ("苗木调运检疫走过场", "外部环境", "三级风险", "调运检疫两人办理、留存影像。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "huachi_forestry_bureau_list",
        "https://www.dfrcl.cn/jxuzs/202509/307641.html",
        "县林业和草原局 岗位廉政风险防控一览表, after the source's account of what a 林草局 is (林业科, 草原科, 森林防火办公室, "
        "退耕还林, 森林采伐): a title, 序号/股室 merged (局领导, 资源管理股, 造林绿化股)/岗位 and 责任人 merged per person/"
        "廉政风险点/风险类型 (short)/``一级风险/二级风险/三级风险``/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huachi_forest_farm_two_sheets() -> dict:
    unit = f"{PLACE}紫坊畔国有林场"
    t = _Truth(unit)
    lead = _Sheet("场领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鞠瀛珂", "场长", "主持全面工作", [
            ("林场抚育间伐木材销售暗箱操作", "一级", "木材销售公开竞价，结果公示。"),
            ("管护站建设项目指定施工方", "二级", "项目依法采购，场务会集体研究。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "场领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("营林股", "股长", "邴翛澂", "middle", "造林作业量验收虚报", "一级", "作业量实地丈量，两人签字。"),
        ("财务股", "会计", "隗沄瀚", "general", "护林员工资发放冒领", "二级", "工资打卡发放，名单公示。"),
        ("财务股", "会计", "隗沄瀚", "general", "林场收入坐支", "三级", "收入全额缴入专户。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huachi_forest_farm_two_sheets",
        "https://www.syhmjs.com/periodical/d9c79ef34fdfb6508cca1aba51edbf5a.html",
        "县国有林场's file in two sheets, after the source's note on 云南's 国有林场 (贫困林场职工, 内部经营管理改革, 保护和发展森林资源): "
        "``场领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with 股室/岗位/姓名 merged; ``一级/二级/三级``; "
        "no type column",
        [lead, dept], t,
    )  # fmt: skip


def huachi_registry_center_posts() -> dict:
    unit = f"{PLACE}不动产登记中心"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    acc, rev = "受理科", "审核登簿科"
    rows = [
        (acc, "窗口受理员", "general", "登记申请受理", "对材料不全的申请违规受理，或刁难申请人", "岗位职责风险", "Ⅱ级",
         "一次性告知，受理记录留痕。"),
        (acc, "窗口受理员", "general", "登记信息查询", "违规向他人提供权利人登记信息", "制度机制风险", "Ⅰ级",
         "查询凭证件办理，系统记录查询日志。"),
        (rev, "科长", "middle", "登记审核登簿", "明知虚假材料仍予审核登簿", "业务流程风险", "Ⅰ级",
         "审核、登簿分岗，疑难件集体会审。"),
        (rev, "科长", "middle", "更正登记办理", "收受好处违规更正权属信息", "思想道德风险", "Ⅲ级",
         "更正登记报分管领导审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, point, desc, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "huachi_registry_center_posts",
        "https://zrzyghj.weinan.gov.cn/flfg/zcjd/1659757609837883393.html",
        "县不动产登记中心 廉政风险点排查表 对岗不对人, after the source's article on keeping 不动产登记档案 secret (分类保密管理, "
        "个人隐私, 登记机构工作人员): a title, 序号/科室 merged (受理科, 审核登簿科)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：综合科 | 审核： | 2025年4月`` line",
        [sh], t,
    )  # fmt: skip


def huachi_yuele_office_cards() -> dict:
    unit = f"{PLACE}悦乐镇自然资源所"
    t = _Truth(unit)
    cards = [
        ("所长", "靳翾泷", "leader", [
            ("农村宅基地审批把关不严", "★★★", "审批材料公示，镇政府联审。"),
            ("土地执法巡查发现问题隐瞒", "★★", "巡查台账按周报送县局。"),
        ]),
        ("土地管理员", "敖霈澂", "general", [
            ("受委托审核零星林木采伐把关不严", "★★", "备案前现场核查、拍照留档。"),
            ("收受群众礼品", "★", "签订廉洁承诺，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huachi_yuele_office_cards",
        "https://kpzsg.com/jingyan/r8gdo1.html",
        "镇自然资源所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 土地管理员), after the source's answer on the 伐木证 (县级林业主管部门 "
        "or the 乡、镇人民政府 it entrusts 审核发放采伐许可证): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` "
        "line; ``持卡人（签字）： | 所长（签字）：``",
        sheets, t,
    )  # fmt: skip


def huachi_rouyuan_office_selfchecks() -> dict:
    unit = f"{PLACE}柔远镇自然资源所"
    t = _Truth(unit)
    people = [
        ("郗翀瀞", "副所长", "leader", [
            ("土地纠纷调处偏袒一方", "高风险", "调处过程记录，双方签字。", "已落实"),
            ("林木采伐许可公示走过场", "中风险", "公示照片留档，所长复核。", "未发现问题"),
        ]),
        ("甯湝翾", "土地管理员", "general", [
            ("违法占地线索压案不报", "中风险", "线索登记编号，所长督办。", "已落实"),
            ("耕地保护补贴面积虚报", "低风险", "面积核实到户、张榜公示。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huachi_rouyuan_office_selfchecks",
        "http://zcop.cn/3970.html",
        "镇自然资源所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's steps for a "
        "采伐许可 (申请, 审核审批, 公示与公告, 备案与检查): a title, a label row ``姓　名 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def huachi_nanliang_office_group_rows() -> dict:
    unit = f"{PLACE}南梁镇自然资源所"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", [
            ("所长", "蔺澔翛", "leader", [
                ("护林员选聘优亲厚友", "高", "选聘条件公开，结果公示。"),
                ("公车私用", "低", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("林业员", "訾淏瀼", "general", [
                ("护林员巡护考核打分不实", "高", "巡护轨迹系统核对，按月通报。"),
                ("林地征占现场核查走过场", "中", "核查两人到场、拍照留档。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "huachi_nanliang_office_group_rows",
        "https://huacaozixun.cn/yuanlinjingguan/yuanlinzixun/99205.html",
        "镇自然资源所 廉政风险防控责任清单, after the source's note on the 护林(草)员 rules (巡护记录, 苏木乡镇政府 管理, 考核): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 (高/中/低)/防控措施 under GROUP ROWS ``一、所领导``, ``二、工作人员`` merged "
        "across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def huachi_chenghao_office_list() -> dict:
    unit = f"{PLACE}城壕镇自然资源所"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "暨翃潆", "leader", "宅基地确权登记材料把关不严", "岗位职责", "高", "确权材料村组公示、所务会审定。"),
        ("所长", "暨翃潆", "leader", "接受建房户宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("土地管理员", "漆雩澂", "general", "不动产登记信息违规查询", "制度机制", "中", "查询登记备案，每月抽查。"),
        ("土地管理员", "漆雩澂", "general", "投诉举报线索处理拖延", "业务流程", "低", "线索限时办结、回复反馈人。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "huachi_chenghao_office_list",
        "http://www.handmsg.com/page/2024/1102/24627150.shtml",
        "镇自然资源所 廉政风险防控一览表, after the source's paper on 不动产登记资料查询 and 个人信息保护 (查询主体, 审查职责, 信息泄露): "
        "a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 "
        "(short)/高/中/低/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huachi_resources_bureau_holder_in_measures(),
    huachi_forestry_bureau_list(),
    huachi_forest_farm_two_sheets(),
    huachi_registry_center_posts(),
    huachi_yuele_office_cards(),
    huachi_rouyuan_office_selfchecks(),
    huachi_nanliang_office_group_rows(),
    huachi_chenghao_office_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch487-inbox"))
