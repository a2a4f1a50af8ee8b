"""A level column holding, for each point, the assessed factors and their PRODUCT worked out
(``3×3=9``, ``2*2=4``, ``可能性2×影响3=6``, ``L4×S3=12``, ``12（4×3）``, or the factors alone
``4×3``), with no level column, banded by a note giving each level's range of the product
(``风险值≥6为一级，3—5为二级，1—2为三级``, ``风险值15及以上为高风险，8—14为中风险，7及以下为低风险``):
each point takes the band of its factors' product, said once at the heading (info
LEVEL_BY_PRODUCT_CELLS); a product written otherwise than its factors give keeps no level, with a
warning at its cell (LEVEL_PRODUCT_MISCOUNTED), and a product in no band likewise
(LEVEL_SCORE_UNBANDED). Before, each such cell was LEVEL_UNKNOWN and no level read (and under a
``风险评估值`` heading the column was not taken for the level at all: LEVEL_BLANK).

Not the published batch's file (batch1012: a 文体广电旅游局's ``风险值`` of 1–3 factors, ``≥6`` / ``3—5`` /
``1—2``): a 县自然资源局's list in other forms — 1–5 factors under ``风险分值``, the letters ``L``/``S``
before the factors, the product first and the factors in brackets, three factors under
``风险评估值``, bands in 高/中/低 with ``及以上``/``及以下``. Near-misses read as before: no note of bands
(LEVEL_UNKNOWN), a 风险等级 column beside the products (the level column read), plain scores under a
note of score bands (LEVEL_BY_SCORE_CELLS, not this).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_PRODUCT_CELLS", "LEVEL_PRODUCT_MISCOUNTED"}
FIVE = "说明：风险值＝发生概率L×后果严重程度S（各1—5分）；风险值15及以上为高风险，8—14为中风险，7及以下为低风险。"
POINTS = [
    "土地出让底价泄露给竞买人",
    "不动产登记材料审核不严",
    "矿产资源执法查处不力",
    "测绘项目验收收受好处",
    "耕地占补平衡指标核定不实",
]


def run(tmp_path: Path, head: str, cells: list[str], note: str | None, level_col=None):
    rows = [
        ["县自然资源局廉政风险防控清单", None, None, None, None, None, None],
        ["序号", "科室", "职务", "姓名", "廉政风险点", head, "防控措施"],
    ]
    if level_col:
        rows[1].insert(6, "风险等级")
    for i, (point, cell) in enumerate(zip(POINTS, cells, strict=False), 1):
        row = [i, "利用科" if i > 2 else "局领导", "科员" if i > 2 else "局长",
               "东郭沄翯" if i > 2 else "公冶澂璆", point, cell, "集体研究，全程留痕。"]  # fmt: skip
        if level_col:
            row.insert(6, level_col[i - 1])
        rows.append(row)
    if note:
        rows.append([note] + [None] * (len(rows[1]) - 1))
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(res) -> list[str]:
    return list(res.risks["risk_level"])


def codes(res) -> set[str]:
    return set(res.issues["code"])


def at(res, code: str) -> list[str]:
    return list(res.issues.loc[res.issues["code"] == code, "cell"])


def test_factors_of_five_with_letters_and_the_product_first(tmp_path):
    cells = ["L4×S4=16", "5×3=15", "12（4×3）", "2*4=8", "L2×S3=6"]
    res = run(tmp_path, "风险分值", cells, FIVE)
    assert levels(res) == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_UNKNOWN" not in codes(res)
    assert at(res, "LEVEL_BY_PRODUCT_CELLS") == ["F3"]


def test_the_factors_alone_and_a_product_miscounted(tmp_path):
    cells = ["4×4", "3×3", "3×2=5", "1×5", "5×5=25"]
    res = run(tmp_path, "风险分值", cells, FIVE)
    assert levels(res) == ["Ⅰ级", "Ⅱ级", "", "Ⅲ级", "Ⅰ级"]
    assert at(res, "LEVEL_PRODUCT_MISCOUNTED") == ["F5"]
    assert "LEVEL_UNKNOWN" not in codes(res)


def test_three_factors_under_an_assessment_heading(tmp_path):
    note = "注：风险评估值为可能性、危害程度、影响范围三项分值（各1—3分）之积，12及以上为一级风险，6—11为二级风险，5及以下为三级风险。"
    cells = ["可能性3×危害程度2×影响范围2=12", "2×2×2=8", "3×3×3=27", "1×2×2=4", "1×1×3=3"]
    res = run(tmp_path, "风险评估值", cells, note)
    assert levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅲ级"]
    assert "LEVEL_BY_PRODUCT_CELLS" in codes(res)


def test_a_product_in_no_band_keeps_no_level(tmp_path):
    note = "注：风险值20及以上为一级，10—15为二级，5及以下为三级。"
    res = run(tmp_path, "风险分值", ["5×4=20", "4×4=16", "3×4=12", "1×5=5", "2×2=4"], note)
    assert levels(res) == ["Ⅰ级", "", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert at(res, "LEVEL_SCORE_UNBANDED") == ["F4"]


def test_near_misses_read_as_before(tmp_path):
    # no note of bands: not guessed
    res = run(tmp_path / "a", "风险分值", ["4×4=16", "5×3=15", "4×3=12", "2×4=8", "2×3=6"], None)
    assert levels(res) == [""] * 5
    assert "LEVEL_UNKNOWN" in codes(res) and not codes(res) & NEW
    # a level column beside the products: the level column read
    res = run(tmp_path / "b", "风险分值", ["4×4=16", "5×3=15", "4×3=12", "2×4=8", "2×3=6"], FIVE,
              level_col=["一级", "二级", "二级", "二级", "三级"])  # fmt: skip
    assert levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert not codes(res) & NEW
    # plain scores under a note of score bands: read as scores, not products
    note = "注：风险得分满分100分，85分（含）以上为一级风险，60分（含）至85分为二级风险，60分以下为三级风险。"
    res = run(tmp_path / "c", "风险得分", ["得分92", "72分", "60分", "得分55", "90分"], note)
    assert levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert not codes(res) & NEW


def test_catalogue():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
