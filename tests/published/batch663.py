"""The six-hundred-and-sixty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's 苏木 and
牧民合作社 bodies, 正镶白旗 (of 锡林郭勒盟, 内蒙古自治区) — its 伊和淖尔、乌兰察布、宝力根陶海苏木人民政府,
its 畜牧兽医站 and 草原工作站, the 明安图镇农牧业综合服务中心 and 星耀镇综合保障和技术推广中心 — each
handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 伊和淖尔苏木's 一览表 in TWO SHEETS ``苏木领导`` / ``站所``, ``一级/二级/三级``, no type column;
- the 畜牧兽医站's 排查表 对岗不对人 with ``风险点 | 风险表现``, ``…风险`` types, 高/中/低; no names;
- the 草原工作站's 自查表, one sheet a person, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 乌兰察布苏木's 责任清单 under GROUP ROWS ``一、苏木领导`` …, ``一级风险/二级风险/三级风险``;
- the 宝力根陶海苏木's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 明安图镇中心's 一览表 under ``附件2`` and a 填报单位（盖章） line, short types, ``高风险/中风险/低风险``;
- the 星耀镇中心's 排查登记表, ``股室`` merged, short types, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zxbq_herders_union_paired_lines``: the 牧民专业合作社联合社's 岗位廉政风险点一览表, ONE ROW A POINT
  (``序号 | 廉政风险点 | 责任人 | 风险等级 | 防控措施``) whose 责任人 cell lists one to three holders ONE A
  LINE (``理事长　郝霁岷⏎会计　毕沅翯``) and whose 风险等级 cell lists, WITHOUT LABELS, one level a line in
  the same order (``一级⏎二级``): each holder's own level of the shared point, paired by line. The
  README's 读得懂的表 knows a shared point's 责任岗位 and 责任人 cells listing posts and holders one a line
  (paired with each other, one level for the row) and a shared point's level cell LABELLED by post
  (``副主任：二级⏎采购员：一级``); this one pairs bare levels with the holders by their order alone (a
  ``注：`` line says so). Chosen under a 20-minute limit: the README was grepped for its key words, not
  read through, so it may turn out to be a near variant of the labelled shape.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (草原生态保护补助奖励 and 牧业联合社,
农业补贴, 受灾农牧民补助, 草原监测, 课题经费, 村干部监督, 农村集体经济, 农机购置补贴) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 毕 and 郝 with rare given names); every unit is a
body of 正镶白旗 (no earlier unit names it: ``unit_words=("正镶白旗",)``).

Run ``python tests/published/score.py --set batch663`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each line of a 责任人 cell is a holder (post then name) and the same line of
  the 风险等级 cell is his level of the row's point; one form a holder, no 科室 (the table names
  none), in order of first appearance; 理事长 and 监事长 are leaders, 理事 middle, 会计 and 出纳
  general; the ``注：`` line and the sign-off line are no points;
- a 苏木's 站所 (农牧业综合服务站, 财政所), a 站's 室/股 and a 中心's 股/室 are 科室; ``站领导``,
  ``中心领导``, ``苏木领导`` are the 科室 of those leaders; the sheet 苏木领导 and the cards name no 科室;
- 苏木达, 副苏木达, 党委书记, 站长 (of a 站 that is the unit), 主任 (of a 中心 that is the unit) are
  leaders; a 站所's 站长/所长, a 股长 and 党政综合办's 主任 middle; the rest general;
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

PREFIX = "b663_"
PLACE = "正镶白旗"
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

# (风险点, [(post, name, tier, level word)] one a line, 防控措施)
PAIRED = [
    ("合作社财政扶持项目申报材料弄虚作假", [("理事长", "郝霁岷", "leader", "一级"), ("会计", "毕沅翯", "general", "二级")],
     "项目申报经成员大会讨论，材料在社务公开栏公示。"),
    ("联合社统一收购牛羊时压级压价、优亲厚友", [("理事长", "郝霁岷", "leader", "一级")],
     "收购价格每日公示，过磅由成员代表监督。"),
    ("盈余返还不按交易量分配", [("理事长", "郝霁岷", "leader", "二级"), ("监事长", "毕岍澂", "leader", "二级"),
                       ("会计", "毕沅翯", "general", "一级")],
     "盈余分配方案经成员大会通过，返还名册公示。"),
    ("饲草料统一采购收受供货商回扣", [("理事", "郝珝潆", "middle", "一级"), ("监事长", "毕岍澂", "leader", "三级")],
     "采购三家比价，监事会全程监督。"),
    ("成员出资和股金台账登记不实", [("会计", "毕沅翯", "general", "二级")], "股金台账每季度与成员核对签字。"),
    ("现金收付不入账，公款私存", [("出纳", "郝琤岢", "general", "一级"), ("会计", "毕沅翯", "general", "三级")],
     "现金日清月结，大额收付一律走对公账户。"),
    ("合作社牧业机械出租收入不入账", [("理事", "郝珝潆", "middle", "二级"), ("出纳", "郝琤岢", "general", "二级")],
     "机械出租登记造册，收入当日交出纳入账。"),
]  # fmt: skip


def zxbq_herders_union_paired_lines() -> dict:
    unit = f"{PLACE}牧民专业合作社联合社"
    sh = _Sheet("风险点", [6, 40, 16, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年5月", 5)
    sh.add("序号", "廉政风险点", "责任人", "风险等级", "防控措施")
    for i, (point, holders, measures) in enumerate(PAIRED, 1):
        sh.add(i, point, "\n".join(f"{post}{GAP}{who}" for post, who, _, _ in holders),
               "\n".join(lv for *_, lv in holders), measures)  # fmt: skip
    order = []
    for _, holders, _ in PAIRED:
        for post, who, tier, _ in holders:
            if (post, who, tier) not in order:
                order.append((post, who, tier))
    for post, who, tier in order:
        for point, holders, _ in PAIRED:
            for p, w, _, lv in holders:
                if (p, w) == (post, who):
                    t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _line(
        sh,
        "注：一个风险点有几位责任人的，“风险等级”一格按“责任人”一格的先后顺序逐行填写各人的等级。",
        5,
    )
    sh.add("制表：", None, "审核：", None, "理事长（签字）：")
    return _layout(
        "zxbq_herders_union_paired_lines", "https://soolun.net/periodical/0271490e85c831c5ae004ac2d2d95de6.html",
        "(harder) 旗 牧民专业合作社联合社 岗位廉政风险点一览表, after the source's note on 草原生态保护补助奖励 and 牧业联合 "
        "(牧民借助牧业联合社, 禁牧补助, 草畜平衡奖励): a title, a merged 填报单位 line, then ONE ROW A POINT "
        "``序号 | 廉政风险点 | 责任人 | 风险等级 | 防控措施`` whose 责任人 cell lists one to three holders ONE A LINE "
        "(``post　name``) and whose 风险等级 cell lists, UNLABELLED, one level a line in the same order — each "
        "holder's own level; a merged ``注：`` line saying so and a 制表/审核/理事长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zxbq_yihenaoer_sumu_two_sheets() -> dict:
    unit = f"{PLACE}伊和淖尔苏木人民政府"
    t = _Truth(unit)
    lead = _Sheet("苏木领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导干部廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郝翀岚", "苏木达", "主持政府全面工作", [
            ("草原生态补奖资金分配方案未经集体研究", "一级", "分配方案经党政联席会研究，嘎查公示。"),
            ("嘎查基础设施项目插手干预发包", "一级", "项目一律进入旗公共资源交易平台。"),
        ]),
        ("毕湜玥", "副苏木达", "分管农牧业、合作社", [
            ("合作社示范社推荐优亲厚友", "二级", "推荐条件量化，结果公示五个工作日。"),
            ("禁牧休牧核查走过场", "二级", "核查实行交叉检查，留存影像资料。"),
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
    dept = _Sheet("站所", [6, 16, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}站所廉政风险防控一览表", 7)
    dept.add("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("农牧业综合服务站", "站长", "郝岫澐", "middle", "草畜平衡面积核定不实", "一级", "核定结果嘎查公示，牧户签字确认。"),
        ("农牧业综合服务站", "站长", "郝岫澐", "middle", "牧业保险理赔查勘不严", "二级", "查勘两人以上，影像存档。"),
        ("农牧业综合服务站", "工作人员", "毕琇沄", "general", "补贴发放名册录入差错不纠", "三级", "名册双人录入、交叉复核。"),
        ("财政所", "所长", "郝泠峣", "middle", "嘎查集体资金审批把关不严", "一级", "嘎查资金实行苏木代管、村账乡审。"),
        ("财政所", "会计", "毕沅琤", "general", "报账票据审核不严，虚列支出", "二级", "报账单据三级审核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：党政综合办", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zxbq_yihenaoer_sumu_two_sheets", "http://35331.cn/lhs_h6lg4cgbi02j01e01c01d01h02l01h01egl3g37fimrnnk1ggp8i30gw4g4c_3.html",
        "苏木人民政府 廉政风险防控一览表 in TWO SHEETS, after the source's 农业部办公厅 notice on 调整和完善 农业补贴 "
        "(补贴发放, 核定面积): sheet 苏木领导 with 姓名/职务/分管工作 merged per leader, sheet 站所 with 站所 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zxbq_veterinary_station_posts() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "兽药疫苗采购", "疫苗和兽药采购指定厂家，收受回扣", "制度机制风险", "高",
         "采购按旗农牧局统一招标结果执行。"),
        ("检疫室", "官方兽医", "general", "产地检疫", "不到场检疫即出具检疫证明", "岗位职责风险", "高",
         "检疫全程电子出证，现场照片上传。"),
        ("检疫室", "官方兽医", "general", "检疫收费", "违规收取检疫费或索要好处", "思想道德风险", "中",
         "检疫不收费政策公示，设举报电话。"),
        ("防疫室", "防疫员", "general", "强制免疫", "免疫档案弄虚作假，虚报免疫密度", "业务流程风险", "中",
         "免疫档案与牧户耳标信息核对。"),
        ("防疫室", "防疫员", "general", "补助发放", "病死畜无害化处理补助虚报冒领", "外部环境风险", "低",
         "处理现场照片存档，补助名单公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zxbq_veterinary_station_posts", "https://abg.baidu.com/tags/zlonjvwfvhcmdq7r27fl34fsxhlpvone2733ppnqxa16",
        "旗畜牧兽医站 岗位廉政风险点排查表 对岗不对人, after the source's 受灾农牧民资金补助工作方案 (补助对象, 发放程序): "
        "a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zxbq_grassland_station_selfchecks() -> dict:
    unit = f"{PLACE}草原工作站"
    t = _Truth(unit)
    people = [
        ("郝澍岑", "站领导", "站长", "leader", [
            ("草原补奖面积核查结果未经集体审定", "Ⅰ级", "核查结果站务会审定，嘎查公示。", "已落实"),
            ("草原征占用审核打招呼", "Ⅱ级", "审核意见集体研究，资料存档。", "未发现问题"),
        ]),
        ("毕璩漪", "监测股", "技术员", "general", [
            ("草原监测数据弄虚作假", "Ⅰ级", "监测样地定位拍照，数据双人复核。", "已落实"),
            ("野外监测虚报差旅补助", "Ⅲ级", "差旅凭派车单和行程单报销。", "已落实"),
        ]),
        ("郝霂翾", "执法股", "执法员", "general", [
            ("草原违法案件降格处理", "Ⅱ级", "案件集体审议，法制审核。", "未发现问题"),
            ("违规收取罚没款不开票据", "Ⅲ级", "罚款一律缴入财政专户。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zxbq_grassland_station_selfchecks", "http://big5.china.com.cn/gate/big5/grassland.china.com.cn/2016-09/29/content_9064304.htm",
        "旗草原工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 禁牧和草畜平衡监督管理实施办法 "
        "(禁牧, 草畜平衡, 草原监督管理机构): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def zxbq_wulanchabu_sumu_group_rows() -> dict:
    unit = f"{PLACE}乌兰察布苏木人民政府"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、苏木领导", "苏木领导", [
            ("党委书记", "毕玥澂", "leader", [
                ("嘎查“两委”换届中拉票贿选失察", "一级风险", "换届全程纪检监督，选举结果公示。"),
                ("苏木集体资产处置不经集体研究", "一级风险", "资产处置评估后公开竞价。"),
            ]),
        ]),
        ("二、党政综合办", "党政综合办", [
            ("主任", "郝澂屹", "middle", [
                ("公务接待超标准", "二级风险", "接待凭公函和清单报销。"),
            ]),
            ("文书", "毕砚岷", "general", [
                ("公章使用不登记", "三级风险", "用印登记，领导签批。"),
            ]),
        ]),
        ("三、农牧业综合服务站", "农牧业综合服务站", [
            ("站长", "郝玧岙", "middle", [
                ("牧民合作社年报审核不严", "二级风险", "年报抽查，空壳社清理。"),
                ("良种补贴申报把关不严", "一级风险", "申报到户核实，名单公示。"),
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
        "zxbq_wulanchabu_sumu_group_rows", "http://beijing.baogaosu.com/yongyu/%E5%86%9C%E4%B8%9A%E9%83%A8%E6%94%BF%E7%AD%96%E7%A0%94%E7%A9%B6%E8%AF%BE%E9%A2%98%E7%BB%8F%E8%B4%B9%E7%AE%A1%E7%90%86%E6%9A%82%E8%A1%8C%E5%8A%9E%E6%B3%95/11510783",
        "苏木人民政府 廉政风险防控责任清单, after the source's 课题经费管理暂行办法 (经费使用, 审批): a title, "
        "序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、苏木领导``, "
        "``二、党政综合办``, ``三、农牧业综合服务站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zxbq_baoligentaohai_sumu_cards() -> dict:
    unit = f"{PLACE}宝力根陶海苏木人民政府"
    t = _Truth(unit)
    cards = [
        ("苏木达", "郝淏翎", "苏木达", "主持政府全面工作", "leader", [
            ("嘎查集体经济项目资金拨付不按进度", "★★★", "资金按进度拨付，验收后结算。"),
            ("牧区道路建设项目验收走过场", "★★★", "验收邀请旗交通部门参加。"),
            ("接受合作社宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("副苏木达", "毕淇琬", "副苏木达", "分管畜牧、防疫", "leader", [
            ("动物防疫补助分配不公", "★★", "补助按免疫数量核定，公示。"),
            ("牧业灾害救助物资发放优亲厚友", "★★", "救助名单嘎查评议、苏木审核。"),
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
        "zxbq_baoligentaohai_sumu_cards", "http://zgkjsz.com/page/2019/0611/6161090.shtml",
        "苏木人民政府 领导干部廉政风险防控卡, one sheet a leader, after the source's paper on 村干部 监督 (内部人控制, "
        "经济责任审计, 巡查): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zxbq_mingantu_service_centre_list() -> dict:
    unit = f"{PLACE}明安图镇农牧业综合服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "郝曦芃", "leader", "农牧业项目实施主体确定不公开", "制度机制", "高风险",
         "实施主体公开遴选，结果公示。"),
        ("中心领导", "主任", "郝曦芃", "leader", "合作社扶持资金拨付不按程序", "岗位职责", "中风险",
         "拨付经中心会议研究，留存记录。"),
        ("畜牧股", "股长", "毕璆湘", "middle", "牲畜存栏核查数据不实", "业务流程", "中风险",
         "核查入户，牧户签字确认。"),
        ("畜牧股", "技术员", "毕崧瑗", "general", "良种种公畜补贴对象认定不实", "外部环境", "高风险",
         "补贴对象公示，耳标信息核对。"),
        ("财务室", "会计", "郝峣沨", "general", "项目资金票据审核不严", "业务流程", "中风险",
         "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "zxbq_mingantu_service_centre_list", "http://jizihe.com/page/2023/0822/22357486.shtml",
        "镇农牧业综合服务中心 岗位廉政风险防控一览表, after the source's paper on 政府治理 农村集体经济 (集体经济, 监管, "
        "项目扶持): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def zxbq_xingyao_centre_register() -> dict:
    unit = f"{PLACE}星耀镇综合保障和技术推广中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "毕琰汐", "leader", [
            ("农机购置补贴审核把关不严", "制度机制", "一级", "补贴机具现场核验，人机合影存档。"),
            ("亲属经营的合作社参与项目", "思想道德", "二级", "亲属回避，项目承担主体公示。"),
        ]),
        ("技术推广股", "股长", "郝潆昉", "middle", [
            ("技术培训签到造假套取经费", "岗位职责", "二级", "培训现场照片和签到表存档。"),
        ]),
        ("技术推广股", "技术员", "毕朏萦", "general", [
            ("向牧民推销饲料、兽药", "外部环境", "一级", "签订承诺书，公开监督电话。"),
            ("示范户遴选优亲厚友", "思想道德", "三级", "示范户嘎查推荐、公示。"),
        ]),
        ("财务室", "出纳", "郝琤岱", "general", [
            ("现金坐支、公款私存", "业务流程", "一级", "现金日清月结，定期盘点。"),
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
        "zxbq_xingyao_centre_register", "http://world-dating-partner.com/OpennessContent/download/439631.html",
        "镇综合保障和技术推广中心 廉政风险点排查登记表, after the source's 民族乡 禁牧巡查 news (牧户牲畜清点, 登记, "
        "签字确认): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zxbq_herders_union_paired_lines(),
    zxbq_yihenaoer_sumu_two_sheets(),
    zxbq_veterinary_station_posts(),
    zxbq_grassland_station_selfchecks(),
    zxbq_wulanchabu_sumu_group_rows(),
    zxbq_baoligentaohai_sumu_cards(),
    zxbq_mingantu_service_centre_list(),
    zxbq_xingyao_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch663-inbox"))
