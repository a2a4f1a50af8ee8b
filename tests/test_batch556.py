"""The five-hundred-and-fifty-sixth batch of published layouts (tests/published/batch556.py): seven
ordinary files as the 卫生 bodies of one county (刚察县) really send them — the 卫生健康局's file in
two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 藏医院's 一览表 with 科室/岗位/责任人 merged
and ``高风险/中风险/低风险``, the 疾病预防控制中心's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 沙柳河镇卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``, the
哈尔盖镇卫生院's 自查表 one sheet a person with 高/中/低, the 泉吉乡卫生院's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 伊克乌兰乡卫生院's 责任清单 with ``职责事项`` — and one
harder: the 人民医院's list with NO level column, each point's level written only in a cell
comment (批注) on the point's cell (``审定风险等级：一级风险``)
(``python tests/published/score.py --set batch556``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 5059e25 (``/work/snap46``; this
worktree branched from dev at the same 5059e25): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  31/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.838 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  31/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.838 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (卫生健康局 two sheets, 藏医院 list, 疾控中心 group rows,
沙柳河镇 cards, 哈尔盖镇 self-checks, 泉吉乡 对岗不对人, 伊克乌兰乡 list: 18/18 forms, 31/31 points,
levels and types all right).

Missed, in the harder ``gangcha_peoples_hospital_levels_in_comments.xlsx`` (sheet 一览表; forms
3/3, points 6/6, types 6/6, levels 0/6): the forms (院领导/院长/阚嵚琤 leader, 设备科/科长/厍瑀泠
middle, 药剂科/药剂员/阚璟滢 general), the points and the short types are all right, but no level
was read: E3 ``大型医疗设备购置不经集体论证`` (comment ``审定风险等级：一级风险``, truth 1, read none),
E4 ``干预药品耗材遴选`` (一级风险, truth 1, read none), E5 ``采购参数设置倾向特定品牌`` (一级风险,
truth 1, read none), E6 ``设备验收走过场`` (二级风险, truth 2, read none), E7 ``统方给医药代表``
(二级风险, truth 2, read none), E8 ``药品出入库账实不符`` (三级风险, truth 3, read none) — risk_level
blank in risks.csv, ``n_level_1/2/3`` all 0 and every holder graded ``C`` (``风险分值0 → C``) in
posts.csv, and issues.csv raises ``LEVEL_BLANK`` (error) on E3–E8, nothing about the comments or
the ``注：`` line pointing to them. Kind: a level written only in a cell comment (批注) on each
point's own cell, with no level column and a note saying so, is not read — the reader reads
comments for holders and measures but not a point's level, and the ``注：`` line is not taken
as pointing to them.

Not scored, seen in posts.csv: the 沙柳河镇 院长 card gets the 科室 ``领导班子`` (truth none); every
other unit, 科室, post and tier is as the truth.

Generalised after this measurement: levels written only in comments on the point cells (or the row's
level cells), no level column or its cells blank ('Administrator:⏎审定风险等级：一级风险'), give each point its
level, the author's prefix left off (info LEVEL_IN_COMMENTS, warning LEVEL_COMMENTS_UNCLEAR;
tests/test_levels_in_cell_comments.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import zipfile

from published.batch556 import (
    COMMENT_LABEL,
    COMMENTED,
    GRADES,
    LAYOUTS,
    LEVEL_NOTE,
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
BATCH = Batch(556, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "gangcha_peoples_hospital_levels_in_comments"
HARDER = {HEAD}
UNTYPED = {
    "gangcha_health_bureau_two_sheets",
    "gangcha_cdc_group_rows",
    "gangcha_shaliuhe_clinic_cards",
    "gangcha_haergai_clinic_selfchecks",
    "gangcha_yikewulan_clinic_duty_list",
}
NOBODY = {"gangcha_quanji_clinic_posts"}


def test_batch556_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=554, unit_words=(PLACE,), new_people=True)


def test_batch556_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch556_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch556_every_unit_is_of_gangcha():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch556_levels_only_in_the_point_comments():
    sheet = BATCH.sheet(HEAD)
    rows = BATCH.filled(HEAD)
    assert ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施"] in rows
    words = set(LEVELS) | {"一级", "二级", "三级", "等级：", "高", "中", "低"}
    cells = [c for row in sheet["rows"] for c in row if isinstance(c, str)]
    assert not any(c in words for c in cells)  # no level cell anywhere
    assert [c for c in cells if "等级" in c] == [LEVEL_NOTE]
    comments = sheet["comments"]
    got, types = [], []
    for r, row in enumerate(rows):
        if isinstance(row[0], int):
            author, text = comments[(r, 4)].split("\n")
            assert author == "Administrator:" and text.startswith(COMMENT_LABEL)
            got.append((row[1], row[2], row[3], row[4], RISKS[text.removeprefix(COMMENT_LABEL)]))
            types.append(types_in(row[5]))
    assert len(comments) == len(got) == sum(len(p) for *_x, p in COMMENTED) == 6
    assert BATCH.truth_rows(HEAD) == got
    assert types == [r["types"] for r in BATCH.points(HEAD)]


def test_batch556_the_comments_are_in_the_file():
    with zipfile.ZipFile(BATCH.inbox() / f"{HEAD}.xlsx") as z:
        xml = z.read("xl/comments1.xml").decode("utf-8")
        assert any(n.startswith("xl/drawings/vmlDrawing") for n in z.namelist())
    for *_x, points in COMMENTED:
        for _p, _t, lv, _m in points:
            assert f"{COMMENT_LABEL}{lv}" in xml


def test_batch556_plain_tables_by_heading():
    cases = [
        ("gangcha_quanji_clinic_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("gangcha_tibetan_hospital_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                           "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("gangcha_quanji_clinic_posts") == {""}
    name = "gangcha_yikewulan_clinic_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "gangcha_health_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch556_group_rows_and_one_sheet_a_person():
    name = "gangcha_cdc_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "gangcha_shaliuhe_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gangcha_haergai_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch556_is_read(tmp_path):
    BATCH.is_read(tmp_path)
