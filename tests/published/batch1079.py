"""The one-thousand-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 社区, 自然资源, 农业农村, 交通, 卫生院, 学校 and 镇 bodies
of one county, 鲁甸县 (昭通市, 云南省) — its 文屏街道办事处, the 砚池街道卯家湾社区, the 自然资源局, the
农业农村局, the 交通运输局, the 小寨镇卫生院, the 鲁甸县第一中学 and the 龙头山镇人民政府 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 文屏街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 卯家湾社区's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 自然资源局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 农业农村局's 排查表: ``科室 | 岗位 | 责任人`` on every row, ``一级风险/二级风险/三级风险``, no type
  column, a 填表人/审核人 line;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types,
  ``高风险/中风险/低风险``; no names;
- the 小寨镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药房``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 落实情况``.

One is harder:

- ``ludian_longtoushan_town_common_names``: the 龙头山镇人民政府's 清单 in two sheets whose holders
  are written in ONE cell, the post, a space (full-width or half-width) and the name, and whose
  holders MOSTLY HAVE COMMON SURNAMES (王, 李, 张, 刘, 赵) AND A ONE-CHARACTER GIVEN NAME THAT ALSO
  WRITES A POST OR A DUTY: the 镇机关 sheet ``序号 | 岗位及人员 | 廉政风险点 | 风险等级 | 防控措施`` (no
  科室 column: ``镇长　王珩``, ``主任 张科``, ``会计　王长``, ``出纳　李员``, ``科员 赵师``), the 站所 sheet
  ``序号 | 站所 | 职务　姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施`` (``站长　刘干``,
  ``副站长 李澜``, ``所长　张主``, ``报账员 刘管``, ``农技员　颜盏璟``), each person's cells merged
  down over his rows. The word after the space is the holder, whole. A probe at HEAD read a
  岗位及人员 column holding such names as no holder at all (COLUMN_GUESSED, the column set aside, every
  point of the sheet under one nameless form), and in a ``职务　姓名`` column beside a 科室 column
  took ``会计　王长``, ``出纳　李员``, ``主任 张科``, ``站长　刘干`` whole as a NAME with no post
  (``会计王长``), while ``主任　王珩`` read right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 鲁甸 could be found: the pages are of the county's
government site, its place names, its 规划, its 政府工作报告, the 2014 地震 and 龙头山's rebuilding);
the rows are worded by us, the names invented (the rare compound surnames 颜盏 and 孛术鲁 in the
ordinary files; in the harder file common surnames with given names that write posts); every
unit is a body of 昭通市鲁甸县.

Run ``python tests/published/score.py --set batch1079`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file, ``岗位　姓名`` in one cell is the post before the space and the holder after
  it, whole, whatever his surname and given name (``王长`` is a 会计, not ``会计王长``); the 镇机关
  sheet's people have no 科室; the 站所 column is the 科室;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 社区's people and the 中学's 校长
  have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室 教务处;
  街道办主任, 镇长, 副镇长, 局长, 副局长, 社区党总支书记, 院长, 校长 are leaders; 股长, 站长, 所长, 副站长,
  科长, 主任 of a 科室 or of the 镇 middle; the rest general;
- the 交通运输局's list names no person: its forms are posts; ``落实情况`` and ``填表日期`` are no points;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1079_"
PLACE = "昭通市鲁甸县"
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

# the 镇机关 sheet: (岗位及人员 as typed, 岗位, 姓名, tier, 风险点, 风险等级, 防控措施)
OFFICE = [
    ("镇长　王珩", "镇长", "王珩", "leader", "花椒产业扶持资金分配个人说了算", "高", "资金分配经镇党委会集体研究并公示。"),
    ("镇长　王珩", "镇长", "王珩", "leader", "恢复重建项目结算不按合同", "高", "结算经审计后集体研究。"),
    ("主任 张科", "主任", "张科", "middle", "公务用车私用", "中", "派车单登记，按月公示。"),
    ("会计　王长", "会计", "王长", "general", "报账凭证审核不严", "中", "凭证两人审核签字。"),
    ("会计　王长", "会计", "王长", "general", "专项资金挤占挪用", "高", "专款专用，按季对账。"),
    ("出纳　李员", "出纳", "李员", "general", "现金收入不及时存行", "中", "收入日清日结。"),
    ("科员 赵师", "科员", "赵师", "general", "临时救助审核走过场", "低", "入户核查，结果公示。"),
]  # fmt: skip

# the 站所 sheet: (站所, 职务　姓名 as typed, 职务, 姓名, tier, 风险点, 风险类型, 风险等级, 防控措施)
STATIONS = [
    ("农业农村服务中心", "站长　刘干", "站长", "刘干", "middle", "花椒良种补贴面积虚报", "业务流程风险", "高",
     "补贴面积入户核实并张榜公示。"),
    ("农业农村服务中心", "站长　刘干", "站长", "刘干", "middle", "产业项目验收走过场", "岗位职责风险", "中",
     "验收两人以上到场，留存影像。"),
    ("农业农村服务中心", "副站长 李澜", "副站长", "李澜", "middle", "化肥种子发放优亲厚友", "思想道德风险",
     "中", "发放名单公示，签字领取。"),
    ("农业农村服务中心", "农技员　颜盏璟", "农技员", "颜盏璟", "general", "技术培训签到造假", "岗位职责风险",
     "低", "培训留存照片和签到表。"),
    ("财政所", "所长　张主", "所长", "张主", "middle", "惠农补贴发放不及时", "制度机制风险", "高",
     "补贴一卡通发放，按月对账。"),
    ("财政所", "报账员 刘管", "报账员", "刘管", "general", "村级报账票据把关不严", "外部环境风险", "中",
     "票据审核两人签字。"),
]  # fmt: skip


def ludian_longtoushan_town_common_names() -> dict:
    unit = f"{PLACE}龙头山镇人民政府"
    t = _Truth(unit)
    office = _Sheet("镇机关", [6, 18, 40, 10, 36])
    _line(office, f"{unit}机关岗位廉政风险防控清单", 5)
    office.add("序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施")
    first = len(office.rows)
    for n, (cell, post, who, tier, point, lv, measures) in enumerate(OFFICE, 1):
        office.add(n, cell, point, lv, measures)
        t.point(office.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(office, first, [(1, lambda row: row[1])])
    office.add("填表人：", None, "审核人：", "2025年10月", None)
    stations = _Sheet("站所", [6, 16, 18, 38, 14, 10, 34])
    _line(stations, f"{unit}站所岗位廉政风险防控清单", 7)
    stations.add("序号", "站所", "职务　姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(stations.rows)
    for n, (dept, cell, post, who, tier, point, typ, lv, measures) in enumerate(STATIONS, 1):
        stations.add(n, dept, cell, point, typ, lv, measures)
        t.point(stations.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(stations, first, 1, 2)
    return _layout(
        "ludian_longtoushan_town_common_names",
        "https://workercn.cn/357/202008/05/200805094642899.shtml",
        "(harder) 镇人民政府 岗位廉政风险防控清单 in two sheets whose holders are written in ONE cell, post, a "
        "space (full-width or half-width) and name, the holders MOSTLY of COMMON surnames with a one-character "
        "given name that also writes a post or a duty (``会计　王长``, ``出纳　李员``, ``主任 张科``, "
        "``站长　刘干``, ``科员 赵师``, ``所长　张主``, ``报账员 刘管``), after the source's news page revisiting "
        "龙头山镇 six years after the 2014 地震 (its rebuilt 民房, 学校, 政府办公房, its 花椒 trade): 镇机关 "
        "``序号/岗位及人员/廉政风险点/风险等级/防控措施`` (no 科室), 站所 ``序号/站所 merged/职务　姓名 merged "
        "per person/廉政风险点/风险类型/风险等级/防控措施``, 高/中/低",
        [office, stations], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ludian_wenping_street_list() -> dict:
    unit = f"{PLACE}文屏街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "颜盏珩", "leader", "老旧小区改造项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，党工委会集体研究。"),
        ("街道领导", "主任", "颜盏珩", "leader", "街道资金拨付不按进度", "制度机制风险", "高", "资金按进度拨付并公示。"),
        ("党政综合办公室", "副主任", "孛术鲁澜", "middle", "培训费报账虚列人数", "岗位职责风险", "中",
         "培训签到表附报账。"),
        ("社会事务办公室", "工作人员", "颜盏湄", "general", "城乡低保入户核查不实", "业务流程风险", "中",
         "入户核查两人以上，结果公示。"),
        ("社会事务办公室", "工作人员", "颜盏湄", "general", "收受救助对象礼品", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "ludian_wenping_street_list", "http://www.ludian.gov.cn/channels/1692.html",
        "街道办事处 岗位廉政风险防控清单, after the source's page of the 鲁甸县 government site (鲁甸概况, "
        "区域划分: 文屏街道 the seat of the county, its villages and 社区): a title, 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def ludian_maojiawan_community_list() -> dict:
    unit = f"{PLACE}砚池街道卯家湾社区居民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("社区党总支书记", "孛术鲁琛", "leader", "搬迁安置房分配优亲厚友", "一级", "分配方案居民代表会议评议并公示。"),
        ("社区党总支书记", "孛术鲁琛", "leader", "社区公益岗人员指定", "一级", "公益岗公开招聘。"),
        ("社区居委会副主任", "颜盏瑶", "general", "临时救助评议不公开", "二级", "评议结果张榜公示。"),
        ("社区报账员", "孛术鲁玥", "general", "社区经费票据入账不及时", "二级", "票据按月入账，两人复核。"),
        ("社区报账员", "孛术鲁玥", "general", "扶贫车间租金坐收坐支", "三级", "租金全额存入社区账户。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("社区监督委员会意见：", None, None, "2025年10月", None, None)
    return _layout(
        "ludian_maojiawan_community_list", "https://zhdiming.com/yunnanludianxian",
        "社区 小微权力廉政风险防控清单, after the source's place-name page on 鲁甸县 (行政代码 530621, its "
        "街道, 镇 and 乡 with their codes, 千年银都): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def ludian_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "孛术鲁翊", "leader", "土地出让条件量身设置", "外部环境", "Ⅰ级", "出让方案集体研究。"),
        ("局领导", "局长", "孛术鲁翊", "leader", "规划调整个人说了算", "制度机制", "Ⅰ级", "规划调整经规委会审议。"),
        ("执法监察大队", "大队长", "颜盏澍", "middle", "违法占地查处通风报信", "岗位职责", "Ⅱ级",
         "巡查不预先告知，两人执法。"),
        ("执法监察大队", "大队长", "颜盏澍", "middle", "罚款裁量畸轻畸重", "业务流程", "Ⅱ级", "裁量基准公开。"),
        ("不动产登记中心", "科员", "孛术鲁涵", "general", "接受办事群众礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "ludian_natural_resources_bureau_list", "http://www.zt.gov.cn/contents/1950/202872.html",
        "县自然资源局 岗位廉政风险防控一览表, after the source's page of the 昭通 government site publishing "
        "鲁甸县's 十四五 规划纲要 (空间布局, 发展定位): a title, 序号/股室 merged/职务 and 姓名 merged per "
        "person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def ludian_agriculture_bureau_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 40, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "颜盏瑄", "leader", "高标准农田项目招标设置倾向性条款", "一级风险", "招标文件集体审查。"),
        ("农田建设股", "股长", "孛术鲁泠", "middle", "工程量签证把关不严", "一级风险", "签证两人复核、集体研究。"),
        ("农田建设股", "股长", "孛术鲁泠", "middle", "隐蔽工程验收不到场", "二级风险", "验收留存影像。"),
        ("种植业股", "技术员", "颜盏璆", "general", "苹果种苗补贴对象审核不严", "二级风险", "补贴对象两级审核。"),
        ("种植业股", "技术员", "颜盏璆", "general", "马铃薯种薯发放不登记", "三级风险", "发放登记并公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "ludian_agriculture_bureau_screening", "http://bx2200.com/baogao/xn/6534_4.html",
        "县农业农村局 廉政风险点排查表, after the source's page of a 鲁甸 政府工作报告 (项目建设, 高标准农田, "
        "苹果, 马铃薯, 花椒交易市场): a title, 序号/科室/岗位/责任人 on EVERY row/风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ludian_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "工程管理岗", "general", "农村公路质量验收降低标准", "岗位职责风险", "高风险",
         "验收两人以上，留存影像。"),
        ("建设管理股", "工程管理岗", "general", "工程款拨付不按进度", "业务流程风险", "高风险", "拨付经集体研究。"),
        ("运输管理所", "执法员", "general", "超限运输查处通风报信", "制度机制风险", "中风险", "执法全程记录。"),
        ("运输管理所", "执法员", "general", "接受运输企业宴请", "思想道德风险", "中风险", "签订廉洁承诺书。"),
        ("财务室", "会计岗", "general", "养护资金支出凭证不全", "外部环境风险", "低风险", "凭证两人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "ludian_transport_bureau_posts", "http://365135.com/yunnan/zhaotong/25055.shtml",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's encyclopaedia-style page on 鲁甸县 "
        "(行政区划, 建置沿革 from 朱提 to 民国, 特产): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def ludian_xiaozhai_clinic_group_rows() -> dict:
    unit = f"{PLACE}小寨镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "颜盏琬", "leader", [
                ("药品耗材采购个人决定", "高", "采购院务会研究，公开采购。"),
                ("绩效分配方案不公开", "高", "分配方案职工大会通过并公示。"),
            ]),
        ]),
        ("二、药房", "药房", [
            ("药剂员", "孛术鲁璠", "general", [
                ("药品出入库登记不实", "中", "出入库按月盘点。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "颜盏瑀", "general", [
                ("医保结算数据不实", "中", "结算数据按月核对。"),
                ("现金收入不及时入账", "低", "收入日清日结。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年10月", None)
    return _layout(
        "ludian_xiaozhai_clinic_group_rows", "http://news.sina.com.cn/c/p/2014-08-03/171130622831.shtml",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's news page of the 2014 鲁甸 地震 with "
        "the county's 县情概况 (no page of 小寨镇 nor of its 卫生院 could be found): a title, 序号/岗位/姓名/"
        "廉政风险点/风险等级 高/中/低/防控措施, group rows ``一、院领导``, ``二、药房``, ``三、收费室`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ludian_no1_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("孛术鲁珺", "", "校长", "leader", [
            ("食堂大宗物资采购指定供应商", "一级", "物资公开招标，家委会参与验收。", "已落实"),
            ("校舍维修指定施工方", "二级", "维修项目比选，结果公示。", "已落实"),
        ]),
        ("颜盏玙", "教务处", "干事", "general", [
            ("教辅资料征订收取回扣", "二级", "征订目录公示，自愿订购。", "未发现问题"),
            ("考试成绩登记不严", "三级", "成绩两人核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年10月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ludian_no1_middle_school_selfchecks",
        "http://xfh999.com/list/4/ludianxiangejiedaoxiangzhenqingkuangjieshao.html",
        "县第一中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page "
        "introducing 鲁甸's 街道 and 乡镇 (文屏街道's 县一中, 县二中, 职业中学 among its schools): a title, a "
        "label row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 "
        "``一级/二级/三级``/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ludian_longtoushan_town_common_names(),
    ludian_wenping_street_list(),
    ludian_maojiawan_community_list(),
    ludian_natural_resources_bureau_list(),
    ludian_agriculture_bureau_screening(),
    ludian_transport_bureau_posts(),
    ludian_xiaozhai_clinic_group_rows(),
    ludian_no1_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1079-inbox"))
