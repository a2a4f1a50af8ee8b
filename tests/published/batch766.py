"""The seven-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
housing bodies, 开原市 (of 铁岭市, 辽宁省) — its 住房公积金管理部, 住房保障服务中心, 房屋征收办公室,
物业管理办公室, 住宅专项维修资金管理中心, 房产测绘所, 住房和城乡建设局 and 房产交易服务中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 住房保障服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``,
  no type column;
- the 房屋征收办公室's 责任清单 under GROUP ROWS ``一、办领导`` … (no 科室 column), ``岗位 | 姓名``
  merged per person, 高/中/低;
- the 物业管理办公室's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 工作职责
  line, ``Ⅰ级/Ⅱ级/Ⅲ级``, a 持卡人 sign-off;
- the 住宅专项维修资金管理中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a ``风险类型`` column
  of ``…风险`` types, ``高风险/中风险/低风险``; no names;
- the 房产测绘所's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``★★★/★★/★`` read by a ``注：`` line;
- the 住房和城乡建设局's 一览表 in TWO SHEETS ``局领导`` / ``科室`` under an ``附件3`` line,
  ``一级风险/二级风险/三级风险``;
- the 房产交易服务中心's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低 and a ``注：`` line.

One is harder:

- ``kaiyuan_provident_fund_check_frequency``: the 住房公积金管理部's 岗位廉政风险分级防控表, an
  ordinary list (``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施 | 监督检查频次``) with NO level
  column: the level stands only in the ``监督检查频次`` each row is given (``每月`` / ``每季度`` /
  ``每半年``), which a ``注：`` line under the table ties to the grades (每月检查的为一级风险点，每季度
  检查的为二级，每半年检查的为三级). The README's 读得懂的表 knows levels from tiers of posts, from
  control tiers filled, from a supervisor's post, from ticked criteria, from scores and maps;
  it does not describe a level written as the row's inspection frequency keyed by a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 公积金中心 冻结骗提职工 提取贷款资格;
a 打击骗提套提 专项行动 — 购房合同、发票、备案证明, 开发企业内部人员; a 拆迁事务所 窝案 — 收受礼金,
违规补偿, 伪造拆迁档案; 征迁 三个环节 — 启动, 权属审核, 补偿安置, 一物多补; 维修基金 乱象 — 高价维修,
虚报工程量; 公租房 申请条件; 物业办公室 的监管 — 资质, 服务质量, 业主委员会 选举; 南京 拆迁腐败 —
房产调查、测算、协议签订、补偿款支付) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
禤 and 麴 with rare given names); every unit is a body of 开原市.

Run ``python tests/published/score.py --set batch766`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file ``每月`` / ``每季度`` / ``每半年`` are 1/2/3 by the ``注：`` line; the
  ``监督检查频次`` is no point, no type and names no holder;
- ``办领导``, ``中心领导``, ``局领导`` (a group row, a 科室 cell) are the 科室 of those leaders; the
  住建局's leaders (sheet ``局领导``, no 科室 column) and the cards' holders have no 科室;
- 主任, 局长, 副局长, 所长 and 副主任 of a body are leaders; 科长 and 股长 middle; the rest general;
- ``工作职责`` and ``填表时间`` are no points; the 维修资金管理中心's list names no person: its forms are
  posts (对岗不对人);
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

PREFIX = "b766_"
PLACE = "开原市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
FREQUENCY = {"每月": 1, "每季度": 2, "每半年": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 姓名, tier, [(廉政风险点, 防控措施, 监督检查频次)])
FUND = [
    ("管理部领导", "主任", "禤璲岏", "leader", [
        ("个人住房公积金贷款审批中打招呼、放宽条件", "贷款审批实行审贷分离，超额度贷款集体审议。", "每月"),
        ("合作楼盘和担保机构准入暗箱操作", "合作楼盘准入条件公开，准入名单经管委会审定并公示。", "每月"),
    ]),
    ("归集科", "科长", "麴玕翬", "middle", [
        ("缴存单位少缴、缓缴审核把关不严", "缓缴申请经职工代表大会讨论，附会议纪要存档。", "每季度"),
        ("个人账户转移、合并中篡改缴存数据", "账户变更系统留痕，月末交叉核对。", "每月"),
    ]),
    ("提取科", "柜员", "禤籀澐", "general", [
        ("凭虚假购房合同、发票办理提取，协助骗提套提", "提取要件联网核验网签备案和发票信息。", "每月"),
        ("租房提取材料审核走过场", "租房提取按月限额，定期抽查。", "每半年"),
        ("办理业务时吃拿卡要、优亲厚友", "窗口服务评价器，业务办理限时办结。", "每半年"),
    ]),
    ("信贷科", "科长", "麴琯蘅", "middle", [
        ("逾期贷款催收不力，故意拖延诉讼", "逾期贷款按月通报，三个月以上移交法律顾问。", "每季度"),
        ("贷后检查流于形式，对骗贷行为不冻结资格", "贷后检查按比例抽取，骗贷职工冻结提取贷款资格。", "每季度"),
    ]),
]  # fmt: skip


def kaiyuan_provident_fund_check_frequency() -> dict:
    unit = f"{PLACE}住房公积金管理部"
    sh = _Sheet("分级防控表", [6, 12, 8, 9, 38, 38, 10])
    t = _Truth(unit)
    _line(sh, f"铁岭市住房公积金管理中心{unit}岗位廉政风险分级防控表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年6月", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施", "监督检查频次")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FUND:
        for point, measures, often in points:
            n += 1
            sh.add(n, dept, post, who, point, measures, often)
            t.point(sh.name, dept, post, who, tier, point, [], FREQUENCY[often])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：实行分级防控，监督检查频次按风险等级确定：每月检查一次的为一级风险点，每季度检查一次的为二级风险点，"
          "每半年检查一次的为三级风险点。", 7)  # fmt: skip
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "kaiyuan_provident_fund_check_frequency", "https://www.wearcold.com/info/1332/1281.htm",
        "(harder) 市住房公积金管理部 岗位廉政风险分级防控表, after the source's 公积金中心 冻结骗提职工 提取贷款资格 "
        "(专项检查, 后台核查, 关口前移, 信用黑名单): a title, a merged 填报单位/date line, then 序号/科室 merged/岗位 and "
        "姓名 merged per person/廉政风险点/防控措施/``监督检查频次`` (``每月/每季度/每半年``) and NO level column; a "
        "merged ``注：`` line ties each frequency to a grade (每月 一级, 每季度 二级, 每半年 三级); no type column; a "
        "填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kaiyuan_housing_security_list() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    sh = _Sheet("一览表", [6, 14, 10, 9, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禤翬楙", "leader", "公租房房源分配不按轮候顺序，擅自调配", "一级",
         "房源分配公开摇号，结果在中心网站公示。"),
        ("中心领导", "主任", "禤翬楙", "leader", "公租房维修项目发包不经集体研究", "一级", "维修项目比选确定施工单位，主任办公会研究。"),
        ("保障科", "科长", "麴瓅岝", "middle", "申请家庭收入、住房状况审核把关不严", "一级",
         "联合民政、不动产登记部门信息比对，三级审核。"),
        ("保障科", "科长", "麴瓅岝", "middle", "对不再符合条件的承租家庭不及时清退", "二级", "每年复核一次，清退名单公示。"),
        ("保障科", "科员", "禤罍沇", "general", "受理申请时吃拿卡要、故意刁难", "三级", "一次性告知申请材料，限时办结。"),
        ("租赁管理科", "收费员", "麴瑑岞", "general", "公租房租金收取不开票据、截留挪用", "二级", "租金统一缴入财政专户，每月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "kaiyuan_housing_security_list", "https://m.yrrf.cn/hgbzgjztfhgbeeea",
        "市住房保障服务中心 岗位廉政风险防控一览表, after the source's 公租房 申请条件 (收入, 住房状况, 轮候, 租金): a title, "
        "序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def kaiyuan_expropriation_group_rows() -> dict:
    unit = f"{PLACE}房屋征收办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "禤璆嵚", "leader", [
                ("征收补偿方案制定中擅自提高或降低补偿标准", "高", "补偿方案经听证并报市政府审定后公布。"),
                ("安置房源分配个人说了算", "高", "安置房源统一登记，公开选房。"),
            ]),
        ]),
        ("二、征收科", "征收科", [
            ("科长", "麴蘡沄", "middle", [
                ("入户调查中收受被征收人礼金，违规认定面积", "高", "入户调查两人以上，调查结果由被征收人签字并公示。"),
            ]),
            ("科员", "禤琭嶷", "general", [
                ("伪造、篡改征收档案，骗取安置房", "中", "征收档案集中保管，借阅登记。"),
                ("对已补偿房屋重复列入补偿范围", "中", "补偿信息建库比对，防止一物多补。"),
            ]),
        ]),
        ("三、财务科", "财务科", [
            ("会计", "麴璿崧", "general", [
                ("补偿款支付不按协议，截留、挪用", "低", "补偿款直接拨付至被征收人账户。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "kaiyuan_expropriation_group_rows", "http://cq.eeju.com/gn/2023/0528/59351.html",
        "市房屋征收办公室 廉政风险防控责任清单, after the source's 拆迁事务所 窝案 (收受礼金, 违规补偿, 伪造拆迁档案, 安置房): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施 under GROUP ROWS ``一、办领导``, ``二、征收科``, "
        "``三、财务科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kaiyuan_property_office_cards() -> dict:
    unit = f"{PLACE}物业管理办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "禤巘汭", "主任", "主持全面工作，分管物业企业信用评价", "leader", [
            ("物业服务企业信用评价打人情分", "Ⅰ级", "信用评价按细则量化打分，结果公示。"),
            ("接受物业服务企业宴请、礼品礼金", "Ⅱ级", "签订廉洁承诺书，节前廉洁提醒。"),
            ("前期物业招标中为特定企业量身定制条件", "Ⅰ级", "招标文件经法律顾问审查，评标专家随机抽取。"),
        ]),
        ("指导科科员", "麴瓘滮", "科员", "业主大会成立和业主委员会选举指导", "general", [
            ("业主委员会选举中偏袒特定候选人", "Ⅱ级", "选举全过程公开，社区居委会全程监督。"),
            ("物业投诉处理拖延、偏向物业企业", "Ⅲ级", "投诉限时办结，回访满意度。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "kaiyuan_property_office_cards", "https://www.kaiwenjian.com/post/460.html",
        "市物业管理办公室 岗位廉政风险防控卡, one sheet a person, after the source's 物业办公室 的监管 (资质管理, 服务质量, 业主大会 "
        "和业主委员会 选举, 物业纠纷调解): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kaiyuan_maintenance_fund_posts() -> dict:
    unit = f"{PLACE}住宅专项维修资金管理中心"
    sh = _Sheet("排查表", [6, 12, 10, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "维修资金使用审批中默许高价维修、虚报工程量", "岗位职责风险", "高风险",
         "大额使用经第三方造价审核，主任办公会研究。"),
        ("归集科", "科长", "middle", "开发企业应交维修资金不足额收缴", "业务流程风险", "中风险", "收缴与网签备案信息比对，欠缴通报。"),
        ("使用科", "审核员", "general", "应急维修申请现场查勘不到位", "业务流程风险", "高风险", "现场查勘拍照留痕，两人以上同行。"),
        ("使用科", "审核员", "general", "业主表决结果审核不严，冒签代签", "制度机制风险", "中风险", "表决结果在小区公示七日，抽查回访。"),
        ("财务科", "会计", "general", "维修资金增值收益分配不及时入账", "思想道德风险", "低风险", "增值收益按年分配到分户账，公开查询。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HIGHS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kaiyuan_maintenance_fund_posts", "https://www.3425.com.cn/117740.html",
        "市住宅专项维修资金管理中心 岗位廉政风险点排查表 对岗不对人, after the source's 维修基金 乱象 (高价维修, 虚报工程量, "
        "业主表决, 共有财产): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def kaiyuan_survey_institute_selfchecks() -> dict:
    unit = f"{PLACE}房产测绘所"
    t = _Truth(unit)
    people = [
        ("禤珰岞", "所领导", "所长", "leader", [
            ("测绘成果审核签发中打招呼，认可虚增面积", "★★★", "测绘成果两级审核，抽样复测。", "已落实"),
            ("测绘收费减免不经集体研究", "★★", "收费减免经所务会研究并登记。", "未发现问题"),
        ]),
        ("麴淯琲", "测绘科", "测量员", "general", [
            ("征收房屋丈量中篡改测量数据", "★★★", "丈量两人以上，被征收人现场签字确认。", "已落实"),
            ("接受委托人宴请，出具不实测绘报告", "★★", "签订廉洁承诺书，委托人回访。", "已落实"),
            ("测绘资料私自对外提供", "★", "资料调阅登记，涉密资料专柜保管。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "所长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kaiyuan_survey_institute_selfchecks", "https://johnnytowncar.com/fz/2011/12-06/3510349.shtml",
        "市房产测绘所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 南京 拆迁腐败 "
        "(房产调查、测算、测绘图造假, 倒推拆迁面积): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type column; "
        "``本人签名： | 所长意见：``",
        sheets, t,
    )  # fmt: skip


def kaiyuan_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 10, 34])
    lead.add("附件3")
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("禤燊岊", "局长", "主持全面工作", [
            ("征收项目启动和征收服务单位选定中权力寻租", "一级风险", "征收服务单位公开招标，局党组会研究。"),
            ("棚户区改造项目资金拨付干预", "一级风险", "资金按进度拨付，纪检组全程监督。"),
        ]),
        ("麴曮峍", "副局长", "分管住房保障、房屋征收", [
            ("补偿安置环节默许一物多补、重复安置", "一级风险", "补偿安置信息系统比对，结果公示。"),
            ("保障性住房资格复核打招呼", "二级风险", "复核结果抽查，举报线索专人核查。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 10, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("房地产市场监管科", "科长", "禤琀嶅", "middle", "商品房预售资金监管放松，违规同意拨付", "一级风险",
         "预售资金拨付按节点审核，银行共管。"),
        ("房地产市场监管科", "科长", "禤琀嶅", "middle", "开发企业违规销售查处不力", "二级风险", "查处结果在局网站公开。"),
        ("城建科", "科员", "麴玹嵂", "general", "老旧小区改造工程验收把关不严", "二级风险", "验收邀请居民代表参加。"),
        ("城建科", "科员", "麴玹嵂", "general", "工程签证变更审核不严", "三级风险", "签证变更监理、跟踪审计共同签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "kaiyuan_housing_bureau_two_sheets", "http://49.213.0.198/doc/241_13570_106258326_4_1227084554.html",
        "市住房和城乡建设局 廉政风险防控一览表 in TWO SHEETS, after the source's 征迁 三个环节 (征迁启动, 权属审核, 补偿安置, "
        "一物多补): ``附件3`` and sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def kaiyuan_trading_centre_list() -> dict:
    unit = f"{PLACE}房产交易服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "禤鞶沕", "leader", "与开发企业内部人员串通，违规出具备案证明", "外部环境", "高",
         "备案证明系统生成，不得手工出具。"),
        ("交易科", "科长", "麴璒峚", "middle", "网签备案后违规撤销，配合套提公积金", "业务流程", "高",
         "撤销备案须主任审批，撤销信息推送公积金管理部。"),
        ("交易科", "受理员", "禤琎峓", "general", "存量房交易资料审核不严，虚构交易", "岗位职责", "中",
         "交易双方现场核验身份。"),
        ("交易科", "受理员", "禤琎峓", "general", "办理业务收受中介好处费", "思想道德", "中", "窗口公开服务承诺，设意见箱。"),
        ("档案科", "档案员", "麴瑱岨", "general", "交易档案私自查询、泄露", "制度机制", "低", "查询凭证件登记，系统留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kaiyuan_trading_centre_list", "http://cnmeihang.com/shtml/20151123/144826420761011.html",
        "市房产交易服务中心 岗位廉政风险防控一览表, after the source's 打击骗提套提 专项行动 (开发企业内部工作人员 串通, 购房合同、"
        "发票、备案证明, 退房): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kaiyuan_provident_fund_check_frequency(),
    kaiyuan_housing_security_list(),
    kaiyuan_expropriation_group_rows(),
    kaiyuan_property_office_cards(),
    kaiyuan_maintenance_fund_posts(),
    kaiyuan_survey_institute_selfchecks(),
    kaiyuan_housing_bureau_two_sheets(),
    kaiyuan_trading_centre_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch766-inbox"))
