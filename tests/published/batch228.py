"""The two-hundred-and-twenty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: TOWNS AND VILLAGES of one county, 泸定县 — a 镇人民政府 with its
办/所/站, a 乡便民服务中心 with its 窗口, a 镇社会保障服务中心, a 村's 小微权力 清单, a 村务监督委员会,
a 村股份经济合作社, a 社区居民委员会 and a 村 "两委" — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 防控卡 the way its staff typed it, with rows about 低保, 补贴, 宅基地, 集体资产 and
工程项目:

- a 镇人民政府 一览表 under ``附件2``: ``内设机构及站所`` merged (镇领导班子, 党政综合办公室, 社会事务办,
  财政所, 林业站, 畜牧兽医站, 村镇规划建设办), 岗位 and 责任人 merged per person, short types,
  高/中/低, a ``填报人： | 联系电话： | 镇纪委审核（盖章）：`` line;
- a 乡便民服务中心 排查表 under ONE merged line ``单位：…　负责人：…　填报日期：…``: ``服务窗口`` merged,
  岗位, 姓名, an ``办理事项`` column before the ``风险点``, 一级/二级/三级, no type column (one window
  worker with a Tibetan name, as a 甘孜 county has them);
- a 镇社会保障服务中心 清单 对岗不对人 with no 科室 column: 岗位 merged, ``业务环节``, ``…风险`` types,
  ``A级/B级/C级`` and a ``注：`` line that reads them;
- a 村's 小微权力 清单 with ``权力类别`` merged down BEFORE 序号, ``权力名称 | 廉政风险``, 一级/二级/三级 and a
  ``责任人`` column holding posts, not names;
- a 村务监督委员会's 自查表, one sheet a member, ``姓名 | 性别 | 职务 | 联系电话`` over a row of values, a
  ``自查情况`` column beside the level, a ``自查人签字 | 镇纪委审核意见`` line;
- a 村股份经济合作社 排查表 under ``填报单位（盖章）：…　填报时间：…``, a short ``风险名称`` beside a long
  ``风险描述``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 社区居民委员会's 防控卡, one sheet a holder, ``持卡人 | … | 职务 | …`` above, a ``监督人`` column naming
  the 镇's 包片领导 on every row, levels ``较高/一般/较低``.

One is harder:

- ``village_posts_as_columns``: a 村 "两委" 岗位廉政风险防控表 whose 风险点 stand in FOUR POST COLUMNS
  under one merged heading ``廉政风险点（分岗位填写）``, each column headed by the post and its holder on
  two lines (``村党支部书记⏎靳砚农`` …); a row is one 权力事项 (低保评议, 惠农补贴, 集体资产发包 …), each
  cell the risk of that post in it (``/`` where the post has no part), the ``风险等级`` at the right the
  level of every cell in the row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (乡镇政务服务中心 and the 站所 it takes
in, a 镇便民服务中心 and its 窗口, a 镇社会保障服务中心's 窗口, 宁海's 村级小微权力清单, a
村务监督委员会's 职责, a 村经济合作社's 联审联签 and 资产发包, 社区 corruption and the 居委会, the 村两委 of
minority areas) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is a body of 泸定县 (its towns,
villages and 社区 — 杉岭镇, 雾溪乡, 青杠坪镇, 椒园村, 石门坎村, 核桃坪村, 红椿村, 滨河社区 — invented).

Run ``python tests/published/score.py --set batch228`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's 党政综合办公室, 社会事务办, 财政所, 林业站, 畜牧兽医站 and 村镇规划建设办 are 科室 of the 镇; its
  镇长/副镇长 stand under ``镇领导班子``;
- a 乡's 便民服务中心 and a 镇's 社会保障服务中心 are the 乡's and the 镇's own (the 乡镇 站/所 convention of
  the earlier batches, e.g. batch163): the 乡/镇 is the unit; the 社保中心 is the 科室 of its posts, and
  in the 便民服务中心 the ``服务窗口`` column names each row's 科室 (beside a 岗位 column). (Measured
  first with the 中心 as the unit and 科室 "" — a truth error against that convention, corrected
  after the measurement; the sheets are unchanged, see tests/test_batch228.py);
- the 村's, the 村务监督委员会's, the 合作社's and the 社区's posts have department "" (no 科室 column);
  the 村务监督委员会 named in the title is the unit (batch51 read a committee's list the other way — the
  村 the unit, the committee its 科室 — where the posts were written 主任/委员; here every 职务 cell
  carries the committee's name, ``村务监督委员会主任``, kept as written);
- ``办理事项``, ``业务环节`` and ``权力名称`` are no points; ``自查情况`` is no point and no level;
- a ``监督人`` column of one name on every row of a card with a 持卡人 is no holder;
- the 社区's cards grade with the three words ``较高/一般/较低`` (1/2/3, as batch219 reads them), each card
  using two of them and the file all three;
- in the harder table each post column is one form (post and holder from its heading), each cell
  that is not ``/`` a point with its row's level; ``/`` is no point;
- 镇长/副镇长, 村党支部书记/村党组织书记, 村委会主任, 社区党支部书记 and 理事长 are leaders; 主任 of a 镇's
  办 or 中心, 所长, 站长, 窗口负责人, 村务监督委员会主任, 居委会副主任 and 监事长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b228_"
PLACE = "泸定县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
SCALE = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

POST_COLUMNS = [
    ("村党支部书记", "靳砚农", "leader"),
    ("村委会主任", "邰秋原", "leader"),
    ("村文书", "漆语桐", "general"),
    ("报账员", "戚晓棠", "general"),
]


def village_posts_as_columns() -> dict:
    unit = f"{PLACE}雾溪乡红椿村"
    sh = _Sheet("两委干部", [6, 14, 24, 24, 22, 22, 8, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部岗位廉政风险防控表", 8)
    _line(sh, f"填报单位：红椿村党支部（盖章）{GAP * 6}填报时间：2024年11月", 8)
    r = sh.add(
        "序号", "权力事项", "廉政风险点（分岗位填写）", None, None, None, "风险等级", "防控措施"
    )
    sh.add(None, None, *(f"{post}\n{who}" for post, who, _ in POST_COLUMNS), None, None)
    for c in (0, 1, 6, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 2, r, 5)
    rows = [
        ("村级重大事项决策",
         ("不执行“四议两公开”，重大事项个人拍板", "村民代表会议决议不执行或变通执行",
          "会议记录事后补记、改写表决结果", "/"), "高",
         "重大事项全程纪实，乡党委备案，村务监督委员会列席。"),
        ("低保、特困对象评议",
         ("授意评议小组把亲友评为低保对象", "入户调查走过场，出具不实调查意见", "评议结果不按规定张榜公示", "/"),
         "高", "入户调查两人以上，评议结果公示七天，乡民政办抽查复核。"),
        ("惠农补贴申报",
         ("/", "虚报耕地、草场面积套取补贴", "/", "代领、截留群众补贴款"), "中",
         "补贴面积以确权数据为准，资金“一卡通”直接到户。"),
        ("集体资产资源发包租赁",
         ("不经民主程序低价发包集体林地、水面", "/", "/", "租金收入不入账或坐支"), "高",
         "发包方案经村民代表会议表决，进乡农村产权交易平台公开竞价。"),
        ("村级小型工程项目",
         ("/", "指定施工队，化整为零规避比选", "/", "无合同、无验收单即支付工程款"), "中",
         "5万元以上项目进乡公共资源交易站比选，验收经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (matter, cells, lv, measures) in enumerate(rows, 1):
        sh.add(n, matter, *cells, lv, measures)
        for (post, who, tier), point in zip(POST_COLUMNS, cells, strict=True):
            if point != "/":
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    r = sh.add("注：1.表中“/”表示该岗位不涉及此项权力；2.风险等级分高、中、低三档。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add()
    sh.add("村党支部书记（签字）：", None, None, None, "乡纪委审核：", None, None, None)
    return _layout(
        "village_posts_as_columns", "http://www.victorzhang.cn/page/2021/1210/15002623.shtml",
        "(harder) 村“两委”干部岗位廉政风险防控表, after the source's study of the 村两委 (支委会 and 村委会) in "
        "minority areas: a title, a ``填报单位：红椿村党支部（盖章）　…　填报时间：2024年11月`` line, then a two-row "
        "heading ``序号 | 权力事项 | 廉政风险点（分岗位填写） | 风险等级 | 防控措施`` whose middle heading is merged "
        "over FOUR POST COLUMNS headed ``村党支部书记⏎靳砚农``, ``村委会主任⏎邰秋原``, ``村文书⏎漆语桐``, "
        "``报账员⏎戚晓棠``; each row one 权力事项 (重大事项决策, 低保评议, 惠农补贴, 集体资产发包, 小型工程), "
        "each cell that post's risk in it or ``/``, the row's 高/中/低 at the right for every cell; a ``注：`` "
        "line and a 签字/审核 line; no type column, no 姓名 heading",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_offices_and_stations_list() -> dict:
    unit = f"{PLACE}杉岭镇人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}机关及站所岗位廉政风险防控一览表", 8)
    sh.add(
        "序号", "内设机构及站所", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施"
    )
    rows = [
        ("镇领导班子", "镇长", "闵岳川", "政府投资项目、大额资金使用不经党政联席会议集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策，会议纪要存档备查。", "leader"),
        ("镇领导班子", "副镇长", "卜清漪", "分管的涉农项目验收把关不严，为施工方说情", "岗位职责", "中",
         "项目验收邀请站所技术人员和村务监督委员会参加。", "leader"),
        ("党政综合办公室", "主任", "詹若愚", "公务接待超标准，虚报接待费用", "思想道德", "低",
         "接待凭公函和清单报销，每季度公开接待费。", "middle"),
        ("社会事务办", "民政专干", "符春晓", "低保审核不实，人情保、关系保", "岗位职责", "高",
         "入户核查两人以上，审核结果在村（社区）公示。", "general"),
        ("财政所", "所长", "巫雨桥", "惠农补贴资金拨付不及时，截留挪用", "制度机制", "高",
         "补贴资金通过“一卡通”直接发放，发放明细按月公示。", "middle"),
        ("林业站", "站长", "贲远山", "林木采伐许可初审把关不严，收受好处", "外部环境", "中",
         "采伐初审实地核验，审核意见两人签字。", "middle"),
        ("畜牧兽医站", "站长", "查梦溪", "动物防疫物资发放不登记，私自变卖", "业务流程", "低",
         "防疫物资出入库登记，每季度盘点。", "middle"),
        ("村镇规划建设办", "主任", "滕子岸", "农村建房规划许可违规办理，超面积审批宅基地", "岗位职责", "高",
         "建房申请村级公示、现场踏勘、镇联审，结果公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "联系电话：", None, "镇纪委审核（盖章）：", None, None)
    return _layout(
        "town_offices_and_stations_list", "http://www.lygzb.net/html/text/lar/173552/17355219_1.html",
        "镇人民政府 机关及站所岗位廉政风险防控一览表 after the source's 乡镇政务服务中心 建设标准 (the 站所 it takes "
        "in: 民政, 林业, 畜牧兽医, 村镇规划建设, 农村低保, 土地管理): ``附件2``, a title, then 序号/``内设机构及站所`` "
        "merged (镇领导班子, 党政综合办公室, 社会事务办, 财政所, 林业站, 畜牧兽医站, 村镇规划建设办)/岗位 and 责任人 "
        "merged per person/廉政风险点/风险类别 (short names)/风险等级 高/中/低/防控措施; a ``填报人： | 联系电话： | "
        "镇纪委审核（盖章）：`` line",
        [sh], t,
    )  # fmt: skip


def service_center_windows() -> dict:
    unit = f"{PLACE}雾溪乡"
    center = f"{unit}便民服务中心"  # a 乡's own 中心: the 乡 is the unit, each 服务窗口 a 科室
    sh = _Sheet("排查表", [6, 14, 12, 9, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{center}窗口岗位廉政风险排查表", 8)
    _line(sh, f"单位：{center}{GAP * 4}负责人：潘素衣{GAP * 4}填报日期：2024年10月", 8)
    sh.add("序号", "服务窗口", "岗位", "姓名", "办理事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("综合受理窗口", "窗口负责人", "笪秋禾", "一窗受理、分类转办", "对熟人申请材料不全即予受理，对群众设置障碍",
         "二级", "受理实行一次性告知，收件登记全程留痕。", "middle"),
        ("民政服务窗口", "窗口工作人员", "格桑曲珍", "城乡低保、特困供养申请", "泄露申请人家庭经济状况信息",
         "二级", "申请信息专柜保管，查阅登记。", "general"),
        ("民政服务窗口", "窗口工作人员", "格桑曲珍", "临时救助", "临时救助金额随意确定，优亲厚友", "一级",
         "救助标准上墙公示，金额经乡民政办集体审定。", "general"),
        ("社保医保窗口", "窗口工作人员", "钭明溪", "城乡居民养老保险参保、待遇申领", "为已死亡人员继续办理待遇领取资格认证",
         "一级", "认证数据与公安、卫健死亡信息比对，每月复核。", "general"),
        ("农业农村窗口", "窗口工作人员", "鄢伯陶", "农村宅基地申请受理", "为不符合“一户一宅”条件的申请出具受理意见",
         "一级", "受理前查询不动产登记信息，村级公示无异议后转办。", "general"),
        ("农业农村窗口", "窗口工作人员", "鄢伯陶", "耕地地力保护补贴信息变更", "违规变更补贴面积或收款账户",
         "二级", "信息变更凭村级证明和本人申请，变更记录每月抽查。", "general"),
        ("综治司法窗口", "窗口工作人员", "晏知秋", "矛盾纠纷调解", "调解中偏袒一方，收受当事人财物", "三级",
         "调解两人以上参加，调解协议存档。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, matter, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "service_center_windows", "https://weinan.qinfeng.gov.cn/info/1081/34597.htm",
        "乡便民服务中心 窗口岗位廉政风险排查表 after the source's 镇便民服务中心 (一个窗口受理, 领导带班, 党政办, 综治"
        "司法, 信访接待, 村级便民服务室): a title, ONE merged line ``单位：泸定县雾溪乡便民服务中心　负责人：潘素衣　"
        "填报日期：2024年10月``, then 序号/服务窗口 merged/岗位 and 姓名 merged per person/``办理事项``/风险点/风险等级 "
        "一级/二级/三级/防控措施; no type column; one holder with a Tibetan name (格桑曲珍)",
        [sh], t,
    )  # fmt: skip


def social_security_center_posts() -> dict:
    unit = f"{PLACE}青杠坪镇"
    dept = "社会保障服务中心"  # a 镇's own 中心 is a 科室 of the 镇 (the 乡镇 站/所 convention)
    sh = _Sheet("风险清单", [6, 14, 16, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控清单", 7)
    sh.add("序号", "岗位", "业务环节", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心主任", "低保审批", "对审核意见不核实即签批，人情保、关系保", "岗位职责风险", "A级",
         "审批前抽查入户记录，审批结果公示。", "middle"),
        ("中心主任", "救助资金分配", "临时救助资金分配不经集体研究", "制度机制风险", "A级",
         "资金分配方案经镇党政联席会议研究。", "middle"),
        ("民政专干", "入户调查", "入户调查不实，隐瞒申请人家庭收入", "岗位职责风险", "A级",
         "入户调查两人以上，调查表经申请人签字确认。", "general"),
        ("民政专干", "动态管理", "对不再符合条件的低保户不及时退出", "业务流程风险", "B级",
         "每季度复核，退出名单公示。", "general"),
        ("社保专干", "待遇资格认证", "冒领、代领养老保险待遇", "外部环境风险", "B级",
         "认证信息比对，领取异常及时冻结。", "general"),
        ("残联专干", "残疾人两项补贴", "补贴对象资格审核不严，重复发放", "岗位职责风险", "B级",
         "补贴名单与低保、残疾人证系统比对。", "general"),
        ("残联专干", "辅助器具发放", "辅助器具发放不登记，优亲厚友", "思想道德风险", "C级",
         "发放名单公示，领取人签字。", "general"),
        ("劳动保障协理员", "公益性岗位补贴", "虚报公益性岗位人数套取补贴", "制度机制风险", "B级",
         "在岗情况每月抽查，补贴按实际出勤发放。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, step, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, step, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), LETTERS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    r = sh.add("注：风险等级A级为高风险、B级为中风险、C级为低风险。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "social_security_center_posts",
        "https://zswldj.1237125.cn/pe/mj/news/qzgz/de95f298-0704-417a-9fec-68b5b4f2e462.htm",
        "镇社会保障服务中心 岗位廉政风险防控清单 对岗不对人, after the source's 镇社会保障服务中心 (民政、计生、社保、"
        "残联、财政、劳动保障 窗口): a title, then 序号/岗位 merged (中心主任, 民政专干, 社保专干, 残联专干, 劳动保障"
        "协理员)/``业务环节``/廉政风险点/风险类型 ``…风险``/风险等级 ``A级/B级/C级``/防控措施; NO 科室 column, no "
        "names; a ``注：风险等级A级为高风险…`` line under it",
        [sh], t,
    )  # fmt: skip


def village_micro_power_posts() -> dict:
    unit = f"{PLACE}杉岭镇椒园村"
    sh = _Sheet("小微权力", [12, 6, 18, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险清单", 7)
    sh.add("权力类别", "序号", "权力名称", "廉政风险", "风险等级", "防范措施", "责任人")
    tiers = {"村党组织书记": "leader", "村委会主任": "leader", "村务监督委员会主任": "middle",
             "村文书": "general", "报账员": "general"}  # fmt: skip
    groups = [
        ("村级公共权力事项", [
            ("村级重大事项决策", "不按“四议两公开”程序决策，临时动议", "一级",
             "决策全过程记录，结果公开，乡镇备案。", "村党组织书记"),
            ("村级工程项目招投标", "项目发包暗箱操作，围标串标", "一级",
             "项目进镇公共资源交易站，村务监督委员会全程监督。", "村委会主任"),
            ("集体资产资源处置", "集体资产低价出租、出让", "一级",
             "处置方案经村民代表会议通过，公开竞价。", "村党组织书记"),
            ("村级财务审核", "财务审核走过场，对不合规票据不提出异议", "二级",
             "每月审核票据，审核意见签字存档。", "村务监督委员会主任"),
        ]),
        ("便民服务事项", [
            ("宅基地申请初审", "对不符合条件的建房申请出具同意意见", "二级",
             "初审结果村内张榜公布七日，无异议后上报。", "村委会主任"),
            ("困难补助申请", "补助对象评议优亲厚友", "二级", "补助对象村民代表评议，名单公示。", "村文书"),
            ("村级印章使用", "未经审批擅自用印，为他人出具虚假证明", "三级",
             "用印登记，一事一审批。", "村文书"),
            ("村级报账", "白条入账，虚列开支", "三级", "报账凭证经审核、审批、联签后入账。", "报账员"),
        ]),
    ]  # fmt: skip
    n = 0
    for kind, items in groups:
        first = len(sh.rows)
        for name, point, lv, measures, post in items:
            n += 1
            sh.add(kind, n, name, point, lv, measures, post)
            t.point(sh.name, "", post, "", tiers[post], point, [], GRADES[lv])
        _merge_down(sh, first, [(0, lambda row: row[0])])
    sh.add()
    sh.add("村党组织（盖章）", None, None, None, "2024年9月", None, None)
    return _layout(
        "village_micro_power_posts", "http://m.zgkjsz.com/page/2017/1013/16110049.shtml",
        "村 小微权力廉政风险清单 after the source's study of 宁海's 村级小微权力清单 (重大事项决策, 项目招投标, 资产资源"
        "处置, 宅基地审批, 困难补助申请, 村级印章使用): a title, then ``权力类别`` merged down BEFORE 序号 (村级公共权力"
        "事项, 便民服务事项)/序号/权力名称/廉政风险/风险等级 一级/二级/三级/防范措施/``责任人`` holding one post a row "
        "(村党组织书记, 村委会主任, 村务监督委员会主任, 村文书, 报账员) — no names, no type column; a ``村党组织（盖章） | "
        "2024年9月`` line",
        [sh], t,
    )  # fmt: skip


def supervision_committee_self_check() -> dict:
    unit = f"{PLACE}青杠坪镇石门坎村村务监督委员会"
    t = _Truth(unit)
    members = [
        ("自查表1", "栾秋实", "男", "村务监督委员会主任", "middle", [
            ("村级财务", "对村级财务支出不审核即签字盖章", "未发现", "高", "每笔支出逐张审核票据，审核意见签字留存。"),
            ("工程项目", "不参加工程项目验收，对虚增工程量不提出异议", "偶有发生，已纠正", "中",
             "全程参加项目比选和验收，验收单签署意见。"),
            ("履职纪律", "与村干部搞利益交换，监督流于形式", "未发现", "中", "每季度向村民代表会议报告监督情况。"),
        ]),
        ("自查表2", "于归雁", "女", "村务监督委员会委员", "general", [
            ("村务公开", "对公开内容不全、公开不及时不督促整改", "未发现", "中", "每月核对村务公开栏，问题书面反馈。"),
            ("低保评议", "参加低保评议时受人之托为他人说情", "未发现", "高", "评议中发现亲属申请主动回避。"),
        ]),
        ("自查表3", "沙暮川", "男", "村务监督委员会委员", "general", [
            ("集体资产", "对集体资产发包租赁合同不审查", "偶有发生，已纠正", "高", "合同签订前审查发包程序和价格。"),
            ("宅基地审批", "对宅基地初审公示过程不监督", "未发现", "低", "宅基地公示期内到公示现场查看并记录。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, sex, post, tier, points in members:
        sh = _Sheet(tab, [6, 12, 36, 14, 8, 34])
        _line(sh, f"{unit}成员廉政风险自查表", 6)
        sh.add("姓名", "性别", "职务", "联系电话", None, None)
        sh.add(who, sex, post, "138****6027", None, None)
        sh.add("序号", "监督事项", "风险点", "自查情况", "风险等级", "整改措施")
        for n, (matter, point, found, lv, measures) in enumerate(points, 1):
            sh.add(n, matter, point, found, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("自查人签字：", None, "镇纪委审核意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "supervision_committee_self_check", "https://1kkk8.com/html/art2015617art_4492_77836.html",
        "村务监督委员会 成员廉政风险自查表, one sheet a member (tabs 自查表1–3), after the source's list of a "
        "村务监督委员会's duties (四议两公开, 村务公开, 村级财务, 集体经济合同和项目招投标, 村干部履职): a title, a "
        "label row ``姓名 | 性别 | 职务 | 联系电话`` over a row of values, then 序号/监督事项/风险点/``自查情况`` "
        "(未发现, 偶有发生，已纠正)/风险等级 高/中/低/整改措施; 自查人签字/镇纪委审核意见 line",
        sheets, t,
    )  # fmt: skip


def cooperative_checklist() -> dict:
    unit = f"{PLACE}雾溪乡核桃坪村股份经济合作社"
    sh = _Sheet("排查表", [6, 10, 9, 16, 34, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2024年12月", 8)
    sh.add("序号", "岗位", "姓名", "风险名称", "风险描述", "风险类别", "风险等级", "防控措施")
    rows = [
        ("理事长", "冼听涛", "资产发包", "集体林地、房屋发包租赁不经成员代表大会讨论，低价发包给关系人",
         "制度机制风险", "Ⅰ级", "发包方案经成员（代表）大会表决，公开竞价，合同报乡农经站备案。", "leader"),
        ("理事长", "冼听涛", "收益分配", "集体收益分配方案不公开，擅自提留或多分", "岗位职责风险", "Ⅰ级",
         "分配方案经成员大会通过，分配结果张榜公布。", "leader"),
        ("理事长", "冼听涛", "对外借款担保", "以合作社名义为他人借款或提供担保", "外部环境风险", "Ⅱ级",
         "合作社一律不得对外担保，出借资金须经成员大会决定。", "leader"),
        ("监事长", "阎涧", "财务监督", "对大额支出不审查即在联审联签单上签字", "岗位职责风险", "Ⅱ级",
         "大额支出先审查后签字，审查意见写明理由。", "middle"),
        ("会计", "泮晓芸", "账务处理", "集体经营收入不及时入账，账外设账", "业务流程风险", "Ⅰ级",
         "收入凭据连号管理，每月与乡委托代理中心对账。", "general"),
        ("会计", "泮晓芸", "票据审核", "对白条、无经办人签字的票据予以入账", "岗位职责风险", "Ⅲ级",
         "票据须经经办人、证明人、理事长、监事长签字。", "general"),
        ("出纳", "尉迟霜", "现金管理", "公款私存，坐支现金", "思想道德风险", "Ⅱ级",
         "现金日清月结，库存现金不超过限额。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, name, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, name, desc, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, name, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add()
    sh.add("理事长签字：", None, None, "监事会意见：", None, None, None, None)
    return _layout(
        "cooperative_checklist", "http://ask.fsou.com/html/text/lar/174196/17419617_4.html",
        "村股份经济合作社 岗位廉政风险排查表 after the source's rules on 村级财务 联审联签 (社长, 村务监督委员会) and "
        "集体资产 拍卖、转让、承包租赁: a title, one merged ``填报单位（盖章）：…股份经济合作社　…　填报时间：2024年12月`` "
        "line, then 序号/岗位 and 姓名 merged per person (理事长, 监事长, 会计, 出纳)/a short ``风险名称`` beside a long "
        "``风险描述``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 理事长签字/监事会意见 line",
        [sh], t,
    )  # fmt: skip


def community_cards() -> dict:
    unit = f"{PLACE}杉岭镇滨河社区居民委员会"
    t = _Truth(unit)
    watcher = "骆远帆"
    cards = [
        ("书记", "帅晴岚", "社区党支部书记", "leader", [
            ("社区惠民项目资金使用不经“两委”联席会议研究", "制度机制", "较高",
             "资金使用方案经“两委”联席会议研究，每季度公开收支。"),
            ("居委会换届中拉票、操纵选举", "思想道德", "一般", "严格执行换届纪律，选举全程接受镇指导组监督。"),
            ("社区公益性岗位人员安排优亲厚友", "岗位职责", "一般", "岗位人员公开招聘，名单公示。"),
        ]),
        ("副主任", "俞慕白", "居委会副主任", "middle", [
            ("城市低保入户调查不实，为亲友说情", "岗位职责", "较高", "入户调查两人以上，评议小组集体评议。"),
            ("廉租住房资格初审把关不严", "业务流程", "一般", "初审材料与不动产、车辆信息比对。"),
        ]),
        ("网格员", "荆小满", "网格员", "general", [
            ("采集居民信息时泄露个人隐私", "外部环境", "较低", "信息采集签订保密承诺，台账专人保管。"),
            ("代居民领取补贴不及时交付", "思想道德", "一般", "代领补贴登记并由居民签收。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "职务", post, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, watcher)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), SCALE[lv])
        sh.add()
        sh.add("持卡人签字：", None, "监督人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "community_cards", "http://gphztz.com/page152.html?article_id=5875&pagenum=5",
        "社区居民委员会 岗位廉政风险防控卡, one sheet a holder (tabs 书记, 副主任, 网格员), after the source's essay on "
        "社区 corruption and the 居委会 (民主选举, 民主自治, 社区资源): a title, ``持卡人 | 帅晴岚 | 职务 | 社区党支部书记`` "
        "above, then 序号/风险点/风险类型 (short names)/风险等级 ``较高/一般/较低``/防控措施/``监督人`` (the 镇's "
        "包片领导 骆远帆 on every row); 持卡人签字/监督人签字/年月日 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_posts_as_columns(),
    town_offices_and_stations_list(),
    service_center_windows(),
    social_security_center_posts(),
    village_micro_power_posts(),
    supervision_committee_self_check(),
    cooperative_checklist(),
    community_cards(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch228-inbox"))
