"""The eight-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's health
bodies, 保靖县 (of 湘西州, 湖南省) — its 卫生健康局, 疾病预防控制中心, 妇幼保健计划生育服务中心,
卫生计生综合监督执法局, 人民医院 and 中医医院 and two 乡镇卫生院 (迁陵镇, 葫芦镇) — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 疾病预防控制中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 中医医院's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 迁陵镇卫生院's 责任清单 under GROUP ROWS ``一、院领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 妇幼保健计划生育服务中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 卫生计生综合监督执法局's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人``
  on EVERY row, short types, ``高风险/中风险/低风险``;
- the 葫芦镇中心卫生院's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``baojing_peoples_hospital_indented_holders``: the 人民医院's 科室廉政风险点清单, ``序号 | 廉政风险点 |
  风险等级 | 防控措施`` with NO 科室, 岗位 or 姓名 column; GROUP ROWS merged across name each group and
  its TWO members (``二、药剂科（科主任　巫…；药师　乜…）``), and which of the two holds a row's point is
  told ONLY by how the point is typed: FLUSH (顶格) for the first-named (the group's head), INDENTED
  by two typed full-width spaces (``　　``, 缩进两格) for the second-named, as a ``注：`` line under
  the list says (``各组风险点中，顶格书写的为该组第一位人员（负责人）的风险点，缩进两格书写的为第二位人员
  的风险点。``). The rows of the two holders are interleaved (not in two runs). The README's 读得懂的表
  knows group rows naming their members as post–name pairs over rows naming a post, section rows
  naming several holders who SHARE every row under them, an indented TREE (科室 | post | point by the
  cell's indent level), and bold lines in a holders cell; it does not describe a group's rows split
  between its two named members by the typed indentation of the point text, per a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县人民医院 窝案 — 器械科, 骨科
回扣, 财务科, 医院建楼; a 卫生行政处罚 review — 案由, 执法监督, 部门协作, 纠正机制; a piece on 湘西保靖's
health care — 医疗资源, 人才引进, 健康教育, 参保; a 计划生育技术服务 regulation — 执业许可, 孕产期保健,
胎儿性别鉴定, 药具; a study of 卫生行政处罚 自由裁量权 — 裁量基准, 合理差别; a 县人民医院 and 中医医院
院长's 受贿 — 药品供应, 工程 进度款; a study of a 区's 医疗系统改革 — 社区卫生, 医保, 公共卫生; 医疗设备
“萝卜采购” — 设备科, 参数量身定做) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 巫 and 乜
with rare given names); every unit is a body of 保靖县.

Run ``python tests/published/score.py --set batch812`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each group row gives the 科室 (``院领导`` for the 院领导 group) and its two
  members (post, name); a point typed flush is the first member's, a point typed after two
  full-width spaces the second's, with the row's level; the spaces are no part of the point; the
  ``注：`` line and the 填表/审核 line are no points;
- ``院领导``, ``局领导``, ``中心领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the
  卫生健康局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a
  局's 股 and a 医院's or 卫生院's 科/室/办 are 科室;
- every body is a unit of its own: 局长, 副局长, 主任 and 副主任 of a 中心, 院长, 副院长 and 队长 of the
  执法局 are leaders; 股长, 科长, a 科's 主任 middle; the rest (股员, 会计, 出纳, 药师, 采购员, 医师,
  监督员, 检验员, 收费员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 疾控中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b812_"
PLACE = "保靖县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
INDENT = GAP * 2


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (shown group, 科室, (post, name, tier) first, (post, name, tier) second,
#  [(0 flush / 1 indented, 廉政风险点, 风险等级, 防控措施)])
GROUPS = [
    ("一、院领导", "院领导", ("院长", "巫翯璠", "leader"), ("副院长", "乜沅翚", "leader"), [
        (0, "住院楼改扩建工程插手招投标、违规拨付进度款", "高", "工程项目进入县公共资源交易中心，进度款经审计后拨付。"),
        (1, "分管的医疗设备采购论证走过场", "高", "设备采购由论证小组集体论证，论证意见存档。"),
        (0, "药品、耗材供应商准入个人说了算", "高", "供应商准入经院党委会集体研究。"),
        (1, "接受医药代表宴请、礼金", "中", "签订廉洁从业承诺书，节前廉洁提醒。"),
    ]),
    ("二、药剂科（科主任　巫琇霈；药师　乜晞珩）", "药剂科", ("科主任", "巫琇霈", "middle"),
     ("药师", "乜晞珩", "general"), [
        (0, "临时采购药品申请把关不严，为供应商开口子", "高", "临时采购经药事管理委员会审议。"),
        (1, "统计医生处方用药量提供给医药代表", "高", "处方统计权限分级设置，查询留痕。"),
        (1, "药品入库验收数量、效期核对不严", "中", "验收双人签字，每月盘点。"),
    ]),
    ("三、设备科（科长　乜琰翯；采购员　巫沨瑗）", "设备科", ("科长", "乜琰翯", "middle"),
     ("采购员", "巫沨瑗", "general"), [
        (0, "设备招标参数按特定品牌量身定做", "高", "技术参数由临床科室、设备科、纪检三方确认。"),
        (1, "耗材询价只找熟识供应商", "中", "询价不少于三家，询价记录公开。"),
        (0, "设备验收走过场，收受供应商好处", "中", "验收邀请使用科室和纪检人员参加。"),
    ]),
    ("四、财务科（科长　巫霁翃；会计　乜珣澂）", "财务科", ("科长", "巫霁翃", "middle"),
     ("会计", "乜珣澂", "general"), [
        (0, "供应商货款支付顺序人为调整", "中", "货款按合同约定时间排序支付，院长审批。"),
        (1, "医保结算数据虚增套取基金", "高", "医保结算数据每月与医保中心对账。"),
    ]),
]  # fmt: skip
NOTE = "注：各组风险点中，顶格书写的为该组第一位人员（负责人）的风险点，缩进两格书写的为第二位人员的风险点。"


def baojing_peoples_hospital_indented_holders() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("风险点清单", [6, 46, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉政风险点清单", 4)
    _line(sh, f"填报单位：{unit}纪检监察室{GAP * 12}2025年6月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for shown, dept, first, second, rows in GROUPS:
        if dept == "院领导":
            shown = f"{shown}（{first[0]}{GAP}{first[1]}；{second[0]}{GAP}{second[1]}）"
        _line(sh, shown, 4)
        for which, point, lv, measures in rows:
            n += 1
            sh.add(n, (INDENT if which else "") + point, lv, measures)
        for post, who, tier in (first, second):
            for which, point, lv, _measures in rows:
                if (post, who, tier) == (first, second)[which]:
                    t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(sh, NOTE, 4)
    sh.add("填表：", None, "审核：", None)
    return _layout(
        "baojing_peoples_hospital_indented_holders", "http://jkxxw.com.cn/news/yydt/011714026.html",
        "(harder) 县人民医院 科室廉政风险点清单, after the source's 县人民医院 窝案 (器械科科长, 骨科主任 回扣, 财务科科长, 院长 "
        "医院建楼): a title, a 填报单位 line, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with NO 科室/岗位/姓名 column; GROUP "
        "ROWS merged across name the group and its TWO members (``二、药剂科（科主任　某某；药师　某某）``); a point typed "
        "FLUSH is the first member's, a point INDENTED by two typed full-width spaces the second's, the two holders' rows "
        "interleaved, as a ``注：`` line under the list says; 高/中/低, no type column; a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def baojing_health_bureau_two_sheets() -> dict:
    unit = f"{PLACE}卫生健康局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("巫暄翊", "局长", "主持全面工作", [
            ("卫生健康项目资金分配个人说了算", "一级", "资金分配方案经局党组会集体研究并公示。"),
            ("干预下属医疗机构设备、药品采购", "一级", "严禁打招呼，插手过问事项登记报告。"),
        ]),
        ("乜璟翙", "副局长", "分管医政医管、卫生行政处罚", [
            ("重大行政处罚案件说情打招呼", "一级", "重大案件集体讨论，法制审核后决定。"),
            ("医疗机构校验、评审把关不严", "二级", "校验评审实行专家组现场评审。"),
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
        ("医政医管股", "股长", "巫珞湉", "middle", "医疗机构设置审批“吃拿卡要”", "一级", "审批事项进驻政务服务中心，限时办结。"),
        ("医政医管股", "股长", "巫珞湉", "middle", "医疗纠纷调处偏袒一方", "二级", "纠纷调处邀请第三方参与，全程记录。"),
        ("医政医管股", "股员", "乜翾琪", "general", "执业医师注册材料审核不严", "三级", "注册材料初审、复核两级把关。"),
        ("规划财务股", "股长", "巫翀璘", "middle", "基本公共卫生服务补助资金拨付不按考核结果", "一级", "资金拨付与绩效考核结果挂钩，公示。"),
        ("规划财务股", "会计", "乜澐琭", "general", "报账单据审核不严，虚列支出", "二级", "报账单据经办、审核、审批三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "baojing_health_bureau_two_sheets", "https://www.xchen.com.cn/xzgl/xzcflw/737483.html",
        "县卫生健康局 廉政风险防控一览表 in TWO SHEETS, after the source's review of 卫生行政处罚 (案由单一, 执法监督盲区, "
        "部门协作, 违法行为纠正机制): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def baojing_cdc_posts() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "检测设备采购", "检测设备采购需求倾向特定厂家", "制度机制风险", "高",
         "采购需求经班子集体研究，按政府采购程序办理。"),
        ("免疫规划科", "科长", "middle", "疫苗出入库", "疫苗出入库登记不实，账物不符", "业务流程风险", "高",
         "疫苗出入库全程追溯，每月盘点。"),
        ("免疫规划科", "科长", "middle", "接种单位督导", "督导检查走过场，接受接种单位宴请", "思想道德风险", "中",
         "督导两人以上同行，检查结果通报。"),
        ("健康教育科", "科员", "general", "健康教育资料印制", "印制数量虚报，套取经费", "岗位职责风险", "中",
         "印制询价三家，入库发放登记。"),
        ("检验科", "检验员", "general", "委托检测", "出具检测报告收受好处，数据不实", "岗位职责风险", "高",
         "检测报告双人复核，原始记录存档。"),
        ("检验科", "检验员", "general", "试剂耗材领用", "试剂耗材私自处置", "业务流程风险", "低",
         "试剂领用登记，季度盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "baojing_cdc_posts", "https://www.rjut.cn/mark/xxbjjmpysqdylqjytz.html",
        "县疾病预防控制中心 岗位廉政风险点排查表 对岗不对人, after the source's piece on 湘西保靖's health care (医疗资源匮乏, "
        "设施改善, 人才引进, 健康教育普及): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def baojing_tcm_hospital_selfchecks() -> dict:
    unit = f"{PLACE}中医医院"
    t = _Truth(unit)
    people = [
        ("巫昳霖", "院领导", "院长", "leader", [
            ("药品供应商遴选打招呼、收受感谢费", "Ⅰ级", "药品遴选由药事会集体决定，院长不单独表态。", "已落实"),
            ("新建门诊楼工程款拨付把关不严", "Ⅰ级", "工程款按进度经监理、审计确认后拨付。", "未发现问题"),
        ]),
        ("乜瑀沣", "针灸推拿科", "主任", "middle", [
            ("科室耗材使用量人为放大", "Ⅱ级", "耗材使用与收费每月核对。", "已落实"),
            ("科室绩效分配不公开", "Ⅲ级", "二次分配方案科内公示。", "已落实"),
        ]),
        ("巫霈琮", "中药房", "药师", "general", [
            ("中药饮片验收以次充好", "Ⅱ级", "饮片验收双人签字，留样备查。", "未发现问题"),
            ("调剂中私自减量", "Ⅲ级", "调剂复核，定期抽检称量。", "已落实"),
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
        sh.add("本人签名：", None, "科室负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "baojing_tcm_hospital_selfchecks", "https://fx361.cc/page/2023/1024/22685228.shtml",
        "县中医医院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县人民医院、中医医院 "
        "院长 受贿 (药品供应商 感谢费, 住院楼 工程进度款): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 科室负责人意见：``",
        sheets, t,
    )  # fmt: skip


def baojing_qianling_clinic_group_rows() -> dict:
    unit = f"{PLACE}迁陵镇卫生院"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "乜翚玥", "leader", [
                ("基本公共卫生服务项目资金统筹使用不规范", "一级风险", "项目资金专账核算，按考核结果分配。"),
                ("乡村医生补助发放不公开", "二级风险", "补助名单在村卫生室公示。"),
            ]),
        ]),
        ("二、医保办", "医保办", [
            ("主任", "巫沇璆", "middle", [
                ("医保结算上传数据不实，分解住院", "一级风险", "每月抽查病历与结算清单。"),
            ]),
            ("收费员", "乜琀霄", "general", [
                ("收费不开票据，截留现金", "二级风险", "收费日清日结，票据连号使用。"),
                ("退费审核不严", "三级风险", "退费经科室、医保办双签。"),
            ]),
        ]),
        ("三、公共卫生办", "公共卫生办", [
            ("主任", "巫璁湄", "middle", [
                ("居民健康档案虚建、重复建档", "二级风险", "档案随机电话回访核实。"),
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
        "baojing_qianling_clinic_group_rows", "https://lw33.cn/article/257f24b6b7de45370abc96ef.html",
        "县镇卫生院 廉政风险防控责任清单, after the source's study of a 区's 医疗系统改革 (社区卫生, 医疗保障, 公共卫生, "
        "农村卫生): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、院领导``, ``二、医保办``, ``三、公共卫生办`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def baojing_maternal_child_cards() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "巫淏翚", "主任", "主持中心全面工作", "leader", [
            ("助产技术服务人员资格审核放水", "★★★", "资格审核经中心会议集体研究。"),
            ("计划生育药具采购指定供应商", "★★★", "药具按上级配发目录采购，入库验收。"),
            ("接受服务对象礼品礼金", "★", "严守廉洁从业九项准则。"),
        ]),
        ("副主任", "乜璠翎", "副主任", "分管妇女保健、出生医学证明", "leader", [
            ("出生医学证明违规签发、补发", "★★★", "出生证签发双人审核，空白证专柜保管。"),
            ("非医学需要的胎儿性别鉴定监管不力", "★★", "超声检查室张贴禁令，定期抽查记录。"),
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
        "baojing_maternal_child_cards", "https://78911.com.cn/ShengYuBaoXian/470754-8.html",
        "县妇幼保健计划生育服务中心 领导干部廉政风险防控卡, one sheet a leader, after the source's 计划生育技术服务 rules "
        "(执业许可, 孕产期保健, 非医学需要的胎儿性别鉴定, 药具供应): a title, ``姓　名 | … | 职　务 | …`` and a merged "
        "分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def baojing_health_enforcement_list() -> dict:
    unit = f"{PLACE}卫生计生综合监督执法局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "乜湜璟", "leader", "行政处罚裁量畸轻畸重", "制度机制", "高风险",
         "严格执行裁量基准，重大案件集体讨论。"),
        ("医疗卫生监督科", "科长", "巫瑢沨", "middle", "非法行医案件查处打招呼、降格处理", "岗位职责", "高风险",
         "案件来源登记，办案全过程记录。"),
        ("医疗卫生监督科", "监督员", "乜霂岫", "general", "现场检查接受被检单位宴请", "思想道德", "中风险",
         "检查两人以上，签订廉洁承诺。"),
        ("公共卫生监督科", "科长", "巫琤沄", "middle", "公共场所卫生许可现场审查走过场", "业务流程", "中风险",
         "现场审查记录和照片存档。"),
        ("公共卫生监督科", "监督员", "乜澍珥", "general", "抽检样品选择带倾向性", "外部环境", "低风险",
         "样品随机抽取，当场封样。"),
        ("法制稽查科", "科长", "巫岚翙", "middle", "案卷评查发现的问题不纠正", "岗位职责", "中风险",
         "评查结果通报，整改销号。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "baojing_health_enforcement_list", "https://fx361.cc/page/2023/0424/23616424.shtml",
        "县卫生计生综合监督执法局 岗位廉政风险防控一览表, after the source's study of 卫生行政处罚 自由裁量权 (裁量基准, 合理"
        "差别, 过度裁量): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def baojing_hulu_clinic_register() -> dict:
    unit = f"{PLACE}葫芦镇中心卫生院"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "巫晅琪", "leader", [
            ("DR等医疗设备采购参数量身定做", "制度机制", "一级", "设备采购按县卫健局统一招标。"),
            ("院长亲属参与医院物资供应", "思想道德", "二级", "亲属回避，供应商名单公示。"),
        ]),
        ("临床科", "主任", "乜玹霈", "middle", [
            ("开大处方、过度检查", "岗位职责", "二级", "处方点评每月一次，结果通报。"),
        ]),
        ("临床科", "医师", "巫珮翀", "general", [
            ("收受医药代表回扣", "外部环境", "一级", "医药代表接待登记，禁止进科室推销。"),
            ("出具虚假诊断证明", "思想道德", "三级", "诊断证明经科主任审核盖章。"),
        ]),
        ("药房", "药师", "乜瑄澈", "general", [
            ("过期药品不按规定销毁", "业务流程", "二级", "过期药品登记，集中销毁并留影像。"),
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
        "baojing_hulu_clinic_register", "http://news.big5.enorth.com.cn/system/2012/09/04/009942913.shtml",
        "县镇中心卫生院 廉政风险点排查登记表, after the source's 医疗卫生领域 商业贿赂 cases (设备科 科长, 医疗设备、耗材、药品 "
        "采购, 参数 量身定做): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    baojing_peoples_hospital_indented_holders(),
    baojing_health_bureau_two_sheets(),
    baojing_cdc_posts(),
    baojing_tcm_hospital_selfchecks(),
    baojing_qianling_clinic_group_rows(),
    baojing_maternal_child_cards(),
    baojing_health_enforcement_list(),
    baojing_hulu_clinic_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch812-inbox"))
