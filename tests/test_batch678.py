"""The six-hundred-and-seventy-eighth batch of published layouts (tests/published/batch678.py): seven
ordinary files as the health bodies of one banner (莫力达瓦达斡尔族自治旗) really send them — the
卫生健康委员会's 一览表 in two sheets 委领导/股室 with ``一级/二级/三级``, the 中蒙医院's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 疾病预防控制中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the
妇幼保健计划生育服务中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
腾克镇卫生院's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 汉古尔河镇中心卫生院's 一览表 with
``高风险/中风险/低风险``, the 卫生健康综合行政执法大队's 登记表 — and one harder: the 人民医院's 清单 with no
科室/岗位/姓名 column, the holder bracketed (``【药剂科　主任　…】``) only at the head of the first point
of his block and holding for the unbracketed points under it
(``python tests/published/score.py --set batch678``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at ca76341 (/work/snap23; this worktree branched from
dev at 4e5c665): TOTAL forms=0.848 recall=0.789 precision=0.789 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=0.848 recall=0.789 precision=0.789 levels=1.000 types=1.000
noise=0 (forms 28/33, points 45/57). The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``molidawa_peoples_hospital_bracket_heads.xlsx`` (sheet 风险点清单; forms
0/5, points 0/12, precision 0/12, noise 0): the reader took the list (heading A3:D3, rows 4–15) as
ONE form with no 科室, no post and no holder (posts.csv F00001, only the unit), all twelve points
under it with the right levels; the five block heads B4 ``【院长　符翾澂】…``, B7 ``【副院长　糜珝沄】…``,
B9 ``【副院长　符澂霂】…``, B11 ``【药剂科　主任　糜翯岍】…`` and B14 ``【设备科　主任　符岍湉】…`` were kept
whole as the points' text (the bracket not taken off), and the unbracketed points under them
(B5–B6, B8, B10, B12–B13, B15) went to the same holder-less form, where the truth has five forms
— 院长 符翾澂 (3 points), 副院长 糜珝沄 (2), 副院长 符澂霂 (2), 药剂科 主任 糜翯岍 (3), 设备科 主任
符岍湉 (2) — and the points without their brackets; the ``注：`` line (A16) saying the bracket holds
for the points under it was read as a note only. No issue named the brackets (only TABLE_NO_TYPE,
info). Kind: a holder written only as a ``【科室　岗位　姓名】`` prefix at the head of the first point
of his block, and carried down over the block's unbracketed points until the next bracket, is not
read as a holder at all, so the whole list falls to one nameless form and no point reaches its
holder.

Not generalised in the stop that measured it (left for the next): a ``【…】`` holder at the head of
a block's first point, carried down to the next one, the bracket taken off the point.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch678 import (
    BLOCKS,
    GAP,
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
BATCH = Batch(678, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"molidawa_peoples_hospital_bracket_heads"}
TYPED = {
    "molidawa_mongolian_hospital_posts",
    "molidawa_hanguerhe_clinic_list",
    "molidawa_health_enforcement_register",
}
NOBODY = {"molidawa_mongolian_hospital_posts"}


def test_batch678_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9),
        harder=HARDER,
        sees=672,
        unit_words=("莫力达瓦达斡尔族自治旗",),
        new_people=True,
    )


def _unbracketed(form, sheets):
    """The form's sheet's cells, a leading 【holder】 taken off (the harder file's block heads)."""
    return {re.sub(r"^【[^】]*】", "", c) for c in sheets[form["sheet"]]}


def test_batch678_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_unbracketed)
    assert RESAVED == ()


def test_batch678_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch678_every_unit_is_of_molidawa():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("莫力达瓦达斡尔族自治旗") for u in units)


def test_batch678_bracket_heads_give_the_holders():
    name = "molidawa_peoples_hospital_bracket_heads"
    assert BATCH.heading(name)[:4] == ["序号", "廉政风险点", "风险等级", "防控措施"]
    holder, got, heads = None, [], 0
    for row in BATCH.table(name):
        text = row[1]
        if text.startswith("【"):
            inner, text = text[1:].split("】", 1)
            parts = inner.split(GAP)
            holder = ("", *parts) if len(parts) == 2 else tuple(parts)
            heads += 1
        else:
            assert "【" not in text and "】" not in text
        got.append((*holder, text, HML[row[2]]))
    assert got == BATCH.truth_rows(name)
    # one bracket a holder, most points without one, two 副院长 told apart by name only
    assert heads == len(BLOCKS) == len(BY_NAME[name]["truth"])
    assert len(got) - heads > heads
    assert len({post for _, post, _, _, _ in BLOCKS}) < len(BLOCKS)


def test_batch678_plain_tables_by_heading():
    cases = [
        ("molidawa_hanguerhe_clinic_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("molidawa_health_enforcement_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("molidawa_mongolian_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "molidawa_health_commission_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "molidawa_mongolian_hospital_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch678_group_rows_give_the_department():
    name = "molidawa_maternal_child_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch678_one_sheet_a_person():
    name = "molidawa_tengke_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "molidawa_cdc_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
