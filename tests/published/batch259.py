"""The two-hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's schools,
hospitals and public-service bodies, 木里县 (the 木里藏族自治县 of the 凉山 prefecture, written 木里县 on
its own forms; its seat 乔瓦镇, its staff Tibetan, Yi, 蒙古 and Han) — its 人民医院, 疾病预防控制中心,
幼儿园, 职业技术学校, 殡仪馆, 学生资助管理中心, 文化馆, 教育技术装备中心 and 民族中学 — each handing back the
一览表, 排查表, 清单, 自查表 or 防控卡 its staff typed in WPS or Excel, the rows about 设备招采, 基建,
信息系统, 疫苗冷链, 包虫病筛查, 检验报告, 保育教育费, 代收费, 六一演出服装, 顶岗实习 返点费, 招生劳务费,
遗体接运, 骨灰盒, 火化, 资助对象认定, 生源地助学贷款, 免费开放, 送文化下乡, 教学仪器招标, 教辅, 学生伙食费
and 营养餐:

- the 人民医院's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``科室`` merged (院领导,
  设备物资部, 保障部, 基建办, 信息中心), ``岗位`` and ``姓名`` merged per person, ``…风险`` types,
  高/中/低, a last ``监督科室`` column (纪委办公室), a ``注：`` line and a 填表人/审核人/院长 line;
- the 疾病预防控制中心's 排查表 under an ``编制单位：…　编制时间：…`` line: ``科室`` merged (中心领导,
  疾病预防与控制科, 地方病防治科, 检验科, 办公室), ``岗位`` and ``责任人`` merged per person, a short
  ``风险点`` beside a long ``风险描述``, ``一级/二级/三级`` read by a ``注：`` line, no type column;
- the 幼儿园's 自查表, one sheet a person (tabs 园长, 保教主任, 保健医, 报账员): ``姓　名 | … | 职　务 | … |
  所在部门 | …`` in one row above, short types, ``高风险/中风险/低风险``, a ``自查情况`` column (``未发现``,
  ``已规范``), ``自查人签名： | 日期：`` below;
- the 职业技术学校's 一览表 under group rows ``一、学校领导`` … ``四、财务室`` merged across (no 处室 column), the
  holder in the ``岗位（姓名）`` cell (``校长（俄色次里）``), ``…风险`` types, ``一级风险/二级风险/三级风险``;
- the 殡仪馆's 排查表 with a header in two rows, ``风险等级`` merged over ``高 | 中 | 低`` and a ``√`` in one
  of the three, ``部门`` merged, ``岗位`` and ``姓名`` merged per person, no type column, an 排查人/馆长 line;
- the 学生资助管理中心's 一览表 as typed row by row: ``股室``, ``岗位`` and ``责任人`` written again on every
  row, nothing merged, short types, ``A级/B级/C级`` read by a ``说明：`` line under the title, an empty
  ``备注`` column;
- the 文化馆's 防控卡, one sheet a holder (tabs 馆长, 副馆长, 群文部, 会计): a merged ``持卡人：…　职务：…
  所在部门：…`` line above, a short ``风险点`` beside a long ``风险表现``, ``★★★/★★/★`` read by a ``注：``
  line, no type column, ``监督电话：…`` and ``持卡人签字：`` below;
- the 教育技术装备中心's 责任清单 with a header in two rows, ``防控措施`` merged over ``事前 | 事中 | 事后``
  (the other headings merged down), ``股室`` merged, ``岗位`` and ``责任人`` merged per person, short types,
  ``Ⅰ级/Ⅱ级/Ⅲ级``.

One is harder:

- ``minzu_school_excel_table``: the 民族中学's 排查表 after someone in the 总务处 made it an Excel TABLE
  (WPS ``套用表格样式`` → ``转换成表格``, Excel ``套用表格格式``) WITHOUT ticking ``表包含标题``: the table
  object's own header row ``列1 | 列2 | … | 列8`` (with its filter buttons) now stands between the
  ``填报单位`` line and the real heading row ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``, which has become the table's first body row; as a table holds no merged cells, the
  处室, 岗位 and 姓名 cells were unmerged before and keep their value in the first row of each run only;
  the table's ``汇总`` row (``汇总行`` ticked) closes it with ``=SUBTOTAL(103,[列8])`` counting the
  ``防控措施`` column — the real heading's cell with it, so one more than the points. Short types,
  高/中/低, a 填表人/审核人/校长 line under the table. The README's 读得懂的表 knows a 栏次 row under the
  header, a template's empty ``请选择`` rows, Excel's 分类汇总 ``… 计数`` rows and ``合计``/``小计`` rows; it
  says nothing of an Excel table's placeholder column names above the real header, nor of its
  ``汇总`` total row.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市纪委 on a 医院's 招标采购 会商 —
设备物资部, 保障部, 基建办, 信息中心, 职能分散, 论证不足, 监管不严, 招采台账; a 市疾控中心's 对外公开事项 — its 办公室,
疾病预防与控制科, 结核病防治科, 地方病防治科, 检验科, 卫生监督科, the 突发传染病应急处理流程; a 县教委 ordering
a 幼儿园 to refund the ``六一`` 演出服装费 and 加强幼儿园收费管理; a 县中等职业学校 whose 校长 took 返点费 from
an agency for 顶岗实习 students; a 殡葬服务行业专项整治 方案 — 遗体接运、暂存、火化、骨灰寄存, 殡葬用品 价格虚高,
强制消费, 第三方合作单位; a study of 学生资助经费 全流程监管 — 事前筹划、事中控制、事后监管, 资助对象认定, 发放;
a 省文化厅 督查 of a 县文化馆's 免费开放 — 每个科室, 每项活动, 资金使用规范管理; a 新华社 account of 教学仪器 and
教辅 招标 turned 私人订制 — 技术参数, 评标打分, 电教馆; a 纪检监察报 story of 学生伙食费 paying a school's
学生管理费, 垃圾清理费, 煤电费 — 分管后勤的副校长, 会计, 后勤账) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare Han
surnames with rare given names, and Tibetan and Yi names as 木里's staff carry them — 降措翁姆,
鲁绒曲批, 阿苏石者, 尔古木呷 …); every unit is a body of 木里县.

Run ``python tests/published/score.py --set batch259`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the ``列1 … 列8`` row and the ``汇总`` row are no points (the one is Excel's
  placeholder header, the other a count), the row ``序号 | 处室 | …`` under ``列1 …`` is the heading; a
  blank 处室, 岗位 or 姓名 cell belongs to the run above it, as in an unmerged table;
- ``院领导``, ``中心领导``, ``园领导``, ``学校领导``, ``馆领导`` and ``校领导`` (a 科室/股室/处室 cell, a group row, a
  self-check's 所在部门, a card's 所在部门) are the 科室 of those leaders; a hospital's 部, 办 and 中心, a
  中心's 科, 办公室 and 股, a 幼儿园's 处 and 室, a school's 处 and 室, a 殡仪馆's 科, 车间 and 室, a 文化馆's 部
  and 室 are 科室;
- 院长, 副院长, 主任 and 副主任 of a 中心 that is the unit, 园长, 校长, 副校长, 馆长 and 副馆长 are leaders; a
  科室's 主任, 科长, 处长, 车间主任, 部主任, 保教主任 and 股长 middle; the rest (采购员, 工程师, 冷链管理员, 检验员,
  会计, 保健医, 报账员, 招生专干, 实训管理员, 出纳, 接运员, 收费员, 资助专干, 食堂管理员, 宿管员 …) general;
- ``风险点 | 风险描述`` and ``风险点 | 风险表现``: the point is the short 风险点; ``自查情况`` answers, ``监督科室``,
  ``备注``, legend, ``注：`` and ``说明：`` lines are no points; ``事前 | 事中 | 事后`` are one measure;
- the 职业技术学校's ``校长（俄色次里）`` is the post 校长 and the holder 俄色次里;
- ``高/中/低``, ``一级/二级/三级``, ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险``, a ``√`` under
  ``高 | 中 | 低``, ``A级/B级/C级`` (by the 说明 line), ``★★★/★★/★`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``; the harder one with
``write_table_xlsx`` here, which adds the Excel table) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put, write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b259_"
PLACE = "木里县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# the real heading, now the Excel table's first body row
SCHOOL_HEAD = ("序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
# the table object's own header: Excel's placeholder names (表包含标题 not ticked)
PLACEHOLDERS = tuple(f"列{i}" for i in range(1, len(SCHOOL_HEAD) + 1))
TABLE_NAME = "表1"

# (处室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
SCHOOL = [
    ("校领导", "校长", "甯澹舟", "leader", [
        ("学生伙食费结余未经研究列支学校公用开支", "制度机制", "高",
         "学生伙食费单独核算，结余按规定退还或用于改善伙食，列支须校务会集体研究。"),
        ("教师评优评先、职称推荐中优亲厚友", "思想道德", "中", "推荐条件和结果在校内公示五个工作日。"),
    ]),
    ("校领导", "副校长", "降措翁姆", "leader", [
        ("分管后勤时默许从伙食费中列支学生管理费、煤电费", "岗位职责", "高",
         "后勤账与伙食账分设，伙食账支出逐笔由分管领导和会计双签。"),
        ("食堂食材供应商选择由个人决定", "业务流程", "高", "大宗食材按县教体科局统一招标结果采购，校内不得自行指定。"),
    ]),
    ("总务处", "主任", "逄岑蔚", "middle", [
        ("食材入库验收不严，数量、质量与单据不符", "岗位职责", "中", "食材验收三人以上，陪餐领导抽查并签字。"),
        ("宿舍用品、校服代购中收取回扣", "外部环境", "中", "代购坚持家长自愿，价格和供应商公示。"),
    ]),
    ("总务处", "食堂管理员", "阿苏石者", "general", [
        ("营养餐食材出库虚报数量", "业务流程", "中", "出入库台账日清月结，每月与供餐人数核对。"),
    ]),
    ("教务处", "主任", "郗昶蘅", "middle", [
        ("插班生、转学生接收不按规定办理", "制度机制", "中", "接收条件和名单公开，报县教体科局审核。"),
        ("推荐订购目录外教辅材料", "思想道德", "低", "教辅一科一辅、自愿征订，严禁推销。"),
    ]),
    ("财务室", "会计", "蒯筠珂", "general", [
        ("伙食费收支不单独建账，与后勤账混用", "制度机制", "高", "伙食费专户专账核算，每学期公开收支。"),
        ("报销凭证审核不严，无凭证支出入账", "岗位职责", "中", "报销票据经手人、证明人、审批人签字齐全方可入账。"),
    ]),
]  # fmt: skip


def minzu_school_excel_table() -> dict:
    unit = f"{PLACE}民族中学"
    sh = _Sheet("Sheet1", [7, 10, 11, 10, 36, 11, 9, 38])
    t = _Truth(unit)
    width = len(SCHOOL_HEAD)
    _line(sh, f"{unit}岗位廉政风险点排查表", width)
    _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2024年6月", width)
    top = sh.add(*PLACEHOLDERS)
    sh.add(*SCHOOL_HEAD)
    n, last = 0, (None, None, None)
    for dept, post, who, tier, points in SCHOOL:
        for point, typ, lv, measures in points:
            n += 1
            # unmerged before the table was made: the value in the first row of a run only
            shown = (dept if dept != last[0] else None,
                     post if (dept, post) != last[:2] else None,
                     who if (dept, post, who) != last else None)  # fmt: skip
            last = (dept, post, who)
            sh.add(n, *shown, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    # the 汇总 row: SUBTOTAL(103) counts the non-blank body cells of 列8, the heading's among them
    bottom = sh.add("汇总", *([None] * (width - 2)), n + 1)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    lay = _layout(
        "minzu_school_excel_table", "https://edu.neamco.com/2021-11/13/content_1302676936.htm",
        "(harder) 县民族中学 岗位廉政风险点排查表 made an EXCEL TABLE without 表包含标题, after the source's 纪检监察报 "
        "story of 学生伙食费 paying a 小学's 学生管理费, 垃圾清理费, 煤电费 (分管后勤的副校长, 会计, 后勤账): a title and a "
        "``填报单位：…　填报时间：2024年6月`` line, then the table ``表1`` whose own header row is Excel's placeholder "
        "``列1 | 列2 | … | 列8`` (filter buttons), its first body row the real heading 序号/处室/岗位/姓名/廉政风险点/"
        "风险类型/风险等级/防控措施; 处室, 岗位 and 姓名 unmerged, written in the first row of each run only (校领导, 总务处, "
        "教务处, 财务室); short types, 高/中/低; the table's ``汇总`` row, ``=SUBTOTAL(103,[列8])`` under 防控措施 "
        "(one more than the points: the heading's cell counted); a blank row and 填表人/审核人/校长（签字）",
        [sh], t,
    )  # fmt: skip
    lay["sheets"][0]["table"] = {"name": TABLE_NAME, "top": top, "bottom": bottom, "width": width}
    return lay


def write_table_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``, and for a sheet with a ``table`` an Excel table (ListObject) over
    its rows ``top``–``bottom``: the placeholder header, the body written as cells, a total row
    (``汇总`` in the first column, a count in the last), filter buttons and a banded style."""
    if not any(s.get("table") for s in layout["sheets"]):
        return write_xlsx(layout, path)
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 6, 3, 10, 0, 0), "author": "Administrator"})
    base = {"text_wrap": True, "valign": "vcenter", "font_name": "宋体", "font_size": 10}
    fmt = wb.add_format({**base, "border": 1})
    date_fmt = wb.add_format({**base, "border": 1, "num_format": 'yyyy"年"m"月"d"日"'})
    plain = wb.add_format(base)
    for sheet in layout["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        for c, w in enumerate(sheet.get("widths") or []):
            ws.set_column(c, c, w)
        table = sheet.get("table")
        covered = {(r, c) for r0, c0, r1, c1 in sheet["merges"] for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}  # fmt: skip
        inside = set()
        if table:
            inside = {(table["top"], c) for c in range(table["width"])}
            inside |= {(table["bottom"], c) for c in range(table["width"])}
        for r, row in enumerate(sheet["rows"]):
            lines = max((str(v).count("\n") + 1 for v in row if isinstance(v, str)), default=1)
            if lines > 1:
                ws.set_row(r, 14 * lines)
            for c, v in enumerate(row):
                if v is None or (r, c) in covered or (r, c) in inside:
                    continue
                in_table = table and table["top"] < r < table["bottom"] and c < table["width"]
                _put(ws, (plain if in_table else fmt, date_fmt), r, c, v)
        for r0, c0, r1, c1 in sheet["merges"]:
            v = sheet["rows"][r0][c0]
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        if table:
            top, bottom, width = table["top"], table["bottom"], table["width"]
            heads, total = sheet["rows"][top], sheet["rows"][bottom]
            columns = [{"header": h} for h in heads]
            columns[0]["total_string"] = total[0]
            columns[-1].update({"total_function": "count", "total_value": total[width - 1]})
            ws.add_table(top, 0, bottom, width - 1, {
                "name": table["name"], "columns": columns, "total_row": True,
                "style": "Table Style Medium 2", "autofilter": True,
            })  # fmt: skip
    wb.close()
    return path


# --------------------------------------------------------------------------- ordinary layouts


def hospital_procurement_list() -> dict:
    unit = f"{PLACE}人民医院"
    sh = _Sheet("一览表", [6, 11, 10, 10, 36, 13, 8, 36, 11])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2024年6月", 9)
    sh.add(
        "序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施", "监督科室"
    )
    rows = [
        ("院领导", "院长", "鲁绒曲批", "leader", [
            ("大型医疗设备购置未经论证和集体研究即决定", "制度机制风险", "高",
             "大型设备购置经院长办公会、党委会研究，纪委全程监督。"),
            ("为亲友推荐的供应商打招呼", "思想道德风险", "高", "领导干部插手干预招采事项如实记录报告。"),
        ]),
        ("院领导", "副院长", "尔古木呷", "leader", [
            ("分管的基建项目变更签证把关不严", "岗位职责风险", "高", "工程变更分级审批，重大变更专家论证、跟踪审计。"),
        ]),
        ("设备物资部", "主任", "訾沅澈", "middle", [
            ("招标采购需求设置倾向性技术参数", "业务流程风险", "高", "采购需求由使用科室、设备物资部和专家共同论证，参数三家以上可满足。"),
            ("采购台账不全，合同履约验收不严", "制度机制风险", "中", "招采台账信息化管理，验收由使用科室和设备物资部共同签字。"),
        ]),
        ("设备物资部", "采购员", "麻攸宁", "general", [
            ("医用耗材拆分采购、规避集中采购", "业务流程风险", "中", "耗材全部在省平台采购，每月统计采购金额。"),
            ("收受供应商礼品、回扣", "外部环境风险", "中", "签订廉洁购销承诺书，供应商不良记录登记。"),
        ]),
        ("保障部", "主任", "笪芷汀", "middle", [
            ("后勤服务外包单位考核走过场", "岗位职责风险", "中", "外包服务按月考核，考核结果与付款挂钩。"),
        ]),
        ("基建办", "主任", "洛桑益珠", "middle", [
            ("隐蔽工程验收不到现场，签字放行", "岗位职责风险", "高", "隐蔽工程验收留存影像，监理和跟审单位共同签字。"),
            ("工程结算审核中高估冒算", "业务流程风险", "中", "结算送县财政投资评审中心审核。"),
        ]),
        ("信息中心", "工程师", "勒格尔布", "general", [
            ("违规为医药代表统计医师用药数据（统方）", "思想道德风险", "高", "信息系统统方权限分级，查询操作全程留痕。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, "纪委办公室")
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(8, lambda row: row[8])])
    _line(sh, "注：风险等级分为高、中、低三级；监督科室为医院纪委办公室。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None, None)
    return _layout(
        "hospital_procurement_list", "https://www.xmcdi.gov.cn/gzdt/dfzf/202504/t20250401_306468.htm",
        "县人民医院 廉洁风险防控一览表, after the source's 市纪委 on a 医院's 招标采购 会商 (设备物资部, 保障部, 基建办, 信息中心; "
        "职能分散, 论证不足, 监管不严, 招采台账): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2024年6月`` "
        "line, then 序号/科室 merged (院领导, 设备物资部, 保障部, 基建办, 信息中心)/岗位 and 姓名 merged per person/"
        "廉洁风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``监督科室`` merged (纪委办公室); a ``注：`` line and a "
        "填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


def cdc_short_long_list() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("排查表", [6, 14, 11, 10, 16, 36, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    _line(sh, f"编制单位：{unit}{GAP * 12}编制时间：2024年5月", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "仁真拉措", "leader", [
            ("大额经费支出审批", "检测试剂、设备等大额采购和经费支出未经班子集体研究", "一级",
             "大额支出经中心班子会研究，会议纪要存档。"),
            ("人员招聘和职称推荐", "招聘条件因人设置，职称推荐优亲厚友", "二级", "招聘方案报县卫健局审核，推荐结果公示。"),
        ]),
        ("中心领导", "副主任", "沙马伍嘎", "leader", [
            ("应急物资采购", "突发疫情时应急物资采购不询价、事后不补手续", "一级", "应急采购先办后补须十日内补齐询价和审批手续。"),
        ]),
        ("疾病预防与控制科", "科长", "阚霁棠", "middle", [
            ("疫苗分配", "二类疫苗向接种单位分配时厚此薄彼，收受好处", "一级", "疫苗分配按接种单位需求计划，分配结果公开。"),
        ]),
        ("疾病预防与控制科", "冷链管理员", "吉克阿果", "general", [
            ("疫苗出入库", "疫苗出入库不扫码、账物不符", "二级", "疫苗全部扫码出入库，每月盘点账物核对。"),
            ("冷链温度记录", "冷链温度记录事后补填、造假", "三级", "冷链自动测温，温度数据实时上传。"),
        ]),
        ("地方病防治科", "科长", "格绒翁堆", "middle", [
            ("包虫病筛查补助", "包虫病筛查人数虚报，套取筛查补助", "二级", "筛查名单逐户核对，补助凭名单发放。"),
            ("防治药品发放", "阿苯达唑等防治药品发放不登记", "三级", "药品发放签字登记，乡镇卫生院抽查回访。"),
        ]),
        ("检验科", "科长", "海来拉铁", "middle", [
            ("检验检测报告", "为送检单位出具不实检测报告", "一级", "检测报告三级审核，原始记录留存备查。"),
        ]),
        ("办公室", "会计", "禚珣渺", "general", [
            ("有偿服务收费", "体检、检测收费不开票、不入账", "二级", "收费项目和标准公示，收费票据统一管理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分一级（高）、二级（中）、三级（低）。", 8)
    sh.add("编制人：", None, None, "审核人：", None, "中心主任：", None, None)
    return _layout(
        "cdc_short_long_list",
        "https://www.xjsw.gov.cn/xxgk/fdzdgknr/jgzn/zfjg/szfbm/wsjkwyh/wsgksx/content_36096",
        "县疾病预防控制中心 廉政风险点排查表, after the source's 市疾控中心 对外公开事项 (办公室, 疾病预防与控制科, 结核病防治科, "
        "地方病防治科, 检验科, 卫生监督科; 突发传染病应急处理流程, 疫情监测与报告): a title, a merged ``编制单位：…　编制时间："
        "2024年5月`` line, then 序号/科室 merged (中心领导, 疾病预防与控制科, 地方病防治科, 检验科, 办公室)/岗位 and 责任人 "
        "merged per person/a short 风险点/a long 风险描述/风险等级 ``一级/二级/三级``/防控措施; no type column; a ``注：`` "
        "line and an 编制人/审核人/中心主任 line",
        [sh], t,
    )  # fmt: skip


def kindergarten_self_check_sheets() -> dict:
    unit = f"{PLACE}幼儿园"
    t = _Truth(unit)
    people = [
        ("园长", "扈聿修", "园长", "园领导", "leader", [
            ("保育教育费收费标准未公示即收取", "制度机制", "高风险", "未发现",
             "收费项目、标准经县发改、教体部门核定后公示。"),
            ("以“六一”演出等名义向家长收取服装费", "思想道德", "高风险", "已规范", "园内活动服装由园方统一保障，严禁向家长收费。"),
            ("大宗物品采购个人决定", "岗位职责", "中风险", "未发现", "采购事项园务会研究，三家比价。"),
        ]),
        ("保教主任", "呷玛拉初", "保教主任", "保教处", "middle", [
            ("开设兴趣班、特色班另行收费", "业务流程", "高风险", "未发现", "保教时间内不得另设收费班次。"),
            ("教具玩具征订推荐指定商家", "外部环境", "中风险", "未发现", "教具玩具按需采购，不向家长推销。"),
        ]),
        ("保健医", "郈黎晏", "保健医", "保健室", "general", [
            ("代收幼儿保险、体检费不据实结算", "业务流程", "中风险", "已规范", "代收费一事一收，学期末多退少补并公示。"),
            ("食品进货查验索证不严", "岗位职责", "低风险", "未发现", "进货逐批查验登记，票证粘贴留存。"),
        ]),
        ("报账员", "巫瞿湘", "报账员", "财务室", "general", [
            ("伙食费未按月收取、跨月预收", "制度机制", "中风险", "未发现", "伙食费按月收取，据实结算，每月公示收支。"),
            ("收费票据管理不规范，白条入账", "岗位职责", "低风险", "未发现", "收费一律开具财政票据，白条不得入账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in people:
        sh = _Sheet(tab, [6, 36, 11, 11, 34, 11])
        _line(sh, f"{unit}教职工廉政风险自查表", 6)
        sh.add("姓\u3000名", who, "职\u3000务", post, "所在部门", dept)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, found, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人签名：", None, None, "日期：", None, None)
        sheets.append(sh)
    return _layout(
        "kindergarten_self_check_sheets", "https://ygcq.com.cn/content/index2021/d/content_78555.shtml",
        "县幼儿园 教职工廉政风险自查表, one sheet a person (tabs 园长, 保教主任, 保健医, 报账员), after the source's 县教委 "
        "ordering a 幼儿园 to refund the ``六一`` 演出服装费 and 加强幼儿园收费管理: a title, a row ``姓　名 | … | 职　务 | … "
        "| 所在部门 | …`` (园领导, 保教处, 保健室, 财务室), then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/"
        "低风险``/防控措施/``自查情况`` (未发现, 已规范); a blank row and ``自查人签名： | 日期：``",
        sheets, t,
    )  # fmt: skip


def vocational_school_groups() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("一览表", [6, 20, 38, 14, 12, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位（姓名）", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、学校领导", "学校领导", [
            ("校长", "俄色次里", "leader", [
                ("与中介机构约定顶岗实习“返点费”“管理费”", "思想道德风险", "一级风险",
                 "顶岗实习单位由学校集体研究确定，严禁向学生或企业收取任何费用。"),
                ("重大事项不经校务会研究", "制度机制风险", "一级风险", "落实“三重一大”集体决策制度。"),
            ]),
            ("副校长", "戢翎嫣", "leader", [
                ("实训设备采购技术参数量身定制", "业务流程风险", "一级风险", "采购需求专家论证，参数公开征求意见。"),
            ]),
        ]),
        ("二、招生就业处", "招生就业处", [
            ("处长", "木呷阿依", "middle", [
                ("向初中教师支付招生劳务费、买卖生源", "外部环境风险", "一级风险", "招生宣传统一组织，严禁有偿招生。"),
                ("实习单位推荐不公开，克扣学生实习报酬", "岗位职责风险", "二级风险", "实习协议三方签订，报酬直接发给学生。"),
            ]),
            ("招生专干", "迟漱玉", "general", [
                ("虚报在籍学生人数套取中职资助资金", "业务流程风险", "一级风险", "学籍系统与资助名单逐人比对。"),
            ]),
        ]),
        ("三、实训管理处", "实训管理处", [
            ("实训管理员", "厍晗昱", "general", [
                ("实训耗材领用不登记，私自变卖", "岗位职责风险", "二级风险", "耗材领用登记，每学期盘点。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("出纳", "穰舒桐", "general", [
                ("学生资助资金不按时足额发放", "制度机制风险", "二级风险", "资助资金打卡发放，名册公示。"),
                ("现金收付不及时入账", "岗位职责风险", "三级风险", "现金日清月结，定期对账。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, dept, people in groups:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, f"{post}（{who}）", point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人：", None, "审核人：", None, "2024年6月", None)
    return _layout(
        "vocational_school_groups", "https://ev98.com/danzhao/show-56940.html",
        "县职业技术学校 岗位廉政风险防控一览表, after the source's account of a 县中等职业学校 whose 校长 took 返点费 and 管理费 "
        "from an agency for 顶岗实习 students (实习学生, 社会实践, 友才公司): a title, then 序号/``岗位（姓名）`` merged per "
        "person (``校长（俄色次里）``)/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under "
        "group rows ``一、学校领导``, ``二、招生就业处``, ``三、实训管理处``, ``四、财务室`` merged across (no 处室 column); a "
        "blank row and ``填表人： | 审核人： | 2024年6月``",
        [sh], t,
    )  # fmt: skip


def funeral_home_tick_levels() -> dict:
    unit = f"{PLACE}殡仪馆"
    sh = _Sheet("排查表", [6, 11, 11, 10, 38, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    top = sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 5, top, 7)
    rows = [
        ("馆领导", "馆长", "阿合尔日", "leader", [
            ("骨灰盒、寿衣等殡葬用品供应商由个人指定，收受回扣", "高",
             "殡葬用品公开采购，供应商和进价集体研究并公示。"),
            ("擅自提高或变相提高基本服务收费标准", "高", "基本服务项目严格执行政府指导价，收费标准上墙公示。"),
        ]),
        ("馆领导", "副馆长", "吉伍伍沙", "leader", [
            ("与第三方合作单位签订协议不公开，利益输送", "中", "第三方合作协议经馆务会研究，报县民政局备案。"),
        ]),
        ("业务科", "科长", "靳柘庭", "middle", [
            ("捆绑、强制提供非基本服务项目", "高", "服务项目由丧属自主选择，签订服务确认单。"),
            ("骨灰寄存格位安排收受好处", "中", "格位按登记顺序安排，格位使用情况公开。"),
        ]),
        ("业务科", "接运员", "达瓦降泽", "general", [
            ("遗体接运中向丧属索要红包、烟酒", "中", "接运车辆安装定位和视频，丧属回访。"),
        ]),
        ("火化车间", "车间主任", "羿苏苓", "middle", [
            ("火化燃油、设备配件采购虚报数量", "中", "燃油、配件领用登记，每月与火化数量核对。"),
        ]),
        ("财务室", "收费员", "马海木果", "general", [
            ("收费不开票据或开具金额与实收不符", "高", "收费系统打印票据，日终与业务科核对。"),
            ("丧属退费截留不退", "低", "退费凭丧属签字办理，当月公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            ticks = ["√" if lv == w else None for w in ("高", "中", "低")]
            sh.add(n, dept, post, who, point, *ticks, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("排查人：", None, None, None, "馆长（签字）：", None, None, None, "2024年5月")
    return _layout(
        "funeral_home_tick_levels", "https://max.book118.com/html/2026/0205/8126057000010044.shtm",
        "县殡仪馆 廉政风险点排查表, after the source's 殡葬服务行业专项整治 工作方案 (遗体接运、暂存、火化、骨灰寄存; 殡葬用品 "
        "价格虚高, 强制消费, 捆绑服务; 第三方合作单位): a title, then a header in two rows — 序号/部门/岗位/姓名/风险点/防控措施 "
        "merged down over both, ``风险等级`` merged across ``高 | 中 | 低`` — and a ``√`` in one of the three; 部门 merged "
        "(馆领导, 业务科, 火化车间, 财务室), 岗位 and 姓名 merged per person; no type column; a blank row and "
        "``排查人： | 馆长（签字）： | 2024年5月``",
        [sh], t,
    )  # fmt: skip


def student_aid_every_row() -> dict:
    unit = f"{PLACE}学生资助管理中心"
    sh = _Sheet("Sheet1", [6, 12, 10, 10, 38, 11, 9, 34, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 9)
    _line(sh, "说明：风险等级分A、B、C三级，A级为高风险，B级为中风险，C级为低风险。", 9)
    sh.add(
        "序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施", "备注"
    )
    rows = [
        ("中心领导", "主任", "乜澜枫", "leader", "资助资金分配方案未经集体研究", "制度机制", "A级",
         "资金分配方案经中心会议研究，报县教体科局审定。"),
        ("中心领导", "主任", "乜澜枫", "leader", "为关系人打招呼认定资助对象", "思想道德", "A级",
         "资助对象学校评议、公示，中心复核。"),
        ("中心领导", "副主任", "格桑绒布", "leader", "资助资金绩效评价走过场", "岗位职责", "B级",
         "每年开展事后监管抽查，结果通报学校。"),
        ("资助股", "股长", "伏芮萦", "middle", "家庭经济困难学生认定审核不严", "业务流程", "A级",
         "认定名单与民政、乡村振兴部门数据比对。"),
        ("资助股", "股长", "伏芮萦", "middle", "资助资金拨付学校后不跟踪发放", "岗位职责", "B级",
         "学校发放名册和银行回单按学期报中心备查。"),
        ("资助股", "资助专干", "仲孙澄", "general", "资助系统数据录入时擅自更改学生信息", "业务流程", "B级",
         "系统操作留痕，修改学生信息须学校书面申请。"),
        ("贷款股", "股长", "泽仁翁加", "middle", "生源地助学贷款受理资格审查不严", "外部环境", "B级",
         "贷款资格审查两人复核，受理结果公示。"),
        ("贷款股", "股长", "泽仁翁加", "middle", "违规收取助学贷款办理费用", "思想道德", "C级",
         "助学贷款办理一律免费，公布监督电话。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, None)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), LETTERS[lv])
    sh.add("编制：", None, None, "审核：", None, None, None, "2024年6月", None)
    return _layout(
        "student_aid_every_row", "https://www.xszz.edu.cn/n43/c12356/content.html",
        "县学生资助管理中心 廉政风险防控一览表 as typed row by row, after the source's study of 学生资助经费 全流程监管 "
        "(事前筹划、事中控制、事后监管; 资助对象认定, 资金发放, 风险点): a title, a merged ``说明：…A级为高风险，B级为中风险，"
        "C级为低风险。`` line, then 序号/股室/岗位/责任人 written again on every row, nothing merged (中心领导, 资助股, 贷款股)/"
        "廉政风险点/风险类型 (short names)/风险等级 ``A级/B级/C级``/防控措施/an empty ``备注``; an 编制/审核/2024年6月 line",
        [sh], t,
    )  # fmt: skip


def culture_center_cards() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "瞿菀蘩", "馆长", "馆领导", "leader", [
            ("免费开放资金使用", "免费开放专项资金挤占挪用，用于日常公用支出", "★★★",
             "专项资金专账核算，支出经馆务会研究。"),
            ("文艺演出采购", "送文化下乡演出团体选择不公开", "★★", "演出采购公开比选，结果公示。"),
        ]),
        ("副馆长", "鲜于芃泽", "副馆长", "馆领导", "leader", [
            ("活动场地使用", "免费开放场馆违规出租、收取场地费", "★★★", "场馆使用登记公示，严禁有偿出租。"),
            ("非遗项目申报", "非遗项目和传承人推荐优亲厚友", "★★", "推荐条件和名单公示，专家评审。"),
        ]),
        ("群文部", "毕澜昕", "部主任", "群众文化活动部", "middle", [
            ("培训班组织", "免费培训班向学员收取材料费", "★★", "培训一律免费，所需材料由馆内保障。"),
            ("活动台账", "虚报群众文化活动场次、参加人数", "★", "活动留存影像，台账每月核对。"),
        ]),
        ("会计", "洛绒拥忠", "会计", "财务室", "general", [
            ("经费报销", "活动经费报销凭证不全、虚开发票", "★★★", "报销附活动方案、签到表和影像资料。"),
            ("固定资产管理", "演出服装、音响设备账实不符", "★", "固定资产每年盘点，账卡物相符。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, points in cards:
        sh = _Sheet(tab, [6, 16, 38, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        _line(sh, f"持卡人：{who}{GAP * 4}职务：{post}{GAP * 4}所在部门：{dept}", 5)
        sh.add("序号", "风险点", "风险表现", "风险等级", "防控措施")
        for i, (point, desc, lv, measures) in enumerate(points, 1):
            sh.add(i, point, desc, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
        _line(sh, "监督电话：0834-6522318（县纪委监委驻县文化广播电视和旅游局纪检监察组）", 5)
        sh.add("持卡人签字：", None, None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "culture_center_cards", "https://www.xcwjlmy.com/e/action/ShowInfo.php?classid=7&id=1004",
        "县文化馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 副馆长, 群文部, 会计), after the source's 省文化厅 督查 of a "
        "县文化馆's 免费开放 民生工程 (每个科室, 每项活动, 资金使用规范管理): a title, a merged ``持卡人：…　职务：…　所在部门："
        "…`` line (馆领导, 群众文化活动部, 财务室), then 序号/a short 风险点/a long 风险表现/风险等级 ``★★★/★★/★``/防控措施; no "
        "type column; a ``注：`` line on the stars, a ``监督电话：…`` line and ``持卡人签字： | 2024年6月``",
        sheets, t,
    )  # fmt: skip


def equipment_center_two_row() -> dict:
    unit = f"{PLACE}教育技术装备中心"
    sh = _Sheet("责任清单", [6, 12, 11, 10, 34, 10, 9, 22, 22, 22])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 10)
    top = sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
        None,
        None,
    )
    sh.add(None, None, None, None, None, None, None, "事前", "事中", "事后")
    for c in range(7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 7, top, 9)
    rows = [
        ("中心领导", "主任", "降初卓嘎", "leader", [
            ("教学仪器招标时按特定企业产品参数编写招标要求", "岗位职责", "Ⅰ级",
             "采购需求集体论证", "纪检人员监督开评标", "中标结果公示"),
            ("向学校推荐指定教辅、装备供应商", "思想道德", "Ⅰ级",
             "签订廉洁承诺书", "学校自主选择", "接受学校和家长举报"),
        ]),
        ("装备股", "股长", "毕柯澍", "middle", [
            ("薄弱学校改造装备项目评标打分有倾向", "业务流程", "Ⅰ级",
             "评分标准量化公开", "专家随机抽取", "评分表存档备查"),
            ("装备到校验收不严，以次充好", "岗位职责", "Ⅱ级",
             "验收清单随合同下发", "学校和中心共同验收", "抽检复核"),
        ]),
        ("装备股", "采购员", "巩澧岚", "general", [
            ("化整为零规避公开招标", "制度机制", "Ⅱ级",
             "年初编制采购计划", "按限额标准采购", "年终采购审计"),
        ]),
        ("电教股", "股长", "尼玛拉措", "middle", [
            ("“班班通”设备维保合同续签不比价", "业务流程", "Ⅱ级",
             "维保服务公开比选", "按季度考核", "考核结果与付款挂钩"),
            ("电教设备报废处置不规范", "制度机制", "Ⅲ级",
             "报废鉴定两人以上", "按程序报批", "处置结果公示"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, before, during, after in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, before, during, after)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "中心主任（签字）：", None, None, None, "2024年6月", None, None)
    return _layout(
        "equipment_center_two_row", "http://pcpaper.cnwomen.com.cn/content/2017-07/11/040267.html",
        "县教育技术装备中心 廉政风险防控责任清单, after the source's 新华社 account of 教学仪器 and 教辅 招标 turned 私人订制 "
        "(农村义务教育薄弱学校改造, 技术参数, 评标打分, 电教馆): a title, then a header in two rows — 序号/股室/岗位/责任人/"
        "廉政风险点/风险类型/风险等级 merged down over both, ``防控措施`` merged across ``事前 | 事中 | 事后`` — then 股室 "
        "merged (中心领导, 装备股, 电教股), 岗位 and 责任人 merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; a blank row and "
        "``填表人： | 中心主任（签字）： | 2024年6月``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    minzu_school_excel_table(),
    hospital_procurement_list(),
    cdc_short_long_list(),
    kindergarten_self_check_sheets(),
    vocational_school_groups(),
    funeral_home_tick_levels(),
    student_aid_every_row(),
    culture_center_cards(),
    equipment_center_two_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_table_xlsx``."""
    return _build(
        outdir,
        LAYOUTS if layouts is None else layouts,
        resaved,
        prefix=PREFIX,
        writer=write_table_xlsx,
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch259-inbox"))
