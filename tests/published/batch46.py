"""A forty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, as the
staff of four city, county and township bodies no earlier batch drew on (a 市引黄灌溉管理处 and
its 管理站, a 乡's 民政所 and its 分管副乡长, a 区动物卫生监督所, a 市农业机械化服务中心) hand back
the 附件2 领导岗位 / 附件3 中层岗位 / 附件4 一般岗位廉政风险识别和防控表
(``workbook_templates/forms.toml``) or their own office's 防控卡 / 自查表 / 登记表: several files
per unit, two workbooks with a sheet per person, ordinary filling habits, nothing exotic. Eight
are EVERYDAY:

- a 市引黄灌溉管理处 副处长's 附件2 (tab ``附件2``) whose 姓名 is padded to three characters the way
  people align two-character names (``王  军``) under a label padded the same way (``姓  名``), the
  分管工作 merged over each of two groups, the “三重一大” section numbered from 1 again, the two
  review boxes filled (``同意。`` and a date);
- the 处's 东干渠管理站 附件3 by its 站长, whose 负责人 cell holds the name and the post with a space
  between (``刘长河  站长``), whose 单位(盖章) line names the 处 AND the 站, levels ``Ⅰ``/``Ⅱ``/``Ⅲ``
  without 级, types without 风险;
- the same 站's workbook of two 附件4 with a ``填表说明`` sheet in front (instructions in numbered
  lines), one sheet per person named for the person, 所在科室及职务 typed with a space between the
  站 and the post (``东干渠管理站 收费员``, ``东干渠管理站  闸门管理员``);
- a 乡's 民政所 workbook of three 个人岗位廉政风险防控卡 on tabs never renamed (``Sheet1``,
  ``Sheet2``, ``Sheet3``): a 填报单位 line naming the 乡人民政府, 持卡人/所在站所/职务 with the label
  spaced out (``持 卡 人``), a 岗位职责 line, 高/中/低, and a 监督人 column of posts merged down;
- the 乡's 分管副乡长's 领导干部个人廉政风险自查表: 填报单位 and 填报时间 typed in one cell, 职务
  ``党委委员、副乡长``, a ``分管工作`` line above the table, levels 一级/二级/三级, a last row whose
  风险点 says only ``无`` and whose other cells are struck with ``/``, a signed line and a review
  line with a name;
- a 区动物卫生监督所 驻场官方兽医's 岗位廉政风险登记表: a block of 姓  名/性  别/出生年月 (``1986.03``
  typed as a number), 所在股室/岗  位 and a ``驻场单位`` field naming the slaughterhouse he is posted
  to (not his unit), a 工作环节 column, 高/中/低;
- the same 所's 产地检疫员's 个人岗位廉政风险自查表 with no type column and a trailing ``自查情况``
  column (``未发现``, ``已整改``, and once ``无`` beside a real risk);
- a 市农业机械化服务中心 补贴管理科 科长's 附件3 whose 科室 field is left EMPTY because he typed the
  科室 into the title (``XX市农业机械化服务中心补贴管理科中层岗位廉政风险识别和防控表``) and left the
  单位(盖章) line blank.

One is harder:

- ``farm_subsidy_two_cards_side_by_side``: the same 中心's 补贴管理科 防控卡 of two people printed two
  to a landscape page — one sheet, the 机具核验员's card in A:D and the 补贴资料审核员's in F:I, each
  with its own title, 持卡人/岗位 and 所在科室/岗位风险等级 rows, 序号/风险点/风险等级/防控措施 table
  and 持卡人签字 line, side by side on the same rows, column E empty.

Each layout imitates the *shape* of the official form or of an office's own personal form, and takes
its unit, posts and risks from a public page (its ``source``) that no earlier batch cited; these pages
describe their subject in prose (a 引黄灌区 管理处's 水费计收 and its 管理站(所), a 区's rules for
灌区农业水费计收, a 区's 农业用水 超定额累进加价, a city's 低保审批权下放 to 乡镇, a 州's 农村低保专项
治理, a 屠宰检疫 check of 驻场官方兽医, an 畜牧局's 官方兽医 制度, a 市农机服务中心's 购机补贴廉政风险
防控制度, a district's 农机补贴公示 and 审核), and the layout follows their words. The rows are worded
by us, the names invented.

Run ``python tests/published/score.py --set batch46`` and do not tune the reader against it, or it
stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b46_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle, 附件4 general); an office's own
  防控卡 / 自查表 / 登记表 follows the post (所长 and 科长 middle, 副乡长 leader, 专干/官方兽医/检疫员/
  核验员/审核员 general);
- spaces inside a name or a label (``王  军``, ``姓  名``, ``持 卡 人``) are no part of them: the
  holder is ``王军``;
- ``刘长河  站长`` in a 附件3's 负责人 cell is the holder 刘长河 and the post 站长 (the form's title),
  as ``蓝建峰（所长）`` was; a 单位 line naming the 处 and its 站 gives the 处 as unit, the 站 is the 科室;
- ``东干渠管理站 收费员`` in 所在科室及职务 is 科室 东干渠管理站 and post 收费员; a ``填表说明`` sheet
  of numbered instructions holds no point;
- tabs ``Sheet1``/``Sheet2``/``Sheet3`` each with its own 持卡人 are three forms, none a continuation;
  a 监督人 column of posts (``分管副乡长``, ``民政所所长``) watches;
- ``党委委员、副乡长`` is ONE post (the cell's text); a ``分管工作`` line names no 科室; a row whose
  风险点 is ``无`` is no point, its ``/`` cells nothing;
- a ``驻场单位`` field names where the holder works, not his unit; 性别/出生年月 name nothing;
- a ``自查情况`` column (``未发现``/``已整改``/``无``) is no level, no measure and no point; a ``无``
  there leaves its row's risk a point;
- a 附件3 whose 科室 field is empty takes the 科室 from its title after the unit; with only a 负责人
  named, the title is "";
- two cards side by side on one sheet are two forms, each with its own holder, 科室, post and points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``layouts.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b46_"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
DATE = "年  月  日"
NOTHING = "无"
SLASH = "/"
HEAD = ("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
LEADER_HEAD = ("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
REVIEWS = ("单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
LEADER_REVIEWS = ("单位领导小组审查意见", "所在派驻纪检组、监察室审核意见")
NOTE_MIDDLE = "注:此表一式三份,于6月底前报市纪委。"
NOTE_GENERAL = "注:此表一式三份,务于6月底前报市纪委及所在派驻纪检组、监察室。"
TITLE = {"leader": "领导岗位廉政风险识别和防控表", "middle": "中层岗位廉政风险识别和防控表",
         "general": "一般岗位廉政风险识别和防控表"}  # fmt: skip
TIER = {"站长": "middle", "所长": "middle", "科长": "middle", "副乡长": "leader",
        "党委委员、副乡长": "leader"}  # fmt: skip
CARD_HEAD = ("序号", "风险点", "风险等级", "防控措施")
IRRIGATION = "XX市引黄灌溉管理处"
STATION = "东干渠管理站"
TOWNSHIP = "XX县XX乡人民政府"
VET = "XX区动物卫生监督所"
FARM = "XX市农业机械化服务中心"
SUBSIDY = "补贴管理科"


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _line(sh: _Sheet, text: str, ncols: int = 6) -> int:
    """A row of one text merged across the form."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _top(sh: _Sheet, annex: str, tier: str, unit_line: str, title: str | None = None) -> None:
    sh.add(annex)
    _line(sh, title or TITLE[tier])
    _line(sh, unit_line)


def _reviews(sh: _Sheet, filled=(), labels=REVIEWS) -> None:
    """The review boxes: label, opinion merged B:E, date; ``filled`` gives (opinion, date) pairs."""
    filled = list(filled) + [(None, DATE)] * (len(labels) - len(filled))
    for label, (opinion, date) in zip(labels, filled, strict=True):
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


def farm_subsidy_two_cards_side_by_side() -> dict:
    unit = FARM
    t = _Truth(unit)
    sh = _Sheet("防控卡", [5, 30, 8, 30, 3, 5, 30, 8, 30])
    cards = [
        ("韩雪梅", "机具核验员", "二级", [
            ("机具核实时不核对机具铭牌和出厂编号,人机合影走过场", "高",
             "核验时逐台核对铭牌、编号,照片上传系统备查。"),
            ("替经销商代办补贴手续,集中收取购机户身份证和一卡通", "高",
             "补贴手续由购机户本人持证办理,代办一律不予受理。"),
            ("向购机户推荐指定经销商或机具型号", "中", "购机户自主选择经销商和机型,核验人员不作推荐。"),
            ("核验时收取费用或接受经销商、购机户宴请", "低", "补贴办理不收任何费用,拒收登记。"),
        ]),
        ("许东", "补贴资料审核员", "二级", [
            ("审核补贴申请资料不严,发票与合格证信息不符仍予受理", "高",
             "发票、合格证与机具信息三方比对,审核人签字负责。"),
            ("不按统一通知时间集中办理,为个别购机户单独补贴", "中", "按机具种类统一通知、集中办理。"),
            ("向经销商泄露购机户信息", "中", "购机户信息专人管理,查询留痕。"),
            ("补贴档案整理归档不及时、不完整", "低", "补贴档案按批次装订,年底移交档案室。"),
        ]),
    ]  # fmt: skip
    width = len(CARD_HEAD)
    left, right = 0, width + 1  # A:D and F:I, column E empty

    def pair(a: list, b: list) -> int:
        row = [*a, *([None] * (width - len(a))), None, *b, *([None] * (width - len(b)))]
        return sh.add(*row)

    r = pair([f"{unit}岗位廉政风险防控卡"], [f"{unit}岗位廉政风险防控卡"])
    sh.merge(r, left, r, left + width - 1)
    sh.merge(r, right, r, right + width - 1)
    (who_a, post_a, grade_a, rows_a), (who_b, post_b, grade_b, rows_b) = cards
    pair(["持卡人", who_a, "岗位", post_a], ["持卡人", who_b, "岗位", post_b])
    pair(
        ["所在科室", SUBSIDY, "岗位风险等级", grade_a],
        ["所在科室", SUBSIDY, "岗位风险等级", grade_b],
    )
    pair(list(CARD_HEAD), list(CARD_HEAD))
    for n, ((pa, la, ma), (pb, lb, mb)) in enumerate(zip(rows_a, rows_b, strict=True), 1):
        pair([n, pa, la, ma], [n, pb, lb, mb])
    for who, post, _grade, rows in cards:
        for point, level, _measures in rows:
            t.point(sh.name, SUBSIDY, post, who, _tier(post), point, [], HML[level])
    sh.add()
    pair(
        ["持卡人签字:", None, "科室负责人签字:", None],
        ["持卡人签字:", None, "科室负责人签字:", None],
    )
    r = pair(["监督电话:0000-12345678"], ["监督电话:0000-12345678"])
    sh.merge(r, left, r, left + width - 1)
    sh.merge(r, right, r, right + width - 1)
    return _layout(
        "farm_subsidy_two_cards_side_by_side", "http://m.badhabbitsfishingbarbados.com/1079/1796/1800/2018-06-04/170748.html",
        "(harder) 市农业机械化服务中心 补贴管理科 防控卡 of two people after the source's 农机购置补贴廉政风险防控"
        "制度 (购机户持身份证、户口本、一卡通、发票、合格证到市农机服务中心接受机具核实并办理补贴手续, 统一通知集中"
        "补贴, 各岗位互相监督, 不与企业和经销商接触, 不受宴请礼金, 不推荐产品和经销商, 不收费): printed two to a "
        "landscape page — ONE sheet with the 机具核验员's card in A:D and the 补贴资料审核员's in F:I (column E "
        "empty), each with its own title (merged over its four columns), 持卡人/岗位 and 所在科室/岗位风险等级 "
        "``二级`` rows, 序号/风险点/风险等级 高/中/低/防控措施 (no type column), 持卡人签字 line and 监督电话 line, "
        "side by side on the same rows",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 市引黄灌溉管理处


def irrigation_deputy_padded_name() -> dict:
    unit = IRRIGATION
    who, shown, post = "王军", "王  军", "副处长"
    sh = _Sheet("附件2", [6, 20, 34, 18, 8, 32])
    t = _Truth(unit)
    _top(sh, "附件2", "leader", f"单位(盖章):{unit}")
    sh.add("姓  名", shown, "职  务", post, "岗位风险等级", "Ⅰ级")
    sh.add(*LEADER_HEAD)
    groups = [
        ("水费计收和财务管理", [
            ("对管理站水费计收进度和减免事项把关不严,违规同意减免或缓缴水费", "岗位职责风险", "Ⅰ级",
             "水费减免、缓缴一律报处务会研究,结果在管理站公示。"),
            ("水费收入未及时足额缴入财政专户,默许管理站坐收坐支", "制度机制风险", "Ⅰ级",
             "水费收入按月对账,管理站收费日清周结、全额上缴。"),
            ("审批财务支出时审核不严,变相发放津贴补贴", "思想道德风险、制度机制风险", "Ⅱ级",
             "大额支出联签,津贴补贴按规定标准发放并公开。"),
        ]),
        ("渠首及沉沙池工程管理", [
            ("沉沙池年度清淤工程量核定不实,虚增清淤方量", "岗位职责风险", "Ⅰ级",
             "清淤前后断面测量由测水测沙站和第三方共同确认。"),
            ("节制闸、分水闸维修工程验收把关不严,接受施工单位宴请", "外部环境风险", "Ⅱ级",
             "维修工程验收由工程管理科、财务科和纪检人员共同参加。"),
        ]),
    ]  # fmt: skip
    n = 0
    for area, points in groups:
        first = len(sh.rows)
        for k, (point, kind, level, measures) in enumerate(points):
            n += 1
            sh.add(str(n), area if k == 0 else None, point, kind, level, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
        sh.merge(first, 1, len(sh.rows) - 1, 1)
    _line(sh, "“三重一大”方面")
    major = [
        ("1", "重大项目安排", "清淤工程承包单位确定前不经处务会集体研究", "制度机制风险", "Ⅰ级",
         "清淤工程按规定公开招标,承包单位确定提交处务会研究。"),
        ("2", "重要干部任免", "管理站站长调整时为他人打招呼、说情", "思想道德风险", "Ⅱ级",
         "站长调整经处党委集体研究,任前公示。"),
    ]  # fmt: skip
    for num, area, point, kind, level, measures in major:
        sh.add(num, area, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ROMAN[level])
    _leader_reviews(sh, [("同意。", "2024年6月12日"), ("同意。", "2024年6月18日")])
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "irrigation_deputy_padded_name", "https://m.fx361.cc/news/2010/0815/21390429.html",
        "市引黄灌溉管理处 副处长's 附件2 (tab ``附件2``) after the source's 引黄灌区 农业水费计收 paper (管理处, "
        "渠首, 一级二级沉沙池 每年清淤35万m3, 节制闸 分水闸, 测水测沙站, 渠系管理站(所)8处): 姓名 padded to "
        "three characters ``王  军`` under a label padded the same way ``姓  名`` (``职  务`` too), 岗位风险等级 "
        "Ⅰ级; the 分管工作 merged over each of two groups (``水费计收和财务管理``, ``渠首及沉沙池工程管理``), 序号 "
        "typed as text; a “三重一大”方面 row and two rows numbered from 1 again; the two review boxes filled "
        "(``同意。`` and dates), 注",
        [sh], t,
    )  # fmt: skip


def irrigation_station_head_name_space_post() -> dict:
    unit = IRRIGATION
    who, post = "刘长河", "站长"
    sh = _Sheet(STATION, [22, 16, 32, 12, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", f"单位(盖章):{unit}{STATION}")
    sh.add("科室", STATION, "负责人", f"{who}  {post}", "岗位风险等级", "A")
    sh.add(*HEAD)
    rows = [
        ("负责本站农业用水计量", "量水设施读数", "量水设施读数不按实记录,多计或少计用水量", "岗位职责", "Ⅰ",
         "读数双人记录,每月与管理处调度数据核对。"),
        (None, "以电折水", "以电折水系数取值随意,为熟人少计水量", "制度机制", "Ⅱ",
         "折算系数按管理处核定值执行,折算结果张榜公布。"),
        ("负责本站水费计收", "水费开票", "收取水费不开具统一票据,截留挪用水费", "思想道德", "Ⅰ",
         "一律使用财政统一票据,收费日清周结。"),
        (None, "欠费催缴", "对欠缴水费用水户选择性催缴,优亲厚友", "外部环境", "Ⅲ",
         "欠费名单按月在村公示栏公布,催缴情况登记。"),
        ("负责渠道及建筑物日常维护", "零星维修", "零星维修材料采购不询价,虚报维修费用", "业务流程", "Ⅱ",
         "材料采购三家询价,维修完工拍照报管理处审核。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, STATION, post, "middle", BARE_ROMAN)
    _reviews(sh, [("同意。李明华", "2024年6月10日")])
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "irrigation_station_head_name_space_post",
        "http://www.rongchang.gov.cn/zwgk_264/zcwj/xzgfxwj/202510/t20251014_15079909.html",
        "市引黄灌溉管理处 东干渠管理站's 附件3 (tab = the 站) by its 站长 after the source's 大中型灌区农业水费计收和"
        "使用管理办法 (计量节点的量水设施, 以电折水, 用水计量设施统一管理, 水费计收, 灌区管理单位): the 单位(盖章) line "
        "naming the 处 AND the 站 (``XX市引黄灌溉管理处东干渠管理站``); 科室 ``东干渠管理站``, the 负责人 cell "
        "``刘长河  站长`` (name and post with two spaces between), 岗位风险等级 ``A``; 岗位职责 merged over two "
        "rows, levels ``Ⅰ``/``Ⅱ``/``Ⅲ`` without 级, types without 风险; the first review box ``同意。李明华`` "
        "with a date, the others empty; 注",
        [sh], t,
    )  # fmt: skip


def irrigation_station_staff_workbook() -> dict:
    unit = IRRIGATION
    t = _Truth(unit)
    guide = _Sheet("填表说明", [100])
    guide.add("填表说明")
    for line in (
        "1.本表由岗位人员本人填写,一人一表,工作表以本人姓名命名。",
        "2.风险点应结合本人岗位职责和工作流程逐项查找,不得照抄他人。",
        "3.风险类型填写思想道德、制度机制、岗位职责、业务流程、外部环境,可多选。",
        "4.风险级别分为Ⅰ级、Ⅱ级、Ⅲ级,Ⅰ级为最高。",
        "5.填好后交管理站汇总,于6月15日前报管理处办公室。",
    ):
        guide.add(line)
    people = [
        ("陈小燕", "收费员", f"{STATION} 收费员", "B", [
            ("负责用水户水费收取", "收费", "收取现金水费后未及时交存,公款私存", "岗位职责", "Ⅰ级",
             "现金水费当日交存银行,收费台账与银行回单逐笔核对。"),
            (None, "开票", "收费票据保管使用不规范,开具“大头小尾”票据", "制度机制", "Ⅱ级",
             "票据专人领用核销,作废票据全联保存。"),
            ("负责超定额用水加价核算", "加价核算", "对超定额用水不按规定累进加价,收受用水户好处", "思想道德",
             "Ⅱ级", "超定额水量和加价金额在村公示栏公示。"),
        ]),
        ("马超", "闸门管理员", f"{STATION}  闸门管理员", "C", [
            ("负责斗口闸门启闭", "配水", "不按配水计划启闭闸门,为关系户优先放水", "岗位职责", "Ⅱ级",
             "按管理站配水计划启闭,启闭时间登记并公示。"),
            (None, "启闭记录", "闸门启闭和过闸水量记录弄虚作假", "制度机制", "Ⅲ级",
             "启闭记录由站长每周核查签字。"),
            ("负责渠道巡查", "巡查", "发现私开口门、偷水行为不制止、不上报", "外部环境", "Ⅲ级",
             "巡查发现问题当日上报,处理结果登记。"),
        ]),
    ]  # fmt: skip
    sheets = [guide]
    for who, post, dept_post, grade, rows in people:
        sh = _Sheet(who, [22, 14, 32, 12, 8, 30])
        _top(sh, "附件4", "general", f"单位(盖章):{unit}")
        sh.add("姓名", who, "所在科室及职务", dept_post, "岗位风险等级", grade)
        sh.add(*HEAD)
        _official_rows(sh, t, rows, who, STATION, post, "general", ROMAN)
        _reviews(sh)
        _line(sh, NOTE_GENERAL)
        sheets.append(sh)
    return _layout(
        "irrigation_station_staff_workbook",
        "http://ycxixia.gov.cn/zwgk/bmxxgkmn/xxqzfbgs/fdzdgknr/gfxwj_9807/qzf_72541/202312/t20231204_4371273.html",
        "市引黄灌溉管理处 东干渠管理站's workbook of its two 一般岗位 after the source's 农业用水超定额累进加价办法 and "
        "农业用水管理实施方案 (用水计量, 超定额累进加价, 用水权): a ``填表说明`` sheet in front (a title and five "
        "numbered lines of instructions naming 风险类型 and Ⅰ级/Ⅱ级/Ⅲ级), then one 附件4 per person on a sheet "
        "named for the person (``陈小燕``, ``马超``); 所在科室及职务 typed with spaces between the 站 and the post "
        "(``东干渠管理站 收费员``, ``东干渠管理站  闸门管理员``); 岗位职责 merged over two rows, Ⅰ级/Ⅱ级/Ⅲ级, "
        "types without 风险; review boxes empty, 注",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 县 乡人民政府


def township_civil_affairs_cards_sheet_tabs() -> dict:
    unit = TOWNSHIP
    dept = "民政所"
    t = _Truth(unit)
    people = [
        ("赵桂兰", "所长", "负责民政所全面工作,审核低保、特困供养和临时救助申请,组织民主评议和审批结果公示。",
         "纪委书记", [
            ("审核低保时对入户调查结果把关不严,为不符合条件的家庭审批低保", "岗位职责风险", "高",
             "入户调查报告由两名调查人签字,审核意见集体研究。"),
            ("民主评议会议组织走过场,评议结果不真实", "制度机制风险", "中",
             "评议会邀请村务监督委员会成员参加,会议记录存档。"),
            ("低保审批结果不按规定在村(居)公示", "业务流程风险", "中", "审批结果在村(居)公示栏公示7天,拍照留存。"),
            ("接受申请人请托,为亲友违规办理低保", "思想道德风险", "高", "涉及本人亲属的申请一律回避,并报乡纪委备案。"),
        ]),
        ("吴海鹰", "低保专干", "负责低保申请受理、家庭经济状况核对和入户调查,办理低保动态管理。", "民政所所长", [
            ("受理低保申请时一次性告知不到位,对材料把关不严", "业务流程风险", "低", "申请材料清单公开,受理登记编号。"),
            ("入户调查核实家庭收入、财产情况不认真,调查结论失实", "岗位职责风险", "高",
             "入户调查两人同行,结合信息核对平台比对。"),
            ("低保动态管理不到位,对收入增加的家庭不及时停保", "制度机制风险", "中", "每季度复核在保对象,停保名单公示。"),
        ]),
        ("孙佳", "救助专干", "负责临时救助和特困人员供养金发放,管理救助台账。", "民政所所长", [
            ("临时救助对象审核不严,重复救助或冒领救助金", "岗位职责风险", "高", "救助对象信息联网比对,救助结果公示。"),
            ("救助金不通过“一卡通”发放,以现金代发", "制度机制风险", "中", "救助金一律打卡发放,发放清单留存。"),
            ("特困供养人员生活费发放台账登记不全", "业务流程风险", "低", "发放台账每月由所长核对签字。"),
        ]),
    ]  # fmt: skip
    head = ("序号", "风险点", "风险类别", "风险等级", "防控措施", "监督人")
    sheets = []
    for k, (who, post, duty, watcher, rows) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{k}", [6, 34, 14, 8, 32, 12])
        _line(sh, "XX乡干部个人岗位廉政风险防控卡")
        _line(sh, f"填报单位:{unit}")
        sh.add("持 卡 人", who, "所在站所", dept, "职务", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add(*head)
        first = len(sh.rows)
        for n, (point, kind, level, measures) in enumerate(rows, 1):
            sh.add(n, point, kind, level, measures, watcher if n == 1 else None)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
        sh.merge(first, 5, len(sh.rows) - 1, 5)
        sh.add()
        sh.add("持卡人签字:", None, "所在站所负责人签字:", None, DATE, None)
        sheets.append(sh)
    return _layout(
        "township_civil_affairs_cards_sheet_tabs",
        "https://newton.com.tw/wiki/%E5%B7%A2%E6%B9%96%E5%B8%82%E5%9F%8E%E9%84%89%E4%BD%8E%E4%BF%9D%E5%AF%A9%E6%89%B9%E8%A8%B1%E5%8F%AF%E6%AC%8A%E4%B8%8B%E6%94%BE%E5%B7%A5%E4%BD%9C%E5%AF%A6%E6%96%BD%E6%96%B9%E6%A1%88",
        "县 乡's 民政所 workbook of three 个人岗位廉政风险防控卡 after the source's 城乡低保审批权限下放 plan (乡镇 "
        "落实低保申请受理、家庭经济状况核对、入户调查、民主评议、公开公示、审核审批、动态管理): tabs never renamed "
        "(``Sheet1``/``Sheet2``/``Sheet3``), each card with the title ``XX乡干部个人岗位廉政风险防控卡``, a "
        "``填报单位:XX县XX乡人民政府`` line, ``持 卡 人`` (label spaced)/所在站所/职务 row, a 岗位职责 line merged; "
        "序号/风险点/风险类别 (…风险)/风险等级 高/中/低/防控措施/监督人 (a post, ``纪委书记`` or ``民政所所长``, "
        "merged down); 持卡人签字 line",
        sheets, t,
    )  # fmt: skip


def township_deputy_selfcheck_nothing_row() -> dict:
    unit = TOWNSHIP
    who, post = "钱立民", "党委委员、副乡长"
    sh = _Sheet("自查表", [6, 36, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, "XX乡领导干部个人廉政风险自查表", 5)
    _line(sh, f"填报单位:{unit}        填报时间:2024年5月20日", 5)
    sh.add("姓名", who, "职务", post, None)
    sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
    r = sh.add("分管工作", "民政、社会救助、残联、退役军人服务工作", None, None, None)
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("低保专项治理中对群众反映的问题线索不核查、不移交", "岗位职责风险", "一级",
         "问题线索建立台账,逐件核查,按规定移交乡纪委。"),
        ("在低保、临时救助审批中为亲友说情、打招呼", "思想道德风险", "一级", "插手干预低保审批一律登记报告。"),
        ("督促民政所低保动态管理不力,漏保、错保问题长期存在", "岗位职责风险", "二级",
         "每半年听取一次低保动态管理情况汇报,组织抽查。"),
        ("残疾人两项补贴发放监督不到位", "制度机制风险", "二级", "补贴发放名册与残联数据每季度比对。"),
        ("退役军人慰问物资采购未经集体研究", "制度机制风险", "三级", "慰问物资采购提交党政联席会议研究。"),
    ]  # fmt: skip
    for n, (point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, point, kind, level, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(kind), ORDINAL[level])
    sh.add(len(rows) + 1, NOTHING, SLASH, SLASH, SLASH)  # the inapplicable cells struck with "/"
    sh.add()
    sh.add("本人签名:", who, None, "日期:", "2024年5月20日")
    sh.add("乡纪委审核意见:", "同意。周文斌", None, None, None)
    return _layout(
        "township_deputy_selfcheck_nothing_row", "http://m-enshifabu.cjyun.org/p/401823.html",
        "县 乡's 分管副乡长's 领导干部个人廉政风险自查表 (tab 自查表) after the source's 农村低保专项治理 notice (严肃查处"
        "群众身边的腐败问题, 投诉举报电话和问题线索台账, 排查在保对象防止漏保, 低保经办服务中的风险点、薄弱点和监管"
        "盲区): title with the 乡, 填报单位 and 填报时间 typed in ONE merged cell, 姓名/职务 ``党委委员、副乡长`` row, a "
        "``分管工作`` line above the table; 序号/风险点/风险类型 (…风险)/风险等级 一级/二级/三级/防控措施, a last row "
        "numbered 6 whose 风险点 says only ``无`` and whose other cells hold ``/``; 本人签名 line naming him, 乡纪委审核意见 ``同意。周文斌``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 区动物卫生监督所


def vet_slaughter_register_resident_unit() -> dict:
    unit = VET
    who, dept, post = "郑国强", "屠宰检疫股", "驻场官方兽医"
    sh = _Sheet("登记表", [6, 14, 34, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员岗位廉政风险登记表")
    sh.add("姓  名", who, "性  别", "男", "出生年月", 1986.03)
    sh.add("所在股室", dept, "岗  位", post, "驻场单位", "XX区生猪定点屠宰场")
    sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("宰前检查", "宰前申报检疫时不查证验物,未核对产地检疫证明即准予屠宰", "岗位职责", "高",
         "入场生猪逐批查证验物,核对耳标和检疫证明。"),
        ("同步检疫", "同步检疫走过场,对病害猪肉不按规定处理", "岗位职责", "高", "同步检疫全程视频记录,检疫记录当日上传。"),
        ("检疫出证", "违规出具或倒卖动物检疫合格证明,收取好处", "思想道德", "高", "检疫证明电子出证,出证记录股室每周抽查。"),
        ("票证管理", "检疫票证未专人专柜保管,领用核销台账不全", "制度机制", "中", "票证专人专柜管理,领用核销登记。"),
        ("无害化处理", "病害猪无害化处理监督不到位,处理数量登记不实", "业务流程", "中", "无害化处理全程监督,数量双方签字确认。"),
        ("日常监管", "接受屠宰企业宴请、礼品,对企业非洲猪瘟自检不到位等问题不报告", "外部环境", "低",
         "驻场人员定期轮换,发现问题及时书面报告。"),
    ]  # fmt: skip
    for n, (step, point, kind, level, measures) in enumerate(rows, 1):
        sh.add(n, step, point, kind, level, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(kind), HML[level])
    sh.add()
    sh.add("本人签字:", None, "股室负责人签字:", None, "所长签字:", None)
    return _layout(
        "vet_slaughter_register_resident_unit", "http://mpmpc.cn/wap/index.php?itemid=30904&moduleid=21&page=2",
        "区动物卫生监督所 屠宰检疫股 驻场官方兽医's 工作人员岗位廉政风险登记表 (tab 登记表) after the source's check of "
        "屠宰检疫 (官方兽医依法依规开展检疫, 电子出证, 检疫票证和台账专人专柜, 驻场官方兽医, 非洲猪瘟自检, 宰前申报"
        "检疫, 查证验物, 病害无害化处理): title with the 所, a block ``姓  名 | 郑国强 | 性  别 | 男 | 出生年月 | "
        "1986.03`` (a number) and ``所在股室 | 屠宰检疫股 | 岗  位 | 驻场官方兽医 | 驻场单位 | XX区生猪定点屠宰场`` "
        "(the slaughterhouse he is posted to, not his unit); 序号/工作环节/风险点/风险类型 (types without 风险)/风险"
        "等级 高/中/低/防控措施; a 本人/股室负责人/所长签字 line, unsigned",
        [sh], t,
    )  # fmt: skip


def vet_origin_selfcheck_result_column() -> dict:
    unit = VET
    who, dept, post = "冯丽", "产地检疫股", "产地检疫员"
    sh = _Sheet("自查表", [6, 36, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}个人岗位廉政风险自查表", 5)
    sh.add("姓名", who, "股室", dept, None)
    sh.add("职务", post, "填表时间", "2024.5.8", None)
    r = sh.add("岗位职责", "负责辖区产地检疫申报受理和现场检疫,参与动物防疫条件审核和养殖场日常监管。",
               None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 4)
    sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
    rows = [
        ("产地检疫申报受理后不到现场实施检疫,隔山开证", "高", "检疫现场拍照定位上传,出证与申报信息比对。", "未发现"),
        ("对养殖场免疫档案、耳标佩戴情况核查不严", "中", "核查记录养殖场签字确认,股室每月抽查。", "已整改"),
        ("检疫收费不按公示标准,多收或不开票", "高", "收费标准上墙公示,一律开具票据。", "未发现"),
        ("动物防疫条件审核现场核查时接受养殖场吃请", "中", "现场核查两人以上,签订廉洁承诺。", "未发现"),
        ("违法案件查处结果不按规定公示", "低", "案件查处结果在所公示栏和网站公示。", NOTHING),
    ]  # fmt: skip
    for n, (point, level, measures, found) in enumerate(rows, 1):
        sh.add(n, point, level, measures, found)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[level])
    sh.add()
    sh.add("本人签字:", who, "股室负责人意见:", None, None)
    return _layout(
        "vet_origin_selfcheck_result_column", "http://xinwangzao.com/article_show.aspx?id=5953",
        "区动物卫生监督所 产地检疫股 产地检疫员's 个人岗位廉政风险自查表 (tab 自查表) after the source's 官方兽医制度 "
        "note (官方兽医工作职责, 防疫条件审核、产地检疫、屠宰检疫、养殖场监管和违法案件公示的操作流程, 职责、制度和"
        "收费标准上墙公示): title with the 所, 姓名/股室 and 职务/填表时间 rows, a 岗位职责 line merged; 序号/风险点/"
        "风险等级 高/中/低/防控措施 with NO type column and a trailing ``自查情况`` column (``未发现``, ``已整改``, and "
        "``无`` beside the last risk); 本人签字 line naming her",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- 市农业机械化服务中心


def farm_subsidy_head_dept_in_title() -> dict:
    unit = FARM
    who = "周建平"
    sh = _Sheet("附件3", [22, 14, 32, 16, 8, 30])
    t = _Truth(unit)
    _top(sh, "附件3", "middle", "单位(盖章):", title=f"{unit}{SUBSIDY}{TITLE['middle']}")
    sh.add("科室", None, "负责人", who, "岗位风险等级", "一级")
    sh.add(*HEAD)
    rows = [
        ("负责补贴资金结算", "结算审核", "对县区上报的补贴申请复审把关不严,造成冒领补贴", "岗位职责风险", "Ⅰ级",
         "复审逐户核对购机发票和机具照片,抽查实地核验。"),
        (None, "资金拨付", "补贴资金不按公示名单拨付,延压拨付", "业务流程风险", "Ⅱ级",
         "按公示期满名单拨付,拨付进度每月通报。"),
        ("负责补贴信息公示", "公示", "补贴对象、机具和补贴额不按规定公示", "制度机制风险", "Ⅱ级",
         "补贴信息在网站和乡镇公示栏同步公示。"),
        ("负责投诉举报处理", "核查处理", "对购机户投诉推诿不查,包庇经销商", "外部环境风险、思想道德风险", "Ⅰ级",
         "投诉登记编号,限期核查并回复投诉人。"),
        ("负责科室日常管理", "人员管理", "对科室人员与经销商不正当接触失察", "岗位职责风险", "Ⅲ级",
         "科室人员与经销商接触事项登记报告。"),
    ]  # fmt: skip
    _official_rows(sh, t, rows, who, SUBSIDY, "", "middle", ROMAN)
    _reviews(sh)
    _line(sh, NOTE_MIDDLE)
    return _layout(
        "farm_subsidy_head_dept_in_title",
        "https://www.rlut.cn/news/ji-yang-nong-ji-bu-tie-gong-shi-ru-he-que-bao-mei-yi-fen-qian-dou-jing-zhun-fa-fang-dao-zhen-zheng-x.html",
        "市农业机械化服务中心 补贴管理科 科长's 附件3 (tab ``附件3``) after the source's piece on 农机补贴公示 (村级初审、"
        "乡镇复审、县级终审, 补贴公示, 防止冒领与滥用, 投诉举报): he typed the unit and the 科室 into the title "
        "(``XX市农业机械化服务中心补贴管理科中层岗位廉政风险识别和防控表``), left the 单位(盖章) line blank and the "
        "科室 field EMPTY; 负责人 ``周建平``, 岗位风险等级 ``一级``; official heading, 岗位职责 merged over two rows, "
        "Ⅰ级/Ⅱ级/Ⅲ级, one point with two types; review boxes empty, 注",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    farm_subsidy_two_cards_side_by_side(),
    irrigation_deputy_padded_name(),
    irrigation_station_head_name_space_post(),
    irrigation_station_staff_workbook(),
    township_civil_affairs_cards_sheet_tabs(),
    township_deputy_selfcheck_nothing_row(),
    vet_slaughter_register_resident_unit(),
    vet_origin_selfcheck_result_column(),
    farm_subsidy_head_dept_in_title(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` (re-saved copies ``resaved/b46_*``, none kept)."""
    return _build(outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX)


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch46-inbox"))
