"""The two-hundred-and-ninety-first batch of published layouts (tests/published/batch291.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one district (朝天区) really send them —
the 朝天中学's 一览表 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 沙河中学's 排查表 对岗不对人 with
``风险点 | 主要表现`` and ``一级风险/二级风险/三级风险``, the 中子镇中心小学's 防控卡 one sheet a holder with
``★★★/★★/★``, the 人民医院's two sheets ``院领导 | 科室`` with ``一级/二级/三级``, the 羊木镇卫生院's 自查表
one sheet a person with ``高风险/中风险/低风险``, the 社会保险事业管理中心's 责任清单 with a last ``责任领导``
column, the 文化馆's 一览表 with ``风险点 | 风险描述`` — and one harder: the 曾家镇中心卫生院's 防控卡 printed
six to a page, a grid of cards two across (a blank cutting column between) and three down, each card
with its own ``姓　名 | … | 岗　位 | …`` and ``所在科室`` lines above its own heading
(``python tests/published/score.py --set batch291``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a8143b2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch291``:
``TOTAL                      forms  42/42  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  76/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  76/76  recall 1.00 precision 1.00 (76/76)  levels  76/76  types  76/76  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). All eight
layouts read in full, with ``--strict`` too — every form, point, level and type, the harder one
included: the page of cards was read as six side-by-side tables (TABLE_NO_TYPE at A6, F6, A15, F15,
A23, F23, one a card), each card's ``姓　名 | … | 岗　位 | …`` and ``所在科室`` lines given to the table
under them, every point to its own card with its level, the padding rows, captions and
``持卡人签字``/``监督电话`` lines no points. The truth was not changed after measuring.

No scored miss. Unscored (posts.csv of ``xlproc collect`` on the built inbox), by cell:

- the harder ``chaotian_zengjia_health_center_card_sheet.xlsx`` (sheet 防控卡): the three RIGHT-hand
  cards, G4 副院长 訾湉珂, G13 药剂员 钭芃岚, G21 会计 逯檀霏, were read with the unit BLANK (posts.csv
  F00035, F00037, F00039; truth ``朝天区曾家镇中心卫生院``), while the three left-hand cards (B4, B13,
  B21; F00034, F00036, F00038) got the unit from the title A1 merged across A1:I1. Kind: of
  side-by-side tables only the one under the title's first column inherits the unit the title names.
- ``chaotian_middle_school_groups.xlsx`` (sheet 一览表): the group row A5 ``一、校级领导`` did not give
  the 科室 to the 校长 佘鸿翥 and 副校长 栾昀霁 under it (F00007, F00008, department blank; truth
  ``校级领导``), though ``二、总务处`` … ``四、教务处`` did (F00009–F00012). Kind: a group row naming the
  leadership (not an office) is not taken as the 科室 (``--strict`` does not compare a leader's 科室).
- ``chaotian_zhongzi_primary_cards.xlsx`` (sheets 校长, 副校长): the cards, which write no 科室, were given
  the 科室 ``领导班子`` (F00040, F00041; truth blank). Kind: the reader supplies a leaders' group the
  card does not name (a convention difference, not a misread cell).
- ``chaotian_shahe_middle_posts.xlsx`` (sheet 排查表): the post ``饭堂负责人`` (C6:C7) has no tier (F00023;
  truth general). Kind: a post ending in ``负责人`` is neither taken as 中层 nor as 一般.

The other issues are info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the cards and
self-checks).

Generalised after this measurement (unscored): cards side by side under the sheet's title take the unit it
names (tests/test_columns.py::test_a_grid_of_cards_under_one_title_are_all_of_its_unit).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch291 import (
    BANDS,
    CARD_GAP,
    CARD_WIDTH,
    CARDS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(291, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"chaotian_zengjia_health_center_card_sheet"}
UNTYPED = {
    "chaotian_zengjia_health_center_card_sheet",
    "chaotian_shahe_middle_posts",
    "chaotian_social_insurance_duties",
}
NOBODY = {"chaotian_shahe_middle_posts"}
GAP = "\u3000"


def test_batch291_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=289, unit_words=("朝天区",), new_people=True)


def test_batch291_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch291_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch291_every_unit_is_of_chaotian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("朝天区") for u in units)


def test_batch291_the_page_of_cards():
    name = "chaotian_zengjia_health_center_card_sheet"
    rows = BATCH.filled(name)
    starts = (0, CARD_WIDTH + CARD_GAP)
    # the gap column is blank on every row under the title lines
    assert all(row[CARD_WIDTH] is None for row in rows[2:])
    got, cards = [], []
    for r, row in enumerate(rows):
        for c in starts:
            if row[c] != f"姓{GAP}名":
                continue
            who, post = row[c + 1], row[c + 3]
            assert row[c + 2] == f"岗{GAP}位"
            assert rows[r + 1][c] == "所在科室" and BATCH.merged(name, 0, r + 1, c + 1, c + 3)
            dept = rows[r + 1][c + 1]
            assert rows[r + 2][c : c + CARD_WIDTH] == ["序号", "风险点", "风险等级", "防控措施"]
            k = r + 3
            numbers = []
            while rows[k][c] != "持卡人签字：":
                if rows[k][c + 1] is not None:
                    numbers.append(rows[k][c])
                    got.append((dept, post, who, rows[k][c + 1], HML[rows[k][c + 2]]))
                else:  # a padding row of the shorter card: blank throughout
                    assert rows[k][c : c + CARD_WIDTH] == [None] * CARD_WIDTH
                k += 1
            assert numbers == list(range(1, len(numbers) + 1))  # 序号 start again in every card
            cards.append((r, c))
    # six cards, two a band: both cards of a band open on the same row
    assert len(cards) == len(CARDS) == 6
    assert [c for _r, c in cards] == list(starts) * 3
    assert all(cards[i][0] == cards[i + 1][0] for i in range(0, 6, 2))
    # the truth is the cards read left card then right card, band by band
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(CARDS)
    # the measures, captions and sign lines are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    measures = {m for card in CARDS for _p, _lv, m in card[4]}
    assert not points & measures
    assert not any(str(p).startswith(("廉政风险防控卡", "持卡人", "监督电话")) for p in points)


def test_batch291_plain_tables_by_heading():
    cases = [
        ("chaotian_shahe_middle_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, None),
        ("chaotian_social_insurance_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("chaotian_culture_hall_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 主要表现 / 风险描述 none; the 沙河中学 names nobody
    for name, long in (
        ("chaotian_shahe_middle_posts", "主要表现"),
        ("chaotian_culture_hall_list", "风险描述"),
    ):
        at = BATCH.heading(name).index(long)
        assert not {p["risk_point"] for p in BATCH.points(name)} & {
            r[at] for r in BATCH.table(name)
        }
    assert BATCH.holders("chaotian_shahe_middle_posts") == {""}
    # the 社保中心's 工作事项 is no point and its 责任领导 is no holder
    name = "chaotian_social_insurance_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert not BATCH.holders(name) & {r[8] for r in table} - {r[3] for r in table}
    name = "chaotian_people_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("院领导", "科室"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch291_group_rows_give_the_department():
    name = "chaotian_middle_school_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [[t] for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch291_one_sheet_a_person():
    name = "chaotian_zhongzi_primary_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "chaotian_yangmu_health_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == [f"科{GAP}室", f["department"]] and f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the levels are 高风险/中风险/低风险; 备注 is no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch291_is_read(tmp_path):
    BATCH.is_read(tmp_path)
