"""The three-hundred-and-third batch of published layouts (tests/published/batch303.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one county (武胜县) really send them —
the 烈面中学's 一览表 under group rows with ``高风险/中风险/低风险``, the 人民医院's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 疾病预防控制中心's 自查表 one sheet a person with ``一级/二级/三级``, the
医疗保障事务中心's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会福利院's 排查表 对岗不对人 with ``风险点 | 主要表现``
and ``一级风险/二级风险/三级风险``, the 机关幼儿园's two sheets ``园领导 | 部门`` with 高/中/低, the
飞龙镇中心小学's 一览表 written on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 中医医院's
一览表 laid out one row a post, its points across ``风险点一 | 风险点二 | 风险点三`` with no level column,
each point cell ending with its level in brackets ``（高）``
(``python tests/published/score.py --set batch303``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1069c3 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch303``:
``TOTAL                      forms  47/47  points  66/81  recall 0.81 precision 0.93 (66/71)  levels  66/66  types  66/66  noise 0``
and ``TOTAL forms=1.000 recall=0.815 precision=0.930 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  47/47  points  66/81  recall 0.81 precision 0.93 (66/71)  levels  66/66  types  66/66  noise 0``
and ``TOTAL forms=1.000 recall=0.815 precision=0.930 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (8/8: every 科室, post, holder and tier right) but reads 3 of its 18
points (precision 3/8). The truth was not changed after measuring.

Missed, all in the harder ``wusheng_tcm_hospital_points_across.xlsx`` (sheet 一览表, heading row 3,
posts in rows 4–11): the reader took ONLY the LAST of the three point columns, G ``风险点三``, as the
risk column (its bracket cut off and read as the level: 高/中/低 → Ⅰ/Ⅱ/Ⅲ级, all right), F
``风险点二`` as the 风险描述 (COLUMN_GUESSED at F3: ``内容比风险点列长,作风险描述``; the cell kept whole,
bracket and all, in risks.csv ``description``) and E ``风险点一`` as ``其他`` (COLUMN_GUESSED at E3;
read nowhere), and it read a ``/`` in G as a point. By cell (risks.csv and issues.csv of
``xlproc collect`` on the built inbox):

- read right, the three points in G: G4 ``干部选拔和绩效分配个人说了算`` (中, 鄢翊澂, F00034), G6
  ``临时采购药品不履行审批`` (低, 笪岚珂, F00036), G10 ``接受器械推销人员宴请`` (低, 亓钰澄, F00040);
- read as a point ``/`` with no level (LEVEL_BLANK, error) where the truth has no point: G5 (仉沐峤,
  F00035), G7 (雒霁川, F00037), G8 (逄溆宁, F00038), G9 (麴芷岑, F00039), G11 (禤桉宁, F00041) — the
  five false points;
- missed, column E ``风险点一`` (read as ``其他``, nowhere): E4 ``药品、耗材遴选时打招呼，默许药房托管企业按
  进货额返点`` (高, 鄢翊澂), E5 ``药房托管招标中将特定企业的条件写入评分标准`` (高, 仉沐峤), E6
  ``向医药代表提供医生的处方量和用药量`` (高, 笪岚珂), E7 ``药品出入库不及时登记，账实不符`` (中, 雒霁川), E8
  ``设备论证中设置倾向性技术参数`` (高, 逄溆宁), E9 ``耗材询价走过场，与供应商私下接触`` (中, 麴芷岑), E10
  ``诱导患者做不必要的理疗、针灸项目`` (中, 亓钰澄), E11 ``收取现金不开票据，截留收费`` (高, 禤桉宁);
- missed, column F ``风险点二`` (read as the description of the row's G point, bracket kept): F4
  ``CT、彩超等大型设备采购中收受供应商“感谢费”`` (高), F5 ``分管的基建维修项目化整为零、指定施工单位`` (中),
  F6 ``中药饮片验收降低标准，以次充好`` (中), F8 ``设备验收走过场，默许以旧充新`` (中), F9
  ``零星采购虚开发票报账`` (低), F10 ``默许科室人员多记、串换医保收费项目`` (高), F11
  ``退费不按规定审核，虚构退费`` (中) (F7 ``/`` likewise kept as a description).

Kind: several numbered point columns (``风险点一 | 风险点二 | 风险点三``) with no level column, each cell a
point with its own bracketed level, are read as ONE risk column plus a description and an unknown
column — the reader picks the last of them as THE point column (so two points of three a row are
lost) and takes its ``/`` placeholder for a point, though it reads the bracketed level right where it
reads the point. No issue was raised for the file but the two COLUMN_GUESSED and TABLE_NO_TYPE
(info) and the five LEVEL_BLANK errors on the ``/`` cells (noise 0).

Unscored besides (posts.csv), by cell:

- ``wusheng_liemian_middle_groups.xlsx`` (sheet 一览表): the 校长 and 副校长 under the group row
  ``一、校级领导`` (A3) read with no 科室 (F00018, F00019; truth ``校级领导``), the other group rows
  (``二、后勤处`` …) giving theirs right; ``--strict`` does not compare a leader's 科室. Kind: a leaders'
  group row is not taken as their 科室 (as batch 297's ``领导班子`` sheet).
- ``wusheng_people_hospital_cards.xlsx`` (sheet 设备科科长): the 科长 (C2 ``职　务`` → D2 ``科长``, A3
  ``所在科室`` → B3 ``设备科``) read as 领导岗位 (F00033; truth middle). Kind: a card titled
  ``…领导干部廉政风险防控卡`` makes every holder a leader, a 科长 too.

The other issues are info only (TABLE_NO_TYPE on the four untyped tables, GRADE_BLANK on the cards
and self-checks).

Generalised after this measurement: point columns numbered in Chinese are groups across the row, each point
at its own level in brackets (tests/test_columns.py::
test_points_across_columns_numbered_in_chinese_each_with_its_level_in_brackets).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch303 import (
    ACROSS_HEAD,
    ACROSS_NOTE,
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TCM,
    bracketed,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(303, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ACROSS = "wusheng_tcm_hospital_points_across"
HARDER = {ACROSS}
UNTYPED = {
    ACROSS,
    "wusheng_cdc_selfchecks",
    "wusheng_welfare_home_posts",
    "wusheng_kindergarten_two_sheets",
}
NOBODY = {"wusheng_welfare_home_posts"}
GAP = "\u3000"
# a point cell as typed: ``…（高）`` — the point, then its level in full-width brackets
LEVELLED = re.compile(r"(.+)（(高|中|低)）")
# the same cell as normalised (NFKC): ``…(高)``
LEVELLED_NORM = re.compile(r"\((高|中|低)\)$")


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 中医医院's ``风险点一/二/三`` cells ``…（高）`` hold the point before the bracket."""
    here = sheets[form["sheet"]]
    if form["layout"] != ACROSS:
        return here
    return {LEVELLED_NORM.sub("", c) for c in here if LEVELLED_NORM.search(c)}


def test_batch303_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=301, unit_words=("武胜县",), new_people=True)


def test_batch303_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 18), points_in=_points_in)
    assert RESAVED == ()


def test_batch303_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch303_every_unit_is_of_wusheng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("武胜县") for u in units)


def test_batch303_points_across_with_levels_in_brackets():
    name = ACROSS
    assert BATCH.heading(name) == list(ACROSS_HEAD)
    # no level column: nothing in the heading names a level, a type or a second person
    assert not any(w in h for h in ACROSS_HEAD for w in ("等级", "级别", "类型", "类别", "责任人"))
    table = BATCH.table(name)
    got, slots = [], 0
    for row in table:
        _n, dept, post, who, *cells, measures = row
        assert len(cells) == 3
        for cell in cells:
            if cell == NONE:
                slots += 1
                continue
            m = LEVELLED.fullmatch(cell)
            assert m, cell  # every point ends with its level in brackets, once
            assert not re.search(r"[（(]", m.group(1)), cell
            got.append((dept, post, who, m.group(1), HML[m.group(2)]))
        # one measures cell a row, numbered as many as the row's points
        assert measures.count("\n") + 1 == 3 - sum(c == NONE for c in cells), row
    assert got == BATCH.truth_rows(name)
    assert slots == sum(3 - len(points) for _d, posts in TCM for *_p, points, _m in posts) > 0
    # one row a post, one form a post: the rows are the forms
    forms = BY_NAME[name]["truth"]
    assert len(table) == len(forms) == len({(r[1], r[2], r[3]) for r in table})
    counts = sorted(len(f["risks"]) for f in forms)
    assert counts[0] == 1 and counts[-1] == 3 and 2 in counts
    # some row holds three different levels: the level is the cell's, not the row's
    assert any(len({p["level"] for p in f["risks"]}) == 3 for f in forms)
    # the point is the text before the bracket: no truth point is a whole cell of the sheet
    rows = BATCH.sheet(name)["rows"]
    cells = {c for row in rows for c in row if isinstance(c, str)}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & cells
    dept, posts = TCM[0]
    post, who, _tier, first, _measures = posts[0]
    assert bracketed(*first[0]) in cells
    # 防控措施, ``/`` and the note are no points; the 科室 merged down its posts
    assert not points & ({r[7] for r in table} | {NONE, ACROSS_NOTE})
    assert [ACROSS_NOTE] in [[c for c in row if c is not None] for row in rows]
    head = BATCH.header(name)
    assert (head + 1, 1, head + len(posts), 1) in BATCH.sheet(name)["merges"]
    assert {f["department"] for f in forms} == {d for d, _p in TCM}


def test_batch303_plain_tables_by_heading():
    cases = [
        ("wusheng_medical_insurance_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wusheng_welfare_home_posts", {"post": "岗位", "point": "风险点"}, None),
        ("wusheng_feilong_primary_every_row",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 主要表现 none; the 福利院 names nobody and no 科室
    name = "wusheng_welfare_home_posts"
    at = BATCH.heading(name).index("主要表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 小学 writes 处室, 岗位 and 责任人 on every row (no merge), bare Ⅰ/Ⅱ/Ⅲ read by its note
    name = "wusheng_feilong_primary_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])  # only lines across
    assert all(r[1] and r[2] and r[3] for r in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 医保中心's levels Ⅰ级/Ⅱ级/Ⅲ级
    assert {r[6] for r in BATCH.table("wusheng_medical_insurance_duties")} == set(ROMAN)
    name = "wusheng_kindergarten_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "园领导",
        fixed={"dept": "园领导"},
    )
    assert got == BATCH.truth_rows(name, "园领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "园领导")
    }


def test_batch303_group_rows_give_the_department():
    name = "wusheng_liemian_middle_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            # 姓名 before 职务
            got.append((dept, row[2], row[1], row[3], BANDS[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["姓名", "职务"]


def test_batch303_one_sheet_a_person():
    name = "wusheng_people_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "分管工作"]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 分管工作 is no point
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "wusheng_cdc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:4] == [f"姓{GAP}名", f["person"], f"科{GAP}室", f["department"]]
        assert rows[3][:3] == [f"岗{GAP}位", f["title"], "填表日期"]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 岗位职责 and 自查情况 are no points
        table = BATCH.table(name, f["sheet"])
        others = {r[1] for r in table} | {r[5] for r in table}
        assert not others & {p["risk_point"] for p in BATCH.points(name)}


def test_batch303_is_read(tmp_path):
    BATCH.is_read(tmp_path)
