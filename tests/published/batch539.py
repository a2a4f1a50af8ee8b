"""The five-hundred-and-thirty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 畜牧 and
草原 bodies, 肃南裕固族自治县 (张掖市, 甘肃) — the 农业农村局, the 林业和草原局, the 畜牧兽医站, the
草原工作站 and the 畜牧兽医站 of four 乡 (康乐乡, 马蹄乡, 祁丰乡, 大河乡) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 农业农村局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 林业和草原局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 畜牧兽医站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、动物检疫股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 康乐乡畜牧兽医站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 马蹄乡畜牧兽医站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 祁丰乡畜牧兽医站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 大河乡畜牧兽医站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``sunan_grassland_station_dept_fills``: the 草原工作站's 一览表 has NO 科室 COLUMN, GROUP ROW OR
  FIELD: each row's 科室 is given only by the FILL COLOUR of the row's cells (every cell of the
  row, 序号 to 防控措施, light blue ``#DDEBF7``, light green ``#E2EFDA`` or light yellow ``#FFF2CC``),
  and a merged note under the table names them: ``注：表中浅蓝色底纹为站领导，浅绿色底纹为草原监理股，
  浅黄色底纹为草原技术推广股。`` The heading is ``序号 | 岗位 | 责任人 | 风险点 | 风险类型 | 风险等级 |
  防控措施`` (岗位 and 责任人 merged per person, short types, 高/中/低), as an office shades each
  股's rows to tell them apart on a printed sheet instead of typing a column. The shape is about
  WHERE THE DEPARTMENT IS GIVEN. The README's 读得懂的表 and the earlier batches know the 科室 in a
  column, a group row, a field above, the tab, the title, a text box, a page header or footer,
  a note expanding short names, a code legend, a bracket after the post, a directory path, a tag
  opening the point and a chart sheet; they know fill colours only as LEVELS (``红色为高风险…``, batch
  36, 231, 338) and as TYPES (``黄色为思想道德风险…``, batch 450, 460); ``grep -l`` over
  tests/published/batch*.py for ``底纹为`` with a 股 or 科室 finds none. None gives the 科室 by the
  rows' fill colour under a colour note.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on the 草原监理站副站长's
duties — 政策宣传, 监督管理, 执法检查, 技术指导, 日常巡查; a survey of 甘肃's 草原管护员 — 聘用,
管护面积, 草原生态保护建设资金, 队伍建设; a report on 肃南's 禁牧 and 草畜平衡 — 禁牧令, 管护责任书,
舍饲养殖, 林草局; a page on the 产地检疫合格证 — 产地检疫, 检疫证明, 官方兽医; a page on 执业兽医 and
乡村兽医 — 诊疗, 防疫, 兽药使用; an essay on carrying out the 草原补奖 — 摸清草场, 核实, 造册,
生产资料补贴; a news item on 肃南's herders' autumn 转场 — 草畜平衡, 舍饲半舍饲, 草原流转; news of a
畜牧兽医局's 秋防 inspection — 重大动物疫病, 督查组, 兽医三项制度) and the layout follows their words
for the unit, its parts, its
posts and its risks. The rows are worded by us, the names invented (rare Han surnames with rare
given names); every unit is a body of 肃南裕固族自治县 (``unit_words=("肃南裕固族自治县",)``: no
earlier unit holds it; batch503 names 肃南县 only in its prose).

Run ``python tests/published/score.py --set batch539`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's 科室 is the one the note gives its fill colour (``站领导``,
  ``草原监理股``, ``草原技术推广股``); the note is no point; the colour note's words ``浅蓝色底纹为``
  are no part of the 科室;
- ``局领导`` and ``站领导`` are the 科室 of those leaders; a 局's 股, a 站's 股 and a 乡站's 组 are
  科室; a group row ``一、站领导`` gives the 科室 ``站领导``, ``二、动物检疫股`` the 科室
  ``动物检疫股`` (its number left off), as batch 280, 533 and 537 did; the 康乐乡 cards and the
  大河乡 list name a 科室 only where a cell does (they name none); the 马蹄乡 sheets write
  ``畜牧兽医站`` in ``所在科室`` and that is their 科室 (as batch537's ``财政所``);
- every body is a unit of its own: a 局's 局长 and 副局长 and a 站's 站长 are leaders; 股长 is middle;
  the rest (会计, 管护员, 监理员, 技术员, 防疫员, 统计员, 报账员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 祁丰乡 list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch450.write_xlsx``: borders and
cell fills) and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch450 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b539_"
PLACE = "肃南裕固族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

FILL_OF = {"站领导": "#DDEBF7", "草原监理股": "#E2EFDA", "草原技术推广股": "#FFF2CC"}
NOTE = "注：表中浅蓝色底纹为站领导，浅绿色底纹为草原监理股，浅黄色底纹为草原技术推广股。"

# (科室 (given only by the rows' fill), 岗位, 责任人, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
COLOURED = [
    ("站领导", "站长", "厍翾琮", "leader", [
        ("草原补奖面积核定审签把关不严", "岗位职责", "高", "核定面积与确权数据比对，站务会研究。"),
        ("草原建设项目验收降低标准", "制度机制", "中", "项目验收邀请乡村代表参加，结果公示。"),
    ]),
    ("草原监理股", "股长", "眭翎璘", "middle", [
        ("草原违法案件查处以罚代刑", "外部环境", "高", "案件处理经集体审议，移送标准公开。"),
        ("征占用草原现场查验走过场", "业务流程", "中", "查验两人以上，附现场图片。"),
    ]),
    ("草原监理股", "监理员", "蒯玹翊", "general", [
        ("草畜平衡巡查接受牧户吃请", "思想道德", "低", "巡查路线随机安排，签订廉洁承诺。"),
    ]),
    ("草原技术推广股", "技术员", "钭瑢玠", "general", [
        ("牧草良种发放数量虚报", "业务流程", "中", "良种发放造册到户，牧户签字确认。"),
        ("草原监测数据随意修改", "岗位职责", "低", "监测数据双人录入，原始记录存档。"),
    ]),
]  # fmt: skip


class _Filled(_Sheet):
    """A sheet some of whose cells are filled with a colour: ``fills`` holds (row, col, colour)."""

    def __init__(self, name: str, widths: list[float] | None = None):
        super().__init__(name, widths)
        self.fills: list[tuple[int, int, str]] = []

    def data(self) -> dict:
        return {**super().data(), "fills": [list(f) for f in self.fills]}


def sunan_grassland_station_dept_fills() -> dict:
    unit = f"{PLACE}草原工作站"
    sh = _Filled("一览表", [6, 10, 9, 34, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in COLOURED:
        for point, typ, lv, measures in points:
            n += 1
            r = sh.add(n, post, who, point, typ, lv, measures)
            sh.fills += [(r, c, FILL_OF[dept]) for c in range(7)]
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, None, 1, 2)
    _line(sh, NOTE, 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "sunan_grassland_station_dept_fills",
        "https://www.httgc.com/kk/cao-yuan-jian-li-zhan-fu-zhan-zhang-shou-hu-lv-se-jia-yuan-de-shou-hu-zhe.html",
        "(harder) 县草原工作站 岗位廉政风险防控一览表, after the source's page on the 草原监理站副站长 (政策宣传, "
        "监督管理, 执法检查, 技术指导, 日常巡查): NO 科室 column — each row's 科室 given only by the FILL COLOUR of "
        "the row's cells (light blue 站领导, light green 草原监理股, light yellow 草原技术推广股) under a merged "
        "``注：`` line naming the colours; 序号/岗位 and 责任人 merged per person/风险点/short types/高/中/低/"
        "防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sunan_agriculture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}农业农村局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("酆璟翙", "局长", "主持全面工作", [
            ("草原补奖资金分配方案个人决定", "一级", "分配方案经局党组会集体研究，按村公示。"),
            ("畜牧业项目立项优亲厚友", "二级", "项目立项评审打分，结果公开。"),
        ]),
        ("阙瑀珩", "副局长", "分管畜牧兽医和动物防疫", [
            ("动物防疫物资采购指定供应商", "一级", "疫苗、药械采购按程序公开招标。"),
            ("病死畜无害化处理补助审核放松", "二级", "补助对象逐户核实，乡村两级签字。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("畜牧产业股", "股长", "郗璆翾", "middle", "畜禽良种补贴对象审核不实", "一级", "补贴对象公示，乡站复核。"),
        ("畜牧产业股", "股长", "郗璆翾", "middle", "养殖小区建设资金拨付不按进度", "三级", "按验收进度拨付，留存影像。"),
        ("计划财务股", "会计", "冼玙湉", "general", "项目资金报账凭证审核走过场", "二级", "凭证逐笔审核，两人签字。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "sunan_agriculture_bureau_two_sheets",
        "https://fx361.cc/page/2023/0105/14202526.shtml",
        "县农业农村局's file in two sheets, after the source's survey of 甘肃's "
        "草原管护员 (聘用, 管护面积, 草原生态保护建设资金, 队伍建设): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def sunan_forestry_grassland_bureau_list() -> dict:
    unit = f"{PLACE}林业和草原局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "逯琰翕", "leader", "禁牧区划定调整暗箱操作", "制度机制风险", "高",
         "区划调整经局务会研究，报县政府审定后公布。"),
        ("局领导", "局长", "逯琰翕", "leader", "草原生态修复项目验收放水", "岗位职责风险", "中",
         "项目验收组由纪检人员参加。"),
        ("草原管理股", "股长", "璩瑾翃", "middle", "草原流转合同备案审查不严", "业务流程风险", "中",
         "备案材料两人审核，台账公开。"),
        ("禁牧管护股", "管护员", "邶珺琇", "general", "巡查发现偷牧不报换取好处", "思想道德风险", "低",
         "巡查记录定位上传，交叉检查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "sunan_forestry_grassland_bureau_list",
        "http://zhb.org.cn/hbzx/news_2/2023-08-09/17952.html",
        "县林业和草原局 廉政风险防控一览表, after the source's report on 肃南's 禁牧 and 草畜平衡 (禁牧令, 管护责任书, "
        "舍饲养殖, 林草局): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/"
        "防控措施; 填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def sunan_livestock_station_group_rows() -> dict:
    unit = f"{PLACE}畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "靳璠翀", "leader", [
                ("官方兽医资格推荐不按条件", "一级风险", "推荐人选经站务会研究并公示。"),
                ("强制免疫疫苗分配厚此薄彼", "二级风险", "按存栏量分配，分配表公开。"),
            ]),
        ]),
        ("二、动物检疫股", "动物检疫股", [
            ("股长", "隗琪翾", "middle", [
                ("产地检疫不到现场出具证明", "一级风险", "检疫证明电子出证，附现场照片。"),
                ("检疫证明管理不严", "三级风险", "证明领用登记，按号核销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "sunan_livestock_station_group_rows",
        "https://www.zhetiaohe.com/ss/9a2128eb37a003443e5e5115cc8184877ace8d64a4dba101dd6cb4d36b27e561dce5c8dba2b507bb.html",
        "县畜牧兽医站 廉政风险防控责任清单, after the source's page on how long a "
        "产地检疫合格证 holds (产地检疫, 检疫证明, 官方兽医): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、站领导``, ``二、动物检疫股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sunan_kangle_station_cards() -> dict:
    unit = f"{PLACE}康乐乡畜牧兽医站"
    t = _Truth(unit)
    cards = [
        ("站长", "覃璎翯", "leader", [
            ("村级防疫员补助核发不实", "★★★", "补助按免疫档案核发，名单在村公示。"),
            ("动物诊疗机构检查走过场", "★★", "检查记录两人签字，问题限期整改。"),
        ]),
        ("防疫员", "雍琤玥", "general", [
            ("免疫耳标私自发放", "★★", "耳标领用登记，按户核对。"),
            ("疫苗冷链记录补记造假", "★", "冷链温度自动记录，每周检查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "sunan_kangle_station_cards",
        "https://www.zx08.cn/t/执业兽医执业范围.html",
        "乡畜牧兽医站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 防疫员), after the source's page on "
        "执业兽医 and 乡村兽医 (诊疗, 防疫, 兽药使用, 农村散养畜禽): ``姓　名 | … | "
        "职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def sunan_mati_station_selfchecks() -> dict:
    unit = f"{PLACE}马蹄乡畜牧兽医站"
    t = _Truth(unit)
    people = [
        ("宦珏琰", "站长", "leader", "畜牧兽医站", [
            ("草原补奖面积核实不到户", "高风险", "核实面积逐户造册，村内公示。"),
            ("牧户生产资料补贴名册优亲厚友", "中风险", "名册乡村两级审核，公示无异议后发放。"),
        ]),
        ("濮瑗翡", "统计员", "general", "畜牧兽医站", [
            ("牲畜存栏数统计弄虚作假", "中风险", "存栏数与防疫档案比对。"),
            ("草场承包台账更新不及时", "低风险", "台账按季核对，问题通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "乡意见：", None, None)
        sheets.append(sh)
    return _layout(
        "sunan_mati_station_selfchecks",
        "https://www.zgcznet.com/yhfw/gkcx/gkcxzgcz/zgcz201120/zgcz1120wz/202001/20200122/j_2020012210190200015796596054831086.html",
        "乡畜牧兽医站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's essay on "
        "carrying out the 草原补奖 (摸清草场, 核实, 造册, 生产资料补贴): a label row ``姓　名 | 岗　位 | 所在科室`` "
        "over values, 序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 乡意见：``",
        sheets, t,
    )  # fmt: skip


def sunan_qifeng_station_posts() -> dict:
    unit = f"{PLACE}祁丰乡畜牧兽医站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "站领导", "防疫组", "技术推广组"
    rows = [
        (a, "站长", "leader", "禁牧监管协助", "协助核查禁牧情况时包庇偷牧户", "外部环境", "Ⅰ级",
         "核查结果乡村两级签字，乡纪委抽查。"),
        (b, "防疫员", "general", "免疫密度统计", "虚报免疫数量套取补助", "岗位职责", "Ⅱ级",
         "免疫数量与耳标佩戴数核对。"),
        (c, "技术员", "general", "舍饲养殖技术补助核查", "核查不到户，补助发放不实", "业务流程", "Ⅰ级",
         "核查附照片，名单公示。"),
        (c, "技术员", "general", "良种公畜调配", "调配对象优亲厚友", "思想道德", "Ⅲ级",
         "调配计划公开，牧户申请排序。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：技术推广组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "sunan_qifeng_station_posts",
        "https://yybnet.net/zhangye/sunan/201909/9625655.html",
        "乡畜牧兽医站 廉政风险点排查表 对岗不对人, after the source's news of 肃南's herders' autumn 转场 (草畜平衡, "
        "舍饲半舍饲, 草原流转, 异地借牧): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/"
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def sunan_dahe_station_duty_list() -> dict:
    unit = f"{PLACE}大河乡畜牧兽医站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "韶瑄玠", "leader", "动物疫情报告", "瞒报迟报动物疫情", "一级", "疫情报告实行站长负责制，按日零报告。"),
        ("站长", "韶瑄玠", "leader", "兽药经营监督", "对违规兽药经营户不予处理", "二级", "检查结果录入台账，乡纪委抽查。"),
        ("报账员", "糜琇璠", "general", "站内经费报账", "虚列支出、套取经费", "二级", "报账凭证站长审签，按季公开。"),
        ("报账员", "糜琇璠", "general", "防疫物资台账", "物资出入库不登记", "三级", "出入库双人签字，每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "sunan_dahe_station_duty_list",
        "http://cnmyjj.cn/news/cs/2015/1014/215066.html",
        "乡畜牧兽医站 廉政风险防控责任清单, after the source's news of a 畜牧兽医局's 秋防 inspection (重大动物疫病, "
        "督查组, 兽医三项制度, 规模养殖场): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sunan_grassland_station_dept_fills(),
    sunan_agriculture_bureau_two_sheets(),
    sunan_forestry_grassland_bureau_list(),
    sunan_livestock_station_group_rows(),
    sunan_kangle_station_cards(),
    sunan_mati_station_selfchecks(),
    sunan_qifeng_station_posts(),
    sunan_dahe_station_duty_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch450.write_xlsx`` (borders, fills)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch539-inbox"))
