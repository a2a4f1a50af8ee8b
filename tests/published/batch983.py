"""The nine-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 政府工作部门 and
their 事业单位, 鄂托克前旗 (鄂尔多斯市, 内蒙古自治区) — its 自然资源局, 教育体育局, 乌兰牧骑, 司法局,
发展和改革委员会, 蒙古族学校, 市场监督管理局 and 能源局 — each handing back the 一览表, 防控卡, 排查表, 清单 or
自查表 its staff typed in WPS or Excel:

- the 教育体育局's 一览表: ``股室`` merged (``局领导``, ``计划财务股``, ``学生资助管理股``, ``体育股``),
  ``职务 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``;
- the 乌兰牧骑's 防控卡, one sheet a person (tabs named by the person): ``持卡人 | … | 职务 | …`` and a
  merged 岗位职责 line, short types under ``风险类别``, 高/中/低;
- the 司法局's 排查表: ``股室`` merged — ``局领导``, two 股 and a 司法所 (``敖勒召其司法所``) —,
  ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``具体表现``,
  ``高风险/中风险/低风险``, no type column;
- the 发展和改革委员会's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types under ``风险类别``,
  ``一级风险/二级风险/三级风险``; no names;
- the 蒙古族学校's 自查表, one sheet a person: a label row ``姓　名 | 所在处室 | 职　务 | 填表日期`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``防控措施 | 自查结果``, no type column;
- the 市场监督管理局's 清单 under GROUP ROWS ``一、局领导``, ``二、敖勒召其市场监督管理所`` … (no 科室
  column), ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 能源局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``股室 | 岗位 | 责任人`` on EVERY row,
  ``…风险`` types, ``重点防控/一般防控/常规防控``.

One is harder:

- ``etq_natural_resources_code_key_sheet``: the 自然资源局's 一览表, an ordinary list (``序号 | 股室 |
  岗位 | 姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施``; 股室 merged; 岗位 and 姓名 merged per
  person) whose type column holds two-letter CODES (``SX``, ``ZD``, ``GW``, ``YW``, ``WB``) and whose
  level column holds ``甲/乙/丙``; no sentence on the list says what they mean: a second sheet
  ``代码说明`` holds two small KEY TABLES, each under a caption (``一、风险类别代码``, ``二、风险等级代码``)
  and a heading ``代码 | 含义``, one row a code (``SX | 思想道德风险``, ``甲 | 一级风险（高）``). The
  README's 读得懂的表 and docs/layouts.md know type codes that a 填表说明 SENTENCE defines
  (``A—思想道德风险，B—制度机制风险…``, TYPE_CODES, one character a code), codes in a header's
  comment, a drop-down prompt, a header or a footer, a ``标识 | 含义`` box beside a level column of
  colour words, and a ``代码 | 防控措施`` table for measures; they do not describe a KEY TABLE of rows
  on a sheet of its own that gives the type column's and the level column's codes their meaning.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (鄂尔多斯市's order for the keeping of
自然资源 — 依法批地, 矿业权竞争性出让, 违法用地查处; 内蒙古's 学生资助 from 学前 to 高校; a 乌兰牧骑's sixty
years on the 草原; 内蒙古's 法治政府建设 plan; a 旗's 政府工作报告; 内蒙古's 边境旗市 民族教育 and its
寄宿生 补助; 准格尔旗's 基层站所 “五好一满意” 评议; a 旗's 国土资源局 approving the 征收 of 嘎查 land for a
洗煤厂) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare compound surnames 叔梁 and 车非 with rare given
names); every unit is a body of 鄂托克前旗.

Run ``python tests/published/score.py --set batch983`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's type is the key's meaning of its ``风险类别`` code and its level
  the key's meaning of its ``风险等级`` code (``甲 | 一级风险（高）`` is 1); the key tables, their
  captions and headings are no points and name nobody;
- a 司法所 written in the 司法局's ``股室`` column and a 市场监督管理所 written as a group row are 科室
  of their 局, the 局 the unit; their 所长 are middle;
- ``局领导`` (a 股室 cell, a group row) is the 科室 of the 局's leaders; a 局's 股 and 大队 are 科室;
  the 学校's 处 are 科室 and ``校领导`` the 科室 of its leaders; the 乌兰牧骑's cards and the
  发展和改革委员会's list name no 科室;
- the 局, the 委, the 乌兰牧骑 and the 学校 are units of their own: 局长, 副局长, 主任 and 副主任 (of the
  委), 队长 and 副队长 (of the 乌兰牧骑), 校长 and 副校长 are leaders; 股长, 大队长, 所长 and 处主任 middle;
  the rest general;
- ``风险点 | 具体表现``: the point is the short 风险点; ``岗位职责``, ``自查结果`` and ``填表日期`` are no
  points and name no holder; the 发展和改革委员会's list names no person: its forms are posts;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低, ``高风险/中风险/低风险``
  and ``重点防控/一般防控/常规防控`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b983_"
PLACE = "鄂托克前旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GUARDS = {"重点防控": 1, "一般防控": 2, "常规防控": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 代码说明 sheet's two key tables: (caption, [(代码, 含义)])
TYPE_KEY = [
    ("SX", "思想道德风险"),
    ("ZD", "制度机制风险"),
    ("GW", "岗位职责风险"),
    ("YW", "业务流程风险"),
    ("WB", "外部环境风险"),
]
LEVEL_KEY = [("甲", "一级风险（高）"), ("乙", "二级风险（中）"), ("丙", "三级风险（低）")]
KEYS = [("一、风险类别代码", TYPE_KEY), ("二、风险等级代码", LEVEL_KEY)]
KEYED_LEVELS = {"甲": 1, "乙": 2, "丙": 3}

# (股室, 岗位, 姓名, tier, [(廉政风险点, 类别代码, 等级代码, 防控措施)])
BY_CODES = [
    ("局领导", "局长", "叔梁砚澂", "leader", [
        ("矿业权出让方案制定中个人说了算", "ZD", "甲", "矿业权一律竞争性出让，出让方案经党组会集体研究。"),
        ("为亲友违规办理用地手续打招呼", "SX", "甲", "落实插手干预重大事项记录报告制度，定期通报。"),
    ]),
    ("局领导", "副局长", "车非翙", "leader", [
        ("建设项目用地预审把关不严", "GW", "乙", "用地预审经业务股室、分管领导两级审核。"),
        ("接受用地企业宴请、礼品", "WB", "乙", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
    ("国土空间规划股", "股长", "叔梁沣", "middle", [
        ("规划条件擅自调整容积率等指标", "YW", "甲", "规划条件调整经规委会审议并公示。"),
        ("规划许可不按时限办理、吃拿卡要", "SX", "丙", "许可事项进驻政务服务大厅，办理时限公开。"),
    ]),
    ("矿产资源管理股", "股长", "车非璈", "middle", [
        ("矿山储量年报审核走过场", "GW", "乙", "年报审核实行实地抽查，审核意见存档。"),
        ("矿业权出让收益征收不足额", "ZD", "乙", "出让收益按合同逐笔核对，与财政、税务对账。"),
    ]),
    ("执法监察大队", "队员", "叔梁珣", "general", [
        ("违法用地查处中以罚代拆", "YW", "甲", "违法用地案件集体审理，处理结果公开。"),
        ("巡查发现违法占用草原、耕地不报告", "GW", "丙", "巡查记录上传动态巡查系统，每月通报。"),
    ]),
    ("确权登记股", "登记员", "车非琤", "general", [
        ("不动产登记资料违规查询、泄露", "WB", "丙", "登记资料查询凭证件登记，系统留痕。"),
        ("登记材料审核不严造成错登", "YW", "乙", "登记实行受理、审核、登簿分离。"),
    ]),
]  # fmt: skip


def keyed() -> tuple[dict[str, str], dict[str, int]]:
    """The key tables as read: type code -> short type, level code -> level."""
    kinds = {code: types_in(means)[0] for code, means in TYPE_KEY}
    levels = {code: RISKS[means[:4]] for code, means in LEVEL_KEY}
    return kinds, levels


def etq_natural_resources_code_key_sheet() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 9, 10, 38, 10, 10, 36])
    t = _Truth(unit)
    kinds, levels = keyed()
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_CODES:
        for point, kind, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, kind, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [kinds[kind]], levels[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, None, "2025年6月", None)
    key = _Sheet("代码说明", [10, 24])
    _line(key, "代码说明", 2)
    for caption, rows in KEYS:
        key.add(caption, None)
        key.add("代码", "含义")
        for code, means in rows:
            key.add(code, means)
        key.add(None, None)
    return _layout(
        "etq_natural_resources_code_key_sheet", "http://ordoszxqy.org.cn/policy/info/3649",
        "(harder) 旗自然资源局 岗位廉政风险防控一览表, after the source's 市 order for the keeping of 自然资源 (依法批地、"
        "用地, 矿业权竞争性出让, 规划管控, 违法用地查处): a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类别 two-letter CODES (``SX``, ``ZD``, ``GW``, ``YW``, ``WB``)/风险等级 ``甲/乙/丙``/防控措施, "
        "a 填表人/审核人/date line; a second sheet ``代码说明`` with two KEY TABLES under captions ``一、风险类别代码`` "
        "and ``二、风险等级代码``, each headed ``代码 | 含义`` (``SX | 思想道德风险``, ``甲 | 一级风险（高）``)",
        [sh, key], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def etq_education_sports_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "车非瀛澈", "leader", "校舍建设项目发包个人说了算", "制度机制风险", "一级",
         "工程项目进入公共资源交易平台，党组会集体研究。"),
        ("局领导", "局长", "车非瀛澈", "leader", "教师调动、招聘中打招呼", "思想道德风险", "二级",
         "教师调动方案公开，结果公示。"),
        ("计划财务股", "股长", "叔梁翀", "middle", "学校公用经费拨付不及时、截留", "岗位职责风险", "二级",
         "公用经费按生均标准直拨学校，按季公开。"),
        ("学生资助管理股", "股长", "车非岫", "middle", "寄宿生生活费补助名单审核不严", "业务流程风险", "一级",
         "补助名单经学校、股室两级审核并公示。"),
        ("学生资助管理股", "股长", "车非岫", "middle", "低保家庭子女新生资助材料把关不严", "岗位职责风险", "二级",
         "资助材料与民政低保数据比对。"),
        ("学生资助管理股", "科员", "叔梁湜", "general", "资助资金发放台账与银行回单不符", "业务流程风险", "二级",
         "资助资金通过“一卡通”发放，每月对账。"),
        ("体育股", "科员", "车非珮", "general", "体育器材采购中接受供应商回扣", "外部环境风险", "三级",
         "器材采购按规定比选，验收两人以上。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "etq_education_sports_list", "http://www.zggksx.cn/a/dffz/nmzzq/20170516/1734.html",
        "旗教育体育局 岗位廉政风险防控一览表, after the source's account of 内蒙古's 学生资助 from 学前 to 高校 (寄宿生 "
        "生活费补助, 双语授课, 低保家庭子女新生资助): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


def etq_ulanmuqir_cards() -> dict:
    unit = f"{PLACE}乌兰牧骑"
    t = _Truth(unit)
    cards = [
        ("叔梁岚澈", "队长", "主持全队工作，负责演出经费和下乡演出安排", "leader", [
            ("下乡演出补贴核定不实", "制度机制", "高", "演出场次凭嘎查签章、影像资料核定。"),
            ("服装道具采购指定供应商", "外部环境", "高", "采购按规定比选，队务会集体研究。"),
        ]),
        ("车非翎", "副队长", "分管节目创作、演员管理", "leader", [
            ("节目创作经费虚列支出", "业务流程", "中", "创作经费凭合同、成果报账。"),
            ("演员考核评优中优亲厚友", "岗位职责", "中", "考核结果队内公示，接受监督。"),
        ]),
        ("叔梁滢", "演员", "舞蹈演出、群众文艺辅导", "general", [
            ("外出商业演出收取报酬不报告", "思想道德", "中", "外出演出事前报批，收入如实登记。"),
            ("辅导培训向学员收取费用", "思想道德", "低", "公益培训不收费，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, "职务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
        sh.add("持卡人签名：", None, "队长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "etq_ulanmuqir_cards", "http://shicaozhen.com/m//view.php?aid=38909",
        "旗乌兰牧骑 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's account of a "
        "乌兰牧骑's sixty years of 下乡演出 on the 草原 (红色文艺轻骑兵, 嘎查演出, 一专多能): a title, ``持卡人 | … | 职务 | …`` "
        "and a merged 岗位职责 line, then 序号/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; 持卡人签名/队长签名",
        sheets, t,
    )  # fmt: skip


def etq_justice_screening() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("排查表", [6, 16, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "具体表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叔梁翾", "leader", "法律援助", "法律援助案件指派个人说了算", "高风险",
         "案件指派按律师名册轮派，结果公开。"),
        ("局领导", "副局长", "车非霁", "leader", "人民调解", "人民调解员以案件补贴为名虚报案件", "中风险",
         "调解案件补贴抽查回访，按季公示。"),
        ("公共法律服务股", "股长", "叔梁琮", "middle", "律所监管", "律师事务所年度检查考核降低标准", "高风险",
         "年度考核集体评定，结果公示。"),
        ("公共法律服务股", "股长", "叔梁琮", "middle", "公证监督", "公证投诉处理偏袒公证机构", "中风险",
         "投诉处理两人以上，处理意见存档。"),
        ("社区矫正股", "科员", "车非沅", "general", "请假审批", "社区矫正对象外出请假审批不严", "中风险",
         "请假审批实行司法所、股室两级审核。"),
        ("敖勒召其司法所", "所长", "叔梁澍", "middle", "矫正考核", "矫正对象考核奖惩不实", "高风险",
         "考核奖惩经所务会研究，定期报局备案。"),
        ("敖勒召其司法所", "所长", "叔梁澍", "middle", "接受吃请", "接受当事人宴请、礼金", "低风险",
         "签订廉洁承诺书，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "etq_justice_screening", "http://szb.northnews.cn/nmgrb/html/2022-09/12/content_38614_190502.htm",
        "旗司法局 廉政风险点排查表, after the source's 自治区 plan for 法治政府建设 (权责清单, 行政执法监督, 公共法律服务, "
        "人民调解): a title, 序号/股室 merged (局领导, two 股 and ``敖勒召其司法所``)/岗位 and 姓名 merged per person/a short "
        "``风险点``/a long ``具体表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def etq_development_reform_posts() -> dict:
    unit = f"{PLACE}发展和改革委员会"
    sh = _Sheet("清单", [6, 14, 40, 14, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "政府投资项目安排个人说了算", "制度机制风险", "一级风险", "项目安排经委务会研究，结果公开。"),
        ("主任", "leader", "为企业争取专项资金收受好处", "思想道德风险", "一级风险", "专项资金申报公开，纪检全程监督。"),
        ("副主任", "leader", "企业投资项目核准把关不严", "岗位职责风险", "二级风险", "核准事项进驻政务大厅，限时办结。"),
        ("项目审批岗", "general", "项目可研评审走过场", "业务流程风险", "二级风险", "评审专家随机抽取，意见存档。"),
        ("价格认定岗", "general", "涉案财物价格认定受当事人请托", "外部环境风险", "二级风险", "认定两人以上，结论复核。"),
        ("价格认定岗", "general", "价格认定资料保管不善", "岗位职责风险", "三级风险", "资料专柜保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("编制：办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "etq_development_reform_posts",
        "http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html",
        "旗发展和改革委员会 岗位廉政风险防控清单 对岗不对人, after the source's 旗 政府工作报告 (重大项目, 政府投资, 固定资产"
        "投资, 专项资金): a title, 序号/岗位 merged per post/廉政风险点/风险类别 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def etq_mongolian_school_selfchecks() -> dict:
    unit = f"{PLACE}蒙古族学校"
    t = _Truth(unit)
    people = [
        ("车非璟岚", "校领导", "校长", "leader", [
            ("校舍维修工程发包不经集体研究", "★★★", "维修工程经校务会研究，结果公示。", "无问题"),
            ("寄宿生生活补助资金统筹使用不规范", "★★★", "补助资金专账核算，按学期公开。", "已整改"),
        ]),
        ("叔梁霈", "总务处", "总务处主任", "middle", [
            ("食堂食材采购验收不严", "★★", "食材采购定点，验收两人以上签字。", "无问题"),
            ("教学设备采购收受回扣", "★★", "设备采购按规定比选，纪检监督。", "无问题"),
        ]),
        ("车非沨", "总务处", "会计", "general", [
            ("代收费用不入账、坐收坐支", "★★", "收费票据统一管理，按月对账。", "已整改"),
            ("财务档案保管不善", "★", "财务档案专柜保管，借阅登记。", "无问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在处室", "职　务", "填表日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查结果")
        for i, (point, stars, measures, found) in enumerate(points, 1):
            sh.add(i, point, stars, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 5)
        sh.add("本人签名：", None, "校长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "etq_mongolian_school_selfchecks", "http://www.chinagangtao.com/news60674",
        "旗蒙古族学校 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account of "
        "内蒙古's 边境旗市 民族教育 (蒙古语授课, 寄宿制办学, 寄宿生生活补助): a title, a label row ``姓　名 | 所在处室 | "
        "职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施/``自查结果``; a "
        "``注：`` line; no type column; ``本人签名： | 校长签名：``",
        sheets, t,
    )  # fmt: skip


def etq_market_regulation_group_rows() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("副局长", "车非滈", "leader", [
                ("行政处罚案件从轻处理说情", "Ⅰ级", "处罚案件经案审会集体审理，结果公示。"),
                ("特种设备检验机构选定不公", "Ⅱ级", "检验机构按规定比选。"),
            ]),
        ]),
        ("二、敖勒召其市场监督管理所", "敖勒召其市场监督管理所", [
            ("所长", "叔梁沄", "middle", [
                ("食品经营许可现场核查走过场", "Ⅰ级", "现场核查两人以上，拍照存档。"),
            ]),
            ("科员", "车非玹", "general", [
                ("日常检查中接受商户吃请", "Ⅱ级", "检查“双随机、一公开”，签订承诺书。"),
                ("投诉举报处理不及时", "Ⅲ级", "投诉举报按时限办结，定期回访。"),
            ]),
        ]),
        ("三、城川市场监督管理所", "城川市场监督管理所", [
            ("所长", "叔梁岍", "middle", [
                ("计量器具检定收费不规范", "Ⅱ级", "收费标准公示，票据统一管理。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "etq_market_regulation_group_rows", "http://inews.nmgnews.com.cn/system/2012/04/12/010751590.shtml",
        "旗市场监督管理局 廉政风险防控清单 under GROUP ROWS, after the source's account of a 旗's 惩防体系 and its 基层站所 "
        "“五好一满意” 创建评议 (服务群众好, 依法行政好, 廉洁自律好): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、局领导``, ``二、敖勒召其市场监督管理所``, ``三、城川市场监督管理所`` "
        "merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def etq_energy_list() -> dict:
    unit = f"{PLACE}能源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叔梁瀞", "leader", "煤矿项目用地协调中为企业谋利", "思想道德风险", "重点防控",
         "用地协调事项集体研究，全程留痕。"),
        ("局领导", "局长", "叔梁瀞", "leader", "煤炭产能核增审核意见个人说了算", "制度机制风险", "重点防控",
         "核增意见经局务会研究后上报。"),
        ("煤炭管理股", "股长", "车非岚珈", "middle", "煤矿安全检查降低标准", "岗位职责风险", "重点防控",
         "检查实行“四不两直”，问题清单闭环。"),
        ("煤炭管理股", "股长", "车非岚珈", "middle", "洗煤厂项目备案材料审核不严", "业务流程风险", "一般防控",
         "备案材料两人审核，网上公开。"),
        ("新能源股", "科员", "叔梁玥", "general", "光伏项目并网协调中收受好处", "外部环境风险", "一般防控",
         "协调事项登记，签订廉洁承诺。"),
        ("新能源股", "科员", "叔梁玥", "general", "项目统计数据报送不实", "业务流程风险", "常规防控",
         "统计数据复核后报送，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GUARDS[lv])
    sh.add("填表人：", None, "审核人：", None, "局长（签字）：", None, None, None)
    return _layout(
        "etq_energy_list", "http://hsjieli.com/html/eetk.gzdtzxdt201801t20180119_733465.html",
        "旗能源局 岗位廉政风险防控一览表, after the source's report of a 旗 国土资源局 winning approval to 征收 a 嘎查's "
        "牧草地 for a 洗煤厂 (年入洗原煤, 集体农用地转为建设用地, 出让): ``附件2``, a title, a merged 填报单位（盖章）/填报"
        "时间 line, then 序号/股室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``重点防控/一般防控/"
        "常规防控``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    etq_natural_resources_code_key_sheet(),
    etq_education_sports_list(),
    etq_ulanmuqir_cards(),
    etq_justice_screening(),
    etq_development_reform_posts(),
    etq_mongolian_school_selfchecks(),
    etq_market_regulation_group_rows(),
    etq_energy_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch983-inbox"))
