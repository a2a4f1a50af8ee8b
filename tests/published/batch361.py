"""The three-hundred-and-sixty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
人力资源和社会保障 bodies, 未央区 (a district of 西安, its staff Han) — the 区人力资源和社会保障局, its
劳动保障监察大队, 就业服务中心, 社会保险经办中心, 城乡居民社会养老保险经办中心, 劳动人事争议仲裁院 and
人才交流服务中心, and a 街道's 劳动保障服务站 — each handing back the 一览表, 防控卡, 排查表, 责任清单, 登记表 or 自查表 its staff
typed in WPS or Excel:

- the 人力资源和社会保障局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader)
  and ``机关科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 劳动保障监察大队's 防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 监察员): PAIRS
  ``姓　名 | … | 职　务 | …`` and ``所在中队 | … | 执法证号 | …`` above ``序号 | 执法环节 | 廉政风险点 |
  风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人（签字）： | …
  大队长（签字）：``;
- the 就业服务中心's 一览表 under GROUP ROWS ``一、中心领导``, ``二、就业援助科``, ``三、创业服务科``,
  ``四、职业培训科`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 城乡居民社会养老保险经办中心's 排查表 对岗不对人: ``科室`` merged (中心领导, 参保缴费科, 待遇核发科,
  基金财务科), ``岗位`` merged per post, a short ``风险点`` beside a long ``风险表现``, ``…风险`` types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date line;
- the 劳动人事争议仲裁院's 自查表, one sheet a person (tabs ``Sheet1`` … ``Sheet3`` as WPS names them): a
  LABEL ROW ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 |
  风险等级 | 防控措施 | 自查情况``, ``…风险`` types, ``高风险/中风险/低风险``, ``本人签名： | … | 院长意见：``;
- the 张家堡街道劳动保障服务站's 责任清单 under ``附件3`` and a merged ``填报单位（盖章）：…　填报时间：…``
  line: no 科室 column (the 站 has none), ``岗位`` and ``责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, short types, ``一级风险/二级风险/三级风险``, the measures and a LAST ``责任领导``
  column naming the 站长 on every row;
- the 人才交流服务中心's 一览表 under ``附件1``: ``部门 | 岗位 | 责任人`` written out on EVERY row, nothing
  merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type column.

One is harder:

- ``weiyang_social_insurance_comment_legend``: the 社会保险经办中心's 岗位廉政风险点登记表 filled in on
  the 区人社局's template, whose FILLING LEGEND LIVES ONLY IN CELL COMMENTS (批注). The table is
  ordinary — ``附件2``, a title, a ``填报单位（盖章）：…　填报时间：…`` line, ``序号 | 科室 | 岗位 | 姓名 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with 科室 merged and 岗位/姓名 merged per person — but its
  ``风险类型`` cells hold only the digits ``1``–``5`` and its ``风险等级`` cells only the letters
  ``A``/``B``/``C``. What they mean is written in the template's 批注 on the two header cells (the red
  corner Excel and WPS show; the text pops up on hovering): on ``风险类型`` ``填写说明：请填写代码。1—思想
  道德风险；2—制度机制风险；3—岗位职责风险；4—业务流程风险；5—外部环境风险。``, on ``风险等级``
  ``填写说明：请填写代码。A—一级（高）风险；B—二级（中）风险；C—三级（低）风险。`` (a third 批注 on
  ``姓名`` says how to write a post held by two). The only line in the cells that speaks of them is the
  note under the table ``注：风险类型、风险等级请按表头批注所列代码填写。`` — it points to the comments
  and gives no code's meaning. The README's 读得懂的表 knows level and type legends under the table,
  on a line above it, in the header's own text (``风险等级(A级为高、B级为中…)``), on a ``填表说明`` sheet
  of the same file, in a ``标识 | 含义`` box beside the table and in a ``填表说明`` above it; it knows a
  type column of codes read by such a legend (``TYPE_CODES``); and it says ``A/B/C`` without a legend
  are not guessed. It does not describe a legend held in a CELL COMMENT, outside every cell, with
  nothing in the cells saying what the codes mean.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 人力社保局's 行政执法责任制 — its
执法科室 考录调配科, 事业单位管理科, 工资福利科, 仲裁科, 监察科, 养老保险科, 合法执法, 公正执法, 程序规范;
a 市人社局's 治理欠薪“秋季行动” — 线上受理投诉举报, 线下巡查检查, 督办重点案件, 欠薪积案; a 市 就业
再就业 意见 — 就业援助, 就业困难人员认定, 零就业家庭, 公益性岗位, 就业专项资金; an 养老保险经办机构's
内部控制 — 组织业务运行, 基金财务, 人力资源, 信息控制; 劳动人事争议仲裁组织规则 — 仲裁委员会, 仲裁院,
专职和兼职仲裁员, 回避, 办案; a 州人社局's 工作规则 — 各科室、直属单位、经办机构 职责, 工作守则,
党风廉政建设责任制度; a 公益性岗位 政策 — 按季申请岗位补贴, 人员名单, 工资明细; a 市 社会保险
经办机构 内部控制实施办法 — 业务部门, 稽核部门, 集体研究, 岗位设置, 相互制约) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body
of 未央区, named with the district's name.

Run ``python tests/published/score.py --set batch361`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the header comments are the legend: ``1``–``5`` in ``风险类型`` are 思想道德,
  制度机制, 岗位职责, 业务流程, 外部环境 (one type a point), ``A``/``B``/``C`` in ``风险等级`` are 1/2/3;
  the comments are no cell, no point and name nobody, and the ``注：`` line pointing to them is no
  point; the form's holder, 岗位 and 科室 are the table's own columns;
- ``局领导`` (the 局's sheet of its leaders, named so by its tab and title), ``大队领导`` (the 大队长's
  card's 所在中队), ``中心领导`` (a group row, a 科室 cell) and ``院领导`` (the 院长's 科室 cell) are the
  科室 of those leaders; a 局's 科 and 办公室, a 中心's 科 and 部, a 仲裁院's 科 and 仲裁庭 and a 大队's
  中队 are 科室; a group
  row ``二、就业援助科`` gives the 科室 ``就业援助科`` (its number left off); the 劳动保障服务站 has no 科室
  (the department stays "");
- every 局, 大队, 中心, 院 and 站 here is a unit of its own: 局长, 副局长, 大队长, 副大队长, a 中心's 主任 and
  副主任, 院长 and 站长 are leaders; 科长, 办公室主任, a 中心's 部长 and 中队长 middle; the rest (科员,
  监察员, 经办员, 审核员, 会计, 出纳, 稽核员, 仲裁员, 档案管理员, 代理专员, 专干, 协理员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``执法环节``, ``职责事项``, ``执法证号``
  and ``自查情况`` are no points and name no holder; the 劳动保障服务站's LAST ``责任领导`` column names a
  supervisor (the holder is ``责任人``); the 养老保险经办中心's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``Ⅰ级/Ⅱ级/Ⅲ级``,
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 人才交流服务中心's
  note) and the harder file's ``A/B/C`` (read by its
  comment) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44``'s, plus
the header comments a sheet lists under ``comments``) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b361_"
PLACE = "未央区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

LEGEND_UNIT = f"{PLACE}社会保险经办中心"
TYPE_CODES = {str(i): t for i, t in enumerate(TYPES, 1)}  # 1 思想道德 … 5 外部环境
LEVEL_CODES = {"A": 1, "B": 2, "C": 3}
LEGEND_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
TYPE_COMMENT = (
    "填写说明：请填写代码。1—思想道德风险；2—制度机制风险；3—岗位职责风险；4—业务流程风险；"
    "5—外部环境风险。"
)
LEVEL_COMMENT = "填写说明：请填写代码。A—一级（高）风险；B—二级（中）风险；C—三级（低）风险。"
NAME_COMMENT = "填写说明：填写在岗人员姓名，一岗多人的分行填写。"
LEGEND_NOTE = "注：风险类型、风险等级请按表头批注所列代码填写。"
# (科室, 岗位, 姓名, tier, [(廉政风险点, 类型代码, 等级代码, 防控措施)])
LEGEND_ROWS = [
    ("中心领导", "主任", "訾昀岍", "leader", [
        ("基金支出等重大事项不经集体研究，个人决定", "2", "A", "重大事项提交中心会议集体研究，纪要存档备查。"),
        ("对业务部门和稽核部门的相互制约不落实，一人多岗", "2", "B", "不相容岗位分设，岗位权限每年清理。"),
    ]),
    ("参保登记科", "科长", "綦曜珩", "middle", [
        ("为不符合条件的人员违规办理参保、补缴", "3", "A", "补缴业务经科长复核、分管副主任审批。"),
    ]),
    ("参保登记科", "经办员", "厍澍沂", "general", [
        ("参保信息变更不核对原始材料，随意修改缴费基数", "4", "B", "信息变更凭原件办理，系统留痕，稽核抽查。"),
        ("接受用人单位宴请，放松缴费核定", "1", "C", "签订廉洁承诺，公布监督电话。"),
    ]),
    ("待遇审核科", "审核员", "亓琰涔", "general", [
        ("待遇核定中多算缴费年限，虚增待遇", "3", "A", "待遇核定实行初审、复核两级审核。"),
        ("对死亡人员冒领待遇线索不核查、不追回", "5", "B", "每月与公安、民政数据比对，疑点入户核实。"),
    ]),
    ("基金财务科", "会计", "钭昶淇", "general", [
        ("基金支付凭证审核不严，违规拨付", "4", "A", "支付凭证经办、审核、审批三签，按月对账。"),
    ]),
    ("稽核内控科", "稽核员", "弭翀沄", "general", [
        ("稽核发现问题瞒报不报、私下了结", "1", "B", "稽核结果集体审定，问题清单限期销号。"),
    ]),
]  # fmt: skip


def weiyang_social_insurance_comment_legend() -> dict:
    unit = LEGEND_UNIT
    sh = _Sheet("登记表", [6, 12, 9, 9, 38, 9, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险点登记表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    head = sh.add(*LEGEND_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in LEGEND_ROWS:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, int(typ), lv, measures)  # typed as a number
            t.point(sh.name, dept, post, who, tier, point, [TYPE_CODES[typ]], LEVEL_CODES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, LEGEND_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, "中心主任（签字）：", None, None)
    data = sh.data()
    data["comments"] = [
        (head, LEGEND_HEAD.index("姓名"), NAME_COMMENT),
        (head, LEGEND_HEAD.index("风险类型"), TYPE_COMMENT),
        (head, LEGEND_HEAD.index("风险等级"), LEVEL_COMMENT),
    ]
    lay = _layout(
        "weiyang_social_insurance_comment_legend", "https://www.zhongtaihexin.com/policy/localpolicy/853",
        "(harder) 区社会保险经办中心 岗位廉政风险点登记表 on the 区人社局's template, after the source's 社会保险经办机构 内部控制"
        "实施办法 (业务部门, 稽核部门, 集体研究, 岗位设置, 相互制约): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年9月`` line, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型/风险等级/防控措施 — the 风险类型 cells "
        "hold only the codes ``1``–``5`` and the 风险等级 cells only ``A``/``B``/``C``, and what they mean is written ONLY in CELL "
        "COMMENTS (批注) on those two header cells (``1—思想道德风险；…``, ``A—一级（高）风险；…``); under the table a ``注：`` line "
        "that only points to the comments, and a 填表人/审核人/中心主任（签字） line",
        [], t,
    )  # fmt: skip
    lay["sheets"] = [data]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def weiyang_hrss_bureau_two_sheets() -> dict:
    unit = f"{PLACE}人力资源和社会保障局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 36, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "蒯霁昕", "主持局全面工作，分管办公室、人事和财务", [
            ("干部选拔任用和事业单位进人搞个人说了算", "一级", "落实党组集体研究，选任全程纪实。"),
            ("大额资金使用不经党组会研究", "一级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("副局长", "鄞曦沐", "分管考录调配、事业单位人事管理和工资福利", [
            ("事业单位公开招聘资格审查中放宽条件", "一级", "招聘方案和资格审查结果公示，纪检全程监督。"),
            ("工资福利审批中为关系人违规晋档", "二级", "工资审批材料逐项复核，结果在单位内公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年9月", None)
    dept = _Sheet("机关科室", [6, 16, 9, 9, 36, 9, 32])
    _line(dept, f"{unit}机关科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "郜琤湘", "middle", [
            ("公务接待和会议费用超标准列支", "三级", "接待、会议事前审批，费用清单公示。"),
        ]),
        ("事业单位人事管理科", "科长", "眭昉泓", "middle", [
            ("岗位设置审核中违规增加高级岗位", "二级", "岗位设置方案经局务会审定后报批。"),
            ("人员聘用备案不审核即盖章", "二级", "聘用备案材料清单化审核，两人签字。"),
        ]),
        ("工资福利科", "科员", "蔺洢岚", "general", [
            ("工资变动核定中多算工龄、错定档次", "二级", "核定结果复核后通知单位，按季抽查。"),
        ]),
        ("劳动关系科", "科员", "揭珝泷", "general", [
            ("特殊工时审批中收受企业好处", "一级", "审批条件公开，现场核查两人以上。"),
            ("劳务派遣单位年审走过场", "三级", "年审结果网上公示，接受举报。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年9月", None)
    return _layout(
        "weiyang_hrss_bureau_two_sheets", "https://qqjlz.com/redian/qitawenan/x48167.html",
        "区人力资源和社会保障局 廉政风险防控表 in two sheets, after the source's 人力社保 行政执法责任制 (执法科室 考录调配科, 事业单位管理科, "
        "工资福利科, 仲裁科, 监察科, 养老保险科; 合法执法, 公正执法, 程序规范): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per "
        "leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``机关科室`` (a title, 序号/科室 merged/岗位 "
        "and 姓名 merged per person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def weiyang_labor_inspection_cards() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "隗澜芃", "大队长", "大队领导", "leader", "JC-2501", [
            ("案件办理", "重点欠薪案件督办中为用人单位说情，降格处理", "★★★", "重点案件集体研究，说情打招呼登记报告。"),
            ("执法检查计划", "年度检查对象确定时避开关系企业", "★★", "检查对象“双随机”抽取，结果公示。"),
            ("罚没款管理", "罚款不按规定上缴，坐收坐支", "★★★", "罚款一律通过银行代收，按月对账。"),
        ]),
        ("一中队中队长", "郇旸淼", "中队长", "一中队", "middle", "JC-2506", [
            ("投诉受理", "对线上受理的欠薪投诉拖延不立案", "★★★", "投诉统一登记编号，超期自动预警。"),
            ("现场巡查", "巡查前向企业透露检查时间", "★★", "巡查对象临时确定，执法记录仪全程记录。"),
        ]),
        ("监察员", "汲芮岷", "监察员", "一中队", "general", "JC-2514", [
            ("调查取证", "调取工资台账不完整，选择性取证", "★★", "调查取证两人以上，证据清单当事人签字。"),
            ("处理结果送达", "接受用人单位宴请、礼品", "★", "签订廉洁执法承诺，节前廉洁提醒。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, badge, points in cards:
        sh = _Sheet(tab, [6, 12, 34, 10, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在中队", dept, "执法证号", badge, None)
        sh.add("序号", "执法环节", "廉政风险点", "风险等级", "防控措施")
        for i, (step, point, stars, measures) in enumerate(points, 1):
            sh.add(i, step, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人（签字）：", None, None, "大队长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "weiyang_labor_inspection_cards", "https://www.sanqin.com/2025-10/16/content_11369474.html",
        "区劳动保障监察大队 岗位廉政风险防控卡, one sheet a holder (tabs 大队长, 一中队中队长, 监察员), after the source's 市人社局 "
        "治理欠薪“秋季行动” (线上受理投诉举报, 线下巡查检查, 督办重点案件, 欠薪积案): a title, PAIRS ``姓　名 | … | 职　务 | …`` and "
        "``所在中队 | … | 执法证号 | …``, then 序号/``执法环节``/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 大队长（签字）：``",
        sheets, t,
    )  # fmt: skip


def weiyang_employment_center_group_rows() -> dict:
    unit = f"{PLACE}就业服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "亢沛璟", "leader", [
                ("就业专项资金分配不按规定程序，个人决定", "制度机制", "高", "资金分配方案经中心会议研究并报局审定。"),
                ("公益性岗位开发向关系单位倾斜", "岗位职责", "中", "岗位开发申报条件和结果公开。"),
            ]),
        ]),
        ("二、就业援助科", "就业援助科", [
            ("科长", "续翰湄", "middle", [
                ("就业困难人员认定把关不严", "业务流程", "高", "认定材料街道初审、中心复核，结果公示。"),
            ]),
            ("科员", "扈宸漪", "general", [
                ("零就业家庭帮扶台账弄虚作假", "岗位职责", "中", "台账与社保参保数据比对，科长抽查。"),
                ("公益性岗位补贴名册与在岗人员不符", "业务流程", "高", "按季核对考勤和工资明细后拨付。"),
            ]),
        ]),
        ("三、创业服务科", "创业服务科", [
            ("科员", "暴彧岑", "general", [
                ("创业担保贷款推荐中收受申请人好处", "思想道德", "中", "推荐条件公开，推荐名单集体审定。"),
            ]),
        ]),
        ("四、职业培训科", "职业培训科", [
            ("科长", "麴潆瑄", "middle", [
                ("培训机构认定和补贴审核中接受请托", "外部环境", "高", "培训过程视频抽查，补贴凭实名考勤拨付。"),
                ("培训补贴资金虚报冒领未发现", "业务流程", "低", "补贴名单公示，学员电话回访。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "weiyang_employment_center_group_rows", "http://www.fsou.net.cn/html/text/lar/170842/17084209_3.html",
        "区就业服务中心 岗位廉政风险防控一览表, after the source's 市 就业再就业 意见 (就业援助, 就业困难人员认定, 零就业家庭, 公益性岗位, "
        "就业专项资金): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、中心领导``, ``二、就业援助科``, ``三、创业服务科``, ``四、职业培训科`` merged across (no 科室 column); 岗位 and 姓名 merged per "
        "person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weiyang_pension_center_posts() -> dict:
    unit = f"{PLACE}城乡居民社会养老保险经办中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("经办系统权限分配", "为本人或他人设置超出岗位职责的系统权限", "制度机制风险", "Ⅰ级",
             "权限分配经中心会议研究，每季清理。"),
            ("人员管理", "临聘人员招用不公开，优亲厚友", "思想道德风险", "Ⅱ级", "招用方案和结果公示。"),
        ]),
        ("参保缴费科", "经办员", "general", [
            ("个人缴费档次调整", "违规为参保人调高或补缴缴费档次", "业务流程风险", "Ⅱ级", "档次调整凭本人申请，系统留痕。"),
            ("代收缴费对账", "村级代收缴费不及时对账，挪用保费", "岗位职责风险", "Ⅰ级", "代收保费按日入账，按月对账。"),
        ]),
        ("待遇核发科", "科长", "middle", [
            ("待遇资格认证", "资格认证走过场，死亡人员继续领取待遇", "岗位职责风险", "Ⅰ级", "认证数据与殡葬、公安信息比对。"),
        ]),
        ("待遇核发科", "审核员", "general", [
            ("丧葬补助金审核", "丧葬补助金重复发放或冒领", "业务流程风险", "Ⅱ级", "审核与支付分岗，名单公示。"),
        ]),
        ("基金财务科", "出纳", "general", [
            ("基金支付", "支付账户与参保人信息不符即支付", "外部环境风险", "Ⅲ级", "支付前系统核验账户，会计复核。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "weiyang_pension_center_posts", "https://fx361.cc/page/2022/1106/21772552.shtml",
        "区城乡居民社会养老保险经办中心 岗位廉政风险点排查表 对岗不对人, after the source's 养老保险经办机构 内部控制 (组织业务运行, "
        "基金财务, 人力资源, 信息控制): a title, 序号/科室 merged (中心领导, 参保缴费科, 待遇核发科, 基金财务科)/岗位 merged per post/"
        "a short 风险点/a long ``风险表现``/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | "
        "2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def weiyang_arbitration_selfchecks() -> dict:
    unit = f"{PLACE}劳动人事争议仲裁院"
    t = _Truth(unit)
    people = [
        ("Sheet1", "庹鹄岚", "院领导", "院长", "leader", [
            ("仲裁员聘任和办案分配中照顾关系人", "制度机制风险", "高风险", "仲裁员聘任经仲裁委员会研究，案件随机分配。",
             "已落实"),
            ("重大疑难案件不提交仲裁委员会讨论", "岗位职责风险", "中风险", "重大案件提交仲裁委员会集体讨论。", "已落实"),
        ]),
        ("Sheet2", "鄂洺翾", "立案科", "科长", "middle", [
            ("对符合条件的仲裁申请不予受理或拖延立案", "业务流程风险", "高风险", "立案条件公开，不予受理的书面说明理由。",
             "已落实"),
            ("向当事人泄露对方提交的证据和案情", "思想道德风险", "中风险", "案卷材料专人管理，查阅登记。", "正在整改"),
        ]),
        ("Sheet3", "覃霈旻", "仲裁庭", "仲裁员", "general", [
            ("应当回避而不回避，私下会见当事人", "思想道德风险", "高风险", "严格执行回避制度，会见一律在院内。", "已落实"),
            ("调解中偏袒用人单位，压低劳动者诉求", "外部环境风险", "中风险", "调解协议当庭宣读，双方签字确认。", "已落实"),
            ("裁决书送达不及时，超审限结案", "业务流程风险", "低风险", "审限系统预警，超期案件通报。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 12, 10, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, dept, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add("本人签名：", None, None, "院长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "weiyang_arbitration_selfchecks", "https://360docs.net/doc/0611768147.html",
        "区劳动人事争议仲裁院 岗位廉政风险自查表, one sheet a person (tabs ``Sheet1``–``Sheet3``), after the source's 劳动人事争议仲裁组织"
        "规则 (仲裁委员会, 仲裁院, 专职和兼职仲裁员, 回避, 办案): a title, a LABEL ROW ``姓　名 | 科　室 | 岗　位 | 填表时间`` over a row "
        "of values, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def weiyang_zhangjiabao_station_duties() -> dict:
    unit = f"{PLACE}张家堡街道劳动保障服务站"
    sh = _Sheet("责任清单", [6, 12, 9, 18, 34, 10, 10, 30, 9])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年9月", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief = "戢涟岫"
    rows = [
        ("站长", chief, "leader", [
            ("公益性岗位人员推荐", "推荐上岗人员优亲厚友", "思想道德", "一级风险", "推荐名单经站务会研究并张榜公示。"),
            ("站内工作考核", "协理员考核打人情分", "制度机制", "三级风险", "考核细则公开，结果公示。"),
        ]),
        ("公益性岗位专干", "闵昳澂", "general", [
            ("岗位补贴按季申报", "补贴名册虚列已离岗人员", "业务流程", "一级风险", "名册与考勤、工资明细逐人核对。"),
            ("就业困难人员初审", "初审中不入户核实即出具意见", "岗位职责", "二级风险", "初审两人入户，材料留存影像。"),
        ]),
        ("社保协理员", "甯岑渼", "general", [
            ("灵活就业人员参保代办", "代办参保时收取好处费", "外部环境", "二级风险", "代办免费，公布投诉电话。"),
            ("待遇资格认证协助", "代替未到场人员完成认证", "岗位职责", "一级风险", "认证须本人到场或视频认证。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None, None)
    return _layout(
        "weiyang_zhangjiabao_station_duties", "http://o.borongbank.cn/show-411715.html",
        "区街道劳动保障服务站 廉政风险防控责任清单, after the source's 公益性岗位 政策 (按季申请岗位补贴, 人员名单, 工资明细账): ``附件3``, "
        "a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/岗位 and ``责任人`` merged per person (no 科室 "
        "column)/``职责事项``/廉政风险点/风险类别 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施/a LAST ``责任领导`` "
        "column naming the 站长 on every row; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weiyang_talent_center_every_row() -> dict:
    unit = f"{PLACE}人才交流服务中心"
    sh = _Sheet("一览表", [6, 12, 11, 9, 38, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逄昉珺", "leader", "流动人员人事档案接收中为关系人违规调整档案材料", "Ⅰ",
         "档案材料增补经两人审核，重要材料变动报局备案。"),
        ("中心领导", "主任", "逄昉珺", "leader", "人才招聘会场地和服务采购不比价", "Ⅱ", "采购按限额比价，结果公开。"),
        ("档案管理部", "部长", "郦琰岍", "middle", "档案借阅审批不严，违规提供查阅", "Ⅱ", "借阅凭单位介绍信和审批单，登记留痕。"),
        ("档案管理部", "档案管理员", "靳淏瑀", "general", "出具档案证明时收取好处费", "Ⅰ", "证明事项清单上墙，免费出具。"),
        ("档案管理部", "档案管理员", "靳淏瑀", "general", "档案转递不及时，丢失档案材料", "Ⅲ", "转递实行机要通道，台账逐件登记。"),
        ("人事代理部", "代理专员", "璩湉昱", "general", "为不符合条件人员办理人事代理", "Ⅱ", "代理条件公开，材料部长复核。"),
        ("职称服务部", "部长", "冼曜淇", "middle", "职称申报材料初审中放宽条件", "Ⅰ", "初审结果公示，评审材料集体复核。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "weiyang_talent_center_every_row", "http://ynwsrs.gov.cn/html/LAW/48/9333.html",
        "区人才交流服务中心 岗位廉政风险防控一览表, after the source's 州人社局 工作规则 (各科室、直属单位、经办机构 职责, 工作守则, "
        "党风廉政建设责任制度): ``附件1``, a title, 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare "
        "``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weiyang_social_insurance_comment_legend(),
    weiyang_hrss_bureau_two_sheets(),
    weiyang_labor_inspection_cards(),
    weiyang_employment_center_group_rows(),
    weiyang_pension_center_posts(),
    weiyang_arbitration_selfchecks(),
    weiyang_zhangjiabao_station_duties(),
    weiyang_talent_center_every_row(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, dates, taller rows for Alt+Enter) plus the cell comments
    (批注) a sheet lists under ``comments`` [(r, c, text)], as the template's author left them."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 9, 1, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r, c, text in sheet.get("comments") or ():
            ws.write_comment(r, c, text, {"author": "区人社局", "x_scale": 2, "y_scale": 1.5})
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch361-inbox"))
