"""The six-hundred-and-thirty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's industrial-park
and 招商 bodies, 石拐区 (of 包头市, 内蒙古自治区) — its 工业园区管理委员会, 招商服务中心, 企业服务中心,
园区建设投资有限公司, 工业园区规划建设局, 工业园区经济发展局 and 工业园区安全环保局 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 管理委员会's 一览表 in TWO SHEETS: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``内设机构`` (``内设机构`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 招商服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 企业服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 园区建设投资有限公司's 责任清单 under GROUP ROWS ``一、公司领导`` … ``三、征迁服务部`` merged across,
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 规划建设局's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 经济发展局's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 安全环保局's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``shiguai_land_reserve_check_log``: the 工业园区土地收储中心's 廉政风险排查台账, ONE ROW AN INSPECTION
  FINDING in date order (``序号 | 排查日期 | 排查人 | 被排查人 | 职务 | 所在科室 | 排查发现的廉政风险点 |
  风险等级 | 防控（整改）措施 | 整改时限``): the ``排查人`` column names the two inspectors (the 中心's 纪检委员
  and 党支部组织委员, ``帅珝翾、邗瑧岷``) on every row, and the holder stands only in the ``被排查人`` column
  beside his 职务 and 所在科室, so the table has TWO columns of people's names and the first one (both
  headings ending in ``排查人``) is not the holder; and a holder's rows lie apart, interleaved with the
  others' by date. The README's 读得懂的表 knows 排查人/填报人/登记人 on sign-off lines under the table,
  a ``检查人`` in a quarter band beside merged points, 监督 columns, and a person's rows apart; it does not
  describe a dated inspection log whose per-row inspector column stands before the inspected holder's
  column, the inspector not being a holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an essay on 园区平台 腐败风险点 —
管委会权力集中, “管委会+建设公司” 政企不分, 工程项目全过程; a 经开区党工委 巡察整改 report — 集体研究,
一岗双责, 整改销号; a note on 地方招商引资乱象 — 恶性竞争, 投资返还, 签假合同, 圈地式招商; a comment
“吃拿”消失“卡要”还在 — 政府服务企业, 企业负担; a 县纪委 调研 of an 工业集中区 — 工程招投标, 项目建设,
征地拆迁; a 半月谈 report 假招商真腐败 — 降低优惠政策门槛, 重项目轻环保; an essay on 招商引资审计监督 —
盲目立项, 低价处置国有资产, 自定税收优惠; a comment on 招商引资风险 — 决策机制, 零地价供地, 项目烂尾)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 邗 and 帅 with rare given names); every unit is a
body of 石拐区 (no earlier batch's unit names 石拐区).

Run ``python tests/published/score.py --set batch632`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder of a row is the ``被排查人`` with the row's ``职务`` and ``所在科室``; the
  ``排查人`` (the same two inspectors on every row) hold no point and are no holders; ``排查日期`` and
  ``整改时限`` are neither points nor holders; a holder's rows apart make one form; ``中心领导`` is the
  主任's 科室; the ``注：`` line, the 填报单位 line and the 登记人 line are no points;
- ``中心领导``, ``局领导``, ``公司领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  管委会's leaders (sheet ``领导班子``, no 科室 column) and the cards' leaders have no 科室; a 管委会's 部,
  a 局's or 中心's 科 and a company's 部 are 科室;
- 主任, 副主任, 局长, 副局长 and 总经理 are leaders; 部长 and 科长 middle; the rest (科员, 会计,
  统计员, 招商专员, 企业服务专员, 现场管理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 招商服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b632_"
PLACE = "石拐区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the 排查人 of the log (the 中心's 纪检委员 and 党支部组织委员): they check, they hold no point
INSPECTORS = "帅珝翾、邗瑧岷"

# (排查日期, 被排查人, 职务, 所在科室, tier, 排查发现的廉政风险点, 风险等级, 防控（整改）措施, 整改时限)
LOG = [
    ("2025.3.4", "邗翀甯", "主任", "中心领导", "leader", "收储地块价格评估委托不经集体研究", "高",
     "评估机构从区公共资源交易中心名录中随机抽取，结果集体研究。", "长期坚持"),
    ("2025.3.4", "帅沺珧", "科长", "土地收储科", "middle", "收储补偿面积丈量不实，多算多补", "高",
     "丈量由两人以上实测，结果村（居）公示。", "2025年4月"),
    ("2025.3.11", "邗岍琰", "科员", "资产管理科", "general", "园区标准化厂房出租不公开招租", "中",
     "厂房出租一律公开挂牌，租金标准公示。", "2025年5月"),
    ("2025.3.11", "邗翀甯", "主任", "中心领导", "leader", "为入园企业违规承诺“零地价”供地", "高",
     "供地价格按区政府出让底价执行，不得口头承诺。", "长期坚持"),
    ("2025.3.18", "帅沺珧", "科长", "土地收储科", "middle", "闲置土地认定不及时，为企业拖延处置", "中",
     "建立闲置土地台账，每季度核查一次。", "2025年6月"),
    ("2025.3.18", "帅璘峣", "会计", "综合科", "general", "收储补偿资金拨付不按进度、不见凭证", "中",
     "补偿款凭协议和验收单拨付，直接打入权利人账户。", "2025年4月"),
    ("2025.3.25", "邗岍琰", "科员", "资产管理科", "general", "厂房租金减免不按程序审批", "低",
     "租金减免报中心主任办公会研究。", "2025年5月"),
    ("2025.3.25", "帅璘峣", "会计", "综合科", "general", "公务接待费用超标准列支", "低",
     "公务接待执行清单制度，一事一结。", "长期坚持"),
    ("2025.4.1", "邗翀甯", "主任", "中心领导", "leader", "插手园区配套工程发包", "中",
     "配套工程按规定进入交易中心，领导干部插手登记报告。", "长期坚持"),
]  # fmt: skip


def shiguai_land_reserve_check_log() -> dict:
    unit = f"{PLACE}工业园区土地收储中心"
    sh = _Sheet("排查台账", [6, 11, 16, 10, 8, 12, 36, 8, 34, 11])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查台账", 10)
    _line(sh, f"填报单位：{unit}{GAP * 16}排查时段：2025年3月—4月", 10)
    sh.add("序号", "排查日期", "排查人", "被排查人", "职务", "所在科室", "排查发现的廉政风险点", "风险等级",
           "防控（整改）措施", "整改时限")  # fmt: skip
    for i, (day, who, post, dept, tier, point, lv, measures, due) in enumerate(LOG, 1):
        sh.add(i, day, INSPECTORS, who, post, dept, point, lv, measures, due)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _line(
        sh,
        "注：本台账按排查时间逐次登记，排查人为中心纪检委员和党支部组织委员；风险等级分高、中、低三级。",
        10,
    )
    sh.add(
        "登记人：",
        None,
        None,
        "中心主任（签字）：",
        None,
        None,
        "园区纪工委审核：",
        None,
        None,
        None,
    )
    return _layout(
        "shiguai_land_reserve_check_log", "http://www.victorzhang.cn/page/2019/1118/6024030.shtml",
        "(harder) 工业园区土地收储中心 廉政风险排查台账, after the source's essay on 园区平台 腐败风险点 (管委会权力集中, "
        "“管委会+建设公司” 政企不分, 工程项目全过程, 土地): a title, a merged 填报单位/排查时段 line, then ONE ROW AN "
        "INSPECTION FINDING in date order: 序号/排查日期/``排查人`` (the same two inspectors' names on every row)/"
        "``被排查人`` (the holder)/职务/所在科室/排查发现的廉政风险点/风险等级 高/中/低/防控（整改）措施/整改时限; a "
        "holder's rows lie apart, interleaved by date; no type column; a ``注：`` line and a 登记人/主任/纪工委 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shiguai_park_committee_two_sheets() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 11, 20, 38, 9, 34])
    _line(lead, f"{unit}领导班子成员廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邗璆昶", "主任", "主持管委会全面工作", [
            ("重大招商项目决策不经党工委会集体研究", "一级", "重大项目一律经党工委会集体研究，会议纪要存档。"),
            ("干预园区基础设施工程招投标", "一级", "工程项目全部进入区公共资源交易中心。"),
        ]),
        ("帅沄翯", "副主任", "分管招商引资、企业服务", [
            ("对招商项目优惠条件作超越政策的承诺", "一级", "招商协议文本经司法局合法性审查。"),
            ("接受拟入园企业宴请、礼金", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
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
    dept = _Sheet("内设机构", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}内设机构廉政风险防控一览表", 7)
    dept.add("序号", "内设机构", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("规划建设部", "部长", "邗珵岫", "middle", "入园项目规划条件调整把关不严", "一级",
         "规划条件调整报管委会主任办公会研究并公示。"),
        ("规划建设部", "部长", "邗珵岫", "middle", "园区工程变更签证审核不严", "二级", "变更签证实行监理、跟审、业主三方会签。"),
        ("规划建设部", "科员", "帅琬淏", "general", "工程质量安全检查走过场", "三级", "检查两人以上，问题清单闭环销号。"),
        ("财务审计部", "部长", "邗湜翾", "middle", "企业扶持资金拨付不按协议约定", "一级", "扶持资金按协议节点拨付，审计跟踪。"),
        ("财务审计部", "会计", "帅璩沨", "general", "报销单据审核不严，虚列支出", "二级", "报销单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政办", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "shiguai_park_committee_two_sheets", "http://www.xcjjjc.gov.cn/News/show/1666566.html",
        "工业园区管理委员会 廉政风险防控一览表 in TWO SHEETS, after the source's 经开区党工委 巡察整改 (党工委会 集体研究, "
        "一岗双责, 整改销号, 建章立制): sheet 领导班子 with 姓名/职务/分管工作 merged per leader, sheet 内设机构 with "
        "内设机构 merged and 岗位/姓名 merged per person; 风险等级 ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def shiguai_investment_center_posts() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "招商项目引进", "对“虚”项目、高耗能项目把关不严，签假合同充政绩", "制度机制风险", "高",
         "项目引进前开展投资强度、能耗和信用评估。"),
        ("项目促进科", "科长", "middle", "项目洽谈", "洽谈中私下许诺投资返还、税收减免", "岗位职责风险", "高",
         "洽谈由两人以上参加，口径以书面政策为准。"),
        ("项目促进科", "科长", "middle", "招商经费使用", "以外出招商名义公款旅游、超标准接待", "思想道德风险", "中",
         "外出招商事前报批、事后报告，经费专账核算。"),
        ("项目促进科", "招商专员", "general", "中介招商奖励", "虚构引荐人骗取招商奖励", "业务流程风险", "中",
         "引荐奖励凭到位资金和落地证明兑现并公示。"),
        ("信息统计科", "统计员", "general", "招商数据报送", "虚报到位资金、签约项目数", "业务流程风险", "低",
         "到位资金以银行进账凭证为准，逐项核对。"),
        ("信息统计科", "统计员", "general", "客商信息管理", "泄露客商商业信息谋取私利", "外部环境风险", "中",
         "客商信息专人管理，签订保密承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "shiguai_investment_center_posts", "https://www.hvchan.com/news/view.html?id=2519",
        "招商服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 地方招商引资乱象 (恶性竞争, 投资返还, 签假合同, "
        "圈地式招商): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shiguai_enterprise_service_selfchecks() -> dict:
    unit = f"{PLACE}企业服务中心"
    t = _Truth(unit)
    people = [
        ("邗沅翃", "中心领导", "主任", "leader", [
            ("涉企检查、服务中“吃拿卡要”", "Ⅰ级", "涉企服务实行清单管理，企业评议结果公开。", "已落实"),
            ("惠企政策兑现审核中优亲厚友", "Ⅱ级", "兑现名单集体审核并公示五个工作日。", "未发现问题"),
        ]),
        ("帅岚湑", "企业服务科", "企业服务专员", "general", [
            ("为包联企业代办事项收取“辛苦费”", "Ⅰ级", "代办免费，企业回访监督。", "已落实"),
            ("企业诉求办理推诿拖延", "Ⅲ级", "诉求登记、限时办结、回访销号。", "已落实"),
        ]),
        ("邗琇澂", "政策兑现科", "科员", "general", [
            ("奖补资金申报材料审核不严", "Ⅱ级", "申报材料初审、复审两级把关。", "未发现问题"),
            ("向企业推荐指定中介机构", "Ⅲ级", "不得推荐中介，中介服务由企业自主选择。", "已落实"),
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
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shiguai_enterprise_service_selfchecks", "http://gzjrw.cn/Item/276660.aspx",
        "企业服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's comment "
        "“吃拿”消失“卡要”还在 (政府服务企业, 企业负担, 红顶机构): a title, a label row ``姓　名 | 所在科室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def shiguai_park_construction_company_group_rows() -> dict:
    unit = f"{PLACE}园区建设投资有限公司"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一、公司领导", "公司领导", [
            ("总经理", "帅翊岺", "leader", [
                ("园区道路工程化整为零规避招标", "一级风险", "工程发包按限额标准报管委会审批。"),
                ("工程款支付不按合同节点", "一级风险", "工程款凭监理审核和跟踪审计意见支付。"),
            ]),
        ]),
        ("二、工程管理部", "工程管理部", [
            ("部长", "邗昉珺", "middle", [
                ("隐蔽工程验收不到场签字", "一级风险", "隐蔽工程验收留存影像资料。"),
                ("默许施工单位偷工减料", "二级风险", "材料进场见证取样送检。"),
            ]),
            ("现场管理员", "帅霂琤", "general", [
                ("工程量签证虚增", "二级风险", "签证经监理、跟审单位共同确认。"),
                ("接受施工单位吃请", "三级风险", "签订廉洁协议，设置举报电话。"),
            ]),
        ]),
        ("三、征迁服务部", "征迁服务部", [
            ("部长", "邗璠翃", "middle", [
                ("征地拆迁补偿标准执行不一", "二级风险", "补偿方案公示，一户一档。"),
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
        "shiguai_park_construction_company_group_rows", "http://taojiang.gov.cn/25181/content_1024857.html",
        "园区建设投资有限公司 廉洁风险防控责任清单, after the source's 县纪委 调研 工业集中区 (工程招投标, 招商引资, 项目建设, "
        "基础设施建设, 征地拆迁): a title, 序号/岗位/姓名/廉洁风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 "
        "under GROUP ROWS ``一、公司领导``, ``二、工程管理部``, ``三、征迁服务部`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def shiguai_planning_bureau_cards() -> dict:
    unit = f"{PLACE}工业园区规划建设局"
    t = _Truth(unit)
    cards = [
        ("局长", "帅湄珝", "局长", "主持全面工作", "leader", [
            ("入园项目容积率调整不经集体研究", "★★★", "规划调整经规委会审议并公示。"),
            ("为“圈地”项目违规办理用地规划手续", "★★★", "用地规划手续与投资强度、履约挂钩。"),
            ("接受企业安排的娱乐活动", "★", "严守中央八项规定精神。"),
        ]),
        ("副局长", "邗璟淇", "副局长", "分管施工许可、质量安全", "leader", [
            ("施工许可审查降低条件", "★★", "审查要件一次告知，限时办结。"),
            ("质量安全监督检查走过场", "★★", "检查结果录入监管平台，随机抽查。"),
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
        "shiguai_planning_bureau_cards", "https://www.chinanews.com.cn/gn/news/2009/12-25/2037959.shtml",
        "工业园区规划建设局 领导干部廉政风险防控卡, one sheet a leader, after the source's 半月谈 report 假招商真腐败 "
        "(降低优惠政策门槛, 重项目轻环保, 圈地): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def shiguai_economic_bureau_list() -> dict:
    unit = f"{PLACE}工业园区经济发展局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "帅昶滢", "leader", "企业奖补政策制定突破国家规定", "制度机制", "高风险",
         "奖补政策出台前进行公平竞争审查。"),
        ("局领导", "局长", "帅昶滢", "leader", "工业项目资金分配向关系企业倾斜", "岗位职责", "中风险",
         "资金分配因素法测算，结果公示。"),
        ("运行调度科", "科长", "邗珧岚", "middle", "企业技改项目申报审核把关不严", "业务流程", "中风险",
         "申报材料现场核查，专家评审。"),
        ("运行调度科", "科员", "帅淏珵", "general", "企业用能、产值数据审核不实", "业务流程", "低风险",
         "数据与税务、电力部门比对。"),
        ("项目管理科", "科长", "邗澍嵘", "middle", "投产项目履约核查走过场", "外部环境", "高风险",
         "履约核查两人以上，结果报局务会。"),
        ("项目管理科", "科员", "帅珩沚", "general", "低价处置园区国有资产", "思想道德", "中风险",
         "资产处置进入产权交易市场公开竞价。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "shiguai_economic_bureau_list", "https://www.xiaomilidoc.com/p-148080.html",
        "工业园区经济发展局 岗位廉政风险防控一览表, after the source's 招商引资审计监督 (盲目立项, 低价处置国有资产, 自定财政"
        "税收优惠政策, 引资奖励): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def shiguai_safety_environment_bureau_register() -> dict:
    unit = f"{PLACE}工业园区安全环保局"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "邗翾湜", "leader", [
            ("高耗能项目环评、能评把关放松", "制度机制", "一级", "项目能评、环评意见集体研究。"),
            ("企业违法排污查处中说情打招呼", "思想道德", "二级", "说情打招呼一律登记报告。"),
        ]),
        ("安全监管科", "科长", "帅沨瑗", "middle", [
            ("危化企业安全检查走过场", "岗位职责", "二级", "检查执法全过程记录。"),
        ]),
        ("安全监管科", "科员", "邗璇岺", "general", [
            ("隐患整改复查弄虚作假", "业务流程", "一级", "复查现场拍照留存，随机抽查。"),
            ("向企业推销安全培训", "外部环境", "三级", "不得指定培训机构。"),
        ]),
        ("环保科", "科员", "帅岫澈", "general", [
            ("排污许可监督检查泄露检查信息", "业务流程", "一级", "检查计划保密，双随机抽取。"),
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
        "shiguai_safety_environment_bureau_register", "http://www.zznawei.com/info/pump-news-1595761.html",
        "工业园区安全环保局 廉政风险点排查登记表, after the source's comment on 招商引资风险 (决策机制, 血拼政策, 零地价供地, "
        "项目烂尾, 风险埋雷): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shiguai_land_reserve_check_log(),
    shiguai_park_committee_two_sheets(),
    shiguai_investment_center_posts(),
    shiguai_enterprise_service_selfchecks(),
    shiguai_park_construction_company_group_rows(),
    shiguai_planning_bureau_cards(),
    shiguai_economic_bureau_list(),
    shiguai_safety_environment_bureau_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch632-inbox"))
