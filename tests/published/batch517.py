"""The five-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 城市管理
bodies, 白银区 (a district of 白银市, 甘肃) — its 城市管理局, 环境卫生服务中心, 市政设施维护所,
园林绿化中心 and four 街道城管中队 (人民路, 工农路, 四龙路, 公园路 — 街道 of the district) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 城市管理局's 一览表: ``科室 | 职权内容 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 岗位 |
  责任人`` written on every row, short types, 高/中/低;
- the 环境卫生服务中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  person) and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 市政设施维护所's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 园林绿化中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 人民路街道城管中队's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 工农路街道城管中队's 责任清单 under GROUP ROWS ``一、中队领导`` / ``二、市容巡查组`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 四龙路街道城管中队's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``baiyin_gongyuan_point_basis_bracket``: the 公园路街道城管中队's 一览表 closes each point cell
  (headed plainly ``廉政风险点``) with the point's LEGAL BASIS in a LABELLED BRACKET on the same
  line: ``对占道经营当事人降格处理、以罚代管（依据：《城市市容和环境卫生管理条例》）``. The heading is
  ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``: the measures stand in their own
  column; no note says what the bracket holds, the label ``依据：`` inside it does. The shape is about
  HOW THE POINT IS WRITTEN (what is joined to its text). The README's 读得懂的表 and the earlier
  batches know closing brackets that name how the point shows (``（括号内注明主要表现）``), its
  measures by number (``（对应措施2、3）``) or in full (``（防控措施：…）``, batch 513), its holder
  (``（责任科室：…　责任人：…）``), a level or type, and the point in a bracket closing how it shows;
  a ``实施依据：…`` line stands above a flow chart in batch 353, not in a point cell. None is a point
  cell closing with the rule it rests on; read as the others are, the point is the whole cell, the
  basis with it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a collection of essays on 城市行政管理
and its 执法监督; a 保洁 作业 rule with 班长, 主管 and 管理处主任 checking the cleaners; an essay on
managing 市政设施工程 — 招标, 施工, 验收, 运维; a speech on a city's 园林绿化 — 绿地, 苗木, 养护; a note
on a 街道综合执法中心 clearing 占道经营; an explainer on what a 城管委 does — 市容, 摊贩, 户外广告; a guide
to 市政设施 management — 道路, 排水, 路灯 维护; a report of a 城管局's drive against 占道经营 and 出店经营
under the 《城市市容和环境卫生管理条例》) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 白银区 (``unit_words=("白银区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch517`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the cell's text BEFORE the bracket ``（依据：…）``; the bracket
  is the rule the point rests on, no part of it (as ``（防控措施：…）`` in batch 513 is none of a
  point's text);
- ``中心领导`` (the 环境卫生服务中心's leaders' sheet) is the 科室 of those leaders; a 局's 科, a
  中心's 科, a 所's 组 are 科室; a group row ``一、中队领导`` gives the 科室 ``中队领导``,
  ``二、市容巡查组`` the 科室 ``市容巡查组`` (its number left off), as batch 280, 507 and 513 did;
  the 园林绿化中心's cards and the 中队's lists name a 科室 only where a cell does (``所在科室``);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 所's 所长, a 中队's
  中队长 and 副中队长 are leaders; 科长, 主任 of a 局's 办公室, 组长 middle; the rest (科员,
  技术员, 材料员, 养护员, 执法队员, 内勤 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``职权内容``, ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 市政设施维护所's list names no person: its forms
  are posts (对岗不对人);
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

PREFIX = "b517_"
PLACE = "白银区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LABEL = "（依据："


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (岗位, 姓名, tier, [(廉政风险点, 依据, 风险类型, 风险等级, 防控措施)])
BASIS = [
    ("中队长", "郜翯頔", "leader", [
        ("对占道经营当事人降格处理、以罚代管", "《城市市容和环境卫生管理条例》", "岗位职责", "一级",
         "处罚按裁量基准，案件中队集体讨论。"),
        ("暂扣物品处置不登记、私自返还", "《中华人民共和国行政强制法》", "制度机制", "二级",
         "暂扣物品入库登记，返还两人签字。"),
    ]),
    ("执法队员", "甯珝骞", "general", [
        ("巡查中对熟人商户违规出店经营放任不管", "《城市管理执法办法》", "思想道德", "二级",
         "巡查路段定期轮换，执法记录仪全程记录。"),
        ("接受流动摊贩财物后通风报信", "《中华人民共和国行政处罚法》", "外部环境", "一级",
         "专项整治行动临时通知，举报线索一律核查。"),
    ]),
    ("内勤", "勾韫暻", "general", [
        ("罚没款票据开具与入账不符", "《罚款决定与罚款收缴分离实施办法》", "业务流程", "三级",
         "罚没款直缴国库，票据按月核对。"),
    ]),
]  # fmt: skip


def baiyin_gongyuan_point_basis_bracket() -> dict:
    unit = f"{PLACE}公园路街道城管中队"
    sh = _Sheet("一览表", [6, 10, 10, 58, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in BASIS:
        for point, basis, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, f"{point}{LABEL}{basis}）", typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "baiyin_gongyuan_point_basis_bracket",
        "https://peiji.com/doc/tag-135449.html",
        "(harder) 街道城管中队 岗位廉政风险防控一览表, after the source's report of a 城管局's drive against 占道经营 "
        "and 出店经营 under the 《城市市容和环境卫生管理条例》: 序号/岗位 and 姓名 merged per person/``廉政风险点`` "
        "whose cells close with the point's LEGAL BASIS in a LABELLED BRACKET ``…（依据：《…》）``/short types/"
        "``一级/二级/三级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baiyin_bureau_list() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("一览表", [6, 16, 14, 34, 10, 8, 32, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    sh.add(
        "序号", "科室", "职权内容", "风险点", "风险类型", "风险等级", "防控措施", "岗位", "责任人"
    )
    rows = [
        ("办公室", "公务接待", "超标准接待，虚开接待费用", "制度机制", "中",
         "接待凭公函，费用按月公开。", "主任", "訾彧淯", "middle"),
        ("法规科", "行政处罚案件审核", "案件审核把关不严，违法事实认定不清", "岗位职责", "高",
         "重大案件法制审核，案卷按季评查。", "科长", "隗熠琤", "middle"),
        ("市容环境卫生管理科", "户外广告设置审批", "为不符合条件的广告设置办理许可", "外部环境", "高",
         "受理、审核分岗，许可结果网上公示。", "科员", "蒯赟攸", "general"),
        ("市容环境卫生管理科", "环卫作业考核", "考核打分搞人情分", "思想道德", "低",
         "考核两人以上，结果公示五日。", "科员", "蒯赟攸", "general"),
        ("市政公用科", "道路挖掘占用审批", "降低条件审批，修复押金不按规定收退", "业务流程", "中",
         "审批集体会签，押金专户管理。", "科长", "亓婳旻", "middle"),
    ]  # fmt: skip
    for n, (dept, work, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, work, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None, None)
    return _layout(
        "baiyin_bureau_list",
        "https://1mishu.com/haowen/223852.html",
        "区城市管理局 廉政风险防控一览表, after the source's essays on 城市行政管理 and its 执法监督: 序号/科室/"
        "``职权内容``/风险点/风险类型 (short)/高/中/低/防控措施/岗位/责任人 on EVERY row; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def baiyin_sanitation_two_sheets() -> dict:
    unit = f"{PLACE}环境卫生服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("綦昶湉", "主任", "主持全面工作", [
            ("环卫车辆和作业工具采购指定供应商", "一级", "采购按程序公开招标，主任办公会研究。"),
            ("临时保洁人员招用优亲厚友", "二级", "招用条件公开，名单公示。"),
        ]),
        ("仉祎瑄", "副主任", "分管清扫保洁和垃圾收运", [
            ("保洁作业质量考核弄虚作假", "一级", "考核日检、周检、月检留痕，抽查复核。"),
            ("垃圾清运车辆油料虚报", "三级", "油料按车登记，每月核对里程。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("清扫保洁科", "科长", "郏珺曌", "middle", "保洁人员出勤记录不实，虚报工资", "一级",
         "出勤每日打卡，工资表公示。"),
        ("收运管理科", "科员", "钭攸骞", "general", "垃圾处理计量单据造假", "二级",
         "过磅数据系统留存，两人复核。"),
        ("收运管理科", "科员", "钭攸骞", "general", "收受餐厨垃圾产生单位好处", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "baiyin_sanitation_two_sheets",
        "https://taowenge.com/d-92675112.html",
        "区环境卫生服务中心's file in two sheets, after the source's 保洁 作业 rule (班长 日检, 主管 周检, 主任 月检): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def baiyin_facilities_posts() -> dict:
    unit = f"{PLACE}市政设施维护所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    road, drain = "道桥养护组", "排水管理组"
    rows = [
        (road, "技术员", "general", "维修工程量签证", "多签工程量，虚增维修费用", "岗位职责风险", "Ⅰ级",
         "签证现场拍照，两人签字。"),
        (road, "材料员", "general", "养护材料验收", "以次充好，数量验收不实", "业务流程风险", "Ⅱ级",
         "材料进场抽检，过磅登记。"),
        (drain, "技术员", "general", "管网疏通外包验收", "验收走过场，为施工单位出具合格意见", "制度机制风险", "Ⅱ级",
         "验收视频留存，所里复查。"),
        (drain, "技术员", "general", "井盖更换", "接受供货商宴请", "外部环境风险", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年6月", None)
    return _layout(
        "baiyin_facilities_posts",
        "https://www.zhemaiyun.com/news/2010776716284424192",
        "区市政设施维护所 廉政风险点排查表 对岗不对人, after the source on managing 市政设施工程 (招标, 施工, 验收, "
        "运维): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/``…风险``/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def baiyin_greening_cards() -> dict:
    unit = f"{PLACE}园林绿化中心"
    t = _Truth(unit)
    cards = [
        ("主任", "莘暻彧", "leader", [
            ("绿化工程发包个人说了算", "★★★", "工程发包集体研究，结果公示。"),
            ("苗木采购价格虚高", "★★", "苗木询价三家以上，价格备案。"),
        ]),
        ("养护员", "糜淯婳", "general", [
            ("养护作业量虚报", "★★", "作业量每日登记，组长复核。"),
            ("私自处置修剪下的树木", "★", "修剪物集中登记处置。"),
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
        "baiyin_greening_cards",
        "https://bdocx.com/doc/12865864.html",
        "区园林绿化中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 养护员), after the source's speech on a city's "
        "园林绿化 (绿地, 苗木, 养护): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` "
        "line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def baiyin_renminlu_selfchecks() -> dict:
    unit = f"{PLACE}人民路街道城管中队"
    t = _Truth(unit)
    people = [
        ("羿瑄熠", "副中队长", "leader", "", [
            ("违法建设查处拖延不办", "高风险", "查处限时，进度周报。"),
            ("执法车辆私用", "中风险", "派车登记，节假日封存。"),
        ]),
        ("怀琤韫", "执法队员", "general", "市容巡查组", [
            ("巡查发现问题不上报", "中风险", "巡查记录上传平台，中队抽查。"),
            ("收受商户购物卡", "低风险", "开展警示教育，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept or "中队领导", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept or "中队领导", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中队意见：", None, None)
        sheets.append(sh)
    return _layout(
        "baiyin_renminlu_selfchecks",
        "http://www.xiangyang.net/society/20220706/63562.html",
        "街道城管中队 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's note on a "
        "街道综合执法中心 clearing 占道经营: a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 中队意见：``",
        sheets, t,
    )  # fmt: skip


def baiyin_gongnonglu_group_rows() -> dict:
    unit = f"{PLACE}工农路街道城管中队"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中队领导", "中队领导", [
            ("中队长", "晁旻赟", "leader", [
                ("户外广告违法设置查处选择性执法", "一级风险", "查处清单公开，中队集体研究。"),
                ("协管员考勤弄虚作假", "三级风险", "考勤每日公示。"),
            ]),
        ]),
        ("二、市容巡查组", "市容巡查组", [
            ("组长", "冼湉珝", "middle", [
                ("流动摊贩整治中吃拿卡要", "一级风险", "整治两人以上，执法记录仪全程记录。"),
                ("乱张贴小广告清理费用虚报", "二级风险", "清理前后拍照，费用中队审核。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "baiyin_gongnonglu_group_rows",
        "https://m.gzjll.com/3/5083304.html",
        "街道城管中队 廉政风险防控责任清单, after the source's explainer on what a 城管委 does (市容, 摊贩, 户外广告): "
        "序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、中队领导``, "
        "``二、市容巡查组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def baiyin_silonglu_duty_list() -> dict:
    unit = f"{PLACE}四龙路街道城管中队"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中队长", "瞿曌祎", "leader", "市政设施巡查", "损坏路灯井盖案件赔偿款私了", "一级", "赔偿款统一收缴，票据公开。"),
        ("中队长", "瞿曌祎", "leader", "渣土运输管理", "对渣土车抛洒滴漏放任不查", "二级", "夜查两人以上，结果登记。"),
        ("执法队员", "郇頔昶", "general", "门前三包检查", "检查结果搞亲疏", "二级", "检查结果公示，中队复核。"),
        ("执法队员", "郇頔昶", "general", "投诉处理", "投诉处理拖延推诿", "三级", "投诉限时办结，回访登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "baiyin_silonglu_duty_list",
        "https://www.renrendoc.com/paper/509731316.html",
        "街道城管中队 廉政风险防控责任清单, after the source's guide to 市政设施 management (道路, 排水, 路灯 维护): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baiyin_gongyuan_point_basis_bracket(),
    baiyin_bureau_list(),
    baiyin_sanitation_two_sheets(),
    baiyin_facilities_posts(),
    baiyin_greening_cards(),
    baiyin_renminlu_selfchecks(),
    baiyin_gongnonglu_group_rows(),
    baiyin_silonglu_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch517-inbox"))
