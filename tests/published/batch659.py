"""The six-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's grassland and
livestock-trade bodies, 锡林浩特市 (of 锡林郭勒盟, 内蒙古自治区) — its 草原监督管理所, 畜产品质量检测站,
动物卫生监督所, 草原工作站, 农牧和科技局, 动物疫病预防控制中心 and 畜牧工作站 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 草原监督管理所's 一览表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (short
  names), ``一级/二级/三级``;
- the 畜产品质量检测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, 高/中/低, no names, no type
  column;
- the 动物卫生监督所's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line, a 持卡人（签字） line;
- the 草原工作站's 清单 under GROUP ROWS ``一、站领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``高风险/中风险/低风险``;
- the 农牧和科技局's 一览表 in TWO SHEETS ``局领导`` / ``股室``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 动物疫病预防控制中心's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``一级风险/二级风险/三级风险``, ``自查情况``;
- the 畜牧工作站's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, ``风险类型`` ``…风险``, 高/中/低, a sign-off line.

One is harder:

- ``xilinhot_livestock_market_column_numbers``: the 牲畜交易市场管理所's 岗位廉政风险点统计表 in the
  style of a STATISTICAL REPORT FORM: the table's heading row carries NO column names, only the
  栏次 numbers ``序号 | 1 | 2 | 3 | 4 | 5 | 6``; what each column holds is said ONLY in a ``填表说明``
  line printed above the table (``第1栏填写所在股室，第2栏填写岗位名称，第3栏填写责任人姓名，第4栏填写
  廉政风险点，第5栏填写风险等级（高、中、低），第6栏填写防控措施``). The README's 读得懂的表 knows a 栏次
  row ``甲 | 乙 | 丙 | 1 | 2 | 3`` UNDER a named heading (not a point), a 说明 that refers to named
  columns by number, and code columns explained by a 填表说明; it does not describe a table whose
  only heading is the column numbers, the columns named by the 填表说明 alone.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (牲畜交易市场 — 进场, 检疫证明, 成交,
客商; 活羊大集 — 免收检疫费, 准入手续; 活畜(饲草)交易市场 — 交易额, 牧民; 家畜交易市场管理办法 —
准入, 检疫证明, 经纪人, 公示; 兽医实验室建设与管理办法 — 检测, 资质, 考核; 草原监督管理机构 — 采土采砂,
征用草原, 罚款; 草原执法 — 禁牧休牧, 草畜平衡, 征占用审核, 管护员) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 冉 and 卢 with rare given names); every unit is a body of 锡林浩特市.

Run ``python tests/published/score.py --set batch659`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the 填表说明 names the columns: 第1栏 is the 股室, 第2栏 the post, 第3栏 the
  holder, 第4栏 the point, 第5栏 the level (高/中/低), 第6栏 the measures; the 栏次 row is the
  heading, not a point; the 填表说明 line and the sign-off line are no points;
- ``所领导``, ``站领导``, ``中心领导`` (a 股室 cell, a group row, a 所在科室 cell) are the 科室 of those
  leaders; the 局's leaders (sheet ``局领导``) and the cards' leaders have no 科室;
- 所长, 副所长, 站长, 副站长, 局长, 副局长, 主任 of a 中心 are leaders; 股长 and a 科's 科长 middle; the
  rest general;
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

PREFIX = "b659_"
PLACE = "锡林浩特市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NOTE = ("填表说明：第1栏填写所在股室，第2栏填写岗位名称，第3栏填写责任人姓名，第4栏填写廉政风险点，"
        "第5栏填写风险等级（高、中、低），第6栏填写防控措施。")  # fmt: skip


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, 高/中/低, 防控措施)])
MARKET = [
    ("所领导", "所长", "冉骁甯", "leader", [
        ("交易大厅摊位、圈舍租赁不公开招租，优亲厚友", "高", "摊位、圈舍租赁公开竞价，结果公示。"),
        ("市场服务费减免不经集体研究", "高", "减免事项所务会集体研究，留存会议记录。"),
    ]),
    ("所领导", "副所长", "卢昶瑀", "leader", [
        ("默许未附检疫证明的牛羊进场交易", "高", "进场查验检疫证明和耳标，台账每日核对。"),
        ("市场改造工程验收把关不严", "中", "验收邀请审计、纪检人员参加。"),
    ]),
    ("交易服务股", "股长", "冉玹翾", "middle", [
        ("为熟识的经纪人、客商优先安排交易时段和栏位", "中", "栏位按进场先后登记分配，排号公开。"),
        ("经纪人备案审核不严，放任无证经纪", "中", "经纪人备案名单上墙公示，每季度复核。"),
    ]),
    ("交易服务股", "司磅员", "卢翀霈", "general", [
        ("过磅时虚增、虚减牲畜重量，收受好处", "高", "地磅加装监控，磅单双联留存，定期抽检。"),
    ]),
    ("财务股", "收费员", "冉湝珣", "general", [
        ("交易服务费收费不开票据、截留收入", "高", "收费统一扫码入账，票据连号使用。"),
        ("结算资金延迟划转，占用客商货款", "低", "货款当日结算，差错当日处理。"),
    ]),
]  # fmt: skip


def xilinhot_livestock_market_column_numbers() -> dict:
    unit = f"{PLACE}牲畜交易市场管理所"
    sh = _Sheet("统计表", [6, 12, 10, 10, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点统计表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年5月", 7)
    _line(sh, NOTE, 7)
    sh.add("序号", 1, 2, 3, 4, 5, 6)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MARKET:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None)
    return _layout(
        "xilinhot_livestock_market_column_numbers", "http://citycdn.igdzc.com/citycdn/20230415/1590796.html",
        "(harder) 市牲畜交易市场管理所 岗位廉政风险点统计表 in the style of a statistical report form, after the source's "
        "news of a 牲畜交易市场 (进场, 货运车, 牛栏, 成交, 客流): a title, a 填报单位（盖章）/填报时间 line, a merged "
        "``填表说明：第1栏填写所在股室，第2栏填写岗位名称，第3栏填写责任人姓名，第4栏填写廉政风险点，第5栏填写风险等级"
        "（高、中、低），第6栏填写防控措施。`` line, then a heading row of 栏次 NUMBERS only ``序号 | 1 | 2 | 3 | 4 | 5 | "
        "6`` (no column names); 股室 merged, 岗位/姓名 merged per person, 高/中/低; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xilinhot_grassland_supervision_list() -> dict:
    unit = f"{PLACE}草原监督管理所"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "卢璟沨", "leader", [
            ("征占用草原审核意见违规出具", "制度机制", "一级", "审核意见经所务会集体研究，报局审定。"),
            ("草原违法案件处罚裁量畸轻畸重", "岗位职责", "一级", "严格执行裁量基准，重大案件集体讨论。"),
        ]),
        ("执法股", "股长", "冉岍瑢", "middle", [
            ("禁牧休牧巡查发现违规放牧不立案", "岗位职责", "一级", "巡查记录和执法记录仪资料存档备查。"),
            ("非法开垦、采土采砂案件以罚代刑", "业务流程", "二级", "涉嫌犯罪案件依法移送，案件台账公开。"),
        ]),
        ("执法股", "执法员", "卢沄翙", "general", [
            ("现场检查接受当事人宴请、礼金", "思想道德", "二级", "两人以上执法，签订廉洁执法承诺书。"),
        ]),
        ("监测股", "股长", "冉璐崟", "middle", [
            ("草畜平衡核定载畜量弄虚作假", "业务流程", "二级", "核定结果嘎查公示，接受牧民监督。"),
            ("草原管护员考核打人情分", "外部环境", "三级", "考核结果张榜公布，补贴与考核挂钩。"),
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
    sh.add("制表：", None, "审核：", None, "2025年4月", None, None, None)
    return _layout(
        "xilinhot_grassland_supervision_list", "http://workercn.cn/32851/201807/18/180718111334901_2.shtml",
        "市草原监督管理所 岗位廉政风险防控一览表, after the source's news on 草原执法 (禁牧休牧, 草畜平衡, 非法征占用, "
        "乱开滥垦, 移送司法机关, 草原管护员): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/"
        "风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xilinhot_product_testing_posts() -> dict:
    unit = f"{PLACE}畜产品质量检测站"
    sh = _Sheet("排查表", [6, 12, 12, 40, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "检测设备和试剂采购指定品牌", "高", "采购需求集体论证，按政府采购程序实施。"),
        ("站领导", "站长", "leader", "对外委托检测业务违规收费", "中", "收费项目和标准公示，统一开票。"),
        ("检测室", "检测员", "general", "抽检样品调包、检测数据篡改", "高", "样品盲样编号，数据系统留痕。"),
        ("检测室", "检测员", "general", "向被检企业泄露抽检计划", "中", "抽检计划随机生成，临时通知。"),
        ("质量管理室", "质量负责人", "general", "检测报告审核签发把关不严", "中", "报告三级审核，签发人签名存档。"),
        ("质量管理室", "质量负责人", "general", "留样管理不规范，擅自处置留样", "低", "留样登记，到期处置经审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, "审核：", None, "2025年3月", None)
    return _layout(
        "xilinhot_product_testing_posts", "http://law.foodmate.net/show-230482.html",
        "市畜产品质量检测站 岗位廉政风险点排查表 对岗不对人, after the source's 兽医实验室建设与管理办法 (检测, 资质, "
        "考核, 第三方检测机构): a title, 序号/科室 merged/岗位 merged per post/风险点/风险等级 高/中/低/防控措施; no "
        "names, no type column; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xilinhot_animal_health_cards() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    t = _Truth(unit)
    cards = [
        ("所长", "冉峋琰", "所长", "主持全面工作", "leader", [
            ("官方兽医任命和考核走过场", "★★★", "任命条件公开，考核结果公示。"),
            ("动物卫生违法案件查处说情打招呼", "★★★", "说情打招呼登记报告，案件集体审理。"),
            ("接受养殖场户宴请", "★", "严守中央八项规定精神。"),
        ]),
        ("官方兽医", "卢霈岚", "官方兽医", "产地检疫、市场驻场检疫", "general", [
            ("不到现场检疫即出具动物检疫证明", "★★★", "检疫全程电子出证，现场影像留存。"),
            ("收取检疫费用以外的好处费", "★★", "免收检疫费政策上墙公示，设立举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
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
        "xilinhot_animal_health_cards", "https://app.bjtitle.com/8816/newshow.php?did=50fdb1c2&newsid=5904880&typeid=97",
        "市动物卫生监督所 廉政风险防控卡, one sheet a person, after the source's 活羊大集 (免收动物检疫费, 活畜进场准入手续): "
        "a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; "
        "a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xilinhot_grassland_station_group_rows() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "冉旻鋆", "leader", [
                ("草原生态修复项目招标设置倾向性条件", "高风险", "招标文件经法律顾问审查，公开发布。"),
                ("草种、围栏物资验收数量不实", "高风险", "物资验收双人签字，嘎查代表参加。"),
            ]),
        ]),
        ("二、项目股", "项目股", [
            ("股长", "卢琇岷", "middle", [
                ("补播改良任务面积虚报", "中风险", "完成面积卫星遥感复核。"),
            ]),
            ("技术员", "冉翛澂", "general", [
                ("项目验收中接受施工方好处", "中风险", "验收结果公示，签订廉洁承诺。"),
                ("监测样地数据随意填报", "低风险", "样地数据拍照定位上传。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("会计", "卢滢珺", "general", [
                ("项目资金拨付不按进度审核", "中风险", "资金拨付附验收单，三级审批。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "xilinhot_grassland_station_group_rows", "http://yanchenco.com/page/range/175.php",
        "市草原工作站 廉政风险防控责任清单, after the source's page on 草原监督管理机构 (采土采砂, 恢复植被, 非法批准征用草原): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、项目股``, ``三、综合股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xilinhot_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农牧和科技局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("冉炜崧", "局长", "主持全面工作", [
            ("草原补奖资金分配方案不经党组会研究", "Ⅰ级", "分配方案党组会集体研究并公开。"),
            ("畜牧项目承担主体确定暗箱操作", "Ⅰ级", "项目主体公开遴选，结果公示。"),
        ]),
        ("卢晞玥", "副局长", "分管草原、畜牧", [
            ("牲畜交易市场扶持资金审核把关不严", "Ⅱ级", "扶持资金按绩效拨付，接受审计。"),
            ("禁牧区非牧户享受补奖政策审核不严", "Ⅰ级", "补奖对象与公职人员信息比对。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], ROMAN[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("草原股", "股长", "冉瀚珧", "middle", "草原承包经营权流转备案审核不严", "Ⅱ级", "流转备案材料两人审核。"),
        ("草原股", "股长", "冉瀚珧", "middle", "补奖资金发放名册审核不严", "Ⅰ级", "名册嘎查公示七日，一卡通发放。"),
        ("计划财务股", "股长", "卢珵翊", "middle", "项目资金拨付不按合同进度", "Ⅱ级", "拨付凭验收单，局长审批。"),
        ("计划财务股", "会计", "冉朏澜", "general", "报账票据审核不严，虚列支出", "Ⅲ级", "票据三签，定期对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], ROMAN[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xilinhot_agriculture_bureau_two_sheets", "http://www.hlglxww.com/guonei/19700101/197017505.html",
        "市农牧和科技局 廉政风险防控一览表 in TWO SHEETS, after the source's news of a 活畜(饲草)交易市场 (供销合作社, 交易额, "
        "牧民, 客商): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def xilinhot_disease_control_selfchecks() -> dict:
    unit = f"{PLACE}动物疫病预防控制中心"
    t = _Truth(unit)
    people = [
        ("卢岫湘", "中心领导", "主任", "leader", [
            ("强制免疫疫苗分配不按存栏数量", "一级风险", "疫苗按存栏台账分配，出入库登记。", "已落实"),
            ("防疫员劳务补助发放不实", "二级风险", "补助按考核结果发放并公示。", "未发现问题"),
        ]),
        ("冉淏瑧", "防疫科", "科长", "middle", [
            ("免疫抗体监测数据弄虚作假", "一级风险", "监测样品随机抽取，数据留痕。", "已落实"),
            ("病死畜无害化处理补助核定不实", "二级风险", "处理记录影像留存，乡镇核实。", "已落实"),
        ]),
        ("卢翾琳", "防疫科", "防疫员", "general", [
            ("免疫档案补填、代签", "三级风险", "免疫档案由畜主现场签字。", "未发现问题"),
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
            t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xilinhot_disease_control_selfchecks", "http://grassland.china.com.cn/2021-05/20/content_41568234.html",
        "市动物疫病预防控制中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 活羊大集 "
        "(动物检疫, 活畜进入市场准入): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def xilinhot_livestock_station_list() -> dict:
    unit = f"{PLACE}畜牧工作站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "冉铖湜", "leader", "良种补贴对象确定不公开", "制度机制风险", "高",
         "补贴对象嘎查评议、站里审核、公示。"),
        ("站领导", "站长", "冉铖湜", "leader", "种公畜采购收受供货方回扣", "外部环境风险", "高",
         "种畜采购公开招标，牧民代表参与验收。"),
        ("良种股", "股长", "卢璆沅", "middle", "种畜禽生产经营许可审核把关不严", "岗位职责风险", "中",
         "许可材料两人审核，现场核查拍照留存。"),
        ("良种股", "技术员", "冉昉泓", "general", "人工授精服务收取额外费用", "思想道德风险", "中",
         "服务收费标准公示，设举报电话。"),
        ("饲草股", "技术员", "卢骞岷", "general", "饲草料储备补贴数量核定不实", "业务流程风险", "低",
         "储备数量现场过磅核定，结果公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "xilinhot_livestock_station_list", "http://www.boteman.cn/paper/488074411.html",
        "市畜牧工作站 岗位廉政风险防控一览表, after the source's 家畜交易市场管理办法 (市场准入, 检疫证明, 免疫标识, "
        "营业执照公示): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written "
        "on EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xilinhot_livestock_market_column_numbers(),
    xilinhot_grassland_supervision_list(),
    xilinhot_product_testing_posts(),
    xilinhot_animal_health_cards(),
    xilinhot_grassland_station_group_rows(),
    xilinhot_agriculture_bureau_two_sheets(),
    xilinhot_disease_control_selfchecks(),
    xilinhot_livestock_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch659-inbox"))
