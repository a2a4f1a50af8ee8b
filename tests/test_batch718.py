"""The seven-hundred-and-eighteenth batch of published layouts (tests/published/batch718.py): seven
ordinary files as the geopark and cultural-relics bodies of one county (嘉荫县) really send them —
the 恐龙国家地质公园管理处's 一览表 with ``一级/二级/三级``, the 文物管理所's 排查表 对岗不对人 with 高/中/低,
the 文体广电和旅游局's 一览表 in two sheets with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化馆's 防控卡 with ``★★★/★★/★``,
the 图书馆's 清单 under group rows, the 执法大队's 一览表 with ``高风险/中风险/低风险``, the 非遗保护中心's
登记表 — and one harder: the 恐龙博物馆's 廉政风险等级看板, level columns ``高风险 | 中风险 | 低风险`` each
holding stacked three-row cards (``【部门　岗位　姓名】``, the point, ``措施：…``)
(``python tests/published/score.py --set batch718``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f196b7f (/work/snap27; this worktree branched from
dev at 8363c7c): TOTAL forms=0.862 recall=0.837 precision=1.000 levels=1.000 types=1.000 noise=0;
with --strict the same: TOTAL forms=0.862 recall=0.837 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 25/29, points 41/49). The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``jiayin_dinosaur_museum_level_board.xlsx`` (sheet 看板; forms 0/4, points
0/8, nothing read): the reader found no table at all (FILE_NO_FORM: no 风险点/风险级别 heading) —
the heading ``序号 | 风险等级`` (merged over B3:D3) over ``高风险 | 中风险 | 低风险`` (B4:D4) and the
stacked cards below (``【部门　岗位　姓名】`` B5/C5/D5…, the point on the next row, ``措施：…`` on the
third) were not taken for a list, where the truth has 馆长 东方翊澂 (2 points, 高), 保管部 主任 阙芃昕
(高, 中), 文物保管员 东方泠筠 (中, 低) and 讲解员 阙岚琇 (中, 低). Kind: level columns whose cells are
stacked holder–point–measures cards (holder the bracketed line above the point, level the column)
are not recognised as a risk table, so the whole workbook is dropped.

``sees=710``: dev at 8363c7c holds batch modules up to batch709 only, so ``sees=712`` could not pass.

Not generalised in the stop that measured it (left for the next): level columns of stacked
holder–point–measures cards.

Merged with ``sees=712`` (batches 710 and 711 on dev by then).

Generalised after this measurement: a level board of cards (高风险 | 中风险 | 低风险 columns each holding stacked 【部门　岗位　姓名】 / point / 措施：… cards) gives each card's point to its bracketed holder at the column's level (LEVEL_BOARD_CARDS; tests/test_level_board_cards.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch718 import (
    BOARD,
    BOARD_HOLDERS,
    GRADES,
    HIGHS,
    LAYOUTS,
    LEVEL_ORDER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(718, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jiayin_dinosaur_museum_level_board"}
TYPED = {
    "jiayin_geopark_office_list",
    "jiayin_relics_office_posts",
    "jiayin_market_brigade_list",
    "jiayin_heritage_center_register",
}
NOBODY = {"jiayin_relics_office_posts"}


def test_batch718_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=712, unit_words=("嘉荫县",), new_people=True)


def test_batch718_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch718_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch718_every_unit_is_of_jiayin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("嘉荫县") for u in units)


def test_batch718_cards_give_holder_and_level():
    name = "jiayin_dinosaur_museum_level_board"
    rows = BATCH.filled(name)
    head = next(i for i, r in enumerate(rows) if list(r[1:4]) == list(LEVEL_ORDER))
    got = []
    for i in range(head + 1, len(rows)):
        for c, lv in enumerate(LEVEL_ORDER, 1):
            cell = rows[i][c] if c < len(rows[i]) else None
            if isinstance(cell, str) and cell.startswith("【"):
                dept, post, who = cell.strip("【】").split("\u3000")
                assert rows[i + 2][c].startswith("措施：")
                got.append((dept, post, who, rows[i + 1][c], HIGHS[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a holder's cards stand in more than one level column
    assert len(BY_NAME[name]["truth"]) == len(BOARD_HOLDERS)
    cols = {
        h: {lv for lv in LEVEL_ORDER for c in BOARD[lv] if c[0] == h}
        for h in range(len(BOARD_HOLDERS))
    }
    assert sum(len(v) >= 2 for v in cols.values()) >= 3


def test_batch718_plain_tables_by_heading():
    cases = [
        ("jiayin_market_brigade_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("jiayin_heritage_center_register",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("jiayin_geopark_office_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jiayin_relics_office_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name


def test_batch718_is_read(tmp_path):
    BATCH.is_read(tmp_path)
