"""The four-hundred-and-seventy-first batch of published layouts (tests/published/batch471.py): seven
ordinary files as the 卫生健康 bodies of one county (玛曲县) really send them — the 卫生健康局's 一览表
with 高/中/低 and short types, the 县人民医院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 疾病预防控制中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``,
the 欧拉镇卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``, the 阿万仓镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 尼玛镇 one's 责任清单 under group rows ``一、院领导`` … with
``一级风险/二级风险/三级风险``, the 曼日玛镇 one's 一览表 with 责任人 on every row — and one harder: the
藏医院's 防控卡, one sheet a holder, whose unit, 科室, post and holder stand in a row of values with
their bracketed captions ``（单位） | （科室） | （岗位） | （姓名）`` UNDER them
(``python tests/published/score.py --set batch471``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 1c2959f (``/work/snap25``; this
worktree branched from dev at 1c2959f too): TOTAL forms=0.842 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=6; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=6. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right). The
harder ``maqu_tibetan_hospital_captioned_cards.xlsx`` (sheets 院长, 制剂室主任, 药剂师; on each: title
row 1, values row 2, captions row 3, heading row 4, points rows 5–6) found 0/3 forms and 0/6
points (noise 6): all six points were read, with the right levels (高/中/低 as Ⅰ/Ⅱ/Ⅲ级), but under
forms with NO unit, 科室, post or person, so none matched:

- sheet 院长: A2–D2 ``玛曲县藏医院 | 院领导 | 院长 | 郄翀湲`` were reported as content outside the table
  (``ROW_UNPLACED`` at A2) and not read; the caption row was taken as labels whose values stand to
  their right (``FORM_NO_PERSON`` at E3: ``未填写姓名… 请在 E3 填写``); the form was read unit "",
  科室 "", post "", person "", tier 一般岗位 — truth 玛曲县藏医院 / 院领导 / 院长 / 郄翀湲 (leader), points
  B5 ``藏药材采购供应商由个人指定`` (1) and B6 ``院内绩效分配向个人倾斜`` (2);
- sheet 制剂室主任: the same — A2–D2 ``玛曲县藏医院 | 藏药制剂室 | 主任 | 厍沄璠`` unplaced, ``FORM_NO_PERSON``
  at E3, the form read with all four fields empty (tier 一般岗位) — truth 藏药制剂室 / 主任 / 厍沄璠
  (middle), points B5, B6;
- sheet 药剂师: the same — A2–D2 ``玛曲县藏医院 | 藏药房 | 药剂师 | 鄢珞昉`` unplaced, ``FORM_NO_PERSON`` at
  E3, the form read empty — truth 藏药房 / 药剂师 / 鄢珞昉 (general), points B5, B6.

Kind: labels written UNDER their values in brackets are not tied to the row above them — the
caption row is read as a row of labels expecting values to their right, and the value row above
is left as stray text, so the sheet's unit, 科室, post and holder are all lost (not even the tab
name is taken as the post, nor the title's absent unit made up from the cards).

Generalised after this measurement: bracketed captions under the values they name (a printed card's
'（单位） | （科室） | （岗位） | （姓名）' under its row of values) are read as labels of the row above
(locate._captions_under, tests/test_columns.py test_captions_under_the_values_they_name, with '(科室)
| (职务) | (姓名)' and a negative '（盖章） | （日期）' case).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch471 import (
    CAPTIONS,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIBETAN_CARDS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(471, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CAPTIONED = "maqu_tibetan_hospital_captioned_cards"
HARDER = {CAPTIONED}
UNTYPED = {
    CAPTIONED,
    "maqu_cdc_two_sheets",
    "maqu_oula_clinic_cards",
    "maqu_awancang_clinic_selfchecks",
    "maqu_nima_clinic_group_rows",
}
NOBODY = {"maqu_hospital_posts"}


def test_batch471_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=467, unit_words=(PLACE,), new_people=True)


def test_batch471_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch471_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch471_every_unit_is_of_maqu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch471_captions_stand_under_their_values():
    lay = BY_NAME[CAPTIONED]
    assert [s["name"] for s in lay["sheets"]] == [c[0] for c in TIBETAN_CARDS]
    for f in lay["truth"]:
        rows = BATCH.filled(CAPTIONED, f["sheet"])
        assert rows[0][0] == "岗位廉政风险防控卡" and PLACE not in rows[0][0]
        assert rows[1] == [f["unit"], f["department"], f["title"], f["person"]]
        assert rows[2] == list(CAPTIONS)
        assert rows[3] == ["序号", "廉政风险点", "风险等级", "防控措施"]
        got = [(f["department"], f["title"], f["person"], row[1], HML[row[2]])
               for row in BATCH.table(CAPTIONED, f["sheet"])]  # fmt: skip
        assert got == BATCH.truth_rows(CAPTIONED, f["sheet"])
        assert sum(f["unit"] in str(c) for row in rows for c in row if c) == 1


def test_batch471_plain_tables_by_heading():
    cases = [
        ("maqu_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("maqu_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("maqu_manrima_clinic_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("maqu_hospital_posts") == {""}
    name = "maqu_cdc_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch471_group_rows_and_one_sheet_a_person():
    name = "maqu_nima_clinic_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "maqu_oula_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "maqu_awancang_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch471_is_read(tmp_path):
    BATCH.is_read(tmp_path)
