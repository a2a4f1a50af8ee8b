"""The eight-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 机关事务
bodies, 万安县 (of 吉安市, 江西省) — its 机关事务服务中心, 公务用车服务中心, 公共机构节能办公室,
接待办公室, 机关食堂, 机关物业服务所, 行政中心后勤服务站 and 机关会务服务中心 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 机关事务服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公共机构节能办公室's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` ``…风险``, 高/中/低;
  no names;
- the 接待办公室's 清单 under GROUP ROWS ``一、办领导`` … (no 股室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 机关食堂's 自查表, one sheet a person: a label row ``姓　名 | 所在班组 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 机关物业服务所's 一览表 under ``附件3`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 行政中心后勤服务站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by
  a ``注：`` line;
- the 机关会务服务中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``wanan_official_car_centre_web_rows``: the 公务用车服务中心's 廉政风险点一览表 as it stands on the
  county's website, saved to Excel by a tool that drops the ROW SPANS of the web table: the
  ``科室``, ``岗位`` and ``姓名`` cells stand only on the first row of their run, and every row under a
  spanned cell is SHIFTED LEFT by the cells it lacks — a holder's second point row reads
  ``序号 | 风险点 | 等级 | 措施`` from column A (its point under the heading ``科室``), a new holder
  in the same 科室 reads ``序号 | 岗位 | 姓名 | 风险点 | 等级 | 措施`` (his post under ``科室``); the
  right-hand cells of shifted rows stay empty. No cell is merged. The README's 读得懂的表 knows
  merged or blank-below holder cells, ``同上`` and ditto marks, continued sheets and tables split
  by columns; it does not describe rows shifted left under spanned cells.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区机关事务局 on 公务用车 — 一车一卡,
加油单, 定点维修, 公车平台, 北斗定位; a 县机关事务服务中心 on 党政机关食堂内部接待 — 自查自纠, 台账,
酒类, 经费结报; a 公共机构节能宣传周 — 用能统计, 人均综合能耗; a 市 on 公务餐饮接待 — 登记单, 一餐一单,
陪餐, 公务灶; a 县 机关灶管理办法 — 伙食费, 日清月结, 接待清单; a 县 节能降耗宣传月 — 空调, 电梯,
景观照明; a 市 “公务灶” — 县直单位食堂接待; a 省直机关会议费管理办法 — 会议用房, 用餐, 不摆花草) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
宓 and 蒙 with rare given names); every unit is a body of 万安县.

Run ``python tests/published/score.py --set batch817`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row shifted left belongs to the holder of the last row above it that
  names one (the web table's span), and to the 科室 above it; its point is the first text after
  the 序号 that is not a post or a name, its level the cell after the point, its measures the
  cell after the level; one form a holder;
- ``中心领导``, ``办领导`` and ``所领导`` (a 科室 or 股室 or 部门 cell, a group row) are the 科室 of those
  leaders; the 机关事务服务中心's leaders (sheet ``中心领导``, no 科室 column) and the cards' leaders have no
  科室; a 股 is a 科室; a 食堂's 班组 is its 科室;
- every body is a unit of its own: 主任, 副主任, 所长, 站长 are leaders; 股长 and 班组长 middle; the rest
  general;
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

PREFIX = "b817_"
PLACE = "万安县"
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

# (科室, 岗位, 姓名, tier, [(风险点, 风险等级, 防控措施)])
CAR_ROWS = [
    ("中心领导", "主任", "宓珣瑀", "leader", [
        ("公务用车平台派车审批把关不严，变相公车私用", "高", "用车申请一律经平台审批，派车记录每月公示。"),
        ("车辆定点维修企业选定暗箱操作", "高", "定点维修企业通过政府采购确定，结果公开。"),
    ]),
    ("中心领导", "副主任", "蒙祎璘", "leader", [
        ("车辆更新、报废处置不按程序", "中", "报废车辆经评估后公开拍卖，收入上缴财政。"),
    ]),
    ("调度股", "股长", "宓翾澂", "middle", [
        ("调度派车优亲厚友，节假日违规派车", "高", "节假日车辆集中封存，北斗定位轨迹每周抽查。"),
        ("异地用车申请审核不严", "中", "异地用车凭公函和审批单派车。"),
    ]),
    ("调度股", "驾驶员", "蒙霁骞", "general", [
        ("开具加油单后私自加油或虚报油耗", "中", "一车一卡，加油记录与行驶里程逐月比对。"),
        ("公车不按规定停放，办完公务不回停车点", "低", "公车办完公务回固定停车点停放，GPS核查。"),
    ]),
    ("财务股", "会计", "宓沄琤", "general", [
        ("维修保养费用结算不核实维修项目", "中", "维修结算经办人、管理负责人、车辆管理员三核一录。"),
    ]),
]  # fmt: skip


def wanan_official_car_centre_web_rows() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("Sheet1", [6, 14, 12, 12, 40, 10, 36])
    t = _Truth(unit)
    sh.add(f"{unit}岗位廉政风险点一览表", None, None, None, None, None, None)
    sh.add("发布时间：2025-05-12　来源：县机关事务服务中心", None, None, None, None, None, None)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    n = 0
    last_dept = None
    for dept, post, who, tier, points in CAR_ROWS:
        for k, (point, lv, measures) in enumerate(points):
            n += 1
            if k == 0 and dept != last_dept:
                cells = [n, dept, post, who, point, lv, measures]
            elif k == 0:
                cells = [n, post, who, point, lv, measures]
            else:
                cells = [n, point, lv, measures]
            sh.add(*cells, *([None] * (7 - len(cells))))
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
            last_dept = dept
    sh.add("注：风险等级分高、中、低三级。", None, None, None, None, None, None)
    return _layout(
        "wanan_official_car_centre_web_rows", "http://sznianjian.com/show.php?mlid=2531",
        "(harder) 县公务用车服务中心 岗位廉政风险点一览表 saved from the county's website by a tool that drops the web "
        "table's row spans, after the source's 区机关事务局 on 公务用车 (一车一卡, 加油单, 定点维修, 公车平台, 北斗定位): "
        "a title and a 发布时间/来源 line (not merged), the heading 序号/科室/岗位/姓名/廉政风险点/风险等级/防控措施, "
        "then rows where the spanned 科室/岗位/姓名 cells stand only on the first row of their run and every row "
        "under a span is SHIFTED LEFT by the cells it lacks (a holder's later points read 序号 | point | level | "
        "measures from column A; a new holder of the same 科室 reads 序号 | post | name | point | level | measures); "
        "高/中/低, no type column, a ``注：`` line; no cell merged",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wanan_affairs_centre_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("宓璟琰", "主任", "主持全面工作", [
            ("机关食堂内部接待审批不严，以内部接待名义违规吃喝", "一级", "内部接待实行审批单制度，台账每季度报县纪委监委备案。"),
            ("后勤服务外包项目定向委托", "一级", "服务外包项目经中心主任办公会集体研究，依法采购。"),
        ]),
        ("蒙珂湉", "副主任", "分管机关食堂、公共机构节能", [
            ("食堂酒类饮品购买使用不登记", "二级", "酒类饮品一律不进食堂，自查自纠“回头看”。"),
            ("节能改造项目验收把关不严", "二级", "节能改造项目邀请第三方验收，结果公示。"),
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
        ("综合股", "股长", "宓瑄翎", "middle", "食堂内部接待台账资料不全、经费结报不规范", "一级",
         "接待台账专项建档，一餐一单一结。"),
        ("综合股", "股长", "宓瑄翎", "middle", "办公用品集中采购询价不实", "二级", "三家以上询价，采购清单公示。"),
        ("资产管理股", "股长", "蒙璆翊", "middle", "办公用房调配超标准或未经审批", "一级", "调配方案报县政府审批，使用情况年度核查。"),
        ("资产管理股", "资产管理员", "宓昶珈", "general", "国有资产出租出借不入账", "二级", "出租收入全额缴入国库，合同备案。"),
        ("资产管理股", "资产管理员", "宓昶珈", "general", "资产盘点走过场，账实不符", "三级", "每年全面盘点，盘点表双人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "wanan_affairs_centre_two_sheets", "http://glj.jiangsu.gov.cn/art/2019/9/11/art_2963_8709859.html",
        "县机关事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 县机关事务服务中心 on 党政机关食堂内部接待 "
        "(自查自纠, 台账资料, 酒类饮品, 经费结报): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def wanan_energy_office_posts() -> dict:
    unit = f"{PLACE}公共机构节能办公室"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "节能示范单位创建评审打招呼、走关系", "思想道德风险", "高",
         "评审专家随机抽取，评审结果公示。"),
        ("办领导", "主任", "leader", "合同能源管理项目服务商选定不公开", "制度机制风险", "高",
         "项目服务商公开比选，合同经法律顾问审核。"),
        ("统计监测股", "统计员", "general", "公共机构能源消费统计数据弄虚作假", "岗位职责风险", "中",
         "能耗数据与电费、水费票据逐月比对。"),
        ("统计监测股", "统计员", "general", "能耗定额核定不按标准", "业务流程风险", "中", "能耗定额经集体审核后印发。"),
        ("宣传考核股", "股长", "middle", "节能目标责任考核打分不实", "业务流程风险", "中", "考核实行交叉检查，分数公示。"),
        ("宣传考核股", "股长", "middle", "节能宣传周活动经费虚列", "外部环境风险", "低", "活动经费凭合同和票据报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "wanan_energy_office_posts", "http://www.05273.com/daodu/jiangsu/1127/view_76709.html",
        "县公共机构节能办公室 岗位廉政风险点排查表 对岗不对人, after the source's 公共机构节能宣传周 (用能统计, 人均综合能耗, "
        "单位建筑面积能耗): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def wanan_reception_office_group_rows() -> dict:
    unit = f"{PLACE}接待办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办领导", "办领导", [
            ("主任", "蒙琬珩", "leader", [
                ("超标准、超范围安排公务接待", "一级风险", "接待实行公函制度，无公函不接待。"),
                ("接待经费与其他经费混列，不单独核算", "一级风险", "接待费用财务单列，每季度公示。"),
            ]),
        ]),
        ("二、接待股", "接待股", [
            ("股长", "宓玹骐", "middle", [
                ("《公务餐饮接待登记单》填写不实，一餐多单", "二级风险", "一餐一单、一餐一结，登记单随票报销。"),
                ("安排与公务无关人员陪餐", "二级风险", "陪餐人数按规定控制，陪餐名单登记。"),
            ]),
            ("接待员", "蒙昱筠", "general", [
                ("在社会营业性场所接待时收受商家回扣", "二级风险", "定点接待场所公开确定，结算直接转账。"),
                ("接待用酒、香烟违规领用", "三级风险", "接待一律不上酒，物品领用登记。"),
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
        "wanan_reception_office_group_rows", "http://www.zkskl.com/show-1301.html",
        "县接待办公室 廉政风险防控责任清单, after the source's 公务餐饮接待 规定 (登记单, 一餐一单, 陪餐, 公务灶, 财务单列): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、办领导``, ``二、接待股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def wanan_canteen_selfchecks() -> dict:
    unit = f"{PLACE}机关食堂"
    t = _Truth(unit)
    people = [
        ("蒙璠祎", "采购班组", "班组长", "middle", [
            ("食材采购不询价，与供货商串通抬价", "Ⅰ级", "大宗食材定点采购，每周三家比价。", "已落实"),
            ("伙食费收取不入账，坐收坐支", "Ⅰ级", "伙食费扫码缴纳，日清月结。", "未发现问题"),
        ]),
        ("宓琚翎", "仓管班组", "保管员", "general", [
            ("食材入库数量短缺不登记", "Ⅱ级", "入库双人验收签字。", "已落实"),
            ("库存物资私自处置", "Ⅲ级", "库存每周盘点，账物核对。", "已落实"),
        ]),
        ("蒙珺翱", "财务班组", "出纳", "general", [
            ("公务接待用餐结算单与实际不符", "Ⅱ级", "接待用餐凭审批清单结算，按月公开。", "未发现问题"),
            ("机关灶账务台账不全", "Ⅲ级", "建立专门账务和卡册台账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在班组", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "负责人意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wanan_canteen_selfchecks", "https://yulin.qinfeng.gov.cn/info/1059/12275.htm",
        "县机关食堂 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县 机关灶管理办法 "
        "(伙食费, 二维码缴费, 日清月结, 接待清单, 专门账务和卡册台账): a title, a label row ``姓　名 | 所在班组 | 岗　位 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column",
        sheets, t,
    )  # fmt: skip


def wanan_property_office_list() -> dict:
    unit = f"{PLACE}机关物业服务所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 11, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "宓瑀澄", "leader", "行政中心物业服务外包合同续签不经考核", "制度机制", "高风险",
         "续签前按服务标准考核，考核结果公示。"),
        ("所领导", "所长", "宓瑀澄", "leader", "电梯、空调维保单位指定", "外部环境", "中风险", "维保单位公开采购，合同备案。"),
        ("维修股", "股长", "蒙骢琰", "middle", "零星维修工程量虚报", "业务流程", "高风险", "维修前后拍照，工程量双人核实。"),
        ("维修股", "电工", "宓珧翊", "general", "景观照明、空调用电管理不严，私接电源", "岗位职责", "低风险",
         "空调温度、照明时段按节能要求设定，巡查登记。"),
        ("保洁绿化股", "股长", "蒙瑷玹", "middle", "保洁、绿化服务考核打分走过场", "业务流程", "中风险",
         "考核邀请使用单位参与，月度打分公示。"),
        ("保洁绿化股", "股长", "蒙瑷玹", "middle", "绿化苗木采购以次充好", "思想道德", "中风险", "苗木验收邀请纪检人员参加。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(
            sh.name,
            dept,
            post,
            who,
            tier,
            point,
            types_in(typ),
            HIGHS[lv],
        )
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "wanan_property_office_list", "https://baywatch.cn/haowen/34619.html",
        "县机关物业服务所 岗位廉政风险防控一览表, after the source's 县 节能降耗宣传月 (办公楼电梯, 办公室空调, 景观照明, "
        "能源紧缺体验日): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/所长（签字） line",
        [sh], t,
    )  # fmt: skip


def wanan_logistics_station_cards() -> dict:
    unit = f"{PLACE}行政中心后勤服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "蒙璇澍", "站长", "主持全面工作", "leader", [
            ("公务灶接待不执行审批和标准", "★★★", "公务灶接待凭审批单安排，按标准结算。"),
            ("后勤物资采购化整为零", "★★★", "物资采购按限额标准执行，集体研究。"),
            ("接受服务商宴请", "★", "严守中央八项规定精神，签订廉洁承诺书。"),
        ]),
        ("副站长", "宓琇昶", "副站长", "分管公务灶、会务", "leader", [
            ("会议用餐超标准或虚报就餐人数", "★★", "会议用餐凭签到表结算。"),
            ("公务灶菜品采购价格不公开", "★★", "菜品价格每周公示。"),
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
        "wanan_logistics_station_cards", "http://lyrb.lyd.com.cn/html/2012-11/12/content_881661.htm",
        "县行政中心后勤服务站 领导干部廉政风险防控卡, one sheet a leader, after the source's 市 “公务灶” (县直单位食堂设公务餐厅, "
        "接待费用减少): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def wanan_conference_centre_register() -> dict:
    unit = f"{PLACE}机关会务服务中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蒙翙琦", "leader", [
            ("会议定点场所选择不公开", "制度机制", "一级", "会议定点场所按政府采购结果确定。"),
            ("默许会议超标准用房、用餐", "思想道德", "二级", "会议费按标准审核，超标不予报销。"),
        ]),
        ("会务股", "股长", "宓瑢骁", "middle", [
            ("会场布置摆放花草、制作背景板", "岗位职责", "二级", "会场布置实行清单管理，不摆花草。"),
            ("会议用餐虚报人数", "业务流程", "一级", "会议用餐凭签到人数结算。"),
        ]),
        ("会务股", "会务员", "蒙珩璐", "general", [
            ("违规发放会议纪念品", "外部环境", "三级", "会议一律不发纪念品，物品领用登记。"),
        ]),
        ("财务股", "会计", "宓瑭昀", "general", [
            ("会议费报销审核不严，虚列支出", "业务流程", "一级", "会议费凭通知、签到表和票据三单报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(
                sh.name,
                dept,
                post,
                who,
                tier,
                point,
                types_in(typ),
                GRADES[lv],
            )
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "wanan_conference_centre_register", "http://rcx.cssevn.cn/news/2025-1-1/tzy.html",
        "县机关会务服务中心 廉政风险点排查登记表, after the source's 省直机关会议费管理办法 (会议用房标准, 会议用餐, 不摆花草, "
        "不制作背景板, 不发纪念品): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wanan_official_car_centre_web_rows(),
    wanan_affairs_centre_two_sheets(),
    wanan_energy_office_posts(),
    wanan_reception_office_group_rows(),
    wanan_canteen_selfchecks(),
    wanan_property_office_list(),
    wanan_logistics_station_cards(),
    wanan_conference_centre_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch817-inbox"))
