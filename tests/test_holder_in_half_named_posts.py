"""A column headed as post AND holder (``岗位及人员``, ``岗位（姓名）``, ``职务及人员``) read as the POSTS'
column because it is only HALF written — some cells a post alone (one over a blank cell), the
others the post, a space (half- or full-width) and the holder — whose post-space-name cells with a
holder of a surname no list holds and a given name that writes a post, a 科室 or a duty
(``院长　术虎政``, ``药剂员 术虎心``, ``会计 兀颜长``) were read whole as a post held by no one
(``会计兀颜长``): such a cell is the post before the space and the holder all after it — a name
``post_spaced_unlisted_name`` takes, or one whose surname is that of another holder so written in
the file (``会计　术虎师`` beside ``院长　术虎政``) — info HOLDER_IN_HALF_NAMED_POSTS, once a table
(batch1085's 民乐镇). Not that batch's words: a 卫生院's 清单 under ``岗位（姓名）`` with
``一级风险/二级风险/三级风险`` and no 科室 column; a 街道办事处's 清单 with ``科室 | 职务及人员`` and
``Ⅰ级/Ⅱ级/Ⅲ级``; and the near-misses — a post, a field of work, a vacancy or a place after the space
(``科员　安全员``, ``主任　综合协调``, ``会计　暂缺``, ``站长　威远街``), a duty of four characters
(``主任 公文收发``), a line of work or a state of the post two cells share the head of
(``主任 土地确权`` beside ``干事 土地流转``, ``医生 计划免疫`` beside ``护士 计划生育``) or alone
(``站长 试用期``, ``主任 河长制``), a name of no surname held elsewhere whose given name writes a
post (``出纳　抹捻长``), a column headed as posts only (``岗位``)
— read as before (checked to read the same with the reader at 4bbfd35d; the two cases fail
there).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import read_file
from xlproc.config import load_config

CODE = "HOLDER_IN_HALF_NAMED_POSTS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = sorted(
        (post.get("department") or "", post.get("title") or "", post.get("person") or "", len(form))
        for post, form in zip(r.posts, r.risks, strict=True)
    )
    return got, r.issues


CLINIC = [
    ["某乡卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位（姓名）", "风险点", "风险等级", "防控措施"],
    [1, "院长　术虎政", "药品耗材采购个人决定", "一级风险", "采购院务会集体研究。"],
    [2, "副院长", "绩效考核打分不公", "二级风险", "考核结果公示。"],
    [3, "药剂员 术虎心", "药品出入库登记不实", "二级风险", "出入库双人核对。"],
    [4, "收费员", "医保结算数据不实", "二级风险", "按月核对。"],
    [5, None, "收费票据管理不规范", "三级风险", "票据领用登记。"],
    [6, "会计　术虎师", "报账凭证审核不严", "三级风险", "两人审核签字。"],
]  # fmt: skip


def test_a_half_written_post_and_name_column_of_a_clinic(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC})
    got, issues = _read(path)
    assert got == sorted([
        ("", "院长", "术虎政", 1),
        ("", "副院长", "", 1),
        ("", "药剂员", "术虎心", 1),
        ("", "收费员", "", 2),
        ("", "会计", "术虎师", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "B3"
    assert "岗位（姓名）" in said[0].message and "术虎政" in said[0].message
    assert "3 格" in said[0].message


STREET = [
    ["某街道办事处岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "职务及人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "党政办", "主任　兀颜珂", "公务接待超标准", "Ⅰ级", "接待一事一单。"],
    [2, "党政办", "会计 兀颜长", "专项资金挤占挪用", "Ⅰ级", "专款专用。"],
    [3, "党政办", "出纳", "现金不及时存行", "Ⅱ级", "日清日结。"],
    [4, "城管科", "科长　独吉澜", "占道经营处罚随意", "Ⅱ级", "处罚集体研究。"],
    [5, "城管科", "科员 独吉员", "执法检查通风报信", "Ⅲ级", "两人以上执法。"],
    [6, "城管科", "协管员", "接受商户宴请", "Ⅲ级", "签订承诺书。"],
]  # fmt: skip


def test_names_writing_posts_beside_plain_ones_of_their_surname(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": STREET})
    got, issues = _read(path)
    assert got == sorted([
        ("党政办", "主任", "兀颜珂", 1),
        ("党政办", "会计", "兀颜长", 1),
        ("党政办", "出纳", "", 1),
        ("城管科", "科长", "独吉澜", 1),
        ("城管科", "科员", "独吉员", 1),
        ("城管科", "协管员", "", 1),
    ])  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "C4" and "兀颜长" in said[0].message


NEAR = [
    ["某镇人民政府岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "副站长", "项目验收走过场", "高", "两人到场。"],
    [2, "科员　安全员", "隐患排查不到位", "中", "排查留痕。"],
    [3, "主任　综合协调", "公文处理不规范", "低", "按程序办理。"],
    [4, "会计　暂缺", "报账审核不严", "中", "两级审核。"],
    [5, "站长　威远街", "市场收费不开票", "中", "票据统一管理。"],
    [6, "出纳　抹捻长", "现金不及时存行", "中", "日清日结。"],
]  # fmt: skip


def test_work_vacancies_places_and_names_of_no_held_surname_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    assert got == sorted([
        ("", "副站长", "", 1),
        ("", "科员安全员", "", 1),
        ("", "主任综合协调", "", 1),
        ("", "会计暂缺", "", 1),
        ("", "站长", "威远街", 1),  # (the posts' reading splits a word it takes for a name)
        ("", "出纳抹捻长", "", 1),
    ])  # fmt: skip
    assert not any(i.code == CODE for i in issues)


DUTY = [
    ["某县档案馆岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施"],
    [1, "馆长", "档案数字化项目指定服务商", "高", "项目公开招标。"],
    [2, "副馆长", "档案鉴定销毁走过场", "中", "鉴定集体进行。"],
    [3, "主任 公文收发", "公文流转不登记", "低", "收发登记。"],
    [4, "会计", "报账审核不严", "中", "两级审核。"],
    [5, "保管员", "档案借阅不登记", "低", "借阅登记。"],
]  # fmt: skip


def test_a_duty_of_four_characters_after_a_post_is_no_holder(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": DUTY})
    got, issues = _read(path)
    # (no other holder of the file opens with 公文: a duty, as it read before)
    assert ("", "主任公文收发", "", 1) in got and len(got) == 5
    assert not any(i.code == CODE for i in issues)


POSTS_ONLY_HEAD = [
    ["某镇人民政府岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "副站长", "项目验收走过场", "高", "两人到场。"],
    [2, "站长　术虎干", "补贴发放不公开", "中", "名单公示。"],
    [3, "会计　术虎长", "报账审核不严", "中", "两级审核。"],
    [4, "出纳　术虎澜", "现金不及时存行", "中", "日清日结。"],
]  # fmt: skip


def test_a_column_headed_as_posts_only_reads_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": POSTS_ONLY_HEAD})
    got, issues = _read(path)
    assert got == sorted([
        ("", "副站长", "", 1),
        ("", "站长术虎干", "", 1),
        ("", "会计术虎长", "", 1),
        ("", "出纳", "术虎澜", 1),
    ])  # fmt: skip
    assert not any(i.code == CODE for i in issues)


def _work_table(cells: list[str]) -> list[list]:
    posts = ["副乡长", *cells, "会计", "出纳", "统计员"]
    rows = [
        ["某乡人民政府岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位及人员", "廉政风险点", "风险等级", "防控措施"],
    ]
    for k, post in enumerate(posts, 1):
        rows.append([k, post, f"第{k}项业务把关不严", "中", "两人审核。"])
    return rows


def test_lines_of_work_after_the_post_are_no_holders(tmp_path):
    for k, cells in enumerate((
        ["主任 土地确权", "干事 土地流转"],
        ["医生 计划免疫", "护士 计划生育"],
        ["站长 试用期", "干事 试用期满"],
        ["主任 河长制", "站长 林长制"],
    )):  # fmt: skip
        path = write_workbook(tmp_path / f"{k}.xlsx", {"清单": _work_table(cells)})
        got, issues = _read(path)
        assert all(person == "" for _d, _t, person, _n in got), cells
        assert {"".join(c.split()) for c in cells} <= {title for _d, title, _p, _n in got}
        assert not any(i.code == CODE for i in issues), cells
