"""The seven-hundred-and-fifty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
司法 bodies, 凌源市 (of 朝阳市, 辽宁) — its 司法局, 公共法律服务中心, 社区矫正管理局, 法律援助中心,
社区戒毒社区康复工作办公室 and two 司法所 (城关街道, 四官营子镇) — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 司法局's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person,
  ``一级/二级/三级``, no type column;
- the 公共法律服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
  no names;
- the 社区矫正管理局's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line;
- the 城关街道司法所's 清单 under GROUP ROWS ``一、所领导`` … merged across, ``一级风险/二级风险/三级风险``;
- the 法律援助中心's 自查表, one sheet a person: a label row over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 四官营子镇司法所's TWO-SHEET workbook (``所领导`` | ``工作人员``) under a 填报单位 line,
  ``高风险/中风险/低风险``;
- the 社区戒毒社区康复工作办公室's 登记表: ``岗位 | 姓名`` on every row, ``风险类别`` (short names),
  ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``lingyuan_hongshan_office_row_numbers``: the 红山街道司法所's 岗位廉政风险点排查表 has NO 序号 and
  no 岗位 or 姓名 column: ``风险点 | 风险等级 | 防控措施`` only, the rows of all holders run on
  without a break, and a ``说明：`` line under the table names each holder by the SPREADSHEET'S OWN
  ROW NUMBERS (``第4—6行为所长仉某某的风险点；第7—8行为…``) — the numbers Excel prints at the left
  edge, not item numbers of the list. The README's 读得懂的表 knows a 分工 table naming point-number
  ranges (``第1至3项``), a note moving numbered items to other holders, holder numbers keyed by a
  numbered 说明 and levels given by 序号 in a note; it does not describe holders given only by the
  worksheet's row numbers in a note, with no 序号 column to count by.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 戒毒系统 法治场所建设标准 —
重大行政决策, 依法行政; a 公共法律服务平台建设 意见 — 实体平台, 窗口, 热线; a page on who supervises
社区矫正; a page on the features of 公共法律服务 — 法律援助; a 司法局 年度工作 review — 司法所建设,
律师执业许可; a city's 公共法律服务促进办法 — 乡镇 公共法律服务工作站, 村居法律顾问, 经费; a page on a
戒毒所's 教导员 — 康复劳动, 排查; a 人民日报 report on three 司法所长 — 人民调解, 社区矫正, 调解书) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 仉 and 冼 with rare given names); every unit is a body
of 凌源市.

Run ``python tests/published/score.py --set batch751`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``说明：`` line's row numbers are the worksheet's row numbers (1 is the
  title row); each named range is one holder's points, post and name as the line writes them, no
  科室 (the 所 has none); the 说明 line and the sign-off line are no points;
- the 司法局's 局领导 (a ``科室`` cell ``局领导``) and the 城关街道司法所's ``所领导`` (a group row) are the
  科室 of those leaders; the 四官营子镇司法所's sheets ``所领导`` | ``工作人员`` are kinds of staff, not
  科室: their holders have no 科室 (as batch558's sheet 局领导); the cards' and the 自查表's holders take
  the 科室 their label rows write;
- 局长, 副局长, 主任 of a 中心/局/办 and 所长 are leaders; 科长 and 副所长 middle; the rest (科员, 司法助理员,
  人民调解员, 矫正社工, 援助律师, 窗口工作人员, 专职人员) general;
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

PREFIX = "b751_"
PLACE = "凌源市"
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

# (post, name, tier, [(风险点, 风险等级, 防控措施)])
HONGSHAN = [
    ("所长", "仉璆瓛", "leader", [
        ("人民调解案件“以奖代补”经费申报虚报调解件数", "一级", "以奖代补经费按调解卷宗逐件核对，季度公示。"),
        ("社区矫正对象请假外出审批把关不严、人情审批", "一级", "请假审批所务会研究，全程录入智慧矫正平台。"),
        ("接受矫正对象及其家属宴请、礼品", "二级", "签订廉洁承诺书，定期开展回访。"),
    ]),
    ("副所长", "冼翙龢", "middle", [
        ("调查评估意见受人情干扰，出具不实评估", "一级", "调查评估两人以上共同走访，意见集体讨论。"),
        ("矫正对象违规情形不按规定提请警告", "二级", "违规情形按清单认定，处理情况每月报局审核。"),
    ]),
    ("司法助理员", "仉赟翯", "general", [
        ("人民调解协议书制作不规范、代签代写", "二级", "调解书当场签署，卷宗专人归档。"),
        ("为当事人介绍律师、法律服务工作者收取好处", "三级", "严禁私下推介，公开法律援助申请渠道。"),
    ]),
]  # fmt: skip


def lingyuan_hongshan_office_row_numbers() -> dict:
    unit = f"{PLACE}红山街道司法所"
    sh = _Sheet("排查表", [46, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 3)
    _line(sh, f"填报单位：{unit}{GAP * 12}2025年5月", 3)
    sh.add("风险点", "风险等级", "防控措施")
    ranges = []
    for post, who, tier, points in HONGSHAN:
        first = len(sh.rows) + 1  # the worksheet's own row number
        for point, lv, measures in points:
            sh.add(point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        ranges.append((first, len(sh.rows), post, who))
    note = "；".join(f"第{a}—{b}行为{post}{who}的风险点" for a, b, post, who in ranges)
    _line(sh, f"说明：{note}。风险等级分一级、二级、三级。", 3)
    sh.add("填表：", "审核：", "所长（签字）：")
    return _layout(
        "lingyuan_hongshan_office_row_numbers",
        "http://paper.people.com.cn/rmrb/html/2018-09/12/nw.D110000renmrb_20180912_1-17.htm",
        "(harder) 街道司法所 岗位廉政风险点排查表, after the source's 人民日报 report on three 司法所长 (人民调解, 社区矫正, "
        "调解书, 调解委员会 备案, 人手吃紧): a title, a merged 填报单位/date line, then ONLY ``风险点 | 风险等级 | 防控措施`` "
        "— no 序号, no 岗位 or 姓名 column — the rows of three holders running on without a break; a merged ``说明：`` "
        "line names each holder by the WORKSHEET'S OWN ROW NUMBERS (``第4—6行为所长仉璆瓛的风险点；…``); "
        "``一级/二级/三级``; a 填表/审核/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def lingyuan_justice_bureau_list() -> dict:
    unit = f"{PLACE}司法局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "仉琇蘅", "leader", "重大行政决策不经集体讨论、合法性审查走过场", "一级",
         "重大行政决策事项目录年初公布，党组会集体决定。"),
        ("局领导", "局长", "仉琇蘅", "leader", "干预司法所、法律服务机构人员选用", "二级", "人员选用按程序公开，纪检组全程监督。"),
        ("局领导", "副局长", "冼瑢岿", "leader", "律师事务所、基层法律服务所年度考核打招呼", "一级",
         "年度考核材料双人审核，结果公示。"),
        ("行政复议与应诉科", "科长", "仉荇璁", "middle", "行政复议案件审理中偏袒一方、压案不办", "一级",
         "复议案件集体审议，办理期限系统预警。"),
        ("行政复议与应诉科", "科员", "冼棻璈", "general", "复议材料、卷宗泄露当事人信息", "三级", "卷宗专柜管理，借阅登记。"),
        ("办公室", "主任", "仉湝琚", "leader", "办公用品和执法装备采购不比价", "二级", "采购三家比价，验收与采购分岗。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "lingyuan_justice_bureau_list", "http://gdjdj.gd.gov.cn/gdjdj/ZhengCeFaGui/content/post_3534894.html",
        "市司法局 岗位廉政风险防控一览表, after the source's 戒毒系统 法治场所建设标准 (重大行政决策程序, 民主决策, 依法行政): "
        "``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingyuan_legal_service_center_posts() -> dict:
    unit = f"{PLACE}公共法律服务中心"
    sh = _Sheet("排查表", [6, 12, 14, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "法律顾问、值班律师遴选不公开", "制度机制风险", "高", "遴选方案公开，结果公示。"),
        ("中心领导", "主任", "leader", "值班律师补贴审核发放不实", "业务流程风险", "中", "补贴按值班记录核发，财务复核。"),
        ("服务窗口", "窗口工作人员", "general", "接待群众时推介特定律师事务所", "思想道德风险", "高",
         "窗口实行轮值，严禁推介，群众评价器评价。"),
        ("服务窗口", "窗口工作人员", "general", "公证、鉴定咨询转介中收受好处", "外部环境风险", "中", "转介登记留痕，每月回访。"),
        ("热线平台", "热线接线员", "general", "12348热线咨询记录不全、敷衍应答", "岗位职责风险", "低", "通话全程录音，随机抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "lingyuan_legal_service_center_posts", "http://sft.gd.gov.cn/sfw/zwgk/zcwj/content/post_3572603.html",
        "市公共法律服务中心 岗位廉政风险排查表 对岗不对人, after the source's 公共法律服务平台建设 意见 (实体平台, 窗口, 热线, "
        "网络平台, 值班律师): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def lingyuan_correction_bureau_cards() -> dict:
    unit = f"{PLACE}社区矫正管理局"
    t = _Truth(unit)
    cards = [
        ("局长", "冼璘芃", "局长", "主持全面工作", "leader", [
            ("社区矫正对象暂予监外执行收监建议不及时提请", "★★★", "收监情形局务会研究，及时提请决定机关。"),
            ("矫正对象减刑建议材料审核把关不严", "★★★", "减刑建议材料两级审核，报检察机关监督。"),
            ("接受矫正对象亲属请托", "★", "落实过问干预登记报告制度。"),
        ]),
        ("矫正社工", "仉翮湫", "矫正社工", "日常监管、教育帮扶", "general", [
            ("电子定位监管数据异常不报告", "★★", "定位数据每日核查，异常即报。"),
            ("教育学习、公益活动考勤弄虚作假", "★★", "活动签到拍照上传，所长抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("工作职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "lingyuan_correction_bureau_cards", "http://fengdujob.net/go/社区矫正由哪个部门监管.html",
        "市社区矫正管理局 岗位廉政风险防控卡, one sheet a person, after the source's page on who supervises 社区矫正 "
        "(司法行政部门, 社区矫正机构, 检察监督): a title, ``姓　名 | … | 职　务 | …`` and a merged 工作职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def lingyuan_chengguan_office_group_rows() -> dict:
    unit = f"{PLACE}城关街道司法所"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "冼琡蘅", "leader", [
                ("安置帮教对象过渡性安置补助分配不公", "一级风险", "补助对象所务会研究并公示。"),
                ("司法所办公经费报销把关不严", "二级风险", "经费报销经街道财政所审核。"),
            ]),
        ]),
        ("二、人民调解组", "人民调解组", [
            ("人民调解员", "仉蘅澂", "general", [
                ("调解中偏袒一方当事人、收受好处", "一级风险", "调解回避，调解结果回访。"),
                ("调解卷宗补做、虚增案件数量", "二级风险", "卷宗按月编号，随机抽查。"),
            ]),
        ]),
        ("三、社区矫正组", "社区矫正组", [
            ("司法助理员", "冼珰翃", "general", [
                ("矫正对象报到、走访记录弄虚作假", "二级风险", "走访留痕，平台定位核对。"),
                ("矫正对象档案资料丢失、泄露", "三级风险", "档案专柜双锁管理。"),
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
        "lingyuan_chengguan_office_group_rows", "https://www.paxyq.com/t/si-fa-ju-nian-du-gong-zuo-liang-dian-yu-tiao-zhan-hui-gu-yu-zhan-wang.html",
        "街道司法所 廉政风险防控责任清单, after the source's 司法局 年度工作 review (司法所建设, 法律援助, 法治宣传): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、所领导``, "
        "``二、人民调解组``, ``三、社区矫正组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def lingyuan_legal_aid_selfchecks() -> dict:
    unit = f"{PLACE}法律援助中心"
    t = _Truth(unit)
    people = [
        ("仉璈芷", "中心领导", "主任", "leader", [
            ("法律援助申请经济困难审查放宽、人情指派", "Ⅰ级", "审查标准公开，指派系统轮派。", "已落实"),
            ("援助案件补贴标准执行不一", "Ⅱ级", "补贴按案件质量评估结果核发。", "未发现问题"),
        ]),
        ("冼琂湑", "援助科", "援助律师", "general", [
            ("向受援人收取费用或财物", "Ⅰ级", "结案回访受援人，公开投诉电话。", "已落实"),
            ("办案敷衍，不按期阅卷会见", "Ⅱ级", "案件质量同行评估。", "已落实"),
            ("将援助案件转为有偿代理", "Ⅲ级", "援助案件全程登记，结案审查。", "未发现问题"),
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
        "lingyuan_legal_aid_selfchecks", "http://fengdujob.net/go/公共法律服务的特点有哪些.html",
        "市法律援助中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page on the "
        "features of 公共法律服务 (公益性, 法律援助, 均等): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a "
        "row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def lingyuan_siguanyingzi_office_two_sheets() -> dict:
    unit = f"{PLACE}四官营子镇司法所"
    t = _Truth(unit)
    sheets = []
    parts = [
        ("所领导", [
            ("所长", "冼蘅璟", "leader", "村（社区）法律顾问服务经费核拨不实", "高风险", "经费按服务台账核拨，镇财政所复核。"),
            ("所长", "冼蘅璟", "leader", "公共法律服务工作站场地、设备采购不公开", "中风险", "采购报镇政府审批，结果公示。"),
            ("副所长", "仉琯岏", "middle", "法律顾问考核打分优亲厚友", "中风险", "考核由村（社区）评议打分。"),
        ]),
        ("工作人员", [
            ("司法助理员", "冼翽璚", "general", "法律顾问服务记录代填代签", "高风险", "服务记录村居签字确认，随机电话回访。"),
            ("专职人民调解员", "仉蔼珰", "general", "调解补贴领取虚报", "低风险", "补贴按卷宗核发，季度公示。"),
        ]),
    ]  # fmt: skip
    for tab, rows in parts:
        sh = _Sheet(tab, [6, 10, 10, 40, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控一览表（{tab}）", 6)
        _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 6)
        sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
        sh.add("填表人：", None, "审核人：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "lingyuan_siguanyingzi_office_two_sheets", "http://www.jieyang.gov.cn/zwgk/jcxxgk/fggw/dfxfg/content/post_994115.html",
        "镇司法所 岗位廉政风险防控一览表 in TWO SHEETS ``所领导`` | ``工作人员``, after the source's 公共法律服务促进办法 "
        "(乡镇 公共法律服务工作站, 村（社区）法律顾问, 经费保障): a title naming the sheet, a merged 填报单位（盖章）/填报时间 "
        "line, then 序号/岗位 and 姓名 merged per person/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施",
        sheets, t,
    )  # fmt: skip


def lingyuan_drug_rehab_office_register() -> dict:
    unit = f"{PLACE}社区戒毒社区康复工作办公室"
    sh = _Sheet("登记表", [6, 10, 10, 38, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("主任", "仉瓛蓁", "leader", "社区康复人员解除康复评估放宽标准", "岗位职责", "一级", "评估结果集体研究，报市禁毒办备案。"),
        ("主任", "仉瓛蓁", "leader", "帮扶救助资金分配不公", "制度机制", "二级", "救助名单公示，资金直达个人账户。"),
        ("专职人员", "冼湜瑧", "general", "尿检结果登记弄虚作假", "业务流程", "一级", "尿检双人在场，结果即时上传。"),
        ("专职人员", "冼湜瑧", "general", "康复劳动、就业安置推荐收受好处", "思想道德", "二级", "推荐岗位公开，结果回访。"),
        ("专职人员", "仉翃琲", "general", "康复人员信息泄露", "外部环境", "三级", "信息系统分级授权，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 7)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None)
    return _layout(
        "lingyuan_drug_rehab_office_register", "https://html.dingxue1101.com/jzfz/7706.html",
        "市社区戒毒社区康复工作办公室 廉政风险点排查登记表, after the source's page on a 戒毒所's 教导员 (康复劳动, 排查, "
        "学员管理): a title, 序号/岗位/姓名 written on EVERY row/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lingyuan_hongshan_office_row_numbers(),
    lingyuan_justice_bureau_list(),
    lingyuan_legal_service_center_posts(),
    lingyuan_correction_bureau_cards(),
    lingyuan_chengguan_office_group_rows(),
    lingyuan_legal_aid_selfchecks(),
    lingyuan_siguanyingzi_office_two_sheets(),
    lingyuan_drug_rehab_office_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch751-inbox"))
