"""A fifty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of three city, county and township bodies no earlier batch drew on (a 市房屋征收与补偿服务
中心, a 县救助管理站, a 乡人民政府 with its 安监站 and 农经站) hand back the 附件2 领导岗位 /
附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表 (``workbook_templates/forms.toml``) or their
own office's 自查表 / 防控卡 / 登记表: several files per unit, three workbooks with a sheet per
person, ordinary filling habits, nothing exotic. Nine are EVERYDAY:

- the 征收中心 副主任's 附件2 whose 分管工作 is typed again on EVERY row of its group (not merged,
  the rows pasted together from two files), levels 高/中/低 written into the template's 风险级别
  column, the 岗位风险等级 ``Ⅰ级``, and the first review box signed ``同意`` with a date;
- the 中心's 征收一科 附件3 by its 科长 whose levels mix two notations in one column (``Ⅰ级``,
  ``二级``, ``一级``, ``Ⅱ级``, ``三级`` — rows carried over from last year's 一级/二级 file), 工作流程
  filled, types without 风险;
- the 中心's 评估监督科 workbook of two 附件4 on tabs named for the annex and the person
  (``附件4（吕斌）``, ``附件4（宋娜）``), 所在科室及职务 typed with NO space between the 科 and the
  post (``评估监督科评估复核员``, ``评估监督科资料员``), Ⅰ级/Ⅱ级/Ⅲ级, types …风险;
- a 县救助管理站 站长's 附件2 whose 职务 is typed with the unit in front (``县救助管理站站长``),
  two 分管工作 groups merged, one risk naming two types joined by ``、``, a “三重一大” row numbered on;
- the 站's 街面救助科 附件3 by its 科长: 工作流程 cells of steps joined by arrows
  (``巡查发现→劝导→护送入站``), 高/中/低 in the 风险级别 column, one risk's 防控措施 left EMPTY;
- the 站's workbook of three 个人岗位廉政风险自查表 on tabs named ``1``, ``2``, ``3``: 姓名/科室/岗位 in
  one row, a 填表时间 row, a short 风险点 beside a long 风险表现, 高/中/低, no type column, an
  unsigned 本人签字 line;
- a 乡's 分管副乡长's 附件2: ONE 分管工作 cell merged over every risk row, levels written
  ``一级风险``/``二级风险``/``三级风险``, and the “三重一大”方面 line left with two EMPTY rows under it
  (he found no such risk);
- the 乡's 安监站 附件3 by its 站长: 岗位职责 cells numbered with Chinese numerals
  (``一、负责…``, ``二、负责…``, ``三、负责…``), merged over two rows, Ⅰ级/Ⅱ级/Ⅲ级;
- the 乡's 农经站 workbook of two 干部岗位廉政风险登记表, tabs named for the person, a 填报单位 line,
  ``姓名 | … | 所在站所 | 农经站 | 职务 | …``, a 工作环节 column, 高/中/低, and a 本人签字 line SIGNED with
  the holder's name typed in.

One is harder:

- ``expropriation_card_fields_in_one_cell``: the 中心's 财务室 补偿资金会计's 岗位廉政风险防控卡 whose
  whole holder block is ONE cell merged across the card — ``持卡人:曹文静　　所在科室:财务室　　岗位:
  补偿资金会计　　岗位风险等级:一级`` (label:value pairs parted by full-width spaces) — above a merged
  岗位职责 line, 序号/风险点/风险类型/风险等级/防控措施, 高/中/低 and an unsigned 持卡人签字 line.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a report on 基层干部 套取征地拆迁补偿款 by 虚增面积和地上附属物, a
city's rules for choosing 房地产价格评估机构 by 被征收人代表摇号 with 公证, a paper on the 房屋征收
估价专家委员会, a 拆迁资金审计实施方案, a piece on a city's 救助管理站 and its 街头救助科/巡查组, a
州救助管理站's 寻亲 and 送医, a study of a 救助管理站's 接待登记/前区服务/外联/离站, a note on a 乡镇's
安全生产监督检查职责, a report on building a 乡安监站 (烟花爆竹, 小水电站, 农用车载客), a county
chronicle's 村账镇代理 by the 镇农经服务站) and the layout follows their words. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch54`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b54_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle, 附件4 general); an office's own
  自查表 / 防控卡 / 登记表 follows the post (护理员/接待登记员/会计/审计员 general);
- a 分管工作 typed again on every row of a group is one 分管工作, not a 科室; a 附件3 with only a
  负责人 named has the title "";
- 高/中/低 written into the template's 风险级别 column are 1/2/3; in a column mixing ``Ⅰ级`` with
  ``一级`` and ``Ⅱ级`` with ``二级`` each cell is read on its own (Ⅰ级 = 一级 = 1); ``一级风险``/
  ``二级风险``/``三级风险`` are 1/2/3;
- a tab named ``附件4（吕斌）`` holds 吕斌's form (the 姓名 field says so too); ``评估监督科评估复核员``
  in 所在科室及职务 is 科室 评估监督科 and post 评估复核员;
- ``县救助管理站站长`` in a leader's 职务 field is the post 站长 (the unit in front of it names the
  unit, not the post);
- 工作流程 steps joined by ``→`` are the workflow, no part of the point; a risk whose 防控措施 is empty
  is still a point;
- tabs ``1``, ``2``, ``3`` each with its own 姓名 are three forms, none a continuation; a 填表时间 row
  names nothing;
- a 分管工作 cell merged over every row names no 科室; the “三重一大”方面 line and the empty rows under
  it are no points;
- ``一、负责…`` in the 岗位职责 column of a row whose other cells are filled is the duty of that row,
  not a group line;
- ``所在站所 | 农经站`` gives the 科室; a signed 本人签字 line names the holder again and is no point;
- label:value pairs in one merged cell (``持卡人:曹文静　　所在科室:财务室　　岗位:补偿资金会计　　岗位
  风险等级:一级``) give holder, 科室 and post; the 岗位风险等级 there grades the post, no point.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b54_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
MIXED = {**ROMAN, **ORDINAL}
ORDINAL_RISK = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
DATE = "年  月  日"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_CITY = "注:此表一式三份,于6月底前报市纪委。"
NOTE_CITY_GENERAL = "注:此表一式三份,务于6月底前报市纪委及所在派驻纪检组、监察室。"
NOTE_COUNTY = "注:此表一式三份,于6月底前报县纪委。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
MAJOR = "“三重一大”方面"
CARD_HEAD = ("序号", "风险点", "风险类型", "风险等级", "防控措施")
SELF_HEAD = ("序号", "风险点", "风险表现", "风险等级", "防控措施")
REGISTER_HEAD = ("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
EXPRO = "XX市房屋征收与补偿服务中心"
RESCUE = "XX县救助管理站"
TOWNSHIP = "XX县石湾乡人民政府"
FULL_SPACE = "\u3000\u3000"


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit_line: str) -> None:
    sh.add(annex)
    _line(sh, TITLE[tier])
    _line(sh, unit_line)


def _reviews(sh: _Sheet, filled=()) -> None:
    """The review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(REVIEWS) - len(filled))
    for label, (opinion, date) in zip(REVIEWS, filled, strict=True):
        r = sh.add(label, opinion, None, None, None, date)
        sh.merge(r, 1, r, 4)


def _leader_reviews(sh: _Sheet, filled=()) -> None:
    """A leader form's boxes: the label over A:B (序号 is narrow), opinion C:E, date F."""
    filled = list(filled) + [(None, DATE)] * (len(LEADER_REVIEWS) - len(filled))
    for label, (opinion, date) in zip(LEADER_REVIEWS, filled, strict=True):
        r = sh.add(label, None, opinion, None, None, date)
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 4)


def _merge_down(sh: _Sheet, first: int, last: int, col: int) -> None:
    """Merge each value in ``col`` over the None cells under it (rows ``first``…``last``)."""
    r = first
    while r <= last:
        e = r
        while e < last and sh.rows[e + 1][col] is None and sh.rows[r][col] is not None:
            e += 1
        if e > r:
            sh.merge(r, col, e, col)
        r = e + 1


def _official_rows(sh: _Sheet, t: _Truth, rows, who, dept, post, tier, levels) -> None:
    """附件3/附件4 rows (岗位职责 None under a duty = the duty goes on, merged)."""
    first = len(sh.rows)
    for duty, flow, point, kind, level, measures in rows:
        sh.add(duty, flow, point, kind, level, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(kind), levels[level])
    _merge_down(sh, first, len(sh.rows) - 1, 0)


# --------------------------------------------------------------------------- harder layout


def expropriation_card_fields_in_one_cell() -> dict:
    unit = EXPRO
    who, dept, post, grade = "曹文静", "财务室", "补偿资金会计", "一级"
    sh = _Sheet("防控卡", [6, 38, 12, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    fields = FULL_SPACE.join(
        (f"持卡人:{who}", f"所在科室:{dept}", f"岗位:{post}", f"岗位风险等级:{grade}")
    )
    _line(sh, fields, 5)
    r = sh.add(
        "岗位职责",
        "负责征收补偿资金专户的会计核算,审核补偿款支付凭证,按月与银行对账并编制补偿资金报表。",
        None,
        None,
        None,
    )
    sh.merge(r, 1, r, 4)
    sh.add(*CARD_HEAD)
    rows = [
        ("支付补偿款时不核对补偿协议和腾房验收单,重复支付或超协议支付", "岗位职责", "高",
         "支付前核对协议编号和腾房验收单,补偿款支付台账逐户登记。"),
        ("补偿资金专户资金挪作他用或出借", "制度机制", "高", "专户专用,每月与银行对账,对账单报分管领导。"),
        ("代被征收人领取补偿款,或将补偿款转入他人账户", "思想道德", "高", "补偿款一律转入被征收人本人账户。"),
        ("补偿资金支付凭证附件不全即予入账", "业务流程", "中", "凭证附件清单化审核,缺项退回经办科室。"),
        ("向无关人员泄露被征收人补偿金额", "外部环境", "低", "补偿信息查询须经科室负责人同意并登记。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
    sh.add()
    sh.add("持卡人签字:", None, "科室负责人签字:", None, DATE)
    return _layout(
        "expropriation_card_fields_in_one_cell", "https://www.renrendoc.com/paper/507827722.html",
        "(harder) 市房屋征收与补偿服务中心 财务室 补偿资金会计's 岗位廉政风险防控卡 (tab 防控卡) after the source's "
        "拆迁资金审计实施方案 (拆迁资金管理现状, 资金流向, 廉政风险防控机制设计, 操作执行风险): the whole holder block "
        "is ONE cell merged A:E — ``持卡人:曹文静　　所在科室:财务室　　岗位:补偿资金会计　　岗位风险等级:一级`` "
        "(label:value pairs parted by full-width spaces) — under the title; a merged 岗位职责 line; 序号/风险点/"
        "风险类型 (without 风险)/风险等级 高/中/低/防控措施; a blank row and an unsigned 持卡人签字/科室负责人签字 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 市房屋征收与补偿服务中心


def expropriation_deputy_area_every_row() -> dict:
    unit = EXPRO
    who, post = "马国梁", "副主任"
    sh = _Sheet("附件2", [6, 20, 36, 14, 8, 34])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", post, "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("分管征收一科、征收二科", [
            ("审定分户补偿方案时把关不严,默许虚增被征收房屋面积和地上附属物", "岗位职责风险", "高",
             "分户补偿方案经科室初审、中心复审、班子会集体审定,结果分户公示。"),
            ("对征收一线工作人员与被征收人串通套取补偿款失察", "制度机制风险", "高",
             "入户调查两人以上并全程录像,补偿数据按比例抽查复核。"),
            ("为亲友或请托人在安置房选房顺序上提供方便", "思想道德风险", "中", "选房顺序按签约先后确定,现场公证。"),
        ]),
        ("分管财务室、办公室", [
            ("审批补偿资金拨付时不核对签约和腾房情况", "业务流程风险", "高",
             "补偿款凭补偿协议、腾房验收单拨付,财务室、征收科室双签。"),
            ("接受被征收人或评估机构宴请、礼金", "外部环境风险", "中", "严守中央八项规定精神,拒收登记。"),
            ("办公用品、车辆维修采购不按规定询价", "制度机制风险", "低", "询价三家以上,采购结果内部公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        for point, kind, level, measures in points:
            n += 1
            sh.add(n, area, point, kind, level, measures)  # the area typed again on every row
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), HML[level])
    _line(sh, MAJOR)
    sh.add(None, None, None, None, None, None)
    _leader_reviews(sh, [("同意", "2024年6月12日")])
    _line(sh, NOTE_CITY)
    return _layout(
        "expropriation_deputy_area_every_row", "http://wzatv.cc/atv/a/yaowen/2016/1113/169802.html",
        "市房屋征收与补偿服务中心 副主任's 附件2 (tab ``附件2``) after the source's report on 基层干部 套取征地拆迁补偿款 "
        "(一线工作人员合伙, 虚增面积和地上附属物, 棚户区改造项目, 挪用补偿款): 姓名/职务/岗位风险等级 ``Ⅰ级`` row; "
        "the 分管工作 typed again on EVERY row of its group (``分管征收一科、征收二科`` ×3, ``分管财务室、办公室`` ×3, "
        "not merged), 序号 1–6, levels 高/中/低 in the 风险级别 column, types …风险; the “三重一大”方面 line over "
        "one empty row; the first review box ``同意`` dated ``2024年6月12日``, 注",
        [sh], t,
    )  # fmt: skip


def expropriation_section_head_mixed_levels() -> dict:
    unit = EXPRO
    who, dept = "郑晓峰", "征收一科"
    sh = _Sheet(dept, [24, 12, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅰ级")
    sh.add(*HEAD)
    rows = [
        ("负责组织选定房地产价格评估机构", "报名审核", "对报名的评估机构资格审核不严,让不符合条件的机构入围",
         "岗位职责", "Ⅰ级", "入围名单经科室集体审核后公示。"),
        (None, "摇号选定", "摇号前向评估机构泄露被征收人代表名单,或摇号不全程录像", "业务流程", "二级",
         "摇号由被征收人代表操作,全程录像,公证机构现场公证。"),
        ("负责入户调查和分户补偿方案拟定", "入户调查", "入户调查登记房屋面积、用途不实,为被征收人多算面积",
         "岗位职责", "一级", "入户调查两人以上,调查表由被征收人签字确认并拍照留存。"),
        (None, "补偿方案", "分户补偿方案计算错误或擅自提高补偿标准", "制度机制", "Ⅱ级",
         "补偿方案经科室复核、分管领导审核,分户公示。"),
        ("负责补偿协议签订", "协议签订", "与被征收人私下约定协议外补偿", "外部环境", "Ⅰ级",
         "协议使用统一文本,协议外承诺一律无效并登记报告。"),
        ("负责征收档案整理", "归档", "征收档案整理不及时,遗失入户调查原始材料", "业务流程", "三级",
         "一户一档,项目结束后三个月内移交档案室。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", MIXED)
    _reviews(sh)
    _line(sh, NOTE_CITY)
    return _layout(
        "expropriation_section_head_mixed_levels", "https://code.fabao365.com/law_571032_2.html",
        "市房屋征收与补偿服务中心 征收一科 附件3 (tab = the 科) by its 科长 after the source's rules for choosing the "
        "房地产价格评估机构 (区县房屋征收部门组织公开摇号, 被征收人代表摇号, 全程录像, 公证, 评估委托合同, 分户评估"
        "报告): 科室/负责人 ``郑晓峰``/岗位风险等级 Ⅰ级; 岗位职责 merged over two rows, 工作流程 filled, types "
        "without 风险; the 风险级别 column MIXES two notations (``Ⅰ级``, ``二级``, ``一级``, ``Ⅱ级``, ``Ⅰ级``, "
        "``三级``) as rows carried over from last year's 一级/二级 file; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def expropriation_review_staff_annex_tabs() -> dict:
    unit = EXPRO
    dept = "评估监督科"
    t = _Truth(unit)
    people = [
        ("吕斌", "评估复核员", "Ⅱ级", [
            ("负责征收评估报告审核", "报告审核", "对评估报告中的参数选取、评估方法审核把关不严", "岗位职责风险", "Ⅰ级",
             "评估报告逐项对照评估技术规范审核,审核意见留存。"),
            (None, "复核评估", "被征收人申请复核评估时,暗示评估机构维持或改变原评估结果", "外部环境风险", "Ⅱ级",
             "复核评估申请登记,复核结果书面答复被征收人。"),
            ("负责估价专家委员会鉴定的联络", "鉴定申请", "向评估机构透露鉴定专家组成员名单", "思想道德风险", "Ⅱ级",
             "专家组成员随机抽取,名单封存至鉴定结束。"),
        ]),
        ("宋娜", "资料员", "Ⅲ级", [
            ("负责评估资料收集和移交", "资料移交", "向评估机构移交入户调查资料不完整,漏交附属物资料", "业务流程风险",
             "Ⅱ级", "资料移交清单由双方签字确认。"),
            (None, "资料保管", "擅自向无关人员提供被征收人房屋信息", "制度机制风险", "Ⅲ级",
             "资料查阅须经科长批准并登记。"),
            ("负责评估费用结算资料初审", "费用初审", "评估费用结算资料初审不严,多结评估费", "岗位职责风险", "Ⅱ级",
             "评估费按委托合同约定标准结算,财务室复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, grade, rows in people:
        sh = _Sheet(f"附件4（{who}）", [22, 12, 34, 14, 8, 30])
        _top(sh, "附件4", "general", f"单位(盖章):{unit}")
        sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, dept, post, "general", ROMAN)
        _reviews(sh)
        _line(sh, NOTE_CITY_GENERAL)
        sheets.append(sh)
    return _layout(
        "expropriation_review_staff_annex_tabs", "http://m.jizihe.com/page/2016/0612/617387.shtml",
        "市房屋征收与补偿服务中心 评估监督科 workbook of two 附件4 after the source's paper on the 房屋征收估价专家"
        "委员会 (复核评估, 鉴定, 专家组, 议事规则): tabs named for the annex and the person (``附件4（吕斌）``, "
        "``附件4（宋娜）``, full-width brackets); 所在科室及职务 typed with NO space between the 科 and the post "
        "(``评估监督科评估复核员``, ``评估监督科资料员``), 岗位风险等级 Ⅱ级/Ⅲ级; 岗位职责 merged over two rows, "
        "Ⅰ级/Ⅱ级/Ⅲ级, types …风险; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县救助管理站


def rescue_head_post_with_unit() -> dict:
    unit = RESCUE
    who, post = "邓志刚", "站长"
    sh = _Sheet("附件2", [6, 18, 36, 18, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", f"县救助管理站{post}", "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("主持全面工作", [
            ("审批受助人员救治费用把关不严,与定点医院串通虚增医疗费用", "岗位职责风险、制度机制风险", "Ⅰ级",
             "救治费用凭病历和费用清单审核,与定点医院每季度对账。"),
            ("对街头巡查救助中的不作为、乱作为监督不力", "岗位职责风险", "Ⅱ级", "巡查记录和救助车辆轨迹每周抽查。"),
            ("干部职工招聘和岗位调整中优亲厚友", "思想道德风险", "Ⅱ级", "招聘纳入全县统一招聘,岗位调整集体研究。"),
        ]),
        ("分管财务和后勤保障", [
            ("“寒冬送温暖”棉衣、食品采购不公开询价", "制度机制风险", "Ⅱ级", "物资采购询价三家以上,验收入库双人签字。"),
            ("救助车辆公车私用", "外部环境风险", "Ⅲ级", "车辆出车登记,节假日封存。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(n, area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, MAJOR)
    major = [
        (6, "大额资金使用", "大额救助物资采购和站内改造项目不经站务会集体研究", "制度机制风险", "Ⅰ级",
         "按“三重一大”制度提交站务会集体决策,会议纪要存档。"),
    ]  # fmt: skip
    for num, area, point, kind, level, measures in major:
        sh.add(num, area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "rescue_head_post_with_unit", "http://www.shu-pu.com/xgyy/15153.html",
        "县救助管理站 站长's 附件2 (tab ``附件2``) after the source's piece on a city's 救助管理站 (职工27人, 街头救助科, "
        "街头巡查组, 专车, 自愿救助, “寒冬送温暖” 棉衣和食物, 先救治后救助, 与派出所排查户籍, 寻亲返乡): the 职务 typed "
        "with the unit in front (``县救助管理站站长``), 岗位风险等级 Ⅰ级; 分管工作 merged over each of two groups "
        "(``主持全面工作``, ``分管财务和后勤保障``), one risk naming two types joined by ``、``, Ⅰ级/Ⅱ级/Ⅲ级, "
        "序号 running on into the “三重一大” row (6); review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def rescue_street_head_arrow_steps() -> dict:
    unit = RESCUE
    who, dept = "刘海波", "街面救助科"
    sh = _Sheet(dept, [22, 22, 34, 14, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅱ级")
    sh.add(*HEAD)
    rows = [
        ("负责街面巡查救助", "巡查发现→劝导→护送入站", "接到求助电话推诿不出车,对不愿入站的人员不登记",
         "岗位职责风险", "中", "求助电话全程录音,出车和劝导情况逐次登记。"),
        (None, "街面发放物资", "街面发放的棉衣、食品不登记,截留私分", "思想道德风险", "高",
         "物资领用和发放逐笔登记,受助人签字或拍照。"),
        ("负责危重病人、精神病人送医", "甄别→送定点医院→费用结算", "不经甄别将非救助对象送医,或与医院串通虚增救治费用",
         "制度机制风险", "高", "送医须两人以上,救治费用凭清单结算。"),
        ("负责寻亲和护送返乡", "寻亲→核实→护送返乡", "护送返乡虚报差旅费和护送人数", "业务流程风险", "中", None),
        (None, "交接", "护送返乡未与接收地办理交接,受助人员途中走失", "岗位职责风险", "低",
         "护送交接单由接收方签字盖章。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", HML)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "rescue_street_head_arrow_steps", "http://xxnet.com.cn/szb/tjbpc/202203/02/c85816.html",
        "县救助管理站 街面救助科 附件3 (tab = the 科) by its 科长 after the source's report on a 州救助管理站 (街面救助, "
        "危重病人、精神病人送定点医院, 先救助后甄别, 寻亲小组, 护送返乡): 科室/负责人 ``刘海波``/岗位风险等级 Ⅱ级; "
        "工作流程 cells of steps joined by arrows (``巡查发现→劝导→护送入站``, ``甄别→送定点医院→费用结算``, "
        "``寻亲→核实→护送返乡``), 岗位职责 merged over two rows, levels 高/中/低 in the 风险级别 column, types "
        "…风险; one risk's 防控措施 left EMPTY; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def rescue_staff_selfcheck_numbered_tabs() -> dict:
    unit = RESCUE
    t = _Truth(unit)
    people = [
        ("何丽", "站内救助科", "护理员", [
            ("受助人员财物代管", "代管受助人员随身钱物不登记,离站时不足额退还", "高",
             "钱物代管双人登记,离站时受助人签字领回。"),
            ("站内生活照料", "克扣受助人员伙食、衣物", "中", "伙食标准公示,每日餐食拍照留存。"),
            ("离站登记", "受助人员离站不登记或代签离站手续", "中", "离站手续本人签字,监控录像留存。"),
        ]),
        ("龚建新", "站内救助科", "接待登记员", [
            ("求助受理登记", "对不符合条件的人员违规登记入站,虚增救助人次", "高",
             "入站登记核验身份证件,人像信息录入系统。"),
            ("身份甄别", "对职业乞讨人员甄别不严,重复救助", "中", "入站信息与全国救助管理信息系统比对。"),
            ("返乡车票发放", "返乡车票发放不登记,或将车票折现", "高", "车票实名购买,发放登记由受助人签字。"),
        ]),
        ("杜芳", "办公室", "会计", [
            ("救助资金核算", "救助资金与站内公用经费混用", "高", "救助资金单独核算,专款专用。"),
            ("报销票据审核", "审核报销票据不严,虚列受助人员生活费", "中", "报销凭证附受助人员名册和签收单。"),
            ("救助物资管理", "救助物资出入库账实不符", "低", "每季度盘点一次,账实核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, (who, dept, post, rows) in enumerate(people, 1):
        sh = _Sheet(str(tab), [6, 18, 38, 9, 34])
        _line(sh, f"{unit}个人岗位廉政风险自查表", 5)
        sh.add("姓名", who, "科室", dept, None)
        r = sh.add("岗位", post, "填表时间", "2024年6月5日", None)
        sh.merge(r, 3, r, 4)
        sh.add(*SELF_HEAD)
        for n, (point, shows, level, measures) in enumerate(rows, 1):
            sh.add(n, point, shows, level, measures)
            t.point(sh.name, dept, post, who, "general", point, [], HML[level])
        sh.add()
        sh.add("本人签字:", None, None, "科室负责人签字:", None)
        sheets.append(sh)
    return _layout(
        "rescue_staff_selfcheck_numbered_tabs", "https://m.kqyc.cn/wenku/rshcg/Brm9lyOyry",
        "县救助管理站 workbook of three 个人岗位廉政风险自查表 after the source's study of a city's 救助管理制度 (救助管理站"
        "工作人员, 接待登记、前区服务、外联、离站 four core steps, 救助方式): tabs named ``1``, ``2``, ``3``; each a "
        "title with the 站, ``姓名 | … | 科室 | …`` and ``岗位 | … | 填表时间 | …`` rows, 序号/风险点 (short)/风险表现 "
        "(long)/风险等级 高/中/低/防控措施, NO type column; an unsigned 本人签字/科室负责人签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县 石湾乡人民政府


def township_deputy_empty_major_rows() -> dict:
    unit = TOWNSHIP
    who, post = "赵立新", "副乡长"
    sh = _Sheet("附件2", [6, 16, 38, 20, 10, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add(*LEADER_HEAD)
    rows = [
        ("安全生产检查计划流于形式,对辖区重点企业检查不到位", "岗位职责风险", "二级风险",
         "检查计划报乡党委会审定,检查结果每季度通报。"),
        ("对检查发现的重大事故隐患不督促整改、不上报", "岗位职责风险、外部环境风险", "一级风险",
         "隐患整改实行销号管理,重大隐患当日报县应急管理局。"),
        ("接受企业负责人宴请,为企业说情减免处罚", "思想道德风险", "一级风险",
         "不参加管理服务对象宴请,说情打招呼一律登记报告。"),
        ("审签村级代理账目时把关不严", "制度机制风险", "二级风险", "村级大额支出经农经站审核后再审签。"),
        ("应急物资采购、调拨不按程序", "业务流程风险", "三级风险", "应急物资采购按乡政府采购制度执行,调拨登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        area = "分管安全生产、应急管理和农村经营管理工作" if n == 1 else None
        sh.add(n, area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL_RISK[level])
    sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, MAJOR)
    for _ in range(2):  # the template's rows, nothing found
        sh.add(None, None, None, None, None, None)
    _leader_reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_deputy_empty_major_rows",
        "https://www.233.com/aq/zhishiku/210/202511/18165558267201.html",
        "县 石湾乡 分管副乡长's 附件2 (tab ``附件2``) after the source's note on 乡镇人民政府 安全生产监督检查职责 "
        "(制定检查计划, 组建检查队伍, 现场检查, 记录检查结果, 督促整改, 上报信息): 姓名/职务 ``副乡长``/岗位风险等级 "
        "``一级``; ONE 分管工作 cell (``分管安全生产、应急管理和农村经营管理工作``) merged over all five rows, levels "
        "``一级风险``/``二级风险``/``三级风险``, types …风险 (one cell of two joined by ``、``); the “三重一大”方面 "
        "line with two EMPTY template rows under it; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


def township_safety_head_numbered_duties() -> dict:
    unit = TOWNSHIP
    who, dept = "秦立军", "安监站"
    sh = _Sheet("附件3", [26, 10, 34, 12, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}")
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "Ⅰ级")
    sh.add(*HEAD)
    rows = [
        ("一、负责辖区企业安全生产日常检查", "检查", "对小水电站、建筑工地检查走过场,检查记录弄虚作假", "岗位职责",
         "Ⅰ级", "检查不少于两人,检查记录当场由企业负责人签字并拍照留存。"),
        (None, "整改", "下发整改通知书后不跟踪复查,默许企业拖延整改", "业务流程", "Ⅱ级",
         "整改通知书登记编号,到期复查销号。"),
        ("二、负责烟花爆竹零售点安全监管", "审核", "为不具备条件的零售点出具同意意见,收受好处", "外部环境", "Ⅰ级",
         "零售点布点方案经乡政府集体研究,审核结果公示。"),
        (None, "巡查", "对非法储存、销售烟花爆竹行为不制止、不上报", "岗位职责", "Ⅱ级",
         "节前开展联合检查,巡查情况每日报分管领导。"),
        ("三、负责农村道路交通安全劝导", "劝导", "对农用车违法载客劝导不力,与车主私了", "思想道德", "Ⅲ级",
         "劝导站两人值守,劝导记录每周上报。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, dept, "", "middle", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_COUNTY)
    return _layout(
        "township_safety_head_numbered_duties", "http://www.dybbs8.com/excel/713751.html",
        "县 石湾乡 安监站 附件3 (tab ``附件3``) by its 站长 after the source's report on building a 乡安监站 (下发整改通知书"
        "企业不予理睬, 农用车载客, 小水电站, 烟花爆竹零售, 建筑工地): 单位(盖章) the 乡人民政府, 科室 ``安监站``, 负责人 "
        "``秦立军``, 岗位风险等级 Ⅰ级; 岗位职责 cells numbered with Chinese numerals (``一、负责…``, ``二、负责…``, "
        "``三、负责…``) merged over two rows, 工作流程 one word, Ⅰ级/Ⅱ级/Ⅲ级, types without 风险; review boxes "
        "empty, 注",
        [sh], t,
    )  # fmt: skip


def township_farm_economy_signed_registers() -> dict:
    unit = TOWNSHIP
    dept = "农经站"
    t = _Truth(unit)
    people = [
        ("宁小红", "代理记账会计", [
            ("村级报账", "受理村报账员报账时审核不严,白条和不合规票据入账", "制度机制风险", "高",
             "报账票据逐张审核,不合规票据一律退回。"),
            ("集中记账", "擅自调整村级账目,隐瞒村集体收入", "岗位职责风险", "高", "账务调整须经站长审批,留存调整依据。"),
            ("往来核对", "每季度不与村会计核对往来明细账", "业务流程风险", "中", "季度对账单由双方签字存档。"),
        ]),
        ("柯建华", "村级财务审计员", [
            ("村级财务审计", "审计村集体资金收支时隐瞒发现的问题", "岗位职责风险", "高",
             "审计底稿留存,审计报告经站务会审定。"),
            ("离任审计", "村干部离任审计走过场,接受被审计人请托", "外部环境风险、思想道德风险", "中",
             "离任审计两人以上,审计结果在村务公开栏公示。"),
            ("资料归档", "审计资料不及时归档,审计意见落实不跟踪", "业务流程风险", "低",
             "审计资料年终归档,整改情况跟踪登记。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, rows in people:
        sh = _Sheet(who, [6, 12, 36, 16, 8, 32])
        _line(sh, "石湾乡干部岗位廉政风险登记表")
        r = sh.add(f"填报单位:{unit}", None, None, None, "填报时间:2024年6月", None)
        sh.merge(r, 0, r, 3)
        sh.merge(r, 4, r, 5)
        sh.add("姓名", who, "所在站所", dept, "职务", post)
        sh.add(*REGISTER_HEAD)
        for n, (step, point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, step, point, kind, level, measures)
            t.point(sh.name, dept, post, who, "general", point, types_in(kind), HML[level])
        sh.add()
        sh.add("本人签字:", who, "站所负责人签字:", None, "分管领导签字:", None)
        sheets.append(sh)
    return _layout(
        "township_farm_economy_signed_registers",
        "http://www.tongzhou.gov.cn/TZDZADMIN/tzsz/tongzhoushizhi/html/Noname226.html",
        "县 石湾乡 农经站 workbook of two 干部岗位廉政风险登记表, a tab named for each person (``宁小红``, ``柯建华``), "
        "after the source's county chronicle on 集体财务管理 (村账镇代理 by the 镇农经服务站: 集中记账、算账、审核, 村会计"
        "每月定期报账结账, 每季度核对往来明细账, 五相符, 年终归档): title with the 乡, a 填报单位 line merged A:D beside "
        "a 填报时间 cell; ``姓名 | … | 所在站所 | 农经站 | 职务 | …``; 序号/工作环节/风险点/风险类型 (…风险, one cell "
        "of two joined by ``、``)/风险等级 高/中/低/防控措施; a 本人签字 line SIGNED with the holder's name typed in "
        "(B), 站所负责人/分管领导 unsigned",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    expropriation_card_fields_in_one_cell(),
    expropriation_deputy_area_every_row(),
    expropriation_section_head_mixed_levels(),
    expropriation_review_staff_annex_tabs(),
    rescue_head_post_with_unit(),
    rescue_street_head_arrow_steps(),
    rescue_staff_selfcheck_numbered_tabs(),
    township_deputy_empty_major_rows(),
    township_safety_head_numbered_duties(),
    township_farm_economy_signed_registers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b54_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch54-inbox"))
