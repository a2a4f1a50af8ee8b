"""The seven-hundred-and-eighty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's urban
management and housing bodies, 代县 (of 忻州市, 山西省) — its 城市管理局, 住房和城乡建设管理局,
环境卫生服务中心, 市政设施维护中心, 建筑工程质量安全监督站, 园林绿化中心, 住房保障服务中心 and
城市管理综合行政执法大队 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed:

- the 住房和城乡建设管理局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``一级/二级/三级``, no type column;
- the 环境卫生服务中心's 一览表 under ``附件3`` and a 填报单位 line, ``部门 | 岗位 | 责任人`` on every
  row, short types, ``高风险/中风险/低风险``;
- the 市政设施维护中心's 排查表 对岗不对人 (``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低);
- the 建筑工程质量安全监督站's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 园林绿化中心's 清单 under group rows ``一、中心领导`` …, ``一级风险/二级风险/三级风险``;
- the 住房保障服务中心's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 城市管理综合行政执法大队's 登记表 (``中队`` merged, ``岗位 | 姓名`` merged per person,
  ``风险类别``, ``一级/二级/三级``, a ``注：`` line).

One is harder:

- ``daixian_urban_management_bureau_staff_cell``: the 城市管理局's 岗位廉政风险点一览表, ``序号 | 股室 |
  股室人员 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``: ``股室`` and ``股室人员`` merged over each 股室's
  rows, the ``股室人员`` cell listing that 股室's staff one a line as ``岗位　姓名`` (in the 股室's own
  roll order, not the rows' order), and each row naming only its POST; a row's holder is the one
  staff line whose post is the row's post. Chosen as new, but docs/layouts.md (读得懂的表, its
  paragraph on a last column ``科室人员`` merged down over the 科室's rows listing staff by post)
  already describes it, and the reader read it in full (see tests/test_batch787.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 城管 执法冲突 通报 — 市容秩序巡查,
占道经营, 劝导; a 保障房资格 审计案例 — 廉租住房 调查审批; a 环卫站 垃圾清运车 加油 问题线索;
工程建设 清廉管理 — 虚报工程量, 验收走过场; a 国企纪委 建筑施工领域 常态化监督 — 工程分包, 材料验收; 城市绿化
腐败 — 苗木采购, 工程发包; 保障房 “微腐败” — 公房出租, 棚改; 城管局 联合执法 摊贩整治) and the
layout follows their words. The rows are worded by us, the names invented (the rare surnames 厉 and
冉 with rare given names); every unit is a body of 代县.

Run ``python tests/published/score.py --set batch787`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each row is the point of the one staff member of the row's 股室 whose line in
  the ``股室人员`` cell carries the row's post; staff lines whose post no row names hold no point;
  the 股室 is the row's 股室; one form a holder;
- ``局领导``, ``中心领导``, ``站领导``, ``大队领导`` are the 科室 of those leaders; 局长, 副局长, 主任,
  副主任, 站长, 大队长 leaders; 股长, 科长, 中队长 middle; the rest general;
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/…`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b787_"
PLACE = "代县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

# (股室, the 股室人员 cell's lines (post, name, tier) in roll order, rows (post, point, level, measures))
STAFF_CELLS = [
    ("局领导", [("副局长", "冉甦祎", "leader"), ("局长", "厉彧朏", "leader")], [
        ("局长", "城市管理项目发包不经局党组集体研究", "一级", "项目发包一律经局党组会研究并进入交易平台。"),
        ("局长", "干预执法案件查处、说情打招呼", "一级", "插手干预执法案件一律登记报告。"),
        ("副局长", "户外广告设置审批违规放宽条件", "二级", "审批条件公开，审批结果公示。"),
    ]),
    ("市容管理股", [("股员", "冉瞿沄", "general"), ("股长", "厉翙岫", "middle")], [
        ("股长", "占道经营临时许可优亲厚友", "二级", "许可点位集体研究确定，名单公示。"),
        ("股员", "市容巡查发现问题不登记、私下了结", "二级", "巡查使用执法记录仪，问题全部录入平台。"),
        ("股员", "接受商户宴请、购物卡", "三级", "签订廉洁承诺书，节前提醒。"),
    ]),
    ("执法一中队", [("执法队员", "冉昳翚", "general"), ("协管员", "厉竽蓁", "general"),
                   ("中队长", "冉璘翯", "middle")], [
        ("中队长", "违法建设查处降格处理、以罚代拆", "一级", "处罚决定经法制审核和集体讨论。"),
        ("中队长", "暂扣物品处理不登记", "二级", "暂扣物品登记造册，专库存放。"),
        ("执法队员", "对流动摊贩选择性执法、吃拿卡要", "二级", "两人以上执法，全程记录。"),
        ("协管员", "收取摊贩“管理费”", "一级", "协管员不得单独执法，不得收取任何费用。"),
    ]),
]  # fmt: skip


def daixian_urban_management_bureau_staff_cell() -> dict:
    unit = f"{PLACE}城市管理局"
    sh = _Sheet("一览表", [6, 12, 16, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "股室", "股室人员", "岗位", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, staff, rows in STAFF_CELLS:
        first = len(sh.rows)
        cell = "\n".join(f"{post}{GAP}{who}" for post, who, _ in staff)
        by_post = {post: (who, tier) for post, who, tier in staff}
        for i, (post, point, lv, measures) in enumerate(rows):
            n += 1
            sh.add(n, dept if i == 0 else None, cell if i == 0 else None, post, point, lv, measures)
            who, tier = by_post[post]
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        last = len(sh.rows) - 1
        if last > first:
            sh.merge(first, 1, last, 1)
            sh.merge(first, 2, last, 2)
    _line(sh, "注：风险等级分一级、二级、三级，一级为最高。", 7)
    sh.add("制表：", None, "审核：", None, "局长（签字）：", None, None)
    return _layout(
        "daixian_urban_management_bureau_staff_cell", "http://ytbyz.com/ask/802897IV0E5aw90",
        "(harder) 县城市管理局 岗位廉政风险点一览表, after the source's 城管 执法冲突 通报 (市容秩序巡查, 占道经营, 劝导, "
        "城管队员 停职辞退): a title, a 填报单位 line, then 序号/股室/股室人员/岗位/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; ``股室`` and ``股室人员`` merged over each 股室's rows, the ``股室人员`` cell listing the 股室's staff one "
        "a line ``岗位　姓名`` in roll order (not the rows' order); each row names only its post and its holder is the "
        "staff line of that post; a ``注：`` line and a sign-off line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def daixian_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("厉瞻璆", "局长", "主持全面工作", [
            ("老旧小区改造项目确定施工单位时打招呼", "一级", "项目全部进入县公共资源交易中心。"),
            ("棚户区改造安置方案不经集体研究", "一级", "安置方案经局党组会研究并公示。"),
        ]),
        ("冉祎岚", "副局长", "分管住房保障、房地产市场", [
            ("廉租住房资格审批把关不严", "一级", "资格审核实行入户调查、部门联审、两级公示。"),
            ("商品房预售许可违规提前发放", "二级", "预售许可条件逐项核查，结果网上公开。"),
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
        ("住房保障股", "股长", "冉笙翃", "middle", "保障对象年审走过场，不清退不符合条件的住户", "一级",
         "年审与民政、不动产数据比对，清退名单公示。"),
        ("住房保障股", "股员", "厉琪岍", "general", "公租房配租轮候顺序人为调整", "二级", "轮候名单网上公开，摇号配租。"),
        ("建筑市场股", "股长", "厉霈岷", "middle", "施工许可审查放宽条件", "二级", "施工许可实行一次性告知、限时办结。"),
        ("建筑市场股", "股员", "冉翾琤", "general", "农民工工资保证金退还不按规定", "三级", "保证金退还经股室集体审核。"),
        ("计划财务股", "会计", "冉沚珮", "general", "项目资金拨付不按工程进度", "二级", "拨付凭监理签认的进度报表。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "daixian_housing_bureau_two_sheets", "http://www.axtoutiao.com/v226656",
        "县住房和城乡建设管理局 廉政风险防控一览表 in TWO SHEETS, after the source's 保障房资格 审计案例 (廉租住房 调查、"
        "审批, 骗取指标): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def daixian_sanitation_centre_list() -> dict:
    unit = f"{PLACE}环境卫生服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "厉蕙璟", "leader", "道路保洁服务外包选定企业暗箱操作", "制度机制", "高风险",
         "外包服务公开招标，合同报县城管局备案。"),
        ("中心领导", "主任", "厉蕙璟", "leader", "保洁作业考核扣款随意减免", "岗位职责", "中风险", "考核结果每月公示。"),
        ("清运队", "队长", "冉岷璠", "middle", "垃圾清运车一天多次加油、虚报油费", "业务流程", "高风险",
         "加油卡一车一卡，油耗与过磅记录比对。"),
        ("清运队", "驾驶员", "厉沺琦", "general", "私自为单位和个人清运垃圾收费", "思想道德", "中风险",
         "清运路线GPS监控。"),
        ("财务室", "会计", "冉璎沣", "general", "环卫工人工资发放虚列人员", "业务流程", "高风险",
         "工资直接打卡，花名册与考勤核对。"),
        ("财务室", "出纳", "厉翀湉", "general", "垃圾处理费收缴不入账", "外部环境", "低风险", "收费全部使用财政票据。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "daixian_sanitation_centre_list", "http://fzzgw.com.cn/page152.html?article_id=14968",
        "县环境卫生服务中心 岗位廉政风险防控一览表, after the source's 环卫站 垃圾清运车 一天多次加油 问题线索 (公务卡, "
        "过磅记录, 审核把关): ``附件3``, a title, a 填报单位（盖章） line, 序号/部门/岗位/责任人 on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人 line",
        [sh], t,
    )  # fmt: skip


def daixian_municipal_facilities_posts() -> dict:
    unit = f"{PLACE}市政设施维护中心"
    sh = _Sheet("排查表", [6, 12, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "路灯节能改造项目指定灯具品牌", "制度机制风险", "高", "采购需求集体论证。"),
        ("维修科", "科长", "middle", "道路破损维修工程量签证不实", "业务流程风险", "高", "签证双人现场核量、留影像。"),
        ("维修科", "科长", "middle", "排水管网疏通外包验收走过场", "岗位职责风险", "中", "验收邀请纪检人员参加。"),
        ("维修科", "维修工", "general", "路灯维修材料私自挪用", "思想道德风险", "中", "材料领用登记，旧件回收。"),
        ("综合科", "会计", "general", "路灯电费核对不严、多付电费", "业务流程风险", "低", "电费按表计逐月核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "daixian_municipal_facilities_posts", "https://www.zhemaiyun.com/news/2014638413684305920",
        "县市政设施维护中心 岗位廉政风险点排查表 对岗不对人, after the source's 工程建设 清廉管理 (虚报工程量, 竣工验收 走过场, 分包转包): "
        "a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def daixian_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}建筑工程质量安全监督站"
    t = _Truth(unit)
    people = [
        ("厉琬峣", "站领导", "站长", "leader", [
            ("监督工程竣工验收把关不严", "Ⅰ级", "竣工验收监督实行两人以上到场。", "已落实"),
            ("接受施工企业宴请", "Ⅱ级", "签订廉洁承诺书。", "未发现问题"),
        ]),
        ("冉翮珺", "质量监督科", "监督员", "general", [
            ("材料进场抽检弄虚作假", "Ⅰ级", "抽检见证取样、留样封存。", "已落实"),
            ("发现质量问题不下整改通知", "Ⅱ级", "整改通知全部录入监管平台。", "已落实"),
        ]),
        ("厉岢翎", "安全监督科", "监督员", "general", [
            ("安全检查提前通知施工单位", "Ⅱ级", "实行“双随机”检查。", "未发现问题"),
            ("对分包单位安全隐患睁一眼闭一眼", "Ⅲ级", "隐患清单销号管理。", "已落实"),
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
        "daixian_quality_station_selfchecks", "https://szb.qzwb.com/old/qzwb/html/2023-05/30/content_655404.htm",
        "县建筑工程质量安全监督站 岗位廉政风险自查表, one sheet a person, after the source's 建筑施工领域 常态化监督 "
        "(工程分包, 材料验收, 一线监督): a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over values, then 序号/"
        "风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def daixian_landscaping_centre_group_rows() -> dict:
    unit = f"{PLACE}园林绿化中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "冉珮峋", "leader", [
                ("城区绿化工程发包规避招标", "一级风险", "绿化工程按限额标准公开招标。"),
                ("苗木采购虚报价格", "一级风险", "苗木价格三方询价并公示。"),
            ]),
        ]),
        ("二、养护管理科", "养护管理科", [
            ("科长", "厉璠湫", "middle", [
                ("绿化养护外包考核打人情分", "二级风险", "考核由中心集体评定。"),
            ]),
            ("技术员", "冉峤琇", "general", [
                ("苗木成活率验收虚报", "二级风险", "成活率验收抽样复核。"),
                ("私自处置修剪的树木枝干", "三级风险", "修剪物统一清运登记。"),
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
        "daixian_landscaping_centre_group_rows", "http://chla.com.cn/htm/2012/0821/137637.html",
        "县园林绿化中心 廉政风险防控责任清单, after the source's 城市绿化 腐败 (绿化工程发包, 苗木采购, 虚报价格): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、养护管理科``; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def daixian_housing_security_cards() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "厉澍琨", "主任", "主持中心全面工作", "leader", [
            ("公房出租低价租给亲友", "★★★", "公房出租公开竞租，合同公示。"),
            ("棚改安置房源分配暗箱操作", "★★★", "安置房源公开摇号。"),
            ("接受建材供应商好处费", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "冉翊峮", "副主任", "分管危房改造、住房补贴", "leader", [
            ("危房改造对象认定不实", "★★", "对象认定入户核查、村级公示。"),
            ("住房补贴发放虚报冒领", "★★", "补贴资金一卡通直接发放。"),
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
        "daixian_housing_security_cards", "http://zqb.cyol.com/html/2019-05/21/nw.D110000zgqnb_20190521_3-02.htm",
        "县住房保障服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 保障房 “微腐败” (公房出租, "
        "危房改造, 棚改, 好处费): ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def daixian_enforcement_brigade_register() -> dict:
    unit = f"{PLACE}城市管理综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "冉瀛珖", "leader", [
            ("联合执法行动中对违规商户通风报信", "思想道德", "一级", "行动方案临时下达，参与人员集中管理。"),
            ("罚没款减免不按程序", "制度机制", "二级", "减免经大队集体讨论并报局审批。"),
        ]),
        ("二中队", "中队长", "厉翚湄", "middle", [
            ("违规户外广告拆除中收受好处", "外部环境", "一级", "拆除清单公示，全程记录。"),
        ]),
        ("二中队", "执法队员", "冉璞沅", "general", [
            ("学校周边流动摊点整治执法不规范", "岗位职责", "二级", "执法全程佩戴执法记录仪。"),
            ("暂扣物品私自处置", "业务流程", "三级", "暂扣物品清单当场交当事人签字。"),
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
        "daixian_enforcement_brigade_register", "http://biocind.com/html/news/gn/2017_03/10/15207394.html",
        "县城市管理综合行政执法大队 廉政风险点排查登记表, after the source's 城管局 联合执法 (学校周边 流动摊点, 暂扣 "
        "物品): 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/"
        "三级``/防控措施; a ``注：`` line and an 编制人/审核人 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    daixian_urban_management_bureau_staff_cell(),
    daixian_housing_bureau_two_sheets(),
    daixian_sanitation_centre_list(),
    daixian_municipal_facilities_posts(),
    daixian_quality_station_selfchecks(),
    daixian_landscaping_centre_group_rows(),
    daixian_housing_security_cards(),
    daixian_enforcement_brigade_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch787-inbox"))
