"""The one-thousand-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 农业, 林业, 自然资源, 烟草 and 民政 bodies of
one county, 瓮安县 (黔南布依族苗族自治州, 贵州省) — its 猴场镇人民政府, the 猴场镇金竹村, the 文体广电
旅游局, the 农业农村局, the 林业局, the 自然资源局, the 烟草专卖局 and the 民政局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 猴场镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、农业服务中心``, ``三、社会事务办`` (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 金竹村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 农业农村局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 林业局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 自然资源局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a
  long ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 烟草专卖局's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``wengan_civil_affairs_selfcheck_block``: the 民政局's 一览表 (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
  风险等级 | 防控措施``) with, under it on the same sheet after a blank row, a SEPARATE ``自查结果`` BLOCK
  (a label merged across) heading its own little table ``序号 | 廉政风险点 | 是否存在 | 整改措施`` in the
  first four columns, numbered 1… again, its rows naming points of the list above (some, worded as
  there) with ``是/否`` under ``是否存在``. docs/layouts.md knows a 自查表 whose ``是否存在`` column
  stands in the list itself beside each point, a ledger under a list that names a holder or a 科室
  (TABLE_UNDER_LIST), and a 警示案例 table; not a self-check's results as a table of their own under
  the list, naming no holder, its point column a second ``廉政风险点``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
纥豆陵 and 拔列 with rare given names); every unit is a body of 瓮安县.

Run ``python tests/published/score.py --set batch1021`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``自查结果`` block's rows are no points (they answer for points of the list,
  named above with their holders) and name no holder; its label row and heading no fields;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 烟草专卖局's self-checking people
  have no 科室 where no column gives one; 镇长, 局长, 村党支部书记 are leaders; 股长, 主任 (of a 镇's
  中心 or 办), 站长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  林业局's list names no person: its forms are posts;
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

PREFIX = "b1021_"
PLACE = "瓮安县"
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

# the list: (股室, 岗位, 姓名, tier, 廉政风险点, 风险等级, 防控措施)
CIVIL = [
    ("局领导", "局长", "纥豆陵翀霁", "leader", "养老机构建设补助资金分配打招呼", "高", "补助资金局党组会集体研究。"),
    ("局领导", "局长", "纥豆陵翀霁", "leader", "福利彩票公益金项目安排个人说了算", "高", "项目评审公开，结果公示。"),
    ("社会救助股", "股长", "拔列珝桐", "middle", "低保对象认定优亲厚友", "中", "入户调查两人以上，张榜公示。"),
    ("社会救助股", "股长", "拔列珝桐", "middle", "临时救助审批超标准", "中", "救助金额按标准审核，月度抽查。"),
    ("社会事务股", "科员", "纥豆陵沨", "general", "殡葬服务收费不公示", "低", "收费项目上墙公示。"),
    ("社会事务股", "科员", "纥豆陵沨", "general", "婚姻登记档案外借不登记", "低", "档案借阅台账管理。"),
]  # fmt: skip

# the self-check's results under the list: (序号, 廉政风险点, 是否存在, 整改措施) in columns A–D
SELFCHECK = [
    (1, "低保对象认定优亲厚友", "否", "继续落实入户调查和公示。"),
    (2, "临时救助审批超标准", "是", "已清退超标准发放部分，建立月度抽查台账。"),
    (3, "殡葬服务收费不公示", "否", "每季度检查收费公示。"),
]  # fmt: skip


def wengan_civil_affairs_selfcheck_block() -> dict:
    unit = f"{PLACE}民政局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 16, 10, 40, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(CIVIL, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add(None, None, None, None, None, None, None)
    _line(sh, "自查结果", 7)
    sh.add("序号", "廉政风险点", "是否存在", "整改措施", None, None, None)
    for row in SELFCHECK:
        sh.add(*row, None, None, None)
    sh.add("自查人：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "wengan_civil_affairs_selfcheck_block", "http://yanglao.taiheerp.com/mingzhen/11590.shtml",
        "(harder) 县民政局 岗位廉政风险防控一览表 with, UNDER IT on the same sheet after a blank row, a SEPARATE "
        "``自查结果`` BLOCK (the label merged across) heading ``序号 | 廉政风险点 | 是否存在 | 整改措施`` in the first "
        "four columns, numbered 1… again, its rows naming points of the list (``是/否``), then a 自查人/审核 line, after "
        "the source's 民政部开展廉政风险防控管理工作实施方案 (查找风险点, 排查和评定说明, 前期预防, 中期监控, 后期处置): a "
        "title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wengan_houchang_town_group_rows() -> dict:
    unit = f"{PLACE}猴场镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "拔列璆岚", "leader", [
                ("草塘古邑修缮工程指定施工方", "一级风险", "工程按规定比选，镇党委会集体研究。"),
                ("特色小镇项目资金个人审批", "一级风险", "资金专户管理，大额支出集体研究。"),
            ]),
        ]),
        ("二、农业服务中心", "农业服务中心", [
            ("主任", "纥豆陵岍", "middle", [
                ("油菜种植补贴面积核实不严", "二级风险", "面积入户核实，村组公示。"),
            ]),
            ("农技员", "拔列翯", "general", [
                ("烤烟育苗物资发放优亲厚友", "二级风险", "发放名单公示，签字领取。"),
                ("化肥样品私自留用", "三级风险", "样品登记入库。"),
            ]),
        ]),
        ("三、社会事务办", "社会事务办", [
            ("主任", "纥豆陵沄", "middle", [
                ("草塘火龙节经费报销不实", "二级风险", "活动经费按预算报销，附清单。"),
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
    sh.add("填表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "wengan_houchang_town_group_rows", "http://www.weimomishe.com/doc/273764d998853206d",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's entry on 猴场镇 (原名草塘, 猴场会议, 草塘"
        "火龙, 全国特色小镇): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、镇领导``, ``二、农业服务中心``, ``三、社会事务办`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def wengan_jinzhu_village_list() -> dict:
    unit = f"{PLACE}猴场镇金竹村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "纥豆陵霂璘", "leader", "村集体茶园承包不公开", "一级", "承包方案村民代表会议表决。"),
        ("村党支部书记", "纥豆陵霂璘", "leader", "通组路硬化工程指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "拔列瑆", "general", "易地搬迁对象评议不公", "二级", "评议结果张榜公示。"),
        ("村文书", "拔列琛瑜", "general", "村民小组误工补贴虚报", "二级", "补贴名单经村务监督委员会审核。"),
        ("村文书", "拔列琛瑜", "general", "村级印章使用不登记", "三级", "用印登记，两人在场。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "wengan_jinzhu_village_list", "http://in7q17c.cn/guizhou/wenganxian_caotangzhen.html",
        "村 小微权力廉政风险防控清单, after the source's table of 猴场镇's 社区 and 村 (草塘社区, 下司社区, 金竹村 18个"
        "村民小组): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def wengan_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "拔列珩璐", "leader", "江界河景区提升工程干预招标", "思想道德风险", "高",
         "工程公开招标，领导干预登记报告。"),
        ("局领导", "局长", "拔列珩璐", "leader", "红色旅游节经费安排个人说了算", "制度机制风险", "高",
         "经费安排局党组会集体研究。"),
        ("文物股", "股长", "纥豆陵澜", "middle", "猴场会议旧址修缮方案审核不严", "岗位职责风险", "中",
         "修缮方案专家评审。"),
        ("文物股", "股长", "纥豆陵澜", "middle", "非遗项目申报材料把关不严", "业务流程风险", "中", "申报材料集体审核。"),
        ("旅游市场股", "科员", "拔列霈", "general", "对违规旅行社通风报信", "外部环境风险", "低",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "wengan_culture_bureau_list", "http://www.uv68.com/a/510.html",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's piece on 瓮安 (草塘千年古邑, 瓮安彩扎, 江界河, "
        "朱家山, 猴场会议): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险"
        "等级 高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def wengan_agriculture_duty_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "纥豆陵璟", "leader", "茶产业扶持资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("种植业股", "股长", "拔列沨琬", "middle", "油菜良种补贴申报审核不严", "岗位职责", "高风险",
         "申报材料实地核查后公示。"),
        ("种植业股", "股长", "拔列沨琬", "middle", "烤烟生产物资补助发放不实", "业务流程", "中风险",
         "补助名单公示，资金直达个人。"),
        ("农业执法大队", "科员", "纥豆陵璠", "general", "种子案件承办人指定", "制度机制", "中风险", "案件随机分派。"),
        ("农业执法大队", "科员", "纥豆陵璠", "general", "接受种子经营户宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "wengan_agriculture_duty_list", "https://qinglite.cn/doc/274864be97b9b2bc2",
        "县农业农村局 廉政风险防控责任清单, after the source's entry on 瓮安县 (地名由来, 烤烟、油菜生产跨入全国先进, "
        "青山茶): a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/"
        "低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def wengan_forestry_bureau_posts() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营林股", "造林管理岗", "general", "封山育林工程验收面积虚报", "岗位职责风险", "Ⅰ级",
         "验收卫片比对，两人以上现场核查。"),
        ("营林股", "造林管理岗", "general", "造林苗木款超进度拨付", "业务流程风险", "Ⅰ级", "按验收结果拨付。"),
        ("资源管理股", "采伐审批岗", "general", "林木采伐许可超限额审批", "外部环境风险", "Ⅱ级", "采伐指标网上公示。"),
        ("资源管理股", "采伐审批岗", "general", "接受林木经营户礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "护林防火物资采购不比价", "制度机制风险", "Ⅲ级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "wengan_forestry_bureau_posts", "http://m.iichajd.com/dm_5138/",
        "县林业局 岗位廉政风险防控清单 对岗不对人, after the source's introduction to 瓮安县 (全国造林绿化百佳县, 全国封山"
        "育林基地建设示范县, 朱家山原始森林): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def wengan_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "拔列翃", "leader", "规划调整", "城市规划区用地性质随意调整", "高风险",
         "规划调整集体研究，结果公示。"),
        ("国土空间规划股", "股长", "纥豆陵璇", "middle", "规划许可", "规划条件量身定做", "高风险", "许可集体审核。"),
        ("国土空间规划股", "股长", "纥豆陵璇", "middle", "违法建设", "违法建设巡查瞒报", "中风险",
         "巡查两人以上，影像留存。"),
        ("银盏自然资源所", "所员", "拔列琇璘", "general", "宅基地审批", "宅基地现场查验不实", "中风险",
         "查验结果与卫片比对。"),
        ("银盏自然资源所", "所员", "拔列琇璘", "general", "资料管理", "不动产档案外借不登记", "低风险", "档案借阅台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "wengan_natural_resources_screening", "https://lilvbiao.com/baike/243582.html",
        "县自然资源局 廉政风险点排查表, after the source's answer on 瓮安's area (城市规划区 雍阳、瓮水办事处, 银盏镇, "
        "猴场镇, 平定营镇, 中心城区): a title, 序号/科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long "
        "``风险表现``/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wengan_tobacco_selfchecks() -> dict:
    unit = f"{PLACE}烟草专卖局"
    t = _Truth(unit)
    people = [
        ("纥豆陵澈", "局长", "leader", [
            ("烟叶收购等级标准把关放松", "高", "收购等级集体评定，样品留存。"),
            ("接受烟站建设施工方礼品", "中", "签订廉洁承诺书。"),
        ]),
        ("拔列沅瑀", "烟叶站站长", "middle", [
            ("收购期间站务食堂开支不登记", "中", "食堂收支日清月结，公示。"),
            ("烤烟过磅数量弄虚作假", "低", "过磅两人签字，视频留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wengan_tobacco_selfchecks", "https://m.fx361.cc/news/2021/0128/7521863.html",
        "县烟草专卖局 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's study of "
        "廉洁风险 at 基层烟叶工作站 during 烤烟收购 (站务食堂, 收购秩序): a title, a label row ``姓　名 | 职　务 | 自查"
        "日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wengan_civil_affairs_selfcheck_block(),
    wengan_houchang_town_group_rows(),
    wengan_jinzhu_village_list(),
    wengan_culture_bureau_list(),
    wengan_agriculture_duty_list(),
    wengan_forestry_bureau_posts(),
    wengan_natural_resources_screening(),
    wengan_tobacco_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1021-inbox"))
