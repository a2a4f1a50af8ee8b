"""The one-thousand-and-seventy-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 社区, 教育, 农业农村, 财政, 卫生院, 学校 and 住房城乡建设
bodies of one county, 峨山彝族自治县 (玉溪市, 云南省) — its 双江街道办事处, the 化念镇凤凰社区, the
教育体育局, the 农业农村局, the 财政局, the 甸中镇卫生院, the 峨山第一中学 and the 住房和城乡建设局 — each
handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 双江街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 凤凰社区's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 教育体育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 农业农村局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 财政局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 甸中镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、护理部``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``eshan_housing_pdf_no_seq``: the 住房和城乡建设局's 一览表 converted from a PDF to Excel, WITHOUT a
  序号 column (``科室 | 岗位 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``), each printed line of a cell its
  OWN ROW (no merges): a long point goes on into the next row(s), broken mid-word
  (``违规审批建设项`` over ``目用地``), at a comma, or over three rows; the measures go on alone; the
  level words ``一级风险/二级风险/三级风险`` broken at the narrow level column (``一级风`` over ``险``); the
  names broken at the narrow 姓名 column (``耶律`` over ``澜``, ``术虎`` over ``琇澄``). Every rest joins
  its cell: no point of its own, the level whole, the name whole. A probe at HEAD read each rest as
  a point of its own (LEVEL_BLANK), the broken level as LEVEL_UNKNOWN (``一级风``, ``险``) and the name
  cut (``耶律``; ``澜`` a person of his own). See tests/test_batch1074.py.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 峨山 could be found: the pages are of the county, its 双江街道,
化念镇 and its 高香茶园); the rows are worded by us, the names invented (the rare compound surnames
术虎 and 耶律 with rare given names); every unit is a body of 玉溪市峨山彝族自治县.

Run ``python tests/published/score.py --set batch1074`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row with no 科室 and no 岗位 holding a line of text is the rest of the record
  above (of its point, its measures, its level word, its holder's name), joined to it without a
  break: the point is the whole joined sentence, the level the whole joined word, the person the
  whole joined name;
- ``局领导``, ``街道领导``, ``院领导`` are the 科室 of the leaders; the 社区's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室 总务处;
  局长, 副局长, 街道办事处主任, 社区党总支书记, 院长, 校长 are leaders; 股长, 主任 of an 办公室, 科长,
  护士长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  财政局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1074_"
PLACE = "玉溪市峨山彝族自治县"
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

HEAD = ("科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (科室, 岗位, 姓名's lines, tier, 廉政风险点's lines, 风险等级's lines, 防控措施's lines): each printed
# line of a cell its own row, as the PDF's converter wrote them (no 序号 column; the level column
# three characters wide, the 姓名 column two)
HOUSING = [
    ("局领导", "局长", ["术虎", "珩"], "leader", ["违规审批建设项", "目用地"], ["一级风", "险"],
     ["用地审批提交局党组会", "集体研究。"]),
    ("局领导", "局长", ["术虎", "珩"], "leader", ["工程招标代理机构", "由个人指定"], ["一级风", "险"],
     ["代理机构比选，", "结果公示。"]),
    ("建筑管理股", "股长", ["耶律", "澜"], "middle", ["施工许可办理不按", "时限，吃拿卡要"], ["二级风", "险"],
     ["一次性告知，", "限时办结，", "办理结果公开。"]),
    ("建筑管理股", "股长", ["耶律", "澜"], "middle", ["质量安全检查走过场"], ["二级风", "险"],
     ["检查两人以上，", "影像留存。"]),
    ("房地产管理股", "股员", ["术虎", "琇澄"], "general", ["商品房预售资金监管", "账户违规拨付，未按", "节点审核"],
     ["一级风", "险"], ["拨付两人审核。"]),
    ("房地产管理股", "股员", ["术虎", "琇澄"], "general", ["接受开发企业宴请"], ["三级风", "险"],
     ["签订廉洁承诺书。"]),
    ("办公室", "主任", ["耶律", "瑗"], "middle", ["公务接待超标准、", "超范围"], ["二级风", "险"],
     ["接待凭公函审批，", "清单报账。"]),
    ("办公室", "主任", ["耶律", "瑗"], "middle", ["办公用品采购不比价"], ["三级风", "险"],
     ["采购三家比价。"]),
]  # fmt: skip


def eshan_housing_pdf_no_seq() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    sh = _Sheet("Sheet1", [9, 5, 4, 16, 5, 16])
    sh.add(f"{unit}岗位廉政风险防控一览表", None, None, None, None, None)
    sh.add(*HEAD)
    for dept, post, names, tier, points, levels, measures in HOUSING:
        lines = max(len(names), len(points), len(levels), len(measures))
        for k in range(lines):
            line = lambda cells, k=k: cells[k] if k < len(cells) else None  # noqa: E731
            first = k == 0
            sh.add(dept if first else None, post if first else None, line(names), line(points),
                   line(levels), line(measures))  # fmt: skip
        t.point(sh.name, dept, post, "".join(names), tier, "".join(points), [],
                RISKS["".join(levels)])  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月")
    return _layout(
        "eshan_housing_pdf_no_seq", "https://www.jendow.com.tw/wiki/%E5%B3%A8%E5%B1%B1%E7%B8%A3",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表 converted from a PDF to Excel WITHOUT a 序号 column, each "
        "printed line of a cell its own row, NO merges: a title row, 科室/岗位/姓名/廉政风险点/风险等级/防控措施; a "
        "long point's and its measures' lines going on into the rows below (科室, 岗位 blank), broken mid-word "
        "(``违规审批建设项`` over ``目用地``), at a comma, over three rows, or only the measures going on; the level "
        "words ``一级风险/二级风险/三级风险`` broken at the narrow level column (``一级风`` over ``险``); the names "
        "broken at the narrow 姓名 column (``耶律`` over ``澜``, ``术虎`` over ``琇澄``); a 填表人/审核人/date line; "
        "after the source's encyclopaedia page on 峨山縣 (雲南省中部, 行政區劃: 雙江鎮, 小街鎮, 甸中鎮, 化念鎮, "
        "塔甸鎮, 富良棚鄉, 大龍潭鄉, with their areas and offices)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def eshan_shuangjiang_street_list() -> dict:
    unit = f"{PLACE}双江街道办事处"
    sh = _Sheet("清单", [6, 14, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "街道办事处主任", "术虎翀", "leader", "老旧小区改造工程指定施工队", "思想道德风险", "高",
         "工程按规定比选，党工委会研究。"),
        ("街道领导", "街道办事处主任", "术虎翀", "leader", "街道经费大额支出个人审批", "制度机制风险", "高",
         "大额支出集体研究，按月公开。"),
        ("党政综合办公室", "主任", "耶律澐", "middle", "培训经费虚报冒领", "岗位职责风险", "中",
         "报账附签到表和通知。"),
        ("社会事务办公室", "民政专干", "术虎湉", "general", "低保对象审核把关不严", "业务流程风险", "中",
         "低保对象入户核查并公示。"),
        ("社会事务办公室", "民政专干", "术虎湉", "general", "接受低保对象礼品", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "eshan_shuangjiang_street_list",
        "https://zh.100ke.info/zh-hk/%E5%8F%8C%E6%B1%9F%E8%A1%97%E9%81%93_(%E5%B3%A8%E5%B1%B1%E5%8E%BF)",
        "街道办事处 岗位廉政风险防控清单, after the source's encyclopaedia page on 雙江街道 (峨山縣) (縣政府所在地, "
        "歷史, 2011年撤鎮設街道, 行政區劃 its 社區 and 村): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def eshan_fenghuang_community_list() -> dict:
    unit = f"{PLACE}化念镇凤凰社区居民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党总支书记", "耶律翾", "leader", "集体果园发包不经居民代表会议", "一级", "发包方案居民代表会议表决。"),
        ("社区党总支书记", "耶律翾", "leader", "社区道路硬化指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("居委会主任", "术虎琇", "general", "建房申请初审优亲厚友", "二级", "初审结果张榜公示。"),
        ("社区报账员", "耶律玥", "general", "社区票据报账不及时", "二级", "票据按月报账，两人复核。"),
        ("社区报账员", "耶律玥", "general", "集体收入坐收坐支", "三级", "收入全额存入社区账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("居务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "eshan_fenghuang_community_list", "http://tcmap.com.cn/yunnan/eshanxian_huanianzhen.html",
        "社区 小微权力廉政风险防控清单, after the source's place-name page on 化念镇 (峨山县, 区划代码 530426104, "
        "its 凤凰社区, 化念社区, 念江社区, 党宽社区 and 村, 地名由来): a title, 序号/职务/姓名 on every row/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def eshan_education_bureau_list() -> dict:
    unit = f"{PLACE}教育体育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "术虎翃", "leader", "校舍建设项目干预招标", "制度机制", "高风险", "重大项目党组会研究。"),
        ("局领导", "局长", "术虎翃", "leader", "教师调动个人说了算", "外部环境", "高风险", "调动方案集体研究并公示。"),
        ("计划财务股", "股长", "耶律澍", "middle", "学校经费拨付优亲厚友", "岗位职责", "中风险",
         "经费按因素法分配，结果公开。"),
        ("计划财务股", "股长", "耶律澍", "middle", "营养改善计划资金挪用", "业务流程", "中风险", "资金专账核算。"),
        ("体育卫生艺术股", "科员", "术虎湲", "general", "接受学校宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "eshan_education_bureau_list", "https://jdtcujk.blogspot.com/2019/01/blog-post_6749.html",
        "县教育体育局 岗位廉政风险防控一览表, after the source's copied encyclopaedia page on 双江街道 (峨山县) "
        "(概览: 行政区划代码 53 04 26 001, 社区数 8, 行政村数 8, 历史): a title, 序号/股室 merged/职务 and 姓名 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def eshan_agriculture_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "耶律瑄", "leader", "项目资金", "高原特色农业项目资金安排不经集体研究", "高",
         "资金安排党组会研究并公示。"),
        ("农田建设股", "股长", "术虎泠", "middle", "工程验收", "高标准农田工程验收降低标准", "高",
         "验收三方到场，结果公示。"),
        ("农田建设股", "股长", "术虎泠", "middle", "进度款", "进度款拨付不按合同", "中", "拨付两人审核。"),
        ("经济作物股", "工作人员", "耶律璆", "general", "茶园补贴", "生态茶园补贴面积核实不实", "中",
         "补贴面积入户核实。"),
        ("经济作物股", "工作人员", "耶律璆", "general", "农资检查", "农资检查接受商户宴请", "低", "检查两人到场。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "eshan_agriculture_screening", "http://www.dadaojiayuan.com/cha/46197.html",
        "县农业农村局 廉政风险点排查表, after the source's page on 峨山's 高香茶园 (县城外27公里, 采茶体验, 高香贡蕊, "
        "峨山银毫): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def eshan_finance_posts() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("清单", [6, 16, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("国库支付中心", "支付岗", "general", "违规办理资金支付", "岗位职责风险", "Ⅰ级", "支付两级审核，全程留痕。"),
        ("国库支付中心", "支付岗", "general", "向收款单位索要好处", "思想道德风险", "Ⅰ级", "支付进度网上可查。"),
        ("预算股", "预算编审岗", "general", "预算安排优亲厚友", "业务流程风险", "Ⅱ级", "预算安排集体会审。"),
        ("预算股", "预算编审岗", "general", "违规追加预算", "制度机制风险", "Ⅱ级", "追加预算报政府审批。"),
        ("办公室", "综合岗", "general", "会议费报账附件不全", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "eshan_finance_posts", "https://dili.chazidian.com/baike-51614",
        "县财政局 岗位廉政风险防控清单 对岗不对人, after the source's geography-encyclopaedia page on 峨山县 (位置, "
        "总面积1972平方公里, 辖2街道3镇3乡, 历史沿革): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def eshan_dianzhong_clinic_group_rows() -> dict:
    unit = f"{PLACE}甸中镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "耶律琬", "leader", [
                ("医疗设备采购个人决定", "一级风险", "采购院务会研究，公开采购。"),
                ("职工绩效分配不公开", "一级风险", "绩效方案职代会通过并公示。"),
            ]),
        ]),
        ("二、护理部", "护理部", [
            ("护士长", "术虎璠", "middle", [
                ("护理耗材领用不登记", "二级风险", "耗材领用两人签字。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "耶律瑀", "general", [
                ("收费不开票据", "二级风险", "收费日清日结，票款核对。"),
                ("截留挪用医疗收入", "三级风险", "收入每日存入账户。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "eshan_dianzhong_clinic_group_rows", "https://jendow.com.tw/wiki/%E5%8C%96%E5%BF%B5%E9%8E%AE",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's encyclopaedia page on 化念鎮 (峨山縣最大的"
        "熱區農業鄉鎮, 天然溫室, 2008年人口和產業): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、院领导``, ``二、护理部``, ``三、收费室`` merged across; 岗位 and 姓名 "
        "merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def eshan_first_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("耶律珺", "", "校长", "leader", [
            ("教辅资料征订收受回扣", "高", "征订自愿，家委会参与。", "已落实"),
            ("食堂承包指定经营者", "中", "承包公开招标，结果公示。", "已落实"),
        ]),
        ("术虎玙", "总务处", "干事", "general", [
            ("物资入库验收不严", "中", "入库两人验收，留档。", "未发现问题"),
            ("维修材料报账不实", "低", "报账附验收单。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "eshan_first_middle_school_selfchecks", "https://twwiki.net/wiki/jl52e804nlmw2n.html?lang=0",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "encyclopaedia page on 雙江鎮 (峨山縣城, 地理氣候, 1998年合併, 轄社區和村委會): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    eshan_housing_pdf_no_seq(),
    eshan_shuangjiang_street_list(),
    eshan_fenghuang_community_list(),
    eshan_education_bureau_list(),
    eshan_agriculture_screening(),
    eshan_finance_posts(),
    eshan_dianzhong_clinic_group_rows(),
    eshan_first_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1074-inbox"))
