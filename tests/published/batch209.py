"""A two-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY COUNTY BODIES' LISTS AS A BUSY OFFICE HAS WORKED ON
THEM — a 县水利局, the 县委统战部, the 政协's 办公室, the 县委巡察办, a 县科学技术局, a 县生态环境局, a
县规划和自然资源局 and a 县林业局 — each handing back its ordinary 一览表, 排查表 or 清单 with columns of
its own added, notes, merged cells, rows added late and a second sheet:

- a 水利局 一览表 with a ``监督责任人`` column naming the 分管副局长 (one of them also a holder in
  the table) or ``派驻纪检组``, a ``完成时限`` and a ``备注`` (``新增``), 股室 merged, 岗位 and 责任人
  merged per person, a ``注：…`` line under it;
- the 统战部's 清单 对岗不对人 with a row INSERTED LATE whose 序号 cell is blank (``备注``: ``审核后补充``),
  一级/二级/三级, and a second sheet ``统计`` counting the points of each 科室 by level, with a 合计;
- the 政协办公室's 一览表 (修订) with a ``修订说明`` column (``原为Ⅱ级，调整为Ⅰ级``, ``新增``, ``文字修改``)
  beside the 风险等级 already changed, and a ``说明：…`` line counting the changes;
- a 科学技术局 一览表 with a ``联系电话`` column after 姓名 and levels ``高风险/中风险/低风险``;
- a 生态环境局 排查表 one sheet a 科室 (tab names short: ``执法支队``), each under a merged line
  ``填报科室：…　　科室负责人：…``, with a ``纪检组意见`` column (``措施需细化``, ``已核``);
- a 规划和自然资源局 一览表 whose 科室 stand only in group rows ``二、耕地保护科``, the 序号 starting
  again under each, ``★★★/★★/★`` with the note that reads them, a ``备注`` (``纪检组反馈后补充``);
- a 慈善会 一览表 with the 风险等级 column BEFORE 风险类型 and 风险点, and a last column ``本人签字`` where
  each holder's name is typed again;
- a 林业局 workbook of two sheets, ``局机关`` and ``林业站`` (the 局's own stations ``岚垭林业站``,
  ``鹿溪林业站`` as its 科室), 对岗不对人, with an ``在岗人数`` column of numbers.

One is harder:

- ``inspection_office_rows_after_signoff``: the 巡察办's 清单 对岗不对人 with no 科室 column, closed
  by its sign-off line ``填表人： | 审核人： | 填报日期：2024年9月10日`` — and UNDER that line a merged
  ``补充风险点（2024年9月20日按县纪委监委反馈意见增加）：`` and two more rows in the same columns,
  their 序号 going on (7, 8), added after the list was signed, as offices add what the 纪委 asks
  for without redoing the sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 区水利局's year: 饮水安全, 水库
管护, 水资源管理, 水土保持; the risks of 统一战线 work; a 政协's 提案审查; a 巡察工作规程 with its
回避 and 巡察组; a 科技局's 科技项目 and 科技政策兑现; a 县环保局's 环境监察执法 and 信访; a 自然资源局's
水土保持方案审批 and 补偿费; a 林业局's 科室 and 科技推广站) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented; every
unit is a body of 城口县 (its towns 岚垭, 鹿溪 invented).

Run ``python tests/published/score.py --set batch209`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- rows under a sign-off line, opened by a ``补充风险点…：`` line and in the table's columns, are
  points of the list (the sign-off does not end it when rows follow);
- a row whose 序号 cell is blank is a point like the others; ``审核后补充`` in its 备注 no point;
- a ``监督责任人`` naming a 副局长 is the supervisor, not the holder, even where that 副局长 holds a
  post in the table (his own rows name him under ``责任人``); ``派驻纪检组`` is nobody;
- a ``修订说明`` saying ``原为Ⅱ级，调整为Ⅰ级`` is a note: the level is the 风险等级 cell;
- a ``联系电话``, an ``在岗人数``, a ``完成时限``, a ``纪检组意见`` and a ``统计`` sheet of counts are no
  points and no holders;
- the 林业局's own stations (``岚垭林业站``) are 科室 of the 局; the 执法支队 of the 生态环境局 a 科室,
  by the full name its 填报科室 line gives (the tab says only ``执法支队``);
- 局长/副局长, 部长/常务副部长, 主任/副主任 of the 政协办公室 and of the 巡察办 are leaders; 科长, 股长,
  办公室主任, a 站长 of the 局's station, the 支队长 of the 局's 支队, 组长 and 副组长 of a 巡察组
  middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b209_"
PLACE = "城口县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def inspection_office_rows_after_signoff() -> dict:
    unit = f"中共{PLACE}委巡察工作领导小组办公室"
    sh = _Sheet("清单", [6, 14, 36, 10, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    header = ("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add(*header)
    rows = [
        ("巡察办主任", "leader", "巡察对象和巡察重点的确定受人情干扰", "思想道德", "高",
         "巡察计划报县委巡察工作领导小组审定,确定过程留痕。"),
        ("巡察办副主任", "leader", "巡察报告审核中弱化、隐瞒巡察发现的问题", "岗位职责", "高",
         "巡察报告实行集体审议,发现问题清单与底稿逐条核对。"),
        ("综合股股长", "middle", "巡察工作经费和差旅费报销把关不严", "制度机制", "中",
         "经费支出按预算执行,报销单据经主任审签。"),
        ("巡察组组长", "middle", "与被巡察单位人员私下接触,泄露巡察工作情况", "外部环境", "高",
         "严格执行回避和保密制度,巡察组成员签订保密承诺。"),
        ("巡察组副组长", "middle", "问题线索移交不及时、不完整", "业务流程", "中",
         "线索移交建立台账,移交清单经组长签字确认。"),
        ("巡察组联络员", "general", "巡察资料借阅、复印登记不全,造成资料外泄", "制度机制", "低",
         "资料借阅复印实行登记,巡察结束后资料统一归档。"),
    ]  # fmt: skip
    late = [
        ("督查督办股股长", "middle", "巡察整改督查中对整改不到位的问题降格处理", "岗位职责", "中",
         "整改督查实行销号管理,未完成事项逐项通报。"),
        ("巡察组组长", "middle", "接受被巡察单位宴请或土特产", "思想道德", "中",
         "巡察期间就餐实行登记,严禁接受被巡察单位任何宴请和礼品。"),
    ]  # fmt: skip
    n = 0
    for post, tier, point, typ, lv, measures in rows:
        n += 1
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "填报日期：2024年9月10日", None)
    _line(sh, "补充风险点（2024年9月20日按县纪委监委反馈意见增加）：", 6)
    for post, tier, point, typ, lv, measures in late:
        n += 1
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    return _layout(
        "inspection_office_rows_after_signoff",
        "https://www.succ.edu.cn/xb/Home/News/view/xwid/f5348cf8b1a4c64a44223ef35e9b6ff5",
        "(harder) 县委巡察办 岗位廉政风险防控清单 对岗不对人, after the source's 巡察工作规程 (巡察办, 巡察组 of 组长 "
        "and 副组长, 回避, 巡察报告, 问题线索移交): 序号/岗位 with its 股 or 组 in it (``综合股股长``, ``巡察组组长``)/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施, no 科室 column; a blank row and the sign-off line "
        "``填表人： | 审核人： | 填报日期：2024年9月10日`` — then UNDER it a merged line ``补充风险点（2024年9月20日按县纪委"
        "监委反馈意见增加）：`` and two more rows in the same columns, 序号 7 and 8 (one a second point of the "
        "巡察组组长), added after the list was signed",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def water_bureau_supervisor_column() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("一览表", [5, 10, 9, 8, 30, 9, 6, 30, 10, 10, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 11)
    r = sh.add(f"填报单位（盖章）：{unit}", *[None] * 5, "填报日期：2024年10月", *[None] * 4)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 10)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人",
           "完成时限", "备注")  # fmt: skip
    rows = [
        ("局领导", "局长", "乜霈然", "水利工程项目安排不经党组集体研究,个人决定", "制度机制", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档备查。", "派驻纪检组", "长期", None, "leader"),
        ("局领导", "副局长", "仉砚池", "防汛抗旱物资采购验收把关不严", "岗位职责", "中",
         "物资采购三家以上比价,验收由使用、财务、纪检三方参加。", "派驻纪检组", "长期", None, "leader"),
        ("办公室", "会计", "蒉峤岚", "水利专项资金拨付审核不严,拨付进度与工程进度不符", "业务流程", "高",
         "拨付凭监理、审计意见,实行会计、分管领导双签。", "仉砚池", "长期", None, "general"),
        ("水资源股", "股长", "昝溯之", "取水许可审批降低条件,对关系企业放宽审查", "岗位职责", "高",
         "取水许可实行初审、复审两级审核,结果网上公开。", "仉砚池", "长期", None, "middle"),
        ("水资源股", "股长", "昝溯之", "水资源费征收中少征、缓征", "外部环境", "中",
         "征收台账按月核对,减缓征收须集体研究。", "仉砚池", "2024年12月底前", None, "middle"),
        ("河湖管理股", "股长", "殳沅芷", "河道采砂许可违规审批,对超范围开采不予查处", "岗位职责", "高",
         "采砂许可公开招标,现场巡查视频留存。", "嵇砚汀", "长期", None, "middle"),
        ("农村水利股", "技术员", "戢晞楠", "农村饮水工程验收走过场,签字放行", "业务流程", "中",
         "验收实行联合验收,验收资料归档备查。", "嵇砚汀", "长期", "新增", "general"),
        ("水土保持站", "站长", "郦槿言", "生产建设项目水土保持方案审查不严", "岗位职责", "中",
         "方案技术审查邀请专家参加,审查意见集体研究。", "嵇砚汀", "长期", None, "middle"),
        ("水土保持站", "站长", "郦槿言", "水土保持补偿费减免随意", "制度机制", "低",
         "减免依据和结果公示,减免审批报局党组研究。", "嵇砚汀", "2024年12月底前", "2024年新增", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, sup, due, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, sup, due, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, lambda row: (row[1], row[8]))])  # fmt: skip
    _line(
        sh,
        "注：风险等级分高、中、低三级；“监督责任人”为分管该股室的局领导，局领导由派驻纪检组监督。",
        11,
    )
    sh.add("填表人：", None, None, "审核人：", None, None, None, "局主要负责人：", None, None, None)
    return _layout(
        "water_bureau_supervisor_column", "http://www.huancui.gov.cn/art/2022/11/16/art_57707_3377749.html",
        "县水利局 岗位廉政风险防控一览表, after the source's account of a 区水利局's year (饮水安全, 水库管护, 灾害防御, "
        "水资源管理, 水土保持): a ``填报单位（盖章）：… | 填报日期：…`` line, then 序号/股室 merged (局领导, 办公室, 水资源股, "
        "河湖管理股, 农村水利股, 水土保持站)/岗位 and 责任人 merged per person/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施, and the office's own columns: ``监督责任人`` (``派驻纪检组`` for the leaders, else the "
        "分管副局长 — 仉砚池, himself a holder in the table, or 嵇砚汀), ``完成时限`` (``长期``, ``2024年12月底前``) and "
        "``备注`` (``新增``, ``2024年新增``); a merged ``注：…`` line and a sign-off line under it",
        [sh], t,
    )  # fmt: skip


def united_front_late_row() -> dict:
    unit = f"中共{PLACE}委统一战线工作部"
    sh = _Sheet("清单", [6, 11, 10, 34, 12, 8, 34, 10])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        (1, "部领导", "常务副部长", "统战工作经费安排不经部务会研究", "制度机制风险", "一级",
         "经费安排方案经部务会集体研究,年终公开使用情况。", None, "leader"),
        (2, "办公室", "主任", "办公用品和会务服务采购不按规定比价", "业务流程风险", "二级",
         "采购三家以上比价,采购与验收分人负责。", None, "middle"),
        (3, "办公室", "出纳", "现金和公务卡报销不及时核对,账实不符", "制度机制风险", "三级",
         "现金日清月结,公务卡消费按月对账。", None, "general"),
        (4, "民族宗教科", "科长", "宗教活动场所设立、扩建审核把关不严", "岗位职责风险", "一级",
         "审核实行现场查看、科室会审、部务会审定。", None, "middle"),
        (5, "民族宗教科", "科长", "少数民族发展资金分配不公开", "岗位职责风险", "二级",
         "资金分配方案和结果公示,接受群众监督。", None, "middle"),
        (None, "民族宗教科", "科员", "宗教团体年度检查中接受宴请", "思想道德风险", "二级",
         "检查两人以上,严禁接受检查对象宴请。", "审核后补充", "general"),
        (6, "经济科", "科长", "推荐非公经济人士政治安排时把关不严,收受好处", "外部环境风险", "一级",
         "推荐人选征求有关部门意见,综合评价结果存档。", None, "middle"),
        (7, "党外干部科", "科长", "党外干部考察推荐中优亲厚友", "思想道德风险", "二级",
         "考察推荐实行民主推荐和集体研究,推荐结果公示。", None, "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for seq, dept, post, point, typ, lv, measures, note, tier in rows:
        sh.add(seq, dept, post, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "2024年10月", None, None)
    stats = _Sheet("统计", [14, 10, 8, 8, 8])
    _line(stats, "风险点统计表", 5)
    stats.add("科室", "风险点数", "一级", "二级", "三级")
    counts = {}
    for _seq, dept, _post, _point, _typ, lv, *_ in rows:
        c = counts.setdefault(dept, [0, 0, 0])
        c[GRADES[lv] - 1] += 1
    for dept, c in counts.items():
        stats.add(dept, sum(c), *c)
    stats.add("合计", len(rows), *[sum(c[k] for c in counts.values()) for k in range(3)])
    return _layout(
        "united_front_late_row", "http://www.handmsg.com/page/2023/0607/21935850.shtml",
        "县委统战部 岗位廉政风险防控清单 对岗不对人, after the source's account of the risks of 统一战线 work (民族宗教, "
        "非公有制经济人士, 党外干部): ``附件2``, the title, then 序号/科室 merged (部领导, 办公室, 民族宗教科, 经济科, "
        "党外干部科)/岗位/风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施/备注 — one row INSERTED LATE in the "
        "民族宗教科 with its 序号 cell BLANK and ``审核后补充`` in 备注, the numbering not redone (1–5, blank, 6, 7); "
        "a sign-off line; a second sheet ``统计`` counting each 科室's points by level, with a 合计 row",
        [sh, stats], t,
    )  # fmt: skip


def cppcc_revision_notes() -> dict:
    unit = f"政协{PLACE}委员会办公室"
    sh = _Sheet("一览表", [6, 11, 8, 8, 34, 8, 34, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表（2024年修订）", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "修订说明")
    rows = [
        ("办公室领导", "主任", "咸雩风", "机关经费大额支出不经主任办公会研究", "Ⅰ级",
         "大额支出经主任办公会研究,会议纪要存档。", "原为Ⅱ级，调整为Ⅰ级", "leader"),
        ("办公室领导", "副主任", "冼莳萝", "委员视察、考察活动超标准安排食宿", "Ⅱ级",
         "视察考察方案事前报批,食宿按标准结算。", None, "leader"),
        ("秘书科", "科长", "帅筠谷", "政协全会会务服务采购指定供应商", "Ⅱ级",
         "会务服务按政府采购程序确定,结果公示。", "新增", "middle"),
        ("秘书科", "科员", "桑鹭汀", "会议材料印制费用虚报", "Ⅲ级",
         "印制数量按参会人数核定,验收签字。", "原为Ⅱ级，调整为Ⅲ级", "general"),
        ("提案科", "科长", "訾苒苒", "提案办理答复审核把关不严,应付了事", "Ⅲ级",
         "提案办理实行面商、回访和满意度测评。", "文字修改", "middle"),
        ("提案科", "科长", "訾苒苒", "为提案者的请托事项向承办单位打招呼、说情", "Ⅱ级",
         "提案交办、督办全程留痕,严禁借提案办理谋私。", "新增", "middle"),
        ("综合科", "会计", "亢鸥沙", "委员履职补助发放不按考勤核定", "Ⅰ级",
         "补助按履职考勤核定,发放名单公示。", "原为Ⅲ级，调整为Ⅰ级", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "说明：本次修订新增风险点2个，调整风险等级3个，修改文字1处。", 8)
    return _layout(
        "cppcc_revision_notes", "http://jspxzx.gov.cn/proposal/show-10.html",
        "县政协办公室 岗位廉政风险点一览表（2024年修订）, after the source's account of a 县政协's 提案审查 (立案, 交办, "
        "委员提案): 序号/科室 merged (办公室领导, 秘书科, 提案科, 综合科)/岗位 and 姓名 merged per person/风险点/风险等级 "
        "Ⅰ级/Ⅱ级/Ⅲ级 (already changed)/防控措施, and a ``修订说明`` column the office kept — ``原为Ⅱ级，调整为Ⅰ级``, "
        "``原为Ⅲ级，调整为Ⅰ级``, ``新增``, ``文字修改`` — naming the OLD level beside the new one; a merged ``说明：本次修订"
        "新增风险点2个，调整风险等级3个…`` under it; no type column",
        [sh], t,
    )  # fmt: skip


def science_bureau_phone_column() -> dict:
    unit = f"{PLACE}科学技术局"
    sh = _Sheet("Sheet1", [5, 11, 8, 8, 14, 32, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "联系电话", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阙蓼汀", "023-59221046", "科技计划项目立项不经党组集体研究", "制度机制", "高风险",
         "项目立项经党组会专题研究,立项结果公示。", "leader"),
        ("局领导", "副局长", "邴檀生", "023-59221038", "科技政策兑现资金审核把关不严", "岗位职责", "中风险",
         "兑现资金实行股室初审、局务会审定、结果公开。", "leader"),
        ("科技创新股", "股长", "仝芜青", "139 8325 6071", "高新技术企业培育申报材料审核走过场", "岗位职责",
         "高风险", "申报材料实地核查,审核意见双人签字。", "middle"),
        ("科技创新股", "科员", "蹇荇川", "152 2317 4089", "科技项目评审中泄露评审专家名单", "外部环境", "中风险",
         "专家随机抽取,名单评审前保密。", "general"),
        ("农村科技股", "股长", "郜漱石", "177 2389 0516", "科技特派员补助发放不按考核结果", "业务流程", "中风险",
         "补助按年度考核结果发放,发放名单公示。", "middle"),
        ("农村科技股", "股长", "郜漱石", "177 2389 0516", "农业科技示范基地验收降低标准", "岗位职责", "低风险",
         "验收邀请行业专家参加,验收报告存档。", "middle"),
        ("办公室", "会计", "扈蕖衣", "023-59221012", "科研项目经费拨付不按合同约定的节点", "制度机制", "低风险",
         "经费按合同节点拨付,拨付前核对项目进度。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, phone, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, phone, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (4, per_person)])  # fmt: skip
    sh.add()
    sh.add(
        "填表人：",
        None,
        None,
        None,
        "联系电话：023-59221012",
        None,
        "填报日期：2024年11月",
        None,
        None,
    )
    return _layout(
        "science_bureau_phone_column", "http://www.xuancheng.gov.cn/News/show/1558539.html",
        "县科学技术局 岗位廉政风险点一览表, after the source's account of a 科技局's 科技项目 (申报, 评审, 立项) and 科技"
        "政策兑现 under 党组 decisions: 序号/股室 merged (局领导, 科技创新股, 农村科技股, 办公室)/岗位, 姓名 and a "
        "``联系电话`` column the office added (``023-59221046``, ``139 8325 6071``) merged per person/风险点/风险类型/"
        "风险等级 ``高风险/中风险/低风险``/防控措施; a blank row and ``填表人： | 联系电话：… | 填报日期：…`` under it",
        [sh], t,
    )  # fmt: skip


def ecology_bureau_sheet_per_dept() -> dict:
    unit = f"{PLACE}生态环境局"
    t = _Truth(unit)
    sheets = []
    parts = [
        ("办公室", "办公室", "璩绛宁", [
            ("主任", "璩绛宁", "公务用车加油、维修费用审核不严", "Ⅲ级", "车辆加油维修实行一车一档,按月公示。",
             None, "middle"),
            ("会计", "酆澈川", "排污权交易等非税收入未及时缴库", "Ⅱ级", "非税收入按日缴库,每月与财政对账。",
             "措施需细化", "general"),
        ]),
        ("环评股", "环境影响评价股", "弭麓白", [
            ("股长", "弭麓白", "建设项目环评文件审批降低标准", "Ⅰ级", "环评审批实行技术评估、集体审议、结果公示。",
             None, "middle"),
            ("科员", "索眠秋", "环评审批前置条件核查走过场", "Ⅱ级", "前置条件逐项核查,核查表双人签字。", "已核",
             "general"),
        ]),
        ("执法支队", "生态环境保护综合行政执法支队", "谯泠风", [
            ("支队长", "谯泠风", "环境违法案件处罚自由裁量不规范", "Ⅰ级", "严格执行处罚裁量基准,重大案件集体审议。",
             None, "middle"),
            ("执法队员", "羿岫云", "现场检查前向企业通风报信", "Ⅰ级", "执法计划临时确定,执法记录仪全程记录。", "已核",
             "general"),
            ("执法队员", "羿岫云", "对群众环境信访件压案不办", "Ⅱ级", "信访件登记编号,办理情况限期反馈。", None,
             "general"),
        ]),
    ]  # fmt: skip
    for tab, dept, head, rows in parts:
        sh = _Sheet(tab, [5, 9, 8, 34, 8, 34, 12])
        _line(sh, f"{unit}岗位廉政风险点排查表", 7)
        _line(sh, f"填报科室：{dept}{GAP}科室负责人：{head}", 7)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "纪检组意见")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures, note)
            t.point(tab, dept, post, who, tier, point, [], ROMAN[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add("科室负责人（签字）：", None, None, None, "2024年8月", None, None)
        sheets.append(sh)
    return _layout(
        "ecology_bureau_sheet_per_dept", "https://tjxnjz.com/contentOpen/detail/5aa0a632f8380ea551df8a38.htm",
        "县生态环境局 岗位廉政风险点排查表 one sheet a 科室, after the source's account of a 县环保局's 环境监察执法 "
        "(查处违法行为, 双随机 检查, 环境信访): tabs ``办公室``, ``环评股``, ``执法支队``, each under the title and a merged "
        "line ``填报科室：生态环境保护综合行政执法支队　　科室负责人：谯泠风`` (the full name; the tab short), then "
        "序号/岗位 and 姓名 merged per person/风险点/风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施/``纪检组意见`` (``措施需细化``, "
        "``已核``); a ``科室负责人（签字）：`` line; no type column",
        sheets, t,
    )  # fmt: skip


def natural_resources_group_rows() -> dict:
    unit = f"{PLACE}规划和自然资源局"
    sh = _Sheet("一览表", [6, 9, 8, 34, 8, 34, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险等级", "防控措施", "备注")
    groups = [
        ("一", "国土空间规划科", [
            ("科长", "甄鹭川", "规划条件变更审查中为开发企业放宽指标", "★★★",
             "规划条件变更经规委会审议,变更结果公示。", None, "middle"),
            ("科员", "暨芸生", "规划许可证核发超时限,借机索要好处", "★★", "许可办理时限网上可查,超时预警。", None,
             "general"),
        ]),
        ("二", "耕地保护科", [
            ("科长", "鄂汀兰", "耕地占补平衡项目验收不实", "★★★", "验收实行实地测量、联合验收、结果公示。", None,
             "middle"),
            ("科长", "鄂汀兰", "设施农用地备案核查走过场", "★★", "备案材料逐项核查,现场照片存档。", None, "middle"),
        ]),
        ("三", "生态修复科", [
            ("科长", "邰秋浦", "矿山生态修复资金拨付不按验收结果", "★★", "资金拨付以验收报告为依据,分期拨付。", None,
             "middle"),
            ("技术员", "贲岚生", "水土保持方案技术审查中收受建设单位好处", "★",
             "技术审查邀请专家参加,审查意见集体研究。", "纪检组反馈后补充", "general"),
        ]),
    ]  # fmt: skip
    for order, dept, rows in groups:
        _line(sh, f"{order}、{dept}", 7)
        first = len(sh.rows)
        for n, (post, who, point, lv, measures, note, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "2024年9月", None)
    return _layout(
        "natural_resources_group_rows", "http://www.kedouhuzhu.com/2022-09/06/content_1429332.htm",
        "县规划和自然资源局 岗位廉政风险防控一览表, after the source's account of a 县自然资源局's 水土保持 work (方案审批, "
        "补偿费征收, 监督检查, 综合治理): 序号/岗位 and 责任人 merged per person/风险点/风险等级 ``★★★/★★/★``/防控措施/"
        "备注 (``纪检组反馈后补充``), the 科室 only in merged group rows ``一、国土空间规划科``, ``二、耕地保护科``, "
        "``三、生态修复科``, the 序号 starting again at 1 under each; the note ``注：★★★为高风险…`` and a sign-off "
        "line; no type column",
        [sh], t,
    )  # fmt: skip


def forestry_bureau_station_sheet() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    parts = [
        ("局机关", f"{unit}岗位廉政风险点一览表（局机关）", "科室", [
            ("资源管理科", "科长", 1, "林木采伐指标分配不公开", "一级",
             "采伐指标分配方案经局党组研究,分配结果公示。", "middle"),
            ("资源管理科", "科员", 2, "伐区调查设计数据弄虚作假", "二级", "伐区设计成果抽查复核。", "general"),
            ("森林保护科", "科长", 1, "森林防火物资采购验收不严", "二级", "防火物资按政府采购程序采购,验收三方签字。",
             "middle"),
            ("规划财务科", "会计", 1, "退耕还林补助资金发放审核不严", "一级", "补助资金通过一卡通发放,发放名单公示。",
             "general"),
        ]),
        ("林业站", f"{unit}基层林业站岗位廉政风险点一览表", "林业站", [
            ("岚垭林业站", "站长", 1, "林木采伐许可现场核查流于形式", "一级", "现场核查两人以上,核查照片存档。",
             "middle"),
            ("岚垭林业站", "护林员", 3, "生态护林员巡护考勤弄虚作假", "三级", "巡护实行手机定位打卡,每月抽查。",
             "general"),
            ("鹿溪林业站", "站长", 1, "林地征占用现场查验不实", "二级", "查验结果由站长、分管领导双签。", "middle"),
            ("鹿溪林业站", "站长", 1, "林权流转纠纷调处中偏袒一方", "三级", "调处过程记录在案,结果书面告知双方。",
             "middle"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, title, dept_head, rows in parts:
        sh = _Sheet(tab, [5, 12, 8, 8, 34, 8, 34])
        _line(sh, title, 7)
        sh.add("序号", dept_head, "岗位", "在岗人数", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (dept, post, count, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, dept, post, count, point, lv, measures)
            t.point(tab, dept, post, "", tier, point, [], GRADES[lv])
        per_post = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
        sheets.append(sh)
    return _layout(
        "forestry_bureau_station_sheet", "https://drbdp.com/4-7356609.html",
        "县林业局 岗位廉政风险点一览表 对岗不对人 in two sheets, after the source's account of a 林业局's 科室 (资源管理科, "
        "森林保护科, 规划财务科) and 科技推广站: ``局机关`` (序号/科室 merged/岗位/``在岗人数`` (1, 2)/风险点/风险等级 "
        "一级/二级/三级/防控措施) and ``林业站`` titled ``城口县林业局基层林业站…``, the same columns but the first headed "
        "``林业站`` (``岚垭林业站``, ``鹿溪林业站``) and a 护林员 post of 3; no type column, no names",
        sheets, t,
    )  # fmt: skip


def charity_level_first_signed() -> dict:
    unit = f"{PLACE}慈善会"
    sh = _Sheet("一览表", [5, 9, 8, 8, 8, 12, 34, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险等级", "风险类型", "风险点", "防控措施", "本人签字")
    rows = [
        ("会领导", "会长", "佴蘅舟", "高", "制度机制风险", "慈善项目资金安排不经会长办公会集体研究",
         "资金安排方案经会长办公会研究,重大事项报理事会审议。", "leader"),
        ("会领导", "秘书长", "帖雪樵", "中", "岗位职责风险", "定向捐赠款物未按捐赠人意愿使用",
         "定向捐赠逐笔建档,使用情况向捐赠人反馈。", "leader"),
        ("募捐部", "部长", "隆岫青", "中", "外部环境风险", "接受捐赠企业请托,为其冠名宣传谋取利益",
         "冠名事项按章程审批,宣传内容集体审定。", "middle"),
        ("募捐部", "部长", "隆岫青", "低", "业务流程风险", "捐赠收据开具不及时、不规范",
         "每笔捐赠当日开具收据,收据专人领用核销。", "middle"),
        ("救助部", "干事", "粟泊禾", "高", "岗位职责风险", "救助对象审核把关不严,优亲厚友",
         "救助对象实行村（社区）评议、三级审批、结果公示。", "general"),
        ("综合部", "会计", "檀素问", "中", "制度机制风险", "善款收支未及时入账,账实不符",
         "善款收支日清月结,每年接受审计并公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, lv, typ, point, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, lv, typ, point, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person),
                            (8, per_person)])  # fmt: skip
    sh.add("填表人：", None, None, None, None, "审核人：", None, "2024年10月", None)
    return _layout(
        "charity_level_first_signed", "http://m.sneakeraddict.net/news/show-151975.html",
        "县慈善会 岗位廉政风险点一览表, after the source's account of a 县慈善总会's 阳光慈善 (会长办公例会, 救助评议"
        "公示, 三级审批, 捐赠收据, 年度审计): 序号/部门 merged (会领导, 募捐部, 救助部, 综合部)/岗位 and 姓名 merged per "
        "person, then the level BEFORE the point — 风险等级 高/中/低/风险类型 ``…风险``/风险点/防控措施 — and a last "
        "column ``本人签字`` where each holder's name is typed again, merged per person; a sign-off line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    inspection_office_rows_after_signoff(),
    water_bureau_supervisor_column(),
    united_front_late_row(),
    cppcc_revision_notes(),
    science_bureau_phone_column(),
    ecology_bureau_sheet_per_dept(),
    natural_resources_group_rows(),
    forestry_bureau_station_sheet(),
    charity_level_first_signed(),
]

RESAVED: tuple[str, ...] = ()  # no re-saved copies in this batch


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch209-inbox"))
