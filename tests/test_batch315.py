"""The three-hundred-and-fifteenth batch of published layouts (tests/published/batch315.py): seven
ordinary files as the 卫生健康 bodies of one county (南部县) really send them — the 卫生健康局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 人民医院's 一览表 under group rows with 高/中/低,
the 疾病预防控制中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 升钟镇中心卫生院's
排查表 对岗不对人 with ``工作环节`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 定水镇卫生院's 防控卡 one sheet a holder with
``一级风险/二级风险/三级风险``, the 妇幼保健院's 一览表 with ``风险点 | 风险描述`` and ``★★★/★★/★``, the
卫生健康综合行政执法大队's 责任清单 with ``执法事项`` — and one harder: the 中医医院's 排查表, whose
level cells are three-star ratings of solid ``★`` and hollow ``☆`` (``★★★``, ``★★☆``, ``★☆☆``)
(``python tests/published/score.py --set batch315``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch315``:
``TOTAL                      forms  42/42  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  62/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.899 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  62/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.899 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the reader's own check: 文件 8 = 已读取 8, 表格行 69 = 风险点 69). The
seven ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (7/7: every 科室, post, holder and tier right), all its points (11/11)
and types (11/11), but only 4 of its 11 levels. The truth was not changed after measuring.

Missed, all in the harder ``nanbu_tcm_hospital_hollow_stars.xlsx`` (sheet 排查表, heading row 3,
levels in G4:G14): the reader took column G ``风险等级`` as the level column, as it should, and read
the four full ratings ``★★★`` (G4, G5 院长 檀翀湄; G7 中药房 主任 郄溁岫; G10 骨伤科 科主任 班翊澍) as Ⅰ级,
right; but every cell holding a hollow ``☆`` was left unread — level blank, an error LEVEL_UNKNOWN
``风险级别“★★☆”无法识别`` each. By cell (risks.csv, issues.csv):

- G6 (院领导 副院长 冉澂汀, ``中药饮片遴选中接受供应商宴请和礼品``): read ``★★☆`` → no level, truth 2;
- G8 (中药房 主任 郄溁岫, ``饮片出入库账实不符，未用饮片回流药房``): read ``★★☆`` → no level, truth 2;
- G9 (中药房 调剂员 皮霂沄, ``调剂时擅自增减饮片剂量``): read ``★☆☆`` → no level, truth 3;
- G11 (骨伤科 科主任 班翊澍, ``小针刀、推拿等治疗项目多记、虚记``): read ``★★☆`` → no level, truth 2;
- G12 (骨伤科 护士长 蔺漪岚, ``护理记录补记、编造，配合空挂床``): read ``★★☆`` → no level, truth 2;
- G13 (医保办 主任 汲沣涵, ``医保结算数据审核走过场，违规费用不剔除``): read ``★★☆`` → no level, truth 2;
- G14 (医保办 主任 汲沣涵, ``医保检查前通风报信，帮助科室修改病历``): read ``★☆☆`` → no level, truth 3.

Kind (all seven): a fixed-width three-star rating whose hollow ``☆`` only pads the solid ``★`` is not
read as the count of solid stars — a cell with any ``☆`` is an unknown level (the ``注：`` line, which
says solid stars count, is not used); the points, their posts and types are read right.

Unscored besides (posts.csv, risks.csv): every unit, post and tier of the 42 forms is read as the
truth has it; the 定水镇卫生院's cards of 院长 and 副院长 get the 科室 ``领导班子`` (truth none: the cards
name no 科室; the 会计's card none, as the truth), which ``--strict`` does not count; the risks of the
two one-sheet-a-person files carry a ``section`` ``分管工作`` (leaders) or ``岗位职责`` (others). The
other issues are info only (TABLE_NO_TYPE on the three untyped sheets, GRADE_BLANK on six forms); no
warning, and no error but the seven above.

Generalised after this measurement: a level rated by filled marks padded with hollow ones on a scale of three ('★★☆', '●○○'; tests/test_columns.py::test_a_level_rated_by_filled_marks_padded_with_hollow_ones).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch315 import (
    BANDS,
    GRADES,
    HOLLOW,
    LAYOUTS,
    RATING,
    RATING_HEAD,
    RATING_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    SOLID,
    STARS,
    TCM,
    build,
    rating,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS, **RATING}
BATCH = Batch(315, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
STARRED = "nanbu_tcm_hospital_hollow_stars"
HARDER = {STARRED}
UNTYPED = {"nanbu_health_bureau_two_sheets", "nanbu_shengzhong_health_center_posts"}
NOBODY = {"nanbu_shengzhong_health_center_posts"}
GAP = "\u3000"


def test_batch315_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=312, unit_words=("南部县",), new_people=True)


def test_batch315_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 12))
    assert RESAVED == ()


def test_batch315_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch315_every_unit_is_of_nanbu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("南部县") for u in units)


def test_batch315_hollow_stars_are_empty_slots():
    name = STARRED
    assert BATCH.heading(name) == list(RATING_HEAD)
    table = BATCH.table(name)
    got = []
    for _n, dept, post, who, point, typ, cell, _measures in table:
        # every level cell is three stars, solid first, hollow after
        assert len(cell) == 3 and set(cell) <= {SOLID, HOLLOW}, cell
        assert cell == SOLID * cell.count(SOLID) + HOLLOW * cell.count(HOLLOW), cell
        got.append((dept, post, who, point, 4 - cell.count(SOLID)))
        assert types_in(typ) == [typ]
    assert got == BATCH.truth_rows(name)
    assert [r["types"] for r in BATCH.points(name)] == [types_in(r[5]) for r in table]
    # all three ratings are used, and each has a hollow star but the top one
    assert {r[6] for r in table} == set(RATING) == {rating(lv) for lv in (1, 2, 3)}
    assert sum(HOLLOW in r[6] for r in table) >= len(table) // 2
    # the number of star characters says nothing: every cell has three
    assert {len(r[6]) for r in table} == {3}
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    # the note names the two stars but spells out no sequence, and is no point
    rows = [[c for c in row if c is not None] for row in BATCH.sheet(name)["rows"]]
    assert [RATING_NOTE] in rows
    assert not any(seq in RATING_NOTE for seq in RATING)
    assert RATING_NOTE not in {p["risk_point"] for p in BATCH.points(name)}
    # 科室 merged down, 岗位 and 姓名 merged per person
    head = BATCH.header(name)
    merges = BATCH.sheet(name)["merges"]
    assert (head + 1, 1, head + 3, 1) in merges  # 院领导: 院长's two rows and 副院长's one
    assert (head + 1, 3, head + 2, 3) in merges  # 院长's two rows
    assert len(table) == sum(len(points) for *_x, points in TCM)


def test_batch315_plain_tables_by_heading():
    cases = [
        ("nanbu_maternal_child_desc",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("nanbu_health_enforcement_duties",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("nanbu_shengzhong_health_center_posts",
         {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 工作环节 and 执法事项 are no points; the short 风险点 is the point, the long 风险描述 none
    for name, col in (
        ("nanbu_shengzhong_health_center_posts", 3),
        ("nanbu_health_enforcement_duties", 4),
        ("nanbu_maternal_child_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 中心卫生院 names nobody
    name = "nanbu_shengzhong_health_center_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(ROMAN)
    # the 妇幼保健院's stars are a count, read by its note
    name = "nanbu_maternal_child_desc"
    assert {r[7] for r in BATCH.table(name)} == set(STARS)
    assert any(str(r[0]).startswith("注：风险等级★★★为高风险") for r in BATCH.rows(name))
    # the 卫生健康局's two sheets
    name = "nanbu_health_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch315_group_rows_give_the_department():
    name = "nanbu_people_hospital_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch315_one_sheet_a_person():
    name = "nanbu_dingshui_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert str(rows[2][0]).startswith("岗位职责：")
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert rows[2][0] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "nanbu_cdc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 自查情况 is no point
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch315_is_read(tmp_path):
    BATCH.is_read(tmp_path)
