"""The six-hundred-and-eighty-second batch of published layouts (tests/published/batch682.py): seven
ordinary files as the 民政 and 养老 bodies of one banner (鄂温克族自治旗) really send them — the 民政局's
一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 社会福利院's 一览表 with ``…风险`` types and
高/中/低, the 救助管理站's 排查表 对岗不对人, the 养老服务中心's 防控卡 one sheet a leader with
``★★★/★★/★``, the 巴彦托海镇敬老院's 清单 under group rows with ``一级风险/…``, the 伊敏河镇敬老院's 自查表
one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 殡葬服务所's 一览表 with ``高风险/中风险/低风险`` — and one
harder: the 红花尔基镇敬老院's 廉政风险点清单 with no holder column, the posts' short names bracketed in
each 序号 cell (``3（院、会）``) and keyed by a ``注：`` line
(``python tests/published/score.py --set batch682``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8a4ec59 (/work/snap24; this worktree branched from
dev at 945c842): TOTAL forms=0.897 recall=0.800 precision=0.833 levels=1.000 types=1.000 noise=0
(forms 26/29, points 40/50, precision 40/48); with --strict the same: TOTAL forms=0.897
recall=0.800 precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0).

Missed, all in the harder ``ewenki_honghuaerji_home_post_codes_in_numbers.xlsx`` (sheet 风险点清单;
forms 0/3, points 0/10, precision 0/8, noise 0): the reader read the table (heading A3:D3) and its
eight points B4:B11 once each with the right levels (C4:C11) and measures, but all as ONE form
(posts.csv F00001) with no 科室, post or holder: the short names bracketed in the 序号 cells A4:A11
(``1（院）``, ``3（院、会）``, ``5（院、管）``, …) were dropped with the number, and the ``注：`` line
(A12, ``院—院长　钭暄甯；会—会计　乜曌湲；管—保管员　钭沨珝``) keying them to posts and persons was not
read (nor reported: no issue beyond TABLE_NO_TYPE); the truth has three holders, 院长 钭暄甯 (rows 4,
5, 6, 8), 会计 乜曌湲 (rows 6, 7, 10) and 保管员 钭沨珝 (rows 8, 9, 11), 10 points in all, rows 6 and 8
each a point of two holders. Kind: holders written only as post short names bracketed after the
number in the 序号 cell, keyed by a legend line under the table, are not seen, so the whole list is
read as one holder-less form and no point reaches its holders.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): post short names bracketed in
the 序号 cell, keyed by a ``注：`` legend of short name — post and person.

Generalised after this measurement: holders as short keys bracketed after the 序号 (1（院、会）) keyed by a legend line (HOLDER_KEYS_IN_NUMBERS info, HOLDER_KEY_UNDEFINED warning; tests/test_holder_keys_in_number_brackets.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch682 import (
    CODED,
    CODES,
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
BATCH = Batch(682, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ewenki_honghuaerji_home_post_codes_in_numbers"}
TYPED = {
    "ewenki_welfare_institute_list",
    "ewenki_rescue_station_posts",
    "ewenki_funeral_service_list",
}
NOBODY = {"ewenki_rescue_station_posts"}


def test_batch682_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=680, unit_words=("鄂温克族自治旗",), new_people=True
    )


def test_batch682_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch682_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch682_every_unit_is_of_ewenki():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("鄂温克族自治旗") for u in units)


def test_batch682_codes_in_the_numbers_give_the_holders():
    name = "ewenki_honghuaerji_home_post_codes_in_numbers"
    numbered = re.compile(r"\d+（")
    table = [r for r in BATCH.filled(name) if isinstance(r[0], str) and numbered.match(r[0])]
    assert len(table) == len(CODED)
    got = []
    for i, row in enumerate(table, 1):
        m = re.fullmatch(r"(\d+)（(.+)）", row[0])
        assert m and int(m.group(1)) == i
        for code in m.group(2).split("、"):
            post, who, _tier = CODES[code]
            got.append(("", post, who, row[1], GRADES[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders on some rows, the legend names every code
    assert sum(len(c) > 1 for c, *_ in CODED) >= 2
    rows = BATCH.filled(name)
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注："))
    assert all(f"{c}—{post}\u3000{who}" in note for c, (post, who, _) in CODES.items())
    assert len(BY_NAME[name]["truth"]) == len(CODES)


def test_batch682_plain_tables_by_heading():
    cases = [
        ("ewenki_funeral_service_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("ewenki_welfare_institute_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ewenki_rescue_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "ewenki_civil_affairs_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch682_group_rows_give_the_department():
    name = "ewenki_bayantuohai_home_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch682_one_sheet_a_person():
    name = "ewenki_yiminhe_home_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ewenki_elderly_service_centre_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch682_is_read(tmp_path):
    BATCH.is_read(tmp_path)
