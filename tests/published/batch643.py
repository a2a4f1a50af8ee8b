"""The six-hundred-and-forty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's animal
husbandry and veterinary bodies, 卓资县 (of 乌兰察布市, 内蒙古自治区) — its 动物疫病预防控制中心, 畜牧工作站,
动物卫生监督所, 农牧综合行政执法大队 and its 镇 兽医站 (旗下营镇, 卓资山镇, 十八台镇, 巴音锡勒镇) — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 动物疫病预防控制中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 畜牧工作站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低; no names;
- the 旗下营镇兽医站's 自查表, one sheet a person: a label row ``姓　名 | 所在组室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 卓资山镇兽医站's 责任清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 十八台镇兽医站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作
  line, ``★★★/★★/★`` read by a ``注：`` line;
- the 巴音锡勒镇兽医站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 农牧综合行政执法大队's 排查登记表: ``中队`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhuozi_animal_health_ditto_marks``: the 动物卫生监督所's 岗位廉政风险点台账, ``序号 | 科室 | 岗位 |
  责任人 | 廉政风险点 | 风险等级 | 防控措施``, where the 科室, 岗位, 责任人 and 风险等级 are written ONCE,
  at the head of a run, each followed by ``（下同）`` (``检疫股（下同）``, ``官方兽医（下同）``,
  ``仇昶翮（下同）``, ``一级（下同）``), and the cells below are left EMPTY (not merged) until the next
  written value, which may carry its own ``（下同）`` again; the runs of the four columns do not line
  up (a holder's run of points may change level in the middle, a new level starting its own
  ``（下同）``). ``（下同）`` is the clerk's “the same below”: the value holds for every following row
  until another is written. The README's 读得懂的表 knows ``同上`` in a cell (the value of the row
  above), ``〃``, merged cells and blanks under a merged person; it does not describe a value written
  once with ``（下同）`` carrying down over unmerged empty cells — in the 风险等级 column too, where
  an empty level cell would otherwise be an unlevelled point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (畜禽屠宰 专项整治 — 私屠滥宰, 生鲜乳
收购; 乱开检疫证; 畜禽产品安全 法律法规 — 饲料, 兽药; 畜产品可追溯 — 家畜标识; 动物防疫 与 生物安全 —
强制免疫; 动物卫生监管所 的职责 — 疫病监测, 屠宰场 监督; 机构改革后 畜牧兽医站 — 人员抽调, 工作经费; 检疫
不合格的动物 的处理费用) and the layout follows their words for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (the rare surnames 仇 and 卜
with rare given names); every unit is a body of 卓资县.

Run ``python tests/published/score.py --set batch643`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a value written with ``（下同）`` holds, without the bracket, for its row and
  every following row whose cell is empty, until the next written value; this is true of 科室,
  岗位, 责任人 and 风险等级 alike; a written value without ``（下同）`` holds for its row only (none
  occurs with an empty cell below it); the 注 line and the sign-off line are no points;
- ``中心领导``, ``站领导``, ``所领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those leaders;
  the 中心's leaders (sheet ``中心领导``, no 科室 column) and the cards' leaders have no 科室; a 股,
  a 科 and a 中队 are 科室;
- every body is a unit of its own: 主任, 副主任, 站长, 副站长, 所长, 副所长, 大队长 are leaders;
  股长, 科长, 中队长 middle; the rest (官方兽医, 检疫员, 防疫员, 会计, 出纳, 执法队员, 技术员) general;
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

PREFIX = "b643_"
PLACE = "卓资县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
DITTO = "（下同）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, 廉政风险点, 风险等级, 防控措施), every row written out in full here
DITTO_ROWS = [
    ("所领导", "所长", "仇昶翮", "leader", "检疫票证、动物卫生证章标志管理失控", "一级",
     "票证专人专柜管理，领用核销台账每月核对。"),
    ("所领导", "所长", "仇昶翮", "leader", "对违法案件应立案不立案、以罚代刑", "一级", "案件集体审理，处罚结果公示。"),
    ("所领导", "所长", "仇昶翮", "leader", "接受屠宰企业宴请、礼品礼金", "二级", "签订廉洁承诺书，节前廉洁提醒。"),
    ("检疫股", "股长", "卜沇琦", "middle", "产地检疫申报受理不及时、选择性受理", "二级", "申报受理网上留痕，超时自动提醒。"),
    ("检疫股", "股长", "卜沇琦", "middle", "指定检疫人员时安排利害关系人", "二级", "检疫任务随机派发，利害关系回避。"),
    ("检疫股", "官方兽医", "仇翙湲", "general", "不检疫就出证、只收费不检疫", "一级",
     "检疫电子出证，现场检疫拍照上传。"),
    ("检疫股", "官方兽医", "仇翙湲", "general", "驻场检疫放行未检或检疫不合格的胴体", "一级",
     "驻场官方兽医轮换，宰前宰后检疫记录存档。"),
    ("检疫股", "官方兽医", "仇翙湲", "general", "跨省调运动物落地报告核查走过场", "二级", "落地报告逐车核查，抽检比例不低于三成。"),
    ("监督股", "官方兽医", "卜翯湄", "general", "病死畜禽无害化处理监管不到位，收受好处", "二级",
     "无害化处理全程视频，处理数量与保险理赔比对。"),
    ("监督股", "官方兽医", "卜翯湄", "general", "养殖场防疫条件审查降低标准", "三级", "审查两人以上现场核查，结果公示。"),
]  # fmt: skip


def zhuozi_animal_health_ditto_marks() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("风险点台账", [6, 10, 10, 12, 40, 11, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点台账", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 7)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    last = [None] * 4
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(DITTO_ROWS, 1):
        now = [dept, post, who, lv]
        shown = [v + DITTO if v != last[k] else None for k, v in enumerate(now)]
        # a holder's run restarts the 岗位 too (the same post of another person is written again)
        if who != last[2]:
            shown[1] = post + DITTO
        last = now
        sh.add(i, shown[0], shown[1], shown[2], point, shown[3], measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：科室、岗位、责任人、风险等级栏标“下同”的，以下各行与之相同，不再重复填写。", 7)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None)
    return _layout(
        "zhuozi_animal_health_ditto_marks",
        "https://www.mifoxo.com/news/jie-mi-ren-huai-dong-wu-wei-sheng-jian-guan-suo-shou-hu-jian-kang-gong-zhu-he-xie-jia-yuan.html",
        "(harder) 县动物卫生监督所 岗位廉政风险点台账, after the source's page on a 动物卫生监管所's duties (疫病监测, 屠宰场 "
        "监督检查, 动物源性食品, 检疫): a title, a 填报单位 line, 序号/科室/岗位/责任人/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施 where 科室, 岗位, 责任人 and 风险等级 are written ONCE with ``（下同）`` and the cells below are left EMPTY "
        "(not merged) until the next written value; the four columns' runs do not line up; a ``注：`` line explaining "
        "“下同” and a 填表人/审核人/所长（签字） line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhuozi_cdc_two_sheets() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("卜湛珝", "主任", "主持全面工作", [
            ("强制免疫疫苗招标采购中指定供应商", "一级", "疫苗采购经中心班子会研究，进入政府采购平台。"),
            ("实验室检测设备采购参数量身定制", "一级", "采购参数经专家论证并公示。"),
        ]),
        ("仇珣璈", "副主任", "分管疫病监测、实验室", [
            ("疫病监测采样数量和结果弄虚作假", "一级", "采样记录双人签字，结果与上级抽检比对。"),
            ("布病、包虫病检测结果出具不实", "二级", "检测报告二级审核，原始记录存档。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室岗位廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("免疫科", "科长", "卜玹骞", "middle", "疫苗分发数量不按免疫计划核定", "一级", "疫苗分发按乡镇存栏核定，出入库台账公开。"),
        ("免疫科", "科长", "卜玹骞", "middle", "强制免疫补助资金核算不实", "二级", "补助资金按免疫档案核算，公示发放。"),
        ("免疫科", "技术员", "仇霡岫", "general", "疫苗冷链管理不善造成报废后瞒报", "三级", "冷链温度自动记录，报废集体核销。"),
        ("财务室", "会计", "卜璟霙", "general", "检测收费不开票据、坐收坐支", "一级", "收费统一开票，收入全额上缴。"),
        ("财务室", "出纳", "仇琇翚", "general", "备用金借支不及时清理", "二级", "备用金每季度清理，逾期停借。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhuozi_cdc_two_sheets", "http://m.jizihe.com/page/2020/0110/14585793.shtml",
        "县动物疫病预防控制中心 廉政风险防控一览表 in TWO SHEETS, after the source's article on 动物防疫 and 生物安全 "
        "(人畜共患病, 强制免疫, 疫病监测): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhuozi_livestock_station_posts() -> dict:
    unit = f"{PLACE}畜牧工作站"
    sh = _Sheet("排查表", [6, 12, 10, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "良种补贴项目实施主体确定暗箱操作", "制度机制风险", "高",
         "实施主体公开遴选，结果公示。"),
        ("站领导", "站长", "leader", "种畜禽生产经营许可审核放宽条件", "岗位职责风险", "高", "许可审核两人现场核查，集体研究。"),
        ("畜牧股", "股长", "middle", "肉牛、肉羊良种登记数据虚报", "业务流程风险", "中", "良种登记与耳标信息比对抽查。"),
        ("畜牧股", "技术员", "general", "技术推广项目物资发放不登记", "业务流程风险", "中", "物资发放农户签字，台账备查。"),
        ("饲草料股", "技术员", "general", "饲草料补贴面积核实不严", "外部环境风险", "低", "补贴面积实地丈量，村组公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "zhuozi_livestock_station_posts", "http://download.cucdc.com/wenku/d732a63640794be78b43707b48b672d3.html",
        "县畜牧工作站 岗位廉政风险点排查表 对岗不对人, after the source's article on 畜产品可追溯 (家畜标识, 良种, 养殖档案): "
        "a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; "
        "an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhuozi_qixiaying_selfchecks() -> dict:
    unit = f"{PLACE}旗下营镇兽医站"
    t = _Truth(unit)
    people = [
        ("仇翾骎", "站领导", "站长", "leader", [
            ("村级防疫员补助发放不按考核结果", "Ⅰ级", "补助按考核结果发放，名单公示。", "已落实"),
            ("动物诊疗活动乱收费", "Ⅱ级", "收费标准上墙公示。", "未发现问题"),
        ]),
        ("卜霑琰", "防疫组", "防疫员", "general", [
            ("免疫档案、耳标佩戴信息填报不实", "Ⅰ级", "免疫档案与耳标信息逐户核对。", "已落实"),
            ("向养殖户推销兽药、饲料", "Ⅲ级", "签订承诺书，公开举报电话。", "已落实"),
            ("病死畜禽收集数量虚报", "Ⅱ级", "收集单由养殖户、防疫员双签。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在组室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhuozi_qixiaying_selfchecks", "http://www.victorzhang.cn/page/2021/1203/12279920.shtml",
        "镇兽医站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "机构改革后 乡镇畜牧兽医站 (人员抽调, 工作经费, 村级防疫员): a title, a label row ``姓　名 | 所在组室 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zhuozi_zhuozishan_group_rows() -> dict:
    unit = f"{PLACE}卓资山镇兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "卜瑀翃", "leader", [
                ("病死畜禽无害化处理补助核定不实", "一级风险", "补助与收集转运记录比对，公示。"),
                ("定点屠宰场日常监管中吃拿卡要", "一级风险", "监管检查两人以上，记录存档。"),
            ]),
        ]),
        ("二、检疫组", "检疫组", [
            ("检疫员", "仇沄翥", "general", [
                ("生鲜乳收购站监管检查走过场", "二级风险", "收购站检查记录每月上报。"),
                ("出具检疫证明不查验免疫标识", "二级风险", "出证前查验耳标和免疫档案。"),
            ]),
            ("防疫员", "卜岍霂", "general", [
                ("私屠滥宰线索不报告", "三级风险", "线索登记台账，及时移交执法大队。"),
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
        "zhuozi_zhuozishan_group_rows", "http://mpmpc.cn/wap/index.php?itemid=26878&moduleid=21&page=3",
        "镇兽医站 廉政风险防控责任清单, after the source's 畜禽屠宰监管专项整治 (私屠滥宰, 病死畜禽, 生鲜乳收购): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、检疫组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhuozi_shibatai_cards() -> dict:
    unit = f"{PLACE}十八台镇兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "仇岖琛", "站长", "主持兽医站全面工作", "leader", [
            ("强制免疫疫苗调拨分配不公", "★★★", "疫苗按存栏量分配，调拨单公示。"),
            ("动物防疫员选聘优亲厚友", "★★", "选聘公开报名、考核、公示。"),
        ]),
        ("检疫员", "卜湑琮", "检疫员", "负责产地检疫、检疫申报受理", "general", [
            ("乱开检疫证明、代签检疫证明", "★★★", "电子出证，检疫证明编号核销。"),
            ("检疫收费后不实施检疫", "★★", "现场检疫影像上传。"),
            ("接受畜禽经纪人宴请", "★", "严守廉洁纪律，签订承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
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
        "zhuozi_shibatai_cards", "https://m.how234.cn/sbgazgjztfsbgaeghh",
        "镇兽医站 岗位廉政风险防控卡, one sheet a person, after the source's question on 乱开检疫证 and its consequences: "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/"
        "防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhuozi_bayinxile_list() -> dict:
    unit = f"{PLACE}巴音锡勒镇兽医站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "仇翛琦", "leader", "草原牧区防疫物资采购不比价", "制度机制", "高风险", "采购三家比价，集体研究。"),
        ("站领导", "站长", "仇翛琦", "leader", "兽医站房屋、设备出租收入不入账", "岗位职责", "中风险", "出租收入统一入账，年终公开。"),
        ("防疫组", "防疫员", "卜瑢岷", "general", "牲畜口蹄疫免疫耳标重复发放", "业务流程", "中风险", "耳标发放登记到户。"),
        ("防疫组", "防疫员", "卜瑢岷", "general", "免疫抗体采样以少报多", "外部环境", "低风险", "采样数量与送检单核对。"),
        ("综合组", "会计", "仇琰骢", "general", "村级防疫员劳务补助冒领", "思想道德", "高风险", "补助打卡发放，本人签字。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zhuozi_bayinxile_list", "https://www.zhetiaohe.com/ss/7963aaf921fc51ff352f8dd4ce50dfa71dd1b1385fcdc1fbcd6fe251d4cfb099732b5582ca93b50e31c1582e3ac6918ed60ce516082e7f68.html",
        "镇兽医站 岗位廉政风险防控一览表, after the source's question on 检疫不合格的动物、动物产品 and who bears "
        "the 处理费用: ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhuozi_enforcement_register() -> dict:
    unit = f"{PLACE}农牧综合行政执法大队"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "中队", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "卜琤翾", "leader", [
            ("兽药饲料违法案件处罚自由裁量不公", "制度机制", "一级", "严格执行裁量基准，案件集体审理。"),
        ]),
        ("畜牧兽医执法中队", "中队长", "仇瀞珝", "middle", [
            ("兽药经营企业检查中通风报信", "思想道德", "一级", "检查计划随机抽取，当日通知。"),
            ("查扣的违禁兽药、饲料添加剂处置不登记", "业务流程", "二级", "罚没物品登记造册，集中销毁。"),
        ]),
        ("畜牧兽医执法中队", "执法队员", "卜霈骞", "general", [
            ("瘦肉精抽检样品调包", "岗位职责", "二级", "抽样双人签封，全程记录。"),
            ("对私屠滥宰举报不及时查处", "外部环境", "三级", "举报登记台账，限时办结。"),
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
        "zhuozi_enforcement_register", "http://www.beautifulbeakers.com/aqzs/95516.html",
        "县农牧综合行政执法大队 廉政风险点排查登记表, after the source's article on 畜禽产品安全 法律法规 (饲料和饲料添加剂, "
        "兽药, 违禁药物, 药物残留): a title, 序号/中队 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhuozi_animal_health_ditto_marks(),
    zhuozi_cdc_two_sheets(),
    zhuozi_livestock_station_posts(),
    zhuozi_qixiaying_selfchecks(),
    zhuozi_zhuozishan_group_rows(),
    zhuozi_shibatai_cards(),
    zhuozi_bayinxile_list(),
    zhuozi_enforcement_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch643-inbox"))
