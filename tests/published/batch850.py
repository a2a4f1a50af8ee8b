"""The eight-hundred-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's forestry
and 八渡笋 bodies, 田林县 (of 百色市, 广西壮族自治区) — its 林业局, 国有林场, 森林公安局, 林产品质量检测站,
林业技术推广站, its 乡镇林业站 (六隆镇, 八渡瑶族乡) and its 八渡笋产业发展中心 — each handing back the
一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 国有林场's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, ``风险点 | 风险表现``, ``…风险``
  types, 高/中/低; no names;
- the 森林公安局's 防控卡, one sheet a 民警: ``姓　名 | … | 职　务 | …`` and a merged ``所在部门`` line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 林产品质量检测站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 六隆镇林业站's 责任清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 八渡瑶族乡林业站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 林业技术推广站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``tianlin_badusun_centre_fund_bands``: the 八渡笋产业发展中心's 项目资金类岗位廉政风险点排查表, ``序号 | 股室
  | 岗位 | 姓名 | 廉政风险点 | 涉及资金（万元） | 防控措施`` with NO level column: each row writes only
  the sum of money its point touches (a number: ``186``, ``72.6``, ``3.5``), and a ``注：`` line under
  the table says the level goes by that sum — 50万元（含）以上 一级, 10万元（含）至50万元 二级, under
  10万元 三级. The README's 读得懂的表 knows levels from factor scores (L×E×C, weighted scores, a 风险值
  column) banded by a note, from scores ticked under ``1 | 2 | … | 5``, from a column's short VALUES
  each named in a note (``每月检查一次的为一级``), amount bands naming HOLDERS (``单笔支付金额 | 5万元以下``
  keyed by a line); it does not describe a level set by a money column's NUMBER falling in the
  bands of a note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (八渡笋 as a 扶贫 产业, its 地理标志,
无公害 认证 and 竹林 面积; the 八渡笋 示范区 — 资源培育, 加工企业, 庆丰节; a 林场's 抚育间伐 — 采伐限额,
木材 售价, 合同 and 发票; 森林公安 廉政文化 — 廉洁奉公、严格执法、文明办案; 林产品质量监测 — 抽样,
检测, 不得向受检单位收费; a 镇's 生态护林员选聘公告 — 申报, 林业工作站 审核, 公示, 管护; 八渡笋
示范区's 低产林改造 and 滴灌, 科研推广 资金; a 苗圃场's 母竹 收购 and 笋苗 育苗, 扶持政策) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (the rare surnames 班 and 蒙 with rare given names); every unit is a body of
田林县.

Run ``python tests/published/score.py --set batch850`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point's level is the band its ``涉及资金（万元）`` sum falls in by the
  ``注：`` line (``186``, ``72.6`` and ``260`` 一级, ``35``, ``23`` and ``12.8`` 二级, ``8.4`` and ``3.5`` 三级); the sum is no point,
  no type and no measures; the 中心's 主任 and 副主任 (``中心领导``) are leaders, a 股长 middle, the rest
  general; the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``场领导``, ``站领导`` and ``中心领导`` are the 科室 of those leaders where a 部门 (股室,
  科室, 所在部门) cell or a group row writes them (the police 局长's card writes ``所在部门 | 局领导``);
  the 林业局's leaders (sheet ``局领导``, no 科室 column) have no 科室; a 局's 股, a 场's 科 and 工区, a
  站's 室, 股 and 组, a 森林公安局's 大队 are 科室;
- every unit is a unit of its own: 局长, 副局长, 场长, 副场长, 站长, 副站长, 主任, 副主任, 政委 and the
  police 局长 are leaders; 股长, 科长, 主任 of a 室, 大队长 and 中队长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 国有林场's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b850_"
PLACE = "田林县"
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


def fund_level(amount: float) -> int:
    """The 注：line's bands: 50万元（含）以上 一级, 10万元（含）至50万元 二级, under 10万元 三级."""
    return 1 if amount >= 50 else 2 if amount >= 10 else 3


FUND_NOTE = (
    "注：本表不单列风险等级，风险等级按所涉资金额度确定：单项涉及资金在50万元（含）以上的为一级风险，"
    "10万元（含）至50万元之间的为二级风险，10万元以下的为三级风险。"
)

# (股室, 岗位, 姓名, tier, [(廉政风险点, 涉及资金（万元）, 防控措施)])
FUND_ROWS = [
    ("中心领导", "主任", "班瑀潼", "leader", [
        ("笋用竹低产林改造项目实施主体确定不经集体研究", 186,
         "实施主体经中心班子会集体研究，结果在项目所在村公示。"),
        ("八渡笋加工龙头企业扶持资金分配优亲厚友", 120, "扶持对象按申报条件量化评审，名单报县林业局备案。"),
    ]),
    ("中心领导", "副主任", "蒙昶翙", "leader", [
        ("示范区滴灌设施采购验收不严，以次充好", 64, "验收邀请笋农代表和技术人员参加，验收记录存档。"),
        ("笋农种植管护技术培训虚报参训人数", 12.8, "培训签到表、照片与补贴发放名册逐一核对。"),
    ]),
    ("产业发展股", "股长", "班璟澔", "middle", [
        ("母竹、笋苗采购供应商选择暗箱操作", 35, "采购三家以上询价比选，结果公开。"),
        ("笋干价格指数保险保费补贴对象核定不实", 72.6, "补贴对象村级公示，股室复核面积和产量。"),
    ]),
    ("产业发展股", "股员", "蒙箐岚", "general", [
        ("八渡笋种植补助面积实地核查走过场", 8.4, "核查实行两人以上同行，留存定位照片。"),
    ]),
    ("财务股", "会计", "班湉骞", "general", [
        ("项目资金不按工程进度拨付，提前拨付", 260, "拨付凭监理签证和进度报告，分管领导审签。"),
        ("八渡笋庆丰节等活动经费报销审核不严", 23, "活动经费编制预算，凭合同和发票报销。"),
        ("差旅费、会议费报销票据把关不严", 3.5, "报销单据经办人、审核人、审批人三签。"),
    ]),
]  # fmt: skip


def tianlin_badusun_centre_fund_bands() -> dict:
    unit = f"{PLACE}八渡笋产业发展中心"
    sh = _Sheet("排查表", [6, 12, 8, 9, 40, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}项目资金类岗位廉政风险点排查表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 16}2025年6月", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "涉及资金（万元）", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in FUND_ROWS:
        for point, amount, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, amount, measures)
            t.point(sh.name, dept, post, who, tier, point, [], fund_level(amount))
    _per_person(sh, first, 1, 2, 3)
    _line(sh, FUND_NOTE, 7)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None)
    return _layout(
        "tianlin_badusun_centre_fund_bands", "https://yybnet.net/baise/tianlin/201806/7546501.html",
        "(harder) 县八渡笋产业发展中心 项目资金类岗位廉政风险点排查表, after the source's 右江日报 piece on 八渡笋 as a 扶贫 "
        "产业 (品牌, 地理标志保护产品, 无公害农产品 认证, 竹林面积, 笋农收入): a title, a merged 填报单位/date line, then "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/``涉及资金（万元）`` (a NUMBER a row)/防控措施 and NO "
        "level column; a ``注：`` line under the table grading the points by that sum (50万元（含）以上 一级, 10万元（含）"
        "至50万元 二级, under 10万元 三级); a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tianlin_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒙翯沅", "局长", "主持全面工作", [
            ("竹业产业转型升级项目安排个人说了算", "一级", "项目安排经局党组会集体研究，会议纪要存档。"),
            ("笋竹加工企业用地用林审批中打招呼", "一级", "审批事项按权责清单办理，全程留痕。"),
        ]),
        ("班岍琨", "副局长", "分管资源管理、林政执法", [
            ("林木采伐指标分配不公开", "一级", "采伐指标分配方案公示，接受群众监督。"),
            ("使用林地现场查验走过场", "二级", "查验两人以上，影像资料归档。"),
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
        ("资源林政股", "股长", "蒙霁珣", "middle", "林木采伐许可证核发审查不严", "一级",
         "采伐申请材料双人审查，伐区调查设计抽查复核。"),
        ("资源林政股", "股长", "蒙霁珣", "middle", "木材运输违法案件线索压案不查", "二级", "案件线索登记台账，定期通报。"),
        ("资源林政股", "股员", "班澍玥", "general", "伐区验收只看资料不到现场", "三级", "伐区验收现场拍照，验收单签字存档。"),
        ("造林绿化股", "股长", "蒙珞骁", "middle", "造林绿化项目检查验收面积虚报", "一级", "验收采用卫星影像比对，结果公示。"),
        ("财务股", "会计", "班沣瑷", "general", "竹业发展专项资金报账审核不严", "二级", "报账单据三级审核，每季度对账。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "tianlin_forestry_bureau_two_sheets", "https://baisenews.net/thread-327043-1-1.html",
        "县林业局 廉政风险防控一览表 in TWO SHEETS, after the source's 百色看点 piece on the 八渡笋 示范区 (资源培育, 产业转型"
        "升级, 笋竹加工企业, 庆丰节): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def tianlin_state_forest_farm_posts() -> dict:
    unit = f"{PLACE}国有林场"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "leader", "木材销售定价", "抚育间伐木材低价销售给关系人，合同价与发票价不符",
         "制度机制风险", "高", "木材销售公开竞价，合同、发票、出库单三单核对。"),
        ("场领导", "场长", "leader", "采伐限额执行", "超出采伐许可证限额采伐，默许多砍多运",
         "岗位职责风险", "高", "采伐作业全程监管，伐后蓄积量复核。"),
        ("生产经营科", "科长", "middle", "迹地更新验收", "采伐迹地未按期更新造林，验收弄虚作假",
         "业务流程风险", "中", "更新造林验收由场部和工区联合进行。"),
        ("生产经营科", "科长", "middle", "林地承包管理", "林地承包合同违规转包，收取好处费",
         "外部环境风险", "中", "承包合同统一范本，转包须经场务会研究。"),
        ("工区", "护林员", "general", "巡山管护", "发现盗伐林木隐瞒不报，收受好处",
         "思想道德风险", "中", "巡护日志每日上传，工区长不定期抽查。"),
        ("工区", "护林员", "general", "林下种植管理", "默许职工亲属在场内违规种植经济作物",
         "思想道德风险", "低", "林下经营项目登记备案，每季度清查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：场办公室", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "tianlin_state_forest_farm_posts", "https://danmeisk.com/c75796/9845683_2.html",
        "县国有林场 岗位廉政风险点排查表 对岗不对人, after the source's 林场 职工 的反映 (抚育间伐, 采伐限额 与 采伐许可证, "
        "木材 售价, 合同 与 发票, 迹地更新, 以短养长): a title, 序号/部门 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def tianlin_forest_police_cards() -> dict:
    unit = f"{PLACE}森林公安局"
    t = _Truth(unit)
    cards = [
        ("局长", "蒙翾岱", "局长", "局领导", "leader", [
            ("涉林刑事案件立案、撤案由个人决定", "★★★", "立案、撤案经局案件审核小组集体审核。"),
            ("插手干预下属办案，为盗伐嫌疑人说情", "★★★", "领导干部干预案件记录报告制度。"),
            ("接受涉案人员宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("治安大队长", "班峤琰", "大队长", "治安管理大队", "middle", [
            ("木材运输检查中对违法车辆以罚代刑", "★★", "罚没款统一上缴，处罚决定法制审核。"),
            ("扣押木材、车辆保管处置不规范", "★★", "涉案财物统一入库，台账专人管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}民警廉政风险防控卡", 4)
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
        "tianlin_forest_police_cards", "http://www.baywatch.cn/wenhualunwen/lianzhengwenhualunwen/55295.html",
        "县森林公安局 民警廉政风险防控卡, one sheet a 民警, after the source's 森林公安 廉政文化 essay (廉洁奉公、严格执法、"
        "文明办案, 执法 与 遏制森林犯罪): a title, ``姓　名 | … | 职　务 | …`` and a merged 所在部门 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def tianlin_testing_station_selfchecks() -> dict:
    unit = f"{PLACE}林产品质量检测站"
    t = _Truth(unit)
    people = [
        ("蒙泓瓒", "站领导", "站长", "leader", [
            ("检测报告签发不审核原始记录", "Ⅰ级", "报告签发前核对原始记录，签发人终身负责。", "已落实"),
            ("检测设备采购指定品牌", "Ⅱ级", "设备采购按政府采购程序办理。", "未发现问题"),
        ]),
        ("班琳翃", "检测室", "检测员", "general", [
            ("篡改八渡笋干二氧化硫检测数据", "Ⅰ级", "检测数据仪器自动上传，不得手工修改。", "已落实"),
            ("抽样时向受检企业收取费用", "Ⅱ级", "抽样不收费，抽样单由受检单位签字确认。", "已落实"),
        ]),
        ("蒙瀚璇", "业务室", "抽样员", "general", [
            ("抽样前向受检企业透露抽样时间", "Ⅱ级", "抽样任务当日下达，两人以上同行。", "未发现问题"),
            ("样品流转登记不全，调换样品", "Ⅲ级", "样品编码盲样流转，交接双签。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tianlin_testing_station_selfchecks", "http://www.huaxiafloor.com/index.php?c=news&m=detail&id=371",
        "县林产品质量检测站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 2020年林产品"
        "质量监测 通知 (食用林产品, 抽样 检测, 质检机构, 不得向受检单位收取任何费用): a title, a label row ``姓　名 | 所在科室 "
        "| 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def tianlin_liulong_station_group_rows() -> dict:
    unit = f"{PLACE}六隆镇林业站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "班霈澂", "leader", [
                ("生态护林员选聘审核中优亲厚友", "一级风险", "选聘名单村级公示、站务会审核，报县林业局备案。"),
                ("护林员管护补助考核打分随意", "二级风险", "考核按巡护记录量化打分，结果公示。"),
            ]),
        ]),
        ("二、资源管护组", "资源管护组", [
            ("组长", "蒙朏翎", "middle", [
                ("管护区乱砍滥伐线索不及时上报", "一级风险", "线索登记台账，限时上报县林业局。"),
            ]),
            ("管护员", "班璆涓", "general", [
                ("护林员巡护记录代签代报", "二级风险", "巡护轨迹由手机终端上传，不得代签。"),
                ("林业有害生物疫情隐瞒不报", "三级风险", "疫情发现即报，每月汇总核对。"),
            ]),
        ]),
        ("三、林政服务组", "林政服务组", [
            ("林政员", "蒙湛琦", "general", [
                ("林木采伐申请材料初审把关不严", "二级风险", "初审清单化，材料不全一次性告知。"),
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
        "tianlin_liulong_station_group_rows", "https://www.ningxian.gov.cn/pkz/xxgk/fdzdgknr/cwgk/content_23616",
        "镇林业站 廉政风险防控责任清单, after the source's 镇 生态护林员选聘公告 (选聘条件, 申报, 林业工作站 审核, 公示, 巡山"
        "护林 管护任务, 有害生物): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "GROUP ROWS ``一、站领导``, ``二、资源管护组``, ``三、林政服务组`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def tianlin_badu_station_list() -> dict:
    unit = f"{PLACE}八渡瑶族乡林业站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "班玹沨", "leader", "低产林改造项目实施村屯安排不公", "制度机制", "高风险",
         "改造任务分配方案经站务会研究，村屯公示。"),
        ("站领导", "站长", "班玹沨", "leader", "滴灌设施建设补助验收签字不到现场", "岗位职责", "中风险",
         "验收现场拍照，笋农代表共同签字。"),
        ("营林股", "股长", "蒙骞璐", "middle", "低产林改造作业面积核实不准", "业务流程", "高风险",
         "面积实地测量，与作业设计比对。"),
        ("营林股", "技术员", "班彧澜", "general", "八渡笋测土配方施肥物资发放不登记", "业务流程", "中风险",
         "物资发放按户登记，农户签字领取。"),
        ("营林股", "技术员", "班彧澜", "general", "技术指导中推销指定厂家肥料", "外部环境", "低风险",
         "技术人员不得推销农资，签订承诺书。"),
        ("综合股", "出纳", "蒙珺砚", "general", "科研推广资金现金支付、公款私存", "思想道德", "中风险",
         "资金公务卡结算，每月对账。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "tianlin_badu_station_list", "https://gx.cri.cn/2019-07-26/ecb9a28a-56af-60f0-dc4a-cf44b40836eb.html",
        "乡林业站 岗位廉政风险防控一览表, after the source's 国际在线 piece on the 八渡笋 产业（核心）示范区 (低产林改造, "
        "滴灌, 种植管护 培训, 科研研发与推广 投入资金): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then "
        "序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def tianlin_extension_station_register() -> dict:
    unit = f"{PLACE}林业技术推广站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "班筠昉", "leader", [
            ("良种笋苗采购不按程序，指定苗圃场", "制度机制", "一级", "采购按政府采购目录，苗圃场比选。"),
            ("推广项目验收邀请关系人员评审", "岗位职责", "二级", "评审专家从专家库随机抽取。"),
        ]),
        ("种苗室", "主任", "蒙瑢岑", "middle", [
            ("母竹收购数量、质量把关不严", "业务流程", "二级", "收购现场两人验收，逐株登记。"),
            ("林木种苗生产经营许可审查降低标准", "外部环境", "一级", "许可审查实行初审、复审两级。"),
        ]),
        ("种苗室", "技术员", "班峋湲", "general", [
            ("笋苗调运检疫证明随意出具", "业务流程", "一级", "检疫证明凭现场检疫记录出具。"),
        ]),
        ("办公室", "会计", "蒙皛琪", "general", [
            ("技术推广补助资金发放对象不实", "思想道德", "三级", "补助名册村级公示，一卡通发放。"),
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
        "tianlin_extension_station_register", "http://gx.people.com.cn/n2/2025/0324/c390645-41174106.html",
        "县林业技术推广站 廉政风险点排查登记表, after the source's 人民网 piece on 八渡笋 笋苗 育苗 (苗圃场, 母竹 收购, 笋苗 "
        "销往区外, 扶持政策, 标准化种植技术): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tianlin_badusun_centre_fund_bands(),
    tianlin_forestry_bureau_two_sheets(),
    tianlin_state_forest_farm_posts(),
    tianlin_forest_police_cards(),
    tianlin_testing_station_selfchecks(),
    tianlin_liulong_station_group_rows(),
    tianlin_badu_station_list(),
    tianlin_extension_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch850-inbox"))
