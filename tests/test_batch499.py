"""The four-hundred-and-ninety-ninth batch of published layouts (tests/published/batch499.py):
seven ordinary files as the 自然资源 and 生态环境 bodies of one county (庄浪县) really send them —
the 生态环境分局's file in two sheets ``领导``/``科室`` with ``一级/二级/三级``, the 林业和草原局's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 不动产登记服务中心's 一览表 with 高/中/低 and
short types, the 水洛镇自然资源所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 南湖镇自然资源所's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 朱店镇自然资源所's 责任清单 under group rows
``一、领导岗位`` … with ``一级风险/二级风险/三级风险``, the 万泉镇自然资源所's 一览表 with 责任人 on every
row — and one harder: the 自然资源局's 一览表 whose ``姓名`` cells write the women's names with
their sex bracketed after them (``笪沇琤（女）``) (``python tests/published/score.py --set batch499``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 931f0ab (``/work/snap32``; this
worktree branched from dev at 931f0ab too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (18/18 forms, 36/36 points, levels and types all right), the
harder one included: in ``zhuanglang_resources_bureau_gender_mark.xlsx`` (sheet 一览表) posts.csv
names the holders ``仉翛湝`` (局领导 / 局长), ``笪沇琤`` (国土空间规划股 / 股长) and ``郦泫珹`` (耕地保护股 /
科员) — the bracketed ``（女）`` after D5 and D7's names dropped, as the truth has it. No misses, so
no kind of mistake to name; issues.csv held nothing for that file. The harder shape, a holder's
sex bracketed after the name, is thus already read by the reader's general handling of brackets
after a holder's name, though the README does not name it.

Nothing was generalised after this measurement: the batch read in full untuned; it has its
is_read test.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch499 import (
    BUREAU,
    FEMALE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(499, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MARKED = "zhuanglang_resources_bureau_gender_mark"
HARDER = {MARKED}
UNTYPED = {
    "zhuanglang_ecology_two_sheets",
    "zhuanglang_shuiluo_cards",
    "zhuanglang_nanhu_selfchecks",
    "zhuanglang_zhudian_group_rows",
}
NOBODY = {"zhuanglang_forestry_posts"}


def test_batch499_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=494, unit_words=(PLACE,), new_people=True)


def test_batch499_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch499_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch499_every_unit_is_of_zhuanglang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch499_holder_with_the_sex_bracketed():
    rows = BATCH.table(MARKED)
    assert BATCH.heading(MARKED)[:4] == ["序号", "科室", "岗位", "姓名"]
    shown = list(dict.fromkeys(row[3] for row in rows))  # merged: filled down
    assert shown == [f"{w}{FEMALE}" if f else w for _d, _p, w, f, _t, _ps in BUREAU]
    assert sum(c.endswith(FEMALE) for c in shown) == 2
    truth = BATCH.truth_rows(MARKED)
    assert [r[:3] for r in truth] == [(d, p, w) for d, p, w, _f, _t, ps in BUREAU for _ in ps]
    assert all("（" not in r[2] and "女" not in r[2] for r in truth)
    got = [(row[4], HML[row[6]], types_in(row[5])) for row in rows]
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in BATCH.points(MARKED)]


def test_batch499_plain_tables_by_heading():
    cases = [
        ("zhuanglang_registry_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhuanglang_forestry_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhuanglang_wanquan_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("zhuanglang_forestry_posts") == {""}
    name = "zhuanglang_ecology_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "领导", fixed={"dept": "领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "领导")


def test_batch499_group_rows_and_one_sheet_a_person():
    name = "zhuanglang_zhudian_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "zhuanglang_shuiluo_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhuanglang_nanhu_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch499_is_read(tmp_path):
    BATCH.is_read(tmp_path)
