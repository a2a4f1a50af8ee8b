"""The two-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: TOWNS AND VILLAGES, again, of one county, 稻城县 — a 镇人民政府
with its 办/所/站, a 乡's 农业综合服务中心, a 镇's 林业站, a 乡's 畜牧兽医站, a 村's "两委", a 村's
村民小组, a 镇's 农村集体“三资”管理服务中心, a 社区居民委员会 and a 乡's 社会事务办 — each handing back
its ordinary 一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, the rows about 补贴, 低保,
林权, 项目 and 集体资产:

- the 茸溪乡's 农业综合服务中心 一览表 under a merged ``填报单位：…（盖章）　…　填报时间：…`` line: 岗位,
  姓名 and a ``工作职责`` column merged per person, short types, 高/中/低, a ``中心负责人： | 分管领导： |
  乡纪委审核：`` line;
- the 雪泊镇's 林业站 防控卡, one sheet a holder (tabs 站长, 副站长, 林业员): ``持卡人 | … | 所在站所 | …``
  and ``职　务 | … | 持卡时间 | …`` in pairs over two rows, a ``工作环节`` column before the 风险点,
  ``Ⅰ级/Ⅱ级/Ⅲ级`` read by a ``注：`` line, measures merged over two columns, no type column;
- the 蒿坪乡's 畜牧兽医站 排查表 under ``附件1``: ``姓名`` BEFORE ``岗位``, both merged per person, ``…风险``
  types, ``一级/二级/三级``, a ``备注`` column;
- the 卡杉镇绒巴村's "两委" 排查表 under a merged ``村（社区）：…　填报时间：…`` line: 职务 and 姓名 merged
  per person (the 一肩挑 ``党支部书记、村委会主任`` one post), a ``权力事项`` column, levels ``A/B/C`` read by
  a ``注：`` line, no type column;
- the 茸溪乡松坪村's 村民小组长 清单: ``村民小组`` (一组 … 四组) and ``组长`` (names) merged per group, a
  ``风险事项`` column, 高/中/低, and a last ``联系村干部`` column (two names, each merged over two
  groups: watchers, not holders);
- the 桑柯镇's 农村集体“三资”管理服务中心 责任清单 对岗不对人: 岗位 and ``岗位职责`` merged per post, short
  types, ``高风险/中风险/低风险``, a ``监督单位：…　监督电话：…`` line;
- the 棠岭镇贡岭社区居民委员会's two sheets: ``两委成员`` with 姓名, 职务 and ``分管工作`` merged down (the
  一肩挑 ``社区党委书记、居委会主任``), and ``社区工作者`` with 岗位 and 姓名 merged; ``一级/二级/三级``, no
  type column;
- the 珠泽乡's 社会事务办 自查表, one sheet a person: ``姓　名 | … | 性　别 | … | 职　务 | …`` and ``所在科室 |
  … | 联系电话 | … | 填表时间 | …`` above, ``自查风险点``, ``…风险`` types, 高/中/低, an ``整改时限`` column,
  ``本人签字： | 分管领导签字： | 乡纪委审核：`` below.

One is harder:

- ``town_list_in_two_columns``: the 卡杉镇人民政府's 一览表 of twenty rows, PRINTED IN TWO COLUMNS on one
  landscape page (as a typist fits a long list on one sheet of paper): the heading ``序号 | 站所 | 岗位 |
  姓名 | 廉政风险点 | 风险等级 | 防控措施`` stands TWICE in one row — A–G and I–O, column H empty between —
  序号 1–10 in the left half and 11–20 in the right half, the rows of the two halves side by side. It
  is ONE list, not two: the 财政所's 所长 starts at 8–10 at the foot of the left half and goes on at
  11–12 at the top of the right half, where his 站所, 岗位 and 姓名 cells are EMPTY (the merge does not
  cross from one half to the other). The README's 读得懂的表 reads two tables side by side as two
  tables, and a wide table printed in two halves ONE UNDER THE OTHER joined by 序号; a long table
  cut into two halves side by side, 序号 running on and the right half's first rows going on with
  the left half's last person, it does not describe.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 镇纪委 and its 村级监察工作联络站 and
村级工程; a 镇农业服务中心's 备耕, 农资 and 科技指导员; a 镇林业站's 林木采伐 申请, 采伐设计, 木材经营 台账
and 森林督查 图斑; 乡镇畜牧兽医站 建设 and 动物防疫 设备; 村干部 cases — the 一肩挑 书记, 耕地地力保护补贴
截留, 种植保险 虚报, 青苗补偿; 村组干部 and 农村集体“三资”, 征收补偿; 乡镇 农村集体“三资”管理服务中心 代理
记账 and 村级财务 清理; 城乡社区治理 — 居务公开, 网格化, 社区服务; a 镇's 农村低保 — 资格审查, 公示, 资金
拨付, 冒领代领) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 稻城县 (its 镇, 乡, 村 and 社区
— 卡杉镇, 茸溪乡, 雪泊镇, 蒿坪乡, 桑柯镇, 棠岭镇, 珠泽乡, 绒巴村, 松坪村, 贡岭社区 — invented).

Run ``python tests/published/score.py --set batch239`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder table the two halves are one list: a row of the right half whose 站所, 岗位 and 姓名
  are empty belongs to the person the left half ends with (the 财政所's 所长); every other row names
  its own; column H is no part of either half;
- a 乡镇's 站/所/中心/办 handing back its own table is the 乡镇's (the convention of batch203, 210, 229):
  the 乡/镇 is the unit, the 站/所/中心/办 the 科室 of its posts (农业综合服务中心, 林业站, 畜牧兽医站,
  农村集体“三资”管理服务中心, 社会事务办); the 镇人民政府's whole list has 镇领导 and its 站所 as 科室;
- a 村's and a 社区's posts have department ""; the 村民小组 named in the 村's 清单 (一组 … 四组) is the 科室
  of its 组长, the name under the heading ``组长`` the holder; with no post column the title is ""
  and the tier None (as batch38 read names under ``站所长`` and batch43 under ``乡村医生``; measured
  first with the title ``组长`` and the tier general — a truth error against that convention,
  corrected after the measurement, the sheet unchanged: see tests/test_batch239.py); the
  ``联系村干部`` are watchers;
- ``工作职责``, ``工作环节``, ``权力事项``, ``风险事项``, ``岗位职责``, ``分管工作``, ``备注`` and ``整改时限``
  are no points;
- ``A/B/C`` (the 村's ``注：`` says A高 B中 C低), ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级`` and
  ``高风险/中风险/低风险`` are 1/2/3;
- 镇长, 副镇长, the 一肩挑 村 and 社区 书记/主任 are leaders; 主任 of a 镇's 办 or 中心, 所长, 站长, 副站长,
  村委会副主任, 居委会副主任 and 村务监督委员会主任 middle (as batch228); the rest — 农技员, 农经员, 林业员,
  兽医, 防疫员, 村文书, 报账员, 代理会计, 出纳, 审计员, 网格员, 专干 — general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b239_"
PLACE = "稻城县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ABC = {"A": 1, "B": 2, "C": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, person: int | None,
                extra: tuple[int, ...] = ()) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post, holder (and ``extra``) columns over each
    person's rows."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       row[person] if person is not None else None)  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + ([] if person is None else [(person, key)])
    specs += [(c, key) for c in extra]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (站所, 岗位, 姓名, tier, [(廉政风险点, 等级, 防控措施)]) in the list's order, 序号 1–20
TWO_COLUMN_PEOPLE = [
    ("镇领导", "镇长", "笪枕流", "leader", [
        ("镇政府大额资金支出、重大项目安排不经党政联席会议集体研究", "高",
         "严格执行“三重一大”集体决策，会议纪要存档备查。"),
        ("干预村级工程项目发包，为亲友承揽工程打招呼", "高", "村级工程一律进乡镇公共资源交易平台，过问情况登记报告。"),
        ("对站所负责人廉政提醒和日常监督不到位", "低", "每季度与站所负责人开展一次廉政谈话。"),
    ]),
    ("镇领导", "副镇长", "禤晞岑", "leader", [
        ("分管的农业项目验收把关不严，默许虚报工程量", "高", "项目验收邀请村务监督委员会参加，结果公示。"),
        ("在惠农补贴、低保审批中优亲厚友", "中", "审批名单集体审定，在村务公开栏公示。"),
    ]),
    ("党政办", "主任", "逄蓼汀", "middle", [
        ("公务接待超标准、虚列接待费用", "中", "接待凭公函和审批单，清单随凭证报销。"),
        ("办公用品采购不比价，指定供应商", "低", "采购三家比价，验收与采购分离。"),
    ]),
    ("财政所", "所长", "郦渟舟", "middle", [
        ("惠民惠农补贴资金“一卡通”发放名单审核不严，冒领、重复领取", "高",
         "发放名单与部门审批名单逐户比对，发放结果公示。"),
        ("村级转移支付资金拨付不及时、截留挪用", "高", "资金按进度直拨到村，拨付台账每月核对。"),
        ("报账审核不严，白条、虚开发票入账", "中", "票据经手人、证明人、审批人三签，所长复核。"),
        # the right half goes on with him: 序号 11 and 12, his 站所, 岗位 and 姓名 cells empty
        ("村级财务委托代理记账中违规调整账目", "中", "账目调整须有村民主理财小组意见，留痕备查。"),
        ("财政票据、印鉴管理不严，一人保管全部印鉴", "低", "财务印鉴分人保管，票据领用登记。"),
    ]),
    ("社会事务办", "主任", "栾澹烟", "middle", [
        ("低保、特困对象入户核查走过场，人情保、关系保", "高", "入户核查两人以上，民主评议和公示全程留痕。"),
        ("临时救助审批不按标准，重复救助", "中", "救助对象建立台账，与低保信息比对。"),
    ]),
    ("农业综合服务中心", "主任", "仝稑禾", "middle", [
        ("耕地地力保护补贴面积核实不实，虚报面积", "高", "面积以承包地确权数据为准，村、镇两级公示。"),
        ("农业社会化服务项目服务主体选定不公开", "中", "服务主体公开比选，结果在镇政府网站公示。"),
    ]),
    ("林业站", "站长", "厍松眠", "middle", [
        ("林木采伐申请审核不严，超量、无证采伐放行", "高", "采伐申请村签意见、站审核、镇审批，现场监管。"),
        ("公益林生态效益补偿面积核实不准、分配不公", "中", "补偿面积落到山头地块，分配方案村民代表会议通过。"),
    ]),
    ("畜牧兽医站", "站长", "璩牧川", "middle", [
        ("强制扑杀、无害化处理补助数量虚报", "中", "扑杀、处理现场拍照留档，数量与养殖台账核对。"),
        ("动物检疫出证不到现场，收费出证", "低", "检疫出证实行电子出证，出证记录每月抽查。"),
    ]),
]  # fmt: skip
HALF = 7  # columns of one half: 序号, 站所, 岗位, 姓名, 廉政风险点, 风险等级, 防控措施
RIGHT = HALF + 1  # the right half starts after one empty column
LEFT_ROWS = 10


def town_list_in_two_columns() -> dict:
    unit = f"{PLACE}卡杉镇人民政府"
    width = HALF * 2 + 1
    sh = _Sheet("一览表", [5, 10, 8, 8, 30, 6, 28, 2, 5, 10, 8, 8, 30, 6, 28])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", width)
    _line(sh, f"填报单位：{PLACE}卡杉镇纪委（汇总）{GAP * 12}填报时间：2024年11月", width)
    head = ("序号", "站所", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    sh.add(*head, None, *head)
    flat = []  # (站所, 岗位, 姓名, point, level, measures), in the order of 序号
    for dept, post, who, tier, points in TWO_COLUMN_PEOPLE:
        for point, lv, measures in points:
            flat.append((dept, post, who, point, lv, measures))
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    left, right = flat[:LEFT_ROWS], flat[LEFT_ROWS:]
    assert len(right) <= LEFT_ROWS
    carried = left[-1][:3]  # the person the left half ends with
    first = len(sh.rows)
    for k in range(LEFT_ROWS):
        row = [k + 1, *left[k]] + [None]
        if k < len(right):
            dept, post, who, point, lv, measures = right[k]
            if (dept, post, who) == carried:  # going on from the left half: labels left empty
                dept = post = who = None
            row += [LEFT_ROWS + k + 1, dept, post, who, point, lv, measures]
        else:
            row += [None] * HALF
        sh.rows.append(row)
    last = len(sh.rows) - 1

    def person(c0):
        return lambda row: (row[c0 + 1], row[c0 + 2], row[c0 + 3])

    for c0 in (0, RIGHT):
        _merge_down(sh, first, [(c0 + 1, lambda row, c=c0: row[c + 1]), (c0 + 2, person(c0)),
                                (c0 + 3, person(c0))], last)  # fmt: skip
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, None, None, "镇纪委（盖章）：", None, None,
           None, "2024年11月20日", None, None)  # fmt: skip
    return _layout(
        "town_list_in_two_columns",
        "http://jw.shangyu.gov.cn/art/2023/5/3/art_1302121_58918488.html",
        "(harder) 镇人民政府 岗位廉政风险防控一览表 gathered by the 镇纪委, after the source's account of a 镇纪委 that "
        "guides its 村级监察工作联络站 and watches 村级工程: a title, a merged ``填报单位：稻城县卡杉镇纪委（汇总）　…　"
        "填报时间：2024年11月`` line, then the list PRINTED IN TWO COLUMNS: 序号/站所/岗位/姓名/廉政风险点/风险等级 "
        "高/中/低/防控措施 TWICE in one heading row (A–G and I–O, column H empty), 序号 1–10 on the left and 11–20 on "
        "the right, side by side; 站所 merged and 岗位 and 姓名 merged per person inside each half; the 财政所's "
        "所长 starts at 8–10 at the foot of the left half and goes on at 11–12 at the top of the right half with "
        "his 站所, 岗位 and 姓名 cells EMPTY; no type column; 填报人/审核人/镇纪委（盖章）/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def farm_service_center_list() -> dict:
    unit = f"{PLACE}茸溪乡"
    dept = "农业综合服务中心"
    sh = _Sheet("一览表", [5, 8, 8, 22, 32, 9, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位：{unit}{dept}（盖章）{GAP * 10}填报时间：2024年10月", 8)
    sh.add("序号", "岗位", "姓名", "工作职责", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("主任", "糜稼轩", "middle", "主持中心全面工作，负责惠农补贴面积核实汇总和农业项目实施", [
            ("耕地地力保护补贴面积核实不严，虚报、多报补贴面积", "岗位职责", "高",
             "补贴面积以承包地确权面积为准，村、乡两级各公示7天。"),
            ("高标准农田等农业项目验收走过场，为施工方出具虚假验收意见", "业务流程", "高",
             "项目验收邀请村民代表参加，验收资料存档备查。"),
            ("接受农资经营户、项目施工方宴请和礼品", "思想道德", "中", "节前廉洁提醒，拒收登记上交。"),
        ]),
        ("农技员", "阙禾青", "general", "负责农技推广、科技培训和备耕农资供应指导", [
            ("农民科技培训虚报参训人数，套取培训经费", "业务流程", "中", "培训凭签到表、照片和课程表报账。"),
            ("良种、化肥等救灾备耕物资发放优亲厚友", "外部环境", "中", "发放名单在村内公示，农户签字领取。"),
            ("农资市场清查中对假劣农资隐瞒不报", "岗位职责", "低", "清查两人以上，检查记录乡纪委备案。"),
        ]),
        ("农经员", "詹田蔚", "general", "负责土地承包经营权流转和农村集体经济统计", [
            ("土地流转合同审查把关不严，损害承包农户权益", "制度机制", "中", "流转合同统一文本，审查意见存档。"),
            ("农村集体经济收益统计数据弄虚作假", "岗位职责", "低", "统计数据与村级账目核对，乡分管领导审签。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, tier, duty, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2, extra=(3,))
    sh.add()
    sh.add("中心负责人：", None, None, "分管领导：", None, "乡纪委审核：", None, None)
    return _layout(
        "farm_service_center_list", "http://m.cnfl.com.cn/2016/0309/280568.html",
        "乡 农业综合服务中心 岗位廉政风险防控一览表, after the source's account of a 镇农业服务中心 (大春备耕, 种子农药化肥 "
        "供应, 科技指导员, 农资市场 清查): a title, a merged ``填报单位：稻城县茸溪乡农业综合服务中心（盖章）　…　填报时间："
        "2024年10月`` line, then 序号/岗位, 姓名 and ``工作职责`` merged per person (主任, 农技员, 农经员)/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 中心负责人/分管领导/乡纪委审核 line",
        [sh], t,
    )  # fmt: skip


def forestry_station_holder_cards() -> dict:
    unit = f"{PLACE}雪泊镇"
    dept = "林业站"
    t = _Truth(unit)
    cards = [
        ("站长", "郇杉远", "站长", "middle", [
            ("林木采伐审核", "农户采伐申请审核不严，对超限额、无证采伐放行", "Ⅰ级",
             "采伐申请村签意见、站审核、镇审批，采伐现场派员监管。"),
            ("木材经营监管", "对木材经营户私收乱购无合法来源木材不查处", "Ⅱ级",
             "木材经营户建立入库、出库台账，每季度检查。"),
            ("站务管理", "站里车辆、油料和经费使用不公开", "Ⅲ级", "站务经费每半年在站内公开。"),
        ]),
        ("副站长", "祁栎枫", "副站长", "middle", [
            ("森林督查", "森林督查图斑核查不到现场，隐瞒违法占用林地", "Ⅰ级",
             "图斑核查照片、坐标留档，核查结果镇分管领导审签。"),
            ("护林员管理", "生态护林员考勤、巡山记录弄虚作假，虚发劳务报酬", "Ⅱ级",
             "巡山轨迹定位打卡，报酬按考核结果发放并公示。"),
        ]),
        ("林业员", "邬荫苒", "林业员", "general", [
            ("采伐设计", "林木采伐设计蓄积量多算、少算，收取好处", "Ⅰ级", "采伐设计两人以上外业调查，设计书存档。"),
            ("公益林补偿", "公益林生态效益补偿面积核实不准，多报冒领", "Ⅱ级",
             "补偿面积落到小班地块，名单村内公示。"),
            ("林权登记", "林权流转、抵押资料审核不严", "Ⅲ级", "林权资料逐项登记，审核意见留痕。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, points in cards:
        sh = _Sheet(tab, [5, 12, 34, 8, 20, 16])
        _line(sh, f"{unit}{dept}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "所在站所", dept, None, None)
        sh.add("职　务", post, "持卡时间", "2024年9月", None, None)
        r = sh.add("序号", "工作环节", "风险点", "风险等级", "防控措施", None)
        sh.merge(r, 4, r, 5)
        for n, (step, point, lv, measures) in enumerate(points, 1):
            r = sh.add(n, step, point, lv, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        _line(sh, "注：风险等级Ⅰ级为高风险，Ⅱ级为中风险，Ⅲ级为低风险。", 6)
        sh.add("监督电话：0836-5721xxx", None, "持卡人签字：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "forestry_station_holder_cards", "http://fzr.ahnews.com.cn/news/2024/08/01/c_566117.htm",
        "镇 林业站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 副站长, 林业员), after the source's account of a 镇"
        "林业站's 林政管理 (森林督查 and 图斑 核查, 木材经营户 台账, 林业“窗口” and 林木采伐 申请 and 采伐设计): a title, "
        "``持卡人 | … | 所在站所 | 林业站`` and ``职　务 | … | 持卡时间 | 2024年9月`` in pairs over two rows, then 序号/"
        "``工作环节``/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施 (merged over two columns); no type column; a ``注：`` "
        "line on the levels, 监督电话/持卡人签字/年 月 日",
        sheets, t,
    )  # fmt: skip


def vet_station_checklist() -> dict:
    unit = f"{PLACE}蒿坪乡"
    dept = "畜牧兽医站"
    sh = _Sheet("排查表", [5, 8, 8, 34, 11, 7, 32, 12])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}{dept}廉政风险点排查表", 8)
    sh.add("序号", "姓名", "岗位", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("牟骏鸣", "站长", "middle", "站房改造、防疫设备购置不按程序比选，指定供应商", "制度机制风险", "一级",
         "设备购置报乡政府审批，三家以上比选，验收双人签字。", None),
        ("牟骏鸣", "站长", "middle", "村级防疫员劳务补助核定不实，截留、克扣", "岗位职责风险", "一级",
         "劳务补助按免疫数量核定，直接发放到防疫员账户。", None),
        ("牟骏鸣", "站长", "middle", "接受养殖场户、兽药经营户宴请", "思想道德风险", "三级",
         "签订廉洁承诺，节前廉洁提醒。", None),
        ("仇畹青", "兽医", "general", "动物检疫不到现场，违规出具检疫证明", "业务流程风险", "一级",
         "检疫出证电子化，出证记录每月抽查。", "兼官方兽医"),
        ("仇畹青", "兽医", "general", "兽药、疫苗出入库登记不全，私自外卖", "制度机制风险", "二级",
         "疫苗专库专账，出入库双人登记。", None),
        ("蒯驹行", "防疫员", "general", "强制扑杀畜禽数量虚报，套取扑杀补助", "业务流程风险", "一级",
         "扑杀现场拍照留档，数量与养殖台账核对。", None),
        ("蒯驹行", "防疫员", "general", "病死畜无害化处理补助审核不严，重复申报", "岗位职责风险", "二级",
         "无害化处理凭收集单和处理单申报，名单公示。", None),
        ("蒯驹行", "防疫员", "general", "强制免疫档案补填、造假，免疫密度虚高", "外部环境风险", "三级",
         "免疫档案随免随填，乡站每季度抽查。", None),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (who, post, tier, point, typ, lv, measures, note) in enumerate(rows, 1):
        sh.add(n, who, post, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, None, 2, 1)
    sh.add()
    sh.add("填表人：", None, "站长（签字）：", None, None, "填报日期：2024年9月", None, None)
    return _layout(
        "vet_station_checklist", "http://www.agroxq.com/News/768243.html",
        "乡 畜牧兽医站 廉政风险点排查表, after the source's account of 乡镇畜牧兽医站 建设 (中央预算内投资, 每站补助 for "
        "动物防疫 and 繁育改良 仪器设备 购置, 基层动物防疫体系): ``附件1``, a title, then 序号/``姓名`` BEFORE ``岗位``, both "
        "merged per person (站长, 兽医, 防疫员)/风险点/风险类别 ``…风险``/风险等级 ``一级/二级/三级``/防控措施/``备注`` "
        "(``兼官方兽医``); 填表人/站长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def village_committee_abc() -> dict:
    unit = f"{PLACE}卡杉镇绒巴村"
    sh = _Sheet("排查表", [5, 12, 8, 14, 34, 7, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}“两委”班子成员廉政风险排查表", 7)
    _line(sh, f"村（社区）：绒巴村{GAP * 12}填报时间：2024年10月", 7)
    sh.add("序号", "职务", "姓名", "权力事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("党支部书记、村委会主任", "宦垄平", "leader", "重大事项决策", "村级重大事项不按“四议两公开”程序决策，个人说了算",
         "A", "重大事项“四议两公开”全程记录，会议纪要存档。"),
        ("党支部书记、村委会主任", "宦垄平", "leader", "惠农补贴", "截留、挪用村民耕地地力保护补贴", "A",
         "补贴直发到户“一卡通”，发放清单张榜公示。"),
        ("党支部书记、村委会主任", "宦垄平", "leader", "集体资产", "集体草场、林地发包不公开，低价发包给亲友", "B",
         "资源发包进镇农村产权交易平台，合同报镇备案。"),
        ("村委会副主任", "覃陌桑", "middle", "征地补偿", "征地青苗补偿清点时虚报、多报", "A",
         "清点两人以上，清点结果户主签字并公示。"),
        ("村委会副主任", "覃陌桑", "middle", "村级工程", "村级小型工程指定施工队，虚增工程量", "B",
         "工程量由村务监督委员会参与核实。"),
        ("村文书", "戚穗宁", "general", "印章管理", "村级印章使用不登记，违规出具证明", "B",
         "用印审批登记，每月核对用印记录。"),
        ("村文书", "戚穗宁", "general", "低保评议", "低保民主评议记录弄虚作假", "C", "评议全程录像，记录参会人员签字。"),
        ("报账员", "闵秧禾", "general", "财务报账", "白条入账、坐收坐支", "B", "收支凭证当月报镇代理中心审核。"),
        ("报账员", "闵秧禾", "general", "种植保险", "虚报农户种植面积，套取保险理赔", "C",
         "投保面积与确权面积核对，理赔名单公示。"),
        ("村务监督委员会主任", "缪渠清", "middle", "村务监督", "对村级财务收支、工程项目监督走过场", "C",
         "监督意见书面留痕，每季度向镇纪委报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, matter, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, matter, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], ABC[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级分A、B、C三级，A为高风险，B为中风险，C为低风险。", 7)
    sh.add("村党组织书记（签字）：", None, None, "镇包村领导（签字）：", None, None, None)
    return _layout(
        "village_committee_abc", "http://jizihe.com/page/2024/1209/24735521.shtml",
        "村“两委”班子成员廉政风险排查表, after the source's account of 村干部 cases (the 一肩挑 村支书 and 村主任, 耕地地力"
        "保护补贴 截留, 种植保险 虚报冒领, 青苗补偿款, 村集体“三资”): a title, a merged ``村（社区）：绒巴村　…　填报时间："
        "2024年10月`` line, then 序号/职务 and 姓名 merged per person (the 一肩挑 ``党支部书记、村委会主任`` one post, 村委会"
        "副主任, 村文书, 报账员, 村务监督委员会主任)/``权力事项``/廉政风险点/风险等级 ``A/B/C``/防控措施; no type column; a "
        "``注：`` line reading A/B/C, 村党组织书记签字/镇包村领导签字 line",
        [sh], t,
    )  # fmt: skip


def village_groups_contact_cadre() -> dict:
    unit = f"{PLACE}茸溪乡松坪村"
    sh = _Sheet("清单", [5, 9, 8, 14, 34, 7, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}村民小组长廉政风险防控清单", 8)
    sh.add("序号", "村民小组", "组长", "风险事项", "风险点", "风险等级", "防控措施", "联系村干部")
    lead_a, lead_b = "甘棣华", "俞谷樵"
    rows = [
        ("一组", "蔺稷丰", "集体土地发包", "组集体土地发包不经组民会议，私下低价发包", "高",
         "发包方案经组民会议三分之二以上同意，合同报村备案。", lead_a),
        ("一组", "蔺稷丰", "征地补偿", "征地补偿款分配到户时克扣、截留", "高", "补偿款直接打卡到户，分配方案公示。",
         lead_a),
        ("二组", "鞠麦秋", "集体林分红", "组集体林公益林补偿分配不公，优亲厚友", "中",
         "分配方案组民会议通过，分配清单张贴公示。", lead_a),
        ("二组", "鞠麦秋", "低保评议", "低保推荐评议中为亲友说情、打招呼", "中", "评议实行回避，评议结果村内公示。",
         lead_a),
        ("二组", "鞠麦秋", "项目投劳", "项目投工投劳记工不实，虚报误工补贴", "低", "记工表由组民代表签字确认。", lead_a),
        ("三组", "蓟禾溪", "集体资产", "组集体房屋、机具出租收入不入账", "中", "出租收入当月交村报账员入账。", lead_b),
        ("三组", "蓟禾溪", "补贴申报", "种粮、草原补贴户数面积统计弄虚作假", "高", "统计表组长、村干部双签，村乡复核。",
         lead_b),
        ("四组", "宗犁雨", "工程监督", "组内通组路建设监督走过场，为施工方签字", "中", "组民代表参与验收，签字留档。",
         lead_b),
        ("四组", "宗犁雨", "公益岗位", "推荐公益性岗位人员优亲厚友", "低", "推荐人选组民会议评议并公示。", lead_b),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (group, who, matter, point, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, group, who, matter, point, lv, measures, lead)
        t.point(sh.name, group, "", who, None, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2])),
                            (7, lambda row: row[7])])  # fmt: skip
    sh.add()
    sh.add("村党支部（盖章）", None, None, None, "2024年10月", None, None, None)
    return _layout(
        "village_groups_contact_cadre", "http://shflttv.com/view.asp?id=18098",
        "村 村民小组长廉政风险防控清单, after the source's account of 村组干部 and 农村集体“三资” (隐藏村集体收入, 贪占私分, "
        "虚报冒领, 征收补偿, 村居小微权力运行风险点): a title, then 序号/``村民小组`` (一组 … 四组) and ``组长`` (the names) "
        "merged per group/``风险事项``/风险点/风险等级 高/中/低/防控措施/``联系村干部`` LAST (two names, each merged over "
        "two groups: watchers); no type column; 村党支部（盖章）/2024年10月 line",
        [sh], t,
    )  # fmt: skip


def collective_assets_center_duties() -> dict:
    unit = f"{PLACE}桑柯镇"
    dept = "农村集体“三资”管理服务中心"
    sh = _Sheet("责任清单", [5, 9, 24, 32, 9, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}{dept}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "middle", "主持中心工作，审核村级财务收支和资产处置事项",
         "村级大额支出、资产处置审核把关不严，违规签批", "制度机制", "高风险",
         "大额支出须附村民代表会议决议，中心集体审核。"),
        ("主任", "middle", "主持中心工作，审核村级财务收支和资产处置事项",
         "村级财务清理检查中对问题隐瞒不报", "岗位职责", "中风险", "清理检查结果向村民公开，问题清单报镇纪委。"),
        ("主任", "middle", "主持中心工作，审核村级财务收支和资产处置事项",
         "接受村干部吃请、礼品", "思想道德", "低风险", "严守廉洁纪律，拒收登记。"),
        ("代理会计", "general", "负责村级会计委托代理记账和“三资”台账",
         "为村级不合规票据记账，白条抵库", "业务流程", "高风险", "原始凭证逐张审核，不合规票据退回。"),
        ("代理会计", "general", "负责村级会计委托代理记账和“三资”台账",
         "资产资源台账登记不全，账实不符", "岗位职责", "中风险", "每年开展清产核资，台账与实物核对。"),
        ("代理会计", "general", "负责村级会计委托代理记账和“三资”台账",
         "泄露村级财务数据，为他人查询提供便利", "外部环境", "低风险", "查询财务数据登记审批。"),
        ("出纳", "general", "负责村级资金收付和银行账户管理",
         "挪用村级资金，公款私存", "思想道德", "高风险", "村级资金“村账镇管”，银行对账单每月核对。"),
        ("出纳", "general", "负责村级资金收付和银行账户管理",
         "现金收付不及时入账，坐收坐支", "业务流程", "中风险", "现金日清月结，超限额现金当日存行。"),
        ("审计员", "general", "负责村干部任期和离任经济责任审计",
         "审计走过场，对村干部经济问题避重就轻", "岗位职责", "高风险", "审计报告集体审定，结果在村内公开。"),
        ("审计员", "general", "负责村干部任期和离任经济责任审计",
         "审计中接受被审计村宴请", "外部环境", "低风险", "审计人员签订廉洁承诺。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), BANDS[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, key)])
    _line(sh, f"监督单位：{unit}纪委{GAP * 6}监督电话：0836-5728xxx", 7)
    return _layout(
        "collective_assets_center_duties", "http://www.handmsg.com/page/2021/1213/13126898.shtml",
        "镇 农村集体“三资”管理服务中心 廉政风险防控责任清单 对岗不对人, after the source's account of 村级财务 委托 乡镇"
        "(街道)农村集体“三资”管理服务中心 代理记账, 村级财务清理检查 (收支, 专项资金, 资产经营管理) and 专项审计: a "
        "title, then 序号/岗位 merged/``岗位职责`` merged per post (主任, 代理会计, 出纳, 审计员)/风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; no name column; a merged ``监督单位：稻城县桑柯镇纪委　…　监督"
        "电话：…`` line",
        [sh], t,
    )  # fmt: skip


def community_two_sheets() -> dict:
    unit = f"{PLACE}棠岭镇贡岭社区居民委员会"
    t = _Truth(unit)
    lead = _Sheet("两委成员", [5, 8, 14, 22, 34, 7, 30])
    _line(lead, f"{unit}“两委”成员廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    members = [
        ("龚蘅芷", "社区党委书记、居委会主任", "leader", "主持社区党委和居委会全面工作", [
            ("社区公共服务经费、为民服务专项资金使用不经“两委”集体研究", "一级", "资金使用经“两委”会议研究，按季度公开。"),
            ("居务公开内容不全、不及时，选择性公开", "二级", "按居务公开目录逐项公开，居务监督委员会审核。"),
            ("接受辖区商户、物业企业宴请和购物卡", "三级", "签订廉洁承诺，节前廉洁提醒。"),
        ]),
        ("钮岫云", "居委会副主任", "middle", "分管社会救助、网格化管理", [
            ("低保、临时救助对象入户调查不实，人情保", "一级", "入户调查两人以上，评议结果公示。"),
            ("网格员考核打分不公，虚报网格工作补贴", "二级", "考核结果在社区内公示，补贴打卡发放。"),
        ]),
    ]  # fmt: skip
    n = 0
    for who, post, tier, work, items in members:
        recs = []
        for point, lv, measures in items:
            n += 1
            recs.append([n, who, post, work, point, lv, measures])
            t.point(lead.name, "", post, who, tier, point, [], GRADES[lv])
        lead.records(recs, merge_cols=(1, 2, 3))
    _line(lead, "注：风险等级一级为高风险，二级为中风险，三级为低风险。", 7)
    staff = _Sheet("社区工作者", [5, 12, 8, 34, 7, 32])
    _line(staff, f"{unit}社区工作者岗位廉政风险防控表", 6)
    staff.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("网格员", "费萤川", "入户采集信息时泄露居民个人信息", "二级", "信息采集签订保密承诺，系统操作留痕。", "general"),
        ("网格员", "费萤川", "为辖区门店办理证明收取好处", "三级", "出具证明经社区主任审签，登记备查。", "general"),
        ("社会救助专干", "芮苓舒", "残疾人两项补贴、高龄津贴申报材料审核不严", "一级",
         "申报材料双人审核，名单在社区公示栏公示。", "general"),
        ("社会救助专干", "芮苓舒", "救助物资发放不登记，私自截留", "二级", "物资发放居民签字领取，台账每月核对。",
         "general"),
    ]  # fmt: skip
    first = len(staff.rows)
    for i, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
        staff.add(i, post, who, point, lv, measures)
        t.point(staff.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(staff, first, None, 1, 2)
    _line(staff, "注：风险等级一级为高风险，二级为中风险，三级为低风险。", 6)
    return _layout(
        "community_two_sheets", "http://www.yixing.gov.cn/doc/2019/06/26/744920.shtml",
        "社区居民委员会 廉政风险防控表 in two sheets, after the source's 城乡社区治理与服务 实施意见 (居民自治, 居务公开, "
        "网格化 服务管理, 社区服务 and 社会救助): ``两委成员`` with 姓名, 职务 and ``分管工作`` merged down (the 一肩挑 "
        "``社区党委书记、居委会主任``, 居委会副主任), and ``社区工作者`` with 岗位 and 姓名 merged per person (网格员, 社会救助"
        "专干); levels ``一级/二级/三级`` read by a ``注：`` line under each; no type column",
        [lead, staff], t,
    )  # fmt: skip


def civil_affairs_self_check() -> dict:
    unit = f"{PLACE}珠泽乡"
    dept = "社会事务办"
    t = _Truth(unit)
    people = [
        ("鄢济棠", "男", "主任", "middle", "139****2316", [
            ("农村低保对象资格审查不严，违规纳入不符合条件人员", "制度机制风险", "高", "2024年9月底"),
            ("低保金、特困供养金发放不及时，有冒领、代领", "业务流程风险", "高", "立行立改"),
            ("对低保动态管理走过场，应退未退", "岗位职责风险", "中", "2024年12月底"),
        ]),
        ("柏芃芃", "女", "民政专干", "general", "137****0841", [
            ("入户调查记录弄虚作假，调查走形式", "岗位职责风险", "高", "立行立改"),
            ("低保审核结果公示不到位、不在村内张贴", "制度机制风险", "中", "2024年9月底"),
            ("接受申请人的好处，为其说情", "思想道德风险", "低", "长期坚持"),
        ]),
        ("晏荞歌", "女", "残联专干", "general", "135****6672", [
            ("残疾人两项补贴申报材料审核不严", "业务流程风险", "中", "2024年10月底"),
            ("残疾人辅具发放不登记、优亲厚友", "外部环境风险", "低", "长期坚持"),
        ]),
    ]  # fmt: skip
    measures = {
        "高": "申请、入户调查、民主评议、乡审核、公示全程留痕，乡纪委抽查。",
        "中": "每季度开展一次自查，结果向乡分管领导报告。",
        "低": "加强廉洁教育，签订廉洁承诺。",
    }
    sheets = []
    for who, sex, post, tier, phone, points in people:
        sh = _Sheet(who, [5, 34, 11, 8, 30, 12])
        _line(sh, f"{unit}{dept}干部廉政风险自查表", 6)
        sh.add("姓　名", who, "性　别", sex, "职　务", post)
        sh.add("所在科室", dept, "联系电话", phone, "填表时间", "2024年8月")
        sh.add("序号", "自查风险点", "风险类型", "风险等级", "防控措施", "整改时限")
        for n, (point, typ, lv, due) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures[lv], due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "分管领导签字：", None, "乡纪委审核：", None)
        sheets.append(sh)
    return _layout(
        "civil_affairs_self_check", "https://lc.fzlz.gov.cn/stone/news/2013-3-20/360.html",
        "乡 社会事务办 干部廉政风险自查表, one sheet a person (tabs the names), after the source's account of a 镇's 农村"
        "低保 (低保资金 拨付、使用、管理, 低保户审核, 公示, 镇纪委、财政、民政 监督检查, 资格审查, 冒领、代领): a title, "
        "``姓　名 | … | 性　别 | … | 职　务 | …`` and ``所在科室 | … | 联系电话 | … | 填表时间 | …`` above, then 序号/"
        "``自查风险点``/风险类型 ``…风险``/风险等级 高/中/低/防控措施/``整改时限``; 本人签字/分管领导签字/乡纪委审核 line",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    town_list_in_two_columns(),
    farm_service_center_list(),
    forestry_station_holder_cards(),
    vet_station_checklist(),
    village_committee_abc(),
    village_groups_contact_cadre(),
    collective_assets_center_duties(),
    community_two_sheets(),
    civil_affairs_self_check(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch239-inbox"))
