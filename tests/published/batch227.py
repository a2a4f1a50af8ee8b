"""The two-hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: COUNTY-OWNED ENTERPRISES AND PUBLIC UTILITIES of one county,
荥经县 — the 县属国有投资公司 and its 子公司, the 城投公司, a 水务公司, the 供销社, an 农商银行 支行,
the 公交公司, the 粮食储备库 and the 公共资源交易中心 — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 防控卡 the way its staff typed it, with rows about 招投标, 工程, 资金, 采购 and 资产:

- the 城投公司's 一览表 under ``附件2``, a title and a ``填报单位：… | 填报日期：…`` line, 部门 merged
  (公司领导, 工程管理部, 融资财务部, 综合办公室), 岗位 and 姓名 merged per person, ``…风险`` types,
  高/中/低, a sign-off line;
- the 水务公司's 排查表 under ONE merged ``单位名称：…　　　　填报时间：…`` cell, its 水厂 and 营业所 as
  部门 (column headed ``部门（厂、所）``), the holder under ``责任人``, the risk under ``廉政风险点``,
  ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, a ``注：`` line naming the levels;
- the 供销社's 清单 对岗不对人 with 科室 and 岗位 columns, short type names, ``一级/二级/三级``, the
  heading repeated mid-table (pasted page by page);
- the 农商银行 支行's 自查表 one sheet a person, the tabs named by post (行长, 客户经理, 综合柜员), the
  labels ``姓名 | 岗位 | 所在部门 | 填表日期`` in one row and their values in the row under them;
- the 公交公司's 一览表 with its 车队 and 调度监控中心 as 部门, levels written ``★★★/★★/★`` and a
  ``注：`` line naming them;
- the 粮食储备库's 排查表 with a short ``风险点`` beside a long ``风险表现``, no type column, a
  ``库主任（签字）： | 库务监督员（签字）：`` line;
- the 公共资源交易中心's 清单 on TWO sheets (``中心领导`` and ``股室``), each titled, a ``权力事项``
  column beside the ``风险点``, levels ``一级风险/二级风险/三级风险``, no type column.

One is harder:

- ``state_investor_subsidiary_columns``: the 县属国有投资公司's 共性廉洁风险 清单 for itself and its
  子公司, where the holders stand IN COLUMNS: one heading ``各单位责任人`` merged over three sub-columns
  named by the parts of the group (``公司本部 | 资产运营公司 | 融资担保公司``), each cell a post and a
  name (``董事长　濮阳珩``) or ``/`` where that company has no such business; one row of risk feeds
  one form per company that holds it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 投资公司's 池塘租赁 发包 under the
国有资产出租 rules, a 县's meeting on its 县管国有平台公司 (县城投公司, 投资发展公司), a 水务公司's
``互联网+城乡供水`` project, a 县供销合作社's 主任会暨党风廉政建设工作会 (基层社, 社有企业), an 农商银行's
员工行为 排查, a 纪工委 visit to a 公交公司's 监控调度室 and 场站, the 清廉粮仓 and 库务监督 of a
province's 粮库, a 交易中心's 评标专家抽取 and 评审现场纪律) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 荥经县 (the 支行 named after the real town 花滩).

Run ``python tests/published/score.py --set batch227`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 子公司 named in a sub-column heading of the group's list (``资产运营公司``) is a 科室 of the group,
  and ``公司本部`` is the 科室 of the group's own staff, as ``局领导`` is of a 局;
- in that list a cell ``董事长　濮阳珩`` gives the post and the holder; a ``/`` cell is no point, so
  a company holds only the rows its cell names someone in;
- a 水务公司's 水厂 and 营业所, a 公交公司's 车队 and 调度监控中心, a 粮库's 质检化验室 are 科室;
- ``风险点 | 风险表现``: the point is the short cell under ``风险点``; ``权力事项`` is no point;
- 董事长, 总经理 and 副总经理 of the unit itself, the 供销社's 理事会主任 and 监事会主任, a 支行's 行长,
  the 粮库's 库主任 and the 交易中心's 主任/副主任 are leaders; the 总经理 of a 子公司 in the group's list,
  部长, 经理 of a 部, 办公室主任, 厂长, 所长, 车队 队长, 科长, 股长 and the head of a 中心 inside a company
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b227_"
PLACE = "荥经县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def state_investor_subsidiary_columns() -> dict:
    unit = f"{PLACE}国有资产投资经营有限公司"
    sh = _Sheet("共性风险", [6, 36, 10, 8, 36, 14, 14, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}及所属子公司共性廉洁风险防控清单", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 6}填报日期：2024年11月", 8)
    companies = [
        ("公司本部", "董事长", "濮阳珩", "leader"),
        ("资产运营公司", "总经理", "钟离叙白", "middle"),
        ("融资担保公司", "总经理", "鲜于映秋", "middle"),
    ]
    h1 = sh.add(
        "序号", "共性风险点", "风险类别", "风险等级", "防控措施", "各单位责任人", None, None
    )
    h2 = sh.add(None, None, None, None, None, *(c[0] for c in companies))
    for c in range(5):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 5, h1, 7)
    rows = [
        ("“三重一大”事项未经党支部前置研究和董事会集体决策,个人说了算", "制度机制", "高",
         "重大事项先经党支部研究讨论,再按章程提交董事会决策,会议纪要存档备查。", (True, True, True)),
        ("国有资产出租、池塘和门面发包不公开招租,低价租给关系人", "业务流程", "高",
         "出租发包事项一律进入公共资源交易平台公开招租,租金底价经评估确定。",
         (False, True, False)),
        ("对外担保、借款未经审批,为关系企业违规提供担保", "岗位职责", "高",
         "担保项目实行评审会集体审议,超限额担保报县国资中心审批。", (True, False, True)),
        ("工程和物资采购化整为零规避招标,指定供应商", "外部环境", "中",
         "限额以上项目依法招标,限额以下三家比选并公示结果。", (True, True, True)),
        ("业务招待、公务用车费用超标准列支,以会议费名义报销", "思想道德", "低",
         "执行企业负责人履职待遇规定,招待费用一事一结、每季度公开。", (True, True, True)),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, held) in enumerate(rows, 1):
        cells = [f"{post}{GAP}{who}" if on else NONE for on, (_d, post, who, _t) in
                 zip(held, companies, strict=True)]  # fmt: skip
        sh.add(n, point, typ, lv, measures, *cells)
        for on, (dept, post, who, tier) in zip(held, companies, strict=True):
            if on:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    r = sh.add("注：各单位责任人为该单位主要负责人；“/”表示该单位无此项业务。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    sh.add()
    sh.add("公司纪检监察室审核：", None, None, None, "董事长（签字）：", None, None, None)
    return _layout(
        "state_investor_subsidiary_columns", "http://elteidenorth.com/gxtz/col295/109263",
        "(harder) 县属国有投资公司 及所属子公司 共性廉洁风险防控清单, after the source's note of a 投资公司's "
        "池塘租赁 领导小组 (国有资产出租管理办法, 公开发包): title, ``填报单位（盖章）：…　　填报日期：…``, then a "
        "TWO-ROW header — 序号/共性风险点/风险类别 (short names)/风险等级 高/中/低/防控措施 each merged down, and ONE "
        "heading ``各单位责任人`` merged over THREE sub-columns named by the group's parts (``公司本部 | 资产运营"
        "公司 | 融资担保公司``) — each row's cells giving that company's holder as post and name "
        "(``董事长　濮阳珩``, ``总经理　钟离叙白``, ``总经理　鲜于映秋``) or ``/`` where it has no such "
        "business; a ``注：`` line saying so; 纪检监察室审核/董事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def city_investment_list() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 14, 12, 9, 36, 14, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报日期：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "郗望岳", "城市基础设施项目施工单位确定不经董事会集体研究", "制度机制风险", "高",
         "项目发包依法进入交易平台,董事会会议纪要存档。", "leader"),
        ("公司领导", "副总经理", "笪清和", "融资方案选择金融机构时接受请托", "外部环境风险", "高",
         "融资方案经董事会审议,报县国资中心备案。", "leader"),
        ("工程管理部", "部长", "蒯砚池", "工程变更签证审核把关不严,虚增工程量", "岗位职责风险", "高",
         "变更签证实行监理、跟踪审计、公司三方会签。", "middle"),
        ("工程管理部", "部长", "蒯砚池", "隐蔽工程验收走过场", "业务流程风险", "中",
         "隐蔽工程验收留存影像资料,验收记录归档。", "middle"),
        ("工程管理部", "现场管理员", "逯晓川", "接受施工单位宴请,放松质量监管", "思想道德风险", "中",
         "签订廉洁承诺书,施工现场随机巡查。", "general"),
        ("融资财务部", "部长", "綦念安", "工程款拨付不按合同和进度审核", "制度机制风险", "高",
         "工程款支付凭进度确认单和审计意见,实行双签。", "middle"),
        ("综合办公室", "主任", "宓春泽", "办公用品和车辆维修采购不比价", "业务流程风险", "低",
         "采购三家比价,定点维修,每季度公示。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("公司负责人（签字）：", None, None, None, "审核人：", None, "填表人：", None)
    return _layout(
        "city_investment_list", "http://dadiyun.com/listing/newsshow.php?id=11351",
        "县城投公司 岗位廉洁风险点一览表 after the source's 县管国有平台公司转型发展工作会议 (县城投公司, 投资发展"
        "有限公司, 城市基础设施建设平台): ``附件2``, title, ``填报单位：荥经县城市建设投资有限公司 | 填报日期：…``, "
        "then 序号/部门 merged (公司领导, 工程管理部, 融资财务部, 综合办公室)/岗位 and 姓名 merged per person/风险点/"
        "风险类别 ``…风险``/风险等级 高/中/低/防控措施; 公司负责人（签字）/审核人/填表人 line",
        [sh], t,
    )  # fmt: skip


def water_company_checklist() -> dict:
    unit = f"{PLACE}水务有限责任公司"
    sh = _Sheet("排查表", [6, 14, 10, 9, 38, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"单位名称：{unit}{GAP * 4}填报时间：2024年9月", 7)
    sh.add("序号", "部门（厂、所）", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "厍凌霄", "城乡供水管网项目特许经营合作方确定不公开", "Ⅰ级",
         "合作方通过公开招标确定,方案经县政府常务会审定。", "leader"),
        ("城区水厂", "厂长", "芮知远", "净水药剂采购验收不严,以次充好", "Ⅱ级",
         "药剂入库抽样送检,验收两人签字。", "middle"),
        ("营业所", "所长", "缑晴川", "违规减免水费、为关系户调整用水性质", "Ⅰ级",
         "水费减免和用水性质变更经分管领导审批并留痕。", "middle"),
        ("营业所", "抄表员", "桓小满", "抄表估抄、漏抄,收受用户好处少计水量", "Ⅱ级",
         "抄表数据远传比对,抄表区域定期轮换。", "general"),
        ("管网工程部", "经理", "詹白露", "户表安装工程指定施工队,收取好处费", "Ⅰ级",
         "施工队伍公开比选,安装费标准上墙公示。", "middle"),
        ("管网工程部", "经理", "詹白露", "管网维修材料虚报冒领", "Ⅲ级", "维修材料凭工单领用,每月盘点核对。",
         "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    r = sh.add("注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", *([None] * 6))
    sh.merge(r, 0, r, 6)
    return _layout(
        "water_company_checklist", "http://www.ningxiacaijing.cn/redianzhuanti/sw/tuji/2023-05-16/126625.html",
        "县水务公司 廉政风险点排查表 after the source's visit to a 水务公司's ``互联网+城乡供水`` project (集中供水"
        "泵站, 管网布局, 特许经营, 计量表计): title, ONE merged cell ``单位名称：荥经县水务有限责任公司　　　　填报时间："
        "2024年9月``, then 序号/``部门（厂、所）`` merged (公司领导, 城区水厂, 营业所, 管网工程部)/岗位 and 责任人 "
        "merged per person/``廉政风险点``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def supply_coop_posts_list() -> dict:
    unit = f"{PLACE}供销合作社联合社"
    sh = _Sheet("清单", [6, 14, 14, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    header = ("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add(*header)
    rows = [
        ("社领导", "理事会主任", "社有企业改制、资产处置方案不经理事会集体研究", "制度机制", "一级",
         "改制和处置方案经理事会研究,资产评估后公开交易。", "leader"),
        ("社领导", "监事会主任", "对社有资金使用监督不到位", "岗位职责", "二级",
         "每半年开展一次社有资金专项检查,结果向理事会通报。", "leader"),
        ("社有资产管理科", "科长", "社有门面、仓库出租价格偏低,不公开招租", "业务流程", "一级",
         "出租事项公开招租,租赁合同统一备案。", "middle"),
        ("社有资产管理科", "科长", "租金收缴不及时,拖欠不追缴", "岗位职责", "三级", "建立租金台账,逾期按合同追缴。",
         "middle"),
        ("合作指导科", "科员", "基层社恢复重建项目补助申报审核不严", "业务流程", "二级",
         "补助项目实地核查,审核意见双人签字。", "general"),
        ("财务审计科", "会计", "农资经营资金往来不入账,设立账外账", "思想道德", "一级",
         "资金往来全部纳入财务核算,每季度内审。", "general"),
        ("财务审计科", "会计", "基层社财务审计流于形式", "制度机制", "三级", "审计报告经科室复核,问题限期整改。",
         "general"),
    ]  # fmt: skip
    for n, (dept, post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        if n == 5:  # pasted page by page: the heading comes again
            sh.add(*header)
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("县供销社机关纪检组（盖章）", None, None, None, None, "2024年8月", None)
    return _layout(
        "supply_coop_posts_list", "http://gxjt.jxlsxy.com/jtgk/cyfc/32670.htm",
        "县供销合作社联合社 岗位廉政风险防控清单 对岗不对人 after the source's 县供销合作社 主任会暨党风廉政建设"
        "工作会 (基层社, 社有企业, 惠农综合项目): 序号/科室 (社领导, 社有资产管理科, 合作指导科, 财务审计科)/岗位 "
        "(理事会主任, 监事会主任, 科长, 科员, 会计)/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施, written row by row (no merges), the heading repeated before row 5; no names; a "
        "``县供销社机关纪检组（盖章） | 2024年8月`` line",
        [sh], t,
    )  # fmt: skip


def rural_bank_branch_sheets() -> dict:
    unit = f"{PLACE}农村商业银行花滩支行"
    t = _Truth(unit)
    people = [
        ("行长", "公冶霁云", "支行领导", "leader", [
            ("违规发放关系人贷款,干预贷款审批", "制度机制风险", "高",
             "贷款审批实行审贷分离,关系人贷款回避并报总行备案。"),
            ("利用职务便利向客户借款或入股", "思想道德风险", "高", "每年签订员工行为承诺,异常资金往来按月筛查。"),
            ("费用报销虚列营销支出", "业务流程风险", "低", "营销费用凭活动方案和明细报销,总行定期审计。"),
        ]),
        ("客户经理", "晏鸣岐", "信贷部", "general", [
            ("贷前调查不实,帮助客户包装贷款资料", "岗位职责风险", "高", "贷前调查双人实地核实,影像资料上传系统。"),
            ("收取客户“好处费”“咨询费”", "外部环境风险", "中", "公开贷款流程和监督电话,开展客户回访。"),
            ("与贷款中介私下往来", "思想道德风险", "中", "员工敏感交易监测,中介合作实行名单制管理。"),
        ]),
        ("综合柜员", "蔺若溪", "营业室", "general", [
            ("代客户保管存折、密码,挪用客户资金", "岗位职责风险", "高", "严禁代客保管,柜面业务实行事后监督。"),
            ("违规办理大额取现不核实身份", "业务流程风险", "中", "大额取现执行预约和身份核查,监控录像留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in people:
        sh = _Sheet(post, [6, 38, 14, 10, 38])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓名", "岗位", "所在部门", "填表日期", None)
        sh.add(who, post, dept, "2024年12月", None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "支行负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "rural_bank_branch_sheets",
        "https://njgwy.cn/index.php/Home/Index/newsShow/art_id/5868/art_column/6/column_parent_id/1.html",
        "县农商银行 支行 岗位廉洁风险自查表, one sheet a person, after the source's 农商银行 员工行为 排查 (员工"
        "敏感交易 监测, 贷款中介, 好处费, 合规文化): three sheets named by post (``行长``, ``客户经理``, "
        "``综合柜员``), each titled, then the labels ``姓名 | 岗位 | 所在部门 | 填表日期`` in one row and the values "
        "in the row UNDER them, then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 本人签字/支行负责人"
        "签字 line",
        sheets, t,
    )  # fmt: skip


def bus_company_star_levels() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    sh = _Sheet("Sheet1", [6, 14, 10, 9, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "甄远帆", "新能源公交车和充电桩采购不经集体研究", "制度机制", "★★★",
         "车辆和充电设施采购公开招标,方案经总经理办公会研究。", "leader"),
        ("一车队", "队长", "裘晚棠", "排班派车照顾关系,多报加班", "岗位职责", "★★",
         "排班表每周公示,加班凭调度记录核定。", "middle"),
        ("一车队", "队长", "裘晚棠", "车辆事故定损与修理厂串通", "外部环境", "★★★",
         "事故车辆定点维修,定损两人以上到场。", "middle"),
        ("二车队", "队长", "贲若虚", "票款清点不及时,截留票款", "业务流程", "★★",
         "票款箱双锁,清点全程录像,日清日结。", "middle"),
        ("调度监控中心", "主任", "沃南枝", "调取车内视频监控资料未审批,泄露乘客信息", "岗位职责", "★",
         "视频调取登记审批,调取记录每月核查。", "middle"),
        ("场站管理部", "经理", "尚云舒", "场站广告位、商铺出租不公开", "业务流程", "★★★",
         "出租事项公开招租,合同报公司备案。", "middle"),
        ("场站管理部", "充电管理员", "满星河", "充电电量记录弄虚作假", "思想道德", "★",
         "充电数据系统自动采集,与电费账单每月比对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _per_person(sh, first, 1, 2, 3)
    r = sh.add("注：风险等级★★★为高风险,★★为中风险,★为低风险。", *([None] * 7))
    sh.merge(r, 0, r, 7)
    return _layout(
        "bus_company_star_levels", "http://ypgjgs.com/content-8-68-1.html",
        "县公交公司 岗位廉政风险防控一览表 after the source's 纪工委书记 visit to a 公交公司 (监控调度室, 车内视频"
        "监控, 行车轨迹, 场站, 车辆充电): 序号/部门 merged (公司领导, 一车队, 二车队, 调度监控中心, 场站管理部)/岗位 "
        "and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line "
        "naming the stars",
        [sh], t,
    )  # fmt: skip


def grain_depot_point_and_conduct() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 9, 16, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("库领导", "库主任", "闵照川", "储备粮轮换", "轮换计划执行中“转圈粮”“以陈顶新”,虚报轮换数量", "高",
         "轮换出入库数据与监管平台实时比对,库务监督员全程监督。", "leader"),
        ("仓储保管科", "保管员", "嵇禾风", "出入库计量", "检斤过磅时少计多计,与送粮人串通", "高",
         "地磅数据自动上传,过磅现场视频监控。", "general"),
        ("仓储保管科", "保管员", "嵇禾风", "粮情检查", "粮情记录弄虚作假,隐瞒储粮损失", "中",
         "粮情检测系统自动记录,每月交叉检查。", "general"),
        ("质检化验室", "化验员", "帅青蘅", "质量检验", "收购扣量扣价不按标准,人情定等", "高",
         "检验样品编号盲检,检验结果窗口公示。", "general"),
        ("购销科", "科长", "宿明澈", "粮食竞价销售", "泄露竞价底价,与竞买人串通", "中",
         "竞价销售进入粮食交易平台,底价由集体确定并保密。", "middle"),
        ("财务室", "会计", "鄢小棠", "费用补贴", "保管费用和储备补贴虚列套取", "低",
         "补贴资金专账核算,按季度接受主管部门审计。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, conduct, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, conduct, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("库主任（签字）：", None, None, None, "库务监督员（签字）：", None, None, None)
    return _layout(
        "grain_depot_point_and_conduct", "https://lswzj.zj.gov.cn/art/2023/12/22/art_1692766_58931602.html",
        "县粮食储备库 廉政风险点排查表 after the source's 全省“清廉粮仓”建设现场推进会 (粮食购销领域腐败问题专项"
        "整治, 库务监督, 管粮人, 库里粮): 序号/科室 merged (库领导, 仓储保管科, 质检化验室, 购销科, 财务室)/岗位 "
        "and 责任人 merged per person/a SHORT ``风险点`` (储备粮轮换, 出入库计量, …) beside a long ``风险表现``/"
        "风险等级 高/中/低/防控措施; no type column; ``库主任（签字）： | 库务监督员（签字）：``",
        [sh], t,
    )  # fmt: skip


def trading_center_two_sheets() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    t = _Truth(unit)
    sheets_rows = {
        "中心领导": [
            ("中心领导", "主任", "申屠立夏", "交易规则制定", "场地安排和交易时间调整为特定投标人提供便利", "一级风险",
             "交易日程系统自动排定,调整须书面申请并留痕。", "leader"),
            ("中心领导", "主任", "申屠立夏", "干部选任", "中层干部调整不经集体研究", "二级风险",
             "严格执行选任程序,调整方案经中心会议研究。", "leader"),
            ("中心领导", "副主任", "展青禾", "专家管理", "授意工作人员定向抽取评标专家", "一级风险",
             "专家抽取人员开标当日摇号确定,全程纪检监督。", "leader"),
        ],
        "股室": [
            ("交易服务股", "股长", "禄怀瑾", "进场登记", "对资料不全的项目违规受理进场", "二级风险",
             "进场资料清单公开,受理实行一次性告知。", "middle"),
            ("交易服务股", "股长", "禄怀瑾", "信息发布", "提前泄露招标公告或潜在投标人名单", "一级风险",
             "公告统一平台发布,投标人信息系统加密。", "middle"),
            ("场地见证股", "见证员", "瞿听雨", "开评标见证", "放任无关人员进入评审区,纵容专家私下接触", "一级风险",
             "评审区门禁登记,评标过程全程录音录像。", "general"),
            ("场地见证股", "见证员", "瞿听雨", "异常情况报告", "对评审现场违法违规行为隐瞒不报", "二级风险",
             "见证记录当日归档,异常情况报告行政监督部门。", "general"),
            ("信息技术股", "管理员", "郏晓岚", "系统运维", "擅自查阅、导出投标文件和专家信息", "三级风险",
             "系统操作日志留存,敏感数据分级授权。", "general"),
        ],
    }  # fmt: skip
    sheets = []
    for tab, rows in sheets_rows.items():
        sh = _Sheet(tab, [6, 14, 10, 9, 14, 34, 10, 34])
        _line(sh, f"{unit}廉政风险防控清单（{tab}）", 8)
        sh.add("序号", "股室", "岗位", "姓名", "权力事项", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (dept, post, who, power, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, dept, post, who, power, point, lv, measures)
            t.point(tab, dept, post, who, tier, point, [], RISK_GRADES[lv])
        _per_person(sh, first, 1, 2, 3)
        sh.add()
        sh.add("填报人：", None, None, "审核人：", None, None, "2024年10月", None)
        sheets.append(sh)
    return _layout(
        "trading_center_two_sheets", "http://cqbid.cn/index.php/zh/news/web_show_3730421",
        "县公共资源交易中心 廉政风险防控清单 on TWO sheets (``中心领导``, ``股室``), after the source's account of a "
        "交易中心's 评标专家抽取 (抽取人员开标当日摇号, 评审现场纪律, 远程异地评标): each sheet titled "
        "``…廉政风险防控清单（中心领导）``/``（股室）``, then 序号/股室 merged (中心领导; 交易服务股, 场地见证股, "
        "信息技术股)/岗位 and 姓名 merged per person/``权力事项``/风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; no type column; 填报人/审核人/date under each",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    state_investor_subsidiary_columns(),
    city_investment_list(),
    water_company_checklist(),
    supply_coop_posts_list(),
    rural_bank_branch_sheets(),
    bus_company_star_levels(),
    grain_depot_point_and_conduct(),
    trading_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch227-inbox"))
