"""The two-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE PARTY, PEOPLE'S CONGRESS AND CPPCC ORGANS of one county,
理塘县 — its 县委办公室, 人大常委会办公室, 政协办公室, 县委党校, the 纪委监委's 派驻第三纪检监察组, the 县委
政法委员会, the 县委统战部 and the 县直属机关工作委员会 — each handing back its ordinary 一览表, 排查表,
清单, 自查表 or 防控卡 the way its staff typed it, the rows about 公文, 经费, 会务, 接待, 培训 and 信访:

- the 人大常委会办公室's 排查表 under ``附件2`` and a merged ``填报单位：…　填报时间：…`` line: 科室 merged
  (办领导, 综合股, 代表联络室, 信访室), 岗位 and 姓名 merged per person, a ``工作环节`` column before the
  风险点, ``一级/二级/三级``, no type column, a ``填表人： | 审核人： | 主任（签字）：`` line;
- the 政协办公室's 自查表, one sheet a person (tabs 副主任, 文秘科, 提案联络委): ``姓　名 | … | 职　务 | …``
  and ``所在科室 | … | 填表时间 | …`` in pairs above, ``风险类别`` written ``…风险``, 高/中/低, a
  ``自查情况`` column, ``本人签字： | 分管领导签字：`` below;
- the 县委党校's 防控卡, one sheet a holder: ``持卡人 | … | 所在股室 | … | 岗位 | …`` in one row, a merged
  ``岗位职责`` line, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, ``监督举报电话`` and
  ``持卡人签字``;
- the 派驻第三纪检监察组's 清单 对岗不对人: no 科室 column, a merged ``综合监督单位：…`` line naming the
  bodies it watches, 岗位 and ``主要职责`` merged per post, short types, ``高风险/中风险/低风险``;
- the 县委政法委's 一览表: ``股室`` merged (委领导, 办公室, 维稳指导股, 执法监督股), 岗位 and 责任人 merged
  per person, a ``风险事项`` before the ``廉政风险点``, ``…风险`` types, 高/中/低 and a last ``分管领导``
  column of names (watchers, not holders);
- the 县委统战部's two sheets: ``部领导`` with 姓名, 职务 and 分管工作 merged down, and ``股室`` with 股室
  merged and 岗位 and 姓名 per person; ``★★★/★★/★`` read by a legend; no type column;
- the 县直属机关工委's 排查登记表 under ``填报股室：…　填报时间：…``, no 科室 column, 岗位 and 姓名 merged,
  ``风险内容``, short types, ``较高/一般/较低`` (a ``注：`` line names the three), a ``备注`` column and
  a 干事 whose row says only 无.

One is harder:

- ``party_office_centered_labels``: the 县委办公室's 一览表 typed by someone who does not merge cells but
  wants them to LOOK merged and centred: each person's block of rows carries its ``组室``, ``岗位``
  and ``姓名`` ONCE, in the MIDDLE row of the block (the second of three, the third of five, the upper
  of the two middle rows of four; the first row only of a block of one or two), the cells above and
  below it left empty, and a blank row between one person's block and the next. The README's
  读得懂的表 knows a 科室, 岗位 or 姓名 merged down or typed only in the FIRST row of its run; here the
  rows ABOVE the label belong to it too, not to the person before.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县委办公室's 内设组室 — 秘书组, 总值班
室, 信息组, 机关事务管理组, 公务接待办, 保密办, 机要室, 督查室 — and its 公文 and 会议; a 县人大常委会办公室's
人代会, 常委会会议, 视察调研 and 代表培训 budget; a 区政协's 办公室, 提案联络委员会 and 社情民意信息中心; a
县委党校's 办公室, 教务股, 科研股 and 总务股 and its 培训班; a 派驻纪检监察组's 驻点监督 of several bodies;
a 县委政法委's 维稳指导股 and its 风险评估 and 矛盾纠纷; a 县委统战部's 民族宗教, 党外人士 and 非公经济 work;
a 市直属机关工委's 党建活动经费 rules) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented; every unit is a body of
理塘县 (its 派驻第三纪检监察组 numbered as such a county numbers them).

Run ``python tests/published/score.py --set batch236`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table a person's block is the run of rows between two blank rows; the ``组室``,
  ``岗位`` and ``姓名`` typed in one row of it are those of EVERY row of the block, above the label
  as below it; the blank rows are no points;
- ``办领导``, ``委领导``, ``部领导`` written in the 科室/组室/股室 column (or the 自查表's ``所在科室``) are the
  科室 of those leaders, as batch228 kept ``镇领导班子``; the 统战部's ``部领导`` sheet has no 科室
  column and its forms no 科室;
- the 政法委's ``分管领导`` column (names beside a ``责任人`` column) holds watchers, no holder; the
  纪检监察组's ``综合监督单位：…`` line names the bodies it watches, not its unit or 科室;
- ``工作环节``, ``风险事项``, ``主要职责``, ``岗位职责``, ``分管工作``, ``自查情况`` and ``备注`` are no
  points; a row saying only 无 is no point and gives no form;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` and ``较高/一般/较低`` are 1/2/3 (each table's
  note or legend says so where it has one);
- the heads of the bodies — the 县委办's 常务副主任, the 人大办's and 政协办's 主任/副主任, the 党校's 常务
  副校长, the 纪检监察组's 组长/副组长, the 政法委's 常务副书记, the 统战部's 常务副部长/副部长, the 机关工委's
  副书记 — are leaders; 组长 of a 组 inside the 县委办, 主任 of a 室 or 办 inside a body, 股长, 科长 middle;
  the rest (机要员, 科员, 报账员, 纪检监察员, 干事, 组织员) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b236_"
PLACE = "理塘县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
MILD = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    _merge_down(sh, first, specs)


def middle(n: int) -> int:
    """The row of a block of ``n`` rows a label typed to look centred stands in (0-based)."""
    return (n - 1) // 2


# --------------------------------------------------------------------------- harder layout

BLOCKS = [
    ("办领导", "常务副主任", "格桑曲批", "leader", [
        ("县委办机关大额经费支出、办公设备购置不经主任办公会集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策，会议纪要存档备查。"),
        ("干预县委会议、全县性会议定点宾馆和服务单位的选择", "岗位职责", "中",
         "会议定点单位按政府采购程序确定，结果在机关内公示。"),
        ("对各组室负责人廉政提醒和日常监督不到位", "思想道德", "低",
         "每季度与组室负责人开展一次廉政谈话。"),
    ]),
    ("秘书组", "组长", "郗砚舟", "middle", [
        ("县委文件、领导讲话稿印发前泄露内容", "思想道德", "高",
         "文稿起草、核稿、印制全程登记，印发前不得外传。"),
        ("公文核稿中为请托单位写入倾向性表述", "岗位职责", "中",
         "公文实行起草、核稿、签发三级把关。"),
        ("会议材料印制指定印刷厂，虚增印制数量和费用", "业务流程", "中",
         "印制业务定点比选，印数按参会人数核定。"),
        ("擅自以县委办公室名义对外发函、开具证明", "制度机制", "低",
         "印章使用登记审批，对外发函一律经主任签发。"),
    ]),
    ("机要室", "机要员", "央金卓嘎", "general", [
        ("涉密文件传递、登记不严，私自复制、摘抄", "制度机制", "高",
         "涉密文件专人收发、专柜存放，传阅登记签字。"),
        ("密码电报收发、清退不按规定办理", "岗位职责", "高",
         "电报收发清退双人办理，每半年清查一次。"),
    ]),
    ("公务接待办", "主任", "訾临川", "middle", [
        ("无公函接待、超标准安排住宿和用餐", "制度机制", "高",
         "凭公函和接待审批单接待，标准上墙公示。"),
        ("接待费用虚开发票、以接待名义套取资金", "思想道德", "高",
         "接待费凭接待清单、发票和公函三单报销。"),
        ("陪餐人数超出规定，借接待之机宴请亲友", "业务流程", "中",
         "陪餐人数在审批单上写明，报销时逐项核对。"),
        ("接受接待对象、服务单位的礼品礼金", "外部环境", "中",
         "节前廉洁提醒，拒收登记上交。"),
        ("接待清单填报不实、不及时", "岗位职责", "低", "接待清单按月汇总，随凭证归档。"),
    ]),
    ("督查室", "主任", "邴知秋", "middle", [
        ("督查检查中接受被督查单位宴请，隐瞒、淡化问题", "外部环境", "中",
         "督查两人以上，督查报告如实反映问题并存档。"),
    ]),
]  # fmt: skip


def party_office_centered_labels() -> dict:
    unit = f"中共{PLACE}委办公室"
    sh = _Sheet("一览表", [6, 12, 11, 10, 38, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}（盖章）{GAP * 8}填报时间：2024年10月", 8)
    sh.add("序号", "组室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    n = 0
    for b, (dept, post, who, tier, points) in enumerate(BLOCKS):
        if b:
            sh.add()  # the blank row between one person's block and the next
        at = middle(len(points))
        for k, (point, typ, lv, measures) in enumerate(points):
            n += 1
            label = (dept, post, who) if k == at else (None, None, None)
            sh.add(n, *label, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "party_office_centered_labels",
        "https://www.xinshao.gov.cn/xinshao/czysjxgk/202108/07596475544d42ed966e7ece43c3c824.shtml",
        "(harder) 县委办公室 岗位廉政风险防控一览表, after the source's account of a 县委办公室's 内设组室 (秘书组, 总值班室, "
        "信息组, 机关事务管理组, 公务接待办, 保密办, 机要室, 督查室) and its duties (县委会议, 文件起草 and 文书处理, 督促"
        "检查): a title, a merged ``填报单位：中共理塘县委办公室（盖章）　…　填报时间：2024年10月`` line, then 序号/组室/"
        "岗位/姓名/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 with NO MERGED CELLS: each person's "
        "block of rows carries 组室, 岗位 and 姓名 ONCE, in the MIDDLE row of the block (row 2 of 3, row 2 of 4, "
        "row 3 of 5, row 1 of 2 and of 1) so that it looks merged and centred, the cells above and below empty, "
        "and a blank row between blocks; 填表人/审核人/主任签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def npc_office_checklist() -> dict:
    unit = f"{PLACE}人大常委会办公室"
    sh = _Sheet("排查表", [6, 12, 10, 10, 14, 36, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2024年9月", 8)
    sh.add("序号", "科室", "岗位", "姓名", "工作环节", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "呷玛降措", "经费审批", "人代会、常委会会议经费不经主任办公会研究，个人审批大额支出",
         "一级", "会议经费编制预算，大额支出经主任办公会集体研究。", "leader"),
        ("办领导", "主任", "呷玛降措", "机关管理", "对机关干部廉洁从政要求不严，对苗头性问题不提醒",
         "三级", "每半年专题研究一次机关党风廉政建设。", "leader"),
        ("办领导", "副主任", "蔺拾光", "视察调研", "组织视察、调研活动时接受被视察单位宴请和土特产",
         "二级", "视察调研严格执行八项规定，用餐按标准交费。", "leader"),
        ("综合股", "股长", "逯望秋", "会务组织", "人代会会议定点宾馆、会议用品采购不比选，与供应商串通抬价",
         "一级", "会议服务和用品采购按程序比选，结果公示。", "middle"),
        ("综合股", "股长", "逯望秋", "公文处理", "常委会审议意见、决议印发前泄露", "二级",
         "文件印发前严格保密，收发登记。", "middle"),
        ("代表联络室", "主任", "泽仁曲珍", "代表培训", "代表履职培训虚增参训人数、培训天数，套取培训费",
         "二级", "培训凭签到表、课程表和发票报销，培训情况公开。", "middle"),
        ("代表联络室", "主任", "泽仁曲珍", "代表活动", "代表活动经费发放不按标准，优亲厚友", "三级",
         "活动经费按标准发放到个人账户，名单公示。", "middle"),
        ("信访室", "科员", "檀问渠", "来信来访", "对群众来信来访压件不办、泄露信访人信息", "二级",
         "信访件登记编号、限时办结，信访人信息保密。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, step, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, step, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "npc_office_checklist",
        "https://www.shcm.gov.cn/govxxgk/qczj/2016-03-08/694e31a9-9aad-49dc-9dea-00153d3688d6.html",
        "县人大常委会办公室 廉政风险点排查表 after the source's 人大 部门预算 (人代会, 常委会会议, 视察和调研, 代表培训, "
        "人大会议 and 代表履职能力提升 spending): ``附件2``, a title, a merged ``填报单位：…　…　填报时间：2024年9月`` "
        "line, then 序号/科室 merged (办领导, 综合股, 代表联络室, 信访室)/岗位 and 姓名 merged per person/``工作环节``/"
        "廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; 填表人/审核人/主任签字 line",
        [sh], t,
    )  # fmt: skip


def cppcc_office_person_sheets() -> dict:
    unit = f"政协{PLACE}委员会办公室"
    t = _Truth(unit)
    people = [
        ("副主任", "庹映雪", "办领导", "副主任", "leader", [
            ("全会、常委会议会务经费超预算列支", "制度机制风险", "高", "会务经费编制预算，结算附费用清单。",
             "已落实"),
            ("机关公务用车私用、公车加油卡借用", "岗位职责风险", "中", "用车登记审批，加油卡专车专用。",
             "已落实"),
            ("接受委员所在企业宴请、礼品", "思想道德风险", "低", "签订廉洁承诺，节前开展廉洁提醒。", "已落实"),
        ]),
        ("文秘科", "蓟疏桐", "文秘科", "科长", "middle", [
            ("政协文件、会议材料印发前泄露", "岗位职责风险", "中", "文件印发登记，印发前保密审查。", "已落实"),
            ("印章使用不登记，违规开具证明", "制度机制风险", "高", "用印审批登记，每月核对用印记录。",
             "正在整改"),
        ]),
        ("提案联络委", "丹增旺姆", "提案联络委员会办公室", "科员", "general", [
            ("提案审查立案中受人之托，应立未立或不应立而立", "外部环境风险", "中",
             "提案审查集体把关，立案结果向委员公开。", "已落实"),
            ("委员视察、调研活动经费报销不实", "业务流程风险", "低", "活动经费凭方案和签到表报销。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 14, 10, 34, 14])
        _line(sh, f"{unit}干部廉政风险自查表", 6)
        sh.add("姓　名", who, "职　务", post, None, None)
        sh.add("所在科室", dept, "填表时间", "2024年8月", None, None)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施", "自查情况")
        for n, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "分管领导签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "cppcc_office_person_sheets",
        "http://cqlp.gov.cn/czj/zwgk_28894/qtdwczxx/zxb/ysjs/ys/202002/t20200206_4832268.html",
        "县政协办公室 干部廉政风险自查表, one sheet a person (tabs 副主任, 文秘科, 提案联络委), after the source's 区政协 "
        "部门预算 (区政协办公室 and its 会务, 文秘档案, 后勤保障及接待; 提案联络委员会 and its 提案 征集、审查、立案 and "
        "委员 联系): a title, ``姓　名 | … | 职　务 | …`` and ``所在科室 | … | 填表时间 | …`` in pairs above, then 序号/"
        "风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/``自查情况`` (已落实, 正在整改); 本人签字/分管领导签字/年 月 日 line",
        sheets, t,
    )  # fmt: skip


def party_school_cards() -> dict:
    unit = f"中共{PLACE}委党校"
    t = _Truth(unit)
    cards = [
        ("常务副校长", "晁鹤年", "校领导", "常务副校长", "leader", "主持学校日常工作，分管财务、基建和教学。", [
            ("培训班经费、基建维修项目支出不经校务会研究", "制度机制", "Ⅰ级", "大额支出和维修项目经校务会集体研究。"),
            ("外请师资讲课费标准执行不严，虚列讲课费", "岗位职责", "Ⅱ级", "讲课费按标准发放到个人账户，附课表。"),
            ("接受参训单位、服务商宴请和礼品", "思想道德", "Ⅲ级", "节前廉洁提醒，拒收登记。"),
        ]),
        ("教务股", "郜清远", "教务股", "股长", "middle", "负责主体班次教学计划、学员管理和考勤考核。", [
            ("主体班学员考勤、结业考核把关不严，人情放行", "岗位职责", "Ⅰ级", "考勤电子打卡，结业考核结果报县委组织部。"),
            ("培训班食宿定点不比选，虚报就餐人数", "业务流程", "Ⅱ级", "食宿定点公开比选，就餐人数与签到表核对。"),
            ("学员评优推荐优亲厚友", "外部环境", "Ⅲ级", "评优按量化考核结果，名单公示。"),
        ]),
        ("总务股", "益西拉措", "总务股", "报账员", "general", "负责经费报账、食堂结算和物资保管。", [
            ("学员伙食费结算账实不符，截留伙食费", "制度机制", "Ⅰ级", "伙食费每期结算公开，股长复核。"),
            ("报销票据审核不严，以虚开发票入账", "业务流程", "Ⅱ级", "票据经手人、证明人、审批人三签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 9, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在股室", dept, "岗位", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, typ, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 6)
        sh.add("监督举报电话：12388", None, "持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "party_school_cards", "http://www.kaijiang.gov.cn/xxgk-show-11441.html",
        "县委党校 岗位廉政风险防控卡, one sheet a holder (tabs 常务副校长, 教务股, 总务股), after the source's 县委党校 "
        "部门决算 (培训班 and 培训 党员干部, 外请 师资, 科研课题; 办公室, 教务股, 科研股, 党务办公室, 总务股): a title, "
        "``持卡人 | … | 所在股室 | … | 岗位 | …`` in one row, a merged ``岗位职责`` line, then 序号/风险点/风险类型 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (merged over two columns); a ``注：`` line on the levels, "
        "监督举报电话/持卡人签字/年 月 日",
        sheets, t,
    )  # fmt: skip


def discipline_group_posts() -> dict:
    unit = f"{PLACE}纪委监委派驻第三纪检监察组"
    sh = _Sheet("清单", [6, 12, 24, 36, 10, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    _line(sh, "综合监督单位：县委办公室、县人大常委会办公室、县政协办公室、县委党校", 7)
    sh.add("序号", "岗位", "主要职责", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("组长", "主持派驻组全面工作，对问题线索处置作出决定", "问题线索处置不经集体研究，个人决定了结或搁置",
         "制度机制", "高风险", "线索处置集体排查，处置意见报县纪委监委审批。", "leader"),
        ("组长", "主持派驻组全面工作，对问题线索处置作出决定", "为被监督单位干部说情、干预审查调查",
         "思想道德", "高风险", "严格执行干预案件记录报告制度。", "leader"),
        ("副组长", "负责日常监督、驻点监督和谈话函询", "驻点监督中接受被监督单位吃请、收受礼品",
         "外部环境", "中风险", "驻点监督两人以上，用餐按标准交费。", "leader"),
        ("副组长", "负责日常监督、驻点监督和谈话函询", "谈话函询走过场，对如实说明材料不核实",
         "岗位职责", "中风险", "函询回复材料抽查核实，结果入廉政档案。", "leader"),
        ("纪检监察员", "负责初步核实、审查调查具体工作", "泄露问题线索、审查调查工作秘密",
         "岗位职责", "高风险", "案件材料专柜存放，工作人员签订保密承诺。", "general"),
        ("纪检监察员", "负责初步核实、审查调查具体工作", "调查取证不规范，隐匿、篡改证据材料",
         "业务流程", "中风险", "取证全程录音录像，证据材料双人保管。", "general"),
        ("纪检监察员", "负责信访举报受理和办公室内勤", "信访举报件登记不全，压件不办", "制度机制",
         "低风险", "信访举报件逐件登记编号，每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, duty, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), BANDS[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key)])
    sh.add()
    sh.add("填报人：", None, "组长（签字）：", None, None, "2024年9月", None)
    return _layout(
        "discipline_group_posts",
        "https://jjw.changzhou.gov.cn/html/jw/2020/HFFKPFKO_1120/21255.html",
        "县纪委监委 派驻第三纪检监察组 岗位廉政风险防控清单 对岗不对人, after the source's account of a 派驻纪检监察组 that "
        "watches eight bodies with 驻点监督 (谈心谈话, 廉政提醒, 违纪线索, 立案, 诫勉谈话): a title, a merged ``综合监督"
        "单位：县委办公室、县人大常委会办公室、县政协办公室、县委党校`` line, then 序号/岗位 merged/``主要职责`` merged per "
        "post/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; no 科室 and no name column; "
        "填报人/组长签字/2024年9月 line",
        [sh], t,
    )  # fmt: skip


def politics_law_committee_list() -> dict:
    unit = f"中共{PLACE}委政法委员会"
    sh = _Sheet("一览表", [6, 12, 10, 10, 14, 34, 12, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 10)
    sh.add("序号", "股室", "岗位", "责任人", "风险事项", "廉政风险点", "风险类别", "风险等级", "防控措施",
           "分管领导")  # fmt: skip
    lead_a, lead_b = "巩令仪", "贡嘎旦增"
    rows = [
        ("委领导", "常务副书记", "昂旺次称", "经费管理", "维稳专项经费、见义勇为奖励资金分配不经集体研究",
         "制度机制风险", "高", "专项经费分配方案经委务会研究，使用情况年度公开。", lead_a, "leader"),
        ("委领导", "常务副书记", "昂旺次称", "案件督办", "对政法部门具体案件打招呼、干预办理",
         "思想道德风险", "高", "严格执行过问案件记录报告制度。", lead_a, "leader"),
        ("办公室", "主任", "牟澄溪", "公务接待", "上级督导检查接待超标准，虚列接待费", "岗位职责风险", "中",
         "接待凭公函和清单报销，每季度公开。", lead_b, "middle"),
        ("维稳指导股", "股长", "邰承泽", "信访维稳", "信访化解救助资金审核不严，重复救助或优亲厚友",
         "业务流程风险", "高", "救助对象集体评议，资金直接发放到个人账户。", lead_b, "middle"),
        ("维稳指导股", "股长", "邰承泽", "风险评估", "重大决策社会稳定风险评估走过场，收受项目单位好处",
         "外部环境风险", "中", "评估报告集体审核，评估过程留痕。", lead_b, "middle"),
        ("执法监督股", "股长", "仉墨耕", "执法监督", "案件评查中降低标准，对问题案件隐瞒不报",
         "岗位职责风险", "中", "评查结果集体审定，问题案件通报。", lead_a, "middle"),
        ("执法监督股", "科员", "扎西旺修", "涉法涉诉信访", "涉法涉诉信访件转办不及时，泄露信访人信息",
         "制度机制风险", "低", "信访件登记编号，办理结果回访。", lead_a, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, matter, point, typ, lv, measures, lead, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, matter, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "填报日期：2024年11月", None, None, None)
    return _layout(
        "politics_law_committee_list", "https://www.gongwk.com/doc/568327.jhtml",
        "县委政法委 岗位廉政风险防控一览表 after the source's report of a 县委政法委 维稳指导股 (重大决策社会稳定风险评估, "
        "矛盾纠纷排查化解, 维稳工作专班, 专项安保, 督导检查): a title, then 序号/``股室`` merged (委领导, 办公室, 维稳指导"
        "股, 执法监督股)/岗位 and 责任人 merged per person/``风险事项``/廉政风险点/风险类别 ``…风险``/风险等级 高/中/低/"
        "防控措施/``分管领导`` LAST (two names, not merged: watchers); 填报人/审核人/填报日期 line",
        [sh], t,
    )  # fmt: skip


def united_front_two_sheets() -> dict:
    unit = f"中共{PLACE}委统战部"
    t = _Truth(unit)
    lead = _Sheet("部领导", [6, 10, 12, 22, 34, 8, 32])
    _line(lead, f"{unit}领导班子成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("拥措卓玛", "常务副部长", "主持部机关日常工作，分管办公室、财务", [
            ("统战工作经费、党外人士活动经费使用不经部务会研究", "★★★", "经费使用经部务会集体研究，年度公开。"),
            ("党外代表人士政治安排推荐中优亲厚友", "★★★", "推荐人选集体酝酿，考察情况存档。"),
            ("接受非公企业宴请、礼品", "★★", "严守八项规定，节前廉洁提醒。"),
        ]),
        ("宓初阳", "副部长", "分管民族宗教股、经济联络股", [
            ("宗教活动场所补助资金分配不公", "★★", "补助方案公开征求意见，结果公示。"),
            ("非公经济人士评先推荐把关不严", "★", "推荐对象征求市场监管、税务等部门意见。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, work, items in leaders:
        recs = []
        for point, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, point, lv, measures])
            t.point(lead.name, "", post, who, "leader", point, [], STARS[lv])
        lead.records(recs, merge_cols=(1, 2, 3))
    _line(lead, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    dept = _Sheet("股室", [6, 14, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "主任", "粟闻笛", "公务接待、会议费用虚列套取", "★★", "接待、会议费用凭清单报销，每季度公开。", "middle"),
        ("办公室", "主任", "粟闻笛", "公文、涉密材料管理不严", "★", "涉密材料专人管理，收发登记。", "middle"),
        ("民族宗教股", "股长", "四郎拉珍", "寺庙维修补助项目审核不实，重复申报", "★★★",
         "补助项目实地核查，建立项目台账。", "middle"),
        ("民族宗教股", "科员", "阚予安", "宗教教职人员生活补贴发放不及时、不足额", "★★",
         "补贴按花名册发放到个人账户，名单公示。", "general"),
        ("经济联络股", "股长", "邗星野", "商会活动经费、联谊活动支出不按标准", "★★",
         "活动经费事前审批，结算附活动方案。", "middle"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], STARS[lv])
    _per_person(dept, first, 1, 2, 3)
    _line(dept, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    return _layout(
        "united_front_two_sheets", "https://www.zjc.gov.cn/info/1701/208151.htm",
        "县委统战部 廉政风险防控表 in two sheets, after the source's 县委统战部 部门决算 (民族宗教工作, 党外人士的政治安排, "
        "非公有制经济代表人士, 侨务, 工商联): ``部领导`` with 姓名, 职务 and ``分管工作`` merged down (常务副部长, 副部长), "
        "and ``股室`` with 股室 merged (办公室, 民族宗教股, 经济联络股), 岗位 and 姓名 merged per person; levels "
        "``★★★/★★/★`` read by a ``注：`` line under each; no type column",
        [lead, dept], t,
    )  # fmt: skip


def organs_committee_register() -> dict:
    unit = f"中共{PLACE}直属机关工作委员会"
    sh = _Sheet("登记表", [6, 10, 10, 36, 10, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查登记表", 8)
    r = sh.add(f"填报股室：机关工委办公室{GAP * 6}填报时间：2024年10月", None, None, None, None, None,
               None, None)  # fmt: skip
    sh.merge(r, 0, r, 7)
    sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
    rows = [
        ("副书记", "旦增尼玛", "党建活动经费分配不按党员人数和标准，向个别支部倾斜", "制度机制", "较高",
         "经费分配方案经工委会议研究，分配结果公开。", None, "leader"),
        ("副书记", "旦增尼玛", "先进基层党组织、优秀党员评选推荐不公", "思想道德", "一般",
         "评选条件公开，推荐结果公示五个工作日。", None, "leader"),
        ("组织员", "覃墨池", "党费收缴、上缴不及时，党费账目不清", "业务流程", "较高",
         "党费专户管理，收缴情况每季度公布。", "兼党费管理员", "general"),
        ("组织员", "覃墨池", "机关发展党员审核把关不严，材料造假", "岗位职责", "一般",
         "发展党员材料两级审核，全程纪实。", None, "general"),
        ("组织员", "覃墨池", "党务干部培训班虚报参训人数", "业务流程", "较低", "培训凭签到表报销。", None,
         "general"),
        ("干事", "鄂初晴", "无", None, None, None, None, None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, note)
        if point != "无":
            t.point(sh.name, "", post, who, tier, point, types_in(typ), MILD[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分较高、一般、较低三档。", 8)
    sh.add("填表人：", None, None, "工委负责人（签字）：", None, None, None, None)
    return _layout(
        "organs_committee_register", "https://czj.baotou.gov.cn/elder/xzgfxwj/24311.html",
        "县直属机关工作委员会 岗位廉政风险排查登记表 after the source's 党政机关基层党组织 党建活动经费管理办法 (直属机关"
        "工委, 党建活动, 党员教育培训, 评选表彰, 经费 审批 and 监督): a title, a merged ``填报股室：机关工委办公室　…　"
        "填报时间：2024年10月`` line, then 序号/岗位 and 姓名 merged per person/``风险内容``/风险类型 (short names)/"
        "风险等级 ``较高/一般/较低``/防控措施/``备注`` (``兼党费管理员``); no 科室 column; a 干事 whose row says only "
        "无; a ``注：`` line naming the three levels and a 填表人/工委负责人签字 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    party_office_centered_labels(),
    npc_office_checklist(),
    cppcc_office_person_sheets(),
    party_school_cards(),
    discipline_group_posts(),
    politics_law_committee_list(),
    united_front_two_sheets(),
    organs_committee_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch236-inbox"))
