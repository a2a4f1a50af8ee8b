"""The eight-hundred-and-seventy-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's justice
and legal-service bodies, 皮山县 (of 和田地区, 新疆维吾尔自治区) — its 司法局, 公共法律服务中心,
法律援助中心, 社区矫正管理局, 公证处, 医疗纠纷人民调解委员会 and two 镇 司法所 (固玛镇, 杜瓦镇) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 公共法律服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型``
  (``…风险``), 高/中/低;
- the 法律援助中心's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged ``岗位职责``
  line, ``一级/二级/三级``, no type column, a 持卡人（签字） line;
- the 社区矫正管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, ``风险类别`` (short
  names), ``Ⅰ级/Ⅱ级/Ⅲ级``, a ``注：`` line;
- the 公证处's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``★★★/★★/★`` read by a ``注：`` line, ``自查情况``;
- the 固玛镇司法所's 清单 under GROUP ROWS ``一、所领导`` … merged across (no 科室 column),
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 杜瓦镇司法所's 登记表 in TWO SHEETS ``所领导`` (``职务 | 姓名`` merged per leader) and
  ``工作人员`` (``岗位 | 姓名`` merged per person), ``风险类别`` (short names), ``一级/二级/三级``;
- the 医疗纠纷人民调解委员会's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人``
  on EVERY row, ``风险类型`` (short names), ``高风险/中风险/低风险``, a sign-off line.

One is harder:

- ``pishan_justice_bureau_block_signatures``: the 司法局's 岗位廉政风险点确认表, ONE ROW A POINT
  (``序号 | 股室 | 岗位 | 廉政风险点 | 风险等级 | 防控措施 | 岗位责任人确认（签字）``), ``股室`` merged
  over its rows and ``岗位`` merged over EACH PERSON's block (two 科员 of one 股 are two blocks), the
  running 序号 never restarting; the holders are named ONLY by their signatures, and each holder
  signed ONCE, in the 确认 cell of the LAST row of his own block (the cells above it in his block
  blank), as the ``注：`` line under the table asks (``…在本岗位最后一项风险点所在行签字确认``). So a
  block's rows above the signature are the signer's points too, and two blocks of one post are two
  holders. The README's 读得懂的表 knows a ``…确认（签字）`` column signed on EVERY row (unsigned rows
  read as the post only, ``ROW_UNSIGNED``), names typed once in the MIDDLE row of a block with a
  restarting 序号, names under posts of a merged 责任人 and signatures in a row under the table; it
  does not describe a signature column holding each holder's name only on the last row of his
  merged post block.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (法律援助 as a government duty —
法律援助机构 and staff, 经费保障, 律师资源; a 区 公共法律服务中心 运行方案 — 窗口常驻, 替岗, 首问负责,
分线办理; 法律援助案件质量管理 — 资源库律师, 全程跟踪, 旁听庭审, 电话回访, 质量评估; a 检察院
巡回检察 of 社区矫正 — 外出请假审批, 经常性跨市县活动, 禁止令; a 公证员 on 公证书's social effect —
真实性合法性审查, 出证, 预防纠纷; a 县 司法所规范化建设指导手册 — 调解, 社区矫正, 安置帮教, 所务管理;
a 司法局 on 人民调解 个案补贴审核 — 案件数, 调解员等级, 卷宗, 回访; a 市 个案补贴 监督问责 — 卷宗不规范,
侵占挪用, 骗取套取补贴) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (the rare surnames 邵 and 薛 with rare given
names); every unit is a body of 皮山县.

Run ``python tests/published/score.py --set batch879`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a signature in the ``岗位责任人确认（签字）`` column names the holder of every row of
  the merged ``岗位`` block it stands in (the rows above it included), with that block's 股室; the two
  科员 blocks of 基层工作股 are two holders; ``局领导`` is the leaders' 科室; the ``注：`` line and the
  填表/审核 line are no points and name no holder;
- ``局领导``, ``所领导`` (a 股室 cell, a group row) are the 科室 of those leaders; the 杜瓦镇司法所's
  leaders (sheet ``所领导``, no 科室 column) and the cards' holders have no 科室; a 司法局's 股, a 中心's
  or 管理局's 科/组 and a 调委会's 办公室 are 科室; a group row ``二、人民调解组`` gives the 科室
  ``人民调解组`` (its number left off);
- every body is a unit of its own: 局长, 副局长, a 中心's and a 公证处's 主任, 所长, 副所长 and the
  调委会's 主任 are leaders; 股长 and a 科's 科长 middle; the rest (科员, 会计, 出纳, 公证员, 公证员助理,
  专职人民调解员, 社区矫正专干, 窗口工作人员, 法律援助专职律师) general;
- the 社区矫正管理局's list names no person: its forms are posts (对岗不对人); ``岗位职责``,
  ``自查情况`` and ``填表时间`` are no points and name no holder;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` and
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

PREFIX = "b879_"
PLACE = "皮山县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SIGN_HEAD = "岗位责任人确认（签字）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险等级, 防控措施)]) — one block a person
BLOCKS = [
    ("局领导", "局长", "邵翊淳", "leader", [
        ("法律援助经费安排和使用不经党组会集体研究", "高", "法律援助经费列入预算，使用方案经党组会研究。"),
        ("干部选拔任用、司法所人员调配中个人说了算", "高", "干部调配按程序酝酿、党组会票决。"),
        ("接受律师事务所、基层法律服务所宴请和礼品", "中", "签订廉洁承诺，节前开展廉政提醒。"),
    ]),
    ("局领导", "副局长", "薛沅岫", "leader", [
        ("律师事务所年度考核、执业证审核把关不严", "高", "年度考核材料集体审核，结果公示。"),
        ("为亲友在法律援助、公证事项中打招呼", "中", "实行过问登记制度，定期通报。"),
    ]),
    ("基层工作股", "股长", "邵珩潇", "middle", [
        ("人民调解个案补贴审核把关不严，多报案件数", "高", "补贴申报逐卷审核，随机抽取当事人回访。"),
        ("司法所规范化建设考评打人情分", "中", "考评实行交叉检查，评分标准公开。"),
    ]),
    ("基层工作股", "科员", "薛昀澍", "general", [
        ("调解卷宗评查走过场，虚假卷宗未发现", "中", "卷宗评查双人进行，评查记录存档。"),
        ("安置帮教对象信息核查不实", "低", "与公安、村（社区）信息定期比对。"),
    ]),
    ("基层工作股", "科员", "邵岚漪", "general", [
        ("人民调解员等级评定材料审核不严，虚抬等级", "中", "等级评定材料公示，接受调解员监督。"),
        ("基层法律服务工作者执业核准不按规定办理", "低", "核准材料一次性告知，办理时限公开。"),
    ]),
    ("办公室", "会计", "薛屹琤", "general", [
        ("人民调解以案定补资金未按审核结果拨付", "高", "补贴资金按审核名单直接拨付到人。"),
        ("报销单据审核不严，虚列办公费用", "中", "报销单据经办人、审核人、审批人三签。"),
    ]),
]  # fmt: skip


def pishan_justice_bureau_block_signatures() -> dict:
    unit = f"{PLACE}司法局"
    ncols = 7
    sh = _Sheet("确认表", [6, 12, 10, 40, 9, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点确认表", ncols)
    _line(sh, f"填报单位：{unit}{GAP * 20}2025年6月", ncols)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", SIGN_HEAD)
    first = len(sh.rows)
    n, shown = 0, None
    for dept, post, who, tier, points in BLOCKS:
        top = len(sh.rows)
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            sign = who if k == len(points) - 1 else None
            typed = dept if dept != shown else None
            shown = dept
            sh.add(n, typed, post if k == 0 else None, point, lv, measures, sign)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        if len(points) > 1:
            sh.merge(top, 2, top + len(points) - 1, 2)
    # the 股室 merged over each run of its rows
    r = first
    while r < len(sh.rows):
        e = r
        while e + 1 < len(sh.rows) and sh.rows[e + 1][1] is None:
            e += 1
        if e > r:
            sh.merge(r, 1, e, 1)
        r = e + 1
    _line(
        sh,
        "注：请各岗位责任人核对本岗位风险点后，在本岗位最后一项风险点所在行签字确认；风险等级分高、中、低三级。",
        ncols,
    )
    sh.add("填表：办公室", None, None, "审核：", None, "局长（签字）：", None)
    return _layout(
        "pishan_justice_bureau_block_signatures", "http://chinareform.net/plus/view.php?aid=19376",
        "(harder) 县司法局 岗位廉政风险点确认表, after the source's piece on 法律援助 as a government duty (法律援助机构 and staff, "
        "经费保障, 律师资源): a title, a merged 填报单位/date line, then 序号/股室 merged over its rows/岗位 merged over EACH "
        "PERSON's block/廉政风险点/风险等级 高/中/低/防控措施/``岗位责任人确认（签字）``, the 序号 running on; each holder "
        "signed ONCE, in the 确认 cell of the LAST row of his block (the cells above blank), two 科员 blocks of one 股 "
        "told apart only by their signatures; a ``注：`` line asking for the signature on the block's last row and a "
        "填表/审核/局长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def pishan_legal_service_center_list() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "邵珮沄", "leader", "窗口人员替岗安排和值班调配随意，致使窗口空岗", "岗位职责风险", "中",
         "值班表按月公布，替岗须经中心批准登记。"),
        ("中心领导", "主任", "邵珮沄", "leader", "重大疑难事项不经局长办公会决策，个人拍板", "制度机制风险", "高",
         "重大事项一律提交局长办公会研究。"),
        ("综合受理窗口", "窗口工作人员", "薛淇昉", "general", "首问事项推诿搪塞，不登记不转办", "业务流程风险", "中",
         "落实首问负责制，咨询事项登记台账。"),
        ("综合受理窗口", "窗口工作人员", "薛淇昉", "general", "向群众推荐特定律师事务所或律师", "思想道德风险", "高",
         "窗口公示服务指南，严禁推荐介绍律师。"),
        ("综合受理窗口", "窗口工作人员", "邵旻澹", "general", "投诉受理不登记、不转交，压案不办", "业务流程风险", "中",
         "投诉件统一编号，限时转办反馈。"),
        ("综合受理窗口", "窗口工作人员", "邵旻澹", "general", "泄露来访群众个人信息和案情", "岗位职责风险", "低",
         "签订保密承诺，来访档案专柜保管。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "pishan_legal_service_center_list", "https://www.xiaomilidoc.com/p-3090253.html",
        "县公共法律服务中心 岗位廉政风险防控一览表, after the source's 区 公共法律服务中心 运行方案 (窗口常驻, 替岗, 首问负责, "
        "分线办理, 投诉): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pishan_legal_aid_center_cards() -> dict:
    unit = f"{PLACE}法律援助中心"
    t = _Truth(unit)
    cards = [
        ("主任", "薛瑷岚", "主任", "主持中心全面工作，审批法律援助申请", "leader", [
            ("对不符合条件的申请违规批准法律援助", "一级", "审批意见说明理由，每月抽查审批案卷。"),
            ("案件指派不按资源库轮派，指定特定律师", "一级", "指派按资源库顺序轮派，指派记录公开。"),
            ("办案补贴核定不按质量评估结果", "二级", "补贴按评估等次核定，结果公示。"),
        ]),
        ("专职律师", "邵峤沨", "法律援助专职律师", "承办法律援助案件，开展质量跟踪", "general", [
            ("向受援人收取或变相收取费用、财物", "一级", "案件结束电话回访受援人，公开监督电话。"),
            ("旁听庭审、回访记录弄虚作假", "二级", "旁听庭审两人进行，回访录音留存。"),
            ("质量评估中为熟识律师打高分", "三级", "评估实行回避，评估意见集体审定。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(items, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "pishan_legal_aid_center_cards", "https://fx361.cc/page/2017/0421/19672675.shtml",
        "县法律援助中心 岗位廉政风险防控卡, one sheet a person, after the source's 法律援助案件质量管理 (资源库律师, 全程跟踪, "
        "旁听庭审, 电话回访, 质量评估): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def pishan_community_correction_posts() -> dict:
    unit = f"{PLACE}社区矫正管理局"
    sh = _Sheet("排查表", [6, 12, 14, 40, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "社区矫正对象经常性跨市县活动审批放宽条件", "制度机制", "Ⅰ级",
         "跨市县活动审批经集体研究，报检察机关备案。"),
        ("局领导", "局长", "leader", "对违反监管规定的矫正对象应提请撤销缓刑而不提请", "岗位职责", "Ⅰ级",
         "违规情形逐案研判，处理意见集体审定。"),
        ("执法监督科", "科长", "middle", "矫正对象考核奖惩弄虚作假", "业务流程", "Ⅱ级", "考核结果每季度公示。"),
        ("执法监督科", "科长", "middle", "禁止令执行情况核查不到位", "外部环境", "Ⅱ级", "禁止令执行情况每月核查登记。"),
        ("教育帮扶科", "社区矫正专干", "general", "外出请假审批材料审核不严", "业务流程", "Ⅱ级",
         "请假材料逐项核实，审批表存档。"),
        ("教育帮扶科", "社区矫正专干", "general", "收受矫正对象及其家属财物", "思想道德", "Ⅲ级",
         "签订廉洁承诺，公开监督电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("编制：", None, "审核：", None, "2025年5月", None, None)
    return _layout(
        "pishan_community_correction_posts", "http://zjfzb.zjol.com.cn/html/2024-08/08/content_4255847.htm?div=-1",
        "县社区矫正管理局 岗位廉政风险点排查表 对岗不对人, after the source's 检察院 巡回检察 of 社区矫正 (外出请假审批, "
        "经常性跨市县活动, 禁止令, 涉企矫正对象): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pishan_notary_office_selfchecks() -> dict:
    unit = f"{PLACE}公证处"
    t = _Truth(unit)
    people = [
        ("邵曦岷", "处领导", "主任", "leader", [
            ("对不真实、不合法的事项审批出具公证书", "★★★", "出证前集体讨论疑难事项，审批留痕。", "已落实"),
            ("公证收费减免不按规定审批", "★★", "减免申请书面审批，每季度公示。", "未发现问题"),
        ]),
        ("薛瀚珂", "业务部", "公证员", "general", [
            ("对申请人身份和证明材料审查不严", "★★★", "身份核验联网比对，材料原件核对。", "已落实"),
            ("私自出具公证书或超期办证", "★★", "办证流程全程录入系统，超期预警。", "已落实"),
            ("泄露执业中知悉的个人隐私", "★", "档案查阅登记审批。", "未发现问题"),
        ]),
        ("邵瑀沁", "业务部", "公证员助理", "general", [
            ("公证档案毁损、篡改", "★★", "档案专人管理，借阅登记。", "已落实"),
            ("接受当事人宴请、礼品", "★", "签订廉洁执业承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年6月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "pishan_notary_office_selfchecks", "http://www.tjgz.org.cn/system/2019/07/31/014334673.shtml",
        "县公证处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 公证员 on 公证书's "
        "social effect (真实性合法性审查, 出证, 预防纠纷, 五不准): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施/``自查情况``; a ``注：`` line; no type "
        "column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def pishan_guma_office_group_rows() -> dict:
    unit = f"{PLACE}固玛镇司法所"
    sh = _Sheet("责任清单", [6, 14, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "薛岫翎", "leader", [
                ("所务经费开支不经所务会研究", "一级风险", "所务经费开支所务会研究，账目公开。"),
                ("社区矫正对象请假审批把关不严", "一级风险", "请假审批按权限办理，超权限报县局。"),
            ]),
        ]),
        ("二、人民调解组", "人民调解组", [
            ("专职人民调解员", "邵淏璇", "general", [
                ("调解中偏袒一方当事人，收受好处", "二级风险", "调解两人以上主持，调解协议当场宣读。"),
                ("调解卷宗材料不全，补签当事人签名", "二级风险", "卷宗一案一卷，所长审核后归档。"),
            ]),
        ]),
        ("三、社区矫正组", "社区矫正组", [
            ("社区矫正专干", "薛漪翀", "general", [
                ("矫正对象定位核查、走访记录造假", "二级风险", "走访记录附照片，每月抽查。"),
                ("安置帮教对象衔接不及时导致脱管", "三级风险", "刑满释放人员信息当日登记衔接。"),
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
        "pishan_guma_office_group_rows", "http://ywdsz.com/sfj/bmwj/content/af6bc054-9f7a-4dbd-af71-2d96e3966b47.html",
        "镇司法所 廉政风险防控责任清单, after the source's 县 司法所规范化建设指导手册 (调解, 社区矫正, 安置帮教, 所务管理): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、人民调解组``, ``三、社区矫正组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def pishan_duwa_office_two_sheets() -> dict:
    unit = f"{PLACE}杜瓦镇司法所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 10, 10, 38, 12, 9, 34])
    _line(lead, f"{unit}所领导廉政风险点登记表", 7)
    lead.add("序号", "职务", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("所长", "邵蘅澍", [
            ("人民调解个案补贴申报多报案件数", "制度机制", "一级", "申报前逐卷核对，申报表所务会审定。"),
            ("调解员等级申报虚抬等级", "岗位职责", "二级", "等级申报材料在所内公示。"),
        ]),
        ("副所长", "薛翙岚", [
            ("调解回访走过场，虚假卷宗未发现", "业务流程", "二级", "按比例随机回访当事人，回访记录存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, post, who, point, typ, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2)])
    staff = _Sheet("工作人员", [6, 14, 10, 38, 12, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险点登记表", 7)
    staff.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("专职人民调解员", "邵琬沨", "以调解为名向当事人索要财物", "思想道德", "一级", "调解一律免费，公示监督电话。"),
        ("专职人民调解员", "邵琬沨", "调解协议内容显失公平", "外部环境", "二级", "调解协议经所长审查后签订。"),
        ("会计", "薛昉璘", "个案补贴资金截留、挪用", "业务流程", "一级", "补贴资金直接拨付调解员个人账户。"),
        ("会计", "薛昉璘", "补贴登记表不及时归档", "岗位职责", "三级", "登记表按季度收集归档。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, typ, lv, measures)
        t.point(staff.name, "", post, who, "general", point, types_in(typ), GRADES[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("填表：", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "pishan_duwa_office_two_sheets", "http://sfj.jiaxing.gov.cn/art/2020/11/13/art_1678186_58919376.html",
        "镇司法所 廉政风险点登记表 in TWO SHEETS, after the source's 司法局 on 人民调解 个案补贴审核 (案件数, 调解员等级, 卷宗, "
        "回访, 专款专用): sheet 所领导 with 职务/姓名 merged per leader, sheet 工作人员 with 岗位/姓名 merged per person; "
        "风险点, 风险类别 (short names), 风险等级 ``一级/二级/三级``, 防控措施; a 填表/审核/date line",
        [lead, staff], t,
    )  # fmt: skip


def pishan_medical_mediation_list() -> dict:
    unit = f"{PLACE}医疗纠纷人民调解委员会"
    sh = _Sheet("一览表", [6, 12, 14, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("委员会领导", "主任", "薛琮岍", "leader", "调解案件补贴申报中虚报重大案件等级", "制度机制", "高风险",
         "案件等级按标准认定，申报材料集体审核。"),
        ("委员会领导", "主任", "薛琮岍", "leader", "接受医疗机构或患方请托，干预调解结果", "思想道德", "高风险",
         "调解实行回避，请托事项登记报告。"),
        ("办公室", "专职人民调解员", "邵玙澄", "general", "调解卷宗缺少申请书、笔录等主要材料仍申报补贴", "业务流程", "中风险",
         "卷宗不合格的一律不予补贴。"),
        ("办公室", "专职人民调解员", "邵玙澄", "general", "调解协议权利义务不明确引发反复纠纷", "岗位职责", "中风险",
         "协议文本统一格式，主任审查。"),
        ("办公室", "出纳", "薛湛珩", "general", "个案补贴经费挪作他用", "外部环境", "低风险",
         "补贴经费专款专用，接受财政、审计监督。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "pishan_medical_mediation_list",
        "https://nanjing.baogaosu.com/xinwen/%E4%B8%A5%E6%A0%BC%E7%9F%9B%E7%9B%BE%E7%BA%A0%E7%BA%B7%E8%B0%83%E8%A7%A3%E4%B8%AA%E6%A1%88%E8%A1%A5%E8%B4%B4%E7%9B%91%E7%9D%A3/49904642",
        "县医疗纠纷人民调解委员会 岗位廉政风险防控一览表, after the source's 市 矛盾纠纷调解个案补贴 监督问责 (卷宗不规范不予补贴, "
        "专款专用, 侵占挪用, 骗取套取): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/"
        "主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pishan_justice_bureau_block_signatures(),
    pishan_legal_service_center_list(),
    pishan_legal_aid_center_cards(),
    pishan_community_correction_posts(),
    pishan_notary_office_selfchecks(),
    pishan_guma_office_group_rows(),
    pishan_duwa_office_two_sheets(),
    pishan_medical_mediation_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch879-inbox"))
