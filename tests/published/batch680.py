"""The six-hundred-and-eightieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one banner's water
bodies, 新巴尔虎左旗 (of 呼伦贝尔市, 内蒙古自治区) — its 水利局, 河湖长制办公室, 水政监察大队, 水文站,
灌区管理所, 水土保持工作站, 农村牧区供水管理站 and 防汛抗旱服务中心 — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 河湖长制办公室's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, 高/中/低,
  no type column;
- the 水政监察大队's 排查表 对岗不对人: ``中队`` and ``岗位`` merged, ``风险类型`` (short names),
  ``一级/二级/三级``; no names;
- the 水文站's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 灌区管理所's 清单 under GROUP ROWS ``一、所领导`` … ``三、财务室`` merged across, ``岗位 | 姓名``
  merged per person, ``高风险/中风险/低风险``;
- the 水土保持工作站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``;
- the 农村牧区供水管理站's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  ``风险类型`` (short names), ``一级风险/二级风险/三级风险``, a ``注：`` line;
- the 防汛抗旱服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``.

One is harder:

- ``xinzuoqi_water_bureau_reminder_letters``: the 水利局's 廉政风险提示单, ONE SHEET of stacked
  LETTERS, one a holder: each opens with a salutation line ``致：水资源股股长蒯…同志：`` (the holder's
  科室, post and name written only there, run together in a sentence), a sentence ``根据…排查结果，
  现将你岗位的廉政风险点及防控要求提示如下：``, then its own small table ``序号 | 廉政风险点 | 风险等级 |
  防控要求`` (the 序号 restarting at 1), and closes with a line ``请对照落实。提示人：纪检组长隗…
  2025年5月`` naming the 纪检组长 who SENT the letter (no holder). The table names nobody; a
  block's points are the holder's named in the salutation above it. The README's 读得懂的表 knows
  label rows (``姓　名 | …``) and title lines naming the holder (``…主任某某廉政风险防控卡``), group rows,
  a holder in a labelled bracket closing a point, the holder before a colon at the head of a point,
  holders only in a sign-off line; it does not describe a stack of 提示单 letters whose holder stands
  only in a ``致：…同志：`` salutation, and whose closing line names the letter's sender, not its holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 中央纪委 report on 非法采砂 and its
“保护伞”, 监管不力; the 水利部 全国河道非法采砂专项整治; a 甘州区 灌区 水管所's 水费收缴核查 — 用水台账,
收费票据, 搭车收费; a 河套 市水文局's 秋浇测验 — 人情水, 吃拿卡要, 脱岗; the 河湖 “四乱” 清理整治; a
市水文站's 测报工作会议; a 汉阴县 河道非法采砂暨“清四乱” 联合整治; a 水文局's 河湖长制督查暗访 — 问题台账,
现场核查) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 蒯 and 隗 with rare given names); every unit is a body
of 新巴尔虎左旗.

Run ``python tests/published/score.py --set batch680`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``致：<科室><post><name>同志：`` line opens one holder's form: ``水资源股股长``
  is 科室 水资源股 and post 股长, ``副局长`` a leader without 科室; the block's rows are his points with
  their levels; ``防控要求`` names no holder; the 提示人 (纪检组长) and the sentence lines are no
  points and no holders;
- ``局领导``, ``所领导``, ``站领导`` and ``中心领导`` (a 科室 cell, a group row) are the 科室 of those
  leaders; the 防汛抗旱服务中心's leaders (sheet ``中心领导``, no 科室 column) and the 水文站's cards have
  no 科室; a 股, 室, 组 or 中队 is a 科室;
- 局长, 副局长, 主任, 副主任, 站长, 副站长, 所长, 副所长 and 大队长 are leaders; 股长, 中队长 and a 室/组's
  负责人 middle; the rest general; the 水政监察大队's list names nobody: its forms are posts;
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

PREFIX = "b680_"
PLACE = "新巴尔虎左旗"
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

SENDER = "隗翾岫"

# (科室, post, name, tier, [(廉政风险点, 风险等级, 防控要求)])
LETTERS = [
    ("", "局长", "蒯沨谌", "leader", [
        ("河道采砂规划和年度开采计划编制中为特定企业量身定制", "一级",
         "采砂规划经局党组会集体研究，报旗人民政府批准后公开。"),
        ("对非法采砂举报线索压案不查、充当“保护伞”", "一级", "举报线索登记编号，办理结果向纪检组报备。"),
        ("水利工程项目招标中打招呼、指定施工队伍", "二级", "工程一律进入公共资源交易平台，不得干预评标。"),
    ]),
    ("", "副局长", "隗澔玟", "leader", [
        ("河湖“四乱”问题整改验收走过场、虚假销号", "一级", "整改销号实行现场复核，照片和台账存档。"),
        ("涉河建设项目审批降低标准、违规许可", "二级", "审批意见经技术审查会集体出具。"),
    ]),
    ("水资源股", "股长", "蒯岷翚", "middle", [
        ("取水许可审批中对申请材料审查不严、超许可量审批", "一级", "取水许可实行初审、复审两级审查，结果公示。"),
        ("水资源费征收中减免、缓缴不按规定程序", "二级", "减免缓缴报局长办公会研究，票据统一管理。"),
        ("用水计量数据核定中收受用水户好处", "三级", "计量数据双人核对，定期抽查在线监测数据。"),
    ]),
    ("河湖管理股", "工作人员", "隗珝甯", "general", [
        ("巡河发现问题隐瞒不报、虚假巡河", "二级", "巡河轨迹上传河长制平台，每月通报。"),
        ("接受涉河企业宴请、礼品", "三级", "签订廉洁承诺书，节前廉洁提醒。"),
    ]),
]  # fmt: skip


def xinzuoqi_water_bureau_reminder_letters() -> dict:
    unit = f"{PLACE}水利局"
    sh = _Sheet("提示单", [6, 44, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险提示单", 4)
    for dept, post, who, tier, points in LETTERS:
        sh.add()
        _line(sh, f"致：{dept}{post}{who}同志：", 4)
        _line(
            sh,
            f"{GAP * 2}根据本轮岗位廉政风险排查结果，现将你岗位的廉政风险点及防控要求提示如下：",
            4,
        )
        sh.add("序号", "廉政风险点", "风险等级", "防控要求")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _line(sh, f"{GAP * 2}请对照落实。{GAP * 4}提示人：纪检组长{SENDER}{GAP * 4}2025年5月", 4)
    return _layout(
        "xinzuoqi_water_bureau_reminder_letters", "https://tongguan.qinfeng.gov.cn/info/1023/17970.htm",
        "(harder) 旗水利局 岗位廉政风险提示单, after the source's 中央纪委 report on 非法采砂 (“保护伞”, 监管不力, 举报线索, "
        "河道采砂管理): ONE SHEET of stacked LETTERS, one a holder: a salutation line ``致：<科室><post><name>同志：`` "
        "(the only place the holder is written), a sentence ``根据本轮岗位廉政风险排查结果，现将你岗位的廉政风险点及防控要求"
        "提示如下：``, then a small table ``序号 | 廉政风险点 | 风险等级 | 防控要求`` with the 序号 restarting at 1, "
        "``一级/二级/三级``, and a closing line ``请对照落实。提示人：纪检组长…　2025年5月`` naming the SENDER, no holder",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xinzuoqi_river_chief_office_list() -> dict:
    unit = f"{PLACE}河湖长制办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室领导", "主任", "隗湲翀", "leader", "河湖长制考核中对问题突出的苏木镇打招呼、改分数", "高",
         "考核评分由成员单位交叉打分，结果提请总河长会议审定。"),
        ("办公室领导", "主任", "隗湲翀", "leader", "河湖“清四乱”整治资金安排不公开", "中", "资金安排方案经集体研究并公示。"),
        ("督查组", "组长", "蒯玹崟", "middle", "暗访督查发现问题不交办、私下通风报信", "高",
         "暗访问题清单当日录入平台，交办单编号管理。"),
        ("督查组", "组长", "蒯玹崟", "middle", "问题整改销号把关不严", "中", "销号材料附整改前后影像，双人复核。"),
        ("综合组", "干事", "隗昶珽", "general", "河湖巡查补助发放虚报冒领", "中", "补助按巡河记录核发，名单公示。"),
        ("综合组", "干事", "隗昶珽", "general", "接受巡查对象吃请", "低", "严守中央八项规定精神，廉洁提醒常态化。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "xinzuoqi_river_chief_office_list", "http://www.tgrr.com.cn/xingye/2021/1208/100018125.html",
        "旗河湖长制办公室 岗位廉政风险防控一览表, after the source's 河湖 “四乱” 清理整治 (乱占乱采乱堆乱建, 违建拆除, 12314 "
        "监督举报): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险等级 高/中/低/防控措施; "
        "no type column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinzuoqi_water_inspection_posts() -> dict:
    unit = f"{PLACE}水政监察大队"
    sh = _Sheet("排查表", [6, 12, 12, 40, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "中队", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "leader", "非法采砂案件查处中以罚代刑、不移送司法机关", "岗位职责", "一级",
         "涉嫌犯罪案件一律移送，移送情况报纪检组备案。"),
        ("大队领导", "大队长", "leader", "行政处罚自由裁量权滥用", "制度机制", "一级", "严格执行裁量基准，重大处罚集体讨论。"),
        ("执法一中队", "中队长", "middle", "对举报的偷采行为选择性执法", "外部环境", "二级", "举报件限时核查，执法全过程记录。"),
        ("执法一中队", "执法队员", "general", "现场检查中收受涉砂企业财物", "思想道德", "二级", "两人以上执法，佩戴执法记录仪。"),
        ("执法二中队", "执法队员", "general", "暂扣采砂机具保管不善、私自处置", "业务流程", "三级", "暂扣物品登记造册，专库存放。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：大队办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "xinzuoqi_water_inspection_posts", "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-11/18/content_5651594.htm",
        "旗水政监察大队 岗位廉政风险点排查表 对岗不对人, after the source's 全国河道非法采砂专项整治 (拉网式排查, 行政处罚, "
        "移交公安机关, 追责问责): a title, 序号/中队 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def xinzuoqi_hydrology_station_cards() -> dict:
    unit = f"{PLACE}阿木古郎水文站"
    t = _Truth(unit)
    cards = [
        ("站长", "蒯琤翯", "站长", "主持水文站全面工作，负责测站任务书落实", "leader", [
            ("水文测验设备采购中指定品牌、收受回扣", "★★★", "设备采购按规定程序比选，验收双人签字。"),
            ("为涉水项目出具水文资料时收取好处", "★★★", "资料使用审查登记，对外提供资料统一审批。"),
            ("测站值班考勤弄虚作假", "★", "值班记录每日签到，上级局不定期抽查。"),
        ]),
        ("测报员", "隗琮霈", "测报员", "负责水位、流量测验和报汛", "general", [
            ("秋浇期间私放人情水、吃拿卡要", "★★", "配水计划公开，测验数据当场签认。"),
            ("篡改测验数据、报送不实资料", "★★", "严格执行“四随”制度，资料三级校审。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xinzuoqi_hydrology_station_cards", "http://58.18.55.42/plus/view.php?aid=11764",
        "旗水文站 岗位廉政风险防控卡, one sheet a person, after the source's 市水文局 秋浇测验 (基层测站, 岗位责任, “四随” "
        "制度, 人情水, 吃拿卡要, 脱岗): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def xinzuoqi_irrigation_office_group_rows() -> dict:
    unit = f"{PLACE}乌尔逊河灌区管理所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "蒯翊琮", "leader", [
                ("渠系维修养护工程化整为零规避招标", "高风险", "维修项目按限额标准报旗水利局审批。"),
                ("灌溉用水指标分配优亲厚友", "高风险", "用水指标按面积分配并张榜公示。"),
            ]),
        ]),
        ("二、渠系管理组", "渠系管理组", [
            ("组长", "隗岍瑀", "middle", [
                ("斗口进水量计量不实、私放人情水", "中风险", "进水量双人计量，台账村社签字确认。"),
            ]),
            ("管水员", "蒯澋珣", "general", [
                ("借灌溉之名搭车收费", "中风险", "收费标准公示，严禁代收其他费用。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("会计", "隗沄岵", "general", [
                ("农业水费票据开具不规范、收支不符", "高风险", "票据与银行对账单逐笔核对。"),
                ("水费上交不及时、挪用水费", "低风险", "水费实行收支两条线，每月上交。"),
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
        "xinzuoqi_irrigation_office_group_rows", "http://caibaowang.com.cn/kuaixun/2023/0623/24254.html",
        "旗灌区管理所 廉政风险防控责任清单, after the source's 水管所 水费收缴核查 (用水台账, 斗口进水量, 收费票据, 搭车收费, "
        "挪用隐匿水费): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、渠系管理组``, ``三、财务室`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def xinzuoqi_soil_conservation_selfchecks() -> dict:
    unit = f"{PLACE}水土保持工作站"
    t = _Truth(unit)
    people = [
        ("蒯翛玠", "站领导", "站长", "leader", [
            ("生产建设项目水土保持方案审查把关不严", "Ⅰ级", "方案审查实行专家评审，意见集体出具。", "已落实"),
            ("水土保持补偿费减免违规", "Ⅱ级", "减免事项报旗水利局审批。", "未发现问题"),
        ]),
        ("隗淏琰", "监督科", "科员", "general", [
            ("监督检查中对违法弃土弃渣不予制止", "Ⅱ级", "检查结果录入监管系统，限期整改。", "已落实"),
            ("治理工程验收签字不实", "Ⅲ级", "验收实行现场核查、多方签字。", "已落实"),
            ("淤地坝监测数据填报不实", "Ⅲ级", "监测数据按月上报，站长抽查。", "未发现问题"),
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
        "xinzuoqi_soil_conservation_selfchecks", "http://t2erz.xn6.net/html/23b3099946.html",
        "旗水土保持工作站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 河道非法采砂暨 "
        "“清四乱” 联合整治 (常态化巡河, 涉河在建项目, 发现、反馈、整改、销号): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def xinzuoqi_water_supply_station_list() -> dict:
    unit = f"{PLACE}农村牧区供水管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "蒯珞翾", "leader", "嘎查供水工程维修资金分配不公", "制度机制", "一级风险",
         "维修资金按工程台账分配，方案公示。"),
        ("站领导", "站长", "蒯珞翾", "leader", "水处理设备采购指定供应商", "外部环境", "一级风险", "设备采购进入政府采购平台。"),
        ("工程管理组", "组长", "隗岑翃", "middle", "供水工程验收降低标准", "岗位职责", "二级风险", "验收邀请嘎查代表参加，签字确认。"),
        ("水质检测室", "检测员", "蒯滢玙", "general", "水质检测数据弄虚作假", "业务流程", "二级风险", "检测样品留样，报告双人审核。"),
        ("水质检测室", "检测员", "蒯滢玙", "general", "接受供水单位宴请", "思想道德", "三级风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 8)
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "xinzuoqi_water_supply_station_list", "http://www0.hzwr.gov.cn:10022/nzcms_show_news.asp?id=14083",
        "旗农村牧区供水管理站 岗位廉政风险防控一览表, after the source's 市水文站 测报工作会议 (测站任务书, 资料整编, 责任心, "
        "安全生产): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; a ``注：`` line and a "
        "填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def xinzuoqi_flood_control_center_two_sheets() -> dict:
    unit = f"{PLACE}防汛抗旱服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}中心领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗翯沅", "主任", "主持全面工作", [
            ("防汛物资储备采购中串通投标", "一级", "物资采购公开招标，结果公示。"),
            ("应急度汛工程不按程序直接发包", "一级", "应急工程事后补办手续，报纪检组备案。"),
        ]),
        ("蒯岫瀓", "副主任", "分管物资、抢险", [
            ("防汛物资出入库管理混乱、以次充好", "二级", "物资出入库登记，每季度盘点。"),
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
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("抢险调度科", "科长", "隗珺岨", "middle", "水毁修复工程量核定虚报", "一级", "工程量现场测量，监理签认。"),
        ("抢险调度科", "科长", "隗珺岨", "middle", "抢险队伍补助发放不实", "二级", "补助按出勤记录核发，公示。"),
        ("综合科", "出纳", "蒯沄玓", "general", "特大防汛抗旱补助费挤占挪用", "二级", "专款专用，专账核算。"),
        ("综合科", "出纳", "蒯沄玓", "general", "现金管理不规范", "三级", "现金日清月结。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合科", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xinzuoqi_flood_control_center_two_sheets", "http://www.yyatak.tw/article_78_234401.html",
        "旗防汛抗旱服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's 水文局 河湖长制督查暗访 (督查组, 问题台账, "
        "现场核查, 整改复核): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 merged "
        "and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xinzuoqi_water_bureau_reminder_letters(),
    xinzuoqi_river_chief_office_list(),
    xinzuoqi_water_inspection_posts(),
    xinzuoqi_hydrology_station_cards(),
    xinzuoqi_irrigation_office_group_rows(),
    xinzuoqi_soil_conservation_selfchecks(),
    xinzuoqi_water_supply_station_list(),
    xinzuoqi_flood_control_center_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch680-inbox"))
