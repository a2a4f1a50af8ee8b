"""A point cell closing with a labelled bracket that says what the point rests on or how it
was found, not the point itself (batches 517 and 521 in other words: a 自然资源所's list,
'（法律依据：《土地管理法》…）', '（风险来源：群众帮）', '（发现途径：…）'). The point is the text
before it; the note goes to the point's description as written, said once a table. Brackets
of other kinds read as before."""

from __future__ import annotations

from test_columns import issues, run

HEAD = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _rows(points: list[str]) -> list[list]:
    rows = [["某镇自然资源所岗位廉政风险点一览表"], HEAD]
    for n, p in enumerate(points, 1):
        rows.append([n, "执法股", "执法员", "佴珺翯", p, "二级", "两人执法，全程记录。"])
    return rows


def test_a_note_closing_the_point_is_its_description(tmp_path):
    got = run(tmp_path, {"表": _rows([
        "违法占地查处中以罚代拆（法律依据：《土地管理法》第七十七条）",
        "耕地保护巡查走过场(风险来源:群众帮)",
        "农村宅基地审批优亲厚友（发现途径：信访举报）。",
        "土地整治项目验收走过场（例如：虚报整治面积、不到现场）",
    ])})  # fmt: skip
    assert got.risks["risk_point"].tolist() == [
        "违法占地查处中以罚代拆", "耕地保护巡查走过场", "农村宅基地审批优亲厚友",
        "土地整治项目验收走过场",
    ]  # fmt: skip
    assert got.risks["description"].tolist() == [
        "法律依据：《土地管理法》第七十七条", "风险来源：群众帮", "发现途径：信访举报",
        "例如：虚报整治面积、不到现场",
    ]  # fmt: skip
    said = [c for c in issues(got) if c[0] == "POINT_NOTE_BRACKET"]
    assert said == [("POINT_NOTE_BRACKET", "E3")]


def test_other_brackets_stay_in_the_point(tmp_path):
    points = [
        "违规收取不动产登记费用（含工本费）",
        "执法依据不足仍作出处罚（依据不足）",
        "测绘成果验收把关不严（限城区项目）",
        "依据：上级文件（试行）",  # (no point before the bracket)
        "公车使用不登记（如遇急事先用后补）",  # (no colon: a condition, not examples)
    ]
    got = run(tmp_path, {"表": _rows(points)})
    assert got.risks["risk_point"].tolist() == points
    assert "POINT_NOTE_BRACKET" not in {code for code, _cell in issues(got)}


def test_what_the_eighty_second_review_found(tmp_path):
    """Review 82: a cell of several points, a bracket closing only the last, is left whole (no
    point takes another's note or measures); a description column saying the note already
    keeps it once."""
    several = [
        "挪用公款（如：临时借用）；白条抵库（如：借条入账）",
        "1.支票管理不严；2.印鉴与支票一人保管（依据：财务制度）",
    ]
    got = run(tmp_path / "several", {"表": _rows(several)})
    assert "POINT_NOTE_BRACKET" not in {code for code, _cell in issues(got)}
    assert all("（" not in d for d in got.risks["description"])
    rows = [
        ["序号", "科室", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施"],
        [1, "财务股", "出纳", "蒯明远", "坐支现金（依据：《现金管理暂行条例》）",
         "依据：《现金管理暂行条例》", "高", "日清月结。"],
    ]  # fmt: skip
    got = run(tmp_path / "said", {"表": rows})
    assert got.risks["risk_point"].tolist() == ["坐支现金"]
    assert got.risks["description"].tolist() == ["依据：《现金管理暂行条例》"]


def test_a_cell_of_several_points_keeps_its_measures_brackets(tmp_path):
    """Review 82: '1.…（防控措施：…）；2.…（防控措施：…）' in one cell: no point takes the
    last bracket's measures; the cell reads as before."""
    rows = [
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级"],
        [1, "财务股", "出纳", "蒯明远",
         "1.网银U盾管理不严（防控措施：U盾与密码分人保管）；2.网银密码泄露（防控措施：定期更换密码）", "高"],
        [2, "财务股", "出纳", "蒯明远", "1.坐支现金；2.白条抵库（防控措施：日清月结，不定期盘点）", "高"],
    ]  # fmt: skip
    got = run(tmp_path, {"表": rows})
    assert "MEASURES_IN_POINT_BRACKET" not in {code for code, _cell in issues(got)}
    assert "定期更换密码" not in "".join(got.risks["measures"])
