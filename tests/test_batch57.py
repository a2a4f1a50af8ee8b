"""The fifty-seventh batch of published layouts (tests/published/batch57.py): eight ordinary tables
of city, county and district bodies the earlier batches hardly drew on — a 区工业信息化和科技局
一览表 in the plainest shape with types, a 区商务局 排查表 对岗不对人 with a ``责任领导`` column of
names, a 市园林绿化服务中心 责任清单 (``责任主体 | 职权内容 | 风险点 | … | 责任人``, no 岗位), a
区供销合作社联合社 一览表 (types, 一级/二级/三级, a 填表人 line), a 县文化广电和旅游局 一览表 with
``责任股室 | 岗位 | 责任人 | … | 责任领导``, a 区人民防空办公室 排查表 whose ``风险等级`` spans ``高 |
中 | 低`` with a ``√``, a 区委党校 一览表 with ``岗位职责`` and ``高风险``/``中风险``/``低风险`` — and one
harder: a 区气象局 一览表 printed as two pages on one sheet (title and heading repeated, a
``第1页 共2页`` line, the 办公室 主任's rows running over the break) (``python
tests/published/score.py --set batch57``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 6e16523: forms 1.000 (42/42), recall 1.000 (51/51),
precision 1.000 (51/51), levels 1.000 (51/51), types 1.000 (51/51), noise 0; with --strict the
same: forms 1.000 (42/42), recall 1.000 (51/51), precision 1.000 (51/51), levels 1.000 (51/51),
types 1.000 (51/51), noise 0. Missed:

- nothing: no form, point, level or type of the eight layouts was missed, normal or strict.

Read right: the harder one's two pages on one sheet (the repeated title and heading and the
``第1页 共2页``/``第2页 共2页`` lines no points, 庞志远's rows on both pages one form, 8 points
numbered on); the 工业信息化和科技局's plain table with its five types; the 商务局's ``责任领导``
names taken as the supervising leader, the table 对岗不对人 (six post forms, no person); the 园林
中心's 责任清单 — ``责任主体`` as 科室, ``责任人`` as holder with no post, ``职权内容`` not the point;
the 供销社's 一级/二级/三级 and types with the 填表人/审核人 line no point; the 文旅局's ``责任人``
as holder beside the merged ``责任领导``; the 人防办's ``√`` under ``高 | 中 | 低``; the 党校's
``高风险``/``中风险``/``低风险`` and the merged ``岗位职责``.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch57 import LAYOUTS, ORDINAL, PREFIX, RISKS, TICK, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

BATCH = Batch(57, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"meteorology_table_over_two_pages"}
TYPED = {"industry_tech_bureau_plain", "supply_coop_types_ordinal"}
NOBODY = {"commerce_bureau_post_only_leader_column"}


def test_batch57_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)
    assert PREFIX == "b57_"


def test_batch57_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, whole_fields=True, tier_by_post=True, known_by=("title", "department")
    )


def test_batch57_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch57_two_pages_on_one_sheet():
    name = "meteorology_table_over_two_pages"
    rows = BATCH.sheet(name)["rows"]
    heads = [r for r, row in enumerate(rows) if row[0] == "序号"]
    assert len(heads) == 2 and rows[heads[0]] == rows[heads[1]]
    assert rows[heads[0] - 1][0] == rows[heads[1] - 1][0]  # the title again
    assert rows[heads[1] - 2][0] == "第1页 共2页" and rows[-1][0] == "第2页 共2页"
    table = BATCH.table(name)
    assert [r[0] for r in table] == list(range(1, 9))
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    # the 办公室 主任's rows on both pages, one form
    pages = [[r[3] for r in rows[h + 1 :] if isinstance(r[0], int)][:4] for h in heads]
    assert "庞志远" in pages[0] and "庞志远" in pages[1]
    assert sum(1 for f in BY_NAME[name]["truth"] if f["person"] == "庞志远") == 1


def test_batch57_plain_and_typed_tables():
    for name, scale, type_col in (("industry_tech_bureau_plain", HML, 5),
                                  ("supply_coop_types_ordinal", ORDINAL, 5)):  # fmt: skip
        head = BATCH.sheet(name)["rows"][BATCH.header(name)]
        assert head[1:4] == ["科室", "岗位", "姓名"]
        table = BATCH.table(name)
        assert [(r[1], r[2], r[3], r[4], scale[r[6]]) for r in table] == BATCH.truth_rows(name)
        assert [types_in(r[type_col]) for r in table] == [p["types"] for p in BATCH.points(name)]
    assert BATCH.sheet("supply_coop_types_ordinal")["rows"][-1][0] == "填表人："
    assert {p["types"][0] for p in BATCH.points("industry_tech_bureau_plain")} == set(TYPES)


def test_batch57_leader_columns():
    name = "commerce_bureau_post_only_leader_column"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[-1] == "责任领导" and "姓名" not in head and "责任人" not in head
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[3], HML[r[4]]) for r in table] == BATCH.truth_rows(name)
    assert len({r[6] for r in table}) == 3
    name = "culture_tourism_leader_column"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[1:4] == ["责任股室", "岗位", "责任人"] and head[-1] == "责任领导"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    leaders = {r[7] for r in table}
    assert not leaders & {f["person"] for f in BY_NAME[name]["truth"]}


def test_batch57_duty_list_without_posts():
    name = "garden_centre_duty_list"
    rows = BATCH.sheet(name)["rows"]
    assert rows[0][0] == "附件1"
    head = rows[BATCH.header(name)]
    assert head == ["序号", "责任主体", "职权内容", "风险点", "风险等级", "防控措施", "责任人"]
    table = BATCH.table(name)
    assert [(r[1], "", r[6], r[3], HML[r[4]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[2] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    assert all(f["title"] == "" and f["tier"] is None for f in BY_NAME[name]["truth"])


def test_batch57_ticked_levels():
    name = "civil_air_defence_ticked_level"
    rows = BATCH.sheet(name)["rows"]
    at = BATCH.header(name)
    assert rows[at][5] == "风险等级" and rows[at + 1][5:8] == ["高", "中", "低"]
    assert (at, 5, at, 7) in set(BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    got = []
    for r in table:
        ticked = [k for k, v in zip((1, 2, 3), r[5:8], strict=True) if v == TICK]
        assert len(ticked) == 1
        got.append((r[1], r[2], r[3], r[4], ticked[0]))
    assert got == BATCH.truth_rows(name)


def test_batch57_party_school_risk_suffix():
    name = "party_school_duty_risk_suffix"
    head = BATCH.sheet(name)["rows"][BATCH.header(name)]
    assert head[4:6] == ["岗位职责", "廉政风险点"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[5], RISKS[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert {r[6] for r in table} == set(RISKS)
    assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}


def test_fifty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
