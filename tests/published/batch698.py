"""The six-hundred-and-ninety-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's state-asset
bodies and state-owned companies, 松山区 (of 赤峰市, 内蒙古) — its 审计局, 经济责任审计中心,
政府投资审计中心, 审计信息中心, 内部审计指导中心, 审计服务中心 and 审计科学研究所
— each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed, and one harder:

- ``songshan_finance_audit_submitter``: the 财政审计中心's 廉政风险防控清单 exported from an online
  form: ``序号 | 风险点 | 风险等级 | 防控措施 | 填报信息`` with NO 岗位/责任人 column; every row's 填报信息
  cell packs the submitter's metadata ``提交人：<name>｜职务：<post>｜提交时间：2025-05-NN``, the
  submitter being the row's holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare surnames 微生 and 西门
with rare given names); every unit is a body of 松山区.

Run ``python tests/published/score.py --set batch698`` and do not tune the reader against it, or
it stops being held out.

Judgement calls: in the harder file each row's 提交人 and 职务 are its holder, the
填报信息 cell is no part of the point; ``一级/二级/三级``, 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``,
``高风险/中风险/低风险`` are 1/2/3; 局长, 经理, 董事长, 总经理 are leaders, 股长/部长/主任 middle, the rest
general; the 排查表 names no person (对岗不对人).

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b698_"
PLACE = "松山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, name, tier, [(风险点, 等级, 防控措施, 备注)])
CITY_INVEST = [
    ("总经理", "微生翀湄", "leader", [
        ("重大投资项目未经集体决策擅自拍板", "一级", "严格执行“三重一大”决策制度，会议纪要存档", None),
        ("融资担保事项超越权限审批", "一级", "融资担保报市国资局备案，董事会审议", None),
        ("为特定施工企业承揽工程打招呼", "二级", "插手干预工程项目一律登记报告", "2025年新增"),
    ]),
    ("工程管理部部长", "西门砚泠", "middle", [
        ("设计变更和工程签证审核把关不严", "一级", "变更签证经监理、跟踪审计、业主三方会签", None),
        ("隐蔽工程验收走过场", "二级", "隐蔽工程验收留存影像资料", None),
    ]),
    ("财务部会计", "微生璘溪", "general", [
        ("工程款拨付不按合同进度", "二级", "拨付凭监理计量单和部门会签单", None),
        ("银行账户资金对账不及时", "三级", "每月与银行对账，出纳、会计分设", None),
        ("虚开发票套取资金", "二级", "发票网上查验，大额支出领导审批", None),
    ]),
]  # fmt: skip


def songshan_finance_audit_submitter() -> dict:
    unit = f"{PLACE}财政审计中心"
    sh = _Sheet("风险清单", [6, 38, 9, 44, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 5)
    _line(sh, f"填报单位：{unit}{GAP * 10}2025年5月", 5)
    sh.add("序号", "风险点", "风险等级", "防控措施", "填报信息")
    n = 0
    for post, who, tier, items in CITY_INVEST:
        for point, lv, m, _ in items:
            n += 1
            sh.add(n, point, lv, m, f"提交人：{who}｜职务：{post}｜提交时间：2025-05-{10 + n:02d}")
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 5)
    sh.add("填表人：", None, "审核人：", None, None)
    return _layout(
        "songshan_finance_audit_submitter", "https://lw33.cn/article/61441cfc32c44f772ef6d200.html",
        "(harder) 区财政审计中心 廉洁风险防控清单, an online form's export: a title, a 填报单位 line, "
        "``序号 | 风险点 | 风险等级 | 防控措施 | 填报信息`` with NO 岗位/责任人 column; each row's 填报信息 cell packs its "
        "holder as ``提交人：name｜职务：post｜提交时间：2025-05-NN``; ``一级/二级/三级``; a ``注：`` line and a "
        "填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def songshan_sasac_list() -> dict:
    unit = f"{PLACE}审计局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "西门岑霑", "leader", "监管企业重大事项审批个人说了算", "一级", "重大事项经局党组会集体研究。"),
        ("局领导", "局长", "西门岑霑", "leader", "干预监管企业选人用人", "一级", "企业领导人员选任按程序报批。"),
        ("产权管理股", "股长", "微生霂棠", "middle", "国有产权转让底价评估审核不严", "二级", "评估报告备案前专家评审。"),
        ("产权管理股", "股员", "西门琇漪", "general", "资产处置不进场公开交易", "二级", "产权交易一律进入产权交易机构。"),
        ("财务监督股", "股长", "微生岫澂", "middle", "企业经营业绩考核数据审核不实", "二级", "考核数据第三方审计核实。"),
        ("财务监督股", "股员", "西门沨璟", "general", "接受监管企业宴请和礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, lv, m)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "songshan_sasac_list", "https://www.seridoat.com/article/shang-luo-shen-ji-ju-zhang-ru-he-po-jie-shen-ji-nan-ti-yu-ti-sheng-zheng-fu-tou-ming-du.html",
        "市审计局 岗位廉政风险防控一览表, after the source's 清廉企业建设 (制度, 监督, 责任主体): ``附件1``, a "
        "title, 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


def songshan_heating_posts() -> dict:
    unit = f"{PLACE}经济责任审计中心"
    sh = _Sheet("排查表", [6, 12, 12, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "leader", "供热管网改造工程发包暗箱操作", "制度机制风险", "高", "工程一律公开招标。"),
        ("公司领导", "经理", "leader", "燃煤采购收受供应商好处", "外部环境风险", "高", "燃煤采购比质比价，入厂化验。"),
        ("收费中心", "主任", "middle", "违规减免供热费", "岗位职责风险", "中", "减免须经集体审批并公示。"),
        ("收费中心", "收费员", "general", "收取热费不开票、截留热费", "业务流程风险", "中", "热费线上缴纳，日清日结。"),
        ("收费中心", "收费员", "general", "为关系户违规办理报停", "思想道德风险", "低", "报停现场核查拍照。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, m) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, m)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "songshan_heating_posts", "http://shenjiwh.com/shenjishiping/1514.html",
        "市经济责任审计中心 岗位廉洁风险点排查表 对岗不对人, after the source's 暖气收费标准 (收费, 面积, 减免): 部门 and "
        "岗位 merged, ``…风险`` types, 高/中/低, no names",
        [sh], t,
    )  # fmt: skip


def songshan_bus_company_cards() -> dict:
    unit = f"{PLACE}政府投资审计中心"
    t = _Truth(unit)
    cards = [
        ("经理", "西门湜翾", "经理", "主持公司全面工作", "leader", [
            ("新能源公交车采购指定品牌", "★★★", "采购需求集体论证，公开招标。"),
            ("线路承包经营违规审批", "★★", "线路调整报交通主管部门审批。"),
        ]),
        ("票务员", "微生昉湉", "票务员", "票款清点和解缴", "general", [
            ("票款清点截留私分", "★★★", "双人清点，全程监控。"),
            ("IC卡充值款挪用", "★★", "充值款当日解缴银行。"),
            ("接受承包车主吃请", "★", "严守廉洁纪律。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, m) in enumerate(items, 1):
            sh.add(i, point, stars, m)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "songshan_bus_company_cards", "https://fx361.cc/page/2024/0809/24708783.shtml",
        "市政府投资审计中心 防控卡, one sheet a person, after the source's 国企摸底排查 (资产, 经营, 风险与合规): "
        "``姓　名 | … | 职　务 | …``, a merged 工作职责 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def songshan_water_company_selfchecks() -> dict:
    unit = f"{PLACE}审计信息中心"
    t = _Truth(unit)
    people = [
        ("微生沨岚", "公司领导", "经理", "leader", [
            ("管网工程材料采购收受回扣", "Ⅰ级", "材料采购比价，验收入库。", "已落实"),
            ("水费减免审批不严", "Ⅱ级", "减免名单公示。", "已落实"),
        ]),
        ("西门霈珂", "营业所", "抄表员", "general", [
            ("抄表估抄漏抄、人情水", "Ⅰ级", "远传水表数据比对。", "已落实"),
            ("私收水费不入账", "Ⅲ级", "水费一律线上缴纳。", "未发现问题"),
            ("违规为用户办理接水", "Ⅱ级", "接水申请网上受理。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, m, found) in enumerate(points, 1):
            sh.add(i, point, lv, m, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "经理意见：", None, None)
        sheets.append(sh)
    return _layout(
        "songshan_water_company_selfchecks", "https://m.fx361.cc/news/2013/1104/22664404.html",
        "市审计信息中心 自查表, one sheet a person, after the source's 国有资产管理情况监督 (国有资产, 报告, 监督): a "
        "label row over values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column",
        sheets, t,
    )  # fmt: skip


def songshan_asset_company_group_rows() -> dict:
    unit = f"{PLACE}内部审计指导中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [("董事长", "西门琰澍", "leader", [
            ("经营性资产出租不公开招租", "高风险", "资产出租一律公开竞价。"),
            ("对外投资未经可行性论证", "中风险", "投资项目专家论证。"),
        ])]),
        ("二、资产运营部", "资产运营部", [("部长", "微生珣霁", "middle", [
            ("租金收缴不及时、违规减免", "高风险", "租金台账月度核对。"),
            ("接受承租户礼品", "低风险", "严守纪律。"),
            ("闲置资产处置低估价值", "中风险", "处置前评估备案。"),
        ])]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, m in points:
                n += 1
                sh.add(n, post, who, point, lv, m)
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "songshan_asset_company_group_rows", "http://wlls-world.com/article-13637.html",
        "市内部审计指导中心 责任清单 under group rows ``一、公司领导``, ``二、资产运营部``; 岗位/姓名 merged per "
        "person; ``高风险/中风险/低风险``, after the source's 国有资本运营公司监督 (穿透式监督, 关联交易)",
        [sh], t,
    )  # fmt: skip


def songshan_property_company_register() -> dict:
    unit = f"{PLACE}审计服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "西门岍翊", "leader", [
            ("物业维修项目指定施工单位", "岗位职责", "一级", "维修项目比选确定。"),
            ("物业费收支不公开", "制度机制", "一级", "收支每季度公示。"),
        ]),
        ("工程部", "部长", "微生澍峤", "middle", [
            ("维修工程量虚增", "业务流程", "二级", "工程量现场复核。"),
        ]),
        ("工程部", "维修员", "西门瀛珂", "general", [
            ("维修材料以次充好", "业务流程", "三级", "材料出入库登记。"),
            ("向业主索要好处费", "岗位职责", "二级", "公开监督电话。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, m in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, m)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "songshan_property_company_register", "https://lw33.cn/article/7f596c69e32b6141b2f4d219.html",
        "市审计服务中心 排查登记表: a 填报单位 line, 部门 merged, 岗位/姓名 merged per person, short 风险类别, "
        "``一级/二级/三级``, a ``注：`` line, after the source's PPP项目资金风险 (资金, 管控)",
        [sh], t,
    )  # fmt: skip


def songshan_transport_group_two_sheets() -> dict:
    unit = f"{PLACE}审计科学研究所"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 9, 38, 9, 34])
    _line(lead, f"{unit}公司领导廉洁风险防控一览表", 6)
    lead.add("序号", "姓名", "职务", "廉洁风险点", "风险等级", "防控措施")
    for i, (who, post, point, lv, m) in enumerate([
        ("微生霆瑄", "董事长", "重大工程项目招标干预评标", "一级", "评标专家随机抽取，全程录像。"),
        ("微生霆瑄", "董事长", "违规出借资金给民营企业", "二级", "资金出借须报市国资局审批。"),
    ], 1):  # fmt: skip
        lead.add(i, who, post, point, lv, m)
        t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, 2, [(c, lambda row: row[1]) for c in (1, 2)])
    dept = _Sheet("部门", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}部门廉洁风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("合同管理部", "部长", "西门翊淏", "middle", "合同条款审核不严造成损失", "一级", "合同法律审核全覆盖。"),
        ("合同管理部", "法务", "西门璟泱", "general", "泄露招标文件信息", "二级", "招标文件编制人员签订保密承诺。"),
        ("合同管理部", "法务", "西门璟泱", "general", "合同履约监督不到位", "三级", "履约情况季度检查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, m) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, m)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "songshan_transport_group_two_sheets", "https://m.fx361.cc/news/2021/0809/8699633.html",
        "市审计科学研究所 一览表 in two sheets 公司领导/部门, ``一级/二级/三级``, no type column, after the source's "
        "供暖收费时间 (收费, 时间)",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    songshan_finance_audit_submitter(),
    songshan_sasac_list(),
    songshan_heating_posts(),
    songshan_bus_company_cards(),
    songshan_water_company_selfchecks(),
    songshan_asset_company_group_rows(),
    songshan_property_company_register(),
    songshan_transport_group_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch698-inbox"))
