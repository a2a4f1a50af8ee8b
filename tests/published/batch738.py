"""The seven-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 人参 and
林业 bodies, 抚松县 (of 白山市, 吉林省) — its 林业局, 人参产业发展中心, 万良人参市场服务中心, 林业
工作总站, 森林病虫害防治检疫站, 国有林场 and 参业协会秘书处 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表 in TWO SHEETS ``局领导`` / ``股室`` with ``一级/二级/三级``, no type column;
- the 人参产业发展中心's 排查表 对岗不对人 (``科室`` and ``岗位`` merged, no names), ``…风险`` types, 高/中/低;
- the 万良人参市场服务中心's 一览表 under ``附件2`` and a 填报单位 line, 科室/岗位/姓名 on every row,
  ``高风险/中风险/低风险``, short types;
- the 林业工作总站's 自查表, one sheet a person (label row over values), ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 森林病虫害防治检疫站's 清单 under GROUP ROWS ``一、站领导`` …, ``一级风险/二级风险/三级风险``;
- the 国有林场's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 人参检验检测中心's 登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, short types,
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``fusong_forestry_police_pledges``: the 林业局's 领导干部廉政承诺汇总表 — NO TABLE OF POINTS: one
  row a leader, ``序号`` then ONE merged prose paragraph ``本人…，任…，分管…。经排查，本人岗位廉政风险点
  有：1.…（高风险）；2.…（中风险）。本人承诺：…`` — holder, post, points and levels all written in the
  sentence, several leaders' paragraphs stacked down one sheet, a 承诺人签字 line at the foot.

Judgement calls: in the harder file each numbered clause between ``有：`` and ``。本人承诺`` is a point
(its text without the closing level bracket), the bracket its level; ``本人…，任<unit><post>`` gives
the holder and post, no 科室; the 承诺 sentence is no point. 局长, 副局长, 主任 of a 中心 (its head),
站长, 场长 are leaders; 股长, 科长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b738_"
PLACE = "抚松县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (name, post, 分管, [(point, level word)], 承诺)
PLEDGES = [
    ("麴檩砚", "局长", "主持局全面工作", [
        ("林地征占用审核中违规出具同意意见", "高风险"),
        ("天然林保护资金分配不经集体研究", "高风险"),
        ("干部选拔任用中打招呼、搞平衡", "中风险"),
    ], "严格执行“三重一大”集体决策制度，不干预林地审批和资金分配。"),
    ("谌椴秋", "副局长", "分管林政资源、木材运输", [
        ("采伐限额指标分配优亲厚友", "高风险"),
        ("对毁林种参案件压案不查、降格处理", "高风险"),
        ("接受参农、木材经营户宴请", "低风险"),
    ], "采伐指标公开分配，案件依法移送，不接受管理对象宴请。"),
    ("麴榛沐", "副局长", "分管国有林场、林下经济", [
        ("林下参种植用地审核把关不严", "中风险"),
        ("国有林场林地承包合同违规续签", "高风险"),
    ], "林下参用地现场核查，承包合同经局党组会审议。"),
]  # fmt: skip


def fusong_forestry_police_pledges() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("承诺汇总", [6, 90])
    t = _Truth(unit)
    _line(sh, f"{unit}领导干部廉政风险防控承诺汇总表", 2)
    _line(sh, f"单位：{unit}{GAP * 16}2025年3月", 2)
    for i, (who, post, work, points, pledge) in enumerate(PLEDGES, 1):
        items = "；".join(f"{k}.{p}（{lv}）" for k, (p, lv) in enumerate(points, 1))
        text = f"本人{who}，任{unit}{post}，{work}。经排查，本人岗位廉政风险点有：{items}。本人承诺：{pledge}"
        sh.add(i, text)
        for point, lv in points:
            t.point(sh.name, "", post, who, "leader", point, [], HIGHS[lv])
    sh.add()
    sh.add("承诺人签字：", None)
    return _layout(
        "fusong_forestry_police_pledges", "http://eotui.com/history/451110.html",
        "(harder) 县林业局 领导干部廉政风险防控承诺汇总表, after the source's report on 抚松 人参 产业 and 生态保护 (园参下山, "
        "不可再伐林种参, 林下参): a title, an 单位 line, then one row a leader: 序号 and ONE prose paragraph "
        "``本人…，任…局长，分管…。经排查，本人岗位廉政风险点有：1.…（高风险）；2.…。本人承诺：…`` — holder, post, numbered "
        "points and bracketed levels in the sentence; no table heading; a 承诺人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fusong_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局机关"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("谌楸禾", "党组书记", "主持党组全面工作", [
            ("林业重点工程项目招投标插手干预", "一级", "项目全部进入公共资源交易平台。"),
            ("生态护林员选聘中安插亲友", "二级", "选聘结果在村屯公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资源林政股", "股长", "麴栎澹", "middle", "林木采伐许可证核发不按限额", "一级", "核发结果网上公开。"),
        ("资源林政股", "股长", "麴栎澹", "middle", "征占用林地现场查验走过场", "二级", "查验双人到场并留影像。"),
        ("资源林政股", "科员", "谌柘湄", "general", "木材运输检查中吃拿卡要", "三级", "检查全程执法记录仪记录。"),
        ("计划财务股", "股长", "麴椿潆", "middle", "造林补贴资金拨付不按验收结果", "一级", "补贴凭验收合格单拨付。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "fusong_forestry_bureau_two_sheets", "https://chaogb.com/news/hangye/76138.html",
        "县林业局机关 廉政风险防控一览表 in TWO SHEETS, after the source's 经济日报 report (园参下山, 林下参, 天然林保护): sheet "
        "局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 merged per person; "
        "``一级/二级/三级``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def fusong_ginseng_center_posts() -> dict:
    unit = f"{PLACE}人参产业发展中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "人参产业扶持资金项目评审暗箱操作", "制度机制风险", "高", "项目评审专家随机抽取。"),
        ("产业科", "科长", "middle", "非林地栽参项目申报材料审核不严", "岗位职责风险", "高", "申报材料现场核验。"),
        ("产业科", "科长", "middle", "参农种植补贴对象认定不实", "业务流程风险", "中", "补贴对象村级公示。"),
        ("品牌科", "科员", "general", "“长白山人参”品牌授权违规审批", "外部环境风险", "中", "授权企业名单公示。"),
        ("品牌科", "科员", "general", "展会参展企业推荐收受好处", "思想道德风险", "低", "参展企业集体研究推荐。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "fusong_ginseng_center_posts", "https://m.fx361.cc/news/2022/1124/11569715.html",
        "县人参产业发展中心 岗位廉政风险点排查表 对岗不对人, after the source's paper on 林下山参 产业 (园参, 林下参, 种植区域): "
        "序号/科室 merged/岗位 merged/风险点/风险类型 ``…风险``/高中低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def fusong_wanliang_market_list() -> dict:
    unit = f"{PLACE}万良人参市场服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "谌桤苒", "leader", "市场摊位招租不公开竞价", "制度机制", "高风险", "摊位招租公开竞价。"),
        ("市场管理科", "科长", "麴檀沚", "middle", "水参交易秤具检定流于形式", "岗位职责", "中风险", "秤具定期送检。"),
        ("市场管理科", "科长", "麴檀沚", "middle", "对经营户违规行为处罚随意", "业务流程", "中风险", "处罚按裁量基准执行。"),
        ("收费科", "收费员", "谌槿澧", "general", "市场管理费收取不开票据", "业务流程", "高风险", "收费全部开具票据。"),
        ("收费科", "收费员", "谌槿澧", "general", "收受经营户参礼", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "fusong_wanliang_market_list", "https://jxxfw.com/periodical/ea2bd823951eccbd3fd90013cb827241.html",
        "县万良人参市场服务中心 岗位廉政风险防控一览表, after the source's piece on 长白山人参 and 万良镇人参交易市场 (水参批发价): "
        "``附件2``, a title, a 填报单位 line, 科室/岗位/姓名 on EVERY row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def fusong_forestry_station_selfchecks() -> dict:
    unit = f"{PLACE}林业工作总站"
    t = _Truth(unit)
    people = [
        ("麴楝昕", "站领导", "站长", "leader", [
            ("造林工程检查验收弄虚作假", "Ⅰ级", "验收实行交叉检查。", "已落实"),
            ("苗木采购指定供应商", "Ⅱ级", "苗木采购三家比价。", "未发现问题"),
        ]),
        ("谌梓沨", "营林科", "技术员", "general", [
            ("森林抚育作业设计虚增面积", "Ⅱ级", "作业设计外业复核。", "已落实"),
            ("林权登记调查资料不实", "Ⅲ级", "调查资料存档备查。", "已落实"),
            ("接受林农礼品", "Ⅲ级", "节前廉洁提醒。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fusong_forestry_station_selfchecks", "https://fx361.cc/page/2014/1115/2337580.shtml",
        "县林业工作总站 岗位廉政风险自查表, one sheet a person, after the source's paper on 森林资源产权交易 (集体林权制度改革, "
        "确权到户): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况",
        sheets, t,
    )  # fmt: skip


def fusong_pest_station_group_rows() -> dict:
    unit = f"{PLACE}森林病虫害防治检疫站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "谌桦漪", "leader", [
                ("防治药剂采购不按政府采购程序", "一级风险", "药剂采购纳入政府采购。"),
            ]),
        ]),
        ("二、检疫科", "检疫科", [
            ("检疫员", "麴棠岵", "general", [
                ("人参种苗调运检疫不到现场", "一级风险", "调运检疫现场查验拍照。"),
                ("植物检疫证书违规代签", "二级风险", "证书专人保管登记。"),
            ]),
        ]),
        ("三、防治科", "防治科", [
            ("科长", "谌桉琪", "middle", [
                ("松材线虫病疫木除治验收不严", "二级风险", "除治验收抽查复核。"),
                ("防治物资出入库不登记", "三级风险", "物资出入库双人签字。"),
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
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "fusong_pest_station_group_rows", "https://abg.baidu.com/tags/zk65d6jsgeqmdvwswxinbvp6wstlpi6dxpfnlsvvz3x4pznvuu16",
        "县森林病虫害防治检疫站 廉政风险防控责任清单, after the source's 林业行政处罚 没收实物清单 式样: group rows "
        "``一、站领导`` … merged across, 岗位/姓名 merged per person, ``一级风险/二级风险/三级风险``",
        [sh], t,
    )  # fmt: skip


def fusong_forest_farm_cards() -> dict:
    unit = f"{PLACE}国有林场"
    t = _Truth(unit)
    cards = [
        ("场长", "麴椤溆", "场长", "主持林场全面工作", "leader", [
            ("林场林地违规出租用于种参", "★★★", "林地出租经上级审批。"),
            ("管护站护林员考核走过场", "★★", "考核结果公示。"),
            ("接受参户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副场长", "谌杪芊", "副场长", "分管营林、防火", "leader", [
            ("森林防火物资采购虚报数量", "★★", "物资入库验收登记。"),
            ("林下参看护合同违规发包", "★★★", "发包经场务会研究。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "fusong_forest_farm_cards", "http://chanas.net/rencanrong/971.html",
        "县国有林场 领导干部廉政风险防控卡, one sheet a leader, after the source's report on 毁林种参 (林地被盗伐卖给参农, "
        "管护队): ``姓　名 | … | 职　务 | …``, a merged 分管工作 line, ``★★★/★★/★``, a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def fusong_ginseng_testing_register() -> dict:
    unit = f"{PLACE}人参检验检测中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("检测科", "科长", "谌柃霈", "middle", [
            ("人参农残检测数据篡改", "岗位职责", "一级", "检测数据系统留痕。"),
            ("为送检企业出具虚假报告", "外部环境", "一级", "报告三级审核签发。"),
        ]),
        ("检测科", "检测员", "麴桐岫", "general", [
            ("样品登记编号泄露送检单位", "业务流程", "二级", "样品盲样编号。"),
        ]),
        ("综合科", "会计", "谌杉沺", "general", [
            ("检测收费减免随意", "制度机制", "二级", "减免经中心会议研究。"),
            ("试剂耗材报销票据不实", "思想道德", "三级", "报销票据双人审核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "fusong_ginseng_testing_register", "http://www.korean.com.cn/index.php?document_srl=599122",
        "县人参检验检测中心 廉政风险点排查登记表, after the source's Korean-language report on 毁林种参 整治 (林地破坏 人参栽培, "
        "监督管理 责任追究): 科室 merged, 岗位/姓名 merged per person, short types, ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fusong_forestry_police_pledges(),
    fusong_forestry_bureau_two_sheets(),
    fusong_ginseng_center_posts(),
    fusong_wanliang_market_list(),
    fusong_forestry_station_selfchecks(),
    fusong_pest_station_group_rows(),
    fusong_forest_farm_cards(),
    fusong_ginseng_testing_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch738-inbox"))
