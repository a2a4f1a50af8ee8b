"""The nine-hundred-and-thirty-ninth batch of published layouts (tests/published/batch939.py): seven
ordinary files as the civil affairs bodies of one county (洛扎县) really send them — the 民政局's
一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 社会救助服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 敬老院's 防控卡 one sheet a leader with ``★★★/★★/★``, the 殡葬服务站's 清单 under
group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 婚姻登记处's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 儿童福利服务站's 一览表 with ``高风险/中风险/低风险``, the 拉康镇民政办's 登记表 —
and one harder: the 边巴乡民政办's 一览表 in which a sub-row ``兼任岗位：儿童督导员`` inside a person's
merged block starts the risks of that person's concurrent post
(``python tests/published/score.py --set batch939``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f49d80a8 (/work/snap65; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=0.931 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 27/29, points 51/51, precision 51/51, levels 51/51, types
51/51); with --strict the same: TOTAL forms=0.931 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``luozha_bianba_office_concurrent_post_rows.xlsx`` (sheet 一览表; forms
3/5, points 9/9, precision 9/9, levels 9/9, noise 0): the reader skipped the two sub-rows
``兼任岗位：儿童督导员`` (D7:F7) and ``兼任岗位：残联专干`` (D12:F12) without a word (no point, no
issue) and kept every row under them on the person's merged 岗位 (B5:B9 ``民政专干``, B10:B13
``社会救助协理员``): F00002 民政专干 吉峘翾 came out with four points (``入户调查走过场，家庭收入核查不实``,
``低保金发放名册与审批名单不一致`` and the 儿童督导员's ``事实无人抚养儿童认定材料审核不严`` D8,
``困境儿童基本生活费发放不及时、截留`` D9), F00003 社会救助协理员 容汧璐 with three (its own two and the
残联专干's ``残疾人两项补贴资格审核把关不严`` D13); the truth has five forms: 主任 容澍岚, 民政专干 吉峘翾
(2 points), 儿童督导员 吉峘翾 (2), 社会救助协理员 容汧璐 (2), 残联专干 容汧璐 (1). The points scored (the
score keys them by holder), the two concurrent-post forms did not. Kind: a sub-heading row inside
one person's merged block naming a concurrent post (``兼任岗位：X``) is passed over as a non-point
row, so the post of the rows under it is not re-keyed to X and a holder's second post's risks are
filed under his first post.

Unscored besides: in the harder file the unit came out as ``洛扎县边巴乡`` with 科室 ``民政办`` (truth: unit
``洛扎县边巴乡民政办``, no 科室) and the 主任 as 中层岗位 (truth leader); the 拉康镇民政办's unit likewise as
``洛扎县拉康镇`` (its 科室 right); the 敬老院's cards got the 科室 ``领导班子`` (truth none). The issues are
info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): a ``兼任岗位：X`` sub-row inside a
person's merged block starting the rows of his concurrent post X (same holder, post X).

Generalised after this measurement: a ``兼任岗位：X`` sub-row (``兼职：X``, ``兼任X``, ``（兼）X岗位``,
``X（兼任）``, ``第二岗位：X``, ``分管/协管岗位：X``; merged across the point's columns or alone in the point's
column) inside a holder's block starts the points of his second post X, same holder and 科室, down to
the next such row or the next holder (POST_SECOND_SUB_ROWS), tests/test_second_post_sub_rows.py. Read
1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch939 import (
    CONCURRENT,
    CONCURRENT_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(939, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"luozha_bianba_office_concurrent_post_rows"}
TYPED = {
    "luozha_social_assistance_center_posts",
    "luozha_child_welfare_station_list",
    "luozha_lakang_town_office_register",
}
NOBODY = {"luozha_social_assistance_center_posts"}


def test_batch939_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=936, unit_words=("洛扎县",), new_people=True)


def test_batch939_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch939_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch939_every_unit_is_of_luozha():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("洛扎县") for u in units)


def test_batch939_concurrent_post_rows_rekey_the_post():
    name = "luozha_bianba_office_concurrent_post_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="序号")
    assert rows[head] == ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    got, subrows = [], 0
    post = who = None
    for row in rows[head + 1 :]:
        if isinstance(row[3], str) and row[3].startswith(CONCURRENT):
            # the sub-row: no 序号, merged across point, level and measures, under the same
            # person's merged 岗位 and 姓名 cells
            assert row[0] is None and row[3] == row[4] == row[5] and row[2] == who
            post, subrows = row[3][len(CONCURRENT) :], subrows + 1
        elif isinstance(row[0], int):
            if row[2] != who:
                post, who = row[1], row[2]
            got.append(("", post, who, row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert subrows == sum(1 for *_, second in CONCURRENT_ROWS if second)
    # one holder, two forms: his own post and the concurrent one
    forms = BY_NAME[name]["truth"]
    for post, who, _tier, _points, second in CONCURRENT_ROWS:
        titles = [f["title"] for f in forms if f["person"] == who]
        assert titles == [post] + ([second[0]] if second else []), who
    # the sub-row is no point
    assert not any(p["risk_point"].startswith(CONCURRENT) for p in BATCH.points(name))


def test_batch939_plain_tables_by_heading():
    cases = [
        ("luozha_child_welfare_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("luozha_lakang_town_office_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("luozha_social_assistance_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "luozha_civil_affairs_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "luozha_social_assistance_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch939_group_rows_give_the_department():
    name = "luozha_funeral_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch939_one_sheet_a_person():
    name = "luozha_marriage_registry_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "luozha_nursing_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch939_is_read(tmp_path):
    BATCH.is_read(tmp_path)
