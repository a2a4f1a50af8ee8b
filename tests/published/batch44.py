"""A forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY TABLES AS FILES REALLY ARRIVE at a coordinator —
the plain 一览表, 排查表 and 防控表 of county and city bodies that no earlier batch met (图书馆,
就业服务中心, 环境卫生管理所, 乡村振兴局, 热力公司, 公证处, 园林管理局, 体育运动管理中心, 市场开发服务
中心), typed the way staff type in Excel or WPS: merged cells, text wrapped with Alt+Enter, blank
spacer rows, a 填报单位/填报日期 line, a 备注 column, a 合计 line, the odd typo in a heading
(``性名``, ``风险登记``, ``防空措施``, ``廉正风险点`` — what a pinyin input method offers first) —
and four of them also kept as LibreOffice re-saves, ``.xls`` AND ``.ods``
(``resaved/b44_<name>.xls``/``.ods``, see make_resaved.py):

- a 县图书馆 一览表 (re-saved): 部门 merged, 岗位/姓名 merged per person under a heading typed
  ``性名``, a blank row between the 部门, a 备注 column, a 填报单位/填报日期 line, a 合计 sentence
  and a sign-off line;
- a 县就业服务中心 排查表 whose headings are wrapped (``风险\\n类别``) and whose level heading is
  typed ``风险\\n登记``; a 合计 row counting the points and the levels;
- a 县环境卫生管理所 排查表 (re-saved) with its 所领导 among the 股室, a measures heading typed
  ``防空措施``, a 备注 column, the 单位/填报时间 typed in one merged cell;
- a 县乡村振兴局 一览表 对岗不对人 with the 责任股室 and 责任岗位 trailing, 业务事项 merged,
  一级/二级/三级, a 填报 line whose date was never filled in, a 备注 column;
- a 市热力有限公司 一览表 with the risk heading typed ``廉正风险点``, a level merged over two
  points of one person, a real date beside 填报日期, a closing ``以上共计`` line;
- a 县公证处 排查表 (re-saved) with no 科室 column, a 岗位职责 column merged per person and the
  column numbers ``1``…``7`` typed in the row under the header, as printed forms have them;
- a 市体育运动管理中心 一览表 with a two-row header (``廉政风险`` over ``风险点 | 风险等级``), a
  risk cell of two numbered items, a 合计 row;
- a 县市场开发服务中心 排查表 (re-saved) with the 股室 typed on every row (not merged), levels
  ``高风险``/``中风险``/``低风险``, a 风险类别 column and a 完成时限 column.

One is harder:

- ``garden_bureau_chushi_sheets``: a 市园林管理局 workbook as the 党群工作处 sends it on: an 汇总 sheet
  in front counting each 处室's posts and points by level (with a 合计 row), then one sheet per
  处室 (``办公室``, ``财务审计处``, ``风景园林处``) whose title names the 处室 after the 局, each typed by
  a different hand (one with a 填报日期 line, one with a 合计 row, one with blank rows and a 备注).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a case file on 图书馆 graft, the
rules for 就业补贴 projects, a 环卫队 清廉建设 plan, a county's 涉农资金 rules, a 供热 group's visit to
its 调度室 and 收费大厅, a 公证处's 审批 and 核查, a 园林管理局's 处室 and duties, a 体育局's check of
its 场馆, an audit office's survey of 农贸市场 摊位出租) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch44`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a heading with a typo is the heading meant: ``性名`` is 姓名, ``风险登记`` 风险等级, ``防空措施``
  防控措施, ``廉正风险点`` 廉政风险点;
- blank spacer rows, a 合计 row or sentence (counts, no risk), ``以上共计…``, the column-number row
  under a header, an 汇总 sheet of counts, 备注 text and 完成时限 are no points;
- a level merged over two points gives both that level;
- a risk cell of two numbered items (Alt+Enter) is ONE point, the cell's whole text;
- the 所领导 typed in the 股室 column is that post's 科室 as written (a leader's 科室 is not
  compared, even with --strict);
- a title naming a 处室 after the 局 (``XX市园林管理局财务审计处…``) gives the 处室, the tab too;
- ``高风险``/``中风险``/``低风险`` are 高/中/低; ``一级``/``二级``/``三级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``write_xlsx`` here, for the real dates
and row heights), copies the re-saved copies ``resaved/b44_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlsxwriter

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b44_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
WORDED = {"高风险": 1, "中风险": 2, "低风险": 3}
TYPOS = {
    "性名": "姓名",
    "风险\n登记": "风险等级",
    "防空措施": "防控措施",
    "廉正风险点": "廉政风险点",
}
TIER = {"主任": "middle", "股长": "middle", "科长": "middle", "队长": "middle", "站长": "middle",
        "处长": "middle", "副处长": "middle", "调度主任": "middle", "班长": "middle",
        "所长": "leader", "副主任": "leader"}  # fmt: skip


def _tier(post: str, tiers: dict | None = None) -> str:
    return (tiers or TIER).get(post, "general")


def _merge_runs(sh: _Sheet, first: int, last: int, col: int, key) -> None:
    """Merge ``col`` over each run of rows ``first``..``last`` with the same ``key(row)``."""
    r = first
    while r <= last:
        e = r
        while e < last and key(e + 1) == key(r):
            e += 1
        if e > r:
            for k in range(r + 1, e + 1):
                sh.rows[k][col] = None
            sh.merges.append((r, col, e, col))
        r = e + 1


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _extras(sh: _Sheet, **kw) -> dict:
    """The sheet's data plus this batch's file-level extras (see ``write_xlsx``)."""
    return {**sh.data(), **kw}


def _finish(name, source, what, sheets, truth) -> dict:
    """``layouts._layout`` for sheets given as dicts (with extras) or as ``_Sheet``s."""
    lay = _layout(name, source, what, [], truth)
    lay["sheets"] = [s if isinstance(s, dict) else s.data() for s in sheets]
    return lay


def _people(sh: _Sheet, groups, t: _Truth, cols: dict, spacer: bool = False, ncols: int = 0):
    """Rows of ``groups`` [(dept, [(post, who, point, level, extra...)...])] built by ``cols(...)``;
    the 科室 merged over its rows, 岗位 and 姓名 merged per person, a blank row between groups when
    ``spacer``. ``cols`` maps "row" to a function making the row from (n, dept, item) and "truth" to
    one making t.point's (post, who, point, types, level)."""
    n = 0
    for g, (dept, items) in enumerate(groups):
        if spacer and g:
            sh.add(*([None] * ncols))
        first = len(sh.rows)
        for item in items:
            n += 1
            sh.add(*cols["row"](n, dept, item))
            post, who, point, types, level = cols["truth"](item)
            t.point(sh.name, dept, post, who, _tier(post), point, types, level)
        last = len(sh.rows) - 1
        for c in cols.get("merge", ()):
            _merge_runs(sh, first, last, c, lambda k, c=c, f=first: _key(sh, f, k, cols["person"]))
        if "dept" in cols:
            _merge_runs(sh, first, last, cols["dept"], lambda k: 0)
    return n


def _key(sh: _Sheet, first: int, k: int, cols: tuple) -> tuple:
    """Who row ``k`` belongs to: the values of ``cols`` there or, merged away, above it."""
    out = []
    for c in cols:
        j = k
        while j > first and sh.rows[j][c] is None:
            j -= 1
        out.append(sh.rows[j][c])
    return tuple(out)


def _holder(sh: _Sheet, first: int, k: int, col: int) -> tuple:
    """``_key`` on the name column ``col``; a blank row belongs to nobody (never merged)."""
    if all(v is None for v in sh.rows[k]):
        return ("", k)
    return _key(sh, first, k, (col,))


# --------------------------------------------------------------------------- harder layout


def garden_bureau_chushi_sheets() -> dict:
    unit = "XX市园林管理局"
    t = _Truth(unit)
    chushi = [
        ("办公室", "2024年4月15日", [
            ("主任", "柴文军", "公务接待超标准、超范围,虚列接待费用", "中", "接待执行公函、审批单、清单“三单”制度。"),
            ("主任", "柴文军", "公务车辆维修、加油审核不严,公车私用", "中", "车辆维修定点、加油卡一车一卡,每月公示。"),
            ("文秘", "盛洁", "泄露尚未公开的绿化项目规划信息", "低", "涉密文件专柜保管,借阅登记。"),
        ]),
        ("财务审计处", None, [
            ("处长", "杭立群", "绿地养护招标经费拨付不按合同约定和考核结果", "高",
             "养护经费按季度考核结果拨付,处务会集体审核。"),
            ("处长", "杭立群", "古树名木保护经费挤占挪用", "高", "专项经费专账核算,年度审计。"),
            ("会计", "乔慧", "非税收入未及时足额上缴,坐收坐支", "中", "非税收入票据统一领用,收入当日缴库。"),
        ]),
        ("风景园林处", None, [
            ("处长", "晏明辉", "公园经营服务项目承包不公开招租,向关系人输送利益", "高",
             "经营项目公开招租,合同报局党组审定。"),
            ("科员", "苗宇", "绿化工程施工现场监督不到位,对偷工减料不制止", "中",
             "施工现场巡查日志,隐蔽工程拍照留存。"),
            ("科员", "苗宇", "临时占用绿地审核中收受申请单位好处", "中", "占绿审核两人办理,结果网上公开。"),
        ]),
    ]  # fmt: skip

    summary = _Sheet("汇总", [6, 14, 8, 10, 6, 6, 6, 16])
    _line(summary, f"{unit}岗位廉政风险点汇总表", 8)
    summary.add("序号", "处室", "岗位数", "风险点数", "高", "中", "低", "备注")
    totals = [0] * 5
    for n, (dept, _date, items) in enumerate(chushi, 1):
        posts = len({(post, who) for post, who, *_ in items})
        levels = [sum(1 for item in items if item[3] == lv) for lv in HML]
        row = [posts, len(items), *levels]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        summary.add(n, dept, *row, None)
    r = summary.add("合计", None, *totals, None)
    summary.merge(r, 0, r, 1)
    summary.add()
    summary.add("报送:党群工作处", None, None, None, None, "2024年4月", None, None)
    sheets = [summary]

    for dept, date, items in chushi:
        sh = _Sheet(dept, [6, 10, 9, 36, 9, 32, 12])
        head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
        if dept == "风景园林处":
            head.append("备注")
        width = len(head)
        _line(sh, f"{unit}{dept}岗位廉政风险排查表", width)
        if date:
            r = sh.add(f"填报处室:{dept}", None, None, f"填报日期:{date}", *([None] * (width - 4)))
            sh.merge(r, 0, r, 2)
            sh.merge(r, 3, r, width - 1)
        sh.add(*head)
        first = len(sh.rows)
        for n, (post, who, point, lv, measures) in enumerate(items, 1):
            if dept == "风景园林处" and n > 1 and who != items[n - 2][1]:
                sh.add(*([None] * width))  # a blank row between people
            row = [n, post, who, point, lv, measures]
            if dept == "风景园林处":
                row.append("承包合同2024年到期" if n == 1 else None)
            sh.add(*row)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        last = len(sh.rows) - 1
        for c in (1, 2):  # per person; a blank row is nobody's
            _merge_runs(sh, first, last, c, lambda k, s=sh, f=first: _holder(s, f, k, 2))
        if dept == "财务审计处":
            r = sh.add("合计", None, None, f"{len(items)}个", None, None)
            sh.merge(r, 0, r, 2)
        sh.add()
        sh.add("处室负责人:", None, None, "分管领导:", None, *([None] * (width - 5)))
        sheets.append(sh)
    return _finish(
        "garden_bureau_chushi_sheets", "https://o15.net/525069319342659165.html",
        "(harder) 市园林管理局 workbook after the source's account of a 园林管理局's six 处室 (办公室: 接待, 车辆; "
        "财务审计处: 古树名木保护经费, 绿地养护招标经费, 非税收入, 经营承包; 风景园林处): an ``汇总`` sheet in front "
        "counting each 处室's 岗位数/风险点数/高/中/低 with a 合计 row and a 报送 line, then one sheet per 处室 (tab "
        "``办公室``, ``财务审计处``, ``风景园林处``) whose title names the 处室 after the 局, 序号/岗位/姓名 merged per "
        "person/风险点/风险等级 高/中/低/防控措施, each typed by another hand: 办公室 with a 填报处室/填报日期 line, "
        "财务审计处 with a 合计 row (``3个``), 风景园林处 with a blank row between people and a 备注 column; "
        "处室负责人/分管领导 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def library_spacer_rows() -> dict:
    unit = "XX县图书馆"
    sh = _Sheet("Sheet1", [6, 12, 12, 9, 36, 9, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位:{unit}", None, None, None, None, "填报日期:2024年4月12日", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "性名", "廉政风险点", "风险等级", "防控措施", "备注")
    groups = [
        ("办公室", [
            ("主任", "钱玉兰", "老馆场地出租收入未及时上缴,设账外账", "高",
             "1.场地出租合同报馆务会研究;\n2.租金直接缴入财政专户。", "兼管财务"),
            ("主任", "钱玉兰", "公务接待、会议费用超标准列支", "中", "接待、会议费用按标准审核,每季度公开。", None),
        ]),
        ("采编部", [
            ("主任", "韦国明", "图书采购时让书商虚开发票、虚增购书码洋", "高",
             "1.购书发票与到馆清单逐本核对;\n2.财务按清单付款。", "重点岗位"),
            ("主任", "韦国明", "馆配商遴选设置倾向性条件,收受书商回扣", "高", "馆配商政府采购公开招标,纪检人员监督。",
             "重点岗位"),
            ("采编员", "何晓芳", "新书验收不清点,册数与发票不符仍签收", "中", "验收两人清点签字,验收单归档。", None),
        ]),
        ("流通部", [
            ("借阅管理员", "邵丽", "读者证押金、超期滞纳金收取不开票、不入账", "中", "收费统一开具票据,每日交财务。",
             None),
        ]),
        ("数字资源部", [
            ("主任", "孙建", "数字资源库续订不比价,指定供应商", "中", "续订前三家比价,馆务会研究。", "2023年新增"),
        ]),
        ("基层辅导部", [
            ("辅导员", "汪小燕", "分馆、农家书屋配书和星级书屋奖励物品发放中截留", "低",
             "配书、奖励物品发放清单由接收单位签收并公示。", None),
        ]),
    ]  # fmt: skip
    cols = {
        "row": lambda n, dept, it: [n, dept, it[0], it[1], it[2], it[3], it[4], it[5]],
        "truth": lambda it: (it[0], it[1], it[2], [], HML[it[3]]),
        "merge": (2, 3),
        "person": (3,),
        "dept": 1,
    }
    _people(sh, groups, t, cols, spacer=True, ncols=8)
    _line(sh, "合计:共8个风险点,其中高风险3个、中风险4个、低风险1个。", 8)
    sh.add("填表人:", None, "审核人:", None, None, "馆长签字:", None, None)
    return _finish(
        "library_spacer_rows", "http://jj.gdcp.cn/DocHtml/1504/2020/5/11/4562833452414.html",
        "县图书馆 岗位廉政风险点一览表 after the source's case file on graft in 图书馆 (购书款虚开发票, 老馆场地出租, "
        "书商回扣, 星级书屋奖励物品截留): 填报单位/填报日期 line; 序号/部门 merged/岗位 and a name column headed "
        "``性名`` (typo) merged per person/廉政风险点/风险等级 高/中/低/防控措施 (Alt+Enter items)/备注; a blank row "
        "between the 部门; a 合计 sentence merged across; 填表人/审核人/馆长签字 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def employment_wrapped_heads() -> dict:
    unit = "XX县就业服务中心"
    sh = _Sheet("排查表", [6, 12, 9, 9, 36, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    r = sh.add(f"填报单位(盖章):{unit}", None, None, None, None, "填报日期:2024.3.15", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险\n类别", "风险\n登记", "防控措施")
    groups = [
        ("就业促进股", [
            ("股长", "汤伟", "社保补贴、岗位补贴申报材料审核把关不严,为不符合条件的单位拨付补贴", "岗位职责", "高",
             "补贴申报材料两人交叉审核,拨付名单公示。"),
            ("股长", "汤伟", "公益性岗位安置优亲厚友,虚设岗位冒领补贴", "思想道德", "高",
             "公益性岗位人员名单公示,每季度实地核查在岗情况。"),
            ("经办员", "吕婷", "补贴对象信息录入不核实,重复申领", "业务流程", "中", "系统比对社保、工商数据,查重后拨付。"),
        ]),
        ("创业服务股", [
            ("股长", "华振东", "创业担保贷款贴息对象审核不严,为关系人违规贴息", "外部环境", "高",
             "贴息名单与经办银行核对,股室集体研究。"),
            ("经办员", "卜佳", "一次性创业补贴发放前未公示", "制度机制", "低", "补贴发放前公示五个工作日。"),
        ]),
        ("职业培训股", [
            ("股长", "柯志刚", "职业技能培训补贴按虚报学员人数拨付", "岗位职责", "高",
             "培训全程视频考勤,补贴按考核合格人数拨付。"),
            ("股长", "柯志刚", "定点培训机构认定暗箱操作", "外部环境", "中", "定点机构认定条件和结果公开。"),
        ]),
    ]  # fmt: skip
    cols = {
        "row": lambda n, dept, it: [n, dept, it[0], it[1], it[2], it[3], it[4], it[5]],
        "truth": lambda it: (it[0], it[1], it[2], types_in(it[3]), HML[it[4]]),
        "merge": (2, 3),
        "person": (3,),
        "dept": 1,
    }
    n = _people(sh, groups, t, cols)
    r = sh.add("合计", None, None, None, f"风险点{n}个", None, "高4个\n中2个\n低1个", None)
    sh.merge(r, 0, r, 3)
    sh.add()
    sh.add("填表人:", None, "联系电话:", None, "中心主任签字:", None, None, None)
    return _finish(
        "employment_wrapped_heads", "https://shehui.sanyau.edu.cn/2023/0308/c89a20786/pagem.htm",
        "县就业服务中心 廉政风险点排查表 after the source's rules for 就业补贴(补助) projects (对个人和单位的补贴, 受理、"
        "审核、审批、支付, 申报材料真实性): 填报单位(盖章)/填报日期 ``2024.3.15`` line; headings wrapped with Alt+Enter "
        "(``风险\\n类别``) and the level heading typed ``风险\\n登记``; 股室 merged, 岗位/责任人 merged per person, "
        "types without 风险, 高/中/低; a 合计 row (``风险点7个``, ``高4个\\n中2个\\n低1个``); 填表人 line",
        [sh], t,
    )  # fmt: skip


def sanitation_typo_measures() -> dict:
    unit = "XX县环境卫生管理所"
    sh = _Sheet("环卫所", [6, 12, 10, 9, 36, 10, 9, 32, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    _line(sh, f"单位(盖章):{unit}                              填报时间:2024年5月", 9)
    sh.add("序号", "股室(队)", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防空措施", "备注")
    groups = [
        ("所领导", [
            ("所长", "葛建军", "环卫作业市场化外包项目未经集体研究,指定承包企业", "制度机制", "高",
             "外包项目经所务会研究,公开招标。", "外包2023年起实施"),
        ]),
        ("办公室", [
            ("主任", "秦雪", "环卫车辆维修、燃油费用审核不严", "岗位职责", "中", "车辆维修定点,燃油按里程核定。", None),
            ("物资保管员", "车明", "环卫工具、劳保用品入库不清点,以次充好", "业务流程", "中", "入库两人验收,每季度盘点。",
             None),
        ]),
        ("清扫保洁队", [
            ("队长", "岳海", "对外包企业作业质量考核打分不公,收受好处", "外部环境", "高",
             "考核实行交叉检查,结果公示。", None),
            ("队长", "岳海", "环卫工人考勤虚报,冒领工资", "制度机制", "中", "人脸识别考勤,工资直接发放到卡。", None),
        ]),
        ("垃圾清运队", [
            ("队长", "殷涛", "垃圾清运车辆加油卡私用", "思想道德", "低", "加油卡一车一卡,油耗按月分析。", None),
        ]),
        ("公厕管理站", [
            ("站长", "仇丽萍", "公厕保洁外包费用按虚报座数结算", "岗位职责", "中", "结算前实地核对公厕座数。", None),
        ]),
    ]  # fmt: skip
    cols = {
        "row": lambda n, dept, it: [n, dept, it[0], it[1], it[2], it[3], it[4], it[5], it[6]],
        "truth": lambda it: (it[0], it[1], it[2], types_in(it[3]), HML[it[4]]),
        "merge": (2, 3),
        "person": (3,),
        "dept": 1,
    }
    _people(sh, groups, t, cols)
    _line(sh, "注:风险等级按高、中、低填写。", 9)
    sh.add("所长签字:", None, None, "填表人:", None, None, None, None, None)
    return _finish(
        "sanitation_typo_measures", "https://www.renrendoc.com/paper/508534910.html",
        "县环境卫生管理所 岗位廉政风险排查表 after the source's 环卫队 清廉建设 plan (采购流程不规范, 资金使用监管缺失, "
        "考核评价机制不科学, 市场化改革带来的风险): 单位(盖章) and 填报时间 typed in ONE merged cell with spaces; "
        "股室(队) merged (所领导, 办公室, 清扫保洁队, 垃圾清运队, 公厕管理站)/岗位/姓名 merged per person/风险点/风险类型 "
        "(types without 风险)/风险等级 高/中/低/a measures heading typed ``防空措施``/备注; 注 line; 所长签字 line; "
        "re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def revitalization_trailing_posts() -> dict:
    unit = "XX县乡村振兴局"
    sh = _Sheet("一览表", [6, 12, 34, 8, 32, 10, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add(f"填报单位:{unit}", None, None, None, None, "填报时间:    年  月  日", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "业务事项", "廉政风险点", "风险等级", "防控措施", "责任股室", "责任岗位", "备注")
    rows = [
        ("项目库建设", "入库项目论证走过场,人情项目入库", "二级", "项目入库经股室初审、局务会研究并公示。",
         "规划股", "股长", None),
        ("项目库建设", "项目申报资料审核不严,虚报项目", "三级", "申报资料实地核验,审核意见留痕。",
         "规划股", "项目专干", None),
        ("资金拨付", "未按项目进度和报账资料拨付衔接资金", "一级", "报账实行股室审核、财务复核、分管领导审批。",
         "财务股", "会计", "重点"),
        ("资金拨付", "小额信贷贴息对象审核不严,违规贴息", "二级", "贴息名单与银行放贷数据核对并公示。",
         "开发指导股", "股长", None),
        ("项目验收", "验收走过场,工程量不实仍出具合格意见", "一级", "验收组现场测量,乡镇、村代表参加。",
         "开发指导股", "股长", "重点"),
        ("公告公示", "项目和资金安排不按规定公告公示", "三级", "公告公示照片存档,纪检组抽查。",
         "综合股", "信息员", None),
        ("绩效评价", "绩效自评数据弄虚作假", "二级", "自评数据与项目档案比对,第三方复核。",
         "规划股", "股长", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (item, point, lv, measures, dept, post, note) in enumerate(rows, 1):
        sh.add(n, item, point, lv, measures, dept, post, note)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    last = len(sh.rows) - 1
    _merge_runs(sh, first, last, 1, lambda k: _key(sh, first, k, (1,)))
    _line(sh, "注:风险等级分为一级(高)、二级(中)、三级(低)。", 8)
    sh.add("局长签字:", None, None, None, "驻局纪检组审核:", None, None, None)
    return _finish(
        "revitalization_trailing_posts", "https://www.hanyin.gov.cn/Content-2331720.html",
        "县乡村振兴局 岗位廉政风险防控一览表 对岗不对人 after the source's county rules for 统筹整合使用财政涉农资金 "
        "(项目库建设, 资金拨付/报账, 项目验收, 公告公示, 绩效评价, 衔接推进乡村振兴补助资金): 填报单位 line whose "
        "填报时间 ``    年  月  日`` was never filled in; 序号/业务事项 merged/廉政风险点/风险等级 一级/二级/三级/防控措施 "
        "then the 责任股室 and 责任岗位 trailing (规划股 股长 holding two rows apart)/备注; 注 line on the levels; "
        "局长/纪检组 line",
        [sh], t,
    )  # fmt: skip


def heating_merged_level() -> dict:
    unit = "XX市热力有限公司"
    sh = _Sheet("风险点", [6, 14, 10, 9, 38, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 7)
    r = sh.add(
        f"填报部门:{unit}纪检监察室", None, None, None, "填报日期:", datetime(2023, 11, 20), None
    )
    sh.merge(r, 0, r, 3)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "部门", "岗位", "姓名", "廉正风险点", "风险等级", "防控措施")
    groups = [
        ("调度室", [
            ("调度主任", "冯立新", "热源调度向关系小区倾斜,违规调整供热参数", "中", "调度指令系统下达,参数调整留痕。"),
            ("调度主任", "冯立新", "能耗、水耗数据统计弄虚作假", "中", "能耗数据自动采集,每月分析通报。"),
        ]),
        ("收费大厅", [
            ("收费员", "章敏", "收取热费不开票,截留热费", "高", "收费系统开票,日结日清。"),
            ("收费员", "蒋丽", "违规为欠费用户办理停热、减免", "中", "停热减免须部门经理审批并登记。"),
        ]),
        ("客户服务室", [
            ("客服专员", "邓洁", "对用户温度不达标投诉敷衍推诿、压单不办", "低", "投诉工单限时办结,逐件回访。"),
        ]),
        ("维修保障班", [
            ("班长", "贾强", "维修材料虚报冒领,向用户索要好处", "高", "材料按工单领用,维修后用户签字评价。"),
            ("班长", "贾强", "为未缴费用户违规开阀供热", "高", "阀门开关与缴费系统联动,稽查队抽查。"),
        ]),
    ]  # fmt: skip
    cols = {
        "row": lambda n, dept, it: [n, dept, it[0], it[1], it[2], it[3], it[4]],
        "truth": lambda it: (it[0], it[1], it[2], [], HML[it[3]]),
        "merge": (2, 3),
        "person": (3,),
        "dept": 1,
    }
    first = len(sh.rows)
    _people(sh, groups, t, cols)
    last = len(sh.rows) - 1
    # the same level for both points of one person: typed once, merged over the two
    _merge_runs(sh, first, last, 5, lambda k: (_key(sh, first, k, (3,)), _key(sh, first, k, (5,))))
    _line(sh, "以上共计7个风险点。", 7)
    sh.add("部门负责人:", None, None, "分管领导:", None, "纪检监察室(盖章)", None)
    return _finish(
        "heating_merged_level", "https://www.binhaiheating.com/newsinfo/6558874.html?templateId=595545",
        "市热力有限公司 岗位廉洁风险防控一览表 after the source's 供热 group's visit to its 调度室, 收费大厅, 客服服务室 "
        "(热源供应, 客服及维修保障, 能耗水耗, 群众诉求敷衍应付): 填报部门/填报日期 line with a real date cell; 部门 "
        "merged/岗位/姓名 merged per person/a risk heading typed ``廉正风险点``/风险等级 高/中/低 typed once and merged "
        "over both points of 调度主任 and of 班长/防控措施; two 收费员, each on a row of their own; ``以上共计7个风险点。`` line; "
        "sign-off line",
        [sh], t,
    )  # fmt: skip


def notary_column_numbers() -> dict:
    unit = "XX县公证处"
    sh = _Sheet("Sheet1", [12, 9, 24, 36, 9, 30, 10])
    t = _Truth(unit)
    tiers = {"主任": "leader", "副主任": "leader"}
    _line(sh, f"{unit}岗位廉政风险排查表", 7)
    r = sh.add(f"填报单位:{unit}", None, None, None, "填报日期:2024年3月28日", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("岗位", "姓名", "岗位职责", "风险点", "风险等级", "防控措施", "备注")
    sh.add(1, 2, 3, 4, 5, 6, 7)  # the column numbers, as printed forms have them
    people = [
        ("主任", "石磊", "主持全面工作,审批继承、保全证据、执行证书等重大公证事项", [
            ("审批继承公证时未核实全部继承人,违规出证", "高", "继承公证集体讨论,公告期满后出证。", None),
            ("受人请托为民间借贷违规办理赋予强制执行效力公证", "高", "借贷公证主任亲自审批,资金流水核查。", "重点"),
        ]),
        ("副主任", "蒲红", "审批非常规公证事项", [
            ("审批自己承办的公证书", "中", "审批人与承办人分离,系统自动拦截。", None),
        ]),
        ("公证员", "韩冬", "承办公证事项", [
            ("对当事人提交的虚假证明材料不核实即受理", "中", "证明材料交核查员核实后方可受理。", None),
            ("违规收取公证费不开票", "中", "公证费统一收费、统一开票。", None),
        ]),
        ("核查员", "邝敏", "证明材料核查", [
            ("核查走过场,出具虚假核查意见", "中", "核查记录两人签字,主任抽查。", None),
        ]),
        ("档案管理员", "鲁芳", "公证档案管理", [
            ("违规向他人提供公证档案信息", "低", "查档凭审批单,查阅登记。", None),
        ]),
    ]  # fmt: skip
    for post, who, duty, items in people:
        start = len(sh.rows)
        for k, (point, lv, measures, note) in enumerate(items):
            sh.add(post if k == 0 else None, who if k == 0 else None, duty if k == 0 else None,
                   point, lv, measures, note)  # fmt: skip
            t.point(sh.name, "", post, who, _tier(post, tiers), point, [], HML[lv])
        if len(items) > 1:
            for c in (0, 1, 2):
                sh.merge(start, c, len(sh.rows) - 1, c)
    sh.add()
    sh.add("填表人:", None, "审核人:", None, "主任签字:", None, None)
    return _finish(
        "notary_column_numbers", "http://www.021fenlei.com/n64247.htm",
        "县公证处 岗位廉政风险排查表 after the source's note on a 公证处's quality control (核查队伍, 分级分类审批: 主任 "
        "审批继承、保全证据、执行证书、大额借款公证, 副主任 审批非常规事项, 民间借贷公证 requests): 填报单位/填报日期 line; "
        "no 序号 and no 科室 column: 岗位/姓名/岗位职责 merged per person/风险点/风险等级 高/中/低/防控措施/备注; under "
        "the header a row of column numbers ``1``…``7`` (numbers); 填表人/审核人/主任签字 line; re-saved as .xls "
        "and .ods",
        [sh], t,
    )  # fmt: skip


def sports_two_row_head() -> dict:
    unit = "XX市体育运动管理中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 38, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    top = sh.add("序号", "科室", "岗位", "姓名", "廉政风险", None, "防控措施", "备注")
    sh.add(None, None, None, None, "风险点", "风险等级", None, None)
    for c in (0, 1, 2, 3, 6, 7):
        sh.merge(top, c, top + 1, c)
    sh.merge(top, 4, top, 5)
    groups = [
        ("场馆管理科", [
            ("科长", "田志强", "体育场馆对外出租不按标准收费,收费不入账", "高", "出租价格公示,收费统一入账。", None),
            ("科长", "田志强", "场馆维修项目化整为零,指定施工单位", "高", "维修项目年度计划,按限额采购。", None),
            ("场馆管理员", "温晓", "免费、低收费开放时段私自收费", "中", "开放时段和收费标准场馆门口公示。", None),
        ]),
        ("训练科", [
            ("科长", "包军", "1.运动员训练伙食补助虚报人数;\n2.训练器材采购收受回扣", "高",
             "伙食补助按实到人数核发,器材采购三家比价。", "两项合并填报"),
            ("教练员", "祝磊", "运动员选拔输送中收受家长财物", "中", "选拔测试公开进行,结果公示。", None),
        ]),
        ("竞赛活动科", [
            ("科长", "屈文", "赛事承办单位选择暗箱操作,收受赞助商好处", "中", "承办单位公开征集,赞助协议报中心审定。",
             None),
        ]),
    ]  # fmt: skip
    cols = {
        "row": lambda n, dept, it: [n, dept, it[0], it[1], it[2], it[3], it[4], it[5]],
        "truth": lambda it: (it[0], it[1], it[2], [], HML[it[3]]),
        "merge": (2, 3),
        "person": (3,),
        "dept": 1,
    }
    _people(sh, groups, t, cols)
    r = sh.add("合计", None, None, None, "6个", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.add("中心主任签字:", None, None, "填报日期:", None, "2024年6月5日", None, None)
    return _finish(
        "sports_two_row_head", "https://tyj.huangshan.gov.cn/zxzx/tpxw/9080971.html",
        "市体育运动管理中心 岗位廉政风险点一览表 after the source's check of a 体育运动管理中心's 场馆 (场馆开放, 活动, "
        "训练, 住宿): a two-row header, ``廉政风险`` merged over ``风险点 | 风险等级``, the other headings merged down "
        "two rows; 科室 merged/岗位/姓名 merged per person; one risk cell of two numbered items (Alt+Enter) with "
        "备注 ``两项合并填报``; 高/中/低; 合计 row ``6个``; 签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def market_center_every_row() -> dict:
    unit = "XX县市场开发服务中心"
    sh = _Sheet("Sheet1", [6, 12, 9, 9, 36, 10, 10, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "完成时限")
    rows = [
        ("市场管理股", "股长", "龚建", "摊位招租不公开,暗箱分配摊位", "制度机制", "高风险",
         "摊位招租公开竞价或摇号,结果公示。", "长期坚持"),
        ("市场管理股", "管理员", "严丽", "收取摊位费、管理费不使用统一票据", "岗位职责", "高风险",
         "收费使用财政统一票据,每日交账。", "长期坚持"),
        ("市场管理股", "管理员", "严丽", "对经营户违规转租摊位不制止,收受好处", "思想道德", "中风险",
         "转租行为每月巡查,发现即收回摊位。", "2024年6月底前"),
        ("财务股", "会计", "尹静", "摊位租金减免未经审批", "业务流程", "中风险",
         "租金减免报中心主任办公会研究。", "长期坚持"),
        ("综合股", "股长", "阮宏", "市场改造维修工程发包不规范", "制度机制", "高风险",
         "工程发包按限额标准比选或招标。", "2024年9月底前"),
        ("综合股", "安全员", "陶勇", "消防安全检查走过场,对有隐患的经营户降低要求", "岗位职责", "低风险",
         "检查记录拍照存档,隐患限期整改销号。", "长期坚持"),
    ]  # fmt: skip
    for n, (dept, post, who, point, typ, lv, measures, due) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, due)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), WORDED[lv])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "填报日期:2024年4月8日", None, None, None, None)
    return _finish(
        "market_center_every_row", "http://www.fhjac.com/product/7.html",
        "县市场开发服务中心 廉政风险点排查表 after the source's audit office survey of 农贸市场 摊位出租 (公开招标或摇号, "
        "收费标准, 租赁合同, 财务监督): no 填报 line above; 股室, 岗位 and 姓名 typed on every row (nothing merged); "
        "风险类别 (types without 风险)/风险等级 ``高风险``/``中风险``/``低风险``/防控措施/完成时限 (``长期坚持``, "
        "``2024年6月底前``); 填报人/审核人/填报日期 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    garden_bureau_chushi_sheets(),
    library_spacer_rows(),
    employment_wrapped_heads(),
    sanitation_typo_measures(),
    revitalization_trailing_posts(),
    heating_merged_level(),
    notary_column_numbers(),
    sports_two_row_head(),
    market_center_every_row(),
]

RESAVED = (
    "library_spacer_rows",
    "sanitation_typo_measures",
    "notary_column_numbers",
    "market_center_every_row",
)  # fmt: skip  (each as .xls and .ods)


def write_xlsx(layout: dict, path: Path) -> Path:
    """``layouts.write_xlsx`` plus ``datetime`` cells (a date format) and taller rows for cells
    wrapped with Alt+Enter, as Excel and WPS leave them."""
    options = {
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "in_memory": True,
    }  # fmt: skip  (no temporary file per part)
    wb = xlsxwriter.Workbook(str(path), options)
    wb.set_properties({"created": datetime(2024, 3, 1, 9, 0, 0), "author": "Administrator"})
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
    wb.close()
    return path


def _put(ws, fmts: tuple, r: int, c: int, v) -> None:
    """Write one cell: a date, a number or a string."""
    fmt, date_fmt = fmts
    if isinstance(v, datetime):
        ws.write_datetime(r, c, v, date_fmt)
    elif isinstance(v, int | float):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, v, fmt)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here, its re-saved copies
    ``resaved/b44_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch44-inbox"))
