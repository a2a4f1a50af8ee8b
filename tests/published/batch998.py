"""The nine-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 边境 and 乡镇 bodies of one county, 麻栗坡县 (文山壮族苗族自治州,
云南省) — a 边境乡人民政府, the 乡财政所, a 村, the 县外事办, the 县口岸办, the 县商务局 and the 县交通运输局 and a
边民互市点 — each handing back the 一览表, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 猛硐乡财政所's 一览表: ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 董渡村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 外事办's 责任清单: ``科室 | 岗位 | 责任人`` on every row, ``…风险`` types, ``高风险/中风险/低风险``;
- the 口岸办's 排查表 under ``附件1``: a merged 填报单位 line, ``股室 | 岗位 | 姓名`` on every row, short types
  under ``风险类别``, ``一级/二级/三级``;
- the 商务局's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 交通运输局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 天保边民互市点管理所's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 自查情况``.

One is harder:

- ``malipo_border_township_risk_link_only``: the 一个边境乡 (八布乡) 人民政府's 一览表 ``序号 | 股室 | 岗位 | 姓名 |
  风险环节 | 风险等级 | 防控措施`` whose ONLY risk-text column is headed ``风险环节``: no ``风险点`` column; each
  ``风险环节`` cell is a risk (``边民补助发放审核把关不严``), so it holds the points. docs/layouts.md knows
  ``风险环节`` as a workflow column beside a point column; not as the point column itself.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
出连 and 吐奚 with rare given names); every unit is a body of 麻栗坡县.

Run ``python tests/published/score.py --set batch998`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``风险环节`` cell is the point (it names a risk, not a step alone);
- ``乡领导``, ``局领导``, ``村两委`` are the 科室 of the leaders; the 所's and the 村's people have no 科室 where no
  column gives one; 乡长, 副乡长, 所长, 主任, 局长, 副局长, 村党总支书记 are leaders; 股长 middle; the rest general;
- ``自查情况`` and ``填表日期`` are no points; the 交通运输局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b998_"
PLACE = "麻栗坡县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

TOWNSHIP_ROWS = [
    ("乡领导", "乡长", "出连翾澈", "leader", "边民生活补助发放审核把关不严", "高", "补助名单村组公示，乡纪委抽查。"),
    ("乡领导", "乡长", "出连翾澈", "leader", "抵边村寨建设项目干预选定施工方", "高", "项目公开招标，领导干预登记报告。"),
    ("乡领导", "副乡长", "吐奚沨琬", "leader", "护边员选聘优亲厚友", "中", "选聘公开报名、考核，结果公示。"),
    ("党政综合办公室", "主任", "吐奚瑗翮", "middle", "公务接待超标准、虚列接待", "中", "接待清单审核，按月公开。"),
    ("社会事务办公室", "办事员", "出连瑆淼", "general", "低保对象入户核查走过场", "中", "入户核查双人进行，照片存档。"),
    ("社会事务办公室", "办事员", "出连瑆淼", "general", "受理群众申请吃拿卡要", "低", "一次性告知，办理时限公开。"),
]  # fmt: skip


def malipo_border_township_risk_link_only() -> dict:
    unit = f"{PLACE}八布乡人民政府"
    sh = _Sheet("一览表", [6, 16, 10, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险环节", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(TOWNSHIP_ROWS, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "乡长（签字）：", None, "2025年6月")
    return _layout(
        "malipo_border_township_risk_link_only", "https://huma.gov.cn/huma/c100617/202506/c13_314793.shtml",
        "(harder) 边境乡人民政府 岗位廉政风险防控一览表, after the source's account of a 边境乡政府's 水域边境 巡查 with "
        "the 边境派出所 and 驻军 (护边, 边民, 抵边村寨): a title, 序号/股室 merged/岗位 and 姓名 merged per person/"
        "``风险环节`` (the ONLY risk-text column, no 风险点)/风险等级 高/中/低/防控措施; no type column; a 填表人/"
        "审核人/乡长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def malipo_mengdong_finance_office_list() -> dict:
    unit = f"{PLACE}猛硐乡财政所"
    sh = _Sheet("一览表", [6, 12, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "吐奚霂珣", "leader", "惠农补贴“一卡通”资金代领、截留", "高", "补贴直达个人账户，村级公示。"),
        ("所长", "吐奚霂珣", "leader", "村级资金支付审批把关不严", "中", "支付双人审核，所长签批留痕。"),
        ("会计", "出连沅璟", "general", "村级报账票据审核走过场", "中", "票据逐张审核，疑点上报。"),
        ("会计", "出连沅璟", "general", "挪用代管资金", "高", "代管资金专户管理，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "malipo_mengdong_finance_office_list", "http://jizihe.com/page/2022/0121/16157695.shtml",
        "乡财政所 岗位廉政风险防控一览表, after the source's study of 村级干部 微腐败 (三资管理, 惠农补贴, 扶贫救济): a "
        "title, 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def malipo_dongdu_village_list() -> dict:
    unit = f"{PLACE}董渡村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党总支书记", "出连琤瀚", "leader", "集体土地流转暗箱操作", "一级", "流转方案村民代表会议表决。"),
        ("村党总支书记", "出连琤瀚", "leader", "村级工程项目指定施工队", "一级", "项目“四议两公开”。"),
        ("村委会副主任", "吐奚璇沣", "general", "低保评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村报账员", "出连翊沄", "general", "虚开白条报账", "二级", "报账经村务监督委员会审核。"),
        ("村报账员", "出连翊沄", "general", "集体收入不入账", "三级", "收入开具票据，按季公开。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年5月", None, None)
    return _layout(
        "malipo_dongdu_village_list", "http://fhvip.vip/index.php?a=shows&catid=64&id=6946",
        "村 小微权力廉政风险防控清单, after the source's 调研报告 on 乡村治理现代化 in 边疆民族地区 (村级组织, 村民自治, "
        "监督): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def malipo_foreign_affairs_duty_list() -> dict:
    unit = f"{PLACE}外事办公室"
    sh = _Sheet("责任清单", [6, 14, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "吐奚翯珺", "leader", "因公出国团组审批把关不严", "岗位职责风险", "高风险",
         "出访计划集体审核，报上级外事部门备案。"),
        ("办领导", "主任", "吐奚翯珺", "leader", "安排照顾性、考察性出访", "思想道德风险", "高风险",
         "出访任务公开，回国后报告公示。"),
        ("护照签证科", "科员", "出连湉璆", "general", "违规为不符合条件人员办理证照", "业务流程风险", "中风险",
         "证照集中保管，办理登记。"),
        ("护照签证科", "科员", "出连湉璆", "general", "出访经费预算审核不严", "制度机制风险", "低风险",
         "经费与财政部门联审。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    return _layout(
        "malipo_foreign_affairs_duty_list", "http://uianet.net/dictionary/b13609966.html",
        "县外事办 廉政风险防控责任清单, after the source's note on 因公临时出国 计划审批 and 经费管理: a title, 序号/"
        "科室/岗位/责任人 on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def malipo_port_office_screening() -> dict:
    unit = f"{PLACE}口岸办公室"
    sh = _Sheet("排查表", [6, 14, 12, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报日期：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "出连澂瑗", "leader", "口岸基础设施项目干预招标", "思想道德", "一级",
         "项目公开招标，集体决策。"),
        ("口岸管理股", "股长", "吐奚珩沚", "middle", "通关协调中为企业说情", "外部环境", "一级",
         "协调事项登记，结果公开。"),
        ("口岸管理股", "股长", "吐奚珩沚", "middle", "口岸运行数据统计不实", "业务流程", "二级",
         "数据与联检单位核对。"),
        ("综合股", "科员", "出连瀞翃", "general", "口岸建设补助资金拨付不及时", "岗位职责", "三级",
         "资金拨付台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "malipo_port_office_screening", "https://www.bkwk.cn/article/jmzjhgfxfkczrhzlgmaqfx.html",
        "县口岸办 廉政风险点排查表, after the source's account of a 海关 风险防控 office (风险评估, 通关, 部门协作): "
        "``附件1``, a title, a merged 填报单位/填报日期 line, 序号/股室/岗位/姓名 on EVERY row/廉政风险点/风险类别 "
        "(short names)/风险等级 ``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


def malipo_commerce_bureau_list() -> dict:
    unit = f"{PLACE}商务局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "吐奚瑄澍", "leader", "商务发展专项资金分配优亲厚友", "思想道德风险", "高",
         "资金分配集体研究，结果公示。"),
        ("对外贸易股", "股长", "出连翙琮", "middle", "边民互市申报材料审核不严", "岗位职责风险", "高",
         "申报材料双人审核，现场核查。"),
        ("对外贸易股", "股长", "出连翙琮", "middle", "企业项目申报收受好处", "外部环境风险", "中",
         "申报线上办理，签订廉洁承诺。"),
        ("市场运行股", "科员", "吐奚沄珈", "general", "市场监测数据报送不实", "业务流程风险", "低",
         "数据报送复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    return _layout(
        "malipo_commerce_bureau_list", "https://www.keceyun.com/policy/newsdetail/358997.html",
        "县商务局 岗位廉政风险防控一览表, after the source's notice of 商务发展专项资金 项目申报 (申报条件, 信用承诺, 线上"
        "申报): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def malipo_transport_bureau_posts() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "项目管理岗", "general", "农村公路工程计量签认不实", "岗位职责风险", "Ⅰ级",
         "计量现场核实，监理、业主双签。"),
        ("建设管理股", "项目管理岗", "general", "交工验收降低标准", "业务流程风险", "Ⅱ级", "验收组集体验收。"),
        ("综合执法大队", "治超执法岗", "general", "超限车辆处罚“以罚代卸”", "制度机制风险", "Ⅰ级",
         "执法记录仪全程记录，处罚案卷评查。"),
        ("综合执法大队", "治超执法岗", "general", "为货运车辆通风报信", "思想道德风险", "Ⅱ级",
         "执法人员定期轮岗。"),
        ("运输管理股", "运政许可岗", "general", "道路运输许可违规办理", "外部环境风险", "Ⅲ级", "许可网上办理，留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "malipo_transport_bureau_posts", "http://news.gqsoso.com/bia/202108/25116329.html",
        "县交通运输局 岗位廉政风险防控清单 对岗不对人, after the source's account of a 县's 超限超载 百日攻坚 (联合治超, "
        "体检式执法): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def malipo_tianbao_border_trade_selfchecks() -> dict:
    unit = f"{PLACE}天保边民互市点管理所"
    t = _Truth(unit)
    people = [
        ("吐奚澈璠", "所长", "leader", [
            ("边民互市商品申报核验放松", "高", "申报与查验数据比对。", "已落实"),
            ("收受互市商户财物", "中", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("出连霈瑜", "管理员", "general", [
            ("边民证核验不严、冒名交易", "高", "人证比对，系统核验。", "已落实"),
            ("交易台账登记不实", "低", "台账每日核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "malipo_tianbao_border_trade_selfchecks", "https://soolun.net/periodical/294f6013cdc70c50bd15e766d3501af4.html",
        "边民互市点管理所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's piece on "
        "口岸 as the 国家 门户 (人员、货物出入境): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row of "
        "values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    malipo_border_township_risk_link_only(),
    malipo_mengdong_finance_office_list(),
    malipo_dongdu_village_list(),
    malipo_foreign_affairs_duty_list(),
    malipo_port_office_screening(),
    malipo_commerce_bureau_list(),
    malipo_transport_bureau_posts(),
    malipo_tianbao_border_trade_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch998-inbox"))
