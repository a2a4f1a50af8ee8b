"""A level cell that LABELS each review stage's level in itself (``自评：二级⏎审定：一级``,
``本人自评二级；局党组审定一级``, ``初评：中 核定：高``) under a plain ``风险等级`` heading — no stages named
in the heading, so LEVEL_BY_STAGE does not apply — reads as the ruling stage's level: the one a
``注：…以…为准`` line names, else the one labelled as settling (审定, 核定, 终评, 确定), else the last
(info LEVEL_BY_STAGE_LABELS, one a table). Before, the cell was read SILENTLY as its first level
word, the self-rating (batch1031's 农业农村局, ``自评：X⏎审定：Y``). Not that batch's words: a
县自然资源局's ``初评：中 核定：高`` on one line, 高/中/低; a 县人民医院's ``科室初评Ⅱ级；院党委终评Ⅰ级``
with a note naming the ruling stage among three; and the near-misses, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues], r.issues


HEAD = ["序号", "股室", "职务", "姓名", "风险点", "风险等级", "防控措施"]
LAND = [
    ["某县自然资源局廉政风险点排查表", None, None, None, None, None, None],
    HEAD,
    [1, "局领导", "副局长", "拓跋湛", "土地出让底价泄露", "初评：中 核定：高", "底价集体确定，封存保密。"],
    [2, "用地股", "股长", "宇文淇", "建设用地报批材料把关不严", "初评：中 核定：中", "报批材料两人审核。"],
    [3, "用地股", "股长", "宇文淇", "违法用地查处降格", "初评：高 核定：中", "查处结果集体审议。"],
    [4, "测绘股", "股员", "独孤霏", "不动产测绘成果审核放宽", "初评：低 核定：低", "成果抽查复核。"],
]  # fmt: skip


def test_stages_on_one_line_read_the_settled_level(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": LAND})
    got, issues, raw = _read(path)
    assert got == [
        ("拓跋湛", "土地出让底价泄露", "Ⅰ级"),
        ("宇文淇", "建设用地报批材料把关不严", "Ⅱ级"),
        ("宇文淇", "违法用地查处降格", "Ⅱ级"),
        ("独孤霏", "不动产测绘成果审核放宽", "Ⅲ级"),
    ]
    assert [i for i in issues if i[0] == "LEVEL_BY_STAGE_LABELS"] == [
        ("LEVEL_BY_STAGE_LABELS", "F3")
    ]
    said = next(i for i in raw if i.code == "LEVEL_BY_STAGE_LABELS")
    assert "核定" in said.message and "初评" in said.message and "4" in said.message
    assert not [c for c, _ in issues if c == "LEVEL_UNKNOWN"]


HOSPITAL = [
    ["某县人民医院岗位廉政风险防控表", None, None, None, None, None],
    ["序号", "科室", "岗位", "廉政风险点", "风险级别", "防控措施"],
    [1, "药剂科", "科主任", "药品遴选收受回扣", "科室初评Ⅱ级；院纪委复核Ⅰ级；院党委终评Ⅱ级",
     "药品遴选药事会集体决定。"],
    [2, "药剂科", "科主任", "临期药品处置不登记", "科室初评Ⅲ级；院纪委复核Ⅲ级；院党委终评Ⅱ级",
     "处置两人监销，台账登记。"],
    [3, "设备科", "采购员", "设备验收走过场", "科室初评Ⅱ级；院纪委复核Ⅰ级；院党委终评Ⅰ级",
     "验收使用科室参与签字。"],
    ["注：风险级别以院纪委复核的级别为准。", None, None, None, None, None],
]  # fmt: skip


def test_a_note_names_the_ruling_stage_among_three(tmp_path):
    path = write_workbook(
        tmp_path / "防控表.xlsx", {"防控表": HOSPITAL}, merges={"防控表": ["A6:F6"]}
    )
    got, issues, _raw = _read(path)
    assert [(p, lv) for _who, p, lv in got] == [
        ("药品遴选收受回扣", "Ⅰ级"),
        ("临期药品处置不登记", "Ⅲ级"),
        ("设备验收走过场", "Ⅰ级"),
    ]
    assert ("LEVEL_BY_STAGE_LABELS", "E3") in issues
    assert not [c for c, _ in issues if c == "LEVEL_UNKNOWN"]


def _plain(levels: list[str]) -> list[list]:
    rows = [["某县水务局廉政风险防控清单", None, None, None, None, None, None], HEAD]
    for n, lv in enumerate(levels, 1):
        rows.append(
            [n, "水政股", "股员", "慕容澈", f"河道采砂许可审核第{n}项放宽", lv, "集体审核。"]
        )
    return rows


def test_near_misses_read_as_before(tmp_path):
    cases = {
        # one label only: the level after it, as before
        "one": ["审定：一级", "审定：二级"],
        # words between label and level that are no level: as before (first level word)
        "words": ["经集体研究确定为一级", "经集体研究确定为二级"],
        # a label whose level is not a level word: not read by stages
        "pending": ["自评：二级\n审定：待定", "自评：三级\n审定：待定"],
        # plain levels in a sheet that speaks of 审核 in its measures
        "plain": ["一级", "二级"],
    }
    for name, levels in cases.items():
        path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": _plain(levels)})
        got, issues, _raw = _read(path)
        assert "LEVEL_BY_STAGE_LABELS" not in [c for c, _ in issues], name
        before = {
            "one": ["Ⅰ级", "Ⅱ级"],
            "plain": ["Ⅰ级", "Ⅱ级"],
        }
        if name in before:
            assert [lv for *_x, lv in got] == before[name], name


def test_stages_named_in_the_heading_stay_level_by_stage(tmp_path):
    rows = _plain(["二级/二级/一级", "三级/二级/二级"])
    rows[1] = [*HEAD[:5], "风险等级（本人自评/股室审核/局党组审定）", HEAD[6]]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues, _raw = _read(path)
    assert [lv for *_x, lv in got] == ["Ⅰ级", "Ⅱ级"]
    codes = [c for c, _ in issues]
    assert "LEVEL_BY_STAGE" in codes and "LEVEL_BY_STAGE_LABELS" not in codes
