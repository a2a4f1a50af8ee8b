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
