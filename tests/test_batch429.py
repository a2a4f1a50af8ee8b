"""The four-hundred-and-twenty-ninth batch of published layouts (tests/published/batch429.py): seven
ordinary files as the 畜牧 bodies of one district (横山区) really send them — the 畜牧兽医发展中心's
file in two sheets ``中心领导`` / ``股室`` with ``一级/二级/三级``, the 草原工作站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 饲草料站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 波罗镇畜牧兽医站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
石湾镇畜牧兽医站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
响水镇畜牧兽医站's 一览表 with ``姓名`` before ``职务`` and ``廉政风险点 | 风险描述``, the 雷龙湾镇畜牧兽医站's
一览表 written out on every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
动物疫病预防控制中心's 责任清单, one row a duty, whose plain ``廉政风险点`` cell writes the duty's points
INLINE as a report's prose enumerates them, ``一是…；二是…；三是…。``, one level for all
(``python tests/published/score.py --set batch429``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch429``:
``TOTAL                      forms  36/36  points  54/70  recall 0.77 precision 0.89 (54/61)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.771 precision=0.885 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  54/70  recall 0.77 precision 0.89 (54/61)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.771 precision=0.885 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one found its six forms (unit, 科室, post, holder and tier
all right) but read each duty's cell as one point. The truth was not changed after measuring.

Missed, all in the harder ``hengshan_epidemic_center_points_yishi.xlsx`` (sheet 责任清单; forms 6/6,
with ``--strict`` too; points 4/20; precision 4/11; levels and types 4/4; noise 0). The reader found
the heading (row 3), took ``廉政风险点`` (F3) as the point column and ``工作职责`` (E3) as the duty, and
read every row as ONE point, the whole F cell with its ordinal words and semicolons, of the right
form and with the row's level (risks.csv rows 8–18). The four cells with one point (F6, F9, F12,
F14) matched; the seven ENUMERATED cells were each one false point standing for two or three true
ones (16 points missed, 7 read that are none):

- F4 ``一是防控经费分配不经中心班子集体研究，个人说了算；二是将防控经费用于与防疫无关的支出；三是对镇畜牧
  兽医站经费使用不监督、不检查。`` (read one point, Ⅰ级, of 中心领导 | 主任 | 郗霂澄); truth three points
  ``防控经费分配不经中心班子集体研究，个人说了算``, ``将防控经费用于与防疫无关的支出``, ``对镇畜牧兽医站经费使用
  不监督、不检查``, level 1;
- F5 ``一是疫情处置中瞒报、迟报疫情；二是扑杀补助对象和数量审核不实，虚报冒领。`` (主任 郗霂澄); truth
  ``疫情处置中瞒报、迟报疫情`` and ``扑杀补助对象和数量审核不实，虚报冒领``, level 1;
- F7 ``一是疫苗采购需求带有倾向性，指定生产企业；二是接受疫苗供应企业宴请、礼品礼金。`` (中心领导 | 副主任 |
  亓朏瑶); truth the two parts, level 1;
- F8 ``一是报销票据审核不严，虚列防疫物资支出；二是拆分票据规避审批。`` (办公室 | 会计 | 訾旸沁); truth the
  two parts, level 2;
- F10 ``一是疫苗出入库登记不实，账物不符；二是将剩余疫苗转卖或私自发给关系场户；三是过期失效疫苗不按规定报废、
  销毁。`` (免疫监测股 | 股长 | 甯曈翊); truth the three parts, level 1;
- F11 ``一是抗体检测样品采集不按规定随机抽取；二是篡改抗体检测结果，虚报免疫合格率。`` (股长 甯曈翊); truth the
  two parts, level 2;
- F13 ``一是事先向养殖场户透露检测时间和内容；二是调换送检样品，出具不实检测报告。`` (兽医实验室 | 检测员 |
  蒯晗瑀); truth the two parts, level 2.

Kind: the reader does not part a point cell at ordinal words — an inline prose enumeration
``一是…；二是…；三是…。`` in a plain ``廉政风险点`` column (no heading saying the points are parted) is
read as ONE point, the whole cell with its ordinal words, instead of one point a part with the
row's level (the measures cells ``一是…；二是…。`` (H4…H13) are likewise kept whole, unscored).

Unscored besides: the 饲草料站's cards of the 站长 and 副站长 came out with the 科室 ``领导班子``
(posts.csv F00010, F00011; truth "", the cards name no 科室; ``--strict`` did not count it); the
波罗镇 and 雷龙湾镇 stations' files (no 站领导 group or cell) were read with the unit cut at the town and
the 站 as its 科室 (``横山区波罗镇`` | ``畜牧兽医站`` …; the scorer counts both writings of a 站's own file
as one), and so their 站长 and 副站长 came out 中层岗位 (truth leader; the 石湾镇 and 响水镇 站长 and
副站长 under ``站领导`` came out 领导岗位). Every other unit, 科室, post and tier in posts.csv is the
truth's. The issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED
for truth.json).

Generalised after this measurement: points listed on in one line by ordinals ('一是…；二是…；三是…。',
'（1）…；（2）…', '1.…；2.…'), each ordinal the next after a '；' or '。' from the cell's start, are a point
each with the row's level, type and measures; test_points_listed_on_in_one_line_by_ordinals in
tests/test_columns.py says it in other words (one ordinal alone stays as written).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch429 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    ORDINALS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SEMI,
    STARS,
    YISHI,
    YISHI_HEAD,
    YISHI_NAME,
    YISHI_NOTE,
    YISHI_TAB,
    YISHI_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(429, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {YISHI_NAME}
UNTYPED = {
    YISHI_NAME,
    "hengshan_livestock_center_two_sheets",
    "hengshan_forage_station_cards",
    "hengshan_boluo_station_selfchecks",
}
NOBODY = {"hengshan_grassland_station_posts"}
GAP = "\u3000"
ORDINAL = re.compile("|".join(ORDINALS))


def _parts(cell: str) -> list[str]:
    """A cell read as the prose enumerates: the parts after 一是, 二是 … up to ``；`` or the closing
    ``。``; a cell without an ordinal word is one part."""
    if not cell.startswith(ORDINALS[0]):
        return [cell]
    assert cell.endswith("。"), cell
    parts = cell[:-1].split(SEMI)
    assert all(p.startswith(o) for p, o in zip(parts, ORDINALS, strict=False)), cell
    return [p[len(o) :] for p, o in zip(parts, ORDINALS, strict=False)]


def _points_in(form: dict, sheets: dict) -> set[str]:
    """A point is a whole cell of its sheet, or (in the harder layout) one ordinal part of one."""
    here = set(sheets[form["sheet"]])
    if form["layout"] != YISHI_NAME:
        return here
    out = set(here)
    for cell in here:  # NFKC: ；→;
        out |= {re.sub(r"^[一二三四]是", "", p).rstrip("。") for p in cell.split(";")}
    return out


def test_batch429_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch429_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 22), points_in=_points_in)
    assert RESAVED == ()


def test_batch429_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch429_every_unit_is_of_hengshan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch429_points_enumerated_inline_by_ordinal_words():
    name = YISHI_NAME
    assert BY_NAME[name]["truth"][0]["unit"] == YISHI_UNIT
    rows = BATCH.filled(name, YISHI_TAB)
    head = BATCH.header(name, YISHI_TAB)
    assert tuple(rows[head]) == YISHI_HEAD
    # the heading is the plain one: it says nothing of how the points are parted
    assert YISHI_HEAD[5] == "廉政风险点" and not any("隔开" in h or "是" in h for h in YISHI_HEAD)
    assert not any("一是" in str(c) or "隔开" in str(c) for c in rows[head - 1] + [YISHI_NOTE])
    # reading each point cell by its ordinal words, with the row's level, gives the truth
    got, enumerated = [], 0
    table = BATCH.table(name, YISHI_TAB)
    for row in table:
        _, dept, post, who, duty, points, lv, measures = row
        parts = _parts(points)
        got += [(dept, post, who, p, HML[lv]) for p in parts]
        enumerated += len(parts) > 1
        # on one line: no line break, number, label or bracket; the parts clean
        assert "\n" not in points and "\n" not in measures
        assert not re.search(r"\d|[①-⑩]|[（(]|风险点|：|:", points), points
        for p in parts:
            assert p and p == p.strip() and not ORDINAL.match(p)
            assert SEMI not in p and not p.endswith("。") and len(p) >= 8
        # a single point stands alone; the measures are written the same way
        assert (len(parts) > 1) == points.startswith("一是") == points.endswith("。")
        assert measures.startswith("一是") or SEMI not in measures
        _parts(measures)
        # the duty is a short name, no point
        assert len(duty) <= 12 and duty not in {p["risk_point"] for p in BATCH.points(name)}
    assert got == BATCH.truth_rows(name)
    assert enumerated >= 6 and len(table) < len(got)
    assert {len(_parts(row[5])) for row in table} == {1, 2, 3}
    assert len(table) == sum(len(duties) for *_, duties in YISHI)
    assert any(row and row[0] == YISHI_NOTE for row in BATCH.sheet(name, YISHI_TAB)["rows"])
    tiers = {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {"主任": "leader", "副主任": "leader", "会计": "general", "股长": "middle",
                     "科员": "general", "检测员": "general"}  # fmt: skip


def test_batch429_plain_tables_by_heading():
    cases = [
        ("hengshan_xiangshui_station_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("hengshan_grassland_station_posts",
         {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("hengshan_leilongwan_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("hengshan_xiangshui_station_list", 4, 5),
        ("hengshan_grassland_station_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "hengshan_grassland_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    name = "hengshan_xiangshui_station_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")  # the name before the post
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 站领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "hengshan_leilongwan_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch429_leaders_and_staff_in_two_sheets():
    name = "hengshan_livestock_center_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    assert BATCH.rows(name, "中心领导")[0][0].endswith("中心领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "中心领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch429_group_rows_give_the_department():
    name = "hengshan_shiwan_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch429_one_sheet_a_person():
    name = "hengshan_forage_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "hengshan_boluo_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"职{GAP}务",
            f["title"],
            "填表时间",
            "2025年11月",
        ]
        assert rows[2][:2] == ["工作单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch429_is_read(tmp_path):
    BATCH.is_read(tmp_path)
