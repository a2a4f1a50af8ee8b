"""The one-thousand-and-thirteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 民族, 工信, 林业, 残联 and 交通 bodies of one
county, 黄平县 (黔东南苗族侗族自治州, 贵州省) — its 旧州镇人民政府, the 枫香村, the 文体广电旅游局, the
民族宗教事务局, the 工业和信息化局, the 林业局, the 残疾人联合会 and the 交通运输局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 旧州镇人民政府's 清单 under GROUP ROWS ``一、镇领导``, ``二、文化服务中心``, ``三、农业服务中心`` (no
  科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 枫香村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 民族宗教事务局's 责任清单: ``科室 | 岗位 | 责任人`` on every row, short types under ``风险类别``,
  ``高风险/中风险/低风险``;
- the 工业和信息化局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no
  names;
- the 林业局's 排查表: ``科室`` merged, ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 残疾人联合会's 自查表, one sheet a person: ``姓　名 | 职　务 | 自查日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``huangping_transport_roster_by_duties``: the 交通运输局's 一览表 that names NO PERSON — ``序号 | 岗位
  | 分管工作 | 廉政风险点 | 风险等级 | 防控措施`` — with a second sheet ``人员名单`` (``序号 | 姓名 | 职务 |
  分管工作``) giving the holders, where ONE POST HAS TWO HOLDERS (two 副局长) told apart only by
  their ``分管工作`` (``分管财务、运输管理`` / ``分管工程建设、安全监管``), which the list repeats on each
  of their rows; the list's 副局长 rows are the two men's in two runs. docs/layouts.md knows a
  roster keyed by post (one holder a post; two holders of one post only with a 在岗情况 column, each
  then taking all the post's points, otherwise post-only with ROSTER_POST_SEVERAL_HOLDERS); not two
  holders of one post told apart by a second key both sheets write.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
叱奴 and 乙旃 with rare given names); every unit is a body of 黄平县.

Run ``python tests/published/score.py --set batch1013`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each list row is the point of the roster's person whose 职务 is the row's
  岗位 and whose 分管工作 is the row's (the same text); the roster itself is no points; the
  ``分管工作`` column is no point and no 科室; the 局's people have no 科室;
- ``镇领导``, ``局领导`` are the 科室 of the leaders; the 村's and the 残联's people have no 科室 where
  no column gives one; 镇长, 局长, 副局长, 村党支部书记, 理事长 are leaders; 股长, 主任 (of a 镇's 中心)
  middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` and ``自查日期`` are no points; the
  工业和信息化局's list names no person: its forms are posts;
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

PREFIX = "b1013_"
PLACE = "黄平县"
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

# the 人员名单: (姓名, 职务, 分管工作, tier)
ROSTER = [
    ("叱奴翀璟", "局长", "主持全面工作", "leader"),
    ("乙旃沨珝", "副局长", "分管财务、运输管理", "leader"),
    ("叱奴岍瑢", "副局长", "分管工程建设、安全监管", "leader"),
    ("乙旃璆", "会计", "负责财务收支核算", "general"),
    ("叱奴湉", "出纳", "负责现金和银行账户管理", "general"),
]

# the list: (岗位, 分管工作, 廉政风险点, 风险等级, 防控措施)
DUTIES = [
    ("局长", "主持全面工作", "农村公路建设项目干预发包", "高", "项目公开招标，领导干预登记报告。"),
    ("局长", "主持全面工作", "大额资金使用个人说了算", "高", "“三重一大”事项局党组会集体研究。"),
    ("副局长", "分管财务、运输管理", "客运线路经营许可审批打招呼", "高", "许可事项集体审核，结果公示。"),
    ("副局长", "分管财务、运输管理", "燃油补贴资金分配不公", "中", "补贴按里程核定，名单公示。"),
    ("副局长", "分管工程建设、安全监管", "工程变更签证把关不严", "高", "变更经监理、业主、审计三方签认。"),
    ("副局长", "分管工程建设、安全监管", "安全检查中接受企业宴请", "中", "检查两人以上，执行八项规定。"),
    ("会计", "负责财务收支核算", "虚列工程管理费支出", "中", "支出凭合同、发票和验收单入账。"),
    ("出纳", "负责现金和银行账户管理", "公款私存、挪用备用金", "低", "现金日清月结，账户定期对账。"),
]  # fmt: skip


def huangping_transport_roster_by_duties() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 10, 24, 36, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "分管工作", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    holder = {(post, duty): (who, tier) for who, post, duty, tier in ROSTER}
    for n, (post, duty, point, lv, measures) in enumerate(DUTIES, 1):
        sh.add(n, post, duty, point, lv, measures)
        who, tier = holder[(post, duty)]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key)])
    _line(sh, "注：各岗位责任人见“人员名单”。", 6)
    names = _Sheet("人员名单", [6, 10, 10, 26])
    _line(names, f"{unit}领导班子成员及工作人员名单", 4)
    names.add("序号", "姓名", "职务", "分管工作")
    for n, (who, post, duty, _tier) in enumerate(ROSTER, 1):
        names.add(n, who, post, duty)
    return _layout(
        "huangping_transport_roster_by_duties", "http://3g.qdn.cn/news/sh/201007/35468.shtml",
        "(harder) 县交通运输局 岗位廉政风险防控一览表 that names NO PERSON, its holders on a second sheet ``人员名单`` "
        "(序号/姓名/职务/分管工作) where ONE POST HAS TWO HOLDERS (two 副局长) told apart only by their 分管工作, which "
        "the list repeats on their rows, after the source's report of a photographers' visit to 黄平's 飞云崖 (舞阳河"
        "风景名胜, 古建筑, 明代): a title, 序号/岗位 and 分管工作 merged per holder/廉政风险点/风险等级 高/中/低/防控"
        "措施; no type column; a 注 pointing to the roster",
        [sh, names], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huangping_jiuzhou_town_group_rows() -> dict:
    unit = f"{PLACE}旧州镇人民政府"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("镇长", "乙旃琰翾", "leader", [
                ("古镇街区风貌改造项目指定施工方", "一级风险", "项目按规定比选，镇党委会集体研究。"),
                ("旅游发展奖补资金分配个人说了算", "一级风险", "奖补对象公示，资金专户管理。"),
            ]),
        ]),
        ("二、文化服务中心", "文化服务中心", [
            ("主任", "叱奴瀞沅", "middle", [
                ("古建筑修缮经费报账不实", "二级风险", "报账附施工照片和验收单。"),
            ]),
            ("文化专干", "乙旃翯", "general", [
                ("古镇演艺活动补助优亲厚友", "二级风险", "补助对象评审后公示。"),
                ("文化活动器材外借不登记", "三级风险", "器材出借台账管理。"),
            ]),
        ]),
        ("三、农业服务中心", "农业服务中心", [
            ("主任", "叱奴琤璇", "middle", [
                ("万亩大坝耕地地力补贴面积核实不严", "二级风险", "面积入户核实，村组公示。"),
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
        "huangping_jiuzhou_town_group_rows", "http://xkhj.com.cn/xinwen/3604.html",
        "镇人民政府 岗位廉政风险防控清单 under GROUP ROWS, after the source's account of 旧州古镇 (且兰古都, 九宫八庙, "
        "舞阳河, 万亩大坝): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、镇领导``, ``二、文化服务中心``, ``三、农业服务中心`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def huangping_fengxiang_village_list() -> dict:
    unit = f"{PLACE}重安镇枫香村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "乙旃霂澂", "leader", "泥哨合作社收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "乙旃霂澂", "leader", "村内道路硬化工程指定施工方", "一级", "工程“四议两公开”，全程公示。"),
        ("村委会主任", "叱奴瑆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "乙旃沄", "general", "村级资产出租不签合同", "二级", "资产出租公开竞价，合同备案。"),
        ("村文书", "乙旃沄", "general", "误工补贴虚报人数", "三级", "补贴名单经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年6月", None, None)
    return _layout(
        "huangping_fengxiang_village_list", "https://m.456gushi.com/chuantong/10399.html",
        "村 小微权力廉政风险防控清单, after the source's note on 黄平泥哨 (苗族民间玩具, 石牛寨, 黑底点红绿): a title, "
        "序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def huangping_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "叱奴珩瑗", "leader", "景区提升工程干预招标", "思想道德风险", "高",
         "工程公开招标，领导干预登记报告。"),
        ("局领导", "局长", "叱奴珩瑗", "leader", "旅游发展大会经费安排个人说了算", "制度机制风险", "高",
         "经费安排局党组会集体研究。"),
        ("文物股", "股长", "乙旃澜翊", "middle", "文物保护单位修缮方案审核不严", "岗位职责风险", "中",
         "修缮方案专家评审。"),
        ("文物股", "股长", "乙旃澜翊", "middle", "文物巡查记录弄虚作假", "业务流程风险", "中", "巡查留影，随机抽查。"),
        ("旅游市场股", "科员", "叱奴霈", "general", "对违规景区经营户通风报信", "外部环境风险", "低",
         "检查两人以上，执法记录仪全程记录。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "huangping_culture_bureau_list", "http://dengche.cn/jd/i.php/29153.html",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's guide to 飞云崖 (舞阳河风景名胜区, 月潭寺, 黔南第一"
        "胜景): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def huangping_ethnic_affairs_duty_list() -> dict:
    unit = f"{PLACE}民族宗教事务局"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乙旃璟澄", "leader", "少数民族发展资金安排打招呼", "外部环境", "高风险",
         "资金安排集体研究，过问登记。"),
        ("民族经济股", "股长", "叱奴沨琬", "middle", "民族特色村寨项目申报审核不严", "岗位职责", "高风险",
         "申报材料实地核查后公示。"),
        ("民族经济股", "股长", "叱奴沨琬", "middle", "蜡染传习所补助资金发放不实", "业务流程", "中风险",
         "补助名单公示，资金直达个人。"),
        ("民族文化股", "科员", "乙旃璠", "general", "民族节庆活动承办单位指定", "制度机制", "中风险",
         "承办单位比选确定。"),
        ("民族文化股", "科员", "乙旃璠", "general", "接受活动承办方宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "huangping_ethnic_affairs_duty_list",
        "http://tcdqw.com/detail-tcjieshao.php?guanjianci=%E8%9C%A1&id=73189",
        "县民族宗教事务局 廉政风险防控责任清单, after the source's account of 黄平 革家蜡染 (图形摆布, 重安, 革家妇女): "
        "a title, 序号/科室/岗位/责任人 on EVERY row/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def huangping_industry_bureau_posts() -> dict:
    unit = f"{PLACE}工业和信息化局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("产业发展股", "项目管理岗", "general", "工业园区标准厂房入驻审核不严", "岗位职责风险", "Ⅰ级",
         "入驻企业集体评审，结果公示。"),
        ("产业发展股", "项目管理岗", "general", "技改补助资金虚报冒领", "业务流程风险", "Ⅰ级", "补助凭发票和验收报告拨付。"),
        ("运行监测股", "统计岗", "general", "规上企业产值数据把关不严", "制度机制风险", "Ⅱ级", "数据两人复核。"),
        ("运行监测股", "统计岗", "general", "接受企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "办公用品采购不比价", "外部环境风险", "Ⅲ级", "采购三家比价。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "huangping_industry_bureau_posts", "http://www.dghzdr.com/html/special/2016/0830/10110.html",
        "县工业和信息化局 岗位廉政风险防控清单 对岗不对人, after the source's report on 旧州古镇's works (东城门, 且兰广场, "
        "青石板): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huangping_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乙旃翃瀚", "leader", "造林项目安排", "造林工程化整为零规避招标", "高风险",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "叱奴璇霁", "middle", "林木采伐", "采伐许可超额审批", "高风险", "采伐许可集体审核。"),
        ("资源管理股", "股长", "叱奴璇霁", "middle", "林地征占", "林地征占用现场查验走过场", "中风险",
         "现场查验两人以上，影像留存。"),
        ("护林防火站", "护林员", "乙旃琛", "general", "生态补偿", "生态护林员补助虚报人头", "中风险",
         "补助名单与考勤核对。"),
        ("护林防火站", "护林员", "乙旃琛", "general", "物资领用", "防火物资领用不登记", "低风险", "物资出入库台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年6月", None)
    return _layout(
        "huangping_forestry_screening", "https://www.jxqdn.net/article-2166-1.html",
        "县林业局 廉政风险点排查表, after the source's travel note on 旧州古镇 (舞阳湖, 峡谷, 万亩大坝): a title, 序号/"
        "科室 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huangping_disabled_federation_selfchecks() -> dict:
    unit = f"{PLACE}残疾人联合会"
    t = _Truth(unit)
    people = [
        ("叱奴澈瑀", "理事长", "leader", [
            ("残疾人创业扶持对象把关不严", "高", "扶持对象集体评定并公示。", "已落实"),
            ("接受辅具供应商礼品", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("乙旃沅琇", "干事", "general", [
            ("康复训练补贴报账不实", "中", "报账附训练记录和签到表。", "已落实"),
            ("辅具发放台账登记不全", "低", "辅具发放逐件登记签收。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "自查日期", None, None)
        sh.add(who, post, "2025年6月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huangping_disabled_federation_selfchecks", "http://ourfolk.net/2008/04/29/192/",
        "县残疾人联合会 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's blog on "
        "黄平泥哨 (三条腿的造型, 营盘坡, 泥咕咕): a title, a label row ``姓　名 | 职　务 | 自查日期`` over a row of values, "
        "then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huangping_transport_roster_by_duties(),
    huangping_jiuzhou_town_group_rows(),
    huangping_fengxiang_village_list(),
    huangping_culture_bureau_list(),
    huangping_ethnic_affairs_duty_list(),
    huangping_industry_bureau_posts(),
    huangping_forestry_screening(),
    huangping_disabled_federation_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1013-inbox"))
