"""The nine-hundred-and-seventieth batch of published layouts (tests/published/batch970.py): seven
ordinary files as the 公安、司法、法院 and 检察院 bodies of one county (错那县) really send them — the
公安局's 一览表 in two sheets 班子成员/内设机构 with ``…风险`` types and 高/中/低, the 人民法院's 一览表
with ``一级/二级/三级``, the 人民检察院's 防控卡 one sheet a person with ``★★★/★★/★``, the 司法局's
清单 under group rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 看守所's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 曲卓木乡司法所's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 法律援助中心's 一览表 — and one harder: the 错那镇派出所's 排查表
whose ``职务`` column names every 民警 below the 所领导 by his 警员职务序列 rank (``一级警长``,
``三级警长`` twice, ``一级警员``) as his post, words that open with the ``一级``/``三级`` of the
list's own ``风险等级`` column (``python tests/published/score.py --set batch970``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 5f41826f (this worktree, g970, branched from main at
that commit, xlproc/ untouched; PYTHONPATH=/work/g970), after these tests passed: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0 (forms 34/34, points
65/65, precision 65/65, levels 65/65, types 65/65); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. Per file (forms, points, precision, levels, types, all 1.00, noise 0):
cona_public_security_bureau_two_sheets 6/6, 11/11, 11/11, 11/11, 11/11; cona_court_list 5/5,
10/10, 10/10, 10/10, 10/10; cona_procuratorate_cards 4/4, 8/8, 8/8, 8/8, 8/8;
cona_justice_bureau_group_rows 4/4, 7/7, 7/7, 7/7, 7/7; cona_detention_house_selfchecks 3/3, 6/6,
6/6, 6/6, 6/6; cona_township_justice_office_posts 3/3, 5/5, 5/5, 5/5, 5/5;
cona_legal_aid_centre_list 3/3, 6/6, 6/6, 6/6, 6/6; and the harder
cona_police_station_ranks_as_posts 6/6, 12/12, 12/12, 12/12, 12/12.

Missed: nothing. The harder ``cona_police_station_ranks_as_posts.xlsx`` read in full untuned: every
point's level came from its ``风险等级`` cell (the ``职务`` words ``一级警长``, ``三级警长``, ``一级警员`` were
taken for no level), and with --strict every post came out as written (``一级警长``, ``三级警长`` for
both 谯笪瀛 and 汝鄢琬 — two forms, told apart by name —, ``一级警员``, ``所长``, ``教导员``).
Kind: none in the scores; a 警员职务序列 rank written as the post is read as a post already.

Unscored besides: no error and no warning; info only (TABLE_NO_TYPE ×9 for the untyped tables,
GRADE_BLANK ×7 for the cards and self-checks with no 岗位风险等级, FILE_SKIPPED for truth.json).
Where the score does not look (tiers; the writing of a 所's unit): the harder file came out as unit
``错那县公安局`` with 科室 ``错那镇派出所`` (the truth writes the 派出所 as a unit of its own, no 科室; the
score takes a named holder either way), hence its 所长 中层岗位 and its 教导员 一般岗位 (truth: both
leaders of the 所), and the ranks ``一级警长``/``三级警长`` 中层岗位 (the 警长 of a rank taken for the head
of something; the truth calls a ranked 民警 with no leading post general) while ``一级警员`` is
一般岗位; the 公安局's 政委 got no tier at all (blank; truth leader); the 法院's 执行局 局长 came out
领导岗位 (truth middle: the 执行局 is the court's 科室); the 司法所 came out as unit ``错那县曲卓木乡``
with 科室 ``司法所`` (the score takes both writings) and its 所长 中层岗位.

Not generalised in the stop that measured it (phase 1: held out and measured only, xlproc/
unchanged): nothing in the scores to generalise; the unscored tiers above (a 警员职务序列 rank such
as ``三级警长`` is no head of anything; a 公安局's 政委 leads it; a 法院's 执行局局长 heads a 科室) are
left for the next.

Generalised after this measurement (the unscored tier misses, by kind, in xlproc/identity.py's
tier_of_post; tests/test_tiers_of_police_ranks_and_political_heads.py in other words): a
警员职务序列 rank written as the post (一级至四级警长, 高级警长, 一级、二级警员; the 警务技术 ranks
警务技术一级至四级主任, 一级、二级主管) is general (``一级警长`` 汝鄢淏 and the two ``三级警长`` now
一般岗位); a 政委 or an 教导员 is tiered as the head he stands beside: the 公安局's 政委 谯笪澍岚 as its
局长 (now 领导岗位), the 派出所's 教导员 谯笪霈 as its 所长 (now 中层岗位 with him: the 派出所 is still
read as the 公安局's 科室, the 站所 convention of docs/layouts.md, kept), an 教导员 under ``所领导`` or of
a unit that is the 所 or 大队 itself a leader; the 局长 of a court's 执行局 (or a 检察院's 反贪局) heads a
part, middle as a 庭长 (谯笪骞 now 中层岗位), and a 检察院's ``部门主任`` with no 科室 written is middle
(it had read 领导岗位; the 检察部's 主任 here was middle already). Every tier of the batch is now
the truth's but the three 所长/教导员 of the 派出所 and the 司法所 read as 科室 (middle, the truth
leader). Read 1.00 since, --strict too (forms 34/34, points 65/65, precision 65/65, levels 65/65,
types 65/65; no score looks at tiers).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch970 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RANKS_AS_POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    is_rank,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(970, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"cona_police_station_ranks_as_posts"}
TYPED = {
    "cona_public_security_bureau_two_sheets",
    "cona_justice_bureau_group_rows",
    "cona_township_justice_office_posts",
    "cona_legal_aid_centre_list",
}
NOBODY = {"cona_township_justice_office_posts"}


def test_batch970_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("错那县",), new_people=True)


def test_batch970_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch970_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch970_every_unit_is_of_cona():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("错那县") for u in units)


def test_batch970_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("汝鄢", "谯笪") for p in people)
    assert {p[:2] for p in people} == {"汝鄢", "谯笪"}


def test_batch970_posts_written_as_police_ranks():
    name = "cona_police_station_ranks_as_posts"
    rows = BATCH.filled(name, "排查表")
    head = BATCH.header(name, "排查表")
    assert rows[head] == ["序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施"]
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "排查表") == BATCH.truth_rows(name)
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # below the 所领导 every 职务 is a 警员职务序列 rank, and that rank is the truth's post
    forms = BY_NAME[name]["truth"]
    ranked = [f for f in forms if is_rank(f["title"])]
    assert {f["title"] for f in forms} - {f["title"] for f in ranked} == {"所长", "教导员"}
    assert {f["title"] for f in ranked} == {"一级警长", "三级警长", "一级警员"}
    assert all(f["tier"] == "general" for f in ranked)
    assert all(f["tier"] == "leader" for f in forms if f not in ranked)
    # the rank words open with the list's own level words, and are no level
    assert all(f["title"][:2] in GRADES for f in ranked)
    assert {row[4] for row in table} <= set(GRADES)
    assert {f["title"] for f in ranked} <= {row[2] for row in table}
    assert not any(re.fullmatch(r"[一二三四]级警[长员]", row[4]) for row in table)
    # two 民警 share one rank: two forms, told apart by their names
    shared = [f for f in forms if f["title"] == "三级警长"]
    assert len(shared) == 2 and len({f["person"] for f in shared}) == 2
    assert len(forms) == len(RANKS_AS_POSTS)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "警员职务序列" in notes[0] and "一级为最高" in notes[0]
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch970_plain_tables_by_heading():
    cases = [
        ("cona_court_list", {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"},
         None),
        ("cona_legal_aid_centre_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("cona_township_justice_office_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "cona_public_security_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    for sheet in ("班子成员", "内设机构"):
        got = BATCH.types_by(name, "风险类型", sheet)
        assert got == [r["types"] for r in BATCH.points(name, sheet)], sheet
    # the short 风险点 is the point, the long 风险表现 none
    name = "cona_township_justice_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch970_group_rows_give_the_department():
    name = "cona_justice_bureau_group_rows"
    dept, got, types = None, [], []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
            types.append([row[4]])
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]


def test_batch970_one_sheet_a_person():
    name = "cona_detention_house_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "cona_procuratorate_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:3] == ["所在部门", f["department"], "填卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch970_is_read(tmp_path):
    BATCH.is_read(tmp_path)
