"""A two-hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES mixed,
of kinds earlier batches used seldom — a 镇's 站所 (水管站, 综合文化站, 畜牧兽医站, 农业服务中心), a
村股份经济合作社, a 县公共交通公司, a 九年制学校's 营养改善计划, a 县汽车客运站, a 社区居委会, a 镇畜牧兽医站's
cards, a 灌区管理站 and a 区域性中心敬老院 — each sending its ordinary 一览表, 排查表, 清单 or 防控卡 the way its staff typed
it:

- a 镇's 站所 一览表 under a GENERIC title (``基层站所岗位廉政风险点排查一览表``, no unit in it) whose
  unit stands only in the 落款 line UNDER the table: ``填报单位（盖章）：云阳县栌溪镇人民政府 | 填报人：…
  | 填报日期：…`` — the template as the 镇 hands it down to its 站所 and gets it back (the shape the
  README's 读得懂的表 does not describe: it names a unit above the table or in the title);
- a 县公共交通公司 一览表 with a ``工号`` column (``YYGJ0107``) between 岗位 and 姓名, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 九年制学校's 营养改善计划 排查表 by 工作环节 (merged), with ``责任岗位 | 责任人`` trailing and no 科室
  column, one post answering for points in several 环节;
- a 县汽车客运站 一览表 with an ``在岗人数`` column of numbers; the posts held by several people
  (售票员, 检票员, 安检员) name nobody, 一级/二级/三级;
- a 社区居委会 清单 对岗不对人 by 工作事项 with the ``责任岗位`` last, a 监督电话 line under it;
- a 镇畜牧兽医站's 防控卡, one sheet a post (tabs ``站长``, ``防疫员``, ``协检员``), pairs
  ``姓名 | … | 职务 | …`` above, a merged ``岗位职责`` line, 持卡人签字 below;
- a 灌区管理站 一览表 with a two-row header (``廉政风险`` over ``风险点 | 风险类型 | 风险等级``);
- a 区域性中心敬老院 排查表 with no 科室 column (岗位 | 姓名 only) and a ``备注`` (``兼出纳``).

One is harder:

- ``coop_roster_line``: a 村股份经济合作社's 清单 whose table names only the posts (理事长, 副理事长,
  监事长, 报账员) while ONE merged line above it names who holds them —
  ``理事长：冀砚农　　副理事长：闻芃芃　　监事长：笪守拙　　报账员：钭穗宁`` (label, full-width colon,
  name, two full-width spaces) — not pairs in cells, not a 姓名 column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 街道's 水管站, 水利局派出机构; a
市's 农村集体经济组织财务管理办法; 公共交通运营管理; a 营养餐工作实施方案; the 客运站 经营与服务规范 and
its 岗位 (售票, 检票, 三品检查, 调度); a 社区办公室's work; a 县城畜牧站 and its 乡镇畜牧兽医站; a 农业
水利站站长's work; 养老机构人员配置标准) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented; every unit is in 云阳县.

Run ``python tests/published/score.py --set batch203`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a unit named only in ``填报单位（盖章）：…`` under the table is the table's unit (the title names
  none); a 镇's own 站所 are its 科室 (batches 4, 35, 38, 51, 55, 63, 65, 72);
- ``理事长：冀砚农　　…`` above a table of posts names each post's holder;
- a ``工号`` and an ``在岗人数`` are no point and no holder; a post held by several (``在岗人数`` 3,
  姓名 blank) names nobody;
- a list without a 科室 column keeps each post as written, department "";
- 站长 (of a 站 that is the unit), 总经理, 校长, 理事长 are leaders; 部长, 厂长, 科长, 股长, 站长 of a
  镇's 站所, 主任 of a 镇's 中心, 总务主任, 监事长, 副理事长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``; this batch keeps no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b203_"
PLACE = "云阳县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000\u3000"


# --------------------------------------------------------------------------- harder layout


def coop_roster_line() -> dict:
    unit = f"{PLACE}苎溪镇枇杷坪村股份经济合作社"
    sh = _Sheet("清单", [6, 12, 36, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    roster = [("理事长", "冀砚农", "leader"), ("副理事长", "闻芃芃", "middle"),
              ("监事长", "笪守拙", "middle"), ("报账员", "钭穗宁", "general")]  # fmt: skip
    _line(sh, GAP.join(f"{post}：{who}" for post, who, _ in roster), 6)
    sh.add("序号", "岗位", "风险点", "风险类别", "风险等级", "防控措施")
    holder = {post: (who, tier) for post, who, tier in roster}
    rows = [
        ("理事长", "集体资产发包、租赁不经成员代表大会决议,个人决定承包人", "制度机制风险", "高",
         "资产发包、租赁按“四议两公开”程序决策,合同报镇农经站备案。"),
        ("理事长", "集体经营性收益分配方案不公开,优亲厚友", "岗位职责风险", "高",
         "收益分配方案经成员代表大会通过,分配明细张榜公布。"),
        ("副理事长", "村集体小型工程不比价,指定熟人施工", "岗位职责风险", "中",
         "小型工程三家以上比价,比价结果在村务公开栏公示。"),
        ("副理事长", "股权证发放、成员身份确认把关不严", "业务流程风险", "中",
         "成员身份确认经村民小组评议、公示后报镇审核。"),
        ("监事长", "对财务收支监督走过场,在不合规票据上签字", "思想道德风险", "中",
         "监事会逐笔审核票据,每季度向成员代表报告监督情况。"),
        ("报账员", "坐收坐支集体收入,现金不及时缴存", "制度机制风险", "高",
         "收入当日缴存镇代理服务中心账户,严禁坐收坐支。"),
        ("报账员", "虚列误工补贴、招待费用", "外部环境风险", "低",
         "误工补贴凭考勤表发放,招待费用凭公函和清单报销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        who, tier = holder[post]
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("理事会（盖章）", None, None, "填报日期：2024年11月", None, None)
    return _layout(
        "coop_roster_line", "http://wlht.gov.cn/wlht/2025-03/10/article_2025031015412337858.html",
        "(harder) 村股份经济合作社 岗位廉政风险防控清单, after the source's 农村集体经济组织财务管理办法 (民主管理, "
        "公开透明, 集体资产发包, 收益分配, 财务公开): the title, then ONE merged line naming who holds each post — "
        "``理事长：冀砚农　　副理事长：闻芃芃　　监事长：笪守拙　　报账员：钭穗宁`` (label, full-width colon, name, two "
        "full-width spaces between) — then 序号/岗位 merged (the posts only, no 姓名 column, no 科室)/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; ``理事会（盖章） | 填报日期：…`` under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def town_station_footer_unit() -> dict:
    unit = f"{PLACE}栌溪镇人民政府"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, "基层站所岗位廉政风险点排查一览表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("水管站", "站长", "甯鹤汀", "小型农田水利工程验收把关不严,为施工方多签工程量", "岗位职责", "高",
         "工程验收由站、村、群众代表三方签字,验收结果公示。", "middle"),
        ("水管站", "站长", "甯鹤汀", "防汛物资采购、发放不登记", "制度机制", "中",
         "防汛物资入库、领用台账登记,汛后清点。", "middle"),
        ("水管站", "水利员", "郏穗禾", "农村饮水工程维修费用虚报", "业务流程", "中",
         "维修前拍照报备,维修单由村委会签字确认。", "general"),
        ("综合文化站", "站长", "禚苇航", "文化活动经费虚列演出场次", "思想道德", "低",
         "活动前报方案,活动照片、签到表随报账凭证存档。", "middle"),
        ("综合文化站", "站长", "禚苇航", "农家书屋图书采购指定书商", "外部环境", "中",
         "图书按县统一目录采购,验收清单公示。", "middle"),
        ("畜牧兽医站", "站长", "侴牧川", "强制免疫疫苗发放数量与实际免疫数不符", "岗位职责", "高",
         "疫苗领用、免疫档案逐村核对,每月上报。", "middle"),
        ("畜牧兽医站", "防疫员", "厍穗青", "病死畜禽无害化处理补助对象核实不实", "业务流程", "中",
         "补助对象现场拍照、村组签字,名单公示。", "general"),
        ("农业服务中心", "主任", "郯禾衣", "耕地地力保护补贴面积核定不实", "岗位职责", "高",
         "补贴面积与确权数据比对,分村公示七天。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    r = sh.add(
        f"填报单位（盖章）：{unit}",
        None,
        None,
        None,
        "填报人：",
        None,
        "填报日期：2024年12月",
        None,
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.merge(r, 6, r, 7)
    return _layout(
        "town_station_footer_unit", "http://www.shuangliao.gov.cn/sq/slxz/201701/t20170123_53882.html",
        "镇 基层站所 岗位廉政风险点排查一览表 after the source's account of a 街's 水管站 (水利局派出机构, 受水利局和"
        "街道办事处双重领导; 水利设施看管, 防洪治涝工程): a GENERIC title ``基层站所岗位廉政风险点排查一览表`` naming NO "
        "unit, then 序号/站所 merged (水管站, 综合文化站, 畜牧兽医站, 农业服务中心)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; the unit stands ONLY in the 落款 line under the "
        "table, after a blank row: ``填报单位（盖章）：云阳县栌溪镇人民政府 | 填报人： | 填报日期：2024年12月`` (three "
        "merged cells); no 单位 line above, no unit in the tab",
        [sh], t,
    )  # fmt: skip


def bus_company_job_number() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 9)
    sh.add("序号", "部门", "岗位", "工号", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "YYGJ0001", "郜驰远", "新能源公交车辆购置不经集体决策", "制度机制", "Ⅰ级",
         "车辆购置经党支部会、经理办公会研究,按规定公开招标。", "leader"),
        ("公司领导", "总经理", "YYGJ0001", "郜驰远", "线路承包、广告经营权出让私下确定", "岗位职责", "Ⅰ级",
         "经营权出让进入公共资源交易平台。", "leader"),
        ("运营调度部", "部长", "YYGJ0107", "宓途安", "线路运营里程虚报,多领财政补贴", "业务流程", "Ⅰ级",
         "运营里程以智能调度系统数据为准,每月与财务核对。", "middle"),
        ("运营调度部", "调度员", "YYGJ0132", "綦晓驿", "排班中照顾关系驾驶员,安排效益好的线路", "思想道德", "Ⅲ级",
         "排班规则公开,排班表每周公示。", "general"),
        ("票务稽查部", "部长", "YYGJ0211", "麹若驰", "投币箱票款清点时截留现金", "岗位职责", "Ⅰ级",
         "票款清点双人作业、全程录像,日清日结。", "middle"),
        ("票务稽查部", "稽查员", "YYGJ0236", "貟小川", "稽查中发现驾驶员私收票款不报告", "外部环境", "Ⅱ级",
         "稽查记录当日上传,稽查人员定期轮换线路。", "general"),
        ("车辆保修厂", "厂长", "YYGJ0305", "阙铁衡", "维修配件采购以次充好、虚开数量", "制度机制", "Ⅱ级",
         "配件定点比价采购,旧件回收登记。", "middle"),
        ("车辆保修厂", "材料员", "YYGJ0318", "芮轴生", "轮胎、机油出库不登记,私自变卖废旧物资", "业务流程", "Ⅱ级",
         "出入库台账每月盘点,废旧物资集中公开处置。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, code, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, code, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(
        sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)]
    )
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None, None)
    return _layout(
        "bus_company_job_number", "https://zubaike.com/bk/193563.html",
        "县公共交通有限公司 岗位廉洁风险点一览表 after the source's 公共交通运营管理 (线路运营, 政府主导, 购买企业服务, "
        "公共交通系统): 序号/部门 merged (公司领导, 运营调度部, 票务稽查部, 车辆保修厂)/岗位/a ``工号`` column of staff "
        "numbers (``YYGJ0107``)/姓名 — the three merged per person — /风险点/风险类别 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def nutrition_school_links() -> dict:
    unit = f"{PLACE}岚垭镇九年制学校"
    sh = _Sheet("排查表", [6, 12, 34, 8, 34, 12, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}农村义务教育学生营养改善计划廉政风险排查表", 7)
    sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    people = {"校长": ("桑梓荫", "leader"), "总务主任": ("昝粟丰", "middle"),
              "食堂管理员": ("庹菽香", "general"), "保管员": ("邴仓禾", "general"),
              "报账员": ("扈筠秋", "general")}  # fmt: skip
    rows = [
        ("食材采购", "大宗食材供货商确定不经集体研究", "高", "供货商经县教育局统一招标确定,学校不得自行更换。", "校长"),
        ("食材采购", "采购价格高于市场价,收受供货商回扣", "高", "每周比对市场价格,采购价格在校务公开栏公示。", "总务主任"),
        ("验收入库", "食材验收不称重、不查证,以次充好", "中", "验收由管理员、教师代表、家长代表三人签字。", "食堂管理员"),
        ("验收入库", "入库数量与验收单不符", "中", "入库单与验收单、送货单三单核对。", "保管员"),
        ("出库加工", "出库数量与就餐人数不符,食材流失", "中", "按就餐人数核定出库量,每日公示伙食账。", "保管员"),
        ("资金管理", "营养膳食补助资金挪作他用", "高", "补助资金专账核算,每学期公开收支。", "总务主任"),
        ("资金管理", "虚报就餐人数套取补助", "高", "就餐人数与学籍系统核对,班主任每日签字。", "报账员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (link, point, lv, measures, post) in enumerate(rows, 1):
        who, tier = people[post]
        sh.add(n, link, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("学校（盖章）", None, None, "校长签字:", None, "2024年9月", None)
    return _layout(
        "nutrition_school_links", "http://m.doczj.com/topic/12619900/",
        "九年制学校 农村义务教育学生营养改善计划廉政风险排查表, after the source's 营养餐工作实施方案 (食材采购, 验收, "
        "食堂管理, 补助资金): 序号/``工作环节`` merged (食材采购, 验收入库, 出库加工, 资金管理)/风险点/风险等级 高/中/低/"
        "防控措施/``责任岗位`` (校长, 总务主任, 食堂管理员, 保管员, 报账员 — the same post in two 环节)/``责任人`` "
        "LAST; no 科室 column, no type column; 学校（盖章）/校长签字/date",
        [sh], t,
    )  # fmt: skip


def bus_station_headcount() -> dict:
    unit = f"{PLACE}汽车客运站"
    sh = _Sheet("一览表", [6, 10, 10, 8, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室", "岗位", "在岗人数", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", 1, "乜驿安", "客运班线进站经营协议私下签订", "制度机制风险", "一级",
         "进站协议按统一文本签订,站务会集体研究。", "leader"),
        ("站务科", "科长", 1, "宦途青", "报班、配载中为关系车辆多配客源", "岗位职责风险", "二级",
         "报班顺序系统自动排定,配载记录存档。", "middle"),
        ("站务科", "检票员", 3, None, "检票时放行无票乘客,私收现金", "思想道德风险", "二级",
         "检票口视频监控,检票数与售票数每日核对。", "general"),
        ("票务科", "科长", 1, "滕岑逸", "退票、改签手续费减免不登记", "业务流程风险", "二级",
         "减免须科长审批登记,每月稽核。", "middle"),
        ("票务科", "售票员", 4, None, "售票款长款不交、短款不报", "制度机制风险", "一级",
         "售票系统自动结算,票款日清日结、交接签字。", "general"),
        ("安全科", "科长", 1, "巴检川", "车辆安全例检签字把关不严,放行不合格客车", "岗位职责风险", "一级",
         "例检全程录像,例检单由驾驶员、检验员双签。", "middle"),
        ("安全科", "安检员", 2, None, "三品检查收受旅客好处,放行违禁物品", "外部环境风险", "三级",
         "安检岗位定期轮换,查获物品登记。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, count, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, count, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who or "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, None, "2024年11月", None)
    return _layout(
        "bus_station_headcount", "https://360docs.net/doc/289034264.html",
        "县汽车客运站 岗位廉政风险点一览表 after the source's 汽车客运站经营与服务规范 (值班站长, 报班, 车辆安全检查, "
        "三品检查, 调度, 售票, 检票): 序号/科室 merged (站领导, 站务科, 票务科, 安全科)/岗位/an ``在岗人数`` column of "
        "NUMBERS (1, 3, 4, 2)/姓名 — BLANK for the posts held by several (检票员 3, 售票员 4, 安检员 2), who name nobody "
        "— /风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def community_duty_list() -> dict:
    unit = f"{PLACE}杉坪街道蕖塘社区居民委员会"
    sh = _Sheet("清单", [6, 14, 32, 10, 8, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "工作事项", "风险点", "风险类型", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("社区重大事项", "社区公益项目、办公用品采购不经“两委”集体研究", "制度机制", "高",
         "严格执行“四议两公开”,会议记录存档。", "社区党委书记", "leader"),
        ("社区重大事项", "社区公共用房出租不公开", "岗位职责", "中",
         "出租方案经居民代表会议通过,租金统一入账。", "居委会主任", "leader"),
        ("低保救助", "低保入户调查不实,优亲厚友", "岗位职责", "高",
         "入户调查两人以上,评议结果公示七天。", "民政专干", "general"),
        ("低保救助", "临时救助金代领、截留", "外部环境", "中",
         "救助金直接打卡发放,不得代领。", "民政专干", "general"),
        ("网格管理", "居民信息采集弄虚作假,出具不实证明", "思想道德", "低",
         "证明事项按清单办理,出具证明登记备查。", "网格员", "general"),
        ("社区财务", "社区服务群众专项经费报账凭证不全", "业务流程", "中",
         "经费支出经书记、主任审签,每季度公开。", "报账员", "general"),
    ]  # fmt: skip
    for n, (item, point, typ, lv, measures, post, tier) in enumerate(rows, 1):
        sh.add(n, item, point, typ, lv, measures, post)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, 2, [(1, lambda row: row[1])])
    sh.add()
    _line(sh, "监督电话：023-55120318（杉坪街道纪工委）", 7)
    sh.add("社区（盖章）", None, None, None, "2024年10月", None, None)
    return _layout(
        "community_duty_list", "https://drbdp.com/4-8790245.html",
        "社区居委会 廉政风险防控责任清单 对岗不对人 after the source's account of a 社区办公室 (调解纠纷, 社保办理, 政府"
        "下沉事务, 3-5名专职工作人员): 序号/``工作事项`` merged (社区重大事项, 低保救助, 网格管理, 社区财务)/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施/``责任岗位`` LAST (社区党委书记, 居委会主任, 民政专干, 网格员, "
        "报账员; no names anywhere, no 科室); a merged ``监督电话：…`` line and 社区（盖章）/date under it",
        [sh], t,
    )  # fmt: skip


def vet_station_cards() -> dict:
    town = f"{PLACE}鹭坝镇"
    dept = "畜牧兽医站"
    t = _Truth(town)
    cards = [
        ("站长", "琚牧原", "middle", "主持站内工作,负责动物防疫、检疫申报和畜牧业补助项目的组织实施。", [
            ("能繁母猪补贴、良种补贴对象申报审核不严", "高", "补贴对象逐户核实,名单在村公示栏公示。"),
            ("动物防疫物资分配不按养殖量", "中", "防疫物资按存栏数分配,分配表报镇政府备案。"),
        ]),
        ("防疫员", "隗苓秋", "general", "负责辖区畜禽强制免疫、免疫档案和耳标佩戴。", [
            ("免疫档案填写不实,漏免、虚免", "中", "免疫后现场拍照上传,站长每月抽查。"),
            ("向养殖户收取免疫劳务费用", "低", "强制免疫不收费的规定张贴公示,公开举报电话。"),
        ]),
        ("协检员", "羊舌晓牧", "general", "协助官方兽医开展产地检疫申报受理和检疫登记。", [
            ("检疫申报受理后不到场查验,代填检疫记录", "高", "申报受理信息系统登记,现场查验定位拍照。"),
            ("为未免疫畜禽出具协检意见", "中", "协检意见与免疫档案核对,签字负责。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 12, 34, 10, 34])
        _line(sh, f"{town}{dept}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "职务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        r = sh.add("序号", "风险点", None, "风险等级", "防控措施")
        sh.merge(r, 1, r, 2)
        for n, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "vet_station_cards",
        "https://www.paxyq.com/t/jie-mi-xian-cheng-chu-mu-zhan-shou-hu-nong-min-qian-dai-zi-de-mu-hou-ying-xiong.html",
        "镇畜牧兽医站 岗位廉政风险防控卡, one sheet a post, after the source's account of a 县城畜牧站 and the 乡镇畜牧"
        "兽医站 under it (疫病防控, 养殖技术, 质量检测): tabs ``站长``, ``防疫员``, ``协检员``; each card titled "
        "``云阳县鹭坝镇畜牧兽医站岗位廉政风险防控卡``, the pairs ``姓名 | … | 职务 | …`` above, a merged ``岗位职责`` "
        "line, then 序号/风险点 (merged over two columns)/风险等级 高/中/低/防控措施; ``持卡人签字: | 年 月 日`` below; "
        "no type column. The 镇's own 站 is a 科室 of the 镇",
        sheets, t,
    )  # fmt: skip


def irrigation_station_two_rows() -> dict:
    unit = f"{PLACE}青鸾河灌区管理站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add("序号", "股室", "岗位", "姓名", "廉政风险", None, None, "防控措施")
    r2 = sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    sh.merge(r, 4, r, 6)
    for c in (0, 1, 2, 3, 7):
        sh.merge(r, c, r2, c)
    rows = [
        ("站领导", "站长", "栾渠清", "渠系改造工程施工单位确定不经集体研究", "制度机制", "高",
         "工程项目按规定招标,站务会研究留存纪要。", "leader"),
        ("站领导", "站长", "栾渠清", "灌溉用水计划分配向关系村组倾斜", "岗位职责", "中",
         "用水计划按灌溉面积核定,分配结果公示。", "leader"),
        ("工程股", "股长", "岑堰生", "渠道清淤工程量计量虚增", "业务流程", "高",
         "工程量现场测量,监理、村组双签。", "middle"),
        ("工程股", "技术员", "仝闸明", "闸门维修材料验收不严", "外部环境", "低", "材料进场验收登记,旧件交回。",
         "general"),
        ("用水管理股", "股长", "褚渠芳", "农业水费减免审批随意", "岗位职责", "中",
         "减免标准公开,减免审批集体研究。", "middle"),
        ("用水管理股", "水费收缴员", "亓润禾", "收取水费不开票,截留水费", "思想道德", "高",
         "水费统一票据,收缴明细每月张榜。", "general"),
        ("财务室", "会计", "欧阳筱渠", "工程款支付审核不严,超进度付款", "制度机制", "中",
         "工程款按合同和进度支付,实行会计、股长、站长三级审核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "irrigation_station_two_rows",
        "https://www.zlipz.com/news/jie-mi-nong-ye-shui-li-zhan-zhan-zhang-zhang-wo-guan-gai-ming-mai-de-mu-hou-ying-xiong.html",
        "县灌区管理站 岗位廉政风险点一览表 after the source's account of a 农业水利站站长's work (灌溉系统 规划与管理, "
        "渠道, 泵站, 预算编制, 维护与保养): a TWO-ROW header — ``序号 | 股室 | 岗位 | 姓名`` and ``防控措施`` merged down "
        "two rows, ``廉政风险`` merged across three columns over ``风险点 | 风险类型 | 风险等级`` — then 股室 merged "
        "(站领导, 工程股, 用水管理股, 财务室), 岗位 and 姓名 merged per person (the compound surname ``欧阳筱渠``), "
        "types short names, 高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def nursing_home_no_dept() -> dict:
    unit = f"{PLACE}岚垭区域性中心敬老院"
    sh = _Sheet("排查表", [6, 10, 9, 32, 12, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    r = sh.add(f"单位：{unit}", None, None, None, "填报时间：2024年9月", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("院长", "蒯颐年", "特困人员入住审核把关不严,违规收住社会老人收费", "岗位职责", "高",
         "入住对象凭民政部门审批表办理,入住名单每季度公示。", None, "leader"),
        ("院长", "蒯颐年", "院内设施维修项目不比价", "制度机制", "中", "维修项目三家比价,院务会研究。", None,
         "leader"),
        ("副院长", "鞠桑榆", "供养对象生活物资采购验收不严", "业务流程", "中",
         "物资采购两人以上,验收由供养对象代表参加。", None, "middle"),
        ("会计", "殳晚萱", "特困供养金、护理补贴发放不及时、不足额", "制度机制", "高",
         "供养金按月足额发放,发放表由本人签字。", "兼出纳", "general"),
        ("会计", "殳晚萱", "老人零用钱代管不记账", "思想道德", "中", "代管资金一人一账,每月与老人核对。",
         "兼出纳", "general"),
        ("炊事员", "晁仓满", "伙食费克扣,食材私拿", "外部环境", "低", "伙食账每周公布,食材出入库登记。", None,
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, note)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (7, lambda row: row[7])])
    sh.add()
    sh.add("院长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "nursing_home_no_dept", "https://abg.baidu.com/tags/xd34bygqzxi7rqgpxp5ltooizpkldrpe23b3d2wxxq16",
        "县区域性中心敬老院 岗位廉政风险排查表 after the source's 养老机构人员配置标准 (院长, 护理员, 炊事员, 财会人员 "
        "by 供养人数): ``单位：… | 填报时间：…`` over the table; 序号/岗位/姓名 — merged per person — /风险点/风险类别 "
        "(short names)/风险等级 高/中/低/防控措施/``备注`` (``兼出纳`` merged over the 会计's two rows); NO 科室 column "
        "(a small institution: 院长, 副院长, 会计, 炊事员); 院长签字/填表人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    coop_roster_line(),
    town_station_footer_unit(),
    bus_company_job_number(),
    nutrition_school_links(),
    bus_station_headcount(),
    community_duty_list(),
    vet_station_cards(),
    irrigation_station_two_rows(),
    nursing_home_no_dept(),
]

RESAVED: tuple[str, ...] = ()  # this batch keeps no re-saved copies


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch203-inbox"))
