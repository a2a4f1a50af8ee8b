"""The four-hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 玛曲县 (a county of 甘南) — its 卫生健康局, 县人民医院 and 疾病预防控制中心, the 卫生院 of four of
its towns (欧拉镇, 阿万仓镇, 尼玛镇, 曼日玛镇) and, in the harder file, its 藏医院 — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 卫生健康局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk, short
  types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 县人民医院's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 疾病预防控制中心's file in two sheets ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 欧拉镇卫生院's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 阿万仓镇卫生院's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 尼玛镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` / ``二、医务人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 曼日玛镇卫生院's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``maqu_tibetan_hospital_captioned_cards``: the 藏医院's 防控卡, one sheet a holder, whose title
  names no unit (``岗位廉政风险防控卡``) and whose holder line is written as a FILLED-IN FORM LINE: a
  row of VALUES (``玛曲县藏医院 | 藏药制剂室 | 主任 | 厍沄璠``) with, UNDER it, a row of bracketed
  CAPTIONS saying what each value is (``（单位） | （科室） | （岗位） | （姓名）``), as printed forms put the
  caption under the blank it names; then ``序号 | 廉政风险点 | 风险等级 | 防控措施``, 高/中/低, a
  ``持卡人（签字）：`` line. The unit, the 科室, the post and the holder are given ONLY by that pair
  of rows. The README's 读得懂的表 knows labels BEFORE their values in a row (``姓　名 | … | 职　务 |
  …``), a label row OVER a row of values, label columns on a card's left or right side, captions
  that name a post and holder with no label (``一、主任　禚铭远``), ``姓名（职务）`` and ``岗位（姓名）``
  cells, and sign-off lines under a table; it does not describe labels written UNDER their values,
  in brackets, the value row standing first and looking like a row of unlabelled text.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 藏医院's 藏药制剂室 and its
传统秘方; 医疗服务收入占比 考核; a 人民医院 检验科's 实验室废物 处置; a 医疗废物 管理制度 with its 登记 and
经办人签名; 科室医疗废物 分类处置 and 收集转运 制度; 医疗废物 处理制度; a 藏医院's 藏药制剂室 and 制剂许可)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows
are worded by us, the names invented (rare Han surnames with rare given names); every unit is a
body of 玛曲县.

Run ``python tests/published/score.py --set batch471`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the row over the bracketed captions gives, cell by cell, the unit
  (``（单位）``), the 科室 (``（科室）``), the post (``（岗位）``) and the holder (``（姓名）``) of the sheet's
  one form; the caption row is no point and names no one; ``院领导`` there is the 科室 of the 院长;
- ``局领导``, ``中心领导`` (a 股室 cell or the leaders' sheet) and ``院领导`` are the 科室 of those
  leaders; a 局's 股 and a 医院's or 中心's 科/室 are 科室; a 镇卫生院 has no 科室: its group rows
  ``一、院领导``, ``二、医务人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 医院's or 卫生院's 院长
  and 副院长 are leaders; 股长, 科长, a 科室's 主任 (the 藏药制剂室's) middle; the rest (科员, 医师,
  药剂师, 检验师, 收费员, 护士, 防疫员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 县人民医院's list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b471_"
PLACE = "玛曲县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CAPTIONS = ("（单位）", "（科室）", "（岗位）", "（姓名）")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (tab, 科室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)])
TIBETAN_CARDS = [
    ("院长", "院领导", "院长", "郄翀湲", "leader", [
        ("藏药材采购供应商由个人指定", "高", "药材采购集体议价，进场公开采购。"),
        ("院内绩效分配向个人倾斜", "中", "绩效方案职工代表大会通过并公示。"),
    ]),
    ("制剂室主任", "藏药制剂室", "主任", "厍沄璠", "middle", [
        ("制剂原料验收以次充好", "高", "原料双人验收，留样备查。"),
        ("院内制剂私自外销", "中", "制剂出库凭处方登记，按月盘点。"),
    ]),
    ("药剂师", "藏药房", "药剂师", "鄢珞昉", "general", [
        ("调剂时收受推销人员好处", "中", "推销人员不得进入药房，发现即报告。"),
        ("贵重藏药出入库不登记", "低", "贵重药品专柜双人双锁。"),
    ]),
]  # fmt: skip


def maqu_tibetan_hospital_captioned_cards() -> dict:
    unit = f"{PLACE}藏医院"
    t = _Truth(unit)
    sheets = []
    for tab, dept, post, who, tier, points in TIBETAN_CARDS:
        sh = _Sheet(tab, [16, 36, 10, 34])
        _line(sh, "岗位廉政风险防控卡", 4)
        sh.add(unit, dept, post, who)
        sh.add(*CAPTIONS)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "2025年6月", None)
        sheets.append(sh)
    return _layout(
        "maqu_tibetan_hospital_captioned_cards", "http://news.tibetcul.com/yy/201504/34748.html",
        "(harder) 县藏医院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 制剂室主任, 药剂师), after the source's "
        "藏医院 藏药制剂室 (传统秘方, 标准化制药车间, 制剂师, 藏药材): a title naming no unit, then a row of VALUES "
        "``玛曲县藏医院 | 科室 | 岗位 | 姓名`` with the bracketed CAPTIONS ``（单位） | （科室） | （岗位） | （姓名）`` in "
        "the row UNDER it; then 序号/廉政风险点/风险等级 高/中/低/防控措施; a ``持卡人（签字）：`` line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maqu_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "禚翾琤", "leader", [
            ("医疗机构设置审批把关不严", "制度机制", "高", "审批事项集体研究，结果公示。"),
            ("项目资金分配照顾关系单位", "思想道德", "中", "资金分配方案局党组会研究。"),
        ]),
        ("医政医管股", "股长", "佴淏珈", "middle", [
            ("医疗服务收入考核数据不核实", "业务流程", "中", "考核数据抽查复核。"),
        ]),
        ("财务股", "科员", "逯沺翎", "general", [
            ("报账票据审核不严", "岗位职责", "高", "票据两人审核，每月对账。"),
            ("向供货单位泄露采购预算", "外部环境", "低", "采购预算专人保管。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "maqu_bureau_list",
        "https://abg.baidu.com/tags/2k64drvx73hpdswvzdv5lpfrzc73zowlwhvnppa11",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 医疗服务收入占比 考核标准 (医疗机构, 收入结构, 考核): a "
        "title, 序号/股室 merged (局领导, 医政医管股, 财务股)/岗位 and 责任人 merged per person/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def maqu_hospital_posts() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    lab, fee = "检验科", "收费室"
    rows = [
        (lab, "检验师", "general", "试剂验收", "检验试剂验收不核对批号效期，接受供货商好处", "思想道德风险", "Ⅰ级",
         "试剂验收双人签字，效期登记。"),
        (lab, "检验师", "general", "废弃物处置", "实验室废物交由无资质单位回收牟利", "业务流程风险", "Ⅱ级",
         "废物交接登记，交有资质单位处置。"),
        (fee, "收费员", "general", "住院费用结算", "多收、漏收住院费用，截留现金", "岗位职责风险", "Ⅰ级",
         "日结日清，系统对账。"),
        (fee, "收费员", "general", "退费办理", "无凭据办理退费", "制度机制风险", "Ⅲ级",
         "退费凭科室证明和审批单。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：院办", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "maqu_hospital_posts",
        "https://abg.baidu.com/tags/zdf4h4osxxklvphm2hu37rwkwxi6tswsw7h4535uu3lmhoo4ydw3tzvwva16",
        "县人民医院 廉政风险点排查表 对岗不对人, after the source's 人民医院 检验科 实验室废物 处置 (试剂, 废弃物, 交接): a "
        "title, 序号/科室 merged (检验科, 收费室)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：院办 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def maqu_cdc_two_sheets() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗昶甯", "主任", "主持全面工作", [
            ("检测设备采购化整为零", "一级", "采购计划中心会议研究。"),
            ("应急物资储备账实不符", "二级", "物资季度盘点。"),
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
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "滑旸珺", "middle", "疫苗出入库登记不实", "一级", "疫苗出入库系统扫码。"),
        ("免疫规划科", "防疫员", "茹湜玙", "general", "冷链运输记录补记", "二级", "冷链温度自动记录。"),
        ("免疫规划科", "防疫员", "茹湜玙", "general", "接种证办理收取费用", "三级", "办理流程上墙公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "maqu_cdc_two_sheets", "http://www.dybbs8.com/excel/1197014.html",
        "县疾病预防控制中心's file in two sheets, after the source's 医疗废物 管理制度 (领导小组, 登记, 经办人签名, 考核): "
        "``中心领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; levels "
        "``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def maqu_oula_clinic_cards() -> dict:
    unit = f"{PLACE}欧拉镇卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "殳昉湉", "leader", [
            ("医疗废物处置合同暗箱签订", "★★★", "合同院务会研究并公示。"),
            ("公用经费报销不实", "★★", "报销票据两人审核。"),
        ]),
        ("护士", "籍珺沄", "general", [
            ("医疗废物分类收集不登记", "★★", "收集交接逐日登记。"),
            ("收受患者红包", "★", "廉洁提醒，拒收登记。"),
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
        sh.add("持卡人（签字）：", None, "院长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "maqu_oula_clinic_cards", "https://wenku.docs.qq.com/detail?docId=IKejufyCWv",
        "镇卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 护士), after the source's 科室医疗废物 分类处置 "
        "管理制度 (分类收集, 处置): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line; ``持卡人（签字）： | 院长（签字）：``",
        sheets, t,
    )  # fmt: skip


def maqu_awancang_clinic_selfchecks() -> dict:
    unit = f"{PLACE}阿万仓镇卫生院"
    t = _Truth(unit)
    people = [
        ("訾翯玥", "副院长", "leader", [
            ("基本公共卫生服务资金虚报", "高风险", "服务数据入户抽查。", "已落实"),
            ("药品入库验收走过场", "中风险", "验收双人签字。", "未发现问题"),
        ]),
        ("蒯昀淏", "医师", "general", [
            ("开具大处方", "中风险", "处方点评每月一次。", "已落实"),
            ("医疗废物转运交接不签字", "低风险", "转运交接登记。", "已整改"),
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
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "maqu_awancang_clinic_selfchecks", "https://wenku.docs.qq.com/detail?docId=UwMWh1MRFX",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 科室医疗废物 "
        "收集转运制度 (包装, 交接): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/"
        "风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def maqu_nima_clinic_group_rows() -> dict:
    unit = f"{PLACE}尼玛镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", [
            ("院长", "郜沨璇", "leader", [
                ("巡回医疗补助发放不公", "一级风险", "补助名单公示。"),
                ("救护车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、医务人员", [
            ("药剂员", "琚湉珣", "general", [
                ("药品效期管理不严、过期药品不销毁", "一级风险", "效期月查，销毁登记。"),
                ("医疗废物处理记录造假", "二级风险", "处理记录与转运联单核对。"),
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
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "maqu_nima_clinic_group_rows", "https://wenku.docs.qq.com/detail?docId=UdcBly1FSN",
        "镇卫生院 廉政风险防控责任清单, after the source's 医疗废物处理制度 (分类, 收集, 储存, 处置): a title, 序号/岗位/"
        "姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、院领导``, ``二、医务人员`` "
        "merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def maqu_manrima_clinic_list() -> dict:
    unit = f"{PLACE}曼日玛镇卫生院"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院长", "鞠昊琬", "leader", "藏药饮片采购不比价", "制度机制", "中", "采购三家比价。"),
        ("院长", "鞠昊琬", "leader", "职工值班补助虚报", "思想道德", "高", "补助按排班表核发。"),
        ("藏医师", "扈翊岚", "general", "藏药处方开具与药商挂钩", "外部环境", "高", "处方点评，药商登记。"),
        ("藏医师", "扈翊岚", "general", "诊疗收费记录不全", "业务流程", "低", "收费系统留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "maqu_manrima_clinic_list", "http://baike.mjlong.com/news/ysbj/201705037595.html",
        "镇卫生院 廉政风险防控一览表, after the source's 藏医院 藏药制剂室 (藏药剂型, 制剂许可, 质量控制): a title, a merged "
        "``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    maqu_tibetan_hospital_captioned_cards(),
    maqu_bureau_list(),
    maqu_hospital_posts(),
    maqu_cdc_two_sheets(),
    maqu_oula_clinic_cards(),
    maqu_awancang_clinic_selfchecks(),
    maqu_nima_clinic_group_rows(),
    maqu_manrima_clinic_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch471-inbox"))
