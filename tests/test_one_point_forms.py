"""One sheet per risk point, each a small labelled form (batch 510's 登记表 in other words: a
县水务局's forms, other labels and order): two label/value pairs to a row (`科　室 | … |
岗　位 | …`, `责任人 | … | 风险等级 | …`), then `风险类型`, `风险点`, `表现形式` and `防控措施`
one to a row. The level and type stand above the point: they are its; `表现形式` is how it
shows, not a second point."""

from __future__ import annotations

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

FORMS = [
    ("工程股", "股长", "缑沣翊", "二级", "制度机制", "工程变更审核把关不严",
     "设计变更不经集体研究即签字同意", "变更分级审批，重大变更集体研究。"),
    ("工程股", "股长", "缑沣翊", "一级", "思想道德", "插手工程招标",
     "为关系企业打招呼、透露标底", "领导干部插手工程登记报告。"),
    ("水政股", "科员", "訾澹昀", "三级", "岗位职责", "河道采砂巡查走过场",
     "巡查记录补记，发现问题不报", "巡查轨迹上传平台，股长抽查。"),
]  # fmt: skip


def _sheet(n: int, form: tuple) -> list[list[str]]:
    dept, post, who, level, kind, point, shows, measures = form
    return [
        ["县水务局廉政风险点登记表"],
        ["编　号", f"SW-{n:02d}", "登记日期", "2025年5月"],
        ["科　室", dept, "岗　位", post],
        ["责任人", who, "风险等级", level],
        ["风险类型", kind],
        ["风险点", point],
        ["表现形式", shows],
        ["防控措施", measures],
    ]


def test_each_form_of_one_point_is_read_with_its_level_type_and_description(tmp_path: Path):
    inbox = tmp_path / "inbox"
    sheets = {f"风险点{n}": _sheet(n, f) for n, f in enumerate(FORMS, 1)}
    write_workbook(inbox / "登记表.xlsx", sheets)
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    risks = got.risks
    assert risks["risk_point"].tolist() == [f[5] for f in FORMS]
    assert risks["description"].tolist() == [f[6] for f in FORMS]
    assert risks["risk_level"].tolist() == ["Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert risks["person"].tolist() == [f[2] for f in FORMS]
    assert risks["measures"].tolist() == [f[7] for f in FORMS]
    codes = set(got.issues["code"])
    assert not codes & {"LEVEL_BLANK", "MEASURES_BLANK", "COLUMN_GUESSED"}


def test_a_holders_sheets_of_one_point_each_are_one_form(tmp_path: Path):
    """缑沣翊's two points are on two sheets: one form of two points, each point still naming
    its own sheet; 訾澹昀's one sheet is a form of its own. A copy of a sheet (the same point
    again) is no second point: that stays a duplicate."""
    inbox = tmp_path / "inbox"
    sheets = {f"卡{n}": _sheet(n, f) for n, f in enumerate(FORMS, 1)}
    write_workbook(inbox / "登记表.xlsx", sheets)
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.posts["person"].tolist() == ["缑沣翊", "訾澹昀"]
    assert got.posts["n_risks"].tolist() == [2, 1]
    assert got.risks["source_sheet"].tolist() == ["卡1", "卡2", "卡3"]
    assert got.risks["source_row"].tolist() == [6, 6, 6]
    codes = got.issues["code"].tolist()
    assert codes.count("FORM_POINT_SHEETS") == 1 and "FORM_DUPLICATE" not in codes

    copied = {"卡1": _sheet(1, FORMS[0]), "卡1 (2)": _sheet(1, FORMS[0])}
    write_workbook(inbox / "登记表.xlsx", copied)
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert "FORM_POINT_SHEETS" not in set(got.issues["code"])
    assert len(got.risks) == 2


def _card(dept: str, post: str, who: str, point: str, measures: str) -> list[list[str]]:
    return [
        ["科　室", dept], ["岗　位", post], ["姓　名", who], ["风险等级", "二级"],
        ["风险类型", "岗位职责"], ["风险点", point], ["防控措施", measures],
    ]  # fmt: skip


def _collect(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "卡.xlsx", sheets)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_what_the_eighty_first_review_found(tmp_path: Path):
    """Review 81: the same point again with a full stop is a copy, not a second point; two
    unnamed cards of one post under the people's own tabs are two people's; a name written on
    the first of numbered sheets only is the holder of them all."""
    again = {
        "防控卡": _card("财务科", "出纳", "乜璟禾", "现金管理不规范", "日清月结。"),
        "防控卡(修改)": _card("财务科", "出纳", "乜璟禾", "现金管理不规范。", "日清月结，盘点。"),
    }
    got = _collect(tmp_path / "a", again)
    codes = got.issues["code"].tolist()
    assert "FORM_POINT_SHEETS" not in codes and "FORM_DUPLICATE" in codes

    unnamed = {
        "张科员": _card("综合科", "科员", "", "收文登记不及时", "限时登记。"),
        "李科员": _card("综合科", "科员", "", "印章使用不登记", "用印审批登记。"),
    }
    got = _collect(tmp_path / "b", unnamed)
    assert got.posts["n_risks"].tolist() == [1, 1]
    assert "FORM_POINT_SHEETS" not in set(got.issues["code"])

    first_only = {
        "风险点1": _card("办公室", "主任", "鞠昀澍", "公务接待超标准", "先审批后接待。"),
        "风险点2": _card("办公室", "主任", "", "公车私用", "派车登记。"),
        "风险点3": _card("办公室", "主任", "", "办公用品采购不比价", "三家比价。"),
    }
    got = _collect(tmp_path / "c", first_only)
    assert got.posts[["person", "n_risks"]].values.tolist() == [["鞠昀澍", 3]]
    assert got.risks["source_sheet"].tolist() == ["风险点1", "风险点2", "风险点3"]
