"""The five-hundred-and-fifth batch of published layouts (tests/published/batch505.py): seven
ordinary files as the 市场监管 and 商务 bodies of one district (甘州区) really send them — the
商务局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 粮食和物资储备中心's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 梁家墩市场监管所's 防控卡 one sheet a holder
with ``★★★/★★/★``, the 党寨市场监管所's 责任清单 with ``职责事项``, the 上秦市场监管所's 责任清单 under
group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the 东街街道市场服务中心's 自查表 one sheet
a person with ``高风险/中风险/低风险``, the 南街街道市场服务中心's 一览表 with 责任人 on every row — and
one harder: the 市场监督管理局's 一览表 whose ``廉政风险点／表现形式`` cells each join the point and how
it shows by a full-width slash, as the heading joins its two fields (``python
tests/published/score.py --set batch505``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 8dadc41 (``/work/snap33``; this
worktree branched from dev at 8dadc41 too): ``TOTAL                      forms  19/19  points  31/37
recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=1.000
recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``ganzhou_market_point_slash.xlsx`` (sheet 一览表; forms 3/3, points 0/6,
precision 0/6): the reader found the three holders (局领导 / 局长 / 甯翀沄, 特种设备安全监察科 / 科长 /
郗璟湉, 登记注册科 / 科员 / 隗沨琰) and every row's type and level (risks.csv 高→Ⅰ级 …, short types →
``…风险``), but read each ``廉政风险点／表现形式`` cell WHOLE as the point, the ``description`` field
left empty: E3 ``重大案件处理个人说了算／大案要案处罚决定不经案审会集体审议，由个人拍板`` (truth
``重大案件处理个人说了算``), E4 ``为违法企业说情打招呼／干预承办人员调查取证，授意从轻处理`` (truth
``为违法企业说情打招呼``), E5 ``案件查处降格处理／对特种设备违法行为应立案不立案，以罚代管`` (truth
``案件查处降格处理``), E6 ``监督检验把关不严／未经检验的设备放行使用，检查记录不实`` (truth
``监督检验把关不严``), E7 ``登记审核放宽条件／对申请材料不齐的企业违规办理登记`` (truth
``登记审核放宽条件``), E8 ``泄露企业登记信息／将企业信息提供给中介牟利`` (truth ``泄露企业登记信息``);
so the six points are each missed and counted wrong, and their levels and types go unscored.
Kind: a point and how it shows joined in one cell by a full-width slash, as a slashed heading
(``廉政风险点／表现形式``) joins its two fields, is not split — the point swallows the description.
issues.csv held nothing for the file (no warning that the cells join a point and its description).

Generalised after this measurement: a heading joining the point and how it shows by a mark
('廉政风险点／表现形式', '风险点|具体表现'), most cells joined by the same mark within 24 characters, parts each cell
there: the point, then its description (locate._point_shows 'mark:', _HEAD_JOINED;
tests/test_point_shows_in_one_sentence.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch505 import (
    GRADES,
    LAYOUTS,
    MARKET,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SLASH,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(505, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SLASHED = "ganzhou_market_point_slash"
HARDER = {SLASHED}
UNTYPED = {
    "ganzhou_commerce_two_sheets",
    "ganzhou_liangjiadun_cards",
    "ganzhou_dangzhai_duty_list",
    "ganzhou_shangqin_group_rows",
    "ganzhou_dongjie_selfchecks",
}
NOBODY = {"ganzhou_grain_posts"}


def test_batch505_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=503, unit_words=(PLACE,), new_people=True)


def test_batch505_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch505_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch505_every_unit_is_of_ganzhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch505_every_point_but_the_harder_ones_is_a_whole_cell():
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch505_point_and_description_parted_by_a_slash():
    rows = BATCH.table(SLASHED)
    assert BATCH.heading(SLASHED)[4] == f"廉政风险点{SLASH}表现形式"
    cells = [row[4] for row in rows]
    assert len(cells) == sum(len(ps) for *_x, ps in MARKET) == 6
    got = []
    for cell, row in zip(cells, rows, strict=True):
        assert cell.count(SLASH) == 1 and "/" not in cell
        assert "\n" not in cell and "：" not in cell and "——" not in cell and " " not in cell
        assert "。" not in cell and "表现为" not in cell and "（" not in cell and "→" not in cell
        point, shows = cell.split(SLASH)
        assert point and len(shows) > len(point) // 2
        got.append((point, HML[row[6]], types_in(row[5])))
    truth = BATCH.points(SLASHED)
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in truth]
    assert [r[:3] for r in BATCH.truth_rows(SLASHED)] == [
        (d, p, w) for d, p, w, _t, ps in MARKET for _ in ps
    ]


def test_batch505_plain_tables_by_heading():
    cases = [
        ("ganzhou_grain_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ganzhou_nanjie_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("ganzhou_grain_posts") == {""}
    name = "ganzhou_dangzhai_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "ganzhou_commerce_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch505_group_rows_and_one_sheet_a_person():
    name = "ganzhou_shangqin_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "ganzhou_liangjiadun_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ganzhou_dongjie_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch505_is_read(tmp_path):
    BATCH.is_read(tmp_path)
