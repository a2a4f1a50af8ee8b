"""The three-hundred-and-eighty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 民政 and
社保 bodies, 渭滨区 (the old city district of 宝鸡 on the 渭河, its staff Han) — the 区民政局, the
区社会福利院, the 区社会保险经办中心, the 区殡仪馆 and the 社会事务办 of four of its 街道办事处 (经二路,
清姜, 金陵, 桥南) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in
WPS or Excel:

- the 民政局's 一览表 under GROUP ROWS ``一、局领导``, ``二、办公室``, ``三、社会救助股``,
  ``四、养老服务股``, ``五、社会事务股`` merged across (no 股室 column): ``岗位 | 姓名`` merged per
  person, short types, 高/中/低, a 填表人/审核人/date line;
- the 社会福利院's file in two sheets: ``院领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/三级风险``,
  no type column, a 制表/审核/date line under each;
- the 社会保险经办中心's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``主要表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an 编制/审核/date
  line;
- the 殡仪馆's 防控卡, one sheet a holder (tabs 副馆长, 业务科科长, 遗体接运工): pairs ``持卡人 | … |
  职　务 | …`` and ``所在科室 | … | 持卡时间 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 馆长签字：``;
- the 经二路街道's 社会事务办 自查表, one sheet a person (tabs 主任, 社会救助专干, 养老服务专干): pairs
  ``姓　名 | … | 职　务 | …`` and ``所在科室 | 社会事务办 | 填表日期 | …`` above ``序号 | 工作环节 |
  风险点 | 风险等级 | 防控措施``, no type column, ``高风险/中风险/低风险``, ``本人签名： | … | 分管领导
  审核：``;
- the 清姜街道's 社会事务办 一览表 under ``附件1``: ``岗位 | 责任人`` written out on EVERY row, nothing
  merged (no 科室 column: the title names the 办), a ``主要职责`` column before the point, short types,
  ``一级/二级/三级``;
- the 金陵街道's 社会事务办 责任清单: ``岗位`` and ``责任人`` merged per person (no 科室 column),
  ``职责事项`` before the ``廉政风险点``, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, the
  measures and a LAST ``责任领导`` column naming, on every row, the 街道's 分管副主任 (who holds no row
  of the list).

One is harder:

- ``weibin_qiaonan_office_legend_in_textbox``: the 桥南街道's 社会事务办 岗位廉政风险排查表, filled in
  on the 区's template: a title, a ``填报单位：…　填报时间：…`` line, ``序号 | 岗位 | 姓名 | 工作职责 |
  廉政风险点 | 风险类型 | 风险等级 | 防控措施`` with ``岗位``, ``姓名`` and ``工作职责`` merged per person,
  a 填表人/审核人/date line — where the 风险类型 cells hold only a CODE LETTER ``A``–``E`` and the
  风险等级 cells only a COLOUR WORD ``红``/``黄``/``蓝``, and the ONLY place that says what they mean is
  the template's ``填表说明`` typed in a FLOATING TEXT BOX (an Excel/WPS drawing shape, 插入 → 文本框)
  lying over the sheet under the sign-off line: ``1.风险类型填代码：A—思想道德风险，B—制度机制风险，
  C—岗位职责风险，D—业务流程风险，E—外部环境风险。2.风险等级填颜色：红—高风险，黄—中风险，
  蓝—低风险。…``. No cell of the workbook holds the legend, a type name or a level word; there is no
  ``填表说明`` sheet, no ``注：`` row, no comment and nothing in the headings' brackets. The README's
  读得懂的表 knows codes and unknown level words read by a legend written UNDER the table, in a line
  ABOVE it, in the HEADING (``风险等级(A级为高、B级为中…)``), on a ``填表说明`` SHEET of the same file,
  or in a COMMENT (批注) of a heading cell (``1—思想道德风险``, ``A—一级（高）风险``), and it knows
  ``风险类型`` codes (``A``, ``B、C``, ``甲``) read by a ``填表说明`` on the sheet; it does not describe
  a legend that stands in NO CELL AND NO COMMENT but in a text box drawn on the sheet (in the .xlsx a
  ``<xdr:sp>`` shape with a ``txBody`` in ``xl/drawings/drawing1.xml``), so that the type codes and
  the colour words have their meaning only there. (No earlier batch draws a text box either:
  ``grep -il 'textbox\\|文本框' tests/published/batch*.py`` finds none; colour words and letter codes
  were used before, always with their legend in a cell or a comment.)

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 区民政局's year — 城乡低保, 特困
供养, 临时救助, 养老服务 and 敬老院, 社会组织, 婚姻登记 and 收养, a 殡仪馆 迁建; what a 福利院 is — 三无
人员, 孤残儿童, 残疾人 and 敬老院, 国家 and 社会 捐助; a 社保 稽核 业务流程 — 书面稽核, 实地稽核, 举报
稽核, 整改意见书; 殡葬服务 规范 — 接待, 洽谈, 守灵, 用品展示, 遗体接运, 明白消费卡; what 乡镇 and 街道
do in 社会救助 — 申请受理, 入户调查, 邻里访问, 信函索证, 群众评议, 信息核查; 低保 办理 at the 镇/街道
— 受理申请, 入户调查, 民主评议, 公示, 报县级民政; 街道 and 镇 社会事务部门 — 社会救助 申请 and 审核,
委托 社区居委会, 救助款物 统一 发放; 城乡居民养老保险 待遇稽核追缴 — 死亡冒领, 重复领取, 服刑人员,
信息比对) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names, three characters
each); every unit is a body of 渭滨区, named with the district's name.

Run ``python tests/published/score.py --set batch381`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the text box is the template's 填表说明 and binds the sheet as a 注 line under
  the table would: ``A``–``E`` are the types 思想道德, 制度机制, 岗位职责, 业务流程, 外部环境 (one a
  point), ``红/黄/蓝`` the levels 1/2/3; the text box itself is no point, names no holder, and its
  third item (how to fill the form) is no point either;
- a 街道's 社会事务办 is a 科室 of its 街道办事处: the unit is ``渭滨区…街道办事处`` (the title goes on
  ``…街道办事处社会事务办…``; the README's 单位到办事处为止), the 科室 ``社会事务办``, in all four
  street files (the 自查表's ``所在科室`` cell names it; the 一览表, 责任清单 and 排查表 name it in their
  title only);
- ``局领导`` (a group row of the 局's list), ``院领导`` (the 福利院's sheet of its leaders, named so by
  its tab and title), ``中心领导`` (a 科室 cell of the 社保中心's list) and ``馆领导`` (a card's
  ``所在科室``) are the 科室 of those leaders; a 局's 股 and 办公室, the 福利院's 办公室, 部, 科 and 室,
  the 社保中心's 股 and the 殡仪馆's 业务科 are 科室; a group row ``三、社会救助股`` gives the 科室
  ``社会救助股`` (its number left off);
- 局长, 副局长, 院长, 副院长, the 社保中心's 主任 and 副主任, 馆长 and 副馆长 are leaders; 股长, 办公室
  主任, the 福利院's 综合办公室主任 and 护理部主任, 科长 and a 社会事务办's 主任 and 副主任 middle; the rest
  (科员, 护理员, 采购员, 会计, 经办员, 稽核员, 遗体接运工, 社会救助专干, 养老服务专干, 低保专干, 残联
  专干, 城乡居民养老保险协理员, 临时救助经办员, 残疾人专职委员, 城乡居民养老保险专干, 优抚专干) general;
- ``风险点 | 主要表现`` (the 社保中心's list): the point is the short 风险点; ``分管工作``, ``主要职责``,
  ``职责事项``, ``工作环节``, ``工作职责`` and ``持卡时间`` are no points and name no holder; the 社保
  中心's list names no person: its forms are posts (对岗不对人); the 金陵街道's LAST ``责任领导`` column
  names a supervisor (the holder is ``责任人``);
- ``高/中/低``, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by the cards'
  note), ``高风险/中风险/低风险``, ``一级/二级/三级``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 金陵街道's note) and
  ``红/黄/蓝`` (read by the text box) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``
plus a sheet's ``textboxes``, drawn with xlsxwriter's ``insert_textbox``) and ``truth.json``; no
re-saved copies (a re-saved .xls keeps no text box worth testing).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b381_"
PLACE = "渭滨区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

TEXTBOX_UNIT = f"{PLACE}桥南街道办事处"
TEXTBOX_DEPT = "社会事务办"
TEXTBOX_TAB = "排查表"
TEXTBOX_HEAD = (
    "序号",
    "岗位",
    "姓名",
    "工作职责",
    "廉政风险点",
    "风险类型",
    "风险等级",
    "防控措施",
)
TYPE_CODES = {"A": "思想道德", "B": "制度机制", "C": "岗位职责", "D": "业务流程", "E": "外部环境"}
COLOURS = {"红": 1, "黄": 2, "蓝": 3}
LEGEND = (
    "填表说明：\n"
    "1.风险类型填代码：A—思想道德风险，B—制度机制风险，C—岗位职责风险，D—业务流程风险，"
    "E—外部环境风险。\n"
    "2.风险等级填颜色：红—高风险，黄—中风险，蓝—低风险。\n"
    "3.一个岗位有多人的，每人分别填写；本表一式两份，一份报街道纪工委。"
)
# (岗位, 姓名, tier, 工作职责, [(廉政风险点, 类型代码, 颜色, 防控措施)])
TEXTBOX_ROWS = [
    ("主任", "邰翎骞", "middle", "主持社会事务办工作，审核社会救助和养老保险业务", [
        ("低保、临时救助审核把关不严，为关系户说情", "A", "红",
         "审核意见经办务会集体研究，结果在社区公示7天。"),
        ("救助资金和物资分配不按程序，优亲厚友", "B", "黄", "救助款物发放名单公开，街道纪工委抽查。"),
    ]),
    ("城乡居民养老保险专干", "鄢芊珞", "general", "城乡居民养老保险参保登记、待遇资格认证", [
        ("待遇领取资格认证走过场，死亡人员继续领取养老金", "C", "红",
         "每月与公安、卫健死亡信息比对，疑点数据逐户核实。"),
        ("为不符合条件人员违规办理补缴和待遇申领", "D", "黄", "补缴和待遇申领材料双人审核，报区社保中心复核。"),
        ("追缴冒领资金时收受当事人好处，降低追缴金额", "E", "蓝", "追缴决定书面告知，追回资金直接缴入基金专户。"),
    ]),
    ("社会救助专干", "滑嵩屹", "general", "低保、特困供养和临时救助的受理和入户调查", [
        ("入户调查不实，对申请家庭收入财产隐瞒不报", "C", "黄", "入户调查两人以上，调查表由申请人签字确认。"),
        ("泄露救助对象个人信息", "B", "蓝", "救助档案专柜保管，查阅登记。"),
    ]),
    ("优抚专干", "矫璇芷", "general", "优抚对象抚恤补助的申报和发放", [
        ("虚报优抚对象，套取抚恤补助资金", "A", "红", "优抚对象名册每年复核，补助资金打卡发放。"),
    ]),
]  # fmt: skip


def weibin_qiaonan_office_legend_in_textbox() -> dict:
    unit = TEXTBOX_UNIT
    t = _Truth(unit)
    sh = _Sheet(TEXTBOX_TAB, [6, 12, 9, 22, 34, 9, 9, 32])
    _line(sh, f"{unit}{TEXTBOX_DEPT}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位：{unit}{TEXTBOX_DEPT}{GAP * 4}填报时间：{DATE}", 8)
    sh.add(*TEXTBOX_HEAD)
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in TEXTBOX_ROWS:
        for point, code, colour, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, code, colour, measures)
            t.point(sh.name, TEXTBOX_DEPT, post, who, tier, point, [TYPE_CODES[code]],
                    COLOURS[colour])  # fmt: skip
    _per_person(sh, first, None, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    below = len(sh.rows) + 1
    lay = _layout(
        "weibin_qiaonan_office_legend_in_textbox",
        "http://soolun.net/periodical/fc579fdd494ab3f63df1f58a120e355e.html",
        "(harder) 街道社会事务办 岗位廉政风险排查表 on the 区's template, after the source's 城乡居民养老保险 待遇稽核追缴 (死亡"
        "冒领, 重复领取, 信息比对): a title, a 填报单位/填报时间 line, 序号/岗位, 姓名 and 工作职责 merged per person/廉政风险点/"
        "风险类型 holding only a CODE ``A``–``E``/风险等级 holding only a COLOUR ``红/黄/蓝``/防控措施, a 填表人/审核人/date "
        "line; the codes' and colours' meaning ONLY in the 填表说明 typed in a FLOATING TEXT BOX under the table (no cell, "
        "no comment, no 说明 sheet holds it)",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["textboxes"] = [(below, 0, LEGEND, 760, 110)]
    return lay


# --------------------------------------------------------------------------- ordinary layouts


def weibin_civil_affairs_group_rows() -> dict:
    unit = f"{PLACE}民政局"
    sh = _Sheet("一览表", [6, 12, 9, 38, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "禚钧翊", "leader", [
                ("“三重一大”事项不经党组会集体研究", "制度机制", "高", "“三重一大”事项清单化管理，会议纪要存档备查。"),
                ("敬老院改造项目中插手工程发包", "思想道德", "高", "项目进场公开交易，领导干部插手干预记录报告。"),
            ]),
            ("副局长", "厍泓霁", "leader", [
                ("城乡低保审批中为亲友说情、降低条件", "外部环境", "中", "低保审批集体研究，审批结果在村（社区）公示。"),
            ]),
        ]),
        ("二、办公室", "办公室", [
            ("办公室主任", "亓珂湛", "middle", [
                ("公务接待和办公用品采购不按标准", "制度机制", "低", "接待、采购事前审批，费用按月公开。"),
            ]),
        ]),
        ("三、社会救助股", "社会救助股", [
            ("股长", "逯婳澄", "middle", [
                ("特困供养对象认定把关不严", "岗位职责", "高", "认定材料清单化审核，抽查比例不低于30%。"),
                ("临时救助资金审批超权限、拆分审批", "业务流程", "中", "救助金额分级审批，台账按季度核对。"),
            ]),
            ("科员", "郗彧宸", "general", [
                ("救助对象信息录入系统时弄虚作假", "岗位职责", "中", "信息录入双人复核，系统操作留痕。"),
            ]),
        ]),
        ("四、养老服务股", "养老服务股", [
            ("股长", "訾岚朔", "middle", [
                ("养老机构运营补贴审核不实，虚报床位", "业务流程", "高", "补贴发放前实地核查床位和入住人数。"),
                ("养老服务质量检查接受机构宴请", "外部环境", "低", "检查两人以上，检查结果通报。"),
            ]),
        ]),
        ("五、社会事务股", "社会事务股", [
            ("科员", "眭骁珩", "general", [
                ("婚姻登记中违规为材料不全者办理", "岗位职责", "中", "登记材料一次性告知，登记档案逐份复核。"),
                ("殡葬管理检查中对违规经营睁一只眼闭一只眼", "思想道德", "低", "检查记录拍照存档，股长按月抽查。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None)
    return _layout(
        "weibin_civil_affairs_group_rows",
        "https://tgifdrinks.com/minzyw/qxdt/1625743076700053505.html",
        "区民政局 岗位廉政风险防控一览表, after the source's 区民政局 year (城乡低保, 特困供养, 临时救助, 养老服务, 社会组织, 婚姻"
        "登记, 殡仪馆迁建): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 under GROUP ROWS "
        "``一、局领导``, ``二、办公室``, ``三、社会救助股``, ``四、养老服务股``, ``五、社会事务股`` merged across (no 股室 column); "
        "岗位 and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def weibin_welfare_home_two_sheets() -> dict:
    unit = f"{PLACE}社会福利院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 10, 9, 26, 38, 11, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("院长", "仉菀汐", "主持全面工作，分管人事和财务", [
            ("社会捐赠款物不入账、不公开", "一级风险", "捐赠款物统一登记入账，使用情况每半年公开。"),
            ("工作人员招聘和绩效分配搞个人说了算", "二级风险", "招聘方案和绩效分配方案经院务会研究并公示。"),
        ]),
        ("副院长", "酆煜樘", "分管护理、膳食和后勤保障", [
            ("膳食原料采购指定供应商，收受回扣", "一级风险", "大宗原料定点询价采购，验收三方签字。"),
            ("对护理服务中克扣入住人员待遇的问题失察", "三级风险", "每月抽查护理记录，入住人员满意度测评。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, DATE, None)
    dept = _Sheet("科室", [6, 12, 10, 9, 38, 11, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("综合办公室", "主任", "隗璟澈", "middle", [
            ("三无人员和孤残儿童入院审核不严", "一级风险", "入院材料经区民政局审核，入院名单公示。"),
        ]),
        ("护理部", "主任", "冼瑶岑", "middle", [
            ("护理等级评定不实，多收护理费", "二级风险", "护理等级评估两人以上，评定结果告知家属签字。"),
        ]),
        ("护理部", "护理员", "蒯枫瀚", "general", [
            ("侵占入住老人钱物", "二级风险", "老人钱物登记代管，定期对账。"),
            ("收受入住人员家属红包", "三级风险", "签订廉洁服务承诺书，设立意见箱。"),
        ]),
        ("后勤保障科", "科长", "綦芷湉", "middle", [
            ("维修工程化整为零，规避采购程序", "一级风险", "维修项目按限额标准采购，结算送审。"),
        ]),
        ("后勤保障科", "采购员", "阚珞溪", "general", [
            ("采购物资以次充好、虚报价格", "二级风险", "询价三家以上，采购与验收分离。"),
            ("物资出入库账实不符", "三级风险", "库房每月盘点，账物核对。"),
        ]),
        ("财务室", "会计", "暴琰旻", "general", [
            ("入住人员伙食费和护理费收取不开票据", "二级风险", "收费项目和标准上墙公示，收费系统出票。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, DATE, None)
    return _layout(
        "weibin_welfare_home_two_sheets",
        "http://sjmjch.com/news/231.html",
        "区社会福利院 廉政风险防控表 in two sheets, after the source's account of what a 福利院 is (三无人员, 孤残儿童, 残疾人, "
        "国家和社会捐助): ``院领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per leader/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施; a 制表/审核/date line) and ``科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/…; the "
        "same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def weibin_social_insurance_center_posts() -> dict:
    unit = f"{PLACE}社会保险经办中心"
    sh = _Sheet("排查表", [6, 14, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "主要表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", [
            ("基金支付审批", "大额基金支付不经集体研究，个人审批", "制度机制风险", "Ⅰ级", "大额支付经中心会议研究，三级审批。"),
        ]),
        ("中心领导", "副主任", "leader", [
            ("稽核结果处理", "对实地稽核发现的少缴漏缴问题说情、降格处理", "外部环境风险", "Ⅰ级",
             "稽核整改意见书报区人社局备案，结果公开。"),
        ]),
        ("参保登记股", "股长", "middle", [
            ("参保缴费基数核定", "为企业压低缴费基数，少报瞒报职工人数", "岗位职责风险", "Ⅱ级", "基数核定与税务数据比对，抽查复核。"),
        ]),
        ("参保登记股", "经办员", "general", [
            ("补缴业务办理", "为不符合条件人员违规办理补缴", "业务流程风险", "Ⅰ级", "补缴材料双人审核，系统校验。"),
            ("参保档案管理", "参保档案丢失、被私自修改", "制度机制风险", "Ⅲ级", "档案专人管理，借阅登记。"),
        ]),
        ("待遇核定股", "经办员", "general", [
            ("退休待遇核定", "虚增视同缴费年限，多算养老金", "岗位职责风险", "Ⅰ级", "待遇核定经办、复核分离，公示核定结果。"),
            ("待遇资格认证", "认证把关不严，冒领养老金", "业务流程风险", "Ⅱ级", "每月比对死亡、服刑人员信息，暂停疑点待遇。"),
        ]),
        ("稽核股", "稽核员", "general", [
            ("书面稽核", "收到稽核通知的单位材料审核走过场", "岗位职责风险", "Ⅱ级", "书面稽核记录归档，股长抽查。"),
            ("举报稽核", "泄露举报人信息，向被举报单位通风报信", "思想道德风险", "Ⅰ级", "举报件登记编号，举报人信息保密。"),
        ]),
        ("基金财务股", "会计", "general", [
            ("基金收支核算", "基金支出与经费支出混用，挪用基金", "制度机制风险", "Ⅰ级", "基金专户管理，收支两条线，按月对账。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, point, desc, typ, lv, measures)
            t.point(sh.name, d, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, DATE, None)
    return _layout(
        "weibin_social_insurance_center_posts",
        "https://www.csshebao.com/yanglao/121652.html",
        "区社会保险经办中心 岗位廉政风险点排查表 对岗不对人, after the source's 养老保险稽核业务流程 (书面稽核, 实地稽核, 举报稽核, "
        "整改意见书): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long ``主要表现``/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def weibin_funeral_home_cards() -> dict:
    unit = f"{PLACE}殡仪馆"
    t = _Truth(unit)
    cards = [
        ("副馆长", "副馆长", "钭泠玥", "leader", "馆领导", [
            ("殡葬用品进馆销售中收受供应商好处", "思想道德风险", "★★★", "殡葬用品进馆经馆务会研究，价格公示。"),
            ("基本殡葬服务收费标准执行不严", "制度机制风险", "★★", "收费项目上墙公示，实行明白消费卡。"),
            ("火化设备维修不按程序", "业务流程风险", "★", "维修事项事前审批，维修结果验收签字。"),
        ]),
        ("业务科科长", "科长", "羿澍峥", "middle", "业务科", [
            ("遗体存放、火化时间不按先后顺序安排", "岗位职责风险", "★★★", "业务受理系统排序，安排结果公开。"),
            ("守灵室、告别厅使用安排中收受好处", "外部环境风险", "★★", "场地预约系统登记，接受丧属监督。"),
        ]),
        ("遗体接运工", "遗体接运工", "璩婉菁", "general", "业务科", [
            ("遗体接运中向丧属索要好处", "思想道德风险", "★★★", "接运单丧属签字确认，服务质量回访。"),
            ("向丧属推销馆外殡葬用品、介绍殡葬司仪", "外部环境风险", "★★", "严禁推销和介绍，违者调离岗位。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, post, who, tier, dept, points in cards:
        sh = _Sheet(tab, [6, 38, 13, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add("持卡人", who, f"职{GAP}务", post, None)
        sh.add("所在科室", dept, "持卡时间", DATE, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            sh.add(i, point, typ, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, "馆长签字：", None, None)
        sheets.append(sh)
    return _layout(
        "weibin_funeral_home_cards",
        "http://m.stresscarki.com/g78006735.html",
        "区殡仪馆 岗位廉政风险防控卡, one sheet a holder (tabs 副馆长, 业务科科长, 遗体接运工), after the source's 殡葬服务 规范 (接待, "
        "洽谈, 守灵, 用品展示, 遗体接运, 明白消费卡): a title, PAIRS ``持卡人 | … | 职　务 | …`` and ``所在科室 | … | 持卡时间 | …``, "
        "then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 馆长签字：``",
        sheets, t,
    )  # fmt: skip


def weibin_jingerlu_office_selfchecks() -> dict:
    unit = f"{PLACE}经二路街道办事处"
    office = "社会事务办"
    t = _Truth(unit)
    people = [
        ("主任", "甯昊珉", "middle", [
            ("低保、特困供养申请审核", "审核中优亲厚友，为不符合条件的家庭出具同意意见", "高风险",
             "审核意见经办务会集体研究，结果在社区公示。"),
            ("救助款物统筹发放", "截留、挪用救助款物", "中风险", "款物发放登记签收，街道纪工委抽查。"),
        ]),
        ("社会救助专干", "佴筱潼", "general", [
            ("入户调查和邻里访问", "调查走过场，调查结论与实际不符", "高风险", "入户调查两人以上，调查表拍照存档。"),
            ("信函索证和信息核查", "隐瞒核对发现的车辆、房产等财产信息", "中风险", "核对结果系统留痕，主任复核。"),
        ]),
        ("养老服务专干", "邰芃澈", "general", [
            ("高龄补贴申报", "为不满年龄或已死亡人员申报高龄补贴", "中风险", "申报名单与户籍信息比对，按月公示。"),
            ("社区养老服务站运营检查", "检查中接受运营方宴请、礼品", "低风险", "检查两人以上，检查结果通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in people:
        sh = _Sheet(post, [6, 20, 34, 10, 32])
        _line(sh, f"{unit}{office}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在科室", office, "填表日期", DATE, None)
        sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施")
        for i, (step, point, lv, measures) in enumerate(points, 1):
            sh.add(i, step, point, lv, measures)
            t.point(sh.name, office, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "分管领导审核：", None, None)
        sheets.append(sh)
    return _layout(
        "weibin_jingerlu_office_selfchecks",
        "https://iread.qq.com/read/1023567104/12",
        "街道社会事务办 岗位廉政风险自查表, one sheet a person (tabs 主任, 社会救助专干, 养老服务专干), after the source's account of "
        "what 乡镇 and 街道 do in 社会救助 (申请受理, 入户调查, 邻里访问, 信函索证, 群众评议, 信息核查): a title naming the 街道办事处 "
        "and its 社会事务办, PAIRS ``姓　名 | … | 职　务 | …`` and ``所在科室 | 社会事务办 | 填表日期 | …``, then 序号/``工作环节``/"
        "风险点/风险等级 ``高风险/中风险/低风险``/防控措施; no type column; a blank row and ``本人签名： | 分管领导审核：``",
        sheets, t,
    )  # fmt: skip


def weibin_qingjiang_office_every_row() -> dict:
    unit = f"{PLACE}清姜街道办事处"
    office = "社会事务办"
    sh = _Sheet("一览表", [6, 16, 9, 26, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}{office}岗位廉政风险防控一览表", 8)
    sh.add("序号", "岗位", "责任人", "主要职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "禤沛晗", "middle", "主持社会事务办工作", "低保申请民主评议走过场、替代评议", "制度机制", "一级",
         "民主评议由社区组织，评议记录存档。"),
        ("主任", "禤沛晗", "middle", "主持社会事务办工作", "对社区上报的救助对象审核把关不严", "岗位职责", "二级",
         "审核意见签字负责，抽查比例不低于20%。"),
        ("副主任", "蒉玹霆", "middle", "分管残疾人工作和养老服务", "残疾人两项补贴审核中优亲厚友", "思想道德", "一级",
         "补贴名单公示，残联按季度抽查。"),
        ("低保专干", "仝芷菡", "general", "低保受理和入户调查", "受理申请时索要好处、故意刁难", "外部环境", "二级",
         "受理一次性告知，办理时限公开。"),
        ("低保专干", "仝芷菡", "general", "低保受理和入户调查", "低保动态管理不及时，应退不退", "业务流程", "三级",
         "每季度复核在保家庭，退保名单公示。"),
        ("残联专干", "冉翊铎", "general", "残疾人证办理和康复救助申报", "为不符合条件人员代办残疾人证", "岗位职责", "二级",
         "办证材料双人审核，评残结果公示。"),
        ("城乡居民养老保险协理员", "笪珣瑶", "general", "居民养老保险参保缴费和资格认证", "代收参保费不及时上缴", "制度机制",
         "三级", "缴费通过银行代扣，不收现金。"),
    ]  # fmt: skip
    for i, (post, who, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(i, post, who, duty, point, typ, lv, measures)
        t.point(sh.name, office, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add("填表人：", None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "weibin_qingjiang_office_every_row",
        "https://www.fudaoke.com/exam/2662866.html",
        "街道社会事务办 岗位廉政风险防控一览表, after the source's 低保 办理 at the 镇/街道 (受理申请, 入户调查, 民主评议, 公示, 报"
        "县级民政): ``附件1``, a title naming the 街道办事处 and its 社会事务办, 序号/岗位/责任人 written out on EVERY row (nothing "
        "merged, no 科室 column)/``主要职责``/风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施; a 填表人/审核人/"
        "date line",
        [sh], t,
    )  # fmt: skip


def weibin_jinling_office_duties() -> dict:
    unit = f"{PLACE}金陵街道办事处"
    office = "社会事务办"
    sh = _Sheet("责任清单", [6, 14, 9, 16, 34, 13, 8, 30, 9])
    t = _Truth(unit)
    chief = "卞琮熠"
    _line(sh, f"{unit}{office}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    rows = [
        ("主任", "衡漪霏", "middle", [
            ("社会救助统筹", "委托社区受理的救助申请不复核即上报", "岗位职责风险", "Ⅰ", "社区上报材料逐件复核，复核意见留痕。"),
            ("救助款物统一发放", "救助款物发放不公开，私自调剂", "制度机制风险", "Ⅱ", "发放名单和数量在社区公开栏公示。"),
        ]),
        ("社会救助专干", "佟婥霖", "general", [
            ("特困人员供养申报", "隐瞒申报对象有赡养人的情况", "业务流程风险", "Ⅰ", "申报材料附赡养人情况说明，入户核实。"),
            ("低保档案管理", "擅自修改低保对象档案信息", "制度机制风险", "Ⅲ", "档案修改经主任审批，修改记录存档。"),
        ]),
        ("临时救助经办员", "夔珏昕", "general", [
            ("临时救助审批", "急难型临时救助先行救助后不补齐手续", "业务流程风险", "Ⅱ", "先行救助5日内补齐手续，按月核对。"),
            ("救助对象回访", "回访中接受救助对象宴请", "思想道德风险", "Ⅲ", "回访两人以上，回访记录存档。"),
        ]),
        ("残疾人专职委员", "翟翙岚", "general", [
            ("残疾人辅具发放", "辅具发放时收受好处、优先关系人", "外部环境风险", "Ⅲ", "辅具发放名单公示，领取本人签字。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures, chief)
            t.point(sh.name, office, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 9)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None, None)
    return _layout(
        "weibin_jinling_office_duties",
        "http://www.fsou.net/html/text/lar/170269/17026987_5.html",
        "街道社会事务办 廉政风险防控责任清单, after the source's 街道 and 镇 社会事务部门 (社会救助 申请 and 审核, 委托社区居委会, "
        "救助款物 统一 发放): a title naming the 街道办事处 and its 社会事务办, then 序号/岗位 and ``责任人`` merged per person (no 科室 "
        "column)/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a LAST ``责任领导`` column naming the "
        "街道's 分管副主任 on every row; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    weibin_qiaonan_office_legend_in_textbox(),
    weibin_civil_affairs_group_rows(),
    weibin_welfare_home_two_sheets(),
    weibin_social_insurance_center_posts(),
    weibin_funeral_home_cards(),
    weibin_jingerlu_office_selfchecks(),
    weibin_qingjiang_office_every_row(),
    weibin_jinling_office_duties(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` plus a sheet's ``textboxes`` — ``(row, col, text, width, height)``,
    each a floating text box anchored at that cell, as Excel and WPS draw one (插入 → 文本框)."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 14, 9, 0, 0), "author": "Administrator"})
    base = {
        "text_wrap": True,
        "valign": "vcenter",
        "font_name": "宋体",
        "font_size": 10,
        "border": 1,
    }
    fmt = wb.add_format(base)
    date_fmt = wb.add_format({**base, "num_format": 'yyyy"年"m"月"d"日"'})
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered:
                    continue
                _put(ws, (fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            row = sheet["rows"][r0]
            v = row[c0] if c0 < len(row) else None
            ws.merge_range(r0, c0, r1, c1, "", date_fmt if isinstance(v, datetime) else fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for r, c, text, width, height in sheet.get("textboxes", ()):
            ws.insert_textbox(
                r,
                c,
                text,
                {
                    "width": width,
                    "height": height,
                    "font": {"name": "宋体", "size": 10},
                    "align": {"vertical": "top"},
                    "line": {"color": "black", "width": 0.75},
                },
            )
    wb.close()
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch381-inbox"))
