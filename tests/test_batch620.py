"""The six-hundred-and-twentieth batch of published layouts (tests/published/batch620.py): seven
ordinary files as the 民政 and 退役军人 bodies of one 旗 (乌拉特中旗) really send them — the
退役军人事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 救助管理站's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 殡仪馆's 防控卡 one sheet a leader with ``★★★/★★/★``, the 社会福利院's
清单 under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 婚姻登记服务中心's 自查表
one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会组织服务中心's 一览表 with ``高风险/中风险/低风险``, the
石哈河镇社会事务办's 登记表 — and one harder: the 民政局's 一览表 sorted by level, each holder written in
full on his first row only and his later rows saying ``同序号N`` in 科室, 岗位 and 责任人
(``python tests/published/score.py --set batch620``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3c7eee8 (/work/snap14; this worktree branched
from dev at the same commit): TOTAL forms=1.000 recall=0.875 precision=0.875 levels=1.000
types=1.000 noise=0 (forms 32/32, points 49/56); with --strict the same: TOTAL forms=1.000
recall=0.875 precision=0.875 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0).

Missed, all in the harder ``urad_middle_civil_affairs_by_level_refs.xlsx`` (sheet 一览表; forms 5/5,
points 5/12, precision 5/12, noise 0): the first five rows (序号 1–5, rows 4–8, each holder written in
full) read right, one point each of 局长 阙翃蓥, 股长 阙玹昶, 副局长 滕骞沚, 低保专干 滕峤琮 and 会计
阙淯翀 (posts.csv F00001–F00005); the seven later rows (序号 6–12, rows 9–15) whose 科室, 岗位 and
责任人 cells B9:D15 say ``同序号N`` were read with the text ``同序号2`` … ``同序号5`` taken literally as
the 科室, the post AND the holder's name — five made-up holders (F00006 ``同序号2``: E9, E15; F00007
``同序号1``: E10; F00008 ``同序号4``: E11, E14; F00009 ``同序号3``: E12; F00010 ``同序号5``: E13), each
point at its right level, no tier, no issue raised — where the truth gives those seven points to the
holders written in full on rows 4–8 (阙玹昶 E9, E15; 阙翃蓥 E10; 滕峤琮 E11, E14; 滕骞沚 E12; 阙淯翀
E13), so 7 of the 12 points reached no true holder. Kind: holder cells that refer back by 序号 to an
earlier, non-adjacent row (``同序号N``, a list sorted by level) are read as literal names, making a
fake holder per reference instead of resolving it to the row it names (the reader resolves
``同序号N`` only in a 风险点 cell and ``同上`` only from the row above).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): holder cells (科室, 岗位, 责任人)
saying ``同序号N``/``同第N项``, resolved to the holder written on row N.

Generalised after this measurement: holder cells saying `同序号N` (`同第N项`, `同N号`) take the 科室, post and name written on the row of that 序号 (`HOLDER_BY_ROW_NUMBER`, a number naming no earlier row warned `HOLDER_ROW_NUMBER_UNMATCHED`; `tests/test_holders_by_row_number.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch620 import (
    BY_LEVEL,
    GRADES,
    HIGHS,
    HOLDERS,
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
BATCH = Batch(620, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"urad_middle_civil_affairs_by_level_refs"}
TYPED = {
    "urad_middle_relief_station_posts",
    "urad_middle_social_org_centre_list",
    "urad_middle_shihahe_affairs_register",
}
NOBODY = {"urad_middle_relief_station_posts"}


def test_batch620_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=619, unit_words=("乌拉特中旗",), new_people=True
    )


def test_batch620_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch620_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch620_every_unit_is_of_urad_middle():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("乌拉特中旗") for u in units)


def test_batch620_references_give_the_holders():
    name = "urad_middle_civil_affairs_by_level_refs"
    table = BATCH.table(name)
    assert len(table) == len(BY_LEVEL)
    # sorted by level, 一级 first
    levels = [GRADES[row[5]] for row in table]
    assert levels == sorted(levels)
    full: dict[int, tuple] = {}
    got = []
    refs = 0
    for row in table:
        n, dept, post, who = row[:4]
        m = re.fullmatch(r"同序号(\d+)", str(dept))
        if m:
            refs += 1
            k = int(m.group(1))
            assert post == who == dept and k in full and k != n - 1
            dept, post, who = full[k]
        else:
            assert not any(str(c).startswith("同") for c in (post, who))
            full[n] = (dept, post, who)
        got.append((dept, post, who, row[4], GRADES[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every holder is written in full once, every later row refers back
    assert len(full) == len(HOLDERS) and refs == len(BY_LEVEL) - len(HOLDERS) >= 5
    assert {(d, p, w) for d, p, w, _ in HOLDERS.values()} == set(full.values())


def test_batch620_plain_tables_by_heading():
    cases = [
        ("urad_middle_social_org_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("urad_middle_shihahe_affairs_register", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("urad_middle_relief_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "urad_middle_veterans_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "urad_middle_relief_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch620_group_rows_give_the_department():
    name = "urad_middle_welfare_home_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch620_one_sheet_a_person():
    name = "urad_middle_marriage_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "urad_middle_funeral_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch620_is_read(tmp_path):
    BATCH.is_read(tmp_path)
