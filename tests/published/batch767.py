"""The seven-hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 城市供水 and
排水 bodies, 铁岭县 (of 铁岭市, 辽宁省) — its 自来水公司, 污水处理厂, 水质检测站, 供排水服务中心,
排水管理所, 城乡供水工程建设管理站 and 农村供水管理站 — each handing back the 一览表, 防控卡, 排查表,
清单 or 自查表 its staff typed in WPS or Excel:

- the 自来水公司's 一览表: ``部门`` merged, ``岗位 | 姓名`` merged per person, short types, ``一级/二级/三级``;
- the 污水处理厂's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a 所在部门 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 水质检测站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, no names, ``…风险`` types, 高/中/低;
- the 供排水服务中心's 清单 under GROUP ROWS ``一、中心领导`` … merged across, ``岗位 | 姓名`` merged per
  person, ``高风险/中风险/低风险``, no type column;
- the 排水管理所's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 城乡供水工程建设管理站's workbook in TWO SHEETS ``站领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``股室``, ``一级风险/二级风险/三级风险``;
- the 农村供水管理站's 一览表 under ``附件2`` and a 填报单位 line, ``股室 | 岗位 | 责任人`` on EVERY row,
  short types, 高/中/低, a ``注：`` line and a sign-off line.

One is harder:

- ``tieling_water_sales_office_self_rows``: the 供水营业所's 营业科 list filled in by the 科长 himself:
  a ``填报人：覃… 　职务：营业科科长`` line over ``序号 | 岗位 | 责任人 | 廉政风险点 | 风险等级 | 防控措施``
  where the 科长's own rows say ``本人`` in the 责任人 cell and the other rows name the 抄表员 and
  收费员; a ``注：“本人”指填报人。`` line under it. The holder of the ``本人`` rows is the 填报人.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (偷水 and 水表 调包, 供水监察; 污水处理厂
提标工程, 雨污分流 管网 跟踪审计; 饮用水水质 信息公开 and 检测; 水质督查; 雨污水管网 改造 审计, 检查井;
污水管网建设 跟踪审计, 工程合同, 竣工图纸; 农村饮水安全 水质检测; 偷盗水 专项检查, 水表排查, 抄表数据)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 覃 and 蓟 with rare given names); every unit
is a body of 铁岭县.

Run ``python tests/published/score.py --set batch767`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a 责任人 cell ``本人`` is the 填报人 named in the line above the table (his post
  the row's 岗位); the 填报人 line, the ``注：`` line and the sign-off line are no points;
- ``公司领导``, ``站领导``, ``中心领导`` (a 部门 cell, a sheet, a group row) are the 科室 of those
  leaders; the cards' holders have the 科室 their 所在部门 line names; a 股, 科, 室 or 车间 is a 科室;
- 经理, 副经理, 厂长, 副厂长, 站长, 副站长, 主任, 副主任 (of a 中心), 所长 are leaders; 股长, 科长,
  车间主任 middle; the rest general;
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

PREFIX = "b767_"
PLACE = "铁岭县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
SELF = "本人"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

FILLER = ("营业科科长", "科长", "覃翊湛")

# (岗位, 责任人 cell, holder, tier, 廉政风险点, 风险等级, 防控措施)
SELF_ROWS = [
    ("科长", SELF, "覃翊湛", "middle", "大用户水费减免、缓缴审核把关不严", "高",
     "减免缓缴经营业科集体审核、所长审批，每月公示。"),
    ("科长", SELF, "覃翊湛", "middle", "新装用户接水工程指定施工队伍", "高", "接水工程由用户自选施工单位，营业科不得推荐。"),
    ("科长", SELF, "覃翊湛", "middle", "违章用水、偷盗水处理以罚代管", "中", "违章处理两人以上现场取证，处理结果登记备查。"),
    ("抄表员", "蓟沄翚", "蓟沄翚", "general", "少抄、估抄水表读数，收受用户好处", "高",
     "抄表片区定期轮换，营业科每月抽查复抄。"),
    ("抄表员", "蓟沄翚", "蓟沄翚", "general", "水表调包、私拆水表不报告", "中", "水表更换留存照片，表号与档案核对。"),
    ("收费员", "覃昳珩", "覃昳珩", "general", "截留、挪用现金水费", "高", "水费日清日结，现金当日存入银行。"),
    ("收费员", "覃昳珩", "覃昳珩", "general", "擅自更改用户用水性质和水价", "中", "用水性质变更经科长审核，系统留痕。"),
]  # fmt: skip


def tieling_water_sales_office_self_rows() -> dict:
    unit = f"{PLACE}供水营业所"
    dept = "营业科"
    sh = _Sheet("营业科", [6, 10, 10, 40, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险点排查表", 6)
    title, post, who = FILLER
    _line(sh, f"填报人：{who}{GAP * 2}职务：{title}{GAP * 6}填报日期：2025年4月", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (post_, cell, holder, tier, point, lv, measures) in enumerate(SELF_ROWS, 1):
        sh.add(i, post_, cell, point, lv, measures)
        t.point(sh.name, dept, post_, holder, tier, point, [], HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：“本人”指填报人；风险等级分高、中、低三级。", 6)
    sh.add("填报人（签字）：", None, "所长审核：", None, "", None)
    return _layout(
        "tieling_water_sales_office_self_rows", "http://hanyadichan.com/home/news/detail.html?id=4413",
        "(harder) 县供水营业所 营业科 岗位廉政风险点排查表, after the source's 偷盗水行为专项检查 (水表排查, 私拆水表, "
        "抄表数据分析, 追缴水费): a title, a merged ``填报人：覃翊湛　职务：营业科科长　填报日期：…`` line, then "
        "序号/岗位/责任人/廉政风险点/风险等级 高/中/低/防控措施, 岗位 and 责任人 merged per person; the 科长's own rows "
        "say ``本人`` in the 责任人 cell (the holder is the 填报人), the 抄表员's and 收费员's rows name them; a "
        "``注：“本人”指填报人…`` line and a 填报人（签字）/所长审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tieling_tap_water_company_list() -> dict:
    unit = f"{PLACE}自来水公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "经理", "蓟璘煦", "leader", "管网改造工程发包不经集体研究", "制度机制", "一级",
         "工程发包经经理办公会研究，进入县公共资源交易中心。"),
        ("公司领导", "经理", "蓟璘煦", "leader", "大口径水表采购指定品牌", "岗位职责", "二级", "水表采购公开比选，技术参数通用。"),
        ("供水监察科", "科长", "覃霙昉", "middle", "偷水案件追缴水费随意减免", "业务流程", "一级",
         "追缴金额经科务会审定，减免报经理审批。"),
        ("供水监察科", "监察员", "蓟珣骞", "general", "发现私接管道、调包水表不如实上报", "思想道德", "二级",
         "监察两人一组，现场照片上传系统。"),
        ("管网维修科", "科长", "覃曦瑗", "middle", "维修材料虚报冒领", "业务流程", "二级", "维修材料按工单领用，月末盘点。"),
        ("管网维修科", "科长", "覃曦瑗", "middle", "抢修工程量签证不实", "外部环境", "三级", "签证经监理、科长、用户三方确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, "审核：", None, None, "2025年4月", None, None)
    return _layout(
        "tieling_tap_water_company_list", "https://static.h2o-china.com/news/82120.html",
        "县自来水公司 岗位廉政风险防控一览表, after the source's 偷水案件 (水表调包, 供水监察队, 追缴水费, 举报奖励): a "
        "title, 序号/部门 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def tieling_sewage_plant_cards() -> dict:
    unit = f"{PLACE}污水处理厂"
    t = _Truth(unit)
    cards = [
        ("厂长", "蓟琰翾", "厂长", "厂领导", "leader", [
            ("提标改造工程变更不经集体研究", "★★★", "工程变更经厂务会研究，报县住建局备案。"),
            ("污泥处置单位选定暗箱操作", "★★★", "污泥处置单位公开招标。"),
            ("接受施工单位宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("运行车间主任", "覃颀溍", "主任", "运行车间", "middle", [
            ("出水水质在线监测数据弄虚作假", "★★★", "在线数据与化验室数据每日比对。"),
            ("药剂入库数量、质量验收不严", "★★", "药剂验收两人签字，抽样送检。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("所在部门", dept, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "tieling_sewage_plant_cards", "http://sjj.weihai.gov.cn/art/2022/11/17/art_9571_3170765.html",
        "县污水处理厂 岗位廉政风险防控卡, one sheet a holder, after the source's 跟踪审计 (污水处理厂提标工程, 雨污分流, "
        "隐蔽工程质量, 出水水质): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在部门 line, then 序号/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tieling_water_quality_station_posts() -> dict:
    unit = f"{PLACE}水质检测站"
    sh = _Sheet("排查表", [6, 12, 12, 34, 12, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "委托检测合同定价随意", "制度机制风险", "高", "检测收费按物价标准执行，合同经站务会审定。"),
        ("站领导", "站长", "leader", "检测仪器采购收受回扣", "岗位职责风险", "中", "仪器采购按政府采购程序。"),
        ("检测室", "检测员", "general", "出厂水、管网水检测数据篡改", "业务流程风险", "高", "原始记录不得涂改，数据系统留痕。"),
        ("检测室", "检测员", "general", "水样采集点位随意变更", "业务流程风险", "中", "采样点位固定编号，采样拍照上传。"),
        ("综合室", "报告审核员", "general", "检测报告不审即签发", "岗位职责风险", "低", "报告三级审核后签发。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("排查人：", None, "审核人：", None, None, "2025年5月", None)
    return _layout(
        "tieling_water_quality_station_posts", "http://www.boteman.cn/paper/500387767.html",
        "县水质检测站 岗位廉政风险排查表 对岗不对人, after the source's 农村饮水安全 水质检测 (检测体系, 水质监测, 监管平台): "
        "a title, 序号/科室 merged/岗位 merged/风险点/风险类型 ``…风险``/等级 高/中/低/防控措施; no names; a 排查人/"
        "审核人/date line",
        [sh], t,
    )  # fmt: skip


def tieling_supply_drainage_centre_groups() -> dict:
    unit = f"{PLACE}供排水服务中心"
    sh = _Sheet("清单", [6, 12, 10, 40, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "蓟纾瑱", "leader", [
                ("二次供水设施改造项目安排个人说了算", "高风险", "项目安排经中心主任办公会研究，结果公开。"),
                ("供水服务外包单位选定不公", "中风险", "外包服务公开比选。"),
            ]),
        ]),
        ("二、客户服务科", "客户服务科", [
            ("科长", "覃彧潆", "middle", [
                ("用户报装资料审核吃拿卡要", "高风险", "报装一次告知，办理时限公开。"),
            ]),
            ("窗口受理员", "蓟淏璆", "general", [
                ("水费发票开具不规范", "低风险", "发票系统开具，每日核对。"),
            ]),
        ]),
        ("三、排水管理科", "排水管理科", [
            ("科长", "覃瑀翀", "middle", [
                ("排水许可审查降低标准", "高风险", "排水许可现场核查两人以上，结果公示。"),
                ("管道疏通费用结算虚增", "中风险", "疏通作业量经监督员签认。"),
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
        "tieling_supply_drainage_centre_groups", "https://www.ytsjk.cn/Book/S-7-15886",
        "县供排水服务中心 廉政风险防控责任清单, after the source's 饮用水安全状况信息公开 (供水单位, 水质信息, 服务大厅): a "
        "title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS ``一、中心领导``, "
        "``二、客户服务科``, ``三、排水管理科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def tieling_drainage_office_selfchecks() -> dict:
    unit = f"{PLACE}排水管理所"
    t = _Truth(unit)
    people = [
        ("所长", "蓟鋆湉", "所领导", "所长", "leader", [
            ("雨污水管网改造工程量审核不实", "Ⅰ级", "工程量经跟踪审计复核。", "已落实"),
            ("检查井防坠网采购以次充好", "Ⅱ级", "采购验收抽检。", "已落实"),
        ]),
        ("巡查员", "覃皞骢", "管网股", "巡查员", "general", [
            ("发现混错接、偷排不上报", "Ⅰ级", "巡查轨迹定位，问题台账闭环。", "已落实"),
            ("收受沿街商户好处放松排水检查", "Ⅱ级", "商户检查两人同行。", "正在整改"),
            ("巡查记录补记、代签", "Ⅲ级", "巡查记录当日上传。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, items in people:
        sh = _Sheet(tab, [8, 36, 12, 30, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, state) in enumerate(items, 1):
            sh.add(i, point, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add("本人签字：", None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "tieling_drainage_office_selfchecks", "http://sjj.nantong.gov.cn/ntssjj/bmdt/content/a14594ab-e034-4dbb-bc3a-710b13c91808.html",
        "县排水管理所 岗位廉政风险自查表, one sheet a person, after the source's 雨污水管网工程 审计 (工程量清单, 检查井, "
        "防坠网, 隐蔽工程): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over a row of values, then "
        "序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/自查情况; no type column; a 本人签字/所长审核 line",
        sheets, t,
    )  # fmt: skip


def tieling_supply_works_station_two_sheets() -> dict:
    unit = f"{PLACE}城乡供水工程建设管理站"
    t = _Truth(unit)
    lead = _Sheet("站领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}站领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("覃濛玓", "站长", "主持全面工作", [
            ("供水管网工程合同签订不经集体研究", "一级风险", "合同签订前经站务会研究、法律顾问审查。"),
            ("竣工结算审核把关不严", "一级风险", "竣工结算委托第三方审计。"),
        ]),
        ("蓟骐澂", "副站长", "分管工程建设", [
            ("隐蔽工程验收不到场", "二级风险", "隐蔽工程验收影像留存。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 12, 9, 9, 38, 11, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("工程股", "股长", "覃珝芃", "middle", "施工图纸与竣工图纸不符不纠正", "一级风险", "竣工图纸与合同、设计比对。"),
        ("工程股", "技术员", "蓟湜珲", "general", "工程签证虚增工程量", "二级风险", "签证经监理、股长双签。"),
        ("财务股", "会计", "覃旻翡", "general", "工程款超进度拨付", "二级风险", "拨款凭进度报表和监理意见。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tieling_supply_works_station_two_sheets", "http://sjt.fujian.gov.cn/zwgk/gzdt/zzdt/202311/t20231116_6300952.htm",
        "县城乡供水工程建设管理站 一览表 in TWO SHEETS, after the source's 污水管网建设 跟踪审计 (工程合同, 设计、施工、"
        "竣工图纸, 管护): ``站领导`` (序号/姓名/职务/分管工作 merged per leader/廉政风险点/风险等级/防控措施) and ``股室`` "
        "(股室 merged, 岗位 and 姓名 merged per person), ``一级风险/二级风险/三级风险``, no type column",
        [lead, dept], t,
    )  # fmt: skip


def tieling_rural_supply_station_list() -> dict:
    unit = f"{PLACE}农村供水管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蓟甯霈", "leader", "农村饮水安全维修养护资金分配不公", "制度机制", "高",
         "资金分配按工程台账测算，站务会研究后公示。"),
        ("站领导", "站长", "蓟甯霈", "leader", "水质检测服务机构选定不公开", "岗位职责", "中", "检测服务公开比选。"),
        ("运行管理股", "股长", "覃筠洺", "middle", "村级供水工程验收走过场", "业务流程", "高", "验收邀请乡镇和村民代表参加。"),
        ("运行管理股", "管水员", "蓟谞峤", "general", "收取水费不入账", "思想道德", "中", "水费票据统一印制，按月公示。"),
        ("财务室", "出纳", "覃翯珺", "general", "维修资金支付凭证审核不严", "业务流程", "低", "支付凭证经办、审核、审批三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tieling_rural_supply_station_list", "https://www.renrendoc.com/paper/507604652.html",
        "县农村供水管理站 岗位廉政风险防控一览表, after the source's 水质督查实施方案 (督查体系, 数据真实性, 监管): ``附件2``, "
        "a title, a merged 填报单位（盖章）/填报时间 line, then 序号/股室/岗位/责任人 written on EVERY row/廉政风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; a ``注：`` line and a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tieling_water_sales_office_self_rows(),
    tieling_tap_water_company_list(),
    tieling_sewage_plant_cards(),
    tieling_water_quality_station_posts(),
    tieling_supply_drainage_centre_groups(),
    tieling_drainage_office_selfchecks(),
    tieling_supply_works_station_two_sheets(),
    tieling_rural_supply_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch767-inbox"))
