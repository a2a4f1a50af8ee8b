"""The three-hundred-and-thirty-eighth batch of published layouts (tests/published/batch338.py): seven
ordinary files as the 文旅 and 景区 bodies of one city (都江堰市) really send them — the 文广旅局's two
sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 旅游投资有限公司's 一览表 with short types and
高/中/低, the 灌区管理处's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
博物馆's 防控卡 one sheet a holder with ``★★★/★★/★``, the 文物保护中心's 自查表 one sheet a person with
``一级风险/二级风险/三级风险``, the 青城山景区管理处's 责任清单 under group rows with ``职责事项`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 旅游运行监测中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 景区管理局's
一览表 whose grades are the 客流预警 colours ``红色/橙色/黄色``, read only by a KEY BOX BESIDE THE LIST
(``风险等级图例``: ``标识 | 含义``, one row a colour, in J:K past a blank column)
(``python tests/published/score.py --set batch338``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at cccc634 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch338``:
``TOTAL                      forms  41/41  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  60/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.811 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  60/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.811 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit and every tier as the truth has them. The truth was not changed after
measuring.

Missed, all in the harder ``dujiangyan_scenic_bureau_colour_key.xlsx`` (sheet ``一览表``: title row 1,
the ``填报单位（盖章）：…`` line row 2, the list's header row 3 and its rows 4–17 (风险等级 in column G),
column I blank, the key box in J3:K8 — the caption ``风险等级图例`` J3:K3, ``标识 | 含义`` J4:K4, ``红色 |
一级（高）风险`` J5:K5, ``橙色 | 二级（中）风险`` J6:K6, ``黄色 | 三级（低）风险`` J7:K7, ``按图例填写风险等级栏``
J8:K8 —, the 填表人 line row 18): forms 7/7, points 14/14, types 14/14, levels 0/14. Every point
was read with its 科室, post, holder and type right (posts.csv F00025–F00031) but with NO LEVEL:
each colour was reported ``LEVEL_UNKNOWN`` (error, ``风险级别“红色”无法识别``) and left blank (the
forms' computed grade C, score 0, unscored):

- G4 ``红色``, G5 ``红色`` (局长 亓澂岫): read blank; truth 1, 1;
- G6 ``橙色`` (局长): read blank; truth 2;
- G7 ``橙色``, G8 ``黄色`` (副局长 笪霁峦): read blank; truth 2, 3;
- G9 ``红色``, G10 ``橙色`` (票务管理科 科长 郄泠樾): read blank; truth 1, 2;
- G11 ``红色``, G12 ``橙色`` (售票员 厍珩澈): read blank; truth 1, 2;
- G13 ``红色``, G14 ``黄色`` (景区运营科 科长 酆岚霑): read blank; truth 1, 3;
- G15 ``橙色``, G16 ``黄色`` (规划建设科 科长 弭沅蘅): read blank; truth 2, 3;
- G17 ``黄色`` (综合科 会计 甯曦璠): read blank; truth 3.

The key box itself was taken for two more columns OF THE LIST: its caption J3 on the header row
became a heading judged ``其他`` (COLUMN_GUESSED, info: ``表头像是风险类型或级别,但内容不是``) and K a
column with no heading, so its cells J4:K8 were neither read as a legend nor reported as outside
the table (the check line says ``表格外内容 0 处``); no point, form or holder came of them (rightly).

Kind (one): a legend laid out as a two-column KEY BOX BESIDE THE LIST (``标识 | 含义``, one row a
grade, the code and its meaning in cells of their own) is swallowed as an unknown extra column of
the list instead of being read as the legend, so the list's code-words ``红色/橙色/黄色`` stay
unknown levels and every level of the file is missed.

Unscored besides: nothing; the other issues are info only (TABLE_NO_TYPE on the 文广旅局's two
sheets, the 青城山景区管理处's list and the three 自查表; GRADE_BLANK on the three cards and the three
自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: level words defined by a key box beside the list ('标识 | 含义', '红色 | 一级（高）风险'; tests/test_columns.py::test_level_words_defined_by_a_key_box_beside_the_list).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch338 import (
    BANDS,
    BARE,
    COLOURS,
    GRADES,
    KEY,
    KEY_CAPTION,
    KEY_COL,
    KEY_HEAD,
    KEY_LINE,
    LAYOUTS,
    LIST_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    SCENIC,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **COLOURS}
BATCH = Batch(338, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
KEY_FILE = "dujiangyan_scenic_bureau_colour_key"
HARDER = {KEY_FILE}
UNTYPED = {
    "dujiangyan_culture_tourism_bureau_two_sheets",
    "dujiangyan_heritage_center_selfchecks",
    "dujiangyan_qingcheng_office_groups",
}
NOBODY = {"dujiangyan_irrigation_office_posts"}
GAP = "\u3000"


def test_batch338_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=335, unit_words=("都江堰市",), new_people=True)


def test_batch338_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14))
    assert RESAVED == ()


def test_batch338_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch338_every_unit_is_of_dujiangyan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("都江堰市") for u in units)


def test_batch338_the_key_box_beside_the_list_gives_the_levels():
    name = KEY_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    width = len(LIST_HEAD)
    assert rows[head][:width] == list(LIST_HEAD)
    listed = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    # the key box: past a blank column, on the heading row and the list's first rows
    assert all(row[width] is None for row in rows)  # column I blank throughout
    assert rows[head][KEY_COL : KEY_COL + 2] == [KEY_CAPTION, KEY_CAPTION]
    assert BATCH.merged(name, 0, head, KEY_COL, KEY_COL + 1)
    box = [tuple(row[KEY_COL : KEY_COL + 2]) for row in listed[: len(KEY) + 1]]
    assert box == [KEY_HEAD, *KEY]
    assert listed[len(KEY) + 1][KEY_COL : KEY_COL + 2] == [KEY_LINE, KEY_LINE]
    assert all(row[KEY_COL] is None for row in listed[len(KEY) + 2 :])
    # every level cell is a colour, read only by the key's rows
    key = {code: meaning for code, meaning in KEY}
    assert {row[6] for row in listed} == set(key) == set(COLOURS)
    grade = {"一级": 1, "二级": 2, "三级": 3}
    read = {code: grade[meaning[:2]] for code, meaning in key.items()}
    assert read == COLOURS
    got = [(r[1], r[2], r[3], r[4], read[r[6]]) for r in listed]
    assert got == BATCH.truth_rows(name)
    for row in listed:
        assert BATCH.answers(name)[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1
    # no legend as text anywhere: no 注 line, no cell outside the key and the level column that
    # names a colour
    texts = [c for row in rows for c in row if isinstance(c, str)]
    assert not any(c.startswith(("注", "说明")) for c in texts)
    colour_cells = [
        (r, c) for r, row in enumerate(rows) for c, v in enumerate(row)
        if isinstance(v, str) and any(k in v for k in COLOURS)
    ]  # fmt: skip
    assert all(c in (6, KEY_COL) for _, c in colour_cells)
    # the key's cells are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    key_cells = {c for pair in [KEY_HEAD, *KEY] for c in pair} | {KEY_CAPTION, KEY_LINE}
    assert not points & key_cells
    assert len(points) == sum(len(p) for *_, p in SCENIC) == len(listed)


def test_batch338_plain_tables_by_heading():
    cases = [
        ("dujiangyan_tourism_investment_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("dujiangyan_irrigation_office_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dujiangyan_tourism_monitoring_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 灌区管理处 names nobody
    name = "dujiangyan_irrigation_office_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "dujiangyan_tourism_monitoring_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 文广旅局's two sheets
    name = "dujiangyan_culture_tourism_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch338_group_rows_give_the_department():
    name = "dujiangyan_qingcheng_office_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch338_one_sheet_a_person():
    name = "dujiangyan_museum_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "dujiangyan_heritage_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch338_is_read(tmp_path):
    BATCH.is_read(tmp_path)
