"""The one-thousand-and-fifteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 林业, 退役军人, 档案 and 融媒体 bodies of one
county, 独山县 (黔南布依族苗族自治州, 贵州省) — its 麻万镇人民政府, the 影山镇翁奇村, the 文体广电旅游局,
the 林业局, the 退役军人事务局, the 档案馆, the 融媒体中心 and the 农业农村局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 麻万镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 翁奇村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文体广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 退役军人事务局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 档案馆's 清单 under GROUP ROWS ``一、馆领导``, ``二、业务指导股``, ``三、保管利用股`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 融媒体中心's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``dushan_agriculture_roster_above_by_duties``: the 农业农村局's ONE-SHEET 一览表 whose list
  names NO PERSON — ``序号 | 岗位 | 工作分工 | 廉政风险点 | 风险等级 | 防控措施`` — under a roster
  printed ABOVE it on the same sheet (``领导班子成员及工作人员分工`` over ``序号 | 姓名 | 职务 | 分工``),
  where ONE POST HAS TWO HOLDERS (two 副局长) told apart only by their 分工, which the list repeats
  on each of their rows under a heading ``工作分工``. docs/layouts.md knows a roster above a list
  (one holder a post), and, since batch1013, two holders of one post told apart by their 分管工作 on
  a roster of ANOTHER sheet, the list's column headed as a duty (``分管工作``, ``分管范围``); not
  the roster on the list's own sheet, above it, nor a list column headed ``工作分工``/``分工``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
仆固 and 库莫奚 with rare given names); every unit is a body of 独山县.

Run ``python tests/published/score.py --set batch1015`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each list row is the point of the roster's person whose 职务 is the row's
  岗位 and whose 分工 is the row's 工作分工 (the same text); the roster above is no points; the
  ``工作分工`` column is no point and no 科室; the 局's people have no 科室;
- ``镇领导``, ``局领导``, ``馆领导`` are the 科室 of the leaders; the 村's and the 融媒体中心's people
  have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 馆长, 主任 (of the 中心)
  are leaders; 股长, 所长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  退役军人事务局's list names no person: its forms are posts;
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

PREFIX = "b1015_"
PLACE = "独山县"
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

# the roster above the list: (姓名, 职务, 分工, tier)
ROSTER = [
    ("仆固翚璘", "局长", "主持局全面工作", "leader"),
    ("库莫奚珣", "副局长", "分管种植业、农田建设", "leader"),
    ("仆固湜", "副局长", "分管畜牧兽医、草地牧场", "leader"),
    ("库莫奚翾", "会计", "负责项目资金核算", "general"),
    ("仆固澂瑗", "出纳", "负责现金和票据管理", "general"),
]

# the list: (岗位, 工作分工, 廉政风险点, 风险等级, 防控措施)
DUTIES = [
    ("局长", "主持局全面工作", "高标准农田项目干预施工单位确定", "高", "项目公开招标，领导干预插手登记报告。"),
    ("局长", "主持局全面工作", "涉农资金统筹安排个人说了算", "高", "资金安排局党组会集体研究，结果公开。"),
    ("副局长", "分管种植业、农田建设", "耕地地力保护补贴面积核定不实", "高", "面积村组公示，乡镇复核后发放。"),
    ("副局长", "分管种植业、农田建设", "农田建设项目验收降低标准", "中", "验收邀请第三方和村民代表参加。"),
    ("副局长", "分管畜牧兽医、草地牧场", "草地牧场承包经营权流转暗箱操作", "高", "流转公开挂牌，合同备案。"),
    ("副局长", "分管畜牧兽医、草地牧场", "动物防疫物资发放优亲厚友", "中", "物资按存栏数核定，发放签收。"),
    ("会计", "负责项目资金核算", "项目资金支出凭证审核不严", "中", "凭合同、验收单和发票支付，两人复核。"),
    ("出纳", "负责现金和票据管理", "收款不开票据、截留资金", "低", "票据统一领用核销，日清月结。"),
]  # fmt: skip


def dushan_agriculture_roster_above_by_duties() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 10, 26, 36, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    _line(sh, "领导班子成员及工作人员分工", 6)
    sh.add("序号", "姓名", "职务", "分工", None, None)
    for n, (who, post, duty, _tier) in enumerate(ROSTER, 1):
        sh.add(n, who, post, duty, None, None)
    sh.add(None, None, None, None, None, None)
    sh.add("序号", "岗位", "工作分工", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    holder = {(post, duty): (who, tier) for who, post, duty, tier in ROSTER}
    for n, (post, duty, point, lv, measures) in enumerate(DUTIES, 1):
        sh.add(n, post, duty, point, lv, measures)
        who, tier = holder[(post, duty)]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key)])
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "dushan_agriculture_roster_above_by_duties", "https://kaojiazhao.com/news491344",
        "(harder) 县农业农村局 岗位廉政风险防控一览表 on ONE sheet: a roster ABOVE the list (``领导班子成员及工作人员"
        "分工`` over 序号/姓名/职务/分工) where ONE POST HAS TWO HOLDERS (two 副局长) told apart only by their 分工, "
        "and under it a list naming NO PERSON whose ``工作分工`` column repeats the 分工 on their rows, after the "
        "source's list of 独山's sights (紫林山, 深河桥, 丫丫大草原 of 打羊乡, 影山草堂): a title, 序号/岗位 and 工作分工 "
        "merged per holder/廉政风险点/风险等级 高/中/低/防控措施; no type column; a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def dushan_mawan_town_list() -> dict:
    unit = f"{PLACE}麻万镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "仆固瑨翊", "leader", "抗战遗址周边环境整治工程指定施工队", "思想道德风险", "高",
         "工程按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "仆固瑨翊", "leader", "集镇建设资金拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "库莫奚琛", "middle", "公务接待超标准不如实报账", "岗位职责风险", "中",
         "接待凭公函和清单报账。"),
        ("农业服务中心", "农技员", "仆固沨", "general", "良种补贴发放登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "仆固沨", "general", "接受农资经销商吃请", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "dushan_mawan_town_list", "https://m.ke263.com/list2578/406804l0.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's entry on 深河桥抗日文化园 (独山县城北9公里, 民族门, 烽火台): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def dushan_wengqi_village_list() -> dict:
    unit = f"{PLACE}影山镇翁奇村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "库莫奚瑢", "leader", "乡村旅游合作社分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "库莫奚瑢", "leader", "茶园基础设施项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "仆固珝", "general", "特色村寨民居改造补助评定不公", "二级", "评定结果张榜公示。"),
        ("村文书", "库莫奚沅", "general", "村集体茶山承包不签合同", "二级", "承包公开竞价，合同备案。"),
        ("村文书", "库莫奚沅", "general", "公益性岗位考勤弄虚作假", "三级", "考勤表经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "dushan_wengqi_village_list", "http://www.cqbywh.cn/cqbywh/vip_doc/21241374.html",
        "村 小微权力廉政风险防控清单, after the source's essay on 影山镇翁奇村 (布依族村寨, 茶山, 净心谷, 影山草堂): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def dushan_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "库莫奚澜", "leader", "溶洞景区开发项目干预招商", "外部环境", "高风险",
         "招商项目集体研究，过问登记。"),
        ("局领导", "局长", "库莫奚澜", "leader", "文旅推介经费安排不经集体研究", "制度机制", "高风险",
         "经费安排局党组会研究。"),
        ("旅游股", "股长", "仆固翯琮", "middle", "A级景区复核打招呼放宽条件", "岗位职责", "中风险",
         "复核专家打分，结果公示。"),
        ("旅游股", "股长", "仆固翯琮", "middle", "乡村旅游奖补对象审核不严", "业务流程", "中风险",
         "奖补对象实地核查后公示。"),
        ("文化市场股", "科员", "库莫奚霈", "general", "接受娱乐场所经营者礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "dushan_culture_bureau_list", "https://qiannan.news.fang.com/2017-01-04/24021485.htm",
        "县文体广电旅游局 岗位廉政风险防控一览表, after the source's report on 基长镇's 天洞 (神仙洞, 独秀名园, 秀峰村): "
        "a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def dushan_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仆固琰", "leader", "森林公园项目", "森林公园配套工程拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源股", "股长", "库莫奚璟", "middle", "采伐审批", "林木采伐蓄积量核定不实", "高", "采伐审批集体审核。"),
        ("资源股", "股长", "库莫奚璟", "middle", "野保执法", "查处猎捕野生动物案件说情放纵", "中",
         "案件集体审理，执法全程记录。"),
        ("林业站", "护林员", "仆固翊澍", "general", "护林补助", "护林员巡山天数虚报", "中", "巡护轨迹与考勤核对。"),
        ("林业站", "护林员", "仆固翊澍", "general", "苗木领用", "造林苗木领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "dushan_forestry_screening", "http://m.ipa361.com/index.php/Home/Baike/baikeshow/did/2283421.html",
        "县林业局 廉政风险点排查表, after the source's entry on 紫林山 (原始森林, 翻天印, 将军岩, 夹缝岩瀑布): a title, "
        "序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def dushan_veterans_bureau_posts() -> dict:
    unit = f"{PLACE}退役军人事务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("优抚股", "优抚审核岗", "general", "伤残等级评定材料审核走过场", "岗位职责风险", "Ⅰ级",
         "评定材料两人审核，结果公示。"),
        ("优抚股", "优抚审核岗", "general", "定期抚恤金对象死亡未及时停发", "业务流程风险", "Ⅰ级",
         "每季度与公安户籍信息比对。"),
        ("安置股", "安置岗", "general", "退役士兵安置岗位分配暗箱操作", "制度机制风险", "Ⅱ级", "按积分排名公开选岗。"),
        ("安置股", "安置岗", "general", "接受退役士兵家属礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "纪念设施维护经费报账不实", "外部环境风险", "Ⅲ级", "报账附维护前后照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "dushan_veterans_bureau_posts", "https://www.gzstv.com/a/a1dada560db74972a42fb7c71adc586f",
        "县退役军人事务局 岗位廉政风险防控清单 对岗不对人, after the source's report on 深河桥抗战遗址 (黔南事变, 国防教育"
        "示范基地, 徐霞客): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def dushan_archives_group_rows() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、馆领导", "馆领导", [
            ("馆长", "库莫奚瑀", "leader", [
                ("抗战史料征集经费使用个人说了算", "一级风险", "经费使用集体研究，专账管理。"),
                ("档案数字化外包项目指定服务商", "一级风险", "外包项目政府采购。"),
            ]),
        ]),
        ("二、业务指导股", "业务指导股", [
            ("股长", "仆固澈", "middle", [
                ("机关档案工作检查打分放水", "二级风险", "检查两人以上，评分公示。"),
            ]),
        ]),
        ("三、保管利用股", "保管利用股", [
            ("管理员", "库莫奚瑗", "general", [
                ("违规提供未开放档案查阅", "二级风险", "查阅审批登记，全程监控。"),
                ("档案复制收费不开票据", "三级风险", "收费统一开票，定期核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "dushan_archives_group_rows",
        "https://newton.com.tw/wiki/%E7%8D%A8%E5%B1%B1%E6%B7%B1%E6%B2%B3%E6%A9%8B%E6%8A%97%E6%88%B0%E9%81%BA%E5%9D%80",
        "县档案馆 岗位廉政风险防控清单 under GROUP ROWS, after the source's entry on 独山深河桥抗战遗址 (黔南事变陈列馆, "
        "贵州抗日陈列馆, 史料): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、馆领导``, ``二、业务指导股``, ``三、保管利用股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def dushan_media_centre_selfchecks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    people = [
        ("仆固璇霂", "主任", "leader", [
            ("广告版面安排收受好处", "高", "广告业务统一签约，价格公开。", "已落实"),
            ("设备采购不比价", "中", "采购三家比价，集体审定。", "已落实"),
        ]),
        ("库莫奚澍", "记者", "general", [
            ("有偿新闻收受采访对象红包", "中", "签订廉洁承诺书，违规通报。", "未发现问题"),
            ("采访差旅费重复报销", "低", "差旅报销附派车单和行程。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "dushan_media_centre_selfchecks", "https://m.fx361.cc/news/2023/1124/23075366.html",
        "县融媒体中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's photographer's "
        "piece on 深河桥 (单拱青石, 麻万镇麻抹村, 210国道): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    dushan_agriculture_roster_above_by_duties(),
    dushan_mawan_town_list(),
    dushan_wengqi_village_list(),
    dushan_culture_bureau_list(),
    dushan_forestry_screening(),
    dushan_veterans_bureau_posts(),
    dushan_archives_group_rows(),
    dushan_media_centre_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1015-inbox"))
