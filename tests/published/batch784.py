"""The seven-hundred-and-eighty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's civil-affairs
(民政) bodies, 岢岚县 (of 忻州市, 山西省) — its 民政局, 社会救助服务中心, 殡葬管理所, 公益性公墓管理处,
婚姻登记处, 民政事务服务中心 and two 镇 民政所 (宋家沟镇, 岚漪镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 社会救助服务中心's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类型`` (``…风险``),
  ``一级/二级/三级``;
- the 殡葬管理所's 排查表 对岗不对人: ``部门 | 岗位`` merged, no names, 高/中/低, no type column, a ``注：``
  line;
- the 公益性公墓管理处's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 婚姻登记处's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …``, ``★★★/★★/★`` read by a
  ``注：`` line;
- the 民政事务服务中心's 一览表 under ``附件3`` and a 填报单位 line: ``股室 | 岗位 | 责任人`` on every row,
  short types, ``高风险/中风险/低风险``;
- the 宋家沟镇民政所's 清单 under GROUP ROWS ``一、所领导`` … (no 科室 column), ``一级风险/…``;
- the 岚漪镇民政所's two-sheet workbook ``所领导`` | ``工作人员``, ``一级/二级/三级``, a sign-off line.

One is harder:

- ``kelan_civil_affairs_bureau_block_keys``: the 民政局's 股室廉政风险防控一览表, one row a point, with
  ``股室`` merged per 股室 and a ``岗位及人员`` cell merged over the 股室's rows that NUMBERS its people
  (``①股长　匡某某⏎②股员　蓟某某``); a narrow ``责任人（填编号）`` column gives each row ``①``, ``②`` or
  ``①②``, and the numbers RESTART in every 股室 block, so ``①`` is a different person in each block
  and a row's holders are known only by looking its numbers up in its own block's merged cell.
  The README's 读得懂的表 knows a 代号 column keyed by ONE legend for the whole table (above, below or
  beside it, or in the heading's bracket), marks closing the point keyed by a legend, and a merged
  holders cell read as holders shared by every row; it does not describe a key printed inside each
  block's merged holders cell, restarting per block, and cited row by row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 省民政厅 notice on 公墓随机抽查 and
婚姻收养登记 规范化检查; a study of 支出型贫困家庭 经济状况核对; a 市民政局 方案 on 殡葬服务机构 行风整治;
a 县民政局 notice on 殡葬服务领域 专项治理 (收费, 公益性公墓); a 婚姻登记 制度规范; a page on 婚姻登记
档案管理; a page on 县级 and 乡镇 婚姻登记处; a 低保复核认定 实施方案) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (the rare surnames 匡 and 蓟 with rare given names); every unit is a body of 岢岚县.

Run ``python tests/published/score.py --set batch784`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each number in a row's ``责任人（填编号）`` cell names the person so numbered in
  the merged ``岗位及人员`` cell of the row's own 股室 block; a row citing ``①②`` is both people's point;
  the 股室 is the 科室; the 局领导 block is the leaders' (科室 ``局领导``); the ``注：`` line is no point;
- 局长, 副局长, 主任 (of a 中心), 所长, 副所长 and 处长 (of the 公墓管理处) are leaders; 股长 and a 中心's
  部 or 室 主任 middle; the rest general; the 殡葬管理所's list names no person: its forms are posts;
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

PREFIX = "b784_"
PLACE = "岢岚县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
KEYS = "①②③④"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, [(post, name, tier)], [(廉政风险点, 风险等级, keys, 防控措施)])
BLOCKS = [
    ("局领导", [("局长", "匡鋆翾", "leader"), ("副局长", "蓟翯璘", "leader")], [
        ("公墓建设项目审批不经局党组集体研究", "一级", "①", "经营性公墓审批事项一律上党组会，会议纪要存档。"),
        ("婚姻收养登记规范化检查走过场、包庇问题", "二级", "②", "检查人员从执法名录库随机抽取，问题清单公开。"),
        ("插手干预养老服务项目资金分配", "一级", "①②", "资金分配方案集体研究，分配结果公示。"),
    ]),
    ("社会事务股", [("股长", "匡岵澂", "middle"), ("股员", "蓟淯琤", "general")], [
        ("公墓年检对墓穴超面积、硬化超标问题不纠正", "一级", "①", "年检实地丈量，结果报局党组审定。"),
        ("墓穴、格位价格未公开即放行", "二级", "①②", "价格公示情况纳入检查清单逐项核查。"),
        ("收养登记材料审查不严", "二级", "②", "收养材料双人审查，疑点书面核实。"),
    ]),
    ("计划财务股", [("股长", "匡玚澧", "middle"), ("会计", "蓟沕翀", "general")], [
        ("殡葬改革奖补资金拨付不按标准", "一级", "①", "奖补资金按核定名单拨付，名单公示。"),
        ("报账单据审核不严、虚列支出", "二级", "②", "报账单据经办、审核、审批三签。"),
        ("专项资金结余不按规定清理", "三级", "①②", "每季度对账，结余资金按规定收回。"),
    ]),
]  # fmt: skip


def kelan_civil_affairs_bureau_block_keys() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 22, 10, 40, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}股室廉政风险防控一览表", 7)
    sh.add("序号", "股室", "岗位及人员", "责任人（填编号）", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for dept, people, points in BLOCKS:
        first = len(sh.rows)
        cell = "\n".join(
            f"{KEYS[i]}{post}{GAP}{who}" for i, (post, who, _tier) in enumerate(people)
        )
        for point, lv, keys, measures in points:
            n += 1
            sh.add(n, dept, cell, keys, point, lv, measures)
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1])])
        for i, (post, who, tier) in enumerate(people):
            for point, lv, keys, _measures in points:
                if KEYS[i] in keys:
                    t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _line(sh, "注：“责任人”栏填本股室“岗位及人员”栏中的人员编号，两人共同负责的填两个编号。", 7)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "kelan_civil_affairs_bureau_block_keys", "http://mzt.fujian.gov.cn/gk/ssjygk/201808/t20180823_4183435.htm",
        "(harder) 县民政局 股室廉政风险防控一览表, after the source's 省民政厅 notice on 公墓随机抽查 (审批手续, 墓穴硬化面积, "
        "价格公开) and 婚姻收养登记 规范化检查 (执法名录库 随机抽取): a title, then 序号/股室 merged per block/"
        "``岗位及人员`` merged per block NUMBERING its people (``①局长　…⏎②副局长　…``)/``责任人（填编号）`` with "
        "``①``, ``②`` or ``①②`` a row, the numbers restarting in every block/廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line; no type column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def kelan_social_assistance_center_list() -> dict:
    unit = f"{PLACE}社会救助服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 14, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "匡澧珣", "leader", [
            ("低保、特困对象审批不经集体审定", "制度机制风险", "一级", "审批对象经中心业务会集体审定并公示。"),
        ]),
        ("核对室", "主任", "蓟瀛岵", "middle", [
            ("家庭经济状况核对数据选择性采信", "岗位职责风险", "一级", "核对报告由两人复核，原始数据留存。"),
            ("向他人泄露申请家庭信息", "思想道德风险", "二级", "核对信息分级授权查询，查询留痕。"),
        ]),
        ("核对室", "核对员", "匡翀沕", "general", [
            ("支出型贫困家庭医疗、教育支出认定不实", "业务流程风险", "二级", "刚性支出凭票据认定，逐户登记。"),
        ]),
        ("救助股", "股长", "蓟珝澧", "middle", [
            ("临时救助金额随意确定", "制度机制风险", "二级", "按救助标准分档确定，超标准的报中心审批。"),
            ("入户调查走过场、人情保", "思想道德风险", "一级", "入户调查两人以上，调查表双签。"),
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
    sh.add("填表人：", None, "审核人：", None, None, "2025年5月", None, None)
    return _layout(
        "kelan_social_assistance_center_list", "https://m.fx361.cc/news/2019/0513/17525782.html",
        "县社会救助服务中心 岗位廉政风险防控一览表, after the source's study of 农村支出型贫困家庭 经济状况核对 (收入、财产和"
        "支出, 刚性支出, 核对机制): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def kelan_funeral_management_posts() -> dict:
    unit = f"{PLACE}殡葬管理所"
    sh = _Sheet("排查表", [6, 12, 12, 40, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 6)
    sh.add("序号", "部门", "岗位", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", "殡葬用品供应商选定暗箱操作", "高", "供应商比选结果公示，所务会研究确定。"),
        ("所领导", "所长", "leader", "惠民殡葬补贴审核把关不严", "中", "补贴对象凭死亡证明和户籍审核。"),
        ("业务室", "业务受理员", "general", "不按到馆先后顺序受理，收受丧属好处插队", "高", "业务受理按系统排号，受理记录可查。"),
        ("业务室", "业务受理员", "general", "未执行《消费明白卡》，搭车收费", "中", "服务项目由丧属勾选签字确认。"),
        ("接运室", "驾驶员", "general", "遗体接运索要“辛苦费”", "中", "接运车辆派出、返回时间登记，公开举报电话。"),
        ("财务室", "收费员", "general", "收费不开票、少开票", "低", "收费一律开具票据，日清月结。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分高、中、低三级。", 6)
    return _layout(
        "kelan_funeral_management_posts", "http://beijingmd.com/news/4973.html",
        "县殡葬管理所 岗位廉政风险点排查表 对岗不对人, after the source's 市民政局 方案 on 殡葬服务机构 行风整治 (窗口服务, "
        "收费“六公开”, 惠民殡葬, 违规收费): a title, 序号/部门 merged/岗位 merged per post/廉政风险点/风险等级 高/中/低/"
        "防控措施; no names, no type column; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def kelan_cemetery_office_selfchecks() -> dict:
    unit = f"{PLACE}城关公益性公墓管理处"
    t = _Truth(unit)
    people = [
        ("匡淯岫", "处领导", "处长", "leader", [
            ("向非本地村民提供墓位并违规收费", "Ⅰ级", "墓位安葬对象凭户籍审核，名单公示。", "已落实"),
            ("骨灰盒等丧葬用品价格虚高", "Ⅱ级", "丧葬用品明码标价，价格报县发改部门备案。", "未发现问题"),
        ]),
        ("蓟岵琤", "财务室", "会计", "general", [
            ("公墓管理费收取不入账", "Ⅰ级", "管理费统一开票，收入全额入账。", "已落实"),
            ("财务票据保管不善", "Ⅲ级", "票据专人保管，领用登记。", "已落实"),
        ]),
        ("匡瑸沕", "墓区管理组", "管理员", "general", [
            ("墓穴位置安排优亲厚友", "Ⅱ级", "墓位按登记顺序安排，选位结果公开。", "未发现问题"),
            ("擅自扩大墓穴面积", "Ⅱ级", "墓穴面积按标准控制，完工后实地测量。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年4月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "处长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "kelan_cemetery_office_selfchecks",
        "http://www.tongshan.gov.cn/zc/dfbmptlj/bmxxgkpt/xmzj/fdzdgknr_19646/gysyjs/202312/t20231218_3404759.shtml",
        "县公益性公墓管理处 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 县民政局 "
        "notice on 殡葬服务领域 突出问题专项治理 (丧葬用品价格虚高, 公益性公墓向非本地村民收费, 财务管理): a title, a label row "
        "``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 处长意见：``",
        sheets, t,
    )  # fmt: skip


def kelan_marriage_registry_cards() -> dict:
    unit = f"{PLACE}婚姻登记处"
    t = _Truth(unit)
    cards = [
        ("主任", "蓟鋆澧", "主任", "主持登记处全面工作", "leader", [
            ("对不符合条件的申请违规办理登记", "★★★", "登记审查实行受理、审查、颁证分岗。"),
            ("婚姻登记档案违规查阅、外借", "★★", "档案查阅凭身份证件，查阅登记。"),
        ]),
        ("登记员", "匡翯岵", "登记员", "结婚、离婚登记受理审查", "general", [
            ("审查身份证件不细致，为冒名者办理登记", "★★★", "人证比对，疑点材料书面核实。"),
            ("为熟人插队、上门办理", "★", "按预约顺序办理，不得上门登记。"),
            ("补领结婚证审查不严", "★★", "补证材料与档案逐项比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "kelan_marriage_registry_cards", "http://www.boteman.cn/paper/504761402.html",
        "县婚姻登记处 岗位廉政风险防控卡, one sheet a person, after the source's 婚姻登记 制度规范 (依法登记, 审查, 颁证, "
        "档案管理, 便民利民): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def kelan_affairs_service_center_list() -> dict:
    unit = f"{PLACE}民政事务服务中心"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年5月", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "蓟澧翾", "leader", "档案数字化外包项目指定服务商", "制度机制", "高风险",
         "外包项目按规定采购，验收邀请纪检人员参加。"),
        ("档案室", "主任", "匡琤淯", "middle", "婚姻登记档案违规出具查档证明", "岗位职责", "高风险",
         "查档证明经两人核对档案后出具。"),
        ("档案室", "档案管理员", "蓟玚翯", "general", "档案借阅不登记、不按期收回", "业务流程", "中风险",
         "借阅登记，每月清点收回。"),
        ("档案室", "档案管理员", "蓟玚翯", "general", "涂改、抽换档案材料", "思想道德", "高风险",
         "档案材料编页装订，调阅全程留痕。"),
        ("综合股", "出纳", "匡沕珝", "general", "办公经费报销票据审核不严", "业务流程", "低风险",
         "报销单据经办人、审核人、审批人三签。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "kelan_affairs_service_center_list", "http://www.99xueshu.com/z/yllah9myygfz/",
        "县民政事务服务中心 岗位廉政风险防控一览表, after the source's page on 婚姻登记档案管理 (建档, 查阅凭证, 委托查阅, 档案"
        "利用率): ``附件3``, a title, a merged 填报单位/填报时间 line, then 序号/股室/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


def kelan_songjiagou_office_group_rows() -> dict:
    unit = f"{PLACE}宋家沟镇民政所"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "蓟淯翾", "leader", [
                ("低保初审意见不经民主评议即上报", "一级风险", "初审材料附民主评议记录，未评议的不上报。"),
                ("婚姻登记初步受理中为不符合条件者转报", "二级风险", "受理材料当面核验，转报清单留存。"),
            ]),
        ]),
        ("二、社会救助组", "社会救助组", [
            ("救助专干", "匡岵瑸", "general", [
                ("特困人员供养申请材料代签、代填", "一级风险", "申请书由本人签字，确有困难的由村委会证明。"),
                ("临时救助对象优亲厚友", "二级风险", "救助对象在村务公开栏公示七天。"),
            ]),
            ("协理员", "蓟翾沕", "general", [
                ("高龄津贴对象死亡后不及时停发", "三级风险", "每月与殡葬、公安数据比对。"),
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
        "kelan_songjiagou_office_group_rows", "https://www.wxjjjcw.com/hyjt/8347731694.html",
        "镇民政所 廉政风险防控责任清单, after the source's page on 县级 and 乡镇 婚姻登记处 (乡镇初步受理申请, 转交县级审核, "
        "便民): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、所领导``, ``二、社会救助组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def kelan_lanyi_office_two_sheets() -> dict:
    unit = f"{PLACE}岚漪镇民政所"
    t = _Truth(unit)
    lead = _Sheet("所领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}所领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("匡澧鋆", "所长", "主持全面工作", [
            ("低保复核认定中对不再符合条件的家庭不按期退出", "一级", "复核结果经所务会研究，退出名单公示。"),
            ("低保复核结果公示走过场", "二级", "公示张贴照片存档，异议当日登记。"),
        ]),
        ("蓟瑸淯", "副所长", "分管社会救助、养老服务", [
            ("分散供养特困人员照料服务费发放不实", "二级", "照料协议、服务记录每季度核查。"),
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
    staff = _Sheet("工作人员", [6, 10, 9, 38, 9, 34])
    _line(staff, f"{unit}工作人员廉政风险防控一览表", 6)
    staff.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("救助专干", "匡珝岵", "general", "入户复核不入户，凭印象填表", "一级", "复核入户拍照留痕，两人同行。"),
        ("救助专干", "匡珝岵", "general", "复核信息录入系统不及时、不准确", "三级", "录入后由所长抽查核对。"),
        ("养老服务专干", "蓟岵翯", "general", "居家养老服务补贴对象认定不实", "二级", "补贴对象评估结果公示。"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, None, 1, 2)
    staff.add("填表：", None, "审核：", None, "所长（签字）：", None)
    return _layout(
        "kelan_lanyi_office_two_sheets", "https://www.renrendoc.com/paper/507825519.html",
        "镇民政所 廉政风险防控一览表 in TWO SHEETS, after the source's 低保复核认定 实施方案 (动态管理, 信息核实, 分类复核, "
        "监督保障): sheet 所领导 with 姓名/职务/分管工作 merged per leader, sheet 工作人员 with 岗位/姓名 merged per person; "
        "廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column; a 填表/审核/所长（签字） line",
        [lead, staff], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    kelan_civil_affairs_bureau_block_keys(),
    kelan_social_assistance_center_list(),
    kelan_funeral_management_posts(),
    kelan_cemetery_office_selfchecks(),
    kelan_marriage_registry_cards(),
    kelan_affairs_service_center_list(),
    kelan_songjiagou_office_group_rows(),
    kelan_lanyi_office_two_sheets(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch784-inbox"))
