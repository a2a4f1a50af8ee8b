"""A thirteenth batch of layouts modelled on published tables, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch is what a coordinator really receives and the first twelve batches
did not cover: a 镇's 排查表 pasted from Word (an empty first column as a margin, an empty first
row, line breaks inside two-character headings, numbered lines inside 风险点 and 防控措施 cells,
Word's paragraph marks left at the end of cells), a 教育局 table whose headings are numbered
(``1.风险点``) or end in a colon (``科室：``), a 医院 register whose 岗位 cell reads ``财务科-出纳``,
a 社保 经办中心 list whose 姓名 cell is ``韩立 （ 科长 ）`` with full-width brackets and spaces, a
统计局 list whose 风险类型 is abbreviated (思想/制度/职责/流程/外部) with a legend, a 林业局 table graded
①/②/③, a 水利局 清单 whose 防控措施 cell is merged over several points, a 交通执法 card holding a
岗位职责 list before its 风险点 table, an SOE 清单 numbered A, B, C …, a 审计局 table whose heading
is split over two rows WITHOUT merges (``风险`` over ``点 | 类型 | 等级``), 教体局 leaders' forms with
a 分管科室 column, and a 农保 workbook of one sheet per 科室 (the 科室 only in the tab) — with two
harder ones (``township_word_paste``, ``audit_split_header_nomerge``). Each layout imitates the
*shape* of a public page (its ``source``) that no earlier batch used; where the page describes
its subject in prose (its posts, 科室, steps, risks) rather than printing a table, the layout
follows that description. The rows are worded by us.

Run ``python tests/published/score.py --set batch13`` and do not tune the reader against it,
or it stops being held out. Two layouts are also kept as LibreOffice re-saved copies
(``resaved/b13_township_word_paste.xls``, ``resaved/b13_nongbao_keshi_tabs.ods``, see
make_resaved.py).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a table pasted from Word keeps Word's layout: an empty first column (a narrow margin, no
  value in any row) and an empty first row are nothing; a line break inside a heading cell
  (``岗\\n位``, ``风险\\n等级``, ``防控\\n措施``) is no part of the heading word; a 风险点 cell of
  numbered lines joined by line breaks is one point, the cell's whole text (as layouts.py's
  sub-items); a line break left at the end of a cell (Word's paragraph mark, ``吕明\\n``) is
  nothing: the person is ``吕明``;
- a heading numbered (``1.风险点``, ``3.风险等级``) or ending in a colon (``科室：``, ``责任人：``) is the
  plain heading (风险点, 风险等级, 科室, 责任人);
- a 岗位 cell ``财务科-出纳`` (a hyphen, or the full-width ``－``) names the department before the
  dash and the post after it: department 财务科, title 出纳;
- a 姓名（职务） cell ``韩立 （ 科长 ）`` — full-width brackets, spaces before, inside or around
  them, half-width or full-width — is the person 韩立 holding the post 科长 (as batch6 took
  ``蒋文斌(处长)``);
- 风险类型 written as the abbreviations 思想/制度/职责/流程/外部, with a legend line spelling each
  out, are the five types 思想道德/制度机制/岗位职责/业务流程/外部环境; ``职责、外部`` is two types;
- ①/②/③ in a 风险等级 column (a legend says ①为一级) are Ⅰ/Ⅱ/Ⅲ: NFKC folds them to 1/2/3, which
  batch11 reads as the steps;
- a 防控措施 cell merged down over several points is the measure of each of them; each row is
  its own point with its own 风险等级 cell;
- a card that lists the post's duties first (``一、岗位职责``: 序号 | 职责内容, one duty a row) and
  then its risks (``二、廉政风险点及防控措施``: 序号 | 风险点 | 风险等级 | 防控措施) holds points only in
  the second table: the duties are no points and report nothing; its ``所在中队`` is the department;
- letters A, B, C … in the 序号 column are serial numbers, no levels (the level is the 风险等级
  cell, 高/中/低) and no points;
- a heading split over two rows WITHOUT merges — the top row ``序号 | 科室 | 岗位 | 姓名 | 风险 |
  (blank) | (blank) | 防控措施``, the lower row blank but for ``点 | 类型 | 等级`` under 风险 and the
  two blanks beside it — reads 风险点 / 风险类型 / 风险等级; the blank lower cells under 序号 … 姓名
  and 防控措施 keep the heading above them;
- a leader's form with a 分管科室 column (merged down over the points of each 科室 the leader
  oversees) is ONE form for the leader: the 分管科室 names the work overseen, not the leader's
  department, which is the 领导班子 named in the title (as batch6's town_leaders_yigang), tier
  ``leader``;
- one sheet per 科室, the 科室 named only by the tab (the title names the unit alone), each row
  naming a post and its holder: each holder's form has the tab's 科室 as department (as
  batch11's cadre_keshi_in_tab took one cadre's tab); ``1级/2级/3级`` are Ⅰ/Ⅱ/Ⅲ (as batch5).

Not repeated here: a list sorted by level whose level is only a group line (``一级风险``) — batch3's
edu_bureau_catalogue already has it.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``), copies the
LibreOffice re-saved copies ``resaved/b13_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b13_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
DIGIT_LEVELS = {"1级": 1, "2级": 2, "3级": 3}
CIRCLED = {"①": 1, "②": 2, "③": 3}
ABBR = {
    "思想": "思想道德",
    "制度": "制度机制",
    "职责": "岗位职责",
    "流程": "业务流程",
    "外部": "外部环境",
}
TIER = {"局长": "leader", "副局长": "leader", "大队长": "middle", "中队长": "middle", "主任": "middle",
        "科长": "middle", "股长": "middle", "所长": "middle", "经理": "middle"}  # fmt: skip
FW = "\u3000"  # a full-width space


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _abbr_types(cell: str) -> list[str]:
    """Full type names for a cell of abbreviations (``职责、外部``), in the cell's order."""
    return [ABBR[w] for w in cell.split("、")]


# --------------------------------------------------------------------------- layouts


def township_word_paste() -> dict:
    unit = "XX县XX镇人民政府"
    # column A is Word's left margin: narrow and empty on every row
    sh = _Sheet("Sheet1", [2, 5, 10, 6, 6, 36, 6, 36])
    t = _Truth(unit)
    sh.add()  # the empty first row a paste from Word leaves
    r = sh.add(None, "XX镇站所岗位廉政风险排查表", *([None] * 6))
    sh.merge(r, 1, r, 7)
    r = sh.add(None, f"填报单位:{unit}{FW * 4}填报时间:2024年4月", *([None] * 6))
    sh.merge(r, 1, r, 7)
    sh.add(None, "序\n号", "站\n所", "岗\n位", "姓\n名", "廉政风险点", "风险\n等级", "防控\n措施")
    people = [
        ("财政所", "所长", "吕明\n", [
            ("1.惠农补贴资金发放审核把关不严;\n2.截留、挪用补贴资金。", "高",
             "1.补贴名单村、镇两级公示;\n2.资金一律通过“一卡通”发放。\n"),
            ("1.村级财务报账审核不严;\n2.白条入账。", "中", "1.实行村账镇代理;\n2.报账票据三级审核。\n"),
            ("公务卡报销审核流于形式。", "低", "公务卡消费明细按月核对。\n"),
        ]),
        ("财政所", "会计", "郑晓霞", [
            ("1.虚列支出;\n2.会计凭证审核不严。", "中", "1.支出凭证经手人、证明人、审批人三签;\n2.每月对账。"),
            ("专项资金未专款专用。", "高", "专项资金单独核算,按季公开使用情况。"),
        ]),
        ("村镇建设办", "主任", "章海波\n", [
            ("1.农村建房审批把关不严;\n2.接受建房户吃请、礼品。", "高",
             "1.建房审批条件公开;\n2.审批结果村务公开栏公示。"),
            ("1.违法建设查处选择性执法;\n2.对说情打招呼不登记。", "高",
             "1.查处决定集体研究;\n2.说情干预一律登记报告。"),
            ("小型工程发包化整为零。", "中", "小型工程一律进镇公共资源交易平台。"),
        ]),
        ("村镇建设办", "办事员", "蒋丽", [
            ("建房现场“四到场”走过场。", "中", "现场核查拍照上传,两人以上到场。"),
            ("1.建房资料归档不全;\n2.违规向他人提供建房户信息。", "低", "1.资料一户一档;\n2.查阅登记。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for station, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([None, n, station, post, who, point, level, measures])
            t.point(sh.name, station, post, who.strip(), _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(2, 3, 4))
    sh.add()
    r = sh.add(None, "注:风险等级分为高、中、低三级。", *([None] * 6))
    sh.merge(r, 1, r, 7)
    sh.add(None, "站所负责人:", None, None, None, "镇纪委审核:", None, None)
    source = "https://fx361.cc/page/2013/0130/16184496.shtml"
    return _layout(
        "township_word_paste", source,
        "(harder) 镇 站所岗位廉政风险排查表 after the source's 中心镇权力规制 (科学分权、合理确权、公开用权): a table "
        "PASTED FROM WORD — an empty first row and an empty, narrow column A (the margin), title and 填报单位 "
        "line merged from column B, headings with line breaks inside (`序\\n号`, `岗\\n位`, `姓\\n名`, `风险\\n等级`, "
        "`防控\\n措施`), 站所/岗位/姓名 merged down, 廉政风险点 and 防控措施 cells of numbered lines joined by line "
        "breaks, Word's paragraph mark left at the end of some cells (`吕明\\n`), 高/中/低; 注 and 审核 lines",
        [sh], t,
    )  # fmt: skip


def edu_numbered_headings() -> dict:
    unit = "XX县教育局"
    sh = _Sheet("排查表", [6, 12, 8, 8, 30, 16, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}机关内部机构岗位廉政风险排查表", 8)
    r = sh.add("填报时间:2024年5月", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add(
        "序号", "科室：", "岗位：", "责任人：", "1.风险点", "2.风险类型", "3.风险等级", "4.防控措施"
    )
    people = [
        ("计划财务股", "股长", "钟文涛", [
            ("学校经费拨付审核把关不严", "岗位职责风险", "一级", "经费拨付按预算执行,大额拨付局长办公会研究。"),
            ("专项资金分配优亲厚友", "思想道德风险", "一级", "分配方案集体研究,分配结果公示。"),
            ("政府采购化整为零规避招标", "制度机制风险", "二级", "年初编制采购计划,限额以上进平台。"),
        ]),
        ("计划财务股", "会计", "罗文静", [
            ("报销票据审核不严", "岗位职责风险", "二级", "票据逐张查验,网上审批。"),
            ("学校收费票据核销不及时", "业务流程风险", "三级", "票据领用核销登记,按季检查。"),
        ]),
        ("人事股", "股长", "梁国栋", [
            ("教师招聘资格审查不严", "业务流程风险", "一级", "资格审查两人以上,结果公示。"),
            ("职称评审推荐中受人请托", "外部环境风险、岗位职责风险", "二级", "推荐量化赋分,推荐名单公示。"),
        ]),
        ("基础教育股", "股长", "唐红梅", [
            ("招生入学中违规批条子择校", "外部环境风险", "一级", "划片招生,超额学校公开摇号。"),
            ("教辅资料征订收受回扣", "思想道德风险", "二级", "教辅按省定目录自愿征订,统一向新华书店订购。"),
            ("学籍管理中违规变更学籍", "业务流程风险", "三级", "学籍变动系统审核,留痕备查。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ORDINAL[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add(
        "说明:风险类型按思想道德、制度机制、岗位职责、业务流程、外部环境风险填写。", *([None] * 7)
    )
    sh.merge(r, 0, r, 7)
    sh.add("填表人:", None, None, "审核人:", None, "局纪检组:", None, None)
    return _layout(
        "edu_numbered_headings", "http://ynjjjc.gov.cn/html/2015/tiewanfanfu_1112/11665.html",
        "县教育局 机关内部机构岗位廉政风险排查表 after the source's 内部机构 查找风险点 (经费、招生、教辅征订): "
        "headings NUMBERED or ending in a COLON — `序号 | 科室： | 岗位： | 责任人： | 1.风险点 | 2.风险类型 | "
        "3.风险等级 | 4.防控措施` — 科室/岗位/责任人 merged down, types …风险 (one cell with two), 一级…三级; 说明 "
        "and 填表/审核 lines",
        [sh], t,
    )  # fmt: skip


def hospital_keshi_dash_post() -> dict:
    unit = "XX县人民医院"
    sh = _Sheet("风险点登记", [6, 16, 8, 32, 8, 32, 8])
    t = _Truth(unit)
    sh.title(f"{unit}重点岗位廉洁风险点登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注")
    people = [
        ("财务科-出纳", "何丽娟", [
            ("库存现金超限额,白条抵库", "高", "库存现金日清月结,会计不定期盘点。"),
            ("银行支票与财务印鉴未分开保管", "高", "支票与印鉴分人保管,保险柜密码定期更换。"),
            ("收费票据核销不及时", "中", "收费票据按日核销,按月交叉核对。"),
        ]),
        ("财务科-会计", "贺建明", [
            ("原始凭证审核不严,虚列支出", "中", "凭证经手、审核、审批三签。"),
            ("往来款项长期挂账不清理", "低", "往来款项按季清理,结果报院务会。"),
        ]),
        ("药剂科-采购员", "潘涛", [
            ("药品采购中接受医药代表回扣", "高", "药品网上集中采购,医药代表接待登记。"),
            ("临时采购不履行审批程序", "中", "临时采购须分管院长审批。"),
        ]),
        ("设备科－科长", "易国强", [
            ("大型设备论证中倾向特定品牌", "高", "论证专家随机抽取,参数集体审定。"),
            ("设备验收走过场", "中", "使用科室、设备科、审计科共同验收。"),
        ]),
        ("总务科-库管员", "邱敏", [
            ("物资出入库账实不符", "中", "出入库扫码登记,每月盘点。"),
            ("过期物资处置不报批", "低", "报废物资经院长办公会审批后处置。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for cell, who, items in people:
        dept, post = cell.replace("－", "-").split("-")
        for point, level, measures in items:
            n += 1
            recs.append([n, cell, who, point, level, measures, None])
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("科室负责人签字:", None, None, "院纪委审核:", None, "年  月  日", None)
    return _layout(
        "hospital_keshi_dash_post", "http://www.tmdps.cn/a5/2019051317/0c280328732c430d.html",
        "县人民医院 重点岗位廉洁风险点登记表 after the source's 出纳岗位风险点及对策 (库存现金、白条抵库、支票与印鉴): "
        "the 岗位 cell holds `科室-岗位` in ONE cell (`财务科-出纳`, `药剂科-采购员`, one with the full-width "
        "`设备科－科长`), merged with 姓名 per person; 风险点/风险等级 高/中/低/防控措施/备注 (empty); 签字 line",
        [sh], t,
    )  # fmt: skip


def pension_bracket_name() -> dict:
    unit = "XX县城乡居民养老保险经办中心"
    sh = _Sheet("Sheet1", [6, 12, 18, 30, 10, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "姓名（职务）", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("参保登记科", "韩立", "科长", "韩立 （ 科长 ）", [
            ("参保信息变更审核不严", "岗位职责", "Ⅱ级", "变更资料清单化审核,系统留痕。"),
            ("违规为不符合条件人员办理参保", "业务流程", "Ⅰ级", "参保资格信息比对,科长复核。"),
        ]),
        ("参保登记科", "宋佳", "经办员", "宋佳 （ 经办员 ）", [
            ("泄露参保人员个人信息", "思想道德", "Ⅱ级", "信息查询授权管理,查询日志审计。"),
            ("登记资料归档不全", "制度机制", "Ⅲ级", "资料一人一档,按月归档检查。"),
        ]),
        ("待遇核发科", "欧阳红", "科长", f"欧阳红{FW}（科长 ）", [
            ("待遇资格认证走过场,死亡冒领未及时发现", "岗位职责", "Ⅰ级", "认证信息与公安、卫健数据比对。"),
            ("待遇重复发放", "业务流程", "Ⅱ级", "发放数据系统校验,异常预警。"),
            ("补发待遇审批把关不严", "制度机制", "Ⅰ级", "补发待遇经中心主任审批并公示。"),
        ]),
        ("待遇核发科", "冯涛", "审核员", "冯涛（ 审核员 ） ", [
            ("待遇核定计算差错", "岗位职责", "Ⅲ级", "核定结果双人复核。"),
            ("受人请托提前办理待遇", "外部环境", "Ⅱ级", "待遇办理按序进行,插队办理须登记。"),
        ]),
        ("基金财务科", "袁晓梅", "会计", "袁晓梅 （ 会计 ）", [
            ("基金支付凭证审核不严", "岗位职责", "Ⅱ级", "支付凭证三级审核。"),
            ("基金收支账实不符", "制度机制", "Ⅰ级", "基金专户管理,月度对账。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, who, post, cell, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, cell, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), ROMAN[level])
    sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("填报人:", None, None, "中心主任审核:", None, "日期:", None)
    return _layout(
        "pension_bracket_name", "https://m.31doc.com/p-31187.html",
        "城乡居民养老保险经办中心 岗位廉政风险防控清单 after the source's 内部控制实施细则 (业务运行、基金财务控制): "
        "科室 merged down, a `姓名（职务）` column whose cells put the post in FULL-WIDTH brackets with spaces "
        "(`韩立 （ 科长 ）`, `欧阳红　（科长 ）` with a full-width space, `冯涛（ 审核员 ） `), merged per person; "
        "风险点/风险类型 bare (岗位职责…)/风险等级 Ⅰ级…Ⅲ级/防控措施; 填报/审核 line",
        [sh], t,
    )  # fmt: skip


def stats_abbrev_types() -> dict:
    unit = "XX市统计局"
    sh = _Sheet("一览表", [6, 14, 8, 8, 30, 10, 8, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("综合统计科", "科长", "钱立新", [
            ("统计数据审核中受人请托调整数据", "外部", "高", "数据审核留痕,修改须书面说明并审批。"),
            ("统计分析报告迟报、漏报", "职责", "低", "报告报送实行台账管理。"),
        ]),
        ("综合统计科", "科员", "孔媛", [
            ("泄露未公开统计数据", "思想", "中", "数据发布前严格保密,签订保密承诺。"),
            ("原始数据采集不规范", "流程", "低", "采集流程标准化,抽样复核。"),
        ]),
        ("统计执法监督科", "科长", "白海涛", [
            ("统计执法检查中选择性执法", "职责、外部", "高", "检查对象随机抽取,执法全程记录。"),
            ("行政处罚裁量畸轻畸重", "制度", "高", "执行处罚裁量基准,重大处罚集体讨论。"),
            ("执法检查中接受企业宴请", "思想", "中", "检查两人以上,签订廉洁承诺。"),
        ]),
        ("办公室", "主任", "薛丽", [
            ("办公用品采购不询价", "制度", "中", "政府采购平台下单,验收双人签字。"),
            ("公务接待超标准", "思想", "低", "接待事前审批,费用按月公示。"),
            ("普查经费拨付不及时、不足额", "流程", "中", "经费拨付限时办结,按进度公开。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, _abbr_types(kind), HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add("注:风险类型栏简写,思想—思想道德风险,制度—制度机制风险,职责—岗位职责风险,"
               "流程—业务流程风险,外部—外部环境风险。", *([None] * 7))  # fmt: skip
    sh.merge(r, 0, r, 7)
    sh.add("填报科室(盖章):", None, None, "科室负责人:", None, "填报日期:", None, None)
    return _layout(
        "stats_abbrev_types", "http://www.gzxjw.org.cn/zjjx/jcjg/202508/t20250822_88507263.html",
        "统计局 岗位廉政风险点一览表 after the source's lecture on 廉洁风险识别与防控管理: 科室/岗位/责任人 merged "
        "down, 风险类型 written as ABBREVIATIONS 思想/制度/职责/流程/外部 (one cell `职责、外部`) with a legend line "
        "spelling each out (思想—思想道德风险 …), 风险等级 高/中/低, 防控措施; 盖章 line",
        [sh], t,
    )  # fmt: skip


def forestry_circled_levels() -> dict:
    unit = "XX市林业局"
    sh = _Sheet("防控表", [6, 14, 8, 8, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险防控表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    people = [
        ("资源管理科", "科长", "杜永刚", [
            ("林木采伐指标分配优亲厚友", "①", "采伐指标分配方案公示,接受监督。"),
            ("林木采伐许可审核把关不严", "①", "采伐许可网上办理,审核结果公开。"),
            ("伐区验收走过场", "②", "伐区验收两人以上,现场拍照留档。"),
        ]),
        ("资源管理科", "科员", "范晓丽", [
            ("伐区调查设计数据不实", "②", "调查设计随机抽查复核。"),
            ("采伐证发放登记不规范", "③", "采伐证领用登记,按月核对。"),
        ]),
        ("林政执法大队", "大队长", "石磊", [
            ("涉林案件查处降格处理", "①", "案件处理集体审议,结果公开。"),
            ("没收木材私自处置", "①", "罚没木材统一入库,公开拍卖。"),
            ("执法中接受当事人宴请", "②", "执法全程记录,签订廉洁承诺。"),
        ]),
        ("造林绿化科", "科长", "陶红", [
            ("造林工程验收虚报面积", "①", "验收结果卫星图斑比对。"),
            ("苗木采购指定供应商", "②", "苗木采购公开招标。"),
            ("造林补贴发放不公开", "③", "补贴名单乡村两级公示。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, [], CIRCLED[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add("注:风险等级栏①为一级(高)风险,②为二级(中)风险,③为三级(低)风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "forestry_circled_levels", "http://111.26.49.48/contents/357/101074.html",
        "市林业局 岗位廉政风险防控表 after the source's 林木采伐 监管 (采伐限额、设计、验收、廉政谈话): 科室/岗位/"
        "姓名 merged down, 风险点, the level written as CIRCLED DIGITS ①/②/③ with a legend line (①为一级(高)…), "
        "防控措施",
        [sh], t,
    )  # fmt: skip


def water_shared_measures() -> dict:
    unit = "XX县水利局"
    sh = _Sheet("清单", [6, 14, 10, 8, 30, 8, 34, 8])
    t = _Truth(unit)
    sh.title(f"{unit}股室岗位廉政风险点及防控措施清单", 8)
    sh.add("序号", "责任股室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "责任领导")
    people = [
        ("工程建设管理股", "股长", "严志强", "韦东", [
            ("设计变更集体研究并报备,现场签证监理、审计共同签认,隐蔽工程验收影像留档。", [
                ("设计变更审批把关不严", "一级"),
                ("现场签证工程量不实", "一级"),
                ("隐蔽工程验收走过场", "二级"),
            ]),
            ("参建单位履约检查每季度一次,检查结果通报。", [("对参建单位违约行为不处理", "二级")]),
        ]),
        ("工程建设管理股", "质量监督员", "柳青", "韦东", [
            ("质量检测单位随机抽取,检测报告公开。", [
                ("质量检测数据弄虚作假", "一级"),
                ("接受施工单位宴请放松质量监督", "二级"),
            ]),
        ]),
        ("水资源管理股", "股长", "崔建华", "孟凡", [
            ("取水许可条件和结果网上公开,现场核查两人以上。", [
                ("违规审批取水许可", "一级"),
                ("取水计量核查不实", "二级"),
                ("水资源费减免把关不严", "二级"),
            ]),
        ]),
        ("农村水利股", "股长", "黎明", "孟凡", [
            ("小型水利项目村申报、镇审核、县评审,资金实行报账制。", [
                ("小型水利项目安排优亲厚友", "二级"),
                ("项目资金拨付不按进度", "三级"),
            ]),
            ("农村饮水工程管护考核结果公开。", [("管护经费发放不规范", "三级")]),
        ]),
    ]  # fmt: skip
    recs, shared, n = [], [], 0
    first = len(sh.rows)
    for dept, post, who, leader, groups in people:
        for measures, items in groups:
            start = first + len(recs)
            for k, (point, level) in enumerate(items):
                n += 1
                recs.append(
                    [n, dept, post, who, point, level, measures if k == 0 else None, leader]
                )
                t.point(sh.name, dept, post, who, _tier(post), point, [], ORDINAL[level])
            if len(items) > 1:
                shared.append((start, start + len(items) - 1))
    sh.records(recs, merge_cols=(1, 2, 3, 7))
    for r0, r1 in shared:  # one 防控措施 cell over several points
        sh.merge(r0, 6, r1, 6)
    sh.add()
    sh.add("制表:", None, None, "审核:", None, "局纪检组:", None, None)
    return _layout(
        "water_shared_measures", "https://sx.cnipai.com/news/detail/126874.html",
        "县水利局 股室岗位廉政风险点及防控措施清单 after the source's 定职定岗定责 (责任领导、责任股室、责任人): "
        "责任股室/岗位/责任人 merged down, 风险点/风险等级 一级…三级, the 防控措施 cell MERGED DOWN over two or "
        "three points that share it (four such cells), 责任领导 names merged (watchers); 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def transport_duty_then_risks() -> dict:
    unit = "XX县交通运输综合行政执法大队"
    t = _Truth(unit)
    people = [
        ("温建平", "中队长", "第一执法中队", [
            "负责中队执法工作的组织、安排和考核;",
            "负责路面巡查、源头治超执法;",
            "负责行政处罚案件的初审;",
            "负责执法车辆和装备管理;",
            "完成大队交办的其他工作。",
        ], [
            ("执法检查中选择性执法,对关系户放任不管", "高", "检查对象随机抽取,执法记录仪全程开启。"),
            ("处罚案件初审降格处理", "高", "案件初审后法制审核,重大案件集体讨论。"),
            ("违法扣留车辆、证件,不开具清单", "中", "扣留车辆、证件当场开具清单并登记。"),
            ("执法车辆公车私用", "低", "执法车辆定位管理,出车登记。"),
            ("接受运输企业宴请、礼品", "中", "签订廉洁执法承诺,拒收登记。"),
        ]),
        ("聂小龙", "执法队员", "第二执法中队", [
            "参与路面巡查和现场检查;",
            "收集、固定违法证据;",
            "制作现场笔录和执法文书;",
            "协助做好来访群众的接待。",
        ], [
            ("现场笔录记录不实,证据收集不全", "中", "笔录当事人签字确认,证据清单复核。"),
            ("对违法行为该查不查,吃拿卡要", "高", "两人以上执法,执法过程可回溯。"),
            ("向当事人泄露检查安排", "中", "检查计划当天下达,通讯设备统一管理。"),
            ("执法中态度粗暴、不出示证件", "低", "执法先亮证,文明执法考核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, squad, duties, items in people:
        sh = _Sheet(who, [6, 34, 10, 34])
        sh.title(f"{unit}执法人员廉政风险防控卡", 4)
        sh.add("姓名", who, "岗位", post)
        r = sh.add("所在中队", squad, None, None)
        sh.merge(r, 1, r, 3)
        sh.title("一、岗位职责", 4)
        r = sh.add("序号", "职责内容", None, None)
        sh.merge(r, 1, r, 3)
        for i, duty in enumerate(duties, 1):
            r = sh.add(i, duty, None, None)
            sh.merge(r, 1, r, 3)
        sh.add()
        sh.title("二、廉政风险点及防控措施", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, level, measures) in enumerate(items, 1):
            sh.add(i, point, level, measures)
            t.point(sh.name, squad, post, who, _tier(post), point, [], HML[level])
        sh.add()
        sh.add("持卡人签字:", None, "中队长审核:", None)
        sheets.append(sh)
    return _layout(
        "transport_duty_then_risks", "https://wxredian.com/art?id=4a110c6739d0d764c521836c97943abc",
        "交通运输综合行政执法大队 执法人员廉政风险防控卡 after the source's 交通运输执法人员履职风险识别 (行政检查、"
        "调查取证、行政强制、行政处罚), one sheet per person: 姓名/岗位 pairs and a merged 所在中队 line, then TWO "
        "tables: `一、岗位职责` (序号 | 职责内容 merged across, one duty a row: no points) and `二、廉政风险点及防控"
        "措施` (序号 | 风险点 | 风险等级 高/中/低 | 防控措施); 持卡人签字/中队长审核 line",
        sheets, t,
    )  # fmt: skip


def soe_letter_serials() -> dict:
    unit = "XX物资集团有限公司"
    sh = _Sheet("风险清单", [6, 10, 8, 8, 32, 8, 32])
    t = _Truth(unit)
    sh.title(f"{unit}廉洁风险点清单", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("采购部", "经理", "龚建国", "供应商准入把关不严,吸收关系单位入库", "高", "供应商准入集体评审,名录动态管理。"),
        ("采购部", "经理", "龚建国", "采购需求设置倾向性参数", "高", "采购需求由使用、技术、采购部门共同确定。"),
        ("采购部", "采购员", "万晓东", "询价比价弄虚作假", "中", "询价记录留存,三家以上比价。"),
        ("采购部", "采购员", "万晓东", "接受供应商礼品、宴请", "中", "签订廉洁协议,拒收登记。"),
        ("仓储部", "经理", "汤伟", "物资验收以次充好、数量短缺", "高", "验收小组三人以上,验收单据归档。"),
        ("仓储部", "保管员", "毛丽萍", "物资出入库账实不符", "中", "出入库系统登记,月度盘点。"),
        ("仓储部", "保管员", "毛丽萍", "废旧物资私自处置", "中", "废旧物资处置公开竞价。"),
        ("销售部", "经理", "黎勇", "销售价格违规让利", "高", "价格浮动超权限须总经理审批。"),
        ("销售部", "经理", "黎勇", "应收账款长期不催收", "中", "应收账款按月对账,超期预警。"),
        ("销售部", "业务员", "苏晴", "截留、挪用货款", "高", "货款一律公对公结算。"),
        ("销售部", "业务员", "苏晴", "泄露客户及价格信息", "低", "客户信息分级授权查询。"),
    ]  # fmt: skip
    recs = []
    for k, (dept, post, who, point, level, measures) in enumerate(rows):
        recs.append([chr(ord("A") + k), dept, post, who, point, level, measures])
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    r = sh.add("注:风险等级分为高、中、低三级。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    sh.add("编制部门:纪检监察部", None, None, "审核:", None, "批准:", None)
    return _layout(
        "soe_letter_serials", "http://www.superlht.com/zhuantifanwen/gongwenfanwen/2022/1118/78658.html",
        "物资集团 廉洁风险点清单 after the source's 物资管理/物资采购 廉洁风险点 (供应商、验收、处置): the 序号 "
        "column written as LETTERS A, B, C … K, 部门/岗位/姓名 merged down, 风险点/风险等级 高/中/低/防控措施; "
        "注 and 编制/审核/批准 lines",
        [sh], t,
    )  # fmt: skip


def audit_split_header_nomerge() -> dict:
    unit = "XX县审计局"
    sh = _Sheet("排查表", [6, 14, 8, 8, 32, 14, 6, 30])
    t = _Truth(unit)
    sh.title(f"{unit}岗位廉政风险排查表", 8)
    # the heading over two rows, NOT merged: 风险 once on the top row, 点/类型/等级 under it
    sh.add("序号", "科室", "岗位", "姓名", "风险", None, None, "防控措施")
    sh.add(None, None, None, None, "点", "类型", "等级", None)
    people = [
        ("经济责任审计股", "股长", "马文斌", [
            ("审计中隐瞒被审计单位重大问题", "岗位职责风险", "高", "审计发现问题集体审定,审计底稿复核。"),
            ("与被审计单位存在利害关系未回避", "制度机制风险", "高", "审计前填报回避声明。"),
            ("审计报告征求意见中接受说情", "外部环境风险", "中", "说情干预一律登记报告。"),
        ]),
        ("经济责任审计股", "主审", "尹晓燕", [
            ("审计取证不充分,审计结论失实", "业务流程风险", "中", "取证清单化,主审、股长两级复核。"),
            ("泄露审计工作秘密", "思想道德风险", "中", "审计资料专人保管,签订保密承诺。"),
        ]),
        ("投资审计股", "股长", "乔立军", [
            ("工程结算审计中与施工单位串通高估冒算", "外部环境风险、思想道德风险", "高", "审减结果集体会审,委托第三方抽审。"),
            ("审减结果不经复核即出具报告", "业务流程风险", "中", "审计报告三级复核。"),
        ]),
        ("投资审计股", "审计员", "祝婷", [
            ("现场踏勘记录不实", "岗位职责风险", "低", "踏勘两人以上,影像留档。"),
            ("接受施工单位宴请", "思想道德风险", "中", "执行审计“四严禁”纪律。"),
        ]),
    ]  # fmt: skip
    recs, n = [], 0
    for dept, post, who, items in people:
        for point, kind, level, measures in items:
            n += 1
            recs.append([n, dept, post, who, point, kind, level, measures])
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.records(recs, merge_cols=(1, 2, 3))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "日期:", None, None)
    source = ("https://www.seridoat.com/article/"
              "lai-bin-shen-ji-wei-shu-ji-ru-he-que-bao-shen-ji-gong-zuo-tou-ming-gong-zheng-bing-you-xiao-fang-fan.html")  # fmt: skip
    return _layout(
        "audit_split_header_nomerge", source,
        "(harder) 县审计局 岗位廉政风险排查表 after the source's 审计回避与轮换、质量责任 risks: the heading SPLIT "
        "OVER TWO ROWS WITHOUT ANY MERGE — top row `序号 | 科室 | 岗位 | 姓名 | 风险 | (blank) | (blank) | 防控措施`, "
        "lower row blank but `点 | 类型 | 等级` under 风险 and its two blanks — then 科室/岗位/姓名 merged down, "
        "types …风险 (one cell with two), 高/中/低; 填表/审核 line",
        [sh], t,
    )  # fmt: skip


def edu_leader_fenguan() -> dict:
    unit = "XX区教育体育局"
    t = _Truth(unit)
    leaders = [
        ("牛建华", "局长", [
            ("办公室", [
                ("重大事项不经党组会集体研究", "一级", "落实“三重一大”集体决策,会议纪要存档。"),
                ("干部选拔任用把关不严", "一级", "干部选拔全程纪实,任前公示。"),
            ]),
            ("人事科", [("教师调动中优亲厚友", "二级", "调动条件和结果公开。")]),
        ]),
        ("贾文静", "副局长", [
            ("计划财务科", [
                ("学校经费分配不公", "一级", "经费分配因素法测算,方案公开。"),
                ("插手政府采购项目招标", "一级", "领导干部插手干预一律登记。"),
            ]),
            ("基础教育科", [
                ("招生入学中违规批条子", "二级", "招生政策公开,全程纪委监督。"),
                ("教辅征订中收受回扣", "二级", "教辅自愿征订,统一渠道订购。"),
            ]),
            ("学校安全办", [("校园安保服务采购指定单位", "三级", "安保服务公开招标。")]),
        ]),
        ("侯志勇", "副局长", [
            ("体育科", [("体育场馆租赁收入不入账", "二级", "租赁收入全额缴入财政专户。")]),
            ("基建办", [
                ("校舍工程插手招投标", "一级", "工程项目进公共资源交易平台。"),
                ("工程变更签证把关不严", "二级", "变更签证集体研究,审计全程跟踪。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, areas in leaders:
        sh = _Sheet(who, [6, 14, 32, 8, 32])
        sh.title(f"{unit}领导班子成员廉政风险防控表", 5)
        sh.add("姓名", who, "职务", post, None)
        sh.add("序号", "分管科室", "风险点", "风险等级", "防控措施")
        recs, n = [], 0
        for area, items in areas:
            for point, level, measures in items:
                n += 1
                recs.append([n, area, point, level, measures])
                t.point(sh.name, "领导班子", post, who, "leader", point, [], ORDINAL[level])
        sh.records(recs, merge_cols=(1,))
        sh.add()
        sh.add("本人签字:", None, "日期:", None, None)
        sheets.append(sh)
    return _layout(
        "edu_leader_fenguan", "http://wp.rexun.cn/caijing/2022/0822/082272835.html",
        "区教体局 领导班子成员廉政风险防控表 after the source's 班子成员对分管部门廉政风险防控 汇报 (食堂、校服、"
        "教辅征订), one sheet per leader (tab = name): 姓名/职务 pair line, 序号/分管科室 (merged down over the "
        "points of each 科室 the leader oversees — 2 or 3 a leader)/风险点/风险等级 一级…三级/防控措施; 签字 line",
        sheets, t,
    )  # fmt: skip


def nongbao_keshi_tabs() -> dict:
    unit = "XX县新型农村社会养老保险事业管理处"
    t = _Truth(unit)
    keshi = [
        ("办公室", [
            ("主任", "丁建新", [
                ("固定资产处置不按程序审批", "2级", "资产处置经处务会研究,报财政审批。"),
                ("公务用车维修虚报费用", "2级", "车辆定点维修,维修单据逐项核对。"),
            ]),
            ("文秘", "房小雨", [
                ("小额物品采购未两人经办", "3级", "采购两人以上,发票与明细核对。"),
                ("公文处理中泄露工作秘密", "3级", "涉密文件专人管理。"),
            ]),
        ]),
        ("稽核科", [
            ("科长", "齐国庆", [
                ("参保信息稽核走过场", "1级", "稽核结果科长复核,按月抽查。"),
                ("对冒领养老金问题隐瞒不报", "1级", "冒领线索登记,限期核查上报。"),
            ]),
            ("稽核员", "沈洁", [
                ("缴费标准审核不严", "2级", "缴费档次系统校验。"),
                ("稽核记录弄虚作假", "2级", "稽核记录当事人签字确认。"),
            ]),
        ]),
        ("基金财务科", [
            ("科长", "俞海", [
                ("基金支出未经审批", "1级", "基金支出三级审批。"),
                ("基金专户资金挪用", "1级", "基金专户封闭运行,月度对账。"),
            ]),
            ("出纳", "江月", [
                ("现金收付不及时入账", "2级", "现金日清月结。"),
                ("银行存款未及时对账", "3级", "银行对账单按月核对,会计复核。"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, people in keshi:
        sh = _Sheet(dept, [6, 8, 8, 32, 8, 32])
        sh.title(f"{unit}岗位廉政风险排查表", 6)
        r = sh.add("填报时间:2024年3月", *([None] * 5))
        sh.merge(r, 0, r, 5)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        recs, n = [], 0
        for post, who, items in people:
            for point, level, measures in items:
                n += 1
                recs.append([n, post, who, point, level, measures])
                t.point(sh.name, dept, post, who, _tier(post), point, [], DIGIT_LEVELS[level])
        sh.records(recs, merge_cols=(1, 2))
        sh.add()
        sh.add("科室负责人签字:", None, None, "分管领导签字:", None, None)
        sheets.append(sh)
    return _layout(
        "nongbao_keshi_tabs", "https://qikantianxia.com/a/filelc4e8jil.html",
        "县新农保事业管理处 岗位廉政风险排查表 after the source's 岗位风险防范措施 listed 科室 by 科室 (一、办公室 / "
        "二、稽核科 …): ONE SHEET PER 科室, the 科室 ONLY in the tab (办公室, 稽核科, 基金财务科; every title names "
        "the 处 alone), two posts and holders per sheet (岗位/姓名 merged), 风险点/风险等级 1级/2级/3级/防控措施; "
        "签字 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    township_word_paste(),
    edu_numbered_headings(),
    hospital_keshi_dash_post(),
    pension_bracket_name(),
    stats_abbrev_types(),
    forestry_circled_levels(),
    water_shared_measures(),
    transport_duty_then_risks(),
    soe_letter_serials(),
    audit_split_header_nomerge(),
    edu_leader_fenguan(),
    nongbao_keshi_tabs(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b13_*``)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch13-inbox"))
