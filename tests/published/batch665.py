"""The six-hundred-and-sixty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 农牧业保险 and
补贴 bodies, 太仆寺旗 (of 锡林郭勒盟, 内蒙古自治区) — its 农牧业保险服务站, 农村牧区经营管理站, 农业保险协办
办公室, 千斤沟镇农牧业综合服务中心, 农业保险保费补贴审核中心, 畜牧业保险服务站, 农牧业产业发展资金
管理中心 and 惠农补贴发放中心 — each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed
in WPS or Excel:

- the 农牧业保险服务站's 一览表 in TWO SHEETS: ``站领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 农村牧区经营管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 农业保险协办办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 千斤沟镇农牧业综合服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` … merged across (no 股室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 农业保险保费补贴审核中心's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged
  分管工作 line, ``★★★/★★/★`` read by a ``注：`` line;
- the 畜牧业保险服务站's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农牧业产业发展资金管理中心's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``taipusi_subsidy_center_handover_arrows``: the 惠农补贴发放中心's 岗位廉政风险防控一览表, an ordinary
  ``序号 | 股室 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施`` list (股室 merged, 岗位 and 责任人 merged
  per person) kept through a 轮岗: where a post changed hands the ``责任人`` cell writes the HANDOVER
  with an arrow, ``江…→危…`` (once with the month bracketed after the new holder,
  ``危…→江…（4月交接）``), the one BEFORE the arrow the former holder, the one AFTER it the current
  one; a merged ``注：…“→”前为原岗位人员，“→”后为现岗位人员。`` line under the table says so. It was
  meant as a shape the README's 读得懂的表 does not describe (the README's ``现：…⏎原：…``, holders in
  turn with their months, a 轮岗交接卡 and the ``责任链（经办→审核→审批）`` cell whose arrows chain
  SEVERAL holders were checked), but AFTER the measurement it turned out that the README already
  describes it: ``责任人一格用箭头写前后两任（郗澂翾→宓瀛曈，年中换人）的，箭头所指的是现任``
  (``HOLDER_HANDED_OVER``, generalised after batches 503–506). So this batch has NO genuinely new
  harder shape; the layout was left as measured.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (an audit paper on 政策性农业保险 骗保 —
虚假承保, 虚假理赔, 协保员, 协赔费; a 县 农业保险 实施方案 — 政府引导, 承保理赔, 保费补贴; a 省 协办工作
管理办法 — 协办机构, 协办费用; a paper on 保费补贴 审计 — 补贴申请, 拨付, 截留挪用; an audit case of 生猪
“保险+期货” — 虚构保险标的, 骗取理赔款; a 纪委 story of 耕地地力保护补贴 面积虚报 by 村组干部; a 农牧业
产业发展资金 实施细则; a comment on 惠农补贴 截留挪用 and the “一卡通”) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 危 and 江 with rare given names); every unit is a body of 太仆寺旗.

Run ``python tests/published/score.py --set batch665`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``责任人`` cell ``A→B`` (with or without a bracketed month) names ONE holder, B,
  the current one (as ``现：B⏎原：A`` would); A, the former holder, is no holder and has no form; the
  bracketed month is not part of the name; cells without an arrow are read as usual; the ``注：``
  line and the 填表/审核 line are no points;
- ``站领导``, ``中心领导`` (a sheet, a group row) are the 科室 of those leaders only where the table writes
  them in a 股室 cell or group row; the 保险服务站's leaders (sheet ``站领导``) and the cards' leaders
  have no 科室; a 站's or 中心's 股 is a 科室;
- every 站, 中心 and 办公室 is a unit of its own: 站长, 副站长, 主任 and 副主任 are leaders; 股长 middle;
  the rest (会计, 出纳, 业务员, 协保员, 审核员, 核查员, 资金专管员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 经管站's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b665_"
PLACE = "太仆寺旗"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
ARROW = "→"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, tier, 责任人 cell as written, the holder, points: (廉政风险点, 风险等级, 防控措施))
HANDOVER = [
    ("中心领导", "主任", "leader", "危璆岚", "危璆岚", [
        ("补贴资金分配方案不经集体研究，个人说了算", "一级", "分配方案经主任办公会研究，按项目公示。"),
        ("插手干预补贴对象审核认定", "二级", "审核结果由苏木镇、嘎查村两级公示。"),
    ]),
    ("资金发放股", "股长", "middle", "江沄岫→危珝棠", "危珝棠", [
        ("“一卡通”发放清册与公示名册不一致", "一级", "发放清册与公示名册逐户比对，双人复核。"),
        ("补贴资金滞留、延压发放", "二级", "资金到账后限期发放，发放进度每月通报。"),
    ]),
    ("资金发放股", "出纳", "general", "危湛翎→江晞玥（4月交接）", "江晞玥", [
        ("补贴资金转入个人账户，公款私存", "一级", "资金专户管理，严禁转入个人账户。"),
        ("现金发放补贴不签字确认", "三级", "一律通过“一卡通”发放，不发现金。"),
    ]),
    ("审核股", "审核员", "general", "江琭澄→危翙澂", "危翙澂", [
        ("补贴面积、数量审核把关不严，虚报冒领", "一级", "申报面积与确权数据、遥感数据比对。"),
        ("为亲友违规办理补贴申领", "二级", "审核人员亲属申领实行回避。"),
    ]),
    ("审核股", "股长", "middle", "江霁洹", "江霁洹", [
        ("嘎查村上报名册抽查走过场", "二级", "按不低于10%比例入户抽查，抽查记录存档。"),
        ("群众反映补贴问题不核查、不反馈", "三级", "投诉举报登记台账，限期核查答复。"),
    ]),
]  # fmt: skip

HANDOVER_NOTE = (
    "注：2025年4月对资金发放、审核岗位进行轮岗交流，“责任人”一栏“→”前为原岗位人员，"
    "“→”后为现岗位人员。"
)


def taipusi_subsidy_center_handover_arrows() -> dict:
    unit = f"{PLACE}惠农补贴发放中心"
    sh = _Sheet("一览表", [6, 12, 9, 22, 38, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, tier, shown, who, points in HANDOVER:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, shown, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, HANDOVER_NOTE, 7)
    sh.add("填表：", None, "审核：", None, "主任（签字）：", None, None)
    return _layout(
        "taipusi_subsidy_center_handover_arrows", "http://hackwl.cn/anquanpeizichaogu/7429.html",
        "(harder) 旗惠农补贴发放中心 岗位廉政风险防控一览表, after the source's comment on 惠农补贴 截留挪用 (审计报告, "
        "冒领, 公示流于形式, “一卡通”): a title, a merged ``单位：…　2025年6月`` line, then 序号/股室 merged/岗位 and "
        "责任人 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; where a post changed hands in the "
        "轮岗 the ``责任人`` cell writes ``原→现`` (once ``…（4月交接）`` after the new holder), only the name after "
        "the arrow the holder; a merged ``注：…“→”前为原岗位人员，“→”后为现岗位人员。`` line and a 填表/审核/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def taipusi_insurance_station_two_sheets() -> dict:
    unit = f"{PLACE}农牧业保险服务站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("江翊澂", "站长", "主持全面工作", [
            ("与承保机构串通虚假承保，套取保费补贴", "一级", "承保清单与确权面积、存栏数据逐户核对。"),
            ("协赔费、劳务费转入个人账户", "一级", "协赔费用一律对公结算，纳入审计范围。"),
        ]),
        ("危珩漪", "副站长", "分管承保理赔", [
            ("查勘定损不到现场，平均赔付、协商赔付", "一级", "查勘照片带定位和时间，定损结果公示。"),
            ("理赔款未足额支付到户", "二级", "理赔款通过“一卡通”直接支付到户。"),
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
        ("承保股", "股长", "江渼岑", "middle", "验标记录签字把关不严，虚增承保面积", "一级",
         "验标实行双人到场，验标记录存档备查。"),
        ("承保股", "股长", "江渼岑", "middle", "代种证明、土地流转合同审核走过场", "二级", "证明材料与嘎查村公示核对。"),
        ("承保股", "业务员", "危瑢汐", "general", "投保清单信息录入不实", "三级", "录入后与农户逐户电话回访核实。"),
        ("理赔股", "股长", "江琇岷", "middle", "冒签被保险人、专家姓名出具定损报告", "一级", "定损报告由被保险人本人签字确认。"),
        ("理赔股", "协保员", "危沺琳", "general", "提供虚假灾情现场照片", "二级", "灾情照片上传系统，抽查比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "taipusi_insurance_station_two_sheets", "https://fx361.cc/page/2018/1205/12412253.shtml",
        "旗农牧业保险服务站 廉政风险防控一览表 in TWO SHEETS, after the source's audit paper on 政策性农业保险 骗保 (虚假承保, "
        "虚假理赔, 协保员, 协赔费, 验标记录, 代种证明): sheet 站领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 "
        "with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def taipusi_management_station_posts() -> dict:
    unit = f"{PLACE}农村牧区经营管理站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "承包面积确认", "默许嘎查村干部虚报耕地、草场承包面积", "岗位职责风险", "高",
         "承包面积以确权登记为准，变化情况集体研究。"),
        ("合同管理股", "股长", "middle", "土地流转备案", "流转合同备案审核不严，为虚假流转出具证明", "制度机制风险", "高",
         "流转合同备案实行初审、复审。"),
        ("合同管理股", "股长", "middle", "承包纠纷调处", "调处中偏袒一方，收受好处", "思想道德风险", "中",
         "调处过程记录存档，结果书面告知双方。"),
        ("三资管理股", "会计", "general", "嘎查村账务代理", "代理记账中虚列支出、白条入账", "业务流程风险", "中",
         "记账凭证逐笔审核，每季度公开。"),
        ("三资管理股", "会计", "general", "补贴面积汇总", "汇总上报补贴面积逐年虚增", "外部环境风险", "低",
         "上报面积与上年及确权数据比对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "taipusi_management_station_posts", "http://ylswine.com/portal/disciplinary/detail.html?id=1101",
        "旗农村牧区经营管理站 岗位廉政风险点排查表 对岗不对人, after the source's 纪委 story of 耕地地力保护补贴 面积逐年虚增 "
        "(村组干部, 上报耕地面积, 确权登记): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def taipusi_insurance_assist_office_selfchecks() -> dict:
    unit = f"{PLACE}农业保险协办办公室"
    t = _Truth(unit)
    people = [
        ("江璟琰", "办公室领导", "主任", "leader", [
            ("协办机构确定不公开，指定关系人", "Ⅰ级", "协办机构公开遴选，结果公示。", "已落实"),
            ("协办费用分配个人说了算", "Ⅱ级", "协办费用按考核结果分配，集体研究。", "未发现问题"),
        ]),
        ("危翎沄", "综合股", "业务员", "general", [
            ("协办费用考核打分弄虚作假", "Ⅰ级", "考核打分双人复核，结果公示。", "已落实"),
            ("协办人员信息台账更新不及时", "Ⅲ级", "台账每季度更新。", "已落实"),
        ]),
        ("江芃珣", "综合股", "会计", "general", [
            ("协办费用未按规定用途使用", "Ⅱ级", "费用专账核算，年终审计。", "未发现问题"),
            ("报账票据审核不严", "Ⅲ级", "票据三级审核。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "taipusi_insurance_assist_office_selfchecks", "https://lcj.yn.gov.cn/html/2025/ynswj_1211/260.html",
        "旗农业保险协办办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省 "
        "政策性农业保险 协办工作管理办法 (协办机构, 协办费用, 考核): a title, a label row ``姓　名 | 所在股室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def taipusi_qianjingou_center_group_rows() -> dict:
    unit = f"{PLACE}千斤沟镇农牧业综合服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "危昶璘", "leader", [
                ("农业保险投保组织中强迫或变相强迫农户投保", "一级风险", "坚持自主自愿，投保情况入户回访。"),
                ("承保机构选择中接受宴请", "二级风险", "签订廉洁承诺书。"),
            ]),
        ]),
        ("二、农牧业股", "农牧业股", [
            ("股长", "江峤淇", "middle", [
                ("种植、养殖保险承保数量核实不严", "一级风险", "承保数量与种植、存栏台账核对。"),
            ]),
            ("核查员", "危澈岺", "general", [
                ("灾后查勘不及时，查勘记录补签", "二级风险", "查勘记录当场填写，农户签字。"),
                ("补贴申报材料收取不登记", "三级风险", "材料收取登记，出具回执。"),
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
        "taipusi_qianjingou_center_group_rows", "http://gssn.gov.cn/hdjl/yjzj/202503/t20250305_1365779.html",
        "旗镇农牧业综合服务中心 廉政风险防控责任清单, after the source's 县 农业保险 实施方案 (政府引导, 市场运作, "
        "自主自愿, 承保理赔): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、中心领导``, ``二、农牧业股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def taipusi_premium_review_center_cards() -> dict:
    unit = f"{PLACE}农业保险保费补贴审核中心"
    t = _Truth(unit)
    cards = [
        ("主任", "江瑀潆", "主任", "主持中心全面工作", "leader", [
            ("保费补贴申请审核不严，为承保机构多报补贴", "★★★", "补贴申请与承保清单、缴费凭证逐笔核对。"),
            ("保费补贴资金拨付不按进度", "★★", "拨付进度按季度报旗财政局备案。"),
            ("接受承保机构宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副主任", "危琤淼", "副主任", "分管审核、结算", "leader", [
            ("补贴结算中默许承保机构虚增保费", "★★★", "结算数据与监管系统数据比对。"),
            ("审核资料存档不全", "★", "审核资料按年度归档。"),
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
        "taipusi_premium_review_center_cards", "https://fx361.cc/page/2022/1114/10918216.shtml",
        "旗农业保险保费补贴审核中心 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 农业保险 保费补贴 "
        "审计 (补贴申请, 拨付, 骗取补贴, 专款专用): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def taipusi_livestock_insurance_list() -> dict:
    unit = f"{PLACE}畜牧业保险服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "江琬湉", "leader", "默许承保机构虚构保险标的，骗取理赔款", "制度机制", "高风险",
         "投保数量与养殖台账、出栏数据比对。"),
        ("站领导", "站长", "江琬湉", "leader", "理赔数据审核走过场", "岗位职责", "中风险",
         "理赔数据入户抽查，电话回访。"),
        ("业务股", "股长", "危瑱岫", "middle", "耳标信息登记不实，一标多保", "业务流程", "高风险",
         "耳标信息系统登记，重复投保自动预警。"),
        ("业务股", "业务员", "江朏沄", "general", "病死畜无害化处理与理赔信息不对应", "业务流程", "中风险",
         "理赔以无害化处理记录为前提。"),
        ("业务股", "协保员", "危珞湘", "general", "收受养殖户好处，协助虚报死亡数量", "思想道德", "低风险",
         "签订廉洁承诺书，公开举报电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "taipusi_livestock_insurance_list", "http://audit.shandong.gov.cn/art/2025/7/31/art_89387_10397507.html",
        "旗畜牧业保险服务站 岗位廉政风险防控一览表, after the source's audit case of 生猪 “保险+期货” (虚构保险标的, 骗取理赔款, "
        "套取财政补贴, 投保数量): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def taipusi_industry_fund_center_register() -> dict:
    unit = f"{PLACE}农牧业产业发展资金管理中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "危璟翀", "leader", [
            ("产业发展资金项目安排优亲厚友", "制度机制", "一级", "项目安排经集体研究并公示。"),
            ("项目验收签字把关不严", "岗位职责", "二级", "验收邀请财政、审计人员参加。"),
        ]),
        ("项目股", "股长", "江沨璐", "middle", [
            ("项目申报材料审核不严", "业务流程", "二级", "申报材料初审、复审两级审核。"),
        ]),
        ("财务股", "资金专管员", "危澐琪", "general", [
            ("资金拨付不按项目进度", "业务流程", "一级", "按进度和验收结论拨付。"),
            ("接受项目单位礼品礼金", "思想道德", "三级", "签订廉洁承诺书。"),
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
        "taipusi_industry_fund_center_register",
        "https://newton.com.tw/wiki/%E5%85%A7%E8%92%99%E5%8F%A4%E8%87%AA%E6%B2%BB%E5%8D%80%E8%BE%B2%E7%89%A7%E6%A5%AD%E7%94%A2%E6%A5%AD%E7%99%BC%E5%B1%95%E8%B3%87%E9%87%91%E4%BD%BF%E7%94%A8%E7%AE%A1%E7%90%86%E5%AF%A6%E6%96%BD%E7%B4%B0%E5%89%87/64534733",
        "旗农牧业产业发展资金管理中心 廉政风险点排查登记表, after the source's 自治区 农牧业产业发展资金使用管理实施细则 "
        "(项目申报, 资金拨付, 绩效): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    taipusi_subsidy_center_handover_arrows(),
    taipusi_insurance_station_two_sheets(),
    taipusi_management_station_posts(),
    taipusi_insurance_assist_office_selfchecks(),
    taipusi_qianjingou_center_group_rows(),
    taipusi_premium_review_center_cards(),
    taipusi_livestock_insurance_list(),
    taipusi_industry_fund_center_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch665-inbox"))
