"""The nine-hundred-and-sixth batch of published layouts (tests/published/batch906.py): seven
ordinary files as the fishery bodies of one county (福海县) really send them — the 农业农村局's 一览表
in two sheets 局领导/股室 with ``一级/二级/三级``, the 水产技术推广站's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 乌伦古湖渔政管理站's 防控卡 one sheet a leader with ``★★★/★★/★``, the 渔业执法大队's
清单 under group rows ``一、大队领导`` … with ``高风险/中风险/低风险``, the 鱼苗繁育场's 自查表 one sheet a
person with ``一级风险/二级风险/三级风险``, the 水产品质量检测站's 一览表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
阔克阿尕什乡渔业服务站's 登记表 — and one harder: the 齐干吉迭乡渔业服务站's 一览表 that came back from a
photo through a phone app's 图片转表格 (OCR), its level cells carrying look-alikes ``—级``, ``一圾``,
``二圾``, ``三汲`` (``python tests/published/score.py --set batch906``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7a2af151 (/work/snap60; this worktree branched from
main at 8cd8f38b, the tests passing before the measurement): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.898 types=1.000 noise=0 (forms 28/28, points 49/49, precision 49/49,
levels 44/49, types 49/49); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.898 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``fuhai_qiganjidie_fishery_station_photo_ocr.xlsx`` (sheet Sheet1; forms
4/4, points 8/8, precision 8/8, levels 3/8, noise 0): every form and point came out right (F00023
站长 冒瑀岑, F00024 副站长 骞棽璠, F00025 技术员 冒湝彧, F00026 协管员 骞崧珥, two points each), and the
three cells the recogniser read right were read (E5 ``一级`` → Ⅰ级, E7 ``二级`` → Ⅱ级, E10 ``三级`` →
Ⅲ级), but the five look-alike cells were left without a level, each an error LEVEL_UNKNOWN:
E3 ``—级`` (风险级别“—级”无法识别), E4 ``一圾``, E6 ``二圾``, E8 ``三汲``, E9 ``二圾``; the truth has 1, 1,
2, 3, 2. So F00023's two points have no level at all (computed grade C, 风险分值0) and F00024–F00026
one each. Kind: a level word whose characters an OCR (图片转表格) conversion replaced by look-alikes
(a dash for 一, 圾 or 汲 for 级) is not matched to the level it plainly stands for, so the point
keeps no level.

Unscored besides: the harder file's five LEVEL_UNKNOWN errors (above); both 乡渔业服务站 files were
read with the 乡 as the unit and the station otherwise (``福海县齐干吉迭乡`` with 科室 ``渔业服务站``,
so its 站长 and 副站长 came out 中层岗位; ``福海县阔克阿尕什乡`` with 科室 ``站领导`` …), the 农业农村局's
leaders got the tab name ``局领导`` as 科室 and the 渔政管理站's cards ``领导班子`` (the truth: none);
the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): OCR look-alike characters in a
level cell (``—级``, ``一圾``, ``二圾``, ``三汲``) read as the level word they stand for, with a warning.

Generalised after this measurement: OCR look-alike characters in a level cell read as the level
word they stand for where it is written like the table's own level cells (LEVEL_OCR_LOOKALIKE),
tests/test_ocr_lookalike_levels.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch906 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    OCR,
    PHOTO,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **OCR}
BATCH = Batch(906, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fuhai_qiganjidie_fishery_station_photo_ocr"}
TYPED = {
    "fuhai_aquatic_extension_station_posts",
    "fuhai_aquatic_quality_station_list",
    "fuhai_kokagash_fishery_station_register",
}
NOBODY = {"fuhai_aquatic_extension_station_posts"}


def test_batch906_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("福海县",), new_people=True)


def test_batch906_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch906_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch906_every_unit_is_of_fuhai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("福海县") for u in units)


def test_batch906_level_cells_as_the_recogniser_read_them():
    name = "fuhai_qiganjidie_fishery_station_photo_ocr"
    assert BATCH.sheet(name)["name"] == "Sheet1"
    heading = BATCH.heading(name)
    assert heading == ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    cells = [row[4] for row in table]
    # every level cell is a level word or the recogniser's look-alike of one, both kinds present
    assert all(c in GRADES or c in OCR for c in cells)
    assert {c for c in cells if c in OCR} == set(OCR) and any(c in GRADES for c in cells)
    # each look-alike differs from its level word by one character
    for shown, level in OCR.items():
        word = next(w for w, n in GRADES.items() if n == level)
        assert sum(a != b for a, b in zip(shown, word, strict=True)) == 1
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == len(PHOTO)
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])


def test_batch906_plain_tables_by_heading():
    cases = [
        ("fuhai_aquatic_quality_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("fuhai_kokagash_fishery_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("fuhai_aquatic_extension_station_posts", {"dept": "所室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "fuhai_agri_bureau_fishery_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "fuhai_aquatic_extension_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch906_group_rows_give_the_department():
    name = "fuhai_fishery_enforcement_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch906_one_sheet_a_person():
    name = "fuhai_fry_breeding_farm_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "fuhai_ulungur_lake_fishery_admin_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch906_is_read(tmp_path):
    BATCH.is_read(tmp_path)
