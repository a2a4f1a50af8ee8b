"""The five-hundred-and-seventh batch of published layouts (tests/published/batch507.py): seven
ordinary files as the 乡村振兴 and 农业 bodies of one county (民乐县) really send them — the
乡村振兴局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 农业农村局's 一览表 with
科室/岗位/责任人 on every row, the 农业技术推广中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 动物疫病预防控制中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
六坝镇农业服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 洪水镇农业服务中心's 责任清单 under
group rows with ``一级风险/二级风险/三级风险``, the 南丰镇农业服务中心's 责任清单 with ``职责事项`` — and
one harder: the 三堡镇农业服务中心's 责任清单 whose name column is headed by the post itself
(``村　别 | 村级动物防疫员``), no 岗位 column (``python tests/published/score.py --set batch507``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at c9c85b5 (``/work/snap34``; this
worktree branched from dev at c9c85b5 too): ``TOTAL                      forms  19/19  points  37/37
recall 1.00 precision 1.00 (37/37)  levels  37/37  types  37/37  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict ``TOTAL
forms  16/19  points  37/37  recall 1.00 precision 1.00 (37/37)  levels  37/37  types  37/37  noise 0``
/ ``TOTAL forms=0.842 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full, --strict too (16/16 forms,
31/31 points, levels and types all right).

Missed, only under --strict, all in the harder ``minle_sanbao_post_as_heading.xlsx`` (sheet 责任清单;
forms 0/3 strict, points 6/6): the reader found the three holders from the column headed
``村级动物防疫员`` (issues.csv COLUMN_GUESSED at C2: "按内容判断为责任人(姓名)") and every point and
level, but took the post heading as no more than a name heading, so each form's post (title) is
EMPTY (truth ``村级动物防疫员``), and read the ``村　别`` column as the 科室: B3 ``三堡村`` (郏泷翊,
truth department ``""``), B5 ``何庄村`` (亓璆湄, truth ``""``), B7 ``韩营村`` (厍玥潆, truth ``""``).
Kind: a post written only as the heading of the name column is not given to the holders under it,
and the column of the villages they serve beside it is taken for their 科室. (Unscored: the four
镇农业服务中心 units were read as the 镇 — ``民乐县三堡镇``, ``民乐县六坝镇`` … — as for the other 镇
bodies.)

Generalised after this measurement: a holder column headed by the post itself ('村级动物防疫员' over
names), no post column, gives each holder that post (tests/test_columns.py
test_a_holder_column_headed_by_the_post_itself, in other words); plain read in full untuned,
--strict now too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch507 import (
    GRADES,
    LAYOUTS,
    PLACE,
    POST,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VILLAGES,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(507, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEADED = "minle_sanbao_post_as_heading"
HARDER = {HEADED}
UNTYPED = {
    "minle_sanbao_post_as_heading",
    "minle_revival_two_sheets",
    "minle_vet_selfchecks",
    "minle_liuba_cards",
    "minle_hongshui_group_rows",
    "minle_nanfeng_duty_list",
}
NOBODY = {"minle_extension_posts"}


def test_batch507_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=503, unit_words=(PLACE,), new_people=True)


def test_batch507_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch507_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch507_every_unit_is_of_minle():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch507_post_only_as_the_name_columns_heading():
    head = BATCH.heading(HEADED)
    assert head == ["序号", "村　别", POST, "廉政风险点", "风险等级", "防控措施"]
    texts = [c for row in BATCH.filled(HEADED) for c in row if isinstance(c, str)]
    assert sum(POST in c for c in texts) == 1
    assert not any(w in c for c in texts for w in ("姓名", "责任人", "岗位"))
    got = BATCH.by_heading(HEADED, {"person": POST, "point": "廉政风险点"}, fixed={"post": POST})
    assert got == BATCH.truth_rows(HEADED)
    assert [r[2] for r in BATCH.truth_rows(HEADED)] == [w for _v, w, ps in VILLAGES for _ in ps]
    assert {f["department"] for f in BY_NAME[HEADED]["truth"]} == {""}


def test_batch507_plain_tables_by_heading():
    cases = [
        ("minle_extension_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("minle_agri_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                    "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("minle_extension_posts") == {""}
    name = "minle_nanfeng_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "minle_revival_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch507_group_rows_and_one_sheet_a_person():
    name = "minle_hongshui_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "minle_liuba_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "minle_vet_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch507_is_read(tmp_path):
    BATCH.is_read(tmp_path)
