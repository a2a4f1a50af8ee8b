"""The one-thousand-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 卫健, 林草, 市场监管, 文旅, 学校 and 发改 bodies of one
county, 嵩明县 (昆明市, 云南省) — its 嵩阳街道办事处, the 小街镇小街村, the 卫生健康局, the 林业和草原局,
the 市场监督管理局, the 文化和旅游局, the 第一中学 and the 发展和改革局 — each handing back the 一览表, 清单,
排查表 or 自查表 its staff typed in WPS or Excel:

- the 嵩阳街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 小街村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业和草原局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文化和旅游局's 清单 under GROUP ROWS ``一、局领导``, ``二、文化市场综合执法大队``, ``三、兰茂纪念馆``
  (no 科室 column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第一中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``songming_reform_bureau_seq_numbered_stages``: the 发展和改革局's 清单 (``序号 | 科室 | 岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控措施``) whose NUMBERING stands only in the 序号 column: ``1`` (a number) on a
  heading row whose point cell names a 环节 with no number (``项目审批环节``, ``资金拨付``, ``价格认定``,
  ``粮食储备管理``), then ``1.1``, ``1.2`` (text) on the points under it, ``2``, ``2.1`` …; each point
  has its own holder, level and measures, the heading rows' other cells blank. batch1062's fix
  (``POINTS_UNDER_NUMBERED_STAGES``) reads the numbers only where they stand in the point column
  (``1. 项目审批环节`` over ``1.1 …``); a probe at HEAD read each heading row here as a point
  with no level and no measures.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 嵩明 could be found: the pages are of the county — its
encyclopaedia, dictionary and place-name entries, its 嵩阳 and 小街, travel and city pages); the
rows are worded by us, the names invented (the rare compound surnames 侯力伐 and 贺敦 with rare
given names); every unit is a body of 昆明市嵩明县.

Run ``python tests/published/score.py --set batch1063`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a heading row (``1 | … | 项目审批环节``) is no point: it is the 环节 of the
  points numbered under it in the 序号 column; each point is its cell's text as written;
- ``街道领导``, ``局领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长 have no 科室
  where no column gives one; 主任 (of the 街道), 局长, 村党总支书记, 校长 are leaders; 股长, 大队长,
  馆长, a 中心's 主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
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

PREFIX = "b1063_"
PLACE = "昆明市嵩明县"
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

HEAD = ("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")

# (heading number, 环节 as written, [(序号, 科室, 岗位, 责任人, tier, 廉政风险点, 风险等级, 防控措施)])
REFORM = [
    (1, "项目审批环节", [
        ("1.1", "投资股", "股长", "侯力伐翀", "middle", "对不符合产业政策的项目违规出具备案意见", "一级",
         "备案事项两人审核，股室会审。"),
        ("1.2", "投资股", "股长", "侯力伐翀", "middle", "项目审批超时限、吃拿卡要", "二级", "网上审批留痕，限时办结。"),
    ]),
    (2, "资金拨付", [
        ("2.1", "财务室", "会计", "贺敦琤", "general", "中央预算内资金未按进度拨付", "一级",
         "按项目进度和验收报告拨付，台账管理。"),
        ("2.2", "财务室", "会计", "贺敦琤", "general", "拨付凭证审核不严，虚列支出", "二级", "经办、复核两岗分离。"),
        ("2.3", "财务室", "出纳", "侯力伐沅汐", "general", "专项资金支付后不及时对账", "三级", "日清月结，按月对账。"),
    ]),
    (3, "价格认定", [
        ("3.1", "价格认定中心", "主任", "贺敦澄岚", "middle", "涉案财物价格认定受人请托高估低估", "一级",
         "认定结论集体审议，复核留档。"),
        ("3.2", "价格认定中心", "主任", "贺敦澄岚", "middle", "接受当事人宴请礼品", "二级", "签订廉洁承诺书。"),
    ]),
    (4, "粮食储备管理", [
        ("4.1", "粮食和物资储备股", "股长", "侯力伐珺", "middle", "储备粮轮换出入库数量核验走过场", "二级",
         "出入库两人现场核验，视频留存。"),
        ("4.2", "粮食和物资储备股", "股长", "侯力伐珺", "middle", "粮油补贴企业名单审核把关不严", "三级",
         "补贴名单股室会审并公示。"),
    ]),
]  # fmt: skip


def songming_reform_bureau_seq_numbered_stages() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    sh = _Sheet("清单", [7, 18, 8, 12, 44, 10, 34])
    _line(sh, f"{unit}廉政风险防控清单", 7)
    sh.add(*HEAD)
    for n, stage, points in REFORM:
        sh.add(n, None, None, None, stage, None, None)
        for seq, dept, post, who, tier, point, lv, measures in points:
            sh.add(seq, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "songming_reform_bureau_seq_numbered_stages",
        "https://factpedia.org/index.php?title=%E5%B5%A9%E9%98%B3%E9%95%87&variant=zh",
        "(harder) 县发展和改革局 廉政风险防控清单 whose NUMBERING stands only in the 序号 column: ``1`` on a heading "
        "row whose point cell names a 环节 with no number (``项目审批环节``, ``资金拨付``, ``价格认定``, ``粮食储备管理``), "
        "then ``1.1``, ``1.2`` on the points under it, ``2``, ``2.1`` …; each point with its own 科室/岗位/责任人, "
        "level and measures, the heading rows' other cells blank; after the source's encyclopaedia entry on "
        "嵩阳镇 (the county seat, its 14 村委会, its roads meeting in the town, its history from 崇正厢): a title, "
        "序号/科室/岗位/责任人 on each point row/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a "
        "填表人/审核人/date line (no risk table of 嵩明 could be found: the source is a page of the county)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def songming_songyang_street_list() -> dict:
    unit = f"{PLACE}嵩阳街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "贺敦翾", "leader", "城中村改造工程指定施工单位", "思想道德风险", "高",
         "工程按规定招标，党工委会集体研究。"),
        ("街道领导", "主任", "贺敦翾", "leader", "社区惠民项目资金安排个人说了算", "制度机制风险", "高",
         "资金安排集体研究，社区公示。"),
        ("党政办", "主任", "侯力伐澐", "middle", "公务接待超标准列支", "岗位职责风险", "中", "接待清单审核，季度公开。"),
        ("社会事务办", "民政专干", "贺敦湉", "general", "残疾人补贴审核优亲厚友", "业务流程风险", "中",
         "入户核查，结果公示。"),
        ("社会事务办", "民政专干", "贺敦湉", "general", "接受救助对象礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "songming_songyang_street_list", "https://baike.baidu.hk/item/%E5%B5%A9%E9%99%BD%E8%A1%97%E9%81%93/24465833",
        "街道办事处 岗位廉政风险防控清单, after the source's encyclopaedia entry on 嵩阳街道 (the county seat below "
        "黄龙山, 嵩阳镇 from 1937, a 街道 from 2011, 杨桥 split off in 2018): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def songming_xiaojie_village_list() -> dict:
    unit = f"{PLACE}小街镇小街村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "侯力伐玥", "leader", "村集体土地流转收益不公开", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "侯力伐玥", "leader", "村内灌溉沟渠修缮指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "贺敦璆", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村会计", "侯力伐琬", "general", "集体资金白条入账", "二级", "报账凭证经村务监督委员会签字。"),
        ("村会计", "侯力伐琬", "general", "蔬菜种植补助名册虚报面积", "三级", "补助名册入户核实并公示。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "songming_xiaojie_village_list", "https://www.ke83.com/content/2659f2094480.html",
        "村 小微权力廉政风险防控清单, after the source's place-name entry on 小街镇 (the county's largest town, "
        "once 嘉玲镇, its 17 村民委员会, 花灯之乡 and 龙灯之乡): a title, 序号/职务/姓名 on every row/风险点/风险等级 "
        "``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def songming_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "贺敦璟", "leader", "县人民医院设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "贺敦璟", "leader", "中医药服务能力建设资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管股", "股长", "侯力伐瑀", "middle", "医疗机构校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管股", "股长", "侯力伐瑀", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "贺敦珩", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "songming_health_bureau_list", "http://www.ciyuzhan.com/lishi/diming/e5b5a9e6988ee58ebf",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's dictionary entry on 嵩明县 (嵩盟部, 元 长州, 明 "
        "云南府, 1983 to 昆明市, 杨林肥酒 and 嵩明花灯): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def songming_forestry_screening() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "侯力伐翃", "leader", "造林项目", "梁王山造林项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "贺敦澍", "middle", "采伐许可", "林木采伐许可现场核查不到位", "高", "现场核查两人签字。"),
        ("资源管理股", "股长", "贺敦澍", "middle", "林地占用", "使用林地审核材料把关不严", "中", "审核意见集体研究。"),
        ("林业站", "林业员", "侯力伐琮", "general", "护林员考核", "生态护林员巡护记录不实", "中",
         "巡护轨迹与记录核对。"),
        ("林业站", "林业员", "侯力伐琮", "general", "苗木领用", "绿化苗木领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "songming_forestry_screening", "http://5er0.com/article-1419-1.html",
        "县林业和草原局 廉政风险点排查表, after the source's page on 嵩明县 (its past 县委书记 and 县长, the name "
        "崧盟, 梁王山, 药灵山, the 嘉丽泽 wetland): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a "
        "long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def songming_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法检查岗", "general", "肥酒作坊食品检查走过场", "岗位职责风险", "Ⅰ级",
         "检查两人以上，全程记录。"),
        ("综合执法大队", "执法检查岗", "general", "案件查处降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "窗口受理岗", "general", "经营主体登记材料审核不严", "制度机制风险", "Ⅱ级", "审核一次告知，网上留痕。"),
        ("登记注册股", "窗口受理岗", "general", "接受办事群众礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "songming_market_bureau_posts", "http://97616.net/vjingdian_3879.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's travel page on 嵩明县 (where it lies, "
        "43 km from 昆明, its towns in 2000, 滇中粮仓, 花灯之乡, 兰茂's home): a title, 序号/科室 merged/岗位 merged per post/"
        "廉政风险点/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def songming_culture_bureau_group_rows() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "贺敦湲", "leader", [
                ("花灯艺术节承办单位个人指定", "一级风险", "承办单位政府采购。"),
                ("嘉丽泽湿地提升资金使用个人说了算", "一级风险", "资金使用集体研究，专账管理。"),
            ]),
        ]),
        ("二、文化市场综合执法大队", "文化市场综合执法大队", [
            ("大队长", "侯力伐瑄", "middle", [
                ("娱乐场所违规经营查处放水", "二级风险", "查处结果集体审议，全程记录。"),
            ]),
        ]),
        ("三、兰茂纪念馆", "兰茂纪念馆", [
            ("馆长", "贺敦泠", "middle", [
                ("花灯演出服装采购收取回扣", "二级风险", "采购公开比选，验收两人签字。"),
                ("免费开放补助资金报账不实", "三级风险", "据实报账，两人复核。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "songming_culture_bureau_group_rows", "http://tcmap.com.cn/list/3/mingxiangexiangzhenjiedaodimingyoulai.html",
        "县文化和旅游局 岗位廉政风险防控清单 under GROUP ROWS, after the source's page on how 嵩明县's 乡镇 and 街道 "
        "got their names (嵩阳, 杨桥's bridge of 1507, 小街's narrow market street, 杨林, 牛栏江): a title, 序号/岗位/姓名/廉政风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、局领导``, ``二、文化市场综合执法大队``, "
        "``三、兰茂纪念馆`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def songming_first_school_selfchecks() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    people = [
        ("侯力伐澍", "", "校长", "leader", [
            ("食堂大宗食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "征订自愿，不统一代购。", "已落实"),
        ]),
        ("贺敦璠", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("实验器材入库登记不全", "低", "出入库台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "songming_first_school_selfchecks", "http://com18.com/city/1903.htm",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's city page on "
        "嵩明 (43 km from 昆明, its 9 乡镇, 杨林工业开发区, the 大营 hide market, 花灯): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    songming_reform_bureau_seq_numbered_stages(),
    songming_songyang_street_list(),
    songming_xiaojie_village_list(),
    songming_health_bureau_list(),
    songming_forestry_screening(),
    songming_market_bureau_posts(),
    songming_culture_bureau_group_rows(),
    songming_first_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1063-inbox"))
