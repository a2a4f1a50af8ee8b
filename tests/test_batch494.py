"""The four-hundred-and-ninety-fourth batch of published layouts (tests/published/batch494.py):
seven ordinary files as the 住房和城乡建设 bodies of one district (崆峒区) really send them — the
住房和城乡建设局's 一览表 with 高/中/低 and short types, the 房产服务中心's file in two sheets
``中心领导``/``股室`` with ``一级/二级/三级``, the 住房保障中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 东关街道城建办's 防控卡 one sheet a holder with ``★★★/★★/★``, the
西郊街道城建办's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 中街街道城建办's 责任清单
under group rows ``一、领导岗位`` … with ``一级风险/二级风险/三级风险``, the 柳湖街道城建办's 一览表 with
责任人 on every row — and one harder: the 建筑工程质量安全监督站's 登记表 laid out as one block of
eight labelled rows per point (label in A, value in B:D), the blocks stacked down the sheet with an
empty row between them and no heading row (``python tests/published/score.py --set batch494``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3a2541e (``/work/snap30``; this
worktree branched from dev at 3a2541e too): TOTAL forms=0.895 recall=0.889 precision=0.889
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.895 recall=0.889
precision=0.889 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``kongtong_quality_station_point_blocks.xlsx`` (sheet 登记表; forms 1/3,
points 2/6, precision 2/6, levels 2/2, types 2/2): the reader found all six blocks and read each
block's ``风 险 点`` (B7, B16, B25, B34, B43, B52), ``风险类型``, ``风险等级`` and ``防控措施`` right, but put
ALL SIX points in ONE form, the first block's holder (posts.csv F00001: 站领导 / 站长 / 笪翊澴, from
B4–B6), so that B25 ``竣工验收监督把关不严`` and B34 ``接受施工单位宴请`` were read as 站长 笪翊澴's (truth:
质量监督科 / 科长 / 昝沣岚, B22–B24 and B31–B33) and B43 ``隐患整改复查走过场`` and B52
``对违规施工降格处理`` as 笪翊澴's too (truth: 安全监督科 / 监督员 / 禚滢翯, B40–B42 and B49–B51); the
forms of 昝沣岚 and 禚滢翯 are missed and four points counted wrong. Kind: a sheet of stacked
labelled blocks, one a point, is read as ONE card whose header (科室, 岗位, 责任人) is taken once
from the first block, the later blocks' holder rows ignored rather than starting a new form.
issues.csv held nothing for the file (no warning that the later 科室/岗位/责任人 rows went unread).

Generalised after this measurement: stacked label-line records with no heading row each give their
own holder ('科　室 | …', '岗　位 | …', '责任人 | …' lines in the block): one form per holder, a record
naming none keeps the one above, the first ones the card's holder named above all blocks; a record
naming another than that card holder is read as written and said (locate._Locator._record_holders;
warning RECORD_HOLDER_DIFFERS; tests/test_stacked_point_blocks.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch494 import (
    GRADES,
    LABELS,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STATION,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(494, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BLOCKS = "kongtong_quality_station_point_blocks"
HARDER = {BLOCKS}
UNTYPED = {
    "kongtong_housing_service_two_sheets",
    "kongtong_dongguan_cards",
    "kongtong_xijiao_selfchecks",
    "kongtong_zhongjie_group_rows",
}
NOBODY = {"kongtong_housing_security_posts"}


def test_batch494_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=490, unit_words=(PLACE,), new_people=True)


def test_batch494_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch494_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch494_every_unit_is_of_kongtong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch494_one_block_of_labelled_rows_per_point():
    sheet = BATCH.sheet(BLOCKS, 0)
    rows, merges = sheet["rows"], set(sheet["merges"])
    assert not any(row[0] == "序号" for row in rows)  # no heading row
    starts = [r for r, row in enumerate(rows) if row[0] == LABELS[0]]
    points = [(d, p, w, pt) for d, p, w, _t, ps in STATION for pt in ps]
    assert len(starts) == len(points) == 6
    got = []
    for k, r in enumerate(starts):
        block = rows[r : r + len(LABELS)]
        assert [row[0] for row in block] == list(LABELS)
        assert all(row[2] is None and row[3] is None for row in block)
        assert all((r + i, 1, r + i, 3) in merges for i in range(len(LABELS)))
        assert rows[r + len(LABELS)] == [None] * 4  # an empty row after each block
        assert block[1][1:4] != [None] * 3 and block[0][1] == f"ZJ-{k + 1:02d}"
        values = {row[0]: row[1] for row in block}
        got.append((values["科　　室"], values["岗　　位"], values["责 任 人"], values["风 险 点"],
                    GRADES[values["风险等级"]], types_in(values["风险类型"])))  # fmt: skip
    assert [g[:5] for g in got] == BATCH.truth_rows(BLOCKS)
    assert [g[5] for g in got] == [r["types"] for r in BATCH.points(BLOCKS)]
    assert len(BY_NAME[BLOCKS]["truth"]) == 3


def test_batch494_plain_tables_by_heading():
    cases = [
        ("kongtong_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("kongtong_housing_security_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("kongtong_liuhu_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("kongtong_housing_security_posts") == {""}
    name = "kongtong_housing_service_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")
    points = {p["risk_point"] for p in BATCH.points("kongtong_housing_security_posts")}
    assert not points & {row[4] for row in BATCH.table("kongtong_housing_security_posts")}


def test_batch494_group_rows_and_one_sheet_a_person():
    name = "kongtong_zhongjie_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "kongtong_dongguan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "kongtong_xijiao_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch494_is_read(tmp_path):
    BATCH.is_read(tmp_path)
