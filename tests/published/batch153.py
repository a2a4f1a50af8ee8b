"""The hundred-and-fifty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS — the 县供销合作社, the 县妇联
and its 妇女儿童活动中心, a 县地方志编纂中心, the 县统计局 and its 普查中心, a 县机关事务服务中心 and a
公务用车服务中心 — each handing back its 一览表, 排查表 or 清单 the way such offices type them:

- a 供销合作社 一览表: 股室 merged, 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低;
- the 妇联's 清单 对岗不对人 with 部室/岗位 and 一级/二级/三级;
- a 地方志编纂中心 排查表 with 科室/岗位/姓名, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 统计局's 一览表 under a ``填报单位：…　填报时间：…`` line, ``高风险/中风险/低风险``;
- a 普查中心 一览表 with no 科室 column (posts kept as written), 高/中/低, types;
- a 公务用车服务中心 一览表 whose 责任人 column stands after the 防控措施;
- a 妇女儿童活动中心 排查表 with 风险类型 short names and 高/中/低, a 审核人 line under it.

One is harder:

- ``affairs_center_section_rows``: a 机关事务服务中心 一览表 whose 科室 stands only in section rows
  across the table (``一、综合科``) over the rows of its posts; no 科室 column.

Each unit is a body of 威远县; rows are worded by us, the names invented. Run
``python tests/published/score.py --set batch153`` and do not tune the reader against it.

Judgement calls: a section row ``二、资产管理科`` names the 科室 of the rows under it; 主任/副主任 of
a 中心, 局长/副局长, 主席/副主席 and 主任 of a 社 are leaders; 科长, 股长, 部长 middle; the rest general.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b153_"
PLACE = "威远县"
RESAVED: tuple[str, ...] = ()
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000\u3000"


def _per_person(sh, first, dept_col, post_col, person_col):
    def key(row):
        return (row[dept_col] if dept_col is not None else None, row[post_col], row[person_col])

    specs = [] if dept_col is None else [(dept_col, lambda row: row[dept_col])]
    specs += [(post_col, key)] + ([(person_col, key)] if person_col is not None else [])
    _merge_down(sh, first, specs)


def supply_coop_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("社领导", "主任", "邴曜川", "社有资产出租、处置不经理事会集体研究", "制度机制风险", "高",
         "社有资产出租处置经理事会研究,进场公开交易。", "leader"),
        ("社领导", "主任", "邴曜川", "基层社改造项目资金分配优亲厚友", "岗位职责风险", "中",
         "项目资金分配方案公示,专款专用。", "leader"),
        ("业务股", "股长", "郜望舒", "农资储备招标中向关系企业透露标底", "业务流程风险", "高",
         "农资储备承储企业公开招标,纪检全程监督。", "middle"),
        ("业务股", "股长", "郜望舒", "储备农资检查走过场,虚报储备数量", "岗位职责风险", "中",
         "储备农资每季度实地盘点,与台账核对。", "middle"),
        ("财会股", "会计", "訾澄心", "报销凭证审核不严,虚列开支", "制度机制风险", "中",
         "报销实行经办、审核、审批三签。", "general"),
        ("财会股", "出纳", "亢沅芷", "现金收付不入账,公款私存", "思想道德风险", "低",
         "现金日清月结,银行对账单由会计核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("主要负责人签字:", None, None, None, None, "2024年6月", None, None)
    return _layout(
        "supply_coop_list", "https://shandong-chorography.org/database/c17/section/1/article/296/",
        "县供销合作社联合社 岗位廉政风险点一览表 after the source's history of a 县供销合作社 and its 股/科 (业务, 财会, "
        "秘书): 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; "
        "a 主要负责人签字 and date line",
        [sh], t,
    )  # fmt: skip


def women_fed_posts() -> dict:
    unit = f"{PLACE}妇女联合会"
    sh = _Sheet("清单", [6, 12, 12, 34, 10, 8, 34])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "部室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "主席", "妇女儿童发展项目资金安排个人说了算", "制度机制", "一级",
         "项目资金安排经主席办公会集体研究。", "leader"),
        ("领导班子", "副主席", "评先评优推荐中优亲厚友", "思想道德", "二级", "推荐名单公示,接受监督。", "leader"),
        ("权益部", "部长", "困难妇女救助对象审核把关不严", "岗位职责", "一级",
         "救助对象入户核实,审核结果公示七天。", "middle"),
        ("权益部", "干事", "信访件办理中泄露举报人信息", "外部环境", "三级", "信访件专人登记,按保密规定办理。", "general"),
        ("办公室", "主任", "公务接待超标准", "制度机制", "二级", "接待凭公函,清单随报销凭证。", "middle"),
        ("办公室", "会计", "专项经费挤占挪用", "业务流程", "二级", "专项经费单独核算,年终公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    return _layout(
        "women_fed_posts", "https://baike.m.supfree.net/get.asp?id=%B1%A6%C9%BD%C7%F8%B8%BE%C5%AE%C1%AA%BA%CF%BB%E1",
        "县妇联 岗位廉政风险防控清单 对岗不对人, after the source's account of a 区妇联 (主席, 副主席; 办公室, 基层科, 妇儿工委"
        "办): ``附件`` above the title; 序号/部室 merged/岗位/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施; "
        "no names",
        [sh], t,
    )  # fmt: skip


def chronicle_center_roman() -> dict:
    unit = f"{PLACE}地方志编纂中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒯栖梧", "志书、年鉴印刷单位不经比选直接指定", "Ⅰ级",
         "印刷服务按政府采购规定比选,结果公示。", "leader"),
        ("中心领导", "副主任", "逄听澜", "编纂经费报销审核把关不严", "Ⅱ级", "经费报销凭合同和验收单,双人审核。", "leader"),
        ("编纂科", "科长", "笪墨涵", "接受入志单位请托,违规增删入志内容", "Ⅰ级",
         "入志内容经三审三校,重大内容集体审定。", "middle"),
        ("编纂科", "编辑", "阙知秋", "撰稿人稿酬核定不按标准", "Ⅲ级", "稿酬标准公开,按字数和审定结果核发。", "general"),
        ("资料科", "科长", "厍晚晴", "征集资料补助发放不实", "Ⅱ级", "征集资料登记入库,补助凭入库单发放。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人:", None, None, "审核人:", None, "2024年5月", None)
    return _layout(
        "chronicle_center_roman", "https://m.gzjll.com/3/5024279.html",
        "县地方志编纂中心 廉政风险点排查表 after the source's note on a 地方史志办 (编纂地方志和年鉴, 收集整理史料): 序号/"
        "科室 merged/岗位/姓名/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def stats_bureau_words() -> dict:
    unit = f"{PLACE}统计局"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP}填报时间：2024年4月", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "甯昭远", "干预下级统计机构和统计人员独立上报数据", "思想道德", "高风险",
         "落实防范和惩治统计造假责任制,定期通报。", "leader"),
        ("局领导", "副局长", "隗晴岚", "统计执法检查选择性执法", "岗位职责", "中风险",
         "执法检查对象随机抽取,结果公开。", "leader"),
        ("综合股", "股长", "乜川行", "统计调查补助经费发放不实", "制度机制", "中风险",
         "补助按调查户名册发放,发放结果公示。", "middle"),
        ("农村股", "股长", "郦霁月", "接受被调查单位好处,篡改调查数据", "外部环境", "高风险",
         "数据审核实行两级复核,异常数据实地核查。", "middle"),
        ("农村股", "统计员", "勾若虹", "调查中泄露被调查户个人信息", "岗位职责", "低风险",
         "调查资料专柜保管,签订保密承诺。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "stats_bureau_words", "http://www.tonglu.gov.cn/art/2023/5/30/art_1229267917_1831942.html",
        "县统计局 岗位廉政风险防控一览表 after the source's 意见 on a county's 统计调查 (统计人员, 调查补助, 统计执法): the "
        "title, a merged line ``填报单位：威远县统计局　　填报时间：2024年4月``, then 序号/股室 merged/岗位/姓名/风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施",
        [sh], t,
    )  # fmt: skip


def census_center_no_dept() -> dict:
    unit = f"{PLACE}普查中心"
    sh = _Sheet("Sheet1", [6, 12, 9, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "敖砚池", "普查经费使用不经集体研究", "制度机制风险", "高", "普查经费使用经主任办公会研究。", "leader"),
        ("主任", "敖砚池", "普查员、指导员选聘中优亲厚友", "岗位职责风险", "中", "选聘条件和名单公示。", "leader"),
        ("普查业务负责人", "黎潇然", "普查数据质量抽查走过场", "业务流程风险", "中", "抽查按比例随机抽样,留存记录。",
         "middle"),
        ("普查员管理员", "宓朝晖", "普查员劳务补助虚报冒领", "制度机制风险", "高", "补助按完成任务量核定,银行代发。",
         "general"),
        ("数据处理员", "羿星野", "违规向外提供普查单位资料", "思想道德风险", "低", "数据调用登记审批,系统留痕。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    return _layout(
        "census_center_no_dept", "https://www.360wenmi.com/f/filexi4oswke.html",
        "县普查中心 岗位廉政风险点一览表 after the source's 统计局 工作制度 (专业岗位责任制, 统计资料管理): 序号/岗位 and "
        "姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; NO 科室 column (posts kept as "
        "written, 普查业务负责人 among them)",
        [sh], t,
    )  # fmt: skip


def car_center_holder_last() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 34, 10, 8, 34, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "责任人")
    rows = [
        ("中心领导", "主任", "公务车辆更新采购指定供应商", "制度机制", "高", "车辆采购纳入政府采购,集体决策。",
         "赧云帆", "leader"),
        ("调度科", "科长", "派车不按申请顺序,为关系单位优先派车", "岗位职责", "中", "派车经平台自动排序,记录可查。",
         "禚晏清", "middle"),
        ("调度科", "驾驶员", "公车私用,虚报加油里程", "思想道德", "中", "车辆装定位,一车一卡,每月核对。",
         "仉柏舟", "general"),
        ("车管科", "科长", "车辆维修定点单位不比选,虚增维修项目", "业务流程", "高", "维修定点公开比选,旧件回收核验。",
         "钭疏影", "middle"),
        ("车管科", "保险专员", "车辆保险费用结算不实", "制度机制", "低", "保险费用按合同结算,财务复核。",
         "鞠望岫", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, typ, lv, measures, who, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    return _layout(
        "car_center_holder_last", "https://www.chaxiaohao.com/read-1751317719l5084867.html",
        "县公务用车服务中心 廉政风险防控一览表 after the source's account of a 公务用车管理平台 (统一调度, 车型配置, 驾驶员"
        "绩效): 序号/科室 merged/岗位/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/``责任人`` LAST",
        [sh], t,
    )  # fmt: skip


def children_center_list() -> dict:
    unit = f"{PLACE}妇女儿童活动中心"
    sh = _Sheet("排查表", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "巫马清越", "培训场地出租不经集体研究,租金约定随意", "制度机制", "高",
         "场地出租经主任办公会研究,合同备案。", "leader"),
        ("培训部", "部长", "充宛丘", "培训班招生收费不开票,收费不入账", "业务流程", "高",
         "收费统一开具票据,每月对账。", "middle"),
        ("培训部", "教师", "第五沐恩", "私自组织有偿补课", "思想道德", "中", "签订承诺书,接受家长监督。", "general"),
        ("活动部", "部长", "暴轻鸿", "儿童活动物资采购以次充好", "岗位职责", "中", "物资三家比价,验收双人签字。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "children_center_list", "http://kanglecha.com/flgzzz.html",
        "县妇女儿童活动中心 廉政风险点排查表 after the source's 妇联职责 (培训, 阵地建设, 妇女之家活动): 序号/部门 merged/"
        "岗位/姓名 (the compound surnames 巫马, 第五)/风险点/风险类型/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def affairs_center_section_rows() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    sh = _Sheet("Sheet1", [6, 10, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    sections = [
        ("一", "中心领导", [
            ("主任", "晏迟瑜", "机关办公用房调配不按标准", "制度机制", "高", "办公用房调配方案集体研究并公示。", "leader"),
            ("副主任", "靳沧浪", "物业服务采购倾向特定企业", "业务流程", "高", "物业服务公开招标,评标专家随机抽取。", "leader"),
        ]),
        ("二", "综合科", [
            ("科长", "檀晓岚", "公务接待超标准、超范围", "岗位职责", "中", "接待实行公函和清单制度。", "middle"),
            ("文员", "郗野棠", "办公用品采购虚开发票", "思想道德", "低", "用品采购入库登记,凭入库单报销。", "general"),
        ]),
        ("三", "资产管理科", [
            ("科长", "娄泊远", "公共机构资产处置低价转让", "制度机制", "高", "资产处置经评估,进场公开交易。", "middle"),
            ("资产管理员", "宦砚秾", "资产账实不符,公物私用", "岗位职责", "中", "资产年终盘点,账卡物一致。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, dept, points in sections:
        _line(sh, f"{order}、{dept}", 7)
        for post, who, point, typ, lv, measures, tier in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    return _layout(
        "affairs_center_section_rows", "https://gbc.ggj.gov.cn/zgjghq/2001/200107/200407/t20040705_16176.htm",
        "(harder) 县机关事务服务中心 岗位廉政风险防控一览表 after the source's note on a 县机关服务中心 (公务车专线, 机关后勤): "
        "序号/岗位/姓名/风险点/风险类型/风险等级 高/中/低/防控措施 with NO 科室 column; the 科室 stands only in merged "
        "section rows across the table — ``一、中心领导``, ``二、综合科``, ``三、资产管理科`` — over its posts' rows",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    supply_coop_list(),
    women_fed_posts(),
    chronicle_center_roman(),
    stats_bureau_words(),
    census_center_no_dept(),
    car_center_holder_last(),
    children_center_list(),
    affairs_center_section_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch153-inbox"))
