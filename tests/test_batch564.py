"""The five-hundred-and-sixty-fourth batch of published layouts (tests/published/batch564.py): seven
ordinary files as the 农牧 and 草原 bodies of one county (河南蒙古族自治县) really send them — the
农牧水利和科技局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 水利工作站's 一览表 with
``高风险/中风险/低风险``, the 动物疫病预防控制中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the
优干宁镇畜牧兽医站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 宁木特镇农牧综合服务中心's 清单 under
group rows ``一、中心领导`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 多松乡农牧综合服务中心's 自查表 one sheet a person
with 高/中/低, the 农牧业综合行政执法大队's 登记表 with ``一级风险/二级风险/三级风险`` — and one harder: the
草原工作站's 排查表, one row a point, whose ``责任岗位`` and ``责任人`` cells list a shared point's posts and
holders one a line, paired line by line (``python tests/published/score.py --set batch564``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at ae77b89 (/work/snap2; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 34/34, points 62/62); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the seven
ordinary ones and the harder one alike.

No misses. The harder ``henan_grassland_station_stacked_holders.xlsx`` (sheet 排查表) was read in
full: its five holders came out as five forms (posts.csv F00018–F00022: 站长 蒯璞翀 4 points, 草原
监理员 蒯湉嶷 3, 副站长 隗烨泓 2, 草原监测员 隗霈骞 3, 会计 蒯骞蓁 2), each row's point under every
holder its ``责任人`` cell (E4–E11) lists, with the post on the same line of its ``责任岗位`` cell
(D4–D11), the row's level and no 科室; the ``注：`` line and the 填表人/审核人 line gave no point and
no issue. So the reader already pairs the lines of two parallel multi-line cells (posts in one,
names in the other), a shape the README's 读得懂的表 does not describe: the gap is in the README,
not in the reader (no issue says how it read them; the file's only issue is TABLE_NO_TYPE).

Unscored besides: the other issues are info only (TABLE_NO_TYPE on the ten sheets of the five
layouts without a type column, GRADE_BLANK on the six personal sheets, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): nothing to generalise in the
reader; the README's 读得懂的表 could say that a shared point's posts and holders written one a line
in a ``责任岗位`` cell and a ``责任人`` cell are paired line by line.

Generalised after this measurement: nothing (read in full untuned); the README's 读得懂的表 now says the
paired multi-line cells.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch564 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STACKED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(564, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"henan_grassland_station_stacked_holders"}
TYPED = {
    "henan_water_station_list",
    "henan_animal_disease_centre_posts",
    "henan_enforcement_brigade_register",
}
NOBODY = {"henan_animal_disease_centre_posts"}


def test_batch564_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=563, unit_words=("河南蒙古族自治县",), new_people=True
    )


def test_batch564_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch564_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch564_every_unit_is_of_henan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("河南蒙古族自治县") for u in units)


def test_batch564_stacked_lines_give_the_holders():
    name = "henan_grassland_station_stacked_holders"
    head = BATCH.heading(name)
    assert head == ["序号", "廉政风险点", "风险等级", "责任岗位", "责任人", "防控措施"]
    table = BATCH.table(name)
    assert len(table) == len(STACKED)
    got = []
    for row in table:
        posts, people = row[3].split("\n"), row[4].split("\n")
        assert len(posts) == len(people) >= 1
        for post, who in zip(posts, people, strict=True):
            assert (post, who) in {(p, w) for p, w, _ in HOLDERS}
            got.append(("", post, who, row[1], HML[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row (up to three), every holder in some shared row, a holder a form
    lines = [len(row[4].split("\n")) for row in table]
    assert max(lines) == 3 and sum(n > 1 for n in lines) >= 4 and min(lines) == 1
    for _, who, _ in HOLDERS:
        assert any(who in row[4] and "\n" in row[4] for row in table), who
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)
    assert sum(len(f["risks"]) for f in BY_NAME[name]["truth"]) == sum(lines)


def test_batch564_plain_tables_by_heading():
    cases = [
        ("henan_water_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("henan_enforcement_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("henan_animal_disease_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "henan_agri_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "henan_animal_disease_centre_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch564_group_rows_give_the_department():
    name = "henan_ningmute_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch564_one_sheet_a_person():
    name = "henan_duosong_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "科　室", "职　务", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "henan_youganning_vet_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch564_is_read(tmp_path):
    BATCH.is_read(tmp_path)
