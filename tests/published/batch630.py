"""The six-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
state-owned enterprises, 康巴什区 (of 鄂尔多斯市, 内蒙古) — its 城市建设投资集团, 公共交通公司,
城市运营管理公司, 水务公司, 热力公司, 国有资本投资运营公司, 物业服务公司 and 市政工程公司 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公共交通公司's 一览表 under ``附件1``: ``部门`` merged, ``岗位 | 姓名`` merged per person, short
  types, 高/中/低;
- the 城市运营管理公司's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a ``所在部门`` line,
  ``★★★/★★/★`` read by a ``注：`` line, 持卡人（签字）;
- the 水务公司's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``一级/二级/三级``; no names;
- the 热力公司's 清单 under GROUP ROWS ``一、生产运行部`` … (no 部门 column), ``岗位 | 姓名`` merged per
  person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 国有资本投资运营公司's 一览表 in TWO SHEETS ``公司领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``部门`` (``部门`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``;
- the 物业服务公司's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 市政工程公司's 登记表 under a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row, ``风险类别``
  (short names), 高/中/低, a ``注：`` line.

One is harder:

- ``kangbashi_urban_investment_three_lines``: the 城市建设投资集团's 廉洁风险防控责任分解表 by the
  THREE LINES OF DEFENCE (三道防线) that state-owned enterprises' 合规 systems use: one row a point
  (``序号 | 业务领域 | 廉洁风险点 | 风险等级 | 防控措施``) and ``防控责任（三道防线）`` merged over three
  columns ``第一道防线⏎（业务部门）`` | ``第二道防线⏎（风控合规部门）`` | ``第三道防线⏎（纪检审计部门）``,
  each cell ``部门⏎职务　姓名``; the first line is the post where the risk sits (the holder), the
  second and third lines the same two overseers on every row; a ``注：`` line says so. The README's
  读得懂的表 knows ``第一责任人 | 直接责任人 | 具体责任人``, ``责任领导``/``分管领导`` columns, ``监督科室``
  columns right of the measures and ``A角 | B角``; it does not describe three columns of whole
  ``部门⏎职务　姓名`` cells, each a different department, where the holder is the first of three
  lines and the other two (repeated on every row) are overseers.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 集团 纪检监察室 and 招采合约部 on
a 物业公司's 招标采购 and 履约 — 劳务合作库, 询价、谈价、结算; a 公交集团 纪检部门 — 驾驶员 “黑名单”,
车队, 安全部; a 集团 运输经营部's 联合检查 — 劳动纪律, 行风运纪, “三私”; a 水务集团's 计量、收费专项治理
— 抄收岗位, 营业公司, 承诺书; a 城区供热领导组's 处罚通报 — 热源, 设备检修, 热费; 国企经营管理行为
关键合规要求 — 投资, 担保, 会计资料; a 物业服务质量监控和考核管理办法 — 监控, 考核; a
企业经营行为负面清单 — 担保, 账外账, 个人名义开户, 商业贿赂) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 丰 and 益 with rare given names); every unit
is a body of 康巴什区.

Run ``python tests/published/score.py --set batch630`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row's point is the person in its ``第一道防线`` cell, with the
  department and post written there; the ``第二道防线`` (风控法务部) and ``第三道防线`` (纪检审计部)
  people are overseers and hold no point; ``业务领域`` is the matter, not a 部门; the ``注：`` line
  and the 编制/审核 line are no points;
- a company's 部 (工程管理部, 财务部, 营运部 …), 车队, 营业所 and 客服中心 are 部门; group rows
  ``二、客户服务部`` give the 部门 ``客户服务部`` (its number left off); ``公司领导`` in a 部门 or
  ``所在部门`` cell is the 部门 of those leaders; the leaders of the 国有资本投资运营公司 (sheet
  ``公司领导``, no 部门 column) have no 部门;
- every company is a unit of its own: 董事长, 总经理, 副总经理 and 党支部书记 are leaders; 部长, 经理,
  主任, 队长 and 所长 middle; the rest (会计, 出纳, 调度员, 抄表员, 收费员, 管理员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 水务公司's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b630_"
PLACE = "康巴什区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 部门 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the first line: (部门, 职务, 姓名, tier)
FIRST = {
    "gc": ("工程管理部", "部长", "丰琲瑄", "middle"),
    "cg": ("招标采购部", "部长", "益琯岑", "middle"),
    "cw": ("财务融资部", "部长", "丰湲璠", "middle"),
    "rl": ("综合办公室", "主任", "益翯岷", "middle"),
    "zc": ("资产运营部", "经理", "丰珝沣", "middle"),
}
# the second and third lines: the same overseers on every row
SECOND = ("风控法务部", "部长", "益璟翃")
THIRD = ("纪检审计部", "主任", "丰晗琇")

# (业务领域, 廉洁风险点, 风险等级, 防控措施, first line)
LINES = [
    ("工程建设", "工程变更、签证不按程序审批，虚增工程量", "高",
     "变更签证实行“现场监理+跟踪审计+部门会签”，超限额的报集团党委会研究。", "gc"),
    ("工程建设", "隐蔽工程验收不到场、签字走过场", "中", "隐蔽工程验收留存影像资料，监理、跟踪审计共同签字。", "gc"),
    ("工程建设", "工程进度款超进度拨付", "高", "进度款按监理确认的计量拨付，财务融资部复核。", "gc"),
    ("招标采购", "招标文件设置倾向性条件，量身定制", "高", "招标文件经风控法务部合规审查后发布。", "cg"),
    ("招标采购", "化整为零规避公开招标", "高", "年度采购计划集中编制，同类采购合并实施。", "cg"),
    ("招标采购", "询比价供应商固定、轮流中标", "中", "供应商从集团供应商库随机抽取，定期轮换。", "cg"),
    ("财务融资", "融资中介费、担保费支付不规范", "高", "融资方案和费用标准经集团党委会研究，合同法务审核。", "cw"),
    ("财务融资", "大额资金支付未经集体研究", "中", "大额资金支付实行联签，季度资金情况报董事会。", "cw"),
    ("选人用人", "员工招聘、中层选聘中优亲厚友", "中", "招聘方案公示，笔试面试全程录像，结果公示。", "rl"),
    ("资产运营", "国有房产低价出租、长期不收租金", "高", "资产出租一律公开招租，租金收缴情况每季度通报。", "zc"),
    ("资产运营", "停车场、广告位经营收入不入账", "低", "经营收入统一进入集团账户，收费票据连号管理。", "zc"),
]  # fmt: skip


def _cell(dept: str, post: str, who: str) -> str:
    return f"{dept}\n{post}{GAP}{who}"


def kangbashi_urban_investment_three_lines() -> dict:
    unit = f"{PLACE}城市建设投资集团有限公司"
    sh = _Sheet("责任分解表", [6, 10, 36, 8, 36, 18, 18, 18])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任分解表", 8)
    _line(sh, f"编制单位：{unit}纪检审计部{GAP * 12}2025年3月", 8)
    top = sh.add(
        "序号", "业务领域", "廉洁风险点", "风险等级", "防控措施", "防控责任（三道防线）", None, None
    )
    sh.add(None, None, None, None, None,
           "第一道防线\n（业务部门）", "第二道防线\n（风控合规部门）", "第三道防线\n（纪检审计部门）")  # fmt: skip
    for c in range(5):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    first = len(sh.rows)
    for i, (area, point, lv, measures, key) in enumerate(LINES, 1):
        dept, post, who, tier = FIRST[key]
        sh.add(i, area, point, lv, measures, _cell(dept, post, who), _cell(*SECOND), _cell(*THIRD))
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：第一道防线为风险点所在部门及岗位，承担直接防控责任；第二道防线负责合规审查和日常监督；"
              "第三道防线负责监督检查和责任追究。", 8)  # fmt: skip
    sh.add("编制：", None, "审核：", None, "分管领导（签字）：", None, None, None)
    return _layout(
        "kangbashi_urban_investment_three_lines", "https://yzcjt.com/index.php/gsyw/3824.html",
        "(harder) 区城市建设投资集团 廉洁风险防控责任分解表 by the THREE LINES OF DEFENCE, after the source's 集团 纪检监察室 and "
        "招采合约部 专项监督 of a 物业公司 (招标采购, 劳务合作库, 询价、谈价、结算, 履约管理): a title, an 编制单位/date line, then a TWO-ROW "
        "heading: 序号/业务领域/廉洁风险点/风险等级/防控措施 merged down and ``防控责任（三道防线）`` merged over "
        "``第一道防线⏎（业务部门）`` | ``第二道防线⏎（风控合规部门）`` | ``第三道防线⏎（纪检审计部门）``; ONE ROW A POINT, "
        "业务领域 merged down, each line's cell ``部门⏎职务　姓名``; the first line (five holders) owns the point, the second "
        "and third lines are the same two overseers on every row; 高/中/低, no type column; a ``注：`` line saying which "
        "line does what and an 编制/审核/分管领导 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kangbashi_bus_company_list() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 11, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营运部", "经理", "丰骞昳", "middle", "线路调整、班次安排中接受请托", "岗位职责", "中",
         "线路调整方案经公司办公会研究并公示。"),
        ("营运部", "经理", "丰骞昳", "middle", "公交补贴申报数据弄虚作假", "制度机制", "高",
         "运营里程以智能调度系统数据为准，申报材料双人复核。"),
        ("第一车队", "车队长", "益琛湉", "middle", "驾驶员排班、评先评优中优亲厚友", "思想道德", "中",
         "排班表和考核结果在车队公示栏公示。"),
        ("第一车队", "车队长", "益琛湉", "middle", "车辆维修项目虚报、多报", "业务流程", "高",
         "维修单由车队长、技术员、驾驶员三方签字，定期抽查。"),
        ("票务中心", "票款清点员", "丰涴珺", "general", "票款清点中截留私分", "业务流程", "高",
         "清点全程视频监控，两人以上同时在场。"),
        ("票务中心", "IC卡管理员", "益淯峤", "general", "违规办理老年卡、学生卡等优惠卡", "岗位职责", "低",
         "办卡资料系统留档，每月核对。"),
        ("安全保卫部", "保安队长", "丰筠翾", "middle", "场站停车、物品进出放行收受好处", "外部环境", "低",
         "外来车辆登记放行，监控录像保存三个月。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "kangbashi_bus_company_list", "http://cbs.xnjwjc.gov.cn/lzyw/lzdt/202410/t20241018_3770348.shtml",
        "区公共交通公司 岗位廉洁风险防控一览表, after the source's 公交集团 纪检部门 监督护航 (驾驶员 “黑名单”, "
        "车队日常监督, 安全部, 违规违章追责): ``附件1``, a title, 序号/部门 merged/岗位 and 姓名 merged per person/廉洁风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kangbashi_city_operation_cards() -> dict:
    unit = f"{PLACE}城市运营管理有限公司"
    t = _Truth(unit)
    cards = [
        ("总经理", "益瑀沄", "总经理", "公司领导", "主持公司全面工作", "leader", [
            ("公司经营中“三重一大”事项个人说了算", "★★★", "“三重一大”事项党支部前置研究、办公会集体决策。"),
            ("外包服务合同签订不经法务审核", "★★", "合同一律经法务审核、会签。"),
            ("接受服务商宴请和礼品", "★", "签订廉洁从业承诺书。"),
        ]),
        ("调度中心主任", "丰璘岵", "主任", "调度中心", "负责公交智能调度和运行监管", "middle", [
            ("明察暗访结果不如实上报、包庇驾驶员", "★★", "暗访记录纪检人员抽查，结果通报。"),
            ("调度数据人为修改，套取准点考核奖励", "★★★", "调度系统修改留痕，每月导出核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉洁风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "kangbashi_city_operation_cards", "http://www.sgxidesheng.com/news_view.aspx?Fid=t2%3A161%3A2&Id=1411&TypeId=161",
        "区城市运营管理公司 岗位廉洁风险防控卡, one sheet a person, after the source's 集团 运输经营部 联合检查 (劳动纪律, "
        "行风运纪, “三私” 行为, 现场检查): a title, ``姓　名 | … | 职　务 | …``, a merged ``所在部门`` line (``公司领导`` for the "
        "总经理) and a merged 岗位职责 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and "
        "持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kangbashi_water_company_posts() -> dict:
    unit = f"{PLACE}水务有限公司"
    sh = _Sheet("排查表", [6, 12, 10, 16, 38, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("营业所", "抄表员", "general", "水表查抄", "估抄、漏抄，为用户少抄水量收取好处", "一级",
         "抄表卡片定期抽查，用水量异常的用户回访。"),
        ("营业所", "抄表员", "general", "用水性质登记", "将商业用水登记为居民用水", "二级", "用水性质变更经营业所长审核。"),
        ("营业所", "收费员", "general", "水费收缴", "收取现金不开票，截留水费", "一级", "推行线上缴费，收费日清日结。"),
        ("供水稽查队", "队长", "middle", "偷盗水查处", "查处偷盗水降格处理、以罚代补", "一级",
         "稽查两人以上，处理结果集体研究。"),
        ("管网运维部", "经理", "middle", "新装用户接水", "接水审批拖延，吃拿卡要", "二级", "接水办理时限公开，超时问责。"),
        ("管网运维部", "材料员", "general", "水表及管材出入库", "水表、管材出入库不登记，私自处置", "三级",
         "出入库登记，每季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "kangbashi_water_company_posts", "http://www.wns054.com/info_140.aspx?itemid=4051",
        "区水务公司 岗位廉洁风险点排查表 对岗不对人, after the source's 水务集团 计量、收费专项治理 (抄收岗位人员警示大会, "
        "营业公司, 规范收费行为承诺书, 计量): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险等级 "
        "``一级/二级/三级``/防控措施; no names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kangbashi_heating_company_group_rows() -> dict:
    unit = f"{PLACE}热力有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、生产运行部", "生产运行部", [
            ("部长", "益澍琨", "middle", [
                ("“温暖工程”管网改造项目验收把关不严", "Ⅰ级", "改造项目验收邀请热用户代表参加。"),
                ("换热站设备采购指定品牌", "Ⅰ级", "设备采购按公司采购管理办法比选。"),
            ]),
            ("换热站站长", "丰暄沅", "middle", [
                ("燃料、药剂消耗虚报冒领", "Ⅱ级", "消耗量每日记录，月度对比分析。"),
            ]),
        ]),
        ("二、客户服务部", "客户服务部", [
            ("经理", "益玙峋", "middle", [
                ("投诉工单处理不及时、吃拿卡要", "Ⅰ级", "投诉工单闭环管理，纪检部门每月抽查回访。"),
                ("违规办理停供、减免供热费", "Ⅱ级", "停供减免经部门审核、分管领导审批，结果公示。"),
            ]),
            ("收费员", "丰炅璆", "general", [
                ("供热费收取后不及时入账", "Ⅱ级", "收费系统实时对账，日清月结。"),
                ("为熟人调整供热面积少收费", "Ⅲ级", "面积调整须现场测量并留存资料。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "kangbashi_heating_company_group_rows", "http://www.decade-five.com/info/1591/163996.htm",
        "区热力公司 廉洁风险防控责任清单, after the source's 城区供热领导组 处罚通报 (热源企业, 设备检修维护, "
        "热力公司 备用热源, 供热质量, 缴纳热费): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 under "
        "GROUP ROWS ``一、生产运行部`` and ``二、客户服务部`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kangbashi_state_capital_two_sheets() -> dict:
    unit = f"{PLACE}国有资本投资运营有限公司"
    t = _Truth(unit)
    lead = _Sheet("公司领导", [6, 9, 10, 18, 38, 11, 34])
    _line(lead, f"{unit}公司领导廉洁风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉洁风险点", "风险等级", "防控措施")
    leaders = [
        ("丰沚琼", "董事长", "主持公司全面工作", [
            ("重大投资项目未经集体决策", "一级风险", "严格执行“三重一大”决策制度，议案提前送达。"),
            ("重要干部任免不按程序", "一级风险", "干部任免经党支部会议研究，报区国资部门备案。"),
        ]),
        ("益岚骢", "总经理", "负责经营管理、资金管理", [
            ("大额资金使用未经资金管理委员会研究", "一级风险", "大额资金使用提交资金管理委员会集体决策。"),
            ("计划外追加投资", "二级风险", "投资计划调整按原程序报批。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部门", [6, 14, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}部门岗位廉洁风险防控一览表", 7)
    dept.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("投资发展部", "部长", "丰玭澄", "middle", "投资项目尽职调查流于形式", "一级风险", "尽调报告由第三方机构复核。"),
        ("投资发展部", "部长", "丰玭澄", "middle", "向投资对象泄露谈判底价", "二级风险", "谈判全程两人以上参加并记录。"),
        ("投资发展部", "投资专员", "益璋昀", "general", "投资后管理台账不实", "三级风险", "台账每季度与财务数据核对。"),
        ("财务部", "部长", "丰瀞岍", "middle", "违规对外提供担保", "一级风险", "对外担保一律报区国资部门审批。"),
        ("财务部", "出纳", "益琤淙", "general", "资金支付与审批不符", "二级风险", "网银支付实行制单、复核分离。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合部", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kangbashi_state_capital_two_sheets", "http://www.sanfenghr.com/index.php/Home/Index/content/info/3489.html",
        "区国有资本投资运营公司 廉洁风险防控一览表 in TWO SHEETS, after the source's 国企经营管理行为关键合规要求 "
        "(投资和担保限额, 会计资料, 法定账簿, 个人名义开立账户): sheet 公司领导 with 姓名/职务/分管工作 merged "
        "per leader, sheet 部门 with 部门 merged and 岗位/姓名 merged per person; 廉洁风险点, 风险等级 "
        "``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kangbashi_property_selfchecks() -> dict:
    unit = f"{PLACE}物业服务有限公司"
    t = _Truth(unit)
    people = [
        ("丰翾岙", "综合部", "经理", "middle", [
            ("员工录用中降低条件、优亲厚友", "高风险", "招聘条件和结果公示，亲属回避。", "已落实"),
            ("废旧物资处置不评估、低价处理", "中风险", "废旧物资处置经评估后公开处置。", "未发现问题"),
        ]),
        ("益瑗泠", "工程维修部", "经理", "middle", [
            ("维修工程分包给关系单位", "高风险", "分包单位从合格名录中比选确定。", "已落实"),
            ("维修材料以次充好、虚报数量", "中风险", "材料进场验收，业主代表参与。", "已落实"),
        ]),
        ("丰崟澋", "客服中心", "收费员", "general", [
            ("物业费、停车费收取不开票据", "中风险", "收费统一使用系统票据。", "已落实"),
            ("擅自减免物业费", "低风险", "减免须经公司审批。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add()
        sh.add("本人签名：", None, "部门意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kangbashi_property_selfchecks", "https://abg.baidu.com/tags/z3x5fnnx73hpdvwkyg73zyf73c5m3p54xlf3txga5wyozn5i",
        "区物业服务公司 岗位廉洁风险自查表, one sheet a person (tabs named by the person), after the source's 物业服务质量监控和考核"
        "管理办法 (服务质量监控, 考核, 维修, 收费): a title, a label row ``姓　名 | 所在部门 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 部门意见：``",
        sheets, t,
    )  # fmt: skip


def kangbashi_municipal_works_register() -> dict:
    unit = f"{PLACE}市政工程有限公司"
    sh = _Sheet("登记表", [6, 12, 10, 10, 38, 11, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "益晞珵", "leader", "为其他企业违规提供担保", "制度机制", "高",
         "对外担保一律经董事会研究并报区国资部门审批。"),
        ("公司领导", "总经理", "益晞珵", "leader", "接受施工材料供应商财物", "思想道德", "中", "签订廉洁承诺，节前廉洁提醒。"),
        ("财务部", "会计", "丰珈汭", "general", "设立账外账、小金库", "业务流程", "高", "收入全部纳入法定账簿，定期审计。"),
        ("财务部", "出纳", "益溦岷", "general", "以个人名义开户存储公款", "岗位职责", "高", "银行账户统一管理，每月对账。"),
        ("项目部", "项目经理", "丰琮霈", "middle", "劳务分包中收受回扣", "外部环境", "中", "分包合同法务审核，分包价格公开比选。"),
        ("项目部", "材料员", "益沨璈", "general", "材料验收数量不实", "业务流程", "低", "材料进场两人验收，台账每月核对。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分为高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "负责人（签字）：", None, None)
    return _layout(
        "kangbashi_municipal_works_register", "http://shoufuban.net/content/24/1202/14/31971685_1140956285.shtml",
        "区市政工程公司 廉洁风险点登记表, after the source's 企业经营行为负面清单 (对外担保限额, 另立会计账簿, 个人名义开立账户, "
        "商业贿赂): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/风险点/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/负责人（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kangbashi_urban_investment_three_lines(),
    kangbashi_bus_company_list(),
    kangbashi_city_operation_cards(),
    kangbashi_water_company_posts(),
    kangbashi_heating_company_group_rows(),
    kangbashi_state_capital_two_sheets(),
    kangbashi_property_selfchecks(),
    kangbashi_municipal_works_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch630-inbox"))
