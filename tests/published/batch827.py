"""The eight-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 墨江县 (of 普洱市, 云南省) — its 卫生健康局, 卫生监督所, 疾病预防控制中心, 妇幼保健院, 中医医院,
联珠镇中心卫生院 and 通关镇中心卫生院 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its
staff typed in WPS or Excel:

- the 卫生健康局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), ``一级/二级/三级``, a ``注：`` line;
- the 卫生监督所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  高/中/低, no type column, 持卡人（签字）;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 妇幼保健院's 清单 under GROUP ROWS ``一、院领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``★★★/★★/★`` read by a ``注：`` line;
- the 中医医院's 一览表 in TWO SHEETS: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``高风险/中风险/低风险``;
- the 联珠镇中心卫生院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``, no type column;
- the 通关镇中心卫生院's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低, a 填表人/审核人 line.

One is harder:

- ``mojiang_peoples_hospital_duty_matrix``: the 县人民医院's 廉洁风险责任分解表, laid out ONE ROW A 科室
  and ONE COLUMN A POINT: ``序号 | 科室`` down the left (merged over two heading rows), then
  ``廉洁风险点及责任人`` merged across six columns whose second heading row names the six risk points
  (the hospital's common risks), and a third heading row ``风险等级`` (merged over the two left
  columns) giving each point's level (``一级/二级/三级``). Under every point each 科室's row NAMES THE
  HOLDER — ``科长　阚某某``, ``科主任　笪某某``, in the ward two lines ``科主任　…⏎护士长　…`` — or says
  ``/`` (not involved). A closing ``防控措施`` row (merged over the left two columns) gives each
  point's measure, a ``注：`` line says what the cells hold. There is no 岗位 or 姓名 column: the
  holders stand ONLY in the matrix cells. The README's 读得懂的表 knows a post a row with points
  across whose cells hold the post's LEVEL, MEASURE or ``√`` (the row being the holder), and the
  transposed shape — one row a point with ``各单位责任人`` / ``责任区域`` merged over unit or place
  columns whose cells name holders; it does not describe 科室 down and points across with the
  holders named in the cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (唐河县人民医院 院长受贿 — 药械招标
陪标, 医疗设备招标 漏洞; 说理式卫生行政执法 — 卫生窗口 许可审查, 医政科, 防保科; 湖南省卫生行政处罚
裁量权基准 — 非法行医, 处罚幅度, 阶次; 华亭县 疫苗冷藏包 配发 — 接种单位, 冷链, 免疫规划信息系统;
妇女儿童健康 — 产前筛查, 新生儿疾病筛查, 出生医学证明 签发; 攀枝花市妇幼保健院 特检科 — 设备采购
量身定制参数, 回扣; 华容县妇女儿童保健指南 — 住院分娩补助, 产后访视, 儿童体检; 健康西山行动 —
慢病管理, 健康教育, 基本公共卫生) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 笪 and 阚
with rare given names); every unit is a body of 墨江县.

Run ``python tests/published/score.py --set batch827`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every cell naming a holder makes that column's point a point of that holder,
  in the row's 科室, with the post the cell writes before the name and the level the ``风险等级``
  row gives; a cell of two lines names two holders (each has the point); ``/`` is none; the
  ``防控措施`` row, the ``注：`` line and the sign-off are no points;
- ``局领导``, ``院领导`` (a group row, a sheet) are the 科室 of those leaders; the 中医医院's leaders
  (sheet ``院领导``, no 科室 column) and the cards' leaders have no 科室;
- 局长, 副局长, 所长, 副所长, 院长, 副院长 and a 中心's 主任 and 副主任 are leaders; 科长, 科主任, 护士长,
  股长 and an 办公室's 主任 middle; the rest (医师, 药师, 会计, 出纳, 监督员, 检验师, 护士, 公卫医生,
  收费员, 采购员, 科员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b827_"
PLACE = "墨江县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the six points across: (廉洁风险点, 风险等级, 防控措施)
POINTS = [
    (
        "医疗设备采购技术参数量身定制、指定品牌",
        "一级",
        "采购需求经设备管理委员会论证，参数须满足三个以上品牌。",
    ),
    ("药品耗材遴选、采购中收受供应商回扣", "一级", "药事会集体遴选，供应商签订廉洁购销合同。"),
    ("开单提成、诱导患者做不必要的检查检验", "二级", "开展处方和检查单点评，异常开单约谈。"),
    ("医保基金违规结算、挂床住院、串换项目", "一级", "医保智能审核全覆盖，每月抽查在院病人。"),
    ("收受患者及家属“红包”、礼品", "二级", "签订医患双方不收不送“红包”协议，设举报电话。"),
    ("科室绩效二次分配不公开、优亲厚友", "三级", "二次分配方案经科室会讨论并在科内公示。"),
]

# the 科室 down: (科室, one cell a point — the holders as (post, name), or NONE)
DEPTS = [
    ("设备科", [[("科长", "阚蓁岘")], NONE, NONE, NONE, NONE, [("科长", "阚蓁岘")]]),
    ("药剂科", [NONE, [("科主任", "笪蓥翮")], NONE, NONE, NONE, [("科主任", "笪蓥翮")]]),
    ("检验科", [[("科主任", "阚琝湉")], NONE, [("科主任", "阚琝湉")], NONE, NONE, NONE]),
    ("医疗保障科", [NONE, NONE, NONE, [("科长", "笪窈琛")], NONE, NONE]),
    ("内一科", [NONE, [("科主任", "阚翕澂")], [("科主任", "阚翕澂")],
              [("科主任", "阚翕澂"), ("护士长", "笪瑅岘")],
              [("科主任", "阚翕澂"), ("护士长", "笪瑅岘")], NONE]),
]  # fmt: skip


def _cell(holders) -> str:
    return holders if holders == NONE else "\n".join(f"{p}{GAP}{n}" for p, n in holders)


def mojiang_peoples_hospital_duty_matrix() -> dict:
    unit = f"{PLACE}人民医院"
    n = len(POINTS)
    ncols = 2 + n
    sh = _Sheet("责任分解表", [6, 12] + [18] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险责任分解表", ncols)
    _line(sh, f"填报单位：{unit}纪检监察室{GAP * 12}2025年5月", ncols)
    top = sh.add(
        "序号",
        "科室",
        "廉洁风险点及责任人（格内填写本科室直接责任岗位及人员）",
        *([None] * (n - 1)),
    )
    sh.merge(top, 2, top, ncols - 1)
    sh.add(None, None, *[p for p, _, _ in POINTS])
    sh.merge(top, 0, top + 1, 0)
    sh.merge(top, 1, top + 1, 1)
    r = sh.add("风险等级", None, *[lv for _, lv, _ in POINTS])
    sh.merge(r, 0, r, 1)
    for i, (dept, cells) in enumerate(DEPTS, 1):
        sh.add(i, dept, *[_cell(c) for c in cells])
    for dept, cells in DEPTS:
        for (point, lv, _), holders in zip(POINTS, cells, strict=True):
            if holders == NONE:
                continue
            for post, who in holders:
                t.point(sh.name, dept, post, who, "middle", point, [], GRADES[lv])
    r = sh.add("防控措施", None, *[m for _, _, m in POINTS])
    sh.merge(r, 0, r, 1)
    _line(sh, "注：表中各格填写本科室对该风险点负直接责任的岗位及人员，“/”表示本科室不涉及该风险点；风险等级由医院廉洁风险防控领导小组统一评定。",
          ncols)  # fmt: skip
    sh.add("纪检监察室（盖章）", None, None, "审核：", None, None, "院长（签字）：", None)
    return _layout(
        "mojiang_peoples_hospital_duty_matrix", "http://www.antpedia.com/news/35/n-125635.html",
        "(harder) 县人民医院 廉洁风险责任分解表, after the source's 唐河县人民医院 院长受贿 (药械招标陪标, 医疗设备招标漏洞): "
        "a title, a merged 填报单位/date line, ONE ROW A 科室 (序号/科室 merged over two heading rows) and ONE COLUMN A POINT "
        "(廉洁风险点及责任人 merged over six point headings), a 风险等级 heading row (一级/二级/三级) under the points; each "
        "cell NAMES the 科室's holder(s) of the column's point (``科长　某某``, two lines ``科主任　…⏎护士长　…``) or ``/``; "
        "a closing 防控措施 row, a merged ``注：`` line and a 盖章/审核/院长（签字） line; no 岗位 or 姓名 column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mojiang_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "笪翚蘅", "leader", [
            ("医疗机构设置审批中打招呼、违规干预", "制度机制风险", "一级", "设置审批经局务会集体研究，结果网上公示。"),
            ("卫生健康项目资金分配个人说了算", "岗位职责风险", "一级", "项目资金分配方案经党组会研究，分配结果公开。"),
        ]),
        ("医政医管科", "科长", "阚峄琼", "middle", [
            ("医疗机构执业许可现场审查走过场", "业务流程风险", "二级", "现场审查两人以上，审查意见说明事实和理由。"),
            ("医疗纠纷调处中偏袒一方", "思想道德风险", "二级", "调处过程记录存档，当事人签字确认。"),
        ]),
        ("行政审批窗口", "科员", "笪朓璐", "general", [
            ("卫生许可申请材料审核不严、先办后补", "业务流程风险", "二级", "窗口受理一次性告知，不予受理的书面说明理由。"),
            ("向申请人推荐中介代办收取好处", "思想道德风险", "三级", "窗口公开办事指南和监督电话，实行好差评。"),
        ]),
        ("规划财务科", "会计", "阚骃沨", "general", [
            ("基本公共卫生服务补助资金拨付不按考核结果", "制度机制风险", "一级", "资金按绩效考核结果拨付，拨付明细公示。"),
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
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "mojiang_health_bureau_list", "https://www.meizhang.com/haowen/36826.html",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 说理式卫生行政执法 (卫生窗口 许可审查, 医政科, 防保科, "
        "不予受理说明理由): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def mojiang_health_inspection_cards() -> dict:
    unit = f"{PLACE}卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "阚婳璎", "所长", "主持全所工作，分管案件审理", "leader", [
            ("非法行医案件处罚畸轻畸重、以罚代刑", "高", "严格执行处罚裁量基准，重大案件集体讨论。"),
            ("为被处罚单位说情、减免罚款", "中", "罚没款统一缴入国库，说情干预登记报告。"),
        ]),
        ("副所长", "笪湑珂", "副所长", "分管医疗卫生监督、公共场所监督", "leader", [
            ("监督检查计划随意调整、选择性检查", "中", "双随机抽查，检查对象系统随机产生。"),
            ("公共场所卫生许可审查把关不严", "低", "许可审查实行承办、审核、审批三级把关。"),
        ]),
        ("监督员", "阚珹霈", "监督员", "医疗卫生监督", "general", [
            ("现场检查接受被检查单位宴请", "高", "检查两人以上，出示执法证件，签订廉洁承诺。"),
            ("调查取证不全、隐瞒违法事实", "中", "全程执法记录仪记录，案卷评查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "mojiang_health_inspection_cards",
        "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2010-09/09/content_1698985.htm",
        "县卫生监督所 岗位廉政风险防控卡, one sheet a person, after the source's 湖南省卫生行政处罚裁量权基准 (非法行医, "
        "处罚幅度, 一般/较重/严重违法 阶次): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 高/中/低/防控措施; no type column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def mojiang_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "冷链设备配发", "疫苗冷藏包、冰箱配发向关系单位倾斜", "Ⅰ级",
         "配发方案按接种单位登记数量制定，配发结果录入信息系统。"),
        ("免疫规划科", "科长", "middle", "非免疫规划疫苗采购", "疫苗采购需求计划虚报、收受企业好处", "Ⅰ级",
         "需求计划按接种单位汇总，平台采购全程留痕。"),
        ("免疫规划科", "科员", "general", "疫苗出入库", "疫苗出入库登记不实、私自调拨", "Ⅱ级",
         "出入库扫码追溯，每月盘点账实核对。"),
        ("检验科", "检验师", "general", "委托检测", "委托检测数据篡改、出具不实报告", "Ⅱ级",
         "原始记录双人复核，报告授权签字。"),
        ("办公室", "出纳", "general", "现金管理", "现场流调补助现金发放不签字", "Ⅲ级",
         "补助通过银行转账，不发放现金。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "mojiang_cdc_posts", "http://cdxwjc.com/html/news/2014/12/1413.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's 华亭县 疫苗冷藏包 配发 (接种单位, 冷链设备, "
        "免疫规划监测信息管理系统, 杜绝截留): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mojiang_maternal_child_group_rows() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "阚湑岷", "leader", [
                ("免费产前筛查项目检测机构确定不经集体研究", "★★★", "检测机构按政府采购程序确定，院务会研究。"),
                ("职工招聘中优亲厚友", "★★", "招聘方案报县卫生健康局备案，面试结果公示。"),
            ]),
        ]),
        ("二、保健部", "保健部", [
            ("部长", "笪璿峁", "middle", [
                ("出生医学证明签发审核不严、违规补发", "★★★", "签发实行身份核验，补发经两人审核并登记。"),
            ]),
            ("医师", "阚玹荻", "general", [
                ("新生儿疾病筛查血片采集登记弄虚作假", "★★", "采集登记与分娩记录逐一核对，按月通报筛查率。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("收费员", "笪骢湝", "general", [
                ("筛查项目收费后不开票、截留挪用", "★", "收费系统开票，日结日清，财务科每周抽查。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "mojiang_maternal_child_group_rows", "https://news.43t.com.cn/n/44865.html",
        "县妇幼保健院 廉政风险防控责任清单, after the source's 妇女儿童健康 (免费产前筛查, 新生儿疾病筛查, 出生医学证明签发, "
        "身份核查): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``★★★/★★/★``/防控措施 under GROUP ROWS ``一、院领导``, "
        "``二、保健部``, ``三、财务科`` merged across; 岗位 and 姓名 merged per person; a ``注：`` line reading the stars",
        [sh], t,
    )  # fmt: skip


def mojiang_tcm_hospital_two_sheets() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}院领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("笪毓峒", "院长", "主持全面工作", [
            ("大型医疗设备采购参数量身定制", "高风险", "采购需求由设备管理委员会论证，参数公开征求意见。"),
            ("基建维修工程发包插手干预", "高风险", "工程项目一律进入公共资源交易中心。"),
        ]),
        ("阚璎岐", "副院长", "分管医务、药事", [
            ("中药饮片供应商遴选暗箱操作", "中风险", "遴选由药事会集体研究，结果院内公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HIGHS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("药剂科", "科主任", "笪荇澴", "middle", "中药饮片验收降低标准、以次充好", "高风险",
         "饮片验收双人进行，不合格品登记退货。"),
        ("药剂科", "药师", "阚旸溦", "general", "统计医生处方用药量提供给医药代表", "中风险",
         "处方信息系统设权限，统方查询留痕。"),
        ("特检科", "科主任", "笪珧芑", "middle", "科室设备购置申请照抄某一型号参数", "高风险",
         "购置申请由设备科审核参数，不得指向特定品牌。"),
        ("财务科", "会计", "阚淼翚", "general", "报销凭证审核不严、虚列支出", "低风险", "报销附合同和验收单，按月对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], HIGHS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：院办", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "mojiang_tcm_hospital_two_sheets", "http://lzfz.org.cn/show-26041.html",
        "县中医医院 廉政风险防控一览表 in TWO SHEETS, after the source's 攀枝花市妇幼保健院 特检科 (设备采购 量身定制参数, "
        "设备管理委员会, 回扣): sheet 院领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``高风险/中风险/低风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mojiang_lianzhu_health_center_selfchecks() -> dict:
    unit = f"{PLACE}联珠镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("阚珂澥", "院领导", "院长", "leader", [
            ("农村孕产妇住院分娩补助审核把关不严", "一级风险", "补助凭户口本、住院票据审核，名单公示。", "已落实"),
            ("药品采购不在平台上进行", "一级风险", "药品全部通过省平台采购，每月对账。", "未发现问题"),
        ]),
        ("笪岘淇", "公共卫生科", "公卫医生", "general", [
            ("产后访视、儿童体检记录补记编造", "二级风险", "访视记录附照片定位，科室按月抽查回访。", "已落实"),
            ("基本公共卫生服务数据虚报", "一级风险", "数据与健康档案比对，乡村两级交叉核查。", "已落实"),
        ]),
        ("阚澥琪", "药房", "药师", "general", [
            ("药品出入库不登记、账物不符", "三级风险", "药品进销存系统管理，每季度盘点。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mojiang_lianzhu_health_center_selfchecks",
        "http://www.huarong.gov.cn/33159/37006/37008/37039/37275/content_1144654.html",
        "镇中心卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 华容县妇女儿童保健"
        "指南 (早孕建卡, 农村孕产妇住院分娩补助, 产后访视, 儿童体检): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def mojiang_tongguan_health_center_list() -> dict:
    unit = f"{PLACE}通关镇中心卫生院"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "笪瀞琨", "leader", "乡村医生基本药物补助分配不公", "制度机制", "高",
         "补助按考核结果分配，分配表在各村公示。"),
        ("院领导", "院长", "笪瀞琨", "leader", "村卫生室设备配置向熟人倾斜", "岗位职责", "中",
         "配置计划经院务会研究，报县卫生健康局备案。"),
        ("公共卫生科", "科长", "阚岈璘", "middle", "慢性病患者随访考核走过场", "业务流程", "中",
         "随访记录电话回访抽查，考核结果与补助挂钩。"),
        ("公共卫生科", "科长", "阚岈璘", "middle", "健康教育活动经费虚列", "思想道德", "低",
         "活动照片、签到表存档，经费按实报销。"),
        ("收费室", "收费员", "笪翛蓁", "general", "住院押金收取不开票、截留", "业务流程", "高",
         "押金收取系统开票，每日与财务对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "mojiang_tongguan_health_center_list", "http://www.kmxs.gov.cn/c/2021-01-15/4999839.shtml",
        "镇中心卫生院 岗位廉政风险防控一览表, after the source's 健康西山行动实施方案 (慢性病防治, 健康教育, 基层医疗卫生机构, "
        "基本公共卫生服务): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mojiang_peoples_hospital_duty_matrix(),
    mojiang_health_bureau_list(),
    mojiang_health_inspection_cards(),
    mojiang_cdc_posts(),
    mojiang_maternal_child_group_rows(),
    mojiang_tcm_hospital_two_sheets(),
    mojiang_lianzhu_health_center_selfchecks(),
    mojiang_tongguan_health_center_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch827-inbox"))
