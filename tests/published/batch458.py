"""The four-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 住建
bodies, 徽县 (陇南, Gansu) — the 县住房和城乡建设局, the 县住房保障服务中心, the 县城市综合执法大队,
the 县建设工程质量安全监督站 and the 村镇建设服务站 of four 镇 (伏家镇, 江洛镇, 柳林镇, 嘉陵镇) — each
handing back the 一览表, 防控表, 责任清单, 排查表, 防控卡, 自查表 or 清单 its staff typed in WPS or Excel:

- the 住房保障服务中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, an 编制/审核/date line under each;
- the 建设工程质量安全监督站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、质量监督股``, ``三、安全监督股``
  merged across (no 科室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the ``廉政风险点``,
  ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 城市综合执法大队's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names, no 科室; a 制表/审核/date line;
- the 伏家镇村镇建设服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 江洛镇村镇建设服务站's 自查表, one sheet a person (tabs named by the holder): a label row ``姓　名 |
  岗　位 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 站长审核：``;
- the 柳林镇村镇建设服务站's 清单 written out on EVERY row (nothing merged): ``岗位 | 责任人 | 廉政风险点 |
  风险等级 | 防控措施``, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, no type and no 科室 column;
- the 嘉陵镇村镇建设服务站's 一览表 under ``附件1``, a title and a merged ``填报单位：…　填报时间：…`` line:
  ``岗位`` and ``姓名`` merged per person, ``廉政风险点``, short types, 高/中/低.

One is harder:

- ``huixian_housing_bureau_two_columns``: the 县住房和城乡建设局's 岗位廉政风险防控一览表 PRINTED IN TWO
  COLUMNS ON ONE SHEET (分栏, like a newspaper): to fit one A4 page landscape the staff cut the
  long list in half and set the second half beside the first. The left block (A:F) and the
  right block (H:M) carry the SAME heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级`` on the
  same row, an empty column G between them; the left block holds points 1–7, the right block
  CONTINUES the numbering with points 8–14. The last holder of the left block (建筑市场股's 股长)
  has points 6 and 7 at its foot and his third point, 8, at the HEAD of the right block, where
  ``股室 | 岗位 | 姓名`` are left EMPTY (the run goes on from the left block's last rows); the rest
  of the right block names its own holders. One title and one 填报 line over both blocks, one
  制表/审核/date line under them. The README's 读得懂的表 knows two tables SIDE BY SIDE on one row
  read apart (``同一行上并排的两张表分开读``, each its own holders), blocks side by side by level
  (``高风险点 | 中风险点 | 低风险点``), a card printed twice side by side (存根 | 持卡人联), a wide table
  printed on two sheets (``宽表分两页``), a table continued on the NEXT SHEET (``续表``) and a row cut
  by a page break under a repeated heading: none is ONE list snaked into two column blocks of
  one sheet whose right block continues the left one (numbering and an open holder run carried
  over). ``grep -l "分栏\\|snak" tests/published/batch*.py`` finds none.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 建设部 work rule for 行政许可 —
受理, 审查, 决定, 送达; a 市's rule on 商品房预售资金监管 — 监管账户, 拨付, 节点; a 省's 建设工程质量
监督 rule — 质量监督机构的职责, 定期检查, 随机抽查; an essay on 工程建设管理监督 — 制度执行, 信息化,
社会监督; a 省建设厅's 建筑业企业监督检查 rule — 检查计划, 资质; a newspaper day of a 城管 违建 officer —
冻结, 拆除, 户外广告; a page on 城管制度 — 市容秩序, 执法; a forum thread quoting the 农村危房改造
rules — 补助对象, 审核程序, 公示) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with
rare given names, three characters each); every unit is a body of 徽县, named with the county's
name.

Run ``python tests/published/score.py --set batch458`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each block's rows are points of the list; point 8 at the head of the
  right block, whose ``股室 | 岗位 | 姓名`` are empty, is the THIRD point of 建筑市场股's 股长 (the
  run open at the left block's foot goes on; the numbering 7 → 8 says so): one form of three
  points, not a form without holder; the repeated heading of the right block is no point; the
  empty column G is nothing;
- ``局领导`` (a 股室 cell of the 住建局), ``中心领导`` (a sheet of the 保障中心's leaders, named so by its
  tab) and ``站领导`` (a group row of the 质监站) are the 科室 of those leaders; a 局's 股, 办公室 and
  财务室 and a 中心's 科 (保障房管理科, 资格审核科) are 科室; a group row ``二、质量监督股`` gives the
  科室 ``质量监督股`` (its number left off); the 执法大队's list and the four 镇村镇建设服务站 files
  name no 科室: their 科室 is "" and the 站 is the unit (``徽县伏家镇村镇建设服务站``, as the title and
  the cards' ``所在单位`` write it);
- 局长, 副局长, a 中心's 主任 and 副主任, a 站's 站长 and 副站长 are leaders; 股长, 科长 and 办公室主任
  middle; the rest (科员, 会计, 审核员, 监督员, 执法队员, 规划建设专干, 技术员) general; the 执法大队's
  大队长 is a leader;
- ``风险点 | 风险表现`` (the 执法大队's list): the point is the short 风险点; ``分管工作``, ``职责事项`` and
  ``自查情况`` are no points and name no holder; the 执法大队's list names no person: its forms
  are posts (对岗不对人);
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards' note), ``高风险/中风险/低风险``,
  ``一级风险/二级风险/三级风险``, 高/中/低 and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the list's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, 宋体 10 and
taller rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch453).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b458_"
PLACE = "徽县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年12月"

# --------------------------------------------------------------------------- harder layout

SNAKE_NAME = "huixian_housing_bureau_two_columns"
SNAKE_UNIT = f"{PLACE}住房和城乡建设局"
SNAKE_TAB = "一览表"
SNAKE_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级")
SNAKE_BLOCK = len(SNAKE_HEAD)
SNAKE_RIGHT = SNAKE_BLOCK + 1  # column H: the right block, after the empty column G
SNAKE_WIDTH = 2 * SNAKE_BLOCK + 1
SNAKE_CUT = 7  # points 1–7 in the left block, 8–14 in the right

# (股室, 岗位, tier, 姓名, [(廉政风险点, 风险等级)])
SNAKE_ROWS = [
    ("局领导", "局长", "leader", "笪晅玹", [
        ("重大工程项目安排不经党组会集体研究", "高"),
        ("干预下属单位工程招标", "高"),
    ]),
    ("局领导", "副局长", "leader", "缑琎湉", [
        ("施工许可审批中为关系企业开绿灯", "高"),
        ("分管股室执法检查打招呼、说情", "中"),
    ]),
    ("办公室", "办公室主任", "middle", "郗熠瑀", [
        ("公务接待超标准、超范围", "低"),
    ]),
    ("建筑市场股", "股长", "middle", "璩炟珩", [
        ("施工许可申报材料审查把关不严", "高"),
        ("建筑企业信用评价打人情分", "中"),
        ("农民工工资保证金返还审核不严", "中"),
    ]),
    ("房地产股", "科员", "general", "訾昀堃", [
        ("商品房预售资金拨付审核不严", "高"),
        ("物业服务企业考评优亲厚友", "低"),
    ]),
    ("规划股", "股长", "middle", "鄢晞嵘", [
        ("规划条件核实中默许违规加建", "高"),
        ("泄露建设项目规划信息", "中"),
    ]),
    ("财务室", "会计", "general", "阚玥翊", [
        ("专项资金拨付不及时、截留挪用", "中"),
        ("报销票据审核不严", "低"),
    ]),
]  # fmt: skip


def _snake_block(sh: _Sheet, first: int, col: int, recs: list[list]) -> None:
    """Write ``recs`` (six cells each) from row ``first`` in the block starting at column ``col``."""
    for k, rec in enumerate(recs):
        row = sh.rows[first + k]
        for c, v in enumerate(rec):
            row[col + c] = v


def huixian_housing_bureau_two_columns() -> dict:
    unit = SNAKE_UNIT
    sh = _Sheet(SNAKE_TAB, [5, 10, 9, 8, 30, 7, 2, 5, 10, 9, 8, 30, 7])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", SNAKE_WIDTH)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", SNAKE_WIDTH)
    sh.add(*SNAKE_HEAD, None, *SNAKE_HEAD)
    recs, n = [], 0
    for dept, post, tier, who, points in SNAKE_ROWS:
        for point, lv in points:
            n += 1
            recs.append([n, dept, post, who, point, lv])
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    left, right = recs[:SNAKE_CUT], recs[SNAKE_CUT:]
    assert len(left) == len(right)
    # the right block's first rows go on with the left block's last holder: their cells are empty
    carry = right[0][1:4]
    for rec in right:
        if rec[1:4] != carry:
            break
        rec[1:4] = [None, None, None]
    first = len(sh.rows)
    for _ in left:
        sh.add(*([None] * SNAKE_WIDTH))
    _snake_block(sh, first, 0, left)
    _snake_block(sh, first, SNAKE_RIGHT, right)
    _per_person(sh, first, 1, 2, 3)
    _per_person(sh, first, SNAKE_RIGHT + 1, SNAKE_RIGHT + 2, SNAKE_RIGHT + 3)
    sh.add("制表：", None, "审核：", None, None, None, None, None, None, None, None, DATE, None)
    return _layout(
        SNAKE_NAME, "https://e-book.qq.com/read/1044259289/217",
        "(harder) 县住房和城乡建设局 岗位廉政风险防控一览表, after the source's 建设部 work rule for 行政许可 (受理, 审查, 决定, "
        "送达): a title and a merged ``填报单位：…　填报时间：2025年12月`` line over ONE LIST PRINTED IN TWO COLUMNS (分栏) — "
        "a left block A:F and a right block H:M under the same heading 序号/股室/岗位/姓名/廉政风险点/风险等级, an empty "
        "column G between; points 1–7 left, 8–14 right; the 建筑市场股 股长's run (6, 7) goes on at the head of the right "
        "block (8) with 股室/岗位/姓名 EMPTY; 股室 merged, 岗位 and 姓名 merged per person in each block; 高/中/低, no type "
        "column; one 制表/审核/date line under both",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huixian_housing_security_two_sheets() -> dict:
    unit = f"{PLACE}住房保障服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 22, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蔺彧琎", "主任", "主持全面工作，分管财务", [
            ("保障房分配方案不经集体研究", "一级", "分配方案主任办公会审定，结果公示。"),
            ("租金收入未及时上缴财政", "二级", "租金专户管理，按月对账。"),
        ]),
        ("巩堃晅", "副主任", "分管保障房管理、维修", [
            ("保障房维修工程指定施工单位", "一级", "维修项目比选确定，验收留痕。"),
            ("违规调换保障房房源", "三级", "调换申请两级审核，台账公开。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "中心领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("编制：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 11, 9, 40, 9, 34])
    _line(staff, f"{unit}科室岗位廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("资格审核科", "科长", "逯湉炟", "middle", [
            ("公租房申请资格审核把关不严", "一级", "收入、住房信息部门联审，结果公示。"),
        ]),
        ("资格审核科", "审核员", "亓珩熠", "general", [
            ("收受申请人财物，违规出具审核意见", "一级", "审核意见两人签字，定期回访。"),
            ("泄露申请人家庭信息", "三级", "档案专人保管，查阅登记。"),
        ]),
        ("保障房管理科", "科长", "厍玹昀", "middle", [
            ("不按规定清退违规承租户", "一级", "年度复核，清退名单公示。"),
            ("租金减免审批不严", "二级", "减免条件公开，集体审核。"),
        ]),
    ]  # fmt: skip
    first = len(staff.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            staff.add(n, dept, post, who, point, lv, measures)
            t.point(staff.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, 1, 2, 3)
    staff.add("编制：", None, "审核：", None, None, DATE, None)
    return _layout(
        "huixian_housing_security_two_sheets",
        "http://zjj.putian.gov.cn/xxgk/zcfg/202303/t20230331_1809395.htm",
        "县住房保障服务中心 廉政风险防控表 in two sheets, after the source's rule on 商品房预售资金监管 (监管账户, 拨付, 节点): "
        "``中心领导`` (a title, 序号/``姓名 | 职务 | 分管工作`` merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施) "
        "and ``科室`` (a title, 序号/科室 merged (资格审核科, 保障房管理科)/岗位 and 姓名 merged per person/风险点/风险等级/"
        "防控措施); no type column; an 编制/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def huixian_quality_station_group_rows() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("责任清单", [6, 10, 9, 18, 36, 13, 11, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "隗瑀晞", "leader", [
                ("监督计划", "监督任务分配不经集体研究", "制度机制风险", "一级风险", "监督任务站务会分配，记录存档。"),
                ("检测委托", "指定检测机构", "业务流程风险", "二级风险", "检测机构随机抽取，结果公开。"),
            ]),
        ]),
        ("二、质量监督股", "质量监督股", [
            ("股长", "仉嵘玥", "middle", [
                ("竣工验收监督", "对验收中的质量问题放任不管", "岗位职责风险", "一级风险", "验收监督两人以上，意见书复核。"),
            ]),
            ("监督员", "佴翊彧", "general", [
                ("随机抽查", "接受施工单位宴请，降低抽查标准", "外部环境风险", "一级风险", "抽查记录拍照留痕，回避亲属项目。"),
                ("资料核查", "质量资料核查走过场", "业务流程风险", "三级风险", "核查清单逐项签字，定期抽查。"),
            ]),
        ]),
        ("三、安全监督股", "安全监督股", [
            ("股长", "蒯晅琎", "middle", [
                ("隐患整改", "重大隐患整改不到位即同意复工", "岗位职责风险", "一级风险", "复工前现场复查，股长签字。"),
            ]),
            ("监督员", "靳炟湉", "general", [
                ("安全检查", "检查中收受礼品礼金", "思想道德风险", "二级风险", "签订廉洁承诺书，检查结果公示。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for duty, point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    return _layout(
        "huixian_quality_station_group_rows",
        "http://www.jianbiaoku.com/webarbs/book/5464/159222.shtml",
        "县建设工程质量安全监督站 廉政风险防控责任清单, after the source's 省 rule on 建设工程质量监督 (质量监督机构的职责, "
        "定期检查, 随机抽查): a title, 序号/岗位/责任人/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施 under GROUP ROWS ``一、站领导``, ``二、质量监督股``, ``三、安全监督股`` merged across (no 科室 "
        "column); 岗位 and 责任人 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huixian_enforcement_brigade_posts() -> dict:
    unit = f"{PLACE}城市综合执法大队"
    sh = _Sheet("排查表", [6, 11, 18, 36, 12, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队长", "leader", [
            ("违建处置", "对违法建设案件压案不办、降格处理", "制度机制风险", "Ⅰ级", "案件集体研究，处理结果公开。"),
            ("罚没款管理", "罚没款不按规定上缴", "岗位职责风险", "Ⅱ级", "罚缴分离，票据统一管理。"),
        ]),
        ("执法队员", "general", [
            ("巡查执法", "接受商户宴请，对占道经营不予制止", "外部环境风险", "Ⅰ级", "执法记录仪全程记录，定期轮岗。"),
            ("暂扣物品", "暂扣物品私分、损毁", "业务流程风险", "Ⅲ级", "暂扣物品登记入库，两人交接。"),
        ]),
        ("内勤", "general", [
            ("案卷管理", "案卷材料事后补签、篡改", "业务流程风险", "Ⅱ级", "案卷归档前审核，定期评查。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, post, point, desc, typ, lv, measures)
            t.point(sh.name, "", post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, None, 1)
    sh.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "huixian_enforcement_brigade_posts", "https://lu-xu.com/fangchan/1524852.html",
        "县城市综合执法大队 岗位廉政风险点排查表 对岗不对人, after the source's day of a 城管 违建 officer (冻结, 拆除, 户外广告): "
        "a title, then 序号/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names, no 科室; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def huixian_fujia_station_cards() -> dict:
    unit = f"{PLACE}伏家镇村镇建设服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "滑熠珩", "leader", [
            ("农村危房改造对象评定优亲厚友", "★★★", "评定结果村级公示，镇审核。"),
            ("农房建设审批放宽条件", "★★", "审批条件公开，两人审核。"),
            ("接受建房户宴请", "★", "签订廉洁承诺书，节前提醒。"),
        ]),
        ("副站长", "鞠昀玹", "leader", [
            ("危房改造验收走过场", "★★★", "验收拍照留痕，县住建局抽查。"),
            ("补助资金发放名单不核实", "★★", "名单与验收结果核对，一卡通发放。"),
        ]),
        ("技术员", "禚晞瑀", "general", [
            ("建房选址放线中收受好处", "★★", "放线两人到场，记录存档。"),
            ("泄露农户个人信息", "★", "信息保密承诺，查询留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "huixian_fujia_station_cards", "http://www.baitahe.net/forum.php?mod=viewthread&page=2&tid=94209",
        "镇村镇建设服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 技术员), after the source's thread quoting "
        "the 农村危房改造 rules (补助对象, 审核程序, 公示): a title, ``姓　名 | … | 职　务 | …`` over ``所在单位 | … | 持卡时间 | "
        "…``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged ``注：`` line on the stars and "
        "``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def huixian_jiangluo_station_selfchecks() -> dict:
    unit = f"{PLACE}江洛镇村镇建设服务站"
    t = _Truth(unit)
    people = [
        ("谯玥嵘", "站长", "leader", [
            ("违法建设巡查发现不报", "高风险", "巡查台账按周上报，镇纪委抽查。"),
            ("村镇建设项目验收降低标准", "高风险", "验收邀请村民代表参加。"),
            ("工程资料归档不全", "中风险", "资料清单逐项核对。"),
        ]),
        ("郦彧翊", "规划建设专干", "general", [
            ("农房建设规划许可审查不严", "中风险", "审查要点公开，站长复核。"),
            ("收受建房户礼品", "低风险", "拒收登记，公开举报电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"岗{GAP}位", "填表时间", None, None)
        sh.add(who, post, DATE, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实" if i % 2 else "未发现问题")
            t.point(sh.name, "", post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "huixian_jiangluo_station_selfchecks", "https://branchsmith.com/zh/hangzhou_84426",
        "镇村镇建设服务站 岗位廉政风险自查表, one sheet a person (tabs named by the holder), after the source's page on 城管制度 "
        "(市容秩序, 执法): a title, a label row ``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; no type column; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def huixian_liulin_station_every_row() -> dict:
    unit = f"{PLACE}柳林镇村镇建设服务站"
    sh = _Sheet("清单", [6, 16, 9, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 6)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "缪琎晅", "leader", "小型建设工程发包不按程序", "Ⅰ", "发包方案镇党委会研究，结果公示。"),
        ("站长", "缪琎晅", "leader", "工程款拨付审核不严", "Ⅱ", "拨付凭验收单，镇财政所复核。"),
        ("技术员", "暴湉熠", "general", "工程质量检查敷衍了事", "Ⅰ", "检查记录拍照留痕，县质监站抽查。"),
        ("技术员", "暴湉熠", "general", "设计变更签证不核实", "Ⅲ", "变更签证两人现场核实。"),
        ("规划建设专干", "虢珩炟", "general", "违规出具农房竣工意见", "Ⅱ", "竣工意见站长复核，台账管理。"),
        ("规划建设专干", "虢珩炟", "general", "泄露规划审查信息", "Ⅲ", "信息保密承诺，查询留痕。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 6)
    sh.add("填表人：", None, "审核人：", None, DATE, None)
    return _layout(
        "huixian_liulin_station_every_row", "https://www.zhemaiyun.com/news/2015020430158622720",
        "镇村镇建设服务站 廉政风险防控清单, after the source's essay on 工程建设管理监督 (制度执行, 信息化, 社会监督): a title, then "
        "序号/岗位/``责任人`` written out on EVERY row (nothing merged)/廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type "
        "column, no 科室 column; a merged ``注：`` line on the numerals and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def huixian_jialing_station_list() -> dict:
    unit = f"{PLACE}嘉陵镇村镇建设服务站"
    sh = _Sheet("一览表", [6, 9, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "卞玹晞", "leader", [
            ("建筑施工企业监督检查走过场", "岗位职责", "高", "检查按计划进行，结果报县住建局。"),
            ("协调建房纠纷中接受请托", "思想道德", "中", "协调结果公开，接受监督。"),
        ]),
        ("副站长", "钭瑀昀", "leader", [
            ("农村建筑工匠培训补贴虚报人数", "业务流程", "高", "培训实名签到，照片留存。"),
        ]),
        ("技术员", "郜嵘翊", "general", [
            ("企业资质核查把关不严", "制度机制", "低", "核查材料网上比对，站长复核。"),
            ("接受施工企业礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "huixian_jialing_station_list", "https://m.docduoduo.com/p-6488876.html",
        "镇村镇建设服务站 岗位廉政风险防控一览表, after the source's 省建设厅 rule on 建筑业企业监督检查 (检查计划, 资质): "
        "``附件1``, a title, a merged ``填报单位：…　填报时间：2025年12月`` line, then 序号/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huixian_housing_bureau_two_columns(),
    huixian_housing_security_two_sheets(),
    huixian_quality_station_group_rows(),
    huixian_enforcement_brigade_posts(),
    huixian_fujia_station_cards(),
    huixian_jiangluo_station_selfchecks(),
    huixian_liulin_station_every_row(),
    huixian_jialing_station_list(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``; no re-saved copies."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch458-inbox"))
