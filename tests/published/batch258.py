"""The two-hundred-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 乡镇, 街道, 村/社区
and 站所, 西昌市 (a county-level city of the 凉山彝族自治州) — the 礼州镇's own 一览表, the 川兴镇财政所,
the 长安街道 and its 中心, the 北城街道宁远社区, the 安宁镇退役军人服务站, the 樟木箐镇林业站, the 佑君镇洛古村
and the 黄联关镇水利站 — each handing back the 一览表, 排查表, 清单, 自查表, 防控卡 or 登记表 its staff typed
in WPS, Word or Excel, the rows about 村级报账, 资金平衡表, 惠农补贴“一卡通”, 支农项目资金, 质量保证金,
社区事务受理, 网格事件, 占道经营, 低保入户核查, 临时救助, 优抚对象信息核查, 光荣牌, 公益林管护经费, 护林员
考核, 现金日记账, 村干部工资, 天河水窖, 集中供水点 and 堰塘:

- the 川兴镇财政所's 防控卡, one sheet a holder (tabs 所长, 惠农补贴专管员, 报账员): ``姓　名 | … | 职　务 |
  …`` and ``所在单位 | …`` pairs above the table, a merged ``岗位职责`` line, ``高风险/中风险/低风险``, no type
  column, ``持卡人签字：``, a date and a ``监督电话：…`` line below;
- the 长安街道's 一览表 under ``附件1``: ``科室（中心）`` merged (街道领导, 社区事务受理服务中心, 城市运行管理
  中心, 综合行政执法队, 经济发展服务中心), ``岗位`` and ``姓名`` merged per person, ``…风险`` types, 高/中/低,
  a 填表人/审核人/街道党工委（盖章） line;
- the 宁远社区's 排查表 under a ``填报单位：…　排查时间：…`` line: ``岗位`` and ``姓名`` merged per person, a
  short ``风险点`` beside a long ``风险表现``, ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, no type column, no 科室,
  an ``排查人： | 社区党委书记（签字）：`` line;
- the 安宁镇退役军人服务站's 自查表, one sheet a person (tabs named for the person): ``姓名 | … | 性别 | … |
  民族 | …`` and ``职务 | … | 所在站所 | …`` pairs, a ``工作职责`` column before the ``自查风险点``, short
  types, ``一级/二级/三级``, a ``自查情况`` column, ``自查人（签字）： | 审核人（签字）：`` below;
- the 樟木箐镇林业站's 责任清单 under a ``风险等级：★★★高　★★中　★低`` line: a ``工作事项`` column, the
  ``廉政风险点``, short types, ``★★★/★★/★``, then ``责任岗位`` and ``责任人`` written on every row (no merges),
  a ``监督电话`` line;
- the 洛古村's “两委”干部 一览表 under group rows ``一、村党总支书记、村委会主任（责任人：…）`` merged across
  (no 岗位 or 姓名 column), a ``权力事项`` column, 高/中/低, no type column, the seals of the 村党总支 and the
  村务监督委员会 and a date below;
- the 黄联关镇水利站's 排查登记表 under a ``填报站所：…　填报时间：…`` line: ``岗位`` and ``姓名`` merged per
  person, blank spacer rows between posts, ``风险内容``, ``…风险`` types, ``一级风险/二级风险/三级风险``, a
  ``备注`` column, a row saying only ``无`` for the 河道巡查员, a 站长签字 line.

One is harder:

- ``lizhou_word_pasted``: the 礼州镇's ordinary 一览表 (``部门``, ``岗位``, ``廉政风险点``, short types, 高/中/低,
  numbered ``防控措施``), drafted as a TABLE IN WORD AND PASTED INTO EXCEL, as a 党政办 does when the 镇纪委
  asks for the Word file's table in a workbook: every paragraph of a Word cell lands in a row of its own,
  and the cells of one paragraph are merged over the rows the others need. So the 岗位 column holds the
  post in the FIRST ROW of each person's block and the HOLDER'S NAME IN THE CELL UNDER IT (the Word cell
  was ``党委书记⏎吉克曲惹``), that cell merged down the rest of the person's rows; the header's ``岗位`` cell
  (``岗位⏎（责任人）`` in Word) has ``（责任人）`` in the cell beneath it while every other heading is merged
  over both rows; each numbered measure ``1.…``, ``2.…`` stands in a row of its own, the ``序号``,
  ``廉政风险点``, ``风险类型`` and ``风险等级`` merged over them, ``部门`` merged over the department's rows.
  The README's 读得懂的表 knows a 岗位 cell ``定点评估岗⏎吴海燕`` (post and holder in ONE cell), ``民政专干(高丽)``,
  headings in two rows, measures one a row not merged, a risk written on in the next row; it does not
  describe a post and its holder in two stacked cells of the same column, the holder's cell merged down
  the person's rows — the shape a Word table takes in Excel.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 乡镇干部 on 村财乡管 — the 经管站's
记账式 and 报账式 管理, 经手人、证明人、村委主任签字, 村民主理财小组, the 资金平衡表, 收支明细表 and 银行存款表
posted every quarter; a piece on 基层财政所 就地监管 — 惠农补贴, 支农项目资金, “一卡通”, 专户, 先验收后报账, a
10% 质量保证金; a 街道's 行政服务中心 — 社区事务受理服务中心, 城市运行管理中心, 综合行政执法队, 经济发展服务中心;
a 社区's 低保专干 and 社工 on 入户核查 — 家庭人口、收入财产、困难状况, 动态管理, 临时救助; a 乡退役军人管理站's
核查 of 优抚对象 — 残疾军人, 三属, 在乡老复员军人, 带病回乡退伍军人, 参战参试退役军人, 农村籍退役士兵; a
区林业局's 公示 of 公益林管护经费 — 护林员个人信息, 管护面积, 考核情况, 扣分, 年终考核奖励; a 市's 村账镇管 —
现金日记账 逐笔记录, 村干部工资, 财务公开栏, 村出纳; a 乡镇水利员 on 乡镇水利工作 — 堰塘, 天河水窖, 集中供水点,
抗旱, 水利设施老化失修) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names, and Yi
names — 吉克, 阿苦, 勒格, 海来, 沙马, 吉伍, 俄木, 曲比 … — as a 凉山 city's staff carry them); every unit is a
body of 西昌市 (its 镇, 街道, 社区 and 村 — 礼州镇, 川兴镇, 长安街道, 北城街道宁远社区, 安宁镇, 樟木箐镇, 佑君镇洛古村,
黄联关镇 — real names or invented).

Run ``python tests/published/score.py --set batch258`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 镇's own 站/所 (财政所, 经管站, 退役军人服务站, 林业站, 水利站) is a part of the 镇, as batches 72, 163,
  228 and 254 took them: in a file of one 站/所 the unit is the 镇 (``西昌市川兴镇``), the department the
  站/所 as the title writes it (``财政所``); a 街道's 中心 and 综合行政执法队 are its 科室, ``街道领导`` and
  ``镇领导班子`` the 科室 of the leaders; a 社区 and a 村 are units with no 科室;
- 党委书记, 镇长, 副镇长, 街道党工委书记, 街道办事处主任, 社区党委书记、居委会主任 and 村党总支书记、村委会主任 are
  leaders; 主任 of a 镇's 办 or a 街道's 中心, 所长 and 站长 of a 站/所, 队长, 副站长, 居委会副主任 and
  村务监督委员会主任 middle; the rest (专管员, 报账员, 出纳, 受理员, 执法队员, 低保专干, 网格员, 工作人员,
  技术员, 专干, 村文书, 管理员 …) general;
- in the harder table the post is the 岗位 column's first cell of a block and the holder the cell under
  it; ``（责任人）`` is a heading; the numbered measures, one a row, are no points;
- ``风险点 | 风险表现``: the point is the short 风险点; ``工作职责``, ``工作事项``, ``权力事项``, ``自查情况``,
  ``备注``, legend lines and ``注：`` lines are no points; the ``无`` row is no point and no form;
- a group row ``一、村党总支书记、村委会主任（责任人：吉伍木呷）`` gives the post and holder of the rows under it;
  the 一肩挑 posts are kept as written (``村党总支书记、村委会主任``, ``社区党委书记、居委会主任``);
- 高/中/低, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★`` (by the line above
  the table) and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b258_"
PLACE = "西昌市"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
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

# (部门, 岗位, 责任人, tier, [(廉政风险点, 风险类型, 风险等级, [防控措施, one a Word paragraph])])
LIZHOU = [
    ("镇领导班子", "党委书记", "吉克曲惹", "leader", [
        ("重大事项决策搞“一言堂”，未经党委会集体研究", "制度机制", "高",
         ["1.严格执行“三重一大”集体决策制度；", "2.党委会议题提前报备，会议纪要存档备查。"]),
        ("插手干预村“两委”换届和村干部选任", "思想道德", "高",
         ["1.换届工作全程纪实；", "2.落实领导干部插手干预重大事项记录报告制度；",
          "3.换届结果报市委组织部备案。"]),
    ]),
    ("镇领导班子", "镇长", "昝岫澜", "leader", [
        ("镇级小型工程化整为零，规避公开招标", "业务流程", "高",
         ["1.工程项目按限额标准进入市公共资源交易平台；", "2.镇纪委全程监督。"]),
        ("大额资金支付审批把关不严", "岗位职责", "中",
         ["1.大额资金支付实行联签；", "2.每季度向镇党委报告资金使用情况。"]),
    ]),
    ("镇领导班子", "副镇长", "阿苦拉且", "leader", [
        ("惠农项目和补贴资金安排优亲厚友", "思想道德", "中",
         ["1.项目安排和补贴对象经村民代表会议评议；", "2.结果在村务公开栏公示七天。"]),
    ]),
    ("党政办公室", "主任", "笪翀霖", "middle", [
        ("公务接待超标准、无公函接待", "制度机制", "中",
         ["1.接待实行公函和清单制度；", "2.接待费用每月公示。"]),
        ("公章使用登记不全，违规出具证明", "岗位职责", "低",
         ["1.用印逐件登记、审批；", "2.证明材料留存复印件备查。"]),
    ]),
    ("经管站", "站长", "厍沐芃", "middle", [
        ("村级报账审核不严，为经手人、证明人、村委主任签字不全的发票报账", "业务流程", "高",
         ["1.报账凭证“三签”不全的一律退回；", "2.大额支出须附村民主理财小组审核意见；",
          "3.每季度抽查各村报账凭证。"]),
        ("村级资金平衡表、收支明细表、银行存款表编制不实，公开走过场", "岗位职责", "中",
         ["1.三张表由站长审核签字后交村民主理财小组张贴；", "2.每季度固定时间公布。"]),
    ]),
    ("经管站", "村级会计委托代理员", "勒格史诺", "general", [
        ("代理记账时隐瞒、截留村集体收入", "思想道德", "高",
         ["1.村集体收入一律进入镇代管账户；", "2.收入票据统一领用、核销。"]),
        ("村级账务长期不结账、不对账", "业务流程", "低",
         ["1.村级账务按月结账；", "2.每季度与开户银行对账。"]),
    ]),
    ("财政所", "所长", "隗湜川", "middle", [
        ("惠民惠农财政补贴资金“一卡通”发放审核不严", "岗位职责", "高",
         ["1.发放名册与主管部门审核名单逐户比对；", "2.发放结果在村（社区）公示；",
          "3.群众反映问题建立台账跟踪办理。"]),
    ]),
    ("财政所", "出纳", "井叶阿支", "general", [
        ("公款私存、挪用备用金", "思想道德", "高",
         ["1.资金一律通过对公账户收付；", "2.现金日清月结，所长不定期盘点。"]),
    ]),
]  # fmt: skip

WORD_HEAD = ("序号", "部门", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
WORD_UNDER = "（责任人）"  # the second paragraph of the Word table's 岗位 heading


def lizhou_word_pasted() -> dict:
    unit = f"{PLACE}礼州镇"
    sh = _Sheet("Sheet1", [6, 12, 16, 40, 10, 9, 44])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报时间：2024年6月{GAP * 12}镇纪委审核：", 7)
    top = sh.add(*WORD_HEAD)
    sh.add(None, None, WORD_UNDER, None, None, None, None)
    for c in (0, 1, 3, 4, 5, 6):
        sh.merge(top, c, top + 1, c)
    n = 0
    dept_first, dept_now = None, None
    for dept, post, who, tier, points in LIZHOU:
        if dept != dept_now:
            if dept_first is not None and len(sh.rows) - 1 > dept_first:
                sh.merge(dept_first, 1, len(sh.rows) - 1, 1)
            dept_first, dept_now = len(sh.rows), dept
        person_first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            first = len(sh.rows)
            for j, measure in enumerate(measures):
                if j == 0:
                    sh.add(n, None, None, point, typ, lv, measure)
                else:
                    sh.add(None, None, None, None, None, None, measure)
            if len(measures) > 1:
                for c in (0, 3, 4, 5):
                    sh.merge(first, c, len(sh.rows) - 1, c)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        person_last = len(sh.rows) - 1
        assert person_last > person_first, post  # the Word cell's two paragraphs need two rows
        sh.rows[person_first][2] = post
        sh.rows[person_first + 1][2] = who
        if person_last > person_first + 1:
            sh.merge(person_first + 1, 2, person_last, 2)
        if sh.rows[dept_first][1] is None:
            sh.rows[dept_first][1] = dept
    if len(sh.rows) - 1 > dept_first:
        sh.merge(dept_first, 1, len(sh.rows) - 1, 1)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "镇纪委（盖章）", None)
    return _layout(
        "lizhou_word_pasted", "http://www.handmsg.com/page/2011/0101/29802015.shtml",
        "(harder) 镇 岗位廉政风险防控一览表 drafted as a Word table and pasted into Excel, after the source's 乡镇干部 on "
        "村财乡管 (the 经管站's 记账式 and 报账式 管理, 经手人、证明人、村委主任签字, 村民主理财小组, the 资金平衡表, 收支明细表 and "
        "银行存款表 posted every quarter): a title, a ``填报时间：2024年6月　镇纪委审核：`` line, a header whose ``岗位`` cell "
        "has ``（责任人）`` in the cell under it (the Word heading ``岗位⏎（责任人）``) while 序号/部门/廉政风险点/风险类型/"
        "风险等级/防控措施 are merged over both rows; then every paragraph of a Word cell in a row of its own: the 岗位 "
        "column holds the post in the first row of each person's block and the holder's name in the cell under it, "
        "merged down the rest of the block (the Word cell ``党委书记⏎吉克曲惹``); each numbered measure ``1.…``, ``2.…`` "
        "a row, 序号/廉政风险点/风险类型 (short names)/风险等级 高/中/低 merged over them; 部门 merged (镇领导班子, 党政办公室, "
        "经管站, 财政所); a blank row and a 填表人/审核人/镇纪委（盖章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chuanxing_finance_cards() -> dict:
    unit = f"{PLACE}川兴镇"
    t = _Truth(unit)
    dept = "财政所"
    cards = [
        ("所长", "海来阿衣", "middle", "主持财政所全面工作，负责镇本级预算执行和涉农资金就地监管", [
            ("涉农项目资金未经验收即拨付，不按进度拨款", "高风险", "支农项目先验收后报账，按施工进度拨付。"),
            ("工程质量保证金提前退还或不扣留", "中风险", "质量保证金按合同价10%扣留，保修期满经验收后拨付。"),
            ("对上级下达到镇的专项资金不设专户、混用", "中风险", "专项资金设专户，统一核算、分类登账。"),
        ]),
        ("惠农补贴专管员", "郏蕴栩", "general", "负责惠农补贴“一卡通”发放数据审核和入户核查", [
            ("补贴对象和面积不入户核实，照抄村上报数", "高风险", "随机入户、到田间地头核查，核查记录签字留存。"),
            ("“一卡通”发放信息与实际领取人不一致不纠正", "中风险", "发放数据与银行代发回单逐户比对。"),
            ("泄露群众身份证号、银行卡号", "低风险", "数据查询权限专人专用，离岗即注销。"),
        ]),
        ("报账员", "逄珝岩", "general", "负责镇本级和站所经费报账、凭证整理", [
            ("审核把关不严，为无审批单的支出报账", "中风险", "报账实行经办人、证明人、审批人签字齐全方可受理。"),
            ("虚开、拆分发票规避审批限额", "中风险", "同一事项分次报销的合并审核，发票真伪网上查验。"),
            ("会计凭证保管不善，丢失、损毁", "低风险", "凭证按月装订归档，档案柜双人管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, duty, points in cards:
        sh = _Sheet(post, [6, 14, 30, 12, 34, 12])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("姓　名", who, "职　务", post, "所在单位", f"川兴镇{dept}")
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "廉政风险点", None, "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(i, point, None, lv, measures, None)
            sh.merge(r, 1, r, 2)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, None, "2024年5月", None)
        _line(sh, "监督电话：0834-3222158（川兴镇纪委）", 6)
        sheets.append(sh)
    return _layout(
        "chuanxing_finance_cards", "https://www.gaodun.com/diqu/335302.html",
        "镇财政所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 惠农补贴专管员, 报账员), after the source's piece on 基层"
        "财政所 就地监管 (惠农补贴, 支农项目资金, “一卡通”, 专户, 先验收后报账, 10% 质量保证金): a title, ``姓　名 | … | 职　务 | "
        "… | 所在单位 | 川兴镇财政所`` in one row, a merged ``岗位职责`` line, then 序号/廉政风险点 (merged over two columns)/"
        "风险等级 ``高风险/中风险/低风险``/防控措施 (merged over two columns); no type column; a blank row, ``持卡人签字： | "
        "2024年5月`` and a merged ``监督电话：…`` line",
        sheets, t,
    )  # fmt: skip


def changan_subdistrict_list() -> dict:
    unit = f"{PLACE}长安街道"
    sh = _Sheet("一览表", [6, 16, 11, 9, 38, 13, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室（中心）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    lead, accept, city, law, econ = (
        "街道领导", "社区事务受理服务中心", "城市运行管理中心", "综合行政执法队", "经济发展服务中心",
    )  # fmt: skip
    rows = [
        (lead, "党工委书记", "鄢芷蘅", "leader", [
            ("街道重大事项、大额资金使用未经党工委会议集体研究", "制度机制风险", "高",
             "落实“三重一大”集体决策，会议纪要存档。"),
            ("为亲友在辖区承揽工程、经营项目打招呼", "思想道德风险", "高", "领导干部插手干预如实记录报告。"),
        ]),
        (lead, "办事处主任", "沙马尔布", "leader", [
            ("中心集中办公后的设备、场地采购决策不公开", "业务流程风险", "中", "采购按政府采购程序，结果公示。"),
        ]),
        (accept, "主任", "桓砚禾", "middle", [
            ("受理事项“应进未进”，为部门体外办理开口子", "制度机制风险", "中", "受理事项清单公开，办件全部进系统。"),
            ("“办不成事”窗口诉求不登记、不回应", "岗位职责风险", "低", "诉求登记编号，限时回复，每月通报。"),
        ]),
        (accept, "受理员", "曲比阿果", "general", [
            ("对申请材料把关不严，违规受理", "业务流程风险", "中", "实行一次性告知和受理复核。"),
            ("窗口办事吃拿卡要、收取“辛苦费”", "思想道德风险", "中", "窗口全程视频，群众“好差评”结果计入考核。"),
        ]),
        (city, "主任", "邰峄晴", "middle", [
            ("网格事件派单、结案审核走过场，虚报处置结果", "岗位职责风险", "中", "结案实行现场照片比对和回访抽查。"),
        ]),
        (law, "队长", "竺曦苇", "middle", [
            ("占道经营、违法建设查处选择性执法", "外部环境风险", "高", "执法对象随机抽取，执法结果公开。"),
            ("暂扣物品不登记、私自处理", "业务流程风险", "中", "暂扣物品当场开具清单，入库登记。"),
        ]),
        (law, "执法队员", "吉伍尔哈", "general", [
            ("执法中接受商户宴请、礼品", "思想道德风险", "中", "执法记录仪全程记录，签订廉洁执法承诺。"),
        ]),
        (econ, "主任", "亓睿沅", "middle", [
            ("企业服务中为特定企业争取扶持资金“开绿灯”", "外部环境风险", "中", "扶持资金申报材料集体审核，结果公示。"),
            ("辖区经济数据统计弄虚作假", "岗位职责风险", "低", "统计数据分级审核，源头资料留存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "街道党工委（盖章）", None, "2024年6月")
    return _layout(
        "changan_subdistrict_list", "https://www.caiding5.cn/news/31600453.html",
        "街道 岗位廉政风险防控一览表, after the source's 街道行政服务中心 (社区事务受理服务中心, 城市运行管理中心, 综合行政执法队, "
        "经济发展服务中心, the “办不成事”窗口): ``附件1``, a title, then 序号/``科室（中心）`` merged (街道领导, 社区事务受理服务中心, "
        "城市运行管理中心, 综合行政执法队, 经济发展服务中心)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 "
        "高/中/低/防控措施; a blank row and a 填表人/审核人/街道党工委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


def ningyuan_community_checklist() -> dict:
    unit = f"{PLACE}北城街道宁远社区"
    sh = _Sheet("排查表", [6, 14, 9, 16, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    _line(sh, f"填报单位：宁远社区居民委员会{GAP * 8}排查时间：2024年5月", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("社区党委书记、居委会主任", "蹇禹汀", "leader", [
            ("低保评议把关", "低保资格评审小组评议走过场，人情保、关系保", "Ⅰ级",
             "评议会邀请居民代表、社区民警参加，评议结果张榜公示。"),
            ("居务公开", "社区服务群众经费使用不公开或公开不全", "Ⅱ级", "经费使用每季度在居务公开栏公布。"),
        ]),
        ("居委会副主任", "俄木子莫", "middle", [
            ("临时救助审核", "临时救助申请不入户核实即报批", "Ⅱ级", "临时救助一律入户核实，调查记录双人签字。"),
        ]),
        ("低保专干", "佘霂清", "general", [
            ("入户核查", "不按“一看二问三查四记录”核查，照抄申请材料", "Ⅰ级",
             "入户核查与社工同行，家庭人口、收入财产、困难状况逐项记录。"),
            ("动态管理", "对收入增加超过标准的家庭不及时报停", "Ⅱ级", "每半年复核一次，变动情况报街道审核。"),
            ("低保边缘家庭认定", "认定低保边缘家庭优亲厚友", "Ⅲ级", "认定条件公开，名单公示七天。"),
        ]),
        ("网格员", "苏呷布哈", "general", [
            ("困难群众信息上报", "隐瞒、漏报困难家庭信息，或为亲友虚报困难", "Ⅲ级", "网格信息双人采集，社区抽查核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, points in rows:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, desc, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分Ⅰ级、Ⅱ级、Ⅲ级，Ⅰ级为最高。", 7)
    sh.add("排查人：", None, None, "社区党委书记（签字）：", None, None, None)
    return _layout(
        "ningyuan_community_checklist", "http://m.lcjx0635.com/post/43/210782",
        "社区 廉政风险点排查表, after the source's 社区 低保专干 and 社工 on 入户核查 (家庭人口、收入财产、困难状况, "
        "“一看二问三查四记录”, 动态管理, 临时救助, 低保边缘家庭): a title, a merged ``填报单位：宁远社区居民委员会　排查时间："
        "2024年5月`` line, then 序号/岗位 and 姓名 merged per person/a short 风险点/a long 风险表现/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no type column, no 科室; a ``注：`` line on the levels and an ``排查人： | 社区党委书记（签字）：`` line",
        [sh], t,
    )  # fmt: skip


def anning_veterans_self_checks() -> dict:
    unit = f"{PLACE}安宁镇"
    t = _Truth(unit)
    dept = "退役军人服务站"
    people = [
        ("马海拉铁", "男", "彝族", "站长", "middle", [
            ("优抚对象信息核查", "对残疾军人、“三属”信息核查走过场，数据不实", "岗位职责", "一级",
             "核查对象逐户上门，核查表本人签字。", "已整改"),
            ("优抚金发放", "优抚对象死亡、迁出后不及时停发", "业务流程", "一级",
             "每月与派出所、民政数据比对，停发名单复核。", "未发现问题"),
            ("帮扶资金申请", "困难退役军人帮扶资金申请审核优亲厚友", "思想道德", "二级",
             "帮扶对象经村（社区）评议，结果公示。", "未发现问题"),
        ]),
        ("甄屺宁", "女", "汉族", "工作人员", "general", [
            ("信息采集", "在乡老复员军人、带病回乡退伍军人信息采集不全，建档不准", "岗位职责", "二级",
             "信息采集表双人审核，数据库专人维护。", "已整改"),
            ("光荣牌悬挂", "光荣牌发放登记不全，错发漏发", "制度机制", "三级",
             "发放名册逐户签收，村（社区）复核。", "未发现问题"),
            ("档案管理", "随意查阅、泄露优抚对象个人信息", "制度机制", "二级",
             "档案查阅登记审批。", "未发现问题"),
        ]),
        ("尔古依作", "男", "彝族", "专干", "general", [
            ("参战参试人员认定", "为不符合条件人员出具参战参试证明材料", "外部环境", "一级",
             "认定材料报市退役军人事务局审核，镇上不出具认定意见。", "未发现问题"),
            ("走访慰问", "慰问物资发放不登记，虚报慰问人数", "思想道德", "三级",
             "慰问物资领用登记，受慰问人签收、拍照留存。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, nation, post, tier, points in people:
        sh = _Sheet(who, [6, 16, 34, 10, 8, 32, 12])
        _line(sh, f"{unit}{dept}个人廉政风险自查表", 7)
        sh.add("姓名", who, "性别", sex, "民族", nation, None)
        sh.add("职务", post, "所在站所", dept, None, None, None)
        sh.add("序号", "工作职责", "自查风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (duty, point, typ, lv, measures, answer) in enumerate(points, 1):
            sh.add(i, duty, point, typ, lv, measures, answer)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        sh.add()
        sh.add("自查人（签字）：", None, None, "审核人（签字）：", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "anning_veterans_self_checks", "http://gyr.fzbdw.org.cn/html/gongyizhichuang/2019-08-23/8478.html",
        "镇退役军人服务站 个人廉政风险自查表, one sheet a person (tabs named for the person), after the source's 乡退役军人"
        "管理站 核查 of 优抚对象 (残疾军人, 三属, 在乡老复员军人, 带病回乡退伍军人, 参战参试退役军人, 农村籍退役士兵, 上门建立"
        "信息数据库): a title, ``姓名 | … | 性别 | … | 民族 | …`` and ``职务 | … | 所在站所 | 退役军人服务站`` pairs, then "
        "序号/``工作职责``/自查风险点/风险类型 (short names)/风险等级 ``一级/二级/三级``/防控措施/``自查情况`` (已整改, "
        "未发现问题); a blank row and ``自查人（签字）： | 审核人（签字）： | 2024年6月``",
        sheets, t,
    )  # fmt: skip


def zhangmuqing_forestry_list() -> dict:
    unit = f"{PLACE}樟木箐镇"
    sh = _Sheet("责任清单", [6, 14, 36, 10, 8, 32, 14, 10])
    t = _Truth(unit)
    dept = "林业站"
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 8)
    _line(sh, f"风险等级：★★★高{GAP}★★中{GAP}★低", 8)
    sh.add(
        "序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任岗位", "责任人"
    )
    rows = [
        ("公益林管护经费发放", "管护经费发放清单不公示或公示内容不全", "制度机制", "★★★",
         "发放清单公示七天，列明护林员管护面积、考核得分。", "站长", "钭颀柏", "middle"),
        ("护林员考核", "护林员考核打分随意，少扣分、不扣分", "岗位职责", "★★★",
         "考核细则公开，巡护轨迹与考核得分挂钩。", "站长", "钭颀柏", "middle"),
        ("林木采伐审核", "采伐现场查验不实，超量出具意见", "业务流程", "★★",
         "现场查验两人以上，查验照片存档。", "副站长", "吉克阿牛", "middle"),
        ("护林员选聘", "选聘护林员优亲厚友，不按程序公示", "思想道德", "★★",
         "选聘经村评议、镇审核、公示后确定。", "副站长", "吉克阿牛", "middle"),
        ("森林防火物资管理", "防火物资入库、领用不登记，账物不符", "业务流程", "★",
         "物资出入库登记，每半年盘点。", "森林防火专干", "乜昉溪", "general"),
        ("年终考核奖励", "年终考核优秀名额私下分配", "外部环境", "★★",
         "优秀名额按考核得分排序确定，名单公示。", "护林员管理员", "瓦扎史体", "general"),
        ("巡护记录审核", "对护林员巡护记录弄虚作假不纠正", "岗位职责", "★",
         "巡护记录每月抽查，发现问题按规定扣减管护工资。", "护林员管理员", "瓦扎史体", "general"),
    ]  # fmt: skip
    for n, (matter, point, typ, lv, measures, post, who, tier) in enumerate(rows, 1):
        sh.add(n, matter, point, typ, lv, measures, post, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _line(sh, "监督电话：0834-3322461（樟木箐镇纪委）", 8)
    return _layout(
        "zhangmuqing_forestry_list", "https://ixbang.com/bid/detail/F4D9B58DC0E753627C9B7826AD4B9859.html",
        "镇林业站 廉政风险防控责任清单, after the source's 区林业局 公示 of 公益林管护经费 (护林员个人信息, 管护面积, 考核情况, "
        "每少1分扣, 年终考核优秀奖励, 公示七天): a title, a merged ``风险等级：★★★高　★★中　★低`` line, then 序号/``工作事项``/"
        "廉政风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施/``责任岗位``/``责任人`` — the post and the holder "
        "written on every row, no merges; a merged ``监督电话：…`` line",
        [sh], t,
    )  # fmt: skip


def luogu_village_groups() -> dict:
    unit = f"{PLACE}佑君镇洛古村"
    sh = _Sheet("一览表", [6, 16, 38, 8, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”干部廉洁风险防控一览表", 5)
    sh.add("序号", "权力事项", "廉洁风险点", "风险等级", "防控措施")
    groups = [
        ("一", "村党总支书记、村委会主任", "吉伍木呷", "leader", [
            ("村级重大事项决策", "村级重大事项不经“四议两公开”，个人说了算", "高", "重大事项按“四议两公开”程序办理，会议记录存档。"),
            ("村集体资金支出审批", "审批村集体资金支出不看原始凭证", "高", "支出凭证经手人、证明人签字，村务监督委员会审核。"),
            ("村干部工资发放", "村干部工资、误工补贴虚报多领", "中", "村干部工资由镇核定，逐人在财务公开栏公布。"),
        ]),
        ("二", "村务监督委员会主任", "曲比拉且", "middle", [
            ("村务监督", "对村级财务收支监督走过场，审核章随意加盖", "中", "每月逐笔审核收支，审核意见签字。"),
        ]),
        ("三", "村文书", "庾澂棠", "general", [
            ("村务公开", "财务公开栏公布不及时、内容不全", "中", "每月初张贴现金日记账，逐笔公布收支。"),
            ("证明出具", "违规为村民出具证明", "低", "证明出具经书记审签，登记备查。"),
        ]),
        ("四", "村出纳", "阿西伍各", "general", [
            ("现金管理", "坐支村集体收入，白条抵库", "高", "村集体收入全额交镇代管账户，现金日记账逐笔记录。"),
            ("养老金、补贴代发", "代发群众养老金、补贴时截留克扣", "中", "代发名册本人签领，发放结果公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for num, post, who, tier, points in groups:
        _line(sh, f"{num}、{post}（责任人：{who}）", 5)
        for matter, point, lv, measures in points:
            n += 1
            sh.add(n, matter, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add()
    sh.add("村党总支（盖章）", None, "村务监督委员会（盖章）", None, "2024年7月")
    return _layout(
        "luogu_village_groups", "http://m.haicao88.cn/xinwenpindao/fudingxinwen/2018-08-30/63289.html",
        "村 “两委”干部廉洁风险防控一览表, after the source's 村账镇管 (现金日记账 逐笔记录, 村干部工资, 财务公开栏, 村出纳, "
        "养老金): a title, then 序号/``权力事项``/廉洁风险点/风险等级 高/中/低/防控措施 under group rows ``一、村党总支书记、"
        "村委会主任（责任人：…）`` … ``四、村出纳（责任人：…）`` merged across (no 岗位 or 姓名 column); no type column; a "
        "blank row and the seals of the 村党总支 and the 村务监督委员会 and a date",
        [sh], t,
    )  # fmt: skip


def huanglianguan_water_register() -> dict:
    unit = f"{PLACE}黄联关镇"
    dept = "水利站"
    sh = _Sheet(dept, [6, 14, 9, 36, 14, 11, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险排查登记表", 8)
    r = sh.add(f"填报站所：{dept}", None, None, None, "填报时间：2024年6月20日", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "岗位", "姓名", "风险内容", "风险类型", "风险等级", "防控措施", "备注")
    groups = [
        [("站长", "郦沄樾", "middle", "堰塘整治、天河水窖项目验收走过场，虚报工程量", "岗位职责风险", "一级风险",
          "项目验收邀请村民代表参加，工程量现场复核。"),
         ("站长", "郦沄樾", "middle", "抗旱应急资金分配不公，向关系村倾斜", "思想道德风险", "二级风险",
          "资金分配方案经镇党委会研究并公示。")],
        [("水利技术员", "牟琤玥", "general", "小型水利设施维修不比价，指定施工队", "业务流程风险", "二级风险",
          "维修项目三家比价，结果公示。"),
         ("水利技术员", "牟琤玥", "general", "为施工方签证不实工程量", "外部环境风险", "一级风险",
          "签证实行技术员、村监委双签。")],
        [("农村供水管理员", "木乃阿牛", "general", "集中供水点水费收取不入账", "制度机制风险", "二级风险",
          "水费统一开具票据，每月上缴镇代管账户。"),
         ("农村供水管理员", "木乃阿牛", "general", "供水设施老化失修不报告，虚报维护记录", "岗位职责风险", "三级风险",
          "维护记录拍照上传，站长每月抽查。")],
        [("河道巡查员", "巩箬川", "general", "无", None, None, None)],
    ]  # fmt: skip
    n = 0
    for g, group in enumerate(groups):
        if g:
            sh.add()  # spacer row between posts
        recs = []
        for post, who, tier, point, typ, lv, measures in group:
            n += 1
            recs.append([n, post, who, point, typ, lv, measures, None])
            if point != "无":
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        sh.records(recs, merge_cols=(1, 2))
    sh.add()
    sh.add("站长签字：", None, None, None, None, "年　　月　　日", None, None)
    return _layout(
        "huanglianguan_water_register", "https://m.fx361.cc/news/2010/0414/21397393.html",
        "镇水利站 廉政风险排查登记表, after the source's 乡镇水利员 on 乡镇水利工作 (堰塘, 天河水窖, 集中供水点, 抗旱, 水利设施"
        "老化失修): a title, a ``填报站所：水利站 | 填报时间：2024年6月20日`` line (two merges), then 序号/岗位 and 姓名 merged "
        "per person/风险内容/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施/备注; blank spacer rows between "
        "posts; the 河道巡查员 has one row saying only ``无`` (no point, no form); a blank row and ``站长签字： | 年　月　日``",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    lizhou_word_pasted(),
    chuanxing_finance_cards(),
    changan_subdistrict_list(),
    ningyuan_community_checklist(),
    anning_veterans_self_checks(),
    zhangmuqing_forestry_list(),
    luogu_village_groups(),
    huanglianguan_water_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch258-inbox"))
