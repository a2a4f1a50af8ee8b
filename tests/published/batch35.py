"""A thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: A COUNTY'S COMPILED LISTS — what a 派驻纪检监察组, a 局's
纪检组 or a 镇纪委 hands on when it has pasted the lists of SEVERAL UNITS into one sheet: 县直机关
(发改局, 教育局, 卫健局, 农业农村局, 文旅局), their 二级单位 and the 乡镇 with their 站所:

- a 县直机关 汇总表 of a 发改局 and an 教育局: ``单位`` merged down over each unit's rows, 序号
  restarting at 1 for each unit, 股室/岗位/姓名 merged, a ``汇总单位:…派驻纪检监察组`` line above;
- an 教育系统 一览表 (对岗不对人) of the 教育局机关 and two 中心 with a CAPTION LINE per unit
  (``一、县教育局机关``, ``二、县农村学生营养改善计划服务中心`` …) merged across, the heading once at the
  top, 序号 restarting under each caption, the 股室 of each unit in its own column;
- a 卫生健康局 workbook of TWO sheets, ``局机关`` and ``二级单位``, the same compiled list on each
  (``单位`` column, 股室, types ``…风险``), where two of the three 二级单位 list their posts only (the
  姓名 cells blank) and one names its people;
- a 农业农村局 一览表 of the 局 and two 事务中心 (对岗不对人, no 股室 column): ``单位`` merged, 序号
  restarting, a ``小计`` row after each unit counting its posts and points IN the 岗位 and 风险点
  columns (``3个岗位``, ``3个风险点``), a ``合计`` row, levels 一级/二级/三级;
- a 文旅局 排查汇总表 pasted page by page: ``第 1 页 共 2 页`` and the heading row repeated in the
  middle of the 局's own rows, the ``单位`` written again (merged anew) on the next page, 序号 going
  on; the 文物管理所's 股室 cells ``—``;
- a 县 乡镇站所 汇总表: a ``乡镇`` column (``城关镇``, ``河口乡``) merged down beside a ``站所`` column,
  序号 restarting per 乡镇; 城关镇 names its people, 河口乡 lists posts only;
- a 镇's own list of its 站所 (the 财政所 and two stations the county sends, ``…区域农技推广站``,
  ``畜牧兽医站``): 站所 merged, one merged ``小计:…`` text row after each 站所 and a ``合计:…`` row,
  types ``…风险``;
- a 农机购置补贴 一览表 whose rows run by 风险环节 (merged) while the unit stands in a ``责任单位``
  column on the RIGHT — three units (a 镇's 服务站, the 农机事务中心, the 局) interleaved in one
  list — posts only in ``经办岗位``, ``分管领导`` names (watchers), levels ★★★/★★/★ with a 注 line.

One is harder:

- ``county_pilot_pages_subtotals``: a 试点单位 汇总表 of four units (three 局 and a 乡) in one long
  sheet: the ``单位`` written on each unit's FIRST row only (not merged), 序号 restarting, a ``小计``
  row after each unit, a page break with ``第1页`` and the heading repeated INSIDE the 卫健局's
  rows (the row after it has 单位 blank and 序号 ``3``), two units with names and two posts only.

Each layout imitates the *shape* of such a compiled list after a public page (its ``source``) that
no earlier batch cited; these pages describe their subject in prose (a 县发改局's 政府投资 rules, a
县教育局's call for 校园餐/校服/教辅/择校费 complaints naming its 中心 and 股, a list of a 县卫生局's
下属 units, a 县农业农村局's 机构职能 with its 事务中心, a 县文旅局's yearbook entry with its 股室 and
下属单位, the 七站八所 of a 乡镇, a county's 区域农技推广站 and 乡镇畜牧兽医站, a 农机购置补贴
廉政风险防控手册's 一览表, a 县纪委's account of its 试点单位 (a 局 and a 乡 first)) and the layout
follows their words for the units, their parts, posts and risks. The rows are worded by us, the
names invented.

Run ``python tests/published/score.py --set batch35`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b35_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a compiled list each form belongs to the unit of its own rows: a ``单位`` (or ``乡镇``,
  ``责任单位``) cell, merged or written once on the unit's first row, or the caption line above it;
  the truth's ``unit`` is that cell's text as written (``县发展和改革局``, ``城关镇``);
- the 股室/站所 column is the form's 科室; where there is none (or it says ``—``) the 科室 is "";
- a 姓名 column left blank for a whole unit means that unit lists posts only (person "");
- a 小计/合计 row is no point and no post, whatever it holds in the 岗位 and 风险点 columns;
- ``第 1 页 共 2 页`` and a heading repeated inside a unit's rows change nothing: the rows after it
  go on with the unit above (its 单位 blank, or written again);
- a ``分管领导`` column of names beside posts only watches them (person "").

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, types_in
from published.layouts import build as _build

PREFIX = "b35_"
FW = "\u3000"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
DASH = "—"


def _tier(post: str) -> str:
    return "middle" if post.endswith(("长", "主任")) else "general"


class _Units:
    """The truth of a compiled list: forms keyed by their own unit too (two units may each have
    a 股长 in an 办公室)."""

    def __init__(self) -> None:
        self.forms: dict[tuple, dict] = {}

    def point(self, sheet, unit, department, title, person, tier, risk_point, types, level):
        key = (sheet, unit, department, title, person)
        form = self.forms.setdefault(key, {
            "sheet": sheet, "unit": unit, "department": department, "title": title,
            "person": person, "tier": tier, "risks": [],
        })  # fmt: skip
        form["risks"].append({"risk_point": risk_point, "types": list(types), "level": level})

    def data(self) -> list[dict]:
        return list(self.forms.values())


def _merge_runs(sh: _Sheet, first: int, last: int, spans) -> None:
    """For each ``(keys, cols)``: merge ``cols`` down each run of rows ``first``..``last`` with
    equal values in ``keys`` (no run of blanks); the runs are all found before any is merged."""
    found = []
    for keys, cols in spans:
        r = first
        while r <= last:
            key = tuple(sh.rows[r][c] for c in keys)
            e = r
            while e < last and tuple(sh.rows[e + 1][c] for c in keys) == key:
                e += 1
            if e > r and all(v is not None for v in key):
                found.append((r, e, cols))
            r = e + 1
    for r, e, cols in found:
        for c in cols:
            for k in range(r + 1, e + 1):
                sh.rows[k][c] = None
            sh.merges.append((r, c, e, c))


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


# --------------------------------------------------------------------------- harder layout


def county_pilot_pages_subtotals() -> dict:
    sh = _Sheet("汇总", [5, 16, 12, 8, 34, 8, 30])
    t = _Units()
    head = ("序号", "单位", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    sh.title("XX县廉政风险防控试点单位岗位廉政风险点汇总表", 7)
    sh.add(*head)
    units = [
        ("县发展和改革局", [
            ("项目审批岗", "温建军", "政府投资项目可研批复中降低审查标准", "高",
             "可研报告实行专家评审,批复前局务会集体研究。"),
            ("价格认定岗", "齐淑贞", "涉案财物价格认定结论受人情干扰", "中",
             "价格认定两人以上办理,结论经复核后出具。"),
        ]),
        ("县卫生健康局", [
            ("医政管理岗", "", "医疗机构设置审批中接受申请人请托", "高",
             "设置审批条件公开,现场核查两人以上。"),
            ("医政管理岗", "", "医师执业注册材料把关不严", "中", "注册材料网上核验,结果公示。"),
            ("财务审核岗", "", "基本公共卫生项目资金审核不严", "中",
             "项目资金按绩效考核结果拨付,财务、业务两审。"),
        ]),
        ("县文化和旅游局", [
            ("文物保护岗", "鲍立群", "文物保护工程验收走过场", "高", "验收邀请专家和属地乡镇参加。"),
            ("市场管理岗", "卜晓芸", "营业性演出审批中收受好处", "中", "审批结果网上公开,随机抽查。"),
        ]),
        ("南河乡人民政府", [
            ("民政专干", "", "低保对象评议走过场,优亲厚友", "高", "评议全程记录,名单村组公示。"),
            ("村建专干", "", "农村建房审批不按程序办理", "中", "建房审批“一张表”,联审结果公示。"),
            ("财政所长", "", "村级资金报账把关不严", "低", "村账乡代理,报账票据逐张审核。"),
        ]),
    ]  # fmt: skip
    total = 0
    for unit, items in units:
        for n, (post, who, point, level, measures) in enumerate(items, 1):
            if unit == "县卫生健康局" and n == 3:  # the page ends inside the 卫健局's rows
                _line(sh, "第1页", 7)
                sh.add(*head)
            sh.add(n, unit if n == 1 else None, post, who or None, point, level, measures)
            t.point(sh.name, unit, "", post, who, _tier(post), point, [], HML[level])
        total += len(items)
        r = sh.add("小计", None, None, None, f"{len(items)}个风险点", None, None)
        sh.merge(r, 0, r, 3)
    r = sh.add("合计", None, None, None, f"{total}个风险点", None, None)
    sh.merge(r, 0, r, 3)
    sh.add()
    sh.add("县纪委监委党风政风监督室汇总", None, None, None, "2024年6月", None, None)
    return _layout(
        "county_pilot_pages_subtotals", "https://fx361.cc/page/2011/0815/13408237.shtml",
        "(harder) 试点单位 汇总表 after the source's account of a 县纪委 starting with 试点单位 (a 县财政局, a 乡 and "
        "others first, then every 乡镇 and 单位): four units (发改局, 卫健局, 文旅局, a 乡) in one long sheet; 单位 "
        "written on each unit's FIRST row only (not merged); 序号 restarting; a 小计 row after each unit "
        "(``2个风险点`` in the 风险点 column) and a 合计 row; ``第1页`` and the heading repeated INSIDE the 卫健局's "
        "rows (the next row: 单位 blank, 序号 3); 发改局/文旅局 name their people, 卫健局/乡 list posts only",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- everyday layouts


def county_units_merged_serial_restart() -> dict:
    sh = _Sheet("县直机关", [5, 14, 12, 8, 8, 32, 8, 30])
    t = _Units()
    sh.title("XX县县直机关重点岗位廉政风险点汇总表", 8)
    _line(sh, f"汇总单位:县纪委监委第三派驻纪检监察组{FW * 4}汇总时间:2024年5月", 8)
    sh.add("序号", "单位", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    units = [
        ("县发展和改革局", [
            ("投资股", "股长", "冯志远", "政府投资项目决策评估走过场,为未评估项目出具立项意见", "高",
             "未经决策评估的项目不得立项,评估意见局务会集体审定。"),
            ("投资股", "股长", "冯志远", "项目概算审核把关不严,默许超概算", "高",
             "概算审核实行初审、复审两级把关,调增概算报原审批部门。"),
            ("投资股", "科员", "邱晓琳", "受理项目申报材料时接受项目单位请托", "中",
             "受理材料登记编号,办理进度网上可查。"),
            ("价格认证股", "股长", "庞建新", "价格认定结论受当事人干扰", "中",
             "价格认定集体审议,结论复核后出具。"),
        ]),
        ("县教育局", [
            ("计划财务股", "股长", "尹丽华", "生均公用经费分配不按标准核定", "高",
             "经费分配方案局党组会研究并公示。"),
            ("计划财务股", "会计", "葛小军", "报账审核不严,虚列支出", "中", "报账单据经办、审核、审批三签。"),
            ("人事股", "股长", "汤卫东", "教师招聘资格审查中优亲厚友", "高", "资格审查两人以上,结果公示。"),
            ("人事股", "科员", "麻晓燕", "教师调动材料审核把关不严", "低", "调动条件和名单公开。"),
        ]),
    ]  # fmt: skip
    for unit, items in units:
        first = len(sh.rows)
        for n, (dept, post, who, point, level, measures) in enumerate(items, 1):
            sh.add(n, unit, dept, post, who, point, level, measures)
            t.point(sh.name, unit, dept, post, who, _tier(post), point, [], HML[level])
        _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((2,), (2,)), ((2, 3, 4), (3, 4))])
    sh.add()
    sh.add("派驻纪检监察组审核:", None, None, None, None, "审核日期:", None, None)
    return _layout(
        "county_units_merged_serial_restart", "https://www.chacewang.com/newsdetail/news864003.html",
        "县直机关 汇总表 after the source's rules for a 县发改局 as 政府投资项目 主管部门 (决策评估, 立项, 概算 审核, "
        "行业主管部门 such as 教育): a 发改局 and an 教育局 in one list; 单位 merged down over each unit's rows; 序号 "
        "restarting at 1 per unit; 股室/岗位/姓名 merged; 高/中/低; a ``汇总单位:…派驻纪检监察组 汇总时间:…`` line "
        "above the heading; 审核 line",
        [sh], t,
    )  # fmt: skip


def education_caption_per_unit() -> dict:
    sh = _Sheet("教育系统", [5, 14, 12, 34, 8, 32])
    t = _Units()
    sh.title("XX县教育系统岗位廉政风险点一览表", 6)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施")
    units = [
        ("一、县教育局机关", "县教育局", [
            ("教育股", "股长", "违规审定目录外教辅材料征订", "高", "教辅征订目录集体审定,向家长公开。"),
            ("教育股", "股长", "默许学校以招收特长生名义收取择校费", "高",
             "招生计划和录取名单公开,开展收费专项检查。"),
            ("计划财务股", "会计", "学生膳食补助资金拨付不及时、截留", "中", "补助资金按月直拨学校食堂专户。"),
        ]),
        ("二、县农村学生营养改善计划服务中心", "县农村学生营养改善计划服务中心", [
            ("膳食管理股", "股长", "大宗食材采购暗箱操作、收受回扣", "高", "大宗食材公开招标,价格每月公示。"),
            ("膳食管理股", "食材验收员", "食材检斤验质走过场,短斤少两", "中", "验收实行双人签字,留存影像。"),
            ("综合股", "股长", "学校食堂结余资金违规列支", "中", "食堂账目按学期公开,审计抽查。"),
        ]),
        ("三、县教育技术与资源发展中心", "县教育技术与资源发展中心", [
            ("装备股", "股长", "校服采购指定生产企业", "高", "校服由家长委员会参与选用,公开招标。"),
            ("装备股", "资产管理员", "教学装备验收不严、以次充好", "低", "验收邀请使用学校参加,抽样送检。"),
        ]),
    ]  # fmt: skip
    for caption, unit, items in units:
        _line(sh, caption, 6)
        first = len(sh.rows)
        for n, (dept, post, point, level, measures) in enumerate(items, 1):
            sh.add(n, dept, post, point, level, measures)
            t.point(sh.name, unit, dept, post, "", _tier(post), point, [], HML[level])
        _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((1, 2), (2,))])
    sh.add()
    _line(sh, "说明:本表对岗不对人,岗位责任人按各单位岗位设置确定。", 6)
    return _layout(
        "education_caption_per_unit", "https://m.hwbk.net/news/oG6GVkQyQp.html",
        "教育系统 一览表 (对岗不对人) after the source's 县教育局 call for complaints on 校园餐, 校服, 教辅 and 择校费 "
        "naming its 营养改善计划服务中心, 教育技术与资源发展中心 and 教育股: the 局机关 and two 中心 each under a CAPTION "
        "line merged across (``一、县教育局机关``, ``二、县农村学生营养改善计划服务中心``, ``三、…``), the heading once at "
        "the top, 序号 restarting under each caption, 股室 merged within each unit; 高/中/低; 说明 line",
        [sh], t,
    )  # fmt: skip


def health_bureau_two_sheets() -> dict:
    t = _Units()
    head = ("序号", "单位", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    widths = [5, 16, 12, 10, 8, 30, 14, 8, 28]
    own = _Sheet("局机关", widths)
    own.title("XX县卫生健康局岗位廉政风险点汇总表(局机关)", 9)
    own.add(*head)
    sub = _Sheet("二级单位", widths)
    sub.title("XX县卫生健康局岗位廉政风险点汇总表(二级单位)", 9)
    sub.add(*head)
    lists = [
        (own, [
            ("县卫生健康局", [
                ("医政医管股", "股长", "贺建林", "医疗机构校验把关不严", "岗位职责风险", "高",
                 "校验实行现场核查和资料审核双把关。"),
                ("医政医管股", "股长", "贺建林", "医疗纠纷调处偏袒一方", "外部环境风险", "中",
                 "调处过程记录在案,结果书面告知双方。"),
                ("财务股", "会计", "严淑芬", "项目资金不按进度拨付", "制度机制风险", "中",
                 "资金拨付凭项目进度表和分管领导审签。"),
                ("基层卫生股", "股长", "陶志明", "乡村医生补助核发不实", "业务流程风险", "中",
                 "补助名单乡镇卫生院初审、股室复核、公示。"),
            ]),
        ]),
        (sub, [
            ("县疾病预防控制中心", [
                ("检验科", "科长", "任海波", "检测试剂采购指定品牌", "外部环境风险", "高",
                 "试剂采购集中招标,参数论证公开。"),
                ("免疫规划科", "科员", "龙佳", "疫苗出入库登记不实", "岗位职责风险", "中",
                 "疫苗出入库双人核对,系统追溯。"),
            ]),
            ("县卫生健康综合监督执法大队", [
                ("医疗卫生监督中队", "中队长", "", "对非法行医查处降格处理",
                 "岗位职责风险、外部环境风险", "高", "案件集体审理,处罚结果公开。"),
                ("公共场所监督中队", "执法人员", "", "公共场所卫生许可现场核查走过场", "业务流程风险",
                 "低", "现场核查拍照留存,大队随机复查。"),
            ]),
            ("县妇幼保健院", [
                ("药剂科", "药剂科主任", "", "药品遴选时收受回扣", "思想道德风险", "高",
                 "新药引进经药事委员会集体讨论。"),
            ]),
        ]),
    ]  # fmt: skip
    for sh, units in lists:
        for unit, items in units:
            first = len(sh.rows)
            for n, (dept, post, who, point, kind, level, measures) in enumerate(items, 1):
                sh.add(n, unit, dept, post, who or None, point, kind, level, measures)
                t.point(sh.name, unit, dept, post, who, _tier(post), point, types_in(kind),
                        HML[level])  # fmt: skip
            _merge_runs(
                sh, first, len(sh.rows) - 1, [((1,), (1,)), ((2,), (2,)), ((2, 3, 4), (3, 4))]
            )
        sh.add()
        sh.add("填报单位(盖章):", None, None, None, None, "局纪检组审核:", None, None, None)
    return _layout(
        "health_bureau_two_sheets", "http://finance.shenzhenrexian.net/cs/20230605/181467.html",
        "卫生健康局 workbook after the source's list of a 县卫生局's 下属 units (县疾控中心, 县卫监大队, 县妇幼保健院 …): "
        "TWO sheets ``局机关`` and ``二级单位`` with the same compiled list (序号/单位 merged/股室/岗位/姓名/风险点/风险"
        "类型 …风险/风险等级 高/中/低/防控措施); on ``二级单位`` the 疾控中心 names its people while the 监督执法大队 and "
        "the 妇幼保健院 leave 姓名 blank (posts only); 盖章/审核 line on each",
        [own, sub], t,
    )  # fmt: skip


def agri_units_subtotal_rows() -> dict:
    sh = _Sheet("农业农村系统", [5, 16, 12, 34, 8, 30])
    t = _Units()
    sh.title("XX县农业农村局及所属单位岗位廉政风险点一览表", 6)
    sh.add("序号", "单位", "岗位", "风险点", "风险等级", "防控措施")
    units = [
        ("县农业农村局", [
            ("项目审核岗", "涉农整合资金项目安排优亲厚友", "一级", "项目安排经局党组会研究,结果公示。"),
            ("资金拨付岗", "项目资金违规提前支付", "二级", "资金按验收进度拨付,财务复核。"),
            ("工程验收岗", "高标准农田建设项目验收降低标准", "一级", "验收邀请第三方和受益村代表参加。"),
        ]),
        ("县农机事务中心", [
            ("补贴审核岗", "农机购置补贴机具核实走过场", "一级", "机具核实人机合影,系统比对。"),
            ("补贴审核岗", "为经销商套取补贴提供便利", "一级", "经销商信用档案,违规列入黑名单。"),
            ("安全监理岗", "拖拉机牌证核发不按规定查验", "三级", "牌证核发查验照片存档。"),
        ]),
        ("县畜牧水产事务中心", [
            ("动物防疫岗", "强制免疫补助虚报冒领", "二级", "免疫数量与疫苗领用量核对。"),
            ("检疫申报岗", "不实施检疫即出具检疫证明", "一级", "检疫出证系统留痕,定期抽查。"),
            ("水产技术推广岗", "渔业项目技术服务中收取好处", "三级", "服务项目和收费标准公开。"),
        ]),
    ]  # fmt: skip
    posts = points = 0
    for unit, items in units:
        first = len(sh.rows)
        for n, (post, point, level, measures) in enumerate(items, 1):
            sh.add(n, unit, post, point, level, measures)
            t.point(sh.name, unit, "", post, "", _tier(post), point, [], ORDINAL[level])
        _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((1, 2), (2,))])
        n_posts = len({post for post, *_ in items})
        posts, points = posts + n_posts, points + len(items)
        r = sh.add("小计", None, f"{n_posts}个岗位", f"{len(items)}个风险点", None, None)
        sh.merge(r, 0, r, 1)
    r = sh.add("合计", None, f"{posts}个岗位", f"{points}个风险点", None, None)
    sh.merge(r, 0, r, 1)
    sh.add()
    sh.add("局纪检组审核:", None, None, "2024年4月", None, None)
    return _layout(
        "agri_units_subtotal_rows", "https://hnvs.cn/!mass!about&id=41513",
        "农业农村局 一览表 (对岗不对人) after the source's 县农业农村局 机构职能 (its 下属 县畜牧水产事务中心, 县农机事务"
        "中心 …): the 局 and two 中心 with no 股室 column; 单位 merged; 序号 restarting; 岗位 merged over its points; a "
        "小计 row after each unit with counts IN the 岗位 and 风险点 columns (``3个岗位``, ``3个风险点``), a 合计 row; "
        "levels 一级/二级/三级; 审核 line",
        [sh], t,
    )  # fmt: skip


def culture_pages_heading_repeated() -> dict:
    sh = _Sheet("文旅系统", [5, 18, 10, 10, 8, 32, 8, 30])
    t = _Units()
    head = ("序号", "单位", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    sh.title("XX县文化和旅游局岗位廉政风险点排查汇总表", 8)
    sh.add(*head)
    pages = [
        [("县文化和旅游局", [
            ("财务室", "会计", "史红英", "文化惠民项目资金虚列支出", "中", "项目资金专账核算,按季公开。"),
            ("基建股", "股长", "窦建华", "乡镇综合文化站维修工程验收不严", "高",
             "验收邀请乡镇和使用单位参加,资料存档。"),
            ("旅游股", "股长", "费立新", "A级景区评定推荐中接受请托", "高", "推荐条件公开,评分集体研究。"),
        ])],
        [("县文化和旅游局", [
            ("文化股", "股长", "鲁玉梅", "非遗传承人补助申报审核不严", "中", "申报材料实地核实,名单公示。"),
            ("文化股", "科员", "项东", "送戏下乡演出场次虚报", "低", "演出场次由村委会签字确认。"),
        ]),
         ("县文化市场综合执法大队", [
            ("执法一中队", "中队长", "翟国庆", "对网吧违规接纳未成年人查处降格", "高", "处罚案件集体审理。"),
            ("执法一中队", "执法队员", "岳小兵", "执法检查前通风报信", "中", "检查对象随机抽取,即抽即查。"),
        ]),
         ("县文物管理所", [
            (DASH, "所长", "邬志坚", "文物保护工程资金挪用", "高", "工程资金专款专用,县局审计。"),
            (DASH, "文物保管员", "柴敏", "馆藏文物出入库登记不实", "中", "出入库双人双锁,定期盘点。"),
        ])],
    ]  # fmt: skip
    n = 0
    for p, units in enumerate(pages, 1):
        if p > 1:
            sh.add(*head)
        for unit, items in units:
            first = len(sh.rows)
            for dept, post, who, point, level, measures in items:
                n += 1
                sh.add(n, unit, dept, post, who, point, level, measures)
                t.point(sh.name, unit, "" if dept == DASH else dept, post, who, _tier(post), point,
                        [], HML[level])  # fmt: skip
            _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((2,), (2,))])
        _line(sh, f"第 {p} 页 共 {len(pages)} 页", 8)
    return _layout(
        "culture_pages_heading_repeated", "https://www.daowen.com/book/content/247101432/9207029.html",
        "文旅局 排查汇总表 after the source's yearbook entry on a 县文化和旅游局 (股室: 办公室、文化股、旅游股、基建股、"
        "财务室; 下属: 文物管理所, 文化市场综合执法大队 …; 乡镇文化站, 送戏下乡): pasted page by page — ``第 1 页 共 2 "
        "页`` and the heading row repeated in the middle of the 局's own rows, its 单位 written again (merged anew) on "
        "page 2; 序号 going on 1–9; 股室 merged; the 文物管理所's 股室 cells ``—``; 高/中/低",
        [sh], t,
    )  # fmt: skip


def township_station_column() -> dict:
    sh = _Sheet("乡镇", [5, 10, 12, 8, 8, 32, 8, 30])
    t = _Units()
    sh.title("XX县乡镇站所岗位廉政风险点汇总表", 8)
    sh.add("序号", "乡镇", "站所", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    towns = [
        ("城关镇", [
            ("财政所", "所长", "蒋文斌", "惠农补贴资金审核把关不严", "高", "补贴名单村组公示,所务会审核。"),
            ("财政所", "报账员", "郝丽", "村级报账票据审核走过场", "中", "报账票据逐张审核,按月对账。"),
            ("农业站", "站长", "邵海军", "种粮补贴面积核实不实", "中", "面积核实两人以上,结果公示。"),
            ("林业站", "站长", "甘立明", "林木采伐许可初审把关不严", "高", "采伐现场勘验,初审意见留存。"),
        ]),
        ("河口乡", [
            ("民政所", "所长", "", "低保对象入户核查走过场", "高", "入户核查两人以上,全程记录。"),
            ("国土所", "所长", "", "农村宅基地审批优亲厚友", "高", "宅基地审批结果在村务公开栏公示。"),
            ("水利站", "站长", "", "小型水利工程验收降低标准", "中", "验收邀请受益村代表参加。"),
        ]),
    ]  # fmt: skip
    for town, items in towns:
        first = len(sh.rows)
        for n, (station, post, who, point, level, measures) in enumerate(items, 1):
            sh.add(n, town, station, post, who or None, point, level, measures)
            t.point(sh.name, town, station, post, who, _tier(post), point, [], HML[level])
        _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((2,), (2,)), ((2, 3, 4), (3, 4))])
    sh.add()
    sh.add("县纪委监委汇总", None, None, None, None, "2024年5月", None, None)
    return _layout(
        "township_station_column", "https://www.whwb.com.cn/jxuzs/202506/241681.html",
        "县 乡镇站所 汇总表 after the source's explainer of a 乡镇's 七站八所 (农业站、林业站、水利站; 财政所、国土所、"
        "民政所 …): a ``乡镇`` column (``城关镇``, ``河口乡``) merged down beside a ``站所`` column, 序号 restarting per "
        "乡镇, 岗位/姓名 merged; 城关镇 names its people, 河口乡 leaves 姓名 blank (posts only); 高/中/低",
        [sh], t,
    )  # fmt: skip


def town_own_stations_subtotal_text() -> dict:
    unit = "XX县柳林镇人民政府"
    sh = _Sheet("站所", [5, 16, 10, 8, 32, 14, 8, 28])
    t = _Units()
    sh.title(f"{unit}站所岗位廉政风险点一览表", 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    stations = [
        ("财政所", [
            ("所长", "任志刚", "涉农补贴资金发放审核把关不严", "岗位职责风险", "高",
             "补贴资金一卡通发放,名单公示。"),
            ("会计", "龚秀英", "虚列支出、套取资金", "思想道德风险", "中", "支出凭证所长审签,每月对账。"),
            ("会计", "龚秀英", "村级资金代理记账不及时", "业务流程风险", "低", "代理记账按月完成,季度抽查。"),
        ]),
        ("柳林区域农技推广站", [
            ("站长", "尚德文", "农技推广项目物资发放优亲厚友", "外部环境风险", "中",
             "物资发放台账签字,结果公示。"),
            ("农技员", "焦春燕", "测土配方补贴对象核实不实", "业务流程风险", "低", "补贴对象入户核实。"),
        ]),
        ("畜牧兽医站", [
            ("站长", "闻建伟", "病死畜禽无害化处理补助虚报", "制度机制风险", "高",
             "处理数量与保险查勘数据比对。"),
            ("防疫员", "柏小龙", "免疫标识发放不规范", "岗位职责风险", "低", "标识领用登记,定期核对。"),
        ]),
    ]  # fmt: skip

    def count(levels):
        return "、".join(f"{k}{levels.count(k)}个" for k in HML if levels.count(k))

    n, every = 0, []
    for station, items in stations:
        first = len(sh.rows)
        for post, who, point, kind, level, measures in items:
            n += 1
            sh.add(n, station, post, who, point, kind, level, measures)
            t.point(sh.name, unit, station, post, who, _tier(post), point, types_in(kind),
                    HML[level])  # fmt: skip
        _merge_runs(sh, first, len(sh.rows) - 1, [((1,), (1,)), ((1, 2, 3), (2, 3))])
        levels = [level for *_, level, _m in items]
        every += levels
        _line(sh, f"小计:{len(items)}个风险点({count(levels)})", 8)
    _line(sh, f"合计:{len(every)}个风险点({count(every)})", 8)
    sh.add()
    sh.add("镇纪委审核:", None, None, None, "填报时间:2024年3月", None, None, None)
    return _layout(
        "town_own_stations_subtotal_text", "https://jcnj.cbpt.cnki.net/WKC/WebPublication/paperDigest.aspx?paperID=59aa3484-24d7-4307-97c4-34013434daf5",
        "镇 站所岗位廉政风险点一览表 after the source's account of a county's 区域农技推广站 and 乡镇畜牧兽医站 (the "
        "county's 派出 stations in the 镇): the 镇's 财政所 and two such stations; 站所 merged; 岗位/姓名 merged; "
        "风险类型 ``…风险``; 高/中/低; after each 站所 ONE merged text row ``小计:3个风险点(高1个、中1个、低1个)`` and "
        "a ``合计:…`` row; 审核 line",
        [sh], t,
    )  # fmt: skip


def agri_subsidy_unit_column_right() -> dict:
    sh = _Sheet("农机购置补贴", [5, 12, 32, 8, 30, 18, 10, 9])
    t = _Units()
    sh.title("XX县农机购置补贴廉政风险及防控措施一览表", 8)
    sh.add("序号", "风险环节", "风险点", "风险等级", "防控措施", "责任单位", "经办岗位", "分管领导")
    station, center, bureau = "城关镇农业综合服务站", "县农机事务中心", "县农业农村局"
    leaders = {station: "韦建国", center: "庞立", bureau: "孔德明"}
    rows = [
        ("补贴申请受理", "代农户办理补贴申请收取好处费", "★★", "申请由农户本人办理,代办须书面委托。", station,
         "受理员"),
        ("补贴申请受理", "对不符合条件的购机申请予以受理", "★", "受理条件公开,一次性告知。", station, "受理员"),
        ("机具核验", "人机合影核验走过场,一机多补", "★★★", "核验照片系统比对,出厂编号唯一。", center, "核验员"),
        ("机具核验", "接受经销商宴请、礼品", "★★", "签订廉洁承诺,与经销商接触报备。", center, "核验员"),
        ("补贴审核", "为关系户优先审核办理", "★★", "按申请时间顺序办理,进度网上可查。", center, "审核员"),
        ("补贴审核", "违规放宽补贴机具范围", "★★★", "补贴机具目录公开,超目录一律不补。", bureau,
         "农机化管理岗"),
        ("资金兑付", "补贴资金不按时足额兑付", "★★", "兑付名单公示后五个工作日内拨付。", bureau, "会计"),
        ("资金兑付", "截留、挪用补贴资金", "★★★", "资金直达农户账户,银行回单存档。", bureau, "会计"),
        ("监督检查", "对违规经销商查处不力", "★★", "查处结果公开,违规经销商列入黑名单。", bureau,
         "农机化管理岗"),
    ]  # fmt: skip
    recs = []
    for n, (stage, point, level, measures, unit, post) in enumerate(rows, 1):
        recs.append([n, stage, point, level, measures, unit, post, leaders[unit]])
        t.point(sh.name, unit, "", post, "", _tier(post), point, [], STARS[level])
    sh.records(recs, merge_cols=(1,))
    sh.add()
    _line(sh, "注:★★★为高风险,★★为中风险,★为低风险。", 8)
    return _layout(
        "agri_subsidy_unit_column_right", "https://m.wenku365.com/p-9843032.html",
        "农机购置补贴 廉政风险及防控措施一览表 after the source's 农机购置补贴廉政风险防控手册 一览表 (风险环节, 风险表现, "
        "防控措施, 责任主体 at each level with 经办人/分管领导): rows run by 风险环节 (merged) while the unit stands in a "
        "``责任单位`` column on the RIGHT — a 镇's 农业综合服务站, the 农机事务中心 and the 局 interleaved; posts only in "
        "``经办岗位``; ``分管领导`` names (watchers); levels ★★★/★★/★ with a 注 line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    county_pilot_pages_subtotals(),
    county_units_merged_serial_restart(),
    education_caption_per_unit(),
    health_bureau_two_sheets(),
    agri_units_subtotal_rows(),
    culture_pages_heading_repeated(),
    township_station_column(),
    town_own_stations_subtotal_text(),
    agri_subsidy_unit_column_right(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b35_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch35-inbox"))
