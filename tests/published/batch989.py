"""The nine-hundred-and-eighty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 国有企业 and
事业单位, 石门县 (常德市, 湖南省) — its 城市建设投资有限公司, 第一中学, 自来水有限责任公司, 融媒体中心,
疾病预防控制中心, 公共资源交易中心, 国有资产投资经营有限公司 and 人民医院 — each handing back the 一览表,
防控卡, 清单, 自查表 or 排查表 its staff typed in WPS or Excel:

- the 城市建设投资有限公司's 一览表: ``部门`` merged (``公司领导``, ``工程管理部``, ``财务融资部``), ``职务 |
  姓名`` merged per person, ``…风险`` types under ``风险类别``, 高/中/低 and a ``注：`` line;
- the 第一中学's 防控卡, one sheet a person (tabs named by the person): ``姓　名 | … | 职　务 | …`` and a
  merged 岗位职责 line, short types under ``风险类型``, ``一级/二级/三级``;
- the 自来水有限责任公司's 清单 对岗不对人: ``岗位`` merged, ``…风险`` types, ``★★★/★★/★`` read by a
  ``注：`` line; no names;
- the 融媒体中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 职　务 | 自查日期`` over a
  row of values, ``高风险/中风险/低风险``, ``防控措施 | 自查情况``, no type column;
- the 疾病预防控制中心's 清单 under GROUP ROWS ``一、中心领导``, ``二、免疫规划科``, ``三、检验科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 公共资源交易中心's 一览表 under ``附件1`` and a 填报单位（盖章） line: ``科室 | 岗位 | 责任人`` on EVERY
  row, short types under ``风险类别``, ``较高/一般/较低``;
- the 国有资产投资经营有限公司's 排查表: ``部门`` merged, ``岗位 | 姓名`` merged per person, a short
  ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column.

One is harder:

- ``shimen_hospital_dash_types``: the 人民医院's 岗位廉政风险防控一览表 with NO TYPE COLUMN (``序号 | 科室 |
  职务 | 姓名 | 廉政风险点 | 风险等级 | 防控措施``) whose every ``廉政风险点`` cell closes with its TYPE
  AFTER A DASH (``药品遴选中收受医药代表回扣——思想道德风险``), written as each clerk typed it: ``——``
  (two em dashes), ``—`` (one), ``--`` (two hyphens) or ``－－`` (full-width hyphens), the type as
  ``…风险``, ``…类``, ``…类风险`` or bare (``——岗位职责``); a ``注：`` line says the type follows the
  dash. The README's 读得懂的表 and docs/layouts.md know a type in a bracket closing the point
  (``…(制度机制)``), a type before the point (``思想道德风险：…``), a holder after a dash closing the
  point (``…——审单员　某某``), a description after a dash (``风险点——表现形式``) and a measure after
  an arrow; they do not describe a TYPE AFTER A DASH closing the point, which must be read as the
  point's type and taken off the point.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (城投公司 转型 after the 四中全会; a
市's 中小学 招生入学和收费 检查; a 自来水公司's 违章用水 rules; a survey of 区级融媒体中心; a 市疾控中心's
免疫规划 考评; papers on 不见面开标; a 县's 国有资产清查处置 plan; a story of a 县人民医院's 医疗设备
采购 回扣) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (the rare compound surnames 况后 and 墨哈 with rare given
names); every unit is a body of 石门县.

Run ``python tests/published/score.py --set batch989`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the 廉政风险点 cell's text before the dash (``药品遴选中收受医药代表
  回扣``), its type the words after it (``思想道德风险``, ``制度机制类``, ``岗位职责`` are 思想道德, 制度机制,
  岗位职责); the ``注：`` line is no point;
- ``公司领导``, ``中心领导`` and ``院领导`` (a 部门/科室 cell or group row) are the 科室 of the unit's
  leaders; a 公司's 部 and 营业所, a 中心's 科 and 部, a 医院's 科 are 科室; the 中学's cards and the
  自来水公司's list name no 科室;
- the 公司, the 中学, the 中心 and the 医院 are units of their own: 董事长, 总经理, 副总经理, 校长, 副校长,
  主任 and 副主任 (of the 中心), 院长 and 副院长 are leaders; 部长, 所长, 科长, 主任 of a 部 or 处 (``教务处
  主任``) and 护士长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``岗位职责``, ``自查情况`` and ``自查日期`` are no
  points and name no holder; the 自来水公司's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险``, ``一级风险/…``, ``较高/一般/较低``
  and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

import re
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch986 import _per_person
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b989_"
PLACE = "石门县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
FAIR = {"较高": 1, "一般": 2, "较低": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

DASHES = ("——", "—", "--", "－－")
TAILS = ("{}风险", "{}类", "{}类风险", "{}")


def dash_type(cell: str) -> tuple[str, str]:
    """The (point, type) of a cell closing with its type after a dash: ``…——思想道德风险`` -> (…, 思想道德)."""
    m = re.fullmatch(r"(.+?)(?:——|—|--|－－)(..)(..)(?:类风险|风险|类)?", cell)
    assert m and m.group(2) + m.group(3) in TYPES, cell
    return m.group(1), m.group(2) + m.group(3)


# (科室, 职务, 姓名, tier, [(风险点, type, dash, tail, 风险等级, 防控措施)])
BY_DASH = [
    ("院领导", "院长", "况后翀澜", "leader", [
        ("医疗设备采购前向供应商透露参数、预算", "制度机制", 0, 0, "Ⅰ级",
         "设备采购论证、招标、验收分设，院党委会集体决定。"),
        ("大型设备采购中收受代理商好处费", "思想道德", 0, 0, "Ⅰ级", "签订廉洁承诺书，重大事项报告。"),
    ]),
    ("院领导", "副院长", "墨哈璟", "leader", [
        ("基建工程变更签证审核不严", "岗位职责", 1, 1, "Ⅰ级", "变更签证经监理、审计、院务会三道审核。"),
        ("工程款拨付接受施工方请托", "外部环境", 2, 2, "Ⅱ级", "工程款按合同节点拨付，财务复核。"),
    ]),
    ("药剂科", "科长", "况后瑀", "middle", [
        ("药品遴选中收受医药代表回扣", "思想道德", 0, 0, "Ⅰ级", "药事委员会集体遴选，医药代表登记接待。"),
        ("为医药代表提供科室用药数据（统方）", "业务流程", 3, 3, "Ⅰ级", "信息系统统方权限分级，查询留痕。"),
    ]),
    ("设备科", "科长", "墨哈沅", "middle", [
        ("按代理商参数“量身定做”采购标准", "制度机制", 1, 2, "Ⅰ级", "采购参数由使用科室、设备科、纪检共同论证。"),
        ("设备验收签字不到场", "岗位职责", 0, 3, "Ⅱ级", "验收三方到场，影像留存。"),
    ]),
    ("内一科", "护士长", "况后沨", "middle", [
        ("高值耗材领用登记不实", "业务流程", 2, 0, "Ⅱ级", "耗材扫码出入库，每月盘点。"),
    ]),
    ("内一科", "医师", "墨哈琤", "general", [
        ("开具处方时推销指定药品", "思想道德", 0, 1, "Ⅱ级", "处方点评每月一次，异常用量预警。"),
        ("诊疗中收受患者红包", "外部环境", 3, 0, "Ⅲ级", "签订拒收红包协议，公开投诉电话。"),
    ]),
    ("财务科", "会计", "况后湉", "general", [
        ("医保结算单据审核不严", "岗位职责", 1, 0, "Ⅲ级", "结算单据两人审核，医保智能审核。"),
    ]),
]  # fmt: skip


def shimen_hospital_dash_types() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 10, 9, 10, 50, 10, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in BY_DASH:
        for point, typ, dash, tail, lv, measures in points:
            n += 1
            cell = point + DASHES[dash] + TAILS[tail].format(typ)
            assert dash_type(cell) == (point, typ), cell
            sh.add(n, dept, post, who, cell, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [typ], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(
        sh,
        "注：风险类型写在廉政风险点后，用破折号隔开（思想道德、制度机制、岗位职责、业务流程、外部环境）。",
        7,
    )
    sh.add("填表：院办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "shimen_hospital_dash_types", "https://4bai.com/109_109301/58467136_2.html",
        "(harder) 县人民医院 岗位廉政风险防控一览表, after the source's story of a 县人民医院's 医疗设备采购 (参数透露, "
        "量身定做, 代理商回扣, 科室主任与临床医生): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, NO TYPE COLUMN: each 廉政风险点 cell CLOSES WITH ITS TYPE AFTER A DASH "
        "(``——``, ``—``, ``--``, ``－－``; ``…风险``, ``…类``, ``…类风险`` or bare); a ``注：`` line saying so",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shimen_chengtou_list() -> dict:
    unit = f"{PLACE}城市建设投资有限公司"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "董事长", "墨哈翯", "leader", "融资项目、担保事项个人说了算", "制度机制风险", "高",
         "融资、担保事项经董事会集体决策。"),
        ("公司领导", "董事长", "墨哈翯", "leader", "为亲友承揽公司工程打招呼", "思想道德风险", "高",
         "领导干部插手工程项目登记报告。"),
        ("工程管理部", "部长", "况后珝", "middle", "工程变更、现场签证把关不严", "岗位职责风险", "高",
         "变更签证经监理、跟踪审计、分管领导三级审核。"),
        ("工程管理部", "部长", "况后珝", "middle", "隐蔽工程验收走过场", "业务流程风险", "中",
         "隐蔽工程验收影像留存。"),
        ("财务融资部", "会计", "墨哈澍", "general", "资金支付审核不严、违规拨付", "岗位职责风险", "中",
         "大额支付双人复核，银企对账每月一次。"),
        ("财务融资部", "会计", "墨哈澍", "general", "与金融机构业务往来中收受好处", "外部环境风险", "低",
         "融资机构竞争性选择，结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高、中、低三个等级。", 8)
    sh.add("制表：综合部", None, None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "shimen_chengtou_list", "https://www.huaxinjiye.com/zjzb/info.aspx?itemid=564",
        "县城市建设投资有限公司 岗位廉洁风险防控一览表, after the source's piece on 城投类政府平台公司 转型 (功能定位, 金融"
        "安全和债务安全, 城乡融合项目): a title, 序号/部门 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shimen_school_cards() -> dict:
    unit = f"{PLACE}第一中学"
    t = _Truth(unit)
    cards = [
        ("况后昶", "副校长", "分管招生、学籍和收费工作", "leader", [
            ("招生中违规招收已被他校录取的学生", "制度机制", "一级", "招生计划、名单经校长办公会研究并公示。"),
            ("收取与入学挂钩的“捐资助学款”", "思想道德", "一级", "严格执行招生“十个严禁”，接受家长监督。"),
        ]),
        ("墨哈珈", "教务处主任", "教务处全面工作", "middle", [
            ("学籍管理中空挂学籍、人籍分离", "岗位职责", "二级", "学籍变动两人审核，每学期比对。"),
            ("违规设立重点班、快慢班", "业务流程", "二级", "分班按随机方式进行，结果公开。"),
        ]),
        ("况后璆", "报账员", "学校收费和报账", "general", [
            ("收费票据使用不规范", "岗位职责", "二级", "票据统一领用、核销登记。"),
            ("向学生推销教辅资料收取好处", "外部环境", "三级", "教辅征订“一费制”，家长自愿。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, duty, tier, items in cards:
        sh = _Sheet(who, [8, 36, 12, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("姓　名", who, "职　务", post, None)
        r = sh.add("岗位职责", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add("持卡人签名：", None, "校长签名：", None, None)
        sheets.append(sh)
    return _layout(
        "shimen_school_cards", "http://m.softwarenh.com/content-10338.aspx",
        "县第一中学 岗位廉政风险防控卡, one sheet a person (tabs named by the person), after the source's notice of a 市's "
        "普通中小学 招生入学和收费 检查 (招生“十个严禁”, 学籍管理, 重点班快慢班): a title, ``姓　名 | … | 职　务 | …`` and a "
        "merged 岗位职责 line, then 序号/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; 持卡人签名/"
        "校长签名",
        sheets, t,
    )  # fmt: skip


def shimen_water_posts() -> dict:
    unit = f"{PLACE}自来水有限责任公司"
    sh = _Sheet("清单", [6, 14, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控清单", 6)
    sh.add("序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("总经理", "leader", "供水工程发包个人说了算", "制度机制风险", "★★★", "工程发包经经理办公会集体研究。"),
        ("总经理", "leader", "违章用水处理中说情减免", "外部环境风险", "★★★", "违章处理过问一律登记。"),
        ("营业所所长", "middle", "用水性质变更审核不严", "岗位职责风险", "★★", "用水性质变更现场核实，两人签字。"),
        ("营业所所长", "middle", "欠费停水、复水随意", "业务流程风险", "★★", "停复水按程序审批，系统留痕。"),
        ("抄表员", "general", "估抄、漏抄水表", "岗位职责风险", "★★", "抄表拍照上传，稽查抽查。"),
        ("抄表员", "general", "收受用户好处少抄水量", "思想道德风险", "★", "抄表员定期轮换片区。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), STARS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：★★★为一级风险，★★为二级风险，★为三级风险。", 6)
    sh.add("编制：综合办公室", None, "审核：", None, "2025年3月", None)
    return _layout(
        "shimen_water_posts", "http://www.dgahdf.cn/area/yanbian/56t6gb.htm",
        "县自来水有限责任公司 岗位廉洁风险防控清单 对岗不对人, after the source's rules on 自来水 供水管道 验收 and 违章用水 "
        "(不经水表用水, 私自接驳, 擅自拆动水表): a title, 序号/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施; no names; a ``注：`` line and an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def shimen_media_selfchecks() -> dict:
    unit = f"{PLACE}融媒体中心"
    t = _Truth(unit)
    people = [
        ("墨哈昀", "中心领导", "副主任", "leader", [
            ("广告经营合同签订中为关系户让利", "高风险", "广告合同经主任办公会集体审定。", "已落实"),
            ("设备采购中指定品牌", "高风险", "采购按政府采购程序进行。", "已落实"),
        ]),
        ("况后翾", "广告经营部", "部长", "middle", [
            ("广告刊播价格随意打折", "中风险", "价格折扣按标准审批，系统留痕。", "未发现问题"),
            ("广告费收取不入账", "中风险", "广告费统一对公收取。", "已落实"),
        ]),
        ("墨哈沄", "新闻采编部", "记者", "general", [
            ("采访中收受被采访单位礼品", "中风险", "执行新闻采编“八不准”。", "已落实"),
            ("搞有偿新闻、有偿不闻", "低风险", "稿件三审，公开监督电话。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "职　务", "自查日期", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shimen_media_selfchecks", "http://journalist.sumg.com.cn/html/2020-06/content_28.html",
        "县融媒体中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's survey of "
        "区级融媒体中心 (功能定位, 从业者认知, 建设困境): a title, a label row ``姓　名 | 所在部门 | 职　务 | 自查日期`` "
        "over a row of values, then 序号/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 分管领导意见：``",
        sheets, t,
    )  # fmt: skip


def shimen_cdc_group_rows() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "况后琰", "leader", [
                ("检验设备、试剂采购个人说了算", "一级风险", "采购经中心领导班子集体研究。"),
                ("公共卫生项目资金分配不公", "二级风险", "项目资金分配方案公示。"),
            ]),
        ]),
        ("二、免疫规划科", "免疫规划科", [
            ("科长", "墨哈湛", "middle", [
                ("疫苗出入库登记不实", "一级风险", "疫苗追溯系统全程记录，每月盘点。"),
            ]),
            ("科员", "况后澈", "general", [
                ("接种单位考评打分不公", "二级风险", "考评两人以上，结果公示。"),
            ]),
        ]),
        ("三、检验科", "检验科", [
            ("检验员", "墨哈瑗", "general", [
                ("委托检验收费不入账", "二级风险", "检验收费统一开票入账。"),
                ("出具检验报告弄虚作假", "三级风险", "报告三级审核签发。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "shimen_cdc_group_rows", "https://ptcdc.com.cn/news-1046978.html",
        "县疾病预防控制中心 廉政风险防控清单 under GROUP ROWS, after the source's account of a 市疾控中心's 扩大国家免疫规划 "
        "综合审评 (考评组, 县区免疫规划): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、中心领导``, ``二、免疫规划科``, ``三、检验科`` merged across; 岗位 and 姓名 merged per person; "
        "no type column",
        [sh], t,
    )  # fmt: skip


def shimen_trading_center_list() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 11, 10, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "况后岍", "leader", "交易项目进场登记中为投标人打招呼", "思想道德", "较高",
         "干预交易活动一律登记报告。"),
        ("中心领导", "主任", "况后岍", "leader", "交易场地、时间安排随意", "制度机制", "较高",
         "场地安排系统自动分配。"),
        ("交易服务科", "科长", "墨哈珩", "middle", "评标专家抽取信息泄露", "岗位职责", "较高",
         "专家抽取系统加密，语音自动通知。"),
        ("交易服务科", "科长", "墨哈珩", "middle", "开评标现场见证不到位", "业务流程", "一般",
         "开评标全程音视频留存。"),
        ("信息技术科", "科员", "况后翊", "general", "投标人信息查询、泄露", "外部环境", "一般",
         "系统权限分级，查询留痕。"),
        ("信息技术科", "科员", "况后翊", "general", "不见面开标系统维护不及时", "岗位职责", "较低",
         "系统运维日志每日检查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), FAIR[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "shimen_trading_center_list", "https://soolun.com/tags/不见面开标",
        "县公共资源交易中心 岗位廉政风险防控一览表, after the source's papers on 不见面开标 (电子化交易, 远程解密, 专家"
        "抽取): ``附件1``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/科室/岗位/责任人 on EVERY row/"
        "廉政风险点/风险类别 (short names)/风险等级 ``较高/一般/较低``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def shimen_state_assets_screening() -> dict:
    unit = f"{PLACE}国有资产投资经营有限公司"
    sh = _Sheet("排查表", [6, 14, 9, 10, 18, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "墨哈瀛", "leader", "资产处置", "闲置资产低价处置给关系人", "Ⅰ级",
         "资产处置先评估，公开进场交易。"),
        ("公司领导", "副总经理", "况后靓", "leader", "资产出租", "门面出租不公开招租", "Ⅰ级",
         "出租一律公开竞价，合同集体审定。"),
        ("资产管理部", "部长", "墨哈翙", "middle", "资产清查", "清查中隐瞒、漏报资产", "Ⅱ级",
         "清查结果两人核对，报国资部门备案。"),
        ("资产管理部", "部长", "墨哈翙", "middle", "租金收缴", "租金减免、缓缴随意", "Ⅱ级",
         "减免缓缴经总经理办公会研究。"),
        ("资产管理部", "资产管理员", "况后瀞", "general", "台账管理", "资产台账登记不全", "Ⅱ级",
         "台账每季度与财务账核对。"),
        ("资产管理部", "资产管理员", "况后瀞", "general", "现场巡查", "巡查发现转租不报告", "Ⅲ级",
         "巡查记录每月上报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年4月", None)
    return _layout(
        "shimen_state_assets_screening", "https://zongyang.gov.cn/openness/PolicyContent/show/3057.html",
        "县国有资产投资经营有限公司 廉洁风险点排查表, after the source's 县 plan for 国有资产清查处置 (全面清查, 分类处置"
        "盘活, 闲置资产): a title, 序号/部门 merged/岗位 and 姓名 merged per person/a short ``风险点``/a long ``风险表现``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shimen_hospital_dash_types(),
    shimen_chengtou_list(),
    shimen_school_cards(),
    shimen_water_posts(),
    shimen_media_selfchecks(),
    shimen_cdc_group_rows(),
    shimen_trading_center_list(),
    shimen_state_assets_screening(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch989-inbox"))
