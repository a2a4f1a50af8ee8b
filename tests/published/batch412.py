"""The four-hundred-and-twelfth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 卫生健康
bodies, 紫阳县 (a county of 安康 on the 汉江, south of the 秦岭) — the 县卫生健康局, the 县人民医院, the
县中医医院, the 县疾病预防控制中心 and four 镇卫生院 (蒿坪镇, 焕古镇, 洞河镇, 红椿镇, towns of the county)
— each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed in WPS or Excel:

- the 卫生健康局's 责任清单 under GROUP ROWS ``一、局领导``, ``二、规划财务股``, ``三、医政医管股``,
  ``四、基层卫生股`` merged across (no 股室 column): ``岗位 | 责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, a 制表/审核/date line;
- the 人民医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``职能科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 中医医院's 一览表 under a title and a merged ``填报单位：…　填报时间：…`` line: ``科室`` merged
  (``院领导``, ``药剂科``, ``设备科``, ``医务科``), ``姓名`` BEFORE ``职务``, both merged per person, a
  short ``廉政风险点`` beside a long ``风险描述``, short types, 高/中/低, a 填表人/审核人/date line;
- the 蒿坪镇中心卫生院's 防控卡, one sheet a holder (tabs named by the post): ``姓　名 | … | 职　务 |
  …`` and a merged ``岗位职责：…`` line above ``序号 | 风险点 | 风险等级 | 防控措施``, ``★★★/★★/★``
  read by a ``注：`` line, no type column, ``持卡人（签字）： | … | 院长（签字）：``;
- the 焕古镇卫生院's 自查表, one sheet a person (tabs named by the holder): ``姓　名 | … | 职　务 | …``
  over ``所在科室 | … | 填表时间 | …`` above ``序号 | 工作职责 | 风险点 | 风险类型 | 风险等级 | 防控措施 |
  自查情况`` (``工作职责`` merged over its points), short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``本人签名： | … |
  院长审核：``;
- the 洞河镇卫生院's 排查表 对岗不对人: ``科室`` merged and ``岗位`` merged per post, a short ``风险点``
  beside a long ``风险表现``, short types, ``高风险/中风险/低风险``; no names;
- the 红椿镇卫生院's 一览表 under ``附件1``, a title and a ``填报单位（盖章）：…`` line, written out on
  EVERY row (nothing merged): ``科室 | 岗位 | 姓名 | 风险类型 | 廉政风险点 | 风险等级 | 防控措施`` — the
  TYPE BEFORE THE POINT — short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``ziyang_cdc_level_codes_in_dropdown_prompt``: the 疾病预防控制中心's 岗位廉政风险排查表, filled in on
  the template the 县卫生健康局 sent round, an ordinary list in every other way (a title, a merged
  ``填报单位：…　填报时间：2025年10月`` line, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 |
  防控措施``, ``股室`` merged, ``岗位`` and ``姓名`` merged per person, short types, the measures, a merged
  ``填表说明：…`` line and a 填表人/审核人/date line) — but its LEVELS ARE CODES ``A``/``B``/``C`` WHOSE
  MEANING IS WRITTEN ONLY IN THE DATA-VALIDATION PROMPT of the ``风险等级`` cells. The 卫健局's template
  made the level a drop-down (Excel 数据 → 数据验证 → 序列 ``A,B,C``; WPS 数据 → 有效性) and put the
  legend in the validation's INPUT MESSAGE (Excel 输入信息, WPS 输入信息/提示信息): selecting a level
  cell shows a yellow tip titled ``风险等级`` that reads ``A—高风险（一级）；B—中风险（二级）；C—低风险
  （三级）``. The holders picked ``A``, ``B`` or ``C`` from the list. In the file the legend is only
  the ``prompt``/``promptTitle`` of a ``<dataValidation type="list" showInputMessage="1">`` in the
  sheet's ``<dataValidations>`` (sqref the level cells, ``<formula1>"A,B,C"</formula1>``); no cell,
  comment, text box, header or footer, other sheet or defined name says what A, B and C mean — the
  ``填表说明`` line says only ``风险类型、风险等级请点击单元格，按下拉列表和提示选择填写``. (The
  ``风险类型`` cells have a list validation too, the five short names, whose prompt only asks to pick
  one.) The shape is about WHERE A LEVEL'S MEANING IS GIVEN. The README's 读得懂的表 knows codes
  and symbols read by a note under the table, above it, in the heading (``风险等级(A级为高、B级为中…)``),
  on a ``填表说明`` sheet, in a text box drawn over the cells, in a comment on the heading cell
  (``A—一级（高）风险``), a ``标识 | 含义`` box beside the table; without such a note ``A/B/C`` are not
  guessed (an error). It says nothing of a legend carried by a cell's DATA VALIDATION (its input
  message), nor does any earlier batch write one: ``grep -il 'input_message\\|input_title\\|promptTitle\\|
  输入信息' tests/published/batch*.py`` finds nothing (batches 39, 70, 254 and 388 set list validations,
  never a prompt), and the reader's code has no ``dataValidation`` (``grep -rn 'dataValid\\|data_valid'
  xlproc/`` finds only the templates it writes itself).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose or only name it (an article on
健康扶贫 — 精准扶贫, 大病 救治, 医疗 保障, 县域 卫生 投入; a 县人民医院's report on its 重点专科 — 临床医技科,
行政后勤科室, 二甲 standards, 医学人才 and 医技设备 引进; a 县中医医院's page — 二级甲等, 整体搬迁, 编制床位,
中药煎药机 and 600 pieces of 设备; a paper on 基层卫生机构 in 疫情联防联控 — 发热患者排查, 预检分诊, 集中
隔离点, 家庭医生; a page asking what grade a 镇级医院 is; a page on the 国家卫生乡镇标准; a 县人民医院's
page listing its 药械室, 预防保健科, 办公室 and 财务科; a 疾控中心's 组织机构 page — 传染病报告, 预防接种,
实验室生物安全, 消毒产品) and the layout follows their words for the unit, its parts, its posts and
its risks. The rows are worded by us, the names invented (rare Han surnames with rare given names,
three characters each); every unit is a body of 紫阳县, named with the county's name (no earlier unit
holds ``紫阳县``).

Run ``python tests/published/score.py --set batch412`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a point's level is what its ``风险等级`` code means by the validation's prompt:
  ``A`` 1, ``B`` 2, ``C`` 3; the prompt, the drop-down lists and the ``填表说明`` line are no point and
  name no holder; the holder is the ``姓名`` cell, the point the ``廉政风险点`` cell, ``股室`` the 科室,
  the types the ``风险类型`` cell, as in an ordinary list;
- ``局领导`` (the 卫健局's group row), ``院领导`` (the 人民医院's sheet of its leaders, named so by its
  tab and title; the 中医医院's 科室 cell; the 卫生院 自查表's ``所在科室`` and the 红椿镇卫生院's 科室 cell)
  and ``中心领导`` (the 疾控中心's 股室 cell) are the 科室 of those leaders; a 局's 股, a hospital's 科
  and 办公室, a 卫生院's 科, 室 and 办公室 (``公共卫生科``, ``药房``, ``收费室``), a 中心's 股 and 科 are
  科室; a group row ``二、规划财务股`` gives the 科室 ``规划财务股`` (its number left off); the 蒿坪镇
  中心卫生院's cards name no 科室 (no field, and the ``岗位职责：…`` line names none): every card's 科室 is
  "";
- 局长, 副局长, a hospital's 院长 and 副院长, a 卫生院's 院长 and 副院长, the 中心's 主任 and 副主任 are
  leaders; 股长, 科长 (the 洞河镇卫生院's 公共卫生科 科长 too), 科主任, 办公室主任 and 药房主任 middle; the rest
  (会计, 出纳, 报账员, 收费员, 药剂员, 采购员, 疫苗管理员, 药房调剂员, 防保员) general;
- ``廉政风险点 | 风险描述`` (the 中医医院's list) and ``风险点 | 风险表现`` (the 洞河镇卫生院's): the point
  is the short one; ``分管工作``, ``工作职责``, ``岗位职责``, ``职责事项`` and ``自查情况`` are no points
  and name no holder; the 洞河镇卫生院's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, 高/中/低, ``一级风险/二级风险/三级风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★`` (read by
  the cards' note), ``高风险/中风险/低风险``, bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 红椿镇卫生院's note) and the
  harder file's ``A/B/C`` (read by the validation's prompt) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here: ``batch44.write_xlsx``'s
borders and taller rows for wrapped cells, plus a sheet's list validations and their prompts, which
only the harder file and nothing else has) and ``truth.json``; no re-saved copies (as batch280 and
batch410).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.batch44 import _put
from published.batch60 import _line
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b412_"
PLACE = "紫阳县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
CODES = {"A": 1, "B": 2, "C": 3}
GAP = "\u3000"
DATE = "2025年10月"


# --------------------------------------------------------------------------- harder layout

CODE_NAME = "ziyang_cdc_level_codes_in_dropdown_prompt"
CODE_UNIT = f"{PLACE}疾病预防控制中心"
CODE_TAB = "排查表"
CODE_HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
CODE_LEVEL_COL = CODE_HEAD.index("风险等级")
CODE_TYPE_COL = CODE_HEAD.index("风险类型")
CODE_LIST = ("A", "B", "C")
CODE_PROMPT_TITLE = "风险等级"
CODE_PROMPT = "A—高风险（一级）；\nB—中风险（二级）；\nC—低风险（三级）。\n请从下拉列表中选择。"
TYPE_LIST = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
TYPE_PROMPT_TITLE = "风险类型"
TYPE_PROMPT = "请从下拉列表中选择一类。"
CODE_NOTE = "填表说明：风险类型、风险等级请点击单元格，按下拉列表和提示选择填写；防控措施逐条填写。"
CODE_WIDTHS = [6, 12, 11, 9, 36, 10, 9, 34]

# (股室, 岗位, 姓名, tier, [(廉政风险点, 风险类型, 等级代码, 防控措施)])
CODE_ROWS = [
    ("中心领导", "主任", "厍崟翮", "leader", [
        ("检验设备和试剂采购不经中心办公会集体研究", "制度机制", "A",
         "设备试剂采购计划经中心办公会研究，按政府采购程序实施，结果公示。"),
        ("人员招聘、职称推荐中打招呼、搞照顾", "思想道德", "B", "招聘和推荐方案集体研究，全程纪实，结果公示。"),
    ]),
    ("中心领导", "副主任", "郏汭珝", "leader", [
        ("突发公共卫生事件应急物资采购不按程序", "业务流程", "A", "应急采购事后补办手续，纪检全程监督。"),
    ]),
    ("免疫规划股", "股长", "眭澂岍", "middle", [
        ("第二类疫苗采购中指定配送企业、收受回扣", "外部环境", "A", "疫苗一律从省级平台采购，配送企业按平台结果确定。"),
        ("预防接种异常反应调查诊断偏袒一方", "岗位职责", "B", "调查诊断专家组集体作出，结论书面告知。"),
    ]),
    ("免疫规划股", "疫苗管理员", "笪翙琯", "general", [
        ("疫苗出入库登记不实，账物不符", "岗位职责", "B", "出入库扫码登记，每月盘点，账物核对。"),
        ("近效期疫苗报损不按规定审批", "制度机制", "C", "报损经股室和中心领导审批，销毁有记录。"),
    ]),
    ("检验科", "科长", "綦溦峤", "middle", [
        ("委托检验收费不开票、私收检验费", "业务流程", "A", "检验收费统一开具票据，每月对账。"),
        ("出具检验报告中弄虚作假", "思想道德", "B", "检验报告双人复核，原始记录存档。"),
    ]),
    ("办公室", "会计", "庾嶒沄", "general", [
        ("专项经费报销审核不严，虚列支出", "业务流程", "B", "报销单据逐张审核，专项经费专账核算。"),
        ("接受供货商宴请、礼品", "外部环境", "C", "签订廉洁承诺书，拒收登记。"),
    ]),
]  # fmt: skip


def ziyang_cdc_level_codes_in_dropdown_prompt() -> dict:
    unit = CODE_UNIT
    t = _Truth(unit)
    sh = _Sheet(CODE_TAB, CODE_WIDTHS)
    _line(sh, f"{unit}岗位廉政风险排查表", 8)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add(*CODE_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CODE_ROWS:
        for point, typ, code, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, code, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), CODES[code])
    last = len(sh.rows) - 1
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CODE_NOTE, 8)
    sh.add("填表人：", None, None, "审核人：", None, None, DATE, None)
    lay = _layout(
        CODE_NAME, "http://yccdc.com.cn/zzjg/zuzhijigou/8108.html",
        "(harder) 县疾病预防控制中心 岗位廉政风险排查表 on the 卫健局's template, after the source's 疾控中心 组织机构 (传染病报告, "
        "预防接种, 实验室生物安全, 消毒产品): an ordinary list (a title, a merged ``填报单位：…　填报时间：2025年10月`` line, "
        "序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 short names/风险等级/防控措施, a merged "
        "``填表说明：…`` line and a 填表人/审核人/date line) whose LEVELS ARE CODES ``A/B/C`` WHOSE MEANING STANDS ONLY IN THE "
        "DATA-VALIDATION PROMPT of the 风险等级 cells (list ``A,B,C``, input message ``A—高风险（一级）；B—中风险（二级）；"
        "C—低风险（三级）``); no cell, comment or note says it",
        [sh], t,
    )  # fmt: skip
    sh_data = lay["sheets"][0]
    sh_data["validations"] = [
        {"range": (first, CODE_LEVEL_COL, last, CODE_LEVEL_COL), "source": list(CODE_LIST),
         "title": CODE_PROMPT_TITLE, "message": CODE_PROMPT},
        {"range": (first, CODE_TYPE_COL, last, CODE_TYPE_COL), "source": list(TYPE_LIST),
         "title": TYPE_PROMPT_TITLE, "message": TYPE_PROMPT},
    ]  # fmt: skip
    return lay


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx`` (borders, a date format, taller rows for wrapped cells), and each
    sheet's ``validations``: a list drop-down over a range with its input message (title and
    prompt), as Excel's 数据验证 and WPS's 有效性 keep it."""
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
               "in_memory": True}  # fmt: skip
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2025, 10, 9, 9, 0, 0), "author": "Administrator"})
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
            ws.merge_range(r0, c0, r1, c1, "", fmt)
            if v is not None:
                _put(ws, (fmt, date_fmt), r0, c0, v)
        for val in sheet.get("validations", ()):
            r0, c0, r1, c1 = val["range"]
            ws.data_validation(r0, c0, r1, c1, {
                "validate": "list", "source": val["source"], "ignore_blank": True,
                "input_title": val["title"], "input_message": val["message"],
                "show_input": True, "show_error": True,
                "error_title": "输入有误", "error_message": "请从下拉列表中选择。",
            })  # fmt: skip
    wb.close()
    return path


# --------------------------------------------------------------------------- ordinary layouts


def ziyang_health_bureau_duty_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("责任清单", [6, 10, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "岗位", "责任人", "职责事项", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "钭琤岘", "leader", [
                ("重大事项决策", "县域医共体建设资金和卫生项目安排搞“一言堂”", "制度机制风险", "一级风险",
                 "重大事项党组会集体研究，会议纪要存档。"),
            ]),
            ("副局长", "沃翯淇", "leader", [
                ("卫生基建管理", "乡镇卫生院改扩建项目插手干预，指定施工单位", "外部环境风险", "一级风险",
                 "项目一律进场交易，过问插手登记报告。"),
                ("健康扶贫", "大病救治对象认定中优亲厚友", "思想道德风险", "二级风险", "救治对象村、镇两级公示。"),
            ]),
        ]),
        ("二、规划财务股", "规划财务股", [
            ("股长", "乜岍珲", "middle", [
                ("专项资金管理", "基本公共卫生服务补助资金分配不按考核结果拨付", "业务流程风险", "一级风险",
                 "资金按绩效考核结果分配，分配结果公开。"),
                ("国有资产管理", "医疗设备调拨、报废不按规定审批", "制度机制风险", "二级风险", "资产处置集体研究，报财政部门备案。"),
            ]),
            ("会计", "谯璆汭", "general", [
                ("经费报销", "差旅、培训费用报销审核不严", "岗位职责风险", "三级风险", "报销单据逐张审核，超标准不予报销。"),
            ]),
        ]),
        ("三、医政医管股", "医政医管股", [
            ("股长", "隗瑨沣", "middle", [
                ("医疗机构校验", "诊所、民营医院校验走过场，为不达标机构通过校验", "岗位职责风险", "一级风险",
                 "校验现场核查两人以上，结果公示。"),
                ("医疗纠纷处理", "医疗纠纷调处中偏袒一方、收受好处", "外部环境风险", "二级风险", "引入人民调解，调处过程留痕。"),
            ]),
        ]),
        ("四、基层卫生股", "基层卫生股", [
            ("股长", "酆沨璟", "middle", [
                ("乡村医生管理", "乡村医生补助核发中虚报人数", "业务流程风险", "二级风险", "补助名单镇、村公示，按人头直发。"),
                ("家庭医生签约考核", "签约服务考核打分不实，照顾关系人", "思想道德风险", "三级风险", "考核随机抽取对象电话回访。"),
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
        "ziyang_health_bureau_duty_list", "http://zgkjsz.com/page/2021/0910/21732268.shtml",
        "县卫生健康局 廉政风险防控责任清单 under GROUP ROWS ``一、局领导`` … ``四、基层卫生股`` merged across (no 股室 "
        "column), after the source's article on 健康扶贫 (精准扶贫, 大病 救治, 医疗 保障, 县域 卫生 投入): a title, then 序号/岗位 "
        "and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def ziyang_peoples_hospital_two_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 9, 9, 22, 38, 9, 32])
    _line(lead, f"{unit}院领导廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("郄珝澂", "院长", "主持全面工作，分管人事、财务", [
            ("大型医疗设备购置不经院务会集体研究", "一级", "设备购置经论证、院务会研究，按政府采购程序实施。"),
            ("重点专科建设资金安排个人说了算", "一级", "专科建设资金使用方案集体研究，按季度公开。"),
        ]),
        ("阚溱璘", "副院长", "分管医疗、药事", [
            ("新药、新耗材引进中接受医药代表好处", "一级", "引进经药事委员会集体评审，评审过程留痕。"),
            ("医疗纠纷赔付审批把关不严", "二级", "赔付方案经医疗安全委员会研究。"),
        ]),
        ("璩岚淏", "副院长", "分管后勤、基建", [
            ("后勤服务外包选定承包单位不公开", "二级", "外包项目公开比选，合同法务审核。"),
            ("零星维修工程结算审核不严", "三级", "维修工程量现场核实，结算送审。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, [], GRADES[lv])
    _per_person(lead, first, None, 1, 2, 3)
    lead.add("制表：", None, "审核：", None, None, DATE, None)
    staff = _Sheet("职能科室", [6, 14, 10, 9, 38, 9, 32])
    _line(staff, f"{unit}职能科室廉政风险防控表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("医务科", "科长", "邗瑀澜", "middle", [
            ("医师定期考核、评优推荐中优亲厚友", "二级", "考核结果和推荐名单全院公示。"),
            ("统计医生处方量提供给医药代表", "一级", "处方数据查询权限分级，查询留痕。"),
        ]),
        ("设备科", "科长", "冼珩沚", "middle", [
            ("医疗设备验收不按合同核对参数", "一级", "验收小组三人以上，使用科室共同签字。"),
        ]),
        ("设备科", "采购员", "蒉澍琦", "general", [
            ("低值耗材采购不询价，指定供应商", "二级", "三家以上询价，采购与验收分离。"),
        ]),
        ("财务科", "出纳", "逄漪珣", "general", [
            ("住院押金退付不及时，坐支现金", "二级", "押金退付系统留痕，现金日清月结。"),
            ("收费票据领用核销不严", "三级", "票据专人领用核销，作废票全联留存。"),
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
        "ziyang_peoples_hospital_two_sheets", "https://chaoshi.m.zjtcn.com/classifydetails/1936256.html",
        "县人民医院 file in two sheets after the source's 县人民医院 report on its 重点专科 (临床医技科, 行政后勤科室, 二甲 standards, "
        "医学人才 and 医技设备 引进): ``院领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级/防控措施) "
        "and ``职能科室`` (a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险等级/防控措施); "
        "``一级/二级/三级``; no type column; a 制表/审核/date line under each",
        [lead, staff], t,
    )  # fmt: skip


def ziyang_tcm_hospital_list() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("一览表", [6, 11, 9, 9, 18, 34, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：{DATE}", 9)
    sh.add(
        "序号", "科室", "姓名", "职务", "廉政风险点", "风险描述", "风险类型", "风险等级", "防控措施"
    )
    rows = [
        ("院领导", "汲翀瑗", "院长", "leader", [
            ("整体搬迁工程管理", "新院区搬迁和装修工程不经集体研究，向关系人倾斜", "制度机制", "高",
             "工程项目经院务会研究，进场公开交易。"),
            ("编制床位调整", "床位和科室设置调整中照顾关系人", "思想道德", "中", "调整方案经院务会研究并公示。"),
        ]),
        ("院领导", "甘沄瑢", "副院长", "leader", [
            ("中医适宜技术推广", "推广项目经费安排不公开，虚列培训支出", "业务流程", "中", "项目经费专账核算，培训签到存档。"),
        ]),
        ("药剂科", "戎澧瑛", "科主任", "middle", [
            ("中药饮片采购", "中药饮片采购指定供应商、收受回扣", "外部环境", "高", "饮片按县集中采购结果采购，采购与验收分离。"),
            ("中药饮片验收", "饮片验收不严，以次充好", "岗位职责", "中", "验收双人签字，留样备查。"),
        ]),
        ("药剂科", "鞠滢珺", "药剂员", "general", [
            ("煎药计费", "代煎中药多收煎药费", "岗位职责", "低", "煎药收费标准公示，系统计费。"),
        ]),
        ("设备科", "靳琰沭", "科长", "middle", [
            ("医疗设备维保", "维保合同续签不比价，虚报维修配件", "业务流程", "中", "维保单位比选，更换配件旧件回收。"),
        ]),
        ("医务科", "宓泓瑄", "科长", "middle", [
            ("处方点评", "处方点评走过场，对不合理用药不处理", "岗位职责", "高", "处方点评结果每月通报，纳入绩效。"),
            ("进修推荐", "外出进修人选推荐不公", "制度机制", "低", "推荐条件和名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, who, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, who, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, None, None, DATE, None)
    return _layout(
        "ziyang_tcm_hospital_list",
        "http://www.zhushan.gov.cn/xxgkxi/bmxzdh/ggqsydwxx/wsjk/202412/t20241202_4651587.shtml",
        "县中医医院 岗位廉政风险防控一览表 after the source's page on a 县中医医院 (二级甲等, 整体搬迁, 编制床位, 中药煎药机, 600 "
        "pieces of 设备): a title, a merged ``填报单位：…　填报时间：2025年10月`` line, then 序号/``科室`` merged (院领导, 药剂科, "
        "设备科, 医务科)/``姓名`` BEFORE ``职务``, both merged per person/a short ``廉政风险点``/a long ``风险描述``/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def ziyang_haoping_health_center_cards() -> dict:
    unit = f"{PLACE}蒿坪镇中心卫生院"
    t = _Truth(unit)
    cards = [
        ("院长", "昝岫璠", "", "leader", "主持卫生院全面工作，负责财务、人事和药品采购", [
            ("基本药物采购中指定配送企业", "★★★", "药品一律从省级平台采购，配送企业按县统一结果确定。"),
            ("绩效工资分配不经职工代表讨论", "★★", "分配方案职工大会通过，结果公示。"),
            ("发热门诊改造工程化整为零", "★★★", "工程按限额标准采购，结算送审。"),
        ]),
        ("副院长", "禤瀛琚", "", "leader", "分管基本公共卫生服务、家庭医生签约和预检分诊", [
            ("公共卫生服务数据造假，套取补助资金", "★★★", "服务数据随机电话回访，每季度核查。"),
            ("家庭医生签约虚签、代签", "★★", "签约协议本人签字，抽查回访。"),
        ]),
        ("收费员", "訾潆琤", "", "general", "负责门诊和住院收费、医保结算", [
            ("收费不开票据，截留现金", "★★", "收费系统出票，每日对账交款。"),
            ("医保结算中虚记诊疗项目", "★", "结算清单患者签字，医保系统比对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 32])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 4)
        sh.add("持卡人（签字）：", None, "院长（签字）：", None)
        sheets.append(sh)
    return _layout(
        "ziyang_haoping_health_center_cards", "http://www.victorzhang.cn/page/2020/0924/17795265.shtml",
        "镇中心卫生院 岗位廉政风险防控卡, one sheet a holder (tabs 院长, 副院长, 收费员), after the source's paper on "
        "基层卫生机构 in 疫情联防联控 (发热患者排查, 预检分诊, 家庭医生): a title, ``姓　名 | … | 职　务 | …``, a merged "
        "``岗位职责：…`` line, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column, no 科室 field; a merged ``注：`` "
        "line on the stars and ``持卡人（签字）： | 院长（签字）：``",
        sheets, t,
    )  # fmt: skip


def ziyang_huangu_health_center_selfchecks() -> dict:
    unit = f"{PLACE}焕古镇卫生院"
    t = _Truth(unit)
    people = [
        ("鄂翯璠", "院领导", "副院长", "leader", [
            ("分管医疗、药房和医保", [
                ("医保住院病人挂床、虚记费用", "制度机制", "Ⅰ级", "住院病人每日查房登记，医保费用月审。", "已落实"),
                ("药品报损、退货不按规定审批", "岗位职责", "Ⅲ级", "报损退货经院务会审批，记录存档。", "已落实"),
            ]),
        ]),
        ("暴沅琇", "药房", "药房主任", "middle", [
            ("负责药品采购计划、验收和出入库", [
                ("药品验收不严，收受配送企业好处", "外部环境", "Ⅰ级", "验收双人签字，签订廉洁购销协议。", "已落实"),
                ("药品出入库账实不符", "业务流程", "Ⅱ级", "每月盘点，账物核对。", "正在整改"),
            ]),
        ]),
        ("晏澔珲", "办公室", "报账员", "general", [
            ("负责经费报账和台账登记", [
                ("报账票据审核不严，虚列支出", "岗位职责", "Ⅱ级", "报账单据经手人、证明人、审批人三签。", "已落实"),
                ("利用报账便利挪用公款", "思想道德", "Ⅲ级", "报账资金公务卡结算，每月对账。", "已落实"),
            ]),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, duties in people:
        sh = _Sheet(who, [6, 20, 34, 10, 9, 30, 10])
        _line(sh, f"{unit}岗位廉政风险自查表", 7)
        r = sh.add(f"姓{GAP}名", who, None, f"职{GAP}务", post, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        r = sh.add("所在科室", dept, None, "填表时间", DATE, None, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 6)
        sh.add("序号", "工作职责", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        first = len(sh.rows)
        n = 0
        for duty, points in duties:
            for point, typ, lv, measures, state in points:
                n += 1
                sh.add(n, duty, point, typ, lv, measures, state)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        _per_person(sh, first, None, 1)
        sh.add()
        sh.add("本人签名：", None, None, "院长审核：", None, None, None)
        sheets.append(sh)
    return _layout(
        "ziyang_huangu_health_center_selfchecks",
        "https://www.zhetiaohe.com/ss/2e716aa2e98d169e5abb3e4afc6bcc17f2fc5cb660ac342f.html",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's page asking what grade a "
        "镇级医院 is: a title, the pairs ``姓　名 | … | 职　务 | …`` over ``所在科室 | … | 填表时间 | …``, then 序号/``工作职责`` "
        "merged over its points/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; a blank row and "
        "``本人签名： | 院长审核：``",
        sheets, t,
    )  # fmt: skip


def ziyang_donghe_health_center_posts() -> dict:
    unit = f"{PLACE}洞河镇卫生院"
    sh = _Sheet("排查表", [6, 12, 11, 16, 36, 10, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "leader", [
            ("大额支出", "卫生院大额经费支出不经院务会研究", "制度机制", "高风险", "大额支出院务会研究，按月公示。"),
            ("人员聘用", "编外人员聘用不公开，优亲厚友", "思想道德", "中风险", "招聘公告、考核和结果全程公开。"),
        ]),
        ("公共卫生科", "科长", "middle", [
            ("项目资金", "基本公共卫生项目资金拨付村卫生室不按考核结果", "业务流程", "高风险", "按考核结果拨付，拨付清单公示。"),
            ("健康档案", "健康档案虚建、重复建档", "岗位职责", "中风险", "档案随机抽查复核，责任到人。"),
        ]),
        ("公共卫生科", "防保员", "general", [
            ("预防接种", "接种第二类疫苗私收费用", "外部环境", "中风险", "接种收费公示，系统开票。"),
        ]),
        ("药房", "药房调剂员", "general", [
            ("药品调剂", "调剂中以药换药、私售药品", "岗位职责", "低风险", "处方与发药记录每日核对。"),
        ]),
        ("收费室", "收费员", "general", [
            ("门诊收费", "门诊收费不开票、截留现金", "业务流程", "高风险", "收费系统出票，日清日结。"),
            ("退费管理", "退费不经审批，虚退套现", "制度机制", "低风险", "退费凭证经科室和院长签字。"),
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
        "ziyang_donghe_health_center_posts", "https://m.jqkq.cn/bdvzgjztfbdvghar",
        "镇卫生院 岗位廉政风险点排查表 对岗不对人, after the source's page on the 国家卫生乡镇标准: a title, 序号/科室 merged/岗位 "
        "merged per post/a short 风险点/a long ``风险表现``/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; "
        "no names; an ``编制： | 审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def ziyang_hongchun_health_center_every_row() -> dict:
    unit = f"{PLACE}红椿镇卫生院"
    sh = _Sheet("一览表", [6, 10, 12, 9, 10, 38, 9, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：{DATE}", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险类型", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "郗翾湲", "leader", "制度机制", "药械采购计划不经院务会研究", "Ⅰ", "采购计划院务会研究，按月公示。"),
        ("院领导", "院长", "郗翾湲", "leader", "外部环境", "接受医疗器械供应商宴请、礼金", "Ⅱ", "签订廉洁购销协议，拒收登记。"),
        ("预防保健科", "科长", "芮澴琨", "middle", "业务流程", "儿童保健、孕产妇管理数据虚报", "Ⅱ", "数据抽查回访，与系统核对。"),
        ("药械室", "采购员", "阙漷璇", "general", "岗位职责", "药械采购不按平台价格执行", "Ⅰ", "平台采购，价格每月比对。"),
        ("药械室", "采购员", "阙漷璇", "general", "思想道德", "采购中收受供应商回扣", "Ⅱ", "签订廉洁承诺，定期轮岗。"),
        ("财务科", "会计", "瞿湜珮", "general", "岗位职责", "财务审核不严，虚列支出", "Ⅱ", "支出凭证三级审核。"),
        ("财务科", "会计", "瞿湜珮", "general", "制度机制", "医疗收入不及时入账", "Ⅲ", "收入日清月结，每月对账。"),
        ("办公室", "办公室主任", "濮岖瑛", "middle", "业务流程", "公务接待超标准、无公函接待", "Ⅲ", "接待事前审批，清单按月公示。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, typ, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, typ, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高，Ⅱ为中，Ⅲ为低。", 8)
    sh.add("填表人：", None, None, "审核人：", None, DATE, None, None)
    return _layout(
        "ziyang_hongchun_health_center_every_row",
        "https://cont.jd.com/mhospital/department/15010077404-7300127",
        "镇卫生院 岗位廉政风险防控一览表, after the source's page on a small county hospital's 科室 (药械室, 预防保健科, 办公室, "
        "财务科): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, then 序号/科室/岗位/姓名 written "
        "out on EVERY row (nothing merged)/风险类型 (short names) BEFORE the 廉政风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a "
        "``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ziyang_cdc_level_codes_in_dropdown_prompt(),
    ziyang_health_bureau_duty_list(),
    ziyang_peoples_hospital_two_sheets(),
    ziyang_tcm_hospital_list(),
    ziyang_haoping_health_center_cards(),
    ziyang_huangu_health_center_selfchecks(),
    ziyang_donghe_health_center_posts(),
    ziyang_hongchun_health_center_every_row(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch412-inbox"))
