"""Several people's printed questionnaires stacked one under another on ONE sheet: each copy with
its own holder's lines (科室/部门, 岗位/职务, 姓名, in any order, labelled ``姓名：…`` or a cell
apart) above its own questions (``…风险点…``, ``…等级…``, ``…措施…``) and numbered answers. Each
copy is one form, read as a questionnaire alone (QUESTIONNAIRE_ANSWER_BLOCKS, one a copy) from
its first line (its title, a section line ``一、基本情况``, its holder's lines) down to the next
copy's; the sheet says so once (info QUESTIONNAIRES_STACKED, at the second copy's first line).
Before, a question asked a second time on a sheet made the reader give the sheet up
(SHEET_NO_TABLE, FILE_NO_FORM: batch1053's 人力资源和社会保障局, three copies stacked).

Not that batch's words: a 乡卫生院's 自查问答 (``（一）/（二）/（三）`` questions, the measures asked
before the levels, ``一级/二级`` on one line ``1.一级 2.二级``, the holder ``姓名：… | 科室：… |
职务：…`` in one row, no title nor sign-off between the copies: the next copy's holder row comes
straight after the last answer); a 中学's 问卷 (``1．所在部门 | …`` label rows a cell apart, points
``①②`` in one cell, levels ``（1）高风险``, each copy under its own title and over its own 签名 line);
and the near-misses: a question asked again with no holder's line of its own above it, a second
copy whose holder's lines are missing, one questionnaire alone (no QUESTIONNAIRES_STACKED).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "QUESTIONNAIRES_STACKED"
BLOCKS = "QUESTIONNAIRE_ANSWER_BLOCKS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("department"), post.get("title"), post.get("person"),
                 d["risk_point"], d["risk_level"], d["measures"])
            )  # fmt: skip
    return got, r.issues, r.posts


def _lines(*texts):
    return [[t, None, None] if isinstance(t, str) else t for t in texts]


def _clinic_copy(name, dept, post, items, levels):
    return _lines(
        [f"姓名：{name}", f"科室：{dept}", f"职务：{post}"],
        "（一）请列出你所在岗位的主要廉政风险点：",
        *(f"{i}、{p}" for i, (p, _m) in enumerate(items, 1)),
        "（二）针对以上风险点，你采取了哪些防控措施？",
        *(f"{i}、{m}" for i, (_p, m) in enumerate(items, 1)),
        "（三）请评定上述风险点的风险等级（一级、二级、三级）：",
        levels,
    )


CLINIC = [
    *_lines("某乡卫生院干部职工廉政风险自查问答"),
    *_clinic_copy(
        "呼延澂", "药房", "药剂师",
        [("药品出入库账实不符", "每月盘点，两人签字"), ("接受医药代表宴请", "签订廉洁承诺书")],
        "1.一级 2.二级",
    ),
    *_clinic_copy(
        "赫连湛", "公共卫生科", "科长",
        [("慢病随访记录造假", "电话抽查回访"), ("疫苗领用不登记", "领用登记，日清日结"),
         ("健康档案信息泄露", "分级授权查询")],
        "1.二级 2.一级 3.三级",
    ),
]  # fmt: skip


def test_copies_with_no_title_nor_signoff_between(tmp_path):
    path = write_workbook(tmp_path / "卫生院自查问答.xlsx", {"问答": CLINIC})
    got, issues, posts = _read(path)
    a, b = ("药房", "药剂师", "呼延澂"), ("公共卫生科", "科长", "赫连湛")
    assert got == [
        (*a, "药品出入库账实不符", "Ⅰ级", "每月盘点，两人签字"),
        (*a, "接受医药代表宴请", "Ⅱ级", "签订廉洁承诺书"),
        (*b, "慢病随访记录造假", "Ⅱ级", "电话抽查回访"),
        (*b, "疫苗领用不登记", "Ⅰ级", "领用登记，日清日结"),
        (*b, "健康档案信息泄露", "Ⅲ级", "分级授权查询"),
    ]
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A11" and said[0].severity == "info"
    assert "2 份问卷" in said[0].message and "赫连湛" in said[0].message
    assert [i.cell for i in issues if i.code == BLOCKS] == ["A3", "A12"]
    assert not {"SHEET_NO_TABLE", "FILE_NO_FORM", "LEVEL_BLANK"} & {i.code for i in issues}
    # the second copy has no title of its own: the unit the first's
    assert {p.get("unit") for p in posts} == {posts[0].get("unit")}


def _school_copy(dept, post, name, points, levels, measures):
    return [
        ["某市第二中学岗位廉政风险问卷", None],
        ["1．所在部门", dept],
        ["2．职　　务", post],
        ["3．姓　　名", name],
        ["一、你所在岗位存在哪些廉政风险点？", None],
        ["\n".join(f"{'①②③'[i]}{p}" for i, p in enumerate(points)), None],
        ["二、请逐条评定风险等级（高风险、中风险、低风险）：", None],
        *[[f"（{i}）{lv}", None] for i, lv in enumerate(levels, 1)],
        ["三、请写出对应的防控措施：", None],
        *[[f"（{i}）{m}", None] for i, m in enumerate(measures, 1)],
        ["本人签名：", "日期：2025年6月"],
    ]


SCHOOL = [
    *_school_copy("教务处", "主任", "澹台沅", ["招生录取暗箱操作", "教材征订收取回扣"],
                  ["高风险", "中风险"], ["录取结果公示", "教材征订集体研究"]),
    [None, None],
    *_school_copy("总务处", "干事", "公冶琮", ["食堂物资验收不过秤"], ["中风险"], ["两人过秤验收"]),
    [None, None],
    *_school_copy("德育处", "干事", "澹台翃", ["贫困生资助评定优亲厚友", "学生奖励名额暗定"],
                  ["高风险", "低风险"], ["评定结果公示", "名额按班分配"]),
]  # fmt: skip


def test_three_copies_each_under_its_title(tmp_path):
    path = write_workbook(tmp_path / "二中问卷.xlsx", {"问卷": SCHOOL})
    got, issues, _posts = _read(path)
    a, b, c = (
        ("教务处", "主任", "澹台沅"),
        ("总务处", "干事", "公冶琮"),
        ("德育处", "干事", "澹台翃"),
    )
    assert [g[:5] for g in got] == [
        (*a, "招生录取暗箱操作", "Ⅰ级"),
        (*a, "教材征订收取回扣", "Ⅱ级"),
        (*b, "食堂物资验收不过秤", "Ⅱ级"),
        (*c, "贫困生资助评定优亲厚友", "Ⅰ级"),
        (*c, "学生奖励名额暗定", "Ⅲ级"),
    ]
    assert [g[5] for g in got] == ["录取结果公示", "教材征订集体研究", "两人过秤验收",
                                   "评定结果公示", "名额按班分配"]  # fmt: skip
    said = [i for i in issues if i.code == CODE]
    assert len(said) == 1 and said[0].cell == "A15" and "3 份问卷" in said[0].message
    assert len([i for i in issues if i.code == BLOCKS]) == 3


def test_near_miss_question_asked_again_with_no_holder_of_its_own(tmp_path):
    rows = _lines(
        "某局岗位廉政风险自查问卷",
        ["姓名：呼延澂", "科室：办公室", "职务：科员"],
        "一、请列出本岗位的廉政风险点：",
        "1、公务接待超标准",
        "二、请评定风险等级（高、中、低）：",
        "1.中",
        "备注",
        "三、请再列出本科室的廉政风险点：",
        "1、办公用品采购不比价",
        "四、请评定风险等级（高、中、低）：",
        "1.低",
    )
    path = write_workbook(tmp_path / "问卷.xlsx", {"问卷": rows})
    got, issues, _posts = _read(path)
    assert got == []
    assert not {CODE, BLOCKS} & {i.code for i in issues}


def test_near_miss_second_copy_missing_its_holder(tmp_path):
    rows = [
        *_school_copy(
            "教务处", "主任", "澹台沅", ["招生录取暗箱操作"], ["高风险"], ["录取结果公示"]
        ),
        [None, None],
        ["某市第二中学岗位廉政风险问卷", None],
        ["一、你所在岗位存在哪些廉政风险点？", None],
        ["①教材征订收取回扣", None],
        ["二、请逐条评定风险等级（高风险、中风险、低风险）：", None],
        ["（1）一般", None],
    ]
    path = write_workbook(tmp_path / "问卷.xlsx", {"问卷": rows})
    got, issues, _posts = _read(path)
    assert got == [] and not {CODE, BLOCKS} & {i.code for i in issues}


def test_near_miss_one_questionnaire_alone(tmp_path):
    rows = _school_copy("教务处", "主任", "澹台沅", ["招生录取暗箱操作", "教材征订收取回扣"],
                        ["高风险", "中风险"], ["录取结果公示", "教材征订集体研究"])  # fmt: skip
    path = write_workbook(tmp_path / "问卷.xlsx", {"澹台沅": rows})
    got, issues, _posts = _read(path)
    assert [g[3] for g in got] == ["招生录取暗箱操作", "教材征订收取回扣"]
    codes = [i.code for i in issues]
    assert codes.count(BLOCKS) == 1 and CODE not in codes


def test_code_is_catalogued():
    from xlproc.issues import CATALOGUE, ITEMS, SHORT

    assert CATALOGUE[CODE][0] == "info" and CODE in SHORT and ITEMS[CODE] == "风险点"
