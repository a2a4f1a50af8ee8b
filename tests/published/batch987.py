"""The nine-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 政府工作部门
and 事业单位, 武宣县 (来宾市, 广西) — its 市场监督管理局, 卫生健康局, 人民医院, 教育局, 第二中学, 林业局,
水利局 and 自然资源局 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in
WPS or Excel:

- the 市场监督管理局's 一览表: ``股室`` merged (``局领导``, ``食品安全监管股``, ``特种设备安全监察股``),
  ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低 and a ``注：`` line;
- the 卫生健康局's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …``
  and a merged 岗位职责 line, short types under ``风险类别``, ``一级/二级/三级``;
- the 人民医院's 排查表 with ``科室 | 岗位 | 责任人`` on EVERY row, short types under ``风险类别``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 教育局's 清单 对岗不对人: ``岗位`` merged, no names, ``高风险/中风险/低风险``, no type column;
- the 第二中学's 自查表, one sheet a person: a label row ``姓　名 | 所在处室 | 职　务 | 自查日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查情况``, no type column;
- the 林业局's 清单 under GROUP ROWS ``一、局领导``, ``二、资源管理股``, ``三、林业工作站`` (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 水利局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低.

One is harder:

- ``wuxuan_natural_resources_pdf_rows``: the 自然资源局's 岗位廉政风险防控一览表 as the office
  PUBLISHED IT AS A PDF and a clerk CONVERTED THE PDF BACK TO EXCEL (WPS PDF转Excel): every line of
  text the PDF printed in a cell became its OWN ROW. So a record of ``序号 | 股室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` stands over two or three rows: the first with the 序号,
  the holder, the level and the first line of each text; the next rows with only the rest of the
  texts, every other cell blank. The narrow ``风险类型`` column broke its WORD across two rows
  (``制度机`` over ``制风险``, ``岗位职`` over ``责风险``); a point's text goes on in the row below
  (``国有建设用地使用权出让底价`` over ``泄露给意向竞买人``) with the type, level and measures blank;
  and a row after it holds nothing but the rest of the measures. The table's heading row is
  REPEATED at the top of the second page, under a page number line (``第 1 页 共 2 页``). The README's
  读得懂的表 and docs/layouts.md know a heading broken over two rows (HEADS_BROKEN_ACROSS_ROWS), a
  row cut by a page break whose rest opens the next page under the repeated heading, and a point's
  rest typed on into the row below when the row above broke off mid-sentence or the table numbers
  and grades every point (the rest filling nothing but the point and measures cells); they do not
  describe a record whose TYPE WORD itself is broken over two rows (the continuation row fills the
  type cell too, so it is refused), nor a continuation of ONLY measures after a point's continuation
  row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a paper on the 食品安全战略 and its
抽检监测; a paper on 家庭医生签约 and its 为签而签; a hospital's 八项行业纪律 against 回扣, 开单提成 and
红包; a 省's 民办教育机构管理办法 on 审批 and 年检; a 学校食材统一配送 plan; a 县's 生态护林员 补贴 and its
考勤, 审核 and 一卡通 发放; the 中央水利建设基金 财务管理 rules; a 市不动产登记中心's 窗口 service) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare compound surnames 侯莫 and 胡母 with rare given names); every
unit is a body of 武宣县.

Run ``python tests/published/score.py --set batch987`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a record is the numbered row and the rows under it down to the next numbered
  row (or the page number line, the repeated heading, the ``注：`` line): its point is the texts
  of its point cells joined in order (``国有建设用地使用权出让底价泄露给意向竞买人``), its type the
  type cells joined (``制度机`` + ``制风险`` is 制度机制), its level the numbered row's; the page
  number line and the repeated heading are no points;
- ``局领导`` (a 股室 cell) and ``一、局领导`` are the 科室 of the 局's leaders; a 局's 股, 站 and 大队, a
  hospital's 科, a school's 处 are 科室; the 卫健局's cards and the 教育局's list name no 科室;
- the 局, the 医院 and the 中学 are units of their own: 局长, 副局长, 院长, 副院长 and 校长 are leaders;
  股长, 站长, 科主任, 主任 of a 处 (``总务处主任``) and 大队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 教育局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, ``一级风险/…`` and ``高风险/中风险/低风险``
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

PREFIX = "b987_"
PLACE = "武宣县"
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

# (股室, 岗位, 姓名, tier, 风险等级, page, the record's rows: (风险点 piece, 风险类型 piece, 防控措施
# piece), None where the row leaves that cell blank). A row of the PDF's cell lines each.
PDF_RECORDS = [
    ("局领导", "局长", "侯莫澂翊", "leader", "一级", 1, [
        ("国有建设用地使用权出让底价", "制度机", "出让底价由局党组会集体"),
        ("泄露给意向竞买人", "制风险", "确定，知悉人员签订保密承诺，"),
        (None, None, "出让全程纪检监督。"),
    ]),
    ("局领导", "局长", "侯莫澂翊", "leader", "一级", 1, [
        ("为亲友违规办理用地审批", "思想道", "领导干部插手干预登记报告，"),
        ("打招呼", "德风险", "定期廉政谈话。"),
    ]),
    ("局领导", "副局长", "胡母珩", "leader", "二级", 1, [
        ("土地征收补偿安置费用审核", "岗位职", "补偿费用按标准测算，经股室、"),
        ("不严、虚增面积", "责风险", None),
        (None, None, "分管领导两级审核并公示。"),
    ]),
    ("不动产登记中心", "主任", "胡母瑀澈", "middle", "二级", 2, [
        ("不动产登记资料审核把关不严，", "业务流", "登记事项网上办理，审核"),
        ("违规办理抵押、转移登记", "程风险", "与登簿分设岗位，每月抽查。"),
    ]),
    ("不动产登记中心", "登记员", "侯莫沄", "general", "三级", 2, [
        ("窗口办件中吃拿卡要、故意", "外部环", "窗口设监督电话，办件评价"),
        ("刁难办事群众", "境风险", "“好差评”，按月通报。"),
    ]),
    ("耕地保护股", "股长", "胡母翯", "middle", "二级", 2, [
        ("耕地占补平衡指标核定", "制度机", "指标核定两人现场核查，"),
        ("弄虚作假", "制风险", None),
        (None, None, "结果经局务会审定。"),
    ]),
    ("耕地保护股", "股长", "胡母翯", "middle", "三级", 2, [
        ("卫片图斑核查走过场", "岗位职", "图斑核查留存影像，"),
        (None, "责风险", "抽查复核。"),
    ]),
]  # fmt: skip


def pdf_record_points() -> list[tuple[str, str, str, str, int, list[str]]]:
    """(股室, 岗位, 姓名, 风险点, level, types) of each record: its point and type pieces joined."""
    out = []
    for dept, post, who, _tier, lv, _page, rows in PDF_RECORDS:
        point = "".join(p for p, _t, _m in rows if p)
        typ = "".join(t for _p, t, _m in rows if t)
        out.append((dept, post, who, point, GRADES[lv], types_in(typ)))
    return out


PDF_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")


def wuxuan_natural_resources_pdf_rows() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("Table 1", [5, 12, 8, 9, 26, 8, 8, 26])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险防控一览表", None, None, None, None, None, None, None)
    sh.add(*PDF_HEAD)
    page = 1
    for n, (dept, post, who, tier, lv, at, rows) in enumerate(PDF_RECORDS, 1):
        if at != page:
            sh.add(None, None, None, "第 1 页 共 2 页", None, None, None, None)
            sh.add(*PDF_HEAD)  # the heading row repeated on the next page
            page = at
        for i, (point, typ, measures) in enumerate(rows):
            if i == 0:
                sh.add(n, dept, post, who, point, typ, lv, measures)
            else:
                sh.add(None, None, None, None, point, typ, None, measures)
        joined = "".join(p for p, _t, _m in rows if p)
        kind = "".join(ty for _p, ty, _m in rows if ty)
        assert len(types_in(kind)) == 1 and not any(types_in(ty) for _p, ty, _m in rows if ty)
        t.point(sh.name, dept, post, who, tier, joined, types_in(kind), GRADES[lv])
    sh.add(
        "注：风险等级分为一级、二级、三级，一级为最高。", None, None, None, None, None, None, None
    )
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年6月", None)
    sh.add(None, None, None, "第 2 页 共 2 页", None, None, None, None)
    return _layout(
        "wuxuan_natural_resources_pdf_rows", "https://www.048342.com/zrygcontent/post_3753814.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 PUBLISHED AS A PDF AND CONVERTED BACK TO EXCEL, after the source's "
        "account of a 市不动产登记中心's 窗口 service (大厅建设, 窗口设置, 意见收集, 队伍管理): a title, 序号/股室/岗位/姓名/"
        "廉政风险点/风险类型/风险等级/防控措施 with no merges, EACH PDF LINE ITS OWN ROW: a record over two or three rows, "
        "the TYPE WORD broken across two rows (``制度机`` over ``制风险``), the point's rest in the row below with the "
        "other cells blank, a row of only the measures' rest after it; the heading row repeated under a page number "
        "line ``第 1 页 共 2 页``; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wuxuan_market_list() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "胡母澜", "leader", "食品生产许可审批个人说了算", "制度机制风险", "高",
         "许可事项集体审查，结果公开。"),
        ("局领导", "局长", "胡母澜", "leader", "行政处罚案件处理中说情打招呼", "外部环境风险", "高",
         "过问案件一律登记报告，案件集体审议。"),
        ("食品安全监管股", "股长", "侯莫翀", "middle", "食品安全监督抽检选择性抽样", "岗位职责风险", "中",
         "抽检任务“双随机”分配，样品封样留痕。"),
        ("食品安全监管股", "股长", "侯莫翀", "middle", "抽检不合格结果压案不查", "业务流程风险", "高",
         "不合格结果录入系统，限时核查处置。"),
        ("特种设备安全监察股", "科员", "胡母湉", "general", "特种设备检查中接受使用单位宴请", "思想道德风险", "中",
         "执法全程记录，签订廉洁承诺。"),
        ("特种设备安全监察股", "科员", "胡母湉", "general", "隐患整改复查走过场", "岗位职责风险", "低",
         "复查结果拍照留存，股室抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "wuxuan_market_list", "http://www.handmsg.com/page/2018/0328/19738521.shtml",
        "县市场监督管理局 岗位廉政风险防控一览表, after the source's paper on the 食品安全战略 (抽检监测, 生产企业抽检, "
        "监管体系): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuxuan_health_cards() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    cards = [
        ("侯莫霂岚", "副局长", "分管基层卫生、家庭医生签约服务", "leader", [
            ("基本公共卫生服务项目资金分配不公", "制度机制", "一级", "资金按绩效考核结果分配，局党组研究。"),
            ("家庭医生签约考核弄虚作假、为签而签", "岗位职责", "二级", "签约数据电话回访抽查，结果通报。"),
        ]),
        ("胡母瀞", "股长", "医政医管股全面工作", "middle", [
            ("医疗机构执业许可审查把关不严", "业务流程", "一级", "许可现场核查两人以上，结果公示。"),
            ("医疗纠纷调处中偏袒一方收受好处", "思想道德", "二级", "调处过程记录，双方签字确认。"),
        ]),
        ("侯莫珈", "科员", "卫生监督协管、投诉受理", "general", [
            ("投诉举报线索泄露给被投诉机构", "岗位职责", "二级", "线索专人登记，严守保密纪律。"),
            ("接受医疗机构吃请", "外部环境", "三级", "签订廉洁承诺书，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "局长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "wuxuan_health_cards", "http://journal.healthpolicy.cn/html/20190109.htm",
        "县卫生健康局 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's paper on "
        "家庭医生签约 and self-rated health (签约率, 为签而签, 信任关系): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/防控措施; "
        "持卡人签名/局长签名",
        sheets, t,
    )  # fmt: skip


def wuxuan_hospital_screening() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("排查表", [6, 12, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "侯莫瀛", "leader", "大型医用设备采购论证走过场", "制度机制", "Ⅰ级",
         "采购论证专家库随机抽取，院党委会研究。"),
        ("院领导", "院长", "侯莫瀛", "leader", "基建工程变更签证个人说了算", "制度机制", "Ⅰ级",
         "变更签证经监理、审计、院务会三方审核。"),
        ("药剂科", "科主任", "胡母昶", "middle", "新药引进收受医药代表回扣", "思想道德", "Ⅰ级",
         "新药引进经药事委员会集体讨论。"),
        ("药剂科", "科主任", "胡母昶", "middle", "违规为医药代表统计处方信息", "岗位职责", "Ⅱ级",
         "信息系统统方权限分级管理，操作留痕。"),
        ("药剂科", "主管药师", "侯莫琤", "general", "药品验收入库数量不实", "业务流程", "Ⅱ级",
         "验收两人签字，每月盘点。"),
        ("药剂科", "主管药师", "侯莫琤", "general", "接受患者红包、宴请", "外部环境", "Ⅲ级",
         "执行“九项准则”，公开投诉电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    sh.add("填表人：", None, "审核人：", None, "院长（签字）：", None, None, None)
    return _layout(
        "wuxuan_hospital_screening", "http://www.jhzxyy.cn/yygk/xfjs/201504/t20150410_1049686_1.html",
        "县人民医院 廉洁风险点排查表, after the source's 八项行业纪律 (开单提成, 小金库, 红包, 回扣, 自立项目收费, 药品集中"
        "招标采购): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 on EVERY row/风险点/"
        "风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def wuxuan_education_posts() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("清单", [6, 16, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 5)
    sh.add("序号", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局长", "leader", "民办学校设立审批个人说了算", "高风险", "审批事项集体研究，结果公示。"),
        ("局长", "leader", "教师招聘中为亲友打招呼", "高风险", "招聘全程纪检监督，领导干部回避。"),
        ("民办教育股股长", "middle", "民办学校年检降低标准", "中风险", "年检现场核查，结果公开。"),
        ("民办教育股股长", "middle", "对违规办学举报查处不力", "中风险", "举报线索台账管理，限时办结。"),
        ("学生资助管理员", "general", "资助对象认定审核不严", "中风险", "资助名单班级、学校两级公示。"),
        ("学生资助管理员", "general", "资助资金发放截留、延迟", "低风险", "资金通过一卡通直接发放到户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures)
        t.point(sh.name, "", post, "", tier, point, [], HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", "2025年4月", None)
    return _layout(
        "wuxuan_education_posts", "https://bdocx.com/doc/9843061.html",
        "县教育局 岗位廉政风险防控清单 对岗不对人, after the source's 省 民办教育机构管理办法 (设置审批, 谁审批谁管理, 年检, "
        "办学许可): a title, 序号/岗位 merged per post/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no names; "
        "no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wuxuan_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("胡母璟", "校领导", "校长", "leader", [
            ("大宗食材供应商选定个人说了算", "★★★", "供应商公开招标，校务会集体研究。", "已落实"),
            ("校服征订中收受厂家好处", "★★★", "校服征订家长委员会参与，自愿征订。", "已落实"),
        ]),
        ("侯莫璆", "总务处", "总务处主任", "middle", [
            ("食材验收数量、质量把关不严", "★★", "食材验收两人以上，索证索票。", "未发现问题"),
            ("食堂结余资金不清退", "★★", "食堂账目按月公示，结余滚动使用。", "已落实"),
        ]),
        ("胡母沅", "总务处", "会计", "general", [
            ("报销票据审核不严", "★★", "票据审核签字留痕。", "已落实"),
            ("学生伙食费收支不入账", "★", "伙食费专账核算，定期对账。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在处室", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "校长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wuxuan_school_selfchecks", "http://www.bjjpsf.com/zhutijiaoyu/135480/",
        "县第二中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 学校食材统一配送 "
        "plan (蔬菜质量, 储存库房, 配送公司): a title, a label row ``姓　名 | 所在处室 | 职　务 | 自查日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type column; "
        "``本人签名： | 校长意见：``",
        sheets, t,
    )  # fmt: skip


def wuxuan_forestry_group_rows() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "胡母翾", "leader", [
                ("林木采伐限额分配不公开", "一级风险", "采伐限额分配方案局党组研究并公示。"),
                ("生态护林员选聘打招呼", "二级风险", "选聘结果乡、村两级公示。"),
            ]),
        ]),
        ("二、资源管理股", "资源管理股", [
            ("股长", "侯莫岍", "middle", [
                ("林木采伐许可证超限额发放", "一级风险", "许可证网上核发，限额系统控制。"),
            ]),
            ("科员", "胡母靓", "general", [
                ("采伐伐区设计验收不到场", "二级风险", "伐区验收两人以上，影像留存。"),
                ("使用林地审核材料把关不严", "三级风险", "审核材料股室复核。"),
            ]),
        ]),
        ("三、林业工作站", "林业工作站", [
            ("站长", "侯莫珝", "middle", [
                ("生态护林员考勤弄虚作假", "二级风险", "考勤表按月报送，乡镇抽查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "wuxuan_forestry_group_rows", "https://xjht.gov.cn/article/show.php?itemid=305270",
        "县林业局 廉政风险防控责任清单 under GROUP ROWS, after the source's 生态护林员 补贴 page (选聘公告, 乡镇审核, "
        "考勤, 补助资金发放表, 一卡通发放): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、局领导``, ``二、资源管理股``, ``三、林业工作站`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def wuxuan_water_screening() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "侯莫昀", "leader", "水利建设资金安排", "水利建设基金项目安排不按规划、优亲厚友",
         "制度机制风险", "高", "项目安排经局党组会集体研究并公示。"),
        ("局领导", "副局长", "胡母澍", "leader", "工程质量监督", "水利工程质量监督检查中收受施工单位好处",
         "思想道德风险", "高", "质量监督“四不两直”，结果公开。"),
        ("规划建设股", "股长", "侯莫瑗", "middle", "工程计量支付", "工程计量审核不严，虚增工程量",
         "岗位职责风险", "中", "计量支付经监理、股室、分管领导三级审核。"),
        ("规划建设股", "股长", "侯莫瑗", "middle", "防汛物资采购", "防汛应急物资采购化整为零规避招标",
         "业务流程风险", "中", "物资采购按规定程序，验收入库登记。"),
        ("水政监察大队", "执法员", "胡母沨", "general", "河道采砂执法", "非法采砂处罚中说情减免",
         "外部环境风险", "中", "执法全程记录，案件集体审议。"),
        ("水政监察大队", "执法员", "胡母沨", "general", "河道巡查", "河道巡查不到位、发现问题不报告",
         "岗位职责风险", "低", "巡查日志按周报送，股室抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年4月", None)
    return _layout(
        "wuxuan_water_screening", "http://taximeter.com.cn/147592333472733989325.html",
        "县水利局 廉政风险点排查表, after the source's 中央水利建设基金 财务管理 rules (专款专用, 防洪工程支出, 预决算): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wuxuan_natural_resources_pdf_rows(),
    wuxuan_market_list(),
    wuxuan_health_cards(),
    wuxuan_hospital_screening(),
    wuxuan_education_posts(),
    wuxuan_school_selfchecks(),
    wuxuan_forestry_group_rows(),
    wuxuan_water_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch987-inbox"))
