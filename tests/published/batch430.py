"""The four-hundred-and-thirtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 商务 bodies,
靖边县 (a county of 榆林 on the edge of the 毛乌素 sands, its staff Han) — the 县商务局, the
县招商服务中心, the 县经济合作办公室, the 县物流园区管理委员会 and the 商贸服务站 of four of its towns
(宁条梁镇, 东坑镇, 红墩界镇, 杨桥畔镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单, 自查表 or
system export its staff made in WPS or Excel:

- the 招商服务中心's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged
  (``中心领导``, ``项目预审科``, ``跟踪服务科``, ``综合办公室``), ``姓名`` BEFORE ``岗位``, both merged per
  person, a short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date
  line;
- the 经济合作办公室's file in two sheets: ``办领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type column,
  a 制表/审核/date line under each;
- the 物流园区管理委员会's 排查表 对岗不对人: ``部室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names; an
  编制/审核/date line;
- the 宁条梁镇商贸服务站's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` over ``所在单位 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 站长（签字）：``;
- the 东坑镇商贸服务站's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 |
  …`` over ``工作单位 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column, ``本人签名： | … |
  站长审核：``;
- the 红墩界镇商贸服务站's 责任清单 under GROUP ROWS ``一、站领导``, ``二、市场建设组``,
  ``三、流通服务组`` merged across (no 组 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before
  the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 杨桥畔镇商贸服务站's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out
  on EVERY row (nothing merged) and with no 组 column: ``岗位 | 风险类型 | 廉政风险点 | 风险等级 |
  防控措施 | 责任人`` — the TYPE BEFORE THE POINT and the holder in a LAST ``责任人`` column — short
  types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``jingbian_commerce_bureau_field_codes``: the 商务局's 岗位廉政风险点 list as its staff pulled it
  out of the county's 廉政风险防控 platform's DATABASE with a table tool — A HEADING OF DATABASE FIELD
  CODES, THEIR MEANING GIVEN ONLY IN A DATA DICTIONARY ON ANOTHER SHEET. The first sheet is named by
  the database table (``LZFX_GWFXD``); it has no title, no 填报单位 line and nothing merged, and its
  FIRST ROW is the heading as the database names its columns, in upper-case 拼音 initials:
  ``XH | DWMC | BMMC | GWMC | ZRRXM | FXDMC | FXLX | FXDJ | FKCS | TBSJ``. Every row below is one risk
  point, written out in full (the unit ``靖边县商务局`` in ``DWMC``, the 股室 in ``BMMC``, the post in
  ``GWMC``, the holder in ``ZRRXM`` on every row of his), the point in ``FXDMC``, a short type in
  ``FXLX``, 高/中/低 in ``FXDJ``, the measures in ``FKCS`` and the export date ``2025-10-20`` in
  ``TBSJ``. Not one cell of that sheet holds a heading word (序号, 科室, 岗位, 姓名, 风险点, 风险等级 …).
  The second sheet, ``数据字典``, is the platform's data dictionary the staff pasted behind it:
  ``序号 | 字段名 | 字段说明 | 数据类型 | 长度 | 备注``, one row a field (``BMMC | 部门（股室）名称``,
  ``FXDMC | 廉政风险点名称``, ``FXDJ | 风险等级`` with ``高/中/低`` in 备注 …). So what each column
  IS is written nowhere on the list's own sheet: a reader must look the codes up in the other sheet
  (or guess the columns by their contents). The shape is about the TABLE'S COLUMNS AND THE FILE: the
  heading is made of opaque field codes and its meaning lives in a second sheet that is itself a
  small table (whose rows are fields, not points). The README's 读得懂的表 knows headings it does not
  recognise a word of (``需警惕的情形``, ``风险事件``: Chinese words, read by two known words beside
  them or by the contents), headings in two rows or three, a column of 科室 or posts guessed by its
  contents, CELL values given as codes and explained elsewhere (``风险类型`` codes ``A``/``B`` by a
  ``填表说明``, codes in a heading cell's comment or a data validation's prompt, ``POST_CODES``,
  ``DEPT_CODES``, measures by a ``代码 | 防控措施`` catalogue, ``职权编码`` looked up in a ``职权目录``
  sheet, the 拼音 initials of a type in a ``风险编码``), and a 填表说明 sheet that explains level
  codes; it does not describe a heading whose every cell is a field code, the column names
  themselves defined only by a data dictionary on another sheet. No earlier batch writes one:
  ``grep -l '数据字典\\|字段说明\\|字段名' tests/published/batch*.py`` finds none, and no batch has a
  heading cell of upper-case letters (``grep -n '"[A-Z_]\\{3,\\}", "[A-Z_]\\{3,\\}"'`` finds none).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a note on why database tables and
fields are named in 拼音 — ASCII, no encoding trouble, names a Chinese team reads; a 市商务局's
招商引资工作机制和绩效考核办法 — 线索收集, 项目初判, 项目预审, 项目签约, 转化落实; a 经济合作局 that
splits the country into 重点招商区域 each led by a 班子成员, keeps an 对口支援科 and scores 机关科室 and
干部个人 every ten days; a 省's 物流园区 development opinion — 布局, 仓储, 多式联运, 信息化, 集约用地;
a 村级电商服务站管理办法 — 总站 in the 乡镇, 分站 in the villages, 仓储, 配送, 售后, 投诉; a 省's
成品油流通管理实施细则 — 零售经营资格, 县级商务主管部门 监督管理, 购销台账, 散装汽油实名登记; a
镇人民政府's 菜市场建设项目建议书 — 交易区, 轻钢结构, 政府自筹及项目扶持资金; a 市贸易局's 村级菜市场
规范化建设 — 镇级菜市场, ``菜场+超市``, 便民商贸设施) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 靖边县, named with
the county's name (no earlier unit holds ``靖边县``; 宁条梁镇, 东坑镇, 红墩界镇 and 杨桥畔镇 are towns of
the county).

Run ``python tests/published/score.py --set batch430`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the ``数据字典`` sheet says what each code is, and the truth reads the list by
  it: ``DWMC`` the unit, ``BMMC`` the 科室 (股室), ``GWMC`` the post, ``ZRRXM`` the holder, ``FXDMC`` the
  point, ``FXLX`` the type, ``FXDJ`` the level, ``FKCS`` the measures; ``XH`` (a running number) and
  ``TBSJ`` (the export date) are no points and name no one; the heading row of codes is no point;
  the 数据字典 sheet holds no points and no forms (its rows are fields: ``FXDMC | 廉政风险点名称`` is a
  field's description, not a risk);
- ``局领导`` (the 商务局's ``BMMC``), ``中心领导`` (the 招商服务中心's first 科室), ``办领导`` (the
  经济合作办公室's sheet of its leaders, named so by its tab and title), ``管委会领导`` (the 物流园区's
  first 部室) and ``站领导`` (a group row) are the 科室 of those leaders; a 局's 股 and 办公室, a 中心's
  科 and 办公室, a 办's 科, a 管委会's 部 and a 站's 组 are 科室; a group row ``二、市场建设组`` gives
  the 科室 ``市场建设组`` (its number left off); the 宁条梁镇, 东坑镇 and 杨桥畔镇 stations' forms name
  no 科室 (the cards' ``所在单位`` is the 站 itself): their 科室 is "";
- 局长, 副局长, the 中心's and the 办's 主任 and 副主任 (under ``中心领导``, ``办领导``), the 管委会's
  主任 and 副主任, 站长 and 副站长 are leaders; 股长, the 商务局 办公室's 主任, 科长, 部长 and a 站's
  组长 middle; the rest (科员, 会计, 出纳, 工程管理员, 招商专员, 电商专干, 市场协管员, 成品油协管员,
  信息员, 工作人员) general;
- ``廉政风险点 | 风险描述`` (the 招商服务中心's list) and ``风险点 | 风险表现`` (the 物流园区's): the
  point is the short one; ``分管工作``, ``工作职责``, ``职责事项`` and ``自查情况`` are no points and name no
  holder; the 物流园区's list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``★★★/★★/★`` (read by the cards' note),
  ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 杨桥畔镇 station's
  note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells) and ``truth.json``; no re-saved copies (as batch280 and batch426).
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b430_"
PLACE = "靖边县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

CODES_NAME = "jingbian_commerce_bureau_field_codes"
CODES_UNIT = f"{PLACE}商务局"
CODES_TAB = "LZFX_GWFXD"
DICT_TAB = "数据字典"
EXPORTED = "2025-10-20"
# the heading as the database names its columns
CODES_HEAD = ("XH", "DWMC", "BMMC", "GWMC", "ZRRXM", "FXDMC", "FXLX", "FXDJ", "FKCS", "TBSJ")
CODES_WIDTHS = [5, 14, 18, 9, 9, 40, 10, 6, 40, 11]
# the data dictionary: 字段名 -> (字段说明, 数据类型, 长度, 备注)
DICTIONARY = {
    "XH": ("序号", "INT", "8", ""),
    "DWMC": ("单位名称", "VARCHAR", "100", ""),
    "BMMC": ("部门（股室）名称", "VARCHAR", "50", ""),
    "GWMC": ("岗位名称", "VARCHAR", "50", ""),
    "ZRRXM": ("责任人姓名", "VARCHAR", "20", ""),
    "FXDMC": ("廉政风险点名称", "VARCHAR", "500", ""),
    "FXLX": ("风险类型", "VARCHAR", "20", "思想道德/制度机制/岗位职责/业务流程/外部环境"),
    "FXDJ": ("风险等级", "VARCHAR", "10", "高/中/低"),
    "FKCS": ("防控措施", "VARCHAR", "1000", ""),
    "TBSJ": ("填报时间", "DATE", "", "导出时自动生成"),
}
DICT_HEAD = ("序号", "字段名", "字段说明", "数据类型", "长度", "备注")
# what the truth reads each code as (by the dictionary)
CODE_FIELDS = {"BMMC": "dept", "GWMC": "post", "ZRRXM": "person", "FXDMC": "point"}

# 股室 -> [(岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级, 防控措施)])]
CODES_ROWS = [
    ("局领导", [
        ("局长", "厍澍岚", "leader", [
            ("招商引资项目优惠政策兑现不经党组会集体研究", "制度机制", "高",
             "优惠政策兑现方案经党组会研究，兑现结果公示。"),
            ("插手干预商贸流通项目资金分配和项目验收", "外部环境", "高", "项目资金按因素法分配，过问插手登记报告。"),
        ]),
        ("副局长", "禚昀珂", "leader", [
            ("成品油零售经营资格初审把关不严", "岗位职责", "高", "初审实行两人现场核查，审核意见集体研究后上报。"),
        ]),
    ]),
    ("办公室", [
        ("主任", "乜璟翃", "middle", [
            ("公务接待和会议费用超标准列支", "制度机制", "中", "接待事前审批，费用清单每季度公开。"),
        ]),
        ("会计", "笪芃霂", "general", [
            ("商贸专项资金未按项目进度拨付", "业务流程", "低", "拨付凭验收意见和进度报告，每月对账。"),
        ]),
    ]),
    ("市场运行股", [
        ("股长", "郗湛珧", "middle", [
            ("家电以旧换新补贴申领审核不严、重复补贴", "岗位职责", "高", "补贴信息系统比对去重，抽查回访不少于一成。"),
            ("生活必需品储备补贴核定不实", "业务流程", "中", "储备数量实地盘点，核定结果股室会审。"),
        ]),
        ("科员", "虢淼澄", "general", [
            ("市场监测数据迟报、虚报", "思想道德", "低", "监测数据留存原始记录，股长每周抽查。"),
        ]),
    ]),
    ("对外贸易和电子商务股", [
        ("股长", "綦玙澈", "middle", [
            ("电子商务进农村项目验收走过场", "业务流程", "高", "验收邀请第三方参加，验收结果公示。"),
            ("外经贸发展专项资金申报材料审核不严", "岗位职责", "中", "申报材料清单化审核，审核记录存档。"),
        ]),
    ]),
]  # fmt: skip


def jingbian_commerce_bureau_field_codes() -> dict:
    t = _Truth(CODES_UNIT)
    sh = _Sheet(CODES_TAB, CODES_WIDTHS)
    sh.add(*CODES_HEAD)
    n = 0
    for dept, people in CODES_ROWS:
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, CODES_UNIT, dept, post, who, point, typ, lv, measures, EXPORTED)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    dic = _Sheet(DICT_TAB, [6, 10, 18, 10, 6, 40])
    dic.add(*DICT_HEAD)
    for i, code in enumerate(CODES_HEAD, 1):
        meaning, kind, length, note = DICTIONARY[code]
        dic.add(i, code, meaning, kind, length or None, note or None)
    return _layout(
        CODES_NAME, "https://www.fanruan.com/blog/article/296377",
        "(harder) 县商务局 岗位廉政风险点 list PULLED OUT OF THE PLATFORM'S DATABASE, after the source's note on naming "
        "database tables and fields in 拼音: a sheet named by the database table (``LZFX_GWFXD``), no title, nothing "
        "merged, its first row the heading of FIELD CODES ``XH | DWMC | BMMC | GWMC | ZRRXM | FXDMC | FXLX | FXDJ | FKCS "
        "| TBSJ`` (no heading word anywhere on the sheet), one row a point written out in full (unit, 股室, post, holder "
        "on every row; short type, 高/中/低, measures, export date); the codes' meaning only in a second sheet "
        "``数据字典`` (``序号 | 字段名 | 字段说明 | 数据类型 | 长度 | 备注``, one row a field)",
        [sh, dic], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def jingbian_investment_center_list() -> dict:
    unit = f"{PLACE}招商服务中心"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "科室", "姓名", "岗位", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("中心领导", "漆瑗霏", "主任", "leader", [
            ("项目签约", "对未经预审的项目擅自对外承诺优惠条件、签订协议", "制度机制", "高",
             "签约项目须经预审会审议，协议文本经法律顾问审核。"),
            ("招商经费", "外出招商经费支出不经集体研究，虚列行程", "思想道德", "中", "外出招商事前报批，行程和费用按次公示。"),
        ]),
        ("中心领导", "邰暄炜", "副主任", "leader", [
            ("项目初判", "收受客商好处，对不符合产业方向的项目出具同意意见", "外部环境", "高", "初判意见由三人以上共同出具并签字。"),
        ]),
        ("项目预审科", "暨珞岷", "科长", "middle", [
            ("项目预审", "降低投资强度和亩均税收标准通过预审", "岗位职责", "高", "预审标准公开，预审结果报中心会议审定。"),
            ("线索收集", "隐瞒、截留招商线索为关系人谋利", "思想道德", "中", "线索统一登记编号，每周通报流转情况。"),
        ]),
        ("项目预审科", "钭翊溦", "科员", "general", [
            ("资料审核", "项目申报资料审核不细，真实性未核实", "业务流程", "低", "资料核验清单化，科长复核签字。"),
        ]),
        ("跟踪服务科", "酆琪蔚", "科长", "middle", [
            ("转化落实", "在项目代办服务中吃拿卡要、故意拖延", "外部环境", "中", "代办事项限时办结，企业评价每季度公开。"),
            ("履约监管", "对未按协议投资的项目不报告、不追责", "岗位职责", "中", "履约情况每季度核查，违约项目报中心会议研究。"),
        ]),
        ("综合办公室", "滑芊琰", "出纳", "general", [
            ("资金支付", "招商活动经费报销票据审核不严", "制度机制", "低", "报销经办、审核、审批三签，每月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 3, 2)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "jingbian_investment_center_list", "https://y.qianzhan.com/yuanqu/detail/630/230529-fcb8a0e0.html",
        "县招商服务中心 岗位廉政风险防控一览表 after the source's 市商务局 招商引资工作机制和绩效考核办法 (线索收集, 项目初判, 项目预审, "
        "项目签约, 转化落实): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``科室`` merged (中心领导, "
        "项目预审科, 跟踪服务科, 综合办公室)/``姓名`` BEFORE ``岗位``, both merged per person/a short ``廉政风险点``/a long "
        "``风险描述``/风险类型 (short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def jingbian_cooperation_office_two_sheets() -> dict:
    unit = f"{PLACE}经济合作办公室"
    t = _Truth(unit)
    lead = _Sheet("办领导", [6, 9, 9, 24, 38, 9, 32])
    _line(lead, f"{unit}办领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯昱淳", "主任", "主持全面工作，负责长三角重点招商区域", [
            ("重点招商区域任务分解和考核打分个人说了算", "一级", "考核细则办务会审定，计分表每月公开。"),
            ("招商引资奖励资金兑现不经集体研究", "一级", "奖励兑现经办务会研究并报县政府审定。"),
        ]),
        ("仝霈珺", "副主任", "分管对口协作、京津冀重点招商区域", [
            ("对口协作项目资金安排向关系单位倾斜", "二级", "项目资金安排集体研究，安排结果公示。"),
            ("外出招商接受客商宴请和旅游安排", "三级", "外出招商两人以上，行程报备。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "办领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("科室", [6, 12, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}科室廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("区域合作科", "科长", "阚岫棠", "middle", [
            ("签约项目统计虚报、重复计入考核", "二级", "签约项目凭协议原件登记，每季度核对。"),
            ("客商来访接待超标准", "三级", "接待按公函和清单办理，费用公开。"),
        ]),
        ("区域合作科", "科员", "靳溱玥", "general", [
            ("项目信息泄露给关系企业", "二级", "项目信息分级管理，查阅登记。"),
        ]),
        ("对口协作科", "科长", "邸玟沣", "middle", [
            ("对口支援物资采购不按程序", "一级", "物资采购按政府采购规定执行，验收两人签字。"),
            ("协作项目验收把关不严", "二级", "验收邀请受援方和财政部门参加。"),
        ]),
        ("综合科", "会计", "扈澜彧", "general", [
            ("奋进榜考核奖励发放不实", "三级", "奖励名单和金额公示五个工作日。"),
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
    staff.add("制表：", None, "审核：", None, None, DATE, None)
    return _layout(
        "jingbian_cooperation_office_two_sheets", "http://www.zrr82.com/dj/44176.html",
        "县经济合作办公室 file in two sheets after the source's 经济合作局 (重点招商区域 each led by a 班子成员, 对口支援科, "
        "机关科室 and 干部个人 奋进榜): ``办领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/"
        "防控措施) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def jingbian_logistics_park_posts() -> dict:
    unit = f"{PLACE}物流园区管理委员会"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "部室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("管委会领导", "主任", "leader", [
            ("入园企业准入", "降低投资强度和用地标准，为关系企业办理入园", "外部环境", "高风险",
             "入园项目经评审小组评审、管委会会议审定，结果公示。"),
            ("园区基础设施项目", "园区道路、仓储设施建设项目插手干预招标", "制度机制", "高风险", "项目进入公共资源交易平台，过问插手登记。"),
        ]),
        ("管委会领导", "副主任", "leader", [
            ("用地指标安排", "集约用地指标分配不公开，照顾关系企业", "业务流程", "中风险", "用地指标按评审排名安排，安排结果公示。"),
        ]),
        ("规划建设部", "部长", "middle", [
            ("规划方案审查", "擅自同意企业调整容积率和建筑密度", "岗位职责", "高风险", "规划调整须专家论证并报县自然资源部门审批。"),
        ]),
        ("规划建设部", "工程管理员", "general", [
            ("工程现场签证", "多式联运场站工程签证工程量与实际不符", "业务流程", "中风险", "签证实行监理、跟审、管理员三方签字。"),
        ]),
        ("招商运营部", "招商专员", "general", [
            ("仓储租赁", "公共仓储设施出租价格随意调整、收取好处", "思想道德", "中风险", "租赁价格管委会会议确定，合同统一范本。"),
            ("信息平台服务", "物流信息平台数据对外泄露", "岗位职责", "低风险", "平台账号专人专用，查询留痕。"),
        ]),
        ("综合服务部", "会计", "general", [
            ("园区扶持资金", "物流企业扶持资金兑付审核不严", "制度机制", "低风险", "兑付材料两级审核，兑付结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "jingbian_logistics_park_posts", "http://www.dm566.com/xingzgengongwen/8208.html",
        "县物流园区管理委员会 岗位廉政风险点排查表 对岗不对人, after the source's 物流园区 development opinion (布局, 仓储, 多式联运, "
        "信息化, 集约用地): a title, 序号/部室 merged/岗位 merged per post/a short 风险点/a long ``风险表现``/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def jingbian_ningtiaoliang_station_cards() -> dict:
    unit = f"{PLACE}宁条梁镇商贸服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "谌骊烨", "leader", [
            ("村级电商服务点建设补助申报不实", "★★★", "补助对象村评议、站审核、镇公示。"),
            ("服务站仓储配送外包单位选择不公开", "★★★", "外包单位比选确定，合同经镇党委会研究。"),
            ("服务站运营经费使用不经集体研究", "★★", "经费支出按程序审批，按季度公开。"),
        ]),
        ("电商专干", "羿珈霖", "general", [
            ("电商培训签到和补贴名单弄虚作假", "★★", "培训签到留存影像，补贴名单公示。"),
            ("农产品上行销售数据虚报", "★", "销售数据与平台后台核对，站长签字。"),
        ]),
        ("市场协管员", "茹樾滢", "general", [
            ("消费者投诉压件不办、偏袒商户", "★★", "投诉登记编号，办理结果回访。"),
            ("向商户索要财物", "★", "签订廉洁承诺，检查两人以上。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        sh.add("所在单位", unit, "持卡时间", DATE)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "站长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "jingbian_ningtiaoliang_station_cards", "https://360docs.net/doc/2b1213519.html",
        "镇商贸服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 电商专干, 市场协管员), after the source's 村级电商服务站"
        "管理办法 (总站 in the 乡镇, 分站 in the villages, 仓储, 配送, 售后, 投诉): a title, ``姓　名 | … | 职　务 | …`` over "
        "``所在单位 | … | 持卡时间 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人（签字）： | 站长（签字）：``",
        sheets, t,
    )  # fmt: skip


def jingbian_dongkeng_station_selfchecks() -> dict:
    unit = f"{PLACE}东坑镇商贸服务站"
    t = _Truth(unit)
    people = [
        ("甄瓒沂", "站长", "leader", [
            ("主持站全面工作，配合县商务局开展成品油市场检查", [
                ("加油站检查中事先通风报信", "Ⅰ级", "检查时间保密，检查人员随机组合。", "已落实"),
                ("对检查发现的问题不报告、不督促整改", "Ⅱ级", "问题清单报县商务局，整改情况复查销号。", "已落实"),
            ]),
        ]),
        ("蓟筠泷", "成品油协管员", "general", [
            ("负责加油站购销台账和散装汽油实名登记检查", [
                ("购销台账检查走过场", "Ⅱ级", "台账逐页核对，检查记录双人签字。", "已落实"),
                ("散装汽油实名登记不实不查", "Ⅰ级", "登记信息与监控比对，每月抽查。", "正在整改"),
            ]),
        ]),
        ("鄂皎瑄", "工作人员", "general", [
            ("负责商贸企业统计和促消费活动组织", [
                ("消费券发放对象核对不严", "Ⅲ级", "发放名单系统比对，结果公示。", "已落实"),
                ("商贸企业统计数据迟报、漏报", "Ⅲ级", "报送记录存档，站长每周检查。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 36, 9, 32, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        r = sh.add("工作单位", unit, None, "填表时间", DATE, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, lv, measures, state)
                t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "jingbian_dongkeng_station_selfchecks", "http://swt.shanxi.gov.cn/zwgk/gkml/202512/t20251208_10009468.shtml",
        "镇商贸服务站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 省 成品油流通管理"
        "实施细则 (零售经营资格, 县级商务主管部门 监督管理, 购销台账, 散装汽油实名登记): a title, the pairs ``姓　名 | … | 职　务 "
        "| …`` over ``工作单位 | … | 填表时间 | …``, then 序号/``工作职责`` merged over its points/风险点/风险等级 ``Ⅰ级/Ⅱ级/"
        "Ⅲ级``/防控措施/``自查情况``; no type column, no 科室 field; a blank row and ``本人签名： | 站长审核：``",
        sheets, t,
    )  # fmt: skip


def jingbian_hongdunjie_station_group_rows() -> dict:
    unit = f"{PLACE}红墩界镇商贸服务站"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "沃骐漳", "leader", [
                ("菜市场建设", "镇菜市场建设项目施工单位选择不经集体研究", "制度机制风险", "一级风险",
                 "施工单位按程序比选，结果经镇党委会研究。"),
                ("扶持资金", "项目扶持资金申报虚报投资额", "业务流程风险", "二级风险", "投资额凭合同和票据核定，申报材料公示。"),
            ]),
        ]),
        ("二、市场建设组", "市场建设组", [
            ("组长", "燕玿淼", "middle", [
                ("工程验收", "交易区钢结构工程验收把关不严", "岗位职责风险", "一级风险", "验收邀请监理和镇纪委参加，资料存档。"),
                ("摊位分配", "交易区摊位分配优亲厚友", "思想道德风险", "二级风险", "摊位公开摇号分配，结果公示。"),
            ]),
            ("工作人员", "盖玥澍", "general", [
                ("材料登记", "工程材料进场登记不实", "业务流程风险", "三级风险", "材料进场双人清点签字。"),
            ]),
        ]),
        ("三、流通服务组", "流通服务组", [
            ("组长", "狄璆琬", "middle", [
                ("摊位费收取", "摊位费收取不开票据、截留", "制度机制风险", "二级风险", "摊位费统一票据，按月缴入镇财政。"),
                ("商户服务", "接受商户宴请、礼品", "外部环境风险", "三级风险", "签订廉洁承诺，节前提醒。"),
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
    sh.add("制表：", None, None, "审核：", None, None, DATE, None)
    return _layout(
        "jingbian_hongdunjie_station_group_rows", "http://cornels-photography.com/paper/280283356.html",
        "镇商贸服务站 廉政风险防控责任清单 under GROUP ROWS ``一、站领导`` … ``三、流通服务组`` merged across (no 组 column), "
        "after the source's 镇 菜市场建设项目建议书 (交易区, 轻钢结构, 政府自筹及项目扶持资金): a title, then 序号/岗位 and "
        "``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def jingbian_yangqiaopan_station_every_row() -> dict:
    unit = f"{PLACE}杨桥畔镇商贸服务站"
    sh = _Sheet("一览表", [6, 11, 10, 38, 9, 32, 9])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 7)
    sh.add("序号", "岗位", "风险类型", "廉政风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("站长", "芮煦玳", "leader", "制度机制", "村级菜市场改造补助对象不经集体研究确定", "Ⅰ", "补助对象集体研究后公示。"),
        ("站长", "芮煦玳", "leader", "外部环境", "对便民超市引进说情打招呼", "Ⅱ", "说情打招呼登记报告。"),
        ("副站长", "蒙钰澂", "leader", "岗位职责", "菜场+超市项目验收不实", "Ⅰ", "验收邀请村民代表参加，验收结果公示。"),
        ("市场协管员", "郯琛沅", "general", "业务流程", "商户经营信息登记不全、代签", "Ⅲ", "登记信息商户本人签字确认。"),
        ("市场协管员", "郯琛沅", "general", "思想道德", "接受商户宴请、礼品", "Ⅱ", "签订廉洁承诺，节前提醒。"),
        ("信息员", "门瑶泓", "general", "岗位职责", "便民商贸设施台账补记、涂改", "Ⅲ", "台账当日登记，站长每周检查。"),
    ]  # fmt: skip
    for n, (post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, typ, point, lv, measures, who)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 7)
    sh.add("填表人：", None, "审核人：", None, None, DATE, None)
    return _layout(
        "jingbian_yangqiaopan_station_every_row", "http://news.cnnb.com.cn/system/2007/06/27/005305863.shtml",
        "镇商贸服务站 岗位廉政风险防控一览表, after the source's 市贸易局 村级菜市场规范化建设 (镇级菜市场, 菜场+超市, 便民商贸设施): "
        "``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/岗位 written out on EVERY row "
        "(nothing merged, no 组 column)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST "
        "``责任人`` column with the holder; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    jingbian_commerce_bureau_field_codes(),
    jingbian_investment_center_list(),
    jingbian_cooperation_office_two_sheets(),
    jingbian_logistics_park_posts(),
    jingbian_ningtiaoliang_station_cards(),
    jingbian_dongkeng_station_selfchecks(),
    jingbian_hongdunjie_station_group_rows(),
    jingbian_yangqiaopan_station_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch430-inbox"))
