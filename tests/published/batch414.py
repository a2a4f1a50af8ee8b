"""The four-hundred-and-fourteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 司法 bodies,
平利县 (a county of 安康 in the 巴山 south of the 汉江, its staff Han) — the 县司法局, the 县公证处, the
县法律援助中心, the 县人民调解委员会, the 县医疗纠纷人民调解委员会 and three 镇司法所 (长安镇, 城关镇,
老县镇) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or
Excel:

- the 司法局's file in two sheets: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 公证处's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``部门`` merged
  (``处领导``, ``公证业务部``, ``综合部``), ``岗位`` and ``姓名`` merged per person, a short ``风险点``
  beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 法律援助中心's 责任清单 under GROUP ROWS ``一、中心领导``, ``二、受理指派股``, ``三、综合股``
  merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 长安镇司法所's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 | …``
  and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by
  a ``注：`` line, no type column, ``持卡人（签字）： | … | 所长（签字）：``;
- the 城关镇司法所's 自查表, one sheet a person (tabs named by the holder): a label row
  ``姓　名 | 职　务 | 填表时间`` over a row of values, then ``序号 | 工作职责 | 风险点 | 风险等级 |
  防控措施 | 自查情况`` (``工作职责`` merged over its points), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column,
  ``本人签名： | … | 所长审核：``;
- the 人民调解委员会's 排查表 对岗不对人: ``岗位`` merged per post (no 部门 column), a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 医疗纠纷人民调解委员会's 一览表 under ``附件1`` and a title, with a TWO-ROW heading (``廉政风险``
  merged over ``风险点 | 风险类型 | 风险等级``; ``序号``, ``部门``, ``岗位``, ``姓名`` and ``防控措施`` merged
  down), ``部门`` merged, ``岗位`` and ``姓名`` merged per person, ``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by
  a ``注：`` line.

One is harder:

- ``pingli_laoxian_office_platform_export``: the 老县镇司法所's 廉政风险点清单 AS THE COUNTY'S
  基层工作管理 PLATFORM EXPORTS IT (``导出Excel``). The table itself is as plain as a list gets: one
  sheet, the heading in row 1 (no title, no lines above or below), ``序号 | 单位名称 | 岗位 | 姓名 |
  风险点 | 风险类型 | 风险等级 | 防控措施 | 录入时间`` and every field written out on every row (no
  merges), short types, 高/中/低, the time each row was entered (``2025-10-14 09:26:41``). The FILE is
  what such platforms' streaming writers leave (Apache POI's ``SXSSFWorkbook``, which EasyExcel uses,
  and excelize's ``StreamWriter`` write a sheet row by row and never go back to its head): the
  sheet's ``<dimension ref="A1"/>`` claims that the used range is ONE CELL although the table runs
  to I10; every text is an INLINE string (``<c t="inlineStr"><is><t>…</t></is></c>``) and the
  package has NO ``xl/sharedStrings.xml`` at all (no part, no relationship, no content-type
  override). A spreadsheet program opens it as a full table (it counts the cells itself, as
  calamine and openpyxl's ordinary mode do — the tests check both); a reader that trusts the dimension record (``openpyxl`` in read-only mode without ``reset_dimensions()``,
  streaming readers that iterate to ``lastRowNum``) sees the one cell ``序号`` — the "empty data
  frame" of pandas issue 39001 and of excel-streaming-reader issue 300, both on public downloads. The
  shape is about the FILE: the sheet's own record of its extent is false. The README's 读得懂的表
  knows ``.xlsx``, ``.xls`` and ``.ods`` (merges read from ``content.xml``), strict Open XML, a
  sheet whose used range is far too LARGE (``max_sheet_cells``: one space in a far cell makes it a
  million rows), cells linked to another workbook, WPS cell pictures, form controls and text boxes;
  it says nothing of a used range recorded too SMALL, nor of a package without a shared-strings
  part. No earlier batch writes one: ``grep -il 'dimension\\|inlineStr\\|sharedStrings'
  tests/published/batch*.py`` finds nothing.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市 on its 人民调解工作经费 — 指导
人民调解工作经费, 调委会补助经费, 以案定补, 专家咨询费; two lawyers of a 公证处 on 公证核实 — 证明材料,
错证, 假证, 过错责任; a 市 法律援助中心's report on 办案补贴 — 个案质量评查, 合格/良好 等次, 值班律师补贴;
a 区司法局's 司法所 on 矫正对象外出务工请假 — 担保人, 担保书, 外出务工请假审批表; a 市司法局 on
社区矫正 over the holidays — 集中谈话教育, 外出审批, 手机定位, 人机分离; a 县's rules of 人民调解 —
调解员的纪律: 不得徇私舞弊, 不得吃请受礼, 不得泄露当事人隐私; a 镇's 人民调解“以案定补” — 调解难易程度,
涉案金额, 备案的专兼职调解员; a 县's 人民调解“以案定补”管理办法 — 调委会, 专兼职调解员 录入 the
province's 司法行政基层工作管理系统) and the layout follows their words for the unit, its parts,
its posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names, three characters each); every unit is a body of 平利县, named with the county's name
(no earlier unit holds ``平利县``; the 镇 — 长安镇, 城关镇, 老县镇 — are towns of the county).

Run ``python tests/published/score.py --set batch414`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- the harder file's truth is the table Excel shows: each row's point is its ``风险点`` cell, its
  holder the ``姓名`` cell, its post the ``岗位`` cell, its types the ``风险类型`` cell, its level the
  ``风险等级`` cell; the false dimension record and the inline strings change no value; ``单位名称``
  gives the unit, ``录入时间`` is neither point nor holder; the 所 has no 科室 (every form's is "");
- ``局领导`` (the 司法局's sheet of its leaders, named so by its tab and title), ``处领导`` (the 公证处's
  部门 cell), ``中心领导`` (the 法律援助中心's group row) and ``委员会领导`` (the 医调委's 部门 cell) are
  the 科室 of those leaders; a 局's 股 and 办公室, a 处's 部, a 中心's 股, the 医调委's 部 and 办公室
  are 科室; a group row ``二、受理指派股`` gives the 科室 ``受理指派股`` (its number left off); the
  司法所' cards and 自查表 and the 人民调解委员会's list name no 科室: their forms' 科室 is "";
- every 局, 处, 中心, 委员会 and 所 here is a unit of its own: 局长, 副局长, the 公证处's and the
  中心's 主任, a 委员会's 主任 and 副主任, a 所's 所长 and 副所长 are leaders; 股长, 办公室主任, 部长
  middle; the rest (科员, 会计, 公证员, 公证员助理, 收费员, 受理员, 司法助理员, 社区矫正专职社工,
  社区矫正专干, 专职调解员, 调解秘书, 信息员, 人民调解员, 调解员) general;
- ``风险点 | 风险描述`` (the 公证处's list) and ``风险点 | 风险表现`` (the 调委会's): the point is the
  short one; ``分管工作``, ``工作职责``, ``岗位职责``, ``职责事项``, ``自查情况`` and ``录入时间`` are no
  points and name no holder; the 人民调解委员会's list names no person: its forms are posts
  (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``★★★/★★/★`` (read by the cards'
  note), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高风险/中风险/低风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 医调委's note) are
  1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, taller
rows for wrapped cells; the harder file then rewritten by ``write_xlsx`` here: its dimension record
``A1``, its texts inline, no shared-strings part) and ``truth.json``; no re-saved copies (as
batch280 and batch410: LibreOffice would write a true dimension and a shared-strings table, another
file).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from published.batch44 import write_xlsx as _write_xlsx44
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b414_"
PLACE = "平利县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

EXPORT_NAME = "pingli_laoxian_office_platform_export"
EXPORT_UNIT = f"{PLACE}老县镇司法所"
EXPORT_TAB = "廉政风险点清单"
EXPORT_HEAD = ("序号", "单位名称", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施",
               "录入时间")  # fmt: skip
EXPORT_TIERS = {"所长": "leader", "司法助理员": "general", "社区矫正专干": "general",
                "人民调解员": "general"}  # fmt: skip
# (岗位, 姓名, 风险点, 风险类型, 风险等级, 防控措施, 录入时间)
EXPORT_ROWS = [
    ("所长", "靳珝涔", "对人民调解“以案定补”申报材料审核把关不严，虚报调解案件", "制度机制", "高",
     "补贴申报材料所务会集体审核，调解卷宗随机抽查回访。", "2025-10-14 09:26:41"),
    ("所长", "靳珝涔", "为社区矫正对象请假外出说情打招呼、降低审批条件", "思想道德", "高",
     "请假审批留痕，说情打招呼事项一律登记报告。", "2025-10-14 09:31:07"),
    ("所长", "靳珝涔", "法治宣传活动经费使用不按预算执行", "岗位职责", "中",
     "宣传经费按项目列支，支出凭证经镇财政所审核。", "2025-10-14 09:35:52"),
    ("司法助理员", "郯沂蘅", "调解中偏袒一方当事人，调解协议内容显失公平", "岗位职责", "中",
     "重大纠纷两人以上共同调解，调解协议经所长审阅。", "2025-10-14 10:02:18"),
    ("司法助理员", "郯沂蘅", "接受纠纷当事人吃请、礼品", "外部环境", "低",
     "签订廉洁自律承诺书，节前廉洁提醒。", "2025-10-14 10:05:33"),
    ("社区矫正专干", "蔺芷澴", "对矫正对象人机分离、越界不核查、不上报", "业务流程", "高",
     "定位信息每日核查，异常情况当日报县司法局。", "2025-10-15 15:40:09"),
    ("社区矫正专干", "蔺芷澴", "矫正对象教育学习、公益活动时数登记不实", "业务流程", "中",
     "学习和公益活动签到拍照留存，月底所长核签。", "2025-10-15 15:44:26"),
    ("人民调解员", "殷栎岑", "泄露纠纷当事人隐私和调解中知悉的商业秘密", "岗位职责", "中",
     "调解卷宗专柜保管，查阅登记。", "2025-10-16 08:58:47"),
    ("人民调解员", "殷栎岑", "为争取补贴将一件纠纷拆分为多件申报", "思想道德", "低",
     "同一当事人纠纷合并登记，司法所逐件核对。", "2025-10-16 09:03:12"),
]  # fmt: skip


def pingli_laoxian_office_platform_export() -> dict:
    sh = _Sheet(EXPORT_TAB, [6, 22, 12, 9, 40, 10, 9, 38, 19])
    t = _Truth(EXPORT_UNIT)
    sh.add(*EXPORT_HEAD)
    for n, (post, who, point, typ, lv, measures, entered) in enumerate(EXPORT_ROWS, 1):
        sh.add(n, EXPORT_UNIT, post, who, point, typ, lv, measures, entered)
        t.point(sh.name, "", post, who, EXPORT_TIERS[post], point, types_in(typ), HML[lv])
    return _layout(
        EXPORT_NAME, "https://www.cxshb.gov.cn/info/46277/595702.htm?urltype=tree.TreeTempUrl&wbtreeid=5067",
        "(harder) 镇司法所 廉政风险点清单 as the county's 基层工作管理 platform exports it, after the source's 县 人民调解"
        "“以案定补”管理办法 (调委会, 专兼职调解员 录入 the 司法行政基层工作管理系统, 调解卷宗, 补贴): ONE sheet, the heading "
        "in row 1, 序号/单位名称/岗位/姓名/风险点/风险类型 (short)/风险等级 高/中/低/防控措施/录入时间 written out on every row, "
        "no merges, no title, no lines below — and the FILE as streaming writers (POI SXSSF, EasyExcel, excelize "
        "StreamWriter) leave it: the sheet's ``<dimension ref=\"A1\"/>`` claims one cell though the table runs to I10, "
        "every text an INLINE string (t=\"inlineStr\"), no xl/sharedStrings.xml part",
        [sh], t,
    )  # fmt: skip


def _inline_strings_and_one_cell_dimension(path: Path) -> None:
    """Rewrite an xlsxwriter book as a streaming writer leaves it: each sheet's dimension record
    ``A1``, every shared string written inline in its cell, no sharedStrings part."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info.filename) for info in z.infolist()}
    root = ElementTree.fromstring(parts.pop("xl/sharedStrings.xml"))
    shared = ["".join(t.text or "" for t in si.iter(f"{ns}t")) for si in root.iter(f"{ns}si")]

    def inline(m: re.Match) -> str:
        text = escape(shared[int(m.group(3))])
        return f'<c r="{m.group(1)}"{m.group(2) or ""} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

    for name in [n for n in parts if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]:
        xml = parts[name].decode("utf-8")
        xml = re.sub(r'<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)</v></c>', inline, xml)
        xml, n = re.subn(r'<dimension ref="[^"]*"/>', '<dimension ref="A1"/>', xml)
        assert n == 1 and ' t="s"' not in xml, name
        parts[name] = xml.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types, n = re.subn(r'<Override PartName="/xl/sharedStrings\.xml"[^>]*/>', "", types)
    assert n == 1
    parts["[Content_Types].xml"] = types.encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels, n = re.subn(r'<Relationship [^>]*Target="sharedStrings\.xml"/>', "", rels)
    assert n == 1
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


# --------------------------------------------------------------------------- ordinary layouts


def pingli_justice_bureau_two_sheets() -> dict:
    unit = f"{PLACE}司法局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 8, 20, 38, 9, 36])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("钭砚乔", "局长", "主持局全面工作，分管办公室", [
            ("“三重一大”事项不经党组集体研究，个人说了算", "一级", "重大事项党组会集体研究，会议纪要存档。"),
            ("干部选拔任用和司法所长调整中搞个人意志", "一级", "干部调整经党组会研究，全程纪实。"),
        ]),
        ("阙泺岑", "副局长", "分管社区矫正股、基层工作股", [
            ("为社区矫正对象外出、迁居审批说情打招呼", "一级", "外出、迁居审批网上流转，说情打招呼登记报告。"),
            ("人民调解工作经费分配向关系调委会倾斜", "二级", "经费分配方案局党组研究并公示。"),
        ]),
        ("郄澍苒", "副局长", "分管律师公证、法律援助", [
            ("律师事务所年度检查考核降低标准", "二级", "考核结果集体评定并公开。"),
            ("干预法律援助案件指派", "三级", "案件指派按轮流顺序在系统中自动生成。"),
        ]),
    ]  # fmt: skip
    n, recs = 0, []
    for who, post, work, items in leaders:
        for point, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, point, lv, measures])
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    lead.records(recs, merge_cols=(1, 2, 3))
    lead.add("制表：办公室", None, None, "审核：", None, DATE, None)
    dept = _Sheet("股室", [6, 12, 10, 9, 40, 9, 36])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    first = len(dept.rows)
    rows = [
        ("办公室", "主任", "麴湛卿", "middle", [
            ("公务接待超标准、虚报接待费用", "二级", "接待凭公函和审批单，费用按月公示。"),
            ("办公用品采购不比价、化整为零", "三级", "采购三家比价，验收与采购分人。"),
        ]),
        ("办公室", "会计", "晁霁珂", "general", [
            ("报销票据审核不严，虚列支出", "二级", "票据经手人、证明人、审批人三签，逐张审核。"),
        ]),
        ("社区矫正股", "股长", "禤沅棣", "middle", [
            ("社区矫正调查评估意见不实", "一级", "调查评估两人以上走访，意见集体评议。"),
            ("违规为矫正对象出具外出、迁居意见", "一级", "外出、迁居意见经分管领导审签。"),
        ]),
        ("社区矫正股", "科员", "亓翀霂", "general", [
            ("电子定位监管数据随意删改", "二级", "监管平台操作日志每月导出核查。"),
        ]),
        ("基层工作股", "股长", "郦蕤岚", "middle", [
            ("人民调解“以案定补”经费审核把关不严", "二级", "补贴申报逐件核对卷宗，抽查回访当事人。"),
            ("专职人民调解员选聘不公开", "三级", "选聘条件、过程和结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for d, post, who, tier, items in rows:
        for point, lv, measures in items:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, DATE, None)
    return _layout(
        "pingli_justice_bureau_two_sheets", "http://sfj.xinyang.gov.cn/index.php?c=article&cateid=A000400120006&id=1572",
        "县司法局 file in two sheets, after the source's 市 on its 人民调解工作经费 (指导人民调解工作经费, 调委会补助经费, "
        "以案定补, 专家咨询费): ``局领导`` — 序号/姓名/职务/分管工作 merged per leader/风险点/风险等级 ``一级/二级/三级``/防控措施; "
        "``股室`` — 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施; no type column; a title over "
        "each and a 制表/审核/date line under each",
        [lead, dept], t,
    )  # fmt: skip


def pingli_notary_office_list() -> dict:
    unit = f"{PLACE}公证处"
    sh = _Sheet("一览表", [6, 11, 10, 9, 18, 38, 9, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：{DATE}", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    rows = [
        ("处领导", "主任", "郜琮璟", "leader", [
            ("审批出证", "审批本人或关系人经办的公证事项，疑难事项不提交集体讨论", "制度机制", "高",
             "审批与承办分离，重大疑难事项集体讨论并记录附卷。"),
            ("收入分配", "绩效分配方案不经处务会研究，向个人倾斜", "制度机制", "中", "分配方案处务会研究并公示。"),
        ]),
        ("公证业务部", "公证员", "笪泠筠", "general", [
            ("证明材料核实", "对当事人提交的证明材料不核实或核实走过场，出具错证、假证", "岗位职责", "高",
             "应当核实的材料逐项核实并留存记录，错证追究责任。"),
            ("接受宴请礼品", "接受当事人或中介宴请、礼品，为其优先或违规办证", "思想道德", "中",
             "签订廉洁执业承诺，办证排队叫号。"),
        ]),
        ("公证业务部", "公证员助理", "逯芃菡", "general", [
            ("受理登记", "对不符合受理条件的申请予以受理，泄露当事人隐私", "业务流程", "中",
             "受理条件一次性告知，卷宗专人保管。"),
        ]),
        ("综合部", "部长", "綦岫澄", "middle", [
            ("档案查阅", "违规提供、出借公证卷宗", "制度机制", "低", "查阅卷宗经主任批准并登记。"),
        ]),
        ("综合部", "收费员", "缑沁蘅", "general", [
            ("公证收费", "不按标准收费、收费不开票，截留公证费", "业务流程", "高",
             "收费标准上墙公示，收费票据按月核销。"),
        ]),
    ]  # fmt: skip
    n = 0
    for d, post, who, tier, items in rows:
        for point, desc, typ, lv, measures in items:
            n += 1
            sh.add(n, d, post, who, point, desc, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None, None)
    return _layout(
        "pingli_notary_office_list", "https://fx361.cc/page/2018/0401/20035120.shtml",
        "县公证处 岗位廉政风险防控一览表, after the source's two lawyers of a 公证处 on 公证核实 (证明材料, 错证, 假证, 过错责任): "
        "a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/部门 merged (处领导, 公证业务部, 综合部)/岗位 and "
        "姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def pingli_legal_aid_center_groups() -> dict:
    unit = f"{PLACE}法律援助中心"
    sh = _Sheet("责任清单", [6, 12, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "暨沄骞", "leader", [
                ("办案补贴审批", "办案补贴不按个案质量评估等次审批发放", "制度机制风险", "一级风险",
                 "补贴按评查等次核定，发放前中心集体研究。"),
                ("案件指派", "指定关系律师承办法律援助案件", "岗位职责风险", "二级风险", "指派按轮流顺序在系统中生成。"),
            ]),
        ]),
        ("二、受理指派股", "受理指派股", [
            ("股长", "冼蘅岫", "middle", [
                ("经济困难审查", "对不符合经济困难条件的申请违规给予援助", "业务流程风险", "一级风险",
                 "经济困难状况承诺加抽查核实，审查意见双人签字。"),
            ]),
            ("受理员", "乜晗璁", "general", [
                ("来访接待", "接待中向当事人推荐特定律师事务所并收取好处", "思想道德风险", "二级风险",
                 "接待全程录音录像，禁止推荐律师事务所。"),
                ("值班律师排班", "值班律师排班不公、虚报值班次数", "业务流程风险", "三级风险", "排班表按月公示，值班签到核对。"),
            ]),
        ]),
        ("三、综合股", "综合股", [
            ("股长", "蔺沚霖", "middle", [
                ("案卷质量评查", "评查打分弄虚作假，抬高补贴等次", "岗位职责风险", "二级风险", "评查实行律师初评、中心复评。"),
            ]),
            ("会计", "隗筠澈", "general", [
                ("补贴发放", "补贴资金不按评估等次发放、虚列补贴", "制度机制风险", "一级风险",
                 "补贴发放明细公开，资金直接转入承办人账户。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, items in people:
            for duty, point, typ, lv, measures in items:
                n += 1
                sh.add(n, post, who, duty, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, None, "审核：", None, DATE, None, None)
    return _layout(
        "pingli_legal_aid_center_groups", "https://www.tianchang.gov.cn/public/161054605/1110427448.html",
        "县法律援助中心 廉政风险防控责任清单, after the source's 法律援助中心 report on 办案补贴 (个案质量评查, 合格/良好 等次, "
        "值班律师补贴): a title, 序号/岗位/责任人/职责事项/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施 under GROUP ROWS ``一、中心领导``, ``二、受理指派股``, ``三、综合股`` merged across (no 股室 column); 岗位 and "
        "责任人 merged per person; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingli_changan_office_cards() -> dict:
    unit = f"{PLACE}长安镇司法所"
    t = _Truth(unit)
    cards = [
        ("所长", "檀皎樾", "leader", "主持司法所全面工作，负责社区矫正请假审批和人民调解指导。", [
            ("社区矫正对象外出务工请假降低条件审批", "★★★", "请假须有担保人和担保书，审批表报县司法局备案。"),
            ("人民调解“以案定补”申报虚报案件", "★★", "申报案件逐件附卷，县司法局抽查。"),
            ("接受矫正对象及其亲属宴请、礼品", "★★", "严守廉洁纪律，拒收登记。"),
        ]),
        ("司法助理员", "闾沣颢", "general", "负责人民调解、法治宣传和法律援助初审。", [
            ("调解协议书制作不规范、偏袒一方", "★★", "调解协议经所长审阅后送达。"),
            ("法治宣传经费报销虚列支出", "★", "宣传活动照片和签到表附报销凭证。"),
        ]),
        ("社区矫正专职社工", "宦茝铭", "general", "负责社区矫正对象日常监管和教育帮扶。", [
            ("定位手机核查走过场，对人机分离不报告", "★★★", "每日核查定位轨迹，异常当日报告。"),
            ("担保人资格审核不实", "★", "担保人身份和关系证明由村（社区）出具。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, items in cards:
        sh = _Sheet(post, [6, 34, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add(f"岗位职责：{duty}", None, None, None)
        sh.merge(r, 0, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "所长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "pingli_changan_office_cards", "https://www.yncaw.gov.cn/html/2013/sfxz_0829/28791.html",
        "镇司法所 岗位廉政风险防控卡, one sheet a holder (tabs named by the post), after the source's 司法所 on 矫正对象外出务工"
        "请假 (担保人, 担保书, 外出务工请假审批表, 派出所): a title, ``姓　名 | … | 职　务 | …``, a merged ``岗位职责：…`` line, "
        "then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施, a merged ``注：`` line on the stars and ``持卡人（签字）： | 所长（签字）：``; "
        "no type column, no 科室",
        sheets, t,
    )  # fmt: skip


def pingli_chengguan_office_selfchecks() -> dict:
    unit = f"{PLACE}城关镇司法所"
    t = _Truth(unit)
    people = [
        ("酆澹珩", "所长", "leader", [
            ("社区矫正请假审批", "审批矫正对象外出请假不谈话、不核实外出事由", "Ⅰ级", "外出前个别谈话并记录，核实就医证明。", "已落实"),
            ("社区矫正请假审批", "节日期间对重点矫正对象违规批假", "Ⅰ级", "重点对象节日期间一律不批假。", "已落实"),
            ("所务管理", "办公经费使用不公开", "Ⅲ级", "经费使用每季度所务会通报。", "未发现问题"),
        ]),
        ("亢霂笙", "副所长", "leader", [
            ("矛盾纠纷排查", "对排查出的重大纠纷隐瞒不报", "Ⅱ级", "重大纠纷当日报告，建立台账。", "已落实"),
            ("安置帮教", "帮扶资金发放对象把关不严", "Ⅱ级", "帮扶对象村（社区）评议、所内公示。", "已落实"),
        ]),
        ("鞠沄珮", "司法助理员", "general", [
            ("社区矫正日常监管", "手机定位核查不及时，失联不报告", "Ⅰ级", "每日核查定位，失联立即报告。", "已落实"),
            ("法治宣传", "宣传活动虚报场次和人数", "Ⅲ级", "活动照片、签到表存档备查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, items in people:
        sh = _Sheet(who, [6, 14, 34, 9, 32, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add("姓　名", "职　务", "填表时间", None, None, None)
        sh.add(who, post, DATE, None, None, None)
        sh.add("序号", "工作职责", "风险点", "风险等级", "防控措施", "自查情况")
        recs = []
        for i, (duty, point, lv, measures, found) in enumerate(items, 1):
            recs.append([i, duty, point, lv, measures, found])
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
        sh.records(recs, merge_cols=(1,))
        sh.add()
        sh.add("本人签名：", None, None, "所长审核：", None, None)
        sheets.append(sh)
    return _layout(
        "pingli_chengguan_office_selfchecks", "https://sifa.puyang.gov.cn/pc/fwzx.asp?a=newsview_856",
        "镇司法所 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市司法局 on 社区矫正 over "
        "the holidays (集中谈话教育, 外出审批, 手机定位, 人机分离, 重点人员): a title, a label row ``姓　名 | 职　务 | 填表时间`` over "
        "a row of values, then 序号/工作职责 (merged over its points)/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no "
        "type column, no 科室; a blank row and ``本人签名： | 所长审核：``",
        sheets, t,
    )  # fmt: skip


def pingli_mediation_committee_posts() -> dict:
    unit = f"{PLACE}人民调解委员会"
    sh = _Sheet("排查表", [6, 12, 20, 38, 10, 10, 32])
    t = _Truth(unit)
    tiers = {"主任": "leader", "副主任": "leader", "专职调解员": "general", "调解秘书": "general",
             "信息员": "general"}  # fmt: skip
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "重大纠纷调处", "对涉及关系人的重大纠纷不回避，暗中偏袒", "思想道德", "高风险", "涉及关系人的纠纷一律回避。"),
        ("主任", "调解员聘任", "聘任调解员不经推选，安排亲友", "制度机制", "中风险", "调解员聘任名单公示。"),
        ("副主任", "补贴申报审核", "“以案定补”申报审核不严，虚增调解案件", "制度机制", "高风险", "申报案件电话回访当事人。"),
        ("专职调解员", "纠纷调解", "徇私舞弊，压制、打击报复纠纷当事人", "岗位职责", "高风险", "调解过程两人以上并记录。"),
        ("专职调解员", "吃请受礼", "接受纠纷当事人吃请、礼品礼金", "外部环境", "中风险", "签订廉洁承诺书，拒收登记。"),
        ("调解秘书", "卷宗管理", "泄露当事人隐私，随意出借调解卷宗", "业务流程", "中风险", "卷宗专柜保管，借阅登记。"),
        ("信息员", "纠纷信息报送", "纠纷信息迟报、漏报、瞒报", "岗位职责", "低风险", "纠纷信息每周汇总报告。"),
    ]  # fmt: skip
    recs = []
    for i, (post, point, desc, typ, lv, measures) in enumerate(rows, 1):
        recs.append([i, post, point, desc, typ, lv, measures])
        t.point(sh.name, "", post, "", tiers[post], point, types_in(typ), BANDS[lv])
    sh.records(recs, merge_cols=(1,))
    sh.add("编制：", None, "审核：", None, DATE, None, None)
    return _layout(
        "pingli_mediation_committee_posts", "http://www.lygzb.net/html/text/chl/426/42669_2.html",
        "县人民调解委员会 岗位廉政风险排查表 对岗不对人, after the source's rules of 人民调解 (调解员的纪律: 不得徇私舞弊, 不得对当事人"
        "压制、打击报复, 不得泄露当事人隐私, 不得吃请受礼; 岗位责任制, 业务登记, 档案): a title, 序号/岗位 merged per post (no 部门 "
        "column)/a short 风险点/a long 风险表现/风险类型 (short)/风险等级 ``高风险/中风险/低风险``/防控措施; no names; an "
        "编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def pingli_medical_mediation_two_row_head() -> dict:
    unit = f"{PLACE}医疗纠纷人民调解委员会"
    sh = _Sheet("一览表", [6, 12, 10, 9, 36, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    top = sh.add("序号", "部门", "岗位", "姓名", "廉政风险", None, None, "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 6)
    first = len(sh.rows)
    rows = [
        ("委员会领导", "主任", "岑淏璘", "leader", [
            ("医疗纠纷调解中接受医患一方请托，左右调解结果", "思想道德风险", "Ⅰ", "重大纠纷集体评议调解方案。"),
            ("专家咨询费发放不按标准", "制度机制风险", "Ⅱ", "咨询费按次登记、按标准发放。"),
        ]),
        ("调解部", "部长", "瞿峤澐", "middle", [
            ("医疗损害赔偿金额调解畸高畸低", "岗位职责风险", "Ⅰ", "赔偿金额参照鉴定意见，经部务会审核。"),
        ]),
        ("调解部", "调解员", "蒙沛湲", "general", [
            ("与医疗机构、保险公司人员私下往来", "外部环境风险", "Ⅱ", "调解在调解室进行，全程录音。"),
            ("调解笔录记录不实", "业务流程风险", "Ⅲ", "笔录当事人签字确认。"),
        ]),
        ("办公室", "主任", "秘昱翎", "middle", [
            ("调解案件补贴统计不实", "制度机制风险", "Ⅱ", "补贴统计与卷宗逐件核对。"),
        ]),
    ]  # fmt: skip
    n = 0
    for d, post, who, tier, items in rows:
        for point, typ, lv, measures in items:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "pingli_medical_mediation_two_row_head", "https://www.dg.gov.cn/dgdghjz/gkmlpt/content/4/4214/post_4214779.html",
        "县医疗纠纷人民调解委员会 廉政风险防控一览表, after the source's 镇 人民调解“以案定补” (调解难易程度, 涉案金额, 备案的专兼职"
        "调解员, 行业性专业性调解组织): ``附件1``, a title, a TWO-ROW heading (``廉政风险`` merged over 风险点/风险类型/风险等级; "
        "序号/部门/岗位/姓名/防控措施 merged down), 部门 merged (委员会领导, 调解部, 办公室), 岗位 and 姓名 merged per person, "
        "``…风险`` types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line, a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    pingli_laoxian_office_platform_export(),
    pingli_justice_bureau_two_sheets(),
    pingli_notary_office_list(),
    pingli_legal_aid_center_groups(),
    pingli_changan_office_cards(),
    pingli_chengguan_office_selfchecks(),
    pingli_mediation_committee_posts(),
    pingli_medical_mediation_two_row_head(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; the harder layout then rewritten as a streaming writer leaves it."""
    _write_xlsx44(layout, path)
    if layout["name"] == EXPORT_NAME:
        _inline_strings_and_one_cell_dimension(path)
    return path


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch414-inbox"))
