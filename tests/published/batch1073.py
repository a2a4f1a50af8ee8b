"""The one-thousand-and-seventy-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 镇, 村, 教育, 卫生院, 市场监管, 学校 and 自然资源 bodies
of one county, 易门县 (玉溪市, 云南省) — its 龙泉街道办事处, the 六街镇人民政府, the 铜厂彝族乡铜厂村,
the 教育体育局, the 绿汁镇卫生院, the 市场监督管理局, the 易门县第一中学 and the 自然资源局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 六街镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``;
- the 铜厂村's 清单: ``职务 | 姓名`` on every row, 高/中/低, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 绿汁镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、医务科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 市场监督管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 所在部门`` over a row of values,
  ``一级风险/二级风险/三级风险``, ``防控措施 | 责任领导``;
- the 自然资源局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险描述``, 高/中/低, ``风险类型`` full names.

One is harder:

- ``yimen_longquan_numbers_restyled_below``: the 龙泉街道办事处's 清单 of posts (no names) whose
  points and levels stand in TWO tables on one sheet linked by the point's 序号: the list ``序号 |
  岗位 | 风险点`` numbers its points 1 … 8 and has no level or measures column; under it, after a
  caption line ``二、风险等级及防控措施``, a second table ``序号 | 风险等级 | 防控措施`` gives each
  point's level and measures by its number — sorted by level (not in the list's order), the
  numbers written ``1.``, ``3.`` (with a point, as typed in a Word draft), one of them (``9.``) a
  number the list lacks, and the list's ``6`` missing from it. Each point takes the level of its
  number; point 6 has none; the second table gives no points. The assigned shape with the numbers
  written ALIKE in both tables (``1`` above, ``1`` below) already reads right at HEAD, out of order
  too (TABLE_HALVES pairs the halves by 序号, not by row: a probe of a 镇's list of eight and a
  lower table sorted by level, reversed, with ``风险点序号 | 风险级别`` and with group rows; only the
  lower table's extra number is dropped without a word); written ``1.`` (or ``第1项``) below, the
  halves no longer pair and the list, having no level or measures column of its own, is no risk
  table at all: SHEET_NO_TABLE, FILE_NO_FORM, nothing read. See tests/test_batch1073.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 易门 could be found: the pages are of the county's place
name, its 乡镇 and 村, its 铜厂 and its resources); the rows are worded by us, the names invented
(the rare compound surnames 粘割 and 必兰 with rare given names); every unit is a body of 玉溪市易门县.

Run ``python tests/published/score.py --set batch1073`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the second table ``序号 | 风险等级 | 防控措施`` grades the list above by number:
  ``1.`` below is ``1`` above, whatever the order; the caption line and the second table are no
  points; ``9.`` names no point and grades nothing; point ``6`` has no level (None); the list
  names no person: its forms are posts under the 街道;
- ``镇领导``, ``局领导``, ``院领导`` are the 科室 of the leaders, and the 中学's ``所在部门`` ``校领导`` the
  校长's; the 村's people and the 街道's posts have no 科室 where no column gives one; 镇长, 局长,
  副局长, 村党总支书记, 院长, 校长, 主任 of a 街道 are leaders; 股长, 科主任, 所长, 队长 middle; the
  rest general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``责任领导`` is no point; the 市场监督管理局's
  list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``一级风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1073_"
PLACE = "玉溪市易门县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "岗位", "风险点")
HEAD2 = ("序号", "风险等级", "防控措施")
CAPTION = "二、风险等级及防控措施"

# (序号, 岗位, tier, 风险点) in the list's order
LONGQUAN = [
    (1, "主任", "leader", "老旧小区改造项目干预施工单位确定"),
    (2, "主任", "leader", "街道公用经费大额支出一人审批"),
    (3, "城市管理办公室主任", "middle", "占道经营处罚畸轻畸重"),
    (4, "城市管理办公室主任", "middle", "接受商户宴请"),
    (5, "民政专干", "general", "城乡低保对象审核优亲厚友"),
    (6, "民政专干", "general", "临时救助台账登记不全"),
    (7, "报账员", "general", "公务接待报账附件不全"),
    (8, "报账员", "general", "社区工作经费拨付不及时"),
]  # fmt: skip

# the second table: (序号 as written, 风险等级, 防控措施) sorted by level; 9. the list lacks, 6 missing
LONGQUAN_BELOW = [
    ("1.", "高", "项目按规定比选，党工委会集体研究。"),
    ("2.", "高", "大额支出联签，按季公示。"),
    ("5.", "高", "入户调查，评议结果张榜公示。"),
    ("3.", "中", "处罚案件两人以上审核。"),
    ("8.", "中", "经费按季拨付，台账管理。"),
    ("9.", "中", "资产定期盘点。"),
    ("4.", "低", "签订廉洁承诺书。"),
    ("7.", "低", "报账附接待清单、公函。"),
]  # fmt: skip


def yimen_longquan_numbers_restyled_below() -> dict:
    unit = f"{PLACE}龙泉街道办事处"
    t = _Truth(unit)
    sh = _Sheet("清单", [8, 20, 40])
    _line(sh, f"{unit}岗位廉政风险点清单", 3)
    _line(sh, "一、岗位廉政风险点", 3)
    sh.add(*HEAD)
    first = len(sh.rows)
    below = {int(n.rstrip(".")): lv for n, lv, _m in LONGQUAN_BELOW}
    for n, post, tier, point in LONGQUAN:
        sh.add(n, post, point)
        t.point(sh.name, "", post, "", tier, point, [], HML[below[n]] if n in below else None)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add(None, None, None)
    _line(sh, CAPTION, 3)
    sh.add(*HEAD2)
    for row in LONGQUAN_BELOW:
        sh.add(*row)
    sh.add("填表人：", "审核人：", "2025年9月")
    return _layout(
        "yimen_longquan_numbers_restyled_below", "https://ask.nctoro.com/tag_yimenxian",
        "(harder) 街道办事处 岗位廉政风险点清单 of posts in TWO tables on one sheet linked by 序号, after the "
        "source's page on 易门县 (县城龙泉街道, 雌雄山, 滇中铜都, 绿汁江): a title, a caption ``一、…``, 序号 1…8/"
        "岗位 merged per post/风险点 (no level, no measures column, no names); a blank row, a caption "
        "``二、风险等级及防控措施`` and ``序号 | 风险等级 | 防控措施`` sorted by level with its numbers written "
        "``1.``, ``5.``…, one number ``9.`` the list lacks and the list's 6 missing; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yimen_liujie_town_list() -> dict:
    unit = f"{PLACE}六街镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "粘割翀", "leader", "烤烟产业扶持项目指定实施主体", "外部环境风险", "一级",
         "项目实施主体公开比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "粘割翀", "leader", "镇级财政资金拨付不按合同进度", "制度机制风险", "一级",
         "资金按合同进度拨付，按季公示。"),
        ("党政综合办公室", "主任", "必兰澐", "middle", "公务用车维修费用报账不实", "岗位职责风险", "二级",
         "维修定点，维修单附报账。"),
        ("农业农村服务中心", "农技员", "粘割湉", "general", "耕地保护补贴面积核实不实", "业务流程风险", "二级",
         "补贴面积入户核实并公示。"),
        ("农业农村服务中心", "农技员", "粘割湉", "general", "收受化肥经销商礼品", "思想道德风险", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yimen_liujie_town_list", "http://www.xzqh.org/show/china/2006/53/530425.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's page on the divisions of 易门县 (3 镇 4 乡; 六街镇: 面积, "
        "人口, 柏树、茶树、二街、旧县、铁厂、白邑 6 村, 1987年改六街镇): a title, 序号/科室 merged/岗位 and 姓名 merged "
        "per person/廉政风险点/风险类型 ``…风险``/风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def yimen_tongchang_village_list() -> dict:
    unit = f"{PLACE}铜厂彝族乡铜厂村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "必兰翾", "leader", "集体林地承包收益分配不公开", "高", "分配方案村民代表会议表决。"),
        ("村党总支书记", "必兰翾", "leader", "村组道路修建指定施工方", "高", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "粘割琇", "general", "农村危房改造对象评议走过场", "中", "评议结果张榜公示。"),
        ("村务监督委员会主任", "必兰玥", "general", "村务监督记录不全", "中", "监督记录按月公开。"),
        ("村务监督委员会主任", "必兰玥", "general", "村级报账单据把关不严", "低", "单据两人审核签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "yimen_tongchang_village_list", "https://www.ym.gov.cn/ymxzfxxgk/zhxxtc/20241010/1558321.html",
        "村 小微权力廉政风险防控清单, after the source's 每周学地名 page of the 易门 government on 铜厂彝族乡 (明清炼铜, "
        "地名沿革, 碧多跳哑巴): a title, 序号/职务/姓名 on every row/风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yimen_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "必兰翃", "leader", "学校食堂改造干预施工单位确定", "外部环境", "高风险", "项目全程公开招标。"),
        ("局领导", "局长", "必兰翃", "leader", "校长选任打招呼", "思想道德", "高风险", "选任全程纪检监督。"),
        ("计划财务股", "股长", "粘割澍", "middle", "义务教育公用经费拨付不按预算", "制度机制", "中风险",
         "经费按预算拨付，按月对账。"),
        ("计划财务股", "股长", "粘割澍", "middle", "学生资助名单审核不严", "岗位职责", "中风险", "资助名单两级审核、公示。"),
        ("人事股", "科员", "必兰湲", "general", "教师职称申报材料审核走过场", "业务流程", "低风险", "材料两人审核，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "yimen_education_bureau_list", "http://zidian22.com/lishi/diming/e69893e997a8e58ebf",
        "县教育体育局 岗位廉政风险防控一览表, after the source's place-name entry on 易门县 (洟门千户, 元至元十二年改"
        "易门县, 县人民政府驻龙泉镇): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yimen_lvzhi_clinic_group_rows() -> dict:
    unit = f"{PLACE}绿汁镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "粘割琬", "leader", [
                ("医用耗材采购个人决定", "Ⅰ级", "耗材采购院务会研究，公开比选。"),
                ("职工绩效考核分配不公开", "Ⅰ级", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科主任", "必兰璠", "middle", [
                ("处方点评走过场", "Ⅱ级", "处方按月抽查点评，结果通报。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "粘割瑀", "general", [
                ("医保结算数据不实", "Ⅱ级", "结算数据按月核对。"),
                ("门诊收费不及时入账", "Ⅲ级", "收入日清日结。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "yimen_lvzhi_clinic_group_rows", "https://news.517lj.net/article/355566.html",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's article on the place names of 易门 (洟源, "
        "铜厂彝族乡, 绿汁镇 and its 绿汁江; no page of its 卫生院 could be found): a title, 序号/岗位/姓名/廉政风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, group rows ``一、院领导``, ``二、医务科``, ``三、收费室`` merged across; "
        "岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yimen_market_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("排查表", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "价格违法案件降格处理", "岗位职责风险", "高", "执法全程记录，两人以上。"),
        ("综合执法大队", "执法岗", "general", "罚没物品处置不规范", "业务流程风险", "高", "罚没物品登记造册，公开处置。"),
        ("特种设备安全监察股", "监察岗", "general", "特种设备检验结论把关不严", "制度机制风险", "中", "检验结论两级审核。"),
        ("特种设备安全监察股", "监察岗", "general", "接受使用单位宴请", "思想道德风险", "中", "签订廉洁承诺书。"),
        ("登记注册股", "窗口岗", "general", "企业登记材料审核不严", "外部环境风险", "低", "材料两人审核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yimen_market_posts", "http://www.cnzsyz.com/yunnan/ShowArticle.asp?ArticleID=19329",
        "县市场监督管理局 岗位廉政风险排查表 对岗不对人, after the source's investment page on 易门县 (区位, 龙泉国家"
        "森林公园, 大谷厂水库, 动植物和矿产资源): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yimen_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("必兰珺", "", "校长", "leader", [
            ("校服征订指定供应商", "一级风险", "征订自愿，家委会参与比选。", "校长"),
            ("校园绿化工程收受回扣", "二级风险", "工程比选，验收留痕。", "校长"),
        ]),
        ("粘割玙", "教务处", "干事", "general", [
            ("考试成绩录入不实", "二级风险", "成绩两人录入核对。", "分管副校长"),
            ("教辅资料推荐收受好处", "三级风险", "教辅征订自愿，不统一推荐。", "分管副校长"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 12, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "所在部门", None, None)
        sh.add(who, post, dept or "校领导", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "责任领导")
        for i, (point, lv, measures, boss) in enumerate(points, 1):
            sh.add(i, point, lv, measures, boss)
            t.point(sh.name, dept or "校领导", post, who, tier, point, [], RISKS[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "yimen_first_middle_school_selfchecks", "http://zhiqingwang.shzq.org/shzq/8227364764338740621.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's entry on "
        "铜厂彝族乡 of 易门县 (历史沿革, 9 村民委员会, 地理环境; no page of the school could be found): a title, a "
        "label row ``姓　名 | 职　务 | 所在部门`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施/``责任领导``; no type column",
        sheets, t,
    )  # fmt: skip


def yimen_land_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add(
        "序号", "股室", "岗位", "责任人", "风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("局领导", "副局长", "粘割瑄", "leader", "矿权出让", "采矿权出让设置排他性条件", "岗位职责风险", "高",
         "出让方案集体研究，网上公开交易。"),
        ("矿产资源管理股", "股长", "必兰泠", "middle", "储量核实", "矿产资源储量核实降低标准", "制度机制风险", "高",
         "核实报告专家评审。"),
        ("矿产资源管理股", "股长", "必兰泠", "middle", "执法巡查", "非法采矿巡查通风报信", "业务流程风险", "中",
         "巡查两人以上，留存影像。"),
        ("不动产登记中心", "窗口人员", "粘割璆", "general", "登记审核", "抵押登记材料审核不严", "外部环境风险", "中",
         "材料两级审核。"),
        ("不动产登记中心", "窗口人员", "粘割璆", "general", "信息查询", "违规查询、泄露权属信息", "思想道德风险", "低",
         "查询登记，定期抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, None, "2025年9月", None)
    return _layout(
        "yimen_land_resources_screening", "https://m.ke263.com/list2634/210083l0.html",
        "县自然资源局 廉政风险点排查表, after the source's entry on 铜厂乡 of 易门县 (行政代码, 面积, 森林植被, 铜、铁、"
        "奶油石等矿产资源): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险描述``/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yimen_longquan_numbers_restyled_below(),
    yimen_liujie_town_list(),
    yimen_tongchang_village_list(),
    yimen_education_bureau_list(),
    yimen_lvzhi_clinic_group_rows(),
    yimen_market_posts(),
    yimen_first_middle_school_selfchecks(),
    yimen_land_resources_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1073-inbox"))
